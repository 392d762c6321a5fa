"""Runs and screenings in the database: creating them, storing a finished crawl and its results."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from catalog.database.models import Evidence as EvidenceRow
from catalog.database.models import Result, ResultEvidence, ResultOverride, Run, Screening
from catalog.evidence import COMMON_FIELDS, Evidence, evidence_from_stored
from catalog.maturity.scoring import SCORING_VERSION, ServiceFinding
from catalog.review.decisions import active_rules
from catalog.review.overrides import Reviewed, apply_decisions
from catalog.vocabulary import RunKind, RunStatus, ScreeningStatus, is_screened, is_unfinished


@dataclass
class CrawlOutcome:
    """What a finished crawl reports about itself, apart from its evidence."""

    status: str
    pages_crawled: int = 0
    portal_pages: int = 0
    rendered_pages: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    started_at: datetime | None = None
    finished_at: datetime | None = None


def now() -> datetime:
    return datetime.now(UTC)


def create_run(session: Session, kind: str, *, selection: dict[str, Any], options: dict[str, Any]) -> Run:
    run = Run(
        kind=kind,
        status=RunStatus.RUNNING,
        started_at=now(),
        selection=selection,
        options=options,
        scoring_version=SCORING_VERSION,
    )
    session.add(run)
    session.flush()
    return run


def add_screening(
    session: Session, run: Run, start_url: str, *, name: str = "", municipality_ars: str | None = None
) -> Screening:
    screening = Screening(
        run_id=run.id,
        start_url=start_url,
        name=name,
        municipality_ars=municipality_ars,
        status=ScreeningStatus.PENDING,
        errors=[],
    )
    session.add(screening)
    session.flush()
    return screening


def mark_running(session: Session, screening_id: int) -> None:
    screening = session.get_one(Screening, screening_id)
    screening.status, screening.started_at = ScreeningStatus.RUNNING, now()


def reset_screening(session: Session, screening_id: int) -> None:
    """Forget a screening's evidence and results so it can be crawled again (resume)."""
    session.execute(delete(Result).where(Result.screening_id == screening_id))
    session.execute(delete(ResultOverride).where(ResultOverride.screening_id == screening_id))
    session.execute(delete(EvidenceRow).where(EvidenceRow.screening_id == screening_id))
    screening = session.get_one(Screening, screening_id)
    screening.status, screening.pages_crawled, screening.errors = ScreeningStatus.PENDING, 0, []


def store_outcome(
    session: Session, screening_id: int, outcome: CrawlOutcome, findings: Sequence[ServiceFinding]
) -> None:
    screening = session.get_one(Screening, screening_id)
    screening.status = outcome.status
    screening.pages_crawled = outcome.pages_crawled
    screening.portal_pages = outcome.portal_pages
    screening.rendered_pages = outcome.rendered_pages
    screening.errors = outcome.errors
    screening.started_at = outcome.started_at or screening.started_at
    screening.finished_at = outcome.finished_at or now()
    replace_results(session, screening_id, findings)


def replace_results(session: Session, screening_id: int, findings: Sequence[ServiceFinding]) -> None:
    """The one place results are stored: analysts' decisions for the municipality apply here, every run and rescore."""
    session.execute(delete(Result).where(Result.screening_id == screening_id))
    session.execute(delete(ResultOverride).where(ResultOverride.screening_id == screening_id))
    screening = session.get_one(Screening, screening_id)
    # A site that could not be screened has no results, and a decision must not give it any.
    ars = screening.municipality_ars if is_screened(screening.status) else None
    reviewed = reviewed_findings(session, ars, findings)
    for finding in reviewed.findings:
        result = Result(
            screening_id=screening_id,
            ozg_id=finding.ozg_id,
            maturity=finding.maturity,
            confidence=finding.confidence,
        )
        result.evidence_links = _links(finding)
        session.add(result)
    session.add_all(
        ResultOverride(
            screening_id=screening_id,
            ozg_id=ozg_id,
            decision_id=applied.decision_id,
            maturity=applied.maturity,
            automatic_maturity=applied.automatic_maturity,
            automatic_confidence=applied.automatic_confidence,
        )
        for ozg_id, applied in reviewed.applied.items()
    )
    session.flush()


def reviewed_findings(session: Session, ars: str | None, findings: Sequence[ServiceFinding]) -> Reviewed:
    """Scored findings with the decisions in force for the municipality (none for a site without ARS)."""
    return apply_decisions(findings, active_rules(session, ars))


def _links(finding: ServiceFinding) -> list[ResultEvidence]:
    links: dict[tuple[int, str], ResultEvidence] = {}
    for support in finding.support:
        evidence_id = support.evidence.evidence_id
        if evidence_id is not None and (evidence_id, support.rule) not in links:
            links[(evidence_id, support.rule)] = ResultEvidence(
                evidence_id=evidence_id, rule=support.rule, level=support.level, confidence=support.confidence
            )
    return list(links.values())


def screening_evidence(session: Session, screening_id: int) -> list[Evidence]:
    """A screening's stored evidence in the typed contract, in the order the crawl found it."""
    rows = session.scalars(select(EvidenceRow).where(EvidenceRow.screening_id == screening_id).order_by(EvidenceRow.id))
    return [typed_evidence(row) for row in rows]


def typed_evidence(row: EvidenceRow) -> Evidence:
    common = {name: getattr(row, name) for name in COMMON_FIELDS}
    return evidence_from_stored(row.kind, {**common, "evidence_id": row.id}, row.detail)


def finish_run(session: Session, run_id: int, *, interrupted: bool = False) -> Run:
    """Close a run: finished, partial (some sites partial or unscreenable), interrupted or failed."""
    run = session.get_one(Run, run_id)
    statuses = list(session.scalars(select(Screening.status).where(Screening.run_id == run_id)))
    run.finished_at = now()
    run.status = run_status(statuses, interrupted)
    if run.kind == RunKind.CHECK and len(statuses) == 1 and run.status != RunStatus.INTERRUPTED:
        run.status = statuses[0]
    return run


def run_status(statuses: Sequence[str], interrupted: bool) -> str:
    if interrupted or any(is_unfinished(status) for status in statuses):
        return RunStatus.INTERRUPTED
    if statuses and all(status == ScreeningStatus.OK for status in statuses):
        return RunStatus.FINISHED
    if any(is_screened(status) for status in statuses):
        return RunStatus.PARTIAL
    return RunStatus.FAILED


def screening_ids(session: Session, run_id: int) -> list[int]:
    return list(session.scalars(select(Screening.id).where(Screening.run_id == run_id).order_by(Screening.id)))
