"""The long CSV export: one row per municipality × service found."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy.orm import Session

from catalog.exports.columns import LONG_COLUMNS
from catalog.exports.csv_dialects import (
    EXCEL_DE,
    CsvDialect,
    code_cell,
    csv_chunks,
    moment_cell,
    neutralised,
    number_cell,
)
from catalog.results.export_selection import ExportFilters
from catalog.results.exports import ServiceRow, long_rows, plan_export


def export_long_csv(session: Session, filters: ExportFilters, dialect: CsvDialect = EXCEL_DE) -> Iterator[str]:
    """The long export as CSV text in chunks. The filters are checked here, before the first chunk is asked for,
    so a bad filter fails before anything is sent."""
    plan = plan_export(session, filters)
    rows = (long_cells(row, dialect) for row in long_rows(session, plan))
    return csv_chunks(LONG_COLUMNS, rows, dialect)


def long_cells(row: ServiceRow, dialect: CsvDialect) -> list[str]:
    """One row's cells in the order of LONG_COLUMNS; written out per column, as this runs once per exported row."""
    return [
        code_cell(row.ars, dialect),
        neutralised(row.name),
        neutralised(row.type),
        neutralised(row.kreis),
        neutralised(row.samtgemeinde),
        neutralised(row.ozg_id),
        neutralised(row.service),
        neutralised(row.themenfeld),
        neutralised(row.lebenslage),
        "" if row.level is None else str(row.level),
        neutralised(row.level_label),
        neutralised(row.provided_by),
        number_cell(row.confidence, dialect),
        neutralised(row.evidence_url),
        neutralised(row.evidence_rule),
        moment_cell(row.screened_at, dialect.moment_format),
        str(row.run_id),
        neutralised(row.status),
        neutralised(row.override),
        neutralised(row.override_by),
        neutralised(row.override_reason),
        "" if row.automatic_level is None else str(row.automatic_level),
        neutralised(row.registered),
        neutralised(row.registered_url),
    ]
