"""The live progress line of a run: municipalities done, running, failed; pages; elapsed; estimate."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from catalog.vocabulary import is_screened
from crawler.components.crawl_state import CrawlState

PROGRESS_SECONDS = 5.0


@dataclass
class RunProgress:
    total: int
    done: int = 0
    failed: int = 0
    pages_done: int = 0
    running: dict[int, CrawlState] = field(default_factory=dict)
    started_at: float = field(default_factory=time.monotonic)

    def started(self, state: CrawlState) -> None:
        self.running[id(state)] = state

    def finished(self, state: CrawlState, status: str) -> None:
        self.running.pop(id(state), None)
        self.done += 1
        self.failed += not is_screened(status)
        self.pages_done += state.pages_crawled

    def line(self) -> str:
        elapsed = time.monotonic() - self.started_at
        pages = self.pages_done + sum(state.pages_crawled for state in self.running.values())
        remaining = self.total - self.done
        estimate = f", noch ca. {elapsed / self.done * remaining / 60:.0f} min" if self.done and remaining else ""
        return (
            f"{self.done}/{self.total} fertig, {len(self.running)} laufen, {self.failed} fehlgeschlagen, "
            f"{pages} Seiten ({pages / elapsed if elapsed else 0:.1f}/s), {elapsed / 60:.1f} min{estimate}"
        )


async def report_progress(progress: RunProgress, write: Callable[[str], None]) -> None:
    while True:
        await asyncio.sleep(PROGRESS_SECONDS)
        write(progress.line())
