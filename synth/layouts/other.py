"""Layouts of type `other`: papers that turn up in a bijstand file but are none of the four
contract types (rental contract, letters, an energy bill, a policy sheet, a note, a photo).

They name the applicant, the address, sometimes an IBAN or amounts, so classifying them is not
trivial, but they never look like a payslip, bank statement, application form or ID document, and
they mark no CONTRACT fields (type `other` has none).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from synth.canvas import DocCanvas
from synth.fmt import date_nl, money_nl
from synth.layouts.base import layout
from synth.people import (
    CITIES,
    EMPLOYERS,
    FIRST_NAMES_F,
    FIRST_NAMES_M,
    MONTHS_NL,
    STREETS,
    Application,
    Person,
    make_iban,
    make_postcode,
    money,
)

if TYPE_CHECKING:
    from synth.generate import Letter

Rgb = tuple[float, float, float]
BLACK: Rgb = (0, 0, 0)

LANDLORDS = [
    "Woonstichting Thuis",
    "Woningcorporatie De Sleutel",
    "Vastgoedbeheer Kade B.V.",
    "Stichting Wonen aan de Rivier",
    "Huisvesting Oost",
    "Beleggingsmaatschappij Hofstede B.V.",
]
ENERGY = [
    "Polderstroom Energie B.V.",
    "Groenlicht Energie N.V.",
    "Windkracht Levering B.V.",
    "Dijkgas en Stroom B.V.",
]
INSURERS = [
    "Zorgverzekeraar Gezond Samen",
    "ZorgKring Onderlinge U.A.",
    "De Zorgpolis N.V.",
    "Ziektekostenverzekeraar Noordzee",
]
FUNCTIONS = [
    "medewerker bediening",
    "schoonmaker",
    "orderpicker",
    "verzorgende IG",
    "kassamedewerker",
    "chauffeur",
    "medewerker klantenservice",
    "pedagogisch medewerker",
]


class _Flow:
    """Running text in a column that breaks to a new page at the bottom margin."""

    def __init__(
        self,
        c: DocCanvas,
        *,
        x: float,
        width: float,
        y: float,
        font: str,
        size: float,
        leading: float,
        top: float = 24.0,
        bottom: float = 272.0,
        on_new_page: Callable[[], None] | None = None,
    ) -> None:
        self.c, self.x, self.width, self.y = c, x, width, y
        self.font, self.size, self.leading = font, size, leading
        self.top, self.bottom, self.on_new_page = top, bottom, on_new_page

    def ensure(self, height: float) -> None:
        if self.y + height > self.bottom:
            self.c.new_page()
            self.y = self.top
            if self.on_new_page:
                self.on_new_page()

    def para(
        self,
        text: str,
        *,
        font: str | None = None,
        size: float | None = None,
        gap: float | None = None,
        indent: float = 0.0,
        color: Rgb = BLACK,
    ) -> None:
        font = font or self.font
        size = size or self.size
        lead = self.leading * size / self.size
        for line in DocCanvas.wrap(text, font, size, self.width - indent):
            self.ensure(lead)
            self.c.text(self.x + indent, self.y, line, font=font, size=size, color=color)
            self.y += lead
        self.y += self.leading * 0.6 if gap is None else gap

    def space(self, mm: float) -> None:
        self.y += mm


def _surname_cap(p: Person) -> str:
    """'van den Berg' -> 'Van den Berg', as Dutch writes a surname without initials before it."""
    return p.surname[0].upper() + p.surname[1:]


def _aanhef(p: Person) -> str:
    return f"Geachte {'heer' if p.sex == 'M' else 'mevrouw'} {_surname_cap(p)},"


def _title(p: Person) -> str:
    return "De heer" if p.sex == "M" else "Mevrouw"


def _address_block(
    c: DocCanvas,
    app: Application,
    x: float,
    y: float,
    *,
    font: str,
    size: float,
    upper_city: bool = True,
    title: bool = True,
) -> float:
    """The window-envelope address; returns the y below it."""
    a = app.address
    name = app.applicant.short_name
    lines = [
        f"{_title(app.applicant)} {name}" if title else name,
        f"{a.street} {a.house_number}",
        f"{a.postcode_printed}  {a.city.upper() if upper_city else a.city}",
    ]
    for line in lines:
        c.text(x, y, line, font=font, size=size)
        y += size * 0.45
    return y


def _letter_date(app: Application, rng: random.Random) -> date:
    return app.application_date - timedelta(days=rng.randint(8, 120))


def _euro(value: Decimal) -> str:
    return money_nl(value, "euro")


def _kenmerk(rng: random.Random, prefix: str = "") -> str:
    return (
        f"{prefix}{rng.randint(100_000, 999_999)}/{rng.choice('ABCDEFGHKLMN')}{rng.randint(10, 99)}"
    )


def _child(rng: random.Random, surname: str, today: date) -> tuple[str, date]:
    first = rng.choice(FIRST_NAMES_F + FIRST_NAMES_M)
    return f"{first} {surname}", today - timedelta(days=rng.randint(200, 17 * 365))


# --- other.huurovereenkomst: a two-page rental contract ------------------------------------


@layout("other", "huurovereenkomst")
def huurovereenkomst(c: DocCanvas, letter: Letter, rng: random.Random) -> None:
    """Serif contract text in numbered articles over two pages, initials box and signatures."""
    app: Application = letter.app
    p = app.applicant
    font, bold = rng.choice(
        [("Times-Roman", "Times-Bold"), ("LiberationSerif", "LiberationSerif-Bold")]
    )
    landlord = rng.choice(LANDLORDS)
    landlord_city = rng.choice(CITIES)[0]
    start = date(app.application_date.year - rng.randint(1, 9), rng.randint(1, 12), 1)
    service = money(rng.uniform(15, 65))
    kale = app.housing_costs - service
    deposit = money(kale * rng.choice([1, 2]))
    landlord_iban = make_iban(random.Random(app.seed * 7 + 1), "RABO")
    a = app.address
    page_no = [1]

    def footer() -> None:
        c.text(105, 288, f"Pagina {page_no[0]} van 2", font=font, size=8.5, align="center")
        c.rect(168, 279, 24, 11, stroke=0.4)
        c.text(169.5, 282.5, "paraaf", font=font, size=6.5, color=(0.4, 0.4, 0.4))

    def next_page() -> None:
        page_no[0] += 1
        footer()

    c.text(105, 26, "HUUROVEREENKOMST WOONRUIMTE", font=bold, size=15, align="center")
    c.text(
        105,
        32.5,
        rng.choice(["(zelfstandige woonruimte)", "model particuliere huur, versie 2019"]),
        font=font,
        size=9.5,
        align="center",
    )
    footer()
    flow = _Flow(
        c,
        x=25,
        width=160,
        y=46,
        font=font,
        size=10.5,
        leading=5.0,
        on_new_page=next_page,
        bottom=270,
    )
    flow.para("DE ONDERGETEKENDEN:", font=bold)
    flow.para(
        f"1. {landlord}, gevestigd te {landlord_city}, hierna te noemen 'verhuurder', en", indent=4
    )
    partner = app.partner
    tenants = p.full_name + (f" en {partner.full_name}" if partner and rng.random() < 0.6 else "")
    flow.para(
        f"2. {tenants}, geboren op {date_nl(p.date_of_birth, 'long')}, hierna (gezamenlijk) te "
        "noemen 'huurder',",
        indent=4,
    )
    flow.para("ZIJN HET VOLGENDE OVEREENGEKOMEN:", font=bold)
    articles = [
        (
            "Het gehuurde",
            f"1.1 Verhuurder verhuurt aan huurder de zelfstandige woonruimte, plaatselijk "
            f"bekend als {a.street} {a.house_number}, {a.postcode_printed} {a.city}, hierna 'het "
            "gehuurde'. 1.2 Het gehuurde is uitsluitend bestemd om te worden gebruikt als "
            "woonruimte "
            "voor huurder en de leden van zijn of haar huishouden. 1.3 Huurder heeft bij aanvang "
            "een "
            "opnamerapport ontvangen dat deel uitmaakt van deze overeenkomst.",
        ),
        (
            "Duur",
            f"2.1 Deze overeenkomst gaat in op {date_nl(start, 'long')} en is aangegaan voor "
            "onbepaalde tijd. 2.2 Huurder kan de overeenkomst opzeggen tegen iedere dag die "
            "geschikt is "
            "voor de betaling van de huur, met een opzegtermijn van ten minste een maand.",
        ),
        (
            "Huurprijs en servicekosten",
            f"3.1 De huurprijs bedraagt bij aanvang {_euro(kale)} per maand. "
            "3.2 Naast de huurprijs betaalt huurder een voorschot op de servicekosten van "
            f"{_euro(service)} "
            f"per maand, zodat huurder in totaal {_euro(app.housing_costs)} per maand "
            "verschuldigd is. "
            "3.3 Verhuurder verstrekt jaarlijks een overzicht van de werkelijke servicekosten.",
        ),
        (
            "Betaling",
            "4.1 De totale betalingsverplichting dient per kalendermaand bij vooruitbetaling "
            "te worden voldaan, uiterlijk op de eerste dag van de maand, op rekening "
            f"{landlord_iban[:4]} "
            f"{landlord_iban[4:8]} {landlord_iban[8:12]} {landlord_iban[12:16]} "
            f"{landlord_iban[16:]} "
            f"ten name van {landlord}. 4.2 Huurder kan zich niet beroepen op verrekening.",
        ),
        (
            "Waarborgsom",
            f"5.1 Huurder betaalt bij aanvang een waarborgsom van {_euro(deposit)}. 5.2 De "
            "waarborgsom wordt na het einde van de huur terugbetaald, onder aftrek van hetgeen "
            "huurder "
            "nog verschuldigd is. Over de waarborgsom wordt geen rente vergoed.",
        ),
        (
            "Huurprijsaanpassing",
            "6.1 De huurprijs kan jaarlijks per 1 juli worden aangepast met "
            "inachtneming van de wettelijke regels. Verhuurder doet daartoe ten minste twee "
            "maanden "
            "tevoren een schriftelijk voorstel aan huurder.",
        ),
        (
            "Onderhoud en gebreken",
            "7.1 Kleine herstellingen komen voor rekening van huurder. 7.2 "
            "Huurder meldt gebreken zo spoedig mogelijk aan verhuurder. 7.3 Het is huurder niet "
            "toegestaan zonder schriftelijke toestemming veranderingen aan te brengen in het "
            "gehuurde.",
        ),
        (
            "Onderhuur",
            "8.1 Het is huurder niet toegestaan het gehuurde geheel of gedeeltelijk aan "
            "derden in gebruik te geven. 8.2 Huurder is verplicht het gehuurde zelf metterdaad te "
            "bewonen en daar zijn hoofdverblijf te hebben.",
        ),
        (
            "Bijzondere bepalingen",
            rng.choice(
                [
                    "Het houden van huisdieren is toegestaan, mits deze geen overlast veroorzaken.",
                    "In de woning mag niet worden gerookt. Fietsen worden gestald in de "
                    "gemeenschappelijke "
                    "berging.",
                    "Huurder is lid van de bewonerscommissie en ontvangt de nieuwsbrief per "
                    "e-mail.",
                ]
            ),
        ),
    ]
    page_break_after = rng.choice([4, 5])
    for i, (head, body) in enumerate(articles, start=1):
        flow.ensure(16)
        flow.para(f"Artikel {i}  {head}", font=bold, gap=1.2)
        flow.para(body)
        if i == page_break_after and page_no[0] == 1:
            flow.y = flow.bottom + 1  # the printed contract starts the next articles on page 2
    flow.ensure(60)
    flow.space(3)
    signed_at = start - timedelta(days=rng.randint(5, 30))
    flow.para(
        f"Aldus opgemaakt en in tweevoud ondertekend te {landlord_city} op "
        f"{date_nl(signed_at, 'long')}."
    )
    y = flow.y + 6
    for x, who, name in ((25, "Verhuurder", landlord), (112, "Huurder", p.full_name)):
        c.text(x, y, who, font=bold, size=10)
        c.line(x, y + 22, x + 70, y + 22, width=0.4)
        c.scribble(x + 4, y + 4, 50, 15, rng)
        c.text(x, y + 27, name, font=font, size=9.5)


# --- other.brief: a letter from the landlord, employer, energy company or insurer -----------


def _brief_content(
    letter: Letter, rng: random.Random, when: date
) -> tuple[str, str, list[str], str]:
    """(sender, subject, paragraphs, signer function) for the letter's kind."""
    app: Application = letter.app
    kind: str = letter.kind
    p = app.applicant
    a = app.address
    if kind == "huurcontract":
        pct = Decimal(str(rng.choice(["2.8", "3.1", "4.4", "5.5"])))
        new = money(app.housing_costs * (1 + pct / 100))
        return (
            rng.choice(LANDLORDS),
            f"Huurverhoging per 1 juli {when.year}",
            [
                f"Per 1 juli {when.year} wijzigt de huurprijs van uw woning aan de {a.street} "
                f"{a.house_number} in {a.city}. In dit voorstel leest u hoe hoog uw nieuwe huur "
                "wordt en "
                "waarom.",
                f"Uw huidige huur is {_euro(app.housing_costs)} per maand. Wij verhogen de huur "
                "met "
                f"{str(pct).replace('.', ',')}%. Uw nieuwe huur wordt daarmee {_euro(new)} per "
                "maand, "
                "inclusief servicekosten. Betaalt u via automatische incasso, dan passen wij het "
                "bedrag "
                "zelf aan.",
                "Bent u het niet eens met dit voorstel? Dan kunt u voor 1 juli schriftelijk "
                "bezwaar maken. "
                "Wij sturen uw bezwaar door naar de Huurcommissie als wij het niet met u eens "
                "worden.",
                "Heeft u een laag inkomen? Misschien heeft u recht op huurtoeslag. Kijk daarvoor "
                "op de "
                "website van de Belastingdienst.",
            ],
            "Afdeling Verhuur",
        )
    if kind == "brief":
        job = next(iter(app.jobs.values()), None)
        employer = job.employer.name if job else rng.choice(EMPLOYERS)
        hours = job.hours_per_week if job else Decimal(rng.choice([12, 16, 24]))
        since = when - timedelta(days=rng.randint(120, 1500))
        until = when + timedelta(days=rng.randint(20, 90))
        if rng.random() < 0.5:
            return (
                employer,
                "Werkgeversverklaring",
                [
                    f"Hierbij verklaren wij dat {p.full_name}, geboren op "
                    f"{date_nl(p.date_of_birth, 'long')}, "
                    f"sinds {date_nl(since, 'long')} bij ons in dienst is als "
                    f"{rng.choice(FUNCTIONS)}.",
                    "De arbeidsovereenkomst is voor bepaalde tijd aangegaan en eindigt van "
                    "rechtswege op "
                    f"{date_nl(until, 'long')}. De overeengekomen arbeidsduur is {hours} uur per "
                    "week.",
                    "Deze verklaring is op verzoek van de werknemer opgesteld en naar waarheid "
                    "ingevuld. "
                    "Voor vragen kunt u contact opnemen met de afdeling personeelszaken.",
                ],
                "Personeelszaken",
            )
        return (
            employer,
            "Einde arbeidsovereenkomst",
            [
                "Met deze brief bevestigen wij dat uw arbeidsovereenkomst op "
                f"{date_nl(until, 'long')} "
                "eindigt. Wij hebben besloten uw tijdelijke contract niet te verlengen.",
                "Wij danken u voor uw inzet in de afgelopen periode. Uw laatste salaris, het "
                "opgebouwde "
                "vakantiegeld en de niet opgenomen vakantiedagen ontvangt u met de eindafrekening.",
                "U ontvangt van ons een transitievergoeding volgens de wettelijke regels. Vergeet "
                "niet "
                "u tijdig in te schrijven als werkzoekende bij het UWV.",
            ],
            "Directie",
        )
    if kind == "energie":
        old = money(rng.uniform(70, 160))
        new = money(old * Decimal(str(round(rng.uniform(0.8, 1.3), 2))))
        return (
            rng.choice(ENERGY),
            "Wijziging van uw termijnbedrag",
            [
                "Wij hebben uw termijnbedrag voor stroom en gas opnieuw berekend voor de "
                "leveringen aan "
                f"{a.street} {a.house_number} in {a.city}. Dat doen wij op basis van uw verwachte "
                "verbruik en de actuele tarieven.",
                f"Uw termijnbedrag was {_euro(old)} per maand. Vanaf de volgende maand wordt dit "
                f"{_euro(new)} per maand. Het bedrag wordt rond de 20e van de maand automatisch "
                f"afgeschreven van rekening {app.account.iban_printed}.",
                "Wilt u een ander bedrag betalen? Dat kunt u zelf aanpassen in de app of op onze "
                "website, "
                "binnen de grenzen die bij uw verbruik passen.",
            ],
            "Klantenservice",
        )
    premium = money(rng.uniform(128, 165))
    return (
        rng.choice(INSURERS),
        rng.choice(["Herinnering openstaande premie", "Uw zorgverzekering"]),
        [
            f"Volgens onze administratie hebben wij de premie voor uw zorgverzekering over "
            f"{MONTHS_NL[(when.month - 2) % 12]} nog niet ontvangen. Het gaat om een bedrag van "
            f"{_euro(premium)}.",
            "Wij vragen u dit bedrag binnen veertien dagen over te maken, onder vermelding van uw "
            "relatienummer. Heeft u inmiddels betaald? Dan kunt u deze brief als niet verzonden "
            "beschouwen.",
            "Heeft u moeite met betalen? Neem dan contact met ons op. Samen zoeken wij naar een "
            "oplossing, bijvoorbeeld een betalingsregeling. Ook de schuldhulpverlening van uw "
            "gemeente kan u helpen.",
        ],
        "Afdeling Debiteuren",
    )


