"""Idempotent loading of rows into a table, counting what was inserted, updated and left unchanged."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, tuple_
from sqlalchemy.orm import Session

from catalog.database.models import Base


@dataclass
class LoadCounts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0

    def __str__(self) -> str:
        text = f"{self.inserted} inserted, {self.updated} updated, {self.unchanged} unchanged"
        return text + (f", {self.deleted} deleted" if self.deleted else "")


def sync_rows(
    session: Session,
    model: type[Base],
    key: Sequence[str],
    rows: Iterable[dict[str, Any]],
    *,
    delete_missing: bool = False,
) -> LoadCounts:
    """Upsert rows by key; with delete_missing, rows absent from the input are removed too."""
    existing = {_key(item, key): item for item in session.scalars(select(model))}
    counts, seen = LoadCounts(), set()
    for row in rows:
        row_key = tuple(row[name] for name in key)
        seen.add(row_key)
        current = existing.get(row_key)
        if current is None:
            session.add(model(**row))
            counts.inserted += 1
        elif _apply(current, row):
            counts.updated += 1
        else:
            counts.unchanged += 1
    if delete_missing:
        counts.deleted = _delete_missing(session, model, key, set(existing) - seen)
    session.flush()
    return counts


def _key(item: Base, key: Sequence[str]) -> tuple[Any, ...]:
    return tuple(getattr(item, name) for name in key)


def _apply(item: Base, row: dict[str, Any]) -> bool:
    changed = False
    for name, value in row.items():
        if getattr(item, name) != value:
            setattr(item, name, value)
            changed = True
    return changed


def _delete_missing(session: Session, model: type[Base], key: Sequence[str], gone: set[tuple[Any, ...]]) -> int:
    if not gone:
        return 0
    columns = [getattr(model, name) for name in key]
    session.flush()
    for chunk in _chunks(sorted(gone), 400):
        session.execute(delete(model).where(tuple_(*columns).in_(chunk)))
    return len(gone)


def _chunks(items: list[tuple[Any, ...]], size: int) -> Iterable[list[tuple[Any, ...]]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
