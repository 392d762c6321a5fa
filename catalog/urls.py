"""URLs: a website as the registry keeps it, a page as it is fetched (`canonical`) and as it is known (`page_key`)."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import tldextract

from catalog.errors import InvalidInputError

SESSION_PARAMS = re.compile(
    r"^(jsessionid|phpsessid|sid|sessionid|session_id|cfid|cftoken|s|utm_\w+|fbclid|"
    r"gclid|mc_cid|mc_eid|_ga)$",
    re.IGNORECASE,
)
PATH_SESSION = re.compile(r";(jsessionid|sid|phpsessid)=[^/?#]*", re.IGNORECASE)
INDEX_FILE = re.compile(r"/index\.(html?|php|shtml|aspx?|jsp)$", re.IGNORECASE)
DEFAULT_PORTS = {"http": 80, "https": 443}

# The bundled public-suffix snapshot: never fetch the list over the network.
_domains = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def normalise_website(url: str) -> str:
    """A start URL: scheme added when missing, host lower-cased, path kept; invalid input is a UserError."""
    text = url.strip()
    if not text:
        raise InvalidInputError("empty URL")
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https"):
        raise InvalidInputError(f"{url!r} is not an http(s) URL")
    host = (parts.hostname or "").lower()
    if not host or " " in text or ("." not in host and host != "localhost"):
        raise InvalidInputError(f"{url!r} is not a valid website URL (no host name)")
    netloc = host if parts.port is None else f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


@lru_cache(maxsize=8192)
def site_domain(host: str) -> str:
    """The registrable domain (stadt-x.de for www.stadt-x.de and buergerservice.stadt-x.de)."""
    extracted = _domains(host)
    if not extracted.suffix:
        return host
    return f"{extracted.domain}.{extracted.suffix}"


def canonical(url: str) -> str | None:
    """One spelling per page: no fragment, session ids or tracking parameters, sorted query, no default port."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    netloc = parts.hostname if port in (None, DEFAULT_PORTS[parts.scheme]) else f"{parts.hostname}:{port}"
    pairs = [
        (key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True) if not SESSION_PARAMS.match(key)
    ]
    path = PATH_SESSION.sub("", parts.path) or "/"
    return urlunsplit((parts.scheme, netloc.lower(), path, urlencode(sorted(_without_menu_item(pairs, path))), ""))


def _without_menu_item(pairs: list[tuple[str, str]], path: str) -> list[tuple[str, str]]:
    """Joomla's `Itemid` only picks the highlighted menu entry, unless it alone names a page (`index.php?Itemid=7`)."""
    kept = [(key, value) for key, value in pairs if key.lower() != "itemid"]
    alone_names_page = not kept and path.lower().endswith("/index.php")
    return pairs if alone_names_page else kept


# Cached: the crawl's frontier asks for every link of every page (a menu's links on each page once more), and the
# scoring asks again for each piece of evidence. 32,768 URLs of 100 characters take 12 MB (tracemalloc).
@lru_cache(maxsize=32768)
def page_key(url: str) -> str:
    """One key per page, for the crawl's memory and the judgement's lookups alike.

    http and https, `/a`, `/a/` and `/a/index.html`, fragments and session parameters are one page on nearly
    every site; a query string names another page (`index.php?id=42`).
    """
    canonical_form = canonical(url)
    if canonical_form is None:
        return url
    parts = urlsplit(canonical_form)
    path = parts.path if parts.query else INDEX_FILE.sub("/", parts.path)
    return f"{parts.netloc}{path.rstrip('/') or '/'}?{parts.query}"
