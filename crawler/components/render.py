"""The one place that decides whether a page needs Chromium, and how Chromium is launched."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import Any
from urllib.request import getproxies

from catalog.errors import UserError
from crawler.components.chromium_flags import CHROMIUM_ARGS
from crawler.components.extract import PageFacts

CHROMIUM_CANDIDATES = (
    "/usr/lib/chromium/chromium",
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
)
EMPTY_APP_CONTAINER = re.compile(
    r"<(div|section|ul|main)[^>]*(id|class)=[\"'][^\"']*(\b(app|root)\b|leistung|dienstleist|service|verzeichnis|"
    r"directory|buergerservice|bürgerservice|a-z|list)[^\"']*[\"'][^>]*>\s*(<!--.*?-->\s*)?</\1>",
    re.IGNORECASE | re.DOTALL,
)
LOADING_CONTAINER = re.compile(
    r"<(div|section|ul|main)[^>]*(id|class)=[\"'][^\"']*(\b(app|root)\b|leistung|dienstleist|service|verzeichnis|"
    r"directory|list)[^\"']*[\"'][^>]*>\s*(<(p|span|div)[^>]*>)?[^<]{0,60}(wird geladen|werden geladen|l(ä|ae)dt|"
    r"loading|bitte warten)[^<]{0,40}(</(p|span|div)>)?\s*</\1>",
    re.IGNORECASE | re.DOTALL,
)
NOSCRIPT_HINT = re.compile(r"<noscript[^>]*>[^<]*(javascript|JavaScript)", re.IGNORECASE)
MIN_TEXT_WITHOUT_SCRIPT = 400
MIN_LINKS_WITHOUT_SCRIPT = 8


def needs_rendering(body: str, facts: PageFacts) -> bool:
    """Content built by scripts: a container that scripts fill but is still empty, or hardly any content."""
    if facts.script_count == 0:
        return False
    if facts.empty_script_targets or EMPTY_APP_CONTAINER.search(body) or LOADING_CONTAINER.search(body):
        return True
    thin = facts.text_length < MIN_TEXT_WITHOUT_SCRIPT and len(facts.links) < MIN_LINKS_WITHOUT_SCRIPT
    return thin or bool(NOSCRIPT_HINT.search(body) and len(facts.links) < MIN_LINKS_WITHOUT_SCRIPT)


def find_chromium(configured: str = "") -> str | None:
    """The Chromium binary: the configured path, Debian's, or None (Playwright's own download then)."""
    if configured:
        if not Path(configured).is_file():
            raise UserError(f"OZG_CHROMIUM_PATH {configured!r} does not exist")
        return configured
    for candidate in CHROMIUM_CANDIDATES:
        if Path(candidate).is_file():
            return candidate
    return shutil.which("chromium")


def playwright_installed_browser() -> bool:
    """Whether `playwright install chromium` has put a browser into Playwright's cache."""
    cache = Path(os.environ.get("PLAYWRIGHT_BROWSERS_PATH") or Path.home() / ".cache" / "ms-playwright")
    return any(cache.glob("chromium*"))


def launch_options(chromium: str | None) -> dict[str, Any]:
    """Headless Chromium that uses the same proxy environment as every other fetch."""
    options: dict[str, Any] = {"headless": True, "args": list(CHROMIUM_ARGS), "timeout": 30_000}
    if chromium:
        options["executable_path"] = chromium
    proxy = chromium_proxy()
    if proxy:
        options["proxy"] = proxy
    return options


def chromium_proxy() -> dict[str, str] | None:
    proxies = getproxies()
    server = proxies.get("http") or proxies.get("https")
    if not server:
        return None
    bypass = proxies.get("no", "")
    proxy = {"server": server}
    if bypass:
        proxy["bypass"] = ",".join(part.strip() for part in bypass.split(",") if part.strip())
    return proxy
