"""Build the blind holdout site www.landkreis-hasetal.de and its portal hosts, then check it.

Run from the repository root:  .venv/bin/python tests/sites/holdout/_build/landkreis_hasetal.py
Writes only the host folders listed in OWN_HOSTS below tests/sites/holdout/ (each is deleted and rewritten).
"""

from __future__ import annotations

import csv
import json
import shutil
import sys
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hasetal_core import KREIS, OWN_HOSTS, Site, url  # noqa: E402
from hasetal_layout import CALENDAR  # noqa: E402
from hasetal_pages_kreis import render_aemter, render_az, render_online_overview, render_service  # noqa: E402
from hasetal_pages_misc import (archive_index, events, formulare_ohne_antrag, home, intranet, js_list,  # noqa: E402
                                karriere, kreistag, news, static_files)
from hasetal_portals import build_portals  # noqa: E402
from hasetal_services_a import SERVICES_A  # noqa: E402
from hasetal_services_b import SERVICES_B  # noqa: E402

ROOT = Path(__file__).resolve().parents[4]
OUT = ROOT / "tests" / "sites" / "holdout"
CATALOG = ROOT / "data" / "catalog" / "ozg_leistungen.csv"
SERVICES = SERVICES_A + SERVICES_B

# Remarks added to the generated `why` of particular services.
SPECIAL_WHY = {
    "10042": "The 'Online-Antrag Schülerfahrkarte' link answers 404, so only the PDF counts.",
    "10255": "The linked Open Kreishaus page says the online service is temporarily unavailable (no form).",
    "10517": "Only on the ISO-8859-1 archive page (table/font markup, no headings).",
    "10085": "JavaScript only: listed by an inline script from a JSON file on the Gesundheit und Soziales page.",
    "10181": "JavaScript only: listed by an inline script from a JSON file on the Gesundheit und Soziales page.",
    "10486": "JavaScript only: listed by an inline script from a JSON file on the Gesundheit und Soziales page.",
    "10519": "Baugenehmigung and Bauvoranfrage are one OZG service; the digital Bauantrag portal states fully "
             "digital processing with the Baugenehmigung delivered to the portal Postfach.",
    "10169": "Three pages (Ersterteilung online, Umtausch PDF, Internationaler Führerschein) are one OZG service.",
    "10439": "Zulassung and Außerbetriebsetzung (both i-Kfz via civento) are one OZG service. The booking link "
             "on the same page is not evidence.",
    "10110": "Sperrmüll and Abfallgebühren are one OZG service.",
    "10488": "Groundwater withdrawal ('wasserrechtliche Erlaubnis') is LeiKa 'Benutzung eines Gewässers', not 10456.",
    "10314": "Nutztierhaltung anzeigen (Registriernummer) maps to Tierseuchenschutzmeldung.",
}

NOT_SERVICES = [
    ("10253", "Hochwasserschutzmaßnahmen", "Only a press release about the Kreis investing in dykes; no service offered."),
    ("10524", "Denkmalförderung", "Only mentioned in Kreistag minutes (a guideline still under discussion)."),
    ("10036", "Vormundschaft", "Only a job advert 'Sachbearbeitung Amtsvormundschaften (m/w/d)'."),
    ("10013", "Pflegekindervermittlung und Pflegekindergeld", "Only an event (Infoabend 'Pflegeeltern werden')."),
    ("10426", "Fahrzeugregistereintragung und -auskunft",
     "Only an option in the appointment booking form on termine.landkreis-hasetal.de."),
    ("10124", "Wohnsitzmeldungen", "Referral only: 'Ummeldung des Wohnsitzes bei Ihrer Stadt oder Gemeinde'."),
    ("10119", "Personalausweis", "Referral only: the page says the Gemeinden issue identity cards."),
    ("10183", "Impfung", "Only a Gesundheitsamt news item about the Masern-Impfnachweis; it says there is no "
                        "vaccination service at the Gesundheitsamt."),
    ("10349", "Veranstaltungserlaubnis",
     "Only a test form under /intranet/, which robots.txt disallows (linked from the footer)."),
]


