"""www.stadt-wesertal.de – Stadt Wesertal, a TYPO3-like site with legacy ISO-8859-1 pages and a search trap."""

from __future__ import annotations

from common import TESTS, Host, e
from generic import Spec, service_body
from kb import name, text

H = Host(TESTS, "www.stadt-wesertal.de")
H.municipality = {"name": "Stadt Wesertal", "type": "stadt", "landkreis": "Landkreis Marschland", "ags": "03999012"}
BASE = "rathaus-buergerservice/buergerservice/was-erledige-ich-wo"
SITEMAP: list[str] = []
MENU = [("Rathaus &amp; Bürgerservice", "/rathaus-buergerservice/"), ("Leben in Wesertal", "/leben-in-wesertal/"),
        ("Wirtschaft &amp; Bauen", "/wirtschaft-bauen/"), ("Freizeit &amp; Tourismus", "/freizeit-tourismus/")]
CONTACTS = {
    "Bürgerbüro": ("Bürgerbüro im Rathaus", "Frau Dörte Janßen", "05151 4030-0", "buergerbuero@stadt-wesertal.de"),
    "Standesamt": ("Standesamt", "Herr Malte Claußen", "05151 4030-40", "standesamt@stadt-wesertal.de"),
    "Steueramt": ("Fachdienst Steuern und Abgaben", "Frau Ilka Oltmanns", "05151 4030-22", "steuern@stadt-wesertal.de"),
    "Ordnungsamt": ("Fachdienst Ordnung", "Herr Jens Rademacher", "05151 4030-31", "ordnung@stadt-wesertal.de"),
    "Bauamt": ("Fachdienst Stadtplanung und Umwelt", "Frau Svenja Hollmann", "05151 4030-61", "bauen@stadt-wesertal.de"),
    "Soziales": ("Fachdienst Soziales und Wohngeld", "Herr Tobias Krüger", "05151 4030-50", "soziales@stadt-wesertal.de"),
    "Friedhof": ("Friedhofsverwaltung", "Frau Anja Wübbena", "05151 4030-65", "friedhof@stadt-wesertal.de"),
    "Wahlamt": ("Wahlamt", "Herr Jens Rademacher", "05151 4030-31", "wahlamt@stadt-wesertal.de"),
    "Kita": ("Fachdienst Kinder und Jugend", "Frau Merle Tjaden", "05151 4030-55", "kita@stadt-wesertal.de"),
}


def chrome(title: str, body: str, crumbs: list[tuple[str, str]], page_id: int, layout: str = "default") -> str:
    menu = "".join(f'<li class="nav-item"><a class="nav-link" href="{href}">{label}</a></li>' for label, href in MENU)
    trail = "".join(f'<li class="breadcrumb-item"><a href="{h}">{t}</a></li>' if h else
                    f'<li class="breadcrumb-item active" aria-current="page">{t}</li>' for t, h in crumbs)
    return f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
-->
<title>{title} - Stadt Wesertal</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/typo3conf/ext/wesertal_sitepackage/Resources/Public/Css/main.min.css">
</head>
<body id="p{page_id}" class="page-{page_id} pagelevel-2 language-0 backendlayout-{layout}">
<div class="cookie-consent" id="cookie-consent"><p>Wir verwenden Cookies, um unsere Website für Sie zu verbessern.</p>
<form method="post" action="/cookie-einstellungen"><input type="hidden" name="consent" value="all">
<button type="submit">Alle akzeptieren</button> <button type="submit" name="consent" value="essential">Nur notwendige</button></form></div>
<header class="page-header"><a class="navbar-brand" href="/"><img src="/fileadmin/templates/img/logo-stadt-wesertal.svg"
alt="Stadt Wesertal" width="220"></a>
<nav class="navbar-main" aria-label="Hauptmenü"><ul class="navbar-nav">{menu}</ul></nav>
<form class="search-form" action="/suche" method="get"><input type="search" name="tx_solr[q]" placeholder="Suchen ..."
aria-label="Suche"><button type="submit" aria-label="Suche starten">&#128269;</button></form>
<a class="btn-termin" href="https://www.terminvergabe-nord.de/wesertal/" target="_blank">Termin vereinbaren</a></header>
<nav aria-label="Brotkrumennavigation"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Startseite</a></li>{trail}</ol></nav>
<main id="page-content" class="section">
{body}
</main>
<footer class="section footer"><div class="frame"><p>Stadt Wesertal · Markt 1 · 37699 Wesertal ·
<a href="tel:+49515140300">05151 4030-0</a> · <a href="mailto:stadt@stadt-wesertal.de">stadt@stadt-wesertal.de</a></p>
<ul class="footer-links"><li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a></li>
<li><a href="/barrierefreiheit/">Barrierefreiheit</a></li><li><a href="/rathaus-buergerservice/kontakt/">Kontakt</a></li>
<li><a href="/leichte-sprache/">Leichte Sprache</a></li></ul><p>© 2025 Stadt Wesertal</p></div></footer>
<script src="/typo3temp/assets/compressed/merged-3f2c.js"></script>
</body>
</html>"""


def contact(office: str) -> str:
    unit, person, tel, mail = CONTACTS[office]
    return f"""<div class="contact-card"><p class="contact-unit">{unit}</p><p>{person}<br>Markt 1, 37699 Wesertal<br>
