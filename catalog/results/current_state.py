"""The state the statistics and filters read, in SQL: each municipality's latest screened screening and its levels."""

from __future__ import annotations

from typing import Any

from sqlalchemy import CTE, Select, and_, func, literal, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from catalog.database.models import Municipality, Relevance, Result, Screening
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
    return select(ranked.c.ars, ranked.c.screening_id, ranked.c.run_id).where(ranked.c.rank == 1).cte("latest")


def effective_levels(latest: CTE) -> CTE:
    """(ars, ozg_id, level): a municipality's own levels, and a member's Samtgemeinde's from the same run
    (as coverage.py counts them: a member's citizens are served by their Samtgemeinde for most services)."""
    own = select(latest.c.ars, Result.ozg_id, Result.maturity).join(
        Result, Result.screening_id == latest.c.screening_id
    )
    member, parent = aliased(Municipality), aliased(Screening)
    inherited = (
        select(member.ars, Result.ozg_id, Result.maturity)
        .join(latest, latest.c.ars == member.ars)
        .join(parent, and_(parent.run_id == latest.c.run_id, parent.municipality_ars == member.samtgemeinde_ars))
        .join(Result, Result.screening_id == parent.id)
        .where(member.type == MEMBER)
    )
    both = union_all(own, inherited).subquery("both_levels")
    return (
        select(both.c.ars, both.c.ozg_id, func.max(both.c.maturity).label("level"))
        .group_by(both.c.ars, both.c.ozg_id)
        .cte("levels")
    )


def expected_pairs() -> CTE:
    """(ars, ozg_id): the services each municipality is expected to provide, by its type (coverage.TYPE_ROLES)."""
    provides = or_(
        Relevance.municipality_type == Municipality.type,
        and_(Municipality.type == MEMBER, Relevance.municipality_type == "samtgemeinde"),
    )
    return (
        select(Municipality.ars, Relevance.ozg_id)
        .join(Relevance, provides)
        .group_by(Municipality.ars, Relevance.ozg_id)
        .cte("expected")
    )


def screened_pairs(run_id: int | None = None) -> Select[Any]:
    """(ars, ozg_id, level): every expected service of every screened municipality, level 0 when not found."""
    latest, expected = latest_screenings(run_id), expected_pairs()
    levels = effective_levels(latest)
    level = func.coalesce(levels.c.level, literal(0))
    return (
        select(expected.c.ars, expected.c.ozg_id, level.label("level"))
        .join(latest, latest.c.ars == expected.c.ars)
        .join(levels, and_(levels.c.ars == expected.c.ars, levels.c.ozg_id == expected.c.ozg_id), isouter=True)
    )


def state_version(session: Session) -> tuple[object, ...]:
    """Changes whenever a screening ends or results are stored or rescored: a key for caching what is computed here."""
    from catalog.database.models import Run

    screening = session.execute(select(func.max(Screening.id), func.max(Screening.finished_at))).one()
    return (*screening, session.scalar(select(func.max(Result.id))), session.scalar(select(func.count(Run.id))))
