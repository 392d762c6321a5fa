"""Throughput of a distributed run with 1, 2 and 4 workers over N generated municipal sites.

Usage: .venv/bin/python bench/distributed.py [--size 40] [--workers 1 2 4] [--concurrency 4] [--latency 100 300]
                                             [--delay 0.5]
Each worker count gets a fresh PostgreSQL database and a fresh Redis (both private servers on 127.0.0.1, started
here), the same generated state with realistic per-request latency, and one `run --distributed` followed to its
end. Prints figures only. On a 2-core machine the figures show the overhead and the shape of the scaling: workers
share two cores, and beyond that each waits on its polite per-host delay, as real workers would on real sites.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
import time
from pathlib import Path

from _common import OZG_SCREEN, PROJECT_ROOT

from crawler.localweb.control import local_web
from tests.support.postgres import create_database, postgres_server
from tests.support.redis import redis_server
from tests.support.statewide.generator import generate_state, load_municipalities, write_websites_csv

ALL_TYPES = ("samtgemeinde", "stadt", "gemeinde", "landkreis", "kreisfreie_stadt")


def prepared_env(database: str, broker: str, web_env: dict[str, str], args: argparse.Namespace) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("OZG_")}
    env.update(web_env)
    env.update(
        {
            "OZG_DATABASE_URL": database,
            "OZG_BROKER_URL": broker,
            "OZG_VAR_DIR": tempfile.mkdtemp(prefix="ozg-bench-"),
            "OZG_DOWNLOAD_DELAY": str(args.delay),
            "OZG_DOWNLOAD_TIMEOUT": "10",
            "OZG_RENDER": "never",
            "OZG_REFERENCE_WEBSITES": "false",  # local sites only
        }
    )
    for command in (["db", "upgrade"], ["catalog", "load"], ["municipalities", "load"]):
        subprocess.run([OZG_SCREEN, *command], env=env, check=True, capture_output=True)
    return env


def run_once(workers: int, admin_url: str, sites: list, web_env: dict[str, str], args: argparse.Namespace) -> str:  # type: ignore[type-arg]
    database_url = create_database(admin_url, f"bench_{workers}_{time.monotonic_ns()}")
    with redis_server() as redis:
        env = prepared_env(database_url, redis.url, web_env, args)
        websites = Path(env["OZG_VAR_DIR"]) / "websites.csv"
        write_websites_csv(websites, sites)
        subprocess.run(
            [OZG_SCREEN, "municipalities", "import-websites", str(websites)], env=env, check=True, capture_output=True
        )
        command = [OZG_SCREEN, "worker", "--concurrency", str(args.concurrency)]
        pool = [subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL) for _ in range(workers)]
        started = time.perf_counter()
        try:
            followed = subprocess.run([OZG_SCREEN, "run", "--distributed"], env=env, capture_output=True, text=True)
        finally:
            for process in pool:
                process.terminate()
            for process in pool:
                process.wait(timeout=120)
        seconds = time.perf_counter() - started
    last = [line for line in followed.stderr.splitlines() if "fertig" in line][-1:]
    pages = int(last[0].split(" Seiten")[0].rsplit(" ", 1)[-1]) if last else 0
    return (
        f"{workers} worker(s) x {args.concurrency}: {len(sites)} municipalities in {seconds:.1f} s, {pages} pages, "
        f"{pages / seconds:.1f} pages/s, {seconds / len(sites):.2f} s per municipality (exit {followed.returncode}); "
        + stored_size(database_url, pages)
    )


def stored_size(database_url: str, pages: int) -> str:
    """What the run left in PostgreSQL: evidence rows and bytes, per page crawled."""
    import psycopg

    plain = database_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain) as connection:
        rows = connection.execute("SELECT count(*) FROM evidence").fetchone()[0]
        results = connection.execute("SELECT count(*) FROM result").fetchone()[0]
        size = connection.execute(
            "SELECT pg_total_relation_size('evidence') + pg_total_relation_size('result') "
            "+ pg_total_relation_size('result_evidence') + pg_total_relation_size('screening')"
        ).fetchone()[0]
    per_page = size / pages if pages else 0
    return f"stored: {rows} evidence rows, {results} results, {size / 1e6:.1f} MB ({per_page / 1024:.1f} KB per page)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=40)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--concurrency", type=int, default=4, help="municipalities per worker at once")
    parser.add_argument("--latency", type=int, nargs=2, default=[100, 300], help="ms per request, min and max")
    parser.add_argument("--delay", type=float, default=0.5, help="polite seconds between requests to one host")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="state-") as temp, postgres_server() as admin_url:
        municipalities = load_municipalities(args.size, seed=1, types=ALL_TYPES)
        sites = generate_state(Path(temp), municipalities, seed=1, latency_ms=tuple(args.latency))
        with local_web([Path(temp)]) as web:
            for workers in args.workers:
                print(run_once(workers, admin_url, sites, web.proxy_env(), args), flush=True)
    print(f"project: {PROJECT_ROOT}; machine: {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
