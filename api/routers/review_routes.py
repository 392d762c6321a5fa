"""Review through the API: the queue (a read), and decisions with their undo (keyed writes) and history."""

from __future__ import annotations

from typing import Self

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import Field, model_validator

from api.auth import WriterDep, require_read_key
from api.deps import SessionDep
from api.errors import responses
from api.paging import MAX_ID, PageDep
from api.routers.job_routes import Body
from catalog.results.paging import Page
from catalog.results.review_decisions import AppliedDecision, DecisionView, decision_page, decision_view
from catalog.review.decisions import DecisionRequest, record_decision, undo_decision
from catalog.review.queue import DEFAULT_BELOW, QueueEntry, QueueFilter, queue_page
from catalog.screenings.rescoring import apply_review
from catalog.vocabulary import DecisionKind, QueueReason

router = APIRouter(tags=["review"], prefix="/review")
reads = [Depends(require_read_key)]
WRITE_ERRORS = responses(401, 403, 404, 409, 422)


class DecisionBody(Body):
    """A decision as `ozg-screen review confirm|reject|set-level` takes it; the author defaults to the key's name."""

    ars: str = Field(min_length=12, max_length=12, examples=["033575401000"])
    ozg_id: str = Field(min_length=1, max_length=5, examples=["10160"])
    kind: DecisionKind
    reason: str = Field(min_length=1, max_length=2000)
    author: str | None = Field(None, max_length=100)
    evidence_url: str | None = Field(None, max_length=2000, description="reject: only the evidence at this URL")
    level: int | None = Field(None, ge=0, le=4, description="set_level: the level 0-4")

    @model_validator(mode="after")
    def _level_only_when_set(self) -> Self:
        if self.level is not None and self.kind != DecisionKind.SET_LEVEL:
            raise ValueError("level: only a set_level decision takes a level")
        return self


class UndoBody(Body):
    author: str | None = Field(None, max_length=100, description="who undoes it (default: the key's name)")


@router.get("", responses=responses(404, 422), dependencies=reads)
def queue(
    session: SessionDep,
    page: PageDep,
    run: int | None = Query(None, ge=1, le=MAX_ID, description="run to review (default: the latest with results)"),
    ars: list[str] = Query(default_factory=list, description="only these municipalities (ARS, repeatable)"),
    below: float = Query(DEFAULT_BELOW, ge=0, le=1, description="confidence under which a finding is queued"),
    why: list[QueueReason] = Query(default_factory=list, description="only entries queued for this reason"),
) -> Page[QueueEntry]:
    """The findings to check, as `ozg-screen review` lists them: online levels first, each with its evidence."""
    items, total = queue_page(session, QueueFilter(run, ars, below, why), page.limit, page.offset)
    return Page[QueueEntry](items=items, total=total, limit=page.limit, offset=page.offset)


@router.post("/decisions", status_code=201, responses=WRITE_ERRORS)
def decide(body: DecisionBody, request: Request, session: SessionDep, key: WriterDep) -> AppliedDecision:
    """Record a decision and apply it to the municipality's latest screening at once; later runs keep it."""
    decision_request = DecisionRequest(
        body.ars, body.ozg_id, body.kind, body.reason, body.author or key, body.evidence_url, body.level
    )
    decision = record_decision(session, decision_request)
    applied = apply_review(session, decision.ars, request.app.state.settings)
    session.commit()
    return AppliedDecision(decision=decision_view(decision), applied=applied)


@router.post("/decisions/{decision_id}/undo", responses=WRITE_ERRORS)
def undo(
    request: Request,
    session: SessionDep,
    key: WriterDep,
    body: UndoBody | None = None,
    decision_id: int = Path(ge=1, le=MAX_ID),
) -> AppliedDecision:
    """Reverse one decision; it stays in the history as undone, and the latest screening shows the automatic value."""
    decision = undo_decision(session, decision_id, (body.author if body else None) or key)
    applied = apply_review(session, decision.ars, request.app.state.settings)
    session.commit()
    return AppliedDecision(decision=decision_view(decision), applied=applied)


@router.get("/decisions", responses=responses(422), dependencies=reads)
def history(
    session: SessionDep,
    page: PageDep,
    ars: str | None = Query(None, max_length=12, description="only this municipality (ARS)"),
) -> Page[DecisionView]:
    """Every decision, newest first, undone ones included."""
    return decision_page(session, ars, page.limit, page.offset)
