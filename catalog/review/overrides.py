"""Applying analysts' decisions to freshly scored findings: pure functions, the same for a new run and a rescore."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from catalog.maturity.scoring import ServiceFinding, Support
from catalog.urls import page_key
from catalog.vocabulary import DecisionKind

# An analyst's level is certain in the sense the scorer's confidence is: it is what the result rests on.
DECIDED_CONFIDENCE = 1.0


@dataclass(frozen=True)
class DecisionRule:
    """What a stored decision asks of scoring, without who made it or why."""

    decision_id: int
    ozg_id: str
    kind: str
    evidence_url: str | None = None
    level: int | None = None

    @property
    def whole_service(self) -> bool:
        return self.evidence_url is None


@dataclass(frozen=True)
class AppliedDecision:
    """The decision that settled one service's value, and the value scoring gave without it."""

    decision_id: int
    maturity: int
    automatic_maturity: int
    automatic_confidence: float


@dataclass
class Reviewed:
    """Findings after the decisions (services decided away are gone), and which decision settled what."""

    findings: list[ServiceFinding] = field(default_factory=list)
    applied: dict[str, AppliedDecision] = field(default_factory=dict)


def apply_decisions(findings: Sequence[ServiceFinding], decisions: Sequence[DecisionRule]) -> Reviewed:
    """Each service's active decisions, oldest first: page rejections add up, the latest whole-service one wins."""
    by_service: dict[str, list[DecisionRule]] = {}
    for decision in decisions:
        by_service.setdefault(decision.ozg_id, []).append(decision)
    automatic = {finding.ozg_id: finding for finding in findings}
    reviewed = Reviewed()
    for ozg_id in list(automatic) + sorted(by_service.keys() - automatic.keys()):
        finding = automatic.get(ozg_id) or ServiceFinding(ozg_id)
        decided, applied = _decide(finding, by_service.get(ozg_id, []))
        if decided.maturity > 0:
            reviewed.findings.append(decided)
        if applied is not None:
            reviewed.applied[ozg_id] = applied
    reviewed.findings.sort(key=lambda finding: (-finding.maturity, -finding.confidence, finding.ozg_id))
    return reviewed


def _decide(
    finding: ServiceFinding, decisions: Sequence[DecisionRule]
) -> tuple[ServiceFinding, AppliedDecision | None]:
    decided, settled_by = finding, None
    for decision in (item for item in decisions if not item.whole_service):
        narrowed = _without_page(decided, decision.evidence_url or "")
        if narrowed is not decided:
            decided, settled_by = narrowed, decision
    whole = [item for item in decisions if item.whole_service]
    if whole:
        settled_by = whole[-1]
        decided = _settle(decided, settled_by)
    if settled_by is None or (finding.maturity == 0 and decided.maturity == 0):
        return decided, None  # nothing to mark: no decision took effect, or none made a service of nothing
    return decided, AppliedDecision(settled_by.decision_id, decided.maturity, finding.maturity, finding.confidence)


def _without_page(finding: ServiceFinding, evidence_url: str) -> ServiceFinding:
    """The finding without the evidence on one page ("this page is not the service"); itself when none was there."""
    rejected = page_key(evidence_url)
    kept = [support for support in finding.support if page_key(support.evidence.url) != rejected]
    if len(kept) == len(finding.support):
        return finding
    return _rated(finding.ozg_id, kept)


def _rated(ozg_id: str, support: list[Support]) -> ServiceFinding:
    """Maturity and confidence again from what is left, by the scorer's own rule: the highest supported level."""
    if not support:
        return ServiceFinding(ozg_id)
    maturity = max(item.level for item in support)
    confidence = max(item.confidence for item in support if item.level == maturity)
    return ServiceFinding(ozg_id, maturity, confidence, support)


def _settle(finding: ServiceFinding, decision: DecisionRule) -> ServiceFinding:
    if decision.kind == DecisionKind.REJECT:
        return ServiceFinding(finding.ozg_id)
    if decision.kind == DecisionKind.SET_LEVEL and decision.level is not None:
        return ServiceFinding(finding.ozg_id, decision.level, DECIDED_CONFIDENCE, list(finding.support))
    return finding  # a confirmation keeps the automatic value and only marks it as seen by an analyst
