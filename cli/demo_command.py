"""`ozg-screen demo`: catalog and registry figures, then a screening of the bundled demo sites."""

from __future__ import annotations

import os

from catalog.csvfiles import read_rows
from catalog.vocabulary import RunKind
from cli import catalog_commands, context, municipality_commands, output


def demo(max_pages: int = 100) -> None:
    """Show catalog and registry figures, then screen the bundled demo municipalities (served on 127.0.0.1)."""
    from catalog.results.screening import screening_document
    from catalog.screenings.store import screening_ids
    from cli.run_commands import print_run_summary
    from cli.screening_commands import print_report
    from crawler.components.scrapy_settings import CrawlOptions
    from crawler.localweb.control import local_web
    from crawler.usecases.run_lock import run_lock
    from crawler.usecases.statewide import RunRequest, execute_run, prepare_run

    catalog_commands.stats()
    municipality_commands.stats()
    settings, sessions = context.settings(), context.sessions()
    demo_dir = settings.data_dir / "demo"
    sites: list[tuple[str, str, str | None]] = [
        (row["url"], row["name"], None) for row in read_rows(demo_dir / "municipalities.csv", ["name", "url"])
    ]
    request = RunRequest(max_pages=max_pages, concurrency=len(sites))
    with local_web([demo_dir / "sites"]) as web, run_lock(settings.var_dir):
        os.environ.update(web.proxy_env())
        output.progress(f"Demo-Websites laufen auf 127.0.0.1 (Proxy {web.proxy_url}); Screening beginnt …")
        run_id = prepare_run(
            sessions,
            request,
            CrawlOptions.from_settings(settings, max_pages=max_pages),
            kind=RunKind.DEMO,
            sites=sites,
        )
        execute_run(run_id, request, settings, sessions, output.progress)
    with sessions() as session:
        for screening_id in screening_ids(session, run_id):
            output.line()
            print_report(screening_document(session, screening_id))
    output.line()
    print_run_summary(run_id)
