"""The import-linter contracts of `make lint` have teeth: an upward import in a copy of the tree breaks them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.support.paths import PROJECT_ROOT

LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
PACKAGES = ("cli", "api", "crawler", "catalog")
CONTRACT_NAMES = {
    contract["id"]: contract["name"]
    for contract in tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "importlinter"
    ]["contracts"]
}


def _copy_tree(target: Path) -> Path:
    """The four root packages and pyproject.toml, copied into target."""
    for package in PACKAGES:
        shutil.copytree(PROJECT_ROOT / package, target / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT_ROOT / "pyproject.toml", target / "pyproject.toml")
    return target


def _lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    # The copy comes first on the path, so the linter reads it and not the installed project.
    env = {**os.environ, "PYTHONPATH": str(tree), "COLUMNS": "250"}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-logo", "--no-cache", str(tree / "pyproject.toml")],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_tree_keeps_every_contract(tmp_path: Path) -> None:
    result = _lint_imports(_copy_tree(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(CONTRACT_NAMES)} kept, 0 broken." in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("catalog/settings.py", "import cli", "top-layers"),
        ("catalog/database/engine.py", "from crawler.usecases import check", "top-layers"),
        ("api/app.py", "import crawler.usecases.check", "api-never-crawls"),
        ("catalog/database/models.py", "import catalog.results.runs", "catalog-layers"),
        ("catalog/urls.py", "from catalog.reference import registry", "catalog-layers"),
        ("crawler/components/spider.py", "import crawler.usecases.check", "crawler-layers"),
        ("crawler/localweb/__init__.py", "import crawler.components.spider", "localweb-apart"),
        ("catalog/vocabulary.py", "import fastapi", "catalog-no-frameworks"),
    ],
)
def test_an_upward_import_breaks_its_contract(tmp_path: Path, module: str, line: str, contract: str) -> None:
    tree = _copy_tree(tmp_path)
    with (tree / module).open("a", encoding="utf-8") as handle:
        handle.write(f"\n{line}  # an import against the layers\n")
    result = _lint_imports(tree)
    assert result.returncode != 0
    assert f"{CONTRACT_NAMES[contract]} BROKEN" in result.stdout, result.stdout
