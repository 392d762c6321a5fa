"""Which screenings an export shows: its filters, each municipality's chosen screening, and its providers' ones."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session, aliased

from catalog.database.models import Municipality, Screening, Themenfeld
from catalog.errors import InvalidInputError
from catalog.reference.registry import MUNICIPALITY_TYPES, kreis_prefix
from catalog.reference.registry_import import STATE_CODES
from catalog.results.runs import get_run
from catalog.vocabulary import UNFINISHED


@dataclass(frozen=True)
class ExportFilters:
    """What an export covers; an empty value does not filter. Without `run_id`: each municipality's latest
    finished screening."""

    run_id: int | None = None
    state: str = ""
    kreis: str = ""
    types: tuple[str, ...] = ()
    themenfeld: str = ""


@dataclass(frozen=True)
class Selection:
    """The filters checked against the database: a known run, state, Kreis key, types and Themenfeld."""

    filters: ExportFilters
    kreis_key: str = ""
    themenfeld_id: int | None = None
    themenfeld_name: str = ""


@dataclass(frozen=True, slots=True)
class ExportSite:
    """One municipality (or, within a run, a site without registry entry) and the screening the export shows."""

    screening_id: int
    run_id: int
    status: str
    screened_at: datetime | None
    ars: str
    name: str
    type: str
    kreis: str
    samtgemeinde: str
    kreis_ars: str | None  # set only when that Kreis is a Landkreis, the provider of its Landkreis tasks
    samtgemeinde_ars: str | None


@dataclass(frozen=True, slots=True)
class ProviderScreening:
    """The screening of a Samtgemeinde or Landkreis whose services its municipalities' citizens use."""

    screening_id: int
    run_id: int
    screened_at: datetime | None


def check_filters(session: Session, filters: ExportFilters) -> Selection:
    """Filters as given, checked: an unknown run, state, type, Kreis or Themenfeld is named in the error."""
    if filters.run_id is not None:
        get_run(session, filters.run_id)
    if filters.state and filters.state.upper() not in STATE_CODES.values():
        raise InvalidInputError(f"unknown state {filters.state!r}; use a two-letter code such as NI")
    unknown = [kind for kind in filters.types if kind not in MUNICIPALITY_TYPES]
    if unknown:
        raise InvalidInputError(f"unknown type {unknown[0]!r}; choose from {', '.join(MUNICIPALITY_TYPES)}")
    kreis_key = kreis_prefix(session, filters.kreis) if filters.kreis else ""
    themenfeld = _themenfeld(session, filters.themenfeld) if filters.themenfeld else None
    return Selection(
        filters,
        kreis_key=kreis_key,
        themenfeld_id=themenfeld.id if themenfeld else None,
        themenfeld_name=themenfeld.name if themenfeld else "",
    )


def _themenfeld(session: Session, wanted: str) -> Themenfeld:
    """By its number or its name, case-insensitively; a unique name part is enough."""
    themenfelder = list(session.scalars(select(Themenfeld).order_by(Themenfeld.id)))
    for themenfeld in themenfelder:
        if wanted.strip() == str(themenfeld.id) or wanted.strip().casefold() == themenfeld.name.casefold():
            return themenfeld
    matches = [item for item in themenfelder if wanted.strip().casefold() in item.name.casefold()]
    if len(matches) == 1:
        return matches[0]
    names = ", ".join(item.name for item in themenfelder)
    raise InvalidInputError(f"unknown Themenfeld {wanted!r}; choose from {names}")


