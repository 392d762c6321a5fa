"""Pages per second of a full `ozg-screen check` on a local 300-page site, next to a bare Scrapy crawl of it.

Usage: .venv/bin/python bench/crawl_throughput.py [--pages 300] [--concurrency 8] [--repeat 2]
Both crawls run in this invocation against the same local server, without delays; it prints figures only. On a
loaded machine the CPU seconds of each process (user + system) are the steadier figure next to the wall time.
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
from pathlib import Path

from _common import OZG_SCREEN, PROJECT_ROOT, bench_env

from crawler.localweb.control import local_web

HOST = "www.durchsatz-gemeinde.de"
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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        write_site(Path(temp), args.pages)
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


def run_both(env: dict[str, str], args: argparse.Namespace) -> None:
    url = f"http://{HOST}/"
    spider_file = Path(tempfile.mkstemp(suffix=".py")[1])
    spider_file.write_text(BARE_SPIDER, encoding="utf-8")
    for attempt in range(1, args.repeat + 1):
        bare_command = [sys.executable, str(spider_file), url, HOST, str(args.concurrency)]
        bare_seconds, bare_cpu, bare_out = timed(bare_command, env)
        count, elapsed = bare_out.strip().splitlines()[-1].split()
        bare_pages, bare_crawl = int(count), float(elapsed)
        check_seconds, check_cpu, out = timed(
            [
                OZG_SCREEN,
                "check",
                url,
                "--render",
                "never",
                "--max-pages",
                str(args.pages + 50),  # above the site's size: both crawls fetch every page
                "--no-store",
                "--json",
            ],
            env,
        )
        summary = json.loads(out)["summary"]
        pages, crawl_seconds = summary["pages_crawled"], summary["duration_seconds"]
        bare_rate, check_rate = bare_pages / bare_seconds, pages / check_seconds
        bare_crawl_rate, crawl_rate = bare_pages / bare_crawl, pages / crawl_seconds
        print(
            f"run {attempt}: whole process: bare Scrapy {bare_pages} pages in {bare_seconds:.2f} s = "
            f"{bare_rate:.1f} pages/s, ozg-screen check {pages} pages in {check_seconds:.2f} s = {check_rate:.1f} "
            f"pages/s, ratio {check_rate / bare_rate:.2f} | crawl phase: bare {bare_crawl:.2f} s = "
            f"{bare_crawl_rate:.1f} pages/s, check (crawl + scoring) {crawl_seconds:.2f} s = {crawl_rate:.1f} "
            f"pages/s, ratio {crawl_rate / bare_crawl_rate:.2f} | CPU: bare {bare_cpu:.2f} s, check {check_cpu:.2f} s, "
            f"ratio per page {(bare_cpu / bare_pages) / (check_cpu / pages):.2f}"
        )
    print(f"project: {PROJECT_ROOT}")


if __name__ == "__main__":
    main()
