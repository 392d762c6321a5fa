"""Shared steps of check and statewide runs: the collector is paused only while the index loads."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from crawler.usecases.site_jobs import collector_paused


@pytest.fixture
def collector_state() -> Iterator[None]:
    was_enabled = gc.isenabled()
    yield
    if was_enabled:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.usefixtures("collector_state")
@pytest.mark.parametrize("enabled_before", [True, False])
def test_the_collector_is_paused_while_loading_and_left_as_it_was(enabled_before: bool) -> None:
    gc.enable() if enabled_before else gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled() is enabled_before


@pytest.mark.usefixtures("collector_state")
def test_the_collector_comes_back_when_loading_fails() -> None:
    gc.enable()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("database away")
    assert gc.isenabled()
