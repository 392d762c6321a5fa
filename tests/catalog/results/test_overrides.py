"""overrides_by_service: the decided services of many stored screenings in one query (documents and exports)."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from catalog.database.engine import transaction
from catalog.results.overrides import overrides_by_service
from catalog.review.decisions import DecisionRequest, record_decision
from catalog.vocabulary import DecisionKind
from tests.catalog.results.builders import BOTHEL, bothel, store_run


def test_every_decided_service_of_the_screenings_asked_for(loaded_sessions: sessionmaker[Session]) -> None:
    before = store_run(loaded_sessions, [bothel()]).screening_ids[0]
    with transaction(loaded_sessions) as session:
        request = DecisionRequest(BOTHEL, "10559", DecisionKind.SET_LEVEL, "Online-Antrag", "A. Prüfer", level=3)
        decision_id = record_decision(session, request).id
    after = [store_run(loaded_sessions, [bothel()]).screening_ids[0] for _ in range(2)]  # two later runs
    with loaded_sessions() as session:
        found = overrides_by_service(session, [before, *after])
    assert sorted(found) == [(after[0], "10559"), (after[1], "10559")]  # the screening before the decision has none
    override = found[(after[0], "10559")]
    assert (override.decision_id, override.kind, override.automatic_maturity) == (decision_id, "set_level", 2)
    assert override.reason == "Online-Antrag" and override.author == "A. Prüfer"
