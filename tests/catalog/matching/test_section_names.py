"""Website section names ("Leben", "Vereine", "Bauen & Wohnen") head menus; they never name a service."""

from __future__ import annotations

from functools import lru_cache

import pytest

from catalog.matching.matcher import Matcher
from tests.support.paths import CATALOG_DIR

CATALOG = CATALOG_DIR


@lru_cache(maxsize=1)
def matcher() -> Matcher:
    return Matcher.from_files(CATALOG)


@pytest.mark.parametrize(
    "text",
    [
        "Leben",
        "Leben in Wesertal",
        "Vereine",
        "Schulen",
        "Bauen & Wohnen",
        "Kinder",
        "Gesundheit",
        "Wirtschaftsförderung",
        "Familie und Soziales",
        "Ehrenamt",
    ],
)
def test_section_names_match_nothing(text: str) -> None:
    assert matcher().match(text) == []


@pytest.mark.parametrize(
    ("text", "ozg_id"),
    [
        ("Vereinsförderung", "10134"),
        ("Schulanmeldung", "10041"),
        ("Kinderreisepass", "10177"),
        ("Wohngeld", "10092"),
        ("Ehrenamtskarte", "10134"),
    ],
)
def test_services_named_after_a_section_still_match(text: str, ozg_id: str) -> None:
    assert matcher().match(text)[0].ozg_id == ozg_id
