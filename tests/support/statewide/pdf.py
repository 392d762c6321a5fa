"""A minimal valid one-page PDF: a heading and the blank lines of a paper application form."""

from __future__ import annotations


def _text(value: str) -> bytes:
    raw = value.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def form_pdf(title: str, authority: str, fields: tuple[str, ...]) -> bytes:
    lines = [b"BT /F1 15 Tf 56 780 Td " + _text(title) + b" Tj ET"]
    labels = ("Name, Vorname:", "Geburtsdatum:", "Anschrift:", *(f"{field}:" for field in fields))
    y = 740
    for label in (*labels, "Ort, Datum, Unterschrift:"):
        lines.append(b"BT /F1 10 Tf 56 %d Td " % y + _text(label) + b" Tj ET")
        lines.append(b"0.5 w 230 %d m 540 %d l S" % (y - 2, y - 2))
        y -= 26
    lines.append(b"BT /F1 8 Tf 56 60 Td " + _text(f"Bitte zurücksenden an: {authority}") + b" Tj ET")
    content = b"\n".join(lines)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
