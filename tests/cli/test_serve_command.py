"""`ozg-screen serve --workers N` as a real subprocess: N uvicorn worker processes answer the API."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

import httpx
import psutil

from tests.support.cli import OZG_SCREEN
from tests.support.paths import PROJECT_ROOT


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _answer(url: str, server: subprocess.Popen[bytes]) -> httpx.Response:
    for _ in range(300):
        assert server.poll() is None, "serve ended before it answered"
        try:
            return httpx.get(url, timeout=2)
        except httpx.HTTPError:
            time.sleep(0.1)
    raise AssertionError(f"no answer from {url}")


def test_two_workers_answer(loaded_sqlite_url: str, tmp_path: Path) -> None:
    port = _free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith("OZG_")}
    env.update({"OZG_DATABASE_URL": loaded_sqlite_url, "OZG_VAR_DIR": str(tmp_path)})
    command = [str(OZG_SCREEN), "serve", "--port", str(port), "--workers", "2"]
    server = subprocess.Popen(command, env=env, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        response = _answer(f"http://127.0.0.1:{port}/api/v1/runs", server)
        assert response.status_code == 200 and response.json()["total"] == 0
        children = psutil.Process(server.pid).children()
        workers = [child for child in children if "spawn_main" in " ".join(child.cmdline())]
        assert len(workers) == 2
    finally:
        server.terminate()
        server.wait(timeout=30)
