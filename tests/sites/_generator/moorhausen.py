"""www.gemeinde-moorhausen.de – small verbandsfreie Gemeinde, WordPress-like; the service directory is built by JavaScript."""

from __future__ import annotations

import json

from common import TESTS, Host, e
from generic import Spec, service_body

H = Host(TESTS, "www.gemeinde-moorhausen.de")
H.municipality = {"name": "Gemeinde Moorhausen", "type": "gemeinde", "landkreis": "Landkreis Marschland",
                  "ags": "03999031"}
UP = "wp-content/uploads/2024/03"


def chrome(title: str, body: str, extra_head: str = "") -> str:
    return f"""<!doctype html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; Gemeinde Moorhausen</title>
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" id="moorhausen-style-css" href="/wp-content/themes/moorhausen/style.css?ver=1.4" media="all">
{extra_head}</head>
<body class="page-template-default page">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Gemeinde
Moorhausen</a></p><p class="site-description">Leben am Rand des Großen Moores</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/">Start</a></li><li class="menu-item"><a href="/rathaus/">Rathaus</a></li>
<li class="menu-item"><a href="/buergerservice/">Bürgerservice</a></li><li class="menu-item"><a href="/leben/kindergarten/">Kindergarten</a></li>
<li class="menu-item"><a href="/downloads/">Downloads</a></li><li class="menu-item"><a href="/aktuelles/">Aktuelles</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div class="entry-content">
{body}
</div></div>
<footer id="colophon" class="site-footer"><div class="site-info">Gemeinde Moorhausen · Dorfstraße 12 · 21799 Moorhausen ·
Tel. 04752 8810 · <a href="mailto:gemeinde@gemeinde-moorhausen.de">gemeinde@gemeinde-moorhausen.de</a><br>
<a href="/impressum/">Impressum</a> | <a href="/datenschutz/">Datenschutzerklärung</a> | <a href="/barrierefreiheit/">Barrierefreiheit</a>
| <a href="/kontakt/">Kontakt</a></div></footer></div>
</body>
</html>"""


CONTACT = """<p>Gemeindebüro Moorhausen, Frau Heike Grotheer<br>Dorfstraße 12 · Tel. <a href="tel:+4947528810">04752 8810</a>
· <a href="mailto:gemeindebuero@gemeinde-moorhausen.de">gemeindebuero@gemeinde-moorhausen.de</a><br>
geöffnet Mo, Mi, Fr 9–12 Uhr, Do 15–18 Uhr</p>"""
L = "buergerservice/leistungen"
JS_SPECS = [
    ("Steuern", Spec("10160", f"{L}/hundesteuer/index.html", 0, online=[("kpn-mo-hund", "Hundesteuer online erledigen")])),
    ("Steuern", Spec("10117", f"{L}/grundsteuer/index.html", 0)),
    ("Gewerbe", Spec("10294", f"{L}/gewerbeanmeldung/index.html", 0, online=[("fs-mo-gewerbe", "Zum Online-Formular")])),
    ("Meldewesen", Spec("10119", f"{L}/personalausweis/index.html", 1)),
    ("Meldewesen", Spec("10177", f"{L}/reisepass/index.html", 0)),
    ("Meldewesen", Spec("10559", f"{L}/meldebescheinigung/index.html", 1)),
    ("Meldewesen", Spec("10124", f"{L}/ummelden/index.html", 0,
                        extra="<p>Die Anmeldung ist bei uns nur persönlich im Gemeindebüro möglich.</p>")),
    ("Meldewesen", Spec("10562", f"{L}/fuehrungszeugnis/index.html", 2, online=[("bund-fz", "online beantragen")])),
    ("Ordnung", Spec("10349", f"{L}/veranstaltungen/index.html", 1,
                     pdf=(f"{UP}/Veranstaltung_Anzeige.pdf", "Anzeige einer Veranstaltung", ["Veranstalter:", "Datum:",
                          "Ort:", "Art:"], "Vordruck (PDF)"))),
    ("Wahlen", Spec("10145", f"{L}/briefwahl/index.html", 0, online=[("kpn-mo-briefwahl", "Briefwahl online")])),
    ("Standesamt", Spec("10026", f"{L}/heiraten/index.html", 0, second_text=True)),
    ("Friedhof", Spec("10227", f"{L}/friedhof/index.html", 1)),
]


