"""Runs site crawls in one Twisted/asyncio reactor: several at once, each finished site handed on at once."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

# Imported here, not when the engine loads its download handler: Scrapy's TLS modules build deprecated aliases with
# inspect.stack(), which reads the source of every frame and scans sys.modules once per frame, so its cost grows
# with the call stack, deep inside the reactor and the CLI when the handler is loaded (see docs/scaling.md).
import scrapy.core.downloader.handlers.http11  # noqa: F401
from scrapy.crawler import AsyncCrawlerRunner
from scrapy.utils.reactor import install_reactor
from sqlalchemy.orm import Session, sessionmaker

from catalog.reference.platforms import PlatformRegistry
from crawler.components.child_processes import kill_browser_processes
from crawler.components.crawl_state import CrawlState, SiteTarget
from crawler.components.evidence_sink import EvidenceSink
from crawler.components.frontier import Frontier, FrontierLimits
from crawler.components.scrapy_settings import CrawlOptions
from crawler.components.spider import MunicipalSpider
from crawler.components.status_dump import install_status_dump
from crawler.components.urls import SiteScope

log = logging.getLogger(__name__)
T = TypeVar("T")
ASYNCIO_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"


@dataclass
class CrawlContext:
    """What every site crawl of one process shares."""

    options: CrawlOptions
    platforms: PlatformRegistry
    recognise: Callable[[str], str | None]
    sessions: sessionmaker[Session] | None
    can_render: bool


@dataclass
class SiteCrawl:
    state: CrawlState
    sink: EvidenceSink


def new_site_crawl(target: SiteTarget, context: CrawlContext) -> SiteCrawl:
    options = context.options
    frontier = Frontier(
        SiteScope(target.start_url),
        context.platforms,
        FrontierLimits(options.max_depth, options.max_portal_pages, max_document_checks=options.max_document_checks),
        context.recognise,
    )
    state = CrawlState(
        target=target,
        frontier=frontier,
        max_pages=options.max_pages,
        render_mode=options.render,
        can_render=context.can_render,
    )
    return SiteCrawl(state, EvidenceSink(context.sessions, target.screening_id, wait=options.database_wait))


async def crawl_site(runner: AsyncCrawlerRunner, site: SiteCrawl) -> SiteCrawl:
    """Crawl one site to its end; a crash is recorded on its state, never raised."""
    crawler = runner.create_crawler(MunicipalSpider)
    try:
        await runner.crawl(crawler, target=site.state.target, state=site.state, sink=site.sink)
    except Exception as error:  # a broken site must not stop the others
        log.exception("crawl of %s crashed", site.state.target.start_url)
        site.state.crashed = f"{type(error).__name__}: {error}"[:300]
    try:
        await site.sink.flush_async()
    except Exception as error:
        log.exception("could not store the last evidence of %s", site.state.target.start_url)
        site.state.crashed = site.state.crashed or f"store: {error}"[:300]
    return site


STOP_AGAIN_SECONDS = 5


class Interrupt:
    """First Ctrl-C / SIGTERM: stop crawls gracefully, keeping what was gathered; second: stop at once."""

    # Signals are the process's: the command's exit code (130 for SIGINT, 143 for SIGTERM) says which one came.
    last_signal: ClassVar[int] = 0

    def __init__(self) -> None:
        self.requested = False
        self.runner: AsyncCrawlerRunner | None = None
        self.stopping: asyncio.Future[None] | None = None

    def install(self, runner: AsyncCrawlerRunner) -> None:
        self.runner = runner
        loop = asyncio.get_event_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, self._handle, signum)

    def _handle(self, signum: int) -> None:
        Interrupt.last_signal = signum
        if self.requested:
            # At once means at once: the reactor's threads would keep a normal exit waiting; the browser goes too.
            kill_browser_processes()
            log.warning("interrupted twice: stopped at once")
            os._exit(128 + signum)
        self.requested = True
        log.warning("interrupted: stopping crawls, keeping what was gathered")
        self._stop_crawls()

    def _stop_crawls(self) -> None:
        # Asked again every few seconds: a crawl that was still starting when the signal came is not stopped by
        # the first request, and would otherwise keep the command running to its own end.
        if self.runner is not None and self.runner.crawlers:
            self.stopping = asyncio.ensure_future(self.runner.stop())
            asyncio.get_event_loop().call_later(STOP_AGAIN_SECONDS, self._stop_crawls)


def interrupted_exit_code() -> int:
    """128 + the signal that interrupted the command: 143 after SIGTERM, 130 after Ctrl-C."""
    return 128 + (Interrupt.last_signal or signal.SIGINT)


def _stop_thread_pool(twisted_reactor: Any) -> None:
    """Stop the reactor's worker threads (DNS lookups) if its shutdown did not: they are not daemons, and one left
    running keeps the interpreter waiting at exit. A normal stop has stopped them already; an early end may not."""
    pool = getattr(twisted_reactor, "threadpool", None)
    if pool is not None and pool.started:
        pool.stop()


async def _close_browser_if_started() -> None:
    """A crawl that rendered has imported the shared browser's module; one that did not never needs Playwright."""
    browser = sys.modules.get("crawler.components.browser")
    if browser is not None:
        await browser.close_shared_browser()


def run_in_reactor(scrapy_settings: dict[str, Any], main: Callable[[AsyncCrawlerRunner, Interrupt], Awaitable[T]]) -> T:
    """Install the asyncio reactor, run main(runner, interrupt) to its end, and return its result."""
    install_reactor(ASYNCIO_REACTOR)
    from twisted.internet import defer, reactor

    runner = AsyncCrawlerRunner(scrapy_settings)
    interrupt = Interrupt()
    outcome: dict[str, Any] = {}

    async def wrapped() -> None:
        interrupt.install(runner)
        install_status_dump(runner)
        try:
            outcome["value"] = await main(runner, interrupt)
        except BaseException as error:
            outcome["error"] = error
        finally:
            await _close_browser_if_started()

    twisted_reactor: Any = reactor
    deferred = defer.Deferred.fromFuture(asyncio.ensure_future(wrapped()))
    deferred.addBoth(lambda _: twisted_reactor.stop())
    try:
        twisted_reactor.run(installSignalHandlers=False)
    finally:
        # A second Ctrl-C, or an error that ended the reactor early, skips the graceful close: no browser survives.
        if kill_browser_processes():
            log.warning("browser processes left over were ended")
        _stop_thread_pool(twisted_reactor)
    if "error" in outcome:
        raise outcome["error"]
    result: T = outcome["value"]
    return result
