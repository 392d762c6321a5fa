"""Distributed runs in tests: worker processes, a followed run, and what the shared database holds afterwards."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import func, select

from catalog.database.engine import make_engine, session_factory
from catalog.database.models import Evidence, Result, Run, Screening
from tests.support.cli import OZG_SCREEN


def _environment(env: dict[str, str]) -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if not key.startswith("OZG_")} | env


class Workers:
    """`ozg-screen worker` subprocesses that a test starts, kills and stops."""

    def __init__(self, env: dict[str, str], logs: Path) -> None:
        self.env, self.logs = _environment(env), logs
        self.processes: list[subprocess.Popen[bytes]] = []

    def start(self, concurrency: int = 2) -> subprocess.Popen[bytes]:
        log = (self.logs / f"worker-{len(self.processes)}.log").open("wb")
        command = [str(OZG_SCREEN), "worker", "--concurrency", str(concurrency)]
        process = subprocess.Popen(command, env=self.env, stdout=log, stderr=log)
        self.processes.append(process)
        return process

    def kill(self, process: subprocess.Popen[bytes]) -> None:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)

    def stop_all(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()

    def log_tail(self) -> str:
        return "\n".join(path.read_text(errors="replace")[-1500:] for path in sorted(self.logs.glob("worker-*.log")))


@contextmanager
def workers(env: dict[str, str], logs: Path) -> Iterator[Workers]:
    started = Workers(env, logs)
    try:
        yield started
    finally:
        started.stop_all()


def start_distributed_run(env: dict[str, str], ars: list[str], log: Path) -> subprocess.Popen[bytes]:
    """`ozg-screen run --distributed` (enqueue and follow) as a subprocess."""
    arguments = [argument for key in ars for argument in ("--ars", key)]
    handle = log.open("wb")
    command = [str(OZG_SCREEN), "run", "--distributed", *arguments]
    return subprocess.Popen(command, env=_environment(env), stdout=handle, stderr=handle)


def wait_for(condition: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


class SharedStore:
    """Reads of the shared database while and after a distributed run."""

    def __init__(self, database_url: str) -> None:
        self.engine = make_engine(database_url)
        self.sessions = session_factory(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def last_run_id(self) -> int:
        with self.sessions() as session:
            return int(session.scalar(select(func.max(Run.id))) or 0)

    def screenings(self, run_id: int) -> list[Screening]:
        with self.sessions() as session:
            return list(session.scalars(select(Screening).where(Screening.run_id == run_id)))

    def running_on(self, run_id: int, worker_pid: int) -> int:
        return sum(
            1 for row in self.screenings(run_id) if row.status == "running" and row.worker.endswith(f":{worker_pid}")
        )

    def finished(self, run_id: int) -> int:
        return sum(1 for row in self.screenings(run_id) if row.status not in ("pending", "running"))

    def run_status(self, run_id: int) -> str:
        with self.sessions() as session:
            return str(session.get_one(Run, run_id).status)

    def duplicate_pages(self, run_id: int) -> list[tuple[int, str, int]]:
        """(screening, url, count) of pages stored more than once within one screening."""
        with self.sessions() as session:
            rows = session.execute(
                select(Evidence.screening_id, Evidence.url, func.count())
                .join(Screening)
                .where(Screening.run_id == run_id, Evidence.kind == "page")
                .group_by(Evidence.screening_id, Evidence.url)
                .having(func.count() > 1)
            ).all()
        return [(int(screening), str(url), int(count)) for screening, url, count in rows]

    def results_per_screening(self, run_id: int) -> dict[int, int]:
        with self.sessions() as session:
            rows = session.execute(
                select(Result.screening_id, func.count())
                .join(Screening)
                .where(Screening.run_id == run_id)
                .group_by(Result.screening_id)
            ).all()
        return {int(screening): int(count) for screening, count in rows}
