"""Job rows: a queued job is claimed by exactly one worker, also when many try at once (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading

from sqlalchemy.orm import Session, sessionmaker

from catalog.access.jobs import claim_job, create_job, finish_job, get_job, next_queued
from catalog.database.engine import transaction
from catalog.vocabulary import JobKind, JobStatus

WORKERS = 6


def test_many_workers_claim_one_job_once(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        job_id = create_job(session, JobKind.CHECK, {"url": "https://www.bothel.de/"}, "statistik").id
    winners: list[str] = []
    start = threading.Barrier(WORKERS)

    def worker(name: str) -> None:
        start.wait()
        with transaction(sessions) as session:
            if claim_job(session, job_id, name):
                winners.append(name)

    threads = [threading.Thread(target=worker, args=(f"w{number}",)) for number in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(winners) == 1
    with sessions() as session:
        job = get_job(session, job_id)
        assert job.status == JobStatus.RUNNING and job.worker == winners[0] and job.started_at is not None


def test_queue_order_and_ends(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        first = create_job(session, JobKind.RUN, {"kreis": "Rotenburg"}, "a").id
        second = create_job(session, JobKind.CHECK, {"ars": "033575401000"}, "a").id
    with transaction(sessions) as session:
        assert next_queued(session) == first
        assert claim_job(session, first, "w")
        assert next_queued(session) == second
        finish_job(session, first, error="the site said no\nsecond line")
        assert not claim_job(session, first, "late worker")
    with sessions() as session:
        failed = get_job(session, first)
        assert failed.status == JobStatus.FAILED and failed.error.startswith("the site said no")
