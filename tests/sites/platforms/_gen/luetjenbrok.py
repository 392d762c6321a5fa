"""Gemeinde Lütjenbrok: a few own services, and many pages that name services without offering them.

Council information systems (sitzung-online.de, ratsinfo/bi), appointment booking, a job portal, a map viewer
and an event list mention Hundesteuer, Gewerbe, Friedhof, Personalausweis and more; none of that is evidence.
"""

from __future__ import annotations

from _gen.common import PERSON_FIELDS, Town, World, form, labels, not_service, pdf, portal_legal, service, simple_page
from _gen.common import town_basics

WWW = "www.gemeinde-luetjenbrok.de"
SO = "luetjenbrok.sitzung-online.de"
RATSINFO = "ratsinfo.luetjenbrok.de"
TERMIN = "termin.luetjenbrok.de"
KARRIERE = "karriere.luetjenbrok.de"
GEO = "geoportal.luetjenbrok.de"
KITA = "kitaportal.luetjenbrok.de"


def build(world: World) -> None:
    www = world.host(WWW)
    town = Town(
        www,
        "Gemeinde Lütjenbrok",
        "Lütjenbrok",
        nav=[
            ("Bürgerservice", "/buergerservice/"),
            ("Politik", "/politik/"),
            ("Leben", "/leben/"),
            ("Veranstaltungen", "/veranstaltungen/"),
        ],
        address=["Rathaus", "Hauptstraße 30", "21379 Lütjenbrok"],
        phone="04136 601-0",
        email="info@luetjenbrok.de",
        flavor="typo3",
    )
    bs = [("Bürgerservice", "/buergerservice/")]
    melde_pdf = www.raw("/fileadmin/user_upload/buergerservice/meldebescheinigung-schriftlich.pdf", pdf(
        "Schriftlicher Antrag auf eine Meldebescheinigung", ["Gemeinde Lütjenbrok - Einwohnermeldeamt",
                                                             "Einfache / erweiterte Meldebescheinigung",
                                                             "Kopie des Ausweises beifügen"], author="Gemeinde Lütjenbrok"))
    sperre_pdf = www.raw("/fileadmin/user_upload/buergerservice/uebermittlungssperren.pdf", pdf(
        "Erklärung zu Übermittlungssperren im Melderegister", ["Widerspruch gegen Datenübermittlungen nach dem "
                                                               "Bundesmeldegesetz", "Bitte ankreuzen"],
        author="Gemeinde Lütjenbrok"))
    sonder_pdf = www.raw("/fileadmin/user_upload/buergerservice/sondernutzung-antrag.pdf", pdf(
        "Antrag auf Sondernutzung an Gemeindestraßen", ["Ort, Art und Dauer", "Verkehrszeichenplan bei "
                                                        "Arbeitsstellen"], author="Gemeinde Lütjenbrok"))

    melde = town.page("/buergerservice/einwohnermeldeamt/", "Einwohnermeldeamt", f"""<h2>Anmeldung nach Umzug</h2>
<p>Wer nach Lütjenbrok zieht oder innerhalb der Gemeinde umzieht, meldet sich innerhalb von zwei Wochen im
Einwohnermeldeamt an. Bitte bringen Sie die Wohnungsgeberbestätigung mit.</p>
<h2>Meldebescheinigung</h2><p>Die Bescheinigung erhalten Sie sofort vor Ort oder schriftlich mit dem
<a href="{melde_pdf}">Antragsformular (PDF)</a>.</p>
<h2>Übermittlungssperren</h2><p>Der Weitergabe Ihrer Daten an Parteien, Adressbuchverlage und zu Jubiläen können
Sie widersprechen: <a href="{sperre_pdf}">Erklärung zu Übermittlungssperren (PDF)</a>.</p>""",
                      [*bs, ("Einwohnermeldeamt", "/buergerservice/einwohnermeldeamt/")])
    fund = town.page("/buergerservice/fundbuero/", "Fundbüro", """<p>Gefundene Gegenstände nimmt das Fundbüro im
Rathaus (Zimmer 3) entgegen. Verlierer können sich dort telefonisch oder persönlich melden.</p>""",
                     [*bs, ("Fundbüro", "/buergerservice/fundbuero/")])
    kita_form = simple_page(world.host(KITA), "/anmeldung/", "Kita-Anmeldung Gemeinde Lütjenbrok",
                            "<p>Melden Sie Ihr Kind für einen Platz in einer Kindertagesstätte der Gemeinde an.</p>"
                            + form("/anmeldung/senden", [*PERSON_FIELDS, ("Name des Kindes", "kind", "text"),
                                                         ("Geburtsdatum des Kindes", "kindgeb", "date"),
                                                         ("Wunsch-Kita", "kita",
                                                          "select:Kita Sonnenblume|Kita Moorwichtel|Waldkindergarten"),
                                                         ("Gewünschter Beginn", "beginn", "date")]),
                            brand="Kita-Portal")
    portal_legal(world.host(KITA), "Kita-Portal", "Gemeinde Lütjenbrok")
    world.host(KITA).extra_config["redirects"] = {"/": "/anmeldung/"}
    kita = town.page("/buergerservice/kita/", "Kindertagesstätten", f"""<p>Die Gemeinde ist Träger von zwei
Kindertagesstätten und einem Waldkindergarten. Die Anmeldung erfolgt online über das
<a href="{kita_form}">Kita-Portal</a>.</p>""", [*bs, ("Kindertagesstätten", "/buergerservice/kita/")])
    strassen = town.page("/buergerservice/strassen/", "Straßen und Wege", f"""<p>Wer Gemeindestraßen über den
Gemeingebrauch hinaus benutzt, etwa für Container oder Baustellen, braucht eine Sondernutzungserlaubnis.</p>
<p><a href="{sonder_pdf}">Antrag auf Sondernutzung (PDF)</a></p>""", [*bs, ("Straßen", "/buergerservice/strassen/")])
    baum = town.page("/buergerservice/baumschutz/", "Baumschutz", """<p>Nach der Baumschutzsatzung der Gemeinde
dürfen geschützte Bäume nur mit Genehmigung gefällt werden. Stellen Sie den Antrag formlos mit Lageplan und
Foto.</p>""", [*bs, ("Baumschutz", "/buergerservice/baumschutz/")])
    brief_form = town.page("/buergerservice/wahlen/briefwahl-antrag.html", "Briefwahl beantragen",
                           "<p>Beantragen Sie hier Ihren Wahlschein und die Briefwahlunterlagen.</p>"
                           + form("/buergerservice/wahlen/briefwahl-antrag.html", [
                               *PERSON_FIELDS, ("Nummer im Wählerverzeichnis", "wvz", "text"),
                               ("Abweichende Versandanschrift", "versand", "textarea")]),
                           [*bs, ("Wahlen", "/buergerservice/wahlen/"),
                            ("Briefwahl", "/buergerservice/wahlen/briefwahl-antrag.html")])
    wahlen = town.page("/buergerservice/wahlen/", "Wahlen", """<p>Sie können bei jeder Wahl auch per Brief wählen.
Den Wahlschein können Sie <a href="/buergerservice/wahlen/briefwahl-antrag.html">online beantragen</a>.</p>""",
                       [*bs, ("Wahlen", "/buergerservice/wahlen/")])
    std = town.page("/buergerservice/standesamt/", "Standesamt", """<p>Das Standesamt beurkundet die Geburten in
Lütjenbrok. Geburtsurkunden erhalten Sie persönlich oder schriftlich gegen eine Gebühr von 12 Euro.</p>""",
                    [*bs, ("Standesamt", "/buergerservice/standesamt/")])
    town.page("/buergerservice/", "Bürgerservice", f"""<ul>
<li><a href="/buergerservice/einwohnermeldeamt/">Einwohnermeldeamt</a></li>
<li><a href="/buergerservice/fundbuero/">Fundbüro</a></li>
<li><a href="/buergerservice/kita/">Kindertagesstätten</a></li>
<li><a href="/buergerservice/standesamt/">Standesamt</a></li>
<li><a href="/buergerservice/strassen/">Straßen und Wege</a></li>
<li><a href="/buergerservice/baumschutz/">Baumschutz</a></li>
<li><a href="/buergerservice/wahlen/">Wahlen</a></li>
<li><a href="http://{TERMIN}/">Termin im Rathaus buchen</a></li>
<li><a href="http://{GEO}/">Geoportal (Karten und Bebauungspläne)</a></li>
</ul>""", bs)
    town.page("/", "Gemeinde Lütjenbrok", f"""<p>Herzlich willkommen in Lütjenbrok!</p>
<ul><li><a href="/buergerservice/">Bürgerservice</a></li><li><a href="http://{TERMIN}/">Online-Termin</a></li>
<li><a href="/politik/">Politik</a></li><li><a href="http://{KARRIERE}/">Karriere</a></li>
<li><a href="/veranstaltungen/">Veranstaltungen</a></li></ul>""")
    town.page("/politik/", "Politik", f"""<p>Der Gemeinderat tagt in der Regel einmal im Monat.</p>
<ul><li><a href="http://{SO}/public/">Ratsinformationssystem (ab 2021)</a></li>
<li><a href="http://{RATSINFO}/bi/">Archiv des Ratsinformationssystems (bis 2021)</a></li></ul>""",
              [("Politik", "/politik/")])
    town.page("/leben/", "Leben in Lütjenbrok", """<p>Lütjenbrok liegt am Rand der Elbmarsch. Vereine, zwei
Kitas, eine Grundschule und ein Freibad prägen das Gemeindeleben.</p>""", [("Leben", "/leben/")])
    town.page("/veranstaltungen/", "Veranstaltungen", """<ul class="events">
<li><strong>Karsamstag</strong> Osterfeuer der Freiwilligen Feuerwehr am Feuerwehrhaus</li>
<li><strong>1. Mai</strong> Maibaumaufstellen</li>
<li><strong>August</strong> Hundeschau des Hundesportvereins auf dem Sportplatz</li>
<li><strong>November</strong> Laternenumzug</li></ul>""", [("Veranstaltungen", "/veranstaltungen/")])
    town_basics(town)

    # ------------------------------------------------------------------ council: sitzung-online
    so = world.host(SO)
    brand = "Ratsinformationssystem Gemeinde Lütjenbrok"
    simple_page(so, "/public/", "Ratsinformationssystem", """<ul><li><a href="/public/si010">Sitzungskalender</a></li>
<li><a href="/public/to010?SILFDNR=2215">Gemeinderat, 25.09.2025</a></li></ul>""", brand=brand)
    simple_page(so, "/public/si010/", "Sitzungskalender", """<table><tr><td>25.09.2025</td>
<td><a href="/public/to010?SILFDNR=2215">Gemeinderat</a></td></tr><tr><td>11.09.2025</td><td>Bau- und
Planungsausschuss</td></tr></table>""", brand=brand)
    simple_page(so, "/public/to010/", "Tagesordnung Gemeinderat 25.09.2025", """<table class="tl">
<tr><td>Ö 4</td><td><a href="/public/vo020?VOLFDNR=1844">Satzung über die Erhebung der Hundesteuer
(Hundesteuersatzung) – Neufassung</a></td></tr>
<tr><td>Ö 5</td><td>Antrag der Fraktion UWG: Ausweisung eines Gewerbegebietes an der B 71</td></tr>
<tr><td>Ö 6</td><td>Satzung über die Erhebung einer Zweitwohnungsteuer – Einführung zum 1. Januar</td></tr>
<tr><td>Ö 7</td><td>Anfragen der Ratsmitglieder</td></tr></table>""", brand=brand)
    simple_page(so, "/public/vo020/", "Beschlussvorlage 2025/083", """<p><strong>Betreff:</strong> Satzung über die
Erhebung der Hundesteuer – Neufassung</p><p><strong>Sachverhalt:</strong> Die Satzung regelt die Anmeldung und
Abmeldung von Hunden, die Ausgabe der Hundesteuermarken und die Steuerbefreiungen für Blindenführhunde. Der
Steuersatz für den ersten Hund soll von 60 auf 75 Euro steigen.</p><p><strong>Beschlussvorschlag:</strong> Der
Gemeinderat beschließt die Neufassung.</p>""", brand=brand)
    portal_legal(so, brand, "Gemeinde Lütjenbrok")
    so.extra_config["redirects"] = {"/": "/public/"}

    # ------------------------------------------------------------------ council archive: ratsinfo/bi
    ri = world.host(RATSINFO)
    ri.content_types["bi/*.asp"] = "text/html"
    ri.extra_config["redirects"] = {"/": "/bi/"}
    simple_page(ri, "/bi/", "Archiv Ratsinformationen (bis 2021)", """<p><a href="/bi/to0040.asp?__ksinr=88">
Gemeinderat, 10.06.2021</a></p>""", brand="Ratsinfo-Archiv")
    simple_page(ri, "/bi/to0040.asp", "Gemeinderat 10.06.2021", """<ol><li>Friedhofssatzung – Änderung der
Ruhezeiten und der Nutzungsrechte an Urnengrabstätten</li><li>Friedhofsgebührensatzung – Neukalkulation</li>
<li>Sanierung der Friedhofskapelle</li></ol>""", brand="Ratsinfo-Archiv")
    portal_legal(ri, "Ratsinfo-Archiv", "Gemeinde Lütjenbrok")

    # ------------------------------------------------------------------ appointment booking
    te = world.host(TERMIN)
    simple_page(te, "/", "Termin im Rathaus Lütjenbrok", """<p>Wählen Sie Ihr Anliegen:</p>
<ul class="anliegen"><li><a href="/termin/kalender">Personalausweis beantragen</a></li>
<li><a href="/termin/kalender">Personalausweis abholen</a></li>
<li><a href="/termin/kalender">Reisepass beantragen</a></li>
<li><a href="/termin/kalender">Beglaubigungen</a></li></ul>""", brand="Terminbuchung")
    simple_page(te, "/termin/kalender", "Freie Termine", "<p>Bitte wählen Sie einen Tag im Kalender.</p>",
                brand="Terminbuchung")
    portal_legal(te, "Terminbuchung", "Gemeinde Lütjenbrok")

    # ------------------------------------------------------------------ job portal
    ka = world.host(KARRIERE)
    simple_page(ka, "/", "Karriere bei der Gemeinde Lütjenbrok", """<ul>
<li><a href="/stelle/standesbeamtin/">Standesbeamtin / Standesbeamter (m/w/d)</a></li>
<li><a href="/stelle/bauaufsicht/">Sachbearbeitung Bauaufsicht (m/w/d)</a></li></ul>""", brand="Karriereportal")
    simple_page(ka, "/stelle/standesbeamtin/", "Standesbeamtin / Standesbeamter (m/w/d)", """<p>Ihre Aufgaben:
Durchführung von Eheschließungen, Beurkundung von Geburten und Sterbefällen, Ausstellung von Sterbeurkunden,
Namenserklärungen.</p><p>Wir bieten: unbefristete Vollzeitstelle, EG 9a TVöD.</p>""", brand="Karriereportal")
    simple_page(ka, "/stelle/bauaufsicht/", "Sachbearbeitung Bauaufsicht (m/w/d)", """<p>Ihre Aufgaben: Prüfung von
Bauanträgen im vereinfachten Baugenehmigungsverfahren in Abstimmung mit dem Landkreis, Beratung von Bauherren.</p>""",
                brand="Karriereportal")
    portal_legal(ka, "Karriereportal", "Gemeinde Lütjenbrok")

    # ------------------------------------------------------------------ map viewer
    geo = world.host(GEO)
    simple_page(geo, "/", "Geoportal Lütjenbrok", """<div id="map" class="map" data-center="53.36,10.41"></div>
<div class="layer-list"><h2>Themen</h2><ul><li><label><input type="checkbox"> Bebauungspläne</label></li>
<li><label><input type="checkbox"> Baugenehmigungen 2024 (Übersicht)</label></li>
<li><label><input type="checkbox"> Osterfeuerplätze</label></li>
<li><label><input type="checkbox"> Hundekotbeutelspender</label></li></ul></div>""", brand="Geoportal")
    portal_legal(geo, "Geoportal", "Gemeinde Lütjenbrok")

    labels(
        world,
        WWW,
        name="Gemeinde Lütjenbrok",
        kind="gemeinde",
        landkreis="Landkreis Elbmarsch",
        family="never_evidence",
        services=[
            service("10124", 1, "Einwohnermeldeamt page describes the Anmeldung", [melde]),
            service("10559", 2, "Einwohnermeldeamt page with a PDF for a written Meldebescheinigung request",
                    [melde, melde_pdf]),
            service("10111", 2, "Einwohnermeldeamt page with PDF declaration on Übermittlungssperren",
                    [melde, sperre_pdf]),
            service("10244", 1, "Fundbüro page", [fund]),
            service("10019", 3, "Kita page links an online registration form on the Kita-Portal", [kita, kita_form]),
            service("10348", 2, "Straßen page with Sondernutzung PDF", [strassen, sonder_pdf]),
            service("10112", 1, "Baumschutz page, informal application", [baum]),
            service("10145", 3, "online Briefwahl form on the town site", [wahlen, brief_form]),
            service("10557", 1, "Standesamt page on Geburtsurkunden", [std]),
        ],
        not_services=[
            not_service("10160", "Hundesteuer only in council agenda and Beschlussvorlage (sitzung-online.de) and "
                        "a Hundeschau event / map layer"),
            not_service("10294", "only 'Antrag der Fraktion ... Gewerbegebiet' in the council agenda"),
            not_service("10126", "Zweitwohnungsteuer only as a council agenda item"),
            not_service("10227", "Friedhof matters only in the ratsinfo archive agenda"),
            not_service("10119", "Personalausweis only as an appointment reason"),
            not_service("10177", "Reisepass only as an appointment reason"),
            not_service("10571", "Beglaubigungen only as an appointment reason"),
            not_service("10026", "Eheschließungen only in a job advert"),
            not_service("10237", "Sterbeurkunden only in a job advert"),
            not_service("10519", "Baugenehmigung only in a job advert and as a map layer"),
            not_service("10147", "Osterfeuer only as an event and a map layer"),
        ],
    )
