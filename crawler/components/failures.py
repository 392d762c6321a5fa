"""Turning a failed fetch or an unwelcome response into a recorded status code."""

from __future__ import annotations

import re

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import Response
from twisted.internet import error as twisted_errors
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from crawler.components.public_targets import RefusedTarget
from crawler.components.redirects import RedirectFailure

BOT_WALL_TITLES = re.compile(
    r"just a moment|attention required|access denied|zugriff verweigert|captcha|"
    r"are you a robot|bot protection|ddos-guard|request rejected|security check",
    re.IGNORECASE,
)
# A "not found" page answered with 200 ("soft 404"): never a service page, a dead link.
SOFT_NOT_FOUND = re.compile(
    r"\b(seite|page|datei|dokument|inhalt)\b[^.]{0,60}\b(nicht gefunden|nicht gefunden werden|not found|"
    r"existiert nicht|nicht (mehr )?verfügbar)|\b404\b|fehlerseite|page not found",
    re.IGNORECASE,
)
SQUID_ERRORS = {
    "ERR_DNS_FAIL": "dns_error",
    "ERR_CONNECT_FAIL": "connection_refused",
    "ERR_READ_TIMEOUT": "timeout",
    "ERR_CONNECT_TIMEOUT": "timeout",
}


def status_of_failure(failure: Failure) -> str:
    """dns_error, timeout, connection_refused, tls_error, robots_disallowed, connection_error ..."""
    value = failure.value
    if isinstance(value, (RedirectFailure, RefusedTarget)):
        return str(value.status)
    if isinstance(value, IgnoreRequest):
        return "robots_disallowed" if "robots.txt" in str(value) else "ignored"
    if failure.check(CannotResolveHostError, twisted_errors.DNSLookupError):
        return "dns_error"
    if failure.check(DownloadTimeoutError, twisted_errors.TimeoutError, twisted_errors.TCPTimedOutError):
        return "timeout"
    if failure.check(DownloadConnectionRefusedError, twisted_errors.ConnectionRefusedError):
        return "connection_refused"
    if _is_tls_failure(failure):
        return "tls_error"
    if type(value).__name__ == "TunnelError":
        return _tunnel_status(str(value))
    if failure.check(
        ResponseNeverReceived,
        ResponseFailed,
        DownloadFailedError,
        ResponseDataLossError,
        twisted_errors.ConnectionLost,
        twisted_errors.ConnectionDone,
    ):
        return "connection_error"
    return "error"


def _is_tls_failure(failure: Failure) -> bool:
    text = repr(failure.value).lower()
    reasons = getattr(failure.value, "reasons", None) or []
    text += " ".join(repr(reason.value).lower() for reason in reasons if hasattr(reason, "value"))
    return "ssl" in text or "tls" in text or "certificate" in text or "handshake" in text


def _tunnel_status(message: str) -> str:
    code = re.search(r"'status': (\d{3})|\b(50[0-9])\b(?!\.)", message)
    status = next((group for group in code.groups() if group), "") if code else ""
    if status in ("502", "503"):
        return "dns_error" if "dns" in message.lower() else "proxy_error"
    return "proxy_error"


def status_of_response(response: Response) -> str:
    """'' for a usable response, else why not: blocked, http_404, http_5xx, dns_error (from a proxy) ..."""
    squid = (response.headers.get(b"X-Squid-Error") or b"").decode("latin-1")
    for marker, status in SQUID_ERRORS.items():
        if squid.startswith(marker):
            return status
    if response.status in (401, 403, 429):
        return "blocked"
    if response.status >= 500:
        return "http_5xx"
    if response.status >= 400:
        return f"http_{response.status}"
    return ""


def looks_like_bot_wall(title: str, text_length: int, link_count: int) -> bool:
    """A challenge page delivered with status 200: telltale title and almost no content."""
    return bool(BOT_WALL_TITLES.search(title)) and (text_length < 1500 or link_count < 5)


def looks_like_soft_404(title: str, h1: str) -> bool:
    return bool(SOFT_NOT_FOUND.search(title) or SOFT_NOT_FOUND.search(h1))
