"""Importer: turns an official-style OZG catalog export (KDN CSV layout) into the project's catalog files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from catalog.csvfiles import read_rows, write_rows
from catalog.errors import UserError

LEIKA_KEY = re.compile(r"\d{14}")
OZG_ID = re.compile(r"\d{5}")

SOURCE_FILES = {
    "lebenslagen": "ozg_themenfelder_lebenslagen.csv",
    "leistungen": "ozg_leistungen_kdn.csv",
    "leika": "ozg_leika_leistungen_kdn.csv",
}


@dataclass
class ImportReport:
    themenfelder: int
    lebenslagen: int
    ozg_leistungen: int
    leika_leistungen: int
    leika_skipped: int


def import_catalog(source_dir: Path, catalog_dir: Path) -> ImportReport:
    """Read the three export files in source_dir and write the catalog files into catalog_dir."""
    if not source_dir.is_dir():
        raise UserError(f"catalog source folder not found: {source_dir}")
    situations = read_rows(
        source_dir / SOURCE_FILES["lebenslagen"],
        ["lebenslage_id", "lebenslage", "themenfeld_id", "themenfeld"],
    )
    services = read_rows(
        source_dir / SOURCE_FILES["leistungen"], ["ozg_id", "ozg_leistung", "lebenslage", "themenfeld"]
    )
    leika = read_rows(source_dir / SOURCE_FILES["leika"], ["leika_key", "leika_bezeichnung", "leika_typ", "ozg_id"])
    situation_ids = _situation_ids(situations)
    service_rows = [_service_row(row, situation_ids) for row in services]
    known_ids = {row["ozg_id"] for row in service_rows}
    leika_rows = [_leika_row(row, known_ids) for row in leika if LEIKA_KEY.fullmatch(row["leika_key"])]
    leika_rows.sort(key=lambda row: row["leika_key"])
    return ImportReport(
        themenfelder=write_rows(
            catalog_dir / "themenfelder.csv", ["themenfeld_id", "themenfeld"], _themenfeld_rows(situations)
        ),
        lebenslagen=write_rows(
            catalog_dir / "lebenslagen.csv",
            ["lebenslage_id", "lebenslage", "themenfeld_id"],
            _lebenslage_rows(situations),
        ),
        ozg_leistungen=write_rows(
            catalog_dir / "ozg_leistungen.csv",
            ["ozg_id", "name", "themenfeld_id", "lebenslage_id"],
            service_rows,
        ),
        leika_leistungen=write_rows(
            catalog_dir / "leika_leistungen.csv",
            ["leika_key", "name", "typisierung", "ozg_id"],
            leika_rows,
        ),
        leika_skipped=len(leika) - len(leika_rows),
    )


def _themenfeld_rows(situations: list[dict[str, str]]) -> list[dict[str, object]]:
    names = {int(row["themenfeld_id"]): row["themenfeld"] for row in situations}
    return [{"themenfeld_id": key, "themenfeld": names[key]} for key in sorted(names)]


def _lebenslage_rows(situations: list[dict[str, str]]) -> list[dict[str, object]]:
    rows = [
        {
            "lebenslage_id": int(row["lebenslage_id"]),
            "lebenslage": row["lebenslage"],
            "themenfeld_id": int(row["themenfeld_id"]),
        }
        for row in situations
    ]
    return sorted(rows, key=lambda row: int(str(row["lebenslage_id"])))


def _situation_ids(situations: list[dict[str, str]]) -> dict[tuple[str, str], tuple[int, int]]:
    """(Themenfeld name, Lebenslage name) -> (themenfeld_id, lebenslage_id)."""
    return {
        (row["themenfeld"], row["lebenslage"]): (int(row["themenfeld_id"]), int(row["lebenslage_id"]))
        for row in situations
    }


def _service_row(row: dict[str, str], situation_ids: dict[tuple[str, str], tuple[int, int]]) -> dict[str, str]:
    if not OZG_ID.fullmatch(row["ozg_id"]):
        raise UserError(f"OZG-ID {row['ozg_id']!r} is not five digits (service {row['ozg_leistung']!r})")
    ids = situation_ids.get((row["themenfeld"], row["lebenslage"]))
    if ids is None:
        raise UserError(
            f"OZG-ID {row['ozg_id']}: Lebenslage {row['lebenslage']!r} in Themenfeld "
            f"{row['themenfeld']!r} is not in the Lebenslagen file"
        )
    return {
        "ozg_id": row["ozg_id"],
        "name": row["ozg_leistung"],
        "themenfeld_id": str(ids[0]),
        "lebenslage_id": str(ids[1]),
    }


def _leika_row(row: dict[str, str], known_ids: set[str]) -> dict[str, str]:
    ozg_id = row["ozg_id"] if row["ozg_id"] in known_ids else ""
    return {
        "leika_key": row["leika_key"],
        "name": row["leika_bezeichnung"],
        "typisierung": row["leika_typ"],
        "ozg_id": ozg_id,
    }
