"""The OZG catalog: figures, search, the filtered list, one service and who offers it."""

from __future__ import annotations

from fastapi import APIRouter, Query

from api.cache import ListCacheDep
from api.deps import MatcherDep, SessionDep
from api.errors import responses
from api.paging import PageDep
from catalog.results.catalog import catalog_figures, catalog_search
from catalog.results.documents import CatalogFigures, CatalogHit
from catalog.results.paging import Page, page_from_list
from catalog.results.services import (
    Availability,
    ServiceDetail,
    ServiceRow,
    service_availability,
    service_detail,
    service_page,
)

router = APIRouter(tags=["catalog"])


@router.get("/catalog")
def catalog(session: SessionDep) -> CatalogFigures:
    """Counts of OZG-Leistungen per Themenfeld, LeiKa keys, synonyms and relevance marks."""
    return catalog_figures(session)


@router.get("/catalog/search", responses=responses(422))
def search(
    session: SessionDep,
    matcher: MatcherDep,
    q: str = Query(..., min_length=2, max_length=200),
    limit: int = Query(5, ge=1, le=50),
) -> list[CatalogHit]:
    """OZG-Leistungen that best match a text such as "Hund anmelden", best first."""
    return catalog_search(session, matcher, q, limit)


@router.get("/catalog/services", responses=responses(422))
def services(
    session: SessionDep,
    page: PageDep,
    themenfeld: str = Query("", max_length=100, description="Themenfeld name part or id"),
    lebenslage: str = Query("", max_length=100, description="Lebenslage name part or id"),
    q: str = Query("", max_length=200, description="part of the name, or the OZG-ID"),
) -> Page[ServiceRow]:
    """OZG-Leistungen by OZG-ID, filtered by Themenfeld, Lebenslage and text."""
    return service_page(
        session, themenfeld=themenfeld, lebenslage=lebenslage, text=q, limit=page.limit, offset=page.offset
    )


@router.get("/catalog/services/{ozg_id}", responses=responses(404, 422))
def service(ozg_id: str, session: SessionDep) -> ServiceDetail:
    """One OZG-Leistung with its LeiKa keys and the municipality types expected to provide it."""
    return service_detail(session, ozg_id)


@router.get("/catalog/services/{ozg_id}/availability", responses=responses(404, 422))
def availability(
    ozg_id: str,
    session: SessionDep,
    cache: ListCacheDep,
    page: PageDep,
    min_level: int = Query(1, ge=1, le=4, description="lowest level to count as offered"),
) -> Page[Availability]:
    """The municipalities whose latest screening shows this service, highest level first."""
    # Ranking every municipality's current level takes one pass over the state; its pages come from that one list.
    offered = cache.get(
        session, ("availability", ozg_id, min_level), lambda: service_availability(session, ozg_id, min_level=min_level)
    )
    return page_from_list(offered, page.limit, page.offset)
