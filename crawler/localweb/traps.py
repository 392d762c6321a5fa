"""Generated pages that make crawler traps: an endless calendar and an endless faceted search."""

from __future__ import annotations

from datetime import date

BOT_WALL = """<!DOCTYPE html><html lang="de"><head><title>Zugriff verweigert</title></head>
<body><h1>Zugriff verweigert</h1><p>Automatisierte Zugriffe sind nicht gestattet.</p></body></html>"""

NOT_FOUND = """<!DOCTYPE html><html lang="de"><head><title>Seite nicht gefunden</title></head>
<body><h1>404 – Seite nicht gefunden</h1><p><a href="/">Zur Startseite</a></p></body></html>"""


def _month(query: dict[str, list[str]]) -> date:
    value = (query.get("monat") or ["2026-11"])[0]
    try:
        year, month = (int(part) for part in value.split("-")[:2])
        return date(year, month, 1)
    except ValueError:
        return date(2026, 11, 1)


def _shift(month: date, delta: int) -> date:
    index = month.year * 12 + month.month - 1 + delta
    return date(index // 12, index % 12 + 1, 1)


def calendar_page(prefix: str, query: dict[str, list[str]]) -> str:
    """A month view linking to the previous and next month and to every day: it never ends."""
    month = _month(query)
    days = "".join(
        f'<li><a href="{prefix}?monat={month:%Y-%m}&amp;tag={day}">{day}. {month:%m.%Y}</a></li>'
        for day in range(1, 29)
    )
    previous, following = _shift(month, -1), _shift(month, 1)
    return f"""<!DOCTYPE html><html lang="de"><head><title>Veranstaltungskalender {month:%m/%Y}</title></head>
<body><h1>Veranstaltungskalender {month:%m/%Y}</h1>
<a href="{prefix}?monat={previous:%Y-%m}">« Vormonat</a>
<a href="{prefix}?monat={following:%Y-%m}">Folgemonat »</a>
<ul>{days}</ul></body></html>"""


def facet_page(prefix: str, query: dict[str, list[str]]) -> str:
    """A search result page whose filters combine without end."""
    page = int((query.get("seite") or ["1"])[0] or 1)
    filters = sorted(query.get("filter", []))
    base = "&amp;".join(f"filter={name}" for name in filters)
    links = "".join(
        f'<li><a href="{prefix}?{base}&amp;filter={name}&amp;seite=1">{name}</a></li>'
        for name in ("amt", "thema", "ort", "datum", "typ")
        if name not in filters
    )
    return f"""<!DOCTYPE html><html lang="de"><head><title>Suche – Seite {page}</title></head>
<body><h1>Suchergebnisse</h1><ul>{links}</ul>
<a href="{prefix}?{base}&amp;seite={page + 1}">Nächste Seite</a></body></html>"""
