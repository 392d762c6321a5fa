"""Who provides a service: the municipality, or the Samtgemeinde or Landkreis whose pages are the only evidence."""

from __future__ import annotations

import pytest

from catalog.maturity.attribution import provided_by

MEMBER = "https://www.gemeinde-kranichmoor.de/"
SG_BIS = "https://service.sg-uhlenbrook.de/suche/-/egov-bis-detail/dienstleistung/4711/show"
KREIS_TILE = "https://openkreishaus.landkreis-uhlenbrook.de/kachel/wohngeld"


@pytest.mark.parametrize(
    ("start", "evidence", "owner"),
    [
        (MEMBER, [SG_BIS], "samtgemeinde"),  # "Alle Verwaltungsangelegenheiten erledigt die Samtgemeinde"
        (MEMBER, [KREIS_TILE], "landkreis"),  # the Kreis portal's tile, linked by the Gemeinde
        (MEMBER, [SG_BIS, "https://www.gemeinde-kranichmoor.de/friedhof/"], "self"),  # its own page too
        (MEMBER, ["https://service.niedersachsen.de/detail?pstId=1"], "self"),  # a shared portal it links
        (MEMBER, [SG_BIS, KREIS_TILE], "self"),  # no single other authority
        ("https://www.sg-uhlenbrook.de/", [SG_BIS], "self"),  # the Samtgemeinde's own portal
        ("https://www.landkreis-uhlenbrook.de/", [KREIS_TILE], "self"),
        ("https://www.landkreis-uhlenbrook.de/", [SG_BIS], "samtgemeinde"),
    ],
)
def test_provided_by(start: str, evidence: list[str], owner: str) -> None:
    assert provided_by(start, evidence) == owner
