"""Statewide runs over a generated state: concurrency, failure isolation, coverage, history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from catalog.database.engine import make_engine, session_factory
from catalog.database.models import Evidence, Result, Run, Screening
from tests.support.cli import run_cli
from tests.support.statewide.generator import visible_services
from tests.support.statewide.served import STATE_SIZE, ServedState, state_env

RESUME_SIZE = 20
EXPECTED_FAILURES = {
    "dns": "dns_error",
    "timeout": "timeout",
    "blocking": "blocked",
    "robots_all": "robots_disallowed",
}


def _screenings(database_url: str, run_id: int) -> dict[str, Screening]:
    engine = make_engine(database_url)
    with session_factory(engine)() as session:
        rows = session.scalars(select(Screening).where(Screening.run_id == run_id)).all()
    engine.dispose()
    return {row.municipality_ars or "": row for row in rows}


def _levels(database_url: str, screening_id: int) -> dict[str, int]:
    engine = make_engine(database_url)
    with session_factory(engine)() as session:
        rows = session.execute(select(Result.ozg_id, Result.maturity).where(Result.screening_id == screening_id))
        levels = {ozg_id: maturity for ozg_id, maturity in rows}
    engine.dispose()
    return levels


def _last_run_id(database_url: str) -> int:
    engine = make_engine(database_url)
    with session_factory(engine)() as session:
        run_id = session.scalar(select(func.max(Run.id)))
    engine.dispose()
    assert run_id is not None
    return int(run_id)


def test_statewide_run_isolates_failures_and_finds_services(
    loaded_sqlite_url: str, tmp_path: Path, served_state: ServedState
) -> None:
    loaded_database_url = loaded_sqlite_url
    env = state_env(loaded_database_url, tmp_path / "var", served_state)
    result = run_cli("run", "--concurrency", "8", env=env, timeout=600)
    assert result.code == 0, result.stderr
    assert "fertig" in result.stderr, "the live progress line is shown"
    run_id = _last_run_id(loaded_database_url)
    screenings = _screenings(loaded_database_url, run_id)
    assert len(screenings) == STATE_SIZE
    found = expected = hits = 0
    for site in served_state.sites:
        screening = screenings[site.municipality.ars]
        if site.behaviour in EXPECTED_FAILURES:
            assert screening.status == EXPECTED_FAILURES[site.behaviour], site.host
            continue
        assert screening.status == "ok", (site.host, screening.status, screening.errors)
        levels = _levels(loaded_database_url, screening.id)
        truth = visible_services(site)
        found, expected = found + len(levels), expected + len(truth)
        hits += len(set(levels) & set(truth))
    assert hits / expected >= 0.8, f"recall {hits / expected:.2f}"
    assert hits / found >= 0.8, f"precision {hits / found:.2f}"
    overview = run_cli("runs", env=env)
    assert overview.code == 0 and "partial" in overview.stdout


@pytest.mark.postgres
def test_statewide_run_on_postgresql_stores_every_site(
    loaded_database_url: str, tmp_path: Path, served_state: ServedState
) -> None:
    env = state_env(loaded_database_url, tmp_path / "var", served_state)
    chosen = [site for site in served_state.sites if site.behaviour in ("normal", "dns", "blocking")][:12]
    arguments = [argument for site in chosen for argument in ("--ars", site.municipality.ars)]
    assert run_cli("run", *arguments, "--concurrency", "8", env=env, timeout=600).code == 0
    screenings = _screenings(loaded_database_url, _last_run_id(loaded_database_url))
    assert set(screenings) == {site.municipality.ars for site in chosen}
    for site in chosen:
        expected = EXPECTED_FAILURES.get(site.behaviour, "ok")
        assert screenings[site.municipality.ars].status == expected
        if expected == "ok":
            assert _levels(loaded_database_url, screenings[site.municipality.ars].id)


def test_resume_after_kill_finishes_without_duplicates(
    loaded_sqlite_url: str, tmp_path: Path, served_state: ServedState
) -> None:
    from tests.support.statewide.kill_and_resume import run_until_some_finished

    env = state_env(loaded_sqlite_url, tmp_path / "var", served_state, download_delay="0.05")
    run_id, finished_before = run_until_some_finished(env, loaded_sqlite_url, minimum=6, limit=RESUME_SIZE)
    results_before = {
        ars: _levels(loaded_sqlite_url, screening.id)
        for ars, screening in _screenings(loaded_sqlite_url, run_id).items()
        if screening.status not in ("pending", "running")
    }
    assert len(results_before) >= finished_before >= 6
    resumed = run_cli("run", "--resume", str(run_id), "--concurrency", "8", env=env, timeout=600)
    assert resumed.code == 0, resumed.stderr
    screenings = _screenings(loaded_sqlite_url, run_id)
    assert len(screenings) == RESUME_SIZE
    assert all(screening.status not in ("pending", "running") for screening in screenings.values())
    for ars, levels in results_before.items():
        assert _levels(loaded_sqlite_url, screenings[ars].id) == levels, "finished sites were redone"
    _assert_no_duplicate_pages(loaded_sqlite_url, run_id)


def _assert_no_duplicate_pages(database_url: str, run_id: int) -> None:
    engine = make_engine(database_url)
    with session_factory(engine)() as session:
        duplicates = session.execute(
            select(Evidence.screening_id, Evidence.url, func.count())
            .join(Screening)
            .where(Screening.run_id == run_id, Evidence.kind == "page")
            .group_by(Evidence.screening_id, Evidence.url)
            .having(func.count() > 1)
        ).all()
    engine.dispose()
    assert duplicates == []


def test_a_second_run_at_the_same_time_is_refused(
    loaded_sqlite_url: str, tmp_path: Path, served_state: ServedState
) -> None:
    import fcntl

    env = state_env(loaded_sqlite_url, tmp_path / "var", served_state)
    with (tmp_path / "var" / "run.lock").open("a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        result = run_cli("run", "--limit", "2", env=env)
    assert result.code == 2 and "another run is still going" in result.stderr


def test_run_without_websites_says_what_to_do(
    loaded_sqlite_url: str, tmp_path: Path, served_state: ServedState
) -> None:
    env = state_env(loaded_sqlite_url, tmp_path / "var", served_state)
    result = run_cli("run", "--kreis", "Rotenburg", "--type", "landkreis", env=env)
    assert result.code == 2 and "no selected municipality has a website" in result.stderr
    assert json.dumps(result.stderr).count("\\n") == 1


def test_sigterm_marks_the_run_interrupted_and_resume_completes_it(
    loaded_sqlite_url: str, tmp_path: Path, served_state: ServedState
) -> None:
    import signal

    from tests.support.statewide import kill_and_resume

    env = state_env(loaded_sqlite_url, tmp_path / "var", served_state, download_delay="0.05")
    run_id, _ = kill_and_resume.run_until_some_finished(
        env, loaded_sqlite_url, minimum=4, limit=RESUME_SIZE, stop=signal.SIGTERM
    )
    assert kill_and_resume.exit_codes[-1] == 143
    engine = make_engine(loaded_sqlite_url)
    with session_factory(engine)() as session:
        assert session.get_one(Run, run_id).status == "interrupted"
    engine.dispose()
    stored_before = {
        ars: screening.id
        for ars, screening in _screenings(loaded_sqlite_url, run_id).items()
        if screening.status not in ("pending", "running")
    }
    resumed = run_cli("run", "--resume", str(run_id), "--concurrency", "8", env=env, timeout=600)
    assert resumed.code == 0, resumed.stderr
    screenings = _screenings(loaded_sqlite_url, run_id)
    assert len(screenings) == RESUME_SIZE
    assert all(screening.status not in ("pending", "running") for screening in screenings.values())
    assert all(screenings[ars].id == screening_id for ars, screening_id in stored_before.items())
    _assert_no_duplicate_pages(loaded_sqlite_url, run_id)
