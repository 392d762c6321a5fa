"""What the crawl follows and how urgently: services first, traps capped, portals one or two hops."""

from __future__ import annotations

import pytest

from catalog.reference.platforms import PlatformRegistry
from crawler.components.extract import LinkFact
from crawler.components.frontier import FollowUp, Frontier, FrontierLimits, site_priority
from crawler.components.link_signals import has_online_cue, is_date_like, is_noise, is_service_navigation
from crawler.components.urls import SiteScope
from tests.support.paths import PLATFORMS_FILE

PLATFORMS = PlatformRegistry.from_file(PLATFORMS_FILE)
SITE = "https://www.stadt-wesertal.de"
# A stand-in for the catalog matcher: link texts that name an OZG-Leistung.
KNOWN_SERVICES = {
    "Hundesteuer": "10160",
    "Wohngeld": "10092",
    "Gewerbeanmeldung": "10294",
    "Personalausweis": "10119",
    "Anmeldung eines Hundes": "10160",
}


def recognise(text: str) -> str | None:
    return KNOWN_SERVICES.get(text)


def make_frontier(max_depth: int = 6, max_portal_pages: int = 40, portal_hops: int = 2) -> Frontier:
    return Frontier(
        SiteScope(f"{SITE}/"), PLATFORMS, FrontierLimits(max_depth, max_portal_pages, portal_hops), recognise
    )


def link(url: str, text: str = "", heading: str = "", region: str = "main") -> LinkFact:
    return LinkFact(url=url, text=text, heading=heading, neighbourhood=text, region=region)


def follow(
    frontier: Frontier, *links: LinkFact, role: str = "site", depth: int = 0, page_url: str = f"{SITE}/"
) -> list[FollowUp]:
    return frontier.follow_ups(list(links), role, depth, page_url)


def priority(text: str, path: str, region: str = "main", depth: int = 1) -> int:
    url = f"{SITE}{path}"
    return site_priority(url, link(url, text, region=region), depth, recognise)


# --- priorities -----------------------------------------------------------------------------------


PRIORITY_PAIRS = [
    # Service navigation before ordinary pages.
    (("Bürgerservice", "/buergerservice/"), ("Ortsteile", "/ortsteile/")),
    (("Leistungen A-Z", "/rathaus/leistungen-a-z/"), ("Partnerschaften", "/partnerschaften/")),
    (("Was erledige ich wo?", "/was-erledige-ich-wo/"), ("Feuerwehr", "/feuerwehr/")),
    (("Online-Dienste", "/online-dienste/"), ("Vereine", "/vereine/")),
    (("Formulare", "/formulare/"), ("Vereine", "/vereine/")),
    # Service names before ordinary pages.
    (("Hundesteuer", "/hundesteuer/"), ("Ortsteile", "/ortsteile/")),
    # Ordinary pages before news, calendars, galleries, jobs, council papers, legal pages.
    (("Ortsteile", "/ortsteile/"), ("Aktuelles", "/aktuelles/")),
    (("Ortsteile", "/ortsteile/"), ("Pressemitteilungen", "/presse/")),
    (("Ortsteile", "/ortsteile/"), ("Dezember 2026", "/veranstaltungen/kalender?monat=2026-12")),
    (("Ortsteile", "/ortsteile/"), ("Bildergalerie Stadtfest", "/galerie/stadtfest/")),
    (("Ortsteile", "/ortsteile/"), ("Stellenangebote", "/karriere/")),
    (("Ortsteile", "/ortsteile/"), ("Ratsinformationssystem", "/ratsinfo/")),
    (("Ortsteile", "/ortsteile/"), ("Leichte Sprache", "/leichte-sprache/")),
    # The same page without a query string before its query variant.
    (("Abfall", "/abfall/"), ("Abfall", "/abfall/?sortierung=name")),
    # Content links before the same link in the footer.
    (("Bürgerservice", "/buergerservice/"), ("Bürgerservice", "/buergerservice/", "footer")),
    # "Vordruck" is a form, not a print version ("Druckversion").
    (("Formulare und Vordrucke", "/service/vordrucke/"), ("Ortsteile", "/ortsteile/")),
    (("Ortsteile", "/ortsteile/"), ("Druckversion", "/ortsteile/?type=98")),
]