@layout("other", "brief")
def brief(c: DocCanvas, letter: Letter, rng: random.Random) -> None:
    """Business letter with a window-envelope address, a reference strip and a footer band; the
    sender follows the letter's kind (landlord, employer, energy company, insurer)."""
    app: Application = letter.app
    font, bold = rng.choice(
        [
            ("Helvetica", "Helvetica-Bold"),
            ("DejaVuSans", "DejaVuSans-Bold"),
            ("LiberationSans", "LiberationSans-Bold"),
        ]
    )
    accent: Rgb = rng.choice(
        [(0.0, 0.45, 0.3), (0.15, 0.3, 0.6), (0.6, 0.15, 0.35), (0.85, 0.45, 0.0)]
    )
    when = _letter_date(app, rng)
    sender, subject, paragraphs, function = _brief_content(letter, rng, when)
    city, pc = rng.choice(CITIES)
    street = rng.choice(STREETS)
    c.logo(22, 16, 14, rng, color=accent)
    c.text(40, 26, sender, font=bold, size=13, color=accent)
    info = [
        f"{street} {rng.randint(1, 200)}",
        f"{make_postcode(rng, pc)[:4]} {make_postcode(rng, pc)[4:]} {city}",
        f"T 0{rng.randint(10, 79)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        f"www.{sender.split()[0].lower()}.example",
    ]
    for i, line in enumerate(info):
        c.text(188, 40 + i * 4.2, line, font=font, size=8, align="right", color=(0.3, 0.3, 0.3))
    c.text(
        22,
        47,
        f"Retouradres: Postbus {rng.randint(100, 9999)}, {city}",
        font=font,
        size=6.5,
        color=(0.4, 0.4, 0.4),
    )
    _address_block(c, app, 22, 54, font=font, size=10)
    y = 86
    refs = [("Datum", date_nl(when, "long")), ("Ons kenmerk", _kenmerk(rng)), ("Betreft", subject)]
    if rng.random() < 0.5:
        refs.insert(2, ("Klantnummer", str(rng.randint(1_000_000, 9_999_999))))
    for label, val in refs:
        c.text(22, y, label, font=font, size=8, color=(0.4, 0.4, 0.4))
        c.text(52, y, val, font=bold if label == "Betreft" else font, size=9.5)
        y += 5.5
    flow = _Flow(c, x=22, width=160, y=y + 10, font=font, size=10, leading=5.0, bottom=262)
    flow.para(_aanhef(app.applicant), gap=3)
    for para in paragraphs:
        flow.para(para, gap=3)
    flow.ensure(32)
    flow.para("Met vriendelijke groet,", gap=2)
    c.scribble(24, flow.y, 45, 14, rng)
    flow.space(18)
    first = rng.choice(FIRST_NAMES_F + FIRST_NAMES_M)
    flow.para(
        f"{first} {rng.choice(['Verbeek', 'Kramer', 'Timmermans', 'Aydin', 'Post'])}", gap=0.5
    )
    flow.para(f"{function}, {sender}", size=9)
    c.rect(0, 282, 210, 15, stroke=0, fill=accent)
    c.text(
        105,
        290.5,
        f"KvK {rng.randint(10_000_000, 99_999_999)} · BTW NL{rng.randint(100_000_000, 999_999_999)}"
        f"B01 · {city}",
        font=font,
        size=7,
        align="center",
        color=(1, 1, 1),
    )


