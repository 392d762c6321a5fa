"""A run's progress as every worker sees it: municipalities waiting, running (on which worker), done, failed."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.database.models import Screening
from catalog.results.documents import Document
from catalog.results.runs import get_run
from catalog.vocabulary import ScreeningStatus, is_screened, is_unfinished


class WorkerLoad(Document):
    """One worker and how many of the run's municipalities it is crawling now."""

    worker: str
    running: int


class RunProgress(Document):
    """Counts of one run across all workers, read from the shared database."""

    run_id: int
    status: str
    total: int
    pending: int
    running: int
    done: int
    failed: int
    retried: int
    pages: int
    workers: list[WorkerLoad]


def run_progress(session: Session, run_id: int) -> RunProgress:
    run = get_run(session, run_id)
    rows = session.execute(
        select(Screening.status, Screening.worker, Screening.attempts, Screening.pages_crawled).where(
            Screening.run_id == run_id
        )
    ).all()
    statuses = Counter(status for status, _, _, _ in rows)
    running_on = Counter(worker for status, worker, _, _ in rows if status == ScreeningStatus.RUNNING)
    return RunProgress(
        run_id=run.id,
        status=run.status,
        total=len(rows),
        pending=statuses[ScreeningStatus.PENDING],
        running=statuses[ScreeningStatus.RUNNING],
        done=sum(count for status, count in statuses.items() if not is_unfinished(status)),
        failed=sum(count for status, count in statuses.items() if not (is_screened(status) or is_unfinished(status))),
        retried=sum(1 for _, _, attempts, _ in rows if attempts > 1),
        pages=sum(pages for _, _, _, pages in rows),
        workers=[WorkerLoad(worker=name or "?", running=count) for name, count in sorted(running_on.items())],
    )
