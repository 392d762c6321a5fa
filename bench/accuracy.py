"""Precision and recall of recognised services, and maturity agreement, against the fixture sites' labels.

Usage: .venv/bin/python bench/accuracy.py [--render auto|never] [--verbose] [--state N] [--holdout] [--platforms]
Prints one line per site and the totals; with --state N also the totals over N generated sites (one statewide
run, scored against what a polite crawler can see there); with --holdout also the sites in tests/sites/holdout,
written without looking at the recognition code, scored on their own; with --platforms also the blind sites in
tests/sites/platforms, with one line per platform family (the labels' "family"). Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

from _common import PROJECT_ROOT, bench_env, check_json

from crawler.localweb.control import local_web

SITE_FOLDERS = [PROJECT_ROOT / "tests" / "sites" / "fixtures", PROJECT_ROOT / "data" / "demo" / "sites"]
HOLDOUT_FOLDER = PROJECT_ROOT / "tests" / "sites" / "holdout"
PLATFORMS_FOLDER = PROJECT_ROOT / "tests" / "sites" / "platforms"


@dataclass
class Score:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    same_level: int = 0
    owner_labelled: int = 0  # found services whose label says who provides them (self, samtgemeinde, landkreis)
    same_owner: int = 0
    false_ids: list[str] = field(default_factory=list)
    missed_ids: list[str] = field(default_factory=list)
    level_misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.true_positive += other.true_positive
        self.false_positive += other.false_positive
        self.false_negative += other.false_negative
        self.same_level += other.same_level
        self.owner_labelled += other.owner_labelled
        self.same_owner += other.same_owner

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
        ) + (f"  attribution {self.same_owner / self.owner_labelled:.2f}" if self.owner_labelled else "")


def labelled_sites(folders: list[Path]) -> list[tuple[Path, dict]]:
    return [
        (path.parent, json.loads(path.read_text(encoding="utf-8")))
        for folder in folders
        for path in sorted(folder.glob("*/_labels.json"))
    ]


def score_site(labels: dict, report: dict) -> Score:
    expected = {service["ozg_id"]: service["maturity"] for service in labels["services"]}
    found = {service["ozg_id"]: service["maturity"] for service in report["services"]}
    score = Score()
    owners = {service["ozg_id"]: service["provided_by"] for service in labels["services"] if "provided_by" in service}
    for service in report["services"]:
        if service["ozg_id"] in owners:
            score.owner_labelled += 1
            score.same_owner += owners[service["ozg_id"]] == service.get("provided_by", "self")
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


def score_state(size: int, render: str) -> Score:
    """One `ozg-screen run` over a generated state, scored per site against its ground truth."""
    import sqlite3
    import subprocess
    import tempfile

    from _common import OZG_SCREEN, import_websites

    from tests.support.statewide.generator import generate_state, load_municipalities, visible_services

    total = Score()
    with tempfile.TemporaryDirectory(prefix="state-") as temp:
        sites = generate_state(Path(temp), load_municipalities(size, seed=3), seed=3)
        with local_web([Path(temp)]) as web:
            env = bench_env({**web.proxy_env(), "OZG_DOWNLOAD_TIMEOUT": "5", "OZG_RENDER": render})
            import_websites(env, sites)
            subprocess.run([OZG_SCREEN, "run", "--concurrency", "16"], env=env, capture_output=True, check=False)
            with sqlite3.connect(Path(env["OZG_VAR_DIR"]) / "ozg.sqlite3") as connection:
                rows = connection.execute(
                    "select s.municipality_ars, r.ozg_id, r.maturity from result r "
                    "join screening s on s.id = r.screening_id"
                ).fetchall()
    found: dict[str, dict[str, int]] = {}
    for ars, ozg_id, maturity in rows:
        found.setdefault(ars, {})[ozg_id] = maturity
    for site in sites:
        truth = visible_services(site, browser=render != "never")
        labels = {"services": [{"ozg_id": key, "maturity": level} for key, level in truth.items()]}
        report = {
            "services": [
                {"ozg_id": key, "maturity": level} for key, level in found.get(site.municipality.ars, {}).items()
            ]
        }
        total.add(score_site(labels, report))
    return total


def print_site(name: str, score: Score, verbose: bool) -> None:
    print(f"{name:40} {score.line()}")
    if verbose:
        print(f"    false: {score.false_ids}\n    missed: {score.missed_ids}\n    levels: {score.level_misses}")


def score_group(label: str, folders: list[Path], env: dict[str, str], args: argparse.Namespace) -> None:
    """One line per site, one per platform family (when the labels name one) and the group's total."""
    total, by_family = Score(), dict[str, Score]()
    for folder, labels in labelled_sites(folders):
        score = score_site(labels, check_json(labels["start_url"], env, "--render", args.render))
        total.add(score)
        if labels.get("family"):
            by_family.setdefault(labels["family"], Score()).add(score)
        print_site(folder.name, score, args.verbose)
    for family, score in sorted(by_family.items()):
        print(f"{'  family ' + family:40} {score.line()}")
    print(f"{label:40} {total.line()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--render", default="auto", choices=["auto", "always", "never"])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--state", type=int, default=0, help="also score a generated state of N sites")
    parser.add_argument("--holdout", action="store_true", help="also score the holdout sites in tests/sites/holdout")
    parser.add_argument("--platforms", action="store_true", help="also score the platform sites, per family")
    parser.add_argument("--only", choices=["fixtures", "holdout", "platforms"], help="score only this group")
    args = parser.parse_args()
    groups = [("all sites", SITE_FOLDERS)] * (args.only in (None, "fixtures"))
    groups += [("holdout sites", [HOLDOUT_FOLDER])] * (args.holdout or args.only == "holdout")
    groups += [("platform sites", [PLATFORMS_FOLDER])] * (args.platforms or args.only == "platforms")
    for label, folders in groups:
        # One web per group: the platform sites carry their own service.niedersachsen.de, ni.zfinder.de ...
        with local_web(folders if label != "holdout sites" else [*SITE_FOLDERS, *folders]) as web:
            score_group(label, folders, bench_env(web.proxy_env()), args)
    if args.state:
        print(f"{f'generated state of {args.state}':40} {score_state(args.state, args.render).line()}")


if __name__ == "__main__":
    main()
