"""Schemathesis over the OpenAPI schema: no generated request, valid or not, makes the API answer 500."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from api.app import create_app
from catalog.access.api_keys import create_key
from catalog.database.engine import make_engine, session_factory, transaction
from catalog.settings import Settings
from tests.support.generated_state import ScreenedState
from tests.support.postgres import create_database

# Modest, so the whole schema (about 30 operations) runs in a few minutes.
EXAMPLES = 20
# An unfiltered export is the whole generated state (a statewide workbook takes seconds on a loaded machine): fewer
# examples. Every request may take long: this test is about server errors, not speed (bench/api.py measures that),
# and the client's default 10 s ran out for a statewide review queue on a machine loaded by other work.
SLOW_PATHS = ("/api/v1/exports/",)
SLOW_EXAMPLES = 5
REQUEST_TIMEOUT = 180


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def state_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A copy of the generated state: PostgreSQL is the stricter one (it refuses NUL characters, large integers)."""
    if request.param == "sqlite":
        template: tuple[Path, ScreenedState] = request.getfixturevalue("screened_sqlite_template")
        shutil.copyfile(template[0], tmp_path / "state.sqlite3")
        return f"sqlite:///{tmp_path / 'state.sqlite3'}"
    name = request.getfixturevalue("screened_postgres_template")[0]
    return create_database(request.getfixturevalue("postgres_admin_url"), f"fuzz_{tmp_path.name[-20:]}", template=name)


def test_no_generated_request_gets_a_server_error(state_url: str, tmp_path: Path) -> None:
    """Every operation with generated parameters and bodies, carrying a valid key so the write routes are reached.
    (Schemathesis' pytest fixture loader does not run under pytest 9, so the operations are walked here.)"""
    url = state_url
    engine = make_engine(url)
    with transaction(session_factory(engine)) as session:
        key = create_key(session, "fuzz")
    engine.dispose()
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(Settings(database_url=url, var_dir=tmp_path)))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 28
    for operation in operations:
        _fuzz(operation, key)


def _fuzz(operation: Any, key: str) -> None:
    slow = operation.method.upper() == "GET" and operation.path.startswith(SLOW_PATHS)
    examples = SLOW_EXAMPLES if slow else EXAMPLES

    @given(case=operation.as_strategy())
    @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def no_server_error(case: Any) -> None:
        case.headers = {**(case.headers or {}), "X-API-Key": key}
        response = case.call(timeout=REQUEST_TIMEOUT)
        assert response.status_code < 500, (operation.label, case.path_parameters, case.query, response.text[:300])

    no_server_error()
