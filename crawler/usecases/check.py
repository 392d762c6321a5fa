"""`ozg-screen check`: screen one municipality (by URL, ARS or AGS) and report its services."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass

from scrapy.crawler import AsyncCrawlerRunner
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.models import Municipality
from catalog.database.retry import retried_transaction
from catalog.errors import ConflictError
from catalog.maturity.scoring import ServiceFinding
from catalog.reference.registry import find_municipality
from catalog.results.documents import MunicipalityRef, ScreeningDocument
from catalog.results.screening import municipality_ref, screening_document, unstored_document
from catalog.screenings.store import CrawlOutcome, add_screening, create_run, finish_run, mark_running, now
from catalog.settings import RenderMode, Settings
from catalog.urls import normalise_website
from catalog.vocabulary import RunKind, is_screened
from crawler.components.crawl_state import SiteTarget
from crawler.components.runner import Interrupt, SiteCrawl, crawl_site, new_site_crawl, run_in_reactor
from crawler.components.scrapy_settings import CrawlOptions
from crawler.usecases.site_jobs import (
    crawl_settings,
    finish_site,
    load_recognition,
    make_context,
    outcome_of,
)

PROGRESS_SECONDS = 2.0


@dataclass
class CheckRequest:
    target: str
    name: str = ""
    max_pages: int | None = None
    render: RenderMode | None = None
    store: bool = True


def resolve_target(session: Session, request: CheckRequest) -> tuple[str, str, Municipality | None]:
    """(start URL, name, registry entry) for a URL, an ARS or an AGS."""
    spec = request.target.strip()
    if spec.isdigit():
        municipality = find_municipality(session, spec)
        if not municipality.website:
            raise ConflictError(
                f"no website known for {municipality.name} ({municipality.ars}): "
                f"set one with `ozg-screen municipalities set-website {municipality.ars} URL`"
            )
        return municipality.website, request.name or municipality.name, municipality
    return normalise_website(spec), request.name or "", None


def run_check(
    request: CheckRequest,
    settings: Settings,
    sessions: sessionmaker[Session],
    progress: Callable[[str], None],
) -> tuple[ScreeningDocument, bool]:
    """Crawl, score and (unless --no-store) store; returns the screening document and whether the site was screened."""
    options = CrawlOptions.from_settings(settings, max_pages=request.max_pages, render=request.render)
    with sessions() as session:
        start_url, name, municipality = resolve_target(session, request)
        site_ref = municipality_ref(municipality, start_url, name)
    recognition = load_recognition(sessions, settings)
    values, can_render, warning = crawl_settings(settings, options)
    if warning:
        progress(warning)
    run_id, screening_id = (
        _open_run(sessions, request, options, start_url, name, municipality) if request.store else (None, None)
    )
    target = SiteTarget(start_url, name, municipality.ars if municipality else None, screening_id)
    site = new_site_crawl(target, make_context(options, recognition, sessions if request.store else None, can_render))
    started = now()

    async def main(runner: AsyncCrawlerRunner, interrupt: Interrupt) -> SiteCrawl:
        reporter = asyncio.ensure_future(_report_progress(site, progress))
        try:
            return await crawl_site(runner, site)
        finally:
            site.state.interrupted = interrupt.requested
            reporter.cancel()

    run_in_reactor(values, main)
    outcome = outcome_of(site.state)
    outcome.started_at, outcome.finished_at = started, now()
    findings = finish_site(site, recognition, sessions if request.store else None, outcome)
    document = _document(sessions, run_id, screening_id, site_ref, outcome, findings, options.database_wait)
    return document, is_screened(outcome.status)


def _open_run(
    sessions: sessionmaker[Session],
    request: CheckRequest,
    options: CrawlOptions,
    start_url: str,
    name: str,
    municipality: Municipality | None,
) -> tuple[int, int]:
    def open_run(session: Session) -> tuple[int, int]:
        run = create_run(
            session,
            RunKind.CHECK,
            selection={"target": request.target},
            options={"max_pages": options.max_pages, "render": options.render},
        )
        screening = add_screening(
            session, run, start_url, name=name, municipality_ars=municipality.ars if municipality else None
        )
        mark_running(session, screening.id)
        return run.id, screening.id

    return retried_transaction(sessions, open_run, wait=options.database_wait, what="creating the run")


def _document(
    sessions: sessionmaker[Session],
    run_id: int | None,
    screening_id: int | None,
    site_ref: MunicipalityRef,
    outcome: CrawlOutcome,
    findings: list[ServiceFinding],
    wait: float,
) -> ScreeningDocument:
    """A stored screening's document is read back from the database; an unstored one built from its findings."""
    if run_id is not None and screening_id is not None:
        retried_transaction(sessions, lambda session: finish_run(session, run_id), wait=wait, what="closing the run")
        with sessions() as session:
            return screening_document(session, screening_id)
    with sessions() as session:
        return unstored_document(session, site_ref, outcome, findings)


async def _report_progress(site: SiteCrawl, progress: Callable[[str], None]) -> None:
    started = time.monotonic()
    while True:
        await asyncio.sleep(PROGRESS_SECONDS)
        state = site.state
        progress(
            f"… {time.monotonic() - started:4.0f} s: {state.site_pages} Seiten, {state.portal_pages} "
            f"Portalseiten, {len(state.services_seen)} Leistungen erkannt (vorläufig), "
            f"{sum(state.problem_counts.values())} Fehler"
        )
