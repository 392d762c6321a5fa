"""The statewide dashboard: map points, coverage by type and size class, the trend across runs, service rankings."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalog.database.models import Municipality, Run, Screening
from catalog.errors import InvalidInputError
from catalog.reference.catalog_queries import service_rows
from catalog.results.coverage import TYPE_ROLES
from catalog.results.dashboard_documents import (
    Dashboard,
    DashboardFilters,
    GroupFigures,
    KreisOption,
    MapPoint,
    Place,
    ServiceCount,
    TrendPoint,
)
from catalog.results.run_levels import SIZE_CLASSES, ScreenedMunicipality, median, screened_municipalities
from catalog.vocabulary import SCREENED, RunStatus

RANKED_SERVICES = 20
TREND_RUNS = 12
GEMEINDE_TYPES = ("kreisfreie_stadt", "stadt", "gemeinde", "mitgliedsgemeinde")


def dashboard(session: Session, *, kreis: str = "", type: str = "", run_id: int | None = None) -> Dashboard:
    """The dashboard of a run (default: the latest with screened municipalities), filtered by Kreis and type."""
    filters = _filters(session, kreis, type)
    run_id = run_id if run_id is not None else latest_screened_run(session)
    shown = [] if run_id is None else _filtered(screened_municipalities(session, run_id, filters.kreis), filters)
    shares = [item.share for item in shown if item.share is not None]
    return Dashboard(
        run_id=run_id,
        filters=filters,
        municipalities=len(shown),
        median_share=median(shares),
        points=[_point(item) for item in shown if item.latitude is not None and item.longitude is not None],
        places=places(session, filters.kreis),
        by_type=group_figures(shown, lambda item: item.type),
        by_size_class=_by_size_class(shown),
        trend=trend(session, filters),
        top_online=top_online(session, shown),
        top_missing=top_missing(session, shown),
    )


def latest_screened_run(session: Session) -> int | None:
    """The newest finished run in which at least one registry municipality was screened."""
    return session.scalar(
        select(func.max(Screening.run_id))
        .join(Run)
        .where(
            Run.status != RunStatus.RUNNING,
            Screening.municipality_ars.is_not(None),
            Screening.status.in_([status.value for status in SCREENED]),
        )
    )


def _filters(session: Session, kreis: str, type: str) -> DashboardFilters:
    """Checked filters, with the choices the page offers."""
    if type and type not in TYPE_ROLES:
        raise InvalidInputError(f"unknown type {type!r}; choose from {', '.join(TYPE_ROLES)}")
    if kreis and not (kreis.isdigit() and len(kreis) == 5):
        raise InvalidInputError(f"kreis must be a 5-digit Kreis key such as 03357, not {kreis!r}")
    kreise = session.execute(
        select(Municipality.ars, Municipality.name)
        .where(Municipality.type.in_(("landkreis", "kreisfreie_stadt")))
        .order_by(Municipality.name)
    )
    options = [KreisOption(key=ars[:5], name=name) for ars, name in kreise]
    return DashboardFilters(kreis=kreis, type=type, kreise=options, types=list(TYPE_ROLES))


def _filtered(municipalities: list[ScreenedMunicipality], filters: DashboardFilters) -> list[ScreenedMunicipality]:
    return [
        item
        for item in municipalities
        if (not filters.kreis or item.ars.startswith(filters.kreis)) and (not filters.type or item.type == filters.type)
    ]


def places(session: Session, kreis: str) -> list[Place]:
    """Every Gemeinde with coordinates (of the Kreis, when one is chosen): the map's background."""
    query = select(Municipality.latitude, Municipality.longitude).where(
        Municipality.latitude.is_not(None),
        Municipality.longitude.is_not(None),
        Municipality.type.in_(GEMEINDE_TYPES),
    )
    if kreis:
        query = query.where(Municipality.ars.startswith(kreis))
    return [Place(latitude=latitude, longitude=longitude) for latitude, longitude in session.execute(query)]


def _point(item: ScreenedMunicipality) -> MapPoint:
    return MapPoint(
        ars=item.ars,
        name=item.name,
        type=item.type,
        latitude=item.latitude or 0.0,
        longitude=item.longitude or 0.0,
        share=item.share,
        online=item.online_expected,
        expected=len(item.expected),
    )


def group_figures(
    municipalities: list[ScreenedMunicipality], group_of: Callable[[ScreenedMunicipality], str]
) -> list[GroupFigures]:
    """Median and mean coverage per group, groups by name."""
    groups: dict[str, list[float]] = defaultdict(list)
    counts: Counter[str] = Counter()
    for item in municipalities:
        counts[group_of(item)] += 1
        if item.share is not None:
            groups[group_of(item)].append(item.share)
    return [
        GroupFigures(
            group=name,
            municipalities=counts[name],
            median_share=median(groups[name]),
            mean_share=sum(groups[name]) / len(groups[name]) if groups[name] else None,
        )
        for name in sorted(counts)
    ]


def _by_size_class(municipalities: list[ScreenedMunicipality]) -> list[GroupFigures]:
    """Size classes from small to large, not by name."""
    order = {name: index for index, (_, name) in enumerate(SIZE_CLASSES)}
    figures = group_figures(municipalities, lambda item: item.size_class)
    return sorted(figures, key=lambda figure: order.get(figure.group, len(order)))


def trend(session: Session, filters: DashboardFilters) -> list[TrendPoint]:
    """Coverage and services online in each of the latest finished runs, oldest first."""
    runs = session.execute(
        select(Run.id, Run.finished_at).where(Run.status != RunStatus.RUNNING).order_by(Run.id.desc()).limit(TREND_RUNS)
    ).all()
    points = []
    for run_id, finished_at in reversed(runs):
        shown = _filtered(screened_municipalities(session, run_id, filters.kreis), filters)
        if shown:
            shares = [item.share for item in shown if item.share is not None]
            points.append(
                TrendPoint(
                    run_id=run_id,
                    finished_at=finished_at,
                    municipalities=len(shown),
                    median_share=median(shares),
                    online_services=sum(item.online_expected for item in shown),
                )
            )
    return points


def top_online(session: Session, municipalities: list[ScreenedMunicipality]) -> list[ServiceCount]:
    """The services online (level 3+) in the most municipalities."""
    counts = Counter(ozg_id for item in municipalities for ozg_id in item.online)
    return _ranked(session, counts, len(municipalities))


def top_missing(session: Session, municipalities: list[ScreenedMunicipality]) -> list[ServiceCount]:
    """The services most often not online where the municipality's type is expected to provide them."""
    counts = Counter(ozg_id for item in municipalities for ozg_id in item.expected - item.online)
    expected = Counter(ozg_id for item in municipalities for ozg_id in item.expected)
    return _ranked(session, counts, len(municipalities), expected)


def _ranked(
    session: Session, counts: Counter[str], municipalities: int, out_of: Counter[str] | None = None
) -> list[ServiceCount]:
    top = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:RANKED_SERVICES]
    names = service_rows(session, [ozg_id for ozg_id, _ in top])
    return [
        ServiceCount(
            ozg_id=ozg_id,
            name=names[ozg_id][0],
            themenfeld=names[ozg_id][1],
            count=count,
            out_of=out_of[ozg_id] if out_of is not None else municipalities,
        )
        for ozg_id, count in top
        if ozg_id in names
    ]
