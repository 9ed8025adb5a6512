"""Payslip layouts with conventions the other dev layouts do not print (dev: used for tuning),
modelled on real Dutch documents.

- `payslip.header_table`: a modern payroll package's slip whose facts stand in header tables:
  a shaded row of column headings ('Pers.nr. | Naam | Functie | Afdeling | In dienst') with the
  values in the row below. The employee is named in that table or only in a right-hand window
  address block ('Dhr. J. de Vries', 'Mw. J. DE VRIES', no label); the employer as a word mark
  next to a logo, only in a footer sentence with its KvK number, in a 'Werkgever' column or in a
  sender line above the window. The period reads 'mrt 2026', 'Verloningsperiode maart 2026',
  '1 t/m 31 maart 2026', '4-weken periode 4/2026', 'periode 4 van 13' or 'periode 4: 23 mrt 2026
  t/m 19 apr 2026'. The wage table has Bij / Af (or Betaling / Inhouding) columns, optionally
  grouped under 'Deze periode' with a second pair under 'Cumulatief' / 't/m deze periode'. Hours
  as the table's quantity, in the pay-run table or in an 'Uren' table with contract hours and a
  part-time percentage; the IBAN in a 'Betaalinstructie' table or in the employee table.
- `payslip.spreadsheet`: the loonstrook a small employer makes in a spreadsheet: a title cell,
  label/value cells with colons ('Werknemer:', 'Ontvanger:', 'T.a.v.', the staff number before
  or after the name: '10234 - J. de Vries', 'de Vries, J. (10234)'), the period as Excel prints a
  date ('mrt-26', '1-3-2026 t/m 31-3-2026', or 'van' and 't/m' in two cells; a four-weekly
  slip with its 'Periodenummer' beside the two cells, or undated '4-wekenperiode 4, 2026'), a
  gridded table with the euro sign in its own place at the left of an amount cell (accounting
  format), a 't/m deze periode' column, deductions signed or listed positive under
  'Inhoudingen:', and the employer in the title, in a 'Werkgever:' cell or in the footer. Some
  slips print only the contract hours and a part-time percentage: then the hours worked are not
  on the slip.

The payslip data carries no home address; the window address is the invented one of
`payslip_post._home` (the same for a person on every slip). Every CONTRACT field printed is
marked once, on exactly its words (titles, staff numbers and euro signs are not part of it).
When the period's start and end dates stand in two cells, each is marked on its own cell.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from synth.canvas import Box, DocCanvas
from synth.fmt import MONTHS_SHORT, amount_nl, date_nl, money_norm
from synth.layouts.base import layout
from synth.layouts.payslip import _extras, _grey, _mark_period, _period_index
from synth.layouts.payslip_extra import _kvk, _leave_hours, _split
from synth.layouts.payslip_more import (
    _DEPARTMENTS,
    _PENSION_FUNDS,
    _cumulatives,
    _fit,
    _function,
    _hourly_rate,
    _keyword,
    _parts,
    _pension_pct,
    _rate_text,
    _year,
)
from synth.layouts.payslip_post import _abbrev, _h, _home
from synth.layouts.payslip_provider import _lh_number, _rsin
from synth.people import MONTHS_NL, Payslip

Rgb = tuple[float, float, float]

# labels of rows that total other rows (a table's other rows add up to the net pay)
GROSS_TOTALS = ("Brutosalaris", "Totaal bruto", "Bruto loon")
DEDUCTION_TOTALS = ("Totaal inhoudingen",)
NET_WAGES = ("Netto loon", "Nettoloon")
FINALS = ("Netto te betalen", "Uit te betalen", "Netto uitbetaling", "Netto uit te betalen")
TOTAL_LABELS = frozenset(GROSS_TOTALS + DEDUCTION_TOTALS + NET_WAGES + FINALS)
_TAX_LABELS = [
    "Loonheffing",
    "Loonbelasting/premie volksverzekeringen",
    "Loonheffing tabel wit",
    "Ingehouden loonheffing",
]
_TRAVEL = ["Reiskosten woon-werk", "Reiskostenvergoeding (onbelast)", "Vergoeding reiskosten"]
_FONTS = [
    ("LiberationSans", "LiberationSans-Bold"),
    ("DejaVuSansCondensed", "DejaVuSans-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("FreeSans", "FreeSans-Bold"),
]
_ACCENTS: list[Rgb] = [(0.05, 0.3, 0.55), (0.0, 0.45, 0.45), (0.45, 0.2, 0.45), (0.25, 0.25, 0.3)]


# --- shared pieces -------------------------------------------------------------------------------


def _short_date(d: date) -> str:
    """The short date a spreadsheet prints: '1-3-2026' (no leading zeros)."""
    return f"{d.day}-{d.month}-{d.year}"


@dataclass(slots=True)
class _Line:
    """One row of a wage table; `amount` and `cum` are signed (deductions negative)."""

    label: str
    amount: Decimal | None = None
    qty: str = ""
    rate: str = ""
    field: str | None = None  # gross_pay / wage_tax / net_pay on the amount
    qty_field: bool = False  # hours_worked on the quantity
    kind: str = "row"  # row, subtotal, total
    cum: Decimal | None = None


def _wage_lines(
    p: Payslip, rng: random.Random, hours_in_table: bool, cumulative: Callable[[Decimal], Decimal]
) -> list[_Line]:
    """Salary (with the hours as its quantity when `hours_in_table`), a surcharge, the gross,
    pension and wage tax, the net wage and allowances, and the amount paid out."""
    gross, tax, hours = p.gross_pay, p.wage_tax, p.hours_worked
    four = p.period_number is not None

    def cum(v: Decimal) -> Decimal:
        return cumulative(v) if v >= 0 else -cumulative(-v)

    split, split_label = _split(p, rng, 0.3)
    base = gross - split
    rate = _hourly_rate(base, hours)
    subtotal = bool(split) or rng.random() < 0.5
    rows: list[_Line] = []
    if hours_in_table and rate is not None and rng.random() < 0.7:
        rows.append(
            _Line(
                rng.choice(["Uurloon", "Uren normaal", "Normale uren", "Gewerkte uren"]),
                base,
                qty=amount_nl(hours),
                rate=_rate_text(rate),
                field=None if subtotal else "gross_pay",
                qty_field=True,
                cum=cum(base),
            )
        )
    else:
        rows.append(
            _Line(
                rng.choice(["Salaris", "Periodesalaris" if four else "Maandsalaris", "Basisloon"]),
                base,
                qty=amount_nl(hours) if hours_in_table else "",
                field=None if subtotal else "gross_pay",
                qty_field=hours_in_table,
                cum=cum(base),
            )
        )
    if split:
        rows.append(_Line(split_label, split, cum=cum(split)))
    if subtotal:
        rows.append(
            _Line(
                rng.choice(GROSS_TOTALS), gross, field="gross_pay", kind="subtotal", cum=cum(gross)
            )
        )
    minus = [ln for ln in p.other_lines if ln.amount < 0]
    plus = [ln for ln in p.other_lines if ln.amount > 0]
    for ln in minus:
        if ln.label == "Pensioenpremie":
            fund = _PENSION_FUNDS.get(_keyword(p.job.employer.name, _PENSION_FUNDS) or "", "")
            options = ["Pensioenpremie werknemersdeel", "Pensioen WN-deel"]
            if fund:
                options.append(f"Premie {fund} (werknemer)")
            pct = _pension_pct(p, ln.amount)
            rows.append(_Line(rng.choice(options), ln.amount, rate=pct or "", cum=cum(ln.amount)))
        else:
            rows.append(_Line(ln.label, ln.amount, cum=cum(ln.amount)))
    rows.append(_Line(rng.choice(_TAX_LABELS), -tax, field="wage_tax", cum=cum(-tax)))
    deductions = -tax + sum((ln.amount for ln in minus), Decimal(0))
    if minus and rng.random() < 0.5:
        rows.append(_Line(DEDUCTION_TOTALS[0], deductions, kind="subtotal", cum=cum(deductions)))
    if plus:
        net_wage = gross + deductions
        rows.append(_Line(rng.choice(NET_WAGES), net_wage, kind="subtotal", cum=cum(net_wage)))
        for ln in plus:
            rows.append(_Line(rng.choice(_TRAVEL), ln.amount, cum=cum(ln.amount)))
    rows.append(
        _Line(rng.choice(FINALS), p.net_pay, field="net_pay", kind="total", cum=cum(p.net_pay))
    )
    return rows


def _qty(c: DocCanvas, p: Payslip, r: _Line, x: float, y: float, font: str, size: float) -> None:
    """A row's quantity right-aligned at `x`; marked as the hours worked when it states them."""
    c.text(
        x,
        y,
        r.qty,
        font=font,
        size=size,
        align="right",
        field="hours_worked" if r.qty_field else None,
        value=money_norm(p.hours_worked) if r.qty_field else None,
    )


