"""Municipalities: the filtered list, one with its latest screening, and its history across runs."""

from __future__ import annotations

from fastapi import APIRouter, Query, Response

from api.deps import SessionDep
from api.errors import responses
from api.paging import PageDep
from api.serialized import serialized
from catalog.results.documents import MunicipalityDetail, MunicipalityRow
from catalog.results.municipalities import municipality_detail
from catalog.results.municipality_history import MunicipalityHistory, municipality_history
from catalog.results.municipality_list import MunicipalityFilters, municipality_page
from catalog.results.paging import MAX_LIMIT, Page

router = APIRouter(tags=["municipalities"])


@router.get("/municipalities", responses=responses(422))
def municipalities(
    session: SessionDep,
    page: PageDep,
    type: list[str] = Query(default_factory=list, description="municipality type(s), e.g. samtgemeinde"),
    kreis: str = Query("", max_length=100, description="Landkreis name part or 5-digit key"),
    name: str = Query("", max_length=100, description="part of the name"),
    state: str = Query("", max_length=2, description="two-letter state code, e.g. NI"),
    has_website: bool | None = Query(None, description="only those with (true) or without (false) a known website"),
    coverage_min: float | None = Query(None, ge=0, le=1, description="lowest online coverage share, 0 to 1"),
    coverage_max: float | None = Query(None, ge=0, le=1, description="highest online coverage share, 0 to 1"),
    service: str = Query("", max_length=5, description="an OZG-ID, for level or min_level"),
    level: int | None = Query(None, ge=0, le=4, description="the service's level in the latest screening"),
    min_level: int | None = Query(None, ge=0, le=4, description="the service's lowest level"),
) -> Page[MunicipalityRow]:
    """Municipalities by ARS, filtered by the registry and by their latest screening (coverage, a service's level)."""
    filters = MunicipalityFilters(
        types=type,
        kreis=kreis,
        name=name,
        state=state,
        has_website=has_website,
        coverage_min=coverage_min,
        coverage_max=coverage_max,
        service=service,
        level=level,
        min_level=min_level,
    )
    return municipality_page(session, filters, page.limit, page.offset)


@router.get("/municipalities/{key}", response_model=MunicipalityDetail, responses=responses(404, 422))
def municipality(key: str, session: SessionDep) -> Response:
    """One municipality (by ARS or AGS) with `latest_screening`: the document of `check --json`, or null."""
    return serialized(municipality_detail(session, key))


@router.get("/municipalities/{key}/history", response_model=MunicipalityHistory, responses=responses(404, 422))
def history(
    key: str, session: SessionDep, runs: int = Query(20, ge=1, le=MAX_LIMIT, description="newest runs to show")
) -> Response:
    """Per service, its level in each of the newest runs that screened the municipality (oldest first)."""
    return serialized(municipality_history(session, key, runs))
