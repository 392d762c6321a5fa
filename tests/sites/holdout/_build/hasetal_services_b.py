"""Service pages of Jugend-, Sozial-, Gesundheits-, Veterinär-, Umwelt-, Schulamt and Abfallwirtschaft."""

from __future__ import annotations

from hasetal_core import Svc, docx, note, online, pdf

SERVICES_B = [
    # ------------------------------------------------------------ Jugendamt
    Svc("10000", "elterngeld", 160, "Elterngeld und ElterngeldPlus", "jugendamt",
        "Elterngeld gleicht einen Teil des Einkommens aus, das nach der Geburt eines Kindes wegfällt, weil "
        "Mütter oder Väter ihr Kind selbst betreuen. Es beträgt in der Regel 65 bis 67 Prozent des "
        "Nettoeinkommens vor der Geburt. Rückwirkend wird Elterngeld nur für die letzten drei Lebensmonate "
        "vor dem Monat der Antragstellung gezahlt.",
        unterlagen=["Geburtsurkunde für Elterngeldzwecke", "Einkommensnachweise der letzten zwölf Monate",
                    "Bescheinigung der Krankenkasse über Mutterschaftsgeld"],
        kosten="gebührenfrei.",
        offers=[pdf("/portal/dokumente/Antrag_EG_NDS_2024.pdf", "Antrag auf Elterngeld (Niedersachsen)", "410 KB"),
                pdf("/media/custom/2257_1633_1.PDF", "Erklärung zum Einkommen aus selbstständiger Arbeit", "77 KB")],
        az=["Elterngeld", "ElterngeldPlus"]),
    Svc("10035", "unterhaltsvorschuss", 161, "Unterhaltsvorschuss", "jugendamt",
        "Kinder von Alleinerziehenden erhalten Unterhaltsvorschuss, wenn der andere Elternteil keinen oder "
        "zu wenig Unterhalt zahlt. Die Leistung gibt es bis zum 18. Geburtstag; ab zwölf Jahren gelten "
        "zusätzliche Voraussetzungen. Der Landkreis holt sich das Geld anschließend vom "
        "unterhaltspflichtigen Elternteil zurück.",
        unterlagen=["Geburtsurkunde des Kindes", "Nachweise über gezahlten Unterhalt",
                    "bei Kindern ab 12: Einkommensnachweise oder SGB-II-Bescheid"],
        kosten="gebührenfrei.",
        offers=[online("okh-uvg", "Antrag digital stellen")],
        az=["Unterhaltsvorschuss", "Unterhaltsvorschusskasse"]),
    Svc("10019", "kindertagespflege", 162, "Kindertagespflege – Förderung und Kostenbeitrag", "jugendamt",
        "Eltern können ihr Kind statt in einer Krippe von einer qualifizierten Tagespflegeperson betreuen "
        "lassen. Das Jugendamt vermittelt Tagesmütter und -väter, zahlt ihnen eine laufende Geldleistung und "
        "setzt den Kostenbeitrag der Eltern nach dem Einkommen fest. Den Antrag stellen Sie bitte acht Wochen "
        "vor Beginn der Betreuung.",
        kosten="Kostenbeitrag nach Einkommen; für Kinder ab drei Jahren beitragsfrei.",
        offers=[docx("/portal/dokumente/KTP_Foerd_Antrag.docx", "Antrag auf Förderung in Kindertagespflege", "38 KB"),
                pdf("/portal/dokumente/KTP_Einkommenserklaerung.pdf", "Einkommenserklärung zum Kostenbeitrag", "52 KB")],
        az=["Kindertagespflege", "Tagesmutter / Tagesvater"]),
    # ------------------------------------------------------------ Sozialamt
    Svc("10092", "wohngeld", 170, "Wohngeld", "sozialamt",
        "Wohngeld ist ein Zuschuss zur Miete oder – bei Eigentum – zur Belastung. Ob und wie viel Sie "
        "bekommen, hängt von der Zahl der Haushaltsmitglieder, dem Einkommen und der Miete ab. Wohngeld "
        "wird in der Regel für zwölf Monate bewilligt; danach ist ein Weiterleistungsantrag nötig.",
        unterlagen=["Mietvertrag und aktuelle Mietbescheinigung", "Einkommensnachweise aller Haushaltsmitglieder",
                    "Kontoauszüge der letzten drei Monate"],
        kosten="gebührenfrei.",
        offers=[online("okh-wohngeld", "Zum Antragsportal",
                       "Wohngeld können Sie vollständig online beantragen."),
                pdf("/portal/dokumente/WoG_Mietbescheinigung.pdf", "Mietbescheinigung für den Vermieter", "40 KB")],
        az=["Wohngeld", "Mietzuschuss"]),
    Svc("10083", "wohnberechtigungsschein", 171, "Wohnberechtigungsschein", "sozialamt",
        "Für eine öffentlich geförderte Sozialwohnung brauchen Sie einen Wohnberechtigungsschein. Er wird "
        "ausgestellt, wenn Ihr Haushaltseinkommen bestimmte Grenzen nicht überschreitet, und gilt ein Jahr.",
        unterlagen=["Einkommensnachweise aller Haushaltsmitglieder", "Personalausweis"],
        kosten="gebührenfrei.",
        offers=[pdf("/portal/dokumente/WBS_Antrag_2023.pdf", "Antrag auf Erteilung eines Wohnberechtigungsscheins",
                    "70 KB")],
        az=["Wohnberechtigungsschein", "WBS"]),
    Svc("10084", "grundsicherung", 172, "Grundsicherung im Alter und bei Erwerbsminderung", "sozialamt",
        "Wer die Altersgrenze erreicht hat oder dauerhaft voll erwerbsgemindert ist und seinen Lebensunterhalt "
        "nicht aus Rente und Vermögen bestreiten kann, erhält Grundsicherung. Unterhaltspflichtige Kinder "
        "werden erst ab einem Jahreseinkommen von 100.000 Euro herangezogen.",
        unterlagen=["Rentenbescheid", "Kontoauszüge", "Mietvertrag", "Nachweise über Vermögen"],
        kosten="gebührenfrei.",
        offers=[pdf("/media/custom/2257_1711_1.PDF",
                    "Antrag auf Leistungen der Grundsicherung im Alter und bei Erwerbsminderung", "188 KB")],
        az=["Grundsicherung", "Sozialhilfe im Alter"]),
    Svc("10088", "bildung-und-teilhabe", 173, "Bildung und Teilhabe", "sozialamt",
        "Kinder aus Familien mit geringem Einkommen bekommen Zuschüsse zu Klassenfahrten, Schulbedarf, "
        "Nachhilfe, Mittagessen und Vereinsbeiträgen. Berechtigt sind Familien mit Wohngeld, Kinderzuschlag, "
        "Sozialhilfe oder Leistungen nach dem Asylbewerberleistungsgesetz.",
        kosten="gebührenfrei.",
        offers=[online("civ-but", "Online-Antrag Bildung und Teilhabe")],
        az=["Bildung und Teilhabe", "Bildungspaket"]),
    Svc("10218", "hilfe-zur-pflege", 174, "Hilfe zur Pflege", "sozialamt",
        "Reichen die Leistungen der Pflegeversicherung und das eigene Einkommen nicht aus, um die Pflege zu "
        "bezahlen, kann das Sozialamt die ungedeckten Kosten übernehmen – für die Pflege zu Hause ebenso wie "
        "im Heim. Bitte melden Sie sich, bevor die Kosten entstehen; rückwirkend ist keine Hilfe möglich.",
        unterlagen=["Bescheid der Pflegekasse über den Pflegegrad", "Heimvertrag oder Pflegevertrag",
                    "Einkommens- und Vermögensnachweise"],
        kosten="gebührenfrei.",
        hinweis="Den Antrag nimmt der Senioren- und Pflegestützpunkt nach einem Beratungsgespräch mit Ihnen auf.",
        az=["Hilfe zur Pflege", "Heimkosten"]),
    Svc("10266", "asylbewerberleistungen", 175, "Leistungen nach dem Asylbewerberleistungsgesetz", "sozialamt",
        "Asylsuchende, Geduldete und vollziehbar ausreisepflichtige Menschen erhalten Leistungen für "
        "Ernährung, Unterkunft, Kleidung und Gesundheit nach dem Asylbewerberleistungsgesetz. Die Leistungen "
        "werden nach der Zuweisung in eine Gemeinde des Landkreises gezahlt.",
        kosten="gebührenfrei.",
        az=["Asylbewerberleistungen", "Geflüchtete"]),
    Svc("10085", "bestattungskosten", 176, "Übernahme von Bestattungskosten", "sozialamt",
        "Müssen Sie als Angehörige oder Erbe eine Bestattung bezahlen und können die Kosten nicht tragen, "
        "übernimmt das Sozialamt die erforderlichen Kosten einer einfachen, ortsüblichen Bestattung. Der "
        "Nachlass und Leistungen aus Sterbeversicherungen werden angerechnet.",
        kosten="gebührenfrei.", js_only=True),
    # ------------------------------------------------------------ Gesundheitsamt
    Svc("10181", "belehrung-infektionsschutzgesetz", 180, "Belehrung nach dem Infektionsschutzgesetz",
        "gesundheitsamt",
        "Wer gewerbsmäßig mit Lebensmitteln arbeitet – in Küche, Bäckerei oder Imbiss – braucht vor der "
        "ersten Tätigkeit eine Erstbelehrung durch das Gesundheitsamt. Die Bescheinigung darf höchstens drei "
        "Monate alt sein, wenn Sie die Arbeit aufnehmen.",
        kosten="30 Euro.", js_only=True),
    Svc("10486", "trinkwasser-anzeige", 181, "Trinkwasser: Anzeige von Eigenwasserversorgungen und Grenzwerten",
        "gesundheitsamt",
        "Wer einen eigenen Brunnen für Trinkwasser betreibt oder eine Wasserversorgungsanlage errichtet, "
        "ändert oder stilllegt, muss das dem Gesundheitsamt anzeigen. Auch Überschreitungen von Grenzwerten "
        "sind unverzüglich zu melden.",
        kosten="Gebühren für Probenahme nach Aufwand.", js_only=True),
    # ------------------------------------------------------------ Veterinäramt
    Svc("10314", "tierhaltung-anzeigen", 190, "Tierhaltung anzeigen (Rinder, Schweine, Schafe, Ziegen, Geflügel)",
        "veterinaeramt",
        "Wer landwirtschaftliche Nutztiere hält – auch nur ein paar Hühner oder zwei Schafe im Garten – muss "
        "die Haltung vor Beginn beim Veterinäramt anzeigen. Sie erhalten eine Registriernummer, die Sie für "
        "die Tierseuchenkasse und beim Tierverkehr brauchen.",
        kosten="gebührenfrei.",
        hinweis="Die Anzeige nehmen wir per E-Mail an veterinaeramt@landkreis-hasetal.de oder telefonisch entgegen.",
        az=["Tierhaltung anzeigen", "Registriernummer Tierhaltung"]),
    Svc("10561", "lebensmittelbetrieb-registrieren", 191, "Lebensmittelbetrieb registrieren", "veterinaeramt",
        "Jeder Betrieb, der Lebensmittel herstellt, behandelt oder verkauft, muss vor der Eröffnung bei der "
        "Lebensmittelüberwachung registriert werden – vom Café über den Hofladen bis zum Onlinehandel mit "
        "Lebensmitteln. Auch wesentliche Änderungen und die Schließung sind mitzuteilen.",
        kosten="gebührenfrei.",
        offers=[online("fs-lebensmittel", "Online-Antrag")],
        az=["Lebensmittelbetrieb", "Registrierung Lebensmittelunternehmen"]),
    # ------------------------------------------------------------ Umweltamt
    Svc("10488", "gewaesserbenutzung-brunnen", 200,
        "Benutzung eines Gewässers: Brunnen und Grundwasserentnahme", "umweltamt",
        "Wer Grundwasser fördert – etwa für die Beregnung, einen Gartenbrunnen zu gewerblichen Zwecken oder "
        "eine Wärmepumpe –, braucht in vielen Fällen eine wasserrechtliche Erlaubnis der unteren "
        "Wasserbehörde. Brunnen für den Haushalt sind anzeigepflichtig.",
        kosten="nach dem Verwaltungskostengesetz, ab 60 Euro.",
        offers=[pdf("/portal/dokumente/UWB_Antrag_Gewaesserbenutzung_v2.pdf",
                    "Antrag auf wasserrechtliche Erlaubnis zur Grundwasserentnahme", "91 KB")],
        az=["Brunnen", "Grundwasserentnahme", "Wasserrechtliche Erlaubnis"]),
    Svc("10507", "eingriffsgenehmigung-naturschutz", 201, "Naturschutzrechtliche Genehmigung für Eingriffe",
        "umweltamt",
        "Eingriffe in Natur und Landschaft – zum Beispiel das Beseitigen von Wallhecken, Aufschüttungen im "
        "Außenbereich oder Bodenabbau – brauchen eine Genehmigung der unteren Naturschutzbehörde, wenn "
        "nicht bereits ein anderes Verfahren sie umfasst. Unvermeidbare Beeinträchtigungen müssen "
        "ausgeglichen werden.",
        kosten="nach Aufwand.",
        az=["Naturschutzgenehmigung", "Wallhecken"]),
    # ------------------------------------------------------------ Schul- und Kulturamt
    Svc("10042", "schuelerbefoerderung", 210, "Schülerbeförderung", "schulamt",
        "Der Landkreis ist Träger der Schülerbeförderung. Schülerinnen und Schüler bis Klasse 10 erhalten "
        "eine kostenlose Fahrkarte für Bus und Bahn, wenn der Schulweg länger als die Mindestentfernung ist. "
        "Wer mit dem eigenen Auto bringt, weil keine Verbindung besteht, kann eine Erstattung beantragen.",
        voraus=["Mindestentfernung: 2 km (Klassen 1–4), 3 km (Klassen 5–10)"],
        kosten="gebührenfrei.",
        offers=[pdf("/portal/dokumente/Schuelerbef_Antr_Erstattung.pdf",
                    "Antrag auf Erstattung von Schülerbeförderungskosten", "58 KB"),
                online("fs-schuelerbefoerderung", "Online-Antrag Schülerfahrkarte")],
        az=["Schülerbeförderung", "Schülerfahrkarte"]),
    Svc("10056", "bafoeg-schueler", 211, "BAföG für Schülerinnen und Schüler", "schulamt",
        "Schülerinnen und Schüler ab Klasse 10 an Berufsfachschulen, Fachoberschulen oder Abendgymnasien "
        "können Ausbildungsförderung erhalten. Das Amt für Ausbildungsförderung beim Landkreis ist für alle "
        "zuständig, deren Eltern im Kreisgebiet wohnen. Studierende wenden sich an das Studierendenwerk.",
        kosten="gebührenfrei.",
        az=["BAföG", "Ausbildungsförderung"]),
    # ------------------------------------------------------------ Abfallwirtschaft
    Svc("10110", "sperrmuell", 220, "Sperrmüll anmelden", "abfallwirtschaft",
        "Sperrige Gegenstände aus dem Haushalt, die nicht in die Restabfalltonne passen, holt der AWH zweimal "
        "im Jahr kostenlos ab. Jede weitere Abholung kostet 30 Euro. Elektrogroßgeräte werden getrennt "
        "abgeholt.",
        kosten="zwei Abholungen pro Jahr inklusive, jede weitere 30 Euro.",
        offers=[online("okh-sperrmuell", "Sperrmüll online anmelden")],
        az=["Sperrmüll", "Abholung von Sperrmüll"]),
    Svc("10110", "abfallgebuehren", 221, "Abfallgebühren", "abfallwirtschaft",
        "Die Abfallgebühren setzen sich aus einer Grundgebühr je Haushalt und einer Leistungsgebühr nach "
        "Größe und Leerungen der Restabfalltonne zusammen. Den Gebührenbescheid verschickt der AWH jedes Jahr "
        "im Februar. Änderungen der Tonnengröße teilen Sie uns bitte schriftlich mit.",
        kosten="Grundgebühr 58,20 Euro je Haushalt und Jahr.",
        offers=[note("<p>Die Abfallgebührensatzung und den Abfuhrkalender finden Sie unter „Satzungen“ "
                     "beziehungsweise in der AWH-App.</p>")],
        az=["Abfallgebühren", "Müllgebühren"]),
]
