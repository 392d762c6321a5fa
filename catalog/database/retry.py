"""Waiting out a short database outage: which errors are transient, and retrying a whole transaction with backoff."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.engine import transaction

log = logging.getLogger(__name__)
T = TypeVar("T")
FIRST_PAUSE = 0.5
LONGEST_PAUSE = 10.0
# SQLite reports a busy or locked database as an OperationalError, like "no such table": only these words wait.
SQLITE_TRANSIENT = ("database is locked", "database table is locked", "database is busy")


def is_outage(error: BaseException) -> bool:
    """A busy, lost or refused database, as opposed to a mistake in the statement or the data."""
    if not isinstance(error, DBAPIError):
        return False
    if error.connection_invalidated:
        return True
    if not isinstance(error, OperationalError):
        return False
    if type(error.orig).__module__.startswith("sqlite3"):
        return any(words in str(error.orig).lower() for words in SQLITE_TRANSIENT)
    # psycopg raises OperationalError for connections refused, reset or closed by an admin shutdown.
    return True


def with_database(work: Callable[[], T], wait: float, what: str) -> T:
    """Run `work` (one whole transaction), retrying it while the database is unavailable for up to `wait` seconds."""
    deadline, pause = time.monotonic() + wait, FIRST_PAUSE
    while True:
        try:
            return work()
        except DBAPIError as error:
            if not is_outage(error) or time.monotonic() + pause > deadline:
                raise
            log.warning("database unavailable while %s (%s); retrying in %.1f s", what, _first_line(error), pause)
            time.sleep(pause)
            pause = min(pause * 2, LONGEST_PAUSE)


def retried_transaction(sessions: sessionmaker[Session], work: Callable[[Session], T], *, wait: float, what: str) -> T:
    """`work` in one transaction; an outage rolls the whole of it back and it runs again, so nothing doubles."""

    def attempt() -> T:
        with transaction(sessions) as session:
            return work(session)

    return with_database(attempt, wait, what)


def _first_line(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error).strip()
    return text.splitlines()[0] if text else type(error).__name__
