"""Bank statement (bankafschrift / rekeningafschrift) layouts.

Every printed transaction row appends one dict to `c.transactions`:
`date` (ISO booking date), `description` (all text printed in the row's description column,
wrapped lines joined by one space), `amount` (normalised signed money), `counterparty_iban`
(the IBAN printed in the row without spaces, None when the row prints none), `page` (from 1)
and `bbox` (union in mm of every text box drawn for the row: dates, description, amount, IBAN,
a running balance). Balances, "Transport" and total lines are never transactions.

Header fields are marked at their first occurrence in the document; a statement whose rows do
not fit on one page continues on up to three pages with the table header repeated.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from synth.canvas import Box, DocCanvas, union
from synth.fmt import MONTHS_SHORT, amount_nl, date_nl, money_nl, money_norm
from synth.layouts.base import layout
from synth.people import MONTHS_NL, BankAccount, Statement, Transaction

RGB = tuple[float, float, float]
Seg = tuple[str, str | None, Any]  # printed text, CONTRACT field or None, normalised value

GREY: RGB = (0.4, 0.4, 0.4)
WEEKDAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]

# how statements print the bank's name; the truth value is always the canonical name
_BANK_PRINTED: dict[str, tuple[str, ...]] = {
    "ING": ("ING Bank N.V.", "ING"),
    "Rabobank": ("Rabobank", "Coöperatieve Rabobank U.A."),
    "ABN AMRO": ("ABN AMRO Bank N.V.", "ABN AMRO"),
    "SNS": ("SNS", "SNS Bank"),
    "ASN Bank": ("ASN Bank",),
    "RegioBank": ("RegioBank",),
    "Triodos Bank": ("Triodos Bank N.V.", "Triodos Bank"),
    "bunq": ("bunq B.V.", "bunq"),
    "Knab": ("Knab",),
}


# --- helpers ---------------------------------------------------------------------------------


def _bank_label(acc: BankAccount, rng: random.Random) -> str:
    return rng.choice(_BANK_PRINTED.get(acc.bank_name, (acc.bank_name,)))


def _savings(st: Statement) -> bool:
    return st.account.kind == "spaarrekening"


def _iban_sp(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def _put(
    c: DocCanvas,
    x: float,
    y: float,
    text: str,
    *,
    field: str | None = None,
    value: Any = None,
    **kw: Any,
) -> Box:
    """`c.text` that marks `field` only at its first occurrence in the document."""
    if field is not None and field in c.fields:
        field = None
    return c.text(x, y, text, field=field, value=value, **kw)


def _segments(
    c: DocCanvas,
    x: float,
    y: float,
    segs: list[Seg],
    *,
    font: str,
    size: float,
    align: str = "left",
    color: RGB = (0, 0, 0),
) -> Box:
    """Draw segments as one line; each segment with a field is marked with its own box."""
    texts = [" ".join(s[0].split()) for s in segs]
    box = c.text(
        x, y, " ".join(t for t in texts if t), font=font, size=size, align=align, color=color
    )
    cursor = box[0]
    space = c.width(" ", font, size)
    for text, (_, name, value) in zip(texts, segs, strict=True):
        if not text:
            continue
        w = c.width(text, font, size)
        if name is not None and name not in c.fields:
            c.mark(name, value, (cursor, box[1], cursor + w, box[3]), text)
        cursor += w + space
    return box


def _period(st: Statement, style: str, sep: str = "t/m") -> list[Seg]:
    """The statement period as segments, each date marked with its own box."""
    return [
        (date_nl(st.period_start, style), "statement_period_start", st.period_start.isoformat()),
        (sep, None, None),
        (date_nl(st.period_end, style), "statement_period_end", st.period_end.isoformat()),
    ]


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Wrapped lines; an empty text still takes one (empty) table line."""
    return DocCanvas.wrap(text, font, size, width) or [""]


def _balances_after(st: Statement) -> list[Decimal]:
    out, bal = [], st.opening_balance
    for t in st.transactions:
        bal += t.amount
        out.append(bal)
    return out


def _carried(st: Statement, pages: list[list[int]], p: int) -> Decimal:
    """The balance after the last row printed on pages 0..p."""
    after = _balances_after(st)
    idx = [i for page in pages[: p + 1] for i in page]
    return after[idx[-1]] if idx else st.opening_balance


def _value_date(t: Transaction, rng: random.Random) -> date:
    if t.counterparty_iban is None and rng.random() < 0.5:
        return t.booking_date - timedelta(days=1)
    return t.booking_date


def _plan(
    n: int, height: Callable[[int, bool], float], first: float, rest: float, tail: float
) -> list[list[int]]:
    """Split rows 0..n-1 over pages: `first`/`rest` mm of room for rows, `tail` mm after them."""
    pages: list[list[int]] = [[]]
    avail, used = first, 0.0
    for i in range(n):
        h = height(i, not pages[-1])
        if pages[-1] and used + h > avail:
            pages.append([])
            avail, used = rest, 0.0
            h = height(i, True)
        pages[-1].append(i)
        used += h
    if used + tail > avail:
        pages.append([pages[-1].pop()] if len(pages[-1]) > 1 else [])
    return pages


class _Row:
    """Collects the boxes of one printed transaction row and records its truth."""

    def __init__(self, c: DocCanvas) -> None:
        self.c = c
        self.box: Box | None = None

    def text(self, x: float, y: float, text: str, **kw: Any) -> Box:
        box = self.c.text(x, y, text, **kw)
        if text.strip():
            self.box = union(self.box, box)
        return box

    def record(self, t: Transaction, description: str, iban_printed: bool) -> None:
        assert self.box is not None
        self.c.transactions.append(
            {
                "date": t.booking_date.isoformat(),
                "description": " ".join(description.split()),
                "amount": money_norm(t.amount),
                "counterparty_iban": t.counterparty_iban if iban_printed else None,
                "page": self.c.page_index + 1,
                "bbox": self.box,
            }
        )


def _run(
    c: DocCanvas,
    st: Statement,
    pages: list[list[int]],
    first_y: float,
    *,
    row: Callable[[int, float, bool], float],
    next_page: Callable[[int, int, Decimal], float],
    footer: Callable[[int, int, float], None],
    carry: Callable[[int, int, float, Decimal], None] | None,
    tail: Callable[[float], None],
) -> None:
    """Draw the rows page by page; the first page's header is already drawn."""
    total = len(pages)
    y = first_y
    for p, idxs in enumerate(pages):
        if p > 0:
            c.new_page()
            y = next_page(p, total, _carried(st, pages, p - 1))
        for k, i in enumerate(idxs):
            y = row(i, y, k == 0)
        footer(p, total, y)
        if p < total - 1:
            if carry is not None:
                carry(p, total, y, _carried(st, pages, p))
        else:
            tail(y)


# --- 1. Bij/Af in two columns, ruled rows, Helvetica --------------------------------------------


