"""More payslip layouts (dev: used for tuning), modelled on real Dutch documents.

- `payslip.online_package`: the look of a modern online payroll package: the employer as a
  letterhead, employee data in a key/value grid, a components table with Aantal / Tarief /
  Betaling / Inhouding columns, cumulatives, a 'Netto' line and a payout line with the IBAN.
- `payslip.government_cao`: a dense public-sector or large CAO employer's salary
  specification: 'Werkgever' / 'Werknemer' blocks, 'Bruto' / 'Inhoudingen' sections or signed
  amounts, sub-totals, 'Netto salaris' and 'Te betalen'.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from synth.canvas import Box, DocCanvas
from synth.fmt import amount_nl, date_nl, money_nl, money_norm
from synth.layouts.base import layout
from synth.layouts.payslip import _extras, _grey, _mark_period, _period_index
from synth.people import MONTHS_NL, Payslip, money

Rgb = tuple[float, float, float]

_SANS = [
    ("LiberationSans", "LiberationSans-Bold"),
    ("DejaVuSans", "DejaVuSans-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("FreeSans", "FreeSans-Bold"),
]
_DENSE = [
    ("DejaVuSansCondensed", "DejaVuSans-Bold"),
    ("LiberationSansNarrow", "LiberationSans-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("LiberationSerif", "LiberationSerif-Bold"),
    ("Times-Roman", "Times-Bold"),
]

# job titles and collective agreements by a keyword of the employer's name
_FUNCTIONS = {
    "Bakkerij": ["Verkoopmedewerker", "Broodbakker", "Medewerker productie"],
    "Schoonmaak": ["Schoonmaakmedewerker", "Glazenwasser", "Objectleider"],
    "Zorg": ["Verzorgende IG", "Helpende Plus", "Medewerker huishouding"],
    "Transport": ["Chauffeur CE", "Planner", "Bijrijder"],
    "Supermarkt": ["Vakkenvuller", "Kassamedewerker", "Medewerker vers"],
    "Horeca": ["Medewerker bediening", "Zelfstandig werkend kok", "Afwasser"],
    "Uitzend": ["Productiemedewerker", "Orderpicker", "Intercedent"],
    "Thuiszorg": ["Wijkverpleegkundige", "Thuishulp", "Verzorgende IG"],
    "Logistiek": ["Orderpicker", "Heftruckchauffeur", "Magazijnmedewerker"],
    "Installatie": ["Monteur", "Servicemonteur", "Leerling-monteur"],
    "Kinderopvang": ["Pedagogisch medewerker", "Groepshulp"],
    "Drukkerij": ["Drukker", "Medewerker nabewerking"],
    "Tuincentrum": ["Verkoopmedewerker", "Medewerker kwekerij"],
    "Gemeentelijke": ["Medewerker reiniging", "Schoonmaker", "Vakspecialist"],
    "Callcenter": ["Klantenservicemedewerker", "Teamleider"],
}
_CAOS = {
    "Bakkerij": "Cao Bakkersbedrijf",
    "Schoonmaak": "Cao Schoonmaak- en glazenwassersbranche",
    "Zorg": "Cao VVT",
    "Transport": "Cao Beroepsgoederenvervoer",
    "Supermarkt": "Cao Supermarkten",
    "Horeca": "Cao Horeca",
    "Uitzend": "Cao voor Uitzendkrachten",
    "Thuiszorg": "Cao VVT",
    "Logistiek": "Cao Beroepsgoederenvervoer",
    "Installatie": "Cao Metaal en Techniek",
    "Kinderopvang": "Cao Kinderopvang",
    "Drukkerij": "Cao Grafimedia",
    "Tuincentrum": "Cao Tuincentra",
    "Gemeentelijke": "Cao Gemeenten",
    "Callcenter": "Cao Contactcenters",
}
_PENSION_FUNDS = {
    "Zorg": "PFZW",
    "Thuiszorg": "PFZW",
    "Kinderopvang": "PFZW",
    "Gemeentelijke": "ABP",
    "Installatie": "PMT",
    "Transport": "PFV",
    "Logistiek": "PFV",
    "Schoonmaak": "PGB",
    "Bakkerij": "BPF Bakkers",
    "Horeca": "PH&C",
}
_DEPARTMENTS = [
    "Algemeen",
    "Productie",
    "Logistiek",
    "Klantenservice",
    "Facilitair",
    "Team Noord",
    "Team Zuid",
    "Planning",
    "Winkel",
    "Operations",
]


def _keyword(name: str, table: dict[str, str] | dict[str, list[str]]) -> str | None:
    for key in table:
        if key in name:
            return key
    return None


def _function(p: Payslip, rng: random.Random) -> str:
    key = _keyword(p.job.employer.name, _FUNCTIONS)
    return rng.choice(_FUNCTIONS[key]) if key else rng.choice(["Medewerker", "Allround medewerker"])


def _fit(text: str, font: str, size: float, width: float, min_size: float = 5.5) -> float:
    """The largest size (down to `min_size`) at which `text` fits in `width` mm."""
    while size > min_size and DocCanvas.width(text, font, size) > width:
        size -= 0.25
    return size


def _parts(
    c: DocCanvas,
    x: float,
    y: float,
    texts: list[str],
    *,
    font: str,
    size: float,
    align: str = "left",
    color: Rgb = (0, 0, 0),
) -> list[Box]:
    """Draw `texts` as ONE printed line (single spaces between them); returns each part's box,
    so that a field can be marked on just the words that carry it."""
    texts = [" ".join(t.split()) for t in texts]
    full = " ".join(t for t in texts if t)
    line = c.text(x, y, full, font=font, size=size, align=align, color=color)
    boxes: list[Box] = []
    done = ""
    for t in texts:
        lead = f"{done} " if done else ""
        x0 = line[0] + (c.width(lead, font, size) if lead else 0.0)
        x1 = line[0] + c.width(lead + t, font, size)
        boxes.append((x0, line[1], x1, line[3]))
        if t:
            done = lead + t
    return boxes


def _hourly_rate(gross: Decimal, hours: Decimal) -> Decimal | None:
    """An hourly wage that, times the hours, rounds to exactly the gross (2 or 4 decimals)."""
    if hours <= 0:
        return None
    base = gross / hours
    for q in (Decimal("0.01"), Decimal("0.0001")):
        r0 = base.quantize(q)
        for k in (0, -1, 1, -2, 2):
            r = r0 + k * q
            if money(r * hours) == gross:
                return r
    return None


def _rate_text(rate: Decimal) -> str:
    if rate == rate.quantize(Decimal("0.01")):
        return amount_nl(rate)
    return f"{rate:.4f}".replace(".", ",")


def _pension_pct(p: Payslip, amount: Decimal) -> str | None:
    """'4,50%' when the line is exactly that share of the gross (as the generator computes it)."""
    if money(p.gross_pay * Decimal("0.045")) == abs(amount):
        return "4,50%"
    return None


def _cumulatives(p: Payslip, rng: random.Random) -> Callable[[Decimal], Decimal]:
    """Year-to-date totals with one factor for the whole slip (earlier periods paid a little
    more or less), so that the cumulatives of a total and its parts agree."""
    earlier = (_period_index(p) - 1) * Decimal(str(round(rng.uniform(0.96, 1.04), 4)))

    def cum(value: Decimal) -> Decimal:
        return money(value + value * earlier)

    return cum


def _year(p: Payslip) -> str:
    return p.period_label.split()[-1]


def _pct(value: Decimal) -> str:
    return f"{value:.2f}".replace(".", ",")


@dataclass(slots=True)
class _Item:
    """One label/value pair of a header grid; `kind` names the field its value is evidence of."""

    label: str
    value: str
    kind: str | None = None
    norm: object = None


def _mark_item(
    c: DocCanvas, p: Payslip, item: _Item, box: Box, dated: bool = True, text: str | None = None
) -> None:
    text = text if text is not None else item.value
    if item.kind is None:
        return
    if item.kind == "period":
        _mark_period(c, p, box, text, dated)
    else:
        c.mark(item.kind, item.norm, box, text)


# --- payslip.online_package: a modern online payroll package ----------------------------------


def _online_period(p: Payslip, rng: random.Random) -> tuple[str, bool]:
    """The period as an online package prints it, and whether it states calendar dates."""
    assert p.period_start is not None and p.period_end is not None
    start, end, year = p.period_start, p.period_end, _year(p)
    ds = rng.choice(["dash", "dash", "slash"])
    if p.period_number is not None:
        n = p.period_number
        v = rng.randrange(4)
        if v == 0:
            return f"Periode {n} {year}", False
        if v == 1:
            return f"4-wekelijks, periode {n} {year}", False
        if v == 2:
            return (
                f"Periode {n} {year} van {date_nl(start, ds)} tot en met {date_nl(end, ds)}",
                True,
            )
        return f"Periode {n} ({date_nl(start, ds)} t/m {date_nl(end, ds)})", True
    month = start.month
    v = rng.randrange(5)
    if v == 0:
        return f"{month:02d}-{year}", True
    if v == 1:
        return f"{MONTHS_NL[month - 1].capitalize()} {year}", True
    if v == 2:
        return f"Periode {month} ({date_nl(start, ds)} t/m {date_nl(end, ds)})", True
    if v == 3:
        return f"maand {month} {year}", True
    return f"{date_nl(start, ds)} - {date_nl(end, ds)}", True


@dataclass(slots=True)
class _Row:
    label: str
    qty: str = ""
    rate: str = ""
    pay: Decimal | None = None
    ded: Decimal | None = None
    cum: Decimal | None = None
    qty_field: str | None = None  # hours_worked on the quantity
    amount_field: str | None = None  # gross_pay / wage_tax / net_pay on the amount
    bold: bool = False
    rule: bool = False  # a line above the row (a sub-total)


@layout("payslip", "online_package")
def online_package(c: DocCanvas, p: Payslip, rng: random.Random) -> None:
    """Letterhead, a key/value grid with varying wording, an Omschrijving / Aantal / Tarief /
    Betaling / Inhouding table (hours as quantity, a separate row, in the grid or not at all),
    cumulatives as a column or a horizontal block, a Netto line and a payout line."""
    font, bold = rng.choice(_SANS)
    cumulative = _cumulatives(p, rng)
    accent: Rgb = rng.choice(
        [(0.0, 0.36, 0.6), (0.2, 0.5, 0.3), (0.45, 0.2, 0.5), (0.85, 0.4, 0.05), (0.2, 0.2, 0.2)]
    )
    light: Rgb = rng.choice([(0.93, 0.95, 0.98), (0.95, 0.95, 0.95), (0.96, 0.97, 0.94)])
    size = rng.choice([8.0, 8.5, 9.0])
    lh = rng.uniform(4.6, 5.4)
    mstyle = rng.choice(["plain", "plain", "nothousands"])
    label_c: Rgb = rng.choice([_grey(0.4), _grey(0.0), accent])
    colon = ":" if rng.random() < 0.4 else ""
    e = p.job.employer.address
    legal = p.job.employer.name
    brand = legal.removesuffix(" B.V.")
    head = brand if brand != legal and rng.random() < 0.5 else legal
    werkgever_row = rng.random() < 0.3 or (head != legal and rng.random() < 0.5)
    employer_marked = False

    # letterhead --------------------------------------------------------------------------------
    head_right = rng.random() < 0.4
    title = rng.choice(["Loonstrook", "Salarisstrook", "Loonspecificatie", "Salarisspecificatie"])
    hsize = rng.choice([13.0, 14.0, 15.0])
    if head_right:
        c.logo(18, 13, 11, rng, color=accent)
        hx, halign, tx, talign = 192.0, "right", 18.0, "left"
    else:
        has_logo = rng.random() < 0.6
        if has_logo:
            c.logo(18, 13, 11, rng, color=accent)
        hx, halign, tx, talign = (32.0 if has_logo else 18.0), "left", 192.0, "right"
    hsize = _fit(head, bold, hsize, 100)
    mark_head = head == legal and not (werkgever_row and rng.random() < 0.5)
    c.text(
        hx,
        20,
        head,
        font=bold,
        size=hsize,
        align=halign,
        color=accent if rng.random() < 0.5 else (0, 0, 0),
        field="employer_name" if mark_head else None,
        value=legal if mark_head else None,
    )
    employer_marked = mark_head
    addr = [f"{e.street} {e.house_number}", f"{e.postcode_printed} {e.city}"]
    if rng.random() < 0.4:
        addr = [f"{e.street} {e.house_number}, {e.postcode_printed} {e.city}"]
    for i, line in enumerate(addr):
        c.text(hx, 25.5 + i * 4, line, font=font, size=8, align=halign, color=_grey(0.3))

    period, dated = _online_period(p, rng)
    period_place = rng.choice(["grid", "grid", "title", "band"])
    if period_place == "grid" and c.width(period, font, size) > 44:
        period_place = rng.choice(["title", "band"])
    ty = 38.0 if head_right else 21.0
    c.text(tx, ty, title, font=bold, size=14, align=talign)
    if period_place == "title":
        psize = _fit(period, font, 10, 90)
        box = c.text(tx, ty + 6, period, font=font, size=psize, align=talign)
        _mark_period(c, p, box, period, dated)

    # employee grid -----------------------------------------------------------------------------
    gy = (50.0 if head_right else 44.0) + (4.0 if period_place == "title" else 0.0)
    if period_place == "band":
        band_label = rng.choice(
            ["Loonperiode", "Tijdvak"] if period.startswith("Periode") else ["Periode", "Tijdvak"]
        )
        c.rect(15, gy - 4.5, 180, 7, stroke=0, fill=light)
        boxes = _parts(c, 18, gy, [f"{band_label}:", period], font=bold, size=9)
        _mark_period(c, p, boxes[1], period, dated)
        gy += 9
    name_style = rng.choice(["short", "full", "formal", "short"])
    name = {
        "short": p.person.short_name,
        "full": p.person.full_name,
        "formal": p.person.formal_name,
    }[name_style]
    left: list[_Item] = [
        _Item(
            rng.choice(["Medewerker", "Naam", "Werknemer", "Naam medewerker"]),
            name,
            "employee_name",
            name,
        )
    ]
    opt_left = [
        _Item(
            rng.choice(["Personeelsnr.", "Personeelsnummer", "Medewerkernr.", "Werknemersnr."]),
            p.job.employee_number,
        ),
        _Item(
            rng.choice(["BSN", "BSN", "Burgerservicenummer", "Sofi-nr", "BSN/Sofinr."]),
            p.person.bsn,
            "employee_bsn",
            p.person.bsn,
        ),
    ]
    if rng.random() < 0.4:
        opt_left.append(
            _Item(
                rng.choice(["Geboortedatum", "Geb. datum"]), date_nl(p.person.date_of_birth, "dash")
            )
        )
    if rng.random() < 0.6:
        opt_left.append(_Item("Functie", _function(p, rng)))
    if rng.random() < 0.35:
        opt_left.append(_Item(rng.choice(["Afdeling", "Kostenplaats"]), rng.choice(_DEPARTMENTS)))
    if rng.random() < 0.5:
        hired = p.payment_date - timedelta(days=rng.randint(90, 4000))
        opt_left.append(
            _Item(rng.choice(["In dienst", "Datum in dienst", "Startdatum"]), date_nl(hired))
        )
    rng.shuffle(opt_left)
    left += opt_left
    if werkgever_row:
        mark = not employer_marked
        left.insert(
            rng.choice([0, len(left)]),
            _Item("Werkgever", legal, "employer_name" if mark else None, legal),
        )
        employer_marked = True

    gross, hours = p.gross_pay, p.hours_worked
    rate = _hourly_rate(gross, hours)
    hours_mode = rng.choice(["rate", "rate", "row", "header", "none"])
    if hours_mode == "rate" and rate is None:
        hours_mode = rng.choice(["row", "header"])
    iban_place = rng.choices(["grid", "payout", "both", "none"], weights=[3, 4, 2, 1])[0]
    right: list[_Item] = []
    if period_place == "grid":
        right.append(
            _Item(
                rng.choice(
                    ["Tijdvak", "Loontijdvak"]
                    if period.startswith("Periode")
                    else ["Periode", "Loonperiode", "Tijdvak"]
                ),
                period,
                "period",
                None,
            )
        )
    opt_right: list[_Item] = []
    if rng.random() < 0.7:
        opt_right.append(
            _Item(
                rng.choice(["Betaaldatum", "Datum uitbetaling", "Verwerkingsdatum"]),
                date_nl(p.payment_date, "dash"),
            )
        )
    if hours_mode == "header":
        opt_right.append(
            _Item(
                rng.choice(["Uren deze periode", "Gewerkte uren", "Uren"]),
                amount_nl(hours),
                "hours_worked",
                money_norm(hours),
            )
        )
    if rng.random() < 0.45:
        norm_week = Decimal(rng.choice([36, 38, 40]))
        if rng.random() < 0.5:
            opt_right.append(
                _Item(
                    rng.choice(["Parttime %", "Parttimepercentage"]),
                    _pct(p.job.hours_per_week / norm_week * 100) + "%",
                )
            )
        else:
            opt_right.append(
                _Item(
                    rng.choice(["Uren per week", "Contracturen"]),
                    amount_nl(p.job.hours_per_week),
                )
            )
    if rate is not None and rate == rate.quantize(Decimal("0.01")) and rng.random() < 0.5:
        opt_right.append(_Item("Uurloon", money_nl(rate, "euro")))
    if rng.random() < 0.6:
        opt_right.append(
            _Item(rng.choice(["Loonheffingskorting", "Heffingskorting"]), rng.choice(["Ja", "ja"]))
        )
    if rng.random() < 0.35:
        opt_right.append(
            _Item(
                rng.choice(["Tabel", "Loonbelastingtabel"]),
                "Wit, " + ("4 weken" if p.period_number else "maand"),
            )
        )
    if iban_place == "grid":
        opt_right.append(
            _Item(
                rng.choice(["IBAN", "Rekeningnummer", "Bankrekening"]),
                p.account.iban_printed if rng.random() < 0.7 else p.account.iban,
                "employee_iban",
                p.account.iban,
            )
        )
    elif iban_place == "both":
        opt_right.append(_Item("IBAN", p.account.iban_printed))  # marked on the payout line
    rng.shuffle(opt_right)
    right += opt_right

    while len(left) > len(right) + 2:  # balance the two columns
        movable = [it for it in left if it.kind not in ("employee_name", "employer_name")]
        right.append(movable[-1])
        left.remove(movable[-1])
    boxed = rng.random() < 0.5
    rows_n = max(len(left), len(right))
    if boxed:
        c.rect(15, gy - 4.5, 180, rows_n * lh + 2.5, stroke=0.3, color=_grey(0.6), fill=light)
    else:
        c.line(15, gy - 5, 195, gy - 5, width=0.4, color=accent)
    for items, x0, x1 in ((left, 18.0, 104.0), (right, 110.0, 192.0)):
        if not items:
            continue
        lw = max(c.width(it.label + colon, font, size - 0.5) for it in items) + 3
        for i, it in enumerate(items):
            y = gy + i * lh
            c.text(x0, y, it.label + colon, font=font, size=size - 0.5, color=label_c)
            vsize = _fit(it.value, font, size, x1 - x0 - lw, min_size=5.5)
            box = c.text(x0 + lw, y, it.value, font=font, size=vsize)
            _mark_item(c, p, it, box, dated)

    # components table --------------------------------------------------------------------------
    y = gy + rows_n * lh + 7
    with_cum = rng.random() < 0.45
    j = rng.uniform(-2, 2)
    if with_cum:
        cols = {"qty": 96 + j, "rate": 119 + j, "pay": 143 + j, "ded": 166 + j, "cum": 192.0}
    else:
        cols = {"qty": 110 + j, "rate": 134 + j, "pay": 162 + j, "ded": 192.0}
    heads = {
        "desc": rng.choice(["Omschrijving", "Looncomponent", "Omschrijving"]),
        "qty": rng.choice(["Aantal", "Eenheden"]),
        "rate": rng.choice(["Tarief", "Waarde", "Tarief"]),
        "pay": rng.choice(["Betaling", "Betalingen"]),
        "ded": rng.choice(["Inhouding", "Inhoudingen"]),
        "cum": rng.choice(["Cumulatief", "t/m periode", "Cum. t/m per."]),
    }
    hs = size - 0.5
    header_filled = rng.random() < 0.6
    if header_filled:
        c.rect(15, y - 4.5, 180, 6.5, stroke=0, fill=accent)
    hc: Rgb = (1, 1, 1) if header_filled else (0, 0, 0)
    c.text(18, y, heads["desc"], font=bold, size=hs, color=hc)
    for key, x in cols.items():
        c.text(x, y, heads[key], font=bold, size=hs, align="right", color=hc)
    if not header_filled:
        c.line(15, y + 1.8, 195, y + 1.8, width=0.6, color=accent)
    y += lh + 1.5

    sections = rng.random() < 0.4
    rows: list[_Row] = []
    four = p.period_number is not None
    salary_label = rng.choice(
        ["Periodesalaris", "Salaris", "Basisloon"]
        if four
        else ["Maandsalaris", "Salaris", "Basisloon"]
    )
    if sections:
        rows.append(_Row(rng.choice(["Bruto", "Bruto inkomsten", "Loon"]), bold=True))
    if hours_mode == "rate":
        assert rate is not None
        rows.append(
            _Row(
                rng.choice(["Uurloon", "Uren normaal", "Gewerkte uren 100%"]),
                qty=amount_nl(hours),
                rate=_rate_text(rate),
                pay=gross,
                cum=cumulative(gross),
                qty_field="hours_worked",
                amount_field=None if sections else "gross_pay",
            )
        )
    else:
        if hours_mode == "row":
            rows.append(
                _Row(
                    rng.choice(["Gewerkte uren", "Uren gewerkt", "Aantal uren"]),
                    qty=amount_nl(hours),
                    qty_field="hours_worked",
                )
            )
        rows.append(
            _Row(
                salary_label,
                qty="1,00" if rng.random() < 0.7 else "",
                rate=amount_nl(gross),
                pay=gross,
                cum=cumulative(gross),
                amount_field=None if sections else "gross_pay",
            )
        )
    plus = [ln for ln in p.other_lines if ln.amount > 0]
    minus = [ln for ln in p.other_lines if ln.amount < 0]
    if sections:
        rows.append(
            _Row(
                rng.choice(["Totaal bruto", "Brutoloon", "Bruto loon"]),
                pay=gross,
                cum=cumulative(gross),
                amount_field="gross_pay",
                bold=True,
                rule=True,
            )
        )
        rows.append(_Row(rng.choice(["Inhoudingen", "Inhoudingen en premies"]), bold=True))
    for ln in minus:
        label = ln.label
        if label == "Pensioenpremie":
            label = rng.choice(["Pensioenpremie", "Pensioenpremie WN", "Premie pensioen WN"])
        pct = _pension_pct(p, ln.amount) if ln.label == "Pensioenpremie" else None
        rows.append(
            _Row(
                label,
                qty=amount_nl(gross) if pct and rng.random() < 0.4 else "",
                rate=pct or "",
                ded=-ln.amount,
                cum=cumulative(-ln.amount),
            )
        )
    rows.append(
        _Row(
            rng.choice(["Loonheffing", "Loonheffing tabel", "Loonheffing (wit)", "Loonbelasting"]),
            ded=p.wage_tax,
            cum=cumulative(p.wage_tax),
            amount_field="wage_tax",
        )
    )
    split_net = bool(plus) and rng.random() < 0.5
    if split_net:
        net_wage = gross - p.wage_tax + sum((ln.amount for ln in minus), Decimal("0"))
        rows.append(_Row("Nettoloon", pay=money(net_wage), bold=True, rule=True))
    for ln in plus:
        label = ln.label
        if label == "Reiskostenvergoeding":
            label = rng.choice(
                ["Reiskostenvergoeding", "Reiskosten woon-werk", "Reiskosten onbelast"]
            )
        rows.append(_Row(label, pay=ln.amount, cum=cumulative(ln.amount)))
    if not split_net and rng.random() < 0.6:
        tot_pay = gross + sum((ln.amount for ln in plus), Decimal("0"))
        tot_ded = p.wage_tax - sum((ln.amount for ln in minus), Decimal("0"))
        rows.append(_Row("Totaal", pay=tot_pay, ded=tot_ded, bold=True, rule=True))

    for r in rows:
        if r.rule:
            c.line(cols["pay"] - 22, y - 4, cols["ded"], y - 4, width=0.4)
        f = bold if r.bold else font
        c.text(18, y, r.label, font=f, size=size)
        if r.qty:
            c.text(
                cols["qty"],
                y,
                r.qty,
                font=font,
                size=size,
                align="right",
                field=r.qty_field,
                value=money_norm(hours) if r.qty_field else None,
            )
        if r.rate:
            c.text(cols["rate"], y, r.rate, font=font, size=size, align="right")
        for key, amount in (("pay", r.pay), ("ded", r.ded)):
            if amount is None:
                continue
            c.text(
                cols[key],
                y,
                money_nl(amount, mstyle),
                font=f,
                size=size,
                align="right",
                field=r.amount_field,
                value=money_norm(amount) if r.amount_field else None,
            )
        if with_cum and r.cum is not None:
            c.text(
                cols["cum"], y, money_nl(r.cum, mstyle), font=font, size=size - 0.5, align="right"
            )
        y += lh

    # netto and payout --------------------------------------------------------------------------
    y += 1.5
    c.line(15, y - 4.5, 195, y - 4.5, width=0.8, color=accent)
    net_label = rng.choice(
        ["Netto uit te betalen", "Te betalen"]
        if split_net
        else ["Netto", "Netto uit te betalen", "Nettoloon", "Netto te betalen"]
    )
    c.text(18, y, net_label, font=bold, size=size + 1)
    c.text(
        cols["pay"],
        y,
        money_nl(p.net_pay, rng.choice([mstyle, "euro"])),
        font=bold,
        size=size + 1,
        align="right",
        field="net_pay",
        value=money_norm(p.net_pay),
    )
    y += lh + 1.5
    if iban_place in ("payout", "both") or rng.random() < 0.4:
        printed = p.account.iban_printed if rng.random() < 0.7 else p.account.iban
        lead = rng.choice(
            ["Uitbetaling naar", "Te betalen op rekening", "Wordt overgemaakt naar", "Bank:"]
        )
        amount = money_nl(p.net_pay, "euro")
        if iban_place in ("payout", "both"):
            boxes = _parts(c, 18, y, [lead, printed], font=font, size=size)
            c.mark("employee_iban", p.account.iban, boxes[1], printed)
        else:
            paid = date_nl(p.payment_date, "dash")
            c.text(18, y, f"Uitbetaald op {paid} per bank", font=font, size=size)
        c.text(cols["pay"], y, amount, font=font, size=size, align="right")
        y += lh

    # cumulatives block -------------------------------------------------------------------------
    ex = _extras(p)
    if not with_cum and rng.random() < 0.75:
        y += 6
        c.text(
            18,
            y,
            rng.choice(["Cumulatieven", "Cumulatieven t/m deze periode", "Jaartotalen"]),
            font=bold,
            size=size + 0.5,
            color=accent,
        )
        y += 2.5
        blocks = [
            ("Fiscaal loon", ex["fiscaal"]),
            ("Loonheffing", p.wage_tax),
            ("SV-loon", ex["sv"]),
            ("Heffingskorting", ex["heffingskorting"]),
            ("Vakantiegeld", ex["vakantiegeld"]),
        ]
        if ex["pension"]:
            blocks.insert(2, ("Pensioen", -ex["pension"]))
        blocks = blocks[:5]
        cw = 150 / len(blocks)
        x_lab = 18.0
        c.rect(15, y, 180, lh * 3 + 1.5, stroke=0.3, color=_grey(0.6))
        c.text(x_lab, y + 2 * lh - 0.5, "Periode", font=font, size=size - 1, color=label_c)
        c.text(
            x_lab,
            y + 3 * lh - 0.5,
            rng.choice(["Cumulatief", f"t/m per. {_period_index(p)}"]),
            font=font,
            size=size - 1,
            color=label_c,
        )
        for i, (label, value) in enumerate(blocks):
            xr = 42 + (i + 1) * cw - 2
            c.text(xr, y + lh - 0.5, label, font=bold, size=size - 1, align="right")
            c.text(
                xr,
                y + 2 * lh - 0.5,
                money_nl(value, mstyle),
                font=font,
                size=size - 1,
                align="right",
            )
            c.text(
                xr,
                y + 3 * lh - 0.5,
                money_nl(cumulative(value), mstyle),
                font=font,
                size=size - 1,
                align="right",
            )
        y += lh * 3 + 2
    elif rng.random() < 0.5:
        y += 6
        c.text(18, y, "Reserveringen", font=bold, size=size, color=accent)
        y += lh
        c.text(18, y, "Vakantiegeld 8% opgebouwd", font=font, size=size - 0.5)
        c.text(
            cols["pay"],
            y,
            money_nl(cumulative(ex["vakantiegeld"]), mstyle),
            font=font,
            size=size - 0.5,
            align="right",
        )
        y += lh

    if rng.random() < 0.35:
        y += 6
        note = rng.choice(
            [
                "In mei ontvangt u de opgebouwde vakantietoeslag.",
                "Wijzigingen in uw gegevens kunt u doorgeven via het werknemersportaal.",
                "Deze loonstrook is ook digitaal beschikbaar in de app.",
            ]
        )
        c.text(18, y, rng.choice(["Mededeling", "Bericht"]), font=bold, size=size - 0.5)
        c.text(18, y + lh - 0.5, note, font=font, size=size - 0.5)

    # footer ------------------------------------------------------------------------------------
    c.line(15, 276, 195, 276, width=0.3, color=_grey(0.6))
    tax = f"Loonheffingennummer {p.job.employer.tax_number}"
    if not employer_marked:
        boxes = _parts(c, 18, 281, [legal, "·", tax], font=font, size=7, color=_grey(0.35))
        c.mark("employer_name", legal, boxes[0], legal)
    else:
        c.text(18, 281, tax, font=font, size=7, color=_grey(0.35))
    created = date_nl(p.payment_date - timedelta(days=rng.randint(2, 6)), "dash")
    c.text(
        192, 281, f"Aangemaakt op {created}", font=font, size=7, align="right", color=_grey(0.35)
    )


# --- payslip.government_cao: a dense public-sector / CAO salary specification -----------------


def _gov_period(p: Payslip, rng: random.Random) -> tuple[list[str], bool]:
    """The period line as [lead, period]; the second part is the period's evidence."""
    assert p.period_start is not None and p.period_end is not None
    start, end, year = p.period_start, p.period_end, _year(p)
    ds = rng.choice(["dash", "dash", "dot"])
    d1, d2 = date_nl(start, ds), date_nl(end, ds)
    if p.period_number is not None:
        n = p.period_number
        v = rng.randrange(4)
        if v == 0:
            return ["Betreft: salaris", f"periode {n} {year}"], False
        if v == 1:
            return ["Periode:", f"periode {n} - {year}"], False
        if v == 2:
            return ["Periode:", f"{n} ({d1} t/m {d2})"], True
        return ["Betreft: salaris", f"periode {n} {year} ({d1} - {d2})"], True
    month = MONTHS_NL[start.month - 1]
    v = rng.randrange(4)
    if v == 0:
        return ["Periode:", f"{month} {year}"], True
    if v == 1:
        return ["Betreft: salaris", f"{month} {year}"], True
    if v == 2:
        return ["Salarisperiode:", f"{d1} t/m {d2}"], True
    return ["Periode:", f"{start.month:02d}/{year}"], True


