"""The diff document of two runs, and the refusal to diff a run that has not finished."""

from __future__ import annotations

from dataclasses import fields

import pytest
from sqlalchemy.orm import Session, sessionmaker

from catalog.errors import ConflictError, NotFoundError
from catalog.results.history import Change
from catalog.results.run_diff import run_diff
from tests.catalog.results.builders import BOTHEL, BOTHEL_PORTAL, Site, bothel, platforms, store_run


def _without_online_link() -> Site:
    site = bothel()
    site.evidence = [item for item in site.evidence if item.url != BOTHEL_PORTAL]
    return site


def test_diff_document_of_two_finished_runs(loaded_sessions: sessionmaker[Session]) -> None:
    before = store_run(loaded_sessions, [_without_online_link()])
    after = store_run(loaded_sessions, [bothel()])
    with loaded_sessions() as session:
        document = run_diff(session, before.run_id, after.run_id, platforms())
        other_municipality = run_diff(session, before.run_id, after.run_id, platforms(), ["033570000000"])
    changes = {(change.ars, change.ozg_id, change.kind) for change in document.changes}
    assert (BOTHEL, "10160", "newly_online") in changes
    assert other_municipality.changes == []
    shown = document.model_dump(mode="json")
    assert list(shown) == ["run_a", "run_b", "changes"]
    assert (shown["run_a"], shown["run_b"]) == (before.run_id, after.run_id)
    assert list(shown["changes"][0]) == [field.name for field in fields(Change)]


def test_a_run_still_running_is_not_diffed(loaded_sessions: sessionmaker[Session]) -> None:
    finished = store_run(loaded_sessions, [bothel()])
    running = store_run(loaded_sessions, [Site("https://www.offen.de/", outcome=None)], kind="statewide")
    with loaded_sessions() as session, pytest.raises(ConflictError, match=f"run --resume {running.run_id}"):
        run_diff(session, finished.run_id, running.run_id, platforms())


def test_diff_with_an_unknown_run_is_not_found(loaded_sessions: sessionmaker[Session]) -> None:
    finished = store_run(loaded_sessions, [bothel()])
    with loaded_sessions() as session, pytest.raises(NotFoundError, match="no run with id 999999"):
        run_diff(session, finished.run_id, 999999, platforms())
