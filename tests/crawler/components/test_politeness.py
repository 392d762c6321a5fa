"""One request slot per host at least `delay` seconds apart, independent across hosts."""

from __future__ import annotations

import asyncio

import pytest

from crawler.components import politeness
from crawler.components.politeness import HostClock

WESERTAL = "www.stadt-wesertal.de"
PORTAL = "heideland.rathausdirekt.de"


@pytest.mark.parametrize(
    ("requests", "waits"),
    [
        # Three requests at once to one host: 0, 0.5, 1.0 s.
        ([(WESERTAL, 0.0)] * 3, [0.0, 0.5, 1.0]),
        # Requests already far enough apart do not wait.
        ([(WESERTAL, 0.0), (WESERTAL, 0.6), (WESERTAL, 2.0)], [0.0, 0.0, 0.0]),
        # A request soon after the last one waits for the rest of the gap.
        ([(WESERTAL, 0.0), (WESERTAL, 0.2)], [0.0, 0.3]),
        # Hosts do not wait for each other.
        ([(WESERTAL, 0.0), (PORTAL, 0.0), (WESERTAL, 0.0), (PORTAL, 0.1)], [0.0, 0.0, 0.5, 0.4]),
    ],
)
def test_reserve_hands_out_slots_delay_apart_per_host(requests: list[tuple[str, float]], waits: list[float]) -> None:
    clock = HostClock()
    got = [clock.reserve(host, 0.5, now) for host, now in requests]
    assert got == pytest.approx(waits)


def test_a_reserved_slot_is_kept_even_if_nobody_waits() -> None:
    clock = HostClock()
    clock.reserve(WESERTAL, 2.0, 10.0)
    clock.reserve(WESERTAL, 2.0, 10.0)  # slot 12.0
    assert clock.reserve(WESERTAL, 2.0, 11.0) == pytest.approx(3.0)  # slot 14.0


def test_zero_delay_never_waits() -> None:
    clock = HostClock()
    assert [clock.reserve(WESERTAL, 0.0, 5.0) for _ in range(5)] == [0.0] * 5


def test_shared_clock_is_one_per_process() -> None:
    assert HostClock.shared() is HostClock.shared()


def test_enter_sleeps_for_the_host_of_the_url(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(politeness.asyncio, "sleep", fake_sleep)
    clock = HostClock()

    async def three_requests() -> None:
        for url in (f"https://{WESERTAL.upper()}/a", f"https://{WESERTAL}/b", f"https://{PORTAL}/c"):
            clock.leave(await clock.enter(url, 1.5, 2))

    asyncio.run(three_requests())
    assert slept == [pytest.approx(1.5, abs=0.1)]
    assert set(clock.next_slot) == {WESERTAL, PORTAL}


def test_enter_admits_at_most_the_concurrency_per_host_across_callers() -> None:
    async def scenario() -> tuple[int, int]:
        clock, inside, peak = HostClock(), [0], [0]

        async def fetch(url: str) -> None:
            host = await clock.enter(url, 0.0, 2)
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
            await asyncio.sleep(0.01)
            inside[0] -= 1
            clock.leave(host)

        await asyncio.gather(*(fetch(f"https://service.niedersachsen.de/detail/{n}") for n in range(10)))
        other = await clock.enter("https://www.sg-heideland.de/", 0.0, 2)
        clock.leave(other)
        return peak[0], len(clock.gates)

    peak, hosts = asyncio.run(scenario())
    assert peak == 2
    assert hosts == 2
