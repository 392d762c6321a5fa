"""Per-host politeness for the whole process: municipalities sharing a host share its budget.

Scrapy's own per-domain concurrency is not enforced when several requests wait in a slot at once (2.19 starts
them all before any counts as transferring), so the limit on parallel requests per host lives here as well.
"""

from __future__ import annotations

import asyncio
import time
from urllib.parse import urlsplit


class HostClock:
    """Hands out request slots per host at least `delay` seconds apart, at most `concurrency` at a time."""

    _shared: HostClock | None = None

    def __init__(self) -> None:
        self.next_slot: dict[str, float] = {}
        self.gates: dict[str, asyncio.Semaphore] = {}

    @classmethod
    def shared(cls) -> HostClock:
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared

    @classmethod
    def install(cls, clock: HostClock) -> None:
        """Make `clock` the process-wide one (a distributed worker shares its budget through Redis)."""
        cls._shared = clock

    def reserve(self, host: str, delay: float, now: float) -> float:
        """Seconds to wait before this request may go out; reserves the slot."""
        slot = max(now, self.next_slot.get(host, 0.0))
        self.next_slot[host] = slot + delay
        return slot - now

    async def enter(self, url: str, delay: float, concurrency: int) -> str:
        """Wait for a free place and for the host's turn; returns the host to pass to `leave`."""
        host = host_of(url)
        gate = self.gates.setdefault(host, asyncio.Semaphore(concurrency))
        await gate.acquire()
        wait = self.reserve(host, delay, time.monotonic())
        if wait > 0:
            await asyncio.sleep(wait)
        return host

    def leave(self, host: str) -> None:
        self.gates[host].release()


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()
