"""Starting a run as a real process and killing it (SIGKILL) once some municipalities are stored."""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import time
from typing import IO

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
    engine = make_engine(database_url)
    with tempfile.TemporaryFile() as stderr:
        process = subprocess.Popen(
            [str(OZG_SCREEN), "run", "--concurrency", "4", "--limit", str(limit)],
            env={**full_env, **env},
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        try:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                finished = _finished(engine)
                if finished[1] >= minimum:
                    process.send_signal(stop)
                    exit_codes.append(_wait_or_explain(process, stderr))
                    return finished
                if process.poll() is not None:
                    raise AssertionError("the run ended before it could be killed")
                time.sleep(0.1)
            raise AssertionError(f"fewer than {minimum} municipalities finished within {timeout} s")
        finally:
            if process.poll() is None:
                process.kill()
            engine.dispose()


def _wait_or_explain(process: subprocess.Popen[bytes], stderr: IO[bytes]) -> int:
    """The exit code; a run that does not end is asked where it stands (SIGUSR1, see cli.main) before it fails."""
    try:
        return process.wait(timeout=300)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGUSR1)
        time.sleep(2)
        stderr.seek(0)
        said = stderr.read().decode(errors="replace")[-20_000:]
        raise AssertionError(f"the stopped run did not end:\n{said}") from None


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
