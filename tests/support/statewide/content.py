"""German text written for the generated sites: news, job adverts, other pages, link wordings."""

from __future__ import annotations

# fmt: off
# (headline, text, OZG-ID the item mentions or ""). News pages are noise: they mention services without
# offering them, sometimes services the municipality does not describe at all.
NEWS: tuple[tuple[str, str, str], ...] = (
    ("Briefwahlunterlagen ab sofort erhältlich",
     "Für die kommende Wahl können Wahlberechtigte ab heute Briefwahlunterlagen anfordern.", "10145"),
    ("Neue Hundesteuermarken werden verschickt",
     "Alle angemeldeten Hunde erhalten in diesen Tagen eine neue Steuermarke per Post.", "10160"),
    ("Osterfeuer rechtzeitig anmelden",
     "Wer ein Osterfeuer plant, sollte es bis spätestens zwei Wochen vor Ostern anmelden.", "10147"),
    ("Bürgerbüro am Brückentag geschlossen",
     "Am Freitag nach Himmelfahrt bleibt das Bürgerbüro geschlossen. Wir bitten um Verständnis.", ""),
    ("Lichtbilder für Ausweise jetzt digital",
     "Passbilder für Personalausweis und Reisepass werden künftig digital übermittelt.", "10119"),
    ("Kita-Jahr: Anmeldungen bis Ende Februar",
     "Eltern werden gebeten, ihr Kind bis Ende Februar für das neue Kindergartenjahr anzumelden.", "10019"),
    ("Grundsteuerbescheide wurden versandt",
     "Die Bescheide sind unterwegs; die erste Rate ist am 15. Februar fällig.", "10117"),
    ("Wahlhelferinnen und Wahlhelfer gesucht",
     "Für die nächste Wahl suchen wir noch engagierte Menschen für die Wahlvorstände.", "10144"),
    ("Neuer Spielplatz eingeweiht",
     "Mit einem kleinen Fest wurde der neue Spielplatz im Ortskern eröffnet.", ""),
    ("Rat beschließt Haushalt",
     "Der Rat hat in seiner letzten Sitzung den Haushalt für das kommende Jahr beschlossen.", ""),
    ("Ortsdurchfahrt wird saniert",
     "Ab Montag ist die Ortsdurchfahrt für voraussichtlich sechs Wochen halbseitig gesperrt.", ""),
    ("Blutspende im Dorfgemeinschaftshaus",
     "Der Blutspendedienst bittet am Dienstag von 16 bis 20 Uhr um Ihre Spende.", ""),
    ("Glasfaserausbau geht voran",
     "In drei weiteren Ortsteilen werden in diesem Monat die Hausanschlüsse verlegt.", ""),
    ("Straßenbeleuchtung wird auf LED umgestellt",
     "Bis zum Jahresende werden alle Leuchten im Gemeindegebiet auf LED-Technik umgerüstet.", ""),
    ("Geänderte Öffnungszeiten im Rathaus",
     "Ab dem 1. des Monats ist das Rathaus donnerstags bis 18 Uhr geöffnet.", ""),
    ("Ehrenamtspreis verliehen",
     "Drei Vereine wurden für ihr langjähriges Engagement ausgezeichnet.", "10134"),
    ("Neues Baugebiet erschlossen",
     "Die Erschließung des Baugebietes ist abgeschlossen; die Vergabe der Grundstücke beginnt.", "10515"),
    ("Feuerwehr erhält neues Fahrzeug",
     "Die Ortsfeuerwehr hat ein neues Löschgruppenfahrzeug in Dienst gestellt.", ""),
    ("Müllabfuhr verschiebt sich wegen Feiertag",
     "Wegen des Feiertags wird die Abfuhr in dieser Woche jeweils um einen Tag verschoben.", "10110"),
    ("Versteigerung von Fundsachen",
     "Nicht abgeholte Fundsachen, darunter zahlreiche Fahrräder, werden am Samstag versteigert.", "10244"),
    ("Fischereischein: Prüfung im Herbst",
     "Der Angelverein bietet im Herbst wieder einen Vorbereitungslehrgang an.", "10148"),
    ("Neue Gewerbeflächen an der Umgehungsstraße",
     "Interessierte Betriebe können sich ab sofort bei der Wirtschaftsförderung melden.", ""),
    ("Stadtradeln: Jetzt mitmachen",
     "Drei Wochen lang sammeln Teams Kilometer für den Klimaschutz.", ""),
    ("Sprechstunde des Bürgermeisters",
     "Die nächste offene Sprechstunde findet am ersten Mittwoch des Monats im Rathaus statt.", ""),
    ("Förderung für Balkonkraftwerke ausgeschöpft",
     "Die Mittel für dieses Jahr sind vergeben; im nächsten Jahr wird das Programm fortgesetzt.", "10530"),
    ("Schulanmeldung für Erstklässler",
     "Die Grundschulen laden zur Anmeldung der künftigen Erstklässler ein.", "10041"),
)

