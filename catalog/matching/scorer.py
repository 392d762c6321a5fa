"""Scoring a text's atoms against the catalog phrases: the best phrase per OZG-Leistung.

Most of the work per text is finding the few phrases worth scoring. Every bound used to skip
phrases early is one the scoring itself would apply, so skipping never changes a result.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import repeat
from typing import NamedTuple

from catalog.matching.index import UNKNOWN_WEIGHT, IndexedPhrase, MatchIndex

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
# Margin on those early bounds, so that float rounding never skips a phrase that could score.
SLACK = 1e-9
_NOTHING: frozenset[int] = frozenset()

# Note: a text reaches about ten phrases, so the cost is in the calls and objects per text more than in
# the loops per phrase. The code below therefore looks things up once per text, writes min() and max() as
# conditional expressions (in CPython 3.11 those builtins cost several times more than the comparison),
# and has a path of its own for the common text with one specific atom.

Scores = dict[str, tuple[float, IndexedPhrase]]
# (minus the phrase's specific coverage, phrase number, matched specific weight, bound of its score)
Candidate = tuple[float, int, float, float]
# What the search reads about a specific atom: its weight, its phrases by ascending specific weight
# (their specific weights and their numbers) and the same numbers as a set.
AtomEntry = tuple[float, list[float], list[int], frozenset[int]]


class Text(NamedTuple):
    """A text's atoms as the scorer sees them."""

    atoms: frozenset[str]  # a set: phrases ask "is this atom in the text?" for each of theirs
    specific: list[str]  # alphabetical, so that sums and ties never depend on the order of the words
    total: float  # text-side weight of all atoms
    generic: float  # phrase-side weight of the action and soft atoms


