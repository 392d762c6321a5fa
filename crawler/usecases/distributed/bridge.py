"""Worker threads hand site crawls to the one Twisted/asyncio reactor of the worker process and wait for them."""

from __future__ import annotations

import asyncio
import dataclasses
from concurrent.futures import Future

from scrapy.crawler import AsyncCrawlerRunner

from crawler.components.crawl_state import SiteTarget
from crawler.components.runner import CrawlContext, Interrupt, SiteCrawl, crawl_site, new_site_crawl
from crawler.components.scrapy_settings import CrawlOptions


@dataclasses.dataclass
class Attempt:
    """A finished crawl attempt: the site, and whether it ended by itself (not by the time limit or a shutdown)."""

    site: SiteCrawl
    completed: bool


class ReactorBridge:
    """Runs crawls on the reactor's loop for callers in other threads; one shared context per worker."""

    def __init__(
        self, loop: asyncio.AbstractEventLoop, runner: AsyncCrawlerRunner, context: CrawlContext, interrupt: Interrupt
    ) -> None:
        self.loop = loop
        self.runner = runner
        self.context = context
        self.interrupt = interrupt

    @property
    def stopping(self) -> bool:
        """True once the worker was asked to stop (SIGTERM, Ctrl-C): crawls end early and go back to the queue."""
        return self.interrupt.requested

    def crawl(self, target: SiteTarget, options: CrawlOptions, time_limit: float) -> Attempt:
        """Crawl one site to its end or to the time limit (blocking the calling thread)."""
        future: Future[Attempt] = asyncio.run_coroutine_threadsafe(self._crawl(target, options, time_limit), self.loop)
        return future.result()

    async def _crawl(self, target: SiteTarget, options: CrawlOptions, time_limit: float) -> Attempt:
        site = new_site_crawl(target, dataclasses.replace(self.context, options=options))
        crawl = asyncio.ensure_future(crawl_site(self.runner, site))
        done, _ = await asyncio.wait({crawl}, timeout=time_limit)
        if not done:
            site.state.interrupted = True
            await self._stop(site)
            await crawl
        completed = bool(done) and not site.state.interrupted and not self.stopping
        return Attempt(site, completed)

    async def _stop(self, site: SiteCrawl) -> None:
        """Stop the crawler of one site, keeping the others running."""
        for crawler in list(self.runner.crawlers):
            if getattr(crawler.spider, "state", None) is site.state:
                await crawler.stop_async()
