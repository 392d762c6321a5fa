"""URL canonicalisation, document types and the boundary of one municipality's site."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from catalog.urls import host_of, site_domain

SESSION_PARAMS = re.compile(
    r"^(jsessionid|phpsessid|sid|sessionid|session_id|cfid|cftoken|s|utm_\w+|fbclid|gclid|"
    r"mc_cid|mc_eid|_ga)$",
    re.IGNORECASE,
)
PATH_SESSION = re.compile(r";(jsessionid|sid|phpsessid)=[^/?#]*", re.IGNORECASE)
DOCUMENT_TYPES = {
    ".pdf": "pdf",
    ".doc": "doc",
    ".docx": "docx",
    ".odt": "odt",
    ".rtf": "rtf",
    ".xls": "xls",
    ".xlsx": "xlsx",
    ".ods": "ods",
}
SKIPPED_SUFFIXES = (
    ".jpg",
    ".jpeg",
    ".png",
    ".gif",
    ".svg",
    ".webp",
    ".ico",
    ".css",
    ".js",
    ".zip",
    ".rar",
    ".7z",
    ".mp3",
    ".mp4",
    ".avi",
    ".mov",
    ".wmv",
    ".ics",
    ".vcf",
    ".xml",
    ".json",
    ".rss",
    ".exe",
    ".dmg",
    ".tif",
    ".tiff",
    ".bmp",
    ".woff",
    ".woff2",
    ".ttf",
    ".eot",
    ".gpx",
    ".kml",
)
DOCUMENT_CONTENT_TYPES = {
    "application/pdf": "pdf",
    "application/msword": "doc",
    "application/rtf": "rtf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.ms-excel": "xls",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
}


def canonical_url(url: str) -> str | None:
    """The URL without fragment, session ids and tracking parameters; None if it is not worth fetching."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    path = PATH_SESSION.sub("", parts.path) or "/"
    if path.lower().endswith(SKIPPED_SUFFIXES):
        return None
    query = urlencode(
        [
            (key, value)
            for key, value in parse_qsl(parts.query, keep_blank_values=True)
            if not SESSION_PARAMS.match(key)
        ]
    )
    return urlunsplit((parts.scheme, parts.netloc.lower(), path, query, ""))


def document_type(url: str) -> str:
    """'pdf', 'docx' ... when the URL path names a document file, else ''."""
    path = urlsplit(url).path.lower()
    dot = path.rfind(".")
    return DOCUMENT_TYPES.get(path[dot:], "") if dot > path.rfind("/") else ""


def document_type_of_content(content_type: str) -> str:
    return DOCUMENT_CONTENT_TYPES.get(content_type.split(";")[0].strip().lower(), "")


__all__ = [
    "SiteScope",
    "canonical_url",
    "document_type",
    "document_type_of_content",
    "host_of",
    "site_domain",
]


class SiteScope:
    """The hosts that belong to one municipality's site: its registrable domain(s), grown by redirects."""

    def __init__(self, start_url: str) -> None:
        self.domains = {site_domain(host_of(start_url))}

    def add(self, url: str) -> None:
        self.domains.add(site_domain(host_of(url)))

    def contains(self, url: str) -> bool:
        return site_domain(host_of(url)) in self.domains
