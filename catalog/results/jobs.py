"""A job started through the API, as its client polls it: status, times, the run it made, and any error."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from catalog.access.jobs import get_job
from catalog.database.models import Run
from catalog.results.documents import Document, Moment


class JobView(Document):
    id: int
    kind: str
    status: str
    request: dict[str, Any]
    created_at: Moment
    started_at: Moment | None
    finished_at: Moment | None
    run_id: int | None
    run_status: str | None  # the run's own status: a run handed to distributed workers goes on after its job
    error: str


def job_view(session: Session, job_id: int) -> JobView:
    job = get_job(session, job_id)
    run = session.get(Run, job.run_id) if job.run_id is not None else None
    return JobView(
        id=job.id,
        kind=job.kind,
        status=job.status,
        request=job.request,
        created_at=job.created_at,
        started_at=job.started_at,
        finished_at=job.finished_at,
        run_id=job.run_id,
        run_status=run.status if run is not None else None,
        error=job.error,
    )
