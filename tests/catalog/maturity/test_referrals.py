"""Referrals: the opening of a page or section that sends the reader to another authority."""

from __future__ import annotations

import pytest

from catalog.maturity.referrals import is_kreis_site, refers_elsewhere


@pytest.mark.parametrize(
    ("lead", "kreis_site", "expected"),
    [
        ("Elterngeld und Unterhaltsvorschuss beantragen Sie beim Landkreis Geestmoor.", False, True),
        ("Fahrzeuge müssen umgeschrieben werden. Zuständig ist die Zulassungsstelle des Landkreises.", False, True),
        ("Personalausweise stellt nicht der Landkreis aus, sondern Ihre Stadt oder Gemeinde.", True, True),
        ("Die Ummeldung des Wohnsitzes erledigen Sie bei Ihrer Stadt oder Gemeinde.", True, True),
        # The site's own service, with another authority in a supporting role.
        (
            "Das Führungszeugnis wird vom Bundesamt für Justiz ausgestellt. Den Antrag stellen Sie bei uns.",
            False,
            False,
        ),
        ("Innerhalb von zwei Wochen nach dem Einzug melden Sie sich im Bürgerbüro an.", False, False),
        (
            "Worum geht es? Das Führungszeugnis stellt das Bundesamt für Justiz aus. Beantragen Sie es bei uns.",
            False,
            False,
        ),
        # A Landkreis site naming itself, a Gemeinde site naming its Gemeinde: no referral.
        ("Die Zulassung beantragen Sie beim Landkreis Hasetal in der Zulassungsstelle.", True, False),
        ("Die Hundesteuer erhebt die Gemeinde; zuständig ist das Steueramt.", False, False),
        # The Landkreis mentioned later than the opening.
        (
            "Die Hundesteuer ist eine Gemeindesteuer. Sie wird jährlich erhoben. Den Landkreis geht das nichts an.",
            False,
            False,
        ),
        ("", False, False),
    ],
)
def test_refers_elsewhere(lead: str, kreis_site: bool, expected: bool) -> None:
    assert refers_elsewhere(lead, kreis_site) is expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://www.landkreis-hasetal.de/", True),
        ("https://www.lk-marschland.de/portal/", True),
        ("https://www.heidekreis.de/", True),
        ("https://www.region-hannover.de/", True),
        ("http://www.sg-heideland.de/", False),
        ("http://www.kreisstadt-musterhafen.de/", False),
        ("http://www.stadt-wesertal.de/", False),
    ],
)
def test_is_kreis_site(url: str, expected: bool) -> None:
    assert is_kreis_site(url) is expected