@pytest.mark.parametrize(
    ("higher", "lower"),
    PRIORITY_PAIRS,
    ids=[f"{' '.join(high[1:])} > {' '.join(low[1:])}" for high, low in PRIORITY_PAIRS],
)
def test_priority_order(higher: tuple[str, ...], lower: tuple[str, ...]) -> None:
    assert priority(*higher) > priority(*lower)


def test_priority_falls_with_depth() -> None:
    assert priority("Bürgerservice", "/buergerservice/", depth=1) > priority(
        "Bürgerservice", "/buergerservice/", depth=3
    )


def test_start_page_links_come_out_in_service_first_order() -> None:
    follow_ups = follow(
        make_frontier(),
        link(f"{SITE}/aktuelles/", "Aktuelles"),
        link(f"{SITE}/ortsteile/", "Ortsteile"),
        link(f"{SITE}/rathaus/buergerservice/", "Bürgerservice"),
        link(f"{SITE}/veranstaltungen/kalender?monat=2026-12", "Veranstaltungskalender"),
        link(f"{SITE}/impressum/", "Impressum", region="footer"),
    )
    ranked = [item.url.removeprefix(SITE) for item in sorted(follow_ups, key=lambda item: -item.priority)]
    assert ranked[:2] == ["/rathaus/buergerservice/", "/ortsteile/"]
    assert set(ranked[2:]) == {"/aktuelles/", "/veranstaltungen/kalender?monat=2026-12", "/impressum/"}


def test_follow_up_carries_link_text_heading_and_depth() -> None:
    [item] = follow(make_frontier(), link(f"{SITE}/hundesteuer/", "Hundesteuer", heading="Steuern"), depth=2)
    assert (item.url, item.role, item.depth, item.link_text, item.link_context) == (
        f"{SITE}/hundesteuer/",
        "site",
        3,
        "Hundesteuer",
        "Steuern",
    )


# --- what is followed on the site -----------------------------------------------------------------


def test_each_url_is_followed_once_despite_session_ids_and_fragments() -> None:
    frontier = make_frontier()
    first = follow(frontier, link(f"{SITE}/wohngeld/", "Wohngeld"), link(f"{SITE}/wohngeld/#unterlagen", "Unterlagen"))
    again = follow(
        frontier,
        link(f"{SITE}/wohngeld/;jsessionid=ABC", "Wohngeld"),
        link(f"{SITE}/wohngeld/?utm_source=newsletter", "Wohngeld"),
        depth=1,
    )
    assert [item.url for item in first] == [f"{SITE}/wohngeld/"]
    assert again == []


def test_pages_already_fetched_are_not_followed() -> None:
    frontier = make_frontier()
    frontier.mark_seen(f"{SITE}/buergerservice/?PHPSESSID=1")
    assert follow(frontier, link(f"{SITE}/buergerservice/", "Bürgerservice")) == []


@pytest.mark.parametrize(
    "url",
    [
        f"{SITE}/fileadmin/formulare/Antrag_Hundesteuer.pdf",
        f"{SITE}/fileadmin/formulare/Gewerbeanmeldung.docx",
        f"{SITE}/fileadmin/bilder/rathaus.jpg",
        f"{SITE}/veranstaltungen/termin.ics",
        "mailto:info@stadt-wesertal.de",
    ],
)
def test_documents_images_and_non_http_links_are_not_fetched(url: str) -> None:
    assert follow(make_frontier(), link(url, "Antrag (PDF, 85 KB)")) == []


