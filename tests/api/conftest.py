"""An API client over a real database holding two stored runs: Bothel screened, and a run still running."""

from __future__ import annotations

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
