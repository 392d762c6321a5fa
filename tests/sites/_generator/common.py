"""Shared helpers for building the fixture websites: files, PDFs, DOCX, evidence tracking for labels."""

from __future__ import annotations

import csv
import html
import io
import json
import zipfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
TESTS = REPO / "tests" / "sites"
DEMO = REPO / "data" / "demo" / "sites"

OZG = {row["ozg_id"]: row["name"] for row in csv.DictReader(open(REPO / "data/catalog/ozg_leistungen.csv",
                                                                 encoding="utf-8"))}
LEIKA = {row["name"]: (row["leika_key"], row["ozg_id"]) for row in csv.DictReader(
    open(REPO / "data/catalog/leika_leistungen.csv", encoding="utf-8"))}


def leika(name: str, ozg: str) -> str:
    """The 14-digit LeiKa key of a catalog entry, checked against the OZG-ID it should map to."""
    key, mapped = LEIKA[name]
    assert mapped == ozg, (name, mapped, ozg)
    return key


def e(text: str) -> str:
    return html.escape(text, quote=True)


# ---------------------------------------------------------------- PDF / DOCX

def _pdf_text(value: str) -> bytes:
    raw = value.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _pdf_info(value: str) -> bytes:
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode() + b">"


def make_pdf(title: str, lines: list[str], author: str = "", with_title: bool = True,
             producer: str = "Formularserver 4.2") -> bytes:
    """A small valid one- or two-page PDF: heading, text lines and blank form fields."""
    pages_content: list[bytes] = []
    chunks = [lines[i:i + 34] for i in range(0, max(len(lines), 1), 34)] or [[]]
    for index, chunk in enumerate(chunks):
        ops = [b"BT /F1 15 Tf 56 780 Td " + _pdf_text(title) + b" Tj ET"] if index == 0 else []
        y = 748 if index == 0 else 790
        for line in chunk:
            if line.startswith("#"):
                ops.append(b"BT /F1 11 Tf 56 %d Td " % y + _pdf_text(line[1:].strip()) + b" Tj ET")
            elif line.endswith(":"):
                ops.append(b"BT /F2 10 Tf 56 %d Td " % y + _pdf_text(line) + b" Tj ET")
                ops.append(b"0.5 w 230 %d m 540 %d l S" % (y - 2, y - 2))
            elif line.startswith("[ ]"):
                ops.append(b"0.5 w 56 %d 8 8 re S" % (y - 1))
                ops.append(b"BT /F2 10 Tf 70 %d Td " % y + _pdf_text(line[3:].strip()) + b" Tj ET")
            else:
                ops.append(b"BT /F2 10 Tf 56 %d Td " % y + _pdf_text(line) + b" Tj ET")
            y -= 20
        ops.append(b"BT /F2 7 Tf 56 40 Td " + _pdf_text(f"Seite {index + 1} von {len(chunks)}") + b" Tj ET")
        pages_content.append(b"\n".join(ops))
    objects: list[bytes] = []
    n_pages = len(pages_content)
    page_ids = [5 + 2 * i for i in range(n_pages)]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids)
                   + b"] /Count %d >>" % n_pages)
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, content in enumerate(pages_content):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R"
                       b" /F2 4 0 R >> >> /Contents %d 0 R >>" % (page_ids[i] + 1))
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    info = b"<< /Producer " + _pdf_info(producer) + b" /CreationDate (D:20240311094512+01'00')"
    if with_title:
        info += b" /Title " + _pdf_info(title)
    if author:
        info += b" /Author " + _pdf_info(author)
    objects.append(info + b" >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, len(objects), xref))
    return out.getvalue()


def make_docx(title: str, lines: list[str], author: str = "") -> bytes:
    def para(text: str, bold: bool = False) -> str:
        run = f'<w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t xml:space="preserve">{e(text)}</w:t></w:r>'
        return f"<w:p>{run}</w:p>"
    body = para(title, True) + "".join(para(line + (" ____________________" if line.endswith(":") else ""))
                                       for line in lines)
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f"<w:body>{body}<w:sectPr/></w:body></w:document>")
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
            ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
            ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{e(title)}</dc:title><dc:creator>{e(author)}</dc:creator>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2023-09-14T08:00:00Z</dcterms:created>'
            "</cp:coreProperties>")
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'wordprocessingml.document.main+xml"/>'
             '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
             'core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/></Relationships>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in (("[Content_Types].xml", types), ("_rels/.rels", rels),
                           ("word/document.xml", document), ("docProps/core.xml", core)):
            info = zipfile.ZipInfo(name, date_time=(2023, 9, 14, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text)
    return out.getvalue()


def kb(size: int) -> str:
    return f"{max(1, round(size / 1024))} KB"


# ---------------------------------------------------------------- portal registry

PORTALS: dict[str, dict] = {}   # key -> {url, ozg, level (0 none, 1 info, 3 form, 4 form+digital), title, onward}


def portal(key: str) -> dict:
    return PORTALS[key]


# ---------------------------------------------------------------- a host being built

class Host:
    """Files of one host; a municipal host also collects label evidence."""

    def __init__(self, base: Path, name: str) -> None:
        self.base, self.name = base, name
        self.files: dict[str, bytes] = {}
        self.site_json: dict = {}
        self.evidence: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
        self.negatives: dict[str, str] = {}
        self.municipality: dict = {}
        self.allowed_404: set[str] = set()
        self.js_links: dict[str, list[str]] = {}
        self.doc_titles: dict[str, str] = {}   # page -> links only visible after rendering

    @property
    def url(self) -> str:
        return f"http://{self.name}/"

    def page(self, path: str, text: str, encoding: str = "utf-8") -> str:
        path = path.lstrip("/")
        data = text.encode(encoding)
        assert len(data) < 30_000, (self.name, path, len(data))
        self.files[path] = data
        return "/" + path

    def raw(self, path: str, data: bytes) -> int:
        self.files[path.lstrip("/")] = data
        return len(data)

    def pdf(self, path: str, title: str, lines: list[str], **options) -> int:
        return self.raw(path, make_pdf(title, lines, **options))

    # evidence ------------------------------------------------------------
    def ev(self, ozg: str, level: int, why: str, page: str) -> None:
        assert ozg in OZG, ozg
        self.evidence[ozg].append((level, why, page))

    def neg(self, ozg: str, why: str) -> None:
        assert ozg in OZG, ozg
        self.negatives[ozg] = why

    def link_portal(self, key: str, text: str, page: str, ozg: str | None = None, attrs: str = "",
                    context: str = "") -> str:
        """An <a> to a portal page; records the level this link proves for the service."""
        target = PORTALS[key]
        service = ozg or target["ozg"]
        level = target["level"]
        where = f"{context or 'link'} '{text}' on {page}"
        if target.get("onward"):
            onward = PORTALS[target["onward"]]
            self.ev(service, onward["level"],
                    f"{where} leads to the state-portal page '{target['title']}', whose 'Online-Dienst starten' "
                    f"link opens the online form '{onward['title']}' (two hops)", page)
        elif level == 1:
            self.ev(service, 1, f"{where} points to the state-portal description '{target['title']}'", page)
        elif level in (3, 4):
            why = f"{where} leads to the online form '{target['title']}' on {target['url'].split('/')[2]}"
            if level == 4:
                why += " which states fully digital processing with the notice delivered electronically"
            self.ev(service, level, why, page)
        return f'<a href="{target["url"]}"{attrs}>{text}</a>'

    def doc(self, ozg: str, path: str, title: str, specific: list[str], text: str, page: str, office: str = "",
            fmt: str = "pdf", attrs: str = "", record: bool = True, **options) -> str:
        """A downloadable application form (PDF or DOCX) and a link to it; records level 2 evidence."""
        path = path.lstrip("/")
        title = title or self.doc_titles.get(path, "")
        if path not in self.files:
            self.doc_titles[path] = title
            lines = ["#1. Angaben zur antragstellenden Person", "Name, Vorname:", "Geburtsdatum:",
                     "Straße, Hausnummer:", "PLZ, Ort:", "Telefon / E-Mail:", "#2. Angaben zum Antrag",
                     *specific, "#3. Erklärung",
                     "Ich versichere, dass die Angaben vollständig und richtig sind.",
                     "Ort, Datum:", "Unterschrift:", "",
                     f"Bitte zurücksenden an: {office or self.municipality.get('name', '')}",
                     "Hinweise zum Datenschutz nach Art. 13 DSGVO erhalten Sie auf unserer Internetseite."]
            if fmt == "docx":
                self.raw(path, make_docx(title, lines, author=self.municipality.get("name", "")))
            else:
                self.pdf(path, title, lines, author=options.pop("author", self.municipality.get("name", "")),
                         **options)
        size = len(self.files[path])
        if record:
            self.ev(ozg, 2, f"downloadable form '{title}' ({fmt.upper()}) linked as '{text.format(size=kb(size))}'"
                            f" on {page}", page)
        return f'<a href="/{path}"{attrs}>{e(text.format(size=kb(size)))}</a>'

    def write(self) -> None:
        root = self.base / self.name
        for path, data in self.files.items():
            file = root / path
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_bytes(data)
        if self.site_json:
            (root / "_site.json").write_text(json.dumps(self.site_json, indent=2, ensure_ascii=False) + "\n",
                                             encoding="utf-8")
        if self.municipality:
            (root / "_labels.json").write_text(json.dumps(self.labels(), indent=1, ensure_ascii=False) + "\n",
                                               encoding="utf-8")

    def labels(self) -> dict:
        services = []
        for ozg, items in sorted(self.evidence.items()):
            best = max(level for level, _, _ in items)
            chosen = [item for item in items if item[0] == best]
            services.append({"ozg_id": ozg, "maturity": best, "name": OZG[ozg], "why": chosen[0][1],
                             "evidence": sorted({f"http://{self.name}{item[2]}" for item in chosen})})
        overlap = set(self.negatives) & set(self.evidence)
        assert not overlap, (self.name, overlap)
        return {"municipality": self.municipality, "start_url": self.url, "services": services,
                "not_services": [{"ozg_id": ozg, "name": OZG[ozg], "why": why}
                                 for ozg, why in sorted(self.negatives.items())]}
