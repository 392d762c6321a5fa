"""The synthetic state generator: determinism, hosts, links, identities, behaviours, variants."""

from __future__ import annotations

import csv
import functools
import json
import re
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from lxml import html as lxml_html

from catalog.documents import FORM_DOCUMENT, NOT_A_SERVICE_DOCUMENT
from catalog.matching.matcher import Matcher
from catalog.maturity.forms import form_role
from catalog.maturity.statements import states_fully_digital
from crawler.components.extract import extract_page
from crawler.components.items import form_item
from tests.support.statewide.content import MISC
from tests.support.statewide.generator import (
    REGISTRY,
    GeneratedSite,
    Municipality,
    generate_state,
    load_municipalities,
    visible_services,
    write_websites_csv,
)
from tests.support.statewide.naming import official_name, slugify
from tests.support.statewide.plan import FAILURE_WEIGHTS, assign_hosts, behaviour_counts, rng_for
from tests.support.statewide.services import CATALOG, SERVICES, THEMES, catalog_ids, relevance

ADMIN_TYPES = ("samtgemeinde", "stadt", "gemeinde", "landkreis", "kreisfreie_stadt")
HOST = re.compile(r"^www\.[a-z0-9]+(-[a-z0-9]+)*\.de$")
STATE_SIZE = 440
TYPE_WORDS = ("Samtgemeinde ", "Stadt ", "Gemeinde ", "Flecken ", "Landkreis ", "Region ", "Hansestadt ",
              "Landeshauptstadt ", "Berg- und Universitätsstadt ", "Münchhausenstadt ", "Klostergemeinde ",
              "Inselgemeinde ", "Nordseebad ")  # fmt: skip


@pytest.fixture(scope="module")
def state(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[GeneratedSite], float]:
    """A statewide run's worth of sites: every administrative level, with misbehaving hosts."""
    target = tmp_path_factory.mktemp("state")
    municipalities = load_municipalities(STATE_SIZE, seed=3, types=ADMIN_TYPES)
    started = time.perf_counter()
    sites = generate_state(target, municipalities, seed=3, latency_ms=(100, 300))
    return target, sites, time.perf_counter() - started


@pytest.fixture(scope="module")
def variants(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, list[GeneratedSite], Path, list[GeneratedSite]]:
    municipalities = load_municipalities(120, seed=5)
    first, second = tmp_path_factory.mktemp("v0"), tmp_path_factory.mktemp("v1")
    return (
        first,
        generate_state(first, municipalities, seed=5),
        second,
        generate_state(second, municipalities, seed=5, variant=1),
    )


