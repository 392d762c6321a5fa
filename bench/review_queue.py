"""Seconds of the review queue on a generated statewide state (every NI municipality × the catalog × runs).

Usage: .venv/bin/python bench/review_queue.py [--runs 3] [--database sqlite|postgresql] [--repeat 3]
Times the read layer's whole queue, one page of it (`queue_page`, 50 entries) and the unfiltered
`GET /api/v1/review` through the app (in process). Prints figures only (best of --repeat).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from _common import PROJECT_ROOT
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from api.app import create_app
from catalog.database.engine import make_engine, session_factory, transaction, upgrade_schema
from catalog.database.models import Result
from catalog.reference.catalog_load import load_catalog
from catalog.reference.registry import load_registry
from catalog.review.queue import QueueFilter, queue_page, review_queue
from catalog.settings import Settings
from tests.support.generated_state import fill_screened_state
from tests.support.postgres import postgres_server


@contextmanager
def database(kind: str, folder: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{folder / 'state.sqlite3'}"
        return
    with postgres_server() as url:
        yield url


def fill(url: str, runs: int) -> tuple[int, int]:
    """Schema, catalog, the Lower Saxony registry and `runs` generated statewide runs; (entries, results)."""
    engine = make_engine(url)
    upgrade_schema(engine)
    sessions = session_factory(engine)
    with transaction(sessions) as session:
        load_catalog(session, PROJECT_ROOT / "data" / "catalog")
        load_registry(session, PROJECT_ROOT / "data" / "municipalities" / "niedersachsen.csv")
        fill_screened_state(session, runs=runs)
    with sessions() as session:
        results = session.scalar(select(func.count()).select_from(Result)) or 0
        entries = len(review_queue(session, QueueFilter()))
    engine.dispose()
    return entries, results


def best(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="postgresql")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ozg-queue-") as folder, database(args.database, Path(folder)) as url:
        entries, results = fill(url, args.runs)
        print(f"{args.database}: {args.runs} runs, {results:,} results, {entries:,} queue entries in the latest run")
        sessions = session_factory(make_engine(url))
        client = TestClient(create_app(Settings(database_url=url, var_dir=Path(folder))))

        def whole() -> object:
            with sessions() as session:
                return review_queue(session, QueueFilter())

        def page() -> object:
            with sessions() as session:
                return queue_page(session, QueueFilter(), 50, 0)

        def route() -> object:
            response = client.get("/api/v1/review")
            assert response.status_code == 200, response.text
            return response

        for name, work in (("review_queue (all)", whole), ("queue_page (50)", page), ("GET /api/v1/review", route)):
            print(f"{name:20} {best(args.repeat, work):7.2f} s")


if __name__ == "__main__":
    main()
