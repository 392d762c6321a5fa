"""Chromium pages within a hard deadline: wait for quiet up to a bound, then take the DOM as it stands."""

from __future__ import annotations

import asyncio
from contextlib import suppress
from typing import Any
from weakref import WeakKeyDictionary

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DownloadTimeoutError
from scrapy.http import Response
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

from crawler.components.context_generations import ContextGenerations

# Beyond the settle deadline: time for the navigation itself and for reading the DOM.
NAVIGATION_SHARE = 1.0
CLOSE_SECONDS = 5.0
_handler_of_crawl: WeakKeyDictionary[Crawler, BoundedPlaywrightHandler] = WeakKeyDictionary()


class RenderTimeout(DownloadTimeoutError):
    """The page did not even give its DOM within the hard deadline (a script that blocks the page)."""


async def settle(page: Page, seconds: float) -> None:
    """Wait for the DOM, then for a quiet network, together at most `seconds`; then stop whatever still loads.

    Polling, endless animations and requests that never answer keep a page from ever going quiet: the deadline
    ends the wait and the DOM is taken as it stands.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    for state in ("domcontentloaded", "networkidle"):
        remaining = deadline - loop.time()
        if remaining <= 0:
            break
        with suppress(PlaywrightError):  # a timeout is the expected end of the wait
            await page.wait_for_load_state(state, timeout=remaining * 1000)
    with suppress(PlaywrightError):
        await asyncio.wait_for(page.evaluate("window.stop()"), timeout=1.0)


class BoundedPlaywrightHandler(ScrapyPlaywrightDownloadHandler):
    """scrapy-playwright with a settle deadline per page, a hard deadline per download, and the page always closed."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.settle_seconds = crawler.settings.getfloat("OZG_RENDER_DEADLINE", 8.0)
        navigation = crawler.settings.getfloat("PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT", 20_000) / 1000
        self.hard_seconds = self.settle_seconds + navigation * NAVIGATION_SHARE + CLOSE_SECONDS
        self.closed = False
        self.generations = ContextGenerations()
        self.generation_lock = asyncio.Lock()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BoundedPlaywrightHandler:
        """One handler for http and https: Scrapy would build one per scheme, each with its own browser context,
        and every context has a renderer process of its own (about 170 MB RSS); sharing also shares the page limit."""
        if crawler not in _handler_of_crawl:
            _handler_of_crawl[crawler] = cls(crawler)
        return _handler_of_crawl[crawler]

    async def close(self) -> None:
        """Scrapy closes the handler once per scheme; the second time there is nothing left to close."""
        if self.closed:
            return
        self.closed = True
        await super().close()

    async def _create_page(self, request: Request, spider: Spider) -> Page:
        """The page goes to the crawl's current context; a retired one's pages end first (within the hard
        deadline), so that its renderer is gone before the next context starts one."""
        async with self.generation_lock:
            name, retired = self.generations.next_page(str(request.meta.get("playwright_context", "default")))
            if retired:
                await self._drain(retired)
        request.meta["playwright_context"] = name
        page: Page = await super()._create_page(request, spider)
        return page

    async def _drain(self, name: str) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.hard_seconds
        wrapper = self.context_wrappers.get(name)
        while wrapper is not None and wrapper.context.pages and loop.time() < deadline:
            await asyncio.sleep(0.1)
        await self._close_if_retired(name)

    async def _close_if_retired(self, name: str) -> None:
        """A retired context is closed once its last page is (a page still starting in it is retried elsewhere)."""
        wrapper = self.context_wrappers.get(name)
        if wrapper is None or name not in self.generations.retired or wrapper.context.pages:
            return
        with suppress(PlaywrightError, asyncio.TimeoutError):
            await asyncio.wait_for(wrapper.context.close(), timeout=CLOSE_SECONDS)

    async def _apply_page_methods(self, page: Page, request: Request, spider: Spider) -> None:
        await settle(page, self.settle_seconds)

    async def _download_request_with_page(self, request: Request, page: Page, spider: Spider) -> Response:
        try:
            download = super()._download_request_with_page(request, page, spider)
            response: Response = await asyncio.wait_for(download, timeout=self.hard_seconds)
            return response
        except TimeoutError:
            raise RenderTimeout(f"no DOM within {self.hard_seconds:.0f} s") from None
        finally:
            await close_page(page)
            await self._close_if_retired(str(request.meta.get("playwright_context")))


async def close_page(page: Any) -> None:
    """Close a page even when its renderer hangs or crashed; never raise from here."""
    if page.is_closed():
        return
    with suppress(PlaywrightError, asyncio.TimeoutError):
        await asyncio.wait_for(page.close(run_before_unload=False), timeout=CLOSE_SECONDS)
