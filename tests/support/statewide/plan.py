"""What each generated site contains, decided before any HTML is written: layout, services, behaviour."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from tests.support.statewide.content import JOBS, MISC, NEWS
from tests.support.statewide.model import Municipality
from tests.support.statewide.naming import Identity, host_candidates, identity, slugify, unique_host
from tests.support.statewide.services import ServiceSpec, services_for

LAYOUTS = ("classic", "az", "tiles", "nested", "lifeevents")
PORTALS = ("rathausdirekt", "serviceportal", "civento")
HEADING_STYLES = ("sections", "questions", "definitions", "details")
# Relative frequency of each misbehaviour among the failing share; timeouts stay rare because a
# timed-out host costs a crawler its full download timeout on every retry.
FAILURE_WEIGHTS = {
    "slow": 3.0, "broken": 3.0, "trap": 2.0, "latin1": 2.0, "redirect": 2.0, "js": 2.0,
    "blocking": 1.5, "robots_all": 1.0, "dns": 1.0, "timeout": 0.5,
}  # fmt: skip
SLOW_EXTRA_MS = (1200, 2800)
MIN_SERVICES, MAX_SERVICES = 8, 30


def rng_for(seed: int, *parts: str) -> random.Random:
    """A generator seeded from text, so results never depend on PYTHONHASHSEED or on list order."""
    return random.Random("|".join((str(seed), *parts)))


@dataclass
class ServicePlan:
    spec: ServiceSpec
    title: str
    online: bool = False  # the site links an online application
    portal_live: bool = True  # the linked portal page exists (False: the link is dead)
    digital: bool = False  # the portal page says the notice reaches the BundID postbox
    pdf: bool = False  # the site links a PDF form
    pdf_dead: bool = False  # ... but the file is missing
    wording: int = 0  # which link wording the page uses (see content.py)
    appointment: bool = False  # the page also links "Termin vereinbaren"

    @property
    def slug(self) -> str:
        return slugify(self.title)

    @property
    def level(self) -> int:
        """The ground truth: what a careful human would rate this service on this site."""
        if self.online and self.portal_live:
            return 4 if self.digital else 3
        return 2 if self.pdf and not self.pdf_dead else 1


@dataclass
class SitePlan:
    municipality: Municipality
    host: str
    identity: Identity
    behaviour: str
    layout: str
    portal: str
    heading_style: str
    latency: tuple[int, int]
    services: list[ServicePlan]
    style: int  # small cosmetic choices: title separators, greeting, document folder
    news: list[int] = field(default_factory=list)  # indexes into content.NEWS
    jobs: list[int] = field(default_factory=list)
    misc: list[int] = field(default_factory=list)
    sitemap: bool = False
    traps: tuple[str, ...] = ()
    target_pages: int = 0

    @property
    def core(self) -> str:
        """The host without www. and .de; names the municipality's tenant on the shared portals."""
        return self.host.removeprefix("www.").removesuffix(".de")

    @property
    def ground_truth(self) -> dict[str, int]:
        return {service.spec.ozg_id: service.level for service in self.services}


def assign_hosts(municipalities: list[Municipality], seed: int) -> list[str]:
    taken: set[str] = set()
    hosts = []
    for municipality in municipalities:
        rng = rng_for(seed, "host", municipality.ars)
        host = unique_host(host_candidates(municipality.name, municipality.type, rng), taken, municipality.ars)
        taken.add(host)
        hosts.append(host)
    return hosts


def behaviour_counts(failing: int, rng: random.Random) -> dict[str, int]:
    """Split the failing sites over the misbehaviours by weight (largest remainder, seeded tie-break)."""
    total = sum(FAILURE_WEIGHTS.values())
    quotas = {name: failing * weight / total for name, weight in FAILURE_WEIGHTS.items()}
    counts = {name: int(quota) for name, quota in quotas.items()}
    order = sorted(quotas, key=lambda name: (-(quotas[name] - counts[name]), rng.random()))
    for name in order[: failing - sum(counts.values())]:
        counts[name] += 1
    return counts


def assign_behaviours(count: int, failure_share: float, seed: int) -> list[str]:
    rng = rng_for(seed, "behaviours")
    failing = min(count, round(count * failure_share))
    pool = [name for name, n in behaviour_counts(failing, rng).items() for _ in range(n)]
    behaviours = pool + ["normal"] * (count - len(pool))
    rng.shuffle(behaviours)
    return behaviours


