"""Pages and links that are no evidence of a service: news, events, jobs, council, booking, contact."""

from __future__ import annotations

import pytest

from catalog.maturity.noise import link_noise, page_noise

SITE = "https://www.stadt-wesertal.de"


@pytest.mark.parametrize(
    ("url", "title", "breadcrumb", "main_text", "expected"),
    [
        # Service pages.
        (
            f"{SITE}/buergerservice/dienstleistungen/hundesteuer/",
            "Hundesteuer",
            "Start › Bürgerservice",
            "",
            "",
        ),
        (f"{SITE}/rathaus/formulare/", "Formulare und Anträge", "", "Hier finden Sie alle Formulare.", ""),
        (f"{SITE}/index.php?id=42", "Wohngeld", "", "Wohngeld Zuschuss zur Miete", ""),
        # News by URL, breadcrumb, title or a dateline at the top.
        (f"{SITE}/aktuelles/neue-wohngeldregeln/", "Neue Wohngeldregeln", "", "", "news"),
        (f"{SITE}/news/detail/stadtfest-2026.html", "Stadtfest", "", "", "news"),
        (f"{SITE}/index.php?id=7&tx_news_pi1[news]=88", "Wohngeld steigt", "", "", "news"),
        (f"{SITE}/rathaus/pressemitteilungen/", "Presse", "", "", "news"),
        (f"{SITE}/stadt/amtsblatt/2026/", "Amtsblatt", "", "", "news"),
        (f"{SITE}/seite/123/", "Wohngeld steigt", "Start › Aktuelles › Meldung", "", "news"),
        (f"{SITE}/seite/124/", "Pressemitteilung: Wohngeld steigt", "", "", "news"),
        (
            f"{SITE}/seite/125/",
            "Wohngeld steigt",
            "",
            "Wohngeld steigt 12.01.2026 Ab Januar gilt ...",
            "news",
        ),
        # A dateline on a service page whose title says apply / register stays a service page.
        (f"{SITE}/seite/126/", "Osterfeuer anmelden", "", "Osterfeuer anmelden 01.02.2026 Bis 1. März", ""),
        # Events.
        (f"{SITE}/veranstaltungen/stadtfest/", "Stadtfest", "", "", "event"),
        (f"{SITE}/veranstaltungen/kalender?monat=2026-12", "Kalender", "", "", "event"),
        (f"{SITE}/freizeit/", "Freizeit", "", "", "event"),
        (f"{SITE}/seite/200/", "Stadtfest", "Start › Veranstaltungskalender", "", "event"),
        # Jobs.
        (f"{SITE}/rathaus/stellenangebote/sachbearbeitung-bussgeldstelle/", "Sachbearbeitung", "", "", "job"),
        (f"{SITE}/karriere.html", "Karriere", "", "", "job"),
        (f"{SITE}/seite/300/", "Sachbearbeiter Wohngeld (m/w/d)", "", "", "job"),
        # Council information systems and papers.
        (f"{SITE}/ratsinfo/sitzungen/", "Sitzungen", "", "", "council"),
        ("https://sessionnet.krz.de/wesertal/bi/si0040.asp", "Sitzungskalender", "", "", "council"),
        (f"{SITE}/buergerinfo/to0040.asp?SILFDNR=123", "Tagesordnung", "", "", "council"),
        (f"{SITE}/seite/400/", "Niederschrift der Sitzung des Bauausschusses", "", "", "council"),
        # Words inside other words do not count.
        (f"{SITE}/buergerservice/antrag-stellen/", "Antrag stellen", "", "", ""),
        (f"{SITE}/leben/newsletter-anmeldung-hilfe/", "Hilfe", "", "", ""),
    ],
)
def test_page_noise(url: str, title: str, breadcrumb: str, main_text: str, expected: str) -> None:
    assert page_noise(url, title, breadcrumb, main_text) == expected


def test_buergerinfo_as_a_service_menu_is_not_council_noise() -> None:
    """Many municipal sites call their service section "Bürgerinfo" (the crawler treats it as service
    navigation); only the council system (SessionNet si0040/to0040 …, ALLRIS /bi/) is council noise."""
    assert page_noise(f"{SITE}/buergerinfo/abfall/sperrmuell/", "Sperrmüll", "Start › Bürgerinfo › Abfall") == ""


@pytest.mark.parametrize(
    ("text", "url", "platform_kind", "expected"),
    [
        ("Termin vereinbaren", f"{SITE}/termin/", "", "appointment"),
        ("Terminvereinbarung Bürgerbüro", "https://wesertal.tevis.de/", "appointment", "appointment"),
        ("Online-Terminbuchung", "https://termine.example.de/", "", "appointment"),
        ("Wartemarke ziehen", f"{SITE}/wartemarke/", "", "appointment"),
        ("Zum Personalausweis", "https://wesertal.tevis.de/select2?md=4", "appointment", "appointment"),
        ("Kontaktformular", f"{SITE}/kontakt/", "", "contact"),
        ("Kontakt", f"{SITE}/kontakt/", "", "contact"),
        ("Feedback", f"{SITE}/feedback/", "", "contact"),
        ("Login", "https://portal.example.de/login", "", "account"),
        ("Servicekonto registrieren", "https://servicekonto.niedersachsen.de/", "account", "account"),
        ("Mit BundID anmelden", "https://id.bund.de/", "", "account"),
        ("Facebook", "https://www.facebook.com/stadtwesertal", "ignore", "ignore"),
        # Services, even when they mention contact or an account.
        ("Hundesteuer", f"{SITE}/hundesteuer/", "", ""),
        ("Zum Online-Antrag", "https://heideland.rathausdirekt.de/hund", "online_service", ""),
        ("Antrag Kontaktsperre / Auskunftssperre", f"{SITE}/auskunftssperre/", "", ""),
        (
            "Wohngeld online beantragen – Sie benötigen ein Servicekonto oder Ihre BundID",
            f"{SITE}/w/",
            "",
            "",
        ),
        ("Anmeldung eines Hundes", f"{SITE}/hund/", "", ""),
        ("Gewerbeanmeldung", "https://fs.form-solutions.net/x", "form_server", ""),
    ],
)
def test_link_noise(text: str, url: str, platform_kind: str, expected: str) -> None:
    assert link_noise(text, url, platform_kind) == expected
