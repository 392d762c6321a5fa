"""Rows per second and peak memory (RSS) of `ozg-screen export` on a generated Germany-size state in PostgreSQL.

Usage: .venv/bin/python bench/export.py [--limit N] [--formats long matrix xlsx] [--database-url URL]
The registry is every German municipality from the Destatis file in ../shared/data (when present; otherwise the
bundled Lower Saxony registry, and the script says so); one finished run finds a plausible share of the catalog for
each (tests/support/screened_state.py); OZG_SHARED_DATA names another shared data folder. Each export runs as its
own process; its peak RSS is its VmHWM, polled from /proc. Prints figures only; the target is a peak RSS under 500 MB.
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from _common import OZG_SCREEN, PROJECT_ROOT
from sqlalchemy import func, insert, select

from catalog.database.engine import make_engine, session_factory, transaction, upgrade_schema
from catalog.database.models import Municipality, Result
from catalog.reference.catalog_load import load_catalog
from catalog.reference.registry import load_registry
from catalog.reference.registry_import import STATE_CODES
from tests.support.postgres import postgres_server
from tests.support.screened_state import generated_runs

SHARED_DATA = Path(os.environ.get("OZG_SHARED_DATA") or PROJECT_ROOT.parent / "shared" / "data")
GERMANY = SHARED_DATA / "gv_auszug_deutschland_destatis.csv"
LOWER_SAXONY = PROJECT_ROOT / "data" / "municipalities" / "niedersachsen.csv"
VERBAND_KINDS = {"51", "52", "53", "54", "55", "56"}  # Amt, Samtgemeinde, Verbandsgemeinde, ...: the members' level


def germany_registry(path: Path) -> list[dict[str, object]]:
    """Landkreise, Gemeindeverbände and Gemeinden of the Destatis extract as registry rows, parents first."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        records = list(csv.DictReader(handle))
    key = lambda row: row["land"] + row["rb"] + row["kreis"]  # noqa: E731
    kreise = {
        key(row) for row in records if row["satzart"] == "40" and row["textkennzeichen"] in ("42", "43", "44", "45")
    }
    verbaende = {
        key(row) + row["vb"] for row in records if row["satzart"] == "50" and row["textkennzeichen"] in VERBAND_KINDS
    }
    rows: list[dict[str, object]] = [_unit(row, key(row) + "0000000", "landkreis", None, None) for row in records
                                     if row["satzart"] == "40" and key(row) in kreise]  # fmt: skip
    rows += [_unit(row, key(row) + row["vb"] + "000", "samtgemeinde", _kreis(key(row), kreise), None) for row in records
             if row["satzart"] == "50" and key(row) + row["vb"] in verbaende]  # fmt: skip
    for row in (row for row in records if row["satzart"] == "60"):
        verband = key(row) + row["vb"]
        kind = (
            "kreisfreie_stadt"
            if row["textkennzeichen"] == "61"
            else "stadt"
            if row["textkennzeichen"] == "63"
            else "gemeinde"
        )
        if verband in verbaende:
            kind = "mitgliedsgemeinde"
        parent = verband + "000" if verband in verbaende else None
        rows.append(_unit(row, verband + row["gemeinde"], kind, _kreis(key(row), kreise), parent))
    return list({row["ars"]: row for row in rows}.values())


def _kreis(kreis_key: str, kreise: set[str]) -> str | None:
    return kreis_key + "0000000" if kreis_key in kreise else None


def _unit(row: dict[str, str], ars: str, kind: str, kreis: str | None, samtgemeinde: str | None) -> dict[str, object]:
    population = row["bevoelkerung"].replace(" ", "")
    return {
        "ars": ars, "ags": None, "name": row["gemeindename"], "type": kind, "designation": "",
        "state": STATE_CODES.get(row["land"], row["land"]), "kreis_ars": kreis, "samtgemeinde_ars": samtgemeinde,
        "population": int(population) if population.isdigit() else None,
    }  # fmt: skip


