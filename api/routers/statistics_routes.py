"""Statistics over the current state or one run: coverage by group, the most and least available services, levels."""

from __future__ import annotations

from fastapi import APIRouter, Query

from api.cache import CacheDep
from api.deps import SessionDep
from api.errors import responses
from api.paging import MAX_ID, PageDep
from catalog.results.paging import Page, page_from_list
from catalog.results.statistics import (
    CoverageBreakdown,
    Grouping,
    LevelShares,
    ServiceAvailability,
    coverage_by,
    level_shares,
    service_ranking,
)

router = APIRouter(tags=["statistics"], prefix="/statistics")
RUN_HELP = "one run instead of each municipality's latest screening"


@router.get("/coverage", responses=responses(422))
def coverage(
    session: SessionDep,
    cache: CacheDep,
    by: Grouping = Query(Grouping.THEMENFELD, description="themenfeld, type, kreis or population"),
    run: int | None = Query(None, ge=1, le=MAX_ID, description=RUN_HELP),
) -> CoverageBreakdown:
    """Share of expected services offered online (level 3+), per Themenfeld, type, Landkreis or size class."""
    return cache.get(session, ("coverage", by, run), lambda: coverage_by(session, by, run))


@router.get("/services", responses=responses(422))
def services(
    session: SessionDep,
    cache: CacheDep,
    order: str = Query("most", pattern="^(most|least)$", description="most or least available first"),
    limit: int = Query(10, ge=1, le=100),
    run: int | None = Query(None, ge=1, le=MAX_ID, description=RUN_HELP),
) -> list[ServiceAvailability]:
    """The most (or least) available services: share of screened municipalities expected to offer them online."""
    most = order == "most"
    return cache.get(
        session, ("ranking", most, limit, run), lambda: service_ranking(session, most=most, limit=limit, run_id=run)
    )


@router.get("/levels", responses=responses(422))
def levels(
    session: SessionDep,
    cache: CacheDep,
    page: PageDep,
    ozg_id: str = Query("", max_length=5, description="one OZG-Leistung only"),
    run: int | None = Query(None, ge=1, le=MAX_ID, description=RUN_HELP),
) -> Page[LevelShares]:
    """Per service, the number and share of screened municipalities at each level 0 to 4."""
    shares = cache.get(session, ("levels", ozg_id, run), lambda: level_shares(session, ozg_id=ozg_id, run_id=run))
    return page_from_list(shares, page.limit, page.offset)