# --- other.jaarnota: an energy company's annual bill ---------------------------------------


@layout("other", "jaarnota")
def jaarnota(c: DocCanvas, letter: Letter, rng: random.Random) -> None:
    """Annual energy bill: customer box, consumption table with meter readings, cost breakdown,
    settlement against the monthly instalments; sometimes a second page of explanations."""
    app: Application = letter.app
    font, bold = rng.choice([("FreeSans", "FreeSans-Bold"), ("Helvetica", "Helvetica-Bold")])
    accent: Rgb = rng.choice([(0.2, 0.55, 0.2), (0.0, 0.4, 0.65), (0.9, 0.4, 0.05)])
    supplier = rng.choice(ENERGY)
    year = app.application_date.year - 1
    a = app.address
    c.rect(0, 0, 210, 8, stroke=0, fill=accent)
    c.logo(20, 16, 12, rng, color=accent)
    c.text(35, 25, supplier, font=bold, size=13)
    c.text(190, 25, f"Jaarnota {year}", font=bold, size=17, align="right", color=accent)
    _address_block(c, app, 20, 50, font=font, size=10, title=rng.random() < 0.5)
    box = [
        ("Klantnummer", str(rng.randint(10_000_000, 99_999_999))),
        ("Notanummer", f"JN{year}{rng.randint(100000, 999999)}"),
        ("Notadatum", date_nl(date(year + 1, 1, rng.randint(8, 28)), "long")),
        ("Leveringsadres", f"{a.street} {a.house_number}"),
        ("Periode", f"01-01-{year} t/m 31-12-{year}"),
    ]
    c.rect(112, 42, 80, 33, stroke=0, fill=(0.95, 0.96, 0.95))
    for i, (label, val) in enumerate(box):
        c.text(115, 48 + i * 6, label, font=font, size=8, color=(0.35, 0.35, 0.35))
        c.text(143, 48 + i * 6, val, font=font, size=8.5)

    kwh_n, kwh_d = rng.randint(900, 2400), rng.randint(600, 1800)
    gas = rng.randint(500, 1500)
    y = 92
    c.text(20, y, "Uw verbruik", font=bold, size=11.5, color=accent)
    y += 7
    head = ["", "Meterstand begin", "Meterstand eind", "Verbruik"]
    xs = [20, 110, 150, 190]
    for i, h in enumerate(head):
        c.text(xs[i], y, h, font=bold, size=8.5, align="left" if i == 0 else "right")
    c.line(20, y + 1.5, 190, y + 1.5, width=0.5)
    start_n, start_d, start_g = (
        rng.randint(10000, 60000),
        rng.randint(8000, 40000),
        rng.randint(2000, 9000),
    )
    usage = [
        ("Elektriciteit normaal (kWh)", start_n, kwh_n),
        ("Elektriciteit dal (kWh)", start_d, kwh_d),
        ("Gas (m³)", start_g, gas),
    ]
    for label, begin, used in usage:
        y += 6
        c.text(20, y, label, font=font, size=9)
        c.text(110, y, f"{begin:05d}", font=font, size=9, align="right")
        c.text(150, y, f"{begin + used:05d}", font=font, size=9, align="right")
        c.text(190, y, f"{used:,}".replace(",", "."), font=font, size=9, align="right")

    rate_e, rate_g = Decimal("0.2790"), Decimal("1.3100")
    costs = [
        ("Levering elektriciteit", money((kwh_n + kwh_d) * rate_e)),
        ("Levering gas", money(gas * rate_g)),
        ("Vaste leveringskosten", money(rng.uniform(70, 110))),
        ("Netbeheerkosten", money(rng.uniform(420, 560))),
        ("Vermindering energiebelasting", -money(rng.uniform(520, 640))),
    ]
    subtotal = sum((v for _, v in costs), Decimal("0"))
    vat = money(subtotal * Decimal("0.21"))
    total = subtotal + vat
    paid_monthly = money(total / 12 * Decimal(str(round(rng.uniform(0.85, 1.12), 3))))
    paid = paid_monthly * 12
    diff = total - paid
    y += 16
    c.text(20, y, "Uw kosten", font=bold, size=11.5, color=accent)
    y += 2
    for label, val in [*costs, ("Totaal exclusief btw", subtotal), ("Btw 21%", vat)]:
        y += 6
        strong = label.startswith("Totaal")
        c.text(20, y, label, font=bold if strong else font, size=9)
        c.text(190, y, money_nl(val, "euro"), font=bold if strong else font, size=9, align="right")
    y += 3
    c.line(120, y, 190, y, width=0.5)
    y += 6
    c.text(20, y, "Totaal jaarkosten inclusief btw", font=bold, size=9.5)
    c.text(190, y, _euro(total), font=bold, size=9.5, align="right")
    y += 6
    c.text(20, y, f"Betaalde termijnbedragen (12 x {_euro(paid_monthly)})", font=font, size=9.5)
    c.text(190, y, _euro(-paid), font=font, size=9.5, align="right")
    y += 4
    c.line(120, y, 190, y, width=0.5)
    y += 8
    c.rect(16, y - 6, 178, 10, stroke=0, fill=(0.93, 0.96, 0.93))
    outcome = "U betaalt bij" if diff > 0 else "U krijgt terug"
    c.text(20, y, outcome, font=bold, size=11)
    c.text(190, y, _euro(abs(diff)), font=bold, size=11, align="right")
    y += 14
    new_term = money(total / 12 + Decimal(rng.randint(0, 9)))
    flow = _Flow(c, x=20, width=170, y=y, font=font, size=9, leading=4.4, bottom=270)
    if diff > 0:
        flow.para(
            f"Wij schrijven het bedrag van {_euro(diff)} rond "
            f"{date_nl(date(year + 1, 2, 20), 'long')} "
            f"af van rekening {app.account.iban_printed}."
        )
    else:
        flow.para(
            f"Wij storten {_euro(abs(diff))} binnen tien werkdagen op rekening "
            f"{app.account.iban_printed}."
        )
    flow.para(
        f"Uw nieuwe termijnbedrag is {_euro(new_term)} per maand. Dit bedrag is gebaseerd op uw "
        "verbruik van het afgelopen jaar en de tarieven die nu gelden."
    )
    if rng.random() < 0.5:
        c.new_page()
        c.rect(0, 0, 210, 8, stroke=0, fill=accent)
        flow = _Flow(c, x=20, width=170, y=26, font=font, size=9.5, leading=4.8, bottom=270)
        flow.para("Toelichting op uw jaarnota", font=bold, size=13, gap=4)
        for head, body in [
            (
                "Meterstanden",
                "De meterstanden op deze nota zijn door uw slimme meter doorgegeven aan "
                "uw netbeheerder. Kloppen de standen niet? Laat het ons binnen dertig dagen weten.",
            ),
            (
                "Netbeheerkosten",
                "Uw netbeheerder zorgt voor de aansluiting en het transport van "
                "stroom en gas naar uw woning. Wij innen deze kosten namens de netbeheerder.",
            ),
            (
                "Energiebelasting",
                "De overheid heft belasting op energie. Omdat u een woonadres heeft, "
                "krijgt u elk jaar een vaste vermindering op de energiebelasting.",
            ),
            (
                "Betalen",
                "Kunt u het bedrag niet in één keer betalen? Vraag dan een "
                "betalingsregeling aan. Heeft u schulden of een laag inkomen, neem dan ook "
                "contact op "
                "met uw gemeente voor hulp.",
            ),
        ]:
            flow.para(head, font=bold, gap=1)
            flow.para(body, gap=4)