<a href="tel:{tel.replace(' ', '').replace('-', '')}">{tel}</a><br><a href="mailto:{mail}">{mail}</a></p>
<p class="hours">Mo–Fr 8:30–12:00 Uhr, Do 14:00–17:30 Uhr</p></div>"""


def add(path: str, html: str, encoding: str = "utf-8") -> str:
    SITEMAP.append(path)
    return H.page(path, html, encoding)


FS = "fileadmin/user_upload/formulare"
SERVICES = [
    Spec("10126", f"{BASE}/zweitwohnungsteuer/index.html", 0, "Steueramt",
         online=[("kpn-we-zws", "Erklärung online abgeben")], second_text=True),
    Spec("10124", f"{BASE}/anmeldung-wohnsitz/index.html", 1, "Bürgerbüro",
         online=[("wsa", "Online anmelden")], extra='<p>Alternativ können Sie einen <a href="https://www.terminvergabe-'
         'nord.de/wesertal/" target="_blank">Termin im Bürgerbüro</a> vereinbaren.</p>'),
    Spec("10294", f"{BASE}/gewerbe/index.html", 1, "Ordnungsamt", online=[("fs-we-gewerbe", "Online beantragen")]),
    Spec("10160", f"{BASE}/hundesteuer/index.html", 1, "Steueramt", online=[("fs-we-hund", "Hund online anmelden")],
         pdf=(f"{FS}/Hundesteuer_Anmeldung.pdf", "Anmeldung zur Hundesteuer", ["Rasse:", "Chip-Nr.:", "gehalten seit:"],
              "Anmeldung zur Hundesteuer (PDF, {size})")),
    Spec("10112", f"{BASE}/baumschutz/index.html", 1, "Bauamt", online=[("fs-we-baum", "Fällantrag online stellen")],
         pdf=(f"{FS}/Baumfaellantrag.pdf", "Antrag auf Fällgenehmigung", ["Baumart:", "Stammumfang:", "Grund:"],
              "Antrag als PDF")),
    Spec("10348", f"{BASE}/sondernutzung/index.html", 2, "Ordnungsamt",
         online=[("fs-we-sondernutzung", "Online-Antrag Sondernutzung")]),
    Spec("10092", f"{BASE}/wohngeld/index.html", 0, "Soziales", online=[("efa-wohngeld", "Wohngeld online beantragen")],
         second_text=True),
    Spec("10145", f"{BASE}/briefwahl/index.html", 2, "Wahlamt", online=[("kpn-we-briefwahl", "Zum Wahlscheinantrag")]),
    Spec("10173", f"{BASE}/bewohnerparken/index.html", 0, "Ordnungsamt",
         online=[("kpn-we-parken", "Parkausweis online beantragen")]),
    Spec("10562", f"{BASE}/fuehrungszeugnis/index.html", 1, "Bürgerbüro",
         online=[("bund-fz", "Online beim Bundesamt für Justiz")]),
    Spec("10349", f"{BASE}/veranstaltungen-anmelden/index.html", 2, "Ordnungsamt",
         pdf=(f"{FS}/Veranstaltungsanzeige.pdf", "Anzeige einer Veranstaltung im Freien",
              ["Veranstalter:", "Art der Veranstaltung:", "Datum:", "Ort:", "Besucherzahl:"],
              "Veranstaltungsanzeige (PDF, {size})"),
         extra='<p class="online-hinweis">Online-Formular: <a href="https://fs.form-solutions.net/submission/5e0c7b2d-'
               '9f14-4c6a-a83e-1d7b5f2c9e08/" target="_blank">Veranstaltung online anzeigen</a></p>'),
    Spec("10346", f"{BASE}/sperrzeit/index.html", 0, "Ordnungsamt",
         pdf=(f"{FS}/Antrag_Sperrzeit.docx", "Antrag auf Verkürzung der Sperrzeit", ["Gaststätte:", "Datum:"],
              "Antrag Sperrzeitverkürzung (DOCX, {size})", "docx")),
    Spec("10377", f"{BASE}/vergnuegungsteuer/index.html", 0, "Steueramt",
         pdf=(f"{FS}/Vergnuegungsteuer_Anmeldung.pdf", "Vergnügungsteueranmeldung",
              ["Quartal:", "Aufstellort:", "Einspielergebnis:"], "Steueranmeldung (PDF, {size})")),
    Spec("10123", f"{BASE}/abwasser-gartenwasser/index.html", 2, "Steueramt",
         pdf=(f"{FS}/Gartenwasserzaehler.pdf", "Antrag auf Absetzung von Gartenwasser",
              ["Zählernummer:", "Zählerstand alt:", "Zählerstand neu:"], "Formular Gartenwasserzähler (PDF, {size})")),
    Spec("10108", f"{BASE}/vorkaufsrecht/index.html", 1, "Bauamt",
         pdf=(f"{FS}/Negativzeugnis_Vorkaufsrecht.pdf", "Antrag auf Negativzeugnis (§ 28 BauGB)",
              ["Flurstück:", "Kaufvertrag vom:"], "Formular herunterladen")),
    Spec("10348", f"{BASE}/halteverbot-umzug/index.html", 0, "Ordnungsamt", kb_key="10418",
         pdf=(f"{FS}/Antrag_Halteverbot.pdf", "Antrag auf verkehrsrechtliche Anordnung (Umzug)",
              ["Straße, Hausnummer:", "Datum:", "Länge der Zone in m:"], "Antrag Haltverbotszone (PDF, {size})")),
    Spec("10119", f"{BASE}/personalausweis/index.html", 1, "Bürgerbüro",
         extra='<p>Fragen zum Ausweis? <a href="https://fs.form-solutions.net/submission/0b6f3d9e-4a21-4e7c-9d58-'
               '3c1a7e5b2f90/" target="_blank">Schreiben Sie uns über das Kontaktformular</a> oder '
               '<a href="https://www.terminvergabe-nord.de/wesertal/" target="_blank">buchen Sie einen Termin</a>.</p>'),
    Spec("10177", f"{BASE}/reisepass/index.html", 2, "Bürgerbüro",
         extra='<p><a href="https://www.terminvergabe-nord.de/wesertal/" target="_blank">Termin online buchen</a></p>'),
    Spec("10559", f"{BASE}/meldebescheinigung/index.html", 0, "Bürgerbüro", second_text=True),
    Spec("10557", f"{BASE}/geburtsurkunde/index.html", 2, "Standesamt"),
    Spec("10026", f"{BASE}/heiraten/index.html", 1, "Standesamt", second_text=True),
    Spec("10237", f"{BASE}/sterbeurkunde/index.html", 0, "Standesamt"),
    Spec("10135", f"{BASE}/kirchenaustritt/index.html", 1, "Standesamt"),
    Spec("10117", f"{BASE}/grundsteuer/index.html", 1, "Steueramt", second_text=True),
    Spec("10364", f"{BASE}/gewerbesteuer/index.html", 0, "Steueramt"),
    Spec("10571", f"{BASE}/beglaubigungen/index.html", 0, "Bürgerbüro"),
    Spec("10144", f"{BASE}/wahlhelfer/index.html", 1, "Wahlamt",
         extra='<p>Interesse? Schreiben Sie eine E-Mail an <a href="mailto:wahlamt@stadt-wesertal.de">'
               'wahlamt@stadt-wesertal.de</a>.</p>'),
    Spec("10104", f"{BASE}/rente/index.html", 2, "Bürgerbüro"),
    Spec("10110", f"{BASE}/sperrmuell/index.html", 0, "Ordnungsamt", title="Abfall und Sperrmüll",
         online=[("fs-lk-sperrmuell", "Sperrmüll online anmelden")],
         extra='<p>Die Abfallentsorgung obliegt dem Landkreis Marschland. Den Abfuhrkalender erhalten Sie beim '
               'Landkreis.</p>'),
]
GROUPS = [("Bürgerbüro und Meldewesen", ["10124", "10119", "10177", "10559", "10562", "10571", "10104"]),
          ("Standesamt", ["10557", "10026", "10237", "10135"]),
          ("Steuern und Abgaben", ["10126", "10160", "10377", "10117", "10364", "10123"]),
          ("Ordnung und Verkehr", ["10294", "10348", "10173", "10349", "10346", "HV", "10110"]),
          ("Wahlen", ["10145", "10144"]), ("Soziales", ["10092"]), ("Bauen und Umwelt", ["10112", "10108"])]

LEGACY = [
    # file, title, ozg, variant, pdf
    ("archiv/buergerinfo/osterfeuer.htm", "Osterfeuer", "10147", 0,
     ("archiv/buergerinfo/dokumente/osterfeuer_anmeldung.pdf", "Anmeldung eines Osterfeuers",
      ["Veranstalter:", "Standort:", "Datum:", "Aufsichtsperson:"])),
    ("archiv/buergerinfo/fischereischein.htm", "Fischereischein", "10148", 0,
     ("archiv/buergerinfo/dokumente/fischereischein_antrag.pdf", "Antrag Fischereischein", ["Prüfung am:"])),
    ("archiv/buergerinfo/fundbuero.htm", "Fundbüro", "10244", 1,
     ("archiv/buergerinfo/dokumente/verlustanzeige.pdf", "Verlustanzeige", ["Gegenstand:", "verloren am:", "Ort:"])),
    ("archiv/buergerinfo/uebermittlungssperren.htm", "Übermittlungssperren", "10111", 1, None),
]


def latin(text: str) -> str:
    for a, b in (("–", "-"), ("€", "EUR"), ("„", '"'), ("“", '"'), ("…", "..."), ("’", "'"), ("³", "3")):
        text = text.replace(a, b)
    return text


def legacy_pages() -> list[tuple[str, str]]:
    links = []
    for path, title, ozg, variant, pdf in LEGACY:
        page = "/" + path
        form = ""
        if pdf:
            link = H.doc(ozg, pdf[0], pdf[1], pdf[2], "Formular (PDF)", page, office="Stadt Wesertal, Ordnungsamt")
            form = f"<tr><td><b>Formular:</b></td><td>{link}</td></tr>"
        body = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta charset="iso-8859-1">
<title>Stadt Wesertal - Bürgerinformation - {title}</title>
</head>
<body bgcolor="#FFFFFF" link="#003366">
<table width="640" border="0" cellpadding="4"><tr><td bgcolor="#003366"><font color="#FFFFFF" face="Arial"><b>Stadt Wesertal
- Bürgerinformation</b></font></td></tr>
<tr><td><font face="Arial" size="2"><b>{title}</b><br><br>{e(text(ozg, variant))}<br><br>
Gebühren: {e(__import__('kb').S[ozg]['fees'])}<br>Zuständig: Fachdienst Ordnung, Zimmer 12, Tel. 05151 4030-31</font></td></tr>
<tr><td><table>{form}</table></td></tr>
<tr><td><font face="Arial" size="1"><a href="/">Startseite</a> | <a href="index.htm">Übersicht Bürgerinformation</a> |
Stand: 14.03.2011</font></td></tr></table>
</body>
</html>"""
        add(path, latin(body), "iso-8859-1")
        H.ev(ozg, 1, f"legacy ISO-8859-1 information page '{title}'", page)
        links.append((title, page))
    index = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Bürgerinformation (Archiv)</title></head><body><font face="Arial"><b>Bürgerinformation A-Z (alter Stand)</b>
