"""`ozg-screen export` as a subprocess: CSV on stdout, files with -o, bad filters and options as one line."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.engine import make_engine, session_factory
from tests.support.cli import run_cli
from tests.support.export_scene import BROCKEL, store_scene


@pytest.fixture
def scene_env(loaded_sqlite_url: str, tmp_path: Path) -> dict[str, str]:
    engine = make_engine(loaded_sqlite_url)
    sessions: sessionmaker[Session] = session_factory(engine)
    store_scene(sessions)
    engine.dispose()
    return {"OZG_DATABASE_URL": loaded_sqlite_url, "OZG_VAR_DIR": str(tmp_path / "var")}


def test_long_csv_goes_to_stdout(scene_env: dict[str, str]) -> None:
    result = run_cli("export", "--format", "long", "--run", "1", "--dialect", "rfc4180", "--type", "mitgliedsgemeinde",
                     env=scene_env)  # fmt: skip
    assert result.code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("ars,name,type,kreis,samtgemeinde,ozg_id,service")
    assert {line.split(",")[0] for line in lines[1:]} == {BROCKEL, "033575401024"}


def test_matrix_and_xlsx_go_to_files(scene_env: dict[str, str], tmp_path: Path) -> None:
    matrix, workbook = tmp_path / "out" / "matrix.csv", tmp_path / "out" / "screening.xlsx"
    assert run_cli("export", "--format", "matrix", "-o", str(matrix), env=scene_env).code == 0
    result = run_cli("export", "--format", "xlsx", "--kreis", "Rotenburg", "-o", str(workbook), env=scene_env)
    assert result.code == 0, result.stderr
    assert matrix.read_bytes().startswith(b"\xef\xbb\xbfars;name;type;kreis;status;")
    sheets = openpyxl.load_workbook(io.BytesIO(workbook.read_bytes())).sheetnames
    assert sheets == ["Leistungen", "Matrix", "Kommunen", "Info"]
    assert not [path.name for path in matrix.parent.iterdir() if path.name.startswith(".")], "no partial files left"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "long", "--run", "99"], "ozg-screen: no run with id 99"),
        (["--format", "long", "--themenfeld", "Raumfahrt"], "ozg-screen: unknown Themenfeld 'Raumfahrt'"),
        (["--format", "matrix", "--type", "dorf"], "ozg-screen: unknown type 'dorf'"),
        (["--format", "long", "--state", "XY"], "ozg-screen: unknown state 'XY'"),
    ],
)
def test_bad_filters_are_one_line(scene_env: dict[str, str], tmp_path: Path, args: list[str], message: str) -> None:
    target = tmp_path / "export.csv"
    result = run_cli("export", *args, "-o", str(target), env=scene_env)
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr.startswith(message) and len(result.stderr.splitlines()) == 1
    assert not target.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "csv"], "'--format'"),
        (["--format", "long", "--dialect", "excel"], "'--dialect'"),
        ([], "Missing option '--format'"),
    ],
)
def test_bad_options_are_usage_errors(scene_env: dict[str, str], args: list[str], message: str) -> None:
    result = run_cli("export", *args, env=scene_env)
    assert result.code == 2 and "Usage" in result.stderr and message in result.stderr
    assert "Traceback" not in result.stderr
