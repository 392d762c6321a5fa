"""Rules for the shapes of Niedersachsen's platforms: BIS A-Z entries, LeiKa metadata, task lists, online buttons."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from catalog.evidence import Evidence, PageEvidence
from catalog.matching.matcher import Matcher
from catalog.maturity.reading import offers_no_online_service
from catalog.maturity.rules import (
    directory_link,
    info_page,
    leika_keyed_page,
    login_step_online_service,
    portal_info_page,
    portal_tile_link,
    task_list_items,
)
from catalog.maturity.scoring import score_site
from catalog.maturity.site_view import SiteView, build_site_view
from catalog.reference.platforms import PlatformRegistry
from tests.support import evidence
from tests.support.paths import CATALOG_DIR, PLATFORMS_FILE

TOWN = "https://www.stadt-vechtel.de"
BIS = "https://portal.vechtel.de/buergerservice/-/egov-bis-detail"
FORMS = "https://onlinedienste.vechtel.de"
PLATFORMS = PlatformRegistry.from_file(PLATFORMS_FILE)
START = evidence.page(f"{TOWN}/", "Startseite | Stadt Vechtel", "Willkommen in Vechtel", depth=0)
A_Z = evidence.page("https://portal.vechtel.de/buergerservice/", "A-Z | Portal", "Leistungen A-Z", role="portal")
OFFICE = evidence.page(
    f"{TOWN}/rathaus/buergerbuero/",
    "Bürgerbüro | Stadt Vechtel",
    "Bürgerbüro",
    task_items=["Gewerbeanmeldung", "Fundsachen"],
)
PLAYFUL = evidence.page(
    f"{TOWN}/leben/vierbeiner/", "Pfotenglück | Stadt Vechtel", "Pfotenglück", leika_keys=["99102013000000"]
)
NEWS = evidence.page(
    f"{TOWN}/aktuelles/2026/fundbuero.html",
    "Fundbüro zieht um | Stadt Vechtel",
    "Fundbüro zieht um",
    task_items=["Fundsachen"],
    leika_keys=["99102013000000"],
)
REFERRAL = evidence.page(
    f"{BIS}/dienstleistung/501/show",
    "Elterngeld | Portal",
    "Elterngeld",
    role="portal",
    main_text="Elterngeld Zuständig ist die Elterngeldstelle des Landkreises Vechta. Dort gibt es die Vordrucke.",
)
NOT_READY = evidence.page(
    f"{FORMS}/sondernutzung/", "Sondernutzung", "Sondernutzung", role="portal", main_text="Wird gerade eingerichtet."
)
LANDING = evidence.page(f"{FORMS}/wohngeld/", "Wohngeld", "Wohngeld", role="portal")
LOGIN_WALL = evidence.page(f"{FORMS}/hund/", "Anmelden", "Anmelden", role="portal", form_count=1)
PAGES: Sequence[Evidence] = (START, A_Z, OFFICE, PLAYFUL, NEWS, REFERRAL, NOT_READY, LANDING, LOGIN_WALL)
ONWARD = evidence.link(LANDING, "https://wohngeld.efa.niedersachsen.de/antrag", "Wohngeld online beantragen")


@lru_cache(maxsize=1)
def matcher() -> Matcher:
    return Matcher.from_files(CATALOG_DIR)


def view(*extra: Evidence) -> SiteView:
    return build_site_view(START.url, [*PAGES, ONWARD, *extra], PLATFORMS)


def found(*items: Evidence) -> dict[str, int]:
    """OZG-ID -> maturity for the site pages plus the given evidence."""
    findings = score_site(START.url, [*PAGES, ONWARD, *items], matcher(), PLATFORMS)
    return {finding.ozg_id: finding.maturity for finding in findings}


def test_a_leika_key_in_metadata_decides_over_a_playful_title() -> None:
    candidate = leika_keyed_page(PLAYFUL, view())
    assert candidate is not None and (candidate.rule, candidate.text) == ("leika_keyed_page", "99102013000000")
    assert found()["10160"] == 1  # Hundehaltung, although "Pfotenglück" names nothing


def test_news_items_are_never_keyed_pages_or_task_lists() -> None:
    assert leika_keyed_page(NEWS, view()) is None and task_list_items(NEWS, view()) == []


def test_each_bullet_of_an_office_task_list_names_a_service() -> None:
    candidates = task_list_items(OFFICE, view())
    assert [(c.level, c.rule, c.text) for c in candidates] == [
        (1, "task_list_item", "Gewerbeanmeldung"),
        (1, "task_list_item", "Fundsachen"),
    ]
    assert {"10294", "10244"} <= set(found())


def test_bis_entries_are_directory_entries_on_a_portal_host_of_any_name() -> None:
    entry = evidence.link(A_Z, f"{BIS}/dienstleistung/502/show", "Fundbüro")
    candidate = directory_link(entry, view())
    assert candidate is not None and (candidate.level, candidate.rule) == (1, "directory_link")


def test_the_synonyms_of_an_a_to_z_entry_are_its_own_names() -> None:
    vague = evidence.link(
        A_Z, f"{BIS}/dienstleistung/503/show", "Ausweisdokumente", alternative_names="Personalausweis, Reisepass"
    )
    assert {"10119": 1, "10177": 1}.items() <= found(vague).items()
    assert not {"10119", "10177"} & set(found(evidence.link(A_Z, f"{BIS}/dienstleistung/503/show", "Ausweisdokumente")))


def test_a_directory_entry_that_refers_to_another_authority_is_no_service() -> None:
    entry = evidence.link(A_Z, REFERRAL.url, "Elterngeld")
    assert directory_link(entry, view()) is None
    assert "10000" not in found(entry)


def test_an_office_page_of_the_portal_is_no_service() -> None:
    office = evidence.link(OFFICE, f"{BIS}/einrichtung/77/show", "Fundbüro: Öffnungszeiten")
    assert PLATFORMS.kind_of(office.url) == "office"
    assert directory_link(office, view()) is None


def test_council_systems_are_never_evidence() -> None:
    agenda = evidence.link(OFFICE, "https://vechtel.sitzung-online.de/public/to010?SILFDNR=5", "Hundesteuersatzung")
    assert PLATFORMS.kind_of(agenda.url) == "ignore"
    assert directory_link(agenda, view()) is None


def test_the_target_of_an_online_button_decides() -> None:
    assert offers_no_online_service(NOT_READY.url, view())  # "wird gerade eingerichtet", no form
    assert not offers_no_online_service(LANDING.url, view())  # leads on to an online service
    assert not offers_no_online_service(LOGIN_WALL.url, view())  # a login step in front of the form
    assert not offers_no_online_service(f"{FORMS}/nicht-geholt/", view())  # not fetched: the label stands
    button = evidence.link(OFFICE, NOT_READY.url, "Zum Online-Dienst", "Sondernutzung")
    assert found(button).get("10348", 0) < 3


def test_an_info_page_is_still_an_info_page() -> None:
    page: PageEvidence = evidence.page(f"{TOWN}/rathaus/hundesteuer/", "Hundesteuer | Stadt Vechtel", "Hundesteuer")
    candidate = info_page(page, view(page))
    assert candidate is not None and candidate.rule == "info_page"


def test_the_portals_general_list_one_click_further_is_not_the_municipalitys() -> None:
    general = evidence.page("https://portal.vechtel.de/a-z/", "A-Z | Portal", "Alle Leistungen", role="portal", depth=2)
    entry = evidence.link(general, f"{BIS}/dienstleistung/504/show", "Fundbüro")
    assert directory_link(entry, view(general)) is None


def test_a_portal_page_reached_through_its_account_link_describes_no_service() -> None:
    account = evidence.page(
        "https://service.niedersachsen.de/nutzerkonto/",
        "Nutzerkonto | Serviceportal",
        "Mit dem Personalausweis anmelden",
        role="portal",
        via_text="Nutzerkonto",
    )
    assert portal_info_page(account, view(account)) is None
    described = evidence.page(
        "https://service.niedersachsen.de/detail/pstid-1/",
        "Reisepass",
        "Reisepass",
        role="portal",
        via_text="Reisepass",
    )
    assert portal_info_page(described, view(described)) is not None


BIS_PAGE = evidence.page(
    f"{BIS}/dienstleistung/505/show",
    "Hundesteuer [online möglich] | Portal",
    "Hundesteuer [online möglich]",
    role="portal",
    key_sentences=["Diese Leistung können Sie online über das Portal der Stadt erledigen."],
)
BIS_PAGE_4 = evidence.page(
    f"{BIS}/dienstleistung/506/show",
    "Wohngeld [online möglich] | Portal",
    "Wohngeld [online möglich]",
    role="portal",
    key_sentences=["Den Bescheid erhalten Sie in das Postfach Ihres Servicekontos."],
)


def test_a_login_step_in_front_of_a_named_online_service_is_an_online_application() -> None:
    start = evidence.link(BIS_PAGE, "https://portal.vechtel.de/auth?redirect=%2Fantrag%2Fhund", "Online-Antrag starten")
    candidate = login_step_online_service(start, view(BIS_PAGE))
    assert candidate is not None and (candidate.level, candidate.text) == (3, "Hundesteuer")
    assert found(BIS_PAGE, start)["10160"] == 3
    notice = evidence.link(BIS_PAGE_4, "https://portal.vechtel.de/auth?redirect=%2Fantrag%2Fwg", "Online beantragen")
    assert found(BIS_PAGE_4, notice)["10092"] == 4


def test_the_menus_login_link_is_no_online_service() -> None:
    menu = evidence.link(BIS_PAGE, "https://portal.vechtel.de/auth?redirect=%2F", "Anmelden", region="navigation")
    assert login_step_online_service(menu, view(BIS_PAGE)) is None
    uncued = evidence.link(BIS_PAGE, "https://portal.vechtel.de/auth?redirect=%2Fantrag%2Fhund", "Weiter")
    assert login_step_online_service(uncued, view(BIS_PAGE)) is None


def test_every_rule_is_documented_under_its_key() -> None:
    """Every maturity rule is written down twice: in code and in docs/maturity.md, with the same key."""
    from catalog.maturity.rules import CRITERIA
    from tests.support.paths import PROJECT_ROOT

    text = (PROJECT_ROOT / "docs" / "maturity.md").read_text(encoding="utf-8")
    keys = [criterion.rule for criterion in CRITERIA] + ["info_section", "task_list_item"]
    assert [key for key in keys if f"`{key}`" not in text] == []


def test_a_kreis_portal_tile_to_a_form_engine_is_an_online_service() -> None:
    tiles = evidence.page(
        "https://openkreishaus.landkreis-vechta.de/", "Online-Dienste", "Online-Dienste des Landkreises", role="portal"
    )
    civento = "https://formulare.kreis-it.de/civ.public/start.html?oe=1&mode=cc&cc_key=Fuehrerschein"
    tile = evidence.link(tiles, civento, "Führerschein umtauschen")
    candidate = portal_tile_link(tile, view(tiles))
    assert candidate is not None and (candidate.level, candidate.text) == (3, "Führerschein umtauschen")
    same_host = evidence.link(tiles, "https://openkreishaus.landkreis-vechta.de/impressum/", "Impressum")
    assert portal_tile_link(same_host, view(tiles)) is None