<ul>""" + "".join(f'<li><a href="{p.split("/")[-1]}">{t}</a></li>' for t, p in links) + """
<li><a href="muellabfuhr.htm">Müllabfuhr</a></li></ul>Diese Seiten werden nicht mehr gepflegt.</font></body></html>"""
    H.allowed_404.add("/archiv/buergerinfo/muellabfuhr.htm")
    add("archiv/buergerinfo/index.htm", latin(index), "iso-8859-1")
    return links


def service_pages(legacy: list[tuple[str, str]]) -> None:
    titles = {}
    for number, spec in enumerate(SERVICES):
        title, body = service_body(H, spec, "typo3", contact(spec.office))
        titles["HV" if spec.kb_key == "10418" else spec.ozg] = (title, "/" + spec.path)
        body = f'<div class="frame frame-default frame-type-text">{body}</div>'
        add(spec.path, chrome(e(title), body, [("Rathaus &amp; Bürgerservice", "/rathaus-buergerservice/"),
                                                ("Bürgerservice", "/rathaus-buergerservice/buergerservice/"),
                                                ("Was erledige ich wo?", f"/{BASE}/"), (e(title), "")], 300 + number))
    sections = []
    for group, ozgs in GROUPS:
        items = []
        for ozg in ozgs:
            title, href = titles[ozg] if ozg != "HV" else titles["HV"]
            if ozg in ("10119", "10092"):
                href += "?sid=8f2e1c77a0b94c3d"      # session-id style duplicate
            items.append(f'<li><a href="{href}">{e(title)}</a></li>')
        sections.append(f'<div class="accordion-item"><h2 class="accordion-header">{group}</h2><ul>{"".join(items)}</ul></div>')
    legacy_items = "".join(f'<li><a href="{p}">{t}</a> <small>(Archiv)</small></li>' for t, p in legacy)
    body = f"""<h1>Was erledige ich wo?</h1><p>Von A wie Abfall bis Z wie Zweitwohnungsteuer: Hier finden Sie die
