"""www.sg-heideland.de – Samtgemeinde Heideland (Landkreis Marschland), an IKISS/NOLIS-style CMS."""

from __future__ import annotations

from common import TESTS, Host, e, leika
from kb import S, name, text
from portals import PORTALS

H = Host(TESTS, "www.sg-heideland.de")
H.municipality = {"name": "Samtgemeinde Heideland", "type": "samtgemeinde", "landkreis": "Landkreis Marschland",
                  "ags": "03999501"}
NAV = [("Rathaus &amp; Politik", "/rathaus/"), ("Bürgerservice", "/buergerservice/"),
       ("Leben &amp; Wohnen", "/leben/"), ("Wirtschaft", "/wirtschaft/"), ("Aktuelles", "/aktuelles/"),
       ("Tourismus", "https://www.heideland-tourismus.de/")]
PEOPLE = {
    "Einwohnermeldeamt": ("Frau Kröger", "0", "05142 987-120", "einwohnermeldeamt@sg-heideland.de"),
    "Bürgerbüro": ("Herr Lüdemann", "0.3", "05142 987-121", "buergerbuero@sg-heideland.de"),
    "Standesamt": ("Frau Behrens-Ahlers", "1.07", "05142 987-140", "standesamt@sg-heideland.de"),
    "Steueramt": ("Herr Meyerhoff", "2.11", "05142 987-210", "steuern@sg-heideland.de"),
    "Ordnungsamt": ("Frau Tödter", "1.12", "05142 987-150", "ordnungsamt@sg-heideland.de"),
    "Wahlamt": ("Herr Wöhler", "1.14", "05142 987-155", "wahlen@sg-heideland.de"),
    "Bauamt": ("Frau Hinrichs", "2.03", "05142 987-310", "bauamt@sg-heideland.de"),
    "Gewerbeamt": ("Herr Sievers", "1.13", "05142 987-152", "gewerbe@sg-heideland.de"),
    "Friedhofsverwaltung": ("Frau Kröger", "0", "05142 987-120", "friedhof@sg-heideland.de"),
    "Abwasserbetrieb": ("Herr Rehbein", "Bauhof", "05142 987-330", "abwasser@sg-heideland.de"),
    "Wohngeldstelle": ("Frau Schünemann", "1.02", "05142 987-160", "wohngeld@sg-heideland.de"),
}


def chrome(title: str, body: str, crumbs: list[tuple[str, str]], active: str = "", side: bool = True) -> str:
    act, blank = ' class="active"', ' target="_blank"'
    nav = "".join(f'<li{act if label.startswith(active) and active else ""}><a href="{href}"'
                  f'{blank if href.startswith("http") else ""}>{label}</a></li>' for label, href in NAV)
    trail = " &raquo; ".join([f'<a href="/">Startseite</a>'] + [f'<a href="{h}">{t}</a>' if h else t
                                                                for t, h in crumbs])
    sidebar = """<div id="sidebar"><div class="box"><h3>Öffnungszeiten Rathaus</h3><p>Mo–Fr 8.00–12.30 Uhr<br>
Di 14.00–16.00 Uhr<br>Do 14.00–18.00 Uhr</p></div><div class="box"><h3>Schnellzugriff</h3><ul>
<li><a href="/buergerservice/dienstleistungen/">Dienstleistungen A–Z</a></li>
<li><a href="/buergerservice/online-dienste.html">Online-Dienste</a></li>
<li><a href="/buergerservice/formulare.html">Formulare</a></li>
<li><a href="https://termine.sg-heideland.de/" target="_blank">Termin buchen</a></li></ul></div></div>""" if side else ""
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{title} / Samtgemeinde Heideland</title>
<meta name="generator" content="NOLIS | CMS">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="/layout/heideland/css/styles.css">
<link rel="icon" href="/layout/heideland/img/favicon.ico">
</head>
<body class="nolis">
<div id="cookieNotice" role="dialog">Diese Website verwendet nur technisch notwendige Cookies.
<a href="/datenschutz.html">Datenschutzerklärung</a> <button type="button" onclick="this.parentNode.remove()">Verstanden</button></div>
<a class="skiplink" href="#inhalt">Direkt zum Inhalt</a>
<div id="kopf"><a href="/" id="logo" title="Zur Startseite"><img src="/layout/heideland/img/logo-sg-heideland.png"
alt="Wappen"> <span>Samtgemeinde<br><strong>Heideland</strong></span></a>
<ul id="metanav"><li><a href="/kontakt.html">Kontakt</a></li><li><a href="/leichte-sprache.html">Leichte Sprache</a></li>
<li><a href="/sitemap.html">Sitemap</a></li></ul>
<form id="suche" action="/suche.html" method="get"><label for="sq">Suchbegriff</label><input type="text" id="sq" name="q">
<input type="submit" value="Suchen"></form></div>
<ul id="hauptnav">{nav}</ul>
<div id="breadcrumb">Sie befinden sich hier: {trail}</div>
<div id="inhalt">
{body}
</div>
{sidebar}
<div id="fuss"><p><strong>Samtgemeinde Heideland</strong> · Rathausplatz 1 · 29699 Heidedorf ·
Telefon <a href="tel:+4951429870">05142 987-0</a> · <a href="mailto:info@sg-heideland.de">info@sg-heideland.de</a></p>
<ul><li><a href="/impressum.html">Impressum</a></li><li><a href="/datenschutz.html">Datenschutz</a></li>
<li><a href="/barrierefreiheit.html">Barrierefreiheit</a></li><li><a href="/kontakt.html">Kontakt</a></li>
<li><a href="/intern/">Intranet</a></li></ul></div>
</body>
</html>"""


def contact(office: str) -> str:
    person, room, tel, mail = PEOPLE.get(office, PEOPLE["Bürgerbüro"])
    return f"""<div class="zustaendig"><h2>Zuständige Stelle</h2><p><strong>{office}</strong><br>
