"""Analysts' decisions as documents: one decision, what applying it changed, and a page of the history."""

from __future__ import annotations

from sqlalchemy.orm import Session

from catalog.database.models import ReviewDecision
from catalog.results.documents import Document, Moment
from catalog.results.paging import Page, page_from_list
from catalog.review.decisions import decision_history


class DecisionView(Document):
    """One decision as recorded (docs/review.md); `undone_at` and `undone_by` are set once it was undone."""

    id: int
    ars: str
    ozg_id: str
    kind: str
    evidence_url: str | None  # a rejection of this page only; null: the whole service
    level: int | None  # set_level: the level set; confirm: the level confirmed
    reason: str
    author: str
    created_at: Moment
    screening_id: int | None  # the screening the decision was made on
    undone_at: Moment | None
    undone_by: str | None


class AppliedDecision(Document):
    """A decision just made or undone, and what bringing it into the latest screening changed (one line)."""

    decision: DecisionView
    applied: str


def decision_view(decision: ReviewDecision) -> DecisionView:
    return DecisionView.model_validate(decision)


def decision_page(session: Session, ars: str | None, limit: int, offset: int) -> Page[DecisionView]:
    """The history, newest first, undone decisions included; a page of it."""
    return page_from_list([decision_view(row) for row in decision_history(session, ars)], limit, offset)
