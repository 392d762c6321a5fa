"""Map texts found on municipal websites (link texts, titles, PDF names, URLs) to OZG-Leistungen.

Match sources: "leika_key" (a known 14-digit LeiKa key in the text or URL), "synonym", "name" and
"leika" (the text itself matches a catalog phrase of that source) and "context" (a generic text such
as "Online beantragen" resolved by the surrounding heading or page title).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from catalog.csvfiles import read_rows
from catalog.matching.index import UNKNOWN_WEIGHT, MatchIndex
from catalog.matching.prepare import context_segments, coordinated_parts, matchable_text
from catalog.matching.saved_index import saved_index
from catalog.matching.scorer import Scorer, Scores
from catalog.matching.words import SECTION_WORDS

MIN_CONFIDENCE = 0.5
LEIKA_KEY_CONFIDENCE = 0.99
# A text naming one service this well is not split into coordinated parts.
WELL_NAMED = 0.9
# A generic text resolved by its context is worth less than a text naming the service itself.
CONTEXT_FACTOR = 0.95
CONTEXT_CAP = 0.8
# When the text names services itself, an agreeing context only breaks ties.
AGREEMENT_FACTOR = 0.1
_LEIKA_KEY = re.compile(r"(?<!\d)99\d{12}(?!\d)")


@dataclass(frozen=True)
class CatalogPhrase:
    """A way the catalog names an OZG-Leistung."""

    ozg_id: str
    phrase: str
    source: str  # "name" (OZG name) | "leika" (LeiKa name) | "synonym"


@dataclass(frozen=True)
class Match:
    """An OZG-Leistung recognised in a text."""

    ozg_id: str
    confidence: float
    phrase: str
    source: str


def phrases_from_files(catalog_dir: Path) -> tuple[list[CatalogPhrase], dict[str, str]]:
    """Catalog phrases and the leika_key -> ozg_id map from the project's catalog CSV files."""
    phrases = [
        CatalogPhrase(row["ozg_id"], row["name"], "name")
        for row in read_rows(catalog_dir / "ozg_leistungen.csv", ("ozg_id", "name"))
    ]
    leika_to_ozg: dict[str, str] = {}
    for row in read_rows(catalog_dir / "leika_leistungen.csv", ("leika_key", "name", "ozg_id")):
        if row["ozg_id"]:
            leika_to_ozg[row["leika_key"]] = row["ozg_id"]
            phrases.append(CatalogPhrase(row["ozg_id"], row["name"], "leika"))
    synonyms = catalog_dir / "synonyms.csv"
    if synonyms.is_file():
        for row in read_rows(synonyms, ("ozg_id", "phrase")):
            if row["ozg_id"] and row["phrase"]:
                phrases.append(CatalogPhrase(row["ozg_id"], row["phrase"], "synonym"))
    return phrases, leika_to_ozg


