"""Running `ozg-screen` as a real subprocess with a given environment."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.support.paths import PROJECT_ROOT

OZG_SCREEN = Path(sys.executable).parent / "ozg-screen"


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str


def run_cli(*args: str, env: dict[str, str], timeout: float = 300, cwd: Path | None = None) -> CliResult:
    full_env = {key: value for key, value in os.environ.items() if not key.startswith("OZG_")}
    full_env.update(env)
    with subprocess.Popen(
        [str(OZG_SCREEN), *args],
        env=full_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=cwd or PROJECT_ROOT,
    ) as process:
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            stacks = _stacks(process)
            raise AssertionError(f"ozg-screen {' '.join(args)} still ran after {timeout} s:\n{stacks}") from None
    return CliResult(process.returncode, stdout, stderr)


def _stacks(process: subprocess.Popen[str]) -> str:
    """Where a command that never ended stood: it dumps its threads' stacks on SIGUSR1 (see cli.main)."""
    process.send_signal(signal.SIGUSR1)
    time.sleep(2)
    process.kill()
    _, stderr = process.communicate()
    return stderr[-20_000:]
