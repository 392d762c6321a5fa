"""`kill -USR1` on a crawl that seems stuck: the command says where it stands and goes on."""

from __future__ import annotations

import json
import os
import signal
import subprocess
from pathlib import Path

from crawler.localweb.control import LocalWeb
from tests.support.cli import OZG_SCREEN
from tests.support.environments import screening_env


def test_sigusr1_dumps_threads_tasks_and_engine_and_the_check_still_ends(
    loaded_sqlite_url: str, tmp_path: Path, fixture_web: LocalWeb
) -> None:
    # The start page of this site never answers: the crawl waits for its download timeout.
    env = os.environ | screening_env(loaded_sqlite_url, tmp_path, fixture_web, download_timeout="6")
    command = [str(OZG_SCREEN), "check", "http://www.haengende-gemeinde.de/", "--json"]
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
        first_progress = _progress_line(process)
        process.send_signal(signal.SIGUSR1)
        stdout, stderr = process.communicate(timeout=120)
    assert "Seiten" in first_progress, "the crawl was running when asked"
    assert process.returncode == 1, stderr
    assert json.loads(stdout)["run"]["status"] == "timeout"
    assert "Current thread" in stderr or "Thread 0x" in stderr, "every thread's stack"
    assert "len(engine.downloader.active)" in stderr, "the engine's state"
    assert "Stack for <Task" in stderr, "the waiting tasks"


def _progress_line(process: subprocess.Popen[str]) -> str:
    """The first progress line: it comes from inside the reactor, so the crawl (and its signal handler) runs."""
    assert process.stderr is not None
    return process.stderr.readline()
