"""The last resort against stray browsers: find this process's Playwright and Chromium descendants and end them."""

from __future__ import annotations

import os
import signal
from contextlib import suppress
from pathlib import Path

BROWSER_MARKERS = ("chrom", "playwright", "headless_shell")


def _parents() -> dict[int, int]:
    """pid -> parent pid, from /proc (Linux); empty elsewhere."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with suppress(OSError, ValueError, IndexError):
            # The command name may contain spaces and parentheses: the fields after the last ")" are fixed.
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
    return parents


def descendants(root: int) -> list[int]:
    parents = _parents()
    found: list[int] = []
    frontier = [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent]
        found += children
        frontier += children
    return found


def _is_browser(pid: int) -> bool:
    with suppress(OSError):
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
        return any(marker in command.lower() for marker in BROWSER_MARKERS)
    return False


def browser_processes() -> list[int]:
    """Browser processes started by this process (the Playwright driver, Chromium and its helpers)."""
    return [pid for pid in descendants(os.getpid()) if _is_browser(pid)]


def kill_browser_processes() -> int:
    """SIGKILL every browser process below this one; how many there were."""
    pids = browser_processes()
    for pid in pids:
        with suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    return len(pids)
