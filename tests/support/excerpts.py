"""The importers' fixture excerpts of the reference exports, and a check that a file is an excerpt of another."""

from __future__ import annotations

from pathlib import Path

from tests.support.paths import PROJECT_ROOT

IMPORTER_FILES = PROJECT_ROOT / "tests" / "catalog" / "reference" / "files"
# The three KDN export files, cut down (see the README beside them).
CATALOG_EXPORT = IMPORTER_FILES / "catalog_import"
REGISTRY_EXPORT = IMPORTER_FILES / "registry_import" / "niedersachsen_gemeinden_destatis_gv.csv"


def is_ordered_excerpt(part: Path, whole: Path) -> bool:
    """Same header line, and every other line of part found in whole, in the same order."""
    part_lines = part.read_bytes().splitlines(keepends=True)
    whole_lines = iter(whole.read_bytes().splitlines(keepends=True))
    # `in` on an iterator consumes it up to the match, so later lines must come later in whole.
    return part_lines[:1] == [next(whole_lines, b"")] and all(line in whole_lines for line in part_lines[1:])
