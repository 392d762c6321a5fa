"""Kept answers (api/response_cache.py): a repeated read costs one query, and any write shows at the next read."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, text
from starlette.testclient import TestClient

from api.app import create_app
from catalog.access.api_keys import create_key
from catalog.database.engine import transaction
from catalog.settings import Settings
from tests.api.conftest import Api
from tests.catalog.results.builders import BOTHEL, Site, bothel_evidence, bothel_outcome, store_run

BROCKEL, BROCKEL_SITE = "033575401009", "https://www.brockel.de/"
HUNDESTEUER = "10160"


@contextmanager
def statements() -> Iterator[list[str]]:
    """The SQL statements any engine runs meanwhile."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.append(statement)

    event.listen(Engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", record)


def test_a_repeated_read_runs_only_the_version_query(api: Api) -> None:
    first = api.client.get(f"/api/v1/municipalities/{BOTHEL}")
    with statements() as seen:
        again = api.client.get(f"/api/v1/municipalities/{BOTHEL}")
    assert again.content == first.content and again.headers["etag"] == first.headers["etag"]
    assert len(seen) == 1 and "data_version" in seen[0]


def test_a_new_screening_shows_at_the_next_read(api: Api) -> None:
    path = f"/api/v1/municipalities/{BROCKEL}"
    assert api.client.get(path).json()["latest_screening"] is None
    ranking_before = api.client.get("/api/v1/statistics/coverage", params={"by": "type"}).json()
    stored = store_run(
        api.sessions, [Site(BROCKEL_SITE, "Brockel", BROCKEL, bothel_evidence(BROCKEL_SITE), bothel_outcome())]
    )
    assert api.client.get(path).json()["latest_screening"]["run"]["id"] == stored.run_id
    assert api.client.get("/api/v1/statistics/coverage", params={"by": "type"}).json() != ranking_before


def test_a_write_from_any_connection_shows_at_the_next_read(api: Api) -> None:
    def hundesteuer() -> int:
        services = api.client.get(f"/api/v1/municipalities/{BOTHEL}").json()["latest_screening"]["services"]
        return int(next(item["maturity"] for item in services if item["ozg_id"] == HUNDESTEUER))

    def offering_online() -> list[str]:
        path = f"/api/v1/catalog/services/{HUNDESTEUER}/availability"
        return [item["ars"] for item in api.client.get(path, params={"min_level": 3}).json()["items"]]

    assert hundesteuer() == 3 and BOTHEL in offering_online()
    with transaction(api.sessions) as session:  # plain SQL, as another program would write it
        session.execute(text("UPDATE result SET maturity = 2 WHERE ozg_id = :ozg_id"), {"ozg_id": HUNDESTEUER})
    assert hundesteuer() == 2 and BOTHEL not in offering_online()


def test_with_keys_on_reads_no_answer_is_kept(api: Api, loaded_database_url: str, tmp_path: Path) -> None:
    with transaction(api.sessions) as session:
        secret = create_key(session, "statistik")
    settings = Settings(database_url=loaded_database_url, var_dir=tmp_path, api_keys_on_reads=True)
    with TestClient(create_app(settings)) as client:
        assert client.get("/api/v1/runs", headers={"X-API-Key": secret}).status_code == 200
        assert client.get("/api/v1/runs").status_code == 401
