"""The matcher's index: catalog phrases as weighted atoms, token classes and an inverted index."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum

from catalog.matching.compounds import Analyzer, atomic_vocabulary
from catalog.matching.prepare import name_alternatives
from catalog.matching.text import stem, stems_of
from catalog.matching.words import (
    ACTION_WORDS,
    EXTRA_VOCABULARY,
    FIRST_NAMES,
    LINK_VERBS,
    NOISE_WORDS,
    SOFT_WORDS,
)

# Weight caps: generic words count a little towards a phrase, never enough to carry it.
ACTION_CAP = 0.6
SOFT_CAP = 0.4
# Text-side weights of words the catalog does not know, and of website navigation words.
UNKNOWN_WEIGHT = 1.0
NOISE_WEIGHT = 6.0
# A part of an OZG name joined by "und"/commas is a name of its own if it carries this share.
CONJUNCT_SHARE = 0.3
# Sources in order of trust; a phrase seen from several sources keeps the first.
SOURCE_RANK = {"synonym": 0, "name": 1, "leika": 2}
Words = tuple[tuple[str, ...], ...]


class Kind(IntEnum):
    """How an atom takes part in matching."""

    SPECIFIC = 0  # names something; may create a match
    ACTION = 1  # "Antrag", "online", "anmelden": a text made only of these is resolved by context
    SOFT = 2  # "Service", "Information": generic, never resolved by context
    NOISE = 3  # "Impressum", "Kalender": website navigation, outweighs a match
    UNKNOWN = 4  # not in the vocabulary (names, streets, places)


@dataclass(frozen=True, slots=True)
class IndexedPhrase:
    """A catalog phrase as atoms with their weights."""

    ozg_id: str
    phrase: str
    source: str
    atoms: tuple[str, ...]
    specific: tuple[tuple[str, float], ...]  # specific atoms with weights, heaviest first
    others: tuple[tuple[str, float], ...]  # the other atoms with weights
    total: float
    specific_total: float


@dataclass(frozen=True, slots=True)
class Postings:
    """Numbers of the phrases an atom can reach, by ascending specific weight (for range search)."""

    specific_totals: list[float]
    numbers: list[int]


def _stems(words: Iterable[str]) -> set[str]:
    """Stems of single words from a word list."""
    return {stem(word) for word in words}


def word_classes() -> dict[str, Kind]:
    """Kind of each word-list stem; noise beats soft beats action when a stem is in several lists."""
    classes: dict[str, Kind] = {}
    groups = ((Kind.ACTION, ACTION_WORDS), (Kind.SOFT, SOFT_WORDS), (Kind.NOISE, NOISE_WORDS | FIRST_NAMES))
    for kind, words in groups:
        for word_stem in _stems(words):
            classes[word_stem] = kind
    return classes


def build_analyzer(phrases: Sequence[str]) -> Analyzer:
    """An analyzer whose atoms are the catalog's words (compounds split) and the word lists."""
    listed = _stems(ACTION_WORDS | SOFT_WORDS | NOISE_WORDS | FIRST_NAMES | EXTRA_VOCABULARY)
    catalog: set[str] = set()
    for phrase in phrases:
        catalog.update(stems_of(phrase))
    atoms = atomic_vocabulary(catalog | listed, forced=listed)
    # A compound of generic parts means more than its parts ("Meldebescheinigung"): keep it whole.
    generic = _stems(ACTION_WORDS)
    splitter = Analyzer(atoms)
    whole = {word for word in catalog - atoms if set(splitter.split(word) or ()) <= generic}
    return Analyzer(atoms | whole)


def inverse_document_frequency(atoms_by_ozg: dict[str, set[str]]) -> dict[str, float]:
    """IDF of each atom over OZG-Leistungen: an atom in many services says little."""
    frequency: dict[str, int] = defaultdict(int)
    for atoms in atoms_by_ozg.values():
        for atom in atoms:
            frequency[atom] += 1
    services = len(atoms_by_ozg) + 1
    return {atom: math.log(services / (count + 0.5)) for atom, count in frequency.items()}