class Scorer:
    """Finds the catalog phrases a text's atoms match, one best phrase per service."""

    def __init__(self, index: MatchIndex) -> None:
        self.index = index
        self._phrases = phrases = index.phrases
        self._services = [phrase.ozg_id for phrase in phrases]
        # Per phrase, what the candidate gates read: the gate on its specific weight, its total and the rest.
        self._rows = [
            (REQUIRED_SHARE * phrase.specific_total, phrase.total, phrase.total - phrase.specific_total)
            for phrase in phrases
        ]
        self._max_factor = max(SOURCE_FACTOR.values()) + SUPPORT_BONUS
        factors = [
            SOURCE_FACTOR.get(phrase.source, 1.0) + SUPPORT_BONUS * min(count, 10) / 10
            for phrase, count in zip(phrases, index.phrase_support, strict=True)
        ]
        # Per phrase, what its score reads: its other atoms with weights, its total and its factor.
        self._scoring = [(phrase.others, phrase.total, factor) for phrase, factor in zip(phrases, factors, strict=True)]
        # Per phrase, its specific atoms with weights in alphabetical order, the order of the matched weight's sum.
        self._alphabetical = [tuple(sorted(phrase.specific)) for phrase in phrases]
        self._entries = {atom: self._entry(atom) for atom in index.specific_atoms}
        self._weights = index.weights
        # Phrase-side weights of the action and soft atoms: a text's generic weight is their sum.
        self._generic = {atom: index.weights[atom] for atom in index.generic_atoms}
        self._text_weights = index.text_weights

    def _entry(self, atom: str) -> AtomEntry:
        """Weight and phrases of a specific atom, read in one lookup."""
        found = self.index.postings.get(atom)
        if found is None:
            return (self.index.weights[atom], [], [], _NOTHING)
        return (self.index.weights[atom], found.specific_totals, found.numbers, frozenset(found.numbers))

    def scores(self, atoms: tuple[str, ...]) -> Scores:
        """Best phrase score per service for distinct atoms, without readings a better service already explains."""
        specific = sorted(filter(self._entries.__contains__, atoms))
        if not specific:  # no word that names a service
            return {}
        generic = sum(map(self._generic.get, atoms, repeat(0.0)))  # adding 0.0 never changes a sum
        total = sum(map(self._text_weights.get, atoms, repeat(UNKNOWN_WEIGHT)))
        text = Text(frozenset(atoms), specific, total, generic)
        # precision <= (matched + generic) / text weight: below `least` no phrase can score MIN_KEPT
        least = MIN_KEPT / self._max_factor * total - generic - SLACK
        found = self._best_phrases(text, self._candidates(text, least, self._reachable(text, least)))
        return self._distinct(found, text) if len(found) > 1 else found

    def _best_phrases(self, text: Text, candidates: list[Candidate]) -> Scores:
        """Score and phrase of the best phrase per service scoring above MIN_KEPT."""
        found: Scores = {}
        services, phrases = self._services, self._phrases
        for _, number, matched, bound in candidates:
            ozg = services[number]
            floor = found[ozg][0] if ozg in found else MIN_KEPT
            if bound > floor:
                score = self._score(number, matched, text)
                if score > floor:
                    found[ozg] = (score, phrases[number])
        return found

    def _candidates(self, text: Text, least: float, reachable: Iterable[int]) -> list[Candidate]:
        """Phrases holding REQUIRED_SHARE of their specific weight in the text that may score MIN_KEPT."""
        atoms, total_weight, generic = text.atoms, text.total, text.generic
        lightest = MIN_KEPT * total_weight  # precision <= phrase weight / text weight
        rows, alphabetical, max_factor = self._rows, self._alphabetical, self._max_factor
        result: list[Candidate] = []
        for number in reachable:
            # A phrase has a few specific atoms: summing those in the text is cheaper than set operations.
            matched = 0.0
            for atom, weight in alphabetical[number]:
                if atom in atoms:
                    matched += weight
            gate, total, others = rows[number]
            if matched < gate or matched < least or total < lightest:
                continue
            # coverage and precision can be no higher than with every generic word matched
            reach = matched + (others if others < generic else generic)
            coverage = reach / total
            coverage = 1.0 if coverage > 1.0 else coverage
            precision = reach / total_weight
            bound = coverage * coverage * (1.0 if precision > 1.0 else precision) * max_factor
            if bound > MIN_KEPT:
                result.append((-matched / total, number, matched, bound))
        # Best covered first, so that weaker phrases of the same service are skipped by the caller.
        result.sort()
        return result

    def _reachable(self, text: Text, least: float) -> Iterable[int]:
        """Numbers of the phrases that may pass the gates."""
        # precision <= (specific weight + generic) / text weight, so light phrases cannot score
        lower = math.floor(MIN_KEPT * text.total - text.generic)
        lower = 0 if lower < 0 else lower
        if len(text.specific) > 1:
            return self._found(text, least, lower)
        # The common short text: one atom, and the phrases found are a range of its postings.
        weight, totals, numbers, _ = self._entries[text.specific[0]]
        reach = weight + SLACK
        if reach < least:
            return ()
        start = bisect_left(totals, lower)
        return numbers[start : bisect_right(totals, self._heaviest(reach, text.generic, text.total), start)]

    def _found(self, text: Text, least: float, lower: int) -> set[int]:
        """Numbers of the phrases that may pass the gates, each found through its heaviest atom in the text."""
        entries, weights, generic, total = self._entries, self._weights, text.generic, text.total
        # A phrase matches at most its heaviest atom in the text and all lighter ones ("reach"): the
        # postings of light atoms are only read for light phrases, and not at all below `least`.
        by_weight = sorted(text.specific, key=weights.__getitem__, reverse=True)
        reach = sum(map(weights.__getitem__, by_weight)) + SLACK
        last = len(by_weight) - 1
        found: set[int] = set()
        for rank, atom in enumerate(by_weight):
            if reach < least:
                break
            weight, totals, numbers, _ = entries[atom]
            start = bisect_left(totals, lower)
            end = bisect_right(totals, self._heaviest(reach, generic, total), start)
            if start < end and rank < last:
                # Phrases light enough to pass the gate on this atom alone; heavier ones must also
                # hold a lighter atom of the text (those holding a heavier one were found through it).
                alone = bisect_right(totals, weight / REQUIRED_SHARE + SLACK, start, end) if weight >= least else start
                if alone < end:
                    rest = numbers[alone:end]
                    for other in by_weight[rank + 1 :]:
                        found.update(entries[other][3].intersection(rest))
                end = alone
            found.update(numbers[start:end])
            reach -= weight
        return found

    def _heaviest(self, reach: float, generic: float, total: float) -> float:
        """Most specific weight of a phrase that matches at most `reach` and can still score MIN_KEPT."""
        # matched >= REQUIRED_SHARE * specific weight; and as coverage <= (reach + generic) /
        # (specific weight + generic), coverage ** 2 * precision * factor > MIN_KEPT caps it too.
        explained = reach + generic
        precision = explained / total
        precision = 1.0 if precision > 1.0 else precision
        by_coverage = explained * math.sqrt(self._max_factor * precision / MIN_KEPT) - generic
        by_share = reach / REQUIRED_SHARE
        return (by_coverage if by_coverage < by_share else by_share) + SLACK

    def _score(self, number: int, specific: float, text: Text) -> float:
        """Phrase coverage squared times the share of the text explained."""
        others, total, factor = self._scoring[number]
        atoms = text.atoms
        matched = specific
        for atom, weight in others:
            if atom in atoms:
                matched += weight
        coverage = matched / total
        precision = matched / text.total
        precision = 1.0 if precision > 1.0 else precision
        return coverage**COVERAGE_POWER * precision**PRECISION_POWER * factor

    def _distinct(self, scores: Scores, text: Text) -> Scores:
        """Drop services whose words a better one explains; rescore those named by other words."""
        specific, weights, total = self.index.specific_atoms, self.index.text_weights, text.total
        kept: Scores = {}
        covered: set[str] = set()  # words the phrases of better services explain
        # ... and words any phrase of a better service has: "Grabstätten und Bestattungen" is one service
        related: set[str] = set()
        top = 0.0
        for ozg, (score, phrase) in sorted(scores.items(), key=lambda item: (-item[1][0], item[0])):
            own = {a for a in text.atoms.intersection(phrase.atoms) if a in specific}
            # A phrase found whole in the text names its service, even among a better one's words.
            named_whole = text.atoms.issuperset(phrase.atoms)
            redundant = own <= covered or (own <= related and not named_whole)
            if kept and redundant and score < top * TIE_RATIO:
                continue
            if kept:
                explained = sum(weights[a] for a in covered if a not in phrase.atoms)
                remaining = total - explained
                rescored = score * total / (1e-9 if remaining < 1e-9 else remaining)
                score = rescored if rescored < top else top
            top = score if score > top else top
            kept[ozg] = (score, phrase)
            covered |= own
            related |= own.union(self.index.ozg_atoms.get(ozg, set()).intersection(text.specific))
        return kept
