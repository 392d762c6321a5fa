"""What is not evidence of a service: news, events, jobs, council papers, appointments, contact."""

from __future__ import annotations

import re
from functools import lru_cache

SEGMENT_END = r"(/|$|\.html?|\.php|\.aspx?)"
NEWS_URL = re.compile(
    rf"/(aktuelles|aktuell|news|nachrichten|neuigkeiten|presse|pressemitteilungen?|"
    rf"pressemeldungen|meldungen|newsarchiv|pressearchiv|blog|mitteilungen|amtsblatt|"
    rf"bekanntmachungen|newsletter){SEGMENT_END}|tx_news|newsid=|news_id=|/artikel/|"
    # CMS slugs such as /pressemitteilung-wohnsitzanmeldung-900000601-21400.html or /news-1234.html
    rf"/(news|presse|pressemitteilung|pressemeldung|meldung|nachricht|neuigkeit)[-_]",
    re.IGNORECASE,
)
EVENT_URL = re.compile(
    rf"/(veranstaltungen|veranstaltungskalender|kalender|calendar|events?|terminkalender|"
    rf"freizeit|tourismus){SEGMENT_END}|/(veranstaltungen|veranstaltungskalender|events)[-_]\w*\d",
    re.IGNORECASE,
)
JOB_URL = re.compile(
    rf"/(stellenangebote|stellenausschreibungen|stellenanzeigen|stellen|karriere|jobs?|"
    rf"ausbildungsplaetze|bewerbung){SEGMENT_END}",
    re.IGNORECASE,
)
# The site's own pages: links on an Impressum or a sitemap say nothing about the services offered.
SITE_INFO_URL = re.compile(
    rf"/(impressum|datenschutz|datenschutzerklaerung|datenschutzhinweise|barrierefreiheit|"
    rf"erklaerung-zur-barrierefreiheit|barrierefreiheitserklaerung|sitemap|inhaltsverzeichnis|"
    rf"inhaltsuebersicht|seitenuebersicht){SEGMENT_END}",
    re.IGNORECASE,
)
COUNCIL_URL = re.compile(r"/(ratsinfo\w*|sessionnet|allris)(/|$)|/bi/|/(si|to|vo|kp)00\d\d", re.IGNORECASE)
CRUMB_WORDS = {
    "news": re.compile(r"\b(aktuelles|neuigkeiten|nachrichten|pressemitteilungen|presse|news|archiv)\b", re.IGNORECASE),
    "event": re.compile(r"\b(veranstaltungen|veranstaltungskalender|terminkalender)\b", re.IGNORECASE),
    "job": re.compile(r"\b(stellenangebote|stellenausschreibungen|karriere|jobs)\b", re.IGNORECASE),
    "council": re.compile(r"\b(ratsinformationssystem|sitzungen|sitzungskalender)\b", re.IGNORECASE),
    "site_info": re.compile(r"\b(impressum|sitemap|inhaltsverzeichnis|inhalts(ü|ue)bersicht)\b", re.IGNORECASE),
}
TITLE_WORDS = {
    "news": re.compile(r"\bpressemitteilung\b", re.IGNORECASE),
    "event": re.compile(r"\bveranstaltungskalender\b", re.IGNORECASE),
    "job": re.compile(
        r"\b(stellenausschreibung|stellenangebot|stellenanzeige)\b|\((m/w/d|w/m/d|d/m/w|m/w)\)", re.IGNORECASE
    ),
    "council": re.compile(r"\b(niederschrift|tagesordnung|sitzung des|beschlussvorlage)\b", re.IGNORECASE),
    "site_info": re.compile(
        r"^\W*(impressum|sitemap|inhaltsverzeichnis|inhalts(ü|ue)bersicht|seiten(ü|ue)bersicht|"
        r"datenschutz(erkl(ä|ae)rung|hinweise)?|(erkl(ä|ae)rung zur )?barrierefreiheit(serkl(ä|ae)rung)?)\b",
        re.IGNORECASE,
    ),
}
SERVICE_AREA = re.compile(
    r"b(ue|ü)rger[-_\s]?service|dienstleistungen|/leistungen/|leistungen a-z|was erledige ich wo|"
    r"was-erledige-ich-wo|lebenslagen|formulare|online-dienste|onlinedienste|b(ue|ü)rgerinfo",
    re.IGNORECASE,
)
NEWS_DATELINE = re.compile(r"^\D{0,120}?\b\d{1,2}\.\s?\d{1,2}\.\s?(19|20)\d\d\b")
APPOINTMENT_TEXT = re.compile(
    r"\btermin(vereinbarung|buchung|vergabe|reservierung|e)?\b|termin (buchen|vereinbaren|"
    r"reservieren)|wartemarke|zeitfenster buchen",
    re.IGNORECASE,
)
CONTACT_TEXT = re.compile(r"\bkontakt(formular)?\b|e-?mail schreiben|nachricht senden|\bfeedback\b", re.IGNORECASE)
ACCOUNT_TEXT = re.compile(
    r"\b(login|einloggen|registrieren|registrierung|servicekonto|bundid|nutzerkonto|"
    r"benutzerkonto|passwort vergessen)\b",
    re.IGNORECASE,
)
SERVICE_VERBS = re.compile(r"antrag|beantragen|(?<!kontakt)formular|melden|anmelden|abmelden", re.IGNORECASE)


@lru_cache(maxsize=4096)  # scoring asks about the page of every link on it, for each criterion (texts <= 1,500 chars)
def page_noise(url: str, title: str, breadcrumb: str, main_text: str = "") -> str:
    """Why a page is not a service description ('news', 'event', 'job', 'council', 'site_info'), or ''."""
    path = _path(url)
    # A page filed under the service area ("Bürgerservice › Was erledige ich wo? › Veranstaltungen anmelden")
    # is a service page, whatever its own URL segment or last crumb says.
    in_service_area = bool(SERVICE_AREA.search(path) or SERVICE_AREA.search(breadcrumb))
    for reason, pattern in (
        ("council", COUNCIL_URL),
        ("job", JOB_URL),
        ("news", NEWS_URL),
        ("event", EVENT_URL),
        ("site_info", SITE_INFO_URL),
    ):
        by_place = pattern.search(path) or CRUMB_WORDS[reason].search(breadcrumb)
        if (by_place and not in_service_area) or TITLE_WORDS[reason].search(title):
            return reason
    if main_text and NEWS_DATELINE.search(main_text[:140]) and not SERVICE_VERBS.search(title):
        return "news"
    return ""


def link_noise(text: str, url: str, platform_kind: str) -> str:
    """Why a link is not a route to a service ('appointment', 'contact', 'account', 'ignore'), or ''."""
    if platform_kind in ("appointment", "account", "ignore", "office"):
        return platform_kind
    if APPOINTMENT_TEXT.search(text):
        return "appointment"
    if CONTACT_TEXT.search(text) and not SERVICE_VERBS.search(text):
        return "contact"
    if ACCOUNT_TEXT.search(text) and len(text.split()) <= 4:
        return "account"
    return ""


def _path(url: str) -> str:
    """Path and query of a URL (everything after the host)."""
    if "//" not in url:
        return url
    start = url.find("/", url.find("//") + 2)
    return url[start:] if start >= 0 else "/"
