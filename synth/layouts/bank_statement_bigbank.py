"""Bank statements as the big Dutch banks print them to PDF (dev layouts: used for tuning).

Same truth rules as `synth.layouts.bank_statement`: every printed transaction appends one row to
`c.transactions` whose `description` is all text printed in the row's description column(s)
(wrapped lines and detail lines joined by one space) and whose `bbox` covers every text box of
the row; header fields are marked at their first occurrence. Balance lines, carry-over lines,
page totals and daily balances belong to no transaction.

- `afbij_details`: an ING / ABN AMRO 'Afschrift' / 'Rekeningoverzicht': dense small type, a
  summary box (Beginsaldo / Totaal af / Totaal bij / Eindsaldo or Vorig / Nieuw saldo) or
  balance rows, Boekdatum [| Valutadatum] | Omschrijving | Bedrag + Af/Bij word or Af | Bij
  columns, 2-6 detail lines under each booking ('Naam:', 'IBAN:', 'Kenmerk:', 'Pasvolgnr', the
  ABN AMRO '/TRTP/.../IBAN/.../REMI/' string), 'Pagina 1 van 3', optional 'Saldo van vorige
  pagina' / 'Transport' and per-page totals, a footer with the bank's address and KvK.
- `rabo_print`: a Rabobank / SNS / regional bank statement printed from internet banking:
  'Transacties van 1 t/m 31 maart 2026', Datum [| Code] | Omschrijving | Rekening tegenpartij |
  Bedrag af | Bedrag bij (or Naam tegenpartij | Rekening tegenpartij | Mededelingen | Bedrag with
  '-12,50' or '12,50-'), booking codes (ba, bg, id, ei, cb, ...), daily balances ('Saldo einde
  dag' / 'Saldo na boeking'), mededelingen with numbers that look like amounts and dates, and
  'Beginsaldo op 1 maart 2026' / 'Eindsaldo op 31 maart 2026' lines.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from synth.canvas import Box, DocCanvas
from synth.fmt import amount_nl, date_nl, money_nl, money_norm
from synth.layouts.bank_statement import (
    GREY,
    RGB,
    Seg,
    _balances_after,
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
from synth.layouts.bank_statement_extra import _asc, _dc_date, _dsc, _fit
from synth.layouts.bank_statement_more import (
    _ABN_HEAD,
    _BIC,
    _SANS,
    _digits,
    _kind,
    _line_pitch,
    _seeded,
)
from synth.layouts.base import layout
from synth.people import MONTHS_NL, Statement, Transaction

Draw = Callable[..., Box]
Detail = tuple[str, str, bool]  # label ('' for none), value, essential (kept when room runs out)

_DENSE: list[tuple[str, str]] = [*_SANS, ("LiberationSansNarrow", "LiberationSans-Bold")]
_SEATS = ["Amsterdam", "Utrecht", "Den Haag", "Zeist", "'s-Hertogenbosch", "Rotterdam"]


def _bank_footer(bank: str) -> str:
    """The small-print address line of a bank (synthetic Postbus, postcode and KvK number)."""
    r = _seeded(bank)
    seat = r.choice(_SEATS)
    postcode = (
        f"{r.randint(1000, 9999)} {r.choice('BCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCEGHJKLNPRSTVWX')}"
    )
    return (
        f"{bank} · Postbus {r.randint(100, 9999)} · {postcode} {seat} · "
        f"KvK {_digits(r, 8)} · statutair gevestigd te {seat}"
    )


def _fold(text: str, font: str, size: float, width: float) -> list[str]:
    """Word wrap in which a word wider than the column is broken, as narrow print columns do."""
    words: list[str] = []
    for word in text.split():
        while DocCanvas.width(word, font, size) > width and len(word) > 1:
            k = len(word) - 1
            while k > 1 and DocCanvas.width(word[:k], font, size) > width:
                k -= 1
            words.append(word[:k])
            word = word[k:]
        words.append(word)
    return DocCanvas.wrap(" ".join(words), font, size, width)


def _hhmm(rng: random.Random) -> str:
    return f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"


def _slash_wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Wrap an ABN AMRO '/TRTP/.../NAME/...' string at spaces and after slashes; a token
    (an IBAN, a reference) is never split."""
    tokens = [t for t in re.split(r"(?<=/)|(?= )", text) if t]
    lines: list[str] = []
    cur = ""
    for tok in tokens:
        cand = cur + tok
        if cur and DocCanvas.width(cand.strip(), font, size) > width:
            lines.append(cur.strip())
            cur = tok.lstrip()
        else:
            cur = cand
    if cur.strip():
        lines.append(cur.strip())
    return lines


# --- 1. ING / ABN AMRO 'Afschrift': summary box, Af/Bij, detail lines under each booking ------


def _ing_details(
    t: Transaction,
    kind: str,
    rng: random.Random,
    *,
    pas: str,
    city: str,
    dstyle: str,
    iban: str,
    wallet: bool,
) -> tuple[str, list[Detail]]:
    """The first line of an ING booking (the counterparty) and its labelled detail lines."""
    name, desc = t.counterparty_name, t.description
    ds = date_nl(t.booking_date, dstyle)
    fixed = _seeded(name)
    out: list[Detail] = []
    head = name
    if kind == "pin":
        if rng.random() < 0.5:
            head = f"{name} {city.upper()}"
        term = f"{fixed.choice(['CT', 'ST', 'TB'])}{_digits(fixed, 6)}"
        out.append(("Pasvolgnr", f"{pas} {ds} {_hhmm(rng)}", True))
        out.append(
            ("Transactie", f"{_digits(rng, 2)}{rng.choice('ABCDEFGH')}{_digits(rng, 4)}", False)
        )
        out.append(("Term", term, False))
        if wallet and rng.random() < 0.5:
            out.append(("", rng.choice(["Apple Pay", "Google Pay", "Apple Pay"]), False))
    elif kind == "ideal":
        out.append(("Naam", name, True))
        out.append(("Omschrijving", f"{_digits(rng, 10)} {desc}", True))
        out.append(("Kenmerk", f"{ds} {_hhmm(rng)} {_digits(rng, 16)}", False))
    elif kind in ("rente", "storting"):
        out.append(("Omschrijving", desc, True))
    else:
        out.append(("Naam", name, True))
        out.append(("Omschrijving", desc, True))
        out.append(("IBAN", iban, True))
        if kind == "incasso":
            out.append(("Kenmerk", _digits(rng, 16), False))
            out.append(
                ("Machtiging ID", f"{fixed.choice(['MND', 'KL'])}{_digits(fixed, 7)}", False)
            )
            out.append(("Incassant ID", f"NL{_digits(fixed, 2)}ZZZ{_digits(fixed, 8)}0000", False))
        elif kind == "overboeking":
            out.append(("Datum/Tijd", f"{ds} {_hhmm(rng)}", False))
        elif rng.random() < 0.6:
            out.append(("Kenmerk", _digits(rng, rng.choice([10, 16])), False))
    return head, out


