"""Classification on hand-written layouts: the kinds of page that fool keyword counting."""

from __future__ import annotations

from extraction.classify import classify
from extraction.layout_query import DocView
from ocr.types import Layout, Page, Source, Word, reline


def _layout(lines: list[str]) -> Layout:
    """One line of words per entry; a double space starts a new column (a wide gap)."""
    words = []
    for i, text in enumerate(lines):
        x = 0.08
        for col, part in enumerate(text.split("  ")):
            if col:
                x = max(x + 0.08, 0.55)
            for token in part.split():
                w = 0.009 * len(token)
                words.append(Word(token, (x, 0.05 + 0.024 * i, x + w, 0.063 + 0.024 * i), 1.0))
                x += w + 0.008
    page = Page(1, 595, 842, 0, False, reline(words))
    return Layout(Source("x.pdf", "0", "application/pdf", 1), (page,))


def _type(lines: list[str]) -> str:
    return classify(DocView(_layout(lines)))[0]


INTRO = (
    "U vraagt een uitkering aan op grond van de Participatiewet. Beantwoord alle vragen en "
    "onderteken het formulier op de laatste pagina van dit formulier alstublieft."
)


def test_a_form_of_numbered_questions_is_a_form() -> None:
    lines = [
        "Gemeente Almere  Aanvraag bijstand",
        "Postbus 4014, 1300 GA Almere",
        "Geachte heer, mevrouw,",
        INTRO,
        INTRO,
        INTRO,
        INTRO,
        "Onderdeel 1: Over uzelf",
        "1.1 Wat is uw burgerservicenummer?  687763423",
        "1.2 Wat zijn uw voornamen?  Naima",
        "1.3 Wat is uw achternaam?  Jacobs",
        "1.4 Wat is uw geboortedatum?  12 augustus 1981",
        "1.5 Wat is uw adres (straat en huisnummer)?  Oranjestraat 239",
        "1.6 Postcode en woonplaats  1347XJ Almere",
        "1.7 Op welk telefoonnummer bent u bereikbaar?  +31 6 85993271",
        "Heeft u geen partner? Ga dan verder met vraag 3.1 op deze pagina.",
        "3.1 Hoeveel kinderen jonger dan 18 jaar wonen bij u?  0",
        "3.2 Wat zijn uw woonlasten per maand?  € 620,74",
        "4.1 Wat zijn uw inkomsten per maand?  € 618,08",
        "4.2 Hoeveel spaargeld heeft u?  € 2.110,66",
        "4.3 Wat is uw IBAN?  NL36INGB2540726289",
    ]
    assert _type(lines) == "application_form"


def test_a_municipal_letter_about_an_application_is_other() -> None:
    lines = [
        "Gemeente Groningen",
        "Retour: Postbus 3144, Groningen",
        "De heer J. van Leeuwen  Afdeling",
        "Lindenlaan 27  Werk en Inkomen",
        "9748 XD GRONINGEN",
        "Contactpersoon",
        "Maria Hoekstra",
        "Telefoon",
        "14 050",
        "Ons kenmerk",
        "WI/980884/L55",
        "Uw kenmerk",
        "Uitnodiging voor een gesprek over uw aanvraag",
        "Datum",
        "13 september 2026",
        "Geachte heer Van Leeuwen,",
        "U heeft op 27 augustus 2026 een uitkering aangevraagd op grond van de Participatiewet.",
        "Wij willen graag met u kennismaken en uw situatie en woonlasten bespreken met u.",
        "Neemt u een geldig identiteitsbewijs mee. Heeft u een partner, dan komt uw partner ook.",
        "Burgerservicenummer  123456782",
        "Geboortedatum  10 oktober 1980",
        "Ingangsdatum  1 september 2026",
        "Met vriendelijke groet,",
        "Bezwaar maken",
        "Bent u het niet eens met een besluit? Dan kunt u binnen zes weken bezwaar maken.",
    ]
    assert _type(lines) == "other"


def test_numbered_questions_with_amounts_are_not_transaction_rows() -> None:
    lines = [
        f"{i}.{j} Wat is het bedrag van post {i}{j}?  € {i}{j},50"
        for i in (1, 2)
        for j in (1, 2, 3)
    ]
    assert _type(["Aanvraag bijstand", *lines]) != "bank_statement"


def test_dated_rows_make_a_statement() -> None:
    rows = [f"0{d}-03  Albert Heijn 1234 Utrecht  12,{d}0 Af" for d in range(1, 8)]
    assert _type(["Rekeningafschrift", "Beginsaldo  100,00", *rows]) == "bank_statement"


def test_an_app_statement_without_a_table_header_is_a_statement() -> None:
    # no dated rows: the bookings stand under day headings ('Maandag 2 maart')
    lines = [
        "bunq  Rekeningoverzicht",
        "IBAN  NL91 ABNA 0417 1643 00",
        "Maandag 2 maart",
        "Albert Heijn  -€ 12,50",
        "Dinsdag 3 maart",
        "Kruidvat  -€ 5,95",
        "Woensdag 4 maart",
        "Gemeente Utrecht  + € 95,00",
        "Donderdag 5 maart",
        "NS Reizigers  -€ 23,40",
    ]
    assert _type(lines) == "bank_statement"
