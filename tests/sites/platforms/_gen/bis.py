"""OpenR@thaus / "BIS" service portals: a Liferay portlet with an A-Z list, detail pages, offices and documents."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from urllib.parse import quote

from _gen.common import STYLE, Host, esc, pdf

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWZ"


@dataclass
class AzEntry:
    title: str
    href: str
    kategorie: str
    synonyme: list[str] = field(default_factory=list)
    letter: str = ""


@dataclass
class Bis:
    host: Host
    section: str  # dienstleistungen | suche | informationen-und-auftrage
    owner: str  # "Stadt Brakenfeld"
    brand: str  # "OpenR@thaus"
    home_url: str  # the municipality's main site
    portal_words: str  # how detail pages name the online portal, e.g. "das OpenR@thaus der Stadt Brakenfeld"
    az: list[AzEntry] = field(default_factory=list)

    # ------------------------------------------------------------------------------------------ paths
    def detail_path(self, ident: int) -> str:
        return f"/{self.section}/-/egov-bis-detail/dienstleistung/{ident}/show"

    def office_path(self, ident: int) -> str:
        return f"/{self.section}/-/egov-bis-detail/einrichtung/{ident}/show"

    def doc_path(self, ident: int) -> str:
        return f"/{self.section}/-/egov-bis-detail/dokument/{ident}/download"

    def auth_href(self, slug: str) -> str:
        return "/auth?redirect=" + quote(f"/antrag/{slug}", safe="")

    # ----------------------------------------------------------------------------------------- layout
    def layout(self, path: str, title: str, body: str, head: str = "") -> str:
        if "o/openrathaus-theme/css/main.css" not in self.host.files:
            self.host.raw("/o/openrathaus-theme/css/main.css", STYLE)
        text = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="de-DE">
<head>
<meta charset="utf-8">
<title>{esc(title)} - {esc(self.brand)} {esc(self.owner)}</title>
<meta name="viewport" content="initial-scale=1.0, width=device-width">
<link href="/o/openrathaus-theme/css/main.css" rel="stylesheet" type="text/css">
{head}
</head>
<body class="controls-visible signed-out public-page site">
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
  <div id="heading">
    <a class="logo custom-logo" href="/" title="Zur Startseite von {esc(self.brand)}">{esc(self.brand)} · {esc(self.owner)}</a>
  </div>
  <nav class="sort-pages modify-pages" id="navigation" role="navigation">
    <ul aria-label="Seiten der Website" role="menubar">
      <li><a href="/" role="menuitem"><span>Start</span></a></li>
      <li><a href="/{self.section}/" role="menuitem"><span>Dienstleistungen A-Z</span></a></li>
      <li><a href="/auth?redirect=%2F" role="menuitem"><span>Anmelden</span></a></li>
      <li><a href="{self.home_url}" role="menuitem"><span>Zur Website {esc(self.owner)}</span></a></li>
    </ul>
  </nav>
</header>
<section id="content">
<div class="portlet-boundary portlet-boundary_egovbisdetail_WAR_egovbisportlet_" id="p_p_id_egovbisdetail_WAR_egovbisportlet_">
<div class="portlet-content">
{body}
</div>
</div>
</section>
<footer id="footer" role="contentinfo">
  <p class="powered-by">{esc(self.owner)} · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> ·
  <a href="/barrierefreiheit">Barrierefreiheit</a></p>
</footer>
</div>
</body>
</html>
"""
        return self.host.page(path, text)

    # ------------------------------------------------------------------------------------------ pages
    def detail(
        self,
        ident: int,
        title: str,
        blocks: list[tuple[str, str]],
        *,
        kategorie: str,
        synonyme: list[str] | None = None,
        leika: str = "",
        jsonld_leika: str = "",
        online: str = "",
        online_text: str = "",
        notice_text: str = "",
        docs: list[tuple[int, str, str]] | None = None,
        offices: list[tuple[int, str]] | None = None,
        az_title: str = "",
        in_az: bool = True,
    ) -> str:
        """A service detail page. online: the auth slug or a full URL of the online service."""
        head = ""
        if leika:
            head += f'<meta name="leika" content="{leika}">\n'
        if jsonld_leika:
            data = {
                "@context": "https://schema.org",
                "@type": "GovernmentService",
                "name": title.replace(" [online möglich]", ""),
                "identifier": {"@type": "PropertyValue", "propertyID": "LeiKa", "value": jsonld_leika},
                "provider": {"@type": "GovernmentOrganization", "name": self.owner},
            }
            head += '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>\n"
        parts = [f'<div class="service-detail" data-id="{ident}">', f'<h1 class="service-title">{esc(title)}</h1>']
        if online:
            href = online if online.startswith("http") else self.auth_href(online)
            login = (
                " Für die Antragstellung melden Sie sich mit Ihrem Bürgerkonto, der BundID oder dem "
                "Servicekonto Niedersachsen an."
                if not online.startswith("http")
                else ""
            )
            sentence = online_text or (
                f"Diese Dienstleistung können Sie auch online über {esc(self.portal_words)} erledigen.{login}"
            )
            parts.append(
                f'<div class="alert alert-info online-dienst"><p>{sentence}</p>'
                f'<p><a class="btn btn-primary" href="{href}">Online-Antrag starten</a></p>'
                f"{f'<p>{notice_text}</p>' if notice_text else ''}</div>"
            )
        for heading, html in blocks:
            parts.append(f'<div class="service-section"><h2>{esc(heading)}</h2>{html}</div>')
        if docs:
            items = "".join(
                f'<li><a href="{self.doc_path(doc_id)}{query}" class="dokument">{esc(label)}</a></li>'
                for doc_id, label, query in docs
            )
            parts.append(f'<div class="service-section dokumente"><h2>Formulare und Dokumente</h2><ul>{items}</ul></div>')
        if offices:
            items = "".join(
                f'<li><a href="{self.office_path(office_id)}">{esc(name)}</a></li>' for office_id, name in offices
            )
            parts.append(f'<div class="service-section einrichtungen"><h2>Zuständige Stelle</h2><ul>{items}</ul></div>')
        parts.append(f'<p class="back"><a href="/{self.section}/">Zurück zur Übersicht</a></p></div>')
        path = self.detail_path(ident)
        if in_az:
            self.az.append(AzEntry(az_title or title, path, kategorie, synonyme or []))
        return self.layout(path, title, "\n".join(parts), head)

    def office(self, ident: int, name: str, address: str, hours: str, services: list[tuple[int, str]]) -> str:
        items = "".join(f'<li><a href="{self.detail_path(sid)}">{esc(label)}</a></li>' for sid, label in services)
        body = f"""<div class="einrichtung-detail">
<h1>{esc(name)}</h1>
<div class="anschrift"><h2>Anschrift</h2><p>{address}</p></div>
<div class="oeffnungszeiten"><h2>Öffnungszeiten</h2>{hours}</div>
<div class="dienstleistungen"><h2>Dienstleistungen dieser Einrichtung</h2><ul>{items}</ul></div>
</div>"""
        return self.layout(self.office_path(ident), name, body)

    def document(self, ident: int, title: str, lines: list[str]) -> str:
        path = self.doc_path(ident)
        self.host.raw(path, pdf(title, lines, author=self.owner))
        self.host.content_types[f"{self.section}/-/egov-bis-detail/dokument/*/download"] = "application/pdf"
        return self.host.url(path)

    def az_page(self, intro: str) -> str:
        entries = sorted(self.az, key=lambda entry: entry.title.lower())
        letters_present = {(entry.letter or entry.title[0]).upper() for entry in entries}
        nav = "".join(
            f'<li class="page-item{"" if letter in letters_present else " disabled"}">'
            f'<a class="page-link" href="#letter-{letter}">{letter}</a></li>'
            for letter in LETTERS
        )
        items = "\n".join(
            f'<li class="list-group-item dlitem" data-kategorie="{esc(entry.kategorie)}" '
            f'data-letter="{(entry.letter or entry.title[0]).upper()}" data-synonyme="{esc(", ".join(entry.synonyme))}">'
            f'<a href="{entry.href}">{esc(entry.title)}</a></li>'
            for entry in entries
        )
        body = f"""<div class="egov-bis-az">
<h1>Dienstleistungen von A bis Z</h1>
<p>{intro}</p>
<form class="form-inline dl-filter" action="/{self.section}/" method="get"><label for="dlsuche">Suchbegriff</label>
<input id="dlsuche" name="_egovbisdetail_q" type="search" placeholder="z. B. Umzug, Hund, Ausweis"><button type="submit">Suchen</button></form>
<ul class="pagination letters">{nav}</ul>
<ul class="list-group dllist">
{items}
</ul>
</div>"""
        return self.layout(f"/{self.section}/", "Dienstleistungen A-Z", body)

    def auth_page(self) -> str:
        body = f"""<div class="login-portlet">
<h1>Anmelden</h1>
<p>Um einen Antrag online zu stellen, melden Sie sich bitte an. Nach der Anmeldung werden Sie automatisch zu
dem gewünschten Antrag weitergeleitet.</p>
<form action="/auth/login" method="post" class="login-choice">
<input type="hidden" name="redirect" value="">
<button type="submit" name="idp" value="bundid" class="btn btn-primary">Anmelden mit BundID</button>
<button type="submit" name="idp" value="servicekonto-ni" class="btn btn-primary">Anmelden mit Servicekonto Niedersachsen</button>
<button type="submit" name="idp" value="buergerkonto" class="btn btn-secondary">Anmelden mit {esc(self.brand)}-Bürgerkonto</button>
</form>
<p>Sie haben noch kein Konto? Die Registrierung für die BundID ist kostenlos und mit dem Online-Ausweis möglich.</p>
</div>"""
        return self.layout("/auth", "Anmelden", body)

    def home(self, intro: str, popular: list[tuple[str, str]]) -> str:
        items = "".join(f'<li><a href="{href}">{esc(label)}</a></li>' for label, href in popular)
        body = f"""<div class="portal-start">
<h1>{esc(self.brand)} – Ihr Rathaus im Internet</h1>
<p>{intro}</p>
<p><a class="btn btn-primary" href="/{self.section}/">Alle Dienstleistungen von A bis Z</a></p>
<h2>Häufig gesucht</h2><ul>{items}</ul>
</div>"""
        return self.layout("/", "Start", body)

    def legal(self) -> None:
        self.layout(
            "/impressum",
            "Impressum",
            f"<h1>Impressum</h1><p>Anbieter: {esc(self.owner)}. Technischer Betrieb durch den kommunalen "
            "IT-Dienstleister im Auftrag der Kommune.</p>",
        )
        self.layout(
            "/datenschutz",
            "Datenschutz",
            "<h1>Datenschutz</h1><p>Für die Anmeldung und die Antragstellung werden nur die Daten verarbeitet, "
            "die für das jeweilige Verfahren erforderlich sind.</p>",
        )
        self.layout(
            "/barrierefreiheit",
            "Barrierefreiheit",
            "<h1>Erklärung zur Barrierefreiheit</h1><p>Dieses Portal ist weitgehend barrierefrei. "
            "Bekannte Einschränkungen: einige PDF-Dokumente sind nicht vollständig barrierefrei.</p>",
        )
