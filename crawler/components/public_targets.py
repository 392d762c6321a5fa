"""A crawl started from outside (the API) reaches public hosts only: no redirect or link leads it inside the network.

The API checks a start URL before it queues the crawl, but a site may redirect or link anywhere, and Chromium
fetches what a page asks for. Every request of such a crawl is checked here: Scrapy's through a downloader
middleware, the browser's through scrapy-playwright's abort predicate. A host that does not resolve here is let
through (the fetch fails on its own, or a forward proxy resolves it and should enforce its own egress rules).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.exceptions import IgnoreRequest

from catalog.access.targets import ALLOWED_PORTS, ALLOWED_SCHEMES, address_refusal
from catalog.vocabulary import ScreeningStatus


class RefusedTarget(IgnoreRequest):
    """A request to a host the crawl may not reach; `status` is the recorded status."""

    status = ScreeningStatus.REFUSED_TARGET


class TargetJudge:
    """Why a URL may not be fetched ('' if it may), each host resolved once per crawl process."""

    def __init__(self) -> None:
        self._refusals: dict[tuple[str, int | None], str] = {}

    async def refusal(self, url: str) -> str:
        parts = urlsplit(url)
        if parts.scheme not in ALLOWED_SCHEMES:
            return f"scheme {parts.scheme!r}"
        try:
            port = parts.port
        except ValueError:
            return "a malformed port"
        if port is not None and port not in ALLOWED_PORTS:
            return f"port {port}"
        host = (parts.hostname or "").lower()
        key = (host, port)
        if key not in self._refusals:
            self._refusals[key] = await _host_refusal(host)
        return self._refusals[key]


async def _host_refusal(host: str) -> str:
    for address in await _addresses(host):
        why = address_refusal(address)
        if why:
            return f"{host} resolves to the {why} address {address}"
    return ""


async def _addresses(host: str) -> list[str]:
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return []
    return sorted({str(info[4][0]) for info in infos})


class PublicTargetsMiddleware:
    """Downloader middleware: refuses requests (redirects included: they come through again) to non-public hosts."""

    def __init__(self) -> None:
        self.judge = TargetJudge()

    async def process_request(self, request: Request) -> None:
        why = await self.judge.refusal(request.url)
        if why:
            raise RefusedTarget(f"refused: {why}; only public hosts on ports 80 and 443")


_BROWSER_JUDGE = TargetJudge()
# What Chromium fetches over the network, checked as the HTTP fetch of the same host would be.
BROWSER_SCHEMES = {"http": "http", "https": "https", "ws": "http", "wss": "https"}


async def abort_browser_request(request: Any) -> bool:
    """scrapy-playwright's PLAYWRIGHT_ABORT_REQUEST: the same rule for what Chromium fetches on its own."""
    parts = urlsplit(request.url)
    if parts.scheme not in BROWSER_SCHEMES:
        return parts.scheme not in ("data", "blob", "about")
    as_fetched = parts._replace(scheme=BROWSER_SCHEMES[parts.scheme]).geturl()
    return bool(await _BROWSER_JUDGE.refusal(as_fetched))