def build() -> Site:
    site = Site()
    build_portals(site)
    for svc in SERVICES:
        render_service(site, svc)
    render_aemter(site, SERVICES)
    render_az(site, SERVICES)
    render_online_overview(site, SERVICES)
    home(site)
    news(site)
    kreistag(site)
    karriere(site)
    events(site)
    formulare_ohne_antrag(site)
    js_list(site, SERVICES)
    archive_index(site)
    intranet(site)
    static_files(site, SERVICES)
    sitemap(site)
    return site


def sitemap(site: Site) -> None:
    skip = {u for u in site.js_only}
    locs = sorted(
        url(KREIS, path) for (host, path) in site.files
        if host == KREIS and path.endswith((".html", ".htm")) and not path.startswith("/intranet/")
        and url(KREIS, path) not in skip
    )
    body = "".join(f"<url><loc>{loc.removesuffix('index.html')}</loc></url>\n" for loc in locs)
    site.add(KREIS, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
             f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{body}</urlset>\n')


def labels(site: Site) -> dict:
    names = {row["ozg_id"]: row["name"] for row in csv.DictReader(CATALOG.open(encoding="utf-8"))}
    best: dict[str, int] = {}
    for ev in site.evidence:
        best[ev.ozg] = max(best.get(ev.ozg, 0), ev.level)
    services = []
    for ozg in sorted(best, key=lambda o: (-best[o], o)):
        level = best[ozg]
        chosen = [e for e in site.evidence if e.ozg == ozg and e.level == level]
        pages = sorted(dict.fromkeys(e.page for e in chosen))
        whys = list(dict.fromkeys(e.why for e in chosen))
        why = f"Level {level}: " + "; ".join(whys[:3])
        if ozg in SPECIAL_WHY:
            why += ". " + SPECIAL_WHY[ozg]
        services.append({"ozg_id": ozg, "maturity": level, "name": names[ozg], "why": why, "evidence": pages})
    not_services = [{"ozg_id": o, "name": names[o], "why": w} for o, _, w in NOT_SERVICES]
    for o, name, _ in NOT_SERVICES:
        assert names[o] == name, (o, names[o], name)
        assert o not in best, f"not_service {o} is also labelled"
    return {
        "municipality": {"name": "Landkreis Hasetal", "type": "landkreis", "ars": "", "ags": ""},
        "start_url": f"http://{KREIS}/",
        "services": services,
        "not_services": not_services,
    }


def write(site: Site, label_data: dict) -> None:
    for host in OWN_HOSTS:
        target = OUT / host
        if target.exists():
            shutil.rmtree(target)
    for (host, path), data in site.files.items():
        file = OUT / host / path.lstrip("/")
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(data)
    (OUT / KREIS / "_labels.json").write_text(json.dumps(label_data, ensure_ascii=False, indent=2) + "\n",
                                              encoding="utf-8")


# ---------------------------------------------------------------- checks


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and name in ("href", "src"):
                self.links.append((tag, value))


def _site_json(site: Site) -> dict:
    return json.loads(site.files[(KREIS, "/_site.json")])


def resolve(site: Site, target: str) -> tuple[str, str | None]:
    """('ok'|'redirect'|'trap'|'404'|'external', next_url)."""
    parts = urlsplit(target)
    host, path = parts.hostname or "", parts.path or "/"
    if host not in OWN_HOSTS:
        return "external", None
    if host == KREIS:
        conf = _site_json(site)
        if path in conf["redirects"]:
            return "redirect", conf["redirects"][path]
        if path.startswith(conf["calendar_trap"]):
            return "trap", None
    candidates = [path, path.rstrip("/") + "/index.html"]
    if any((host, c) in site.files for c in candidates):
        return "ok", None
    return "404", None


def _decode(site: Site, host: str, path: str) -> str:
    data = site.files[(host, path)]
    return data.decode("iso-8859-1" if path.startswith("/archiv/") else "utf-8")


def link_check(site: Site) -> list[str]:
    problems = []
    for (host, path), _ in site.files.items():
        if not path.endswith((".html", ".htm")):
            continue
        parser = Links()
        parser.feed(_decode(site, host, path))
        for _, href in parser.links:
            if href.startswith(("mailto:", "#", "javascript:")):
                continue
            target = urljoin(url(host, path), href).split("#")[0]
            state, nxt = resolve(site, target)
            if state == "redirect":
                state, _ = resolve(site, nxt)
            if state == "404" and target not in site.allowed_404:
                problems.append(f"broken link {target} on {host}{path}")
    json_data = json.loads(site.files[(KREIS, "/portal/json/gesundheit-soziales-leistungen.json")])
    for item in json_data["leistungen"]:
        if resolve(site, url(KREIS, item["url"]))[0] != "ok":
            problems.append(f"broken JSON link {item['url']}")
    return problems


def reachable(site: Site) -> set[str]:
    """Static crawl from / over own hosts: obeys robots.txt (/intranet/), skips the calendar trap, no JS."""
    start = f"http://{KREIS}/"
    seen, queue = {start}, deque([start])
    while queue:
        current = queue.popleft()
        parts = urlsplit(current)
        path = parts.path or "/"
        key = (parts.hostname, path if (parts.hostname, path) in site.files else path.rstrip("/") + "/index.html")
        if key not in site.files or not key[1].endswith((".html", ".htm")):
            continue
        parser = Links()
        parser.feed(_decode(site, *key))
        for tag, href in parser.links:
            if tag != "a" or href.startswith(("mailto:", "#")):
                continue
            target = urljoin(current, href).split("#")[0].split("?")[0]
            state, nxt = resolve(site, target)
            if state == "redirect":
                target = nxt
                state, _ = resolve(site, nxt)
            if state != "ok" or target in seen:
                continue
            if urlsplit(target).hostname == KREIS and urlsplit(target).path.startswith("/intranet/"):
                continue
            seen.add(target)
            queue.append(target)
    return seen


def check(site: Site, label_data: dict) -> list[str]:
    problems = link_check(site)
    ids = {row["ozg_id"] for row in csv.DictReader(CATALOG.open(encoding="utf-8"))}
    for entry in label_data["services"] + label_data["not_services"]:
        if entry["ozg_id"] not in ids:
            problems.append(f"unknown OZG-ID {entry['ozg_id']}")
    seen = reachable(site)
    for entry in label_data["services"]:
        for page in entry["evidence"]:
            if page not in seen and page not in site.js_only:
                problems.append(f"evidence {page} for {entry['ozg_id']} not reachable")
    for page in site.js_only:
        if page in seen:
            problems.append(f"JS-only page {page} is statically reachable")
    for (host, path), data in site.files.items():
        if path.startswith("/archiv/") and path.endswith(".htm"):
            data.decode("iso-8859-1")
            if b"\xc3" in data:
                problems.append(f"{path} looks like UTF-8")
    return problems


def main() -> int:
    site = build()
    label_data = labels(site)
    problems = check(site, label_data)
    write(site, label_data)
    pages = sum(1 for (_, p) in site.files if p.endswith((".html", ".htm")))
    kreis_pages = sum(1 for (h, p) in site.files if h == KREIS and p.endswith((".html", ".htm")))
    levels: dict[int, int] = {}
    for entry in label_data["services"]:
        levels[entry["maturity"]] = levels.get(entry["maturity"], 0) + 1
    print(f"files: {len(site.files)}, HTML pages: {pages} (Kreis {kreis_pages}), "
          f"services: {len(label_data['services'])} by level {dict(sorted(levels.items()))}, "
          f"not_services: {len(label_data['not_services'])}, allowed 404: {sorted(site.allowed_404)}")
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
