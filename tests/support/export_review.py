"""Analysts' decisions and a registered list on top of the export scene: what the override and registered
columns show. The decisions are recorded as `ozg-screen review` records them; their effect on the stored run is
written as `replace_results` writes it, since the scene's levels are set by hand rather than scored."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.engine import transaction
from catalog.database.models import Evidence, Result, ResultEvidence, ResultOverride
from catalog.reference.registered_import import ImportOptions, import_registered
from catalog.review.decisions import DecisionRequest, record_decision
from catalog.review.overrides import DECIDED_CONFIDENCE
from catalog.vocabulary import DecisionKind
from tests.support.export_scene import BROCKEL, GEBURT, HUND, KFZ, LANDKREIS, ROTENBURG
from tests.support.paths import PROJECT_ROOT

REGISTERED_LIST = PROJECT_ROOT / "tests" / "catalog" / "exports" / "files" / "dashboard_rotenburg_2026-11-30.csv"
IKFZ_URL = "https://ikfz.lk-row.de/antrag"  # the Landkreis's Kfz evidence an analyst rejects: the Land's portal

SET_HUND = DecisionRequest(
    ROTENBURG, HUND, DecisionKind.SET_LEVEL, "Hundesteuer online über das Serviceportal", "A. Prüfer", level=3
)
CONFIRM_GEBURT = DecisionRequest(BROCKEL, GEBURT, DecisionKind.CONFIRM, "Formular selbst ausgefüllt", "B. Kern")
REJECT_IKFZ = DecisionRequest(
    LANDKREIS, KFZ, DecisionKind.REJECT, "Portal des Landes, nicht des Landkreises", "A. Prüfer", IKFZ_URL
)


def store_review(sessions: sessionmaker[Session]) -> None:
    """Three decisions on run 1 (the latest screening of these three) and the registered list imported."""
    with transaction(sessions) as session:
        _decide(session, SET_HUND, level=3, confidence=DECIDED_CONFIDENCE)
        _decide(session, CONFIRM_GEBURT)
        _decide(session, REJECT_IKFZ, level=1, confidence=0.6, without_url=IKFZ_URL)
        import_registered(session, REGISTERED_LIST, ImportOptions(source="OZG-Dashboard"))


def _decide(
    session: Session,
    request: DecisionRequest,
    *,
    level: int | None = None,
    confidence: float | None = None,
    without_url: str | None = None,
) -> None:
    decision = record_decision(session, request)
    assert decision.screening_id is not None
    result = session.scalars(
        select(Result).where(Result.screening_id == decision.screening_id, Result.ozg_id == request.ozg_id)
    ).one()
    session.add(
        ResultOverride(
            screening_id=result.screening_id,
            ozg_id=result.ozg_id,
            decision_id=decision.id,
            maturity=level if level is not None else result.maturity,
            automatic_maturity=result.maturity,
            automatic_confidence=result.confidence,
        )
    )
    if without_url is not None:  # a page rejection: the result loses that page's evidence
        rejected = select(Evidence.id).where(Evidence.url == without_url)
        session.execute(
            delete(ResultEvidence).where(
                ResultEvidence.result_id == result.id, ResultEvidence.evidence_id.in_(rejected)
            )
        )
    result.maturity = level if level is not None else result.maturity
    result.confidence = confidence if confidence is not None else result.confidence
    session.flush()
