"""Stores evidence items for one screening in batches, each batch in its own transaction."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.models import Evidence as EvidenceRow
from catalog.database.retry import retried_transaction
from catalog.evidence import Evidence, stored_row
from crawler.components.items import EvidenceBatch

log = logging.getLogger(__name__)

BATCH_SIZE = 250
BATCH_SECONDS = 2.0


class EvidenceSink:
    """A crash loses at most the last batch (250 items or 2 seconds); everything flushed before stays.

    A locked or restarting database is waited out (up to `wait` seconds); the batch is inserted whole or not at all.
    """

    def __init__(self, sessions: sessionmaker[Session] | None, screening_id: int | None, wait: float = 120.0) -> None:
        self.sessions = sessions
        self.screening_id = screening_id
        self.wait = wait
        self.pending: list[dict[str, Any]] = []
        self.kept: list[Evidence] = []
        self.stored = 0
        self.last_flush = time.monotonic()
        self.writing = asyncio.Lock()

    def add(self, item: Evidence) -> None:
        if self._queue(item):
            self.flush()

    async def add_async(self, item: Evidence) -> None:
        """Like `add`, with the write off the event loop: a database outage pauses this site's items, not the
        downloads of every crawl in the process (a blocked loop let their requests time out)."""
        if self._queue(item):
            await self.flush_async()

    def flush(self) -> None:
        rows = self._take()
        if rows:
            self._write(rows)

    async def flush_async(self) -> None:
        rows = self._take()
        if rows:
            async with self.writing:  # one write at a time, batches in the order they were taken
                await asyncio.to_thread(self._write, rows)

    def _queue(self, item: Evidence) -> bool:
        """Keep the item; True when a batch is due."""
        if self.sessions is None or self.screening_id is None:
            self.kept.append(item)
            return False
        row = stored_row(item)
        row["screening_id"] = self.screening_id
        self.pending.append(row)
        return len(self.pending) >= BATCH_SIZE or time.monotonic() - self.last_flush > BATCH_SECONDS

    def _take(self) -> list[dict[str, Any]]:
        self.last_flush = time.monotonic()
        if self.sessions is None:
            return []
        rows, self.pending = self.pending, []
        return rows

    def _write(self, rows: list[dict[str, Any]]) -> None:
        assert self.sessions is not None
        retried_transaction(
            self.sessions,
            lambda session: session.execute(insert(EvidenceRow), rows),
            wait=self.wait,
            what="storing evidence",
        )
        self.stored += len(rows)


class EvidencePipeline:
    """Scrapy item pipeline handing evidence to the spider's sink; flushes when the spider closes."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> EvidencePipeline:
        return cls(crawler)

    def _sink(self) -> EvidenceSink:
        sink: EvidenceSink = self.crawler.spider.sink
        return sink

    async def process_item(self, item: Any) -> Any:
        if isinstance(item, EvidenceBatch):
            for single in item.items:
                await self._sink().add_async(single)
        elif isinstance(item, Evidence):
            await self._sink().add_async(item)
        return item

    async def close_spider(self) -> None:
        await self._sink().flush_async()
