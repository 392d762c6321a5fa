"""Registered versus seen for Bothel: a hand-made dashboard list and a statewide list against a stored screening."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from catalog.database.engine import transaction
from catalog.errors import NotFoundError
from catalog.reference.registered_import import ImportOptions, import_registered
from catalog.results.registered import compare_municipality, compare_run, is_registered_online, registered_urls
from catalog.review.decisions import DecisionRequest, record_decision
from catalog.screenings.rescoring import apply_review
from catalog.settings import Settings
from catalog.vocabulary import DecisionKind
from tests.catalog.results.builders import BOTHEL, bothel, store_run

FILES = Path(__file__).parents[1] / "reference" / "files" / "registered"
DASHBOARD = FILES / "dashboard_bothel_2026-11-30.csv"
WSP = FILES / "nrw_wsp_excerpt_2024-11-11.csv"
WOHNGELD_URL = "https://www.sg-heideland.de/buergerservice/online-dienste.html"
OSTERFEUER_URL = "http://formulare.unbekannt-kommunal.de/osterfeuer"


def load(sessions: sessionmaker[Session], path: Path, **options: str) -> None:
    with transaction(sessions) as session:
        import_registered(session, path, ImportOptions(**options))


def test_registered_and_seen_disagree_both_ways(loaded_sessions: sessionmaker[Session]) -> None:
    stored = store_run(loaded_sessions, [bothel()])
    load(loaded_sessions, DASHBOARD)
    with loaded_sessions() as session:
        found = compare_municipality(session, BOTHEL, {OSTERFEUER_URL: "dns_error", WOHNGELD_URL: ""})
    assert (found.screening_id, found.run_id) == (stored.screening_ids[0], stored.run_id)
    assert found.registered_online == 4  # "in Planung" is not online; the Landkreis row is not Bothel's
    assert [(e.ozg_id, e.found_maturity) for e in found.registered_not_found] == [
        ("10092", 0),
        ("10559", 2),  # a form to download is not online
        ("10147", 0),
    ]
    assert [(e.ozg_id, e.maturity) for e in found.found_not_registered] == [("10160", 3)]
    assert [(e.leika_key, e.url_status) for e in found.dead_urls] == [("99063010006000", "dns_error")]
    assert [e.leika_key for e in found.not_in_catalog] == ["77000000008063"]
    assert [(ref.shape, ref.source) for ref in found.imports] == [("dashboard", DASHBOARD.name)]


def test_a_statewide_list_counts_only_what_the_municipality_provides(loaded_sessions: sessionmaker[Session]) -> None:
    store_run(loaded_sessions, [bothel()])
    load(loaded_sessions, WSP, state="NI")  # the NRW list, as if it held for Niedersachsen
    with loaded_sessions() as session:
        found = compare_municipality(session, BOTHEL, {})
    # Versteigerer (IHK) and Approbation (Bezirksregierung) are not a Samtgemeinde's services.
    assert found.not_this_authority == 2
    assert sorted(e.ozg_id or e.leika_key for e in found.registered_not_found + found.not_in_catalog) == [
        "10147", "10294", "10346", "77000000008063", "99050212006000"
    ]  # fmt: skip
    assert found.dead_urls == []


def test_the_latest_import_of_a_source_replaces_the_older(loaded_sessions: sessionmaker[Session]) -> None:
    store_run(loaded_sessions, [bothel()])
    load(loaded_sessions, WSP, state="NI", source="WSP")
    load(loaded_sessions, DASHBOARD, source="WSP")  # the same source name again: only the newer list counts
    with loaded_sessions() as session:
        found = compare_municipality(session, BOTHEL, {})
        urls = registered_urls(session, [BOTHEL])
    assert found.not_this_authority == 0 and found.registered_online == 4
    assert OSTERFEUER_URL in urls and len(urls) == len(set(urls)) == 4


def test_an_override_counts_in_the_comparison(loaded_sessions: sessionmaker[Session]) -> None:
    store_run(loaded_sessions, [bothel()])
    load(loaded_sessions, DASHBOARD)
    request = DecisionRequest(BOTHEL, "10092", DecisionKind.SET_LEVEL, "Wohngeld-Antrag online", "A. Prüfer", level=3)
    with transaction(loaded_sessions) as session:
        record_decision(session, request)
        apply_review(session, BOTHEL, Settings())
    with loaded_sessions() as session:
        found = compare_municipality(session, BOTHEL, {})
    assert "10092" not in {e.ozg_id for e in found.registered_not_found}


def test_a_run_compares_each_screened_municipality(loaded_sessions: sessionmaker[Session]) -> None:
    stored = store_run(loaded_sessions, [bothel()])
    load(loaded_sessions, DASHBOARD)
    with loaded_sessions() as session:
        [found] = compare_run(session, stored.run_id, {})
        assert found.ars == BOTHEL
        with pytest.raises(NotFoundError, match="no run with id 999"):
            compare_run(session, 999, {})


@pytest.mark.parametrize(
    ("status", "online"),
    [
        ("online", True),
        ("Online verfügbar", True),
        ("Ja", True),
        ("nicht online", False),
        ("in Planung", False),
        ("Jahresplan", False),
    ],
)
def test_status_words(status: str, online: bool) -> None:
    assert is_registered_online(status) is online
