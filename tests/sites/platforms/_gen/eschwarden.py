"""Stadt Eschwarden: services named only in structured data, office task lists and a download table; /en/ copies."""

from __future__ import annotations

import json

from _gen.common import Town, World, labels, not_service, pdf, service, town_basics

WWW = "www.stadt-eschwarden.de"


def _jsonld(name: str, leika: str, description: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": name,
        "description": description,
        "serviceType": "Verwaltungsleistung",
        "identifier": {"@type": "PropertyValue", "propertyID": "LeiKa-Schlüssel", "value": leika},
        "provider": {"@type": "GovernmentOrganization", "name": "Stadt Eschwarden – Bürgerbüro"},
    }
    return '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"


FORMS = [
    # file, German row, English row, size, department, ozg (None: not an OZG service)
    ("dok_1842.pdf", "Antrag auf Erteilung eines Bewohnerparkausweises", "Application for a residents' parking permit",
     "120 KB", "Ordnung und Verkehr", "10173"),
    ("dok_1790.pdf", "Anmeldung eines Hundes zur Hundesteuer", "Registering a dog for dog tax", "88 KB", "Finanzen",
     "10160"),
    ("dok_1811.pdf", "Antrag auf Sondernutzungserlaubnis für öffentliche Straßen",
     "Application for special use of public roads", "143 KB", "Ordnung und Verkehr", "10348"),
    ("dok_1733.pdf", "Antrag auf Zuweisung einer Grabstätte", "Application for a grave site", "64 KB",
     "Friedhofsverwaltung", "10227"),
    ("dok_1901.pdf", "Anmeldebogen für die städtischen Kindertagesstätten", "Registration form for municipal day care",
     "210 KB", "Jugend und Familie", "10019"),
    ("dok_1650.pdf", "Antrag auf Überlassung des Bürgerhauses", "Booking the community hall", "71 KB",
     "Liegenschaften", None),
]


