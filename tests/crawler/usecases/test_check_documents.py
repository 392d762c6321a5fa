"""`check --json` documents of every fixture and holdout site, byte for byte against saved ones.

The saved documents were written before the code was restructured into layers; a change in recognition
shows here as a diff to read, and is saved again on purpose: `OZG_SAVE_CHECK_DOCUMENTS=1 make pytest`, then
read `git diff` before committing.
Crawls run one request at a time, so what the crawler meets first, and so every context, is the same each run.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.localweb.control import LocalWeb, local_web
from tests.support.cli import run_cli
from tests.support.environments import screening_env
from tests.support.paths import DEMO_SITES, FIXTURE_SITES, HOLDOUT_SITES, HOSTILE_SITES

SAVED = Path(__file__).with_name("check_documents")
# Later folders win where a host appears twice, as when the documents were saved.
SITE_FOLDERS = [FIXTURE_SITES, DEMO_SITES, HOSTILE_SITES, HOLDOUT_SITES]
VARYING = [
    (re.compile(r'"id": (\d+|null)'), '"id": null'),
    (re.compile(r'"(started_at|finished_at)": ("[^"]*"|null)'), r'"\1": null'),
    (re.compile(r'"duration_seconds": ([\d.]+|null)'), '"duration_seconds": null'),
]


@pytest.fixture(scope="module")
def all_sites_web() -> Iterator[LocalWeb]:
    with local_web(SITE_FOLDERS) as web:
        yield web


def without_varying_values(document: str) -> str:
    for pattern, replacement in VARYING:
        document = pattern.sub(replacement, document)
    return document


@pytest.mark.parametrize("saved", sorted(SAVED.glob("*.json")), ids=lambda path: path.stem)
def test_check_document_is_unchanged(
    saved: Path, loaded_sqlite_url: str, tmp_path: Path, all_sites_web: LocalWeb
) -> None:
    env = screening_env(loaded_sqlite_url, tmp_path, all_sites_web, concurrent_requests="1", concurrent_per_host="1")
    result = run_cli("check", f"http://{saved.stem}/", "--json", env=env)
    document = without_varying_values(result.stdout)
    if os.environ.get("OZG_SAVE_CHECK_DOCUMENTS"):
        saved.write_text(document, encoding="utf-8")
    assert document == saved.read_text(encoding="utf-8"), result.stderr[-2000:]
