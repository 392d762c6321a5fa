"""Review through the API: the queue, decisions that show as `override` in the municipality's document, undo,
history; writes need a key, and a bad decision is refused with a one-line message."""

from __future__ import annotations

from typing import Any

import pytest

from catalog.access.api_keys import create_key
from catalog.database.engine import transaction
from catalog.review.queue import QueueFilter, review_queue
from catalog.vocabulary import QueueReason
from tests.api.conftest import Api
from tests.catalog.results.builders import BOTHEL

REVIEW = "/api/v1/review"
HUNDESTEUER, MELDEBESCHEINIGUNG = "10160", "10559"


def key_of(api: Api, name: str = "redaktion") -> dict[str, str]:
    with transaction(api.sessions) as session:
        return {"X-API-Key": create_key(session, name)}


def service(api: Api, ozg_id: str) -> dict[str, Any] | None:
    """The service in `latest_screening` of Bothel's document, as a client reads it."""
    document = api.client.get(f"/api/v1/municipalities/{BOTHEL}").json()["latest_screening"]
    return next((item for item in document["services"] if item["ozg_id"] == ozg_id), None)


def decide(api: Api, headers: dict[str, str], **body: object) -> dict[str, Any]:
    response = api.client.post(f"{REVIEW}/decisions", json={"ars": BOTHEL, **body}, headers=headers)
    assert response.status_code == 201, response.text
    answer: dict[str, Any] = response.json()
    return answer


def test_the_queue_is_the_read_layers_queue_paged_and_filtered(api: Api) -> None:
    with api.sessions() as session:
        expected = [entry.model_dump(mode="json") for entry in review_queue(session, QueueFilter())]
        single = review_queue(session, QueueFilter(reasons=[QueueReason.SINGLE_EVIDENCE]))
    page = api.client.get(REVIEW).json()
    assert page["items"] == expected and page["total"] == len(expected) >= 2
    second = api.client.get(REVIEW, params={"limit": 1, "offset": 1}).json()
    assert second["items"] == expected[1:2] and second["total"] == len(expected)
    filtered = api.client.get(REVIEW, params={"why": "single_evidence", "ars": BOTHEL}).json()
    assert [item["ozg_id"] for item in filtered["items"]] == [entry.ozg_id for entry in single]
    assert api.client.get(REVIEW, params={"run": 999999}).status_code == 404
    assert api.client.get(REVIEW, params={"below": 2}).json()["detail"][0]["loc"] == ["query", "below"]


def test_a_decision_shows_as_override_until_it_is_undone(api: Api) -> None:
    headers = key_of(api)
    before = service(api, HUNDESTEUER)
    assert before is not None and before["maturity"] == 3 and "override" not in before
    answer = decide(api, headers, ozg_id=HUNDESTEUER, kind="set_level", level=1, reason="Nur ein PDF-Formular")
    assert answer["decision"]["author"] == "redaktion"  # the key's name when no author is given
    assert answer["applied"].endswith(f"{HUNDESTEUER} 3 -> 1")
    after = service(api, HUNDESTEUER)
    assert after is not None and after["maturity"] == 1
    assert after["override"]["decision_id"] == answer["decision"]["id"]
    assert (after["override"]["author"], after["override"]["reason"]) == ("redaktion", "Nur ein PDF-Formular")
    assert after["override"]["automatic_maturity"] == 3
    undone = api.client.post(f"{REVIEW}/decisions/{answer['decision']['id']}/undo", headers=headers)
    assert undone.status_code == 200 and undone.json()["decision"]["undone_by"] == "redaktion"
    assert service(api, HUNDESTEUER) == before
    again = api.client.post(f"{REVIEW}/decisions/{answer['decision']['id']}/undo", headers=headers)
    assert again.status_code == 409 and "already undone" in again.json()["detail"]


def test_a_rejection_removes_the_service_and_names_its_author(api: Api) -> None:
    headers = key_of(api)
    decide(api, headers, ozg_id=MELDEBESCHEINIGUNG, kind="reject", reason="Kein Antrag", author="A. Prüferin")
    assert service(api, MELDEBESCHEINIGUNG) is None
    history = api.client.get(f"{REVIEW}/decisions", params={"ars": BOTHEL}).json()
    assert [(item["kind"], item["author"]) for item in history["items"]] == [("reject", "A. Prüferin")]
    assert api.client.get(f"{REVIEW}/decisions", params={"ars": "033570000000"}).json()["total"] == 0


def test_history_is_newest_first_with_undone_decisions(api: Api) -> None:
    headers = key_of(api)
    first = decide(api, headers, ozg_id=HUNDESTEUER, kind="confirm", reason="Stimmt")["decision"]
    api.client.post(f"{REVIEW}/decisions/{first['id']}/undo", json={"author": "B. Zweite"}, headers=headers)
    second = decide(api, headers, ozg_id=MELDEBESCHEINIGUNG, kind="set_level", level=2, reason="Formular")["decision"]
    items = api.client.get(f"{REVIEW}/decisions").json()["items"]
    assert [item["id"] for item in items] == [second["id"], first["id"]]
    assert items[1]["undone_by"] == "B. Zweite" and items[1]["level"] == 3  # confirm keeps the level confirmed


def test_writes_without_a_valid_key_are_refused(api: Api) -> None:
    body = {"ars": BOTHEL, "ozg_id": HUNDESTEUER, "kind": "confirm", "reason": "Stimmt"}
    assert api.client.post(f"{REVIEW}/decisions", json=body).status_code == 403  # no key exists yet
    key_of(api)
    assert api.client.post(f"{REVIEW}/decisions", json=body).status_code == 401
    wrong = {"X-API-Key": "ozg_falsch"}
    assert api.client.post(f"{REVIEW}/decisions", json=body, headers=wrong).status_code == 401
    assert api.client.post(f"{REVIEW}/decisions/1/undo", headers=wrong).status_code == 401
    assert api.client.get(f"{REVIEW}/decisions").json()["total"] == 0


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        ({"ozg_id": "99999", "kind": "confirm", "reason": "x"}, 404, "no OZG-Leistung with OZG-ID 99999"),
        ({"ozg_id": HUNDESTEUER, "kind": "set_level", "reason": "x"}, 422, "level must be one of 0, 1, 2, 3, 4"),
        ({"ozg_id": HUNDESTEUER, "kind": "confirm", "reason": "   "}, 422, "a decision needs a reason"),
        ({"ozg_id": HUNDESTEUER, "kind": "confirm", "reason": "x", "evidence_url": "https://a.de/"}, 422,
         "--url narrows a rejection only"),
    ],
)  # fmt: skip
def test_a_bad_decision_is_refused_in_one_line(api: Api, body: dict[str, object], status: int, message: str) -> None:
    response = api.client.post(f"{REVIEW}/decisions", json={"ars": BOTHEL, **body}, headers=key_of(api))
    assert response.status_code == status and response.json()["detail"].startswith(message)


def test_a_level_on_anything_but_set_level_is_fastapis_422(api: Api) -> None:
    body = {"ars": BOTHEL, "ozg_id": HUNDESTEUER, "kind": "confirm", "level": 2, "reason": "x"}
    response = api.client.post(f"{REVIEW}/decisions", json=body, headers=key_of(api))
    assert response.status_code == 422 and "only a set_level decision takes a level" in response.text
    assert api.client.post(f"{REVIEW}/decisions/999999/undo", headers=key_of(api, "b")).status_code == 404
