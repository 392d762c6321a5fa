"""Canonical URLs (session ids, tracking, skipped files), document types and a municipality's site scope."""

from __future__ import annotations

import pytest

from crawler.components.urls import SiteScope, canonical_url, document_type, document_type_of_content


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        # Session ids in the path (Java portals, older PHP CMS) and in the query.
        (
            "https://www.stadt-wesertal.de/buergerservice/leistungen;jsessionid=ABC123DEF?id=5",
            "https://www.stadt-wesertal.de/buergerservice/leistungen?id=5",
        ),
        (
            "https://service.example.de/portal;JSESSIONID=0A1B/leistung/wohngeld",
            "https://service.example.de/portal/leistung/wohngeld",
        ),
        (
            "https://www.sg-heideland.de/index.php?PHPSESSID=f00ba4&id=12",
            "https://www.sg-heideland.de/index.php?id=12",
        ),
        ("https://www.sg-heideland.de/seite.php?sid=77&kat=3", "https://www.sg-heideland.de/seite.php?kat=3"),
        # Tracking parameters.
        (
            "https://www.stadt-wesertal.de/aktuelles/?utm_source=x&utm_medium=newsletter&utm_campaign=herbst",
            "https://www.stadt-wesertal.de/aktuelles/",
        ),
        (
            "https://www.stadt-wesertal.de/wohngeld/?fbclid=IwAR0xyz",
            "https://www.stadt-wesertal.de/wohngeld/",
        ),
        (
            "https://www.stadt-wesertal.de/wohngeld/?gclid=abc&_ga=2.1",
            "https://www.stadt-wesertal.de/wohngeld/",
        ),
        # Joomla's menu item id: dropped where the path or other parameters name the page.
        (
            "https://www.sg-oberaue.de/online-dienste.html?Itemid=140",
            "https://www.sg-oberaue.de/online-dienste.html",
        ),
        (
            "https://www.sg-oberaue.de/index.php?option=com_content&view=article&id=42&Itemid=131",
            "https://www.sg-oberaue.de/index.php?id=42&option=com_content&view=article",
        ),
        ("https://www.sg-oberaue.de/index.php?Itemid=7", "https://www.sg-oberaue.de/index.php?Itemid=7"),
        # Parameters that select content stay (TYPO3 id/L/cHash, tx_news, calendars), in sorted order.
        (
            "https://www.sg-heideland.de:443/index.php?id=42&L=0&cHash=9f8e7d",
            # Parameters are sorted so one page has one spelling; TYPO3's cHash does not depend on order.
            "https://www.sg-heideland.de/index.php?L=0&cHash=9f8e7d&id=42",
        ),
        (
            "https://www.stadt-wesertal.de/veranstaltungen/kalender?monat=2026-12",
            "https://www.stadt-wesertal.de/veranstaltungen/kalender?monat=2026-12",
        ),
        # Fragment dropped, host lower-cased, path case kept, empty path becomes "/".
        (
            "https://www.stadt-wesertal.de/hundesteuer.html#unterlagen",
            "https://www.stadt-wesertal.de/hundesteuer.html",
        ),
        (
            "https://WWW.Stadt-Wesertal.DE/Rathaus/Buergerservice",
            "https://www.stadt-wesertal.de/Rathaus/Buergerservice",
        ),
        ("https://www.stadt-wesertal.de", "https://www.stadt-wesertal.de/"),
        ("  https://www.stadt-wesertal.de/kontakt/  ", "https://www.stadt-wesertal.de/kontakt/"),
        # Documents are kept: they are evidence (level 2).
        (
            "https://www.stadt-wesertal.de/fileadmin/formulare/Antrag_Hundesteuer.pdf",
            "https://www.stadt-wesertal.de/fileadmin/formulare/Antrag_Hundesteuer.pdf",
        ),
    ],
)
def test_canonical_url(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


@pytest.mark.parametrize(
    "url",
    [
        "mailto:rathaus@stadt-wesertal.de",
        "javascript:void(0)",
        "ftp://ftp.stadt-wesertal.de/plan.zip",
        "tel:+49515140300",
        "https:///ohne-host",
        "/relativ/ohne/host",
        "http://[invalid",
        "https://www.stadt-wesertal.de/fileadmin/bilder/rathaus.JPG",
        "https://www.stadt-wesertal.de/fileadmin/bilder/rathaus.jpg?w=300",
        "https://www.stadt-wesertal.de/typo3temp/assets/css/main.css",
        "https://www.stadt-wesertal.de/veranstaltungen/export/termin-123.ics",
        "https://www.stadt-wesertal.de/aktuelles/rss.xml",
        "https://www.stadt-wesertal.de/fileadmin/plaene/bebauungsplan-12.zip",
        "https://www.stadt-wesertal.de/media/imagefilm.mp4",
    ],
)
def test_urls_not_worth_fetching(url: str) -> None:
    assert canonical_url(url) is None


@pytest.mark.parametrize(
    ("url", "doc_type"),
    [
        ("https://www.stadt-wesertal.de/fileadmin/formulare/Antrag_Hundesteuer.pdf", "pdf"),
        ("https://www.stadt-wesertal.de/fileadmin/formulare/ANTRAG.PDF", "pdf"),
        ("https://www.stadt-wesertal.de/formulare/antrag.pdf?download=1", "pdf"),
        ("https://www.stadt-wesertal.de/formulare/gewerbeanmeldung.docx", "docx"),
        ("https://www.stadt-wesertal.de/formulare/vollmacht.doc", "doc"),
        ("https://www.stadt-wesertal.de/formulare/anmeldung.odt", "odt"),
        ("https://www.stadt-wesertal.de/formulare/erklaerung.rtf", "rtf"),
        ("https://www.stadt-wesertal.de/formulare/gebuehren.xlsx", "xlsx"),
        ("https://www.stadt-wesertal.de/formulare/", ""),
        ("https://www.stadt-wesertal.de/formulare/antrag.html", ""),
        ("https://www.stadt-wesertal.de/ordner.v2/antrag", ""),
        ("https://www.stadt-wesertal.de/antrag.pdf.html", ""),
    ],
)
def test_document_type_by_url(url: str, doc_type: str) -> None:
    assert document_type(url) == doc_type


@pytest.mark.parametrize(
    ("content_type", "doc_type"),
    [
        ("application/pdf", "pdf"),
        ("APPLICATION/PDF; charset=binary", "pdf"),
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        ("application/vnd.oasis.opendocument.text", "odt"),
        ("text/html; charset=utf-8", ""),
        ("", ""),
    ],
)
def test_document_type_by_content_type(content_type: str, doc_type: str) -> None:
    assert document_type_of_content(content_type) == doc_type


@pytest.mark.parametrize(
    ("url", "inside"),
    [
        ("https://www.stadt-wesertal.de/rathaus/", True),
        ("http://stadt-wesertal.de/", True),
        ("https://buergerservice.stadt-wesertal.de/leistungen/", True),
        ("https://WWW.STADT-WESERTAL.DE/", True),
        ("https://www.lk-marschland.de/", False),
        ("https://stadt-wesertal.de.example.com/", False),
        ("https://www.stadt-wesertal.com/", False),
        ("https://heideland.rathausdirekt.de/", False),
    ],
)
def test_site_scope_is_the_registrable_domain(url: str, inside: bool) -> None:
    assert SiteScope("https://www.stadt-wesertal.de/").contains(url) is inside


def test_site_scope_grows_with_redirect_targets() -> None:
    scope = SiteScope("https://www.wesertal.de/")
    assert not scope.contains("https://www.stadt-wesertal.de/rathaus/")
    scope.add("https://www.stadt-wesertal.de/")
    assert scope.contains("https://www.stadt-wesertal.de/rathaus/")
    assert scope.contains("https://www.wesertal.de/")
    assert not scope.contains("https://www.lk-marschland.de/")
