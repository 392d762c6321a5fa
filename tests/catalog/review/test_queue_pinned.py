"""The review queue pinned on a small state of three runs (two Samtgemeinden, a site without ARS, a partial
screening, decisions): the set-based reading must give the very entries, in the very order, of the old one."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.engine import transaction
from catalog.review.decisions import DecisionRequest, record_decision
from catalog.review.queue import QueueFilter, queue_page, review_queue
from catalog.screenings.rescoring import apply_review
from catalog.screenings.store import CrawlOutcome
from catalog.settings import Settings
from catalog.vocabulary import DecisionKind, QueueReason
from tests.catalog.results.builders import BOTHEL, BOTHEL_PORTAL, Site, StoredRun, bothel_evidence, store_run

GOLDEN = Path(__file__).parent / "golden" / "queue_small_state.json"
SOTTRUM, SOTTRUM_SITE = "033575406000", "https://www.sottrum.de/"
BOTHEL_SITE = "https://www.samtgemeinde-bothel.de/"
FILTERS = {
    "all": QueueFilter(),
    "strict": QueueFilter(below=0.95),
    "lenient": QueueFilter(below=0.0),
    "changed": QueueFilter(reasons=[QueueReason.CHANGED]),
    "partial_or_single": QueueFilter(reasons=[QueueReason.PARTIAL, QueueReason.SINGLE_EVIDENCE]),
    "sottrum": QueueFilter(ars=[SOTTRUM]),
    "first_run": QueueFilter(run_id=1),
    "second_run": QueueFilter(run_id=2),
    "second_run_lenient": QueueFilter(run_id=2, below=0.0),
}


def ok() -> CrawlOutcome:
    return CrawlOutcome(status="ok", pages_crawled=3)


def partial() -> CrawlOutcome:
    errors = [{"url": f"{SOTTRUM_SITE}rathaus/", "status": "http_500", "http_status": 500},
              {"url": f"{SOTTRUM_SITE}formulare/", "status": "timeout"}, {"status": "page_budget_reached"},
              {"url": f"{SOTTRUM_SITE}alt/", "status": "http_404"}]  # fmt: skip
    return CrawlOutcome(status="partial", pages_crawled=3, errors=errors)


def without_portal(site: str) -> list[Any]:
    return [item for item in bothel_evidence(site) if item.url != BOTHEL_PORTAL]


def fill(sessions: sessionmaker[Session]) -> list[StoredRun]:
    """Run 1 finds everything; run 2 loses Bothel's portal and ends partial for Sottrum; run 3 after decisions."""
    verein = "https://www.beispiel-verein.de/"
    first = [
        Site(BOTHEL_SITE, "Bothel", BOTHEL, bothel_evidence(), ok()),
        Site(SOTTRUM_SITE, "Sottrum", SOTTRUM, bothel_evidence(SOTTRUM_SITE), ok()),
        Site(verein, "Verein", None, bothel_evidence(verein), ok()),
    ]
    second = [
        Site(BOTHEL_SITE, "Bothel", BOTHEL, without_portal(BOTHEL_SITE), ok()),
        Site(SOTTRUM_SITE, "Sottrum", SOTTRUM, without_portal(SOTTRUM_SITE), partial()),
    ]
    runs = [store_run(sessions, first), store_run(sessions, second)]
    with transaction(sessions) as session:
        record_decision(session, DecisionRequest(BOTHEL, "10559", DecisionKind.SET_LEVEL, "PDF", "A. Prüfer", level=2))
        record_decision(session, DecisionRequest(SOTTRUM, "10160", DecisionKind.CONFIRM, "stimmt", "B. Prüferin"))
        apply_review(session, BOTHEL, Settings())
        apply_review(session, SOTTRUM, Settings())
    third = [
        Site(SOTTRUM_SITE, "Sottrum", SOTTRUM, bothel_evidence(SOTTRUM_SITE), ok()),
        Site(BOTHEL_SITE, "Bothel", BOTHEL, bothel_evidence(BOTHEL_SITE), ok()),
    ]
    runs.append(store_run(sessions, third))
    return runs


def pinned(sessions: sessionmaker[Session], runs: list[StoredRun]) -> dict[str, list[dict[str, Any]]]:
    """Each filter's queue, with database ids written as run and site positions (they differ between databases)."""
    runs_by_id = {run.run_id: number for number, run in enumerate(runs)}
    sites = {sid: f"{number}/{index}" for number, run in enumerate(runs) for index, sid in enumerate(run.screening_ids)}
    answer = {}
    with sessions() as session:
        for name, wanted in FILTERS.items():
            if wanted.run_id is not None:
                wanted = QueueFilter(runs[wanted.run_id - 1].run_id, wanted.ars, wanted.below, wanted.reasons)
            entries = [entry.model_dump(mode="json") for entry in review_queue(session, wanted)]
            for entry in entries:
                entry["screening_id"], entry["run_id"] = sites[entry["screening_id"]], runs_by_id[entry["run_id"]]
            answer[name] = entries
    return answer


def test_the_queue_is_the_pinned_one(loaded_sessions: sessionmaker[Session]) -> None:
    answer = pinned(loaded_sessions, fill(loaded_sessions))
    if os.environ.get("OZG_WRITE_GOLDEN"):
        GOLDEN.write_text(json.dumps(answer, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert answer == json.loads(GOLDEN.read_text(encoding="utf-8"))
    everything = [entry for entries in answer.values() for entry in entries]
    assert {entry["ozg_id"] is None for entry in everything} == {True, False}  # partial and service entries
    assert {entry["ars"] is None for entry in everything} == {True, False}  # a site without ARS too


@pytest.mark.parametrize(("limit", "offset"), [(1, 0), (2, 1), (3, 4), (50, 0), (5, 99)])
def test_a_page_is_the_slice_of_the_whole_queue(
    loaded_sessions: sessionmaker[Session], limit: int, offset: int
) -> None:
    fill(loaded_sessions)
    with loaded_sessions() as session:
        for wanted in FILTERS.values():
            if wanted.run_id is not None:
                continue
            whole = review_queue(session, wanted)
            assert queue_page(session, wanted, limit, offset) == (whole[offset : offset + limit], len(whole))
