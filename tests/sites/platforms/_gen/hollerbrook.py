"""Samtgemeinde Hollerbrook: OpenR@thaus portal at service.sg-hollerbrook.de (section /suche/), council on itebo."""

from __future__ import annotations

from _gen.bis import Bis
from _gen.common import Town, World, labels, not_service, service, simple_page, town_basics

WWW = "www.sg-hollerbrook.de"
PORTAL = "service.sg-hollerbrook.de"
RIS = "hollerbrook.ris.itebo.de"

BUERO = (740001, "Bürgerbüro im Rathaus Hollerbrook")
STANDESAMT = (740002, "Standesamt Hollerbrook")
ORDNUNG = (740003, "Ordnungsamt")

# The Samtgemeinde's labelled services, reused by its member Gemeinde Wittkamp (provided_by "samtgemeinde").
SERVICES: list[dict[str, object]] = []


def build(world: World) -> None:
    www = world.host(WWW)
    town = Town(
        www,
        "Samtgemeinde Hollerbrook",
        "Hollerbrook",
        nav=[
            ("Bürgerservice", "/buergerservice/"),
            ("Samtgemeinde", "/samtgemeinde/mitgliedsgemeinden/"),
            ("Politik", "/politik/"),
            ("Aktuelles", "/aktuelles/"),
        ],
        address=["Rathausplatz 3", "27449 Hollerbrook"],
        phone="04163 8120-0",
        email="rathaus@sg-hollerbrook.de",
        flavor="sixcms",
    )
    bis = Bis(
        world.host(PORTAL),
        "suche",
        "Samtgemeinde Hollerbrook",
        "OpenR@thaus",
        f"http://{WWW}/",
        "das OpenR@thaus der Samtgemeinde Hollerbrook",
    )
    p = bis.detail_path

    def d(ident: int) -> str:
        return bis.host.url(p(ident))

    doc_sperre = bis.document(
        640131,
        "Antrag auf Eintragung einer Übermittlungssperre",
        ["Samtgemeinde Hollerbrook - Meldebehörde", "Widerspruch nach § 36, § 42, § 50 BMG", "Unterschrift"],
    )
    doc_kita = bis.document(
        640411,
        "Anmeldebogen für einen Platz in einer Kindertagesstätte",
        ["Angaben zum Kind", "Gewünschter Betreuungsbeginn und Betreuungszeit", "Wunsch-Kita 1 bis 3"],
    )
    doc_grabmal = bis.document(
        640711,
        "Antrag auf Genehmigung zur Errichtung eines Grabmals",
        ["Friedhof, Abteilung, Grabnummer", "Steinmetzbetrieb", "Zeichnung des Grabmals im Maßstab 1:10"],
    )

    bis.detail(
        540120,
        "An- und Abmeldung einer Wohnung [online möglich]",
        [
            ("Leistungsbeschreibung", "<p>Wenn Sie in eine Wohnung in der Samtgemeinde Hollerbrook einziehen, "
             "müssen Sie sich innerhalb von zwei Wochen anmelden. Wer ins Ausland verzieht oder eine Nebenwohnung "
             "aufgibt, meldet sich ab.</p>"),
            ("Erforderliche Unterlagen", "<ul><li>Ausweisdokument</li><li>Wohnungsgeberbestätigung</li></ul>"),
        ],
        kategorie="Meldewesen",
        synonyme=["Umzug", "Ummelden", "Zuzug", "Wegzug", "Wohnsitz", "Nebenwohnung"],
        online="wohnsitz",
        offices=[BUERO],
    )
    bis.detail(
        540130,
        "Übermittlungssperre beantragen",
        [
            ("Leistungsbeschreibung", "<p>Sie können verlangen, dass Ihre Daten nicht an Parteien, "
             "Wählergruppen, Adressbuchverlage oder zu Jubiläen weitergegeben werden. Nutzen Sie dafür den "
             "Vordruck oder sprechen Sie im Bürgerbüro vor.</p>"),
        ],
        kategorie="Meldewesen",
        synonyme=["Widerspruch Datenweitergabe", "Auskunftssperre", "Adressbuchsperre"],
        docs=[(640131, "Antrag Übermittlungssperre (PDF, 85 KB)", "")],
        offices=[BUERO],
    )
    bis.detail(
        540140,
        "Melderegisterauskunft und Meldebescheinigung",
        [
            ("Leistungsbeschreibung", "<p>Die Meldebehörde erteilt Ihnen eine Bescheinigung über Ihre eigenen "
             "Meldedaten. Dritte erhalten unter bestimmten Voraussetzungen eine einfache "
             "Melderegisterauskunft über Namen und Anschrift einer Person.</p>"),
            ("Gebühren", "<p>Meldebescheinigung 8 Euro, einfache Melderegisterauskunft 10 Euro.</p>"),
        ],
        kategorie="Meldewesen",
        synonyme=["Meldebestätigung", "Aufenthaltsbescheinigung", "Adressauskunft"],
        offices=[BUERO],
    )
    bis.detail(
        540150,
        "Ausweisdokumente",
        [
            ("Leistungsbeschreibung", "<p>Im Bürgerbüro beantragen Sie den Personalausweis, den Reisepass und den "
             "Kinderreisepass. Der Personalausweis ist zehn Jahre gültig (bei Personen unter 24 Jahren sechs Jahre), "
             "der Reisepass ebenfalls. Beantragen Sie Ihre Dokumente rechtzeitig, die Herstellung dauert etwa drei "
             "bis vier Wochen.</p>"),
            ("Erforderliche Unterlagen", "<ul><li>biometrisches Lichtbild</li><li>bisheriges Dokument</li>"
             "<li>bei Kindern: Zustimmung aller Sorgeberechtigten</li></ul>"),
            ("Gebühren", "<p>Personalausweis 37 Euro, Reisepass 70 Euro, Kinderreisepass 13 Euro.</p>"),
        ],
        kategorie="Ausweise",
        synonyme=["Personalausweis", "Reisepass", "Kinderreisepass", "vorläufiger Personalausweis", "Perso"],
        offices=[BUERO],
    )
    bis.detail(
        540210,
        "Hundesteuer [online möglich]",
        [
            ("Leistungsbeschreibung", "<p>Hunde sind innerhalb von vier Wochen nach der Aufnahme in den Haushalt "
             "zur Hundesteuer anzumelden und bei Abgabe oder Tod wieder abzumelden.</p>"),
            ("Hinweis", "<p>Unabhängig davon ist jeder Hund im Hunderegister Niedersachsen zu registrieren.</p>"),
        ],
        kategorie="Steuern",
        synonyme=["Hundeanmeldung", "Hundeabmeldung", "Hundemarke"],
        online="hundesteuer",
        offices=[(740004, "Steueramt")],
    )
    bis.detail(
        540220,
        "Gewerbeanzeige [online möglich]",
        [
            ("Leistungsbeschreibung", "<p>Beginn, Verlegung, Änderung oder Aufgabe eines Gewerbebetriebs sind "
             "anzuzeigen.</p>"),
            ("Gebühren", "<p>Anmeldung 25 Euro, Ummeldung 20 Euro, Abmeldung kostenfrei.</p>"),
        ],
        kategorie="Wirtschaft",
        synonyme=["Gewerbeanmeldung", "Gewerbeummeldung", "Gewerbeabmeldung", "Gewerbeschein"],
        online="gewerbe",
        offices=[ORDNUNG],
    )
    bis.detail(
        540230,
        "Fundbüro",
        [
            ("Leistungsbeschreibung", "<p>Fundsachen aus dem Gebiet der Samtgemeinde werden im Bürgerbüro "
             "verwahrt. Fragen Sie telefonisch oder persönlich nach, ob Ihr verlorener Gegenstand abgegeben "
             "wurde.</p>"),
        ],
        kategorie="Ordnung",
        synonyme=["Fundsachen", "verloren", "gefunden"],
        offices=[BUERO],
    )
    bis.detail(
        540310,
        "Eheschließung",
        [
            ("Leistungsbeschreibung", "<p>Die Eheschließung wird beim Standesamt angemeldet. Trauungen sind im "
             "Trauzimmer des Rathauses und im Heimathaus Ahrensmoor möglich.</p>"),
        ],
        kategorie="Standesamt",
        synonyme=["Heiraten", "Trauung", "Hochzeit"],
        offices=[STANDESAMT],
    )
    bis.detail(
        540320,
        "Geburtsurkunde [online möglich]",
        [
            ("Leistungsbeschreibung", "<p>Geburtsurkunden erhalten Sie beim Standesamt des Geburtsortes. Sie "
             "können die Urkunde online bestellen; sie wird Ihnen per Post zugeschickt.</p>"),
            ("Gebühren", "<p>12 Euro.</p>"),
        ],
        kategorie="Standesamt",
        synonyme=["Geburtenregister", "Abstammungsurkunde"],
        online="geburtsurkunde",
        offices=[STANDESAMT],
    )
    bis.detail(
        540410,
        "Kindertagesstätten – Platzvergabe",
        [
            ("Leistungsbeschreibung", "<p>Die Samtgemeinde ist Träger von fünf Kindertagesstätten. Plätze werden "
             "einmal jährlich zum 1. August vergeben. Reichen Sie den Anmeldebogen bis zum 31. Januar ein.</p>"),
        ],
        kategorie="Familie",
        synonyme=["Kindergarten", "Krippe", "Kita-Anmeldung"],
        docs=[(640411, "Anmeldebogen Kita", "")],
        offices=[(740005, "Fachbereich Familie und Bildung")],
    )
    bis.detail(
        540510,
        "Briefwahl",
        [
            ("Leistungsbeschreibung", "<p>Wer am Wahltag verhindert ist, kann per Briefwahl wählen. Den "
             "Wahlschein beantragen Sie mit der Rückseite Ihrer Wahlbenachrichtigung, schriftlich oder persönlich "
             "im Wahlbüro.</p>"),
        ],
        kategorie="Wahlen",
        synonyme=["Wahlschein", "Briefwahlunterlagen"],
        offices=[BUERO],
    )
    bis.detail(
        540610,
        "Sondernutzungserlaubnis",
        [
            ("Leistungsbeschreibung", "<p>Für Nutzungen von Gemeindestraßen über den Gemeingebrauch hinaus, etwa "
             "Baustellencontainer, Verkaufsstände oder Plakatwerbung, ist eine Erlaubnis erforderlich. Der Antrag "
             "ist formlos mindestens 14 Tage vorher zu stellen.</p>"),
        ],
        kategorie="Ordnung",
        synonyme=["Sondernutzung", "Container", "Plakatierung"],
        offices=[ORDNUNG],
    )
    bis.detail(
        540710,
        "Friedhofsangelegenheiten",
        [
            ("Leistungsbeschreibung", "<p>Die Samtgemeinde verwaltet die Friedhöfe in Hollerbrook und Ahrensmoor. "
             "Hier erwerben Sie Nutzungsrechte an Grabstätten und beantragen die Genehmigung für Grabmale. Die "
             "Friedhöfe in Wittkamp und Bergloh werden von den Gemeinden selbst verwaltet.</p>"),
        ],
        kategorie="Friedhof",
        synonyme=["Grabstelle", "Grabmal", "Bestattung", "Urnenbeisetzung"],
        docs=[(640711, "Antrag Grabmalgenehmigung", "")],
        offices=[ORDNUNG],
    )
    bis.office(
        BUERO[0],
        BUERO[1],
        "Rathausplatz 3<br>27449 Hollerbrook<br>Telefon 04163 8120-50",
        "<p>Mo–Fr 8.30–12.30 Uhr, Do 14–18 Uhr</p>",
        [(540120, "An- und Abmeldung einer Wohnung"), (540130, "Übermittlungssperre beantragen"),
         (540140, "Melderegisterauskunft und Meldebescheinigung"), (540150, "Ausweisdokumente"),
         (540230, "Fundbüro"), (540510, "Briefwahl")],
    )
    bis.office(STANDESAMT[0], STANDESAMT[1], "Rathausplatz 3<br>27449 Hollerbrook", "<p>nach Vereinbarung</p>",
               [(540310, "Eheschließung"), (540320, "Geburtsurkunde")])
    bis.office(ORDNUNG[0], ORDNUNG[1], "Rathausplatz 3<br>27449 Hollerbrook", "<p>Mo–Fr 8.30–12.30 Uhr</p>",
               [(540220, "Gewerbeanzeige"), (540610, "Sondernutzungserlaubnis"),
                (540710, "Friedhofsangelegenheiten")])
    bis.office(740004, "Steueramt", "Rathausplatz 3<br>27449 Hollerbrook", "<p>Mo–Fr 8.30–12.30 Uhr</p>",
               [(540210, "Hundesteuer")])
    bis.office(740005, "Fachbereich Familie und Bildung", "Schulstraße 2<br>27449 Hollerbrook",
               "<p>Di und Do 9–12 Uhr</p>", [(540410, "Kindertagesstätten – Platzvergabe")])
    bis.az_page("Alle Leistungen der Samtgemeinde Hollerbrook – auch für die Mitgliedsgemeinden Ahrensmoor, Bergloh, "
                "Hollerbrook und Wittkamp.")
    bis.auth_page()
    bis.home(
        "Willkommen im Serviceportal der Samtgemeinde Hollerbrook.",
        [("Umzug melden", p(540120)), ("Hundesteuer", p(540210)), ("Gewerbeanzeige", p(540220))],
    )
    bis.legal()

    # ------------------------------------------------------------------ main site
    town.page(
        "/",
        "Samtgemeinde Hollerbrook",
        f"""<p class="lead">Willkommen in der Samtgemeinde Hollerbrook mit ihren Mitgliedsgemeinden Ahrensmoor,
Bergloh, Hollerbrook und Wittkamp.</p>
<div class="tiles">
<a class="tile" href="/buergerservice/">Bürgerservice</a>
<a class="tile" href="{bis.host.url("/suche/")}">Dienstleistungen A-Z</a>
<a class="tile" href="/politik/">Rat und Ausschüsse</a>
</div>
<h2>Aktuelles</h2>
<ul><li><a href="/aktuelles/buergerbuero-feiertage.html">Bürgerbüro zwischen den Feiertagen</a></li>
<li><a href="/aktuelles/ferienpass.html">Ferienpass 2026 – Anmeldung startet</a></li></ul>""",
    )
    town.page(
        "/buergerservice/",
        "Bürgerservice",
        f"""<p>Alle Dienstleistungen der Samtgemeindeverwaltung finden Sie in unserem
<a href="{bis.host.url("/suche/")}">Serviceportal (Dienstleistungen von A bis Z)</a>. Einige Anliegen können Sie
dort nach der Anmeldung mit BundID oder Servicekonto auch online erledigen.</p>
<h2>Oft gesucht</h2><ul>
<li><a href="{d(540120)}">Umzug: An- und Abmeldung</a></li>
<li><a href="{d(540150)}">Personalausweis und Reisepass</a></li>
<li><a href="{d(540210)}">Hundesteuer</a></li>
<li><a href="/buergerservice/heiraten/">Heiraten in der Samtgemeinde</a></li>
</ul>
<h2>Bürgerbüro</h2><p>Rathausplatz 3, Mo–Fr 8.30–12.30 Uhr, Do 14–18 Uhr</p>""",
        [("Bürgerservice", "/buergerservice/")],
    )
    town.page(
        "/buergerservice/heiraten/",
        "Heiraten in der Samtgemeinde Hollerbrook",
        f"""<p>Sagen Sie Ja im Trauzimmer des Rathauses oder in der Diele des Heimathauses Ahrensmoor. Trautermine
vergeben wir dienstags bis samstags.</p><p>Alles zur Anmeldung der Eheschließung:
<a href="{d(540310)}">Eheschließung im Serviceportal</a>.</p>""",
        [("Bürgerservice", "/buergerservice/"), ("Heiraten", "/buergerservice/heiraten/")],
    )
    town.page(
        "/samtgemeinde/mitgliedsgemeinden/",
        "Mitgliedsgemeinden",
        """<ul><li>Gemeinde Ahrensmoor (1.420 Einwohner)</li><li>Gemeinde Bergloh (980 Einwohner)</li>
<li>Gemeinde Hollerbrook (4.310 Einwohner)</li>
<li><a href="http://www.gemeinde-wittkamp.de/">Gemeinde Wittkamp</a> (1.150 Einwohner)</li></ul>""",
        [("Samtgemeinde", "/samtgemeinde/mitgliedsgemeinden/")],
    )
    town.page(
        "/politik/",
        "Politik",
        f"""<p>Der Samtgemeinderat hat 26 Mitglieder. Sitzungstermine, Tagesordnungen und Niederschriften finden
Sie im <a href="http://{RIS}/bi/">Ratsinformationssystem</a>.</p>""",
        [("Politik", "/politik/")],
    )
    town.page(
        "/aktuelles/",
        "Aktuelles",
        """<ul><li><a href="/aktuelles/buergerbuero-feiertage.html">Bürgerbüro zwischen den Feiertagen</a></li>
<li><a href="/aktuelles/ferienpass.html">Ferienpass 2026 – Anmeldung startet</a></li>
<li><a href="/stellen/">Stellenausschreibungen</a></li></ul>""",
        [("Aktuelles", "/aktuelles/")],
    )
    town.page(
        "/aktuelles/buergerbuero-feiertage.html",
        "Bürgerbüro zwischen den Feiertagen",
        """<p>Vom 27. bis 30. Dezember ist das Bürgerbüro nur vormittags geöffnet. Am 31. Dezember bleibt das
Rathaus geschlossen.</p>""",
        [("Aktuelles", "/aktuelles/"), ("Bürgerbüro", "/aktuelles/buergerbuero-feiertage.html")],
    )
    town.page(
        "/aktuelles/ferienpass.html",
        "Ferienpass 2026 – Anmeldung startet",
        """<p>Über 80 Angebote von Vereinen und Verbänden: Kanutour, Backen im Heimathaus, Reiten und vieles mehr.
Die Anmeldung läuft über die Jugendpflege.</p>""",
        [("Aktuelles", "/aktuelles/"), ("Ferienpass", "/aktuelles/ferienpass.html")],
    )
    town.page(
        "/stellen/",
        "Stellenausschreibungen",
        """<h2>Sachbearbeitung Wohngeld und Grundsicherung (m/w/d)</h2>
<p>Wir suchen zum 1. April eine Verstärkung für unser Team im Fachbereich Soziales. Sie bearbeiten Anträge auf
Wohngeld, beraten Antragstellende und arbeiten eng mit dem Landkreis zusammen.</p>
<p>Bewerbungsschluss: 15. Februar.</p>""",
        [("Aktuelles", "/aktuelles/"), ("Stellen", "/stellen/")],
    )
    town_basics(town)

    # ------------------------------------------------------------------ council information system on itebo
    ris = world.host(RIS)
    ris.content_types["bi/*.asp"] = "text/html"
    ris.extra_config["redirects"] = {"/": "/bi/"}
    simple_page(
        ris,
        "/bi/",
        "Ratsinformationssystem Samtgemeinde Hollerbrook",
        """<ul><li><a href="/bi/si0046.asp">Sitzungen</a></li>
<li><a href="/bi/to0040.asp?__ksinr=1187">Samtgemeinderat, 18.11.2025</a></li></ul>""",
        brand="Bürgerinfo",
    )
    simple_page(
        ris,
        "/bi/si0046.asp",
        "Sitzungen",
        """<table><tr><td>18.11.2025</td><td><a href="/bi/to0040.asp?__ksinr=1187">Samtgemeinderat</a></td></tr>
<tr><td>04.11.2025</td><td>Ausschuss für Familie, Bildung und Soziales</td></tr></table>""",
        brand="Bürgerinfo",
    )
    simple_page(
        ris,
        "/bi/to0040.asp",
        "Tagesordnung Samtgemeinderat 18.11.2025",
        """<ol><li>Eröffnung und Feststellung der Beschlussfähigkeit</li>
<li>Satzung über die Erhebung der Vergnügungsteuer – Neufassung</li>
<li>Satzung über die Benutzung der Kindertagesstätten und die Erhebung von Gebühren – 4. Änderung</li>
<li>Antrag der Gruppe SPD/Grüne: Ausweisung eines Gewerbegebietes Hollerbrook-Nord</li>
<li>Friedhofsgebührensatzung – Kalkulation 2026</li>
<li>Anfragen und Anregungen</li></ol>""",
        brand="Bürgerinfo",
    )
    simple_page(ris, "/impressum", "Impressum", "<p>Samtgemeinde Hollerbrook</p>", brand="Bürgerinfo")
    simple_page(ris, "/datenschutz", "Datenschutz", "<p>Siehe Samtgemeinde.</p>", brand="Bürgerinfo")

    # ------------------------------------------------------------------ labels
    SERVICES.clear()
    SERVICES.extend(
        [
            service("10124", 3, "An- und Abmeldung [online möglich] with login step", [d(540120)]),
            service("10111", 2, "Übermittlungssperre with PDF application as dokument download", [d(540130),
                                                                                              doc_sperre]),
            service("10559", 1, "info on Meldebescheinigung and Melderegisterauskunft", [d(540140)]),
            service("10119", 1, "vague title 'Ausweisdokumente'; text and synonyms name the Personalausweis",
                    [d(540150)]),
            service("10177", 1, "vague title 'Ausweisdokumente'; text and synonyms name Reisepass and "
                    "Kinderreisepass", [d(540150)]),
            service("10160", 3, "Hundesteuer [online möglich]; no statement on an electronic notice", [d(540210)]),
            service("10294", 3, "Gewerbeanzeige [online möglich]", [d(540220)]),
            service("10244", 1, "Fundbüro info", [d(540230)]),
            service("10026", 1, "Eheschließung info, plus 'Heiraten in der Samtgemeinde' page",
                    [d(540310), www.url("/buergerservice/heiraten/")]),
            service("10557", 3, "Geburtsurkunde [online möglich]", [d(540320)]),
            service("10019", 2, "Kita Anmeldebogen as dokument download", [d(540410), doc_kita]),
            service("10145", 1, "Briefwahl info (application via the Wahlbenachrichtigung, no form here)",
                    [d(540510)]),
            service("10348", 1, "Sondernutzungserlaubnis info, informal application", [d(540610)]),
            service("10227", 2, "Friedhofsangelegenheiten with Grabmal application PDF", [d(540710), doc_grabmal]),
        ]
    )
    labels(
        world,
        WWW,
        name="Samtgemeinde Hollerbrook",
        kind="samtgemeinde",
        landkreis="Landkreis Geestmoor",
        family="openrathaus",
        services=list(SERVICES),
        not_services=[
            not_service("10377", "Vergnügungsteuer only as an agenda item in the itebo council system"),
            not_service("10092", "Wohngeld only in a job advert"),
            not_service("10147", "Osterfeuer registration is offered only by the member Gemeinde Wittkamp on its "
                        "own site (linked from the Mitgliedsgemeinden page)"),
        ],
    )
