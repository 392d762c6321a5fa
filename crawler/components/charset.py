"""Reading a page's bytes as text: a charset that does not fit (Latin-1 sent as UTF-8), HTML under a wrong type."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes
from scrapy.http import HtmlResponse, Response, TextResponse

# Served as text/plain or application/octet-stream by misconfigured servers, still an HTML page.
SNIFFED_TYPES = (b"", b"text/plain", b"application/octet-stream", b"application/x-unknown", b"content/unknown")
HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|frameset|body)\b", re.IGNORECASE | re.DOTALL)
# Detection reads a sample: enough text for a clear answer, bounded on a large page.
SAMPLE_BYTES = 200_000
# German pages that lie about their charset are in one of these (detection over every code page would read a short
# page's umlauts as Baltic or Central European letters); Windows-1252 is what browsers assume for Latin-1.
CANDIDATES = ["cp1252", "iso8859_15", "latin_1"]
FALLBACK = "cp1252"


def fits(body: bytes, encoding: str) -> bool:
    """Whether the body decodes strictly in the encoding (a mislabelled page does not)."""
    try:
        codecs.lookup(encoding)
        body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def detected_encoding(body: bytes) -> str:
    best = from_bytes(body[:SAMPLE_BYTES], cp_isolation=CANDIDATES).best()
    return best.encoding if best is not None and fits(body, best.encoding) else FALLBACK


def redecoded(response: TextResponse) -> tuple[TextResponse, str]:
    """The response, re-decoded when its declared charset does not fit its bytes; and a note saying so."""
    declared = response.encoding
    if fits(response.body, declared):
        return response, ""
    encoding = detected_encoding(response.body)
    fixed = response.replace(encoding=encoding)
    assert isinstance(fixed, TextResponse)
    return fixed, f"declared {declared}, bytes read as {encoding}"


def may_be_html(content_type: bytes) -> bool:
    """A content type under which old servers send HTML pages: worth reading to look."""
    return content_type.split(b";")[0].strip().lower() in SNIFFED_TYPES


def sniffed_html(response: Response) -> HtmlResponse | None:
    """The response as an HTML page when its body starts like one, whatever its Content-Type says."""
    if not may_be_html(response.headers.get(b"Content-Type") or b"") or not HTML_START.match(response.body[:2048]):
        return None
    return HtmlResponse(response.url, status=response.status, body=response.body, request=response.request)
