"""The Playwright download handler: one per crawl, whatever the scheme, so one browser context and one renderer."""

from __future__ import annotations

import subprocess
import sys

# Scrapy builds a download handler with `from_crawler` once per scheme; building one installs Twisted's reactor,
# hence a fresh interpreter.
HANDLERS = """
from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.utils.reactor import install_reactor
from catalog.settings import Settings
from crawler.components.render_deadline import BoundedPlaywrightHandler
from crawler.components.scrapy_settings import scrapy_settings

install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
crawlers = [Crawler(Spider, scrapy_settings(Settings(), chromium=None, use_browser=True)) for _ in range(2)]
for crawler in crawlers:
    crawler._apply_settings()
http, https = (BoundedPlaywrightHandler.from_crawler(crawlers[0]) for scheme in ("http", "https"))
other = BoundedPlaywrightHandler.from_crawler(crawlers[1])
print(http is https, http is other)
"""


def test_http_and_https_of_one_crawl_share_the_handler() -> None:
    completed = subprocess.run([sys.executable, "-c", HANDLERS], capture_output=True, text=True, check=True)
    assert completed.stdout.split() == ["True", "False"]
