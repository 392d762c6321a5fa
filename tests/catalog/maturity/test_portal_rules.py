"""Rules for pages on portals the municipality links to: directory entries and "apply online" buttons."""

from __future__ import annotations

import pytest

from catalog.maturity.rules import Candidate, directory_link, portal_online_link
from tests.catalog.maturity.test_rules import A_Z, DIRECTORY_PAGE, PORTAL_FROM_NEWS, VIEW, link

ONLINE_SERVICE = "https://www.ausweis-online.example.de/antrag/personalausweis"


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            link(DIRECTORY_PAGE, ONLINE_SERVICE, "Online-Dienst starten"),
            Candidate(
                3,
                "portal_online_link",
                "Personalausweis beantragen",
                "Online-Dienst starten | Personalausweis beantragen",
                0.8,
            ),
        ),
        (link(DIRECTORY_PAGE, ONLINE_SERVICE, "Zuständige Stelle anzeigen"), None),  # no online cue
        (link(DIRECTORY_PAGE, "https://termine.stadt-wesertal.de/", "Termin online buchen"), None),  # appointment
        (link(DIRECTORY_PAGE, f"{ONLINE_SERVICE}.pdf", "Antrag online ausfüllen (PDF)", doc_type="pdf"), None),
        (link(PORTAL_FROM_NEWS, ONLINE_SERVICE, "Jetzt online beantragen"), None),  # reached from a news item
        (link(A_Z, ONLINE_SERVICE, "Jetzt online beantragen"), None),  # a site link, other rules
    ],
)
def test_portal_online_link(item: object, expected: Candidate | None) -> None:
    assert portal_online_link(item, VIEW) == expected  # type: ignore[arg-type]


def test_entries_of_a_linked_service_directory_are_information() -> None:
    entry = link(DIRECTORY_PAGE, "https://service.niedersachsen.de/detail?pstId=8664955", "Hundesteuer")
    candidate = directory_link(entry, VIEW)
    assert candidate is not None and (candidate.level, candidate.weight) == (1, 0.65)
    navigation = link(DIRECTORY_PAGE, "https://service.niedersachsen.de/detail?pstId=1", "Hundesteuer", region="nav")
    assert directory_link(navigation, VIEW) is None
