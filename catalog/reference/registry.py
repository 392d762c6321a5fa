"""The municipality registry in the database: loading, lookup by ARS/AGS, listing and websites."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from catalog.csvfiles import read_rows, write_rows
from catalog.database.models import Municipality
from catalog.database.sync import LoadCounts, sync_rows
from catalog.errors import InvalidInputError, NotFoundError, UserError
from catalog.reference.registry_import import REGISTRY_COLUMNS
from catalog.urls import normalise_website

MUNICIPALITY_TYPES = (
    "landkreis",
    "kreisfreie_stadt",
    "samtgemeinde",
    "stadt",
    "gemeinde",
    "mitgliedsgemeinde",
    "gemeindefreies_gebiet",
)
WEBSITE_COLUMNS = ["ars", "name", "website", "source", "confidence"]
HAND_SET_SOURCES = ("manual", "import")


def load_registry(session: Session, registry_file: Path) -> LoadCounts:
    """Upsert the registry rows; websites are not touched (they have their own file and commands)."""
    rows = read_rows(registry_file, REGISTRY_COLUMNS)
    parents_first = sorted(rows, key=lambda row: (row["kreis_ars"] != "", row["samtgemeinde_ars"] != ""))
    return sync_rows(session, Municipality, ["ars"], (_registry_row(row) for row in parents_first))


def _registry_row(row: dict[str, str]) -> dict[str, object]:
    if row["type"] not in MUNICIPALITY_TYPES:
        raise UserError(f"registry file: unknown type {row['type']!r} for ARS {row['ars']}")
    return {
        "ars": row["ars"],
        "ags": row["ags"] or None,
        "name": row["name"],
        "type": row["type"],
        "designation": row["designation"],
        "state": row["state"],
        "kreis_ars": row["kreis_ars"] or None,
        "samtgemeinde_ars": row["samtgemeinde_ars"] or None,
        "population": int(row["population"]) if row["population"] else None,
    }


def find_municipality(session: Session, key: str) -> Municipality:
    """Look up by ARS (12 digits), AGS (8), Gemeindeverband key (9) or Kreis key (5)."""
    key = key.strip()
    if not key.isdigit() or len(key) not in (5, 8, 9, 12):
        raise InvalidInputError(f"{key!r} is not an ARS (12 digits) or AGS (8 digits, or 5 for a Kreis)")
    if len(key) == 8:
        found = session.scalar(select(Municipality).where(Municipality.ags == key))
    else:
        found = session.get(Municipality, key.ljust(12, "0"))
    if found is None:
        raise NotFoundError(
            f"no municipality with key {key} in the registry (loaded? `ozg-screen municipalities load`)"
        )
    return found


def list_municipalities(
    session: Session,
    *,
    types: Sequence[str] = (),
    kreis: str = "",
    state: str = "",
    name: str = "",
    with_website: bool | None = None,
) -> list[Municipality]:
    """Municipalities matching every given filter; `kreis` is a Kreis name part or its 5-digit key."""
    query = select(Municipality).order_by(Municipality.ars)
    unknown = [kind for kind in types if kind not in MUNICIPALITY_TYPES]
    if unknown:
        raise InvalidInputError(f"unknown type {unknown[0]!r}; choose from {', '.join(MUNICIPALITY_TYPES)}")
    if types:
        query = query.where(Municipality.type.in_(types))
    if state:
        query = query.where(Municipality.state == state.upper())
    if name:
        query = query.where(func.lower(Municipality.name).contains(name.lower()))
    if kreis:
        query = query.where(Municipality.ars.startswith(_kreis_prefix(session, kreis)))
    if with_website is not None:
        query = query.where(Municipality.website.is_not(None) if with_website else Municipality.website.is_(None))
    return list(session.scalars(query))


def kreis_prefix(session: Session, kreis: str) -> str:
    """The 5-digit key of the one Landkreis or kreisfreie Stadt named like `kreis` (or given by its key)."""
    return _kreis_prefix(session, kreis)


def _kreis_prefix(session: Session, kreis: str) -> str:
    if kreis.isdigit() and len(kreis) == 5:
        return kreis
    kreise = aliased(Municipality)
    matches = list(
        session.scalars(
            select(kreise).where(
                kreise.type.in_(("landkreis", "kreisfreie_stadt")),
                func.lower(kreise.name).contains(kreis.lower()),
            )
        )
    )
    if not matches:
        raise InvalidInputError(f"no Landkreis or kreisfreie Stadt named like {kreis!r}")
    if len(matches) > 1:
        names = ", ".join(match.name for match in matches)
        raise InvalidInputError(f"{kreis!r} fits several Kreise ({names}); give more of the name or the 5-digit key")
    return matches[0].ars[:5]


def set_website(
    session: Session,
    municipality: Municipality,
    url: str,
    *,
    source: str = "manual",
    confidence: float | None = None,
) -> str:
    """Store a website; returns the normalised URL."""
    municipality.website = normalise_website(url)
    municipality.website_source = source
    municipality.website_confidence = confidence if confidence is not None else 1.0
    municipality.website_checked_at = datetime.now(UTC)
    return municipality.website


def import_websites(session: Session, csv_file: Path) -> LoadCounts:
    """Set websites from a CSV (ars, website[, source, confidence]); an empty website clears it."""
    counts = LoadCounts()
    for row in read_rows(csv_file, ["ars", "website"]):
        municipality = find_municipality(session, row["ars"])
        before = municipality.website
        if row["website"]:
            set_website(
                session,
                municipality,
                row["website"],
                source=row.get("source") or "import",
                confidence=float(row["confidence"]) if row.get("confidence") else None,
            )
        else:
            municipality.website = municipality.website_source = municipality.website_confidence = None
        if before is None and municipality.website:
            counts.inserted += 1
        elif before != municipality.website:
            counts.updated += 1
        else:
            counts.unchanged += 1
    return counts


def export_websites(session: Session, csv_file: Path, *, include_missing: bool = True) -> int:
    rows = (
        {
            "ars": item.ars,
            "name": item.name,
            "website": item.website or "",
            "source": item.website_source or "",
            "confidence": _confidence_text(item.website_confidence),
        }
        for item in list_municipalities(session, with_website=None if include_missing else True)
        if item.type != "gemeindefreies_gebiet"
    )
    return write_rows(csv_file, WEBSITE_COLUMNS, rows)


def _confidence_text(confidence: float | None) -> str:
    return "" if confidence is None else f"{confidence:.2f}"


def registry_counts(session: Session) -> dict[str, int]:
    query = select(Municipality.type, func.count()).group_by(Municipality.type)
    return {kind: count for kind, count in session.execute(query)}


def website_count(session: Session) -> int:
    return session.scalar(select(func.count()).where(Municipality.website.is_not(None))) or 0
