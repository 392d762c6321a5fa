"""How long the report card and the dashboard take on a whole state: every registry municipality screened, 3 runs.

Usage: .venv/bin/python bench/pictures.py [--database-url URL]
Levels are drawn at random (seeded) for each municipality's expected services and stored as result rows in bulk;
then the read-layer functions and the HTML pages are timed. Prints figures only.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from _common import PROJECT_ROOT
from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker
from starlette.testclient import TestClient

from api.app import create_app
from catalog.database.engine import make_engine, session_factory, transaction, upgrade_schema
from catalog.database.models import Municipality, Result
from catalog.reference.catalog_load import load_catalog
from catalog.reference.platforms import PlatformRegistry
from catalog.reference.registry import load_registry
from catalog.results.coverage import TYPE_ROLES, expected_services
from catalog.results.dashboard import dashboard
from catalog.results.report_card import report_card
from catalog.screenings.store import CrawlOutcome, add_screening, create_run, finish_run, store_outcome
from catalog.settings import Settings

DATA_DIR = PROJECT_ROOT / "data"
RUNS = 3
BOTHEL = "033575401000"


def store_runs(sessions: sessionmaker[Session], seed: int = 0) -> int:
    """Three statewide runs in which every municipality of a type with expected services was screened."""
    rng = random.Random(seed)
    results = 0
    for run_number in range(RUNS):
        with transaction(sessions) as session:
            expected = {kind: sorted(expected_services(session, roles)) for kind, roles in TYPE_ROLES.items()}
            municipalities = session.scalars(select(Municipality).where(Municipality.type.in_(TYPE_ROLES))).all()
            run = create_run(session, "statewide", selection={"state": "NI"}, options={})
            rows = []
            for municipality in municipalities:
                screening = add_screening(session, run, f"https://www.{municipality.ars}.de/", name=municipality.name,
                                          municipality_ars=municipality.ars)  # fmt: skip
                store_outcome(session, screening.id, CrawlOutcome(status="ok", pages_crawled=100), [])
                online_odds = 0.1 + 0.1 * run_number
                rows += [
                    {"screening_id": screening.id, "ozg_id": ozg_id, "maturity": _level(rng, online_odds),
                     "confidence": 0.9}
                    for ozg_id in expected[municipality.type]
                    if rng.random() < 0.6
                ]  # fmt: skip
            session.execute(insert(Result), rows)
            results += len(rows)
            finish_run(session, run.id)
    return results


def _level(rng: random.Random, online_odds: float) -> int:
    return rng.choice((3, 4)) if rng.random() < online_odds else rng.choice((1, 1, 2))


def timed(label: str, call: object) -> None:
    started = time.perf_counter()
    call()  # type: ignore[operator]
    print(f"{label:<48} {time.perf_counter() - started:7.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="ozg-pictures-"))
    url = args.database_url or f"sqlite:///{folder / 'state.sqlite3'}"
    engine = make_engine(url)
    upgrade_schema(engine)
    sessions = session_factory(engine)
    with transaction(sessions) as session:
        load_catalog(session, DATA_DIR / "catalog")
        load_registry(session, DATA_DIR / "municipalities" / "niedersachsen.csv")
    started = time.perf_counter()
    results = store_runs(sessions)
    print(f"stored {RUNS} runs, {results} results in {time.perf_counter() - started:.1f} s ({url.split(':')[0]})")
    platforms = PlatformRegistry.from_file(DATA_DIR / "platforms.toml")
    with sessions() as session:
        timed("dashboard(), whole state, 3-run trend", lambda: dashboard(session))
        timed("dashboard(kreis=03357)", lambda: dashboard(session, kreis="03357"))
        timed("report_card(Samtgemeinde Bothel)", lambda: report_card(session, BOTHEL, platforms))
    with TestClient(create_app(Settings(database_url=url, var_dir=folder))) as client:
        timed("GET /dashboard (HTML with SVG)", lambda: client.get("/dashboard").raise_for_status())
        timed(f"GET /report/{BOTHEL}", lambda: client.get(f"/report/{BOTHEL}").raise_for_status())
        size = len(client.get("/dashboard").content)
        print(f"{'size of /dashboard':<48} {size / 1024:7.0f} KB")


if __name__ == "__main__":
    main()
