"""Which module holds each command: only the invoked command's module is imported, all of them for help."""

from __future__ import annotations

from collections.abc import Sequence
from importlib import import_module

import typer

# Command groups (Typer sub-apps named `app`), then single commands, in the order `--help` lists them.
GROUPS = {
    "db": "db_commands",
    "catalog": "catalog_commands",
    "municipalities": "municipality_commands",
    "apikey": "apikey_command",
    "review": "review_commands",
    "registered": "registered_commands",
}
COMMANDS = {
    "check": ("screening_commands", "check"),
    "rescore": ("screening_commands", "rescore"),
    "run": ("run_commands", "run"),
    "runs": ("run_commands", "runs"),
    "diff": ("run_commands", "diff"),
    "schedule": ("run_commands", "schedule"),
    "serve": ("run_commands", "serve"),
    "demo": ("demo_command", "demo"),
    "worker": ("worker_command", "worker"),
    "export": ("export_command", "export"),
    "report": ("report_command", "report"),
    "jobs-worker": ("jobs_command", "jobs_worker"),
}


def register(app: typer.Typer, args: Sequence[str]) -> None:
    """Adds the command the arguments name to the app, or every command (help, a typo, no command)."""
    # The only global option (--verbose/-v) takes no value, so the first word not starting with "-" is the command.
    named = next((arg for arg in args if not arg.startswith("-")), None)
    if named in GROUPS:
        _add_group(app, named)
    elif named in COMMANDS:
        _add_command(app, named)
    else:
        for group in GROUPS:
            _add_group(app, group)
        for command in COMMANDS:
            _add_command(app, command)


def _add_group(app: typer.Typer, name: str) -> None:
    app.add_typer(import_module(f"cli.{GROUPS[name]}").app, name=name)


def _add_command(app: typer.Typer, name: str) -> None:
    module, function = COMMANDS[name]
    app.command(name)(getattr(import_module(f"cli.{module}"), function))
