"""Further payslip layouts (dev: used for tuning), modelled on real Dutch documents.

- `payslip.small_business`: the 'Salarisstrook' a small employer (a bakery, a cleaning company, a
  café) prints from a simple payroll program or gets from its administratiekantoor: the employer
  as a letterhead, in a small header line or under the office's letterhead; employee data in two
  label/value columns; the period in one of the common forms; an Omschrijving / Aantal / Tarief /
  Bedrag or an Omschrijving / Uren / Betaling / Inhouding table; 'Netto loon' / 'Uit te betalen'
  and the IBAN it is paid into; reservations, employer costs and year totals as notes.
- `payslip.ledger_columns`: the wide 'horizontal' salary specification of a payroll bureau: a row
  of key facts (Werkgever, Werknemer, Periode, Afdeling) and a row of personal and fiscal facts,
  side-by-side Loon / Inhoudingen / Vergoedingen / Cumulatieven blocks (in one row, two by two, or
  three blocks each with a period and a year-to-date column), a Tabelloon / Bijzonder tarief /
  Fiscaal loon / Loon SV line and the net pay with its payout at the bottom right.

The payslip data carries no home address of the employee, so neither layout prints one.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from synth.canvas import DocCanvas
from synth.fmt import amount_nl, date_nl, money_norm
from synth.layouts.base import layout
from synth.layouts.payslip import _extras, _grey, _mark_period, _period_index
from synth.layouts.payslip_more import (
    _DEPARTMENTS,
    _PENSION_FUNDS,
    _cumulatives,
    _fit,
    _function,
    _hourly_rate,
    _Item,
    _keyword,
    _mark_item,
    _parts,
    _pension_pct,
    _rate_text,
    _year,
)
from synth.people import MONTHS_NL, Payslip, money

Rgb = tuple[float, float, float]

# administratiekantoren that run the payroll of small employers (name, city)
_OFFICES = [
    ("Administratiekantoor De Boer", "Zwolle"),
    ("Boekhoudbureau Van Leeuwen", "Amersfoort"),
    ("Salarisadministratie Bakker & Partners", "Utrecht"),
    ("Accountantskantoor Hendriks", "Tilburg"),
    ("Loonbureau Veenstra", "Leeuwarden"),
    ("Administratiekantoor Het Cijferhuis", "Deventer"),
    ("Salariskantoor Mulder", "Apeldoorn"),
]
# payroll bureaus that print the wide ledger specification
_BUREAUS = [
    "Salarisbureau Noord B.V.",
    "Payroll Service Midden",
    "Loonservice Oost",
    "HR & Salaris Groep",
    "Salarisverwerking De Linde",
]
# surcharges a small employer pays on top of the hourly wage, by a keyword of its name
_SURCHARGES = {
    "Bakkerij": ["Toeslag vroege uren", "Toeslag zaterdag"],
    "Horeca": ["Toeslag avond/weekend", "Toeslag feestdagen"],
    "Schoonmaak": ["Toeslag onregelmatig", "Toeslag vroege uren"],
    "Supermarkt": ["Toeslag zondag", "Toeslag avond"],
}
_SPECIAL_RATES = ["36,97", "37,56", "40,20", "49,50", "21,45"]


def _kvk(legal: str) -> str:
    """A KvK number that is the same for an employer on every document."""
    return f"{zlib.crc32(('kvk:' + legal).encode()) % 90_000_000 + 10_000_000}"


def _name(p: Payslip, style: str) -> str:
    person = p.person
    if style == "full":
        return person.full_name
    if style == "formal":
        return person.formal_name
    if style == "formal_upper":
        return person.formal_name.upper()
    if style == "surname_first":
        return f"{person.surname}, {person.initials}"
    return person.short_name


def _signed(value: Decimal, neg: str, thousands: bool) -> str:
    """minus `-97,18`, trailing `97,18-`, minus_slash `-/- 97,18`; positives plain."""
    body = amount_nl(value, thousands=thousands)
    if value >= 0:
        return body
    if neg == "trailing":
        return f"{body}-"
    if neg == "minus_slash":
        return f"-/- {body}"
    return f"-{body}"


def _pension_label(p: Payslip, rng: random.Random) -> str:
    fund = _PENSION_FUNDS.get(_keyword(p.job.employer.name, _PENSION_FUNDS) or "", "")
    options = ["Pensioenpremie", "Pensioenpremie WN", "Premie pensioen"]
    if fund:
        options.append(f"Pensioenpremie {fund}")
    return rng.choice(options)


def _travel_label(rng: random.Random) -> str:
    return rng.choice(
        ["Reiskosten", "Reiskostenvergoeding", "Km-vergoeding woon-werk", "Reiskosten onbelast"]
    )


def _leave_hours(p: Payslip, rng: random.Random) -> Decimal:
    """A leave balance in hours that is never the period's hours."""
    value = Decimal(rng.randint(12, 190)) + Decimal(rng.choice(["0", "0.5", "0.25", "0.75"]))
    return value + 1 if value == p.hours_worked else value


def _split(p: Payslip, rng: random.Random, chance: float) -> tuple[Decimal, str]:
    """A surcharge taken out of the gross (amount, label), or (0, '')."""
    if rng.random() >= chance or p.gross_pay < 300:
        return Decimal(0), ""
    key = _keyword(p.job.employer.name, _SURCHARGES)
    label = rng.choice(
        _SURCHARGES[key] if key else ["Toeslag onregelmatige uren", "Toeslag zaterdag"]
    )
    return money(p.gross_pay * Decimal(str(round(rng.uniform(0.03, 0.09), 3)))), label


# --- payslip.small_business: a small employer's salarisstrook ---------------------------------


def _sb_period(p: Payslip, rng: random.Random) -> tuple[list[str], int, bool]:
    """The period as printed in parts, the index of the part that is its evidence, and whether it
    states (or implies) calendar dates. A four-weekly slip never prints a month, a monthly one
    never a period number."""
    assert p.period_start is not None and p.period_end is not None
    start, end, year = p.period_start, p.period_end, _year(p)
    ds = rng.choice(["dash", "dash", "dot"])
    d1, d2 = date_nl(start, ds), date_nl(end, ds)
    if p.period_number is not None:
        n = p.period_number
        v = rng.randrange(4)
        if v == 0:
            return [f"Periode {n} (4 weken) {d1} t/m {d2}"], 0, True
        if v == 1:
            return [f"Periode {n} - {year}"], 0, False
        if v == 2:
            return ["Tijdvak", f"{d1} t/m {d2}", f"(periode {n}, 4 weken)"], 1, True
        return ["Loonperiode:", f"periode {n} / {year}"], 1, False
    month = MONTHS_NL[start.month - 1]
    v = rng.randrange(4)
    if v == 0:
        return ["Periode:", f"{month} {year}"], 1, True
    if v == 1:
        return ["Periode", f"{start.month:02d}-{year}"], 1, True
    if v == 2:
        return ["Tijdvak", f"{d1} t/m {d2}"], 1, True
    return ["Loonperiode:", f"{month.capitalize()} {year}"], 1, True


_SB_FONTS = [
    ("Helvetica", "Helvetica-Bold"),
    ("LiberationSans", "LiberationSans-Bold"),
    ("DejaVuSans", "DejaVuSans-Bold"),
    ("FreeSans", "FreeSans-Bold"),
    ("Courier", "Courier-Bold"),
    ("LiberationSerif", "LiberationSerif-Bold"),
]


@dataclass(slots=True)
class _SbRow:
    label: str
    amount: Decimal | None = None  # signed: deductions negative
    qty: str = ""
    rate: str = ""
    field: str | None = None  # gross_pay / wage_tax / net_pay on the amount
    qty_field: str | None = None  # hours_worked on the quantity
    kind: str = "row"  # row, subtotal, total


