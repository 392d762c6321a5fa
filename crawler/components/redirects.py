"""Redirects with named failures: a loop is `redirect_loop`, a chain beyond the limit `too_many_redirects`."""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.exceptions import IgnoreRequest

from catalog.vocabulary import ScreeningStatus

# A cookie check sends a browser back to the page it came from once; a third visit of one URL is a loop.
LOOP_VISITS = 2


class RedirectFailure(IgnoreRequest):
    """Why following redirects was given up; `status` is the screening status it becomes."""

    def __init__(self, status: ScreeningStatus, chain: list[str]) -> None:
        super().__init__(f"{status}: {' -> '.join(chain[-4:])}")
        self.status = status


class NamedRedirects:
    """Mixin over Scrapy's redirect handling: loops are told from long chains, and may come back to a page once."""

    def _redirect(self, redirected: Request, request: Request, reason: Any) -> Request:
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if chain.count(redirected.url) >= LOOP_VISITS:
            raise RedirectFailure(ScreeningStatus.REDIRECT_LOOP, [*chain, redirected.url])
        try:
            followed: Request = super()._redirect(redirected, request, reason)  # type: ignore[misc]
        except IgnoreRequest:
            loop = len(set(chain)) < len(chain) or redirected.url in chain
            status = ScreeningStatus.REDIRECT_LOOP if loop else ScreeningStatus.TOO_MANY_REDIRECTS
            raise RedirectFailure(status, [*chain, redirected.url]) from None
        if redirected.url in chain:
            # The way back from a cookie check: the duplicate filter would drop a URL this chain already asked for.
            followed.dont_filter = True
        return followed


class NamedRedirectMiddleware(NamedRedirects, RedirectMiddleware):
    """HTTP 301/302/303/307/308."""


class NamedMetaRefreshMiddleware(NamedRedirects, MetaRefreshMiddleware):
    """<meta http-equiv="refresh">, common on old start pages."""
