"""Judging an HTML form: an application someone can submit, or search, login, contact, newsletter, booking."""

from __future__ import annotations

import re

from catalog.evidence import FormEvidence

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


def form_role(form: FormEvidence) -> str:
    """'application' for a form that submits an application; else what it is instead."""
    fields = list(form.fields)
    words = " ".join([*fields, *form.submit_texts, form.action])
    heading = f"{form.page_title} {form.page_h1} {form.form_role}"
    if "password" in form.field_types or LOGIN_WORDS.search(" ".join(fields)):
        return "login"
    if form.form_role == "search" or (len(fields) <= 2 and SEARCH.search(words)):
        return "search"
    if NEWSLETTER.search(words) or NEWSLETTER.search(heading):
        return "newsletter"
    if APPOINTMENT.search(words) or APPOINTMENT.search(heading):
        return "appointment"
    if _is_contact(fields, heading):
        return "contact"
    if len(fields) < MIN_APPLICATION_FIELDS or not form.submit_texts:
        return "too_small"
    return "application"


def _is_contact(fields: list[str], heading: str) -> bool:
    if CONTACT_HEADING.search(heading) and not re.search(r"antrag|anmeld|meldung|beantrag", heading, re.IGNORECASE):
        return True
    named = [name for name in fields if name]
    return bool(named) and all(CONTACT_FIELDS.match(name.strip()) for name in named)
