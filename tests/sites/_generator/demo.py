"""Two small demo municipalities in data/demo/sites: Samtgemeinde Beispielheide (Contao-like) and Stadt Musterhafen
(Government-Site-Builder-like)."""

from __future__ import annotations

from common import DEMO, Host, e
from generic import Spec, service_body


# ============================================================ Samtgemeinde Beispielheide
B = Host(DEMO, "www.samtgemeinde-beispielheide.de")
B.municipality = {"name": "Samtgemeinde Beispielheide", "type": "samtgemeinde", "landkreis": "Landkreis Marschland",
                  "ags": "03999502"}


def b_chrome(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>{title} - Samtgemeinde Beispielheide</title>
<base href="http://www.samtgemeinde-beispielheide.de/">
<meta name="robots" content="index,follow"><link rel="stylesheet" href="assets/css/layout.min.css"></head>
<body id="top" class="contao">
<div id="wrapper"><header id="header"><div class="inside"><a href="./" class="logo">Samtgemeinde <b>Beispielheide</b></a>
<nav class="mod_navigation block"><ul class="level_1"><li><a href="rathaus.html">Rathaus</a></li>
<li><a href="buergerservice.html">Bürgerservice</a></li><li><a href="online-dienste.html">Online-Dienste</a></li>
<li><a href="aktuelles.html">Aktuelles</a></li></ul></nav></div></header>
<div id="container"><main id="main"><div class="inside"><div class="mod_article block">
{body}
</div></div></main></div>
<footer id="footer"><div class="inside"><p>Samtgemeinde Beispielheide · Am Markt 3 · 29599 Beispielheide ·
<a href="tel:+495812030">05812 030</a></p><p><a href="impressum.html">Impressum</a> · <a href="datenschutz.html">Datenschutz</a>
· <a href="barrierefreiheit.html">Barrierefreiheit</a></p></div></footer></div></body></html>"""


B_CONTACT = """<p>Bürgerbüro Beispielheide<br>Am Markt 3, Erdgeschoss<br>Telefon <a href="tel:+4958120310">05812 03-10</a>
· <a href="mailto:buergerbuero@samtgemeinde-beispielheide.de">E-Mail schreiben</a></p>"""
B_SPECS = [
    Spec("10160", "leistungen/hundesteuer.html", 2, online=[("rd-bh-hund", "Hier online anmelden")]),
    Spec("10145", "leistungen/briefwahl.html", 0, online=[("rd-bh-briefwahl", "Briefwahl online")]),
    Spec("10559", "leistungen/meldebescheinigung.html", 1, online=[("rd-bh-meldebescheinigung", "Zum Online-Dienst")]),
    Spec("10294", "leistungen/gewerbe.html", 2, online=[("rd-bh-gewerbe", "Online-Gewerbeanzeige")]),
    Spec("10019", "leistungen/kita.html", 1, online=[("rd-bh-kita", "Kita-Platz online anmelden")]),
    Spec("10119", "leistungen/personalausweis.html", 0),
    Spec("10177", "leistungen/reisepass.html", 1),
    Spec("10117", "leistungen/grundsteuer.html", 0),
    Spec("10026", "leistungen/eheschliessung.html", 2),
    Spec("10147", "leistungen/osterfeuer.html", 1,
         pdf=("files/formulare/osterfeuer_anmeldung.pdf", "Anzeige eines Osterfeuers", ["Veranstalter:", "Standort:",
              "Datum:"], "Anzeige Osterfeuer (PDF, {size})")),
    Spec("10124", "leistungen/anmeldung-wohnung.html", 0),
    Spec("10244", "leistungen/fundbuero.html", 0,
         pdf=("files/formulare/verlustanzeige.pdf", "Verlustanzeige", ["Gegenstand:", "Datum:", "Ort:"],
              "Verlustanzeige zum Ausdrucken")),
]


def build_beispielheide() -> Host:
    entries = []
    for spec in B_SPECS:
        title, body = service_body(B, spec, "contao", B_CONTACT)
        B.page(spec.path, b_chrome(e(title), f'<div class="ce_text block">{body}</div>'))
        entries.append((title, spec.path))
    page = "/buergerservice.html"
    for ozg, key, label in (("10104", "sn-rente", "Rentenantrag"), ("10148", "sn-fischereischein", "Fischereischein"),
                            ("10092", "sn-wohngeld", "Wohngeld"),
                            ("10562", "sn-fuehrungszeugnis", "Führungszeugnis")):
        entries.append((label, ("portal", key, ozg)))
    entries.sort(key=lambda item: item[0])
    items = []
    for label, target in entries:
        if isinstance(target, tuple):
            items.append("<li>" + B.link_portal(target[1], e(label), page, ozg=target[2], context="A–Z entry",
                                                attrs=' target="_blank"') + " (Serviceportal Niedersachsen)</li>")
        else:
            items.append(f'<li><a href="{target}">{e(label)}</a></li>')
    B.page("buergerservice.html", b_chrome("Bürgerservice", f"""<h1>Bürgerservice von A bis Z</h1>
<ul class="az">{''.join(items)}</ul>"""))
    page = "/online-dienste.html"
    tiles = "".join("<li>" + B.link_portal(k, t, page) + "</li>" for k, t in (
        ("rd-bh-hund", "Hund anmelden"), ("rd-bh-briefwahl", "Briefwahl"), ("rd-bh-meldebescheinigung",
                                                                             "Meldebescheinigung"),
        ("rd-bh-kita", "Kita-Anmeldung"), ("rd-bh-gewerbe", "Gewerbe")))
    B.page("online-dienste.html", b_chrome("Online-Dienste", f"""<h1>Online-Dienste</h1><p>Unsere Online-Dienste
finden Sie im Portal <a href="https://beispielheide.rathausdirekt.de/">rathausdirekt</a>.</p><ul>{tiles}</ul>"""))
    B.page("aktuelles.html", b_chrome("Aktuelles", """<h1>Aktuelles</h1><div class="layout_latest"><h2>Zulassungsstelle
mit neuen Öffnungszeiten</h2><p>Der Landkreis teilt mit, dass die Kfz-Zulassungsstelle künftig auch samstags
geöffnet ist.</p></div><div class="layout_latest"><h2>Heideblütenfest</h2><p>Am 24. August auf dem Marktplatz.</p></div>"""))
    B.neg("10439", "Kfz-Zulassung only in a news item")
    B.page("rathaus.html", b_chrome("Rathaus", """<h1>Rathaus</h1><p>Öffnungszeiten: Mo–Fr 8–12 Uhr, Do 14–17:30 Uhr.</p>
<p>Samtgemeindebürgermeister: Lars Tietjen</p><p>Termine nach Vereinbarung: <a href="tel:+4958120310">05812 03-10</a></p>"""))
    for slug, title in (("impressum", "Impressum"), ("datenschutz", "Datenschutz"), ("barrierefreiheit", "Barrierefreiheit")):
        B.page(f"{slug}.html", b_chrome(title, f"<h1>{title}</h1><p>Samtgemeinde Beispielheide, Am Markt 3.</p>"))
    B.page("index.html", b_chrome("Startseite", """<h1>Willkommen in der Samtgemeinde Beispielheide</h1>
<p><a href="buergerservice.html">Bürgerservice A–Z</a> · <a href="online-dienste.html">Online-Dienste</a></p>
<p>Neu: <a href="leistungen/meldebescheinigung.html">Meldebescheinigung vollständig digital</a></p>"""))
    B.raw("robots.txt", b"User-agent: *\nDisallow: /contao/\n")
    return B


# ============================================================ Stadt Musterhafen
M = Host(DEMO, "www.stadt-musterhafen.de")
M.municipality = {"name": "Stadt Musterhafen", "type": "stadt", "landkreis": "Landkreis Friesische Küste (fiktiv)",
                  "ags": "03998007"}


def m_chrome(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="UTF-8"><title>Stadt Musterhafen - {title}</title>
<link rel="stylesheet" href="/SiteGlobals/Css/screen.css"></head>
<body><div class="header"><a href="/DE/Home/home_node.html" class="brand">Stadt Musterhafen</a>
<ul class="navMain"><li><a href="/DE/Buergerservice/buergerservice_node.html">Bürgerservice</a></li>
<li><a href="/DE/Rathaus/rathaus_node.html">Rathaus</a></li><li><a href="/DE/Hafen/hafen_node.html">Hafen &amp; Tourismus</a></li></ul>
</div><div id="content" class="content">{body}</div>
<div class="footer"><a href="/DE/Service/Impressum/impressum_node.html">Impressum</a> |
<a href="/DE/Service/Datenschutz/datenschutz_node.html">Datenschutz</a> | Stadt Musterhafen, Hafenstraße 1, 26999 Musterhafen</div>
</body></html>"""


M_CONTACT = """<p class="kontakt">Stadt Musterhafen · Bürgeramt · Hafenstraße 1 · Tel. <a href="tel:+49499990">04999 90</a><br>
<a href="mailto:buergeramt@stadt-musterhafen.de">buergeramt@stadt-musterhafen.de</a></p>"""
DL = "SharedDocs/Downloads/DE/Formulare"
M_SPECS = [
    Spec("10294", "DE/Buergerservice/Leistungen/Gewerbe/gewerbe_node.html", 0, online=[("fs-mh-gewerbe", "Jetzt online erledigen")]),
    Spec("10160", "DE/Buergerservice/Leistungen/Hundesteuer/hundesteuer_node.html", 0,
         online=[("fs-mh-hund", "Online-Antrag Hundesteuer")]),
    Spec("10348", "DE/Buergerservice/Leistungen/Sondernutzung/sondernutzung_node.html", 1,
         online=[("fs-mh-sondernutzung", "Online-Antrag")]),
    Spec("10026", "DE/Buergerservice/Leistungen/Eheschliessung/eheschliessung_node.html", 1,
         online=[("efa-ehe", "Eheschließung online anmelden")]),
    Spec("10092", "DE/Buergerservice/Leistungen/Wohngeld/wohngeld_node.html", 1,
         online=[("efa-wohngeld", "Wohngeld online beantragen")]),
    Spec("10124", "DE/Buergerservice/Leistungen/Anmeldung/anmeldung_node.html", 0, online=[("wsa", "Wohnsitz digital anmelden")]),
    Spec("10562", "DE/Buergerservice/Leistungen/Fuehrungszeugnis/fuehrungszeugnis_node.html", 0,
         online=[("bund-fz", "Führungszeugnis online")]),
    Spec("10112", "DE/Buergerservice/Leistungen/Baumschutz/baumschutz_node.html", 2,
         pdf=(f"{DL}/antrag-baumfaellung.pdf?__blob=publicationFile&v=3", "Antrag Baumfällung",
              ["Baumart:", "Stammumfang:"], "Antrag Baumfällung (PDF, {size}, Datei ist nicht barrierefrei)")),
    Spec("10349", "DE/Buergerservice/Leistungen/Veranstaltungen/veranstaltungen_node.html", 0,
         pdf=(f"{DL}/veranstaltungsanzeige.pdf", "Veranstaltungsanzeige", ["Veranstalter:", "Datum:"],
              "Veranstaltungsanzeige (PDF, {size})")),
    Spec("10119", "DE/Buergerservice/Leistungen/Personalausweis/personalausweis_node.html", 0),
    Spec("10177", "DE/Buergerservice/Leistungen/Reisepass/reisepass_node.html", 0),
    Spec("10557", "DE/Buergerservice/Leistungen/Geburtsurkunde/geburtsurkunde_node.html", 0),
    Spec("10117", "DE/Buergerservice/Leistungen/Grundsteuer/grundsteuer_node.html", 1),
    Spec("10135", "DE/Buergerservice/Leistungen/Kirchenaustritt/kirchenaustritt_node.html", 0),
    Spec("10014", "DE/Buergerservice/Leistungen/Stadtbuecherei/stadtbuecherei_node.html", 2, title="Stadtbücherei Musterhafen"),
    Spec("10346", "DE/Buergerservice/Leistungen/Sperrzeit/sperrzeit_node.html", 1,
         pdf=(f"{DL}/antrag-sperrzeit.docx", "Antrag Sperrzeitverkürzung", ["Betrieb:", "Anlass:", "Datum:"],
              "Antrag (DOCX, {size})", "docx")),
]


def build_musterhafen() -> Host:
    items = []
    for spec in M_SPECS:
        if spec.pdf and "?" in spec.pdf[0]:
            # GSB-style download links carry ?__blob=...; the file itself has no query
            file = spec.pdf[0].split("?")[0]
            spec.pdf = (file, *spec.pdf[1:])
        title, body = service_body(M, spec, "govsb", M_CONTACT)
        if "baumfaellung" in body:
            body = body.replace("antrag-baumfaellung.pdf\"", "antrag-baumfaellung.pdf?__blob=publicationFile&amp;v=3\"")
        M.page(spec.path, m_chrome(e(title), f'<div class="singleview">{body}</div>'))
        items.append(f'<li><a href="/{spec.path}">{e(title)}</a></li>')
    page = "/DE/Buergerservice/buergerservice_node.html"
    M.page(page.lstrip("/"), m_chrome("Bürgerservice", f"""<h1>Bürgerservice</h1><p>Was möchten Sie erledigen?</p>
<ul class="linklist">{''.join(items)}</ul><p><a href="https://www.terminvergabe-nord.de/musterhafen/">Terminbuchung</a></p>"""))
    page = "/DE/Hafen/hafen_node.html"
    M.page(page.lstrip("/"), m_chrome("Hafen &amp; Tourismus", """<h1>Hafen &amp; Tourismus</h1><p>Der Sportboothafen wird
vom Wassersportverein Musterhafen betrieben. Stadtführungen bietet die Tourist-Info am Kai an.</p><p>Presse: <a href="https://www.marschland-kurier.de/">
Marschland-Kurier</a></p>"""))
    M.page("DE/Rathaus/rathaus_node.html", m_chrome("Rathaus", """<h1>Rathaus</h1><p>Bürgermeisterin Jantje Rewerts.</p>
<h2>Stellenangebot: Standesbeamtin / Standesbeamter (m/w/d)</h2><p>Zu den Aufgaben gehört auch die Bearbeitung von
Einbürgerungsanträgen in Zusammenarbeit mit dem Landkreis.</p>"""))
    M.neg("10257", "Einbürgerung only mentioned in a job advert")
    for slug, title in (("Impressum/impressum_node.html", "Impressum"), ("Datenschutz/datenschutz_node.html", "Datenschutz")):
        M.page(f"DE/Service/{slug}", m_chrome(title, f"<h1>{title}</h1><p>Stadt Musterhafen</p>"))
    M.page("DE/Home/home_node.html", m_chrome("Startseite", """<h1>Willkommen in Musterhafen</h1><p>Hafenstadt an der Küste.</p>
<p><a href="/DE/Buergerservice/buergerservice_node.html">Zum Bürgerservice</a></p>"""))
    M.page("index.html", """<!DOCTYPE html><html lang="de"><head><meta charset="UTF-8"><meta http-equiv="refresh"
content="0; url=/DE/Home/home_node.html"><title>Stadt Musterhafen</title></head><body><a href="/DE/Home/home_node.html">
Weiter zur Startseite</a></body></html>""")
    M.raw("robots.txt", b"User-agent: *\nDisallow: /SiteGlobals/Forms/\n")
    M.site_json = {"redirects": {"/DE/": "/DE/Home/home_node.html"}}
    return M


def build() -> list[Host]:
    return [build_beispielheide(), build_musterhafen()]
