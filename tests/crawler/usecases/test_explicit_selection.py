"""`run --ars X --ars Y` is never silently narrowed: each named municipality is screened or listed as skipped."""

from __future__ import annotations

from pathlib import Path

from catalog.database.engine import make_engine, session_factory
from catalog.database.models import Run, Screening
from crawler.localweb.control import LocalWeb
from tests.support.cli import run_cli
from tests.support.environments import screening_env

UNINHABITED_AREA = "031519501501"  # Giebel, gemfr. Gebiet: a type a run by --state skips
TOWN = "031010000000"  # Braunschweig, Stadt
NO_WEBSITE = "031020000000"  # Salzgitter, Stadt (no website set)
UNKNOWN = "039999999999"


def test_explicit_selection_is_screened_or_listed_as_skipped(
    loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb
) -> None:
    env = screening_env(loaded_sqlite_url, tmp_path, fixture_web, max_pages="5")
    run_cli("municipalities", "set-website", UNINHABITED_AREA, "http://www.falschkodierte-gemeinde.de/", env=env)
    run_cli("municipalities", "set-website", TOWN, "http://www.fensterkodierte-gemeinde.de/", env=env)
    keys = [UNINHABITED_AREA, TOWN, NO_WEBSITE, UNKNOWN]
    result = run_cli("run", *[part for key in keys for part in ("--ars", key)], "--render", "never", env=env)
    assert result.code == 0, result.stderr
    assert f"übersprungen: {NO_WEBSITE} Salzgitter, Stadt: no website known" in result.stderr
    assert f"übersprungen: {UNKNOWN}: not in the registry" in result.stderr
    engine = make_engine(loaded_sqlite_url)
    with session_factory(engine)() as session:
        run = session.query(Run).one()
        screened = {screening.municipality_ars for screening in session.query(Screening)}
        skipped = {item["ars"]: item["reason"] for item in run.selection["skipped"]}
    engine.dispose()
    assert screened == {UNINHABITED_AREA, TOWN}, "an explicitly named gemeindefreies Gebiet is screened"
    assert set(skipped) == {NO_WEBSITE, UNKNOWN}


def test_type_filter_on_an_explicit_selection_says_what_it_left_out(
    loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb
) -> None:
    env = screening_env(loaded_sqlite_url, tmp_path, fixture_web, max_pages="5")
    run_cli("municipalities", "set-website", UNINHABITED_AREA, "http://www.falschkodierte-gemeinde.de/", env=env)
    run_cli("municipalities", "set-website", TOWN, "http://www.fensterkodierte-gemeinde.de/", env=env)
    arguments = ["--ars", UNINHABITED_AREA, "--ars", TOWN, "--type", "kreisfreie_stadt", "--render", "never"]
    result = run_cli("run", *arguments, env=env)
    assert result.code == 0, result.stderr
    assert "its type gemeindefreies_gebiet is not among --type kreisfreie_stadt" in result.stderr
