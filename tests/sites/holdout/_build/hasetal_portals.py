"""Portal hosts linked from the Kreis site: civento, Open Kreishaus, Form-Solutions, an unknown vendor, booking."""

from __future__ import annotations

from dataclasses import dataclass, field

from hasetal_core import CIV, FS, KDW, KREIS, OKH, PERSON, TERMIN, Site, esc, field_html, url


@dataclass
class Portal:
    key: str
    host: str
    path: str
    title: str
    fields: list[tuple] = field(default_factory=list)
    level: int = 3  # 3: HTML form, 4: form plus fully digital statement, 0: no usable form
    statement: str = ""
    missing: bool = False  # deliberately not generated: the link answers 404


F = field_html

PORTALS = [
    # ---------------------------------------------------------------- civento (antrag.landkreis-hasetal.de)
    Portal("civ-kfz-zulassung", CIV, "/civ.public/lkhas/kfz-zulassung/start.html",
           "i-Kfz: Zulassung eines Fahrzeugs",
           [("Fahrzeug-Identifizierungsnummer (FIN)", "fin", "text"),
            ("Sicherheitscode Zulassungsbescheinigung Teil II", "sc_zb2", "text"),
            ("eVB-Nummer", "evb", "text"),
            ("Art der Zulassung", "art", "select", ["Neuzulassung", "Wiederzulassung", "Umschreibung"]),
            ("Wunschkennzeichen (optional)", "kennzeichen", "text", None, False),
            ("IBAN für die Kfz-Steuer", "iban", "text")]),
    Portal("civ-kfz-abmeldung", CIV, "/civ.public/lkhas/kfz-abmeldung/start.html",
           "i-Kfz: Außerbetriebsetzung eines Fahrzeugs",
           [("Kennzeichen", "kennzeichen", "text"),
            ("Sicherheitscode Zulassungsbescheinigung Teil I", "sc_zb1", "text"),
            ("Sicherheitscode vorderes Kennzeichen", "sc_v", "text"),
            ("Sicherheitscode hinteres Kennzeichen", "sc_h", "text"),
            ("Kennzeichen reservieren", "reservierung", "checkbox", None, False)]),
    Portal("civ-gaststaette", CIV, "/civ.public/lkhas/gaststaettenerlaubnis/start.html",
           "Antrag auf Erteilung einer Gaststättenerlaubnis",
           [("Name des Betriebs", "betrieb", "text"),
            ("Anschrift der Betriebsstätte", "betriebsstaette", "text"),
            ("Betriebsart", "betriebsart", "select", ["Schankwirtschaft", "Speisewirtschaft", "Bar / Diskothek"]),
            ("Geplante Eröffnung", "eroeffnung", "date"),
            ("Grundriss der Gasträume (Upload)", "grundriss", "file")]),
    Portal("civ-but", CIV, "/civ.public/lkhas/bildung-teilhabe/start.html",
           "Antrag auf Leistungen für Bildung und Teilhabe",
           [("Name des Kindes", "kind", "text"), ("Geburtsdatum des Kindes", "kind_geb", "date"),
            ("Bezogene Leistung", "leistung", "select",
             ["Wohngeld", "Kinderzuschlag", "Sozialhilfe", "Asylbewerberleistungen"]),
            ("Gewünschte Leistungen", "bedarf", "textarea"),
            ("Schule oder Kita", "einrichtung", "text")]),
    # ---------------------------------------------------------------- Open Kreishaus
    Portal("okh-wunschkennzeichen", OKH, "/hasetal/-/egov/antrag/wunschkennzeichen/",
           "Wunschkennzeichen reservieren",
           [("Unterscheidungszeichen", "kreis", "select", ["HAS", "BRÜ"]),
            ("Buchstaben (1–2)", "buchstaben", "text"), ("Ziffern (1–4)", "ziffern", "text"),
            ("Fahrzeugart", "fahrzeugart", "select", ["Pkw", "Motorrad", "Anhänger", "Lkw"])]),
    Portal("okh-uvg", OKH, "/hasetal/-/egov/antrag/unterhaltsvorschuss/",
           "Antrag auf Unterhaltsvorschuss",
           [("Name des Kindes", "kind", "text"), ("Geburtsdatum des Kindes", "kind_geb", "date"),
            ("Name des anderen Elternteils", "elternteil", "text"),
            ("Letzte bekannte Anschrift des anderen Elternteils", "elternteil_adr", "text", None, False),
            ("Zahlt der andere Elternteil Unterhalt?", "unterhalt", "radio", ["ja, regelmäßig",
                                                                                 "ja, unregelmäßig", "nein"])]),
    Portal("okh-wohngeld", OKH, "/hasetal/-/egov/antrag/wohngeld/", "Wohngeld beantragen (Mietzuschuss)",
           [("Anzahl der Haushaltsmitglieder", "personen", "number"),
            ("Monatliche Bruttokaltmiete in Euro", "miete", "text"),
            ("Monatliche Heizkosten in Euro", "heizkosten", "text"),
            ("Gesamteinkommen des Haushalts (monatlich, brutto)", "einkommen", "text"),
            ("Mietbescheinigung (Upload)", "mietbescheinigung", "file")],
           level=4,
           statement="Durchgängig digitales Verfahren: Ihr Wohngeldantrag wird ohne Papier bearbeitet. Den "
                     "Wohngeldbescheid stellen wir Ihnen elektronisch in das Postfach Ihres BundID-Kontos zu; "
                     "Sie erhalten eine E-Mail, sobald er abrufbar ist."),
    Portal("okh-sperrmuell", OKH, "/hasetal/-/egov/antrag/sperrmuell/", "Sperrmüllabholung anmelden",
           [("Abholadresse", "adresse", "text"),
            ("Gegenstände", "gegenstaende", "textarea"),
            ("Geschätzte Menge in Kubikmetern", "menge", "number"),
            ("Elektrogroßgeräte dabei?", "elektro", "radio", ["ja", "nein"])]),
    Portal("okh-aufenthalt", OKH, "/hasetal/-/egov/antrag/aufenthaltstitel/", "Aufenthaltstitel verlängern",
           level=0),
    # ---------------------------------------------------------------- Form-Solutions
    Portal("fs-fuehrerschein", FS, "/metaform/Form-Solutions/sid/assistant/64b7e0c2a91f3d0012c4a7e1",
           "Antrag auf Erteilung einer Fahrerlaubnis",
           [("Beantragte Klasse(n)", "klassen", "select", ["B", "BE", "A2", "A", "C1", "C", "CE", "T"]),
            ("Fahrschule", "fahrschule", "text"),
            ("Sehtest vom", "sehtest", "date"),
            ("Erste-Hilfe-Kurs vom", "erstehilfe", "date"),
            ("Biometrisches Lichtbild (Upload)", "foto", "file")]),
    Portal("fs-jagdschein", FS, "/metaform/Form-Solutions/sid/assistant/64b7e11f5d2e8b0012c4a7f3",
           "Antrag auf Erteilung oder Verlängerung eines Jagdscheins",
           [("Art", "art", "radio", ["Ersterteilung", "Verlängerung"]),
            ("Geltungsdauer", "dauer", "select", ["ein Jagdjahr", "drei Jagdjahre", "Tagesjagdschein"]),
            ("Versicherungsschein-Nummer der Jagdhaftpflicht", "versicherung", "text"),
            ("Bisherige Jagdscheinnummer", "jagdscheinnr", "text", None, False)]),
    Portal("fs-fischereischein", FS, "/metaform/Form-Solutions/sid/assistant/64b7e1a0c3f70c0012c4a802",
           "Antrag auf Erteilung eines Fischereischeins",
           [("Datum der Fischerprüfung", "pruefung", "date"),
            ("Prüfungsnummer", "pruefnr", "text"),
            ("Lichtbild (Upload)", "foto", "file")],
           level=4,
           statement="Dieser Antrag wird vollständig elektronisch bearbeitet. Ihren Fischereischein und den "
                     "Gebührenbescheid erhalten Sie als rechtsverbindliches PDF-Dokument in Ihr Postfach der "
                     "BundID – ein Besuch im Kreishaus ist nicht erforderlich."),
    Portal("fs-lebensmittel", FS, "/metaform/Form-Solutions/sid/assistant/64b7e21b9e04a60012c4a815",
           "Registrierung eines Lebensmittelbetriebs",
           [("Name des Unternehmens", "unternehmen", "text"),
            ("Anschrift der Betriebsstätte", "betriebsstaette", "text"),
            ("Tätigkeit", "taetigkeit", "select",
             ["Herstellung", "Einzelhandel", "Gastronomie", "Onlinehandel", "Direktvermarktung"]),
            ("Beginn der Tätigkeit", "beginn", "date"),
            ("Art der Meldung", "meldung", "radio", ["Neuregistrierung", "Änderung", "Betriebsaufgabe"])]),
    Portal("fs-schuelerbefoerderung", FS, "/metaform/Form-Solutions/sid/assistant/5f0c1e2ab77d41c2a0e9b301",
           "Schülerfahrkarte", missing=True, level=0),
    # ---------------------------------------------------------------- unknown vendor
    Portal("kdw-bauantrag", KDW, "/lk-hasetal/dienste/bauantrag/antrag/", "Digitaler Bauantrag",
           [("Verfahrensart", "verfahren", "select",
             ["Baugenehmigung (umfassend)", "vereinfachtes Verfahren", "Bauvorbescheid"]),
            ("Gemarkung", "gemarkung", "text"), ("Flur", "flur", "text"), ("Flurstück", "flurstueck", "text"),
            ("Bezeichnung des Vorhabens", "vorhaben", "textarea"),
            ("Bauvorlageberechtigte Person", "entwurfsverfasser", "text"),
            ("Bauvorlagen (PDF-Upload)", "vorlagen", "file")],
           level=4,
           statement="Das Verfahren läuft von Anfang bis Ende digital: Nachforderungen, Stellungnahmen der "
                     "Fachbehörden und die Baugenehmigung selbst werden elektronisch erstellt und Ihnen über "
                     "das Postfach dieses Portals zugestellt. Ein Papierexemplar versenden wir nicht."),
    Portal("kdw-einbuergerung", KDW, "/lk-hasetal/dienste/einbuergerung/antrag/", "Antrag auf Einbürgerung",
           [("Staatsangehörigkeit", "staatsangehoerigkeit", "text"),
            ("In Deutschland seit", "seit", "date"),
            ("Aufenthaltstitel", "titel", "select", ["Niederlassungserlaubnis", "Aufenthaltserlaubnis",
                                                     "Daueraufenthalt-EU", "Blaue Karte EU"]),
            ("Sprachzertifikat (Upload)", "sprache", "file"),
            ("Einbürgerungstest bestanden am", "test", "date", None, False)]),
]
PORTAL = {p.key: p for p in PORTALS}


