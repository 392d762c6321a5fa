"""Blind holdout site: www.stadt-falkenbruch.de (fictitious town in Lower Saxony) and the hosts it owns.

Run from the repository root:  .venv/bin/python tests/sites/holdout/_build/stadt_falkenbruch.py

Stdlib only. Deletes and rewrites only the host folders listed in OWNED_HOSTS below (inside tests/sites/holdout/),
writes `_labels.json` for the town, then checks links, label evidence, encodings and page sizes.
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
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit


HERE = Path(__file__).resolve().parent
OUT = HERE.parent  # tests/sites/holdout
REPO = OUT.parent.parent.parent  # the repository root

TOWN = "www.stadt-falkenbruch.de"
RD = "falkenbruch.rathausdirekt.de"  # known platform (data/platforms.toml: *.rathausdirekt.de)
DW = "service.digitalwerk-nord.de"  # unknown vendor host
TERMIN = "termine.stadt-falkenbruch.de"  # appointment booking (never evidence)
RIS = "buergerinfo.stadt-falkenbruch.de"  # council information system
LK = "www.landkreis-wendmoor.de"  # the (fictitious) district: referrals only
OWNED_HOSTS = [TOWN, RD, DW, TERMIN, RIS, LK]

CALENDAR_TRAP = "/veranstaltungen/kalender"
ISO_PATTERN = "alt/*.htm"

# Links that are meant to be dead (404): the tool must not count them as evidence.
ALLOWED_404 = {
    f"http://{RD}/leistung/baumfaellgenehmigung/",  # online link for Baumfällung: portal path does not exist
    f"http://{TOWN}/fileadmin/user_upload/formulare/antrag_wohnberechtigungsschein.pdf",  # dead PDF
}


# --------------------------------------------------------------------------------------------------------------
# output
# --------------------------------------------------------------------------------------------------------------


class Writer:
    """Collects files per host; path '/a/b/' -> a/b/index.html, '/a/b.html' -> a/b.html."""

    def __init__(self) -> None:
        self.files: dict[tuple[str, str], bytes] = {}

    @staticmethod
    def rel(path: str) -> str:
        path = path.split("?")[0].split("#")[0]
        rel = path.lstrip("/")
        if rel == "" or rel.endswith("/"):
            rel += "index.html"
        return rel

    def add(self, host: str, path: str, data: str | bytes, encoding: str = "utf-8") -> None:
        key = (host, self.rel(path))
        if key in self.files:
            raise AssertionError(f"written twice: {host}{path}")
        self.files[key] = data.encode(encoding) if isinstance(data, str) else data

    def flush(self) -> None:
        for host in OWNED_HOSTS:
            target = OUT / host
            if target.exists():
                shutil.rmtree(target)
        for (host, rel), data in sorted(self.files.items()):
            file = OUT / host / rel
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_bytes(data)


# --------------------------------------------------------------------------------------------------------------
# documents
# --------------------------------------------------------------------------------------------------------------


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small but valid one-page PDF (Helvetica, WinAnsi) with a title and some form-like lines."""

    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 15 Tf", "50 790 Td", f"({esc(title)}) Tj", "/F1 10 Tf"]
    for line in lines:
        ops += ["0 -20 Td", f"({esc(line)}) Tj"]
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title (" + esc(title).encode("cp1252") + b") /Producer (Falkenbruch Formularwesen) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def make_docx(title: str, lines: list[str]) -> bytes:
    """A minimal WordprocessingML document."""
    paras = "".join(
        f"<w:p><w:r><w:t xml:space=\"preserve\">{html.escape(line)}</w:t></w:r></w:p>" for line in [title, *lines]
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{paras}</w:body></w:document>"
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in (("[Content_Types].xml", content_types), ("_rels/.rels", rels),
                           ("word/document.xml", document)):
            info = zipfile.ZipInfo(name, date_time=(2023, 5, 4, 9, 0, 0))
            archive.writestr(info, text)
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------------------------------------------


def load_catalog() -> dict[str, str]:
    with open(REPO / "data/catalog/ozg_leistungen.csv", encoding="utf-8", newline="") as handle:
        return {row["ozg_id"]: row["name"] for row in csv.DictReader(handle)}


def service_level(service: dict) -> tuple[int, list[str], str]:
    """Highest maturity supported by what the generator links, with evidence URLs and a reason."""
    page = service["url"]
    level, evidence, why = 1, [page], service.get("why1", "eigene Informationsseite der Stadt")
    pdf = service.get("pdf")
    if pdf and not pdf.get("dead"):
        level, evidence = 2, [page, pdf["url"]]
        why = f"Formular zum Herunterladen ({pdf['file']}) auf {page}"
    online = service.get("online")
    if online:
        form = FORMS[online["form"]]
        if form["state"] == "ok":
            level, evidence = 3, [page, form["url"]]
            why = f"Link '{online['text']}' zu einem HTML-Antragsformular auf {form['host']}"
            if form.get("digital"):
                level = 4
                why += "; die Formularseite sagt, dass das Verfahren vollständig digital läuft und der Bescheid elektronisch ins Postfach zugestellt wird"
    if service.get("why_extra"):
        why += "; " + service["why_extra"]
    return level, evidence, why


def build_labels(catalog: dict[str, str]) -> dict:
    services = []
    for service in [*SERVICES, *ISO_SERVICES, *JS_SERVICES]:
        level, evidence, why = service_level(service)
        services.append({
            "ozg_id": service["ozg"],
            "maturity": level,
            "name": catalog[service["ozg"]],
            "why": why,
            "evidence": evidence,
        })
    seen: set[str] = set()
    for entry in services:
        if entry["ozg_id"] in seen:
            raise AssertionError(f"labelled twice: {entry['ozg_id']}")
        seen.add(entry["ozg_id"])
    not_services = []
    for item in NOT_SERVICES:
        if item["ozg_id"] in seen:
            raise AssertionError(f"not_service is also a service: {item['ozg_id']}")
        not_services.append({"ozg_id": item["ozg_id"], "name": catalog[item["ozg_id"]], "why": item["why"]})
    return {
        "municipality": {"name": "Stadt Falkenbruch", "type": "stadt", "ars": "", "ags": "",
                         "landkreis": "Landkreis Wendmoor (fiktiv)", "land": "Niedersachsen"},
        "start_url": f"http://{TOWN}/",
        "services": sorted(services, key=lambda s: (s["ozg_id"])),
        "not_services": not_services,
    }


# --------------------------------------------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------------------------------------------

HREF = re.compile(r"""(?:href|src)\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


def page_encoding(host: str, rel: str) -> str:
    return "iso-8859-1" if host == TOWN and rel.startswith("alt/") and rel.endswith(".htm") else "utf-8"


def resolves(files: dict[tuple[str, str], bytes], url: str) -> bool:
    parts = urlsplit(url)
    rel = Writer.rel(parts.path)
    if (parts.hostname, rel) in files:
        return True
    return (parts.hostname, rel.rstrip("/") + "/index.html") in files


def links_of(files, host, rel) -> list[str]:
    text = files[(host, rel)].decode(page_encoding(host, rel))
    base = f"http://{host}/" + ("" if rel.endswith("index.html") and rel == "index.html" else rel)
    if rel.endswith("index.html"):
        base = f"http://{host}/" + rel[: -len("index.html")]
    found = []
    for raw in HREF.findall(text):
        raw = html.unescape(raw)
        if raw.startswith(("mailto:", "tel:", "javascript:", "#")):
            continue
        found.append(urljoin(base, raw).split("#")[0])
    return found


def check_links(files) -> int:
    problems, checked = [], 0
    for (host, rel) in files:
        if not rel.endswith((".html", ".htm")):
            continue
        for url in links_of(files, host, rel):
            parts = urlsplit(url)
            if parts.scheme != "http" and parts.hostname in OWNED_HOSTS:
                problems.append(f"non-http link {url} on {host}/{rel}")
            if parts.hostname not in OWNED_HOSTS:
                continue
            checked += 1
            bare = url.split("?")[0]
            if parts.hostname == TOWN and parts.path.startswith(CALENDAR_TRAP):
                continue
            if bare in ALLOWED_404:
                continue
            if not resolves(files, bare):
                problems.append(f"dead link {url} on {host}/{rel}")
    for url in ALLOWED_404:
        if resolves(files, url):
            problems.append(f"deliberate 404 exists: {url}")
    if problems:
        raise AssertionError("\n".join(problems))
    return checked


def crawl(files) -> tuple[set[str], set[str]]:
    """BFS from the start page over owned hosts: obeys /intern/, skips the calendar trap.
    Returns (urls reached without JS, urls reached only through the JSON-rendered list)."""
    start = f"http://{TOWN}/"
    seen, js_only = {start}, set()
    queue = deque([(start, False)])
    while queue:
        url, via_js = queue.popleft()
        parts = urlsplit(url)
        rel = Writer.rel(parts.path)
        key = (parts.hostname, rel)
        if key not in files and (parts.hostname, rel.rstrip("/") + "/index.html") in files:
            key = (parts.hostname, rel.rstrip("/") + "/index.html")
        if key not in files or not key[1].endswith((".html", ".htm", ".json")):
            continue
        if key[1].endswith(".json"):
            data = json.loads(files[key].decode("utf-8"))
            targets = [urljoin(url, item["url"]) for item in data["leistungen"]]
        else:
            targets = links_of(files, *key)
            text = files[key].decode(page_encoding(*key))
            fetched = [urljoin(url, m) for m in re.findall(r"fetch\('([^']+)'\)", text)]
            targets += fetched
        for target in targets:
            target = target.split("#")[0]
            tp = urlsplit(target)
            if tp.hostname not in OWNED_HOSTS or target in seen:
                continue
            if tp.hostname == TOWN and (tp.path.startswith("/intern/") or tp.path.startswith(CALENDAR_TRAP)):
                continue
            seen.add(target)
            js = via_js or key[1].endswith(".json") or target.endswith(".json")
            if js:
                js_only.add(target)
            queue.append((target, js))
    # a URL reached both ways counts as plain
    return seen - js_only, js_only


def check_all(files, labels, catalog) -> dict:
    report = {}
    report["links_checked"] = check_links(files)
    plain, js_only = crawl(files)
    for service in labels["services"]:
        if service["ozg_id"] not in catalog:
            raise AssertionError(f"unknown OZG-ID {service['ozg_id']}")
        for url in service["evidence"]:
            if not resolves(files, url):
                raise AssertionError(f"evidence missing: {url}")
            if url not in plain and url not in js_only and url != labels["start_url"]:
                raise AssertionError(f"evidence not reachable from start: {url}")
    for item in labels["not_services"]:
        if item["ozg_id"] not in catalog:
            raise AssertionError(f"unknown OZG-ID {item['ozg_id']}")
    for (host, rel), data in files.items():
        if rel.endswith((".html", ".htm")) and len(data) >= 30_000:
            raise AssertionError(f"page too large: {host}/{rel} {len(data)}")
        if page_encoding(host, rel) == "iso-8859-1":
            data.decode("iso-8859-1")
            try:
                data.decode("utf-8")
                if any(b > 127 for b in data):
                    raise AssertionError(f"{rel} looks like UTF-8, not ISO-8859-1")
            except UnicodeDecodeError:
                pass
            if b"charset=iso-8859-1" not in data.lower():
                raise AssertionError(f"{rel} lacks the charset meta tag")
    for service in JS_SERVICES:
        level, evidence, _ = service_level(service)
        target = evidence[-1]
        if target in plain or target not in js_only:
            raise AssertionError(f"JS-only service not JS-only: {target}")
    report["pages_html"] = sum(1 for (h, r) in files if r.endswith((".html", ".htm")))
    report["pages_by_host"] = {h: sum(1 for (hh, r) in files if hh == h and r.endswith((".html", ".htm")))
                               for h in OWNED_HOSTS}
    report["documents"] = sum(1 for (h, r) in files if r.endswith((".pdf", ".docx")))
    report["reachable_plain"] = len(plain)
    report["reachable_js_only"] = len(js_only)
    return report


def main() -> int:
    catalog = load_catalog()
    writer = Writer()
    build_all(writer, make_pdf, make_docx)
    labels = build_labels(catalog)
    writer.add(TOWN, "/_labels.json", json.dumps(labels, ensure_ascii=False, indent=2) + "\n")
    site_json = {"charset": {ISO_PATTERN: "iso-8859-1"}, "calendar_trap": CALENDAR_TRAP}
    writer.add(TOWN, "/_site.json", json.dumps(site_json, indent=2) + "\n")
    report = check_all(writer.files, labels, catalog)
    writer.flush()
    levels: dict[int, int] = {}
    for service in labels["services"]:
        levels[service["maturity"]] = levels.get(service["maturity"], 0) + 1
    report["labelled_services"] = len(labels["services"])
    report["by_level"] = dict(sorted(levels.items()))
    report["not_services"] = len(labels["not_services"])
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0



# ==============================================================================================================
# CONTENT (all text written for this fixture)
# ==============================================================================================================

T = f"http://{TOWN}"
FORMDIR = f"{T}/fileadmin/user_upload/formulare"

CONTACTS = {
    "buergerbuero": {"stelle": "Bürgerbüro", "fb": "Fachbereich 1 – Zentrale Dienste und Bürgerservice",
                     "person": "Kerstin Albers, Timo Hinrichs, Nadine Gerdes", "tel": "05599 873-110",
                     "mail": "buergerbuero@stadt-falkenbruch.de", "raum": "Erdgeschoss, Zimmer 0.04 bis 0.07"},
    "standesamt": {"stelle": "Standesamt", "fb": "Fachbereich 1 – Zentrale Dienste und Bürgerservice",
                   "person": "Jannik Wübbena (Standesbeamter), Anke Heyen (Standesbeamtin)", "tel": "05599 873-140",
                   "mail": "standesamt@stadt-falkenbruch.de", "raum": "1. Obergeschoss, Zimmer 1.12"},
    "wahlamt": {"stelle": "Wahlamt", "fb": "Fachbereich 1 – Zentrale Dienste und Bürgerservice",
                "person": "Ole Janssen", "tel": "05599 873-120", "mail": "wahlen@stadt-falkenbruch.de",
                "raum": "Erdgeschoss, Zimmer 0.10"},
    "ordnung": {"stelle": "Ordnungsamt", "fb": "Fachbereich 2 – Ordnung und Sicherheit",
                "person": "Merle Tjaden", "tel": "05599 873-210", "mail": "ordnungsamt@stadt-falkenbruch.de",
                "raum": "2. Obergeschoss, Zimmer 2.03"},
    "verkehr": {"stelle": "Straßenverkehrsbehörde", "fb": "Fachbereich 2 – Ordnung und Sicherheit",
                "person": "Björn Lüpkes", "tel": "05599 873-222", "mail": "verkehr@stadt-falkenbruch.de",
                "raum": "2. Obergeschoss, Zimmer 2.07"},
    "gewerbe": {"stelle": "Gewerbeamt", "fb": "Fachbereich 2 – Ordnung und Sicherheit",
                "person": "Dirk Osterloh", "tel": "05599 873-215", "mail": "gewerbe@stadt-falkenbruch.de",
                "raum": "2. Obergeschoss, Zimmer 2.05"},
    "steuern": {"stelle": "Steuern und Abgaben", "fb": "Fachbereich 3 – Finanzen",
                "person": "Hauke Eilers, Sabine Frerichs", "tel": "05599 873-310",
                "mail": "steueramt@stadt-falkenbruch.de", "raum": "3. Obergeschoss, Zimmer 3.08"},
    "bauen": {"stelle": "Stadtplanung und Umwelt", "fb": "Fachbereich 4 – Planen, Bauen und Umwelt",
              "person": "Svenja Brinkmann", "tel": "05599 873-410", "mail": "umwelt@stadt-falkenbruch.de",
              "raum": "3. Obergeschoss, Zimmer 3.15"},
    "tiefbau": {"stelle": "Tiefbau und Stadtentwässerung", "fb": "Fachbereich 4 – Planen, Bauen und Umwelt",
                "person": "Arne Claaßen", "tel": "05599 873-420", "mail": "tiefbau@stadt-falkenbruch.de",
                "raum": "3. Obergeschoss, Zimmer 3.17"},
    "liegenschaften": {"stelle": "Liegenschaften", "fb": "Fachbereich 3 – Finanzen",
                       "person": "Reinhard Bohlen", "tel": "05599 873-330",
                       "mail": "liegenschaften@stadt-falkenbruch.de", "raum": "3. Obergeschoss, Zimmer 3.02"},
    "kita": {"stelle": "Kindertagesbetreuung", "fb": "Fachbereich 5 – Familie, Bildung und Soziales",
             "person": "Imke Oltmanns", "tel": "05599 873-510", "mail": "kita@stadt-falkenbruch.de",
             "raum": "1. Obergeschoss, Zimmer 1.20"},
    "soziales": {"stelle": "Soziale Leistungen", "fb": "Fachbereich 5 – Familie, Bildung und Soziales",
                 "person": "Gesa Hoting", "tel": "05599 873-520", "mail": "soziales@stadt-falkenbruch.de",
                 "raum": "1. Obergeschoss, Zimmer 1.22"},
    "friedhof": {"stelle": "Friedhofsverwaltung", "fb": "Fachbereich 4 – Planen, Bauen und Umwelt",
                 "person": "Gerd Renken", "tel": "05599 873-430", "mail": "friedhof@stadt-falkenbruch.de",
                 "raum": "Betriebshof, Industriestraße 12"},
    "betriebshof": {"stelle": "Betriebshof / Abfallwirtschaft", "fb": "Fachbereich 4 – Planen, Bauen und Umwelt",
                    "person": "Tanja Meints", "tel": "05599 873-440", "mail": "betriebshof@stadt-falkenbruch.de",
                    "raum": "Betriebshof, Industriestraße 12"},
    "stadtwerke": {"stelle": "Stadtwerke Falkenbruch – Wasserversorgung", "fb": "Eigenbetrieb der Stadt",
                   "person": "Kundenservice", "tel": "05599 8899-0", "mail": "wasser@stadtwerke-falkenbruch.de",
                   "raum": "Am Wasserwerk 3"},
    "sport": {"stelle": "Sport und Ehrenamt", "fb": "Fachbereich 5 – Familie, Bildung und Soziales",
              "person": "Lennart Dirks", "tel": "05599 873-530", "mail": "sport@stadt-falkenbruch.de",
              "raum": "1. Obergeschoss, Zimmer 1.25"},
}

# Online forms on the two portal hosts. state: ok (real HTML form), down (page says not available).
# A form whose path is missing entirely is a 404 (see ALLOWED_404).
FORMS = {
    "meldebescheinigung": {
        "host": RD, "path": "/leistung/meldebescheinigung/", "state": "ok",
        "title": "Meldebescheinigung online beantragen",
        "intro": "Mit diesem Antrag erhalten Sie eine einfache oder erweiterte Meldebescheinigung über Ihre "
                 "aktuelle Wohnanschrift.",
        "digital": "So läuft es ab: Sie melden sich mit der Online-Ausweisfunktion Ihres Personalausweises an, "
                   "füllen den Antrag aus und zahlen die Gebühr direkt online. Ein Gang ins Rathaus ist nicht "
                   "nötig – der Antrag wird von Anfang bis Ende elektronisch bearbeitet. Die Meldebescheinigung "
                   "und den Gebührenbescheid bekommen Sie als elektronisch gesiegeltes PDF in das Postfach Ihres "
                   "BundID-Kontos zugestellt.",
        "fields": [("Art der Bescheinigung", "art", "select:einfache Meldebescheinigung|erweiterte Meldebescheinigung"),
                   ("Familienname", "familienname", "text"), ("Vorname(n)", "vorname", "text"),
                   ("Geburtsdatum", "geburtsdatum", "date"), ("Straße und Hausnummer", "strasse", "text"),
                   ("Verwendungszweck (optional)", "zweck", "text"), ("E-Mail-Adresse", "email", "email")],
        "submit": "Antrag absenden",
    },
    "bewohnerparken": {
        "host": RD, "path": "/leistung/bewohnerparken/", "state": "ok",
        "title": "Bewohnerparkausweis beantragen oder verlängern",
        "intro": "Für die Bewohnerparkzonen A (Altstadt) und B (Bahnhofsviertel) können Sie den Ausweis hier "
                 "beantragen.",
        "digital": "Hinweis zum Verfahren: Von der Antragstellung über die Bezahlung bis zur Entscheidung läuft "
                   "alles online, ohne Papier. Den Bescheid und Ihren Parkausweis zum Selbstausdrucken stellen wir "
                   "Ihnen elektronisch in Ihrem Servicekonto-Postfach bereit.",
        "fields": [("Parkzone", "zone", "select:Zone A – Altstadt|Zone B – Bahnhofsviertel"),
                   ("Antragsart", "antragsart", "select:Neuantrag|Verlängerung"),
                   ("Name, Vorname", "name", "text"), ("Anschrift in der Parkzone", "anschrift", "text"),
                   ("Amtliches Kennzeichen", "kennzeichen", "text"),
                   ("Fahrzeughalter ist eine andere Person", "halter_abweichend", "checkbox"),
                   ("Nachweis Fahrzeugschein (Zulassungsbescheinigung Teil I)", "nachweis", "file")],
        "submit": "Antrag verbindlich absenden",
    },
    "briefwahl": {
        "host": RD, "path": "/leistung/briefwahl/", "state": "ok",
        "title": "Wahlschein und Briefwahlunterlagen anfordern",
        "intro": "Kommunalwahl am 13. September 2026: Fordern Sie hier Ihren Wahlschein an.",
        "post": "Die Briefwahlunterlagen werden Ihnen mit der Post an die angegebene Anschrift geschickt.",
        "fields": [("Familienname", "familienname", "text"), ("Vorname", "vorname", "text"),
                   ("Geburtsdatum", "geburtsdatum", "date"), ("Wohnanschrift", "anschrift", "text"),
                   ("Nummer im Wählerverzeichnis (siehe Wahlbenachrichtigung)", "wvz_nr", "text"),
                   ("Abweichende Versandanschrift", "versand", "textarea")],
        "submit": "Antrag absenden",
    },
    "maengel": {
        "host": RD, "path": "/leistung/maengelmelder/", "state": "ok",
        "title": "Mängelmelder – Schäden im Stadtgebiet melden",
        "intro": "Defekte Straßenlaterne, Schlagloch, wilder Müll oder ein beschädigtes Verkehrsschild? "
                 "Teilen Sie uns mit, wo es Probleme gibt.",
        "fields": [("Kategorie", "kategorie", "select:Straßenbeleuchtung|Straßenschaden / Schlagloch|"
                    "Verunreinigung / wilder Müll|Spielplatz|Verkehrszeichen|Sonstiges"),
                   ("Ort (Straße, Hausnummer oder Mastnummer)", "ort", "text"),
                   ("Beschreibung", "beschreibung", "textarea"), ("Foto (optional)", "foto", "file"),
                   ("Ihre E-Mail-Adresse für Rückfragen", "email", "email")],
        "submit": "Meldung absenden",
    },
    "kita": {
        "host": RD, "path": "/leistung/kita-anmeldung/", "state": "ok",
        "title": "Anmeldung für einen Betreuungsplatz (Krippe, Kindergarten, Hort)",
        "intro": "Die zentrale Vormerkung gilt für alle städtischen Einrichtungen und die Kitas der freien "
                 "Träger in Falkenbruch.",
        "post": "Über die Platzvergabe informieren wir Sie schriftlich per Brief.",
        "fields": [("Name des Kindes", "kind_name", "text"), ("Geburtsdatum des Kindes", "kind_geb", "date"),
                   ("Gewünschter Aufnahmetermin", "aufnahme", "date"),
                   ("Betreuungsform", "form", "select:Krippe (unter 3 Jahre)|Kindergarten|Hort"),
                   ("Betreuungsumfang", "umfang", "select:Vormittag (4 Std.)|Dreiviertel (6 Std.)|Ganztag (8 Std.)"),
                   ("Wunscheinrichtung 1", "wunsch1", "select:Kita Regenbogen|Kita Am Mühlenteich|"
                    "Ev. Kindergarten St. Marien|Kita Heidwinkel|Familienzentrum Bahnhofstraße"),
                   ("Wunscheinrichtung 2", "wunsch2", "text"),
                   ("Name der/des Sorgeberechtigten", "eltern", "text"), ("Telefon", "telefon", "tel")],
        "submit": "Anmeldung absenden",
    },
    "fundsachen": {
        "host": RD, "path": "/leistung/verlustanzeige/", "state": "ok",
        "title": "Verlustanzeige an das Fundbüro",
        "intro": "Beschreiben Sie den verlorenen Gegenstand möglichst genau. Wir gleichen Ihre Angaben mit den "
                 "Fundsachen ab.",
        "fields": [("Was haben Sie verloren?", "gegenstand", "text"), ("Beschreibung (Farbe, Marke, Merkmale)",
                    "merkmale", "textarea"), ("Datum des Verlusts", "datum", "date"),
                   ("Wo ungefähr?", "ort", "text"), ("Name", "name", "text"), ("E-Mail", "email", "email")],
        "submit": "Verlust melden",
    },
    "wohngeld": {
        "host": RD, "path": "/leistung/wohngeld/", "state": "ok",
        "title": "Wohngeld – Erstantrag und Weiterleistungsantrag",
        "intro": "Mietzuschuss für Mieterinnen und Mieter, Lastenzuschuss für selbst nutzende Eigentümer.",
        "post": "Nach der Prüfung erhalten Sie den Wohngeldbescheid schriftlich per Post.",
        "fields": [("Art des Antrags", "art", "select:Erstantrag|Weiterleistungsantrag|Erhöhungsantrag"),
                   ("Zuschussart", "zuschuss", "select:Mietzuschuss|Lastenzuschuss"),
                   ("Name, Vorname (antragstellende Person)", "name", "text"),
                   ("Anzahl der Haushaltsmitglieder", "haushalt", "number"),
                   ("Monatliche Bruttokaltmiete in Euro", "miete", "text"),
                   ("Gesamteinkommen des Haushalts (monatlich, brutto)", "einkommen", "text"),
                   ("IBAN für die Auszahlung", "iban", "text"), ("Nachweise hochladen", "nachweise", "file")],
        "submit": "Antrag absenden",
    },
    "wahlhelfer": {
        "host": RD, "path": "/leistung/wahlhelfer/", "state": "ok",
        "title": "Ehrenamtlich im Wahlvorstand mitarbeiten",
        "intro": "Für die Kommunalwahl suchen wir Bürgerinnen und Bürger, die in einem Wahllokal oder im "
                 "Briefwahlvorstand mitarbeiten. Es gibt ein Erfrischungsgeld.",
        "fields": [("Name, Vorname", "name", "text"), ("Geburtsdatum", "geburtsdatum", "date"),
                   ("Anschrift", "anschrift", "text"), ("Telefon", "telefon", "tel"),
                   ("Gewünschter Einsatz", "einsatz", "select:Wahllokal in meinem Wohnbezirk|beliebiges Wahllokal|"
                    "Briefwahlvorstand"),
                   ("Ich habe schon einmal mitgeholfen", "erfahrung", "checkbox")],
        "submit": "Bereitschaft mitteilen",
    },
    # --- unknown vendor host -------------------------------------------------------------------------------
    "hundesteuer": {
        "host": DW, "path": "/falkenbruch/hundesteuer-anmeldung.html", "state": "ok",
        "title": "Hund zur Hundesteuer anmelden",
        "intro": "Anmeldung eines Hundes bei der Stadt Falkenbruch (Steuern und Abgaben).",
        "digital": "Dieser Dienst ist durchgängig digital: Ihre Angaben gehen ohne Ausdruck direkt an das "
                   "Steueramt, und auch der Hundesteuerbescheid kommt nicht per Brief – er wird Ihnen elektronisch "
                   "in das Postfach Ihres Nutzerkontos (BundID) zugestellt.",
        "fields": [("Name, Vorname der Halterin / des Halters", "halter", "text"), ("Anschrift", "anschrift", "text"),
                   ("Haltung seit", "seit", "date"), ("Rasse", "rasse", "text"),
                   ("Name des Hundes", "hundename", "text"), ("Geburtsjahr des Hundes", "wurfjahr", "number"),
                   ("Chipnummer (Transponder)", "chip", "text"),
                   ("Weitere Hunde im Haushalt", "weitere", "select:keine|einer|zwei oder mehr"),
                   ("Ermäßigung beantragen (z. B. Rettungshund)", "ermaessigung", "checkbox")],
        "submit": "Anmeldung absenden",
    },
    "gewerbe": {
        "host": DW, "path": "/falkenbruch/gewerbeanzeige.html", "state": "ok",
        "title": "Gewerbeanzeige (Anmeldung, Ummeldung, Abmeldung)",
        "intro": "Elektronische Gewerbeanzeige nach § 14 Gewerbeordnung für Betriebe in Falkenbruch.",
        "post": "Die Empfangsbestätigung (Gewerbeschein) senden wir Ihnen per Post zu.",
        "fields": [("Art der Anzeige", "art", "select:Anmeldung|Ummeldung|Abmeldung"),
                   ("Name, Vorname der Inhaberin / des Inhabers", "inhaber", "text"),
                   ("Firmenbezeichnung (falls vorhanden)", "firma", "text"),
                   ("Anschrift der Betriebsstätte", "betriebsstaette", "text"),
                   ("Angemeldete Tätigkeit (genaue Beschreibung)", "taetigkeit", "textarea"),
                   ("Beginn der Tätigkeit", "beginn", "date"), ("Zahl der Beschäftigten", "beschaeftigte", "number"),
                   ("Kopie Personalausweis", "ausweis", "file")],
        "submit": "Gewerbeanzeige absenden",
    },
    "sondernutzung": {
        "host": DW, "path": "/falkenbruch/sondernutzung.html", "state": "ok",
        "title": "Sondernutzungserlaubnis / Halteverbot beantragen",
        "intro": "Für Umzüge, Container, Gerüste, Werbeaufsteller oder Baustelleneinrichtungen auf öffentlichen "
                 "Straßen und Gehwegen.",
        "fields": [("Zweck", "zweck", "select:Halteverbot für Umzug|Container / Mulde|Gerüst|Werbeaufsteller|"
                    "Baustelleneinrichtung|Sonstiges"),
                   ("Straße und Hausnummer", "ort", "text"), ("Von (Datum)", "von", "date"),
                   ("Bis (Datum)", "bis", "date"), ("Länge der Fläche in Metern", "laenge", "number"),
                   ("Antragsteller/in", "antragsteller", "text"), ("Telefon", "telefon", "tel"),
                   ("Lageplan oder Skizze", "plan", "file")],
        "submit": "Antrag absenden",
    },
    "sperrmuell": {
        "host": DW, "path": "/falkenbruch/sperrmuell.html", "state": "ok",
        "title": "Sperrmüllabholung anmelden",
        "intro": "Zweimal im Jahr holt der Betriebshof bis zu 3 Kubikmeter Sperrmüll pro Haushalt kostenlos ab.",
        "fields": [("Name", "name", "text"), ("Abholadresse", "adresse", "text"), ("Telefon", "telefon", "tel"),
                   ("Was soll abgeholt werden?", "gegenstaende", "textarea"),
                   ("Ungefähre Menge", "menge", "select:bis 1 m³|1 bis 2 m³|2 bis 3 m³"),
                   ("Elektrogroßgeräte dabei (Kühlschrank, Waschmaschine)", "elektro", "checkbox")],
        "submit": "Abholung beantragen",
    },
    "zaehlerstand": {
        "host": DW, "path": "/falkenbruch/zaehlerstand.html", "state": "ok",
        "title": "Wasserzählerstand übermitteln",
        "intro": "Jahresablesung der Stadtwerke Falkenbruch.",
        "fields": [("Kundennummer", "kundennr", "text"), ("Zählernummer", "zaehlernr", "text"),
                   ("Zählerstand in m³", "stand", "number"), ("Ablesedatum", "datum", "date"),
                   ("Gartenwasserzähler vorhanden", "garten", "checkbox"),
                   ("Stand Gartenwasserzähler", "stand_garten", "number")],
        "submit": "Zählerstand senden",
    },
    "brauchtumsfeuer": {
        "host": DW, "path": "/falkenbruch/brauchtumsfeuer.html", "state": "ok",
        "title": "Osterfeuer / Brauchtumsfeuer anzeigen",
        "intro": "Osterfeuer müssen spätestens zwei Wochen vorher bei der Stadt angezeigt werden.",
        "fields": [("Veranstalter (Verein oder Person)", "veranstalter", "text"),
                   ("Verantwortliche Aufsichtsperson", "aufsicht", "text"), ("Telefon", "telefon", "tel"),
                   ("Ort des Feuers (Flurstück oder Beschreibung)", "ort", "text"),
                   ("Datum", "datum", "date"), ("Uhrzeit von", "von", "time"),
                   ("Öffentliche Veranstaltung mit Ausschank", "oeffentlich", "checkbox")],
        "submit": "Anzeige absenden",
    },
    "veranstaltung": {
        "host": DW, "path": "/falkenbruch/veranstaltung.html", "state": "down",
        "title": "Anzeige einer Veranstaltung",
    },
    # linked from the town, but the portal has no such page (404)
    "baumfaellung": {"host": RD, "path": "/leistung/baumfaellgenehmigung/", "state": "missing",
                     "title": "Baumfällgenehmigung"},
}
for _form in FORMS.values():
    _form["url"] = f"http://{_form['host']}{_form['path']}"


def pdf(file: str, text: str, size: str, title: str, lines: list[str] | None = None, dead: bool = False,
        kind: str = "pdf") -> dict:
    return {"file": file, "text": text, "size": size, "title": title, "lines": lines or [], "dead": dead,
            "url": f"{FORMDIR}/{file}", "kind": kind}


def online(form: str, text: str) -> dict:
    return {"form": form, "text": text}


TERMIN_HINT = ("Für diese Leistung benötigen Sie einen Termin im Bürgerbüro. Ohne Termin können wir Sie nur "
               "bedienen, wenn Lücken im Terminplan frei sind.")

# Service pages at /buergerservice/leistungen/<slug>/ . Texts are deliberately uneven, like real town sites.
SERVICES: list[dict] = [
    {
        "slug": "personalausweis", "ozg": "10119", "h1": "Personalausweis beantragen", "dept": "buergerbuero",
        "desc": ["Alle Deutschen ab 16 Jahren müssen einen gültigen Personalausweis oder Reisepass besitzen. "
                 "Den Ausweis beantragen Sie persönlich im Bürgerbüro; Fingerabdrücke und Unterschrift werden "
                 "vor Ort erfasst.",
                 "Die Herstellung dauert bei der Bundesdruckerei derzeit etwa drei bis vier Wochen. Sobald der "
                 "Ausweis da ist, bekommen Sie eine SMS oder E-Mail, wenn Sie das wünschen."],
        "req": ["Hauptwohnsitz in Falkenbruch", "persönliches Erscheinen (auch bei Kindern)"],
        "docs": ["bisheriger Ausweis oder Reisepass", "ein aktuelles biometrisches Passfoto (oder Sie lassen das "
                 "Foto direkt bei uns am Automaten machen)", "bei Erstausstellung: Geburtsurkunde"],
        "fees": "37,00 Euro (Antragstellende ab 24 Jahren), 22,80 Euro (unter 24 Jahren). Foto am Automaten: "
                "6,00 Euro.",
        "law": "Personalausweisgesetz (PAuswG), Personalausweisgebührenverordnung",
        "termin": True,
        "extra": "Einen vorläufigen Personalausweis stellen wir in dringenden Fällen sofort aus (10,00 Euro).",
    },
    {
        "slug": "reisepass", "ozg": "10177", "h1": "Reisepass", "dept": "buergerbuero",
        "desc": ["Für Reisen in viele Länder außerhalb der EU brauchen Sie einen Reisepass. Wir nehmen den Antrag "
                 "entgegen und schicken ihn an die Bundesdruckerei. Es gibt den normalen Pass (Lieferzeit rund "
                 "vier Wochen) und den Expresspass (wenige Werktage).",
                 "Kinder bekommen seit 2024 keinen Kinderreisepass mehr, sondern einen regulären Reisepass oder "
                 "einen Personalausweis."],
        "req": ["deutsche Staatsangehörigkeit", "Hauptwohnsitz in Falkenbruch", "bei Minderjährigen Zustimmung "
                "aller Sorgeberechtigten"],
        "docs": ["alter Reisepass bzw. Personalausweis", "biometrisches Foto", "bei Namensänderung die "
                 "entsprechende Urkunde"],
        "fees": "70,00 Euro ab 24 Jahren, 37,50 Euro unter 24 Jahren; Expresszuschlag 32,00 Euro.",
        "law": "Passgesetz (PassG), Passverordnung (PassV)",
        "termin": True,
    },
    {
        "slug": "wohnsitz-anmelden-ummelden", "ozg": "10124",
        "h1": "Wohnsitz anmelden, ummelden oder abmelden", "dept": "buergerbuero",
        "desc": ["Wer in eine Wohnung in Falkenbruch zieht, muss sich innerhalb von zwei Wochen beim Bürgerbüro "
                 "anmelden. Das gilt auch für einen Umzug innerhalb der Stadt (Ummeldung).",
                 "Eine Abmeldung ist nur nötig, wenn Sie ins Ausland ziehen oder eine Nebenwohnung aufgeben. "
                 "Bei einem Umzug in eine andere deutsche Gemeinde melden Sie sich einfach dort an.",
                 "Sie können auch eine andere Person mit der Anmeldung beauftragen – diese braucht eine "
                 "schriftliche Vollmacht und Ihren Ausweis."],
        "req": ["Einzug in eine Wohnung in Falkenbruch"],
        "docs": ["Personalausweis oder Reisepass aller umziehenden Personen",
                 "Wohnungsgeberbestätigung (bekommen Sie von Ihrer Vermieterin oder Ihrem Vermieter)"],
        "fees": "gebührenfrei",
        "law": "Bundesmeldegesetz (BMG), §§ 17 und 19",
        "termin": True,
        "extra": "Wer die Frist versäumt, riskiert ein Bußgeld.",
    },
    {
        "slug": "meldebescheinigung", "ozg": "10559", "h1": "Meldebescheinigung", "dept": "buergerbuero",
        "desc": ["Eine Meldebescheinigung bestätigt, wo Sie gemeldet sind – zum Beispiel für den Arbeitgeber, "
                 "die Bank oder das Kindergeld. Die erweiterte Bescheinigung enthält zusätzlich frühere "
                 "Anschriften, Familienstand und Staatsangehörigkeit.",
                 "Sie bekommen die Bescheinigung sofort im Bürgerbüro oder über unser Online-Rathaus."],
        "req": ["Sie sind in Falkenbruch gemeldet. Für andere Personen nur mit Vollmacht."],
        "docs": ["Personalausweis oder Reisepass", "online: Ausweis mit freigeschalteter Online-Funktion"],
        "fees": "8,00 Euro je Bescheinigung",
        "law": "§ 18 Bundesmeldegesetz",
        "online": online("meldebescheinigung", "Meldebescheinigung online beantragen"),
    },
    {
        "slug": "auskunftssperre", "ozg": "10111", "h1": "Auskunftssperre im Melderegister", "dept": "buergerbuero",
        "desc": ["Grundsätzlich darf die Meldebehörde Privatpersonen und Firmen eine einfache Auskunft über Name "
                 "und Anschrift geben. Wenn Ihnen durch eine solche Auskunft Gefahr für Leben, Gesundheit oder "
                 "persönliche Freiheit drohen kann, tragen wir auf Antrag eine Auskunftssperre ein.",
                 "Unabhängig davon können Sie ohne Begründung widersprechen, dass Ihre Daten an Parteien vor "
                 "Wahlen, an Adressbuchverlage oder an Religionsgemeinschaften weitergegeben werden."],
        "req": ["Glaubhaft gemachte Gefährdung (für die Auskunftssperre)"],
        "docs": ["Ausweis", "Nachweise, die die Gefährdung belegen (z. B. polizeiliche Bescheinigung, "
                 "gerichtlicher Beschluss)", "ausgefülltes Antragsformular"],
        "fees": "keine",
        "law": "§§ 36, 42, 50 und 51 Bundesmeldegesetz",
        "pdf": pdf("antrag-auskunftssperre-melderegister.pdf", "Antrag auf Auskunftssperre (PDF)", "96 KB",
                   "Antrag auf Eintragung einer Auskunftssperre",
                   ["Name, Vorname: ____________________", "Anschrift: ____________________",
                    "Begründung der Gefährdung: ____________________", "Datum, Unterschrift: __________"]),
        "pdf2": pdf("widerspruch-datenuebermittlung.pdf", "Widerspruch gegen Datenübermittlungen (PDF)", "61 KB",
                    "Widerspruch gegen die Übermittlung von Meldedaten",
                    ["[ ] Parteien und Wählergruppen", "[ ] Adressbuchverlage", "[ ] Alters- und Ehejubiläen",
                     "Name, Anschrift, Unterschrift: ____________________"]),
    },
    {
        "slug": "fuehrungszeugnis", "ozg": "10562", "h1": "Führungszeugnis beantragen", "dept": "buergerbuero",
        "desc": ["Das Führungszeugnis wird vom Bundesamt für Justiz ausgestellt. Den Antrag können Sie bei uns im "
                 "Bürgerbüro stellen; das Zeugnis wird Ihnen dann nach etwa zwei Wochen vom Bundesamt per Post "
                 "zugeschickt oder direkt an die Behörde gesandt, die es angefordert hat.",
                 "Für ehrenamtlich Tätige in der Kinder- und Jugendarbeit ist das erweiterte Führungszeugnis "
                 "gebührenfrei, wenn Sie eine Bestätigung des Vereins vorlegen.",
                 "Alternativ bietet das Bundesamt für Justiz auf seinen eigenen Seiten einen Online-Antrag mit "
                 "der Ausweisfunktion an."],
        "req": ["ab 14 Jahren", "Antrag nur für die eigene Person"],
        "docs": ["Personalausweis oder Reisepass", "für das erweiterte Führungszeugnis: schriftliche "
                 "Aufforderung der Stelle, die es verlangt"],
        "fees": "13,00 Euro",
        "law": "§§ 30 und 30a Bundeszentralregistergesetz (BZRG)",
    },
    {
        "slug": "briefwahl", "ozg": "10145", "h1": "Briefwahl beantragen", "dept": "wahlamt",
        "desc": ["Sie möchten nicht ins Wahllokal gehen? Dann beantragen Sie einen Wahlschein und wählen per Brief. "
                 "Das geht formlos per E-Mail, mit der Rückseite Ihrer Wahlbenachrichtigung, persönlich im Wahlamt "
                 "oder ganz bequem online.",
                 "Wenn Sie im Wahlamt vorbeikommen, können Sie auch gleich dort wählen (Direktwahl im "
                 "Briefwahlbüro, Zimmer 0.10)."],
        "req": ["Eintrag im Wählerverzeichnis der Stadt Falkenbruch"],
        "docs": ["Wahlbenachrichtigung (nicht zwingend)", "bei Abholung für andere: schriftliche Vollmacht"],
        "fees": "keine",
        "law": "Niedersächsisches Kommunalwahlgesetz (NKWG), Niedersächsische Kommunalwahlordnung (NKWO)",
        "online": online("briefwahl", "Wahlschein online beantragen"),
        "extra": "Anträge per Internet sind bis Mittwoch vor der Wahl, 18 Uhr möglich. Die roten Wahlbriefe "
                 "müssen am Wahlsonntag um 18 Uhr im Rathaus sein.",
    },
    {
        "slug": "hundesteuer", "ozg": "10160", "h1": "Hund anmelden – Hundesteuer", "dept": "steuern",
        "desc": ["Wer in Falkenbruch einen Hund hält, muss ihn innerhalb eines Monats bei der Stadt anmelden. "
                 "Sie erhalten dann einen Steuerbescheid und eine Hundesteuermarke, die der Hund außerhalb des "
                 "Grundstücks tragen soll.",
                 "Auch wenn der Hund abgegeben wird, stirbt oder Sie wegziehen, melden Sie ihn bitte ab. Für "
                 "Hunde aus dem Tierheim gibt es im ersten Jahr eine Steuerbefreiung.",
                 "Bitte denken Sie außerdem an die Registrierung im Niedersächsischen Hunderegister – dafür ist "
                 "nicht die Stadt zuständig."],
        "req": ["Hundehaltung im Stadtgebiet (ab einem Alter des Hundes von drei Monaten)"],
        "docs": ["Angaben zum Hund (Rasse, Wurfdatum, Chipnummer)", "bei Abmeldung: die Steuermarke"],
        "fees": "Jahressteuer: 84 Euro für den ersten Hund, 120 Euro für jeden weiteren, 600 Euro für gefährliche "
                "Hunde.",
        "law": "Satzung über die Erhebung der Hundesteuer in der Stadt Falkenbruch; Niedersächsisches Gesetz über "
               "das Halten von Hunden (NHundG)",
        "online": online("hundesteuer", "Online-Anmeldung starten"),
        "pdf": pdf("antrag_hundesteuer.pdf", "An- und Abmeldung zur Hundesteuer (PDF)", "112 KB",
                   "An- / Abmeldung eines Hundes zur Hundesteuer",
                   ["[ ] Anmeldung  [ ] Abmeldung", "Halter/in: ____________________",
                    "Rasse: __________  Wurfjahr: ______", "Grund der Abmeldung: ____________________"]),
    },
    {
        "slug": "gewerbe-anmelden", "ozg": "10294", "h1": "Gewerbe an-, um- oder abmelden", "dept": "gewerbe",
        "desc": ["Wer ein Gewerbe beginnt, verlegt, den Betrieb ändert oder aufgibt, muss das dem Gewerbeamt "
                 "anzeigen. Freiberufler (zum Beispiel Ärztinnen, Architekten, Künstler) und Landwirte brauchen "
                 "keine Gewerbeanzeige.",
                 "Das Gewerbeamt informiert automatisch Finanzamt, IHK bzw. Handwerkskammer, Berufsgenossenschaft "
                 "und Statistikamt. Für erlaubnispflichtige Gewerbe (etwa Gaststätte mit Alkoholausschank, "
                 "Makler, Bewachung) brauchen Sie vorher eine Erlaubnis."],
        "req": ["volljährig oder mit Genehmigung des Familiengerichts", "bei Personen aus Nicht-EU-Staaten: "
                "Aufenthaltstitel, der die selbständige Tätigkeit erlaubt"],
        "docs": ["Personalausweis oder Reisepass", "bei GmbH, UG usw.: Auszug aus dem Handelsregister",
                 "bei erlaubnispflichtigen Tätigkeiten: die Erlaubnis"],
        "fees": "Anmeldung 26 Euro, Ummeldung 20 Euro, Abmeldung 15 Euro",
        "law": "§§ 14, 15 und 55c Gewerbeordnung (GewO)",
        "online": online("gewerbe", "Gewerbeanzeige online stellen"),
        "pdf": pdf("gewerbe-anmeldung.docx", "Gewerbeanmeldung (Word-Formular)", "38 KB",
                   "Gewerbe-Anmeldung nach § 14 GewO",
                   ["Betriebsinhaber/in: ____________", "Betriebsstätte: ____________",
                    "Angemeldete Tätigkeit: ____________", "Beginn: ______"], kind="docx"),
        "pdf2": pdf("gewerbe-abmeldung.pdf", "Gewerbeabmeldung (PDF)", "74 KB", "Gewerbe-Abmeldung",
                    ["Betriebsinhaber/in: ____________", "Aufgabe zum: ______", "Grund: ____________"]),
    },
    {
        "slug": "halteverbot-sondernutzung", "ozg": "10348",
        "h1": "Halteverbot für den Umzug und andere Sondernutzungen", "dept": "verkehr",
        "desc": ["Sie ziehen um und brauchen vor dem Haus Platz für den Möbelwagen? Oder Sie möchten einen "
                 "Container, ein Gerüst oder Tische und Stühle vor Ihr Café stellen? Alles, was über den "
                 "normalen Gebrauch von Straße und Gehweg hinausgeht, braucht eine Sondernutzungserlaubnis.",
                 "Für ein Halteverbot stellen Sie die Schilder selbst auf (oder beauftragen eine Firma) – "
                 "mindestens 72 Stunden vorher. Stellen Sie den Antrag bitte spätestens zwei Wochen vor dem Termin."],
        "req": ["Antrag rechtzeitig vor Beginn der Nutzung"],
        "docs": ["Skizze oder Lageplan der Fläche", "bei Gerüsten und Containern: Name der ausführenden Firma"],
        "fees": "Verwaltungsgebühr ab 25 Euro; dazu Sondernutzungsgebühren nach Satzung (z. B. Außengastronomie "
                "je m² und Monat).",
        "law": "§ 18 Niedersächsisches Straßengesetz (NStrG), § 45 StVO, Sondernutzungssatzung der Stadt",
        "online": online("sondernutzung", "zum Online-Dienst"),
        "pdf": pdf("Formular_Sondernutzung_2023.pdf", "Antrag auf Sondernutzungserlaubnis (PDF)", "140 KB",
                   "Antrag auf Erteilung einer Sondernutzungserlaubnis",
                   ["Art der Nutzung: ____________", "Ort: ____________", "Zeitraum: von ______ bis ______",
                    "Fläche (m²): ______"]),
    },
    {
        "slug": "strassenbeleuchtung-defekt", "ozg": "10136", "h1": "Straßenbeleuchtung defekt – Schäden melden",
        "dept": "tiefbau",
        "desc": ["Eine Laterne brennt nicht, flackert oder leuchtet am Tag? Auf dem Radweg ist ein tiefes "
                 "Schlagloch, oder jemand hat Müll im Wald abgeladen? Geben Sie uns Bescheid – am einfachsten "
                 "über den Mängelmelder.",
                 "Bei defekten Laternen hilft uns die Nummer auf dem Mast (kleines Schild in Augenhöhe). "
                 "Akute Gefahren, etwa ein umgestürzter Baum auf der Fahrbahn, melden Sie bitte sofort telefonisch "
                 "oder außerhalb der Dienstzeit der Polizei."],
        "req": [], "docs": [],
        "fees": "kostenlos",
        "law": "",
        "online": online("maengel", "Mangel online melden"),
    },
    {
        "slug": "sperrmuell", "ozg": "10110", "h1": "Sperrmüll bestellen", "dept": "betriebshof",
        "desc": ["Möbel, Matratzen, Teppiche und andere große Gegenstände aus dem Haushalt, die nicht in die "
                 "Restmülltonne passen, holt der Betriebshof auf Abruf ab. Zweimal pro Jahr ist die Abholung "
                 "kostenlos.",
                 "Nicht zum Sperrmüll gehören Bauschutt, Autoreifen, Farben und Sonderabfall. Kühlgeräte und "
                 "andere Elektrogroßgeräte nehmen wir getrennt mit, wenn Sie sie bei der Anmeldung angeben.",
                 "Die Abfuhrtermine für Rest-, Bio- und Papiermüll finden Sie im Abfuhrkalender."],
        "req": ["Privathaushalt im Stadtgebiet"],
        "docs": [],
        "fees": "zwei Abholungen pro Jahr frei, jede weitere 35 Euro",
        "law": "Abfallentsorgungssatzung der Stadt Falkenbruch",
        "online": online("sperrmuell", "Sperrmüll online anmelden"),
    },
    {
        "slug": "wasserzaehlerstand", "ozg": "10123", "h1": "Wasserzählerstand melden", "dept": "stadtwerke",
        "desc": ["Einmal im Jahr, zum 31. Dezember, lesen Sie Ihren Wasserzähler selbst ab. Sie bekommen dafür "
                 "Anfang Dezember eine Ablesekarte mit Kunden- und Zählernummer.",
                 "Aus dem Zählerstand berechnen die Stadtwerke Ihre Wasser- und Schmutzwassergebühren. Wer keinen "
                 "Stand meldet, wird geschätzt. Einen separaten Gartenwasserzähler geben Sie bitte mit an."],
        "req": [], "docs": ["Ablesekarte mit Kunden- und Zählernummer"],
        "fees": "keine",
        "law": "Wasserversorgungssatzung und Abwassergebührensatzung der Stadt Falkenbruch",
        "online": online("zaehlerstand", "Zählerstand online eingeben"),
        "extra": "Sie können die Karte auch portofrei zurückschicken oder den Stand telefonisch durchgeben.",
    },
    {
        "slug": "kita-platz", "ozg": "10019", "h1": "Kita-Platz beantragen", "dept": "kita",
        "desc": ["Kinder haben ab dem ersten Geburtstag einen Rechtsanspruch auf einen Platz in einer Krippe oder "
                 "bei einer Tagespflegeperson, ab drei Jahren im Kindergarten. In Falkenbruch gibt es neun "
                 "Einrichtungen in städtischer und freier Trägerschaft.",
                 "Melden Sie Ihr Kind möglichst früh an – für das Kita-Jahr ab 1. August bis zum 15. Januar. "
                 "Die Plätze werden im Frühjahr gemeinsam mit allen Trägern vergeben.",
                 "Der Kindergarten ist in Niedersachsen ab drei Jahren beitragsfrei (bis acht Stunden täglich). "
                 "Für die Krippe richten sich die Beiträge nach dem Einkommen."],
        "req": ["Wohnsitz des Kindes in Falkenbruch"],
        "docs": ["Geburtsurkunde oder Familienbuch (bei Aufnahme)", "Nachweis über Masernschutz (bei Aufnahme)"],
        "fees": "Krippe: einkommensabhängig, 95 bis 390 Euro monatlich; Kindergarten beitragsfrei; "
                "Verpflegungspauschale 65 Euro",
        "law": "§ 24 SGB VIII, Niedersächsisches Gesetz über Kindertagesstätten und Kindertagespflege (NKiTaG)",
        "online": online("kita", "Antrag online stellen"),
    },
    {
        "slug": "fundsachen", "ozg": "10244", "h1": "Fundbüro – Fundsachen", "dept": "buergerbuero",
        "desc": ["Das Fundbüro ist im Bürgerbüro untergebracht. Dort können Sie Gefundenes abgeben und "
                 "nachfragen, ob etwas Verlorenes abgegeben wurde. Fundsachen bewahren wir sechs Monate auf.",
                 "Meldet sich in dieser Zeit niemand, kann der Finder den Gegenstand erhalten – wenn er das bei "
                 "der Abgabe gewünscht hat. Sonst werden die Sachen versteigert oder gespendet.",
                 "Sie haben etwas verloren? Geben Sie eine Verlustanzeige auf, dann melden wir uns, falls der "
                 "Gegenstand auftaucht."],
        "req": [], "docs": ["Nachweis des Eigentums (z. B. Schlüssel zum Fahrradschloss, Rahmennummer)"],
        "fees": "Aufbewahrungsgebühr je nach Wert, mindestens 5 Euro",
        "law": "§§ 965 bis 984 Bürgerliches Gesetzbuch (BGB)",
        "online": online("fundsachen", "Verlustanzeige online aufgeben"),
    },
    {
        "slug": "wohngeld", "ozg": "10092", "h1": "Wohngeld", "dept": "soziales",
        "desc": ["Wohngeld ist ein Zuschuss zu den Wohnkosten für Haushalte mit geringem Einkommen. Mieter "
                 "erhalten einen Mietzuschuss, Eigentümer einer selbst bewohnten Wohnung einen Lastenzuschuss.",
                 "Wer Bürgergeld, Grundsicherung oder BAföG bezieht, bekommt in der Regel kein Wohngeld, da die "
                 "Wohnkosten dort schon berücksichtigt sind. Wohngeld wird meist für zwölf Monate bewilligt; "
                 "stellen Sie den Weiterleistungsantrag zwei Monate vor Ablauf.",
                 "Ob sich ein Antrag lohnt, können Sie mit dem Wohngeldrechner des Bundes grob prüfen."],
        "req": ["Wohnsitz in Falkenbruch", "Einkommen unterhalb der Grenzen des Wohngeldgesetzes"],
        "docs": ["Mietvertrag und aktuelle Mietbescheinigung", "Einkommensnachweise aller Haushaltsmitglieder",
                 "Kontoauszüge der letzten drei Monate", "Personalausweis"],
        "fees": "keine",
        "law": "Wohngeldgesetz (WoGG), Wohngeldverordnung (WoGV)",
        "online": online("wohngeld", "Wohngeld online beantragen"),
    },
    {
        "slug": "bewohnerparkausweis", "ozg": "10173", "h1": "Anwohnerparkausweis", "dept": "verkehr",
        "desc": ["In der Altstadt und im Bahnhofsviertel sind viele Parkplätze für Bewohnerinnen und Bewohner "
                 "reserviert. Mit dem Bewohnerparkausweis parken Sie dort ohne Parkschein und ohne zeitliche "
                 "Begrenzung.",
                 "Pro Person gibt es einen Ausweis für ein Fahrzeug, das auf Sie zugelassen ist oder Ihnen "
                 "dauerhaft zur Verfügung steht (Firmenwagen). Der Ausweis gilt ein Jahr. Ein Anspruch auf einen "
                 "freien Parkplatz besteht nicht."],
        "req": ["Hauptwohnsitz in einer Bewohnerparkzone", "Fahrzeug auf Sie zugelassen oder dauerhaft überlassen"],
        "docs": ["Zulassungsbescheinigung Teil I", "bei Firmenwagen: Bestätigung des Arbeitgebers"],
        "fees": "30,70 Euro pro Jahr",
        "law": "§ 45 Abs. 1b Nr. 2a und § 46 Straßenverkehrs-Ordnung (StVO)",
        "online": online("bewohnerparken", "Online beantragen"),
        "extra": "Schwerbehinderten-Parkausweise (blauer und orangefarbener Ausweis) stellt ebenfalls die "
                 "Straßenverkehrsbehörde aus; bitte vereinbaren Sie dafür einen Termin.",
    },
    {
        "slug": "veranstaltung-anmelden", "ozg": "10349", "h1": "Veranstaltung anmelden", "dept": "ordnung",
        "desc": ["Straßenfeste, Flohmärkte, Konzerte im Freien, Umzüge oder ein Zelt auf dem Schützenplatz: "
                 "Öffentliche Veranstaltungen müssen Sie beim Ordnungsamt anzeigen, bei größeren Festen braucht "
                 "es zusätzlich Genehmigungen (Ausschank, Straßensperrung, Lärmschutz).",
                 "Bitte melden Sie sich mindestens sechs Wochen vorher, bei Veranstaltungen mit mehr als 1.000 "
                 "Besuchern drei Monate vorher. Wir stimmen uns mit Polizei, Feuerwehr und Landkreis ab."],
        "req": ["verantwortliche/r Veranstalter/in, volljährig"],
        "docs": ["Lageplan mit Bühnen, Ständen, Rettungswegen", "Sicherheitskonzept (ab 5.000 Besuchern)",
                 "Nachweis der Haftpflichtversicherung"],
        "fees": "je nach Aufwand 30 bis 500 Euro",
        "law": "Niedersächsisches Polizei- und Ordnungsbehördengesetz (NPOG), Niedersächsisches "
               "Gaststättengesetz (NGastG), Niedersächsisches Straßengesetz (NStrG)",
        "online": online("veranstaltung", "Veranstaltung online anzeigen"),
        "pdf": pdf("Anzeige_Veranstaltung_oeffentlich.pdf", "Anzeige einer öffentlichen Veranstaltung (PDF)",
                   "128 KB", "Anzeige einer öffentlichen Veranstaltung",
                   ["Veranstalter/in: ____________", "Art der Veranstaltung: ____________",
                    "Ort, Datum, Uhrzeit: ____________", "Erwartete Besucherzahl: ______",
                    "Ausschank alkoholischer Getränke: [ ] ja [ ] nein"]),
        "why_extra": "der Online-Link führt zu einer Portalseite, die den Dienst als derzeit nicht verfügbar "
                     "meldet, daher nur Stufe 2",
    },
    {
        "slug": "baumfaellung", "ozg": "10112", "h1": "Baumfällung beantragen", "dept": "bauen",
        "desc": ["In Falkenbruch schützt die Baumschutzsatzung Laubbäume mit einem Stammumfang ab 80 cm und "
                 "Nadelbäume ab 120 cm (gemessen in einem Meter Höhe). Wer einen geschützten Baum fällen oder "
                 "stark zurückschneiden will, braucht eine Genehmigung – auch auf dem eigenen Grundstück.",
                 "Obstbäume sind ausgenommen. Zwischen dem 1. März und dem 30. September sind Fällungen wegen "
                 "der Brutzeit grundsätzlich nicht erlaubt.",
                 "Meist schaut sich eine Mitarbeiterin den Baum vor Ort an. Häufig wird eine Ersatzpflanzung "
                 "verlangt."],
        "req": ["Eigentum am Grundstück oder Zustimmung der Eigentümerin / des Eigentümers"],
        "docs": ["Lageplan mit Standort des Baumes", "Fotos", "Begründung (z. B. Gutachten bei Krankheit)"],
        "fees": "Genehmigung 40 bis 120 Euro",
        "law": "Baumschutzsatzung der Stadt Falkenbruch; § 39 Bundesnaturschutzgesetz (BNatSchG)",
        "online": online("baumfaellung", "Antrag online stellen"),
        "why_extra": "der Online-Link zeigt auf einen nicht existierenden Portalpfad (404), daher nur Stufe 1",
    },
    {
        "slug": "wohnberechtigungsschein", "ozg": "10083", "h1": "Wohnberechtigungsschein (WBS)",
        "dept": "soziales",
        "desc": ["Für eine öffentlich geförderte Mietwohnung („Sozialwohnung“) brauchen Sie einen "
                 "Wohnberechtigungsschein. Er wird erteilt, wenn das Einkommen Ihres Haushalts bestimmte Grenzen "
                 "nicht überschreitet, und gilt ein Jahr.",
                 "Im Schein steht, wie groß die Wohnung sein darf (Wohnfläche bzw. Zahl der Räume)."],
        "req": ["Einkommen innerhalb der Grenzen des Niedersächsischen Wohnraumfördergesetzes"],
        "docs": ["Einkommensnachweise aller Haushaltsmitglieder der letzten zwölf Monate", "Personalausweis",
                 "ggf. Schwerbehindertenausweis, Nachweis einer Schwangerschaft"],
        "fees": "keine",
        "law": "Niedersächsisches Wohnraumfördergesetz (NWoFG)",
        "pdf": pdf("antrag_wohnberechtigungsschein.pdf", "Antrag auf Wohnberechtigungsschein (PDF)", "210 KB",
                   "Antrag WBS", dead=True),
        "why_extra": "der PDF-Link ist tot (404), daher nur Stufe 1 aus der Informationsseite",
    },
    {
        "slug": "eheschliessung", "ozg": "10026", "h1": "Heiraten in Falkenbruch", "dept": "standesamt",
        "desc": ["Sie möchten heiraten? Herzlichen Glückwunsch! Zuerst melden Sie die Eheschließung bei dem "
                 "Standesamt an, in dessen Bezirk einer von Ihnen wohnt. Die Trauung selbst kann dann bei jedem "
                 "Standesamt in Deutschland stattfinden.",
                 "In Falkenbruch trauen wir im Trauzimmer des Rathauses und – von Mai bis September – in der "
                 "historischen Wassermühle am Mühlenteich. Die Anmeldung ist frühestens sechs Monate vor dem "
                 "Wunschtermin möglich.",
                 "Welche Unterlagen Sie brauchen, hängt von Ihrer Situation ab (Staatsangehörigkeit, frühere "
                 "Ehen, Kinder). Füllen Sie bitte vorab unseren Fragebogen aus und schicken Sie ihn uns."],
        "req": ["beide Partner volljährig", "keine bestehende Ehe oder Lebenspartnerschaft"],
        "docs": ["gültige Ausweise", "beglaubigte Abschriften aus dem Geburtenregister (nicht älter als sechs "
                 "Monate)", "bei Vorehen: Eheurkunde mit Auflösungsvermerk"],
        "fees": "Anmeldung 60 Euro; Trauung außerhalb der Dienstzeit oder in der Wassermühle 150 Euro",
        "law": "§§ 1310 ff. Bürgerliches Gesetzbuch (BGB), §§ 12 ff. Personenstandsgesetz (PStG)",
        "pdf": pdf("Fragebogen_Eheschliessung_2024.pdf", "Fragebogen zur Anmeldung der Eheschließung (PDF)",
                   "88 KB", "Fragebogen zur Anmeldung der Eheschliessung",
                   ["Verlobte/r 1: ____________", "Verlobte/r 2: ____________", "Wunschtermin: ______",
                    "Vorehen: [ ] ja [ ] nein", "Gemeinsame Kinder: [ ] ja [ ] nein"]),
    },
    {
        "slug": "geburt-anzeigen", "ozg": "10003", "h1": "Geburt anzeigen", "dept": "standesamt",
        "desc": ["Jede Geburt muss innerhalb einer Woche beim Standesamt des Geburtsortes angezeigt werden. "
                 "Kommt Ihr Kind im Kreiskrankenhaus Falkenbruch zur Welt, schickt die Klinik die Geburtsanzeige "
                 "direkt zu uns. Sie reichen dann nur noch die fehlenden Unterlagen nach.",
                 "Bei einer Hausgeburt zeigen Eltern oder Hebamme die Geburt selbst an. Wir beurkunden die Geburt "
                 "und stellen Geburtsurkunden aus – drei davon (für Elterngeld, Kindergeld und Krankenkasse) "
                 "sind kostenlos."],
        "req": ["Geburt in Falkenbruch"],
        "docs": ["Personalausweise der Eltern", "bei verheirateten Eltern: Eheurkunde", "bei nicht verheirateten "
                 "Eltern: Geburtsurkunde der Mutter, ggf. Vaterschaftsanerkennung", "Erklärung zur Namensführung"],
        "fees": "Beurkundung gebührenfrei; weitere Urkunden 12 Euro",
        "law": "§§ 18 bis 21 Personenstandsgesetz (PStG)",
    },
    {
        "slug": "geburtsurkunde", "ozg": "10557", "h1": "Geburtsurkunde bestellen", "dept": "standesamt",
        "desc": ["Geburtsurkunden stellt das Standesamt aus, in dessen Bezirk das Kind geboren wurde – nicht das "
                 "Standesamt des Wohnortes. Wenn Sie in Falkenbruch geboren sind, sind Sie bei uns richtig.",
                 "Neben der normalen Urkunde gibt es die beglaubigte Abschrift aus dem Geburtenregister (für die "
                 "Eheschließung) und die internationale Geburtsurkunde."],
        "req": ["eigene Urkunde, Urkunde von Eltern/Kindern/Ehegatten oder berechtigtes Interesse"],
        "docs": ["Ausweis", "bei Vollmacht: Vollmacht und Ausweiskopie"],
        "fees": "12 Euro, jede weitere gleichzeitig bestellte Urkunde 6 Euro",
        "law": "§§ 55, 59, 62 Personenstandsgesetz (PStG)",
    },
    {
        "slug": "sterbefall", "ozg": "10235", "h1": "Sterbefall anzeigen", "dept": "standesamt",
        "desc": ["Stirbt ein Mensch in Falkenbruch, muss der Tod spätestens am dritten Werktag beim Standesamt "
                 "angezeigt werden. In den meisten Fällen übernimmt das Bestattungsunternehmen die Anzeige für "
                 "die Angehörigen.",
                 "Das Standesamt beurkundet den Sterbefall und stellt die Sterbeurkunden aus, die Sie für Rente, "
                 "Versicherungen und Banken brauchen."],
        "req": [],
        "docs": ["ärztliche Todesbescheinigung", "Personalausweis der verstorbenen Person",
                 "Geburtsurkunde, bei Verheirateten Eheurkunde, bei Verwitweten auch Sterbeurkunde des Ehegatten"],
        "fees": "Beurkundung gebührenfrei",
        "law": "§§ 28 bis 31 Personenstandsgesetz (PStG)",
    },
    {
        "slug": "sterbeurkunde", "ozg": "10237", "h1": "Sterbeurkunde", "dept": "standesamt",
        "desc": ["Sterbeurkunden erhalten Sie beim Standesamt des Sterbeortes. Berechtigt sind unter anderem "
                 "Ehegatten, Kinder, Eltern und Personen mit rechtlichem Interesse (etwa Erben, Nachlassgericht)."],
        "req": [], "docs": ["Ausweis", "Nachweis des Verwandtschaftsverhältnisses, falls nötig"],
        "fees": "12 Euro je Urkunde",
        "law": "§ 60 Personenstandsgesetz (PStG)",
    },
    {
        "slug": "kirchenaustritt", "ozg": "10135", "h1": "Kirchenaustritt", "dept": "standesamt",
        "desc": ["In Niedersachsen erklären Sie den Austritt aus einer Kirche oder Religionsgemeinschaft des "
                 "öffentlichen Rechts beim Standesamt Ihres Wohnortes. Die Erklärung geben Sie persönlich ab; "
                 "eine schriftliche Erklärung per Post ist nur mit notarieller Beglaubigung möglich.",
                 "Sie erhalten sofort eine Bescheinigung. Die Kirchensteuerpflicht endet mit Ablauf des Monats, "
                 "in dem Sie ausgetreten sind. Ihre Lohnsteuerabzugsmerkmale werden automatisch angepasst; "
                 "beim Arbeitgeber müssen Sie nichts vorlegen."],
        "req": ["religionsmündig (ab 14 Jahren)", "Wohnsitz in Falkenbruch"],
        "docs": ["Personalausweis oder Reisepass", "wenn vorhanden: Taufbescheinigung oder Heiratsurkunde"],
        "fees": "30 Euro",
        "law": "Niedersächsisches Kirchenaustrittsgesetz (KiAustrG)",
    },
    {
        "slug": "vaterschaftsanerkennung", "ozg": "10001", "h1": "Vaterschaft anerkennen", "dept": "standesamt",
        "desc": ["Sind die Eltern nicht miteinander verheiratet, ist der Vater erst dann rechtlich Vater, wenn er "
                 "die Vaterschaft anerkennt und die Mutter zustimmt. Das geht schon vor der Geburt.",
                 "Gleichzeitig können beide eine gemeinsame Sorgeerklärung abgeben – diese beurkundet allerdings "
                 "das Jugendamt des Landkreises oder ein Notar, nicht das Standesamt."],
        "req": ["Erklärung persönlich von Vater und Mutter"],
        "docs": ["Personalausweise", "Geburtsurkunden beider Eltern", "bei Anerkennung vor der Geburt: "
                 "Mutterpass"],
        "fees": "gebührenfrei",
        "law": "§§ 1592, 1594 bis 1598 BGB; § 44 Personenstandsgesetz",
    },
    {
        "slug": "grundsteuer", "ozg": "10117", "h1": "Grundsteuer", "dept": "steuern",
        "desc": ["Eigentümerinnen und Eigentümer von Grundstücken zahlen an die Stadt Grundsteuer. Seit 2025 gilt "
                 "in Niedersachsen das neue Flächen-Lage-Modell. Den Messbetrag setzt das Finanzamt fest; die "
                 "Stadt multipliziert ihn mit ihrem Hebesatz und verschickt den Grundsteuerbescheid.",
                 "Die Steuer ist in vier Raten fällig: 15. Februar, 15. Mai, 15. August und 15. November. Wenn "
                 "Sie uns ein SEPA-Lastschriftmandat erteilen, buchen wir pünktlich ab.",
                 "Fragen zur Höhe des Messbetrags richten Sie bitte an das Finanzamt; Einspruch gegen den "
                 "Messbescheid ist nur dort möglich."],
        "req": [], "docs": [],
        "fees": "Hebesatz Grundsteuer A: 380 %, Grundsteuer B: 410 %",
        "law": "Grundsteuergesetz (GrStG), Niedersächsisches Grundsteuergesetz (NGrStG), Haushaltssatzung",
    },
    {
        "slug": "zweitwohnungsteuer", "ozg": "10126", "h1": "Zweitwohnungsteuer", "dept": "steuern",
        "desc": ["Wer in Falkenbruch neben seiner Hauptwohnung eine weitere Wohnung hat – auch ein Ferienhaus "
                 "am Falkensee oder ein dauerhaft abgestellter Wohnwagen –, zahlt Zweitwohnungsteuer.",
                 "Nach der Anmeldung der Nebenwohnung schicken wir Ihnen eine Steuererklärung. Sie können das "
                 "Formular auch gleich hier herunterladen und ausgefüllt zurücksenden."],
        "req": ["Nebenwohnung im Stadtgebiet"],
        "docs": ["Mietvertrag oder Nachweis über die jährliche Nettokaltmiete"],
        "fees": "10 % der jährlichen Nettokaltmiete",
        "law": "Zweitwohnungsteuersatzung der Stadt Falkenbruch, Niedersächsisches Kommunalabgabengesetz (NKAG)",
        "pdf": pdf("Erklaerung_Zweitwohnungsteuer.pdf", "Steuererklärung Zweitwohnung (PDF)", "66 KB",
                   "Erklaerung zur Zweitwohnungsteuer",
                   ["Name: ____________", "Anschrift der Zweitwohnung: ____________",
                    "Jaehrliche Nettokaltmiete: ______ Euro", "Wohnflaeche: ______ m2"]),
    },
    {
        "slug": "sperrzeitverkuerzung", "ozg": "10346", "h1": "Sperrzeitverkürzung für Gaststätten",
        "dept": "gewerbe",
        "desc": ["Für eine Feier, ein Fußballturnier mit Public Viewing oder das Stadtfest können Gastwirte eine "
                 "Verkürzung oder Aufhebung der Sperrzeit beantragen. Wir prüfen, ob Nachbarn dadurch unzumutbar "
                 "gestört werden.",
                 "Der Antrag muss zwei Wochen vorher bei uns sein."],
        "req": ["Betrieb einer Gaststätte in Falkenbruch"],
        "docs": ["Antragsformular", "ggf. Stellungnahme der Nachbarn"],
        "fees": "25 bis 100 Euro",
        "law": "Niedersächsisches Gaststättengesetz (NGastG) und Sperrzeitverordnung",
        "pdf": pdf("sperrzeitverkuerzung_antrag.pdf", "Antragsformular", "52 KB",
                   "Antrag auf Verkuerzung der Sperrzeit",
                   ["Gaststaette: ____________", "Anlass: ____________", "Datum: ______  bis ______ Uhr"]),
    },
    {
        "slug": "wochenmarkt-standplatz", "ozg": "10350", "h1": "Standplatz auf dem Wochenmarkt", "dept": "ordnung",
        "desc": ["Der Falkenbrucher Wochenmarkt findet jeden Mittwoch und Samstag von 7 bis 13 Uhr auf dem "
                 "Marktplatz statt. Rund 25 Beschicker bieten Obst, Gemüse, Käse, Fisch, Blumen und "
                 "Backwaren an.",
                 "Sie möchten einen Stand betreiben? Schicken Sie uns Ihre Bewerbung mit dem Formular. Feste "
                 "Plätze werden jeweils für ein Jahr vergeben, Tagesplätze nach Verfügbarkeit."],
        "req": ["Gewerbeanmeldung bzw. Reisegewerbekarte", "Angebot passend zum Sortiment des Marktes"],
        "docs": ["Bewerbungsformular", "Foto des Standes", "Lebensmittelhygiene-Nachweis bei Lebensmitteln"],
        "fees": "Standgeld nach Marktgebührensatzung, 1,80 Euro je Frontmeter und Markttag",
        "law": "§§ 67 bis 71b Gewerbeordnung, Marktsatzung der Stadt Falkenbruch",
        "pdf": pdf("Bewerbung_Standplatz_Wochenmarkt.pdf", "Bewerbung um einen Standplatz (PDF)", "79 KB",
                   "Bewerbung um einen Standplatz auf dem Wochenmarkt",
                   ["Firma: ____________", "Warenangebot: ____________", "Frontlaenge (m): ______",
                    "[ ] Mittwoch  [ ] Samstag"]),
    },
    {
        "slug": "vorkaufsrecht", "ozg": "10108", "h1": "Negativzeugnis zum gemeindlichen Vorkaufsrecht",
        "dept": "liegenschaften",
        "desc": ["Wird ein Grundstück verkauft, darf das Grundbuchamt den neuen Eigentümer erst eintragen, wenn "
                 "die Stadt bestätigt hat, dass sie ihr Vorkaufsrecht nicht ausübt oder keines besteht "
                 "(Negativzeugnis).",
                 "Die Anfrage stellt in der Regel das Notariat. Private Verkäufer können den Vordruck aber auch "
                 "selbst einreichen. Wir antworten meist innerhalb von einer Woche, spätestens nach zwei Monaten."],
        "req": ["notariell beurkundeter Kaufvertrag"],
        "docs": ["Kaufvertrag oder Auszug daraus", "Lageplan bzw. Flurstücksangaben"],
        "fees": "35 Euro",
        "law": "§§ 24 bis 28 Baugesetzbuch (BauGB)",
        "pdf": pdf("anfrage-vorkaufsrecht.docx", "Vordruck Anfrage Vorkaufsrecht (DOCX)", "31 KB",
                   "Anfrage zum gemeindlichen Vorkaufsrecht",
                   ["Gemarkung / Flur / Flurstueck: ____________", "Verkaeufer: ____________",
                    "Kaeufer: ____________", "Datum des Kaufvertrags: ______"], kind="docx"),
    },
    {
        "slug": "kanalanschluss", "ozg": "10515", "h1": "Anschluss an Kanal und Wasserleitung", "dept": "tiefbau",
        "desc": ["Bei einem Neubau oder wenn Sie Ihr Grundstück teilen, muss es an die öffentliche "
                 "Schmutzwasser- und Regenwasserkanalisation sowie an die Trinkwasserversorgung angeschlossen "
                 "werden. Die Hausanschlüsse bis zur Grundstücksgrenze stellt die Stadt her.",
                 "Für die Entwässerungsanlage auf dem Grundstück reichen Sie einen Entwässerungsantrag mit "
                 "Plänen ein. Ein zugelassener Fachbetrieb führt die Arbeiten aus."],
        "req": ["Grundstück im Geltungsbereich der Abwassersatzung"],
        "docs": ["Antrag auf Grundstücksentwässerung", "Lageplan 1:500", "Grundriss Kellergeschoss mit "
                 "Leitungsführung", "Schnitt mit Rückstauebene"],
        "fees": "nach tatsächlichem Aufwand; Anschlussbeitrag nach Satzung",
        "law": "Abwasserbeseitigungssatzung und Wasserversorgungssatzung der Stadt Falkenbruch",
        "pdf": pdf("Antrag_Grundstuecksentwaesserung.pdf", "Antrag auf Genehmigung der Grundstücksentwässerung "
                   "(PDF)", "156 KB", "Antrag auf Genehmigung einer Grundstuecksentwaesserungsanlage",
                   ["Bauherr/in: ____________", "Grundstueck: ____________",
                    "[ ] Schmutzwasser  [ ] Regenwasser", "Ausfuehrender Fachbetrieb: ____________"]),
    },
    {
        "slug": "beglaubigungen", "ozg": "10571", "h1": "Beglaubigung von Kopien und Unterschriften",
        "dept": "buergerbuero",
        "desc": ["Das Bürgerbüro beglaubigt Abschriften und Kopien von Zeugnissen, Urkunden und Bescheinigungen, "
                 "wenn sie zur Vorlage bei einer Behörde gedacht sind. Unterschriften beglaubigen wir ebenfalls, "
                 "sofern das Schriftstück für eine Behörde bestimmt ist.",
                 "Nicht beglaubigen dürfen wir Personenstandsurkunden (dafür ist das Standesamt da) sowie "
                 "Erklärungen für das Grundbuch oder Handelsregister – das ist Sache eines Notars."],
        "req": [], "docs": ["Original und Kopie", "Ausweis (bei Unterschriftsbeglaubigung)"],
        "fees": "5 Euro pro Seite, jede weitere Seite im selben Dokument 2 Euro",
        "law": "§§ 33 und 34 Verwaltungsverfahrensgesetz i. V. m. NVwVfG",
        "termin": True,
    },
    {
        "slug": "lebensbescheinigung", "ozg": "10102", "h1": "Lebensbescheinigung für die Rente",
        "dept": "buergerbuero",
        "desc": ["Wer eine Rente aus dem Ausland oder von einer Versorgungskasse bezieht, muss oft einmal im Jahr "
                 "nachweisen, dass er noch lebt. Bringen Sie den Vordruck des Rententrägers mit, wir bestätigen "
                 "ihn mit Stempel und Unterschrift."],
        "req": ["persönliches Erscheinen"], "docs": ["Vordruck des Rententrägers", "Personalausweis"],
        "fees": "für Renten gebührenfrei",
        "law": "",
    },
]

# ISO-8859-1 pages of an older part of the site. They carry real level-2 evidence.
ISO_SERVICES: list[dict] = [
    {
        "slug": "friedhof", "path": "/alt/friedhof.htm", "ozg": "10227",
        "h1": "Friedhof und Grabstellen", "dept": "friedhof",
        "pdf": pdf("antrag_grabnutzungsrecht.pdf", "Antrag auf Erwerb eines Grabnutzungsrechts", "70 KB",
                   "Antrag auf Erwerb bzw. Verlaengerung eines Grabnutzungsrechts",
                   ["Verstorbene/r: ____________", "Grabart: [ ] Reihengrab [ ] Wahlgrab [ ] Urnengrab",
                    "Nutzungsberechtigte/r: ____________", "Friedhof: [ ] Stadtfriedhof [ ] Heidwinkel"]),
    },
    {
        "slug": "fischereischein", "path": "/alt/fischereischein.htm", "ozg": "10148",
        "h1": "Fischereischein", "dept": "ordnung",
        "pdf": pdf("Fischereischein_Antrag.pdf", "Antragsvordruck Fischereischein", "48 KB",
                   "Antrag auf Erteilung eines Fischereischeins",
                   ["Name, Vorname: ____________", "Geburtsdatum: ______",
                    "Fischerpruefung abgelegt am: ______ bei: ____________", "Lichtbild beifuegen"]),
    },
]

# Services that only appear in the list built by JavaScript from /fileadmin/data/online-services.json.
JS_SERVICES: list[dict] = [
    {"ozg": "10147", "title": "Osterfeuer anzeigen", "online": online("brauchtumsfeuer", "Osterfeuer anzeigen"),
     "teaser": "Brauchtumsfeuer zu Ostern rechtzeitig anzeigen."},
    {"ozg": "10144", "title": "Wahlhelferin / Wahlhelfer werden", "online": online("wahlhelfer", "Als Wahlhelfer "
     "melden"), "teaser": "Unterstützen Sie die Wahl im Wahlvorstand."},
    {"ozg": "10024", "title": "Sporthalle mieten (Hallenbelegung)",
     "pdf": pdf("hallenbelegung_antrag_2025.pdf", "Antrag Hallenbelegung (PDF)", "45 KB",
                "Antrag auf Nutzung einer staedtischen Sporthalle",
                ["Verein / Gruppe: ____________", "Halle: [ ] Sporthalle am Schulzentrum [ ] Heidwinkel",
                 "Wochentag / Uhrzeit: ____________", "Verantwortliche Person: ____________"]),
     "teaser": "Hallenzeiten für Vereine und Gruppen beantragen."},
    {"ozg": "10134", "title": "Ehrenamtskarte Niedersachsen", "page": "/buergerservice/online-services/ehrenamtskarte.html",
     "teaser": "Vergünstigungen für Menschen, die sich engagieren."},
]
for _s in SERVICES:
    _s["url"] = f"{T}/buergerservice/leistungen/{_s['slug']}/"
for _s in ISO_SERVICES:
    _s["url"] = f"{T}{_s['path']}"
    _s["why1"] = "eigene Informationsseite (ISO-8859-1)"
for _s in JS_SERVICES:
    _s["url"] = f"{T}{_s['page']}" if "page" in _s else f"{T}/buergerservice/online-services/"
    _s["why1"] = "eigene Informationsseite, nur über die per JavaScript aufgebaute Liste der Online-Services verlinkt"
    _s["why_extra"] = "nur nach dem Rendern sichtbar (Liste wird per JavaScript aus online-services.json gebaut)"

# Already-visible services that also appear in the JS list (realism; not needed for labels).
JS_ALSO = ["meldebescheinigung", "bewohnerparkausweis", "hundesteuer", "sperrmuell", "briefwahl"]

L = f"http://{LK}"
# A–Z directory: (entry text, target). target: service slug, iso slug, or ("ext", url, note).
AZ_ENTRIES: list[tuple[str, object]] = [
    ("Abmeldung des Wohnsitzes", "wohnsitz-anmelden-ummelden"),
    ("Abwasser – Hausanschluss", "kanalanschluss"),
    ("Anmeldung einer Wohnung", "wohnsitz-anmelden-ummelden"),
    ("Anwohnerparkausweis", "bewohnerparkausweis"),
    ("Auskunftssperre", "auskunftssperre"),
    ("Bauantrag / Baugenehmigung", ("ext", f"{L}/bauen-umwelt/bauaufsicht/",
                                    "zuständig ist die Bauaufsicht des Landkreises Wendmoor")),
    ("Baumfällung", "baumfaellung"),
    ("Beglaubigungen", "beglaubigungen"),
    ("Bestattung", "friedhof"),
    ("Briefwahl", "briefwahl"),
    ("Eheschließung", "eheschliessung"),
    ("Elterngeld", ("ext", f"{L}/familie/elterngeld/", "Elterngeldstelle des Landkreises Wendmoor")),
    ("Fischereischein", "fischereischein"),
    ("Friedhof / Grabstelle", "friedhof"),
    ("Führerschein", ("ext", f"{L}/verkehr/fuehrerscheinstelle/", "Führerscheinstelle des Landkreises")),
    ("Führungszeugnis", "fuehrungszeugnis"),
    ("Fundsachen", "fundsachen"),
    ("Geburt anzeigen", "geburt-anzeigen"),
    ("Geburtsurkunde", "geburtsurkunde"),
    ("Gewerbe anmelden, ummelden, abmelden", "gewerbe-anmelden"),
    ("Grabstelle", "friedhof"),
    ("Grundsteuer", "grundsteuer"),
    ("Halteverbot für Umzug", "halteverbot-sondernutzung"),
    ("Hund anmelden", "hundesteuer"),
    ("Hundesteuer", "hundesteuer"),
    ("Kfz-Zulassung", ("ext", f"{L}/verkehr/kfz-zulassung/", "Zulassungsstelle des Landkreises Wendmoor")),
    ("Kirchenaustritt", "kirchenaustritt"),
    ("Kita-Platz beantragen", "kita-platz"),
    ("Lebensbescheinigung", "lebensbescheinigung"),
    ("Lohnsteuerkarte", ("text", "", "gibt es nicht mehr – die Lohnsteuerabzugsmerkmale verwaltet das "
                                     "Finanzamt")),
    ("Meldebescheinigung", "meldebescheinigung"),
    ("Mängelmelder", "strassenbeleuchtung-defekt"),
    ("Personalausweis", "personalausweis"),
    ("Reisepass", "reisepass"),
    ("Schwerbehindertenausweis", ("ext", f"{L}/soziales/schwerbehinderung/",
                                  "Antrag über den Landkreis beim Landesamt für Soziales, Jugend und Familie")),
    ("Sondernutzung von Straßen", "halteverbot-sondernutzung"),
    ("Sperrmüll bestellen", "sperrmuell"),
    ("Sperrzeit", "sperrzeitverkuerzung"),
    ("Sterbefall", "sterbefall"),
    ("Sterbeurkunde", "sterbeurkunde"),
    ("Straßenbeleuchtung defekt melden", "strassenbeleuchtung-defekt"),
    ("Ummeldung", "wohnsitz-anmelden-ummelden"),
    ("Urkunden beglaubigen", "beglaubigungen"),
    ("Vaterschaftsanerkennung", "vaterschaftsanerkennung"),
    ("Veranstaltung anmelden", "veranstaltung-anmelden"),
    ("Vorkaufsrecht", "vorkaufsrecht"),
    ("Wasserzählerstand", "wasserzaehlerstand"),
    ("Wochenmarkt", "wochenmarkt-standplatz"),
    ("Wohnberechtigungsschein", "wohnberechtigungsschein"),
    ("Wohngeld", "wohngeld"),
    ("Zweitwohnungsteuer", "zweitwohnungsteuer"),
]

NOT_SERVICES: list[dict] = [
    {"ozg_id": "10000", "why": "nur in einer Pressemitteilung des Landkreises (Umzug der Elterngeldstelle) und als "
     "A-Z-Verweis auf den Landkreis erwähnt; die Stadt bietet Elterngeld nicht an"},
    {"ozg_id": "10439", "why": "Kfz-Zulassung: Verweis auf die Zulassungsstelle des Landkreises (A-Z, Bürgerbüro, "
     "Nachricht zur Außenstelle); keine Leistung der Stadt"},
    {"ozg_id": "10169", "why": "Führerschein: nur Verweis auf die Führerscheinstelle des Landkreises"},
    {"ozg_id": "10214", "why": "Schwerbehindertenausweis: Verweis auf Landkreis bzw. Landesamt; die Stadt ist "
     "nicht zuständig"},
    {"ozg_id": "10519", "why": "Baugenehmigung: zuständig ist die Bauaufsicht des Landkreises; sonst nur in der "
     "Niederschrift des Bauausschusses (Ratsinformationssystem) erwähnt"},
    {"ozg_id": "10528", "why": "Bebauungsplan/Bauleitplanung nur in Sitzungsniederschriften und einer "
     "Bekanntmachung erwähnt; keine Bürgerleistung mit Antrag"},
    {"ozg_id": "10041", "why": "Schulanmeldung: Nachricht verweist auf die Grundschulen, die Anmeldung ist keine "
     "Leistung auf der Stadtseite"},
    {"ozg_id": "10364", "why": "Gewerbesteuer nur in einer Stellenanzeige (Sachbearbeitung Steuern) erwähnt"},
    {"ozg_id": "10377", "why": "Vergnügungsteuer nur in einer Stellenanzeige und auf der per robots.txt "
     "gesperrten /intern/-Seite"},
    {"ozg_id": "10303", "why": "Lohnsteuerkarte/ELStAM: A-Z-Eintrag sagt ausdrücklich, dass das Finanzamt "
     "zuständig ist"},
]


# ==============================================================================================================
# PAGES – www.stadt-falkenbruch.de
# ==============================================================================================================

E = html.escape
MAIN_NAV = [("Rathaus &amp; Politik", "/rathaus-politik/"), ("Bürgerservice", "/buergerservice/"),
            ("Leben in Falkenbruch", "/leben-in-falkenbruch/"), ("Wirtschaft", "/wirtschaft/"),
            ("Tourismus", "/tourismus/"), ("Aktuelles", "/aktuelles/")]
SITEMAP: list[str] = []  # paths on the town host listed in sitemap.xml
OPENING = ("<p><strong>Öffnungszeiten Rathaus</strong><br>Mo, Di, Do, Fr 8.00–12.30 Uhr<br>Di 14.00–16.00 Uhr, "
           "Do 14.00–18.00 Uhr<br>Mittwoch geschlossen</p>")
ADDRESS = "Stadt Falkenbruch · Markt 1 · 27399 Falkenbruch"


def layout(title: str, body: str, crumbs: list[tuple[str, str]], active: str = "", sidebar: str = "",
           charset: str = "utf-8", page_id: int = 0, extra_head: str = "") -> str:
    nav = "".join(
        f'<li class="{"active" if href == active else ""}"><a href="{href}">{label}</a></li>' for label, href in MAIN_NAV
    )
    trail = ['<li><a href="/">Startseite</a></li>']
    for label, href in crumbs:
        trail.append(f'<li><a href="{href}">{E(label)}</a></li>' if href else f'<li class="current">{E(label)}</li>')
    aside = f'<aside class="col-sidebar">{sidebar}</aside>' if sidebar else ""
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="{charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="TYPO3 CMS">
<title>{E(title)} | Stadt Falkenbruch</title>
<link rel="stylesheet" href="/typo3conf/ext/falkenbruch_sitepackage/Resources/Public/Css/main.css">
{extra_head}</head>
<body id="p{page_id}" class="page-{page_id}">
<a class="skiplink" href="#content">Zum Inhalt springen</a>
<header class="page-header">
  <div class="service-bar">
    <ul><li><a href="/leichte-sprache/">Leichte Sprache</a></li><li><a href="/barrierefreiheit/">Barrierefreiheit</a></li>
    <li><a href="/kontakt/">Kontakt</a></li></ul>
    <form class="search" action="/suche/" method="get" role="search">
      <label for="search-q" class="sr-only">Suchbegriff</label>
      <input type="search" id="search-q" name="q" placeholder="Suchbegriff eingeben">
      <button type="submit">Suchen</button>
    </form>
  </div>
  <a class="logo" href="/"><img src="/fileadmin/templates/img/wappen-falkenbruch.svg" alt="Wappen der Stadt Falkenbruch"> Stadt Falkenbruch</a>
  <nav class="main-nav" aria-label="Hauptnavigation"><ul>{nav}</ul></nav>
</header>
<nav class="breadcrumb" aria-label="Sie sind hier"><ol>{"".join(trail)}</ol></nav>
<div class="container">
<main id="content" class="col-main">
{body}
</main>
{aside}
</div>
<footer class="page-footer">
  <div class="footer-address"><strong>Stadt Falkenbruch</strong><br>Markt 1<br>27399 Falkenbruch<br>Telefon 05599 873-0<br>
  <a href="mailto:info@stadt-falkenbruch.de">info@stadt-falkenbruch.de</a></div>
  <ul class="footer-links">
    <li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a></li>
    <li><a href="/barrierefreiheit/">Barrierefreiheit</a></li><li><a href="/kontakt/">Kontakt</a></li>
    <li><a href="/intern/">Intranet</a></li>
  </ul>
  <p class="social"><a href="http://www.facebook.com/stadtfalkenbruch">Facebook</a> · <a href="http://www.instagram.com/stadt_falkenbruch">Instagram</a></p>
  <p class="copy">© 2026 Stadt Falkenbruch</p>
</footer>
</body>
</html>
"""


def contact_box(key: str) -> str:
    c = CONTACTS[key]
    return (f'<div class="contact-box"><h2>Zuständige Stelle</h2><p><strong>{E(c["stelle"])}</strong><br>'
            f'{E(c["fb"])}</p><p>Ansprechpartner: {E(c["person"])}<br>Telefon: {E(c["tel"])}<br>'
            f'E-Mail: <a href="mailto:{c["mail"]}">{c["mail"]}</a><br>Zimmer: {E(c["raum"])}</p>'
            f"<p>{ADDRESS}</p>{OPENING}</div>")


def ul(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{E(i)}</li>" for i in items) + "</ul>" if items else ""


def doc_link(doc: dict) -> str:
    ext = "DOCX" if doc["kind"] == "docx" else "PDF"
    return (f'<a class="download {ext.lower()}" href="{doc["url"]}">{E(doc["text"])}</a> '
            f'<span class="meta">({ext}, {doc["size"]})</span>')


def online_block(service: dict) -> str:
    o = service.get("online")
    if not o:
        return ""
    form = FORMS[o["form"]]
    return (f'<p>Sie können diese Leistung auch über das Internet erledigen.</p>'
            f'<p><a class="btn btn-primary" href="{form["url"]}">{E(o["text"])}</a></p>')


def termin_block(service: dict) -> str:
    if not service.get("termin"):
        return ""
    return (f'<p class="hint">{E(TERMIN_HINT)}</p><p><a class="btn" href="http://{TERMIN}/">Termin vereinbaren</a></p>')


RELATED = {
    "personalausweis": ["reisepass", "meldebescheinigung"], "reisepass": ["personalausweis"],
    "wohnsitz-anmelden-ummelden": ["halteverbot-sondernutzung", "meldebescheinigung", "auskunftssperre"],
    "hundesteuer": ["grundsteuer", "zweitwohnungsteuer"], "gewerbe-anmelden": ["sperrzeitverkuerzung",
    "wochenmarkt-standplatz"], "geburt-anzeigen": ["geburtsurkunde", "vaterschaftsanerkennung", "kita-platz"],
    "sterbefall": ["sterbeurkunde"], "eheschliessung": ["geburtsurkunde"], "sperrmuell": ["strassenbeleuchtung-defekt"],
    "wohngeld": ["wohnberechtigungsschein"], "wohnberechtigungsschein": ["wohngeld"],
    "halteverbot-sondernutzung": ["veranstaltung-anmelden"],
}
SLUG_TITLE = {s["slug"]: s["h1"] for s in SERVICES}


def service_page(service: dict, index: int) -> str:
    s = service
    desc = "".join(f"<p>{E(p)}</p>" for p in s["desc"])
    forms = []
    for key in ("pdf", "pdf2"):
        if s.get(key):
            forms.append(doc_link(s[key]))
    extras = []
    if s["slug"] == "hundesteuer":
        extras.append(f'<p>Die aktuelle <a href="{T}/fileadmin/user_upload/satzungen/Hundesteuersatzung.pdf">'
                      "Hundesteuersatzung (PDF)</a> finden Sie im Ortsrecht.</p>")
    if s["slug"] == "sperrmuell":
        extras.append(f'<p><a href="{T}/fileadmin/user_upload/abfall/Abfuhrkalender_2026.pdf">Abfuhrkalender 2026 '
                      "(PDF, 1,2 MB)</a></p>")
    if s["slug"] == "bewohnerparkausweis":
        extras.append('<p>Die Grenzen der Zonen sehen Sie auf dem <a href="/leben-in-falkenbruch/parken/">'
                      "Parkplan</a>.</p>")
    if s.get("extra"):
        extras.append(f'<p class="hint">{E(s["extra"])}</p>')
    related = RELATED.get(s["slug"], [])
    rel_html = ("<h2>Das könnte Sie auch interessieren</h2><ul>" + "".join(
        f'<li><a href="/buergerservice/leistungen/{r}/">{E(SLUG_TITLE[r])}</a></li>' for r in related) + "</ul>"
    ) if related else ""
    online_html = online_block(s)
    termin_html = termin_block(s)
    style = index % 3
    if style == 0:
        parts = [f"<h1>{E(s['h1'])}</h1>", desc, "".join(extras)]
        if s["req"]:
            parts.append(f"<h2>Voraussetzungen</h2>{ul(s['req'])}")
        if s["docs"]:
            parts.append(f"<h2>Welche Unterlagen werden benötigt?</h2>{ul(s['docs'])}")
        parts.append(f"<h2>Gebühren</h2><p>{E(s['fees'])}</p>")
        if online_html:
            parts.append(f"<h2>Online-Dienst</h2>{online_html}")
        if forms:
            parts.append("<h2>Formulare</h2><ul>" + "".join(f"<li>{f}</li>" for f in forms) + "</ul>")
        if termin_html:
            parts.append(f"<h2>Termin</h2>{termin_html}")
        if s["law"]:
            parts.append(f"<h2>Rechtsgrundlage</h2><p>{E(s['law'])}</p>")
        parts.append(rel_html)
        body = "\n".join(parts)
        sidebar = contact_box(s["dept"])
    elif style == 1:
        rows = [("Beschreibung", desc + "".join(extras))]
        if s["req"]:
            rows.append(("Voraussetzungen", ul(s["req"])))
        if s["docs"]:
            rows.append(("Erforderliche Unterlagen", ul(s["docs"])))
        rows.append(("Kosten", f"<p>{E(s['fees'])}</p>"))
        if forms:
            rows.append(("Formulare", "<br>".join(forms)))
        if online_html or termin_html:
            rows.append(("Online-Dienst" if online_html else "Terminvereinbarung", online_html + termin_html))
        if s["law"]:
            rows.append(("Rechtsgrundlage", f"<p>{E(s['law'])}</p>"))
        rows.append(("Zuständige Stelle", contact_box(s["dept"]).replace("<h2>Zuständige Stelle</h2>", "")))
        body = (f'<h1>{E(s["h1"])}</h1><div class="leistung-detail"><dl>'
                + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows) + f"</dl></div>{rel_html}")
        sidebar = ""
    else:
        blocks = [("Worum geht es?", desc + "".join(extras))]
        if s["req"] or s["docs"]:
            blocks.append(("Was brauche ich?", (f"<h3>Voraussetzungen</h3>{ul(s['req'])}" if s["req"] else "")
                           + (f"<h3>Unterlagen</h3>{ul(s['docs'])}" if s["docs"] else "")))
        blocks.append(("Was kostet das?", f"<p>{E(s['fees'])}</p>"))
        how = online_html + termin_html
        if forms:
            how += "<p>Formular zum Ausdrucken:</p><ul>" + "".join(f"<li>{f}</li>" for f in forms) + "</ul>"
        if not online_html:
            how += "<p>Ein Online-Antrag ist für diese Leistung noch nicht möglich.</p>"
        blocks.append(("Wie beantrage ich das?", how))
        if s["law"]:
            blocks.append(("Rechtsgrundlagen", f"<p>{E(s['law'])}</p>"))
        body = f"<h1>{E(s['h1'])}</h1>" + "".join(
            f'<details class="accordion"{" open" if i == 0 else ""}><summary>{k}</summary>'
            f'<div class="accordion-body">{v}</div></details>' for i, (k, v) in enumerate(blocks)) + rel_html
        sidebar = contact_box(s["dept"])
    crumbs = [("Bürgerservice", "/buergerservice/"), ("Was erledige ich wo?", "/buergerservice/was-erledige-ich-wo/"),
              (s["h1"], "")]
    return layout(s["h1"], body, crumbs, "/buergerservice/", sidebar, page_id=200 + index)


def az_href(target) -> tuple[str, str]:
    """(href, note) for an A–Z target."""
    if isinstance(target, tuple):
        kind, url, note = target
        return url, note
    for s in ISO_SERVICES:
        if s["slug"] == target:
            return s["path"], ""
    if target not in SLUG_TITLE:
        raise AssertionError(f"unknown A-Z target {target}")
    return f"/buergerservice/leistungen/{target}/", ""


def letter_of(text: str) -> str:
    first = text[0].upper()
    return {"Ä": "A", "Ö": "O", "Ü": "U"}.get(first, first)


def build_az(w: Writer) -> None:
    letters: dict[str, list] = {}
    for text, target in AZ_ENTRIES:
        letters.setdefault(letter_of(text), []).append((text, target))
    nav = '<nav class="az-nav" aria-label="Buchstaben"><ul>' + "".join(
        (f'<li><a href="/buergerservice/was-erledige-ich-wo/buchstabe-{c.lower()}.html">{c}</a></li>'
         if c in letters else f'<li class="empty"><span>{c}</span></li>') for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    ) + "</ul></nav>"
    popular = ["personalausweis", "wohnsitz-anmelden-ummelden", "hundesteuer", "kita-platz", "sperrmuell",
               "gewerbe-anmelden", "briefwahl"]
    body = (
        "<h1>Was erledige ich wo?</h1>"
        "<p>Hier finden Sie die Dienstleistungen der Stadtverwaltung von A bis Z – mit Ansprechpartnern, "
        "Unterlagen, Gebühren und, wo es schon geht, dem Weg zum Online-Antrag. Wählen Sie einen Anfangsbuchstaben.</p>"
        + nav +
        "<h2>Häufig gesucht</h2><ul class=\"link-list\">" + "".join(
            f'<li><a href="/buergerservice/leistungen/{p}/">{E(SLUG_TITLE[p])}</a></li>' for p in popular) + "</ul>"
        "<p>Für manche Anliegen ist nicht die Stadt, sondern der Landkreis Wendmoor zuständig, zum Beispiel "
        f'für Kfz-Zulassung, Führerschein, Baugenehmigungen und Elterngeld. Mehr dazu auf <a href="{L}/">www.landkreis-wendmoor.de</a>.</p>'
    )
    crumbs = [("Bürgerservice", "/buergerservice/"), ("Was erledige ich wo?", "")]
    w.add(TOWN, "/buergerservice/was-erledige-ich-wo/", layout("Was erledige ich wo?", body, crumbs,
                                                                "/buergerservice/", page_id=120))
    SITEMAP.append("/buergerservice/was-erledige-ich-wo/")
    for c, entries in sorted(letters.items()):
        items = []
        for text, target in entries:
            if isinstance(target, tuple) and target[0] == "text":
                items.append(f"<li><span>{E(text)}</span> – {E(target[2])}</li>")
                continue
            href, note = az_href(target)
            if note:
                items.append(f'<li>{E(text)} – {E(note)}: <a href="{href}" class="external">zum Landkreis</a></li>')
            else:
                items.append(f'<li><a href="{href}">{E(text)}</a></li>')
        body = (f"<h1>Dienstleistungen A–Z: {c}</h1>{nav}<ul class=\"az-list\">{''.join(items)}</ul>"
                '<p><a href="/buergerservice/was-erledige-ich-wo/">Zurück zur Übersicht</a></p>')
        crumbs = [("Bürgerservice", "/buergerservice/"), ("Was erledige ich wo?", "/buergerservice/was-erledige-ich-wo/"),
                  (f"Buchstabe {c}", "")]
        path = f"/buergerservice/was-erledige-ich-wo/buchstabe-{c.lower()}.html"
        w.add(TOWN, path, layout(f"A–Z {c}", body, crumbs, "/buergerservice/", page_id=130))
        SITEMAP.append(path)


# ---- ISO-8859-1 pages (old "Bürgerinfo" section) -------------------------------------------------------------

def iso_page(s: dict) -> str:
    text = _iso_page(s)
    for bad, good in (("\u2013", "-"), ("\u201e", '"'), ("\u201c", '"'), ("\u2019", "'")):
        text = text.replace(bad, good)
    return text


def _iso_page(s: dict) -> str:
    c = CONTACTS[s["dept"]]
    doc = s["pdf"]
    if s["slug"] == "friedhof":
        content = f"""<table width="100%" border="0" cellpadding="4">
<tr><td bgcolor="#dfe6cc"><font face="Arial" size="4"><b>Friedhöfe der Stadt Falkenbruch – Grabstellen und Bestattungen</b></font></td></tr>
<tr><td><font face="Arial" size="2">
Die Stadt unterhält den Stadtfriedhof an der Lindenallee und den kleinen Friedhof im Ortsteil Heidwinkel. Auf beiden
Friedhöfen gibt es Reihengräber, Wahlgräber, Urnengräber und ein Gemeinschaftsfeld unter Bäumen, in dem die Pflege
von der Friedhofsverwaltung übernommen wird.<br><br>
Im Trauerfall meldet sich in der Regel das Bestattungsunternehmen bei uns und stimmt den Termin für die Beisetzung
ab. Das Nutzungsrecht an einer Grabstelle muss schriftlich beantragt werden. Bei Wahlgräbern kann das Recht nach
Ablauf der Ruhezeit verlängert werden.<br><br>
<b>Ruhezeiten:</b> Erdbestattung 25 Jahre, Urnenbestattung 20 Jahre.<br>
<b>Gebühren:</b> nach der Friedhofsgebührensatzung, z. B. Urnenwahlgrab 20 Jahre: 980,- EUR;
Beisetzung in der Kapelle: 210,- EUR.<br><br>
<b>Formular:</b> <a href="{doc['url']}">{E(doc['text'])}</a> (PDF, {doc['size']})<br><br>
<b>Rechtsgrundlage:</b> Niedersächsisches Gesetz über das Leichen-, Bestattungs- und Friedhofswesen (BestattG),
Friedhofssatzung der Stadt Falkenbruch
</font></td></tr>"""
    else:
        content = f"""<table width="100%" border="0" cellpadding="4">
<tr><td bgcolor="#dfe6cc"><font face="Arial" size="4"><b>Fischereischein – Ausstellung und Verlängerung</b></font></td></tr>
<tr><td><font face="Arial" size="2">
Wer in Niedersachsen mit der Handangel fischen will, braucht einen Fischereischein und zusätzlich die Erlaubnis des
Gewässereigentümers bzw. Pächters (Angelkarte). Der Fischereischein wird nach bestandener Fischerprüfung vom
Ordnungsamt der Wohnortgemeinde ausgestellt und gilt auf Lebenszeit.<br><br>
Jugendliche zwischen 10 und 18 Jahren können nach der Prüfung einen Jugendfischereischein erhalten.
Wer nur in geschlossenen Gewässern (z. B. Forellenteich) angelt, braucht keinen Schein.<br><br>
<b>Benötigt werden:</b> Personalausweis, Prüfungszeugnis über die Fischerprüfung, ein Passbild.<br>
<b>Gebühr:</b> 20,- EUR (Ersatzausfertigung 15,- EUR).<br><br>
<b>Antrag:</b> <a href="{doc['url']}">{E(doc['text'])}</a> (PDF, {doc['size']}) – bitte ausgefüllt mitbringen.<br><br>
<b>Rechtsgrundlage:</b> Niedersächsisches Fischereigesetz (Nds. FischG)
</font></td></tr>"""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Stadt Falkenbruch - Bürgerinfo - {E(s['h1'])}</title>
</head>
<body bgcolor="#ffffff" text="#000000" link="#2f5d1e">
<table width="760" border="0" cellspacing="0" cellpadding="0">
<tr><td><a href="/"><img src="/alt/img/kopf.gif" width="760" height="90" border="0" alt="Stadt Falkenbruch"></a></td></tr>
<tr><td bgcolor="#2f5d1e"><font face="Arial" size="2" color="#ffffff">&nbsp;<a href="/"><font color="#ffffff">Startseite</font></a> &gt;
<a href="/buergerservice/"><font color="#ffffff">Bürgerservice</font></a> &gt; {E(s['h1'])}</font></td></tr>
<tr><td>
{content}
<tr><td><font face="Arial" size="2"><b>Ansprechpartner:</b> {E(c['stelle'])}, {E(c['person'])}, Tel. {E(c['tel'])},
Zimmer: {E(c['raum'])}, E-Mail: <a href="mailto:{c['mail']}">{c['mail']}</a></font></td></tr>
</table>
</td></tr>
<tr><td><font face="Arial" size="1">Stand: 14.03.2019 · <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></font></td></tr>
</table>
</body>
</html>
"""


# ---- JavaScript-built list ------------------------------------------------------------------------------------

def build_online_services(w: Writer) -> None:
    entries = []
    by_slug = {s["slug"]: s for s in SERVICES}
    for js in JS_SERVICES:
        if "online" in js:
            url = FORMS[js["online"]["form"]]["url"]
        elif "pdf" in js:
            url = js["pdf"]["url"]
        else:
            url = js["page"]
        entries.append({"titel": js["title"], "text": js["teaser"], "url": url,
                        "typ": "Online-Antrag" if "online" in js else ("Formular" if "pdf" in js else "Information")})
    for slug in JS_ALSO:
        s = by_slug[slug]
        entries.append({"titel": s["h1"], "text": s["desc"][0][:110].rsplit(" ", 1)[0] + " …",
                        "url": FORMS[s["online"]["form"]]["url"], "typ": "Online-Antrag"})
    entries.sort(key=lambda e: e["titel"])
    w.add(TOWN, "/fileadmin/data/online-services.json",
          json.dumps({"stand": "2026-03-01", "leistungen": entries}, ensure_ascii=False, indent=1))
    script = """<script>
(function () {
  var box = document.getElementById('leistungen');
  fetch('/fileadmin/data/online-services.json')
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var list = document.createElement('ul');
      list.className = 'service-cards';
      data.leistungen.forEach(function (item) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = item.url;
        a.textContent = item.titel;
        var p = document.createElement('p');
        p.textContent = item.text + ' (' + item.typ + ')';
        li.appendChild(a);
        li.appendChild(p);
        list.appendChild(li);
      });
      box.innerHTML = '';
      box.appendChild(list);
    })
    .catch(function () { box.textContent = 'Die Liste konnte nicht geladen werden.'; });
})();
</script>"""
    body = ("<h1>Online-Services</h1><p>Immer mehr Anliegen können Sie erledigen, ohne ins Rathaus zu kommen. "
            "Hier sehen Sie die Angebote, die schon online funktionieren. Die Liste wird laufend erweitert.</p>"
            '<div id="leistungen" class="service-list" aria-live="polite"></div>'
            "<noscript><p>Bitte aktivieren Sie JavaScript, um die Liste der Online-Services zu sehen.</p></noscript>"
            '<p>Für die meisten Online-Dienste brauchen Sie ein Nutzerkonto (BundID) oder den Personalausweis mit '
            'Online-Funktion.</p>' + script)
    crumbs = [("Bürgerservice", "/buergerservice/"), ("Online-Services", "")]
    w.add(TOWN, "/buergerservice/online-services/", layout("Online-Services", body, crumbs, "/buergerservice/",
                                                            page_id=140))
    SITEMAP.append("/buergerservice/online-services/")
    # The Ehrenamtskarte page is linked only from the JSON list (not in sitemap).
    body = ("<h1>Ehrenamtskarte Niedersachsen</h1>"
            "<p>Wer sich mindestens fünf Stunden in der Woche (oder 250 Stunden im Jahr) ohne Bezahlung engagiert, "
            "kann die Ehrenamtskarte des Landes bekommen. Damit gibt es Rabatte in Schwimmbädern, Museen und bei "
            "vielen Geschäften in ganz Niedersachsen.</p>"
            "<h2>Voraussetzungen</h2><ul><li>mindestens 16 Jahre alt</li><li>Engagement seit mindestens drei "
            "Jahren</li><li>keine Aufwandsentschädigung über die Ehrenamtspauschale hinaus</li></ul>"
            "<h2>So geht es</h2><p>Ihr Verein bestätigt Ihr Engagement auf einem formlosen Schreiben. Damit kommen "
            "Sie ins Rathaus, Zimmer 1.25. Die Karte ist kostenlos und drei Jahre gültig.</p>")
    w.add(TOWN, "/buergerservice/online-services/ehrenamtskarte.html",
          layout("Ehrenamtskarte", body, [("Bürgerservice", "/buergerservice/"),
                                          ("Online-Services", "/buergerservice/online-services/"),
                                          ("Ehrenamtskarte", "")], "/buergerservice/", contact_box("sport"), page_id=141))


# ---- news -----------------------------------------------------------------------------------------------------

NEWS: list[dict] = [
    {"slug": "neue-oeffnungszeiten-buergerbuero", "date": "10.03.2026",
     "title": "Neue Öffnungszeiten im Bürgerbüro ab April",
     "body": ["Ab dem 1. April 2026 ist das Bürgerbüro donnerstags bis 18 Uhr geöffnet, dafür bleibt es mittwochs "
              "ganztägig geschlossen. Mit der Umstellung reagiert die Verwaltung auf den Wunsch vieler Berufstätiger "
              "nach späteren Terminen.",
              "Personalausweise und Reisepässe können ab sofort auch ohne Termin abgeholt werden – einfach zu den "
              "Öffnungszeiten vorbeikommen und den Abholschein mitbringen. Für Anträge bitten wir weiterhin um "
              "eine Terminbuchung.",
              "Bürgermeisterin Hanna Vosgerau: „Wir wollen, dass niemand wegen eines Ausweises einen Urlaubstag "
              "nehmen muss.“"],
     "links": [(f"http://{TERMIN}/", "Termin vereinbaren"), ("/buergerservice/buergerbuero/", "Bürgerbüro")]},
    {"slug": "elterngeldstelle-landkreis-zieht-um", "date": "02.03.2026",
     "title": "Pressemitteilung des Landkreises: Elterngeldstelle zieht um",
     "body": ["Der Landkreis Wendmoor teilt mit: Die Elterngeldstelle des Landkreises zieht in der Woche vom "
              "16. März in das Kreishaus II in Wendstedt, Bahnhofstraße 40. In dieser Woche ist die Stelle "
              "telefonisch nur eingeschränkt erreichbar.",
              "Anträge auf Elterngeld können weiterhin jederzeit online über das Portal des Bundes gestellt "
              "werden. Rückfragen beantwortet das Team der Elterngeldstelle unter 05591 70-3300.",
              "Die Stadt Falkenbruch weist darauf hin, dass Elterngeld nicht im Rathaus beantragt werden kann."],
     "links": [(f"{L}/familie/elterngeld/", "Elterngeldstelle des Landkreises")]},
    {"slug": "stellenausschreibung-gewerbe", "date": "24.02.2026",
     "title": "Wir suchen Verstärkung: Sachbearbeitung Gewerbeangelegenheiten",
     "body": ["Für unser Gewerbeamt suchen wir zum nächstmöglichen Zeitpunkt eine Sachbearbeiterin oder einen "
              "Sachbearbeiter (m/w/d) in Vollzeit. Die Bewerbungsfrist endet am 22. März 2026.",
              "Alle Informationen zur Stelle finden Sie in der Stellenausschreibung."],
     "links": [("/rathaus-politik/stellenangebote/sachbearbeitung-gewerbeangelegenheiten.html",
                "Zur Stellenausschreibung")]},
    {"slug": "grundsteuerbescheide-2026", "date": "12.02.2026",
     "title": "Grundsteuerbescheide 2026 sind verschickt",
     "body": ["In dieser Woche erhalten alle Grundstückseigentümerinnen und -eigentümer den Grundsteuerbescheid "
              "für 2026. Der Rat hat die Hebesätze im Dezember unverändert gelassen.",
              "Die erste Rate ist am 15. Februar fällig. Wer schon ein Lastschriftmandat erteilt hat, muss nichts "
              "tun. Wer Fragen zum Messbetrag hat, wendet sich bitte an das Finanzamt Wendstedt."],
     "links": [("/buergerservice/leistungen/grundsteuer/", "Mehr zur Grundsteuer")]},
    {"slug": "schulanmeldung-schulanfaenger-2027", "date": "05.02.2026",
     "title": "Schulanfängerinnen und Schulanfänger 2027 anmelden",
     "body": ["Kinder, die bis zum 30. September 2027 sechs Jahre alt werden, kommen im Sommer 2027 in die Schule. "
              "Die Anmeldung findet an den Grundschulen statt – nicht im Rathaus. Die Grundschule Am Mühlenkamp und "
              "die Grundschule Heidwinkel laden die Eltern im April schriftlich ein.",
              "Wer sein Kind an einer anderen Schule anmelden möchte, spricht bitte direkt mit der Schulleitung."],
     "links": [("/leben-in-falkenbruch/schulen/", "Schulen in Falkenbruch")]},
    {"slug": "kfz-aussenstelle-geaenderte-zeiten", "date": "28.01.2026",
     "title": "Außenstelle der Kfz-Zulassung: geänderte Zeiten",
     "body": ["Die Außenstelle der Zulassungsstelle des Landkreises Wendmoor im Erdgeschoss des Rathauses hat "
              "ab Februar nur noch dienstags und donnerstags geöffnet. Für Zulassungen, Umschreibungen und "
              "Führerscheinangelegenheiten ist der Landkreis zuständig; die Mitarbeiterinnen der Stadt können "
              "dazu keine Auskunft geben.",
              "Termine vergibt der Landkreis über seine Internetseite."],
     "links": [(f"{L}/verkehr/kfz-zulassung/", "Kfz-Zulassung beim Landkreis")]},
    {"slug": "kommunalwahl-2026-wahlbenachrichtigungen", "date": "20.01.2026",
     "title": "Kommunalwahl am 13. September 2026",
     "body": ["Am 13. September 2026 werden in Niedersachsen die Räte und Kreistage neu gewählt. In Falkenbruch "
              "wählen Sie außerdem die Ortsräte in Heidwinkel und Ostermoor.",
              "Die Wahlbenachrichtigungen werden bis Mitte August verschickt. Wer per Brief wählen möchte, kann "
              "den Wahlschein ab Erhalt der Benachrichtigung beantragen."],
     "links": [("/buergerservice/leistungen/briefwahl/", "Briefwahl")]},
    {"slug": "glasfaser-heidwinkel", "date": "14.01.2026",
     "title": "Glasfaserausbau in Heidwinkel beginnt",
     "body": ["Im Ortsteil Heidwinkel beginnen im Februar die Tiefbauarbeiten für das Glasfasernetz. Rund 640 "
              "Haushalte erhalten einen Anschluss. Es kommt abschnittsweise zu Sperrungen von Gehwegen.",
              "Ansprechpartner für Fragen zum Hausanschluss ist das ausbauende Unternehmen, nicht die Stadt."],
     "links": []},
    {"slug": "abfuhrkalender-2026", "date": "15.12.2025",
     "title": "Abfuhrkalender 2026 liegt vor",
     "body": ["Der neue Abfuhrkalender ist in allen Haushalten verteilt worden. Wer keinen erhalten hat, findet ihn "
              "hier zum Herunterladen oder kann ihn im Bürgerbüro mitnehmen.",
              "Neu: Die Gelben Säcke werden in Ostermoor künftig freitags statt donnerstags abgeholt."],
     "links": [(f"{T}/fileadmin/user_upload/abfall/Abfuhrkalender_2026.pdf", "Abfuhrkalender 2026 (PDF)")]},
    {"slug": "fruehjahrsputz-saubere-stadt", "date": "03.03.2026",
     "title": "Aktion „Saubere Stadt“ am 28. März",
     "body": ["Vereine, Schulklassen und Nachbarschaften sammeln am Samstag, 28. März, wieder Müll in der Feldmark "
              "und an den Straßenrändern. Handschuhe, Greifzangen und Säcke gibt es am Betriebshof.",
              "Anmeldungen nimmt das Team Sport und Ehrenamt bis zum 20. März entgegen. Zum Abschluss gibt es "
              "Erbsensuppe am Feuerwehrhaus."],
     "links": []},
]


def build_news(w: Writer) -> None:
    items = []
    for i, n in enumerate(sorted(NEWS, key=lambda n: n["date"][6:] + n["date"][3:5] + n["date"][:2], reverse=True)):
        year = n["date"][6:]
        path = f"/aktuelles/{year}/{n['slug']}.html"
        links = "".join(f'<li><a href="{href}">{E(text)}</a></li>' for href, text in n["links"])
        body = (f'<article class="news"><p class="date">{n["date"]}</p><h1>{E(n["title"])}</h1>'
                + "".join(f"<p>{E(p)}</p>" for p in n["body"])
                + (f'<h2>Weitere Informationen</h2><ul>{links}</ul>' if links else "")
                + '<p><a href="/aktuelles/">Alle Meldungen</a></p></article>')
        w.add(TOWN, path, layout(n["title"], body, [("Aktuelles", "/aktuelles/"), (n["title"], "")], "/aktuelles/",
                                 page_id=600 + i))
        SITEMAP.append(path)
        items.append(f'<li><span class="date">{n["date"]}</span> <a href="{path}">{E(n["title"])}</a></li>')
    body = ("<h1>Aktuelles</h1><p>Neuigkeiten aus Rathaus und Stadt.</p>"
            f'<ul class="news-list">{"".join(items)}</ul>'
            '<p><a href="/aktuelles/newsletter/">Newsletter abonnieren</a> · <a href="/veranstaltungen/">'
            'Veranstaltungen</a> · <a href="/aktuelles/bekanntmachungen/">Amtliche Bekanntmachungen</a></p>')
    w.add(TOWN, "/aktuelles/", layout("Aktuelles", body, [("Aktuelles", "")], "/aktuelles/", page_id=6))
    SITEMAP.append("/aktuelles/")
    body = ("<h1>Newsletter</h1><p>Einmal im Monat schicken wir Ihnen die wichtigsten Meldungen aus dem Rathaus.</p>"
            '<form class="newsletter" action="/aktuelles/newsletter/" method="post">'
            '<label for="nl-mail">E-Mail-Adresse</label><input type="email" id="nl-mail" name="email" required>'
            '<label><input type="checkbox" name="datenschutz" required> Ich habe die '
            '<a href="/datenschutz/">Datenschutzhinweise</a> gelesen.</label>'
            '<button type="submit">Newsletter abonnieren</button></form>')
    w.add(TOWN, "/aktuelles/newsletter/", layout("Newsletter", body, [("Aktuelles", "/aktuelles/"),
                                                                       ("Newsletter", "")], "/aktuelles/", page_id=61))
    SITEMAP.append("/aktuelles/newsletter/")
    body = ("<h1>Amtliche Bekanntmachungen</h1><ul>"
            "<li>05.03.2026 – Bebauungsplan Nr. 47 „Am Mühlenkamp“: öffentliche Auslegung vom 16.03. bis 17.04.2026 "
            "im Rathaus, Zimmer 3.15. Stellungnahmen können während der Auslegung abgegeben werden.</li>"
            "<li>19.02.2026 – Haushaltssatzung der Stadt Falkenbruch für das Jahr 2026</li>"
            "<li>22.01.2026 – Widmung der Straße „Am Falkenhorst“ für den öffentlichen Verkehr</li></ul>"
            f'<p>Die Unterlagen zu Ratsbeschlüssen finden Sie im <a href="http://{RIS}/">Bürgerinformationssystem</a>.</p>')
    w.add(TOWN, "/aktuelles/bekanntmachungen/", layout("Bekanntmachungen", body, [
        ("Aktuelles", "/aktuelles/"), ("Bekanntmachungen", "")], "/aktuelles/", page_id=62))
    SITEMAP.append("/aktuelles/bekanntmachungen/")


# ---- remaining town pages -------------------------------------------------------------------------------------

def simple(w: Writer, path: str, title: str, body: str, crumbs: list[tuple[str, str]], active: str = "",
           sidebar: str = "", page_id: int = 1, sitemap: bool = True) -> None:
    w.add(TOWN, path, layout(title, body, crumbs, active, sidebar, page_id=page_id))
    if sitemap:
        SITEMAP.append(path)


def build_town_pages(w: Writer) -> None:
    # -- home
    news_teasers = "".join(
        f'<li><a href="/aktuelles/{n["date"][6:]}/{n["slug"]}.html">{E(n["title"])}</a></li>' for n in NEWS[:4])
    body = f"""<h1 class="sr-only">Stadt Falkenbruch</h1>
