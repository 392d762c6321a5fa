"""The data version rises with each committed write to what the API reads, and only then (migration 0011)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.data_version import data_version
from catalog.database.engine import transaction
from catalog.screenings.store import add_screening, create_run


def version(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return data_version(session)


def test_writes_raise_it_and_a_heartbeat_does_not(sessions: sessionmaker[Session]) -> None:
    start = version(sessions)
    with transaction(sessions) as session:
        run = create_run(session, "check", selection={}, options={})
        screening_id = add_screening(session, run, "https://www.example.de/").id
    after_insert = version(sessions)
    assert after_insert > start
    with transaction(sessions) as session:
        session.execute(
            text("UPDATE screening SET heartbeat_at = CURRENT_TIMESTAMP WHERE id = :id"), {"id": screening_id}
        )
    assert version(sessions) == after_insert
    with transaction(sessions) as session:
        session.execute(text("UPDATE screening SET status = 'ok' WHERE id = :id"), {"id": screening_id})
    assert version(sessions) > after_insert


def test_a_rolled_back_write_leaves_it(sessions: sessionmaker[Session]) -> None:
    start = version(sessions)
    with pytest.raises(RuntimeError), transaction(sessions) as session:
        create_run(session, "check", selection={}, options={})
        raise RuntimeError("the write fails")
    assert version(sessions) == start


# PostgreSQL only: SQLite has row triggers only, and its writers hold the whole database anyway.
@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_postgresql_raises_it_once_per_transaction(sessions: sessionmaker[Session]) -> None:
    """executemany sends a statement per row: a raise per statement would pile up row versions."""
    start = version(sessions)
    with transaction(sessions) as session:
        for _ in range(3):
            create_run(session, "check", selection={}, options={})
    assert version(sessions) == start + 1
    with transaction(sessions) as session:  # the mark ended with the transaction that set it
        create_run(session, "check", selection={}, options={})
    assert version(sessions) == start + 2
