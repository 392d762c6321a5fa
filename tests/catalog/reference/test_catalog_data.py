"""Checks for the hand-maintained catalog data: data/catalog/synonyms.csv and data/catalog/relevance.csv.

The OZG base files (ozg_leistungen.csv, leika_leistungen.csv, ...) come from the importer; the two files
checked here are written by hand, so these tests guard their format and a table of well-known facts.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

import pytest

from tests.support.paths import CATALOG_DIR

CATALOG_DIR = CATALOG_DIR
SYNONYMS = CATALOG_DIR / "synonyms.csv"
RELEVANCE = CATALOG_DIR / "relevance.csv"

SYNONYM_COLUMNS = ["ozg_id", "phrase"]
TYPES = ["landkreis", "kreisfreie_stadt", "stadt", "gemeinde", "samtgemeinde", "mitgliedsgemeinde"]
RELEVANCE_COLUMNS = ["ozg_id", *TYPES]

MIN_SERVICES_WITH_SYNONYMS = 120
MIN_PHRASES_PER_SERVICE = 5
MAX_PHRASES_PER_SERVICE = 20

# Words that say nothing about which service is meant; compared after fold().
FORBIDDEN_PHRASES = frozenset(
    {
        "a z",
        "abmeldung",
        "aktuelles",
        "anmeldung",
        "antrag",
        "antrag stellen",
        "antraege",
        "anzeige",
        "auskunft",
        "ausweis",
        "bauen",
        "beantragen",
        "beratung",
        "bescheinigung",
        "buergerbuero",
        "buergerservice",
        "dienstleistung",
        "dienstleistungen",
        "downloads",
        "erlaubnis",
        "familie",
        "foerderung",
        "formular",
        "formulare",
        "gebuehren",
        "genehmigung",
        "kontakt",
        "lebenslagen",
        "mehr infos",
        "meldung",
        "online beantragen",
        "online dienst",
        "online dienste",
        "online service",
        "onlinedienste",
        "pass",
        "rathaus",
        "registrierung",
        "service",
        "soziales",
        "steuer",
        "steuern",
        "termin",
        "terminvereinbarung",
        "ummeldung",
        "umzug",
        "urkunde",
        "urkunden",
        "veranstaltungen",
        "verwaltung",
        "wahlen",
        "was erledige ich wo",
        "weitere informationen",
        "wohnen",
        "zulassung",
        "zuschuss",
    }
)

# Services whose LeiKa entries are all typisierung 1 (federal) but whose application is lodged at a
# municipal office all the same (Gewerbezentralregister: the Gewerbeamt takes the application, § 150 GewO).
FEDERAL_BUT_APPLIED_LOCALLY = frozenset({"10565"})


def fold(text: str) -> str:
    """Case-, umlaut-, hyphen- and whitespace-insensitive form of a phrase (as the matcher compares)."""
    text = text.casefold()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, plain)
    text = re.sub(r"[-‐–/]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


_INFLECTION_ENDINGS = ("ungen", "ung", "en", "er", "es", "e", "n", "s")


def word_key(text: str) -> frozenset[str]:
    """Folded words with common German endings cut off, order ignored ("Öffentliche Bekanntmachungen" and
    "Bekanntmachung, öffentliche" give the same key), so phrases a stemming matcher cannot tell apart meet."""

    def cut(word: str) -> str:
        changed = True
        while changed:
            changed = False
            for ending in _INFLECTION_ENDINGS:
                if word.endswith(ending) and len(word) - len(ending) >= 4:
                    word, changed = word[: -len(ending)], True
                    break
        return word

    return frozenset(cut(word) for word in re.findall(r"[a-z0-9§]+", fold(text)))


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


@cache
def catalog_names() -> dict[str, str]:
    return {row["ozg_id"]: row["name"] for row in _read(CATALOG_DIR / "ozg_leistungen.csv")[1]}


@cache
def leika_types() -> dict[str, frozenset[str]]:
    types: dict[str, set[str]] = defaultdict(set)
    for row in _read(CATALOG_DIR / "leika_leistungen.csv")[1]:
        if row["ozg_id"]:
            types[row["ozg_id"]].add(row["typisierung"].strip())
    return {ozg_id: frozenset(values) for ozg_id, values in types.items()}


@cache
def synonym_rows() -> tuple[tuple[str, str], ...]:
    return tuple((row["ozg_id"], row["phrase"]) for row in _read(SYNONYMS)[1])


@cache
def phrases_by_id() -> dict[str, list[str]]:
    result: dict[str, list[str]] = defaultdict(list)
    for ozg_id, phrase in synonym_rows():
        result[ozg_id].append(phrase)
    return dict(result)


@cache
def relevance_rows() -> tuple[dict[str, str], ...]:
    return tuple(_read(RELEVANCE)[1])


@cache
def relevance() -> dict[str, frozenset[str]]:
    return {row["ozg_id"]: frozenset(t for t in TYPES if row[t] == "x") for row in relevance_rows()}


def _check_plain_csv_bytes(path: Path, header: list[str]) -> None:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), f"{path.name} starts with a byte order mark"
    assert b"\r" not in raw, f"{path.name} must use \\n line endings"
    assert raw.endswith(b"\n"), f"{path.name} must end with a newline"
    assert raw.decode("utf-8").split("\n", 1)[0] == ",".join(header)


# --- synonyms.csv -------------------------------------------------------------------------------------


def test_synonyms_file_format() -> None:
    _check_plain_csv_bytes(SYNONYMS, SYNONYM_COLUMNS)
    columns, rows = _read(SYNONYMS)
    assert columns == SYNONYM_COLUMNS
    assert all(None not in row and len(row) == len(SYNONYM_COLUMNS) for row in rows)


def test_synonym_ids_exist_in_catalog() -> None:
    unknown = sorted({ozg_id for ozg_id, _ in synonym_rows()} - set(catalog_names()))
    assert unknown == []


def test_no_duplicate_id_phrase_pairs() -> None:
    duplicates = [pair for pair, n in Counter(synonym_rows()).items() if n > 1]
    assert duplicates == []


def test_no_phrase_maps_to_two_services() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for ozg_id, phrase in synonym_rows():
        owners[phrase.casefold()].add(ozg_id)
        owners[fold(phrase)].add(ozg_id)
    shared = {phrase: sorted(ids) for phrase, ids in owners.items() if len(ids) > 1}
    assert shared == {}


def test_no_two_services_share_a_phrase_up_to_inflection_and_word_order() -> None:
    owners: dict[frozenset[str], set[str]] = defaultdict(set)
    examples: dict[frozenset[str], list[str]] = defaultdict(list)
    for ozg_id, phrase in synonym_rows():
        owners[word_key(phrase)].add(ozg_id)
        examples[word_key(phrase)].append(phrase)
    shared = {" / ".join(examples[key]): sorted(ids) for key, ids in owners.items() if len(ids) > 1}
    assert shared == {}


def test_no_phrase_is_another_services_catalog_name() -> None:
    name_owner = {word_key(name): ozg_id for ozg_id, name in catalog_names().items()}
    clashes = [
        (ozg_id, phrase, name_owner[word_key(phrase)])
        for ozg_id, phrase in synonym_rows()
        if name_owner.get(word_key(phrase), ozg_id) != ozg_id
    ]
    assert clashes == []


def test_enough_services_have_synonyms() -> None:
    assert len(phrases_by_id()) >= MIN_SERVICES_WITH_SYNONYMS


def test_phrases_per_service_within_bounds() -> None:
    out_of_bounds = {
        ozg_id: len(phrases)
        for ozg_id, phrases in phrases_by_id().items()
        if not MIN_PHRASES_PER_SERVICE <= len(phrases) <= MAX_PHRASES_PER_SERVICE
    }
    assert out_of_bounds == {}


def test_no_generic_phrases() -> None:
    generic = [(ozg_id, phrase) for ozg_id, phrase in synonym_rows() if fold(phrase) in FORBIDDEN_PHRASES]
    assert generic == []


def test_phrases_are_clean_text() -> None:
    bad = [
        (ozg_id, phrase)
        for ozg_id, phrase in synonym_rows()
        if phrase != phrase.strip()
        or "  " in phrase
        or "\n" in phrase
        or len(phrase) < 3
        or not re.search(r"[A-Za-zÄÖÜäöüß]", phrase)
    ]
    assert bad == []


def test_synonyms_sorted_by_id_then_phrase() -> None:
    rows = list(synonym_rows())
    assert rows == sorted(rows, key=lambda row: (row[0], row[1].casefold(), row[1]))


@pytest.mark.parametrize(
    ("phrase", "ozg_id"),
    [
        ("Hundesteuer", "10160"),
        ("Hund anmelden", "10160"),
        ("Wohnsitz anmelden", "10124"),
        ("Wohnungsgeberbestätigung", "10124"),
        ("Meldebescheinigung", "10559"),
        ("Melderegisterauskunft", "10559"),
        ("Auskunftssperre", "10111"),
        ("Kinderreisepass", "10177"),
        ("Personalausweis beantragen", "10119"),
        ("Führungszeugnis beantragen", "10562"),
        ("Gewerbe anmelden", "10294"),
        ("Gaststättenerlaubnis", "10294"),
        ("Gewerberegisterauskunft", "10564"),
        ("Zweitwohnungsteuer", "10126"),
        ("Vergnügungssteuer", "10377"),
        ("Briefwahlunterlagen anfordern", "10145"),
        ("Wahlhelfer", "10144"),
        ("Anmeldung zur Eheschließung", "10026"),
        ("Kirchenaustritt", "10135"),
        ("Fundbüro", "10244"),
        ("Kita-Platz", "10019"),
        ("Sperrmüll", "10110"),
        ("Wasserzählerstand melden", "10123"),
        ("Bauantrag", "10519"),
        ("Bauvoranfrage", "10519"),
        ("Baumfällgenehmigung", "10112"),
        ("Negativattest Vorkaufsrecht", "10108"),
        ("Bebauungsplan", "10528"),
        ("Aufgrabungsgenehmigung", "10348"),
        ("Halteverbot für Umzug", "10348"),
        ("Osterfeuer anmelden", "10147"),
        ("Veranstaltung anmelden", "10349"),
        ("Grabstelle", "10227"),
        ("WBS", "10083"),
        ("Wohngeld", "10092"),
        ("i-Kfz", "10439"),
        ("Wunschkennzeichen", "10436"),
        ("Bewohnerparkausweis", "10173"),
        ("Waffenbesitzkarte", "10151"),
        ("Angelschein", "10148"),
        ("BuT-Leistungen", "10088"),
        ("Einbürgerung", "10257"),
        ("Mängelmelder", "10136"),
        ("Beglaubigung von Kopien", "10571"),
        ("Bürgerbegehren", "10129"),
        ("Personenbeförderungsschein", "10424"),
    ],
)
def test_known_phrase_belongs_to_service(phrase: str, ozg_id: str) -> None:
    owners = {owner for owner, candidate in synonym_rows() if fold(candidate) == fold(phrase)}
    assert owners == {ozg_id}


# --- relevance.csv ------------------------------------------------------------------------------------


def test_relevance_file_format() -> None:
    _check_plain_csv_bytes(RELEVANCE, RELEVANCE_COLUMNS)
    columns, rows = _read(RELEVANCE)
    assert columns == RELEVANCE_COLUMNS
    assert all(None not in row and len(row) == len(RELEVANCE_COLUMNS) for row in rows)


def test_relevance_values_are_blank_or_x() -> None:
    bad = [(row["ozg_id"], t, row[t]) for row in relevance_rows() for t in TYPES if row[t] not in ("", "x")]
    assert bad == []


def test_relevance_ids_exist_unique_and_sorted() -> None:
    ids = [row["ozg_id"] for row in relevance_rows()]
    assert sorted(set(ids) - set(catalog_names())) == []
    assert len(ids) == len(set(ids))
    assert ids == sorted(ids)


def test_every_relevance_row_names_a_type() -> None:
    empty = [ozg_id for ozg_id, types in relevance().items() if not types]
    assert empty == []


def test_no_purely_federal_service_is_marked_municipal() -> None:
    federal = {ozg_id for ozg_id in relevance() if leika_types().get(ozg_id) and leika_types()[ozg_id] <= {"1"}}
    assert federal == set(FEDERAL_BUT_APPLIED_LOCALLY)


def test_kreisfreie_stadt_covers_both_levels() -> None:
    missing = [ozg_id for ozg_id, types in relevance().items() if types and "kreisfreie_stadt" not in types]
    assert missing == []


def test_mitgliedsgemeinde_tasks_are_administered_by_samtgemeinde() -> None:
    orphaned = [
        ozg_id for ozg_id, types in relevance().items() if "mitgliedsgemeinde" in types and "samtgemeinde" not in types
    ]
    assert orphaned == []


def test_every_relevant_service_can_be_recognised() -> None:
    without_synonyms = sorted(set(relevance()) - set(phrases_by_id()))
    assert without_synonyms == []


@pytest.mark.parametrize(
    ("municipality_type", "low", "high"),
    [
        ("landkreis", 60, 130),
        ("kreisfreie_stadt", 100, 180),
        ("stadt", 60, 130),
        ("gemeinde", 60, 130),
        ("samtgemeinde", 60, 130),
        ("mitgliedsgemeinde", 5, 30),
    ],
)
def test_number_of_relevant_services_per_type(municipality_type: str, low: int, high: int) -> None:
    count = sum(municipality_type in types for types in relevance().values())
    assert low <= count <= high


# (ozg_id, type, provides it?) -- facts of the Lower Saxony division of tasks.
RELEVANCE_FACTS = [
    ("10160", "gemeinde", True),  # Hundesteuer is a Gemeindesteuer
    ("10160", "samtgemeinde", True),
    ("10160", "mitgliedsgemeinde", True),
    ("10160", "landkreis", False),
    ("10439", "landkreis", True),  # Kfz-Zulassungsstelle
    ("10439", "kreisfreie_stadt", True),
    ("10439", "gemeinde", False),
    ("10439", "samtgemeinde", False),
    ("10169", "landkreis", True),  # Fahrerlaubnisbehörde
    ("10169", "stadt", False),
    ("10124", "gemeinde", True),  # Meldebehörde
    ("10124", "samtgemeinde", True),
    ("10124", "mitgliedsgemeinde", False),
    ("10124", "landkreis", False),
    ("10119", "samtgemeinde", True),  # Personalausweisbehörde
    ("10119", "landkreis", False),
    ("10026", "samtgemeinde", True),  # Standesamt
    ("10026", "mitgliedsgemeinde", False),
    ("10145", "samtgemeinde", True),  # Briefwahl
    ("10145", "landkreis", False),
    ("10294", "gemeinde", True),  # Gewerbeamt
    ("10294", "mitgliedsgemeinde", False),
    ("10117", "mitgliedsgemeinde", True),  # Realsteuern stay with the Mitgliedsgemeinde
    ("10117", "landkreis", False),
    ("10528", "samtgemeinde", True),  # Flächennutzungsplan (Samtgemeinde), Bebauungspläne (members)
    ("10528", "mitgliedsgemeinde", True),
    ("10528", "landkreis", False),
    ("10519", "landkreis", True),  # untere Bauaufsichtsbehörde
    ("10519", "gemeinde", False),
    ("10019", "landkreis", True),  # örtlicher Träger der Jugendhilfe
    ("10019", "samtgemeinde", True),  # Kita-Träger
    ("10110", "landkreis", True),  # öffentlich-rechtlicher Entsorgungsträger
    ("10110", "gemeinde", False),
    ("10092", "landkreis", True),  # Wohngeldbehörde
    ("10092", "samtgemeinde", False),
    ("10255", "landkreis", True),  # Ausländerbehörde
    ("10255", "stadt", False),
    ("10148", "gemeinde", True),  # Fischereischein: Wohnsitzgemeinde in Lower Saxony
    ("10148", "landkreis", False),
    ("10149", "landkreis", True),  # Jagdbehörde
    ("10149", "gemeinde", False),
    ("10135", "samtgemeinde", True),  # Kirchenaustritt at the Standesamt in Lower Saxony
    ("10227", "mitgliedsgemeinde", True),  # Friedhöfe
    ("10129", "landkreis", True),  # Bürgerbegehren exist at every level
    ("10129", "mitgliedsgemeinde", True),
]


@pytest.mark.parametrize(("ozg_id", "municipality_type", "provides"), RELEVANCE_FACTS)
def test_relevance_fact(ozg_id: str, municipality_type: str, provides: bool) -> None:
    assert (municipality_type in relevance().get(ozg_id, frozenset())) is provides


@pytest.mark.parametrize(
    "ozg_id",
    [
        "10005",  # Kindergeld (Familienkasse)
        "10214",  # Schwerbehindertenausweis (Landesamt für Soziales in Lower Saxony)
        "10064",  # Aufstiegs-BAföG (NBank)
        "10120",  # Rundfunkbeitrag
        "10437",  # Kfz-Steuer (Zoll)
        "10522",  # Bodenrichtwerte (LGLN)
    ],
)
def test_non_municipal_service_has_no_relevance_row(ozg_id: str) -> None:
    assert ozg_id not in relevance()
