"""`ozg-screen schedule`: runs start on the cron schedule, never overlap, and a cut-off run is resumed."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import time
from pathlib import Path

from sqlalchemy import select, update

from catalog.database.engine import make_engine, session_factory, transaction
from catalog.database.models import Run, Screening
from tests.support.cli import OZG_SCREEN, run_cli
from tests.support.statewide.served import ServedState, state_env


def _runs(database_url: str) -> list[Run]:
    engine = make_engine(database_url)
    with session_factory(engine)() as session:
        runs = list(session.scalars(select(Run).order_by(Run.id)))
    engine.dispose()
    return runs


def _start_schedule(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    base = {key: value for key, value in os.environ.items() if not key.startswith("OZG_")}
    return subprocess.Popen(
        [str(OZG_SCREEN), "schedule", *args],
        env={**base, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for(condition: object, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.3)
    raise AssertionError("condition not reached in time")


def _stop(process: subprocess.Popen[str]) -> str:
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    return stderr


def _two_sites(state: ServedState) -> list[str]:
    sites = [site for site in state.sites if site.behaviour == "normal"][:2]
    return [argument for site in sites for argument in ("--ars", site.municipality.ars)]


def test_scheduled_runs_start_on_time_and_never_overlap(
    loaded_sqlite_url: str, tmp_path: Path, served_state: ServedState
) -> None:
    env = state_env(loaded_sqlite_url, tmp_path / "var", served_state)
    process = _start_schedule(env, "--cron", "*/2 * * * * *", *_two_sites(served_state))
    try:
        _wait_for(lambda: sum(run.status == "finished" for run in _runs(loaded_sqlite_url)) >= 2, timeout=120)
    finally:
        log = _stop(process)
    runs = [run for run in _runs(loaded_sqlite_url) if run.finished_at is not None]
    assert len(runs) >= 2
    for earlier, later in itertools.pairwise(runs):
        assert later.started_at >= earlier.finished_at, "a run started while the previous one was going"
    assert "scheduled run starting" in log and "scheduled run ended with exit code 0" in log


def test_schedule_resumes_a_run_that_was_cut_off(
    loaded_sqlite_url: str, tmp_path: Path, served_state: ServedState
) -> None:
    env = state_env(loaded_sqlite_url, tmp_path / "var", served_state)
    assert run_cli("run", *_two_sites(served_state), env=env).code == 0
    engine = make_engine(loaded_sqlite_url)
    with transaction(session_factory(engine)) as session:  # as if the machine had lost power mid-run
        session.execute(update(Run).values(status="running", finished_at=None))
        session.execute(update(Screening).where(Screening.id == 1).values(status="running"))
    engine.dispose()
    process = _start_schedule(env, "--cron", "0 3 1 1 *", *_two_sites(served_state))
    try:
        _wait_for(lambda: _runs(loaded_sqlite_url)[0].status == "finished", timeout=120)
    finally:
        log = _stop(process)
    assert "resuming interrupted run 1" in log
    assert len(_runs(loaded_sqlite_url)) == 1, "the schedule itself did not start a run before its time"


def test_invalid_cron_is_one_line(loaded_sqlite_url: str, tmp_path: Path, served_state: ServedState) -> None:
    env = state_env(loaded_sqlite_url, tmp_path / "var", served_state)
    result = run_cli("schedule", "--cron", "0 2 * * 9", env=env)
    assert result.code == 2 and "weekday 9 is not 0-7" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
