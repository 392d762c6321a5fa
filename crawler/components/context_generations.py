"""Browser contexts by generation: after a number of pages a crawl's context is retired and the next one starts.

The pages of one context share one renderer process (`--renderer-process-limit=1`), and while pages overlap that
process never ends. Measured on a 150-page crawl with every page rendered, it grew by about 1.5 MB a page (Chromium
gives back little of a closed page's memory, and a simulated memory-pressure signal did not change that). A new
context starts a new renderer, so a crawl's renderer stays near its starting size however many pages it renders.
"""

from __future__ import annotations

from collections import Counter

# About 40 MB of growth before the renderer is replaced; a retirement costs a wait for the retired pages to end.
PAGES_PER_CONTEXT = 25


class ContextGenerations:
    """Which context (by name) takes a crawl's next page, and which context is retired to make room for it."""

    def __init__(self, pages_per_context: int = PAGES_PER_CONTEXT) -> None:
        self.pages_per_context = pages_per_context
        self.generation: Counter[str] = Counter()
        self.pages_made: Counter[str] = Counter()
        self.retired: set[str] = set()

    def next_page(self, requested: str) -> tuple[str, str | None]:
        """The context name for the next page of `requested` (a name from request meta), and the retired one."""
        base = requested.split("#", 1)[0]
        name = self._current(base)
        retired = None
        if self.pages_made[name] >= self.pages_per_context:
            retired = name
            self.retired.add(name)
            self.generation[base] += 1
            name = self._current(base)
        self.pages_made[name] += 1
        return name, retired

    def _current(self, base: str) -> str:
        return f"{base}#{self.generation[base]}"
