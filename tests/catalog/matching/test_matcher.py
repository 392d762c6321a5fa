"""The text matcher against the real catalog: positives, noise, context, URLs and the Hamburg pages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

from catalog.matching.matcher import MIN_CONFIDENCE, CatalogPhrase, Matcher, phrases_from_files
from tests.support.paths import CATALOG_DIR
from tests.support.shared import HAMBURG_PAGES

CATALOG_DIR = CATALOG_DIR
HAMBURG_DIR = HAMBURG_PAGES
# The Hamburg titles and their online-service links: at least this share must be right.
HAMBURG_MIN_SHARE = 0.72


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


# --- Hamburg service pages: titles and their "Online-Service nutzen" links -------------------------


@dataclass(frozen=True)
class HamburgCase:
    text: str
    context: str
    expected: frozenset[str]  # empty: nothing must match


# Expected OZG-IDs per page, keyed by a part of the file name; pages not listed are left out
# because the catalog has no clear answer for them ("Immissionsschutz", "Umzug dem Finanzamt mitteilen").
HAMBURG_EXPECTED: dict[str, set[str]] = {
    "Aufstellen_von_Geldspielgeräten": {"10294"},
    "Bewachungsgewerbe_-_Erlaubnis": {"10294"},
    "Eintragung_in_das_Verzeichnis_zulassungsfreier": {"10561", "10289"},
    "Erlaubnis_für_Vermittlung_von_Immobilien": {"10294"},
    "Erlaubnis_zur_gewerbsmäßigen_Zucht": {"10294"},
    "Führerschein_Fahrerkarte": {"10423", "10169"},
    "Gaststättenerlaubnis_beantragen": {"10294"},
    "Gaststättengewerbe_Gestattung": {"10294"},
    "Genehmigung_zur_Zweckentfremdung": {"10125"},
    "Gewerbe_abmelden": {"10294"},
    "Gewerbe_anmelden": {"10294"},
    "Gewerbe_ummelden": {"10294"},
    "Gewerberegisterauskunft": {"10564"},
    "Gewerbesteuer_bezahlen": {"10364"},
    "Gewerbezentralregister_Auskunft": {"10565"},
    "Gewerblicher_Umgang_mit_Feuerwerksartikeln": {"10347", "10480"},
    "Kein_Treffer": set(),
    "Löschung_aus_dem_Verzeichnis": {"10561", "10289"},
    "Ortswechsel_von_Tierausstellungen": {"10350", "10294"},
    "Pfandleihgewerbe": {"10294"},
    "Reisegewerbekarte": {"10294"},
    "Schaustellung_von_Personen": {"10294"},
    "Spielhallen_Erlaubnis__im_Reisegewerbe": {"10294"},
    "Spielhallenerlaubnis": {"10294"},
    "Stellvertretungserlaubnis": {"10294"},
    "Teileigentum_begründen": {"10532", "10514"},
    "Unternehmen_Betrieb_Gewerbe_oder_selbstständige_Tätigkeit_zur_Steuer": {"10292"},
    "Versteigerergewerbe": {"10294"},
    "Vorläufige_Gaststättenerlaubnis": {"10294"},
    "Wasserrechtliche_Genehmigungen": {"10456", "10488"},
    "Kfz-Schein_bzw._Zulassungsbescheinigung": {"10459", "10439"},
    "Kfz_Abmeldung": {"10439"},
    "Kfz_Anmeldung": {"10439"},
    "Kfz_Fahrzeugmängel": {"10439"},
    "Kfz_Fahrzeugverkauf": {"10439"},
    "Kfz_Ummeldung": {"10439"},
    "Kfz_Verkauf": {"10439"},
    "Kfz_Versicherungswechsel": {"10439"},
    "Oldtimerkennzeichen": {"10436"},
    "Meldebescheinigung_beantragen": {"10559"},
    "Personalausweis": {"10119"},
    "Identitätsnachweis": {"10119"},
    "Online-Ausweisfunktion": {"10119"},
    "Hunde_nach_Umzug": {"10160"},
    "Rundfunkbeitrag_ummelden": {"10120"},
    "Umzug_innerhalb_Hamburgs_melden": {"10124"},
    "Wohnung_abmelden": {"10124"},
    "Einmalige_Leistungen_beantragen": {"10082", "10086"},
}


# Online-service links that name a service of their own, whatever the page.
HAMBURG_LINK_EXPECTED: dict[str, set[str]] = {
    "Internetbasierte Fahrzeugzulassung (i-Kfz) - Zulassung": {"10439"},
    "Internetbasierte Fahrzeugzulassung (i-Kfz) - Abmeldung": {"10439"},
    "Hundeanmeldung": {"10160"},
    "Bürgergeld beantragen": {"10082"},
    "Rundfunkbeitrag": {"10120"},
    "Anzeige einer Veranstaltung mit Tieren": {"10349", "10350", "10294"},
    "Leerstand Wohnraum melden": {"10125", "10121"},
}


def _expected_for(path: Path) -> set[str] | None:
    """Expected OZG-IDs of a page by the longest matching key, None for pages left out."""
    keys = [key for key in HAMBURG_EXPECTED if key in path.name]
    return HAMBURG_EXPECTED[max(keys, key=len)] if keys else None


def _online_links(markdown: str) -> list[str]:
    """Link texts of the "Online-Service nutzen" section."""
    section = re.search(r"^## Online-Service nutzen\n(.*?)(?=^## )", markdown, re.MULTILINE | re.DOTALL)
    return re.findall(r"\[([^\]]+)\]\(", section.group(1)) if section else []


def hamburg_cases() -> list[HamburgCase]:
    """Each page's title, and its online-service link texts with the title as context."""
    cases = []
    for path in sorted(HAMBURG_DIR.rglob("*.md")):
        expected = _expected_for(path)
        if expected is None:
            continue
        markdown = path.read_text(encoding="utf-8")
        title = next((line[2:].strip() for line in markdown.splitlines() if line.startswith("# ")), "")
        title = title or "Leider kein Treffer gefunden"
        cases.append(HamburgCase(title, "", frozenset(expected)))
        cases += [
            HamburgCase(link, title, frozenset(HAMBURG_LINK_EXPECTED.get(link, expected)))
            for link in _online_links(markdown)
        ]
    return cases


def _right(case: HamburgCase) -> bool:
    """Top match among the expected IDs, or no match where none is expected."""
    found = matcher().match(case.text, case.context)
    if not case.expected:
        return not found
    return bool(found) and found[0].ozg_id in case.expected


def test_hamburg_pages() -> None:
    cases = hamburg_cases()
    wrong = [case for case in cases if not _right(case)]
    share = 1 - len(wrong) / len(cases)
    report = "\n".join(f"  {c.text!r} (context {c.context!r}) expected {sorted(c.expected)}" for c in wrong)
    assert len(cases) > 80
    assert share >= HAMBURG_MIN_SHARE, f"{share:.0%} of {len(cases)} right; wrong:\n{report}"


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
