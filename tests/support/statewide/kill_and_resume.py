"""Starting a run as a real process and killing it (SIGKILL) once some municipalities are stored."""

from __future__ import annotations

import os
import signal
import subprocess
import time

from sqlalchemy import func, select

from catalog.database.engine import make_engine, session_factory
from catalog.database.models import Run, Screening
from tests.support.cli import OZG_SCREEN


def run_until_some_finished(
    env: dict[str, str],
    database_url: str,
    minimum: int,
    limit: int,
    timeout: float = 120,
    stop: signal.Signals = signal.SIGKILL,
) -> tuple[int, int]:
    """(run id, municipalities finished when the process was sent `stop`); the exit code is checked by the caller."""
    full_env = {key: value for key, value in os.environ.items() if not key.startswith("OZG_")}
    process = subprocess.Popen(
        [str(OZG_SCREEN), "run", "--concurrency", "4", "--limit", str(limit)],
        env={**full_env, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    engine = make_engine(database_url)
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            finished = _finished(engine)
            if finished[1] >= minimum:
                process.send_signal(stop)
                exit_codes.append(process.wait(timeout=300))
                return finished
            if process.poll() is not None:
                raise AssertionError("the run ended before it could be killed")
            time.sleep(0.1)
        raise AssertionError(f"fewer than {minimum} municipalities finished within {timeout} s")
    finally:
        if process.poll() is None:
            process.kill()
        engine.dispose()


exit_codes: list[int] = []  # of the stopped runs, newest last


def _finished(engine: object) -> tuple[int, int]:
    with session_factory(engine)() as session:  # type: ignore[arg-type]
        run_id = session.scalar(select(func.max(Run.id))) or 0
        done = (
            session.scalar(
                select(func.count())
                .select_from(Screening)
                .where(Screening.run_id == run_id, Screening.status.not_in(("pending", "running")))
            )
            or 0
        )
    return int(run_id), int(done)
