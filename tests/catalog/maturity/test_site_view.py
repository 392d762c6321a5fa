"""What judging one piece of evidence may know about its site: titles, dead links, domains."""

from __future__ import annotations

import pytest

from catalog.evidence import FetchErrorEvidence, PageEvidence
from catalog.maturity.site_view import build_site_view
from catalog.reference.platforms import PlatformRegistry
from tests.support import evidence
from tests.support.paths import PLATFORMS_FILE

PLATFORMS = PlatformRegistry.from_file(PLATFORMS_FILE)
SITE = "https://www.stadt-wesertal.de"


def page(url: str, title: str, role: str = "site", depth: int = 1) -> PageEvidence:
    return evidence.page(url, title, role=role, depth=depth)


def failure(url: str, status: str) -> FetchErrorEvidence:
    return evidence.failure(url, status)


WESERTAL_PAGES = [
    page(f"{SITE}/", "Stadt Wesertal – Startseite", depth=0),
    page(f"{SITE}/hundesteuer/", "Hundesteuer - Stadt Wesertal"),
    page(f"{SITE}/wohngeld/", "Wohngeld | Stadt Wesertal"),
    page(f"{SITE}/buergerservice/", "Bürgerservice - Stadt Wesertal"),
    page(f"{SITE}/gewerbe/", "Gewerbe: Anmeldung - Stadt Wesertal"),
    # Portal titles do not count towards the site's affixes.
    page("https://heideland.rathausdirekt.de/hund", "Hund anmelden - Rathausdirekt", role="portal"),
    page("https://heideland.rathausdirekt.de/wohngeld", "Wohngeld - Rathausdirekt", role="portal"),
    page("https://heideland.rathausdirekt.de/gewerbe", "Gewerbe - Rathausdirekt", role="portal"),
    page("https://heideland.rathausdirekt.de/x", "Antrag - Rathausdirekt", role="portal"),
]


@pytest.mark.parametrize(
    ("title", "clean"),
    [
        ("Hundesteuer - Stadt Wesertal", "Hundesteuer"),
        ("Stadt Wesertal | Wohngeld", "Wohngeld"),
        ("Gewerbe: Anmeldung - Stadt Wesertal", "Gewerbe: Anmeldung"),  # ":" inside a title is no separator
        ("Stadt Wesertal", "Stadt Wesertal"),  # nothing left: keep the title
        ("Kfz-Zulassung", "Kfz-Zulassung"),  # a hyphen inside a word is no separator
        ("Hund anmelden - Rathausdirekt", "Hund anmelden – Rathausdirekt"),
        ("", ""),
    ],
)
def test_clean_title_strips_the_site_name(title: str, clean: str) -> None:
    assert build_site_view(f"{SITE}/", WESERTAL_PAGES, PLATFORMS).clean_title(title) == clean


def test_site_name_needs_three_site_pages() -> None:
    view = build_site_view(f"{SITE}/", WESERTAL_PAGES[:2], PLATFORMS)
    assert view.title_affixes == set()
    assert view.clean_title("Hundesteuer - Stadt Wesertal") == "Hundesteuer – Stadt Wesertal"


def test_title_parts_on_fewer_than_forty_percent_of_pages_are_kept() -> None:
    pages = [page(f"{SITE}/{n}/", f"Seite {n} - Bürgerservice - Stadt Wesertal") for n in range(3)] + [
        page(f"{SITE}/x{n}/", f"Thema {n} - Stadt Wesertal") for n in range(5)
    ]
    view = build_site_view(f"{SITE}/", pages, PLATFORMS)
    assert view.title_affixes == {"Stadt Wesertal"}
    assert view.clean_title("Seite 1 - Bürgerservice - Stadt Wesertal") == "Seite 1 – Bürgerservice"


@pytest.mark.parametrize(
    ("status", "dead"),
    [
        ("http_404", True),
        ("http_410", True),
        ("dns_error", True),
        ("connection_refused", True),
        ("tls_error", True),
        ("http_5xx", True),
        ("connection_error", True),
        ("timeout", True),
        # Not proof that the target is gone.
        ("blocked", False),
        ("robots_disallowed", False),
        ("proxy_error", False),
    ],
)
def test_dead_status(status: str, dead: bool) -> None:
    url = "https://fs.form-solutions.net/metaform/gewerbe"
    view = build_site_view(f"{SITE}/", [*WESERTAL_PAGES, failure(url, status)], PLATFORMS)
    assert view.dead_status(url) == (status if dead else "")
    assert view.dead_status("https://fs.form-solutions.net/metaform/anderes") == ""


def test_pages_are_found_by_url() -> None:
    view = build_site_view(f"{SITE}/", WESERTAL_PAGES, PLATFORMS)
    found = view.page_of(f"{SITE}/wohngeld/")
    assert found is not None and found.page_title == "Wohngeld | Stadt Wesertal"
    assert view.page_of(f"{SITE}/gibt-es-nicht/") is None


def test_site_domains_include_the_start_url_and_redirected_start_pages() -> None:
    # The start URL redirected to www.wesertal.de: that page was stored at depth 0.
    pages = [page("https://www.wesertal.de/", "Startseite - Wesertal", depth=0), *WESERTAL_PAGES[1:]]
    view = build_site_view(f"{SITE}/", pages, PLATFORMS)
    assert view.is_site_url("https://buergerservice.stadt-wesertal.de/a-z/")
    assert view.is_site_url("https://www.wesertal.de/rathaus/")
    assert not view.is_site_url("https://heideland.rathausdirekt.de/hund")
    assert not view.is_site_url("https://www.lk-marschland.de/")
