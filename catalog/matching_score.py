"""Scoring a text's atoms against the catalog phrases: the best phrase per OZG-Leistung."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from functools import lru_cache

from catalog.matching_index import UNKNOWN_WEIGHT, IndexedPhrase, Kind, MatchIndex

# Share of a phrase's specific weight the text must contain: the distinctive part must be there.
REQUIRED_SHARE = 0.5
# score = coverage of the phrase ** COVERAGE_POWER * share of the text explained ** PRECISION_POWER
COVERAGE_POWER = 2.0
PRECISION_POWER = 1.0
SOURCE_FACTOR = {"synonym": 1.0, "name": 1.0, "leika": 0.95}
# Up to this much extra for a service whose many phrases use the matched words (a tie-breaker).
SUPPORT_BONUS = 0.02
# A weaker service whose matched words a stronger one explains is dropped unless this close to it.
TIE_RATIO = 0.99
# Phrase scores below this are not kept at all (context scores are damped further by the caller).
MIN_KEPT = 0.3

Scores = dict[str, tuple[float, IndexedPhrase]]


class Scorer:
    """Finds the catalog phrases a text's atoms match, one best phrase per service."""

    def __init__(self, index: MatchIndex) -> None:
        self.index = index
        # score >= MIN_KEPT needs coverage >= this, so phrases much heavier than the text are skipped.
        self._min_coverage = math.sqrt(MIN_KEPT)
        self._gates = [REQUIRED_SHARE * phrase.specific_total for phrase in index.phrases]
        self._rows = [(p.ozg_id, p.total, p.total - p.specific_total) for p in index.phrases]
        self._max_factor = max(SOURCE_FACTOR.values()) + SUPPORT_BONUS
        self._factors = [
            SOURCE_FACTOR.get(phrase.source, 1.0) + SUPPORT_BONUS * min(count, 10) / 10
            for phrase, count in zip(index.phrases, index.phrase_support, strict=True)
        ]
        self._gated = lru_cache(maxsize=50_000)(self._uncached_gated)

    def clear_cache(self) -> None:
        """Forget the cached phrase candidates."""
        self._gated.cache_clear()

    def scores(self, atoms: tuple[str, ...]) -> Scores:
        """Best phrase score per service, without readings a better service already explains."""
        index = self.index
        kinds = index.kinds
        weights = {atom: index.text_weights.get(atom, UNKNOWN_WEIGHT) for atom in atoms}
        text_total = sum(weights.values())
        specific = tuple(sorted(atom for atom in atoms if kinds.get(atom) is Kind.SPECIFIC))
        if not specific:
            return {}
        generic = sum(index.weights[a] for a in atoms if kinds.get(a) in (Kind.ACTION, Kind.SOFT))
        best: Scores = {}
        for ozg, score, number in self._best_phrases(specific, weights, text_total, generic):
            best[ozg] = (score, index.phrases[number])
        return self._distinct(best, weights, text_total)

    def _best_phrases(
        self, specific: tuple[str, ...], weights: dict[str, float], text_total: float, generic: float
    ) -> list[tuple[str, float, int]]:
        """(service, score, phrase number) of the best phrase per service above MIN_KEPT."""
        lightest = MIN_KEPT * text_total  # precision <= phrase weight / text weight
        found: dict[str, tuple[float, int]] = {}
        # precision <= (specific weight + generic) / text weight, so light phrases cannot score
        lower = max(0, math.floor(MIN_KEPT * text_total - generic))
        for number, matched, ozg, total, others in self._gated(specific, lower):
            # coverage and precision can be no higher than with every generic word matched
            reach = matched + min(generic, others)
            coverage = min(1.0, reach / total)
            floor = found[ozg][0] if ozg in found else MIN_KEPT
            bound = coverage * coverage * min(1.0, reach / text_total) * self._max_factor
            if total < lightest or bound <= floor:
                continue
            score = self._score(number, matched, weights, text_total, floor)
            if score is not None:
                found[ozg] = (score, number)
        return [(ozg, score, number) for ozg, (score, number) in found.items()]

    def _uncached_gated(self, specific: tuple[str, ...], lower: int) -> list[tuple[int, float, str, float, float]]:
        """Phrases of at least `lower` specific weight holding REQUIRED_SHARE of it in `specific`."""
        # Items: (number, matched specific weight, service, phrase weight, generic weight); the best
        # covered first so that weaker phrases of the same service are skipped by the caller.
        index = self.index
        # matched >= REQUIRED_SHARE * specific_total, and matched is at most what the text has
        heaviest = sum(index.weights[atom] for atom in specific) / REQUIRED_SHARE
        matched: dict[int, float] = {}
        for atom in specific:
            postings = index.postings.get(atom)
            if postings is not None:
                weight = index.weights[atom]
                start = bisect_left(postings.specific_totals, lower)
                end = bisect_right(postings.specific_totals, heaviest)
                if len(specific) == 1:  # the common short text: no sums needed
                    matched = dict.fromkeys(postings.numbers[start:end], weight)
                    break
                for number in postings.numbers[start:end]:
                    matched[number] = matched.get(number, 0.0) + weight
        gates, rows = self._gates, self._rows
        result = [(number, mass, *rows[number]) for number, mass in matched.items() if mass >= gates[number]]
        result.sort(key=lambda item: (-item[1] / item[3], item[0]))
        return result

    def _score(
        self, number: int, specific: float, weights: dict[str, float], total: float, floor: float
    ) -> float | None:
        """Phrase coverage squared times the share of the text explained; None unless above `floor`."""
        phrase = self.index.phrases[number]
        matched = specific
        for atom, weight in phrase.others:
            if atom in weights:
                matched += weight
        coverage = matched / phrase.total
        precision = min(1.0, matched / total)
        score = coverage**COVERAGE_POWER * precision**PRECISION_POWER * self._factors[number]
        return score if score > floor else None

    def _distinct(self, scores: Scores, weights: dict[str, float], total: float) -> Scores:
        """Drop services whose words a better one explains; rescore those named by other words."""
        if len(scores) < 2:
            return scores
        kept: Scores = {}
        covered: set[str] = set()
        top = 0.0
        for ozg, (score, phrase) in sorted(scores.items(), key=lambda item: (-item[1][0], item[0])):
            own = {a for a in phrase.atoms if a in weights and self.index.kind(a) is Kind.SPECIFIC}
            if kept and own <= covered and score < top * TIE_RATIO:
                continue
            if kept:
                explained = sum(weights[a] for a in covered if a not in phrase.atoms)
                score = min(top, score * total / max(total - explained, 1e-9))
            top = max(top, score)
            kept[ozg] = (score, phrase)
            covered |= own
        return kept
