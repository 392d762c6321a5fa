"""A run through a database that is briefly unavailable (SQLite locked, PostgreSQL restarted) ends like a clean run."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from catalog.database.engine import make_engine, session_factory
from catalog.database.models import Evidence, Result, Run, Screening
from tests.support.cli import OZG_SCREEN, run_cli
from tests.support.postgres import create_database, restart_postgres
from tests.support.statewide.served import ServedState, state_env

SITES = 8
Counts = dict[str, tuple[str, int, int, dict[str, int]]]


def _chosen(served_state: ServedState) -> list[str]:
    arguments: list[str] = []
    for site in [site for site in served_state.sites if site.behaviour == "normal"][:SITES]:
        arguments += ["--ars", site.municipality.ars]
    return arguments


def _counts(database_url: str, run_id: int) -> Counts:
    """Per municipality: status, pages, evidence rows and results of the run; exactly one screening each."""
    engine = make_engine(database_url)
    counts: Counts = {}
    with session_factory(engine)() as session:
        for screening in session.scalars(select(Screening).where(Screening.run_id == run_id)):
            assert screening.municipality_ars not in counts, "a municipality was screened twice"
            evidence = session.scalar(select(func.count()).where(Evidence.screening_id == screening.id))
            results = session.execute(select(Result.ozg_id, Result.maturity).where(Result.screening_id == screening.id))
            levels = {ozg_id: maturity for ozg_id, maturity in results}
            counts[screening.municipality_ars or ""] = (
                screening.status,
                screening.pages_crawled,
                evidence or 0,
                levels,
            )
    engine.dispose()
    return counts


def _last_run(database_url: str) -> tuple[int, int]:
    """(newest run id, its municipalities finished so far)."""
    engine = make_engine(database_url)
    with session_factory(engine)() as session:
        run_id = session.scalar(select(func.max(Run.id))) or 0
        done = session.scalar(
            select(func.count()).where(Screening.run_id == run_id, Screening.status.not_in(("pending", "running")))
        )
    engine.dispose()
    return int(run_id), int(done or 0)


def _run_with_fault(env: dict[str, str], arguments: list[str], database_url: str, fault: Callable[[], None]) -> str:
    """Start a run, cause the fault once its first municipality is stored, and return its stderr (exit code 0)."""
    before, _ = _last_run(database_url)
    full_env = {key: value for key, value in os.environ.items() if not key.startswith("OZG_")}
    process = subprocess.Popen(
        [str(OZG_SCREEN), "run", *arguments, "--concurrency", "2"],
        env={**full_env, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while _last_run(database_url)[0] == before or _last_run(database_url)[1] < 1:
            assert process.poll() is None and time.monotonic() < deadline, "the run ended before the fault"
            time.sleep(0.1)
        fault()
        _, stderr = process.communicate(timeout=300)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, stderr
    return stderr


def _assert_like_a_clean_run(database_url: str, env: dict[str, str], arguments: list[str], stderr: str) -> None:
    assert "database unavailable" in stderr, "the fault was never met"
    assert "Traceback" not in stderr
    faulty_run, _ = _last_run(database_url)
    clean = run_cli("run", *arguments, "--concurrency", "2", env=env, timeout=300)
    assert clean.code == 0, clean.stderr
    clean_run, _ = _last_run(database_url)
    faulty, expected = _counts(database_url, faulty_run), _counts(database_url, clean_run)
    assert len(faulty) == SITES
    assert faulty == expected


def test_a_run_waits_out_a_locked_sqlite_database(
    loaded_sqlite_url: str, tmp_path: Path, served_state: ServedState
) -> None:
    database_url = f"{loaded_sqlite_url}?timeout=0.2"  # SQLite's own wait shorter than the lock
    env = state_env(database_url, tmp_path / "var", served_state, download_delay="0.05")
    arguments = _chosen(served_state)

    def lock_for_a_while() -> None:
        connection = sqlite3.connect(loaded_sqlite_url.removeprefix("sqlite:///"), isolation_level=None)
        connection.execute("BEGIN EXCLUSIVE")
        time.sleep(4)
        connection.execute("COMMIT")
        connection.close()

    stderr = _run_with_fault(env, arguments, database_url, lock_for_a_while)
    _assert_like_a_clean_run(database_url, env, arguments, stderr)


@pytest.mark.postgres
def test_a_run_waits_out_a_postgresql_restart(
    postgres_admin_url: str, loaded_postgres_template: str, tmp_path: Path, served_state: ServedState
) -> None:
    database_url = create_database(postgres_admin_url, "outage_run", template=loaded_postgres_template)
    env = state_env(database_url, tmp_path / "var", served_state, download_delay="0.05")
    arguments = _chosen(served_state)
    stderr = _run_with_fault(env, arguments, database_url, lambda: restart_postgres(postgres_admin_url, 3))
    _assert_like_a_clean_run(database_url, env, arguments, stderr)
