"""Names of generated municipalities: host names, official names, heads of administration, addresses."""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass

TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
NON_ALNUM = re.compile(r"[^a-z0-9]+")

# Host name patterns seen on real Lower Saxony sites, most common first; the first free one is used,
# so collisions (a Samtgemeinde and its member of the same name) fall back to the next pattern.
HOST_PATTERNS: dict[str, tuple[str, ...]] = {
    "samtgemeinde": ("samtgemeinde-{}", "sg-{}", "{}"),
    "stadt": ("stadt-{}", "{}"),
    "gemeinde": ("gemeinde-{}", "{}"),
    "mitgliedsgemeinde": ("gemeinde-{}", "{}"),
    "landkreis": ("landkreis-{}", "lk-{}", "{}"),
    "kreisfreie_stadt": ("{}", "stadt-{}"),
}
TYPE_WORDS = {
    "samtgemeinde": "Samtgemeinde",
    "stadt": "Stadt",
    "gemeinde": "Gemeinde",
    "mitgliedsgemeinde": "Gemeinde",
    "landkreis": "Landkreis",
    "kreisfreie_stadt": "Stadt",
}
# (male, female) title of the head of administration, as printed in an Impressum.
HEADS = {
    "samtgemeinde": ("Samtgemeindebürgermeister", "Samtgemeindebürgermeisterin"),
    "stadt": ("Bürgermeister", "Bürgermeisterin"),
    "gemeinde": ("Bürgermeister", "Bürgermeisterin"),
    "mitgliedsgemeinde": ("Bürgermeister", "Bürgermeisterin"),
    "landkreis": ("Landrat", "Landrätin"),
    "kreisfreie_stadt": ("Oberbürgermeister", "Oberbürgermeisterin"),
}
FIRST_NAMES = (
    ("Jens", "m"), ("Matthias", "m"), ("Dirk", "m"), ("Frank", "m"), ("Heiko", "m"), ("Torsten", "m"),
    ("Andreas", "m"), ("Carsten", "m"), ("Sabine", "f"), ("Anke", "f"), ("Kerstin", "f"), ("Silke", "f"),
    ("Claudia", "f"), ("Birgit", "f"), ("Meike", "f"), ("Tanja", "f"),
)  # fmt: skip
LAST_NAMES = (
    "Meyer", "Behrens", "Lüdemann", "Brüning", "Hinrichs", "Ahlers", "Wichmann", "Köster", "Gerdes",
    "Janssen", "Oltmanns", "Stöver", "Heitmann", "Rathjen", "Schwiering", "Poppe",
)  # fmt: skip
STREETS = ("Rathausplatz", "Am Markt", "Hauptstraße", "Lange Straße", "Kirchstraße", "Bahnhofstraße",
           "Poststraße", "Schloßplatz", "Am Amtshof", "Große Straße")  # fmt: skip
# First digits of postcodes by the ARS's former Regierungsbezirk (031 Braunschweig ... 034 Weser-Ems).
POSTCODE_AREAS = {"031": ("38", "37"), "032": ("30", "31"), "033": ("21", "27", "29"), "034": ("26", "49")}


def slugify(text: str) -> str:
    """Lower case, umlauts transliterated, everything else that is not a letter or digit a hyphen."""
    return NON_ALNUM.sub("-", text.translate(TRANSLITERATION).lower()).strip("-")


def base_name(registry_name: str) -> str:
    """'Gifhorn, Stadt' -> 'Gifhorn'; the registry appends the kind of municipality after a comma."""
    return registry_name.split(",")[0].strip()


def qualifier(registry_name: str) -> str:
    """'Brome, Flecken' -> 'Flecken'; '' when the registry name carries none."""
    _, _, rest = registry_name.partition(",")
    return rest.strip()


def official_name(registry_name: str, municipality_type: str) -> str:
    """The name a municipality gives itself: 'Samtgemeinde Bothel', 'Flecken Brome', 'Region Hannover'."""
    base = base_name(registry_name)
    word = qualifier(registry_name) or TYPE_WORDS[municipality_type]
    if base.startswith(("Region ", "Landkreis ")):
        return base
    return f"{word} {base}"


def host_candidates(registry_name: str, municipality_type: str, rng: random.Random) -> list[str]:
    """Possible hosts, preferred first: a seeded choice among the usual patterns, then the others."""
    core = slugify(base_name(registry_name))
    if municipality_type == "landkreis" and core.startswith("region-"):
        core = core.removeprefix("region-")
        patterns: tuple[str, ...] = ("region-{}", "{}")
    else:
        patterns = HOST_PATTERNS[municipality_type]
    first = rng.choice(patterns)
    ordered = [first, *(pattern for pattern in patterns if pattern != first)]
    return [f"www.{pattern.format(core)}.de" for pattern in ordered]


def unique_host(candidates: list[str], taken: set[str], ars: str) -> str:
    """The first free candidate; the Kreis part of the ARS separates namesakes when all are taken."""
    for host in candidates:
        if host not in taken:
            return host
    core = candidates[0].removeprefix("www.").removesuffix(".de")
    fallback = f"www.{core}-{ars[2:5]}.de"
    number = 2
    while fallback in taken:
        fallback = f"www.{core}-{ars[2:5]}-{number}.de"
        number += 1
    return fallback


@dataclass(frozen=True)
class Identity:
    """How a site introduces its municipality: official name, head, address and contacts."""

    official: str
    head_title: str  # "Samtgemeindebürgermeister"
    head_article: str  # "Der" or "Die"
    head_name: str
    street: str
    postcode: str
    town: str
    phone: str
    email: str

    @property
    def head_line(self) -> str:
        """'Der Samtgemeindebürgermeister', as it heads the Impressum."""
        return f"{self.head_article} {self.head_title}"

    @property
    def address(self) -> str:
        return f"{self.street}, {self.postcode} {self.town}"


def identity(registry_name: str, municipality_type: str, ars: str, host: str) -> Identity:
    """A stable identity derived from the ARS alone, so it never changes between variants or seeds."""
    rng = random.Random(hashlib.sha256(ars.encode()).hexdigest())
    first, sex = rng.choice(FIRST_NAMES)
    male, female = HEADS[municipality_type]
    if municipality_type == "landkreis" and base_name(registry_name).startswith("Region "):
        male, female = "Regionspräsident", "Regionspräsidentin"
    area = rng.choice(POSTCODE_AREAS.get(ars[:3], ("31",)))
    town = base_name(registry_name).removeprefix("Region ")
    return Identity(
        official=official_name(registry_name, municipality_type),
        head_title=male if sex == "m" else female,
        head_article="Der" if sex == "m" else "Die",
        head_name=f"{first} {rng.choice(LAST_NAMES)}",
        street=f"{rng.choice(STREETS)} {rng.randint(1, 24)}",
        postcode=f"{area}{rng.randint(100, 999)}",
        town=town,
        phone=f"0{rng.randint(4100, 5999)} {rng.randint(1, 9)}{rng.randint(0, 99):02d}-0",
        email=f"info@{host.removeprefix('www.')}",
    )
