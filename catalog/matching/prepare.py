"""Preparing texts for the matcher: the telling part of a URL, the segments of a context."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from catalog.matching.compounds import Analyzer
from catalog.matching.text import fold, has_suspended_hyphen

_URL_START = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.|/)", re.IGNORECASE)
_EXTENSION = re.compile(r"\.(?:html?|php\d?|aspx?|jsp|cfm|pdf|docx?|odt|rtf|xlsx?)$", re.IGNORECASE)
# Path parts that only structure a site ("/leistungen/detail/index.html").
_STRUCTURE = frozenset(
    str.split(
        """
    index default detail details show view start home de en seite page pages leistung leistungen
    dienstleistung dienstleistungen service services az a-z suche search content site sites
    onlinedienste buergerservice verwaltung rathaus themen info informationen node dokumente
    """
    )
)
_PATH_PART_SEPARATORS = re.compile(r"[-_.+,;=~]+")
_ID_PART = re.compile(r"^(?:\d+|[0-9a-f]{8,}|[a-z]?\d[\w]*)$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_EMAIL = re.compile(r"\S+@\S+")
_STREET_WORDS: tuple[str, ...] = ("straße", "strasse", r"str\.", "weg", "platz", "allee", "ring", "gasse", "damm")
_STREET_WORDS += ("chaussee", "ufer", "stieg", "twiete", "markt")
# A house number after a street word. The search stops only at whitespace and looks back for the
# street word from there, which is several times faster than trying every word at every position.
_STREET = re.compile(
    r"(?=\s)(?:" + "|".join(f"(?<={word})" for word in _STREET_WORDS) + r")\s+\d+\s*[a-z]?\b",
    re.IGNORECASE,
)
_PLACE_ADDRESS = re.compile(r"^(?:Im|Am|An der|An den|Auf dem|Auf der|Zum|Zur|In der)\s.*\s\d+\s*[a-z]?$")
# "und"/commas between alternatives, but not after a suspended hyphen ("Industrie- und Handelskammer").
_CONJUNCTION = re.compile(r"(?<!-)\s*[,/]\s*|(?<!-)\s+(?:und|bzw\.?|oder|sowie)\s+")
# What every _CONJUNCTION match holds: a quick search for it spares most texts the slower split.
_MAY_COORDINATE = re.compile(r"[,/]|\s(?:und|bzw|oder|sowie)")
# "Ausbildungsförderung (BAföG)": the bracketed name is an alternative of its own.
MAX_COORDINATED_PARTS = 4
_PARENTHESES = re.compile(r"\s*\(([^)]*)\)")
_ADJECTIVE = re.compile(r"(?:lich|isch|ig|bar|sam|iv|al)(?:e|en|er|es)?$", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s+[|>»›–—:]\s+|\s+-\s+|[\r\n]+|\s*/\s+")


def is_url(text: str) -> bool:
    """True for absolute or site-relative URLs and bare www addresses."""
    stripped = text.strip()
    return " " not in stripped and bool(_URL_START.match(stripped))


def _path_words(segment: str) -> str:
    """Words of one path segment without file extension and id-like parts."""
    parts = _PATH_PART_SEPARATORS.split(_EXTENSION.sub("", unquote(segment)))
    return " ".join(part for part in parts if part and not _ID_PART.match(part))


def url_words(url: str) -> str:
    """The words of the last telling path segment of a URL ("/a-z/hundesteuer-123.html" -> hundesteuer)."""
    stripped = url.strip()
    if stripped.lower().startswith("www."):
        stripped = "//" + stripped
    for segment in reversed(urlsplit(stripped).path.split("/")):
        text = _path_words(segment)
        if text and text.lower() not in _STRUCTURE:
            return text
    return ""


def is_address(text: str) -> bool:
    """True for a street address ("Hauptstraße 12", "Am Markt 5", "Wentzelplatz 9")."""
    if not _DIGIT.search(text):
        return False
    return bool(_STREET.search(text) or _PLACE_ADDRESS.match(text.strip()))


def matchable_text(text: str) -> str:
    """The text to analyse: URLs cut to their telling words, without e-mail or street addresses."""
    if is_url(text):
        return url_words(text)
    if "@" in text:
        text = _EMAIL.sub(" ", text)
    return "" if is_address(text) else text


def context_segments(context: str) -> list[str]:
    """A context and its parts split at breadcrumb and title separators ("Hundesteuer | Stadt X")."""
    parts = [part.strip() for part in _SEPARATORS.split(context) if part and part.strip()]
    return parts if len(parts) <= 1 else [context, *parts]


def coordinated_parts(text: str) -> list[str]:
    """The parts of "Erlaubnis einer Lotterie oder Tombola" or "Hundesteuer / Gewerbeanmeldung"; [] for one."""
    if is_url(text) or has_suspended_hyphen(text):  # "An- und Abmeldung" is one service
        return []
    unbracketed = _PARENTHESES.sub(" ", text) if "(" in text else text
    if not _may_coordinate(unbracketed):  # no separator: one part
        return []
    parts = [part.strip() for part in _CONJUNCTION.split(unbracketed) if part.strip()]
    return parts if 2 <= len(parts) <= MAX_COORDINATED_PARTS else []


def _may_coordinate(text: str) -> bool:
    """True if _MAY_COORDINATE is found; plain substring tests first, as they cost less than a search."""
    if "," in text or "/" in text:
        return True
    joined = "und" in text or "bzw" in text or "oder" in text or "sowie" in text
    return joined and _MAY_COORDINATE.search(text) is not None


def name_alternatives(name: str, analyzer: Analyzer) -> list[str]:
    """Alternatives in a name joined by und/commas/slashes/brackets ("-registerauskunft" completed)."""
    parts = [part.strip() for part in _CONJUNCTION.split(_PARENTHESES.sub(r", \1", name)) if part.strip()]
    if len(parts) < 2:
        return []
    result = []
    anchor = ""
    for part in parts:
        if not part.startswith("-"):
            anchor = part
        elif anchor:
            modifier = analyzer.modifier_of(fold(anchor.split()[-1]).strip("-"))
            part = modifier + part.strip("-") if modifier else ""
        # "Gewerbliche und gemeinnützige Abfallsammlungen": an adjective alone names nothing.
        if part and not _ADJECTIVE.search(part):
            result.append(part)
    return result
