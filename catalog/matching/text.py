"""German text normalisation for matching: folding, words, stopwords and stemming (Snowball via PyStemmer)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

import Stemmer

from catalog.matching.words import ABBREVIATIONS, STOPWORDS

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})
# "HundesteuerAntrag" -> two words; "BAföG", "eID" and "GewA1" stay whole.
_CAMEL = re.compile(r"(?<=[a-zäöüß]{3})(?=[A-ZÄÖÜ][a-zäöüß])")
# A word, keeping a trailing hyphen only when it is a suspended one ("An- und Abmeldung").
_WORD = re.compile(r"[^\W_]+(?:-(?=[\s,/)]|$))?")
# A hyphen that _WORD keeps at the end of a word.
_SUSPENDED = re.compile(r"[^\W_]-(?=[\s,/)]|$)")
# "B-Plan", "E-Mail", "i-Kfz": a single letter belongs to the word after its hyphen.
_LETTER_HYPHEN = re.compile(r"(?<![^\W\d_])([^\W\d_])-(?=[^\W\d_])")
# "gewerbsmäßig", "ordnungsgemäß": the adjective means its first part.
_ADJECTIVE_SUFFIX = re.compile(r"(?<=\w{4})(?:ge)?mass(?:ig)?(?:e|en|er|es|em)?$")
_TRAILING_DIGITS = re.compile(r"(?<=[a-z])\d+$")
_VOWELS = frozenset("aeiouy")
_SNOWBALL = Stemmer.Stemmer("german")
_DERIVED_ER = re.compile(r"erung(?:en|s)?$")
# -end with its inflections ("Arbeitsuchende", "Kalender"), which Snowball removes in region 2.
_END = re.compile(r"end(?:e|en|er|es|em|ern)?$")
# Umlauts written as ae/oe/ue are read as plain vowels so "Bäume" meets "Baum"; not after a vowel
# ("Steuer", "Bauer") and not "que".
_DEUMLAUT = re.compile(r"(?<![aeiouq])([aou])e")
_PARTICIPLE = re.compile(r"^(an|ab|auf|aus|ein|um|zu|zurueck|nach|vor|mit|fest|frei|weiter|)ge([a-z]{3,}?)(e?t)$")


def fold(text: str) -> str:
    """Lower case with umlauts as ae/oe/ue, ß as ss and other accents removed."""
    folded = text.lower().translate(_FOLD)
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@dataclass(frozen=True, slots=True)
class Word:
    """One folded word of a text; `suspended` marks "An-" in "An- und Abmeldung"."""

    text: str
    suspended: bool
    capitalised: bool


def _raw_words(text: str) -> list[str]:
    """Words as written, after joining "B-Plan" and splitting "HundesteuerAntrag"."""
    if "-" in text:
        text = _LETTER_HYPHEN.sub(r"\1", text)
    return _WORD.findall(_CAMEL.sub(" ", text))


def words(text: str) -> list[Word]:
    """The words of a text, folded, without numbers, with compound camel case split."""
    # No word spans whitespace, so the chunks between it are split (and cached) one by one.
    return list(chain.from_iterable(map(_chunk_words, text.split())))


@lru_cache(maxsize=100_000)
def _chunk_words(chunk: str) -> tuple[Word, ...]:
    """The words of a chunk of text without whitespace ("An-", "Hundesteuer.pdf")."""
    result: list[Word] = []
    for raw in _raw_words(chunk):
        folded = _fold_word(raw)
        if folded:
            result.append(Word(folded, raw[-1] == "-", raw[0].isupper()))
    return tuple(result)


def word_texts(text: str) -> list[str]:
    """Just the folded words of a text (the fast path when no hyphen is left hanging)."""
    return [folded for folded in map(_fold_word, _raw_words(text)) if folded]


def has_suspended_hyphen(text: str) -> bool:
    """True if a word ends in a hyphen, as in "An- und Abmeldung" (not "Gewerbe - Erlaubnis")."""
    if not ("- " in text or "-," in text or "-/" in text or text.endswith("-")):
        return False
    return _SUSPENDED.search(text) is not None


@lru_cache(maxsize=100_000)
def _fold_word(raw: str) -> str:
    """A folded word without a suspending hyphen or trailing digits; empty for numbers."""
    folded = fold(raw.rstrip("-"))
    if folded[-1:].isdigit():
        folded = _TRAILING_DIGITS.sub("", folded)
    return "" if folded.isdigit() else folded


def _mark_consonant_vowels(word: str) -> str:
    """Upper-case u and y between vowels, which Snowball treats as consonants."""
    chars = list(word)
    for index in range(1, len(chars) - 1):
        if chars[index] in "uy" and chars[index - 1] in _VOWELS and chars[index + 1] in _VOWELS:
            chars[index] = chars[index].upper()
    return "".join(chars)


def _region1(word: str) -> int:
    """Snowball's region 1: after the first non-vowel that follows a vowel, and at least 3 letters in."""
    for index in range(1, len(word)):
        if word[index] not in _VOWELS and word[index - 1] in _VOWELS:
            return max(index + 1, 3)
    return len(word)