JOBS: tuple[tuple[str, str], ...] = (
    ("Sachbearbeitung im Bürgerbüro (m/w/d)",
     "Zu Ihren Aufgaben gehören Meldeangelegenheiten sowie Anträge auf Personalausweise und Reisepässe."),
    ("Erzieherin / Erzieher (m/w/d) für unsere Kindertagesstätte",
     "Wir suchen eine pädagogische Fachkraft in Teilzeit für die Krippengruppe."),
    ("Mitarbeiterin / Mitarbeiter Bauhof (m/w/d)",
     "Sie pflegen Grünflächen, Straßen und Spielplätze und unterstützen den Winterdienst."),
    ("Ausbildung zur/zum Verwaltungsfachangestellten (m/w/d)",
     "Die dreijährige Ausbildung beginnt am 1. August und führt durch alle Bereiche der Verwaltung."),
    ("Standesbeamtin / Standesbeamter (m/w/d)",
     "Sie beurkunden Geburten, Eheschließungen und Sterbefälle und führen Trauungen durch."),
    ("Systemadministration (m/w/d)",
     "Sie betreuen die IT-Infrastruktur der Verwaltung und der Schulen."),
)

# (heading, text); {town} is the municipality's name. Headings name no service (tests check that).
MISC: tuple[tuple[str, str], ...] = (
    ("Geschichte", "Die erste urkundliche Erwähnung von {town} stammt aus dem 12. Jahrhundert."),
    ("Ortsteile", "Zu {town} gehören mehrere Ortsteile mit eigenen Dorfgemeinschaften."),
    ("Partnerschaften", "Seit über dreißig Jahren pflegt {town} Freundschaften mit Gemeinden in Europa."),
    ("Rat und Ausschüsse", "Der Rat tagt öffentlich; die Termine werden rechtzeitig bekannt gemacht."),
    ("Öffnungszeiten", "Montag bis Freitag 8 bis 12 Uhr, Donnerstag zusätzlich 14 bis 18 Uhr."),
    ("Feuerwehr", "Die Freiwilligen Feuerwehren in {town} sind rund um die Uhr einsatzbereit."),
    ("Spielplätze", "In allen Ortsteilen stehen gepflegte Spielplätze für Kinder bereit."),
    ("Klimaschutz", "{town} hat sich verpflichtet, bis 2040 klimaneutral zu werden."),
    ("Seniorenbeirat", "Der Seniorenbeirat vertritt die Interessen der älteren Generation."),
    ("Jugendpflege", "Die Jugendpflege bietet Ferienfahrten, Workshops und offene Treffs an."),
    ("Gleichstellungsbeauftragte", "Die Gleichstellungsbeauftragte berät vertraulich und unabhängig."),
    ("Leitbild", "Bürgernähe, Transparenz und Nachhaltigkeit prägen unser Verwaltungshandeln."),
    ("Breitbandausbau", "Bis Ende nächsten Jahres sollen alle Haushalte Glasfaser erhalten."),
    ("Dorfgemeinschaftshäuser", "Die Dorfgemeinschaftshäuser können für Familienfeiern genutzt werden."),
    ("Vereine und Verbände", "Über 80 Vereine prägen das gesellschaftliche Leben in {town}."),
    ("Freibad", "Das Freibad öffnet bei gutem Wetter von Mai bis September."),
    ("Wanderwege", "Gut ausgeschilderte Wege führen durch Wälder, Moore und Flussniederungen."),
    ("Zahlen und Fakten", "Fläche, Einwohnerzahl und Lage von {town} auf einen Blick."),
    ("Wappen", "Das Wappen zeigt ein silbernes Wagenrad auf grünem Grund."),
    ("Organigramm", "Die Verwaltung gliedert sich in drei Fachbereiche und die Stabsstellen."),
    ("Bürgerbus", "Ehrenamtliche Fahrerinnen und Fahrer verbinden die Ortsteile mit dem Zentrum."),
    ("Ärzte und Apotheken", "Eine Übersicht der Arztpraxen und Apotheken in {town}."),
    ("Museum", "Das Museum zeigt das ländliche Leben vergangener Jahrhunderte."),
    ("Energieberatung", "Die Verbraucherzentrale berät einmal im Monat kostenlos im Rathaus."),
)

