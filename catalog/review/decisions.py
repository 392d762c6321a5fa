"""Analysts' decisions: recording, undoing and reading them back; every decision stays in the history."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.database.models import Municipality, OzgLeistung, Result, ResultEvidence, ReviewDecision, Screening
from catalog.errors import ConflictError, InvalidInputError, NotFoundError
from catalog.review.overrides import DecisionRule
from catalog.urls import page_key
from catalog.vocabulary import MATURITY_LEVELS, SCREENED, DecisionKind


@dataclass(frozen=True)
class DecisionRequest:
    """One decision as the CLI or an API route hands it in."""

    ars: str
    ozg_id: str
    kind: DecisionKind
    reason: str
    author: str
    evidence_url: str | None = None
    level: int | None = None


def record_decision(session: Session, request: DecisionRequest) -> ReviewDecision:
    """Store a decision, with the screening the analyst looked at and what it showed of the service."""
    _check(session, request)
    screening_id = latest_screening_id(session, request.ars)
    seen = _seen(session, screening_id, request.ozg_id, request.evidence_url)
    level = request.level
    if request.kind == DecisionKind.CONFIRM:
        level = _current_level(session, screening_id, request.ozg_id)
    decision = ReviewDecision(
        ars=request.ars,
        ozg_id=request.ozg_id,
        kind=request.kind,
        evidence_url=request.evidence_url,
        level=level,
        reason=request.reason.strip(),
        author=request.author.strip(),
        created_at=datetime.now(UTC),
        screening_id=screening_id,
        seen=seen,
    )
    session.add(decision)
    session.flush()
    return decision


def undo_decision(session: Session, decision_id: int, author: str) -> ReviewDecision:
    """Mark a decision as undone; it stays in the history and no longer applies."""
    decision = session.get(ReviewDecision, decision_id)
    if decision is None:
        raise NotFoundError(f"no decision with id {decision_id} (see `ozg-screen review history`)")
    if decision.undone_at is not None:
        raise ConflictError(f"decision {decision_id} was already undone on {decision.undone_at:%Y-%m-%d %H:%M}")
    decision.undone_at, decision.undone_by = datetime.now(UTC), author.strip()
    session.flush()
    return decision


def active_rules(session: Session, ars: str | None) -> list[DecisionRule]:
    """The decisions in force for a municipality, oldest first (the order in which they apply)."""
    if ars is None:
        return []
    rows = session.scalars(
        select(ReviewDecision)
        .where(ReviewDecision.ars == ars, ReviewDecision.undone_at.is_(None))
        .order_by(ReviewDecision.created_at, ReviewDecision.id)
    )
    return [DecisionRule(row.id, row.ozg_id, row.kind, row.evidence_url, row.level) for row in rows]


def decision_history(session: Session, ars: str | None = None) -> list[ReviewDecision]:
    """Every decision, undone ones included, newest first."""
    query = select(ReviewDecision).order_by(ReviewDecision.created_at.desc(), ReviewDecision.id.desc())
    if ars is not None:
        query = query.where(ReviewDecision.ars == ars)
    return list(session.scalars(query))


def latest_screening_id(session: Session, ars: str) -> int | None:
    """The municipality's latest screened (ok or partial) screening: the one an analyst reviews."""
    return session.scalar(
        select(Screening.id)
        .where(Screening.municipality_ars == ars, Screening.status.in_([status.value for status in SCREENED]))
        .order_by(Screening.finished_at.desc().nulls_last(), Screening.id.desc())
        .limit(1)
    )


def _check(session: Session, request: DecisionRequest) -> None:
    if session.get(Municipality, request.ars) is None:
        raise NotFoundError(f"no municipality with ARS {request.ars} (see `ozg-screen municipalities list`)")
    if session.get(OzgLeistung, request.ozg_id) is None:
        raise NotFoundError(f"no OZG-Leistung with OZG-ID {request.ozg_id} (see `ozg-screen catalog search`)")
    if not request.reason.strip():
        raise InvalidInputError("a decision needs a reason: --reason TEXT")
    if not request.author.strip():
        raise InvalidInputError("a decision needs an author: --author NAME")
    if request.kind == DecisionKind.SET_LEVEL and request.level not in MATURITY_LEVELS:
        raise InvalidInputError(f"level must be one of {', '.join(map(str, MATURITY_LEVELS))}, not {request.level}")
    if request.evidence_url is not None and request.kind != DecisionKind.REJECT:
        raise InvalidInputError("--url narrows a rejection only")


def _current_level(session: Session, screening_id: int | None, ozg_id: str) -> int:
    if screening_id is None:
        return 0
    level = session.scalar(select(Result.maturity).where(Result.screening_id == screening_id, Result.ozg_id == ozg_id))
    return level or 0


def _seen(session: Session, screening_id: int | None, ozg_id: str, evidence_url: str | None) -> list[dict[str, Any]]:
    """The evidence the screening showed for the service (only that at the rejected URL, for a page rejection)."""
    if screening_id is None:
        return []
    links: Sequence[ResultEvidence] = session.scalars(
        select(ResultEvidence)
        .join(Result, Result.id == ResultEvidence.result_id)
        .where(Result.screening_id == screening_id, Result.ozg_id == ozg_id)
    ).all()
    seen = [
        {"url": link.evidence.url, "kind": link.evidence.kind, "text": link.evidence.text, "level": link.level}
        for link in links
    ]
    if evidence_url is not None:
        seen = [item for item in seen if page_key(str(item["url"])) == page_key(evidence_url)]
    return seen
