"""Runs: the list, one run, its screenings a page at a time, one screening, and what changed between two runs."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from api.deps import PlatformsDep, SessionDep
from api.errors import responses
from api.paging import MAX_ID, PageDep
from catalog.results.documents import RunRow, RunScreeningRow, ScreeningDocument
from catalog.results.history import Change
from catalog.results.paging import Page, page_from_list
from catalog.results.run_diff import run_diff
from catalog.results.runs import count_runs, count_screenings, list_runs, run_row, run_screenings
from catalog.results.screening import screening_document

router = APIRouter(tags=["runs"])
RunId = Annotated[int, Path(ge=1, le=MAX_ID)]


@router.get("/runs")
def runs(session: SessionDep, page: PageDep) -> Page[RunRow]:
    """The runs, newest first, with their counts and status."""
    items = list_runs(session, page.limit, page.offset)
    return Page[RunRow](items=items, total=count_runs(session), limit=page.limit, offset=page.offset)


@router.get("/runs/{run_id}", responses=responses(404))
def run(session: SessionDep, run_id: RunId) -> RunRow:
    """One run with its counts and status."""
    return run_row(session, run_id)


@router.get("/runs/{run_id}/screenings", responses=responses(404))
def screenings(session: SessionDep, page: PageDep, run_id: RunId) -> Page[RunScreeningRow]:
    """The sites of a run by name: status, pages, services found and online, coverage."""
    total = count_screenings(session, run_id)
    items = run_screenings(session, run_id, page.limit, page.offset)
    return Page[RunScreeningRow](items=items, total=total, limit=page.limit, offset=page.offset)


@router.get("/screenings/{screening_id}", responses=responses(404))
def screening(session: SessionDep, screening_id: int = Path(ge=1, le=MAX_ID)) -> ScreeningDocument:
    """One screened site: the same document as `ozg-screen check --json`."""
    return screening_document(session, screening_id)


@router.get("/runs/{run_a}/diff/{run_b}", responses=responses(404, 409))
def diff(
    session: SessionDep,
    platforms: PlatformsDep,
    page: PageDep,
    run_a: RunId,
    run_b: RunId,
    ars: list[str] = Query(default_factory=list, description="only these municipalities (ARS)"),
) -> Page[Change]:
    """What changed from run A to run B (both finished), a page at a time: the changes of `ozg-screen diff --json`."""
    changes = run_diff(session, run_a, run_b, platforms, ars).changes
    return page_from_list(changes, page.limit, page.offset)
