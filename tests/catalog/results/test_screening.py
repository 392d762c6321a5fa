"""The screening document: one builder for stored screenings and for `check --no-store`, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from catalog.errors import NotFoundError
from catalog.reference.registry import find_municipality
from catalog.results.documents import ScreeningDocument, SupportingEvidence
from catalog.results.screening import (
    EVIDENCE_PER_SERVICE,
    ScoredService,
    build_document,
    latest_screening,
    municipality_ref,
    screening_document,
    screening_run,
    unstored_document,
)
from catalog.screenings.store import CrawlOutcome
from crawler.localweb.control import LocalWeb
from tests.catalog.results.builders import (
    BOTHEL,
    BOTHEL_PORTAL,
    BOTHEL_SITE,
    FINISHED,
    STARTED,
    Site,
    bothel,
    bothel_evidence,
    bothel_outcome,
    store_run,
    unstored_findings,
)
from tests.support.cli import run_cli
from tests.support.environments import screening_env


def _as_utc(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive UTC timestamps, PostgreSQL aware ones in its session's zone."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def test_stored_and_unstored_screening_give_the_same_document(loaded_sessions: sessionmaker[Session]) -> None:
    stored_run = store_run(loaded_sessions, [bothel()])
    with loaded_sessions() as session:
        stored = screening_document(session, stored_run.screening_ids[0])
        site = municipality_ref(find_municipality(session, BOTHEL), BOTHEL_SITE, "Bothel")
        unstored = unstored_document(session, site, bothel_outcome(), unstored_findings(bothel()))
    assert stored.run.id == stored_run.run_id and unstored.run.id is None
    assert _as_utc(stored.run.started_at) == unstored.run.started_at
    assert _as_utc(stored.run.finished_at) == unstored.run.finished_at
    same_run = {"id": None, "started_at": unstored.run.started_at, "finished_at": unstored.run.finished_at}
    assert stored.model_copy(update={"run": stored.run.model_copy(update=same_run)}) == unstored
    assert {service.ozg_id: service.maturity for service in stored.services} == {"10160": 3, "10559": 2}


def test_document_of_a_stored_screening(loaded_sessions: sessionmaker[Session]) -> None:
    stored_run = store_run(loaded_sessions, [bothel()])
    with loaded_sessions() as session:
        document = screening_document(session, stored_run.screening_ids[0])
    assert document.municipality.model_dump() == {"name": "Bothel", "ars": BOTHEL, "ags": None, "url": BOTHEL_SITE}
    assert document.services[0].evidence[0].url == BOTHEL_PORTAL
    assert document.summary.model_dump() == {
        "services_found": 2,
        "by_maturity": {"1": 0, "2": 1, "3": 1, "4": 0},
        "online_services": 1,
        "pages_crawled": 2,
        "error_count": 2,
        "duration_seconds": 42.86,  # of the timestamps shown, to the millisecond: 42.987 - 0.123
    }


def test_document_json_keeps_the_documented_key_order(loaded_sessions: sessionmaker[Session]) -> None:
    stored_run = store_run(loaded_sessions, [bothel()])
    with loaded_sessions() as session:
        document = screening_document(session, stored_run.screening_ids[0]).model_dump(mode="json")
    assert list(document) == ["municipality", "run", "services", "summary"]
    assert list(document["run"]) == ["id", "started_at", "finished_at", "pages_crawled", "status", "errors"]
    assert document["run"]["errors"] == [
        {"url": f"{BOTHEL_SITE}alt/", "status": "http_404", "http_status": 404},
        {"status": "page_budget_reached", "message": "stopped after 2 pages"},
    ]
    assert list(document["services"][0]) == [
        "ozg_id",
        "name",
        "themenfeld",
        "lebenslage",
        "maturity",
        "confidence",
        "evidence",
        "provided_by",
    ]
    assert list(document["services"][0]["evidence"][0]) == ["url", "kind", "text", "rule", "level", "confidence"]


def test_unknown_screening_is_not_found(loaded_sessions: sessionmaker[Session]) -> None:
    with loaded_sessions() as session, pytest.raises(NotFoundError, match="no screening with id 999999"):
        screening_document(session, 999999)


def _evidence(url: str, level: int, confidence: float, rule: str = "info_page") -> SupportingEvidence:
    return SupportingEvidence(url=url, kind="page", text="Hundesteuer", rule=rule, level=level, confidence=confidence)


def test_builder_shows_found_catalog_services_strongest_first(loaded_sessions: sessionmaker[Session]) -> None:
    weak = [_evidence(f"https://example.de/{number}", 1, 0.5 + number / 100) for number in range(7)]
    services = [
        ScoredService("10559", 2, 0.8, [_evidence("https://example.de/form", 2, 0.8)]),
        ScoredService("10160", 3, 0.7, [*weak, _evidence(BOTHEL_PORTAL, 3, 0.7, "online_service_link")]),
        ScoredService("10000", 0, 0.9, []),  # nothing found: not shown
        ScoredService("99999", 4, 0.99, []),  # not in the catalog: not shown
    ]
    run = screening_run(None, CrawlOutcome(status="ok", pages_crawled=3))
    with loaded_sessions() as session:
        document = build_document(session, municipality_ref(None, BOTHEL_SITE), run, services)
    assert [service.ozg_id for service in document.services] == ["10160", "10559"]
    hundesteuer = document.services[0]
    assert hundesteuer.name and hundesteuer.themenfeld and hundesteuer.lebenslage
    assert len(hundesteuer.evidence) == EVIDENCE_PER_SERVICE
    assert [item.url for item in hundesteuer.evidence[:2]] == [BOTHEL_PORTAL, "https://example.de/6"]
    assert document.summary.duration_seconds is None


def test_latest_screening_is_the_newest_screened_one(loaded_sessions: sessionmaker[Session]) -> None:
    first = store_run(loaded_sessions, [bothel()])
    newest = store_run(loaded_sessions, [bothel()])
    unreachable = Site(BOTHEL_SITE, "Bothel", BOTHEL, outcome=CrawlOutcome(status="dns_error"))
    store_run(loaded_sessions, [unreachable])
    with loaded_sessions() as session:
        latest = latest_screening(session, BOTHEL)
        never_screened = latest_screening(session, "033570000000")
    assert latest is not None and latest.run.id == newest.run_id != first.run_id
    assert never_screened is None


def test_stored_screening_without_results_has_an_empty_document(loaded_sessions: sessionmaker[Session]) -> None:
    pending = store_run(loaded_sessions, [Site(BOTHEL_SITE, evidence=bothel_evidence(), outcome=None)])
    with loaded_sessions() as session:
        document = screening_document(session, pending.screening_ids[0])
    assert document.run.status == "running" and document.run.finished_at is None
    assert document.services == [] and document.summary.services_found == 0
    assert document.municipality.ars is None


def test_timestamps_are_shown_to_the_millisecond() -> None:
    run = screening_run(7, CrawlOutcome(status="ok", started_at=STARTED, finished_at=FINISHED))
    shown = run.model_dump(mode="json")
    assert shown["started_at"] == "2026-12-01T10:00:00.123+00:00"
    assert shown["finished_at"] == "2026-12-01T10:00:42.987+00:00"


VARYING = re.compile(r'"(id|started_at|finished_at|duration_seconds)": [^,\n]+')


def test_check_gives_the_same_document_stored_and_with_no_store(
    loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb
) -> None:
    env = screening_env(loaded_sqlite_url, tmp_path, fixture_web, concurrent_requests="1", concurrent_per_host="1")
    url = "http://www.gemeinde-altenmoor.de/"
    stored = run_cli("check", url, "--json", env=env)
    unstored = run_cli("check", url, "--json", "--no-store", env=env)
    assert stored.code == unstored.code == 0, stored.stderr + unstored.stderr
    document = json.loads(stored.stdout)
    assert document["run"]["id"] is not None and document["services"] and document["run"]["errors"]
    assert VARYING.sub("", stored.stdout) == VARYING.sub("", unstored.stdout)
    ScreeningDocument.model_validate_json(unstored.stdout)
