"""Service pages of the Straßenverkehrsamt, Bauordnungsamt and Ordnungsamt (Landkreis Hasetal)."""

from __future__ import annotations

from hasetal_core import Svc, booking, docx, note, online, pdf

GEMEINDE_HINWEIS = note(
    "<p>Sind Sie gerade umgezogen? Die Ummeldung des Wohnsitzes erledigen Sie vorher bei Ihrer Stadt oder "
    "Gemeinde; erst danach können wir die Adresse in den Fahrzeugpapieren ändern.</p>"
)

SERVICES_A = [
    # ------------------------------------------------------------ Straßenverkehrsamt
    Svc("10439", "kfz-zulassung", 123, "Fahrzeug zulassen (Neuzulassung, Wiederzulassung, Umschreibung)",
        "strassenverkehrsamt",
        "Bevor ein Auto, Motorrad oder Anhänger auf öffentlichen Straßen fahren darf, muss es bei der "
        "Zulassungsstelle angemeldet werden. Das gilt für Neufahrzeuge, für Gebrauchtwagen nach einem "
        "Halterwechsel und für Fahrzeuge, die nach einer Stilllegung wieder genutzt werden sollen. "
        "Privatpersonen mit Online-Ausweis können die Zulassung auch ohne Besuch der Behörde erledigen.",
        voraus=["Hauptwohnsitz im Landkreis Hasetal (außer Stadt Hasebrück: eigene Zulassungsstelle)",
                "gültige Hauptuntersuchung",
                "Kfz-Haftpflichtversicherung (elektronische Versicherungsbestätigung, eVB)"],
        unterlagen=["Personalausweis oder Reisepass mit Meldebescheinigung",
                    "Zulassungsbescheinigung Teil I und Teil II",
                    "eVB-Nummer der Versicherung",
                    "SEPA-Lastschriftmandat für die Kraftfahrzeugsteuer"],
        kosten="Neuzulassung ab 27,90 Euro, Umschreibung ab 26,80 Euro, zuzüglich Kennzeichenschilder.",
        offers=[online("civ-kfz-zulassung", "i-Kfz: Zulassung online",
                       "Mit Online-Ausweis und Sicherheitscodes der Fahrzeugpapiere können Sie die Zulassung "
                       "rund um die Uhr beantragen."),
                booking("Termin für die Zulassungsstelle buchen"),
                GEMEINDE_HINWEIS],
        az=["Kfz-Zulassung", "Zulassung von Fahrzeugen", "Umschreibung eines Fahrzeugs"]),
    Svc("10439", "kfz-ausserbetriebsetzung", 124, "Fahrzeug abmelden (Außerbetriebsetzung)", "strassenverkehrsamt",
        "Wer ein Fahrzeug verkauft, ins Ausland bringt, verschrottet oder länger nicht nutzt, meldet es ab. "
        "Mit der Außerbetriebsetzung enden Kfz-Steuer und Versicherungspflicht. Die Kennzeichen werden "
        "entstempelt und können auf Wunsch bis zu zwölf Monate reserviert werden.",
        unterlagen=["Zulassungsbescheinigung Teil I", "beide Kennzeichenschilder",
                    "bei Verschrottung: Verwertungsnachweis"],
        kosten="ab 5,70 Euro.",
        offers=[online("civ-kfz-abmeldung", "Abmeldung online (i-Kfz)",
                       "Bei Fahrzeugen mit Plakette ab 2015 geht die Abmeldung vollständig online.")],
        az=["Abmeldung eines Fahrzeugs", "Außerbetriebsetzung"]),
    Svc("10436", "wunschkennzeichen", 125, "Wunschkennzeichen reservieren", "strassenverkehrsamt",
        "Sie möchten eine bestimmte Buchstaben- und Zahlenkombination auf Ihrem Kennzeichen? Ein freies "
        "Wunschkennzeichen mit dem Kürzel HAS kann bis zu 90 Tage vor der Zulassung reserviert werden. "
        "Die Reservierung wird bei der Zulassung berechnet.",
        kosten="12,80 Euro für die Reservierung, zusätzlich zur Zulassungsgebühr.",
        offers=[online("okh-wunschkennzeichen", "Wunschkennzeichen online reservieren")],
        az=["Wunschkennzeichen", "Kennzeichen reservieren"]),
    Svc("10459", "ersatz-zulassungsbescheinigung", 126,
        "Fahrzeugschein oder Fahrzeugbrief verloren – Ersatz beantragen", "strassenverkehrsamt",
        "Ist die Zulassungsbescheinigung Teil I (Fahrzeugschein) oder Teil II (Fahrzeugbrief) abhanden "
        "gekommen, stellt die Zulassungsstelle eine neue aus. Für den Verlust müssen Sie eine Versicherung "
        "an Eides statt abgeben. Beim Fahrzeugbrief dauert die Ausstellung rund zwei Wochen, weil das "
        "Kraftfahrt-Bundesamt beteiligt wird.",
        unterlagen=["Personalausweis", "ausgefüllte Versicherung an Eides statt",
                    "bei Diebstahl: Bescheinigung der Polizei"],
        kosten="Teil I ab 14,40 Euro, Teil II ab 27,90 Euro, Versicherung an Eides statt 30,70 Euro.",
        offers=[pdf("/portal/dokumente/ZB_Verlust_EV_2021.pdf",
                    "Versicherung an Eides statt über den Verlust der Zulassungsbescheinigung", "48 KB"),
                booking("Termin für die Zulassungsstelle buchen")],
        az=["Fahrzeugschein verloren", "Zulassungsbescheinigung Ersatz"]),
    Svc("10169", "fuehrerschein-ersterteilung", 130, "Führerschein beantragen (Ersterteilung und Erweiterung)",
        "strassenverkehrsamt",
        "Den Antrag auf eine Fahrerlaubnis stellen Sie, bevor die Ausbildung in der Fahrschule richtig "
        "losgeht – spätestens drei Monate vor der gewünschten Prüfung. Die Fahrerlaubnisbehörde prüft Ihre "
        "Eignung und gibt den Prüfauftrag an den TÜV weiter. Das gilt auch, wenn Sie eine weitere Klasse "
        "erwerben möchten.",
        voraus=["Mindestalter der jeweiligen Klasse", "Wohnsitz im Landkreis Hasetal"],
        unterlagen=["biometrisches Passfoto", "Sehtestbescheinigung",
                    "Nachweis über die Schulung in Erster Hilfe", "bei Klasse C/D: ärztliches Gutachten"],
        kosten="ca. 43 Euro (Klasse B), zuzüglich Prüfgebühren des TÜV.",
        offers=[online("fs-fuehrerschein", "Online-Antrag Führerschein",
                       "Den Antrag können Sie online stellen; Ihre Fahrschule erhält automatisch eine Nachricht."),
                booking("Termin in der Führerscheinstelle vereinbaren")],
        az=["Führerschein", "Fahrerlaubnis", "Fahrerlaubnis erweitern"]),
    Svc("10169", "fuehrerschein-umtausch", 131, "Führerschein umtauschen (alter Papierführerschein)",
        "strassenverkehrsamt",
        "Alte Papier- und Scheckkartenführerscheine müssen nach einem festen Stufenplan bis 2033 gegen den "
        "befristeten EU-Kartenführerschein getauscht werden. Die Fahrerlaubnis selbst bleibt unverändert.",
        unterlagen=["alter Führerschein", "biometrisches Passfoto",
                    "Karteikartenabschrift, wenn der Führerschein nicht im Landkreis ausgestellt wurde"],
        kosten="25,30 Euro.",
        offers=[pdf("/media/custom/2257_1418_1.PDF", "Antrag auf Umtausch des Führerscheins", "85 KB")],
        az=["Führerscheinumtausch"]),
    Svc("10169", "internationaler-fuehrerschein", 132, "Internationaler Führerschein", "strassenverkehrsamt",
        "Für Reisen in manche Länder außerhalb der EU brauchen Sie zusätzlich zum nationalen Führerschein "
        "einen internationalen Führerschein. Er ist drei Jahre gültig und wird meist sofort ausgestellt, "
        "wenn Sie einen Kartenführerschein besitzen.",
        unterlagen=["Kartenführerschein", "biometrisches Passfoto", "Personalausweis"],
        kosten="16,70 Euro.",
        az=["Internationaler Führerschein"]),
    Svc("10424", "fahrgastbefoerderung", 133, "Fahrerlaubnis zur Fahrgastbeförderung (P-Schein)",
        "strassenverkehrsamt",
        "Wer Fahrgäste in Taxis, Mietwagen oder Krankenkraftwagen befördert, braucht zusätzlich zur "
        "Fahrerlaubnis Klasse B eine Fahrerlaubnis zur Fahrgastbeförderung. Sie wird für höchstens fünf Jahre "
        "erteilt und kann verlängert werden.",
        voraus=["mindestens 21 Jahre alt", "seit zwei Jahren Fahrerlaubnis Klasse B",
                "ärztliche und augenärztliche Untersuchung", "Führungszeugnis ohne einschlägige Einträge"],
        kosten="ca. 42,60 Euro.",
        offers=[pdf("/portal/dokumente/FS_Antrag_2022_v3.pdf",
                    "Antrag auf Erteilung oder Verlängerung der Fahrerlaubnis zur Fahrgastbeförderung", "96 KB"),
                pdf("/media/custom/2257_1420_1.PDF", "Ärztliche Bescheinigung nach Anlage 5 FeV", "31 KB")],
        az=["P-Schein", "Taxischein"]),
    Svc("10173", "parkausweis-behinderung", 134, "Parkausweis für Menschen mit Behinderung", "strassenverkehrsamt",
        "Menschen mit einer außergewöhnlichen Gehbehinderung (Merkzeichen aG) oder Blindheit (Bl) erhalten "
        "den blauen EU-Parkausweis. Damit dürfen sie auf ausgewiesenen Behindertenparkplätzen parken. Für "
        "weitere Personengruppen gibt es den orangefarbenen Parkausweis mit Parkerleichterungen.",
        unterlagen=["Schwerbehindertenausweis und Feststellungsbescheid", "aktuelles Passfoto"],
        kosten="gebührenfrei.",
        hinweis="Bitte bringen Sie alle Unterlagen persönlich mit; der Ausweis wird sofort ausgestellt.",
        az=["Parkausweis für Schwerbehinderte", "Behindertenparkausweis"]),
    # ------------------------------------------------------------ Bauordnungsamt
    Svc("10519", "baugenehmigung", 140, "Baugenehmigung beantragen", "bauordnungsamt",
        "Für den Neubau, Umbau oder die Nutzungsänderung eines Gebäudes brauchen Sie in der Regel eine "
        "Baugenehmigung. Den Bauantrag reicht eine bauvorlageberechtigte Person (Architektin, Ingenieur) "
        "ein. Seit dem 1. Januar 2024 nimmt das Bauordnungsamt Bauanträge nur noch digital entgegen.",
        unterlagen=["Bauzeichnungen und Baubeschreibung", "Lageplan", "Standsicherheitsnachweis",
                    "Nachweise zum Brandschutz und zur Energieeinsparung"],
        kosten="nach der Baugebührenordnung, abhängig von den Baukosten.",
        offers=[online("kdw-bauantrag", "Bauantrag digital stellen",
                       "Entwurfsverfasserinnen und Entwurfsverfasser laden die Bauvorlagen im digitalen "
                       "Bauantragsportal hoch.")],
        az=["Bauantrag", "Baugenehmigung"]),
    Svc("10519", "bauvoranfrage", 141, "Bauvoranfrage (Bauvorbescheid)", "bauordnungsamt",
        "Bevor Sie viel Geld in eine vollständige Planung stecken, können Sie einzelne Fragen zu Ihrem "
        "Vorhaben verbindlich klären lassen – etwa, ob ein Grundstück überhaupt bebaut werden darf. Der "
        "Bauvorbescheid gilt drei Jahre.",
        kosten="nach Aufwand, mindestens 75 Euro.",
        offers=[pdf("/media/custom/2257_1502_1.PDF", "Antrag auf Erteilung eines Bauvorbescheides", "112 KB")],
        az=["Bauvoranfrage", "Bauvorbescheid"]),
    Svc("10517", "baulastenverzeichnis", 0, "Baulastenverzeichnis – Auskunft und Eintragung", "bauordnungsamt",
        "Im Baulastenverzeichnis stehen öffentlich-rechtliche Verpflichtungen, die ein Grundstückseigentümer "
        "gegenüber der Bauaufsicht übernommen hat, zum Beispiel Abstandsflächen oder Zufahrten. Eigentümer "
        "und Personen mit berechtigtem Interesse erhalten eine Auskunft.",
        kosten="Auskunft 25 Euro, Eintragung ab 150 Euro.",
        offers=[pdf("/archiv/bauordnung/dokumente/bl_ausk_antr.pdf", "Antrag auf Auskunft aus dem Baulastenverzeichnis"),
                pdf("/archiv/bauordnung/dokumente/bl_eintr_erkl.pdf", "Verpflichtungserklärung zur Eintragung einer Baulast")],
        az=["Baulastenverzeichnis"], legacy="/archiv/bauordnung/baulasten.htm"),
    Svc("10525", "denkmalrechtliche-genehmigung", 142, "Denkmalrechtliche Genehmigung", "bauordnungsamt",
        "Wer ein Baudenkmal verändern, instand setzen oder in seiner Umgebung bauen will, braucht die "
        "Genehmigung der unteren Denkmalschutzbehörde. Das gilt auch für neue Fenster, Dacheindeckungen oder "
        "Solaranlagen. Sprechen Sie uns bitte frühzeitig an – oft lässt sich gemeinsam eine Lösung finden.",
        kosten="in der Regel gebührenfrei.",
        az=["Denkmalschutz", "Denkmalrechtliche Genehmigung"]),
    Svc("10522", "bodenrichtwerte", 143, "Bodenrichtwerte und Grundstücksmarktbericht", "bauordnungsamt",
        "Bodenrichtwerte sind durchschnittliche Lagewerte für Grundstücke. Der Gutachterausschuss ermittelt "
        "sie jedes Jahr zum 1. Januar. Sie können die Werte kostenlos einsehen oder eine schriftliche "
        "Auskunft mit Bescheinigung erhalten; der jährliche Grundstücksmarktbericht ist kostenpflichtig.",
        kosten="schriftliche Auskunft 36 Euro.",
        az=["Bodenrichtwerte", "Grundstücksmarktbericht"]),
    # ------------------------------------------------------------ Ordnungsamt
    Svc("10151", "waffenbesitzkarte", 150, "Waffenbesitzkarte", "ordnungsamt",
        "Wer eine erlaubnispflichtige Schusswaffe erwerben und besitzen möchte, braucht eine "
        "Waffenbesitzkarte. Sportschützen, Jägerinnen und Sammler müssen ein Bedürfnis nachweisen. Die "
        "Waffenbehörde prüft außerdem Zuverlässigkeit, persönliche Eignung und Sachkunde.",
        voraus=["mindestens 18 Jahre alt", "Sachkundenachweis", "Bedürfnisnachweis",
                "sichere Aufbewahrung in einem zertifizierten Waffenschrank"],
        kosten="ab 75 Euro.",
        offers=[pdf("/portal/dokumente/WBK_Antr_v5.pdf", "Antrag auf Erteilung einer Waffenbesitzkarte", "64 KB"),
                docx("/portal/dokumente/Aufbewahrung_Nachweis.docx",
                     "Erklärung zur sicheren Aufbewahrung von Waffen und Munition")],
        az=["Waffenbesitzkarte", "Waffenrecht"]),
    Svc("10149", "jagdschein", 151, "Jagdschein", "ordnungsamt",
        "Nach bestandener Jägerprüfung erteilt die Jagdbehörde den Jagdschein für ein oder drei Jagdjahre. "
        "Auch die Verlängerung eines abgelaufenen Jagdscheins beantragen Sie hier. Ohne gültige "
        "Jagdhaftpflichtversicherung wird kein Jagdschein ausgestellt.",
        unterlagen=["Zeugnis über die Jägerprüfung (bei Ersterteilung)", "Nachweis der Jagdhaftpflichtversicherung",
                    "Passfoto"],
        kosten="Dreijahresjagdschein 126 Euro zuzüglich Jagdabgabe.",
        offers=[online("fs-jagdschein", "Antrag digital stellen")],
        az=["Jagdschein"]),
    Svc("10148", "fischereischein", 152, "Fischereischein", "ordnungsamt",
        "Zum Angeln in Niedersachsen brauchen Sie einen Fischereischein. Voraussetzung ist die bestandene "
        "Fischerprüfung. Der Schein gilt lebenslang; für Kinder unter 14 Jahren gibt es keinen Schein, sie "
        "angeln in Begleitung eines Erwachsenen.",
        unterlagen=["Prüfungszeugnis der Fischerprüfung", "Passfoto (digital)"],
        kosten="30 Euro.",
        offers=[online("fs-fischereischein", "Online-Antrag Fischereischein",
                       "Den Fischereischein erhalten Sie nach dem Online-Antrag ohne Behördengang.")],
        az=["Fischereischein", "Angelschein"]),
    Svc("10294", "gaststaettenerlaubnis", 153, "Gaststättenerlaubnis", "ordnungsamt",
        "Wer Alkohol ausschenken will, braucht in Niedersachsen eine Gaststättenerlaubnis. Geprüft werden "
        "die Zuverlässigkeit der Betreiberin oder des Betreibers und die Eignung der Räume. Für einmalige "
        "Feste gibt es eine vorübergehende Gestattung.",
        unterlagen=["Führungszeugnis und Auskunft aus dem Gewerbezentralregister",
                    "Unterrichtungsnachweis der IHK", "Grundriss der Gasträume", "Pacht- oder Mietvertrag"],
        kosten="250 bis 1.500 Euro.",
        offers=[online("civ-gaststaette", "Zum Antragsportal")],
        az=["Gaststättenerlaubnis", "Ausschank"]),
    Svc("10160", "gefaehrliche-hunde", 154, "Gefährliche Hunde – Erlaubnis zur Haltung", "ordnungsamt",
        "Stellt die Behörde nach einem Beißvorfall die Gefährlichkeit eines Hundes fest, braucht die Halterin "
        "oder der Halter eine Erlaubnis nach dem Niedersächsischen Hundegesetz. Dafür sind ein Wesenstest des "
        "Hundes, ein Sachkundenachweis und eine Haftpflichtversicherung nötig.",
        kosten="je nach Aufwand 50 bis 250 Euro.",
        hinweis="Die Hundesteuer wird nicht vom Landkreis erhoben; zuständig ist Ihre Stadt oder Gemeinde.",
        az=["Gefährliche Hunde", "Hundehaltung (gefährliche Hunde)"]),
    Svc("10257", "einbuergerung", 155, "Einbürgerung", "ordnungsamt",
        "Ausländerinnen und Ausländer, die seit mindestens fünf Jahren rechtmäßig in Deutschland leben, können "
        "unter bestimmten Voraussetzungen eingebürgert werden. Die Einbürgerungsbehörde berät Sie vorab.",
        voraus=["Aufenthaltstitel", "Sprachkenntnisse auf Niveau B1", "bestandener Einbürgerungstest",
                "Lebensunterhalt ohne Sozialleistungen gesichert"],
        kosten="255 Euro je Erwachsenem, 51 Euro je miteingebürgertem Kind.",
        offers=[online("kdw-einbuergerung", "Online-Antrag")],
        az=["Einbürgerung", "Staatsangehörigkeit"]),
    Svc("10255", "aufenthaltserlaubnis", 156, "Aufenthaltserlaubnis erteilen oder verlängern", "ordnungsamt",
        "Die Ausländerbehörde erteilt und verlängert Aufenthaltstitel für Menschen aus Staaten außerhalb der "
        "EU. Stellen Sie Ihren Verlängerungsantrag bitte spätestens sechs Wochen vor Ablauf des Titels.",
        unterlagen=["Reisepass", "aktueller Aufenthaltstitel", "biometrisches Passfoto",
                    "Nachweise über Einkommen und Krankenversicherung"],
        kosten="bis zu 100 Euro.",
        offers=[online("okh-aufenthalt", "Online-Antrag Aufenthaltstitel")],
        az=["Aufenthaltserlaubnis", "Ausländerbehörde"]),
]
