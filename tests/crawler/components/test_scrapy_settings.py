"""The crawl's Scrapy settings: extensions the screening never uses are not loaded (nor imported)."""

from __future__ import annotations

import subprocess
import sys

from scrapy.settings import Settings as ScrapySettings
from scrapy.utils.conf import build_component_list

from catalog.settings import Settings
from crawler.components.scrapy_settings import scrapy_settings

UNUSED = ("scrapy.extensions.telnet.TelnetConsole", "scrapy.extensions.remote_control.RemoteControl")


def _extensions(use_browser: bool) -> list[str]:
    values = scrapy_settings(Settings(), chromium=None, use_browser=use_browser)
    return [str(name) for name in build_component_list(ScrapySettings(values).getwithbase("EXTENSIONS"))]


def test_unused_extensions_are_left_out() -> None:
    for use_browser in (False, True):
        extensions = _extensions(use_browser)
        assert "scrapy.extensions.corestats.CoreStats" in extensions
        assert not set(UNUSED) & set(extensions)


# A crawler built with the screening's settings, in a fresh interpreter: which modules its extensions imported.
LOADED = """
import sys
from scrapy import Spider
from scrapy.crawler import Crawler
from catalog.settings import Settings
from crawler.components.scrapy_settings import scrapy_settings
from scrapy.utils.reactor import install_reactor

install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
crawler = Crawler(Spider, scrapy_settings(Settings(), chromium=None, use_browser=False))
crawler._apply_settings()
print(sorted(name for name in ("aiohttp", "twisted.conch") if name in sys.modules))
print(sorted(type(extension).__name__ for extension in crawler.extensions.middlewares))
"""


def test_no_telnet_or_remote_control_server_is_imported() -> None:
    result = subprocess.run([sys.executable, "-c", LOADED], capture_output=True, text=True, check=True)
    imported, loaded = result.stdout.splitlines()
    assert imported == "[]"
    assert "CoreStats" in loaded and "RemoteControl" not in loaded
