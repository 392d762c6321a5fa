"""Chromium as launched for a crawl: Playwright's own feature switches kept, and few processes."""

from __future__ import annotations

from collections.abc import Iterator

import psutil
import pytest
from playwright.sync_api import Browser, sync_playwright

from crawler.components.chromium_flags import MEMORY_DISABLED_FEATURES, MEMORY_ENABLED_FEATURES
from crawler.components.render import find_chromium, launch_options

pytestmark = pytest.mark.browser


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> Iterator[Browser]:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)  # pages come from set_content; a proxy would only add a switch
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(**launch_options(find_chromium()))
        yield launched
        launched.close()


def _chromium_command_lines() -> list[list[str]]:
    """The command lines of the Chromium processes below this test process."""
    lines = []
    for process in psutil.Process().children(recursive=True):
        try:
            command = process.cmdline()
        except psutil.Error:
            continue
        if any(part.startswith("--remote-debugging-pipe") or part.startswith("--type=") for part in command):
            lines.append(command)
    return lines


def _features(command: list[str], switch: str) -> list[set[str]]:
    """Every value of `switch` on a command line, in order, as sets of feature names."""
    return [set(part.split("=", 1)[1].split(",")) for part in command if part.startswith(f"{switch}=")]


def _of_type(kind: str) -> list[list[str]]:
    return [command for command in _chromium_command_lines() if f"--type={kind}" in command]


def _is_child_process(command: list[str]) -> bool:
    return any(part.startswith("--type=") for part in command)


def test_our_feature_switches_keep_playwrights(browser: Browser) -> None:
    """Chromium takes only the last --disable-features: ours must still hold every feature Playwright turns off."""
    (browser_command,) = [command for command in _chromium_command_lines() if not _is_child_process(command)]
    for switch in ("--disable-features", "--enable-features"):
        *playwrights, ours = _features(browser_command, switch)
        assert playwrights, f"Playwright passes no {switch} of its own any more"
        assert playwrights[0] <= ours, f"{switch} lacks Playwright's {sorted(playwrights[0] - ours)}"


def test_one_renderer_per_context_and_no_hidden_processes(browser: Browser) -> None:
    first, second = browser.new_context(), browser.new_context()
    for context, pages in ((first, 3), (second, 1)):
        for number in range(pages):
            context.new_page().set_content(f"<h1>Seite {number}</h1><script>document.title = 'fertig'</script>")
    renderers = _of_type("renderer")
    assert not any("--top-chrome-webui" in command for command in renderers), "no renderer for hidden browser UI"
    assert len(renderers) == 2, "one renderer per browser context, not one per page"
    assert not any("--utility-sub-type=network.mojom.NetworkService" in command for command in _of_type("utility"))
    (effective_disabled,) = _features(renderers[0], "--disable-features")
    assert {"HttpsUpgrades", *MEMORY_DISABLED_FEATURES} <= effective_disabled
    (effective_enabled,) = _features(renderers[0], "--enable-features")
    assert set(MEMORY_ENABLED_FEATURES) <= effective_enabled