def tree(root: Path) -> dict[str, bytes]:
    return {str(path.relative_to(root)): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


@functools.cache
def site_config(root: Path, host: str) -> dict[str, Any]:
    file = root / host / "_site.json"
    return dict(json.loads(file.read_text(encoding="utf-8"))) if file.is_file() else {}


def labels(root: Path, host: str) -> dict[str, Any]:
    return dict(json.loads((root / host / "_labels.json").read_text(encoding="utf-8")))


def page_text(root: Path, host: str, path: str) -> str:
    charset = "iso-8859-1" if site_config(root, host).get("charset") else "utf-8"
    file = root / host / path.lstrip("/") / "index.html"
    document = lxml_html.document_fromstring(file.read_bytes().decode(charset))
    return " ".join(" ".join(document.itertext()).split())


def html_files(root: Path, host: str) -> Iterator[Path]:
    yield from sorted((root / host).rglob("*.html"))


def url_of(root: Path, file: Path) -> str:
    relative = file.relative_to(root)
    path = "/".join(relative.parts[1:])
    return f"http://{relative.parts[0]}/{path.removesuffix('index.html')}"


def hrefs(file: Path) -> list[str]:
    document = lxml_html.document_fromstring(file.read_bytes())
    return [link for element, attribute, link, _ in document.iterlinks() if element.tag == "a" and attribute == "href"]


@functools.cache
def resolves(root: Path, url: str) -> bool:
    """Whether the local web server would answer this URL with a page or file (status 200)."""
    parts = urlsplit(url)
    host, path = parts.hostname or "", parts.path or "/"
    if not (root / host).is_dir():
        return False
    config = site_config(root, host)
    if config.get("failure"):
        return False
    if any(path.startswith(prefix) for prefix in dict(config.get("status", {}))):
        return False
    redirects = dict(config.get("redirects", {}))
    path = redirects.get(path, path)
    traps = (config.get("calendar_trap"), config.get("facet_trap"))
    if any(prefix and path.startswith(str(prefix)) for prefix in traps):
        return True
    file = root / host / path.lstrip("/")
    return (file / "index.html").is_file() if path.endswith("/") else file.is_file()


def outgoing(root: Path, host: str) -> Iterator[tuple[Path, str]]:
    for file in html_files(root, host):
        base = url_of(root, file)
        for href in hrefs(file):
            if not href.startswith(("mailto:", "#")):
                yield file, urljoin(base, href).split("#")[0]


def reachable_pages(root: Path, host: str, start: str) -> set[Path]:
    """The site's HTML files a static crawler finds by following links from the start page."""
    seen, queue, files = {start}, [start], set()
    while queue:
        url = queue.pop()
        path = urlsplit(url).path
        redirects = dict(site_config(root, host).get("redirects", {}))
        if path in redirects:
            seen.add(urljoin(url, redirects[path]))
        file = root / host / redirects.get(path, path).lstrip("/")
        file = file / "index.html" if file.is_dir() else file
        if not file.is_file() or file.suffix != ".html":
            continue
        files.add(file)
        for href in hrefs(file):
            target = urljoin(url, href).split("#")[0]
            if urlsplit(target).hostname == host and target not in seen and not href.startswith("mailto:"):
                seen.add(target)
                queue.append(target)
    return files


# -- determinism, names, hosts ------------------------------------------------------------------------


def test_same_seed_writes_identical_files_and_another_seed_does_not(tmp_path: Path) -> None:
    municipalities = load_municipalities(25, seed=1)
    assert municipalities == load_municipalities(25, seed=1)
    first = generate_state(tmp_path / "a", municipalities, seed=1, latency_ms=(100, 300))
    second = generate_state(tmp_path / "b", municipalities, seed=1, latency_ms=(100, 300))
    other = generate_state(tmp_path / "c", municipalities, seed=2, latency_ms=(100, 300))
    assert first == second
    assert tree(tmp_path / "a") == tree(tmp_path / "b")
    assert tree(tmp_path / "a") != tree(tmp_path / "c")
    assert [site.services for site in first] != [site.services for site in other]


def test_municipalities_are_real_registry_rows_and_smaller_states_are_subsets() -> None:
    with REGISTRY.open(encoding="utf-8", newline="") as handle:
        registry = {row["ars"]: row for row in csv.DictReader(handle)}
    small, large = load_municipalities(40, seed=9), load_municipalities(200, seed=9)
    assert set(small) <= set(large)
    for municipality in large:
        row = registry[municipality.ars]
        assert (row["name"], row["type"]) == (municipality.name, municipality.type)
        assert municipality.type in ("samtgemeinde", "stadt", "gemeinde")
    with pytest.raises(ValueError):
        load_municipalities(len(registry) + 1)


def test_every_registry_municipality_gets_a_unique_realistic_host() -> None:
    with REGISTRY.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["type"] != "gemeindefreies_gebiet"]
    municipalities = [Municipality(row["ars"], row["name"], row["type"]) for row in rows]
    assigned = assign_hosts(municipalities, seed=0)
    assert len(set(assigned)) == len(municipalities)
    assert all(HOST.match(host) for host in assigned), [host for host in assigned if not HOST.match(host)]
    hosts = dict(zip((m.name for m in municipalities), assigned, strict=True))
    assert hosts["Hannover, Landeshauptstadt"] in ("www.stadt-hannover.de", "www.hannover.de")
    assert "mueden-aller" in hosts["Müden (Aller)"]
    assert "osloss" in hosts["Osloß"]
    assert slugify("Hann. Münden") == "hann-muenden"
    assert official_name("Brome, Flecken", "mitgliedsgemeinde") == "Flecken Brome"
    assert official_name("Bothel", "samtgemeinde") == "Samtgemeinde Bothel"
    assert official_name("Region Hannover", "landkreis") == "Region Hannover"


# -- content ------------------------------------------------------------------------------------------