@layout("bank_statement", "bijaf_ruled")
def bijaf_ruled(c: DocCanvas, st: Statement, rng: random.Random) -> None:
    """Address window, label-left info block; Datum | Omschrijving | Tegenrekening | Af | Bij."""
    acc = st.account
    font, bold, size = "Helvetica", "Helvetica-Bold", 8.5
    accent = rng.choice([(0.93, 0.45, 0.05), (0.1, 0.35, 0.65), (0.0, 0.5, 0.45)])
    bank = _bank_label(acc, rng)
    L, R = 20.0, 190.0
    dstyle = rng.choice(["dash", "dash", "dot"])
    iban_txt = rng.choice([acc.iban_printed, acc.iban])

    logo_seed = rng.randint(0, 999)
    c.logo(L, 14, 11, random.Random(logo_seed), color=accent)
    _put(c, L + 14, 22.5, bank, font=bold, size=14, field="bank_name", value=acc.bank_name)
    title = (
        "Afschrift Spaarrekening"
        if _savings(st)
        else rng.choice(["Rekeningafschrift", "Afschrift betaalrekening"])
    )
    c.text(R, 22.5, title, font=bold, size=12, align="right")

    y = 46.0
    _put(c, L, y, acc.holder, font=font, size=10, field="account_holder", value=acc.holder)
    c.text(L, y + 5, f"{st.address.street} {st.address.house_number}", font=font, size=10)
    c.text(L, y + 10, f"{st.address.postcode_printed} {st.address.city}", font=font, size=10)

    lx, vx = 112.0, 143.0
    info: list[tuple[str, list[Seg]]] = [
        ("IBAN", [(iban_txt, "iban", acc.iban)]),
        ("Afschriftnummer", [(str(st.number), None, None)]),
        ("Periode", _period(st, dstyle)),
        ("Datum afschrift", [(date_nl(st.period_end + timedelta(days=1), dstyle), None, None)]),
    ]
    if _savings(st):
        info.insert(1, ("Soort rekening", [("Spaarrekening", None, None)]))
    for k, (label, segs) in enumerate(info):
        c.text(lx, y + k * 5, label, font=font, size=size, color=GREY)
        _segments(c, vx, y + k * 5, segs, font=font, size=size)

    y = 78.0
    c.text(L, y, f"Beginsaldo per {date_nl(st.period_start, dstyle)}", font=bold, size=9)
    _put(
        c,
        R,
        y,
        money_nl(st.opening_balance, "euro"),
        font=bold,
        size=9,
        align="right",
        field="opening_balance",
        value=money_norm(st.opening_balance),
    )

    cols = {"date": L, "desc": L + 22, "iban": L + 84, "af": R - 29, "bij": R}
    desc_w = 60.0

    def table_header(y: float) -> float:
        c.text(cols["date"], y, "Datum", font=bold, size=size)
        c.text(cols["desc"], y, "Omschrijving", font=bold, size=size)
        c.text(cols["iban"], y, "Tegenrekening", font=bold, size=size)
        c.text(cols["af"], y, "Af", font=bold, size=size, align="right")
        c.text(cols["bij"], y, "Bij", font=bold, size=size, align="right")
        c.line(L, y + 2, R, y + 2, width=0.8)
        return y + 3

    lines = [_wrap(t.description, font, size, desc_w) for t in st.transactions]

    def height(i: int, _first: bool) -> float:
        return 6.2 + (len(lines[i]) - 1) * 4.0

    first_y = table_header(90.0)
    bottom, next_y = 272.0, 47.0
    pages = _plan(len(st.transactions), height, bottom - first_y, bottom - next_y, 24)

    def row(i: int, y: float, _first: bool) -> float:
        t = st.transactions[i]
        r = _Row(c)
        base = y + 4
        r.text(cols["date"], base, date_nl(t.booking_date, dstyle), font=font, size=size)
        for k, ln in enumerate(lines[i]):
            r.text(cols["desc"], base + k * 4, ln, font=font, size=size)
        if t.counterparty_iban:
            r.text(cols["iban"], base, _iban_sp(t.counterparty_iban), font=font, size=size)
        col = cols["af"] if t.amount < 0 else cols["bij"]
        r.text(col, base, amount_nl(t.amount), font=font, size=size, align="right")
        r.record(t, " ".join(lines[i]), True)
        y += height(i, False)
        c.line(L, y, R, y, width=0.3, color=(0.7, 0.7, 0.7))
        return y

    def next_page(p: int, total: int, carried: Decimal) -> float:
        c.logo(L, 14, 7, random.Random(logo_seed), color=accent)
        c.text(L + 10, 19.5, bank, font=bold, size=10)
        c.text(R, 19.5, f"{title} (vervolg)", font=bold, size=10, align="right")
        c.text(L, 28, f"IBAN {acc.iban_printed}", font=font, size=size)
        c.text(L + 70, 28, f"Afschriftnummer {st.number}", font=font, size=size)
        c.text(L, 36, "Transport van vorig blad", font=font, size=size)
        c.text(R, 36, money_nl(carried, "euro"), font=font, size=size, align="right")
        return table_header(44.0)

    def footer(p: int, total: int, _y: float) -> None:
        c.line(L, 283, R, 283, width=0.4, color=accent)
        c.text(L, 287.5, f"{bank} - afschrift {st.number}", font=font, size=7, color=GREY)
        c.text(R, 287.5, f"Blad {p + 1} van {total}", font=font, size=7.5, align="right")

    def carry(p: int, total: int, y: float, carried: Decimal) -> None:
        c.text(cols["desc"], y + 5, "Transport naar volgend blad", font=font, size=size)
        c.text(R, y + 5, money_nl(carried, "euro"), font=font, size=size, align="right")

    def tail(y: float) -> None:
        af = sum((-t.amount for t in st.transactions if t.amount < 0), Decimal("0"))
        bij = sum((t.amount for t in st.transactions if t.amount >= 0), Decimal("0"))
        y += 5
        c.text(cols["desc"], y, "Totaal mutaties", font=font, size=size)
        c.text(cols["af"], y, amount_nl(af), font=font, size=size, align="right")
        c.text(cols["bij"], y, amount_nl(bij), font=font, size=size, align="right")
        c.line(L, y + 2.5, R, y + 2.5, width=0.8)
        y += 9
        c.text(L, y, f"Eindsaldo per {date_nl(st.period_end, dstyle)}", font=bold, size=9)
        _put(
            c,
            R,
            y,
            money_nl(st.closing_balance, "euro"),
            font=bold,
            size=9,
            align="right",
            field="closing_balance",
            value=money_norm(st.closing_balance),
        )

    _run(c, st, pages, first_y, row=row, next_page=next_page, footer=footer, carry=carry, tail=tail)


# --- 2. coloured band, zebra rows, one signed amount column --------------------------------------


