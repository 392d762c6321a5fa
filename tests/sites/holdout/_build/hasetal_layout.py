"""Page chrome of www.landkreis-hasetal.de (a Sitepark/GSB-like Kreis portal) and the Ämter directory."""

from __future__ import annotations

from dataclasses import dataclass

from hasetal_core import KREIS, esc, url

HOME = "/"
AZ_INDEX = "/a-z/"
AEMTER_INDEX = "/portal/seiten/aemter-und-einrichtungen-900000002-21401.html"
NEWS_INDEX = "/portal/seiten/aktuelles-900000003-21402.html"
KREISTAG = "/portal/seiten/kreistag-und-ausschuesse-900000004-21402.html"
KARRIERE = "/portal/seiten/karriere-beim-landkreis-900000005-21402.html"
EVENTS = "/portal/seiten/veranstaltungen-900000006-21402.html"
CALENDAR = "/veranstaltungen/kalender/"
KONTAKT = "/portal/seiten/kontakt-900000007-21402.html"
NEWSLETTER = "/portal/seiten/newsletter-900000008-21402.html"
IMPRESSUM = "/portal/seiten/impressum-900000009-21402.html"
DATENSCHUTZ = "/portal/seiten/datenschutz-900000011-21402.html"
SUCHE = "/suche/"
INTRANET = "/intranet/"
ONLINE = "/portal/seiten/online-dienste-900000012-21402.html"


def seite(slug: str, num: int, kind: int = 21400) -> str:
    return f"/portal/seiten/{slug}-900000{num:03d}-{kind}.html"


@dataclass(frozen=True)
class Amt:
    key: str
    name: str
    num: int
    fachbereich: str
    haus: str
    telefon: str
    zeiten: str
    intro: str

    @property
    def path(self) -> str:
        return seite(self.key, self.num, 21401)


ZEITEN_STANDARD = "Mo, Di, Do 8.00 bis 12.00 Uhr, Do zusätzlich 14.00 bis 17.30 Uhr, Fr 8.00 bis 12.00 Uhr"

AEMTER = [
    Amt("strassenverkehrsamt", "Straßenverkehrsamt", 20, "Fachbereich 3 – Ordnung und Verkehr",
        "Kreishaus II, Bahnhofstraße 14, Erdgeschoss", "05491 807-3600",
        "Mo bis Fr 7.30 bis 12.30 Uhr, Do 14.00 bis 17.30 Uhr (Zulassungsstelle nur mit Termin)",
        "Zum Straßenverkehrsamt gehören die Zulassungsstelle, die Fahrerlaubnisbehörde und die "
        "Straßenverkehrsbehörde. Hier werden Fahrzeuge angemeldet, Führerscheine ausgestellt und "
        "verkehrsrechtliche Erlaubnisse erteilt."),
    Amt("bauordnungsamt", "Bauordnungsamt", 21, "Fachbereich 4 – Bauen und Umwelt",
        "Kreishaus I, Kreishausplatz 1, 2. Obergeschoss", "05491 807-4100", ZEITEN_STANDARD,
        "Als untere Bauaufsichtsbehörde prüft das Bauordnungsamt Bauvorhaben in allen Städten und Gemeinden "
        "des Kreises, die keine eigene Bauaufsicht haben. Außerdem führt es das Baulastenverzeichnis und ist "
        "untere Denkmalschutzbehörde."),
    Amt("jugendamt", "Jugendamt", 22, "Fachbereich 2 – Jugend, Familie und Bildung",
        "Kreishaus I, Kreishausplatz 1, 1. Obergeschoss", "05491 807-2200", ZEITEN_STANDARD,
        "Das Jugendamt berät Familien, Kinder und Jugendliche und zahlt familienbezogene Leistungen aus. "
        "Die Elterngeldstelle und die Unterhaltsvorschusskasse sind Teil des Amtes."),
    Amt("sozialamt", "Sozialamt", 23, "Fachbereich 5 – Soziales und Gesundheit",
        "Kreishaus III, Lingener Straße 2", "05491 807-5300", ZEITEN_STANDARD,
        "Das Sozialamt hilft Menschen, deren Einkommen nicht zum Leben reicht, pflegebedürftigen Menschen "
        "und Geflüchteten. Auch Wohngeld und Wohnberechtigungsscheine gibt es hier."),
    Amt("gesundheitsamt", "Gesundheitsamt", 24, "Fachbereich 5 – Soziales und Gesundheit",
        "Kreishaus III, Lingener Straße 2, Seiteneingang", "05491 807-5700",
        "Mo bis Fr 8.00 bis 12.00 Uhr und nach Vereinbarung",
        "Das Gesundheitsamt kümmert sich um Infektionsschutz, Trinkwasserhygiene, amtsärztliche Gutachten "
        "und Beratung in gesundheitlichen Fragen."),
    Amt("veterinaeramt", "Veterinäramt", 25, "Fachbereich 3 – Ordnung und Verkehr",
        "Kreishaus II, Bahnhofstraße 14, 1. Obergeschoss", "05491 807-3900", ZEITEN_STANDARD,
        "Das Veterinär- und Lebensmittelüberwachungsamt überwacht Tierhaltungen, Tierseuchenschutz und "
        "alle Betriebe, die Lebensmittel herstellen oder verkaufen."),
    Amt("umweltamt", "Umweltamt", 26, "Fachbereich 4 – Bauen und Umwelt",
        "Kreishaus I, Kreishausplatz 1, 3. Obergeschoss", "05491 807-4600", ZEITEN_STANDARD,
        "Im Umweltamt sitzen die untere Wasserbehörde, die untere Naturschutzbehörde und die untere "
        "Bodenschutzbehörde des Landkreises."),
    Amt("ordnungsamt", "Ordnungsamt", 27, "Fachbereich 3 – Ordnung und Verkehr",
        "Kreishaus II, Bahnhofstraße 14, 2. Obergeschoss", "05491 807-3200", ZEITEN_STANDARD,
        "Das Ordnungsamt ist zuständig für Waffen-, Jagd- und Fischereirecht, das Gaststättenrecht, "
        "gefährliche Hunde sowie – als Ausländerbehörde – für Aufenthalt und Einbürgerung."),
    Amt("schulamt", "Schul- und Kulturamt", 28, "Fachbereich 2 – Jugend, Familie und Bildung",
        "Kreishaus I, Kreishausplatz 1, Erdgeschoss", "05491 807-2700", ZEITEN_STANDARD,
        "Das Schul- und Kulturamt organisiert die Schülerbeförderung und ist das Amt für "
        "Ausbildungsförderung (BAföG) für Schülerinnen und Schüler."),
    Amt("abfallwirtschaft", "Abfallwirtschaftsbetrieb Hasetal (AWH)", 29, "Eigenbetrieb",
        "Am Recyclinghof 3, Hasebrück", "05491 807-8800", "Mo bis Fr 8.00 bis 15.00 Uhr",
        "Der Abfallwirtschaftsbetrieb holt Restabfall, Bioabfall und Sperrmüll ab, betreibt die "
        "Wertstoffhöfe und setzt die Abfallgebühren fest."),
]
AMT = {a.key: a for a in AEMTER}