def _abn_details(
    t: Transaction,
    kind: str,
    rng: random.Random,
    *,
    pas: str,
    city: str,
    iban: str,
    slash: bool,
) -> tuple[str, list[Detail]]:
    """The booking kind on the first line of an ABN AMRO booking and its detail lines; with
    `slash` the SEPA details as one '/TRTP/.../IBAN/.../NAME/.../REMI/...' string."""
    name, desc, d = t.counterparty_name, t.description, t.booking_date
    fixed = _seeded(name)
    head = rng.choice(_ABN_HEAD[kind])
    out: list[Detail] = []
    code = t.counterparty_iban[4:8] if t.counterparty_iban else ""
    bic = _BIC.get(code, "")
    if kind == "pin":
        term = f"{fixed.choice(['CT', 'TB'])}{_digits(fixed, 6)}"
        out.append(("", f"{name},PAS{pas}", True))
        out.append(
            ("", f"NR:{term}, {d.strftime('%d.%m.%y')}/{_hhmm(rng).replace(':', '.')}", False)
        )
        out.append(("", f"{city.upper()},Land: NLD", False))
        return head, out
    if kind in ("rente", "storting"):
        out.append(("", desc, True))
        out.append(("", f"Periode {d.strftime('%d-%m-%Y')}", False))
        return head, out
    if slash and t.counterparty_iban:
        trtp = {
            "incasso": "SEPA Incasso algemeen doorlopend",
            "ideal": "iDEAL",
        }.get(kind, "SEPA OVERBOEKING")
        parts = [f"/TRTP/{trtp}"]
        if kind == "incasso":
            parts.append(f"/CSID/NL{_digits(fixed, 2)}ZZZ{_digits(fixed, 8)}0000")
        parts.append(f"/IBAN/{iban}")
        if bic:
            parts.append(f"/BIC/{bic}")
        parts.append(f"/NAME/{name}")
        if kind == "incasso":
            parts.append(f"/MARF/{fixed.choice(['MND', 'KL'])}{_digits(fixed, 7)}")
        parts.append(f"/REMI/{desc}")
        parts.append(f"/EREF/{rng.choice(['NOTPROVIDED', _digits(rng, 12)])}")
        return head, [("", "".join(parts), True)]
    if kind == "incasso":
        out.append(("Incassant", f"NL{_digits(fixed, 2)}ZZZ{_digits(fixed, 8)}0000", False))
    if iban:
        out.append(("IBAN", iban, True))
        if bic:
            out.append(("BIC", bic, False))
    out.append(("Naam", name, True))
    if kind == "incasso":
        out.append(("Machtiging", f"{fixed.choice(['MND', 'KL'])}{_digits(fixed, 7)}", False))
    out.append(("Omschrijving", desc if kind != "ideal" else f"{_digits(rng, 10)} {desc}", True))
    if kind in ("incasso", "ideal") or rng.random() < 0.4:
        out.append(("Kenmerk", _digits(rng, 16), False))
    return head, out


