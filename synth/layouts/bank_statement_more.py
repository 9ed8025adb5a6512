"""More bank_statement layouts (dev: used for tuning), modelled on real Dutch documents.

Same truth rules as `synth.layouts.bank_statement`: every printed transaction appends one row to
`c.transactions` whose `description` is all text printed in the row's description column (wrapped
lines and detail lines joined by one space) and whose `bbox` covers every text box of the row;
header fields are marked at their first occurrence.
"""

from __future__ import annotations

import random
import zlib
from datetime import date, timedelta
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from synth.canvas import DocCanvas, ensure_font
from synth.fmt import amount_nl, date_nl, money_nl, money_norm
from synth.layouts.bank_statement import (
    GREY,
    RGB,
    Seg,
    _bank_label,
    _iban_sp,
    _period,
    _plan,
    _put,
    _Row,
    _run,
    _savings,
    _segments,
    _value_date,
    _wrap,
)
from synth.layouts.base import layout
from synth.people import BANKS, MONTHS_NL, Statement, Transaction

_BIC = {code: bic for _, code, bic in BANKS}
_INCASSO_WORDS = ("premie", "termijn", "factuur", "voorschot", "abonnement", "contributie")
_SANS: list[tuple[str, str]] = [
    ("Helvetica", "Helvetica-Bold"),
    ("LiberationSans", "LiberationSans-Bold"),
    ("FreeSans", "FreeSans-Bold"),
    ("DejaVuSansCondensed", "DejaVuSans-Bold"),
]


def _seeded(text: str) -> random.Random:
    """A generator fixed by `text`: the same counterparty gets the same mandate, terminal, ..."""
    return random.Random(zlib.crc32(text.encode()))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _kind(t: Transaction) -> str:
    """What sort of booking a transaction is, as a bank would label it."""
    desc = t.description.lower()
    if t.amount >= 0:
        if t.counterparty_iban is None:
            return "rente" if "rente" in desc else "storting"
        return "salaris" if desc.startswith("salaris") else "bijschrijving"
    if t.counterparty_iban is None:
        return "ideal" if "bol.com" in t.counterparty_name.lower() else "pin"
    if any(w in desc for w in _INCASSO_WORDS):
        return "incasso"
    return "overboeking"


def _ddmm(d: date, style: str) -> str:
    """A date in a table row: 'short' prints '03-03' (the year is in the period), else date_nl."""
    return d.strftime("%d-%m") if style == "short" else date_nl(d, style)


def _line_pitch(font: str, size: float) -> float:
    """Baseline distance (mm) at which two lines of text in `font` never touch."""
    ascent, descent = pdfmetrics.getAscentDescent(ensure_font(font), size)
    return (ascent * 0.85 - descent) / mm + 0.6


def _cut(text: str, font: str, size: float, width: float) -> str:
    """`text` cut off at `width` mm, the way a fixed-width column on a printout truncates it."""
    if DocCanvas.width(text, font, size) <= width:
        return text
    while text and DocCanvas.width(text, font, size) > width:
        text = text[:-1]
    return text.rstrip(" ,/-")


# --- 1. internet-banking PDF 'Af- en bijschrijvingen': several lines per booking ----------------

_ING_TYPE = {
    "pin": ("Betaalautomaat", "BA"),
    "ideal": ("iDEAL", "ID"),
    "incasso": ("Incasso", "IC"),
    "overboeking": ("Online bankieren", "GT"),
    "bijschrijving": ("Overschrijving", "OV"),
    "salaris": ("Overschrijving", "OV"),
    "rente": ("Diversen", "DV"),
    "storting": ("Storting", "ST"),
}
_ABN_HEAD = {
    "pin": ("BEA, Betaalpas", "BEA, Apple Pay", "BEA, Google Pay"),
    "ideal": ("SEPA iDEAL",),
    "incasso": ("SEPA Incasso algemeen doorlopend",),
    "overboeking": ("SEPA Overboeking", "SEPA Periodieke overb."),
    "bijschrijving": ("SEPA Overboeking",),
    "salaris": ("SEPA Overboeking",),
    "rente": ("Creditrente",),
    "storting": ("Storting",),
}

Item = tuple[str, bool]  # one detail as printed, essential (kept when room runs out)


