"""One municipality's report card ("Blick von außen"): levels, coverage, comparison, Themenfelder, gaps, changes."""

from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.database.models import Municipality, Screening
from catalog.errors import NotFoundError
from catalog.reference.catalog_queries import service_rows
from catalog.reference.platforms import PlatformRegistry
from catalog.reference.registry import find_municipality
from catalog.results.coverage import coverage_of
from catalog.results.history import Change, diff_runs
from catalog.results.report_documents import (
    Comparison,
    Gap,
    LevelCount,
    PeerShare,
    ReportCard,
    ReportChanges,
    ReportHeader,
    ReportService,
    ThemenfeldLevels,
)
from catalog.results.report_registered import registered_seen
from catalog.results.report_services import service_table
from catalog.results.run_levels import ScreenedMunicipality, median, screened_municipalities, size_class
from catalog.vocabulary import MATURITY_LABELS, MATURITY_LEVELS, SCREENED

GAP_SHARE = 0.5  # a gap: at least half of the comparable municipalities offer the service online
CHANGE_GROUPS = {
    "newly_online": "online",
    "level_up": "up",
    "new_service": "up",
    "level_down": "down",
    "no_longer_online": "down",
    "gone": "down",
    "dead_link": "dead",
    "unreachable": "dead",
    "reachable_again": "up",
}


def report_card(session: Session, key: str, platforms: PlatformRegistry, run_id: int | None = None) -> ReportCard:
    """The report card of a municipality (ARS or AGS) from its latest screening, or from its screening in a run."""
    municipality = find_municipality(session, key)
    screening = _screening(session, municipality, run_id)
    services = service_table(session, screening, municipality)
    run = screened_municipalities(session, screening.run_id)
    this = next((item for item in run if item.screening_id == screening.id), None)
    peers = _comparable(run, this)
    return ReportCard(
        header=_header(municipality, screening),
        levels=level_counts(services, this),
        coverage=coverage_of(session, screening),
        comparison=_comparison(this, peers),
        themenfelder=themenfeld_levels(services),
        services=services,
        gaps=gaps(session, this, peers),
        changes=_changes(session, screening, platforms),
        registered=registered_seen(session, screening),
    )


def _screening(session: Session, municipality: Municipality, run_id: int | None) -> Screening:
    """The latest screened screening, or the one of the given run."""
    query = select(Screening).where(
        Screening.municipality_ars == municipality.ars, Screening.status.in_([status.value for status in SCREENED])
    )
    if run_id is not None:
        query = query.where(Screening.run_id == run_id)
    found = session.scalar(query.order_by(Screening.run_id.desc(), Screening.id.desc()).limit(1))
    if found is None:
        where = f" in run {run_id}" if run_id is not None else ""
        raise NotFoundError(
            f"{municipality.name} ({municipality.ars}) has no finished screening{where}: "
            f"screen it with `ozg-screen check {municipality.ars}`"
        )
    return found


def _header(municipality: Municipality, screening: Screening) -> ReportHeader:
    return ReportHeader(
        ars=municipality.ars,
        name=municipality.name,
        type=municipality.type,
        designation=municipality.designation,
        kreis=municipality.kreis.name if municipality.kreis else None,
        samtgemeinde=municipality.samtgemeinde.name if municipality.samtgemeinde else None,
        population=municipality.population,
        size_class=size_class(municipality.population),
        website=municipality.website or screening.start_url,
        screened_at=screening.finished_at,
        run_id=screening.run_id,
        screening_id=screening.id,
    )


def level_counts(services: list[ReportService], this: ScreenedMunicipality | None) -> list[LevelCount]:
    """Services per level 1-4 from the table; level 0 counts the expected services found at no level."""
    counts = Counter(service.level for service in services)
    if this is not None:
        counts[0] = len(this.expected - {service.ozg_id for service in services})
    return [LevelCount(level=level, label=MATURITY_LABELS[level], count=counts[level]) for level in MATURITY_LEVELS]


