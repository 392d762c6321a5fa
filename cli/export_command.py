"""`ozg-screen export`: screening results as long or matrix CSV, or as an XLSX workbook (docs/exports.md)."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import IO

import typer
from sqlalchemy.orm import Session

from catalog.errors import InvalidInputError
from catalog.exports.csv_dialects import csv_dialect
from catalog.exports.long_csv import export_long_csv
from catalog.exports.matrix_csv import export_matrix_csv
from catalog.exports.xlsx import write_screening_xlsx
from catalog.results.export_selection import ExportFilters
from cli import context, output


class ExportFormat(StrEnum):
    LONG = "long"
    MATRIX = "matrix"
    XLSX = "xlsx"


class DialectName(StrEnum):
    EXCEL_DE = "excel-de"
    RFC4180 = "rfc4180"


def export(
    export_format: ExportFormat = typer.Option(..., "--format", help="long | matrix | xlsx."),
    run_id: int = typer.Option(None, "--run", min=1, help="One run (default: each municipality's latest screening)."),
    state: str = typer.Option("", "--state", help="Two-letter state code, e.g. NI."),
    kreis: str = typer.Option("", "--kreis", help="Landkreis name part or 5-digit key."),
    type_: list[str] = typer.Option([], "--type", help="Municipality type(s), e.g. samtgemeinde (repeatable)."),
    themenfeld: str = typer.Option("", "--themenfeld", help="Themenfeld name (or a unique part) or number."),
    dialect: DialectName = typer.Option(
        DialectName.EXCEL_DE, "--dialect", help="CSV flavour: excel-de (; BOM, decimal comma) or rfc4180."
    ),
    output_file: Path = typer.Option(None, "-o", "--output", help="File to write (default: stdout)."),
) -> None:
    """Export screening results for Excel, pandas and scripts: CSV (long or matrix) or an XLSX workbook."""
    filters = ExportFilters(run_id=run_id, state=state, kreis=kreis, types=tuple(type_), themenfeld=themenfeld)
    if export_format == ExportFormat.XLSX and output_file is None and sys.stdout.isatty():
        raise InvalidInputError("--format xlsx writes a binary file: give -o FILE (or redirect stdout)")
    with context.sessions()() as session:
        if export_format == ExportFormat.XLSX:
            _write_binary(output_file, lambda handle: _xlsx(session, filters, handle))
        else:
            chunks = _csv_chunks(session, export_format, filters, dialect.value)
            _write_binary(output_file, lambda handle: _copy(chunks, handle))
    if output_file is not None:
        output.progress(f"{export_format.value} export written to {output_file}")


def _csv_chunks(session: Session, export_format: ExportFormat, filters: ExportFilters, dialect: str) -> Iterator[str]:
    """Checks the filters at once: a bad filter fails before anything is written."""
    render = export_long_csv if export_format == ExportFormat.LONG else export_matrix_csv
    return render(session, filters, csv_dialect(dialect))


def _xlsx(session: Session, filters: ExportFilters, handle: IO[bytes]) -> None:
    write_screening_xlsx(session, filters, handle)


def _copy(chunks: Iterator[str], handle: IO[bytes]) -> None:
    for chunk in chunks:
        handle.write(chunk.encode("utf-8"))


def _write_binary(target: Path | None, write: Callable[[IO[bytes]], None]) -> None:
    """To stdout, or into a temporary file beside the target that replaces it only when complete."""
    if target is None:
        write(sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor, partial = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            write(handle)
        os.chmod(partial, 0o666 & ~_umask())  # mkstemp makes it private; an export is an ordinary file
        os.replace(partial, target)
    finally:
        if os.path.exists(partial):
            os.unlink(partial)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
