"""Page facts from HTML: headings, main text, key sentences, links in context, regions, forms, scripts."""

from __future__ import annotations

from functools import lru_cache

import pytest

from crawler.components.extract import MAIN_TEXT_CHARS, FormFact, LinkFact, PageFacts, extract_page
from tests.support.paths import FIXTURE_SITES

MOORHAUSEN_SERVICE = FIXTURE_SITES / "www.gemeinde-moorhausen.de" / "buergerservice" / "index.html"

# A TYPO3 service page as Lower Saxony municipalities publish them: logo, menu, breadcrumb, main content with
# downloads and an online link, contact box, footer. <base href> points at the site root (TYPO3's default).
TYPO3_PAGE_URL = "https://www.sg-heideland.de/buergerservice/dienstleistungen/hundesteuer/"
TYPO3_PAGE = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<base href="https://www.sg-heideland.de/">
<title>Hundesteuer - Samtgemeinde Heideland</title>
<script>var _paq = window._paq = window._paq || []; _paq.push(['trackPageView']);</script>
<style>.hidden { display: none; }</style>
</head>
<body>
<header id="kopf"><h1 class="logo"><a href="index.html">Samtgemeinde Heideland</a></h1>
<nav id="mainmenu"><ul>
<li><a href="rathaus/">Rathaus</a></li>
<li><a href="buergerservice/">Rathaus &amp; Bürgerservice</a></li>
<li><a href="aktuelles/">Aktuelles</a></li>
</ul></nav></header>
<div class="breadcrumb"><a href="index.html">Startseite</a> ›
<a href="buergerservice/">Bürgerservice</a> › Hundesteuer</div>
<main id="content">
<h1>Hundesteuer</h1>
<p>Wer in der Samtgemeinde einen Hund hält, muss ihn innerhalb von zwei Wochen anmelden. Die Anmeldung ist
auch online möglich. Den Steuerbescheid erhalten Sie anschließend per Post.</p>
<h2>Formulare</h2>
<ul>
<li><a href="fileadmin/user_upload/formulare/Anmeldung_Hund.pdf" class="download">Antrag (PDF, 85 KB)</a></li>
<li><a href="https://heideland.rathausdirekt.de/hund/anmelden" target="_blank">Zum Online-Antrag</a></li>
</ul>
<h2>Ansprechpartner</h2>
<p>Frau Meyer, Zimmer 12, <a href="mailto:meyer@sg-heideland.de">E-Mail schreiben</a>,
<a href="tel:+4951911234">05191 1234</a>, <a href="javascript:window.print()">Drucken</a>,
<a href="buergerservice/ansprechpartner/meyer/#kontakt">Frau Meyer</a></p>
<noscript>Bitte aktivieren Sie JavaScript für die Karte.</noscript>
<p><a href="#top">nach oben</a>
<a href="buergerservice/dienstleistungen/wohngeld/"><img src="icon.png" alt="Wohngeld"></a>
<a href="buergerservice/dienstleistungen/" title="Alle Dienstleistungen"></a></p>
</main>
<footer id="footer"><p><a href="impressum/">Impressum</a> <a href="datenschutz/">Datenschutz</a></p></footer>
</body>
</html>
"""


@lru_cache(maxsize=1)
def typo3_facts() -> PageFacts:
    return extract_page(TYPO3_PAGE_URL, TYPO3_PAGE)


def link_named(facts: PageFacts, text: str) -> LinkFact:
    found = [link for link in facts.links if link.text == text]
    assert len(found) == 1, f"{text!r} in {[link.text for link in facts.links]}"
    return found[0]


def page(body: str, head: str = "<title>Seite</title>") -> str:
    return f"<!DOCTYPE html><html lang='de'><head>{head}</head><body>{body}</body></html>"


def only_form(body: str, url: str = "https://www.stadt-wesertal.de/formular/") -> FormFact:
    forms = extract_page(url, page(body)).forms
    assert len(forms) == 1
    return forms[0]


# --- title, headings, breadcrumb, main text, key sentences ----------------------------------------


def test_title_h1_and_headings_come_from_the_main_content() -> None:
    facts = typo3_facts()
    assert facts.title == "Hundesteuer - Samtgemeinde Heideland"
    # The logo <h1> in the header is not the page heading.
    assert facts.h1 == "Hundesteuer"
    assert facts.headings == ["Hundesteuer", "Formulare", "Ansprechpartner"]


def test_breadcrumb_is_read() -> None:
    assert typo3_facts().breadcrumb == "Startseite › Bürgerservice › Hundesteuer"


def test_main_text_excludes_menu_footer_scripts_and_noscript() -> None:
    facts = typo3_facts()
    assert facts.main_text.startswith("Hundesteuer Wer in der Samtgemeinde einen Hund hält")
    for chrome in ("Rathaus", "Impressum", "_paq", "display: none", "JavaScript"):
        assert chrome not in facts.main_text
    assert facts.text_length == len(facts.main_text)


def test_key_sentences_are_those_about_online_processing_and_the_notice() -> None:
    sentences = typo3_facts().key_sentences
    assert sentences[:2] == [
        "Die Anmeldung ist auch online möglich.",
        "Den Steuerbescheid erhalten Sie anschließend per Post.",
    ]
    assert not any("Wer in der Samtgemeinde einen Hund hält" in sentence for sentence in sentences)


def test_key_sentences_do_not_run_across_headings_and_list_items() -> None:
    """Block elements end a sentence: otherwise "Bescheid" from a list of documents and "Servicekonto"
    from the next paragraph form one pseudo-sentence that reads like an electronic notice (level 4)."""
    html = page(
        "<main><h1>Wohngeld</h1><h2>Unterlagen</h2><ul><li>letzter Bewilligungsbescheid</li>"
        "<li>Mietvertrag</li>"
        "</ul><h2>Online beantragen</h2><p>Melden Sie sich mit Ihrem Servicekonto an.</p></main>"
    )
    sentences = extract_page("https://www.stadt-wesertal.de/wohngeld/", html).key_sentences
    assert "Melden Sie sich mit Ihrem Servicekonto an." in sentences
    assert not [sentence for sentence in sentences if "bescheid" in sentence and "Servicekonto" in sentence]


def test_script_count_includes_head_scripts() -> None:
    facts = typo3_facts()
    assert facts.script_count == 1
    assert facts.empty_script_targets == 0


@pytest.mark.parametrize(
    ("body", "h1", "main_start"),
    [
        # WordPress: <main>
        (
            "<header><h1>Gemeinde Moorhausen</h1></header>"
            "<main><h1>Sperrmüll</h1><p>Abholung zweimal im Jahr.</p>"
            "</main><footer>Impressum</footer>",
            "Sperrmüll",
            "Sperrmüll Abholung",
        ),
        # role=main
        (
            "<div role='navigation'>Menü</div><div role='main'><h1>Fundbüro</h1><p>Verloren?</p></div>",
            "Fundbüro",
            "Fundbüro Verloren?",
        ),
        # IKISS-like id='inhalt'
        (
            "<div id='navigation'><a href='/a'>Start</a></div><div id='inhalt'><h1>Wohngeld</h1><p>Zuschuss.</p></div>",
            "Wohngeld",
            "Wohngeld Zuschuss.",
        ),
        # only an <article>
        (
            "<div class='menu'>Rathaus</div><article><h1>Gewerbe anmelden</h1><p>Formular GewA 1.</p></article>",
            "Gewerbe anmelden",
            "Gewerbe anmelden Formular",
        ),
    ],
)
def test_main_content_is_found_in_common_cms_layouts(body: str, h1: str, main_start: str) -> None:
    facts = extract_page("https://www.gemeinde-moorhausen.de/seite/", page(body))
    assert facts.h1 == h1
    assert facts.main_text.startswith(main_start)


def test_without_marked_main_content_the_body_is_the_main_text() -> None:
    """The <title> is not page text: it would push a news dateline or the h1 out of the first characters."""
    html = page("<h1>Osterfeuer</h1><p>Anmeldung bis 1. März.</p>", head="<title>Osterfeuer - Gemeinde X</title>")
    facts = extract_page("https://www.gemeinde-moorhausen.de/osterfeuer/", html)
    assert facts.h1 == "Osterfeuer"
    assert facts.main_text == "Osterfeuer Anmeldung bis 1. März."


def test_block_elements_do_not_run_together() -> None:
    facts = extract_page("https://x.de/", page("<main><h1>Kita</h1><ul><li>Krippe</li><li>Hort</li></ul></main>"))
    assert facts.main_text == "Kita Krippe Hort"


def test_main_text_is_capped_but_text_length_counts_everything() -> None:
    sentence = "Die Abfallgebühren werden jährlich festgesetzt. "
    facts = extract_page("https://x.de/", page(f"<main><p>{sentence * 100}</p></main>"))
    assert len(facts.main_text) == MAIN_TEXT_CHARS
    assert facts.text_length > 4000


def test_key_sentences_are_capped_in_number_and_length() -> None:
    long_sentence = "Sie können online " + "sehr " * 120 + "viel erledigen."
    many = " ".join(f"Leistung {n} gibt es online." for n in range(30))
    facts = extract_page("https://x.de/", page(f"<main><p>{long_sentence} {many}</p></main>"))
    assert len(facts.key_sentences) == 15
    assert len(facts.key_sentences[0]) == 400


@pytest.mark.parametrize("body", ["", "   \n  "])
def test_empty_body_yields_url_only(body: str) -> None:
    facts = extract_page("https://www.stadt-wesertal.de/leer/", body)
    assert facts == PageFacts(url="https://www.stadt-wesertal.de/leer/")


# --- links ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url", "heading", "region"),
    [
        (
            "Samtgemeinde Heideland",
            "https://www.sg-heideland.de/index.html",
            "Samtgemeinde Heideland",
            "header",
        ),
        (
            "Rathaus & Bürgerservice",
            "https://www.sg-heideland.de/buergerservice/",
            "Samtgemeinde Heideland",
            "nav",
        ),
        ("Startseite", "https://www.sg-heideland.de/index.html", "Samtgemeinde Heideland", "nav"),
        # The <base href> decides, not the page URL (that would give /buergerservice/.../fileadmin/...).
        (
            "Antrag (PDF, 85 KB)",
            "https://www.sg-heideland.de/fileadmin/user_upload/formulare/Anmeldung_Hund.pdf",
            "Formulare",
            "main",
        ),
        ("Zum Online-Antrag", "https://heideland.rathausdirekt.de/hund/anmelden", "Formulare", "main"),
        # Fragment removed.
        (
            "Frau Meyer",
            "https://www.sg-heideland.de/buergerservice/ansprechpartner/meyer/",
            "Ansprechpartner",
            "main",
        ),
        # No text: image alt, then title attribute.
        (
            "Wohngeld",
            "https://www.sg-heideland.de/buergerservice/dienstleistungen/wohngeld/",
            "Ansprechpartner",
            "main",
        ),
        (
            "Alle Dienstleistungen",
            "https://www.sg-heideland.de/buergerservice/dienstleistungen/",
            "Ansprechpartner",
            "main",
        ),
        ("Impressum", "https://www.sg-heideland.de/impressum/", "Ansprechpartner", "footer"),
    ],
)
def test_links_with_heading_above_and_region(text: str, url: str, heading: str, region: str) -> None:
    link = link_named(typo3_facts(), text)
    assert (link.url, link.heading, link.region) == (url, heading, region)


@pytest.mark.parametrize("text", ["E-Mail schreiben", "05191 1234", "Drucken", "nach oben"])
def test_mail_phone_javascript_and_anchor_links_are_dropped(text: str) -> None:
    assert text not in [link.text for link in typo3_facts().links]


def test_links_keep_document_order() -> None:
    texts = [link.text for link in typo3_facts().links]
    assert texts.index("Rathaus") < texts.index("Antrag (PDF, 85 KB)") < texts.index("Impressum")


def test_neighbourhood_is_the_enclosing_block() -> None:
    facts = typo3_facts()
    assert link_named(facts, "Antrag (PDF, 85 KB)").neighbourhood == "Antrag (PDF, 85 KB)"
    contact = link_named(facts, "Frau Meyer").neighbourhood
    assert contact.startswith("Frau Meyer, Zimmer 12, E-Mail schreiben")


def test_neighbourhood_of_a_link_in_running_text() -> None:
    html = page(
        "<main><h2>Wohngeld</h2><p>Den Antrag können Sie <a href='https://portal.example/wohngeld'>hier</a>"
        " online stellen.</p></main>"
    )
    link = extract_page("https://www.stadt-wesertal.de/wohngeld/", html).links[0]
    assert (link.text, link.heading) == ("hier", "Wohngeld")
    assert link.neighbourhood == "Den Antrag können Sie hier online stellen."


def test_link_inside_a_heading_has_that_heading() -> None:
    html = page("<main><h2>Formulare</h2><h3><a href='/wohngeld/'>Wohngeld</a></h3><p>Zuschuss zur Miete</p></main>")
    link = extract_page("https://www.stadt-wesertal.de/a-z/", html).links[0]
    assert link.heading == "Wohngeld"


def test_relative_links_resolve_against_the_page_without_base() -> None:
    html = page("<main><a href='antrag.pdf'>Antrag</a><a href='../wohngeld/'>Wohngeld</a></main>")
    links = extract_page("https://www.stadt-wesertal.de/buergerservice/hundesteuer/", html).links
    assert [link.url for link in links] == [
        "https://www.stadt-wesertal.de/buergerservice/hundesteuer/antrag.pdf",
        "https://www.stadt-wesertal.de/buergerservice/wohngeld/",
    ]


def test_relative_base_href_is_resolved_against_the_page() -> None:
    html = page("<main><a href='leistung.php?id=4'>Wohngeld</a></main>", head="<base href='/buergerservice/'>")
    link = extract_page("https://www.stadt-wesertal.de/index.php", html).links[0]
    assert link.url == "https://www.stadt-wesertal.de/buergerservice/leistung.php?id=4"


def test_invalid_href_is_skipped_without_losing_the_page() -> None:
    html = page("<main><h1>Wohngeld</h1><a href='http://[invalid'>kaputt</a><a href='/ok/'>ok</a></main>")
    facts = extract_page("https://www.stadt-wesertal.de/", html)
    assert facts.h1 == "Wohngeld"
    assert [link.text for link in facts.links] == ["ok"]


@pytest.mark.parametrize(
    ("wrapper", "region"),
    [
        ("<nav>{a}</nav>", "nav"),
        ("<header>{a}</header>", "header"),
        ("<footer>{a}</footer>", "footer"),
        ("<aside>{a}</aside>", "aside"),
        ("<main>{a}</main>", "main"),
        ("<div role='navigation'>{a}</div>", "nav"),
        ("<div role='banner'>{a}</div>", "header"),
        ("<div role='contentinfo'>{a}</div>", "footer"),
        ("<div id='fusszeile'><p>{a}</p></div>", "footer"),
        ("<div id='kopfzeile'>{a}</div>", "header"),
        ("<div class='col sidebar'>{a}</div>", "aside"),
        ("<ul class='servicenavigation'><li>{a}</li></ul>", "nav"),
        ("<div class='main-navigation'>{a}</div>", "nav"),
        ("<ul id='menu-hauptmenue' class='menu'><li class='menu-item'>{a}</li></ul>", "nav"),
        ("<div class='inhalt'><p>{a}</p></div>", "main"),
        # The nearest landmark decides: an article inside a sidebar is content.
        ("<div class='sidebar'><article>{a}</article></div>", "main"),
        ("<main><nav class='pagination'>{a}</nav></main>", "nav"),
    ],
)
def test_region_of_a_link(wrapper: str, region: str) -> None:
    html = page(wrapper.format(a="<a href='/wohngeld/'>Wohngeld</a>"))
    assert extract_page("https://www.stadt-wesertal.de/", html).links[0].region == region


# --- forms ----------------------------------------------------------------------------------------

APPLICATION_FORM = """
<main><h1>Sondernutzung öffentlicher Straßen</h1>
<h2>Online-Antrag</h2>
<form action="antrag/absenden" method="POST">
<input type="hidden" name="__trustedProperties" value="abc">
<label for="f-name">Name, Vorname*</label><input id="f-name" name="tx_form[name]" required>
<label for="f-ort">Ort der Nutzung</label><input type="text" id="f-ort" name="ort">
<label for="f-zeit">Zeitraum</label><select id="f-zeit" name="zeitraum"><option>1 Tag</option></select>
<textarea name="beschreibung" placeholder="Beschreibung der Nutzung"></textarea>
<input type="email" name="email" aria-label="E-Mail-Adresse">
<input type="file" name="lageplan">
<input type="checkbox" id="f-ds" name="datenschutz"><label for="f-ds">Datenschutzhinweise gelesen</label>
<input type="reset" value="Zurücksetzen">
<input type="submit" value="Antrag absenden">
</form></main>
"""


def test_application_form_fields_types_and_submit() -> None:
    form = only_form(APPLICATION_FORM, url="https://www.stadt-wesertal.de/buergerservice/sondernutzung/")
    assert form.action == "https://www.stadt-wesertal.de/buergerservice/sondernutzung/antrag/absenden"
    assert form.method == "post"
    assert form.heading == "Online-Antrag"
    assert form.fields == [
        "Name, Vorname*",
        "Ort der Nutzung",
        "Zeitraum",
        "Beschreibung der Nutzung",
        "E-Mail-Adresse",
        "lageplan",
        "Datenschutzhinweise gelesen",
    ]
    assert form.field_types == ["text", "text", "select", "textarea", "email", "file", "checkbox"]
    assert form.submit_texts == ["Antrag absenden"]


def test_search_form_in_the_header() -> None:
    body = (
        "<header><form action='/suche/' role='search'><input name='q' placeholder='Suchbegriff'>"
        "<button>Suchen</button></form></header>"
    )
    form = only_form(body)
    assert (form.action, form.method, form.role) == ("https://www.stadt-wesertal.de/suche/", "get", "search")
    assert (form.fields, form.field_types, form.submit_texts) == (["Suchbegriff"], ["text"], ["Suchen"])


def test_form_without_action_posts_to_its_page() -> None:
    form = only_form("<form method='post'><input name='plz'><input type='submit'></form>")
    assert form.action == "https://www.stadt-wesertal.de/formular/"
    assert len(form.submit_texts) == 1


def test_form_without_labels_falls_back_to_aria_placeholder_name() -> None:
    form = only_form(
        "<form><input name='strasse'><input placeholder='Hausnummer'><input aria-label='PLZ' name='p'>"
        "<button type='submit'><span>Weiter</span></button></form>"
    )
    assert form.fields == ["strasse", "Hausnummer", "PLZ"]
    assert form.submit_texts == ["Weiter"]


def test_forms_and_links_know_the_heading_above_them() -> None:
    html = page(
        "<main><h2>Newsletter</h2><form><input name='email'><button>Abonnieren</button></form>"
        "<h2>Sperrmüll</h2><form><input name='strasse'><input name='termin'>"
        "<button>Anmelden</button></form></main>"
    )
    forms = extract_page("https://www.stadt-wesertal.de/", html).forms
    assert [form.heading for form in forms] == ["Newsletter", "Sperrmüll"]


def test_wrapped_label_names_the_field() -> None:
    """Contact Form 7 (WordPress) and many TYPO3 templates wrap the control in its <label>, without for=."""
    form = only_form(
        "<form class='wpcf7-form' method='post'>"
        "<p><label> Ihr Name (Pflichtfeld)<br><span class='wpcf7-form-control-wrap'>"
        "<input type='text' name='your-name'></span></label></p>"
        "<p><label> Ihre E-Mail-Adresse<br><input type='email' name='your-email'></label></p>"
        "<p><input type='submit' value='Senden'></p></form>"
    )
    assert form.fields == ["Ihr Name (Pflichtfeld)", "Ihre E-Mail-Adresse"]


@pytest.mark.parametrize(
    ("button", "is_submit"),
    [
        ("<button>Antrag absenden</button>", True),
        ("<button type='submit'>Antrag absenden</button>", True),
        ("<input type='image' src='senden.png' value='Antrag absenden'>", True),
        ("<button type='reset'>Antrag absenden</button>", False),
        # Scripted forms submit with type="button": a sending caption counts, any other caption does not.
        ("<button type='button'>Antrag absenden</button>", True),
        ("<input type='button' value='Antrag absenden'>", True),
        ("<button type='button'>Hilfe anzeigen</button>", False),
        ("<input type='button' value='Zurück zur Übersicht'>", False),
    ],
)
def test_only_submitting_buttons_count_as_submit(button: str, is_submit: bool) -> None:
    form = only_form(f"<form><input name='vorname'><input name='nachname'>{button}</form>")
    assert ("Antrag absenden" in form.submit_texts) is is_submit
    assert form.fields == ["vorname", "nachname"]


# --- scripts that fill containers -----------------------------------------------------------------


def test_moorhausen_service_list_is_an_empty_script_target() -> None:
    facts = extract_page(
        "https://www.gemeinde-moorhausen.de/buergerservice/", MOORHAUSEN_SERVICE.read_text(encoding="utf-8")
    )
    assert facts.script_count == 1
    assert facts.empty_script_targets == 1
    assert facts.h1 == "Bürgerservice"
    assert "fetch(" not in facts.main_text


@pytest.mark.parametrize(
    ("container", "script", "empty"),
    [
        ("<div id='app'></div>", "document.querySelector('#app').innerHTML = html;", 1),
        ("<ul id='a-z-liste'></ul>", 'document.querySelectorAll( "#a-z-liste" )', 1),
        ("<div id='leistungen'><p>Wird geladen …</p></div>", "document.getElementById('leistungen')", 1),
        # Already filled (server-side rendered, script only enhances it).
        (
            "<ul id='leistungen'><li><a href='/hund/'>Hundesteuer</a></li></ul>",
            "document.getElementById('leistungen').classList.add('js')",
            0,
        ),
        (
            "<div id='intro'>" + "Die Stadt bietet viele Leistungen online an. " * 3 + "</div>",
            "document.getElementById('intro')",
            0,
        ),
        # The script looks up an element the page does not have.
        ("<div id='app'></div>", "document.getElementById('cookie-banner')", 0),
    ],
)
def test_empty_script_targets(container: str, script: str, empty: int) -> None:
    html = page(f"<main><h1>Bürgerservice</h1>{container}</main><script>{script}</script>")
    facts = extract_page("https://www.stadt-wesertal.de/", html)
    assert facts.script_count == 1
    assert facts.empty_script_targets == empty


def test_sections_have_levels_and_leads() -> None:
    html = """<html><body><main><h1>Heirat &amp; Familie</h1>
    <h2>Nachwuchs</h2>
    <h3>Vaterschaft anerkennen</h3><p>Unverheiratete Eltern können die Vaterschaft im Standesamt anerkennen.</p>
    <!-- Redaktion: Text folgt -->
    <h3>Elterngeld</h3><div><p>Elterngeld beantragen Sie beim Landkreis.</p><p>Mehr dazu dort.</p></div>
    <section><h2>Kontakt</h2></section></main></body></html>"""
    facts = extract_page("https://www.sg-example.de/familie.html", html)
    assert facts.headings == ["Heirat & Familie", "Nachwuchs", "Vaterschaft anerkennen", "Elterngeld", "Kontakt"]
    assert facts.heading_levels == [1, 2, 3, 3, 2]
    assert facts.section_leads[:4] == [
        "",
        "",
        "Unverheiratete Eltern können die Vaterschaft im Standesamt anerkennen.",
        "Elterngeld beantragen Sie beim Landkreis. Mehr dazu dort.",
    ]


def test_a_table_row_keeps_its_cells_apart() -> None:
    """The row names the form; the link says only "Download (PDF, 120 KB)"."""
    facts = extract_page(
        "https://www.x.de/formulare/",
        "<html><body><main><table><tr><td>Antrag auf Sondernutzung</td><td>Tiefbau</td>"
        '<td><a href="/a.pdf">Download (PDF, 120 KB)</a></td></tr></table></main></body></html>',
    )
    link = link_named(facts, "Download (PDF, 120 KB)")
    assert link.neighbourhood == "Antrag auf Sondernutzung | Tiefbau | Download (PDF, 120 KB)"


def test_an_a_to_z_entry_carries_its_other_names() -> None:
    """OpenR@thaus/BIS: <li class="dlitem" data-synonyme="...">."""
    facts = extract_page(
        "https://service.x.de/leistungen/",
        '<html><body><main><ul><li class="list-group-item dlitem" data-synonyme="Personalausweis, Reisepass">'
        '<a href="/leistungen/-/egov-bis-detail/dienstleistung/1/show">Ausweisdokumente</a></li>'
        '<li><a href="/kontakt/">Kontakt</a></li></ul></main></body></html>',
    )
    assert link_named(facts, "Ausweisdokumente").alternative_names == "Personalausweis, Reisepass"
    assert link_named(facts, "Kontakt").alternative_names == ""


def test_links_beyond_the_cap_are_counted_not_kept() -> None:
    from crawler.components.extract import MAX_LINKS_PER_PAGE

    items = "".join(f'<li><a href="/meldungen/{number}.html">Meldung {number}</a></li>' for number in range(2500))
    body = f'<html><body><nav><a href="/buergerservice/">Bürgerservice</a></nav><ul>{items}</ul></body></html>'
    facts = extract_page("http://www.riesenbuettel.de/", body)
    assert len(facts.links) == MAX_LINKS_PER_PAGE
    assert facts.links[0].text == "Bürgerservice", "links are kept in document order"
    assert facts.links_dropped == 2501 - MAX_LINKS_PER_PAGE


@pytest.mark.parametrize(
    "element",
    [
        """<li onclick="location.href='/bs/fz.html'">Führungszeugnis beantragen</li>""",
        """<a href="javascript:window.open('/bs/fz.html','_blank','width=600')">Führungszeugnis beantragen</a>""",
        """<a href="#" onclick="window.location.assign(&quot;/bs/fz.html&quot;); return false;">"""
        """Führungszeugnis beantragen</a>""",
        """<button type="button" onclick="document.location = '/bs/fz.html'">Führungszeugnis beantragen</button>""",
        """<span onclick="javascript:window.location.href='/bs/fz.html';">Führungszeugnis beantragen</span>""",
        """<tr onclick="location.replace('/bs/fz.html')"><td>Führungszeugnis beantragen</td></tr>""",
    ],
)
def test_links_that_exist_only_in_script_handlers(element: str) -> None:
    facts = extract_page("http://www.skript-gemeinde.de/", f"<html><body><table>{element}</table></body></html>")
    assert [(link.url, link.text) for link in facts.links] == [
        ("http://www.skript-gemeinde.de/bs/fz.html", "Führungszeugnis beantragen")
    ]


def test_script_handlers_without_a_literal_url_are_no_links() -> None:
    body = (
        """<html><body><a href="javascript:void(0)">Drucken</a><span onclick="toggle(this)">Mehr</span></body></html>"""
    )
    assert extract_page("http://www.skript-gemeinde.de/", body).links == []
