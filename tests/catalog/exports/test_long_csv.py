"""The long CSV: golden files per dialect, pandas reads back the same values, formula text stays text."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from sqlalchemy.orm import Session, sessionmaker

from catalog.exports.columns import LONG_COLUMNS
from catalog.exports.csv_dialects import ROWS_PER_CHUNK, csv_dialect
from catalog.exports.long_csv import export_long_csv
from catalog.results.export_selection import ExportFilters
from catalog.results.exports import ServiceRow, long_rows, plan_export
from tests.catalog.exports.conftest import matches_golden, read_back
from tests.support.export_scene import HOSTILE_NAME, HOSTILE_URL

CASES = [
    pytest.param("excel-de", ExportFilters(run_id=1), "long_excel-de_run1.csv", id="excel-de-run"),
    pytest.param("rfc4180", ExportFilters(run_id=1), "long_rfc4180_run1.csv", id="rfc4180-run"),
    pytest.param("excel-de", ExportFilters(), "long_excel-de_latest.csv", id="excel-de-latest"),
    pytest.param("rfc4180", ExportFilters(), "long_rfc4180_latest.csv", id="rfc4180-latest"),
]


def _export(sessions: sessionmaker[Session], filters: ExportFilters, dialect: str) -> str:
    with sessions() as session:
        return "".join(export_long_csv(session, filters, csv_dialect(dialect)))


def _rows(sessions: sessionmaker[Session], filters: ExportFilters) -> list[ServiceRow]:
    with sessions() as session:
        return list(long_rows(session, plan_export(session, filters)))


@pytest.mark.parametrize(("dialect", "filters", "golden"), CASES)
def test_long_export_matches_its_golden_file(
    scene_sessions: sessionmaker[Session], dialect: str, filters: ExportFilters, golden: str
) -> None:
    assert matches_golden(_export(scene_sessions, filters, dialect).encode("utf-8"), golden)


@pytest.mark.parametrize("dialect", ["excel-de", "rfc4180"])
def test_reviewed_long_export_matches_its_golden_file(
    reviewed_scene_sessions: sessionmaker[Session], dialect: str
) -> None:
    """Override marks (a set level, a confirmation, a rejected page) and the registered column group."""
    produced = _export(reviewed_scene_sessions, ExportFilters(run_id=1), dialect).encode("utf-8")
    assert matches_golden(produced, f"long_{dialect}_run1_reviewed.csv")


@pytest.mark.parametrize("dialect", ["excel-de", "rfc4180"])
def test_pandas_reads_back_the_review_columns(reviewed_scene_sessions: sessionmaker[Session], dialect: str) -> None:
    frame = read_back(_export(reviewed_scene_sessions, ExportFilters(run_id=1), dialect), dialect)
    rows = _rows(reviewed_scene_sessions, ExportFilters(run_id=1))
    for (_, read), row in zip(frame.iterrows(), rows, strict=True):
        assert _same(read["override"], row.override) and _same(read["override_by"], row.override_by)
        assert _same(read["override_reason"], row.override_reason)
        assert _same(read["automatic_level"], row.automatic_level)
        assert _same(read["registered"], row.registered) and _same(read["registered_url"], row.registered_url)
    assert set(frame["override"].dropna()) == {"set_level", "confirm", "reject"}
    assert set(frame["registered"].dropna()) == {"ja", "nein"}


def test_excel_dialect_bytes(scene_sessions: sessionmaker[Session]) -> None:
    data = _export(scene_sessions, ExportFilters(run_id=1), "excel-de").encode("utf-8")
    assert data.startswith(b"\xef\xbb\xbfars;name;type;")
    assert data.count(b"\r\n") == data.count(b"\n") and data.endswith(b"\r\n")
    assert b'\r\n"=""033575401009""";Brockel;' in data  # the ARS keeps its leading zero in Excel
    assert b";0,95;" in data and b";0.95;" not in data
    assert b";2026-11-02 08:01:00;" in data


def test_rfc4180_dialect_bytes(scene_sessions: sessionmaker[Session]) -> None:
    data = _export(scene_sessions, ExportFilters(run_id=1), "rfc4180").encode("utf-8")
    assert data.startswith(b"ars,name,type,") and b"\r\n033575401009,Brockel," in data
    assert b",0.95," in data and b",2026-11-02T08:01:00+00:00," in data


@pytest.mark.parametrize("dialect", ["excel-de", "rfc4180"])
def test_formula_text_from_websites_is_neutralised(scene_sessions: sessionmaker[Session], dialect: str) -> None:
    frame = read_back(_export(scene_sessions, ExportFilters(run_id=1), dialect), dialect)
    hostile = frame[frame["ars"].isna()].iloc[0]
    assert hostile["name"] == "'" + HOSTILE_NAME
    assert hostile["evidence_url"] == "'" + HOSTILE_URL


@pytest.mark.parametrize("dialect", ["excel-de", "rfc4180"])
@pytest.mark.parametrize("filters", [ExportFilters(run_id=1), ExportFilters()], ids=["run", "latest"])
def test_pandas_reads_back_the_rows(
    scene_sessions: sessionmaker[Session], dialect: str, filters: ExportFilters
) -> None:
    frame = read_back(_export(scene_sessions, filters, dialect), dialect)
    rows = _rows(scene_sessions, filters)
    assert list(frame.columns) == list(LONG_COLUMNS) and len(frame) == len(rows)
    for (_, read), row in zip(frame.iterrows(), rows, strict=True):
        assert _same(read["ars"], row.ars) and _same(read["ozg_id"], row.ozg_id)
        assert _same(read["service"], row.service) and _same(read["provided_by"], row.provided_by)
        assert _same(read["level"], row.level) and _same(read["confidence"], row.confidence)
        assert _same(read["run_id"], row.run_id) and read["status"] == row.status
        assert pd.Timestamp(read["screened_at"]).tz_localize(None) == pd.Timestamp(row.screened_at).tz_localize(None)


def _same(read: object, written: object) -> bool:
    """pandas reads an empty cell as NaN; the row holds "" or None there."""
    if isinstance(read, float) and math.isnan(read):
        return written in ("", None)
    if isinstance(written, float):
        return math.isclose(float(read), written)  # type: ignore[arg-type]
    return read == written


def test_export_streams_in_chunks(scene_sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("catalog.exports.csv_dialects.ROWS_PER_CHUNK", 5)
    with scene_sessions() as session:
        chunks = list(export_long_csv(session, ExportFilters(run_id=1), csv_dialect("rfc4180")))
    assert ROWS_PER_CHUNK == 1000 and len(chunks) == 5  # 21 rows: 4 full chunks and the rest
    assert all(chunk.count("\r\n") == 5 for chunk in chunks[1:4])
