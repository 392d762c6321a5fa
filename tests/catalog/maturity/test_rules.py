"""Each maturity criterion on hand-built evidence, shaped like the crawler's page/link/form/document items."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from catalog.evidence import DocumentEvidence, Evidence, FetchErrorEvidence, PageEvidence
from catalog.maturity.rules import (
    CRITERIA,
    Candidate,
    candidates_for,
    directory_link,
    form_download,
    info_document,
    info_page,
    info_sections,
    online_cue_link,
    online_form,
    online_form_fully_digital,
    online_link_fully_digital,
    online_service_link,
    portal_info_page,
)
from catalog.maturity.site_view import SiteView, build_site_view
from catalog.reference.platforms import PlatformRegistry
from tests.support import evidence
from tests.support.evidence import absolute, form, link
from tests.support.paths import PLATFORMS_FILE

PLATFORMS = PlatformRegistry.from_file(PLATFORMS_FILE)
SITE = "https://www.stadt-wesertal.de"
START = f"{SITE}/"
PORTAL = "https://wesertal.rathausdirekt.de"
UNKNOWN_PORTAL = "https://buergerservice.kommunalportal-nord.de"
DIGITAL_NOTICE = "Den Bescheid erhalten Sie elektronisch in das Postfach Ihres Servicekontos."


def page(path_or_url: str, title: str, h1: str = "", **fields: Any) -> PageEvidence:
    return evidence.page(absolute(SITE, path_or_url), title, h1, **fields)


def document(url: str, via: PageEvidence, text: str, heading: str = "", doc_type: str = "pdf") -> DocumentEvidence:
    return evidence.document(url, via, text, heading, doc_type=doc_type)


def failure(url: str, status: str) -> FetchErrorEvidence:
    return evidence.failure(url, status)


# The site every test judges against: enough pages for " - Stadt Wesertal" to be recognised as the site name.
HOME = page("/", "Startseite - Stadt Wesertal", "Willkommen in Wesertal", depth=0)
A_Z = page(
    "/buergerservice/a-z/",
    "Leistungen A-Z - Stadt Wesertal",
    "Leistungen A-Z",
    breadcrumb="Startseite › Bürgerservice › Leistungen A-Z",
)
HUNDESTEUER = page(
    "/buergerservice/hundesteuer/",
    "Hundesteuer - Stadt Wesertal",
    "Hundesteuer",
    depth=2,
    breadcrumb="Startseite › Bürgerservice › Hundesteuer",
)
WOHNSITZ = page(
    "/buergerservice/wohnsitz-anmelden/",
    "Wohnsitz anmelden - Stadt Wesertal",
    "Wohnsitz anmelden",
    depth=2,
    key_sentences=["Sie erhalten die Meldebescheinigung digital in Ihr BundID-Postfach."],
)
NEWS = page(
    "/aktuelles/hundesteuer-jetzt-online/",
    "Hundesteuer jetzt online - Stadt Wesertal",
    "Hundesteuer jetzt online",
    depth=2,
    breadcrumb="Startseite › Aktuelles",
)
DATELINE = page(
    "/seite/77/",
    "Wohngeld steigt - Stadt Wesertal",
    "Wohngeld steigt",
    depth=2,
    main_text="Wohngeld steigt 12.01.2026 Ab Januar erhalten mehr Haushalte Wohngeld.",
)
PORTAL_HUND = page(
    f"{PORTAL}/hund/anmelden",
    "Hund anmelden - Rathausdirekt",
    "Hund anmelden",
    role="portal",
    via=HUNDESTEUER,
    via_text="Zum Online-Antrag",
    via_context="Hundesteuer",
    form_count=1,
)
PORTAL_FROM_NEWS = page(
    f"{PORTAL}/hund/abmelden",
    "Hund abmelden - Rathausdirekt",
    "Hund abmelden",
    role="portal",
    via=NEWS,
    via_text="Jetzt online",
    via_context="Hundesteuer",
    form_count=1,
)
PORTAL_DIGITAL = page(
    f"{PORTAL}/gewerbe",
    "Gewerbeanmeldung - Rathausdirekt",
    "Gewerbeanmeldung",
    role="portal",
    via=A_Z,
    key_sentences=[DIGITAL_NOTICE],
    form_count=1,
)
DIRECTORY_PAGE = page(
    "https://service.niedersachsen.de/detail?pstId=351373",
    "Personalausweis beantragen",
    "Personalausweis beantragen",
    role="portal",
    via=A_Z,
    via_text="Personalausweis",
    via_context="Leistungen A-Z",
)
UNKNOWN_NO_FORM = page(f"{UNKNOWN_PORTAL}/info/sondernutzung", "Sondernutzung", "Sondernutzung", role="portal", via=A_Z)
UNKNOWN_WITH_FORM = page(
    f"{UNKNOWN_PORTAL}/antrag/sperrmuell", "Sperrmüll", "Sperrmüll", role="portal", via=A_Z, form_count=1
)
OWN_FORM_PAGE = page(
    "/buergerservice/sperrmuell/anmelden/",
    "Sperrmüll anmelden - Stadt Wesertal",
    "Sperrmüll anmelden",
    depth=3,
    via=A_Z,
    via_text="Sperrmüll online anmelden",
    via_context="S",
    form_count=1,
)
# Fetched, with only the search box of the page header.
SEARCH_ONLY_PAGE = page("/buergerservice/sperrmuell/", "Sperrmüll - Stadt Wesertal", "Sperrmüll", depth=2, form_count=1)
UNKNOWN_SEARCH_ONLY = page(f"{UNKNOWN_PORTAL}/suche", "Suche", "Suche", role="portal", via=A_Z, form_count=1)
DEAD_TARGETS = {
    f"{PORTAL}/gewerbe/abmelden": "dns_error",
    f"{SITE}/buergerservice/alt/": "http_404",
    f"{PORTAL}/wohngeld": "blocked",
}
PAGES = [
    HOME,
    A_Z,
    HUNDESTEUER,
    WOHNSITZ,
    NEWS,
    DATELINE,
    PORTAL_HUND,
    PORTAL_FROM_NEWS,
    PORTAL_DIGITAL,
    DIRECTORY_PAGE,
    UNKNOWN_NO_FORM,
    UNKNOWN_WITH_FORM,
    OWN_FORM_PAGE,
    SEARCH_ONLY_PAGE,
    UNKNOWN_SEARCH_ONLY,
]
HUND_FIELDS = ["Name", "Anschrift", "Rasse", "Chipnummer", "Beginn der Haltung"]
SPERRMUELL_FIELDS = ["Straße", "Hausnummer", "Gegenstände", "Wunschtermin"]


def _forms() -> list[Evidence]:
    return [
        form(PORTAL_HUND, HUND_FIELDS, ["Antrag absenden"]),
        form(UNKNOWN_WITH_FORM, SPERRMUELL_FIELDS, ["Anmelden"]),
        form(OWN_FORM_PAGE, SPERRMUELL_FIELDS, ["Anmelden"]),
        form(SEARCH_ONLY_PAGE, ["Suchbegriff"], ["Suchen"]),
        form(UNKNOWN_SEARCH_ONLY, ["Suchbegriff"], ["Suchen"]),
    ]


VIEW: SiteView = build_site_view(
    START, [*PAGES, *_forms(), *(failure(url, s) for url, s in DEAD_TARGETS.items())], PLATFORMS
)


def test_the_site_name_is_known() -> None:
    assert VIEW.clean_title(HUNDESTEUER.page_title) == "Hundesteuer"


# --- level 1 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            HUNDESTEUER,
            Candidate(
                1,
                "info_page",
                "Hundesteuer",
                "Hundesteuer | Startseite › Bürgerservice › Hundesteuer",
                0.9,
                fallback="Hundesteuer",
            ),
        ),
        (
            page("/buergerservice/wohngeld/", "Wohngeld - Stadt Wesertal"),
            Candidate(1, "info_page", "Wohngeld", "Wohngeld", 0.9, fallback="Wohngeld"),
        ),
        (HOME, None),  # the start page
        (NEWS, None),  # news by URL
        (DATELINE, None),  # news by dateline
        (
            page(
                "/seite/8/",
                "Stadtfest - Stadt Wesertal",
                "Stadtfest",
                breadcrumb="Start › Veranstaltungskalender",
            ),
            None,
        ),
        (PORTAL_HUND, None),  # not the municipality's page
    ],
)
def test_info_page(item: Evidence, expected: Candidate | None) -> None:
    assert info_page(item, VIEW) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            DIRECTORY_PAGE,
            Candidate(
                1,
                "portal_info_page",
                "Personalausweis beantragen",
                "Personalausweis | Leistungen A-Z",
                0.85,
                fallback="Personalausweis beantragen",
            ),
        ),
        (PORTAL_HUND, None),  # an online-service platform: judged by its forms
        (UNKNOWN_NO_FORM, None),
        (HUNDESTEUER, None),
    ],
)
def test_portal_info_page(item: Evidence, expected: Candidate | None) -> None:
    assert portal_info_page(item, VIEW) == expected


@pytest.mark.parametrize(
    ("item", "expected_weight"),
    [
        (link(A_Z, f"{SITE}/buergerservice/hundesteuer/", "Hundesteuer", "H"), 0.75),
        (link(A_Z, f"{SITE}/buergerservice/hundesteuer/", "Hundesteuer", "Steuern", region="nav"), 0.6),
        (link(A_Z, "https://service.niedersachsen.de/detail?pstId=351373", "Personalausweis", "P"), 0.75),
        (link(A_Z, "https://buergerservice.stadt-wesertal.de/wohngeld", "Wohngeld", "W"), 0.75),
        # Not a directory entry.
        (
            link(A_Z, f"{SITE}/aktuelles/hundesteuer-jetzt-online/", "Hundesteuer jetzt online", "Aktuelles"),
            None,
        ),
        (link(A_Z, f"{SITE}/termine/", "Termin vereinbaren", "Bürgerbüro"), None),
        (link(A_Z, f"{SITE}/kontakt/", "Kontakt", "Bürgerbüro"), None),
        (link(A_Z, f"{SITE}/fileadmin/hundesteuer.pdf", "Hundesteuer", "H", doc_type="pdf"), None),
        (link(A_Z, f"{SITE}/buergerservice/alt/", "Hundesteuer", "H"), None),  # dead
        (
            link(A_Z, f"{PORTAL}/hund/anmelden", "Hundesteuer", "H"),
            None,
        ),  # an online service, not a directory
        (link(A_Z, "https://www.lk-marschland.de/", "Landkreis Marschland", ""), None),
        (
            link(NEWS, f"{SITE}/buergerservice/hundesteuer/", "Hundesteuer", "Aktuelles"),
            None,
        ),  # on a news page
        (link(PORTAL_HUND, f"{PORTAL}/hundesteuer", "Hundesteuer", ""), None),  # on a portal page
    ],
)
def test_directory_link(item: Evidence, expected_weight: float | None) -> None:
    candidate = directory_link(item, VIEW)
    if expected_weight is None:
        assert candidate is None
    else:
        assert candidate is not None
        assert (candidate.level, candidate.rule, candidate.text, candidate.weight) == (
            1,
            "directory_link",
            item.text,
            expected_weight,
        )


def test_directory_link_context_is_heading_page_heading_and_title() -> None:
    candidate = directory_link(link(A_Z, f"{SITE}/buergerservice/hundesteuer/", "Anmeldung", "Hundesteuer"), VIEW)
    assert candidate is not None
    assert candidate.context == "Hundesteuer | Leistungen A-Z | Leistungen A-Z"


def test_link_context_starts_with_the_table_row_around_the_link() -> None:
    row = "Hundesteuer – Anmeldung eines Hundes Formular (PDF) Online-Antrag"
    item = link(A_Z, f"{PORTAL}/hund", "Online-Antrag", "Steuern", neighbourhood=row)
    candidate = online_service_link(item, VIEW)
    assert candidate is not None
    assert candidate.context == f"{row} | Steuern | Leistungen A-Z | Leistungen A-Z"


@pytest.mark.parametrize(
    ("item", "text"),
    [
        (
            link(
                HUNDESTEUER,
                f"{SITE}/fileadmin/merkblaetter/Merkblatt_Hundesteuer.pdf",
                "Merkblatt (PDF)",
                "Hundesteuer",
                doc_type="pdf",
            ),
            "Merkblatt (PDF) Merkblatt Hundesteuer",
        ),
        (
            link(
                HUNDESTEUER,
                f"{SITE}/fileadmin/Checkliste-Wohngeld.docx",
                "Checkliste Wohngeld",
                "",
                doc_type="docx",
            ),
            "Checkliste Wohngeld Checkliste Wohngeld",
        ),
        (
            document(f"{SITE}/fileadmin/infoblatt_hund.pdf", HUNDESTEUER, "Infoblatt"),
            "Infoblatt infoblatt hund",
        ),
        # Not information about a service.
        (
            link(
                HUNDESTEUER,
                f"{SITE}/fileadmin/Hundesteuersatzung.pdf",
                "Hinweise zur Satzung",
                "",
                doc_type="pdf",
            ),
            None,
        ),
        (
            link(HUNDESTEUER, f"{SITE}/fileadmin/flyer.pdf", "Informationsflyer Stadtfest", "", doc_type="pdf"),
            None,
        ),
        (link(HUNDESTEUER, f"{SITE}/merkblatt/", "Merkblatt", ""), None),  # not a document
        (link(NEWS, f"{SITE}/fileadmin/Merkblatt_Hund.pdf", "Merkblatt", "", doc_type="pdf"), None),
    ],
)
def test_info_document(item: Evidence, text: str | None) -> None:
    candidate = info_document(item, VIEW)
    assert (candidate.text if candidate else None) == text
    if candidate:
        assert (candidate.level, candidate.weight) == (1, 0.7)


# --- level 2 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "text"),
    [
        (
            link(
                HUNDESTEUER,
                f"{SITE}/fileadmin/user_upload/formulare/Anmeldung_Hund.pdf",
                "Antrag (PDF, 85 KB)",
                "Formulare",
                doc_type="pdf",
            ),
            "Antrag (PDF, 85 KB) Anmeldung Hund",
        ),
        (
            link(
                HUNDESTEUER,
                f"{SITE}/fileadmin/Abmeldung-Hund.docx",
                "Abmeldung eines Hundes",
                "",
                doc_type="docx",
            ),
            "Abmeldung eines Hundes Abmeldung Hund",
        ),
        (
            link(A_Z, f"{SITE}/fileadmin/Gewerbeanmeldung_GewA1.pdf", "", "G", doc_type="pdf"),
            "Gewerbeanmeldung GewA1",
        ),
        (
            link(A_Z, f"{SITE}/fileadmin/vollmacht.odt", "Vollmacht", "Meldewesen", doc_type="odt"),
            "Vollmacht vollmacht",
        ),
        # A fetched document (the crawl learnt its type from the response headers).
        (
            document(f"{SITE}/download.php?id=17", HUNDESTEUER, "Formular zur Hundeanmeldung", "Formulare"),
            "Formular zur Hundeanmeldung download",
        ),
        # Statutes, fee schedules, flyers and minutes are no forms.
        (
            link(
                HUNDESTEUER,
                f"{SITE}/fileadmin/Hundesteuersatzung.pdf",
                "Hundesteuersatzung",
                "",
                doc_type="pdf",
            ),
            None,
        ),
        (link(A_Z, f"{SITE}/fileadmin/gebuehren.pdf", "Gebührenordnung Anmeldung", "", doc_type="pdf"), None),
        (
            link(A_Z, f"{SITE}/fileadmin/protokoll.pdf", "Protokoll Anmeldung Bauausschuss", "", doc_type="pdf"),
            None,
        ),
        # Not a form at all, or not on the municipality's service pages.
        (link(HUNDESTEUER, f"{SITE}/fileadmin/Merkblatt_Hund.pdf", "Merkblatt", "", doc_type="pdf"), None),
        (link(HUNDESTEUER, f"{SITE}/buergerservice/antrag/", "Antrag", ""), None),
        (link(NEWS, f"{SITE}/fileadmin/Anmeldung_Hund.pdf", "Antrag (PDF)", "", doc_type="pdf"), None),
        (link(PORTAL_HUND, f"{PORTAL}/formulare/hund.pdf", "Antrag (PDF)", "", doc_type="pdf"), None),
    ],
)
def test_form_download(item: Evidence, text: str | None) -> None:
    candidate = form_download(item, VIEW)
    assert (candidate.text if candidate else None) == text
    if candidate:
        assert (candidate.level, candidate.rule, candidate.weight) == (2, "form_download", 0.95)


def test_form_download_context_names_the_service() -> None:
    item = link(
        HUNDESTEUER,
        f"{SITE}/fileadmin/Anmeldung_Hund.pdf",
        "Antrag (PDF, 85 KB)",
        "Formulare",
        doc_type="pdf",
    )
    candidate = form_download(item, VIEW)
    assert candidate is not None
    assert candidate.context == "Formulare | Hundesteuer | Hundesteuer"


def test_an_application_under_a_statute_is_still_a_form() -> None:
    """Baumfäll-, Sondernutzungs- and Hundesteuer forms often cite the statute they are filed under."""
    item = link(
        HUNDESTEUER,
        f"{SITE}/fileadmin/formulare/baumfaellantrag.pdf",
        "Antrag auf Fällgenehmigung nach der Baumschutzsatzung (PDF, 120 KB)",
        "Formulare",
        doc_type="pdf",
    )
    candidate = form_download(item, VIEW)
    assert candidate is not None and candidate.level == 2


def test_digits_in_a_file_name_are_kept() -> None:
    """Years and LeiKa keys in file names must survive: "Antrag_Hundesteuer_2026.pdf" is not "... 6"."""
    item = link(
        HUNDESTEUER,
        f"{SITE}/fileadmin/formulare/Antrag_Hundesteuer_2026.pdf",
        "Formular (PDF, 85 KB)",
        "Formulare",
        doc_type="pdf",
    )
    candidate = form_download(item, VIEW)
    assert candidate is not None
    assert candidate.text == "Formular (PDF, 85 KB) Antrag Hundesteuer 2026"


def test_url_encoded_spaces_in_a_file_name_are_separators() -> None:
    item = link(HUNDESTEUER, f"{SITE}/fileadmin/Antrag%20Hundesteuer.pdf", "Formular", "", doc_type="pdf")
    candidate = form_download(item, VIEW)
    assert candidate is not None and candidate.text == "Formular Antrag Hundesteuer"


# --- level 3 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            link(HUNDESTEUER, f"{PORTAL}/hund/anmelden", "Zum Online-Antrag", "Formulare"),
            Candidate(
                3,
                "online_service_link",
                "Zum Online-Antrag",
                "Formulare | Hundesteuer | Hundesteuer",
                0.95,
                target="Hund anmelden",  # the fetched portal page's heading
            ),
        ),
        (
            link(A_Z, "https://fs.form-solutions.net/metaform/Form-Solutions/sid/ABC", "Gewerbeanmeldung", "G"),
            Candidate(3, "online_service_link", "Gewerbeanmeldung", "G | Leistungen A-Z | Leistungen A-Z", 0.95),
        ),
        (
            link(A_Z, f"{SITE}/intelliform/forms/wesertal/sperrmuell", "Sperrmüll anmelden", "S"),
            Candidate(3, "online_service_link", "Sperrmüll anmelden", "S | Leistungen A-Z | Leistungen A-Z", 0.95),
        ),
        # A directory, a PDF on a form server, a dead target, booking, a news page, a portal page: none.
        (link(A_Z, "https://service.niedersachsen.de/detail?pstId=1", "Personalausweis", "P"), None),
        (
            link(
                A_Z,
                "https://fs.form-solutions.net/formulare/gewa1.pdf",
                "Gewerbeanmeldung (PDF)",
                "G",
                doc_type="pdf",
            ),
            None,
        ),
        (link(A_Z, f"{PORTAL}/gewerbe/abmelden", "Gewerbeabmeldung", "G"), None),
        (link(HUNDESTEUER, f"{PORTAL}/termin", "Termin online buchen", "Hundesteuer"), None),
        (link(NEWS, f"{PORTAL}/hund/anmelden", "Hundesteuer jetzt online", "Aktuelles"), None),
        (link(PORTAL_HUND, f"{PORTAL}/hund/abmelden", "Hund abmelden", ""), None),
    ],
)
def test_online_service_link(item: Evidence, expected: Candidate | None) -> None:
    assert online_service_link(item, VIEW) == expected


def test_a_blocked_target_is_not_a_dead_one() -> None:
    """403/429 from a portal says nothing about whether the service exists."""
    item = link(A_Z, f"{PORTAL}/wohngeld", "Wohngeld online beantragen", "W")
    assert online_service_link(item, VIEW) is not None


@pytest.mark.parametrize(
    ("item", "weight"),
    [
        # Unknown portal, not fetched.
        (link(HUNDESTEUER, f"{UNKNOWN_PORTAL}/antrag/4711", "Zum Online-Antrag", "Formulare"), 0.85),
        # The cue in the sentence around a generic link text.
        (
            link(
                HUNDESTEUER,
                f"{UNKNOWN_PORTAL}/antrag/4712",
                "hier",
                "Formulare",
                neighbourhood="Den Antrag können Sie hier online stellen.",
            ),
            0.85,
        ),
        # Unknown portal fetched: with a form, without.
        (link(A_Z, f"{UNKNOWN_PORTAL}/antrag/sperrmuell", "Sperrmüll online anmelden", "S"), 0.85),
        # ... without a form and without a way on to one: the target decides, not the label.
        (link(A_Z, f"{UNKNOWN_PORTAL}/info/sondernutzung", "Sondernutzung online beantragen", "S"), None),
        # An own page with an application form.
        (link(A_Z, f"{SITE}/buergerservice/sperrmuell/anmelden/", "Sperrmüll online anmelden", "S"), 0.85),
        # Only a header search box on the target: no application form.
        (link(A_Z, f"{UNKNOWN_PORTAL}/suche", "Jetzt online beantragen", "S"), 0.7),
        (link(A_Z, f"{SITE}/buergerservice/sperrmuell/", "Sperrmüll online anmelden", "S"), None),
        # An own page without a form (or not fetched): no online evidence.
        (link(A_Z, f"{SITE}/buergerservice/hundesteuer/", "Hundesteuer online erledigen", "H"), None),
        (link(A_Z, f"{SITE}/buergerservice/wohngeld/", "Wohngeld online beantragen", "W"), None),
        # Weak or no cue.
        (link(HUNDESTEUER, f"{UNKNOWN_PORTAL}/antrag/4713", "Weitere Informationen", "Formulare"), None),
        (link(HUNDESTEUER, f"{UNKNOWN_PORTAL}/antrag/4714", "Online", "Formulare"), None),
        # Booking, documents, news pages.
        (link(HUNDESTEUER, f"{UNKNOWN_PORTAL}/termine", "Termin online buchen", "Hundesteuer"), None),
        (link(HUNDESTEUER, f"{UNKNOWN_PORTAL}/antrag.pdf", "Online-Antrag (PDF)", "", doc_type="pdf"), None),
        (link(NEWS, f"{UNKNOWN_PORTAL}/antrag/4711", "Zum Online-Antrag", "Aktuelles"), None),
    ],
)
def test_online_cue_link(item: Evidence, weight: float | None) -> None:
    candidate = online_cue_link(item, VIEW)
    assert (candidate.weight if candidate else None) == weight
    if candidate:
        assert (candidate.level, candidate.rule, candidate.text) == (3, "online_cue_link", item.text)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            form(PORTAL_HUND, HUND_FIELDS, ["Antrag absenden"], "Angaben zum Hund"),
            Candidate(
                3,
                "online_form",
                "Hund anmelden",
                "Angaben zum Hund | Hund anmelden – Rathausdirekt | Zum Online-Antrag | Hundesteuer",
                1.0,
                focus="Zum Online-Antrag | Hundesteuer | Hundesteuer",
            ),
        ),
        (
            form(OWN_FORM_PAGE, ["Straße", "Hausnummer", "Gegenstände"], ["Anmelden"]),
            Candidate(
                3,
                "online_form",
                "Sperrmüll anmelden",
                "Sperrmüll anmelden | Sperrmüll online anmelden | S",
                1.0,
                focus="Sperrmüll online anmelden | S | Leistungen A-Z",
            ),
        ),
        # Search, contact, login, too small.
        (form(PORTAL_HUND, ["Suchbegriff"], ["Suchen"]), None),
        (form(PORTAL_HUND, ["Name", "E-Mail", "Betreff", "Nachricht"], ["Senden"]), None),
        (form(PORTAL_HUND, ["Benutzername", "Passwort"], ["Anmelden"]), None),
        (form(PORTAL_HUND, HUND_FIELDS, []), None),
        # A portal page the crawl only reached from a news item.
        (form(PORTAL_FROM_NEWS, HUND_FIELDS, ["Antrag absenden"]), None),
        # An appointment system's booking form.
        (
            form(
                page("https://wesertal.tevis.de/select2", "Termin", "Termin Bürgerbüro", role="portal", via=A_Z),
                ["Name", "Geburtsdatum", "Anliegen"],
                ["Weiter"],
            ),
            None,
        ),
    ],
)
def test_online_form(item: Evidence, expected: Candidate | None) -> None:
    assert online_form(item, VIEW) == expected


# --- level 4 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key_sentences", "level_4"),
    [
        ([DIGITAL_NOTICE], True),
        (["Die Anmeldung ist vollständig digital möglich."], False),  # says nothing about the notice
        (["Den Bescheid erhalten Sie per Post."], False),
        (["Sie können den Antrag online stellen."], False),
        ([], False),
    ],
)
def test_online_form_fully_digital(key_sentences: list[str], level_4: bool) -> None:
    portal_page = page(
        f"{PORTAL}/hund/neu",
        "Hund anmelden - Rathausdirekt",
        "Hund anmelden",
        role="portal",
        via=HUNDESTEUER,
        key_sentences=key_sentences,
        form_count=1,
    )
    view = build_site_view(START, [*PAGES, portal_page], PLATFORMS)
    candidate = online_form_fully_digital(form(portal_page, HUND_FIELDS, ["Antrag absenden"]), view)
    assert (candidate is not None) is level_4
    if candidate:
        assert (candidate.level, candidate.rule, candidate.text) == (
            4,
            "online_form_fully_digital",
            "Hund anmelden",
        )


def test_a_fully_digital_statement_does_not_make_a_search_form_level_4() -> None:
    search = form(PORTAL_DIGITAL, ["Suchbegriff"], ["Suchen"])
    assert online_form_fully_digital(search, VIEW) is None


@pytest.mark.parametrize(
    ("item", "level_4"),
    [
        # The statement on the page that links ...
        (link(WOHNSITZ, "https://wohnsitzanmeldung.gov.de/", "Wohnsitz online anmelden", "Online"), True),
        # ... or on the target page.
        (link(A_Z, f"{PORTAL}/gewerbe", "Gewerbeanmeldung online", "G"), True),
        # No statement anywhere.
        (link(HUNDESTEUER, f"{PORTAL}/hund/anmelden", "Zum Online-Antrag", "Formulare"), False),
        # A statement, but the link is no online link.
        (link(WOHNSITZ, f"{SITE}/buergerservice/a-z/", "Leistungen A-Z", ""), False),
        (link(WOHNSITZ, f"{SITE}/fileadmin/meldeschein.pdf", "Meldeschein (PDF)", "", doc_type="pdf"), False),
    ],
)
def test_online_link_fully_digital(item: Evidence, level_4: bool) -> None:
    candidate = online_link_fully_digital(item, VIEW)
    assert (candidate is not None) is level_4
    if candidate:
        assert (candidate.level, candidate.rule, candidate.text) == (
            4,
            "online_link_fully_digital",
            item.text,
        )


def test_the_documented_level_4_example_counts() -> None:
    """docs/maturity.md: "Wohnsitz anmelden" with "Sie erhalten die Meldebestätigung digital in Ihr
    BundID-Postfach" and a link to wohnsitzanmeldung.gov.de is level 4."""
    info = page(
        "/buergerservice/ummelden/",
        "Wohnsitz ummelden - Stadt Wesertal",
        "Wohnsitz ummelden",
        depth=2,
        key_sentences=["Sie erhalten die Meldebestätigung digital in Ihr BundID-Postfach."],
    )
    view = build_site_view(START, [*PAGES, info], PLATFORMS)
    item = link(info, "https://wohnsitzanmeldung.gov.de/", "Wohnsitz online anmelden", "Online")
    assert online_link_fully_digital(item, view) is not None


