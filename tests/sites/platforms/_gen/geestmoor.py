"""Landkreis Geestmoor: "Open Kreishaus" tile portal, a BIS directory (/informationen-und-auftrage/), gremien.info."""

from __future__ import annotations

from _gen.bis import Bis
from _gen.common import (
    PERSON_FIELDS,
    Host,
    Town,
    World,
    esc,
    form,
    labels,
    not_service,
    portal_legal,
    service,
    simple_page,
    town_basics,
)

WWW = "www.landkreis-geestmoor.de"
KREISHAUS = "openkreishaus.landkreis-geestmoor.de"
BISHOST = "service.landkreis-geestmoor.de"
RIS = "geestmoor.gremien.info"

# Services reachable from the tile page of the Open Kreishaus, for member municipalities (provided_by "landkreis").
TILE_SERVICES: list[dict[str, object]] = []


def _kreishaus_page(host: Host, path: str, title: str, body: str) -> str:
    return host.page(
        path,
        f"""<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>{esc(title)} – Open Kreishaus Landkreis Geestmoor</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body class="openkreishaus">
<header class="ok-header"><a class="ok-logo" href="/">Open Kreishaus</a> <span>Landkreis Geestmoor</span>
<nav class="ok-user"><a href="/hilfe/">Hilfe</a> · <a href="/anmelden/">Anmelden</a></nav></header>
<main class="ok-main">
<h1>{esc(title)}</h1>
{body}
</main>
<footer class="ok-footer">Ein Angebot des Landkreises Geestmoor · <a href="/impressum">Impressum</a> ·
<a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
""",
    )


TILES = [
    # slug, title, description, ozg, kind (form|form4|prepared), extra fields
    ("kfz-zulassung", "Fahrzeug zulassen, umschreiben oder abmelden (i-Kfz)",
     "Zulassung, Wiederzulassung, Umschreibung und Außerbetriebsetzung von Kraftfahrzeugen.", "10439", "form",
     [("Fahrzeug-Identifizierungsnummer (FIN)", "fin", "text"),
      ("Vorgang", "vorgang", "select:Neuzulassung|Umschreibung|Außerbetriebsetzung")]),
    ("fuehrerschein-umtausch", "Führerschein umtauschen",
     "Umtausch eines Papierführerscheins oder eines alten Kartenführerscheins in den EU-Kartenführerschein.",
     "10169", "form", [("Führerscheinnummer", "fsnr", "text"), ("Ausstellungsdatum", "fsdatum", "date")]),
    ("bauantrag", "Bauantrag digital einreichen",
     "Bauantrag, Bauvoranfrage und Antrag im vereinfachten Verfahren mit allen Bauvorlagen digital.", "10519",
     "form", [("Baugrundstück (Gemarkung, Flur, Flurstück)", "flurstueck", "text"),
              ("Art des Vorhabens", "vorhaben", "textarea")]),
    ("wohngeld", "Wohngeld beantragen",
     "Mietzuschuss oder Lastenzuschuss – Erstantrag und Weiterleistungsantrag.", "10092", "form4",
     [("Anzahl der Haushaltsmitglieder", "haushalt", "text"), ("Monatliche Bruttokaltmiete in Euro", "miete", "text")]),
    ("fischereischein", "Fischereischein beantragen",
     "Fischereischein nach bestandener Fischerprüfung oder Verlängerung eines vorhandenen Scheins.", "10148", "form",
     [("Datum der Fischerprüfung", "pruefung", "date")]),
    ("sperrmuell", "Sperrmüll anmelden",
     "Abholung von Sperrmüll, Elektrogroßgeräten und Metallschrott – zweimal im Jahr kostenlos.", "10110", "form",
     [("Gegenstände", "gegenstaende", "textarea"), ("Abholung von Elektrogeräten", "elektro", "checkbox")]),
    ("schuelerbefoerderung", "Schülerbeförderung – Schülerfahrkarte beantragen",
     "Antrag auf eine Schülerfahrkarte oder Erstattung der Fahrkosten zur Schule.", "10042", "form",
     [("Schule", "schule", "text"), ("Klasse im kommenden Schuljahr", "klasse", "text")]),
    ("unterhaltsvorschuss", "Unterhaltsvorschuss beantragen",
     "Unterhaltsvorschuss für Kinder Alleinerziehender, wenn der andere Elternteil keinen Unterhalt zahlt.",
     "10035", "form", [("Name des Kindes", "kind", "text"), ("Geburtsdatum des Kindes", "kindgeb", "date")]),
    ("waffenrecht", "Waffenrechtliche Erlaubnisse",
     "Waffenbesitzkarte, Waffenschein und Munitionserwerbsberechtigung beantragen.", "10151", "prepared", []),
]


