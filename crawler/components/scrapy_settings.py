"""Scrapy settings derived from the one settings object and the options of this crawl."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from scrapy.settings import default_settings

from catalog.settings import RenderMode, Settings
from crawler.components.render import launch_options

PLAYWRIGHT_HANDLER = "crawler.components.render_deadline.BoundedPlaywrightHandler"


@dataclass(frozen=True)
class CrawlOptions:
    max_pages: int
    max_depth: int
    max_portal_pages: int
    render: RenderMode
    max_document_checks: int = 0
    database_wait: float = 120.0  # seconds a write waits for a locked or restarting database

    @classmethod
    def from_settings(
        cls, settings: Settings, *, max_pages: int | None = None, render: RenderMode | None = None
    ) -> CrawlOptions:
        return cls(
            max_pages=max_pages or settings.max_pages,
            max_depth=settings.max_depth,
            max_portal_pages=settings.max_portal_pages,
            render=render or settings.render,
            max_document_checks=settings.max_document_checks,
            database_wait=settings.database_wait,
        )


def scrapy_settings(settings: Settings, chromium: str | None, use_browser: bool) -> dict[str, Any]:
    use_bundled_public_suffix_list()
    values: dict[str, Any] = {
        "BOT_NAME": "ozg-screening",
        "USER_AGENT": settings.effective_user_agent,
        "ROBOTSTXT_OBEY": settings.obey_robots,
        "CONCURRENT_REQUESTS": settings.concurrent_requests,
        "CONCURRENT_REQUESTS_PER_DOMAIN": settings.concurrent_per_host,
        # Scrapy starts this many asyncio tasks for the output of every response (100 by default); a page yields one
        # batch of evidence and its follow-up requests, and the evidence sink writes one batch at a time anyway.
        "CONCURRENT_ITEMS": 8,
        "DOWNLOAD_DELAY": 0,
        "OZG_HOST_DELAY": settings.download_delay,
        "OZG_HOST_CONCURRENCY": settings.concurrent_per_host,
        "AUTOTHROTTLE_ENABLED": settings.autothrottle,
        "AUTOTHROTTLE_START_DELAY": settings.download_delay,
        "AUTOTHROTTLE_MAX_DELAY": 10.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(settings.concurrent_per_host),
        "DOWNLOAD_TIMEOUT": settings.download_timeout,
        "RETRY_TIMES": settings.retry_times,
        # No hard limit: the spider stops a large page at OZG_MAX_DOCUMENT_BYTES and keeps what arrived.
        "DOWNLOAD_MAXSIZE": 0,
        "OZG_MAX_DOCUMENT_BYTES": settings.max_document_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "REDIRECT_MAX_TIMES": 10,
        "COOKIES_ENABLED": True,
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,
        "EXTENSIONS_BASE": _used_extensions(),
        "WARN_ON_GENERATOR_RETURN_VALUE": False,
        "LOG_ENABLED": False,
        "DEPTH_LIMIT": 0,
        "DEPTH_STATS_VERBOSE": False,
        # The spider keeps its own meta["depth"] (clicks on the site, hops within portals); Scrapy's
        # DepthMiddleware would overwrite it with the response's depth + 1, so a portal linked from a page three
        # clicks deep would start at hop 4 and none of its service pages would be followed.
        "SPIDER_MIDDLEWARES": {"scrapy.spidermiddlewares.depth.DepthMiddleware": None},
        "SCHEDULER_PRIORITY_QUEUE": "scrapy.pqueues.ScrapyPriorityQueue",
        "DOWNLOADER_MIDDLEWARES": {
            "crawler.components.middlewares.PageBudgetMiddleware": 105,
            "crawler.components.middlewares.SharedPolitenessMiddleware": 760,
            # After the wait for the host: a trap recognised meanwhile drops what was queued for it.
            "crawler.components.middlewares.TrapMiddleware": 770,
            "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
            "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
            "crawler.components.redirects.NamedMetaRefreshMiddleware": 580,
            "crawler.components.redirects.NamedRedirectMiddleware": 600,
        },
        "ITEM_PIPELINES": {"crawler.components.evidence_sink.EvidencePipeline": 300},
    }
    if settings.public_targets_only:
        _only_public_targets(values, use_browser)
    if use_browser:
        values.update(
            {
                "DOWNLOAD_HANDLERS": {"http": PLAYWRIGHT_HANDLER, "https": PLAYWRIGHT_HANDLER},
                "PLAYWRIGHT_BROWSER_TYPE": "chromium",
                "PLAYWRIGHT_BROWSER_PROVIDER": "crawler.components.browser.SharedBrowserProvider",
                "PLAYWRIGHT_LAUNCH_OPTIONS": launch_options(chromium),
                "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": settings.download_timeout * 1000,
                "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 4,
                "OZG_RENDER_DEADLINE": settings.render_deadline,
            }
        )
    return values


# Scrapy imports every extension it names, enabled or not, and would import Twisted's telnet (conch) and aiohttp
# for these two on every crawl; RemoteControl, on by default, serves a code-executing HTTP endpoint on localhost.
# Disabling them in EXTENSIONS still imports them (Scrapy loads its keys to normalise them), so they leave the base.
UNUSED_EXTENSIONS = ("scrapy.extensions.telnet.TelnetConsole", "scrapy.extensions.remote_control.RemoteControl")


def _only_public_targets(values: dict[str, Any], use_browser: bool) -> None:
    # Before robots.txt (100): its own fetch is checked too, and nothing waits on a host that is refused.
    values["DOWNLOADER_MIDDLEWARES"]["crawler.components.public_targets.PublicTargetsMiddleware"] = 90
    if use_browser:
        values["PLAYWRIGHT_ABORT_REQUEST"] = "crawler.components.public_targets.abort_browser_request"


def use_bundled_public_suffix_list() -> None:
    """Scrapy's cookie middleware asks tldextract whether a cookie's domain is a public suffix. Left alone,
    tldextract fetches the Public Suffix List from the internet the first time a site sets a cookie (once per
    virtualenv, with no timeout: a proxy or firewall that never answers stalls the crawl for good). A screening
    fetches nothing but the sites it screens, so tldextract's bundled snapshot answers. Read when Scrapy first
    loads the middleware, hence set before any crawler exists."""
    os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""


def _used_extensions() -> dict[str, int]:
    return {name: order for name, order in default_settings.EXTENSIONS_BASE.items() if name not in UNUSED_EXTENSIONS}
