"""The matrix CSV export: one row per municipality, one column per OZG-Leistung found, the level in each cell."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy.orm import Session

from catalog.exports.columns import MATRIX_COLUMNS
from catalog.exports.csv_dialects import EXCEL_DE, CsvDialect, cell, code_cell, csv_chunks
from catalog.results.export_selection import ExportFilters
from catalog.results.exports import (
    MunicipalityExport,
    ServiceColumn,
    municipality_exports,
    plan_export,
    service_columns,
)

SHARE_DIGITS = 4


def export_matrix_csv(session: Session, filters: ExportFilters, dialect: CsvDialect = EXCEL_DE) -> Iterator[str]:
    """The matrix as CSV text in chunks; the service columns are read first (one small query), then the rows
    stream municipality by municipality. The filters are checked before the first chunk is asked for."""
    plan = plan_export(session, filters)
    columns = service_columns(session, plan)
    header = [*MATRIX_COLUMNS, *(column.ozg_id for column in columns)]
    rows = (matrix_cells(item, columns, dialect) for item in municipality_exports(session, plan))
    return csv_chunks(header, rows, dialect)


def matrix_cells(item: MunicipalityExport, columns: Sequence[ServiceColumn], dialect: CsvDialect) -> list[str]:
    site, coverage, levels = item.site, item.coverage, item.levels
    fixed = (
        site.name,
        site.type,
        site.kreis,
        site.status,
        coverage.expected if coverage else None,
        coverage.online if coverage else None,
        share(item),
        site.screened_at,
        site.run_id,
        *registered_counts(item),
    )
    cells = [code_cell(site.ars, dialect), *(cell(value, dialect) for value in fixed)]
    # Levels are small integers: no formatting beyond str(), and this runs once per municipality and service.
    return cells + [str(levels[column.ozg_id]) if column.ozg_id in levels else "" for column in columns]


def registered_counts(item: MunicipalityExport) -> tuple[int | None, int | None, int | None]:
    """Registered online, registered but not found, found but not registered; empty when no list covers it."""
    counts = item.registered
    if counts is None:
        return None, None, None
    return counts.online, counts.not_found, counts.found_not_registered


def share(item: MunicipalityExport) -> float | None:
    """The coverage share rounded for display; None without a coverage or without expected services."""
    if item.coverage is None or item.coverage.share is None:
        return None
    return round(item.coverage.share, SHARE_DIGITS)
