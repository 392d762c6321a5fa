"""A generated state of 50 municipal sites, served locally, for the statewide use-case tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from crawler.localweb.control import local_web
from tests.support.statewide.generator import generate_state, load_municipalities
from tests.support.statewide.served import STATE_SIZE, ServedState


@pytest.fixture(scope="session")
def state_municipalities() -> list:  # type: ignore[type-arg]
    return load_municipalities(STATE_SIZE, seed=7)


@pytest.fixture(scope="session")
def served_state(tmp_path_factory: pytest.TempPathFactory, state_municipalities: list) -> Iterator[ServedState]:  # type: ignore[type-arg]
    folder = tmp_path_factory.mktemp("state")
    sites = generate_state(folder, state_municipalities, seed=7)
    with local_web([folder]) as web:
        yield ServedState(folder, sites, web)
