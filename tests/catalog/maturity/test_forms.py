"""An HTML form is an application, or a search, login, newsletter, appointment booking or contact form."""

from __future__ import annotations

from typing import Any

import pytest

from catalog.evidence import FormEvidence
from catalog.maturity.forms import form_role


def form(
    fields: list[str], submit: list[str], types: list[str] | None = None, action: str = "", **extra: Any
) -> dict[str, Any]:
    return {
        "fields": fields,
        "field_types": types or ["text"] * len(fields),
        "submit_texts": submit,
        "action": action,
        **extra,
    }


def role_of(detail: dict[str, Any], page_title: str) -> str:
    """The role of a form with these fields on a page with this title, judged from the real evidence type."""
    values = {name: tuple(value) if isinstance(value, list) else value for name, value in detail.items()}
    return form_role(FormEvidence("https://www.gemeinde-moorhausen.de/formular/", page_title=page_title, **values))


GEWERBE = form(
    ["Name", "Vorname", "Geburtsdatum", "Anschrift der Betriebsstätte", "Angemeldete Tätigkeit", "Beginn"],
    ["Antrag absenden"],
    action="https://fs.form-solutions.net/submission/gewa1",
)


@pytest.mark.parametrize(
    ("detail", "page_title", "expected"),
    [
        # Applications.
        (GEWERBE, "Gewerbeanmeldung (GewA 1)", "application"),
        (
            form(["Name", "Anschrift", "Rasse des Hundes", "Chipnummer", "Haltungsbeginn"], ["Weiter"]),
            "Hund anmelden – Rathausdirekt",
            "application",
        ),
        (
            form(["Straße", "Hausnummer", "Gegenstände"], ["Sperrmüll anmelden"]),
            "Sperrmüll – Stadt Wesertal",
            "application",
        ),
        # An application also asks for name, e-mail and phone: the other fields decide.
        (
            form(
                ["Name", "E-Mail", "Telefon", "Standort des Baumes", "Baumart", "Stammumfang"],
                ["Antrag senden"],
            ),
            "Baumfällgenehmigung beantragen",
            "application",
        ),
        # Searches.
        (form(["Suchbegriff"], ["Suchen"]), "Stadt Wesertal", "search"),
        (form(["tx_solr[q]"], [""], action="https://www.stadt-wesertal.de/suche"), "Wohngeld", "search"),
        (form(["q"], ["Los"]), "Bürgerservice", "search"),
        (form(["Stichwort", "Kategorie"], ["Finden"]), "Dienstleistungen A-Z", "search"),
        (form(["Leistung"], ["OK"], form_role="search"), "Bürgerservice", "search"),
        # Logins.
        (form(["Benutzername", "Passwort"], ["Anmelden"], ["text", "password"]), "Servicekonto", "login"),
        (form(["E-Mail", "Kennwort"], ["Login"]), "Bürgerportal", "login"),
        (form(["E-Mail", "PIN"], ["Weiter"], ["email", "password"]), "Portal", "login"),
        # Newsletters.
        (form(["E-Mail-Adresse", "Vorname"], ["Abonnieren"]), "Stadt Wesertal", "newsletter"),
        (form(["E-Mail", "Name"], ["Senden"]), "Newsletter – Stadt Wesertal", "newsletter"),
        # Appointment booking.
        (form(["Anliegen", "Datum", "Uhrzeit", "Name"], ["Termin buchen"]), "Bürgerbüro", "appointment"),
        (
            form(["Name", "E-Mail", "Wunschzeit"], ["Reservieren"]),
            "Terminvereinbarung Standesamt",
            "appointment",
        ),
        # Contact.
        (form(["Name", "E-Mail", "Betreff", "Ihre Nachricht"], ["Senden"]), "Stadt Wesertal", "contact"),
        (
            form(
                ["Ihr Name*", "Ihre E-Mail-Adresse*", "Telefon", "Mitteilung", "Sicherheitsabfrage"],
                ["Absenden"],
            ),
            "Rathaus",
            "contact",
        ),
        (form(["Vorname", "Nachname", "Anliegen"], ["Absenden"]), "Kontakt – Stadt Wesertal", "contact"),
        (
            form(["Name", "Ort", "Anregung"], ["Senden"], page_h1="Ihre Meinung ist uns wichtig"),
            "Stadt",
            "contact",
        ),
        # Too small to be an application.
        (form(["Straße"], ["Prüfen"]), "Abfallkalender", "too_small"),
        (form(["Name", "Anschrift", "Hunderasse"], []), "Hundesteuer", "too_small"),
        (form([], ["Alle akzeptieren"]), "Cookie-Einstellungen", "too_small"),
    ],
)
def test_form_role(detail: dict[str, Any], page_title: str, expected: str) -> None:
    assert role_of(detail, page_title) == expected


def test_contact_heading_does_not_hide_an_application() -> None:
    detail = form(
        ["Name", "Anschrift", "Ort des Feuers", "Verantwortliche Person"],
        ["Absenden"],
        page_h1="Kontakt und Anmeldung Osterfeuer",
    )
    assert role_of(detail, "Osterfeuer – Gemeinde Moorhausen") == "application"


@pytest.mark.parametrize(
    ("fields", "title"),
    [
        # The time of the fire, of the event, of the road closure: not a time slot to book.
        (
            ["Name", "Anschrift", "Ort des Feuers", "Datum", "Uhrzeit", "Verantwortliche Person"],
            "Osterfeuer anmelden",
        ),
        (
            [
                "Veranstalter",
                "Art der Veranstaltung",
                "Ort",
                "Datum",
                "Uhrzeit von",
                "Uhrzeit bis",
                "Besucherzahl",
            ],
            "Veranstaltung anzeigen",
        ),
    ],
)
def test_an_application_that_asks_for_a_time_is_not_an_appointment_booking(fields: list[str], title: str) -> None:
    assert role_of(form(fields, ["Anmeldung absenden"]), title) == "application"