def build(world: World) -> None:
    www = world.host(WWW)
    town = Town(
        www,
        "Landkreis Geestmoor",
        "Geestmoor",
        nav=[
            ("Bürgerservice", "/buergerservice/"),
            ("Landkreis", "/landkreis/gemeinden/"),
            ("Kreistag", "/kreistag/"),
            ("Aktuelles", "/aktuelles/"),
            ("Karriere", "/karriere/"),
        ],
        address=["Kreishaus", "Am Wall 20", "27432 Geestmoor"],
        phone="04761 983-0",
        email="kreishaus@landkreis-geestmoor.de",
        flavor="typo3",
    )
    ok = world.host(KREISHAUS)
    bis = Bis(
        world.host(BISHOST),
        "informationen-und-auftrage",
        "Landkreis Geestmoor",
        "Bürgerservice",
        f"http://{WWW}/",
        "das Open Kreishaus des Landkreises Geestmoor",
    )
    p = bis.detail_path

    def d(ident: int) -> str:
        return bis.host.url(p(ident))

    # ------------------------------------------------------------------ Open Kreishaus: tiles and forms
    tiles_html = []
    tile_urls: dict[str, str] = {}
    for slug, title, description, _ozg, kind, fields in TILES:
        path = f"/antrag/{slug}/"
        button = "Zum Online-Dienst" if kind == "prepared" else "Antrag stellen"
        tiles_html.append(
            f'<div class="tile" data-kategorie="online-dienst"><h2 class="tile-title">{esc(title)}</h2>'
            f'<p>{esc(description)}</p><a class="tile-link" href="{path}">{button}</a></div>'
        )
        if kind == "prepared":
            tile_urls[slug] = _kreishaus_page(
                ok,
                path,
                title,
                """<div class="notice"><p>Dieser Dienst wird derzeit vorbereitet und steht in Kürze zur
Verfügung.</p><p>Bis dahin wenden Sie sich bitte an die Waffenbehörde: Telefon 04761 983-3310
(Mo–Do 8–12 Uhr).</p></div>""",
            )
            continue
        notice = ""
        if kind == "form4":
            notice = (
                '<p class="hinweis">Ihr Antrag wird vollständig digital bearbeitet. Den Wohngeldbescheid '
                "erhalten Sie als elektronisches Dokument in das Postfach Ihrer BundID.</p>"
            )
        login = (
            '<p class="login-hint">Sie können den Antrag ohne Anmeldung stellen. Mit der '
            '<a href="/anmelden/">Anmeldung über BundID oder Servicekonto Niedersachsen</a> werden Ihre Daten '
            "automatisch übernommen.</p>"
        )
        tile_urls[slug] = _kreishaus_page(
            ok,
            path,
            title,
            login
            + notice
            + form(
                f"/antrag/{slug}/senden",
                [*PERSON_FIELDS, *fields, ("Ich versichere die Richtigkeit meiner Angaben.", "richtig", "checkbox")],
                submit="Antrag absenden",
            ),
        )
    _kreishaus_page(
        ok,
        "/",
        "Online-Dienste des Landkreises Geestmoor",
        "<p>Wählen Sie einen Online-Dienst. Viele Anträge können Sie ohne Anmeldung stellen; mit der BundID oder "
        'dem Servicekonto Niedersachsen geht es schneller.</p>\n<div class="tiles">\n'
        + "\n".join(tiles_html)
        + "\n</div>",
    )
    _kreishaus_page(
        ok,
        "/anmelden/",
        "Anmelden",
        """<form action="/anmelden/" method="post"><button name="idp" value="bundid">Mit BundID anmelden</button>
<button name="idp" value="skni">Mit Servicekonto Niedersachsen anmelden</button></form>""",
    )
    _kreishaus_page(
        ok,
        "/hilfe/",
        "Hilfe",
        """<h2>Was ist die BundID?</h2><p>Die BundID ist das zentrale Nutzerkonto für Online-Dienste der
Verwaltung. Sie können sich mit dem Online-Ausweis, mit ELSTER-Zertifikat oder mit Benutzername und Passwort
anmelden.</p><h2>Wie erhalte ich Bescheide?</h2><p>Das hängt vom jeweiligen Online-Dienst ab. Einige Bescheide
stellen wir elektronisch in Ihr Postfach zu, andere versenden wir weiterhin per Post.</p>""",
    )
    portal_legal(ok, "Open Kreishaus", "Landkreis Geestmoor")
    # the legal pages above use the portal skin; the footer links point to /impressum and /datenschutz

    # ------------------------------------------------------------------ BIS directory of the Landkreis
    doc_bio = bis.document(92001, "Bestellung einer Biotonne", ["Abfallwirtschaft Landkreis Geestmoor",
                                                                  "Behältergröße 60 / 120 / 240 Liter",
                                                                  "Grundstückseigentümer"])
    doc_jagd = bis.document(92011, "Antrag auf Erteilung eines Jagdscheins",
                            ["Jahresjagdschein / Tagesjagdschein", "Nachweis der Jagdhaftpflichtversicherung"])
    doc_park = bis.document(92040, "Antrag auf Ausnahmegenehmigung – Parkerleichterung für schwerbehinderte Menschen",
                            ["Merkzeichen aG / Bl / TBl", "Kopie des Schwerbehindertenausweises"])

    def kh(slug: str) -> str:
        return tile_urls[slug]

    bis.detail(91001, "Biotonne bestellen", [
        ("Beschreibung", "<p>Für Küchen- und Gartenabfälle stellt die Abfallwirtschaft eine braune Biotonne auf. "
         "Bestellen Sie die Tonne mit dem Formular; die Lieferung erfolgt innerhalb von drei Wochen.</p>"),
        ("Gebühren", "<p>Die Gebühr ist in der Abfallgebühr enthalten.</p>")],
        kategorie="Abfall", synonyme=["Biotonne", "Bioabfall", "braune Tonne", "Komposttonne"],
        docs=[(92001, "Bestellformular Biotonne", "")], offices=[(93004, "Abfallwirtschaft")])
    bis.detail(91002, "Sperrmüll anmelden [online möglich]", [
        ("Beschreibung", "<p>Zweimal im Jahr holen wir Sperrmüll kostenlos an Ihrem Grundstück ab. Sie erhalten "
         "den Abholtermin per E-Mail.</p>")],
        kategorie="Abfall", synonyme=["Sperrmüll", "Sperrgut", "Möbel entsorgen", "Elektroschrott"],
        online=kh("sperrmuell"), offices=[(93004, "Abfallwirtschaft")])
    bis.detail(91010, "Waffenbesitzkarte", [
        ("Beschreibung", "<p>Wer eine erlaubnispflichtige Schusswaffe erwerben und besitzen will, braucht eine "
         "Waffenbesitzkarte. Voraussetzungen sind Zuverlässigkeit, persönliche Eignung, Sachkunde und ein "
         "Bedürfnis.</p>"),
        ("Antragstellung", "<p>Der Antrag ist derzeit schriftlich bei der Waffenbehörde zu stellen.</p>")],
        kategorie="Sicherheit und Ordnung", synonyme=["Waffenerlaubnis", "Waffenschein", "Sportschütze"],
        offices=[(93005, "Waffenbehörde")])
    bis.detail(91011, "Jagdschein", [
        ("Beschreibung", "<p>Der Jahresjagdschein wird für ein bis drei Jagdjahre erteilt. Voraussetzung ist die "
         "bestandene Jägerprüfung.</p>")],
        kategorie="Sicherheit und Ordnung", synonyme=["Jägerprüfung", "Jagderlaubnis"],
        docs=[(92011, "Antrag Jagdschein (PDF)", "")], offices=[(93005, "Waffenbehörde")])
    bis.detail(91020, "Ausbildungsförderung (BAföG)", [
        ("Beschreibung", "<p>Das Amt für Ausbildungsförderung des Landkreises ist für Schülerinnen und Schüler "
         "zuständig, die eine weiterführende Schule oder Fachschule besuchen. Für Studierende ist das "
         "Studierendenwerk zuständig.</p>")],
        kategorie="Bildung", synonyme=["Schüler-BAföG", "Ausbildungsförderung"],
        offices=[(93006, "Amt für Ausbildungsförderung")])
    bis.detail(91030, "Aufenthaltserlaubnis", [
        ("Beschreibung", "<p>Ausländische Staatsangehörige, die nicht aus der EU kommen, brauchen für einen "
         "längeren Aufenthalt einen Aufenthaltstitel. Die Ausländerbehörde berät Sie zu den "
         "Voraussetzungen.</p>")],
        kategorie="Ausländerangelegenheiten", synonyme=["Aufenthaltstitel", "Visum Verlängerung"],
        offices=[(93003, "Ausländerbehörde")])
    bis.detail(91031, "Einbürgerung", [
        ("Beschreibung", "<p>Wer seit mindestens fünf Jahren rechtmäßig in Deutschland lebt und die weiteren "
         "Voraussetzungen erfüllt, kann die deutsche Staatsangehörigkeit beantragen. Vereinbaren Sie zunächst "
         "ein Beratungsgespräch.</p>")],
        kategorie="Ausländerangelegenheiten", synonyme=["Staatsangehörigkeit", "Einbürgerungsantrag"],
        offices=[(93003, "Ausländerbehörde")])
    bis.detail(91040, "Parkausweis für Menschen mit Behinderung", [
        ("Beschreibung", "<p>Schwerbehinderte Menschen mit den Merkzeichen aG, Bl oder TBl erhalten einen "
         "blauen EU-Parkausweis, weitere Personengruppen einen orangefarbenen Parkausweis.</p>")],
        kategorie="Verkehr", synonyme=["Behindertenparkausweis", "Parkerleichterung", "blauer Parkausweis"],
        docs=[(92040, "Antrag Parkerleichterung", "")], offices=[(93001, "Straßenverkehrsamt")])
    bis.detail(91050, "Unterhaltsvorschuss [online möglich]", [
        ("Beschreibung", "<p>Kinder von Alleinerziehenden erhalten Unterhaltsvorschuss, wenn der andere "
         "Elternteil keinen oder zu wenig Unterhalt zahlt.</p>")],
        kategorie="Familie", synonyme=["UVG", "Unterhaltsvorschusskasse"],
        online=kh("unterhaltsvorschuss"), offices=[(93007, "Jugendamt – Unterhaltsvorschusskasse")])
    bis.detail(91060, "Fahrzeug zulassen [online möglich]", [
        ("Beschreibung", "<p>Neufahrzeuge, Gebrauchtfahrzeuge und Fahrzeuge nach Halterwechsel müssen zugelassen "
         "werden. Mit i-Kfz erledigen Sie die Zulassung online; die Plaketten und Dokumente kommen per Post.</p>")],
        kategorie="Verkehr", synonyme=["Kfz-Zulassung", "Ummeldung Auto", "Abmeldung Auto", "i-Kfz"],
        online=kh("kfz-zulassung"), offices=[(93001, "Straßenverkehrsamt")])
    bis.detail(91070, "Baugenehmigung [online möglich]", [
        ("Beschreibung", "<p>Für die Errichtung, Änderung oder den Abbruch baulicher Anlagen ist in der Regel "
         "eine Baugenehmigung erforderlich. Bauanträge können vollständig digital gestellt werden.</p>")],
        kategorie="Bauen", synonyme=["Bauantrag", "Bauvoranfrage", "Bauvorbescheid"],
        online=kh("bauantrag"), offices=[(93002, "Bauordnungsamt")])
    for ident, name in [(93001, "Straßenverkehrsamt"), (93002, "Bauordnungsamt"), (93003, "Ausländerbehörde"),
                        (93004, "Abfallwirtschaft"), (93005, "Waffenbehörde"),
                        (93006, "Amt für Ausbildungsförderung"), (93007, "Jugendamt – Unterhaltsvorschusskasse")]:
        bis.office(ident, name, "Kreishaus, Am Wall 20<br>27432 Geestmoor", "<p>Mo–Fr 8–12 Uhr, Do 14–17 Uhr</p>", [])
    bis.az_page("Leistungen der Kreisverwaltung Geestmoor von A bis Z.")
    bis.auth_page()
    bis.home("Informationen und Aufträge rund um die Kreisverwaltung.",
             [("Sperrmüll anmelden", p(91002)), ("Fahrzeug zulassen", p(91060))])
    bis.legal()

    # ------------------------------------------------------------------ main site
    town.page(
        "/",
        "Landkreis Geestmoor",
        f"""<div class="hero"><p>Ihr Kreishaus – auch online.</p>
<p><a class="button" href="http://{KREISHAUS}/">Open Kreishaus – alle Online-Dienste</a>
<a class="button" href="{bis.host.url("/informationen-und-auftrage/")}">Dienstleistungen A-Z</a></p></div>
<h2>Aktuelles</h2><ul>
<li><a href="/aktuelles/wohngeld-digital.html">Wohngeld jetzt komplett digital</a></li>
<li><a href="/aktuelles/abfallkalender-2026.html">Abfallkalender 2026 erschienen</a></li></ul>""",
    )
    town.page(
        "/buergerservice/",
        "Bürgerservice",
        f"""<ul class="link-list">
<li><a href="http://{KREISHAUS}/">Online-Dienste im Open Kreishaus</a></li>
<li><a href="{bis.host.url("/informationen-und-auftrage/")}">Dienstleistungen von A bis Z</a></li>
<li><a href="/buergerservice/abfall/">Abfallwirtschaft</a></li>
</ul>""",
        [("Bürgerservice", "/buergerservice/")],
    )
    town.page(
        "/buergerservice/abfall/",
        "Abfallwirtschaft",
        f"""<p>Der Landkreis ist für die Abfallentsorgung in allen Städten und Gemeinden zuständig.</p>
<ul><li><a href="{d(91002)}">Sperrmüll anmelden</a> – oder direkt <a href="{kh("sperrmuell")}">online</a></li>
<li><a href="{d(91001)}">Biotonne bestellen</a></li></ul>""",
        [("Bürgerservice", "/buergerservice/"), ("Abfallwirtschaft", "/buergerservice/abfall/")],
    )
    town.page(
        "/landkreis/gemeinden/",
        "Städte und Gemeinden",
        """<ul><li><a href="http://www.gemeinde-rehwinkel.de/">Gemeinde Rehwinkel</a></li>
<li><a href="http://www.sg-hollerbrook.de/">Samtgemeinde Hollerbrook</a></li>
<li>Stadt Geestmoor</li><li>Samtgemeinde Ostermoor</li></ul>""",
        [("Landkreis", "/landkreis/gemeinden/")],
    )
    town.page(
        "/kreistag/",
        "Kreistag",
        f"""<p>Der Kreistag tagt öffentlich im Sitzungssaal des Kreishauses. Tagesordnungen und Protokolle finden Sie im
<a href="http://{RIS}/">Kreistagsinformationssystem</a>.</p>""",
        [("Kreistag", "/kreistag/")],
    )
    town.page(
        "/aktuelles/",
        "Aktuelles",
        """<ul><li><a href="/aktuelles/wohngeld-digital.html">Wohngeld jetzt komplett digital</a></li>
<li><a href="/aktuelles/abfallkalender-2026.html">Abfallkalender 2026 erschienen</a></li></ul>""",
        [("Aktuelles", "/aktuelles/")],
    )
    town.page(
        "/aktuelles/wohngeld-digital.html",
        "Wohngeld jetzt komplett digital",
        f"""<p>Ab sofort können Haushalte im Landkreis ihren Wohngeldantrag im
<a href="{kh("wohngeld")}">Open Kreishaus</a> stellen – ohne Papier und ohne Weg ins Kreishaus.</p>""",
        [("Aktuelles", "/aktuelles/"), ("Wohngeld digital", "/aktuelles/wohngeld-digital.html")],
    )
    town.page(
        "/aktuelles/abfallkalender-2026.html",
        "Abfallkalender 2026 erschienen",
        """<p>Der Abfallkalender liegt ab Mitte Dezember in allen Rathäusern aus und steht in der Abfall-App zur
Verfügung.</p>""",
        [("Aktuelles", "/aktuelles/"), ("Abfallkalender", "/aktuelles/abfallkalender-2026.html")],
    )
    town.page(
        "/karriere/",
        "Karriere beim Landkreis",
        """<h2>Sozialpädagogin / Sozialpädagoge (m/w/d) im Pflegekinderdienst</h2>
<p>Sie gewinnen, schulen und begleiten Pflegefamilien und wirken an der Vermittlung von Pflegekindern mit.
Entgeltgruppe S 14 TVöD SuE, unbefristet, Vollzeit oder Teilzeit.</p>""",
        [("Karriere", "/karriere/")],
    )
    town_basics(town)

    # ------------------------------------------------------------------ Kreistag on gremien.info
    ris = world.host(RIS)
    ris.content_types["*.php"] = "text/html"
    simple_page(ris, "/", "Kreistag und Ausschüsse", """<ul><li><a href="/meeting.php?id=3311">Kreistag,
11.12.2025</a></li><li><a href="/meeting.php?id=3298">Jugendhilfeausschuss, 20.11.2025</a></li></ul>""",
                brand="Gremieninfo Landkreis Geestmoor")
    simple_page(ris, "/meeting.php", "Kreistag – Sitzung vom 11.12.2025", """<ol>
<li>Haushaltssatzung 2026</li>
<li><a href="/agenda_item.php?id=18870">Bericht der Verwaltung zur Entwicklung des Pflegewohngeldes</a></li>
<li>Satzung über die Abfallentsorgung – Gebührenkalkulation 2026</li>
<li>Resolution zur Finanzierung der Schülerbeförderung</li></ol>""", brand="Gremieninfo Landkreis Geestmoor")
    simple_page(ris, "/agenda_item.php", "Bericht Pflegewohngeld", """<p>Die Ausgaben für Pflegewohngeld sind
gegenüber dem Vorjahr um 6 Prozent gestiegen. Die Verwaltung schlägt vor, die Mittel im Haushalt anzupassen.</p>""",
                brand="Gremieninfo Landkreis Geestmoor")
    portal_legal(ris, "Gremieninfo Landkreis Geestmoor", "Landkreis Geestmoor")

    # ------------------------------------------------------------------ labels
    TILE_SERVICES.clear()
    TILE_SERVICES.extend(
        [
            service("10439", 3, "Open Kreishaus tile 'Fahrzeug zulassen (i-Kfz)' leads to an online form",
                    [kh("kfz-zulassung")]),
            service("10169", 3, "tile 'Führerschein umtauschen' with online form", [kh("fuehrerschein-umtausch")]),
            service("10519", 3, "tile 'Bauantrag digital einreichen' with online form", [kh("bauantrag")]),
            service("10092", 4, "tile 'Wohngeld beantragen': online form and the statement that the "
                    "Wohngeldbescheid is delivered to the BundID postbox", [kh("wohngeld")]),
            service("10148", 3, "tile 'Fischereischein beantragen' with online form", [kh("fischereischein")]),
            service("10110", 3, "tile 'Sperrmüll anmelden' with online form", [kh("sperrmuell")]),
            service("10042", 3, "tile 'Schülerbeförderung' with online form", [kh("schuelerbefoerderung")]),
            service("10035", 3, "tile 'Unterhaltsvorschuss beantragen' with online form",
                    [kh("unterhaltsvorschuss")]),
            service("10151", 1, "only the tile description; its 'Zum Online-Dienst' target says the service is "
                    "being prepared (phone number only)", [ok.url("/"), kh("waffenrecht")]),
        ]
    )
    own_extra = {
        "10110": ([d(91002), d(91001), doc_bio], "BIS 'Sperrmüll anmelden [online möglich]' and 'Biotonne "
                  "bestellen' (PDF); the Open Kreishaus form makes it 3"),
        "10151": ([d(91010)], "BIS info 'Waffenbesitzkarte'; the Open Kreishaus tile has no online service yet"),
        "10439": ([d(91060)], "BIS detail [online möglich] linking the Open Kreishaus form"),
        "10519": ([d(91070)], "BIS detail [online möglich] linking the Open Kreishaus form"),
        "10035": ([d(91050)], "BIS detail [online möglich] linking the Open Kreishaus form"),
    }
    kreis_services = []
    for entry in TILE_SERVICES:
        copy = dict(entry)
        if entry["ozg_id"] in own_extra:
            urls, why = own_extra[str(entry["ozg_id"])]
            copy["evidence"] = [*entry["evidence"], *urls]  # type: ignore[misc]
            copy["why"] = why if entry["ozg_id"] in {"10110", "10151"} else f"{entry['why']}; {why}"
        kreis_services.append(copy)
    kreis_services += [
        service("10149", 2, "BIS 'Jagdschein' with PDF application (dokument download)", [d(91011), doc_jagd]),
        service("10056", 1, "BIS info 'Ausbildungsförderung (BAföG)'", [d(91020)]),
        service("10255", 1, "BIS info 'Aufenthaltserlaubnis'", [d(91030)]),
        service("10257", 1, "BIS info 'Einbürgerung'", [d(91031)]),
        service("10173", 2, "BIS 'Parkausweis für Menschen mit Behinderung' with PDF application",
                [d(91040), doc_park]),
    ]
    labels(
        world,
        WWW,
        name="Landkreis Geestmoor",
        kind="landkreis",
        landkreis="",
        family="open_kreishaus",
        services=kreis_services,
        not_services=[
            not_service("10224", "Pflegewohngeld only as a Kreistag agenda item (gremien.info)"),
            not_service("10013", "Pflegekinderdienst only in a job advert"),
            not_service("10160", "Hundesteuer is offered only by the linked member municipalities on their own "
                        "sites, not by the Landkreis"),
        ],
    )
