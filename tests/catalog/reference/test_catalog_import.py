"""The catalog importer: KDN-style export -> the project's catalog files."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from catalog.errors import UserError
from catalog.reference.catalog_import import import_catalog
from tests.support.excerpts import CATALOG_EXPORT, is_ordered_excerpt
from tests.support.paths import CATALOG_DIR

PROJECT_CATALOG = CATALOG_DIR


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_import_reads_the_reference_export(tmp_path: Path) -> None:
    report = import_catalog(CATALOG_EXPORT, tmp_path)
    assert (report.themenfelder, report.lebenslagen, report.ozg_leistungen) == (14, 16, 17)
    # 40 LeiKa rows: two say "nicht im LeiKa", two hold malformed keys.
    assert (report.leika_leistungen, report.leika_skipped) == (36, 4)
    services = {row["ozg_id"]: row for row in _rows(tmp_path / "ozg_leistungen.csv")}
    assert services["10160"]["name"] == "Hundehaltung"
    leika = {row["leika_key"]: row for row in _rows(tmp_path / "leika_leistungen.csv")}
    assert all(len(key) == 14 and key.isdigit() for key in leika)
    assert leika["99001001000000"]["ozg_id"] == "10110"


def test_shipped_catalog_files_are_what_the_importer_makes(tmp_path: Path) -> None:
    import_catalog(CATALOG_EXPORT, tmp_path)
    for name in ("themenfelder.csv", "lebenslagen.csv", "ozg_leistungen.csv", "leika_leistungen.csv"):
        assert is_ordered_excerpt(tmp_path / name, PROJECT_CATALOG / name), name
    # The excerpt covers every Themenfeld, so that file comes out whole.
    assert (tmp_path / "themenfelder.csv").read_bytes() == (PROJECT_CATALOG / "themenfelder.csv").read_bytes()


def test_missing_source_folder_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="not found"):
        import_catalog(tmp_path / "nowhere", tmp_path / "out")


def test_malformed_export_names_the_missing_column(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(CATALOG_EXPORT, source)
    (source / "ozg_leistungen_kdn.csv").write_text("ozg_id,name\n10160,Hundehaltung\n", encoding="utf-8")
    with pytest.raises(UserError, match="lacks the column"):
        import_catalog(source, tmp_path / "out")
    assert not (tmp_path / "out" / "ozg_leistungen.csv").exists()
