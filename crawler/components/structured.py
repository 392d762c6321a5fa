"""Service names a page gives outside its headings: LeiKa keys in metadata, bullets of an office's task list."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from lxml import html as lxml_html

LEIKA_KEY = re.compile(r"\b99\d{12}\b")
# <meta name="leika" content="99050012104000">, <meta name="dcterms.identifier" content="LeiKa 9905...">
META_XPATH = "//meta[@content][@name or @property or @itemprop]"
JSON_LD_XPATH = "//script[@type='application/ld+json']"
MAX_KEYS = 5
# The heading or lead above a list that says the list names what the office does for citizens.
TASK_CUE = re.compile(
    r"\baufgaben\b|\bleistungen\b|dienstleistungen|zust(ä|ae)ndig|erledigen|bearbeite[nt]|"
    r"\bwir helfen\b|\bunser angebot\b|wir sind f(ü|ue)r sie da|was wir f(ü|ue)r sie tun",
    re.IGNORECASE,
)
INLINE_TASKS = re.compile(
    r"(?:aufgaben|zust(ä|ae)ndig(?:keiten)? f(ü|ue)r|leistungen)\s*:\s*(?P<items>[^.:]{8,600})", re.IGNORECASE
)
ITEM_SPLIT = re.compile(r"\s*(?:,|;|\bsowie\b|\bund\b(?=[^,]*$))\s*")
MAX_ITEM_WORDS = 8
MAX_ITEMS = 40
SPACES = re.compile(r"\s+")


def leika_keys_of(root: lxml_html.HtmlElement) -> list[str]:
    """LeiKa keys a page declares in <meta> tags or JSON-LD (read before scripts are dropped)."""
    texts = [str(meta.get("content")) for meta in root.xpath(META_XPATH)]
    texts += [value for script in root.xpath(JSON_LD_XPATH) for value in _json_ld_strings(script.text or "")]
    keys = (key for text in texts for key in LEIKA_KEY.findall(text))
    return list(dict.fromkeys(keys))[:MAX_KEYS]


def _json_ld_strings(text: str) -> Iterator[str]:
    try:
        data = json.loads(text)
    except ValueError:
        return iter(())
    return _strings(data)


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)
    elif isinstance(data, str | int):
        yield str(data)


def task_items(scope: lxml_html.HtmlElement) -> list[str]:
    """Bullets without links under a task-list heading or lead, and "Aufgaben: a, b, c" sentences."""
    found: list[str] = []
    for listing in scope.iter("ul", "ol"):
        if _is_task_list(listing):
            found += [_clean(item.text_content()) for item in listing.iter("li") if not item.findall(".//a")]
    for paragraph in scope.iter("p", "dd", "li"):
        match = INLINE_TASKS.search(_clean(paragraph.text_content()))
        if match:
            found += ITEM_SPLIT.split(match.group("items"))
    short = (item.strip(" -–•") for item in found if item and len(item.split()) <= MAX_ITEM_WORDS)
    return list(dict.fromkeys(item for item in short if item))[:MAX_ITEMS]


def _is_task_list(listing: lxml_html.HtmlElement) -> bool:
    """A list right under a heading or lead such as "Unsere Aufgaben" or "Wir sind zuständig für"."""
    if _in_navigation(listing):
        return False
    previous = listing.getprevious()
    lead = _clean(previous.text_content()) if previous is not None else ""
    heading = listing.xpath("preceding::*[self::h2 or self::h3 or self::h4 or self::h5][1]")
    heading_text = _clean(heading[0].text_content()) if heading else ""
    return bool(TASK_CUE.search(lead[-200:]) or TASK_CUE.search(heading_text))


def _in_navigation(element: lxml_html.HtmlElement) -> bool:
    return any(ancestor.tag in ("nav", "header", "footer") for ancestor in element.iterancestors())


def _clean(text: str) -> str:
    return SPACES.sub(" ", text).strip()
