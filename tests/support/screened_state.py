"""Stored runs with chosen results, written straight into the tables: for read-layer tests and benchmarks.

The crawl and the judgement are not involved: each site says which services were found at which level and on
which evidence, so a test of what is read back (exports, statistics) does not change when the rules do.

    run_id = store_screenings(sessions, [Screened("033575401000", "https://www.bothel.de/",
                                                  services=(Found("10160", 3),))], started_at=MOMENT)
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.engine import transaction
from catalog.database.models import Evidence, OzgLeistung, Relevance, Result, ResultEvidence, Run, Screening


@dataclass(frozen=True)
class Seen:
    """One piece of evidence behind a found service, and how the rule that judged it rated it."""

    url: str
    rule: str
    level: int
    confidence: float = 0.8
    kind: str = "link"
    text: str = ""


@dataclass(frozen=True)
class Found:
    """A service found on a site; without evidence given, one link on the site supports it at its level."""

    ozg_id: str
    level: int
    confidence: float = 0.8
    evidence: tuple[Seen, ...] = ()


@dataclass(frozen=True)
class Screened:
    """One site of a run: its registry entry (None for a site checked by URL), how it ended, what was found."""

    ars: str | None
    url: str
    status: str = "ok"
    name: str = ""
    services: tuple[Found, ...] = ()
    finished_at: datetime | None = None  # default: the run's start plus one minute per site


def store_screenings(
    sessions: sessionmaker[Session],
    sites: Sequence[Screened],
    *,
    started_at: datetime,
    kind: str = "statewide",
    run_status: str = "finished",
) -> int:
    """One run holding these sites (finished unless told otherwise); returns its id."""
    run_id = _open_run(sessions, started_at, kind)
    with transaction(sessions) as session:
        screening_ids = _insert_screenings(session, run_id, sites, started_at)
        _insert_results(session, list(zip(screening_ids, sites, strict=True)))
    _close_run(sessions, run_id, run_status, started_at + timedelta(minutes=len(sites) + 1))
    return run_id


def _open_run(sessions: sessionmaker[Session], started_at: datetime, kind: str) -> int:
    with transaction(sessions) as session:
        run = Run(kind=kind, status="running", started_at=started_at, selection={}, options={}, scoring_version="test")
        session.add(run)
        session.flush()
        return run.id


def _close_run(sessions: sessionmaker[Session], run_id: int, status: str, finished_at: datetime) -> None:
    with transaction(sessions) as session:
        run = session.get_one(Run, run_id)
        run.status = status
        run.finished_at = None if status == "running" else finished_at


def _insert_screenings(
    session: Session, run_id: int, sites: Sequence[Screened], started_at: datetime, first_index: int = 0
) -> list[int]:
    rows = [
        {
            "run_id": run_id,
            "municipality_ars": site.ars,
            "name": site.name,
            "start_url": site.url,
            "status": site.status,
            "pages_crawled": 10 if site.status in ("ok", "partial") else 0,
            "started_at": started_at,
            "finished_at": _finished_at(site, started_at, first_index + index),
            "errors": [],
        }
        for index, site in enumerate(sites)
    ]
    return _ids(session, Screening, rows)


def _finished_at(site: Screened, started_at: datetime, index: int) -> datetime | None:
    if site.status in ("pending", "running"):
        return None
    return site.finished_at or started_at + timedelta(minutes=index + 1)


def _insert_results(session: Session, screened: Sequence[tuple[int, Screened]]) -> None:
    results = [
        {"screening_id": screening_id, "ozg_id": item.ozg_id, "maturity": item.level, "confidence": item.confidence}
        for screening_id, site in screened
        for item in site.services
    ]
    supports = [(screening_id, _evidence_of(site, item)) for screening_id, site in screened for item in site.services]
    evidence = [
        {"screening_id": screening_id, "kind": seen.kind, "url": seen.url, "text": seen.text, "detail": {}}
        for screening_id, seen_list in supports
        for seen in seen_list
    ]
    result_ids, evidence_ids = _ids(session, Result, results), iter(_ids(session, Evidence, evidence))
    links = [
        {"result_id": result_id, "evidence_id": next(evidence_ids), "rule": seen.rule, "level": seen.level,
         "confidence": seen.confidence}
        for result_id, (_, seen_list) in zip(result_ids, supports, strict=True)
        for seen in seen_list
    ]  # fmt: skip
    if links:
        session.execute(insert(ResultEvidence), links)


def _evidence_of(site: Screened, item: Found) -> tuple[Seen, ...]:
    if item.evidence:
        return item.evidence
    return (Seen(f"{site.url}dienste/{item.ozg_id}/", "online_link", item.level, item.confidence),)


def _ids(session: Session, model: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert many rows at once; their new ids in the order of the rows."""
    if not rows:
        return []
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, rows))


GENERATED_PER_TRANSACTION = 500


def generated_runs(
    sessions: sessionmaker[Session],
    municipalities: Sequence[tuple[str, str]],
    *,
    runs: int = 3,
    seed: int = 1,
    first_start: datetime,
    unreachable: float = 0.04,
) -> list[int]:
    """Runs over these (ARS, type) municipalities, each finding a plausible share of the catalog, mostly of the
    services its type provides, at levels that grow from run to run; a few sites are unreachable each time."""
    with sessions() as session:
        catalog = list(session.scalars(select(OzgLeistung.ozg_id).order_by(OzgLeistung.ozg_id)))
        marks = _marks(session)
    chance = random.Random(seed)
    run_ids = []
    for number in range(runs):
        started_at = first_start + timedelta(days=7 * number)
        run_id = _open_run(sessions, started_at, "statewide")
        # A few hundred sites per transaction keeps a Germany-size state from being held in memory at once.
        for offset in range(0, len(municipalities), GENERATED_PER_TRANSACTION):
            chunk = municipalities[offset : offset + GENERATED_PER_TRANSACTION]
            sites = [_generated_site(chance, ars, kind, catalog, marks.get(kind, []), number, unreachable)
                     for ars, kind in chunk]  # fmt: skip
            with transaction(sessions) as session:
                screening_ids = _insert_screenings(session, run_id, sites, started_at, first_index=offset)
                _insert_results(session, list(zip(screening_ids, sites, strict=True)))
        _close_run(sessions, run_id, "finished", started_at + timedelta(minutes=len(municipalities) + 1))
        run_ids.append(run_id)
    return run_ids


def _marks(session: Session) -> dict[str, list[str]]:
    marks: dict[str, list[str]] = {}
    for ozg_id, kind in session.execute(
        select(Relevance.ozg_id, Relevance.municipality_type).order_by(Relevance.ozg_id)
    ):
        marks.setdefault(kind, []).append(ozg_id)
    return marks


def _generated_site(
    chance: random.Random, ars: str, kind: str, catalog: list[str], own: list[str], run_number: int, unreachable: float
) -> Screened:
    url = f"https://www.kommune-{ars}.de/"
    if chance.random() < unreachable:
        return Screened(ars, url, status=chance.choice(("dns_error", "timeout", "blocked")))
    chosen = set(chance.sample(own, k=len(own) * 2 // 3)) | set(chance.sample(catalog, k=chance.randint(5, 25)))
    services = tuple(
        Found(ozg_id, min(4, chance.choice((1, 1, 2, 2, 3, 4)) + (run_number and chance.random() < 0.2)),
              round(chance.uniform(0.5, 0.99), 3))
        for ozg_id in sorted(chosen)
    )  # fmt: skip
    return Screened(ars, url, services=services)
