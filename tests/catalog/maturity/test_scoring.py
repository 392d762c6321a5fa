"""score_site with the real catalog matcher: from a small site's evidence to a maturity per OZG-Leistung."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from catalog.evidence import Evidence, FetchErrorEvidence, FormEvidence, LinkEvidence, PageEvidence
from catalog.matching.matcher import Matcher
from catalog.maturity.scoring import ACCEPT_CONFIDENCE, SUPPORT_PER_SERVICE, ServiceFinding, score_site
from catalog.reference.platforms import PlatformRegistry
from catalog.vocabulary import Role
from tests.support import evidence
from tests.support.evidence import absolute
from tests.support.paths import PROJECT_ROOT

MATCHER = Matcher.from_files(PROJECT_ROOT / "data" / "catalog")
PLATFORMS = PlatformRegistry.from_file(PROJECT_ROOT / "data" / "platforms.toml")
SITE = "https://www.stadt-wesertal.de"
START = f"{SITE}/"
PORTAL = "https://wesertal.rathausdirekt.de"

HUNDESTEUER, WOHNGELD, GEWERBE, PERSONALAUSWEIS, OSTERFEUER, WOHNSITZ = (
    "10160",
    "10092",
    "10294",
    "10119",
    "10147",
    "10124",
)


def page(url: str, title: str, h1: str, *, depth: int = 2, **fields: Any) -> PageEvidence:
    return evidence.page(absolute(SITE, url), title, h1, depth=depth, **fields)


def link(on: PageEvidence, url: str, text: str, heading: str = "", **fields: Any) -> LinkEvidence:
    return evidence.link(on, absolute(SITE, url), text, heading, **fields)


def form(on: PageEvidence, fields: list[str], submit: str, heading: str = "") -> FormEvidence:
    return evidence.form(on, fields, [submit], heading)


def failure(url: str, status: str, via: PageEvidence, text: str) -> FetchErrorEvidence:
    return evidence.failure(url, status, via=via, text=text)


def by_id(findings: list[ServiceFinding]) -> dict[str, ServiceFinding]:
    return {finding.ozg_id: finding for finding in findings}


def score(evidence: list[Evidence]) -> dict[str, ServiceFinding]:
    return by_id(score_site(START, evidence, MATCHER, PLATFORMS))


# --- Stadt Wesertal: a small but complete site ----------------------------------------------------

HOME = page("/", "Startseite - Stadt Wesertal", "Willkommen in der Stadt Wesertal", depth=0)
A_Z = page(
    "/buergerservice/a-z/",
    "Leistungen A-Z - Stadt Wesertal",
    "Leistungen A-Z",
    depth=1,
    breadcrumb="Startseite › Bürgerservice › Leistungen A-Z",
)
HUND = page(
    "/buergerservice/hundesteuer/",
    "Hundesteuer - Stadt Wesertal",
    "Hundesteuer",
    via=A_Z,
    key_sentences=["Die Anmeldung ist auch online möglich.", "Den Bescheid erhalten Sie per Post."],
)
HUND_PORTAL = page(
    f"{PORTAL}/hund/anmelden",
    "Hund anmelden - Rathausdirekt",
    "Hund anmelden",
    role="portal",
    depth=1,
    via=HUND,
    via_text="Zum Online-Antrag",
    via_context="Formulare",
    form_count=1,
)
WOHNGELD_PAGE = page("/buergerservice/wohngeld/", "Wohngeld - Stadt Wesertal", "Wohngeld", via=A_Z)
GEWERBE_PAGE = page("/buergerservice/gewerbe/", "Gewerbeanmeldung - Stadt Wesertal", "Gewerbeanmeldung", via=A_Z)
AUSWEIS_PAGE = page("/buergerservice/personalausweis/", "Personalausweis - Stadt Wesertal", "Personalausweis", via=A_Z)
NEWS = page(
    "/aktuelles/wohngeld-jetzt-online/",
    "Wohngeld jetzt online beantragen - Stadt Wesertal",
    "Wohngeld jetzt online beantragen",
    breadcrumb="Startseite › Aktuelles",
)
NEWS_PORTAL = page(
    "https://serviceportal.gemeinsamonline.de/Onlinedienste/Service/Entry/WOGE",
    "Wohngeld – Onlinedienst",
    "Antrag auf Wohngeld",
    role="portal",
    depth=1,
    via=NEWS,
    via_text="Wohngeld jetzt online beantragen",
    via_context="Aktuelles",
    form_count=1,
)
DEAD_GEWERBE = "https://fs.form-solutions.net/metaform/Form-Solutions/sid/GEWA1"

WESERTAL = [
    HOME,
    link(HOME, "/buergerservice/", "Bürgerservice", region="nav"),
    link(HOME, "/aktuelles/", "Aktuelles", region="nav"),
    A_Z,
    link(A_Z, "/buergerservice/hundesteuer/", "Hundesteuer", "H"),
    link(A_Z, "/buergerservice/wohngeld/", "Wohngeld", "W"),
    link(A_Z, "/buergerservice/gewerbe/", "Gewerbeanmeldung", "G"),
    link(A_Z, "/buergerservice/personalausweis/", "Personalausweis", "P"),
    # Hundesteuer: information, a PDF form and an online form on a portal.
    HUND,
    link(HUND, "/fileadmin/formulare/Anmeldung_Hund.pdf", "Antrag (PDF, 85 KB)", "Formulare", doc_type="pdf"),
    link(HUND, f"{PORTAL}/hund/anmelden", "Zum Online-Antrag", "Formulare"),
    HUND_PORTAL,
    form(
        HUND_PORTAL,
        ["Name", "Anschrift", "Rasse", "Chipnummer", "Beginn der Haltung"],
        "Antrag absenden",
        "Angaben zum Hund",
    ),
    # Wohngeld: an information page; the online link sits only in a news item.
    WOHNGELD_PAGE,
    NEWS,
    link(NEWS, NEWS_PORTAL.url, "Wohngeld jetzt online beantragen", "Aktuelles"),
    link(NEWS, f"{PORTAL}/osterfeuer", "Osterfeuer anmelden", "Aktuelles"),
    NEWS_PORTAL,
    form(NEWS_PORTAL, ["Name", "Anschrift", "Haushaltsmitglieder", "Miete", "Einkommen"], "Antrag senden"),
    # Gewerbeanmeldung: an information page and a dead online link.
    GEWERBE_PAGE,
    link(GEWERBE_PAGE, DEAD_GEWERBE, "Gewerbe online anmelden", "Online-Dienst"),
    failure(DEAD_GEWERBE, "dns_error", GEWERBE_PAGE, "Gewerbe online anmelden"),
    # Personalausweis: an information page and appointment booking.
    AUSWEIS_PAGE,
    link(AUSWEIS_PAGE, "https://wesertal.tevis.de/select2?md=4", "Termin vereinbaren", "Personalausweis"),
]


@pytest.fixture(scope="module")
def wesertal() -> dict[str, ServiceFinding]:
    return score(WESERTAL)


@pytest.mark.parametrize(
    ("ozg_id", "maturity"),
    [
        (HUNDESTEUER, 3),  # portal form and link beat PDF form and information
        (WOHNGELD, 1),  # online only in a news item
        (GEWERBE, 1),  # the online link is dead
        (PERSONALAUSWEIS, 1),  # appointment booking is no online service
    ],
)
def test_maturity_per_service(wesertal: dict[str, ServiceFinding], ozg_id: str, maturity: int) -> None:
    assert wesertal[ozg_id].maturity == maturity


def test_services_only_mentioned_in_news_are_not_found(wesertal: dict[str, ServiceFinding]) -> None:
    assert OSTERFEUER not in wesertal
    assert set(wesertal) == {HUNDESTEUER, WOHNGELD, GEWERBE, PERSONALAUSWEIS}


def test_hundesteuer_keeps_its_evidence_at_every_level(wesertal: dict[str, ServiceFinding]) -> None:
    finding = wesertal[HUNDESTEUER]
    rules = {(support.level, support.rule) for support in finding.support}
    assert {
        (3, "online_form"),
        (3, "online_service_link"),
        (2, "form_download"),
        (1, "info_page"),
        (1, "directory_link"),
    } <= rules
    assert finding.support[0].level == 3
    levels = [support.level for support in finding.support]
    assert levels == sorted(levels, reverse=True)
    assert ACCEPT_CONFIDENCE <= finding.confidence <= 1.0
    assert finding.confidence == max(support.confidence for support in finding.support if support.level == 3)


def test_evidence_urls_back_each_finding(wesertal: dict[str, ServiceFinding]) -> None:
    urls = {support.evidence.url for support in wesertal[HUNDESTEUER].support}
    assert f"{SITE}/fileadmin/formulare/Anmeldung_Hund.pdf" in urls
    assert f"{PORTAL}/hund/anmelden" in urls
    wohngeld_urls = {support.evidence.url for support in wesertal[WOHNGELD].support}
    assert NEWS_PORTAL.url not in wohngeld_urls
    assert NEWS.url not in wohngeld_urls


def test_no_support_below_the_acceptance_threshold(wesertal: dict[str, ServiceFinding]) -> None:
    for finding in wesertal.values():
        assert finding.support and len(finding.support) <= SUPPORT_PER_SERVICE
        assert all(support.confidence >= ACCEPT_CONFIDENCE for support in finding.support)
        keys = [(support.evidence.url, support.rule) for support in finding.support]
        assert len(keys) == len(set(keys))


def test_findings_are_sorted_by_maturity_then_confidence() -> None:
    findings = score_site(START, WESERTAL, MATCHER, PLATFORMS)
    keys = [(-finding.maturity, -finding.confidence, finding.ozg_id) for finding in findings]
    assert keys == sorted(keys)
    assert findings[0].ozg_id == HUNDESTEUER


def test_scoring_does_not_depend_on_evidence_order() -> None:
    forward = {(f.ozg_id, f.maturity, f.confidence) for f in score_site(START, WESERTAL, MATCHER, PLATFORMS)}
    backward = {(f.ozg_id, f.maturity, f.confidence) for f in score_site(START, WESERTAL[::-1], MATCHER, PLATFORMS)}
    assert forward == backward


def test_a_news_page_linking_to_a_portal_gives_nothing() -> None:
    evidence = [
        HOME,
        NEWS,
        link(NEWS, NEWS_PORTAL.url, "Wohngeld jetzt online beantragen", "Aktuelles"),
        NEWS_PORTAL,
        form(NEWS_PORTAL, ["Name", "Anschrift", "Miete", "Einkommen"], "Antrag senden"),
    ]
    assert score(evidence) == {}


def test_the_same_online_link_on_a_service_page_counts() -> None:
    evidence = [
        HOME,
        A_Z,
        WOHNGELD_PAGE,
        link(WOHNGELD_PAGE, NEWS_PORTAL.url, "Wohngeld online beantragen", "Online-Antrag"),
    ]
    finding = score(evidence)[WOHNGELD]
    assert finding.maturity == 3
    assert finding.support[0].rule == "online_service_link"


@pytest.mark.parametrize(
    ("status", "maturity"),
    [
        ("dns_error", 1),
        ("http_404", 1),
        ("timeout", 1),
        ("blocked", 3),  # a portal that refuses crawlers is not a dead portal
    ],
)
def test_dead_online_links_do_not_count(status: str, maturity: int) -> None:
    evidence = [
        HOME,
        A_Z,
        GEWERBE_PAGE,
        link(GEWERBE_PAGE, DEAD_GEWERBE, "Gewerbe online anmelden", "Online-Dienst"),
        failure(DEAD_GEWERBE, status, GEWERBE_PAGE, "Gewerbe online anmelden"),
    ]
    assert score(evidence)[GEWERBE].maturity == maturity


def test_a_dead_link_with_a_session_id_is_still_dead() -> None:
    """The crawl requests (and records failures for) the canonical URL without ;jsessionid=, while the
    link evidence keeps the URL as written on the page."""
    written = f"{DEAD_GEWERBE};jsessionid=0A1B2C3D"
    evidence = [
        HOME,
        A_Z,
        GEWERBE_PAGE,
        link(GEWERBE_PAGE, written, "Gewerbe online anmelden", "Online-Dienst"),
        failure(DEAD_GEWERBE, "dns_error", GEWERBE_PAGE, "Gewerbe online anmelden"),
    ]
    assert score(evidence)[GEWERBE].maturity == 1


@pytest.mark.parametrize(
    ("sentence", "maturity", "rule"),
    [
        (
            "Die Meldebescheinigung erhalten Sie digital in Ihr BundID-Postfach.",
            4,
            "online_link_fully_digital",
        ),
        ("Die Meldebescheinigung erhalten Sie anschließend per Post.", 3, "online_service_link"),
    ],
)
def test_level_4_needs_the_electronic_notice(sentence: str, maturity: int, rule: str) -> None:
    info = page(
        "/buergerservice/wohnsitz-anmelden/",
        "Wohnsitz anmelden - Stadt Wesertal",
        "Wohnsitz anmelden",
        via=A_Z,
        key_sentences=["Die Anmeldung ist online möglich.", sentence],
    )
    evidence = [
        HOME,
        A_Z,
        info,
        link(info, "https://wohnsitzanmeldung.gov.de/", "Wohnsitz online anmelden", "Online"),
    ]
    finding = score(evidence)[WOHNSITZ]
    assert (finding.maturity, finding.support[0].rule) == (maturity, rule)


def test_a_pdf_form_alone_is_level_2() -> None:
    evidence = [
        HOME,
        A_Z,
        page("/buergerservice/osterfeuer/", "Osterfeuer - Stadt Wesertal", "Osterfeuer", via=A_Z),
    ]
    evidence.append(
        link(
            evidence[2],
            "/fileadmin/formulare/Osterfeuer_Anmeldung.pdf",
            "Anmeldung eines Osterfeuers (PDF, 60 KB)",
            "Formulare",
            doc_type="pdf",
        )
    )
    finding = score(evidence)[OSTERFEUER]
    assert finding.maturity == 2
    assert {support.rule for support in finding.support} == {"form_download", "info_page"}


def test_no_evidence_no_findings() -> None:
    assert score_site(START, [], MATCHER, PLATFORMS) == []


@pytest.mark.parametrize(("status", "maturity"), [("http_404", 1), ("http_410", 1), ("blocked", 2)])
def test_a_dead_pdf_form_is_no_form(status: str, maturity: int) -> None:
    osterfeuer = page("/buergerservice/osterfeuer/", "Osterfeuer - Stadt Wesertal", "Osterfeuer", via=A_Z)
    pdf = f"{SITE}/fileadmin/alt/Osterfeuer_Anmeldung.pdf"
    dead = replace(failure(pdf, status, osterfeuer, "Anmeldung eines Osterfeuers (PDF)"), role=Role.DOCUMENT)
    evidence = [HOME, A_Z, osterfeuer, link(osterfeuer, pdf, "Anmeldung eines Osterfeuers (PDF)", doc_type="pdf"), dead]
    assert score(evidence)[OSTERFEUER].maturity == maturity


FUEHRUNGSZEUGNIS, GEWERBEZENTRALREGISTER = "10562", "10565"


@pytest.mark.parametrize(
    ("via_text", "via_heading", "expected"),
    [
        ("Führungszeugnis online beantragen", "Online-Dienste", {FUEHRUNGSZEUGNIS}),
        ("Online beantragen", "Führungszeugnis", {FUEHRUNGSZEUGNIS}),  # the linking page's heading names it
        ("Online beantragen", "Online-Dienste", {FUEHRUNGSZEUGNIS, GEWERBEZENTRALREGISTER}),  # nothing names one
    ],
)
def test_a_portal_form_for_two_services_counts_for_the_one_the_link_names(
    via_text: str, via_heading: str, expected: set[str]
) -> None:
    title = "Führungszeugnis und Auskunft aus dem Gewerbezentralregister"
    linking_page = page("/buergerservice/seite/", via_heading, via_heading, via=A_Z)
    portal = page(
        "https://www.fuehrungszeugnis.bund.de/",
        title,
        title,
        role="portal",
        via=linking_page,
        via_text=via_text,
        via_context="Online-Dienst",
        form_count=1,
    )
    evidence = [HOME, A_Z, linking_page, portal, form(portal, ["Name", "Geburtsdatum", "Anschrift"], "Antrag absenden")]
    online = {ozg for ozg, finding in score(evidence).items() if finding.maturity == 3}
    assert online == expected


def test_a_generic_online_link_is_named_by_the_page_it_leads_to() -> None:
    """ "hier online bestellen" under the heading "Geburt eines Kindes" leads to a Geburtsurkunde form."""
    family = page("/lebenslagen/familie/", "Familie - Stadt Wesertal", "Familie", via=A_Z)
    portal = page(
        f"{PORTAL}/leistungen/geburtsurkunde/",
        "Geburtsurkunde bestellen - Rathausdirekt",
        "Geburtsurkunde bestellen",
        role="portal",
        via=family,
        via_text="hier online bestellen",
        via_context="Geburt eines Kindes",
        form_count=1,
    )
    evidence = [
        HOME,
        A_Z,
        family,
        link(family, portal.url, "hier online bestellen", "Geburt eines Kindes"),
        portal,
    ]
    found = score(evidence)
    assert found["10557"].maturity == 3
    assert "10003" not in found, "the heading names the Geburtsanzeige, the link leads to the Geburtsurkunde"
