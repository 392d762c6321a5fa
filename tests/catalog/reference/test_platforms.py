"""The platform registry: host globs, path rules that win over host-only entries, and its errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.errors import UserError
from catalog.reference.platforms import PlatformRegistry
from tests.support.paths import PLATFORMS_FILE

REGISTRY_FILE = PLATFORMS_FILE
REGISTRY = PlatformRegistry.from_file(REGISTRY_FILE)


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://service.niedersachsen.de/detail?pstId=351373", "service_directory"),
        ("https://ni.zfinder.de/leistung/99102013000000", "service_directory"),
        ("https://wesertal.efa.niedersachsen.de/antrag/hundesteuer", "online_service"),
        ("https://heideland.rathausdirekt.de/hund/anmelden", "online_service"),
        ("https://rathausdirekt.de/", "online_service"),
        ("https://openrathaus.stadt-wesertal.de/buergerservice", "online_service"),
        ("https://fs.form-solutions.net/metaform/Form-Solutions/sid/ABC", "form_server"),
        ("https://FS.Form-Solutions.NET/metaform/x", "form_server"),
        ("https://wohnsitzanmeldung.gov.de/", "online_service"),
        ("https://id.bund.de/de", "account"),
        ("https://servicekonto.niedersachsen.de/", "account"),
        ("https://termine.stadt-wesertal.de/", "appointment"),
        ("https://wesertal.tevis.de/select2?md=4", "appointment"),
        ("https://www.facebook.com/stadtwesertal", "ignore"),
        # Path rules apply on any host, including the municipality's own.
        ("https://www.stadt-wesertal.de/intelliform/forms/wesertal/sperrmuell/index", "form_server"),
        ("https://formulare.lk-marschland.de/civ.public/start.html?oe=00.00.ABC", "form_server"),
        ("https://www.lk-marschland.de/civ-public/start.html", "form_server"),
        # Unknown hosts and near misses.
        ("https://www.stadt-wesertal.de/buergerservice/", ""),
        ("https://www.stadt-wesertal.de/forms/intelliform/", ""),
        ("https://niedersachsen.de/", ""),
        ("https://form-solutions.net.example.org/", ""),
        ("https://www.rathausdirekt.example/", ""),
        ("not a url", ""),
    ],
)
def test_kind_of_real_registry(url: str, kind: str) -> None:
    assert REGISTRY.kind_of(url) == kind


def test_find_returns_the_platform() -> None:
    platform = REGISTRY.find("https://fs.form-solutions.net/metaform/x")
    assert platform is not None
    assert (platform.name, platform.kind, platform.verified) == ("Form-Solutions", "form_server", True)
    assert REGISTRY.find("https://www.stadt-wesertal.de/") is None


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "platforms.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_path_specific_entries_win_over_host_only_entries(tmp_path: Path) -> None:
    registry = PlatformRegistry.from_file(
        write(
            tmp_path,
            """
[[platform]]
name = "Kommunalportal"
kind = "service_directory"
hosts = ["*.kommunalportal-nord.de"]

[[platform]]
name = "Kommunalportal Termine"
kind = "appointment"
hosts = ["*.kommunalportal-nord.de"]
paths = ["^/termin"]

[[platform]]
name = "Kommunalportal Anträge"
kind = "online_service"
hosts = ["*.kommunalportal-nord.de"]
paths = ["/antrag/", "/formular/"]
""",
        )
    )
    assert registry.kind_of("https://wesertal.kommunalportal-nord.de/leistungen/hund") == "service_directory"
    assert registry.kind_of("https://wesertal.kommunalportal-nord.de/Antrag/4711") == "online_service"
    assert registry.kind_of("https://wesertal.kommunalportal-nord.de/termine/buergerbuero") == "appointment"
    assert registry.kind_of("https://wesertal.kommunalportal-nord.de/info/termine") == "service_directory"
    assert registry.kind_of("https://kommunalportal-nord.de/antrag/4711") == ""  # "*." needs a subdomain


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[platform]]\nname = "X"\nkind = "portal"\nhosts = ["x.de"]\n', "unknown kind 'portal'"),
        ('[[platform]]\nname = "X"\nkind = "ignore"\nhosts = "x.de"\n', "hosts and paths must be lists"),
        ('[[platform]\nname = "X"\n', "is not valid TOML"),
    ],
)
def test_invalid_registry_is_a_user_error(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        PlatformRegistry.from_file(write(tmp_path, text))


def test_missing_registry_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="platform registry not found"):
        PlatformRegistry.from_file(tmp_path / "fehlt.toml")


def test_empty_registry_knows_nothing(tmp_path: Path) -> None:
    registry = PlatformRegistry.from_file(write(tmp_path, "# keine Plattformen\n"))
    assert registry.kind_of("https://fs.form-solutions.net/") == ""


def test_every_shipped_platform_says_how_it_was_verified() -> None:
    shipped = PlatformRegistry.from_file(PLATFORMS_FILE)
    assert all(platform.verified_by for platform in shipped.platforms)
    unverified = [platform for platform in shipped.platforms if not platform.verified]
    assert unverified and all(platform.verified_by.startswith("not verified") for platform in unverified)
    assert any(platform.name == "Rathausdirekt" for platform in unverified)


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        (
            "https://openrathaus.musterstadt.de/dienstleistungen/-/egov-bis-detail/dienstleistung/1003417/show",
            "service_directory",
        ),
        ("https://service.sg-musterland.de/suche/-/egov-bis-detail/dienstleistung/540120/show", "service_directory"),
        (
            "https://service.landkreis-muster.de/informationen-und-auftrage/-/egov-bis-detail/dokument/7/download",
            "service_directory",
        ),
        ("https://portal.musterstadt.de/dienstleistungen/-/egov-bis-detail/einrichtung/3001/show", "office"),
        ("https://openrathaus.musterstadt.de/", "online_service"),
        ("https://musterstadt.sitzung-online.de/public/to010?SILFDNR=1", "ignore"),
        ("https://sessionnet.musterstadt.de/bi/si0040.asp", "ignore"),
        ("https://muster.ris.itebo.de/bi/vo0050.asp", "ignore"),
        ("https://service.niedersachsen.de/en/detail?pstId=8664955&ags=03454", "service_directory"),
        ("https://ni.zfinder.de/detail?pstId=8664955", "service_directory"),
        ("https://civento.kommunal-it.de/civ.public/start.html?oe=00.00&mode=cc&cc_key=Hund", "form_server"),
    ],
)
def test_platform_families_by_their_shape(url: str, kind: str) -> None:
    assert PlatformRegistry.from_file(PLATFORMS_FILE).kind_of(url) == kind