Leistungen der Stadtverwaltung, sortiert nach Fachdiensten.</p><div class="accordion">{''.join(sections)}</div>
<h2>Weitere Informationen (ältere Seiten)</h2><ul>{legacy_items}</ul>
<p>Nicht gefunden? Nutzen Sie die <a href="/suche?filter=thema">erweiterte Suche</a>.</p>"""
    add(f"{BASE}/index.html", chrome("Was erledige ich wo?", body, [("Rathaus &amp; Bürgerservice", "/rathaus-buergerservice/"),
                                                                    ("Bürgerservice", "/rathaus-buergerservice/buergerservice/"),
                                                                    ("Was erledige ich wo?", "")], 30))


def online_services() -> None:
    page = "/rathaus-buergerservice/online-services/index.html"
    rows = [("kpn-we-zws", "Zweitwohnungsteuer erklären", "10126"), ("kpn-we-parken", "Bewohnerparkausweis", "10173"),
            ("kpn-we-briefwahl", "Briefwahl / Wahlschein", "10145"), ("kpn-we-grab", "Grabnutzungsrecht verlängern",
                                                                     "10227"),
            ("kpn-we-kita", "Kita-Platz vormerken", "10019"), ("fs-we-gewerbe", "Gewerbeanzeige", "10294"),
            ("fs-we-hund", "Hundesteuer anmelden", "10160"), ("efa-wohngeld", "Wohngeld", "10092")]
    items = "".join(f"<li>{H.link_portal(k, e(t), page, ozg=o, attrs=' target=_blank')}</li>" for k, t, o in rows)
    body = f"""<h1>Online-Services</h1><p>Diese Anliegen können Sie rund um die Uhr online erledigen. Viele
