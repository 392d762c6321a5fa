"""The run list, one run's overview and its sites, counted from stored screenings."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from catalog.errors import NotFoundError
from catalog.results.runs import list_runs, run_overview, run_screenings
from catalog.screenings.store import CrawlOutcome
from catalog.vocabulary import RunKind
from tests.catalog.results.builders import BOTHEL_SITE, Site, bothel, store_run

UNREACHABLE = Site(
    "https://www.unerreichbar.de/",
    "Unerreichbar",
    outcome=CrawlOutcome(status="dns_error", errors=[{"url": "https://www.unerreichbar.de/", "status": "dns_error"}]),
)
OPEN = Site("https://www.offen.de/", "Offen", outcome=None)


def test_run_list_counts_sites_pages_and_services(loaded_sessions: sessionmaker[Session]) -> None:
    older = store_run(loaded_sessions, [bothel()])
    newest = store_run(loaded_sessions, [bothel(), UNREACHABLE, OPEN], kind="statewide")
    with loaded_sessions() as session:
        rows = list_runs(session, 10)
        only_newest = list_runs(session, 1)
    assert [row.id for row in rows] == [newest.run_id, older.run_id]
    assert [row.id for row in only_newest] == [newest.run_id]
    row = rows[0]
    assert (row.kind, row.status, row.finished_at) == (RunKind.STATEWIDE, "running", None)
    assert (row.municipalities, row.done, row.failed, row.pages, row.services) == (3, 2, 1, 2, 2)
    assert rows[1].status == "ok" and rows[1].kind == RunKind.CHECK and rows[1].finished_at is not None


def test_run_overview_lists_sites_by_name_with_status_counts(loaded_sessions: sessionmaker[Session]) -> None:
    stored = store_run(loaded_sessions, [UNREACHABLE, OPEN, bothel()], kind="statewide")
    with loaded_sessions() as session:
        overview = run_overview(session, stored.run_id)
    assert [row.name for row in overview.screenings] == ["Bothel", "Offen", "Unerreichbar"]
    assert overview.status_counts == {"ok": 1, "running": 1, "dns_error": 1}
    assert overview.screened == 1
    bothel_row, open_row, unreachable_row = overview.screenings
    assert (bothel_row.url, bothel_row.services_found, bothel_row.online_services) == (BOTHEL_SITE, 2, 1)
    assert bothel_row.coverage is not None and bothel_row.coverage.expected > 20 and bothel_row.coverage.online == 1
    assert open_row.coverage is None and unreachable_row.services_found == 0


def test_run_screenings_of_an_unknown_run_are_not_found(loaded_sessions: sessionmaker[Session]) -> None:
    with loaded_sessions() as session:
        with pytest.raises(NotFoundError, match="no run with id 999999"):
            run_screenings(session, 999999)
        with pytest.raises(NotFoundError, match="ozg-screen runs"):
            run_overview(session, 999999)
