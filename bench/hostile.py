"""Screens every hostile fixture site once and prints status, exit code, seconds, peak memory and leftovers.

Usage: .venv/bin/python bench/hostile.py [CASE ...]   (names from the table below; default all)
Peak memory is summed over `check` and all its descendants (Chromium included), sampled every 100 ms, as RSS (counts
memory shared between Chromium's processes several times) and as PSS (shares it out: what the tree really holds).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass

import psutil
from _common import OZG_SCREEN, PROJECT_ROOT, bench_env

sys.path.insert(0, str(PROJECT_ROOT))

from crawler.localweb.control import local_web
from tests.support.paths import DEMO_SITES, FIXTURE_SITES, HOSTILE_SITES
from tests.support.processes import DescendantWatch

CASES: dict[str, tuple[str, list[str]]] = {
    "bot wall (403 challenge)": ("http://www.bollwerk-gemeinde.de/", []),
    "bot wall (200 challenge)": ("http://www.schutzwall-gemeinde.de/", []),
    "bot wall (429 for crawlers)": ("http://www.pruefstein-gemeinde.de/", []),
    "redirect loop": ("http://www.kreisel-gemeinde.de/", []),
    "long redirect chain": ("http://www.umweg-gemeinde.de/", []),
    "inner redirect loop": ("http://www.karussell-gemeinde.de/", []),
    "very large start page": ("http://www.riesenbuettel.de/", []),
    "JavaScript never settles": ("http://www.unruhige-gemeinde.de/", []),
    "charset declared wrongly": ("http://www.falschkodierte-gemeinde.de/", []),
    "endless unique URLs": ("http://www.endlosheide.de/", []),
    "charset cp1252 as UTF-8": ("http://www.fensterkodierte-gemeinde.de/", []),
    "frameset": ("http://www.rahmen-gemeinde.de/", []),
    "cookie check": ("http://www.keks-gemeinde.de/", []),
    "links in JS handlers": ("http://www.skript-gemeinde.de/", []),
    "meta refresh": ("http://www.weiterleitung-gemeinde.de/", []),
    "soft 404": ("http://www.moorhusen.de/", []),
    "wrong content type": ("http://www.textplain-gemeinde.de/", []),
    "umlaut paths UTF-8": ("http://www.umlaut-gemeinde.de/", []),
    "umlaut paths Latin-1": ("http://www.altdorf-latin1.de/", []),
    "slow site (0.5 s a page)": ("http://www.langsame-gemeinde.de/", ["--max-pages", "20"]),
    "hanging server": ("http://www.haengende-gemeinde.de/", []),
    "429 everywhere": ("http://www.ueberlastete-gemeinde.de/", []),
    # No hostile sites: every page rendered, for Chromium's memory over a longer crawl (docs/crawling.md).
    "rendered crawl (moorhausen)": ("http://www.gemeinde-moorhausen.de/", ["--render", "always"]),
    "rendered crawl (heideland)": ("http://www.sg-heideland.de/", ["--render", "always", "--max-pages", "150"]),
}


@dataclass
class Measurement:
    status: str
    code: int
    seconds: float
    rss_mb: float
    pss_mb: float
    leftovers: int
    traceback: bool
    services: int


def measure(url: str, args: list[str], env: dict[str, str]) -> Measurement:
    command = [OZG_SCREEN, "check", url, "--json", *args]
    started = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    descendants = DescendantWatch(process.pid)
    peak_rss, peak_pss = _watch(process)
    stdout, stderr = process.communicate()
    seconds = time.monotonic() - started
    leftovers = descendants.survivors(grace=2.0)
    document = json.loads(stdout) if stdout.strip() else {}
    return Measurement(
        status=document.get("run", {}).get("status", "-"),
        code=process.returncode,
        seconds=seconds,
        rss_mb=peak_rss / 1e6,
        pss_mb=peak_pss / 1e6,
        leftovers=len(leftovers),
        traceback="Traceback" in stderr,
        services=len(document.get("services", [])),
    )


def _watch(process: subprocess.Popen[str]) -> tuple[int, int]:
    """Peaks of the summed RSS and PSS of the process and its descendants.

    Chromium's processes share much of their memory, so summed RSS counts it several times; PSS divides shared
    pages among the processes that map them and adds up to what the tree really holds.
    """
    root = psutil.Process(process.pid)
    peak_rss = peak_pss = 0
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            sizes = [_memory(member) for member in tree]
            peak_rss = max(peak_rss, sum(rss for rss, _ in sizes))
            peak_pss = max(peak_pss, sum(pss for _, pss in sizes))
        except psutil.NoSuchProcess:
            pass
        time.sleep(0.1)
    return peak_rss, peak_pss


def _memory(process: psutil.Process) -> tuple[int, int]:
    try:
        info = process.memory_full_info()
        return int(info.rss), int(info.pss)
    except psutil.Error:
        return 0, 0


def main(selected: list[str]) -> None:
    cases = {name: case for name, case in CASES.items() if not selected or name in selected}
    env = bench_env({"OZG_AUTOTHROTTLE": "false", "OZG_RETRY_TIMES": "0", "OZG_DOWNLOAD_TIMEOUT": "10"})
    header = ("case", "status", "exit", "seconds", "RSS MB", "PSS MB", "left", "tb", "svc")
    print("{:<28} {:<20} {:>4} {:>8} {:>7} {:>7} {:>4} {:>3} {:>4}".format(*header))
    with local_web([FIXTURE_SITES, DEMO_SITES, HOSTILE_SITES]) as web:
        env.update(web.proxy_env())
        for name, (url, args) in cases.items():
            result = measure(url, args, env)
            print(
                f"{name:<28} {result.status:<20} {result.code:>4} {result.seconds:>8.1f} "
                f"{result.rss_mb:>7.0f} {result.pss_mb:>7.0f} "
                f"{result.leftovers:>4} {'yes' if result.traceback else 'no':>3} {result.services:>4}",
                flush=True,
            )


if __name__ == "__main__":
    main(sys.argv[1:])