def _fields_html(portal: Portal, with_person: bool = True) -> str:
    rows = [F(label, name, kind, prefix=portal.key) for label, name, kind in (PERSON if with_person else [])]
    for spec in portal.fields:
        label, name, kind = spec[:3]
        options = spec[3] if len(spec) > 3 else None
        required = spec[4] if len(spec) > 4 else True
        rows.append(F(label, name, kind, options, required, prefix=portal.key))
    return "\n".join(rows)


def _doc(title: str, head: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f"{head}</head>\n<body>\n{body}\n</body></html>\n")


def civento(p: Portal) -> str:
    body = f"""<div id="civ-header"><span class="civ-logo">Landkreis Hasetal – Online-Anträge</span></div>
<div id="civ-app" class="civento-prozess">
<h1>{esc(p.title)}</h1>
<ol class="civ-schritte"><li class="aktiv">Angaben</li><li>Nachweise</li><li>Zusammenfassung</li></ol>
<form id="civ-form" method="post" action="/civ.public/lkhas/absenden">
<fieldset><legend>Antragstellende Person</legend>
{_fields_html(p)}
</fieldset>
<div class="feld feld-check"><input type="checkbox" id="{p.key}-dsgvo" name="dsgvo" required>
<label for="{p.key}-dsgvo">Ich habe die Datenschutzhinweise gelesen.</label></div>
<button type="submit" name="aktion" value="senden">Antrag verbindlich absenden</button>
</form>
<p class="civ-hinweis">Nach dem Absenden erhalten Sie eine Eingangsbestätigung per E-Mail.</p>
</div>
<footer><a href="{url(KREIS, '/')}">www.landkreis-hasetal.de</a> · civento Antragsmanagement</footer>"""
    return _doc(f"{p.title} | civento", "", body)


