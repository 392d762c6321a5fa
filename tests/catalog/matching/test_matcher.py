"""The text matcher against the real catalog: positives, noise, context, URLs and coordinated parts.

How well it recognises real service pages (hamburg.de) is measured by `bench/hamburg.py`, not asserted here.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from catalog.matching.matcher import MIN_CONFIDENCE, CatalogPhrase, Matcher, phrases_from_files
from tests.support.paths import CATALOG_DIR

CATALOG_DIR = CATALOG_DIR


@lru_cache(maxsize=1)
def matcher() -> Matcher:
    """One matcher over the real catalog for the whole module."""
    return Matcher.from_files(CATALOG_DIR)


def top(text: str, context: str = "") -> str | None:
    """OZG-ID of the best match, or None."""
    found = matcher().match(text, context)
    return found[0].ozg_id if found else None


POSITIVES: list[tuple[str, str, set[str]]] = [
    # Familie & Kind
    ("Elterngeld beantragen", "", {"10000"}),
    ("Antrag auf Kindergeld", "", {"10005"}),
    ("Vaterschaftsanerkennung", "", {"10001"}),
    ("Kita-Platz anmelden", "", {"10019"}),
    ("Anmeldung für die Kindertagesstätte (PDF)", "", {"10019"}),
    ("Unterhaltsvorschuss beantragen", "", {"10035"}),
    ("Namensänderung", "", {"10029"}),
    ("Anmeldung zur Eheschließung", "", {"10026"}),
    ("Sorgeerklärung abgeben", "", {"10009"}),
    ("Anmeldung Musikschule", "", {"10023"}),
    # Bildung
    ("BAföG-Antrag", "", {"10056"}),
    ("Schülerbeförderung", "", {"10042"}),
    ("Anmeldung an einer weiterführenden Schule", "", {"10041"}),
    # Arbeit & Ruhestand
    ("Wohngeld beantragen", "", {"10092"}),
    ("Wohngeldantrag (PDF, 300 KB)", "", {"10092"}),
    ("Grundsicherung im Alter und bei Erwerbsminderung", "", {"10084"}),
    ("Grundsicherung für Arbeitsuchende", "", {"10082"}),
    ("Bildung und Teilhabe – Antrag", "", {"10088"}),
    # Bauen & Wohnen
    ("Bauantrag stellen", "", {"10519"}),
    ("Baugenehmigung", "", {"10519"}),
    ("Baumfällgenehmigung", "", {"10112"}),
    ("Genehmigung zum Fällen von Bäumen", "", {"10112"}),
    ("Sperrmüll anmelden", "", {"10110"}),
    ("Sperrmüllabholung online bestellen", "", {"10110"}),
    ("Grundsteuer", "", {"10117"}),
    ("Zweitwohnungsteuer – Erklärung (PDF)", "", {"10126"}),
    ("Wohnsitz anmelden", "", {"10124"}),
    ("Abmeldung der Wohnung", "", {"10124"}),
    ("Wohnungsgeberbestätigung", "", {"10124"}),
    ("Melderegisterauskunft", "", {"10559"}),
    ("Auskunftssperre im Melderegister", "", {"10111"}),
    ("Zweckentfremdung von Wohnraum", "", {"10125"}),
    ("Bodenrichtwerte", "", {"10522"}),
    ("Wasserzählerstand melden", "", {"10123"}),
    ("Abgeschlossenheitsbescheinigung beantragen", "", {"10514"}),
    # Engagement & Hobby
    ("Briefwahl online beantragen", "", {"10145"}),
    ("Wahlschein", "", {"10145"}),
    ("Fischereischein", "", {"10148"}),
    ("Jagdschein verlängern", "", {"10149"}),
    ("Waffenbesitzkarte", "", {"10151"}),
    ("Osterfeuer anmelden", "", {"10147"}),
    ("Anmeldung einer Versammlung", "", {"10142"}),
    ("Kirchenaustritt", "", {"10135"}),
    ("Hundesteuer – An- und Abmeldung", "", {"10160"}),
    ("Anmeldung eines Hundes", "", {"10160"}),
    ("Hundeanmeldung", "", {"10160"}),
    ("Hund anmelden (PDF, 120 KB)", "", {"10160"}),
    ("Antrag_Hundesteuer.pdf", "", {"10160"}),
    ("Mängelmelder", "", {"10136"}),
    ("Vereinsregister", "", {"10573"}),
    # Gesundheit
    ("Schwerbehindertenausweis beantragen", "", {"10214"}),
    ("Blindengeld", "", {"10204"}),
    ("Pflegewohngeld", "", {"10224"}),
    ("Sterbeurkunde beantragen", "", {"10237"}),
    # Recht & Ordnung
    ("Fundsachen / Fundbüro", "", {"10244"}),
    ("Führungszeugnis beantragen", "", {"10562"}),
    ("Erbschein", "", {"10095"}),
    ("Bußgeldstelle", "", {"10243"}),
    # Ein- & Auswanderung
    ("Einbürgerung beantragen", "", {"10257"}),
    ("Aufenthaltstitel verlängern", "", {"10255"}),
    ("Verpflichtungserklärung abgeben", "", {"10273"}),
    # Mobilität & Reisen
    ("Kfz-Zulassung", "", {"10439"}),
    ("Fahrzeug abmelden", "", {"10439"}),
    ("Wunschkennzeichen reservieren", "", {"10436"}),
    ("Führerschein umtauschen", "", {"10169"}),
    ("Reisepass beantragen", "", {"10177"}),
    ("Kinderreisepass", "", {"10177"}),
    ("Parkausweis für Bewohner", "", {"10173"}),
    ("Umweltplakette", "", {"10427"}),
    ("Sondernutzungserlaubnis", "", {"10348"}),
    # Querschnitt
    ("Personalausweis beantragen", "", {"10119"}),
    ("Vorläufiger Personalausweis", "", {"10119"}),
    ("Meldebescheinigung beantragen", "", {"10559"}),
    ("Beglaubigung von Dokumenten", "", {"10571"}),
    ("Geburtsurkunde bestellen", "", {"10557"}),
    # Unternehmensführung & Steuern
    ("Gewerbe-Anmeldung online", "", {"10294"}),
    ("Online-Gewerbeanmeldung", "", {"10294"}),
    ("Gewerbeanmeldung_GewA1.pdf", "", {"10294"}),
    ("Gewerbeabmeldung (GewA 3)", "", {"10294"}),
    ("Gaststättenerlaubnis", "", {"10294"}),
    ("Gewerbesteuer", "", {"10364"}),
    ("Gewerbezentralregister Auskunft", "", {"10565"}),
    ("Sperrzeitverkürzung", "", {"10346"}),
    ("Veranstaltung anmelden", "", {"10349"}),
    ("Vergnügungssteuer", "", {"10377"}),
    ("Übernachtungssteuer", "", {"10375"}),
    # URLs and file names
    ("/buergerservice/dienstleistungen/hundesteuer-900000123-0.html?myMedium=1", "", {"10160"}),
    ("https://service.example.de/leistung/99108011000000", "", {"10348"}),
    ("https://www.musterstadt.de/rathaus/buergerservice/a-z/sperrmuell-anmelden", "", {"10110"}),
    ("https://www.musterstadt.de/formulare/Antrag_Wohngeld.pdf", "", {"10092"}),
    ("Antrag-Baumfaellgenehmigung_2024.pdf", "", {"10112"}),
    # Generic link texts resolved by their context
    ("Online beantragen", "Hundesteuer – An- und Abmeldung", {"10160"}),
    ("Antrag (PDF)", "Wohngeld", {"10092"}),
    ("Formular herunterladen", "Gewerbeanmeldung", {"10294"}),
    ("zum Online-Dienst", "Briefwahl", {"10145"}),
    (
        "Jetzt online beantragen",
        "Bürgerservice > Dienstleistungen > Personalausweis | Stadt Musterstadt",
        {"10119"},
    ),
    ("Antrag auf Befreiung (PDF)", "Hundesteuer", {"10160"}),
    ("Hier geht es zum Antrag", "Sperrmüll", {"10110"}),
    ("Download", "Baumfällgenehmigung", {"10112"}),
    ("Zum Online-Service", "Wohngeld beantragen", {"10092"}),
    # The text names a service: the context does not override it
    ("Hundesteuer", "Gewerbeanmeldung", {"10160"}),
]

NEGATIVES = [
    "Aktuelles",
    "Impressum",
    "Datenschutz",
    "Datenschutzerklärung",
    "Sitzungskalender",
    "Stellenausschreibung Sachbearbeiter (m/w/d)",
    "Stellenangebote",
    "Veranstaltungskalender",
    "Kontaktformular",
    "Kontakt",
    "Termin vereinbaren",
    "Startseite",
    "mehr",
    "weiterlesen",
    "Zurück zur Übersicht",
    "Hauptstraße 12",
    "Hans Müller",
    "Bürgermeisterin Dr. Anna Schmidt",
    "Öffnungszeiten des Rathauses",
    "Online beantragen",
    "Antrag (PDF)",
    "Formular herunterladen",
    "Leider kein Treffer gefunden",
    "Newsletter abonnieren",
    "Pressemitteilungen",
    "Ratsinformationssystem",
    "Barrierefreiheit",
    "Sitemap",
    "Anfahrt",
    "Bürgerservice",
    "Dienstleistungen A-Z",
    "Informationen",
    "Gewerbegebiet Nord",
    "Stadtplan",
    "Tourismus und Freizeit",
]

NOISE_IN_CONTEXT = [
    ("Impressum", "Hundesteuer"),
    ("mehr", "Hundesteuer"),
    ("Kontaktformular", "Gewerbeanmeldung"),
    ("Datenschutz", "Personalausweis beantragen"),
    ("Informationen", "Personalausweis beantragen"),
    ("Hans Müller", "Sperrmüll"),
]


@pytest.mark.parametrize(("text", "context", "expected"), POSITIVES)
def test_positive(text: str, context: str, expected: set[str]) -> None:
    assert top(text, context) in expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(text: str) -> None:
    assert matcher().match(text) == []


@pytest.mark.parametrize(("text", "context"), NOISE_IN_CONTEXT)
def test_context_does_not_rescue_noise(text: str, context: str) -> None:
    assert matcher().match(text, context) == []


def test_matches_are_ranked_calibrated_and_limited() -> None:
    found = matcher().match("Hundesteuer und Zweitwohnungssteuer", limit=5)
    assert {m.ozg_id for m in found} == {"10160", "10126"}
    assert all(MIN_CONFIDENCE <= m.confidence <= 1 for m in found)
    assert [m.confidence for m in found] == sorted((m.confidence for m in found), reverse=True)
    assert len(matcher().match("Hundesteuer und Zweitwohnungssteuer", limit=1)) == 1


def test_weaker_readings_of_the_same_words_are_dropped() -> None:
    assert [m.ozg_id for m in matcher().match("Grundsteuer")] == ["10117"]
    assert [m.ozg_id for m in matcher().match("Wohngeld beantragen")] == ["10092"]


def test_context_weighs_less_than_a_named_service() -> None:
    named = matcher().match("Hundesteuer")[0]
    resolved = matcher().match("Online beantragen", "Hundesteuer")[0]
    assert resolved.source == "context"
    assert resolved.confidence < named.confidence


def test_leika_key_is_the_strongest_signal() -> None:
    found = matcher().match("https://portal.example.de/detail?leistung=99102013000000&x=1")
    assert found[0].ozg_id == "10160"
    assert found[0].source == "leika_key"
    assert found[0].confidence > 0.95


def test_leika_keys_in_finds_only_known_keys() -> None:
    text = "/leistung/99102013000000 and 99999999999999 and 991020130000001"
    assert matcher().leika_keys_in(text) == ["99102013000000"]


def test_spelling_variants_agree() -> None:
    assert top("Gebührenbefreiung Hundesteuer") == top("Gebuehrenbefreiung Hundesteuer") == "10160"
    assert top("Fuehrerschein umtauschen") == top("Führerschein umtauschen")


def test_matcher_is_independent_of_files() -> None:
    phrases = [CatalogPhrase("10160", "Hundehaltung", "name"), CatalogPhrase("10160", "Hundesteuer", "leika")]
    small = Matcher(phrases, {"99102013000000": "10160"})
    assert small.match("Hundesteuer")[0].ozg_id == "10160"
    assert small.match("Impressum") == []
    assert small.leika_keys_in("x 99102013000000 y") == ["99102013000000"]


def test_phrases_from_files_reads_all_sources() -> None:
    phrases, leika_to_ozg = phrases_from_files(CATALOG_DIR)
    sources = {phrase.source for phrase in phrases}
    assert {"name", "leika"} <= sources
    assert leika_to_ozg["99102013000000"] == "10160"
    assert sum(1 for phrase in phrases if phrase.source == "name") == 557


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One service named by each part: the parts decide, each fully named.
        ("Antrag auf Erlaubnis einer Lotterie oder Tombola", {"10349"}),
        ("Meldebestätigung / Aufenthaltsbescheinigung", {"10559"}),
        ("Grabstätten und Bestattungen", {"10227"}),
        # Several services: those the whole text and the parts agree on, never words joined across parts.
        ("Hundesteuer und Gewerbeanmeldung", {"10160"}),
        ("Personalausweis und Reisepass", {"10119", "10177"}),
        # A Lebenslage named by its events is a section, not three services.
        ("Geburt, Heirat und Sterbefall", set()),
        ("Umzug und Ausweise", set()),
        # Suspended hyphens are one phrase, not parts.
        ("An- und Abmeldung eines Hundes", {"10160"}),
    ],
)
def test_coordinated_parts(text: str, expected: set[str]) -> None:
    assert {match.ozg_id for match in matcher().match(text)} == expected
