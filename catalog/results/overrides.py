"""Which analysts' decisions settled the services of stored screenings: one batch query, for documents and exports."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.database.models import ResultOverride, ReviewDecision
from catalog.results.documents import ServiceOverride


def overrides_by_service(session: Session, screening_ids: Collection[int]) -> dict[tuple[int, str], ServiceOverride]:
    """(screening id, OZG-ID) -> the override object of the document, for every decided service of these screenings."""
    rows = session.execute(
        select(ResultOverride, ReviewDecision)
        .join(ReviewDecision, ReviewDecision.id == ResultOverride.decision_id)
        .where(ResultOverride.screening_id.in_(list(screening_ids)))
    )
    return {
        (row.screening_id, row.ozg_id): override_object(decision, row.automatic_maturity, row.automatic_confidence)
        for row, decision in rows
    }


def override_object(decision: ReviewDecision, automatic_maturity: int, automatic_confidence: float) -> ServiceOverride:
    """What the document shows of a decision: who, why, when, and the value scoring gave without it."""
    return ServiceOverride(
        decision_id=decision.id,
        kind=decision.kind,
        author=decision.author,
        reason=decision.reason,
        date=decision.created_at,
        automatic_maturity=automatic_maturity,
        automatic_confidence=round(automatic_confidence, 3),
        evidence_url=decision.evidence_url,
    )