# --- all criteria together ------------------------------------------------------------------------


def test_criteria_are_ordered_by_level() -> None:
    levels = [criterion.level for criterion in CRITERIA]
    assert levels == sorted(levels, reverse=True)
    assert len({criterion.rule for criterion in CRITERIA}) == len(CRITERIA)


@pytest.mark.parametrize(
    ("item", "rules"),
    [
        (
            link(WOHNSITZ, "https://wohnsitzanmeldung.gov.de/", "Wohnsitz online anmelden", "Online"),
            ["online_link_fully_digital", "online_service_link"],
        ),
        (
            link(A_Z, f"{SITE}/buergerservice/sperrmuell/anmelden/", "Sperrmüll online anmelden", "S"),
            ["online_cue_link", "directory_link"],
        ),
        (
            link(
                HUNDESTEUER,
                f"{SITE}/fileadmin/Anmeldung_Hund.pdf",
                "Antrag (PDF)",
                "Formulare",
                doc_type="pdf",
            ),
            ["form_download"],
        ),
        (HUNDESTEUER, ["info_page"]),
        (DIRECTORY_PAGE, ["portal_info_page"]),
        (
            form(PORTAL_DIGITAL, ["Name", "Anschrift", "Tätigkeit"], ["Absenden"]),
            ["online_form_fully_digital", "online_form"],
        ),
        (NEWS, []),
        (failure(f"{PORTAL}/gewerbe/abmelden", "dns_error"), []),
    ],
)
def test_candidates_for_one_per_level(item: Evidence, rules: list[str]) -> None:
    assert [candidate.rule for candidate in candidates_for(item, VIEW)] == rules