@layout("bank_statement", "zebra_signed")
def zebra_signed(c: DocCanvas, st: Statement, rng: random.Random) -> None:
    """Labels above values, both balances in a summary box; dates '31 mrt'; '-' or trailing '-'."""
    acc = st.account
    font, bold, size = "LiberationSans", "LiberationSans-Bold", 8.5
    band = rng.choice([(0.0, 0.3, 0.55), (0.15, 0.45, 0.25), (0.45, 0.1, 0.35)])
    zebra: RGB = (0.94, 0.95, 0.96)
    mstyle = rng.choice(["plain", "trailing"])
    bank = _bank_label(acc, rng)
    L, R = 15.0, 195.0
    white: RGB = (1, 1, 1)
    title = "Overzicht spaarrekening" if _savings(st) else "Rekeningoverzicht"

    c.rect(0, 0, 210, 30, stroke=0, fill=band)
    _put(c, L, 19, bank, font=bold, size=16, color=white, field="bank_name", value=acc.bank_name)
    c.text(R, 19, title, font=font, size=11, align="right", color=white)

    def labelled(x: float, y: float, label: str, segs: list[Seg], vsize: float = 10) -> None:
        c.text(x, y, label, font=font, size=7, color=GREY)
        _segments(c, x, y + 5, segs, font=font, size=vsize)

    y = 42.0
    labelled(L, y, "Ten name van", [(acc.holder, "account_holder", acc.holder)])
    iban_txt = rng.choice([acc.iban_printed, acc.iban])
    labelled(112, y, "Rekeningnummer (IBAN)", [(iban_txt, "iban", acc.iban)])
    y = 56.0
    labelled(L, y, "Periode", _period(st, "short"))
    labelled(112, y, "Afschrift", [(str(st.number), None, None)])
    labelled(
        150,
        y,
        "Soort rekening",
        [("Spaarrekening" if _savings(st) else "Betaalrekening", None, None)],
    )

    def eur(v: Decimal) -> str:
        return f"€ {money_nl(v, mstyle)}"

    c.rect(L, 68, R - L, 17, stroke=0.6, color=band)
    cells = [
        ("Saldo begin periode", st.opening_balance, "opening_balance"),
        ("Totaal mutaties", st.closing_balance - st.opening_balance, None),
        ("Saldo einde periode", st.closing_balance, "closing_balance"),
    ]
    for k, (label, v, name) in enumerate(cells):
        x = L + 4 + k * 60
        c.text(x, 74, label, font=font, size=7.5, color=GREY)
        _put(c, x, 80.5, eur(v), font=bold, size=10.5, field=name, value=money_norm(v))

    cols = {"date": L + 2, "desc": L + 17, "iban": L + 98, "amt": R - 2}
    desc_w = 78.0

    def table_header(y: float) -> float:
        c.rect(L, y, R - L, 6.5, stroke=0, fill=band)
        b = y + 4.5
        c.text(cols["date"], b, "Datum", font=bold, size=size, color=white)
        c.text(cols["desc"], b, "Omschrijving", font=bold, size=size, color=white)
        c.text(cols["iban"], b, "Tegenrekening", font=bold, size=size, color=white)
        c.text(cols["amt"], b, "Bedrag (EUR)", font=bold, size=size, color=white, align="right")
        return y + 7

    lines = [_wrap(t.description, font, size, desc_w) for t in st.transactions]

    def height(i: int, _first: bool) -> float:
        return 6.0 + (len(lines[i]) - 1) * 4.0

    first_y = table_header(91.0)
    bottom, next_y = 276.0, 29.0
    pages = _plan(len(st.transactions), height, bottom - first_y, bottom - next_y, 14)
    counter = [0]

    def row(i: int, y: float, _first: bool) -> float:
        t = st.transactions[i]
        h = height(i, False)
        if counter[0] % 2:
            c.rect(L, y, R - L, h, stroke=0, fill=zebra)
        counter[0] += 1
        r = _Row(c)
        base = y + 4.2
        d = t.booking_date
        r.text(cols["date"], base, f"{d.day} {MONTHS_SHORT[d.month - 1]}", font=font, size=size)
        for k, ln in enumerate(lines[i]):
            r.text(cols["desc"], base + k * 4, ln, font=font, size=size)
        if t.counterparty_iban:
            r.text(cols["iban"], base, t.counterparty_iban, font=font, size=size)
        r.text(cols["amt"], base, money_nl(t.amount, mstyle), font=font, size=size, align="right")
        r.record(t, " ".join(lines[i]), True)
        return y + h

    def next_page(p: int, total: int, _carried: Decimal) -> float:
        c.rect(0, 0, 210, 14, stroke=0, fill=band)
        c.text(L, 9.5, bank, font=bold, size=10, color=white)
        c.text(
            R, 9.5, f"{title} {acc.iban_printed}", font=font, size=8.5, color=white, align="right"
        )
        return table_header(22.0)

    def footer(p: int, total: int, _y: float) -> None:
        c.text(
            105, 289, f"Pagina {p + 1} van {total}", font=font, size=7.5, align="center", color=GREY
        )

    def tail(y: float) -> None:
        c.line(L, y + 1, R, y + 1, width=0.8, color=band)
        c.text(cols["desc"], y + 7, "Saldo einde periode", font=bold, size=9)
        _put(
            c,
            cols["amt"],
            y + 7,
            eur(st.closing_balance),
            font=bold,
            size=9,
            align="right",
            field="closing_balance",
            value=money_norm(st.closing_balance),
        )

    _run(c, st, pages, first_y, row=row, next_page=next_page, footer=footer, carry=None, tail=tail)


# --- 3. mainframe printout: Courier, borderless, Credit/Debet, rentedatum -------------------------


