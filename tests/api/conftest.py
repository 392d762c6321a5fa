"""API clients over real databases: two stored runs (Bothel screened, one still running), or a generated state."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker
from starlette.testclient import TestClient

from api.app import create_app
from catalog.database.engine import make_engine, session_factory, transaction
from catalog.reference.registry import find_municipality, set_website
from catalog.settings import Settings
from tests.catalog.results.builders import BOTHEL, BOTHEL_SITE, Site, bothel, store_run
from tests.support.generated_state import ScreenedState, fill_screened_state
from tests.support.postgres import create_database

_copies = itertools.count()


@dataclass
class Api:
    client: TestClient
    sessions: sessionmaker[Session]
    run_id: int
    screening_id: int
    running_run_id: int


@pytest.fixture
def api(loaded_database_url: str, tmp_path: Path) -> Iterator[Api]:
    engine = make_engine(loaded_database_url)
    sessions = session_factory(engine)
    with transaction(sessions) as session:
        set_website(session, find_municipality(session, BOTHEL), BOTHEL_SITE)
    screened = store_run(sessions, [bothel()])
    running = store_run(sessions, [Site("https://www.offen.de/", outcome=None)], kind="statewide")
    settings = Settings(database_url=loaded_database_url, var_dir=tmp_path)
    with TestClient(create_app(settings)) as client:
        yield Api(client, sessions, screened.run_id, screened.screening_ids[0], running.run_id)
    engine.dispose()


@dataclass
class StateApi:
    """A client over a database holding the generated screened state of Lower Saxony (three runs)."""

    client: TestClient
    sessions: sessionmaker[Session]
    state: ScreenedState


def _fill(database_url: str) -> ScreenedState:
    engine = make_engine(database_url)
    with transaction(session_factory(engine)) as session:
        state = fill_screened_state(session, runs=3)
    engine.dispose()
    return state


@pytest.fixture(scope="session")
def screened_sqlite_template(
    loaded_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, ScreenedState]:
    path = tmp_path_factory.mktemp("screened") / "screened.sqlite3"
    shutil.copyfile(loaded_sqlite_template, path)
    return path, _fill(f"sqlite:///{path}")


@pytest.fixture(scope="session")
def screened_postgres_template(postgres_admin_url: str, loaded_postgres_template: str) -> tuple[str, ScreenedState]:
    url = create_database(postgres_admin_url, "screened_template", template=loaded_postgres_template)
    return "screened_template", _fill(url)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def state_api(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StateApi]:
    """A private copy of the screened state, SQLite or PostgreSQL, and an API over it."""
    if request.param == "sqlite":
        template, state = request.getfixturevalue("screened_sqlite_template")
        shutil.copyfile(template, tmp_path / "state.sqlite3")
        url = f"sqlite:///{tmp_path / 'state.sqlite3'}"
    else:
        template, state = request.getfixturevalue("screened_postgres_template")
        url = create_database(
            request.getfixturevalue("postgres_admin_url"), f"state_{next(_copies)}", template=template
        )
    engine = make_engine(url)
    with TestClient(create_app(Settings(database_url=url, var_dir=tmp_path))) as client:
        yield StateApi(client, session_factory(engine), state)
    engine.dispose()
