"""The catalog importer: KDN-style export -> the project's catalog files."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from catalog.errors import UserError
from catalog.reference.catalog_import import import_catalog
from tests.support.paths import CATALOG_DIR
from tests.support.shared import SHARED_DATA

SHARED = SHARED_DATA
PROJECT_CATALOG = CATALOG_DIR


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_import_reads_the_reference_export(tmp_path: Path) -> None:
    report = import_catalog(SHARED, tmp_path)
    assert (report.themenfelder, report.lebenslagen, report.ozg_leistungen) == (14, 55, 557)
    assert report.leika_leistungen == 4813
    services = {row["ozg_id"]: row for row in _rows(tmp_path / "ozg_leistungen.csv")}
    assert services["10160"]["name"] == "Hundehaltung"
    leika = {row["leika_key"]: row for row in _rows(tmp_path / "leika_leistungen.csv")}
    assert all(len(key) == 14 and key.isdigit() for key in leika)
    assert leika["99001001000000"]["ozg_id"] == "10110"


def test_shipped_catalog_files_are_what_the_importer_makes(tmp_path: Path) -> None:
    import_catalog(SHARED, tmp_path)
    for name in ("themenfelder.csv", "lebenslagen.csv", "ozg_leistungen.csv", "leika_leistungen.csv"):
        assert (tmp_path / name).read_bytes() == (PROJECT_CATALOG / name).read_bytes(), name


def test_missing_source_folder_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="not found"):
        import_catalog(tmp_path / "nowhere", tmp_path / "out")


def test_malformed_export_names_the_missing_column(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(SHARED, source, ignore=shutil.ignore_patterns("pages", "gv_*", "nrw_*"))
    (source / "ozg_leistungen_kdn.csv").write_text("ozg_id,name\n10160,Hundehaltung\n", encoding="utf-8")
    with pytest.raises(UserError, match="lacks the column"):
        import_catalog(source, tmp_path / "out")
    assert not (tmp_path / "out" / "ozg_leistungen.csv").exists()
