"""One clock per host for the whole process, so municipalities sharing a host share its politeness budget."""

from __future__ import annotations

import asyncio
import time
from urllib.parse import urlsplit


class HostClock:
    """Hands out request slots per host at least `delay` seconds apart."""

    _shared: HostClock | None = None

    def __init__(self) -> None:
        self.next_slot: dict[str, float] = {}

    @classmethod
    def shared(cls) -> HostClock:
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared

    def reserve(self, host: str, delay: float, now: float) -> float:
        """Seconds to wait before this request may go out; reserves the slot."""
        slot = max(now, self.next_slot.get(host, 0.0))
        self.next_slot[host] = slot + delay
        return slot - now

    async def wait_turn(self, url: str, delay: float) -> None:
        host = (urlsplit(url).hostname or "").lower()
        wait = self.reserve(host, delay, time.monotonic())
        if wait > 0:
            await asyncio.sleep(wait)
