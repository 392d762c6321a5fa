"""Loads the project's catalog files (data/catalog) into the database in one transaction."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from catalog.csvfiles import read_rows
from catalog.database.models import Lebenslage, LeikaLeistung, OzgLeistung, Relevance, Synonym, Themenfeld
from catalog.database.sync import LoadCounts, sync_rows
from catalog.errors import UserError

RELEVANCE_TYPES = ("landkreis", "kreisfreie_stadt", "stadt", "gemeinde", "samtgemeinde", "mitgliedsgemeinde")


def load_catalog(session: Session, catalog_dir: Path) -> dict[str, LoadCounts]:
    """Upsert every catalog table from its file; synonyms and relevance marks mirror their files exactly."""
    themenfelder = read_rows(catalog_dir / "themenfelder.csv", ["themenfeld_id", "themenfeld"])
    lebenslagen = read_rows(catalog_dir / "lebenslagen.csv", ["lebenslage_id", "lebenslage", "themenfeld_id"])
    services = read_rows(catalog_dir / "ozg_leistungen.csv", ["ozg_id", "name", "themenfeld_id", "lebenslage_id"])
    leika = read_rows(catalog_dir / "leika_leistungen.csv", ["leika_key", "name", "typisierung", "ozg_id"])
    synonyms = read_rows(catalog_dir / "synonyms.csv", ["ozg_id", "phrase"])
    relevance = read_rows(catalog_dir / "relevance.csv", ["ozg_id", *RELEVANCE_TYPES])
    known_ids = {row["ozg_id"] for row in services}
    _require_known(known_ids, synonyms, "synonyms.csv")
    _require_known(known_ids, relevance, "relevance.csv")
    return {
        "Themenfelder": sync_rows(
            session,
            Themenfeld,
            ["id"],
            ({"id": _int(row, "themenfeld_id"), "name": row["themenfeld"]} for row in themenfelder),
        ),
        "Lebenslagen": sync_rows(
            session,
            Lebenslage,
            ["id"],
            (
                {
                    "id": _int(row, "lebenslage_id"),
                    "name": row["lebenslage"],
                    "themenfeld_id": _int(row, "themenfeld_id"),
                }
                for row in lebenslagen
            ),
        ),
        "OZG-Leistungen": sync_rows(
            session,
            OzgLeistung,
            ["ozg_id"],
            (
                {
                    "ozg_id": row["ozg_id"],
                    "name": row["name"],
                    "themenfeld_id": _int(row, "themenfeld_id"),
                    "lebenslage_id": _int(row, "lebenslage_id"),
                }
                for row in services
            ),
        ),
        "LeiKa-Leistungen": sync_rows(
            session,
            LeikaLeistung,
            ["leika_key"],
            (
                {
                    "leika_key": row["leika_key"],
                    "name": row["name"],
                    "typisierung": row["typisierung"],
                    "ozg_id": row["ozg_id"] or None,
                }
                for row in leika
            ),
        ),
        "Synonyme": sync_rows(session, Synonym, ["ozg_id", "phrase"], _unique_synonyms(synonyms), delete_missing=True),
        "Relevanz": sync_rows(
            session,
            Relevance,
            ["ozg_id", "municipality_type"],
            _relevance_rows(relevance),
            delete_missing=True,
        ),
    }


def _int(row: dict[str, str], column: str) -> int:
    try:
        return int(row[column])
    except ValueError:
        raise UserError(f"catalog file: {column} {row[column]!r} is not a number") from None


def _require_known(known_ids: set[str], rows: list[dict[str, str]], file_name: str) -> None:
    unknown = sorted({row["ozg_id"] for row in rows} - known_ids)
    if unknown:
        raise UserError(f"{file_name} names unknown OZG-IDs: {', '.join(unknown[:5])}")


def _unique_synonyms(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    seen = {(row["ozg_id"], row["phrase"]) for row in rows if row["phrase"]}
    return [{"ozg_id": ozg_id, "phrase": phrase} for ozg_id, phrase in sorted(seen)]


def _relevance_rows(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    return [
        {"ozg_id": row["ozg_id"], "municipality_type": kind}
        for row in rows
        for kind in RELEVANCE_TYPES
        if row[kind].lower() == "x"
    ]
