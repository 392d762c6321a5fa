"""What the judgement of one piece of evidence may know about the rest of its site's evidence."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from catalog.platforms import PlatformRegistry
from catalog.urls import host_of, site_domain

TITLE_SEPARATORS = re.compile(r"\s+[-|–—:·»]\s+")
DEAD_STATUSES = (
    "http_404",
    "http_410",
    "dns_error",
    "connection_refused",
    "tls_error",
    "http_5xx",
    "connection_error",
    "timeout",
)


class EvidenceLike(Protocol):
    """A stored Evidence row or an unsaved crawler item: the facts scoring reads."""

    kind: str
    url: str
    text: str
    context: str
    page_url: str
    page_title: str
    http_status: int | None
    detail: dict[str, Any]


@dataclass
class SiteView:
    start_url: str
    platforms: PlatformRegistry
    pages: dict[str, EvidenceLike] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    title_affixes: set[str] = field(default_factory=set)
    domains: set[str] = field(default_factory=set)

    def is_site_url(self, url: str) -> bool:
        return site_domain(host_of(url)) in self.domains

    def page_of(self, url: str) -> EvidenceLike | None:
        return self.pages.get(url)

    def dead_status(self, url: str) -> str:
        status = self.failed.get(url, "")
        return status if status in DEAD_STATUSES else ""

    def clean_title(self, title: str) -> str:
        """A page title without the site's name that every page repeats."""
        parts = [part for part in TITLE_SEPARATORS.split(title) if part and part not in self.title_affixes]
        return " – ".join(parts) if parts else title


def build_site_view(
    start_url: str, evidence: Sequence[EvidenceLike], platforms: PlatformRegistry
) -> SiteView:
    pages = {item.url: item for item in evidence if item.kind == "page"}
    site_pages = [item for item in pages.values() if item.detail.get("role", "site") == "site"]
    view = SiteView(
        start_url=start_url,
        platforms=platforms,
        pages=pages,
        failed={
            item.url: str(item.detail.get("status", "")) for item in evidence if item.kind == "fetch_error"
        },
        title_affixes=_title_affixes(item.page_title for item in site_pages),
    )
    view.domains = {site_domain(host_of(start_url))} | {
        site_domain(host_of(item.url)) for item in site_pages if item.detail.get("depth", 1) == 0
    }
    return view


def _title_affixes(titles: Iterable[str]) -> set[str]:
    """Title parts shared by at least 40 % of the site's pages (the site or municipality name)."""
    counts: Counter[str] = Counter()
    total = 0
    for title in titles:
        total += 1
        counts.update(set(TITLE_SEPARATORS.split(title)))
    if total < 3:
        return set()
    return {part for part, count in counts.items() if count >= 0.4 * total}