@layout("bank_statement", "creditdebet_mono")
def creditdebet_mono(c: DocCanvas, st: Statement, rng: random.Random) -> None:
    """Monospaced, 'label : value' block, boekdatum + rentedatum, unsigned amount + Credit/Debet."""
    acc = st.account
    font, bold, size = "Courier", "Courier-Bold", 8.5
    bank = _bank_label(acc, rng)
    L, R = 15.0, 195.0
    cd_words = rng.choice([("Credit", "Debet"), ("C", "D")])
    iban_txt = rng.choice([acc.iban, acc.iban_printed])

    def cd(v: Decimal) -> str:
        return cd_words[0] if v >= 0 else cd_words[1]

    _put(c, L, 16, bank, font=bold, size=11, field="bank_name", value=acc.bank_name)
    c.text(R, 16, "REKENINGAFSCHRIFT", font=bold, size=11, align="right")

    def page_no(p: int, total: int) -> None:
        c.text(R, 21, f"Blad {p + 1} van {total}", font=font, size=size, align="right")

    lx, cx, vx = L, L + 34, L + 38
    info: list[tuple[str, list[Seg]]] = [
        ("Ten name van", [(acc.holder, "account_holder", acc.holder)]),
        ("Rekeningnummer", [(iban_txt, "iban", acc.iban)]),
        ("Soort rekening", [("Spaarrekening" if _savings(st) else "Betaalrekening", None, None)]),
        ("Afschriftnummer", [(str(st.number), None, None)]),
        ("Datum afschrift", [(date_nl(st.period_end + timedelta(days=1), "dot"), None, None)]),
        ("Periode", _period(st, "dot", "-")),
    ]
    y = 32.0
    for label, segs in info:
        c.text(lx, y, label, font=font, size=size)
        c.text(cx, y, ":", font=font, size=size)
        _segments(c, vx, y, segs, font=font, size=size)
        y += 4.5
    y += 2
    c.text(lx, y, "Vorig saldo", font=bold, size=size)
    c.text(cx, y, ":", font=font, size=size)
    b1 = c.text(vx, y, amount_nl(st.opening_balance), font=bold, size=size)
    b2 = c.text(b1[2] + 2, y, cd(st.opening_balance), font=bold, size=size)
    c.mark(
        "opening_balance", money_norm(st.opening_balance), b1, f"{amount_nl(st.opening_balance)}"
    )
    c.mark("opening_balance", money_norm(st.opening_balance), b2, cd(st.opening_balance))

    cols = {"bd": L, "rd": L + 21, "desc": L + 43, "amt": L + 160, "cd": L + 163}
    desc_w = 100.0

    def table_header(y: float) -> float:
        c.line(L, y - 4, R, y - 4, width=0.5, dash=(2, 1.5))
        c.text(cols["bd"], y, "Boekdatum", font=bold, size=size)
        c.text(cols["rd"], y, "Rentedatum", font=bold, size=size)
        c.text(cols["desc"], y, "Omschrijving", font=bold, size=size)
        c.text(cols["amt"], y, "Bedrag", font=bold, size=size, align="right")
        c.text(cols["cd"], y, "C/D" if cd_words[0] == "C" else "Cr/Db", font=bold, size=size)
        c.line(L, y + 1.8, R, y + 1.8, width=0.5, dash=(2, 1.5))
        return y + 2.5

    lines: list[list[str]] = []
    for t in st.transactions:
        ls = _wrap(t.description, font, size, desc_w)
        if t.counterparty_iban:
            ls += _wrap(f"{t.counterparty_iban} {t.counterparty_name}", font, size, desc_w)
        lines.append(ls)
    value_dates = [_value_date(t, rng) for t in st.transactions]

    def height(i: int, _first: bool) -> float:
        return 5.0 + (len(lines[i]) - 1) * 3.8

    first_y = table_header(y + 12)
    bottom, next_y = 274.0, 49.5
    pages = _plan(len(st.transactions), height, bottom - first_y, bottom - next_y, 22)

    def row(i: int, y: float, _first: bool) -> float:
        t = st.transactions[i]
        r = _Row(c)
        base = y + 3.6
        r.text(cols["bd"], base, date_nl(t.booking_date, "dot"), font=font, size=size)
        r.text(cols["rd"], base, date_nl(value_dates[i], "dot"), font=font, size=size)
        for k, ln in enumerate(lines[i]):
            r.text(cols["desc"], base + k * 3.8, ln, font=font, size=size)
        r.text(cols["amt"], base, amount_nl(t.amount), font=font, size=size, align="right")
        r.text(cols["cd"], base, cd(t.amount), font=font, size=size)
        r.record(t, " ".join(lines[i]), True)
        return y + height(i, False)

    def saldo_line(y: float, label: str, v: Decimal, f: str = font) -> None:
        c.text(cols["desc"], y, label, font=f, size=size)
        c.text(cols["amt"], y, amount_nl(v), font=f, size=size, align="right")
        c.text(cols["cd"], y, cd(v), font=f, size=size)

    def next_page(p: int, total: int, carried: Decimal) -> float:
        c.text(L, 16, bank, font=bold, size=11)
        c.text(R, 16, "REKENINGAFSCHRIFT", font=bold, size=11, align="right")
        page_no(p, total)
        c.text(L, 28, f"Rekeningnummer : {acc.iban}", font=font, size=size)
        c.text(L, 32.5, f"Afschriftnummer : {st.number}", font=font, size=size)
        y = table_header(42.0)
        saldo_line(y + 3.6, f"Transport van blad {p}", carried)
        return y + 5

    def footer(p: int, total: int, _y: float) -> None:
        if p == 0:
            page_no(p, total)
        c.text(
            L,
            288,
            "Controleer uw afschrift. Bewaar dit afschrift bij uw administratie.",
            font=font,
            size=6.5,
            color=GREY,
        )

    def carry(p: int, total: int, y: float, carried: Decimal) -> None:
        c.line(L, y + 0.8, R, y + 0.8, width=0.4, dash=(2, 1.5))
        saldo_line(y + 4.8, f"Transport naar blad {p + 2}", carried)

    def tail(y: float) -> None:
        credit = sum((t.amount for t in st.transactions if t.amount >= 0), Decimal("0"))
        debet = sum((-t.amount for t in st.transactions if t.amount < 0), Decimal("0"))
        c.line(L, y + 0.8, R, y + 0.8, width=0.4, dash=(2, 1.5))
        c.text(cols["desc"], y + 4.8, "Totaal credit", font=font, size=size)
        c.text(cols["amt"], y + 4.8, amount_nl(credit), font=font, size=size, align="right")
        c.text(cols["desc"], y + 8.8, "Totaal debet", font=font, size=size)
        c.text(cols["amt"], y + 8.8, amount_nl(debet), font=font, size=size, align="right")
        y += 14
        c.text(cols["desc"], y, "Nieuw saldo", font=bold, size=size)
        b1 = c.text(
            cols["amt"], y, amount_nl(st.closing_balance), font=bold, size=size, align="right"
        )
        b2 = c.text(cols["cd"], y, cd(st.closing_balance), font=bold, size=size)
        c.mark("closing_balance", money_norm(st.closing_balance), b1, amount_nl(st.closing_balance))
        c.mark("closing_balance", money_norm(st.closing_balance), b2, cd(st.closing_balance))

    _run(c, st, pages, first_y, row=row, next_page=next_page, footer=footer, carry=carry, tail=tail)


# --- 4. serif letter, boxed table, counterparty + IBAN wrapped, amounts 'Af'/'Bij' --------------


