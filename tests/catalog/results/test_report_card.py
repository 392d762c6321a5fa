"""The report card on a small hand-set state: levels, coverage, comparison, providers, gaps and changes."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from catalog.errors import NotFoundError
from catalog.results.report_card import report_card
from catalog.results.report_documents import ReportCard
from catalog.vocabulary import Provider
from tests.catalog.results.builders import platforms
from tests.support.report_state import (
    BIBLIOTHEK,
    BOTHEL,
    BROCKEL,
    DEAD_PORTAL,
    EHEFAEHIGKEIT,
    ELTERNGELD,
    GEBURTSANZEIGE,
    GRUNDSTEUER,
    KITA,
    NAMENSAENDERUNG,
    VATERSCHAFT,
    build_state,
)

SAMTGEMEINDE_EXPECTED = 62  # relevance marks of `samtgemeinde` in data/catalog/relevance.csv


@pytest.fixture
def state(loaded_sessions: sessionmaker[Session]) -> tuple[sessionmaker[Session], list[int]]:
    return loaded_sessions, build_state(loaded_sessions)


def _card(state: tuple[sessionmaker[Session], list[int]], key: str, run_id: int | None = None) -> ReportCard:
    sessions, _ = state
    with sessions() as session:
        return report_card(session, key, platforms(), run_id)


def test_header_names_the_municipality_and_its_latest_run(state: tuple[sessionmaker[Session], list[int]]) -> None:
    header = _card(state, "03357009").header  # Brockel by its AGS
    assert (header.name, header.type, header.samtgemeinde, header.kreis) == (
        "Brockel",
        "mitgliedsgemeinde",
        "Bothel",
        "Rotenburg (Wümme)",
    )
    assert (header.population, header.website, header.run_id) == (1363, "https://www.brockel.de/", state[1][1])


def test_unscreened_municipality_is_not_found(state: tuple[sessionmaker[Session], list[int]]) -> None:
    with pytest.raises(NotFoundError, match="no finished screening"):
        _card(state, "033575406000")  # Sottrum: never screened


def test_levels_and_coverage_of_bothel(state: tuple[sessionmaker[Session], list[int]]) -> None:
    card = _card(state, BOTHEL)
    assert card.header.size_class == "5.000 bis 10.000"
    # Own: Vaterschaft 3, Geburtsanzeige 2, Bibliothek 1; the Landkreis adds Elterngeld 3 (not a Samtgemeinde task).
    assert {level.level: level.count for level in card.levels} == {0: SAMTGEMEINDE_EXPECTED - 3, 1: 1, 2: 1, 3: 2, 4: 0}
    assert card.coverage is not None and (card.coverage.expected, card.coverage.online) == (SAMTGEMEINDE_EXPECTED, 1)


def test_service_table_says_who_provides_what(state: tuple[sessionmaker[Session], list[int]]) -> None:
    bothel = {row.ozg_id: (row.level, row.provided_by) for row in _card(state, BOTHEL).services}
    assert bothel == {
        VATERSCHAFT: (3, Provider.SELF),  # the Landkreis's level 1 does not stand in for its own task
        ELTERNGELD: (3, Provider.LANDKREIS),
        GEBURTSANZEIGE: (2, Provider.SELF),
        BIBLIOTHEK: (1, Provider.SELF),
    }
    brockel = {row.ozg_id: (row.level, row.provided_by) for row in _card(state, BROCKEL).services}
    assert brockel == {
        GRUNDSTEUER: (3, Provider.SELF),
        VATERSCHAFT: (3, Provider.SAMTGEMEINDE),
        ELTERNGELD: (3, Provider.LANDKREIS),
        GEBURTSANZEIGE: (2, Provider.SAMTGEMEINDE),
        BIBLIOTHEK: (2, Provider.SELF),  # its own 2 beats the Samtgemeinde's 1
    }


def test_evidence_links_come_from_the_provider(state: tuple[sessionmaker[Session], list[int]]) -> None:
    rows = {row.ozg_id: row for row in _card(state, BROCKEL).services}
    assert rows[VATERSCHAFT].evidence == [f"https://www.bothel.de/buergerservice/{VATERSCHAFT}/"]


def test_comparison_with_samtgemeinden_of_the_same_size(state: tuple[sessionmaker[Session], list[int]]) -> None:
    comparison = _card(state, BOTHEL).comparison
    # Bothel 1, Fintel 3, Geestequelle 2, Selsingen 2, Apensen 1 expected services online; Sittensen is larger.
    assert comparison is not None
    assert (comparison.municipalities, comparison.rank, comparison.median_online) == (5, 4, 2.0)
    assert [peer.name for peer in comparison.peers] == ["Fintel", "Geestequelle", "Selsingen", "Apensen", "Bothel"]
    assert comparison.median_share == pytest.approx(2 / SAMTGEMEINDE_EXPECTED)


def test_gaps_are_what_half_the_comparable_offer_online(state: tuple[sessionmaker[Session], list[int]]) -> None:
    gaps = [(gap.ozg_id, gap.offered_by, gap.comparable, gap.example) for gap in _card(state, BOTHEL).gaps]
    # Kita: Fintel, Geestequelle, Selsingen; Ehefähigkeitszeugnis: Fintel, Selsingen (Apensen only at level 2).
    assert gaps == [(KITA, 3, 4, "Fintel"), (EHEFAEHIGKEIT, 2, 4, "Fintel")]


def test_changes_since_the_last_screening(state: tuple[sessionmaker[Session], list[int]]) -> None:
    changes = _card(state, BOTHEL).changes
    assert changes.previous_run_id == state[1][0]
    assert [(change.ozg_id, change.before, change.after) for change in changes.online] == [(VATERSCHAFT, 2, 3)]
    assert [(change.ozg_id, change.kind) for change in changes.up] == [(GEBURTSANZEIGE, "level_up")]
    assert sorted((change.ozg_id, change.kind) for change in changes.down) == [
        (BIBLIOTHEK, "no_longer_online"),
        (NAMENSAENDERUNG, "gone"),
    ]
    assert len(changes.dead) == 1 and DEAD_PORTAL in changes.dead[0].detail


def test_card_of_an_earlier_run_has_no_previous(state: tuple[sessionmaker[Session], list[int]]) -> None:
    card = _card(state, BOTHEL, run_id=state[1][0])
    assert card.changes.previous_run_id is None
    # In run 1 only Fintel was comparable, and offered Vaterschaft online: Bothel had it at level 2.
    assert [(gap.ozg_id, gap.offered_by, gap.comparable) for gap in card.gaps] == [(VATERSCHAFT, 1, 1)]
