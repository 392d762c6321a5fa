"""Checking registered URLs with the crawl's own document-link check: same settings, statuses and politeness."""

from __future__ import annotations

from collections.abc import Sequence

from scrapy.crawler import AsyncCrawlerRunner

from catalog.settings import Settings
from crawler.components.link_check import LinkCheckSpider
from crawler.components.runner import Interrupt, run_in_reactor
from crawler.components.scrapy_settings import scrapy_settings


def check_urls(urls: Sequence[str], settings: Settings) -> dict[str, str]:
    """Each URL's status: '' when it answers usably, else the crawl's status word (catalog.vocabulary)."""
    wanted = [url for url in dict.fromkeys(urls) if url.startswith(("http://", "https://"))]
    if not wanted:
        return {}
    values = scrapy_settings(settings, None, False)
    values["ITEM_PIPELINES"] = {}  # nothing is stored: the statuses are handed back
    statuses: dict[str, str] = {}

    async def main(runner: AsyncCrawlerRunner, interrupt: Interrupt) -> dict[str, str]:
        await runner.crawl(runner.create_crawler(LinkCheckSpider), urls=wanted, statuses=statuses)
        return statuses

    return run_in_reactor(values, main)
