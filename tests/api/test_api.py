"""The REST API against a real database holding a screening judged from stored evidence."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from api.app import create_app
from catalog.database.engine import make_engine, session_factory, transaction
from catalog.evidence import Evidence
from catalog.matching.matcher import Matcher
from catalog.maturity.scoring import score_site
from catalog.reference.platforms import PlatformRegistry
from catalog.reference.registry import find_municipality, set_website
from catalog.screenings.store import (
    CrawlOutcome,
    add_screening,
    create_run,
    finish_run,
    screening_evidence,
    store_outcome,
)
from catalog.settings import Settings
from crawler.components.evidence_sink import EvidenceSink
from tests.support.evidence import link, page
from tests.support.paths import PROJECT_ROOT

SITE = "https://www.samtgemeinde-bothel.de/"
PORTAL = "https://bothel.rathausdirekt.de/hundeanmeldung/"


def _evidence() -> list[Evidence]:
    home = page(SITE, "Samtgemeinde Bothel", "Willkommen", depth=0)
    hundesteuer = page(
        f"{SITE}buergerservice/hundesteuer/",
        "Hundesteuer – Samtgemeinde Bothel",
        "Hundesteuer",
        depth=2,
        breadcrumb="Bürgerservice",
    )
    a_z = page(f"{SITE}buergerservice/a-z/", "Bürgerservice A-Z – Samtgemeinde Bothel", "Bürgerservice A-Z")
    return [
        home,
        hundesteuer,
        link(hundesteuer, PORTAL, "Hund online anmelden", "Hundesteuer"),
        link(
            a_z,
            f"{SITE}medien/antrag_meldebescheinigung.pdf",
            "Antrag auf Meldebescheinigung (PDF)",
            "Formulare",
            doc_type="pdf",
        ),
    ]


@lru_cache(maxsize=1)
def _matcher() -> Matcher:
    return Matcher.from_files(PROJECT_ROOT / "data" / "catalog")


@pytest.fixture
def client(loaded_database_url: str, tmp_path: Path) -> Iterator[TestClient]:
    sessions = session_factory(make_engine(loaded_database_url))
    with transaction(sessions) as session:
        set_website(session, find_municipality(session, "033575401000"), SITE)
        run = create_run(session, "check", selection={}, options={})
        screening = add_screening(session, run, SITE, name="Bothel", municipality_ars="033575401000")
        run_id, screening_id = run.id, screening.id
    sink = EvidenceSink(sessions, screening_id)
    for item in _evidence():
        sink.add(item)
    sink.flush()
    platforms = PlatformRegistry.from_file(PROJECT_ROOT / "data" / "platforms.toml")
    with transaction(sessions) as session:
        findings = score_site(SITE, screening_evidence(session, screening_id), _matcher(), platforms)
        store_outcome(session, screening_id, CrawlOutcome(status="ok", pages_crawled=2), findings)
        finish_run(session, run_id)
    settings = Settings(database_url=loaded_database_url, var_dir=tmp_path)
    with TestClient(create_app(settings)) as test_client:
        test_client.run_id, test_client.screening_id = run_id, screening_id  # type: ignore[attr-defined]
        yield test_client


def test_screening_document_matches_check_json(client: TestClient) -> None:
    document = client.get(f"/screenings/{client.screening_id}").json()  # type: ignore[attr-defined]
    assert set(document) == {"municipality", "run", "services", "summary"}
    services = {service["ozg_id"]: service for service in document["services"]}
    assert services["10160"]["maturity"] == 3
    assert services["10160"]["evidence"][0]["url"] == PORTAL
    assert services["10559"]["maturity"] == 2
    assert document["municipality"]["ars"] == "033575401000"


def test_runs_list_and_detail_with_coverage(client: TestClient) -> None:
    runs = client.get("/runs").json()
    assert runs[0]["id"] == client.run_id and runs[0]["status"] == "ok"  # type: ignore[attr-defined]
    detail = client.get(f"/runs/{client.run_id}").json()  # type: ignore[attr-defined]
    coverage = detail["screenings"][0]["coverage"]
    assert coverage["expected"] > 20 and coverage["online"] >= 1


def test_municipality_shows_its_latest_screening(client: TestClient) -> None:
    body = client.get("/municipalities/033575401000").json()
    assert body["website"] == SITE and body["latest_screening"]["summary"]["services_found"] >= 2
    listed = client.get("/municipalities", params={"type": "samtgemeinde", "kreis": "Rotenburg"}).json()
    assert len(listed) == 8


def test_catalog_search_and_figures(client: TestClient) -> None:
    assert client.get("/catalog").json()["services"] == 557
    hits = client.get("/catalog/search", params={"q": "Hund anmelden"}).json()
    assert hits[0]["ozg_id"] == "10160"


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/screenings/999999", 404),
        ("/municipalities/12345", 404),
        ("/runs/999999", 404),
        ("/municipalities/abc", 404),
        ("/catalog/search?q=x", 422),
    ],
)
def test_bad_requests_get_clear_errors(client: TestClient, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response.json()["detail"]