def themenfeld_levels(services: list[ReportService]) -> list[ThemenfeldLevels]:
    """One bar per Themenfeld with a found service, levels 1-4 stacked; the fullest first."""
    per_field: dict[str, Counter[int]] = defaultdict(Counter)
    for service in services:
        per_field[service.themenfeld][service.level] += 1
    bars = [
        ThemenfeldLevels(themenfeld=name, levels={level: counts[level] for level in MATURITY_LEVELS[1:]})
        for name, counts in per_field.items()
    ]
    return sorted(bars, key=lambda bar: (-bar.total, bar.themenfeld))


def _comparable(run: list[ScreenedMunicipality], this: ScreenedMunicipality | None) -> list[ScreenedMunicipality]:
    """Others of the same type and population size class screened in the same run."""
    if this is None:
        return []
    return [
        item
        for item in run
        if item.type == this.type and item.size_class == this.size_class and item.screening_id != this.screening_id
    ]


def _comparison(this: ScreenedMunicipality | None, peers: list[ScreenedMunicipality]) -> Comparison | None:
    if this is None:
        return None
    group = [this, *peers]
    shares = [item.share for item in group if item.share is not None]
    rank = None if this.share is None else 1 + sum(1 for share in shares if share > this.share)
    return Comparison(
        type=this.type,
        size_class=this.size_class,
        municipalities=len(group),
        median_share=median(shares),
        median_online=median([float(item.online_expected) for item in group]),
        rank=rank,
        share=this.share,
        peers=[
            PeerShare(ars=item.ars, name=item.name, share=item.share)
            for item in sorted(group, key=lambda item: (-(item.share or 0.0), item.name))
        ],
    )


def gaps(session: Session, this: ScreenedMunicipality | None, peers: list[ScreenedMunicipality]) -> list[Gap]:
    """Services at least half of the comparable municipalities offer online (level 3+) and this one does not."""
    if this is None or not peers:
        return []
    offering: dict[str, list[ScreenedMunicipality]] = defaultdict(list)
    for peer in sorted(peers, key=lambda item: item.name):
        for ozg_id in peer.online:
            offering[ozg_id].append(peer)
    missing = {
        ozg_id: offered
        for ozg_id, offered in offering.items()
        if ozg_id not in this.online and len(offered) >= GAP_SHARE * len(peers)
    }
    names = service_rows(session, list(missing))
    found = [_gap(ozg_id, names[ozg_id], offered, len(peers)) for ozg_id, offered in missing.items()]
    return sorted(found, key=lambda gap: (-gap.offered_by, gap.ozg_id))


def _gap(ozg_id: str, named: tuple[str, str, str], offered: list[ScreenedMunicipality], comparable: int) -> Gap:
    name, themenfeld, _ = named
    return Gap(
        ozg_id=ozg_id,
        name=name,
        themenfeld=themenfeld,
        offered_by=len(offered),
        comparable=comparable,
        example=offered[0].name,
        example_ars=offered[0].ars,
    )


def _changes(session: Session, screening: Screening, platforms: PlatformRegistry) -> ReportChanges:
    """What changed since the previous screened screening of the same municipality, in an earlier run."""
    previous = session.scalar(
        select(Screening.run_id)
        .where(
            Screening.municipality_ars == screening.municipality_ars,
            Screening.run_id < screening.run_id,
            Screening.status.in_([status.value for status in SCREENED]),
        )
        .order_by(Screening.run_id.desc())
        .limit(1)
    )
    grouped: dict[str, list[Change]] = defaultdict(list)
    if previous is not None:
        ars = [screening.municipality_ars or ""]
        for change in diff_runs(session, previous, screening.run_id, platforms, ars):
            grouped[CHANGE_GROUPS[change.kind]].append(change)
    return ReportChanges(
        previous_run_id=previous, **{group: grouped[group] for group in ("online", "up", "down", "dead")}
    )
