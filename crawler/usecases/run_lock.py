"""One statewide run at a time per data directory: an exclusive lock file held while a run crawls."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from catalog.errors import ConflictError


def lock_path(var_dir: Path) -> Path:
    return var_dir / "run.lock"


@contextmanager
def run_lock(var_dir: Path) -> Iterator[None]:
    """Hold the lock for the block; a second run meanwhile fails with a clear message."""
    var_dir.mkdir(parents=True, exist_ok=True)
    with lock_path(var_dir).open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise ConflictError(f"another run is still going ({holder}); wait for it or stop it first") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def run_in_progress(var_dir: Path) -> bool:
    """Whether some process holds the run lock right now."""
    path = lock_path(var_dir)
    if not path.exists():
        return False
    with path.open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
        return False
