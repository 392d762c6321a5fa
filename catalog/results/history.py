"""What changed between two runs: services newly online, levels up or down, dead online links, lost sites."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.database.models import Evidence as EvidenceRow
from catalog.database.models import Screening
from catalog.documents import document_naming, is_service_document
from catalog.evidence import FetchErrorEvidence, LinkEvidence
from catalog.maturity.reading import ONLINE_PLATFORM_KINDS, STRONG_ONLINE_CUE
from catalog.reference.catalog_queries import service_rows
from catalog.reference.platforms import PlatformRegistry
from catalog.results.coverage import levels_of
from catalog.results.runs import get_run
from catalog.screenings.store import typed_evidence
from catalog.vocabulary import DEAD_STATUSES, ONLINE_LEVEL, EvidenceKind, is_screened

T = TypeVar("T")


@dataclass(frozen=True)
class Change:
    municipality: str
    ars: str | None
    kind: str
    ozg_id: str = ""
    service: str = ""
    before: int | None = None
    after: int | None = None
    detail: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def diff_runs(
    session: Session, run_a: int, run_b: int, platforms: PlatformRegistry, ars: list[str] | None = None
) -> list[Change]:
    """Changes from run A to run B, per municipality present in both (matched by ARS, else by URL)."""
    before, after = _screenings(session, run_a), _screenings(session, run_b)
    wanted = {key.ljust(12, "0") for key in ars or []}
    changes: list[Change] = []
    for key in sorted(before.keys() & after.keys()):
        old, new = before[key], after[key]
        if wanted and (new.municipality_ars or "") not in wanted:
            continue
        changes += _site_changes(session, old, new, platforms)
    return changes


def _screenings(session: Session, run_id: int) -> dict[str, Screening]:
    get_run(session, run_id)
    rows = session.scalars(select(Screening).where(Screening.run_id == run_id))
    return {row.municipality_ars or row.start_url: row for row in rows}


def _site_changes(session: Session, old: Screening, new: Screening, platforms: PlatformRegistry) -> list[Change]:
    name = new.name or new.start_url
    if is_screened(old.status) and not is_screened(new.status):
        return [Change(name, new.municipality_ars, "unreachable", detail=f"{old.status} -> {new.status}")]
    if not is_screened(old.status) and is_screened(new.status):
        return [Change(name, new.municipality_ars, "reachable_again", detail=f"{old.status} -> {new.status}")]
    if not is_screened(new.status):
        return []
    changes = _level_changes(
        session, name, new.municipality_ars, levels_of(session, old.id), levels_of(session, new.id)
    )
    return changes + _dead_links(session, name, old, new, platforms)


def _level_changes(
    session: Session, name: str, ars: str | None, old: dict[str, int], new: dict[str, int]
) -> list[Change]:
    names = service_rows(session, sorted(old.keys() | new.keys()))
    changes = []
    for ozg_id in sorted(old.keys() | new.keys()):
        before, after = old.get(ozg_id), new.get(ozg_id)
        kind = _level_change_kind(before, after)
        if kind:
            changes.append(Change(name, ars, kind, ozg_id, names.get(ozg_id, ("",))[0], before, after))
    return changes


def _level_change_kind(before: int | None, after: int | None) -> str:
    if before == after:
        return ""
    old, new = before or 0, after or 0
    if old < ONLINE_LEVEL <= new:
        return "newly_online"
    if new < ONLINE_LEVEL <= old:
        return "no_longer_online"
    if after is None:
        return "gone"
    if before is None:
        return "new_service"
    return "level_up" if new > old else "level_down"


def _dead_links(
    session: Session, name: str, old: Screening, new: Screening, platforms: PlatformRegistry
) -> list[Change]:
    """Online-service and form links of run B whose target failed; says whether the same link worked in run A."""
    dead = _failed_urls(session, new.id)
    worked_before = _fetched_urls(session, old.id)
    changes = []
    for link in _watched_links(session, new.id, platforms):
        if link.url in dead:
            status = "stopped working" if link.url in worked_before else "dead"
            changes.append(
                Change(
                    name,
                    new.municipality_ars,
                    "dead_link",
                    detail=f"{link.text!r} -> {link.url} ({dead[link.url]}, {status})",
                )
            )
    return changes


def _watched_links(session: Session, screening_id: int, platforms: PlatformRegistry) -> list[LinkEvidence]:
    """Links to online services, and to forms and information sheets to download."""
    unique: dict[str, LinkEvidence] = {}
    for link in _evidence_of_kind(session, screening_id, EvidenceKind.LINK, LinkEvidence):
        if link.doc_type:
            watched = is_service_document(document_naming(link.text, link.url))
        else:
            watched = platforms.kind_of(link.url) in ONLINE_PLATFORM_KINDS or bool(STRONG_ONLINE_CUE.search(link.text))
        if watched:
            unique.setdefault(link.url, link)
    return list(unique.values())


def _failed_urls(session: Session, screening_id: int) -> dict[str, str]:
    failures = _evidence_of_kind(session, screening_id, EvidenceKind.FETCH_ERROR, FetchErrorEvidence)
    return {failure.url: failure.status for failure in failures if failure.status in DEAD_STATUSES}


def _evidence_of_kind(session: Session, screening_id: int, kind: EvidenceKind, typed: type[T]) -> list[T]:
    rows = session.scalars(
        select(EvidenceRow).where(EvidenceRow.screening_id == screening_id, EvidenceRow.kind == kind)
    )
    return [item for item in map(typed_evidence, rows) if isinstance(item, typed)]


def _fetched_urls(session: Session, screening_id: int) -> set[str]:
    fetched = EvidenceRow.kind.in_((EvidenceKind.PAGE, EvidenceKind.DOCUMENT))
    return set(session.scalars(select(EvidenceRow.url).where(EvidenceRow.screening_id == screening_id, fetched)))
