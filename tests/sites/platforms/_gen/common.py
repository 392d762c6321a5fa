"""Helpers shared by the platform fixture sites: files per host, page skins, forms, minimal PDFs, labels."""

from __future__ import annotations

import csv
import html
import json
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

PLATFORMS = Path(__file__).resolve().parents[1]
REPO = PLATFORMS.parents[2]

OZG_NAMES: dict[str, str] = {}
with (REPO / "data" / "catalog" / "ozg_leistungen.csv").open(encoding="utf-8") as handle:
    for row in csv.DictReader(handle):
        OZG_NAMES[row["ozg_id"]] = row["name"]


STYLE = b"body{font-family:sans-serif;margin:0}main,#content{max-width:60rem;margin:1rem auto}\n"


def esc(text: str) -> str:
    return html.escape(text, quote=True)


# --------------------------------------------------------------------------------------------- files


def file_for(path: str) -> str:
    """The file (relative to the host folder) that the static server reads for a URL path."""
    path = path.split("?", 1)[0].split("#", 1)[0]
    relative = path.lstrip("/")
    if relative == "" or relative.endswith("/"):
        return relative + "index.html"
    last = relative.rsplit("/", 1)[-1]
    if "." in last:
        return relative
    return relative + "/index.html"


@dataclass
class Host:
    name: str
    files: dict[str, bytes] = field(default_factory=dict)
    content_types: dict[str, str] = field(default_factory=dict)
    extra_config: dict[str, object] = field(default_factory=dict)

    def page(self, path: str, text: str) -> str:
        """Store an HTML page for a URL path; returns the absolute http URL. Links to the same host become paths."""
        text = text.replace(f'"http://{self.name}/', '"/')
        self.files[file_for(path)] = text.encode("utf-8")
        return self.url(path)

    def raw(self, path: str, data: bytes, *, as_file: bool = True) -> str:
        """Store bytes at exactly the URL path (no index.html), e.g. a document at a URL without suffix."""
        relative = path.split("?", 1)[0].lstrip("/")
        self.files[relative if as_file else file_for(path)] = data
        return self.url(path)

    def url(self, path: str) -> str:
        return f"http://{self.name}{path}"

    def write(self, root: Path) -> None:
        folder = root / self.name
        for relative, data in self.files.items():
            target = folder / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        config: dict[str, object] = dict(self.extra_config)
        if self.content_types:
            config["content_types"] = self.content_types
        if config:
            (folder / "_site.json").write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", "utf-8")


class World:
    """All hosts written by the generator, plus the labels of each municipality."""

    def __init__(self) -> None:
        self.hosts: dict[str, Host] = {}
        self.labels: dict[str, dict[str, object]] = {}

    def host(self, name: str) -> Host:
        if name not in self.hosts:
            self.hosts[name] = Host(name)
        return self.hosts[name]

    def has_url(self, url: str) -> bool:
        parts = urlsplit(url)
        host = self.hosts.get(parts.hostname or "")
        if host is None:
            return False
        relative = parts.path.lstrip("/")
        return relative in host.files or file_for(parts.path) in host.files


# ---------------------------------------------------------------------------------------------- PDFs