@layout("payslip", "small_business")
def small_business(c: DocCanvas, p: Payslip, rng: random.Random) -> None:
    """Employer on top (letterhead, small header line or under an administratiekantoor), two
    columns of employee data, the period on its own line or in the data, a Bedrag or a
    Betaling / Inhouding table, net pay, payout IBAN, reservations and notes."""
    font, bold = rng.choice(_SB_FONTS)
    mono = font == "Courier"
    size = rng.choice([8.0, 8.5, 9.0]) if mono else rng.choice([8.5, 9.0, 9.5])
    lh = size * 0.5 + rng.uniform(0.5, 1.0)
    left = rng.uniform(14, 22)
    right = 210 - rng.uniform(14, 20)
    width = right - left
    ink: Rgb = rng.choice([(0, 0, 0), (0, 0, 0), (0.1, 0.2, 0.45), (0.35, 0.15, 0.1)])
    light: Rgb = rng.choice([_grey(0.9), (0.9, 0.93, 0.97), (0.93, 0.95, 0.9)])
    grey = _grey(rng.choice([0.25, 0.35, 0.45]))
    label_c: Rgb = rng.choice([(0, 0, 0), grey])
    legal = p.job.employer.name
    e = p.job.employer.address
    tax_no = p.job.employer.tax_number
    four = p.period_number is not None
    ex = _extras(p)
    cumulative = _cumulatives(p, rng)
    thousands = rng.random() < 0.75
    neg = rng.choice(["minus", "trailing", "minus_slash"])
    office = rng.choice(_OFFICES)
    gross, tax, hours = p.gross_pay, p.wage_tax, p.hours_worked

    # header ------------------------------------------------------------------------------------
    head = rng.choice(["letterhead", "letterhead", "smallline", "office"])
    title = rng.choice(
        ["Salarisstrook", "Loonstrook", "SALARISSTROOK", "LOONSTROOK", "Loonspecificatie"]
    )
    y = rng.uniform(14, 20)
    tax_printed = False
    if head == "letterhead":
        esize = _fit(legal, bold, rng.choice([12.0, 13.0, 14.0]), width * 0.56)
        c.text(left, y, legal, font=bold, size=esize, color=ink, field="employer_name", value=legal)
        tsize = _fit(title, bold, rng.choice([12.0, 13.0, 14.0]), width * 0.36)
        c.text(right, y, title, font=bold, size=tsize, align="right", color=ink)
        ay = y + 5
        addr = [f"{e.street} {e.house_number}", f"{e.postcode_printed}  {e.city}"]
        if rng.random() < 0.4:
            addr = [f"{e.street} {e.house_number}, {e.postcode_printed} {e.city}"]
        for line in addr:
            c.text(left, ay, line, font=font, size=8, color=grey)
            ay += 3.8
        ids = rng.random()
        if ids < 0.6:
            parts = [f"KvK {_kvk(legal)}"] if ids < 0.2 else []
            if ids >= 0.1:
                parts.append(f"{rng.choice(['Loonheffingennr.', 'Loonheffingennummer'])} {tax_no}")
                tax_printed = True
            c.text(left, ay, "   ".join(parts), font=font, size=7.5, color=grey)
            ay += 3.8
        y = ay + 5
    elif head == "smallline":
        parts = [legal, f"· {e.street} {e.house_number} · {e.postcode_printed} {e.city}"]
        if rng.random() < 0.5:
            parts.append(f"· KvK {_kvk(legal)}")
        hsz = _fit(" ".join(parts), font, 7.5, width)
        boxes = _parts(c, left, y, parts, font=font, size=hsz, color=grey)
        c.mark("employer_name", legal, boxes[0], legal)
        c.line(left, y + 1.8, right, y + 1.8, width=0.3, color=grey)
        y += 11
        c.text(left, y, title, font=bold, size=_fit(title, bold, 15, width), color=ink)
        y += 9
    else:  # the administratiekantoor's letterhead; the employer in the data block
        osize = _fit(office[0], bold, 10.5, width * 0.55)
        c.text(left, y, office[0], font=bold, size=osize, color=ink)
        sub = rng.choice(["Salarisadministratie", "Administratie en advies", "Loonadministratie"])
        c.text(left, y + 4.5, f"{sub} · {office[1]}", font=font, size=7.5, color=grey)
        tsize = _fit(title, bold, 13, width * 0.38)
        c.text(right, y, title, font=bold, size=tsize, align="right", color=ink)
        y += 15

    # period line -------------------------------------------------------------------------------
    period_parts, pidx, dated = _sb_period(p, rng)
    period_place = rng.choice(["line", "line", "block"])
    if period_place == "block" and (len(period_parts) < 2 or len(period_parts[pidx]) > 28):
        period_place = "line"
    paid = date_nl(p.payment_date, rng.choice(["dash", "dash", "long"]))
    if period_place == "line":
        psz = _fit(" ".join(period_parts), bold, size + 1, width * 0.6)
        boxes = _parts(c, left, y, period_parts, font=bold, size=psz, color=ink)
        _mark_period(c, p, boxes[pidx], period_parts[pidx], dated)
        if rng.random() < 0.7:
            lead = rng.choice(["Betaaldatum", "Datum betaling", "Uitbetaling"])
            text = f"{lead}: {paid}"
            c.text(
                right, y, text, font=font, size=_fit(text, font, size, width * 0.36), align="right"
            )
        y += lh + 4

    # employee data in two columns ----------------------------------------------------------------
    split, split_label = _split(p, rng, 0.3)
    base = gross - split
    rate = _hourly_rate(base, hours)
    hours_mode = rng.choice(["rate", "rate", "row", "block", "none"])
    if hours_mode == "rate" and rate is None:
        hours_mode = rng.choice(["row", "block"])
    iban_place = rng.choices(["block", "payout", "both"], weights=[3, 4, 2])[0]
    printed_iban = p.account.iban_printed if rng.random() < 0.7 else p.account.iban

    name = _name(p, rng.choice(["short", "short", "full", "formal", "surname_first"]))
    first: list[_Item] = []
    if head == "office":
        first.append(_Item("Werkgever", legal, "employer_name", legal))
        if rng.random() < 0.5:
            first.append(_Item("Vestiging", e.city))
    first.append(
        _Item(rng.choice(["Naam", "Naam", "Werknemer", "Medewerker"]), name, "employee_name", name)
    )
    opt_left = [
        _Item(rng.choice(["Personeelsnummer", "Pers.nr.", "Personeelsnr."]), p.job.employee_number),
        _Item(
            rng.choice(["BSN/Sofinummer", "BSN", "Sofinummer", "Burgerservicenummer"]),
            p.person.bsn,
            "employee_bsn",
            p.person.bsn,
        ),
    ]
    if rng.random() < 0.6:
        opt_left.append(
            _Item(
                rng.choice(["Geboortedatum", "Geb.datum"]),
                date_nl(p.person.date_of_birth, rng.choice(["dash", "dash", "dot"])),
            )
        )
    rng.shuffle(opt_left)
    left_items = first + opt_left
    right_items: list[_Item] = []
    if period_place == "block":
        plabel = period_parts[0].rstrip(":") or "Periode"
        right_items.append(_Item(plabel, period_parts[pidx], "period"))
    opt_right: list[_Item] = []
    if rng.random() < 0.7:
        opt_right.append(_Item("Functie", _function(p, rng)))
    if rng.random() < 0.6:
        hired = p.payment_date - timedelta(days=rng.randint(120, 5000))
        opt_right.append(
            _Item(rng.choice(["Datum in dienst", "In dienst per", "In dienst"]), date_nl(hired))
        )
    if rng.random() < 0.8:
        yes = rng.random() < 0.85
        opt_right.append(
            _Item(
                rng.choice(["Loonheffingskorting", "Heffingskorting"]),
                rng.choice(["Ja", "ja", "J"] if yes else ["Nee", "nee", "N"]),
            )
        )
    if rate is not None and rate == rate.quantize(Decimal("0.01")) and rng.random() < 0.7:
        opt_right.append(_Item("Uurloon", f"€ {amount_nl(rate)}"))
    elif rng.random() < 0.5:
        opt_right.append(
            _Item(
                rng.choice(["Uren per week", "Contracturen", "Arbeidsduur"]),
                amount_nl(p.job.hours_per_week),
            )
        )
    if rng.random() < 0.35:
        opt_right.append(
            _Item(rng.choice(["Tabel", "Tabel LH"]), "Wit, " + ("4 weken" if four else "maand"))
        )
    if hours_mode == "block":
        opt_right.append(
            _Item(
                rng.choice(["Uren deze periode", "Gewerkte uren", "Uren"]),
                amount_nl(hours),
                "hours_worked",
                money_norm(hours),
            )
        )
    if iban_place == "block":
        opt_right.append(
            _Item(
                rng.choice(["IBAN", "Rekeningnummer", "Bankrekening"]),
                printed_iban,
                "employee_iban",
                p.account.iban,
            )
        )
    elif iban_place == "both":
        opt_right.append(_Item(rng.choice(["IBAN", "Rekeningnummer"]), printed_iban))
    rng.shuffle(opt_right)
    right_items += opt_right
    while len(right_items) > len(left_items) + 1:
        left_items.append(right_items.pop())
    while len(left_items) > len(right_items) + 2:
        movable = [it for it in left_items if it.kind not in ("employee_name", "employer_name")]
        right_items.append(movable[-1])
        left_items.remove(movable[-1])

    boxed = rng.random() < 0.5
    colon = "dots" if mono else rng.choice(["after", "column", "none"])
    heading = rng.random() < 0.3
    if heading:
        c.text(
            left,
            y,
            rng.choice(["Gegevens werknemer", "Werknemersgegevens", "Persoonsgegevens"]),
            font=bold,
            size=size,
            color=ink,
        )
        y += lh + 0.5
    rows_n = max(len(left_items), len(right_items))
    pad = 2.5 if boxed else 0.0
    top = y - size * 0.3528 - 1.5
    if boxed:
        c.rect(left, top, width, rows_n * lh + 2.5, stroke=0.4, color=grey)
        y += 1.5
    else:
        c.line(left, top, right, top, width=0.4, color=grey)
    mid = left + width / 2
    lsize = size - 0.5
    for items, x0, x1 in ((left_items, left + pad, mid - 2), (right_items, mid + 2, right - pad)):
        if not items:
            continue
        if colon == "dots":
            n = max(len(it.label) for it in items) + 2
            texts = [f"{it.label:.<{n}}:" for it in items]
        elif colon == "after":
            texts = [f"{it.label}:" for it in items]
        else:
            texts = [it.label for it in items]
        lw = max(c.width(t, font, lsize) for t in texts) + (4.0 if colon == "column" else 2.5)
        for i, (it, text) in enumerate(zip(items, texts, strict=True)):
            yy = y + i * lh
            c.text(x0, yy, text, font=font, size=lsize, color=label_c)
            if colon == "column":
                c.text(x0 + lw - 2, yy, ":", font=font, size=lsize, color=label_c)
            vx = x0 + lw
            vs = _fit(it.value, font, size, x1 - vx, min_size=5.0)
            vfont = bold if it.kind == "employee_name" and rng.random() < 0.3 else font
            vs = _fit(it.value, vfont, vs, x1 - vx, min_size=5.0)
            box = c.text(vx, yy, it.value, font=vfont, size=vs)
            _mark_item(c, p, it, box, dated)
    y += (rows_n - 1) * lh + (3.0 if boxed else 2.0)
    if not boxed:
        c.line(left, y, right, y, width=0.4, color=grey)
    y += 8

    # the table ---------------------------------------------------------------------------------
    cols = rng.choice(["bedrag", "betaling"])
    jit = rng.uniform(-3, 3)
    if cols == "bedrag":
        heads = [
            "Omschrijving",
            rng.choice(["Aantal", "Aantal", "Eenheden"]),
            rng.choice(["Tarief", "Tarief", "Waarde"]),
            rng.choice(["Bedrag", "Bedrag", "Totaal"]),
        ]
        xs = [left + width * 0.56 + jit, left + width * 0.75 + jit, right - 2]
    else:
        heads = [
            "Omschrijving",
            rng.choice(["Uren", "Aantal"]),
            rng.choice(["Betaling", "Betalingen"]),
            rng.choice(["Inhouding", "Inhoudingen"]),
        ]
        xs = [left + width * 0.52 + jit, left + width * 0.76 + jit, right - 2]
    plus = [ln for ln in p.other_lines if ln.amount > 0]
    minus = [ln for ln in p.other_lines if ln.amount < 0]
    gross_word = rng.choice(["Bruto loon", "Brutoloon", "Totaal bruto", "Loon in geld"])
    subtotal = bool(split) or rng.random() < 0.55
    rows: list[_SbRow] = []
    if hours_mode == "row":
        rows.append(
            _SbRow(
                rng.choice(["Gewerkte uren", "Uren gewerkt", "Aantal uren"]),
                qty=amount_nl(hours),
                qty_field="hours_worked",
            )
        )
    if hours_mode == "rate":
        assert rate is not None
        label = rng.choice(["Uurloon", "Uren normaal", "Gewerkte uren", "Loon uren"])
        if cols == "betaling" and rng.random() < 0.5:
            label = f"{label} à {_rate_text(rate)}"
        rows.append(
            _SbRow(
                label,
                base,
                qty=amount_nl(hours),
                rate=_rate_text(rate),
                qty_field="hours_worked",
                field=None if subtotal else "gross_pay",
            )
        )
    else:
        label = rng.choice(["Salaris", "Periodeloon" if four else "Maandloon", "Loon"])
        if not subtotal and rng.random() < 0.5:
            label = gross_word
        one = cols == "bedrag" and rng.random() < 0.5
        rows.append(
            _SbRow(
                label,
                base,
                qty="1,00" if one else "",
                rate=amount_nl(base, thousands=thousands) if one else "",
                field=None if subtotal else "gross_pay",
            )
        )
    if split:
        rows.append(_SbRow(split_label, split))
    if subtotal:
        rows.append(_SbRow(gross_word, gross, field="gross_pay", kind="subtotal"))
    for ln in minus:
        pct = _pension_pct(p, ln.amount) if ln.label == "Pensioenpremie" else None
        label = _pension_label(p, rng) if ln.label == "Pensioenpremie" else ln.label
        basis = amount_nl(gross, thousands=thousands) if pct and rng.random() < 0.5 else ""
        rows.append(_SbRow(label, ln.amount, qty=basis, rate=pct or ""))
    tax_label = rng.choice(
        [
            "Loonheffing",
            "Loonheffing",
            "Loonbelasting/premie vvz",
            "Loonheffing tabel",
            "Loonheffing (wit)",
            "Loonbelasting/premie volksverz.",
        ]
    )
    rows.append(_SbRow(tax_label, -tax, field="wage_tax"))
    deductions = -tax + sum((ln.amount for ln in minus), Decimal(0))
    if cols == "betaling" and rng.random() < 0.4:
        rows.append(_SbRow("Totaal inhoudingen", deductions, kind="subtotal"))
    net_wage = gross + deductions
    if plus:
        rows.append(
            _SbRow(rng.choice(["Netto loon", "Nettoloon", "Netto"]), net_wage, kind="subtotal")
        )
        for ln in plus:
            rows.append(_SbRow(_travel_label(rng), ln.amount))
        final = rng.choice(["Uit te betalen", "Netto uit te betalen", "Te betalen"])
    else:
        final = rng.choice(["Netto loon", "Uit te betalen", "Netto uit te betalen", "Nettoloon"])
    rows.append(_SbRow(final, p.net_pay, field="net_pay", kind="total"))

    filled = rng.random() < 0.5
    table_top = y - size * 0.3528 - 2
    if filled:
        c.rect(left, table_top, width, size * 0.3528 + 3.5, stroke=0, fill=light)
    c.text(left + 1.5, y, heads[0], font=bold, size=size)
    for x, h in zip(xs, heads[1:], strict=True):
        c.text(x, y, h, font=bold, size=size, align="right")
    if not filled:
        c.line(left, y + 1.6, right, y + 1.6, width=0.6, color=ink)
    y += lh + 2
    minus_w = c.width("-", font, size)
    double = rng.random() < 0.5
    euro = rng.random() < 0.4
    for r in rows:
        strong = r.kind in ("subtotal", "total")
        f = bold if strong else font
        s = size + 0.5 if r.kind == "total" else size
        if strong:
            if r.kind == "total":
                y += 1.5
            x_from = xs[1] - 20 if cols == "betaling" else xs[2] - 22
            c.line(x_from, y - s * 0.3528 - 1.3, right - 1, y - s * 0.3528 - 1.3, width=0.4)
        c.text(left + 1.5, y, r.label, font=f, size=s)
        if cols == "bedrag":
            if r.qty:
                c.text(
                    xs[0],
                    y,
                    r.qty,
                    font=font,
                    size=size,
                    align="right",
                    field=r.qty_field,
                    value=money_norm(hours) if r.qty_field else None,
                )
            if r.rate:
                c.text(xs[1], y, r.rate, font=font, size=size, align="right")
            if r.amount is not None:
                shown = _signed(r.amount, neg, thousands)
                if r.kind == "total" and euro:
                    shown = f"€ {shown}"
                xr = xs[2] - (minus_w if neg == "trailing" and r.amount >= 0 else 0)
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
        else:
            if r.qty_field:
                c.text(
                    xs[0],
                    y,
                    r.qty,
                    font=font,
                    size=size,
                    align="right",
                    field=r.qty_field,
                    value=money_norm(hours),
                )
            if r.amount is not None:
                shown = amount_nl(r.amount, thousands=thousands)
                if r.kind == "total" and euro:
                    shown = f"€ {shown}"
                c.text(
                    xs[1] if r.amount >= 0 else xs[2],
                    y,
                    shown,
                    font=f,
                    size=s,
                    align="right",
                    field=r.field,
                    value=money_norm(abs(r.amount)) if r.field else None,
                )
        if r.kind == "total" and double:
            x_from = xs[1] - 20 if cols == "betaling" else xs[2] - 22
            c.line(x_from, y + 1.3, right - 1, y + 1.3, width=0.4)
            c.line(x_from, y + 1.9, right - 1, y + 1.9, width=0.4)
        y += lh
    if rng.random() < 0.4:
        c.rect(left, table_top, width, y - table_top - lh + 3, stroke=0.4, color=grey)
    y += 4

    # payout ------------------------------------------------------------------------------------
    if iban_place in ("payout", "both"):
        lead = rng.choice(
            [
                "Overgemaakt naar",
                "Uitbetaald op rekening",
                "Betaald op IBAN",
                "Het nettoloon wordt overgemaakt op",
            ]
        )
        parts = [lead, printed_iban]
        if rng.random() < 0.3:
            parts.append(f"t.n.v. {p.person.short_name}")
        if rng.random() < 0.4:
            parts.append(f"op {paid}")
        psz = _fit(" ".join(parts), font, size, width)
        boxes = _parts(c, left + 1.5, y, parts, font=font, size=psz)
        c.mark("employee_iban", p.account.iban, boxes[1], printed_iban)
        y += lh + 3
    elif rng.random() < 0.5:
        c.text(left + 1.5, y, f"Betaalwijze: bank   Betaaldatum: {paid}", font=font, size=size)
        y += lh + 3

    # reservations, employer costs, year totals -------------------------------------------------
    notes_x = left + 1.5
    amount_x = left + width * 0.62
    small = size - 0.5

    def note(label: str, text: str) -> None:
        """One line of the notes block: a label and its figure right-aligned."""
        nonlocal y
        c.text(notes_x, y, label, font=font, size=small)
        c.text(amount_x, y, text, font=font, size=small, align="right")
        y += lh

    if rng.random() < 0.6:
        y += 3
        c.text(
            notes_x,
            y,
            rng.choice(["Reserveringen", "Opgebouwde reserveringen"]),
            font=bold,
            size=small,
            color=ink,
        )
        y += lh
        res = [
            (
                rng.choice(["Vakantiegeld reservering 8%", "Reservering vakantiegeld"]),
                ex["vakantiegeld"],
            ),
            (
                rng.choice(["Saldo vakantiegeld", "Opgebouwd vakantiegeld t/m deze periode"]),
                cumulative(ex["vakantiegeld"]),
            ),
        ]
        for label, value in res:
            note(label, amount_nl(value, thousands=thousands))
        if rng.random() < 0.5:
            note("Saldo verlofuren", amount_nl(_leave_hours(p, rng)))
    if rng.random() < 0.3:
        y += 3
        c.text(notes_x, y, "Werkgeverslasten (ter informatie)", font=bold, size=small, color=ink)
        y += lh
        costs = [
            ("Premie WW (werkgever)", money(ex["sv"] * Decimal("0.0274"))),
            ("Werkgeversheffing Zvw", money(ex["sv"] * Decimal("0.0651"))),
        ]
        if ex["pension"]:
            costs.append(("Pensioenpremie werkgeversdeel", money(-ex["pension"] * 2)))
        for label, value in costs:
            note(label, amount_nl(value, thousands=thousands))
    if rng.random() < 0.35:
        y += 3
        heads_c = [
            rng.choice(["Totaal dit jaar", "Cumulatief t/m deze periode", "Cumulatieven"]),
            gross_word,
            "Loonheffing",
            rng.choice(["Netto", "Uitbetaald"]),
        ]
        vals = [cumulative(gross), cumulative(tax), cumulative(p.net_pay)]
        c.text(notes_x, y + lh, heads_c[0], font=bold, size=small, color=ink)
        for i, (h, v) in enumerate(zip(heads_c[1:], vals, strict=True)):
            xr = left + width * (0.55 + 0.15 * i)
            c.text(xr, y, h, font=bold, size=small - 0.5, align="right")
            c.text(
                xr, y + lh, amount_nl(v, thousands=thousands), font=font, size=small, align="right"
            )
        y += 2 * lh

    # footer ------------------------------------------------------------------------------------
    foot = []
    if not tax_printed:
        foot.append(f"Loonheffingennummer {tax_no}")
    if head != "office" and rng.random() < 0.5:
        foot.append(f"Verzorgd door {office[0]}, {office[1]}")
    elif rng.random() < 0.5:
        foot.append("Bewaar deze loonstrook bij uw administratie.")
    if foot:
        text = "  ·  ".join(foot)
        c.text(left, 283, text, font=font, size=_fit(text, font, 7, width), color=grey)


