"""Per-host politeness shared by every worker through Redis: a minimum gap and a cap on parallel requests.

Several municipalities on one portal host may be crawled by different workers at once; they must still share one
budget. One Lua script reserves, atomically and on Redis's own clock, the host's next slot and a place among its
requests in flight. Places are leased, so a worker that dies never holds one for longer than the lease.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from typing import Any

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from crawler.components.politeness import HostClock, host_of

log = logging.getLogger(__name__)

# KEYS: next free slot (ms), places in flight (sorted set by lease end). ARGV: token, concurrency, gap ms, lease ms.
# Returns the milliseconds to wait for the reserved slot, or -1 when every place is taken.
RESERVE_SCRIPT = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[2]) then return -1 end
local slot = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
local gap, lease = tonumber(ARGV[3]), tonumber(ARGV[4])
redis.call('SET', KEYS[1], slot + gap, 'PX', slot - now + gap + lease)
redis.call('ZADD', KEYS[2], slot + lease, ARGV[1])
redis.call('PEXPIRE', KEYS[2], slot - now + lease)
return slot - now
"""
UNREACHABLE = (OSError, RedisConnectionError, RedisTimeoutError)
FULL_RETRY_SECONDS = 0.05
OUTAGE_RETRY_SECONDS = 1.0


class RedisHostClock(HostClock):
    """HostClock whose gaps and places are shared through Redis; falls back to this process after a long outage."""

    def __init__(self, client: Any, *, lease: float, outage_wait: float, namespace: str = "ozg:host") -> None:
        super().__init__()
        self.client = client
        self.lease_ms = int(lease * 1000)
        self.outage_wait = outage_wait
        self.namespace = namespace
        self.script = client.register_script(RESERVE_SCRIPT)
        self.tokens: dict[str, list[str]] = {}
        self.releasing: set[asyncio.Future[None]] = set()

    async def enter(self, url: str, delay: float, concurrency: int) -> str:
        host = host_of(url)
        gate = self.gates.setdefault(host, asyncio.Semaphore(concurrency))
        await gate.acquire()
        token = uuid.uuid4().hex
        wait = await self._reserve(host, token, delay, concurrency)
        if wait is None:  # Redis stayed away: this process's own clock keeps the crawl polite meanwhile
            wait = self.reserve(host, delay, time.monotonic())
        else:
            self.tokens.setdefault(host, []).append(token)
        if wait > 0:
            await asyncio.sleep(wait)
        return host

    def leave(self, host: str) -> None:
        tokens = self.tokens.get(host)
        if tokens:
            token = tokens.pop(0)
            release = asyncio.ensure_future(self._release(host, token))
            self.releasing.add(release)
            release.add_done_callback(self.releasing.discard)
        super().leave(host)

    async def _reserve(self, host: str, token: str, delay: float, concurrency: int) -> float | None:
        """Seconds until the reserved slot; None if Redis did not answer within the outage wait."""
        keys = [f"{self.namespace}:{host}:next", f"{self.namespace}:{host}:flight"]
        deadline = time.monotonic() + self.outage_wait
        while True:
            try:
                waited = await self.script(keys=keys, args=[token, concurrency, int(delay * 1000), self.lease_ms])
            except UNREACHABLE as error:
                if time.monotonic() > deadline:
                    log.warning("Redis unreachable (%s): politeness per process for %s", error, host)
                    return None
                await asyncio.sleep(OUTAGE_RETRY_SECONDS)
                continue
            if int(waited) >= 0:
                return int(waited) / 1000
            await asyncio.sleep(FULL_RETRY_SECONDS)

    async def _release(self, host: str, token: str) -> None:
        with contextlib.suppress(*UNREACHABLE):  # the lease runs out by itself
            await self.client.zrem(f"{self.namespace}:{host}:flight", token)
