"""A full disk, told apart from other failures: an OSError ENOSPC or a database that could not grow."""

from __future__ import annotations

import errno
from pathlib import Path

# SQLite: "database or disk is full"; PostgreSQL: "could not extend file ... No space left on device" (53100).
DATABASE_WORDS = ("database or disk is full", "no space left on device")


def is_disk_full(error: BaseException) -> bool:
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return True
    text = str(getattr(error, "orig", None) or error).lower()
    return any(words in text for words in DATABASE_WORDS)


def disk_full_message(var_dir: Path | str) -> str:
    return (
        f"no space left in the var directory {var_dir}: nothing was half-written; "
        "free some space there or point OZG_VAR_DIR at a larger disk, then run the command again"
    )
