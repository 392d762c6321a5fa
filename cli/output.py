"""Writing command output: tables and figures on stdout, progress on stderr."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

if TYPE_CHECKING:
    from rich.console import Console


@cache
def _console(on_stderr: bool) -> Console:
    """Rich is imported on first use: `check --json` and the other JSON outputs never load it."""
    from rich.console import Console

    if on_stderr:
        return Console(stderr=True, highlight=False, soft_wrap=True)
    # Piped output (spreadsheets, less, CI logs) must not be folded to 80 columns.
    return Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 220)


def line(text: str = "") -> None:
    _console(False).print(text, markup=False)


def table(title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    from rich.table import Table

    grid = Table(title=title, title_justify="left", show_lines=False)
    for column in columns:
        grid.add_column(column, overflow="fold")
    for row in rows:
        grid.add_row(*("" if value is None else str(value) for value in row))
    _console(False).print(grid)


def progress(text: str) -> None:
    _console(True).print(text, markup=False)


def json_document(document: BaseModel) -> None:
    """A read-layer object as one JSON document, keys in the order its model declares them."""
    sys.stdout.write(json.dumps(document.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()


def json_value(value: object) -> None:
    """Plain JSON data (a list of dumped read-layer objects) as one document."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()