def _mark(
    c: DocCanvas, p: Payslip, kind: str | None, norm: object, box: Box, text: str, dated: bool
) -> None:
    """Mark `box` as the evidence of `kind` ('period' marks both period fields)."""
    if kind == "period":
        _mark_period(c, p, box, text, dated)
    elif kind is not None:
        c.mark(kind, norm, box, text)


# --- payslip.header_table ------------------------------------------------------------------------


@dataclass(slots=True)
class _Col:
    """A column of a header table: its heading and the value in the row below it."""

    head: str
    value: str
    kind: str | None = None  # the field the value is evidence of, or 'period'
    norm: object = None
    keep: bool = False  # never dropped when the table is too full


@dataclass(frozen=True, slots=True)
class _Look:
    font: str
    bold: str
    size: float
    lh: float
    accent: Rgb
    fill: Rgb
    rule: Rgb
    thousands: bool


def _ht_period(p: Payslip, rng: random.Random) -> tuple[str, str, bool]:
    """(heading, value, dated); a monthly slip never prints a period number, a four-weekly one
    never a month name (its dates may carry short month names)."""
    assert p.period_start is not None and p.period_end is not None
    start, end, year = p.period_start, p.period_end, _year(p)
    if p.period_number is not None:
        n = p.period_number
        v = rng.randrange(3)
        if v == 0:
            return rng.choice(["Tijdvak", "Loontijdvak"]), f"4-weken periode {n}/{year}", False
        if v == 1:
            return "Periode", f"periode {n} van 13", False
        d1, d2 = date_nl(start, "short"), date_nl(end, "short")
        return "Tijdvak", f"periode {n}: {d1} t/m {d2}", True
    m = start.month
    v = rng.randrange(3)
    if v == 0:
        return "Periode", f"{MONTHS_SHORT[m - 1]} {year}", True
    if v == 1:
        return "Verloningsperiode", f"{MONTHS_NL[m - 1]} {year}", True
    return "Periode", f"1 t/m {end.day} {MONTHS_NL[m - 1]} {year}", True


def _ht_name(p: Payslip, rng: random.Random) -> str:
    person = p.person
    return rng.choice(
        [
            person.short_name,
            person.short_name,
            person.formal_name,
            f"{person.surname}, {person.initials}",
            person.short_name.upper(),
        ]
    )


