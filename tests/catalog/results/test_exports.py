"""Export rows: who provides a service, which screening counts, one row for an unreachable site, the filters."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from catalog.errors import InvalidInputError, NotFoundError
from catalog.results import exports
from catalog.results.export_selection import ExportFilters
from catalog.results.exports import ServiceRow, long_rows, municipality_exports, plan_export, service_columns
from tests.support.export_scene import (
    BRAUNSCHWEIG,
    BROCKEL,
    FUEHRERSCHEIN,
    GEBURT,
    GEWERBE,
    HEMSBUENDE,
    HOSTILE_NAME,
    HUND,
    KFZ,
    LANDKREIS,
    ROTENBURG,
    SAMTGEMEINDE,
    VATERSCHAFT,
    store_scene,
)


@pytest.fixture
def scene_sessions(loaded_sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    store_scene(loaded_sessions)
    return loaded_sessions


def _rows(sessions: sessionmaker[Session], filters: ExportFilters) -> list[ServiceRow]:
    with sessions() as session:
        return list(long_rows(session, plan_export(session, filters)))


def _by_key(rows: list[ServiceRow]) -> dict[tuple[str, str], ServiceRow]:
    return {(row.ars, row.ozg_id): row for row in rows}


def test_a_member_gets_its_samtgemeinde_s_service_when_that_is_stronger(scene_sessions: sessionmaker[Session]) -> None:
    rows = _by_key(_rows(scene_sessions, ExportFilters(run_id=1)))
    hund = rows[(BROCKEL, HUND)]
    assert (hund.level, hund.provided_by, hund.evidence_url) == (
        3,
        "samtgemeinde",
        "https://www.bothel.de/dienste/10160/",
    )
    assert (rows[(BROCKEL, GEBURT)].level, rows[(BROCKEL, GEBURT)].provided_by) == (3, "self")
    assert rows[(BROCKEL, VATERSCHAFT)].provided_by == "samtgemeinde"


def test_the_landkreis_provides_only_its_own_tasks(scene_sessions: sessionmaker[Session]) -> None:
    rows = _by_key(_rows(scene_sessions, ExportFilters(run_id=1)))
    kfz = rows[(ROTENBURG, KFZ)]
    assert (kfz.level, kfz.provided_by, kfz.evidence_rule) == (4, "landkreis", "full_digital_platform")
    assert rows[(SAMTGEMEINDE, FUEHRERSCHEIN)].provided_by == "landkreis"
    # The Landkreis mentions the Hundesteuer, but that is the town's task: the town's own level 2 stays.
    assert (rows[(ROTENBURG, HUND)].level, rows[(ROTENBURG, HUND)].provided_by) == (2, "self")
    assert rows[(ROTENBURG, GEWERBE)].provided_by == "self"
    assert {row.provided_by for row in rows.values() if row.ars in (LANDKREIS, BRAUNSCHWEIG)} == {"self"}


def test_the_strongest_evidence_is_shown(scene_sessions: sessionmaker[Session]) -> None:
    rows = _by_key(_rows(scene_sessions, ExportFilters(run_id=1)))
    assert rows[(LANDKREIS, KFZ)].evidence_url == "https://ikfz.lk-row.de/antrag"


def test_an_unreachable_municipality_has_one_row_with_its_status(scene_sessions: sessionmaker[Session]) -> None:
    rows = [row for row in _rows(scene_sessions, ExportFilters(run_id=1)) if row.ars == HEMSBUENDE]
    assert len(rows) == 1
    assert (rows[0].status, rows[0].ozg_id, rows[0].level, rows[0].run_id) == ("dns_error", "", None, 1)


def test_without_a_run_each_municipality_shows_its_latest_finished_screening(
    scene_sessions: sessionmaker[Session],
) -> None:
    with scene_sessions() as session:
        items = list(municipality_exports(session, plan_export(session, ExportFilters())))
    runs = {item.site.ars: (item.site.status, item.site.run_id) for item in items}
    # Brockel's run 3 is still pending, so run 1 counts; Braunschweig's latest ended in a timeout.
    assert runs == {
        BRAUNSCHWEIG: ("timeout", 2),
        LANDKREIS: ("ok", 1),
        ROTENBURG: ("ok", 1),
        SAMTGEMEINDE: ("ok", 2),
        BROCKEL: ("ok", 1),
        HEMSBUENDE: ("ok", 2),
    }
    hund = _by_key(_rows(scene_sessions, ExportFilters()))[(BROCKEL, HUND)]
    assert (hund.level, hund.run_id, hund.screened_at is not None) == (4, 2, True)


def test_a_site_without_registry_entry_is_exported_within_its_run_only(scene_sessions: sessionmaker[Session]) -> None:
    assert [row.name for row in _rows(scene_sessions, ExportFilters(run_id=1)) if not row.ars] == [HOSTILE_NAME]
    assert all(row.ars for row in _rows(scene_sessions, ExportFilters()))


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        pytest.param(ExportFilters(run_id=1, types=("mitgliedsgemeinde",)), {BROCKEL, HEMSBUENDE}, id="type"),
        pytest.param(ExportFilters(run_id=1, kreis="Rotenburg"), {LANDKREIS, ROTENBURG, SAMTGEMEINDE, BROCKEL,
                                                                  HEMSBUENDE}, id="kreis-name"),
        pytest.param(ExportFilters(run_id=1, kreis="03101"), {BRAUNSCHWEIG}, id="kreis-key"),
        pytest.param(ExportFilters(run_id=1, state="ni"), {LANDKREIS, ROTENBURG, SAMTGEMEINDE, BROCKEL, HEMSBUENDE,
                                                           BRAUNSCHWEIG}, id="state"),
        pytest.param(ExportFilters(run_id=1, state="HB"), set(), id="other-state"),
    ],
)  # fmt: skip
def test_filters_choose_municipalities(
    scene_sessions: sessionmaker[Session], filters: ExportFilters, expected: set[str]
) -> None:
    assert {row.ars for row in _rows(scene_sessions, filters)} == expected


def test_a_member_still_inherits_when_the_type_filter_leaves_its_providers_out(
    scene_sessions: sessionmaker[Session],
) -> None:
    rows = _by_key(_rows(scene_sessions, ExportFilters(run_id=1, types=("mitgliedsgemeinde",))))
    assert rows[(BROCKEL, KFZ)].provided_by == "landkreis"


def test_themenfeld_filter_keeps_its_services_and_coverage(scene_sessions: sessionmaker[Session]) -> None:
    filters = ExportFilters(run_id=1, themenfeld="mobilität")
    assert {row.ozg_id for row in _rows(scene_sessions, filters) if row.ozg_id} == {KFZ, FUEHRERSCHEIN}
    with scene_sessions() as session:
        plan = plan_export(session, filters)
        landkreis = next(item for item in municipality_exports(session, plan) if item.site.ars == LANDKREIS)
        assert [column.ozg_id for column in service_columns(session, plan)] == [FUEHRERSCHEIN, KFZ]
    assert landkreis.coverage is not None and landkreis.coverage.online == 2
    assert landkreis.coverage.expected < 109  # the Landkreis's marks in this Themenfeld only


def test_matrix_columns_are_the_services_that_occur(scene_sessions: sessionmaker[Session]) -> None:
    with scene_sessions() as session:
        plan = plan_export(session, ExportFilters(run_id=2))
        assert [column.ozg_id for column in service_columns(session, plan)] == [HUND, GEWERBE]


def test_small_batches_give_the_same_rows(
    scene_sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = _rows(scene_sessions, ExportFilters(run_id=1))
    monkeypatch.setattr(exports, "BATCH_SIZE", 2)
    assert _rows(scene_sessions, ExportFilters(run_id=1)) == whole


def test_coverage_counts_what_the_samtgemeinde_offers_for_a_member(scene_sessions: sessionmaker[Session]) -> None:
    with scene_sessions() as session:
        items = {
            item.site.ars: item for item in municipality_exports(session, plan_export(session, ExportFilters(run_id=1)))
        }
    brockel, hemsbuende = items[BROCKEL], items[HEMSBUENDE]
    assert brockel.coverage is not None and brockel.coverage.online == 2  # Geburtsanzeige and the SG's Hundehaltung
    assert hemsbuende.coverage is None and hemsbuende.level_counts()[0] == 0
    assert [brockel.level_counts()[level] for level in (1, 2, 3, 4)] == [1, 1, 3, 1]


@pytest.mark.parametrize(
    ("filters", "error", "message"),
    [
        (ExportFilters(run_id=99), NotFoundError, "no run with id 99"),
        (ExportFilters(state="XY"), InvalidInputError, "unknown state 'XY'"),
        (ExportFilters(types=("dorf",)), InvalidInputError, "unknown type 'dorf'"),
        (ExportFilters(kreis="Atlantis"), InvalidInputError, "Atlantis"),
        (ExportFilters(themenfeld="Raumfahrt"), InvalidInputError, "unknown Themenfeld 'Raumfahrt'"),
    ],
)
def test_bad_filters_are_named(
    loaded_sessions: sessionmaker[Session], filters: ExportFilters, error: type[Exception], message: str
) -> None:
    with loaded_sessions() as session, pytest.raises(error, match=message):
        plan_export(session, filters)
