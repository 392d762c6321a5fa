"""Learning from decisions: link texts analysts confirmed or rejected, as candidate synonyms and exclusions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.database.models import OzgLeistung, ReviewDecision, Synonym
from catalog.matching.text import fold
from catalog.vocabulary import DecisionKind, EvidenceKind

# Texts of this length are sentences or page titles with the site's name, not the names of a service.
MAX_PHRASE_CHARS = 80
NAMING_KINDS = frozenset({EvidenceKind.LINK, EvidenceKind.PAGE, EvidenceKind.FORM, EvidenceKind.DOCUMENT})


@dataclass
class Suggestion:
    """One phrase for one service: to add as a synonym, or to keep from naming it (an exclusion)."""

    action: str  # synonym | exclusion
    ozg_id: str
    phrase: str
    decision_ids: list[int] = field(default_factory=list)


def suggest_synonyms(session: Session) -> list[Suggestion]:
    """Candidates from the decisions in force; the catalog is never changed here (docs/catalog-data.md)."""
    known = _known_phrases(session)
    suggestions: dict[tuple[str, str, str], Suggestion] = {}
    for decision in _active(session):
        action = _action(decision)
        for phrase in _phrases(decision.seen):
            if action == "synonym" and (decision.ozg_id, fold(phrase)) in known:
                continue  # the catalog already names the service so
            key = (action, decision.ozg_id, fold(phrase))
            suggestion = suggestions.setdefault(key, Suggestion(action, decision.ozg_id, phrase))
            suggestion.decision_ids.append(decision.id)
    return sorted(suggestions.values(), key=lambda item: (item.action, item.ozg_id, item.phrase.casefold()))


def _active(session: Session) -> Iterable[ReviewDecision]:
    return session.scalars(select(ReviewDecision).where(ReviewDecision.undone_at.is_(None)).order_by(ReviewDecision.id))


def _action(decision: ReviewDecision) -> str:
    rejected = decision.kind == DecisionKind.REJECT or (decision.kind == DecisionKind.SET_LEVEL and not decision.level)
    return "exclusion" if rejected else "synonym"


def _phrases(seen: list[dict[str, object]]) -> list[str]:
    texts = (str(item.get("text", "")).strip() for item in seen if item.get("kind") in NAMING_KINDS)
    return [text for text in dict.fromkeys(texts) if text and len(text) <= MAX_PHRASE_CHARS]


def _known_phrases(session: Session) -> set[tuple[str, str]]:
    synonyms = session.execute(select(Synonym.ozg_id, Synonym.phrase))
    names = session.execute(select(OzgLeistung.ozg_id, OzgLeistung.name))
    return {(ozg_id, fold(phrase)) for ozg_id, phrase in [*synonyms, *names]}
