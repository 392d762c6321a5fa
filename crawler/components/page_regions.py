"""Where on a page an element sits: main content, navigation, header or footer."""

from __future__ import annotations

import re

from lxml import html as lxml_html

HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
BLOCK_TAGS = {"li", "p", "td", "dd", "dt", "tr", "article", "section", "figure", "blockquote"}
MAIN_XPATHS = (
    "//main",
    "//*[@role='main']",
    "//*[@id='content' or @id='inhalt' or @id='main' or @id='maincontent' or @id='main-content']",
    "//article",
)
REGION_NAMES = {"nav": "nav", "header": "header", "footer": "footer", "aside": "aside"}
REGION_HINTS = re.compile(
    r"\b(nav|navigation|menu|menue|mainmenu|footer|fusszeile|header|kopfzeile|sidebar|"
    r"breadcrumb|servicenavigation|metanav)\b",
    re.IGNORECASE,
)


def main_element(root: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    for xpath in MAIN_XPATHS:
        found = root.xpath(xpath)
        if found:
            return found[0]
    return None


def region_of(element: lxml_html.HtmlElement) -> str:
    """'nav', 'header', 'footer', 'aside' for page chrome; 'main' otherwise."""
    for ancestor in element.iterancestors():
        tag = ancestor.tag if isinstance(ancestor.tag, str) else ""
        if tag in REGION_NAMES:
            return REGION_NAMES[tag]
        if tag in ("main", "article") or ancestor.get("role") == "main":
            return "main"
        role = ancestor.get("role") or ""
        if role in ("navigation", "banner", "contentinfo"):
            return {"navigation": "nav", "banner": "header", "contentinfo": "footer"}[role]
        hint = REGION_HINTS.search(f"{ancestor.get('id') or ''} {ancestor.get('class') or ''}")
        if hint:
            word = hint.group(1).lower()
            return (
                "footer"
                if word in ("footer", "fusszeile")
                else "header"
                if word in ("header", "kopfzeile")
                else "aside"
                if word == "sidebar"
                else "nav"
            )
    return "main"
