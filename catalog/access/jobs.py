"""Jobs started through the API: a row per job, claimed atomically by exactly one worker, finished or failed."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from catalog.database.models import Job
from catalog.errors import NotFoundError
from catalog.vocabulary import JobKind, JobStatus

ERROR_LENGTH = 1000


def create_job(session: Session, kind: JobKind, request: dict[str, Any], created_by: str) -> Job:
    job = Job(
        kind=kind,
        status=JobStatus.QUEUED,
        request=request,
        created_by=created_by,
        created_at=_now(),
        worker="",
        error="",
    )
    session.add(job)
    session.flush()
    return job


def get_job(session: Session, job_id: int) -> Job:
    job = session.get(Job, job_id)
    if job is None:
        raise NotFoundError(f"no job with id {job_id}")
    return job


def claim_job(session: Session, job_id: int, worker: str) -> bool:
    """Take a queued job for this worker; False when another worker has it (one UPDATE, so never two)."""
    claimed = session.execute(
        update(Job)
        .where(Job.id == job_id, Job.status == JobStatus.QUEUED)
        .values(status=JobStatus.RUNNING, worker=worker, started_at=_now())
    )
    return bool(getattr(claimed, "rowcount", 0) == 1)


def next_queued(session: Session) -> int | None:
    """The oldest queued job, for the local job worker to try to claim."""
    return session.scalar(select(Job.id).where(Job.status == JobStatus.QUEUED).order_by(Job.id).limit(1))


def attach_run(session: Session, job_id: int, run_id: int) -> None:
    session.execute(update(Job).where(Job.id == job_id).values(run_id=run_id))


def finish_job(session: Session, job_id: int, *, run_id: int | None = None, error: str = "") -> None:
    values: dict[str, Any] = {
        "status": JobStatus.FAILED if error else JobStatus.FINISHED,
        "finished_at": _now(),
        "error": error[:ERROR_LENGTH],
    }
    if run_id is not None:
        values["run_id"] = run_id
    session.execute(update(Job).where(Job.id == job_id).values(**values))


def _now() -> datetime:
    return datetime.now(UTC)