@layout("bank_statement", "afbij_details")
def afbij_details(c: DocCanvas, st: Statement, rng: random.Random) -> None:
    """ING / ABN AMRO statement PDF: summary box or balance rows, Af/Bij, detail lines under
    each booking, 'Pagina 1 van 3', optional carry-over lines and page totals, KvK footer."""
    acc = st.account
    font, bold = rng.choice(_DENSE)
    size = rng.choice([6.5, 7.0, 7.0, 7.5])
    flavour = rng.choice(["ing", "abn"])
    det_style = rng.choice(["lines", "lines", "tabbed", "flow"])
    if flavour == "abn" and rng.random() < 0.4:
        det_style = "slash"
    amt_mode = rng.choice(["word", "cols"])
    value_col = rng.random() < 0.45
    summary = rng.choice(["box4", "box4", "box2", "rows"])
    carry_mode = rng.choice(["none", "saldo", "saldo", "totals"])
    page_pos = rng.choice(["header", "footer"])
    dstyle = rng.choice(["dash", "dash", "ddmm", "compact", "dot"])
    iban_spaced = det_style in ("lines", "tabbed") and rng.random() < 0.4
    wallet = rng.random() < 0.6
    rules = rng.random() < 0.5
    bal_style = "afbij" if amt_mode == "word" else rng.choice(["plain", "euro"])
    pas = f"{rng.randint(1, 9):03d}"
    bank = _bank_label(acc, rng)
    accent: RGB = (
        rng.choice([(1.0, 0.38, 0.0), (0.9, 0.45, 0.05)])
        if flavour == "ing"
        else rng.choice([(0.0, 0.5, 0.45), (0.0, 0.4, 0.35), (0.95, 0.75, 0.1)])
    )
    head_fill: RGB = rng.choice([(0.92, 0.92, 0.92), (0.9, 0.93, 0.96), (1.0, 0.95, 0.9)])
    L = rng.choice([12.0, 14.0, 15.0])
    R = 210.0 - L
    title = rng.choice(["Afschrift", "Rekeningoverzicht", "Afschrift betaalrekening"])
    if _savings(st):
        title = rng.choice(["Afschrift Spaarrekening", "Rekeningoverzicht"])
    sort = "Spaarrekening" if _savings(st) else rng.choice(["Betaalrekening", "Privérekening"])
    open_lbl, close_lbl = rng.choice(
        [
            ("Beginsaldo", "Eindsaldo"),
            ("Vorig saldo", "Nieuw saldo"),
            (
                f"Saldo per {date_nl(st.period_start, 'dash')}",
                f"Saldo per {date_nl(st.period_end, 'dash')}",
            ),
        ]
    )
    bd_hdr = rng.choice(["Boekdatum", "Datum"])
    vd_hdr = rng.choice(["Valutadatum", "Rentedatum"])
    desc_hdr = rng.choice(["Omschrijving", "Naam / Omschrijving", "Omschrijving"])
    pitch = _line_pitch(font, size)
    gap = rng.choice([1.0, 1.4, 1.8])
    after = _balances_after(st)
    af_total = sum((-t.amount for t in st.transactions if t.amount < 0), Decimal("0"))
    bij_total = sum((t.amount for t in st.transactions if t.amount >= 0), Decimal("0"))

    # --- columns: dates from the left, amounts from the right
    date_w = max(c.width(_dc_date(date(2026, m, 28), dstyle), font, size) for m in range(1, 13))
    x_bd = L + 1.5
    x_vd = x_bd + max(date_w, c.width(bd_hdr, bold, size)) + 3
    x_desc = x_vd + (max(date_w, c.width(vd_hdr, bold, size)) + 3 if value_col else 0)
    biggest = max([*(abs(t.amount) for t in st.transactions), af_total, bij_total, *after])
    amt_w = max(c.width(amount_nl(biggest), bold, size), c.width("Bedrag", bold, size)) + 2
    if amt_mode == "word":
        x_word = R - 1.5 - c.width("Af/Bij", bold, size)
        x_amt = x_word - 2.5
        amt_left = x_amt - amt_w
    else:
        x_bij = R - 1.5
        x_af = x_bij - amt_w - 3
        amt_left = x_af - amt_w
    head_font = bold if flavour == "ing" else font
    indent = rng.choice([0.0, 3.0]) if det_style != "tabbed" else 0.0
    x_det = x_desc + indent
    det_w = amt_left - 3 - x_det
    tab = 0.0
    if det_style == "tabbed":
        labels = ["Naam", "Omschrijving", "IBAN", "Kenmerk", "Machtiging ID", "Incassant ID"]
        tab = max(c.width(f"{s}:", font, size) for s in [*labels, "Datum/Tijd", "Pasvolgnr"]) + 2

    built: list[tuple[str, list[Detail]]] = []
    for t in st.transactions:
        kind = _kind(t)
        iban = ""
        if t.counterparty_iban:
            iban = _iban_sp(t.counterparty_iban) if iban_spaced else t.counterparty_iban
        if flavour == "ing":
            head, items = _ing_details(
                t, kind, rng, pas=pas, city=st.address.city, dstyle=dstyle, iban=iban, wallet=wallet
            )
        else:
            head, items = _abn_details(
                t, kind, rng, pas=pas, city=st.address.city, iban=iban, slash=det_style == "slash"
            )
        if not value_col and rng.random() < 0.3:
            items.append(("Valutadatum", date_nl(_value_date(t, rng), "dash"), False))
        built.append((head, items))

    Line = tuple[str, str]  # (label, value) of one detail line; label '' when none

    def lay_out(level: int) -> list[tuple[list[str], list[Line]]]:
        """Per booking its first-line text and its detail lines; a higher level is denser."""
        out = []
        for head, items in built:
            keep = [(lab, v) for lab, v, essential in items if essential or level < 1][:5]
            heads = _wrap(head, head_font, size, amt_left - 3 - x_desc)
            texts = [f"{lab}: {v}" if lab else v for lab, v in keep]
            dets: list[Line] = []
            if det_style == "slash":
                for s in texts:
                    dets += [("", ln) for ln in _slash_wrap(s, font, size, det_w)]
            elif det_style == "flow" or level >= 2:
                dets = [("", ln) for ln in DocCanvas.wrap(" ".join(texts), font, size, det_w)]
            elif det_style == "tabbed":
                for lab, v in keep:
                    vl = DocCanvas.wrap(v, font, size, det_w - tab)
                    dets += [((f"{lab}:" if lab and k == 0 else ""), ln) for k, ln in enumerate(vl)]
            else:
                dets = [("", ln) for s in texts for ln in DocCanvas.wrap(s, font, size, det_w)]
            out.append((heads, dets))
        return out

    def height(i: int, _first: bool) -> float:
        return (len(rows[i][0]) + len(rows[i][1])) * pitch + gap

    # --- page geometry
    hh = pitch + 2.2  # the table's header band
    row1 = pitch + 1.6  # a balance, carry or total line
    y_info = 40.0
    box_top = 70.0
    table_y = box_top + (20.0 if summary != "rows" else 2.0)
    first_y = table_y + hh + (row1 if summary == "rows" else 0.0)
    bottom = 274.0
    next_top = 33.0
    carry_in = row1 if carry_mode != "none" else 0.0
    carry_out = {
        "none": 0.0,
        "saldo": row1,
        "totals": 2 * row1 + (row1 if amt_mode == "word" else 0),
    }[carry_mode]
    n_tail = (3 if amt_mode == "word" else 2) + 1
    tail_h = n_tail * row1 + 2
    level = 0
    while True:
        rows = lay_out(min(level, 2))
        if level >= 3:
            pitch = max(pitch - 0.2, _line_pitch(font, size) - 0.4)
            gap = max(0.8, gap - 0.3)
        pages = _plan(
            len(st.transactions),
            height,
            bottom - carry_out - first_y,
            bottom - carry_out - (next_top + hh + carry_in),
            max(0.0, tail_h - carry_out),
        )
        if len(pages) <= 3 or level >= 5:
            break
        level += 1
    total = len(pages)

    # --- page 1 header
    logo_seed = rng.randint(0, 999)
    c.logo(L, 12, 10, random.Random(logo_seed), color=accent)
    bsize = _fit(bank, bold, rng.choice([13.0, 14.0]), 90)
    _put(c, L + 13, 20, bank, font=bold, size=bsize, field="bank_name", value=acc.bank_name)
    c.text(R, 18.5, title, font=bold, size=13, align="right")
    month = f"{MONTHS_NL[st.period_end.month - 1]} {st.period_end.year}"
    c.text(R, 23.5, f"{month} · nr. {st.number}", font=font, size=8, align="right", color=GREY)

    def pagina(p: int, y: float) -> None:
        c.text(R, y, f"Pagina {p + 1} van {total}", font=font, size=7.5, align="right")

    if page_pos == "header":
        pagina(0, 28.0)
    _put(c, L, y_info, acc.holder, font=font, size=9, field="account_holder", value=acc.holder)
    c.text(L, y_info + 4.4, f"{st.address.street} {st.address.house_number}", font=font, size=9)
    c.text(L, y_info + 8.8, f"{st.address.postcode_printed} {st.address.city}", font=font, size=9)
    hdate = rng.choice(["dash", "long"])
    info: list[tuple[str, list[Seg]]] = [
        ("IBAN", [(rng.choice([acc.iban_printed, acc.iban]), "iban", acc.iban)]),
        ("Soort rekening", [(sort, None, None)]),
        ("Periode", _period(st, hdate, rng.choice(["t/m", "-", "tot en met"]))),
        (
            rng.choice(["Afschriftnummer", "Volgnummer"]),
            [(str(st.number), None, None)],
        ),
    ]
    if rng.random() < 0.5:
        info.append(("BIC", [(acc.bic, None, None)]))
    if rng.random() < 0.5:
        info.append(
            ("Datum aanmaak", [(date_nl(st.period_end + timedelta(days=1), "dash"), None, None)])
        )
    isz = 7.5
    label_w = max(c.width(lab, font, isz) for lab, _ in info) + 4
    value_w = max(c.width(" ".join(s[0] for s in segs), font, isz) for _, segs in info)
    lx = min(112.0, R - value_w - label_w)
    for k, (label, segs) in enumerate(info):
        yy = y_info - 2 + k * 3.9
        c.text(lx, yy, label, font=font, size=isz, color=GREY)
        _segments(c, lx + label_w, yy, segs, font=font, size=isz)

    def bal_text(v: Decimal) -> str:
        return money_nl(v, bal_style)

    if summary != "rows":
        cells: list[tuple[str, Decimal, str | None]] = [
            (open_lbl, st.opening_balance, "opening_balance"),
            ("Totaal af", -af_total, None),
            ("Totaal bij", bij_total, None),
            (close_lbl, st.closing_balance, "closing_balance"),
        ]
        if summary == "box2":
            cells = [cells[0], cells[3]]
        bw = (R - L) if summary == "box4" else (R - L) * 0.55
        c.rect(L, box_top, bw, 14, stroke=0.5, color=accent, fill=(0.97, 0.97, 0.97))
        cw = bw / len(cells)
        for k, (label, v, name) in enumerate(cells):
            x = L + 3 + k * cw
            if k:
                c.line(L + k * cw, box_top + 2, L + k * cw, box_top + 12, width=0.3, color=accent)
            c.text(x, box_top + 5, label, font=font, size=_fit(label, font, 7, cw - 5), color=GREY)
            txt = amount_nl(v) if name is None else bal_text(v)
            _put(
                c,
                x,
                box_top + 10.5,
                txt,
                font=bold,
                size=_fit(txt, bold, 9, cw - 5),
                field=name,
                value=money_norm(v),
            )

    # --- the table
    def table_header(y: float) -> float:
        c.rect(L, y, R - L, hh, stroke=0, fill=head_fill)
        base = y + hh - 1.1 - _dsc(bold, size)
        c.text(x_bd, base, bd_hdr, font=bold, size=size)
        if value_col:
            c.text(x_vd, base, vd_hdr, font=bold, size=size)
        c.text(x_desc, base, desc_hdr, font=bold, size=size)
        if amt_mode == "word":
            c.text(x_amt, base, "Bedrag", font=bold, size=size, align="right")
            c.text(x_word, base, "Af/Bij", font=bold, size=size)
        else:
            c.text(x_af, base, "Af", font=bold, size=size, align="right")
            c.text(x_bij, base, "Bij", font=bold, size=size, align="right")
        c.line(L, y + hh, R, y + hh, width=0.6, color=accent)
        return y + hh

    def amount(base: float, v: Decimal, f: str, draw: Draw | None = None) -> None:
        """A transaction amount: unsigned plus its Af/Bij word, or in the Af or Bij column."""
        draw = draw or c.text
        if amt_mode == "word":
            draw(x_amt, base, amount_nl(v), font=f, size=size, align="right")
            draw(x_word, base, "Af" if v < 0 else "Bij", font=f, size=size)
        else:
            draw(x_af if v < 0 else x_bij, base, amount_nl(v), font=f, size=size, align="right")

    def balance(base: float, v: Decimal, f: str, name: str | None) -> None:
        """A balance: '1.234,56 Bij' in the amount and Af/Bij columns, or signed at the right."""
        if amt_mode == "word":
            b1 = c.text(x_amt, base, amount_nl(v), font=f, size=size, align="right")
            word = "Af" if v < 0 else "Bij"
            b2 = c.text(x_word, base, word, font=f, size=size)
            if name and name not in c.fields:
                c.mark(name, money_norm(v), b1, amount_nl(v))
                c.mark(name, money_norm(v), b2, word)
            return
        txt = bal_text(v)
        _put(c, x_bij, base, txt, font=f, size=size, align="right", field=name, value=money_norm(v))

    def line_row(y: float, label: str, v: Decimal, f: str = font, name: str | None = None) -> float:
        base = y + row1 - 0.8 - _dsc(f, size)
        c.text(x_desc, base, label, font=f, size=size)
        balance(base, v, f, name)
        return y + row1

    def totals_rows(y: float, label: str, af: Decimal, bij: Decimal) -> float:
        if amt_mode == "cols":
            base = y + row1 - 0.8 - _dsc(font, size)
            c.text(x_desc, base, label, font=font, size=size)
            c.text(x_af, base, amount_nl(af), font=font, size=size, align="right")
            c.text(x_bij, base, amount_nl(bij), font=font, size=size, align="right")
            return y + row1
        for word, v in (("af", af), ("bij", bij)):
            base = y + row1 - 0.8 - _dsc(font, size)
            c.text(x_desc, base, f"{label} {word}", font=font, size=size)
            c.text(x_amt, base, amount_nl(v), font=font, size=size, align="right")
            c.text(x_word, base, word.capitalize(), font=font, size=size)
            y += row1
        return y

    y0 = table_header(table_y)
    if summary == "rows":
        y0 = line_row(y0, open_lbl, st.opening_balance, f=bold, name="opening_balance")

    def row(i: int, y: float, _first: bool) -> float:
        t = st.transactions[i]
        heads, dets = rows[i]
        r = _Row(c)
        base = y + pitch
        r.text(x_bd, base, _dc_date(t.booking_date, dstyle), font=font, size=size)
        if value_col:
            r.text(
                x_vd, base, _dc_date(_value_date(t, random.Random(i)), dstyle), font=font, size=size
            )
        for k, ln in enumerate(heads):
            r.text(x_desc, base + k * pitch, ln, font=head_font, size=size)
        amount(base, t.amount, font, draw=r.text)
        yy = base + len(heads) * pitch
        printed = list(heads)
        for k, (lab, val) in enumerate(dets):
            if lab:
                r.text(x_det, yy + k * pitch, lab, font=font, size=size, color=GREY)
            r.text(x_det + tab, yy + k * pitch, val, font=font, size=size, color=(0.15, 0.15, 0.15))
            printed.append(f"{lab} {val}".strip())
        r.record(t, " ".join(printed), bool(t.counterparty_iban))
        y += (len(heads) + len(dets)) * pitch + gap
        if rules:
            c.line(L, y - gap / 2 + 0.1, R, y - gap / 2 + 0.1, width=0.15, color=(0.8, 0.8, 0.8))
        return y

    carry_lbl = rng.choice(
        [("Saldo naar volgende pagina", "Saldo van vorige pagina"), ("Transport", "Transport")]
    )

    def page_sums(p: int) -> tuple[Decimal, Decimal]:
        idx = pages[p]
        af = sum(
            (-st.transactions[i].amount for i in idx if st.transactions[i].amount < 0), Decimal("0")
        )
        bij = sum(
            (st.transactions[i].amount for i in idx if st.transactions[i].amount >= 0), Decimal("0")
        )
        return af, bij

    def carry(p: int, _n: int, y: float, carried: Decimal) -> None:
        c.line(L, y + 0.3, R, y + 0.3, width=0.4)
        if carry_mode == "totals":
            af, bij = page_sums(p)
            y = totals_rows(y + 0.3, "Totaal deze pagina", af, bij)
        line_row(y, carry_lbl[0], carried)

    def next_page(p: int, _n: int, carried: Decimal) -> float:
        c.logo(L, 12, 6, random.Random(logo_seed), color=accent)
        c.text(L + 8.5, 16.5, bank, font=bold, size=9.5)
        c.text(R, 16.5, f"{title} {st.number} · {month}", font=bold, size=8.5, align="right")
        c.text(L, 22.5, f"IBAN {acc.iban_printed}", font=font, size=7.5)
        c.text(L + 55, 22.5, acc.holder, font=font, size=7.5)
        if page_pos == "header":
            pagina(p, 28.0)
        y = table_header(next_top)
        if carry_mode != "none":
            y = line_row(y, carry_lbl[1], carried)
        return y

    foot_note = rng.choice(
        [
            "Controleer dit afschrift. Klopt er iets niet, neem dan binnen 30 dagen contact met ons op.",
            "Uw tegoeden vallen onder het depositogarantiestelsel. Bewaar dit afschrift bij uw administratie.",
            "Dit afschrift is automatisch aangemaakt en daarom niet ondertekend.",
        ]
    )
    foot_addr = _bank_footer(bank)

    def footer(p: int, _n: int, _y: float) -> None:
        c.line(L, 279, R, 279, width=0.3, color=accent)
        c.text(
            L,
            282.5,
            foot_addr,
            font=font,
            size=_fit(foot_addr, font, 6.0, R - L - 25, 4.5),
            color=GREY,
        )
        c.text(
            L,
            285.8,
            foot_note,
            font=font,
            size=_fit(foot_note, font, 6.0, R - L - 25, 4.5),
            color=GREY,
        )
        if page_pos == "footer":
            pagina(p, 285.8)

    def tail(y: float) -> None:
        c.line(L, y + 0.3, R, y + 0.3, width=0.6, color=accent)
        y = totals_rows(y + 0.3, "Totaal", af_total, bij_total)
        c.line(L, y, R, y, width=0.3)
        line_row(y, close_lbl, st.closing_balance, f=bold, name="closing_balance")

    _run(
        c,
        st,
        pages,
        y0,
        row=row,
        next_page=next_page,
        footer=footer,
        carry=carry if carry_mode != "none" else None,
        tail=tail,
    )


