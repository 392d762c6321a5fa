"""`ozg-screen db`: schema migrations."""

from __future__ import annotations

import typer

from catalog.database.engine import current_revision, head_revision, safe_url, upgrade_schema
from cli import context, output

app = typer.Typer(help="Database schema.", no_args_is_help=True)


@app.command()
def upgrade() -> None:
    """Create or migrate the database schema to the newest revision."""
    engine = context.engine(require_schema=False)
    before, after = upgrade_schema(engine)
    if before == after:
        output.line(f"{safe_url(engine)}: schema already at {after}")
    else:
        output.line(f"{safe_url(engine)}: schema migrated from {before or 'empty'} to {after}")


@app.command()
def status() -> None:
    """Show the database URL and whether its schema is current."""
    engine = context.engine(require_schema=False)
    current, head = current_revision(engine), head_revision()
    state = "current" if current == head else "behind: run `ozg-screen db upgrade`"
    output.line(f"{safe_url(engine)}: schema {current or 'empty'} (code needs {head}) – {state}")
