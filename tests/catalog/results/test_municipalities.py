"""Municipalities from the registry, and one municipality with its latest screening."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from catalog.errors import InvalidInputError, NotFoundError
from catalog.results.municipalities import municipality_detail, municipality_rows
from tests.catalog.results.builders import BOTHEL, bothel, store_run


def test_rows_match_every_filter(loaded_sessions: sessionmaker[Session]) -> None:
    with loaded_sessions() as session:
        rows = municipality_rows(session, types=["samtgemeinde"], kreis="Rotenburg")
        named = municipality_rows(session, name="brockel", state="ni")
    assert len(rows) == 8 and {row.type for row in rows} == {"samtgemeinde"}
    assert [row.ars for row in rows] == sorted(row.ars for row in rows)
    assert all(row.kreis_ars == "033570000000" for row in rows)
    assert [(row.ars, row.ags, row.samtgemeinde_ars) for row in named] == [("033575401009", "03357009", BOTHEL)]


def test_unknown_type_is_invalid(loaded_sessions: sessionmaker[Session]) -> None:
    with loaded_sessions() as session, pytest.raises(InvalidInputError, match="unknown type 'dorf'"):
        municipality_rows(session, types=["dorf"])


def test_detail_carries_the_latest_screening(loaded_sessions: sessionmaker[Session]) -> None:
    stored = store_run(loaded_sessions, [bothel()])
    with loaded_sessions() as session:
        screened = municipality_detail(session, BOTHEL)
        member = municipality_detail(session, "03357009")
    assert screened.name == "Bothel" and screened.type == "samtgemeinde"
    assert screened.latest_screening is not None and screened.latest_screening.run.id == stored.run_id
    assert member.ars == "033575401009" and member.latest_screening is None


@pytest.mark.parametrize(("key", "error"), [("abc", InvalidInputError), ("12345", NotFoundError)])
def test_bad_keys(loaded_sessions: sessionmaker[Session], key: str, error: type[Exception]) -> None:
    with loaded_sessions() as session, pytest.raises(error):
        municipality_detail(session, key)
