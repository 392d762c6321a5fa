"""When a page needs Chromium, and how Chromium is launched behind the same proxy as every other fetch."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.errors import UserError
from crawler.components.extract import extract_page
from crawler.components.render import CHROMIUM_ARGS, chromium_proxy, find_chromium, launch_options, needs_rendering
from tests.support.paths import FIXTURE_SITES

SITES = FIXTURE_SITES
PROXY_VARIABLES = (
    "http_proxy",
    "HTTP_PROXY",
    "https_proxy",
    "HTTPS_PROXY",
    "no_proxy",
    "NO_PROXY",
    "all_proxy",
    "ALL_PROXY",
    "ftp_proxy",
    "FTP_PROXY",
    "REQUEST_METHOD",
)


def decide(body: str, url: str = "https://www.stadt-wesertal.de/seite/") -> bool:
    return needs_rendering(body, extract_page(url, body))


def fixture_page(relative: str) -> str:
    return (SITES / relative).read_text(encoding="utf-8")


CONTENT = "".join(
    f"<h2>Leistung {n}</h2><p>Die Stadt Wesertal bietet diese Leistung im Bürgerbüro an. Bitte bringen Sie "
    f"Ihren Personalausweis mit. <a href='/leistung-{n}/'>Mehr zu Leistung {n}</a></p>"
    for n in range(12)
)


def test_the_moorhausen_service_list_needs_rendering() -> None:
    body = fixture_page("www.gemeinde-moorhausen.de/buergerservice/index.html")
    assert decide(body, "https://www.gemeinde-moorhausen.de/buergerservice/")


@pytest.mark.parametrize(
    "relative",
    [
        "www.stadt-wesertal.de/rathaus-buergerservice/buergerservice/was-erledige-ich-wo/wohngeld/index.html",
        "www.stadt-wesertal.de/rathaus-buergerservice/index.html",
        "www.stadt-wesertal.de/rathaus-buergerservice/online-services/index.html",
        "www.stadt-wesertal.de/index.html",
        "www.sg-heideland.de/buergerservice/index.html",
        "www.sg-heideland.de/buergerservice/dienstleistungen/hundesteuer-99102013000000.html",
        "www.gemeinde-moorhausen.de/index.html",
        "www.gemeinde-moorhausen.de/downloads/index.html",
    ],
)
def test_ordinary_fixture_pages_do_not_need_rendering(relative: str) -> None:
    assert not decide(fixture_page(relative))


@pytest.mark.parametrize(
    "body",
    [
        # A Vue/React single-page app.
        "<html><head><title>Bürgerservice</title><script src='/app.js' defer></script></head>"
        "<body><div id='app'></div></body></html>",
        # A service list that says it is still loading, filled by an external script.
        f"<html><body><main><h1>Dienstleistungen</h1>{CONTENT}"
        "<div class='leistungsliste'><p>Bitte warten …</p>"
        "</div></main><script src='/js/leistungen.js'></script></body></html>",
        # Hardly any text and links, but scripts.
        "<html><body><h1>Online-Dienste</h1><p>Einen Moment.</p><script src='/bundle.js'></script></body></html>",
        # A <noscript> hint and few links.
        "<html><body><main><h1>Formulare</h1><p>" + "Formulare der Stadt. " * 40 + "</p>"
        "<noscript>Bitte aktivieren Sie JavaScript.</noscript></main>"
        "<script src='/f.js'></script></body></html>",
    ],
)
def test_script_built_pages_need_rendering(body: str) -> None:
    assert decide(body)


@pytest.mark.parametrize(
    "body",
    [
        # A content-rich TYPO3 page with Matomo tracking.
        pytest.param(
            f"<html><body><main><h1>Bürgerservice</h1>{CONTENT}</main>"
            "<script>var _paq = window._paq || []; _paq.push(['trackPageView']);</script></body></html>",
            id="tracking-script",
        ),
        # Thin, but no scripts at all: rendering cannot add anything.
        pytest.param("<html><body><h1>Kontakt</h1><p>Markt 1</p></body></html>", id="thin-without-scripts"),
        # A content-rich contact page whose (empty) map container is filled by a map library.
        pytest.param(
            f"<html><body><main><h1>So finden Sie uns</h1>{CONTENT}"
            "<div id='karte' class='map-wrapper'></div></main>"
            "<script src='/leaflet.js'></script></body></html>",
            id="empty-map-wrapper",
        ),
        # A site-wide empty modal wrapper in the footer.
        pytest.param(
            f"<html><body><main><h1>Wohngeld</h1>{CONTENT}</main>"
            "<footer><div class='modal-wrapper'></div></footer>"
            "<script src='/main.js'></script></body></html>",
            id="empty-modal-wrapper",
        ),
    ],
)
def test_pages_with_their_content_in_the_html_do_not_need_rendering(body: str) -> None:
    assert not decide(body)


# --- Chromium launch ------------------------------------------------------------------------------


@pytest.fixture
def proxy_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, None),
        ({"HTTP_PROXY": "http://squid.intern:3128"}, {"server": "http://squid.intern:3128"}),
        ({"https_proxy": "http://squid.intern:3129"}, {"server": "http://squid.intern:3129"}),
        (
            {"http_proxy": "http://127.0.0.1:8888", "https_proxy": "http://127.0.0.1:9999"},
            {"server": "http://127.0.0.1:8888"},
        ),
        (
            {
                "HTTP_PROXY": "http://squid.intern:3128",
                "NO_PROXY": "localhost, 127.0.0.1 ,.stadt-wesertal.de,",
            },
            {"server": "http://squid.intern:3128", "bypass": "localhost,127.0.0.1,.stadt-wesertal.de"},
        ),
        # A bypass list without a proxy changes nothing.
        ({"NO_PROXY": "localhost"}, None),
    ],
)
def test_chromium_proxy_from_environment(
    proxy_env: pytest.MonkeyPatch, env: dict[str, str], expected: dict[str, str] | None
) -> None:
    for name, value in env.items():
        proxy_env.setenv(name, value)
    assert chromium_proxy() == expected


def test_launch_options_with_proxy_and_binary(proxy_env: pytest.MonkeyPatch) -> None:
    proxy_env.setenv("HTTPS_PROXY", "http://squid.intern:3128")
    options = launch_options("/usr/bin/chromium")
    assert options["headless"] is True
    assert options["executable_path"] == "/usr/bin/chromium"
    assert options["proxy"] == {"server": "http://squid.intern:3128"}
    assert options["args"] == CHROMIUM_ARGS
    assert options["args"] is not CHROMIUM_ARGS  # callers may extend their copy


def test_launch_options_without_proxy_or_binary(proxy_env: pytest.MonkeyPatch) -> None:
    options = launch_options(None)
    assert "proxy" not in options
    assert "executable_path" not in options


def test_configured_chromium_path(tmp_path: Path) -> None:
    binary = tmp_path / "chromium"
    binary.write_text("#!/bin/sh\n")
    assert find_chromium(str(binary)) == str(binary)
    with pytest.raises(UserError, match="OZG_CHROMIUM_PATH"):
        find_chromium(str(tmp_path / "missing"))