@layout("bank_statement", "wrapped_afbij")
def wrapped_afbij(c: DocCanvas, st: Statement, rng: random.Random) -> None:
    """Times; Beginsaldo/Eindsaldo rows inside a boxed table; name on line 1, IBAN + text on 2."""
    acc = st.account
    font, bold, size = "Times-Roman", "Times-Bold", 9.5
    bank = _bank_label(acc, rng)
    accent = rng.choice([(0.0, 0.45, 0.4), (0.2, 0.2, 0.5), (0.55, 0.35, 0.0)])
    L, R = 20.0, 192.0
    dstyle = rng.choice(["compact", "dash"])

    logo_seed = rng.randint(0, 999)
    c.logo(L, 14, 10, random.Random(logo_seed), color=accent)
    _put(c, R, 21, bank, font=bold, size=15, align="right", field="bank_name", value=acc.bank_name)

    def blad(p: int, total: int) -> None:
        c.text(R, 28, f"Blad {p + 1} van {total}", font=font, size=9, align="right")

    c.text(L, 42, "Bankafschrift", font=bold, size=17)
    c.text(L, 48.5, "Spaarrekening" if _savings(st) else "Betaalrekening", font=font, size=11)

    lx, vx, y = L, L + 36, 60.0
    info: list[tuple[str, list[Seg]]] = [
        ("Rekeninghouder:", [(acc.holder, "account_holder", acc.holder)]),
        ("IBAN:", [(acc.iban_printed, "iban", acc.iban)]),
        ("Afschriftnummer:", [(str(st.number), None, None)]),
        ("Periode:", _period(st, "long")),
    ]
    for label, segs in info:
        c.text(lx, y, label, font=font, size=10)
        _segments(c, vx, y, segs, font=font, size=10)
        y += 5.2

    cols = {"date": L + 2, "desc": L + 22, "amt": R - 2}
    sep = [L + 20, R - 30]
    desc_w = R - 32 - (L + 22)

    def table_header(y: float) -> float:
        c.rect(L, y, R - L, 7, stroke=0.6, fill=(0.9, 0.9, 0.9))
        c.text(cols["date"], y + 5, "Datum", font=bold, size=size)
        c.text(cols["desc"], y + 5, "Omschrijving", font=bold, size=size)
        c.text(cols["amt"], y + 5, "Bedrag", font=bold, size=size, align="right")
        return y + 7

    lines: list[list[str]] = []
    for t in st.transactions:
        first = [t.counterparty_name]
        second = t.description
        if t.counterparty_iban:
            second = f"{_iban_sp(t.counterparty_iban)} {t.description}"
        ls = (
            first
            if t.description == t.counterparty_name and not t.counterparty_iban
            else [*first, *_wrap(second, font, size, desc_w)]
        )
        lines.append(ls)

    def height(i: int, _first: bool) -> float:
        return 2.6 + len(lines[i]) * 4.2

    table_top = 90.0
    first_y = table_header(table_top) + 6.8  # the Beginsaldo row
    bottom, next_y = 270.0, 51.8
    pages = _plan(len(st.transactions), height, bottom - first_y, bottom - next_y, 8)
    top = [table_top]

    def saldo_row(
        y: float, label: str, v: Decimal, *, f: str = font, name: str | None = None
    ) -> float:
        c.text(cols["desc"], y + 4.6, label, font=f, size=size)
        _put(
            c,
            cols["amt"],
            y + 4.6,
            money_nl(v, "afbij"),
            font=f,
            size=size,
            align="right",
            field=name,
            value=money_norm(v),
        )
        c.line(L, y + 6.8, R, y + 6.8, width=0.3)
        return y + 6.8

    saldo_row(first_y - 6.8, "Beginsaldo", st.opening_balance, f=bold, name="opening_balance")

    def row(i: int, y: float, _first: bool) -> float:
        t = st.transactions[i]
        r = _Row(c)
        base = y + 4.4
        r.text(cols["date"], base, date_nl(t.booking_date, dstyle), font=font, size=size)
        for k, ln in enumerate(lines[i]):
            r.text(cols["desc"], base + k * 4.2, ln, font=bold if k == 0 else font, size=size)
        r.text(cols["amt"], base, money_nl(t.amount, "afbij"), font=font, size=size, align="right")
        r.record(t, " ".join(lines[i]), True)
        return y + height(i, False)

    def close_box(y: float) -> None:
        c.rect(L, top[0], R - L, y - top[0], stroke=0.6)
        for x in sep:
            c.line(x, top[0], x, y, width=0.4)

    def next_page(p: int, total: int, carried: Decimal) -> float:
        c.logo(L, 14, 8, random.Random(logo_seed), color=accent)
        c.text(R, 21, bank, font=bold, size=12, align="right")
        blad(p, total)
        c.text(
            L,
            36,
            f"Bankafschrift {st.number} - IBAN {acc.iban_printed} (vervolg)",
            font=font,
            size=10,
        )
        top[0] = 38.0
        y = table_header(top[0])
        return saldo_row(y, "Transport", carried)

    def footer(p: int, total: int, _y: float) -> None:
        if p == 0:
            blad(p, total)
        c.text(
            105,
            289,
            f"{bank} - Dit afschrift geldt als bewijs van uw bij- en afschrijvingen.",
            font=font,
            size=7,
            align="center",
            color=GREY,
        )

    def carry(p: int, total: int, y: float, carried: Decimal) -> None:
        c.line(L, y, R, y, width=0.3)
        y = saldo_row(y, "Transport", carried)
        close_box(y)

    def tail(y: float) -> None:
        c.line(L, y, R, y, width=0.6)
        y = saldo_row(y, "Eindsaldo", st.closing_balance, f=bold, name="closing_balance")
        close_box(y)

    _run(c, st, pages, first_y, row=row, next_page=next_page, footer=footer, carry=carry, tail=tail)


# --- 5. dense grid in small condensed type with "Saldo na boeking" (holdout) ---------------------


