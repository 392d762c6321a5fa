"""The long CSV export: one row per municipality × service found."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy.orm import Session

from catalog.exports.columns import LONG_COLUMNS
from catalog.exports.csv_dialects import EXCEL_DE, CsvDialect, cell, code_cell, csv_chunks
from catalog.results.export_selection import ExportFilters
from catalog.results.exports import ServiceRow, long_rows, plan_export


def export_long_csv(session: Session, filters: ExportFilters, dialect: CsvDialect = EXCEL_DE) -> Iterator[str]:
    """The long export as CSV text in chunks. The filters are checked here, before the first chunk is asked for,
    so a bad filter fails before anything is sent."""
    plan = plan_export(session, filters)
    rows = (long_cells(row, dialect) for row in long_rows(session, plan))
    return csv_chunks(LONG_COLUMNS, rows, dialect)


def long_cells(row: ServiceRow, dialect: CsvDialect) -> list[str]:
    """One row's cells in the order of LONG_COLUMNS."""
    values = (
        row.name,
        row.type,
        row.kreis,
        row.samtgemeinde,
        row.ozg_id,
        row.service,
        row.themenfeld,
        row.lebenslage,
        row.level,
        row.level_label,
        row.provided_by,
        row.confidence,
        row.evidence_url,
        row.evidence_rule,
        row.screened_at,
        row.run_id,
        row.status,
    )
    return [code_cell(row.ars, dialect), *(cell(value, dialect) for value in values)]
