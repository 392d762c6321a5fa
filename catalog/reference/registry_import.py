"""Importer: turns the Destatis Gemeindeverzeichnis extract for a state into the project's registry file."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from catalog.csvfiles import read_rows, write_rows
from catalog.errors import UserError

REGISTRY_COLUMNS = [
    "ars",
    "ags",
    "name",
    "type",
    "designation",
    "state",
    "kreis_ars",
    "samtgemeinde_ars",
    "population",
    "latitude",
    "longitude",
]
SOURCE_COLUMNS = [
    "ebene",
    "ars",
    "ags",
    "name",
    "typ",
    "kreis_ags",
    "verband_ars9",
    "verband_typ",
    "bevoelkerung",
    "laengengrad",
    "breitengrad",
]
STATE_CODES = {
    "01": "SH",
    "02": "HH",
    "03": "NI",
    "04": "HB",
    "05": "NW",
    "06": "HE",
    "07": "RP",
    "08": "BW",
    "09": "BY",
    "10": "SL",
    "11": "BE",
    "12": "BB",
    "13": "MV",
    "14": "SN",
    "15": "ST",
    "16": "TH",
}


def import_registry(source: Path, target: Path) -> dict[str, int]:
    """Write one row per Landkreis, kreisfreie Stadt, Samtgemeinde and Gemeinde; returns counts per type."""
    rows = read_rows(source, SOURCE_COLUMNS)
    units = _place_by_members(_merge_kreisfreie_staedte([_unit(row) for row in rows]))
    ordered = sorted(units, key=lambda unit: unit["ars"])
    write_rows(target, REGISTRY_COLUMNS, ordered)
    counts: dict[str, int] = {}
    for unit in units:
        counts[unit["type"]] = counts.get(unit["type"], 0) + 1
    return counts


def _unit(row: dict[str, str]) -> dict[str, str]:
    ars = row["ars"]
    if len(ars) != 12 or not ars.isdigit():
        raise UserError(f"registry source: ARS {ars!r} of {row['name']!r} is not 12 digits")
    kind, designation = _type_of(row)
    in_samtgemeinde = row["verband_typ"] == "Samtgemeinde" and row["ebene"] == "gemeinde"
    return {
        "ars": ars,
        "ags": row["ags"],
        "name": row["name"],
        "type": kind,
        "designation": designation,
        "state": STATE_CODES.get(ars[:2], ars[:2]),
        "kreis_ars": row["kreis_ags"].ljust(12, "0") if row["ebene"] != "kreis" and kind != "kreisfreie_stadt" else "",
        "samtgemeinde_ars": row["verband_ars9"] + "000" if in_samtgemeinde else "",
        "population": row["bevoelkerung"],
        # The register gives coordinates for Gemeinden only; Kreise and Samtgemeinden are placed later.
        "latitude": row["breitengrad"],
        "longitude": row["laengengrad"],
    }


def _type_of(row: dict[str, str]) -> tuple[str, str]:
    """(type, designation): the role that decides which services a unit provides, and its official kind."""
    level, typ = row["ebene"], row["typ"]
    if level == "kreis":
        return ("kreisfreie_stadt", "Kreisfreie Stadt") if typ == "Kreisfreie Stadt" else ("landkreis", typ)
    if level == "gemeindeverband":
        return "samtgemeinde", "Samtgemeinde"
    designation = "Stadt" if typ in ("Stadt", "Kreisfreie Stadt") else typ.replace(" (kreisangehörig)", "")
    if typ.startswith("Gemeindefreies Gebiet"):
        return "gemeindefreies_gebiet", typ
    if typ == "Kreisfreie Stadt":
        return "kreisfreie_stadt", "Kreisfreie Stadt"
    if row["verband_typ"] == "Samtgemeinde":
        return "mitgliedsgemeinde", designation
    return ("stadt" if designation == "Stadt" else "gemeinde"), designation


def _merge_kreisfreie_staedte(units: list[dict[str, str]]) -> list[dict[str, str]]:
    """A kreisfreie Stadt is listed as Kreis and as Gemeinde under one ARS: keep one row, 8-digit AGS."""
    by_ars: dict[str, dict[str, str]] = {}
    for unit in units:
        earlier = by_ars.get(unit["ars"])
        if earlier is None:
            by_ars[unit["ars"]] = unit
        elif unit["type"] == earlier["type"] == "kreisfreie_stadt":
            earlier["ags"] = max(earlier["ags"], unit["ags"], key=len)
            earlier["latitude"] = earlier["latitude"] or unit["latitude"]
            earlier["longitude"] = earlier["longitude"] or unit["longitude"]
        else:
            raise UserError(f"registry source: ARS {unit['ars']} appears twice ({earlier['name']}, {unit['name']})")
    return list(by_ars.values())


def _place_by_members(units: list[dict[str, str]]) -> list[dict[str, str]]:
    """A Landkreis or Samtgemeinde without coordinates sits at the mean position of its Gemeinden."""
    members: dict[str, list[dict[str, str]]] = {}
    for unit in units:
        if unit["latitude"]:
            for parent in (unit["kreis_ars"], unit["samtgemeinde_ars"]):
                if parent:
                    members.setdefault(parent, []).append(unit)
    for unit in units:
        placed = members.get(unit["ars"], [])
        if not unit["latitude"] and placed:
            unit["latitude"] = _mean_degrees(member["latitude"] for member in placed)
            unit["longitude"] = _mean_degrees(member["longitude"] for member in placed)
    return units


def _mean_degrees(values: Iterable[str]) -> str:
    numbers = [float(value) for value in values]
    return f"{sum(numbers) / len(numbers):.6f}"
