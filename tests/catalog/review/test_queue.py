"""The review queue on SQLite and PostgreSQL: reasons, the previous run, decisions settling entries, impact order."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.engine import transaction
from catalog.errors import InvalidInputError, NotFoundError
from catalog.review.decisions import DecisionRequest, record_decision
from catalog.review.queue import QueueFilter, review_queue
from catalog.screenings.rescoring import apply_review
from catalog.screenings.store import CrawlOutcome
from catalog.settings import Settings
from catalog.vocabulary import DecisionKind, QueueReason
from tests.catalog.results.builders import BOTHEL, BOTHEL_PORTAL, Site, bothel, bothel_evidence, store_run

HUNDESTEUER, MELDEBESCHEINIGUNG = "10160", "10559"


def decide(sessions: sessionmaker[Session], kind: DecisionKind, ozg_id: str, level: int | None = None) -> None:
    with transaction(sessions) as session:
        record_decision(session, DecisionRequest(BOTHEL, ozg_id, kind, "geprüft", "A. Prüfer", level=level))
        apply_review(session, BOTHEL, Settings())


def test_reasons_and_the_online_first_order(loaded_sessions: sessionmaker[Session]) -> None:
    store_run(loaded_sessions, [bothel()])
    with loaded_sessions() as session:
        entries = review_queue(session, QueueFilter(below=0.87))
    assert [(e.ozg_id, e.service, e.reasons) for e in entries] == [
        (HUNDESTEUER, "Hundehaltung", [QueueReason.SINGLE_EVIDENCE]),
        (MELDEBESCHEINIGUNG, "Meldebescheinigung und -registerauskunft",
         [QueueReason.LOW_CONFIDENCE, QueueReason.SINGLE_EVIDENCE]),
    ]  # fmt: skip
    assert entries[0].evidence[0].url == BOTHEL_PORTAL and entries[0].evidence[0].level == 3


def test_a_vanished_service_is_queued_against_the_previous_run(loaded_sessions: sessionmaker[Session]) -> None:
    store_run(loaded_sessions, [bothel()])
    evidence = [item for item in bothel_evidence() if "hundesteuer" not in item.url and item.url != BOTHEL_PORTAL]
    later = store_run(loaded_sessions, [Site(bothel().url, "Bothel", BOTHEL, evidence, CrawlOutcome(status="ok"))])
    with loaded_sessions() as session:
        entries = review_queue(session, QueueFilter(reasons=[QueueReason.CHANGED]))
    [vanished] = entries
    assert (vanished.ozg_id, vanished.maturity, vanished.previous_maturity) == (HUNDESTEUER, 0, 3)
    assert vanished.run_id == later.run_id and vanished.evidence == []


def test_settled_services_leave_the_queue_and_a_confirmation_holds_only_at_its_level(
    loaded_sessions: sessionmaker[Session],
) -> None:
    store_run(loaded_sessions, [bothel()])
    decide(loaded_sessions, DecisionKind.CONFIRM, HUNDESTEUER)
    decide(loaded_sessions, DecisionKind.SET_LEVEL, MELDEBESCHEINIGUNG, level=2)
    with loaded_sessions() as session:
        assert review_queue(session, QueueFilter()) == []
    # a week later the online link is gone: the confirmed level 3 no longer holds
    evidence = [item for item in bothel_evidence() if item.url != BOTHEL_PORTAL]
    store_run(loaded_sessions, [Site(bothel().url, "Bothel", BOTHEL, evidence, CrawlOutcome(status="ok"))])
    with loaded_sessions() as session:
        entries = review_queue(session, QueueFilter())
    assert [(e.ozg_id, e.maturity, e.previous_maturity) for e in entries] == [(HUNDESTEUER, 1, 3)]


def test_filters_and_bad_input(loaded_sessions: sessionmaker[Session]) -> None:
    stored = store_run(loaded_sessions, [bothel()])
    with loaded_sessions() as session:
        assert review_queue(session, QueueFilter(run_id=stored.run_id, ars=["033570000000"])) == []
        with pytest.raises(InvalidInputError, match="--below must be between 0 and 1"):
            review_queue(session, QueueFilter(below=1.5))
        with pytest.raises(NotFoundError, match="no run with id 99"):
            review_queue(session, QueueFilter(run_id=99))