# --- other.polisblad: a health-insurance policy sheet --------------------------------------


@layout("other", "polisblad")
def polisblad(c: DocCanvas, letter: Letter, rng: random.Random) -> None:
    """Policy sheet: boxed title block, insured persons table (ruled), coverage ticks, premium
    summary and payment by direct debit; small print at the bottom."""
    app: Application = letter.app
    font, bold = rng.choice(
        [("DejaVuSans", "DejaVuSans-Bold"), ("LiberationSans", "LiberationSans-Bold")]
    )
    accent: Rgb = rng.choice([(0.0, 0.5, 0.55), (0.45, 0.2, 0.55), (0.1, 0.35, 0.65)])
    insurer = rng.choice(INSURERS)
    year = app.application_date.year
    p = app.applicant
    c.text(20, 22, insurer, font=bold, size=12, color=accent)
    c.rect(20, 30, 170, 18, stroke=0.8, color=accent)
    c.text(24, 40, f"Polisblad {year}", font=bold, size=16)
    c.text(
        186,
        37,
        f"Relatienummer {rng.randint(100_000_000, 999_999_999)}",
        font=font,
        size=9,
        align="right",
    )
    c.text(186, 43, f"Ingangsdatum 1 januari {year}", font=font, size=9, align="right")
    y = _address_block(c, app, 20, 60, font=font, size=9.5, upper_city=False, title=False)

    insured: list[tuple[str, date, str, str, Decimal]] = []
    base = money(rng.uniform(136, 162))
    plan = rng.choice(["Natura Basis", "Restitutie Basis", "Budget Basis"])
    extra = rng.choice(["Aanvullend Start", "Aanvullend Plus", "Tand Basis", "geen"])
    extra_premium = Decimal("0") if extra == "geen" else money(rng.uniform(9, 38))
    insured.append((p.full_name, p.date_of_birth, plan, extra, base + extra_premium))
    if app.partner is not None:
        pt = app.partner
        insured.append((pt.full_name, pt.date_of_birth, plan, extra, base + extra_premium))
    for _ in range(app.children_count):
        name, dob = _child(rng, p.surname, app.application_date)
        insured.append((name, dob, plan, extra, Decimal("0")))
    y += 10
    c.text(20, y, "Verzekerde personen", font=bold, size=11)
    y += 4
    cols = [
        (20, "Naam"),
        (86, "Geboortedatum"),
        (116, "Basisverzekering"),
        (148, "Aanvullend"),
        (190, "Premie p/m"),
    ]
    c.rect(20, y, 170, 7, stroke=0, fill=(0.9, 0.93, 0.95))
    for i, (x, h) in enumerate(cols):
        c.text(
            x + (1.5 if i < 4 else -1.5),
            y + 5,
            h,
            font=bold,
            size=8,
            align="right" if i == 4 else "left",
        )
    y += 7
    for name, dob, pl, ex, prem in insured:
        y += 6.5
        c.text(21.5, y, name if len(name) < 34 else name[:33], font=font, size=8.5)
        c.text(87.5, y, date_nl(dob, "dash"), font=font, size=8.5)
        c.text(117.5, y, pl, font=font, size=8.5)
        c.text(149.5, y, ex, font=font, size=8.5)
        c.text(
            188.5,
            y,
            "kosteloos" if prem == 0 else money_nl(prem, "euro"),
            font=font,
            size=8.5,
            align="right",
        )
        c.line(20, y + 2, 190, y + 2, width=0.2, color=(0.7, 0.7, 0.7))
    total = sum((row[4] for row in insured), Decimal("0"))
    discount = money(total * Decimal("0.02")) if rng.random() < 0.5 else Decimal("0")
    y += 12
    c.text(20, y, "Dekking", font=bold, size=11)
    for item, on in [
        ("Huisarts en ziekenhuiszorg", True),
        ("Geneesmiddelen", True),
        ("Fysiotherapie (aanvullend)", extra != "geen"),
        ("Tandarts volwassenen", "Tand" in extra or "Plus" in extra),
        ("Brillen en lenzen", "Plus" in extra),
    ]:
        y += 6
        c.checkbox(22, y - 3.3, on, size=3.5, style="check")
        c.text(29, y, item, font=font, size=9)
    y += 12
    c.text(20, y, "Premie en betaling", font=bold, size=11)
    rows = [("Totale premie per maand", money_nl(total, "euro"))]
    if discount:
        rows.append(("Korting collectiviteit", money_nl(-discount, "euro")))
        rows.append(("Te betalen per maand", money_nl(total - discount, "euro")))
    rows += [
        ("Verplicht eigen risico", "€ 385,00 per jaar"),
        ("Betaalwijze", "automatische incasso, maandelijks"),
        ("Van rekening", app.account.iban_printed),
    ]
    for label, val in rows:
        y += 6
        c.text(22, y, label, font=font, size=9)
        c.text(
            90, y, val, font=bold if label.startswith(("Te betalen", "Totale")) else font, size=9
        )
    flow = _Flow(
        c, x=20, width=170, y=max(y + 14, 240), font=font, size=7.5, leading=3.6, bottom=285
    )
    flow.para(
        "Dit polisblad vormt samen met de verzekeringsvoorwaarden en het reglement de "
        "verzekeringsovereenkomst. Controleer de gegevens op dit polisblad. Klopt er iets niet, "
        "geef dit dan binnen dertig dagen aan ons door. Bewaar dit polisblad goed: u heeft het "
        "nodig bij een declaratie of als een zorgverlener naar uw verzekering vraagt.",
        color=(0.3, 0.3, 0.3),
    )


