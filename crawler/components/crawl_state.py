"""What one site's crawl knows while it runs: its target, frontier, counters, problems and final status."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from catalog.vocabulary import Role, ScreeningStatus
from crawler.components.extract import LinkFact, PageFacts
from crawler.components.frontier import Frontier
from crawler.components.trap_detector import TrapDetector

MAX_RECORDED_PROBLEMS = 50
CLEAN_FINISH_REASONS = ("finished", "page_budget")


@dataclass(frozen=True)
class SiteTarget:
    start_url: str
    name: str = ""
    ars: str | None = None
    screening_id: int | None = None


@dataclass
class CrawlState:
    """Shared by the spider, its middlewares and its pipeline; read by the runner once the crawl ends."""

    target: SiteTarget
    frontier: Frontier
    max_pages: int
    render_mode: str = "auto"
    can_render: bool = False
    site_pages: int = 0
    portal_pages: int = 0
    rendered_pages: int = 0
    site_requests: int = 0
    budget_reached: bool = False
    start_status: str = ""
    start_http_status: int | None = None
    finish_reason: str = ""
    crashed: str = ""
    interrupted: bool = False
    problems: list[dict[str, Any]] = field(default_factory=list)
    problem_counts: Counter[str] = field(default_factory=Counter)
    link_keys: set[tuple[str, str, str]] = field(default_factory=set)
    services_seen: set[str] = field(default_factory=set)
    traps: TrapDetector = field(default_factory=TrapDetector)

    def should_render(self, meta: dict[str, Any]) -> bool:
        return self.can_render and self.render_mode == "auto" and not meta.get("playwright")

    def playwright_meta(self) -> dict[str, Any]:
        if not self.can_render:
            return {}
        # Certificates are not checked, as Scrapy does not check them either: the crawl only reads public pages.
        return {
            "playwright": True,
            "playwright_context": "screening",
            "playwright_context_kwargs": {"ignore_https_errors": True, "java_script_enabled": True},
            # Navigation returns once the answer starts; the handler then waits for quiet within its deadline.
            "playwright_page_goto_kwargs": {"wait_until": "commit"},
        }

    def allow_site_request(self) -> bool:
        """The page budget, spent in priority order as the scheduler hands requests to the downloader."""
        if self.site_requests >= self.max_pages:
            self.budget_reached = True
            return False
        self.site_requests += 1
        return True

    def note_service(self, ozg_id: str | None) -> None:
        if ozg_id:
            self.services_seen.add(ozg_id)

    def count_page(self, url: str, meta: dict[str, Any]) -> None:
        if meta.get("is_start"):
            self.start_status = ScreeningStatus.OK
            self.frontier.scope.add(url)
        self.frontier.mark_seen(url)
        if meta.get("role") == Role.PORTAL:
            self.portal_pages += 1
        else:
            self.site_pages += 1
        if meta.get("playwright"):
            self.rendered_pages += 1

    def note_bounds(self, url: str, truncated_at: int, links_taken: int, links_dropped: int) -> None:
        """A page read only up to the byte bound, or with links beyond the cap, is said in the errors, not failed."""
        if truncated_at:
            self.record_problem(url, "page_truncated", {}, None, f"read the first {truncated_at:,} bytes only")
        if links_dropped:
            message = f"took the first {links_taken:,} of {links_taken + links_dropped:,} links"
            self.record_problem(url, "links_capped", {}, None, message)

    def note_trap(self, url: str, parent: str, facts: PageFacts) -> None:
        """A family of URLs found to be a crawler trap is said in the errors and followed no further."""
        reason = self.traps.observe(url, parent, facts)
        if reason:
            self.record_problem(url, "crawler_trap", {}, None, f"stopped following pages like this one: {reason}")

    def first_sighting(self, link: LinkFact, doc_type: str) -> bool:
        """Store each link once per site; chrome links (menus, footers) once regardless of the heading."""
        if not (link.text or doc_type):
            return False
        key = (link.url, link.text, link.heading if link.region == "main" else link.region)
        if key in self.link_keys:
            return False
        self.link_keys.add(key)
        return True

    def record_problem(
        self, url: str, status: str, meta: dict[str, Any], http_status: int | None, message: str = ""
    ) -> None:
        if meta.get("is_start"):
            self.start_status, self.start_http_status = status, http_status
        self.problem_counts[status] += 1
        if len(self.problems) < MAX_RECORDED_PROBLEMS:
            entry: dict[str, Any] = {"url": url, "status": status}
            if http_status:
                entry["http_status"] = http_status
            if message:
                entry["message"] = message
            self.problems.append(entry)

    @property
    def pages_crawled(self) -> int:
        return self.site_pages + self.portal_pages

    def final_status(self) -> str:
        """ok, partial, or why the site could not be screened (dns_error, blocked ...)."""
        if self.start_status and self.start_status != ScreeningStatus.OK:
            return self.start_status
        if not self.start_status:
            if self.site_pages:
                return ScreeningStatus.PARTIAL
            return ScreeningStatus.ERROR if self.crashed else ScreeningStatus.NO_RESPONSE
        if self.crashed or self.interrupted or self.finish_reason not in CLEAN_FINISH_REASONS:
            return ScreeningStatus.PARTIAL
        return ScreeningStatus.OK
