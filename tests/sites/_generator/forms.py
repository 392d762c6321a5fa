"""Field sets of application forms and renderers in the styles of different form servers."""

from __future__ import annotations

from common import e

PERSON = [("text", "Familienname", "familienname", True), ("text", "Vorname(n)", "vorname", True),
          ("date", "Geburtsdatum", "geburtsdatum", True), ("text", "Straße, Hausnummer", "strasse", True),
          ("text", "Postleitzahl", "plz", True), ("text", "Wohnort", "ort", True),
          ("email", "E-Mail-Adresse", "email", True), ("tel", "Telefonnummer (freiwillig)", "telefon", False)]

FIELDS: dict[str, list] = {
    "hund": [("select", "Art der Meldung", "meldung", ["Anmeldung eines Hundes", "Abmeldung eines Hundes"]),
             ("text", "Rasse bzw. Kreuzung", "rasse", True), ("select", "Geschlecht des Hundes", "geschlecht",
                                                                 ["Rüde", "Hündin"]),
             ("date", "Beginn der Haltung / Zuzug", "beginn", True), ("text", "Transpondernummer (Chip)", "chip", True),
             ("text", "Haftpflichtversicherung (Gesellschaft, Nr.)", "versicherung", False),
             ("checkbox", "Es wird eine Steuerermäßigung beantragt (Nachweis bitte hochladen)", "ermaessigung"),
             ("file", "Nachweise (PDF, JPG)", "anlagen")],
    "meldebescheinigung": [("select", "Art der Bescheinigung", "art", ["einfache Meldebescheinigung",
                                                                        "erweiterte Meldebescheinigung"]),
                           ("select", "Verwendungszweck", "zweck", ["Arbeitgeber", "Behörde", "Sonstiges"]),
                           ("checkbox", "Ich bestätige, dass ich die Bescheinigung für mich selbst beantrage",
                            "selbst")],
    "sperre": [("select", "Art der Sperre", "sperre", ["Auskunftssperre (§ 51 BMG)", "Widerspruch gegen "
               "Übermittlung an Parteien (§ 50 Abs. 1 BMG)", "Widerspruch Alters- und Ehejubiläen",
               "Widerspruch Adressbuchverlage", "Widerspruch Bundeswehr (§ 58c SG)"]),
               ("textarea", "Begründung (nur bei Auskunftssperre)", "begruendung", False)],
    "briefwahl": [("select", "Wahl", "wahl", ["Europawahl und Kommunalwahl am 9. Juni", "Bürgermeisterwahl"]),
                  ("text", "Wählerverzeichnis-Nr. (siehe Wahlbenachrichtigung)", "wvz", False),
                  ("select", "Versand der Unterlagen", "versand", ["an meine Wohnanschrift",
                                                                   "an eine abweichende Anschrift"]),
                  ("checkbox", "Ich versichere, dass ich die Unterlagen für mich selbst beantrage", "versicherung")],
    "fund": [("select", "Anliegen", "anliegen", ["Ich habe etwas verloren", "Ich habe etwas gefunden"]),
             ("text", "Gegenstand", "gegenstand", True), ("date", "Datum des Verlusts/Fundes", "datum", True),
             ("text", "Ort (möglichst genau)", "fundort", True), ("textarea", "Beschreibung (Farbe, Marke ...)",
                                                                  "beschreibung", True)],
    "osterfeuer": [("text", "Veranstalter (Verein/Person)", "veranstalter", True),
                   ("text", "Standort / Flurstück", "standort", True), ("date", "Datum des Feuers", "datum", True),
                   ("text", "Verantwortliche Aufsichtsperson", "aufsicht", True),
                   ("number", "Höhe des Brennguthaufens in m", "hoehe", True),
                   ("checkbox", "Das Brenngut wird frühestens 14 Tage vorher aufgeschichtet", "umschichten")],
    "sondernutzung": [("select", "Art der Nutzung", "art", ["Container/Bauschuttmulde", "Baugerüst",
                                                            "Umzugswagen", "Verkaufsstand", "Werbeaufsteller"]),
                      ("text", "Straße / Ort der Nutzung", "nutzungsort", True),
                      ("date", "von", "von", True), ("date", "bis", "bis", True),
                      ("number", "Fläche in m²", "flaeche", True), ("file", "Lageskizze", "skizze")],
    "kita": [("text", "Name des Kindes", "kind_name", True), ("date", "Geburtsdatum des Kindes", "kind_geb", True),
             ("date", "Gewünschter Betreuungsbeginn", "beginn", True),
             ("select", "Betreuungsumfang", "umfang", ["Vormittag (bis 12:30 Uhr)", "Dreiviertel (bis 14:00 Uhr)",
                                                       "Ganztag (bis 16:00 Uhr)"]),
             ("select", "Wunscheinrichtung (1. Wahl)", "wunsch1", ["Kita Sonnenblume", "Kita Regenbogen",
                                                                  "Ev. Kindergarten St. Marien", "Krippe Wichtelhaus"]),
             ("textarea", "Bemerkungen", "bemerkung", False)],
    "gewerbe": [("select", "Art der Anzeige", "anzeige", ["Gewerbeanmeldung (GewA 1)", "Gewerbeummeldung (GewA 2)",
                                                          "Gewerbeabmeldung (GewA 3)"]),
                ("text", "Name des Betriebes / Firma", "firma", False),
                ("select", "Rechtsform", "rechtsform", ["Einzelunternehmen", "GbR", "GmbH", "UG (haftungsbeschränkt)",
                                                       "sonstige"]),
                ("textarea", "Angemeldete Tätigkeit (genaue Beschreibung)", "taetigkeit", True),
                ("date", "Beginn der Tätigkeit", "beginn", True),
                ("text", "Anschrift der Betriebsstätte", "betrieb", True),
                ("select", "Art des Betriebes", "betriebsart", ["Industrie", "Handwerk", "Handel", "Sonstiges"]),
                ("number", "Zahl der Beschäftigten", "beschaeftigte", False)],
    "maengel": [("select", "Kategorie", "kategorie", ["Straßenbeleuchtung defekt", "Schlagloch/Gehweg",
                                                      "Wilder Müll", "Spielplatz", "Verkehrszeichen"]),
                ("text", "Ort / Straße", "ort_mangel", True), ("textarea", "Beschreibung", "beschreibung", True),
                ("file", "Foto (optional)", "foto")],
    "baum": [("text", "Grundstück (Straße, Hausnummer)", "grundstueck", True),
             ("text", "Gemarkung, Flur, Flurstück", "flurstueck", False),
             ("text", "Baumart", "baumart", True), ("number", "Stammumfang in 1 m Höhe (cm)", "umfang", True),
             ("textarea", "Begründung der Fällung", "begruendung", True), ("file", "Fotos / Lageplan", "fotos"),
             ("checkbox", "Ich bin Eigentümer/in bzw. die Zustimmung liegt vor", "eigentum")],
    "sperrmuell": [("select", "Art der Abholung", "art", ["Sperrmüll", "Elektrogroßgeräte", "Sperrmüll und "
                                                          "Elektrogroßgeräte"]),
                   ("text", "Abholadresse", "abholadresse", True), ("text", "Kundennummer / Objektnummer",
                                                                    "kundennummer", False),
                   ("textarea", "Gegenstände (bitte einzeln aufführen)", "liste", True),
                   ("select", "Volumen ca.", "volumen", ["bis 2 m³", "2 bis 4 m³", "über 4 m³"])],
    "zws": [("text", "Anschrift der Nebenwohnung", "nebenwohnung", True),
            ("date", "Nutzung seit", "seit", True), ("number", "Wohnfläche in m²", "flaeche", True),
            ("number", "Jahresnettokaltmiete in Euro", "miete", True),
            ("select", "Nutzungsverhältnis", "verhaeltnis", ["Eigentum", "Miete", "unentgeltliche Nutzung"]),
            ("file", "Mietvertrag", "mietvertrag")],
    "parken": [("text", "Amtliches Kennzeichen", "kennzeichen", True),
               ("select", "Bewohnerparkzone", "zone", ["Zone A – Altstadt", "Zone B – Weserufer",
                                                       "Zone C – Bahnhofsviertel"]),
               ("select", "Gültigkeit", "dauer", ["6 Monate", "12 Monate", "24 Monate"]),
               ("file", "Zulassungsbescheinigung Teil I", "zb1")],
    "grab": [("text", "Friedhof", "friedhof", True), ("text", "Grabnummer / Lage", "grabnr", True),
             ("select", "Anliegen", "anliegen", ["Verlängerung des Nutzungsrechts", "Umschreibung des "
                                                 "Nutzungsrechts", "Erwerb einer Wahlgrabstätte"]),
             ("number", "Verlängerung um Jahre", "jahre", False)],
    "wohngeld": [("select", "Art des Antrags", "antragsart", ["Erstantrag", "Weiterleistungsantrag",
                                                              "Erhöhungsantrag"]),
                 ("select", "Wohngeldart", "wgart", ["Mietzuschuss", "Lastenzuschuss"]),
                 ("number", "Anzahl der Haushaltsmitglieder", "haushalt", True),
                 ("number", "Monatliche Bruttokaltmiete in Euro", "miete", True),
                 ("text", "Zuständige Wohngeldbehörde (Gemeinde/Landkreis)", "behoerde", True)],
    "uvg": [("text", "Name des Kindes", "kind", True), ("date", "Geburtsdatum des Kindes", "kindgeb", True),
            ("text", "Name des anderen Elternteils", "elternteil", True),
            ("select", "Zahlt der andere Elternteil Unterhalt?", "unterhalt", ["nein", "ja, unregelmäßig",
                                                                               "ja, zu wenig"]),
            ("file", "Geburtsurkunde des Kindes", "urkunde")],
    "ehe": [("text", "Name Partner/in 1", "p1", True), ("text", "Name Partner/in 2", "p2", True),
            ("date", "Wunschtermin der Eheschließung", "termin", False),
            ("text", "Gewünschtes Standesamt", "standesamt", True)],
    "wunschkennzeichen": [("text", "Unterscheidungszeichen", "uz", True),
                          ("text", "Wunsch-Buchstaben (1-2)", "buchstaben", True),
                          ("text", "Wunsch-Zahl (1-4 Ziffern)", "zahl", True),
                          ("select", "Fahrzeugart", "fzart", ["Pkw", "Motorrad", "Anhänger", "Lkw"])],
    "ikfz": [("select", "Vorgang", "vorgang", ["Neuzulassung", "Wiederzulassung", "Umschreibung (Halterwechsel)",
                                               "Außerbetriebsetzung", "Adressänderung"]),
             ("text", "Fahrzeug-Identifizierungsnummer (FIN)", "fin", True),
             ("text", "Sicherheitscode Zulassungsbescheinigung Teil I", "code1", True),
             ("text", "eVB-Nummer der Versicherung", "evb", True), ("text", "IBAN für die Kfz-Steuer", "iban",
                                                                    True)],
    "bauantrag": [("select", "Verfahren", "verfahren", ["Baugenehmigung (§ 64 NBauO)", "vereinfachtes Verfahren "
                                                        "(§ 63 NBauO)", "Bauvoranfrage", "Abbruchanzeige"]),
                  ("text", "Baugrundstück (Gemeinde, Straße)", "grundstueck", True),
                  ("text", "Gemarkung / Flur / Flurstück", "flurstueck", True),
                  ("textarea", "Bezeichnung des Vorhabens", "vorhaben", True),
                  ("text", "Entwurfsverfasser/in (Name, Kammer-Nr.)", "entwurf", True),
                  ("file", "Bauvorlagen (PDF)", "bauvorlagen")],
    "fuehrerschein": [("select", "Anliegen", "anliegen", ["Pflichtumtausch alter Führerschein",
                                                           "Ersatzführerschein (Verlust)", "Internationaler "
                                                           "Führerschein", "Erweiterung um Klasse"]),
                      ("text", "Führerscheinnummer", "fsnr", False), ("file", "Biometrisches Lichtbild", "foto")],
    "jagdschein": [("select", "Art", "art", ["Verlängerung Jahresjagdschein", "Dreijahresjagdschein",
                                             "Jugendjagdschein", "Ausländerjagdschein"]),
                   ("text", "Nummer des bisherigen Jagdscheins", "jsnr", True),
                   ("text", "Jagdhaftpflichtversicherung (Nachweis-Nr.)", "versicherung", True)],
    "waffenerwerb": [("select", "Art der Anzeige", "art", ["Erwerb einer Schusswaffe", "Überlassung einer "
                                                           "Schusswaffe", "Verlust einer Schusswaffe"]),
                     ("text", "Nummer der Waffenbesitzkarte", "wbk", True), ("text", "Waffenart / Kaliber",
                                                                             "kaliber", True),
                     ("text", "Herstellungsnummer", "hnr", True), ("text", "Überlasser/Erwerber", "partner", True)],
    "fuehrungszeugnis": [("select", "Art des Führungszeugnisses", "art", ["Führungszeugnis für private Zwecke",
                         "Führungszeugnis zur Vorlage bei einer Behörde", "Erweitertes Führungszeugnis"]),
                         ("select", "Identifizierung", "ident", ["Online-Ausweisfunktion (Personalausweis)",
                                                                  "eID-Karte", "elektronischer Aufenthaltstitel"])],
    "wohnsitz": [("text", "Postleitzahl der neuen Wohnung", "plz", True),
                 ("text", "Gemeinde", "gemeinde", True), ("date", "Einzugsdatum", "einzug", True)],
    "elterngeld": [("select", "Bundesland", "land", ["Niedersachsen", "Bremen", "Hamburg", "Schleswig-Holstein"]),
                   ("date", "Geburtsdatum des Kindes", "geburt", True),
                   ("select", "Elterngeldvariante", "variante", ["Basiselterngeld", "ElterngeldPlus",
                                                                  "Kombination"])],
}


