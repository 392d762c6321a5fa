"""Shared set-up for the benchmark scripts: a throwaway database with the catalog loaded, and the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_ROOT))

OZG_SCREEN = str(Path(sys.executable).parent / "ozg-screen")


def bench_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """A private var dir and SQLite database with schema, catalog and registry loaded."""
    var_dir = Path(tempfile.mkdtemp(prefix="ozg-bench-"))
    env = {key: value for key, value in os.environ.items() if not key.startswith("OZG_")}
    # Benchmarks screen local sites only: the shipped reference websites of real municipalities stay unloaded.
    env.update({"OZG_VAR_DIR": str(var_dir), "OZG_DOWNLOAD_DELAY": "0", "OZG_REFERENCE_WEBSITES": "false"})
    env.update(extra or {})
    for command in (["db", "upgrade"], ["catalog", "load"], ["municipalities", "load"]):
        subprocess.run([OZG_SCREEN, *command], env=env, check=True, capture_output=True)
    return env


def import_websites(env: dict[str, str], sites: list[Any]) -> None:
    """Registers the websites of generated sites (tests/statewide) in the bench database."""
    from tests.support.statewide.generator import write_websites_csv

    websites = Path(env["OZG_VAR_DIR"]) / "websites.csv"
    write_websites_csv(websites, sites)
    command = [OZG_SCREEN, "municipalities", "import-websites", str(websites)]
    subprocess.run(command, env=env, check=True, capture_output=True)


def check_json(url: str, env: dict[str, str], *args: str) -> dict[str, Any]:
    completed = subprocess.run(
        [OZG_SCREEN, "check", url, "--json", "--no-store", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    if not completed.stdout.strip():
        raise RuntimeError(f"check {url} printed nothing: {completed.stderr[-800:]}")
    document: dict[str, Any] = json.loads(completed.stdout)
    return document