def _derivational(stemmed: str, r1: int) -> str:
    """Derivational endings Snowball leaves because they are not in its region 2: Prüfung meets prüfen."""
    # Snowball removes -ung, -ig, -isch, -ik, -lich, -heit and -keit only in region 2, so short words
    # keep them ("pruefung", "zulassung"); here region 1 is enough (-end is put back by _kept_end).
    if stemmed.endswith("ung") and len(stemmed) - 3 >= r1:
        stemmed = stemmed[:-3]
        if stemmed.endswith("ig") and len(stemmed) - 2 >= r1 and not stemmed.endswith("eig"):
            stemmed = stemmed[:-2]
        return _without_er(stemmed, r1)
    for suffix in ("isch", "ig", "ik"):
        if stemmed.endswith(suffix) and len(stemmed) - len(suffix) >= r1 and stemmed[-len(suffix) - 1] != "e":
            return stemmed[: -len(suffix)]
    for suffix in ("lich", "heit", "keit"):
        if stemmed.endswith(suffix) and len(stemmed) - len(suffix) >= r1:
            stemmed = stemmed[: -len(suffix)]
            for inner in ("er", "en", "lich", "ig"):
                if stemmed.endswith(inner) and len(stemmed) - len(inner) >= r1:
                    return stemmed[: -len(inner)]
            return stemmed
    return stemmed


def _without_er(stemmed: str, r1: int) -> str:
    """Förderung meets fördern: Snowball takes -ern from the verb, so -er goes before a removed -ung."""
    return stemmed[:-2] if stemmed.endswith("er") and len(stemmed) - 2 >= r1 else stemmed


def _kept_end(stemmed: str, word: str) -> str:
    """-end put back where Snowball took it: "arbeitsuchend" is no "arbeit|such", "sitzungskalend" no "kal"."""
    if _END.search(word) and not stemmed.endswith("end") and word.startswith(stemmed + "end"):
        return stemmed + "end"
    return stemmed


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """German stem of a folded word: anmelden/Anmeldung -> anmeld, Bäume/Baum -> baum."""
    # The project's own pre-steps: umlauts written as ae/oe/ue, and -mäßig adjectives, which mean their first part.
    word = _ADJECTIVE_SUFFIX.sub("", _DEUMLAUT.sub(r"\1", word)) or word
    if len(word) <= 3:
        return word
    # Snowball's German stemmer (PyStemmer, in C), then the derivational endings it leaves in short words.
    r1 = _region1(_mark_consonant_vowels(word))
    stemmed = _mark_consonant_vowels(_kept_end(_SNOWBALL.stemWord(word), word))
    if _DERIVED_ER.search(word) and not stemmed.endswith("ung"):  # Snowball took -ung from "foerderung"
        stemmed = _without_er(stemmed, r1)
    return _derivational(stemmed, r1).lower()


def participle_stem(word: str) -> str | None:
    """Stem of the infinitive behind a participle: angemeldet -> anmeld, beantragt -> beantrag."""
    match = _PARTICIPLE.match(word)
    if match:
        return stem(match.group(1) + match.group(2) + "en")
    if word.endswith("t") and len(word) > 5:
        return stem(word[:-2] + "en" if word.endswith("et") else word[:-1] + "en")
    return None


def expand_abbreviation(word: str) -> str:
    """The written-out form of a known abbreviation (kfz -> kraftfahrzeug), else the word."""
    return ABBREVIATIONS.get(word, word)


def is_stopword(word: str) -> bool:
    """True for function words and file or URL noise."""
    return word in STOPWORDS or len(word) < 2


def stems_of(text: str) -> list[str]:
    """Stems of the content words of a text, without compound splitting (for building vocabularies)."""
    result: list[str] = []
    for word in words(text):
        for part in expand_abbreviation(word.text).split():
            if not is_stopword(part):
                result.append(stem(part))
    return result