Anträge laufen über das <strong>Bürgerservice-Portal Nord</strong>, das die Stadt gemeinsam mit anderen Kommunen
betreibt. Sie können sich mit BundID oder ohne Konto anmelden.</p><ul class="link-list">{items}</ul>
<p><a href="https://buergerservice.kommunalportal-nord.de/wesertal/" target="_blank">Alle Online-Anträge der Stadt
Wesertal im Bürgerservice-Portal</a></p>"""
    add(page.lstrip("/"), chrome("Online-Services", body, [("Rathaus &amp; Bürgerservice", "/rathaus-buergerservice/"),
                                                          ("Online-Services", "")], 40))


def leben() -> None:
    pages = []
    page = "/leben-in-wesertal/friedhoefe/index.html"
    H.ev("10227", 1, "own information page 'Friedhöfe'", page)
    body = f"""<h1>Friedhöfe</h1><p>{e(text("10227", 0))}</p><p>Die Stadt unterhält den Stadtfriedhof am Lindenweg
und den Friedhof Ohrbeck.</p><p>{H.link_portal("kpn-we-grab", "Nutzungsrecht online verlängern", page,
                                               attrs=' class="btn btn-primary" target="_blank"')}</p>{contact("Friedhof")}"""
    pages.append(("Friedhöfe", page, body))
    page = "/leben-in-wesertal/kinderbetreuung/index.html"
    H.ev("10019", 1, "own information page 'Kinderbetreuung'", page)
    body = f"""<h1>Kinderbetreuung in Wesertal</h1><p>{e(text("10019", 1))}</p><p>{e(text("10019", 0))}</p>
