"""Stores evidence items for one screening in batches, each batch in its own transaction."""

from __future__ import annotations

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

    def add(self, item: Evidence) -> None:
        if self.sessions is None or self.screening_id is None:
            self.kept.append(item)
            return
        row = stored_row(item)
        row["screening_id"] = self.screening_id
        self.pending.append(row)
        if len(self.pending) >= BATCH_SIZE or time.monotonic() - self.last_flush > BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        self.last_flush = time.monotonic()
        if not self.pending or self.sessions is None:
            return
        rows, self.pending = self.pending, []
        retried_transaction(
            self.sessions,
            lambda session: session.execute(insert(EvidenceRow), rows),
            wait=self.wait,
            what="storing evidence",
        )
        self.stored += len(rows)


def _insert(session: Session, rows: list[dict[str, Any]]) -> None:
    session.execute(insert(EvidenceRow), rows)


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

    def process_item(self, item: Any) -> Any:
        if isinstance(item, EvidenceBatch):
            for single in item.items:
                self._sink().add(single)
        elif isinstance(item, Evidence):
            self._sink().add(item)
        return item

    def close_spider(self) -> None:
        self._sink().flush()
