"""The per-host budget shared through a real Redis: two workers' clocks keep one gap and one cap per host."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Iterator

import pytest
from redis.asyncio import Redis

from crawler.components.host_budget import RedisHostClock
from tests.support.redis import RedisServer, redis_server

GAP = 0.2


@pytest.fixture
def redis() -> Iterator[RedisServer]:
    with redis_server() as server:
        yield server


def _clock(server: RedisServer, outage_wait: float = 5.0) -> RedisHostClock:
    return RedisHostClock(Redis.from_url(server.url), lease=30.0, outage_wait=outage_wait)


async def _request(clock: RedisHostClock, url: str, starts: list[float], hold: float = 0.0) -> None:
    host = await clock.enter(url, GAP, 2)
    starts.append(time.monotonic())
    await asyncio.sleep(hold)
    clock.leave(host)


def test_two_workers_on_one_portal_host_keep_one_gap(redis: RedisServer) -> None:
    async def main() -> list[float]:
        first, second, starts = _clock(redis), _clock(redis), []
        url = "https://portal.example.de/antrag"
        await asyncio.gather(*(_request(clock, url, starts) for clock in (first, second) * 3))
        return sorted(starts)

    starts = asyncio.run(main())
    gaps = [later - earlier for earlier, later in itertools.pairwise(starts)]
    # Slots are reserved on Redis's clock; a busy machine can only delay when a request is seen to start, so the
    # span of the six starts is the firm figure, and no two starts may come close to sharing a slot.
    assert len(starts) == 6 and starts[-1] - starts[0] >= 5 * GAP * 0.9, gaps
    assert min(gaps) >= GAP * 0.5, gaps


def test_other_hosts_do_not_wait(redis: RedisServer) -> None:
    async def main() -> list[float]:
        clock, starts = _clock(redis), []
        urls = [f"https://www.gemeinde-{n}.de/" for n in range(4)]
        await asyncio.gather(*(_request(clock, url, starts) for url in urls))
        return sorted(starts)

    starts = asyncio.run(main())
    assert starts[-1] - starts[0] < GAP


def test_parallel_requests_to_one_host_are_capped_across_workers(redis: RedisServer) -> None:
    async def main() -> int:
        clocks = [_clock(redis) for _ in range(3)]
        in_flight, most = 0, 0

        async def one(clock: RedisHostClock) -> None:
            nonlocal in_flight, most
            host = await clock.enter("https://portal.example.de/", 0.0, 2)
            in_flight += 1
            most = max(most, in_flight)
            await asyncio.sleep(0.1)
            in_flight -= 1
            clock.leave(host)
            await asyncio.sleep(0.01)  # let the release reach Redis

        await asyncio.gather(*(one(clock) for clock in clocks * 2))
        return most

    assert asyncio.run(main()) == 2


def test_without_redis_the_clock_falls_back_to_this_process(redis: RedisServer) -> None:
    redis.stop()

    async def main() -> list[float]:
        clock, starts = _clock(redis, outage_wait=0.5), []
        await asyncio.gather(*(_request(clock, "https://www.a.de/", starts) for _ in range(2)))
        return sorted(starts)

    starts = asyncio.run(main())
    assert starts[1] - starts[0] >= GAP * 0.9
