"""The municipality list of the API: registry filters plus filters on the current state, one page at a time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from catalog.database.models import Municipality
from catalog.errors import InvalidInputError
from catalog.reference.registry import municipality_query
from catalog.results.current_state import latest_screenings, screened_pairs, with_level
from catalog.results.documents import MunicipalityRow
from catalog.results.paging import Page, page_of
from catalog.vocabulary import MATURITY_LEVELS, ONLINE_LEVEL


@dataclass(frozen=True)
class MunicipalityFilters:
    """Every filter is optional; the state filters (coverage, a service's level) read the latest screening."""

    types: Sequence[str] = ()
    kreis: str = ""
    name: str = ""
    state: str = ""
    has_website: bool | None = None
    coverage_min: float | None = None
    coverage_max: float | None = None
    service: str = ""  # an OZG-ID; with `level` or `min_level`
    level: int | None = None  # that service's level in the latest screening, 0 when it was not found
    min_level: int | None = None


def municipality_page(session: Session, filters: MunicipalityFilters, limit: int, offset: int) -> Page[MunicipalityRow]:
    """The municipalities matching every filter, by ARS, one page of them with the total."""
    _check(filters)
    query = municipality_query(
        session,
        types=filters.types,
        kreis=filters.kreis,
        state=filters.state,
        name=filters.name,
        with_website=filters.has_website,
    )
    if filters.coverage_min is not None or filters.coverage_max is not None:
        query = _with_coverage(query, filters.coverage_min, filters.coverage_max)
    if filters.service:
        query = _with_service_level(query, filters)
    return page_of(session, query, limit, offset, lambda row: MunicipalityRow.model_validate(row[0]))


def _check(filters: MunicipalityFilters) -> None:
    for name, share in (("coverage_min", filters.coverage_min), ("coverage_max", filters.coverage_max)):
        if share is not None and not 0 <= share <= 1:
            raise InvalidInputError(f"{name}: {share} is not a share between 0 and 1")
    if filters.service and not (filters.service.isdigit() and len(filters.service) <= 5):
        raise InvalidInputError(f"service: {filters.service!r} is not an OZG-ID (up to five digits)")
    if (filters.level is not None or filters.min_level is not None) and not filters.service:
        raise InvalidInputError("level: give the service (an OZG-ID) whose level to filter by")
    for name, level in (("level", filters.level), ("min_level", filters.min_level)):
        if level is not None and level not in MATURITY_LEVELS:
            raise InvalidInputError(f"{name}: {level} is not a maturity level (0 to 4)")


def _with_coverage(query: Select[Any], low: float | None, high: float | None) -> Select[Any]:
    """Municipalities whose latest screening covers a share of their expected services within [low, high]."""
    pairs = screened_pairs().subquery("pairs")
    online = func.sum(case((pairs.c.level >= ONLINE_LEVEL, 1), else_=0))
    coverage = (
        select(pairs.c.ars, (online * 1.0 / func.count()).label("share")).group_by(pairs.c.ars).subquery("coverage")
    )
    query = query.join(coverage, coverage.c.ars == Municipality.ars)
    if low is not None:
        query = query.where(coverage.c.share >= low)
    if high is not None:
        query = query.where(coverage.c.share <= high)
    return query


def _with_service_level(query: Select[Any], filters: MunicipalityFilters) -> Select[Any]:
    """Screened municipalities by one service's level (their own or their Samtgemeinde's, as coverage counts)."""
    latest = latest_screenings()
    query = query.join(latest, latest.c.ars == Municipality.ars)
    query, level = with_level(query, latest, Municipality, filters.service.zfill(5))
    if filters.level is not None:
        query = query.where(level == filters.level)
    if filters.min_level is not None:
        query = query.where(level >= filters.min_level)
    return query
