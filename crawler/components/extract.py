"""Facts from one HTML page: title, headings, main text, links with their context, forms, key sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml import html as lxml_html
from lxml.etree import ParserError

from crawler.components.page_regions import BLOCK_TAGS, HEADING_TAGS, main_element, region_of
from crawler.components.structured import leika_keys_of, task_items

MAIN_TEXT_CHARS = 1500
# A page with 100,000 links (a news archive on one page) would cost minutes and a row per link; services are
# linked from navigation and A-Z lists near the top, so the first links in document order are the ones kept.
MAX_LINKS_PER_PAGE = 2000
MAX_HEADINGS = 20
SECTION_LEAD_CHARS = 240
KEY_SENTENCE_CUES = re.compile(
    r"elektronisch|digital|online|postfach|bundid|servicekonto|nutzerkonto|bescheid|medienbruch|ende-zu-ende",
    re.IGNORECASE,
)
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")
SPACES = re.compile(r"\s+")
SCRIPT_TARGET = re.compile(r"""(?:getElementById\(\s*['"]|querySelector(?:All)?\(\s*['"]#)([\w-]+)""")
PLACEHOLDER_CHARS = 80
LINK_ATTRIBUTES = {"a": "href", "area": "href", "iframe": "src", "frame": "src"}
# Scripted forms often submit with type="button"; only captions that send or advance count.
SUBMIT_CAPTION = re.compile(
    r"absenden|abschicken|senden|weiter|beantragen|einreichen|fortfahren|"
    r"submit|next|antrag stellen",
    re.IGNORECASE,
)
BLOCK_BREAK = "\x1e"
SENTENCE_BLOCKS = frozenset(
    {
        "p",
        "li",
        "td",
        "th",
        "dd",
        "dt",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "figcaption",
        "address",
        "div",
        "section",
        "article",
        "main",
        "body",
        "br",
        "tr",
        "ul",
        "ol",
        "table",
        "form",
        "label",
        "header",
        "footer",
        "nav",
        "aside",
    }
)
SKIPPED_SCHEMES = ("mailto:", "tel:", "javascript:", "fax:", "data:", "#")
# A-Z lists that carry a service's other names (OpenR@thaus/BIS: <li data-synonyme="a, b, c">).
SYNONYM_ATTRIBUTES = ("data-synonyme", "data-synonyms", "data-keywords", "data-schlagworte")
# Old sites link by script only: onclick="location.href='…'", href="javascript:window.open('…')", location.assign(…).
SCRIPT_URL = re.compile(
    r"""(?:location(?:\.href)?\s*=|location\.(?:assign|replace)\(|window\.open\()\s*(['"])([^'"]+?)\1"""
)


@dataclass
class LinkFact:
    url: str
    text: str
    heading: str
    neighbourhood: str
    region: str
    alternative_names: str = ""


@dataclass
class FormFact:
    action: str
    method: str
    heading: str
    fields: list[str] = field(default_factory=list)
    field_types: list[str] = field(default_factory=list)
    submit_texts: list[str] = field(default_factory=list)
    role: str = ""


@dataclass
class PageFacts:
    url: str
    title: str = ""
    h1: str = ""
    headings: list[str] = field(default_factory=list)
    heading_levels: list[int] = field(default_factory=list)  # 1 for h1 ... 6 for h6
    section_leads: list[str] = field(default_factory=list)  # the text that follows each heading, shortened
    breadcrumb: str = ""
    main_text: str = ""
    key_sentences: list[str] = field(default_factory=list)
    links: list[LinkFact] = field(default_factory=list)
    forms: list[FormFact] = field(default_factory=list)
    links_dropped: int = 0  # beyond MAX_LINKS_PER_PAGE
    script_count: int = 0
    empty_script_targets: int = 0
    text_length: int = 0
    leika_keys: list[str] = field(default_factory=list)  # from <meta> or JSON-LD, not from the visible text
    task_items: list[str] = field(default_factory=list)  # "Aufgaben: Gewerbeanmeldung, Fundsachen, ..."


def clean(text: str | None) -> str:
    return SPACES.sub(" ", text or "").strip()


def text_of(element: lxml_html.HtmlElement) -> str:
    """Visible text with a space between text nodes, so block elements do not run together."""
    return clean(" ".join(element.itertext()))


def extract_page(url: str, body: str) -> PageFacts:
    """Parse HTML text; a page that cannot be parsed yields facts with the URL only."""
    try:
        root = lxml_html.document_fromstring(body or "<html></html>")
    except (ParserError, ValueError):
        return PageFacts(url=url)
    scripts = root.xpath("//script")
    script_targets = scripted_containers(root, [script.text or "" for script in scripts])
    leika_keys = leika_keys_of(root)
    for element in root.xpath("//script|//style|//noscript|//template"):
        element.drop_tree()
    facts = PageFacts(
        url=url,
        title=clean(root.findtext(".//title")),
        script_count=len(scripts),
        empty_script_targets=sum(1 for element in script_targets if _looks_unfilled(element)),
        leika_keys=leika_keys,
    )
    # Found once: each lookup of the main element is up to four XPath scans of the whole page.
    main = main_element(root)
    scope = _content_scope(root, main)
    _read_headings(root, main, scope, facts)
    _read_text(scope, facts)
    facts.task_items = task_items(scope)
    facts.links, facts.forms, facts.links_dropped = _walk(root, _base_url(root, url))
    return facts


def scripted_containers(root: lxml_html.HtmlElement, script_texts: list[str]) -> list[lxml_html.HtmlElement]:
    """Elements that inline scripts look up by id to fill them (getElementById, querySelector('#...'))."""
    ids = {match for text in script_texts for match in SCRIPT_TARGET.findall(text)}
    found = (root.get_element_by_id(element_id, None) for element_id in ids)
    return [element for element in found if element is not None]


def _looks_unfilled(element: lxml_html.HtmlElement) -> bool:
    """Empty, or holding only a short placeholder such as "wird geladen …", and no links yet."""
    return not element.findall(".//a") and len(text_of(element)) < PLACEHOLDER_CHARS


def _base_url(root: lxml_html.HtmlElement, url: str) -> str:
    """Relative links resolve against <base href> when the page declares one."""
    base = root.find(".//base")
    href = (base.get("href") or "").strip() if base is not None else ""
    try:
        return urljoin(url, href) if href else url
    except ValueError:
        return url


def _read_headings(
    root: lxml_html.HtmlElement,
    main: lxml_html.HtmlElement | None,
    scope: lxml_html.HtmlElement,
    facts: PageFacts,
) -> None:
    first_h1 = main.find(".//h1") if main is not None else None
    if first_h1 is None:
        first_h1 = root.find(".//h1")
    facts.h1 = text_of(first_h1) if first_h1 is not None else ""
    headings = list(scope.iter(*HEADING_TAGS))[:MAX_HEADINGS]
    facts.headings = [text_of(heading) for heading in headings]
    facts.heading_levels = [int(str(heading.tag)[1]) for heading in headings]
    facts.section_leads = [_section_lead(heading) for heading in headings]
    crumbs = root.xpath(
        "//*[contains(@class,'breadcrumb') or @id='breadcrumb' or @aria-label='Breadcrumb'"
        " or contains(@class,'brotkrumen') or @aria-label='Sie sind hier']"
    )
    facts.breadcrumb = text_of(crumbs[0])[:300] if crumbs else ""


def _read_text(scope: lxml_html.HtmlElement, facts: PageFacts) -> None:
    text = text_of(scope)
    facts.text_length = len(text)
    facts.main_text = text[:MAIN_TEXT_CHARS]
    facts.key_sentences = _key_sentences(scope)


def _section_lead(heading: lxml_html.HtmlElement) -> str:
    """The start of what follows a heading up to the next one: says whether the section is a referral."""
    parts: list[str] = []
    for sibling in heading.itersiblings():
        if not isinstance(sibling.tag, str):
            continue  # a comment
        if next(sibling.iter(*HEADING_TAGS), None) is not None:
            break
        parts.append(text_of(sibling))
        if sum(map(len, parts)) >= SECTION_LEAD_CHARS:
            break
    return clean(" ".join(parts))[:SECTION_LEAD_CHARS]


def _content_scope(root: lxml_html.HtmlElement, main: lxml_html.HtmlElement | None) -> lxml_html.HtmlElement:
    """The main content, else the body (never the head with its title)."""
    if main is not None:
        return main
    body = root.find("body")
    return body if body is not None else root


def _key_sentences(scope: lxml_html.HtmlElement) -> list[str]:
    """Sentences with cue words, split per block so a heading never runs into the paragraph below it."""
    found: list[str] = []
    for line in _block_text(scope).split(BLOCK_BREAK):
        for sentence in SENTENCE_SPLIT.split(clean(line)):
            if KEY_SENTENCE_CUES.search(sentence) and sentence[:400] not in found:
                found.append(sentence[:400])
    return found[:15]


def _block_text(scope: lxml_html.HtmlElement) -> str:
    """The text in document order with a break mark around every block element (source newlines are spaces)."""
    parts: list[str] = []

    def walk(element: lxml_html.HtmlElement) -> None:
        is_block = isinstance(element.tag, str) and element.tag in SENTENCE_BLOCKS
        parts.append(BLOCK_BREAK if is_block else "")
        parts.append(element.text or "")
        for child in element:
            walk(child)
            parts.append(child.tail or "")
        parts.append(BLOCK_BREAK if is_block else "")

    walk(scope)
    return " ".join(parts)


def _walk(root: lxml_html.HtmlElement, base_url: str) -> tuple[list[LinkFact], list[FormFact], int]:
    """One pass in document order, so every link and form knows the heading above it; links beyond the cap counted."""
    links: list[LinkFact] = []
    forms: list[FormFact] = []
    dropped = 0
    heading = ""
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in HEADING_TAGS:
            heading = text_of(element)[:200]
        elif tag in LINK_ATTRIBUTES and len(links) >= MAX_LINKS_PER_PAGE:
            dropped += 1
        elif tag in LINK_ATTRIBUTES or element.get("onclick"):
            link = _link(element, base_url, heading)
            if link:
                links.append(link)
        elif tag == "form":
            forms.append(_form(element, base_url, heading))
    return links, forms, dropped


def _link(anchor: lxml_html.HtmlElement, base_url: str, heading: str) -> LinkFact | None:
    """An <a> or <area>, an embedded <iframe>/<frame> (service directories are often embedded), or a script link."""
    attribute = LINK_ATTRIBUTES.get(anchor.tag)
    href = (anchor.get(attribute) or "").strip() if attribute else ""
    if not href or href.lower().startswith(SKIPPED_SCHEMES):
        href = _script_target(href, anchor.get("onclick") or "")
    if not href:
        return None
    text = text_of(anchor) or clean(anchor.get("title")) or clean(anchor.get("aria-label")) or clean(anchor.get("alt"))
    if not text:
        text = " ".join(clean(image.get("alt")) for image in anchor.iter("img")).strip()
    try:
        url = urljoin(base_url, href)
    except ValueError:
        return None
    return LinkFact(
        url=url.split("#")[0] or url,
        text=text[:300],
        heading=heading,
        neighbourhood=_neighbourhood(anchor),
        region=region_of(anchor),
        alternative_names=_alternative_names(anchor),
    )


def _alternative_names(anchor: lxml_html.HtmlElement) -> str:
    """The other names an A-Z entry carries in its markup ("Ausweisdokumente": "Personalausweis, Reisepass")."""
    for element in (anchor, *anchor.iterancestors()):
        for attribute in SYNONYM_ATTRIBUTES:
            if element.get(attribute):
                return clean(element.get(attribute))[:300]
        if element.tag in ("ul", "ol", "table", "main", "body"):
            break
    return ""


def _script_target(href: str, onclick: str) -> str:
    """The URL a javascript: link or an onclick handler navigates to, if it names one literally."""
    script = href if href.lower().startswith("javascript:") else onclick
    found = SCRIPT_URL.search(script)
    return found.group(2).strip() if found else ""


def _neighbourhood(element: lxml_html.HtmlElement) -> str:
    """The block around a link; in a table, its row ("Antrag auf Sondernutzung | FB 3 | PDF")."""
    for ancestor in element.iterancestors():
        if ancestor.tag in ("td", "th"):
            row = ancestor.getparent()
            if row is None or row.tag != "tr":
                return text_of(ancestor)[:300]
            # Cells stay apart, so a row's naming cell can be told from "Tiefbau" and "Download (PDF, 120 KB)".
            cells = (text_of(cell) for cell in row if cell.tag in ("td", "th"))
            return " | ".join(cell for cell in cells if cell)[:300]
        if ancestor.tag in BLOCK_TAGS:
            return text_of(ancestor)[:300]
    return ""


def _form(form: lxml_html.HtmlElement, base_url: str, heading: str) -> FormFact:
    fact = FormFact(
        action=urljoin(base_url, form.get("action") or ""),
        method=(form.get("method") or "get").lower(),
        heading=heading,
        role=clean(form.get("role")),
    )
    labels = {label.get("for"): text_of(label) for label in form.iter("label")}
    for control in form.iter("input", "select", "textarea", "button"):
        kind = (control.get("type") or _default_type(control.tag)).lower()
        caption = clean(control.get("value") or text_of(control))[:80]
        if kind in ("submit", "image") or (kind == "button" and SUBMIT_CAPTION.search(caption)):
            fact.submit_texts.append(caption)
        elif control.tag != "button" and kind not in ("hidden", "reset", "button"):
            fact.field_types.append(kind if control.tag == "input" else control.tag)
            fact.fields.append(_field_name(control, labels))
    return fact


def _wrapping_label(control: lxml_html.HtmlElement) -> str:
    """<label>Ihr Name <input name="your-name"></label>: the label's own words name the field."""
    for ancestor in control.iterancestors("label"):
        return clean(" ".join([ancestor.text or "", *(child.tail or "" for child in ancestor)]))
    return ""


def _default_type(tag: str) -> str:
    return {"button": "submit", "input": "text"}.get(tag, tag)


def _field_name(control: lxml_html.HtmlElement, labels: dict[str | None, str]) -> str:
    label = labels.get(control.get("id")) if control.get("id") else ""
    if not label:
        label = _wrapping_label(control)
    return (
        label or clean(control.get("aria-label")) or clean(control.get("placeholder")) or clean(control.get("name"))
    )[:80]