<section class="hero"><p>Willkommen in Falkenbruch – Stadt zwischen Moor und Geest, mit rund 21.000 Einwohnerinnen und
Einwohnern in der Kernstadt und den Ortsteilen Heidwinkel, Ostermoor und Bruchhausen.</p></section>
<section class="quicklinks"><h2>Schnell zum Ziel</h2><ul>
<li><a href="/buergerservice/was-erledige-ich-wo/">Was erledige ich wo?</a></li>
<li><a href="/buergerservice/online-services/">Online-Services</a></li>
<li><a href="http://{TERMIN}/">Termin im Bürgerbüro</a></li>
<li><a href="/buergerservice/formulare/">Formulare</a></li>
<li><a href="http://{RIS}/">Ratsinformationssystem</a></li>
<li><a href="/leben-in-falkenbruch/abfall/">Abfall &amp; Abfuhrtermine</a></li>
</ul></section>
<section class="news-teaser"><h2>Aktuelles</h2><ul>{news_teasers}</ul><p><a href="/aktuelles/">Alle Meldungen</a></p></section>
<section class="events-teaser"><h2>Veranstaltungen</h2><ul>
<li>21.03.2026 – <a href="/veranstaltungen/fruehlingsmarkt-2026.html">Frühlingsmarkt in der Altstadt</a></li>
<li>27.–29.06.2026 – <a href="/veranstaltungen/stadtfest-2026.html">Falkenbrucher Stadtfest</a></li></ul>
<p><a href="/veranstaltungen/">Veranstaltungskalender</a></p></section>"""
    simple(w, "/", "Startseite", body, [], "", page_id=1)

    # -- Rathaus & Politik
    body = """<h1>Rathaus &amp; Politik</h1><p>Hier stellen sich Verwaltung und Rat der Stadt Falkenbruch vor.</p><ul class="link-list">
