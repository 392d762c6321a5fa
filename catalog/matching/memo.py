"""A bounded memo for word-level results: a dict that computes what it misses and is emptied when full."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

Key = TypeVar("Key")
Value = TypeVar("Value")


class Memo(dict[Key, Value], Generic[Key, Value]):
    """`memo[key]` is `compute(key)`, computed once; every entry is dropped when `limit` entries are held.

    A hit is one dict lookup in C. `lru_cache` also moves the hit to the front of its linked list, which on
    the matcher's hot path (a few chunks per text) costs more than the lookup itself. Emptying when full
    keeps memory bounded; word frequencies on websites are so skewed that the common words return at once.
    """

    def __init__(self, compute: Callable[[Key], Value], limit: int) -> None:
        super().__init__()
        self._compute = compute
        self._limit = limit

    def __missing__(self, key: Key) -> Value:
        if len(self) >= self._limit:
            self.clear()
        value = self[key] = self._compute(key)
        return value
