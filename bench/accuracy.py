"""Precision and recall of recognised services, and maturity agreement, against the fixture sites' labels.

Usage: .venv/bin/python bench/accuracy.py [--render auto|never] [--verbose]
Prints one line per site and the totals; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

from _common import PROJECT_ROOT, bench_env, check_json

from crawler.localweb.control import local_web

SITE_FOLDERS = [PROJECT_ROOT / "tests" / "sites", PROJECT_ROOT / "data" / "demo" / "sites"]


@dataclass
class Score:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    same_level: int = 0
    false_ids: list[str] = field(default_factory=list)
    missed_ids: list[str] = field(default_factory=list)
    level_misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.true_positive += other.true_positive
        self.false_positive += other.false_positive
        self.false_negative += other.false_negative
        self.same_level += other.same_level

    def line(self) -> str:
        found = self.true_positive + self.false_positive
        labelled = self.true_positive + self.false_negative
        precision = self.true_positive / found if found else 0.0
        recall = self.true_positive / labelled if labelled else 0.0
        agreement = self.same_level / self.true_positive if self.true_positive else 0.0
        return (
            f"precision {precision:.2f} ({self.true_positive}/{found})  recall {recall:.2f} "
            f"({self.true_positive}/{labelled})  maturity agreement {agreement:.2f} "
            f"({self.same_level}/{self.true_positive})"
        )


def labelled_sites() -> list[tuple[Path, dict]]:
    return [
        (path.parent, json.loads(path.read_text(encoding="utf-8")))
        for folder in SITE_FOLDERS
        for path in sorted(folder.glob("*/_labels.json"))
    ]


def score_site(labels: dict, report: dict) -> Score:
    expected = {service["ozg_id"]: service["maturity"] for service in labels["services"]}
    found = {service["ozg_id"]: service["maturity"] for service in report["services"]}
    score = Score()
    for ozg_id, level in found.items():
        if ozg_id in expected:
            score.true_positive += 1
            score.same_level += expected[ozg_id] == level
            if expected[ozg_id] != level:
                score.level_misses.append(f"{ozg_id}: {level} statt {expected[ozg_id]}")
        else:
            score.false_positive += 1
            score.false_ids.append(ozg_id)
    score.missed_ids = sorted(set(expected) - set(found))
    score.false_negative = len(score.missed_ids)
    return score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--render", default="auto", choices=["auto", "always", "never"])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    total = Score()
    with local_web(SITE_FOLDERS) as web:
        env = bench_env(web.proxy_env())
        for folder, labels in labelled_sites():
            report = check_json(labels["start_url"], env, "--render", args.render)
            score = score_site(labels, report)
            total.add(score)
            print(f"{folder.name:40} {score.line()}")
            if args.verbose:
                print(f"    false: {score.false_ids}\n    missed: {score.missed_ids}\n    levels: {score.level_misses}")
    print(f"{'all sites':40} {total.line()}")


if __name__ == "__main__":
    main()
