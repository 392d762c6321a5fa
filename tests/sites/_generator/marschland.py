"""www.lk-marschland.de – Landkreis Marschland, a Sitepark/GSB-like portal with /portal/seiten/...-900000NNN-21400.html URLs."""

from __future__ import annotations

from common import TESTS, Host, e
from generic import Spec, service_body

H = Host(TESTS, "www.lk-marschland.de")
H.municipality = {"name": "Landkreis Marschland", "type": "landkreis", "ags": "03999000"}
AREAS = [("Verkehr &amp; Mobilität", "verkehr-mobilitaet-900000010-21400.html"),
         ("Bauen &amp; Umwelt", "bauen-umwelt-900000011-21400.html"),
         ("Familie &amp; Soziales", "familie-soziales-900000012-21400.html"),
         ("Sicherheit &amp; Ordnung", "sicherheit-ordnung-900000013-21400.html"),
         ("Kreisverwaltung", "kreisverwaltung-900000014-21400.html")]
SEITEN = "portal/seiten"
OFFICES = {
    "Straßenverkehrsamt": ("Fachdienst 36 – Straßenverkehr", "Kreishaus, Gebäude B", "04751 30-360"),
    "Führerscheinstelle": ("Fachdienst 36 – Führerscheinstelle", "Kreishaus, Gebäude B", "04751 30-365"),
    "Bauaufsicht": ("Fachdienst 63 – Bauaufsicht", "Kreishaus, Raum 3.14", "04751 30-630"),
    "Elterngeldstelle": ("Fachdienst 51 – Elterngeldstelle", "Kreishaus, Raum 1.20", "04751 30-515"),
    "Jugendamt": ("Fachdienst 51 – Jugend und Familie", "Kreishaus, Raum 1.05", "04751 30-510"),
    "Waffenbehörde": ("Fachdienst 32 – Waffen und Jagd", "Kreishaus, Raum 2.08", "04751 30-325"),
    "Ausländerbehörde": ("Fachdienst 33 – Ausländerbehörde", "Nebenstelle Deichstraße 4", "04751 30-330"),
    "Sozialamt": ("Fachdienst 50 – Soziales", "Kreishaus, Raum 0.18", "04751 30-500"),
    "Gesundheitsamt": ("Fachdienst 53 – Gesundheit", "Gesundheitsamt, Hafenstraße 2", "04751 30-530"),
    "Schulamt": ("Fachdienst 40 – Schule und Kultur", "Kreishaus, Raum 2.22", "04751 30-400"),
    "Abfallwirtschaft": ("Abfallwirtschaftsbetrieb Marschland (AWM)", "Betriebshof Deichweg", "04751 30-700"),
    "Denkmalschutz": ("Fachdienst 63 – Denkmalschutz", "Kreishaus, Raum 3.10", "04751 30-635"),
}


def chrome(title: str, body: str, crumbs: list[tuple[str, str]]) -> str:
    nav = "".join(f'<li><a href="/{SEITEN}/{href}">{label}</a></li>' for label, href in AREAS)
    trail = "".join(f'<li><a href="{h}">{t}</a></li>' if h else f"<li><span>{t}</span></li>" for t, h in crumbs)
    return f"""<!DOCTYPE html>
<html lang="de" dir="ltr"><head><meta charset="UTF-8">
<title>{title} | Landkreis Marschland</title>
<meta name="generator" content="Sitepark InfoSite">
<link rel="stylesheet" href="/portal/layout/lk-marschland/css/base.css"></head>
<body>
<div id="skip"><a href="#main">Zum Inhalt</a> <a href="#nav">Zur Navigation</a></div>
<header id="header"><div class="logo"><a href="/"><img src="/portal/layout/lk-marschland/img/logo.svg" alt="Landkreis Marschland – zur Startseite"></a></div>
<div class="servicelinks"><a href="/{SEITEN}/kontakt-900000002-21400.html">Kontakt</a> <a href="/{SEITEN}/online-dienste-900000020-21400.html">Online-Dienste</a>
<a href="/{SEITEN}/leistungen-a-z-900000001-21400.html">Leistungen A–Z</a></div></header>
<nav id="nav"><ul>{nav}</ul></nav>
<ol class="breadcrumb"><li><a href="/">Startseite</a></li>{trail}</ol>
<main id="main">{body}</main>
<footer id="footer"><div class="adresse">Landkreis Marschland · Kreishaus · Am Deich 1 · 21790 Marschstedt · Telefon 04751 30-0</div>
<nav class="footer"><a href="/{SEITEN}/impressum-900000003-21400.html">Impressum</a> · <a href="/{SEITEN}/datenschutz-900000004-21400.html">Datenschutz</a> ·
<a href="/{SEITEN}/barrierefreiheit-900000005-21400.html">Barrierefreiheit</a> · <a href="/{SEITEN}/kontakt-900000002-21400.html">Kontakt</a></nav>
<p class="cookie">Diese Seite nutzt Matomo ohne Cookies.</p></footer></body></html>"""


