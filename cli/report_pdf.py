"""The report card as PDF: the app on a free 127.0.0.1 port in a thread, printed by headless Chromium offline."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from catalog.errors import UserError
from catalog.settings import Settings

START_TIMEOUT = 15.0


@contextmanager
def local_app(settings: Settings) -> Iterator[str]:
    """The web app served on 127.0.0.1 on a port the system chose; yields its base URL."""
    import uvicorn

    from api.app import create_app

    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(settings), log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        if not server.started:
            raise UserError("the local web app did not start (run with --verbose for details)")
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        listener.close()


def print_pdf(page_url: str, target: Path, chromium: str | None) -> list[str]:
    """Print the page to an A4 PDF with its print stylesheet; every request off the local server is refused.

    Returns the URLs that were refused, so a caller can tell the page tried to reach out."""
    from playwright.sync_api import Route, sync_playwright

    from crawler.components.render import CHROMIUM_ARGS

    origin = urlsplit(page_url).netloc
    refused: list[str] = []

    def only_local(route: Route) -> None:
        if urlsplit(route.request.url).netloc == origin:
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    with sync_playwright() as playwright:
        options: dict[str, Any] = {"executable_path": chromium} if chromium else {}
        browser = playwright.chromium.launch(headless=True, args=list(CHROMIUM_ARGS), **options)
        try:
            page = browser.new_page()
            page.route("**/*", only_local)
            response = page.goto(page_url, wait_until="load")
            if response is None or not response.ok:
                raise UserError(f"the report page answered {response.status if response else 'nothing'}")
            page.emulate_media(media="print")
            target.parent.mkdir(parents=True, exist_ok=True)
            page.pdf(path=str(target), format="A4", print_background=True, prefer_css_page_size=True)
        finally:
            browser.close()
    return refused
