"""Set-based reads behind the review queue: a run's screenings, results, previous levels, decisions, evidence."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, distinct, func, select
from sqlalchemy.orm import Session

from catalog.database.models import Evidence, Result, ResultEvidence, ResultOverride, ReviewDecision, Screening
from catalog.vocabulary import SCREENED, DecisionKind

CHUNK = 500  # ids per IN list: well under SQLite's and PostgreSQL's parameter limits


@dataclass(frozen=True)
class ScreeningRow:
    id: int
    run_id: int
    ars: str | None
    name: str
    status: str
    errors: list[Any]


@dataclass(frozen=True)
class ResultRow:
    id: int
    maturity: int
    confidence: float
    at_level: int  # pieces of evidence the level rests on


def screened_ids(run_id: int, ars: Sequence[str]) -> Select[Any]:
    """The ids of the run's screened screenings (of these municipalities when given), as a subquery to filter by."""
    query = select(Screening.id).where(
        Screening.run_id == run_id, Screening.status.in_([status.value for status in SCREENED])
    )
    return query.where(Screening.municipality_ars.in_(list(ars))) if ars else query


def screenings(session: Session, ids: Select[Any]) -> list[ScreeningRow]:
    columns = (
        Screening.id,
        Screening.run_id,
        Screening.municipality_ars,
        Screening.name,
        Screening.status,
        Screening.errors,
    )
    rows = session.execute(select(*columns).where(Screening.id.in_(ids)).order_by(Screening.id))
    return [ScreeningRow(*row) for row in rows]


def results(session: Session, ids: Select[Any]) -> dict[int, dict[str, ResultRow]]:
    """Screening id -> OZG-ID -> its result, with how many pieces of evidence hold its level."""
    counted = (
        select(ResultEvidence.result_id, func.count(distinct(ResultEvidence.evidence_id)).label("at_level"))
        .join(Result, Result.id == ResultEvidence.result_id)
        .where(Result.screening_id.in_(ids), ResultEvidence.level == Result.maturity)
        .group_by(ResultEvidence.result_id)
        .subquery()
    )
    rows = session.execute(
        select(Result.screening_id, Result.ozg_id, Result.id, Result.maturity, Result.confidence, counted.c.at_level)
        .outerjoin(counted, counted.c.result_id == Result.id)
        .where(Result.screening_id.in_(ids))
    )
    found: dict[int, dict[str, ResultRow]] = {}
    for screening_id, ozg_id, result_id, maturity, confidence, at_level in rows:
        found.setdefault(screening_id, {})[ozg_id] = ResultRow(result_id, maturity, confidence, at_level or 0)
    return found


def previous_levels(session: Session, run_id: int, ids: Select[Any]) -> dict[str, dict[str, int]]:
    """ARS -> the levels of its latest screened screening before the run (only ARS that have one)."""
    ranked = (
        select(
            Screening.id,
            Screening.municipality_ars,
            func.row_number()
            .over(partition_by=Screening.municipality_ars, order_by=(Screening.run_id.desc(), Screening.id.desc()))
            .label("rank"),
        )
        .where(
            Screening.run_id < run_id,
            Screening.status.in_([status.value for status in SCREENED]),
            Screening.municipality_ars.in_(select(Screening.municipality_ars).where(Screening.id.in_(ids))),
        )
        .subquery()
    )
    rows = session.execute(
        select(ranked.c.municipality_ars, Result.ozg_id, Result.maturity)
        .outerjoin(Result, Result.screening_id == ranked.c.id)
        .where(ranked.c.rank == 1)
    )
    levels: dict[str, dict[str, int]] = {}
    for ars, ozg_id, maturity in rows:
        held = levels.setdefault(ars, {})
        if ozg_id is not None:  # a previous screening that found nothing still counts as one
            held[ozg_id] = maturity
    return levels


def settled(session: Session, ids: Select[Any]) -> set[tuple[int, str]]:
    """(screening id, OZG-ID) an analyst has decided on: set, rejected, or confirmed at the level shown."""
    rows = session.execute(
        select(
            ResultOverride.screening_id,
            ResultOverride.ozg_id,
            ResultOverride.maturity,
            ReviewDecision.kind,
            ReviewDecision.level,
        )
        .join(ReviewDecision, ReviewDecision.id == ResultOverride.decision_id)
        .where(ResultOverride.screening_id.in_(ids), ReviewDecision.evidence_url.is_(None))
    )
    return {
        (screening_id, ozg_id)
        for screening_id, ozg_id, maturity, kind, level in rows
        if kind != DecisionKind.CONFIRM or level == maturity
    }


def strongest_evidence(session: Session, result_ids: Iterable[int], per_result: int) -> dict[int, list[Any]]:
    """Result id -> its first `per_result` evidence links (highest level, then surest), as rows with
    url, kind, text, level."""
    wanted = sorted(set(result_ids))
    found: dict[int, list[Any]] = {}
    for start in range(0, len(wanted), CHUNK):
        rows = session.execute(
            select(ResultEvidence.result_id, Evidence.url, Evidence.kind, Evidence.text, ResultEvidence.level)
            .join(Evidence, Evidence.id == ResultEvidence.evidence_id)
            .where(ResultEvidence.result_id.in_(wanted[start : start + CHUNK]))
            .order_by(
                ResultEvidence.result_id,
                ResultEvidence.level.desc(),
                ResultEvidence.confidence.desc(),
                ResultEvidence.evidence_id,
                ResultEvidence.rule,
            )
        )
        for row in rows:
            links = found.setdefault(row.result_id, [])
            if len(links) < per_result:
                links.append(row)
    return found
