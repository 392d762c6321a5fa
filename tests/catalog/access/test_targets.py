"""A check started through the API refuses every kind of internal target, each for its own reason."""

from __future__ import annotations

import re

import pytest

from catalog.access.targets import checked_target
from catalog.errors import InvalidInputError

PUBLIC = "93.184.215.14"  # an address of the public internet (an IP literal: no DNS needed)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1/", "loopback"),
        ("http://localhost/", "loopback"),
        ("http://[::1]/", "not a valid website URL"),  # IPv6 literals are no municipal website either
        ("http://10.1.2.3/", "private"),
        ("http://192.168.178.1/", "private"),
        ("http://172.16.0.9/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://224.0.0.1/", "multicast"),
        ("ftp://www.example.de/", "scheme 'ftp'"),
        ("file:///etc/passwd", "scheme 'file'"),
        ("gopher://www.example.de/", "scheme 'gopher'"),
        (f"http://{PUBLIC}:8080/", "port 8080"),
        (f"https://{PUBLIC}:22/", "port 22"),
        ("http://gibt-es-nicht.invalid/", "does not resolve"),
    ],
)
def test_refused(url: str, reason: str) -> None:
    with pytest.raises(InvalidInputError, match=reason) as refusal:
        checked_target(url, allow_private=False)
    assert "\n" not in str(refusal.value)


@pytest.mark.parametrize("url", [f"http://{PUBLIC}/", f"https://{PUBLIC}:443/rathaus/", f"http://{PUBLIC}:80/"])
def test_public_hosts_on_80_and_443_pass(url: str) -> None:
    assert checked_target(url, allow_private=False).startswith(("http://", "https://"))


def test_a_host_with_one_internal_address_among_public_ones_is_refused() -> None:
    """DNS may answer with several addresses; the crawler could connect to any of them."""

    def resolver(_host: str) -> list[str]:
        return [PUBLIC, "10.0.0.7"]

    with pytest.raises(InvalidInputError, match=re.escape("private address 10.0.0.7")):
        checked_target("https://www.gemeinde-beispiel.de/", allow_private=False, resolver=resolver)


def test_the_operator_setting_allows_local_test_webs() -> None:
    assert checked_target("http://127.0.0.1:8765/", allow_private=True) == "http://127.0.0.1:8765/"
    with pytest.raises(InvalidInputError, match="scheme"):
        checked_target("file:///etc/passwd", allow_private=True)
