"""A private throwaway PostgreSQL server for the test session (root runs it as the postgres user)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PG_BIN_CANDIDATES = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
# Each running server's port -> its pg_ctl start arguments, so a test can restart it (restart_postgres).
_START_ARGUMENTS: dict[int, list[str]] = {}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def _bin_dir() -> Path:
    if not PG_BIN_CANDIDATES:
        raise RuntimeError("PostgreSQL server binaries not found: run `scripts/system-deps.sh postgresql`")
    return PG_BIN_CANDIDATES[0]


@contextmanager
def postgres_server() -> Iterator[str]:
    """Start initdb + pg_ctl in a temporary folder; yields a SQLAlchemy URL of an empty database."""
    bin_dir, port = _bin_dir(), _free_port()
    folder = Path(tempfile.mkdtemp(prefix="ozg-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data, log = folder / "data", folder / "log"

    def run(*command: str) -> None:
        subprocess.run(
            _as_server_user([str(bin_dir / command[0]), *command[1:]]),
            check=True,
            capture_output=True,
            text=True,
        )

    run("initdb", "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
    start = ["-D", str(data), "-l", str(log), "-w", "start"]
    start += ["-o", f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"]
    run("pg_ctl", *start)
    _START_ARGUMENTS[port] = start
    try:
        run("createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "ozg")
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/ozg"
    finally:
        _START_ARGUMENTS.pop(port, None)
        run("pg_ctl", "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(folder, ignore_errors=True)


def restart_postgres(url: str, down_seconds: float) -> None:
    """Stop the server behind `url` (open sessions are cut: admin shutdown), keep it down a while, start it again."""

    start = _START_ARGUMENTS[int(url.rsplit(":", 1)[1].split("/", 1)[0])]
    pg_ctl = [str(_bin_dir() / "pg_ctl")]
    subprocess.run(_as_server_user([*pg_ctl, *start[:2], "-m", "fast", "-w", "stop"]), check=True, capture_output=True)
    time.sleep(down_seconds)
    subprocess.run(_as_server_user([*pg_ctl, *start]), check=True, capture_output=True)


def create_database(admin_url: str, name: str, template: str = "") -> str:
    """A fresh database on the same server (empty, or a copy of a template database); returns its URL."""
    import psycopg

    plain = admin_url.replace("postgresql+psycopg://", "postgresql://")
    suffix = f' TEMPLATE "{template}"' if template else ""
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"{suffix}')
    return admin_url.rsplit("/", 1)[0] + "/" + name
