"""Runs: the run list, one run's overview and the sites it screened."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from catalog.database.models import Result, Run, Screening
from catalog.errors import NotFoundError
from catalog.results.coverage import coverage_of
from catalog.results.documents import RunOverview, RunRow, RunScreeningRow
from catalog.vocabulary import ONLINE_LEVEL, ScreeningStatus, is_screened, is_unfinished


def get_run(session: Session, run_id: int) -> Run:
    run = session.get(Run, run_id)
    if run is None:
        raise NotFoundError(f"no run with id {run_id} (see `ozg-screen runs`)")
    return run


def list_runs(session: Session, limit: int, offset: int = 0) -> list[RunRow]:
    """The newest runs first, each with its counts."""
    runs = session.scalars(select(Run).order_by(Run.id.desc()).limit(limit).offset(offset))
    return [_run_row(session, run) for run in runs]


def run_row(session: Session, run_id: int) -> RunRow:
    """One run with its counts, without its sites (those come a page at a time)."""
    return _run_row(session, get_run(session, run_id))


def count_runs(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Run)) or 0


def run_overview(session: Session, run_id: int) -> RunOverview:
    """One run with every site it screened and how many sites ended in each status."""
    run = get_run(session, run_id)
    screenings = run_screenings(session, run_id)
    statuses = Counter(row.status for row in screenings)
    return RunOverview(
        id=run.id,
        kind=run.kind,
        status=run.status,
        started_at=run.started_at,
        finished_at=run.finished_at,
        selection=run.selection,
        screenings=screenings,
        status_counts=dict(statuses.most_common()),
        screened=sum(count for status, count in statuses.items() if is_screened(status)),
    )


def run_screenings(session: Session, run_id: int, limit: int | None = None, offset: int = 0) -> list[RunScreeningRow]:
    """The sites of a run by name: status, pages, services found and online, coverage."""
    get_run(session, run_id)
    counts = _result_counts(session, run_id)
    screenings = session.scalars(
        select(Screening)
        .where(Screening.run_id == run_id)
        .order_by(Screening.name, Screening.id)
        .limit(limit)
        .offset(offset)
    )
    return [_screening_row(session, screening, *counts.get(screening.id, (0, 0))) for screening in screenings]


def count_screenings(session: Session, run_id: int) -> int:
    get_run(session, run_id)
    return session.scalar(select(func.count()).select_from(Screening).where(Screening.run_id == run_id)) or 0


def _screening_row(session: Session, screening: Screening, found: int, online: int) -> RunScreeningRow:
    return RunScreeningRow(
        id=screening.id,
        name=screening.name,
        ars=screening.municipality_ars,
        url=screening.start_url,
        status=screening.status,
        pages_crawled=screening.pages_crawled,
        services_found=found,
        online_services=online,
        coverage=coverage_of(session, screening),
    )


def _result_counts(session: Session, run_id: int) -> dict[int, tuple[int, int]]:
    """Screening id -> (services found, services online)."""
    online = func.sum(case((Result.maturity >= ONLINE_LEVEL, 1), else_=0))
    query = (
        select(Result.screening_id, func.count(), func.coalesce(online, 0))
        .join(Screening)
        .where(Screening.run_id == run_id)
        .group_by(Result.screening_id)
    )
    return {
        screening_id: (int(found), int(online_count)) for screening_id, found, online_count in session.execute(query)
    }


def _run_row(session: Session, run: Run) -> RunRow:
    statuses = Counter(session.scalars(select(Screening.status).where(Screening.run_id == run.id)))
    pages = session.scalar(
        select(func.coalesce(func.sum(Screening.pages_crawled), 0)).where(Screening.run_id == run.id)
    )
    services = session.scalar(
        select(func.count()).select_from(Result).join(Screening).where(Screening.run_id == run.id)
    )
    return RunRow(
        id=run.id,
        kind=run.kind,
        status=run.status,
        started_at=run.started_at,
        finished_at=run.finished_at,
        municipalities=sum(statuses.values()),
        done=sum(count for status, count in statuses.items() if not is_unfinished(status)),
        failed=sum(count for status, count in statuses.items() if not (is_screened(status) or is_unfinished(status))),
        pages=pages or 0,
        services=services or 0,
        running=statuses[ScreeningStatus.RUNNING],
    )
