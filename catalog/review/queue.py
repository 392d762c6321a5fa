"""The review queue: findings of a run an analyst should check, with their evidence, highest impact first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalog.database.models import Screening
from catalog.errors import InvalidInputError, NotFoundError
from catalog.reference.catalog_queries import service_rows
from catalog.review import queue_reads as reads
from catalog.vocabulary import SCREENED, QueueReason, ScreeningStatus, is_online

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


def review_queue(session: Session, wanted: QueueFilter) -> list[QueueEntry]:
    """Every entry of the queue, online levels first, then higher levels, then the least sure."""
    return _completed(session, _ordered(session, wanted))


def queue_page(session: Session, wanted: QueueFilter, limit: int, offset: int) -> tuple[list[QueueEntry], int]:
    """One page of the queue and the length of the whole: evidence and names are read for the page only."""
    ordered = _ordered(session, wanted)
    return _completed(session, ordered[offset : offset + limit]), len(ordered)


@dataclass(frozen=True)
class _Pending:
    """An entry in its place, still without evidence and service name; `result_id` says where its evidence is."""

    entry: QueueEntry
    result_id: int | None


def _ordered(session: Session, wanted: QueueFilter) -> list[_Pending]:
    """The whole queue in order, from a few set-based queries over the run (no per-screening reads)."""
    if not 0.0 <= wanted.below <= 1.0:
        raise InvalidInputError(f"--below must be between 0 and 1, not {wanted.below}")
    run_id = wanted.run_id if wanted.run_id is not None else _latest_run(session)
    ids = reads.screened_ids(run_id, wanted.ars)
    found = reads.screenings(session, ids)
    if not found and session.scalar(select(Screening.id).where(Screening.run_id == run_id).limit(1)) is None:
        raise NotFoundError(f"no run with id {run_id} (see `ozg-screen runs`)")
    results = reads.results(session, ids)
    previous = reads.previous_levels(session, run_id, ids) if found else {}
    settled = reads.settled(session, ids) if found else set()
    pending: list[_Pending] = []
    for screening in found:
        before = previous.get(screening.ars) if screening.ars is not None else None
        pending += _service_entries(screening, results.get(screening.id, {}), before, settled, wanted.below)
        if screening.status == ScreeningStatus.PARTIAL:
            pending.append(_Pending(_partial_entry(screening), None))
    if wanted.reasons:
        pending = [item for item in pending if set(item.entry.reasons) & set(wanted.reasons)]
    return sorted(pending, key=lambda item: _impact(item.entry))


def _latest_run(session: Session) -> int:
    run_id = session.scalar(
        select(func.max(Screening.run_id)).where(Screening.status.in_([status.value for status in SCREENED]))
    )
    if run_id is None:
        raise NotFoundError("no screened run yet: `ozg-screen check` or `ozg-screen run` first")
    return run_id


def _service_entries(
    screening: reads.ScreeningRow,
    results: dict[str, reads.ResultRow],
    previous: dict[str, int] | None,
    settled: set[tuple[int, str]],
    below: float,
) -> list[_Pending]:
    entries = []
    vanished = {key for key, level in (previous or {}).items() if level > 0}
    for ozg_id in sorted(results.keys() | vanished):
        if (screening.id, ozg_id) in settled:
            continue
        result = results.get(ozg_id)
        reasons = _reasons(result, previous, ozg_id, below)
        if reasons:
            before = previous.get(ozg_id, 0) if previous is not None else None
            entries.append(_Pending(_entry(screening, ozg_id, result, before, reasons), result.id if result else None))
    return entries


def _reasons(
    result: reads.ResultRow | None, previous: dict[str, int] | None, ozg_id: str, below: float
) -> list[QueueReason]:
    reasons = []
    if result is not None and result.confidence < below:
        reasons.append(QueueReason.LOW_CONFIDENCE)
    if result is not None and result.at_level == 1:
        reasons.append(QueueReason.SINGLE_EVIDENCE)
    level = result.maturity if result is not None else 0
    if previous is not None and previous.get(ozg_id, 0) != level:
        reasons.append(QueueReason.CHANGED)
    return reasons


def _entry(
    screening: reads.ScreeningRow,
    ozg_id: str,
    result: reads.ResultRow | None,
    previous: int | None,
    reasons: list[QueueReason],
) -> QueueEntry:
    return QueueEntry(
        screening_id=screening.id,
        run_id=screening.run_id,
        ars=screening.ars,
        municipality=screening.name,
        ozg_id=ozg_id,
        service="",
        maturity=result.maturity if result else 0,
        confidence=round(result.confidence, 3) if result else 0.0,
        previous_maturity=previous,
        reasons=reasons,
        evidence=[],
    )


def _partial_entry(screening: reads.ScreeningRow) -> QueueEntry:
    problems = [
        QueueEvidence(url=str(error.get("url", "")), kind="problem", text=str(error.get("status", "")), level=0)
        for error in screening.errors[:EVIDENCE_PER_ENTRY]
    ]
    return QueueEntry(
        screening_id=screening.id,
        run_id=screening.run_id,
        ars=screening.ars,
        municipality=screening.name,
        ozg_id=None,
        service="(Screening unvollständig)",
        maturity=0,
        confidence=0.0,
        previous_maturity=None,
        reasons=[QueueReason.PARTIAL],
        evidence=problems,
    )


def _completed(session: Session, pending: list[_Pending]) -> list[QueueEntry]:
    """The entries with their strongest evidence and service names, read for these entries only."""
    links = reads.strongest_evidence(
        session, (item.result_id for item in pending if item.result_id is not None), EVIDENCE_PER_ENTRY
    )
    entries = [
        item.entry.model_copy(update={"evidence": [
            QueueEvidence(url=row.url, kind=row.kind, text=row.text, level=row.level)
            for row in links.get(item.result_id, [])
        ]}) if item.result_id is not None else item.entry
        for item in pending
    ]  # fmt: skip
    return _with_names(session, entries)


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
