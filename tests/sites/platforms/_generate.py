"""Writes the platform fixture sites (one folder per host) and their _labels.json: `python _generate.py`.

The folders next to this script are generated; edit the modules in _gen/ and run this again.
"""

from __future__ import annotations

import importlib
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

from _gen.common import World  # noqa: E402

SITES = [
    "brakenfeld",
    "hollerbrook",
    "wittkamp",
    "geestmoor",
    "rehwinkel",
    "tennhagen",
    "weidenstedt",
    "luetjenbrok",
    "eschwarden",
    "sandelfeld",
]


def main() -> None:
    world = World()
    for name in SITES:
        importlib.import_module(f"_gen.{name}").build(world)
    for folder in HERE.iterdir():
        if folder.is_dir() and "." in folder.name and not folder.name.startswith(("_", ".")):
            shutil.rmtree(folder)
    for host in world.hosts.values():
        host.write(HERE)
    for host_name, label in world.labels.items():
        text = json.dumps(label, indent=2, ensure_ascii=False) + "\n"
        (HERE / host_name / "_labels.json").write_text(text, encoding="utf-8")
    pages = sum(len(host.files) for host in world.hosts.values())
    print(f"{len(world.hosts)} hosts, {pages} files, {len(world.labels)} labelled sites")


if __name__ == "__main__":
    main()
