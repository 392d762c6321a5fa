"""A spider that only checks links, as the crawl checks a linked form: does the URL still answer?"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from catalog.vocabulary import Role
from crawler.components.failures import status_of_failure, status_of_response
from crawler.components.spider import ERROR_STATUSES


class LinkCheckSpider(scrapy.Spider):
    """Fetches each URL once and records '' (usable) or why not: http_404, dns_error, timeout, blocked …"""

    name = "link_check"

    def __init__(self, urls: list[str], statuses: dict[str, str], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.urls = urls
        self.statuses = statuses

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.urls:
            meta = {"role": Role.DOCUMENT, "checked_url": url, "handle_httpstatus_list": ERROR_STATUSES}
            yield scrapy.Request(url, callback=self.checked, errback=self.failed, meta=meta, dont_filter=True)

    def checked(self, response: Response) -> None:
        self.statuses[response.meta["checked_url"]] = status_of_response(response)

    def failed(self, failure: Failure) -> None:
        request = getattr(failure, "request", None)
        if request is not None:
            self.statuses[request.meta["checked_url"]] = status_of_failure(failure)
