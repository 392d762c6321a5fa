"""How `ozg-screen` ends: without tearing the interpreter down, but with nothing left undone (cli._leave)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.support.cli import run_cli
from tests.support.paths import PROJECT_ROOT


def test_a_command_closes_its_database_before_the_process_ends(tmp_path: Path) -> None:
    result = run_cli("db", "upgrade", env={"OZG_VAR_DIR": str(tmp_path)})
    assert result.code == 0, result.stderr
    # A connection still open when the process ends leaves SQLite's write-ahead log beside the file.
    assert sorted(path.name for path in tmp_path.iterdir()) == ["ozg.sqlite3"]


EXIT_HANDLER = """
import atexit, sys, threading
import cli

atexit.register(lambda: print("exit handler ran", flush=True))
if "--thread" in sys.argv:
    sys.argv.remove("--thread")
    gate = threading.Event()
    threading.Thread(target=lambda: (gate.wait(2), print("thread finished", flush=True))).start()
sys.argv = ["ozg-screen", *sys.argv[1:]]
cli.main()
"""


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", EXIT_HANDLER, *args], capture_output=True, text=True, timeout=120, cwd=PROJECT_ROOT
    )


def test_exit_handlers_run_and_the_exit_code_stays() -> None:
    finished = _run("--help")
    assert finished.returncode == 0
    assert "Usage" in finished.stdout and finished.stdout.rstrip().endswith("exit handler ran")
    refused = _run("no-such-command")
    assert refused.returncode == 2 and "exit handler ran" in refused.stdout


def test_a_thread_still_running_is_waited_for() -> None:
    finished = _run("--help", "--thread")
    assert finished.returncode == 0
    assert "thread finished" in finished.stdout and "exit handler ran" in finished.stdout
