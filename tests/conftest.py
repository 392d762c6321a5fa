"""Shared fixtures: databases (SQLite and a real PostgreSQL server), settings environments, the CLI."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.engine import make_engine, session_factory, transaction, upgrade_schema
from catalog.reference.catalog_load import load_catalog
from catalog.reference.registry import load_registry
from crawler.localweb.control import LocalWeb, local_web
from tests.support.paths import DEMO_SITES, FIXTURE_SITES, HOSTILE_SITES, PROJECT_ROOT
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


FIXTURE_SITE_FOLDERS = [
    FIXTURE_SITES,
    DEMO_SITES,
    HOSTILE_SITES,
]


@pytest.fixture(scope="session")
def fixture_web() -> Iterator[LocalWeb]:
    """The fixture municipal sites and portals, served on 127.0.0.1 behind a forward proxy."""
    with local_web(FIXTURE_SITE_FOLDERS) as web:
        yield web


def _load_reference_data(database_url: str) -> None:
    engine = make_engine(database_url)
    upgrade_schema(engine)
    with transaction(session_factory(engine)) as session:
        load_catalog(session, PROJECT_ROOT / "data" / "catalog")
        load_registry(session, PROJECT_ROOT / "data" / "municipalities" / "niedersachsen.csv")
    engine.dispose()


@pytest.fixture(scope="session")
def loaded_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "loaded.sqlite3"
    _load_reference_data(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def loaded_postgres_template(postgres_admin_url: str) -> str:
    url = create_database(postgres_admin_url, "loaded_template")
    _load_reference_data(url)
    return "loaded_template"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def loaded_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database with schema, catalog and registry, copied from a session template (fast)."""
    if request.param == "sqlite":
        return _copy_sqlite(request.getfixturevalue("loaded_sqlite_template"), tmp_path)
    admin_url = request.getfixturevalue("postgres_admin_url")
    template = request.getfixturevalue("loaded_postgres_template")
    return create_database(admin_url, f"loaded_{next(_database_numbers)}", template=template)


@pytest.fixture
def loaded_sqlite_url(loaded_sqlite_template: Path, tmp_path: Path) -> str:
    return _copy_sqlite(loaded_sqlite_template, tmp_path)


def _copy_sqlite(template: Path, tmp_path: Path) -> str:
    target = tmp_path / "screening.sqlite3"
    shutil.copyfile(template, target)
    return f"sqlite:///{target}"
