"""The page frame of each layout: head, header, menu, breadcrumb, footer. Five CMS looks, one per layout."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Frame:
    """Everything around a page's main content."""

    layout: str
    title: str  # full <title>
    site_name: str  # official name shown in the header
    menu: list[tuple[str, str]]  # (label, href)
    footer: str  # address block, already HTML
    footer_links: list[tuple[str, str]]
    charset: str = "utf-8"
    search: bool = False


def e(text: str) -> str:
    return escape(text, quote=True)


def links(items: list[tuple[str, str]], separator: str = "") -> str:
    return separator.join(f'<a href="{e(href)}">{e(label)}</a>' for label, href in items)


def list_items(items: list[tuple[str, str]]) -> str:
    return "".join(f'<li><a href="{e(href)}">{e(label)}</a></li>' for label, href in items)


def crumbs_html(crumbs: list[tuple[str, str]], current: str, layout: str) -> str:
    if not crumbs:
        return ""
    trail = " › ".join([*(f'<a href="{e(href)}">{e(label)}</a>' for label, href in crumbs), e(current)])
    if layout == "nested":
        items = "".join(f'<li><a href="{e(h)}">{e(label)}</a></li>' for label, h in crumbs)
        return f'<ol class="breadcrumb">{items}<li class="active">{e(current)}</li></ol>'
    if layout == "lifeevents":
        return f'<div id="brotkrumen">Sie sind hier: {trail}</div>'
    return f'<nav class="breadcrumb" aria-label="Breadcrumb">{trail}</nav>'


def render(frame: Frame, main: str, crumbs: list[tuple[str, str]], current: str) -> str:
    head = (
        f'<!DOCTYPE html>\n<html lang="de"><head><meta charset="{frame.charset}">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{e(frame.title)}</title>'
        f'<link rel="stylesheet" href="/static/{frame.layout}.css"></head>\n'
    )
    trail = crumbs_html(crumbs, current, frame.layout)
    body = BODIES[frame.layout](frame, main, trail)
    return f"{head}{body}\n</html>\n"


def _search(frame: Frame) -> str:
    if not frame.search:
        return ""
    return (
        '<form class="suche" role="search" action="/suche/" method="get"><label for="q">Suchbegriff</label>'
        '<input id="q" name="q" type="search"><button type="submit">Suchen</button></form>'
    )


def _classic(frame: Frame, main: str, trail: str) -> str:
    return (
        f'<body class="page"><header id="header"><a class="logo" href="/">{e(frame.site_name)}</a>'
        f"{_search(frame)}"
        f'<nav class="mainmenu"><ul>{list_items(frame.menu)}</ul></nav></header>\n{trail}'
        f'<main id="content">{main}</main>\n<footer id="footer">{frame.footer}'
        f"<p>{links(frame.footer_links, ' · ')}</p></footer></body>"
    )


def _az(frame: Frame, main: str, trail: str) -> str:
    return (
        f'<body><div id="kopf"><div class="wappen"></div><span class="titel">{e(frame.site_name)}</span>'
        "</div>"
        f'<div id="navigation"><ul class="ebene1">{list_items(frame.menu)}</ul></div>{_search(frame)}\n'
        f'<div id="inhalt">{trail}{main}</div>\n<div id="fusszeile">{frame.footer}'
        f"<ul>{list_items(frame.footer_links)}</ul></div></body>"
    )


def _tiles(frame: Frame, main: str, trail: str) -> str:
    return (
        f'<body class="layout-kacheln"><header class="site-header"><div class="brand">{e(frame.site_name)}'
        f'</div><nav aria-label="Hauptnavigation"><ul class="nav">{list_items(frame.menu)}</ul></nav>'
        f"{_search(frame)}"
        f"</header>\n{trail}<main>{main}</main>\n"
        f'<footer class="site-footer"><div class="adresse">{frame.footer}</div>'
        f'<div class="meta">{links(frame.footer_links, " | ")}</div></footer></body>'
    )


def _nested(frame: Frame, main: str, trail: str) -> str:
    return (
        f'<body><div class="header"><div class="container"><a href="/" class="navbar-brand">'
        f"{e(frame.site_name)}</a></div></div>"
        f'<nav class="navbar" role="navigation"><ul class="navbar-nav">{list_items(frame.menu)}</ul></nav>\n'
        f'<div class="container">{trail}<div role="main" class="col-main">{main}</div></div>\n'
        f'<div class="footer" role="contentinfo">{frame.footer}<p>{links(frame.footer_links, " · ")}</p>'
        "</div></body>"
    )


def _lifeevents(frame: Frame, main: str, trail: str) -> str:
    return (
        f'<body id="portal"><table class="rahmen"><tr><td id="logo" colspan="2">{e(frame.site_name)}</td>'
        "</tr>"
        f'<tr><td id="navi"><div class="menu"><ul>{list_items(frame.menu)}</ul></div>{_search(frame)}</td>'
        f'<td><div id="main">{trail}{main}</div></td></tr></table>\n'
        f'<div id="footer">{frame.footer}<p>{links(frame.footer_links, " | ")}</p></div></body>'
    )


BODIES = {
    "classic": _classic,
    "az": _az,
    "tiles": _tiles,
    "nested": _nested,
    "lifeevents": _lifeevents,
}