# --- other.gemeente (holdout): a letter from the municipality ------------------------------


@layout("other", "gemeente", holdout=True)
def gemeente(c: DocCanvas, letter: Letter, rng: random.Random) -> None:
    """Municipal letter: coloured side bar, a colophon column on the right with contact data,
    body in a narrow left column, a framed 'bezwaar' notice; may run onto a second page."""
    app: Application = letter.app
    font, bold = rng.choice(
        [("LiberationSans", "LiberationSans-Bold"), ("FreeSans", "FreeSans-Bold")]
    )
    accent: Rgb = rng.choice([(0.75, 0.1, 0.1), (0.0, 0.35, 0.6), (0.1, 0.45, 0.25)])
    city = app.address.city
    p = app.applicant
    when = app.application_date + timedelta(days=rng.randint(1, 20))
    c.rect(0, 0, 9, 297, stroke=0, fill=accent)
    c.logo(22, 14, 11, rng, color=accent)
    c.text(36, 22, f"Gemeente {city}", font=bold, size=15, color=accent)
    c.text(
        22,
        46,
        f"Retour: Postbus {rng.randint(1000, 9999)}, {city}",
        font=font,
        size=6.5,
        color=(0.45, 0.45, 0.45),
    )
    _address_block(c, app, 22, 53, font=font, size=10)
    colophon = [
        ("Afdeling", "Werk en Inkomen"),
        (
            "Contactpersoon",
            f"{rng.choice(FIRST_NAMES_F)} {rng.choice(['Hoekstra', 'Bakker', 'Yildiz', 'Koster'])}",
        ),
        ("Telefoon", f"14 0{rng.randint(10, 79)}"),
        ("Ons kenmerk", _kenmerk(rng, "WI/")),
        ("Uw kenmerk", "-"),
        ("Datum", date_nl(when, "long")),
    ]
    y = 53
    for label, val in colophon:
        c.text(150, y, label, font=bold, size=7.5, color=accent)
        c.text(150, y + 3.8, val, font=font, size=8.5)
        y += 10
    variant = rng.choice(["uitnodiging", "aanvullen", "ontvangst"])
    start = app.requested_start_date
    gesprek = when + timedelta(days=rng.randint(5, 14))
    if variant == "uitnodiging":
        subject = "Uitnodiging voor een gesprek over uw aanvraag"
        body = [
            f"U heeft op {date_nl(app.application_date, 'long')} een uitkering aangevraagd op "
            "grond van "
            "de Participatiewet. Wij willen graag met u kennismaken en uw situatie bespreken.",
            f"Wij nodigen u uit voor een gesprek op {date_nl(gesprek, 'long')} om "
            f"{rng.randint(9, 15)}.{rng.choice(['00', '15', '30', '45'])} uur op het stadskantoor. "
            "Neemt u een geldig identiteitsbewijs mee. Heeft u een partner, dan komt uw partner "
            "ook.",
            "Kunt u niet op deze datum? Bel ons dan zo snel mogelijk om een nieuwe afspraak te "
            "maken. "
            "Komt u zonder bericht niet, dan kan dit gevolgen hebben voor uw aanvraag.",
        ]
    elif variant == "aanvullen":
        subject = "Verzoek om aanvullende gegevens"
        body = [
            "Wij hebben uw aanvraag voor bijstand ontvangen. Om uw recht op bijstand te kunnen "
            "beoordelen, hebben wij nog enkele gegevens van u nodig.",
            "Wilt u ons de volgende stukken sturen: de bankafschriften van al uw rekeningen over "
            "de "
            "afgelopen drie maanden, uw laatste loonstroken en een kopie van uw huurcontract. Ook "
            "vragen wij u om een verklaring van uw verhuurder over de hoogte van de huur.",
            f"Stuur de stukken uiterlijk {date_nl(gesprek + timedelta(days=7), 'long')} in via "
            "Mijn Gemeente of lever ze af bij de balie. Ontvangen wij de stukken niet op tijd, dan "
            "kunnen wij uw aanvraag buiten behandeling stellen.",
        ]
    else:
        subject = "Ontvangstbevestiging aanvraag levensonderhoud"
        body = [
            f"Op {date_nl(app.application_date, 'long')} hebben wij uw aanvraag voor algemene "
            "bijstand "
            f"ontvangen. U vraagt bijstand met ingang van {date_nl(start, 'long')}.",
            "Wij beslissen binnen acht weken op uw aanvraag. Als dat niet lukt, laten wij u dat "
            "weten. Tot die tijd kunt u bij financiële nood een voorschot aanvragen.",
            "Verandert er iets in uw situatie, bijvoorbeeld in uw inkomen, uw woonsituatie of uw "
            "gezinssamenstelling? Geef dit dan direct aan ons door. Dat is verplicht.",
        ]
    c.text(22, 96, subject, font=bold, size=11)
    flow = _Flow(
        c,
        x=22,
        width=118,
        y=108,
        font=font,
        size=10,
        leading=5.0,
        bottom=262,
        on_new_page=lambda: c.rect(0, 0, 9, 297, stroke=0, fill=accent),
    )
    flow.para(_aanhef(p), gap=3)
    for para in body:
        flow.para(para, gap=3)
    flow.para("Met vriendelijke groet,", gap=1)
    flow.para(f"het college van burgemeester en wethouders van {city},", gap=1)
    flow.para("namens dezen, het hoofd van de afdeling Werk en Inkomen", size=9, gap=6)
    if variant != "uitnodiging" or rng.random() < 0.5:
        text = (
            "Bent u het niet eens met een besluit? Dan kunt u binnen zes weken na de datum van "
            "het besluit bezwaar maken. Stuur uw bezwaarschrift naar het college van "
            "burgemeester en wethouders. Vermeld uw naam, adres, de datum, het kenmerk van het "
            "besluit en waarom u het er niet mee eens bent."
        )
        lines = DocCanvas.wrap(text, font, 8.5, 150)
        h = 10 + len(lines) * 4.2
        flow.ensure(h + 4)
        c.rect(20, flow.y, 165, h, stroke=0.5, color=accent)
        c.text(24, flow.y + 6, "Bezwaar maken", font=bold, size=9, color=accent)
        yy = flow.y + 11
        for line in lines:
            c.text(24, yy, line, font=font, size=8.5)
            yy += 4.2


