"""One Chromium for the whole process, started on first need and shared by every crawl's Playwright handler.

scrapy-playwright starts a Playwright driver per download handler (two per crawler: http and https) as soon as
the engine starts; with dozens of municipalities crawled at once that is dozens of idle driver processes. This
provider starts nothing until a page must be rendered, then hands every handler the same browser; each handler
still gets its own browser contexts, which it closes when its crawl ends.
"""

from __future__ import annotations

import asyncio
from contextlib import suppress
from typing import Any

from playwright.async_api import Browser, BrowserContext, Playwright, async_playwright

_shared: SharedBrowser | None = None
CLOSE_SECONDS = 10.0


class SharedBrowser:
    """The process-wide Playwright driver and browser."""

    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.playwright: Playwright | None = None
        self.browser: Browser | None = None

    async def get(self, browser_type_name: str, launch_options: dict[str, Any]) -> Browser:
        async with self.lock:
            if self.browser is None or not self.browser.is_connected():
                if self.playwright is None:
                    self.playwright = await async_playwright().start()
                browser_type = getattr(self.playwright, browser_type_name)
                self.browser = await browser_type.launch(**launch_options)
            return self.browser


class SharedBrowserHandle:
    """What a handler sees: the shared browser, except that closing it (or watching it) is not its business."""

    def __init__(self, browser: Browser) -> None:
        self._browser = browser

    def __getattr__(self, name: str) -> Any:
        return getattr(self._browser, name)

    def on(self, event: str, callback: Any) -> None:
        """Handlers would pile up disconnect callbacks on the shared browser; a new one is launched instead."""

    async def close(self) -> None:
        """Other crawls still use the browser; it ends with the process."""


class SharedBrowserProvider:
    """A PLAYWRIGHT_BROWSER_PROVIDER that starts nothing at engine start and shares one browser."""

    def __init__(self, config: Any) -> None:
        self.config = config

    async def start(self) -> None:
        """Nothing yet: most sites never need a browser."""

    async def launch_browser(self) -> Browser:
        global _shared
        if _shared is None:
            _shared = SharedBrowser()
        browser = await _shared.get(self.config.browser_type_name, self.config.launch_options)
        handle: Any = SharedBrowserHandle(browser)
        return handle

    async def launch_persistent_context(self, context_kwargs: dict[str, Any]) -> BrowserContext:
        raise NotImplementedError("persistent browser contexts are not used by ozg-screening")

    async def close(self) -> None:
        """The shared browser outlives each crawl."""


async def close_shared_browser() -> None:
    """At the end of the command the browser and its driver go too, on every way out (kept for nothing else)."""
    global _shared
    shared, _shared = _shared, None
    if shared is None:
        return
    if shared.browser is not None:
        with suppress(Exception):  # a crashed or already closed browser: the process kill below is the fallback
            await asyncio.wait_for(shared.browser.close(), timeout=CLOSE_SECONDS)
    if shared.playwright is not None:
        with suppress(Exception):
            await asyncio.wait_for(shared.playwright.stop(), timeout=CLOSE_SECONDS)
