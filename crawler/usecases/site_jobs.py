"""Shared steps of `check` and statewide runs: matcher and platforms, crawl context, finishing one site."""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from catalog.database.retry import retried_transaction
from catalog.errors import UserError
from catalog.matching.matcher import Matcher
from catalog.maturity.scoring import ServiceFinding, score_site
from catalog.reference.catalog_queries import matcher_from_session
from catalog.reference.platforms import PlatformRegistry
from catalog.screenings.store import CrawlOutcome, screening_evidence, store_outcome
from catalog.settings import Settings
from crawler.components.crawl_state import CrawlState
from crawler.components.render import find_chromium, playwright_installed_browser
from crawler.components.runner import CrawlContext, SiteCrawl
from crawler.components.scrapy_settings import CrawlOptions, scrapy_settings

log = logging.getLogger(__name__)
GC_YOUNG_THRESHOLD = 20_000


@dataclass
class Recognition:
    matcher: Matcher
    platforms: PlatformRegistry

    def recogniser(self) -> Callable[[str], str | None]:
        """Text -> best OZG-ID or None, cached: menus repeat the same link texts on every page."""

        @lru_cache(maxsize=50_000)
        def recognise(text: str) -> str | None:
            matches = self.matcher.match(text, limit=1) if text else []
            return matches[0].ozg_id if matches else None

        return recognise


def load_recognition(sessions: sessionmaker[Session], settings: Settings) -> Recognition:
    """Matcher (its index saved in the var dir for the next process) and platform registry."""
    with collector_paused(), sessions() as session:
        matcher = matcher_from_session(session, settings.index_dir)
    if not matcher_has_catalog(matcher):
        raise UserError("the OZG catalog is not loaded: run `ozg-screen catalog load`")
    recognition = Recognition(matcher, PlatformRegistry.from_file(settings.data_dir / "platforms.toml"))
    # Modules, catalog and index live as long as the process: the cyclic garbage collector need not walk
    # them again on every collection during the crawl (measured in bench/crawl_throughput.py). Once per
    # process, so that a process loading several times never freezes garbage of its own.
    if not gc.get_freeze_count():
        gc.freeze()
        # A crawl allocates a few objects per link of every page, nearly all freed by reference counting; at the
        # default of 700 allocations the young generation was collected about 270 times in a 300-page check.
        gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    return recognition


@contextmanager
def collector_paused() -> Iterator[None]:
    """Loading the index creates its objects by the hundred thousand, all kept: collections meanwhile find nothing
    (160 of them, about 0.09 s CPU per process, measured with gc.callbacks)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def matcher_has_catalog(matcher: Matcher) -> bool:
    return bool(matcher.match("Personalausweis beantragen", limit=1))


def browser_setup(settings: Settings, render: str) -> tuple[str | None, bool, str]:
    """(chromium path, whether pages can be rendered, a warning) for the chosen render mode."""
    if render == "never":
        return None, False, ""
    chromium = find_chromium(settings.chromium_path)
    if chromium or playwright_installed_browser():
        return chromium, True, ""
    message = "Chromium not found: install it (scripts/system-deps.sh chromium) or `playwright install chromium`"
    if render == "always":
        raise UserError(message)
    return None, False, message + "; pages built by JavaScript are read unrendered"


def crawl_settings(settings: Settings, options: CrawlOptions) -> tuple[dict[str, Any], bool, str]:
    chromium, can_render, warning = browser_setup(settings, options.render)
    return scrapy_settings(settings, chromium, can_render), can_render, warning


def make_context(
    options: CrawlOptions, recognition: Recognition, sessions: sessionmaker[Session] | None, can_render: bool
) -> CrawlContext:
    return CrawlContext(
        options=options,
        platforms=recognition.platforms,
        recognise=recognition.recogniser(),
        sessions=sessions,
        can_render=can_render,
    )


def outcome_of(state: CrawlState) -> CrawlOutcome:
    status = state.final_status()
    errors = list(state.problems)
    if state.crashed:
        errors.insert(0, {"status": "crash", "message": state.crashed})
    if state.budget_reached:
        errors.append({"status": "page_budget_reached", "message": f"stopped after {state.max_pages} pages"})
    return CrawlOutcome(
        status=status,
        pages_crawled=state.pages_crawled,
        portal_pages=state.portal_pages,
        rendered_pages=state.rendered_pages,
        errors=errors,
    )


def finish_site(
    site: SiteCrawl, recognition: Recognition, sessions: sessionmaker[Session] | None, outcome: CrawlOutcome
) -> list[ServiceFinding]:
    """Score the site's evidence and, when storing, write outcome and results in one transaction."""
    target = site.state.target
    if sessions is None or target.screening_id is None:
        return score_site(target.start_url, site.sink.kept, recognition.matcher, recognition.platforms)
    screening_id = target.screening_id

    def judge_and_store(session: Session) -> list[ServiceFinding]:
        evidence = screening_evidence(session, screening_id)
        findings = score_site(target.start_url, evidence, recognition.matcher, recognition.platforms)
        store_outcome(session, screening_id, outcome, findings)
        return findings

    # Retried whole after an outage: the results are replaced, never added a second time.
    return retried_transaction(sessions, judge_and_store, wait=site.sink.wait, what="storing results")
