"""REST API v1 latency under concurrent load, on PostgreSQL holding every German municipality × the catalog.

Reads the Destatis Gemeindeverzeichnis for Germany from gv_auszug_deutschland_destatis.csv in ../shared/data (or
OZG_SHARED_DATA) when
present (else the Lower Saxony registry, and says so), writes one generated finished run over all of them
(tests/support/generated_state.py), serves the API with `ozg-screen serve` and sends N requests per route from C
client threads. Prints p50/p95/p99 per route; the target is p99 < 100 ms for one municipality and statistics.
Nothing here asserts a time."""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from _common import OZG_SCREEN, PROJECT_ROOT
from sqlalchemy import text

from catalog.csvfiles import read_rows
from catalog.database.engine import make_engine, session_factory, transaction, upgrade_schema
from catalog.database.models import Municipality
from catalog.reference.catalog_load import load_catalog
from catalog.reference.registry import load_registry
from tests.support.generated_state import fill_screened_state
from tests.support.postgres import postgres_server

SHARED_DATA = Path(os.environ.get("OZG_SHARED_DATA") or PROJECT_ROOT.parent / "shared" / "data")
GERMANY = SHARED_DATA / "gv_auszug_deutschland_destatis.csv"
VERBAND_TYPES = {"51", "52", "53", "54", "56"}  # Amt, Samtgemeinde, Verbandsgemeinde, VG, Verwaltungsverband
GEMEINDE_TYPES = {"60": "gemeinde", "61": "kreisfreie_stadt", "62": "kreisfreie_stadt", "63": "stadt",
                  "64": "gemeinde", "67": "stadt"}  # fmt: skip


def germany_rows(path: Path) -> list[dict[str, object]]:
    """Registry rows from the GV extract: Landkreise, Verbände with members, Gemeinden (parents first)."""
    rows: list[dict[str, object]] = []
    verbaende: set[str] = set()
    kreise: set[str] = set()
    for record in read_rows(path, ["satzart", "textkennzeichen", "land", "rb", "kreis", "vb", "gemeinde"]):
        kreis = record["land"] + record["rb"] + record["kreis"]
        kind = record["satzart"], record["textkennzeichen"]
        if kind[0] == "40" and kind[1] in ("43", "44", "45"):
            kreise.add(kreis.ljust(12, "0"))
            rows.append(_row(kreis.ljust(12, "0"), record, "landkreis", None, None))
        elif kind[0] == "50" and kind[1] in VERBAND_TYPES:
            verband = (kreis + record["vb"]).ljust(12, "0")
            verbaende.add(verband)
            rows.append(_row(verband, record, "samtgemeinde", _kreis_of(kreis, kreise), None))
        elif kind[0] == "60" and kind[1] in GEMEINDE_TYPES:
            verband = (kreis + record["vb"]).ljust(12, "0")
            member = verband in verbaende
            kind_name = "mitgliedsgemeinde" if member else GEMEINDE_TYPES[kind[1]]
            ars = kreis + record["vb"] + record["gemeinde"]
            rows.append(_row(ars, record, kind_name, _kreis_of(kreis, kreise), verband if member else None))
    return rows


def _kreis_of(kreis: str, kreise: set[str]) -> str | None:
    ars = kreis.ljust(12, "0")
    return ars if ars in kreise else None


def _row(ars: str, record: dict[str, str], kind: str, kreis: str | None, verband: str | None) -> dict[str, object]:
    population = record.get("bevoelkerung", "").replace(" ", "")
    ags = ars[:5] + ars[9:] if len(ars) == 12 and kind not in ("samtgemeinde", "landkreis") else None
    return {
        "ars": ars, "ags": ags, "name": record["gemeindename"], "type": kind, "designation": "",
        "state": record["land"], "kreis_ars": kreis, "samtgemeinde_ars": verband,
        "population": int(population) if population.isdigit() else None,
    }  # fmt: skip


