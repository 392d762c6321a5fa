"""Wall time, pages/s and peak memory of `ozg-screen run` over N generated municipal sites.

Usage: .venv/bin/python bench/statewide.py [--sizes 50 200 440] [--concurrency 32] [--latency 100 300]
                                           [--delay 0.5] [--render auto]
Each size gets a fresh generated state (realistic per-request latency), a fresh database and one run with the
polite per-host delay; peak memory is the proportional memory (PSS) of the run process and its children
(Playwright and Chromium).
Prints figures only.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from _common import OZG_SCREEN, bench_env, import_websites

from crawler.localweb.control import local_web
from tests.support.statewide.generator import generate_state, load_municipalities

ALL_TYPES = ("samtgemeinde", "stadt", "gemeinde", "landkreis", "kreisfreie_stadt")


def tree_pss_mb(pid: int) -> float:
    """Proportional memory (PSS) of a process and all its descendants: shared pages (Chromium's many
    processes share most of theirs) are counted once in total, not once per process as RSS would."""
    total, stack, seen = 0, [pid], set()
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            rollup = Path(f"/proc/{current}/smaps_rollup").read_text()
            total += next(int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:"))
            for task in Path(f"/proc/{current}/task").iterdir():
                stack += [int(child) for child in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total / 1024


class PeakMemory(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.running = pid, 0.0, True

    def run(self) -> None:
        while self.running:
            self.peak = max(self.peak, tree_pss_mb(self.pid))
            time.sleep(0.5)


def run_once(size: int, args: argparse.Namespace) -> str:
    with tempfile.TemporaryDirectory(prefix="state-") as temp:
        municipalities = load_municipalities(size, seed=1, types=ALL_TYPES)
        sites = generate_state(Path(temp), municipalities, seed=1, latency_ms=tuple(args.latency))
        with local_web([Path(temp)]) as web:
            env = bench_env(
                {
                    **web.proxy_env(),
                    "OZG_DOWNLOAD_DELAY": str(args.delay),
                    "OZG_DOWNLOAD_TIMEOUT": "10",
                    "OZG_RENDER": args.render,
                }
            )
            import_websites(env, sites)
            started = time.perf_counter()
            process = subprocess.Popen(
                [OZG_SCREEN, "run", "--concurrency", str(args.concurrency)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            memory = PeakMemory(process.pid)
            memory.start()
            process.wait()
            seconds = time.perf_counter() - started
            memory.running = False
            pages, screened = _pages(Path(env["OZG_VAR_DIR"]) / "ozg.sqlite3")
    return (
        f"N={size:4}: {seconds:7.1f} s wall, {pages:6} pages, {pages / seconds:6.1f} pages/s, "
        f"{seconds / size:5.2f} s per municipality, {screened} screened, peak memory (PSS) {memory.peak:6.0f} MB "
        f"(exit {process.returncode})"
    )


def _pages(database: Path) -> tuple[int, int]:
    with sqlite3.connect(database) as connection:
        pages, screened = connection.execute(
            "select coalesce(sum(pages_crawled), 0), sum(status in ('ok', 'partial')) from screening"
        ).fetchone()
    return int(pages), int(screened or 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 200, 440])
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--latency", type=int, nargs=2, default=[100, 300])
    parser.add_argument("--delay", type=float, default=0.5)
    parser.add_argument("--render", default="auto", choices=["auto", "always", "never"])
    args = parser.parse_args()
    print(
        f"concurrency {args.concurrency}, latency {args.latency[0]}-{args.latency[1]} ms, "
        f"per-host delay {args.delay} s, render {args.render}, {os.cpu_count()} cores"
    )
    for size in args.sizes:
        print(run_once(size, args), flush=True)


if __name__ == "__main__":
    main()