Rathaus Heidedorf, Zimmer {room}<br>Ansprechpartner/in: {person}<br>Telefon: <a href="tel:{tel.replace(' ', '').replace('-', '')}">{tel}</a><br>
E-Mail: <a href="mailto:{mail}">{mail}</a></p></div>"""


A_Z: list[tuple[str, str]] = []   # (entry text, href)
SITEMAP: list[str] = []


def add(path: str, html: str) -> str:
    SITEMAP.append(path)
    return H.page(path, html)


# ----------------------------------------------------------------- service detail pages
# ozg, variant, leika-name, office, extra html builder (page -> html), online key
DETAIL = [
    ("10160", 0, "Hundesteuer", "Steueramt",
     lambda p: H.doc("10160", "medien/dokumente/anmeldung_hund.pdf", "Anmeldung eines Hundes zur Hundesteuer",
                     ["Rasse:", "Wurftag:", "Chipnummer:", "Beginn der Haltung:", "[ ] Steuerermäßigung beantragt"],
                     "Anmeldung Hund (PDF, {size})", p), "rd-hl-hund", "Hund online an- oder abmelden"),
    ("10559", 0, "Melderegisterauskunft", "Einwohnermeldeamt", None, "rd-hl-meldebescheinigung",
     "Meldebescheinigung online anfordern"),
    ("10111", 0, None, "Einwohnermeldeamt", None, "rd-hl-sperre", "Zum Online-Dienst"),
    ("10124", 2, "Wohnsitz Anmeldung", "Einwohnermeldeamt", None, "wsa", "Digitale Wohnsitzanmeldung"),
    ("10145", 1, "Briefwahl", "Wahlamt",
     lambda p: H.doc("10145", "medien/dokumente/wahlscheinantrag.pdf", "Antrag auf Erteilung eines Wahlscheins",
                     ["Wählerverzeichnis-Nr.:", "[ ] an Wohnanschrift senden", "[ ] an andere Anschrift:"],
                     "Wahlscheinantrag zum Ausdrucken (PDF, {size})", p), "rd-hl-briefwahl", "Briefwahl online beantragen"),
    ("10244", 1, "Fundsachen", "Ordnungsamt", None, "rd-hl-fund", "Verlustanzeige online"),
    ("10147", 0, "Osterfeuer", "Ordnungsamt", None, "rd-hl-osterfeuer", "Online-Anmeldung Osterfeuer"),
    ("10348", 0, "Sondernutzung von Straßen", "Ordnungsamt", None, "rd-hl-sondernutzung", "Online-Antrag"),
    ("10294", 0, "Gewerbe Anmeldung", "Gewerbeamt",
     lambda p: H.doc("10294", "medien/dokumente/gewa1.pdf", "Gewerbe-Anmeldung nach § 14 GewO (GewA 1)",
                     ["Name des Betriebes:", "Angemeldete Tätigkeit:", "Beginn:", "Zahl der Beschäftigten:"],
                     "Vordruck GewA 1 (PDF, {size})", p), "rd-hl-gewerbe", "Gewerbe online anmelden"),
    ("10562", 0, "Führungszeugnis", "Einwohnermeldeamt", None, "bund-fz", "Online-Antrag beim Bundesamt für Justiz"),
    ("10112", 0, "Baumfällgenehmigung", "Bauamt",
     lambda p: H.doc("10112", "medien/dokumente/antrag_baumfaellung.pdf", "Antrag auf Genehmigung zur Fällung eines "
                     "Baumes", ["Standort (Straße, Flurstück):", "Baumart:", "Stammumfang in 1 m Höhe:",
                                "Begründung:"], "Antragsformular Baumfällung (PDF, {size})", p), None, ""),
    ("10377", 2, "Vergnügungsteuer", "Steueramt",
     lambda p: H.doc("10377", "medien/dokumente/vergnuegungssteuer_anmeldung.pdf", "Vergnügungsteuer – "
                     "Steueranmeldung für Spielgeräte", ["Aufstellort:", "Anzahl Geräte mit Gewinnmöglichkeit:",
                                                         "Einspielergebnis im Quartal:"],
                     "Steueranmeldung (PDF)", p), None, ""),
    ("10126", 0, "Zweitwohnungssteuer", "Steueramt",
     lambda p: H.doc("10126", "medien/dokumente/zweitwohnung_erklaerung.pdf", "Erklärung zur Zweitwohnungsteuer",
                     ["Anschrift der Zweitwohnung:", "Wohnfläche:", "Jahresnettokaltmiete:"],
                     "Steuererklärung Zweitwohnung (PDF, {size})", p), None, ""),
    ("10349", 2, "Veranstaltung", "Ordnungsamt",
     lambda p: H.doc("10349", "medien/dokumente/veranstaltungsanzeige.pdf", "Anzeige einer öffentlichen "
                     "Veranstaltung", ["Art der Veranstaltung:", "Ort:", "Datum, Uhrzeit:", "erwartete Besucherzahl:"],
                     "Formular herunterladen", p), None, ""),
    ("10346", 0, "Sperrzeit", "Ordnungsamt",
     lambda p: H.doc("10346", "medien/dokumente/antrag_sperrzeitverkuerzung.docx", "Antrag auf Verkürzung der "
                     "Sperrzeit", ["Gaststätte:", "Anlass:", "Datum:", "beantragtes Ende:"],
                     "Antrag Sperrzeitverkürzung (Word, {size})", p, fmt="docx"), None, ""),
    ("10144", 0, "Wahlhelfer", "Wahlamt",
     lambda p: H.doc("10144", "medien/dokumente/bereitschaftserklaerung_wahlhelfer.pdf", "Bereitschaftserklärung "
                     "zur Mitarbeit im Wahlvorstand", ["[ ] Wahlvorsteher/in", "[ ] Beisitzer/in",
                                                        "bevorzugter Wahlbezirk:"],
                     "Bereitschaftserklärung (PDF, {size})", p), None, ""),
    ("10148", 0, "Fischereischein", "Ordnungsamt",
     lambda p: H.doc("10148", "medien/dokumente/antrag_fischereischein.pdf", "Antrag auf Erteilung eines "
                     "Fischereischeines", ["Datum der Fischerprüfung:", "Prüfungsort:"],
                     "Antrag (PDF, 85 KB)", p), None, ""),
    ("10119", 0, "Personalausweis", "Bürgerbüro", None, None, ""),
    ("10177", 0, "Reisepass", "Bürgerbüro", None, None, ""),
    ("10026", 0, "Eheschließung", "Standesamt", None, None, ""),
    ("10117", 0, "Grundsteuer", "Steueramt", None, None, ""),
    ("10364", 0, "Gewerbesteuer", "Steueramt", None, None, ""),
    ("10123", 0, None, "Abwasserbetrieb", None, None, ""),
    ("10571", 0, None, "Bürgerbüro", None, None, ""),
]


def detail_pages() -> None:
    for index, (ozg, variant, leika_name, office, extra, online, online_text) in enumerate(DETAIL):
        title = name(ozg, variant)
        slug = (title.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replace(" / ", "-").replace(" – ", "-").replace(" ", "-").replace(",", "").replace("/", "-"))
        if leika_name:
            path = f"buergerservice/dienstleistungen/{slug}-{leika(leika_name, ozg)}.html"
        else:
            path = f"buergerservice/dienstleistungen/{slug}-9000{index:02d}{ozg[-3:]}-0.html"
        page = "/" + path
        service = S[ozg]
        parts = [f'<h1>{e(title)}</h1>', '<div class="dienstleistung">',
                 f"<h2>Leistungsbeschreibung</h2><p>{e(text(ozg, variant))}</p>"]
        if service["docs"]:
            parts.append("<h2>Welche Unterlagen werden benötigt?</h2><ul>" +
                         "".join(f"<li>{e(d)}</li>" for d in service["docs"]) + "</ul>")
        parts.append(f"<h2>Welche Gebühren fallen an?</h2><p>{e(service['fees'])}</p>")
        if ozg in ("10119", "10177", "10026"):
            parts.append('<p class="hinweis"><img src="/layout/heideland/img/icon-kalender.png" alt=""> Bitte '
                         'vereinbaren Sie vorab einen <a href="https://termine.sg-heideland.de/" target="_blank">'
                         'Termin online</a>.</p>')
        if extra:
            parts.append(f'<h2>Formulare</h2><ul class="downloads"><li>{extra(page)}</li></ul>')
        if online:
            parts.append('<h2>Online-Dienste</h2><p class="onlinedienst">'
                         + H.link_portal(online, e(online_text), page, attrs=' class="extern" target="_blank"')
                         + "</p>")
        if ozg == "10117":
            parts.append('<p>Satzung: <a href="/medien/dokumente/hebesatzsatzung_2025.pdf">Hebesatzsatzung 2025 '
                         '(PDF)</a></p>')
        if ozg == "10123":
            parts.append('<p><a href="/medien/dokumente/abwassergebuehrensatzung.pdf">Abwassergebührensatzung '
                         '(PDF, 112 KB)</a></p>')
        parts.append("</div>")
        parts.append(contact(office))
        parts.append(f'<p class="leika">Leistungsschlüssel: {leika(leika_name, ozg) if leika_name else "–"}</p>')
        H.ev(ozg, 1, f"own service page '{title}' in Dienstleistungen A–Z", page)
        add(path, chrome(e(title), "\n".join(parts), [("Bürgerservice", "/buergerservice/"),
                                                        ("Dienstleistungen A–Z", "/buergerservice/dienstleistungen/"),
                                                        (e(title), "")], "Bürgerservice"))
        A_Z.append((title, page))
        if ozg == "10160":
            A_Z.append(("Hundeanmeldung", page))
        if ozg == "10294":
            A_Z.append(("Gewerbeabmeldung", page))
            A_Z.append(("Gewerbeummeldung", page))
        if ozg == "10119":
            A_Z.append(("Vorläufiger Personalausweis", page))
            A_Z.append(("Ausweisdokumente", page))


def statute_pdfs() -> None:
    H.pdf("medien/dokumente/hebesatzsatzung_2025.pdf", "Satzung über die Festsetzung der Realsteuerhebesätze",
          ["§ 1 Hebesätze", "Grundsteuer A: 380 v. H.", "Grundsteuer B: 420 v. H.", "Gewerbesteuer: 380 v. H.",
           "§ 2 Inkrafttreten", "Diese Satzung tritt am 01.01.2025 in Kraft."], author="Samtgemeinde Heideland")
    H.pdf("medien/dokumente/abwassergebuehrensatzung.pdf", "Satzung über die Erhebung von Abwassergebühren",
          ["§ 1 Allgemeines", "Die Samtgemeinde erhebt für die Inanspruchnahme der zentralen öffentlichen",
           "Abwasseranlage Benutzungsgebühren.", "§ 2 Gebührenmaßstab", "Die Gebühr beträgt 3,10 Euro je m³.",
           "§ 3 Entstehung der Gebührenpflicht"], with_title=False)
    H.pdf("medien/dokumente/abfuhrkalender_2025.pdf", "Abfuhrkalender 2025 – Samtgemeinde Heideland",
          ["Restmüll: 14-täglich, dienstags", "Biotonne: 14-täglich, donnerstags", "Gelber Sack: 4-wöchentlich",
           "Papier: monatlich", "Sperrmüll: auf Abruf beim Landkreis"], author="Abfallwirtschaft Marschland")


def az_index() -> None:
    # entries that point straight to the state portal (info level) or a portal form
    for ozg, variant, key in (("10557", 0, "sn-geburtsurkunde"), ("10135", 0, "sn-kirchenaustritt"),
                              ("10029", 0, "sn-namensaenderung"), ("10110", 0, "sn-abfall"),
                              ("10104", 1, "sn-rente"), ("10001", 0, "sn-vaterschaft"),
                              ("10092", 0, "sn-wohngeld")):
        A_Z.append((name(ozg, variant), ("portal", key, ozg)))
    A_Z.append(("Kindertagesstätten – Online-Anmeldung", ("portal", "rd-hl-kita", "10019")))
    A_Z.append(("Kindergarten", "/leben/kinderbetreuung.html"))
    A_Z.append(("Bücherei", "/leben/buecherei.html"))
    A_Z.append(("Friedhöfe", "/leben/friedhoefe.html"))
    A_Z.append(("Grabstätten", "/leben/friedhoefe.html"))
    for label, href in (("Abfuhrkalender", "/medien/dokumente/abfuhrkalender_2025.pdf"),
                        ("Ansprechpartner", "/rathaus/ansprechpartner.html"),
                        ("Öffnungszeiten", "/rathaus/oeffnungszeiten.html"),
                        ("Ratsinformationssystem", "https://ratsinfo.sg-heideland.de/"),
                        ("Schiedsamt", "/buergerservice/dienstleistungen/schiedsamt-900000187-0.html"),
                        ("Feuerwehr", "/leben/feuerwehr.html"), ("Stellenangebote", "/rathaus/stellenangebote/"),
                        ("Jugendpflege", "/leben/jugendpflege.html"),
                        ("Ärztlicher Bereitschaftsdienst", "https://www.116117.de/"),
                        ("Mitgliedsgemeinden", "/rathaus/mitgliedsgemeinden.html")):
        A_Z.append((label, href))
    H.allowed_404.add("/buergerservice/dienstleistungen/schiedsamt-900000187-0.html")
    page = "/buergerservice/dienstleistungen/index.html"
    entries = sorted(A_Z, key=lambda item: item[0].lower().replace("ä", "a").replace("ö", "o").replace("ü", "u"))
    letters: dict[str, list[str]] = {}
    for label, target in entries:
        if isinstance(target, tuple):
            _, key, ozg = target
            link = H.link_portal(key, e(label), page, ozg=ozg, attrs=' class="extern" target="_blank"',
                                 context="A–Z entry")
        else:
            ext = ' target="_blank"' if target.startswith("http") else ""
            href = target.replace("/buergerservice/dienstleistungen/", "") if target.startswith(
                "/buergerservice/dienstleistungen/") and len(label) % 2 else target
            link = f'<a href="{href}"{ext}>{e(label)}</a>'
        letters.setdefault(label[0].upper().replace("Ä", "A").replace("Ö", "O").replace("Ü", "U"), []).append(
            f"<li>{link}</li>")
    jump = " ".join(f'<a href="#buchstabe-{letter}">{letter}</a>' for letter in letters)
    lists = "".join(f'<h2 id="buchstabe-{letter}">{letter}</h2><ul class="az-liste">{"".join(items)}</ul>'
                    for letter, items in letters.items())
    body = f"""<h1>Dienstleistungen von A–Z</h1><p>Hier finden Sie alle Leistungen der Samtgemeindeverwaltung.
