"""Exports as streamed downloads: long and matrix CSV and the XLSX workbook, filtered as `ozg-screen export` is."""

from __future__ import annotations

from functools import partial
from typing import Any

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from api.deps import SessionDep, SessionsDep
from api.errors import responses
from api.exports import (
    CSV_TYPE,
    XLSX_TYPE,
    Dialect,
    DialectQuery,
    ExportFiltersDep,
    checked_filters,
    csv_download,
    filename,
    xlsx_download,
)
from catalog.exports.csv_dialects import csv_dialect
from catalog.exports.long_csv import export_long_csv
from catalog.exports.matrix_csv import export_matrix_csv
from catalog.exports.xlsx import write_screening_xlsx

router = APIRouter(tags=["exports"], prefix="/exports")


def _file(media_type: str, what: str) -> dict[int | str, dict[str, Any]]:
    """A streamed file has no response model: the schema names its media type instead; plus the error answers."""
    return {200: {"description": what, "content": {media_type.split(";")[0]: {}}}, **responses(404, 422)}


@router.get("/long.csv", response_class=StreamingResponse, responses=_file(CSV_TYPE, "the long CSV export"))
def long_csv(
    session: SessionDep, sessions: SessionsDep, filters: ExportFiltersDep, dialect: DialectQuery = Dialect.EXCEL_DE
) -> StreamingResponse:
    """One row per municipality × service found, as `ozg-screen export --format long` writes it (docs/exports.md)."""
    render = partial(export_long_csv, filters=checked_filters(session, filters), dialect=csv_dialect(dialect))
    return csv_download(sessions, render, filename("long", filters, "csv"))


@router.get("/matrix.csv", response_class=StreamingResponse, responses=_file(CSV_TYPE, "the matrix CSV export"))
def matrix_csv(
    session: SessionDep, sessions: SessionsDep, filters: ExportFiltersDep, dialect: DialectQuery = Dialect.EXCEL_DE
) -> StreamingResponse:
    """One row per municipality, one column per OZG-Leistung found, as `ozg-screen export --format matrix` writes it."""
    render = partial(export_matrix_csv, filters=checked_filters(session, filters), dialect=csv_dialect(dialect))
    return csv_download(sessions, render, filename("matrix", filters, "csv"))


@router.get("/screening.xlsx", response_class=StreamingResponse, responses=_file(XLSX_TYPE, "the XLSX workbook"))
def screening_xlsx(session: SessionDep, filters: ExportFiltersDep) -> StreamingResponse:
    """The workbook of `ozg-screen export --format xlsx`: sheets Leistungen, Matrix, Kommunen and Info."""
    write = partial(write_screening_xlsx, session, checked_filters(session, filters))
    return xlsx_download(write, filename("screening", filters, "xlsx"))