@contextmanager
def database(url: str) -> Iterator[str]:
    if url:
        yield url
        return
    with postgres_server() as started:
        yield started


def fill(url: str, limit: int | None) -> tuple[int, int]:
    """Schema, catalog, registry and one generated run; returns (municipalities screened, results stored)."""
    engine = make_engine(url)
    upgrade_schema(engine)
    sessions = session_factory(engine)
    with transaction(sessions) as session:
        load_catalog(session, PROJECT_ROOT / "data" / "catalog")
        if GERMANY.exists():
            session.execute(insert(Municipality), germany_registry(GERMANY))
        else:
            print(f"{GERMANY} is absent: using the Lower Saxony registry instead")
            load_registry(session, LOWER_SAXONY)
    with sessions() as session:
        municipalities = [
            (ars, kind)
            for ars, kind in session.execute(select(Municipality.ars, Municipality.type).order_by(Municipality.ars))
        ]
    chosen = municipalities[:limit] if limit else municipalities
    generated_runs(sessions, chosen, runs=1, first_start=datetime(2026, 11, 2, 8, 0, tzinfo=UTC))
    with sessions() as session:
        results = session.scalar(select(func.count()).select_from(Result)) or 0
    engine.dispose()
    return len(chosen), results


class PeakMemory(threading.Thread):
    """Polls the process's VmHWM: its own high-water mark, which starts afresh at exec (wait4's ru_maxrss would
    also count the memory of this script, copied at fork)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.status, self.peak_kb = Path(f"/proc/{pid}/status"), 0

    def run(self) -> None:
        while True:
            try:
                lines = self.status.read_text().splitlines()
            except OSError:
                return
            high_water = [int(line.split()[1]) for line in lines if line.startswith("VmHWM:")]
            if not high_water:  # the process has ended (a zombie has no memory left)
                return
            self.peak_kb = max(self.peak_kb, high_water[0])
            time.sleep(0.1)


def measure(url: str, export_format: str, target: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one export process."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("OZG_")}
    env.update({"OZG_DATABASE_URL": url, "OZG_VAR_DIR": str(target.parent)})
    started = time.perf_counter()
    process = subprocess.Popen(
        [OZG_SCREEN, "export", "--format", export_format, "--dialect", "rfc4180", "-o", str(target)],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    memory = PeakMemory(process.pid)
    memory.start()
    if process.wait() != 0:
        raise RuntimeError(f"export {export_format} failed with exit code {process.returncode}")
    memory.join()
    return time.perf_counter() - started, memory.peak_kb / 1024


def rows_in(path: Path, export_format: str) -> int:
    if export_format == "xlsx":
        return 0
    with path.open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.reader(handle)) - 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=None, help="screen only the first N municipalities")
    parser.add_argument("--formats", nargs="+", default=["long", "matrix", "xlsx"])
    parser.add_argument("--database-url", default="", help="an empty PostgreSQL database (default: a private server)")
    args = parser.parse_args()
    with database(args.database_url) as url, tempfile.TemporaryDirectory(prefix="ozg-export-") as folder:
        started = time.perf_counter()
        municipalities, results = fill(url, args.limit)
        print(
            f"state: {municipalities} municipalities, {results} results stored in {time.perf_counter() - started:.0f} s"
        )
        for export_format in args.formats:
            target = Path(folder) / f"export.{'xlsx' if export_format == 'xlsx' else 'csv'}"
            seconds, peak = measure(url, export_format, target)
            rows = rows_in(target, export_format)
            rate = f"{rows / seconds:,.0f} rows/s" if rows else f"{target.stat().st_size / 1e6:.1f} MB file"
            print(f"{export_format:7} {rows:>9,} rows  {seconds:6.1f} s  {rate:>18}  peak RSS {peak:5.0f} MB")


if __name__ == "__main__":
    main()