@layout("bank_statement", "dense_saldo", holdout=True)
def dense_saldo(c: DocCanvas, st: Statement, rng: random.Random) -> None:
    """Boxed info cells, a notice, and a 6-column ruled grid with a running balance column."""
    acc = st.account
    font, bold, size = "DejaVuSansCondensed", "DejaVuSans-Bold", 7.0
    bank = _bank_label(acc, rng)
    mstyle = rng.choice(["euro", "minus_slash"])
    L, R = 12.0, 198.0
    title = "Overzicht spaarrekening" if _savings(st) else "Transactieoverzicht"

    _put(c, L, 15, bank, font=bold, size=12, field="bank_name", value=acc.bank_name)
    c.text(R, 15, title, font=bold, size=10, align="right")

    def cell(x: float, y: float, w: float, label: str, segs: list[Seg]) -> None:
        c.rect(x, y, w, 10, stroke=0.4)
        c.text(x + 1.5, y + 3.2, label, font=font, size=6, color=GREY)
        vsize = 8.0
        while vsize > 6 and c.width(" ".join(s[0] for s in segs), font, vsize) > w - 3:
            vsize -= 0.5
        _segments(c, x + 1.5, y + 8, segs, font=font, size=vsize)

    w3 = (R - L) / 3
    grid = [
        [
            ("Rekeninghouder", [(acc.holder, "account_holder", acc.holder)]),
            ("IBAN", [(acc.iban_printed, "iban", acc.iban)]),
            (
                "Soort rekening",
                [("Spaarrekening" if _savings(st) else "Betaalrekening", None, None)],
            ),
        ],
        [
            ("Periode", _period(st, "slash", "-")),
            ("Afschriftnummer", [(f"{st.period_end.year}-{st.number:03d}", None, None)]),
            (
                "Datum afschrift",
                [(date_nl(st.period_end + timedelta(days=1), "slash"), None, None)],
            ),
        ],
        [
            (
                "Saldo begin periode",
                [
                    (
                        money_nl(st.opening_balance, mstyle),
                        "opening_balance",
                        money_norm(st.opening_balance),
                    )
                ],
            ),
            ("Aantal boekingen", [(str(len(st.transactions)), None, None)]),
            ("Valuta", [("EUR", None, None)]),
        ],
    ]
    for r_i, cells in enumerate(grid):
        for k, (label, segs) in enumerate(cells):
            cell(L + k * w3, 22 + r_i * 10, w3, label, segs)

    notice = rng.choice(
        [
            "Mededeling: controleer de boekingen op dit overzicht. Klopt er iets niet, neem dan binnen "
            "30 dagen contact met ons op. Het saldo na boeking is het saldo direct na de betreffende "
            "transactie en kan afwijken van het beschikbare saldo.",
            "Let op: dit overzicht vervangt geen wettelijk afschrift voor uw belastingaangifte. "
            "Boekingen worden getoond in volgorde van boekdatum. Bedragen zijn in euro.",
        ]
    )
    ny = 62.0
    c.rect(L, ny, R - L, 20, stroke=0, fill=(0.95, 0.95, 0.92))
    for k, ln in enumerate(_wrap(notice, font, 7.5, R - L - 6)):
        c.text(L + 3, ny + 5 + k * 3.6, ln, font=font, size=7.5)

    xs = [L, L + 18, L + 57, L + 88, L + 136, L + 161, R]
    heads = [
        "Boekdatum",
        "Naam tegenpartij",
        "Tegenrekening",
        "Omschrijving",
        "Bedrag",
        "Saldo na boeking",
    ]
    wname, wdesc = xs[2] - xs[1] - 2, xs[4] - xs[3] - 2

    def table_header(y: float) -> float:
        c.rect(L, y, R - L, 6, stroke=0.4, fill=(0.82, 0.84, 0.88))
        for k, h in enumerate(heads):
            if k >= 4:
                c.text(xs[k + 1] - 1.2, y + 4.2, h, font=bold, size=6.5, align="right")
            else:
                c.text(xs[k] + 1.2, y + 4.2, h, font=bold, size=6.5)
        return y + 6

    names = [_wrap(t.counterparty_name, font, size, wname) for t in st.transactions]
    descs = [_wrap(t.description, font, size, wdesc) for t in st.transactions]
    after = _balances_after(st)

    def height(i: int, _first: bool) -> float:
        return 5.0 + (max(len(names[i]), len(descs[i])) - 1) * 3.2

    first_y = table_header(90.0)
    bottom, next_y = 280.0, 28.0
    pages = _plan(len(st.transactions), height, bottom - first_y, bottom - next_y, 14)
    top = [90.0]

    def row(i: int, y: float, _first: bool) -> float:
        t = st.transactions[i]
        r = _Row(c)
        base = y + 3.5
        r.text(xs[0] + 1.2, base, date_nl(t.booking_date, "slash"), font=font, size=size)
        for k, ln in enumerate(names[i]):
            r.text(xs[1] + 1.2, base + k * 3.2, ln, font=font, size=size)
        if t.counterparty_iban:
            r.text(xs[2] + 1.2, base, _iban_sp(t.counterparty_iban), font=font, size=size)
        for k, ln in enumerate(descs[i]):
            r.text(xs[3] + 1.2, base + k * 3.2, ln, font=font, size=size)
        r.text(xs[5] - 1.2, base, money_nl(t.amount, mstyle), font=font, size=size, align="right")
        r.text(xs[6] - 1.2, base, money_nl(after[i], mstyle), font=font, size=size, align="right")
        r.record(t, " ".join(descs[i]), True)
        y += height(i, False)
        c.line(L, y, R, y, width=0.2, color=(0.6, 0.6, 0.6))
        return y

    def grid_lines(y: float) -> None:
        c.rect(L, top[0], R - L, y - top[0], stroke=0.4)
        for x in xs[1:-1]:
            c.line(x, top[0], x, y, width=0.25)

    def next_page(p: int, total: int, _carried: Decimal) -> float:
        c.text(L, 15, f"{bank} - {title.lower()} {acc.iban_printed}", font=bold, size=9)
        top[0] = 22.0
        return table_header(top[0])

    def footer(p: int, total: int, y: float) -> None:
        grid_lines(y)
        c.text(R, 20, f"Blad {p + 1} van {total}", font=font, size=7, align="right")
        c.text(
            L,
            290,
            f"Aangemaakt op {date_nl(st.period_end + timedelta(days=1), 'slash')}",
            font=font,
            size=6,
            color=GREY,
        )

    def tail(y: float) -> None:
        c.text(xs[3] + 1.2, y + 5.5, "Saldo einde periode", font=bold, size=7.5)
        _put(
            c,
            xs[6] - 1.2,
            y + 5.5,
            money_nl(st.closing_balance, mstyle),
            font=bold,
            size=7.5,
            align="right",
            field="closing_balance",
            value=money_norm(st.closing_balance),
        )

    _run(c, st, pages, first_y, row=row, next_page=next_page, footer=footer, carry=None, tail=tail)


# --- 6. app export: rows grouped under date headings, borderless (holdout) -----------------------


def _signed_eur(v: Decimal) -> str:
    return f"{'-' if v < 0 else '+'} € {amount_nl(v)}"


@layout("bank_statement", "app_grouped", holdout=True)
def app_grouped(c: DocCanvas, st: Statement, rng: random.Random) -> None:
    """Big title, balance cards, bookings under weekday date headings; name bold, text grey."""
    acc = st.account
    font, bold = "FreeSans", "FreeSans-Bold"
    bank = _bank_label(acc, rng)
    accent = rng.choice([(0.1, 0.6, 0.4), (0.35, 0.2, 0.7), (0.0, 0.55, 0.75)])
    money_fmt: Callable[[Decimal], str] = rng.choice([_signed_eur, lambda v: money_nl(v, "euro")])
    show_iban = rng.random() < 0.75
    L, R = 18.0, 192.0
    light: RGB = (0.55, 0.55, 0.55)

    logo_seed = rng.randint(0, 999)
    c.logo(L, 13, 9, random.Random(logo_seed), color=accent)
    _put(c, L + 12, 20, bank, font=bold, size=13, field="bank_name", value=acc.bank_name)
    c.text(R, 20, f"Afschrift {st.number}", font=font, size=9, align="right", color=GREY)

    c.text(L, 38, "Spaarrekening" if _savings(st) else "Rekeningoverzicht", font=bold, size=18)
    same_year = rng.random() < 0.6
    start_txt = (
        f"{st.period_start.day} {MONTHS_NL[st.period_start.month - 1]}"
        if same_year
        else date_nl(st.period_start, "long")
    )
    _segments(
        c,
        L,
        46,
        [
            (start_txt, "statement_period_start", st.period_start.isoformat()),
            ("t/m", None, None),
            (date_nl(st.period_end, "long"), "statement_period_end", st.period_end.isoformat()),
        ],
        font=font,
        size=11,
        color=GREY,
    )

    c.text(L, 57, "Rekeninghouder", font=font, size=7.5, color=GREY)
    _put(c, L, 62, acc.holder, font=font, size=10, field="account_holder", value=acc.holder)
    c.text(110, 57, "IBAN", font=font, size=7.5, color=GREY)
    _put(c, 110, 62, acc.iban_printed, font=font, size=10, field="iban", value=acc.iban)

    cards = [
        ("Beginsaldo", st.opening_balance, "opening_balance"),
        ("Eindsaldo", st.closing_balance, "closing_balance"),
    ]
    for k, (label, v, name) in enumerate(cards):
        x = L + k * 88
        c.rect(x, 70, 84, 18, stroke=0, fill=(0.95, 0.96, 0.97))
        c.text(x + 4, 76, label, font=font, size=8, color=GREY)
        _put(c, x + 4, 84, money_nl(v, "euro"), font=bold, size=13, field=name, value=money_norm(v))

    c.text(L, 100, "Transacties", font=bold, size=11)
    c.line(L, 102, R, 102, width=0.6, color=accent)

    def second_line(t: Transaction) -> str:
        d, n = t.description, t.counterparty_name
        if d == n:
            return ""
        if d.endswith(n) and len(d) > len(n):
            return d[: -len(n)].strip()
        return d

    seconds = [second_line(t) for t in st.transactions]
    HEAD, ROW = 6.5, 10.5

    def new_day(i: int) -> bool:
        return i == 0 or st.transactions[i].booking_date != st.transactions[i - 1].booking_date

    def height(i: int, first: bool) -> float:
        return ROW + (HEAD if first or new_day(i) else 0)

    first_y = 104.0
    bottom, next_y = 280.0, 30.0
    pages = _plan(len(st.transactions), height, bottom - first_y, bottom - next_y, 12)

    def row(i: int, y: float, first: bool) -> float:
        t = st.transactions[i]
        if first or new_day(i):
            d = t.booking_date
            c.text(
                L,
                y + 4.5,
                f"{WEEKDAYS_NL[d.weekday()]} {date_nl(d, 'long')}",
                font=bold,
                size=8,
                color=accent,
            )
            y += HEAD
        r = _Row(c)
        r.text(L + 2, y + 4.2, t.counterparty_name, font=bold, size=9.5)
        if seconds[i]:
            r.text(L + 2, y + 8.2, seconds[i], font=font, size=8, color=GREY)
        r.text(R, y + 4.2, money_fmt(t.amount), font=bold, size=9.5, align="right")
        if show_iban and t.counterparty_iban:
            r.text(
                R,
                y + 8.2,
                _iban_sp(t.counterparty_iban),
                font=font,
                size=7.5,
                align="right",
                color=light,
            )
        r.record(t, f"{t.counterparty_name} {seconds[i]}", show_iban)
        y += ROW
        c.line(L + 2, y - 0.6, R, y - 0.6, width=0.2, color=(0.85, 0.85, 0.85))
        return y

    def next_page(p: int, total: int, _carried: Decimal) -> float:
        c.logo(L, 13, 6, random.Random(logo_seed), color=accent)
        c.text(L + 9, 18, bank, font=bold, size=10)
        c.text(
            R,
            18,
            f"Rekeningoverzicht {acc.iban_printed}",
            font=font,
            size=8.5,
            align="right",
            color=GREY,
        )
        c.line(L, 22, R, 22, width=0.6, color=accent)
        return next_y

    def footer(p: int, total: int, _y: float) -> None:
        c.text(
            105, 289, f"Pagina {p + 1} van {total}", font=font, size=7.5, align="center", color=GREY
        )

    def tail(y: float) -> None:
        c.text(L, y + 8, f"Eindsaldo op {date_nl(st.period_end, 'long')}", font=bold, size=9.5)
        _put(
            c,
            R,
            y + 8,
            money_nl(st.closing_balance, "euro"),
            font=bold,
            size=9.5,
            align="right",
            field="closing_balance",
            value=money_norm(st.closing_balance),
        )

    _run(c, st, pages, first_y, row=row, next_page=next_page, footer=footer, carry=None, tail=tail)


