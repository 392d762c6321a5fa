"""The registry of known service portals, form servers and other hosts, read from data/platforms.toml."""

from __future__ import annotations

import fnmatch
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from catalog.errors import UserError

PLATFORM_KINDS = (
    "online_service",
    "form_server",
    "service_directory",
    "office",  # an office's page on a service directory (opening hours, contact): not a service
    "appointment",
    "account",
    "ignore",
)


@dataclass(frozen=True)
class Platform:
    name: str
    kind: str
    hosts: tuple[str, ...]
    paths: tuple[re.Pattern[str], ...] = ()
    verified: bool = False
    verified_by: str = ""  # where the shape was seen, or why it is still an assumption

    def covers_host(self, host: str) -> bool:
        return any(fnmatch.fnmatchcase(host, pattern) for pattern in self.hosts)

    def covers_path(self, path: str) -> bool:
        return any(pattern.search(path) for pattern in self.paths)

    def covers(self, host: str, path: str) -> bool:
        return self.covers_host(host) and (not self.paths or self.covers_path(path))


class PlatformRegistry:
    """Finds the platform a URL belongs to; path-specific entries win over host-only ones."""

    def __init__(self, platforms: list[Platform]) -> None:
        self.platforms = sorted(platforms, key=lambda platform: not platform.paths)

    @classmethod
    def from_file(cls, path: Path) -> PlatformRegistry:
        return _load(path)

    @lru_cache(maxsize=16384)  # noqa: B019 - one registry per process; scoring asks about the same links again and again
    def find(self, url: str) -> Platform | None:
        try:
            parts = urlsplit(url)
        except ValueError:
            return None
        candidates = self._platforms_for_host((parts.hostname or "").lower())
        return next((item for item in candidates if not item.paths or item.covers_path(parts.path)), None)

    @lru_cache(maxsize=8192)  # noqa: B019 - one registry per process; hosts repeat on every page
    def _platforms_for_host(self, host: str) -> tuple[Platform, ...]:
        return tuple(item for item in self.platforms if item.covers_host(host))

    def kind_of(self, url: str) -> str:
        platform = self.find(url)
        return platform.kind if platform else ""


@lru_cache(maxsize=4)
def _load(path: Path) -> PlatformRegistry:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"platform registry not found: {path}") from None
    except tomllib.TOMLDecodeError as error:
        raise UserError(f"{path} is not valid TOML: {error}") from None
    return PlatformRegistry([_platform(entry, path) for entry in raw.get("platform", [])])


def _platform(entry: dict[str, object], path: Path) -> Platform:
    kind = str(entry.get("kind", ""))
    if kind not in PLATFORM_KINDS:
        raise UserError(f"{path}: platform {entry.get('name')!r} has unknown kind {kind!r}")
    hosts = entry.get("hosts") or []
    paths = entry.get("paths") or []
    if not isinstance(hosts, list) or not isinstance(paths, list):
        raise UserError(f"{path}: platform {entry.get('name')!r}: hosts and paths must be lists")
    return Platform(
        name=str(entry.get("name", "")),
        kind=kind,
        hosts=tuple(str(h).lower() for h in hosts),
        paths=tuple(re.compile(str(p), re.IGNORECASE) for p in paths),
        verified=bool(entry.get("verified", False)),
        verified_by=str(entry.get("verified_by", "")),
    )