# --- payslip.ledger_columns: a payroll bureau's wide specification ----------------------------


def _ledger_period(p: Payslip, rng: random.Random) -> tuple[str, bool]:
    """The value of the 'Periode' cell and whether it states (or implies) calendar dates."""
    assert p.period_start is not None and p.period_end is not None
    start, end, year = p.period_start, p.period_end, _year(p)
    ds = rng.choice(["dash", "dash", "compact"])
    d1, d2 = date_nl(start, ds), date_nl(end, ds)
    if p.period_number is not None:
        n = p.period_number
        v = rng.randrange(4)
        if v == 0:
            return f"periode {n} / {year}", False
        if v == 1:
            return f"Periode {n} - {year}", False
        if v == 2:
            return f"{n} ({d1} t/m {d2})", True
        return f"Periode {n}: {d1} - {d2}", True
    v = rng.randrange(4)
    if v == 0:
        return f"{MONTHS_NL[start.month - 1]} {year}", True
    if v == 1:
        return f"{start.month:02d}-{year}", True
    if v == 2:
        return f"{d1} t/m {d2}", True
    return f"{MONTHS_NL[start.month - 1].capitalize()} {year}", True


_LEDGER_FONTS = [
    ("DejaVuSansCondensed", "DejaVuSans-Bold"),
    ("LiberationSansNarrow", "LiberationSans-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("LiberationSans", "LiberationSans-Bold"),
    ("FreeSans", "FreeSans-Bold"),
]


@dataclass(slots=True)
class _Cell:
    label: str
    value: str
    kind: str | None = None
    norm: object = None
    sub: str = ""


@dataclass(slots=True)
class _LRow:
    label: str
    amount: Decimal | None = None  # as the block shows it (sign included)
    cum: Decimal | None = None  # year-to-date, in the block's cumulative column
    qty: str = ""
    field: str | None = None
    qty_field: str | None = None
    bold: bool = False


@dataclass(slots=True)
class _Block:
    title: str
    rows: list[_LRow]
    qty_head: str = ""  # a quantity (hours) column when set
    amount_head: str = ""  # a heading over the amounts
    cum_head: str = ""  # a year-to-date column when set
    weight: float = 1.0


@dataclass(slots=True)
class _Style:
    font: str
    bold: str
    size: float
    lh: float
    bar: Rgb
    ink: Rgb
    label_c: Rgb
    neg: str
    thousands: bool


def _cells_row(
    c: DocCanvas,
    p: Payslip,
    cells: list[_Cell],
    widths: list[float],
    x: float,
    y: float,
    st: _Style,
    framed: bool,
    dated: bool,
) -> float:
    """One row of labelled cells (label above value, an optional sub line); returns y below."""
    subs = any(cl.sub for cl in cells)
    lines = 3 if subs else 2
    h = lines * st.lh + 2.2
    top = y - st.size * 0.3528 - 1.2
    if framed:
        for w in widths:
            c.rect(x, top, w, h, stroke=0.3, color=_grey(0.55))
            x += w
        x -= sum(widths)
    else:
        c.rect(x, top, sum(widths), st.size * 0.3528 + 2.2, stroke=0, fill=st.bar)
    for cl, w in zip(cells, widths, strict=True):
        inner = w - 3
        ls = _fit(cl.label, st.bold, st.size - 0.5, inner, min_size=4.5)
        c.text(x + 1.5, y, cl.label, font=st.bold, size=ls, color=st.label_c)
        vs = _fit(cl.value, st.font, st.size + 0.5, inner, min_size=4.5)
        box = c.text(x + 1.5, y + st.lh + 0.8, cl.value, font=st.font, size=vs)
        _mark_item(c, p, _Item(cl.label, cl.value, cl.kind, cl.norm), box, dated)
        if cl.sub:
            ss = _fit(cl.sub, st.font, st.size - 0.5, inner, min_size=4.5)
            c.text(x + 1.5, y + 2 * st.lh + 0.8, cl.sub, font=st.font, size=ss, color=_grey(0.3))
        x += w
    return top + h


def _flow_cells(
    c: DocCanvas,
    p: Payslip,
    cells: list[_Cell],
    x: float,
    y: float,
    width: float,
    st: _Style,
    framed: bool,
    dated: bool,
    gap: float = 2.5,
) -> float:
    """Lay cells out left to right, each as wide as its content, wrapping into rows of about
    equal fill that are stretched to the full width; returns y below the last row."""
    needs = [
        min(
            max(
                c.width(cl.label, st.bold, st.size - 0.5),
                c.width(cl.value, st.font, st.size + 0.5),
                c.width(cl.sub, st.font, st.size - 0.5),
            )
            + 3
            + gap,
            width,
        )
        for cl in cells
    ]

    def wrap(limit: float) -> list[list[tuple[_Cell, float]]]:
        rows: list[list[tuple[_Cell, float]]] = [[]]
        used = 0.0
        for cl, need in zip(cells, needs, strict=True):
            if rows[-1] and used + need > limit:
                rows.append([])
                used = 0.0
            rows[-1].append((cl, need))
            used += need
        return rows

    rows = wrap(width)
    if len(rows) > 1:  # no lone cell on a last row: fill the rows evenly
        even = wrap(min(width, sum(needs) / len(rows) * 1.12))
        if len(even) == len(rows):
            rows = even
    for row in rows:
        total = sum(w for _, w in row)
        widths = [w * width / total for _, w in row]
        y = _cells_row(c, p, [cl for cl, _ in row], widths, x, y, st, framed, dated)
        y += st.size * 0.3528 + (1.2 if framed else 2.5)
    return y


def _block_height(b: _Block, n_rows: int, st: _Style) -> float:
    heads = bool(b.qty_head or b.amount_head or b.cum_head)
    return (n_rows + (2 if heads else 1)) * st.lh + 3.0


def _draw_block(
    c: DocCanvas, p: Payslip, b: _Block, x: float, y: float, w: float, h: float, st: _Style
) -> None:
    """A titled block with label / [quantity] / amount / [cumulative] columns; y is the top."""
    font, bold, size, lh = st.font, st.bold, st.size, st.lh
    c.rect(x, y, w, lh + 1.2, stroke=0, fill=st.bar)
    c.rect(x, y, w, h, stroke=0.3, color=_grey(0.5))
    tsize = _fit(b.title, bold, size + 0.5, w - 3, min_size=4.5)
    c.text(x + 1.5, y + lh - 0.4, b.title, font=bold, size=tsize, color=st.ink)
    yy = y + 2 * lh + 0.6

    def fmt(v: Decimal | None) -> str:
        return "" if v is None else _signed(v, st.neg, st.thousands)

    minus_w = c.width("-", font, size)
    trail = minus_w if st.neg == "trailing" else 0.0
    hsize = size - 0.7
    end = x + w - 1.5
    cum_w = 0.0
    if b.cum_head:
        cum_w = max(
            [c.width(fmt(r.cum), font, size) + trail for r in b.rows if r.cum is not None]
            + [c.width(b.cum_head, bold, hsize)]
        )
    amt_r = end - (cum_w + 2.5 if b.cum_head else 0.0)
    amt_w = max(
        [c.width(fmt(r.amount), bold, size) + trail for r in b.rows if r.amount is not None]
        + [c.width(b.amount_head, bold, hsize), 8.0]
    )
    qty_r = amt_r - amt_w - 2.0
    qty_w = 0.0
    if b.qty_head:
        qty_w = max(
            [c.width(r.qty, font, size) for r in b.rows if r.qty]
            + [c.width(b.qty_head, bold, hsize)]
        )
    label_end = (qty_r - qty_w if b.qty_head else amt_r - amt_w) - 1.5
    if b.qty_head or b.amount_head or b.cum_head:
        for head, xr in ((b.qty_head, qty_r), (b.amount_head, amt_r), (b.cum_head, end)):
            if head:
                c.text(xr, yy, head, font=bold, size=hsize, align="right", color=_grey(0.3))
        yy += lh
    for r in b.rows:
        f = bold if r.bold else font
        if r.bold and r.amount is not None:
            ly = yy - size * 0.3528 - 0.6
            c.line(amt_r - amt_w, ly, amt_r, ly, width=0.3)
            if b.cum_head:
                c.line(end - cum_w, ly, end, ly, width=0.3)
        label = r.label
        room = (label_end if r.amount is not None or r.qty else end) - x - 1.5
        ls = _fit(label, f, size, room, min_size=size - 1)
        while c.width(label, f, ls) > room and " " in label:  # payroll programs cut labels
            label = label.rsplit(" ", 1)[0]
        while c.width(label, f, ls) > room and len(label) > 4:
            label = label[:-2] + "."
        c.text(x + 1.5, yy, label, font=f, size=ls)
        if r.qty:
            c.text(
                qty_r,
                yy,
                r.qty,
                font=font,
                size=size,
                align="right",
                field=r.qty_field,
                value=money_norm(p.hours_worked) if r.qty_field else None,
            )
        if r.amount is not None:
            c.text(
                amt_r - (trail if r.amount >= 0 else 0.0),
                yy,
                fmt(r.amount),
                font=f,
                size=size,
                align="right",
                field=r.field,
                value=money_norm(abs(r.amount)) if r.field else None,
            )
        if b.cum_head and r.cum is not None:
            c.text(
                end - (trail if r.cum >= 0 else 0.0),
                yy,
                fmt(r.cum),
                font=font,
                size=size,
                align="right",
                color=_grey(0.2),
            )
        yy += lh


@layout("payslip", "ledger_columns")
def ledger_columns(c: DocCanvas, p: Payslip, rng: random.Random) -> None:
    """Key facts across the top, side-by-side Loon / Inhoudingen / Vergoedingen / Cumulatieven
    blocks (one row, two by two, or three blocks with period and year-to-date columns), a line
    of wage bases and the net pay with its payout at the bottom right."""
    font, bold = rng.choice(_LEDGER_FONTS)
    size = rng.choice([6.5, 7.0, 7.5, 8.0, 8.5])
    st = _Style(
        font=font,
        bold=bold,
        size=size,
        lh=size * 0.42 + rng.uniform(0.5, 0.8),
        bar=rng.choice([_grey(0.87), (0.85, 0.9, 0.96), (0.9, 0.94, 0.88), (0.96, 0.92, 0.84)]),
        ink=rng.choice([(0.0, 0.0, 0.0), (0.05, 0.15, 0.4), (0.3, 0.1, 0.1)]),
        label_c=rng.choice([_grey(0.0), _grey(0.3), (0.05, 0.15, 0.4)]),
        neg=rng.choice(["unsigned", "unsigned", "minus", "trailing"]),
        thousands=rng.random() < 0.7,
    )
    lh = st.lh
    left = rng.uniform(10, 16)
    right = 210 - rng.uniform(10, 16)
    width = right - left
    cumulative = _cumulatives(p, rng)
    ex = _extras(p)
    legal = p.job.employer.name
    e = p.job.employer.address
    four = p.period_number is not None
    gross, tax, hours = p.gross_pay, p.wage_tax, p.hours_worked
    plus = [ln for ln in p.other_lines if ln.amount > 0]
    minus = [ln for ln in p.other_lines if ln.amount < 0]
    plus_total = sum((ln.amount for ln in plus), Decimal(0))
    deductions = tax - sum((ln.amount for ln in minus), Decimal(0))  # positive
    net_wage = gross - deductions
    paid = date_nl(p.payment_date, "dash")

    # title line ----------------------------------------------------------------------------------
    y = rng.uniform(12, 17)
    title = rng.choice(
        ["SALARISSPECIFICATIE", "Salarisspecificatie", "Loonspecificatie", "LOONSTROOK"]
    )
    c.text(left, y, title, font=bold, size=size + 4.5, color=st.ink)
    made = date_nl(p.payment_date - timedelta(days=rng.randint(2, 7)), "dash")
    meta = rng.choice(
        [
            f"Verwerkingsdatum {made} | Blad 1 van 1",
            f"Datum {made} · Pagina 1/1",
            f"{rng.choice(_BUREAUS)} · verwerkt {made}",
        ]
    )
    c.text(right, y, meta, font=font, size=_fit(meta, font, size, width * 0.5), align="right")
    y += 8

    # key facts across the top --------------------------------------------------------------------
    period, dated = _ledger_period(p, rng)
    name = _name(
        p, rng.choice(["formal", "formal", "short", "full", "surname_first", "formal_upper"])
    )
    subs = rng.random() < 0.7
    emp_sub = rng.choice(
        [
            f"{e.street} {e.house_number}, {e.postcode_printed} {e.city}",
            f"{e.postcode_printed} {e.city}",
        ]
    )
    dept = rng.choice(_DEPARTMENTS)
    top_cells = [
        _Cell("Werkgever", legal, "employer_name", legal, emp_sub if subs else ""),
        _Cell(
            rng.choice(["Werknemer", "Naam werknemer", "Medewerker"]),
            name,
            "employee_name",
            name,
            f"Pers.nr. {p.job.employee_number}" if subs else "",
        ),
        _Cell(
            rng.choice(["Periode", "Loonperiode", "Tijdvak"]),
            period,
            "period",
            None,
            (f"Betaaldatum {paid}" if rng.random() < 0.6 else ("4 weken" if four else "Maand"))
            if subs
            else "",
        ),
        _Cell(
            rng.choice(["Afdeling", "Afdeling", "Kostenplaats"]),
            dept,
            None,
            None,
            rng.choice([f"Kpl. {rng.randint(100, 999)}", _function(p, rng)]) if subs else "",
        ),
    ]
    weights = [1.25, 1.3, 1.1, 0.75]
    widths = [wt * width / sum(weights) for wt in weights]
    framed = rng.random() < 0.5
    y = _cells_row(c, p, top_cells, widths, left, y, st, framed, dated)
    y += size * 0.3528 + 2.5

    # personal and fiscal facts -------------------------------------------------------------------
    hours_mode = rng.choice(["loon", "loon", "facts", "none"])
    iban_place = rng.choices(["facts", "payout", "both"], weights=[3, 4, 2])[0]
    printed_iban = p.account.iban_printed if rng.random() < 0.6 else p.account.iban
    facts: list[_Cell] = [
        _Cell(
            rng.choice(["BSN", "BSN/Sofinr.", "Burgerservicenr."]),
            p.person.bsn,
            "employee_bsn",
            p.person.bsn,
        )
    ]
    if not subs and rng.random() < 0.7:
        facts.append(_Cell(rng.choice(["Pers.nr.", "Personeelsnr."]), p.job.employee_number))
    optional = [
        _Cell("Geb.datum", date_nl(p.person.date_of_birth, "dash")),
        _Cell(
            rng.choice(["In dienst", "Datum in dienst"]),
            date_nl(p.payment_date - timedelta(days=rng.randint(150, 6000)), "dash"),
        ),
        _Cell("Functie", _function(p, rng)),
        _Cell(rng.choice(["Uren p/w", "Contracturen"]), amount_nl(p.job.hours_per_week)),
        _Cell(
            rng.choice(["Parttime %", "Deeltijd %"]),
            f"{p.job.hours_per_week / Decimal(rng.choice([36, 38, 40])) * 100:.2f}".replace(
                ".", ","
            ),
        ),
        _Cell(
            rng.choice(["LH-korting", "Loonh.korting", "Heffingskorting"]),
            rng.choice(["Ja", "J", "ja"]),
        ),
        _Cell(rng.choice(["Tabel", "Tabelsoort"]), "Wit " + ("4-wk" if four else "mnd")),
    ]
    facts += rng.sample(optional, rng.randint(3, len(optional)))
    if hours_mode == "facts":
        facts.append(
            _Cell(
                rng.choice(["Uren periode", "Gewerkte uren", "Uren"]),
                amount_nl(hours),
                "hours_worked",
                money_norm(hours),
            )
        )
    if iban_place == "facts":
        facts.append(
            _Cell(
                rng.choice(["IBAN", "Rekeningnr."]), printed_iban, "employee_iban", p.account.iban
            )
        )
    elif iban_place == "both":
        facts.append(_Cell("IBAN", printed_iban))
    first, rest = facts[0], facts[1:]
    rng.shuffle(rest)
    facts = [first, *rest] if rng.random() < 0.6 else [*rest, first]
    y = _flow_cells(c, p, facts, left, y, width, st, framed, dated)
    y += 2.5

    # the blocks ------------------------------------------------------------------------------------
    mode = rng.choice(["row4", "grid", "cols3"])
    with_cum = mode == "cols3"
    unsigned = st.neg == "unsigned"
    split, split_label = _split(p, rng, 0.35)
    base = gross - split
    rate = _hourly_rate(base, hours)
    gross_word = rng.choice(["Totaal bruto", "Bruto loon", "Brutoloon", "Loon in geld"])
    subtotal = bool(split) or rng.random() < 0.6

    def cum(v: Decimal) -> Decimal | None:
        return (cumulative(v) if v >= 0 else -cumulative(-v)) if with_cum else None

    loon: list[_LRow] = []
    if hours_mode == "loon":
        label = rng.choice(["Uurloon", "Uren normaal", "Gewerkte uren"])
        if rate is not None and rng.random() < 0.5:
            label = f"{label} à {_rate_text(rate)}"
        loon.append(
            _LRow(
                label,
                base,
                cum(base),
                qty=amount_nl(hours),
                qty_field="hours_worked",
                field=None if subtotal else "gross_pay",
            )
        )
    else:
        label = rng.choice(["Salaris", "Periodesalaris" if four else "Maandsalaris", "Basisloon"])
        if not subtotal and rng.random() < 0.5:
            label = gross_word
        loon.append(_LRow(label, base, cum(base), field=None if subtotal else "gross_pay"))
    if split:
        loon.append(_LRow(split_label, split, cum(split)))
    if subtotal:
        loon.append(_LRow(gross_word, gross, cum(gross), field="gross_pay", bold=True))

    def ded(v: Decimal) -> Decimal:
        return v if unsigned else -v

    inh: list[_LRow] = []
    for ln in minus:
        label = _pension_label(p, rng) if ln.label == "Pensioenpremie" else ln.label
        inh.append(_LRow(label, ded(-ln.amount), cum(ded(-ln.amount))))
    tax_label = rng.choice(
        ["Loonheffing", "Loonheffing tabel", "Loonbelasting/premie vvz", "Loonheffing wit"]
    )
    inh.append(_LRow(tax_label, ded(tax), cum(ded(tax)), field="wage_tax"))
    if len(inh) > 1 or rng.random() < 0.5:
        inh.append(_LRow("Totaal inhoudingen", ded(deductions), cum(ded(deductions)), bold=True))

    verg: list[_LRow] = []
    for ln in plus:
        verg.append(_LRow(_travel_label(rng), ln.amount, cum(ln.amount)))
    if plus and rng.random() < 0.5:
        verg.append(_LRow("Totaal vergoedingen", plus_total, cum(plus_total), bold=True))
    if not plus:
        verg.append(_LRow(rng.choice(["Geen vergoedingen", "Geen"])))

    titles = {
        "loon": rng.choice(["Loon", "Bruto loon", "Betalingen"]),
        "inh": rng.choice(["Inhoudingen", "Inhoudingen", "Inhoudingen en premies"]),
        "verg": rng.choice(["Vergoedingen", "Vergoedingen", "Netto vergoedingen"]),
    }
    qty_head = rng.choice(["Uren", "Aantal"]) if hours_mode == "loon" else ""
    blocks: list[_Block] = []
    if with_cum:
        ahead = rng.choice(["Periode", "Deze periode", "Bedrag"])
        chead = rng.choice(
            ["Cumulatief", "Totaal dit jaar", "Cum. t/m periode", f"T/m per. {_period_index(p)}"]
        )
        blocks.append(_Block(titles["loon"], loon, qty_head, ahead, chead, 1.4))
        blocks.append(_Block(titles["inh"], inh, "", ahead, chead, 1.15))
        if plus or rng.random() < 0.6:
            blocks.append(_Block(titles["verg"], verg, "", ahead, chead, 0.95))
    else:
        ahead = rng.choice(["", "", "Bedrag"]) if mode == "grid" else ""
        blocks.append(_Block(titles["loon"], loon, qty_head, ahead, "", 1.2))
        blocks.append(_Block(titles["inh"], inh, "", ahead, "", 1.05))
        if plus or mode == "grid" or rng.random() < 0.6:
            blocks.append(_Block(titles["verg"], verg, "", ahead, "", 0.9))
        cum_rows = [_LRow(gross_word, cumulative(gross))]
        if minus:
            cum_rows.append(_LRow("Pensioenpremie", cumulative(-sum(ln.amount for ln in minus))))
        cum_rows.append(
            _LRow(rng.choice(["Loonheffing", "Ingehouden loonheffing"]), cumulative(tax))
        )
        if rng.random() < 0.7:
            cum_rows.append(
                _LRow(rng.choice(["Fiscaal loon", "Loon LH"]), cumulative(ex["fiscaal"]))
            )
        if rng.random() < 0.5:
            cum_rows.append(_LRow("Loon SV", cumulative(ex["sv"])))
        if plus:
            cum_rows.append(_LRow("Vergoedingen", cumulative(plus_total)))
        if rng.random() < 0.6:
            cum_rows.append(_LRow(rng.choice(["Netto loon", "Uitbetaald"]), cumulative(p.net_pay)))
        ctitle = rng.choice(
            [
                "Cumulatief t/m deze periode",
                "Totaal dit jaar",
                "Cumulatieven t/m periode",
                f"Cumulatief {_year(p)}",
            ]
        )
        blocks.append(_Block(ctitle, cum_rows, "", ahead, "", 1.1))
    gap = 2.0
    grid = [blocks[:2], blocks[2:]] if mode == "grid" else [blocks]
    for row in grid:
        n_rows = max(len(b.rows) for b in row)
        h = max(_block_height(b, n_rows, st) for b in row)
        if mode == "grid":
            ws = [(width - gap) / 2] * len(row)
        else:
            total = sum(b.weight for b in row)
            ws = [b.weight * (width - gap * (len(row) - 1)) / total for b in row]
        x = left
        for b, w in zip(row, ws, strict=True):
            _draw_block(c, p, b, x, y, w, h, st)
            x += w + gap
        y += h + 3

    # wage bases ------------------------------------------------------------------------------------
    y += 2
    bases = [
        (
            rng.choice(["Tabelloon", "Loon tabel"]),
            amount_nl(ex["fiscaal"], thousands=st.thousands),
            ex["fiscaal"],
        ),
        (
            rng.choice(["Bijz. tarief", "Bijzonder tarief", "Perc. bijz. tarief"]),
            f"{rng.choice(_SPECIAL_RATES)}%",
            None,
        ),
        (
            rng.choice(["Fiscaal loon", "Loon LH"]),
            amount_nl(ex["fiscaal"], thousands=st.thousands),
            ex["fiscaal"],
        ),
        ("Loon SV", amount_nl(ex["sv"], thousands=st.thousands), ex["sv"]),
    ]
    if rng.random() < 0.5:
        bases.append(("Loon Zvw", amount_nl(ex["sv"], thousands=st.thousands), ex["sv"]))
    if rng.random() < 0.5:
        bases.append(
            (
                "Heffingskorting",
                amount_nl(ex["heffingskorting"], thousands=st.thousands),
                ex["heffingskorting"],
            )
        )
    if rng.random() < 0.3:
        bases.insert(2, ("Loon bijz. tarief", "0,00", None))
    base_cum = rng.random() < 0.45
    heading = rng.choice(["Grondslagen", "Fiscale gegevens", "Loongegevens"])
    head_w = max(24.0, c.width(heading, bold, size) + 4)
    col_w = (width - head_w) / len(bases)
    c.rect(left, y - size * 0.3528 - 1.2, width, size * 0.3528 + 2.2, stroke=0, fill=st.bar)
    c.text(left + 1.5, y, heading, font=bold, size=size, color=st.ink)
    for i, (label, _, _) in enumerate(bases):
        xr = left + head_w + (i + 1) * col_w - 1.5
        ls = _fit(label, bold, size - 0.5, col_w - 3, min_size=4.5)
        c.text(xr, y, label, font=bold, size=ls, align="right", color=st.label_c)
    y += lh + 0.8
    row_heads = ["Periode", rng.choice(["Cumulatief", "T/m deze periode", "Totaal dit jaar"])]
    for k in range(2 if base_cum else 1):
        if base_cum:
            c.text(left + 1.5, y, row_heads[k], font=font, size=size - 0.5, color=_grey(0.3))
        for i, (_, shown, value) in enumerate(bases):
            xr = left + head_w + (i + 1) * col_w - 1.5
            if k == 1:
                if value is None:
                    continue
                shown = amount_nl(cumulative(value), thousands=st.thousands)
            c.text(xr, y, shown, font=font, size=size, align="right")
        y += lh
    c.line(left, y - lh + 1.5, right, y - lh + 1.5, width=0.3, color=_grey(0.5))
    y += 5

    # net pay and payout at the bottom right -------------------------------------------------------
    nbw = rng.uniform(72, 86)
    nx = right - nbw
    net_rows: list[tuple[str, Decimal, str | None, bool]] = []
    final = rng.choice(["Uit te betalen", "Netto uit te betalen", "Te betalen", "Netto betaling"])
    if plus:
        net_rows.append((rng.choice(["Netto loon", "Nettoloon"]), net_wage, None, False))
        net_rows.append(
            (rng.choice(["Netto vergoedingen", "Vergoedingen"]), plus_total, None, False)
        )
        net_rows.append((final, p.net_pay, "net_pay", True))
    elif rng.random() < 0.5:
        net_rows.append((rng.choice(["Netto loon", "Nettoloon"]), p.net_pay, None, False))
        net_rows.append((final, p.net_pay, "net_pay", True))
    else:
        net_rows.append(
            (rng.choice(["Netto loon", "Nettoloon", final]), p.net_pay, "net_pay", True)
        )
    big = size + 1.5
    box_h = (len(net_rows) + 1) * (lh + 0.6) + 3.5
    box_top = y - size * 0.3528 - 2
    fill = rng.random() < 0.5
    c.rect(nx, box_top, nbw, box_h, stroke=0.6, color=st.ink, fill=st.bar if fill else None)
    yy = y + 0.5
    euro = rng.random() < 0.5
    for i, (label, value, fld, strong) in enumerate(net_rows):
        f = bold if strong else font
        s = big if strong else size
        if strong and i:
            yy += 0.8
            c.line(nx + nbw - 30, yy - s * 0.3528 - 1, right - 2, yy - s * 0.3528 - 1, width=0.4)
        shown = amount_nl(value, thousands=st.thousands)
        if strong and euro:
            shown = f"€ {shown}"
        c.text(nx + 2, yy, label, font=f, size=s)
        c.text(
            right - 2,
            yy,
            shown,
            font=f,
            size=s,
            align="right",
            field=fld,
            value=money_norm(value) if fld else None,
        )
        yy += lh + 0.6
    if iban_place in ("payout", "both"):
        lead = rng.choice(["Overgemaakt naar", "Betaald op", "Naar rekening", "IBAN"])
        parts = [lead, printed_iban]
        psz = _fit(" ".join(parts), font, size, nbw - 4, min_size=4.5)
        boxes = _parts(c, nx + 2, yy, parts, font=font, size=psz)
        c.mark("employee_iban", p.account.iban, boxes[1], printed_iban)
    else:
        text = f"Betaaldatum {paid} · per bank"
        c.text(nx + 2, yy, text, font=font, size=_fit(text, font, size, nbw - 4, min_size=4.5))

    # balances and notes at the bottom left ---------------------------------------------------------
    sx, sw = left, width - nbw - 6
    sy = y
    if rng.random() < 0.75:
        c.text(
            sx,
            sy,
            rng.choice(["Saldi en reserveringen", "Reserveringen", "Saldi"]),
            font=bold,
            size=size,
            color=st.ink,
        )
        sy += lh + 0.4
        saldi = [
            (
                rng.choice(["Res. vakantiegeld periode", "Vakantiegeld 8% deze periode"]),
                amount_nl(ex["vakantiegeld"], thousands=st.thousands),
            ),
            (
                rng.choice(["Res. vakantiegeld opgebouwd", "Opgebouwd vakantiegeld"]),
                amount_nl(cumulative(ex["vakantiegeld"]), thousands=st.thousands),
            ),
        ]
        if rng.random() < 0.7:
            saldi.append(
                (
                    rng.choice(["Verlof saldo (uren)", "Saldo verlofuren"]),
                    amount_nl(_leave_hours(p, rng)),
                )
            )
        for label, shown in saldi:
            ls = _fit(label, font, size, sw * 0.7 - 2, min_size=4.5)
            c.text(sx, sy, label, font=font, size=ls)
            c.text(sx + sw * 0.85, sy, shown, font=font, size=size, align="right")
            sy += lh
    if rng.random() < 0.4:
        sy += 2.5
        note = rng.choice(
            [
                "Vakantiegeld wordt in mei uitbetaald.",
                "Wijzigingen doorgeven aan de salarisadministratie.",
                "Per 1 januari zijn de loonheffingstabellen gewijzigd.",
            ]
        )
        c.text(sx, sy, "Mededelingen", font=bold, size=size, color=st.ink)
        c.text(sx, sy + lh, note, font=font, size=_fit(note, font, size, sw, min_size=4.5))

    # footer ----------------------------------------------------------------------------------------
    foot = (
        f"Loonheffingennummer {p.job.employer.tax_number}   KvK {_kvk(legal)}"
        if rng.random() < 0.5
        else f"Loonheffingennummer {p.job.employer.tax_number}"
    )
    c.line(left, 279, right, 279, width=0.3, color=_grey(0.6))
    c.text(left, 283, foot, font=font, size=6.5, color=_grey(0.35))
    if rng.random() < 0.5:
        c.text(right, 283, "Blad 1", font=font, size=6.5, align="right", color=_grey(0.35))
