"""Waiting out a short database outage: retry a unit of work until the database answers again."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, OperationalError

log = logging.getLogger(__name__)
T = TypeVar("T")
FIRST_PAUSE = 0.5
LONGEST_PAUSE = 10.0


def is_outage(error: BaseException) -> bool:
    """A lost or refused connection, as opposed to a mistake in the statement or the data."""
    return isinstance(error, OperationalError) or (isinstance(error, DBAPIError) and error.connection_invalidated)


def with_database(work: Callable[[], T], wait: float, what: str) -> T:
    """Run `work` (one transaction), retrying it while the database is unreachable for up to `wait` seconds."""
    deadline, pause = time.monotonic() + wait, FIRST_PAUSE
    while True:
        try:
            return work()
        except DBAPIError as error:
            if not is_outage(error) or time.monotonic() + pause > deadline:
                raise
            log.warning("database unreachable while %s; retrying in %.1f s", what, pause)
            time.sleep(pause)
            pause = min(pause * 2, LONGEST_PAUSE)