def _header_table(
    c: DocCanvas,
    p: Payslip,
    cols: list[_Col],
    x: float,
    top: float,
    w: float,
    lk: _Look,
    dated: bool,
    *,
    grid: bool,
) -> float:
    """Headings in a shaded row at `top`, values in the row below; returns the bottom edge.
    Columns get the room their text needs, the rest shared out; a column that does not fit
    shrinks its text."""
    hs, vs, pad = lk.size - 1.0, lk.size, 1.8
    need = [
        max(c.width(col.head, lk.bold, hs), c.width(col.value, lk.font, vs)) + 2 * pad
        for col in cols
    ]
    total = sum(need)
    if total <= w:
        widths = [n + (w - total) / len(cols) for n in need]
    else:
        widths = [n * w / total for n in need]
    head_h = hs * 0.3528 + 3.4
    row_h = vs * 0.3528 + 4.0
    c.rect(x, top, w, head_h, stroke=0, fill=lk.fill)
    c.rect(x, top, w, head_h + row_h, stroke=0.4, color=lk.rule)
    cx = x
    for i, (col, cw) in enumerate(zip(cols, widths, strict=True)):
        hsz = _fit(col.head, lk.bold, hs, cw - 2 * pad, min_size=4.5)
        c.text(cx + pad, top + head_h - 1.3, col.head, font=lk.bold, size=hsz, color=lk.accent)
        if col.value:
            vfont = lk.bold if col.kind in ("employee_name", "employer_name") else lk.font
            vsz = _fit(col.value, vfont, vs, cw - 2 * pad, min_size=4.5)
            box = c.text(cx + pad, top + head_h + row_h - 1.5, col.value, font=vfont, size=vsz)
            _mark(c, p, col.kind, col.norm, box, col.value, dated)
        if grid and i:
            c.line(cx, top, cx, top + head_h + row_h, width=0.3, color=lk.rule)
        cx += cw
    return top + head_h + row_h


def _trim(c: DocCanvas, cols: list[_Col], lk: _Look, w: float, most: int) -> list[_Col]:
    """Drop optional columns from the end until at most `most` remain and the text fits with
    some room to spare."""
    cols = list(cols)

    def need() -> float:
        total = 0.0
        for col in cols:
            vfont = lk.bold if col.kind in ("employee_name", "employer_name") else lk.font
            head = c.width(col.head, lk.bold, lk.size - 1)
            total += max(head, c.width(col.value, vfont, lk.size)) + 3.6
        return total

    while len(cols) > most or need() > w - 8:
        optional = [i for i, col in enumerate(cols) if not col.keep]
        if not optional:
            break
        cols.pop(optional[-1])
    return cols


