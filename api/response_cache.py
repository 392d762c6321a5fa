"""Finished JSON answers of reads, kept per process and keyed on the database's data version.

The data version (catalog/database/data_version.py) is raised by triggers in the transaction of every write that can
change a read, whichever process or command writes. So an answer is reused only while the database holds exactly the
data it was computed from, and several `serve` workers can each keep their own cache without serving stale data."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from threading import Lock

import anyio.to_thread
from starlette.types import ASGIApp, Message, Receive, Scope, Send

JSON_TYPE = b"application/json"
MAX_BYTES = 64 * 1024 * 1024  # per process; a municipality's document is 5–50 kB
CacheKey = tuple[str, bytes, int]


@dataclass(frozen=True)
class CachedAnswer:
    start: Message
    body: bytes


class AnswerStore:
    """Least recently used answers up to a number of bytes."""

    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self._answers: OrderedDict[CacheKey, CachedAnswer] = OrderedDict()
        self._bytes, self._max_bytes = 0, max_bytes
        self._lock = Lock()

    def get(self, key: CacheKey) -> CachedAnswer | None:
        with self._lock:
            answer = self._answers.get(key)
            if answer is not None:
                self._answers.move_to_end(key)
            return answer

    def put(self, key: CacheKey, answer: CachedAnswer) -> None:
        with self._lock:
            if key in self._answers or len(answer.body) > self._max_bytes // 8:
                return
            self._answers[key] = answer
            self._bytes += len(answer.body)
            while self._bytes > self._max_bytes:
                _, dropped = self._answers.popitem(last=False)
                self._bytes -= len(dropped.body)


class ResponseCacheMiddleware:
    """Answers GETs under the given path prefixes from the store while the data version is unchanged."""

    def __init__(self, app: ASGIApp, *, prefixes: tuple[str, ...], version: Callable[[], int]) -> None:
        self.app, self.prefixes, self.version = app, prefixes, version
        self.store = AnswerStore()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith(self.prefixes):
            await self.app(scope, receive, send)
            return
        # The version is read before the answer is computed, so the answer is at least as new as its key.
        key = (scope["path"], scope["query_string"], await anyio.to_thread.run_sync(self.version))
        cached = self.store.get(key)
        if cached is not None:
            await send(cached.start)
            await send({"type": "http.response.body", "body": cached.body})
            return
        await self.app(scope, receive, _keeping(send, lambda answer: self.store.put(key, answer)))


def _keeping(send: Send, keep: Callable[[CachedAnswer], None]) -> Send:
    """Passes the answer on as it comes, and keeps a successful JSON one whole."""
    start: Message = {}
    parts: list[bytes] = []

    async def forward(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            start = message
        elif message["type"] == "http.response.body" and start.get("status") == 200 and _is_json(start):
            parts.append(message.get("body", b""))
            if not message.get("more_body", False):
                keep(CachedAnswer(start, b"".join(parts)))
        await send(message)

    return forward


def _is_json(start: Message) -> bool:
    content_type = next((value for name, value in start["headers"] if name.lower() == b"content-type"), b"")
    return bool(content_type.startswith(JSON_TYPE))
