"""Mislabelled charsets: bytes that do not fit the declared charset are read by detection, umlauts intact."""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse

from crawler.components.charset import redecoded
from crawler.components.extract import extract_page

PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Bürgerservice – Süderbrück</title></head>
<body><h1>Bürgerservice von A bis Z</h1><ul><li><a href="/fz.html">Führungszeugnis online beantragen</a></li>
<li><a href="/hund.html">Hund anmelden – Hundesteuer für Groß und Klein</a></li></ul></body></html>"""


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "iso8859-15"])
def test_single_byte_page_declared_utf8_keeps_its_umlauts(encoding: str) -> None:
    body = PAGE.replace("–", "-").encode(encoding) if encoding != "cp1252" else PAGE.encode(encoding)
    response = HtmlResponse(
        "http://www.falschkodierte-gemeinde.de/", body=body, headers={"Content-Type": "text/html; charset=utf-8"}
    )
    fixed, note = redecoded(response)
    facts = extract_page(fixed.url, fixed.text)
    assert facts.h1 == "Bürgerservice von A bis Z"
    assert facts.links[0].text == "Führungszeugnis online beantragen"
    assert "Groß" in facts.links[1].text
    assert note.startswith("declared utf-8, bytes read as ")


def test_page_that_fits_its_charset_is_left_alone() -> None:
    response = HtmlResponse(
        "http://www.gemeinde.de/", body=PAGE.encode("utf-8"), headers={"Content-Type": "text/html; charset=utf-8"}
    )
    fixed, note = redecoded(response)
    assert fixed is response and note == ""
