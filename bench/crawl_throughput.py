"""Pages per second of a full `ozg-screen check` on a local 300-page site, next to a bare Scrapy crawl of it.

Usage: .venv/bin/python bench/crawl_throughput.py [--pages 300] [--concurrency 8] [--repeat 2]
Both crawls run in this invocation against the same local server, without delays; it prints figures only. On a
loaded machine the CPU seconds of each process (user + system) are the steadier figure next to the wall time. Each
also crawls a one-page site: its CPU is the start-up and exit cost, and what the full crawl costs beyond it is the
crawl phase's CPU. With --before, a `check` from another checkout runs in the same rounds, for before/after figures.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from _common import OZG_SCREEN, PROJECT_ROOT, bench_env

from crawler.localweb.control import local_web

HOST = "www.durchsatz-gemeinde.de"
ONE_PAGE_HOST = "www.klein-gemeinde.de"
# Service names from the catalog's LeiKa list: a real municipality's A-Z has one page per service, each with its own
# name and text. (Twelve names numbered 0 to 299 made 25 pages per name that differ by a number only, which the trap
# detector rightly takes for generated pages, so `check` stopped after about 40 of 300 pages.)
LEIKA_CSV = PROJECT_ROOT / "data" / "catalog" / "leika_leistungen.csv"
BARE_SPIDER = """
import sys
from scrapy import Spider
from scrapy.crawler import CrawlerProcess
from scrapy.linkextractors import LinkExtractor

class Bare(Spider):
    name = "bare"
    start_urls = [sys.argv[1]]
    links = LinkExtractor(allow_domains=[sys.argv[2]])

    async def start(self):
        for url in self.start_urls:
            yield self.make_request(url)

    def make_request(self, url):
        from scrapy import Request
        return Request(url, callback=self.parse)

    def parse(self, response):
        for link in self.links.extract_links(response):
            yield response.follow(link.url, callback=self.parse)

process = CrawlerProcess({"LOG_LEVEL": "ERROR", "ROBOTSTXT_OBEY": True, "DOWNLOAD_DELAY": 0,
                          "CONCURRENT_REQUESTS_PER_DOMAIN": int(sys.argv[3]), "TELNETCONSOLE_ENABLED": False})
crawler = process.create_crawler(Bare)
process.crawl(crawler)
process.start()
print(crawler.stats.get_value("response_received_count"), crawler.stats.get_value("elapsed_time_seconds"))
"""


def write_site(root: Path, pages: int) -> None:
    """A plain municipal site: A-Z index pages linking to service pages, each service with its own name and text."""
    site = root / HOST
    (site / "seiten").mkdir(parents=True)
    per_index = 20
    indexes = max(1, pages // per_index)
    names = service_names(indexes * (per_index - 1))
    (site / "robots.txt").write_text("User-agent: *\nDisallow: /intern/\n", encoding="utf-8")
    links = "".join(f'<li><a href="/seiten/index-{i}.html">Bereich {i}</a></li>' for i in range(indexes))
    (site / "index.html").write_text(_page("Gemeinde Durchsatz", f"<ul>{links}</ul>"), encoding="utf-8")
    for i in range(indexes):
        items = []
        for j in range(per_index - 1):
            number = i * per_index + j
            name = names[number - i]
            items.append(f'<li><a href="/seiten/seite-{number}.html">{name}</a></li>')
            body = _service_body(name, f"/seiten/index-{(i + 1) % indexes}.html")
            (site / "seiten" / f"seite-{number}.html").write_text(_page(name, body), encoding="utf-8")
        title = f"Leistungen von {names[i * (per_index - 1)]} bis {names[(i + 1) * (per_index - 1) - 1]}"
        (site / "seiten" / f"index-{i}.html").write_text(_page(title, f"<ul>{''.join(items)}</ul>"), encoding="utf-8")


def service_names(count: int) -> list[str]:
    """Distinct LeiKa service names spread over the whole list (not only its first letter), in A-Z order."""
    with LEIKA_CSV.open(encoding="utf-8") as file:
        names = sorted({row["name"] for row in csv.DictReader(file)})
    step = max(1, len(names) // count)
    return names[::step][:count]


def _service_body(name: str, next_index: str) -> str:
    return (
        f"<h2>Beschreibung</h2><p>Hier erfahren Sie, wie Sie {name} bei der Gemeinde Durchsatz beantragen.</p>"
        f"<h2>Zuständige Stelle</h2><p>Bürgerbüro, Rathausplatz 1, Sprechzeiten nach Vereinbarung.</p>"
        f"<p><a href='{next_index}'>weiter</a></p>"
    )


def _page(title: str, body: str) -> str:
    return (
        f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>{title} – Gemeinde Durchsatz</title>"
        f"</head><body><nav><a href='/'>Startseite</a> <a href='/seiten/index-0.html'>Bürgerservice</a></nav>"
        f"<main><h1>{title}</h1>{body}</main><footer><a href='/impressum.html'>Impressum</a></footer></body></html>"
    )


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (user + system) and stdout of a command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    completed = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu, completed.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument(
        "--before", type=Path, help="another checkout of the project (e.g. `git worktree add`): its `check` runs too"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        write_site(Path(temp), args.pages)
        write_one_page_site(Path(temp))
        with local_web([Path(temp)]) as web:
            env = bench_env(
                {
                    **web.proxy_env(),
                    "OZG_CONCURRENT_PER_HOST": str(args.concurrency),
                    "OZG_AUTOTHROTTLE": "false",
                    "OZG_MAX_DEPTH": "20",
                }
            )
            run_both(env, args)


def write_one_page_site(root: Path) -> None:
    """A site of one page without links: what each process costs before and after its crawl (start-up, exit)."""
    site = root / ONE_PAGE_HOST
    site.mkdir()
    (site / "index.html").write_text(_page("Gemeinde Klein", "<p>Willkommen.</p>"), encoding="utf-8")


@dataclass
class Measured:
    """One process: wall and CPU seconds, pages fetched and the crawl's own seconds as the process reports them."""

    wall: float
    cpu: float
    pages: int
    crawl: float


