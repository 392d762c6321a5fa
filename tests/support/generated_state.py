"""A generated screened state in the database: every registry municipality × the catalog over several runs.

Rows are written directly (no crawl), from a seeded plan the tests keep, so they can work out in Python what the
API must answer. Levels rise a little from run to run, as the OZG roll-out did."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from catalog.database.models import Municipality, Relevance, Result, Run, Screening
from catalog.results.coverage import TYPE_ROLES

FAILURES = ("timeout", "dns_error", "robots_disallowed")
FIRST_RUN = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)
# Chance of level 0..4 for an expected service in the first run; each later run moves SHIFT from 0 to 3.
LEVEL_WEIGHTS = (0.62, 0.14, 0.1, 0.1, 0.04)
SHIFT = 0.05


@dataclass
class ScreenedState:
    """What was written: per run, each municipality's status and (when screened) its levels by OZG-ID."""

    run_ids: list[int] = field(default_factory=list)
    statuses: list[dict[str, str]] = field(default_factory=list)  # per run: ARS -> status
    levels: list[dict[str, dict[str, int]]] = field(default_factory=list)  # per run: ARS -> OZG-ID -> level >= 1
    municipalities: dict[str, Municipality] = field(default_factory=dict)
    expected: dict[str, set[str]] = field(default_factory=dict)  # ARS -> expected OZG-IDs


def fill_screened_state(session: Session, *, runs: int = 3, seed: int = 10, state: str = "") -> ScreenedState:
    """`runs` finished statewide runs over the registry's municipalities (of one state when given)."""
    query = select(Municipality).where(Municipality.type.in_(list(TYPE_ROLES)))
    municipalities = list(session.scalars(query.where(Municipality.state == state) if state else query))
    relevance = _relevance(session)
    generated = ScreenedState(municipalities={item.ars: item for item in municipalities})
    generated.expected = {item.ars: _expected(relevance, item.type) for item in municipalities}
    for number in range(runs):
        rng = random.Random(f"{seed}|{number}")
        _one_run(session, generated, municipalities, number, rng)
    return generated


def _relevance(session: Session) -> dict[str, set[str]]:
    by_type: dict[str, set[str]] = {}
    for ozg_id, municipality_type in session.execute(select(Relevance.ozg_id, Relevance.municipality_type)):
        by_type.setdefault(municipality_type, set()).add(ozg_id)
    return by_type


def _expected(relevance: dict[str, set[str]], municipality_type: str) -> set[str]:
    return set().union(*(relevance.get(role, set()) for role in TYPE_ROLES[municipality_type]))


def _one_run(
    session: Session, generated: ScreenedState, municipalities: list[Municipality], number: int, rng: random.Random
) -> None:
    started = FIRST_RUN + timedelta(days=91 * number)
    run_id = session.scalar(
        insert(Run).returning(Run.id),
        [{"kind": "statewide", "status": "partial", "started_at": started, "finished_at": started + timedelta(hours=9),
          "selection": {"state": "NI"}, "options": {}, "scoring_version": "generated"}],
    )  # fmt: skip
    statuses = {item.ars: _status(rng) for item in municipalities}
    rows = [
        _screening_row(run_id, item, statuses[item.ars], started, index) for index, item in enumerate(municipalities)
    ]
    ids = session.scalars(insert(Screening).returning(Screening.id, sort_by_parameter_order=True), rows).all()
    levels = {
        item.ars: _levels(rng, generated.expected[item.ars], number)
        for item in municipalities
        if statuses[item.ars] in ("ok", "partial")
    }
    results = [
        {"screening_id": screening_id, "ozg_id": ozg_id, "maturity": level, "confidence": 0.8}
        for item, screening_id in zip(municipalities, ids, strict=True)
        for ozg_id, level in sorted(levels.get(item.ars, {}).items())
    ]
    if results:
        session.execute(insert(Result), results)
    generated.run_ids.append(int(run_id or 0))
    generated.statuses.append(statuses)
    generated.levels.append(levels)


def _status(rng: random.Random) -> str:
    draw = rng.random()
    return "ok" if draw < 0.9 else "partial" if draw < 0.94 else rng.choice(FAILURES)


def _screening_row(
    run_id: int | None, item: Municipality, status: str, started: datetime, index: int
) -> dict[str, object]:
    begun = started + timedelta(seconds=20 * index)
    return {
        "run_id": run_id, "municipality_ars": item.ars, "name": item.name, "start_url": f"https://{item.ars}.invalid/",
        "status": status, "pages_crawled": 120, "started_at": begun, "finished_at": begun + timedelta(seconds=90),
        "errors": [], "attempts": 1, "worker": "",
    }  # fmt: skip


def _levels(rng: random.Random, expected: set[str], number: int) -> dict[str, int]:
    """Levels 1 to 4 of the expected services found (level 0: no row)."""
    weights = list(LEVEL_WEIGHTS)
    weights[0] -= SHIFT * number
    weights[3] += SHIFT * number
    drawn = {ozg_id: rng.choices(range(5), weights)[0] for ozg_id in sorted(expected)}
    return {ozg_id: level for ozg_id, level in drawn.items() if level}
