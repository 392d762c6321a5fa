#!/usr/bin/env python3
"""Blind holdout site: Samtgemeinde Oberaue (www.sg-oberaue.de) and the portal hosts it owns.

Run from the repository root:  .venv/bin/python tests/sites/holdout/_build/sg_oberaue.py

Stdlib only. Deletes and rewrites only the host folders listed in OWNED below (inside tests/sites/holdout/),
then checks links, reachability of label evidence, page sizes, the ISO-8859-1 pages and the OZG-IDs.
Labels are derived from the same calls that write the links (ev/info/doc_link/portal_link).
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import shutil
import sys
import zipfile
from collections import defaultdict, deque
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

REPO = Path(__file__).resolve().parents[4]
OUT = REPO / "tests" / "sites" / "holdout"
CATALOG = REPO / "data" / "catalog" / "ozg_leistungen.csv"

MAIN = "www.sg-oberaue.de"
RD = "oberaue.rathausdirekt.de"          # Rathausdirekt portal (known platform, online_service)
EFA = "gewerbe.efa.niedersachsen.de"     # EfA service of the state (known platform)
FS = "www.formular-server.de"            # Form-Solutions form server (known platform)
TERM = "termine.sg-oberaue.de"           # appointment booking, never evidence
OWNED = [MAIN, RD, EFA, FS, TERM]
LANDKREIS = "www.lk-geestmoor.de"        # not served: DNS error (deliberate, external)

CAL_TRAP = "/veranstaltungen/kalender"
REDIRECTS = {
    "/buergerservice": f"http://{MAIN}/rathaus/verwaltung/buergerbuero.html",
    "/online": f"http://{MAIN}/online-dienste.html",
}
ROBOTS_DISALLOW = ["/administrator/", "/bin/", "/cache/", "/cli/", "/components/", "/includes/",
                   "/installation/", "/language/", "/layouts/", "/libraries/", "/logs/", "/modules/",
                   "/plugins/", "/tmp/"]
LATIN1_GLOB = "archiv/*.htm"

FILES: dict[str, dict[str, bytes]] = defaultdict(dict)
ALLOWED_404: set[str] = set()


def U(path: str, itemid: int | None = None, host: str = MAIN) -> str:
    url = f"http://{host}{path}"
    if itemid:
        url += ("&" if "?" in url else "?") + f"Itemid={itemid}"
    return url


def put(host: str, path: str, data: bytes) -> None:
    rel = path.lstrip("/")
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    FILES[host][rel] = data


def esc(text: str) -> str:
    return html.escape(text, quote=True)


# ----------------------------------------------------------------------------------------------------------
# Services and evidence
# ----------------------------------------------------------------------------------------------------------

SVC = {
    # key: OZG-ID
    "wohnsitz": "10124", "melde": "10559", "sperre": "10111", "ausweis": "10119", "pass": "10177",
    "fz": "10562", "beglaub": "10571", "wahl": "10145", "hund": "10160", "fund": "10244",
    "osterfeuer": "10147", "sondernutzung": "10348", "verkehr": "10418", "gewerbe": "10294",
    "gewreg": "10564", "gewst": "10364", "sperrzeit": "10346", "lotterie": "10349", "fischerei": "10148",
    "ehe": "10026", "name": "10029", "vater": "10001", "geburt": "10557", "kirche": "10135",
    "sterbe": "10235", "sterbeurk": "10237", "bestattung": "10227", "kita": "10019", "schule": "10041",
    "obdach": "10087", "bau": "10519", "vorkauf": "10108", "entwaesserung": "10515",
    "gartenwasser": "10123", "baum": "10112", "grundst": "10117", "zweitwohn": "10126",
}

EVID: dict[str, list[tuple[int, str, str]]] = defaultdict(list)


def canon(url: str) -> str:
    """Drop Joomla's Itemid parameter; keep every other query part."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "Itemid"]
    out = f"{parts.scheme}://{parts.netloc}{parts.path}"
    return out + ("?" + urlencode(query) if query else "")


def ev(key: str, level: int, at: str, why: str) -> None:
    EVID[SVC[key]].append((level, canon(at), why))


def info(at: str, *keys: str) -> None:
    """The page at `at` describes these services in its own section (level 1)."""
    for key in keys:
        ev(key, 1, at, "described on the municipal site (own page or section)")


# ----------------------------------------------------------------------------------------------------------
# Documents (PDF / DOCX / ODT), generated in code
# ----------------------------------------------------------------------------------------------------------

HEAD_LINES = ["Samtgemeinde Oberaue", "Der Samtgemeindebürgermeister", "Am Markt 3, 27399 Auenrode"]


