"""Shared helpers for the Landkreis Hasetal holdout site: page registry, evidence, layouts, documents."""

from __future__ import annotations

import html
import io
import zipfile
from dataclasses import dataclass, field

KREIS = "www.landkreis-hasetal.de"
FS = "hasetal.form-solutions.net"
CIV = "antrag.landkreis-hasetal.de"
OKH = "openkreishaus.landkreis-hasetal.de"
KDW = "portal.kreisdigital-weser.de"
TERMIN = "termine.landkreis-hasetal.de"
OWN_HOSTS = (KREIS, FS, CIV, OKH, KDW, TERMIN)


def url(host: str, path: str) -> str:
    return f"http://{host}{path}"


def esc(text: str) -> str:
    return html.escape(text, quote=True)


@dataclass
class Evidence:
    ozg: str
    level: int
    page: str
    why: str


@dataclass
class Site:
    """Everything the generator writes, keyed by (host, path); plus the evidence that labels are derived from."""

    files: dict[tuple[str, str], bytes] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    portal_levels: dict[str, tuple[int, str]] = field(default_factory=dict)
    allowed_404: set[str] = field(default_factory=set)
    js_only: set[str] = field(default_factory=set)
    sitemap_skip: set[str] = field(default_factory=set)

    def add(self, host: str, path: str, body: str | bytes, encoding: str = "utf-8") -> str:
        """Register a file; `path` may end in '/', which is stored as index.html."""
        key = path + "index.html" if path.endswith("/") else path
        if (host, key) in self.files:
            raise ValueError(f"duplicate page {host}{key}")
        data = body.encode(encoding) if isinstance(body, str) else body
        if len(data) > 30_000:
            raise ValueError(f"page too large: {host}{key} ({len(data)} bytes)")
        self.files[(host, key)] = data
        return url(host, path)

    def ev(self, ozg: str, level: int, page: str, why: str) -> None:
        self.evidence.append(Evidence(ozg, level, page, why))


# ---------------------------------------------------------------- documents


def pdf_bytes(title: str) -> bytes:
    """A tiny but valid one-page PDF whose page shows `title` (Latin-1 only)."""
    safe = title.encode("latin-1", "replace").decode("latin-1")
    safe = safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = f"BT /F1 14 Tf 60 780 Td ({safe}) Tj ET\nBT /F1 10 Tf 60 750 Td (Landkreis Hasetal) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def docx_bytes(title: str, lines: list[str]) -> bytes:
    """A minimal valid DOCX with a title paragraph and some form lines."""
    paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{esc(t)}</w:t></w:r></w:p>" for t in [title, *lines])
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
            info = zipfile.ZipInfo(name, date_time=(2023, 3, 1, 9, 0, 0))
            archive.writestr(info, text)
    return buffer.getvalue()


# ---------------------------------------------------------------- form markup


def field_html(label: str, name: str, kind: str = "text", options: list[str] | None = None,
               required: bool = True, prefix: str = "f") -> str:
    ident = f"{prefix}-{name}"
    star = ' <span class="pflicht">*</span>' if required else ""
    req = " required" if required else ""
    if kind == "select":
        opts = "".join(f"<option>{esc(o)}</option>" for o in (options or []))
        control = f'<select id="{ident}" name="{name}"{req}><option value="">Bitte wählen</option>{opts}</select>'
    elif kind == "textarea":
        control = f'<textarea id="{ident}" name="{name}" rows="4"{req}></textarea>'
    elif kind == "checkbox":
        return (f'<div class="feld feld-check"><input type="checkbox" id="{ident}" name="{name}" value="ja"{req}>'
                f' <label for="{ident}">{esc(label)}{star}</label></div>')
    elif kind == "radio":
        items = "".join(
            f'<label><input type="radio" name="{name}" value="{esc(o)}"{req}> {esc(o)}</label> ' for o in options or []
        )
        return f'<fieldset class="feld"><legend>{esc(label)}{star}</legend>{items}</fieldset>'
    else:
        control = f'<input type="{kind}" id="{ident}" name="{name}"{req}>'
    return f'<div class="feld"><label for="{ident}">{esc(label)}{star}</label>{control}</div>'


PERSON = [
    ("Vorname", "vorname", "text"),
    ("Familienname", "nachname", "text"),
    ("Geburtsdatum", "geburtsdatum", "date"),
    ("Straße und Hausnummer", "strasse", "text"),
    ("Postleitzahl", "plz", "text"),
    ("Wohnort", "ort", "text"),
    ("E-Mail-Adresse", "email", "email"),
    ("Telefon (tagsüber)", "telefon", "tel"),
]


# ---------------------------------------------------------------- service data model


@dataclass
class Svc:
    """One service page on the Kreis site. `offers` drive both the page and the evidence recorded for labels."""

    ozg: str
    slug: str
    num: int
    title: str
    amt: str
    text: str
    voraus: list[str] = field(default_factory=list)
    unterlagen: list[str] = field(default_factory=list)
    kosten: str = ""
    offers: list[tuple[str, ...]] = field(default_factory=list)
    az: list[str] = field(default_factory=list)
    js_only: bool = False
    hinweis: str = ""
    legacy: str = ""

    @property
    def path(self) -> str:
        if self.legacy:
            return self.legacy
        return f"/portal/seiten/{self.slug}-900000{self.num:03d}-21400.html"


def pdf(path: str, text: str, size: str = "") -> tuple[str, ...]:
    return ("pdf", path, text, size)


def docx(path: str, text: str, size: str = "") -> tuple[str, ...]:
    return ("docx", path, text, size)


def online(portal_key: str, text: str, lead: str = "") -> tuple[str, ...]:
    return ("online", portal_key, text, lead)


def booking(text: str) -> tuple[str, ...]:
    return ("booking", text)


def note(html_text: str) -> tuple[str, ...]:
    return ("note", html_text)
