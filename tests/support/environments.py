"""Environments for CLI subprocesses: a database, a private var dir, and the local web's proxy."""

from __future__ import annotations

from pathlib import Path

from crawler.localweb.control import LocalWeb


def screening_env(database_url: str, var_dir: Path, web: LocalWeb, **settings: str) -> dict[str, str]:
    """Environment for a screening subprocess: its database, fast local crawling, the fixture proxy."""
    env = {
        "OZG_DATABASE_URL": database_url,
        "OZG_VAR_DIR": str(var_dir),
        "OZG_DOWNLOAD_DELAY": "0",
        "OZG_AUTOTHROTTLE": "false",
        "OZG_DOWNLOAD_TIMEOUT": "10",
        "OZG_RETRY_TIMES": "0",
        **web.proxy_env(),
    }
    env.update({f"OZG_{key.upper()}": value for key, value in settings.items()})
    return env
