"""The workbook read back with openpyxl: sheets, German headers, frozen header, filters, level colours, values."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from typing import Any

import openpyxl
import pandas as pd
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session, sessionmaker

from catalog.exports.xlsx import write_screening_xlsx
from catalog.exports.xlsx_styles import LEVEL_COLOURS
from catalog.results.export_selection import ExportFilters
from catalog.results.exports import long_rows, plan_export
from tests.catalog.exports.conftest import matches_golden
from tests.support.export_scene import HOSTILE_NAME, HUND, ROTENBURG, SAMTGEMEINDE

REGISTERED_HUND_URL = "https://serviceportal.rotenburg-wuemme.de/hundesteuer"

CREATED = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


def _workbook_bytes(sessions: sessionmaker[Session], filters: ExportFilters) -> bytes:
    target = io.BytesIO()
    with sessions() as session:
        write_screening_xlsx(session, filters, target, created_at=CREATED)
    return target.getvalue()


def _values(sheet: Worksheet) -> list[list[Any]]:
    return [[_plain(cell.value) for cell in row] for row in sheet.iter_rows()]


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


@pytest.fixture
def workbook_bytes(scene_sessions: sessionmaker[Session]) -> bytes:
    return _workbook_bytes(scene_sessions, ExportFilters(run_id=1))


def test_workbook_values_match_the_golden_file(workbook_bytes: bytes) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(workbook_bytes))
    values = {sheet.title: _values(sheet) for sheet in workbook.worksheets}
    text = json.dumps(values, ensure_ascii=False, indent=1) + "\n"
    assert matches_golden(text.encode("utf-8"), "workbook_run1.json")


def test_sheets_have_german_headers_a_frozen_row_and_a_filter(workbook_bytes: bytes) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(workbook_bytes))
    assert workbook.sheetnames == ["Leistungen", "Matrix", "Kommunen", "Info"]
    leistungen = workbook["Leistungen"]
    assert [cell.value for cell in leistungen[1]][:7] == ["ARS", "Name", "Art", "Landkreis", "Samtgemeinde", "OZG-ID",
                                                          "OZG-Leistung"]  # fmt: skip
    for name in ("Leistungen", "Matrix", "Kommunen"):
        sheet = workbook[name]
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        assert sheet[1][0].font.bold
    assert leistungen.column_dimensions["G"].width > 40  # the service name is readable


def test_levels_are_coloured(workbook_bytes: bytes) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(workbook_bytes))
    leistungen, matrix = workbook["Leistungen"], workbook["Matrix"]
    level_column = [cell.value for cell in leistungen[1]].index("Reifegrad") + 1
    for row in range(2, leistungen.max_row + 1):
        cell = leistungen.cell(row, level_column)
        if cell.value is not None:
            assert cell.fill.fgColor.rgb == "FF" + LEVEL_COLOURS[cell.value].lstrip("#")
    coloured = [cell for row in matrix.iter_rows(min_row=2, min_col=11) for cell in row if cell.value is not None]
    assert coloured and all(cell.fill.fgColor.rgb == "FF" + LEVEL_COLOURS[cell.value].lstrip("#") for cell in coloured)


def test_text_is_never_a_formula_and_ars_stays_text(workbook_bytes: bytes) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(workbook_bytes))
    cells = [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    names = [row[1] for row in workbook["Leistungen"].iter_rows(values_only=True)]
    assert HOSTILE_NAME in names  # shown as the text it is
    assert workbook["Leistungen"]["A2"].value == "031010000000" and workbook["Leistungen"]["A2"].data_type == "s"


def test_pandas_reads_the_long_sheet_back(scene_sessions: sessionmaker[Session], workbook_bytes: bytes) -> None:
    frame = pd.read_excel(io.BytesIO(workbook_bytes), sheet_name="Leistungen", dtype={"ARS": str, "OZG-ID": str})
    with scene_sessions() as session:
        rows = list(long_rows(session, plan_export(session, ExportFilters(run_id=1))))
    assert len(frame) == len(rows)
    assert frame["ARS"].fillna("").tolist() == [row.ars for row in rows]
    assert frame["Reifegrad"].tolist()[:3] == [row.level for row in rows[:3]]
    assert frame["Angeboten von"].fillna("").tolist() == [row.provided_by for row in rows]


def test_the_same_export_gives_the_same_bytes(scene_sessions: sessionmaker[Session], workbook_bytes: bytes) -> None:
    assert _workbook_bytes(scene_sessions, ExportFilters(run_id=1)) == workbook_bytes


def test_the_review_columns_have_german_headers(reviewed_scene_sessions: sessionmaker[Session]) -> None:
    sheets = pd.read_excel(
        io.BytesIO(_workbook_bytes(reviewed_scene_sessions, ExportFilters(run_id=1))),
        sheet_name=None,
        dtype={"ARS": str, "OZG-ID": str},
    )
    long = sheets["Leistungen"].set_index(["ARS", "OZG-ID"])
    hund = long.loc[(ROTENBURG, HUND)]
    assert (hund["Prüfung"], hund["Geprüft von"], hund["Reifegrad (automatisch)"]) == ("set_level", "A. Prüfer", 2)
    assert (hund["Registriert"], hund["Registrierte URL"]) == ("ja", REGISTERED_HUND_URL)
    kommunen = sheets["Kommunen"].set_index("ARS")
    columns = ["Registriert online", "Registriert, nicht auffindbar", "Auffindbar, nicht registriert"]
    assert list(kommunen.loc[ROTENBURG, columns]) == [4, 1, 0]
    assert list(sheets["Matrix"].set_index("ARS").loc[SAMTGEMEINDE, columns]) == [1, 1, 1]


def test_info_names_the_basis_and_filters(scene_sessions: sessionmaker[Session]) -> None:
    data = _workbook_bytes(scene_sessions, ExportFilters(types=("mitgliedsgemeinde",), themenfeld="Mobilität"))
    info = dict(openpyxl.load_workbook(io.BytesIO(data))["Info"].iter_rows(min_row=1, max_row=11, values_only=True))
    assert info["Erstellt am (UTC)"] == "2026-12-01 09:30:00"
    assert info["Grundlage"].startswith("je Kommune ihre neueste abgeschlossene Prüfung")
    assert (info["Art"], info["Themenfeld"], info["Kommunen"]) == ("mitgliedsgemeinde", "Mobilität & Reisen", "2")
