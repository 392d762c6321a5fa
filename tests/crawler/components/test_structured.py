"""Service names outside the headings: LeiKa keys in <meta> and JSON-LD, bullets of an office's task list."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from crawler.components.extract import extract_page
from crawler.components.structured import leika_keys_of, task_items

OFFICE_PAGE = """<html><head><title>Bürgerbüro | Gemeinde Vörden</title></head><body>
<nav><h3>Unsere Leistungen</h3><ul><li>Rathaus</li><li>Kultur</li></ul></nav>
<main><h1>Bürgerbüro</h1><p>Das Bürgerbüro finden Sie im Erdgeschoss.</p>
<h2>Das erledigen wir für Sie</h2><ul><li>Gewerbeanmeldung</li><li>Fundsachen</li>
<li><a href="/buergerservice/hund/">Hundesteuer</a></li></ul>
<h2>Öffnungszeiten</h2><ul><li>Montag 8 bis 12 Uhr</li><li>Donnerstag 14 bis 18 Uhr</li></ul>
<p>Weitere Aufgaben: Beglaubigungen, Führungszeugnis und Meldebescheinigung.</p>
</main></body></html>"""


def _root(text: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(text)


@pytest.mark.parametrize(
    ("head", "keys"),
    [
        ('<meta name="leika" content="99102013000000">', ["99102013000000"]),
        ('<meta name="dcterms.identifier" content="LeiKa 99115005104000">', ["99115005104000"]),
        (
            '<script type="application/ld+json">{"@type": "GovernmentService", "identifier": '
            '{"propertyID": "LeiKa", "value": "99050012104000"}}</script>',
            ["99050012104000"],
        ),
        ('<script type="application/ld+json">{not json</script>', []),
        ('<meta name="description" content="Telefon 04471 990000">', []),
    ],
)
def test_leika_keys_from_metadata(head: str, keys: list[str]) -> None:
    assert leika_keys_of(_root(f"<html><head>{head}</head><body><p>Text</p></body></html>")) == keys


def test_the_page_facts_keep_the_keys_although_scripts_are_dropped() -> None:
    head = '<script type="application/ld+json">{"identifier": "99115005104000"}</script>'
    facts = extract_page("https://www.x.de/neu/", f"<html><head>{head}</head><body><h1>Neu hier?</h1></body></html>")
    assert facts.leika_keys == ["99115005104000"]
    assert "99115005104000" not in facts.main_text


def test_task_list_bullets_without_links_under_a_task_heading() -> None:
    items = task_items(_root(OFFICE_PAGE))
    assert items[:2] == ["Gewerbeanmeldung", "Fundsachen"]
    assert "Hundesteuer" not in items  # a linked entry is judged as a link
    assert not any("Montag" in item for item in items)  # opening hours are no tasks
    assert "Rathaus" not in items  # navigation


def test_inline_task_sentences_are_split_into_items() -> None:
    assert task_items(_root(OFFICE_PAGE))[2:] == ["Beglaubigungen", "Führungszeugnis", "Meldebescheinigung"]


def test_a_list_without_a_task_cue_gives_nothing() -> None:
    page = "<html><body><main><h2>Partnerstädte</h2><ul><li>Lisieux</li><li>Ostrów</li></ul></main></body></html>"
    assert task_items(_root(page)) == []
