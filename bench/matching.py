"""Benchmark of the text matcher: link texts matched per second against the full catalog.

Usage: .venv/bin/python bench/matching.py [--rounds N]
Prints figures only (CPU time of this process, best of --rounds); it never asserts timings.

"Cold" lines: the matcher's text caches (texts, atoms, contexts) are emptied before each run, its word
caches stay warm; the first-pass line is the only one where every word is new.

Measured 3 December 2026 on the shared 2-core machine (another engineer was benchmarking on it, so single
figures move by about 10 % between runs), the branch point (3fe6183) and branch `match2` side by side,
alternating, best of 6 runs with --rounds 5 each: website texts, all 47,086 -> 55,225/s (single runs
44,733-47,086 -> 49,114-55,225); 1-3 words 80,786 -> 92,054/s; 4-6 words 50,538 -> 57,719/s; 7+ words
29,408 -> 32,914/s; with a page title as context 42,750 -> 47,960/s; service names, PDF names and URLs
56,359 -> 60,799/s; repeated texts 1,152,295 -> 1,347,818/s; first pass 43,661 -> 48,901/s. Valgrind
instructions per cold website text, which the load does not move: 212,100 -> 189,300 (-11 %). Matches of
every bench text with four contexts, and bench/accuracy.py --holdout, unchanged. Where the rest goes: the
scorer is a little over half of the instructions per text (mostly the per-phrase gates in `_candidates` and
the postings search in `_found`); regular expressions in text preparation are about an eighth; the rest is
spread over analysis, caches and building results.
"""

from __future__ import annotations

import argparse
import csv
import re
import time
from collections.abc import Callable
from pathlib import Path

from catalog.matching.matcher import Matcher

ROOT = Path(__file__).resolve().parents[1]
CATALOG = ROOT / "data" / "catalog"
PAGES = Path("/work/shared/data/pages/hamburg_service_md")
NAVIGATION = [
    "Aktuelles",
    "Impressum",
    "Datenschutz",
    "Sitzungskalender",
    "Kontaktformular",
    "Startseite",
    "mehr",
    "weiterlesen",
    "Termin vereinbaren",
    "Veranstaltungskalender",
    "Stellenausschreibung",
    "Online beantragen",
    "Antrag (PDF)",
    "Formular herunterladen",
    "zum Online-Dienst",
]
DECORATIONS = ["{}", "{} (PDF, 120 KB)", "{} online beantragen", "Antrag_{}.pdf", "/buergerservice/{}.html"]


def page_texts() -> list[str]:
    """Link texts, headings and short list items of the Hamburg service pages, if present."""
    texts: list[str] = []
    for path in sorted(PAGES.rglob("*.md")) if PAGES.is_dir() else []:
        content = path.read_text(encoding="utf-8")
        texts += re.findall(r"\[([^\]\n]{2,100})\]\(", content)
        for line in content.splitlines():
            if line.startswith("#") or (line.startswith("* ") and len(line) < 90):
                texts.append(line.lstrip("#* ").strip())
    return list(dict.fromkeys(text for text in texts if text))


def service_texts() -> list[str]:
    """Synonyms and short LeiKa names dressed up as link texts, PDF names and URLs."""
    names: list[str] = []
    for file, column in (("synonyms.csv", "phrase"), ("leika_leistungen.csv", "name")):
        if (CATALOG / file).is_file():
            with (CATALOG / file).open(encoding="utf-8") as handle:
                names += [row[column] for row in csv.DictReader(handle) if len(row[column]) <= 60]
    texts = []
    for name in names:
        slug = re.sub(r"\W+", "-", name.lower()).strip("-")
        texts += [pattern.format(slug if pattern.startswith("/") else name) for pattern in DECORATIONS]
    return list(dict.fromkeys(texts))


def by_length(texts: list[str]) -> dict[str, list[str]]:
    """Texts grouped by their number of words."""
    groups: dict[str, list[str]] = {"1-3 words": [], "4-6 words": [], "7+ words": []}
    for text in texts:
        count = len(text.split())
        groups["1-3 words" if count <= 3 else "4-6 words" if count <= 6 else "7+ words"].append(text)
    return groups


def timed(label: str, texts: list[str], run: Callable[[], None], rounds: int) -> None:
    """Best CPU time of `rounds` runs over the texts, printed as a rate."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    rate = len(texts) / best if best else float("inf")
    print(f"{label:<48} {len(texts):>7} texts  {best * 1e6 / max(len(texts), 1):7.1f} us/text  {rate:>9,.0f}/s")


def cold(matcher: Matcher, texts: list[str], context: str = "") -> Callable[[], None]:
    """A run over texts with the matcher's text caches emptied first (word caches stay warm)."""

    def run() -> None:
        matcher.clear_caches()
        for text in texts:
            matcher.match(text, context)

    return run


def warm(matcher: Matcher, texts: list[str]) -> Callable[[], None]:
    """A run over texts the matcher has seen before (navigation repeated on every page)."""

    def run() -> None:
        for text in texts:
            matcher.match(text)

    return run


def main() -> None:
    """Build the matcher, then time matching of website texts, service names and repeats."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="runs per figure; the best is printed")
    args = parser.parse_args()
    start = time.process_time()
    matcher = Matcher.from_files(CATALOG)
    built = time.process_time() - start
    print(f"catalog index built in {built:.2f} s CPU, {len(matcher.index.phrases)} phrases")
    website, services = page_texts() + NAVIGATION, service_texts()
    start = time.process_time()
    for text in website + services:  # first sight of every word: stems and compound splits
        matcher.match(text)
    rate = len(website + services) / (time.process_time() - start)
    print(f"first pass over all texts, every cache cold: {rate:,.0f} texts/s")
    for label, group in by_length(website).items():
        timed(f"website texts, {label}", group, cold(matcher, group), args.rounds)
    timed("website texts, all", website, cold(matcher, website), args.rounds)
    timed(
        "website texts with a page title as context",
        website,
        cold(matcher, website, "Hundesteuer"),
        args.rounds,
    )
    timed("service names, PDF names and URLs", services, cold(matcher, services), args.rounds)
    timed("repeated website texts (text cache hits)", website, warm(matcher, website), args.rounds)
    found = sum(1 for text in website if matcher.match(text))
    print(f"{found} of {len(website)} website texts matched an OZG-Leistung")


if __name__ == "__main__":
    main()
