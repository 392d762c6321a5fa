"""Running `ozg-screen` as a real subprocess with a given environment."""

from __future__ import annotations

import os
import subprocess
import sys
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
    completed = subprocess.run(
        [str(OZG_SCREEN), *args],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd or PROJECT_ROOT,
    )
    return CliResult(completed.returncode, completed.stdout, completed.stderr)
