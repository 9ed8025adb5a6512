"""Payslip layouts as payroll software and large employers' HR portals print them (dev: used for
tuning), modelled on real Dutch documents.

- `payslip.payroll_software`: the salarisstrook a payroll package prints when an accountant or a
  payroll bureau runs the payroll for the employer. The software's or the bureau's own name is
  printed prominently (a logo text on top, 'Salarisadministratie: ...', 'Verzorgd door ...',
  'Powered by ...', a footer with the bureau's address, phone and KvK number), while the real
  employer stands in a 'Werkgever' block, on a 'Werkgever:' line or as the letterhead, with its
  address, loonheffingennummer, KvK number and sometimes RSIN and a contact person. Employee and
  pay-run data in label/value blocks (side by side or stacked), a Betalingen / Inhoudingen or a
  signed Bedrag table (with a cumulative column or a year-to-date block), the payout line with the
  IBAN, reservations.
- `payslip.corporate_portal`: the PDF a large employer's HR self-service portal produces: a big
  employer name in a coloured band or above a rule, sometimes a parent company or business unit,
  the portal's print stamp, employee data in a grid of cells, the period in one of the common
  forms, an Omschrijving / Eenheden / Tarief / Betalingen / Inhoudingen table (optionally with a
  cumulative column), a net-pay box with 'Te betalen op rekening', fiscal data, year-to-date
  totals, reservations (vakantiegeld, verlofuren) and a 'Mededelingen' box.

A loonheffingennummer is printed with the employer's RSIN as its first nine digits, which (as in
reality) passes the same 11-test as a BSN. Bureau, software and portal names are invented. The
payslip data carries no home address of the employee, so neither layout prints one. Every
CONTRACT field the data carries is printed and marked exactly once.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from synth.canvas import Box, DocCanvas
from synth.fmt import amount_nl, date_nl, money_norm
from synth.layouts.base import layout
from synth.layouts.payslip import _extras, _grey, _period_index, _title
from synth.layouts.payslip_extra import (
    _kvk,
    _leave_hours,
    _name,
    _pension_label,
    _signed,
    _split,
    _travel_label,
)
from synth.layouts.payslip_more import (
    _CAOS,
    _DEPARTMENTS,
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
from synth.people import FIRST_NAMES_F, FIRST_NAMES_M, MONTHS_NL, SURNAMES, Payslip, money

Rgb = tuple[float, float, float]

# payroll packages (name, tagline); invented names
_SOFTWARE = [
    ("Loonwerk Online", "Salarisadministratie in de cloud"),
    ("Salarisnet", "Verloning & HR"),
    ("Strookwijzer", "Payroll software"),
    ("Loonlijn 365", "Online verloning"),
    ("PayKade", "Salaris- en HR-software"),
    ("Verlonix", "Salarisverwerking voor het mkb"),
]
# payroll bureaus (name, street, number, postcode, city, area code); invented
_PAYROLL_BUREAUS = [
    ("Salarisbureau Plasman & Veld", "Stationsplein", "12", "3818LE", "Amersfoort", "033"),
    ("Payroll Partners Eemvallei B.V.", "Kanaalweg", "45", "3526KL", "Utrecht", "030"),
    ("Administratiekantoor Kroeze-Timmer", "Brinkstraat", "8", "7411BT", "Deventer", "0570"),
    ("Loonadvies Noordwest", "Zijlweg", "210", "2015BJ", "Haarlem", "023"),
    ("HRM Diensten Vechtdal B.V.", "Hessenweg", "30", "7721AD", "Dalfsen", "0529"),
    ("Salarisservice Brabantse Wal", "Ringbaan-West", "102", "5041LT", "Tilburg", "013"),
]
# HR self-service portals; invented names
_PORTALS = ["Mijn HR", "HR Selfservice", "Medewerkersportaal", "MijnSalaris", "HR Online"]
# parent organisations by a keyword of the employer's name; invented
_PARENTS = {
    "Zorg": ["Stichting Zorgnetwerk Regio Oost", "Stichting Samenwerkende Zorg Midden"],
    "Thuiszorg": ["Stichting Zorgnetwerk Regio Oost"],
    "Kinderopvang": ["Stichting Kinderopvang Samen Verder"],
    "Supermarkt": ["Vitaal Retail Groep N.V.", "Buurtwinkels Nederland B.V."],
    "Transport": ["Rijnmond Logistics Group B.V."],
    "Logistiek": ["Noordkust Distributie Holding N.V."],
    "Horeca": ["Centrum Hospitality Holding B.V."],
    "Uitzend": ["FlexWerk Groep N.V."],
    "Callcenter": ["Bereikbaar Holding N.V."],
    "Schoonmaak": ["Glans Facilitaire Groep B.V."],
}
_UNITS = {
    "Zorg": ["Locatie De Linde", "Cluster Wonen", "Wijkteam Noord"],
    "Thuiszorg": ["Wijkteam Oost", "Cluster Thuiszorg"],
    "Supermarkt": ["Distributiecentrum", "Regio Zuid", "Filialen"],
    "Transport": ["Divisie Wegtransport", "Planning & Expeditie"],
    "Logistiek": ["Distributiecentrum", "Divisie Warehousing"],
    "Gemeentelijke": ["Afdeling Stadsbeheer", "Cluster Openbare Ruimte"],
}
_FONTS = [
    ("Helvetica", "Helvetica-Bold"),
    ("LiberationSans", "LiberationSans-Bold"),
    ("DejaVuSans", "DejaVuSans-Bold"),
    ("FreeSans", "FreeSans-Bold"),
    ("DejaVuSansCondensed", "DejaVuSans-Bold"),
]
_ACCENTS: list[Rgb] = [
    (0.0, 0.33, 0.58),
    (0.1, 0.45, 0.35),
    (0.5, 0.15, 0.45),
    (0.8, 0.35, 0.05),
    (0.2, 0.25, 0.3),
    (0.65, 0.1, 0.15),
]
_LIGHTS: list[Rgb] = [(0.92, 0.94, 0.97), (0.93, 0.93, 0.93), (0.94, 0.96, 0.92)]

# row labels that total or sub-total other rows: a table's other rows add up to the net pay
_GROSS_WORDS = ["Brutoloon", "Bruto loon", "Totaal bruto", "Loon in geld", "Brutosalaris"]
_DED_TOTALS = ["Totaal inhoudingen", "Inhoudingen totaal"]
_NET_WAGE = ["Netto loon", "Nettoloon", "Netto salaris"]
_PLUS_TOTALS = ["Netto vergoedingen", "Totaal vergoedingen"]
_FINALS = [
    "Uit te betalen",
    "Netto uit te betalen",
    "Te betalen",
    "Netto te betalen",
    "Netto uitbetaling",
]
_TOTAL_LABELS = frozenset(_GROSS_WORDS + _DED_TOTALS + _NET_WAGE + _PLUS_TOTALS + _FINALS)
_TAX_LABELS = [
    "Loonheffing",
    "Loonheffing",
    "Loonheffing tabel",
    "Loonbelasting/premie vvz",
    "Loonheffing (wit)",
]
_CUM_HEADS = ["Cumulatief", "Cum. t/m per.", "Totaal dit jaar"]


# --- identifiers and people that are not the employee -----------------------------------------


def _rsin(p: Payslip) -> str:
    """The employer's RSIN: the first nine digits of its loonheffingennummer, made to pass the
    11-test as real ones do; the same on every slip of the employer, never the employee's BSN."""
    n = int(p.job.employer.tax_number[:8])
    while True:
        head = f"{n:08d}"
        check = sum(w * int(d) for w, d in zip(range(9, 1, -1), head, strict=True)) % 11
        rsin = head + str(check)
        if check < 10 and rsin != p.person.bsn:
            return rsin
        n = n + 1 if n < 99_999_999 else 10_000_000


def _lh_number(p: Payslip, rsin: str, style: str) -> str:
    """dots `8123.45.678.L01`, plain `812345678L01`, space `812345678 L01`."""
    sub = p.job.employer.tax_number[9:]
    if style == "dots":
        return f"{rsin[:4]}.{rsin[4:6]}.{rsin[6:]}.{sub}"
    if style == "space":
        return f"{rsin} {sub}"
    return f"{rsin}{sub}"


def _bsn_printed(bsn: str, style: str) -> str:
    """plain `123456789`, dots `1234.56.789`, spaces `123 456 789`."""
    if style == "dots":
        return f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"
    if style == "spaces":
        return f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}"
    return bsn


def _other_nine(p: Payslip, rng: random.Random) -> str:
    """A nine-digit number that is not the employee's BSN (a staff ID, a pension fund's
    relation number); about one in eleven passes the 11-test, as random numbers do."""
    while True:
        n = f"{rng.randint(100_000_000, 999_999_999)}"
        if n != p.person.bsn:
            return n


