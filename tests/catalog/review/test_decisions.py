"""Decisions on SQLite and PostgreSQL: they last through a fresh run and a rescore, undo, scope, JSON marks."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.engine import transaction
from catalog.errors import ConflictError, InvalidInputError, NotFoundError
from catalog.reference.registry import find_municipality
from catalog.results.documents import ScreeningDocument
from catalog.results.screening import municipality_ref, screening_document, unstored_document
from catalog.review.decisions import DecisionRequest, decision_history, record_decision, undo_decision
from catalog.screenings.rescoring import apply_review, rescore_run
from catalog.screenings.store import CrawlOutcome, reset_screening
from catalog.settings import Settings
from catalog.vocabulary import DecisionKind
from tests.catalog.results.builders import (
    BOTHEL,
    BOTHEL_PORTAL,
    BOTHEL_SITE,
    bothel,
    bothel_outcome,
    store_run,
    unstored_findings,
)

HUNDESTEUER, MELDEBESCHEINIGUNG = "10160", "10559"


def decide(sessions: sessionmaker[Session], kind: DecisionKind, ozg_id: str, **fields: Any) -> int:
    request = DecisionRequest(
        BOTHEL, ozg_id, kind, reason=fields.pop("reason", "Seite geprüft"), author="A. Prüfer", **fields
    )
    with transaction(sessions) as session:
        return record_decision(session, request).id


def latest_document(sessions: sessionmaker[Session]) -> ScreeningDocument:
    with sessions() as session:
        return screening_document(session, store_run(sessions, [bothel()]).screening_ids[0])


def levels(document: ScreeningDocument) -> dict[str, int]:
    return {service.ozg_id: service.maturity for service in document.services}


def test_a_rejection_lasts_into_a_fresh_run_and_is_marked(loaded_sessions: sessionmaker[Session]) -> None:
    store_run(loaded_sessions, [bothel()])
    decision_id = decide(loaded_sessions, DecisionKind.REJECT, HUNDESTEUER, reason="Portal gehört zum Landkreis")
    document = latest_document(loaded_sessions)  # a new run, crawled again
    assert levels(document) == {MELDEBESCHEINIGUNG: 2}
    assert document.summary.services_found == 1 and document.summary.online_services == 0
    [removed] = document.removed_by_review
    assert (removed.ozg_id, removed.override.decision_id, removed.override.kind) == (HUNDESTEUER, decision_id, "reject")
    assert (removed.override.author, removed.override.reason) == ("A. Prüfer", "Portal gehört zum Landkreis")
    assert removed.override.automatic_maturity == 3


def test_a_set_level_lasts_through_a_rescore(loaded_sessions: sessionmaker[Session]) -> None:
    stored = store_run(loaded_sessions, [bothel()])
    decide(loaded_sessions, DecisionKind.SET_LEVEL, MELDEBESCHEINIGUNG, level=3, reason="Online-Antrag im Portal")
    with transaction(loaded_sessions) as session:
        lines = rescore_run(session, stored.run_id, Settings())
    assert lines == ["Bothel: 2 -> 2 services, 1 changed"]
    with loaded_sessions() as session:
        document = screening_document(session, stored.screening_ids[0])
    service = next(item for item in document.services if item.ozg_id == MELDEBESCHEINIGUNG)
    assert service.maturity == 3 and service.override is not None
    assert (service.override.automatic_maturity, service.override.kind) == (2, "set_level")
    assert document.summary.online_services == 2


def test_a_decision_applies_at_once_to_the_latest_screening_and_undo_restores_it(
    loaded_sessions: sessionmaker[Session],
) -> None:
    stored = store_run(loaded_sessions, [bothel()])
    decision_id = decide(loaded_sessions, DecisionKind.REJECT, HUNDESTEUER)
    with transaction(loaded_sessions) as session:
        message = apply_review(session, BOTHEL, Settings())
    assert message == f"applied to screening {stored.screening_ids[0]} (run {stored.run_id}): 10160 3 -> 0"
    with transaction(loaded_sessions) as session:
        undo_decision(session, decision_id, "B. Leitung")
        apply_review(session, BOTHEL, Settings())
    with loaded_sessions() as session:
        document = screening_document(session, stored.screening_ids[0])
        history = decision_history(session, BOTHEL)
    assert levels(document) == {HUNDESTEUER: 3, MELDEBESCHEINIGUNG: 2}
    assert document.removed_by_review == [] and all(service.override is None for service in document.services)
    assert [(row.id, row.undone_by) for row in history] == [(decision_id, "B. Leitung")]
    assert history[0].undone_at is not None


def test_undo_twice_or_of_an_unknown_decision_is_refused(loaded_sessions: sessionmaker[Session]) -> None:
    decision_id = decide(loaded_sessions, DecisionKind.CONFIRM, HUNDESTEUER)
    with transaction(loaded_sessions) as session:
        undo_decision(session, decision_id, "A. Prüfer")
    with loaded_sessions() as session, pytest.raises(ConflictError, match="already undone"):
        undo_decision(session, decision_id, "A. Prüfer")
    with loaded_sessions() as session, pytest.raises(NotFoundError, match="no decision with id 999"):
        undo_decision(session, 999, "A. Prüfer")


def test_undoing_the_latest_decision_brings_back_the_one_before(loaded_sessions: sessionmaker[Session]) -> None:
    store_run(loaded_sessions, [bothel()])
    decide(loaded_sessions, DecisionKind.SET_LEVEL, HUNDESTEUER, level=4)
    latest = decide(loaded_sessions, DecisionKind.SET_LEVEL, HUNDESTEUER, level=1)
    assert levels(latest_document(loaded_sessions))[HUNDESTEUER] == 1
    with transaction(loaded_sessions) as session:
        undo_decision(session, latest, "A. Prüfer")
    assert levels(latest_document(loaded_sessions))[HUNDESTEUER] == 4


def test_a_page_rejection_keeps_the_rest_and_names_the_page(loaded_sessions: sessionmaker[Session]) -> None:
    store_run(loaded_sessions, [bothel()])
    decide(loaded_sessions, DecisionKind.REJECT, HUNDESTEUER, evidence_url=BOTHEL_PORTAL)
    document = latest_document(loaded_sessions)
    service = next(item for item in document.services if item.ozg_id == HUNDESTEUER)
    assert service.maturity == 1 and [item.url for item in service.evidence] == [
        f"{BOTHEL_SITE}buergerservice/hundesteuer/"
    ]
    assert service.override is not None and service.override.evidence_url == BOTHEL_PORTAL


def test_the_json_marks_only_decided_services(loaded_sessions: sessionmaker[Session]) -> None:
    store_run(loaded_sessions, [bothel()])
    decide(loaded_sessions, DecisionKind.CONFIRM, HUNDESTEUER, reason="Hundeanmeldung online geprüft")
    data = latest_document(loaded_sessions).model_dump(mode="json")
    decided, untouched = data["services"]
    assert list(decided["override"]) == [
        "decision_id", "kind", "author", "reason", "date", "automatic_maturity", "automatic_confidence"
    ]  # fmt: skip
    assert decided["override"]["automatic_maturity"] == decided["maturity"] == 3
    assert decided["override"]["date"].endswith("+00:00") or "T" in decided["override"]["date"]
    assert "override" not in untouched and "removed_by_review" not in data


def test_stored_and_unstored_documents_carry_the_same_marks(loaded_sessions: sessionmaker[Session]) -> None:
    decide(loaded_sessions, DecisionKind.REJECT, MELDEBESCHEINIGUNG, reason="kein Formular der Gemeinde")
    decide(loaded_sessions, DecisionKind.REJECT, HUNDESTEUER, evidence_url=BOTHEL_PORTAL)
    stored = latest_document(loaded_sessions)
    with loaded_sessions() as session:
        site = municipality_ref(find_municipality(session, BOTHEL), BOTHEL_SITE, "Bothel")
        unstored = unstored_document(session, site, bothel_outcome(), unstored_findings(bothel()))
    assert unstored.services == stored.services and unstored.removed_by_review == stored.removed_by_review
    assert [service.ozg_id for service in stored.removed_by_review] == [MELDEBESCHEINIGUNG]


def test_a_site_without_ars_gets_no_decisions(loaded_sessions: sessionmaker[Session]) -> None:
    decide(loaded_sessions, DecisionKind.REJECT, HUNDESTEUER)
    site = bothel()
    site.ars = None
    with loaded_sessions() as session:
        document = screening_document(session, store_run(loaded_sessions, [site]).screening_ids[0])
    assert levels(document) == {HUNDESTEUER: 3, MELDEBESCHEINIGUNG: 2}


@pytest.mark.parametrize(
    ("request_fields", "error", "message"),
    [
        ({"ars": "039999999999"}, NotFoundError, "no municipality with ARS 039999999999"),
        ({"ozg_id": "99999"}, NotFoundError, "no OZG-Leistung with OZG-ID 99999"),
        ({"reason": "  "}, InvalidInputError, "needs a reason"),
        ({"kind": DecisionKind.SET_LEVEL, "level": 7}, InvalidInputError, "level must be one of 0, 1, 2, 3, 4"),
        ({"evidence_url": BOTHEL_PORTAL}, InvalidInputError, "--url narrows a rejection only"),
    ],
)
def test_invalid_decisions_are_refused_in_one_line(
    loaded_sessions: sessionmaker[Session], request_fields: dict[str, Any], error: type[Exception], message: str
) -> None:
    fields: dict[str, Any] = {"ars": BOTHEL, "ozg_id": HUNDESTEUER, "kind": DecisionKind.CONFIRM}
    fields.update(request_fields)
    request = DecisionRequest(reason=fields.pop("reason", "geprüft"), author="A. Prüfer", **fields)
    with loaded_sessions() as session, pytest.raises(error, match=message):
        record_decision(session, request)


def test_a_site_that_could_not_be_screened_gets_no_decided_services(loaded_sessions: sessionmaker[Session]) -> None:
    decide(loaded_sessions, DecisionKind.SET_LEVEL, HUNDESTEUER, level=3)
    site = bothel()
    site.evidence, site.outcome = [], CrawlOutcome(status="dns_error", errors=[{"status": "dns_error"}])
    with loaded_sessions() as session:
        document = screening_document(session, store_run(loaded_sessions, [site]).screening_ids[0])
    assert document.services == [] and document.removed_by_review == []


def test_a_screening_reset_for_resume_forgets_its_marks(loaded_sessions: sessionmaker[Session]) -> None:
    decide(loaded_sessions, DecisionKind.REJECT, HUNDESTEUER)
    screening_id = store_run(loaded_sessions, [bothel()]).screening_ids[0]
    with transaction(loaded_sessions) as session:
        reset_screening(session, screening_id)
    with loaded_sessions() as session:
        assert screening_document(session, screening_id).removed_by_review == []
