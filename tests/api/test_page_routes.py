"""The HTML routes without a browser: an empty database, bad filters, an unknown municipality, a past run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from api.app import create_app
from catalog.database.engine import make_engine, session_factory
from catalog.settings import Settings
from tests.support.report_state import BOTHEL, build_state


def _client(database_url: str, tmp_path: Path) -> TestClient:
    return TestClient(create_app(Settings(database_url=database_url, var_dir=tmp_path)))


@pytest.fixture
def state_client(loaded_sqlite_url: str, tmp_path: Path) -> Iterator[TestClient]:
    engine = make_engine(loaded_sqlite_url)
    build_state(session_factory(engine))
    engine.dispose()
    with _client(loaded_sqlite_url, tmp_path) as client:
        yield client


def test_dashboard_of_an_empty_database_says_so(loaded_sqlite_url: str, tmp_path: Path) -> None:
    with _client(loaded_sqlite_url, tmp_path) as client:
        page = client.get("/dashboard")
    assert page.status_code == 200 and "Noch kein Lauf" in page.text
    assert page.text.count('class="mark"') == 0


@pytest.mark.parametrize(
    ("path", "status", "text"),
    [
        ("/dashboard?type=dorf", 422, "unknown type"),
        ("/dashboard?kreis=Rotenburg", 422, "5-digit"),
        ("/report/033575406000", 404, "no finished screening"),
        ("/report/abc", 422, "not an ARS"),
    ],
)
def test_bad_requests_get_a_page_with_one_line(state_client: TestClient, path: str, status: int, text: str) -> None:
    page = state_client.get(path)
    assert page.status_code == status
    assert text in page.text and 'href="/dashboard"' in page.text


def test_report_card_of_a_past_run(state_client: TestClient) -> None:
    page = state_client.get(f"/report/{BOTHEL}?run=1")
    assert page.status_code == 200
    assert "Kein früheres Screening" in page.text and "Lauf 1" in page.text


def test_filters_are_kept_in_the_form(state_client: TestClient) -> None:
    page = state_client.get("/dashboard?kreis=03357&type=samtgemeinde&run=2")
    assert '<option value="03357" selected>' in page.text
    assert '<option value="samtgemeinde" selected>' in page.text
    assert '<input type="hidden" name="run" value="2">' in page.text
