"""Coverage: the share of the services a municipality is expected to provide that it offers online (level 3+)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.database.models import Municipality, Relevance, Result, Screening
from catalog.results.documents import Coverage
from catalog.vocabulary import is_online

TYPE_ROLES = {
    "landkreis": ("landkreis",),
    "kreisfreie_stadt": ("kreisfreie_stadt",),
    "stadt": ("stadt",),
    "gemeinde": ("gemeinde",),
    "samtgemeinde": ("samtgemeinde",),
    # A member's citizens are served by their Samtgemeinde for most services.
    "mitgliedsgemeinde": ("mitgliedsgemeinde", "samtgemeinde"),
}


def expected_services(session: Session, roles: tuple[str, ...]) -> set[str]:
    rows = session.scalars(select(Relevance.ozg_id).where(Relevance.municipality_type.in_(roles)))
    return set(rows)


def levels_of(session: Session, screening_id: int) -> dict[str, int]:
    rows = session.execute(select(Result.ozg_id, Result.maturity).where(Result.screening_id == screening_id))
    return {ozg_id: maturity for ozg_id, maturity in rows}


def coverage_of(session: Session, screening: Screening) -> Coverage | None:
    """None for a site without registry entry (its type, hence its expected services, is unknown)."""
    municipality = screening.municipality
    if municipality is None or municipality.type not in TYPE_ROLES:
        return None
    expected = expected_services(session, TYPE_ROLES[municipality.type])
    levels = levels_of(session, screening.id)
    for ozg_id, level in _samtgemeinde_levels(session, screening, municipality).items():
        levels[ozg_id] = max(level, levels.get(ozg_id, 0))
    return coverage_from(expected, levels)


def coverage_from(expected: set[str], levels: dict[str, int]) -> Coverage:
    """Coverage of the expected services, given every level found for the municipality (its own and inherited)."""
    online = {ozg_id for ozg_id, level in levels.items() if is_online(level)}
    return Coverage(expected=len(expected), online=len(online & expected), found_expected=len(expected & set(levels)))


def _samtgemeinde_levels(session: Session, screening: Screening, municipality: Municipality) -> dict[str, int]:
    """A member inherits what its Samtgemeinde's site offers, when the same run screened it."""
    if municipality.type != "mitgliedsgemeinde" or municipality.samtgemeinde_ars is None:
        return {}
    parent = session.scalar(
        select(Screening).where(
            Screening.run_id == screening.run_id, Screening.municipality_ars == municipality.samtgemeinde_ars
        )
    )
    return levels_of(session, parent.id) if parent is not None else {}
