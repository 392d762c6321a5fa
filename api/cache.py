"""Statistics over a whole state take a while in SQL: kept per app until a screening ends or results change."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from threading import Lock
from typing import TypeVar

from sqlalchemy.orm import Session

from catalog.results.current_state import state_version

Result = TypeVar("Result")
ENTRIES = 256


class StateCache:
    """Results keyed by what was asked and by the state version, so a new screening makes them stale at once."""

    def __init__(self) -> None:
        self._entries: OrderedDict[Hashable, object] = OrderedDict()
        self._lock = Lock()

    def get(self, session: Session, key: Hashable, compute: Callable[[], Result]) -> Result:
        full_key = (key, state_version(session))
        with self._lock:
            if full_key in self._entries:
                self._entries.move_to_end(full_key)
                return self._entries[full_key]  # type: ignore[return-value]
        value = compute()
        with self._lock:
            self._entries[full_key] = value
            while len(self._entries) > ENTRIES:
                self._entries.popitem(last=False)
        return value
