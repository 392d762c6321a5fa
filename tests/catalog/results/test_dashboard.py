"""The dashboard on a small hand-set state: map points, groups, the trend, rankings and filters."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from catalog.errors import InvalidInputError
from catalog.results.dashboard import dashboard
from catalog.results.dashboard_documents import Dashboard
from tests.support.report_state import (
    APENSEN,
    BIBLIOTHEK,
    EHEFAEHIGKEIT,
    ELTERNGELD,
    GEBURTSANZEIGE,
    GRUNDSTEUER,
    KITA,
    TARMSTEDT,
    VATERSCHAFT,
    build_state,
)

SAMTGEMEINDE_EXPECTED = 62


@pytest.fixture
def state(loaded_sessions: sessionmaker[Session]) -> tuple[sessionmaker[Session], list[int]]:
    return loaded_sessions, build_state(loaded_sessions)


def _dashboard(state: tuple[sessionmaker[Session], list[int]], **filters: str) -> Dashboard:
    with state[0]() as session:
        return dashboard(session, **filters)


def test_latest_run_and_its_map_points(state: tuple[sessionmaker[Session], list[int]]) -> None:
    board = _dashboard(state)
    assert board.run_id == state[1][1]
    # Eight screened; Tarmstedt timed out and is not drawn.
    assert board.municipalities == 8 == len(board.points)
    assert TARMSTEDT not in {point.ars for point in board.points}
    bothel = next(point for point in board.points if point.name == "Bothel")
    assert (bothel.online, bothel.expected) == (1, SAMTGEMEINDE_EXPECTED)
    assert (bothel.latitude, bothel.longitude) == pytest.approx((53.066934, 9.47445))


def test_map_background_shows_every_gemeinde(state: tuple[sessionmaker[Session], list[int]]) -> None:
    # The registry's 8 kreisfreie Städte, 123 Städte, 158 Gemeinden and 653 Mitgliedsgemeinden; 57 in Rotenburg.
    assert len(_dashboard(state).places) == 942
    assert len(_dashboard(state, kreis="03357").places) == 57


def test_coverage_by_type_and_size_class(state: tuple[sessionmaker[Session], list[int]]) -> None:
    board = _dashboard(state)
    by_type = {group.group: (group.municipalities, group.median_share) for group in board.by_type}
    # Samtgemeinden online: Bothel 1, Fintel 3, Geestequelle 2, Selsingen 2, Sittensen 4, Apensen 1 -> median 2.
    assert by_type["samtgemeinde"] == (6, pytest.approx(2 / SAMTGEMEINDE_EXPECTED))
    assert by_type["mitgliedsgemeinde"] == (1, pytest.approx(2 / SAMTGEMEINDE_EXPECTED))
    assert by_type["landkreis"][0] == 1
    sizes = [(group.group, group.municipalities) for group in board.by_size_class]
    assert sizes == [("unter 5.000", 1), ("5.000 bis 10.000", 5), ("10.000 bis 20.000", 1), ("100.000 und mehr", 1)]


def test_trend_across_runs(state: tuple[sessionmaker[Session], list[int]]) -> None:
    trend = [(point.run_id, point.municipalities, point.online_services) for point in _dashboard(state).trend]
    # Run 1: Bothel (Bibliothek) and Fintel (Vaterschaft). Run 2: 1+3+2+2+4+1, Brockel 2, the Landkreis 1.
    assert trend == [(state[1][0], 2, 2), (state[1][1], 8, 16)]


def test_services_most_often_online(state: tuple[sessionmaker[Session], list[int]]) -> None:
    top = [(service.ozg_id, service.count) for service in _dashboard(state).top_online]
    # Brockel has Vaterschaft through its Samtgemeinde.
    assert top == [
        (VATERSCHAFT, 6),
        (KITA, 4),
        (EHEFAEHIGKEIT, 2),
        (ELTERNGELD, 1),
        (GEBURTSANZEIGE, 1),
        (BIBLIOTHEK, 1),
        (GRUNDSTEUER, 1),
    ]


def test_services_most_often_missing_where_expected(state: tuple[sessionmaker[Session], list[int]]) -> None:
    missing = _dashboard(state, type="samtgemeinde").top_missing
    assert len(missing) == 20
    # A service no Samtgemeinde offers online is missing in all six; Vaterschaft only in Selsingen.
    assert (missing[0].count, missing[0].out_of) == (6, 6)
    assert VATERSCHAFT not in {service.ozg_id for service in missing}


def test_filters_by_kreis_and_type(state: tuple[sessionmaker[Session], list[int]]) -> None:
    in_rotenburg = _dashboard(state, kreis="03357")
    assert in_rotenburg.municipalities == 7 and APENSEN not in {point.ars for point in in_rotenburg.points}
    assert [point.run_id for point in in_rotenburg.trend] == state[1]
    samtgemeinden = _dashboard(state, kreis="03357", type="samtgemeinde")
    assert {point.type for point in samtgemeinden.points} == {"samtgemeinde"} and samtgemeinden.municipalities == 5


@pytest.mark.parametrize(
    ("filters", "message"), [({"type": "dorf"}, "unknown type"), ({"kreis": "Rotenburg"}, "5-digit")]
)
def test_bad_filters_are_user_errors(
    state: tuple[sessionmaker[Session], list[int]], filters: dict[str, str], message: str
) -> None:
    with pytest.raises(InvalidInputError, match=message):
        _dashboard(state, **filters)


def test_empty_database_has_an_empty_dashboard(loaded_sessions: sessionmaker[Session]) -> None:
    with loaded_sessions() as session:
        board = dashboard(session)
    assert (board.run_id, board.points, board.trend, board.top_online) == (None, [], [], [])
