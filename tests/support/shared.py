"""The reference data beside the project (`../shared/data`), which CI provides; OZG_SHARED_DATA overrides it."""

from __future__ import annotations

import os
from pathlib import Path

SHARED_DATA = Path(os.environ.get("OZG_SHARED_DATA") or Path(__file__).resolve().parents[3] / "shared" / "data")
HAMBURG_PAGES = SHARED_DATA / "pages" / "hamburg_service_md"
