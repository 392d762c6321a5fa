"""The report card's review marks and its section "Registriert vs. auffindbar", on the report state."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from catalog.results.report_card import report_card
from catalog.results.report_documents import ReportCard
from tests.catalog.results.builders import platforms
from tests.support.report_state import (
    BIBLIOTHEK,
    BOTHEL,
    BROCKEL,
    CONFIRM_VATERSCHAFT,
    VATERSCHAFT,
    add_review,
    build_state,
)


@pytest.fixture
def sessions(loaded_sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    add_review(loaded_sessions)
    build_state(loaded_sessions)
    return loaded_sessions


def _card(sessions: sessionmaker[Session], key: str, run_id: int | None = None) -> ReportCard:
    with sessions() as session:
        return report_card(session, key, platforms(), run_id)


def test_a_confirmed_service_is_marked_with_who_why_and_the_automatic_level(sessions: sessionmaker[Session]) -> None:
    services = {service.ozg_id: service for service in _card(sessions, BOTHEL).services}
    override = services[VATERSCHAFT].override
    assert override is not None and (override.kind, override.author) == ("confirm", "A. Prüfer")
    assert (override.reason, override.automatic_maturity, services[VATERSCHAFT].level) == (
        CONFIRM_VATERSCHAFT.reason,
        3,
        3,
    )
    assert services[BIBLIOTHEK].override is None
    earlier = {service.ozg_id: service for service in _card(sessions, BOTHEL, run_id=1).services}
    assert earlier[VATERSCHAFT].override is not None  # decisions last: run 1 was stored after the decision too
    assert earlier[VATERSCHAFT].override.automatic_maturity == 2


def test_registered_versus_seen_section(sessions: sessionmaker[Session]) -> None:
    seen = _card(sessions, BOTHEL).registered
    assert seen is not None and seen.sources == ["OZG-Dashboard"]
    # The hand-made list: Wohngeld (10092), 10559 (by its LeiKa key), Osterfeuer (10147) and a key the catalog
    # lacks are registered online for Bothel; Sperrzeit is only planned, Hundesteuer is the Landkreis's row.
    assert (seen.registered_online, seen.not_in_catalog) == (4, 1)
    assert [(gap.ozg_id, gap.level) for gap in seen.registered_not_found] == [("10092", 0), ("10559", 0), ("10147", 0)]
    assert seen.registered_not_found[0].url == "https://www.sg-heideland.de/buergerservice/online-dienste.html"
    # Online on Bothel's website in run 2: Vaterschaftsanerkennung (3); registered nowhere.
    assert [(gap.ozg_id, gap.level) for gap in seen.found_not_registered] == [(VATERSCHAFT, 3)]


def test_no_section_where_no_list_covers_the_municipality(sessions: sessionmaker[Session]) -> None:
    assert _card(sessions, BROCKEL).registered is None
