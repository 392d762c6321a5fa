"""Database engine, sessions and the schema-version check."""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.revisions import head_of
from catalog.errors import SchemaBehindError, UserError
from catalog.settings import PROJECT_ROOT

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = PROJECT_ROOT / "migrations"
VERSION_TABLE = "alembic_version"


# Every engine made, so a process that ends without tearing the interpreter down (cli.main) still closes its
# connections: PostgreSQL sees a proper goodbye, SQLite folds its write-ahead log back into the file.
_made: weakref.WeakSet[Engine] = weakref.WeakSet()


def dispose_engines() -> None:
    """Close every pooled connection; one that is already gone (a restarted server) is left to the OS."""
    for engine in list(_made):
        with suppress(Exception):
            engine.dispose()


def make_engine(database_url: str, *, pool_size: int = 5) -> Engine:
    """Create an engine; SQLite gets its directory, foreign keys and WAL mode.

    `pool_size` connections stay open to a server database. A busier process (the API) asks for more: SQLAlchemy
    closes a connection beyond the pool as soon as it is returned, and a new PostgreSQL connection starts a server
    process."""
    try:
        url = make_url(database_url)
    except ArgumentError:
        raise UserError(f"OZG_DATABASE_URL is not a database URL: {database_url!r}") from None
    if url.get_backend_name() == "sqlite":
        engine = _sqlite_engine(database_url, url.database, "timeout" in url.query)
    else:
        engine = create_engine(database_url, pool_pre_ping=True, pool_size=pool_size)
    _made.add(engine)
    return engine


def _sqlite_engine(database_url: str, path: str | None, timeout_in_url: bool) -> Engine:
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    # SQLite's own busy wait (30 s, or `?timeout=` in the URL); beyond it catalog.database.retry waits.
    engine = create_engine(database_url, connect_args={} if timeout_in_url else {"timeout": 30})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back everything on any error."""
    with factory() as session, session.begin():
        yield session


def alembic_config(engine: Engine) -> Config:
    # Alembic (and Mako with it) is imported only to migrate: the schema check on every command reads text.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str | None:
    return head_of(MIGRATIONS_DIR / "versions")


def current_revision(engine: Engine) -> str | None:
    """The revision in Alembic's `alembic_version` table; None for an empty database."""
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table(VERSION_TABLE):
                return None
            versions = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    except OperationalError as error:
        raise UserError(f"cannot reach the database {safe_url(engine)}: {first_line(error)}") from None
    if len(versions) > 1:
        raise UserError(f"the database {safe_url(engine)} is at several revisions ({', '.join(sorted(versions))})")
    return versions[0] if versions else None


def require_current_schema(engine: Engine) -> None:
    """Refuse to work on a database whose schema is missing or older than the code."""
    current, head = current_revision(engine), head_revision()
    if current != head:
        state = "has no schema yet" if current is None else f"is at revision {current}, the code needs {head}"
        raise SchemaBehindError(f"the database {safe_url(engine)} {state}: run `ozg-screen db upgrade`")


def upgrade_schema(engine: Engine) -> tuple[str | None, str | None]:
    """Migrate to the newest revision; returns (before, after)."""
    from alembic import command

    before = current_revision(engine)
    command.upgrade(alembic_config(engine), "head")
    return before, current_revision(engine)


def safe_url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def first_line(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error).strip()
    return text.splitlines()[0] if text else type(error).__name__
