"""Synonym and exclusion suggestions from decisions: texts the screening showed, never the catalog's own."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.engine import transaction
from catalog.database.models import Synonym
from catalog.review.decisions import DecisionRequest, record_decision, undo_decision
from catalog.review.synonyms import suggest_synonyms
from catalog.vocabulary import DecisionKind
from tests.catalog.results.builders import BOTHEL, BOTHEL_PORTAL, bothel, store_run

HUNDESTEUER, MELDEBESCHEINIGUNG = "10160", "10559"


def decide(sessions: sessionmaker[Session], ozg_id: str, kind: DecisionKind, url: str | None = None) -> int:
    with transaction(sessions) as session:
        request = DecisionRequest(BOTHEL, ozg_id, kind, "geprüft", "A. Prüfer", evidence_url=url)
        return record_decision(session, request).id


def test_suggestions_from_confirmed_and_rejected_texts(loaded_sessions: sessionmaker[Session]) -> None:
    store_run(loaded_sessions, [bothel()])
    with loaded_sessions() as session:
        synonyms_before = session.scalar(select(func.count()).select_from(Synonym))
    confirmed = decide(loaded_sessions, HUNDESTEUER, DecisionKind.CONFIRM)
    rejected = decide(loaded_sessions, MELDEBESCHEINIGUNG, DecisionKind.REJECT)
    with loaded_sessions() as session:
        found = [(s.action, s.ozg_id, s.phrase, s.decision_ids) for s in suggest_synonyms(session)]
        synonyms_after = session.scalar(select(func.count()).select_from(Synonym))
    assert ("synonym", HUNDESTEUER, "Hund online anmelden", [confirmed]) in found
    assert ("exclusion", MELDEBESCHEINIGUNG, "Antrag auf Meldebescheinigung (PDF)", [rejected]) in found
    assert synonyms_after == synonyms_before  # the catalog is never changed


def test_a_page_rejection_suggests_only_that_page_and_undone_decisions_none(
    loaded_sessions: sessionmaker[Session],
) -> None:
    store_run(loaded_sessions, [bothel()])
    rejected = decide(loaded_sessions, HUNDESTEUER, DecisionKind.REJECT, BOTHEL_PORTAL)
    with loaded_sessions() as session:
        assert [(s.action, s.phrase) for s in suggest_synonyms(session)] == [("exclusion", "Hund online anmelden")]
    with transaction(loaded_sessions) as session:
        undo_decision(session, rejected, "A. Prüfer")
    with loaded_sessions() as session:
        assert suggest_synonyms(session) == []