EVENTS: tuple[tuple[str, str], ...] = (
    ("Frühlingsmarkt", "Marktplatz"), ("Osterfeuer der Ortsfeuerwehr", "Festplatz am Sportplatz"),
    ("Seniorennachmittag", "Dorfgemeinschaftshaus"), ("Öffentliche Ratssitzung", "Ratssaal"),
    ("Laternenumzug", "Treffpunkt Grundschule"), ("Weihnachtsmarkt", "Rathausplatz"),
    ("Konzert des Musikvereins", "Kirche"), ("Flohmarkt", "Schulhof"),
)

ONLINE_WORDINGS = (
    "Online beantragen", "Zum Online-Antrag", "Antrag online stellen", "Jetzt online erledigen",
    "Online-Formular ausfüllen", "{title} online", "Direkt zum Online-Dienst",
)
PDF_WORDINGS = (
    "Antrag (PDF)", "Formular herunterladen", "Antragsformular (PDF, {kb} KB)", "Vordruck zum Ausdrucken",
    "{title} – Formular (PDF)",
)
PDF_NAMES = ("antrag-{key}.pdf", "formular_{key}.pdf", "{Key}_Antrag.pdf", "vordruck-{key}.pdf")
DOC_FOLDERS = ("/fileadmin/formulare/", "/files/formulare/", "/media/dokumente/", "/downloads/antraege/")
TITLE_FORMATS = ("{title} - {site}", "{title} | {site}", "{site}: {title}", "{title} – {site}")
GREETINGS = ("{official}: Herzlich willkommen", "Willkommen – {official}", "{official}",
             "Herzlich willkommen auf den Seiten der Verwaltung – {official}")
LEVEL4_SENTENCES = (
    "Den Bescheid erhalten Sie elektronisch in Ihr BundID-Postfach.",
    "Der Bescheid wird Ihnen nach der Bearbeitung digital in Ihr Postfach der BundID zugestellt.",
    "Ihr Bescheid wird elektronisch an Ihr BundID-Postfach übermittelt.",
)
LEVEL3_SENTENCES = (
    "Den Bescheid erhalten Sie anschließend per Post.",
    "Nach der Prüfung Ihres Antrags melden wir uns schriftlich bei Ihnen.",
)
# fmt: on


def pick(options: tuple[str, ...], number: int) -> str:
    """A deterministic choice from a plan's stored random number."""
    return options[number % len(options)]


def fee_text(ozg_id: str, style: int) -> str:
    amount = (int(ozg_id) * 7 + style) % 60
    return "Die Leistung ist gebührenfrei." if amount < 12 else f"Die Gebühr beträgt {amount},00 Euro."
