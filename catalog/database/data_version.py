"""The data version: a number the database raises in every transaction that writes what the API reads."""

from __future__ import annotations

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from catalog.database.models import DataVersion


def data_version(session: Session) -> int:
    """Read before the data it stamps: a write committed in between then shows in the data, never the reverse."""
    return data_version_of(session)


def data_version_of(reader: Session | Connection) -> int:
    version = reader.scalar(select(DataVersion.version).where(DataVersion.id == 1))
    return int(version or 0)