Einige Einträge verweisen auf die Beschreibungen im Serviceportal Niedersachsen.</p>
<p class="az-sprung">{jump}</p>{lists}"""
    add(page.lstrip("/"), chrome("Dienstleistungen A–Z", body, [("Bürgerservice", "/buergerservice/"),
                                                                   ("Dienstleistungen A–Z", "")], "Bürgerservice"))


def service_hub() -> None:
    page = "/buergerservice/online-dienste.html"
    tiles = []
    for key, label in (("rd-hl-hund", "Hundesteuer An-/Abmeldung"), ("rd-hl-briefwahl", "Briefwahl"),
                       ("rd-hl-meldebescheinigung", "Meldebescheinigung"), ("rd-hl-fund", "Fundbüro"),
                       ("rd-hl-maengel", "Mängelmelder"), ("rd-hl-gewerbe", "Gewerbeanzeige"),
                       ("rd-hl-kita", "Kita-Anmeldung"), ("rd-hl-sondernutzung", "Sondernutzung"),
                       ("wsa", "Wohnsitz anmelden")):
        tiles.append('<div class="kachel"><span class="icon" aria-hidden="true">&#9998;</span>'
                     + H.link_portal(key, e(label), page, attrs=' target="_blank"', context="tile") + '</div>')
    body = f"""<h1>Online-Dienste</h1><p>Viele Anliegen können Sie bequem von zu Hause erledigen. Die Online-Dienste
