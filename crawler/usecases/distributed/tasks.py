"""What a worker does with one message: screen one municipality of a run (an attempt), or run an API job."""

from __future__ import annotations

import logging
import multiprocessing
import threading
from dataclasses import dataclass
from typing import Any

from dramatiq.brokers.redis import RedisBroker
from sqlalchemy.orm import Session, sessionmaker

from catalog.broker import screening_message, send
from catalog.database.engine import transaction
from catalog.database.models import Run
from catalog.database.retry import with_database
from catalog.maturity.scoring import score_site
from catalog.screenings.attempts import (
    Claim,
    claim_screening,
    close_run_if_done,
    fail_attempt,
    hand_back,
    owns_attempt,
    renew_leases,
)
from catalog.screenings.store import CrawlOutcome, now, screening_evidence, store_outcome
from catalog.settings import Settings, render_mode
from catalog.vocabulary import ScreeningStatus
from crawler.components.crawl_state import SiteTarget
from crawler.components.scrapy_settings import CrawlOptions
from crawler.usecases.distributed.bridge import Attempt, ReactorBridge
from crawler.usecases.site_jobs import Recognition, outcome_of

log = logging.getLogger(__name__)
# Seconds before a failed attempt is tried again: 5, 20, 45 ... (a site may be down for a moment).
RETRY_DELAY = 5.0
# Where the API's job runner lives (the REST API v1 work); a worker runs each job in a child process.
JOB_RUNNER = "crawler.usecases.jobs"
# Lease renewals per heartbeat timeout: a few missed beats (a busy moment) do not lose the lease.
LEASE_RENEWALS = 4


@dataclass
class WorkerContext:
    """What every task of one worker process shares."""

    settings: Settings
    sessions: sessionmaker[Session]
    recognition: Recognition
    bridge: ReactorBridge
    broker: RedisBroker
    name: str

    def database(self, work: Any, what: str) -> Any:
        return with_database(work, self.settings.service_wait, what)


def screen_municipality(worker: WorkerContext, run_id: int, screening_id: int) -> None:
    """One attempt at one municipality; whatever goes wrong, the message comes back later rather than get lost."""
    if worker.bridge.stopping:  # taken off the queue during a shutdown: straight back for another worker
        _send_again(worker, run_id, screening_id)
        return
    try:
        claim = worker.database(lambda: _claim(worker, screening_id), "claiming a municipality")
        if claim.busy:  # delivered again while a live worker crawls it: look again once its lease could lapse
            _send_again(worker, run_id, screening_id, worker.settings.worker_heartbeat_timeout)
            return
        if claim.crawl:
            _attempt(worker, claim)
        worker.database(lambda: _close(worker, claim.run_id), "closing the run")
    except Exception:
        log.exception("screening %s of run %s: trying again later", screening_id, run_id)
        _send_again(worker, run_id, screening_id, RETRY_DELAY)


def _claim(worker: WorkerContext, screening_id: int) -> Claim:
    with transaction(worker.sessions) as session:
        settings = worker.settings
        return claim_screening(
            session, screening_id, worker.name, settings.task_attempts, settings.worker_heartbeat_timeout
        )


def _close(worker: WorkerContext, run_id: int) -> None:
    with transaction(worker.sessions) as session:
        if close_run_if_done(session, run_id):
            log.info("run %s finished", run_id)


def _attempt(worker: WorkerContext, claim: Claim) -> None:
    settings = worker.settings
    started = now()
    target = SiteTarget(claim.start_url, claim.name, claim.ars, claim.screening_id)
    try:
        attempt = worker.bridge.crawl(target, _run_options(worker, claim.run_id), settings.task_time_limit)
    except Exception as error:  # the crawl machinery itself broke, not the site
        _failed(worker, claim, f"crawl broke: {type(error).__name__}: {error}")
        return
    if worker.bridge.stopping:
        worker.database(lambda: _hand_back(worker, claim), "handing a municipality back")
        _send_again(worker, claim.run_id, claim.screening_id)
    elif not attempt.completed:
        _failed(worker, claim, f"time limit of {settings.task_time_limit:.0f} s reached")
    else:
        outcome = outcome_of(attempt.site.state)
        outcome.started_at, outcome.finished_at = started, now()
        worker.database(lambda: _store(worker, claim, attempt, outcome), "storing a municipality")


