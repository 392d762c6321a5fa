"""Downloader middlewares: the per-site page budget and politeness shared by every crawl in the process."""

from __future__ import annotations

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest

from crawler.politeness import HostClock


class PageBudgetMiddleware:
    """Drops site pages beyond the budget; requests reach it highest priority first, so the best pages fit."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PageBudgetMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if request.meta.get("role") != "site" or request.meta.get("playwright"):
            return
        state = getattr(self.crawler.spider, "state", None)
        if state is not None and not state.allow_site_request():
            raise IgnoreRequest("page budget reached")


class SharedPolitenessMiddleware:
    """Keeps a minimum gap between requests to one host across all crawlers of this process."""

    def __init__(self, delay: float) -> None:
        self.delay = delay

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedPolitenessMiddleware:
        return cls(crawler.settings.getfloat("OZG_HOST_DELAY"))

    async def process_request(self, request: Request) -> None:
        if self.delay > 0 and not request.meta.get("dont_obey_robotstxt_delay"):
            await HostClock.shared().wait_turn(request.url, self.delay)