def _pdf_text(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(title: str, lines: list[str], fields: list[str] | None = None) -> bytes:
    """One-page PDF (Helvetica, WinAnsi). `fields` adds fillable AcroForm text fields under the text."""
    ops = [b"BT /F1 10 Tf 56 790 Td 15 TL"]
    for i, line in enumerate(lines):
        size = b"14" if i == len(HEAD_LINES) else b"10"
        ops.append(b"/F1 " + size + b" Tf (" + _pdf_text(line) + b") Tj T*")
    ops.append(b"ET")
    field_rows = fields or []
    y0 = 790 - 15 * (len(lines) + 1)
    label_ops = []
    for i, name in enumerate(field_rows):
        y = y0 - 26 * i
        label_ops.append(b"BT /F1 9 Tf 56 %d Td (" % (y + 4) + _pdf_text(name) + b") Tj ET")
    stream = b"\n".join(ops + label_ops)
    objects: list[bytes] = []
    n_fixed = 5
    annots = [n_fixed + 1 + i for i in range(len(field_rows))]
    acro = b""
    if field_rows:
        acro = (b" /AcroForm << /Fields [" + b" ".join(b"%d 0 R" % a for a in annots)
                + b"] /DA (/Helv 0 Tf 0 g) /DR << /Font << /Helv 4 0 R >> >> >>")
    objects.append(b"<< /Type /Catalog /Pages 2 0 R" + acro + b" >>")
    objects.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    annot_ref = (b" /Annots [" + b" ".join(b"%d 0 R" % a for a in annots) + b"]") if annots else b""
    objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
                   b" /Contents 5 0 R" + annot_ref + b" >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    for i, name in enumerate(field_rows):
        y = y0 - 26 * i
        fname = re.sub(r"[^A-Za-z0-9]+", "_", name.encode("ascii", "ignore").decode())[:30] or f"feld{i}"
        objects.append(b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (" + fname.encode() + b") /Rect [230 %d 540 %d]"
                       % (y, y + 16) + b" /P 3 0 R /F 4 /DA (/Helv 10 Tf 0 g) /MK << /BC [0 0 0] >> >>")
    info_no = len(objects) + 1
    objects.append(b"<< /Title (" + _pdf_text(title) + b") /Producer (Samtgemeinde Oberaue) >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for no, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % no + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, info_no, xref))
    return out.getvalue()


def _zip(entries: list[tuple[str, str]], stored_first: tuple[str, str] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        if stored_first:
            zi = zipfile.ZipInfo(stored_first[0], date_time=(2024, 11, 4, 9, 0, 0))
            zf.writestr(zi, stored_first[1], compress_type=zipfile.ZIP_STORED)
        for name, text in entries:
            zi = zipfile.ZipInfo(name, date_time=(2024, 11, 4, 9, 0, 0))
            zf.writestr(zi, text, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def make_docx(lines: list[str]) -> bytes:
    paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{esc(line)}</w:t></w:r></w:p>" for line in lines)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f"<w:body>{paras}</w:body></w:document>")
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    return _zip([("[Content_Types].xml", types), ("_rels/.rels", rels), ("word/document.xml", doc)])


def make_odt(lines: list[str]) -> bytes:
    paras = "".join(f"<text:p>{esc(line)}</text:p>" for line in lines)
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f"<office:body><office:text>{paras}</office:text></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    return _zip([("META-INF/manifest.xml", manifest), ("content.xml", content)],
                stored_first=("mimetype", "application/vnd.oasis.opendocument.text"))


@dataclass
class Doc:
    file: str
    title: str
    fb: str
    svc: str | None            # service key if this is an application form for that service
    lines: list[str]
    fields: list[str] = field(default_factory=list)   # fillable fields (PDF only)
    dead: bool = False
    data: bytes = b""

    @property
    def ext(self) -> str:
        return self.file.rsplit(".", 1)[1].lower()

    @property
    def path(self) -> str:
        return f"/images/dokumente/{self.file}"

    @property
    def url(self) -> str:
        return U(self.path)


def _form_lines(title: str, fb: str, body: list[str]) -> list[str]:
    return HEAD_LINES + [title, fb, ""] + body + ["", "Ort, Datum: ____________________   Unterschrift: ____________________"]


F1, F2, F3, F4 = ("FB 1 Zentrale Dienste", "FB 2 Bürgerservice & Ordnung", "FB 3 Bauen & Umwelt", "FB 4 Finanzen")

DOCS: dict[str, Doc] = {
    "hund-an": Doc("hundesteuer_anmeldung.pdf", "Antrag auf Hundesteuer-Anmeldung", F4, "hund",
                   _form_lines("Anmeldung eines Hundes zur Hundesteuer", "Steueramt",
                               ["Bitte innerhalb von zwei Wochen nach Beginn der Haltung einreichen.",
                                "Angaben zur Halterin / zum Halter und zum Hund:"]),
                   fields=["Name, Vorname", "Anschrift", "Rasse / Mischling", "Wurfdatum", "Chipnummer",
                           "Haltung seit", "Ermäßigung beantragt (ja/nein)"]),
    "hund-ab": Doc("hundesteuer_abmeldung.pdf", "Abmeldung eines Hundes", F4, "hund",
                   _form_lines("Abmeldung eines Hundes von der Hundesteuer", "Steueramt",
                               ["Grund: Tod / Abgabe / Wegzug (bitte ankreuzen). Steuermarke bitte beifügen.",
                                "Name, Vorname: ______________________", "Steuermarke Nr.: __________",
                                "Haltung beendet am: __________", "Bei Abgabe: Name und Anschrift der neuen Halter:",
                                "______________________________________________"])),
    "gewa1": Doc("gewerbeanmeldung_gewa1.pdf", "Gewerbeanmeldung (Vordruck GewA 1)", F2, "gewerbe",
                 _form_lines("Gewerbe-Anmeldung nach § 14 GewO bzw. § 55c GewO", "Gewerbeamt",
                             ["Vordruck GewA 1 – bitte vollständig und gut lesbar ausfüllen."]),
                 fields=["Familienname", "Vornamen", "Geburtsdatum", "Betriebsstätte", "Angemeldete Tätigkeit",
                         "Beginn der Tätigkeit", "Zahl der Beschäftigten"]),
    "gewa3": Doc("gewerbeabmeldung_gewa3.pdf", "Gewerbeabmeldung (Vordruck GewA 3)", F2, "gewerbe",
                 _form_lines("Gewerbe-Abmeldung nach § 14 GewO", "Gewerbeamt",
                             ["Vordruck GewA 3", "Name des Betriebes: ______________________",
                              "Betriebsstätte: ______________________", "Aufgabe zum: __________",
                              "Grund der Aufgabe: ______________________"])),
    "sondernutzung": Doc("antrag_sondernutzung.pdf", "Antrag auf Sondernutzung öffentlicher Verkehrsflächen", F3,
                         "sondernutzung",
                         _form_lines("Antrag auf Erteilung einer Sondernutzungserlaubnis", "Straßenverwaltung",
                                     ["für: Aufgrabung / Gerüst / Container / Baustelleneinrichtung / Plakate",
                                      "Lageplan bitte beifügen."]),
                         fields=["Antragsteller", "Straße, Hausnummer, Ortsteil", "Art der Nutzung",
                                 "Zeitraum von - bis", "Fläche in m²", "Ausführende Firma"]),
    "fischerei": Doc("antrag_fischereischein.pdf", "Antrag auf Ausstellung eines Fischereischeines", F2, "fischerei",
                     _form_lines("Antrag auf Erteilung / Verlängerung eines Fischereischeines", "Bürgerbüro",
                                 ["Bitte Nachweis der bestandenen Fischerprüfung und ein Lichtbild beifügen.",
                                  "Name, Vorname: ______________________", "Geburtsdatum: __________",
                                  "Anschrift: ______________________", "Prüfungszeugnis vom: __________",
                                  "Gewünschte Gültigkeit: 1 / 5 / 10 Jahre / Lebenszeit"])),
    "bauvoranfrage": Doc("bauvoranfrage.pdf", "Bauvoranfrage / Antrag auf Bauvorbescheid", F3, "bau",
                         _form_lines("Antrag auf Erteilung eines Bauvorbescheides (Bauvoranfrage)",
                                     "Bauverwaltung (Weiterleitung an die untere Bauaufsichtsbehörde)",
                                     ["Die Samtgemeinde leitet die Unterlagen mit ihrer Stellungnahme weiter."]),
                         fields=["Bauherrin / Bauherr", "Baugrundstück (Gemarkung, Flur, Flurstück)",
                                 "Vorhaben", "Konkrete Fragen an die Bauaufsicht", "Entwurfsverfasser/in"]),
    "stvo46": Doc("ausnahmegenehmigung_46_stvo.pdf", "Antrag auf Ausnahmegenehmigung nach § 46 StVO", F2, "verkehr",
                  _form_lines("Antrag auf Ausnahmegenehmigung nach § 46 StVO", "Straßenverkehrsbehörde",
                              ["z. B. Befahren gesperrter Wege, Parken im Halteverbot für Handwerksbetriebe",
                               "Antragsteller: ______________________", "Kennzeichen: __________",
                               "Betroffene Straße / Bereich: ______________________",
                               "Begründung: ______________________________________"])),
    "lotterie": Doc("antrag_lotterie_tombola.docx", "Antrag auf Erlaubnis einer Lotterie oder Tombola", F2, "lotterie",
                    _form_lines("Antrag auf Erlaubnis einer kleinen Lotterie / Ausspielung", "Ordnungsamt",
                                ["Veranstalter (Verein): ______________", "Zweck des Reinertrages: ______________",
                                 "Anzahl und Preis der Lose: ______________", "Gesamtwert der Gewinne: ______________",
                                 "Tag der Ziehung: ______________"])),
    "sperrzeit": Doc("antrag_sperrzeitverkuerzung.pdf", "Antrag auf Verkürzung der Sperrzeit", F2, "sperrzeit",
                     _form_lines("Antrag auf Verkürzung oder Aufhebung der Sperrzeit", "Ordnungsamt",
                                 ["Name der Gaststätte: ______________", "Anlass: ______________",
                                  "Datum und gewünschtes Ende: ______________",
                                  "Maßnahmen zum Lärmschutz: ______________"])),
    "vorkauf": Doc("antrag_negativzeugnis_vorkaufsrecht.pdf", "Antrag auf Negativzeugnis (Vorkaufsrecht)", F3,
                   "vorkauf",
                   _form_lines("Antrag auf Ausstellung eines Negativattestes nach § 28 BauGB", "Bauverwaltung",
                               ["Kaufvertrag (Urkundenrolle) bitte beifügen."]),
                   fields=["Notarin / Notar", "Urkundenrolle Nr.", "Gemarkung, Flur, Flurstück",
                           "Verkäufer", "Käufer"]),
    "gartenwasser": Doc("antrag_gartenwasserzaehler.odt", "Antrag auf Absetzung von Gartenwassermengen", F3,
                        "gartenwasser",
                        _form_lines("Antrag auf Abzug nicht eingeleiteter Wassermengen (Gartenwasserzähler)",
                                    "Abwasserbeseitigung",
                                    ["Zählernummer: ______________", "Einbaudatum: ______________",
                                     "Zählerstand bei Einbau: ______________", "Kundennummer: ______________"])),
    "grundsteuer": Doc("antrag_grundsteuererlass.pdf", "Antrag auf Erlass der Grundsteuer", F4, "grundst",
                       _form_lines("Antrag auf Erlass der Grundsteuer wegen wesentlicher Ertragsminderung",
                                   "Steueramt", ["Frist: 31. März des Folgejahres."]),
                       fields=["Steuerpflichtige/r", "Kassenzeichen", "Lage des Grundstücks",
                               "Ertragsminderung in Prozent", "Begründung"]),
    "wohnungsgeber": Doc("wohnungsgeberbestaetigung.pdf", "Wohnungsgeberbestätigung", F2, "wohnsitz",
                         _form_lines("Bestätigung des Wohnungsgebers nach § 19 BMG", "Bürgerbüro – Meldewesen",
                                     ["Einzug / Auszug am: __________", "Anschrift der Wohnung: ______________",
                                      "Name des Wohnungsgebers: ______________",
                                      "Namen der meldepflichtigen Personen: ______________"])),
    "entwaesserung": Doc("entwaesserungsantrag.odt", "Antrag auf Anschluss an die Schmutzwasserkanalisation", F3,
                         "entwaesserung",
                         _form_lines("Entwässerungsantrag – Anschluss eines Grundstücks", "Abwasserbeseitigung",
                                     ["Grundstück: ______________", "Eigentümer: ______________",
                                      "Art der Bebauung: ______________", "Lageplan mit Leitungsführung beifügen."])),
    "baum": Doc("antrag_faellgenehmigung.docx", "Antrag auf Fällgenehmigung nach der Baumschutzsatzung", F3, "baum",
                [], dead=True),
    # not application forms
    "hundesatzung": Doc("hundesteuersatzung.pdf", "Satzung über die Erhebung der Hundesteuer", F4, None,
                        HEAD_LINES + ["Hundesteuersatzung der Mitgliedsgemeinden", "",
                                      "§ 1 Steuergegenstand  § 2 Steuerpflichtige  § 3 Steuersätze",
                                      "Der Steuersatz beträgt jährlich für den ersten Hund 72 Euro,",
                                      "für den zweiten Hund 108 Euro und für jeden weiteren Hund 132 Euro."]),
    "verwkosten": Doc("verwaltungskostensatzung.pdf", "Verwaltungskostensatzung mit Gebührentarif", F1, None,
                      HEAD_LINES + ["Satzung über Verwaltungskosten im eigenen Wirkungskreis", "",
                                    "Tarifstelle 1: Beglaubigungen je Seite 3,00 Euro",
                                    "Tarifstelle 4: Sondernutzungen nach Fläche und Dauer"]),
    "haushalt": Doc("haushaltsplan_2025.pdf", "Haushaltsplan 2025", F4, None,
                    HEAD_LINES + ["Haushaltsplan für das Haushaltsjahr 2025", "",
                                  "Ergebnishaushalt: ordentliche Erträge 21,4 Mio. Euro",
                                  "Investitionen: Sanierung Grundschule Birkhusen, Feuerwehrhaus Moorwede"]),
    "abfallkalender": Doc("abfallkalender_2025.pdf", "Abfallkalender 2025 (Landkreis Geestmoor)", F3, None,
                          HEAD_LINES + ["Abfuhrtermine 2025 für die Ortsteile der Samtgemeinde", "",
                                        "Restmüll: 14-täglich dienstags  Bioabfall: 14-täglich donnerstags",
                                        "Gelbe Säcke: alle vier Wochen  Papier: monatlich"]),
    "flyer": Doc("flyer_radwandern_aue.pdf", "Flyer „Radwandern an der Aue“", "Tourismus", None,
                 HEAD_LINES + ["Radwandern an der Aue", "", "Drei Rundtouren zwischen Moor, Mühle und Heide",
                               "Einkehr, Rastplätze und Fahrradwerkstätten im Überblick"]),
    "friedhofssatzung": Doc("friedhofssatzung.pdf", "Friedhofssatzung", F3, None,
                            HEAD_LINES + ["Satzung für die Friedhöfe der Samtgemeinde Oberaue", "",
                                          "§ 1 Geltungsbereich  § 12 Arten der Grabstätten  § 20 Grabmale"]),
    "sepa": Doc("sepa_lastschriftmandat.pdf", "SEPA-Lastschriftmandat", F4, None,
                HEAD_LINES + ["SEPA-Lastschriftmandat für wiederkehrende Zahlungen", "",
                              "Gläubiger-ID DE55ZZZ00000123456", "Kontoinhaber: ______________",
                              "IBAN: ______________  Kassenzeichen: ______________"]),
    "merkblatt-osterfeuer": Doc("merkblatt_osterfeuer.pdf", "Merkblatt zum Abbrennen von Osterfeuern", F2, None,
                                HEAD_LINES + ["Merkblatt Osterfeuer", "",
                                              "Nur unbehandeltes Holz sowie Baum- und Strauchschnitt verbrennen.",
                                              "Brennmaterial erst kurz vor dem Abbrennen umschichten (Tierschutz).",
                                              "Mindestabstand zu Gebäuden 50 m, zu Straßen 25 m."]),
    # only on the ISO-8859-1 archive page / minutes page, not in the central table
    "grabstaette": Doc("antrag_nutzungsrecht_grabstaette.pdf", "Antrag auf Erwerb eines Nutzungsrechts an einer Grabstätte",
                       F3, "bestattung",
                       _form_lines("Antrag auf Erwerb / Verlängerung eines Grabnutzungsrechts", "Friedhofsverwaltung",
                                   ["Friedhof: Auenrode / Birkhusen / Moorwede / Tannlohe",
                                    "Art der Grabstätte: Wahlgrab / Urnenwahlgrab / Rasengrab",
                                    "Name der/des Verstorbenen: ______________",
                                    "Nutzungsberechtigte/r: ______________"])),
    "niederschrift": Doc("niederschrift_sgr_2025_02.pdf", "Niederschrift Samtgemeinderat 20.02.2025", F1, None,
                         HEAD_LINES + ["Niederschrift über die 14. Sitzung des Samtgemeinderates", "",
                                       "TOP 6: Haushaltssatzung 2025 - beschlossen",
                                       "TOP 7: Empfehlung an die Mitgliedsgemeinden zur Hundesteuer"]),
    "organigramm": Doc("organigramm_verwaltung.pdf", "Organigramm der Verwaltung", F1, None,
                       HEAD_LINES + ["Organigramm", "", "Samtgemeindebürgermeisterin",
                                     "FB 1 Zentrale Dienste - FB 2 Bürgerservice & Ordnung",
                                     "FB 3 Bauen & Umwelt - FB 4 Finanzen"]),
}

TABLE_ORDER = ["hund-an", "hund-ab", "hundesatzung", "gewa1", "gewa3", "sondernutzung", "fischerei",
               "bauvoranfrage", "stvo46", "lotterie", "sperrzeit", "vorkauf", "gartenwasser", "entwaesserung",
               "grundsteuer", "wohnungsgeber", "baum", "verwkosten", "haushalt", "abfallkalender", "flyer",
               "friedhofssatzung", "sepa", "merkblatt-osterfeuer"]


def build_docs() -> None:
    for doc in DOCS.values():
        if doc.dead:
            ALLOWED_404.add(doc.url)
            continue
        if doc.ext == "pdf":
            doc.data = make_pdf(doc.title, doc.lines, doc.fields)
        elif doc.ext == "docx":
            doc.data = make_docx(doc.lines)
        elif doc.ext == "odt":
            doc.data = make_odt(doc.lines)
        put(MAIN, doc.path, doc.data)


def size_label(doc: Doc) -> str:
    n = len(doc.data) if doc.data else 38_912
    return f"{doc.ext.upper()}, {max(1, round(n / 1024))} KB"


def doc_link(key: str, at: str, text: str | None = None) -> str:
    doc = DOCS[key]
    if doc.svc and not doc.dead:
        ev(doc.svc, 2, at, f"downloadable form {doc.file}")
    label = esc(text or doc.title)
    return (f'<a class="download {doc.ext}" href="{doc.url}">{label}</a> '
            f'<span class="filesize">({size_label(doc)})</span>')


# ----------------------------------------------------------------------------------------------------------
# Online services on portals
# ----------------------------------------------------------------------------------------------------------

@dataclass
class Online:
    host: str
    path: str
    svc: str
    title: str
    mode: str            # "l3", "l4" or "off" (deactivated, no form)
    intro: str
    fields: list[tuple]  # (label, name, type, options)
    submit: str = "Antrag absenden"
    note: str = ""       # extra sentence (e.g. notice by post, or fully digital statement)

    @property
    def url(self) -> str:
        return U(self.path, host=self.host)


ONLINE: dict[str, Online] = {
    "meldebescheinigung": Online(
        RD, "/oberaue/leistungen/meldebescheinigung/", "melde", "Meldebescheinigung beantragen", "l4",
        "Mit diesem Dienst fordern Sie eine einfache oder erweiterte Meldebescheinigung über Ihre aktuelle Anschrift "
        "beim Bürgerbüro der Samtgemeinde Oberaue an. Sie melden sich mit Ihrem Nutzerkonto an; die Daten werden mit "
        "dem Melderegister abgeglichen.",
        [("Art der Bescheinigung", "art", "select", ["einfache Meldebescheinigung", "erweiterte Meldebescheinigung"]),
         ("Familienname", "name", "text", None), ("Vorname(n)", "vorname", "text", None),
         ("Geburtsdatum", "geburtsdatum", "date", None), ("Straße und Hausnummer", "strasse", "text", None),
         ("Postleitzahl und Ort", "ort", "text", None),
         ("Wofür benötigen Sie die Bescheinigung? (freiwillig)", "zweck", "text", None)],
        submit="Verbindlich absenden",
        note="Der gesamte Vorgang läuft digital: Ihr Antrag wird ohne Ausdruck im Bürgerbüro bearbeitet, und die "
             "elektronisch gesiegelte Bescheinigung wird Ihnen als PDF in das Postfach Ihres Nutzerkontos zugestellt. "
             "Ein Besuch im Rathaus oder ein Brief ist nicht nötig."),
    "hundesteuer": Online(
        RD, "/oberaue/leistungen/hundesteuer-an-und-abmeldung/", "hund", "Hund an- oder abmelden (Hundesteuer)", "l4",
        "Hier melden Sie einen Hund zur Hundesteuer an oder wieder ab – zum Beispiel nach Anschaffung, Zuzug, Abgabe "
        "oder Tod des Tieres. Die Steuer wird für die jeweilige Mitgliedsgemeinde vom Steueramt der Samtgemeinde "
        "festgesetzt.",
        [("Was möchten Sie tun?", "vorgang", "radio", ["Anmeldung", "Abmeldung"]),
         ("Name, Vorname der Halterin / des Halters", "halter", "text", None),
         ("Anschrift", "anschrift", "text", None),
         ("Mitgliedsgemeinde", "gemeinde", "select", ["Auenrode", "Birkhusen", "Moorwede", "Tannlohe"]),
         ("Rasse bzw. Mischling aus", "rasse", "text", None), ("Wurfdatum des Hundes", "wurfdatum", "date", None),
         ("Transpondernummer (Chip)", "chip", "text", None), ("Haltung seit / bis", "datum", "date", None),
         ("Grund der Abmeldung", "grund", "select", ["–", "Tod des Hundes", "Abgabe", "Wegzug"])],
        note="Diesen Antrag bearbeiten wir Ende-zu-Ende digital. Den Hundesteuerbescheid bzw. den Aufhebungsbescheid "
             "erhalten Sie elektronisch in Ihr Servicekonto-Postfach; Papierpost verschicken wir nicht. Nur die Steuermarke "
             "kommt weiterhin mit der Post."),
    "auskunftssperre": Online(
        RD, "/oberaue/leistungen/auskunftssperre/", "sperre", "Auskunfts- oder Übermittlungssperre einrichten", "l3",
        "Sie können verlangen, dass Ihre Daten nicht an Parteien vor Wahlen, an Adressbuchverlage, an "
        "Religionsgemeinschaften oder bei Jubiläen an Presse und Mandatsträger weitergegeben werden. Bei einer "
        "Gefahr für Leib und Leben ist zusätzlich eine Auskunftssperre möglich.",
        [("Welche Sperre?", "sperre", "checkbox", ["Parteien und Wählergruppen vor Wahlen", "Adressbuchverlage",
                                                     "Alters- und Ehejubiläen", "Auskunftssperre nach § 51 BMG"]),
         ("Begründung (nur bei Auskunftssperre)", "begruendung", "textarea", None),
         ("Familienname, Vorname", "name", "text", None), ("Geburtsdatum", "gebdat", "date", None),
         ("Anschrift", "anschrift", "text", None)]),
    "briefwahl": Online(
        RD, "/oberaue/leistungen/wahlschein/", "wahl", "Wahlschein und Briefwahlunterlagen anfordern", "l3",
        "Wer am Wahltag verhindert ist oder lieber von zu Hause aus wählt, kann hier einen Wahlschein mit "
        "Briefwahlunterlagen beantragen. Halten Sie Ihre Wahlbenachrichtigung bereit.",
        [("Wahl", "wahl", "select", ["Kommunalwahlen (Samtgemeinde, Gemeinde, Kreistag)"]),
         ("Familienname", "name", "text", None), ("Vorname", "vorname", "text", None),
         ("Geburtsdatum", "gebdat", "date", None), ("Wohnanschrift", "anschrift", "text", None),
         ("Nummer im Wählerverzeichnis (von der Wahlbenachrichtigung)", "wvz", "text", None),
         ("Abweichende Versandanschrift", "versand", "textarea", None)],
        note="Die Unterlagen schicken wir Ihnen per Post an die angegebene Anschrift."),
    "fundsachen": Online(
        RD, "/oberaue/leistungen/verlustmeldung-fundbuero/", "fund", "Verlust melden – Fundbüro", "l3",
        "Etwas verloren? Beschreiben Sie den Gegenstand möglichst genau. Das Fundbüro gleicht Ihre Meldung mit den "
        "abgegebenen Fundsachen ab und meldet sich, sobald etwas Passendes vorliegt.",
        [("Was haben Sie verloren?", "gegenstand", "select", ["Schlüssel", "Geldbörse", "Handy", "Fahrrad",
                                                              "Schmuck", "Sonstiges"]),
         ("Beschreibung (Farbe, Marke, Besonderheiten)", "beschreibung", "textarea", None),
         ("Wo ungefähr?", "ort", "text", None), ("Wann?", "datum", "date", None),
         ("Ihr Name", "name", "text", None), ("E-Mail oder Telefon", "kontakt", "text", None)],
        submit="Verlustmeldung absenden"),
    "osterfeuer": Online(
        RD, "/oberaue/leistungen/osterfeuer/", "osterfeuer", "Osterfeuer anmelden", "l3",
        "Brauchtumsfeuer zu Ostern müssen spätestens drei Wochen vorher bei der Samtgemeinde angezeigt werden. "
        "Bitte lesen Sie vorher das Merkblatt zum Abbrennen.",
        [("Veranstalter (Verein, Dorfgemeinschaft, Privatperson)", "veranstalter", "text", None),
         ("Verantwortliche Person vor Ort", "verantwortlich", "text", None), ("Telefon", "telefon", "tel", None),
         ("Ort des Feuers (Straße, Flurstück)", "ort", "text", None), ("Datum und Uhrzeit", "datum", "text", None),
         ("Ungefähre Größe des Haufens (m³)", "groesse", "number", None),
         ("Abstand zu Gebäuden und Wald eingehalten", "abstand", "checkbox", ["ja"])]),
    "sondernutzung": Online(
        RD, "/oberaue/leistungen/sondernutzung-strasse/", "sondernutzung",
        "Sondernutzungserlaubnis für öffentliche Straßen beantragen", "l3",
        "Für Gerüste, Container, Baustelleneinrichtungen, Aufgrabungen, Verkaufsstände, Werbeplakate oder eine "
        "Halteverbotszone beim Umzug brauchen Sie eine Erlaubnis, wenn öffentliche Straßen, Wege oder Plätze "
        "genutzt werden.",
        [("Art der Nutzung", "art", "select", ["Aufgrabung / Leitungsarbeiten", "Gerüst oder Container",
                                               "Halteverbot für Umzug", "Plakatierung", "Verkaufsstand / Außengastronomie"]),
         ("Straße, Hausnummer, Ortsteil", "ort", "text", None), ("Beginn", "beginn", "date", None),
         ("Ende", "ende", "date", None), ("Benötigte Fläche (m²)", "flaeche", "number", None),
         ("Antragsteller/in", "name", "text", None), ("E-Mail", "email", "email", None),
         ("Lageskizze", "skizze", "file", None)],
        note="Die Erlaubnis mit den Auflagen und den Gebührenbescheid erhalten Sie anschließend schriftlich per Post."),
    "kita": Online(
        RD, "/oberaue/leistungen/kita-anmeldung/", "kita", "Anmeldung für einen Betreuungsplatz (Krippe, Kindergarten)",
        "l3",
        "Über dieses Formular melden Sie Ihr Kind zentral für einen Platz in einer Kindertagesstätte der Samtgemeinde "
        "an. Sie können bis zu drei Wunsch-Einrichtungen angeben.",
        [("Vorname und Name des Kindes", "kind", "text", None), ("Geburtsdatum des Kindes", "gebdat", "date", None),
         ("Erstwunsch", "wunsch1", "select", ["Kita Sonnenblume (Auenrode)", "Kita Arche Noah (Birkhusen)",
                                              "Kita Moorwichtel (Moorwede)", "Kita Tannenzapfen (Tannlohe)",
                                              "Krippe Auenkinder (Auenrode)"]),
         ("Gewünschter Beginn", "beginn", "date", None),
         ("Betreuungsumfang", "umfang", "radio", ["vormittags (4-5 Std.)", "Dreiviertel (6 Std.)", "ganztags (8 Std.)"]),
         ("Name der Erziehungsberechtigten", "eltern", "text", None), ("E-Mail", "email", "email", None)],
        submit="Anmeldung absenden"),
    "geburtsurkunde": Online(
        RD, "/oberaue/leistungen/geburtsurkunde/", "geburt", "Geburtsurkunde bestellen", "l3",
        "Für Geburten, die im Standesamt Oberaue beurkundet wurden, können Sie hier Geburtsurkunden oder beglaubigte "
        "Registerausdrucke bestellen. Berechtigt sind die Person selbst, Ehegatten, Vorfahren und Abkömmlinge.",
        [("Art der Urkunde", "art", "select", ["Geburtsurkunde", "Geburtsurkunde mehrsprachig",
                                               "beglaubigter Registerausdruck"]),
         ("Anzahl", "anzahl", "number", None), ("Name bei Geburt", "name", "text", None),
         ("Geburtsdatum", "gebdat", "date", None), ("Geburtsort", "gebort", "text", None),
         ("Ihr Verhältnis zur Person", "verhaeltnis", "select", ["ich selbst", "Elternteil", "Kind", "Ehegatte",
                                                                  "sonstiges (bitte begründen)"]),
         ("Lieferanschrift", "anschrift", "textarea", None)],
        submit="Kostenpflichtig bestellen",
        note="Die Urkunde wird nach Zahlungseingang per Post versandt."),
    "ausnahmegenehmigung": Online(
        RD, "/oberaue/leistungen/ausnahmegenehmigung-stvo/", "verkehr",
        "Ausnahmegenehmigung nach der Straßenverkehrs-Ordnung", "off",
        "Dieser Online-Dienst ist derzeit nicht verfügbar.", []),
    "gewerbe": Online(
        EFA, "/gewerbe/anzeige/", "gewerbe", "Gewerbe anmelden, ummelden oder abmelden", "l3",
        "Gewerbeanzeige nach § 14 Gewerbeordnung für Betriebe in Niedersachsen. Ihre Angaben werden an das zuständige "
        "Gewerbeamt Ihrer Betriebsstätte übermittelt.",
        [("Art der Anzeige", "art", "radio", ["Anmeldung", "Ummeldung", "Abmeldung"]),
         ("Zuständige Kommune der Betriebsstätte", "kommune", "select",
          ["bitte wählen", "Samtgemeinde Oberaue", "Stadt Wesermünde-Nord", "Gemeinde Geestrand"]),
         ("Familienname", "name", "text", None), ("Vornamen", "vorname", "text", None),
         ("Name des Betriebs", "betrieb", "text", None), ("Angemeldete Tätigkeit", "taetigkeit", "textarea", None),
         ("Beginn der Tätigkeit", "beginn", "date", None)],
        submit="Verbindlich absenden"),
    "fischereischein": Online(
        FS, "/FS/Oberaue/fischereischein.html", "fischerei", "Antrag Fischereischein (Samtgemeinde Oberaue)", "l3",
        "Beantragen Sie die Erteilung, Verlängerung oder Ersatzausstellung Ihres Fischereischeines. Den fertigen "
        "Schein holen Sie im Bürgerbüro ab.",
        [("Antragsart", "art", "select", ["Erteilung", "Verlängerung", "Ersatz bei Verlust"]),
         ("Name, Vorname", "name", "text", None), ("Geburtsdatum", "gebdat", "date", None),
         ("Anschrift", "anschrift", "text", None), ("Prüfungszeugnis vom", "pruefung", "date", None),
         ("Lichtbild hochladen", "foto", "file", None),
         ("Gültigkeit", "dauer", "select", ["1 Jahr", "5 Jahre", "10 Jahre", "Lebenszeit"])]),
}


def portal_link(key: str, at: str, text: str | None = None, cls: str = "online") -> str:
    service = ONLINE[key]
    if service.mode == "l4":
        ev(service.svc, 4, at, f"link to {service.host} form page stating fully digital processing and "
                               f"electronic delivery of the notice")
    elif service.mode == "l3":
        ev(service.svc, 3, at, f"link to HTML application form on {service.host}")
    return f'<a class="{cls}" href="{service.url}">{esc(text or service.title)}</a>'


# ----------------------------------------------------------------------------------------------------------
# Main site: layout
# ----------------------------------------------------------------------------------------------------------

NAV = [("Rathaus", "/rathaus.html"), ("Lebenslagen", "/lebenslagen.html"), ("Online-Dienste", "/online-dienste.html"),
       ("Mitgliedsgemeinden", "/mitgliedsgemeinden.html"), ("Tourismus", "/tourismus.html"),
       ("Aktuelles", "/aktuelles.html")]
SITEMAP: list[tuple[str, str]] = []

CSS = """body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1d2a33;background:#f4f6f5}
.container-header{background:#0d5c63;color:#fff;padding:1rem 2rem}.container-header a{color:#fff}
.mod-menu{list-style:none;display:flex;gap:1.5rem;padding:0}.mod-breadcrumbs ol{list-style:none;display:flex;gap:.5rem}
.grid-child{display:flex;gap:2rem;max-width:1180px;margin:0 auto;padding:1rem}main{flex:3;background:#fff;padding:1.5rem}
aside{flex:1}.moduletable{background:#fff;padding:1rem;margin-bottom:1rem}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #cfd8dc;padding:.4rem;text-align:left}.tiles{display:grid;grid-template-columns:repeat(3,1fr);gap:1rem}
.tile{border:1px solid #cfd8dc;padding:1rem}.btn{background:#0d5c63;color:#fff;padding:.3rem .8rem;text-decoration:none}
.container-footer{background:#233;color:#dde;padding:1rem 2rem}.container-footer a{color:#dde}
.hinweis{border-left:4px solid #e0a100;padding:.5rem 1rem;background:#fff8e1}.ls p{font-size:1.25rem;line-height:1.8}
"""


def _crumbs(crumbs: list[tuple[str, str]], title: str) -> str:
    items = [f'<li><a href="{U("/")}">Startseite</a></li>']
    items += [f'<li><a href="{U(p)}">{esc(t)}</a></li>' for t, p in crumbs]
    items.append(f'<li class="active"><span>{esc(title)}</span></li>')
    return '<nav class="mod-breadcrumbs" aria-label="Sie sind hier"><ol class="breadcrumb">' + "".join(items) + "</ol></nav>"


def aside_html() -> str:
    return f"""<aside class="container-sidebar-right">
<div class="moduletable"><h3>Rathaus Oberaue</h3>
<p>Am Markt 3<br>27399 Auenrode<br>Telefon 04299 81-0<br><a href="mailto:info@sg-oberaue.de">info@sg-oberaue.de</a></p>
<p><strong>Bürgerbüro</strong><br>Mo, Di, Fr 8.00–12.30 Uhr<br>Do 8.00–12.30 und 14.00–18.00 Uhr<br>Mittwoch geschlossen</p></div>
<div class="moduletable"><h3>Schnellzugriff</h3><ul>
<li><a href="{U('/online-dienste.html', 140)}">Online-Dienste</a></li>
<li><a href="{U('/rathaus/formulare-downloads.html', 128)}">Formulare &amp; Downloads</a></li>
<li><a href="{U('/rathaus/verwaltung/buergerbuero.html', 117)}">Bürgerbüro</a></li>
<li><a href="http://{TERM}/">Online-Terminvereinbarung</a></li>
<li><a href="{U('/veranstaltungen.html', 150)}">Veranstaltungen</a></li>
</ul></div>
</aside>"""


def layout(path: str, title: str, body: str, crumbs: list[tuple[str, str]] | None = None, itemid: int = 101,
           aside: bool = True, view: str = "article", desc: str = "", in_sitemap: bool = True) -> str:
    crumbs = crumbs or []
    section = "/" + path.strip("/").split("/")[0].replace(".html", "") if path != "/" else ""
    nav = "".join(
        f'<li class="nav-item{" current active" if section and p.startswith(section) else ""}">'
        f'<a href="{U(p)}">{esc(t)}</a></li>' for t, p in NAV)
    page = f"""<!DOCTYPE html>
<html lang="de-de" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<meta name="description" content="{esc(desc or title + ' – Samtgemeinde Oberaue im Landkreis Geestmoor')}">
<title>{esc(title)} – Samtgemeinde Oberaue</title>
<link href="{U('/templates/oberaue/css/template.css')}" rel="stylesheet">
</head>
<body class="site com_content view-{view} itemid-{itemid}">
<a class="skip-link" href="#content">Zum Inhalt springen</a>
<header class="header container-header">
<div class="navbar-brand"><a class="brand-logo" href="{U('/')}">Samtgemeinde <strong>Oberaue</strong></a>
<div class="site-description">Auenrode · Birkhusen · Moorwede · Tannlohe</div></div>
<div class="header-tools"><a href="{U('/leichte-sprache.html')}">Leichte Sprache</a> | <a href="{U('/kontakt.html')}">Kontakt</a>
<form class="mod-finder" action="{U('/suche.html')}" method="get" role="search">
<label for="mod-finder-searchword" class="visually-hidden">Suchen</label>
<input type="search" name="q" id="mod-finder-searchword" placeholder="Suchbegriff …">
<button type="submit">Suchen</button></form></div>
<nav class="container-nav" aria-label="Hauptnavigation"><ul class="mod-menu nav">{nav}</ul></nav>
</header>
{_crumbs(crumbs, title) if path != '/' else ''}
<div class="grid-child container-component">
<main id="content">
<div class="com-content-article item-page">
<div class="page-header"><h1>{esc(title)}</h1></div>
<div class="com-content-article__body">
{body}
</div>
</div>
</main>
{aside_html() if aside else ''}
</div>
<footer class="container-footer footer"><div class="grid-child">
<ul class="mod-menu footer-menu">
<li><a href="{U('/impressum.html')}">Impressum</a></li><li><a href="{U('/datenschutz.html')}">Datenschutz</a></li>
<li><a href="{U('/barrierefreiheit.html')}">Barrierefreiheit</a></li><li><a href="{U('/kontakt.html')}">Kontakt</a></li>
<li><a href="{U('/newsletter.html')}">Newsletter</a></li><li><a href="{U('/sitemap.html')}">Inhaltsübersicht</a></li></ul>
<p>© 2025 Samtgemeinde Oberaue · Am Markt 3 · 27399 Auenrode ·
<a href="http://www.facebook.com/samtgemeinde.oberaue">Facebook</a></p>
</div></footer>
</body>
</html>
"""
    put(MAIN, path, page.encode("utf-8"))
    if in_sitemap:
        SITEMAP.append((path, title))
    return U(path)


def latin1_page(path: str, title: str, body: str) -> str:
    """Old archive page from the previous CMS: table layout, <font>, ISO-8859-1."""
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>{esc(title)} - Samtgemeinde Oberaue</title>
</head>
<body bgcolor="#FFFFFF" text="#000000">
<table width="760" border="0" cellpadding="4" cellspacing="0">
<tr><td bgcolor="#0D5C63"><font face="Arial" color="#FFFFFF" size="4"><b>Samtgemeinde Oberaue</b></font></td></tr>
<tr><td><font face="Arial" size="2"><a href="{U('/')}">Startseite</a> &gt; <a href="{U('/archiv/index.htm')}">Archiv</a> &gt; {esc(title)}</font></td></tr>
<tr><td><font face="Arial" size="3"><b>{esc(title)}</b></font><br><br>
<font face="Arial" size="2">
{body}
</font></td></tr>
<tr><td bgcolor="#EEEEEE"><font face="Arial" size="1">Diese Seite stammt aus unserem alten Internetangebot und wird
nach und nach in den neuen Auftritt übernommen. Stand: 2019</font></td></tr>
</table>
</body>
</html>
"""
    put(MAIN, path, page.encode("iso-8859-1"))
    return U(path)


# ----------------------------------------------------------------------------------------------------------
# Main site: pages
# ----------------------------------------------------------------------------------------------------------

LK = f"http://{LANDKREIS}/"
LK_REFERRAL = (f'<p class="hinweis">Elterngeld, Kfz-Zulassung und Führerscheine erhalten Sie beim Landkreis. '
               f'Die Kreisverwaltung in Geestrand erreichen Sie unter <a href="{LK}">www.lk-geestmoor.de</a>.</p>')

NEWS = [
    # slug, date, title, teaser, body
    ("briefwahlunterlagen-kommunalwahl", "02.06.2025", "Briefwahlunterlagen für die Kommunalwahl jetzt beantragen",
     "Die Wahlbenachrichtigungen sind unterwegs. Wer per Brief wählen möchte, kann die Unterlagen ab sofort anfordern.",
     """<p>In den kommenden Tagen liegen die Wahlbenachrichtigungen für die Kommunalwahlen in allen Briefkästen der
Samtgemeinde. Auf der Rückseite finden Sie einen Antrag auf einen Wahlschein, den Sie unterschrieben zurückschicken
oder im Rathaus abgeben können.</p>
<p>Alle Wege zum Wahlschein – auch den elektronischen – haben wir auf der Seite
<a href="{wahlen}">Wahlen in Oberaue</a> zusammengestellt. Das Wahlbüro im Erdgeschoss des Rathauses ist in den
zwei Wochen vor der Wahl auch mittwochs geöffnet.</p>"""),
    ("wahlhelfer-gesucht", "20.05.2025", "Helfende Hände für den Wahlsonntag gesucht",
     "Für die 14 Wahlbezirke suchen wir noch rund 40 Freiwillige.",
     """<p>Ohne Ehrenamtliche keine Wahl: Für die Kommunalwahlen benötigt die Samtgemeinde in den 14 Wahllokalen und
für die Briefwahlauszählung rund 120 Wahlhelferinnen und Wahlhelfer, etwa 40 Plätze sind noch frei. Mitmachen kann,
wer am Wahltag mindestens 16 Jahre alt ist und in der Samtgemeinde wohnt.</p>
<p>Für den Einsatz gibt es ein Erfrischungsgeld von 40 Euro. Interessierte melden sich formlos per E-Mail an
<a href="mailto:wahlen@sg-oberaue.de">wahlen@sg-oberaue.de</a> oder telefonisch unter 04299 81-112.</p>"""),
    ("ehrenamtskarte", "12.05.2025", "Ehrenamtskarte: Dankeschön für Engagierte",
     "Wer sich mindestens fünf Stunden pro Woche ehrenamtlich einsetzt, kann die niedersächsische Ehrenamtskarte erhalten.",
     """<p>Ob in der Feuerwehr, im Sportverein oder in der Nachbarschaftshilfe: Viele Menschen in unseren vier
Gemeinden engagieren sich in ihrer Freizeit. Mit der Ehrenamtskarte erhalten sie Vergünstigungen bei zahlreichen
Partnern, etwa im Freibad Tannlohe oder im Heimatmuseum.</p>
<p>Vorschläge und Anträge nimmt die Ehrenamtsagentur des Landkreises Geestmoor entgegen. Die Samtgemeinde bestätigt
auf Wunsch, in welchem Umfang das Engagement in einem örtlichen Verein geleistet wird.</p>"""),
    ("bodenrichtwerte-2025", "28.04.2025", "Neue Bodenrichtwerte veröffentlicht",
     "Der Gutachterausschuss hat die Bodenrichtwerte zum Stichtag 1. Januar 2025 beschlossen.",
     """<p>Baugrundstücke in der Samtgemeinde sind im vergangenen Jahr im Mittel um rund drei Prozent teurer
geworden. Das geht aus den neuen Bodenrichtwerten hervor, die der Gutachterausschuss für Grundstückswerte beschlossen
hat. In Auenrode liegt der Wert für Wohnbauland nun bei 95 Euro je Quadratmeter.</p>
<p>Die Werte sind im Internetangebot des Landesamtes für Geoinformation und Landesvermessung kostenfrei abrufbar.</p>"""),
    ("wochenmarkt-neuer-standort", "15.04.2025", "Wochenmarkt zieht auf den Kirchplatz",
     "Ab Mai findet der Donnerstagsmarkt in Auenrode auf dem Kirchplatz statt.",
     """<p>Wegen der Bauarbeiten am Marktplatz zieht der Wochenmarkt ab dem 8. Mai für voraussichtlich ein Jahr auf
den Kirchplatz. Die Marktzeiten bleiben unverändert: donnerstags von 7 bis 12.30 Uhr.</p>
<p>Die Beschickerinnen und Beschicker freuen sich auf Ihren Besuch – neu dabei ist ein Stand mit Käse aus
Birkhusen.</p>"""),
    ("wohngeld-mehr-haushalte", "03.04.2025", "Wohngeld: Mehr Haushalte haben Anspruch",
     "Nach der Anpassung der Einkommensgrenzen lohnt sich eine Prüfung auch für Rentnerinnen und Rentner.",
     """<p>Seit Jahresbeginn gelten höhere Einkommensgrenzen. Viele Haushalte, die bisher knapp darüber lagen,
haben nun Anspruch auf einen Zuschuss zur Miete oder zu den Kosten für das eigene Haus.</p>
<p>Zuständig für Wohngeld ist in unserer Region der Landkreis Geestmoor. Die Wohngeldstelle berät Sie telefonisch und
hat auf <a href="{lk}">www.lk-geestmoor.de</a> einen Rechner veröffentlicht.</p>"""),
    ("glasfaser-moorwede", "26.03.2025", "Glasfaserausbau in Moorwede beginnt",
     "Ab Anfang April verlegt ein Telekommunikationsunternehmen Leerrohre in Moorwede und Kleinmoor.",
     """<p>Für rund 600 Haushalte in Moorwede und im Ortsteil Kleinmoor wird es ernst: Die Tiefbauarbeiten für das
Glasfasernetz starten. Die Arbeiten erfolgen überwiegend im Gehweg, Anwohnende werden vorab per Postwurf
informiert.</p>"""),
    ("krippengruppe-tannlohe", "10.03.2025", "Neue Krippengruppe in Tannlohe",
     "In der Kita Tannenzapfen entstehen 15 zusätzliche Plätze für Kinder unter drei Jahren.",
     """<p>Nach nur acht Monaten Bauzeit ist der Anbau an der Kita Tannenzapfen fertig. Ab August stehen dort
15 weitere Krippenplätze zur Verfügung. Eltern, die einen Platz suchen, finden alle Informationen zur Anmeldung auf der
Seite <a href="{kita}">Kindertagesstätten</a>.</p>"""),
    ("rathaus-brueckentag", "24.02.2025", "Rathaus am 30. Mai geschlossen",
     "Am Freitag nach Christi Himmelfahrt bleibt die Verwaltung geschlossen.",
     """<p>Die Samtgemeindeverwaltung einschließlich Bürgerbüro ist am Freitag, 30. Mai, nicht geöffnet. Für
Sterbefallbeurkundungen ist das Standesamt von 10 bis 11 Uhr telefonisch erreichbar.</p>"""),
    ("buergersprechstunde", "05.02.2025", "Bürgersprechstunde der Samtgemeindebürgermeisterin",
     "Dr. Katrin Wehrmann lädt jeden ersten Dienstag im Monat zum offenen Gespräch ein.",
     """<p>Ohne Anmeldung und ohne Tagesordnung: Jeden ersten Dienstag im Monat steht Samtgemeindebürgermeisterin
Dr. Katrin Wehrmann von 16 bis 18 Uhr im Rathaus für Fragen und Anregungen bereit. Im Sommer findet die Sprechstunde
reihum in den Dorfgemeinschaftshäusern statt.</p>"""),
]


def news_pages() -> None:
    links = {"wahlen": U("/rathaus/wahlen.html"), "lk": LK, "kita": U("/rathaus/verwaltung/kindertagesstaetten.html")}
    items = []
    for slug, date, title, teaser, body in NEWS:
        path = f"/aktuelles/{slug}.html"
        layout(path, title, f'<p class="date">Veröffentlicht am {date}</p>\n<p class="lead"><strong>{esc(teaser)}</strong></p>\n'
               + body.format(**links) + f'\n<p><a href="{U("/aktuelles.html")}">« Zurück zur Übersicht</a></p>',
               [("Aktuelles", "/aktuelles.html")], itemid=160)
        items.append(f'<div class="blog-item"><h2><a href="{U(path)}">{esc(title)}</a></h2>'
                     f'<p class="date">{date}</p><p>{esc(teaser)}</p>'
                     f'<p><a class="readmore" href="{U(path)}">Weiterlesen …</a></p></div>')
    layout("/aktuelles.html", "Aktuelles", "\n".join(items)
           + f'\n<p>Ältere Meldungen finden Sie im <a href="{U("/aktuelles/archiv-2024.html")}">Archiv 2024</a>.</p>',
           itemid=160, view="category")
    layout("/aktuelles/archiv-2024.html", "Archiv 2024", """<ul>
<li>12.12.2024 – Weihnachtsbaumsammlung durch die Jugendfeuerwehren</li>
<li>18.11.2024 – Samtgemeinderat beschließt Schulentwicklungsplan</li>
<li>02.10.2024 – Neue Ladesäulen am Rathaus in Betrieb</li>
<li>14.08.2024 – Sommerferienprogramm war ein voller Erfolg</li>
<li>03.06.2024 – Ergebnisse der Europawahl in den Wahlbezirken liegen vor</li>
</ul>
<p>Die Meldungen sind nicht mehr im Volltext verfügbar. Bei Fragen wenden Sie sich an die Pressestelle.</p>""",
           [("Aktuelles", "/aktuelles.html")], itemid=160)


def home() -> None:
    teaser = "".join(
        f'<li><span class="date">{date}</span> <a href="{U(f"/aktuelles/{slug}.html")}">{esc(title)}</a></li>'
        for slug, date, title, _, _ in NEWS[:5])
    body = f"""<div class="hero"><p class="lead">Willkommen in der Samtgemeinde Oberaue – vier Dörfer zwischen
Auemoor und Geestrücken, gut 13.000 Menschen und eine Verwaltung, die Ihre Anliegen gern auch digital erledigt.</p></div>
<div class="tiles quicklinks">
<div class="tile"><h2>Online-Dienste</h2><p>Anträge rund um die Uhr stellen.</p><a class="btn" href="{U('/online')}">Zu den Diensten</a></div>
<div class="tile"><h2>Formulare</h2><p>Vordrucke zum Ausdrucken und Ausfüllen.</p><a class="btn" href="{U('/rathaus/formulare-downloads.html', 128)}">Formulare &amp; Downloads</a></div>
<div class="tile"><h2>Termin buchen</h2><p>Ohne Wartezeit ins Bürgerbüro.</p><a class="btn" href="http://{TERM}/">Online-Terminvereinbarung für das Bürgerbüro</a></div>
<div class="tile"><h2>Lebenslagen</h2><p>Umzug, Heirat, Bauen, Todesfall, Gewerbe.</p><a class="btn" href="{U('/lebenslagen.html')}">Was ist zu tun?</a></div>
<div class="tile"><h2>Rathaus</h2><p>Fachbereiche, Ansprechpartner, Politik.</p><a class="btn" href="{U('/rathaus.html')}">Zum Rathaus</a></div>
<div class="tile"><h2>Freizeit</h2><p>Radeln, Paddeln, Einkehren an der Aue.</p><a class="btn" href="{U('/tourismus.html')}">Tourismus</a></div>
</div>
<h2>Aktuelles</h2>
<ul class="newsflash">{teaser}</ul>
<p><a href="{U('/aktuelles.html')}">Alle Meldungen</a></p>
<h2>Demnächst</h2>
<ul><li>19.04. – Osterfeuer am Dorfgemeinschaftshaus Birkhusen</li><li>08.05. – Wochenmarkt erstmals auf dem Kirchplatz</li>
<li>24.05. – Mühlentag an der Wassermühle Moorwede</li></ul>
<p><a href="{U('/veranstaltungen.html', 150)}">Alle Veranstaltungen</a></p>"""
    layout("/", "Samtgemeinde Oberaue", body, view="featured")


VW = [("Rathaus", "/rathaus.html"), ("Verwaltung", "/rathaus/verwaltung.html")]
FB1 = "/rathaus/verwaltung/fachbereich-1-zentrale-dienste.html"
FB2 = "/rathaus/verwaltung/fachbereich-2-buergerservice-ordnung.html"
FB3 = "/rathaus/verwaltung/fachbereich-3-bauen-umwelt.html"
FB4 = "/rathaus/verwaltung/fachbereich-4-finanzen.html"
BB = "/rathaus/verwaltung/buergerbuero.html"
AUSWEIS = "/rathaus/verwaltung/buergerbuero/ausweise-und-paesse.html"
STA = "/rathaus/verwaltung/standesamt.html"
WAHLEN = "/rathaus/wahlen.html"
KITA = "/rathaus/verwaltung/kindertagesstaetten.html"
SCHULEN = "/rathaus/verwaltung/grundschulen.html"
FW = "/rathaus/verwaltung/feuerwehr.html"
HUND = "/rathaus/verwaltung/steueramt/hundesteuer.html"
DOWNLOADS = "/rathaus/formulare-downloads.html"
ART42 = U("/index.php?option=com_content&view=article&id=42", 131)
FRIEDHOF = "/archiv/friedhofsverwaltung.htm"
FW_KOSTEN = "/archiv/feuerwehr-kostenersatz.htm"


def rathaus_pages() -> None:
    layout("/rathaus.html", "Rathaus", f"""<p>Die Samtgemeinde Oberaue erledigt für ihre vier Mitgliedsgemeinden die
meisten Verwaltungsaufgaben – vom Meldewesen über die Kindergärten bis zu Kanalisation und Friedhöfen. Die
Mitgliedsgemeinden behalten ihre Räte und Bürgermeister und entscheiden über ihre Dorfgemeinschaftshäuser,
Spielplätze und örtlichen Steuern.</p>
<ul class="menu-list">
<li><a href="{U('/rathaus/verwaltung.html', 110)}">Verwaltung und Fachbereiche</a></li>
<li><a href="{U('/rathaus/samtgemeindebuergermeisterin.html')}">Samtgemeindebürgermeisterin</a></li>
<li><a href="{U('/rathaus/politik.html')}">Politik und Sitzungsdienst</a></li>
<li><a href="{U(WAHLEN)}">Wahlen</a></li>
<li><a href="{U('/rathaus/bekanntmachungen.html')}">Amtliche Bekanntmachungen</a></li>
<li><a href="{U('/rathaus/ortsrecht.html')}">Ortsrecht und Satzungen</a></li>
<li><a href="{U(DOWNLOADS, 128)}">Formulare &amp; Downloads</a></li>
<li><a href="{U('/rathaus/stellenangebote.html')}">Stellenangebote</a></li>
<li><a href="{U('/rathaus/zahlen-und-fakten.html')}">Zahlen und Fakten</a></li>
</ul>""", itemid=102, view="category")

    layout("/rathaus/samtgemeindebuergermeisterin.html", "Samtgemeindebürgermeisterin", """<p>Dr. Katrin Wehrmann
ist seit November 2021 hauptamtliche Samtgemeindebürgermeisterin. Die Diplom-Verwaltungswirtin war zuvor zwölf Jahre
in der Kreisverwaltung tätig.</p>
<p>Allgemeiner Vertreter ist Erster Samtgemeinderat Thomas Brüning, zugleich Leiter des Fachbereichs 3.</p>
<p>Sekretariat: Anja Gerdes, Zimmer 12, Telefon 04299 81-101.</p>""", [("Rathaus", "/rathaus.html")])

    layout("/rathaus/zahlen-und-fakten.html", "Zahlen und Fakten", """<table><tbody>
<tr><th>Einwohnerinnen und Einwohner</th><td>13.184 (30.06.2024)</td></tr>
<tr><th>Fläche</th><td>214 km²</td></tr>
<tr><th>Mitgliedsgemeinden</th><td>Auenrode (5.420), Birkhusen (3.105), Moorwede (2.890), Tannlohe (1.769)</td></tr>
<tr><th>Verwaltungssitz</th><td>Auenrode</td></tr>
<tr><th>Landkreis</th><td>Geestmoor</td></tr>
<tr><th>Grundschulen / Kindertagesstätten</th><td>3 / 5</td></tr>
<tr><th>Ortsfeuerwehren</th><td>9</td></tr>
</tbody></table>""", [("Rathaus", "/rathaus.html")])

    layout("/rathaus/verwaltung.html", "Verwaltung", f"""<p>Die Verwaltung im Rathaus Auenrode ist in vier
Fachbereiche gegliedert. Direkt der Samtgemeindebürgermeisterin zugeordnet sind die Gleichstellungsbeauftragte, die
Wirtschaftsförderung und das Rechnungsprüfungsamt.</p>
<table><thead><tr><th>Fachbereich</th><th>Leitung</th><th>Telefon</th></tr></thead><tbody>
<tr><td><a href="{U(FB1, 111)}">Fachbereich 1 – Zentrale Dienste</a></td><td>Birte Ohlendorf</td><td>81-110</td></tr>
<tr><td><a href="{U(FB2, 112)}">Fachbereich 2 – Bürgerservice &amp; Ordnung</a></td><td>Marco Tiedemann</td><td>81-200</td></tr>
<tr><td><a href="{U(FB3, 113)}">Fachbereich 3 – Bauen &amp; Umwelt</a></td><td>Thomas Brüning</td><td>81-300</td></tr>
<tr><td><a href="{U(FB4, 114)}">Fachbereich 4 – Finanzen</a></td><td>Heike Stoever</td><td>81-400</td></tr>
</tbody></table>
<p>Einen Überblick gibt das {doc_link('organigramm', U('/rathaus/verwaltung.html'))}.</p>""",
           [("Rathaus", "/rathaus.html")], itemid=110)

    # ---- Fachbereich 1
    at = U(FB1)
    info(at, "schule")
    layout(FB1, "Fachbereich 1 – Zentrale Dienste", f"""<p>Der Fachbereich 1 sorgt dafür, dass der Laden läuft: Er kümmert
sich um Personal, Technik und Gremien – und ist als Schulträger und Träger der Kindertagesstätten auch für viele
Familien der erste Ansprechpartner.</p>
<h2>Aufgaben</h2>
<ul>
<li>Personalverwaltung, Ausbildung und Stellenausschreibungen (<a href="{U('/rathaus/stellenangebote.html')}">aktuelle Stellen</a>)</li>
<li>Organisation, Informationstechnik und Digitalisierung</li>
<li>Sitzungsdienst für Samtgemeinderat, Ausschüsse und die Räte der Mitgliedsgemeinden</li>
<li>Durchführung von Wahlen – <a href="{U(WAHLEN)}">Informationen zu Wahlschein und Briefwahl</a></li>
<li>Schulträgerschaft für drei Grundschulen</li>
<li>Trägerschaft der fünf <a href="{U(KITA, 121)}">Kindertagesstätten</a></li>
<li>Öffentlichkeitsarbeit, Internetauftritt, Tourismus und Partnerschaften</li>
</ul>
<h3>Aufnahme in die Grundschule</h3>
<p>Jedes Kind, das bis zum 30. September sechs Jahre alt wird, ist im folgenden Sommer schulpflichtig. Welche
Grundschule zuständig ist, ergibt sich aus dem Schulbezirk Ihres Wohnortes. Die Eltern werden im Frühjahr des Vorjahres
von der Schule angeschrieben und zur Anmeldung eingeladen; wer nicht angeschrieben wurde, wendet sich bitte an uns.
Mehr dazu auf der Seite <a href="{U(SCHULEN)}">Grundschulen</a>.</p>
<h2>Ansprechpersonen</h2>
<table><tbody>
<tr><td>Leitung</td><td>Birte Ohlendorf</td><td>81-110</td></tr>
<tr><td>Personal</td><td>Sven Rademacher</td><td>81-111</td></tr>
<tr><td>Wahlen, Sitzungsdienst</td><td>Gesa Meyerhoff</td><td>81-112</td></tr>
<tr><td>Schulen und Kitas</td><td>Lena Carstens</td><td>81-120</td></tr>
</tbody></table>""", VW, itemid=111)

    # ---- Fachbereich 2
    at = U(FB2)
    info(at, "verkehr", "fund", "fischerei", "gewerbe", "lotterie", "osterfeuer")
    layout(FB2, "Fachbereich 2 – Bürgerservice & Ordnung", f"""<p>Vom Personalausweis bis zur Gaststätte:
Der Fachbereich 2 ist die Stelle im Rathaus mit dem meisten Publikumsverkehr. Zu ihm gehören das Bürgerbüro, das
Standesamt und das Ordnungsamt.</p>
<h2>Bürgerbüro</h2>
<p>Meldewesen, Ausweise, Beglaubigungen und vieles mehr – alles Wichtige auf der Seite
<a href="{U(BB, 117)}">Bürgerbüro</a>.</p>
<h2>Standesamt</h2>
<p>Geburten, Eheschließungen, Sterbefälle und Namensrecht – siehe <a href="{U(STA, 118)}">Standesamt Oberaue</a>.</p>
<h2>Ordnungsamt</h2>
<ul>
<li>Gewerbeanzeigen, Gaststätten und Sperrzeiten – Details in der Lebenslage <a href="{U('/lebenslagen/gewerbe.html')}">Gewerbe</a></li>
<li>Erlaubnisse für kleine Lotterien und Tombolas bei Vereinsfesten</li>
<li>Anzeige von Osterfeuern und anderen Brauchtumsfeuern</li>
<li>Fundbüro</li>
<li>Straßenverkehrsbehörde für Gemeindestraßen</li>
<li>Unterbringung von Menschen ohne Wohnung</li>
<li>Fischereischeine</li>
<li>Angelegenheiten der <a href="{U(FW)}">Freiwilligen Feuerwehren</a></li>
</ul>
<h3>Fundbüro</h3>
<p>Gefundene Gegenstände aus dem Gebiet der Samtgemeinde werden im Bürgerbüro sechs Monate aufbewahrt. Fahrräder
lagern auf dem Bauhof. Wer etwas verloren hat, kann persönlich nachfragen oder eine Verlustmeldung hinterlassen.</p>
<h3>Verkehrsbehörde</h3>
<p>Für Gemeindestraßen ordnen wir Beschilderungen an und erteilen Ausnahmen von Verkehrsverboten – etwa, wenn ein
Handwerksbetrieb in einer gesperrten Straße halten oder ein landwirtschaftliches Fahrzeug einen gesperrten Wirtschaftsweg
befahren muss. Den Antrag finden Sie unter <a href="{U(DOWNLOADS, 128)}">Formulare &amp; Downloads</a>.</p>
<h3>Osterfeuer</h3>
<p>Traditionelle Osterfeuer sind anzeigepflichtig. Die Anzeige muss drei Wochen vorher vorliegen; das Feuer darf nur
aus unbehandeltem Holz und Strauchschnitt bestehen. Beachten Sie das {doc_link('merkblatt-osterfeuer', at)}.</p>
<h3>Lotterien und Tombola</h3>
<p>Verlosungen bei Vereins- und Dorffesten sind erlaubnispflichtig, wenn Lose verkauft werden. Kleine Lotterien mit
einem Spielkapital bis 40.000 Euro genehmigen wir im Haus; größere Vorhaben gehen an das Land.</p>
<h3>Fischereischein</h3>
<p>Nach bestandener Fischerprüfung stellen wir den Fischereischein für Einwohnerinnen und Einwohner der
Samtgemeinde aus, auch Verlängerungen und Ersatz bei Verlust. Den Antrag können Sie auch
{portal_link('fischereischein', at, 'über den Formularserver')} stellen.</p>
<h3>Hilfe bei Wohnungslosigkeit</h3>
<p>Wer seine Wohnung verliert, wird von uns untergebracht. Näheres im Beitrag
<a href="{ART42}">Unterkunft für wohnungslose Menschen</a>.</p>
<h2>Ansprechpersonen</h2>
<table><tbody>
<tr><td>Leitung</td><td>Marco Tiedemann</td><td>81-200</td></tr>
<tr><td>Gewerbe, Gaststätten</td><td>Kerstin Höper</td><td>81-210</td></tr>
<tr><td>Verkehr, Veranstaltungen, Osterfeuer</td><td>Jan-Hendrik Bösch</td><td>81-211</td></tr>
<tr><td>Obdachlosenangelegenheiten, Feuerwehr</td><td>Ralf Wiechers</td><td>81-212</td></tr>
</tbody></table>""", VW, itemid=112)

    # ---- Bürgerbüro
    at = U(BB)
    info(at, "fz", "beglaub", "melde", "wohnsitz")
    layout(BB, "Bürgerbüro", f"""<p>Das Bürgerbüro im Erdgeschoss des Rathauses ist Ihre erste Anlaufstelle. Damit Sie
nicht warten müssen, empfehlen wir einen Termin: <a href="http://{TERM}/">Online-Terminvereinbarung für das
Bürgerbüro</a>. Spontane Besuche sind zu den Öffnungszeiten weiterhin möglich.</p>
<h2>Unsere Leistungen</h2>
<ul>
<li>An-, Um- und Abmeldung der Wohnung – siehe <a href="{U('/lebenslagen/umzug.html')}">Lebenslage Umzug</a></li>
<li><a href="{U(AUSWEIS, 119)}">Personalausweis, Reisepass und Kinderreisepass</a></li>
<li>Meldebescheinigungen und einfache Melderegisterauskünfte</li>
<li>Führungszeugnisse und Auskünfte aus dem Gewerbezentralregister</li>
<li>Beglaubigungen von Kopien und Unterschriften</li>
<li>Fischereischeine, Fundsachen, Verkauf von Müllsäcken und Gelben Säcken</li>
</ul>
<h3>Meldebescheinigung</h3>
<p>Die Bescheinigung stellen wir sofort aus, wenn Sie persönlich vorsprechen. Noch schneller geht es digital:
{portal_link('meldebescheinigung', at, 'Meldebescheinigung online beantragen')}.</p>
<h3>Führungszeugnis</h3>
<p>Das Führungszeugnis wird beim Bundesamt für Justiz erstellt; den Antrag nehmen wir mit Ausweis entgegen und
leiten ihn weiter. Für eine ehrenamtliche Tätigkeit entfällt die Gebühr, wenn Sie eine Bestätigung des Vereins
vorlegen. Das Zeugnis wird Ihnen nach etwa zwei Wochen zugeschickt; ein Zeugnis zur Vorlage bei einer Behörde geht
direkt an diese.</p>
<h3>Beglaubigungen</h3>
<p>Wir beglaubigen Abschriften und Kopien, wenn das Original von einer deutschen Behörde stammt, sowie
Unterschriften für Schriftstücke, die Sie einer Behörde vorlegen. Bitte bringen Sie das Original mit. Zeugnisse
ausländischer Stellen und Urkunden für Grundbuchangelegenheiten können wir nicht beglaubigen.</p>
<h3>Fundsachen</h3>
<p>Verloren ist nicht gleich weg: {portal_link('fundsachen', at, 'Verlust online melden')}.</p>
{LK_REFERRAL}""", VW + [("Fachbereich 2", FB2)], itemid=117)

    # ---- Ausweise
    at = U(AUSWEIS)
    info(at, "ausweis", "pass")
    layout(AUSWEIS, "Personalausweis und Reisepass", f"""<p>Ausweise und Pässe beantragen Sie persönlich im Bürgerbüro.
Die Dokumente werden in der Bundesdruckerei hergestellt; planen Sie etwa drei bis vier Wochen ein.</p>
<h2>Personalausweis</h2>
<p>Ab 16 Jahren müssen Sie einen gültigen Ausweis besitzen. Mitzubringen sind ein aktuelles biometrisches
Passbild, der alte Ausweis und bei Namensänderungen die Heirats- oder Geburtsurkunde. Die Gebühr beträgt 37 Euro, für
Personen unter 24 Jahren 22,80 Euro. Den neuen Ausweis holen Sie selbst ab oder lassen ihn durch eine bevollmächtigte
Person abholen.</p>
<h2>Reisepass</h2>
<p>Für Reisen außerhalb der EU brauchen Sie häufig einen Reisepass. Auf Wunsch wird ein Express-Pass innerhalb von
drei Werktagen geliefert (Zuschlag 32 Euro). Für Kinder gibt es seit 2024 keinen Kinderreisepass mehr; Kinder
erhalten einen Personalausweis oder einen regulären Pass.</p>
<h2>Verlust von Ausweisdokumenten</h2>
<p>Ist Ihr Ausweis oder Pass abhanden gekommen, melden Sie das bitte umgehend im Bürgerbüro oder – außerhalb der
Öffnungszeiten – bei der Polizei. Wir sperren die Online-Ausweisfunktion und tragen den Verlust in das Fahndungsregister
ein. Für die Zeit bis zur Ausstellung eines neuen Dokumentes kann ein vorläufiger Personalausweis ausgestellt werden
(10 Euro). Taucht das alte Dokument wieder auf, geben Sie es bitte bei uns ab – es ist ungültig.</p>
<h2>Online-Ausweisfunktion</h2>
<p>Die PIN für die Online-Ausweisfunktion können Sie im Bürgerbüro neu setzen lassen. Mit dem Ausweis und der PIN
melden Sie sich auch bei unseren <a href="{U('/online-dienste.html', 140)}">Online-Diensten</a> an.</p>
<p><a href="{U('/leichte-sprache/personalausweis.html')}">Diese Seite in Leichter Sprache</a></p>""",
           VW + [("Bürgerbüro", BB)], itemid=119)

    # ---- Standesamt
    at = U(STA)
    info(at, "ehe", "vater", "name", "kirche", "sterbe", "sterbeurk")
    layout(STA, "Standesamt Oberaue", f"""<p>Das Standesamt beurkundet Geburten, Eheschließungen und Sterbefälle, die sich
im Gebiet der Samtgemeinde ereignen, und führt die Personenstandsregister. Standesbeamtinnen: Nicole Fangmann und
Petra Rusch, Telefon 04299 81-230.</p>
<h2>Heiraten in Oberaue</h2>
<p>Melden Sie Ihre Eheschließung frühestens sechs Monate vor dem Wunschtermin bei dem Standesamt an, in dessen
Bereich eine oder einer von Ihnen wohnt. Welche Unterlagen nötig sind, hängt von Staatsangehörigkeit und Familienstand
ab; in der Regel sind es eine aktuelle Geburtsurkunde und der Ausweis. Getraut wird im Trauzimmer des Rathauses
oder – freitags und samstags – in der historischen Wassermühle Moorwede.</p>
<h2>Geburt und Vaterschaft</h2>
<p>Kinder, die in Oberaue zur Welt kommen, meldet in der Regel die Hebamme oder die Klinik an. Sind die Eltern nicht
miteinander verheiratet, kann der Vater die Vaterschaft schon vor der Geburt bei uns anerkennen; die Mutter muss
zustimmen. Beides wird gebührenfrei beurkundet.</p>
<p>Urkunden aus unserem Geburtenregister bestellen Sie bequem {portal_link('geburtsurkunde', at, 'online')}.</p>
<h2>Namensrecht</h2>
<p>Wir nehmen Erklärungen zur Namensführung entgegen – zum Beispiel, wenn Sie nach einer Scheidung Ihren früheren
Namen wieder annehmen oder nachträglich einen Ehenamen bestimmen möchten. Auch die Änderung von Vornamen und
Geschlechtseintrag nach dem Selbstbestimmungsgesetz wird bei uns erklärt. Für eine Namensänderung aus einem
wichtigen Grund beraten wir Sie vorab; entschieden wird darüber beim Landkreis.</p>
<h2>Kirchenaustritt</h2>
<p>In Niedersachsen wird der Austritt aus einer Kirche oder Religionsgemeinschaft beim Standesamt erklärt. Bringen
Sie Ihren Ausweis mit; die Gebühr beträgt 30 Euro. Die Bescheinigung erhalten Sie sofort.</p>
<h2>Sterbefälle</h2>
<p>Ein Sterbefall muss spätestens am dritten Werktag angezeigt werden. Meist übernimmt das ein Bestattungsinstitut.
Nach der Beurkundung stellen wir die Sterbeurkunden aus, die Angehörige für Rentenversicherung, Banken und
Versicherungen brauchen. Mehr in der Lebenslage <a href="{U('/lebenslagen/todesfall.html')}">Todesfall</a>.</p>""",
           VW + [("Fachbereich 2", FB2)], itemid=118)

    # ---- Wahlen
    at = U(WAHLEN)
    info(at, "wahl")
    layout(WAHLEN, "Wahlen in Oberaue", f"""<p>Am 13. September 2026 finden in Niedersachsen die Kommunalwahlen statt.
Gewählt werden der Samtgemeinderat, die Räte der Mitgliedsgemeinden und der Kreistag.</p>
<h2>Wahlschein und Briefwahl</h2>
<p>Sie können vor dem Wahltag per Brief oder direkt im Wahlbüro des Rathauses wählen. Dafür brauchen Sie einen
Wahlschein. Er lässt sich auf mehreren Wegen beantragen:</p>
<ul>
<li>mit dem Vordruck auf der Rückseite Ihrer Wahlbenachrichtigung,</li>
<li>formlos per E-Mail an wahlen@sg-oberaue.de (mit Name, Geburtsdatum und Anschrift),</li>
<li>{portal_link('briefwahl', at, 'elektronisch über das Serviceportal')},</li>
<li>persönlich im Wahlbüro – dort können Sie auch sofort wählen.</li>
</ul>
<p>Anträge müssen bis zum Freitag vor der Wahl, 18 Uhr, vorliegen. Telefonische Anträge sind nicht zulässig.</p>
<h2>Wahlbezirke und Wahllokale</h2>
<p>Die Samtgemeinde ist in 14 Wahlbezirke eingeteilt. Ihr Wahllokal steht auf der Wahlbenachrichtigung; alle
Wahllokale sind barrierefrei zugänglich.</p>
<p><a href="{U('/leichte-sprache/briefwahl.html')}">Briefwahl in Leichter Sprache</a></p>""",
           [("Rathaus", "/rathaus.html")], itemid=115)

    # ---- Kitas
    at = U(KITA)
    layout(KITA, "Kindertagesstätten", f"""<p>Die Samtgemeinde betreibt fünf Kindertagesstätten mit Krippen- und
Kindergartengruppen. Zwei weitere Einrichtungen werden von der Kirchengemeinde getragen; die Anmeldung erfolgt für alle
Häuser zentral bei uns.</p>
<table><thead><tr><th>Einrichtung</th><th>Gruppen</th><th>Öffnungszeiten</th></tr></thead><tbody>
<tr><td>Kita Sonnenblume, Auenrode</td><td>4 Kindergarten, 1 Krippe</td><td>7.00–16.30 Uhr</td></tr>
<tr><td>Krippe Auenkinder, Auenrode</td><td>3 Krippe</td><td>7.30–15.00 Uhr</td></tr>
<tr><td>Kita Arche Noah, Birkhusen</td><td>3 Kindergarten</td><td>7.30–14.00 Uhr</td></tr>
<tr><td>Kita Moorwichtel, Moorwede</td><td>2 Kindergarten, 1 Krippe</td><td>7.00–16.00 Uhr</td></tr>
<tr><td>Kita Tannenzapfen, Tannlohe</td><td>2 Kindergarten, 2 Krippe</td><td>7.00–15.30 Uhr</td></tr>
</tbody></table>
<h2>Kindergarten- und Krippenplatz anmelden</h2>
<p>Für das Kindergartenjahr ab 1. August sollte die Anmeldung bis zum 31. Januar vorliegen. Plätze, die im Laufe
des Jahres frei werden, vergeben wir fortlaufend. Bitte nutzen Sie die
{portal_link('kita', at, 'Online-Anmeldung für einen Betreuungsplatz')}; Sie erhalten eine Eingangsbestätigung und im
Frühjahr die Zu- oder Absage.</p>
<h2>Elternbeiträge</h2>
<p>Der Besuch des Kindergartens ist in Niedersachsen beitragsfrei. Für Krippenplätze, Sonderöffnungszeiten und das
Mittagessen erheben wir Beiträge nach der Gebührensatzung, gestaffelt nach Einkommen.</p>
<p>Kindertagespflege (Tagesmütter und -väter) vermittelt das Familienservicebüro des Landkreises.</p>""",
           VW + [("Fachbereich 1", FB1)], itemid=121)

    # ---- Grundschulen
    at = U(SCHULEN)
    info(at, "schule")
    layout(SCHULEN, "Grundschulen", f"""<p>Die Samtgemeinde ist Träger von drei Grundschulen. Weiterführende Schulen
unterhält der Landkreis Geestmoor in Geestrand.</p>
<ul><li>Grundschule am Mühlenbach, Auenrode (verlässliche Grundschule, offene Ganztagsschule)</li>
<li>Grundschule Birkhusen (mit Außenstelle Moorwede)</li><li>Heideschule Tannlohe</li></ul>
<h2>Schulanmeldung</h2>
<p>Für die Einschulung im Sommer melden Sie Ihr Kind im Frühjahr des Vorjahres bei der Grundschule Ihres
Schulbezirks an. Die Schule lädt zu einem Anmeldetag ein und führt ein Sprachstandsfeststellungsgespräch. Mitzubringen
sind die Geburtsurkunde oder das Familienstammbuch und bei getrennt lebenden Eltern ein Nachweis über das Sorgerecht.</p>
<p>Soll Ihr Kind eine Schule außerhalb des Schulbezirks besuchen, ist ein begründeter Antrag an die Samtgemeinde als
Schulträger nötig. Für vorzeitige Einschulungen und Zurückstellungen entscheidet die Schulleitung.</p>
<p>Die Schülerbeförderung organisiert der Landkreis.</p>""", VW + [("Fachbereich 1", FB1)])

    # ---- Feuerwehr
    layout(FW, "Freiwillige Feuerwehren", f"""<p>In neun Ortsfeuerwehren stehen rund 380 Frauen und Männer bereit, um
zu löschen, zu retten und zu bergen. Die Samtgemeinde ist Trägerin des Brandschutzes und sorgt für Fahrzeuge,
Gerätehäuser und Ausrüstung. Gemeindebrandmeister ist Uwe Klindworth.</p>
<h2>Mitmachen</h2>
<p>Die Jugendfeuerwehren nehmen Kinder ab 10 Jahren auf, die Kinderfeuerwehren ab 6 Jahren. Erwachsene sind
jederzeit willkommen – melden Sie sich einfach beim Dienstabend Ihrer Ortsfeuerwehr.</p>
<h2>Kosten von Einsätzen</h2>
<p>Brandbekämpfung und Menschenrettung sind kostenlos. Für einige Einsätze – etwa Ölspuren, Fehlalarme von
Brandmeldeanlagen oder Türöffnungen ohne Notlage – stellen wir Kosten in Rechnung. Die Einzelheiten stehen noch auf
unserer <a href="{U(FW_KOSTEN)}">alten Seite zum Kostenersatz</a>.</p>""", VW + [("Fachbereich 2", FB2)])

    # ---- Obdach: Joomla non-SEF article URL
    at = ART42
    info(at, "obdach")
    page = layout("/index.php/", "Unterkunft für wohnungslose Menschen", f"""<p>Niemand soll in Oberaue auf der Straße
schlafen müssen. Wer unfreiwillig keine Wohnung hat – etwa nach einer Räumung, einem Brand oder einer Trennung – wird
von der Samtgemeinde als Ordnungsbehörde vorübergehend untergebracht.</p>
<h2>So erhalten Sie eine Unterkunft</h2>
<p>Sprechen Sie während der Öffnungszeiten im Fachbereich 2 bei Ralf Wiechers vor (Zimmer 24, Telefon 81-212).
Außerhalb der Dienstzeiten vermittelt die Polizei eine Notunterbringung. Die Samtgemeinde verfügt über Wohnungen in
Auenrode und Birkhusen; für die Nutzung wird eine Gebühr erhoben, die bei geringem Einkommen das Jobcenter oder
Sozialamt übernimmt.</p>
<h2>Beratung</h2>
<p>Droht der Verlust der Wohnung, etwa wegen Mietschulden, wenden Sie sich bitte so früh wie möglich an die
Wohnungsnotfallberatung der Diakonie in Geestrand. Oft lässt sich eine Räumung noch abwenden.</p>""",
                  VW + [("Fachbereich 2", FB2)], itemid=131, in_sitemap=False)
    del page

    # ---- Fachbereich 3
    at = U(FB3)
    info(at, "baum", "entwaesserung", "gartenwasser", "sondernutzung", "bestattung")
    layout(FB3, "Fachbereich 3 – Bauen & Umwelt", f"""<p>Straßen, Kanäle, Friedhöfe und öffentliche Gebäude – der
Fachbereich 3 plant, baut und unterhält die Infrastruktur der Samtgemeinde und ihrer Mitgliedsgemeinden.</p>
<h2>Aufgaben im Überblick</h2>
<ul>
<li>Bauverwaltung: Stellungnahmen zu Bauvorhaben, gemeindliches Einvernehmen, Vorkaufsrechte</li>
<li>Straßen, Wege und Straßenbeleuchtung der Gemeinden</li>
<li>Erlaubnisse für Aufgrabungen und andere Sondernutzungen öffentlicher Flächen</li>
<li>Baumschutz nach den Baumschutzsatzungen von Auenrode und Tannlohe</li>
<li>Abwasserbeseitigung: Kanalnetz, Kläranlage Moorwede, Grundstücksanschlüsse</li>
<li>Friedhöfe in Auenrode, Birkhusen, Moorwede und Tannlohe</li>
<li>Gebäudemanagement für Rathaus, Schulen, Kitas, Feuerwehrhäuser und Dorfgemeinschaftshäuser</li>
<li>Bauhof und Winterdienst</li>
</ul>
<h3>Aufgrabungen und Arbeiten im Straßenraum</h3>
<p>Wer für einen Hausanschluss, ein Gerüst oder einen Container öffentliche Straßenflächen braucht, benötigt vorher
unsere Erlaubnis. Planen Sie zwei Wochen Bearbeitungszeit ein.</p>
<h3>Baumschutz</h3>
<p>In Auenrode und Tannlohe sind Laubbäume ab 80 cm Stammumfang geschützt. Eine Fällung ist nur mit Genehmigung
zulässig, zum Beispiel wenn der Baum krank ist oder eine Gefahr darstellt. Ersatzpflanzungen können verlangt werden.</p>
<h3>Abwasser</h3>
<p>Neubauten und Grundstücke, an deren Grenze ein Kanal liegt, müssen angeschlossen werden. Der Anschluss wird vor
Baubeginn beantragt. Wer Wasser für den Garten über einen geeichten Zwischenzähler misst, kann diese Menge von der
Schmutzwassergebühr abziehen lassen. Die Vordrucke finden Sie in der Lebenslage
<a href="{U('/lebenslagen/bauen-und-wohnen.html')}">Bauen &amp; Wohnen</a>.</p>
<h3>Friedhöfe</h3>
<p>Die Friedhofsverwaltung vergibt Grabstätten, genehmigt Grabmale und verlängert Nutzungsrechte. Informationen
finden Sie auf der Seite <a href="{U(FRIEDHOF)}">Friedhofsverwaltung</a>.</p>
<h2>Ansprechpersonen</h2>
<table><tbody>
<tr><td>Leitung</td><td>Thomas Brüning</td><td>81-300</td></tr>
<tr><td>Bauverwaltung</td><td>Frauke Lührs</td><td>81-310</td></tr>
<tr><td>Straßen, Sondernutzungen</td><td>Dennis Albers</td><td>81-320</td></tr>
<tr><td>Abwasser</td><td>Oliver Schnakenberg</td><td>81-330</td></tr>
<tr><td>Friedhöfe</td><td>Gabriele Kück</td><td>81-340</td></tr>
</tbody></table>""", VW, itemid=113)

    # ---- Fachbereich 4
    at = U(FB4)
    info(at, "grundst", "gewst", "zweitwohn")
    layout(FB4, "Fachbereich 4 – Finanzen", f"""<p>Der Fachbereich 4 stellt den Haushalt auf, erhebt Steuern und Abgaben
für die Samtgemeinde und ihre Mitgliedsgemeinden und wickelt alle Zahlungen ab.</p>
<h2>Kämmerei</h2>
<p>Haushaltsplanung, Jahresabschlüsse, Finanzplanung und Fördermittel. Den aktuellen
{doc_link('haushalt', at, 'Haushaltsplan 2025')} können Sie herunterladen.</p>
<h2>Steueramt</h2>
<ul>
<li><strong>Grundsteuer:</strong> Die Gemeinden setzen die Hebesätze fest, wir erlassen die Bescheide auf Grundlage
des Messbescheides des Finanzamtes. Fragen zum Grundsteuerwert richten Sie bitte an das Finanzamt. Bei erheblichen
Mietausfällen ist ein teilweiser Erlass möglich, der bis zum 31. März des Folgejahres beantragt werden muss.</li>
<li><strong>Gewerbesteuer:</strong> Auf Grundlage des Messbescheides des Finanzamtes setzen wir Gewerbesteuer und
Vorauszahlungen fest. Ändern sich Ihre Gewinnerwartungen, können die Vorauszahlungen angepasst werden.</li>
<li><strong>Hundesteuer:</strong> siehe <a href="{U(HUND)}">Hundesteuer</a></li>
<li><strong>Zweitwohnungsteuer:</strong> Wer in Moorwede oder Tannlohe eine Nebenwohnung oder ein Ferienhaus zur
eigenen Nutzung hält, zahlt Zweitwohnungsteuer. Nach der Anmeldung einer Nebenwohnung erhalten Sie von uns einen
Erklärungsvordruck.</li>
</ul>
<h2>Samtgemeindekasse</h2>
<p>Bequem zahlen Sie per Lastschrift: {doc_link('sepa', at)}. Mahnungen und Vollstreckung übernimmt ebenfalls die
Kasse.</p>
<p>Bankverbindung: Sparkasse Geestmoor, IBAN DE12 2415 0000 0000 1234 56</p>""", VW, itemid=114)

    # ---- Hundesteuer
    at = U(HUND)
    info(at, "hund")
    layout(HUND, "Hundesteuer", f"""<p>Wer in einer der vier Mitgliedsgemeinden einen Hund hält, der älter als drei
Monate ist, muss ihn innerhalb von zwei Wochen anmelden. Das Steueramt der Samtgemeinde erledigt die Steuer für alle
Gemeinden.</p>
<h2>Hundehaltung – An- und Abmeldung</h2>
<p>Sie erhalten einen Bescheid und eine Steuermarke, die der Hund außerhalb des Hauses tragen muss. Bei Abgabe, Tod
oder Wegzug melden Sie den Hund wieder ab; die Steuer wird dann anteilig erstattet.</p>
<p><strong>Online:</strong> {portal_link('hundesteuer', at, 'Hund online an- oder abmelden')}<br>
<strong>Vordrucke:</strong> {doc_link('hund-an', at)} · {doc_link('hund-ab', at)}</p>
<h2>Steuersätze</h2>
<table><tbody><tr><td>erster Hund</td><td>72 Euro</td></tr><tr><td>zweiter Hund</td><td>108 Euro</td></tr>
<tr><td>jeder weitere Hund</td><td>132 Euro</td></tr><tr><td>gefährlicher Hund</td><td>600 Euro</td></tr></tbody></table>
<p>Für Blindenführhunde und Rettungshunde gibt es auf Antrag eine Befreiung. Rechtsgrundlage ist die
{doc_link('hundesatzung', at)}.</p>""", VW + [("Fachbereich 4", FB4)])


POL = [("Rathaus", "/rathaus.html"), ("Politik", "/rathaus/politik.html")]
SITZ = "/rathaus/politik/sitzungen.html"


def politik_pages() -> None:
    layout("/rathaus/politik.html", "Politik und Sitzungsdienst", f"""<p>Der Samtgemeinderat hat 30 gewählte Mitglieder;
hinzu kommt die Samtgemeindebürgermeisterin. Er tagt in der Regel sechsmal im Jahr öffentlich im Ratssaal.</p>
<table><thead><tr><th>Fraktion / Gruppe</th><th>Sitze</th></tr></thead><tbody>
<tr><td>CDU</td><td>11</td></tr><tr><td>SPD</td><td>9</td></tr><tr><td>Bündnis 90/Die Grünen</td><td>5</td></tr>
<tr><td>Wählergemeinschaft Oberaue</td><td>3</td></tr><tr><td>FDP</td><td>2</td></tr></tbody></table>
<h2>Ausschüsse</h2>
<ul><li>Samtgemeindeausschuss</li><li>Ausschuss für Planung, Bau und Umwelt</li><li>Finanzausschuss</li>
<li>Ausschuss für Schulen, Kitas und Soziales</li><li>Feuerwehrausschuss</li></ul>
<p>Termine, Tagesordnungen und Niederschriften: <a href="{U(SITZ)}">Sitzungskalender</a>.</p>""",
           [("Rathaus", "/rathaus.html")], itemid=116)

    minutes = [
        ("niederschrift-samtgemeinderat-2025-02-20", "Niederschrift Samtgemeinderat vom 20.02.2025", f"""
<p>Beginn: 19.00 Uhr · Ende: 21.40 Uhr · Ort: Ratssaal, Rathaus Auenrode · anwesend: 28 von 31 Mitgliedern</p>
<h2>TOP 5: Einwohnerfragestunde</h2>
<p>Ein Einwohner aus Birkhusen fragt nach dem Stand der Sanierung der Grundschule. Die Samtgemeindebürgermeisterin
berichtet, dass die Arbeiten in den Sommerferien beginnen.</p>
<h2>TOP 6: Haushaltssatzung 2025</h2>
<p>Der Rat beschließt die Haushaltssatzung mit 22 Ja-Stimmen bei 6 Gegenstimmen.</p>
<h2>TOP 7: Empfehlung zur Erhöhung der Hundesteuer</h2>
<p>Die Verwaltung erläutert, dass die Sätze seit 2012 unverändert sind. Der Rat empfiehlt den Räten der
Mitgliedsgemeinden, die Hundesteuer für den ersten Hund zum 1. Januar 2026 von 72 auf 84 Euro anzuheben. Ratsherr
Dohrmann (WG) spricht sich gegen die Erhöhung aus. Beschluss: 19 Ja, 8 Nein, 1 Enthaltung.</p>
<h2>TOP 8: Anfragen</h2>
<p>Keine.</p>
<p>Die unterschriebene Fassung: {doc_link('niederschrift', U('/rathaus/politik/sitzungen/niederschrift-samtgemeinderat-2025-02-20.html'))}</p>"""),
        ("niederschrift-bauausschuss-2025-03-11", "Niederschrift Ausschuss für Planung, Bau und Umwelt vom 11.03.2025", """
<p>Beginn: 18.30 Uhr · Ende: 20.15 Uhr · Ort: Dorfgemeinschaftshaus Tannlohe</p>
<h2>TOP 3: Bebauungsplan Nr. 12 „Am Kiefernweg“, Gemeinde Tannlohe – Aufstellungsbeschluss</h2>
<p>Auf rund 2,4 Hektar sollen 28 Bauplätze für Einfamilien- und Doppelhäuser entstehen. Der Ausschuss empfiehlt
einstimmig, das Verfahren einzuleiten und die frühzeitige Beteiligung der Öffentlichkeit durchzuführen. Der
Flächennutzungsplan wird im Parallelverfahren geändert (43. Änderung).</p>
<h2>TOP 4: Straßenbeleuchtung auf LED</h2>
<p>Der Bauhof hat 2024 weitere 310 Leuchten umgerüstet. Der Ausschuss nimmt den Bericht zur Kenntnis.</p>
<h2>TOP 5: Baumschutzsatzung Auenrode – Erfahrungsbericht</h2>
<p>2024 wurden 41 Anträge gestellt, davon 35 genehmigt. Ein Mitglied regt an, die Satzung auf Moorwede
auszuweiten; die Verwaltung wird gebeten, dies zu prüfen.</p>"""),
        ("niederschrift-schulausschuss-2025-01-28", "Niederschrift Ausschuss für Schulen, Kitas und Soziales vom 28.01.2025", """
<p>Beginn: 18.00 Uhr · Ende: 19.30 Uhr · Ort: Ratssaal</p>
<h2>TOP 3: Bedarfsplanung Kindertagesstätten 2025/26</h2>
<p>Für das kommende Kindergartenjahr liegen 96 Anmeldungen für Krippenplätze vor, bei 84 verfügbaren Plätzen. Mit
der neuen Gruppe in Tannlohe kann der Bedarf voraussichtlich gedeckt werden.</p>
<h2>TOP 4: Schulbezirke</h2>
<p>Die Verwaltung schlägt vor, den Ortsteil Kleinmoor dem Schulbezirk Birkhusen zuzuordnen. Der Ausschuss vertagt
die Entscheidung.</p>
<h2>TOP 5: Unterbringung von Geflüchteten</h2>
<p>Die Samtgemeinde hat derzeit 64 Personen in eigenen und angemieteten Wohnungen untergebracht.</p>"""),
    ]
    rows = []
    for slug, title, body in minutes:
        path = f"/rathaus/politik/sitzungen/{slug}.html"
        layout(path, title, body, POL + [("Sitzungskalender", SITZ)], itemid=116)
        rows.append(f'<tr><td>{title.split(" vom ")[1]}</td><td>{esc(title.split(" vom ")[0].replace("Niederschrift ", ""))}</td>'
                    f'<td><a href="{U(path)}">Niederschrift</a></td></tr>')
    layout(SITZ, "Sitzungskalender", f"""<p>Die Sitzungen sind öffentlich, soweit nicht Personal- oder
Grundstücksangelegenheiten beraten werden. Einladungen hängen zusätzlich im Schaukasten am Rathaus aus.</p>
<h2>Kommende Sitzungen</h2>
<ul><li>24.06.2025, 19.00 Uhr – Samtgemeinderat, Ratssaal</li>
<li>01.07.2025, 18.30 Uhr – Ausschuss für Planung, Bau und Umwelt, Dorfgemeinschaftshaus Moorwede</li></ul>
<h2>Niederschriften</h2>
<table><thead><tr><th>Datum</th><th>Gremium</th><th>Dokument</th></tr></thead><tbody>{''.join(rows)}</tbody></table>""",
           POL, itemid=116)

    layout("/rathaus/bekanntmachungen.html", "Amtliche Bekanntmachungen", """<p>Satzungen und andere Bekanntmachungen
der Samtgemeinde werden im Amtsblatt für den Landkreis Geestmoor verkündet. Hier finden Sie ergänzend Hinweise auf
aktuelle Verfahren.</p>
<ul>
<li>05.05.2025 – Gemeinde Tannlohe: Frühzeitige Beteiligung zum Bebauungsplan Nr. 12 „Am Kiefernweg“ – die Pläne
liegen vom 12.05. bis 13.06.2025 im Rathaus, Zimmer 31, aus.</li>
<li>05.05.2025 – Samtgemeinde: 43. Änderung des Flächennutzungsplans, frühzeitige Beteiligung</li>
<li>14.03.2025 – Haushaltssatzung der Samtgemeinde Oberaue für das Haushaltsjahr 2025</li>
<li>10.01.2025 – Bekanntmachung über das Recht auf Einsicht in das Wählerverzeichnis</li>
</ul>""", [("Rathaus", "/rathaus.html")])

    layout("/rathaus/stellenangebote.html", "Stellenangebote", f"""<p>Die Samtgemeinde Oberaue beschäftigt rund
230 Menschen in Rathaus, Kitas, Schulen und Bauhof. Wir bieten sichere Arbeitsplätze nach TVöD, flexible Arbeitszeiten
und ein Jobrad.</p>
<ul>
<li><a href="{U('/rathaus/stellenangebote/standesbeamtin-standesbeamter.html')}">Standesbeamtin/Standesbeamter gesucht (m/w/d), Teilzeit 30 Std.</a> – Bewerbungsschluss 30.06.2025</li>
<li><a href="{U('/rathaus/stellenangebote/erzieherin-erzieher-kita.html')}">Erzieherinnen und Erzieher (m/w/d) für unsere Kitas</a> – laufende Ausschreibung</li>
<li>Ausbildung 2026: Verwaltungsfachangestellte/r und Duales Studium Allgemeine Verwaltung</li>
</ul>
<p>Bewerbungen bitte ausschließlich per E-Mail an <a href="mailto:bewerbung@sg-oberaue.de">bewerbung@sg-oberaue.de</a>.</p>""",
           [("Rathaus", "/rathaus.html")], itemid=125)
    layout("/rathaus/stellenangebote/standesbeamtin-standesbeamter.html", "Standesbeamtin/Standesbeamter (m/w/d)",
           """<p>Zum 1. Oktober 2025 suchen wir für unser Standesamt eine Verstärkung in Teilzeit (30 Wochenstunden),
Entgeltgruppe 9a TVöD.</p>
<h2>Ihre Aufgaben</h2>
<ul><li>Prüfung von Anmeldungen zur Eheschließung und Durchführung von Trauungen, auch an Samstagen</li>
<li>Beurkundung von Geburten und Sterbefällen, Führung der Personenstandsregister</li>
<li>Ausstellung von Ehefähigkeitszeugnissen für Eheschließungen im Ausland</li>
<li>Entgegennahme von Erklärungen zur Namensführung und von Kirchenaustritten</li></ul>
<h2>Ihr Profil</h2>
<ul><li>Angestelltenlehrgang II oder Bachelor Allgemeine Verwaltung</li>
<li>Bestellung zur Standesbeamtin/zum Standesbeamten oder Bereitschaft zur Fortbildung</li>
<li>Freude am Umgang mit Menschen in besonderen Lebenssituationen</li></ul>
<p>Fragen beantwortet Marco Tiedemann, Telefon 04299 81-200.</p>""",
           [("Rathaus", "/rathaus.html"), ("Stellenangebote", "/rathaus/stellenangebote.html")], itemid=125)
    layout("/rathaus/stellenangebote/erzieherin-erzieher-kita.html", "Erzieherinnen und Erzieher (m/w/d)",
           """<p>Für unsere fünf Kindertagesstätten suchen wir laufend pädagogische Fachkräfte in Voll- und Teilzeit.</p>
<p>Wir bieten kleine Teams, feste Vorbereitungszeiten, zwei Fortbildungstage im Jahr und eine Bezahlung nach S8a
TVöD SuE. Quereinsteigende mit Berufserfahrung als Sozialassistenz sind ebenfalls willkommen.</p>""",
           [("Rathaus", "/rathaus.html"), ("Stellenangebote", "/rathaus/stellenangebote.html")], itemid=125)

    at = U("/rathaus/ortsrecht.html")
    layout("/rathaus/ortsrecht.html", "Ortsrecht und Satzungen", f"""<p>Hier veröffentlichen wir die wichtigsten
Satzungen in der aktuell gültigen Fassung. Verbindlich ist allein die im Amtsblatt verkündete Fassung.</p>
<ul>
<li>Hauptsatzung der Samtgemeinde Oberaue (auf Anfrage)</li>
<li>{doc_link('hundesatzung', at)}</li>
<li>{doc_link('friedhofssatzung', at)}</li>
<li>{doc_link('verwkosten', at)}</li>
<li>Abwasserbeseitigungssatzung und Abwasserabgabensatzung (in Überarbeitung)</li>
<li>Satzung über die Benutzung der Obdachlosenunterkünfte (auf Anfrage)</li>
</ul>""", [("Rathaus", "/rathaus.html")])


def downloads_page() -> None:
    at = U(DOWNLOADS)
    rows = []
    for key in TABLE_ORDER:
        doc = DOCS[key]
        rows.append(f"<tr><td>{esc(doc.title)}</td><td>{esc(doc.fb)}</td><td>{doc_link(key, at, doc.ext.upper())}</td></tr>")
    layout(DOWNLOADS, "Formulare & Downloads", f"""<p>Viele Vordrucke können Sie hier herunterladen, am Bildschirm
ausfüllen und ausgedruckt und unterschrieben bei uns einreichen – per Post, im Briefkasten am Rathaus oder
eingescannt per E-Mail, soweit keine Originalunterschrift vorgeschrieben ist. Noch bequemer sind unsere
<a href="{U('/online-dienste.html', 140)}">Online-Dienste</a>.</p>
<table class="downloads"><thead><tr><th>Bezeichnung</th><th>Fachbereich</th><th>Datei</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
<p>Sie vermissen einen Vordruck? Rufen Sie uns an: 04299 81-0.</p>""", [("Rathaus", "/rathaus.html")], itemid=128)


LL = [("Lebenslagen", "/lebenslagen.html")]


def lebenslagen_pages() -> None:
    layout("/lebenslagen.html", "Lebenslagen", f"""<p>Manche Ereignisse im Leben ziehen gleich mehrere Behördengänge
nach sich. Auf diesen Seiten haben wir zusammengestellt, was zu tun ist – egal, welcher Fachbereich zuständig ist.</p>
<div class="tiles">
<div class="tile"><h2><a href="{U('/lebenslagen/umzug.html')}">Umzug</a></h2><p>Ummelden, Halteverbot, Hund, Ausweis</p></div>
<div class="tile"><h2><a href="{U('/lebenslagen/heirat-und-familie.html')}">Heirat &amp; Familie</a></h2><p>Trauung, Geburt, Kita, Schule</p></div>
<div class="tile"><h2><a href="{U('/lebenslagen/bauen-und-wohnen.html')}">Bauen &amp; Wohnen</a></h2><p>Bauvoranfrage, Kanalanschluss, Bäume</p></div>
<div class="tile"><h2><a href="{U('/lebenslagen/todesfall.html')}">Todesfall</a></h2><p>Beurkundung, Grabstätte, Abmeldungen</p></div>
<div class="tile"><h2><a href="{U('/lebenslagen/gewerbe.html')}">Gewerbe</a></h2><p>Gründen, Gaststätte, Feste</p></div>
</div>""", itemid=130, view="category")

    # ---- Umzug
    at = U("/lebenslagen/umzug.html")
    info(at, "wohnsitz", "ausweis", "sperre")
    layout("/lebenslagen/umzug.html", "Umzug", f"""<p class="lead">Neu in Auenrode, Birkhusen, Moorwede oder Tannlohe – oder
nur ein paar Straßen weiter gezogen? Diese Dinge sollten Sie nach dem Umzug erledigen.</p>
<p>Auf dieser Seite: <a href="#anmeldung">Anmeldung</a> · <a href="#halteverbot">Halteverbot</a> ·
<a href="#hund">Hund</a> · <a href="#daten">Datenweitergabe</a> · <a href="#landkreis">Auto und Führerschein</a></p>
<h2 id="anmeldung">Anmeldung eines Wohnsitzes</h2>
<p>Innerhalb von zwei Wochen nach dem Einzug melden Sie sich im Bürgerbüro an. Das gilt auch, wenn Sie nur innerhalb
der Samtgemeinde umziehen; die Abmeldung bei der alten Gemeinde erledigt sich dabei automatisch. Eine Abmeldung ist
nur beim Wegzug ins Ausland oder bei Aufgabe einer Nebenwohnung nötig.</p>
<h3>Was Sie mitbringen</h3>
<ul><li>Personalausweis oder Reisepass aller umziehenden Personen</li>
<li>die vom Vermieter oder Eigentümer ausgefüllte {doc_link('wohnungsgeber', at)}</li>
<li>bei Kindern die Geburtsurkunde, falls noch kein Ausweis vorhanden ist</li></ul>
<p>Die neue Anschrift tragen wir gleich in Ihren Personalausweis ein; einen Aufkleber für den Reisepass gibt es
ebenfalls. Eine Bestätigung über Ihre Anmeldung können Sie anschließend
{portal_link('meldebescheinigung', at, 'als Meldebescheinigung digital abrufen')}.</p>
<h2 id="halteverbot">Halteverbot für den Umzugswagen</h2>
<p>Damit der Möbelwagen direkt vor der Tür stehen kann, richten wir auf Antrag eine befristete Halteverbotszone ein.
Die Schilder stellt ein beauftragtes Unternehmen spätestens 72 Stunden vorher auf. Den Antrag stellen Sie
{portal_link('sondernutzung', at, 'online über die Sondernutzungserlaubnis')} mindestens zwei Wochen vor dem Umzugstag.</p>
<h2 id="hund">Hund ummelden</h2>
<p>Bringen Sie einen Hund mit, melden Sie ihn bei uns zur Hundesteuer an und in Ihrer bisherigen Gemeinde ab.
{portal_link('hundesteuer', at, 'Zur Online-Anmeldung des Hundes')}</p>
<h2 id="daten">Datenweitergabe widersprechen</h2>
<p>Das Melderegister darf bestimmte Daten an Parteien, Adressbuchverlage oder bei Jubiläen weitergeben. Sie können
dem jederzeit widersprechen, auch direkt bei der Anmeldung oder {portal_link('auskunftssperre', at, 'online')}.</p>
<h2 id="landkreis">Auto und Führerschein</h2>
<p>Fahrzeuge müssen nach einem Umzug umgeschrieben werden. Zuständig ist die Zulassungsstelle des Landkreises
Geestmoor; Führerscheine werden dort ebenfalls ausgestellt. Informationen unter
<a href="{LK}">www.lk-geestmoor.de</a>.</p>""", LL, itemid=132)

    # ---- Heirat & Familie
    at = U("/lebenslagen/heirat-und-familie.html")
    info(at, "ehe", "name", "vater", "kita", "schule")
    layout("/lebenslagen/heirat-und-familie.html", "Heirat & Familie", f"""<p class="lead">Vom Ja-Wort bis zum ersten
Schultag: Familienereignisse, bei denen wir Sie begleiten.</p>
<h2>Heiraten</h2>
<h3>Eheschließung anmelden</h3>
<p>Wer heiraten möchte, meldet die Eheschließung gemeinsam beim Standesamt des Wohnortes an – frühestens sechs
Monate vor der Trauung. Bitte vereinbaren Sie dafür einen Termin mit dem Standesamt; wir klären vorab, welche Unterlagen
Sie brauchen. Sind beide deutsch, ledig und in Deutschland geboren, genügen meist Ausweis und eine beglaubigte Kopie
aus dem Geburtenregister.</p>
<h3>Der schönste Ort</h3>
<p>Neben dem Trauzimmer im Rathaus steht die Wassermühle Moorwede für Trauungen zur Verfügung – mit Blick auf das
Mühlrad und Platz für 40 Gäste.</p>
<h3>Nach der Hochzeit: Name und Papiere</h3>
<p>Ob Sie einen gemeinsamen Ehenamen führen, legen Sie bei der Trauung fest. Ausweis und Pass bleiben zunächst
gültig, sollten aber zeitnah im Bürgerbüro erneuert werden. Wer seinen Namen später noch ändern möchte, etwa durch
eine nachträgliche Bestimmung des Ehenamens, erklärt dies beim Standesamt.</p>
<h2>Nachwuchs</h2>
<h3>Geburt eines Kindes</h3>
<p>Die Geburt wird vom Standesamt des Geburtsortes beurkundet. Für Kinder, die im Krankenhaus Geestrand geboren
werden, ist das Standesamt Geestrand zuständig. Wurde die Geburt in Oberaue beurkundet – etwa bei einer Hausgeburt –,
können Sie weitere Urkunden {portal_link('geburtsurkunde', at, 'hier online bestellen')}.</p>
<h3>Vaterschaft anerkennen</h3>
<p>Unverheiratete Eltern können die Vaterschaft bereits während der Schwangerschaft beim Standesamt oder beim
Jugendamt beurkunden lassen. Im selben Termin ist auch eine Sorgeerklärung beim Jugendamt möglich.</p>
<h3>Elterngeld</h3>
<p>Elterngeld und Unterhaltsvorschuss beantragen Sie beim Landkreis Geestmoor.</p>
<h2>Betreuung und Schule</h2>
<h3>Platz in Krippe oder Kindergarten</h3>
<p>Ab dem ersten Geburtstag besteht ein Rechtsanspruch auf einen Betreuungsplatz. Die Anmeldung für alle
Kindertagesstätten läuft zentral über die Samtgemeinde: {portal_link('kita', at, 'Kita-Anmeldung online')}.
Überblick über die Einrichtungen: <a href="{U(KITA, 121)}">Kindertagesstätten</a>.</p>
<h3>Einschulung</h3>
<p>Die Grundschule Ihres Schulbezirks schreibt Sie etwa 15 Monate vor der Einschulung an. Mehr zur Anmeldung auf der
Seite <a href="{U(SCHULEN)}">Grundschulen</a>.</p>""", LL, itemid=133)

    # ---- Bauen & Wohnen
    at = U("/lebenslagen/bauen-und-wohnen.html")
    info(at, "bau", "vorkauf", "entwaesserung", "gartenwasser", "baum", "grundst")
    layout("/lebenslagen/bauen-und-wohnen.html", "Bauen & Wohnen", f"""<p class="lead">Sie planen ein Haus, einen Anbau
oder haben ein Grundstück gekauft? Hier erfahren Sie, wobei die Samtgemeinde mitwirkt.</p>
<h2>Bauvorhaben</h2>
<h3>Bauvoranfrage und Bauantrag</h3>
<p>Untere Bauaufsichtsbehörde ist der Landkreis Geestmoor. Bauvoranfragen und Bauanträge reichen Sie trotzdem bei
uns ein: Wir prüfen das gemeindliche Einvernehmen und leiten die Unterlagen mit unserer Stellungnahme weiter. Eine
Bauvoranfrage lohnt sich, wenn Sie vorab klären möchten, ob ein Grundstück überhaupt bebaut werden darf.</p>
<p>Vordruck: {doc_link('bauvoranfrage', at)}</p>
<h3>Grundstückskauf und Vorkaufsrecht</h3>
<p>Beim Verkauf eines Grundstücks prüfen wir für die Gemeinde, ob ein gesetzliches Vorkaufsrecht besteht. In der
Regel beantragt der Notar die Bescheinigung darüber: {doc_link('vorkauf', at, 'Antrag auf Negativzeugnis')}.</p>
<h2>Anschlüsse</h2>
<h3>Schmutzwasser</h3>
<p>Wer neu baut, beantragt den Anschluss an die öffentliche Kanalisation vor Baubeginn. Die Anschlussleitung bis zur
Grundstücksgrenze legt die Samtgemeinde, die Leitungen auf dem Grundstück der Bauherr.
{doc_link('entwaesserung', at, 'Entwässerungsantrag')}</p>
<h3>Gartenwasser</h3>
<p>Wasser, das nachweislich nicht in den Kanal gelangt, bleibt gebührenfrei. Lassen Sie dafür einen geeichten
Zwischenzähler einbauen und melden Sie ihn an: {doc_link('gartenwasser', at)}</p>
<p>Für Trinkwasser ist der Wasserverband Geestmoor zuständig.</p>
<h2>Straßen und Bäume</h2>
<h3>Arbeiten an der Straße</h3>
<p>Für den Hausanschluss muss oft der Gehweg geöffnet werden. Dafür braucht die ausführende Firma eine
Aufgrabungsgenehmigung – {portal_link('sondernutzung', at, 'hier online beantragen')}.</p>
<h3>Bäume fällen</h3>
<p>In Auenrode und Tannlohe gilt eine Baumschutzsatzung. Bevor Sie einen großen Laubbaum fällen, stellen Sie einen
Antrag mit Foto und Lageskizze: {doc_link('baum', at, 'Antrag auf Fällgenehmigung')}. Zwischen März und September sind
Fällungen aus Gründen des Vogelschutzes grundsätzlich nicht erlaubt.</p>
<h2>Wohnen</h2>
<p>Die Grundsteuer für Ihr Grundstück setzt das Steueramt fest, Bescheide gehen im Januar heraus. Bei größeren
Mietausfällen kann ein Teil erlassen werden; den Vordruck finden Sie unter
<a href="{U(DOWNLOADS, 128)}">Formulare &amp; Downloads</a>.</p>
<p class="hinweis">Wohnberechtigungsschein und Wohngeld bearbeitet der Landkreis Geestmoor –
<a href="{LK}">zur Kreisverwaltung</a>.</p>""", LL, itemid=134)

    # ---- Todesfall
    at = U("/lebenslagen/todesfall.html")
    info(at, "sterbe", "sterbeurk", "bestattung")
    layout("/lebenslagen/todesfall.html", "Todesfall", f"""<p class="lead">Wenn ein Mensch stirbt, müssen Angehörige
in kurzer Zeit viel regeln. Wir möchten Ihnen dabei so wenig Arbeit wie möglich machen.</p>
<h2>Standesamt: Sterbefall</h2>
<p>Jeder Todesfall muss dem Standesamt angezeigt werden, in dessen Bezirk der Mensch gestorben ist – spätestens am
dritten Werktag danach. Meist übernimmt das Bestattungsunternehmen diesen Weg. Wer die Anzeige selbst erstattet,
bringt die ärztliche Todesbescheinigung, den Ausweis der verstorbenen Person und, je nach Familienstand, Geburts- oder
Eheurkunde mit.</p>
<h3>Sterbeurkunden</h3>
<p>Nach der Beurkundung erhalten Sie die benötigte Zahl an Sterbeurkunden (12 Euro, jede weitere 6 Euro). Für
Rentenversicherung, Krankenkasse und Bank reicht meist eine Urkunde je Stelle; einige Stellen akzeptieren auch Kopien.</p>
<h2>Bestattung und Grabstätte</h2>
<p>Die Samtgemeinde unterhält vier Friedhöfe. Welche Grabarten es gibt und wie Sie ein Nutzungsrecht erwerben oder
verlängern, steht auf der Seite der <a href="{U(FRIEDHOF)}">Friedhofsverwaltung</a>.</p>
<h2>Weitere Abmeldungen</h2>
<ul><li>Einen Hund der verstorbenen Person melden Sie {portal_link('hundesteuer', at, 'online beim Steueramt')} ab
oder auf den neuen Halter um.</li>
<li>Die Abmeldung beim Melderegister erfolgt automatisch mit der Beurkundung.</li>
<li>Ein Auto meldet die Zulassungsstelle des Landkreises ab.</li></ul>""", LL, itemid=135)

    # ---- Gewerbe
    at = U("/lebenslagen/gewerbe.html")
    info(at, "gewerbe", "gewreg", "gewst", "sperrzeit", "lotterie")
    layout("/lebenslagen/gewerbe.html", "Gewerbe", f"""<p class="lead">Selbstständig machen, Laden übernehmen, Imbiss
eröffnen oder ein Vereinsfest ausrichten: das Ordnungsamt hilft weiter.</p>
<h2>Gewerbe an-, um- oder abmelden</h2>
<p>Wer ein Gewerbe beginnt, verlegt, erweitert oder aufgibt, zeigt das dem Gewerbeamt an. Freie Berufe wie
Ärztinnen, Architekten oder Künstlerinnen melden sich nur beim Finanzamt. Die Anzeige kostet 26 Euro.</p>
<p>Am schnellsten geht es online: {portal_link('gewerbe', at, 'Gewerbeanzeige über das Gewerbe-Service-Portal Niedersachsen')}.
Wer lieber Papier mag: {doc_link('gewa1', at, 'Anmeldung (GewA 1)')}, {doc_link('gewa3', at, 'Abmeldung (GewA 3)')}.</p>
<h3>Auszug aus dem Gewerberegister</h3>
<p>Auskunft über eingetragene Gewerbebetriebe erhalten Betroffene selbst sowie Dritte mit berechtigtem Interesse.
Eine Auskunft kostet 15 Euro.</p>
<h2>Gaststätten</h2>
<h3>Gaststättenerlaubnis</h3>
<p>Für den Ausschank von Alkohol brauchen Sie eine Erlaubnis. Wir prüfen Räume, Zuverlässigkeit und den Nachweis
über die lebensmittelrechtliche Unterrichtung durch die IHK. Für Feste reicht eine vorübergehende Gestattung, die
zwei Wochen vorher beantragt werden sollte.</p>
<h3>Sperrzeit</h3>
<p>Die allgemeine Sperrzeit beginnt um 2 Uhr. Für besondere Anlässe wie Schützenfeste kann sie verkürzt werden:
{doc_link('sperrzeit', at, 'Antrag auf Sperrzeitverkürzung')}.</p>
<h3>Tische und Stühle vor der Tür</h3>
<p>Außengastronomie auf Gehwegen ist eine Sondernutzung – {portal_link('sondernutzung', at, 'Erlaubnis online beantragen')}.</p>
<h2>Feste und Verlosungen</h2>
<p>Eine Tombola auf dem Vereinsfest ist erlaubnispflichtig, sobald Lose verkauft werden. Bitte reichen Sie den
{doc_link('lotterie', at, 'Antrag für Lotterie oder Tombola')} vier Wochen vorher ein.</p>
<h2>Steuern</h2>
<p>Die Gewerbesteuer setzt das Steueramt der Samtgemeinde fest, sobald der Messbescheid des Finanzamtes vorliegt.
Im ersten Jahr sind meist Vorauszahlungen fällig.</p>
<p>Beratung zur Gründung bieten die IHK und die Wirtschaftsförderung im Rathaus (Telefon 81-105).</p>""",
           LL, itemid=136)


def online_page() -> None:
    at = U("/online-dienste.html")

    def tile(key: str, heading: str, text: str, link_text: str) -> str:
        return (f'<div class="tile"><h3>{esc(heading)}</h3><p>{esc(text)}</p>'
                f'<p>{portal_link(key, at, link_text, cls="btn")}</p></div>')

    tiles = "\n".join([
        tile("meldebescheinigung", "Meldebescheinigung", "Nachweis Ihrer Anschrift, sofort als PDF im Postfach.", "Starten"),
        tile("hundesteuer", "Hundesteuer", "Hund anmelden oder abmelden.", "Starten"),
        tile("briefwahl", "Briefwahl", "Wahlschein für die nächste Wahl anfordern.", "Wahlschein beantragen"),
        tile("auskunftssperre", "Melderegister: Sperren", "Weitergabe Ihrer Daten widersprechen.", "Starten"),
        tile("fundsachen", "Fundbüro", "Verlorenen Gegenstand melden.", "Verlust melden"),
        tile("osterfeuer", "Osterfeuer anmelden", "Brauchtumsfeuer rechtzeitig anzeigen.", "Starten"),
        tile("sondernutzung", "Sondernutzung", "Gerüst, Container, Aufgrabung, Halteverbot.", "Starten"),
        tile("kita", "Kita-Anmeldung", "Krippen- oder Kindergartenplatz anmelden.", "Kind anmelden"),
        tile("geburtsurkunde", "Geburtsurkunde", "Urkunde aus dem Geburtenregister bestellen.", "Bestellen"),
        tile("ausnahmegenehmigung", "Ausnahmegenehmigung Straßenverkehr", "Ausnahmen von Verkehrsverboten.", "Starten"),
    ])
    layout("/online-dienste.html", "Online-Dienste", f"""<p>Viele Anliegen erledigen Sie ohne Wartezeit von zu Hause aus.
Die Dienste der Samtgemeinde laufen über das Serviceportal <em>Rathausdirekt</em>. Zur Anmeldung nutzen Sie das
Nutzerkonto Bund (BundID) – mit Online-Ausweis, ELSTER-Zertifikat oder Benutzername und Passwort.</p>
<h2>Dienste der Samtgemeinde</h2>
<div class="tiles">
{tiles}
</div>
<p><a href="http://{RD}/">Alle Online-Dienste im Serviceportal Rathausdirekt</a></p>
<h2>Angebote des Landes und anderer Stellen</h2>
<div class="tiles">
<div class="tile"><h3>Gewerbeanzeige</h3><p>Gewerbe an-, um- und abmelden über das Land Niedersachsen.</p>
<p>{portal_link('gewerbe', at, 'Zum Gewerbe-Service', cls='btn')}</p></div>
<div class="tile"><h3>Fischereischein</h3><p>Erteilung und Verlängerung, mit Foto-Upload.</p>
<p>{portal_link('fischereischein', at, 'Antrag öffnen', cls='btn')}</p></div>
</div>
<h2>Termin statt Wartezeit</h2>
<p>Für Ausweis, Pass und Meldeangelegenheiten ist weiterhin ein Besuch nötig. Buchen Sie Ihren Termin über die
<a href="http://{TERM}/">Online-Terminvereinbarung für das Bürgerbüro</a>.</p>
<p>Papiervordrucke finden Sie unter <a href="{U(DOWNLOADS, 128)}">Formulare &amp; Downloads</a>.</p>""",
           itemid=140, view="category")


def archive_pages() -> None:
    at = U(FRIEDHOF)
    info(at, "bestattung")
    latin1_page(FRIEDHOF, "Friedhofsverwaltung", f"""Die Samtgemeinde Oberaue unterhält die Friedhöfe in Auenrode,
Birkhusen, Moorwede und Tannlohe. Die Friedhofsverwaltung befindet sich im Rathaus, Zimmer 33 (Frau Kück, Telefon
04299 81-340).<br><br>
<b>Grabarten</b><br>
Wahlgräber (Nutzungsrecht 30 Jahre, verlängerbar), Reihengräber, Urnenwahlgräber, Rasengräber ohne Grabpflege und
Urnengemeinschaftsfelder unter Bäumen (Tannlohe).<br><br>
<b>Erwerb und Verlängerung von Nutzungsrechten</b><br>
Das Nutzungsrecht an einer Grabstätte wird im Todesfall meist über das Bestattungsunternehmen beantragt. Sie können
ein Wahlgrab auch zu Lebzeiten erwerben oder ein auslaufendes Recht verlängern. Bitte benutzen Sie dafür den
{doc_link('grabstaette', at, 'Antrag auf Nutzungsrecht an einer Grabstätte')}.<br><br>
<b>Grabmale</b><br>
Für das Aufstellen eines Grabmals ist eine Genehmigung erforderlich; den Antrag stellt in der Regel der Steinmetz.<br><br>
<b>Gebühren</b><br>
Die Gebühren richten sich nach der {doc_link('friedhofssatzung', at, 'Friedhofssatzung')} und der
Friedhofsgebührensatzung.<br><br>
<a href="{U('/lebenslagen/todesfall.html')}">Zur Lebenslage Todesfall</a>""")

    latin1_page(FW_KOSTEN, "Kostenersatz für Feuerwehreinsätze", f"""Nach dem Niedersächsischen Brandschutzgesetz kann
die Samtgemeinde für bestimmte Einsätze ihrer Feuerwehren Kostenersatz verlangen, zum Beispiel:<br>
<ul><li>Beseitigung von Ölspuren nach Verkehrsunfällen (vom Verursacher)</li>
<li>wiederholte Fehlalarme durch Brandmeldeanlagen</li>
<li>Türöffnungen und Tierrettungen ohne akute Gefahr</li>
<li>Sicherheitswachen bei Veranstaltungen</li></ul>
Die Höhe ergibt sich aus der Satzung über Gebühren und Auslagen für Leistungen der Feuerwehr. Die Abrechnung erfolgt
nach dem Einsatz durch den Fachbereich 2. Stundensatz Löschfahrzeug: 180 Euro, Einsatzkraft: 32 Euro je Stunde.<br><br>
<a href="{U(FW)}">Zurück zur Seite Freiwillige Feuerwehren</a>""")

    latin1_page("/archiv/index.htm", "Archiv", f"""Ältere Inhalte aus unserem bisherigen Internetangebot:<br>
<ul><li><a href="{U(FRIEDHOF)}">Friedhofsverwaltung</a></li>
<li><a href="{U(FW_KOSTEN)}">Kostenersatz für Feuerwehreinsätze</a></li>
<li><a href="{U('/buergerservice')}">Bürgerservice</a> (jetzt: Bürgerbüro)</li></ul>""")


GEMEINDEN = [
    # slug, name, Bürgermeister, Ortsteile, DGH text, news title, news body
    ("auenrode", "Auenrode", "Heinrich Lütjens", "Auenrode, Mühlenfeld, Oberholz",
     "Das Dorfgemeinschaftshaus „Alte Schule“ am Kirchweg bietet einen Saal für 90 Personen, eine Küche mit Geschirr "
     "für 100 Gäste und einen kleinen Gruppenraum. Vermietet wird an Vereine und für private Feiern wie Geburtstage "
     "oder Konfirmationen.", "Spielplatz am Mühlenteich erneuert",
     "Nach drei Monaten Bauzeit ist der Spielplatz am Mühlenteich wieder geöffnet. Die Gemeinde hat eine neue "
     "Kletterkombination, eine Nestschaukel und einen Wasserspielbereich für rund 48.000 Euro angeschafft. "
     "Bürgermeister Lütjens dankte den Eltern, die beim Verteilen des Fallschutzsandes geholfen haben."),
    ("birkhusen", "Birkhusen", "Maren Dohrmann", "Birkhusen, Hasselbrock, Lütjenmoor",
     "Das Dorfgemeinschaftshaus Birkhusen liegt direkt am Sportplatz. Der große Saal fasst 150 Personen, die Bühne "
     "wird gern für Theater und Musik genutzt. Für Feiern mit Übernachtung ist das Haus nicht zugelassen.",
     "Frisch renoviert: Dorfgemeinschaftshaus öffnet wieder",
     "Neuer Fußboden, LED-Licht und eine barrierefreie Toilette: Nach der Renovierung lädt die Gemeinde Birkhusen "
     "am 14. Juni zum Tag der offenen Tür ins Dorfgemeinschaftshaus ein. Für Kaffee und Kuchen sorgen die "
     "Landfrauen."),
    ("moorwede", "Moorwede", "Jens-Peter Kahle", "Moorwede, Kleinmoor, Wedehorn",
     "Im Dorfgemeinschaftshaus Moorwede stehen ein Saal für 70 Personen und ein Clubraum für 20 Personen zur "
     "Verfügung. Der Clubraum wird montags bis mittwochs von den örtlichen Vereinen genutzt.",
     "Hundert neue Bäume für Moorwede",
     "Bei der Pflanzaktion des Heimatvereins wurden am Samstag entlang des Wedehorner Weges hundert junge Eichen, "
     "Linden und Wildobstbäume gesetzt. Die Gemeinde Moorwede hat die Pflanzen bezahlt, die Kinder der "
     "Grundschule haben Namensschilder gebastelt."),
    ("tannlohe", "Tannlohe", "Silke Ahrens", "Tannlohe, Heidhof",
     "Das Dorfgemeinschaftshaus im ehemaligen Bahnhof Tannlohe bietet einen Raum für 50 Personen mit Teeküche und "
     "Terrasse. Es eignet sich für Seminare, Versammlungen und kleinere Feiern.",
     "Ehrung langjähriger Ratsmitglieder",
     "In der Ratssitzung am 3. April hat Bürgermeisterin Ahrens zwei Ratsmitglieder für 25 Jahre Tätigkeit im "
     "Gemeinderat Tannlohe geehrt. Beide erhielten die Ehrennadel des Niedersächsischen Städte- und Gemeindebundes."),
]


def gemeinden_pages() -> None:
    cards = []
    for slug, name, bgm, ortsteile, dgh, news_title, news_body in GEMEINDEN:
        base = f"/mitgliedsgemeinden/{slug}"
        crumbs = [("Mitgliedsgemeinden", "/mitgliedsgemeinden.html")]
        layout(f"{base}.html", f"Gemeinde {name}", f"""<p>Ortsteile: {esc(ortsteile)}</p>
<h2>Bürgermeister/in</h2>
<p>Ehrenamtliche/r Bürgermeister/in der Gemeinde {name} ist <strong>{esc(bgm)}</strong>. Sprechstunde nach Vereinbarung
im Dorfgemeinschaftshaus; Kontakt über das Rathaus, Telefon 04299 81-101.</p>
<h2>Gemeinderat</h2>
<p>Der Rat der Gemeinde {name} tagt etwa viermal im Jahr. Die Termine stehen im
<a href="{U(SITZ)}">Sitzungskalender</a>.</p>
<h2>Einrichtungen</h2>
<ul><li><a href="{U(base + '/dorfgemeinschaftshaus.html')}">Dorfgemeinschaftshaus</a></li>
<li>Friedhof {name}</li><li>Ortsfeuerwehr {name}</li></ul>
<h2>Aus der Gemeinde</h2>
<p><a href="{U(base + '/aktuelles.html')}">Gemeinde {name}: {esc(news_title)}</a></p>""", crumbs, itemid=170)
        layout(f"{base}/dorfgemeinschaftshaus.html", f"Dorfgemeinschaftshaus {name}", f"""<p>{esc(dgh)}</p>
<h2>Mieten</h2>
<p>Ob das Haus an Ihrem Wunschtermin frei ist, erfahren Sie bei der Hausverwaltung der Gemeinde
(Telefon 04299 81-350). Die Reservierung wird durch einen schriftlichen Mietvertrag verbindlich, den Sie bei der
Schlüsselübergabe unterschreiben. Eine Kaution von 150 Euro ist in bar zu hinterlegen.</p>
<table><tbody><tr><td>Ortsansässige, je Tag</td><td>120 Euro</td></tr><tr><td>Auswärtige, je Tag</td><td>190 Euro</td></tr>
<tr><td>örtliche Vereine</td><td>frei, Nebenkosten 25 Euro</td></tr></tbody></table>""",
               crumbs + [(f"Gemeinde {name}", f"{base}.html")], itemid=170)
        layout(f"{base}/aktuelles.html", f"Gemeinde {name}: {news_title}", f"<p>{esc(news_body)}</p>",
               crumbs + [(f"Gemeinde {name}", f"{base}.html")], itemid=170)
        cards.append(f'<div class="tile"><h2><a href="{U(base + ".html")}">Gemeinde {name}</a></h2>'
                     f'<p>Ortsteile: {esc(ortsteile)}<br>Bürgermeister/in: {esc(bgm)}</p></div>')
    layout("/mitgliedsgemeinden.html", "Mitgliedsgemeinden", f"""<p>Die Samtgemeinde Oberaue wurde 1974 aus vier
selbstständigen Gemeinden gebildet. Jede Mitgliedsgemeinde hat einen eigenen Rat und eine ehrenamtliche
Bürgermeisterin oder einen ehrenamtlichen Bürgermeister.</p>
<div class="tiles">{''.join(cards)}</div>""", itemid=170, view="category")


def tourismus_pages() -> None:
    crumbs = [("Tourismus", "/tourismus.html")]
    pages = [
        ("radwandern", "Radwandern an der Aue", f"""<p>Drei ausgeschilderte Rundtouren zwischen 18 und 46 Kilometern
führen durch Moor, Wiesen und lichte Kiefernwälder. Fast alle Wege sind asphaltiert oder gut befestigt.</p>
<ul><li>Mühlenroute (24 km): Auenrode – Wassermühle Moorwede – Kleinmoor</li>
<li>Moorroute (18 km): mit Aussichtsturm am Großen Moor</li>
<li>Geestroute (46 km): über Tannlohe und Heidhof bis an den Rand der Geest</li></ul>
<p>Alle Touren im {doc_link('flyer', U('/tourismus/radwandern.html'), 'Flyer zum Herunterladen')}.</p>"""),
        ("paddeln", "Paddeln auf der Aue", """<p>Zwischen Birkhusen und Moorwede ist die Aue von Mai bis September für
Kanus freigegeben. Boote verleiht der Kanuverein Birkhusen am Anleger Hasselbrock. Bitte bleiben Sie in den
Naturschutzabschnitten im Boot und halten Sie Abstand zu den Uferbereichen.</p>"""),
        ("sehenswuerdigkeiten", "Sehenswürdigkeiten", """<ul><li><strong>Wassermühle Moorwede</strong> –
funktionstüchtige Kornmühle von 1783, Mahlvorführungen am Mühlentag</li>
<li><strong>Heimatmuseum Auenrode</strong> – Alltag auf dem Land, geöffnet sonntags 14–17 Uhr</li>
<li><strong>Feldsteinkirche St. Johannis</strong>, Birkhusen – mit Schnitzaltar aus dem 15. Jahrhundert</li>
<li><strong>Aussichtsturm am Großen Moor</strong> – 18 Meter, freier Zugang</li></ul>"""),
        ("unterkuenfte", "Übernachten", """<p>In der Samtgemeinde gibt es zwei Landgasthöfe, mehrere
Ferienwohnungen und einen Wohnmobilstellplatz an der Wassermühle (8 Plätze, Strom und Wasser, 12 Euro je Nacht).</p>
<ul><li>Landgasthof Zur Aue, Birkhusen – 14 Zimmer</li><li>Hotel Heidhof, Tannlohe – 22 Zimmer</li>
<li>Ferienhof Lüdemann, Kleinmoor – 4 Ferienwohnungen</li></ul>"""),
        ("hoflaeden", "Hofläden und Einkehr", """<p>Spargel, Heidelbeeren, Käse und Honig aus der Region: Mehrere
Höfe verkaufen direkt. Eine Liste mit Öffnungszeiten erhalten Sie in der Touristinformation im Rathaus.</p>"""),
    ]
    items = []
    for slug, title, body in pages:
        path = f"/tourismus/{slug}.html"
        layout(path, title, body, crumbs, itemid=180)
        items.append(f'<li><a href="{U(path)}">{esc(title)}</a></li>')
    layout("/tourismus.html", "Tourismus", f"""<p>Weite Moore, stille Wasserläufe und Dörfer mit Backsteinhöfen:
Die Samtgemeinde Oberaue ist ein Ziel für alle, die draußen unterwegs sein möchten. Die Touristinformation im Rathaus
berät Sie gern (Telefon 04299 81-150).</p>
<ul>{''.join(items)}</ul>
<p>Was los ist, steht im <a href="{U('/veranstaltungen.html', 150)}">Veranstaltungskalender</a>.</p>""",
           itemid=180, view="category")


def veranstaltungen_pages() -> None:
    crumbs = [("Veranstaltungen", "/veranstaltungen.html")]
    osterfeuer = "/veranstaltungen/osterfeuer-birkhusen-2025.html"
    layout(osterfeuer, "Osterfeuer am Dorfgemeinschaftshaus Birkhusen", """<p>Samstag, 19. April 2025, ab 18 Uhr,
Festwiese am Dorfgemeinschaftshaus Birkhusen</p>
<p>Die Ortsfeuerwehr Birkhusen lädt wieder zum großen Osterfeuer ein. Für Bratwurst, Getränke und Stockbrot für die
Kinder ist gesorgt. Das Feuer wird gegen 19.30 Uhr entzündet. Der Erlös geht an die Jugendfeuerwehr.</p>
<p>Bitte beachten Sie: Die Annahme von Strauchschnitt endet bereits am Donnerstag vor Ostern.</p>""", crumbs, itemid=150)
    layout("/veranstaltungen.html", "Veranstaltungen", f"""<p>Eine Auswahl der nächsten Termine in der Samtgemeinde.
Vereine können ihre Veranstaltungen per E-Mail an presse@sg-oberaue.de melden.</p>
<table><thead><tr><th>Datum</th><th>Veranstaltung</th><th>Ort</th></tr></thead><tbody>
<tr><td>19.04.2025</td><td><a href="{U(osterfeuer)}">Osterfeuer am Dorfgemeinschaftshaus</a></td><td>Birkhusen</td></tr>
<tr><td>26.04.2025</td><td>Kinderflohmarkt</td><td>Grundschule am Mühlenbach, Auenrode</td></tr>
<tr><td>08.05.2025</td><td>Bauern- und Wochenmarkt, erstmals auf dem Kirchplatz</td><td>Auenrode</td></tr>
<tr><td>24.05.2025</td><td>Mühlentag mit Mahlvorführung</td><td>Wassermühle Moorwede</td></tr>
<tr><td>14.06.2025</td><td>Tag der offenen Tür im Dorfgemeinschaftshaus</td><td>Birkhusen</td></tr>
<tr><td>05.07.2025</td><td>Blutspende des DRK</td><td>Dorfgemeinschaftshaus Tannlohe</td></tr>
</tbody></table>
<p><a href="{U(CAL_TRAP)}">Zum Veranstaltungskalender (Monatsansicht)</a></p>""", itemid=150, view="category")


def misc_pages() -> None:
    layout("/kontakt.html", "Kontakt", f"""<p>Samtgemeinde Oberaue, Am Markt 3, 27399 Auenrode<br>Telefon 04299 81-0 ·
Fax 04299 81-199 · info@sg-oberaue.de</p>
<h2>Schreiben Sie uns</h2>
<form class="contact-form" action="{U('/kontakt.html')}" method="post">
<p><label for="c-name">Ihr Name *</label><br><input type="text" id="c-name" name="jform[contact_name]" required></p>
<p><label for="c-mail">E-Mail-Adresse *</label><br><input type="email" id="c-mail" name="jform[contact_email]" required></p>
<p><label for="c-subject">Betreff *</label><br><select id="c-subject" name="jform[contact_subject]">
<option>Allgemeine Anfrage</option><option>Lob und Kritik</option><option>Presse</option><option>Internetseite</option></select></p>
<p><label for="c-msg">Nachricht *</label><br><textarea id="c-msg" name="jform[contact_message]" rows="8" required></textarea></p>
<p><input type="checkbox" id="c-dsgvo" name="jform[consent]" required>
<label for="c-dsgvo">Ich bin mit der Verarbeitung meiner Angaben zur Beantwortung einverstanden.</label></p>
<p><button type="submit">Nachricht senden</button></p>
</form>
<p>Bitte senden Sie über dieses Formular keine Anträge; nutzen Sie dafür unsere
<a href="{U('/online-dienste.html', 140)}">Online-Dienste</a>.</p>""", itemid=190)
    layout("/newsletter.html", "Newsletter", f"""<p>Einmal im Monat: Neuigkeiten aus Rathaus und Mitgliedsgemeinden,
Termine und Baustellen direkt in Ihr Postfach.</p>
<form class="newsletter" action="{U('/newsletter.html')}" method="post">
<p><label for="nl-mail">E-Mail-Adresse</label> <input type="email" id="nl-mail" name="email" required></p>
<p><input type="checkbox" id="nl-ok" name="ok" required> <label for="nl-ok">Ich möchte den Newsletter erhalten und
kann ihn jederzeit abbestellen.</label></p>
<p><button type="submit">Abonnieren</button></p>
</form>""", itemid=191)
    layout("/suche.html", "Suche", """<p>Bitte geben Sie oben einen Suchbegriff ein. Die Suche durchsucht alle Seiten
und Meldungen dieses Internetauftritts.</p>""", itemid=192, in_sitemap=False)
    layout("/impressum.html", "Impressum", f"""<p>Herausgeberin: Samtgemeinde Oberaue, vertreten durch die
Samtgemeindebürgermeisterin Dr. Katrin Wehrmann, Am Markt 3, 27399 Auenrode. Die Samtgemeinde ist eine Körperschaft des
öffentlichen Rechts.</p>
<p>Redaktion: Pressestelle, Lars Behrens, Telefon 04299 81-105, presse@sg-oberaue.de</p>
<p>Umsatzsteuer-ID: DE 123 456 789</p>
<p>Umsetzung: Kommunale IT Geestmoor, auf Basis von Joomla!</p>
<p class="small">Für Redakteurinnen und Redakteure:
<a href="{U('/administrator/vorschau/hortbetreuung-online-anmeldung.html')}">Vorschau Online-Anmeldung Hortbetreuung</a></p>""",
           itemid=193)
    layout("/datenschutz.html", "Datenschutzerklärung", """<p>Wir verarbeiten personenbezogene Daten nur, soweit dies
für die Bereitstellung dieser Internetseite und unserer Dienste erforderlich ist. Beim Aufruf der Seiten speichert der
Server Datum, Uhrzeit, aufgerufene Seite und gekürzte IP-Adresse für sieben Tage.</p>
<p>Datenschutzbeauftragter: Datenschutzverbund Geestmoor, datenschutz@sg-oberaue.de</p>""", itemid=194)
    layout("/barrierefreiheit.html", "Erklärung zur Barrierefreiheit", """<p>Die Samtgemeinde Oberaue ist bemüht, ihre
Internetseite barrierefrei zugänglich zu machen. Einige ältere Seiten und PDF-Dokumente sind noch nicht vollständig
barrierefrei. Barrieren melden Sie bitte an presse@sg-oberaue.de.</p>""", itemid=195)

    # Leichte Sprache
    ls = [("Leichte Sprache", "/leichte-sprache.html")]
    at = U("/leichte-sprache/personalausweis.html")
    info(at, "ausweis")
    layout("/leichte-sprache/personalausweis.html", "Personalausweis – Leichte Sprache", f"""<div class="ls">
<p>Sie sind 16 Jahre alt oder älter?</p>
<p>Dann brauchen Sie einen Personalausweis.</p>
<p>Den Personalausweis bekommen Sie im Bürgerbüro.</p>
<p>Das Bürgerbüro ist im Rathaus in Auenrode.</p>
<p>Bringen Sie ein Foto mit. Das Foto muss neu sein.</p>
<p>Der Ausweis kostet Geld. Für Menschen ab 24 Jahren: 37 Euro.</p>
<p>Nach 3 bis 4 Wochen ist der Ausweis fertig. Dann holen Sie ihn ab.</p>
<p>Ihr Ausweis ist weg? Sagen Sie es sofort im Bürgerbüro.</p>
<p><a href="{U(AUSWEIS, 119)}">Diese Seite in Alltagssprache</a></p></div>""", ls)
    at = U("/leichte-sprache/briefwahl.html")
    info(at, "wahl")
    layout("/leichte-sprache/briefwahl.html", "Briefwahl – Leichte Sprache", f"""<div class="ls">
<p>Sie können am Wahltag nicht ins Wahllokal gehen?</p>
<p>Dann können Sie vorher wählen. Mit einem Brief.</p>
<p>Das heißt: Briefwahl.</p>
<p>Dafür brauchen Sie Unterlagen. Die Unterlagen bekommen Sie vom Rathaus.</p>
<p>Sie können die Unterlagen im Internet bestellen:
{portal_link('briefwahl', at, 'Briefwahl im Internet bestellen')}</p>
<p>Oder Sie füllen die Rückseite von Ihrer Wahlbenachrichtigung aus. Und schicken sie zum Rathaus.</p>
<p><a href="{U(WAHLEN)}">Diese Seite in Alltagssprache</a></p></div>""", ls)
    layout("/leichte-sprache.html", "Leichte Sprache", f"""<div class="ls">
<p>Hier finden Sie Informationen in Leichter Sprache.</p>
<ul><li><a href="{U('/leichte-sprache/personalausweis.html')}">Personalausweis</a></li>
<li><a href="{U('/leichte-sprache/briefwahl.html')}">Briefwahl</a></li></ul></div>""", itemid=196)

    # /administrator/: disallowed by robots.txt, linked once from the Impressum, never labelled
    admin = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow">
<title>Vorschau: Online-Anmeldung Hortbetreuung – Administration</title></head>
<body class="admin com_content">
<p class="alert">Entwurf – nicht veröffentlicht. Nur für die Redaktion sichtbar.</p>
<h1>Online-Anmeldung zur Hortbetreuung</h1>
<p>Melden Sie Ihr Grundschulkind für die Nachmittagsbetreuung im Hort an der Grundschule am Mühlenbach an.</p>
<form action="{U('/administrator/index.php')}" method="post">
<p><label for="h-kind">Name des Kindes</label> <input type="text" id="h-kind" name="kind"></p>
<p><label for="h-klasse">Klasse</label> <select id="h-klasse" name="klasse"><option>1</option><option>2</option>
<option>3</option><option>4</option></select></p>
<p><label for="h-tage">Betreuungstage</label> <input type="text" id="h-tage" name="tage"></p>
<p><label for="h-eltern">Erziehungsberechtigte</label> <input type="text" id="h-eltern" name="eltern"></p>
<p><button type="submit">Antrag absenden</button></p>
</form></body></html>
"""
    put(MAIN, "/administrator/vorschau/hortbetreuung-online-anmeldung.html", admin.encode("utf-8"))


def site_files() -> None:
    put(MAIN, "/templates/oberaue/css/template.css", CSS.encode("utf-8"))
    robots = "User-agent: *\n" + "".join(f"Disallow: {p}\n" for p in ROBOTS_DISALLOW)
    robots += f"\nSitemap: http://{MAIN}/sitemap.xml\n"
    put(MAIN, "/robots.txt", robots.encode("utf-8"))
    # HTML sitemap
    groups: dict[str, list[str]] = defaultdict(list)
    for path, title in SITEMAP:
        top = path.strip("/").split("/")[0].replace(".html", "") or "start"
        groups[top].append(f'<li><a href="{U(path)}">{esc(title)}</a></li>')
    body = "".join(f"<h2>{esc(top.capitalize())}</h2><ul>{''.join(items)}</ul>" for top, items in groups.items())
    layout("/sitemap.html", "Inhaltsübersicht", body, itemid=197, in_sitemap=False)
    # XML sitemap: menu items and articles, like a Joomla sitemap extension (news and minutes left out)
    urls = [U(path) for path, _ in SITEMAP if not path.startswith(("/aktuelles/", "/rathaus/politik/sitzungen/"))]
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
           + "".join(f"<url><loc>{esc(u)}</loc><lastmod>2025-06-02</lastmod></url>\n" for u in urls) + "</urlset>\n")
    put(MAIN, "/sitemap.xml", xml.encode("utf-8"))


# ----------------------------------------------------------------------------------------------------------
# Portal hosts
# ----------------------------------------------------------------------------------------------------------

def _field(label: str, name: str, kind: str, options: list[str] | None) -> str:
    fid = f"f-{name}"
    if kind == "select":
        opts = "".join(f"<option>{esc(o)}</option>" for o in options or [])
        return f'<div class="row"><label for="{fid}">{esc(label)}</label><select id="{fid}" name="{name}">{opts}</select></div>'
    if kind in ("radio", "checkbox"):
        boxes = "".join(
            f'<input type="{kind}" id="{fid}-{i}" name="{name}" value="{esc(o)}"> <label for="{fid}-{i}">{esc(o)}</label> '
            for i, o in enumerate(options or []))
        return f'<fieldset class="row"><legend>{esc(label)}</legend>{boxes}</fieldset>'
    if kind == "textarea":
        return f'<div class="row"><label for="{fid}">{esc(label)}</label><textarea id="{fid}" name="{name}" rows="4"></textarea></div>'
    return f'<div class="row"><label for="{fid}">{esc(label)}</label><input type="{kind}" id="{fid}" name="{name}"></div>'


def _online_form(service: Online, action: str) -> str:
    fields = "\n".join(_field(*f) for f in service.fields)
    return f"""<form class="antrag" method="post" action="{action}" enctype="multipart/form-data">
{fields}
<div class="row"><input type="checkbox" id="f-dsgvo" name="dsgvo" required>
<label for="f-dsgvo">Ich habe die Hinweise zum Datenschutz gelesen und bestätige die Richtigkeit meiner Angaben.</label></div>
<button type="submit" class="primary">{esc(service.submit)}</button>
</form>"""


def rathausdirekt() -> None:
    home = U("/", host=RD)

    def shell(path: str, title: str, body: str) -> None:
        page = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | Rathausdirekt – Samtgemeinde Oberaue</title></head>
<body class="rathausdirekt">
<header class="rd-header"><a class="rd-logo" href="{home}">rathaus<b>direkt</b></a>
<span class="rd-tenant">Samtgemeinde Oberaue</span>
<a class="rd-login" href="{U('/anmelden/', host=RD)}">Anmelden</a></header>
<main class="rd-main">
<nav class="rd-crumbs"><a href="{home}">Startseite</a> › {esc(title)}</nav>
<h1>{esc(title)}</h1>
{body}
</main>
<footer class="rd-footer"><a href="{U('/hilfe/', host=RD)}">Hilfe</a> · <a href="{U('/impressum/', host=RD)}">Impressum</a> ·
<a href="{U('/datenschutz/', host=RD)}">Datenschutz</a> · <a href="http://{MAIN}/">Zur Website der Samtgemeinde</a></footer>
</body></html>
"""
        put(RD, path, page.encode("utf-8"))

    items = []
    for key, service in ONLINE.items():
        if service.host != RD:
            continue
        slug = service.path.rstrip("/").rsplit("/", 1)[1]
        if service.mode == "off":
            body = f"""<div class="rd-alert warning"><p><strong>Dieser Online-Dienst ist vorübergehend deaktiviert.</strong></p>
<p>Wegen einer technischen Umstellung ist der Antrag derzeit nicht verfügbar. Bitte verwenden Sie bis auf Weiteres
den Papiervordruck der Samtgemeinde oder wenden Sie sich an die Straßenverkehrsbehörde, Telefon 04299 81-211.</p></div>
<p><a href="http://{MAIN}/rathaus/formulare-downloads.html">Zu den Formularen der Samtgemeinde</a></p>"""
        else:
            note = f'<div class="rd-alert info"><p>{esc(service.note)}</p></div>' if service.note else ""
            body = f"""<p class="rd-intro">{esc(service.intro)}</p>
{note}
<ol class="rd-steps"><li class="active">Angaben</li><li>Nachweise</li><li>Prüfen &amp; absenden</li></ol>
<p class="rd-hint">Das Ausfüllen dauert etwa fünf Minuten. Ihre Eingaben können Sie vor dem Absenden prüfen.</p>
{_online_form(service, U(f'/oberaue/antrag/{slug}/senden', host=RD))}"""
        shell(service.path, service.title, body)
        badge = " <em>(derzeit nicht verfügbar)</em>" if service.mode == "off" else ""
        items.append(f'<li><a href="{service.url}">{esc(service.title)}</a>{badge}</li>')
    shell("/", "Online-Dienste der Samtgemeinde Oberaue", f"""<p>Willkommen im Serviceportal. Hier stellen Sie Anträge an
die Samtgemeinde Oberaue rund um die Uhr.</p>
<h2>Leistungen</h2><ul class="rd-list">{''.join(items)}</ul>
<h2>Anmelden</h2>
<form class="rd-loginform" method="post" action="{U('/anmelden/', host=RD)}">
<label for="l-user">Benutzername</label> <input type="text" id="l-user" name="user">
<label for="l-pass">Passwort</label> <input type="password" id="l-pass" name="pass">
<button type="submit">Anmelden</button></form>
<p>Oder <a href="{U('/anmelden/', host=RD)}">mit der BundID anmelden</a>.</p>""")
    shell("/anmelden/", "Anmelden", f"""<p>Melden Sie sich mit Ihrem Nutzerkonto an, um Anträge zu stellen und Bescheide
in Ihrem Postfach abzurufen.</p>
<form method="post" action="{U('/anmelden/', host=RD)}"><label for="a-user">Benutzername</label>
<input type="text" id="a-user" name="user"> <label for="a-pw">Passwort</label> <input type="password" id="a-pw" name="pw">
<button type="submit">Anmelden</button></form>""")
    shell("/hilfe/", "Hilfe", """<p>Für die Anmeldung benötigen Sie ein Nutzerkonto (BundID). Bei Fragen zu einzelnen
Anträgen hilft Ihnen die Samtgemeinde Oberaue unter 04299 81-0, bei technischen Problemen der Support von
Rathausdirekt.</p>""")
    shell("/impressum/", "Impressum", """<p>Betrieben im Auftrag der Samtgemeinde Oberaue durch die Kommunale IT Geestmoor.</p>""")
    shell("/datenschutz/", "Datenschutz", """<p>Ihre Angaben werden ausschließlich zur Bearbeitung Ihres Antrags an die
zuständige Stelle übermittelt.</p>""")


def other_portals() -> None:
    # EfA Gewerbe-Service Niedersachsen
    gew = ONLINE["gewerbe"]
    shell_efa = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{title} – Gewerbe-Service Niedersachsen</title></head>
<body class="efa"><header><a href="http://{host}/">Gewerbe-Service Niedersachsen</a> <span>Ein Online-Dienst des Landes</span></header>
<main><h1>{title}</h1>{body}</main>
<footer>Niedersächsisches Ministerium für Inneres und Sport · Impressum · Datenschutz</footer></body></html>
"""
    put(EFA, gew.path, shell_efa.format(host=EFA, title=esc(gew.title), body=f"""<p>{esc(gew.intro)}</p>
<p>Sie benötigen ein Nutzerkonto (BundID oder ELSTER-Unternehmenskonto). Die Gebühr zahlen Sie am Ende online.</p>
{_online_form(gew, U('/gewerbe/anzeige/absenden', host=EFA))}""").encode("utf-8"))
    put(EFA, "/", shell_efa.format(host=EFA, title="Willkommen", body=f"""<p>Gewerbeanzeigen für alle Kommunen in
Niedersachsen, die am Verfahren teilnehmen.</p><p><a href="{gew.url}">Gewerbeanzeige starten</a></p>""").encode("utf-8"))

    # Form-Solutions form server
    fis = ONLINE["fischereischein"]
    shell_fs = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{title} – Formularserver</title></head>
<body class="fs"><div class="fs-head">Form-Solutions · {tenant}</div>
<div class="fs-content"><h1>{title}</h1>{body}</div>
<div class="fs-foot">Formularserver · <a href="http://{host}/">Startseite</a></div></body></html>
"""
    put(FS, fis.path, shell_fs.format(host=FS, tenant="Samtgemeinde Oberaue", title=esc(fis.title), body=f"""
<p>{esc(fis.intro)}</p>
{_online_form(fis, U('/FS/Oberaue/submit', host=FS))}""").encode("utf-8"))
    put(FS, "/", shell_fs.format(host=FS, tenant="Formularserver", title="Formularserver",
                                 body="<p>Bitte rufen Sie Formulare über die Internetseite Ihrer Kommune auf.</p>").encode("utf-8"))

    # appointment booking (never evidence)
    booking = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Terminvereinbarung – Bürgerbüro Samtgemeinde Oberaue</title></head>
<body><h1>Termin im Bürgerbüro buchen</h1>
<p>Wählen Sie Ihr Anliegen und einen freien Zeitpunkt. Sie erhalten eine Bestätigung per E-Mail.</p>
<form method="post" action="http://{TERM}/buchen">
<p><label for="t-anliegen">Anliegen</label> <select id="t-anliegen" name="anliegen">
<option>Personalausweis beantragen</option><option>Reisepass beantragen</option><option>Ausweis oder Pass abholen</option>
<option>Wohnsitz anmelden / ummelden</option><option>Führerschein: Antrag zur Weiterleitung an den Landkreis</option>
<option>Führungszeugnis</option><option>Beglaubigung</option><option>Eheschließung anmelden (Standesamt)</option></select></p>
<p><label for="t-anzahl">Anzahl Personen</label> <input type="number" id="t-anzahl" name="anzahl" value="1"></p>
<p><label for="t-datum">Wunschtag</label> <input type="date" id="t-datum" name="datum"></p>
<p><label for="t-mail">E-Mail</label> <input type="email" id="t-mail" name="email"></p>
<p><button type="submit">Termin reservieren</button></p></form>
<p><a href="http://{MAIN}/">Zurück zur Samtgemeinde Oberaue</a></p>
</body></html>
"""
    put(TERM, "/", booking.encode("utf-8"))


def build_pages() -> None:
    home()
    news_pages()
    rathaus_pages()
    politik_pages()
    downloads_page()
    lebenslagen_pages()
    online_page()
    archive_pages()
    gemeinden_pages()
    tourismus_pages()
    veranstaltungen_pages()
    misc_pages()
    rathausdirekt()
    other_portals()
    site_files()




# ----------------------------------------------------------------------------------------------------------
# Output and checks
# ----------------------------------------------------------------------------------------------------------

def load_catalog() -> dict[str, str]:
    with CATALOG.open(encoding="utf-8") as fh:
        return {row["ozg_id"]: row["name"] for row in csv.DictReader(fh)}


NOT_SERVICES = [
    ("10144", "Wahlhelfer gesucht: only a news item (Aktuelles); no service page or form on the site"),
    ("10134", "Ehrenamtskarte: only a news item, which refers to the Landkreis"),
    ("10522", "Bodenrichtwerte: only a news item about the Gutachterausschuss"),
    ("10350", "Wochenmarkt / Bauernmarkt: only a news item and an entry in the events list"),
    ("10092", "Wohngeld: news item and referral sentences only; handled by the Landkreis"),
    ("10025", "Ehefähigkeitszeugnis: mentioned only in the job advert for a Standesbeamtin/Standesbeamter"),
    ("10528", "Bebauungsplan Nr. 12 / Flächennutzungsplan: only in council minutes and the Bekanntmachungen list"),
    ("10169", "Führerschein: only in the appointment-booking select list and a Landkreis referral"),
    ("10439", "Kfz-Zulassung: only a referral to the Landkreis"),
    ("10000", "Elterngeld: only a referral to the Landkreis"),
    ("10083", "Wohnberechtigungsschein: only a referral to the Landkreis"),
    ("10110", "Abfallentsorgung: Landkreis task; site only has the Abfallkalender PDF (not a form) and a referral"),
    ("10040", "Hortbetreuung: only an online form under /administrator/, which robots.txt disallows"),
    ("10024", "Dorfgemeinschaftshaus rental (Mitgliedsgemeinden): room hire is not an OZG-Leistung"),
    ("10246", "Kostenersatz für Feuerwehreinsätze: a municipal fee matter, not Notfallrettung (no OZG-Leistung fits)"),
    ("10136", "Kontaktformular: a general contact form is not a Mängelmelder"),
]


def build_labels(catalog: dict[str, str]) -> dict:
    services = []
    for ozg, entries in sorted(EVID.items()):
        top = max(level for level, _, _ in entries)
        chosen = [(url, why) for level, url, why in entries if level == top]
        urls = list(dict.fromkeys(url for url, _ in chosen))
        whys = list(dict.fromkeys(why for _, why in chosen))
        services.append({"ozg_id": ozg, "maturity": top, "name": catalog[ozg],
                         "why": f"Level {top}: " + "; ".join(whys), "evidence": urls})
    not_services = [{"ozg_id": ozg, "name": catalog[ozg], "why": why} for ozg, why in NOT_SERVICES]
    return {
        "municipality": {"name": "Samtgemeinde Oberaue", "type": "samtgemeinde", "ars": "", "ags": "",
                         "landkreis": "Landkreis Geestmoor (fictional)"},
        "start_url": f"http://{MAIN}/",
        "services": services,
        "not_services": not_services,
        "deliberate_404": sorted(ALLOWED_404),
    }


def write_all(labels: dict) -> None:
    for host in OWNED:
        target = OUT / host
        if target.exists():
            shutil.rmtree(target)
    for host, files in FILES.items():
        assert host in OWNED, host
        for rel, data in files.items():
            path = OUT / host / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    (OUT / MAIN / "_labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    site = {"charset": {LATIN1_GLOB: "iso-8859-1"}, "calendar_trap": CAL_TRAP, "redirects": REDIRECTS}
    (OUT / MAIN / "_site.json").write_text(json.dumps(site, indent=2) + "\n", encoding="utf-8")


HREF = re.compile(r"""(?:href|src|action)=["']([^"'#]+)""", re.IGNORECASE)


def _resolve(host: str, path: str) -> bool:
    files = FILES.get(host, {})
    rel = path.lstrip("/")
    if rel == "" or rel.endswith("/"):
        return (rel + "index.html") in files
    return rel in files or (rel + "/index.html") in files


def _disallowed(host: str, path: str) -> bool:
    return host == MAIN and any(path.startswith(p) for p in ROBOTS_DISALLOW)


def _decode(host: str, rel: str, data: bytes) -> str:
    if host == MAIN and fnmatch(rel, LATIN1_GLOB):
        return data.decode("iso-8859-1")
    return data.decode("utf-8")


def check(labels: dict, catalog: dict[str, str]) -> list[str]:
    problems: list[str] = []
    external: set[str] = set()
    # links and page sizes
    for host, files in FILES.items():
        for rel, data in files.items():
            if not rel.endswith((".html", ".htm")):
                continue
            if len(data) >= 30_000:
                problems.append(f"page too large: {host}/{rel} {len(data)}")
            text = _decode(host, rel, data)
            for ref in HREF.findall(text):
                if ref.startswith(("mailto:", "tel:", "javascript:")):
                    continue
                if not ref.startswith("http://"):
                    if ref.startswith("https://"):
                        problems.append(f"https link in {host}/{rel}: {ref}")
                    else:
                        problems.append(f"relative link in {host}/{rel}: {ref}")
                    continue
                parts = urlsplit(ref)
                tgt_host, tgt_path = parts.netloc, parts.path or "/"
                if tgt_host not in OWNED:
                    external.add(tgt_host)
                    continue
                if tgt_host == MAIN and (tgt_path in REDIRECTS or tgt_path.startswith(CAL_TRAP)):
                    continue
                if _resolve(tgt_host, tgt_path):
                    continue
                if ref.split("?")[0] in ALLOWED_404 or ref in ALLOWED_404:
                    continue
                if re.search(r'<form[^>]+action="' + re.escape(ref), text):
                    continue   # form targets (POST/GET endpoints) need no file
                problems.append(f"broken link in {host}/{rel}: {ref}")
    # latin-1 pages really are latin-1 and not valid utf-8 multibyte
    latin = [rel for rel in FILES[MAIN] if fnmatch(rel, LATIN1_GLOB)]
    if not latin:
        problems.append("no ISO-8859-1 page")
    for rel in latin:
        data = FILES[MAIN][rel]
        try:
            data.decode("utf-8")
            if any(b > 127 for b in data):
                problems.append(f"{rel} decodes as UTF-8")
        except UnicodeDecodeError:
            pass
        if b"iso-8859-1" not in data.lower():
            problems.append(f"{rel} lacks charset meta")
    # reachability of evidence from the start page (robots obeyed, trap skipped, no forms submitted)
    seen: set[tuple[str, str]] = set()
    queue = deque([(MAIN, "/")])
    while queue:
        host, path = queue.popleft()
        if (host, path) in seen:
            continue
        seen.add((host, path))
        rel = path.lstrip("/")
        rel = rel + "index.html" if rel == "" or rel.endswith("/") else rel
        if rel not in FILES[host] and (rel + "/index.html") in FILES[host]:
            rel += "/index.html"
        data = FILES[host].get(rel)
        if data is None or not rel.endswith((".html", ".htm")):
            continue
        text = _decode(host, rel, data)
        text = re.sub(r"<form.*?</form>", "", text, flags=re.S)
        for ref in HREF.findall(text):
            parts = urlsplit(ref)
            if parts.scheme != "http" or parts.netloc not in OWNED:
                continue
            tpath = parts.path or "/"
            if parts.netloc == MAIN:
                if tpath in REDIRECTS:
                    target = urlsplit(REDIRECTS[tpath])
                    tpath = target.path
                if tpath.startswith(CAL_TRAP) or _disallowed(MAIN, tpath):
                    continue
            queue.append((parts.netloc, tpath))
    for svc in labels["services"]:
        if svc["ozg_id"] not in catalog:
            problems.append(f"unknown OZG-ID {svc['ozg_id']}")
        for url in svc["evidence"]:
            parts = urlsplit(url)
            if (parts.netloc, parts.path or "/") not in seen:
                problems.append(f"evidence not reachable: {url}")
    for entry in labels["not_services"]:
        if entry["ozg_id"] not in catalog:
            problems.append(f"unknown OZG-ID in not_services {entry['ozg_id']}")
        if any(s["ozg_id"] == entry["ozg_id"] for s in labels["services"]):
            problems.append(f"{entry['ozg_id']} is both a service and a not_service")
    # portal pages: the level-3/4 targets exist and carry a form; the deactivated one has none
    for key, service in ONLINE.items():
        rel = service.path.lstrip("/")
        rel = rel + "index.html" if rel.endswith("/") else rel
        page = FILES[service.host].get(rel, b"").decode("utf-8")
        has_form = "<form" in page and 'type="submit"' in page
        if service.mode == "off" and has_form:
            problems.append(f"deactivated service {key} has a form")
        if service.mode != "off" and not has_form:
            problems.append(f"online service {key} has no form")
    print(f"external hosts linked (not served): {sorted(external)}")
    print(f"pages reachable from start (robots obeyed): {sum(1 for h, p in seen)}")
    return problems


def main() -> int:
    catalog = load_catalog()
    build_docs()
    build_pages()
    labels = build_labels(catalog)
    write_all(labels)
    problems = check(labels, catalog)
    n_pages = {h: sum(1 for rel in files if rel.endswith((".html", ".htm"))) for h, files in FILES.items()}
    n_docs = sum(1 for rel in FILES[MAIN] if rel.startswith("images/dokumente/"))
    by_level: dict[int, int] = defaultdict(int)
    for svc in labels["services"]:
        by_level[svc["maturity"]] += 1
    print(f"pages per host: {n_pages}  (total {sum(n_pages.values())}), documents: {n_docs}")
    print(f"services: {len(labels['services'])}  by level: {dict(sorted(by_level.items()))}")
    print(f"not_services: {len(labels['not_services'])}  deliberate 404: {sorted(ALLOWED_404)}")
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