@layout("payslip", "header_table")
def header_table(c: DocCanvas, p: Payslip, rng: random.Random) -> None:
    """Logo and word mark (or abbreviation), an optional right-hand window with the employee's
    name and address, header tables for the employee and the pay run, a Bij / Af wage table
    (optionally with a cumulative pair of columns), an hours table, a payment instruction,
    reservations and a footer."""
    font, bold = rng.choice(_FONTS)
    size = rng.choice([8.0, 8.5, 9.0])
    accent = rng.choice(_ACCENTS)
    lk = _Look(
        font=font,
        bold=bold,
        size=size,
        lh=size * 0.42 + rng.uniform(1.3, 1.7),
        accent=accent,
        fill=rng.choice([(0.9, 0.93, 0.97), _grey(0.9), (0.92, 0.95, 0.92)]),
        rule=_grey(rng.choice([0.45, 0.6])),
        thousands=rng.random() < 0.85,
    )
    lh = lk.lh
    grey = _grey(0.35)
    left = rng.uniform(14, 18)
    right = 210 - rng.uniform(14, 18)
    width = right - left
    legal = p.job.employer.name
    e = p.job.employer.address
    lh_no = _lh_number(p, _rsin(p), rng.choice(["plain", "dots"]))
    kvk = _kvk(legal)
    cumulative = _cumulatives(p, rng)
    ex = _extras(p)
    k = _period_index(p)
    paid = date_nl(p.payment_date, rng.choice(["dash", "long"]))
    person = p.person

    name_place = rng.choice(["table", "table", "address"])
    emp_mode = rng.choice(["wordmark", "footer", "table", "sender"])
    if emp_mode == "sender" and name_place != "address":
        emp_mode = "wordmark"
    hours_mode = rng.choice(["table", "run", "uren"])
    iban_place = rng.choice(["instruction", "instruction", "employee"])
    title = rng.choice(["Loonstrook", "Salarisstrook", "Salarisspecificatie"])

    # header: logo with the word mark, or with the employer's initials -----------------------------
    c.logo(left, 9, 11, rng, color=accent)
    if emp_mode == "wordmark":
        nsz = _fit(legal, bold, rng.choice([13.0, 14.0, 15.0]), width * 0.58 - 14)
        c.text(
            left + 14,
            16,
            legal,
            font=bold,
            size=nsz,
            color=accent,
            field="employer_name",
            value=legal,
        )
        addr = f"{e.street} {e.house_number} · {e.postcode_printed} {e.city}"
        c.text(left + 14, 21, addr, font=font, size=7.5, color=grey)
    else:
        c.text(left + 14, 18.5, _abbrev(legal), font=bold, size=22, color=accent)
    c.text(right, 16, title, font=bold, size=14, align="right")
    c.text(right, 21, f"Betaaldatum {paid}", font=font, size=7.5, align="right", color=grey)
    y = 34.0

    # window: the employee's name and (invented) home address, on the right ------------------------
    if name_place == "address":
        wx = rng.uniform(112, 118)
        wy = 50.0
        if emp_mode == "sender":
            pb = _h("pb:" + legal).randint(10, 9999)
            pc = e.postcode_printed
            tail = f"· Postbus {pb} · {pc} {e.city}"
            ssz = _fit(f"{legal} {tail}", font, 6.5, right - wx)
            boxes = _parts(c, wx, wy - 6, [legal, tail], font=font, size=ssz, color=grey)
            c.mark("employer_name", legal, boxes[0], legal)
            c.line(wx, wy - 4.6, boxes[1][2], wy - 4.6, width=0.25, color=grey)
        elif rng.random() < 0.5:
            c.text(wx, wy - 5, "Persoonlijk en vertrouwelijk", font=bold, size=7.5, color=grey)
        male = person.sex == "M"
        salute = rng.choice([("Dhr.", "Mw."), ("De heer", "Mevrouw")])[0 if male else 1]
        wname = rng.choice([person.short_name, person.short_name.upper()])
        wsz = _fit(f"{salute} {wname}", font, 10, right - wx)
        boxes = _parts(c, wx, wy, [salute, wname], font=font, size=wsz)
        c.mark("employee_name", wname, boxes[1], wname)
        street, town = _home(p)
        c.text(wx, wy + 4.6, street, font=font, size=10)
        c.text(wx, wy + 9.2, town, font=font, size=10)
        y = wy + 22

    # period: in the title line or in the pay-run table --------------------------------------------
    phead, pvalue, dated = _ht_period(p, rng)
    period_place = rng.choice(["title", "run"])
    if c.width(pvalue, font, size) > 48:
        period_place = "title"
    if period_place == "title":
        if phead == "Verloningsperiode":
            lead = phead
        elif p.period_number is None:
            lead = rng.choice([phead, "Salaris over", "Verloning"])
        else:
            lead = rng.choice(["Salaris", "Verloning", "Loonbetaling"])
        psz = _fit(f"{lead} {pvalue}", bold, 11, width)
        boxes = _parts(c, left, y, [lead, pvalue], font=bold, size=psz, color=accent)
        _mark(c, p, "period", None, boxes[1], pvalue, dated)
        y += 5

    # employee table -------------------------------------------------------------------------------
    hired = date_nl(p.payment_date - timedelta(days=rng.randint(150, 6000)))
    name = _ht_name(p, rng)
    name_col = _Col(
        rng.choice(["Naam", "Medewerker", "Naam medewerker"]), name, "employee_name", name, True
    )
    bsn_col = _Col(rng.choice(["BSN", "Burgerservicenr."]), person.bsn, "employee_bsn", person.bsn)
    t1_form = rng.randrange(3)
    nr = _Col(rng.choice(["Pers.nr.", "Personeelsnr."]), p.job.employee_number, keep=True)
    if t1_form == 0:
        t1 = [
            nr,
            name_col,
            _Col("Functie", _function(p, rng)),
            _Col("Afdeling", rng.choice(_DEPARTMENTS)),
            _Col("In dienst", hired),
        ]
    elif t1_form == 1:
        t1 = [
            name_col,
            nr,
            bsn_col,
            _Col("Geb.datum", date_nl(person.date_of_birth)),
            _Col("Functie", _function(p, rng)),
        ]
    else:
        t1 = [
            name_col,
            nr,
            _Col("Afdeling", rng.choice(_DEPARTMENTS)),
            _Col("Functie", _function(p, rng)),
            _Col("Datum in dienst", hired),
        ]
    bsn_col.keep = True
    if name_place == "address":
        t1.remove(name_col)
        t1.insert(1, _Col("Kostenplaats", f"{rng.randint(10, 99)}{rng.randint(0, 9)}0"))
    printed_iban = p.account.iban_printed if rng.random() < 0.75 else p.account.iban
    if iban_place == "employee":
        t1.append(_Col("IBAN", printed_iban, "employee_iban", p.account.iban, True))
    t1 = _trim(c, t1, lk, width, 6)
    grid = rng.random() < 0.6
    y = _header_table(c, p, t1, left, y, width, lk, dated, grid=grid) + 3

    # pay-run table --------------------------------------------------------------------------------
    norm_week = Decimal(rng.choice([36, 38, 40]))
    hpw = p.job.hours_per_week
    t2: list[_Col] = []
    if period_place == "run":
        t2.append(_Col(phead, pvalue, "period", keep=True))
    t2.append(_Col(rng.choice(["Betaaldatum", "Datum betaling"]), date_nl(p.payment_date)))
    if bsn_col not in t1:
        t2.insert(0, bsn_col)
    if emp_mode == "table":
        t2.insert(0, _Col("Werkgever", legal, "employer_name", legal, True))
    if hours_mode == "run":
        t2.append(
            _Col(
                rng.choice(["Uren periode", "Gewerkte uren"]),
                amount_nl(p.hours_worked),
                "hours_worked",
                money_norm(p.hours_worked),
                True,
            )
        )
    t2 += [
        _Col(rng.choice(["Loonh.korting", "Heffingskorting"]), rng.choice(["Ja", "ja"])),
        _Col(
            rng.choice(["Tabel", "Tabelsoort"]),
            "wit / " + ("4 weken" if p.period_number is not None else "maand"),
        ),
    ]
    if hours_mode != "uren":  # the hours table names the contract hours itself
        t2.append(_Col(rng.choice(["Uren per week", "Contracturen"]), amount_nl(hpw)))
    t2 = _trim(c, t2, lk, width, 5 if emp_mode == "table" else 6)
    y = _header_table(c, p, t2, left, y, width, lk, dated, grid=grid) + 9

    # wage table -----------------------------------------------------------------------------------
    rows = _wage_lines(p, rng, hours_mode == "table", cumulative)
    words = rng.choice([("Bij", "Af"), ("Betaling", "Inhouding")])
    with_cum = rng.random() < 0.5
    grouped = with_cum or rng.random() < 0.4
    if with_cum:
        xs = {
            "qty": left + width * 0.42,
            "rate": left + width * 0.52,
            "pay": left + width * 0.65,
            "ded": left + width * 0.77,
            "cpay": left + width * 0.89,
            "cded": right - 1.5,
        }
    else:
        xs = {
            "qty": left + width * 0.52,
            "rate": left + width * 0.65,
            "pay": left + width * 0.82,
            "ded": right - 1.5,
        }
    cap = size * 0.3528
    colw = 20.0 if with_cum else 24.0
    if grouped:
        groups = [("pay", "ded", rng.choice(["Deze periode", "Periode"]))]
        if with_cum:
            groups.append(
                ("cpay", "cded", rng.choice(["Cumulatief", "t/m deze periode", f"t/m periode {k}"]))
            )
        for a, b, text in groups:
            x0, x1 = xs[a] - colw + 2, xs[b]
            c.text((x0 + x1) / 2, y, text, font=bold, size=size - 0.5, align="center", color=accent)
            c.line(x0, y + 1.2, x1, y + 1.2, width=0.3, color=lk.rule)
        y += cap + 4.5
    c.rect(left, y - cap - 1.8, width, cap + 3.8, stroke=0, fill=lk.fill)
    c.text(left + 1.5, y, rng.choice(["Omschrijving", "Looncomponent"]), font=bold, size=size)
    qty_head = "Uren" if hours_mode == "table" else "Aantal"
    heads = {"qty": qty_head, "rate": "Tarief", "pay": words[0], "ded": words[1]}
    heads |= {"cpay": words[0], "cded": words[1]}
    has_qty, has_rate = any(r.qty for r in rows), any(r.rate for r in rows)
    for key, xr in xs.items():
        if (key == "qty" and not has_qty) or (key == "rate" and not has_rate):
            continue  # no heading over an empty column
        prev = max((v for v in xs.values() if v < xr), default=left + width * 0.3)
        hsz = _fit(heads[key], bold, size - 0.3, min(colw, xr - prev) - 3.5, min_size=5)
        c.text(xr, y, heads[key], font=bold, size=hsz, align="right")
    y += lh + 1.5
    if has_qty:
        room = xs["qty"] - c.width("0.000,00", font, size) - left - 5
    elif has_rate:
        room = xs["rate"] - c.width("00,0000", font, size) - left - 5
    else:
        room = xs["pay"] - colw - left
    euro_total = rng.random() < 0.5
    for r in rows:
        strong = r.kind != "row"
        f = bold if strong else font
        label = r.label
        if c.width(label, f, size) > room and label in _TAX_LABELS:
            label = "Loonheffing"
        if strong:
            y += 1.2 if r.kind == "total" else 0.6
            col = xs["pay"] if r.amount is not None and r.amount >= 0 else xs["ded"]
            c.line(col - colw + 4, y - cap - 1.4, col, y - cap - 1.4, width=0.4)
        c.text(left + 1.5, y, label, font=f, size=_fit(label, f, size, room, min_size=5.5))
        if r.qty:
            _qty(c, p, r, xs["qty"], y, font, size)
        if r.rate:
            c.text(xs["rate"], y, r.rate, font=font, size=size, align="right")
        assert r.amount is not None
        key = "pay" if r.amount >= 0 else "ded"
        shown = amount_nl(r.amount, thousands=lk.thousands)
        if r.kind == "total" and euro_total:
            boxes = _parts(c, xs[key], y, ["€", shown], font=f, size=size, align="right")
            c.mark("net_pay", money_norm(p.net_pay), boxes[1], shown)
        else:
            c.text(
                xs[key],
                y,
                shown,
                font=f,
                size=size,
                align="right",
                field=r.field,
                value=money_norm(abs(r.amount)) if r.field else None,
            )
        if with_cum and r.cum is not None:
            ckey = "cpay" if r.cum >= 0 else "cded"
            ctext = amount_nl(r.cum, thousands=lk.thousands)
            c.text(xs[ckey], y, ctext, font=font, size=size, align="right", color=_grey(0.25))
        y += lh
    c.line(left, y - lh + 2.2, right, y - lh + 2.2, width=0.6, color=accent)
    y += 6

    # hours, payment instruction, reservations -----------------------------------------------------
    if hours_mode == "uren":
        pct = f"{hpw / norm_week * 100:.0f}%"
        cols = [
            _Col(
                rng.choice(["Uren deze periode", "Gewerkte uren"]),
                amount_nl(p.hours_worked),
                "hours_worked",
                money_norm(p.hours_worked),
            ),
            _Col("Uren t/m deze periode", amount_nl(cumulative(p.hours_worked))),
            _Col(rng.choice(["Uren per week", "Contracturen"]), amount_nl(hpw)),
            _Col(rng.choice(["Parttimepercentage", "Deeltijd %"]), pct),
        ]
        half = width * rng.choice([0.62, 0.7, 1.0])
        y = _header_table(c, p, cols, left, y - cap - 1, half, lk, dated, grid=grid) + 8
    if iban_place == "instruction":
        cols = [
            _Col("Rekening (IBAN)", printed_iban, "employee_iban", p.account.iban),
            _Col("Ten name van", person.short_name),
            _Col("Bedrag", f"€ {amount_nl(p.net_pay, thousands=lk.thousands)}"),
            _Col(rng.choice(["Datum", "Valutadatum"]), date_nl(p.payment_date)),
        ]
        c.text(left, y, "Betaalinstructie", font=bold, size=size, color=accent)
        y = _header_table(c, p, cols, left, y + 2, width * 0.8, lk, dated, grid=grid) + 8
    res = [
        _Col("Vakantiegeld opbouw", amount_nl(ex["vakantiegeld"], thousands=lk.thousands)),
        _Col(
            "Vakantiegeld saldo", amount_nl(cumulative(ex["vakantiegeld"]), thousands=lk.thousands)
        ),
        _Col("Verlof saldo (uren)", amount_nl(_leave_hours(p, rng))),
        _Col(
            rng.choice(["Fiscaal loon", "Loon LH"]),
            amount_nl(ex["fiscaal"], thousands=lk.thousands),
        ),
    ]
    if ex["heffingskorting"] and rng.random() < 0.6:
        res.append(_Col("Verr. heffingskorting", amount_nl(ex["heffingskorting"])))
    if y < 250:
        c.text(
            left,
            y,
            rng.choice(["Reserveringen en grondslagen", "Saldi"]),
            font=bold,
            size=size,
            color=accent,
        )
        y = _header_table(c, p, res, left, y + 2, width, lk, dated, grid=grid) + 8
    if y < 262 and rng.random() < 0.5:
        note = rng.choice(
            [
                f"Het vakantiegeld over {int(_year(p)) - 1}/{_year(p)} wordt in mei uitbetaald.",
                "Wijzigingen in uw gegevens geeft u door via de afdeling HR.",
                f"Uw jaaropgaaf {int(_year(p)) - 1} is verstrekt met de loonstrook van januari.",
            ]
        )
        c.text(left, y, note, font=font, size=_fit(note, font, size - 0.5, width), color=grey)

    # footer ---------------------------------------------------------------------------------------
    c.line(left, 277, right, 277, width=0.3, color=_grey(0.6))
    if emp_mode == "footer":
        tail = f"is ingeschreven bij de KvK onder nummer {kvk} · Loonheffingennummer {lh_no}"
        fsz = _fit(f"{legal} {tail}", font, 7, width * 0.84)
        boxes = _parts(c, left, 281, [legal, tail], font=font, size=fsz, color=grey)
        c.mark("employer_name", legal, boxes[0], legal)
    else:
        text = f"KvK {kvk} · Loonheffingennummer {lh_no}"
        c.text(left, 281, text, font=font, size=7, color=grey)
    c.text(right, 281, "Pagina 1 van 1", font=font, size=7, align="right", color=grey)


