"""Write routes: a key is required (403 while none exists, 401 without a valid one); a check or run becomes a job."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.testclient import TestClient

from api.app import create_app
from catalog.access.api_keys import create_key, revoke_key
from catalog.database.engine import transaction
from catalog.settings import Settings
from tests.api.conftest import Api
from tests.catalog.results.builders import BOTHEL, BOTHEL_SITE

CHECKS = "/api/v1/checks"


def _key(api: Api, name: str = "statistik") -> str:
    with transaction(api.sessions) as session:
        return create_key(session, name)


def test_without_any_key_writes_are_403_saying_how_to_create_one(api: Api) -> None:
    response = api.client.post(CHECKS, json={"ars": BOTHEL})
    assert response.status_code == 403
    assert "ozg-screen apikey create" in response.json()["detail"]


def test_a_missing_wrong_or_revoked_key_is_401(api: Api) -> None:
    secret = _key(api)
    assert api.client.post(CHECKS, json={"ars": BOTHEL}).status_code == 401
    assert api.client.post(CHECKS, json={"ars": BOTHEL}, headers={"X-API-Key": "ozg_falsch"}).status_code == 401
    with transaction(api.sessions) as session:
        revoke_key(session, "statistik")
    _key(api, "other")
    response = api.client.post(CHECKS, json={"ars": BOTHEL}, headers={"X-API-Key": secret})
    assert response.status_code == 401 and response.json() == {"detail": "the X-API-Key is unknown or revoked"}


def test_a_check_by_ars_is_a_queued_job_to_poll(api: Api) -> None:
    headers = {"X-API-Key": _key(api)}
    response = api.client.post(CHECKS, json={"ars": BOTHEL, "max_pages": 20}, headers=headers)
    assert response.status_code == 202
    job = response.json()
    assert job["status"] == "queued" and job["kind"] == "check" and job["run_id"] is None
    assert job["request"] == {"ars": BOTHEL, "max_pages": 20}
    assert response.headers["location"].endswith(f"/api/v1/jobs/{job['id']}")
    assert api.client.get(f"/api/v1/jobs/{job['id']}").json() == job
    assert api.client.get("/api/v1/jobs/999999").status_code == 404


def test_a_run_selection_is_a_job(api: Api) -> None:
    headers = {"X-API-Key": _key(api)}
    response = api.client.post("/api/v1/runs", json={"kreis": "Rotenburg", "types": ["samtgemeinde"]}, headers=headers)
    assert response.status_code == 202 and response.json()["request"] == {
        "kreis": "Rotenburg",
        "types": ["samtgemeinde"],
    }
    empty = api.client.post("/api/v1/runs", json={"kreis": "Emsland"}, headers=headers)
    assert empty.status_code == 422 and "no municipality with a known website" in empty.json()["detail"]


@pytest.mark.parametrize(
    ("body", "status", "detail"),
    [
        ({}, 422, "either ars or url"),
        ({"ars": BOTHEL, "url": BOTHEL_SITE}, 422, "either ars or url"),
        ({"ars": "039999999999"}, 404, "no municipality"),
        ({"ars": "03357009"}, 409, "no website known for Brockel"),
        ({"url": "http://127.0.0.1:8000/admin"}, 422, "port 8000"),
        ({"url": "http://169.254.169.254/"}, 422, "link-local"),
        ({"url": "ftp://www.bothel.de/"}, 422, "scheme 'ftp'"),
    ],
)
def test_a_check_that_cannot_be_started(api: Api, body: dict[str, str], status: int, detail: str) -> None:
    response = api.client.post(CHECKS, json=body, headers={"X-API-Key": _key(api)})
    assert response.status_code == status and detail in response.json()["detail"]


def test_reads_can_require_a_key(api: Api, loaded_database_url: str, tmp_path: Path) -> None:
    secret = _key(api)
    settings = Settings(database_url=loaded_database_url, var_dir=tmp_path, api_keys_on_reads=True)
    with TestClient(create_app(settings)) as client:
        assert client.get("/api/v1/runs").status_code == 401
        assert client.get("/api/v1/runs", headers={"X-API-Key": secret}).status_code == 200
    assert api.client.get("/api/v1/runs").status_code == 200  # open by default


def test_docs_work_offline(api: Api) -> None:
    page = api.client.get("/docs").text
    assert "/docs-assets/swagger-ui-bundle.js" in page and "cdn" not in page.lower()
    script = api.client.get("/docs-assets/swagger-ui-bundle.js")
    assert script.status_code == 200 and len(script.content) > 100_000
    assert api.client.get("/docs-assets/swagger-ui.css").status_code == 200


def test_etags_leave_errors_and_other_content_alone(api: Api) -> None:
    """Only successful JSON is tagged (and buffered): errors and streamed downloads pass through as they are."""
    ok = api.client.get("/api/v1/catalog")
    assert ok.headers["etag"] and ok.headers["cache-control"] == "no-cache"
    assert "etag" not in api.client.get("/api/v1/runs/999999").headers
    assert "etag" not in api.client.get("/docs").headers
