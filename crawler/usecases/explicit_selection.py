"""An explicit selection (`run --ars X --ars Y`) is screened whole, or each key left out is named with its reason."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from catalog.database.models import Municipality
from catalog.errors import NotFoundError
from catalog.reference.registry import find_municipality

Site = tuple[str, str, str | None]  # start URL, name, ARS
Skipped = dict[str, Any]  # ars, name, reason


def explicit_sites(
    session: Session, keys: Sequence[str], types: Sequence[str]
) -> tuple[list[Site], list[dict[str, Any]]]:
    """Every named municipality with a website, whatever its type unless --type narrows it; the rest as skipped."""
    chosen: list[Site] = []
    skipped: list[dict[str, Any]] = []
    for key in dict.fromkeys(keys):
        municipality, reason = _screenable(session, key, types)
        if municipality is not None and not reason:
            chosen.append((municipality.website or "", municipality.name, municipality.ars))
        else:
            name = municipality.name if municipality is not None else ""
            skipped.append({"ars": key, "name": name, "reason": reason})
    return chosen, skipped


def _screenable(session: Session, key: str, types: Sequence[str]) -> tuple[Municipality | None, str]:
    try:
        municipality = find_municipality(session, key)
    except NotFoundError:
        return None, "not in the registry"
    if types and municipality.type not in types:
        return municipality, f"its type {municipality.type} is not among --type {', '.join(types)}"
    if not municipality.website:
        return municipality, "no website known (`ozg-screen municipalities set-website`)"
    return municipality, ""


def shared_websites(sites: list[Site]) -> tuple[list[Site], list[dict[str, Any]]]:
    """Municipalities sharing one website (a Samtgemeinde and its members) are crawled once; the others are named."""
    first: dict[str, Site] = {}
    shared: list[dict[str, Any]] = []
    for site in sites:
        kept = first.setdefault(site[0], site)
        if kept is not site:
            shared.append({"ars": site[2], "name": site[1], "reason": f"same website as {kept[1]}, screened once"})
    return list(first.values()), shared