werden im Portal <em>rathausdirekt</em> bereitgestellt. Für einige Dienste benötigen Sie eine BundID.</p>
<div class="kacheln">{''.join(tiles)}</div>
<p>Alle Dienste im Überblick: <a href="https://heideland.rathausdirekt.de/" target="_blank">heideland.rathausdirekt.de</a></p>
<p>Termine für das Bürgerbüro: <a href="https://termine.sg-heideland.de/">Online-Terminvergabe</a></p>"""
    add(page.lstrip("/"), chrome("Online-Dienste", body, [("Bürgerservice", "/buergerservice/"),
                                                          ("Online-Dienste", "")], "Bürgerservice"))

    page = "/buergerservice/formulare.html"
    rows = [
        ("Bürgerbüro", [H.doc("10145", "medien/dokumente/wahlscheinantrag.pdf", "Antrag auf Erteilung eines "
                              "Wahlscheins", [], "Antrag auf Briefwahl (PDF, {size})", page)]),
        ("Steuern", [H.doc("10160", "medien/dokumente/anmeldung_hund.pdf", "", [], "Hundeanmeldung (PDF, {size})", page),
                     H.doc("10126", "medien/dokumente/zweitwohnung_erklaerung.pdf", "", [], "Erklärung "
                           "Zweitwohnungsteuer (PDF, {size})", page),
                     '<a href="/medien/dokumente/sepa_lastschriftmandat.pdf">SEPA-Lastschriftmandat (PDF)</a>']),
        ("Ordnung", [H.doc("10349", "medien/dokumente/veranstaltungsanzeige.pdf", "", [], "Veranstaltungsanzeige "
                           "(PDF, {size})", page),
                     H.doc("10148", "medien/dokumente/antrag_fischereischein.pdf", "", [], "Fischereischein – "
                           "Antrag (PDF)", page),
                     H.doc("10346", "medien/dokumente/antrag_sperrzeitverkuerzung.docx", "", [], "Sperrzeitverkürzung "
                           "(DOCX, {size})", page, fmt="docx")]),
        ("Bauen", [H.doc("10108", "medien/dokumente/antrag_negativzeugnis_vorkaufsrecht.pdf", "Antrag auf "
                         "Erteilung eines Negativzeugnisses nach § 28 BauGB", ["Gemarkung, Flur, Flurstück:",
                         "Käufer:", "Verkäufer:", "Datum des Kaufvertrages:", "Urkundenrolle-Nr. des Notars:"],
                         "Negativzeugnis Vorkaufsrecht – Antrag (PDF, {size})", page, office="Bauamt"),
                   H.doc("10112", "medien/dokumente/antrag_baumfaellung.pdf", "", [], "Baumfällantrag (PDF, {size})",
                         page)]),
        ("Friedhof", [H.doc("10227", "medien/dokumente/friedhof_verlaengerung_nutzungsrecht.pdf", "Antrag auf "
                            "Verlängerung des Nutzungsrechts an einer Grabstätte", ["Friedhof:", "Grabstelle Nr.:",
                            "Verlängerung um Jahre:"], "Verlängerung Grabnutzungsrecht (PDF, {size})", page,
                            office="Friedhofsverwaltung")]),
        ("Wahlen", [H.doc("10144", "medien/dokumente/bereitschaftserklaerung_wahlhelfer.pdf", "", [],
                          "Wahlhelfer/in werden – Bereitschaftserklärung (PDF)", page)]),
    ]
    H.pdf("medien/dokumente/sepa_lastschriftmandat.pdf", "SEPA-Lastschriftmandat",
          ["Gläubiger-ID: DE12ZZZ00000123456", "Kontoinhaber:", "IBAN:", "BIC:", "Ort, Datum:", "Unterschrift:"])
    table = "".join(f"<tr><th>{area}</th><td><ul>{''.join(f'<li>{link}</li>' for link in links)}</ul></td></tr>"
                    for area, links in rows)
    body = f"""<h1>Formulare und Anträge</h1><p>Die folgenden Vordrucke können Sie ausdrucken, ausfüllen und
