"""The OZG catalog: how much of it is loaded, and which services a search text names."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from catalog.errors import InvalidInputError
from catalog.reference.catalog_queries import catalog_summary, service_rows
from catalog.results.documents import CatalogFigures, CatalogHit

if TYPE_CHECKING:
    from catalog.matching.matcher import Matcher

SHORTEST_SEARCH = 2


def catalog_figures(session: Session) -> CatalogFigures:
    """OZG-Leistungen per Themenfeld, LeiKa keys, synonyms and relevance marks."""
    return CatalogFigures(**asdict(catalog_summary(session)))


def catalog_search(session: Session, matcher: Matcher, text: str, limit: int) -> list[CatalogHit]:
    """The OZG-Leistungen that best match a text such as "Hund anmelden", best first."""
    if len(text.strip()) < SHORTEST_SEARCH:
        raise InvalidInputError(f"search text {text!r} is too short: give at least {SHORTEST_SEARCH} letters")
    matches = matcher.match(text, limit=limit)
    names = service_rows(session, [match.ozg_id for match in matches])
    return [
        CatalogHit(
            ozg_id=match.ozg_id,
            name=names[match.ozg_id][0],
            themenfeld=names[match.ozg_id][1],
            confidence=match.confidence,
            phrase=match.phrase,
        )
        for match in matches
        if match.ozg_id in names
    ]