def _pdf_text(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(title: str, lines: list[str], author: str = "", info_title: str = "") -> bytes:
    """A minimal valid one-page PDF with a document title (Info dictionary) and some text."""
    content = b"BT /F1 15 Tf 56 780 Td (" + _pdf_text(title) + b") Tj ET\n"
    y = 750
    for line in lines:
        content += b"BT /F1 10 Tf 56 %d Td (" % y + _pdf_text(line) + b") Tj ET\n"
        y -= 16
    title_hex = (b"\xfe\xff" + (info_title or title).encode("utf-16-be")).hex().upper().encode()
    author_hex = (b"\xfe\xff" + author.encode("utf-16-be")).hex().upper().encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Title <" + title_hex + b"> /Author <" + author_hex + b"> /Producer (Formularserver) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


# --------------------------------------------------------------------------------------------- forms


def form(action: str, fields: list[tuple[str, str, str]], submit: str = "Antrag absenden", extra: str = "") -> str:
    """An HTML form; fields are (label, name, kind) with kind text|email|date|textarea|checkbox|select:a|b|c."""
    rows = []
    for label, name, kind in fields:
        ident = f"f-{name}"
        if kind == "textarea":
            control = f'<textarea id="{ident}" name="{name}" rows="4"></textarea>'
        elif kind.startswith("select:"):
            options = "".join(f"<option>{esc(option)}</option>" for option in kind[7:].split("|"))
            control = f'<select id="{ident}" name="{name}">{options}</select>'
        elif kind == "checkbox":
            rows.append(
                f'<div class="form-check"><input type="checkbox" id="{ident}" name="{name}" value="1"> '
                f'<label for="{ident}">{label}</label></div>'
            )
            continue
        else:
            control = f'<input type="{kind}" id="{ident}" name="{name}">'
        rows.append(f'<div class="form-group"><label for="{ident}">{label}</label>{control}</div>')
    body = "\n".join(rows)
    return (
        f'<form action="{action}" method="post" class="antrag">\n{body}\n{extra}'
        f'<div class="form-actions"><button type="submit">{submit}</button></div>\n</form>'
    )


PERSON_FIELDS = [
    ("Vorname", "vorname", "text"),
    ("Familienname", "nachname", "text"),
    ("Geburtsdatum", "geburtsdatum", "date"),
    ("Straße und Hausnummer", "strasse", "text"),
    ("Postleitzahl und Ort", "ort", "text"),
    ("E-Mail-Adresse", "email", "email"),
]


# ------------------------------------------------------------------------------------------- labels


def service(
    ozg_id: str, maturity: int, why: str, evidence: list[str], provided_by: str = "self"
) -> dict[str, object]:
    return {
        "ozg_id": ozg_id,
        "maturity": maturity,
        "name": OZG_NAMES[ozg_id],
        "provided_by": provided_by,
        "why": why,
        "evidence": evidence,
    }


def not_service(ozg_id: str, why: str) -> dict[str, str]:
    assert ozg_id in OZG_NAMES, ozg_id
    return {"ozg_id": ozg_id, "why": why}


def labels(
    world: World,
    host: str,
    *,
    name: str,
    kind: str,
    landkreis: str,
    family: str,
    services: list[dict[str, object]],
    not_services: list[dict[str, str]],
) -> None:
    ids = [str(entry["ozg_id"]) for entry in services]
    assert len(ids) == len(set(ids)), f"{host}: a service labelled twice"
    assert not set(ids) & {entry["ozg_id"] for entry in not_services}, f"{host}: service and non-service"
    for entry in services:
        for url in entry["evidence"]:  # type: ignore[attr-defined]
            assert world.has_url(url), f"{host}: evidence {url} is not a generated page"
    world.labels[host] = {
        "municipality": {"name": name, "type": kind, "landkreis": landkreis, "ars": "", "ags": ""},
        "family": family,
        "start_url": f"http://{host}/",
        "services": services,
        "not_services": not_services,
    }


# -------------------------------------------------------------------------------------------- skins


@dataclass
class Town:
    """The CMS look of one municipality's main site."""

    host: Host
    name: str  # "Stadt Brakenfeld"
    place: str  # "Brakenfeld"
    nav: list[tuple[str, str]]
    address: list[str]
    phone: str
    email: str
    flavor: str = "typo3"  # typo3 | ikiss | sixcms
    lang_switch: bool = False
    service_links: list[tuple[str, str]] = field(default_factory=list)

    def page(
        self,
        path: str,
        title: str,
        body: str,
        crumbs: list[tuple[str, str]] | None = None,
        *,
        head: str = "",
        lang: str = "de",
        en_path: str = "",
        de_path: str = "",
    ) -> str:
        crumbs = crumbs or []
        home = "Startseite" if lang == "de" else "Home"
        home_path = "/" if lang == "de" else "/en/"
        trail = [(home, home_path), *crumbs]
        switch = ""
        if self.lang_switch:
            if lang == "de":
                target = en_path or "/en/"
                switch = f'<a class="lang-switch" href="{target}" hreflang="en" lang="en">English</a>'
            else:
                target = de_path or "/"
                switch = f'<a class="lang-switch" href="{target}" hreflang="de" lang="de">Deutsch</a>'
        full_title = f"{title} | {self.name}" if path != "/" else f"{self.name} – Startseite"
        css = {"typo3": "/typo3conf/ext/sitepackage/Resources/Public/Css/main.css",
               "ikiss": "/layout/css/styles.css", "sixcms": "/assets/css/site.css"}[self.flavor]
        if css.lstrip("/") not in self.host.files:
            self.host.raw(css, STYLE)
        if self.flavor == "typo3":
            text = self._typo3(full_title, title, body, trail, head, lang, switch)
        elif self.flavor == "ikiss":
            text = self._ikiss(full_title, title, body, trail, head, lang, switch)
        else:
            text = self._sixcms(full_title, title, body, trail, head, lang, switch)
        return self.host.page(path, text)

    # The three looks differ in markup only; the content is the same kind of thing.
    def _nav(self, cls: str) -> str:
        items = "".join(f'<li><a href="{href}">{esc(label)}</a></li>' for label, href in self.nav)
        return f'<ul class="{cls}">{items}</ul>'

    def _crumbs(self, trail: list[tuple[str, str]], cls: str) -> str:
        parts = [f'<li><a href="{href}">{esc(label)}</a></li>' for label, href in trail[:-1]]
        if len(trail) > 1:
            parts.append(f'<li class="active" aria-current="page">{esc(trail[-1][0])}</li>')
        return f'<nav aria-label="Brotkrumen"><ol class="{cls}">{"".join(parts)}</ol></nav>' if parts else ""

    def _footer_links(self, lang: str) -> str:
        if lang == "en":
            links = [("Legal notice", "/impressum/"), ("Privacy", "/datenschutz/"), ("Contact", "/kontakt/")]
        else:
            links = [("Impressum", "/impressum/"), ("Datenschutz", "/datenschutz/"), ("Kontakt", "/kontakt/")]
        return " | ".join(f'<a href="{href}">{label}</a>' for label, href in links)

    def _address(self) -> str:
        return "<br>".join(esc(line) for line in self.address)

    def _typo3(self, full: str, title: str, body: str, trail, head, lang, switch) -> str:  # type: ignore[no-untyped-def]
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="TYPO3 CMS">
<title>{esc(full)}</title>
<link rel="stylesheet" href="/typo3conf/ext/sitepackage/Resources/Public/Css/main.css">
{head}
</head>
<body class="page">
<a class="skiplink" href="#content">Zum Inhalt springen</a>
<header class="site-header">
  <div class="container">
    <a class="logo" href="/"><span class="logo-text">{esc(self.name)}</span></a>
    <div class="meta-nav">{switch} <a href="/kontakt/">Kontakt</a> <a href="/suche/">Suche</a></div>
    <nav class="main-nav" aria-label="Hauptnavigation">{self._nav("nav-level-1")}</nav>
  </div>
</header>
<div class="container">
{self._crumbs(trail, "breadcrumb")}
<main id="content" class="main-content">
<h1>{esc(title)}</h1>
{body}
</main>
</div>
<footer class="site-footer">
  <div class="container">
    <div class="footer-address"><strong>{esc(self.name)}</strong><br>{self._address()}<br>
    Telefon {esc(self.phone)}<br><a href="mailto:{self.email}">{self.email}</a></div>
    <div class="footer-links">{self._footer_links(lang)}</div>
  </div>
</footer>
</body>
</html>
"""

    def _ikiss(self, full: str, title: str, body: str, trail, head, lang, switch) -> str:  # type: ignore[no-untyped-def]
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="UTF-8">
<title>{esc(full)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="/layout/css/styles.css">
{head}
</head>
<body>
<div id="wrapper">
<div id="kopf">
  <div id="logo"><a href="/" title="Zur Startseite">{esc(self.name)}</a></div>
  <div id="servicenavigation"><a href="/kontakt/">Kontakt</a> | <a href="/impressum/">Impressum</a> {switch}</div>
</div>
<div id="navigation">{self._nav("navi")}</div>
<div id="inhalt">
  <div id="pfad">Sie sind hier: {" &raquo; ".join(f'<a href="{h}">{esc(t)}</a>' for t, h in trail)}</div>
  <div id="content" class="content">
  <h1>{esc(title)}</h1>
  {body}
  </div>
</div>
<div id="fuss">
  <p>{esc(self.name)} &middot; {" &middot; ".join(esc(line) for line in self.address)} &middot; Tel. {esc(self.phone)}</p>
  <p>{self._footer_links(lang)}</p>
</div>
</div>
</body>
</html>
"""

    def _sixcms(self, full: str, title: str, body: str, trail, head, lang, switch) -> str:  # type: ignore[no-untyped-def]
        return f"""<!DOCTYPE html>
<html lang="{lang}" class="no-js">
<head>
<meta charset="utf-8">
<title>{esc(full)}</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/assets/css/site.css">
{head}
</head>
<body>
<header id="header" role="banner">
  <div class="brand"><a href="/">{esc(self.name)}</a></div>
  <nav id="mainnav" role="navigation">{self._nav("mainnav__list")}</nav>
  <div class="header-tools">{switch}</div>
</header>
<div id="page">
{self._crumbs(trail, "breadcrumbs")}
<article id="content" class="article">
<h1 class="article__title">{esc(title)}</h1>
{body}
</article>
</div>
<footer id="footer" role="contentinfo">
  <section class="footer__contact"><h2>Kontakt</h2><p>{esc(self.name)}<br>{self._address()}<br>
  Tel.: {esc(self.phone)}<br>E-Mail: <a href="mailto:{self.email}">{self.email}</a></p></section>
  <nav class="footer__nav">{self._footer_links(lang)}</nav>
</footer>
</body>
</html>
"""


def simple_page(host: Host, path: str, title: str, body: str, *, brand: str, lang: str = "de", head: str = "") -> str:
    """A plain page for portals, form servers and council systems (no municipal CMS around it)."""
    return host.page(
        path,
        f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{esc(title)} – {esc(brand)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
</head>
<body>
<header class="portal-header"><div class="portal-brand">{esc(brand)}</div></header>
<main class="portal-main">
<h1>{esc(title)}</h1>
{body}
</main>
<footer class="portal-footer"><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
""",
    )


def portal_legal(host: Host, brand: str, operator: str) -> None:
    """Impressum and Datenschutz pages of a portal host (linked from simple_page footers)."""
    simple_page(
        host,
        "/impressum",
        "Impressum",
        f"<p>Betreiber dieses Angebots: {esc(operator)}.</p><p>Verantwortlich für die Inhalte der einzelnen "
        "Dienste ist die jeweils genannte Behörde.</p>",
        brand=brand,
    )
    simple_page(
        host,
        "/datenschutz",
        "Datenschutz",
        "<p>Wir verarbeiten Ihre Angaben ausschließlich zur Bearbeitung Ihres Anliegens. Technisch notwendige "
        "Cookies werden nur für die Dauer der Sitzung gespeichert.</p>",
        brand=brand,
    )


def town_basics(town: Town, *, contact_intro: str = "") -> None:
    """Impressum, Datenschutz, Kontakt (a contact form, not a service) and a search page of a town site."""
    town.page(
        "/impressum/",
        "Impressum",
        f"<p><strong>{esc(town.name)}</strong><br>{'<br>'.join(esc(line) for line in town.address)}</p>"
        f"<p>Telefon: {esc(town.phone)}<br>E-Mail: {esc(town.email)}</p>"
        f"<p>Die {esc(town.name.split()[0])} ist eine Körperschaft des öffentlichen Rechts. Sie wird gesetzlich "
        "vertreten durch die Hauptverwaltungsbeamtin bzw. den Hauptverwaltungsbeamten.</p>"
        "<p>Umsatzsteuer-Identifikationsnummer: DE 000 000 000 (Musterangabe)</p>"
        "<h2>Haftung für Links</h2><p>Für die Inhalte verlinkter Seiten anderer Anbieter sind ausschließlich "
        "deren Betreiber verantwortlich.</p>",
        [("Impressum", "/impressum/")],
    )
    town.page(
        "/datenschutz/",
        "Datenschutzerklärung",
        "<p>Der Schutz Ihrer persönlichen Daten ist uns wichtig. Beim Besuch dieser Internetseiten werden "
        "lediglich technisch erforderliche Zugriffsdaten (IP-Adresse in gekürzter Form, Zeitpunkt, abgerufene "
        "Seite) für sieben Tage gespeichert.</p><h2>Ihre Rechte</h2><p>Sie haben das Recht auf Auskunft, "
        "Berichtigung, Löschung und Einschränkung der Verarbeitung. Wenden Sie sich dazu an unseren "
        "Datenschutzbeauftragten.</p>",
        [("Datenschutz", "/datenschutz/")],
    )
    town.page(
        "/kontakt/",
        "Kontakt",
        f"<p>{contact_intro or 'Schreiben Sie uns – wir melden uns so schnell wie möglich.'}</p>"
        + form(
            "/kontakt/",
            [
                ("Ihr Name", "name", "text"),
                ("Ihre E-Mail-Adresse", "email", "email"),
                ("Betreff", "betreff", "text"),
                ("Ihre Nachricht", "nachricht", "textarea"),
                ("Ich habe die Datenschutzerklärung gelesen.", "datenschutz", "checkbox"),
            ],
            submit="Nachricht senden",
        ),
        [("Kontakt", "/kontakt/")],
    )
    town.page(
        "/suche/",
        "Suche",
        '<form action="/suche/" method="get" role="search"><label for="q">Suchbegriff</label>'
        '<input id="q" name="q" type="search"><button type="submit">Suchen</button></form>',
        [("Suche", "/suche/")],
    )