def build(world: World) -> None:
    www = world.host(WWW)
    town = Town(
        www,
        "Stadt Eschwarden",
        "Eschwarden",
        nav=[
            ("Rathaus", "/rathaus/"),
            ("Bürgerservice", "/buergerservice/"),
            ("Leben", "/leben/"),
            ("Aktuelles", "/aktuelles/"),
        ],
        address=["Rathausmarkt 2", "26954 Eschwarden"],
        phone="04732 188-0",
        email="rathaus@eschwarden.de",
        flavor="sixcms",
        lang_switch=True,
    )
    pdf_urls: dict[str, str] = {}
    for file, title, _en, _size, dept, _ozg in FORMS:
        pdf_urls[file] = www.raw(f"/fileadmin/user_upload/{file}", pdf(title, [f"Stadt Eschwarden - {dept}",
                                                                                "Angaben der antragstellenden Person",
                                                                                "Datum, Unterschrift"],
                                                                        author="Stadt Eschwarden",
                                                                        info_title="Formular Stadt Eschwarden"))

    # ------------------------------------------------------------------ structured data with vague titles
    wir = town.page(
        "/buergerservice/wir-sind-fuer-sie-da.html",
        "Wir sind für Sie da",
        """<p>Ihre Daten, Ihre Entscheidung: Sie bestimmen mit, wer Ihre Anschrift erfährt. Auf Wunsch geben wir
sie nicht an Parteien vor Wahlen, nicht an Adressbuchverlage und nicht zu Alters- oder Ehejubiläen weiter.</p>
<p>Ein kurzer Besuch im Bürgerbüro genügt, die Eintragung ist kostenlos.</p>""",
        [("Bürgerservice", "/buergerservice/"), ("Wir sind für Sie da", "/buergerservice/wir-sind-fuer-sie-da.html")],
        head='<meta name="leika" content="99115002000000">',
    )
    neu = town.page(
        "/buergerservice/neu-hier.html",
        "Neu in Eschwarden?",
        """<p>Herzlich willkommen! Bitte kommen Sie innerhalb von zwei Wochen nach Ihrem Einzug zu uns ins
Bürgerbüro. Bringen Sie Ihren Ausweis und die Bestätigung Ihrer Vermieterin oder Ihres Vermieters mit.</p>
<p>Bei dieser Gelegenheit erhalten Sie auch unser Begrüßungspaket mit Stadtplan und Gutscheinen.</p>""",
        [("Bürgerservice", "/buergerservice/"), ("Neu in Eschwarden?", "/buergerservice/neu-hier.html")],
        head=_jsonld("Anmeldung einer Wohnung", "99115005104000", "Anmeldung nach dem Einzug in eine Wohnung"),
        en_path="/en/service/new-here.html",
    )
    town.page(
        "/en/service/new-here.html",
        "New in Eschwarden?",
        """<p>Welcome! Please come to the citizens' office within two weeks after moving in. Bring your ID and the
confirmation of your landlord.</p>""",
        [("Services", "/en/service/forms.html"), ("New here?", "/en/service/new-here.html")],
        head=_jsonld("Registration of a residence", "99115005104000", "Registration after moving into a flat"),
        lang="en",
        de_path="/buergerservice/neu-hier.html",
    )

    # ------------------------------------------------------------------ office page: tasks as bullet points
    tasks_de = ["Gewerbeanmeldung, -ummeldung und -abmeldung", "Fundsachen", "Meldebescheinigung",
                "Führungszeugnis", "Beglaubigungen", "Personalausweis", "Reisepass", "Abholung von Dokumenten"]
    tasks_en = ["business registration", "lost property", "certificate of registration", "certificate of good "
                "conduct", "certifications of copies", "identity card", "passport", "collection of documents"]
    buero = town.page(
        "/rathaus/buergerbuero.html",
        "Bürgerbüro",
        "<p>Rathausmarkt 2, Erdgeschoss<br>Mo–Fr 8–12.30 Uhr, Do 14–18 Uhr, jeden ersten Samstag 9–12 Uhr</p>"
        "<h2>Aufgaben</h2><ul>" + "".join(f"<li>{task}</li>" for task in tasks_de) + "</ul>"
        "<p>Telefon 04732 188-200, buergerbuero@eschwarden.de</p>",
        [("Rathaus", "/rathaus/"), ("Bürgerbüro", "/rathaus/buergerbuero.html")],
        en_path="/en/town-hall/citizens-office.html",
    )
    town.page(
        "/en/town-hall/citizens-office.html",
        "Citizens' Office",
        "<p>Rathausmarkt 2, ground floor</p><h2>Tasks</h2><ul>" + "".join(f"<li>{task}</li>" for task in tasks_en)
        + "</ul>",
        [("Town hall", "/en/"), ("Citizens' Office", "/en/town-hall/citizens-office.html")],
        lang="en",
        de_path="/rathaus/buergerbuero.html",
    )

    # ------------------------------------------------------------------ download table: link text says nothing
    rows_de = "".join(
        f'<tr><td>{title}</td><td>{dept}</td><td><a href="{pdf_urls[file]}">Download (PDF, {size})</a></td></tr>'
        for file, title, _en, size, dept, _ozg in FORMS
    )
    formulare = town.page(
        "/service/formulare.html",
        "Formulare",
        '<table class="downloads"><thead><tr><th>Formular</th><th>Fachbereich</th><th>Datei</th></tr></thead>'
        f"<tbody>{rows_de}</tbody></table>",
        [("Bürgerservice", "/buergerservice/"), ("Formulare", "/service/formulare.html")],
        en_path="/en/service/forms.html",
    )
    rows_en = "".join(
        f'<tr><td>{en}</td><td><a href="{pdf_urls[file]}">Download (PDF, {size})</a></td></tr>'
        for file, _title, en, size, _dept, _ozg in FORMS
    )
    town.page(
        "/en/service/forms.html",
        "Forms",
        "<p>The forms are in German.</p><table class=\"downloads\"><thead><tr><th>Form</th><th>File</th></tr></thead>"
        f"<tbody>{rows_en}</tbody></table>",
        [("Services", "/en/service/forms.html")],
        lang="en",
        de_path="/service/formulare.html",
    )

    # ------------------------------------------------------------------ other pages
    heiraten = town.page(
        "/leben/heiraten-in-eschwarden.html",
        "Heiraten in Eschwarden",
        """<p>Ihr schönster Tag im Hafenhaus, im Ratssaal oder an Bord der „Eschwarder Möwe“: Das Standesamt
Eschwarden bietet besondere Trauorte. Die Anmeldung zur Eheschließung nehmen wir nach Terminabsprache entgegen;
welche Unterlagen Sie brauchen, klären wir vorab am Telefon (04732 188-240).</p>""",
        [("Leben", "/leben/"), ("Heiraten", "/leben/heiraten-in-eschwarden.html")],
        en_path="/en/living/getting-married.html",
    )
    town.page(
        "/en/living/getting-married.html",
        "Getting married in Eschwarden",
        """<p>The registry office offers weddings in the harbour house, the council hall or on board the
"Eschwarder Möwe". Please call us to register your marriage.</p>""",
        [("Living", "/en/"), ("Getting married", "/en/living/getting-married.html")],
        lang="en",
        de_path="/leben/heiraten-in-eschwarden.html",
    )
    town.page("/", "Stadt Eschwarden", """<p>Willkommen in der Hafenstadt Eschwarden.</p>
<ul><li><a href="/buergerservice/">Bürgerservice</a></li><li><a href="/rathaus/buergerbuero.html">Bürgerbüro</a></li>
<li><a href="/service/formulare.html">Formulare</a></li><li><a href="/aktuelles/">Aktuelles</a></li></ul>""",
              en_path="/en/")
    town.page("/en/", "Welcome to Eschwarden", """<p>Information in English.</p>
<ul><li><a href="/en/town-hall/citizens-office.html">Citizens' Office</a></li>
<li><a href="/en/service/new-here.html">New here?</a></li>
<li><a href="/en/service/forms.html">Forms</a></li>
<li><a href="/en/living/getting-married.html">Getting married</a></li></ul>""", lang="en", de_path="/")
    town.page("/buergerservice/", "Bürgerservice", """<ul>
<li><a href="/buergerservice/neu-hier.html">Neu in Eschwarden?</a></li>
<li><a href="/buergerservice/wir-sind-fuer-sie-da.html">Wir sind für Sie da</a></li>
<li><a href="/rathaus/buergerbuero.html">Bürgerbüro</a></li>
<li><a href="/service/formulare.html">Formulare</a></li></ul>""", [("Bürgerservice", "/buergerservice/")])
    town.page("/rathaus/", "Rathaus", """<ul><li><a href="/rathaus/buergerbuero.html">Bürgerbüro</a></li>
<li><a href="/rathaus/stellen.html">Stellenangebote</a></li></ul>""", [("Rathaus", "/rathaus/")])
    town.page("/leben/", "Leben", """<ul><li><a href="/leben/heiraten-in-eschwarden.html">Heiraten in Eschwarden</a></li>
</ul><p>Hafen, Deich und Marsch: Eschwarden hat 9.800 Einwohnerinnen und Einwohner.</p>""", [("Leben", "/leben/")])
    town.page("/aktuelles/", "Aktuelles", """<div class="news"><h2>Hafenfest vom 8. bis 10. August</h2><p>Drei Tage
Musik, Kutterkorso und Feuerwerk.</p></div><div class="news"><h2>Bürgerbüro am Brückentag geschlossen</h2>
<p>Am 2. Mai bleibt das Bürgerbüro geschlossen.</p></div>""", [("Aktuelles", "/aktuelles/")])
    town.page("/rathaus/stellen.html", "Stellenangebote", """<h2>Sachbearbeitung Wohngeld (m/w/d)</h2><p>Sie
bearbeiten Anträge auf Miet- und Lastenzuschuss und beraten die Bürgerinnen und Bürger. Teilzeit möglich.</p>""",
              [("Rathaus", "/rathaus/"), ("Stellen", "/rathaus/stellen.html")])
    town_basics(town)

    why_task = "named only as a bullet point in the Bürgerbüro task list (an office naming its services: level 1)"
    table = "download table row names the form; the link text says only 'Download (PDF, …)'; /en/ repeats it"
    labels(
        world,
        WWW,
        name="Stadt Eschwarden",
        kind="stadt",
        landkreis="Landkreis Wesermünde-Nord",
        family="structured_lists",
        services=[
            service("10111", 1, "visible title 'Wir sind für Sie da'; meta leika 99115002000000 "
                    "(Übermittlungssperren) and the text describe the Widerspruch", [wir]),
            service("10124", 1, "title 'Neu in Eschwarden?'; JSON-LD LeiKa 99115005104000 (Wohnsitz Anmeldung); "
                    "the /en/ copy must not count twice", [neu]),
            service("10294", 1, why_task, [buero]),
            service("10244", 1, why_task, [buero]),
            service("10559", 1, why_task, [buero]),
            service("10562", 1, why_task, [buero]),
            service("10571", 1, why_task, [buero]),
            service("10119", 1, why_task, [buero]),
            service("10177", 1, why_task, [buero]),
            service("10173", 2, table, [formulare, pdf_urls["dok_1842.pdf"]]),
            service("10160", 2, table, [formulare, pdf_urls["dok_1790.pdf"]]),
            service("10348", 2, table, [formulare, pdf_urls["dok_1811.pdf"]]),
            service("10227", 2, table, [formulare, pdf_urls["dok_1733.pdf"]]),
            service("10019", 2, table, [formulare, pdf_urls["dok_1901.pdf"]]),
            service("10026", 1, "'Heiraten in Eschwarden' info page (English copy exists)", [heiraten]),
        ],
        not_services=[
            not_service("10092", "Wohngeld only in a job advert"),
        ],
    )
