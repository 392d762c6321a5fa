"""The OZG catalog: figures and search."""

from __future__ import annotations

from fastapi import APIRouter, Query

from api.deps import MatcherDep, SessionDep
from catalog.results.catalog import catalog_figures, catalog_search
from catalog.results.documents import CatalogFigures, CatalogHit

router = APIRouter(tags=["catalog"])


@router.get("/catalog")
def catalog(session: SessionDep) -> CatalogFigures:
    """Counts of OZG-Leistungen per Themenfeld, LeiKa keys, synonyms and relevance marks."""
    return catalog_figures(session)


@router.get("/catalog/search")
def search(
    session: SessionDep, matcher: MatcherDep, q: str = Query(..., min_length=2), limit: int = Query(5, ge=1, le=50)
) -> list[CatalogHit]:
    """OZG-Leistungen that best match a text such as "Hund anmelden"."""
    return catalog_search(session, matcher, q, limit)