# --- 2. internet-banking print (Rabobank / SNS / RegioBank): codes, daily balances ----------

_RABO_CODE = {
    "pin": ("ba", "bc"),
    "ideal": ("id",),
    "incasso": ("ei",),
    "overboeking": ("bg", "ov"),
    "bijschrijving": ("cb", "ov"),
    "salaris": ("cb",),
    "rente": ("db",),
    "storting": ("db",),
}


def _mededeling(t: Transaction, kind: str, noisy: bool, city: str, pas: str) -> str:
    """The remittance text a print shows; `noisy` adds the numbers real texts carry that look
    like amounts or dates ('Termijn 3 van 12', 'Factuur 2026-0043', '120,00 p/m korting')."""
    desc, d = t.description, t.booking_date
    r = _seeded(f"{t.counterparty_name}{d.isoformat()}")
    if kind == "pin":
        base = f"{city.upper()} Betaalautomaat" if desc == t.counterparty_name else desc
        if noisy:
            return f"{base} {d.strftime('%d-%m-%y')} {_hhmm(r)} pasnr. {pas}"
        return base
    if kind == "ideal":
        return f"{_digits(r, 10)} {desc}" if noisy else desc
    if not noisy:
        return "" if desc == t.counterparty_name else desc
    if kind == "incasso":
        extra = r.choice(
            [
                f"Termijn {d.month} van 12",
                f"Factuur {d.year}-{r.randint(1, 999):04d}",
                f"periode {d.month:02d}-{d.year}",
                f"klantnr {_digits(r, 8)} nota {d.strftime('%d-%m-%Y')}",
            ]
        )
        return f"{desc} {extra}"
    if kind == "overboeking":
        extra = r.choice(
            [
                str(d.year),
                f"{d.year} {amount_nl(Decimal(r.randint(5, 150)))} p/m korting",
                f"{d.year} incl. {amount_nl(Decimal(r.randint(15, 60)))} servicekosten",
                f"contractnr {_digits(r, 6)}",
            ]
        )
        return f"{desc} {extra}"
    if kind in ("bijschrijving", "salaris"):
        return (
            f"{desc} {r.choice([f'{d.month:02d}-{d.year}', f'ref {_digits(r, 9)}', str(d.year)])}"
        )
    if kind == "rente":
        return f"{desc} t/m {date_nl(d - timedelta(days=1), 'dash')}"
    return desc