<li><a href="/rathaus-politik/buergermeisterin/">Bürgermeisterin</a></li>
<li><a href="/rathaus-politik/stadtrat/">Stadtrat und Ausschüsse</a></li>
<li><a href="/rathaus-politik/verwaltung/">Verwaltung und Fachbereiche</a></li>
<li><a href="/rathaus-politik/ortsrecht/">Ortsrecht / Satzungen</a></li>
<li><a href="/rathaus-politik/stellenangebote/">Stellenangebote</a></li>
<li><a href="/rathaus-politik/stadtportrait/">Stadtporträt</a></li></ul>"""
    simple(w, "/rathaus-politik/", "Rathaus & Politik", body, [("Rathaus & Politik", "")], "/rathaus-politik/",
           page_id=2)
    rp = ("Rathaus & Politik", "/rathaus-politik/")
    simple(w, "/rathaus-politik/buergermeisterin/", "Bürgermeisterin", """<h1>Bürgermeisterin Hanna Vosgerau</h1>
<p>Hanna Vosgerau ist seit November 2021 hauptamtliche Bürgermeisterin der Stadt Falkenbruch. Die gebürtige
Ostermoorerin war zuvor Leiterin des Fachbereichs Finanzen. Sie leitet die Verwaltung mit rund 240 Beschäftigten
und ist Mitglied im Rat.</p><p>Bürgersprechstunde: jeden ersten Dienstag im Monat, 16 bis 18 Uhr, nach Anmeldung im
Vorzimmer (Telefon 05599 873-100).</p>""", [rp, ("Bürgermeisterin", "")], "/rathaus-politik/", page_id=21)
    simple(w, "/rathaus-politik/stadtrat/", "Stadtrat", f"""<h1>Stadtrat und Ausschüsse</h1>