class MatchIndex:
    """Weighted catalog phrases with an inverted index over their specific atoms."""

    def __init__(self, entries: Iterable[tuple[str, str, str]]) -> None:
        unique = _unique_entries(entries)
        self.analyzer = build_analyzer([phrase for _, phrase, _ in unique])
        self.classes = word_classes()
        self.link_verbs = _stems(LINK_VERBS)
        self.ozg_atoms: dict[str, set[str]] = defaultdict(set)
        self.idf: dict[str, float] = {}
        analysed = self._analyse(unique)
        self.kinds = {atom: self._classify(atom) for atom in self.analyzer.atoms | self.idf.keys()}
        self.weights = {atom: self._phrase_weight(atom) for atom in self.kinds}
        self.text_weights = {atom: self.text_weight(atom) for atom in self.kinds}
        # Atoms by kind, for quick membership tests while matching.
        self.specific_atoms = self._atoms_of(Kind.SPECIFIC)
        self.action_atoms = self._atoms_of(Kind.ACTION)
        self.soft_atoms = self._atoms_of(Kind.SOFT)
        self.generic_atoms = self.action_atoms | self.soft_atoms
        self.noise_atoms = self._atoms_of(Kind.NOISE)
        self.known_atoms = frozenset(self.kinds) - self._atoms_of(Kind.UNKNOWN)
        self.phrases = self._index_phrases(analysed)
        self.postings = self._postings()
        self.phrase_support = self._support()

    def _analyse(self, unique: list[tuple[str, str, str]]) -> list[tuple[str, str, str, Words]]:
        """Phrases as words of atoms plus the alternatives in OZG names; fills vocabularies and IDF."""
        analysed = [(ozg, phrase, source, self.analyzer.analyze_words(phrase)) for ozg, phrase, source in unique]
        for ozg, _, _, parts in analysed:
            self.ozg_atoms[ozg].update(atom for atoms in parts for atom in atoms)
        self.idf = inverse_document_frequency(self.ozg_atoms)
        for ozg, phrase, source in unique:
            for parts in self._alternatives(phrase) if source == "name" else []:
                analysed.append((ozg, phrase, source, parts))
                self.ozg_atoms[ozg].update(atom for atoms in parts for atom in atoms)
        return analysed

    def _alternatives(self, name: str) -> list[Words]:
        """Alternatives in an OZG name heavy enough to stand alone (not "Zulassung" of "Zulassung, ...")."""
        whole = self._specific_weight(self.analyzer.analyze_words(name))
        found = [self.analyzer.analyze_words(part) for part in name_alternatives(name, self.analyzer)]
        return [words for words in found if self._specific_weight(words) >= CONJUNCT_SHARE * whole]

    def _support(self) -> list[int]:
        """Per phrase, how many phrases of its service use its words: breaks ties between services."""
        support: dict[tuple[str, str], int] = defaultdict(int)
        for indexed in self.phrases:
            for atom, _ in indexed.specific:
                support[indexed.ozg_id, atom] += 1
        return [max(support[p.ozg_id, atom] for atom, _ in p.specific) for p in self.phrases]

    def _specific_weight(self, words: Words) -> float:
        """IDF sum of the specific atoms of analysed words."""
        atoms = {atom for word in words for atom in word}
        return sum(self.idf.get(a, 0.0) for a in atoms if self.classes.get(a) is None)

    def _classify(self, atom: str) -> Kind:
        """Class of an atom: listed generic/noise words, catalog words, or unknown."""
        listed = self.classes.get(atom)
        if listed is not None:
            return listed
        return Kind.SPECIFIC if atom in self.idf else Kind.UNKNOWN

    def _phrase_weight(self, atom: str) -> float:
        """Phrase-side weight of an atom: its IDF, capped for generic words."""
        kind = self.kinds[atom]
        idf = self.idf.get(atom, UNKNOWN_WEIGHT)
        if kind is Kind.ACTION:
            return min(idf, ACTION_CAP)
        if kind is Kind.SOFT:
            return min(idf, SOFT_CAP)
        return idf

    def _atoms_of(self, *kinds: Kind) -> frozenset[str]:
        """The atoms of the given kinds."""
        return frozenset(atom for atom, kind in self.kinds.items() if kind in kinds)

    def kind(self, atom: str) -> Kind:
        """Class of an atom; words the index has never seen are unknown."""
        return self.kinds.get(atom, Kind.UNKNOWN)

    def weight(self, atom: str) -> float:
        """Phrase-side weight of an atom."""
        return self.weights.get(atom, UNKNOWN_WEIGHT)

    def text_weight(self, atom: str) -> float:
        """Text-side weight of an atom: unknown and navigation words dilute a match."""
        kind = self.kinds.get(atom, Kind.UNKNOWN)
        if kind is Kind.NOISE:
            return NOISE_WEIGHT
        if kind is Kind.UNKNOWN:
            return UNKNOWN_WEIGHT
        return self.weights[atom]

    def _index_phrases(self, analysed: list[tuple[str, str, str, Words]]) -> list[IndexedPhrase]:
        """Weighted phrases, dropping those without a specific atom and duplicates per service."""
        seen: set[tuple[str, frozenset[str]]] = set()
        result: list[IndexedPhrase] = []
        for ozg, phrase, source, parts in analysed:
            weights = {atom: self.weights[atom] for word in parts for atom in word}
            key = (ozg, frozenset(weights))
            if key in seen:
                continue
            specific = tuple(sorted(((a, w) for a, w in weights.items() if a in self.specific_atoms), key=_heaviest))
            if not specific:
                continue
            seen.add(key)
            others = tuple((a, w) for a, w in weights.items() if a not in self.specific_atoms)
            specific_total = sum(weight for _, weight in specific)
            total = specific_total + sum(weight for _, weight in others)
            atoms = tuple(weights)
            result.append(IndexedPhrase(ozg, phrase, source, atoms, specific, others, total, specific_total))
        return result

    def _postings(self) -> dict[str, Postings]:
        """Specific atom -> the phrases that contain it."""
        numbers: dict[str, list[int]] = defaultdict(list)
        for number, phrase in enumerate(self.phrases):
            for atom, _ in phrase.specific:
                numbers[atom].append(number)
        result = {}
        for atom, found in numbers.items():
            found.sort(key=lambda number: self.phrases[number].specific_total)
            result[atom] = Postings([self.phrases[n].specific_total for n in found], found)
        return result


def _heaviest(item: tuple[str, float]) -> tuple[float, str]:
    """Sort key: heaviest atom first, then alphabetical for a stable order."""
    return (-item[1], item[0])


def _unique_entries(entries: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """(ozg_id, phrase, source) without repeats, the most trusted source first."""
    ordered = sorted(entries, key=lambda entry: SOURCE_RANK.get(entry[2], len(SOURCE_RANK)))
    seen: set[tuple[str, str]] = set()
    result = []
    for ozg, phrase, source in ordered:
        if phrase.strip() and (ozg, phrase.strip().lower()) not in seen:
            seen.add((ozg, phrase.strip().lower()))
            result.append((ozg, phrase.strip(), source))
    return result