def _details(
    t: Transaction,
    kind: str,
    flavour: str,
    rng: random.Random,
    *,
    pas: str,
    city: str,
    dstyle: str,
    iban_spaced: bool,
) -> tuple[str, list[Item]]:
    """The first-line text of a booking and its detail lines, as ING (`ing`) or ABN AMRO print."""
    name, desc, d = t.counterparty_name, t.description, t.booking_date
    ds = date_nl(d, dstyle)
    hhmm = f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"
    fixed = _seeded(name)
    items: list[Item] = []
    iban = ""
    if t.counterparty_iban:
        iban = _iban_sp(t.counterparty_iban) if iban_spaced else t.counterparty_iban
    kenmerk = _digits(rng, rng.choice([10, 16]))
    if flavour == "ing":
        head = name
        if kind == "pin":
            if rng.random() < 0.5:
                head = f"{name} {city.upper()}"
            term = f"{fixed.choice(['CT', 'ST', 'TB'])}{_digits(fixed, 6)}"
            trx = f"{_digits(rng, 2)}{rng.choice('ABCDEFGH')}{_digits(rng, 4)}"
            items.append((f"Pasvolgnr: {pas} {ds} {hhmm}", True))
            items.append((f"Transactie: {trx} Term: {term}", False))
            if rng.random() < 0.3:
                items.append(
                    (rng.choice(["Apple Pay", "Google Pay", "Contactloze betaling"]), False)
                )
        elif kind == "ideal":
            items.append((f"Naam: {name}", True))
            items.append((f"Omschrijving: {_digits(rng, 10)} {desc}", True))
            items.append((f"Kenmerk: {ds} {hhmm} {_digits(rng, 16)}", False))
        elif kind in ("rente", "storting"):
            if desc != name:
                items.append((f"Omschrijving: {desc}", True))
        else:
            items.append((f"Naam: {name}", True))
            items.append((f"Omschrijving: {desc}", True))
            items.append((f"IBAN: {iban}", True))
            if kind == "incasso":
                items.append((f"Kenmerk: {kenmerk}", False))
                items.append(
                    (
                        f"Machtiging ID: {fixed.choice(['MND', 'KL', 'ZK'])}{_digits(fixed, 7)}",
                        False,
                    )
                )
                items.append(
                    (f"Incassant ID: NL{_digits(fixed, 2)}ZZZ{_digits(fixed, 8)}0000", False)
                )
                items.append(("Doorlopende incasso", False))
            elif kind == "overboeking":
                if rng.random() < 0.4:
                    items.append((f"Kenmerk: {kenmerk}", False))
                items.append((f"Datum/Tijd: {ds} {hhmm}:{rng.randint(0, 59):02d}", False))
            elif rng.random() < 0.6:
                items.append((f"Kenmerk: {kenmerk}", False))
        if rng.random() < 0.35:
            items.append((f"Valutadatum: {ds}", False))
        return head, items
    # ABN AMRO: the booking kind on the first line, the details below it
    head = rng.choice(_ABN_HEAD[kind])
    if kind == "pin":
        term = f"{fixed.choice(['CT', 'TB'])}{_digits(fixed, 6)}"
        items.append((f"{name},PAS{pas}", True))
        items.append((f"NR:{term}, {d.strftime('%d.%m.%y')}/{hhmm}", False))
        items.append((city.upper(), False))
    elif kind == "ideal":
        items.append((f"Naam: {name}", True))
        items.append((f"Omschrijving: {_digits(rng, 10)} {desc}", True))
        items.append((f"Kenmerk: {d.strftime('%d-%m-%Y')} {hhmm} {_digits(rng, 16)}", False))
    elif kind in ("rente", "storting"):
        if desc.lower() not in head.lower():
            items.append((desc, True))
    else:
        if kind == "incasso":
            items.append((f"Incassant: NL{_digits(fixed, 2)}ZZZ{_digits(fixed, 8)}0000", False))
        else:
            items.append((f"IBAN: {iban}", True))
            code = t.counterparty_iban[4:8] if t.counterparty_iban else ""
            if code in _BIC:
                items.append((f"BIC: {_BIC[code]}", False))
        items.append((f"Naam: {name}", True))
        if kind == "incasso":
            items.append(
                (f"Machtiging: {fixed.choice(['MND', 'KL', 'ZK'])}{_digits(fixed, 7)}", False)
            )
        items.append((f"Omschrijving: {desc}", True))
        if kind == "incasso":
            items.append((f"IBAN: {iban}", True))
        if kind == "incasso" or rng.random() < 0.5:
            items.append((f"Kenmerk: {kenmerk}", False))
    return head, items


