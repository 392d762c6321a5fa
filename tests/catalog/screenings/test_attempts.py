"""Attempts of a distributed run on SQLite and PostgreSQL: claims, leases, giving up, closing the run."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.engine import transaction
from catalog.database.models import Evidence, Screening
from catalog.screenings.attempts import (
    claim_screening,
    close_run_if_done,
    fail_attempt,
    hand_back,
    owns_attempt,
    renew_leases,
)
from catalog.screenings.store import add_screening, create_run, now

LEASE = 60.0


def _run_with_two(sessions: sessionmaker[Session]) -> tuple[int, int, int]:
    with transaction(sessions) as session:
        run = create_run(session, "statewide", selection={}, options={})
        first = add_screening(session, run, "https://www.a.de/")
        second = add_screening(session, run, "https://www.b.de/")
        return run.id, first.id, second.id


def _screening(sessions: sessionmaker[Session], screening_id: int) -> Screening:
    with sessions() as session:
        return session.get_one(Screening, screening_id)


def test_a_claim_starts_an_attempt_and_a_second_delivery_finds_it_busy(sessions: sessionmaker[Session]) -> None:
    _, first, _ = _run_with_two(sessions)
    with transaction(sessions) as session:
        claim = claim_screening(session, first, "host:1", 3, LEASE)
    assert claim.crawl and claim.attempt == 1 and claim.start_url == "https://www.a.de/"
    with transaction(sessions) as session:
        again = claim_screening(session, first, "host:2", 3, LEASE)
    assert again.busy and not again.crawl
    assert _screening(sessions, first).worker == "host:1"


def test_a_lost_attempt_is_taken_over_without_its_evidence(sessions: sessionmaker[Session]) -> None:
    _, first, _ = _run_with_two(sessions)
    with transaction(sessions) as session:
        lost = claim_screening(session, first, "host:1", 3, LEASE)
        session.execute(insert(Evidence), [{"screening_id": first, "kind": "page", "url": "https://www.a.de/"}])
        session.get_one(Screening, first).heartbeat_at = now() - timedelta(seconds=2 * LEASE)
    with transaction(sessions) as session:
        taken = claim_screening(session, first, "host:2", 3, LEASE)
        assert not owns_attempt(session, lost)
    assert taken.crawl and taken.attempt == 2
    with sessions() as session:
        assert session.scalars(select(Evidence).where(Evidence.screening_id == first)).all() == []


def test_leases_are_renewed_for_the_workers_running_attempts(sessions: sessionmaker[Session]) -> None:
    _, first, second = _run_with_two(sessions)
    with transaction(sessions) as session:
        claim_screening(session, first, "host:1", 3, LEASE)
        claim_screening(session, second, "host:2", 3, LEASE)
    with transaction(sessions) as session:
        assert renew_leases(session, "host:1") == 1


def test_failed_attempts_go_round_again_until_the_last_marks_the_site_failed(sessions: sessionmaker[Session]) -> None:
    _, first, _ = _run_with_two(sessions)
    for attempt in (1, 2):
        with transaction(sessions) as session:
            claim = claim_screening(session, first, "host:1", 2, LEASE)
            assert claim.attempt == attempt
            again = fail_attempt(session, claim, "time limit of 2 s reached", 2)
        assert again is (attempt == 1)
    screening = _screening(sessions, first)
    assert screening.status == "failed" and screening.attempts == 2
    assert screening.errors[0]["message"] == "gave up after 2 attempts; the last: time limit of 2 s reached"


def test_an_attempt_handed_back_at_shutdown_does_not_count(sessions: sessionmaker[Session]) -> None:
    _, first, _ = _run_with_two(sessions)
    with transaction(sessions) as session:
        hand_back(session, claim_screening(session, first, "host:1", 3, LEASE))
    screening = _screening(sessions, first)
    assert screening.status == "pending" and screening.attempts == 0


def test_the_run_closes_once_and_only_when_every_site_is_done(sessions: sessionmaker[Session]) -> None:
    run_id, first, second = _run_with_two(sessions)
    with transaction(sessions) as session:
        fail_attempt(session, claim_screening(session, first, "host:1", 1, LEASE), "broken", 1)
        assert not close_run_if_done(session, run_id)
    with transaction(sessions) as session:
        fail_attempt(session, claim_screening(session, second, "host:1", 1, LEASE), "broken", 1)
        assert close_run_if_done(session, run_id)
        assert not close_run_if_done(session, run_id)
    with transaction(sessions) as session:
        claim = claim_screening(session, first, "host:3", 1, LEASE)
    assert not claim.crawl and claim.attempt == 0, "a redelivered message finds the site finished"