# --- referrals and group headings -----------------------------------------------------------------


def _lebenslage(headings: list[str], levels: list[int], leads: list[str]) -> PageEvidence:
    item = page("/lebenslagen/familie.html", "Familie - Stadt Wesertal", "Familie", depth=2, headings=headings)
    return replace(item, heading_levels=tuple(levels), section_leads=tuple(leads))


def test_sections_skip_group_headings_and_referrals() -> None:
    item = _lebenslage(
        ["Familie", "Nachwuchs", "Vaterschaft anerkennen", "Elterngeld"],
        [1, 2, 3, 3],
        ["", "", "Die Vaterschaft erkennen Sie im Standesamt an.", "Elterngeld beantragen Sie beim Landkreis."],
    )
    assert [candidate.text for candidate in info_sections(item, VIEW)] == ["Vaterschaft anerkennen"]


def test_sections_of_pages_stored_without_leads_are_all_kept() -> None:
    headings = ["Familie", "Nachwuchs", "Elterngeld"]
    item = page("/lebenslagen/familie.html", "Familie - Stadt Wesertal", "Familie", depth=2, headings=headings)
    assert [candidate.text for candidate in info_sections(item, VIEW)] == ["Nachwuchs", "Elterngeld"]


def test_a_referral_page_is_no_information_page() -> None:
    text = "Kfz-Zulassung Die Zulassung von Fahrzeugen erledigen Sie beim Landkreis Marschland. Öffnungszeiten ..."
    item = page("/buergerservice/kfz-zulassung/", "Kfz-Zulassung", "Kfz-Zulassung", depth=2, main_text=text)
    assert info_page(item, VIEW) is None
    own = page("/buergerservice/hundesteuer/", "Hundesteuer", "Hundesteuer", depth=2, main_text="Hundesteuer Wer …")
    assert info_page(own, VIEW) is not None