def _phone(name: str, area: str) -> str:
    """A ten-digit Dutch phone number, the same for an organisation on every document."""
    n = zlib.crc32(("tel:" + name).encode())
    k = 10 - len(area)
    return f"{area}-{2 + n % 8}{(n // 8) % 10 ** (k - 1):0{k - 1}d}"


def _contact(p: Payslip, rng: random.Random) -> str:
    """Another person's name (an HR or payroll contact), never the employee's surname."""
    while True:
        first = rng.choice(rng.choice([FIRST_NAMES_F, FIRST_NAMES_M]))
        prefix, core = rng.choice(SURNAMES)
        if core != p.person.surname_core:
            break
    surname = f"{prefix} {core}".strip()
    return f"{first} {surname}" if rng.random() < 0.6 else f"{first[0]}. {surname}"


def _period_form(p: Payslip, rng: random.Random) -> tuple[str, str, bool]:
    """(label, value, dated): the pay period's label and its printed value (the evidence), and
    whether the value states or implies calendar dates. A monthly slip never prints a period
    number, a four-weekly one never a month; an undated four-weekly value says 'periode N'."""
    assert p.period_start is not None and p.period_end is not None
    start, end, year = p.period_start, p.period_end, _year(p)
    ds = rng.choice(["dash", "dash", "dot"])
    d1, d2 = date_nl(start, ds), date_nl(end, ds)
    if p.period_number is not None:
        n = p.period_number
        v = rng.randrange(5)
        if v == 0:
            return rng.choice(["Periode", "Loonperiode"]), f"{n} ({d1} t/m {d2})", True
        if v == 1:
            return rng.choice(["Tijdvak", "Verloningsperiode"]), f"periode {n} / {year}", False
        if v == 2:
            return rng.choice(["Tijdvak", "Loontijdvak"]), f"Periode {n} ({d1} t/m {d2})", True
        if v == 3:
            return rng.choice(["Tijdvak", "Loontijdvak"]), f"4 weken, periode {n} {year}", False
        return rng.choice(["Periode", "Tijdvak"]), f"{d1} t/m {d2}", True
    month = MONTHS_NL[start.month - 1]
    v = rng.randrange(4)
    if v == 0:
        return "Periode", f"{start.month:02d}-{year}", True
    if v == 1:
        return rng.choice(["Periode", "Loonperiode", "Salarismaand"]), f"{month} {year}", True
    if v == 2:
        return rng.choice(["Periode", "Maand"]), f"{month.capitalize()} {year}", True
    return rng.choice(["Tijdvak", "Periode"]), f"{d1} t/m {d2}", True


# --- drawing helpers -------------------------------------------------------------------------


@dataclass(slots=True)
class _St:
    font: str
    bold: str
    size: float
    lh: float
    ink: Rgb
    accent: Rgb
    light: Rgb
    label_c: Rgb
    neg: str  # how a signed table prints negatives: minus, trailing, minus_slash
    thousands: bool


@dataclass(slots=True)
class _KV:
    """A label and its value; `kind` names the field the value is evidence of, `prefix` is
    printed before the value on its line but is not part of it (Dhr. / Mevr.)."""

    label: str
    value: str
    kind: str | None = None
    norm: object = None
    prefix: str = ""
    span: int = 1

    @property
    def shown(self) -> str:
        return f"{self.prefix} {self.value}" if self.prefix else self.value


def _value(
    c: DocCanvas,
    p: Payslip,
    it: _KV,
    x: float,
    y: float,
    font: str,
    size: float,
    dated: bool,
    color: Rgb = (0, 0, 0),
) -> Box:
    """Draw a value (after its prefix) and mark it as its field's evidence."""
    if it.prefix:
        box = _parts(c, x, y, [it.prefix, it.value], font=font, size=size, color=color)[1]
    else:
        box = c.text(x, y, it.value, font=font, size=size, color=color)
    _mark_item(c, p, _Item(it.label, it.value, it.kind, it.norm), box, dated)
    return box


