"""Registered versus seen: a municipality's comparison with the imported lists, and the stored imports."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import SessionDep
from api.errors import responses
from api.paging import PageDep
from catalog.results.paging import Page
from catalog.results.registered import RegisteredComparison, compare_municipality
from catalog.results.registered_imports import RegisteredImportView, registered_import_page

router = APIRouter(tags=["registered"])
# The API never fetches: whether registered URLs are dead is checked by `ozg-screen registered compare` only.
UNCHECKED_URLS: dict[str, str] = {}


@router.get("/municipalities/{key}/registered", responses=responses(404, 422))
def registered_comparison(key: str, session: SessionDep) -> RegisteredComparison:
    """Registered online but not found on the website, found but not registered, LeiKa keys the catalog lacks
    (against its latest screening). `dead_urls` stays empty: URL checks crawl, so they are CLI-only."""
    return compare_municipality(session, key, UNCHECKED_URLS)


@router.get("/registered/imports", responses=responses(422))
def registered_imports(session: SessionDep, page: PageDep) -> Page[RegisteredImportView]:
    """The imported lists of registered online services, newest first, with their row counts."""
    return registered_import_page(session, page.limit, page.offset)
