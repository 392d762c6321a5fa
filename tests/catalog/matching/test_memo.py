"""The bounded memo behind the analyzer's per-chunk atoms: computed once per key, emptied when full."""

from __future__ import annotations

from catalog.matching.memo import Memo


def test_a_key_is_computed_once() -> None:
    calls: list[str] = []
    memo = Memo(lambda word: calls.append(word) or word.upper(), limit=10)
    assert [memo["hund"], memo["hund"], memo["katze"]] == ["HUND", "HUND", "KATZE"]
    assert calls == ["hund", "katze"]


def test_a_full_memo_starts_again_empty() -> None:
    memo = Memo(len, limit=2)
    memo["a"], memo["bb"]
    assert memo["ccc"] == 3
    assert dict(memo) == {"ccc": 3}