@layout("bank_statement", "wrapped_details")
def wrapped_details(c: DocCanvas, st: Statement, rng: random.Random) -> None:
    """Online 'Af- en bijschrijvingen' PDF: date, name or booking kind and amount on the first
    line, then 'Naam: / Omschrijving: / IBAN: / Kenmerk: ...' detail lines; Blad n van m,
    Transport and Saldo overgenomen at page breaks."""
    acc = st.account
    font, bold = rng.choice(_SANS)
    size = rng.choice([7.5, 8.0, 8.5])
    flavour = rng.choice(["ing", "abn"])
    flow = rng.random() < (0.65 if flavour == "ing" else 0.3)  # details as running text
    amt_mode = rng.choice(["afbij_cols", "signed", "afbij_word"])
    type_col = flavour == "ing" and rng.random() < 0.7
    type_codes = rng.random() < 0.4
    dstyle = rng.choice(["dash", "dash", "dot", "compact"])
    hstyle = rng.choice(["dash", "long"])
    bank = _bank_label(acc, rng)
    accent: RGB = rng.choice(
        [(1.0, 0.4, 0.0), (0.0, 0.45, 0.35), (0.05, 0.25, 0.55), (0.3, 0.3, 0.3)]
    )
    summary = rng.random() < 0.55
    address = rng.random() < 0.6
    indent = rng.choice([0.0, 3.0, 4.0])
    rules = rng.random() < 0.5
    bal_style = (
        rng.choice(["plain", "euro"]) if amt_mode == "signed" else rng.choice(["afbij", "plain"])
    )
    plus = amt_mode == "signed" and rng.random() < 0.6
    title = rng.choice(["Af- en bijschrijvingen", "Rekeningoverzicht", "Bij- en afschrijvingen"])
    sort = "Spaarrekening" if _savings(st) else rng.choice(["Betaalrekening", "Betaalrekening"])
    iban_spaced = rng.random() < 0.4
    pas = f"{rng.randint(1, 9):03d}"
    L = rng.choice([15.0, 18.0, 20.0])
    R = 210.0 - L
    pitch = _line_pitch(font, size)
    gap = rng.choice([1.2, 1.6, 2.0])

    def bal(v: Decimal) -> str:
        return money_nl(v, bal_style)

    # columns, right to left
    amt_w = c.width("99.999,99", font, size) + 2
    if amt_mode == "afbij_cols":
        x_bij, x_af = R, R - amt_w - 4
        amt_left = x_af - amt_w
    elif amt_mode == "afbij_word":
        x_word = R - c.width("Af/Bij", bold, size)
        x_amt = x_word - 3
        amt_left = x_amt - amt_w
    else:
        x_amt = R
        amt_left = R - max(amt_w + 2, c.width("Bedrag (EUR)", bold, size))
    x_date = L
    x_desc = L + c.width(date_nl(date(2026, 12, 30), dstyle), font, size) + 4
    head_right = amt_left - 2
    x_type = 0.0
    if type_col:
        labels = [v[1] if type_codes else v[0] for v in _ING_TYPE.values()]
        type_w = max(c.width(s, font, size) for s in [*labels, "Code" if type_codes else "Type"])
        x_type = amt_left - type_w - 5
        head_right = x_type - 3
    head_font = bold if flavour == "ing" else font
    x_det = x_desc + indent
    det_w = amt_left - 2 - x_det

    built = [
        _details(
            t,
            _kind(t),
            flavour,
            rng,
            pas=pas,
            city=st.address.city,
            dstyle=dstyle,
            iban_spaced=iban_spaced and not flow,  # running text never splits an IBAN
        )
        for t in st.transactions
    ]

    def lay_out(level: int) -> list[tuple[list[str], list[str]]]:
        """Per booking its first-line text and its detail lines; a higher level is denser."""
        out = []
        for head, items in built:
            keep = [s for s, essential in items if essential or level < 2]
            heads = _wrap(head, head_font, size, head_right - x_desc)
            if flow or level >= 1:
                dets = DocCanvas.wrap(" ".join(keep), font, size, det_w)
            else:
                dets = [ln for s in keep for ln in DocCanvas.wrap(s, font, size, det_w)]
            out.append((heads, dets))
        return out

    # header geometry (page 1)
    y_info = 42.0 if address else 36.0
    table_y = (y_info + 30 if address else y_info + 27) + (20 if summary else 0)
    first_y = table_y + 2.5 + (0 if summary else pitch + 1.5)
    bottom, next_y = 268.0, 40.0 + pitch + 1
    tail_h = 3 * pitch + 12

    def height(i: int, _first: bool) -> float:
        return (len(rows[i][0]) + len(rows[i][1])) * pitch + gap

    level = 0
    while True:
        rows = lay_out(min(level, 2))
        if level >= 3:
            pitch = max(pitch * 0.93, _line_pitch(font, size) - 0.3)
        pages = _plan(len(st.transactions), height, bottom - first_y, bottom - next_y, tail_h)
        if len(pages) <= 3 or level >= 5:
            break
        level += 1
    total = len(pages)

    # --- page 1 header
    logo_seed = rng.randint(0, 999)
    c.logo(L, 13, 9, random.Random(logo_seed), color=accent)
    _put(c, L + 12, 20.5, bank, font=bold, size=14, field="bank_name", value=acc.bank_name)
    c.text(R, 18.5, title, font=bold, size=12, align="right")

    def blad(p: int, y: float) -> None:
        c.text(R, y, f"Blad {p + 1} van {total}", font=font, size=8, align="right")

    blad(0, 24.5)
    if address:
        ay = y_info
        _put(c, L, ay, acc.holder, font=font, size=9.5, field="account_holder", value=acc.holder)
        c.text(L, ay + 4.6, f"{st.address.street} {st.address.house_number}", font=font, size=9.5)
        c.text(L, ay + 9.2, f"{st.address.postcode_printed} {st.address.city}", font=font, size=9.5)
        lx = 110.0
    else:
        lx = L
    info: list[tuple[str, list[Seg]]] = [
        (
            rng.choice(["Rekeningnummer", "IBAN"]),
            [(acc.iban_printed if rng.random() < 0.7 else acc.iban, "iban", acc.iban)],
        ),
        (
            rng.choice(["Tenaamstelling", "Ten name van", "Rekeninghouder"]),
            [(acc.holder, "account_holder", acc.holder)],
        ),
        ("Soort rekening", [(sort, None, None)]),
        ("Periode", _period(st, hstyle, rng.choice(["t/m", "tot en met", "-"]))),
    ]
    if rng.random() < 0.5:
        info.append(("Afschriftnummer", [(str(st.number), None, None)]))
    if address and rng.random() < 0.5:
        info.pop(1)  # the address block names the holder
    vx = lx + max(c.width(lab, font, 8.5) for lab, _ in info) + 5
    for k, (label, segs) in enumerate(info):
        yy = y_info + k * 4.6
        c.text(lx, yy, label, font=font, size=8.5, color=GREY)
        _segments(c, vx, yy, segs, font=font, size=8.5)

    af_total = sum((-t.amount for t in st.transactions if t.amount < 0), Decimal("0"))
    bij_total = sum((t.amount for t in st.transactions if t.amount >= 0), Decimal("0"))
    if summary:
        sy = table_y - 20
        c.rect(L, sy, R - L, 14, stroke=0.5, color=accent, fill=(0.97, 0.97, 0.97))
        start_s, end_s = date_nl(st.period_start, "dash"), date_nl(st.period_end, "dash")
        cells: list[tuple[str, Decimal, str | None, str]] = [
            (
                f"Beginsaldo per {start_s}",
                st.opening_balance,
                "opening_balance",
                bal(st.opening_balance),
            ),
            ("Totaal afgeschreven", af_total, None, money_nl(af_total, "plain")),
            ("Totaal bijgeschreven", bij_total, None, money_nl(bij_total, "plain")),
            (
                f"Eindsaldo per {end_s}",
                st.closing_balance,
                "closing_balance",
                bal(st.closing_balance),
            ),
        ]
        cw = (R - L) / 4
        for k, (label, v, name, txt) in enumerate(cells):
            x = L + 3 + k * cw
            c.text(x, sy + 5, label, font=font, size=7, color=GREY)
            _put(c, x, sy + 10.5, txt, font=bold, size=9, field=name, value=money_norm(v))

    def table_header(y: float) -> float:
        c.text(x_date, y, "Datum", font=bold, size=size)
        c.text(x_desc, y, rng_hdr, font=bold, size=size)
        if type_col:
            c.text(x_type, y, "Code" if type_codes else "Type", font=bold, size=size)
        if amt_mode == "afbij_cols":
            c.text(x_af, y, "Af", font=bold, size=size, align="right")
            c.text(x_bij, y, "Bij", font=bold, size=size, align="right")
        elif amt_mode == "afbij_word":
            c.text(x_amt, y, "Bedrag", font=bold, size=size, align="right")
            c.text(x_word, y, "Af/Bij", font=bold, size=size)
        else:
            c.text(x_amt, y, "Bedrag (EUR)", font=bold, size=size, align="right")
        c.line(L, y + 1.8, R, y + 1.8, width=0.7, color=accent)
        return y + 2.5

    rng_hdr = rng.choice(["Omschrijving", "Naam / Omschrijving", "Omschrijving"])

    def saldo_line(
        y: float, label: str, v: Decimal, *, f: str = font, name: str | None = None
    ) -> float:
        base = y + pitch
        c.text(x_desc, base, label, font=f, size=size)
        _put(c, R, base, bal(v), font=f, size=size, align="right", field=name, value=money_norm(v))
        return base + 1.5

    y0 = table_header(table_y)
    if not summary:
        start_lbl = rng.choice(["Beginsaldo per ", "Saldo per "]) + date_nl(st.period_start, "dash")
        y0 = saldo_line(y0, start_lbl, st.opening_balance, f=bold, name="opening_balance")

    def amount_texts(r: _Row, t: Transaction, base: float) -> None:
        if amt_mode == "afbij_cols":
            x = x_af if t.amount < 0 else x_bij
            r.text(x, base, amount_nl(t.amount), font=font, size=size, align="right")
        elif amt_mode == "afbij_word":
            r.text(x_amt, base, amount_nl(t.amount), font=font, size=size, align="right")
            r.text(x_word, base, "Af" if t.amount < 0 else "Bij", font=font, size=size)
        else:
            txt = money_nl(t.amount, "plain")
            if plus and t.amount >= 0:
                txt = f"+{txt}"
            r.text(x_amt, base, txt, font=font, size=size, align="right")

    def row(i: int, y: float, _first: bool) -> float:
        t = st.transactions[i]
        heads, dets = rows[i]
        r = _Row(c)
        base = y + pitch
        r.text(x_date, base, date_nl(t.booking_date, dstyle), font=font, size=size)
        for k, ln in enumerate(heads):
            r.text(x_desc, base + k * pitch, ln, font=head_font, size=size)
        if type_col:
            label = _ING_TYPE[_kind(t)][1 if type_codes else 0]
            c.text(x_type, base, label, font=font, size=size)  # its own column, not the description
        amount_texts(r, t, base)
        yy = base + len(heads) * pitch
        for k, ln in enumerate(dets):
            r.text(x_det, yy + k * pitch, ln, font=font, size=size, color=(0.2, 0.2, 0.2))
        printed = " ".join([*heads, *dets])
        r.record(t, printed, bool(t.counterparty_iban) and "IBAN" in printed)
        y += (len(heads) + len(dets)) * pitch + gap
        if rules:
            c.line(
                x_desc, y - gap / 2 + 0.6, R, y - gap / 2 + 0.6, width=0.2, color=(0.75, 0.75, 0.75)
            )
        return y

    carry_words = rng.choice(
        [("Transport", "Transport"), ("Saldo naar volgend blad", "Saldo overgenomen")]
    )

    def next_page(p: int, _total: int, carried: Decimal) -> float:
        c.logo(L, 12, 6, random.Random(logo_seed), color=accent)
        c.text(L + 9, 17, bank, font=bold, size=10)
        c.text(R, 17, title, font=bold, size=9.5, align="right")
        blad(p, 22)
        c.text(L, 28, f"Rekeningnummer {acc.iban_printed}", font=font, size=8)
        c.text(L + 68, 28, acc.holder, font=font, size=8)
        period = f"{date_nl(st.period_start, 'dash')} t/m {date_nl(st.period_end, 'dash')}"
        c.text(R, 28, period, font=font, size=8, align="right")
        y = table_header(36.0)
        lbl = carry_words[1] if carry_words[1] != "Transport" else "Transport van vorig blad"
        return saldo_line(y, lbl, carried)

    def footer(p: int, _total: int, _y: float) -> None:
        c.line(L, 281, R, 281, width=0.3, color=GREY)
        c.text(
            L,
            285,
            "Dit overzicht is met zorg samengesteld. Aan dit overzicht kunnen geen rechten worden ontleend.",
            font=font,
            size=6.5,
            color=GREY,
        )

    def carry(_p: int, _total: int, y: float, carried: Decimal) -> None:
        c.line(L, y + 0.5, R, y + 0.5, width=0.4)
        lbl = carry_words[0] if carry_words[0] != "Transport" else "Transport naar volgend blad"
        saldo_line(y + 0.5, lbl, carried)

    def tail(y: float) -> None:
        c.line(L, y + 0.5, R, y + 0.5, width=0.6, color=accent)
        base = y + 0.5 + pitch
        if amt_mode == "afbij_cols":
            c.text(x_desc, base, "Totaal", font=font, size=size)
            c.text(x_af, base, amount_nl(af_total), font=font, size=size, align="right")
            c.text(x_bij, base, amount_nl(bij_total), font=font, size=size, align="right")
        else:
            c.text(x_desc, base, "Totaal afgeschreven", font=font, size=size)
            c.text(R, base, amount_nl(af_total), font=font, size=size, align="right")
            base += pitch
            c.text(x_desc, base, "Totaal bijgeschreven", font=font, size=size)
            c.text(R, base, amount_nl(bij_total), font=font, size=size, align="right")
        end_lbl = rng_end + date_nl(st.period_end, "dash")
        saldo_line(base + 1.5, end_lbl, st.closing_balance, f=bold, name="closing_balance")

    rng_end = rng.choice(["Eindsaldo per ", "Saldo per "])
    _run(c, st, pages, y0, row=row, next_page=next_page, footer=footer, carry=carry, tail=tail)


