"""Distributed runs over the generated state: two or more worker processes, one killed, Redis restarted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.distributed import SharedStore, Workers, start_distributed_run, wait_for, workers
from tests.support.redis import RedisServer
from tests.support.statewide.served import ServedState, state_env

pytestmark = pytest.mark.postgres
RUN_SIZE = 14
EXPECTED = {"normal": "ok", "dns": "dns_error", "blocking": "blocked"}
# Short enough that a killed worker's municipalities move on within seconds, long enough for a loaded CI machine.
HEARTBEAT = "6"


def _chosen(state: ServedState) -> list:  # type: ignore[type-arg]
    normal = [site for site in state.sites if site.behaviour == "normal"][: RUN_SIZE - 2]
    return normal + [next(site for site in state.sites if site.behaviour == kind) for kind in ("dns", "blocking")]


def _env(database_url: str, tmp_path: Path, state: ServedState, redis: RedisServer, **extra: str) -> dict[str, str]:
    settings = {"broker_url": redis.url, "worker_heartbeat_timeout": HEARTBEAT, "download_delay": "0.05", **extra}
    return state_env(database_url, tmp_path / "var", state, **settings)


def _run_with(
    database_url: str,
    env: dict[str, str],
    tmp_path: Path,
    sites: list,
    disturb: Callable[[Workers, SharedStore, int], None],  # type: ignore[type-arg]
) -> tuple[SharedStore, int]:
    """Two workers screen the sites; `disturb` acts once some are finished and more are running."""
    store = SharedStore(database_url)
    with workers(env, tmp_path) as pool:
        pool.start(2), pool.start(2)
        follower = start_distributed_run(env, [site.municipality.ars for site in sites], tmp_path / "run.log")
        wait_for(lambda: store.last_run_id() > 0, 60, "the run to be created")
        run_id = store.last_run_id()
        disturb(pool, store, run_id)
        try:
            code = follower.wait(timeout=400)
        except Exception:
            follower.kill()
            raise AssertionError(pool.log_tail()) from None
        assert code == 0, (tmp_path / "run.log").read_text(errors="replace")[-2000:] + pool.log_tail()
    return store, run_id


def _assert_each_once(store: SharedStore, run_id: int, sites: list) -> None:  # type: ignore[type-arg]
    """Every municipality has exactly one screening in its expected status, nothing stored twice."""
    screenings = store.screenings(run_id)
    by_ars = {row.municipality_ars: row for row in screenings}
    assert len(screenings) == len(sites) == len(by_ars)
    results = store.results_per_screening(run_id)
    for site in sites:
        row = by_ars[site.municipality.ars]
        assert row.status == EXPECTED[site.behaviour], (site.host, row.status, row.errors)
        if row.status == "ok":
            assert results.get(row.id, 0) > 0, f"{site.host} has no results"
    assert store.duplicate_pages(run_id) == []
    assert store.run_status(run_id) == "partial"  # the DNS and blocking sites are not screenable


def test_a_worker_killed_mid_municipality_loses_nothing(
    shared_database_url: str, tmp_path: Path, served_state: ServedState, redis: RedisServer
) -> None:
    sites = _chosen(served_state)
    env = _env(shared_database_url, tmp_path, served_state, redis)
    killed: list[int] = []

    def kill_one_then_add_one(pool: Workers, store: SharedStore, run_id: int) -> None:
        victim = pool.processes[0]
        wait_for(lambda: store.running_on(run_id, victim.pid) > 0 and store.finished(run_id) >= 2, 120, "work")
        killed.extend(row.id for row in store.screenings(run_id) if row.worker.endswith(f":{victim.pid}"))
        pool.kill(victim)
        pool.start(2)  # a worker joining during the run

    store, run_id = _run_with(shared_database_url, env, tmp_path, sites, kill_one_then_add_one)
    _assert_each_once(store, run_id, sites)
    taken_over = [row for row in store.screenings(run_id) if row.id in killed and row.attempts > 1]
    assert taken_over, "a municipality running on the killed worker was taken over by another"
    assert all(row.status in ("ok", "dns_error", "blocked") for row in taken_over)
    store.close()


def test_a_redis_restart_mid_run_makes_workers_wait_not_drop_work(
    shared_database_url: str, tmp_path: Path, served_state: ServedState, redis: RedisServer
) -> None:
    sites = _chosen(served_state)
    env = _env(shared_database_url, tmp_path, served_state, redis)

    def restart_redis(pool: Workers, store: SharedStore, run_id: int) -> None:
        wait_for(lambda: store.finished(run_id) >= 2, 120, "two finished municipalities")
        redis.restart(down_seconds=2)

    store, run_id = _run_with(shared_database_url, env, tmp_path, sites, restart_redis)
    _assert_each_once(store, run_id, sites)
    store.close()


def test_a_municipality_that_keeps_failing_is_marked_failed_and_the_run_finishes(
    shared_database_url: str, tmp_path: Path, served_state: ServedState, redis: RedisServer
) -> None:
    hanging = next(site for site in served_state.sites if site.behaviour == "slow")
    unreachable = next(site for site in served_state.sites if site.behaviour == "dns")
    # The slow site takes over a second per page: no attempt ends within the 2-second limit.
    env = _env(
        shared_database_url,
        tmp_path,
        served_state,
        redis,
        download_timeout="30",
        task_time_limit="2",
        task_attempts="2",
    )
    store = SharedStore(shared_database_url)
    with workers(env, tmp_path) as pool:
        pool.start(1), pool.start(1)
        follower = start_distributed_run(
            env, [hanging.municipality.ars, unreachable.municipality.ars], tmp_path / "run.log"
        )
        assert follower.wait(timeout=240) == 0, pool.log_tail()
    run_id = store.last_run_id()
    by_ars = {row.municipality_ars: row for row in store.screenings(run_id)}
    failed = by_ars[hanging.municipality.ars]
    assert failed.status == "failed" and failed.attempts == 2
    assert "gave up after 2 attempts" in failed.errors[0]["message"]
    assert "time limit" in failed.errors[0]["message"]
    assert by_ars[unreachable.municipality.ars].status == "dns_error"
    assert store.run_status(run_id) == "failed"
    store.close()