def test_service_labels_use_existing_ozg_ids_recognised_by_the_matcher(state: tuple) -> None:
    root, sites, _ = state
    ids = catalog_ids()
    matcher = Matcher.from_files(CATALOG)
    for spec in SERVICES:
        assert spec.ozg_id in ids
        assert relevance().get(spec.ozg_id), f"{spec.ozg_id} is provided by no municipality type"
        for title in spec.titles:
            assert matcher.match(title)[0].ozg_id == spec.ozg_id, title
    for site in sites:
        assert 8 <= len(site.services) <= 30 or site.municipality.type == "mitgliedsgemeinde"
        for ozg_id, level in site.services.items():
            assert ozg_id in ids and 1 <= level <= 4
            assert site.municipality.type in relevance()[ozg_id]
        if site.behaviour != "dns":
            recorded = {s["ozg_id"]: s["maturity"] for s in labels(root, site.host)["services"]}
            assert recorded == site.services


def test_headings_of_navigation_and_other_pages_name_no_service() -> None:
    """Pages that are not service descriptions must not look like one, or the ground truth would lie."""
    matcher = Matcher.from_files(CATALOG)
    headings = [title for title, _ in MISC]
    headings += [theme.title for theme in THEMES.values()] + [theme.life_event for theme in THEMES.values()]
    headings += ["Bürgerservice", "Dienstleistungen von A bis Z", "Online-Rathaus", "Was erledige ich wo?"]
    assert {heading: matcher.match(heading) for heading in headings if matcher.match(heading)} == {}


def test_homepage_and_impressum_name_the_municipality_with_its_type(state: tuple) -> None:
    root, sites, _ = state
    for site in sites:
        if site.behaviour == "dns":
            assert not (root / site.host).exists()
            continue
        official = official_name(site.municipality.name, site.municipality.type)
        assert official.startswith(TYPE_WORDS), official
        home = "/startseite/" if site.behaviour == "redirect" else "/"
        assert official in page_text(root, site.host, home)
        impressum = page_text(root, site.host, "/impressum/")
        assert official in impressum
        assert re.search(r"\b(Der|Die) \w*(bürgermeister|landr|präsident)", impressum, re.IGNORECASE), impressum
        assert re.search(r"\b\d{5} \w", impressum)


def test_internal_links_resolve_except_the_documented_dead_ones(state: tuple) -> None:
    root, sites, _ = state
    checked = 0
    for site in sites:
        if site.behaviour in ("dns", "timeout"):
            continue
        dead = set(labels(root, site.host)["dead_links"])
        broken = {url for _, url in outgoing(root, site.host) if not resolves(root, url)}
        assert broken == dead, site.host
        if site.behaviour == "normal":
            assert not broken
            checked += 1
    assert checked > 300


def test_every_page_of_a_normal_site_is_reachable_from_the_start_page(state: tuple) -> None:
    root, sites, _ = state
    for site in sites[:120]:
        if site.behaviour not in ("normal", "redirect", "latin1"):
            continue
        found = reachable_pages(root, site.host, site.start_url)
        pages = set(html_files(root, site.host))
        assert pages <= found, sorted(pages - found)[:5]
        assert len(pages) == site.pages


def test_pages_are_small_and_sites_have_the_requested_size(state: tuple) -> None:
    root, sites, _ = state
    assert max(path.stat().st_size for path in root.rglob("*") if path.is_file() and path.name != "_state.json") < (
        15_000
    )
    sizes = [site.pages for site in sites]
    assert min(sizes) >= 20 and max(sizes) <= 60
    assert max(sizes) - min(sizes) > 20


def test_pdf_forms_are_valid_and_named_like_forms(state: tuple) -> None:
    root, sites, _ = state
    seen = 0
    for site in sites[:150]:
        if site.behaviour in ("dns", "timeout"):
            continue
        for file in html_files(root, site.host):
            document = lxml_html.document_fromstring(file.read_bytes())
            for anchor in document.iter("a"):
                href = anchor.get("href", "")
                if not href.endswith(".pdf"):
                    continue
                naming = f"{anchor.text_content()} {re.sub(r'[_.-]+', ' ', href.rsplit('/', 1)[-1][:-4])}"
                assert FORM_DOCUMENT.search(naming) and not NOT_A_SERVICE_DOCUMENT.search(naming), naming
                pdf = root / site.host / href.lstrip("/")
                if pdf.is_file():
                    data = pdf.read_bytes()
                    assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
                    seen += 1
    assert seen > 100


