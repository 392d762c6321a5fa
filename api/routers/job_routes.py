"""Starting work: a check or a run becomes a job (202), done by a worker process and polled at /jobs/{id}."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Path, Request, Response
from pydantic import BaseModel, Field, model_validator

from api.auth import WriterDep, require_read_key
from api.deps import SessionDep, SessionsDep
from api.errors import responses
from api.paging import MAX_ID
from catalog.access.job_requests import check_request, run_request
from catalog.access.submit import submit_job
from catalog.results.jobs import JobView, job_view
from catalog.vocabulary import JobKind

router = APIRouter(tags=["jobs"])
WRITE_ERRORS = responses(401, 403, 404, 409, 422, 503)


class Body(BaseModel):
    @model_validator(mode="before")
    @classmethod
    def _no_nul_characters(cls, data: Any) -> Any:
        """No database stores or compares a NUL character; name the field that held one."""
        for name, value in data.items() if isinstance(data, dict) else ():
            values = value if isinstance(value, list) else [value]
            if any(isinstance(item, str) and "\x00" in item for item in values):
                raise ValueError(f"{name}: a NUL character is not allowed")
        return data


class CheckBody(Body):
    """One municipality by ARS/AGS (its registry website), or a website URL: exactly one of the two."""

    ars: str | None = Field(None, max_length=12, examples=["033575401000"])
    url: str | None = Field(None, max_length=500, examples=["https://www.samtgemeinde-bothel.de/"])
    max_pages: int | None = Field(None, ge=1, le=10_000)


class RunBody(Body):
    """A selection as `ozg-screen run` takes it; every part optional, together they must select a website."""

    state: str = Field("", max_length=2)
    types: list[str] = Field(default_factory=list, max_length=10)
    kreis: str = Field("", max_length=100)
    ars: list[str] = Field(default_factory=list, max_length=1000)
    limit: int | None = Field(None, ge=1, le=100_000)
    max_pages: int | None = Field(None, ge=1, le=10_000)


@router.post("/checks", status_code=202, responses=WRITE_ERRORS)
def start_check(
    body: CheckBody, request: Request, response: Response, session: SessionDep, sessions: SessionsDep, key: WriterDep
) -> JobView:
    """Screen one municipality outside the request; the answer is the job to poll."""
    allow_private = request.app.state.settings.api_allow_private_targets
    job_request = check_request(
        session, ars=body.ars, url=body.url, max_pages=body.max_pages, allow_private=allow_private
    )
    return _submitted(request, response, session, sessions, JobKind.CHECK, job_request, key)


@router.post("/runs", status_code=202, responses=WRITE_ERRORS)
def start_run(
    body: RunBody, request: Request, response: Response, session: SessionDep, sessions: SessionsDep, key: WriterDep
) -> JobView:
    """Screen a selection of municipalities outside the request; the answer is the job to poll."""
    job_request = run_request(session, **body.model_dump())
    return _submitted(request, response, session, sessions, JobKind.RUN, job_request, key)


@router.get("/jobs/{job_id}", responses=responses(404), dependencies=[Depends(require_read_key)])
def job(session: SessionDep, job_id: int = Path(ge=1, le=MAX_ID)) -> JobView:
    """A job's status; once it has made a run, that run's id and status."""
    return job_view(session, job_id)


def _submitted(
    request: Request,
    response: Response,
    session: SessionDep,
    sessions: SessionsDep,
    kind: JobKind,
    job_request: dict[str, object],
    key: str,
) -> JobView:
    job_id = submit_job(sessions, request.app.state.settings, kind, job_request, key)
    response.headers["Location"] = str(request.url_for("job", job_id=job_id))
    session.commit()  # a fresh snapshot, which holds the job just written in another transaction
    return job_view(session, job_id)