unterschrieben im Rathaus abgeben oder per Post senden. <img src="/layout/heideland/img/pdf.gif" alt="PDF"></p>
<table class="formulare"><tbody>{table}</tbody></table>
<p>Zum Öffnen benötigen Sie einen PDF-Reader.</p>
<p class="intern">Dienstanweisungen für Beschäftigte: <a href="/medien/intern/dienstanweisungen.pdf">Übersicht (nur im
Verwaltungsnetz)</a></p>"""
    add(page.lstrip("/"), chrome("Formulare", body, [("Bürgerservice", "/buergerservice/"), ("Formulare", "")],
                                 "Bürgerservice"))

    body = """<h1>Bürgerservice</h1><p>Das Bürgerbüro im Erdgeschoss des Rathauses ist Ihre erste Anlaufstelle.</p>
<ul class="teaser"><li><a href="/buergerservice/dienstleistungen/"><strong>Dienstleistungen A–Z</strong></a> – was
erledige ich wo?</li><li><a href="/buergerservice/online-dienste.html"><strong>Online-Dienste</strong></a></li>
<li><a href="/buergerservice/formulare.html"><strong>Formulare</strong></a></li>
<li><a href="https://termine.sg-heideland.de/">Termin vereinbaren</a></li>
<li><a href="/rathaus/ansprechpartner.html">Ansprechpartner</a></li></ul>"""
    add("buergerservice/index.html", chrome("Bürgerservice", body, [("Bürgerservice", "")], "Bürgerservice"))


def leben() -> None:
    page = "/leben/kinderbetreuung.html"
    H.ev("10019", 1, "page 'Kinderbetreuung' describes Kita places and registration", page)
    body = f"""<h1>Kinderbetreuung</h1><p>{e(text("10019", 0))}</p><p>{e(text("10019", 1))}</p>
<table class="kitas"><tr><th>Einrichtung</th><th>Ort</th><th>Plätze</th></tr>
<tr><td>Kita Sonnenblume</td><td>Heidedorf</td><td>75</td></tr><tr><td>Kita Regenbogen</td><td>Moorwinkel</td><td>50</td></tr>
<tr><td>Ev. Kindergarten St. Marien</td><td>Heidedorf</td><td>50</td></tr><tr><td>Krippe Wichtelhaus</td><td>Sandbostel-Heide</td><td>30</td></tr></table>
<p><strong>Anmeldung:</strong> {H.link_portal("rd-hl-kita", "Hier online anmelden", page, attrs=' target="_blank"')}
– oder persönlich in der Einrichtung.</p>{contact("Bürgerbüro")}"""
    add(page.lstrip("/"), chrome("Kinderbetreuung", body, [("Leben &amp; Wohnen", "/leben/"), ("Kinderbetreuung", "")],
                                 "Leben"))
    page = "/leben/buecherei.html"
    H.ev("10014", 1, "page 'Gemeindebücherei' describes the library card", page)
    body = f"""<h1>Gemeindebücherei Heidedorf</h1><p>{e(text("10014", 0))}</p><p>Öffnungszeiten: Di 15–18 Uhr, Mi 10–12 Uhr,
Fr 15–18 Uhr</p><p><a href="https://www.onleihe-niedersachsen.example/" target="_blank">Onleihe Niedersachsen</a></p>"""
    add(page.lstrip("/"), chrome("Bücherei", body, [("Leben &amp; Wohnen", "/leben/"), ("Bücherei", "")], "Leben"))
    H.allowed_404.add("https://www.onleihe-niedersachsen.example/")
    page = "/leben/friedhoefe.html"
    H.ev("10227", 1, "page 'Friedhöfe' describes graves and usage rights", page)
    form = H.doc("10227", "medien/dokumente/friedhof_verlaengerung_nutzungsrecht.pdf", "", [],
                 "Antrag Verlängerung Nutzungsrecht (PDF, {size})", page)
    body = f"""<h1>Friedhöfe der Samtgemeinde</h1><p>{e(text("10227", 0))} {e(text("10227", 1))}</p>