def build() -> Host:
    directory = []
    for category, spec in JS_SPECS:
        title, body = service_body(H, spec, "wp", CONTACT)
        H.page(spec.path, chrome(e(title), body + '<p><a href="/buergerservice/">&larr; zurück</a></p>'))
        directory.append({"titel": title, "kategorie": category, "link": "/" + spec.path.replace("index.html", "")})
    H.raw("assets/leistungen.json", json.dumps(directory, ensure_ascii=False, indent=1).encode())
    H.js_links["/buergerservice/index.html"] = [item["link"] for item in directory]
    script = """<script>
(function () {
  var box = document.getElementById('leistungsverzeichnis');
  fetch('/assets/leistungen.json').then(function (r) { return r.json(); }).then(function (daten) {
    var gruppen = {};
    daten.forEach(function (l) { (gruppen[l.kategorie] = gruppen[l.kategorie] || []).push(l); });
    box.innerHTML = '';
    Object.keys(gruppen).sort().forEach(function (k) {
      var h = document.createElement('h3'); h.textContent = k; box.appendChild(h);
      var ul = document.createElement('ul');
      gruppen[k].forEach(function (l) {
        var li = document.createElement('li'), a = document.createElement('a');
        a.href = l.link; a.textContent = l.titel; li.appendChild(a); ul.appendChild(li);
      });
      box.appendChild(ul);
    });
  }).catch(function () { box.textContent = 'Das Leistungsverzeichnis konnte nicht geladen werden.'; });
})();
</script>"""
    H.page("buergerservice/index.html", chrome("Bürgerservice", f"""<h1 class="entry-title">Bürgerservice</h1>
<p>Das Gemeindebüro ist Ihre Anlaufstelle für Ausweise, Meldeangelegenheiten und vieles mehr. Wählen Sie eine Leistung:</p>
<div id="leistungsverzeichnis" aria-live="polite"><p class="lade">Leistungen werden geladen …</p></div>
<noscript><p>Bitte aktivieren Sie JavaScript, um das Leistungsverzeichnis anzuzeigen.</p></noscript>
{script}
<h2>Sie haben Fragen?</h2>{CONTACT}"""))
    page = "/downloads/index.html"
    osterfeuer = H.doc("10147", f"{UP}/Osterfeuer-Anmeldung-2024.pdf", "Anmeldung Osterfeuer 2024",
                       ["Veranstalter:", "Standort (Flurstück):", "Aufsichtsperson:", "Datum:"],
                       "Osterfeuer anmelden (PDF, {size})", page)
    fund = H.doc("10244", f"{UP}/Verlustanzeige.pdf", "Verlustanzeige / Fundanzeige", ["Gegenstand:", "Datum:", "Ort:"],
                 "Verlust- oder Fundanzeige", page)
    H.page(page.lstrip("/"), chrome("Downloads", f"""<h1 class="entry-title">Downloads</h1><ul class="wp-block-file">
<li>{osterfeuer}</li><li>{fund}</li><li><a href="/{UP}/Gemeindebrief-Maerz-2024.pdf">Gemeindebrief März 2024</a></li></ul>"""))
    H.pdf(f"{UP}/Gemeindebrief-Maerz-2024.pdf", "Gemeindebrief Moorhausen März 2024",
          ["Liebe Moorhausenerinnen und Moorhausener,", "das Osterfeuer findet am Karsamstag am Sportplatz statt.",
           "Die Hundesteuer wird zum 15. Mai fällig.", "Ihr Bürgermeister Gerd Wilkens"])
    page = "/leben/kindergarten/index.html"
    H.ev("10019", 1, "own information page 'Kindergarten Moorwichtel' describing registration", page)
    H.page(page.lstrip("/"), chrome("Kindergarten", """<h1 class="entry-title">Kindergarten Moorwichtel</h1>
<p>Unser Kindergarten betreut Kinder von einem Jahr bis zur Einschulung in einer Krippen- und zwei Kindergartengruppen.
Anmeldungen für das Kindergartenjahr ab 1. August nehmen wir bis zum 28. Februar im Gemeindebüro entgegen. Der Besuch
ab drei Jahren ist beitragsfrei.</p><p>Leitung: Frau Sabine Osterhues, Tel. 04752 8820</p>"""))
    news = [("neue-wohngeldregeln", "Neue Wohngeld-Regeln ab Januar", "Zum 1. Januar steigt das Wohngeld. Anträge "
             "nimmt die Wohngeldstelle des Landkreises entgegen."),
            ("zulassungsstelle", "Kfz-Zulassung: Außensprechtag entfällt", "Der monatliche Außensprechtag der "
             "Zulassungsstelle im Gemeindebüro entfällt ab sofort."),
            ("osterfeuer-2024", "Osterfeuer am Sportplatz", "Die Jugendfeuerwehr richtet das Osterfeuer aus. "
             "Strauchschnitt kann am Karfreitag von 10 bis 14 Uhr angeliefert werden.")]
    items = []
    for slug, title, body in news:
        H.page(f"aktuelles/{slug}/index.html", chrome(e(title), f'<article><h1 class="entry-title">{e(title)}</h1>'
                                                               f"<p>{e(body)}</p></article>"))
        items.append(f'<li><a href="/aktuelles/{slug}/">{e(title)}</a></li>')
    H.neg("10092", "Wohngeld only in a news item (handled by the Landkreis)")
    H.neg("10439", "Kfz-Zulassung only in a news item about a cancelled consultation day")
    H.page("aktuelles/index.html", chrome("Aktuelles", f"<h1 class=\"entry-title\">Aktuelles</h1><ul>{''.join(items)}</ul>"))
    H.page("rathaus/index.html", chrome("Rathaus", """<h1 class="entry-title">Rathaus</h1><p>Bürgermeister: Gerd Wilkens
(ehrenamtlich). Gemeindedirektor: Uwe Hinck.</p><p>Der Gemeinderat tagt öffentlich im Dorfgemeinschaftshaus.</p>"""))
    page = "/index.html"
    H.page("index.html", chrome("Startseite", f"""<h1 class="entry-title">Herzlich willkommen in Moorhausen</h1>
<p>Rund 3.100 Einwohnerinnen und Einwohner, vier Ortsteile, ein starkes Vereinsleben.</p>
<div class="wp-block-columns"><div class="wp-block-column"><h2>Aktuelles</h2><ul>{''.join(items)}</ul></div>
<div class="wp-block-column"><h2>Unser Dorf</h2><ul><li><a href="/ortsteile/">Ortsteile</a></li>
<li><a href="/vereine/">Vereine</a></li><li><a href="/feuerwehr/">Feuerwehr</a></li><li><a href="/gemeinderat/">Gemeinderat</a></li>
<li><a href="/veranstaltungen/">Veranstaltungen</a></li></ul></div>
<div class="wp-block-column"><h2>Online-Service</h2><p>{H.link_portal("kpn-mo-briefwahl", "Briefwahl online beantragen", page)}</p>
<p><a href="/buergerservice/">Alle Leistungen</a></p></div></div>"""))
    for slug, title, body in (
            ("ortsteile", "Ortsteile", "Moorhausen, Klein Moorhausen, Torfstich und Brookdeich bilden gemeinsam die "
             "Gemeinde. Jeder Ortsteil hat einen Ortsvorsteher."),
            ("vereine", "Vereine und Verbände", "TSV Moorhausen von 1921, Schützenverein Torfstich, Heimatverein, "
             "Landfrauen, Posaunenchor – rund 25 Vereine prägen das Dorfleben."),
            ("feuerwehr", "Freiwillige Feuerwehr", "Die Ortsfeuerwehren Moorhausen und Brookdeich suchen Verstärkung. "
             "Dienstabend ist jeden zweiten Dienstag um 19:30 Uhr."),
            ("gemeinderat", "Gemeinderat", "Der Rat hat 13 Mitglieder. Sitzungstermine werden im Schaukasten am "
             "Gemeindebüro bekannt gemacht. Niederschriften können im Gemeindebüro eingesehen werden."),
            ("veranstaltungen", "Veranstaltungen", "Maibaumaufstellen am 30. April, Dorffest im August, "
             "Laternelaufen im November."),
            ("impressum", "Impressum", "Gemeinde Moorhausen, vertreten durch Bürgermeister Gerd Wilkens."),
                              ("datenschutz", "Datenschutzerklärung", "Diese Website verwendet keine Tracking-Dienste."),
                              ("barrierefreiheit", "Barrierefreiheit", "Wir bemühen uns um Barrierefreiheit."),
                              ("kontakt", "Kontakt", "Gemeindebüro, Dorfstraße 12, 21799 Moorhausen.")):
        H.page(f"{slug}/index.html", chrome(title, f'<h1 class="entry-title">{title}</h1><p>{body}</p>'))
    H.raw("robots.txt", b"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n")
    return H
