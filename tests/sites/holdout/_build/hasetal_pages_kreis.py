"""Service pages, Ämter pages, the A-Z and the online-services overview of www.landkreis-hasetal.de."""

from __future__ import annotations

from hasetal_core import KREIS, Site, Svc, docx_bytes, esc, pdf_bytes, url
from hasetal_layout import (AEMTER, AEMTER_INDEX, AMT, AZ_INDEX, ONLINE, amt_link, page, seite,
                            zustaendig)
from hasetal_portals import PORTAL, booking_url

JS_PAGE = seite("gesundheit-und-soziales-leistungen", 91, 21401)

LEVEL_WHY = {
    1: "own information page on the Kreis site",
    2: "downloadable form on the service page",
    3: "link to an HTML application form on {host}",
    4: "link to an HTML form on {host} that states fully digital processing with electronic delivery of the notice",
}


def _doc_file(site: Site, kind: str, path: str, text: str) -> None:
    if (KREIS, path) in site.files:
        return
    if kind == "pdf":
        site.add(KREIS, path, pdf_bytes(text))
    else:
        site.add(KREIS, path, docx_bytes(text, ["Name, Vorname: ____________", "Anschrift: ____________",
                                                 "Datum, Unterschrift: ____________"]))


def offers_html(site: Site, svc: Svc, page_url: str) -> str:
    """The 'Formulare und Online-Dienste' block; records the evidence each link proves."""
    docs, onl, extra = [], [], []
    for offer in svc.offers:
        kind = offer[0]
        if kind in ("pdf", "docx"):
            _, path, text, size = offer
            _doc_file(site, kind, path, text)
            label = "PDF" if kind == "pdf" else "Word"
            meta = f" ({label}{', ' + size if size else ''})"
            docs.append(f'<li><a href="{path}" class="download {kind}">{esc(text)}</a>{meta}</li>')
            site.ev(svc.ozg, 2, page_url, f"{label} form '{text}' on {svc.title}")
        elif kind == "online":
            _, key, text, lead = offer
            level, target = site.portal_levels[key]
            lead_html = f"<p>{esc(lead)}</p>" if lead else ""
            onl.append(f'{lead_html}<p class="onlinedienst"><a href="{target}" class="extern">{esc(text)}</a></p>')
            if level:
                host = target.split("/")[2]
                site.ev(svc.ozg, level, page_url, LEVEL_WHY[level].format(host=host) + f" ('{text}')")
        elif kind == "booking":
            extra.append(f'<p class="termin"><a href="{booking_url()}">{esc(offer[1])}</a> '
                         "(Terminvergabe des Straßenverkehrsamtes)</p>")
        elif kind == "note":
            extra.append(offer[1])
    out = []
    if onl:
        out.append("<h2>Online-Dienst</h2>\n" + "\n".join(onl))
    if docs:
        out.append('<h2>Formulare</h2>\n<ul class="dokumente">' + "".join(docs) + "</ul>")
    out.extend(extra)
    return "\n".join(out)


def _liste(title: str, items: list[str]) -> str:
    if not items:
        return ""
    return f"<h2>{title}</h2>\n<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"


