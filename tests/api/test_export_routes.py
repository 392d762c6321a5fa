"""Exports through the API: the same bytes as `ozg-screen export` on the same state (SQLite and PostgreSQL),
streamed with a file name and media type, bad filters as 422 naming the query parameter."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from api.app import create_app
from catalog.settings import Settings
from tests.api.conftest import Api, StateApi
from tests.support.cli import run_cli

V1 = "/api/v1/exports"
CSV = "text/csv; charset=utf-8"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def cli_export(api: StateApi, tmp_path: Path, *args: str) -> bytes:
    """What `ozg-screen export` writes to a file, on the database the API reads."""
    url = api.sessions.kw["bind"].url.render_as_string(hide_password=False)
    target = tmp_path / "cli-export"
    result = run_cli("export", *args, "-o", str(target), env={"OZG_DATABASE_URL": url, "OZG_VAR_DIR": str(tmp_path)})
    assert result.code == 0, result.stderr
    return target.read_bytes()


@pytest.mark.parametrize(
    ("path", "params", "args"),
    [
        ("long.csv", {"kreis": "Rotenburg"}, ["--format", "long", "--kreis", "Rotenburg"]),
        ("long.csv", {"type": ["samtgemeinde", "landkreis"], "dialect": "rfc4180", "themenfeld": "Familie"},
         ["--format", "long", "--type", "samtgemeinde", "--type", "landkreis", "--dialect", "rfc4180",
          "--themenfeld", "Familie"]),
        ("matrix.csv", {"run": "second", "state": "NI"}, ["--format", "matrix", "--run", "second", "--state", "NI"]),
    ],
)  # fmt: skip
def test_a_csv_download_equals_the_cli_export(
    state_api: StateApi, tmp_path: Path, path: str, params: dict[str, Any], args: list[str]
) -> None:
    second = str(state_api.state.run_ids[1])  # a run of the generated state, by position
    params = {name: second if value == "second" else value for name, value in params.items()}
    args = [second if arg == "second" else arg for arg in args]
    response = state_api.client.get(f"{V1}/{path}", params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == CSV
    assert "etag" not in response.headers  # streamed past the ETag middleware, not buffered
    expected = cli_export(state_api, tmp_path, *args)
    assert response.content == expected and expected.count(b"\r\n") > 20


def test_download_names_say_what_and_which_run(state_api: StateApi) -> None:
    last = state_api.state.run_ids[-1]
    names = {
        state_api.client.get(f"{V1}/matrix.csv", params={"run": last, "kreis": "Cuxhaven"}).headers[
            "content-disposition"
        ],
        state_api.client.get(f"{V1}/long.csv", params={"kreis": "Cuxhaven"}).headers["content-disposition"],
    }
    assert names == {
        f'attachment; filename="ozg-screening-matrix-run-{last}.csv"',
        'attachment; filename="ozg-screening-long-aktuell.csv"',
    }


def sheets(workbook: bytes) -> dict[str, list[tuple[Any, ...]]]:
    """Every sheet's cell values; Info without the line that says when the workbook was made."""
    book = openpyxl.load_workbook(io.BytesIO(workbook), read_only=True)
    values = {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}
    values["Info"] = [row for row in values["Info"] if not str(row[0] or "").startswith("Erstellt")]
    return values


def test_the_workbook_download_holds_what_the_cli_writes(state_api: StateApi, tmp_path: Path) -> None:
    last = str(state_api.state.run_ids[-1])
    response = state_api.client.get(f"{V1}/screening.xlsx", params={"kreis": "Rotenburg", "run": last})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == XLSX
    assert response.headers["content-disposition"] == f'attachment; filename="ozg-screening-screening-run-{last}.xlsx"'
    downloaded = sheets(response.content)
    assert downloaded == sheets(
        cli_export(state_api, tmp_path, "--format", "xlsx", "--kreis", "Rotenburg", "--run", last)
    )
    assert len(downloaded["Kommunen"]) > 20


@pytest.mark.parametrize(
    ("query", "status", "start"),
    [
        ("long.csv?state=XY", 422, "state: unknown state 'XY'"),
        ("matrix.csv?type=dorf", 422, "type: unknown type 'dorf'"),
        ("long.csv?kreis=Atlantis", 422, "kreis: no Landkreis or kreisfreie Stadt named like 'Atlantis'"),
        ("screening.xlsx?themenfeld=Raumfahrt", 422, "themenfeld: unknown Themenfeld 'Raumfahrt'"),
        ("long.csv?run=99999&state=NI", 404, "run: no run with id 99999"),
    ],
)
def test_a_bad_filter_names_its_parameter(api: Api, query: str, status: int, start: str) -> None:
    response = api.client.get(f"{V1}/{query}")
    assert response.status_code == status
    assert response.json()["detail"].startswith(start)


def test_an_unknown_dialect_is_fastapis_422_on_that_parameter(api: Api) -> None:
    response = api.client.get(f"{V1}/long.csv", params={"dialect": "excel"})
    assert response.status_code == 422 and response.json()["detail"][0]["loc"] == ["query", "dialect"]


def test_exports_need_a_key_when_reads_do(loaded_database_url: str, tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    settings = Settings(database_url=loaded_database_url, var_dir=tmp_path, api_keys_on_reads=True)
    with TestClient(create_app(settings)) as client:
        assert client.get(f"{V1}/long.csv").status_code == 403  # no key exists yet
