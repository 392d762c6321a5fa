"""Judging an HTML form: an application someone can submit, or search, login, contact, newsletter, booking."""

from __future__ import annotations

import re
from typing import Any

SEARCH = re.compile(r"\b(such\w*|search|query|stichwort|volltext|q)\b", re.IGNORECASE)
LOGIN_WORDS = re.compile(r"\b(login|anmeldename|benutzername|passwort|kennwort)\b", re.IGNORECASE)
NEWSLETTER = re.compile(r"newsletter|abonnieren", re.IGNORECASE)
# Not "Uhrzeit": an Osterfeuer or Veranstaltung application asks for a time too.
APPOINTMENT = re.compile(r"\btermin\w*|zeitfenster|zeitslot|wartemarke", re.IGNORECASE)
CONTACT_HEADING = re.compile(r"\bkontakt\w*|feedback|ihre (nachricht|meinung|anregung)", re.IGNORECASE)
CONTACT_FIELDS = re.compile(
    r"^(ihr(e)? )?(name|vorname|nachname|e-?mail(-?adresse)?|telefon\w*|betreff|nachricht|"
    r"mitteilung|anliegen|anrede|ihre nachricht|kommentar|captcha|sicherheitsabfrage)\*?$",
    re.IGNORECASE,
)
MIN_APPLICATION_FIELDS = 2


def form_role(detail: dict[str, Any], page_title: str) -> str:
    """'application' for a form that submits an application; else what it is instead."""
    fields = [str(name) for name in detail.get("fields", [])]
    types = [str(kind) for kind in detail.get("field_types", [])]
    words = " ".join([*fields, *detail.get("submit_texts", []), str(detail.get("action", ""))])
    heading = f"{page_title} {detail.get('page_h1', '')} {detail.get('form_role', '')}"
    if "password" in types or LOGIN_WORDS.search(" ".join(fields)):
        return "login"
    if detail.get("form_role") == "search" or (len(fields) <= 2 and SEARCH.search(words)):
        return "search"
    if NEWSLETTER.search(words) or NEWSLETTER.search(heading):
        return "newsletter"
    if APPOINTMENT.search(words) or APPOINTMENT.search(heading):
        return "appointment"
    if _is_contact(fields, heading):
        return "contact"
    if len(fields) < MIN_APPLICATION_FIELDS or not detail.get("submit_texts"):
        return "too_small"
    return "application"


def _is_contact(fields: list[str], heading: str) -> bool:
    if CONTACT_HEADING.search(heading) and not re.search(r"antrag|anmeld|meldung|beantrag", heading, re.IGNORECASE):
        return True
    named = [name for name in fields if name]
    return bool(named) and all(CONTACT_FIELDS.match(name.strip()) for name in named)
