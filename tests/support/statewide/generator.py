"""A synthetic "state": many varied municipal websites written into a folder for `crawler.localweb`.

Every sub-folder of the target is one host's document root (its `_site.json` sets the misbehaviour,
its `_labels.json` holds the ground truth); `_state.json` at the top lists what was written. Everything
is a pure function of (municipalities, seed, variant, options): the same call writes the same bytes.

    sites = generate_state(Path("/tmp/state"), load_municipalities(440), latency_ms=(100, 300))
    python -m crawler.localweb /tmp/state --port-file /tmp/p.json
"""

from __future__ import annotations

import csv
import json
import random
import shutil
from pathlib import Path

from tests.support.paths import PROJECT_ROOT
from tests.support.statewide.model import BEHAVIOURS, GeneratedSite, Municipality
from tests.support.statewide.paths import SitePaths
from tests.support.statewide.plan import (
    SitePlan,
    apply_variant,
    assign_behaviours,
    assign_hosts,
    plan_fillers,
    plan_site,
    rng_for,
)
from tests.support.statewide.portal import SHARED_HOSTS, appointment_files, portal_files, shared_start_pages
from tests.support.statewide.site import SiteBuilder

__all__ = [
    "BEHAVIOURS",
    "GeneratedSite",
    "Municipality",
    "generate_state",
    "load_municipalities",
    "visible_services",
    "write_websites_csv",
]

REGISTRY = PROJECT_ROOT / "data" / "municipalities" / "niedersachsen.csv"
MANIFEST = "_state.json"
UNREACHABLE = frozenset({"dns", "timeout"})  # no answer at all
REFUSING = frozenset({"blocking", "robots_all"})  # answers, but a polite crawler may not read the pages

HostFiles = dict[str, dict[str, bytes]]


def load_municipalities(
    count: int, seed: int = 0, types: tuple[str, ...] = ("samtgemeinde", "stadt", "gemeinde")
) -> list[Municipality]:
    """Pick `count` real municipalities from data/municipalities/niedersachsen.csv (deterministic by seed).

    The registry is shuffled once per seed and the first `count` taken, so a smaller state is always a
    subset of a larger one with the same seed. The result is sorted by ARS.
    """
    with REGISTRY.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["type"] in types]
    if count > len(rows):
        raise ValueError(f"only {len(rows)} municipalities of types {types} in the registry, {count} wanted")
    random.Random(f"{seed}|municipalities").shuffle(rows)
    chosen = [Municipality(ars=row["ars"], name=row["name"], type=row["type"]) for row in rows[:count]]
    return sorted(chosen, key=lambda municipality: municipality.ars)


def generate_state(
    target: Path,
    municipalities: list[Municipality],
    *,
    seed: int = 0,
    latency_ms: tuple[int, int] = (0, 0),
    pages_per_site: tuple[int, int] = (20, 60),
    failure_share: float = 0.15,
    variant: int = 0,
) -> list[GeneratedSite]:
    """Write one site folder per municipality (plus shared portal hosts) into target.

    Deterministic for (seed, variant): the same call writes the same bytes.

    Folders of an earlier state written into the same target are removed first, so a host that is
    unreachable in this variant really has no folder.
    """
    if len({m.ars for m in municipalities}) != len(municipalities):
        raise ValueError("municipalities must not repeat")
    plans = make_plans(municipalities, seed, latency_ms, pages_per_site, failure_share)
    apply_variant(plans, seed, variant)
    hosts: HostFiles = {}
    sites = []
    for plan in plans:
        output = SiteBuilder(plan).build()
        if plan.behaviour != "dns":  # no folder: the proxy answers with a DNS failure
            hosts[plan.host] = output.files
        add_portal_pages(hosts, plan)
        sites.append(site_record(plan, output.pages))
    merge(hosts, shared_start_pages())
    portal_config = json.dumps({"latency_ms": list(latency_ms)}).encode()
    for host, files in hosts.items():
        if host in SHARED_HOSTS or host.endswith(".rathausdirekt.de"):
            files["_site.json"] = portal_config
    write_hosts(target, hosts, manifest(seed, variant, sites, sorted(hosts)))
    return sites


def add_portal_pages(hosts: HostFiles, plan: SitePlan) -> None:
    """The municipality's pages on the shared hosts; a tenant host only when it has online services."""
    merge(hosts, appointment_files(plan))
    if plan.portal != "rathausdirekt" or any(service.online for service in plan.services):
        merge(hosts, portal_files(plan))


def merge(hosts: HostFiles, pages: dict[str, dict[str, str]]) -> None:
    for host, files in pages.items():
        hosts.setdefault(host, {}).update({path: html.encode() for path, html in files.items()})


def make_plans(
    municipalities: list[Municipality],
    seed: int,
    latency_ms: tuple[int, int],
    pages_per_site: tuple[int, int],
    failure_share: float,
) -> list[SitePlan]:
    """The state at variant 0; fillers are sized here, so later variants keep the same news and adverts."""
    hosts = assign_hosts(municipalities, seed)
    behaviours = assign_behaviours(len(municipalities), failure_share, seed)
    plans = []
    for municipality, host, behaviour in zip(municipalities, hosts, behaviours, strict=True):
        plan = plan_site(municipality, host, behaviour, seed, latency_ms, pages_per_site)
        structural = len(SitePaths(plan).structural())
        plan_fillers(plan, structural, rng_for(seed, "fillers", municipality.ars))
        plans.append(plan)
    return plans


def site_record(plan: SitePlan, pages: int) -> GeneratedSite:
    return GeneratedSite(
        municipality=plan.municipality,
        host=plan.host,
        start_url=f"http://{plan.host}/",
        behaviour=plan.behaviour,
        services=plan.ground_truth,
        pages=pages,
    )


def manifest(seed: int, variant: int, sites: list[GeneratedSite], hosts: list[str]) -> dict[str, object]:
    entries = [
        {
            "ars": s.municipality.ars,
            "host": s.host,
            "behaviour": s.behaviour,
            "pages": s.pages,
            "services": s.services,
        }
        for s in sites
    ]
    return {"seed": seed, "variant": variant, "sites": entries, "hosts": hosts}


def write_hosts(target: Path, hosts: HostFiles, state: dict[str, object]) -> None:
    target.mkdir(parents=True, exist_ok=True)
    previous = target / MANIFEST
    stale = set(json.loads(previous.read_text(encoding="utf-8"))["hosts"]) if previous.is_file() else set()
    for host in sorted(stale | set(hosts)):
        if (target / host).is_dir():
            shutil.rmtree(target / host)
    made: set[Path] = set()
    for host, files in hosts.items():
        root = target / host
        for relative, data in files.items():
            file = root / relative
            if file.parent not in made:
                file.parent.mkdir(parents=True, exist_ok=True)
                made.add(file.parent)
            file.write_bytes(data)
    previous.write_text(json.dumps(state, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def write_websites_csv(path: Path, sites: list[GeneratedSite]) -> None:
    """CSV with columns ars,website (website = start_url) for `ozg-screen municipalities import-websites`."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["ars", "website"])
        writer.writerows([site.municipality.ars, site.start_url] for site in sites)


def visible_services(site: GeneratedSite, *, browser: bool = False) -> dict[str, int]:
    """What a polite crawler can find: nothing on unreachable, blocking or robots-closed hosts, and on
    script-built sites only with a browser. Scores should be compared against this, not `services`."""
    if site.behaviour in UNREACHABLE | REFUSING or (site.behaviour == "js" and not browser):
        return {}
    return dict(site.services)