# --- other.notitie (holdout): a handwritten note or a photo-like page ----------------------


def _ruled_paper(c: DocCanvas, rng: random.Random, spacing: float) -> None:
    tint = rng.uniform(0.96, 1.0)
    c.rect(0, 0, 210, 297, stroke=0, fill=(tint, tint, tint * 0.93))
    y = 30.0
    while y < 290:
        c.line(0, y, 210, y, width=0.4, color=(0.7, 0.8, 0.95))
        y += spacing
    c.line(28, 0, 28, 297, width=0.6, color=(0.9, 0.5, 0.5))
    for hole in (60, 148, 236):
        c.rect(8, hole, 5, 5, stroke=0.3, fill=(0.85, 0.85, 0.85), color=(0.7, 0.7, 0.7))


def _hand(
    c: DocCanvas, rng: random.Random, x: float, y: float, text: str, size: float, ink: Rgb
) -> None:
    c.text(
        x + rng.uniform(-1.2, 1.2),
        y + rng.uniform(-0.6, 0.4),
        text,
        font="Times-Italic",
        size=size + rng.uniform(-0.6, 0.6),
        color=ink,
    )


def _note_text(letter: Letter, rng: random.Random) -> list[str]:
    app: Application = letter.app
    kind: str = letter.kind
    p = app.applicant
    a = app.address
    when = _letter_date(app, rng)
    helper = rng.choice(FIRST_NAMES_F + FIRST_NAMES_M)
    writer = p.full_name
    if kind == "huurcontract":
        since = when - timedelta(days=rng.randint(60, 400))
        writer = f"{helper} {rng.choice(['Hoekstra', 'Aksoy', 'Veenstra', 'Koster', 'Lammers'])}"
        body = (
            f"Hierbij verklaar ik, {writer}, dat {p.full_name} sinds "
            f"{MONTHS_NL[since.month - 1]} {since.year} bij mij "
            f"inwoont op het adres {a.street} {a.house_number} in {a.city}. Hij/zij betaalt mij "
            f"{_euro(money(rng.choice([150, 200, 250, 300])))} per maand voor kost en inwoning. "
            "Er is geen huurcontract. Wij voeren geen gezamenlijke huishouding."
        )
    elif kind == "energie":
        body = (
            f"Meterstanden {a.street} {a.house_number} opgenomen op {date_nl(when, 'dash')}: "
            f"stroom {rng.randint(10000, 60000)} kWh, gas {rng.randint(2000, 9000)} m3. "
            "De meterstanden heb ik ook doorgegeven aan het energiebedrijf. Zij sturen nog een "
            "eindafrekening."
        )
    else:
        body = (
            f"Beste consulent, de {_euro(money(rng.randint(50, 400)))} die op mijn rekening "
            f"is gestort op {date_nl(when, 'dash')} komt van mijn "
            f"{rng.choice(['broer', 'moeder', 'tante', 'vriend'])} "
            f"{helper}. Het is een lening voor de borg van de nieuwe woning en ik betaal het "
            "elke maand een beetje terug. Ik hoop dat dit zo duidelijk is."
        )
    sign = rng.choice(["Met vriendelijke groet,", "Groetjes,", "Groet,"])
    return [
        f"{a.city}, {date_nl(when, rng.choice(['dash', 'long']))}",
        "",
        body,
        "",
        sign,
        writer,
        f"tel. 0{app.phone[3:]}" if writer == p.full_name and rng.random() < 0.6 else "",
    ]


def _photo(
    c: DocCanvas, rng: random.Random, x: float, y: float, w: float, h: float, kind: str
) -> str:
    """Draw a photographed scene with plain shapes; returns what it shows (for the caption)."""
    wall = rng.uniform(0.55, 0.8)
    c.rect(x, y, w, h, stroke=0, fill=(wall, wall * 0.97, wall * 0.9))
    steps = 18
    for i in range(steps):  # light fall-off towards the bottom
        shade = 1 - i / steps * 0.35
        c.rect(
            x,
            y + h * i / steps,
            w,
            h / steps + 0.2,
            stroke=0,
            fill=(wall * shade, wall * 0.97 * shade, wall * 0.9 * shade),
        )
    if kind == "energie":
        c.rect(x + w * 0.25, y + h * 0.15, w * 0.5, h * 0.7, stroke=1.0, fill=(0.92, 0.92, 0.9))
        c.rect(x + w * 0.32, y + h * 0.3, w * 0.36, h * 0.12, stroke=0.8, fill=(0.12, 0.15, 0.12))
        digits = f"{rng.randint(0, 99999):05d}"
        c.text(
            x + w * 0.5,
            y + h * 0.39,
            " ".join(digits),
            font="Courier-Bold",
            size=16,
            align="center",
            color=(0.6, 0.95, 0.6),
            truth=False,
        )
        c.logo(x + w * 0.45, y + h * 0.55, w * 0.1, rng, color=(0.8, 0.1, 0.1))
        return "de elektriciteitsmeter in de meterkast"
    if kind == "huurcontract":
        c.rect(
            x + w * 0.1,
            y + h * 0.12,
            w * 0.35,
            h * 0.4,
            stroke=2.0,
            fill=(0.75, 0.85, 0.95),
            color=(0.95, 0.95, 0.95),
        )
        c.line(
            x + w * 0.275,
            y + h * 0.12,
            x + w * 0.275,
            y + h * 0.52,
            width=2,
            color=(0.95, 0.95, 0.95),
        )
        for _ in range(rng.randint(3, 6)):  # the damp stain: overlapping dark patches
            sx, sy = x + w * rng.uniform(0.5, 0.8), y + h * rng.uniform(0.05, 0.3)
            c.rect(
                sx,
                sy,
                w * rng.uniform(0.08, 0.2),
                h * rng.uniform(0.06, 0.18),
                stroke=0,
                fill=(0.25, 0.3, 0.22),
            )
        c.rect(x, y + h * 0.8, w, h * 0.2, stroke=0, fill=(0.45, 0.33, 0.22))
        return "de vochtplek en schimmel in de slaapkamer"
    c.rect(x + w * 0.3, y + h * 0.1, w * 0.4, h * 0.8, stroke=0, fill=(0.35, 0.2, 0.12))
    c.rect(x + w * 0.38, y + h * 0.45, w * 0.24, h * 0.05, stroke=0.5, fill=(0.8, 0.75, 0.4))
    c.photo_placeholder(x + w * 0.05, y + h * 0.35, w * 0.2, h * 0.55, rng)
    return "de voordeur met de brievenbus van mijn woning"