def contact(office: str) -> str:
    unit, room, tel = OFFICES[office]
    return f"""<div class="kontaktbox"><p><strong>{unit}</strong><br>{room}<br>Tel. <a href="tel:{tel.replace(' ', '').replace('-', '')}">{tel}</a></p>
<p>Sprechzeiten: Mo, Di, Fr 8–12 Uhr, Do 14–17 Uhr</p></div>"""


CIV = "https://antrag.lk-marschland.de/civ.public"
SPECS = [
    # area index, spec
    (0, Spec("10439", f"{SEITEN}/kfz-zulassung-900000101-21400.html", 0, "Straßenverkehrsamt", second_text=True,
             online=[("civ-ikfz", "Fahrzeug online zulassen (i-Kfz)")],
             extra='<p>Für Vorgänge vor Ort: <a href="https://www.terminvergabe-nord.de/lk-marschland/" '
                   'target="_blank">Termin in der Zulassungsstelle buchen</a></p>')),
    (0, Spec("10436", f"{SEITEN}/wunschkennzeichen-900000102-21400.html", 2, "Straßenverkehrsamt",
             online=[("civ-wunschkennzeichen", "Hier online reservieren")])),
    (0, Spec("10169", f"{SEITEN}/fuehrerschein-900000103-21400.html", 1, "Führerscheinstelle", second_text=True,
             online=[("civ-fuehrerschein", "Online-Antrag Führerschein")])),
    (0, Spec("10423", f"{SEITEN}/fahrerkarte-900000104-21400.html", 0, "Führerscheinstelle",
             pdf=("portal/downloads/fs36/antrag_fahrerkarte.pdf", "Antrag auf Ausstellung einer Fahrerkarte",
                  ["Führerscheinnummer:", "[ ] Erstausstellung", "[ ] Erneuerung", "[ ] Ersatz"],
                  "Antrag Fahrerkarte (PDF, {size})"))),
    (1, Spec("10519", f"{SEITEN}/bauantrag-900000201-21400.html", 2, "Bauaufsicht", second_text=True,
             online=[("civ-bauantrag", "Bauantrag digital einreichen")])),
    (1, Spec("10513", f"{SEITEN}/abbruch-900000202-21400.html", 1, "Bauaufsicht",
             pdf=("portal/downloads/fd63/abbruchanzeige.pdf", "Anzeige der Beseitigung baulicher Anlagen",
                  ["Grundstück:", "Art der Anlage:", "Beginn der Arbeiten:"], "Abbruchanzeige (PDF, {size})"))),
    (1, Spec("10517", f"{SEITEN}/baulasten-900000203-21400.html", 1, "Bauaufsicht")),
    (1, Spec("10525", f"{SEITEN}/denkmalschutz-900000204-21400.html", 1, "Denkmalschutz",
             pdf=("portal/downloads/fd63/antrag_denkmalrechtliche_genehmigung.docx", "Antrag auf denkmalrechtliche "
                  "Genehmigung", ["Objekt:", "Maßnahme:"], "Antrag (Word-Dokument, {size})", "docx"))),
    (1, Spec("10110", f"{SEITEN}/sperrmuell-900000205-21400.html", 1, "Abfallwirtschaft", title="Sperrmüll und "
             "Elektrogeräte", online=[("fs-lk-sperrmuell", "Abholtermin online anmelden")])),
    (2, Spec("10000", f"{SEITEN}/elterngeld-900000301-21400.html", 0, "Elterngeldstelle", second_text=True,
             online=[("eg-digital", "ElterngeldDigital – Antrag online")])),
    (2, Spec("10035", f"{SEITEN}/unterhaltsvorschuss-900000302-21400.html", 0, "Jugendamt",
             online=[("efa-uvg", "Online beantragen")])),
    (2, Spec("10092", f"{SEITEN}/wohngeld-900000303-21400.html", 1, "Sozialamt",
             online=[("efa-wohngeld", "Wohngeld-Antrag online")],
             extra="<p>Einwohnerinnen und Einwohner der Stadt Wesertal und der Samtgemeinde Heideland wenden sich "
                   "bitte an ihre eigene Wohngeldstelle.</p>")),
    (2, Spec("10018", f"{SEITEN}/hilfen-zur-erziehung-900000304-21400.html", 0, "Jugendamt", second_text=True)),
    (2, Spec("10034", f"{SEITEN}/beistandschaft-900000305-21400.html", 0, "Jugendamt")),
    (2, Spec("10009", f"{SEITEN}/sorgeerklaerung-900000306-21400.html", 0, "Jugendamt")),
    (2, Spec("10013", f"{SEITEN}/pflegekinderdienst-900000307-21400.html", 1, "Jugendamt")),
    (2, Spec("10011", f"{SEITEN}/adoption-900000308-21400.html", 1, "Jugendamt")),
    (2, Spec("10214", f"{SEITEN}/schwerbehindertenausweis-900000309-21400.html", 0, "Sozialamt", second_text=True,
             pdf=("portal/downloads/fd50/antrag_feststellung_behinderung.pdf", "Antrag nach § 152 SGB IX "
                  "(Feststellung einer Behinderung)", ["Gesundheitsstörungen:", "behandelnde Ärzte:",
                                                      "[ ] Merkzeichen G", "[ ] Merkzeichen aG"],
                  "Antragsvordruck (PDF, {size})"),
             extra='<p>Informationen des Landesamtes: <a href="https://service.niedersachsen.de/detail/pstid-8652018/" '
                   'target="_blank">Serviceportal Niedersachsen</a></p>')),
    (2, Spec("10084", f"{SEITEN}/grundsicherung-900000310-21400.html", 0, "Sozialamt",
             pdf=("portal/downloads/fd50/antrag_grundsicherung.pdf", "Antrag auf Leistungen der Grundsicherung im "
                  "Alter und bei Erwerbsminderung", ["Rentenversicherungsnummer:", "Einkommen:", "Vermögen:"],
                  "Antrag Grundsicherung (PDF, {size})"))),
    (2, Spec("10218", f"{SEITEN}/hilfe-zur-pflege-900000311-21400.html", 0, "Sozialamt")),
    (2, Spec("10266", f"{SEITEN}/asylbewerberleistungen-900000312-21400.html", 0, "Sozialamt")),
    (2, Spec("10088", f"{SEITEN}/bildung-und-teilhabe-900000313-21400.html", 1, "Sozialamt",
             pdf=("portal/downloads/fd50/but_antrag.pdf", "Antrag auf Leistungen für Bildung und Teilhabe",
                  ["[ ] Schulausflüge", "[ ] Mittagsverpflegung", "[ ] Lernförderung", "[ ] Vereinsbeitrag"],
                  "BuT-Antrag (PDF, {size})"))),
    (2, Spec("10042", f"{SEITEN}/schuelerbefoerderung-900000314-21400.html", 0, "Schulamt",
             pdf=("portal/downloads/fd40/erstattung_schuelerbefoerderung.pdf", "Antrag auf Erstattung von "
                  "Schülerbeförderungskosten", ["Schule:", "Klasse:", "Schulweg in km:"],
                  "Erstattungsantrag (PDF, {size})"))),
    (2, Spec("10056", f"{SEITEN}/schueler-bafoeg-900000315-21400.html", 0, "Schulamt")),
    (3, Spec("10151", f"{SEITEN}/waffenbesitzkarte-900000401-21400.html", 0, "Waffenbehörde",
             pdf=("portal/downloads/fd32/antrag_wbk.pdf", "Antrag auf Erteilung einer Waffenbesitzkarte",
                  ["[ ] Jäger", "[ ] Sportschütze", "[ ] Erbe", "Verein:"], "Antrag WBK (PDF, {size})"))),
    (3, Spec("10152", f"{SEITEN}/waffen-anzeigen-900000402-21400.html", 1, "Waffenbehörde",
             online=[("civ-waffenerwerb", "Anzeige online erstatten")])),
    (3, Spec("10149", f"{SEITEN}/jagdschein-900000403-21400.html", 2, "Waffenbehörde",
             online=[("civ-jagdschein", "Jagdschein online verlängern")])),
    (3, Spec("10255", f"{SEITEN}/aufenthaltstitel-900000404-21400.html", 1, "Ausländerbehörde",
             pdf=("portal/downloads/fd33/antrag_aufenthaltstitel.pdf", "Antrag auf Erteilung/Verlängerung eines "
                  "Aufenthaltstitels", ["Staatsangehörigkeit:", "Passnummer:", "Aufenthaltszweck:"],
                  "Antragsformular (PDF, {size})"),
             extra='<p><a href="https://www.terminvergabe-nord.de/lk-marschland/" target="_blank">Termin bei der '
                   'Ausländerbehörde vereinbaren</a></p>')),
    (3, Spec("10257", f"{SEITEN}/einbuergerung-900000405-21400.html", 0, "Ausländerbehörde", second_text=True)),
    (3, Spec("10273", f"{SEITEN}/verpflichtungserklaerung-900000406-21400.html", 0, "Ausländerbehörde")),
    (3, Spec("10071", f"{SEITEN}/infektionsschutzbelehrung-900000407-21400.html", 1, "Gesundheitsamt")),
]