def render_service(site: Site, svc: Svc) -> None:
    page_url = url(KREIS, svc.path)
    site.ev(svc.ozg, 1, page_url, f"own information page '{svc.title}'")
    if svc.legacy:
        from hasetal_pages_misc import legacy_service  # ISO-8859-1 archive layout

        legacy_service(site, svc)
        return
    hinweis = f'<div class="hinweis"><p>{esc(svc.hinweis)}</p></div>' if svc.hinweis else ""
    body = f"""<article class="leistung">
<h1>{esc(svc.title)}</h1>
<p class="einleitung">{esc(svc.text)}</p>
{hinweis}
{_liste("Voraussetzungen", svc.voraus)}
{_liste("Welche Unterlagen werden benötigt?", svc.unterlagen)}
{f"<h2>Gebühren</h2><p>{esc(svc.kosten)}</p>" if svc.kosten else ""}
{offers_html(site, svc, page_url)}
{zustaendig(svc.amt)}
<p class="stand">Stand der Information: 14.02.2025</p>
</article>"""
    amt = AMT[svc.amt]
    trail = [("Ämter und Einrichtungen", AEMTER_INDEX), (amt.name, amt.path), (svc.title, "")]
    if svc.js_only:
        trail = [("Gesundheit und Soziales", JS_PAGE), (svc.title, "")]
        site.js_only.add(page_url)
    aside = f"<h2>Weitere Leistungen</h2><p>{amt_link(svc.amt)}</p><p><a href=\"{AZ_INDEX}\">Alle Leistungen A–Z</a></p>"
    site.add(KREIS, svc.path, page(svc.title, body, trail, aside))


def render_aemter(site: Site, services: list[Svc]) -> None:
    for amt in AEMTER:
        mine = [s for s in services if s.amt == amt.key and not s.js_only]
        items = "".join(f'<li><a href="{s.path}">{esc(s.title)}</a></li>' for s in mine)
        extra = ""
        if amt.key in ("gesundheitsamt", "sozialamt"):
            extra += f'<p><a href="{JS_PAGE}">Weitere Leistungen aus Gesundheit und Soziales</a></p>'
        if amt.key == "gesundheitsamt":
            extra += ('<h2>Aktuelles aus dem Gesundheitsamt</h2><p><a href="/portal/seiten/'
                      'masernschutz-nachweis-kita-schule-900000305-21402.html">Masernschutz: Was Eltern vor dem '
                      "Kita-Start wissen müssen</a></p>")
        if amt.key == "strassenverkehrsamt":
            extra += (f'<h2>Termine</h2><p>Die Zulassungsstelle arbeitet nur mit Termin. '
                      f'<a href="{booking_url()}">Termin für die Zulassungsstelle buchen</a></p>')
        if amt.key == "jugendamt":
            extra += ('<p>Die Elterngeldstelle sucht Verstärkung: <a href="/portal/seiten/'
                      'stellenangebot-sachbearbeitung-elterngeld-900000402-21402.html">Stellenangebot</a></p>')
        body = f"""<h1>{esc(amt.name)}</h1>
<p class="fachbereich">{esc(amt.fachbereich)}</p>
<p>{esc(amt.intro)}</p>
<h2>Leistungen</h2>
<ul class="leistungsliste">{items}</ul>
{extra}
<h2>Kontakt</h2>
<p>{esc(amt.haus)}<br>Telefon {esc(amt.telefon)}<br>Öffnungszeiten: {esc(amt.zeiten)}</p>"""
        site.add(KREIS, amt.path, page(amt.name, body, [("Ämter und Einrichtungen", AEMTER_INDEX), (amt.name, "")]))
    rows = "".join(f'<li><a href="{a.path}">{esc(a.name)}</a> – {esc(a.fachbereich)}</li>' for a in AEMTER)
    body = f"<h1>Ämter und Einrichtungen</h1>\n<p>Die Kreisverwaltung gliedert sich in fünf Fachbereiche.</p>\n<ul>{rows}</ul>"
    site.add(KREIS, AEMTER_INDEX, page("Ämter und Einrichtungen", body))


# Entries in the A-Z that are not own services: (term, href or "", note)
AZ_EXTRA = [
    ("Abfuhrkalender", AMT["abfallwirtschaft"].path, "Termine der Müllabfuhr"),
    ("Ausländerbehörde", AMT["ordnungsamt"].path, ""),
    ("Kreistag", "/portal/seiten/kreistag-und-ausschuesse-900000004-21402.html", ""),
    ("Meldebescheinigung", "", "zuständig ist Ihre Stadt oder Gemeinde"),
    ("Personalausweis", "/portal/seiten/personalausweis-und-reisepass-900000099-21402.html",
     "Hinweis auf die Zuständigkeit der Gemeinden"),
    ("Stellenangebote", "/portal/seiten/karriere-beim-landkreis-900000005-21402.html", ""),
    ("Ummeldung", "", "Ummeldung des Wohnsitzes bei Ihrer Stadt oder Gemeinde"),
    ("Zulassungsstelle", AMT["strassenverkehrsamt"].path, ""),
]


