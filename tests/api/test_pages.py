"""The report card and the dashboard in real headless Chromium: no console errors, nothing off 127.0.0.1, the
charts' marks, the keyboard, and screenshots in var/screenshots/."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from catalog.database.engine import make_engine, session_factory
from catalog.settings import Settings
from cli.report_pdf import local_app
from crawler.components.render import CHROMIUM_ARGS, find_chromium
from tests.support.paths import PROJECT_ROOT
from tests.support.report_state import BOTHEL, BROCKEL, add_review, build_state

SCREENSHOTS = PROJECT_ROOT / "var" / "screenshots"

pytestmark = pytest.mark.browser


@dataclass
class Visit:
    """What the browser saw while loading one page."""

    status: int
    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def base_url(loaded_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("pages")
    shutil.copyfile(loaded_sqlite_template, folder / "state.sqlite3")
    url = f"sqlite:///{folder / 'state.sqlite3'}"
    engine = make_engine(url)
    add_review(session_factory(engine))  # a confirmation and a registered list: no figure of the charts changes
    build_state(session_factory(engine))
    engine.dispose()
    with local_app(Settings(database_url=url, var_dir=folder)) as served:
        yield served


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    chromium = find_chromium()
    with sync_playwright() as playwright:
        options = {"executable_path": chromium} if chromium else {}
        launched = playwright.chromium.launch(headless=True, args=list(CHROMIUM_ARGS), **options)  # type: ignore[arg-type]
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    opened = browser.new_page(viewport={"width": 1100, "height": 900})
    yield opened
    opened.close()


def visit(page: Page, url: str) -> Visit:
    seen = Visit(status=0)
    page.on("console", lambda message: seen.console_errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: seen.console_errors.append(str(error)))
    page.on("request", lambda request: seen.requests.append(request.url))
    response = page.goto(url, wait_until="load")
    seen.status = response.status if response else 0
    return seen


def marks(page: Page, chart: str) -> int:
    return page.locator(f'svg[data-chart="{chart}"] .mark').count()


@pytest.mark.parametrize(
    "path",
    [
        "/dashboard",
        "/dashboard?kreis=03357&type=samtgemeinde",
        f"/report/{BOTHEL}",
        f"/report/{BROCKEL}",
        "/report/033570000000",
    ],
)
def test_page_loads_clean_and_stays_local(page: Page, base_url: str, path: str) -> None:
    seen = visit(page, base_url + path)
    assert seen.status == 200
    assert seen.console_errors == []
    assert seen.requests and {urlsplit(url).netloc for url in seen.requests} == {urlsplit(base_url).netloc}


def test_report_card_charts(page: Page, base_url: str) -> None:
    visit(page, f"{base_url}/report/{BOTHEL}")
    assert page.locator("h1").inner_text() == "Bothel"
    assert marks(page, "levels") == 5  # one bar per level 0-4
    assert marks(page, "comparison") == 5  # Bothel, Fintel, Geestequelle, Selsingen, Apensen
    # Familie & Kind with a service at level 1, 2 and 3 (two at 3): three segments.
    assert marks(page, "themenfelder") == 3
    assert page.locator("table th[scope=col]").count() > 10
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "report-card.png"), full_page=True)


def test_report_card_marks_reviews_and_compares_with_the_register(page: Page, base_url: str) -> None:
    visit(page, f"{base_url}/report/{BOTHEL}")
    reviewed = page.locator("tr.overridden")
    assert reviewed.count() == 1 and "Vaterschafts" in reviewed.locator("th").inner_text()
    assert "bestätigt von A. Prüfer" in reviewed.locator(".review").inner_text()
    section = page.locator("section[aria-labelledby=registriert]")
    assert section.locator("h2").inner_text() == "Registriert vs. auffindbar"
    assert section.locator("table.registered-not-found tbody tr").count() == 3  # Wohngeld, 10559, Osterfeuer
    assert section.locator("table.found-not-registered tbody tr").count() == 1  # Vaterschaftsanerkennung
    visit(page, f"{base_url}/report/{BROCKEL}")
    assert page.locator("section[aria-labelledby=registriert]").count() == 0  # no list covers Brockel


def test_dashboard_charts(page: Page, base_url: str) -> None:
    visit(page, f"{base_url}/dashboard")
    # Six Samtgemeinden and the Landkreis as squares, Brockel as a dot.
    assert page.locator('svg[data-chart="map"] rect.mark').count() == 7
    assert page.locator('svg[data-chart="map"] circle.mark').count() == 1
    assert (marks(page, "by_type"), marks(page, "by_size")) == (3, 4)
    assert (marks(page, "trend_share"), marks(page, "trend_online")) == (2, 2)
    assert (marks(page, "top_online"), marks(page, "top_missing")) == (7, 20)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "dashboard.png"), full_page=True)


def test_dashboard_filters_stay_in_the_url(page: Page, base_url: str) -> None:
    visit(page, f"{base_url}/dashboard")
    page.select_option("#kreis", "03357")
    page.select_option("#type", "samtgemeinde")
    page.click("button[type=submit]")
    page.wait_for_load_state("load")
    assert "kreis=03357" in page.url and "type=samtgemeinde" in page.url
    assert marks(page, "map") == 5  # Apensen (Kreis Stade), Brockel and the Landkreis drop out


def test_map_dot_opens_the_report_card_by_keyboard(page: Page, base_url: str) -> None:
    visit(page, f"{base_url}/dashboard?type=mitgliedsgemeinde")
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('svg[data-chart=map]') !== null"):
            break
    else:
        pytest.fail("the keyboard never reached the map")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/report/{BROCKEL}")
    assert page.locator("h1").inner_text() == "Brockel"


def test_unknown_municipality_is_a_german_error_page(page: Page, base_url: str) -> None:
    seen = visit(page, f"{base_url}/report/033575406000")
    assert seen.status == 404
    assert "Kein Steckbrief" in page.locator("h1").inner_text()
