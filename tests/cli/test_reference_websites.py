"""`municipalities import-reference-websites`, `load` and `discover --report` through the CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.support.cli import run_cli
from tests.support.paths import DATA_DIR

EXCERPT = (
    Path(__file__).parents[1]
    / "catalog"
    / "reference"
    / "files"
    / "reference_websites"
    / "niedersachsen_official_websites.csv"
)


def test_imported_reference_websites_are_loaded_and_reported(cli_env: dict[str, str], tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("demo"))
    env = {**cli_env, "OZG_DATA_DIR": str(data)}
    imported = run_cli("municipalities", "import-reference-websites", str(EXCERPT), env=env)
    assert imported.code == 0 and "4 websites, 2 keys not in the registry" in imported.stdout
    assert run_cli("db", "upgrade", env=env).code == 0
    loaded = run_cli("municipalities", "load", env=env)
    assert "reference websites from reference_websites.csv: 4 inserted" in loaded.stdout
    assert (
        run_cli("municipalities", "set-website", "03101000", "https://www.braunschweig.de/rathaus/", env=env).code == 0
    )
    again = run_cli("municipalities", "load", env=env)
    assert "0 inserted, 0 updated, 4 unchanged" in again.stdout  # the hand-set URL is kept
    report = run_cli("municipalities", "discover", "--report", env=env).stdout
    assert "reference" in report and "manual" in report and "4 von 1095 Kommunen haben eine Website" in report


def test_benchmarks_can_leave_the_reference_websites_out(cli_env: dict[str, str]) -> None:
    env = {**cli_env, "OZG_REFERENCE_WEBSITES": "false"}
    assert run_cli("db", "upgrade", env=env).code == 0
    loaded = run_cli("municipalities", "load", env=env)
    assert "reference websites" not in loaded.stdout and "none are known yet" in loaded.stdout