<p>Der Rat der Stadt Falkenbruch hat 32 Mitglieder und die Bürgermeisterin. Er tagt in der Regel sechsmal im
Jahr öffentlich im Ratssaal. Vorbereitet werden die Entscheidungen in den Fachausschüssen – unter anderem dem
Ausschuss für Bauen, Planung und Umwelt, dem Ausschuss für Ordnung und Feuerwehr sowie dem Finanzausschuss.</p>
<p>Tagesordnungen, Vorlagen und Niederschriften finden Sie im
<a href="http://{RIS}/">Bürgerinformationssystem</a>.</p>
<h2>Ortsräte</h2><p>Die Ortsteile Heidwinkel und Ostermoor haben eigene Ortsräte mit Ortsbürgermeistern.</p>""",
           [rp, ("Stadtrat", "")], "/rathaus-politik/", page_id=22)
    fb_rows = "".join(
        f"<tr><td>{E(c['fb'])}</td><td>{E(c['stelle'])}</td><td>{E(c['person'])}</td><td>{E(c['tel'])}</td></tr>"
        for c in CONTACTS.values())
    simple(w, "/rathaus-politik/verwaltung/", "Verwaltung", f"""<h1>Verwaltung und Fachbereiche</h1>
<p>Die Stadtverwaltung gliedert sich in fünf Fachbereiche und die Stadtwerke als Eigenbetrieb.</p>
<table class="contenttable"><thead><tr><th>Fachbereich</th><th>Bereich</th><th>Ansprechpersonen</th><th>Telefon</th></tr></thead>
<tbody>{fb_rows}</tbody></table>
<p>Das Organigramm als PDF: <a href="/fileadmin/user_upload/verwaltung/Organigramm_2026.pdf">Organigramm (PDF, 230 KB)</a></p>""",
           [rp, ("Verwaltung", "")], "/rathaus-politik/", page_id=23)
    sat = "/fileadmin/user_upload/satzungen"
    simple(w, "/rathaus-politik/ortsrecht/", "Ortsrecht", f"""<h1>Ortsrecht – Satzungen und Verordnungen</h1>
