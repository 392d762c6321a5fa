"""The stored imports of registered online services: source, shape, dates and how many rows each brought."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalog.database.models import RegisteredImport, RegisteredService
from catalog.results.documents import Document, Moment
from catalog.results.paging import Page, page_of


class RegisteredImportView(Document):
    """One import (`ozg-screen registered import`); of several with the same source, the latest counts."""

    id: int
    source: str
    shape: str  # dashboard | wsp
    state: str | None  # a list without ARS holds for every municipality of this state
    list_date: Moment | None
    imported_at: Moment
    rows: int
    not_in_catalog: int  # rows whose LeiKa key the catalog lacks


def registered_import_page(session: Session, limit: int, offset: int) -> Page[RegisteredImportView]:
    """Every import, newest first, with its row counts."""
    return page_of(session, _imports_with_counts(), limit, offset, _view)


def _imports_with_counts() -> Any:  # a Select of three columns (typed loosely, as page_of takes it)
    """One grouped query: each import and its rows, all and those without an OZG-Leistung."""
    counts = (
        select(
            RegisteredService.import_id,
            func.count().label("rows"),
            func.count().filter(RegisteredService.ozg_id.is_(None)).label("not_in_catalog"),
        )
        .group_by(RegisteredService.import_id)
        .subquery()
    )
    return (
        select(RegisteredImport, func.coalesce(counts.c.rows, 0), func.coalesce(counts.c.not_in_catalog, 0))
        .outerjoin(counts, counts.c.import_id == RegisteredImport.id)
        .order_by(RegisteredImport.imported_at.desc(), RegisteredImport.id.desc())
    )


def _view(row: Any) -> RegisteredImportView:
    record, rows, not_in_catalog = row
    return RegisteredImportView(
        id=record.id,
        source=record.source,
        shape=record.shape,
        state=record.state,
        list_date=record.list_date,
        imported_at=record.imported_at,
        rows=rows,
        not_in_catalog=not_in_catalog,
    )