@pytest.mark.parametrize(("depth", "followed"), [(0, True), (4, True), (5, False), (6, False)])
def test_depth_limit(depth: int, followed: bool) -> None:
    result = follow(make_frontier(max_depth=5), link(f"{SITE}/a/b/", "Weiter"), depth=depth)
    assert bool(result) is followed


def test_page_too_deep_now_may_be_followed_later_from_a_shallower_page() -> None:
    frontier = make_frontier(max_depth=3)
    assert follow(frontier, link(f"{SITE}/wohngeld/", "Wohngeld"), depth=3) == []
    assert [item.depth for item in follow(frontier, link(f"{SITE}/wohngeld/", "Wohngeld"), depth=1)] == [2]


@pytest.mark.parametrize(
    "url",
    [
        f"{SITE}/" + "x" * 400,
        f"{SITE}/" + "/".join(f"ebene{n}" for n in range(13)) + "/",
        f"{SITE}/de/buergerservice/de/buergerservice/de/buergerservice/",
        f"{SITE}/suche/?q=hund&kategorie=3&ort=2&sort=asc&seite=4&ansicht=liste",
    ],
)
def test_crawler_traps_are_skipped(url: str) -> None:
    assert follow(make_frontier(), link(url, "Weiter")) == []


def test_ikiss_service_pages_are_not_mistaken_for_traps() -> None:
    """IKISS (Advantic), a common CMS of German municipalities, addresses every service page with five
    parameters: object, ModID, FID, NavID, La."""
    url = (
        f"{SITE}/B%C3%BCrgerservice/Dienstleistungen/Wohngeld.php"
        "?object=tx,2896.5&ModID=7&FID=2896.1339.1&NavID=2896.30&La=1"
    )
    assert [item.link_text for item in follow(make_frontier(), link(url, "Wohngeld"))] == ["Wohngeld"]


def test_calendar_months_are_capped_at_three_variants() -> None:
    links = [
        link(f"{SITE}/veranstaltungen/kalender?monat=2026-{month:02d}", "Nächster Monat") for month in range(1, 13)
    ]
    assert len(follow(make_frontier(), *links)) == 3


def test_facet_combinations_are_capped_at_eight_variants() -> None:
    links = [
        link(f"{SITE}/buergerservice/leistungen?kategorie={category}&sortierung={order}", "Filter")
        for category in ("familie", "bauen", "steuern", "ordnung")
        for order in ("name", "datum", "beliebt", "neu")
    ]
    followed = follow(make_frontier(), *links)
    assert len(followed) == 8


def test_query_caps_are_per_path() -> None:
    frontier = make_frontier()
    calendar = [link(f"{SITE}/kalender?datum=2026-01-{day:02d}", "Tag") for day in range(1, 10)]
    events = [link(f"{SITE}/veranstaltungen/kalender?monat=2026-{m:02d}", "Monat") for m in range(1, 10)]
    assert len(follow(frontier, *calendar, *events)) == 6


