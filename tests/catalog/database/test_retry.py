"""Retrying a transaction through a real SQLite lock and a real PostgreSQL restart; mistakes are not retried."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from catalog.database.engine import make_engine, session_factory
from catalog.database.retry import is_outage, retried_transaction
from tests.support.postgres import create_database, restart_postgres


def _sqlite_sessions(path: Path) -> object:
    # A short busy timeout, so the lock outlasts SQLite's own wait and the retry has to do the waiting.
    engine = make_engine(f"sqlite:///{path}?timeout=0.1")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE counted (n INTEGER)"))
    return session_factory(engine)


def _hold_exclusive_lock(path: Path, seconds: float, held: threading.Event) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN EXCLUSIVE")
    held.set()
    time.sleep(seconds)
    connection.execute("COMMIT")
    connection.close()


def _count(session: Session) -> int:
    return int(session.execute(text("SELECT count(*) FROM counted")).scalar_one())


def test_a_locked_sqlite_database_is_waited_out_and_the_row_written_once(tmp_path: Path) -> None:
    path = tmp_path / "ozg.sqlite3"
    sessions = _sqlite_sessions(path)
    held = threading.Event()
    locker = threading.Thread(target=_hold_exclusive_lock, args=(path, 1.5, held))
    locker.start()
    held.wait(5)
    attempts: list[int] = []

    def insert(session: Session) -> None:
        attempts.append(1)
        session.execute(text("INSERT INTO counted VALUES (1)"))

    retried_transaction(sessions, insert, wait=30, what="a test write")  # type: ignore[arg-type]
    locker.join()
    assert len(attempts) > 1, "the lock was never met"
    with sessions() as session:  # type: ignore[operator]
        assert _count(session) == 1


def test_a_lock_longer_than_the_wait_gives_up_with_the_database_error(tmp_path: Path) -> None:
    path = tmp_path / "ozg.sqlite3"
    sessions = _sqlite_sessions(path)
    held = threading.Event()
    locker = threading.Thread(target=_hold_exclusive_lock, args=(path, 2.5, held))
    locker.start()
    held.wait(5)
    with pytest.raises(OperationalError, match="locked"):
        retried_transaction(
            sessions,  # type: ignore[arg-type]
            lambda session: session.execute(text("INSERT INTO counted VALUES (1)")),
            wait=0.6,
            what="a test write",
        )
    locker.join()


def test_a_mistake_in_the_statement_is_not_an_outage(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    with pytest.raises(OperationalError) as caught, engine.connect() as connection:
        connection.execute(text("SELECT * FROM no_such_table"))
    assert not is_outage(caught.value)


@pytest.mark.postgres
def test_a_transaction_cut_by_a_postgresql_restart_runs_again_once(postgres_admin_url: str) -> None:
    url = create_database(postgres_admin_url, "retry_restart")
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE counted (n INTEGER)"))
    sessions = session_factory(engine)
    with sessions() as session:
        session.execute(text("SELECT 1"))  # a pooled connection that the restart will cut
    restarter = threading.Thread(target=restart_postgres, args=(postgres_admin_url, 1.5))
    restarter.start()
    _wait_until_down(url)
    attempts: list[int] = []

    def insert(session: Session) -> None:
        attempts.append(1)
        session.execute(text("INSERT INTO counted VALUES (1)"))

    retried_transaction(sessions, insert, wait=60, what="a test write")
    restarter.join()
    assert len(attempts) > 1, "the restart was never met"
    with sessions() as session:
        assert _count(session) == 1
    engine.dispose()


def _wait_until_down(url: str) -> None:
    import psycopg

    plain = url.replace("postgresql+psycopg://", "postgresql://")
    for _ in range(100):
        try:
            psycopg.connect(plain, connect_timeout=1).close()
        except psycopg.OperationalError:
            return
        time.sleep(0.05)
    raise AssertionError("the server did not go down")