def _kv_block(
    c: DocCanvas,
    p: Payslip,
    items: list[_KV],
    x: float,
    top: float,
    w: float,
    st: _St,
    *,
    heading: str | None,
    framed: bool,
    cols: int,
    dated: bool,
    colon: str,
    rows: int = 0,
) -> float:
    """Label/value rows in `cols` columns in a block whose top edge is `top` (at least `rows`
    rows high); returns its bottom edge."""
    font, size, lh = st.font, st.size, st.lh
    y = top
    if heading:
        c.rect(x, top, w, lh + 1.4, stroke=0, fill=st.light)
        c.text(x + 2, top + lh - 0.2, heading, font=st.bold, size=size, color=st.ink)
        y += lh + 1.4
    y += lh + 0.2
    n = max(-(-len(items) // cols), 1)
    colw = (w - 4) / cols
    lsize = size - 0.5
    for k in range(cols):
        chunk = items[k * n : (k + 1) * n]
        if not chunk:
            continue
        x0 = x + 2 + k * colw
        texts = [f"{it.label}{colon}" if it.label else "" for it in chunk]
        lw = max(c.width(t, font, lsize) for t in texts) + 3
        room = colw - lw - 2
        for i, (it, text) in enumerate(zip(chunk, texts, strict=True)):
            yy = y + i * lh
            if text:
                c.text(x0, yy, text, font=font, size=lsize, color=st.label_c)
            vfont = st.bold if it.kind in ("employee_name", "employer_name") else font
            vs = _fit(it.shown, vfont, size, room, min_size=5.0)
            _value(c, p, it, x0 + lw, yy, vfont, vs, dated)
    bottom = y + (max(n, rows) - 1) * lh + 2.4
    if framed:
        c.rect(x, top, w, bottom - top, stroke=0.4, color=_grey(0.55))
    return bottom


@dataclass(slots=True)
class _TRow:
    label: str
    amount: Decimal | None = None  # signed: deductions negative
    qty: str = ""
    rate: str = ""
    code: str = ""
    field: str | None = None  # gross_pay / wage_tax / net_pay on the amount
    qty_field: str | None = None  # hours_worked on the quantity
    kind: str = "row"  # row, subtotal, total
    cum: Decimal | None = None  # year-to-date, signed like the amount


def _wage_rows(
    p: Payslip,
    rng: random.Random,
    hours_mode: str,
    st: _St,
    cumulative: Callable[[Decimal], Decimal],
) -> tuple[list[_TRow], str, Decimal]:
    """The table's rows from the salary down to the wage tax (and 'Totaal inhoudingen'); the
    hours mode used ('rate' falls back to 'row' when no hourly rate gives the gross exactly);
    the net wage before allowances. `cumulative` gives a figure's year-to-date total."""
    gross, tax, hours = p.gross_pay, p.wage_tax, p.hours_worked
    four = p.period_number is not None
    split, split_label = _split(p, rng, 0.3)
    base = gross - split
    rate = _hourly_rate(base, hours)
    if hours_mode == "rate" and rate is None:
        hours_mode = "row"
    subtotal = bool(split) or rng.random() < 0.5

    def cum(v: Decimal) -> Decimal:
        return cumulative(v) if v >= 0 else -cumulative(-v)

    rows: list[_TRow] = []
    if hours_mode == "row":
        rows.append(
            _TRow(
                rng.choice(["Gewerkte uren", "Uren gewerkt", "Aantal uren", "Uren deze periode"]),
                qty=amount_nl(hours),
                code="0100",
                qty_field="hours_worked",
            )
        )
    if hours_mode == "rate":
        assert rate is not None
        rows.append(
            _TRow(
                rng.choice(["Uurloon", "Uren normaal", "Gewerkte uren 100%", "Loon uren"]),
                base,
                qty=amount_nl(hours),
                rate=_rate_text(rate),
                code="1000",
                field=None if subtotal else "gross_pay",
                qty_field="hours_worked",
                cum=cum(base),
            )
        )
    else:
        one = rng.random() < 0.5
        rows.append(
            _TRow(
                rng.choice(
                    [
                        "Salaris",
                        "Periodesalaris" if four else "Maandsalaris",
                        "Basissalaris",
                        "Loon",
                    ]
                ),
                base,
                qty="1,00" if one else "",
                rate=amount_nl(base, thousands=st.thousands) if one else "",
                code="1000",
                field=None if subtotal else "gross_pay",
                cum=cum(base),
            )
        )
    if split:
        rows.append(_TRow(split_label, split, code="1150", cum=cum(split)))
    if subtotal:
        rows.append(
            _TRow(
                rng.choice(_GROSS_WORDS), gross, field="gross_pay", kind="subtotal", cum=cum(gross)
            )
        )
    minus = [ln for ln in p.other_lines if ln.amount < 0]
    for ln in minus:
        pension = ln.label == "Pensioenpremie"
        pct = _pension_pct(p, ln.amount) if pension else None
        rows.append(
            _TRow(
                _pension_label(p, rng) if pension else ln.label,
                ln.amount,
                qty=amount_nl(gross, thousands=st.thousands) if pct and rng.random() < 0.4 else "",
                rate=pct or "",
                code="3100",
                cum=cum(ln.amount),
            )
        )
    rows.append(_TRow(rng.choice(_TAX_LABELS), -tax, code="5000", field="wage_tax", cum=cum(-tax)))
    deductions = -tax + sum((ln.amount for ln in minus), Decimal(0))
    if (minus and rng.random() < 0.5) or rng.random() < 0.2:
        rows.append(
            _TRow(rng.choice(_DED_TOTALS), deductions, kind="subtotal", cum=cum(deductions))
        )
    return rows, hours_mode, gross + deductions


def _allowance_rows(
    p: Payslip,
    rng: random.Random,
    net_wage: Decimal,
    cumulative: Callable[[Decimal], Decimal],
) -> list[_TRow]:
    """'Netto loon' and the untaxed allowances paid on top of it (none without allowances)."""
    plus = [ln for ln in p.other_lines if ln.amount > 0]
    if not plus:
        return []
    rows = [
        _TRow(rng.choice(_NET_WAGE), net_wage, kind="subtotal", cum=cumulative(net_wage)),
    ]
    for ln in plus:
        rows.append(_TRow(_travel_label(rng), ln.amount, code="7010", cum=cumulative(ln.amount)))
    return rows


def _draw_table(
    c: DocCanvas,
    p: Payslip,
    rows: list[_TRow],
    *,
    x0: float,
    x1: float,
    y: float,
    st: _St,
    split: bool,
    cols: dict[str, float],
    heads: dict[str, str],
    fill: Rgb | None,
    codes: bool,
    euro_total: bool,
    double: bool,
) -> float:
    """A wage table with its header at baseline `y`: a description, right-aligned quantity,
    rate, amount (Betalingen / Inhoudingen when `split`, else one signed Bedrag column) and
    optional cumulative column. Returns the baseline after the last row."""
    font, bold, size, lh = st.font, st.bold, st.size, st.lh
    cap = size * 0.3528
    hsize = size - 0.3
    head_c: Rgb = (1, 1, 1) if fill is not None and sum(fill) < 1.8 else st.ink
    if fill is not None:
        c.rect(x0, y - cap - 1.7, x1 - x0, cap + 3.6, stroke=0, fill=fill)
    else:
        c.line(x0, y + 1.8, x1, y + 1.8, width=0.6, color=st.accent)
    code_x = x0 + 1.5
    desc_x = code_x + (c.width("0000", font, size) + 3 if codes else 0.0)
    if codes:
        c.text(code_x, y, "Code", font=bold, size=hsize, color=head_c)
    c.text(desc_x, y, heads["desc"], font=bold, size=hsize, color=head_c)
    prev = desc_x + c.width(heads["desc"], bold, hsize) + 4
    for key, xr in sorted(cols.items(), key=lambda kv: kv[1]):
        hs = _fit(heads[key], bold, hsize, xr - prev, min_size=5.0)
        c.text(xr, y, heads[key], font=bold, size=hs, align="right", color=head_c)
        prev = xr + 2.5
    y += lh + 1.8
    minus_w = c.width("-", font, size)
    label_room = min(cols.values()) - 16 - desc_x
    for r in rows:
        strong = r.kind in ("subtotal", "total")
        f = bold if strong else font
        s = size + 0.5 if r.kind == "total" else size
        if r.kind == "total":
            y += 1.2
        if codes and r.code:
            c.text(code_x, y, r.code, font=font, size=size)
        c.text(desc_x, y, r.label, font=f, size=_fit(r.label, f, s, label_room, min_size=s - 2))
        if r.qty:
            c.text(
                cols["qty"],
                y,
                r.qty,
                font=font,
                size=size,
                align="right",
                field=r.qty_field,
                value=money_norm(p.hours_worked) if r.qty_field else None,
            )
        if r.rate:
            c.text(cols["rate"], y, r.rate, font=font, size=size, align="right")
        if r.amount is None:
            y += lh
            continue
        trail = minus_w if not split and st.neg == "trailing" else 0.0
        if split:
            xr = cols["pay"] if r.amount >= 0 else cols["ded"]
            shown = amount_nl(r.amount, thousands=st.thousands)
        else:
            xr = cols["amt"] - (trail if r.amount >= 0 else 0.0)
            shown = _signed(r.amount, st.neg, st.thousands)
        if r.kind == "total" and euro_total:
            shown = f"€ {shown}"
        col_r = cols["pay"] if split and r.amount >= 0 else cols["ded"] if split else cols["amt"]
        if strong:
            rule_y = y - s * 0.3528 - 1.3
            c.line(col_r - 22, rule_y, col_r, rule_y, width=0.4)
            if "cum" in cols and r.cum is not None:
                c.line(cols["cum"] - 22, rule_y, cols["cum"], rule_y, width=0.4)
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
        if "cum" in cols and r.cum is not None:
            if split:
                ctext, cx = amount_nl(r.cum, thousands=st.thousands), cols["cum"]
            else:
                ctext = _signed(r.cum, st.neg, st.thousands)
                cx = cols["cum"] - (trail if r.cum >= 0 else 0.0)
            c.text(cx, y, ctext, font=font, size=size, align="right", color=_grey(0.25))
        if r.kind == "total" and double:
            c.line(col_r - 22, y + 1.3, col_r, y + 1.3, width=0.4)
            c.line(col_r - 22, y + 1.9, col_r, y + 1.9, width=0.4)
            y += 0.8
        y += lh
    return y


def _mini(
    c: DocCanvas,
    x: float,
    y: float,
    w: float,
    st: _St,
    title: str,
    heads: list[str],
    rows: list[tuple[str, list[str]]],
    col_w: float = 22.0,
) -> float:
    """A small titled table: labels on the left and right-aligned figures in columns (with
    heads when given); `y` is the title's baseline; returns the baseline after it."""
    font, bold, size, lh = st.font, st.bold, st.size - 0.5, st.lh - 0.3
    c.text(x, y, title, font=bold, size=_fit(title, bold, st.size, w, min_size=5.5), color=st.ink)
    y += 1.6
    c.line(x, y, x + w, y, width=0.3, color=_grey(0.5))
    y += lh
    n = max([len(h) for _, h in rows] + [len(heads)])
    edges = [x + w - 1 - (n - 1 - k) * col_w for k in range(n)]
    if heads:
        for xr, h in zip(edges, heads, strict=True):
            hs = _fit(h, bold, size - 0.5, col_w - 2, min_size=4.5)
            c.text(xr, y, h, font=bold, size=hs, align="right", color=_grey(0.3))
        y += lh
    room = edges[0] - col_w + 2 - x
    for label, values in rows:
        c.text(x, y, label, font=font, size=_fit(label, font, size, room, min_size=4.5))
        for xr, v in zip(edges[n - len(values) :], values, strict=True):
            c.text(xr, y, v, font=font, size=size, align="right")
        y += lh
    return y


def _style(rng: random.Random) -> _St:
    font, bold = rng.choice(_FONTS)
    size = rng.choice([8.0, 8.5, 9.0])
    accent = rng.choice(_ACCENTS)
    return _St(
        font=font,
        bold=bold,
        size=size,
        lh=size * 0.45 + rng.uniform(0.7, 1.1),
        ink=rng.choice([(0.0, 0.0, 0.0), accent]),
        accent=accent,
        light=rng.choice(_LIGHTS),
        label_c=rng.choice([_grey(0.0), _grey(0.35)]),
        neg=rng.choice(["minus", "trailing", "minus_slash"]),
        thousands=rng.random() < 0.8,
    )


def _employee_name_kv(p: Payslip, rng: random.Random, label: str) -> _KV:
    style = rng.choice(["short", "short", "full", "formal", "surname_first", "formal_upper"])
    name = _name(p, style)
    prefix = _title(p) if style in ("short", "full") and rng.random() < 0.3 else ""
    return _KV(label, name, "employee_name", name, prefix, span=2)


def _bsn_kv(p: Payslip, rng: random.Random) -> _KV:
    label = rng.choice(
        ["BSN", "BSN", "Burgerservicenummer", "Sofinummer", "BSN/Sofi-nr.", "BSN/Sofinummer"]
    )
    shown = _bsn_printed(p.person.bsn, rng.choice(["plain", "plain", "dots", "spaces"]))
    return _KV(label, shown, "employee_bsn", p.person.bsn)


# --- payslip.payroll_software: printed by a payroll package / bureau ---------------------------


@dataclass(frozen=True, slots=True)
class _Band:
    """Where a shaded band spans the page and how it is lettered."""

    left: float
    right: float
    width: float
    size: float
    font: str
    bold: str
    fill: Rgb


def _period_band(
    c: DocCanvas,
    p: Payslip,
    band: _Band,
    y: float,
    period: tuple[str, str, str, bool],
    paid: str,
    pad: tuple[float, float],
) -> None:
    """A shaded band with the period (its label as `lead`, marked) and the payment date at the
    right; `pad` is how far the shading reaches above the text and how tall it is beyond it."""
    plabel, lead, pvalue, dated = period
    cap = (band.size + 0.5) * 0.3528
    c.rect(band.left, y - cap - pad[0], band.width, cap + pad[1], stroke=0, fill=band.fill)
    psz = _fit(f"{lead} {pvalue}", band.bold, band.size + 0.5, band.width * 0.6)
    boxes = _parts(c, band.left + 2, y, [lead, pvalue], font=band.bold, size=psz)
    _mark_item(c, p, _Item(plabel, pvalue, "period"), boxes[1], dated)
    text = f"Betaaldatum: {paid}"
    size = _fit(text, band.font, band.size, band.width * 0.35)
    c.text(band.right - 2, y, text, font=band.font, size=size, align="right")


@layout("payslip", "payroll_software")
def payroll_software(c: DocCanvas, p: Payslip, rng: random.Random) -> None:
    """The software's or bureau's name on top (or the employer's letterhead with the software's
    logo text), the employer in a block or on a line, employee and pay-run blocks side by side or
    stacked, a split or signed wage table, payout line, reservations and year-to-date figures,
    and a footer naming the bureau or the software."""
    st = _style(rng)
    font, bold, size, lh = st.font, st.bold, st.size, st.lh
    grey = _grey(0.35)
    left = rng.uniform(13, 18)
    right = 210 - rng.uniform(13, 18)
    width = right - left
    software, tagline = rng.choice(_SOFTWARE)
    b_name, b_street, b_nr, b_pc, b_city, b_area = rng.choice(_PAYROLL_BUREAUS)
    b_phone = _phone(b_name, b_area)
    legal = p.job.employer.name
    e = p.job.employer.address
    rsin = _rsin(p)
    lh_label = rng.choice(["Loonheffingennummer", "Loonheffingennr.", "LH-nummer"])
    lh_no = _lh_number(p, rsin, rng.choice(["dots", "dots", "plain", "space"]))
    ex = _extras(p)
    cumulative = _cumulatives(p, rng)
    four = p.period_number is not None
    paid = date_nl(p.payment_date, rng.choice(["dash", "dash", "long"]))
    head = rng.choice(["software", "employer", "bureau"])
    title = rng.choice(["Salarisstrook", "Loonstrook", "Salarisspecificatie", "Loonspecificatie"])
    lh_printed = False

    # header --------------------------------------------------------------------------------------
    top = rng.uniform(15, 19)
    if head == "software":
        c.logo(left, top - 7, 9, rng, color=st.accent)
        ssize = _fit(software, bold, rng.choice([15.0, 16.0, 18.0]), width * 0.5)
        c.text(left + 12, top, software, font=bold, size=ssize, color=st.accent)
        c.text(left + 12, top + 4.5, tagline, font=font, size=7.5, color=grey)
        c.text(right, top, title, font=bold, size=13, align="right")
        if rng.random() < 0.6:
            text = f"Salarisadministratie: {b_name}"
            tsize = _fit(text, font, 7.5, width * 0.42)
            c.text(right, top + 4.5, text, font=font, size=tsize, align="right", color=grey)
        y = top + 13
    elif head == "employer":
        esize = _fit(legal, bold, 13, width * 0.58)
        c.text(
            left,
            top,
            legal,
            font=bold,
            size=esize,
            color=st.ink,
            field="employer_name",
            value=legal,
        )
        addr = f"{e.street} {e.house_number}, {e.postcode_printed} {e.city}"
        c.text(left, top + 4.8, addr, font=font, size=_fit(addr, font, 8, width * 0.58), color=grey)
        ids = [f"{lh_label} {lh_no}"]
        if rng.random() < 0.6:
            ids.append(f"KvK {_kvk(legal)}")
        text = "   ".join(ids)
        c.text(
            left, top + 8.8, text, font=font, size=_fit(text, font, 7.5, width * 0.58), color=grey
        )
        lh_printed = True
        c.logo(right - 6, top - 6, 6, rng, color=st.accent)
        ssize = _fit(software, bold, 12, width * 0.3)
        c.text(right - 8, top, software, font=bold, size=ssize, align="right", color=st.accent)
        c.text(
            right,
            top + 7,
            title,
            font=bold,
            size=_fit(title, bold, 12, width * 0.36),
            align="right",
        )
        y = top + 16
    else:
        bsize = _fit(b_name, bold, 13, width * 0.55)
        c.text(left, top, b_name, font=bold, size=bsize, color=st.accent)
        c.text(
            left,
            top + 4.6,
            f"{b_street} {b_nr} · {b_pc[:4]} {b_pc[4:]} {b_city}",
            font=font,
            size=7.5,
            color=grey,
        )
        c.text(
            left, top + 8.2, f"Tel. {b_phone} · KvK {_kvk(b_name)}", font=font, size=7.5, color=grey
        )
        c.text(right, top, title, font=bold, size=_fit(title, bold, 13, width * 0.4), align="right")
        sub = rng.choice([f"Verwerkt met {software}", "Salarisadministratie", "Payroll services"])
        c.text(right, top + 4.6, sub, font=font, size=7.5, align="right", color=grey)
        y = top + 16
    c.line(left, y - 3.5, right, y - 3.5, width=0.6, color=st.accent)

    employer_place = "letterhead"
    if head == "software":
        employer_place = rng.choice(["block", "block", "line"])
    elif head == "bureau":
        employer_place = "block"
    if employer_place == "line":
        lead = rng.choice(["Werkgever:", "Werkgever", "Organisatie:", "Naam werkgever:"])
        parts = [lead, legal, f"· {e.street} {e.house_number}, {e.postcode_printed} {e.city}"]
        psz = _fit(" ".join(parts), font, size + 0.5, width)
        boxes = _parts(c, left, y + 1, parts, font=font, size=psz)
        c.mark("employer_name", legal, boxes[1], legal)
        y += lh + 3

    # period --------------------------------------------------------------------------------------
    plabel, pvalue, dated = _period_form(p, rng)
    period_place = rng.choice(["band", "block"])
    if period_place == "band":
        band = _Band(left, right, width, size, font, bold, st.light)
        _period_band(c, p, band, y, (plabel, f"{plabel}:", pvalue, dated), paid, (1.6, 3.4))
        y += lh + 3.5

    # blocks --------------------------------------------------------------------------------------
    hours_mode = rng.choice(["rate", "rate", "row", "block"])
    iban_place = rng.choices(["block", "payout", "both"], weights=[3, 4, 2])[0]
    printed_iban = p.account.iban_printed if rng.random() < 0.7 else p.account.iban
    colon = rng.choice(["", ":"])
    wk: list[_KV] = [
        _employee_name_kv(p, rng, rng.choice(["Naam", "Naam", "Werknemer", "Medewerker"])),
    ]
    opt = [
        _KV(
            rng.choice(["Personeelsnummer", "Pers.nr.", "Werknemersnummer", "Medewerkernummer"]),
            p.job.employee_number,
        ),
        _bsn_kv(p, rng),
    ]
    if rng.random() < 0.7:
        opt.append(
            _KV(
                rng.choice(["Geboortedatum", "Geb.datum"]),
                date_nl(p.person.date_of_birth, rng.choice(["dash", "dash", "dot"])),
            )
        )
    if rng.random() < 0.6:
        hired = p.payment_date - timedelta(days=rng.randint(120, 6000))
        opt.append(
            _KV(rng.choice(["In dienst", "Datum in dienst", "In dienst per"]), date_nl(hired))
        )
    if rng.random() < 0.7:
        opt.append(_KV("Functie", _function(p, rng)))
    if rng.random() < 0.5:
        opt.append(_KV(rng.choice(["Afdeling", "Kostenplaats"]), rng.choice(_DEPARTMENTS)))
    if rng.random() < 0.35:
        opt.append(
            _KV(rng.choice(["Contracturen", "Uren per week"]), amount_nl(p.job.hours_per_week))
        )
    rng.shuffle(opt)
    wk += opt
    run: list[_KV] = []  # the pay run's facts
    if period_place == "block":
        run.append(_KV(plabel, pvalue, "period"))
    if period_place == "block":
        run.append(_KV(rng.choice(["Betaaldatum", "Datum betaling", "Uitbetaald op"]), paid))
    if rng.random() < 0.5:
        made = p.payment_date - timedelta(days=rng.randint(2, 7))
        run.append(_KV(rng.choice(["Verwerkingsdatum", "Verwerkt op"]), date_nl(made)))
    if rng.random() < 0.8:
        run.append(
            _KV(
                rng.choice(["Loonheffingskorting", "Heffingskorting"]),
                rng.choice(["Ja", "ja", "J"]),
            )
        )
    if rng.random() < 0.5:
        run.append(
            _KV(rng.choice(["Tabel", "Tabel LH"]), "Wit, " + ("4 weken" if four else "maand"))
        )
    if rng.random() < 0.4:
        run.append(_KV("Bijzonder tarief", f"{rng.choice(['36,97', '37,56', '40,20', '49,50'])}%"))
    if hours_mode == "block":
        run.append(
            _KV(
                rng.choice(["Uren deze periode", "Gewerkte uren", "Uren"]),
                amount_nl(p.hours_worked),
                "hours_worked",
                money_norm(p.hours_worked),
            )
        )
    if iban_place == "block":
        run.append(
            _KV(
                rng.choice(["IBAN", "Rekeningnummer", "Bankrekening"]),
                printed_iban,
                "employee_iban",
                p.account.iban,
            )
        )
    elif iban_place == "both":
        run.append(_KV("IBAN", printed_iban))

    framed = rng.random() < 0.6
    wk_head = rng.choice(["Werknemer", "Gegevens werknemer", "Medewerker", None])
    if employer_place == "block":
        emp_head = rng.choice(["Werkgever", "Gegevens werkgever", None])
        name_label = rng.choice(
            ["Naam", "Naam werkgever"]
            if emp_head == "Werkgever"
            else ["Werkgever", "Naam werkgever", "Organisatie"]
        )
        emp = [_KV(name_label, legal, "employer_name", legal)]
        if rng.random() < 0.5:
            emp.append(_KV("Adres", f"{e.street} {e.house_number}, {e.postcode_printed} {e.city}"))
        else:
            emp.append(
                _KV(rng.choice(["Adres", "Vestigingsadres"]), f"{e.street} {e.house_number}")
            )
            emp.append(
                _KV(rng.choice(["Postcode/plaats", "Plaats"]), f"{e.postcode_printed} {e.city}")
            )
        emp.append(_KV(lh_label, lh_no))
        lh_printed = True
        if rng.random() < 0.7:
            emp.append(_KV(rng.choice(["KvK-nummer", "KvK-nr.", "KvK"]), _kvk(legal)))
        if rng.random() < 0.3:
            emp.append(_KV("RSIN", rsin))
        if rng.random() < 0.4:
            emp.append(_KV(rng.choice(["Contactpersoon", "Contact HR"]), _contact(p, rng)))
        if rng.random() < 0.3:
            emp.append(_KV("Telefoon", _phone(legal, "088")))
        if rng.random() < 0.3:
            emp.append(
                _KV(rng.choice(["Klantnummer", "Werkgeversnummer"]), str(rng.randint(1000, 99999)))
            )
        if rng.random() < 0.2:
            emp.append(_KV("Aansluitnr. pensioen", _other_nine(p, rng)))
        arrangement = rng.choice(["side", "stacked"])
        if arrangement == "side":
            if (emp_head is None) != (wk_head is None):  # side by side: both headed or neither
                wk_head, emp_head = wk_head or "Werknemer", emp_head or "Werkgever"
            half = (width - 4) / 2
            wk_all = wk + run
            rows = max(len(emp), len(wk_all))
            kw = {"st": st, "framed": framed, "cols": 1, "dated": dated, "colon": colon}
            b1 = _kv_block(c, p, emp, left, y, half, heading=emp_head, rows=rows, **kw)
            b2 = _kv_block(c, p, wk_all, left + half + 4, y, half, heading=wk_head, rows=rows, **kw)
            y = max(b1, b2) + 5
        else:
            kw = {"st": st, "framed": framed, "cols": 2, "dated": dated, "colon": colon}
            y = _kv_block(c, p, emp, left, y, width, heading=emp_head, **kw) + 3
            y = _kv_block(c, p, wk + run, left, y, width, heading=wk_head, **kw) + 5
    else:
        arrangement = rng.choice(["side", "wide"])
        if arrangement == "side":
            half = (width - 4) / 2
            rows = max(len(wk), len(run))
            kw = {"st": st, "framed": framed, "cols": 1, "dated": dated, "colon": colon}
            b1 = _kv_block(c, p, wk, left, y, half, heading=wk_head, rows=rows, **kw)
            run_head = rng.choice(["Verloning", "Loongegevens", "Periodegegevens"])
            b2 = _kv_block(c, p, run, left + half + 4, y, half, heading=run_head, rows=rows, **kw)
            y = max(b1, b2) + 5
        else:
            kw = {"st": st, "framed": framed, "cols": 2, "dated": dated, "colon": colon}
            y = _kv_block(c, p, wk + run, left, y, width, heading=wk_head, **kw) + 5

    # wage table ----------------------------------------------------------------------------------
    rows_t, hours_mode, net_wage = _wage_rows(p, rng, hours_mode, st, cumulative)
    rows_t += _allowance_rows(p, rng, net_wage, cumulative)
    rows_t.append(_TRow(rng.choice(_FINALS), p.net_pay, field="net_pay", kind="total"))
    tstyle = rng.choice(["split", "signed"])
    ytd = (
        rng.choice(["column", "block"])
        if tstyle == "signed"
        else rng.choice(["block", "block", "none"])
    )
    k = _period_index(p)
    cum_head = rng.choice([*_CUM_HEADS, f"T/m periode {k}"])
    heads = {
        "desc": rng.choice(["Omschrijving", "Looncomponent", "Component"]),
        "qty": rng.choice(["Aantal", "Eenheden", "Uren/aantal"]),
        "rate": rng.choice(["Tarief", "Waarde", "Tarief"]),
        "pay": rng.choice(["Betalingen", "Betaling"]),
        "ded": rng.choice(["Inhoudingen", "Inhouding"]),
        "amt": rng.choice(["Bedrag", "Deze periode", "Periode"]),
        "cum": cum_head,
    }
    if tstyle == "split":
        cols = {
            "qty": left + width * 0.52,
            "rate": left + width * 0.66,
            "pay": left + width * 0.83,
            "ded": right - 2,
        }
    elif ytd == "column":
        cols = {
            "qty": left + width * 0.50,
            "rate": left + width * 0.63,
            "amt": left + width * 0.80,
            "cum": right - 2,
        }
    else:
        cols = {"qty": left + width * 0.60, "rate": left + width * 0.74, "amt": right - 2}
    y += 2
    y = _draw_table(
        c,
        p,
        rows_t,
        x0=left,
        x1=right,
        y=y,
        st=st,
        split=tstyle == "split",
        cols=cols,
        heads=heads,
        fill=rng.choice([st.light, st.accent, None]),
        codes=tstyle == "signed" and rng.random() < 0.6,
        euro_total=rng.random() < 0.4,
        double=rng.random() < 0.5,
    )
    c.line(left, y - lh + 2.2, right, y - lh + 2.2, width=0.4, color=_grey(0.5))
    y += 3

    # payout ----------------------------------------------------------------------------------------
    if iban_place in ("payout", "both"):
        lead = rng.choice(
            [
                "Uitbetaald op rekening",
                "Overgemaakt naar",
                "Betaald op IBAN",
                "Te betalen op rekening",
            ]
        )
        parts = [lead, printed_iban]
        if rng.random() < 0.4:
            parts.append(f"t.n.v. {p.person.short_name}")
        if rng.random() < 0.5:
            parts.append(f"op {paid}")
        psz = _fit(" ".join(parts), font, size, width - 3)
        boxes = _parts(c, left + 1.5, y, parts, font=font, size=psz)
        c.mark("employee_iban", p.account.iban, boxes[1], printed_iban)
    else:
        c.text(left + 1.5, y, f"Betaalwijze: bank · betaaldatum {paid}", font=font, size=size)
    y += lh + 6

    # reservations and year-to-date -----------------------------------------------------------------
    half = (width - 8) / 2
    res = [
        (
            rng.choice(["Vakantiegeld deze periode", "Res. vakantiegeld 8%"]),
            [amount_nl(ex["vakantiegeld"], thousands=st.thousands)],
        ),
        (
            rng.choice(["Vakantiegeld opgebouwd", "Saldo vakantiegeld"]),
            [amount_nl(cumulative(ex["vakantiegeld"]), thousands=st.thousands)],
        ),
    ]
    if rng.random() < 0.7:
        res.append(
            (
                rng.choice(["Saldo verlofuren", "Verlof saldo (uren)"]),
                [amount_nl(_leave_hours(p, rng))],
            )
        )
    y_left = _mini(
        c, left + 1, y, half, st, rng.choice(["Reserveringen", "Saldi en reserveringen"]), [], res
    )
    x2 = left + half + 7
    if ytd == "block":
        both = rng.random() < 0.5
        year_rows: list[tuple[str, Decimal]] = [
            (rng.choice(["Brutoloon", "Bruto loon"]), p.gross_pay),
            (rng.choice(["Fiscaal loon", "Loon LH"]), ex["fiscaal"]),
            ("Loonheffing", p.wage_tax),
        ]
        if ex["pension"]:
            year_rows.append(("Pensioenpremie", -ex["pension"]))
        year_rows.append((rng.choice(["Netto", "Uitbetaald"]), p.net_pay))
        ytitle = rng.choice(
            [f"Cumulatieven t/m periode {k}", f"Jaartotalen {_year(p)}", f"Cumulatief {_year(p)}"]
        )
        heads_y = ["Periode", rng.choice(["Cumulatief", "T/m periode"])] if both else []
        mrows = [
            (
                label,
                ([amount_nl(v, thousands=st.thousands)] if both else [])
                + [amount_nl(cumulative(v), thousands=st.thousands)],
            )
            for label, v in year_rows
        ]
        y_right = _mini(c, x2, y, half, st, ytitle, heads_y, mrows)
    else:
        fiscal = [
            (
                rng.choice(["Tabelloon", "Loon LH"]),
                [amount_nl(ex["fiscaal"], thousands=st.thousands)],
            ),
            ("Loon SV", [amount_nl(ex["sv"], thousands=st.thousands)]),
            (
                "Verrekende heffingskorting",
                [amount_nl(ex["heffingskorting"], thousands=st.thousands)],
            ),
        ]
        y_right = _mini(c, x2, y, half, st, "Fiscale gegevens", [], fiscal)
    y = max(y_left, y_right) + 4
    if y < 240 and rng.random() < 0.35:
        costs = [
            ("Premie WW (werkgever)", money(ex["sv"] * Decimal("0.0274"))),
            ("Werkgeversheffing Zvw", money(ex["sv"] * Decimal("0.0651"))),
            ("Premie WIA/WAO (werkgever)", money(ex["sv"] * Decimal("0.0764"))),
        ]
        if ex["pension"]:
            costs.append(("Pensioenpremie werkgeversdeel", money(-ex["pension"] * 2)))
        y = _mini(
            c,
            left + 1,
            y + 2,
            half,
            st,
            "Werkgeverslasten (ter informatie)",
            [],
            [(label, [amount_nl(v, thousands=st.thousands)]) for label, v in costs],
        )
        y += 4
    if y < 262 and rng.random() < 0.4:
        note = rng.choice(
            [
                f"Vragen over deze strook? Bel {b_name}, {b_phone}.",
                "Wijzigingen in uw gegevens kunt u doorgeven aan uw werkgever.",
                f"Uw jaaropgaaf {int(_year(p)) - 1} is beschikbaar via {software}.",
            ]
        )
        lead = rng.choice(["Mededeling:", "Let op:"])
        c.text(left + 1, y, lead, font=bold, size=size - 0.5)
        nx = left + 1 + c.width(lead, bold, size - 0.5) + 3
        c.text(nx, y, note, font=font, size=_fit(note, font, size - 0.5, right - nx))

    # footer ----------------------------------------------------------------------------------------
    c.line(left, 276, right, 276, width=0.3, color=_grey(0.6))
    if head == "software":
        foot1 = (
            f"Verzorgd door {b_name} · {b_street} {b_nr}, {b_pc[:4]} {b_pc[4:]} {b_city}"
            f" · Tel. {b_phone} · KvK {_kvk(b_name)}"
        )
    elif head == "employer":
        foot1 = f"Salarisadministratie: {b_name}, {b_city} · Tel. {b_phone}"
    else:
        foot1 = f"{b_name} verzorgt de salarisadministratie in opdracht van uw werkgever."
    c.text(left, 280.5, foot1, font=font, size=_fit(foot1, font, 7, width), color=grey)
    foot2 = f"Powered by {software}" if head != "software" else f"{software} · {tagline}"
    if not lh_printed:
        foot2 = f"{lh_label} {lh_no} · {foot2}"
    c.text(left, 284.5, foot2, font=font, size=_fit(foot2, font, 7, width * 0.75), color=grey)
    c.text(right, 284.5, "Pagina 1 van 1", font=font, size=7, align="right", color=grey)


# --- payslip.corporate_portal: a large employer's HR self-service PDF ---------------------------


def _messages(
    p: Payslip, rng: random.Random, brand: str, contact: str, phone: str, portal: str
) -> list[str]:
    """One to three notices of the kind HR puts on a slip: about the employer, dates and other
    people and amounts, never about this slip's own figures."""
    pay = p.payment_date
    year = pay.year
    key = _keyword(p.job.employer.name, _CAOS)
    cao = _CAOS[key] if key else "cao"
    vg_year = year if pay.month < 5 else year + 1
    vg_day = date(vg_year, 5, rng.randint(20, 28))
    rise = date(year, 7, 1) if pay.month < 7 else date(year + 1, 1, 1)
    nxt = pay + timedelta(days=rng.randint(26, 34))
    what = "de volgende periode" if p.period_number is not None else MONTHS_NL[nxt.month - 1]
    bonus = amount_nl(Decimal(rng.randint(100, 600)) + Decimal(rng.choice(["0", "0.50"])))
    pool = [
        f"Het vakantiegeld over juni {vg_year - 1} t/m mei {vg_year} wordt op "
        f"{date_nl(vg_day, 'long')} uitbetaald.",
        f"Per {date_nl(rise, 'long')} stijgen de salarissen met "
        f"{rng.choice(['2,0', '2,5', '3,1', '3,75'])}% volgens de {cao}.",
        f"Uw jaaropgaaf {year - 1} staat voor u klaar in {portal}.",
        f"Vragen over uw salaris? Neem contact op met {contact} van HR Services, telefoon {phone}.",
        f"{brand} betaalt het salaris over {what} uit op {date_nl(nxt)}.",
        f"Met het salaris over {what} ontvangt u een eenmalige uitkering van € {bonus} bruto.",
        f"Wijzigingen in uw bankrekeningnummer moeten vóór de 10e van de maand in {portal} staan.",
        f"Vanaf {date_nl(nxt - timedelta(days=rng.randint(5, 20)))} is {contact} uw "
        "contactpersoon bij de salarisadministratie.",
    ]
    return rng.sample(pool, rng.randint(1, 3))


def _pack(cells: list[_KV], ncols: int) -> list[list[_KV]]:
    """Cells into rows of `ncols` columns, a later narrow cell filling a gap a wide one left."""
    pending = list(cells)
    rows: list[list[_KV]] = []
    while pending:
        row: list[_KV] = []
        used = i = 0
        while i < len(pending) and used < ncols:
            if used + pending[i].span <= ncols:
                used += pending[i].span
                row.append(pending.pop(i))
            else:
                i += 1
        rows.append(row)
    return rows


@layout("payslip", "corporate_portal")
def corporate_portal(c: DocCanvas, p: Payslip, rng: random.Random) -> None:
    """A big employer name (coloured band, rule or logo) with its parent or business unit and
    the portal's print stamp, the period as a title or band or in the grid, employee data in a
    grid of cells, a Betalingen / Inhoudingen table (with or without a cumulative column), a net
    pay box with the payout account, fiscal data, year totals, reservations and notices."""
    st = _style(rng)
    font, bold, size, lh = st.font, st.bold, st.size, st.lh
    grey = _grey(0.35)
    white: Rgb = (1, 1, 1)
    left = rng.uniform(12, 17)
    right = 210 - rng.uniform(12, 17)
    width = right - left
    legal = p.job.employer.name
    e = p.job.employer.address
    brand = legal.removesuffix(" B.V.")
    portal = rng.choice(_PORTALS)
    rsin = _rsin(p)
    lh_no = _lh_number(p, rsin, rng.choice(["dots", "dots", "plain"]))
    ex = _extras(p)
    cumulative = _cumulatives(p, rng)
    four = p.period_number is not None
    k = _period_index(p)
    paid = date_nl(p.payment_date, rng.choice(["dash", "dash", "long"]))
    contact = _contact(p, rng)
    hr_phone = _phone(legal, "088")
    plus = [ln for ln in p.other_lines if ln.amount > 0]
    plus_total = sum((ln.amount for ln in plus), Decimal(0))

    # header ----------------------------------------------------------------------------------------
    hstyle = rng.choice(["band", "rule", "logo"])
    shown = rng.choice([legal, legal, brand, legal.upper()])
    header_marked = shown in (legal, legal.upper())
    parents = _PARENTS.get(_keyword(legal, _PARENTS) or "", [])
    if legal.startswith("Gemeentelijke"):
        parents = [f"Gemeente {e.city}"]
    units = [*_UNITS.get(_keyword(legal, _UNITS) or "", []), f"Vestiging {e.city}"]
    sub = ""
    roll = rng.random()
    if roll < 0.45 and parents:
        parent = rng.choice(parents)
        sub = rng.choice([f"onderdeel van {parent}", f"Een organisatie van {parent}"])
    elif roll < 0.8:
        unit = rng.choice(units)
        sub = rng.choice(
            [unit, f"{unit} · {e.city}"]
            if unit.startswith("Vestiging")
            else [f"Business unit {unit}", unit, f"{unit} · {e.city}"]
        )
    nx = left + 17 if hstyle == "logo" else left
    if hstyle == "band":
        c.rect(0, 0, 210, 34, stroke=0, fill=st.accent)
    if hstyle == "logo":
        c.logo(left, 8, 13, rng, color=st.accent)
    tc: Rgb = white if hstyle == "band" else st.accent
    ny = 17.5
    nsize = _fit(shown, bold, rng.choice([18.0, 20.0, 22.0]), left + width * 0.6 - nx)
    c.text(
        nx,
        ny,
        shown,
        font=bold,
        size=nsize,
        color=tc,
        field="employer_name" if header_marked else None,
        value=shown if header_marked else None,
    )
    if sub:
        ssz = _fit(sub, font, 8.5, left + width * 0.6 - nx)
        c.text(nx, ny + 6.5, sub, font=font, size=ssz, color=white if hstyle == "band" else grey)
    rc: Rgb = white if hstyle == "band" else (0, 0, 0)
    title = rng.choice(
        ["Salarisspecificatie", "Loonstrook", "Digitale loonstrook", "Salarisstrook"]
    )
    c.text(
        right,
        13.5,
        title,
        font=bold,
        size=_fit(title, bold, 12, width * 0.36),
        align="right",
        color=rc,
    )
    printed = p.payment_date + timedelta(days=rng.randint(0, 25))
    stamp = [
        f"{portal} · {rng.choice(['Selfservice', 'Employee Self Service', 'Mijn documenten'])}",
        f"Afgedrukt op {date_nl(printed)} om {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}",
    ]
    for i, text in enumerate(stamp):
        c.text(
            right,
            19.5 + i * 4,
            text,
            font=font,
            size=_fit(text, font, 7.5, width * 0.36),
            align="right",
            color=white if hstyle == "band" else grey,
        )
    if hstyle != "band":
        c.line(left, 30.5, right, 30.5, width=1.6 if hstyle == "rule" else 0.5, color=st.accent)
    y = 42.0

    # period ------------------------------------------------------------------------------------------
    plabel, pvalue, dated = _period_form(p, rng)
    period_place = rng.choice(["title", "band", "grid"])
    lead = f"{plabel}{rng.choice([':', ':', ''])}"
    if period_place == "title":
        psz = _fit(f"{lead} {pvalue}", bold, size + 3, width * 0.7)
        boxes = _parts(c, left, y, [lead, pvalue], font=bold, size=psz, color=st.ink)
        _mark_item(c, p, _Item(plabel, pvalue, "period"), boxes[1], dated)
        text = f"Betaaldatum {paid}"
        c.text(right, y, text, font=font, size=_fit(text, font, size, width * 0.28), align="right")
        y += lh + 4
    elif period_place == "band":
        band = _Band(left, right, width, size, font, bold, st.light)
        _period_band(c, p, band, y, (plabel, lead, pvalue, dated), paid, (1.8, 3.8))
        y += lh + 4

    # employee grid ---------------------------------------------------------------------------------
    hours_mode = rng.choice(["rate", "rate", "row", "grid"])
    iban_place = rng.choices(["grid", "payout", "both"], weights=[2, 5, 2])[0]
    printed_iban = p.account.iban_printed if rng.random() < 0.75 else p.account.iban
    employer_place = "header" if header_marked else rng.choice(["grid", "footer"])
    cells: list[_KV] = [
        _employee_name_kv(p, rng, rng.choice(["Naam", "Medewerker", "Naam medewerker"])),
        _KV(
            rng.choice(["Personeelsnummer", "Medewerkersnummer", "Pers.nr."]), p.job.employee_number
        ),
        _bsn_kv(p, rng),
    ]
    schaal, trede = rng.randint(3, 11), rng.randint(0, 12)
    hired = p.payment_date - timedelta(days=rng.randint(150, 7000))
    opt = [
        _KV("Geboortedatum", date_nl(p.person.date_of_birth, "dash")),
        _KV("Functie", _function(p, rng), span=2 if rng.random() < 0.3 else 1),
        _KV(
            rng.choice(["Afdeling", "Kostenplaats", "Organisatie-eenheid"]),
            rng.choice(_DEPARTMENTS),
        ),
        _KV(rng.choice(["Locatie", "Standplaats"]), e.city),
        _KV(rng.choice(["In dienst", "Datum in dienst"]), date_nl(hired, "dash")),
        _KV(rng.choice(["Salarisschaal", "Schaal/trede"]), f"{schaal} / {trede}"),
        _KV(
            rng.choice(["Parttimefactor", "Deeltijdfactor"]),
            f"{p.job.hours_per_week / Decimal(rng.choice([36, 38, 40])):.4f}".replace(".", ","),
        ),
        _KV(rng.choice(["Contracturen p/w", "Uren per week"]), amount_nl(p.job.hours_per_week)),
        _KV(rng.choice(["Loonheffingskorting", "Heffingskorting"]), rng.choice(["Ja", "ja"])),
        _KV("Tabel", "Wit " + ("4-weken" if four else "maand")),
        _KV(rng.choice(["Medewerker-ID", "Relatienummer"]), _other_nine(p, rng)),
    ]
    cells += rng.sample(opt, rng.randint(4, 8))
    if period_place == "grid":
        cells.append(_KV(plabel, pvalue, "period", span=2 if len(pvalue) > 14 else 1))
        cells.append(_KV(rng.choice(["Betaaldatum", "Datum betaling"]), paid))
    if employer_place == "grid":
        cells.append(
            _KV(
                rng.choice(["Werkgever", "Juridische entiteit", "Rechtspersoon", "Organisatie"]),
                legal,
                "employer_name",
                legal,
                span=2,
            )
        )
    if hours_mode == "grid":
        cells.append(
            _KV(
                rng.choice(["Uren deze periode", "Gewerkte uren", "Betaalde uren"]),
                amount_nl(p.hours_worked),
                "hours_worked",
                money_norm(p.hours_worked),
            )
        )
    if iban_place in ("grid", "both"):
        cells.append(
            _KV(
                rng.choice(["IBAN", "Bankrekening", "Rekeningnummer"]),
                printed_iban,
                "employee_iban" if iban_place == "grid" else None,
                p.account.iban,
                span=2,
            )
        )
    first, rest = cells[0], cells[1:]
    rng.shuffle(rest)
    cells = [first, *rest]
    gstyle = rng.choice(["cells", "open"])
    cw = width / 4
    rh = 2 * lh + 2.2
    for row in _pack(cells, 4):
        x = left
        for it in row:
            w = it.span * cw
            if gstyle == "cells":
                c.rect(x, y, w, rh, stroke=0.3, color=_grey(0.6))
            ls = _fit(it.label, font, size - 1.5, w - 3.6, min_size=4.5)
            c.text(x + 1.8, y + lh - 0.2, it.label, font=font, size=ls, color=_grey(0.4))
            vfont = bold if it.kind in ("employee_name", "employer_name") else font
            vs = _fit(it.shown, vfont, size, w - 3.6, min_size=5.0)
            _value(c, p, it, x + 1.8, y + 2 * lh + 0.3, vfont, vs, dated)
            x += w
        if gstyle == "open":
            c.line(left, y + rh, right, y + rh, width=0.3, color=_grey(0.75))
        y += rh
    y += 9

    # wage table ------------------------------------------------------------------------------------
    ytd = rng.choice(["column", "block", "both"])
    rows_t, hours_mode, net_wage = _wage_rows(p, rng, hours_mode, st, cumulative)
    extra = _allowance_rows(p, rng, net_wage, cumulative)
    if not extra and rng.random() < 0.5:
        extra = [
            _TRow(rng.choice(_NET_WAGE), p.net_pay, kind="subtotal", cum=cumulative(p.net_pay))
        ]
    rows_t += extra
    heads = {
        "desc": rng.choice(["Omschrijving", "Looncomponent", "Omschrijving"]),
        "qty": rng.choice(["Eenheden", "Aantal", "Eenheden"]),
        "rate": rng.choice(["Tarief", "Tarief", "Waarde"]),
        "pay": rng.choice(["Betalingen", "Betaling"]),
        "ded": rng.choice(["Inhoudingen", "Inhouding"]),
        "cum": rng.choice([*_CUM_HEADS, f"T/m periode {k}"]),
    }
    if ytd in ("column", "both"):
        cols = {
            "qty": left + width * 0.45,
            "rate": left + width * 0.58,
            "pay": left + width * 0.72,
            "ded": left + width * 0.86,
            "cum": right - 2,
        }
    else:
        cols = {
            "qty": left + width * 0.52,
            "rate": left + width * 0.66,
            "pay": left + width * 0.83,
            "ded": right - 2,
        }
    y = _draw_table(
        c,
        p,
        rows_t,
        x0=left,
        x1=right,
        y=y,
        st=st,
        split=True,
        cols=cols,
        heads=heads,
        fill=rng.choice([st.accent, st.light]),
        codes=False,
        euro_total=False,
        double=False,
    )
    c.line(left, y - lh + 2.2, right, y - lh + 2.2, width=0.5, color=st.accent)
    y += 7

    # net pay box and fiscal data -------------------------------------------------------------------
    nbw = rng.uniform(80, 90)
    bx = right - nbw
    net_rows: list[tuple[str, Decimal, bool]] = []
    if plus and rng.random() < 0.5:
        net_rows.append((rng.choice(_NET_WAGE), net_wage, False))
        net_rows.append((rng.choice(_PLUS_TOTALS), plus_total, False))
    net_rows.append((rng.choice(_FINALS), p.net_pay, True))
    box_top = y - size * 0.3528 - 2.2
    box_h = len(net_rows) * (lh + 0.8) + lh + 4.2
    c.rect(bx, box_top, nbw, box_h, stroke=0.6, color=st.accent, fill=st.light)
    yy = y
    euro = rng.random() < 0.6
    for label, value, final in net_rows:
        f = bold if final else font
        s = size + 1 if final else size
        shown_v = amount_nl(value, thousands=st.thousands)
        if final and euro:
            shown_v = f"€ {shown_v}"
        c.text(bx + 2.5, yy, label, font=f, size=s)
        c.text(
            right - 3,
            yy,
            shown_v,
            font=f,
            size=s,
            align="right",
            field="net_pay" if final else None,
            value=money_norm(value) if final else None,
        )
        yy += lh + 0.8
    if iban_place in ("payout", "both"):
        lead = rng.choice(["Te betalen op rekening", "Overgemaakt naar", "Uitbetaald op"])
        parts = [lead, printed_iban]
        psz = _fit(" ".join(parts), font, size, nbw - 5, min_size=5.0)
        boxes = _parts(c, bx + 2.5, yy, parts, font=font, size=psz)
        c.mark("employee_iban", p.account.iban, boxes[1], printed_iban)
    else:
        text = f"Betaaldatum {paid} · per bank"
        c.text(bx + 2.5, yy, text, font=font, size=_fit(text, font, size, nbw - 5, min_size=5.0))
    fiscal = [
        (
            rng.choice(["Loon LH", "Fiscaal loon", "Tabelloon"]),
            [amount_nl(ex["fiscaal"], thousands=st.thousands)],
        ),
        (rng.choice(["Loon SV", "SV-loon"]), [amount_nl(ex["sv"], thousands=st.thousands)]),
        ("Heffingskorting", [amount_nl(ex["heffingskorting"], thousands=st.thousands)]),
    ]
    if rng.random() < 0.5:
        fiscal.append(("Bijzonder tarief", [f"{rng.choice(['36,97', '37,56', '49,50'])}%"]))
    fy = _mini(
        c,
        left + 1,
        y,
        bx - left - 8,
        st,
        rng.choice(["Fiscale gegevens", "Loongegevens"]),
        [],
        fiscal,
    )
    y = max(box_top + box_h, fy) + 6

    # year totals -----------------------------------------------------------------------------------
    if ytd in ("block", "both"):
        cols_y: list[tuple[str, Decimal]] = [
            (rng.choice(["Brutoloon", "Bruto"]), p.gross_pay),
            ("Loon LH", ex["fiscaal"]),
            ("Loonheffing", p.wage_tax),
        ]
        if ex["pension"]:
            cols_y.append(("Pensioen", -ex["pension"]))
        cols_y.append(("Vakantiegeld", ex["vakantiegeld"]))
        cols_y.append((rng.choice(["Netto", "Uitbetaald"]), p.net_pay))
        year_rows: list[tuple[str, list[str]]] = []
        if rng.random() < 0.5:
            year_rows.append(
                ("Deze periode", [amount_nl(v, thousands=st.thousands) for _, v in cols_y])
            )
        year_rows.append(
            (
                rng.choice(["Cumulatief", f"T/m periode {k}", "Totaal dit jaar"]),
                [amount_nl(cumulative(v), thousands=st.thousands) for _, v in cols_y],
            )
        )
        ytitle = rng.choice(
            [f"Cumulatieven {_year(p)}", "Jaartotalen", "Cumulatief t/m deze periode"]
        )
        y = _mini(
            c, left + 1, y, width - 2, st, ytitle, [h for h, _ in cols_y], year_rows, col_w=23
        )
        y += 5

    # reservations and notices ----------------------------------------------------------------------
    half = (width - 8) / 2
    res = [
        (
            rng.choice(["Vakantiegeld opbouw periode", "Vakantiegeld deze periode"]),
            [amount_nl(ex["vakantiegeld"], thousands=st.thousands)],
        ),
        (
            rng.choice(["Vakantiegeld saldo", "Opgebouwd vakantiegeld"]),
            [amount_nl(cumulative(ex["vakantiegeld"]), thousands=st.thousands)],
        ),
        (
            rng.choice(["Wettelijk verlof (uren)", "Saldo verlofuren"]),
            [amount_nl(_leave_hours(p, rng))],
        ),
    ]
    if rng.random() < 0.5:
        res.append(("Bovenwettelijk verlof (uren)", [amount_nl(_leave_hours(p, rng))]))
    if rng.random() < 0.4:
        res.append(
            (
                "Eindejaarsuitkering opbouw",
                [
                    amount_nl(
                        cumulative(money(p.gross_pay * Decimal("0.0833"))), thousands=st.thousands
                    )
                ],
            )
        )
    room = 272 - y
    res = res[: max(1, int((room - 8) / (lh - 0.3)))]
    _mini(c, left + 1, y, half, st, rng.choice(["Reserveringen en saldi", "Saldi"]), [], res)
    msgs = _messages(p, rng, brand, contact, hr_phone, portal) if rng.random() < 0.75 else []
    msize = size - 0.5
    mx = left + half + 8
    mw = right - mx
    lines: list[str] = []
    for msg in msgs:
        lines += DocCanvas.wrap(msg, font, msize, mw - 5)
    mlh = lh - 0.5
    fits = int((272 - y - 4) / mlh) - 1
    if fits >= 2:
        lines = lines[:fits]
        while lines and not lines[-1].endswith("."):  # never a cut-off sentence
            lines.pop()
    if fits >= 2 and lines:
        c.rect(
            mx, y - size * 0.3528 - 2, mw, (len(lines) + 1) * mlh + 3.5, stroke=0.4, color=st.accent
        )
        c.text(
            mx + 2.5,
            y,
            rng.choice(["Mededelingen", "Berichten", "Mededelingen HR"]),
            font=bold,
            size=size,
            color=st.ink,
        )
        for i, line in enumerate(lines):
            c.text(mx + 2.5, y + (i + 1) * mlh + 0.5, line, font=font, size=msize)

    # footer ----------------------------------------------------------------------------------------
    c.line(left, 277, right, 277, width=0.3, color=_grey(0.6))
    tail = f"· KvK {_kvk(legal)} · Loonheffingennummer {lh_no}"
    fsz = _fit(f"{legal} {tail}", font, 7, width)
    boxes = _parts(c, left, 281, [legal, tail], font=font, size=fsz, color=grey)
    if employer_place == "footer":
        c.mark("employer_name", legal, boxes[0], legal)
    note = f"Aangemaakt via {portal}. Aan deze specificatie kunnen geen rechten worden ontleend."
    c.text(left, 285, note, font=font, size=_fit(note, font, 6.5, width * 0.75), color=grey)
    c.text(right, 285, "Pagina 1 van 1", font=font, size=6.5, align="right", color=grey)
