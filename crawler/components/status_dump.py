"""`kill -USR1 PID` on a crawl that seems stuck: every thread's stack, every waiting task, every engine's state."""

from __future__ import annotations

import asyncio
import faulthandler
import signal
import sys
from typing import TextIO

from scrapy.crawler import AsyncCrawlerRunner
from scrapy.utils.engine import format_engine_status


def install_status_dump(runner: AsyncCrawlerRunner) -> None:
    """Answer SIGUSR1 with the crawl's state on stderr (the threads' stacks come from faulthandler, chained)."""
    # The handler cli.main registered goes first (unregistering it restores the default, which would end the
    # process); then the loop's handler, and faulthandler again in front of it, chaining on.
    faulthandler.unregister(signal.SIGUSR1)
    asyncio.get_event_loop().add_signal_handler(signal.SIGUSR1, write_status, runner, sys.stderr)
    faulthandler.register(signal.SIGUSR1, all_threads=True, chain=True)


def write_status(runner: AsyncCrawlerRunner, out: TextIO) -> None:
    for crawler in list(runner.crawlers):
        spider = getattr(crawler, "spider", None)
        out.write(f"--- crawler {getattr(spider, 'name', '?')} {getattr(spider, 'start_urls', '')}\n")
        if crawler.engine is not None:
            out.write(format_engine_status(crawler.engine))
    for task in asyncio.all_tasks():
        out.write(f"--- {task!r}\n")
        task.print_stack(limit=12, file=out)
    out.flush()
