"""The review queue: findings of a run an analyst should check, with their evidence, highest impact first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from catalog.database.models import Result, ResultOverride, Screening
from catalog.errors import InvalidInputError, NotFoundError
from catalog.reference.catalog_queries import service_rows
from catalog.results.paging import Page, page_from_list
from catalog.vocabulary import SCREENED, DecisionKind, QueueReason, ScreeningStatus, is_online

DEFAULT_BELOW = 0.8
EVIDENCE_PER_ENTRY = 3


class QueueEvidence(BaseModel):
    """One piece of evidence shown with an entry (for a partial screening: a recorded problem)."""

    model_config = ConfigDict(frozen=True)

    url: str
    kind: str
    text: str
    level: int


class QueueEntry(BaseModel):
    """A finding to check: one service of one screening, or a screening that ended partial."""

    model_config = ConfigDict(frozen=True)

    screening_id: int
    run_id: int
    ars: str | None
    municipality: str
    ozg_id: str | None
    service: str
    maturity: int
    confidence: float
    previous_maturity: int | None
    reasons: list[QueueReason]
    evidence: list[QueueEvidence]


@dataclass(frozen=True)
class QueueFilter:
    """What the analyst asked for: a run (default the latest with results), municipalities, a threshold, reasons."""

    run_id: int | None = None
    ars: Sequence[str] = ()
    below: float = DEFAULT_BELOW
    reasons: Sequence[QueueReason] = field(default_factory=tuple)


def queue_page(session: Session, wanted: QueueFilter, limit: int, offset: int) -> Page[QueueEntry]:
    """One page of the queue and the length of the whole."""
    return page_from_list(review_queue(session, wanted), limit, offset)


def review_queue(session: Session, wanted: QueueFilter) -> list[QueueEntry]:
    """Every entry of the queue, online levels first, then higher levels, then the least sure."""
    if not 0.0 <= wanted.below <= 1.0:
        raise InvalidInputError(f"--below must be between 0 and 1, not {wanted.below}")
    run_id = wanted.run_id if wanted.run_id is not None else _latest_run(session)
    entries: list[QueueEntry] = []
    for screening in _screenings(session, run_id, wanted.ars):
        entries += _service_entries(session, screening, wanted.below)
        if screening.status == ScreeningStatus.PARTIAL:
            entries.append(_partial_entry(screening))
    if wanted.reasons:
        entries = [entry for entry in entries if set(entry.reasons) & set(wanted.reasons)]
    named = _with_names(session, entries)
    return sorted(named, key=_impact)


def _latest_run(session: Session) -> int:
    run_id = session.scalar(
        select(func.max(Screening.run_id)).where(Screening.status.in_([status.value for status in SCREENED]))
    )
    if run_id is None:
        raise NotFoundError("no screened run yet: `ozg-screen check` or `ozg-screen run` first")
    return run_id


def _screenings(session: Session, run_id: int, ars: Sequence[str]) -> list[Screening]:
    query = select(Screening).where(
        Screening.run_id == run_id, Screening.status.in_([status.value for status in SCREENED])
    )
    if ars:
        query = query.where(Screening.municipality_ars.in_(list(ars)))
    found = list(session.scalars(query.order_by(Screening.id)))
    if not found and session.scalar(select(Screening.id).where(Screening.run_id == run_id).limit(1)) is None:
        raise NotFoundError(f"no run with id {run_id} (see `ozg-screen runs`)")
    return found


def _service_entries(session: Session, screening: Screening, below: float) -> list[QueueEntry]:
    results = {
        result.ozg_id: result
        for result in session.scalars(
            select(Result).where(Result.screening_id == screening.id).options(selectinload(Result.evidence_links))
        )
    }
    previous = _previous_levels(session, screening)
    settled = _settled(session, screening.id)
    entries = []
    vanished = {key for key, level in (previous or {}).items() if level > 0}
    for ozg_id in sorted(results.keys() | vanished):
        if ozg_id in settled:
            continue
        result = results.get(ozg_id)
        reasons = _reasons(result, previous, ozg_id, below)
        if reasons:
            before = previous.get(ozg_id, 0) if previous is not None else None
            entries.append(_entry(screening, ozg_id, result, before, reasons))
    return entries


def _reasons(result: Result | None, previous: dict[str, int] | None, ozg_id: str, below: float) -> list[QueueReason]:
    reasons = []
    if result is not None and result.confidence < below:
        reasons.append(QueueReason.LOW_CONFIDENCE)
    if result is not None and len(_at_level(result)) == 1:
        reasons.append(QueueReason.SINGLE_EVIDENCE)
    level = result.maturity if result is not None else 0
    if previous is not None and previous.get(ozg_id, 0) != level:
        reasons.append(QueueReason.CHANGED)
    return reasons


def _at_level(result: Result) -> set[int]:
    """The pieces of evidence the result's level rests on."""
    return {link.evidence_id for link in result.evidence_links if link.level == result.maturity}


