"""`ozg-screen run --distributed`: create the run, put one message per municipality on the broker, follow it."""

from __future__ import annotations

import time
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from catalog.broker import make_broker, screening_message, send
from catalog.database.engine import transaction
from catalog.database.models import Run, Screening
from catalog.results.progress import RunProgress, run_progress
from catalog.settings import Settings
from catalog.vocabulary import UNFINISHED, RunStatus
from crawler.components.scrapy_settings import CrawlOptions
from crawler.usecases.statewide import RunRequest, prepare_run

FOLLOW_SECONDS = 2.0


def enqueue_run(settings: Settings, sessions: sessionmaker[Session], request: RunRequest) -> tuple[int, int]:
    """(run id, municipalities enqueued): a new run, or the unfinished part of one with --resume."""
    options = CrawlOptions.from_settings(settings, max_pages=request.max_pages, render=request.render)
    broker = make_broker(settings)
    try:
        run_id = prepare_run(sessions, request, options)
        with transaction(sessions) as session:
            run = session.get_one(Run, run_id)
            run.options = {**(run.options or {}), "distributed": True}
            waiting = _unfinished(session, run_id)
        for screening_id in waiting:
            send(broker, screening_message(run_id, screening_id), wait=settings.service_wait)
    finally:
        broker.close()
    return run_id, len(waiting)


def _unfinished(session: Session, run_id: int) -> list[int]:
    query = select(Screening.id).where(Screening.run_id == run_id, Screening.status.in_(sorted(UNFINISHED)))
    return list(session.scalars(query.order_by(Screening.id)))


def follow_run(
    sessions: sessionmaker[Session], run_id: int, progress: Callable[[str], None], every: float = FOLLOW_SECONDS
) -> RunProgress:
    """Print the run's progress across workers until it is no longer running; returns the last reading."""
    started = time.monotonic()
    while True:
        with sessions() as session:
            reading = run_progress(session, run_id)
        progress(progress_line(reading, time.monotonic() - started))
        if reading.status != RunStatus.RUNNING:
            return reading
        time.sleep(every)


def progress_line(reading: RunProgress, elapsed: float) -> str:
    workers = ", ".join(f"{load.worker} {load.running}" for load in reading.workers) or "keiner aktiv"
    return (
        f"{reading.done}/{reading.total} fertig, {reading.running} laufen, {reading.pending} warten, "
        f"{reading.failed} fehlgeschlagen, {reading.retried} wiederholt, {reading.pages} Seiten, "
        f"{elapsed / 60:.1f} min; Worker: {workers}"
    )
