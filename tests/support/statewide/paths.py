"""Where each layout puts its pages: the URL scheme of five kinds of municipal CMS."""

from __future__ import annotations

from dataclasses import dataclass

from tests.support.statewide.naming import slugify
from tests.support.statewide.plan import ServicePlan, SitePlan
from tests.support.statewide.services import THEMES

COMMON = {"impressum": "/impressum/", "datenschutz": "/datenschutz/", "kontakt": "/kontakt/",
          "barrierefreiheit": "/barrierefreiheit/"}  # fmt: skip


@dataclass(frozen=True)
class Paths:
    """Path templates; {slug}, {theme}, {n} and {k} (a per-site number, as portal CMSs use) are filled in."""

    index: str
    service: str
    news: str
    news_item: str
    events: str
    jobs: str
    job_item: str
    misc: str
    misc_item: str
    theme: str = ""  # a page per theme (nested, lifeevents)
    overview: str = ""  # an extra "Rathaus"/"Verwaltung" overview page
    forms: str = ""  # a page listing all PDF forms (tiles)


# fmt: off
LAYOUT_PATHS = {
    "classic": Paths("/buergerservice/", "/buergerservice/{slug}/", "/aktuelles/", "/aktuelles/{slug}/",
                     "/veranstaltungen/", "/stellenangebote/", "/stellenangebote/{slug}/", "/rathaus/",
                     "/rathaus/{slug}/"),
    "az": Paths("/verwaltung/dienstleistungen-a-z.html", "/verwaltung/dienstleistungen/{slug}.html",
                "/neuigkeiten/index.html", "/neuigkeiten/{slug}.html", "/veranstaltungen/index.html",
                "/karriere/index.html", "/karriere/{slug}.html", "/leben/index.html", "/leben/{slug}.html",
                overview="/verwaltung/index.html"),
    "tiles": Paths("/online-rathaus/", "/online-rathaus/{slug}/", "/aktuelles/", "/aktuelles/{slug}/",
                   "/veranstaltungen/", "/jobs/", "/jobs/{slug}/", "/unsere-gemeinde/",
                   "/unsere-gemeinde/{slug}/", forms="/formulare/"),
    "nested": Paths("/rathaus/buergerservice/", "/rathaus/buergerservice/{theme}/{slug}/", "/aktuelles/",
                    "/aktuelles/{slug}/", "/leben/veranstaltungen/", "/rathaus/stellenangebote/",
                    "/rathaus/stellenangebote/{slug}/", "/leben/", "/leben/{slug}/",
                    theme="/rathaus/buergerservice/{theme}/", overview="/rathaus/"),
    "lifeevents": Paths("/portal/seiten/was-erledige-ich-wo-900000010-{k}.html",
                        "/portal/seiten/{slug}-90{n}-{k}.html",
                        "/portal/meldungen/uebersicht-901000000-{k}.html",
                        "/portal/meldungen/{slug}-9010000{n}-{k}.html",
                        "/portal/veranstaltungen/uebersicht-902000000-{k}.html",
                        "/portal/seiten/stellenangebote-900000020-{k}.html",
                        "/portal/seiten/{slug}-9000003{n}-{k}.html",
                        "/portal/seiten/unsere-gemeinde-900000030-{k}.html",
                        "/portal/seiten/{slug}-9000004{n}-{k}.html",
                        theme="/portal/seiten/{theme}-9000001{n}-{k}.html"),
}
# fmt: on


class SitePaths:
    """The concrete paths of one site."""

    def __init__(self, plan: SitePlan) -> None:
        self.plan = plan
        self.templates = LAYOUT_PATHS[plan.layout]
        self.k = plan.municipality.ars[:5]
        self.home = "/startseite/" if plan.behaviour == "redirect" else "/"
        self.themes = sorted({service.spec.theme for service in plan.services}, key=lambda t: THEMES[t].title)

    def fill(self, template: str, slug: str = "", theme: str = "", n: str = "") -> str:
        return template.format(slug=slug, theme=theme, n=n, k=self.k)

    def page(self, name: str) -> str:
        """index, news, events, jobs, misc, overview, forms: the fixed pages of the layout."""
        return self.fill(getattr(self.templates, name))

    def theme_slug(self, theme: str) -> str:
        title = THEMES[theme].life_event if self.plan.layout == "lifeevents" else THEMES[theme].title
        return slugify(title)

    def theme(self, theme: str) -> str:
        number = f"{sorted(THEMES).index(theme):02d}"
        return self.fill(self.templates.theme, theme=self.theme_slug(theme), n=number)

    def service(self, service: ServicePlan) -> str:
        return self.fill(self.templates.service, service.slug, self.theme_slug(service.spec.theme), service.spec.ozg_id)

    def news_item(self, index: int, title: str) -> str:
        return self.fill(self.templates.news_item, slugify(title), n=f"{index:02d}")

    def job_item(self, index: int, title: str) -> str:
        return self.fill(self.templates.job_item, slugify(title)[:40].strip("-"), n=f"{index:02d}")

    def misc_item(self, index: int, title: str) -> str:
        return self.fill(self.templates.misc_item, slugify(title), n=f"{index:02d}")

    def structural(self) -> list[str]:
        """Every page that is not news, advert or other filler: its count sets the filler budget."""
        fixed = [
            self.home,
            *COMMON.values(),
            *(self.page(n) for n in ("index", "news", "events", "jobs", "misc")),
        ]
        fixed += [self.page(name) for name in ("overview", "forms") if getattr(self.templates, name)]
        if self.templates.theme:
            fixed += [self.theme(theme) for theme in self.themes]
        return fixed + [self.service(service) for service in self.plan.services]


def file_of(path: str) -> str:
    """'/a/b/' -> 'a/b/index.html'; '/a/b.html' -> 'a/b.html'."""
    relative = path.lstrip("/")
    return relative + "index.html" if not relative or relative.endswith("/") else relative