def _gov_name(p: Payslip, rng: random.Random) -> tuple[str, str]:
    """(title or '', name as printed); the truth is the name without the title."""
    person = p.person
    male = person.sex == "M"
    v = rng.choice(["title", "title", "title_long", "surname_first", "formal", "formal_upper"])
    if v == "title":
        return ("Dhr." if male else "Mevr."), person.short_name
    if v == "title_long":
        return ("De heer" if male else "Mevrouw"), person.short_name
    if v == "surname_first":
        return "", f"{person.surname}, {person.initials}"
    if v == "formal":
        return "", person.formal_name
    return "", person.formal_name.upper()


def _signed(value: Decimal, neg: str, thousands: bool) -> str:
    """A signed amount: '105,56-' (trailing), '-/- 105,56' (minus_slash) or unsigned (sections)."""
    body = amount_nl(value, thousands=thousands)
    if value >= 0 or neg == "sections":
        return body
    return f"{body}-" if neg == "trailing" else f"-/- {body}"


@dataclass(slots=True)
class _GovRow:
    label: str
    amount: Decimal | None = None  # signed: deductions negative
    basis: str = ""
    field: str | None = None
    basis_field: str | None = None
    code: str = ""
    kind: str = "row"  # row, section, subtotal, total
    cum: bool = True


