"""A generated state of municipal sites served locally, and a screening environment that knows its websites."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from crawler.localweb.control import LocalWeb
from tests.support.cli import run_cli
from tests.support.environments import screening_env
from tests.support.statewide.generator import GeneratedSite, write_websites_csv

STATE_SIZE = 50


@dataclass
class ServedState:
    folder: Path
    sites: list[GeneratedSite]
    web: LocalWeb


def state_env(database_url: str, var_dir: Path, state: ServedState, **settings: str) -> dict[str, str]:
    """A screening environment for the state, with its websites imported into the registry."""
    # Many sites share the generated portal hosts; the tests need not be as patient as a real run.
    options = {"download_timeout": "3", "render": "never", "concurrent_per_host": "8", **settings}
    env = screening_env(database_url, var_dir, state.web, **options)
    websites = var_dir / "websites.csv"
    var_dir.mkdir(parents=True, exist_ok=True)
    write_websites_csv(websites, state.sites)
    result = run_cli("municipalities", "import-websites", str(websites), env=env)
    assert result.code == 0, result.stderr
    return env
