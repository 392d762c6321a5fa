"""Referrals: a page or section that names a service only to say another authority provides it."""

from __future__ import annotations

import re

from catalog.urls import host_of

# "beantragen Sie beim Landkreis", "zuständig ist", "stellt nicht der Landkreis aus": who provides it.
RESPONSIBILITY = re.compile(
    r"zust(ä|ae)ndig|beantragen sie|erledigen sie|erhalten sie|bekommen sie|wenden sie sich|stellen sie|"
    r"\bstellt\b|\bstellen\b.{0,40}\baus\b|ausgestellt|bearbeitet|k(ü|ue)mmert sich|liegt (bei|in der hand)",
    re.IGNORECASE,
)
# Authorities a municipality (Gemeinde, Stadt, Samtgemeinde) sends its citizens to.
ELSEWHERE_FOR_MUNICIPALITY = re.compile(
    r"\b(landkreis\w*|kreisverwaltung|kreishaus|zulassungsstelle des|f(ü|ue)hrerscheinstelle des|"
    r"region hannover|finanzamt\w*|jobcenter|agentur f(ü|ue)r arbeit|familienkasse|landesamt|bundesamt|"
    r"amtsgericht|krankenkasse|pflegekasse|rentenversicherung)\b",
    re.IGNORECASE,
)
# ... and those a Landkreis sends its citizens to.
ELSEWHERE_FOR_KREIS = re.compile(
    r"\b(ihre[rm]? (stadt|gemeinde|samtgemeinde|wohnsitzgemeinde|wohnortgemeinde)|stadt oder gemeinde|"
    r"gemeinde oder stadt|st(ä|ae)dte(n)? und gemeinden|stadt- oder gemeindeverwaltung|wohnsitzgemeinde|"
    r"finanzamt\w*|jobcenter|agentur f(ü|ue)r arbeit|familienkasse|landesamt|bundesamt|amtsgericht|"
    r"krankenkasse|rentenversicherung)\b",
    re.IGNORECASE,
)
# "bei uns", "wir", "im Bürgerbüro": the site's own authority has a part in it too.
OWN_PART = re.compile(r"\bbei uns\b|\bwir\b|\bunser|\bim (b(ü|ue)rgerb(ü|ue)ro|rathaus)\b", re.IGNORECASE)
KREIS_HOST = re.compile(r"(^|[.-])(landkreis|lk|kreis|region)[.-]|kreis\.de$")
MIN_WORDS = 5
SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


def is_kreis_site(start_url: str) -> bool:
    """www.landkreis-x.de, www.lk-x.de, www.heidekreis.de, www.region-hannover.de: a Kreis-level site."""
    return bool(KREIS_HOST.search(host_of(start_url)))


def refers_elsewhere(lead: str, kreis_site: bool) -> bool:
    """True when the first sentences of a page or section send the reader to another authority."""
    elsewhere = ELSEWHERE_FOR_KREIS if kreis_site else ELSEWHERE_FOR_MUNICIPALITY
    # The first two sentences, not counting "Worum geht es?" or "Beschreibung" in front of them.
    opening = [sentence for sentence in SENTENCE_END.split(lead) if len(sentence.split()) >= MIN_WORDS][:2]
    if any(OWN_PART.search(sentence) for sentence in opening):
        return False  # "Das Führungszeugnis stellt das Bundesamt aus. Den Antrag stellen Sie bei uns."
    return any(RESPONSIBILITY.search(sentence) and elsewhere.search(sentence) for sentence in opening)
