"""One screening as a document: the data behind `check --json`, the table, and later the API and exports."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from catalog.database.models import Municipality, Result, Run, Screening
from catalog.maturity.scoring import ServiceFinding
from catalog.reference.catalog_queries import service_rows

EVIDENCE_PER_SERVICE = 5


def report_from_findings(
    session: Session, *, municipality: dict[str, Any], run: dict[str, Any], findings: Sequence[ServiceFinding]
) -> dict[str, Any]:
    """The document for freshly scored findings (stored or not)."""
    names = service_rows(session, [finding.ozg_id for finding in findings])
    services = [
        _service(
            finding.ozg_id,
            names,
            finding.maturity,
            finding.confidence,
            [
                _evidence(s.evidence.kind, s.evidence.url, s.evidence.text, s.rule, s.level, s.confidence)
                for s in finding.support
            ],
        )
        for finding in findings
        if finding.ozg_id in names
    ]
    return {"municipality": municipality, "run": run, "services": services, "summary": summary(services, run)}


def report_from_db(session: Session, screening_id: int) -> dict[str, Any]:
    """The document for a stored screening, from its stored results."""
    screening = session.get_one(Screening, screening_id)
    results = list(
        session.scalars(
            select(Result)
            .where(Result.screening_id == screening_id, Result.maturity >= 1)
            .options(selectinload(Result.evidence_links))
            .order_by(Result.maturity.desc(), Result.confidence.desc(), Result.ozg_id)
        )
    )
    names = service_rows(session, [result.ozg_id for result in results])
    services = [
        _service(
            result.ozg_id,
            names,
            result.maturity,
            result.confidence,
            [
                _evidence(
                    link.evidence.kind,
                    link.evidence.url,
                    link.evidence.text,
                    link.rule,
                    link.level,
                    link.confidence,
                )
                for link in _ranked(result)
            ],
        )
        for result in results
    ]
    run = run_document(screening.run, screening)
    return {
        "municipality": municipality_document(screening.municipality, screening.start_url, screening.name),
        "run": run,
        "services": services,
        "summary": summary(services, run),
    }


def _ranked(result: Result) -> list[Any]:
    return sorted(
        result.evidence_links,
        key=lambda link: (
            -link.level,
            -link.confidence,
            link.evidence.kind,
            link.evidence.url,
            link.evidence.text,
            link.rule,
        ),
    )


def _service(
    ozg_id: str,
    names: dict[str, tuple[str, str, str]],
    maturity: int,
    confidence: float,
    evidence: list[dict[str, Any]],
) -> dict[str, Any]:
    name, themenfeld, lebenslage = names.get(ozg_id, ("", "", ""))
    return {
        "ozg_id": ozg_id,
        "name": name,
        "themenfeld": themenfeld,
        "lebenslage": lebenslage,
        "maturity": maturity,
        "confidence": round(confidence, 3),
        "evidence": evidence[:EVIDENCE_PER_SERVICE],
    }


def _evidence(kind: str, url: str, text: str, rule: str, level: int, confidence: float) -> dict[str, Any]:
    return {
        "url": url,
        "kind": kind,
        "text": text,
        "rule": rule,
        "level": level,
        "confidence": round(confidence, 3),
    }


def municipality_document(municipality: Municipality | None, url: str, name: str = "") -> dict[str, Any]:
    if municipality is None:
        return {"name": name, "ars": None, "ags": None, "url": url}
    return {"name": municipality.name, "ars": municipality.ars, "ags": municipality.ags, "url": url}


def run_document(run: Run | None, screening: Screening | None) -> dict[str, Any]:
    return {
        "id": run.id if run else None,
        "started_at": _iso(screening.started_at if screening else None),
        "finished_at": _iso(screening.finished_at if screening else None),
        "pages_crawled": screening.pages_crawled if screening else 0,
        "status": screening.status if screening else "",
        "errors": list(screening.errors) if screening else [],
    }


def summary(services: Sequence[dict[str, Any]], run: dict[str, Any]) -> dict[str, Any]:
    levels = Counter(service["maturity"] for service in services)
    return {
        "services_found": len(services),
        "by_maturity": {str(level): levels.get(level, 0) for level in (1, 2, 3, 4)},
        "online_services": levels.get(3, 0) + levels.get(4, 0),
        "pages_crawled": run.get("pages_crawled", 0),
        "error_count": len(run.get("errors", [])),
        "duration_seconds": _duration(run.get("started_at"), run.get("finished_at")),
    }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="milliseconds") if moment else None


def _duration(started: str | None, finished: str | None) -> float | None:
    if not started or not finished:
        return None
    return round((datetime.fromisoformat(finished) - datetime.fromisoformat(started)).total_seconds(), 2)
