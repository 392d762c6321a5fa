"""Recognition on real service pages: the share of hamburg.de page titles and online-service links matched right.

Usage: .venv/bin/python bench/hamburg.py [--verbose]
Reads the Markdown service pages in `pages/hamburg_service_md` of the reference data beside the project
(`../shared/data`, or the folder named by OZG_SHARED_DATA); says so and exits 0 when they are absent. Prints the share
of cases whose top match is an expected OZG-ID (or that match nothing where nothing is expected); --verbose lists the
wrong ones. Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import re
from dataclasses import dataclass
from pathlib import Path

from _common import PROJECT_ROOT

from catalog.matching.matcher import Matcher

CATALOG_DIR = PROJECT_ROOT / "data" / "catalog"
# The share the test suite required before this check moved here, for comparison.
FORMER_TEST_FLOOR = 0.72


def pages_dir() -> Path:
    """The Hamburg pages: OZG_SHARED_DATA or ../shared/data beside the project."""
    shared = Path(os.environ.get("OZG_SHARED_DATA") or PROJECT_ROOT.parent / "shared" / "data")
    return shared / "pages" / "hamburg_service_md"


@dataclass(frozen=True)
class HamburgCase:
    text: str
    context: str
    expected: frozenset[str]  # empty: nothing must match


# Expected OZG-IDs per page, keyed by a part of the file name; pages not listed are left out
# because the catalog has no clear answer for them ("Immissionsschutz", "Umzug dem Finanzamt mitteilen").
HAMBURG_EXPECTED: dict[str, set[str]] = {
    "Aufstellen_von_Geldspielgeräten": {"10294"},
    "Bewachungsgewerbe_-_Erlaubnis": {"10294"},
    "Eintragung_in_das_Verzeichnis_zulassungsfreier": {"10561", "10289"},
    "Erlaubnis_für_Vermittlung_von_Immobilien": {"10294"},
    "Erlaubnis_zur_gewerbsmäßigen_Zucht": {"10294"},
    "Führerschein_Fahrerkarte": {"10423", "10169"},
    "Gaststättenerlaubnis_beantragen": {"10294"},
    "Gaststättengewerbe_Gestattung": {"10294"},
    "Genehmigung_zur_Zweckentfremdung": {"10125"},
    "Gewerbe_abmelden": {"10294"},
    "Gewerbe_anmelden": {"10294"},
    "Gewerbe_ummelden": {"10294"},
    "Gewerberegisterauskunft": {"10564"},
    "Gewerbesteuer_bezahlen": {"10364"},
    "Gewerbezentralregister_Auskunft": {"10565"},
    "Gewerblicher_Umgang_mit_Feuerwerksartikeln": {"10347", "10480"},
    "Kein_Treffer": set(),
    "Löschung_aus_dem_Verzeichnis": {"10561", "10289"},
    "Ortswechsel_von_Tierausstellungen": {"10350", "10294"},
    "Pfandleihgewerbe": {"10294"},
    "Reisegewerbekarte": {"10294"},
    "Schaustellung_von_Personen": {"10294"},
    "Spielhallen_Erlaubnis__im_Reisegewerbe": {"10294"},
    "Spielhallenerlaubnis": {"10294"},
    "Stellvertretungserlaubnis": {"10294"},
    "Teileigentum_begründen": {"10532", "10514"},
    "Unternehmen_Betrieb_Gewerbe_oder_selbstständige_Tätigkeit_zur_Steuer": {"10292"},
    "Versteigerergewerbe": {"10294"},
    "Vorläufige_Gaststättenerlaubnis": {"10294"},
    "Wasserrechtliche_Genehmigungen": {"10456", "10488"},
    "Kfz-Schein_bzw._Zulassungsbescheinigung": {"10459", "10439"},
    "Kfz_Abmeldung": {"10439"},
    "Kfz_Anmeldung": {"10439"},
    "Kfz_Fahrzeugmängel": {"10439"},
    "Kfz_Fahrzeugverkauf": {"10439"},
    "Kfz_Ummeldung": {"10439"},
    "Kfz_Verkauf": {"10439"},
    "Kfz_Versicherungswechsel": {"10439"},
    "Oldtimerkennzeichen": {"10436"},
    "Meldebescheinigung_beantragen": {"10559"},
    "Personalausweis": {"10119"},
    "Identitätsnachweis": {"10119"},
    "Online-Ausweisfunktion": {"10119"},
    "Hunde_nach_Umzug": {"10160"},
    "Rundfunkbeitrag_ummelden": {"10120"},
    "Umzug_innerhalb_Hamburgs_melden": {"10124"},
    "Wohnung_abmelden": {"10124"},
    "Einmalige_Leistungen_beantragen": {"10082", "10086"},
}


# Online-service links that name a service of their own, whatever the page.
HAMBURG_LINK_EXPECTED: dict[str, set[str]] = {
    "Internetbasierte Fahrzeugzulassung (i-Kfz) - Zulassung": {"10439"},
    "Internetbasierte Fahrzeugzulassung (i-Kfz) - Abmeldung": {"10439"},
    "Hundeanmeldung": {"10160"},
    "Bürgergeld beantragen": {"10082"},
    "Rundfunkbeitrag": {"10120"},
    "Anzeige einer Veranstaltung mit Tieren": {"10349", "10350", "10294"},
    "Leerstand Wohnraum melden": {"10125", "10121"},
}


def _expected_for(path: Path) -> set[str] | None:
    """Expected OZG-IDs of a page by the longest matching key, None for pages left out."""
    keys = [key for key in HAMBURG_EXPECTED if key in path.name]
    return HAMBURG_EXPECTED[max(keys, key=len)] if keys else None


def _online_links(markdown: str) -> list[str]:
    """Link texts of the "Online-Service nutzen" section."""
    section = re.search(r"^## Online-Service nutzen\n(.*?)(?=^## )", markdown, re.MULTILINE | re.DOTALL)
    return re.findall(r"\[([^\]]+)\]\(", section.group(1)) if section else []


def hamburg_cases(folder: Path) -> list[HamburgCase]:
    """Each page's title, and its online-service link texts with the title as context."""
    cases = []
    for path in sorted(folder.rglob("*.md")):
        expected = _expected_for(path)
        if expected is None:
            continue
        markdown = path.read_text(encoding="utf-8")
        title = next((line[2:].strip() for line in markdown.splitlines() if line.startswith("# ")), "")
        title = title or "Leider kein Treffer gefunden"
        cases.append(HamburgCase(title, "", frozenset(expected)))
        cases += [
            HamburgCase(link, title, frozenset(HAMBURG_LINK_EXPECTED.get(link, expected)))
            for link in _online_links(markdown)
        ]
    return cases


def is_right(matcher: Matcher, case: HamburgCase) -> bool:
    """Top match among the expected IDs, or no match where none is expected."""
    found = matcher.match(case.text, case.context)
    if not case.expected:
        return not found
    return bool(found) and found[0].ozg_id in case.expected


def main() -> None:
    """Match every case against the project's catalog and print the share right."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list the cases matched wrong")
    args = parser.parse_args()
    folder = pages_dir()
    if not folder.is_dir():
        print(f"hamburg: skipped, the Hamburg service pages are not here: {folder} (set OZG_SHARED_DATA)")
        return
    cases = hamburg_cases(folder)
    matcher = Matcher.from_files(CATALOG_DIR)
    wrong = [case for case in cases if not is_right(matcher, case)]
    share = 1 - len(wrong) / len(cases) if cases else 0.0
    print(
        f"hamburg: {share:.0%} right ({len(cases) - len(wrong)} of {len(cases)} titles and online-service links); "
        f"the test suite used to require {FORMER_TEST_FLOOR:.0%}"
    )
    for case in wrong if args.verbose else []:
        print(f"  wrong: {case.text!r} (context {case.context!r}) expected {sorted(case.expected)}")


if __name__ == "__main__":
    main()