<ul><li>Friedhof Heidedorf, Kirchweg</li><li>Waldfriedhof Moorwinkel</li></ul><p>{form}</p>
<p><a href="/medien/dokumente/friedhofsgebuehrensatzung.pdf">Friedhofsgebührensatzung</a></p>{contact("Friedhofsverwaltung")}"""
    H.pdf("medien/dokumente/friedhofsgebuehrensatzung.pdf", "Friedhofsgebührensatzung der Samtgemeinde Heideland",
          ["§ 1 Gebührenpflicht", "§ 2 Gebühren für Grabstätten", "Reihengrab 25 Jahre: 690,00 Euro",
           "Urnenwahlgrab 25 Jahre: 840,00 Euro"])
    add(page.lstrip("/"), chrome("Friedhöfe", body, [("Leben &amp; Wohnen", "/leben/"), ("Friedhöfe", "")], "Leben"))
    for slug, title, txt in (("feuerwehr", "Freiwillige Feuerwehr", "Sieben Ortsfeuerwehren mit rund 320 aktiven "
                              "Mitgliedern sorgen für Brandschutz und technische Hilfe. Werden Sie Mitglied!"),
                             ("jugendpflege", "Jugendpflege", "Das Jugendzentrum „Scheune“ hat Di–Fr ab 15 Uhr "
                              "geöffnet. Ferienpass-Aktionen findest du im Sommer hier."),
                             ("schulen", "Schulen", "Grundschule Heidedorf, Grundschule Moorwinkel, Oberschule "
                              "Heideland. Für die Schülerbeförderung ist der Landkreis Marschland zuständig.")):
        add(f"leben/{slug}.html", chrome(title, f"<h1>{title}</h1><p>{txt}</p>", [("Leben &amp; Wohnen", "/leben/"),
                                                                               (title, "")], "Leben"))
    H.neg("10042", "Schülerbeförderung only mentioned as a referral to the Landkreis on the Schulen page")
    body = """<h1>Leben &amp; Wohnen</h1><ul><li><a href="kinderbetreuung.html">Kinderbetreuung</a></li>
<li><a href="schulen.html">Schulen</a></li><li><a href="buecherei.html">Bücherei</a></li>
<li><a href="friedhoefe.html">Friedhöfe</a></li><li><a href="feuerwehr.html">Feuerwehr</a></li>
<li><a href="jugendpflege.html">Jugendpflege</a></li><li><a href="/veranstaltungen/">Veranstaltungen</a></li></ul>"""
    add("leben/index.html", chrome("Leben &amp; Wohnen", body, [("Leben &amp; Wohnen", "")], "Leben"))


NEWS = [
    ("2025-03-04", "neue-oeffnungszeiten-einwohnermeldeamt", "Neue Öffnungszeiten im Einwohnermeldeamt",
     "Ab dem 1. April ist das Einwohnermeldeamt donnerstags bis 18 Uhr geöffnet. Dafür bleibt es mittwochs "
     "geschlossen. Personalausweise und Reisepässe können weiterhin nur nach Terminvereinbarung beantragt werden.", ""),
    ("2025-02-18", "hundesteuer-satzung-geaendert", "Hundesteuer: Satzung geändert",
     "Der Samtgemeinderat hat die Hundesteuersatzung geändert. Der Steuersatz für den ersten Hund steigt auf 84 Euro. "
     "Die neuen Bescheide werden im März verschickt.",
     '<p>Bericht im <a href="https://www.marschland-kurier.de/lokales/heideland-hundesteuer.html" target="_blank">'
     'Marschland-Kurier</a></p>'),
    ("2025-02-03", "zulassungsstelle-brueckentag", "Kfz-Zulassungsstelle des Landkreises am Brückentag geschlossen",
     "Der Landkreis Marschland weist darauf hin, dass die Kfz-Zulassungsstelle in Marschstedt am 2. Mai geschlossen "
     "bleibt. Fahrzeuge können in dieser Zeit online über i-Kfz zugelassen werden. Die Samtgemeinde selbst nimmt "
     "keine Zulassungen vor.", ""),
    ("2025-01-22", "elterngeld-online", "Elterngeld jetzt auch online beantragen",
     "Der Landkreis Marschland informiert: Werdende Eltern können Elterngeld inzwischen auch digital beantragen. "
     "Zuständig ist die Elterngeldstelle des Landkreises, nicht die Samtgemeinde.",
     '<p>Weitere Informationen: <a href="https://www.elterngeld-digital.de/" target="_blank">ElterngeldDigital</a></p>'),
    ("2024-12-10", "uebernachtungssteuer-beschlossen", "Rat beschließt Übernachtungssteuer",
     "In seiner Sitzung am 14. März hat der Samtgemeinderat die Einführung einer Übernachtungssteuer beschlossen. "
     "Beherbergungsbetriebe werden gesondert angeschrieben.",
     '<p><a href="https://ratsinfo.sg-heideland.de/">Zur Niederschrift im Ratsinformationssystem</a></p>'),
    ("2024-11-28", "abfuhrkalender-2025", "Abfuhrkalender 2025 erschienen",
     "Der neue Abfuhrkalender ist da und liegt im Rathaus aus. Alte Kalender bitte nicht mehr verwenden.",
     '<p><a href="/medien/dokumente/abfuhrkalender_2025.pdf">Abfuhrkalender 2025 (PDF)</a> · '
     '<a href="/medien/dokumente/abfuhrkalender_2023.pdf">Abfuhrkalender 2023</a></p>'),
]


def aktuelles() -> None:
    H.allowed_404.add("/medien/dokumente/abfuhrkalender_2023.pdf")
    items = []
    for date, slug, title, txt, extra in NEWS:
        day = f"{date[8:10]}.{date[5:7]}.{date[:4]}"
        add(f"aktuelles/{slug}.html", chrome(e(title), f"""<div class="news"><p class="datum">{day}</p><h1>{e(title)}</h1>