def field_id(name: str, prefix: str) -> str:
    return f"{prefix}{name}"


def render_fields(fields: list, style: str, prefix: str = "f-") -> str:
    """Form controls in one of several markup styles (div, table, dl, civ)."""
    out = []
    for spec in fields:
        kind, label, name = spec[0], spec[1], spec[2]
        fid = field_id(name, prefix)
        required = bool(spec[3]) if kind not in ("select", "checkbox", "file") and len(spec) > 3 else False
        req = ' required aria-required="true"' if required else ""
        star = ' <span class="pflicht">*</span>' if required else ""
        if kind == "select":
            options = "".join(f"<option>{e(o)}</option>" for o in spec[3])
            control = f'<select id="{fid}" name="{name}"><option value="">Bitte wählen</option>{options}</select>'
        elif kind == "textarea":
            control = f'<textarea id="{fid}" name="{name}" rows="4"{req}></textarea>'
        elif kind == "checkbox":
            control = f'<input type="checkbox" id="{fid}" name="{name}" value="1">'
        else:
            control = f'<input type="{kind}" id="{fid}" name="{name}"{req}>'
        lab = f'<label for="{fid}">{e(label)}{star}</label>'
        if style == "table":
            out.append(f"<tr><td class=\"fs-label\">{lab}</td><td class=\"fs-input\">{control}</td></tr>")
        elif style == "dl":
            out.append(f"<dt>{lab}</dt><dd>{control}</dd>")
        elif style == "civ":
            out.append(f'<div class="civ-row civ-{kind}"><div class="civ-label">{lab}</div>'
                       f'<div class="civ-control">{control}</div></div>')
        elif kind == "checkbox":
            out.append(f'<div class="form-check">{control} {lab}</div>')
        else:
            out.append(f'<div class="form-group">{lab}{control}</div>')
    return "\n".join(out)