NAV = [
    ("Bürgerservice A–Z", AZ_INDEX),
    ("Online-Dienste", ONLINE),
    ("Ämter und Einrichtungen", AEMTER_INDEX),
    ("Aktuelles", NEWS_INDEX),
    ("Kreistag", KREISTAG),
    ("Veranstaltungen", EVENTS),
    ("Karriere", KARRIERE),
]

CSS_PATH = "/portal/layout/css/hasetal.css"
CSS = """body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1d1d1b}
#kopf{background:#00594f;color:#fff;padding:1em}#kopf a{color:#fff}
#hauptnavigation ul{list-style:none;margin:0;padding:0;display:flex;gap:1em;flex-wrap:wrap}
.breadcrumb{font-size:.85em;padding:.5em 1em}main{padding:1em;max-width:60em}
.dokumente li,.online li{margin:.3em 0}.hinweis{border-left:4px solid #c60;padding:.5em}
footer{background:#eee;padding:1em;font-size:.85em}.feld{margin:.5em 0}.feld label{display:block}
"""


def breadcrumb(trail: list[tuple[str, str]]) -> str:
    items = ['<a href="/">Startseite</a>'] + [
        f'<a href="{href}">{esc(text)}</a>' if href else f"<span>{esc(text)}</span>" for text, href in trail
    ]
    return '<nav class="breadcrumb" aria-label="Sie sind hier">' + " &rsaquo; ".join(items) + "</nav>"


def page(title: str, body: str, trail: list[tuple[str, str]] | None = None, aside: str = "",
         head_extra: str = "", script: str = "") -> str:
    nav = "".join(f'<li><a href="{href}">{esc(text)}</a></li>' for text, href in NAV)
    crumbs = breadcrumb(trail if trail is not None else [(title, "")])
    side = f'<aside class="marginal">{aside}</aside>' if aside else ""
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{esc(title)} - Landkreis Hasetal</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Sitepark IES">
<link rel="stylesheet" href="{CSS_PATH}">{head_extra}
</head>
<body class="portal">
<a class="skip" href="#inhalt">Direkt zum Inhalt</a>
<header id="kopf">
<a class="logo" href="/">Landkreis Hasetal – Kreisverwaltung Hasebrück</a>
<form class="kopfsuche" action="{SUCHE}" method="get" role="search">
<label for="suchbegriff">Suchbegriff eingeben</label>
<input type="search" id="suchbegriff" name="q" placeholder="Was suchen Sie?">
<button type="submit">Suchen</button>
</form>
<nav id="hauptnavigation" aria-label="Hauptnavigation"><ul>{nav}</ul></nav>
</header>
{crumbs}
<main id="inhalt">
{body}
</main>
{side}
<footer>
<p><strong>Landkreis Hasetal</strong> · Kreishausplatz 1 · 49688 Hasebrück · Telefon 05491 807-0 ·
<a href="mailto:info@landkreis-hasetal.de">info@landkreis-hasetal.de</a></p>
<ul class="fusslinks">
<li><a href="{IMPRESSUM}">Impressum</a></li>
<li><a href="{DATENSCHUTZ}">Datenschutz</a></li>
<li><a href="{KONTAKT}">Kontakt</a></li>
<li><a href="{NEWSLETTER}">Newsletter</a></li>
<li><a href="/sitemap.xml">Sitemap</a></li>
<li><a href="{INTRANET}">Mitarbeiterportal</a></li>
</ul>
</footer>
{script}
</body>
</html>
"""


def amt_link(key: str) -> str:
    amt = AMT[key]
    return f'<a href="{amt.path}">{esc(amt.name)}</a>'


def zustaendig(key: str) -> str:
    amt = AMT[key]
    return (f'<h2>Zuständige Stelle</h2>\n<p>{amt_link(key)}<br>{esc(amt.haus)}<br>'
            f"Telefon {esc(amt.telefon)}<br>Öffnungszeiten: {esc(amt.zeiten)}</p>")


def kreis_url(path: str) -> str:
    return url(KREIS, path)
