"""A generated state of 50 municipal sites, served locally, with websites imported into a loaded database."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from crawler.localweb.control import LocalWeb, local_web
from tests.conftest import screening_env
from tests.statewide.generator import GeneratedSite, generate_state, load_municipalities, write_websites_csv
from tests.support.cli import run_cli

STATE_SIZE = 50


@dataclass
class ServedState:
    folder: Path
    sites: list[GeneratedSite]
    web: LocalWeb


@pytest.fixture(scope="session")
def state_municipalities() -> list:  # type: ignore[type-arg]
    return load_municipalities(STATE_SIZE, seed=7)


@pytest.fixture(scope="session")
def served_state(tmp_path_factory: pytest.TempPathFactory, state_municipalities: list) -> Iterator[ServedState]:  # type: ignore[type-arg]
    folder = tmp_path_factory.mktemp("state")
    sites = generate_state(folder, state_municipalities, seed=7)
    with local_web([folder]) as web:
        yield ServedState(folder, sites, web)


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
