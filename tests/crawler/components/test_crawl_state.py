"""One site's crawl state: page budget, link de-duplication, problems and the final status."""

from __future__ import annotations

import pytest

from catalog.reference.platforms import PlatformRegistry
from crawler.components.crawl_state import MAX_RECORDED_PROBLEMS, CrawlState, SiteTarget
from crawler.components.extract import LinkFact
from crawler.components.frontier import Frontier, FrontierLimits
from crawler.components.urls import SiteScope
from tests.support.paths import PLATFORMS_FILE

PLATFORMS = PlatformRegistry.from_file(PLATFORMS_FILE)
START = "https://www.stadt-wesertal.de/"


def make_state(max_pages: int = 300, **fields: object) -> CrawlState:
    frontier = Frontier(SiteScope(START), PLATFORMS, FrontierLimits(6, 40), lambda text: None)
    return CrawlState(SiteTarget(START, "Stadt Wesertal"), frontier, max_pages, **fields)  # type: ignore[arg-type]


def link(url: str, text: str, heading: str = "", region: str = "main") -> LinkFact:
    return LinkFact(url=url, text=text, heading=heading, neighbourhood="", region=region)


def test_page_budget_is_spent_request_by_request() -> None:
    state = make_state(max_pages=3)
    assert [state.allow_site_request() for _ in range(3)] == [True, True, True]
    assert not state.budget_reached
    assert state.allow_site_request() is False
    assert state.budget_reached
    assert state.site_requests == 3


def test_zero_budget_allows_nothing() -> None:
    state = make_state(max_pages=0)
    assert state.allow_site_request() is False
    assert state.budget_reached


@pytest.mark.parametrize(
    ("first", "second", "doc_type", "stored_twice"),
    [
        # The same link in the content under two headings: two pieces of evidence (two services).
        (
            link(START + "antrag/", "Online-Antrag", "Hundesteuer"),
            link(START + "antrag/", "Online-Antrag", "Wohngeld"),
            "",
            True,
        ),
        # Menu and footer links repeat on every page: once per site whatever the heading above them.
        (
            link(START + "kontakt/", "Kontakt", "Hundesteuer", "footer"),
            link(START + "kontakt/", "Kontakt", "Wohngeld", "footer"),
            "",
            False,
        ),
        (
            link(START + "rathaus/", "Rathaus", "Start", "nav"),
            link(START + "rathaus/", "Rathaus", "Wohngeld", "nav"),
            "",
            False,
        ),
        # The same link on another page under the same heading: once.
        (link(START + "hund/", "Hundesteuer", "A-Z"), link(START + "hund/", "Hundesteuer", "A-Z"), "", False),
        # Different texts for one target: both.
        (
            link(START + "hund/", "Hundesteuer", "A-Z"),
            link(START + "hund/", "Hund anmelden", "A-Z"),
            "",
            True,
        ),
        # Chrome link and content link: both.
        (
            link(START + "hund/", "Hundesteuer", "A-Z", "nav"),
            link(START + "hund/", "Hundesteuer", "A-Z"),
            "",
            True,
        ),
    ],
)
def test_first_sighting(first: LinkFact, second: LinkFact, doc_type: str, stored_twice: bool) -> None:
    state = make_state()
    assert state.first_sighting(first, doc_type) is True
    assert state.first_sighting(second, doc_type) is stored_twice


