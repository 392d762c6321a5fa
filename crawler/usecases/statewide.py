"""`ozg-screen run`: screen many municipalities in one process, resumably, each stored as it finishes."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from scrapy.crawler import AsyncCrawlerRunner
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.models import Run, Screening
from catalog.database.retry import retried_transaction
from catalog.disk_full import is_disk_full
from catalog.errors import ConflictError, NotFoundError, UserError
from catalog.reference.registry import list_municipalities
from catalog.screenings.store import (
    CrawlOutcome,
    add_screening,
    create_run,
    finish_run,
    mark_running,
    now,
    reset_screening,
    store_outcome,
)
from catalog.settings import RenderMode, Settings
from catalog.vocabulary import UNFINISHED, RunKind, RunStatus, ScreeningStatus
from crawler.components.crawl_state import SiteTarget
from crawler.components.runner import CrawlContext, Interrupt, crawl_site, new_site_crawl, run_in_reactor
from crawler.components.scrapy_settings import CrawlOptions
from crawler.usecases.explicit_selection import Site, explicit_sites, shared_websites
from crawler.usecases.run_progress import RunProgress, report_progress
from crawler.usecases.site_jobs import (
    Recognition,
    crawl_settings,
    finish_site,
    load_recognition,
    make_context,
    outcome_of,
)

log = logging.getLogger(__name__)
SCREENABLE_TYPES = ("landkreis", "kreisfreie_stadt", "samtgemeinde", "stadt", "gemeinde", "mitgliedsgemeinde")


@dataclass
class RunRequest:
    state: str = ""
    types: list[str] = field(default_factory=list)
    kreis: str = ""
    ars: list[str] = field(default_factory=list)
    limit: int | None = None
    concurrency: int | None = None
    max_pages: int | None = None
    render: RenderMode | None = None
    resume: int | None = None

    def selection(self) -> dict[str, Any]:
        return {
            "state": self.state,
            "types": self.types,
            "kreis": self.kreis,
            "ars": self.ars,
            "limit": self.limit,
        }

    def cli_args(self) -> list[str]:
        """The `ozg-screen run` options that repeat this request (for scheduled runs)."""
        pairs = [
            ("--state", self.state),
            ("--kreis", self.kreis),
            ("--limit", self.limit),
            ("--concurrency", self.concurrency),
            ("--max-pages", self.max_pages),
            ("--render", self.render),
        ]
        args = [part for flag, value in pairs if value for part in (flag, str(value))]
        args += [part for kind in self.types for part in ("--type", kind)]
        return args + [part for key in self.ars for part in ("--ars", key)]


@dataclass
class Target:
    screening_id: int
    start_url: str
    name: str
    ars: str | None


def select_targets(session: Session, request: RunRequest) -> tuple[list[Site], list[dict[str, Any]]]:
    """(start URL, name, ARS) of every selected municipality that has a website; and the named ones left out."""
    if request.ars:
        chosen, skipped = explicit_sites(session, request.ars, request.types)
    else:
        found = list_municipalities(
            session,
            types=request.types or list(SCREENABLE_TYPES),
            kreis=request.kreis,
            state=request.state,
            with_website=True,
        )
        chosen, skipped = [(item.website or "", item.name, item.ars) for item in found], []
    chosen = chosen[: request.limit] if request.limit else chosen
    if not chosen:
        reasons = "; ".join(f"{item['ars']}: {item['reason']}" for item in skipped[:3])
        raise UserError(
            f"no selected municipality can be screened ({reasons})"
            if skipped
            else "no selected municipality has a website: add some with `municipalities set-website`, "
            "`import-websites` or `discover`"
        )
    return chosen, skipped


def prepare_run(
    sessions: sessionmaker[Session],
    request: RunRequest,
    options: CrawlOptions,
    kind: str = RunKind.STATEWIDE,
    sites: list[tuple[str, str, str | None]] | None = None,
    progress: Callable[[str], None] | None = None,
) -> int:
    """Create a run with one pending screening per site, or reset the unfinished ones of a run to resume.

    Whatever an explicit selection (--ars) leaves out is named with its reason, in the run record and on `progress`.
    """
    if request.resume is not None:
        return retried_transaction(
            sessions, lambda session: _reopen(session, request.resume or 0), wait=options.database_wait, what="resuming"
        )

    def create(session: Session) -> tuple[int, list[dict[str, Any]]]:
        chosen, skipped = (sites, []) if sites is not None else select_targets(session, request)
        unique, shared = shared_websites(chosen)
        if request.ars:
            skipped += shared
        run = create_run(
            session,
            kind,
            selection={**request.selection(), "skipped": skipped} if skipped else request.selection(),
            options={"max_pages": options.max_pages, "render": options.render},
        )
        for start_url, name, ars in unique:
            add_screening(session, run, start_url, name=name, municipality_ars=ars)
        return run.id, skipped

    run_id, skipped = retried_transaction(sessions, create, wait=options.database_wait, what="creating the run")
    for item in skipped:
        who = " ".join(part for part in (item["ars"], item["name"]) if part)
        (progress or log.warning)(f"übersprungen: {who}: {item['reason']}")
    return run_id


def _reopen(session: Session, run_id: int) -> int:
    run = session.get(Run, run_id)
    if run is None:
        raise NotFoundError(f"no run with id {run_id} (see `ozg-screen runs`)")
    unfinished = session.scalars(
        select(Screening.id).where(Screening.run_id == run_id, Screening.status.in_(sorted(UNFINISHED)))
    ).all()
    if not unfinished:
        raise ConflictError(f"run {run_id} has nothing left to do (status {run.status})")
    for screening_id in unfinished:
        reset_screening(session, screening_id)
    run.status, run.finished_at = RunStatus.RUNNING, None
    return run_id


def pending_targets(sessions: sessionmaker[Session], run_id: int) -> list[Target]:
    with sessions() as session:
        unfinished = (Screening.run_id == run_id, Screening.status.in_(sorted(UNFINISHED)))
        rows = session.scalars(select(Screening).where(*unfinished).order_by(Screening.id))
        return [Target(row.id, row.start_url, row.name, row.municipality_ars) for row in rows]


def execute_run(
    run_id: int,
    request: RunRequest,
    settings: Settings,
    sessions: sessionmaker[Session],
    progress: Callable[[str], None],
) -> Run:
    """Crawl every pending screening of the run; returns the finished run."""
    options = CrawlOptions.from_settings(settings, max_pages=request.max_pages, render=request.render)
    recognition = load_recognition(sessions, settings)
    values, can_render, warning = crawl_settings(settings, options)
    if warning:
        progress(warning)
    targets = pending_targets(sessions, run_id)
    context = make_context(options, recognition, sessions, can_render)
    concurrency = request.concurrency or settings.run_concurrency
    interrupted = run_in_reactor(
        values,
        lambda runner, interrupt: _crawl_all(
            runner, interrupt, targets, context, recognition, sessions, concurrency, progress
        ),
    )
    return retried_transaction(
        sessions,
        lambda session: finish_run(session, run_id, interrupted=interrupted),
        wait=options.database_wait,
        what="closing the run",
    )


async def _crawl_all(
    runner: AsyncCrawlerRunner,
    interrupt: Interrupt,
    targets: list[Target],
    context: CrawlContext,
    recognition: Recognition,
    sessions: sessionmaker[Session],
    concurrency: int,
    progress: Callable[[str], None],
) -> bool:
    tracker = RunProgress(total=len(targets))
    reporter = asyncio.ensure_future(report_progress(tracker, progress))
    slots = asyncio.Semaphore(concurrency)

    async def one(target: Target) -> None:
        async with slots:
            if interrupt.requested:
                return
            try:
                await _screen(runner, interrupt, target, context, recognition, sessions, tracker)
            except Exception as error:  # e.g. the database stayed away too long: the site stays unfinished
                if is_disk_full(error):  # no other site could be stored either: stop, resumable
                    raise
                log.exception("screening %s failed; it stays unfinished for a resume", target.start_url)
                tracker.failed += 1

    try:
        await asyncio.gather(*(one(target) for target in targets))
    finally:
        reporter.cancel()
        progress(tracker.line())
    return interrupt.requested


async def _screen(
    runner: AsyncCrawlerRunner,
    interrupt: Interrupt,
    target: Target,
    context: CrawlContext,
    recognition: Recognition,
    sessions: sessionmaker[Session],
    tracker: RunProgress,
) -> None:
    """One municipality: its failure is recorded on its screening and never reaches the others."""
    # Off the event loop: a database outage here must not stall the other municipalities' downloads.
    await asyncio.to_thread(
        retried_transaction,
        sessions,
        lambda session: mark_running(session, target.screening_id),
        wait=context.options.database_wait,
        what="starting a municipality",
    )
    if interrupt.requested:  # came while the screening was being marked: no crawl may start after a stop
        return
    site = new_site_crawl(SiteTarget(target.start_url, target.name, target.ars, target.screening_id), context)
    started = now()
    tracker.started(site.state)
    await crawl_site(runner, site)
    if interrupt.requested:
        tracker.finished(site.state, "interrupted")
        return  # left as "running": a resume redoes it from scratch
    outcome = outcome_of(site.state)
    outcome.started_at, outcome.finished_at = started, now()
    await asyncio.to_thread(_store, site, recognition, sessions, outcome)
    tracker.finished(site.state, outcome.status)


def _store(site: Any, recognition: Recognition, sessions: sessionmaker[Session], outcome: CrawlOutcome) -> None:
    try:
        finish_site(site, recognition, sessions, outcome)
    except Exception as error:  # scoring must not lose the crawl: keep the evidence, mark the site partial
        log.exception("scoring %s failed", site.state.target.start_url)
        outcome.status = ScreeningStatus.PARTIAL
        outcome.errors.insert(0, {"status": "scoring_error", "message": str(error)[:300]})
        finish_site_without_results(sessions, site.state.target.screening_id, outcome, site.sink.wait)


def finish_site_without_results(
    sessions: sessionmaker[Session], screening_id: int | None, outcome: CrawlOutcome, wait: float
) -> None:
    """Keep the crawl's outcome (and its evidence, stored already) when judging it failed."""
    if screening_id is None:
        return
    retried_transaction(
        sessions,
        lambda session: store_outcome(session, screening_id, outcome, []),
        wait=wait,
        what="storing an outcome",
    )