<p>{e(txt)}</p>{extra}<p><a href="/aktuelles/">Zurück zur Übersicht</a></p></div>""",
                                             [("Aktuelles", "/aktuelles/"), (e(title), "")], "Aktuelles"))
        items.append(f'<li><span class="datum">{day}</span> <a href="/aktuelles/{slug}.html">{e(title)}</a></li>')
    H.neg("10439", "only mentioned in a news item about the Landkreis registration office (Brückentag)")
    H.neg("10000", "only a news item that links to ElterngeldDigital; the Samtgemeinde does not provide it")
    H.neg("10375", "Übernachtungssteuer appears only in council minutes (Ratsinformationssystem) and a news item")
    add("aktuelles/index.html", chrome("Aktuelles", f"<h1>Aktuelles</h1><ul class=\"newsliste\">{''.join(items)}</ul>",
                                       [("Aktuelles", "")], "Aktuelles"))
    return items


def rathaus() -> None:
    people = "".join(f"<tr><td>{office}</td><td>{p[0]}</td><td>{p[1]}</td><td>{p[2]}</td>"
                     f'<td><a href="mailto:{p[3]}">{p[3]}</a></td></tr>' for office, p in PEOPLE.items())
    pages = {
        "rathaus/ansprechpartner.html": ("Ansprechpartner", f"<h1>Ansprechpartner</h1><table><tr><th>Bereich</th><th>Name"
                                          f"</th><th>Zimmer</th><th>Telefon</th><th>E-Mail</th></tr>{people}</table>"),
        "rathaus/oeffnungszeiten.html": ("Öffnungszeiten", "<h1>Öffnungszeiten</h1><table><tr><td>Montag</td><td>8.00–12.30"
                                         "</td></tr><tr><td>Dienstag</td><td>8.00–12.30, 14.00–16.00</td></tr><tr><td>Mittwoch"
                                         "</td><td>geschlossen</td></tr><tr><td>Donnerstag</td><td>8.00–12.30, 14.00–18.00"
                                         "</td></tr><tr><td>Freitag</td><td>8.00–12.00</td></tr></table>"),
        "rathaus/mitgliedsgemeinden.html": ("Mitgliedsgemeinden", "<h1>Mitgliedsgemeinden</h1><ul><li>Gemeinde Heidedorf"
                                            "</li><li>Gemeinde Moorwinkel</li><li>Gemeinde Sandbostel-Heide</li></ul>"),
        "rathaus/politik.html": ("Politik", """<h1>Rat und Ausschüsse</h1><p>Sitzungstermine, Tagesordnungen und
Niederschriften finden Sie im <a href="https://ratsinfo.sg-heideland.de/" target="_blank">Ratsinformationssystem</a>.</p>
<p>Samtgemeindebürgermeisterin: Anke Vollmers</p>"""),
    }
    for path, (title, body) in pages.items():
        add(path, chrome(title, body, [("Rathaus &amp; Politik", "/rathaus/"), (title, "")], "Rathaus"))
    jobs = [("sachbearbeitung-bauverwaltung", "Sachbearbeitung Bauverwaltung (m/w/d)",
             "Zu Ihren Aufgaben gehören die Prüfung von Bauanträgen auf Vollständigkeit, die Stellungnahmen der "
             "Samtgemeinde zu Baugenehmigungsverfahren des Landkreises und die Bauleitplanung. Vergütung nach "
             "EG 9b TVöD."),
            ("erzieherin-kita-sonnenblume", "Erzieherin / Erzieher für die Kita Sonnenblume (m/w/d)",
             "Wir suchen zum 1. August eine pädagogische Fachkraft in Teilzeit (30 Std.). Bewerbungen bitte per "
             "E-Mail an bewerbung@sg-heideland.de.")]
    links = []
    for slug, title, txt in jobs:
        add(f"rathaus/stellenangebote/{slug}.html", chrome(e(title), f"<h1>{e(title)}</h1><p>{e(txt)}</p><p>Bewerbungsschluss"
                                                                     f": 31.05.2025</p>",
                                                           [("Rathaus &amp; Politik", "/rathaus/"),
                                                            ("Stellenangebote", "/rathaus/stellenangebote/"), (e(title), "")]))
        links.append(f'<li><a href="{slug}.html">{e(title)}</a></li>')
    H.neg("10519", "Bauanträge only mentioned in a job advert; building permits are a Landkreis service")
    add("rathaus/stellenangebote/index.html", chrome("Stellenangebote", f"<h1>Stellenangebote</h1><ul>{''.join(links)}</ul>",
                                                     [("Rathaus &amp; Politik", "/rathaus/"), ("Stellenangebote", "")]))
    body = """<h1>Rathaus &amp; Politik</h1><ul><li><a href="ansprechpartner.html">Ansprechpartner</a></li>
<li><a href="oeffnungszeiten.html">Öffnungszeiten</a></li><li><a href="mitgliedsgemeinden.html">Mitgliedsgemeinden</a></li>
<li><a href="politik.html">Rat und Ausschüsse</a></li><li><a href="stellenangebote/">Stellenangebote</a></li></ul>"""
    add("rathaus/index.html", chrome("Rathaus &amp; Politik", body, [("Rathaus &amp; Politik", "")], "Rathaus"))


def misc() -> None:
    add("wirtschaft/index.html", chrome("Wirtschaft", """<h1>Wirtschaft</h1><p>Gewerbeflächen im Gewerbegebiet
„Am Heidering“ sind noch verfügbar. Ansprechpartner für Gründer: <a href="/buergerservice/dienstleistungen/">Gewerbeamt
(siehe Dienstleistungen A–Z)</a>.</p><p><a href="https://www.wirtschaftsfoerderung-marschland.example/">Wirtschaftsförderung
des Landkreises</a></p>""", [("Wirtschaft", "")], "Wirtschaft"))
    H.allowed_404.add("https://www.wirtschaftsfoerderung-marschland.example/")
    add("veranstaltungen/index.html", chrome("Veranstaltungen", """<h1>Veranstaltungen</h1><ul><li>12.04. Osterfeuer der