@pytest.mark.parametrize(("doc_type", "stored"), [("", False), ("pdf", True)])
def test_link_without_text_is_stored_only_when_it_is_a_document(doc_type: str, stored: bool) -> None:
    assert make_state().first_sighting(link(START + "fileadmin/antrag.pdf", ""), doc_type) is stored


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"start_status": "ok", "site_pages": 120, "finish_reason": "finished"}, "ok"),
        ({"start_status": "ok", "site_pages": 300, "finish_reason": "page_budget"}, "ok"),
        (
            {"start_status": "ok", "site_pages": 40, "finish_reason": "shutdown", "interrupted": True},
            "partial",
        ),
        (
            {"start_status": "ok", "site_pages": 40, "finish_reason": "finished", "crashed": "KeyError"},
            "partial",
        ),
        ({"start_status": "ok", "site_pages": 40, "finish_reason": "closespider_timeout"}, "partial"),
        ({"start_status": "ok", "site_pages": 40, "finish_reason": ""}, "partial"),
        # The start page failed: the site is not screened, whatever else happened.
        ({"start_status": "dns_error", "finish_reason": "finished"}, "dns_error"),
        ({"start_status": "blocked", "finish_reason": "finished"}, "blocked"),
        ({"start_status": "robots_disallowed", "finish_reason": "finished"}, "robots_disallowed"),
        ({"start_status": "http_5xx", "interrupted": True}, "http_5xx"),
        # The start page never answered.
        ({"start_status": "", "finish_reason": "finished"}, "no_response"),
        ({"start_status": "", "crashed": "RuntimeError"}, "error"),
        ({"start_status": "", "site_pages": 5, "interrupted": True}, "partial"),
    ],
)
def test_final_status(fields: dict[str, object], expected: str) -> None:
    assert make_state(**fields).final_status() == expected


def test_start_page_problem_sets_the_start_status() -> None:
    state = make_state()
    state.record_problem(START, "blocked", {"is_start": True}, 403, "Forbidden")
    state.record_problem(START + "kaputt/", "http_404", {}, 404)
    assert (state.start_status, state.start_http_status) == ("blocked", 403)
    assert state.final_status() == "blocked"
    assert state.problems == [
        {"url": START, "status": "blocked", "http_status": 403, "message": "Forbidden"},
        {"url": START + "kaputt/", "status": "http_404", "http_status": 404},
    ]


def test_problems_are_capped_but_counted() -> None:
    state = make_state()
    for n in range(MAX_RECORDED_PROBLEMS + 25):
        state.record_problem(f"{START}seite-{n}/", "http_404", {}, 404)
    state.record_problem("https://portal.example/", "timeout", {}, None)
    assert len(state.problems) == MAX_RECORDED_PROBLEMS
    assert state.problem_counts == {"http_404": MAX_RECORDED_PROBLEMS + 25, "timeout": 1}
    assert state.start_status == ""


def test_counting_pages() -> None:
    state = make_state()
    # The start URL redirected to another domain: it joins the site.
    state.count_page("https://www.wesertal.de/", {"is_start": True, "role": "site"})
    state.count_page("https://www.wesertal.de/rathaus/", {"role": "site", "playwright": True})
    state.count_page("https://heideland.rathausdirekt.de/hund", {"role": "portal"})
    assert state.start_status == "ok"
    assert (state.site_pages, state.portal_pages, state.rendered_pages, state.pages_crawled) == (2, 1, 1, 3)
    assert state.frontier.scope.contains("https://www.wesertal.de/buergerservice/")
    # Counted pages are not requested again.
    follow_ups = state.frontier.follow_ups(
        [link("https://www.wesertal.de/rathaus/", "Rathaus"), link("https://www.wesertal.de/neu/", "Neu")],
        "site",
        0,
        "https://www.wesertal.de/",
    )
    assert [item.url for item in follow_ups] == ["https://www.wesertal.de/neu/"]


@pytest.mark.parametrize(
    ("can_render", "mode", "meta", "expected"),
    [
        (True, "auto", {}, True),
        (True, "auto", {"playwright": True}, False),  # already rendered
        (True, "never", {}, False),
        (True, "always", {}, False),  # every request is rendered from the start
        (False, "auto", {}, False),  # no browser
    ],
)
def test_should_render(can_render: bool, mode: str, meta: dict[str, object], expected: bool) -> None:
    assert make_state(can_render=can_render, render_mode=mode).should_render(meta) is expected


def test_no_playwright_meta_without_a_browser() -> None:
    assert make_state(can_render=False).playwright_meta() == {}


def test_services_seen_ignore_unrecognised_headings() -> None:
    state = make_state()
    for ozg_id in ("10160", None, "10160", "10092"):
        state.note_service(ozg_id)
    assert state.services_seen == {"10160", "10092"}