# --- payslip.spreadsheet -------------------------------------------------------------------------


@dataclass(slots=True)
class _Cell:
    """A label cell and its value; `lead` / `tail` are printed with the value but are not part
    of it (a staff number before or after the name)."""

    label: str
    value: str
    kind: str | None = None  # a field name, 'period', 'start' or 'end'
    norm: object = None
    lead: str = ""
    tail: str = ""


def _xl_period(p: Payslip, rng: random.Random) -> tuple[list[_Cell], bool]:
    """The period cells and whether they state (or imply) calendar dates: 'mrt-26', 'maart
    2026', '1-3-2026 t/m 31-3-2026', 'van' / 't/m' cells, or '4-wekenperiode 4, 2026'."""
    assert p.period_start is not None and p.period_end is not None
    start, end, year = p.period_start, p.period_end, _year(p)
    s1, s2 = _short_date(start), _short_date(end)
    cells = [
        _Cell(rng.choice(["Periode van:", "Van:"]), s1, "start", start.isoformat()),
        _Cell(rng.choice(["Periode t/m:", "T/m:", "Tot en met:"]), s2, "end", end.isoformat()),
    ]
    if p.period_number is not None:
        n = p.period_number
        if rng.random() < 0.5:
            return [_Cell("Periodenummer:", str(n)), *cells], True
        return [_Cell("Periode:", f"4-wekenperiode {n}, {year}", "period")], False
    m = start.month
    v = rng.randrange(4)
    if v == 0:
        return [_Cell("Periode:", f"{MONTHS_SHORT[m - 1]}-{int(year) % 100:02d}", "period")], True
    if v == 1:
        return [
            _Cell(rng.choice(["Maand:", "Loonmaand:"]), f"{MONTHS_NL[m - 1]} {year}", "period")
        ], True
    if v == 2:
        return [_Cell("Periode:", f"{s1} t/m {s2}", "period")], True
    return cells, True