# --- 7. online-banking PDF download: summary block, name + grey "Naam: ... IBAN: ..." (holdout) --

_KW_CODES = {
    "BA": "Betaalautomaat",
    "GT": "Online bankieren",
    "IC": "Incasso",
    "OV": "Overschrijving",
    "DV": "Diversen",
}


def _kw_code(t: Transaction) -> str:
    """The two-letter booking code internet banking prints next to each row."""
    if t.counterparty_iban is None:
        return "DV" if t.amount >= 0 else "BA"
    if t.amount >= 0:
        return "OV"
    return "GT" if t.description.startswith("Huur") else "IC"


def _kw_details(t: Transaction, code: str, rng: random.Random) -> str:
    """The grey notice text under the counterparty's name ("Mededelingen")."""
    if code == "BA":
        term = f"{rng.choice('CPX')}{rng.choice('TK')}{rng.randint(100_000, 999_999)}"
        return (
            f"Omschrijving: {t.description} Pasvolgnr: {rng.randint(1, 9):03d} "
            f"{date_nl(t.booking_date)} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d} "
            f"Term: {term}"
        )
    if t.counterparty_iban is None:
        return "" if t.description == t.counterparty_name else f"Omschrijving: {t.description}"
    parts = [
        f"Naam: {t.counterparty_name}",
        f"Omschrijving: {t.description}",
        f"IBAN: {t.counterparty_iban}",
    ]
    if code == "IC":
        parts.append(f"Kenmerk: {rng.randint(10**11, 10**12 - 1)}")
        parts.append(f"Machtiging ID: {rng.choice('ABKMR')}{rng.randint(100_000, 999_999)}")
    elif rng.random() < 0.6:
        parts.append(f"Kenmerk: {rng.randint(1000, 9999)}-{rng.randint(100_000, 999_999)}")
    return " ".join(parts)


