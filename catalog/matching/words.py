"""Hand-kept German word lists for text matching, in folded spelling (ae/oe/ue/ss, lower case)."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a block of text."""
    return frozenset(text.split())


# Function words and file/URL noise: dropped before matching.
STOPWORDS: frozenset[str] = _words(
    """
    a ab alle allen aller alles als also am an auch auf aus bei beim bis bitte bzw ca d da damit dann
    das dass dem den denen der deren des dessen die dies diese diesem diesen dieser dieses doch du durch
    e ein eine einem einen einer eines er es etc etwa euch euer f fuer gegen ggf h hier hin ich ihm ihn
    ihr ihre ihrem ihren ihrer ihres im in inkl ins ist ja je jede jedem jeden jeder jetzt k kann kein
    keine koennen m man mehr mit muss muessen nach neben nicht noch nr nur o ob oder ohne per pro s sich
    sie sind so sowie statt u ueber um und uns unser unsere unter usw v vom von vor w waehrend was weg
    wegen weitere weiteren weiterer welche wenn wer werden wie wir wird wo z zu zum zur zwischen
    eins sein seine seinem seinen seiner seines sowie jeweils einige einigen beziehungsweise sofern
    innerhalb ausserhalb gemaess laut bezueglich betreffend seit trotz sonstige sonstiges bisher sowohl
    bzgl evtl sog ihrer unserer alle unseren unserem dort hierzu dazu hierfuer dafuer
    gegebenenfalls ebenfalls jedenfalls keinesfalls falls andernfalls notfalls bestenfalls samt
    pdf pdfs kb mb gb byte bytes doc docx odt xls xlsx rtf txt zip jpg png htm html php asp aspx jsp cfm
    www http https de com org net index seite seiten datei dateien barrierefrei barrierearm dok
    """
)

# Words of generic service links ("Online beantragen", "Antrag (PDF)", "Formular herunterladen"):
# they carry little meaning alone, and a text made only of them is resolved by its context.
ACTION_WORDS: frozenset[str] = _words(
    """
    antrag antraege antragstellung beantragen beantragung anfordern anforderung bestellen bestellung
    formular formulare vordruck vordrucke formblatt download downloads herunterladen runterladen
    ausfuellen ausdrucken einreichen absenden senden stellen online onlinedienst onlinedienste
    onlineantrag onlineservice onlineverfahren digital digitale elektronisch elektronische
    anmelden anmeldung abmelden abmeldung ummelden ummeldung melden meldung mitteilen mitteilung
    anzeigen anzeige erteilung erteilen ausstellung ausstellen verlaengerung verlaengern aenderung
    aendern befreiung ermaessigung erstattung beantragt start starten jetzt hier direkt drucken
    bescheinigung genehmigung erlaubnis auskunft nachweis bestaetigung merkblatt
    abholen abholung aushaendigung ausgabe gewaehrung gewaehren anerkennung bewilligung durchfuehrung
    festsetzung feststellung loeschung informationserteilung anordnung entgegennahme registrierung
    uebermittlung widerruf aufhebung finanzierung berichtigung entscheidung erbringung erhebung
    ueberwachung gestattung zustimmung zuteilung erstellung bearbeitung erneuerung
    bezahlen zahlen zahlung bezahlung entrichten erklaerung erklaeren
    termin termine terminvereinbarung terminbuchung terminreservierung vereinbaren reservieren
    zugang weiter gehen geht gelangen klicken klick finden link dienst
    uebermitteln eingeben eingabe einsenden hochladen
    """
)

# Verbs of generic link texts that share their stem with a catalog noun ("buchen" / "Grundbuch"):
# allowed in a text resolved by context, but weighed as the noun.
LINK_VERBS: frozenset[str] = _words("buchen buchung")

