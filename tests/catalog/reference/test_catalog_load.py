"""Loading the catalog files into SQLite and PostgreSQL: complete, idempotent, all-or-nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.engine import transaction
from catalog.database.models import OzgLeistung, Synonym
from catalog.errors import UserError
from catalog.reference.catalog_load import load_catalog
from catalog.reference.catalog_queries import catalog_summary
from tests.support.paths import CATALOG_DIR

PROJECT_CATALOG = CATALOG_DIR


def test_first_load_inserts_everything_second_changes_nothing(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        first = load_catalog(session, PROJECT_CATALOG)
    with transaction(sessions) as session:
        second = load_catalog(session, PROJECT_CATALOG)
        summary = catalog_summary(session)
    assert first["OZG-Leistungen"].inserted == 557
    assert first["LeiKa-Leistungen"].inserted == 4813
    assert all(counts.inserted == counts.updated == 0 for counts in second.values())
    assert second["OZG-Leistungen"].unchanged == 557
    assert summary.services == 557 and len(summary.per_themenfeld) == 14


def test_changed_file_updates_rows_and_drops_removed_synonyms(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    catalog_dir = tmp_path / "catalog"
    shutil.copytree(PROJECT_CATALOG, catalog_dir)
    with transaction(sessions) as session:
        load_catalog(session, catalog_dir)
    services = (catalog_dir / "ozg_leistungen.csv").read_text(encoding="utf-8")
    (catalog_dir / "ozg_leistungen.csv").write_text(
        services.replace(",Hundehaltung,", ",Hundehaltung (neu),"), encoding="utf-8"
    )
    (catalog_dir / "synonyms.csv").write_text("ozg_id,phrase\n10160,Ersatzmarke für den Hund\n", encoding="utf-8")
    with transaction(sessions) as session:
        counts = load_catalog(session, catalog_dir)
        assert session.get(OzgLeistung, "10160").name == "Hundehaltung (neu)"
        assert session.scalars(select(Synonym.phrase)).all() == ["Ersatzmarke für den Hund"]
    assert counts["OZG-Leistungen"].updated == 1
    assert counts["Synonyme"].inserted == 1


def test_a_bad_file_leaves_the_database_untouched(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    catalog_dir = tmp_path / "catalog"
    shutil.copytree(PROJECT_CATALOG, catalog_dir)
    (catalog_dir / "synonyms.csv").write_text("ozg_id,phrase\n99999,Gibt es nicht\n", encoding="utf-8")
    with pytest.raises(UserError, match="unknown OZG-IDs: 99999"), transaction(sessions) as session:
        load_catalog(session, catalog_dir)
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(OzgLeistung)) == 0