<p>{H.link_portal("kpn-we-kita", "Jetzt online vormerken", page, attrs=' class="btn btn-primary"')}</p>
<h2>Einrichtungen</h2><ul><li>Städt. Kita Weserwiesen</li><li>Kita Kunterbunt (AWO)</li><li>Waldkindergarten
Ohrbeck</li></ul>{contact("Kita")}"""
    pages.append(("Kinderbetreuung", page, body))
    page = "/leben-in-wesertal/stadtbuecherei/index.html"
    H.ev("10014", 1, "own information page 'Stadtbücherei'", page)
    body = f"""<h1>{name("10014", 2)}</h1><p>{e(text("10014", 0))}</p><p>{e(text("10014", 1))}</p><p>Öffnungszeiten:
Di–Fr 10–18 Uhr, Sa 10–13 Uhr</p>"""
    pages.append(("Stadtbücherei", page, body))
    page = "/leben-in-wesertal/musikschule/index.html"
    H.ev("10023", 1, "own information page 'Musikschule'", page)
    body = f"""<h1>{name("10023", 1)}</h1><p>{e(text("10023", 0))} {e(text("10023", 1))}</p><p>Anmeldung bitte
formlos per E-Mail an <a href="mailto:musikschule@stadt-wesertal.de">musikschule@stadt-wesertal.de</a>.</p>"""
    pages.append(("Musikschule", page, body))
    for number, (title, path, body) in enumerate(pages):
        add(path.lstrip("/"), chrome(title, body, [("Leben in Wesertal", "/leben-in-wesertal/"), (title, "")], 50 + number))
    items = "".join(f'<li><a href="{p}">{t}</a></li>' for t, p, _ in pages)
    add("leben-in-wesertal/index.html", chrome("Leben in Wesertal", f"<h1>Leben in Wesertal</h1><ul>{items}"
                                               "<li><a href=\"/freizeit-tourismus/\">Freizeit</a></li></ul>",
                                               [("Leben in Wesertal", "")], 5))


def rathaus() -> None:
    page = "/rathaus-buergerservice/kontakt/index.html"
    body = """<h1>Kontakt</h1><p>Schreiben Sie uns – wir antworten in der Regel innerhalb von drei Werktagen.</p>
<form method="post" action="/rathaus-buergerservice/kontakt/?tx_form_formframework[action]=perform" class="powermail">
<div class="form-group"><label for="k-name">Name *</label><input id="k-name" name="name" required></div>
<div class="form-group"><label for="k-mail">E-Mail *</label><input id="k-mail" name="email" type="email" required></div>
<div class="form-group"><label for="k-betreff">Betreff</label><select id="k-betreff" name="betreff"><option>Allgemeine
Anfrage</option><option>Hundesteuer</option><option>Gewerbe</option><option>Personalausweis / Reisepass</option>
<option>Lob und Kritik</option></select></div>
<div class="form-group"><label for="k-msg">Nachricht *</label><textarea id="k-msg" name="nachricht" required></textarea></div>
<div class="form-check"><input type="checkbox" id="k-ds" name="datenschutz" required><label for="k-ds">Ich stimme der
Verarbeitung meiner Daten zu.</label></div><button type="submit">Nachricht senden</button></form>"""
    add(page.lstrip("/"), chrome("Kontakt", body, [("Rathaus &amp; Bürgerservice", "/rathaus-buergerservice/"),
                                                   ("Kontakt", "")], 60))
    page = "rathaus-buergerservice/stellenangebote/sachbearbeitung-bussgeldstelle/index.html"
    add(page, chrome("Stellenausschreibung", """<h1>Sachbearbeitung Bußgeldstelle (m/w/d)</h1><p>Die Stadt Wesertal sucht
