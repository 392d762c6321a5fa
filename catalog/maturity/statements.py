"""Sentences that state the electronic notice: fully digital processing including the notice (level 4)."""

from __future__ import annotations

import re
from collections.abc import Iterable

NOTICE = re.compile(
    r"bescheid\w*|genehmigung|bescheinigung|best(ä|ae)tigung|urkunde|entscheidung|erlaubnis", re.IGNORECASE
)
# "als PDF herunterladen" says the notice is a download only when no form or attachment is meant.
DOWNLOAD_DELIVERY = re.compile(r"als pdf|zum (herunterladen|download)", re.IGNORECASE)
NOT_THE_NOTICE = re.compile(r"antrag|formular|vordruck|beif(ü|ue)g|hochlad|anh(ä|ae)ng", re.IGNORECASE)
# Negations about something else than the delivery ("ein Besuch ist nicht nötig"), or of paper ("kommt
# nicht per Brief"), do not cancel it.
HARMLESS_NEGATION = re.compile(
    r"nicht (mehr )?(n(ö|oe)tig|notwendig|erforderlich)|nicht pers(ö|oe)nlich|"
    r"kein (besuch|beh(ö|oe)rdengang|gang)|"
    r"(nicht|nie) (mehr )?(per|mit der|als|auf dem) (post|brief|papier)\w*|kein(e|en)? (papier|brief|ausdruck)\w*",
    re.IGNORECASE,
)
# The delivery of the notice itself must be electronic; "apply online, notice by post" is level 3.
ELECTRONIC_DELIVERY = re.compile(
    r"postfach|bundid|servicekonto|nutzerkonto|b(ü|ue)rgerkonto|unternehmenskonto|in ihr(em)? konto|"
    r"(elektronisch|digital)\w*\s+(\w+\s+){0,2}(zugestellt|zugesandt|übermittelt|uebermittelt|bereitgestellt|"
    r"versandt|versendet|erhalten|zustellen|übermitteln)",
    re.IGNORECASE,
)
FULLY_DIGITAL = re.compile(
    r"(vollst(ä|ae)ndig|komplett|durchg(ä|ae)ngig|ausschlie(ß|ss)lich)\s+(digital|online|elektronisch)|"
    r"ende-zu-ende|medienbruchfrei|ohne papier",
    re.IGNORECASE,
)
# "Den Bescheid erhalten Sie in Ihr BundID-Postfach; die Plaketten kommen per Post": each clause on its own.
CLAUSES = re.compile(r";\s*")
NEGATION = re.compile(r"\b(nicht|kein\w*|noch nicht|leider|per post|postalisch)\b", re.IGNORECASE)


def states_fully_digital(sentences: Iterable[str]) -> str:
    """The first sentence saying the notice arrives electronically (or is part of a fully digital process), or ''."""
    for sentence in sentences:
        if any(_states_electronic_notice(clause) for clause in CLAUSES.split(sentence)):
            return sentence
    return ""


def _states_electronic_notice(sentence: str) -> bool:
    if NEGATION.search(HARMLESS_NEGATION.sub(" ", sentence)):
        return False
    delivered = ELECTRONIC_DELIVERY.search(sentence) or (
        DOWNLOAD_DELIVERY.search(sentence) and not NOT_THE_NOTICE.search(sentence)
    )
    # "vollständig online" alone says how the application goes, not how the notice comes: level 3.
    return bool(NOTICE.search(sentence) and (delivered or FULLY_DIGITAL.search(sentence)))
