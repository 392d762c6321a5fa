"""Compound splitting against a vocabulary, and the Analyzer that turns texts into atoms."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain

from catalog.matching.memo import Memo
from catalog.matching.text import (
    Word,
    expand_abbreviation,
    has_suspended_hyphen,
    is_stopword,
    participle_stem,
    stem,
    word_texts,
    words,
)
from catalog.matching.words import STOPWORDS

# What may sit between two parts of a compound: a derivational ending the stemmer strips from the
# last part only ("Zulassung-s-bescheinigung") followed by a linking element ("Hund-e-steuer").
_DERIVATIONS = ("", "ung", "igung", "ig", "ik", "isch", "lich", "heit", "keit")
_LINKS = ("", "s", "es", "e", "en", "n", "er", "ens", "ns", "nen")
CONNECTORS: frozenset[str] = frozenset(d + link for d in _DERIVATIONS for link in _LINKS)
_MAX_CONNECTOR = max(len(c) for c in CONNECTORS)
MIN_PART = 3
# Parts learnt from a compound whose other part is known must be longer, as they are guesses.
_MIN_INDUCED = 4
_VERB_PREFIXES = (
    *("ueber", "unter", "nach", "auf", "aus", "ein", "ver", "ent", "zer", "mit", "vor"),
    *("ab", "an", "um", "zu", "be"),
)
# "aner" (from "an|er|kennung") is no word of its own.
_PREFIX_GROUP = "|".join(_VERB_PREFIXES)
_PREFIXES_ONLY = re.compile(rf"^(?:{_PREFIX_GROUP}|er|ge)+$")


class Vocabulary:
    """A set of stems that can list the ones starting at a position of a text."""

    def __init__(self, stems: Iterable[str]) -> None:
        self.stems = frozenset(s for s in stems if len(s) >= MIN_PART)
        self._short = frozenset(s for s in self.stems if len(s) == MIN_PART)
        by_prefix: dict[str, list[str]] = {}
        for item in self.stems - self._short:
            by_prefix.setdefault(item[: MIN_PART + 1], []).append(item)
        self._by_prefix = {key: tuple(group) for key, group in by_prefix.items()}
        # The first letters of every stem: most positions of a word start none.
        self.heads = frozenset(item[:MIN_PART] for item in self.stems)

    def __contains__(self, item: object) -> bool:
        return item in self.stems

    def ends_at(self, text: str, start: int) -> list[int]:
        """End positions of the stems that occur in `text` at `start`."""
        ends = [start + MIN_PART] if text[start : start + MIN_PART] in self._short else []
        for item in self._by_prefix.get(text[start : start + MIN_PART + 1], ()):
            if text.startswith(item, start):
                ends.append(start + len(item))
        return ends


def segment(text: str, vocabulary: Vocabulary, *, whole: bool = True) -> tuple[str, ...] | None:
    """Best split of a stem into vocabulary stems and connectors (longest parts win), or None."""
    size = len(text)
    best: list[tuple[int, tuple[str, ...]] | None] = [None] * (size + 1)
    best[size] = (0, ())
    heads = vocabulary.heads
    for start in range(size - MIN_PART, -1, -1):
        if text[start : start + MIN_PART] not in heads:
            continue
        for end in vocabulary.ends_at(text, start):
            if whole or start or end != size:
                _extend(best, text, start, end)
    found = best[0]
    return found[1] if found else None


def _extend(best: list[tuple[int, tuple[str, ...]] | None], text: str, start: int, end: int) -> None:
    """Try the part text[start:end] followed by a connector and a known best tail."""
    part = text[start:end]
    size = len(text)
    for nxt in range(end, min(size, end + _MAX_CONNECTOR) + 1):
        tail = best[nxt]
        if tail is None or (nxt > end and (nxt == size or text[end:nxt] not in CONNECTORS)):
            continue
        score = tail[0] + len(part) ** 2
        current = best[start]
        if current is None or score > current[0]:
            best[start] = (score, (part, *tail[1]))


def atomic_vocabulary(stems: Iterable[str], forced: Iterable[str] = ()) -> frozenset[str]:
    """Stems that are not compounds of other stems, plus the `forced` ones."""
    known = {s for s in stems if len(s) >= MIN_PART and s not in STOPWORDS} | set(forced)
    unsplit = known
    for _ in range(3):
        vocabulary = Vocabulary(known)
        unsplit = {word for word in unsplit if not segment(word, vocabulary, whole=False)}
        induced = _induced_parts(unsplit, vocabulary) - known
        if not induced:
            break
        known |= induced
        unsplit |= induced
    return frozenset(unsplit | set(forced))


def _inside_letter_group(word: str, cut: int) -> bool:
    """True if a cut would tear "ch", "ck" or "sch" apart ("wirtsc|haft")."""
    return word[cut - 1 : cut + 1] in ("ch", "ck") or word[cut - 1 : cut + 2] == "sch"


def _without_verb_prefix(head: str) -> str:
    """A first part without the verb prefix that belongs to the rest ("statusab|frage")."""
    for prefix in _VERB_PREFIXES:
        if head.endswith(prefix) and len(head) - len(prefix) >= _MIN_INDUCED:
            return head[: -len(prefix)]
    return head


def _induced_parts(unsplit: Iterable[str], vocabulary: Vocabulary) -> set[str]:
    """Unknown first parts of compounds ending in a known word ("bewohner" from "Bewohnerparkausweis")."""
    induced: set[str] = set()
    for word in unsplit:
        # German compounds end in their head word, so the longest known ending is the head.
        for cut in range(1, len(word) - _MIN_INDUCED + 1):
            if word[cut:] not in vocabulary or _inside_letter_group(word, cut):
                continue
            if cut >= _MIN_INDUCED:  # not "beur|kund" when it is "be|urkund"
                head = _without_verb_prefix(word[:cut])
                induced.add(stem(head))
                if len(head) < cut:  # "statusab|frag": the prefix starts the second part, "abfrag"
                    induced.add(word[len(head) :])
            break
    return {
        part
        for part in induced
        if len(part) >= _MIN_INDUCED and part not in STOPWORDS and not _PREFIXES_ONLY.match(part)
    }


class Analyzer:
    """Turns texts into atoms: stems of content words, compounds split against a vocabulary."""

    def __init__(self, atoms: Iterable[str]) -> None:
        self.atoms = frozenset(atoms)
        self._vocabulary = Vocabulary(self.atoms)
        self._add_caches()

    def __getstate__(self) -> dict[str, object]:
        """Atoms and vocabulary only: the caches are rebuilt empty (a saved index, `saved_index.py`)."""
        return {"atoms": self.atoms, "_vocabulary": self._vocabulary}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._add_caches()

    def _add_caches(self) -> None:
        """Per-word caches: menus and footers repeat the same words on every page."""
        self.word_atoms = lru_cache(maxsize=200_000)(self._word_atoms)
        self.text_word_atoms = lru_cache(maxsize=200_000)(self._text_word_atoms)
        self.chunk_atoms = lru_cache(maxsize=200_000)(self._chunk_atoms)
        self._cached_head_of = lru_cache(maxsize=50_000)(self.head_of)
        # The atoms of each chunk in one flat tuple: analyze() reads one per chunk of every text it sees.
        self._chunk_flat_atoms: Memo[str, tuple[str, ...]] = Memo(self._flat_chunk_atoms, 200_000)

    def knows(self, stem_text: str) -> bool:
        """True if a stem is an atom or splits completely into atoms."""
        return stem_text in self.atoms or self.split(stem_text) is not None

    def split(self, stem_text: str) -> tuple[str, ...] | None:
        """The atoms of a compound stem, or None if it does not split completely."""
        if len(stem_text) < 2 * MIN_PART:
            return None
        return segment(stem_text, self._vocabulary)

    def _word_atoms(self, word: str) -> tuple[str, ...]:
        """Atoms of one folded content word; unknown words stay as their stem."""
        base = stem(word)
        if base in self.atoms:
            return (base,)
        parts = self.split(base)
        if parts:
            return parts
        alternative = participle_stem(word)
        if alternative and self.knows(alternative):
            return self.split(alternative) or (alternative,)
        return self._partial_split(base) or (base,)

    def _partial_split(self, base: str) -> tuple[str, ...] | None:
        """A known head or tail of an otherwise unknown compound ("Welpen|anmeldung")."""
        for cut in range(_MIN_INDUCED, len(base) - _MIN_INDUCED + 1):
            tail = self.split(base[cut:]) or ((base[cut:],) if base[cut:] in self.atoms else None)
            if tail:
                return (stem(base[:cut]), *tail)
        for cut in range(len(base) - _MIN_INDUCED, _MIN_INDUCED - 1, -1):
            head = base[:cut]
            if head in self.atoms:
                return (head, stem(base[cut:]))
        return None

    def head_of(self, word: str) -> str | None:
        """Last constituent of a word, used to complete a suspended "An-" from "Abmeldung"."""
        base = stem(word)
        parts = self.split(base)
        if parts and len(parts) > 1:
            return parts[-1]
        for cut in range(1, len(base) - 3):
            if base[cut:] in self.atoms:
                return base[cut:]
        return None

    def modifier_of(self, word: str) -> str | None:
        """A word without its last constituent: "meldebescheinigung" -> "melde"."""
        parts = self.split(stem(word))
        if parts and len(parts) > 1 and word.rfind(parts[-1]) > 0:
            return word[: word.rfind(parts[-1])]
        for cut in range(MIN_PART, len(word) - 3):
            if self.knows(stem(word[cut:])):
                return word[:cut]
        return None

    def analyze(self, text: str) -> tuple[str, ...]:
        """Distinct atoms of a text in order of appearance."""
        if has_suspended_hyphen(text):
            return tuple(dict.fromkeys(chain.from_iterable(self.analyze_words(text))))
        # No word spans whitespace (as in analyze_words): one memo lookup per chunk.
        return tuple(dict.fromkeys(chain.from_iterable(map(self._chunk_flat_atoms.__getitem__, text.split()))))

    def analyze_words(self, text: str) -> tuple[tuple[str, ...], ...]:
        """The atoms of each content word of a text ("Hundeanmeldung" -> (hund, anmeld))."""
        if has_suspended_hyphen(text):  # "An- und Abmeldung": words complete each other
            folded = self._completed_words(words(text))
            return tuple(atoms for atoms in map(self.text_word_atoms, folded) if atoms)
        # No word spans whitespace, so the chunks between it are analysed (and cached) one by one.
        return tuple(chain.from_iterable(map(self.chunk_atoms, text.split())))

    def _chunk_atoms(self, chunk: str) -> tuple[tuple[str, ...], ...]:
        """The atoms of each content word of a chunk of text without whitespace ("Antrag_Hundesteuer.pdf")."""
        return tuple(atoms for atoms in map(self.text_word_atoms, word_texts(chunk)) if atoms)

    def _flat_chunk_atoms(self, chunk: str) -> tuple[str, ...]:
        """The atoms of a chunk of text without whitespace, words run together."""
        return tuple(chain.from_iterable(self.chunk_atoms(chunk)))

    def _text_word_atoms(self, word: str) -> tuple[str, ...]:
        """Atoms of a folded word of a text: abbreviations written out, stopwords dropped."""
        result: list[str] = []
        for part in expand_abbreviation(word).split():
            if not is_stopword(part):
                result.extend(self.word_atoms(part))
        return tuple(result)

    def _completed_words(self, items: list[Word]) -> list[str]:
        """Folded words with suspended hyphens completed: "An- und Abmeldung" -> anmeld, abmeldung."""
        lower_case = not any(item.capitalised for item in items)
        result: list[str] = []
        for index, item in enumerate(items):
            completion = None
            if item.suspended:
                rest = items[index + 1 :]
                following = next((w for w in rest if not w.suspended and not is_stopword(w.text)), None)
                if following and (following.capitalised or lower_case):
                    completion = self._cached_head_of(following.text)
            result.append(item.text + completion if completion else item.text)
        return result
