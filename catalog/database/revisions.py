"""The head migration revision, read from the migration files' text without importing Alembic."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from catalog.errors import UserError

# Alembic loads each migration as a module; the two module-level assignments are all the check needs.
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


def read_revisions(versions_dir: Path) -> dict[str, tuple[str, ...]]:
    """Each revision in the directory with the revisions it follows (none, one, or several for a merge)."""
    revisions: dict[str, tuple[str, ...]] = {}
    for path in sorted(versions_dir.glob("*.py")):
        values = dict(_ASSIGNMENT.findall(path.read_text(encoding="utf-8")))
        if "revision" not in values:
            continue
        revision = ast.literal_eval(values["revision"])
        revisions[revision] = _as_tuple(ast.literal_eval(values.get("down_revision", "None")))
    return revisions


def _as_tuple(down: str | tuple[str, ...] | list[str] | None) -> tuple[str, ...]:
    if down is None:
        return ()
    return (down,) if isinstance(down, str) else tuple(down)


def head_of(versions_dir: Path) -> str | None:
    """The one revision no other revision follows; None without migrations; an error for several heads."""
    revisions = read_revisions(versions_dir)
    followed = {down for downs in revisions.values() for down in downs}
    heads = sorted(set(revisions) - followed)
    if len(heads) > 1:
        raise UserError(f"the migrations in {versions_dir} have several heads ({', '.join(heads)}): merge them")
    return heads[0] if heads else None
