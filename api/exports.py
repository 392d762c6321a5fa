"""Exports as downloads: the CLI's filters as query parameters, checked up front, and the file streamed out."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import fields, replace
from enum import StrEnum
from tempfile import SpooledTemporaryFile
from typing import IO, Annotated

from fastapi import Depends, Query
from fastapi.responses import StreamingResponse
from sqlalchemy.orm import Session, sessionmaker

from api.paging import MAX_ID
from catalog.errors import InvalidInputError, NotFoundError, UserError
from catalog.results.export_selection import ExportFilters, check_filters

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CHUNK_BYTES = 64 * 1024
SPOOL_BYTES = 8 * 1024 * 1024  # a workbook up to this size stays in memory; a larger one moves to a temporary file
# Query parameter -> field of ExportFilters: the names the CLI's options have, without their dashes.
PARAMETER_OF_FIELD = {"run_id": "run", "state": "state", "kreis": "kreis", "types": "type", "themenfeld": "themenfeld"}


class Dialect(StrEnum):
    EXCEL_DE = "excel-de"
    RFC4180 = "rfc4180"


def export_filters(
    run: int | None = Query(None, ge=1, le=MAX_ID, description="one run (default: each municipality's latest)"),
    state: str = Query("", max_length=2, description="two-letter state code, e.g. NI"),
    kreis: str = Query("", max_length=100, description="Landkreis name part or 5-digit key"),
    type: list[str] = Query(default_factory=list, description="municipality type(s), e.g. samtgemeinde"),
    themenfeld: str = Query("", max_length=100, description="Themenfeld name (or a unique part) or number"),
) -> ExportFilters:
    return ExportFilters(run_id=run, state=state, kreis=kreis, types=tuple(type), themenfeld=themenfeld)


ExportFiltersDep = Annotated[ExportFilters, Depends(export_filters)]
DialectQuery = Annotated[Dialect, Query(description="excel-de (; BOM, decimal comma) or rfc4180 (, decimal point)")]


def checked_filters(session: Session, filters: ExportFilters) -> ExportFilters:
    """The filters, or an error whose message starts with the query parameter that is wrong."""
    try:
        check_filters(session, filters)
    except UserError as error:
        raise _named(session, filters, error) from None
    return filters


def _named(session: Session, filters: ExportFilters, error: UserError) -> UserError:
    """Check the filters one at a time to find the culprit; only on the error path, so the usual path checks once."""
    for field in fields(ExportFilters):
        alone = replace(ExportFilters(), **{field.name: getattr(filters, field.name)})
        try:
            check_filters(session, alone)
        except (NotFoundError, InvalidInputError) as culprit:
            return type(culprit)(f"{PARAMETER_OF_FIELD[field.name]}: {culprit}")
    return error


def filename(kind: str, filters: ExportFilters, suffix: str) -> str:
    basis = f"run-{filters.run_id}" if filters.run_id is not None else "aktuell"
    return f"ozg-screening-{kind}-{basis}.{suffix}"


def csv_download(
    sessions: sessionmaker[Session], render: Callable[[Session], Iterator[str]], name: str
) -> StreamingResponse:
    """Render with a session of its own, which lives as long as the stream: the filters fail here, before the
    answer starts; the rows are read while it is sent."""
    session = sessions()
    try:
        chunks = render(session)
    except BaseException:
        session.close()
        raise
    return StreamingResponse(_encoded(chunks, session), media_type=CSV_TYPE, headers=_attachment(name))


def xlsx_download(write: Callable[[IO[bytes]], None], name: str) -> StreamingResponse:
    """XlsxWriter needs the whole workbook before its zip is complete: write it into a spooled file, then stream."""
    spool: IO[bytes] = SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115 - closed when the stream ends
    try:
        write(spool)
    except BaseException:
        spool.close()
        raise
    spool.seek(0)
    return StreamingResponse(_file_chunks(spool), media_type=XLSX_TYPE, headers=_attachment(name))


def _encoded(chunks: Iterator[str], session: Session) -> Iterator[bytes]:
    try:
        for chunk in chunks:
            yield chunk.encode("utf-8")
    finally:
        session.close()


def _file_chunks(spool: IO[bytes]) -> Iterator[bytes]:
    with spool:
        while chunk := spool.read(CHUNK_BYTES):
            yield chunk


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}
