"""German text normalisation: folding, words, stemming, compound splitting."""

from __future__ import annotations

from functools import lru_cache

import pytest

from catalog.matching.compounds import Analyzer, Vocabulary, atomic_vocabulary, segment
from catalog.matching.matcher import Matcher
from catalog.matching.prepare import (
    context_segments,
    is_address,
    is_url,
    matchable_text,
    name_alternatives,
    url_words,
)
from catalog.matching.text import fold, participle_stem, stem, words
from tests.support.paths import CATALOG_DIR

CATALOG_DIR = CATALOG_DIR


@lru_cache(maxsize=1)
def analyzer() -> Analyzer:
    """The analyzer built over the real catalog (shared with the matching tests' matcher)."""
    return Matcher.from_files(CATALOG_DIR).index.analyzer


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Gebühren", "gebuehren"),
        ("GEBÜHREN", "gebuehren"),
        ("Straße", "strasse"),
        ("Führungszeugnis", "fuehrungszeugnis"),
        ("Café", "cafe"),
        ("Ärztekammer", "aerztekammer"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hund anmelden (PDF, 120 KB)", ["hund", "anmelden", "pdf", "kb"]),
        ("Antrag_Hundesteuer.pdf", ["antrag", "hundesteuer", "pdf"]),
        ("Kfz-Zulassung", ["kfz", "zulassung"]),
        ("HundesteuerAntrag", ["hundesteuer", "antrag"]),
        ("BAföG-Antrag", ["bafoeg", "antrag"]),
        ("Gewerbeanmeldung_GewA1.pdf", ["gewerbeanmeldung", "gewa", "pdf"]),
        ("Hundesteuer – An- und Abmeldung", ["hundesteuer", "an", "und", "abmeldung"]),
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    assert [word.text for word in words(text)] == expected


def test_words_mark_suspended_hyphens() -> None:
    found = words("An- und Abmeldung")
    assert [(w.text, w.suspended) for w in found] == [("an", True), ("und", False), ("abmeldung", False)]


@pytest.mark.parametrize(
    "group",
    [
        ["anmelden", "Anmeldung", "Anmeldungen"],
        ["Hund", "Hunde", "Hundes", "Hunden"],
        ["Urkunde", "Urkunden"],
        ["Gebühren", "Gebuehren", "Gebühr"],
        ["Baum", "Bäume", "Baeume"],
        ["Steuer", "Steuern"],
        ["Genehmigung", "genehmigen", "Genehmigungen"],
        ["Bescheinigung", "Bescheinigungen"],
        ["Erlaubnis", "Erlaubnisse"],
        ["Zulassung", "zulassen"],
        ["Prüfung", "prüfen", "Pruefung"],
        ["Förderung", "fördern"],
        ["Anträge", "Antrag"],
        ["fällen", "Fällung"],
        # Snowball's own: female forms meet the male ones, -eln meets -el, a participle in -et its verb.
        ["Lehrer", "Lehrerin", "Lehrerinnen"],
        ["Sachbearbeiter", "Sachbearbeiterin"],
        ["Mittel", "Mitteln"],
        ["befristet", "befristen"],
        ["Förderungen", "fördern"],
        ["Arbeitsuchende", "Arbeitsuchenden"],
    ],
)
def test_stem_groups_inflections(group: list[str]) -> None:
    assert len({stem(fold(word)) for word in group}) == 1


@pytest.mark.parametrize(("left", "right"), [("Hund", "Gewerbe"), ("Wahl", "Wohl"), ("Kind", "Kunde")])
def test_stem_keeps_different_words_apart(left: str, right: str) -> None:
    assert stem(fold(left)) != stem(fold(right))


@pytest.mark.parametrize(
    ("word", "kept"), [("Arbeitsuchende", "arbeitsuchend"), ("Sitzungskalender", "sitzungskalend")]
)
def test_stem_keeps_end_that_snowball_would_take(word: str, kept: str) -> None:
    # Without -end, "arbeitsuch" splits into "arbeit" and the navigation word "such".
    assert stem(fold(word)) == kept


@pytest.mark.parametrize(
    ("participle", "infinitive"),
    [
        ("angemeldet", "anmelden"),
        ("abgemeldet", "abmelden"),
        ("beantragt", "beantragen"),
        ("gemeldet", "melden"),
    ],
)
def test_participle_stem(participle: str, infinitive: str) -> None:
    assert participle_stem(participle) == stem(infinitive)


def test_segment_prefers_long_parts_and_linking_elements() -> None:
    vocabulary = Vocabulary(["hund", "steu", "halt", "anmeld", "zulass", "beschein", "und"])
    assert segment("hundesteu", vocabulary) == ("hund", "steu")
    assert segment("zulassungsbeschein", vocabulary) == ("zulass", "beschein")
    assert segment("hundanmeld", vocabulary) == ("hund", "anmeld")
    assert segment("xyzsteu", vocabulary) is None


def test_atomic_vocabulary_drops_compounds_and_learns_unknown_first_parts() -> None:
    atoms = atomic_vocabulary(["hund", "steu", "hundesteu", "park", "ausweis", "parkausweis", "bewohnerparkausweis"])
    assert {"hund", "steu", "park", "ausweis", "bewohn"} <= atoms
    assert not {"hundesteu", "parkausweis", "bewohnerparkausweis"} & atoms


@pytest.mark.parametrize(
    ("text", "atoms"),
    [
        ("Hundeanmeldung", {"hund", "anmeld"}),
        ("Anmeldung eines Hundes", {"hund", "anmeld"}),
        ("Hund angemeldet", {"hund", "anmeld"}),
        ("Sperrmüllabholung", {"sperr", "mull", "abhol"}),
        ("Gewerbeummeldung", {"gewerb", "ummeld"}),
        ("Kfz-Zulassung", {"kraft", "fahr", "zeug", "zulass"}),
        ("Kraftfahrzeugzulassung", {"kraft", "fahr", "zeug", "zulass"}),
        ("Baumfällgenehmigung", {"baum", "fall", "genehm"}),
        ("Genehmigung zum Fällen von Bäumen", {"baum", "fall", "genehm"}),
        ("Bewohnerparkausweis", {"bewohn", "park", "ausweis"}),
        ("Parkausweis für Bewohner", {"bewohn", "park", "ausweis"}),
        ("Hundesteuer – An- und Abmeldung", {"hund", "steu", "anmeld", "abmeld"}),
        ("Hunde- und Katzenhaltung", {"hund", "katz", "halt"}),
        ("Zulassungsbescheinigung", {"zulass", "beschein"}),
    ],
)
def test_analyze_splits_compounds_against_the_catalog(text: str, atoms: set[str]) -> None:
    assert set(analyzer().analyze(text)) == atoms


@pytest.mark.parametrize(
    ("left", "right"), [("Gebührenbefreiung", "Befreiung von Gebühren"), ("Hundehalter", "Hunde-Halter")]
)
def test_analyze_agrees_on_spellings(left: str, right: str) -> None:
    assert set(analyzer().analyze(left)) == set(analyzer().analyze(right))


def test_analyze_drops_stopwords_and_file_noise() -> None:
    assert analyzer().analyze("der die das und (PDF, 120 KB)") == ()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/buergerservice/dienstleistungen/hundesteuer-900000123-0.html?myMedium=1", "hundesteuer"),
        ("https://www.musterstadt.de/rathaus/a-z/sperrmuell-anmelden/index.html", "sperrmuell anmelden"),
        ("https://www.musterstadt.de/formulare/Antrag_Wohngeld_2024.pdf", "Antrag Wohngeld"),
        ("www.musterstadt.de/leistungen/detail/", ""),
    ],
)
def test_url_words_keep_the_telling_path_segment(url: str, expected: str) -> None:
    assert is_url(url)
    assert url_words(url) == expected


