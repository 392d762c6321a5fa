"""Runs, their screenings and what changed between two runs."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from sqlalchemy import select

from api.deps import SessionDep
from catalog.database.models import Screening
from catalog.reference.platforms import PlatformRegistry
from catalog.results.coverage import coverage_of
from catalog.results.history import diff_runs
from catalog.results.runs import get_run, list_runs
from catalog.results.screening import report_from_db

router = APIRouter(tags=["runs"])
RUN_COLUMNS = ("id", "kind", "status", "started", "finished", "municipalities", "done", "failed", "pages", "services")


@router.get("/runs")
def runs(session: SessionDep, limit: int = Query(50, ge=1, le=1000)) -> list[dict[str, Any]]:
    """The newest runs with their counts and status."""
    return [dict(zip(RUN_COLUMNS, row, strict=True)) for row in list_runs(session, limit)]


@router.get("/runs/{run_id}")
def run(run_id: int, session: SessionDep) -> dict[str, Any]:
    """One run with every screened site: status, pages, coverage."""
    found = get_run(session, run_id)
    screenings = session.scalars(select(Screening).where(Screening.run_id == run_id).order_by(Screening.id))
    return {
        "id": found.id,
        "kind": found.kind,
        "status": found.status,
        "started_at": found.started_at,
        "finished_at": found.finished_at,
        "selection": found.selection,
        "screenings": [_screening_row(session, item) for item in screenings],
    }


def _screening_row(session: SessionDep, screening: Screening) -> dict[str, Any]:
    coverage = coverage_of(session, screening)
    return {
        "id": screening.id,
        "name": screening.name,
        "ars": screening.municipality_ars,
        "url": screening.start_url,
        "status": screening.status,
        "pages_crawled": screening.pages_crawled,
        "coverage": None
        if coverage is None
        else {"expected": coverage.expected, "online": coverage.online, "share": coverage.share},
    }


@router.get("/screenings/{screening_id}")
def screening(screening_id: int, session: SessionDep) -> dict[str, Any]:
    """One screened site: the same document as `ozg-screen check --json`."""
    if session.get(Screening, screening_id) is None:
        raise _not_found(f"no screening with id {screening_id}")
    return report_from_db(session, screening_id)


@router.get("/runs/{run_a}/diff/{run_b}")
def diff(
    run_a: int, run_b: int, request: Request, session: SessionDep, ars: list[str] = Query(default_factory=list)
) -> list[dict[str, Any]]:
    """What changed from run A to run B."""
    platforms = PlatformRegistry.from_file(request.app.state.data_dir / "platforms.toml")
    return [change.as_dict() for change in diff_runs(session, run_a, run_b, platforms, ars)]


def _not_found(message: str) -> Exception:
    from catalog.errors import UserError

    return UserError(message)