# Generic words that never name a service and never make a text worth resolving by context.
SOFT_WORDS: frozenset[str] = _words(
    """
    service services buergerservice dienstleistung dienstleistungen leistung leistungen information
    informationen info infos hinweis hinweise uebersicht allgemein allgemeines thema themen
    verwaltung rathaus amt aemter behoerde stadt gemeinde samtgemeinde landkreis kreis bereich
    fachbereich fachdienst abteilung zustaendigkeit zustaendig ansprechpartner ansprechpartnerin
    sachbearbeiter sachbearbeiterin buerger buergerin buergerinnen unternehmen weitere
    lebenslage lebenslagen portal serviceportal aktuell aktuelle aktueller version stand
    plan plaene system systeme verfahren programm programme projekt projekte angebot angebote daten
    liste listen nummer nummern neu neue neuer neues zentral zentrale sonstige sonstiges
    gebuehr gebuehren kosten beitrag beitraege entgelt entgelte ausbildung
    standesamt ordnungsamt sozialamt jugendamt bauamt einwohnermeldeamt meldeamt buergerbuero buergeramt
    buergerbueros finanzamt finanzaemter widerspruch einspruch
    veterinaeramt gesundheitsamt umweltamt bauordnungsamt strassenverkehrsamt schulamt steueramt kaemmerei
    """
)

# Navigation and content words of municipal websites that are not services; they outweigh a match.
NOISE_WORDS: frozenset[str] = _words(
    """
    impressum datenschutz datenschutzerklaerung kontakt kontaktformular startseite home sitemap
    aktuelles nachrichten news newsletter presse pressemitteilung pressemitteilungen pressestelle
    kalender veranstaltungskalender sitzungskalender sitzungstermine ratsinformationssystem
    stellenausschreibung stellenausschreibungen stellenangebot stellenangebote karriere jobs job
    ausbildungsplatz praktikum mwd weiterlesen zurueck suche suchen navigation menue
    barrierefreiheit gebaerdensprache cookie cookies login logout einloggen
    facebook instagram twitter youtube rss kommentar galerie fotogalerie bildergalerie foto fotos
    video videos tourismus freizeit geschichte partnerstadt partnerstaedte webcam
    oeffnungszeiten anfahrt lageplan telefon fax email mail treffer gefunden leider
    herr frau herrn prof dipl ing
    """
)

# Section names of municipal websites: alone ("Leben", "Vereine", "Bauen & Wohnen") they head a menu, they do
# not name a service, even though catalog compounds start with them (Lebensbescheinigung, Vereinsanerkennung).
SECTION_WORDS: frozenset[str] = _words(
    """
    leben lebenswert kultur bildung soziales sozial familie familien wirtschaft umwelt verkehr gesundheit sport
    politik bauen wohnen bau wohnung senioren seniorinnen jugend jugendliche kinder kind arbeit schule schulen
    vereine verein ehrenamt freizeit natur energie klima klimaschutz mobilitaet digitalisierung integration
    migration wirtschaftsfoerderung stadtentwicklung ortsentwicklung ortsteile ortschaften dorf doerfer
    gemeindeleben stadtleben buergerschaft einwohner gaeste besucher region heimat archiv
    veranstaltung veranstaltungen
    """
)

# Common first names: a text naming a person is a contact, not a service ("Hans Müller").
FIRST_NAMES: frozenset[str] = _words(
    """
    alexander andrea andreas angelika anja anna anne annette barbara bernd birgit brigitte carsten
    christa christian christiane christina christine claudia daniel daniela dieter dirk doris elke
    elisabeth erika frank gabriele gerhard gisela hans heike heinz helga helmut ingrid jan jens joachim
    johannes juergen julia karin karl katharina kerstin klaus lars laura lisa manfred manuela marco maria
    marie markus martin martina matthias michael monika nicole nina olaf oliver peter petra ralf renate
    rolf sabine sandra sarah silke simone sophie stefan stefanie steffen susanne sven thomas tim tobias
    torsten ursula ute uwe werner wolfgang yvonne
    """
)

# Abbreviations written out so both spellings share their words.
ABBREVIATIONS: dict[str, str] = {
    "kfz": "kraftfahrzeug",
    "ikfz": "kraftfahrzeug",
    "pkw": "kraftfahrzeug",
    "lkw": "lastkraftwagen",
    "kita": "kindertagesstaette",
    "kitas": "kindertagesstaette",
    "kiga": "kindergarten",
    "perso": "personalausweis",
    "gewa": "gewerbeanzeige",
    "wbs": "wohnberechtigungsschein",
    "vhs": "volkshochschule",
    "eid": "elektronischer identitaetsnachweis",
    "fz": "fuehrungszeugnis",
}

# Words common on municipal websites but absent from the catalog; known so compounds split at them.
EXTRA_VOCABULARY: frozenset[str] = _words(
    """
    platz plaetze stand zaehler zaehlerstand abholung abholen termin buero fundbuero
    hund katze auto wagen schein karte ausweis gebuehr kosten satzung
    """
)
