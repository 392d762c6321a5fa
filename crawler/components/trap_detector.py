"""Crawler traps of unique URLs, recognised from the pattern: near-identical pages, ever-growing URLs."""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

from crawler.components.extract import PageFacts

# A family needs this many pages before it can be judged: a real A-Z list has many pages too, but they differ.
MIN_FAMILY_PAGES = 10
NEAR_IDENTICAL_SHARE = 0.8
# An URL that extends the URL of the page linking it, this many times in a row, grows without end.
MAX_GROWTH = 5
# Paths this deep are a CMS's ordinary hierarchy (/de/rathaus/buergerservice/leistungen/a-z/personalausweis/), so a
# path only counts as growing below it: a whole site must never look like one trap because its menu is deep.
PLAIN_DEPTH = 4
TOKEN = re.compile(r"\b\w*\d\w*\b|\b[0-9a-f]{8,}\b", re.IGNORECASE)
WORD = re.compile(r"\w{3,}")


def family(url: str) -> str:
    """Which pages may be of one trap: the first path segment (or * for a token) and the query's parameter names."""
    parts = urlsplit(url)
    first = next((segment for segment in parts.path.split("/") if segment), "")
    if TOKEN.fullmatch(first) or len(first) > 40:
        first = "*"
    names = sorted({name for name, _ in parse_qsl(parts.query, keep_blank_values=True)})
    return f"{parts.hostname}/{first}?{'&'.join(names)}"


def fingerprint(facts: PageFacts) -> str:
    """The page's words without numbers and tokens: pages generated from one template get one fingerprint."""
    text = " ".join([facts.h1, facts.main_text, *(link.text for link in facts.links)])
    words = WORD.findall(TOKEN.sub(" ", text.lower()))
    return hashlib.sha1(" ".join(words).encode()).hexdigest()[:16]


def grows(url: str, parent: str) -> bool:
    """The URL is its parent's URL made longer: a path below it, or a query value that extends the parent's."""
    child, origin = urlsplit(url), urlsplit(parent)
    if child.path != origin.path:
        below = child.path.startswith(origin.path.rstrip("/") + "/")
        return below and len([segment for segment in origin.path.split("/") if segment]) >= PLAIN_DEPTH
    parent_values = dict(parse_qsl(origin.query))
    return any(
        name in parent_values and len(value) > len(parent_values[name]) and value.startswith(parent_values[name])
        for name, value in parse_qsl(child.query)
    )


@dataclass
class TrapDetector:
    """Watches the pages of one site's crawl; a family that turns out to be a trap is not followed any more."""

    prints: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    growth: dict[str, int] = field(default_factory=dict)
    trapped: dict[str, str] = field(default_factory=dict)

    def observe(self, url: str, parent: str, facts: PageFacts) -> str:
        """Record a fetched page; the reason when this page shows its family to be a trap (else '')."""
        name = family(url)
        if name in self.trapped:
            return ""
        if parent and family(parent) == name:
            # Only pages that lead to more of the same count: near-identical pages linked from one hub (an A-Z list
            # of short entries) are a real section of the site.
            self.prints[name][fingerprint(facts)] += 1
        depth = self.growth.get(parent, 0) + 1 if parent and grows(url, parent) else 0
        self.growth[url] = depth
        reason = self._reason(name, depth)
        if reason:
            self.trapped[name] = reason
        return reason

    def _reason(self, name: str, depth: int) -> str:
        if depth >= MAX_GROWTH:
            return f"URLs that grow with every link ({depth} in a row)"
        counts = self.prints[name]
        pages = sum(counts.values())
        same = counts.most_common(1)[0][1] if counts else 0
        if pages >= MIN_FAMILY_PAGES and same >= NEAR_IDENTICAL_SHARE * pages:
            return f"{same} of {pages} pages near-identical"
        return ""

    def is_trapped(self, url: str) -> bool:
        return family(url) in self.trapped