<p>Hier finden Sie die wichtigsten Satzungen der Stadt Falkenbruch in der jeweils gültigen Fassung. Maßgeblich ist
die im Amtsblatt des Landkreises veröffentlichte Fassung.</p>
<ul class="downloads">
<li><a href="{sat}/Hauptsatzung.pdf">Hauptsatzung (PDF)</a></li>
<li><a href="{sat}/Hundesteuersatzung.pdf">Hundesteuersatzung (PDF)</a></li>
<li><a href="{sat}/Gebuehrenordnung.pdf">Allgemeine Verwaltungsgebührenordnung (PDF)</a></li>
<li><a href="{sat}/Friedhofssatzung_2019.pdf">Friedhofssatzung (PDF)</a></li>
<li><a href="{sat}/Sondernutzungssatzung.pdf">Sondernutzungssatzung (PDF)</a></li>
<li><a href="{sat}/Baumschutzsatzung.pdf">Baumschutzsatzung (PDF)</a></li>
<li><a href="{sat}/Abwassergebuehrensatzung.pdf">Abwassergebührensatzung (PDF)</a></li>
</ul>""", [rp, ("Ortsrecht", "")], "/rathaus-politik/", page_id=24)
    simple(w, "/rathaus-politik/stellenangebote/", "Stellenangebote", """<h1>Stellenangebote</h1>