@pytest.mark.parametrize("text", ["Hundesteuer", "Antrag (PDF)", "Gewerbe-Anmeldung online"])
def test_plain_texts_are_no_urls(text: str) -> None:
    assert not is_url(text)
    assert matchable_text(text) == text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Hauptstraße 12", True),
        ("Bergedorfer Str. 74", True),
        ("Wentzelplatz 9", True),
        ("Im Alten Dorfe 41", True),
        ("Gewerbeabmeldung (GewA 3)", False),
        ("Sperrmüll anmelden", False),
    ],
)
def test_is_address(text: str, address: bool) -> None:
    assert is_address(text) is address


def test_context_segments_split_breadcrumbs_and_titles() -> None:
    segments = context_segments("Bürgerservice > Dienstleistungen > Hundesteuer | Stadt Musterstadt")
    assert "Hundesteuer" in segments
    assert segments[0].startswith("Bürgerservice")
    assert context_segments("Hundesteuer") == ["Hundesteuer"]


@pytest.mark.parametrize(
    ("name", "alternatives"),
    [
        ("Meldebescheinigung und -registerauskunft", ["Meldebescheinigung", "melderegisterauskunft"]),
        ("Wahlschein und Briefwahl", ["Wahlschein", "Briefwahl"]),
        ("Ausbildungsförderung (BAföG)", ["Ausbildungsförderung", "BAföG"]),
        ("Feinstaubplakette/Umweltplakette", ["Feinstaubplakette", "Umweltplakette"]),
        ("Gewerbliche und gemeinnützige Abfallsammlungen", ["gemeinnützige Abfallsammlungen"]),
        ("Standortinformationssystem der Industrie- und Handelskammern", []),
        ("Elterngeld", []),
    ],
)
def test_name_alternatives(name: str, alternatives: list[str]) -> None:
    assert name_alternatives(name, analyzer()) == alternatives
