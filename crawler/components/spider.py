"""The one generic spider for every municipality: crawls its site and the portals it links to."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any
from urllib.parse import urljoin

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import StopDownload
from scrapy.http import HtmlResponse, Response, TextResponse
from twisted.python.failure import Failure

from catalog.evidence import Evidence
from catalog.vocabulary import Role
from crawler.components.charset import may_be_html, redecoded, sniffed_html
from crawler.components.crawl_state import CrawlState, SiteTarget
from crawler.components.evidence_sink import EvidenceSink
from crawler.components.extract import LinkFact, PageFacts, extract_page
from crawler.components.failures import (
    looks_like_bot_wall,
    looks_like_soft_404,
    status_of_failure,
    status_of_response,
)
from crawler.components.frontier import FollowUp
from crawler.components.items import (
    EvidenceBatch,
    document_item,
    failure_item,
    form_item,
    link_item,
    page_item,
)
from crawler.components.render import needs_rendering
from crawler.components.urls import document_type, document_type_of_content

log = logging.getLogger(__name__)

HTML_TYPES = (b"text/html", b"application/xhtml+xml")
MAX_NESTED_SITEMAPS = 20
# Document checks come after every page: they can only take a form away, pages can add services.
DOCUMENT_CHECK_PRIORITY = -500
# Error responses reach the callback (to be recorded); redirects stay with Scrapy's redirect middleware.
ERROR_STATUSES = list(range(400, 600))


class MunicipalSpider(scrapy.Spider):
    name = "municipal"

    def __init__(self, target: SiteTarget, state: CrawlState, sink: EvidenceSink, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.target = target
        self.state = state
        self.sink = sink
        self.max_bytes = 5_000_000

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> MunicipalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.stop_non_html_download, signal=signals.headers_received)
        crawler.signals.connect(spider.stop_large_download, signal=signals.bytes_received)
        spider.max_bytes = crawler.settings.getint("OZG_MAX_DOCUMENT_BYTES", 5_000_000)
        crawler.signals.connect(spider.record_closing, signal=signals.spider_closed)
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        yield self._request(self.target.start_url, role=Role.SITE, depth=0, priority=1000, is_start=True)

    def _sitemap_request(self, site_url: str) -> scrapy.Request:
        """Asked for once the start page has answered, so an unreachable site costs one request only."""
        return scrapy.Request(
            urljoin(site_url, "/sitemap.xml"),
            callback=self.parse_sitemap,
            errback=self.sitemap_failed,
            priority=900,
            meta={"role": "sitemap"},
        )

    def _request(
        self,
        url: str,
        *,
        role: Role,
        depth: int,
        priority: int,
        is_start: bool = False,
        link_text: str = "",
        link_context: str = "",
        from_page: str = "",
        render: bool = False,
        callback: Callable[[Response], Iterator[Any]] | None = None,
    ) -> scrapy.Request:
        meta = {
            "role": role,
            "depth": depth,
            "is_start": is_start,
            "link_text": link_text,
            "link_context": link_context,
            "from_page": from_page,
            "handle_httpstatus_list": ERROR_STATUSES,
        }
        if render:
            meta.update(self.state.playwright_meta())
        return scrapy.Request(
            url,
            callback=callback or self.parse_page,
            errback=self.fetch_failed,
            priority=priority,
            meta=meta,
            dont_filter=render,
        )

    def stop_non_html_download(self, headers: Any, request: scrapy.Request, spider: Any = None, **_: Any) -> None:
        """Documents are judged by their headers; their bodies are never downloaded in full."""
        role = request.meta.get("role")
        if spider is not None and spider is not self:
            return
        if role == Role.DOCUMENT:
            raise StopDownload(fail=False)  # a document check needs the status and headers only
        if role not in (Role.SITE, Role.PORTAL):
            return  # robots.txt and sitemaps are read in full
        content_type = (headers.get(b"Content-Type") or b"").split(b";")[0].strip().lower()
        if content_type and content_type not in HTML_TYPES and not may_be_html(content_type):
            raise StopDownload(fail=False)

    def stop_large_download(self, data: bytes, request: scrapy.Request, spider: Any = None, **_: Any) -> None:
        """A page larger than the bound is cut there: what arrived is parsed, the site goes on (never an error)."""
        if spider is not None and spider is not self:
            return
        received = request.meta.get("ozg_bytes", 0) + len(data)
        request.meta["ozg_bytes"] = received
        if received >= self.max_bytes:
            request.meta["ozg_truncated"] = received
            raise StopDownload(fail=False)

    def parse_page(self, response: Response) -> Iterator[Evidence | EvidenceBatch | scrapy.Request]:
        meta = response.meta
        problem = status_of_response(response)
        if problem:
            self.state.record_problem(response.url, problem, meta, response.status)
            yield failure_item(response.url, problem, response.status, meta)
            return
        if not _is_html(response):
            sniffed = sniffed_html(response) if not document_type(response.url) else None
            if sniffed is None:
                yield from self._document(response)
                return
            response = sniffed
        assert isinstance(response, TextResponse)
        response, charset_note = redecoded(response)
        if charset_note:
            self.state.record_problem(response.url, "charset_mismatch", {}, None, charset_note)
        facts = extract_page(response.url, response.text)
        if meta.get("is_start") and looks_like_bot_wall(facts.title, facts.text_length, len(facts.links)):
            self.state.record_problem(response.url, "blocked", meta, response.status)
            return
        if looks_like_soft_404(facts.title, facts.h1):
            self.state.record_problem(response.url, "http_404", meta, response.status, "soft 404: answered 200")
            yield failure_item(response.url, "http_404", response.status, meta)
            return
        if self.state.should_render(meta) and needs_rendering(response.text, facts):
            yield self._rerender(response)
            return
        yield from self._page(response, facts)

    def _rerender(self, response: Response) -> scrapy.Request:
        """The same page once more, through Chromium; its budget was spent on the first fetch."""
        meta = response.meta
        request = self._request(
            response.url,
            role=meta["role"],
            depth=meta["depth"],
            priority=500,
            is_start=meta.get("is_start", False),
            link_text=meta.get("link_text", ""),
            link_context=meta.get("link_context", ""),
            from_page=meta.get("from_page", ""),
            render=True,
        )
        request.meta["rerender"] = True
        request.meta["unrendered"] = response.text  # the fallback when Chromium fails on the page
        return request

    def _page(self, response: Response, facts: PageFacts) -> Iterator[EvidenceBatch | scrapy.Request]:
        meta, role = response.meta, response.meta["role"]
        self.state.count_page(response.url, meta)
        self.state.note_bounds(response.url, meta.get("ozg_truncated", 0), len(facts.links), facts.links_dropped)
        if role == Role.SITE:
            self.state.note_trap(response.url, meta.get("from_page", ""), facts)
        self.state.note_service(self.state.frontier.recognise(facts.h1))
        if meta.get("is_start"):
            yield self._sitemap_request(response.url)
        batch = EvidenceBatch([page_item(facts, response.status, meta)])
        documents = []
        for link in facts.links:
            doc_type = document_type(link.url)
            if self.state.first_sighting(link, doc_type):
                batch.items.append(link_item(link, facts, role, doc_type))
            if doc_type and role == Role.SITE:
                documents.append(link)
        batch.items += [form_item(form, facts, role) for form in facts.forms]
        # One item per page: Scrapy's per-item machinery costs more than the page's parsing otherwise.
        yield batch
        yield from self._document_checks(documents, response.url)
        for follow_up in self.state.frontier.follow_ups(facts.links, role, meta["depth"], response.url):
            if not self.state.traps.is_trapped(follow_up.url):
                yield self._follow(follow_up, response.url)

    def _document_checks(self, links: list[LinkFact], from_page: str) -> Iterator[scrapy.Request]:
        for link in links:
            url = self.state.frontier.document_check(link)
            if url is not None:
                yield self._request(
                    url,
                    role=Role.DOCUMENT,
                    depth=0,
                    priority=DOCUMENT_CHECK_PRIORITY,
                    link_text=link.text,
                    link_context=link.heading,
                    from_page=from_page,
                    callback=self.parse_document_check,
                )

    def parse_document_check(self, response: Response) -> Iterator[Evidence]:
        """A dead form link is recorded under the URL the page links to; a live one with its type and size."""
        url = (response.meta.get("redirect_urls") or [response.url])[0]
        problem = status_of_response(response)
        if problem:
            self.state.record_problem(url, problem, response.meta, response.status)
            yield failure_item(url, problem, response.status, response.meta)
            return
        yield from self._document(response, url)

    def _follow(self, follow_up: FollowUp, from_page: str) -> scrapy.Request:
        render = self.state.render_mode == "always"
        return self._request(
            follow_up.url,
            role=follow_up.role,
            depth=follow_up.depth,
            priority=follow_up.priority,
            link_text=follow_up.link_text,
            link_context=follow_up.link_context,
            from_page=from_page,
            render=render,
        )

    def _document(self, response: Response, url: str = "") -> Iterator[Evidence]:
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        doc_type = document_type_of_content(content_type)
        if response.meta.get("is_start"):
            self.state.record_problem(response.url, "not_html", response.meta, response.status)
        if doc_type:
            length = response.headers.get(b"Content-Length")
            yield document_item(
                url or response.url,
                response.status,
                content_type,
                doc_type,
                response.meta,
                int(length) if length and length.isdigit() else None,
            )

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        if response.status != 200 or not isinstance(response, TextResponse):
            return
        nested = response.xpath("//*[local-name()='sitemap']/*[local-name()='loc']/text()").getall()
        for url in nested[:MAX_NESTED_SITEMAPS]:
            yield scrapy.Request(
                url.strip(),
                callback=self.parse_sitemap,
                errback=self.sitemap_failed,
                priority=900,
                meta={"role": "sitemap"},
            )
        for url in response.xpath("//*[local-name()='url']/*[local-name()='loc']/text()").getall()[:5000]:
            follow_up = self.state.frontier.sitemap_entry(url.strip())
            if follow_up:
                yield self._follow(follow_up, response.url)

    def fetch_failed(self, failure: Failure) -> Iterator[Any]:
        request = getattr(failure, "request", None)
        meta = request.meta if request is not None else {}
        url = request.url if request is not None else ""
        status = status_of_failure(failure)
        if request is not None and meta.get("unrendered") is not None:
            yield from self._unrendered(request, status, str(failure.value)[:200])
            return
        if status in ("ignored", "robots_disallowed") and not meta.get("is_start"):
            return  # a page the site asks us not to fetch, or beyond the budget: not an error
        self.state.record_problem(url, status, meta, None, str(failure.value)[:200])
        yield failure_item(url, status, None, meta)

    def _unrendered(self, request: scrapy.Request, status: str, message: str) -> Iterator[Evidence | Any]:
        """Chromium failed on a page (deadline, crashed renderer): the page is read as it was fetched."""
        self.state.record_problem(request.url, f"render_{status}", {}, None, message)
        request.meta["playwright"] = False
        body = request.meta.pop("unrendered").encode("utf-8")
        response = HtmlResponse(request.url, body=body, encoding="utf-8", request=request)
        yield from self._page(response, extract_page(response.url, response.text))

    def sitemap_failed(self, failure: Failure) -> None:
        log.debug("no sitemap for %s: %s", self.target.start_url, failure.value)

    def record_closing(self, spider: scrapy.Spider, reason: str) -> None:
        if spider is self:
            self.state.finish_reason = reason


def _is_html(response: Response) -> bool:
    content_type = (response.headers.get(b"Content-Type") or b"").split(b";")[0].strip().lower()
    return isinstance(response, TextResponse) and (not content_type or content_type in HTML_TYPES)
