"""Stored screenings for read-layer tests: evidence as the crawler yields it, judged and stored by the real code."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache

from sqlalchemy.orm import Session, sessionmaker

from catalog.database.engine import transaction
from catalog.evidence import Evidence
from catalog.matching.matcher import Matcher
from catalog.maturity.scoring import ServiceFinding, score_site
from catalog.reference.platforms import PlatformRegistry
from catalog.screenings.store import (
    CrawlOutcome,
    add_screening,
    create_run,
    finish_run,
    mark_running,
    screening_evidence,
    store_outcome,
)
from crawler.components.evidence_sink import EvidenceSink
from tests.support.evidence import link, page
from tests.support.paths import PROJECT_ROOT

BOTHEL = "033575401000"
BOTHEL_SITE = "https://www.samtgemeinde-bothel.de/"
BOTHEL_PORTAL = "https://bothel.rathausdirekt.de/hundeanmeldung/"
STARTED = datetime(2026, 12, 1, 10, 0, 0, 123456, tzinfo=UTC)
FINISHED = datetime(2026, 12, 1, 10, 0, 42, 987654, tzinfo=UTC)


@lru_cache(maxsize=1)
def matcher() -> Matcher:
    return Matcher.from_files(PROJECT_ROOT / "data" / "catalog")


@lru_cache(maxsize=1)
def platforms() -> PlatformRegistry:
    return PlatformRegistry.from_file(PROJECT_ROOT / "data" / "platforms.toml")


def bothel_evidence(site: str = BOTHEL_SITE) -> list[Evidence]:
    """A home page, the Hundesteuer page with its online link, and a form to download."""
    home = page(site, "Samtgemeinde Bothel", "Willkommen", depth=0)
    hundesteuer = page(
        f"{site}buergerservice/hundesteuer/",
        "Hundesteuer – Samtgemeinde Bothel",
        "Hundesteuer",
        depth=2,
        breadcrumb="Bürgerservice",
    )
    a_z = page(f"{site}buergerservice/a-z/", "Bürgerservice A-Z – Samtgemeinde Bothel", "Bürgerservice A-Z")
    form_link = link(
        a_z, f"{site}medien/antrag_meldebescheinigung.pdf", "Antrag auf Meldebescheinigung (PDF)", "Formulare",
        doc_type="pdf",
    )  # fmt: skip
    return [home, hundesteuer, link(hundesteuer, BOTHEL_PORTAL, "Hund online anmelden", "Hundesteuer"), form_link]


@dataclass
class Site:
    """One site to store in a run: where it is, what the crawl saw and how it ended."""

    url: str
    name: str = ""
    ars: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    outcome: CrawlOutcome | None = None  # None: left pending, as a crawl that has not ended


@dataclass
class StoredRun:
    run_id: int
    screening_ids: list[int]


def bothel_outcome() -> CrawlOutcome:
    errors = [
        {"url": f"{BOTHEL_SITE}alt/", "status": "http_404", "http_status": 404},
        {"status": "page_budget_reached", "message": "stopped after 2 pages"},
    ]
    return CrawlOutcome(status="ok", pages_crawled=2, errors=errors, started_at=STARTED, finished_at=FINISHED)


def bothel() -> Site:
    return Site(BOTHEL_SITE, "Bothel", BOTHEL, bothel_evidence(), bothel_outcome())


def store_run(sessions: sessionmaker[Session], sites: list[Site], *, kind: str = "check") -> StoredRun:
    """One run with these sites: evidence through the crawler's sink, judged and stored; closed unless a site is
    left pending."""
    with transaction(sessions) as session:
        run = create_run(session, kind, selection={}, options={})
        ids = [add_screening(session, run, site.url, name=site.name, municipality_ars=site.ars).id for site in sites]
        run_id = run.id
    for site, screening_id in zip(sites, ids, strict=True):
        _store_site(sessions, site, screening_id)
    if all(site.outcome is not None for site in sites):
        with transaction(sessions) as session:
            finish_run(session, run_id)
    return StoredRun(run_id, ids)


def _store_site(sessions: sessionmaker[Session], site: Site, screening_id: int) -> None:
    sink = EvidenceSink(sessions, screening_id)
    for item in site.evidence:
        sink.add(item)
    sink.flush()
    with transaction(sessions) as session:
        if site.outcome is None:
            mark_running(session, screening_id)
            return
        evidence = screening_evidence(session, screening_id)
        store_outcome(session, screening_id, site.outcome, score_site(site.url, evidence, matcher(), platforms()))


def unstored_findings(site: Site) -> list[ServiceFinding]:
    """The findings of `check --no-store`: the same evidence, judged without a database."""
    return score_site(site.url, site.evidence, matcher(), platforms())
