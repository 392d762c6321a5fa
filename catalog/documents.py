"""What a document's naming (link text and file name) says it is: a form, an information sheet, or neither."""

from __future__ import annotations

import re

FORM_DOCUMENT = re.compile(
    r"antrag|formular|vordruck|anmeldung|abmeldung|ummeldung|erkl(ä|ae)rung|meldung|"
    r"anzeige|fragebogen|beiblatt|bestellschein|bestellung|vollmacht|einverst(ä|ae)ndnis|bewerbung|"
    r"mitteilung|meldebogen|erfassungsbogen|best(ä|ae)tigung|eides statt|eidesstattlich",
    re.IGNORECASE,
)
INFO_DOCUMENT = re.compile(
    r"merkblatt|infoblatt|informationsblatt|hinweise|checkliste|leitfaden|information", re.IGNORECASE
)
NOT_A_SERVICE_DOCUMENT = re.compile(
    r"satzung|verordnung|geb(ü|ue)hrenordnung|amtsblatt|haushalt|bekanntmachung|"
    r"protokoll|niederschrift|tagesordnung|flyer|brosch(ü|ue)re|programm|"
    r"jahresbericht|bebauungsplan|preisliste|speiseplan|ferienpass|stellenaus",
    re.IGNORECASE,
)
FILE_NAME_SEPARATORS = re.compile(r"(?:[_\-.+]|%20)+")
STARTS_AS_FORM = re.compile(r"^\W*(antrag|formular|vordruck|anmeldung|anzeige)", re.IGNORECASE)


def document_naming(text: str, url: str) -> str:
    """A document's link text and the words of its file name ("Antrag_Hundesteuer.pdf")."""
    file_name = url.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return f"{text} {FILE_NAME_SEPARATORS.sub(' ', file_name)}".strip()


def is_form_document(naming: str) -> bool:
    """A form by its naming: "Antrag auf Fällgenehmigung nach der Baumschutzsatzung", not "Hundesteuersatzung"."""
    if not FORM_DOCUMENT.search(naming):
        return False
    return not NOT_A_SERVICE_DOCUMENT.search(naming) or bool(STARTS_AS_FORM.search(naming))


def is_info_document(naming: str) -> bool:
    """An information sheet (Merkblatt, Checkliste …) by its naming, not a statute or a flyer."""
    return bool(INFO_DOCUMENT.search(naming)) and not NOT_A_SERVICE_DOCUMENT.search(naming)


def is_service_document(naming: str) -> bool:
    """A form or an information sheet by its naming, as form_download and info_document judge it."""
    return is_form_document(naming) or is_info_document(naming)