@layout("other", "notitie", holdout=True)
def notitie(c: DocCanvas, letter: Letter, rng: random.Random) -> None:
    """Either a handwritten-looking note on ruled paper (italic blue ink, wobbly baselines), or a
    printed photo with a typed caption and a short handwritten remark."""
    app: Application = letter.app
    ink: Rgb = rng.choice([(0.1, 0.15, 0.55), (0.05, 0.05, 0.1), (0.15, 0.2, 0.45)])
    if rng.random() < 0.55:
        spacing = rng.choice([8.0, 8.5, 9.0])
        _ruled_paper(c, rng, spacing)
        size = rng.uniform(13.5, 15.5)
        y = 30 + spacing - 1.5
        for para in _note_text(letter, rng):
            if not para:
                y += spacing
                continue
            for line in DocCanvas.wrap(para, "Times-Italic", size, 160):
                if y > 284:
                    c.new_page()
                    _ruled_paper(c, rng, spacing)
                    y = 30 + spacing - 1.5
                _hand(c, rng, 33, y, line, size, ink)
                y += spacing
        c.scribble(35, min(y, 270), 40, 12, rng, color=ink)
        return
    c.rect(0, 0, 210, 297, stroke=0, fill=(0.99, 0.99, 0.99))
    kind: str = letter.kind
    shows = _photo(
        c, rng, 20, 20, 170, 125, kind if kind in {"energie", "huurcontract"} else "brief"
    )
    a = app.address
    when = _letter_date(app, rng)
    c.text(20, 152, f"Foto {rng.randint(1, 4)}: {shows}", font="Helvetica-Bold", size=10)
    flow = _Flow(c, x=20, width=170, y=159, font="Helvetica", size=9.5, leading=4.8)
    flow.para(
        f"Adres: {a.street} {a.house_number}, {a.postcode_printed} {a.city}. Gemaakt op "
        f"{date_nl(when, 'long')} door {app.applicant.full_name}, met de camera van de "
        "telefoon. Deze foto hoort bij mijn brief en laat zien hoe de situatie nu is."
    )
    y = flow.y + 14
    remarks = [
        "Zie ook de foto's die ik eerder heb gestuurd.",
        "Graag bij mijn dossier voegen, dank u wel!",
        {
            "huurcontract": "De verhuurder weet hiervan maar doet er niets aan.",
            "energie": "Dit is de eindstand op de dag dat ik ben verhuisd.",
        }.get(kind, "Mijn naam staat nog niet op de brievenbus."),
    ]
    for line in rng.sample(remarks, 2):
        _hand(c, rng, 24, y, line, 14, ink)
        y += 9


# --- other.beschikking (holdout): the municipality's decision on the bijstand application ---

_NORMS = {  # monthly net norm including holiday allowance (fictional round figures)
    "een alleenstaande": Decimal("1401.50"),
    "een alleenstaande ouder": Decimal("1401.50"),
    "gehuwden en samenwonenden": Decimal("2002.14"),
}
_OFFICIALS = ["de Jong", "Kuipers", "Veenstra", "Aydin", "van Beek", "Hoogendoorn", "Sahin"]


