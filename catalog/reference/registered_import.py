"""Importing lists of registered online services: the federal dashboard's per-ARS CSV and the NRW WSP list."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.csvfiles import read_rows
from catalog.database.models import LeikaLeistung, OzgLeistung, RegisteredImport, RegisteredService
from catalog.errors import InvalidInputError, UserError

DASHBOARD_COLUMNS = ("leika_key", "leika_name", "ars", "ozgid", "ozg_bezeichnung", "url", "online_status")
WSP_COLUMNS = ("Name", "Nummer", "Live", "Landingpage", "Direktlink (nur ODs ohne Landingpage)", "Stelle")
# The WSP list gives paths on the NRW Wirtschafts-Service-Portal.
WSP_BASE_URL = "https://service.wirtschaft.nrw"
DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")


@dataclass(frozen=True)
class RegisteredRow:
    leika_key: str
    name: str
    ars: str | None
    ozg_id: str
    url: str
    online_status: str
    authority: str = ""


@dataclass(frozen=True)
class ImportOptions:
    """Where the list came from; a list without ARS holds for every municipality of `state`."""

    source: str = ""
    state: str | None = None
    list_date: datetime | None = None
    base_url: str = WSP_BASE_URL


@dataclass
class ImportReport:
    """What an import stored: rows, how many map to an OZG-Leistung, the LeiKa keys the catalog lacks."""

    import_id: int
    shape: str
    rows: int
    mapped: int
    missing_keys: list[str] = field(default_factory=list)
    distinct_keys: int = 0


def import_registered(session: Session, path: Path, options: ImportOptions) -> ImportReport:
    """Store one list with its source and date; rows whose LeiKa key the catalog lacks are kept, unmapped."""
    shape = detect_shape(path)
    rows = _dashboard_rows(path) if shape == "dashboard" else _wsp_rows(path, options.base_url)
    state = options.state or ("NW" if shape == "wsp" else None)
    record = RegisteredImport(
        source=options.source or path.name,
        shape=shape,
        state=state,
        list_date=options.list_date or date_in_name(path),
        imported_at=datetime.now(UTC),
    )
    session.add(record)
    session.flush()
    mapping = leika_mapping(session)
    known_ids = set(session.scalars(select(OzgLeistung.ozg_id)))
    services = [_service(record.id, row, mapping, known_ids) for row in rows]
    session.add_all(services)
    session.flush()
    keys = {row.leika_key for row in rows}
    missing = sorted(key for key in keys if key not in mapping)
    mapped = sum(1 for service in services if service.ozg_id)
    return ImportReport(record.id, shape, len(rows), mapped, missing, len(keys))


def detect_shape(path: Path) -> str:
    """`dashboard` or `wsp`, by the header line."""
    if not path.is_file():
        raise UserError(f"file not found: {path}")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle), [])
    if set(DASHBOARD_COLUMNS) <= set(header):
        return "dashboard"
    if set(WSP_COLUMNS) <= set(header):
        return "wsp"
    raise InvalidInputError(
        f"{path} is neither a dashboard list (columns {', '.join(DASHBOARD_COLUMNS)}) "
        f"nor the WSP list (columns Name, Nummer, Live, Landingpage, …)"
    )


def date_in_name(path: Path) -> datetime | None:
    found = DATE_IN_NAME.search(path.name)
    return datetime.fromisoformat(found.group(1)).replace(tzinfo=UTC) if found else None


def leika_mapping(session: Session) -> dict[str, str | None]:
    """Every LeiKa key of the catalog and its OZG-Leistung (None when the catalog maps it to none)."""
    return {key: ozg_id for key, ozg_id in session.execute(select(LeikaLeistung.leika_key, LeikaLeistung.ozg_id))}


def _dashboard_rows(path: Path) -> list[RegisteredRow]:
    return [
        RegisteredRow(
            leika_key=_leika_key(row["leika_key"], path),
            name=row["leika_name"],
            ars=_ars(row["ars"], path),
            ozg_id=row["ozgid"],
            url=row["url"],
            online_status=row["online_status"],
        )
        for row in read_rows(path, DASHBOARD_COLUMNS)
    ]


def _wsp_rows(path: Path, base_url: str) -> list[RegisteredRow]:
    return [
        RegisteredRow(
            leika_key=_leika_key(row["Nummer"], path),
            name=row["Name"],
            ars=None,
            ozg_id="",
            url=_portal_url(base_url, row["Landingpage"] or row["Direktlink (nur ODs ohne Landingpage)"]),
            online_status="online" if row["Live"].casefold() == "ja" else row["Live"],
            authority=row["Stelle"],
        )
        for row in read_rows(path, WSP_COLUMNS)
    ]


def _portal_url(base_url: str, path: str) -> str:
    if not path or path.startswith("http"):
        return path
    return base_url.rstrip("/") + "/" + path.lstrip("/")


def _leika_key(value: str, path: Path) -> str:
    if not (value.isdigit() and len(value) == 14):
        raise InvalidInputError(f"{path}: {value!r} is not a 14-digit LeiKa key")
    return value


def _ars(value: str, path: Path) -> str:
    if not value.isdigit() or len(value) not in (8, 12):
        raise InvalidInputError(f"{path}: {value!r} is not an ARS (12 digits)")
    return value.ljust(12, "0")


def _service(
    import_id: int, row: RegisteredRow, mapping: dict[str, str | None], known_ids: set[str]
) -> RegisteredService:
    """The dashboard's own OZG-ID when the catalog has it, else the catalog's mapping of the LeiKa key."""
    ozg_id = row.ozg_id if row.ozg_id in known_ids else mapping.get(row.leika_key)
    return RegisteredService(
        import_id=import_id,
        leika_key=row.leika_key,
        name=row.name,
        ars=row.ars,
        ozg_id=ozg_id,
        url=row.url,
        online_status=row.online_status,
        authority=row.authority,
    )