def test_a_to_z_letters_are_all_followed() -> None:
    """A Bürgerservice A-Z addressed by a letter parameter is the most valuable page of the site."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWZ"
    links = [link(f"{SITE}/buergerservice/a-z?buchstabe={letter}", letter) for letter in letters]
    assert len(follow(make_frontier(), *links)) == len(letters)


def test_typo3_pages_addressed_by_page_id_are_all_followed() -> None:
    """Older TYPO3 sites without speaking URLs address every page as index.php?id=N."""
    links = [link(f"{SITE}/index.php?id={page_id}", f"Seite {page_id}") for page_id in range(10, 30)]
    assert len(follow(make_frontier(), *links)) == 20


def test_sitemap_entries_are_ranked_by_url() -> None:
    frontier = make_frontier()
    service = frontier.sitemap_entry(f"{SITE}/buergerservice/dienstleistungen/")
    news = frontier.sitemap_entry(f"{SITE}/aktuelles/2026/stadtfest/")
    assert service is not None and news is not None
    assert (service.role, service.depth) == ("site", 1)
    assert service.priority > news.priority
    assert frontier.sitemap_entry(f"{SITE}/buergerservice/dienstleistungen/") is None


def test_redirect_target_joins_the_site() -> None:
    frontier = make_frontier()
    moved = link("https://www.wesertal.de/rathaus/", "Rathaus")
    assert follow(frontier, moved) == []  # another host without online cue
    frontier.scope.add("https://www.wesertal.de/")
    assert [item.role for item in follow(frontier, moved)] == ["site"]


# --- portals --------------------------------------------------------------------------------------

RATHAUSDIREKT = "https://wesertal.rathausdirekt.de"


@pytest.mark.parametrize(
    ("url", "text", "followed"),
    [
        # Known platforms that can show services or forms: followed from the site whatever the text says.
        (f"{RATHAUSDIREKT}/hund/anmelden", "Hund anmelden", True),
        ("https://fs.form-solutions.net/metaform/Form-Solutions/sid/abc", "Gewerbeanmeldung", True),
        ("https://service.niedersachsen.de/detail?pstId=123", "Personalausweis", True),
        ("https://www.stadt-wesertal.de.example.org/intelliform/forms/wesertal/sperrmuell", "hier", True),
        # Appointment systems, accounts and social media are never followed, even with an online cue.
        ("https://wesertal.tevis.de/", "Termin vereinbaren", False),
        ("https://wesertal.tevis.de/", "Online-Terminvereinbarung", False),
        ("https://id.bund.de/de", "BundID – online anmelden", False),
        ("https://www.facebook.com/stadtwesertal", "Folgen Sie uns online", False),
        # Unknown hosts: only with an online cue in text or URL.
        ("https://buergerservice.kommunalportal-nord.de/antrag/4711", "Zum Online-Antrag", True),
        ("https://buergerservice.kommunalportal-nord.de/formular/4711", "hier", True),
        ("https://www.lk-marschland.de/", "Landkreis Marschland", False),
        ("https://www.weser-kurier.de/region/wesertal", "Weser-Kurier", False),
    ],
)
def test_links_leaving_the_site(url: str, text: str, followed: bool) -> None:
    result = follow(make_frontier(), link(url, text))
    assert bool(result) is followed
    if followed:
        assert (result[0].role, result[0].depth) == ("portal", 1)


@pytest.mark.parametrize(
    ("url", "text", "followed"),
    [
        (f"{RATHAUSDIREKT}/hundesteuer/abmelden", "Hundesteuer", True),  # names a service
        (f"{RATHAUSDIREKT}/antrag/4712", "Online-Antrag starten", True),  # online cue
        (f"{RATHAUSDIREKT}/impressum", "Impressum", False),
        (f"{RATHAUSDIREKT}/hilfe", "Hilfe", False),
        ("https://fs.form-solutions.net/metaform/abc", "Gewerbeanmeldung", False),  # another portal host
        (f"{SITE}/rathaus/", "Rathaus", False),  # back to the municipality: the site crawl finds it
    ],
)
def test_second_hop_stays_on_the_portal_host_and_needs_a_service(url: str, text: str, followed: bool) -> None:
    result = follow(make_frontier(), link(url, text), role="portal", depth=1, page_url=f"{RATHAUSDIREKT}/start")
    assert bool(result) is followed
    if followed:
        assert (result[0].role, result[0].depth) == ("portal", 2)


def test_portal_pages_rank_by_hops_below_service_navigation() -> None:
    frontier = make_frontier()
    [first] = follow(frontier, link(f"{RATHAUSDIREKT}/hund", "Hund anmelden"))
    [second] = follow(
        frontier,
        link(f"{RATHAUSDIREKT}/hundesteuer", "Hundesteuer"),
        role="portal",
        depth=1,
        page_url=f"{RATHAUSDIREKT}/hund",
    )
    assert first.priority > second.priority
    assert first.priority < priority("Bürgerservice", "/buergerservice/")


def test_portal_hop_limit() -> None:
    one_hop = make_frontier(portal_hops=1)
    assert follow(one_hop, link(f"{RATHAUSDIREKT}/a", "Hund anmelden"))
    assert not follow(
        one_hop,
        link(f"{RATHAUSDIREKT}/b", "Hundesteuer"),
        role="portal",
        depth=1,
        page_url=f"{RATHAUSDIREKT}/a",
    )
    two_hops = make_frontier(portal_hops=2)
    assert not follow(
        two_hops,
        link(f"{RATHAUSDIREKT}/c", "Hundesteuer"),
        role="portal",
        depth=2,
        page_url=f"{RATHAUSDIREKT}/b",
    )


def test_portal_budget_is_shared_by_all_portals() -> None:
    frontier = make_frontier(max_portal_pages=3)
    links = [
        link(f"{RATHAUSDIREKT}/hund", "Hund anmelden"),
        link("https://fs.form-solutions.net/metaform/gewerbe", "Gewerbeanmeldung"),
        link("https://service.niedersachsen.de/detail?pstId=1", "Personalausweis"),
        link("https://service.niedersachsen.de/detail?pstId=2", "Reisepass"),
        link("https://buergerservice.kommunalportal-nord.de/antrag/1", "Zum Online-Antrag"),
    ]
    assert len(follow(frontier, *links)) == 3
    # Site pages are not limited by the portal budget.
    assert follow(frontier, link(f"{SITE}/buergerservice/", "Bürgerservice"))


def test_a_portal_page_is_requested_once() -> None:
    frontier = make_frontier()
    assert follow(frontier, link(f"{RATHAUSDIREKT}/hund", "Hund anmelden"))
    assert not follow(frontier, link(f"{RATHAUSDIREKT}/hund", "Hund online anmelden"), depth=2)
    assert frontier.portal_requests == 1


# --- the word signals themselves ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        ("Bürgerservice", "", True),
        ("Buergerservice", "", True),
        ("Dienstleistungen von A bis Z", "", True),
        ("", f"{SITE}/rathaus/verwaltung/", True),
        ("Online-Rathaus", "", True),
        ("Ortsteile", f"{SITE}/ortsteile/", False),
        ("Feuerwehr", f"{SITE}/feuerwehr/", False),
    ],
)
def test_is_service_navigation(text: str, url: str, expected: bool) -> None:
    assert is_service_navigation(text, url) is expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("Zum Online-Antrag",), True),
        (("Jetzt starten",), True),
        (("Antrag stellen",), True),
        (("hier", "https://portal.example/e-antrag/4711"), True),
        (("Landkreis Marschland", "https://www.lk-marschland.de/"), False),
        (("", ""), False),
    ],
)
def test_has_online_cue(texts: tuple[str, ...], expected: bool) -> None:
    assert has_online_cue(*texts) is expected


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        ("Aktuelles", "", True),
        ("Veranstaltungskalender", "", True),
        ("", f"{SITE}/tourismus/", True),
        ("Impressum", "", True),
        ("Hundesteuer", f"{SITE}/hundesteuer/", False),
        ("Formulare und Vordrucke", f"{SITE}/vordrucke/", False),
    ],
)
def test_is_noise(text: str, url: str, expected: bool) -> None:
    assert is_noise(text, url) is expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (f"{SITE}/veranstaltungen/kalender?monat=2026-12", True),
        (f"{SITE}/termine?datum=2026-12-24", True),
        (f"{SITE}/aktuelles/2026/11/", True),
        (f"{SITE}/events?cal_month=3", True),
        (f"{SITE}/buergerservice/hundesteuer/", False),
        (f"{SITE}/index.php?id=42", False),
    ],
)
def test_is_date_like(url: str, expected: bool) -> None:
    assert is_date_like(url) is expected
