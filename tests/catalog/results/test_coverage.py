"""Coverage: expected services of a municipality's type, and what a Mitgliedsgemeinde inherits."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from catalog.database.models import Screening
from catalog.results.coverage import coverage_of
from catalog.screenings.store import CrawlOutcome
from tests.catalog.results.builders import BOTHEL_SITE, Site, bothel, store_run

BROCKEL = Site("https://www.brockel.de/", "Brockel", "033575401009", outcome=CrawlOutcome(status="ok"))


def _coverage(sessions: sessionmaker[Session], screening_id: int) -> tuple[int, int] | None:
    with sessions() as session:
        coverage = coverage_of(session, session.get_one(Screening, screening_id))
    return None if coverage is None else (coverage.expected, coverage.online)


def test_member_inherits_what_its_samtgemeinde_offers_in_the_same_run(loaded_sessions: sessionmaker[Session]) -> None:
    together = store_run(loaded_sessions, [bothel(), BROCKEL])
    alone = store_run(loaded_sessions, [BROCKEL])
    samtgemeinde = _coverage(loaded_sessions, together.screening_ids[0])
    member = _coverage(loaded_sessions, together.screening_ids[1])
    member_alone = _coverage(loaded_sessions, alone.screening_ids[0])
    assert samtgemeinde is not None and samtgemeinde[1] == 1
    assert member is not None and member_alone is not None
    assert member[0] == member_alone[0] >= samtgemeinde[0]
    assert (member[1], member_alone[1]) == (1, 0)


def test_site_without_registry_entry_has_no_coverage(loaded_sessions: sessionmaker[Session]) -> None:
    stored = store_run(loaded_sessions, [Site(BOTHEL_SITE, outcome=CrawlOutcome(status="ok"))])
    assert _coverage(loaded_sessions, stored.screening_ids[0]) is None
