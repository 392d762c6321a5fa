"""Shared fixtures: databases (SQLite and a real PostgreSQL server), settings environments, the CLI."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from catalog.db import make_engine, session_factory, upgrade_schema
from tests.support.postgres import create_database, postgres_server

_database_numbers = itertools.count()


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str]:
    with postgres_server() as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database of each kind; PostgreSQL ones live on the session's private server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.sqlite3'}"
    admin_url = request.getfixturevalue("postgres_admin_url")
    return create_database(admin_url, f"test_{next(_database_numbers)}")


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    created = make_engine(database_url)
    upgrade_schema(created)
    yield created
    created.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    return session_factory(engine)


@pytest.fixture
def cli_env(database_url: str, tmp_path: Path) -> dict[str, str]:
    """Environment for a CLI subprocess using this test's database and a private var dir."""
    return {"OZG_DATABASE_URL": database_url, "OZG_VAR_DIR": str(tmp_path / "var")}