def openkreishaus(p: Portal) -> str:
    top = f"""<header class="okh-kopf"><a href="/hasetal/">Open Kreishaus · Landkreis Hasetal</a>
<a class="okh-login" href="/hasetal/anmelden/">Anmelden mit BundID</a></header>"""
    if p.level == 0:
        main = f"""<main><h1>{esc(p.title)}</h1>
<div class="okh-meldung okh-warnung"><p><strong>Dieser Online-Dienst steht vorübergehend nicht zur Verfügung.</strong></p>
<p>Wegen der Umstellung auf ein neues Fachverfahren können bis auf Weiteres keine Anträge über das Portal gestellt
werden. Bitte wenden Sie sich direkt an die Ausländerbehörde des Landkreises Hasetal.</p></div>
<p><a href="/hasetal/">Zurück zur Übersicht</a></p></main>"""
    else:
        note = f'<div class="okh-meldung okh-info"><p>{esc(p.statement)}</p></div>' if p.statement else ""
        main = f"""<main><h1>{esc(p.title)}</h1>
{note}
<form class="okh-formular" method="post" action="/hasetal/-/egov/absenden">
<h2>Ihre Angaben</h2>
{_fields_html(p)}
<button type="submit">Antrag absenden</button>
</form></main>"""
    return _doc(f"{p.title} – Open Kreishaus Hasetal", "", top + "\n" + main)


