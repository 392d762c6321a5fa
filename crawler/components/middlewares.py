"""Downloader middlewares: the per-site page budget and politeness shared by every crawl in the process."""

from __future__ import annotations

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from catalog.vocabulary import Role
from crawler.components.politeness import HostClock

HELD_HOST = "ozg_held_host"


class PageBudgetMiddleware:
    """Drops site pages beyond the budget; requests reach it highest priority first, so the best pages fit."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PageBudgetMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if request.meta.get("role") != Role.SITE or request.meta.get("rerender"):
            return
        state = getattr(self.crawler.spider, "state", None)
        if state is not None and not state.allow_site_request():
            raise IgnoreRequest("page budget reached")


class TrapMiddleware:
    """Drops requests into a family of URLs recognised as a crawler trap while they waited for their host."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TrapMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        state = getattr(self.crawler.spider, "state", None)
        if request.meta.get("role") == Role.SITE and state is not None and state.traps.is_trapped(request.url):
            raise IgnoreRequest("crawler trap")


class SharedPolitenessMiddleware:
    """A minimum gap between requests to one host and a cap on parallel ones, across all crawlers."""

    def __init__(self, delay: float, concurrency: int) -> None:
        self.delay = delay
        self.concurrency = concurrency

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedPolitenessMiddleware:
        settings = crawler.settings
        return cls(settings.getfloat("OZG_HOST_DELAY"), settings.getint("OZG_HOST_CONCURRENCY", 2))

    async def process_request(self, request: Request) -> None:
        if HELD_HOST not in request.meta:
            request.meta[HELD_HOST] = await HostClock.shared().enter(request.url, self.delay, self.concurrency)

    def process_response(self, request: Request, response: Response) -> Response:
        self._release(request)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        self._release(request)

    @staticmethod
    def _release(request: Request) -> None:
        host = request.meta.pop(HELD_HOST, None)
        if host is not None:
            HostClock.shared().leave(host)
