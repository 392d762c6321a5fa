"""The runner: Playwright stays unimported unless a crawl rendered, and then its shared browser is closed."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import types

import pytest

from crawler.components import runner


def test_a_check_without_rendering_imports_no_playwright() -> None:
    code = "import sys, crawler.usecases.check; print(sorted(m for m in sys.modules if 'playwright' in m))"
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert completed.stdout.strip() == "[]"


def test_the_shared_browser_is_closed_when_a_crawl_loaded_it(monkeypatch: pytest.MonkeyPatch) -> None:
    closed: list[bool] = []

    async def close_shared_browser() -> None:
        closed.append(True)

    browser = types.ModuleType("crawler.components.browser")
    browser.close_shared_browser = close_shared_browser  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "crawler.components.browser", browser)
    asyncio.run(runner._close_browser_if_started())
    assert closed == [True]


def test_nothing_is_closed_when_no_crawl_rendered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "crawler.components.browser", raising=False)
    asyncio.run(runner._close_browser_if_started())
    assert "crawler.components.browser" not in sys.modules
