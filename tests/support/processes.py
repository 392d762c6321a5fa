"""Watching a command's descendants while it runs, to see afterwards whether any (a browser) outlived it.

Playwright starts Chromium in a session of its own, and a process whose parent died is re-parented to init, so
neither the session id nor the process tree finds a survivor after the command has exited: the watch remembers
every descendant it saw (pid and start time) and asks later which of them still run.
"""

from __future__ import annotations

import threading
import time

import psutil


class DescendantWatch:
    """Samples the process tree under `pid` every `interval` seconds until stopped."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        self.root = psutil.Process(pid)
        self.seen: dict[tuple[int, float], str] = {}
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            time.sleep(self.interval)

    def sample(self) -> None:
        try:
            children = self.root.children(recursive=True)
        except psutil.Error:
            return
        for child in children:
            try:
                self.seen[(child.pid, child.create_time())] = child.name()
            except psutil.Error:
                continue

    def names(self) -> set[str]:
        return set(self.seen.values())

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def survivors(self, grace: float = 5.0) -> list[str]:
        """Names of the watched descendants still running after up to `grace` seconds."""
        self.stop()
        deadline = time.monotonic() + grace
        alive = self._alive()
        while alive and time.monotonic() < deadline:
            time.sleep(0.2)
            alive = self._alive()
        return alive

    def _alive(self) -> list[str]:
        alive = []
        for (pid, started), name in self.seen.items():
            try:
                process = psutil.Process(pid)
                if process.create_time() == started and process.status() != psutil.STATUS_ZOMBIE:
                    alive.append(name)
            except psutil.Error:
                continue
        return alive

    def wait_for(self, marker: str, timeout: float = 60) -> None:
        """Until a descendant whose name contains `marker` has been seen."""
        deadline = time.monotonic() + timeout
        while not any(marker in name for name in self.names()):
            if time.monotonic() > deadline:
                raise AssertionError(f"no {marker} process appeared within {timeout} s")
            time.sleep(0.1)
