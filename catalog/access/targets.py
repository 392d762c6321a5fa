"""Which websites a check started through the API may crawl: public hosts on ports 80 and 443 only (no SSRF)."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import urlsplit

from catalog.errors import InvalidInputError
from catalog.urls import normalise_website

ALLOWED_PORTS = (80, 443)
ALLOWED_SCHEMES = ("http", "https")
HOW_TO_ALLOW = "an operator may allow this for local test webs with OZG_API_ALLOW_PRIVATE_TARGETS=true"

Resolver = Callable[[str], list[str]]


def resolve(host: str) -> list[str]:
    """Every address the host resolves to; an attacker needs only one internal one."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError, ValueError) as error:
        raise InvalidInputError(f"host {host!r} does not resolve ({error})") from None
    return sorted({str(info[4][0]) for info in infos})


def checked_target(url: str, *, allow_private: bool, resolver: Resolver = resolve) -> str:
    """The start URL normalised, or InvalidInputError naming why the API may not crawl it."""
    scheme = urlsplit(url.strip()).scheme.lower() if "://" in url else "https"
    if scheme not in ALLOWED_SCHEMES:
        raise InvalidInputError(f"url: scheme {scheme!r} is not allowed, only http and https")
    try:
        start_url = normalise_website(url)
        parts = urlsplit(start_url)
        port = parts.port
    except ValueError as error:  # a port out of range or a malformed host
        raise InvalidInputError(f"url: {url!r} is not a valid URL ({error})") from None
    if allow_private:
        return start_url
    _check_port(port)
    host = parts.hostname or ""
    for address in resolver(host):
        _check_address(host, address)
    return start_url


def _check_port(port: int | None) -> None:
    if port is not None and port not in ALLOWED_PORTS:
        raise InvalidInputError(f"url: port {port} is not allowed, only 80 and 443; {HOW_TO_ALLOW}")


def _check_address(host: str, address: str) -> None:
    why = address_refusal(address)
    if why:
        raise InvalidInputError(f"url: host {host!r} resolves to the {why} address {address}; {HOW_TO_ALLOW}")


def address_refusal(address: str) -> str:
    """Why a crawl started from outside may not reach this address ("loopback", "private" ...), or ''."""
    ip = ipaddress.ip_address(address.split("%")[0])
    mapped = getattr(ip, "ipv4_mapped", None)
    ip = mapped or ip
    for refused, why in (
        (ip.is_loopback, "loopback"),
        (ip.is_link_local, "link-local"),
        (ip.is_multicast, "multicast"),
        (ip.is_private, "private"),
        (ip.is_unspecified or ip.is_reserved, "reserved"),
    ):
        if refused:
            return why
    return ""
