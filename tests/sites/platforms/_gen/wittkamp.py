"""Gemeinde Wittkamp: member of Samtgemeinde Hollerbrook that refers all administrative matters to it."""

from __future__ import annotations

from _gen import hollerbrook
from _gen.common import Town, World, labels, not_service, pdf, service, town_basics

WWW = "www.gemeinde-wittkamp.de"


def build(world: World) -> None:
    www = world.host(WWW)
    town = Town(
        www,
        "Gemeinde Wittkamp",
        "Wittkamp",
        nav=[
            ("Gemeinde", "/gemeinde/"),
            ("Verwaltung", "/verwaltung/"),
            ("Aktuelles", "/aktuelles/"),
            ("Veranstaltungen", "/veranstaltungen/"),
        ],
        address=["Dorfstraße 14 (Gemeindebüro)", "27449 Wittkamp"],
        phone="04163 2231",
        email="gemeinde@wittkamp.de",
        flavor="ikiss",
    )
    sg = f"http://{hollerbrook.PORTAL}"

    def sg_detail(ident: int) -> str:
        return f"/suche/-/egov-bis-detail/dienstleistung/{ident}/show"

    grab_pdf = www.raw(
        "/fileadmin/wittkamp/formulare/antrag-nutzungsrecht-grabstaette.pdf",
        pdf(
            "Antrag auf Erwerb eines Nutzungsrechts an einer Grabstätte – Friedhof Wittkamp",
            ["Gemeinde Wittkamp - Friedhofsverwaltung", "Art der Grabstätte: Wahlgrab / Urnengrab / Rasengrab",
             "Name der verstorbenen Person", "Nutzungsberechtigte Person"],
            author="Gemeinde Wittkamp",
        ),
    )
    feuer_pdf = www.raw(
        "/fileadmin/wittkamp/formulare/anmeldung-osterfeuer.pdf",
        pdf(
            "Anmeldung eines Osterfeuers in der Gemeinde Wittkamp",
            ["Veranstalter und verantwortliche Person", "Standort (Flurstück)", "Abstand zu Gebäuden und Wald",
             "Nur unbehandeltes Holz und Baumschnitt"],
            author="Gemeinde Wittkamp",
        ),
    )

    town.page(
        "/",
        "Willkommen in Wittkamp",
        f"""<p>Wittkamp ist eine von vier Mitgliedsgemeinden der Samtgemeinde Hollerbrook. Rund 1.150 Menschen leben
in unserem Dorf zwischen Geest und Moor.</p>
<div class="hinweis"><h2>Verwaltung</h2>
<p>Alle Verwaltungsangelegenheiten erledigt die Samtgemeinde Hollerbrook für uns – vom Umzug über den
Personalausweis bis zur Hundesteuer. Bitte wenden Sie sich an das
<a href="http://{hollerbrook.WWW}/buergerservice/">Bürgerbüro der Samtgemeinde</a> oder nutzen Sie das
<a href="{sg}/suche/">Serviceportal der Samtgemeinde</a>.</p></div>
<h2>Aus dem Dorf</h2><ul>
<li><a href="/aktuelles/">Aktuelles</a></li>
<li><a href="/veranstaltungen/">Veranstaltungskalender</a></li>
<li><a href="/gemeinde/friedhof/">Friedhof Wittkamp</a></li></ul>""",
    )
    town.page(
        "/gemeinde/",
        "Gemeinde",
        """<ul><li><a href="/gemeinde/rat/">Gemeinderat und Bürgermeister</a></li>
<li><a href="/gemeinde/friedhof/">Friedhof</a></li>
<li><a href="/gemeinde/osterfeuer/">Osterfeuer anmelden</a></li>
<li><a href="/gemeinde/dorfgemeinschaftshaus/">Dorfgemeinschaftshaus</a></li></ul>""",
        [("Gemeinde", "/gemeinde/")],
    )
    town.page(
        "/verwaltung/",
        "Verwaltung",
        f"""<p><strong>Alle Verwaltungsangelegenheiten erledigt die Samtgemeinde Hollerbrook.</strong> Die Gemeinde
Wittkamp selbst unterhält nur ein kleines Gemeindebüro (dienstags 17–19 Uhr) für den Friedhof, das
Dorfgemeinschaftshaus und die Anmeldung von Osterfeuern.</p>
<h2>Direkt zur Samtgemeinde</h2>
<ul>
<li><a href="{sg}{sg_detail(540120)}">Umzug, An- und Abmeldung</a></li>
<li><a href="{sg}{sg_detail(540150)}">Personalausweis und Reisepass</a></li>
<li><a href="{sg}{sg_detail(540210)}">Hundesteuer</a></li>
<li><a href="{sg}{sg_detail(540220)}">Gewerbe</a></li>
<li><a href="{sg}{sg_detail(540230)}">Fundbüro</a></li>
<li><a href="{sg}{sg_detail(540410)}">Kindertagesstätten</a></li>
<li><a href="http://{hollerbrook.WWW}/buergerservice/heiraten/">Heiraten</a></li>
<li><a href="{sg}/suche/">Alle Dienstleistungen von A bis Z</a></li>
</ul>
<p>Samtgemeinde Hollerbrook, Rathausplatz 3, 27449 Hollerbrook, Telefon 04163 8120-0</p>""",
        [("Verwaltung", "/verwaltung/")],
    )
    town.page(
        "/gemeinde/friedhof/",
        "Friedhof Wittkamp",
        f"""<p>Der Friedhof an der Kirchstraße wird von der Gemeinde Wittkamp selbst verwaltet. Wir vergeben
Nutzungsrechte an Wahlgräbern, Urnengräbern und Rasengräbern. Die Ruhezeit beträgt 25 Jahre.</p>
<h2>Nutzungsrecht erwerben</h2>
<p>Im Sterbefall wendet sich meist das Bestattungsunternehmen an uns. Sie können das Nutzungsrecht an einer
Grabstätte aber auch selbst mit dem Antrag erwerben und ihn im Gemeindebüro abgeben:</p>
<p><a href="{grab_pdf}">Antrag auf Erwerb eines Nutzungsrechts an einer Grabstätte (PDF)</a></p>
<h2>Gebühren</h2><table><tr><td>Wahlgrab (je Stelle, 25 Jahre)</td><td>650 Euro</td></tr>
<tr><td>Urnengrab</td><td>420 Euro</td></tr><tr><td>Rasengrab</td><td>900 Euro inkl. Pflege</td></tr></table>
<p>Friedhofsverwalter: Heinrich Oltmann, Telefon 04163 2231 (dienstags 17–19 Uhr)</p>""",
        [("Gemeinde", "/gemeinde/"), ("Friedhof", "/gemeinde/friedhof/")],
    )
    town.page(
        "/gemeinde/osterfeuer/",
        "Osterfeuer anmelden",
        f"""<p>Wer in Wittkamp ein Osterfeuer abbrennen möchte, muss es bis zum 15. März bei der Gemeinde anmelden.
Es darf nur unbehandeltes Holz und Baumschnitt verbrannt werden. Das Brenngut darf frühestens zwei Wochen vor
Ostern aufgeschichtet und muss vor dem Anzünden umgeschichtet werden, damit Tiere flüchten können.</p>
<p><a href="{feuer_pdf}">Anmeldeformular Osterfeuer (PDF)</a> – bitte ausgefüllt im Gemeindebüro abgeben oder in
den Briefkasten am Dorfgemeinschaftshaus werfen.</p>""",
        [("Gemeinde", "/gemeinde/"), ("Osterfeuer", "/gemeinde/osterfeuer/")],
    )
    town.page(
        "/gemeinde/dorfgemeinschaftshaus/",
        "Dorfgemeinschaftshaus",
        """<p>Der Saal bietet Platz für 80 Personen und kann für Familienfeiern gemietet werden. Miete 150 Euro pro
Tag zuzüglich Reinigung. Reservierung im Gemeindebüro.</p>""",
        [("Gemeinde", "/gemeinde/"), ("Dorfgemeinschaftshaus", "/gemeinde/dorfgemeinschaftshaus/")],
    )
    town.page(
        "/gemeinde/rat/",
        "Gemeinderat",
        f"""<p>Bürgermeisterin: Anke Meyerhoff. Der Gemeinderat hat neun Mitglieder. Sitzungen und Niederschriften
veröffentlicht die Samtgemeinde im <a href="http://{hollerbrook.RIS}/bi/">Ratsinformationssystem</a>.</p>""",
        [("Gemeinde", "/gemeinde/"), ("Gemeinderat", "/gemeinde/rat/")],
    )
    town.page(
        "/aktuelles/",
        "Aktuelles",
        """<div class="news"><h2>Angelverein: Vorbereitungskurs zur Fischerprüfung</h2>
<p>Der Angelverein Wittkamp e.V. bietet ab September wieder einen Kurs zur Vorbereitung auf die
Fischerprüfung an. Wer danach den Fischereischein in der Tasche haben möchte, meldet sich beim
Vorsitzenden.</p></div>
<div class="news"><h2>Hundesteuerbescheide verschickt</h2><p>Die Samtgemeinde hat die Bescheide für das neue
Jahr verschickt. Fragen beantwortet das Steueramt der Samtgemeinde.</p></div>""",
        [("Aktuelles", "/aktuelles/")],
    )
    town.page(
        "/veranstaltungen/",
        "Veranstaltungen",
        """<ul><li>19.04. Osterfeuer der Dorfjugend am Sportplatz</li><li>14.–16.06. Schützenfest</li>
<li>03.10. Erntedankfest mit Umzug</li><li>30.11. Adventsmarkt am Dorfgemeinschaftshaus</li></ul>""",
        [("Veranstaltungen", "/veranstaltungen/")],
    )
    town_basics(town, contact_intro="Für Verwaltungsangelegenheiten wenden Sie sich bitte an die Samtgemeinde.")

    own = [
        service("10227", 2, "own Friedhof page of the Gemeinde with a PDF application for a Grabstätte",
                [www.url("/gemeinde/friedhof/"), grab_pdf]),
        service("10147", 2, "own page 'Osterfeuer anmelden' with a PDF registration form",
                [www.url("/gemeinde/osterfeuer/"), feuer_pdf]),
    ]
    referred = []
    for entry in hollerbrook.SERVICES:
        if entry["ozg_id"] in {"10227"}:
            continue  # the Gemeinde runs its own cemetery; labelled once, as its own
        copy = dict(entry)
        copy["provided_by"] = "samtgemeinde"
        copy["why"] = "only on the Samtgemeinde's pages (linked as referral): " + str(entry["why"])
        referred.append(copy)
    labels(
        world,
        WWW,
        name="Gemeinde Wittkamp",
        kind="mitgliedsgemeinde",
        landkreis="Landkreis Geestmoor",
        family="referral_member",
        services=own + referred,
        not_services=[
            not_service("10148", "Fischereischein only in a news item about an angling club course"),
        ],
    )
