"""The OZG catalog: figures and search."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Query, Request

from api.deps import SessionDep
from catalog.matching.matcher import Matcher
from catalog.reference.catalog_queries import catalog_summary, matcher_from_session, service_rows

router = APIRouter(tags=["catalog"])


@router.get("/catalog")
def catalog(session: SessionDep) -> dict[str, Any]:
    """Counts of OZG-Leistungen per Themenfeld, LeiKa keys, synonyms and relevance marks."""
    return asdict(catalog_summary(session))


@router.get("/catalog/search")
def search(
    request: Request, session: SessionDep, q: str = Query(..., min_length=2), limit: int = Query(5, ge=1, le=50)
) -> list[dict[str, Any]]:
    """OZG-Leistungen that best match a text such as "Hund anmelden"."""
    matches = _matcher(request, session).match(q, limit=limit)
    names = service_rows(session, [match.ozg_id for match in matches])
    return [
        {
            "ozg_id": match.ozg_id,
            "name": names[match.ozg_id][0],
            "themenfeld": names[match.ozg_id][1],
            "confidence": match.confidence,
            "phrase": match.phrase,
        }
        for match in matches
        if match.ozg_id in names
    ]


def _matcher(request: Request, session: SessionDep) -> Matcher:
    """Built once per process: the index takes about half a second."""
    if getattr(request.app.state, "matcher", None) is None:
        request.app.state.matcher = matcher_from_session(session)
    matcher: Matcher = request.app.state.matcher
    return matcher
