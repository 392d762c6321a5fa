"""Official websites from a reference list (Wikidata's official website): importer to the project's file, loader."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalog.csvfiles import read_rows, write_rows
from catalog.database.models import Municipality
from catalog.database.sync import LoadCounts
from catalog.reference.registry import HAND_SET_SOURCES, set_website
from catalog.reference.registry_import import REGISTRY_COLUMNS
from catalog.urls import normalise_website

SOURCE_COLUMNS = ["key", "key_type", "name", "website"]
REFERENCE_COLUMNS = ["ars", "name", "website", "source"]
REFERENCE_SOURCE = "reference"
REFERENCE_CONFIDENCE = 0.95
# The list names each unit by the key its level uses: a Gemeinde by its AGS, a Samtgemeinde by the first nine
# digits of its ARS (the Gemeindeverband key), a Landkreis by its five-digit key.
KEY_TYPES = ("ags8", "gemeindeverband_ars9", "kreis_ags5")


def import_reference_websites(source: Path, registry_file: Path, target: Path, provenance: str) -> dict[str, int]:
    """Write the project's reference websites file (ars, name, website, source); returns written and unmatched."""
    ars_by_key = _ars_by_key(registry_file)
    rows, unmatched = [], 0
    for row in read_rows(source, SOURCE_COLUMNS):
        ars = ars_by_key.get((row["key_type"], row["key"]))
        if ars is None or not row["website"]:
            unmatched += 1
            continue
        rows.append({"ars": ars, "name": row["name"], "website": row["website"], "source": provenance})
    rows.sort(key=lambda row: row["ars"])
    write_rows(target, REFERENCE_COLUMNS, rows)
    return {"written": len(rows), "unmatched": unmatched}


def _ars_by_key(registry_file: Path) -> dict[tuple[str, str], str]:
    """(key type, key) -> ARS for every unit of the registry file."""
    keys: dict[tuple[str, str], str] = {}
    for row in read_rows(registry_file, REGISTRY_COLUMNS):
        ars = row["ars"]
        if row["type"] in ("landkreis", "kreisfreie_stadt"):
            keys[("kreis_ags5", ars[:5])] = ars
        if row["type"] == "samtgemeinde":
            keys[("gemeindeverband_ars9", ars[:9])] = ars
        if row["ags"]:
            keys[("ags8", row["ags"])] = ars
    return keys


def load_reference_websites(session: Session, reference_file: Path) -> LoadCounts:
    """Set reference websites; a URL set by hand or imported is never replaced (idempotent)."""
    counts = LoadCounts()
    for row in read_rows(reference_file, REFERENCE_COLUMNS):
        municipality = session.get(Municipality, row["ars"])
        if municipality is None or municipality.website_source in HAND_SET_SOURCES:
            counts.unchanged += municipality is not None
            continue
        before = (municipality.website, municipality.website_source)
        if before == (normalise_website(row["website"]), REFERENCE_SOURCE):
            counts.unchanged += 1
            continue
        set_website(session, municipality, row["website"], source=REFERENCE_SOURCE, confidence=REFERENCE_CONFIDENCE)
        if before[0] is None:
            counts.inserted += 1
        else:
            counts.updated += 1
    return counts


def website_sources(session: Session) -> dict[str, int]:
    """Units (not gemeindefreie Gebiete) by where their website came from; "none" for those without one."""
    query = (
        select(Municipality.website_source, func.count())
        .where(Municipality.type != "gemeindefreies_gebiet")
        .group_by(Municipality.website_source)
    )
    return {source or "none": count for source, count in session.execute(query)}
