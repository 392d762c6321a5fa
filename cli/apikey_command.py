"""`ozg-screen apikey create NAME | list | revoke NAME`: keys for the REST API's write routes."""

from __future__ import annotations

from datetime import datetime

import typer

from cli import context, output

app = typer.Typer(help="Keys for the REST API's write routes (X-API-Key).", no_args_is_help=True)


@app.command()
def create(name: str = typer.Argument(..., help="A name for who uses the key, e.g. 'statistik-team'.")) -> None:
    """Create a key; it is shown once on stdout and stored only as a hash."""
    from catalog.access.api_keys import create_key
    from catalog.database.engine import transaction

    with transaction(context.sessions()) as session:
        secret = create_key(session, name)
    output.line(secret)
    output.progress(f"Schlüssel {name!r} angelegt: jetzt notieren, er wird nicht noch einmal gezeigt")


@app.command("list")
def list_() -> None:
    """Show the keys: name, first characters, created, last used, revoked."""
    from catalog.access.api_keys import list_keys

    with context.sessions()() as session:
        keys = list_keys(session)
    rows = [
        (key.name, key.prefix + "…", _day(key.created_at), _day(key.last_used_at), _day(key.revoked_at)) for key in keys
    ]
    output.table("API-Schlüssel", ["Name", "Anfang", "angelegt", "zuletzt benutzt", "widerrufen"], rows)


@app.command()
def revoke(name: str = typer.Argument(..., help="The key's name.")) -> None:
    """Revoke a key: requests carrying it get 401 from now on."""
    from catalog.access.api_keys import revoke_key
    from catalog.database.engine import transaction

    with transaction(context.sessions()) as session:
        revoke_key(session, name)
    output.progress(f"Schlüssel {name!r} widerrufen")


def _day(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "–"
