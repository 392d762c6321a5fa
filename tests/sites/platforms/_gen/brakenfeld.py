"""Stadt Brakenfeld: OpenR@thaus portal at openrathaus.brakenfeld.de (section /dienstleistungen/)."""

from __future__ import annotations

from _gen.bis import AzEntry, Bis
from _gen.common import Town, World, labels, not_service, service, simple_page, town_basics

WWW = "www.stadt-brakenfeld.de"
PORTAL = "openrathaus.brakenfeld.de"
TERMIN = "termine.brakenfeld.de"
RIS = "sessionnet.brakenfeld.de"

BUERGERBUERO = (3001, "Bürgerbüro Brakenfeld")
STANDESAMT = (3002, "Standesamt Brakenfeld")
ORDNUNG = (3003, "Fachdienst Ordnung und Verkehr")
SOZIALES = (3004, "Fachdienst Soziales und Wohnen")


def build(world: World) -> None:
    www = world.host(WWW)
    town = Town(
        www,
        "Stadt Brakenfeld",
        "Brakenfeld",
        nav=[
            ("Rathaus & Service", "/rathaus/"),
            ("Leben in Brakenfeld", "/leben/"),
            ("Aktuelles", "/aktuelles/"),
            ("Veranstaltungen", "/veranstaltungen/"),
        ],
        address=["Am Markt 1", "29399 Brakenfeld"],
        phone="05823 9071-0",
        email="info@stadt-brakenfeld.de",
        flavor="typo3",
    )
    bis = Bis(
        world.host(PORTAL),
        "dienstleistungen",
        "Stadt Brakenfeld",
        "OpenR@thaus",
        f"http://{WWW}/",
        "das OpenR@thaus der Stadt Brakenfeld",
    )
    p = bis.detail_path
    u = bis.host.url

    # ------------------------------------------------------------------ portal: documents
    doc_meldeschein = bis.document(
        2003411,
        "Meldeschein für die Anmeldung einer Wohnung",
        ["Stadt Brakenfeld - Meldebehörde", "Angaben zur Person, bisherige und neue Wohnung", "Unterschrift"],
    )
    doc_wgb = bis.document(
        2003412,
        "Wohnungsgeberbestätigung nach § 19 Bundesmeldegesetz",
        ["Name und Anschrift des Wohnungsgebers", "Einzugsdatum", "Namen der meldepflichtigen Personen"],
    )
    doc_ehe = bis.document(
        2006002,
        "Fragebogen zur Anmeldung der Eheschließung",
        ["Standesamt Brakenfeld", "Angaben zu beiden Verlobten", "Gewünschter Trautermin und Trauort"],
    )
    doc_park = bis.document(
        2007004,
        "Antrag auf Erteilung eines Bewohnerparkausweises",
        ["Bewohnerparkzone A / B / C", "Amtliches Kennzeichen", "Hauptwohnung in der Zone seit"],
    )
    doc_sonder = bis.document(
        2007016,
        "Antrag auf Erlaubnis einer Sondernutzung öffentlicher Verkehrsflächen",
        ["Art der Nutzung (Container, Gerüst, Außengastronomie, Plakate)", "Ort und Zeitraum", "Lageplan"],
    )
    doc_wohngeld = bis.document(
        2010002,
        "Antrag auf Mietzuschuss (Wohngeld)",
        ["Wohngeldstelle der Stadt Brakenfeld", "Haushaltsmitglieder", "Einkommen", "Miete und Wohnfläche"],
    )

    # ------------------------------------------------------------------ portal: services
    bis.detail(
        1003417,
        "Wohnsitz anmelden",
        [
            ("Beschreibung", "<p>Wer eine Wohnung in Brakenfeld bezieht, muss sich innerhalb von zwei Wochen nach "
             "dem Einzug bei der Meldebehörde anmelden. Das gilt auch für einen Umzug innerhalb der Stadt.</p>"),
            ("Welche Unterlagen werden benötigt?", "<ul><li>Personalausweis oder Reisepass aller umziehenden "
             "Personen</li><li>ausgefüllter Meldeschein</li><li>Wohnungsgeberbestätigung des Vermieters</li></ul>"),
            ("Welche Gebühren fallen an?", "<p>Die Anmeldung ist gebührenfrei.</p>"),
        ],
        kategorie="Bürgerbüro",
        synonyme=["Anmeldung", "Umzug", "Zuzug", "Ummeldung", "Wohnungsgeberbestätigung", "Meldeschein"],
        docs=[(2003411, "Meldeschein (PDF)", ""), (2003412, "Wohnungsgeberbestätigung (PDF)", "")],
        offices=[BUERGERBUERO],
    )
    bis.detail(
        1003425,
        "Widerspruch gegen die Weitergabe meiner Meldedaten [online möglich]",
        [
            ("Beschreibung", "<p>Die Meldebehörde darf bestimmte Daten an Parteien vor Wahlen, an Adressbuchverlage, "
             "an Religionsgesellschaften und bei Alters- und Ehejubiläen an Presse und Mandatsträger weitergeben. "
             "Sie können dieser Weitergabe widersprechen. Der Widerspruch gilt bis zu seinem Widerruf.</p>"),
            ("Welche Gebühren fallen an?", "<p>Keine.</p>"),
        ],
        kategorie="Bürgerbüro",
        synonyme=["Übermittlungssperre", "Auskunftssperre", "Adressbuchsperre", "Datenweitergabe Parteien",
                  "Widerspruch Melderegister"],
        online="uebermittlungssperre",
        offices=[BUERGERBUERO],
    )
    bis.detail(
        1003431,
        "Meldebescheinigung [online möglich]",
        [
            ("Beschreibung", "<p>Eine Meldebescheinigung bestätigt Ihre derzeitige Anschrift, etwa für Behörden, "
             "Arbeitgeber oder die Kindergeldkasse. Eine erweiterte Meldebescheinigung enthält zusätzliche Angaben "
             "wie frühere Anschriften.</p>"),
            ("Welche Gebühren fallen an?", "<p>Einfache Meldebescheinigung 8,00 Euro, erweiterte 10,00 Euro.</p>"),
        ],
        kategorie="Bürgerbüro",
        synonyme=["Aufenthaltsbescheinigung", "Wohnsitzbescheinigung", "Meldebestätigung"],
        online="meldebescheinigung",
        offices=[BUERGERBUERO],
    )
    bis.detail(
        1004102,
        "Hund anmelden (Hundesteuer) [online möglich]",
        [
            ("Beschreibung", "<p>Wer in Brakenfeld einen Hund hält, muss ihn innerhalb von zwei Wochen nach Beginn "
             "der Haltung zur Hundesteuer anmelden. Sie erhalten eine Hundesteuermarke, die der Hund außerhalb der "
             "Wohnung sichtbar tragen muss.</p>"),
            ("Steuersätze", "<ul><li>erster Hund: 96 Euro jährlich</li><li>jeder weitere Hund: 132 Euro jährlich"
             "</li><li>gefährlicher Hund: 600 Euro jährlich</li></ul>"),
        ],
        kategorie="Steuern und Abgaben",
        synonyme=["Hundesteuer", "Hundemarke", "Hundeanmeldung", "Hundehaltung"],
        online="hundesteuer",
        notice_text="Der Antrag wird vollständig digital bearbeitet: Den Hundesteuerbescheid erhalten Sie "
        "elektronisch in das Postfach Ihrer BundID bzw. Ihres Servicekontos Niedersachsen.",
        offices=[(3005, "Fachdienst Finanzen – Steuern")],
    )
    bis.detail(
        1004210,
        "Gewerbe anmelden, ummelden oder abmelden [online möglich]",
        [
            ("Beschreibung", "<p>Wer ein stehendes Gewerbe beginnt, verlegt, ändert oder aufgibt, muss dies beim "
             "Gewerbeamt anzeigen. Sie erhalten eine Empfangsbestätigung (Gewerbeschein).</p>"),
            ("Welche Gebühren fallen an?", "<p>Anmeldung 26 Euro, Ummeldung 20 Euro, Abmeldung gebührenfrei.</p>"),
        ],
        kategorie="Wirtschaft",
        synonyme=["Gewerbeanmeldung", "Gewerbeschein", "Gewerbeabmeldung", "Gewerbeummeldung", "Selbstständigkeit"],
        online="gewerbeanzeige",
        offices=[ORDNUNG],
    )
    bis.detail(
        1005007,
        "Verloren – gefunden?",
        [
            ("Beschreibung", "<p>Haben Sie etwas verloren oder etwas gefunden? Abgegebene Gegenstände werden sechs "
             "Monate aufbewahrt. Danach können Finderinnen und Finder ihre Rechte geltend machen.</p>"),
            ("Was ist zu tun?", "<p>Kommen Sie mit einer möglichst genauen Beschreibung ins Bürgerbüro oder rufen "
             "Sie uns an.</p>"),
        ],
        kategorie="Bürgerbüro",
        synonyme=["Fundbüro", "Fundsachen", "Fundsache abgeben", "Verlustanzeige", "Fahrrad gefunden"],
        leika="99089017000000",
        offices=[BUERGERBUERO],
    )
    bis.detail(
        1006001,
        "Eheschließung – Anmeldung",
        [
            ("Beschreibung", "<p>Wenn Sie heiraten möchten, melden Sie die Eheschließung beim Standesamt Ihres "
             "Wohnortes an. Die Anmeldung ist frühestens sechs Monate vor dem gewünschten Termin möglich.</p>"),
            ("Unterlagen", "<p>Welche Unterlagen Sie benötigen, hängt von Ihrer persönlichen Situation ab. "
             "Füllen Sie vorab den Fragebogen aus.</p>"),
        ],
        kategorie="Standesamt",
        synonyme=["Heiraten", "Hochzeit", "Trauung", "Aufgebot"],
        docs=[(2006002, "Fragebogen zur Anmeldung der Eheschließung", "?_egovbisdetail_inline=false")],
        offices=[STANDESAMT],
    )
    bis.detail(
        1006010,
        "Urkunden aus dem Geburtenregister [online möglich]",
        [
            ("Beschreibung", "<p>Urkunden aus dem Geburtenregister stellt das Standesamt aus, bei dem die Geburt "
             "beurkundet wurde. Berechtigt sind die Person selbst, Eltern, Kinder und Geschwister.</p>"),
            ("Welche Gebühren fallen an?", "<p>12 Euro je Urkunde, jede weitere gleichzeitig 6 Euro.</p>"),
        ],
        kategorie="Standesamt",
        synonyme=["Geburtsurkunde", "Abstammungsurkunde", "Geburtsbescheinigung"],
        online="geburtsurkunde",
        offices=[STANDESAMT],
    )
    bis.detail(
        1006020,
        "Sterbeurkunde",
        [
            ("Beschreibung", "<p>Eine Sterbeurkunde erhalten Sie beim Standesamt, in dessen Bezirk der Sterbefall "
             "beurkundet wurde. Sie wird zum Beispiel für Versicherungen, Banken und das Nachlassgericht benötigt."
             "</p>"),
            ("Online-Antrag", "<p>Eine Online-Beantragung ist für diese Urkunde derzeit nicht möglich.</p>"),
        ],
        kategorie="Standesamt",
        synonyme=["Todesfall", "Sterbefall"],
        offices=[STANDESAMT],
    )
    bis.detail(
        1007003,
        "Bewohnerparkausweis",
        [
            ("Beschreibung", "<p>In den Bewohnerparkzonen der Innenstadt können Anwohnende mit Hauptwohnung in der "
             "Zone einen Parkausweis für ein auf sie zugelassenes Fahrzeug erhalten.</p>"),
            ("Gebühren", "<p>120 Euro pro Jahr.</p>"),
        ],
        kategorie="Verkehr",
        synonyme=["Anwohnerparken", "Parkausweis", "Bewohnerparken"],
        docs=[(2007004, "Antrag Bewohnerparkausweis (PDF)", "")],
        offices=[ORDNUNG],
    )
    bis.detail(
        1007015,
        "Nutzung öffentlicher Verkehrsflächen",
        [
            ("Beschreibung", "<p>Wer Straßen, Wege oder Plätze über den Gemeingebrauch hinaus nutzen möchte, etwa "
             "für einen Container, ein Gerüst, Tische und Stühle vor dem Café oder Werbeaufsteller, braucht eine "
             "Erlaubnis der Stadt.</p>"),
            ("Fristen", "<p>Stellen Sie den Antrag mindestens zwei Wochen vor Beginn der Nutzung.</p>"),
        ],
        kategorie="Verkehr",
        synonyme=["Sondernutzung", "Sondernutzungserlaubnis", "Container auf der Straße", "Baugerüst",
                  "Außengastronomie", "Plakate"],
        jsonld_leika="99108012000000",
        docs=[(2007016, "Antragsformular", "")],
        offices=[ORDNUNG],
    )
    bis.detail(
        1007020,
        "Baum fällen – Genehmigung",
        [
            ("Beschreibung", "<p>Bäume mit einem Stammumfang ab 80 Zentimetern (gemessen in 1 Meter Höhe) sind "
             "nach der Baumschutzsatzung geschützt. Für das Fällen brauchen Sie vorher eine Genehmigung.</p>"),
            ("Ablauf", "<p>Schildern Sie uns formlos per Brief oder E-Mail, welcher Baum gefällt werden soll, "
             "und fügen Sie Fotos und einen Lageplan bei.</p>"),
        ],
        kategorie="Umwelt",
        synonyme=["Baumschutzsatzung", "Baumfällung", "Fällgenehmigung"],
        offices=[ORDNUNG],
    )
    bis.detail(
        1008001,
        "Grabstelle – Nutzungsrecht",
        [
            ("Beschreibung", "<p>Auf den städtischen Friedhöfen in Brakenfeld und Ohlendorf vergibt die "
             "Friedhofsverwaltung Nutzungsrechte an Reihen-, Wahl- und Urnengrabstätten. Das Nutzungsrecht kann "
             "verlängert oder auf Angehörige übertragen werden.</p>"),
            ("Hinweis", "<p>Eine Online-Antragstellung ist derzeit nicht möglich. Bitte vereinbaren Sie einen "
             "Termin mit der Friedhofsverwaltung.</p>"),
        ],
        kategorie="Friedhof",
        synonyme=["Friedhof", "Grab", "Urnengrab", "Bestattung", "Grabnutzungsrecht"],
        offices=[(3006, "Friedhofsverwaltung")],
    )
    bis.detail(
        1009002,
        "Kita-Platz – Anmeldung [online möglich]",
        [
            ("Beschreibung", "<p>Für die Betreuung in einer Krippe, einem Kindergarten oder einem Hort in "
             "Brakenfeld melden Sie Ihr Kind über die zentrale Vormerkung an. Sie können bis zu drei "
             "Wunscheinrichtungen angeben.</p>"),
            ("Fristen", "<p>Für das Kita-Jahr ab 1. August bis zum 15. Januar.</p>"),
        ],
        kategorie="Familie",
        synonyme=["Kindergarten", "Krippe", "Kindertagesstätte", "Hort", "Betreuungsplatz"],
        online="kita-vormerkung",
        offices=[(3007, "Fachdienst Kinder und Jugend")],
    )
    bis.detail(
        1010001,
        "Wohngeld",
        [
            ("Beschreibung", "<p>Wohngeld ist ein Zuschuss zur Miete (Mietzuschuss) oder zu den Kosten für "
             "selbstgenutztes Wohneigentum (Lastenzuschuss) für Haushalte mit geringem Einkommen.</p>"),
            ("Unterlagen", "<ul><li>Antragsformular</li><li>Mietvertrag und Mietbescheinigung</li>"
             "<li>Einkommensnachweise aller Haushaltsmitglieder</li></ul>"),
        ],
        kategorie="Soziales",
        synonyme=["Mietzuschuss", "Lastenzuschuss", "Wohngeldantrag"],
        docs=[(2010002, "Antrag auf Mietzuschuss", "")],
        offices=[SOZIALES],
    )

    # offices: not services, they list what is handled there
    bis.office(
        BUERGERBUERO[0],
        BUERGERBUERO[1],
        "Rathaus, Am Markt 1, Erdgeschoss<br>29399 Brakenfeld<br>Telefon 05823 9071-300",
        "<p>Mo, Di, Do 8–12 und 14–16 Uhr, Mi geschlossen, Fr 8–12 Uhr</p>",
        [(1003417, "Wohnsitz anmelden"), (1003425, "Widerspruch gegen die Weitergabe meiner Meldedaten"),
         (1003431, "Meldebescheinigung"), (1005007, "Verloren – gefunden?")],
    )
    bis.office(
        STANDESAMT[0],
        STANDESAMT[1],
        "Rathaus, Am Markt 1, 1. Obergeschoss, Zimmer 104<br>29399 Brakenfeld",
        "<p>Nach Terminvereinbarung</p>",
        [(1006001, "Eheschließung – Anmeldung"), (1006010, "Urkunden aus dem Geburtenregister"),
         (1006020, "Sterbeurkunde")],
    )
    bis.office(
        ORDNUNG[0],
        ORDNUNG[1],
        "Bahnhofstraße 12<br>29399 Brakenfeld",
        "<p>Mo–Fr 8–12 Uhr</p>",
        [(1004210, "Gewerbe anmelden, ummelden oder abmelden"), (1007003, "Bewohnerparkausweis"),
         (1007015, "Nutzung öffentlicher Verkehrsflächen"), (1007020, "Baum fällen – Genehmigung")],
    )
    bis.office(
        SOZIALES[0],
        SOZIALES[1],
        "Bahnhofstraße 12<br>29399 Brakenfeld",
        "<p>Di und Do 8–12 Uhr</p>",
        [(1010001, "Wohngeld")],
    )
    for ident, name in [(3005, "Fachdienst Finanzen – Steuern"), (3006, "Friedhofsverwaltung"),
                        (3007, "Fachdienst Kinder und Jugend")]:
        bis.office(ident, name, "Am Markt 1<br>29399 Brakenfeld", "<p>Mo–Fr 8–12 Uhr</p>", [])
    # a directory entry that is not a service at all
    bis.az.append(
        AzEntry("Öffnungszeiten Bürgerbüro", bis.office_path(BUERGERBUERO[0]), "Bürgerbüro", ["Rathaus"])
    )
    bis.az_page("Hier finden Sie alle Dienstleistungen der Stadtverwaltung Brakenfeld. Leistungen mit dem Zusatz "
                "[online möglich] können Sie direkt im OpenR@thaus beantragen.")
    bis.auth_page()
    bis.home(
        "Im OpenR@thaus der Stadt Brakenfeld erledigen Sie viele Behördengänge rund um die Uhr. Melden Sie sich "
        "mit der BundID oder dem Servicekonto Niedersachsen an.",
        [("Hund anmelden", p(1004102)), ("Meldebescheinigung", p(1003431)), ("Gewerbe anmelden", p(1004210)),
         ("Kita-Platz vormerken", p(1009002))],
    )
    bis.legal()

    # ------------------------------------------------------------------ main site
    town.page(
        "/",
        "Willkommen in Brakenfeld",
        f"""<section class="teaser-online"><h2>Online-Rathaus</h2>
<p>Viele Anliegen erledigen Sie ohne Wartezeit im <a href="{u("/")}">OpenR@thaus der Stadt Brakenfeld</a>.</p>
<p><a class="button" href="{u("/dienstleistungen/")}">Dienstleistungen von A bis Z</a>
<a class="button" href="http://{TERMIN}/">Termin im Bürgerbüro buchen</a></p></section>
<section class="news"><h2>Aktuelles</h2><ul>
<li><a href="/aktuelles/2025/neue-hundesteuersaetze.html">Neue Hundesteuersätze ab 1. Januar</a></li>
<li><a href="/aktuelles/2025/osterfeuer-schuetzenplatz.html">Osterfeuer auf dem Schützenplatz</a></li>
<li><a href="/aktuelles/2025/openrathaus-erweitert.html">OpenR@thaus: neue Online-Anträge</a></li>
</ul></section>""",
    )
    town.page(
        "/rathaus/",
        "Rathaus & Service",
        f"""<ul class="link-list">
<li><a href="/rathaus/buergerservice/">Bürgerservice</a></li>
<li><a href="http://{RIS}/bi/">Ratsinformationssystem</a></li>
<li><a href="/rathaus/stellenangebote/">Stellenangebote</a></li>
<li><a href="http://{TERMIN}/">Online-Terminvergabe Bürgerbüro</a></li>
</ul>""",
        [("Rathaus & Service", "/rathaus/")],
    )
    town.page(
        "/rathaus/buergerservice/",
        "Bürgerservice",
        f"""<p>Alle Dienstleistungen der Stadtverwaltung mit Zuständigkeiten, Unterlagen und Gebühren finden Sie
im <a href="{u("/dienstleistungen/")}">OpenR@thaus</a>. Dort können Sie viele Anträge auch gleich online stellen.</p>
<h2>Häufig gesucht</h2>
<ul>
<li><a href="{u(p(1003417))}">Umzug – Wohnsitz anmelden</a></li>
<li><a href="{u(p(1004102))}">Hundesteuer</a></li>
<li><a href="{u(p(1009002))}">Kita-Platz</a></li>
<li><a href="{u(p(1010001))}">Wohngeld</a></li>
<li><a href="/leben/heiraten-in-brakenfeld.html">Heiraten in Brakenfeld</a></li>
</ul>
<h2>Bürgerbüro</h2><p>Rathaus, Am Markt 1 – <a href="{u(bis.office_path(BUERGERBUERO[0]))}">Öffnungszeiten und Kontakt</a></p>""",
        [("Rathaus & Service", "/rathaus/"), ("Bürgerservice", "/rathaus/buergerservice/")],
    )
    town.page(
        "/leben/",
        "Leben in Brakenfeld",
        """<ul class="link-list"><li><a href="/leben/heiraten-in-brakenfeld.html">Heiraten in Brakenfeld</a></li>
<li><a href="/veranstaltungen/">Veranstaltungen</a></li></ul>
<p>Brakenfeld ist eine Kleinstadt mit rund 11.000 Einwohnerinnen und Einwohnern am Rand der Heide.</p>""",
        [("Leben in Brakenfeld", "/leben/")],
    )
    town.page(
        "/leben/heiraten-in-brakenfeld.html",
        "Heiraten in Brakenfeld",
        f"""<p>Ob im historischen Ratssaal, in der Wassermühle Ohlendorf oder im Rosengarten am Amtshaus – in
Brakenfeld gibt es schöne Orte für Ihre standesamtliche Trauung.</p>
<h2>Trauorte</h2><ul><li>Ratssaal im Rathaus (bis 30 Gäste)</li><li>Wassermühle Ohlendorf (bis 60 Gäste)</li>
<li>Rosengarten am Amtshaus (Mai bis September)</li></ul>
<h2>Anmeldung der Eheschließung</h2>
<p>Die Eheschließung melden Sie beim Standesamt an. Alles zu Unterlagen, Gebühren und dem Fragebogen finden Sie
unter <a href="{u(p(1006001))}">Eheschließung – Anmeldung</a>.</p>""",
        [("Leben in Brakenfeld", "/leben/"), ("Heiraten in Brakenfeld", "/leben/heiraten-in-brakenfeld.html")],
    )
    town.page(
        "/aktuelles/",
        "Aktuelles",
        """<ul class="news-list">
<li><span class="date">12.12.2025</span> <a href="/aktuelles/2025/neue-hundesteuersaetze.html">Neue Hundesteuersätze ab 1. Januar</a></li>
<li><span class="date">04.03.2025</span> <a href="/aktuelles/2025/osterfeuer-schuetzenplatz.html">Osterfeuer auf dem Schützenplatz</a></li>
<li><span class="date">20.01.2025</span> <a href="/aktuelles/2025/openrathaus-erweitert.html">OpenR@thaus: neue Online-Anträge</a></li>
</ul>""",
        [("Aktuelles", "/aktuelles/")],
    )
    town.page(
        "/aktuelles/2025/neue-hundesteuersaetze.html",
        "Neue Hundesteuersätze ab 1. Januar",
        """<p class="date">12.12.2025</p><p>Der Rat der Stadt hat in seiner Sitzung am 9. Dezember eine Änderung
der Hundesteuersatzung beschlossen. Die neuen Sätze gelten ab dem 1. Januar. Hundehalterinnen und Hundehalter
erhalten im Februar einen geänderten Bescheid; es ist nichts weiter zu tun.</p>""",
        [("Aktuelles", "/aktuelles/"), ("Neue Hundesteuersätze", "/aktuelles/2025/neue-hundesteuersaetze.html")],
    )
    town.page(
        "/aktuelles/2025/osterfeuer-schuetzenplatz.html",
        "Osterfeuer auf dem Schützenplatz",
        """<p class="date">04.03.2025</p><p>Die Freiwillige Feuerwehr Brakenfeld lädt am Karsamstag ab 18 Uhr zum
traditionellen Osterfeuer auf dem Schützenplatz ein. Für Bratwurst und Getränke ist gesorgt, der Erlös kommt der
Jugendfeuerwehr zugute. Bitte reisen Sie möglichst zu Fuß oder mit dem Rad an.</p>""",
        [("Aktuelles", "/aktuelles/"), ("Osterfeuer", "/aktuelles/2025/osterfeuer-schuetzenplatz.html")],
    )
    town.page(
        "/aktuelles/2025/openrathaus-erweitert.html",
        "OpenR@thaus: neue Online-Anträge",
        f"""<p class="date">20.01.2025</p><p>Seit Jahresbeginn können Sie im <a href="{u("/")}">OpenR@thaus</a>
auch Ihren Hund anmelden und einen Kita-Platz vormerken. Für die Anmeldung brauchen Sie eine BundID oder ein
Servicekonto Niedersachsen.</p>""",
        [("Aktuelles", "/aktuelles/"), ("OpenR@thaus", "/aktuelles/2025/openrathaus-erweitert.html")],
    )
    town.page(
        "/veranstaltungen/",
        "Veranstaltungen",
        """<ul class="events">
<li><strong>19.04.</strong> Osterfeuer der Feuerwehr, Schützenplatz, ab 18 Uhr</li>
<li><strong>10.05.</strong> Frühjahrsmarkt in der Innenstadt, 10–17 Uhr</li>
<li><strong>21.06.</strong> Mühlenfest Ohlendorf</li>
<li><strong>06.09.</strong> Stadtlauf „Rund um den Markt“</li>
</ul>""",
        [("Veranstaltungen", "/veranstaltungen/")],
    )
    town.page(
        "/rathaus/stellenangebote/",
        "Stellenangebote",
        """<ul><li><a href="/rathaus/stellenangebote/sachbearbeitung-buergerbuero.html">Sachbearbeitung im
Bürgerbüro (m/w/d), EG 8 TVöD</a></li></ul>""",
        [("Rathaus & Service", "/rathaus/"), ("Stellenangebote", "/rathaus/stellenangebote/")],
    )
    town.page(
        "/rathaus/stellenangebote/sachbearbeitung-buergerbuero.html",
        "Sachbearbeitung im Bürgerbüro (m/w/d)",
        """<p>Die Stadt Brakenfeld sucht zum nächstmöglichen Zeitpunkt eine Sachbearbeiterin oder einen
Sachbearbeiter für das Bürgerbüro in Vollzeit.</p>
<h2>Ihre Aufgaben</h2><ul><li>Pass- und Ausweiswesen</li><li>Ausstellung von Führungszeugnissen und
Beglaubigungen</li><li>Meldewesen</li></ul>
<h2>Ihr Profil</h2><ul><li>Abschluss als Verwaltungsfachangestellte/r</li><li>Freude am Umgang mit Menschen</li></ul>
<p>Bewerbungen bis zum 31. Januar über unser Bewerbungsportal.</p>""",
        [("Rathaus & Service", "/rathaus/"), ("Stellenangebote", "/rathaus/stellenangebote/"),
         ("Sachbearbeitung Bürgerbüro", "/rathaus/stellenangebote/sachbearbeitung-buergerbuero.html")],
    )
    town_basics(town)

    # ------------------------------------------------------------------ appointment booking (never evidence)
    termin = world.host(TERMIN)
    simple_page(
        termin,
        "/",
        "Terminvereinbarung Bürgerbüro Brakenfeld",
        """<p>Bitte wählen Sie Ihr Anliegen und anschließend einen freien Termin.</p>
<form action="/termin/auswahl" method="get" class="termin-anliegen">
<fieldset><legend>Anliegen</legend>
<label><input type="checkbox" name="a" value="1"> Personalausweis beantragen</label><br>
<label><input type="checkbox" name="a" value="2"> Reisepass beantragen</label><br>
<label><input type="checkbox" name="a" value="3"> Führungszeugnis beantragen</label><br>
<label><input type="checkbox" name="a" value="4"> Beglaubigung von Kopien</label><br>
<label><input type="checkbox" name="a" value="5"> Abholung eines Dokuments</label>
</fieldset>
<button type="submit">Weiter zur Terminauswahl</button></form>""",
        brand="Online-Terminvergabe",
    )
    simple_page(termin, "/termin/auswahl", "Terminauswahl", "<p>Zurzeit sind keine freien Termine verfügbar.</p>",
                brand="Online-Terminvergabe")
    simple_page(termin, "/impressum", "Impressum", "<p>Stadt Brakenfeld, Am Markt 1, 29399 Brakenfeld</p>",
                brand="Online-Terminvergabe")
    simple_page(termin, "/datenschutz", "Datenschutz", "<p>Terminangaben werden nach dem Termin gelöscht.</p>",
                brand="Online-Terminvergabe")

    # ------------------------------------------------------------------ council information system (SessionNet)
    ris = world.host(RIS)
    ris.content_types["bi/*.asp"] = "text/html"
    ris.extra_config["redirects"] = {"/": "/bi/"}
    simple_page(
        ris,
        "/bi/",
        "Bürgerinformationssystem Stadt Brakenfeld",
        """<ul><li><a href="/bi/si0040.asp">Sitzungskalender</a></li><li><a href="/bi/si0057.asp?__ksinr=412">Rat der
Stadt Brakenfeld, 09.12.2025</a></li></ul>""",
        brand="SessionNet",
    )
    simple_page(
        ris,
        "/bi/si0040.asp",
        "Sitzungskalender",
        """<table><tr><th>Datum</th><th>Gremium</th></tr><tr><td>09.12.2025</td><td><a href="/bi/si0057.asp?__ksinr=412">
Rat der Stadt Brakenfeld</a></td></tr></table>""",
        brand="SessionNet",
    )
    simple_page(
        ris,
        "/bi/si0057.asp",
        "Sitzung des Rates am 09.12.2025",
        """<table class="tl1"><tr><th>TOP</th><th>Betreff</th><th>Vorlage</th></tr>
<tr><td>Ö 5</td><td>3. Satzung zur Änderung der Satzung über die Erhebung der Hundesteuer</td><td>
<a href="/bi/vo0050.asp?__kvonr=2231">V/2025/117</a></td></tr>
<tr><td>Ö 6</td><td>Satzung über die Erhebung einer Zweitwohnungsteuer (Neufassung)</td><td>V/2025/118</td></tr>
<tr><td>Ö 7</td><td>Vergnügungsteuersatzung – Anpassung der Steuersätze für Spielgeräte</td><td>V/2025/121</td></tr>
<tr><td>Ö 8</td><td>Antrag der Fraktion Bürger für Brakenfeld: Erweiterung des Gewerbegebietes Ohlendorfer Weg</td>
<td>A/2025/09</td></tr></table>""",
        brand="SessionNet",
    )
    simple_page(
        ris,
        "/bi/vo0050.asp",
        "Vorlage V/2025/117",
        """<p><strong>Betreff:</strong> 3. Satzung zur Änderung der Satzung über die Erhebung der Hundesteuer</p>
<p><strong>Beschlussvorschlag:</strong> Der Rat beschließt die als Anlage beigefügte Änderungssatzung.</p>
<p><strong>Sachverhalt:</strong> Die Steuersätze wurden zuletzt 2014 angepasst. Zur Deckung der Kosten für
Hundekotbeutel-Spender und Reinigung werden die Sätze moderat angehoben.</p>""",
        brand="SessionNet",
    )
    simple_page(ris, "/impressum", "Impressum", "<p>Stadt Brakenfeld</p>", brand="SessionNet")
    simple_page(ris, "/datenschutz", "Datenschutz", "<p>Siehe Datenschutzerklärung der Stadt.</p>", brand="SessionNet")

    # ------------------------------------------------------------------ labels
    def d(ident: int) -> str:
        return u(p(ident))

    labels(
        world,
        WWW,
        name="Stadt Brakenfeld",
        kind="stadt",
        landkreis="Landkreis Westerheide",
        family="openrathaus",
        services=[
            service("10124", 2, "BIS detail 'Wohnsitz anmelden' with Meldeschein and Wohnungsgeberbestätigung as "
                    "dokument downloads (PDF without suffix)", [d(1003417), doc_meldeschein, doc_wgb]),
            service("10111", 3, "everyday title 'Widerspruch gegen die Weitergabe meiner Meldedaten' [online "
                    "möglich], online sentence and login link; no statement about an electronic notice",
                    [d(1003425), u(bis.auth_href("uebermittlungssperre"))]),
            service("10559", 3, "[online möglich] with login step in front of the form", [d(1003431)]),
            service("10160", 4, "[online möglich] plus explicit statement that the Hundesteuerbescheid is sent "
                    "to the BundID / Servicekonto postbox", [d(1004102)]),
            service("10294", 3, "Gewerbe an-/um-/abmelden [online möglich] with login link", [d(1004210)]),
            service("10244", 1, "vague title 'Verloren – gefunden?'; A-Z synonyms (Fundbüro, Fundsachen) and "
                    "meta leika 99089017000000 identify it; no form", [d(1005007)]),
            service("10026", 2, "Eheschließung detail with questionnaire as dokument download; also the page "
                    "'Heiraten in Brakenfeld'", [d(1006001), doc_ehe,
                                                  www.url("/leben/heiraten-in-brakenfeld.html")]),
            service("10557", 3, "vague title 'Urkunden aus dem Geburtenregister' (synonym Geburtsurkunde) "
                    "[online möglich]", [d(1006010)]),
            service("10237", 1, "info only; the page says online application is not possible", [d(1006020)]),
            service("10173", 2, "Bewohnerparkausweis with PDF application (dokument download)", [d(1007003), doc_park]),
            service("10348", 2, "vague title 'Nutzung öffentlicher Verkehrsflächen'; synonyms and JSON-LD LeiKa "
                    "99108012000000 say Sondernutzung; link text only 'Antragsformular'", [d(1007015), doc_sonder]),
            service("10112", 1, "info page, application is informal (letter/e-mail)", [d(1007020)]),
            service("10227", 1, "Grabstelle/Nutzungsrecht info; says online application not possible",
                    [d(1008001)]),
            service("10019", 3, "Kita-Platz Anmeldung [online möglich]", [d(1009002)]),
            service("10092", 2, "Wohngeld info with 'Antrag auf Mietzuschuss' dokument download", [d(1010001),
                                                                                                  doc_wohngeld]),
        ],
        not_services=[
            not_service("10147", "Osterfeuer appears only as a Feuerwehr event (news item and event list)"),
            not_service("10119", "Personalausweis only as an appointment reason and in a job advert"),
            not_service("10177", "Reisepass only as an appointment reason"),
            not_service("10562", "Führungszeugnis only as an appointment reason and in a job advert"),
            not_service("10571", "Beglaubigung only as an appointment reason and in a job advert"),
            not_service("10126", "Zweitwohnungsteuer only as an agenda item in SessionNet"),
            not_service("10377", "Vergnügungsteuer only as an agenda item in SessionNet"),
        ],
    )
