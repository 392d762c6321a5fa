"""Typos on the command line: a short usage message and exit code 2; unexpected errors: one line, or --verbose."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.cli import run_cli
from tests.support.paths import PROJECT_ROOT


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["exportieren"], "No such command 'exportieren'", id="unknown-command"),
        pytest.param(["check", "https://www.bothel.de", "--bogus"], "No such option: --bogus", id="unknown-option"),
        pytest.param(["check"], "Missing argument", id="missing-argument"),
        pytest.param(["check", "https://www.bothel.de", "--render", "sometimes"], "'--render'", id="bad-choice"),
        pytest.param(["check", "https://www.bothel.de", "--max-pages", "zwei"], "'--max-pages'", id="bad-number"),
        pytest.param(["check", "https://www.bothel.de", "--max-pages", "0"], "'--max-pages'", id="bad-int-range"),
        pytest.param(["municipalities", "bogus"], "No such command 'bogus'", id="unknown-subcommand"),
    ],
)
def test_usage_errors_are_short(tmp_path: Path, args: list[str], message: str) -> None:
    result = run_cli(*args, env={"OZG_VAR_DIR": str(tmp_path / "var")})
    assert result.code == 2, result.stderr
    assert "Usage" in result.stderr and message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "var").exists(), "a usage error must stop before any command runs"


# A failure no handler expects: `db upgrade` whose engine cannot be made.
UNEXPECTED_FAILURE = """
import sys
import cli
from cli import context

def broken_engine(**options):
    raise RuntimeError("engine exploded\\nsecond line")

context.engine = broken_engine
sys.argv = ["ozg-screen", *sys.argv[1:]]
cli.main()
"""


def _run_failing(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", UNEXPECTED_FAILURE, *args],
        env={"PATH": "/usr/bin:/bin", "OZG_VAR_DIR": str(tmp_path / "var")},
        capture_output=True,
        text=True,
        timeout=120,
        cwd=PROJECT_ROOT,
    )


def test_unexpected_error_is_one_line_without_verbose(tmp_path: Path) -> None:
    result = _run_failing(tmp_path, "db", "upgrade")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "ozg-screen: internal error: RuntimeError: engine exploded (run with --verbose for details)"
    ]


def test_unexpected_error_shows_the_traceback_with_verbose(tmp_path: Path) -> None:
    result = _run_failing(tmp_path, "--verbose", "db", "upgrade")
    assert result.returncode == 1
    assert "Traceback" in result.stderr and "RuntimeError: engine exploded" in result.stderr
