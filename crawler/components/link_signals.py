"""Word signals in link texts and URLs that steer the crawl: service navigation, online cues, noise."""

from __future__ import annotations

import re

SERVICE_NAVIGATION = re.compile(
    r"b(ue|ü)rger[-\s]?service|dienstleistung|leistungen|a[-\s]?(bis|-)[-\s]?z|lebenslage|was erledige|"
    r"online[-\s]?(dienst|service|antr|verfahren|rathaus)|formular|antr(a|ä)g|vordruck|rathaus|verwaltung|"
    r"service[-\s]?portal|b(ue|ü)rgerportal|e-?government|zust(a|ä)ndigkeit|(a|ä)mter|fachbereich|"
    r"beh(oe|ö)rdenwegweiser|anliegen|themen|b(ue|ü)rgerinfo|einwohner|ordnungsamt|standesamt|bauamt|"
    r"steuern|abgaben|gebuehren|gebühren|downloads?",
    re.IGNORECASE,
)
ONLINE_CUE = re.compile(
    r"online|antr(a|ä)g|beantragen|formular|onlinedienst|online-dienst|e-?service|"
    r"serviceportal|b(ue|ü)rgerportal|b(ue|ü)rgerservice|zum (dienst|formular)|jetzt starten|digital",
    re.IGNORECASE,
)
NOISE = re.compile(
    r"aktuell|news|neuigkeit|presse|meldung|archiv|veranstaltung|kalender|calendar|event|termine\b|"
    r"galerie|bilder|foto|video|tourismus|freizeit|ausflug|gastronomie|uebernachtung|übernachtung|"
    r"stellenangebot|stellenausschreibung|karriere|jobs?\b|ausbildungsplatz|sitzung|ratsinfo|"
    r"niederschrift|protokoll|amtsblatt|bekanntmachung|haushalt|wahlergebnis|chronik|geschichte|"
    r"partnerst(a|ä)dt|newsletter|rss|\bdruck|\bprint\b|login|anmelden\.html$|sitemap|barrierefrei|"
    r"impressum|datenschutz|cookie|leichte sprache|gebaerdensprache|gebärdensprache",
    re.IGNORECASE,
)
DATE_LIKE = re.compile(
    r"(19|20)\d\d[-/_.]?(0[1-9]|1[0-2])|monat=|month=|jahr=|year=|datum=|date=|tag=|day=|"
    r"woche=|week=|kalender|calendar|cal_|ical",
    re.IGNORECASE,
)


def is_service_navigation(text: str, url: str) -> bool:
    return bool(SERVICE_NAVIGATION.search(text) or SERVICE_NAVIGATION.search(url))


def has_online_cue(*texts: str) -> bool:
    return any(ONLINE_CUE.search(text) for text in texts if text)


def is_noise(text: str, url: str) -> bool:
    return bool(NOISE.search(text) or NOISE.search(url))


def is_date_like(url: str) -> bool:
    return bool(DATE_LIKE.search(url))