def test_portal_pages_are_application_forms_and_only_level_4_promises_the_bundid_postbox(
    state: tuple,
) -> None:
    root, sites, _ = state
    levels: Counter[int] = Counter()
    for site in sites[:150]:
        if site.behaviour in ("dns", "js"):
            continue
        for service in labels(root, site.host)["services"]:
            if service["maturity"] < 3:
                continue
            url = service["evidence"][-1]
            parts = urlsplit(url)
            file = root / (parts.hostname or "") / parts.path.lstrip("/")
            file = file / "index.html" if parts.path.endswith("/") else file
            facts = extract_page(url, file.read_text(encoding="utf-8"))
            [form] = facts.forms
            assert form_role(form_item(form, facts, "portal")) == "application", url
            assert bool(states_fully_digital(facts.key_sentences)) == (service["maturity"] == 4), url
            levels[service["maturity"]] += 1
    assert levels[3] > 20 and levels[4] > 10


def test_contact_and_appointment_forms_are_not_applications(state: tuple) -> None:
    root, sites, _ = state
    site = next(s for s in sites if s.behaviour == "normal")
    url = f"{site.start_url}kontakt/"
    facts = extract_page(url, (root / site.host / "kontakt" / "index.html").read_text(encoding="utf-8"))
    [form] = [form for form in facts.forms if form.action.endswith("/kontakt/senden")]
    assert form_role(form_item(form, facts, "site")) == "contact"
    appointment = root / "termine.example-kommunal.de" / site.host.removeprefix("www.").removesuffix(".de")
    facts = extract_page("https://termine.example-kommunal.de/", (appointment / "index.html").read_text())
    form = facts.forms[0]
    assert form_role(form_item(form, facts, "portal")) == "appointment"


# -- behaviours ---------------------------------------------------------------------------------------


def test_behaviours_appear_in_the_expected_share(state: tuple) -> None:
    _, sites, _ = state
    counts = Counter(site.behaviour for site in sites)
    failing = round(0.15 * STATE_SIZE)
    assert STATE_SIZE - counts["normal"] == failing
    assert set(counts) == {"normal", *FAILURE_WEIGHTS}
    expected = behaviour_counts(failing, rng_for(3, "behaviours"))
    assert {name: counts[name] for name in FAILURE_WEIGHTS} == expected
    assert 1 <= counts["timeout"] <= 3
    assert counts["slow"] > counts["timeout"]


def test_each_behaviour_is_configured_as_documented(state: tuple) -> None:
    root, sites, _ = state
    for site in sites:
        if site.behaviour == "dns":
            continue
        config, folder = site_config(root, site.host), root / site.host
        latency = config["latency_ms"]
        assert latency == ([1300, 3100] if site.behaviour == "slow" else [100, 300])
        assert ("failure" in config) == (site.behaviour == "timeout")
        if site.behaviour == "blocking":
            assert re.search(str(config["block_user_agent"]), "ozg-screening/0.1.0 (+https://x)", re.I)
        robots = (folder / "robots.txt").read_text() if (folder / "robots.txt").is_file() else ""
        assert ("Disallow: /\n" in robots) == (site.behaviour == "robots_all")
        if site.behaviour == "trap":
            traps = [config.get("calendar_trap"), config.get("facet_trap")]
            home = (folder / "index.html").read_text(encoding="utf-8")
            assert any(trap and f'href="{trap}' in home for trap in traps)
        if site.behaviour == "redirect":
            assert config["redirects"] == {"/": "/startseite/"}
            assert (folder / "startseite" / "index.html").is_file() and not (folder / "index.html").exists()
        if site.behaviour == "latin1":
            data = b"".join(path.read_bytes() for path in html_files(root, site.host))
            assert re.search(rb"[\xe4\xf6\xfc\xdf]", data)
            with pytest.raises(UnicodeDecodeError):
                data.decode("utf-8")
        if site.behaviour == "broken":
            assert config["status"] and labels(root, site.host)["dead_links"]


