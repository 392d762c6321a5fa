"""Read-side queries over the catalog, shared by the CLI, the scoring step and the API."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalog.database.models import Lebenslage, LeikaLeistung, OzgLeistung, Relevance, Synonym, Themenfeld

if TYPE_CHECKING:
    from catalog.matching.matcher import CatalogPhrase, Matcher


@dataclass
class CatalogSummary:
    services: int
    per_themenfeld: dict[str, int]
    leika: int
    synonyms: int
    services_with_synonyms: int
    relevance_marks: int


def catalog_summary(session: Session) -> CatalogSummary:
    per_themenfeld = dict(
        session.execute(
            select(Themenfeld.name, func.count(OzgLeistung.ozg_id)).join(OzgLeistung).group_by(Themenfeld.name)
        ).all()
    )
    return CatalogSummary(
        services=sum(per_themenfeld.values()),
        per_themenfeld=per_themenfeld,
        leika=session.scalar(select(func.count()).select_from(LeikaLeistung)) or 0,
        synonyms=session.scalar(select(func.count()).select_from(Synonym)) or 0,
        services_with_synonyms=session.scalar(select(func.count(func.distinct(Synonym.ozg_id)))) or 0,
        relevance_marks=session.scalar(select(func.count()).select_from(Relevance)) or 0,
    )


def phrases_from_session(session: Session) -> tuple[list[CatalogPhrase], dict[str, str]]:
    """The matcher's input from the database: names, LeiKa names, synonyms, and LeiKa key -> OZG-ID."""
    from catalog.matching.matcher import CatalogPhrase

    phrases = [
        CatalogPhrase(ozg_id, name, "name")
        for ozg_id, name in session.execute(select(OzgLeistung.ozg_id, OzgLeistung.name))
    ]
    leika_rows = session.execute(
        select(LeikaLeistung.leika_key, LeikaLeistung.name, LeikaLeistung.ozg_id).where(
            LeikaLeistung.ozg_id.is_not(None)
        )
    ).all()
    phrases += [CatalogPhrase(str(ozg_id), name, "leika") for _, name, ozg_id in leika_rows]
    phrases += [
        CatalogPhrase(ozg_id, phrase, "synonym")
        for ozg_id, phrase in session.execute(select(Synonym.ozg_id, Synonym.phrase))
    ]
    return phrases, {key: str(ozg_id) for key, _, ozg_id in leika_rows}


def matcher_from_session(session: Session, index_dir: Path | None = None) -> Matcher:
    """The matcher over the stored catalog; with `index_dir`, its built index is kept there for the next process."""
    from catalog.matching.matcher import Matcher

    phrases, leika_to_ozg = phrases_from_session(session)
    return Matcher(phrases, leika_to_ozg, index_dir=index_dir)


def service_rows(session: Session, ozg_ids: Sequence[str]) -> dict[str, tuple[str, str, str]]:
    """OZG-ID -> (name, Themenfeld, Lebenslage)."""
    # Plain rows, not ORM objects with their joined Themenfeld and Lebenslage: every document asks this.
    rows = session.execute(
        select(OzgLeistung.ozg_id, OzgLeistung.name, Themenfeld.name, Lebenslage.name)
        .join(Themenfeld, Themenfeld.id == OzgLeistung.themenfeld_id)
        .join(Lebenslage, Lebenslage.id == OzgLeistung.lebenslage_id)
        .where(OzgLeistung.ozg_id.in_(set(ozg_ids)))
    )
    return {ozg_id: (name, themenfeld, lebenslage) for ozg_id, name, themenfeld, lebenslage in rows}
