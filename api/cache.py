"""Statistics over a whole state take a while in SQL: kept per app until the data version changes."""

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

    def get(self, session: Session, key: Hashable, compute: Callable[[], Result]) -> Result:
        full_key = (key, data_version(session))
        with self._lock:
            if full_key in self._entries:
                self._entries.move_to_end(full_key)
                return self._entries[full_key]  # type: ignore[return-value]
        value = compute()
        with self._lock:
            self._entries[full_key] = value
            while len(self._entries) > self._max_entries:
                self._entries.popitem(last=False)
        return value


def get_cache(request: Request) -> StateCache:
    cache: StateCache = request.app.state.statistics_cache
    return cache


def get_list_cache(request: Request) -> StateCache:
    cache: StateCache = request.app.state.list_cache
    return cache


CacheDep = Annotated[StateCache, Depends(get_cache)]
# Whole lists paged in Python (who offers a service): a few thousand rows each, so fewer of them are kept.
ListCacheDep = Annotated[StateCache, Depends(get_list_cache)]
