"""`ozg-screen worker`: a long-lived process that screens municipalities handed out through OZG_BROKER_URL."""

from __future__ import annotations

import logging

import typer

from cli import context, output


def worker(
    concurrency: int = typer.Option(None, "--concurrency", min=1, help="Municipalities crawled at once (default 8)."),
) -> None:
    """Screen municipalities from the broker (OZG_BROKER_URL) into the shared database until stopped."""
    from crawler.usecases.distributed.worker import serve_worker

    settings = context.settings()
    logging.getLogger("crawler.usecases.distributed").setLevel(logging.INFO)
    serve_worker(settings, context.sessions(), concurrency or settings.run_concurrency, output.progress)