def _xl_name(p: Payslip, rng: random.Random) -> tuple[_Cell, bool]:
    """The employee's cell and whether it carries the staff number."""
    person, nr = p.person, p.job.employee_number
    v = rng.randrange(3)
    if v == 0:
        label = rng.choice(["Werknemer:", "Naam medewerker:", "Ontvanger:", "T.a.v."])
        name = rng.choice([person.short_name, person.full_name, person.formal_name])
        return _Cell(label, name, "employee_name", name), False
    label = rng.choice(["Werknemer:", "Medewerker:"])
    if v == 1:
        name = rng.choice([person.short_name, person.full_name])
        return _Cell(label, name, "employee_name", name, lead=f"{nr} -"), True
    name = rng.choice([f"{person.surname}, {person.initials}", person.formal_name])
    return _Cell(label, name, "employee_name", name, tail=f"({nr})"), True


def _draw_cells(
    c: DocCanvas,
    p: Payslip,
    cells: list[_Cell],
    x: float,
    y: float,
    room: float,
    rh: float,
    font: str,
    bold: str,
    size: float,
    dated: bool,
) -> float:
    """Label/value rows from baseline `y`; the values start after the widest label and may take
    `room` mm from `x`; returns the baseline after the last row."""
    lw = max((c.width(cl.label, font, size) for cl in cells), default=0.0) + 3
    for cl in cells:
        c.text(x, y, cl.label, font=font, size=size)
        vfont = bold if cl.kind in ("employee_name", "employer_name") else font
        parts = [cl.lead, cl.value, cl.tail]
        vsz = _fit(" ".join(t for t in parts if t), vfont, size, room - lw, min_size=5.0)
        boxes = _parts(c, x + lw, y, parts, font=vfont, size=vsz)
        box = boxes[1]
        if cl.kind == "start":
            c.mark("pay_period_start", cl.norm, box, cl.value)
        elif cl.kind == "end":
            c.mark("pay_period_end", cl.norm, box, cl.value)
        else:
            _mark(c, p, cl.kind, cl.norm, box, cl.value, dated)
        y += rh
    return y


