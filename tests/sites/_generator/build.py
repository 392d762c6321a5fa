"""Build all fixture websites and check them: `python tests/sites/_generator/build.py` (from the repo root).

Writes tests/sites/<host>/ (municipal test sites) and data/demo/sites/<host>/ (portals, noise hosts, demo
municipalities), then checks every link between fixture hosts, the reachability of every piece of label evidence
(obeying robots.txt, avoiding traps) and the labels themselves."""

from __future__ import annotations

import fnmatch
import json
import re
import shutil
import sys
from collections import Counter, deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

sys.path.insert(0, str(Path(__file__).parent))

import demo  # noqa: E402
import heideland  # noqa: E402
import marschland  # noqa: E402
import moorhausen  # noqa: E402
import portals  # noqa: E402
import wesertal  # noqa: E402
from common import OZG, Host  # noqa: E402


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.base = ""

    def handle_starttag(self, tag: str, attrs: list) -> None:
        values = dict(attrs)
        if tag == "base" and values.get("href"):
            self.base = values["href"]
        if tag in ("a", "area") and values.get("href"):
            self.links.append(values["href"])


def page_links(host: Host, path: str) -> list[str]:
    raw = host.files[path]
    encoding = "utf-8"
    for pattern, charset in host.site_json.get("charset", {}).items():
        if fnmatch.fnmatch(path, pattern):
            encoding = charset
    parser = Links()
    parser.feed(raw.decode(encoding))
    base = parser.base or f"http://{host.name}/{path}"
    out = []
    for link in parser.links:
        if link.startswith(("mailto:", "tel:", "javascript:", "#")):
            continue
        out.append(urljoin(base, link))
    return out


def resolve(hosts: dict[str, Host], url: str) -> tuple[str, str]:
    """('ok'|'trap'|'status'|'redirect'|'missing'|'external', path)."""
    parts = urlsplit(url)
    host = hosts.get(parts.hostname or "")
    if host is None:
        return "external", url
    path = parts.path or "/"
    config = host.site_json
    if any(path.startswith(prefix) for prefix in config.get("status", {})):
        return "status", path
    if path in config.get("redirects", {}):
        return "redirect", config["redirects"][path]
    for key in ("calendar_trap", "facet_trap"):
        if config.get(key) and path.startswith(config[key]):
            return "trap", path
    relative = path.lstrip("/")
    if relative == "" or relative.endswith("/"):
        relative += "index.html"
    if relative in host.files:
        return "ok", relative
    if relative + "/index.html" in host.files:
        return "ok", relative + "/index.html"
    return "missing", path


def robots(host: Host) -> list[str]:
    text = host.files.get("robots.txt", b"").decode()
    return [line.split(":", 1)[1].strip() for line in text.splitlines() if line.lower().startswith("disallow:")
            and line.split(":", 1)[1].strip()]


def crawl(hosts: dict[str, Host], host: Host, render: bool) -> set[str]:
    """Pages of the host reachable from / the way a polite crawler would reach them."""
    disallowed = robots(host)
    seen: set[str] = set()
    queue = deque(["index.html"])
    while queue:
        path = queue.popleft()
        if path in seen or not path.endswith((".html", ".htm")):
            continue
        seen.add(path)
        links = page_links(host, path)
        if render:
            links += [f"http://{host.name}{link}" for link in host.js_links.get("/" + path, [])]
        for url in links:
            if (urlsplit(url).hostname or "") != host.name:
                continue
            state, target = resolve(hosts, url)
            if state == "redirect":
                state, target = resolve(hosts, f"http://{host.name}{target}")
            if state != "ok" or any(("/" + target).startswith(prefix) for prefix in disallowed):
                continue
            queue.append(target)
    return seen


def main() -> int:
    built: list[Host] = portals.build_all()
    municipal = [heideland.build(), wesertal.build(), moorhausen.build(), marschland.build(), *demo.build()]
    built += municipal
    hosts = {host.name: host for host in built}
    for host in built:
        target = host.base / host.name
        if target.exists():
            shutil.rmtree(target)
        host.write()

    problems = 0
    externals: Counter[str] = Counter()
    for host in built:
        for path in host.files:
            if not path.endswith((".html", ".htm")):
                continue
            for url in page_links(host, path):
                state, _ = resolve(hosts, url)
                short = url.split("#")[0]
                if state == "missing":
                    if urlsplit(short).path in host.allowed_404:
                        continue
                    print(f"BROKEN {host.name}/{path} -> {url}")
                    problems += 1
                elif state == "external" and short not in host.allowed_404:
                    externals[urlsplit(short).hostname or short] += 1
    print("external hosts linked (not served, DNS error by the proxy):", dict(externals))

    print("\nhost                                   pages  html  pdf/docx")
    for host in built:
        html = sum(p.endswith((".html", ".htm")) for p in host.files)
        docs = sum(p.endswith((".pdf", ".docx")) for p in host.files)
        print(f"{host.name:38} {len(host.files):5} {html:5} {docs:5}")

    print("\nlabels                                 total  L1  L2  L3  L4  not  js-only-evidence")
    for host in municipal:
        labels = json.loads((host.base / host.name / "_labels.json").read_text(encoding="utf-8"))
        static = crawl(hosts, host, render=False)
        rendered = crawl(hosts, host, render=True)
        js_only = 0
        for service in labels["services"]:
            assert service["ozg_id"] in OZG
            pages = {urlsplit(url).path.lstrip("/") for url in service["evidence"]}
            if not pages & rendered:
                print(f"UNREACHABLE evidence {host.name} {service['ozg_id']}: {pages}")
                problems += 1
            elif not pages & static:
                js_only += 1
        for item in labels["not_services"]:
            assert item["ozg_id"] in OZG
        levels = Counter(service["maturity"] for service in labels["services"])
        print(f"{host.name:38} {len(labels['services']):5} {levels[1]:3} {levels[2]:3} {levels[3]:3} {levels[4]:3} "
              f"{len(labels['not_services']):4}  {js_only}")
        for path in host.files:
            if path.startswith("intern/") and path in rendered:
                print(f"ROBOTS-DISALLOWED page reachable: {path}")
                problems += 1
    # legacy pages must really be ISO-8859-1 with umlaut bytes
    for path, data in hosts["www.stadt-wesertal.de"].files.items():
        if path.startswith("archiv/") and path.endswith(".htm"):
            assert re.search(rb"[\xe4\xf6\xfc\xdf\xc4\xd6\xdc]", data), path
            try:
                data.decode("utf-8")
                raise AssertionError(f"{path} decodes as UTF-8")
            except UnicodeDecodeError:
                pass
    print("\nproblems:", problems)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
