"""Running the jobs started through the API: claim the row, do the check or the run, record how it ended."""

from __future__ import annotations

import logging
import multiprocessing
import os
import socket
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from catalog.access.jobs import attach_run, claim_job, finish_job, get_job, next_queued
from catalog.access.targets import checked_target
from catalog.database.engine import make_engine, session_factory, transaction
from catalog.errors import UserError
from catalog.settings import Settings
from catalog.vocabulary import JobKind

log = logging.getLogger(__name__)


def run_job(job_id: int, settings: Settings, sessions: sessionmaker[Session]) -> bool:
    """Do one job if this process can claim it; False when another worker had it already (it never runs twice)."""
    with transaction(sessions) as session:
        if not claim_job(session, job_id, _worker_name()):
            log.info("job %s is taken or done already", job_id)
            return False
        kind, request = get_job(session, job_id).kind, dict(get_job(session, job_id).request)
    try:
        run_id = _do(kind, request, job_id, settings, sessions)
    except Exception as error:  # a job's failure is its status, never the worker's end
        message = str(error) if isinstance(error, UserError) else f"{type(error).__name__}: {error}"
        log.warning("job %s failed: %s", job_id, message)
        with transaction(sessions) as session:
            finish_job(session, job_id, error=message.strip().splitlines()[0] if message.strip() else "failed")
        return True
    with transaction(sessions) as session:
        finish_job(session, job_id, run_id=run_id)
    return True


def _do(kind: str, request: dict[str, Any], job_id: int, settings: Settings, sessions: sessionmaker[Session]) -> int:
    # A crawl asked for from outside may be led anywhere by redirects, links and scripts: public hosts only.
    if not settings.api_allow_private_targets:
        settings = settings.model_copy(update={"public_targets_only": True})
    if kind == JobKind.CHECK:
        return _check(request, settings, sessions)
    if kind == JobKind.RUN:
        return _run(request, job_id, settings, sessions)
    raise UserError(f"unknown job kind {kind!r}")


def _check(request: dict[str, Any], settings: Settings, sessions: sessionmaker[Session]) -> int:
    from crawler.usecases.check import CheckRequest, run_check

    if "url" in request:  # the host may resolve elsewhere by now than when the API checked it
        checked_target(request["url"], allow_private=settings.api_allow_private_targets)
    target = request.get("url") or request["ars"]
    document, _screened = run_check(
        CheckRequest(target=target, max_pages=request.get("max_pages")), settings, sessions, log.info
    )
    if document.run.id is None:
        raise UserError("the check stored no run")
    return document.run.id


def _run(request: dict[str, Any], job_id: int, settings: Settings, sessions: sessionmaker[Session]) -> int:
    from crawler.components.scrapy_settings import CrawlOptions
    from crawler.usecases.run_lock import run_lock
    from crawler.usecases.statewide import RunRequest, execute_run, prepare_run

    run_request = RunRequest(
        state=request.get("state", ""),
        types=list(request.get("types", [])),
        kreis=request.get("kreis", ""),
        ars=list(request.get("ars", [])),
        limit=request.get("limit"),
        max_pages=request.get("max_pages"),
    )
    if settings.broker_url:  # the run's municipalities go to every worker, not only this one
        from crawler.usecases.distributed.enqueue import enqueue_run

        run_id, _count = enqueue_run(settings, sessions, run_request)
        return run_id
    with run_lock(settings.var_dir):
        run_id = prepare_run(
            sessions, run_request, CrawlOptions.from_settings(settings, max_pages=run_request.max_pages)
        )
        with transaction(sessions) as session:
            attach_run(session, job_id, run_id)
        execute_run(run_id, run_request, settings, sessions, log.info)
    return run_id


def serve_jobs(
    settings: Settings,
    sessions: sessionmaker[Session],
    progress: Callable[[str], None],
    *,
    once: bool = False,
) -> int:
    """Poll the jobs table and run each queued job in a child process (a crawl needs a reactor of its own).
    Returns how many jobs this worker ran; with `once`, stops when no job is waiting."""
    if settings.broker_url:
        raise UserError("OZG_BROKER_URL is set: API jobs go to `ozg-screen worker` processes through the broker")
    done = 0
    progress(f"Job-Worker {_worker_name()} bereit: fragt alle {settings.api_job_poll_seconds:g} s nach Aufträgen")
    while True:
        with sessions() as session:
            job_id = next_queued(session)
        if job_id is None:
            if once:
                return done
            time.sleep(settings.api_job_poll_seconds)
            continue
        progress(f"Auftrag {job_id} beginnt")
        _run_in_child(job_id, settings)
        done += 1


def _run_in_child(job_id: int, settings: Settings) -> None:
    child = multiprocessing.get_context("spawn").Process(target=_child, args=(job_id, settings), daemon=False)
    child.start()
    child.join()
    if child.exitcode:
        log.error("job %s: its process ended with exit code %s", job_id, child.exitcode)
        with transaction(session_factory(make_engine(settings.effective_database_url))) as session:
            if get_job(session, job_id).finished_at is None:
                finish_job(session, job_id, error=f"the job's process ended with exit code {child.exitcode}")


def _child(job_id: int, settings: Settings) -> None:
    engine = make_engine(settings.effective_database_url)
    try:
        run_job(job_id, settings, session_factory(engine))
    finally:
        engine.dispose()


def _worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"