zum nächstmöglichen Zeitpunkt eine Sachbearbeitung für die Bußgeldstelle im Fachdienst Ordnung. Sie bearbeiten
Ordnungswidrigkeitenverfahren im ruhenden Verkehr, führen Anhörungen durch und erlassen Bußgeldbescheide.</p>
<p>Entgeltgruppe 8 TVöD. Bewerbungen über unser <a href="https://karriere.stadt-wesertal.example/">Bewerbungsportal</a>.</p>""",
                     [("Rathaus &amp; Bürgerservice", "/rathaus-buergerservice/"), ("Stellenangebote",
                                                                                  "/rathaus-buergerservice/stellenangebote/"),
                      ("Bußgeldstelle", "")], 61))
    H.allowed_404.add("https://karriere.stadt-wesertal.example/")
    H.neg("10243", "Bußgeldverfahren only described in a job advert")
    add("rathaus-buergerservice/stellenangebote/index.html", chrome("Stellenangebote", """<h1>Stellenangebote</h1><ul>
<li><a href="sachbearbeitung-bussgeldstelle/">Sachbearbeitung Bußgeldstelle (m/w/d)</a></li></ul>""",
                                                                 [("Stellenangebote", "")], 62))
    add("rathaus-buergerservice/presse/index.html", chrome("Pressespiegel", """<h1>Pressespiegel</h1><ul>
<li><a href="https://www.marschland-kurier.de/lokales/wesertal-uebernachtungssteuer.html" target="_blank">Marschland-Kurier:
Wesertal will Übernachtungssteuer einführen</a></li></ul>""", [("Pressespiegel", "")], 63))
    H.neg("10375", "Übernachtungssteuer only in an external newspaper article linked from the Pressespiegel")
    H.neg("10169", "driving licences only appear as a choice in the external appointment booking (Sprechtag Landkreis)")
    body = """<h1>Bürgerservice</h1><div class="teaser-row">
<div class="teaser"><h2><a href="/rathaus-buergerservice/buergerservice/was-erledige-ich-wo/">Was erledige ich wo?</a></h2>
<p>Alle Leistungen der Verwaltung</p></div>
<div class="teaser"><h2><a href="/rathaus-buergerservice/online-services/">Online-Services</a></h2><p>Rund um die Uhr</p></div>
<div class="teaser"><h2><a href="https://www.terminvergabe-nord.de/wesertal/" target="_blank">Termin vereinbaren</a></h2>
<p>Bürgerbüro ohne Wartezeit</p></div><div class="teaser"><h2><a href="/archiv/buergerinfo/index.htm">Bürgerinformation
(Archiv)</a></h2></div></div>"""
    add("rathaus-buergerservice/buergerservice/index.html", chrome("Bürgerservice", body, [("Rathaus &amp; Bürgerservice",
                                                                   "/rathaus-buergerservice/"), ("Bürgerservice", "")], 20))
    body = """<h1>Rathaus &amp; Bürgerservice</h1><ul><li><a href="buergerservice/">Bürgerservice</a></li>
<li><a href="online-services/">Online-Services</a></li><li><a href="stellenangebote/">Stellenangebote</a></li>
<li><a href="presse/">Pressespiegel</a></li><li><a href="kontakt/">Kontakt</a></li>
<li><a href="https://ratsinfo.stadt-wesertal.example/">Ratsinformationssystem</a></li></ul>
<p>Bürgermeister: Hendrik Osterloh</p>"""
    H.allowed_404.add("https://ratsinfo.stadt-wesertal.example/")
    add("rathaus-buergerservice/index.html", chrome("Rathaus &amp; Bürgerservice", body, [("Rathaus &amp; Bürgerservice", "")], 2))


def misc() -> None:
    add("wirtschaft-bauen/index.html", chrome("Wirtschaft &amp; Bauen", """<h1>Wirtschaft &amp; Bauen</h1><p>Bauanträge