def export_sites(session: Session, selection: Selection) -> list[ExportSite]:
    """The chosen screening of every municipality the filters select, by ARS; sites without registry entry last."""
    kreise, samtgemeinden = aliased(Municipality), aliased(Municipality)
    query = (
        select(
            Screening.id,
            Screening.run_id,
            Screening.status,
            Screening.finished_at,
            func.coalesce(Municipality.ars, ""),
            func.coalesce(Municipality.name, Screening.name, ""),
            func.coalesce(Municipality.type, ""),
            func.coalesce(kreise.name, ""),
            func.coalesce(samtgemeinden.name, ""),
            kreise.ars,
            kreise.type,
            Municipality.samtgemeinde_ars,
        )
        .outerjoin(Municipality, Municipality.ars == Screening.municipality_ars)
        .outerjoin(kreise, kreise.ars == Municipality.kreis_ars)
        .outerjoin(samtgemeinden, samtgemeinden.ars == Municipality.samtgemeinde_ars)
        .where(*_municipality_conditions(selection), Screening.id.in_(_chosen_ids(selection)))
        .order_by(Municipality.ars.is_(None), Municipality.ars, Screening.name, Screening.id)
    )
    return [_site(row) for row in session.execute(query)]


def _site(row: Sequence[Any]) -> ExportSite:
    *fields, kreis_ars, kreis_type, samtgemeinde_ars = row
    landkreis = kreis_ars if kreis_type == "landkreis" else None
    return ExportSite(*fields, landkreis, samtgemeinde_ars)  # type: ignore[call-arg]


def chosen_screening_ids(selection: Selection) -> Select[int]:
    """The ids of the screenings `export_sites` lists, as a subquery."""
    return (
        select(Screening.id)
        .outerjoin(Municipality, Municipality.ars == Screening.municipality_ars)
        .where(*_municipality_conditions(selection), Screening.id.in_(_chosen_ids(selection)))
    )


def _municipality_conditions(selection: Selection) -> list[ColumnElement[bool]]:
    filters, conditions = selection.filters, []
    if filters.state:
        conditions.append(Municipality.state == filters.state.upper())
    if filters.types:
        conditions.append(Municipality.type.in_(filters.types))
    if selection.kreis_key:
        conditions.append(Municipality.ars.startswith(selection.kreis_key))
    return conditions


def _chosen_ids(selection: Selection) -> Select[int]:
    """A run's screenings, or each municipality's latest finished one (by its end, then the newest id)."""
    if selection.filters.run_id is not None:
        return select(Screening.id).where(Screening.run_id == selection.filters.run_id)
    return _latest_finished(Screening.municipality_ars.in_(_selected_ars(selection)))


def _selected_ars(selection: Selection) -> Select[str]:
    return select(Municipality.ars).where(*_municipality_conditions(selection))


def _latest_finished(condition: ColumnElement[bool]) -> Select[int]:
    newest_first = (Screening.finished_at.desc().nulls_last(), Screening.id.desc())
    rank = func.row_number().over(partition_by=Screening.municipality_ars, order_by=newest_first)
    ranked = (
        select(Screening.id, rank.label("rank"))
        .where(condition, Screening.status.not_in(sorted(UNFINISHED)))
        .subquery()
    )
    return select(ranked.c.id).where(ranked.c.rank == 1)


def provider_screenings(
    session: Session, selection: Selection, sites: Iterable[ExportSite]
) -> dict[str, ProviderScreening]:
    """Samtgemeinde or Landkreis ARS -> its screening: in the same run, or its latest finished one."""
    providers = sorted({ars for site in sites for ars in (site.samtgemeinde_ars, site.kreis_ars) if ars is not None})
    if not providers:
        return {}
    run_id = selection.filters.run_id
    if run_id is not None:
        ids: Select[int] = select(Screening.id).where(
            Screening.run_id == run_id, Screening.municipality_ars.in_(providers)
        )
    else:
        ids = _latest_finished(Screening.municipality_ars.in_(providers))
    rows = session.execute(
        select(Screening.municipality_ars, Screening.id, Screening.run_id, Screening.finished_at).where(
            Screening.id.in_(ids)
        )
    )
    return {str(ars): ProviderScreening(screening_id, run, moment) for ars, screening_id, run, moment in rows}
