"""`ozg-screen registered` end to end: both list shapes imported, compared, registered URLs fetched over HTTP."""

from __future__ import annotations

import json
from pathlib import Path

from catalog.database.engine import make_engine, session_factory
from crawler.localweb.control import LocalWeb
from tests.catalog.results.builders import BOTHEL, bothel, store_run
from tests.support.cli import run_cli
from tests.support.environments import screening_env

FILES = Path(__file__).parents[1] / "catalog" / "reference" / "files" / "registered"


def test_import_both_shapes_and_compare_with_dead_urls(
    loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb
) -> None:
    env = screening_env(loaded_sqlite_url, tmp_path, fixture_web)
    wsp = run_cli("registered", "import", str(FILES / "nrw_wsp_excerpt_2024-11-11.csv"), env=env)
    assert wsp.code == 0, wsp.stderr
    assert wsp.stdout.splitlines() == [
        "import 1 (wsp): 7 rows, 7 LeiKa keys, 5 rows mapped to an OZG-Leistung",
        "2 of 7 LeiKa keys are not in the catalog: 77000000008063, 99050212006000",
    ]
    dashboard = run_cli("registered", "import", str(FILES / "dashboard_bothel_2026-11-30.csv"), env=env)
    assert "import 2 (dashboard): 6 rows, 6 LeiKa keys, 5 rows mapped" in dashboard.stdout
    engine = make_engine(loaded_sqlite_url)
    store_run(session_factory(engine), [bothel()])
    engine.dispose()
    result = run_cli("registered", "compare", BOTHEL, "--json", env=env)
    assert result.code == 0, result.stderr
    [found] = json.loads(result.stdout)
    assert found["not_this_authority"] == 0  # the WSP list holds for NW, Bothel is in NI
    dead = {entry["url"]: entry["url_status"] for entry in found["dead_urls"]}
    assert dead == {
        "https://www.sg-heideland.de/gibt-es-nicht/meldebescheinigung": "http_404",
        "http://formulare.unbekannt-kommunal.de/osterfeuer": "dns_error",
    }
    live = [e for e in found["registered_not_found"] if e["ozg_id"] == "10092"]
    assert live[0]["url_status"] == ""  # the page answered
    table = run_cli("registered", "compare", BOTHEL, "--no-check-urls", env=env).stdout
    assert "Registriert online, auf der Website nicht online auffindbar" in table and "Wohngeld" in table
    assert "Registrierte URLs, die nicht antworten" not in table


def test_bad_input_is_one_line(loaded_sqlite_url: str, tmp_path: Path) -> None:
    env = {"OZG_DATABASE_URL": loaded_sqlite_url, "OZG_VAR_DIR": str(tmp_path / "var")}
    for args, message in [
        (["compare"], "give an ARS or --run ID (one of them)"),
        (["import", str(tmp_path / "fehlt.csv")], "file not found"),
        (["import", str(FILES / "nrw_wsp_excerpt_2024-11-11.csv"), "--date", "11.11.2024"], "--date must be"),
    ]:
        result = run_cli("registered", *args, env=env)
        assert result.code == 2 and result.stderr.startswith(f"ozg-screen: {message}"), result.stderr
        assert len(result.stderr.splitlines()) == 1