Ortsfeuerwehr Moorwinkel (Anmeldung der Feuer bis 15.03. beim Ordnungsamt)</li><li>03.05. Frühlingsmarkt Heidedorf</li>
<li>14.06. Blutspende im DRK-Heim</li></ul><p><a href="/veranstaltungen/kalender?monat=2025-04">Zum Veranstaltungskalender</a>
</p>""", [("Veranstaltungen", "")]))
    for path, title, body in (
            ("impressum.html", "Impressum", "<h1>Impressum</h1><p>Samtgemeinde Heideland, vertreten durch die "
             "Samtgemeindebürgermeisterin Anke Vollmers, Rathausplatz 1, 29699 Heidedorf. USt-IdNr. DE 999 888 777</p>"),
            ("datenschutz.html", "Datenschutz", "<h1>Datenschutzerklärung</h1><p>Verantwortlich ist die Samtgemeinde "
             "Heideland. Datenschutzbeauftragter: datenschutz@sg-heideland.de</p>"),
            ("barrierefreiheit.html", "Barrierefreiheit", "<h1>Erklärung zur Barrierefreiheit</h1><p>Diese Website ist "
             "teilweise barrierefrei. PDF-Dokumente sind nicht durchgängig barrierefrei.</p>"),
            ("kontakt.html", "Kontakt", "<h1>Kontakt</h1><p>Rathaus Heidedorf, Rathausplatz 1, 29699 Heidedorf<br>"
             'Telefon 05142 987-0 · <a href="mailto:info@sg-heideland.de">info@sg-heideland.de</a></p>'),
            ("leichte-sprache.html", "Leichte Sprache", "<h1>Leichte Sprache</h1><p>Hier finden Sie Informationen in "
             "Leichter Sprache. Das Rathaus hilft Ihnen bei vielen Sachen.</p>"),
            ("suche.html", "Suche", "<h1>Suche</h1><p>Bitte geben Sie einen Suchbegriff ein.</p>"),
            ("sitemap.html", "Sitemap", "<h1>Sitemap</h1><ul><li><a href=\"/rathaus/\">Rathaus</a></li><li><a href="
             "\"/buergerservice/\">Bürgerservice</a></li><li><a href=\"/leben/\">Leben</a></li></ul>")):
        add(path, chrome(title, body, [(title, "")], side=False))
    # robots-disallowed area with a service-looking online form
    H.page("intern/index.html", chrome("Intranet", """<h1>Intranet</h1><p>Nur für Beschäftigte.</p>
<ul><li><a href="/intern/vereinsfoerderung-online.html">Testformular Vereinsförderung</a></li></ul>""", [("Intranet", "")]))
    H.page("intern/vereinsfoerderung-online.html", chrome("Vereinsförderung online beantragen", """<h1>Zuschuss für Vereine
und ehrenamtliche Tätigkeit – Online-Antrag (TEST)</h1><form method="post" action="/intern/senden">
<label for="verein">Verein</label><input id="verein" name="verein"><label for="betrag">Beantragter Zuschuss</label>
<input id="betrag" name="betrag" type="number"><label for="zweck">Verwendungszweck</label><textarea id="zweck" name="zweck">
</textarea><button type="submit">Antrag absenden</button></form>""", [("Intranet", "")]))
    H.neg("10134", "Vereinsförderung online form exists only under /intern/, which robots.txt disallows")
    H.raw("robots.txt", b"# robots.txt Samtgemeinde Heideland\nUser-agent: *\nDisallow: /intern/\nDisallow: /suche.html\n"
                        b"\nSitemap: http://www.sg-heideland.de/sitemap.xml\n")


def home() -> None:
    body = """<div id="buehne"><h1>Willkommen in der Samtgemeinde Heideland</h1><p>Drei Gemeinden, eine Verwaltung –
zwischen Heide und Moor.</p></div>
<div class="schnellzugriff"><h2>Schnell erledigt</h2><ul>
<li><a href="/online"><img src="/layout/heideland/img/icon-online.png" alt=""> Online-Dienste</a></li>
<li><a href="/buergerservice/dienstleistungen/"><img src="/layout/heideland/img/icon-az.png" alt=""> Was erledige ich wo?</a></li>
<li><a href="/buergerservice/formulare.html"><img src="/layout/heideland/img/icon-pdf.png" alt=""> Formulare</a></li>
<li><a href="https://termine.sg-heideland.de/" target="_blank"><img src="/layout/heideland/img/icon-termin.png" alt=""> Termin buchen</a></li>
<li><a href="https://ratsinfo.sg-heideland.de/" target="_blank">Ratsinfo</a></li></ul></div>
<div class="news-teaser"><h2>Aktuelles</h2><ul>
<li><a href="/aktuelles/neue-oeffnungszeiten-einwohnermeldeamt.html">Neue Öffnungszeiten im Einwohnermeldeamt</a></li>
<li><a href="/aktuelles/hundesteuer-satzung-geaendert.html">Hundesteuer: Satzung geändert</a></li>
<li><a href="/aktuelles/zulassungsstelle-brueckentag.html">Kfz-Zulassungsstelle am Brückentag geschlossen</a></li>
</ul><p><a href="/aktuelles/">Alle Meldungen</a></p></div>
<div class="newsletter"><h2>Newsletter</h2><form action="/newsletter/anmelden" method="post"><label for="nlm">E-Mail</label>
<input type="email" id="nlm" name="email"><button type="submit">Abonnieren</button></form></div>"""
    add("index.html", chrome("Startseite", body, [], side=True).replace(
        'Sie befinden sich hier: <a href="/">Startseite</a>', "Sie befinden sich hier: Startseite"))


def build() -> Host:
    detail_pages()
    statute_pdfs()
    az_index()
    service_hub()
    leben()
    aktuelles()
    rathaus()
    misc()
    home()
    urls = "".join(f"<url><loc>http://www.sg-heideland.de/{p.replace('index.html', '')}</loc>"
                   f"<lastmod>2025-03-0{len(p) % 9 + 1}</lastmod></url>\n" for p in SITEMAP)
    H.raw("sitemap.xml", ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
                          f'schemas/sitemap/0.9">\n{urls}</urlset>\n').encode())
    H.site_json = {"calendar_trap": "/veranstaltungen/kalender", "latency_ms": [20, 120],
                   "redirects": {"/buergerservice/a-z": "/buergerservice/dienstleistungen/",
                                 "/online": "/buergerservice/online-dienste.html"},
                   "status": {"/medien/intern/": 403}}
    return H