def run_bare(spider_file: Path, host: str, env: dict[str, str], concurrency: int) -> Measured:
    command = [sys.executable, str(spider_file), f"http://{host}/", host, str(concurrency)]
    wall, cpu, out = timed(command, env)
    count, elapsed = out.strip().splitlines()[-1].split()
    return Measured(wall, cpu, int(count), float(elapsed))


def run_check(host: str, env: dict[str, str], max_pages: int) -> Measured:
    command = [OZG_SCREEN, "check", f"http://{host}/", "--render", "never", "--max-pages", str(max_pages)]
    wall, cpu, out = timed([*command, "--no-store", "--json"], env)
    summary = json.loads(out)["summary"]
    return Measured(wall, cpu, summary["pages_crawled"], summary["duration_seconds"])


def run_both(env: dict[str, str], args: argparse.Namespace) -> None:
    spider_file = Path(tempfile.mkstemp(suffix=".py")[1])
    spider_file.write_text(BARE_SPIDER, encoding="utf-8")
    for attempt in range(1, args.repeat + 1):
        bare_start = run_bare(spider_file, ONE_PAGE_HOST, env, args.concurrency)
        check_start = run_check(ONE_PAGE_HOST, env, 1)
        bare = run_bare(spider_file, HOST, env, args.concurrency)
        # A budget above the site's size: both crawls fetch every page.
        check = run_check(HOST, env, args.pages + 50)
        print(report(attempt, bare, check, bare_start, check_start))
        if args.before:
            before_env = {**env, "PYTHONPATH": str(args.before.resolve())}
            before_start = run_check(ONE_PAGE_HOST, before_env, 1)
            before = run_check(HOST, before_env, args.pages + 50)
            print(f"  before ({args.before}): {report(attempt, bare, before, bare_start, before_start)}")
    print(f"project: {PROJECT_ROOT}")


def report(attempt: int, bare: Measured, check: Measured, bare_start: Measured, check_start: Measured) -> str:
    """Ratios are bare / check seconds (1.0 = as fast as bare Scrapy): both fetch the same pages of the site."""
    bare_crawl_cpu, check_crawl_cpu = bare.cpu - bare_start.cpu, check.cpu - check_start.cpu
    return (
        f"run {attempt}: pages: bare {bare.pages} responses (robots.txt and a 404 included), check {check.pages} "
        f"pages | whole process: wall bare {bare.wall:.2f} s, check {check.wall:.2f} s, ratio "
        f"{bare.wall / check.wall:.2f}; CPU bare {bare.cpu:.2f} s, check {check.cpu:.2f} s, ratio "
        f"{bare.cpu / check.cpu:.2f} | crawl phase: wall bare {bare.crawl:.2f} s, check (crawl + scoring) "
        f"{check.crawl:.2f} s, ratio {bare.crawl / check.crawl:.2f}; CPU beyond a one-page crawl: bare "
        f"{bare_crawl_cpu:.2f} s, check {check_crawl_cpu:.2f} s, ratio {bare_crawl_cpu / check_crawl_cpu:.2f} | "
        f"one-page crawl (start-up and exit) CPU: bare {bare_start.cpu:.2f} s, check {check_start.cpu:.2f} s"
    )


if __name__ == "__main__":
    main()