def _letter(term: str) -> str:
    first = term[0].upper()
    return {"Ä": "A", "Ö": "O", "Ü": "U"}.get(first, first)


def render_az(site: Site, services: list[Svc]) -> None:
    entries: list[tuple[str, str, str]] = []
    for svc in services:
        if svc.js_only:
            continue
        for term in svc.az[:1]:  # one entry per page keeps the directory near 40 entries
            entries.append((term, svc.path, ""))
    entries.extend(AZ_EXTRA)
    letters: dict[str, list[tuple[str, str, str]]] = {}
    for entry in sorted(entries, key=lambda e: e[0].lower().replace("ä", "a").replace("ü", "u").replace("ö", "o")):
        letters.setdefault(_letter(entry[0]), []).append(entry)

    def nav(current: str = "") -> str:
        cells = []
        for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
            if ch in letters and ch != current:
                cells.append(f'<a href="/a-z/{ch.lower()}.html">{ch}</a>')
            else:
                cells.append(f'<span class="{"aktiv" if ch == current else "leer"}">{ch}</span>')
        return '<nav class="az-navigation">' + " ".join(cells) + "</nav>"

    for ch, items in letters.items():
        rows = []
        for term, href, extra in items:
            link = f'<a href="{href}">{esc(term)}</a>' if href else esc(term)
            rows.append(f"<li>{link}{' – ' + esc(extra) if extra else ''}</li>")
        body = f"<h1>Dienstleistungen A–Z: {ch}</h1>\n{nav(ch)}\n<ul class=\"az-liste\">{''.join(rows)}</ul>"
        site.add(KREIS, f"/a-z/{ch.lower()}.html",
                 page(f"Dienstleistungen A–Z: {ch}", body, [("Dienstleistungen A–Z", AZ_INDEX), (ch, "")]))
    body = ("<h1>Dienstleistungen A–Z</h1>\n<p>Wählen Sie einen Anfangsbuchstaben. Viele Anliegen – etwa "
            "Meldewesen, Personalausweis oder Hundesteuer – erledigen Sie nicht beim Landkreis, sondern bei "
            f"Ihrer Stadt oder Gemeinde.</p>\n{nav()}")
    site.add(KREIS, AZ_INDEX, page("Dienstleistungen A–Z", body))


def render_online_overview(site: Site, services: list[Svc]) -> None:
    """Direct links to the portal forms (only working ones), grouped like a typical Kreis 'Online-Dienste' page."""
    page_url = url(KREIS, ONLINE)
    rows = []
    for svc in services:
        for offer in svc.offers:
            if offer[0] != "online":
                continue
            level, target = site.portal_levels[offer[1]]
            if not level:
                continue
            if any(target in r for r in rows):
                continue
            rows.append(f'<li><a href="{target}">{esc(svc.title)}</a> <span class="amt">({esc(AMT[svc.amt].name)})</span></li>')
            host = target.split("/")[2]
            site.ev(svc.ozg, level, page_url, LEVEL_WHY[level].format(host=host) + " (Online-Dienste overview)")
    body = f"""<h1>Online-Dienste</h1>
<p>Diese Anliegen können Sie bereits online erledigen. Für viele Dienste benötigen Sie ein Nutzerkonto (BundID)
oder den Online-Ausweis.</p>
<ul class="online">{''.join(rows)}</ul>
<p>Weitere Formulare zum Herunterladen finden Sie bei der jeweiligen Leistung im <a href="{AZ_INDEX}">Bürgerservice A–Z</a>.</p>"""
    site.add(KREIS, ONLINE, page("Online-Dienste", body))
