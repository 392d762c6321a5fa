"""Starting and stopping the local web as a child process, for the demo, tests and benchmarks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

STARTUP_SECONDS = 30


@dataclass(frozen=True)
class LocalWeb:
    proxy_url: str
    http_port: int
    hosts: tuple[str, ...]

    def proxy_env(self) -> dict[str, str]:
        """Environment that sends every fetch (Scrapy, Chromium, httpx) through the local proxy."""
        return {
            "HTTP_PROXY": self.proxy_url,
            "HTTPS_PROXY": self.proxy_url,
            "http_proxy": self.proxy_url,
            "https_proxy": self.proxy_url,
            "NO_PROXY": "127.0.0.1,localhost",
            "no_proxy": "127.0.0.1,localhost",
        }


@contextmanager
def local_web(folders: list[Path]) -> Iterator[LocalWeb]:
    """Serve the site folders until the block ends."""
    with tempfile.TemporaryDirectory(prefix="localweb-") as temp:
        port_file = Path(temp) / "ports.json"
        command = [
            sys.executable,
            "-m",
            "crawler.localweb",
            *(str(folder.resolve()) for folder in folders),
            "--port-file",
            str(port_file),
        ]
        env = {key: value for key, value in os.environ.items() if "proxy" not in key.lower()}
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        try:
            yield _wait_for(port_file, process)
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def _wait_for(port_file: Path, process: subprocess.Popen[bytes]) -> LocalWeb:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if port_file.exists():
            ports = json.loads(port_file.read_text(encoding="utf-8"))
            return LocalWeb(f"http://127.0.0.1:{ports['proxy']}", int(ports["http"]), tuple(ports["hosts"]))
        if process.poll() is not None:
            error = process.stderr.read().decode(errors="replace") if process.stderr else ""
            raise RuntimeError(f"local web server exited: {error.strip()[-500:]}")
        time.sleep(0.05)
    raise RuntimeError("local web server did not start within 30 s")
