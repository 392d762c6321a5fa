"""Runs, their screenings and what changed between two runs."""

from __future__ import annotations

from fastapi import APIRouter, Query

from api.deps import PlatformsDep, SessionDep
from api.errors import responses
from catalog.results.documents import RunOverview, RunRow, ScreeningDocument
from catalog.results.run_diff import RunDiff, run_diff
from catalog.results.runs import list_runs, run_overview
from catalog.results.screening import screening_document

router = APIRouter(tags=["runs"])


@router.get("/runs")
def runs(session: SessionDep, limit: int = Query(50, ge=1, le=1000)) -> list[RunRow]:
    """The newest runs with their counts and status."""
    return list_runs(session, limit)


@router.get("/runs/{run_id}", responses=responses(404))
def run(run_id: int, session: SessionDep) -> RunOverview:
    """One run with every screened site: status, pages, services, coverage."""
    return run_overview(session, run_id)


@router.get("/screenings/{screening_id}", responses=responses(404))
def screening(screening_id: int, session: SessionDep) -> ScreeningDocument:
    """One screened site: the same document as `ozg-screen check --json`."""
    return screening_document(session, screening_id)


@router.get("/runs/{run_a}/diff/{run_b}", responses=responses(404, 409))
def diff(
    run_a: int, run_b: int, session: SessionDep, platforms: PlatformsDep, ars: list[str] = Query(default_factory=list)
) -> RunDiff:
    """What changed from run A to run B (both finished): the same document as `ozg-screen diff --json`."""
    return run_diff(session, run_a, run_b, platforms, ars)
