"""Every screened municipality of a run with the services its citizens get online and its coverage, in one query."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, select, union
from sqlalchemy.orm import Session, aliased

from catalog.database.models import Municipality, Result, Screening
from catalog.results.coverage import TYPE_ROLES, expected_services
from catalog.vocabulary import ONLINE_LEVEL, SCREENED

SIZE_CLASSES = (
    (0, "unter 5.000"),
    (5_000, "5.000 bis 10.000"),
    (10_000, "10.000 bis 20.000"),
    (20_000, "20.000 bis 50.000"),
    (50_000, "50.000 bis 100.000"),
    (100_000, "100.000 und mehr"),
)


def size_class(population: int | None) -> str:
    """The population size class comparisons are made within (Einwohnergrößenklasse)."""
    if population is None:
        return "unbekannt"
    label = SIZE_CLASSES[0][1]
    for floor, name in SIZE_CLASSES:
        if population >= floor:
            label = name
    return label


@dataclass
class ScreenedMunicipality:
    """One screened municipality in one run: registry facts, what its citizens get online, what is expected of it."""

    screening_id: int
    ars: str
    name: str
    type: str
    kreis_ars: str | None
    population: int | None
    latitude: float | None
    longitude: float | None
    online: frozenset[str] = frozenset()
    expected: frozenset[str] = frozenset()

    @property
    def online_expected(self) -> int:
        return len(self.online & self.expected)

    @property
    def share(self) -> float | None:
        return self.online_expected / len(self.expected) if self.expected else None

    @property
    def size_class(self) -> str:
        return size_class(self.population)


def screened_municipalities(session: Session, run_id: int, ars_prefix: str = "") -> list[ScreenedMunicipality]:
    """The run's screened (ok or partial) municipalities with a registry type that has expected services,
    those whose ARS starts with the prefix (a Kreis key) when one is given."""
    rows = session.execute(
        select(Screening.id, Municipality)
        .join(Municipality, Screening.municipality_ars == Municipality.ars)
        .where(
            Screening.run_id == run_id,
            Screening.status.in_([status.value for status in SCREENED]),
            Municipality.type.in_(TYPE_ROLES),
            Municipality.ars.startswith(ars_prefix),
        )
        .order_by(Municipality.ars)
    )
    expected = {kind: frozenset(expected_services(session, roles)) for kind, roles in TYPE_ROLES.items()}
    found = [_screened(screening_id, municipality, expected[municipality.type]) for screening_id, municipality in rows]
    online = online_services(session, run_id, ars_prefix)
    for item in found:
        item.online = frozenset(online.get(item.screening_id, ()))
    return found


def _screened(screening_id: int, municipality: Municipality, expected: frozenset[str]) -> ScreenedMunicipality:
    return ScreenedMunicipality(
        screening_id=screening_id,
        ars=municipality.ars,
        name=municipality.name,
        type=municipality.type,
        kreis_ars=municipality.kreis_ars,
        population=municipality.population,
        latitude=municipality.latitude,
        longitude=municipality.longitude,
        expected=expected,
    )


def online_services(session: Session, run_id: int, ars_prefix: str = "") -> dict[int, set[str]]:
    """Screening id -> the OZG-IDs online (level 3+) on the site itself or, for a Mitgliedsgemeinde, on its
    Samtgemeinde's site in the same run (docs/coverage.md): one query for the whole run."""
    online = Result.maturity >= ONLINE_LEVEL
    own = (
        select(Result.screening_id.label("screening_id"), Result.ozg_id)
        .join(Screening)
        .where(Screening.run_id == run_id, Screening.municipality_ars.startswith(ars_prefix), online)
    )
    member_screening, parent = aliased(Screening), aliased(Screening)
    inherited = (
        select(member_screening.id.label("screening_id"), Result.ozg_id)
        .select_from(member_screening)
        .join(Municipality, member_screening.municipality_ars == Municipality.ars)
        .join(parent, and_(parent.run_id == run_id, parent.municipality_ars == Municipality.samtgemeinde_ars))
        .join(Result, Result.screening_id == parent.id)
        .where(
            member_screening.run_id == run_id,
            Municipality.type == "mitgliedsgemeinde",
            Municipality.ars.startswith(ars_prefix),
            online,
        )
    )
    found: dict[int, set[str]] = {}
    for screening_id, ozg_id in session.execute(union(own, inherited)):
        found.setdefault(screening_id, set()).add(ozg_id)
    return found


def median(values: list[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