class Matcher:
    """Recognises OZG-Leistungen in short texts; build once, then match many texts."""

    def __init__(
        self, phrases: Iterable[CatalogPhrase], leika_to_ozg: Mapping[str, str], *, index_dir: Path | None = None
    ) -> None:
        """`index_dir` keeps the built index on disk for the next process with the same catalog and code."""
        phrase_list = list(phrases)
        entries = [(p.ozg_id, p.phrase, p.source) for p in phrase_list]
        self.index = saved_index(entries, index_dir) if index_dir else MatchIndex(entries)
        self._scorer = Scorer(self.index)
        self.leika_to_ozg = dict(leika_to_ozg)
        names = {p.ozg_id: p.phrase for p in phrase_list if p.source == "name"}
        self._key_names = {key: names.get(ozg, ozg) for key, ozg in self.leika_to_ozg.items()}
        self._section_atoms = self._single_atoms(SECTION_WORDS)
        self._section_phrases = frozenset(self.index.analyzer.analyze(word) for word in SECTION_WORDS)
        self._scores = lru_cache(maxsize=50_000)(self._uncached_scores)
        # Different texts often come down to the same atoms ("Hundesteuer", "Hundesteuer (PDF, 20 KB)").
        self._atom_scores = lru_cache(maxsize=50_000)(self._uncached_atom_scores)
        self._context_scores = lru_cache(maxsize=20_000)(self._uncached_context_scores)

    @classmethod
    def from_files(cls, catalog_dir: Path) -> Matcher:
        """A matcher over the catalog CSV files in a directory."""
        phrases, leika_to_ozg = phrases_from_files(catalog_dir)
        return cls(phrases, leika_to_ozg)

    def clear_caches(self) -> None:
        """Forget cached text and context scores (word-level caches stay)."""
        self._scores.cache_clear()
        self._atom_scores.cache_clear()
        self._context_scores.cache_clear()

    def leika_keys_in(self, text: str) -> list[str]:
        """14-digit LeiKa keys (known to the catalog) appearing in a text or URL."""
        if "99" not in text:  # every LeiKa key starts with 99
            return []
        return list(dict.fromkeys(key for key in _LEIKA_KEY.findall(text) if key in self.leika_to_ozg))

    def match(self, text: str, context: str = "", *, limit: int = 5) -> list[Match]:
        """Best matches first, only those >= MIN_CONFIDENCE; `context` resolves generic texts."""
        combined = self._combined(text, context)
        if not combined and "99" not in text:  # most texts on a website name no service (and no LeiKa key)
            return []
        results: dict[str, Match] = {}
        for key in self.leika_keys_in(text):
            ozg = self.leika_to_ozg[key]
            results.setdefault(ozg, Match(ozg, LEIKA_KEY_CONFIDENCE, self._key_names[key], "leika_key"))
        for ozg, (confidence, phrase, source) in combined.items():
            if ozg not in results and confidence >= MIN_CONFIDENCE:
                results[ozg] = Match(ozg, round(min(confidence, 0.98), 3), phrase, source)
        if not results:
            return []
        ordered = sorted(results.values(), key=lambda m: (-m.confidence, m.ozg_id))
        return ordered[:limit]

    def _combined(self, text: str, context: str) -> dict[str, tuple[float, str, str]]:
        """Confidence, phrase and source per service from the text and its context."""
        atoms, own = self._scores(text)
        combined = {ozg: (score, phrase.phrase, phrase.source) for ozg, (score, phrase) in own.items()} if own else {}
        if not context or not atoms:
            return combined
        around = self._context_scores(context)
        if own and any(score >= MIN_CONFIDENCE for score, _ in own.values()):
            for ozg, (score, phrase) in own.items():
                boost = AGREEMENT_FACTOR * around[ozg][0] if ozg in around else 0.0
                combined[ozg] = (score + (1 - score) * boost, phrase.phrase, phrase.source)
            return combined
        for ozg, (score, phrase) in around.items():
            confidence = min(CONTEXT_CAP, CONTEXT_FACTOR * score)
            if confidence > combined.get(ozg, (0.0,))[0] and self._resolvable(atoms, ozg):
                combined[ozg] = (confidence, phrase.phrase, "context")
        return combined

    def _single_atoms(self, words: Iterable[str]) -> frozenset[str]:
        """Atoms of words that are one atom each ("Wirtschaftsförderung" would also make "förder" a section)."""
        analysed = (self.index.analyzer.analyze(word) for word in words)
        return frozenset(atoms[0] for atoms in analysed if len(atoms) == 1)

    def _only_section_names(self, atoms: tuple[str, ...]) -> bool:
        """ "Vereine", "Leben in Wesertal": section names and place names only ("Vereinsförderung" is more)."""
        named = tuple(filter(self.index.known_atoms.__contains__, atoms))
        if named in self._section_phrases:
            return True
        return bool(named) and self._section_atoms.issuperset(named)

    def _resolvable(self, atoms: tuple[str, ...], ozg: str) -> bool:
        """True for a generic link text whose other words mostly belong to the context's service."""
        index = self.index
        if not index.noise_atoms.isdisjoint(atoms) or self._only_section_names(atoms):
            return False  # "Impressum", "Bauen & Wohnen"
        if not index.soft_atoms.isdisjoint(atoms) and index.action_atoms.isdisjoint(atoms):
            return False  # "Informationen"; but "Online-Service" is a link to one
        known = index.ozg_atoms.get(ozg, set())
        generic = outside = inside = 0.0
        for atom in atoms:
            weight = index.text_weights.get(atom, UNKNOWN_WEIGHT)
            if atom in index.generic_atoms or atom in index.link_verbs:
                generic += weight
            elif atom in known:
                inside += weight
            else:
                outside += weight
        if not generic:
            return inside > 0 and not outside
        return inside >= outside

    def _uncached_context_scores(self, context: str) -> Scores:
        """Best score per service over the segments of a context (breadcrumbs, "Title | Site")."""
        best: Scores = {}
        for segment in context_segments(context):
            for ozg, scored in self._scores(segment)[1].items():
                if ozg not in best or scored[0] > best[ozg][0]:
                    best[ozg] = scored
        return best

    def _uncached_scores(self, text: str) -> tuple[tuple[str, ...], Scores]:
        """The text's atoms and the best phrase score per service."""
        cleaned = matchable_text(text)
        atoms = self.index.analyzer.analyze(cleaned)
        whole = self._atom_scores(atoms)
        # Parts that each name a service need two service words at least, and a text that names one service
        # well has nothing to gain from them: most texts are spared the split.
        named_well = len(whole) == 1 and next(iter(whole.values()))[0] >= WELL_NAMED
        splittable = not named_well and len(self.index.specific_atoms.intersection(atoms)) >= 2  # atoms are distinct
        plain = cleaned is text  # URLs and texts with e-mail or street addresses are never split
        by_part = self._coordinated_scores(cleaned) if splittable and plain else {}
        if not by_part:
            return atoms, whole
        if len(by_part) == 1:  # "Antrag auf Erlaubnis einer Lotterie oder Tombola": one service, named twice
            return atoms, by_part
        # Several services: only those the parts name too ("steuer" from "Hundesteuer" and "gewerbe" from
        # "Gewerbeanmeldung" are not the Gewerbesteuer); none that only the parts name, as in the
        # Lebenslage "Geburt, Heirat und Sterbefall".
        return atoms, {ozg: scored for ozg, scored in whole.items() if ozg in by_part}

    def _coordinated_scores(self, text: str) -> Scores:
        """Best score per service over coordinated parts that each name a service, else nothing."""
        analysed = [self.index.analyzer.analyze(part) for part in coordinated_parts(text)]
        # A part without a service word names nothing, so the other parts need no scoring.
        if not analysed or any(map(self.index.specific_atoms.isdisjoint, analysed)):
            return {}
        best: Scores = {}
        for atoms in analysed:
            found = self._atom_scores(atoms)
            if not found:
                return {}
            for ozg, scored in found.items():
                if ozg not in best or scored[0] > best[ozg][0]:
                    best[ozg] = scored
        return best

    def _uncached_atom_scores(self, atoms: tuple[str, ...]) -> Scores:
        """The best phrase score per service for a text's atoms; none for a mere section name."""
        if self.index.specific_atoms.isdisjoint(atoms) or self._only_section_names(atoms):  # no service word
            return {}
        return self._scorer.scores(atoms)
