"""What the judgement of one piece of evidence may know about the rest of its site's evidence."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from catalog.evidence import Evidence, FetchErrorEvidence, FormEvidence, LinkEvidence, PageEvidence
from catalog.maturity.forms import form_role
from catalog.maturity.referrals import is_kreis_site, refers_elsewhere
from catalog.reference.platforms import PlatformRegistry
from catalog.urls import host_of, page_key, site_domain
from catalog.vocabulary import DEAD_STATUSES, Role

UNAVAILABLE = re.compile(
    r"(derzeit|zurzeit|vor(ü|ue)bergehend|momentan|leider)\s+(nicht|au(ß|ss)er betrieb|deaktiviert)|deaktiviert|"
    r"nicht mehr (verf(ü|ue)gbar|angeboten|m(ö|oe)glich)|au(ß|ss)er betrieb|wartungsarbeiten|"
    r"steht (derzeit |zurzeit )?nicht (mehr )?zur verf(ü|ue)gung",
    re.IGNORECASE,
)
REFERRAL_LEAD_CHARS = 300
TITLE_SEPARATORS = re.compile(r"\s+[-|–—:·»]\s+")


@dataclass
class SiteView:
    start_url: str
    platforms: PlatformRegistry
    pages: dict[str, PageEvidence] = field(default_factory=dict)
    application_form_pages: set[str] = field(default_factory=set)
    failed: dict[str, str] = field(default_factory=dict)
    title_affixes: set[str] = field(default_factory=set)
    domains: set[str] = field(default_factory=set)
    kreis_site: bool = False  # a Landkreis refers citizens to their Gemeinde, a Gemeinde to the Landkreis
    links_on: dict[str, list[LinkEvidence]] = field(default_factory=dict)  # by the page key of their page

    def is_site_url(self, url: str) -> bool:
        return site_domain(host_of(url)) in self.domains

    def page_of(self, url: str) -> PageEvidence | None:
        return self.pages.get(page_key(url))

    def has_application_form(self, url: str) -> bool:
        return page_key(url) in self.application_form_pages

    def says_unavailable(self, url: str) -> bool:
        """The fetched page says its online service is switched off ("derzeit nicht verfügbar", "deaktiviert")."""
        page = self.page_of(url)
        return page is not None and _says_unavailable(page.main_text)

    def dead_status(self, url: str) -> str:
        status = self.failed.get(page_key(url), "")
        return status if status in DEAD_STATUSES else ""

    def is_referral(self, page: PageEvidence) -> bool:
        """A page whose opening sends the reader to another authority ("beantragen Sie beim Landkreis")."""
        return _opening_refers_elsewhere(page.main_text, page.h1, self.kreis_site)

    def is_referral_url(self, url: str) -> bool:
        """The fetched target of a directory entry refers to another authority."""
        page = self.page_of(url)
        return page is not None and self.is_referral(page)

    def clean_title(self, title: str) -> str:
        """A page title without the site's name that every page repeats."""
        parts = [part for part in TITLE_SEPARATORS.split(title) if part and part not in self.title_affixes]
        return " – ".join(parts) if parts else title


# Scoring asks these of the same few pages for every link to them; the page's text is one string object each time,
# so its hash is computed once and a repeated question costs a dict lookup instead of a search through the text.
# Main texts are cut at 1,500 characters: each cache holds at most about 3 MB.
@lru_cache(maxsize=2048)
def _says_unavailable(main_text: str) -> bool:
    return bool(UNAVAILABLE.search(main_text))


@lru_cache(maxsize=2048)
def _opening_refers_elsewhere(main_text: str, h1: str, kreis_site: bool) -> bool:
    lead = main_text.split(h1, 1)[-1] if h1 else main_text
    return refers_elsewhere(lead[:REFERRAL_LEAD_CHARS], kreis_site)


def build_site_view(start_url: str, evidence: Sequence[Evidence], platforms: PlatformRegistry) -> SiteView:
    """Links are written as the page has them; fetched pages, forms and failures are found by their page key."""
    pages = [item for item in evidence if isinstance(item, PageEvidence)]
    site_pages = [item for item in pages if item.role == Role.SITE]
    view = SiteView(
        start_url=start_url,
        platforms=platforms,
        pages=_pages_by_url(pages),
        title_affixes=_title_affixes(item.page_title for item in site_pages),
        kreis_site=is_kreis_site(start_url),
    )
    for item in evidence:
        if isinstance(item, FormEvidence) and form_role(item) == "application":
            view.application_form_pages.add(page_key(item.url))
        elif isinstance(item, FetchErrorEvidence):
            view.failed[page_key(item.url)] = item.status
        elif isinstance(item, LinkEvidence):
            view.links_on.setdefault(page_key(item.page_url), []).append(item)
    view.domains = {site_domain(host_of(start_url))} | {
        site_domain(host_of(item.url)) for item in site_pages if item.depth == 0
    }
    return view


def _pages_by_url(pages: Sequence[PageEvidence]) -> dict[str, PageEvidence]:
    """Pages under their own URL and under the URLs that redirected to them."""
    by_url: dict[str, PageEvidence] = {}
    for page in pages:
        for url in [*page.redirect_urls, page.url]:
            by_url[page_key(url)] = page
    return by_url


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
