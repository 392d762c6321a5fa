"""ASGI app serving folders of static sites by Host header, with configurable misbehaviour per site."""

from __future__ import annotations

import asyncio
import fnmatch
import json
import mimetypes
import random
import re
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from crawler.localweb import oddities, traps

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

SQUID_ERRORS = {"dns": "ERR_DNS_FAIL 0", "refused": "ERR_CONNECT_FAIL 111"}
CONTENT_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".txt": "text/plain",
    ".xml": "application/xml",
    ".json": "application/json",
    ".js": "text/javascript",
    ".css": "text/css",
    ".pdf": "application/pdf",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@dataclass
class SiteConfig:
    """The behaviour of one host, read from its optional `_site.json`."""

    root: Path
    charset: dict[str, str] = field(default_factory=dict)
    # Paths (globs) served with a given Content-Type, e.g. documents at URLs without a file suffix.
    content_types: dict[str, str] = field(default_factory=dict)
    status: dict[str, int] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)
    block_user_agent: str = ""
    latency_ms: tuple[int, int] = (0, 0)
    calendar_trap: str = ""
    facet_trap: str = ""
    failure: str = ""
    # Hostile behaviour (tests/sites/hostile): a challenge page for blocked agents, generated pages, old-site habits.
    block_page: str = ""
    block_status: int = 403
    large_pages: dict[str, int] = field(default_factory=dict)
    unique_traps: dict[str, str] = field(default_factory=dict)
    redirect_chains: dict[str, tuple[int, str]] = field(default_factory=dict)  # prefix: (hops, final)
    cookie_check: str = ""
    soft_404: bool = False
    hang_paths: list[str] = field(default_factory=list)
    latin1_paths: bool = False

    @classmethod
    def load(cls, root: Path) -> SiteConfig:
        path = root / "_site.json"
        raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
        latency = raw.pop("latency_ms", [0, 0])
        allowed = {key: value for key, value in raw.items() if key in cls.__dataclass_fields__}
        return cls(root=root, latency_ms=(int(latency[0]), int(latency[-1])), **allowed)


def discover_sites(folders: list[Path]) -> dict[str, SiteConfig]:
    """Host name -> site, for every sub-folder of the given folders whose name looks like a host."""
    sites: dict[str, SiteConfig] = {}
    for folder in folders:
        for root in sorted(folder.iterdir()):
            if root.is_dir() and "." in root.name and not root.name.startswith(("_", ".")):
                sites[root.name.lower()] = SiteConfig.load(root.resolve())
    return sites


class SiteFarm:
    """Answers every request for a known host from its folder; unknown hosts get a proxy-style DNS error."""

    def __init__(self, sites: dict[str, SiteConfig]) -> None:
        self.sites = sites

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        host, path, query = _target(scope)
        site = self.sites.get(host)
        if site is None:
            await _respond(send, 502, "text/plain", b"DNS lookup failed\n", {"X-Squid-Error": SQUID_ERRORS["dns"]})
            return
        await self.serve(site, scope, path, query, send)

    async def serve(self, site: SiteConfig, scope: Scope, path: str, query: str, send: Send) -> None:
        if site.failure:
            await _fail(site.failure, send)
            return
        if site.latency_ms[1]:
            await asyncio.sleep(random.uniform(*site.latency_ms) / 1000)
        user_agent = _header(scope, b"user-agent")
        if site.block_user_agent and re.search(site.block_user_agent, user_agent, re.IGNORECASE):
            page = oddities.CHALLENGE_PAGE if site.block_page == "challenge" else traps.BOT_WALL
            await _respond(send, site.block_status, "text/html; charset=utf-8", page.encode())
            return
        if site.latin1_paths:
            path = unquote(_raw_path(scope), encoding="latin-1")
        if site.cookie_check and not await _cookie_checked(site, scope, path, query, send):
            return
        await self.serve_oddity(site, path, query, send)

    async def serve_oddity(self, site: SiteConfig, path: str, query: str, send: Send) -> None:
        if any(path.startswith(prefix) for prefix in site.hang_paths):
            await asyncio.sleep(3600)
        elif path in site.large_pages:
            await _html_bytes(send, oddities.large_page(site.large_pages[path]))
        elif trap := next((prefix for prefix in site.unique_traps if path.startswith(prefix)), ""):
            await _html(send, oddities.unique_trap_page(trap, path, query, site.unique_traps[trap]))
        elif chain := next((prefix for prefix in site.redirect_chains if path.startswith(prefix)), ""):
            location = oddities.redirect_chain_target(chain, path, tuple(site.redirect_chains[chain]))  # type: ignore[arg-type]
            await _respond(send, 302, "text/plain", b"", {"Location": location})
        else:
            await self.serve_path(site, path, query, send)

    async def serve_path(self, site: SiteConfig, path: str, query: str, send: Send) -> None:
        status = _configured_status(site, path)
        if status:
            await _respond(send, status, "text/html; charset=utf-8", f"<h1>Fehler {status}</h1>".encode())
        elif path in site.redirects:
            await _respond(send, 301, "text/plain", b"", {"Location": site.redirects[path]})
        elif site.calendar_trap and path.startswith(site.calendar_trap):
            await _html(send, traps.calendar_page(site.calendar_trap, parse_qs(query)))
        elif site.facet_trap and path.startswith(site.facet_trap):
            await _html(send, traps.facet_page(site.facet_trap, parse_qs(query)))
        else:
            await self.serve_file(site, path, send)

    async def serve_file(self, site: SiteConfig, path: str, send: Send) -> None:
        file = _resolve(site.root, path)
        if file is None and site.soft_404:
            await _html(send, oddities.SOFT_NOT_FOUND.replace("{path}", path))
            return
        if file is None:
            await _respond(send, 404, "text/html; charset=utf-8", traps.NOT_FOUND.encode())
            return
        body = file.read_bytes()
        content_type = _content_type(site, file)
        await _respond(send, 200, content_type, body, {"Content-Length": str(len(body))})


