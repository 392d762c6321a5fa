"""The foundation commands end to end, as a user runs them: schema, catalog, registry, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli import run_cli
from tests.support.excerpts import CATALOG_EXPORT, REGISTRY_EXPORT


def test_setup_commands_load_everything_and_report_counts(cli_env: dict[str, str]) -> None:
    assert "schema migrated from empty" in run_cli("db", "upgrade", env=cli_env).stdout
    assert "schema already at" in run_cli("db", "upgrade", env=cli_env).stdout
    loaded = run_cli("catalog", "load", env=cli_env)
    assert loaded.code == 0 and "OZG-Leistungen: 557 inserted, 0 updated, 0 unchanged" in loaded.stdout
    again = run_cli("catalog", "load", env=cli_env)
    assert "OZG-Leistungen: 0 inserted, 0 updated, 557 unchanged" in again.stdout
    registry = run_cli("municipalities", "load", env=cli_env)
    assert "1120 inserted" in registry.stdout and "288 municipalities have a website URL" in registry.stdout
    stats = run_cli("catalog", "stats", env=cli_env).stdout
    assert "557 OZG-Leistungen in 14 Themenfeldern" in stats
    figures = run_cli("municipalities", "stats", env=cli_env).stdout
    assert "45 Kreise/kreisfreie Städte, 116 Samtgemeinden, 967 Gemeinden" in figures


def test_registry_queries_and_search(cli_env: dict[str, str]) -> None:
    for command in (["db", "upgrade"], ["catalog", "load"], ["municipalities", "load"]):
        assert run_cli(*command, env=cli_env).code == 0
    listed = run_cli("municipalities", "list", "--type", "samtgemeinde", "--kreis", "Rotenburg", env=cli_env)
    assert "8 municipalities" in listed.stdout and "Sittensen" in listed.stdout
    shown = run_cli("municipalities", "show", "033575401000", env=cli_env).stdout
    assert "Rotenburg (Wümme)" in shown and "Samtgemeinde" in shown
    search = run_cli("catalog", "search", "Briefwahlunterlagen anfordern", env=cli_env).stdout
    assert "10145" in search and "Wahlschein und Briefwahl" in search
    assert run_cli("municipalities", "--help", env=cli_env).code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["municipalities", "show", "1234"], "is not an ARS"),
        (["municipalities", "list", "--type", "dorf"], "unknown type 'dorf'"),
        (["municipalities", "set-website", "033575401000", "kein url"], "not a valid website URL"),
        (["catalog", "import", "/nonexistent/folder"], "catalog source folder not found"),
        (["municipalities", "import", "/nonexistent/gv.csv"], "file not found"),
    ],
)
def test_bad_input_is_one_line(cli_env: dict[str, str], args: list[str], message: str) -> None:
    assert run_cli("db", "upgrade", env=cli_env).code == 0
    assert run_cli("municipalities", "load", env=cli_env).code == 0
    result = run_cli(*args, env=cli_env)
    assert result.code == 2 and message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_importers_write_the_project_files_from_the_reference_exports(cli_env: dict[str, str], tmp_path: Path) -> None:
    env = {**cli_env, "OZG_DATA_DIR": str(tmp_path / "data")}
    catalog = run_cli("catalog", "import", str(CATALOG_EXPORT), env=env)
    assert catalog.code == 0 and "17 OZG-Leistungen, 36 LeiKa-Leistungen" in catalog.stdout
    registry = run_cli("municipalities", "import", str(REGISTRY_EXPORT), env=env)
    assert registry.code == 0 and "2 samtgemeinde" in registry.stdout
    assert (tmp_path / "data" / "catalog" / "ozg_leistungen.csv").is_file()
