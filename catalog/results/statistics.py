"""Statistics over the current state (or one run), computed in SQL: coverage by group, service availability, levels."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal, select
from sqlalchemy.orm import Session, aliased

from catalog.database.models import Municipality, OzgLeistung, Themenfeld
from catalog.errors import InvalidInputError
from catalog.results.current_state import screened_pairs
from catalog.results.documents import Document
from catalog.vocabulary import MATURITY_LEVELS, ONLINE_LEVEL

# Gemeindegrößenklassen as the statistics offices group them, coarsened to four.
POPULATION_CLASSES: tuple[tuple[int, int | None, str], ...] = (
    (0, 5_000, "unter 5.000"),
    (5_000, 20_000, "5.000 bis unter 20.000"),
    (20_000, 100_000, "20.000 bis unter 100.000"),
    (100_000, None, "100.000 und mehr"),
)
UNKNOWN_POPULATION = "unbekannt"


class Grouping(StrEnum):
    THEMENFELD = "themenfeld"
    TYPE = "type"
    KREIS = "kreis"
    POPULATION = "population"


class CoverageGroup(Document):
    """Of the services the group's municipalities are expected to provide, how many they offer online (3+)."""

    key: str
    label: str
    municipalities: int
    expected: int
    online: int
    share: float | None


class CoverageBreakdown(Document):
    by: Grouping
    run_id: int | None  # None: each municipality's latest screened screening
    groups: list[CoverageGroup]


class ServiceAvailability(Document):
    """One OZG-Leistung: of the screened municipalities expected to provide it, how many offer it online."""

    ozg_id: str
    name: str
    themenfeld: str
    municipalities: int
    online: int
    share: float


class LevelShares(Document):
    """One OZG-Leistung: how many of the screened municipalities expected to provide it are at each level."""

    ozg_id: str
    name: str
    municipalities: int
    counts: dict[str, int]
    shares: dict[str, float]


def coverage_by(session: Session, by: Grouping, run_id: int | None = None) -> CoverageBreakdown:
    """Coverage per Themenfeld, municipality type, Landkreis or population size class, largest group first."""
    pairs = screened_pairs(run_id).subquery("pairs")
    key, label, query = _grouped(pairs, by)
    online = func.sum(case((pairs.c.level >= ONLINE_LEVEL, 1), else_=0))
    rows = session.execute(
        query.add_columns(func.count(func.distinct(pairs.c.ars)), func.count(), online)
        .group_by(key, label)
        .order_by(func.count(func.distinct(pairs.c.ars)).desc(), key)
    ).all()
    groups = [_group(str(row[0]), str(row[1]), int(row[2]), int(row[3]), int(row[4] or 0)) for row in rows]
    return CoverageBreakdown(by=by, run_id=run_id, groups=groups)


def _group(key: str, label: str, municipalities: int, expected: int, online: int) -> CoverageGroup:
    share = round(online / expected, 4) if expected else None
    return CoverageGroup(
        key=key, label=label, municipalities=municipalities, expected=expected, online=online, share=share
    )


def _grouped(pairs: Any, by: Grouping) -> tuple[Any, Any, Any]:
    """(key, label, FROM pairs joined to what the key needs) for one grouping."""
    if by == Grouping.THEMENFELD:
        query = select(Themenfeld.id, Themenfeld.name).select_from(pairs)
        query = query.join(OzgLeistung, OzgLeistung.ozg_id == pairs.c.ozg_id).join(Themenfeld)
        return Themenfeld.id, Themenfeld.name, query
    municipality = aliased(Municipality)
    base = select().select_from(pairs).join(municipality, municipality.ars == pairs.c.ars)
    if by == Grouping.TYPE:
        return municipality.type, municipality.type, base.add_columns(municipality.type, municipality.type)
    if by == Grouping.KREIS:
        kreis = aliased(Municipality)
        kreis_ars = func.coalesce(municipality.kreis_ars, municipality.ars)
        query = base.add_columns(kreis_ars, kreis.name).join(kreis, kreis.ars == kreis_ars)
        return kreis_ars, kreis.name, query
    size_class = _population_class(municipality.population)
    return size_class, size_class, base.add_columns(size_class, size_class)


def _population_class(population: Any) -> ColumnElement[str]:
    whens = [
        (population < upper if upper is not None else population >= lower, literal(label))
        for lower, upper, label in POPULATION_CLASSES
    ]
    return case((population.is_(None), literal(UNKNOWN_POPULATION)), *whens, else_=literal(UNKNOWN_POPULATION))


def service_ranking(
    session: Session, *, most: bool = True, limit: int = 10, run_id: int | None = None
) -> list[ServiceAvailability]:
    """The most (or least) available services: share of expected screened municipalities offering them online."""
    pairs = screened_pairs(run_id).subquery("pairs")
    online = func.sum(case((pairs.c.level >= ONLINE_LEVEL, 1), else_=0))
    share = online * 1.0 / func.count()
    rows = session.execute(
        select(OzgLeistung.ozg_id, OzgLeistung.name, Themenfeld.name, func.count(), online)
        .select_from(pairs)
        .join(OzgLeistung, OzgLeistung.ozg_id == pairs.c.ozg_id)
        .join(Themenfeld, Themenfeld.id == OzgLeistung.themenfeld_id)
        .group_by(OzgLeistung.ozg_id, OzgLeistung.name, Themenfeld.name)
        .order_by(share.desc() if most else share.asc(), OzgLeistung.ozg_id)
        .limit(limit)
    ).all()
    return [
        ServiceAvailability(
            ozg_id=ozg_id,
            name=name,
            themenfeld=themenfeld,
            municipalities=int(count),
            online=int(online_count or 0),
            share=round(int(online_count or 0) / int(count), 4),
        )
        for ozg_id, name, themenfeld, count, online_count in rows
    ]


def level_shares(session: Session, *, ozg_id: str = "", run_id: int | None = None) -> list[LevelShares]:
    """Per OZG-Leistung (by OZG-ID), the number and share of municipalities at each level 0 to 4."""
    if ozg_id and not (ozg_id.isdigit() and len(ozg_id) <= 5):
        raise InvalidInputError(f"ozg_id: {ozg_id!r} is not an OZG-ID (up to five digits)")
    pairs = screened_pairs(run_id).subquery("pairs")
    per_level = [func.sum(case((pairs.c.level == level, 1), else_=0)) for level in MATURITY_LEVELS]
    query = (
        select(OzgLeistung.ozg_id, OzgLeistung.name, func.count(), *per_level)
        .select_from(pairs)
        .join(OzgLeistung, OzgLeistung.ozg_id == pairs.c.ozg_id)
        .group_by(OzgLeistung.ozg_id, OzgLeistung.name)
        .order_by(OzgLeistung.ozg_id)
    )
    if ozg_id:
        query = query.where(OzgLeistung.ozg_id == ozg_id.zfill(5))
    return [
        _level_shares(row[0], row[1], int(row[2]), [int(count or 0) for count in row[3:]])
        for row in session.execute(query)
    ]


def _level_shares(ozg_id: str, name: str, total: int, counts: list[int]) -> LevelShares:
    by_level = {str(level): count for level, count in zip(MATURITY_LEVELS, counts, strict=True)}
    return LevelShares(
        ozg_id=ozg_id,
        name=name,
        municipalities=total,
        counts=by_level,
        shares={level: round(count / total, 4) for level, count in by_level.items()},
    )