<p>Die Stadt Falkenbruch ist eine moderne Arbeitgeberin mit flexiblen Arbeitszeiten und Jobrad.</p><ul>
<li><a href="/rathaus-politik/stellenangebote/sachbearbeitung-gewerbeangelegenheiten.html">Sachbearbeiter (m/w/d) Gewerbeangelegenheiten</a> – Bewerbungsschluss 22.03.2026</li>
<li><a href="/rathaus-politik/stellenangebote/sachbearbeitung-steuern-abgaben.html">Sachbearbeitung (m/w/d) Steuern und Abgaben</a> – Bewerbungsschluss 05.04.2026</li>
<li>Ausbildung zur/zum Verwaltungsfachangestellten 2026 – Bewerbungsschluss abgelaufen</li></ul>""",
           [rp, ("Stellenangebote", "")], "/rathaus-politik/", page_id=25)
    jobs = rp, ("Stellenangebote", "/rathaus-politik/stellenangebote/")
    simple(w, "/rathaus-politik/stellenangebote/sachbearbeitung-gewerbeangelegenheiten.html", "Stellenangebot",
           """<h1>Sachbearbeiter (m/w/d) Gewerbeangelegenheiten</h1><p>Entgeltgruppe 9a TVöD, Vollzeit, unbefristet</p>
<h2>Ihre Aufgaben</h2><ul><li>Bearbeitung von Gewerbean-, -um- und -abmeldungen</li>
<li>Erteilung von Gaststättenerlaubnissen und Sperrzeitverkürzungen</li><li>Marktwesen und Reisegewerbe</li>
<li>Beratung von Gründerinnen und Gründern</li></ul>
<h2>Ihr Profil</h2><ul><li>Abschluss als Verwaltungsfachangestellte/r oder Verwaltungsfachwirt/in</li>
<li>Kenntnisse im Gewerberecht sind wünschenswert</li></ul>
<p>Bewerbungen bitte bis 22.03.2026 an personal@stadt-falkenbruch.de.</p>""", [*jobs, ("Gewerbeangelegenheiten", "")],
           "/rathaus-politik/", page_id=251)
    simple(w, "/rathaus-politik/stellenangebote/sachbearbeitung-steuern-abgaben.html", "Stellenangebot",
           """<h1>Sachbearbeitung (m/w/d) Steuern und Abgaben</h1><p>Entgeltgruppe 8 TVöD, Teilzeit (30 Std.)</p>
