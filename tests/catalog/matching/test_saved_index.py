"""The match index kept on disk: read back it matches as built, a new catalog gets a new file, a bad one is rebuilt."""

from __future__ import annotations

from pathlib import Path

from catalog.matching.matcher import CatalogPhrase, Matcher, phrases_from_files
from catalog.matching.saved_index import PREFIX, index_key
from tests.support.paths import CATALOG_DIR

TEXTS = [
    "Hundesteuer",
    "An- und Abmeldung eines Hundes",
    "Antrag_Hundesteuer.pdf",
    "/buergerservice/gewerbeanmeldung.html",
    "Online beantragen",
    "Impressum",
    "Wohngeld beantragen",
]
SMALL = [
    CatalogPhrase("10160", "Hundehaltung", "name"),
    CatalogPhrase("10160", "Hundesteuer", "leika"),
    CatalogPhrase("10029", "Namensänderung", "name"),
]


def saved_files(directory: Path) -> list[Path]:
    return sorted(directory.glob(f"{PREFIX}*.pickle"))


def test_read_back_index_matches_like_the_built_one(tmp_path: Path) -> None:
    phrases, leika_to_ozg = phrases_from_files(CATALOG_DIR)
    built = Matcher(phrases, leika_to_ozg)
    first = Matcher(phrases, leika_to_ozg, index_dir=tmp_path)
    assert len(saved_files(tmp_path)) == 1
    again = Matcher(phrases, leika_to_ozg, index_dir=tmp_path)
    for text in TEXTS:
        assert again.match(text) == first.match(text) == built.match(text), text
    assert again.match("Online beantragen", "Hundesteuer") == built.match("Online beantragen", "Hundesteuer")


def test_changed_catalog_gets_a_new_file_and_the_old_one_goes(tmp_path: Path) -> None:
    Matcher(SMALL, {}, index_dir=tmp_path)
    [old] = saved_files(tmp_path)
    grown = Matcher([*SMALL, CatalogPhrase("10029", "Namensrecht", "synonym")], {}, index_dir=tmp_path)
    [new] = saved_files(tmp_path)
    assert new != old
    assert grown.match("Namensrecht")[0].ozg_id == "10029"


def test_unreadable_file_is_rebuilt(tmp_path: Path) -> None:
    key = index_key([(p.ozg_id, p.phrase, p.source) for p in SMALL])
    (tmp_path / f"{PREFIX}{key}.pickle").write_bytes(b"not a pickle")
    matcher = Matcher(SMALL, {}, index_dir=tmp_path)
    assert matcher.match("Hundesteuer")[0].ozg_id == "10160"
    assert Matcher(SMALL, {}, index_dir=tmp_path).match("Hundesteuer")[0].ozg_id == "10160"
