"""Importing registered online services: both shapes, the LeiKa-to-OZG bridge, keys the catalog lacks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.engine import make_engine, session_factory, transaction
from catalog.database.models import RegisteredImport, RegisteredService
from catalog.errors import InvalidInputError
from catalog.reference.registered_import import ImportOptions, detect_shape, import_registered

FILES = Path(__file__).parent / "files" / "registered"
WSP = FILES / "nrw_wsp_excerpt_2024-11-11.csv"
DASHBOARD = FILES / "dashboard_bothel_2026-11-30.csv"


@pytest.fixture
def loaded_sessions(loaded_database_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(loaded_database_url)
    yield session_factory(engine)
    engine.dispose()


def test_the_wsp_list_holds_for_the_whole_state_and_keeps_unknown_keys(loaded_sessions: sessionmaker[Session]) -> None:
    with transaction(loaded_sessions) as session:
        report = import_registered(session, WSP, ImportOptions())
    assert (report.shape, report.rows, report.distinct_keys, report.mapped) == ("wsp", 7, 7, 5)
    assert report.missing_keys == ["77000000008063", "99050212006000"]
    with loaded_sessions() as session:
        record = session.scalars(select(RegisteredImport)).one()
        rows = {row.leika_key: row for row in session.scalars(select(RegisteredService))}
    assert (record.source, record.shape, record.state) == (WSP.name, "wsp", "NW")
    assert record.list_date is not None and record.list_date.date().isoformat() == "2024-11-11"
    assert len(rows) == 7 and all(row.ars is None for row in rows.values())
    assert rows["77000000008063"].ozg_id is None  # reported, not dropped
    osterfeuer = rows["99063010006000"]
    assert (osterfeuer.ozg_id, osterfeuer.online_status) == ("10147", "online")
    assert osterfeuer.url == "https://service.wirtschaft.nrw/antrag/veranstaltungserlaubnis/"  # the Direktlink
    assert rows["99050036005000"].url.endswith("/antrag/versteigerergewerbe-leistungsauswahl/")
    assert rows["99018001001000"].authority.startswith("Bezirksregierungen")


def test_the_dashboard_list_carries_ars_and_its_own_ozg_ids(loaded_sessions: sessionmaker[Session]) -> None:
    when = datetime(2026, 12, 1, tzinfo=UTC)
    with transaction(loaded_sessions) as session:
        report = import_registered(session, DASHBOARD, ImportOptions(source="OZG-Dashboard Bund", list_date=when))
    assert (report.shape, report.rows, report.mapped, report.missing_keys) == ("dashboard", 6, 5, ["77000000008063"])
    with loaded_sessions() as session:
        record = session.scalars(select(RegisteredImport)).one()
        rows = {row.leika_key: row for row in session.scalars(select(RegisteredService))}
    assert (record.source, record.state) == ("OZG-Dashboard Bund", None)
    assert record.list_date is not None and record.list_date.date() == when.date()
    assert rows["99107023000000"].ars == "033575401000" and rows["99107023000000"].ozg_id == "10092"
    assert rows["99102057022000"].ozg_id == "10559"  # no OZG-ID in the list: the catalog's LeiKa mapping
    assert rows["99025004020000"].online_status == "in Planung"


def test_importing_twice_keeps_both_imports(loaded_sessions: sessionmaker[Session]) -> None:
    for _ in range(2):
        with transaction(loaded_sessions) as session:
            import_registered(session, WSP, ImportOptions())
    with loaded_sessions() as session:
        assert len(session.scalars(select(RegisteredImport)).all()) == 2


def test_a_file_of_neither_shape_or_a_bad_key_is_refused(
    tmp_path: Path, loaded_sessions: sessionmaker[Session]
) -> None:
    other = tmp_path / "liste.csv"
    other.write_text("Gemeinde,Leistung\nBothel,Hundesteuer\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="neither a dashboard list"):
        detect_shape(other)
    bad = tmp_path / "dashboard.csv"
    bad.write_text(DASHBOARD.read_text(encoding="utf-8").replace("99107023000000", "9910702", 1), encoding="utf-8")
    with loaded_sessions() as session, pytest.raises(InvalidInputError, match="'9910702' is not a 14-digit LeiKa key"):
        import_registered(session, bad, ImportOptions())