def formsolutions(p: Portal) -> str:
    note = f'<p class="fs-info">{esc(p.statement)}</p>' if p.statement else ""
    body = f"""<div class="fs-kopf">Landkreis Hasetal · Formularserver</div>
<div class="fs-assistent"><h1>{esc(p.title)}</h1>
{note}
<form method="post" action="/metaform/Form-Solutions/sid/submit" enctype="multipart/form-data">
<div class="fs-seite"><h2>Seite 1 von 2: Persönliche Daten und Angaben</h2>
{_fields_html(p)}
</div>
<div class="fs-navigation"><button type="submit" name="fs_next">Weiter</button>
<button type="submit" name="fs_send">Absenden</button></div>
</form></div>"""
    return _doc(f"{p.title} - Form-Solutions", "", body)


def kreisdigital(p: Portal) -> str:
    note = f'<section class="kd-hinweis"><h2>So geht es weiter</h2><p>{esc(p.statement)}</p></section>' \
        if p.statement else ""
    body = f"""<header><a href="/lk-hasetal/">KreisDigital Weser-Ems · Landkreis Hasetal</a></header>
<main><h1>{esc(p.title)}</h1>
{note}
<form method="post" action="/lk-hasetal/dienste/einreichen">
{_fields_html(p)}
<button type="submit">Jetzt einreichen</button>
</form></main>"""
    return _doc(f"{p.title} · KreisDigital", "", body)


