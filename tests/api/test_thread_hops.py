"""What a read costs besides its SQL: hops to worker threads. FastAPI runs each plain-function dependency in a worker
thread, and under 8 concurrent clients those hops cost more than a small read itself (bench/api.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import anyio.to_thread
import pytest

from tests.api.conftest import Api
from tests.catalog.results.builders import BOTHEL


@contextmanager
def thread_hops(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The names of the functions sent to worker threads meanwhile (the real hop still happens)."""
    sent: list[str] = []
    run_sync = anyio.to_thread.run_sync

    async def counting(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        sent.append(getattr(function, "__qualname__", repr(function)))
        return await run_sync(function, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(anyio.to_thread, "run_sync", counting)
        yield sent


def test_a_new_read_hops_for_the_version_the_route_and_the_session_close(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    with thread_hops(monkeypatch) as sent:
        answer = api.client.get(f"/api/v1/municipalities/{BOTHEL}")
    assert answer.status_code == 200 and answer.json()["latest_screening"] is not None
    assert len(sent) == 3, sent
    assert sent[-1] == "Session.close"


def test_a_kept_answer_hops_only_for_the_version(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    api.client.get("/api/v1/statistics/coverage", params={"by": "themenfeld"})
    with thread_hops(monkeypatch) as sent:
        again = api.client.get("/api/v1/statistics/coverage", params={"by": "themenfeld"})
    assert again.status_code == 200
    assert len(sent) == 1, sent


def test_a_route_that_never_reaches_the_database_closes_its_session_without_a_hop(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    with thread_hops(monkeypatch) as sent:
        refused = api.client.get("/api/v1/municipalities/12ab")
    assert refused.status_code == 422
    assert "Session.close" not in sent, sent