@layout("bank_statement", "kwartaal_pdf", holdout=True)
def kwartaal_pdf(c: DocCanvas, st: Statement, rng: random.Random) -> None:
    """The PDF 'rekeningoverzicht' internet banking produces: 'Pagina 1 van 2' top right, a
    summary block with 'Saldo op ...', rows with the counterparty's name, grey detail lines
    ('Naam: ... Omschrijving: ... IBAN: ... Kenmerk: ...'), a booking code and Af/Bij or +/-."""
    acc = st.account
    font, bold = rng.choice(
        [("DejaVuSans", "DejaVuSans-Bold"), ("LiberationSansNarrow", "LiberationSans-Bold")]
    )
    size, small = 8.0, 7.0
    accent = rng.choice([(0.96, 0.4, 0.0), (0.0, 0.45, 0.4), (0.0, 0.25, 0.55)])
    light: RGB = (0.35, 0.35, 0.35)
    bank = _bank_label(acc, rng)
    afbij = rng.random() < 0.5  # an Af/Bij column with unsigned amounts, else +/- amounts
    long_period = rng.random() < 0.5
    saldo_dates = rng.random() < 0.6  # "Saldo op 01-03-2026" rather than "Beginsaldo"
    title = rng.choice(["Rekeningoverzicht", "Overzicht af- en bijschrijvingen", "Afschrift"])
    made = st.period_end + timedelta(days=rng.randint(1, 20))
    L, R = 14.0, 196.0

    logo_seed = rng.randint(0, 999)
    c.logo(L, 12, 10, random.Random(logo_seed), color=accent)
    _put(c, L + 13, 19.5, bank, font=bold, size=13, field="bank_name", value=acc.bank_name)
    c.line(L, 25, R, 25, width=1.2, color=accent)
    c.text(L, 36, title, font=bold, size=15)
    if long_period:
        period = [("Overzicht van", None, None), *_period(st, "long", "tot en met")]
    else:
        period = [("Periode", None, None), *_period(st, "dash")]
    _segments(c, L, 42.5, period, font=font, size=9.5)

    y = 54.0
    c.text(L, y, "Rekeninghouder", font=font, size=small, color=light)
    _put(c, L, y + 4.5, acc.holder, font=font, size=9.5, field="account_holder", value=acc.holder)
    c.text(L, y + 9, f"{st.address.street} {st.address.house_number}", font=font, size=9)
    c.text(L, y + 13.5, f"{st.address.postcode_printed} {st.address.city}", font=font, size=9)
    lx, vx = 112.0, 143.0
    info: list[tuple[str, list[Seg]]] = [
        (
            rng.choice(["IBAN", "Rekeningnummer"]),
            [(rng.choice([acc.iban, acc.iban_printed]), "iban", acc.iban)],
        ),
        ("BIC", [(acc.bic, None, None)]),
        ("Soort rekening", [("Spaarrekening" if _savings(st) else "Betaalrekening", None, None)]),
        ("Valuta", [("EUR", None, None)]),
    ]
    for k, (label, segs) in enumerate(info):
        c.text(lx, y + 4.5 * k, label, font=font, size=small + 0.5, color=light)
        _segments(c, vx, y + 4.5 * k, segs, font=font, size=size + 0.5)

    def dated(d: date) -> str:
        return f"Saldo op {date_nl(d)}"

    open_label = dated(st.period_start) if saldo_dates else "Beginsaldo"
    close_label = dated(st.period_end) if saldo_dates else "Eindsaldo"
    bij = sum((t.amount for t in st.transactions if t.amount >= 0), Decimal("0"))
    af = sum((-t.amount for t in st.transactions if t.amount < 0), Decimal("0"))
    n_bij = sum(1 for t in st.transactions if t.amount >= 0)
    c.text(L, 80, "Samenvatting", font=bold, size=10)
    c.rect(L, 83, R - L, 26, stroke=0, fill=(0.95, 0.95, 0.95))
    amt_x = L + 88
    summary: list[tuple[str, Decimal, str | None]] = [
        (open_label, st.opening_balance, "opening_balance"),
        (f"Totaal bijgeschreven ({n_bij})", bij, None),
        (f"Totaal afgeschreven ({len(st.transactions) - n_bij})", af, None),
    ]
    for k, (label, v, name) in enumerate(summary):
        yy = 88.5 + 5 * k
        c.text(L + 3, yy, label, font=font, size=size + 0.5)
        _put(
            c,
            amt_x,
            yy,
            money_nl(v, "euro"),
            font=font,
            size=size + 0.5,
            align="right",
            field=name,
            value=money_norm(v),
        )
    c.line(L + 3, 101.3, amt_x, 101.3, width=0.5)
    c.text(L + 3, 105.5, close_label, font=bold, size=size + 0.5)
    _put(
        c,
        amt_x,
        105.5,
        money_nl(st.closing_balance, "euro"),
        font=bold,
        size=size + 0.5,
        align="right",
        field="closing_balance",
        value=money_norm(st.closing_balance),
    )
    note = rng.choice(
        [
            "Controleer dit overzicht. Klopt een af- of bijschrijving niet, meld dit dan zo snel "
            "mogelijk. Het saldo kan afwijken van uw beschikbare saldo door nog niet verwerkte "
            "boekingen.",
            "Dit overzicht is op uw verzoek samengesteld uit Internet Bankieren. De bedragen zijn "
            "in euro en gesorteerd op boekdatum.",
        ]
    )
    for k, ln in enumerate(_wrap(note, font, small, R - 6 - (amt_x + 14))):
        c.text(amt_x + 14, 88.5 + k * 3.6, ln, font=font, size=small, color=light)

    amt_right = R - 1.5
    code_x = R - 50 if afbij else R - 36
    cols = {"date": L + 1.5, "desc": L + 21, "code": code_x, "afbij": R - 36}
    desc_w = code_x - cols["desc"] - 3

    def table_header(y: float) -> float:
        c.rect(L, y, R - L, 6, stroke=0, fill=(0.88, 0.88, 0.88))
        b = y + 4.2
        c.text(cols["date"], b, "Datum", font=bold, size=7.5)
        c.text(cols["desc"], b, "Naam / Omschrijving", font=bold, size=7.5)
        c.text(cols["code"], b, "Code", font=bold, size=7.5)
        if afbij:
            c.text(cols["afbij"], b, "Af/Bij", font=bold, size=7.5)
        c.text(amt_right, b, "Bedrag (EUR)", font=bold, size=7.5, align="right")
        return y + 6

    codes = [_kw_code(t) for t in st.transactions]
    names = [_wrap(t.counterparty_name, font, size, desc_w) for t in st.transactions]
    details = [
        DocCanvas.wrap(_kw_details(t, code, rng), font, small, desc_w)
        for t, code in zip(st.transactions, codes, strict=True)
    ]

    def height(i: int, _first: bool) -> float:
        return 3.0 + len(names[i]) * 3.6 + len(details[i]) * 3.2

    first_y = table_header(116.0)
    bottom, next_y = 277.0, 39.0
    pages = _plan(len(st.transactions), height, bottom - first_y, bottom - next_y, 20)

    def amount_txt(v: Decimal) -> str:
        if afbij:
            return amount_nl(v)
        return f"{'-' if v < 0 else '+'}{amount_nl(v)}"

    def row(i: int, y: float, _first: bool) -> float:
        t = st.transactions[i]
        r = _Row(c)
        base = y + 3.9
        r.text(cols["date"], base, date_nl(t.booking_date), font=font, size=size)
        for k, ln in enumerate(names[i]):
            r.text(cols["desc"], base + k * 3.6, ln, font=font, size=size)
        dy = base + len(names[i]) * 3.6 - 0.3
        for k, ln in enumerate(details[i]):
            r.text(cols["desc"], dy + k * 3.2, ln, font=font, size=small, color=light)
        r.text(cols["code"], base, codes[i], font=font, size=size)
        if afbij:
            r.text(cols["afbij"], base, "Af" if t.amount < 0 else "Bij", font=font, size=size)
        r.text(amt_right, base, amount_txt(t.amount), font=font, size=size, align="right")
        r.record(t, " ".join([*names[i], *details[i]]), t.counterparty_iban is not None)
        y += height(i, False)
        c.line(L, y - 0.4, R, y - 0.4, width=0.25, color=(0.75, 0.75, 0.75))
        return y

    def next_page(p: int, total: int, _carried: Decimal) -> float:
        c.logo(L, 12, 7, random.Random(logo_seed), color=accent)
        c.text(L + 10, 17.5, bank, font=bold, size=10)
        c.text(
            L,
            23.5,
            f"{title} - IBAN {acc.iban_printed} - {date_nl(st.period_start)} t/m "
            f"{date_nl(st.period_end)}",
            font=font,
            size=small + 0.5,
            color=light,
        )
        c.line(L, 26.5, R, 26.5, width=1.2, color=accent)
        return table_header(33.0)

    def footer(p: int, total: int, _y: float) -> None:
        c.text(R, 14, f"Pagina {p + 1} van {total}", font=font, size=7.5, align="right")
        c.line(L, 283, R, 283, width=0.3, color=(0.7, 0.7, 0.7))
        c.text(
            L,
            287,
            f"{bank} - aangemaakt op {date_nl(made)} via Internet Bankieren - {acc.bic}",
            font=font,
            size=6.5,
            color=light,
        )

    def tail(y: float) -> None:
        c.line(L, y + 0.6, R, y + 0.6, width=0.8)
        c.text(cols["desc"], y + 5.5, close_label, font=bold, size=size)
        c.text(
            amt_right,
            y + 5.5,
            money_nl(st.closing_balance, "euro"),
            font=bold,
            size=size,
            align="right",
        )
        legend = "Codes: " + ", ".join(f"{k} {v}" for k, v in _KW_CODES.items())
        for k, ln in enumerate(_wrap(legend, font, 6.5, R - L)):
            c.text(L, y + 12 + k * 3.2, ln, font=font, size=6.5, color=light)

    _run(c, st, pages, first_y, row=row, next_page=next_page, footer=footer, carry=None, tail=tail)
