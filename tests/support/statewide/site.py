"""One municipality's website as files: pages, PDF forms, robots.txt, sitemap, _site.json, _labels.json."""

from __future__ import annotations

import json
from dataclasses import dataclass

from tests.support.statewide import pages
from tests.support.statewide import service_pages as sp
from tests.support.statewide.chrome import Frame, render
from tests.support.statewide.content import JOBS, MISC, NEWS, TITLE_FORMATS, pick
from tests.support.statewide.paths import COMMON, SitePaths, file_of
from tests.support.statewide.pdf import form_pdf
from tests.support.statewide.plan import ServicePlan, SitePlan
from tests.support.statewide.portal import portal_url
from tests.support.statewide.services import THEMES

BLOCKED_AGENTS = "ozg-screening|bot|crawler|spider"
WHY = {
    1: "own information page",
    2: "information page with a PDF application form",
    3: "online application form on the linked portal",
    4: "online application form; the portal delivers the notice to the BundID postbox",
}
Crumbs = list[tuple[str, str]]


@dataclass
class SiteOutput:
    files: dict[str, bytes]  # file path below the host folder -> content
    pages: int
    labels: dict[str, object]


class SiteBuilder:
    """Renders a plan; the result depends on nothing else."""

    def __init__(self, plan: SitePlan) -> None:
        self.plan = plan
        self.paths = SitePaths(plan)
        self.who = plan.identity
        self.pages: dict[str, str] = {}
        self.files: dict[str, bytes] = {}
        self.status: dict[str, int] = {}
        self.dead: list[str] = []
        self.pdf_sizes: dict[str, int] = {}
        self.menu = pages.menu(plan, self.paths)

    def build(self) -> SiteOutput:
        self.add_documents()
        self.add_fixed_pages()
        self.add_services()
        self.add_news_jobs_misc()
        self.add_broken_pages()
        encoding = "iso-8859-1" if self.plan.behaviour == "latin1" else "utf-8"
        for path, html in self.pages.items():
            self.files[file_of(path)] = html.encode(encoding, errors="xmlcharrefreplace")
        self.dead += [portal_url(self.plan, s) for s in self.plan.services if s.online and not s.portal_live]
        self.add_crawler_files()
        return SiteOutput(self.files, len(self.pages), self.labels())

    def add(self, path: str, title: str, main: str, crumbs: Crumbs | None = None) -> None:
        """A page; crumbs None means no breadcrumb, [] one that leads back to the start page only."""
        plan = self.plan
        frame = Frame(
            layout=plan.layout,
            title=pick(TITLE_FORMATS, plan.style).format(title=title, site=self.who.official),
            site_name=self.who.official,
            menu=self.menu,
            footer=pages.footer(self.who),
            footer_links=pages.FOOTER_LINKS,
            charset="iso-8859-1" if plan.behaviour == "latin1" else "utf-8",
            search=plan.style % 3 == 0,
        )
        trail = [("Startseite", "/"), *crumbs] if crumbs is not None else []
        self.pages[path] = render(frame, main, trail, title)

    def add_documents(self) -> None:
        for service in self.plan.services:
            if not service.pdf:
                continue
            data = form_pdf(f"Antrag: {service.title}", self.who.official, service.spec.fields)
            self.pdf_sizes[service.spec.ozg_id] = len(data)
            if service.pdf_dead:
                self.dead.append(sp.pdf_path(self.plan, service))
            else:
                self.files[sp.pdf_path(self.plan, service).lstrip("/")] = data

    def add_fixed_pages(self) -> None:
        plan, paths, who = self.plan, self.paths, self.who
        self.add(paths.home, "Startseite", pages.home_main(plan, paths))
        self.add(COMMON["impressum"], "Impressum", pages.impressum_main(who, plan.municipality.ars), [])
        self.add(COMMON["datenschutz"], "Datenschutz", pages.privacy_main(who), [])
        self.add(COMMON["barrierefreiheit"], "Barrierefreiheit", pages.accessibility_main(), [])
        self.add(COMMON["kontakt"], "Kontakt", pages.contact_main(who), [])
        self.add(paths.page("events"), "Veranstaltungen", pages.events_main(plan, paths), [])
        if paths.templates.overview:
            heading = "Verwaltung" if plan.layout == "az" else "Rathaus"
            links = [("Bürgerservice", paths.page("index")), ("Stellenangebote", paths.page("jobs")),
                     ("Kontakt", COMMON["kontakt"])]  # fmt: skip
            self.add(paths.page("overview"), heading, pages.listing_main(heading, links), [])

    def add_services(self) -> None:
        plan, paths = self.plan, self.paths
        index_crumbs = self.index_crumbs()
        self.add(paths.page("index"), "Dienstleistungen", sp.index_main(plan, paths), index_crumbs[:-1])
        if paths.templates.theme:
            for theme in paths.themes:
                main = sp.theme_main(plan, paths, theme)
                self.add(paths.theme(theme), sp.theme_label(plan, theme), main, index_crumbs)
        if paths.templates.forms:
            self.add(paths.page("forms"), "Formulare", sp.forms_main(plan, self.pdf_sizes), [])
        for service in plan.services:
            crumbs = list(index_crumbs)
            if paths.templates.theme:
                crumbs.append((sp.theme_label(plan, service.spec.theme), paths.theme(service.spec.theme)))
            main = sp.service_main(plan, service, self.pdf_sizes.get(service.spec.ozg_id, 0))
            self.add(paths.service(service), service.title, main, crumbs)

    def index_crumbs(self) -> Crumbs:
        labels = {
            "az": "Dienstleistungen A–Z",
            "tiles": "Online-Rathaus",
            "lifeevents": "Was erledige ich wo?",
        }
        crumbs = [("Rathaus", self.paths.page("overview"))] if self.plan.layout == "nested" else []
        return [*crumbs, (labels.get(self.plan.layout, "Bürgerservice"), self.paths.page("index"))]

    def add_news_jobs_misc(self) -> None:
        plan, paths, who = self.plan, self.paths, self.who
        news = [(NEWS[i][0], paths.news_item(i, NEWS[i][0]), i) for i in plan.news]
        for title, path, i in news:
            self.add(path, title, pages.news_main(plan, paths, i), [("Aktuelles", paths.page("news"))])
        self.add(paths.page("news"), "Aktuelles", pages.listing_main("Aktuelles", [n[:2] for n in news]), [])
        jobs = [(JOBS[i][0], paths.job_item(i, JOBS[i][0]), i) for i in plan.jobs]
        for title, path, i in jobs:
            self.add(path, title, pages.job_main(who, i), [("Stellenangebote", paths.page("jobs"))])
        main = pages.listing_main("Stellenangebote", [j[:2] for j in jobs])
        self.add(paths.page("jobs"), "Stellenangebote", main, [])
        misc = [(MISC[i][0], paths.misc_item(i, MISC[i][0]), i) for i in plan.misc]
        for title, path, i in misc:
            self.add(path, title, pages.misc_main(who, i), [])
        self.add(paths.page("misc"), "Über uns", pages.listing_main(who.official, [m[:2] for m in misc]), [])

    def add_broken_pages(self) -> None:
        """A "broken" site answers some pages with 500 or 404 and links a page that was never written."""
        plan = self.plan
        if plan.behaviour != "broken":
            return
        self.dead.append(pages.MISSING_MENU_PAGE)
        for i in plan.news[-2:]:
            self.status[self.paths.news_item(i, NEWS[i][0])] = 500
        if plan.misc:
            self.status[self.paths.misc_item(plan.misc[0], MISC[plan.misc[0]][0])] = 404
        self.dead += list(self.status)

    def add_crawler_files(self) -> None:
        plan = self.plan
        base = f"http://{plan.host}"
        if plan.behaviour == "robots_all":
            self.files["robots.txt"] = b"User-agent: *\nDisallow: /\n"
        elif plan.style % 4:  # a quarter of the sites have no robots.txt at all
            sitemap = f"Sitemap: {base}/sitemap.xml\n" if plan.sitemap else ""
            self.files["robots.txt"] = f"User-agent: *\nDisallow: /intern/\n{sitemap}".encode()
        if plan.sitemap:
            urls = "".join(f"<url><loc>{base}{path}</loc></url>" for path in sorted(self.pages))
            namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"
            xml = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{namespace}">{urls}</urlset>\n'
            self.files["sitemap.xml"] = xml.encode()
        self.files[f"static/{plan.layout}.css"] = b"body{font-family:sans-serif;margin:0}\n"
        config = json.dumps(self.site_config(), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
        self.files["_site.json"] = config.encode()
        self.files["_labels.json"] = (json.dumps(self.labels(), indent=1, ensure_ascii=False) + "\n").encode()

    def site_config(self) -> dict[str, object]:
        plan = self.plan
        config: dict[str, object] = {"latency_ms": list(plan.latency)}
        if plan.behaviour == "broken":
            config["status"] = dict(sorted(self.status.items()))
        elif plan.behaviour == "blocking":
            config["block_user_agent"] = BLOCKED_AGENTS
        elif plan.behaviour == "timeout":
            config["failure"] = "timeout"
        elif plan.behaviour == "latin1":
            config["charset"] = {"*.html": "iso-8859-1"}
        elif plan.behaviour == "redirect":
            config["redirects"] = {"/": self.paths.home}
        if "calendar" in plan.traps:
            config["calendar_trap"] = pages.calendar_prefix(self.paths)
        if "facet" in plan.traps:
            config["facet_trap"] = pages.FACET_ENTRY.split("/?")[0]
        return config

    def labels(self) -> dict[str, object]:
        """The ground truth in the format of tests/sites/*/_labels.json, plus behaviour and dead links."""
        plan, municipality = self.plan, self.plan.municipality
        return {
            "municipality": {"name": self.who.official, "type": municipality.type, "ars": municipality.ars},
            "start_url": f"http://{plan.host}/",
            "behaviour": plan.behaviour,
            "layout": plan.layout,
            "portal": plan.portal,
            "services": [self.label(service) for service in plan.services],
            "not_services": [],
            "dead_links": self.dead_links(),
        }

    def dead_links(self) -> list[str]:
        """Links the site deliberately leaves broken, as absolute URLs."""
        host = self.plan.host
        return sorted(f"http://{host}{url}" if url.startswith("/") else url for url in set(self.dead))

    def label(self, service: ServicePlan) -> dict[str, object]:
        page = f"http://{self.plan.host}{self.paths.service(service)}"
        level = service.level
        evidence = [page]
        if level == 2:
            evidence.append(f"http://{self.plan.host}{sp.pdf_path(self.plan, service)}")
        elif level >= 3:
            evidence.append(portal_url(self.plan, service))
        return {
            "ozg_id": service.spec.ozg_id,
            "maturity": level,
            "name": service.title,
            "theme": THEMES[service.spec.theme].title,
            "why": WHY[level],
            "evidence": evidence,
        }