def _run_options(worker: WorkerContext, run_id: int) -> CrawlOptions:
    """The crawl options the run was started with (page budget, rendering), else the worker's."""
    with worker.sessions() as session:
        run = session.get_one(Run, run_id)
        options = dict(run.options or {})
    return CrawlOptions.from_settings(
        worker.settings, max_pages=options.get("max_pages"), render=render_mode(options.get("render"))
    )


def _store(worker: WorkerContext, claim: Claim, attempt: Attempt, outcome: CrawlOutcome) -> None:
    """Score and store in one transaction, unless a later attempt has taken the municipality over."""
    recognition = worker.recognition
    with transaction(worker.sessions) as session:
        if not owns_attempt(session, claim):
            log.warning("screening %s was taken over by a later attempt; dropping this one", claim.screening_id)
            return
        evidence = screening_evidence(session, claim.screening_id)
        try:
            findings = score_site(claim.start_url, evidence, recognition.matcher, recognition.platforms)
        except Exception as error:  # as in a one-process run: keep the crawl, mark the site partial
            log.exception("scoring %s failed", claim.start_url)
            findings = []
            outcome.status = ScreeningStatus.PARTIAL
            outcome.errors.insert(0, {"status": "scoring_error", "message": str(error)[:300]})
        store_outcome(session, claim.screening_id, outcome, findings)


def _hand_back(worker: WorkerContext, claim: Claim) -> None:
    with transaction(worker.sessions) as session:
        hand_back(session, claim)


def _failed(worker: WorkerContext, claim: Claim, reason: str) -> None:
    """Count the failed attempt; send the municipality round again unless that was the last attempt."""
    log.warning("screening %s, attempt %s failed: %s", claim.screening_id, claim.attempt, reason)

    def record() -> bool:
        with transaction(worker.sessions) as session:
            return fail_attempt(session, claim, reason, worker.settings.task_attempts)

    if worker.database(record, "recording a failed attempt"):
        _send_again(worker, claim.run_id, claim.screening_id, RETRY_DELAY * claim.attempt**2)


def _send_again(worker: WorkerContext, run_id: int, screening_id: int, delay: float = 0) -> None:
    send(worker.broker, screening_message(run_id, screening_id), delay=delay, wait=worker.settings.service_wait)


def run_api_job(worker: WorkerContext, job_id: int) -> None:
    """An API job runs in a child process of its own: it may start a crawl, which needs a reactor of its own."""
    child = multiprocessing.get_context("spawn").Process(target=_run_job_in_child, args=(job_id,), daemon=False)
    child.start()
    child.join()
    if child.exitcode:
        log.error("API job %s ended with exit code %s", job_id, child.exitcode)


def _run_job_in_child(job_id: int) -> None:
    import importlib

    from catalog.database.engine import make_engine, session_factory
    from catalog.settings import get_settings

    settings = get_settings()
    runner = importlib.import_module(JOB_RUNNER).run_job
    runner(job_id, settings, session_factory(make_engine(settings.effective_database_url)))


def keep_leases(worker: WorkerContext, stopped: threading.Event) -> None:
    """Renew the worker's leases on its running attempts a few times per lease, until stopped."""
    every = worker.settings.worker_heartbeat_timeout / LEASE_RENEWALS
    while not stopped.wait(every):
        try:
            with transaction(worker.sessions) as session:
                renew_leases(session, worker.name)
        except Exception as error:  # the database may be away for a moment; the next beat tries again
            log.warning("could not renew leases: %s", error)
