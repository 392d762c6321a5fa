"""Gemeinde Sandelfeld: "Zum Online-Rathaus" / "Rathaus direkt" portal on a shared host with real HTML forms.

Two "Zum Online-Dienst" buttons lead to pages without an online service (in preparation / phone number only).
"""

from __future__ import annotations

from _gen.common import PERSON_FIELDS, Town, World, form, labels, not_service, pdf, service, simple_page, town_basics

WWW = "www.gemeinde-sandelfeld.de"
RD = "rathausdirekt.kommunix.de"
BRAND = "Rathaus direkt · Gemeinde Sandelfeld"


def build(world: World) -> None:
    www = world.host(WWW)
    rd = world.host(RD)
    town = Town(
        www,
        "Gemeinde Sandelfeld",
        "Sandelfeld",
        nav=[
            ("Rathaus", "/rathaus/"),
            ("Leben", "/leben/"),
            ("Wirtschaft", "/wirtschaft/gewerbe/"),
            ("Aktuelles", "/aktuelles/"),
        ],
        address=["Rathaus", "Am Sande 1", "49688 Sandelfeld"],
        phone="04475 9290-0",
        email="gemeinde@sandelfeld.de",
        flavor="ikiss",
    )
    base = "/sandelfeld"

    def antrag(slug: str, title: str, intro: str, fields: list[tuple[str, str, str]]) -> str:
        return simple_page(rd, f"{base}/antrag/{slug}", title, f"<p>{intro}</p>" + form(
            f"{base}/antrag/{slug}/absenden", [*PERSON_FIELDS, *fields,
                                                 ("Ich habe die Datenschutzhinweise gelesen.", "ds", "checkbox")]),
            brand=BRAND)

    a_sperr = antrag("sperrmuell", "Sperrmüll anmelden", "Zweimal im Jahr holen wir bis zu 3 m³ Sperrmüll kostenlos "
                     "ab. Den Abholtermin teilen wir Ihnen per E-Mail mit.",
                     [("Gegenstände", "gegenstaende", "textarea"), ("Menge in m³", "menge", "text")])
    a_bio = antrag("biotonne", "Biotonne bestellen", "Bestellen Sie eine Biotonne für Ihr Grundstück.",
                   [("Größe", "groesse", "select:80 Liter|120 Liter|240 Liter"),
                    ("Ich bin Eigentümerin/Eigentümer des Grundstücks", "eigentum", "checkbox")])
    a_wgb = antrag("wohnungsgeberbestaetigung", "Wohnungsgeberbestätigung elektronisch übermitteln",
                   "Als Vermieterin oder Vermieter können Sie den Einzug Ihrer Mieterinnen und Mieter hier direkt an "
                   "die Meldebehörde übermitteln. Die meldepflichtige Person erhält dann nur noch ein "
                   "Zuordnungsmerkmal.",
                   [("Anschrift der Wohnung", "wohnung", "text"), ("Einzugsdatum", "einzug", "date"),
                    ("Namen der einziehenden Personen", "personen", "textarea")])
    a_hund = antrag("hund", "Hund anmelden", "Melden Sie Ihren Hund zur Hundesteuer an. Die Steuermarke senden wir "
                    "Ihnen zu.", [("Rasse", "rasse", "text"), ("Beginn der Haltung", "beginn", "date")])
    a_fund = antrag("fundsache", "Verlust melden oder Fund anzeigen", "Haben Sie etwas verloren oder gefunden? "
                    "Das Fundbüro der Gemeinde meldet sich bei Ihnen.",
                    [("Ich möchte", "art", "select:einen Verlust melden|einen Fund anzeigen"),
                     ("Beschreibung des Gegenstands", "beschreibung", "textarea"), ("Ort und Datum", "ortdatum",
                                                                                   "text")])
    a_sperre = simple_page(rd, f"{base}/antrag/meldedaten-widerspruch",
                           "Widerspruch gegen die Weitergabe meiner Meldedaten",
                           "<p>Für diesen Antrag melden Sie sich mit der BundID an. Ihr Antrag wird vollständig "
                           "digital bearbeitet: Den Bescheid über die eingetragenen Übermittlungssperren erhalten "
                           "Sie elektronisch in Ihr BundID-Postfach.</p>" + form(
                               f"{base}/antrag/meldedaten-widerspruch/absenden", [
                                   *PERSON_FIELDS,
                                   ("Widerspruch gegen Auskünfte an Parteien vor Wahlen", "w1", "checkbox"),
                                   ("Widerspruch gegen Auskünfte an Adressbuchverlage", "w2", "checkbox"),
                                   ("Widerspruch gegen Veröffentlichung von Jubiläen", "w3", "checkbox"),
                                   ("Widerspruch gegen Übermittlung an das Bundesamt für Personalmanagement der "
                                    "Bundeswehr", "w4", "checkbox")]), brand=BRAND)
    a_melde = antrag("meldebescheinigung", "Meldebescheinigung beantragen", "Die Bescheinigung senden wir Ihnen per "
                     "Post.", [("Art", "art", "select:einfach|erweitert")])
    d_gewerbe = simple_page(rd, f"{base}/dienst/gewerbe", "Gewerbe anmelden", "<p>Dieser Dienst wird derzeit "
                            "vorbereitet.</p><p>Bitte nutzen Sie bis dahin das PDF-Formular auf unserer Internetseite "
                            "oder rufen Sie uns an: 04475 9290-31.</p>", brand=BRAND)
    d_ehe = simple_page(rd, f"{base}/dienst/eheschliessung", "Eheschließung anmelden", "<p>Bitte vereinbaren Sie "
                        "einen Termin mit dem Standesamt: Telefon 04475 9290-40.</p>", brand=BRAND)
    rd_home = simple_page(rd, f"{base}/", "Rathaus direkt – Ihr Bürgerportal", f"""<p>Hier erledigen Sie Anliegen bei
der Gemeinde Sandelfeld online – rund um die Uhr.</p><ul class="dienste">
<li><a href="{base}/antrag/sperrmuell">Sperrmüll anmelden</a></li>
<li><a href="{base}/antrag/biotonne">Biotonne bestellen</a></li>
<li><a href="{base}/antrag/wohnungsgeberbestaetigung">Wohnungsgeberbestätigung</a></li>
<li><a href="{base}/antrag/hund">Hund anmelden</a></li>
<li><a href="{base}/antrag/fundsache">Verlust melden / Fund anzeigen</a></li>
<li><a href="{base}/antrag/meldedaten-widerspruch">Widerspruch gegen die Weitergabe meiner Meldedaten</a></li>
<li><a href="{base}/antrag/meldebescheinigung">Meldebescheinigung beantragen</a></li>
<li><a href="{base}/dienst/gewerbe">Gewerbe anmelden (in Vorbereitung)</a></li>
</ul>""", brand=BRAND)
    simple_page(rd, "/", "kommunix Bürgerportale", "<p>Bürgerportale für Städte und Gemeinden.</p>",
                brand="kommunix")
    simple_page(rd, "/impressum", "Impressum", "<p>kommunix Bürgerportale, Betrieb im Auftrag der Kommunen.</p>",
                brand="kommunix")
    simple_page(rd, "/datenschutz", "Datenschutz", "<p>Ihre Angaben werden an die Kommune übermittelt.</p>",
                brand="kommunix")

    gewerbe_pdf = www.raw("/dokumente/gewerbeanmeldung.pdf", pdf(
        "Gewerbeanmeldung nach § 14 GewO", ["Gemeinde Sandelfeld - Gewerbeamt", "Angaben zum Betrieb",
                                            "Beginn der Tätigkeit"], author="Gemeinde Sandelfeld"))
    town.page("/", "Gemeinde Sandelfeld", f"""<div class="startbox"><p>Willkommen in Sandelfeld!</p>
<p><a class="button gross" href="http://{RD}{base}/">Zum Online-Rathaus</a></p></div>
<h2>Aktuelles</h2><ul><li><a href="/aktuelles/">Unser Bürgerportal „Rathaus direkt“ ist online</a></li></ul>""")
    town.page("/rathaus/", "Rathaus", """<ul><li><a href="/rathaus/online-rathaus/">Rathaus direkt – unser
Bürgerportal</a></li><li><a href="/rathaus/terminvereinbarung/">Terminvereinbarung</a></li>
<li><a href="/kontakt/">Kontakt</a></li></ul>""", [("Rathaus", "/rathaus/")])
    town.page("/rathaus/online-rathaus/", "Rathaus direkt – unser Bürgerportal", f"""<p>Im Bürgerportal „Rathaus
direkt“ stellen Sie Anträge bequem von zu Hause: Sperrmüll, Biotonne, Hundeanmeldung, Meldebescheinigung und
mehr.</p><p><a class="button" href="http://{RD}{base}/">Bürgerportal öffnen</a></p>""",
              [("Rathaus", "/rathaus/"), ("Rathaus direkt", "/rathaus/online-rathaus/")])
    heiraten = town.page("/leben/heiraten-in-sandelfeld/", "Heiraten in Sandelfeld", f"""<p>Das Standesamt Sandelfeld
traut im Trauzimmer des Rathauses und in der alten Schule Bührenbrok. Die Eheschließung melden Sie beim Standesamt
an, frühestens sechs Monate vor dem Termin.</p>
<p><a class="button" href="{d_ehe}">Zum Online-Dienst</a></p>""",
                         [("Leben", "/leben/"), ("Heiraten", "/leben/heiraten-in-sandelfeld/")])
    gewerbe = town.page("/wirtschaft/gewerbe/", "Gewerbe anmelden", f"""<p>Wer in Sandelfeld ein Gewerbe beginnt,
ummeldet oder aufgibt, zeigt dies beim Gewerbeamt an. Gebühr für die Anmeldung: 20 Euro.</p>
<p><a href="{gewerbe_pdf}">Formular Gewerbeanmeldung (PDF)</a></p>
<p><a class="button" href="{d_gewerbe}">Zum Online-Dienst</a></p>""", [("Wirtschaft", "/wirtschaft/gewerbe/")])
    friedhof = town.page("/leben/friedhof/", "Friedhof", """<p>Die Gemeinde unterhält den Friedhof am Kirchweg.
Nutzungsrechte an Grabstätten vergibt die Friedhofsverwaltung im Rathaus, Zimmer 5.</p>""",
                         [("Leben", "/leben/"), ("Friedhof", "/leben/friedhof/")])
    kita = town.page("/leben/kinderbetreuung/", "Kinderbetreuung", """<p>In Sandelfeld gibt es zwei
Kindertagesstätten und eine Krippengruppe. Die Anmeldung nehmen die Kita-Leitungen entgegen; Plätze vergibt die
Gemeinde jeweils im Frühjahr.</p>""", [("Leben", "/leben/"), ("Kinderbetreuung", "/leben/kinderbetreuung/")])
    town.page("/leben/", "Leben", """<ul><li><a href="/leben/heiraten-in-sandelfeld/">Heiraten in Sandelfeld</a></li>
<li><a href="/leben/friedhof/">Friedhof</a></li><li><a href="/leben/kinderbetreuung/">Kinderbetreuung</a></li></ul>""",
              [("Leben", "/leben/")])
    town.page("/aktuelles/", "Aktuelles", f"""<div class="news"><h2>Unser Bürgerportal „Rathaus direkt“ ist
online</h2><p>Ab sofort können Sie viele Anliegen im <a href="http://{RD}{base}/">Bürgerportal</a> erledigen.</p></div>
<div class="news"><h2>Dorffest am 12. Juli</h2><p>Mit Flohmarkt und Treckerkorso.</p></div>""",
              [("Aktuelles", "/aktuelles/")])
    town_basics(town)
    town.page("/kontakt/", "Kontakt", "<p>Schreiben Sie uns. Für Anträge nutzen Sie bitte das Bürgerportal.</p>"
              + form("/kontakt/", [("Ihr Name", "name", "text"), ("E-Mail", "email", "email"),
                                   ("Ihr Anliegen", "anliegen", "select:Allgemeine Anfrage|Personalausweis / Reisepass|"
                                    "Bauangelegenheiten|Lob und Kritik"),
                                   ("Nachricht", "nachricht", "textarea")], submit="Nachricht senden"),
              [("Kontakt", "/kontakt/")])
    town.page("/rathaus/terminvereinbarung/", "Terminvereinbarung", "<p>Buchen Sie einen Termin im Bürgerbüro.</p>"
              + form("/rathaus/terminvereinbarung/", [
                  ("Anliegen", "anliegen", "select:Personalausweis beantragen|Reisepass beantragen|Dokument abholen"),
                  ("Wunschtermin", "datum", "date"), ("Ihr Name", "name", "text")], submit="Termin buchen"),
              [("Rathaus", "/rathaus/"), ("Terminvereinbarung", "/rathaus/terminvereinbarung/")])

    labels(
        world,
        WWW,
        name="Gemeinde Sandelfeld",
        kind="gemeinde",
        landkreis="Landkreis Hümmlinger Land",
        family="online_rathaus",
        services=[
            service("10110", 3, "'Sperrmüll anmelden' and 'Biotonne bestellen' HTML forms in the Rathaus-direkt "
                    "portal", [rd_home, a_sperr, a_bio]),
            service("10124", 3, "online form for the Wohnungsgeberbestätigung (landlord reports the move)",
                    [a_wgb]),
            service("10160", 3, "HTML form 'Hund anmelden'", [a_hund]),
            service("10244", 3, "HTML form 'Verlust melden oder Fund anzeigen'", [a_fund]),
            service("10111", 4, "form 'Widerspruch gegen die Weitergabe meiner Meldedaten' with the statement that "
                    "the Bescheid is delivered to the BundID postbox", [a_sperre]),
            service("10559", 3, "HTML form 'Meldebescheinigung beantragen'", [a_melde]),
            service("10294", 2, "info page with PDF; its 'Zum Online-Dienst' target only says the service is "
                    "being prepared", [gewerbe, gewerbe_pdf]),
            service("10026", 1, "'Heiraten in Sandelfeld'; its 'Zum Online-Dienst' target only gives a phone "
                    "number", [heiraten]),
            service("10227", 1, "Friedhof info page", [friedhof]),
            service("10019", 1, "Kinderbetreuung info page", [kita]),
        ],
        not_services=[
            not_service("10119", "Personalausweis only as a contact-form topic and an appointment reason"),
            not_service("10177", "Reisepass only as a contact-form topic and an appointment reason"),
        ],
    )