reichen Sie beim Landkreis Marschland als unterer Bauaufsichtsbehörde ein. Informationen zu Bebauungsplänen erhalten Sie
im Fachdienst Stadtplanung.</p><ul><li><a href="/rathaus-buergerservice/buergerservice/was-erledige-ich-wo/gewerbe/">Gewerbe
anmelden</a></li><li><a href="/rathaus-buergerservice/buergerservice/was-erledige-ich-wo/baumschutz/">Baumschutz</a></li>
<li><a href="https://www.lk-marschland.de/">Landkreis Marschland</a></li></ul>""", [("Wirtschaft &amp; Bauen", "")], 7))
    H.neg("10519", "Bauanträge only mentioned as a referral to the Landkreis (untere Bauaufsichtsbehörde)")
    add("freizeit-tourismus/index.html", chrome("Freizeit &amp; Tourismus", """<h1>Freizeit &amp; Tourismus</h1><p>Weserradweg,
Freibad Ohrbeck und das Heimatmuseum im Zehnthof.</p>""", [("Freizeit &amp; Tourismus", "")], 8))
    for slug, title, body in (("impressum", "Impressum", "<h1>Impressum</h1><p>Stadt Wesertal, vertreten durch den "
                               "Bürgermeister Hendrik Osterloh, Markt 1, 37699 Wesertal</p>"),
                              ("datenschutz", "Datenschutz", "<h1>Datenschutzerklärung</h1><p>Wir verarbeiten Ihre "
                               "Daten nach der DSGVO.</p>"),
                              ("barrierefreiheit", "Barrierefreiheit", "<h1>Erklärung zur Barrierefreiheit</h1><p>"
                               "Ältere Seiten im Archiv sind nicht barrierefrei.</p>"),
                              ("leichte-sprache", "Leichte Sprache", "Die Stadt Wesertal. Hier wohnen 24.000 Menschen. "
                               "Das Rathaus ist am Markt.")):
        add(f"{slug}/index.html", chrome(title, body, [(title, "")], 90))
    body = """<div class="hero"><h1>Willkommen in Wesertal</h1><p>Die Fachwerkstadt an der Weser</p></div>
<div class="quicklinks"><a href="/rathaus-buergerservice/online-services/">Online-Services</a>
<a href="/rathaus-buergerservice/buergerservice/was-erledige-ich-wo/">Was erledige ich wo?</a>
<a href="https://www.terminvergabe-nord.de/wesertal/" target="_blank">Termin vereinbaren</a>
<a href="/leben-in-wesertal/?sid=8f2e1c77a0b94c3d">Leben in Wesertal</a></div>
<div class="news"><h2>Aktuelles</h2><article><h3>Briefwahl zur Europawahl</h3><p>Ab sofort können Wahlscheine beantragt
werden. <a href="/rathaus-buergerservice/buergerservice/was-erledige-ich-wo/briefwahl/">Mehr</a></p></article>
<article><h3>Bürgerbüro am 3. Oktober geschlossen</h3><p>Wegen des Feiertags.</p></article></div>"""
    add("index.html", chrome("Startseite", body, [], 1, "home"))
    H.raw("robots.txt", b"User-agent: *\nDisallow: /typo3/\nDisallow: /typo3temp/\n\n"
                        b"Sitemap: https://www.stadt-wesertal.de/sitemap.xml\n")


def build() -> Host:
    legacy = legacy_pages()
    service_pages(legacy)
    online_services()
    leben()
    rathaus()
    misc()
    urls = "".join(f"<url><loc>https://www.stadt-wesertal.de/{p.replace('index.html', '')}</loc></url>\n"
                   for p in SITEMAP if not p.startswith("archiv"))
    H.raw("sitemap-pages.xml", ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
                                f'schemas/sitemap/0.9">\n{urls}</urlset>\n').encode())
    H.raw("sitemap.xml", b'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/'
                         b'schemas/sitemap/0.9">\n<sitemap><loc>https://www.stadt-wesertal.de/sitemap-pages.xml</loc>'
                         b'</sitemap>\n</sitemapindex>\n')
    H.site_json = {"charset": {"archiv/*": "iso-8859-1"}, "facet_trap": "/suche", "latency_ms": [30, 200]}
    return H
