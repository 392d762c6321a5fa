"""Statistics over a whole state take a while in SQL: kept per process until the data version changes."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from threading import Lock
from typing import Annotated, TypeVar

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from catalog.database.data_version import data_version

Result = TypeVar("Result")
ENTRIES = 256


class StateCache:
    """Results keyed by what was asked and by the data version, so any write to what they read retires them."""

    def __init__(self, entries: int = ENTRIES) -> None:
        self._entries: OrderedDict[Hashable, object] = OrderedDict()
        self._max_entries = entries
        self._lock = Lock()
        self._computing: dict[Hashable, Lock] = {}

    def get(self, session: Session, key: Hashable, compute: Callable[[], Result]) -> Result:
        full_key = (key, data_version(session))
        with self._lock:
            computing = self._computing.setdefault(full_key, Lock())
        # One request computes; others asking the same meanwhile wait for it instead of computing it again (eight
        # clients asking for a new statistic at once made eight computations compete for the same cores).
        try:
            with computing:
                found, value = self._kept(full_key)
                if not found:
                    value = compute()
                    self._keep(full_key, value)
        finally:
            with self._lock:
                self._computing.pop(full_key, None)
        return value  # type: ignore[return-value]

    def _kept(self, full_key: Hashable) -> tuple[bool, object]:
        with self._lock:
            if full_key not in self._entries:
                return False, None
            self._entries.move_to_end(full_key)
            return True, self._entries[full_key]

    def _keep(self, full_key: Hashable, value: object) -> None:
        with self._lock:
            self._entries[full_key] = value
            while len(self._entries) > self._max_entries:
                self._entries.popitem(last=False)


async def get_cache(request: Request) -> StateCache:
    cache: StateCache = request.app.state.statistics_cache
    return cache


async def get_list_cache(request: Request) -> StateCache:
    cache: StateCache = request.app.state.list_cache
    return cache


CacheDep = Annotated[StateCache, Depends(get_cache)]
# Whole lists paged in Python (who offers a service): a few thousand rows each, so fewer of them are kept.
ListCacheDep = Annotated[StateCache, Depends(get_list_cache)]