def plan_site(
    municipality: Municipality,
    host: str,
    behaviour: str,
    seed: int,
    latency: tuple[int, int],
    pages_per_site: tuple[int, int],
) -> SitePlan:
    rng = rng_for(seed, "site", municipality.ars)
    layout = "classic" if behaviour == "js" else rng.choice(LAYOUTS)
    if behaviour == "slow":
        latency = (latency[0] + SLOW_EXTRA_MS[0], latency[1] + SLOW_EXTRA_MS[1])
    plan = SitePlan(
        municipality=municipality,
        host=host,
        identity=identity(municipality.name, municipality.type, municipality.ars, host),
        behaviour=behaviour,
        layout=layout,
        portal=rng.choice(PORTALS),
        heading_style=rng.choice(HEADING_STYLES),
        latency=latency,
        services=[],
        style=rng.randrange(1000),
        sitemap=behaviour == "normal" and rng.random() < 0.5,
    )
    plan.target_pages = rng.randint(*pages_per_site)
    plan.services = choose_services(municipality.type, plan.target_pages, rng)
    if behaviour == "trap":
        plan.traps = rng.choice((("calendar",), ("facet",), ("calendar", "facet")))
    if behaviour == "broken":
        broken_pdf = next((service for service in plan.services if service.level == 2), None)
        if broken_pdf is not None:
            broken_pdf.pdf_dead = True
    return plan


def choose_services(municipality_type: str, target_pages: int, rng: random.Random) -> list[ServicePlan]:
    """8-30 services, fewer when the page budget is small; the maturity mix differs from site to site."""
    available = services_for(municipality_type)
    wanted = rng.randint(MIN_SERVICES, MAX_SERVICES)
    budget = max(MIN_SERVICES, target_pages - 16)  # about 16 pages are navigation, news, imprint ...
    count = min(wanted, budget, len(available))
    digital_mindset = rng.random()  # some municipalities put much online, others almost nothing
    chosen = sorted(rng.sample(available, count), key=lambda spec: spec.ozg_id)
    return [new_service(spec, rng, digital_mindset) for spec in chosen]


def new_service(spec: ServiceSpec, rng: random.Random, digital_mindset: float, minimum: int = 1) -> ServicePlan:
    service = ServicePlan(spec=spec, title=rng.choice(spec.titles), wording=rng.randrange(1000))
    roll = rng.random()
    online = roll < 0.08 + 0.45 * digital_mindset or minimum >= 3
    service.online = online and spec.max_level >= 3
    service.digital = service.online and rng.random() < 0.35
    service.pdf = spec.max_level >= 2 and (rng.random() < 0.45 if not service.online else rng.random() < 0.2)
    service.appointment = spec.theme in ("melde", "standesamt", "verkehr") and rng.random() < 0.5
    return service


def plan_fillers(plan: SitePlan, structural_pages: int, rng: random.Random) -> None:
    """News, job adverts and other pages up to the page target; at least some news and one advert."""
    budget = max(4, plan.target_pages - structural_pages)
    news = min(len(NEWS), max(3, budget // 3))
    jobs = min(len(JOBS), max(1, budget // 8))
    misc = min(len(MISC), budget - news - jobs)
    plan.news = sorted(rng.sample(range(len(NEWS)), news))
    plan.jobs = sorted(rng.sample(range(len(JOBS)), jobs))
    plan.misc = sorted(rng.sample(range(len(MISC)), max(0, misc)))


def apply_variant(plans: list[SitePlan], seed: int, variant: int) -> None:
    """Time passes: each step upgrades some sites, degrades others and takes one or two offline."""
    for step in range(1, variant + 1):
        rng = rng_for(seed, "variant", str(step))
        candidates = sorted((plan for plan in plans if plan.behaviour == "normal"), key=lambda p: p.host)
        if not candidates:
            return
        changes = max(1, len(candidates) // 10)
        chosen = rng.sample(candidates, min(len(candidates), 2 * changes + 2))
        for plan in chosen[:changes]:
            upgrade(plan, rng)
        for plan in chosen[changes : 2 * changes]:
            degrade(plan, rng)
        offline = chosen[2 * changes :][: 1 if len(plans) < 50 else 2]
        for index, plan in enumerate(offline):
            plan.behaviour = "dns" if index == 0 else "timeout"


def upgrade(plan: SitePlan, rng: random.Random) -> None:
    """Put an offline service online, or add a new online service."""
    offline = [s for s in plan.services if s.level <= 2 and s.spec.max_level >= 3]
    used = {s.spec.ozg_id for s in plan.services}
    unused = [spec for spec in services_for(plan.municipality.type) if spec.ozg_id not in used]
    unused = [spec for spec in unused if spec.max_level >= 3]
    if offline and (not unused or rng.random() < 0.6):
        service = rng.choice(offline)
        service.online, service.portal_live, service.pdf_dead = True, True, False
        service.digital = rng.random() < 0.4
    elif unused:
        added = new_service(rng.choice(unused), rng, 1.0, minimum=3)
        plan.services = sorted([*plan.services, added], key=lambda s: s.spec.ozg_id)


def degrade(plan: SitePlan, rng: random.Random) -> None:
    """Drop a service entirely, or let its online link die (the link stays, the portal page is gone)."""
    online = [s for s in plan.services if s.online and s.portal_live]
    if online and rng.random() < 0.6:
        rng.choice(online).portal_live = False
    elif len(plan.services) > 1:
        dropped = rng.choice(plan.services)
        plan.services = [s for s in plan.services if s is not dropped]