def _target(scope: Scope) -> tuple[str, str, str]:
    """Host, path and query; absolute-form targets (from a forward proxy) carry their own host."""
    raw_path = scope.get("raw_path") or scope["path"].encode()
    text = raw_path.decode("latin-1")
    if text.startswith(("http://", "https://")):
        parts = urlsplit(text)
        query = parts.query or scope.get("query_string", b"").decode("latin-1")
        return (parts.hostname or "").lower(), unquote(parts.path) or "/", query
    host = _header(scope, b"host").split(":")[0].lower()
    return host, scope["path"], scope.get("query_string", b"").decode("latin-1")


def _raw_path(scope: Scope) -> str:
    raw = (scope.get("raw_path") or scope["path"].encode()).decode("latin-1")
    return urlsplit(raw).path if raw.startswith(("http://", "https://")) else raw.split("?")[0]


async def _cookie_checked(site: SiteConfig, scope: Scope, path: str, query: str, send: Send) -> bool:
    """Old CMS habit: without the cookie every page redirects to a check page, which sets it and sends back."""
    if path == site.cookie_check:
        target = parse_qs(query).get("ziel", ["/"])[0]
        cookie = f"{oddities.COOKIE_NAME}=1; Path=/"
        await _respond(send, 302, "text/plain", b"", {"Location": target, "Set-Cookie": cookie})
        return False
    if f"{oddities.COOKIE_NAME}=1" in _header(scope, b"cookie"):
        return True
    location = f"{site.cookie_check}?ziel={quote(path + ('?' + query if query else ''), safe='')}"
    await _respond(send, 302, "text/plain", b"", {"Location": location})
    return False


def _header(scope: Scope, name: bytes) -> str:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return str(value.decode("latin-1"))
    return ""


def _configured_status(site: SiteConfig, path: str) -> int:
    for prefix, status in site.status.items():
        if path.startswith(prefix):
            return int(status)
    return 0


def _resolve(root: Path, path: str) -> Path | None:
    relative = path.lstrip("/")
    if any(part.startswith(("_", ".")) for part in Path(relative).parts if part):
        return None
    candidate = (root / relative).resolve()
    if not str(candidate).startswith(str(root.resolve())):
        return None
    if candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def _content_type(site: SiteConfig, file: Path) -> str:
    relative = file.relative_to(site.root).as_posix()
    suffix = file.suffix.lower()
    base = (
        _first_glob_match(site.content_types, relative)
        or CONTENT_TYPES.get(suffix)
        or mimetypes.guess_type(file.name)[0]
        or "application/octet-stream"
    )
    if not base.startswith("text/") and base not in ("application/json", "application/xml"):
        return base
    return f"{base}; charset={_first_glob_match(site.charset, relative) or 'utf-8'}"


def _first_glob_match(values_by_glob: dict[str, str], relative: str) -> str:
    return next((value for pattern, value in values_by_glob.items() if fnmatch.fnmatch(relative, pattern)), "")


async def _fail(failure: str, send: Send) -> None:
    if failure == "timeout":
        await asyncio.sleep(3600)
    elif failure in SQUID_ERRORS:
        await _respond(send, 503, "text/plain", b"proxy error\n", {"X-Squid-Error": SQUID_ERRORS[failure]})
    else:
        await _respond(send, int(failure.removeprefix("http_") or 500), "text/plain", b"error\n")


async def _html(send: Send, page: str) -> None:
    await _respond(send, 200, "text/html; charset=utf-8", page.encode("utf-8"))


async def _html_bytes(send: Send, body: bytes) -> None:
    """A large body in chunks, as a real server streams it."""
    chunk = 64 * 1024
    headers = [(b"content-type", b"text/html"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    for offset in range(0, len(body), chunk):
        more = offset + chunk < len(body)
        await send({"type": "http.response.body", "body": body[offset : offset + chunk], "more_body": more})


async def _respond(
    send: Send, status: int, content_type: str, body: bytes, headers: dict[str, str] | None = None
) -> None:
    raw_headers = [(b"content-type", content_type.encode())]
    raw_headers += [(key.lower().encode(), value.encode()) for key, value in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": body})