RENDER = {CIV: civento, OKH: openkreishaus, FS: formsolutions, KDW: kreisdigital}


def build_portals(site: Site) -> None:
    for p in PORTALS:
        target = url(p.host, p.path)
        if p.missing:
            site.allowed_404.add(target)
        else:
            site.add(p.host, p.path if not p.path.endswith("/") and "." in p.path.rsplit("/", 1)[-1]
                     else p.path.rstrip("/") + "/", RENDER[p.host](p))
        site.portal_levels[p.key] = (0 if p.missing else p.level, target)
    _landing_pages(site)
    _booking(site)


def _landing_pages(site: Site) -> None:
    links = {h: [p for p in PORTALS if p.host == h and not p.missing and p.level] for h in RENDER}
    site.add(OKH, "/hasetal/", _doc("Open Kreishaus Hasetal", "", "<h1>Online-Dienste des Landkreises Hasetal</h1><ul>"
             + "".join(f'<li><a href="{p.path}">{esc(p.title)}</a></li>' for p in links[OKH]) + "</ul>"))
    site.add(OKH, "/hasetal/anmelden/", _doc("Anmelden", "", """<h1>Anmelden</h1>
<form method="post" action="/hasetal/anmelden/login"><label for="u">Benutzername</label><input id="u" name="u">
<label for="pw">Passwort</label><input id="pw" name="pw" type="password"><button type="submit">Anmelden</button></form>
<p>Oder melden Sie sich mit Ihrer BundID an.</p>"""))
    site.add(KDW, "/lk-hasetal/", _doc("KreisDigital", "", "<h1>Landkreis Hasetal – digitale Verfahren</h1><ul>"
             + "".join(f'<li><a href="{p.path}">{esc(p.title)}</a></li>' for p in links[KDW]) + "</ul>"))
    site.add(FS, "/", _doc("Form-Solutions", "", "<h1>Formularserver</h1><p>Bitte rufen Sie Formulare über die "
             "Internetseite Ihrer Behörde auf.</p>"))
    site.add(CIV, "/", _doc("civento", "", "<h1>Antragsportal Landkreis Hasetal</h1><p>Bitte starten Sie Anträge über "
             f'<a href="{url(KREIS, "/portal/seiten/online-dienste-900000012-21402.html")}">die Online-Dienste</a>.</p>'))


BOOKING_PATH = "/strassenverkehrsamt/"


def _booking(site: Site) -> None:
    options = ["Fahrzeugzulassung / Umschreibung", "Außerbetriebsetzung", "Führerscheinangelegenheiten",
               "Abholung Führerschein", "Fahrzeugregisterauskunft (Halterauskunft)", "Händler- und Großkunden"]
    body = f"""<h1>Terminvereinbarung Straßenverkehrsamt Landkreis Hasetal</h1>
<p>Bitte wählen Sie Ihr Anliegen. Pro Termin kann nur ein Vorgang bearbeitet werden.</p>
<form method="post" action="{BOOKING_PATH}reservieren">
{field_html("Anliegen", "anliegen", "select", options, prefix="t")}
{field_html("Wunschtag", "tag", "date", prefix="t")}
{field_html("Name", "name", "text", prefix="t")}
{field_html("E-Mail-Adresse", "email", "email", prefix="t")}
<button type="submit">Termin reservieren</button>
</form>
<p><a href="{url(KREIS, '/')}">Zur Website des Landkreises</a></p>"""
    site.add(TERMIN, BOOKING_PATH, _doc("Terminvereinbarung – Landkreis Hasetal", "", body))
    site.add(TERMIN, "/", _doc("Termine", "", f'<h1>Terminvergabe</h1><p><a href="{BOOKING_PATH}">Straßenverkehrsamt'
             "</a></p>"))


def booking_url() -> str:
    return url(TERMIN, BOOKING_PATH)
