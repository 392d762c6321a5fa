"""Guessing a municipality's official website from its name and type, and recognising it on a page."""

from __future__ import annotations

import re
import unicodedata

from catalog.matching.text import fold

NAME_SUFFIXES = re.compile(
    r",\s*(stadt|landeshauptstadt|hansestadt|flecken|gemeinde|kreisfreie stadt).*$", re.IGNORECASE
)
PARENTHESES = re.compile(r"\s*\(([^)]*)\)")
NON_HOST = re.compile(r"[^a-z0-9]+")
TYPE_PREFIXES = {
    "samtgemeinde": ("samtgemeinde-", "sg-", ""),
    "stadt": ("stadt-", "", "hansestadt-"),
    "gemeinde": ("gemeinde-", "", "flecken-"),
    "mitgliedsgemeinde": ("gemeinde-", "", "stadt-", "flecken-"),
    "landkreis": ("landkreis-", "lk-", "", "kreis-"),
    "kreisfreie_stadt": ("", "stadt-"),
}
TYPE_WORDS = {
    "samtgemeinde": r"samtgemeinde",
    "stadt": r"(hanse)?stadt",
    "gemeinde": r"(?<!samt)gemeinde|flecken",
    "mitgliedsgemeinde": r"(?<!samt)gemeinde|flecken|(hanse)?stadt",
    "landkreis": r"landkreis|kreis|region",
    "kreisfreie_stadt": r"(landeshaupt|hanse)?stadt",
}


def base_names(name: str) -> list[str]:
    """Host-name forms of an official name: 'Rotenburg (Wümme)' -> rotenburg-wuemme, rotenburg, ..."""
    plain = NAME_SUFFIXES.sub("", name).strip()
    without_brackets = PARENTHESES.sub("", plain).strip()
    variants = []
    for text in (plain, without_brackets):
        for folded in (fold(text.lower()), _strip_accents(text.lower())):
            variants.append(NON_HOST.sub("-", folded).strip("-"))
            variants.append(NON_HOST.sub("", folded))
    return list(dict.fromkeys(variant for variant in variants if variant))


def _strip_accents(text: str) -> str:
    """Umlauts without the e: 'wümme' -> 'wumme' (some municipalities register that spelling)."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def candidate_urls(name: str, municipality_type: str) -> list[str]:
    """Likely official websites, most likely first."""
    prefixes = TYPE_PREFIXES.get(municipality_type, ("",))
    hosts = [f"www.{prefix}{base}.de" for base in base_names(name) for prefix in prefixes]
    return [f"https://{host}/" for host in dict.fromkeys(hosts)]


def identification_score(text: str, name: str, municipality_type: str) -> float:
    """1.0 when the text names the municipality with its type ('Samtgemeinde Bothel'), 0.5 for the name alone."""
    folded = fold(text.lower())
    names = [re.escape(fold(variant.lower())) for variant in _name_forms(name)]
    if not any(re.search(rf"\b{form}\b", folded) for form in names):
        return 0.0
    type_words = TYPE_WORDS.get(municipality_type, "")
    pattern = rf"\b({type_words})\b[\s-]+({'|'.join(names)})\b|\b({'|'.join(names)})\b[\s,]+\(?({type_words})\b"
    return 1.0 if type_words and re.search(pattern, folded) else 0.5


def _name_forms(name: str) -> list[str]:
    plain = NAME_SUFFIXES.sub("", name).strip()
    return list(dict.fromkeys([plain, PARENTHESES.sub("", plain).strip()]))
