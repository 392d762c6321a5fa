"""Read-side queries over runs: the run list and one run's overview."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalog.database.models import Result, Run, Screening
from catalog.errors import NotFoundError
from catalog.results.coverage import coverage_of

SCREENED = ("ok", "partial")


@dataclass
class RunOverview:
    status: str
    rows: list[tuple[Any, ...]]
    summary_line: str


def get_run(session: Session, run_id: int) -> Run:
    run = session.get(Run, run_id)
    if run is None:
        raise NotFoundError(f"no run with id {run_id} (see `ozg-screen runs`)")
    return run


def run_overview(session: Session, run_id: int) -> RunOverview:
    run = get_run(session, run_id)
    counts = _result_counts(session, run_id)
    rows = []
    for screening in session.scalars(select(Screening).where(Screening.run_id == run_id).order_by(Screening.name)):
        found, online = counts.get(screening.id, (0, 0))
        coverage = coverage_of(session, screening)
        share = "–" if coverage is None or coverage.share is None else f"{coverage.share:.0%} von {coverage.expected}"
        rows.append(
            (
                screening.name or screening.start_url,
                screening.status,
                screening.pages_crawled,
                found,
                online,
                share,
            )
        )
    statuses = Counter(row[1] for row in rows)
    screened = sum(statuses[status] for status in SCREENED)
    line = (
        f"{len(rows)} Kommunen: {screened} gescreent, {len(rows) - screened} nicht erreichbar oder offen "
        f"({', '.join(f'{count} {status}' for status, count in statuses.most_common())})"
    )
    return RunOverview(run.status, rows, line)


def _result_counts(session: Session, run_id: int) -> dict[int, tuple[int, int]]:
    online = func.sum(func.cast(Result.maturity >= 3, type_=func.count().type))
    query = (
        select(Result.screening_id, func.count(), func.coalesce(online, 0))
        .join(Screening)
        .where(Screening.run_id == run_id)
        .group_by(Result.screening_id)
    )
    return {
        screening_id: (int(found), int(online_count)) for screening_id, found, online_count in session.execute(query)
    }


def list_runs(session: Session, limit: int) -> list[tuple[Any, ...]]:
    runs = session.scalars(select(Run).order_by(Run.id.desc()).limit(limit)).all()
    rows = []
    for run in runs:
        statuses = Counter(session.scalars(select(Screening.status).where(Screening.run_id == run.id)))
        pages = session.scalar(
            select(func.coalesce(func.sum(Screening.pages_crawled), 0)).where(Screening.run_id == run.id)
        )
        services = session.scalar(
            select(func.count()).select_from(Result).join(Screening).where(Screening.run_id == run.id)
        )
        done = sum(count for status, count in statuses.items() if status not in ("pending", "running"))
        failed = sum(count for status, count in statuses.items() if status not in (*SCREENED, "pending", "running"))
        rows.append(
            (
                run.id,
                run.kind,
                run.status,
                _short(run.started_at),
                _short(run.finished_at),
                sum(statuses.values()),
                done,
                failed,
                pages,
                services,
            )
        )
    return rows


def _short(moment: Any) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "–"
