"""The XLSX export: sheets Leistungen (long), Matrix, Kommunen and Info, streamed row by row (XlsxWriter)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from sqlalchemy.orm import Session
from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from catalog.exports.columns import LONG_COLUMNS, MATRIX_COLUMNS, MUNICIPALITY_COLUMNS, german
from catalog.exports.csv_dialects import utc
from catalog.exports.matrix_csv import registered_counts, share
from catalog.exports.xlsx_info import write_info
from catalog.exports.xlsx_styles import (
    SERVICE_COLUMN_WIDTH,
    SERVICE_HEADER_HEIGHT,
    Styles,
    column_width,
    workbook_styles,
)
from catalog.results.export_selection import ExportFilters
from catalog.results.exports import (
    MunicipalityExport,
    ServiceColumn,
    ServiceRow,
    export_info,
    municipality_exports,
    plan_export,
    service_columns,
)
from catalog.vocabulary import is_screened

MAX_ROWS = 1_048_576  # rows of one Excel sheet, the header included


class Sheet:
    """One worksheet written top to bottom: a frozen header, typed cells, an autofilter over what was written."""

    def __init__(self, worksheet: Worksheet, styles: Styles, columns: Sequence[str]) -> None:
        self.worksheet, self.styles, self.row, self.cut = worksheet, styles, 1, 0
        for index, column in enumerate(columns):
            worksheet.set_column(index, index, column_width(column))
            worksheet.write_string(0, index, german(column), styles.header)
        worksheet.freeze_panes(1, 0)
        self.width = len(columns)

    def add(self, values: Sequence[object], formats: Sequence[Format | None]) -> None:
        """One row; rows beyond what a sheet holds are counted, not written (Info says so)."""
        if self.row >= MAX_ROWS:
            self.cut += 1
            return
        for column, (value, style) in enumerate(zip(values, formats, strict=True)):
            write_cell(self.worksheet, self.row, column, value, style or self._default(value))
        self.row += 1

    def finish(self) -> None:
        self.worksheet.autofilter(0, 0, max(self.row - 1, 0), self.width - 1)

    def _default(self, value: object) -> Format | None:
        return self.styles.moment if isinstance(value, datetime) else None


def write_cell(worksheet: Worksheet, row: int, column: int, value: object, style: Format | None) -> None:
    """Text always as text (never a formula or a link), numbers as numbers, moments as dates in UTC; nothing for
    an empty value, so a filter shows "(Leer)"."""
    if value is None or value == "":
        if style is not None:
            worksheet.write_blank(row, column, None, style)
    elif isinstance(value, str):
        worksheet.write_string(row, column, value, style)
    elif isinstance(value, datetime):
        worksheet.write_datetime(row, column, utc(value).replace(tzinfo=None), style)
    elif isinstance(value, int | float):
        worksheet.write_number(row, column, value, style)
    else:
        worksheet.write_string(row, column, str(value), style)


def write_screening_xlsx(
    session: Session, filters: ExportFilters, target: IO[bytes] | Path | str, *, created_at: datetime | None = None
) -> None:
    """The workbook into a file or binary file object. The filters are checked before anything is written;
    `created_at` (default: now) is shown in Info and stored as the file's creation date."""
    plan = plan_export(session, filters)
    columns = service_columns(session, plan)
    info = export_info(session, plan, created_at or datetime.now(UTC).replace(microsecond=0))
    workbook = Workbook(target, {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    workbook.set_properties({"title": "OZG-Screening", "created": utc(info.created_at).replace(tzinfo=None)})
    styles = workbook_styles(workbook)
    leistungen = Sheet(workbook.add_worksheet("Leistungen"), styles, LONG_COLUMNS)
    matrix = _matrix_sheet(workbook.add_worksheet("Matrix"), styles, columns)
    kommunen = Sheet(workbook.add_worksheet("Kommunen"), styles, MUNICIPALITY_COLUMNS)
    for item in municipality_exports(session, plan):
        for row in item.long_rows():
            leistungen.add(_long_values(row), _long_formats(row, styles))
        matrix.add(*_matrix_row(item, columns, styles))
        kommunen.add(*_municipality_row(item, styles))
    for sheet in (leistungen, matrix, kommunen):
        sheet.finish()
    write_info(workbook.add_worksheet("Info"), styles, info, cut_rows=leistungen.cut)
    workbook.close()


def _matrix_sheet(worksheet: Worksheet, styles: Styles, columns: Sequence[ServiceColumn]) -> Sheet:
    sheet = Sheet(worksheet, styles, MATRIX_COLUMNS)
    for offset, column in enumerate(columns):
        index = len(MATRIX_COLUMNS) + offset
        worksheet.set_column(index, index, SERVICE_COLUMN_WIDTH)
        worksheet.write_string(0, index, f"{column.ozg_id} {column.name}", styles.upright_header)
    worksheet.set_row(0, SERVICE_HEADER_HEIGHT)
    sheet.width += len(columns)
    return sheet


def _long_values(row: ServiceRow) -> list[object]:
    return [getattr(row, column) for column in LONG_COLUMNS]


def _long_formats(row: ServiceRow, styles: Styles) -> list[Format | None]:
    special = {"level": styles.level(row.level), "confidence": styles.confidence}
    return [special.get(column) for column in LONG_COLUMNS]


def _matrix_row(
    item: MunicipalityExport, columns: Sequence[ServiceColumn], styles: Styles
) -> tuple[list[object], list[Format | None]]:
    site, coverage, levels = item.site, item.coverage, item.levels
    fixed: list[object] = [
        site.ars, site.name, site.type, site.kreis, site.status,
        coverage.expected if coverage else None, coverage.online if coverage else None, share(item),
        site.screened_at, site.run_id, *registered_counts(item),
    ]  # fmt: skip
    cells = [levels.get(column.ozg_id) for column in columns]
    formats = [None] * 7 + [styles.share, None, None, None, None, None] + [styles.level(level) for level in cells]
    return fixed + cells, formats


def _municipality_row(item: MunicipalityExport, styles: Styles) -> tuple[list[object], list[Format | None]]:
    site, coverage = item.site, item.coverage
    counts = item.level_counts() if is_screened(site.status) else {}
    values: list[object] = [
        site.ars, site.name, site.type, site.kreis, site.samtgemeinde, site.status,
        *(counts.get(level) for level in range(5)),
        coverage.expected if coverage else None, coverage.online if coverage else None, share(item),
        site.screened_at, site.run_id, *registered_counts(item),
    ]  # fmt: skip
    formats = [None] * 13 + [styles.share, None, None, None, None, None]
    return values, formats
