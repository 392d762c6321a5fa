"""The state the statistics and filters read, in SQL: each municipality's latest screened screening and its levels.

Every level is looked up through the unique index on result (screening, OZG-ID), never by joining two derived
tables: SQLite has no index on those and would compare every row with every row."""

from __future__ import annotations

from typing import Any

from sqlalchemy import CTE, ColumnElement, Select, String, and_, case, func, literal, select, union_all
from sqlalchemy.orm import aliased

from catalog.database.models import Municipality, Relevance, Result, Screening
from catalog.results.coverage import TYPE_ROLES
from catalog.vocabulary import SCREENED

MEMBER = "mitgliedsgemeinde"


def latest_screenings(run_id: int | None = None) -> CTE:
    """(ars, screening_id, run_id): each municipality's latest ok or partial screening, or its one in a given run."""
    rank = func.row_number().over(
        partition_by=Screening.municipality_ars,
        order_by=(Screening.finished_at.desc().nulls_last(), Screening.id.desc()),
    )
    query = select(
        Screening.municipality_ars.label("ars"),
        Screening.id.label("screening_id"),
        Screening.run_id.label("run_id"),
        rank.label("rank"),
    ).where(Screening.municipality_ars.is_not(None), Screening.status.in_([status.value for status in SCREENED]))
    if run_id is not None:
        query = query.where(Screening.run_id == run_id)
    ranked = query.subquery("ranked")
    latest = select(ranked.c.ars, ranked.c.screening_id, ranked.c.run_id).where(ranked.c.rank == 1)
    return latest.cte("latest").prefix_with("MATERIALIZED")


def type_services() -> CTE:
    """(type, ozg_id): the services a municipality of each type is expected to provide (coverage.TYPE_ROLES)."""
    # A UNION of literal rows rather than VALUES: SQLite cannot name the columns of a VALUES list.
    pairs = [(kind, role) for kind, kind_roles in TYPE_ROLES.items() for role in kind_roles]
    roles = union_all(
        *(select(literal(kind, String).label("type"), literal(role, String).label("role")) for kind, role in pairs)
    ).subquery("roles")
    query = select(roles.c.type, Relevance.ozg_id).join(roles, roles.c.role == Relevance.municipality_type)
    return query.distinct().cte("type_services").prefix_with("MATERIALIZED")


def with_level(
    query: Select[Any], latest: CTE, municipality: Any, ozg_id: ColumnElement[str] | str
) -> tuple[Select[Any], ColumnElement[int]]:
    """The query joined to a service's level in the latest screening (0 when not found); a member also gets its
    Samtgemeinde's level from the same run, as coverage.py counts it."""
    own, parent, inherited = aliased(Result), aliased(Screening), aliased(Result)
    service = literal(ozg_id) if isinstance(ozg_id, str) else ozg_id
    of_parent = and_(
        municipality.type == MEMBER,
        parent.municipality_ars == municipality.samtgemeinde_ars,
        parent.run_id == latest.c.run_id,
    )
    query = (
        query.join(own, and_(own.screening_id == latest.c.screening_id, own.ozg_id == service), isouter=True)
        .join(parent, of_parent, isouter=True)
        .join(inherited, and_(inherited.screening_id == parent.id, inherited.ozg_id == service), isouter=True)
    )
    own_level, parent_level = func.coalesce(own.maturity, 0), func.coalesce(inherited.maturity, 0)
    return query, case((own_level >= parent_level, own_level), else_=parent_level)


def screened_pairs(run_id: int | None = None) -> Select[Any]:
    """(ars, ozg_id, level): every expected service of every screened municipality, level 0 when not found."""
    latest, services = latest_screenings(run_id), type_services()
    municipality = aliased(Municipality)
    query = (
        select(latest.c.ars, services.c.ozg_id)
        .select_from(latest)
        .join(municipality, municipality.ars == latest.c.ars)
        .join(services, services.c.type == municipality.type)
    )
    query, level = with_level(query, latest, municipality, services.c.ozg_id)
    return query.add_columns(level.label("level"))