def build() -> Host:
    area_items: list[list[str]] = [[] for _ in AREAS]
    az = []
    for area, spec in SPECS:
        title, body = service_body(H, spec, "sitepark", contact(spec.office))
        label, href = AREAS[area]
        H.page(spec.path, chrome(e(title), f'<article class="leistung">{body}</article>',
                                 [(label, f"/{SEITEN}/{href}"), (e(title), "")]))
        area_items[area].append(f'<li><a href="/{spec.path}">{e(title)}</a></li>')
        az.append((title, "/" + spec.path))
    for (label, href), items in zip(AREAS, area_items):
        intro = {"Kreisverwaltung": "<p>Landrätin: Dr. Friederike Harms. Kreistag: 50 Abgeordnete.</p>"
                 '<ul><li><a href="/portal/seiten/kreistag-900000501-21400.html">Kreistag</a></li>'
                 '<li><a href="/portal/seiten/stellenangebote-900000502-21400.html">Stellenangebote</a></li>'
                 '<li><a href="/portal/intranet/">Intranet</a></li></ul>'}.get(label.split(" ")[0], "")
        H.page(f"{SEITEN}/{href}", chrome(label, f"<h1>{label}</h1>{intro}<ul class=\"teaserliste\">{''.join(items)}</ul>",
                                          [(label, "")]))
    az.sort(key=lambda item: item[0].replace("Ü", "U").replace("Ä", "A"))
    rows = "".join(f'<li><a href="{href}">{e(title)}</a></li>' for title, href in az)
    H.page(f"{SEITEN}/leistungen-a-z-900000001-21400.html",
           chrome("Leistungen A–Z", f"<h1>Leistungen von A bis Z</h1><ul class=\"az\">{rows}</ul>", [("Leistungen A–Z", "")]))
    page = f"/{SEITEN}/online-dienste-900000020-21400.html"
    links = [("civ-ikfz", "i-Kfz – Fahrzeugzulassung online"), ("civ-wunschkennzeichen", "Wunschkennzeichen"),
             ("civ-bauantrag", "Digitaler Bauantrag"), ("civ-jagdschein", "Jagdschein verlängern"),
             ("efa-uvg", "Unterhaltsvorschuss"), ("fs-lk-sperrmuell", "Sperrmüllanmeldung")]
    items = "".join("<li>" + H.link_portal(k, e(t), page) + "</li>" for k, t in links)
    H.page(page.lstrip("/"), chrome("Online-Dienste", f"""<h1>Online-Dienste des Landkreises</h1><p>Die meisten
Online-Anträge finden Sie in unserem <a href="{CIV}/start.html">Antragsportal</a>. Eine Anmeldung mit BundID ist
für einige Verfahren erforderlich.</p><ul>{items}</ul>""", [("Online-Dienste", "")]))
    H.page(f"{SEITEN}/kreistag-900000501-21400.html", chrome("Kreistag", """<h1>Kreistag</h1><p>Niederschriften der
Sitzungen:</p><ul><li><a href="/portal/downloads/kreistag/niederschrift_kt_2024-12-12.pdf">Niederschrift Kreistag
12.12.2024 (PDF)</a></li></ul>""", [("Kreisverwaltung", f"/{SEITEN}/{AREAS[4][1]}"), ("Kreistag", "")]))
    H.pdf("portal/downloads/kreistag/niederschrift_kt_2024-12-12.pdf", "Niederschrift der 14. Sitzung des Kreistages",
          ["TOP 4: Bedarfsplan Rettungsdienst 2025–2029", "Der Kreistag beschließt die Fortschreibung des "
           "Rettungsdienstbedarfsplans.", "TOP 5: Gebührensatzung Rettungsdienst", "TOP 6: Anfragen"],
          author="Kreistagsbüro")
    H.neg("10246", "Rettungsdienst only appears in Kreistag minutes")
    H.page(f"{SEITEN}/stellenangebote-900000502-21400.html", chrome("Stellenangebote", """<h1>Stellenangebote</h1>
<h2>Lebensmittelkontrolleurin / Lebensmittelkontrolleur (m/w/d)</h2><p>Sie überwachen Betriebe, entnehmen Proben zur
Lebensmittelprüfung und bearbeiten Verbraucherbeschwerden. Bewerbungsfrist: 30.06.</p>
<h2>Sachbearbeitung Elterngeldstelle (m/w/d)</h2><p>Teilzeit, EG 9a TVöD.</p>""",
                                                                  [("Kreisverwaltung", f"/{SEITEN}/{AREAS[4][1]}"), ("Stellenangebote", "")]))
    H.neg("10474", "Lebensmittelprüfung only mentioned in a job advert")
    H.page(f"{SEITEN}/pressemitteilung-wohnsitzanmeldung-900000601-21400.html", chrome("Pressemitteilung", """<h1>Digitale
Wohnsitzanmeldung startet in ersten Kommunen</h1><p class="datum">15.01.2025</p><p>Die Stadt Wesertal und die Samtgemeinde
Heideland bieten die digitale Wohnsitzanmeldung an. Der Landkreis selbst ist keine Meldebehörde.</p>""",
                                                                                    [("Presse", "")]))
    H.neg("10124", "Wohnsitzanmeldung only in a press release; the Landkreis is not a registration office")
    for slug, title, body in (("impressum-900000003-21400.html", "Impressum", "<h1>Impressum</h1><p>Landkreis Marschland, "
                               "vertreten durch die Landrätin Dr. Friederike Harms</p>"),
                              ("datenschutz-900000004-21400.html", "Datenschutz", "<h1>Datenschutz</h1><p>Hinweise "
                               "nach Art. 13 DSGVO.</p>"),
                              ("barrierefreiheit-900000005-21400.html", "Barrierefreiheit", "<h1>Barrierefreiheit</h1>"
                               "<p>Feedback an barrierefrei@lk-marschland.de</p>"),
                              ("kontakt-900000002-21400.html", "Kontakt", '<h1>Kontakt</h1><p>Zentrale: 04751 30-0, '
                               '<a href="mailto:post@lk-marschland.de">post@lk-marschland.de</a></p>')):
        H.page(f"{SEITEN}/{slug}", chrome(title, body, [(title, "")]))
    body = f"""<div class="stage"><h1>Landkreis Marschland</h1><p>Zwischen Deich und Geest – Ihre Kreisverwaltung online.</p></div>
<section class="top-themen"><h2>Top-Themen</h2><ul><li><a href="/{SEITEN}/kfz-zulassung-900000101-21400.html">Kfz-Zulassung</a></li>
<li><a href="/{SEITEN}/fuehrerschein-900000103-21400.html">Führerschein</a></li><li><a href="/{SEITEN}/elterngeld-900000301-21400.html">Elterngeld</a></li>
<li><a href="/{SEITEN}/bauantrag-900000201-21400.html">Bauantrag</a></li><li><a href="/{SEITEN}/online-dienste-900000020-21400.html">Alle Online-Dienste</a></li></ul></section>
<section class="presse"><h2>Pressemitteilungen</h2><ul><li><a href="/{SEITEN}/pressemitteilung-wohnsitzanmeldung-900000601-21400.html">Digitale
Wohnsitzanmeldung startet</a></li></ul></section>
<section><h2>Städte und Gemeinden</h2><ul><li><a href="http://www.sg-heideland.de/">Samtgemeinde Heideland</a></li>
<li><a href="https://www.stadt-wesertal.de/">Stadt Wesertal</a></li><li><a href="http://www.gemeinde-moorhausen.de/">Gemeinde Moorhausen</a></li></ul></section>"""
    H.page("index.html", chrome("Startseite", body, []))
    H.raw("robots.txt", b"User-agent: *\nDisallow: /portal/intranet/\nDisallow: /portal/suche/\n")
    H.site_json = {"status": {"/portal/intranet/": 403}, "redirects": {"/kfz": f"/{SEITEN}/kfz-zulassung-900000101-21400.html"},
                   "latency_ms": [50, 250]}
    urls = "".join(f"<url><loc>https://www.lk-marschland.de/{p.replace('index.html', '')}</loc></url>\n"
                   for p in H.files if p.endswith(".html"))
    H.raw("sitemap.xml", ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
                          f'schemas/sitemap/0.9">\n{urls}</urlset>\n').encode())
    return H
