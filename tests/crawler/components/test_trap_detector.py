"""Crawler traps recognised from their pattern, and real sections of a site left alone."""

from __future__ import annotations

from crawler.components.extract import extract_page
from crawler.components.trap_detector import MAX_GROWTH, MIN_FAMILY_PAGES, PLAIN_DEPTH, TrapDetector, family, grows
from crawler.localweb.oddities import unique_trap_page

SERVICES = [
    "Hund anmelden",
    "Wohnsitz anmelden",
    "Führungszeugnis beantragen",
    "Gewerbe anmelden",
    "Personalausweis beantragen",
    "Reisepass beantragen",
    "Fundsachen melden",
    "Baumfällgenehmigung beantragen",
    "Sondernutzung beantragen",
    "Briefwahl beantragen",
    "Meldebescheinigung beantragen",
    "Kita-Platz beantragen",
]


def _service_page(number: int, name: str) -> str:
    return f"""<html><body><nav><a href="/">Startseite</a></nav><main><h1>{name}</h1>
    <p>Leistung {number}: {name} ist beim Bürgerbüro möglich. Zuständig ist das Team {name.split()[0]}.</p>
    </main></body></html>"""


def _crawl(detector: TrapDetector, prefix: str, kind: str, start: str, pages: int) -> int:
    """Follows the first link of each generated page; how many pages until the family was recognised (0: never)."""
    url, parent = start, ""
    for number in range(1, pages + 1):
        path, _, query = url.removeprefix("http://www.endlosheide.de").partition("?")
        facts = extract_page(url, unique_trap_page(prefix, path, query, kind))
        if detector.observe(url, parent, facts):
            return number
        parent, url = url, facts.links[-1].url
    return 0


def test_pages_of_random_tokens_are_near_identical() -> None:
    found = _crawl(TrapDetector(), "/archiv/", "zufall", "http://www.endlosheide.de/archiv/start/", 50)
    assert found == MIN_FAMILY_PAGES + 1, "the first page was reached from outside the family"


def test_ever_growing_paths_are_a_trap() -> None:
    found = _crawl(TrapDetector(), "/themen/", "pfad", "http://www.endlosheide.de/themen/", 50)
    assert 0 < found <= PLAIN_DEPTH + MAX_GROWTH + 1


def test_ever_growing_query_values_are_a_trap() -> None:
    found = _crawl(TrapDetector(), "/ansicht", "abfrage", "http://www.endlosheide.de/ansicht?ansicht=1", 50)
    assert 0 < found <= MAX_GROWTH + 1


def test_a_real_service_directory_is_no_trap() -> None:
    detector = TrapDetector()
    for number, name in enumerate(SERVICES):
        url = f"http://www.gemeinde.de/buergerservice/leistung-{number}.html"
        facts = extract_page(url, _service_page(number, name))
        assert detector.observe(url, "http://www.gemeinde.de/buergerservice/", facts) == ""
    assert not detector.is_trapped("http://www.gemeinde.de/buergerservice/leistung-99.html")


def test_families_and_growth() -> None:
    assert family("http://a.de/archiv/3f9a2b7c1d/") == family("http://a.de/archiv/77aa/")
    assert family("http://a.de/3f9a2b7c1d/x") == family("http://a.de/0badc0ffee/y")
    assert family("http://a.de/suche?q=1&seite=2") != family("http://a.de/suche?q=1")
    assert grows("http://a.de/themen/a/b/c/d/", "http://a.de/themen/a/b/c/")
    assert not grows("http://a.de/themen/a/b/", "http://a.de/themen/a/")  # an ordinary menu level
    assert grows("http://a.de/ansicht?ansicht=112", "http://a.de/ansicht?ansicht=11")
    assert not grows("http://a.de/themen/b/", "http://a.de/themen/a/")


def test_near_identical_pages_linked_from_one_hub_are_no_trap() -> None:
    detector = TrapDetector()
    for number in range(3 * MIN_FAMILY_PAGES):
        url = f"http://www.langsame-gemeinde.de/seiten/info-{number}.html"
        facts = extract_page(url, f"<html><body><h1>Information {number}</h1><p>Allgemeine Hinweise.</p></body></html>")
        assert detector.observe(url, "http://www.langsame-gemeinde.de/", facts) == ""


def test_a_deep_cms_menu_is_no_trap() -> None:
    """Startseite > Rathaus > Bürgerservice > Leistungen > A-Z > Personalausweis: each page a level below the last."""
    detector = TrapDetector()
    levels = ["", "de", "rathaus", "buergerservice", "leistungen", "a-z", "personalausweis"]
    parent = ""
    for depth in range(1, len(levels) + 1):
        url = "http://www.gemeinde.de/" + "".join(f"{level}/" for level in levels[1:depth])
        facts = extract_page(url, _service_page(depth, SERVICES[depth]))
        assert detector.observe(url, parent, facts) == "", url
        parent = url
    assert not detector.is_trapped("http://www.gemeinde.de/de/rathaus/buergerservice/leistungen/a-z/reisepass/")