# --- 2. dense one-line-per-booking table (Rabobank / SNS / Triodos printouts) -------------------


@layout("bank_statement", "compact_table")
def compact_table(c: DocCanvas, st: Statement, rng: random.Random) -> None:
    """Small type, one ruled line per booking: 'Datum | Rentedatum | Omschrijving |
    Tegenrekening | Af | Bij' or 'Boekdatum | Naam/Omschrijving | Bedrag | Af/Bij'."""
    acc = st.account
    font, bold = rng.choice([*_SANS, ("LiberationSansNarrow", "LiberationSans-Bold")])
    size = rng.choice([7.0, 7.5, 8.0])
    scheme = rng.choice(["rabo", "sns"])
    dstyle = rng.choice(["short", "short", "dash", "compact"])
    desc_mode = rng.choice(["truncate", "wrap", "split"])
    upper = rng.random() < 0.25
    balances = rng.choice(["header", "footer", "both"])
    rules = rng.choice(["lines", "zebra", "none"])
    bank = _bank_label(acc, rng)
    accent: RGB = rng.choice(
        [(0.0, 0.2, 0.55), (0.9, 0.45, 0.0), (0.1, 0.45, 0.3), (0.35, 0.1, 0.4)]
    )
    L = rng.choice([12.0, 15.0, 18.0])
    R = 210.0 - L
    lp = _line_pitch(font, size)
    pitch = max(4.6, lp + rng.choice([1.2, 1.5, 1.8]))  # one-line row
    rentedatum = scheme == "rabo" and rng.random() < 0.6
    iban_col = scheme == "rabo" or rng.random() < 0.5
    iban_in_desc = not iban_col and rng.random() < 0.6
    words = rng.choice([("Af", "Bij"), ("D", "C")])
    bal_style = rng.choice(["plain", "trailing", "euro"])
    transport = rng.random() < 0.6
    sort = "Spaarrekening" if _savings(st) else "Betaalrekening"

    def bal(v: Decimal) -> str:
        return money_nl(v, bal_style)

    def show(s: str) -> str:
        return s.upper() if upper else s

    # columns: left to right from the dates, right to left from the amounts
    date_w = c.width(_ddmm(date(2026, 12, 30), dstyle), font, size) + 3
    amt_w = c.width("99.999,99", font, size) + 1
    iban_w = c.width("NL00WWWW0000000000", font, size) + 3
    date_hdr = "Datum" if scheme == "rabo" else "Boekdatum"
    x_date = L + 1
    x_rd = x_date + max(date_w, c.width(date_hdr, bold, size) + 3)
    x_desc = x_rd + (max(date_w, c.width("Rentedatum", bold, size) + 3) if rentedatum else 0)
    if scheme == "rabo":
        x_bij = R - 1
        x_af = x_bij - max(amt_w, c.width("Bedrag bij", bold, size)) - 3
        right_edge = x_af - amt_w
        amt_hdr = [("Af", x_af, "right"), ("Bij", x_bij, "right")]
        if rng.random() < 0.5:
            amt_hdr = [("Bedrag af", x_af, "right"), ("Bedrag bij", x_bij, "right")]
    else:
        hdr_word = "Af/Bij" if words[0] == "Af" else "D/C"
        x_word = R - 1 - c.width(hdr_word, bold, size)
        x_amt = x_word - 3
        right_edge = x_amt - max(amt_w, c.width("Bedrag", bold, size))
        amt_hdr = [("Bedrag", x_amt, "right"), (hdr_word, x_word, "left")]
    x_bal = R - 1 if scheme == "rabo" else x_amt  # balances and totals
    x_iban = right_edge - iban_w if iban_col else right_edge
    desc_w = x_iban - 3 - x_desc
    desc_hdr = (
        "Omschrijving" if scheme == "rabo" else rng.choice(["Naam/Omschrijving", "Omschrijving"])
    )
    if scheme == "rabo" and rng.random() < 0.4:
        desc_hdr = "Naam tegenpartij / Omschrijving"

    def desc_lines(t: Transaction) -> list[str]:
        name, desc = show(t.counterparty_name), show(t.description)
        iban = t.counterparty_iban if iban_in_desc and t.counterparty_iban else ""
        parts = [iban, name] if desc == name else [iban, name, desc]
        text = " ".join(p for p in parts if p)
        if desc_mode == "truncate":
            return [_cut(text, font, size, desc_w)]
        if desc_mode == "wrap":
            return _wrap(text, font, size, desc_w)[:3]
        first = " ".join(p for p in [iban, name] if p)
        out = [_cut(first, font, size, desc_w)]
        if desc != name:
            out.append(_cut(desc, font, size, desc_w))
        return out

    lines = [desc_lines(t) for t in st.transactions]
    value_dates = [_value_date(t, rng) for t in st.transactions]

    def height(i: int, _first: bool) -> float:
        return pitch + (len(lines[i]) - 1) * lp

    # --- page 1 header
    logo = rng.random() < 0.6
    logo_seed = rng.randint(0, 999)
    bx = L
    if logo:
        c.logo(L, 12, 10, random.Random(logo_seed), color=accent)
        bx = L + 13
    _put(
        c,
        bx,
        20,
        bank,
        font=bold,
        size=rng.choice([13, 15]),
        field="bank_name",
        value=acc.bank_name,
    )
    title = rng.choice(["Rekeningafschrift", "Afschrift", "Rekeningoverzicht"])
    c.text(R, 19, title, font=bold, size=12, align="right")
    hdate = rng.choice(["dash", "long"])
    # address window, left
    _put(c, L + 5, 46, acc.holder, font=font, size=9.5, field="account_holder", value=acc.holder)
    c.text(L + 5, 50.6, f"{st.address.street} {st.address.house_number}", font=font, size=9.5)
    c.text(L + 5, 55.2, f"{st.address.postcode_printed} {st.address.city}", font=font, size=9.5)
    # info block, right
    lx = 118.0
    info: list[tuple[str, list[Seg]]] = [
        (
            rng.choice(["Rekeningnummer", "IBAN", "Rekening"]),
            [(rng.choice([acc.iban, acc.iban_printed]), "iban", acc.iban)],
        ),
        ("Soort rekening", [(sort, None, None)]),
        (
            rng.choice(["Afschrift", "Afschriftnummer", "Volgnummer"]),
            [(str(st.number), None, None)],
        ),
        ("Periode", _period(st, hdate, rng.choice(["t/m", "-", "tot en met"]))),
        ("Datum", [(date_nl(st.period_end + timedelta(days=1), "dash"), None, None)]),
    ]
    label_w = max(c.width(lab, font, 8) for lab, _ in info) + 4
    value_w = max(c.width(" ".join(s[0] for s in segs), font, 8) for _, segs in info)
    lx = min(lx, R - value_w - label_w)
    vx = lx + label_w
    for k, (label, segs) in enumerate(info):
        c.text(lx, 40 + k * 4.3, label, font=font, size=8, color=GREY)
        _segments(c, vx, 40 + k * 4.3, segs, font=font, size=8)

    af_total = sum((-t.amount for t in st.transactions if t.amount < 0), Decimal("0"))
    bij_total = sum((t.amount for t in st.transactions if t.amount >= 0), Decimal("0"))
    y = 70.0
    if balances in ("header", "both"):
        open_lbl, close_lbl = rng.choice(
            [
                (
                    f"Saldo per {date_nl(st.period_start, 'dash')}",
                    f"Saldo per {date_nl(st.period_end, 'dash')}",
                ),
                (
                    f"Beginsaldo {date_nl(st.period_start, 'dash')}",
                    f"Eindsaldo {date_nl(st.period_end, 'dash')}",
                ),
                ("Vorig saldo", "Nieuw saldo"),
            ]
        )
        cells: list[tuple[str, Decimal, str | None, str]] = [
            (open_lbl, st.opening_balance, "opening_balance", bal(st.opening_balance))
        ]
        if rng.random() < 0.6:
            cells.append(("Totaal af", af_total, None, amount_nl(af_total)))
            cells.append(("Totaal bij", bij_total, None, amount_nl(bij_total)))
        cells.append((close_lbl, st.closing_balance, "closing_balance", bal(st.closing_balance)))
        cw = (R - L) / len(cells)
        c.rect(L, y, R - L, 13, stroke=0.6, color=accent)
        for k, (label, v, name, txt) in enumerate(cells):
            x = L + 3 + k * cw
            if k:
                c.line(L + k * cw, y, L + k * cw, y + 13, width=0.3, color=accent)
            c.text(x, y + 4.8, label, font=font, size=7.5, color=GREY)
            _put(c, x, y + 10.2, txt, font=bold, size=9, field=name, value=money_norm(v))
        table_y = y + 23
    else:
        month = f"{MONTHS_NL[st.period_end.month - 1]} {st.period_end.year}"
        c.text(L, y + 8, f"{title} {st.number} - {month}", font=bold, size=10.5)
        table_y = y + 16

    def table_header(y: float) -> float:
        h = lp + 1.8
        c.rect(L, y, R - L, h, stroke=0, fill=(0.88, 0.88, 0.88) if rules != "none" else (1, 1, 1))
        base = y + h - 1.4
        c.text(x_date, base, date_hdr, font=bold, size=size)
        if rentedatum:
            c.text(x_rd, base, "Rentedatum", font=bold, size=size)
        c.text(x_desc, base, desc_hdr, font=bold, size=size)
        if iban_col:
            c.text(x_iban, base, "Tegenrekening", font=bold, size=size)
        for text, x, align in amt_hdr:
            c.text(x, base, text, font=bold, size=size, align=align)
        c.line(L, y + h, R, y + h, width=0.6)
        return y + h

    first_y = table_header(table_y)
    footer_bal = balances in ("footer", "both")
    tail_h = 4 * pitch + 4 if footer_bal else pitch + 4
    bottom = 270.0
    next_y = 34.0 + lp + 1.8 + (pitch if transport else 0)
    pages = _plan(
        len(st.transactions),
        height,
        bottom - first_y,
        bottom - next_y,
        tail_h + (pitch if transport else 0),
    )
    total = len(pages)
    zebra_i = [0]

    def amount_cells(r: _Row, t: Transaction, base: float) -> None:
        if scheme == "rabo":
            x = x_af if t.amount < 0 else x_bij
            r.text(x, base, amount_nl(t.amount), font=font, size=size, align="right")
        else:
            r.text(x_amt, base, amount_nl(t.amount), font=font, size=size, align="right")
            r.text(x_word, base, words[0] if t.amount < 0 else words[1], font=font, size=size)

    def row(i: int, y: float, _first: bool) -> float:
        t = st.transactions[i]
        h = height(i, False)
        if rules == "zebra" and zebra_i[0] % 2:
            c.rect(L, y, R - L, h, stroke=0, fill=(0.94, 0.95, 0.97))
        zebra_i[0] += 1
        r = _Row(c)
        base = y + (pitch + lp) / 2 - 0.4
        r.text(x_date, base, _ddmm(t.booking_date, dstyle), font=font, size=size)
        if rentedatum:
            r.text(x_rd, base, _ddmm(value_dates[i], dstyle), font=font, size=size)
        for k, ln in enumerate(lines[i]):
            r.text(x_desc, base + k * lp, ln, font=font, size=size)
        if iban_col and t.counterparty_iban:
            r.text(x_iban, base, t.counterparty_iban, font=font, size=size)
        amount_cells(r, t, base)
        r.record(t, " ".join(lines[i]), bool(t.counterparty_iban) and (iban_col or iban_in_desc))
        if rules == "lines":
            c.line(L, y + h, R, y + h, width=0.2, color=(0.7, 0.7, 0.7))
        return y + h

    def saldo_row(
        y: float, label: str, v: Decimal, *, f: str = font, name: str | None = None
    ) -> float:
        base = y + (pitch + lp) / 2 - 0.4
        c.text(x_desc, base, label, font=f, size=size)
        _put(
            c,
            x_bal,
            base,
            bal(v),
            font=f,
            size=size,
            align="right",
            field=name,
            value=money_norm(v),
        )
        return y + pitch

    def blad(p: int) -> str:
        return f"Blad {p + 1} van {total}" if rng_blad else f"Pagina {p + 1}/{total}"

    rng_blad = rng.random() < 0.6

    def next_page(p: int, _total: int, carried: Decimal) -> float:
        if logo:
            c.logo(L, 12, 6, random.Random(logo_seed), color=accent)
        c.text(L + (9 if logo else 0), 17, bank, font=bold, size=10)
        c.text(R, 17, f"{title} {st.number}", font=bold, size=9.5, align="right")
        c.text(L, 24, acc.iban_printed, font=font, size=8)
        c.text(L + 45, 24, acc.holder, font=font, size=8)
        c.text(R, 24, blad(p), font=font, size=8, align="right")
        y = table_header(34.0)
        if transport:
            y = saldo_row(y, "Transport", carried)
        return y

    def footer(p: int, _total: int, _y: float) -> None:
        if p == 0:
            c.text(R, 25, blad(p), font=font, size=8, align="right")
        note = rng_note
        c.text(L, 287, note, font=font, size=6.5, color=GREY)

    rng_note = rng.choice(
        [
            f"{bank} - Controleer dit afschrift en bewaar het bij uw administratie.",
            f"{bank} - Rekeningafschrift {st.number} - {MONTHS_NL[st.period_end.month - 1]} {st.period_end.year}",
            "Bij vragen over dit afschrift kunt u contact opnemen met uw bank.",
        ]
    )

    def carry(_p: int, _total: int, y: float, carried: Decimal) -> None:
        if transport:
            c.line(L, y, R, y, width=0.5)
            saldo_row(y, "Transport", carried)
        else:
            c.text(x_desc, y + lp + 1, "Zie volgend blad", font=font, size=size, color=GREY)

    def tail(y: float) -> None:
        c.line(L, y, R, y, width=0.7)
        if not footer_bal:
            saldo_row(y, rng_close, st.closing_balance, f=bold, name="closing_balance")
            return
        base = y + (pitch + lp) / 2 - 0.4
        if scheme == "rabo":
            c.text(x_desc, base, "Totaal", font=font, size=size)
            c.text(x_af, base, amount_nl(af_total), font=font, size=size, align="right")
            c.text(x_bij, base, amount_nl(bij_total), font=font, size=size, align="right")
            y += pitch
        else:
            c.text(x_desc, base, "Totaal af", font=font, size=size)
            c.text(x_bal, base, amount_nl(af_total), font=font, size=size, align="right")
            c.text(x_desc, base + pitch, "Totaal bij", font=font, size=size)
            c.text(x_bal, base + pitch, amount_nl(bij_total), font=font, size=size, align="right")
            y += 2 * pitch
        y = saldo_row(y, "Beginsaldo", st.opening_balance, name="opening_balance")
        saldo_row(y, "Eindsaldo", st.closing_balance, f=bold, name="closing_balance")

    rng_close = rng.choice(["Eindsaldo", "Nieuw saldo", "Saldo einde periode"])
    _run(c, st, pages, first_y, row=row, next_page=next_page, footer=footer, carry=carry, tail=tail)
