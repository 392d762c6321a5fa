"""Handing a job to whoever runs it: a broker message to the distributed workers, or the table the job worker polls."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from catalog.access.jobs import create_job, finish_job
from catalog.broker import job_message, make_broker, send
from catalog.database.engine import transaction
from catalog.errors import UserError
from catalog.settings import Settings
from catalog.vocabulary import JobKind

# An HTTP request waits this long for Redis, not the workers' long service_wait.
SEND_WAIT_SECONDS = 3.0


class BrokerUnavailableError(UserError):
    """The job was written but the broker did not take it (HTTP 503)."""


def submit_job(
    sessions: sessionmaker[Session], settings: Settings, kind: JobKind, request: dict[str, Any], created_by: str
) -> int:
    """The job's row, and with OZG_BROKER_URL set its message; without a broker `jobs-worker` finds the row."""
    with transaction(sessions) as session:
        job_id = create_job(session, kind, request, created_by).id
    if settings.broker_url:
        _send(sessions, settings, job_id)
    return job_id


def _send(sessions: sessionmaker[Session], settings: Settings, job_id: int) -> None:
    try:
        broker = make_broker(settings)
        try:
            send(broker, job_message(job_id), wait=SEND_WAIT_SECONDS)
        finally:
            broker.close()
    except UserError as error:
        with transaction(sessions) as session:
            finish_job(session, job_id, error=f"not sent to the workers: {error}")
        raise BrokerUnavailableError(f"job {job_id} could not be handed to the workers: {error}") from None
