"""Pages whose bytes do not fit their declared charset (Latin-1 sent as UTF-8) are decoded by detection."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes
from scrapy.http import TextResponse

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