<h2>Ihre Aufgaben</h2><ul><li>Veranlagung der Gewerbesteuer und der Vergnügungsteuer</li>
<li>Festsetzung von Grundsteuer und Hundesteuer</li><li>Stundungen und Erlasse</li></ul>
<p>Wir freuen uns auf Ihre Bewerbung bis 05.04.2026.</p>""", [*jobs, ("Steuern und Abgaben", "")],
           "/rathaus-politik/", page_id=252)
    simple(w, "/rathaus-politik/stadtportrait/", "Stadtporträt", """<h1>Stadtporträt</h1>
<p>Falkenbruch wurde 1287 erstmals als „Valkenbroke“ erwähnt. Das Stadtrecht erhielt der Ort 1929. Mit der
Gebietsreform 1974 kamen Heidwinkel, Ostermoor und Bruchhausen hinzu. Heute leben rund 21.000 Menschen in der
Stadt; größte Arbeitgeber sind das Kreiskrankenhaus, ein Landmaschinenhersteller und der Logistikstandort an der
A 29.</p><p>Wahrzeichen ist die restaurierte Wassermühle am Mühlenteich.</p>""", [rp, ("Stadtporträt", "")],
           "/rathaus-politik/", page_id=26)

    # -- Bürgerservice
    bs = ("Bürgerservice", "/buergerservice/")
    body = f"""<h1>Bürgerservice</h1><p>Ob Ausweis, Umzug, Hundesteuer oder Kita-Platz: Hier finden Sie alle Wege ins
Rathaus.</p><ul class="teaser-grid">
<li><a href="/buergerservice/was-erledige-ich-wo/">Was erledige ich wo? – Dienstleistungen A–Z</a></li>
<li><a href="/buergerservice/online-services/">Online-Services</a></li>
<li><a href="/buergerservice/buergerbuero/">Bürgerbüro</a></li>
<li><a href="/buergerservice/standesamt/">Standesamt</a></li>
<li><a href="/buergerservice/formulare/">Formulare zum Herunterladen</a></li>
<li><a href="http://{TERMIN}/">Online-Terminvereinbarung</a></li>
<li><a href="http://{RD}/">Online-Rathaus (Rathausdirekt)</a></li></ul>"""
    simple(w, "/buergerservice/", "Bürgerservice", body, [bs[:1] + ("",)], "/buergerservice/", page_id=3)
    simple(w, "/buergerservice/buergerbuero/", "Bürgerbüro", f"""<h1>Bürgerbüro</h1>
<p>Im Bürgerbüro im Erdgeschoss des Rathauses erledigen Sie die häufigsten Anliegen an einem Ort: Ausweise und
Pässe, An- und Ummeldungen, Meldebescheinigungen, Beglaubigungen und das Fundbüro.</p>
<h2>Öffnungszeiten</h2><p>Montag, Dienstag, Freitag 8.00–12.30 Uhr; Dienstag 14.00–16.00 Uhr; Donnerstag
8.00–18.00 Uhr; Mittwoch geschlossen; jeden ersten Samstag im Monat 9.00–12.00 Uhr.</p>
<p><a class="btn" href="http://{TERMIN}/">Termin vereinbaren</a></p>
<h2>Nicht bei uns</h2><p>Für Kfz-Zulassung und Führerschein ist der Landkreis Wendmoor zuständig. Die Außenstelle der
Zulassungsstelle im Rathaus ist dienstags und donnerstags geöffnet – Informationen gibt es auf der
<a href="{L}/verkehr/kfz-zulassung/">Seite des Landkreises</a>. Auch den Schwerbehindertenausweis beantragen Sie über
den Landkreis.</p>""", [bs, ("Bürgerbüro", "")], "/buergerservice/", contact_box("buergerbuero"), page_id=31)
    simple(w, "/buergerservice/standesamt/", "Standesamt", """<h1>Standesamt</h1>
<p>Das Standesamt beurkundet Geburten, Eheschließungen und Sterbefälle in Falkenbruch und stellt Urkunden aus.</p>
<ul class="link-list">
<li><a href="/buergerservice/leistungen/geburt-anzeigen/">Geburt anzeigen</a></li>
<li><a href="/buergerservice/leistungen/geburtsurkunde/">Geburtsurkunde</a></li>
<li><a href="/buergerservice/leistungen/eheschliessung/">Heiraten in Falkenbruch</a></li>
<li><a href="/buergerservice/leistungen/vaterschaftsanerkennung/">Vaterschaft anerkennen</a></li>
<li><a href="/buergerservice/leistungen/sterbefall/">Sterbefall anzeigen</a></li>
<li><a href="/buergerservice/leistungen/sterbeurkunde/">Sterbeurkunde</a></li>
<li><a href="/buergerservice/leistungen/kirchenaustritt/">Kirchenaustritt</a></li></ul>
<p>Trauungen finden dienstags bis freitags sowie an ausgewählten Samstagen statt.</p>""",
           [bs, ("Standesamt", "")], "/buergerservice/", contact_box("standesamt"), page_id=32)
    docs = []
    for s in SERVICES:
        for key in ("pdf", "pdf2"):
            if s.get(key):
                docs.append((s[key]["text"], s[key]))
    docs.sort(key=lambda d: d[0])
    simple(w, "/buergerservice/formulare/", "Formulare", "<h1>Formulare zum Herunterladen</h1>"
           "<p>Viele Anträge können Sie vorab ausfüllen. Bitte drucken Sie die Formulare aus, unterschreiben Sie "
           "und schicken Sie sie per Post oder bringen Sie sie mit. Informationen zur jeweiligen Leistung finden "
           "Sie unter <a href=\"/buergerservice/was-erledige-ich-wo/\">Was erledige ich wo?</a>.</p><ul class=\"downloads\">"
           + "".join(f"<li>{doc_link(d)}</li>" for _, d in docs) + "</ul>"
           f'<p>SEPA-Lastschriftmandat für Steuern und Abgaben: <a href="{FORMDIR}/SEPA-Mandat_Stadt_Falkenbruch.pdf">'
           "SEPA-Mandat (PDF)</a></p>", [bs, ("Formulare", "")], "/buergerservice/", page_id=33)

    # -- Leben in Falkenbruch
    lv = ("Leben in Falkenbruch", "/leben-in-falkenbruch/")
    simple(w, "/leben-in-falkenbruch/", "Leben in Falkenbruch", """<h1>Leben in Falkenbruch</h1><ul class="link-list">
<li><a href="/leben-in-falkenbruch/kinderbetreuung/">Kinderbetreuung</a></li>
<li><a href="/leben-in-falkenbruch/schulen/">Schulen</a></li>
<li><a href="/leben-in-falkenbruch/sport-und-vereine/">Sport und Vereine</a></li>
<li><a href="/leben-in-falkenbruch/senioren/">Senioren</a></li>
<li><a href="/leben-in-falkenbruch/friedhoefe/">Friedhöfe</a></li>
<li><a href="/leben-in-falkenbruch/abfall/">Abfall</a></li>
<li><a href="/leben-in-falkenbruch/parken/">Parken</a></li></ul>""", [lv[:1] + ("",)], "/leben-in-falkenbruch/",
           page_id=4)
    simple(w, "/leben-in-falkenbruch/kinderbetreuung/", "Kinderbetreuung", """<h1>Kinderbetreuung</h1>
<p>In Falkenbruch gibt es neun Kindertagesstätten und 14 Tagespflegepersonen.</p>
<table class="contenttable"><tr><th>Einrichtung</th><th>Träger</th><th>Gruppen</th></tr>
<tr><td>Kita Regenbogen, Lindenallee 8</td><td>Stadt</td><td>2 Krippen, 3 Kindergarten</td></tr>
<tr><td>Kita Am Mühlenteich, Mühlenweg 2</td><td>Stadt</td><td>1 Krippe, 4 Kindergarten</td></tr>
<tr><td>Ev. Kindergarten St. Marien, Kirchstraße 5</td><td>Ev.-luth. Kirchengemeinde</td><td>3 Kindergarten</td></tr>
<tr><td>Kita Heidwinkel, Schulweg 1</td><td>Stadt</td><td>1 Krippe, 2 Kindergarten, 1 Hort</td></tr>
<tr><td>Familienzentrum Bahnhofstraße</td><td>AWO</td><td>2 Krippen, 2 Kindergarten</td></tr></table>
<p>So melden Sie Ihr Kind an: <a href="/buergerservice/leistungen/kita-platz/">Kita-Platz beantragen</a></p>
<p>Kindertagespflege vermittelt das Familienservicebüro des Landkreises.</p>""", [lv, ("Kinderbetreuung", "")],
           "/leben-in-falkenbruch/", page_id=41)
    simple(w, "/leben-in-falkenbruch/schulen/", "Schulen", """<h1>Schulen</h1><ul>
<li>Grundschule Am Mühlenkamp (Ganztagsschule)</li><li>Grundschule Heidwinkel</li>
<li>Oberschule Falkenbruch</li><li>Gymnasium am Falkensee (Träger: Landkreis Wendmoor)</li></ul>
<p>Schulbuslinien und Schülerbeförderung organisiert der Landkreis.</p>""", [lv, ("Schulen", "")],
           "/leben-in-falkenbruch/", page_id=42)
    simple(w, "/leben-in-falkenbruch/sport-und-vereine/", "Sport und Vereine", """<h1>Sport und Vereine</h1>
<p>Über 80 Vereine prägen das Leben in Falkenbruch – vom TuS Falkenbruch 1891 mit 14 Abteilungen über die
Schützenvereine bis zum Heimatverein Ostermoor.</p>
<h2>Sportstätten</h2><ul><li>Sporthalle am Schulzentrum (Dreifeldhalle)</li><li>Sporthalle Heidwinkel</li>
<li>Waldstadion mit Kunstrasenplatz</li><li>Freibad am Falkensee (Mai bis September)</li></ul>
<p>Das Vereinsverzeichnis mit Ansprechpartnern gibt es als <a href="/fileadmin/user_upload/vereine/Vereinsverzeichnis_2026.pdf">PDF (640 KB)</a>.</p>""",
           [lv, ("Sport und Vereine", "")], "/leben-in-falkenbruch/", page_id=43)
    simple(w, "/leben-in-falkenbruch/senioren/", "Senioren", """<h1>Seniorinnen und Senioren</h1>
<p>Der Seniorenbeirat trifft sich jeden zweiten Montag im Monat im Bürgerhaus. Beratung zu Pflege und Wohnen im
Alter bietet der Senioren- und Pflegestützpunkt des Landkreises an – donnerstags auch im Rathaus, Zimmer 0.12.</p>
<p>Für die Lebensbescheinigung zur Rente: <a href="/buergerservice/leistungen/lebensbescheinigung/">Lebensbescheinigung</a></p>""",
           [lv, ("Senioren", "")], "/leben-in-falkenbruch/", page_id=44)
    simple(w, "/leben-in-falkenbruch/friedhoefe/", "Friedhöfe", """<h1>Friedhöfe</h1>
<p>Stadtfriedhof an der Lindenallee, Friedhof Heidwinkel. Die Friedhofskapelle am Stadtfriedhof kann für
Trauerfeiern genutzt werden.</p><p>Alles zu Grabstellen und Bestattung: <a href="/alt/friedhof.htm">Friedhof und
Grabstellen</a></p><p>Öffnungszeiten der Friedhöfe: April bis September 7–21 Uhr, Oktober bis März 8–18 Uhr.</p>""",
           [lv, ("Friedhöfe", "")], "/leben-in-falkenbruch/", page_id=45)
    simple(w, "/leben-in-falkenbruch/abfall/", "Abfall", f"""<h1>Abfall</h1>
<p>Restmüll wird 14-täglich, Biomüll wöchentlich im Sommer und 14-täglich im Winter abgeholt. Papier und Gelbe
Säcke alle vier Wochen. Der Wertstoffhof am Betriebshof (Industriestraße 12) ist mittwochs 14–18 Uhr und
samstags 9–13 Uhr geöffnet.</p>
<ul><li><a href="{T}/fileadmin/user_upload/abfall/Abfuhrkalender_2026.pdf">Abfuhrkalender 2026 (PDF)</a></li>
<li><a href="/buergerservice/leistungen/sperrmuell/">Sperrmüll bestellen</a></li>
<li><a href="/buergerservice/leistungen/strassenbeleuchtung-defekt/">Wilden Müll melden</a></li></ul>""",
           [lv, ("Abfall", "")], "/leben-in-falkenbruch/", contact_box("betriebshof"), page_id=46)
    simple(w, "/leben-in-falkenbruch/parken/", "Parken", """<h1>Parken in Falkenbruch</h1>
<p>In der Innenstadt gibt es rund 900 öffentliche Stellplätze, davon 420 kostenlos auf dem Schützenplatz und am
Bahnhof (P+R). Auf dem Marktplatz und in der Langen Straße gilt Parkscheibe (2 Stunden).</p>
<h2>Bewohnerparkzonen</h2><p>Zone A: Altstadt innerhalb des Walls. Zone B: Bahnhofstraße, Gartenstraße,
Lindenallee (bis Hausnummer 30).</p><p>Zum Ausweis: <a href="/buergerservice/leistungen/bewohnerparkausweis/">
Anwohnerparkausweis</a></p>""", [lv, ("Parken", "")], "/leben-in-falkenbruch/", page_id=47)

    # -- Wirtschaft
    wi = ("Wirtschaft", "/wirtschaft/")
    simple(w, "/wirtschaft/", "Wirtschaft", """<h1>Wirtschaft</h1><p>Falkenbruch liegt direkt an der A 29 und ist
ein guter Standort für Handwerk, Logistik und Landtechnik.</p><ul class="link-list">
<li><a href="/wirtschaft/wirtschaftsfoerderung/">Wirtschaftsförderung</a></li>
<li><a href="/wirtschaft/gewerbegebiete/">Gewerbegebiete</a></li>
<li><a href="/wirtschaft/wochenmarkt/">Wochenmarkt</a></li>
<li><a href="/buergerservice/leistungen/gewerbe-anmelden/">Gewerbe anmelden</a></li></ul>""", [wi[:1] + ("",)],
           "/wirtschaft/", page_id=5)
    simple(w, "/wirtschaft/wirtschaftsfoerderung/", "Wirtschaftsförderung", """<h1>Wirtschaftsförderung</h1>
<p>Die Wirtschaftsförderung ist Lotse für Unternehmen: Wir helfen bei der Suche nach Flächen, vermitteln Kontakte
zu Kammern und Banken und begleiten Genehmigungsverfahren beim Landkreis.</p>
<p>Ansprechpartner: Malte Gerdes, Telefon 05599 873-600, wirtschaft@stadt-falkenbruch.de</p>""",
           [wi, ("Wirtschaftsförderung", "")], "/wirtschaft/", page_id=51)
    simple(w, "/wirtschaft/gewerbegebiete/", "Gewerbegebiete", """<h1>Gewerbegebiete</h1>
<p>Im Gewerbegebiet „Falkenbruch-Ost II“ sind noch 4,2 Hektar voll erschlossen verfügbar (Preis: 38 Euro/m²).
Kleinere Flächen gibt es im Gewerbepark Ostermoor.</p>""", [wi, ("Gewerbegebiete", "")], "/wirtschaft/", page_id=52)
    simple(w, "/wirtschaft/wochenmarkt/", "Wochenmarkt", """<h1>Wochenmarkt</h1><p>Mittwochs und samstags von 7 bis 13 Uhr
auf dem Marktplatz – regional, frisch und mit Kaffeewagen.</p>
<p>Sie wollen Beschicker werden? <a href="/buergerservice/leistungen/wochenmarkt-standplatz/">Standplatz auf dem
Wochenmarkt</a></p>""", [wi, ("Wochenmarkt", "")], "/wirtschaft/", page_id=53)

    # -- Tourismus
    tu = ("Tourismus", "/tourismus/")
    simple(w, "/tourismus/", "Tourismus", """<h1>Tourismus</h1><p>Moor, Heide und der Falkensee: Falkenbruch ist
ein Ziel für Radfahrer, Wanderer und Familien.</p><ul class="link-list">
<li><a href="/tourismus/sehenswuerdigkeiten/">Sehenswürdigkeiten</a></li>
<li><a href="/tourismus/uebernachten/">Übernachten</a></li>
<li><a href="/tourismus/radwege/">Radwege</a></li></ul>
<p>Tourist-Information im Alten Zollhaus, Markt 4, Telefon 05599 873-700.</p>""", [tu[:1] + ("",)], "/tourismus/",
           page_id=7)
    simple(w, "/tourismus/sehenswuerdigkeiten/", "Sehenswürdigkeiten", """<h1>Sehenswürdigkeiten</h1><ul>
<li><strong>Wassermühle am Mühlenteich</strong> – Mahltage jeden ersten Sonntag im Monat</li>
<li><strong>St.-Marien-Kirche</strong> mit Arp-Schnitger-Orgel</li>
<li><strong>Naturschutzgebiet Falkenbrucher Moor</strong> – Bohlenweg und Aussichtsturm</li>
<li><strong>Heimatmuseum Ostermoor</strong> im Hallenhaus von 1742</li></ul>""", [tu, ("Sehenswürdigkeiten", "")],
           "/tourismus/", page_id=71)
    simple(w, "/tourismus/uebernachten/", "Übernachten", """<h1>Übernachten</h1><p>Hotels, Pensionen,
Ferienwohnungen und der Campingplatz am Falkensee – das aktuelle Gastgeberverzeichnis erhalten Sie in der
Tourist-Information.</p>""", [tu, ("Übernachten", "")], "/tourismus/", page_id=72)
    simple(w, "/tourismus/radwege/", "Radwege", """<h1>Radwege</h1><p>Die Moor-Route (38 km) und die Mühlen-Tour
(24 km) starten am Marktplatz. Karten gibt es kostenlos in der Tourist-Information.</p>""",
           [tu, ("Radwege", "")], "/tourismus/", page_id=73)

    # -- events (calendar trap behind /veranstaltungen/kalender)
    ev = ("Veranstaltungen", "/veranstaltungen/")
    simple(w, "/veranstaltungen/", "Veranstaltungen", f"""<h1>Veranstaltungen</h1><ul class="event-list">
<li>21.03.2026 – <a href="/veranstaltungen/fruehlingsmarkt-2026.html">Frühlingsmarkt in der Altstadt</a></li>
<li>11.04.2026 – Konzert der Stadtkapelle im Ratssaal</li>
<li>27.–29.06.2026 – <a href="/veranstaltungen/stadtfest-2026.html">Falkenbrucher Stadtfest</a></li>
<li>05.09.2026 – Mühlenfest am Mühlenteich</li></ul>
<p><a href="{CALENDAR_TRAP}?monat=2026-11">Zum Monatskalender</a></p>
<p>Sie planen selbst eine Veranstaltung? <a href="/buergerservice/leistungen/veranstaltung-anmelden/">Veranstaltung
anmelden</a></p>""", [("Aktuelles", "/aktuelles/"), ("Veranstaltungen", "")], "/aktuelles/", page_id=8)
    simple(w, "/veranstaltungen/fruehlingsmarkt-2026.html", "Frühlingsmarkt", """<h1>Frühlingsmarkt in der Altstadt</h1>
<p>Samstag, 21. März 2026, 10 bis 17 Uhr, Marktplatz und Lange Straße. Pflanzen, Kunsthandwerk und
verkaufsoffener Nachmittag.</p>""", [("Aktuelles", "/aktuelles/"), ev, ("Frühlingsmarkt", "")], "/aktuelles/",
           page_id=81)
    simple(w, "/veranstaltungen/stadtfest-2026.html", "Stadtfest", """<h1>Falkenbrucher Stadtfest 2026</h1>
<p>Drei Tage Musik, Kinderprogramm und Feuerwerk über dem Mühlenteich. Am Sonntag lädt der Gewerbeverein zum
Flohmarkt ein.</p>""", [("Aktuelles", "/aktuelles/"), ev, ("Stadtfest", "")], "/aktuelles/", page_id=82)

    # -- footer pages
    simple(w, "/impressum/", "Impressum", f"""<h1>Impressum</h1><p>{ADDRESS}<br>Telefon 05599 873-0<br>
E-Mail: info@stadt-falkenbruch.de</p><p>Die Stadt Falkenbruch ist eine Körperschaft des öffentlichen Rechts.
Sie wird vertreten durch die Bürgermeisterin Hanna Vosgerau.</p>
<p>Verantwortlich für den Inhalt: Pressestelle, Lena Ahlers.</p>""", [("Impressum", "")], page_id=91)
    simple(w, "/datenschutz/", "Datenschutz", """<h1>Datenschutzerklärung</h1><p>Wir verarbeiten personenbezogene
Daten nur im Rahmen der gesetzlichen Aufgaben der Stadt. Beim Aufruf dieser Seiten speichert der Webserver
IP-Adresse, Datum und aufgerufene Seite für sieben Tage. Cookies verwenden wir nur, soweit sie technisch nötig
sind.</p><p>Datenschutzbeauftragter: datenschutz@stadt-falkenbruch.de</p>""", [("Datenschutz", "")], page_id=92)
    simple(w, "/barrierefreiheit/", "Barrierefreiheit", """<h1>Erklärung zur Barrierefreiheit</h1><p>Die Stadt
Falkenbruch bemüht sich, ihre Internetseiten barrierefrei zu gestalten. Einige ältere Seiten und PDF-Dokumente
sind noch nicht vollständig barrierefrei. Barrieren melden Sie bitte an barrierefrei@stadt-falkenbruch.de.</p>""",
           [("Barrierefreiheit", "")], page_id=93)
    simple(w, "/leichte-sprache/", "Leichte Sprache", """<h1>Leichte Sprache</h1><p>Hier erklären wir das
Rathaus in Leichter Sprache. Das Rathaus ist am Markt. Dort arbeiten viele Menschen für die Stadt.</p>""",
           [("Leichte Sprache", "")], page_id=94)
    simple(w, "/kontakt/", "Kontakt", f"""<h1>Kontakt</h1><p>{ADDRESS}<br>Telefon 05599 873-0</p>{OPENING}
<h2>Schreiben Sie uns</h2><form class="contact-form" action="/kontakt/" method="post">
<label for="k-name">Ihr Name</label><input id="k-name" name="name" type="text">
<label for="k-mail">E-Mail</label><input id="k-mail" name="email" type="email" required>
<label for="k-betreff">Betreff</label><input id="k-betreff" name="betreff" type="text">
<label for="k-text">Nachricht</label><textarea id="k-text" name="nachricht" rows="6"></textarea>
<button type="submit">Nachricht senden</button></form>""", [("Kontakt", "")], page_id=95)
    simple(w, "/suche/", "Suche", """<h1>Suche</h1><p>Bitte geben Sie oben einen Suchbegriff ein.</p>""",
           [("Suche", "")], page_id=96, sitemap=False)

    # -- intranet (disallowed in robots.txt; service-looking trap)
    w.add(TOWN, "/intern/", layout("Intranet", """<h1>Intranet – Bearbeitungsmasken</h1>