@layout("payslip", "spreadsheet")
def spreadsheet(c: DocCanvas, p: Payslip, rng: random.Random) -> None:
    """A spreadsheet loonstrook: title cell, two columns of label/value cells, a gridded wage
    table with the euro sign set apart, the net pay, the payout account, reservations and a
    footer line."""
    font, bold = rng.choice(
        [
            ("LiberationSans", "LiberationSans-Bold"),
            ("DejaVuSans", "DejaVuSans-Bold"),
            ("FreeSans", "FreeSans-Bold"),
        ]
    )
    size = rng.choice([8.5, 9.0, 9.5])
    rh = rng.uniform(5.0, 5.6)  # a spreadsheet row
    left = rng.uniform(15, 19)
    right = 210 - rng.uniform(15, 19)
    width = right - left
    fill: Rgb = rng.choice([(0.85, 0.9, 0.96), (0.89, 0.94, 0.85), _grey(0.85), (0.99, 0.93, 0.8)])
    gridc = _grey(rng.choice([0.55, 0.7]))
    legal = p.job.employer.name
    e = p.job.employer.address
    person = p.person
    cumulative = _cumulatives(p, rng)
    ex = _extras(p)
    thousands = rng.random() < 0.8
    hpw = p.job.hours_per_week

    emp_mode = rng.choice(["title", "cell", "footer"])
    hours_mode = rng.choice(["column", "cell", "none"])
    iban_place = rng.choice(["cell", "payout"])
    neg = rng.choice(["minus", "positive"])
    euro = rng.choice(["cell", "cell", "none"])
    with_cum = rng.random() < 0.5
    printed_iban = p.account.iban_printed if rng.random() < 0.6 else p.account.iban

    # title cell -----------------------------------------------------------------------------------
    top = rng.uniform(14, 18)
    c.rect(left, top, width, 2 * rh, stroke=0, fill=fill)
    base = top + 2 * rh - 3.0
    title = rng.choice(["LOONSTROOK", "Loonstrook", "SALARISSTROOK", "Salarisstrook"])
    if emp_mode == "title":
        shown = legal.upper() if rng.random() < 0.4 else legal
        nsz = _fit(shown, bold, 14, width * 0.62)
        c.text(left + 2, base, shown, font=bold, size=nsz, field="employer_name", value=shown)
        c.text(right - 2, base, title, font=bold, size=12, align="right")
    else:
        c.text(left + 2, base, title, font=bold, size=15)
    y = top + 2 * rh + rh + 4

    # label/value cells ----------------------------------------------------------------------------
    period, dated = _xl_period(p, rng)
    name, numbered = _xl_name(p, rng)
    lcells: list[_Cell] = []
    if emp_mode == "cell":
        lcells.append(_Cell(rng.choice(["Werkgever:", "Bedrijf:"]), legal, "employer_name", legal))
        lcells.append(_Cell("Adres:", f"{e.street} {e.house_number}, {e.city}"))
    lcells.append(name)
    if not numbered:
        lcells.append(_Cell(rng.choice(["Personeelsnummer:", "Pers.nr.:"]), p.job.employee_number))
    bsn = person.bsn
    shown_bsn = rng.choice([bsn, f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}"])
    lcells.append(
        _Cell(
            rng.choice(["BSN:", "Sofinummer:", "Burgerservicenr.:"]), shown_bsn, "employee_bsn", bsn
        )
    )
    lcells.append(_Cell("Functie:", _function(p, rng)))
    if iban_place == "cell":
        lcells.append(
            _Cell(
                rng.choice(["Rekeningnummer:", "IBAN:", "Bankrekening:"]),
                printed_iban,
                "employee_iban",
                p.account.iban,
            )
        )
    rcells = list(period)
    rcells.append(_Cell("Betaaldatum:", _short_date(p.payment_date)))
    rcells.append(_Cell(rng.choice(["Contracturen:", "Uren per week:"]), amount_nl(hpw)))
    if hours_mode != "column" or rng.random() < 0.5:
        norm_week = Decimal(rng.choice([36, 38, 40]))
        rcells.append(_Cell("Parttimepercentage:", f"{hpw / norm_week * 100:.0f}%"))
    if hours_mode == "cell":
        rcells.append(
            _Cell(
                rng.choice(["Gewerkte uren:", "Uren deze periode:"]),
                amount_nl(p.hours_worked),
                "hours_worked",
                money_norm(p.hours_worked),
            )
        )
    mid = left + width * 0.55
    y_l = _draw_cells(c, p, lcells, left + 1.5, y, mid - left - 6, rh, font, bold, size, dated)
    y_r = _draw_cells(c, p, rcells, mid, y, right - mid - 1.5, rh, font, bold, size, dated)
    y = max(y_l, y_r) + rh

    # wage table: a column for what the rows hold --------------------------------------------------
    rows = _wage_lines(p, rng, hours_mode == "column", cumulative)
    if neg == "positive":  # deductions listed positive under their own heading
        first_ded = next(i for i, r in enumerate(rows) if r.amount is not None and r.amount < 0)
        rows.insert(first_ded, _Line("Inhoudingen:", kind="section"))
    cols: list[tuple[str, str, float]] = []  # key, heading, share of the width
    if any(r.qty for r in rows):
        cols.append(("qty", "Uren" if hours_mode == "column" else "Aantal", 0.11))
    if any(r.rate for r in rows):
        cols.append(("rate", "Tarief", 0.12))
    cols.append(("amt", rng.choice(["Bedrag", "Deze periode"]), 0.2))
    if with_cum:
        cols.append(("cum", rng.choice(["t/m deze periode", "Cumulatief"]), 0.2))
    edges = [right]
    for _, _, share in reversed(cols):
        edges.insert(0, edges[0] - width * share)
    bounds = [left, *edges]  # column i spans bounds[i]..bounds[i + 1]; 0 is the description
    pos = {key: i + 1 for i, (key, _, _) in enumerate(cols)}
    cap_h = size * 0.3528 * 0.72

    def row_top(yy: float) -> float:
        return yy - (rh + cap_h) / 2

    table_top = row_top(y)
    c.rect(left, table_top, width, rh, stroke=0, fill=fill)
    c.text(bounds[0] + 1.5, y, "Omschrijving", font=bold, size=size)
    for key, head, _ in cols:
        i = pos[key]
        hsz = _fit(head, bold, size, bounds[i + 1] - bounds[i] - 3, min_size=5.5)
        c.text(bounds[i + 1] - 1.5, y, head, font=bold, size=hsz, align="right")
    y += rh
    gridlines = rng.choice(["all", "rows"])
    euro_w = c.width("€", font, size)
    room = bounds[1] - bounds[0] - 3

    def money_cell(i: int, yy: float, v: Decimal, f: str, field: str | None, value: object) -> None:
        shown = amount_nl(v, thousands=thousands)  # unsigned
        if neg == "minus" and v < 0:
            shown = f"-{shown}"
        if euro == "cell":
            c.text(bounds[i] + 1.5, yy, "€", font=font, size=size)
        amount_room = bounds[i + 1] - bounds[i] - 4.5 - (euro_w if euro == "cell" else 0)
        sz = _fit(shown, f, size, amount_room, min_size=6)
        c.text(
            bounds[i + 1] - 1.5, yy, shown, font=f, size=sz, align="right", field=field, value=value
        )

    for r in rows:
        strong = r.kind in ("subtotal", "total")
        f = bold if strong or r.kind == "section" else font
        ded = neg == "positive" and r.kind == "row" and r.amount is not None and r.amount < 0
        indent = 4.0 if ded else 0.0
        lsz = _fit(r.label, f, size, room - indent, min_size=5.5)
        c.text(bounds[0] + 1.5 + indent, y, r.label, font=f, size=lsz)
        if r.qty:
            _qty(c, p, r, bounds[pos["qty"] + 1] - 1.5, y, font, size)
        if r.rate:
            c.text(bounds[pos["rate"] + 1] - 1.5, y, r.rate, font=font, size=size, align="right")
        if r.amount is not None:
            norm = money_norm(abs(r.amount)) if r.field else None
            money_cell(pos["amt"], y, r.amount, f, r.field, norm)
        if with_cum and r.cum is not None:
            money_cell(pos["cum"], y, r.cum, font, None, None)
        if gridlines == "all" or strong:
            width_ = 0.6 if r.kind == "total" else 0.25
            c.line(left, row_top(y), right, row_top(y), width=width_, color=gridc)
        y += rh
    table_bottom = row_top(y)
    a0, a1 = bounds[pos["amt"]], bounds[pos["amt"] + 1]
    c.line(left, table_bottom, right, table_bottom, width=0.25, color=gridc)
    c.line(a0, table_bottom + 0.6, a1, table_bottom + 0.6, width=0.25, color=gridc)
    if gridlines == "all":
        for xb in bounds:
            c.line(xb, table_top, xb, table_bottom, width=0.25, color=gridc)
    else:
        c.rect(left, table_top, width, table_bottom - table_top, stroke=0.4, color=gridc)
    y += 2

    # payout, reservations -------------------------------------------------------------------------
    if iban_place == "payout":
        lead = rng.choice(["Uitbetaald op rekening:", "Overgemaakt naar:", "Betaald op IBAN:"])
        parts = [lead, printed_iban]
        boxes = _parts(c, left + 1.5, y, parts, font=font, size=size)
        c.mark("employee_iban", p.account.iban, boxes[1], printed_iban)
        y += rh
    y += rh
    c.text(left + 1.5, y, rng.choice(["Reserveringen", "Opbouw"]), font=bold, size=size)
    y += rh
    res = [
        ("Vakantiegeld 8% deze periode", amount_nl(ex["vakantiegeld"], thousands=thousands)),
        ("Vakantiegeld opgebouwd", amount_nl(cumulative(ex["vakantiegeld"]), thousands=thousands)),
        ("Saldo verlofuren", amount_nl(_leave_hours(p, rng))),
    ]
    for label, value in res:
        c.text(left + 1.5, y, label, font=font, size=size)
        c.text(a1 - 1.5, y, value, font=font, size=size, align="right")
        y += rh
    if y < 262 and rng.random() < 0.5:
        y += rh / 2
        note = rng.choice(
            [
                "Opmerking: het vakantiegeld wordt in mei uitbetaald.",
                "Opmerking: bewaar deze loonstrook bij uw administratie.",
                "Vragen? Bel of mail de loonadministratie.",
            ]
        )
        c.text(left + 1.5, y, note, font=font, size=_fit(note, font, size - 0.5, width - 3))

    # footer ---------------------------------------------------------------------------------------
    tax_no = p.job.employer.tax_number
    if emp_mode == "footer":
        where = f"{e.street} {e.house_number}, {e.postcode_printed} {e.city}"
        tail = f"· {where} · Loonheffingennr. {tax_no}"
        parts = ["Werkgever:", legal, tail]
        fsz = _fit(" ".join(parts), font, 7.5, width - 3)
        boxes = _parts(c, left + 1.5, 281, parts, font=font, size=fsz, color=_grey(0.3))
        c.mark("employer_name", legal, boxes[1], legal)
    else:
        text = f"Loonheffingennummer {tax_no} · KvK {_kvk(legal)}"
        c.text(left + 1.5, 281, text, font=font, size=7.5, color=_grey(0.3))
    c.text(105, 287, "Pagina 1", font=font, size=7, align="center", color=_grey(0.3))
