"""Catalog figures and search, over the loaded catalog."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from catalog.errors import InvalidInputError
from catalog.reference.catalog_queries import matcher_from_session
from catalog.results.catalog import catalog_figures, catalog_search


def test_figures(loaded_sessions: sessionmaker[Session]) -> None:
    with loaded_sessions() as session:
        figures = catalog_figures(session)
    assert figures.services == 557 == sum(figures.per_themenfeld.values())
    assert figures.synonyms > 0 and figures.relevance_marks > 0


def test_search_names_the_best_service_first(loaded_sessions: sessionmaker[Session]) -> None:
    with loaded_sessions() as session:
        hits = catalog_search(session, matcher_from_session(session), "Hund anmelden", 3)
    assert hits[0].ozg_id == "10160" and hits[0].name and hits[0].themenfeld
    assert len(hits) <= 3 and hits[0].confidence >= hits[-1].confidence


def test_search_text_of_one_letter_is_invalid(loaded_sessions: sessionmaker[Session]) -> None:
    with loaded_sessions() as session, pytest.raises(InvalidInputError, match="too short"):
        catalog_search(session, matcher_from_session(session), "  x ", 5)