def prepare(url: str) -> tuple[list[str], str]:
    """Schema, catalog, registry and one generated run; returns the screened ARS and what the registry was."""
    engine = make_engine(url)
    upgrade_schema(engine)
    sessions = session_factory(engine)
    with transaction(sessions) as session:
        load_catalog(session, PROJECT_ROOT / "data" / "catalog")
        if GERMANY.exists():
            rows = germany_rows(GERMANY)
            session.bulk_insert_mappings(Municipality, rows)  # type: ignore[arg-type]
            source = f"Germany from {GERMANY.name}: {len(rows)} municipalities"
        else:
            load_registry(session, PROJECT_ROOT / "data" / "municipalities" / "niedersachsen.csv")
            source = f"{GERMANY} is absent: Lower Saxony only"
    started = time.monotonic()
    with transaction(sessions) as session:
        state = fill_screened_state(session, runs=1)
        session.execute(text("ANALYZE"))
    print(f"registry: {source}; generated run written in {time.monotonic() - started:.0f} s", flush=True)
    engine.dispose()
    return [ars for ars, status in state.statuses[0].items() if status in ("ok", "partial")], source


def routes(screened: list[str], rng: random.Random) -> dict[str, object]:
    return {
        "municipality (one, with document)": lambda: f"/api/v1/municipalities/{rng.choice(screened)}",
        "municipality history": lambda: f"/api/v1/municipalities/{rng.choice(screened)}/history",
        "statistics coverage by kreis": lambda: "/api/v1/statistics/coverage?by=kreis",
        "statistics coverage by themenfeld": lambda: "/api/v1/statistics/coverage?by=themenfeld",
        "statistics levels (page)": lambda: f"/api/v1/statistics/levels?limit=20&offset={rng.randrange(0, 140)}",
        "statistics most available": lambda: "/api/v1/statistics/services?order=most&limit=10",
        "municipalities list (type filter)": lambda: (
            f"/api/v1/municipalities?type=gemeinde&offset={rng.randrange(0, 2000)}"
        ),
        "availability of 10160 (page)": lambda: (
            f"/api/v1/catalog/services/10160/availability?offset={rng.randrange(0, 500)}"
        ),
    }


def measure(base: str, make_path: object, requests: int, clients: int) -> list[float]:
    def one(_: int) -> float:
        path = make_path()  # type: ignore[operator]
        started = time.perf_counter()
        response = http.get(base + path)
        elapsed = time.perf_counter() - started
        if response.status_code != 200:
            raise RuntimeError(f"{path}: {response.status_code} {response.text[:200]}")
        return elapsed * 1000

    with httpx.Client(timeout=60, limits=httpx.Limits(max_connections=clients)) as http:
        one(0)  # the first call fills caches (statistics, the matcher); reported apart below
        with ThreadPoolExecutor(clients) as pool:
            return list(pool.map(one, range(requests)))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300, help="requests per route")
    parser.add_argument(
        "--clients", type=int, nargs="+", default=[1, 8], help="concurrent client threads (each a round)"
    )
    parser.add_argument(
        "--workers", type=int, nargs="+", default=[1], help="`serve --workers` (each a server of its own, same data)"
    )
    parser.add_argument("--only", default="", help="only the routes whose name contains this text")
    args = parser.parse_args()
    with postgres_server() as url:
        screened, _source = prepare(url)
        # What preparing left is kept to the end: a full collection walking it paused the client threads for up to
        # 230 ms, which showed as server latency.
        gc.collect()
        gc.freeze()
        for workers in args.workers:
            _serve_and_measure(url, screened, workers, args)


def _serve_and_measure(url: str, screened: list[str], workers: int, args: argparse.Namespace) -> None:
    port = 18_000 + os.getpid() % 1000
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("OZG_")}, "OZG_DATABASE_URL": url,
           "OZG_VAR_DIR": tempfile.mkdtemp(prefix="ozg-bench-api-")}  # fmt: skip
    command = [OZG_SCREEN, "serve", "--port", str(port), "--workers", str(workers)]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait(f"http://127.0.0.1:{port}/health")
        for clients in args.clients:
            print(f"\n{args.requests} requests per route, {clients} concurrent clients, serve --workers {workers}")
            print(f"{'route':40} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
            # A seed per round: a later round asking for the same municipalities would find the answers kept.
            for name, make_path in routes(screened, random.Random(f"{workers}-{clients}")).items():
                if args.only not in name:
                    continue
                times = measure(f"http://127.0.0.1:{port}", make_path, args.requests, clients)
                print(f"{name:40} {statistics.median(times):8.1f} {percentile(times, 0.95):8.1f} "
                      f"{percentile(times, 0.99):8.1f} {max(times):8.1f}", flush=True)  # fmt: skip
    finally:
        server.terminate()
        server.wait(timeout=30)


def _wait(url: str) -> None:
    for _ in range(300):
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    sys.exit(f"the API did not start at {url}")


if __name__ == "__main__":
    main()
