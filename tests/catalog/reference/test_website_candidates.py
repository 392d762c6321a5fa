"""Website candidates from names and types, and recognising a municipality on a page."""

from __future__ import annotations

import pytest

from catalog.reference.website_candidates import base_names, candidate_urls, identification_score


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Bothel", ["bothel"]),
        (
            "Rotenburg (Wümme)",
            ["rotenburg-wuemme", "rotenburgwuemme", "rotenburg-wumme", "rotenburgwumme", "rotenburg"],
        ),
        ("Hannover, Landeshauptstadt", ["hannover"]),
        ("Bad Bevensen, Stadt", ["bad-bevensen", "badbevensen"]),
        ("Großefehn", ["grossefehn"]),
    ],
)
def test_base_names(name: str, expected: list[str]) -> None:
    assert base_names(name) == expected


def test_candidates_put_the_type_prefix_first() -> None:
    candidates = candidate_urls("Bothel", "samtgemeinde")
    assert candidates[:3] == [
        "https://www.samtgemeinde-bothel.de/",
        "https://www.sg-bothel.de/",
        "https://www.bothel.de/",
    ]
    assert "https://www.landkreis-rotenburg-wuemme.de/" in candidate_urls("Rotenburg (Wümme)", "landkreis")


@pytest.mark.parametrize(
    ("text", "name", "kind", "score"),
    [
        ("Herzlich willkommen in der Samtgemeinde Bothel", "Bothel", "samtgemeinde", 1.0),
        ("Impressum: Samtgemeinde Bothel, Der Samtgemeindebürgermeister", "Bothel", "mitgliedsgemeinde", 0.5),
        ("Gemeinde Bothel – Mitgliedsgemeinde der Samtgemeinde Bothel", "Bothel", "mitgliedsgemeinde", 1.0),
        ("Stadt Rotenburg (Wümme) – Rathaus online", "Rotenburg (Wümme)", "stadt", 1.0),
        ("Landkreis Rotenburg (Wümme): Kfz-Zulassung", "Rotenburg (Wümme)", "landkreis", 1.0),
        ("Urlaub in Bothel und Umgebung – Ferienwohnungen", "Bothel", "samtgemeinde", 0.5),
        ("Willkommen in Zeven", "Bothel", "samtgemeinde", 0.0),
        ("Die Bothelerin Stadt-Zeitung", "Bothel", "stadt", 0.0),
    ],
)
def test_identification(text: str, name: str, kind: str, score: float) -> None:
    assert identification_score(text, name, kind) == score