@layout("other", "beschikking", holdout=True)
def beschikking(c: DocCanvas, letter: Letter, rng: random.Random) -> None:
    """A decision letter ('Besluit op uw aanvraag bijstand'): centred letterhead with a double
    rule, a framed 'BESCHIKKING' stamp, a horizontal reference strip, body with headings, a small
    'Berekening' table, the standard closing formula and a 'Bezwaar maken' paragraph. It names the
    application, the BSN, the IBAN and amounts, yet it is a letter."""
    app: Application = letter.app
    p = app.applicant
    font, bold, size = rng.choice(
        [("DejaVuSansCondensed", "DejaVuSans-Bold", 9.5), ("DejaVuSerif", "DejaVuSerif-Bold", 9.0)]
    )
    grey: Rgb = (0.4, 0.4, 0.4)
    accent: Rgb = rng.choice([(0.55, 0.1, 0.15), (0.05, 0.25, 0.5), (0.2, 0.2, 0.2)])
    city = app.address.city
    slug = city.lower().replace(" ", "")
    postbus = rng.randint(100, 9999)
    pc = make_postcode(rng, next(pre for name, pre in CITIES if name == city))
    when = app.application_date + timedelta(days=rng.randint(14, 56))
    start = app.requested_start_date
    kenmerk = f"PW/{when.year}/{rng.randint(10_000, 99_999)}"
    official = f"{rng.choice(FIRST_NAMES_F + FIRST_NAMES_M)} {rng.choice(_OFFICIALS)}"
    phone = f"14 0{rng.randint(10, 79)}"

    # letterhead
    c.logo(99, 9, 12, rng, color=accent)
    c.text(105, 29, f"Gemeente {city}", font=bold, size=14, align="center", color=accent)
    c.text(105, 34.5, "Sociaal Domein - Werk en Inkomen", font=font, size=8, align="center")
    c.line(20, 38, 190, 38, width=0.8, color=accent)
    c.line(20, 39.2, 190, 39.2, width=0.3, color=accent)
    c.text(
        25,
        49,
        f"Retouradres Postbus {postbus}, {pc[:4]} {pc[4:]} {city}",
        font=font,
        size=6.5,
        color=grey,
    )
    _address_block(c, app, 25, 56, font=font, size=10)
    c.rect(140, 50, 50, 16, stroke=0.8, color=accent)
    c.text(165, 57, "BESCHIKKING", font=bold, size=11, align="center", color=accent)
    c.text(165, 62.5, "Participatiewet", font=font, size=8, align="center")

    refs = [
        (25, "Ons kenmerk", kenmerk),
        (68, "Uw aanvraag van", date_nl(app.application_date, "dash")),
        (108, "Datum", date_nl(when, "long")),
        (148, "Behandeld door", official),
    ]
    for x, label, val in refs:
        c.text(x, 82, label, font=font, size=7, color=grey)
        c.text(x, 87, val, font=font, size=9)
    c.text(25, 96, "Onderwerp", font=font, size=7, color=grey)
    c.text(55, 96, "Besluit op uw aanvraag bijstand", font=bold, size=10)
    c.text(25, 101.5, "Bijlage", font=font, size=7, color=grey)
    c.text(55, 101.5, "Informatieblad rechten en plichten", font=font, size=9)
    c.line(20, 106, 190, 106, width=0.3, color=grey)

    def continuation() -> None:
        c.text(20, 16, f"Gemeente {city}", font=bold, size=9, color=accent)
        c.text(
            190,
            16,
            f"Vervolg besluit van {date_nl(when, 'long')}, kenmerk {kenmerk}",
            font=font,
            size=7.5,
            align="right",
            color=grey,
        )
        c.line(20, 18.5, 190, 18.5, width=0.3, color=accent)

    c.text(
        105,
        287,
        f"Bezoekadres Stadhuisplein {rng.randint(1, 20)}, {city} - Postbus {postbus} - "
        f"telefoon {phone} - www.{slug}.example",
        font=font,
        size=7,
        align="center",
        color=grey,
    )
    flow = _Flow(
        c,
        x=25,
        width=160,
        y=117,
        font=font,
        size=size,
        leading=4.8,
        top=30,
        bottom=272,
        on_new_page=continuation,
    )

    if app.partner is not None:
        category = "gehuwden en samenwonenden"
    elif app.children_count:
        category = "een alleenstaande ouder"
    else:
        category = "een alleenstaande"
    norm = _NORMS[category]
    reserve = money(norm * Decimal("0.05"))
    income = app.declared_monthly_income
    pay = norm - reserve - income
    granted = pay > 0
    job = next(iter(app.jobs.values()), None)

    flow.para(_aanhef(p), gap=3)
    together = (
        f" U heeft de aanvraag samen met uw partner {app.partner.full_name} ingediend."
        if app.partner is not None
        else ""
    )
    flow.para(
        f"Op {date_nl(app.application_date, 'long')} heeft u bij ons een aanvraag ingediend voor "
        f"een bijstandsuitkering op grond van de Participatiewet.{together} Wij hebben uw aanvraag "
        "onderzocht. In deze brief leest u ons besluit en hoe wij tot dit besluit zijn gekomen.",
        gap=3,
    )
    flow.para("Ons besluit", font=bold, gap=1)
    if granted:
        flow.para(
            f"Wij kennen u met ingang van {date_nl(start, 'long')} een bijstandsuitkering toe naar "
            f"de norm voor {category}. Uw uitkering bedraagt {_euro(pay)} per maand. Dit besluit "
            f"hoort bij de aanvraag die bij ons bekend is onder uw burgerservicenummer (BSN) "
            f"{p.bsn}.",
            gap=3,
        )
    else:
        flow.para(
            f"Wij wijzen uw aanvraag om bijstand met ingang van {date_nl(start, 'long')} af. Uw "
            f"netto inkomen van {_euro(income)} per maand is hoger dan de bijstandsnorm voor "
            f"{category} van {_euro(norm - reserve)} per maand (zonder vakantietoeslag). U heeft "
            "daarom geen recht op een bijstandsuitkering. Dit besluit hoort bij de aanvraag die bij ons bekend is "
            f"onder uw burgerservicenummer (BSN) {p.bsn}.",
            gap=3,
        )

    flow.para("Berekening", font=bold, gap=1.5)
    rows: list[tuple[str, Decimal, bool]] = [
        (f"Bijstandsnorm {category.removeprefix('een ')}, per maand", norm, False)
    ]
    work = f" ({job.employer.name})" if job is not None and len(app.jobs) == 1 else ""
    if granted:
        rows.append(("Af: reservering vakantietoeslag (5%)", reserve, False))
        if income:
            rows.append((f"Af: netto inkomsten uit arbeid{work}", income, False))
        rows.append(("Te betalen bijstand per maand", pay, True))
    else:
        rows = [
            (
                f"Bijstandsnorm {category.removeprefix('een ')}, zonder vakantietoeslag",
                norm - reserve,
                False,
            ),
            (f"Netto inkomsten uit arbeid{work}", income, False),
            ("Inkomen boven de bijstandsnorm", -pay, True),
        ]
    lw = 118.0
    labels = [DocCanvas.wrap(label, font, size - 0.5, lw - 6) for label, _, _ in rows]
    h = 3.5 + sum(len(ls) * 4.6 + 0.6 for ls in labels) + 2.0
    flow.ensure(h + 2)
    top = flow.y - 3.6
    c.rect(25, top, lw + 30, h, stroke=0, fill=(0.94, 0.94, 0.94))
    y = top + 4.8
    for (_, value, total), ls in zip(rows, labels, strict=True):
        if total:
            c.line(28, y - 3.6, 25 + lw + 27, y - 3.6, width=0.6)
            y += 0.6
        f = bold if total else font
        for k, ln in enumerate(ls):
            c.text(28, y + k * 4.6, ln, font=f, size=size - 0.5)
        c.text(25 + lw + 27, y, _euro(value), font=f, size=size - 0.5, align="right")
        y += len(ls) * 4.6 + 0.6
    flow.y = top + h + 6.5

    iban = app.account.iban_printed
    if granted:
        flow.para("Betaling", font=bold, gap=1)
        flow.para(
            f"Wij betalen uw uitkering elke maand voor de {rng.choice([25, 27, 28])}e uit op "
            f"rekening {iban} ten name van {app.account.holder}. De vakantietoeslag van "
            f"{_euro(reserve)} per maand sparen wij voor u op; deze betalen wij in juni uit.",
            gap=3,
        )
    else:
        advance = money(rng.choice([250, 300, 400, 500]))
        paid = app.application_date + timedelta(days=rng.randint(3, 10))
        flow.para("Voorschot", font=bold, gap=1)
        flow.para(
            f"Op {date_nl(paid, 'long')} hebben wij u een voorschot van {_euro(advance)} betaald "
            f"op rekening {iban}. Omdat u geen recht heeft op bijstand, moet u dit voorschot "
            "terugbetalen. U ontvangt hierover een aparte brief met een betalingsvoorstel. "
            "Misschien heeft u wel recht op andere regelingen, zoals huurtoeslag of bijzondere "
            "bijstand.",
            gap=3,
        )
    flow.para("Uw verplichtingen", font=bold, gap=1)
    flow.para(
        "Verandert er iets in uw situatie, bijvoorbeeld in uw inkomen, uw vermogen, uw "
        "woonsituatie of de samenstelling van uw huishouden? Dan moet u dit binnen een week aan "
        "ons doorgeven. Dit staat in artikel 17 van de Participatiewet.",
        gap=3,
    )
    flow.para(
        f"Heeft u vragen over deze brief? Bel dan met {official}, telefoon {phone}, en noem het "
        "kenmerk van deze brief.",
        gap=4,
    )
    flow.ensure(36)
    flow.para("Met vriendelijke groet,", gap=0.5)
    flow.para(f"het college van burgemeester en wethouders van {city},", gap=0.5)
    flow.para("namens dezen,", gap=1)
    c.scribble(26, flow.y - 2, 42, 12, rng, color=(0.1, 0.1, 0.3))
    flow.space(12)
    flow.para(official, gap=0.5)
    flow.para("teamleider Werk en Inkomen", gap=6)

    bezwaar = (
        "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag waarop dit "
        "besluit is verzonden bezwaar maken. Stuur uw bezwaarschrift naar het college van "
        f"burgemeester en wethouders van {city}, Postbus {postbus}, {pc[:4]} {pc[4:]} {city}. "
        "Vermeld in uw bezwaarschrift uw naam en adres, de datum, het kenmerk van dit besluit en "
        "waarom u het niet eens bent met het besluit, en onderteken het. U kunt ook digitaal "
        f"bezwaar maken met DigiD via www.{slug}.example/bezwaar. Een bezwaarschrift schorst de "
        "werking van dit besluit niet. Is een snelle beslissing nodig, dan kunt u de "
        "voorzieningenrechter van de rechtbank om een voorlopige voorziening vragen."
    )
    lines = DocCanvas.wrap(bezwaar, font, size - 1.5, 152)
    flow.ensure(8 + len(lines) * 3.9)
    c.line(22, flow.y - 3.5, 22, flow.y + 2 + len(lines) * 3.9, width=1.2, color=accent)
    flow.para("Bezwaar maken", font=bold, size=size - 0.5, gap=0.8)
    for line in lines:
        c.text(25, flow.y, line, font=font, size=size - 1.5)
        flow.y += 3.9