def _previous_levels(session: Session, screening: Screening) -> dict[str, int] | None:
    """The levels of the municipality's screened screening before this one; None when there is none."""
    if screening.municipality_ars is None:
        return None
    previous_id = session.scalar(
        select(Screening.id)
        .where(
            Screening.municipality_ars == screening.municipality_ars,
            Screening.run_id < screening.run_id,
            Screening.status.in_([status.value for status in SCREENED]),
        )
        .order_by(Screening.run_id.desc(), Screening.id.desc())
        .limit(1)
    )
    if previous_id is None:
        return None
    rows = session.execute(select(Result.ozg_id, Result.maturity).where(Result.screening_id == previous_id))
    return {ozg_id: maturity for ozg_id, maturity in rows}


def _settled(session: Session, screening_id: int) -> set[str]:
    """Services an analyst has decided on for this screening: set, rejected, or confirmed at the level shown."""
    rows = session.scalars(select(ResultOverride).where(ResultOverride.screening_id == screening_id))
    return {
        row.ozg_id
        for row in rows
        if row.decision.evidence_url is None
        and (row.decision.kind != DecisionKind.CONFIRM or row.decision.level == row.maturity)
    }


def _entry(
    screening: Screening, ozg_id: str, result: Result | None, previous: int | None, reasons: list[QueueReason]
) -> QueueEntry:
    links = sorted(result.evidence_links, key=lambda link: (-link.level, -link.confidence)) if result else []
    evidence = [QueueEvidence(url=link.evidence.url, kind=link.evidence.kind, text=link.evidence.text, level=link.level)
                for link in links[:EVIDENCE_PER_ENTRY]]  # fmt: skip
    return QueueEntry(
        screening_id=screening.id,
        run_id=screening.run_id,
        ars=screening.municipality_ars,
        municipality=screening.name,
        ozg_id=ozg_id,
        service="",
        maturity=result.maturity if result else 0,
        confidence=round(result.confidence, 3) if result else 0.0,
        previous_maturity=previous,
        reasons=reasons,
        evidence=evidence,
    )


def _partial_entry(screening: Screening) -> QueueEntry:
    problems = [
        QueueEvidence(url=str(error.get("url", "")), kind="problem", text=str(error.get("status", "")), level=0)
        for error in screening.errors[:EVIDENCE_PER_ENTRY]
    ]
    return QueueEntry(
        screening_id=screening.id,
        run_id=screening.run_id,
        ars=screening.municipality_ars,
        municipality=screening.name,
        ozg_id=None,
        service="(Screening unvollständig)",
        maturity=0,
        confidence=0.0,
        previous_maturity=None,
        reasons=[QueueReason.PARTIAL],
        evidence=problems,
    )


def _with_names(session: Session, entries: list[QueueEntry]) -> list[QueueEntry]:
    names = service_rows(session, [entry.ozg_id for entry in entries if entry.ozg_id])
    return [
        entry.model_copy(update={"service": names[entry.ozg_id][0]}) if entry.ozg_id in names else entry
        for entry in entries
    ]


def _impact(entry: QueueEntry) -> tuple[bool, int, float, str, str]:
    """Online levels (now or before) first: a wrong online service misleads citizens most."""
    online = is_online(entry.maturity) or is_online(entry.previous_maturity or 0)
    return (not online, -max(entry.maturity, entry.previous_maturity or 0), entry.confidence, entry.ars or "",
            entry.ozg_id or "")  # fmt: skip
