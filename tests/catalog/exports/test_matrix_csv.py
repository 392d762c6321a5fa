"""The matrix CSV: golden files per dialect, pandas reads back levels and coverage, the columns that occur."""

from __future__ import annotations

import math

import pytest
from sqlalchemy.orm import Session, sessionmaker

from catalog.exports.columns import MATRIX_COLUMNS
from catalog.exports.csv_dialects import csv_dialect
from catalog.exports.matrix_csv import export_matrix_csv
from catalog.results.export_selection import ExportFilters
from catalog.results.exports import municipality_exports, plan_export
from tests.catalog.exports.conftest import matches_golden, read_back
from tests.support.export_scene import BROCKEL, HEMSBUENDE, ROTENBURG, SAMTGEMEINDE

CASES = [
    pytest.param("excel-de", ExportFilters(run_id=1), "matrix_excel-de_run1.csv", id="excel-de-run"),
    pytest.param("rfc4180", ExportFilters(run_id=1), "matrix_rfc4180_run1.csv", id="rfc4180-run"),
    pytest.param("excel-de", ExportFilters(), "matrix_excel-de_latest.csv", id="excel-de-latest"),
    pytest.param("rfc4180", ExportFilters(), "matrix_rfc4180_latest.csv", id="rfc4180-latest"),
]


def _export(sessions: sessionmaker[Session], filters: ExportFilters, dialect: str) -> str:
    with sessions() as session:
        return "".join(export_matrix_csv(session, filters, csv_dialect(dialect)))


@pytest.mark.parametrize(("dialect", "filters", "golden"), CASES)
def test_matrix_export_matches_its_golden_file(
    scene_sessions: sessionmaker[Session], dialect: str, filters: ExportFilters, golden: str
) -> None:
    assert matches_golden(_export(scene_sessions, filters, dialect).encode("utf-8"), golden)


@pytest.mark.parametrize("dialect", ["excel-de", "rfc4180"])
def test_pandas_reads_back_levels_and_coverage(scene_sessions: sessionmaker[Session], dialect: str) -> None:
    frame = read_back(_export(scene_sessions, ExportFilters(run_id=1), dialect), dialect).set_index("ars", drop=False)
    with scene_sessions() as session:
        items = list(municipality_exports(session, plan_export(session, ExportFilters(run_id=1))))
    services = [column for column in frame.columns if column not in MATRIX_COLUMNS]
    assert list(frame.columns[: len(MATRIX_COLUMNS)]) == list(MATRIX_COLUMNS)
    assert services == sorted({ozg_id for item in items for ozg_id in item.levels})
    for item in (item for item in items if item.site.ars):
        read = frame.loc[item.site.ars]
        levels = {ozg_id: int(read[ozg_id]) for ozg_id in services if not math.isnan(read[ozg_id])}
        assert levels == item.levels and read["status"] == item.site.status
        if item.coverage is not None:
            assert (read["coverage_expected"], read["coverage_online"]) == (
                item.coverage.expected,
                item.coverage.online,
            )
            assert math.isclose(read["coverage_share"], round(item.coverage.share or 0, 4))


def test_reviewed_matrix_matches_its_golden_file(reviewed_scene_sessions: sessionmaker[Session]) -> None:
    produced = _export(reviewed_scene_sessions, ExportFilters(run_id=1), "rfc4180").encode("utf-8")
    assert matches_golden(produced, "matrix_rfc4180_run1_reviewed.csv")


@pytest.mark.parametrize("dialect", ["excel-de", "rfc4180"])
def test_registered_counts_read_back(reviewed_scene_sessions: sessionmaker[Session], dialect: str) -> None:
    text = _export(reviewed_scene_sessions, ExportFilters(run_id=1), dialect)
    frame = read_back(text, dialect).set_index("ars", drop=False)
    counts = ["registered_online", "registered_not_found", "found_not_registered"]
    # Worked out in tests/catalog/results/test_export_review.py; Brockel is covered by no registered list.
    assert [int(frame.loc[ROTENBURG, column]) for column in counts] == [4, 1, 0]
    assert [int(frame.loc[SAMTGEMEINDE, column]) for column in counts] == [1, 1, 1]
    assert all(math.isnan(frame.loc[BROCKEL, column]) for column in counts)
    assert int(frame.loc[ROTENBURG, "10160"]) == 3  # the level an analyst set


def test_an_unreachable_municipality_has_a_status_and_empty_cells(scene_sessions: sessionmaker[Session]) -> None:
    lines = _export(scene_sessions, ExportFilters(run_id=1), "rfc4180").splitlines()
    hemsbuende = next(line for line in lines if line.startswith(HEMSBUENDE))
    brockel = next(line for line in lines if line.startswith(BROCKEL))
    assert hemsbuende.split(",")[4:8] == ["dns_error", "", "", ""]
    assert set(hemsbuende.split(",")[len(MATRIX_COLUMNS) :]) == {""}
    assert brockel.split(",")[len(MATRIX_COLUMNS) :] == ["1", "3", "3", "3", "2", "4"]
