"""Gemeinde Rehwinkel: member of Landkreis Geestmoor; own info pages, online services only via the Open Kreishaus."""

from __future__ import annotations

from _gen import geestmoor
from _gen.common import Town, World, labels, not_service, pdf, service, town_basics

WWW = "www.gemeinde-rehwinkel.de"


def build(world: World) -> None:
    www = world.host(WWW)
    town = Town(
        www,
        "Gemeinde Rehwinkel",
        "Rehwinkel",
        nav=[
            ("Bürgerservice", "/buergerservice/"),
            ("Rathaus", "/rathaus/"),
            ("Aktuelles", "/aktuelles/"),
            ("Freizeit", "/freizeit/"),
        ],
        address=["Rathaus", "Lindenallee 2", "27436 Rehwinkel"],
        phone="04762 9300-0",
        email="post@gemeinde-rehwinkel.de",
        flavor="sixcms",
    )

    def leistung(slug: str) -> str:
        return f"/buergerservice/leistungen/{slug}.html"

    hund_pdf = www.raw("/medien/formulare/hundesteuer-anmeldung.pdf", pdf(
        "Anmeldung eines Hundes zur Hundesteuer",
        ["Gemeinde Rehwinkel - Steueramt", "Rasse, Geburtsdatum, Chipnummer", "Beginn der Hundehaltung"],
        author="Gemeinde Rehwinkel"))
    grab_pdf = www.raw("/medien/formulare/friedhof-grabstaette.pdf", pdf(
        "Antrag auf Überlassung einer Grabstätte",
        ["Friedhof Rehwinkel / Friedhof Dahlum", "Grabart", "Nutzungsberechtigte Person"],
        author="Gemeinde Rehwinkel"))
    sonder_pdf = www.raw("/medien/formulare/sondernutzung.pdf", pdf(
        "Antrag auf Sondernutzungserlaubnis für Gemeindestraßen",
        ["Art der Sondernutzung", "Zeitraum", "Lageskizze beifügen"], author="Gemeinde Rehwinkel"))

    crumbs = [("Bürgerservice", "/buergerservice/"), ("Leistungen A-Z", "/buergerservice/a-z/")]
    pages = [
        ("hundesteuer", "Hundesteuer", f"""<p>Jeder Hund, der in Rehwinkel gehalten wird, ist innerhalb von zwei Wochen
beim Steueramt anzumelden. Der Steuersatz beträgt für den ersten Hund 84 Euro im Jahr.</p>
<p><a href="{hund_pdf}">Anmeldeformular Hundesteuer (PDF)</a></p>"""),
        ("wohnsitz-anmelden", "Wohnsitz anmelden", """<p>Nach dem Einzug in eine neue Wohnung müssen Sie sich innerhalb
von zwei Wochen im Bürgerbüro anmelden. Bringen Sie Ihren Ausweis und die Wohnungsgeberbestätigung Ihres
Vermieters mit.</p>"""),
        ("meldebescheinigung", "Meldebescheinigung", """<p>Eine Meldebescheinigung erhalten Sie sofort im Bürgerbüro gegen
Vorlage Ihres Ausweises. Gebühr: 8 Euro.</p>"""),
        ("fundsachen", "Fundsachen", """<p>Das Fundbüro befindet sich im Bürgerbüro des Rathauses. Fundsachen werden sechs
Monate aufbewahrt.</p>"""),
        ("eheschliessung", "Eheschließung", """<p>Das Standesamt Rehwinkel traut im Trauzimmer des Rathauses und in der
Dahlumer Mühle. Die Anmeldung der Eheschließung erfolgt persönlich nach Terminvereinbarung.</p>"""),
        ("friedhof", "Friedhof und Grabstätten", f"""<p>Die Gemeinde unterhält die Friedhöfe in Rehwinkel und Dahlum.
Grabstätten werden im Sterbefall vergeben.</p><p><a href="{grab_pdf}">Antrag auf Überlassung einer Grabstätte
(PDF)</a></p>"""),
        ("kindertagesstaetten", "Kindertagesstätten", """<p>In Rehwinkel gibt es drei Kindertagesstätten. Die Anmeldung
erfolgt direkt bei der Kita-Leitung; die Platzvergabe koordiniert das Rathaus.</p>"""),
        ("sondernutzung", "Sondernutzung von Gemeindestraßen", f"""<p>Für Container, Gerüste oder Verkaufsstände auf
Gemeindestraßen brauchen Sie eine Erlaubnis.</p><p><a href="{sonder_pdf}">Antrag auf Sondernutzungserlaubnis
(PDF)</a></p>"""),
    ]
    urls = {}
    for slug, title, body in pages:
        urls[slug] = town.page(leistung(slug), title, body, [*crumbs, (title, leistung(slug))])
    az = "".join(f'<li><a href="{leistung(slug)}">{title}</a></li>' for slug, title, _ in sorted(pages,
                                                                                             key=lambda e: e[1]))
    town.page("/buergerservice/a-z/", "Leistungen von A bis Z", f"<ul class=\"az\">{az}</ul>", crumbs)
    town.page(
        "/buergerservice/",
        "Bürgerservice",
        """<ul><li><a href="/buergerservice/a-z/">Leistungen von A bis Z</a></li>
<li><a href="/buergerservice/online-dienste/">Online-Dienste</a></li></ul>
<p>Bürgerbüro: Mo–Fr 8–12 Uhr, Di 14–18 Uhr</p>""",
        [("Bürgerservice", "/buergerservice/")],
    )
    town.page(
        "/buergerservice/online-dienste/",
        "Online-Dienste",
        f"""<p>Die Gemeinde Rehwinkel bietet derzeit keine eigenen Online-Anträge an. Viele Anträge für Leistungen
des Landkreises – zum Beispiel Kfz-Zulassung, Wohngeld oder Sperrmüll – stellen Sie online im
<a href="http://{geestmoor.KREISHAUS}/">Open Kreishaus des Landkreises Geestmoor</a>.</p>""",
        [("Bürgerservice", "/buergerservice/"), ("Online-Dienste", "/buergerservice/online-dienste/")],
    )
    town.page("/", "Gemeinde Rehwinkel", """<p>Willkommen in Rehwinkel!</p>
<ul><li><a href="/buergerservice/">Bürgerservice</a></li><li><a href="/buergerservice/online-dienste/">Online-Dienste</a>
</li><li><a href="/aktuelles/">Aktuelles</a></li></ul>""")
    town.page("/rathaus/", "Rathaus", """<p>Bürgermeister: Jens Rolfs. Das Rathaus ist barrierefrei erreichbar.</p>
<p>Verwaltung: Hauptamt, Bürgerbüro, Standesamt, Steueramt, Bauamt.</p>""", [("Rathaus", "/rathaus/")])
    town.page("/aktuelles/", "Aktuelles", """<div class="news"><h2>Rat lehnt Zweitwohnungsteuer ab</h2>
<p>Der Gemeinderat hat sich gegen die Einführung einer Zweitwohnungsteuer ausgesprochen. Der Vorschlag war im
Zuge der Haushaltsberatungen von der Verwaltung eingebracht worden.</p></div>
<div class="news"><h2>Osterfeuer am Sportplatz</h2><p>Die Landjugend lädt am Ostersamstag zum Osterfeuer ein.</p>
</div>""", [("Aktuelles", "/aktuelles/")])
    town.page("/freizeit/", "Freizeit", """<ul><li>Freibad Rehwinkel (Juni bis August)</li><li>Heimatmuseum Dahlumer
Mühle</li><li>Radwanderweg „Geestroute“</li></ul>""", [("Freizeit", "/freizeit/")])
    town_basics(town)

    own = [
        service("10160", 2, "own Hundesteuer page with PDF", [urls["hundesteuer"], hund_pdf]),
        service("10124", 1, "own info page 'Wohnsitz anmelden'", [urls["wohnsitz-anmelden"]]),
        service("10559", 1, "own info page 'Meldebescheinigung'", [urls["meldebescheinigung"]]),
        service("10244", 1, "own info page 'Fundsachen'", [urls["fundsachen"]]),
        service("10026", 1, "own info page 'Eheschließung'", [urls["eheschliessung"]]),
        service("10227", 2, "own Friedhof page with PDF", [urls["friedhof"], grab_pdf]),
        service("10019", 1, "own info page 'Kindertagesstätten'", [urls["kindertagesstaetten"]]),
        service("10348", 2, "own Sondernutzung page with PDF", [urls["sondernutzung"], sonder_pdf]),
    ]
    kreis = []
    for entry in geestmoor.TILE_SERVICES:
        copy = dict(entry)
        copy["provided_by"] = "landkreis"
        copy["why"] = "only via the Landkreis portal the Gemeinde links: " + str(entry["why"])
        kreis.append(copy)
    labels(
        world,
        WWW,
        name="Gemeinde Rehwinkel",
        kind="gemeinde",
        landkreis="Landkreis Geestmoor",
        family="open_kreishaus",
        services=own + kreis,
        not_services=[
            not_service("10126", "Zweitwohnungsteuer only in a news item about a council decision against it"),
            not_service("10147", "Osterfeuer only as an event of the Landjugend"),
        ],
    )
