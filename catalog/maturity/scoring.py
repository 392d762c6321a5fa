"""From a site's evidence to a maturity per OZG-Leistung: pure functions, re-runnable on stored runs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from catalog.evidence import Evidence
from catalog.matching.matcher import Match, Matcher
from catalog.maturity.rules import Candidate, candidates_for
from catalog.maturity.site_view import build_site_view
from catalog.reference.platforms import PlatformRegistry

SCORING_VERSION = "2026.11-2"
ACCEPT_CONFIDENCE = 0.5
MATCHES_PER_EVIDENCE = 2
SUPPORT_PER_SERVICE = 8
FALLBACK_WEIGHT = 0.9
MatchCache = dict[tuple[str, str], Sequence[Match]]


@dataclass(frozen=True)
class Support:
    """One piece of evidence backing a service at a level, by a rule, with a confidence."""

    evidence: Evidence
    level: int
    rule: str
    confidence: float
    phrase: str


@dataclass
class ServiceFinding:
    ozg_id: str
    maturity: int = 0
    confidence: float = 0.0
    support: list[Support] = field(default_factory=list)


def score_site(
    start_url: str, evidence: Sequence[Evidence], matcher: Matcher, platforms: PlatformRegistry
) -> list[ServiceFinding]:
    """Every OZG-Leistung with accepted evidence, highest maturity first."""
    view = build_site_view(start_url, evidence, platforms)
    findings: dict[str, ServiceFinding] = {}
    cache: MatchCache = {}
    for item in evidence:
        for candidate in candidates_for(item, view):
            for match, weight in _weighted_matches(candidate, matcher, cache):
                confidence = round(match.confidence * weight, 3)
                if confidence >= ACCEPT_CONFIDENCE:
                    _add(
                        findings,
                        match.ozg_id,
                        Support(item, candidate.level, candidate.rule, confidence, match.phrase),
                    )
    return sorted(
        (_finish(finding) for finding in findings.values()),
        key=lambda finding: (-finding.maturity, -finding.confidence, finding.ozg_id),
    )


def _weighted_matches(candidate: Candidate, matcher: Matcher, cache: MatchCache) -> list[tuple[Match, float]]:
    """Matches of the candidate's text (or fallback), and of each of its alternative names at 0.9 of the weight."""
    found = _named_matches(candidate, matcher, cache)
    if not candidate.alternatives:
        return found
    best = {match.ozg_id: (match, weight) for match, weight in found}
    names = [part.strip() for part in candidate.alternatives.split(",") if part.strip()]
    for match in (match for name in dict.fromkeys(names) for match in _matches(name, "", matcher, cache)):
        known, weight = best.get(match.ozg_id, (None, 0.0))
        alternative_weight = candidate.weight * FALLBACK_WEIGHT
        if known is None or match.confidence * alternative_weight > known.confidence * weight:
            best[match.ozg_id] = (match, alternative_weight)
    return list(best.values())


def _named_matches(candidate: Candidate, matcher: Matcher, cache: MatchCache) -> list[tuple[Match, float]]:
    """Matches of the candidate's text; of its fallback (at 0.9 of the weight) when the text names nothing."""
    if candidate.target and not _matches(candidate.text, "", matcher, cache):
        named = _matches(candidate.target, candidate.context, matcher, cache)
        if named:  # "hier online bestellen" leads to "Geburtsurkunde bestellen"
            return [(match, candidate.weight) for match in named]
    found = _focused(_matches(candidate.text, candidate.context, matcher, cache), candidate.focus, matcher, cache)
    if found or not candidate.fallback or candidate.fallback == candidate.text:
        return [(match, candidate.weight) for match in found]
    fallback = _matches(candidate.fallback, candidate.context, matcher, cache)
    return [(match, candidate.weight * FALLBACK_WEIGHT) for match in fallback]


def _focused(found: Sequence[Match], focus: str, matcher: Matcher, cache: MatchCache) -> Sequence[Match]:
    """Of several services, those the focus text names too; all of them when it names none of them."""
    if len(found) < 2 or not focus:
        return found
    named = {match.ozg_id for match in _matches(focus, "", matcher, cache)}
    return [match for match in found if match.ozg_id in named] or found


def _matches(text: str, context: str, matcher: Matcher, cache: MatchCache) -> Sequence[Match]:
    key = (text, context)
    if key not in cache:
        found = matcher.match(text, context, limit=MATCHES_PER_EVIDENCE)
        best = found[0].confidence if found else 0.0
        cache[key] = [match for match in found if match.confidence >= best - 0.05]
    return cache[key]


def _add(findings: dict[str, ServiceFinding], ozg_id: str, support: Support) -> None:
    finding = findings.setdefault(ozg_id, ServiceFinding(ozg_id))
    finding.support.append(support)


def _finish(finding: ServiceFinding) -> ServiceFinding:
    """Maturity is the highest supported level; its confidence that of the best evidence at that level."""
    finding.maturity = max(support.level for support in finding.support)
    top = [support for support in finding.support if support.level == finding.maturity]
    finding.confidence = max(support.confidence for support in top)
    ranked = sorted(finding.support, key=_support_rank)
    finding.support = _one_per_url_and_rule(ranked)[:SUPPORT_PER_SERVICE]
    return finding


def _support_rank(support: Support) -> tuple[int, float, str, str, str, str]:
    """Strongest first; ties in a fixed order, so the crawl's order never shows in a result."""
    item = support.evidence
    return (-support.level, -support.confidence, item.kind, item.url, item.text, support.rule)


def _one_per_url_and_rule(ranked: list[Support]) -> list[Support]:
    seen: set[tuple[str, str]] = set()
    kept = []
    for support in ranked:
        key = (support.evidence.url, support.rule)
        if key not in seen:
            seen.add(key)
            kept.append(support)
    return kept