@layout("payslip", "government_cao")
def government_cao(c: DocCanvas, p: Payslip, rng: random.Random) -> None:
    """Small condensed type, 'Werkgever' / 'Werknemer' blocks, CAO scale and working hours per
    week (not the period's hours), Bruto / Inhoudingen sections or signed amounts with '-' or
    '-/-', 'Totaal bruto', 'Netto salaris' and 'Te betalen'; IBAN sometimes absent."""
    font, bold = rng.choice(_DENSE)
    cumulative = _cumulatives(p, rng)
    size = rng.choice([7.0, 7.5, 8.0])
    lh = size * 0.45 + 0.3
    neg = rng.choice(["trailing", "minus_slash", "sections", "sections"])
    thousands = rng.random() < 0.7
    ink: Rgb = rng.choice([(0.0, 0.0, 0.0), (0.08, 0.14, 0.36)])
    bar: Rgb = rng.choice([_grey(0.88), (0.86, 0.9, 0.95), (0.9, 0.93, 0.88)])
    legal = p.job.employer.name
    e = p.job.employer.address
    key = _keyword(legal, _CAOS)
    cao = _CAOS[key] if key else None
    fund = _PENSION_FUNDS.get(key or "", "")
    four = p.period_number is not None

    # title and period ---------------------------------------------------------------------------
    top = rng.uniform(15, 20)
    title = rng.choice(["Salarisspecificatie", "Salarisspecificatie", "Specificatie salaris"])
    period_parts, dated = _gov_period(p, rng)
    employer_marked = False
    paid = date_nl(p.payment_date, rng.choice(["dash", "long"]))
    if rng.random() < 0.5:  # the organisation on top, the title on the right
        c.logo(15, top - 6, 8, rng, color=ink)
        esize = _fit(legal, bold, 11, 95)
        c.text(26, top, legal, font=bold, size=esize, color=ink, field="employer_name", value=legal)
        employer_marked = True
        c.text(195, top, title, font=bold, size=12, align="right", color=ink)
        boxes = _parts(c, 195, top + 5, period_parts, font=font, size=size + 1, align="right")
        c.text(195, top + 5 + lh, f"Betaaldatum: {paid}", font=font, size=size, align="right")
        head_bottom = top + 5 + lh + 2.5
    else:
        c.text(15, top, title, font=bold, size=13, color=ink)
        boxes = _parts(c, 15, top + 5.5, period_parts, font=bold, size=size + 1.5)
        c.text(195, top, f"Datum: {paid}", font=font, size=size, align="right")
        c.text(195, top + lh, "Blad 1 van 1", font=font, size=size, align="right")
        head_bottom = top + 9.5
    _mark_period(c, p, boxes[1], period_parts[1], dated)
    c.line(15, head_bottom, 195, head_bottom, width=0.6, color=ink)

    # header blocks ------------------------------------------------------------------------------
    hours_mode = rng.choice(["table", "block", "none"])
    iban_place = rng.choices(["block", "sentence", "line", "none"], weights=[3, 3, 2, 2])[0]
    schaal, trede = rng.randint(3, 10), rng.randint(0, 12)
    emp: list[_Item] = []
    if not employer_marked:
        emp.append(_Item("", legal, "employer_name", legal))
        employer_marked = True
    else:
        emp.append(_Item("", legal))
    emp.append(_Item("", f"{e.street} {e.house_number}"))
    emp.append(_Item("", f"{e.postcode_printed}  {e.city}"))
    emp.append(
        _Item(rng.choice(["Loonheffingennr.", "Loonheffingennummer"]), p.job.employer.tax_number)
    )
    if cao and rng.random() < 0.8:
        emp.append(_Item("Cao", cao))
    if rng.random() < 0.5:
        emp.append(_Item(rng.choice(["Afdeling", "Organisatie-eenheid"]), rng.choice(_DEPARTMENTS)))

    title_, name = _gov_name(p, rng)
    wk: list[_Item] = [
        _Item(rng.choice(["Naam", "Naam", ""]), name, "employee_name", name),
    ]
    opt: list[_Item] = [
        _Item(
            rng.choice(["Personeelsnummer", "Pers.nr.", "Registratienummer"]), p.job.employee_number
        ),
        _Item(
            rng.choice(["BSN", "Burgerservicenummer", "BSN/Sofinummer"]),
            p.person.bsn,
            "employee_bsn",
            p.person.bsn,
        ),
    ]
    if rng.random() < 0.6:
        opt.append(_Item("Geboortedatum", date_nl(p.person.date_of_birth, "dash")))
    if rng.random() < 0.7:
        opt.append(_Item("Functie", _function(p, rng)))
    if rng.random() < 0.7:
        opt.append(
            _Item(
                rng.choice(["Schaal/trede", "Salarisschaal"]),
                f"{schaal} / {trede}" if rng.random() < 0.5 else f"schaal {schaal}, trede {trede}",
            )
        )
    hpw = p.job.hours_per_week
    arb = rng.random()
    if arb < 0.5:
        opt.append(_Item("Arbeidsduur", f"{int(hpw)} uur per week"))
    elif arb < 0.8:
        norm_week = Decimal(rng.choice([36, 38]))
        opt.append(
            _Item(
                rng.choice(["Deeltijdfactor", "Arbeidsduurfactor"]),
                f"{hpw / norm_week:.4f}".replace(".", ","),
            )
        )
    if rng.random() < 0.5:
        hired = p.payment_date - timedelta(days=rng.randint(200, 6000))
        opt.append(_Item(rng.choice(["Datum in dienst", "In dienst sinds"]), date_nl(hired)))
    if hours_mode == "block":
        opt.append(
            _Item(
                rng.choice(["Uren deze periode", "Betaalde uren", "Gewerkte uren"]),
                amount_nl(p.hours_worked),
                "hours_worked",
                money_norm(p.hours_worked),
            )
        )
    if iban_place == "block":
        opt.append(
            _Item(
                rng.choice(["IBAN", "Rekeningnummer", "Bankrekening"]),
                p.account.iban_printed if rng.random() < 0.6 else p.account.iban,
                "employee_iban",
                p.account.iban,
            )
        )
    rng.shuffle(opt)
    wk += opt

    by = head_bottom + 6.5
    blocks = [
        (rng.choice(["Werkgever", "Werkgever", "Organisatie"]), emp),
        (rng.choice(["Werknemer", "Uw gegevens", "Gegevens werknemer"]), wk),
    ]
    if rng.random() < 0.35:
        blocks.reverse()
    n_lines = max(len(emp), len(wk))
    bh = n_lines * lh + 8.5
    for (head, items), bx in zip(blocks, (15.0, 107.0), strict=True):
        c.rect(bx, by - 4.5, 88, bh, stroke=0.4, color=_grey(0.45))
        c.rect(bx, by - 4.5, 88, 5, stroke=0, fill=bar)
        c.text(bx + 2, by - 0.8, head, font=bold, size=size, color=ink)
        labels = [it.label for it in items if it.label]
        lw = max((c.width(lab, font, size) for lab in labels), default=0.0) + 3
        for i, it in enumerate(items):
            y = by + 4.5 + i * lh
            vx = bx + 2
            if it.label:
                c.text(vx, y, it.label, font=font, size=size, color=_grey(0.3))
                vx += lw
            width = bx + 86 - vx
            if it.kind == "employee_name" and title_:
                vs = _fit(f"{title_} {it.value}", font, size, width, min_size=5)
                parts = _parts(c, vx, y, [title_, it.value], font=font, size=vs)
                c.mark("employee_name", it.norm, parts[1], it.value)
                continue
            vs = _fit(it.value, font, size, width, min_size=5)
            vfont = bold if it.kind in ("employee_name", "employer_name") and not it.label else font
            vs = _fit(it.value, vfont, vs, width, min_size=5)
            box = c.text(vx, y, it.value, font=vfont, size=vs)
            _mark_item(c, p, it, box)
    y = by - 4.5 + bh + 5
    fiscal = [
        rng.choice(["Tabel: wit, ", "Loonheffingstabel: wit "]) + ("4 weken" if four else "maand"),
        f"Loonheffingskorting: {rng.choice(['ja', 'Ja', 'J'])}",
    ]
    if rng.random() < 0.5:
        fiscal.append(f"Bijzonder tarief: {rng.choice(['36,97', '37,48', '49,50'])}%")
    if rng.random() < 0.6:
        c.text(15, y, "   |   ".join(fiscal), font=font, size=size - 0.5, color=_grey(0.25))
        y += lh + 2

    # body ---------------------------------------------------------------------------------------
    gross, tax = p.gross_pay, p.wage_tax
    sections = neg == "sections"
    with_cum = rng.random() < 0.5
    codes = rng.random() < 0.5
    gx = rng.uniform(118, 126)
    ax = rng.uniform(152, 160) if with_cum else rng.uniform(165, 175)
    cx = 193.0
    dx = 27.0 if codes else 17.0
    plus = [ln for ln in p.other_lines if ln.amount > 0]
    minus = [ln for ln in p.other_lines if ln.amount < 0]
    split = rng.random() < 0.35 and gross > 200
    ort = money(gross * Decimal(str(round(rng.uniform(0.03, 0.1), 3)))) if split else Decimal(0)
    tot_bruto = sections or split or rng.random() < 0.5

    rows: list[_GovRow] = []
    if sections:
        rows.append(
            _GovRow(rng.choice(["Bruto", "Bruto bestanddelen", "Betalingen"]), kind="section")
        )
    sal_label = rng.choice(["Salaris", "Maandsalaris" if not four else "Periodesalaris"])
    if rng.random() < 0.4:
        sal_label += f" (schaal {schaal}-{trede})"
    rows.append(
        _GovRow(
            sal_label,
            gross - ort,
            basis=f"{amount_nl(p.hours_worked)} uur" if hours_mode == "table" else "",
            basis_field="hours_worked" if hours_mode == "table" else None,
            field=None if tot_bruto else "gross_pay",
            code="1000",
        )
    )
    if split:
        rows.append(
            _GovRow(
                rng.choice(
                    [
                        "Toelage onregelmatige dienst",
                        "Toeslag ORT",
                        "Persoonlijke toelage",
                        "Arbeidsmarkttoelage",
                    ]
                ),
                ort,
                code="1120",
            )
        )
    if tot_bruto:
        rows.append(
            _GovRow(
                rng.choice(["Totaal bruto", "Brutosalaris", "Totaal bruto"]),
                gross,
                field="gross_pay",
                kind="subtotal",
            )
        )
    if sections:
        rows.append(_GovRow(rng.choice(["Inhoudingen", "Inhoudingen en premies"]), kind="section"))
    for ln in minus:
        label = ln.label
        pct = None
        if label == "Pensioenpremie":
            label = rng.choice([f"Pensioenpremie {fund}".strip(), "Pensioenpremie OP/NP"])
            pct = _pension_pct(p, ln.amount)
        rows.append(_GovRow(label, ln.amount, basis=pct or "", code="3050"))
    fiscal_wage = gross + sum((ln.amount for ln in minus), Decimal("0"))
    rows.append(
        _GovRow(
            rng.choice(["Loonheffing", "Loonheffing (tabel)", "Loonbelasting/premie volksverz."]),
            -tax,
            basis=amount_nl(fiscal_wage, thousands=thousands) if rng.random() < 0.5 else "",
            field="wage_tax",
            code="5000",
        )
    )
    total_ded = -tax + sum((ln.amount for ln in minus), Decimal("0"))
    if sections or rng.random() < 0.3:
        rows.append(
            _GovRow(
                rng.choice(["Totaal inhoudingen", "Totaal inhoudingen"]),
                total_ded,
                kind="subtotal",
            )
        )
    if plus or rng.random() < 0.5:
        rows.append(
            _GovRow(
                rng.choice(["Netto salaris", "Nettosalaris", "Netto loon"]),
                gross + total_ded,
                kind="subtotal",
            )
        )
    if plus:
        if sections:
            rows.append(_GovRow(rng.choice(["Vergoedingen", "Netto vergoedingen"]), kind="section"))
        for ln in plus:
            label = ln.label
            if label == "Reiskostenvergoeding":
                label = rng.choice(
                    ["Reiskostenvergoeding", "Tegemoetkoming woon-werkverkeer", "Reiskosten"]
                )
            rows.append(_GovRow(label, ln.amount, code="7010"))
    rows.append(
        _GovRow(
            rng.choice(["Te betalen", "Netto te betalen", "Uit te betalen"]),
            p.net_pay,
            field="net_pay",
            kind="total",
            cum=False,
        )
    )

    # table header
    c.rect(15, y - 4, 180, 5.5, stroke=0, fill=bar)
    if codes:
        c.text(17, y, "Code", font=bold, size=size, color=ink)
    c.text(dx, y, "Omschrijving", font=bold, size=size, color=ink)
    c.text(
        gx,
        y,
        rng.choice(["Grondslag", "Eenheden", "Aantal/grondslag"]),
        font=bold,
        size=size,
        align="right",
        color=ink,
    )
    c.text(
        ax,
        y,
        rng.choice(["Bedrag", "Periode", "Deze periode"]),
        font=bold,
        size=size,
        align="right",
        color=ink,
    )
    if with_cum:
        c.text(
            cx,
            y,
            rng.choice(["Cumulatief", "Cum. t/m periode", "Totaal dit jaar"]),
            font=bold,
            size=size,
            align="right",
            color=ink,
        )
    y += lh + 1.5
    minus_w = c.width("-", font, size)
    prev_kind = ""
    for r in rows:
        ruled = r.kind in ("subtotal", "total") and prev_kind not in ("subtotal", "section")
        prev_kind = r.kind
        if r.kind == "section":
            y += 1
            c.text(17, y, r.label, font=bold, size=size, color=ink)
            c.line(17, y + 1, 60, y + 1, width=0.3, color=_grey(0.5))
            y += lh
            continue
        if ruled:
            c.line(ax - 22, y - lh + 0.9, ax, y - lh + 0.9, width=0.4)
        f = bold if r.kind in ("subtotal", "total") else font
        s = size + 1 if r.kind == "total" else size
        if codes and r.code:
            c.text(17, y, r.code, font=font, size=size)
        c.text(dx, y, r.label, font=f, size=s)
        if r.basis:
            c.text(
                gx,
                y,
                r.basis,
                font=font,
                size=size,
                align="right",
                field=r.basis_field,
                value=money_norm(p.hours_worked) if r.basis_field else None,
            )
        if r.amount is not None:
            shown = _signed(r.amount, neg, thousands)
            if r.kind == "total" and rng.random() < 0.5:
                shown = f"€ {shown}"
            xr = ax - (minus_w if neg == "trailing" and r.amount >= 0 else 0)
            c.text(
                xr,
                y,
                shown,
                font=f,
                size=s,
                align="right",
                field=r.field,
                value=money_norm(abs(r.amount)) if r.field else None,
            )
            if with_cum and r.cum:
                cum = cumulative(abs(r.amount))
                cum = cum if r.amount >= 0 else -cum
                xc = cx - (minus_w if neg == "trailing" and cum >= 0 else 0)
                c.text(xc, y, _signed(cum, neg, thousands), font=font, size=size, align="right")
        if r.kind == "total":
            c.line(ax - 22, y + 1.2, ax, y + 1.2, width=0.4)
            c.line(ax - 22, y + 1.8, ax, y + 1.8, width=0.4)
            y += 1
        y += lh
    y += 3

    # payment ------------------------------------------------------------------------------------
    printed = p.account.iban_printed if rng.random() < 0.6 else p.account.iban
    pay_date = date_nl(p.payment_date, "dash")
    if iban_place == "sentence":
        parts = _parts(
            c,
            15,
            y,
            [f"Het nettobedrag wordt op {pay_date} overgemaakt naar rekening", printed],
            font=font,
            size=size,
        )
        c.mark("employee_iban", p.account.iban, parts[1], printed)
        y += lh + 2
    elif iban_place == "line":
        parts = _parts(c, 15, y, ["Betaalwijze: bank", "IBAN:", printed], font=font, size=size)
        c.mark("employee_iban", p.account.iban, parts[2], printed)
        y += lh + 2
    elif rng.random() < 0.5:
        c.text(15, y, f"Betaalwijze: bank   Betaaldatum: {pay_date}", font=font, size=size)
        y += lh + 2

    # cumulatives and notices --------------------------------------------------------------------
    ex = _extras(p)
    if not with_cum and rng.random() < 0.75:
        y += 2
        c.text(
            15,
            y,
            rng.choice(["Cumulatieven t/m deze periode", "Cumulatieven", "Jaartotalen"]),
            font=bold,
            size=size,
            color=ink,
        )
        y += lh + 1.5
        pairs = [
            ("Loon loonheffing", ex["fiscaal"]),
            ("Ingehouden loonheffing", tax),
            ("Vakantietoelage (opbouw)", ex["vakantiegeld"]),
            ("Heffingskorting", ex["heffingskorting"]),
        ]
        if ex["pension"]:
            pairs.insert(2, ("Pensioenpremie", -ex["pension"]))
        if rng.random() < 0.6:
            pairs.append(
                (
                    rng.choice(["Eindejaarsuitkering (opbouw)", "IKB-budget (opbouw)"]),
                    money(gross * Decimal("0.083")),
                )
            )
        half = (len(pairs) + 1) // 2
        c.rect(15, y - 3.5, 180, half * lh + 2, stroke=0.3, color=_grey(0.5))
        for i, (label, value) in enumerate(pairs):
            col, row = divmod(i, half)
            xl = 17 + col * 90
            yy = y + row * lh
            c.text(xl, yy, label, font=font, size=size)
            c.text(
                xl + 84,
                yy,
                amount_nl(cumulative(value), thousands=thousands),
                font=font,
                size=size,
                align="right",
            )
        y += half * lh + 4
    if rng.random() < 0.5:
        y += 2
        notes = rng.sample(
            [
                "De vakantietoelage wordt in mei uitbetaald.",
                "Per 1 januari zijn de tabellen voor de loonheffing gewijzigd.",
                "Wijzigingen in uw persoonlijke gegevens kunt u doorgeven via de personeelsportal.",
                "Bewaar deze specificatie bij uw administratie.",
                "De eindejaarsuitkering wordt in december uitbetaald.",
            ],
            rng.randint(1, 2),
        )
        c.rect(15, y - 3.5, 180, (len(notes) + 1) * lh + 2, stroke=0.3, color=_grey(0.5))
        c.text(17, y, "Mededelingen", font=bold, size=size, color=ink)
        for i, note in enumerate(notes):
            c.text(17, y + (i + 1) * lh, note, font=font, size=size)

    c.text(
        15,
        284,
        f"Loonheffingennummer {p.job.employer.tax_number}",
        font=font,
        size=6.5,
        color=_grey(0.35),
    )
    if rng.random() < 0.5:
        c.text(
            195,
            284,
            "Vragen? Neem contact op met de salarisadministratie.",
            font=font,
            size=6.5,
            align="right",
            color=_grey(0.35),
        )
