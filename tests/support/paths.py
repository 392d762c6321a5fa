"""Where the project's own files are, for tests: the repository root, its data and the fixture websites."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = PROJECT_ROOT / "data"
CATALOG_DIR = DATA_DIR / "catalog"
PLATFORMS_FILE = DATA_DIR / "platforms.toml"
DEMO_SITES = DATA_DIR / "demo" / "sites"
# Every fixture website lives under one root, one folder per purpose.
SITES = PROJECT_ROOT / "tests" / "sites"
FIXTURE_SITES = SITES / "fixtures"
HOSTILE_SITES = SITES / "hostile"
HOLDOUT_SITES = SITES / "holdout"
PLATFORM_SITES = SITES / "platforms"