def test_js_sites_hide_their_services_from_a_static_crawler(state: tuple) -> None:
    root, sites, _ = state
    js_sites = [site for site in sites if site.behaviour == "js"]
    assert js_sites
    for site in js_sites:
        found = {url_of(root, file) for file in reachable_pages(root, site.host, site.start_url)}
        service_pages = {s["evidence"][0] for s in labels(root, site.host)["services"]}
        assert service_pages and not service_pages & found
        assert len(found) > 10
        index = (root / site.host / "buergerservice" / "index.html").read_text(encoding="utf-8")
        assert '<div id="leistungen-app" class="leistungsliste"></div>' in index
        assert all(urlsplit(url).path in index for url in service_pages)
        assert visible_services(site) == {} and visible_services(site, browser=True) == site.services


def test_member_municipalities_small_sites_and_another_failure_share(tmp_path: Path) -> None:
    municipalities = load_municipalities(40, seed=8, types=("mitgliedsgemeinde",))
    sites = generate_state(tmp_path, municipalities, seed=8, pages_per_site=(10, 25), failure_share=0.5)
    assert Counter(site.behaviour == "normal" for site in sites)[False] == 20
    for site in sites:
        assert len(site.services) >= 8
        assert all("mitgliedsgemeinde" in relevance()[ozg_id] for ozg_id in site.services)
        assert site.host.startswith(("www.gemeinde-", "www.")) and HOST.match(site.host)
        assert site.pages <= 40  # the structure needs some pages, but the budget keeps sites small


# -- variants -----------------------------------------------------------------------------------------


def test_variant_1_changes_only_what_is_documented(variants: tuple) -> None:
    first_root, first, second_root, second = variants
    assert [s.host for s in first] == [s.host for s in second]
    upgraded, degraded, offline, unchanged = [], [], [], []
    for before, after in zip(first, second, strict=True):
        if before.behaviour != after.behaviour:
            assert before.behaviour == "normal" and after.behaviour in ("dns", "timeout")
            assert before.services == after.services
            offline.append(after)
        elif before.services == after.services:
            unchanged.append(after)
        elif any(after.services.get(k, 0) > v for k, v in before.services.items()) or (
            set(after.services) - set(before.services)
        ):
            assert all(level >= 3 for k, level in after.services.items() if before.services.get(k) != level)
            upgraded.append((before, after))
        else:
            assert set(after.services) <= set(before.services)
            degraded.append((before, after))
    assert 1 <= len(offline) <= 2
    assert len(upgraded) >= 5 and len(degraded) >= 5
    for site in unchanged:
        assert tree(first_root / site.host) == tree(second_root / site.host)
    dead_links = 0
    for before, after in degraded:
        for ozg_id, level in before.services.items():
            if ozg_id in after.services and after.services[ozg_id] < level:
                assert level >= 3 and after.services[ozg_id] <= 2
                [dead] = [u for u in labels(second_root, after.host)["dead_links"] if not u.startswith("http://")]
                assert not resolves(second_root, dead)
                assert dead in {url for _, url in outgoing(second_root, after.host)}
                assert resolves(first_root, dead)
                dead_links += 1
    assert dead_links >= 1
    for site in offline:
        assert (second_root / site.host).is_dir() == (site.behaviour == "timeout")


def test_regenerating_into_the_same_folder_removes_hosts_that_went_offline(tmp_path: Path) -> None:
    municipalities = load_municipalities(30, seed=5)
    generate_state(tmp_path, municipalities, seed=5)
    second = generate_state(tmp_path, municipalities, seed=5, variant=1)
    assert any(site.behaviour == "dns" for site in second)
    for site in second:
        assert (tmp_path / site.host).is_dir() == (site.behaviour != "dns")
    assert json.loads((tmp_path / "_state.json").read_text())["variant"] == 1


def test_websites_csv_has_ars_and_start_url(variants: tuple, tmp_path: Path) -> None:
    _, first, _, _ = variants
    target = tmp_path / "websites.csv"
    write_websites_csv(target, first)
    with target.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert reader.fieldnames == ["ars", "website"]
    assert [(row["ars"], row["website"]) for row in rows] == [(s.municipality.ars, s.start_url) for s in first]
    assert all(re.fullmatch(r"\d{12}", row["ars"]) and row["website"].startswith("http://www.") for row in rows)