@layout("bank_statement", "rabo_print")
def rabo_print(c: DocCanvas, st: Statement, rng: random.Random) -> None:
    """Internet-banking print: 'Transacties van 1 t/m 31 maart 2026', Datum [| Code] |
    Omschrijving | Rekening tegenpartij | Bedrag af | Bedrag bij (or Naam tegenpartij |
    Mededelingen | Bedrag), daily balances, Beginsaldo / Eindsaldo op ... lines."""
    acc = st.account
    font, bold = rng.choice(_SANS)
    size = rng.choice([7.5, 8.0, 8.5])
    scheme = rng.choice(["omschrijving", "mededelingen"])
    amt_mode = rng.choice(["cols", "cols", "signed", "trailing"])
    codes = rng.random() < 0.6
    daily = rng.choice([None, None, "Saldo einde dag", "Saldo na boeking", "Dagsaldo"])
    iban_spaced = rng.random() < 0.5
    noisy = rng.random() < 0.7
    upper_names = rng.random() < 0.25
    dstyle = rng.choice(["dash", "dash", "compact", "short", "ddmm"])
    period_style = rng.choice(["rabo", "rabo", "long", "dash"])
    bal_style = "trailing" if amt_mode == "trailing" else rng.choice(["plain", "euro"])
    rules = rng.choice(["lines", "zebra", "none"])
    totals = rng.random() < 0.5
    name_font = bold if scheme == "omschrijving" and rng.random() < 0.4 else font
    pas = f"{rng.randint(1, 9):03d}"
    bank = _bank_label(acc, rng)
    accent: RGB = rng.choice(
        [(0.0, 0.2, 0.5), (0.95, 0.45, 0.0), (0.4, 0.1, 0.45), (0.0, 0.45, 0.5), (0.85, 0.1, 0.2)]
    )
    L = rng.choice([12.0, 15.0, 18.0])
    R = 210.0 - L
    lp = _line_pitch(font, size)
    pad = rng.choice([0.8, 1.1, 1.4])
    after = _balances_after(st)
    sort = "Spaarrekening" if _savings(st) else rng.choice(["Betaalrekening", "Rabo Basisrekening"])
    if not _savings(st) and acc.bank_name != "Rabobank":
        sort = "Betaalrekening"

    def money(v: Decimal) -> str:
        if amt_mode == "trailing":
            return money_nl(v, "trailing")
        return money_nl(v, "plain")

    def bal(v: Decimal) -> str:
        return money_nl(v, bal_style)

    # --- columns
    date_hdr = "Datum"
    date_w = max(c.width(_dc_date(date(2026, m, 28), dstyle), font, size) for m in range(1, 13))
    x_date = L + 1
    x_code = x_date + max(date_w, c.width(date_hdr, bold, size)) + 3
    x_next = x_code + (c.width("Code", bold, size) + 3 if codes else 0)
    biggest = max([*(abs(t.amount) for t in st.transactions), *(abs(v) for v in after)])
    num_w = max(c.width(bal(-biggest), bold, size), c.width(money(-biggest), font, size))
    if amt_mode == "cols":
        hdrs = rng.choice([("Bedrag af", "Bedrag bij"), ("Af", "Bij")])
        w = max(num_w, c.width(hdrs[1], bold, size), c.width(hdrs[0], bold, size)) + 2
        x_bij = R - 1
        x_af = x_bij - w - 3
        amt_left = x_af - w
        x_bal = x_bij
    else:
        hdrs = (rng.choice(["Bedrag", "Bedrag (EUR)", "Bedrag in EUR"]),)
        x_amt = R - 1
        amt_left = x_amt - max(num_w, c.width(hdrs[0], bold, size)) - 2
        x_bal = x_amt
    iban_hdr = rng.choice(["Rekening tegenpartij", "Tegenrekening"])
    iban_w = (
        max(
            c.width(
                _iban_sp("NL00WWWW0000000000") if iban_spaced else "NL00WWWW0000000000", font, size
            ),
            c.width(iban_hdr, bold, size),
        )
        + 3
    )
    if scheme == "omschrijving":
        x_iban = amt_left - 3 - iban_w
        x_desc = x_next
        desc_w = x_iban - 3 - x_desc
        name_w = desc_w
        x_med = x_desc
        med_w = desc_w
    else:
        x_name = x_next
        room = amt_left - 3 - x_name - iban_w - 6
        name_w = room * 0.38
        x_iban = x_name + name_w + 3
        x_med = x_iban + iban_w + 3
        med_w = amt_left - 3 - x_med
        x_desc = x_name
        desc_w = name_w

    built: list[tuple[list[str], list[str]]] = []  # (name lines, mededeling lines)
    for t in st.transactions:
        kind = _kind(t)
        name = t.counterparty_name.upper() if upper_names else t.counterparty_name
        med = _mededeling(t, kind, noisy, st.address.city, pas)
        width = desc_w if scheme == "omschrijving" else name_w
        names = _fold(name, name_font, size, width) or [""]
        meds = _fold(med, font, size, desc_w if scheme == "omschrijving" else med_w)
        built.append((names, meds))
    code_of = [rng.choice(_RABO_CODE[_kind(t)]) for t in st.transactions]

    def nlines(i: int) -> int:
        names, meds = built[i]
        return len(names) + len(meds) if scheme == "omschrijving" else max(len(names), len(meds), 1)

    def day_end(i: int) -> bool:
        n = len(st.transactions)
        return i == n - 1 or st.transactions[i + 1].booking_date != st.transactions[i].booking_date

    row1 = lp + 2 * pad

    def height(i: int, _first: bool) -> float:
        return nlines(i) * lp + 2 * pad + (row1 if daily and day_end(i) else 0.0)

    # --- page 1 header
    logo_seed = rng.randint(0, 999)
    c.logo(L, 11, 10, random.Random(logo_seed), color=accent)
    _put(
        c,
        L + 13,
        19,
        bank,
        font=bold,
        size=_fit(bank, bold, 14, 90),
        field="bank_name",
        value=acc.bank_name,
    )
    title = rng.choice(["Rekeningafschrift", "Rekeningafschrift", "Transactieoverzicht"])
    c.text(R, 17.5, title, font=bold, size=12.5, align="right")
    printed_on = st.period_end + timedelta(days=rng.randint(1, 9))
    c.text(
        R,
        22.5,
        f"Afgedrukt op {date_nl(printed_on, 'dash')} {_hhmm(rng)}",
        font=font,
        size=7.5,
        align="right",
        color=GREY,
    )
    y = 36.0
    holder_lbl = rng.choice(["Rekeninghouder", "Ten name van", "Naam"])
    info: list[tuple[str, list[Seg]]] = [
        (holder_lbl, [(acc.holder, "account_holder", acc.holder)]),
        (
            "Rekening",
            [
                (rng.choice([acc.iban_printed, acc.iban]), "iban", acc.iban),
                (f"- {sort}", None, None),
            ],
        ),
    ]
    if rng.random() < 0.5:
        info.append(("Afschrift", [(f"{st.number}", None, None)]))
    lw = max(c.width(lab, font, 8.5) for lab, _ in info) + 4
    for k, (label, segs) in enumerate(info):
        c.text(L, y + k * 4.6, label, font=font, size=8.5, color=GREY)
        _segments(c, L + lw, y + k * 4.6, segs, font=font, size=8.5)
    y += len(info) * 4.6 + 4
    ps, pe = st.period_start, st.period_end
    if period_style == "rabo" and (ps.month, ps.year) == (pe.month, pe.year):
        mon = f"{MONTHS_NL[pe.month - 1]} {pe.year}"
        pre = "Transacties van "
        head = f"{pre}{ps.day} t/m {pe.day} {mon}"
        box = c.text(L, y, head, font=bold, size=10)
        x0 = box[0] + c.width(pre, bold, 10)
        w1 = c.width(str(ps.day), bold, 10)
        c.mark("statement_period_start", ps.isoformat(), (x0, box[1], x0 + w1, box[3]), str(ps.day))
        x_end = x0 + c.width(f"{ps.day} t/m ", bold, 10)
        x_mon = x_end + c.width(f"{pe.day} ", bold, 10)
        mbox = (x_mon, box[1], box[2], box[3])
        c.mark("statement_period_start", ps.isoformat(), mbox, mon)
        c.mark(
            "statement_period_end",
            pe.isoformat(),
            (x_end, box[1], box[2], box[3]),
            f"{pe.day} {mon}",
        )
    else:
        pstyle = "long" if period_style in ("rabo", "long") else "dash"
        segs = [("Transacties van", None, None), *_period(st, pstyle)]
        if period_style == "dash":
            segs[0] = ("Periode", None, None)
        _segments(c, L, y, segs, font=bold, size=10)
    y += 9

    def long_date(d: date) -> str:
        return f"{d.day} {MONTHS_NL[d.month - 1]} {d.year}"

    def saldo_line(y: float, label: str, v: Decimal, f: str, name: str | None = None) -> float:
        base = y + pad + _asc(f, size) + (lp - _asc(f, size) - _dsc(f, size)) / 2
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
        return y + row1

    y = saldo_line(
        y,
        f"Beginsaldo op {long_date(st.period_start)}",
        st.opening_balance,
        bold,
        "opening_balance",
    )
    y += 1.5

    hh = lp + 2.4

    def table_header(y: float) -> float:
        c.rect(
            L,
            y,
            R - L,
            hh,
            stroke=0,
            fill=(0.9, 0.9, 0.9) if rules != "none" else (0.96, 0.96, 0.96),
        )
        base = y + hh - 1.2 - _dsc(bold, size)
        c.text(x_date, base, date_hdr, font=bold, size=size)
        if codes:
            c.text(x_code, base, "Code", font=bold, size=size)
        if scheme == "omschrijving":
            c.text(x_desc, base, "Omschrijving", font=bold, size=size)
        else:
            c.text(x_name, base, "Naam tegenpartij", font=bold, size=size)
            c.text(x_med, base, "Mededelingen", font=bold, size=size)
        c.text(x_iban, base, iban_hdr, font=bold, size=size)
        if amt_mode == "cols":
            c.text(x_af, base, hdrs[0], font=bold, size=size, align="right")
            c.text(x_bij, base, hdrs[1], font=bold, size=size, align="right")
        else:
            c.text(x_amt, base, hdrs[0], font=bold, size=size, align="right")
        c.line(L, y + hh, R, y + hh, width=0.6, color=accent)
        return y + hh

    first_y = table_header(y)
    bottom = 274.0
    next_top = 30.0
    tail_h = row1 * (3 if totals else 1) + 4
    pages = _plan(len(st.transactions), height, bottom - first_y, bottom - next_top - hh, tail_h)
    total = len(pages)
    stripe = [0]

    def row(i: int, y: float, _first: bool) -> float:
        t = st.transactions[i]
        names, meds = built[i]
        h = nlines(i) * lp + 2 * pad
        if rules == "zebra" and stripe[0] % 2:
            c.rect(L, y, R - L, h, stroke=0, fill=(0.95, 0.96, 0.97))
        stripe[0] += 1
        r = _Row(c)
        base = y + pad + _asc(font, size) + (lp - _asc(font, size) - _dsc(font, size)) / 2
        r.text(x_date, base, _dc_date(t.booking_date, dstyle), font=font, size=size)
        if codes:
            r.text(x_code, base, code_of[i], font=font, size=size)
        if scheme == "omschrijving":
            lines = [*names, *meds]
            for k, ln in enumerate(lines):
                r.text(
                    x_desc,
                    base + k * lp,
                    ln,
                    font=name_font if k < len(names) else font,
                    size=size,
                )
        else:
            lines = [*names, *meds]
            for k, ln in enumerate(names):
                r.text(x_name, base + k * lp, ln, font=font, size=size)
            for k, ln in enumerate(meds):
                r.text(x_med, base + k * lp, ln, font=font, size=size)
        if t.counterparty_iban:
            iban = _iban_sp(t.counterparty_iban) if iban_spaced else t.counterparty_iban
            r.text(x_iban, base, iban, font=font, size=size)
        if amt_mode == "cols":
            x = x_af if t.amount < 0 else x_bij
            r.text(x, base, amount_nl(t.amount), font=font, size=size, align="right")
        else:
            r.text(x_amt, base, money(t.amount), font=font, size=size, align="right")
        r.record(t, " ".join(lines), bool(t.counterparty_iban))
        y += h
        if daily and day_end(i):
            db = y + pad + _asc(font, size) + (lp - _asc(font, size) - _dsc(font, size)) / 2
            lbl = (
                f"{daily} {_dc_date(t.booking_date, dstyle)}"
                if daily == "Saldo einde dag"
                else daily
            )
            c.text(
                x_med if scheme == "mededelingen" else x_desc,
                db,
                lbl,
                font=font,
                size=size,
                color=GREY,
            )
            c.text(x_bal, db, bal(after[i]), font=font, size=size, align="right", color=GREY)
            y += row1
        if rules == "lines":
            c.line(L, y, R, y, width=0.2, color=(0.75, 0.75, 0.75))
        return y

    def pagina(p: int) -> str:
        return rng_page.format(p=p + 1, n=total)

    rng_page = rng.choice(["Pagina {p} van {n}", "{p}/{n}", "Blad {p} van {n}"])

    def next_page(p: int, _n: int, _carried: Decimal) -> float:
        c.logo(L, 11, 6, random.Random(logo_seed), color=accent)
        c.text(L + 8.5, 15.5, bank, font=bold, size=9.5)
        c.text(R, 15.5, f"{title} {acc.iban_printed}", font=font, size=8, align="right")
        c.text(
            R,
            20.5,
            f"{date_nl(st.period_start, 'dash')} t/m {date_nl(st.period_end, 'dash')}",
            font=font,
            size=7.5,
            align="right",
            color=GREY,
        )
        return table_header(next_top)

    foot = rng.choice(
        [
            f"Afdruk uit {bank} Internetbankieren. Aan deze afdruk kunnen geen rechten worden ontleend.",
            f"{bank} - {acc.holder} - {acc.iban_printed}",
            "Dit overzicht is afgedrukt via internetbankieren.",
        ]
    )

    def footer(p: int, _n: int, _y: float) -> None:
        c.line(L, 281, R, 281, width=0.3, color=(0.6, 0.6, 0.6))
        c.text(L, 285.5, foot, font=font, size=_fit(foot, font, 6.5, R - L - 30, 4.5), color=GREY)
        c.text(R, 285.5, pagina(p), font=font, size=7.5, align="right")

    af_total = sum((-t.amount for t in st.transactions if t.amount < 0), Decimal("0"))
    bij_total = sum((t.amount for t in st.transactions if t.amount >= 0), Decimal("0"))

    def tail(y: float) -> None:
        c.line(L, y + 0.5, R, y + 0.5, width=0.6, color=accent)
        y += 1.0
        if totals:
            base = y + pad + _asc(font, size) + (lp - _asc(font, size) - _dsc(font, size)) / 2
            if amt_mode == "cols":
                c.text(x_desc, base, "Totaal", font=font, size=size)
                c.text(x_af, base, amount_nl(af_total), font=font, size=size, align="right")
                c.text(x_bij, base, amount_nl(bij_total), font=font, size=size, align="right")
                y += row1
            else:
                c.text(x_desc, base, "Totaal af", font=font, size=size)
                c.text(x_amt, base, money(-af_total), font=font, size=size, align="right")
                c.text(x_desc, base + row1, "Totaal bij", font=font, size=size)
                c.text(x_amt, base + row1, money(bij_total), font=font, size=size, align="right")
                y += 2 * row1
        saldo_line(
            y,
            f"Eindsaldo op {long_date(st.period_end)}",
            st.closing_balance,
            bold,
            "closing_balance",
        )

    _run(c, st, pages, first_y, row=row, next_page=next_page, footer=footer, carry=None, tail=tail)
