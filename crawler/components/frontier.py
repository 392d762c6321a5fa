"""Which links of a page to follow, and how urgently: service navigation first, traps and noise last."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from catalog.documents import document_naming, is_service_document
from catalog.reference.platforms import PlatformRegistry
from catalog.urls import page_key
from catalog.vocabulary import Role
from crawler.components.extract import LinkFact
from crawler.components.link_signals import has_online_cue, is_date_like, is_noise, is_service_navigation
from crawler.components.urls import SiteScope, canonical_url, document_type, host_of, is_suffixless_document

FOLLOWED_PLATFORM_KINDS = ("online_service", "form_server", "service_directory")
MAX_QUERY_VARIANTS = 8
MAX_DATE_VARIANTS = 3
MAX_PATH_SEGMENTS = 12
MAX_URL_LENGTH = 400
PAGE_KEYS = frozenset(
    {
        "id",
        "pid",
        "page_id",
        "pageid",
        "article_id",
        "object",
        "modid",
        "fid",
        "navid",
        "la",
        "buchstabe",
        "letter",
        "char",
        "alpha",
        "mnr",
        "detail",
        "leistung",
        "dienstleistung",
        "lid",
        "sid_leistung",
        "pstid",
        "ouid",
        "infotype",
        "node",
        "menuid",
        "mid",
    }
)


@dataclass(frozen=True)
class FollowUp:
    url: str
    priority: int
    role: Role  # SITE or PORTAL
    depth: int  # depth within the site, or hops within portals
    link_text: str
    link_context: str


@dataclass
class FrontierLimits:
    max_depth: int
    max_portal_pages: int
    portal_hops: int = 2
    max_document_checks: int = 0


class Frontier:
    """Per-site memory of what was seen, with the decision to follow each link."""

    def __init__(
        self,
        scope: SiteScope,
        platforms: PlatformRegistry,
        limits: FrontierLimits,
        recognise: Callable[[str], str | None],
    ) -> None:
        self.scope = scope
        self.platforms = platforms
        self.limits = limits
        self.recognise = recognise
        self.seen: set[str] = set()
        self.query_variants: Counter[str] = Counter()
        self.portal_requests = 0
        self.document_checks = 0

    def mark_seen(self, url: str) -> None:
        canonical = canonical_url(url)
        if canonical:
            self.seen.add(page_key(canonical))

    def follow_ups(self, links: list[LinkFact], role: str, depth: int, page_url: str) -> list[FollowUp]:
        planned = (self._plan(link, role, depth, page_url) for link in links)
        return [follow_up for follow_up in planned if follow_up is not None]

    def document_check(self, link: LinkFact) -> str | None:
        """A form or information sheet linked from the site, checked once by its headers: is it still there?"""
        if self.document_checks >= self.limits.max_document_checks:
            return None
        url = canonical_url(link.url)
        if url is None or not document_type(url) or page_key(url) in self.seen:
            return None
        if not is_service_document(document_naming(link.text, url)):
            return None  # council minutes and the Amtsblatt archive decide no maturity
        self.seen.add(page_key(url))
        self.document_checks += 1
        return url

    def sitemap_entry(self, url: str) -> FollowUp | None:
        """A page listed in the site's sitemap, ranked by its URL alone."""
        return self._plan(LinkFact(url=url, text="", heading="", neighbourhood="", region="main"), Role.SITE, 0, url)

    def _plan(self, link: LinkFact, role: str, depth: int, page_url: str) -> FollowUp | None:
        url = canonical_url(link.url)
        if url is None or page_key(url) in self.seen or document_type(url):
            return None
        if self.scope.contains(url):
            planned = self._plan_site_page(url, link, depth) if role == Role.SITE else None
        else:
            planned = self._plan_portal_page(url, link, role, depth, page_url)
        if planned is not None:
            self.seen.add(page_key(url))
        return planned

    def _plan_site_page(self, url: str, link: LinkFact, depth: int) -> FollowUp | None:
        if depth + 1 > self.limits.max_depth or _looks_like_trap(url) or not self._admit_variant(url):
            return None
        return FollowUp(
            url,
            site_priority(url, link, depth + 1, self.recognise),
            Role.SITE,
            depth + 1,
            link.text,
            link.heading,
        )

    def _plan_portal_page(self, url: str, link: LinkFact, role: str, depth: int, page_url: str) -> FollowUp | None:
        hops = depth + 1 if role == Role.PORTAL else 1
        # A service page's own document (BIS `dokument/<id>/download`) is part of that page, not another hop;
        # only its headers are fetched.
        document = is_suffixless_document(url)
        if hops > self.limits.portal_hops + document or self.portal_requests >= self.limits.max_portal_pages:
            return None
        if role == Role.PORTAL and host_of(url) != host_of(page_url):
            return None
        worth = document or self._portal_worth_visiting(url, link, role)
        if not worth or not self._admit_variant(url):
            return None
        self.portal_requests += 1
        return FollowUp(url, 80 - 10 * hops, Role.PORTAL, hops, link.text, link.heading)

    def _portal_worth_visiting(self, url: str, link: LinkFact, role: str) -> bool:
        kind = self.platforms.kind_of(url)
        if kind:
            return kind in FOLLOWED_PLATFORM_KINDS and (role == Role.SITE or self._names_service(link))
        return has_online_cue(link.text, url) and (role == Role.SITE or self._names_service(link))

    def _names_service(self, link: LinkFact) -> bool:
        return self.recognise(link.text) is not None or has_online_cue(link.text)

    def _admit_variant(self, url: str) -> bool:
        parts = urlsplit(url)
        if not parts.query or _addresses_a_page(parts.query, url):
            return True
        path_key = f"{parts.netloc}{parts.path}"
        self.query_variants[path_key] += 1
        limit = MAX_DATE_VARIANTS if is_date_like(url) else MAX_QUERY_VARIANTS
        return self.query_variants[path_key] <= limit


def site_priority(url: str, link: LinkFact, depth: int, recognise: Callable[[str], str | None]) -> int:
    """Higher is fetched sooner: service navigation and service names up, news, calendars and depth down."""
    priority = 100 - 10 * depth
    names_service = recognise(link.text) is not None
    if is_service_navigation(link.text, url):
        priority += 40
    if names_service:
        priority += 30
    # "Veranstaltung anmelden" or "Sperrmüll aus Haushalten" name services despite their noisy words.
    if is_date_like(url) or (is_noise(link.text, url) and not names_service):
        priority -= 60
    if urlsplit(url).query:
        priority -= 20
    if link.region == "footer":
        priority -= 20
    return priority


def _addresses_a_page(query: str, url: str) -> bool:
    """`index.php?id=42` (TYPO3), `?buchstabe=H` (A-Z), IKISS object ids: each value is another page."""
    if is_date_like(url):
        return False
    pairs = parse_qsl(query, keep_blank_values=True)
    if len(pairs) == 1 and len(pairs[0][1]) <= 2:
        return True
    return all(key.lower() in PAGE_KEYS for key, _ in pairs)


def _looks_like_trap(url: str) -> bool:
    parts = urlsplit(url)
    segments = [segment for segment in parts.path.split("/") if segment]
    if len(url) > MAX_URL_LENGTH or len(segments) > MAX_PATH_SEGMENTS:
        return True
    repeated = Counter(segments).most_common(1)
    # IKISS service pages carry five parameters; faceted searches pile up more.
    return bool(repeated and repeated[0][1] >= 3) or parts.query.count("&") >= 5
