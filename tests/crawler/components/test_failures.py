"""Failed fetches and unwelcome responses become statuses: dns_error, timeout, blocked, http_404 ..."""

from __future__ import annotations

import pytest
from OpenSSL import SSL
from scrapy.core.downloader.handlers.http11 import TunnelError
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import HtmlResponse, Response
from twisted.internet import error as twisted_errors
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from crawler.components.failures import looks_like_bot_wall, status_of_failure, status_of_response

URL = "https://www.stadt-wesertal.de/buergerservice/"


def response(status: int, headers: dict[str, str] | None = None) -> Response:
    return HtmlResponse(URL, status=status, headers=headers or {}, body=b"<html></html>", encoding="utf-8")


@pytest.mark.parametrize(
    ("status", "headers", "expected"),
    [
        (200, {}, ""),
        (203, {}, ""),
        (304, {}, ""),
        (401, {}, "blocked"),
        (403, {}, "blocked"),
        (429, {"Retry-After": "120"}, "blocked"),
        (404, {}, "http_404"),
        (410, {}, "http_410"),
        (400, {}, "http_400"),
        (500, {}, "http_5xx"),
        (502, {}, "http_5xx"),
        (503, {}, "http_5xx"),
        # A Squid proxy in front of the crawler says why it could not reach the site.
        (502, {"X-Squid-Error": "ERR_DNS_FAIL 0"}, "dns_error"),
        (503, {"X-Squid-Error": "ERR_CONNECT_FAIL 111"}, "connection_refused"),
        (504, {"X-Squid-Error": "ERR_READ_TIMEOUT 0"}, "timeout"),
        (503, {"X-Squid-Error": "ERR_CONNECT_TIMEOUT 0"}, "timeout"),
        # Squid errors that are not about the target's reachability fall back to the status code.
        (403, {"X-Squid-Error": "ERR_ACCESS_DENIED 0"}, "blocked"),
        (502, {"X-Squid-Error": "ERR_ZERO_SIZE_OBJECT 0"}, "http_5xx"),
    ],
)
def test_status_of_response(status: int, headers: dict[str, str], expected: str) -> None:
    assert status_of_response(response(status, headers)) == expected


@pytest.mark.parametrize(
    ("title", "text_length", "links", "is_wall"),
    [
        ("Just a moment...", 120, 0, True),
        ("Attention Required! | Cloudflare", 800, 2, True),
        ("Zugriff verweigert", 300, 1, True),
        ("Access Denied", 5000, 3, True),  # long text, but hardly any links
        ("DDoS-Guard", 90, 0, True),
        ("Bitte bestätigen Sie: Captcha", 200, 0, True),
        # Real pages.
        ("Stadt Wesertal – Startseite", 200, 2, False),
        ("Wohngeld - Stadt Wesertal", 3000, 40, False),
        # A real page about access rights with plenty of content is no wall.
        ("Zugriff verweigert? Hilfe zum Servicekonto", 4000, 60, False),
    ],
)
def test_looks_like_bot_wall(title: str, text_length: int, links: int, is_wall: bool) -> None:
    assert looks_like_bot_wall(title, text_length, links) is is_wall


def tls_error() -> Failure:
    return Failure(SSL.Error([("SSL routines", "", "certificate verify failed")]))


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (CannotResolveHostError("www.gemeinde-gibtsnicht.de"), "dns_error"),
        (twisted_errors.DNSLookupError("www.gemeinde-gibtsnicht.de"), "dns_error"),
        (
            DownloadTimeoutError("Getting https://www.stadt-wesertal.de/ took longer than 20.0 seconds."),
            "timeout",
        ),
        (twisted_errors.TimeoutError(), "timeout"),
        (twisted_errors.TCPTimedOutError(), "timeout"),
        (DownloadConnectionRefusedError("Connection was refused by other side"), "connection_refused"),
        (twisted_errors.ConnectionRefusedError(), "connection_refused"),
        (IgnoreRequest("Forbidden by robots.txt"), "robots_disallowed"),
        (IgnoreRequest("page budget reached"), "ignored"),
        (ResponseNeverReceived([tls_error()]), "tls_error"),
        (DownloadFailedError("SSL handshake failed"), "tls_error"),
        (ResponseNeverReceived([Failure(twisted_errors.ConnectionLost())]), "connection_error"),
        (ResponseFailed([Failure(twisted_errors.ConnectionDone())]), "connection_error"),
        (DownloadFailedError("Connection reset by peer"), "connection_error"),
        (ResponseDataLossError("Response body lost"), "connection_error"),
        (twisted_errors.ConnectionLost(), "connection_error"),
        (ValueError("something unexpected"), "error"),
        # CONNECT through a forward proxy: the proxy's own status decides.
        (
            TunnelError(
                "Could not open CONNECT tunnel with proxy squid.intern:3128 "
                "[{'status': 503, 'reason': 'Service Unavailable'}]"
            ),
            "proxy_error",
        ),
        (
            TunnelError(
                "Could not open CONNECT tunnel with proxy squid.intern:3128 "
                "[{'status': 407, 'reason': 'Proxy Authentication Required'}]"
            ),
            "proxy_error",
        ),
        (
            TunnelError(
                "Could not open CONNECT tunnel with proxy squid.intern:3128 "
                "[{'status': 502, 'reason': 'DNS lookup failed'}]"
            ),
            "dns_error",
        ),
        # The proxy's address must not be mistaken for the status code.
        (
            TunnelError(
                "Could not open CONNECT tunnel with proxy 127.0.0.1:3128 "
                "[{'status': 502, 'reason': 'DNS lookup failed'}]"
            ),
            "dns_error",
        ),
    ],
    ids=lambda value: f"{type(value).__name__}: {str(value)[:60]}" if isinstance(value, Exception) else None,
)
def test_status_of_failure(error: Exception, expected: str) -> None:
    assert status_of_failure(Failure(error)) == expected