<p class="hint">Nur für Beschäftigte der Stadtverwaltung.</p>
<h2>Vergnügungsteuer – Erfassung der Spielgeräte</h2>
<form action="/intern/vst/speichern" method="post">
<label for="vst-betrieb">Betrieb</label><input id="vst-betrieb" name="betrieb">
<label for="vst-geraete">Anzahl Geldspielgeräte</label><input id="vst-geraete" name="geraete" type="number">
<label for="vst-einsatz">Einspielergebnis (Euro)</label><input id="vst-einsatz" name="einspiel">
<button type="submit">Antrag absenden</button></form>
<h2>Hundesteuer – Befreiung (interne Prüfung)</h2><p>Vorlage Sachgebiet Steuern, Stand 2024.</p>""",
                                  [("Intranet", "")], page_id=99))
    for s in ISO_SERVICES:
        w.add(TOWN, s["path"], iso_page(s), encoding="iso-8859-1")
        SITEMAP.append(s["path"])


# ==============================================================================================================
# PORTALS AND OTHER HOSTS
# ==============================================================================================================

def field_html(label: str, name: str, kind: str, prefix: str) -> str:
    fid = f"{prefix}-{name}"
    if kind.startswith("select:"):
        options = "".join(f"<option>{E(o)}</option>" for o in kind[7:].split("|"))
        return f'<div class="field"><label for="{fid}">{E(label)}</label><select id="{fid}" name="{name}">' \
               f'<option value="">Bitte wählen</option>{options}</select></div>'
    if kind == "textarea":
        return f'<div class="field"><label for="{fid}">{E(label)}</label><textarea id="{fid}" name="{name}" rows="4">' \
               f"</textarea></div>"
    if kind == "checkbox":
        return f'<div class="field checkbox"><input type="checkbox" id="{fid}" name="{name}" value="1">' \
               f'<label for="{fid}">{E(label)}</label></div>'
    return f'<div class="field"><label for="{fid}">{E(label)}</label><input type="{kind}" id="{fid}" name="{name}">' \
           f"</div>"


def rd_layout(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{E(title)} – Rathausdirekt Stadt Falkenbruch</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body class="rd">
<header class="rd-header"><a href="http://{RD}/" class="rd-brand">rathausdirekt · Stadt Falkenbruch</a>
<nav><a href="http://{RD}/">Alle Online-Dienste</a> · <a href="http://{RD}/anmelden/">Anmelden</a> ·
<a href="http://{TOWN}/">www.stadt-falkenbruch.de</a></nav></header>
<main class="rd-main">{body}</main>
<footer class="rd-footer"><a href="http://{RD}/hilfe/">Hilfe</a> · <a href="http://{TOWN}/impressum/">Impressum</a> ·
<a href="http://{TOWN}/datenschutz/">Datenschutz</a> · Betrieb im Auftrag der Stadt Falkenbruch</footer>
</body></html>
"""


def dw_layout(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{E(title)} | Digitalwerk Nord Bürgerservice</title></head>
<body>
<div id="app-shell">
<div class="topbar"><span class="vendor">Digitalwerk Nord</span> <span class="tenant">Mandant: Stadt Falkenbruch</span>
<a href="http://{DW}/">Startseite</a></div>
<div class="content">{body}</div>
<div class="bottombar"><a href="http://{TOWN}/">Zurück zur Stadt Falkenbruch</a> · <a href="http://{DW}/impressum.html">Impressum</a></div>
</div>
</body></html>
"""


def form_page(key: str) -> str:
    f = FORMS[key]
    prefix = key[:6]
    fields = "".join(field_html(label, name, kind, prefix) for label, name, kind in f["fields"])
    notes = ""
    if f.get("digital"):
        notes += f'<div class="notice notice-info"><p>{E(f["digital"])}</p></div>'
    if f.get("post"):
        notes += f'<p class="notice">{E(f["post"])}</p>'
    consent = (f'<div class="field checkbox"><input type="checkbox" id="{prefix}-dsgvo" name="dsgvo" required>'
               f'<label for="{prefix}-dsgvo">Ich bin mit der Verarbeitung meiner Angaben einverstanden.</label></div>')
    if f["host"] == RD:
        body = (f'<p class="crumbs"><a href="http://{RD}/">Online-Dienste</a> › {E(f["title"])}</p>'
                f'<h1>{E(f["title"])}</h1><p>{E(f["intro"])}</p>{notes}'
                f'<form class="rd-form" method="post" action="{f["path"]}absenden" enctype="multipart/form-data">'
                f'<fieldset><legend>Ihre Angaben</legend>{fields}</fieldset>{consent}'
                f'<div class="actions"><button type="reset">Eingaben löschen</button> '
                f'<button type="submit" class="primary">{E(f["submit"])}</button></div></form>'
                '<p class="small">Pflichtfelder sind mit * gekennzeichnet. Ihre Eingaben werden verschlüsselt '
                "übertragen.</p>")
        return rd_layout(f["title"], body)
    body = (f'<h1>{E(f["title"])}</h1><p class="lead">{E(f["intro"])}</p>{notes}'
            f'<form id="dw-antrag" method="post" action="/falkenbruch/submit">'
            f'<input type="hidden" name="verfahren" value="{key}">{fields}{consent}'
            f'<p><input type="submit" value="{E(f["submit"])}"></p></form>')
    return dw_layout(f["title"], body)


def build_portals(w: Writer) -> None:
    listed = []
    for key, f in FORMS.items():
        if f["state"] == "ok":
            w.add(f["host"], f["path"], form_page(key))
            if f["host"] == RD and key != "wahlhelfer":
                listed.append(f)
    w.add(DW, FORMS["veranstaltung"]["path"], dw_layout("Anzeige einer Veranstaltung", f"""<h1>Anzeige einer Veranstaltung</h1>
<div class="alert alert-warning"><p><strong>Dieser Online-Dienst ist derzeit nicht verfügbar.</strong></p>
<p>Das Formular wird gerade überarbeitet. Bitte verwenden Sie bis auf Weiteres das PDF-Formular der Stadt Falkenbruch
oder wenden Sie sich an das Ordnungsamt.</p></div>
<p><a href="http://{TOWN}/buergerservice/leistungen/veranstaltung-anmelden/">Zur Informationsseite der Stadt</a></p>"""))
    w.add(DW, "/", dw_layout("Willkommen", """<h1>Digitalwerk Nord – Bürgerservice-Plattform</h1>
<p>Über diese Plattform stellen Kommunen in Norddeutschland ihre Online-Anträge bereit. Bitte rufen Sie die Anträge
über die Internetseite Ihrer Stadt oder Gemeinde auf.</p>"""))
    w.add(DW, "/impressum.html", dw_layout("Impressum", """<h1>Impressum</h1><p>Digitalwerk Nord GmbH (fiktiv),
Hafenstraße 9, 26121 Musterstadt. Geschäftsführung: Tomke Harms.</p>"""))
    items = "".join(f'<li><a href="{f["path"]}">{E(f["title"])}</a></li>' for f in listed)
    w.add(RD, "/", rd_layout("Online-Dienste", f"""<h1>Online-Dienste der Stadt Falkenbruch</h1>
<p>Hier können Sie Anträge rund um die Uhr stellen. Für einige Dienste brauchen Sie ein BundID-Konto.</p>
<ul class="service-tiles">{items}</ul>"""))
    w.add(RD, "/anmelden/", rd_layout("Anmelden", f"""<h1>Anmelden</h1>
<form method="post" action="/anmelden/"><label for="login-user">Benutzername oder E-Mail</label>
<input id="login-user" name="user" type="text"><label for="login-pass">Passwort</label>
<input id="login-pass" name="pass" type="password"><button type="submit">Anmelden</button></form>
<p>Oder mit dem <a href="http://{RD}/hilfe/">Personalausweis bzw. BundID</a> anmelden.</p>"""))
    w.add(RD, "/hilfe/", rd_layout("Hilfe", """<h1>Hilfe</h1><p>Sie brauchen einen aktuellen Browser. Für Dienste
mit Identifizierung benötigen Sie die AusweisApp und Ihren Personalausweis mit PIN.</p>"""))


def build_termin(w: Writer) -> None:
    options = ["Personalausweis beantragen", "Reisepass beantragen", "Ausweis oder Pass abholen",
               "Wohnsitz anmelden / ummelden", "Meldebescheinigung", "Führungszeugnis", "Beglaubigung",
               "Fundsachen", "Lebensbescheinigung", "Beratung Wohngeld"]
    opts = "".join(f"<option>{E(o)}</option>" for o in options)
    w.add(TERMIN, "/", f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Terminvereinbarung – Stadt Falkenbruch</title></head><body>
<h1>Online-Terminvereinbarung Bürgerbüro Falkenbruch</h1>
<p>Wählen Sie Ihr Anliegen. Pro Termin können bis zu zwei Anliegen bearbeitet werden.</p>
<form action="/buchen.html" method="get"><label for="anliegen">Anliegen</label>
<select id="anliegen" name="anliegen">{opts}</select>
<label for="personen">Anzahl Personen</label><input id="personen" name="personen" type="number" value="1">
<button type="submit">Freie Termine anzeigen</button></form>
<p><a href="/buchen.html">Direkt zum Kalender</a> · <a href="http://{TOWN}/">zurück zur Stadt Falkenbruch</a></p>
</body></html>
""")
    w.add(TERMIN, "/buchen.html", f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Termin wählen</title></head><body><h1>Termin wählen</h1>
<form action="/buchen.html" method="post"><fieldset><legend>Freie Termine</legend>
<label><input type="radio" name="slot" value="1"> Di, 17.03.2026, 09:20 Uhr</label>
<label><input type="radio" name="slot" value="2"> Do, 19.03.2026, 16:40 Uhr</label></fieldset>
<label for="t-name">Name</label><input id="t-name" name="name"><label for="t-mail">E-Mail</label>
<input id="t-mail" name="email" type="email"><button type="submit">Termin buchen</button></form>
<p><a href="/">Zurück</a></p></body></html>
""")


def ris_layout(title: str, body: str) -> str:
    return f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{E(title)} - Bürgerinformationssystem Falkenbruch</title></head>
<body><div id="risnav"><a href="/">Sitzungskalender</a> | <a href="/gremien.html">Gremien</a> |
<a href="http://{TOWN}/">Stadt Falkenbruch</a></div><div id="riscontent">{body}</div></body></html>
"""


def build_ris(w: Writer) -> None:
    w.add(RIS, "/", ris_layout("Sitzungskalender", """<h1>Sitzungskalender</h1><table>
<tr><th>Datum</th><th>Gremium</th><th>Ort</th></tr>
<tr><td>22.01.2026</td><td><a href="/sitzung/2026-01-22-ordnungsausschuss.html">Ausschuss für Ordnung und Feuerwehr</a></td><td>Ratssaal</td></tr>
<tr><td>17.02.2026</td><td><a href="/sitzung/2026-02-17-bauausschuss.html">Ausschuss für Bauen, Planung und Umwelt</a></td><td>Ratssaal</td></tr>
<tr><td>05.03.2026</td><td><a href="/sitzung/2026-03-05-rat.html">Rat der Stadt Falkenbruch</a></td><td>Ratssaal</td></tr>
</table>"""))
    w.add(RIS, "/gremien.html", ris_layout("Gremien", """<h1>Gremien</h1><ul><li>Rat der Stadt Falkenbruch</li>
<li>Verwaltungsausschuss (nicht öffentlich)</li><li>Ausschuss für Bauen, Planung und Umwelt</li>
<li>Ausschuss für Ordnung und Feuerwehr</li><li>Finanzausschuss</li><li>Ausschuss für Familie, Bildung und Soziales</li>
<li>Ortsrat Heidwinkel</li><li>Ortsrat Ostermoor</li></ul>"""))
    w.add(RIS, "/sitzung/2026-02-17-bauausschuss.html", ris_layout("Niederschrift Bauausschuss", """
<h1>Niederschrift der Sitzung des Ausschusses für Bauen, Planung und Umwelt</h1>
<p>Sitzung am 17.02.2026, 18:00 Uhr bis 20:35 Uhr, Ratssaal. Vorsitz: Ratsherr Enno Bruns.</p>
<h2>TOP 4 – Bebauungsplan Nr. 47 „Am Mühlenkamp“, Entwurfs- und Auslegungsbeschluss</h2>
<p>Die Verwaltung stellt den Entwurf vor. Vorgesehen sind 38 Bauplätze für Einzel- und Doppelhäuser. Ratsfrau Lüders
fragt nach der Regenrückhaltung. Herr Claaßen erläutert das Entwässerungskonzept. Beschluss: einstimmig empfohlen.</p>
<h2>TOP 5 – Bauvoranfrage Errichtung eines Mehrfamilienhauses, Lange Straße 21</h2>
<p>Das gemeindliche Einvernehmen nach § 36 BauGB wird erteilt. Über die Baugenehmigung entscheidet die
Bauaufsicht des Landkreises.</p>
<h2>TOP 6 – Neubau Feuerwehrhaus Heidwinkel, Stand</h2>
<p>Die Baugenehmigung liegt seit Januar vor; Baubeginn ist für Mai geplant. Kosten laut Kostenberechnung 2,9 Mio. Euro.</p>
<h2>TOP 7 – Anfragen</h2><p>Ratsherr Meyer bittet um Prüfung zusätzlicher Straßenlaternen im Birkenweg.</p>
<p><a href="/dokumente/niederschrift-bauausschuss-2026-02-17.pdf">Niederschrift als PDF</a></p>"""))
    w.add(RIS, "/sitzung/2026-03-05-rat.html", ris_layout("Rat 05.03.2026", """
<h1>Öffentliche Sitzung des Rates am 05.03.2026 – Beschlüsse</h1><ol>
<li>1. Satzung zur Änderung der Hundesteuersatzung – beschlossen (Steuersatz für den ersten Hund ab 2027: 90 Euro)</li>
<li>Satzungsbeschluss Bebauungsplan Nr. 44 „Gewerbegebiet Ost II, Erweiterung“ – beschlossen</li>
<li>Elternbeiträge für Krippen ab 01.08.2026 – vertagt</li>
<li>Annahme von Spenden – beschlossen</li></ol>"""))
    w.add(RIS, "/sitzung/2026-01-22-ordnungsausschuss.html", ris_layout("Ordnungsausschuss 22.01.2026", """
<h1>Ausschuss für Ordnung und Feuerwehr – Sitzung vom 22.01.2026</h1>
<p>TOP 3: Anpassung der Sondernutzungsgebühren für Außengastronomie – Empfehlung an den Rat.</p>
<p>TOP 4: Bericht der Verwaltung zum Wochenmarkt: 24 feste Beschicker, zwei Plätze frei.</p>
<p>TOP 5: Beschaffung eines Mehrzweckfahrzeugs für die Ortsfeuerwehr Ostermoor.</p>"""))


def lk_layout(title: str, body: str) -> str:
    return f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{E(title)} – Landkreis Wendmoor</title></head>
<body><header><a href="{L}/">Landkreis Wendmoor</a> – Kreishaus Wendstedt</header><main>{body}</main>
<footer><a href="{L}/">Startseite</a></footer></body></html>
"""


def build_landkreis(w: Writer) -> None:
    w.add(LK, "/", lk_layout("Startseite", f"""<h1>Landkreis Wendmoor</h1><p>Der Landkreis ist zuständig für
Aufgaben, die über die Grenzen der Städte und Gemeinden hinausgehen.</p><ul>
<li><a href="{L}/verkehr/kfz-zulassung/">Kfz-Zulassung</a></li><li><a href="{L}/verkehr/fuehrerscheinstelle/">Führerscheinstelle</a></li>
<li><a href="{L}/bauen-umwelt/bauaufsicht/">Bauaufsicht</a></li><li><a href="{L}/familie/elterngeld/">Elterngeld</a></li>
<li><a href="{L}/soziales/schwerbehinderung/">Schwerbehinderung</a></li></ul>"""))
    w.add(LK, "/verkehr/kfz-zulassung/", lk_layout("Kfz-Zulassung", """<h1>Kfz-Zulassung</h1><p>Die
Zulassungsstelle in Wendstedt und die Außenstelle im Rathaus Falkenbruch (Di und Do) erledigen Neuzulassungen,
Umschreibungen und Abmeldungen. Termine nur nach Vereinbarung.</p>"""))
    w.add(LK, "/verkehr/fuehrerscheinstelle/", lk_layout("Führerscheinstelle", """<h1>Führerscheinstelle</h1>
<p>Ersterteilung, Umtausch in den EU-Kartenführerschein und internationale Führerscheine.</p>"""))
    w.add(LK, "/bauen-umwelt/bauaufsicht/", lk_layout("Bauaufsicht", """<h1>Untere Bauaufsichtsbehörde</h1>
<p>Bauanträge für das Gebiet der Stadt Falkenbruch reichen Sie beim Landkreis ein.</p>"""))
    w.add(LK, "/familie/elterngeld/", lk_layout("Elterngeld", """<h1>Elterngeldstelle</h1><p>Ab 16. März 2026 im
Kreishaus II, Bahnhofstraße 40, Wendstedt.</p>"""))
    w.add(LK, "/soziales/schwerbehinderung/", lk_layout("Schwerbehinderung", """<h1>Schwerbehinderung</h1>
<p>Anträge auf Feststellung einer Behinderung nimmt der Landkreis entgegen und leitet sie an das Landesamt weiter.</p>"""))


# ==============================================================================================================
# ASSEMBLY
# ==============================================================================================================

GIF_1PX = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,"
           b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def build_documents(w: Writer) -> None:
    def add_doc(doc: dict) -> None:
        if doc["dead"]:
            return
        maker = make_docx if doc["kind"] == "docx" else make_pdf
        w.add(TOWN, urlsplit(doc["url"]).path, maker(doc["title"], doc["lines"]))

    for s in [*SERVICES, *ISO_SERVICES, *JS_SERVICES]:
        for key in ("pdf", "pdf2"):
            if s.get(key):
                add_doc(s[key])
    non_forms = {
        "/fileadmin/user_upload/satzungen/Hauptsatzung.pdf": ("Hauptsatzung der Stadt Falkenbruch",
                                                              ["§ 1 Name, Wappen, Siegel", "§ 2 Ortschaften"]),
        "/fileadmin/user_upload/satzungen/Hundesteuersatzung.pdf": ("Satzung ueber die Erhebung der Hundesteuer",
                                                                    ["§ 1 Steuergegenstand", "§ 5 Steuersaetze",
                                                                     "§ 8 Meldepflichten"]),
        "/fileadmin/user_upload/satzungen/Gebuehrenordnung.pdf": ("Verwaltungsgebuehrenordnung",
                                                                  ["Tarifstellen 1 bis 40"]),
        "/fileadmin/user_upload/satzungen/Friedhofssatzung_2019.pdf": ("Friedhofssatzung", ["§ 1 Geltungsbereich"]),
        "/fileadmin/user_upload/satzungen/Sondernutzungssatzung.pdf": ("Sondernutzungssatzung",
                                                                       ["§ 2 Erlaubnispflicht", "Gebuehrentarif"]),
        "/fileadmin/user_upload/satzungen/Baumschutzsatzung.pdf": ("Baumschutzsatzung", ["§ 3 Geschuetzte Baeume"]),
        "/fileadmin/user_upload/satzungen/Abwassergebuehrensatzung.pdf": ("Abwassergebuehrensatzung",
                                                                          ["§ 4 Gebuehrenmassstab"]),
        "/fileadmin/user_upload/abfall/Abfuhrkalender_2026.pdf": ("Abfuhrkalender 2026",
                                                                  ["Restmuell: gerade Wochen, Montag",
                                                                   "Bio: jeden Donnerstag (Apr-Okt)"]),
        "/fileadmin/user_upload/verwaltung/Organigramm_2026.pdf": ("Organigramm der Stadtverwaltung",
                                                                   ["Buergermeisterin", "Fachbereiche 1 bis 5"]),
        "/fileadmin/user_upload/vereine/Vereinsverzeichnis_2026.pdf": ("Vereinsverzeichnis 2026",
                                                                       ["TuS Falkenbruch von 1891 e.V."]),
        "/fileadmin/user_upload/formulare/SEPA-Mandat_Stadt_Falkenbruch.pdf": ("SEPA-Lastschriftmandat",
                                                                               ["Glaeubiger-ID DE98ZZZ00000000000"]),
    }
    for path, (title, lines) in non_forms.items():
        w.add(TOWN, path, make_pdf(title, lines))
    w.add(RIS, "/dokumente/niederschrift-bauausschuss-2026-02-17.pdf",
          make_pdf("Niederschrift Bauausschuss 17.02.2026", ["TOP 4 Bebauungsplan Nr. 47", "TOP 5 Bauvoranfrage"]))
    w.add(TOWN, "/typo3conf/ext/falkenbruch_sitepackage/Resources/Public/Css/main.css",
          "body{font-family:Arial,sans-serif;margin:0}.sr-only{position:absolute;left:-9999px}"
          ".main-nav ul{display:flex;list-style:none}.btn{display:inline-block;padding:.4em 1em;background:#2f5d1e;"
          "color:#fff}.contact-box{background:#eef2e4;padding:1em}\n")
    w.add(TOWN, "/fileadmin/templates/img/wappen-falkenbruch.svg",
          '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="48"><path d="M0 0h40v30L20 48 0 30z" '
          'fill="#2f5d1e"/></svg>\n')
    w.add(TOWN, "/alt/img/kopf.gif", GIF_1PX)


def build_all(w: Writer, make_pdf_fn=None, make_docx_fn=None) -> None:
    build_town_pages(w)
    for i, s in enumerate(SERVICES):
        w.add(TOWN, urlsplit(s["url"]).path, service_page(s, i))
        SITEMAP.append(urlsplit(s["url"]).path)
    build_az(w)
    build_online_services(w)
    build_news(w)
    build_portals(w)
    build_termin(w)
    build_ris(w)
    build_landkreis(w)
    build_documents(w)
    w.add(TOWN, "/robots.txt", f"User-agent: *\nDisallow: /intern/\n\nSitemap: {T}/sitemap.xml\n")
    urls = "".join(f"<url><loc>{T}{p}</loc></url>\n" for p in SITEMAP)
    w.add(TOWN, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
          f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n')
    w.add(RD, "/robots.txt", "User-agent: *\nDisallow: /anmelden/\n")


if __name__ == "__main__":
    sys.exit(main())
