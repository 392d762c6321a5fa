"""Sessions on a database holding the catalog and the registry, SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.engine import make_engine, session_factory


@pytest.fixture
def loaded_sessions(loaded_database_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(loaded_database_url)
    yield session_factory(engine)
    engine.dispose()
