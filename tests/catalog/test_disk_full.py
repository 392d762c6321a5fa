"""A var directory on a real, tiny tmpfs: a full disk gives one line naming it, exit 1, nothing half-written."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from catalog.disk_full import is_disk_full
from tests.support.cli import run_cli


@pytest.fixture
def tiny_var_dir(tmp_path: Path) -> Iterator[Path]:
    """A 700 kB tmpfs: room for the schema, not for the OZG catalog."""
    folder = tmp_path / "var"
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=700k", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_catalog_load_into_a_full_var_directory_says_so_and_keeps_nothing(tiny_var_dir: Path) -> None:
    env = {"OZG_VAR_DIR": str(tiny_var_dir)}
    assert run_cli("db", "upgrade", env=env).code == 0
    result = run_cli("catalog", "load", env=env)
    assert result.code == 1, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert f"no space left in the var directory {tiny_var_dir}" in result.stderr and "OZG_VAR_DIR" in result.stderr
    connection = sqlite3.connect(tiny_var_dir / "ozg.sqlite3")
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM ozg_leistung").fetchone() == (0,), "half a catalog was kept"
    finally:
        connection.close()
    assert not list(tiny_var_dir.rglob(".tmp-*")), "a half-written file was left behind"


@pytest.mark.parametrize(
    ("error", "full"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), True),
        (sqlite3.OperationalError("database or disk is full"), True),
        (OSError(errno.EACCES, "Permission denied"), False),
        (sqlite3.OperationalError("database is locked"), False),
    ],
)
def test_only_a_full_disk_is_called_one(error: BaseException, full: bool) -> None:
    assert is_disk_full(error) is full
