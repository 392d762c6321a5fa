"""CSV dialects (`excel-de` for spreadsheets, `rfc4180` for tools) and how a value becomes a safe cell."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

from catalog.errors import InvalidInputError

# A spreadsheet runs a cell that begins with one of these as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ROWS_PER_CHUNK = 1000  # rows written into one streamed chunk


@dataclass(frozen=True)
class CsvDialect:
    """Separator, byte order mark, decimal mark and date spelling of one CSV flavour."""

    name: str
    delimiter: str
    byte_order_mark: bool
    decimal_mark: str
    moment_format: str
    codes_as_text: bool  # write ARS as ="0…" so a spreadsheet keeps the leading zero


EXCEL_DE = CsvDialect(
    name="excel-de",
    delimiter=";",
    byte_order_mark=True,
    decimal_mark=",",
    moment_format="%Y-%m-%d %H:%M:%S",  # the ISO spelling German Excel reads as a date and time
    codes_as_text=True,
)
RFC4180 = CsvDialect(
    name="rfc4180",
    delimiter=",",
    byte_order_mark=False,
    decimal_mark=".",
    moment_format="%Y-%m-%dT%H:%M:%S+00:00",
    codes_as_text=False,
)
DIALECTS = {dialect.name: dialect for dialect in (EXCEL_DE, RFC4180)}


def csv_dialect(name: str) -> CsvDialect:
    """A dialect by its name; an unknown name is a usage error naming the choices."""
    if name not in DIALECTS:
        raise InvalidInputError(f"unknown dialect {name!r}; choose excel-de or rfc4180")
    return DIALECTS[name]


def neutralised(text: str) -> str:
    """Text a spreadsheet shows as text: a leading formula character gets an apostrophe before it."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def code_cell(code: str, dialect: CsvDialect) -> str:
    """An ARS as text; for spreadsheets as the formula ="0…", which Excel shows with its leading zero."""
    if dialect.codes_as_text and code.isdigit():
        return f'="{code}"'
    return neutralised(code)


def cell(value: object, dialect: CsvDialect) -> str:
    """One value as the dialect writes it: numbers with its decimal mark, moments in UTC, text neutralised."""
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralised(value)
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return number_cell(value, dialect)
    if isinstance(value, datetime):
        return moment_cell(value, dialect.moment_format)
    return neutralised(str(value))


@lru_cache(maxsize=4096)
def moment_cell(moment: datetime | None, moment_format: str) -> str:
    """A moment as text; cached, because every row of a screening repeats its date."""
    return "" if moment is None else utc(moment).strftime(moment_format)


def number_cell(value: float | None, dialect: CsvDialect) -> str:
    return "" if value is None else repr(value).replace(".", dialect.decimal_mark)


def utc(moment: datetime) -> datetime:
    """Moments are stored in UTC; SQLite hands them back without a zone."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def csv_chunks(header: Sequence[str], rows: Iterable[Sequence[str]], dialect: CsvDialect) -> Iterator[str]:
    """The header and rows as CSV text, ROWS_PER_CHUNK rows at a time; the first chunk carries the BOM."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=dialect.delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    if dialect.byte_order_mark:
        buffer.write("\ufeff")
    writer.writerow(header)
    for count, row in enumerate(rows, start=1):
        writer.writerow(row)
        if count % ROWS_PER_CHUNK == 0:
            yield _drain(buffer)
    yield _drain(buffer)


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text
