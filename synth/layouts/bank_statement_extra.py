"""Further bank_statement layouts (dev: used for tuning), modelled on real Dutch documents.

Same truth rules as `synth.layouts.bank_statement`: every printed transaction appends one row to
`c.transactions` whose `description` is all text printed in the row's description column (wrapped
lines and detail lines joined by one space) and whose `bbox` covers every text box of the row;
header fields are marked at their first occurrence.

- `app_export`: the PDF statement an app bank (bunq, Knab, Revolut) lets one download: a summary
  card, bookings with the counterparty in bold and the description and IBAN in grey under it,
  euro amounts with an explicit sign, dates in words, optionally grouped under a date heading
  (a date heading is shared by its bookings and so belongs to none of their rows).
- `debet_credit`: a traditional ruled 'rekeningafschrift' (Triodos, SNS, ASN, older Rabobank):
  Boekdatum | Valutadatum | Omschrijving | Debet | Credit [| Saldo], Saldo vorig afschrift /
  Nieuw saldo rows, Transport at page breaks and 'Blad 1 van 2' in the footer.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from synth.canvas import DocCanvas, ensure_font
from synth.fmt import MONTHS_SHORT, amount_nl, date_nl, money_nl, money_norm
from synth.layouts.bank_statement import (
    GREY,
    RGB,
    WEEKDAYS_NL,
    Seg,
    _balances_after,
    _bank_label,
    _iban_sp,
    _plan,
    _put,
    _Row,
    _run,
    _savings,
    _segments,
    _value_date,
    _wrap,
)
from synth.layouts.bank_statement_more import _SANS, _digits, _kind, _line_pitch, _seeded
from synth.layouts.base import layout
from synth.people import MONTHS_NL, Statement, Transaction

_CIRCLE = 1  # random.Random(1).randint(0, 2) == 0: DocCanvas.logo draws a disc (an avatar)
_GREEN: RGB = (0.0, 0.5, 0.28)


def _asc(font: str, size: float) -> float:
    """How far (mm) a line's text box reaches above its baseline (as DocCanvas.text boxes it)."""
    return pdfmetrics.getAscentDescent(ensure_font(font), size)[0] * 0.85 / mm


def _dsc(font: str, size: float) -> float:
    """How far (mm) a line's text box reaches below its baseline."""
    return -pdfmetrics.getAscentDescent(ensure_font(font), size)[1] / mm


def _fit(text: str, font: str, size: float, width: float, least: float = 6.0) -> float:
    """The largest size up to `size` (in steps of 0.25 pt) at which `text` fits in `width` mm."""
    while size > least and DocCanvas.width(text, font, size) > width:
        size -= 0.25
    return size


def _mon(d: date, dot: bool) -> str:
    """'mrt.' / 'mrt' ('mei' is never abbreviated, so it never takes a dot)."""
    m = MONTHS_SHORT[d.month - 1]
    return f"{m}." if dot and m != MONTHS_NL[d.month - 1] else m


def _app_date(d: date, style: str) -> str:
    """Dates as app banks print them: bunq `3 mrt. 2026`, `maandag 3 maart`, `03-03`, ..."""
    wd = WEEKDAYS_NL[d.weekday()]
    if style == "bunq":
        return f"{d.day} {_mon(d, True)} {d.year}"
    if style == "weekday":
        return f"{wd} {d.day} {MONTHS_NL[d.month - 1]}"
    if style == "Weekday":
        return f"{wd.capitalize()} {d.day} {MONTHS_NL[d.month - 1]}"
    if style == "weekday_year":
        return f"{wd} {d.day} {MONTHS_NL[d.month - 1]} {d.year}"
    if style == "day_mon":
        return f"{d.day} {_mon(d, False)}"
    if style == "ddmm":
        return d.strftime("%d-%m")
    return date_nl(d, style)  # dash, long, short


def _eur(v: Decimal, style: str, plus: bool) -> str:
    """A signed euro amount: pre `-€ 12,50`, spaced `- € 12,50`, tight `-€12,50`,
    post `€ -12,50`; credits with `+` when `plus`."""
    body = amount_nl(v)
    sign = "-" if v < 0 else ("+" if plus else "")
    if style == "pre":
        return f"{sign}€ {body}"
    if style == "spaced":
        return f"{sign} € {body}" if sign else f"€ {body}"
    if style == "tight":
        return f"{sign}€{body}"
    return f"€ {sign}{body}"  # post


# --- 1. app-bank PDF export: summary card, bold counterparty, grey details, signed euros --------

_APP_FONTS: list[tuple[str, str]] = [*_SANS, ("DejaVuSans", "DejaVuSans-Bold")]
_APP_KIND = {
    "pin": ("Betaalpas", "Kaartbetaling"),
    "ideal": ("iDEAL", "iDEAL-betaling"),
    "incasso": ("Automatische incasso", "Incasso"),
    "overboeking": ("Overboeking", "Betaling"),
    "bijschrijving": ("Ontvangen", "Bijschrijving"),
    "salaris": ("Ontvangen", "Bijschrijving"),
    "rente": ("Rente", "Rentebijschrijving"),
    "storting": ("Storting", "Storting"),
}
_AVATAR: list[RGB] = [
    (0.2, 0.55, 0.85),
    (0.95, 0.55, 0.15),
    (0.3, 0.7, 0.45),
    (0.75, 0.3, 0.6),
    (0.9, 0.3, 0.3),
    (0.45, 0.45, 0.8),
]


@layout("bank_statement", "app_export")
def app_export(c: DocCanvas, st: Statement, rng: random.Random) -> None:
    """Modern sans-serif PDF export: header with 'Aangemaakt op', a summary card (holder, IBAN,
    period, Beginsaldo/Eindsaldo or 'Saldo op <datum>'), then bookings: date per row or grouped
    under date headings, counterparty bold, description and IBAN grey below, '-€ 12,50'."""
    acc = st.account
    font, bold = rng.choice(_APP_FONTS)
    size = rng.choice([8.0, 8.5, 9.0])
    grouped = rng.random() < 0.5
    hstyle = rng.choice(["weekday", "Weekday", "weekday_year", "bunq", "long"])
    dstyle = rng.choice(["bunq", "bunq", "day_mon", "dash", "ddmm", "short"])
    astyle = rng.choice(["pre", "spaced", "post", "tight"])
    plus = rng.random() < 0.75
    green = rng.random() < 0.5
    amt_bold = rng.random() < 0.4
    balance_col = rng.random() < 0.35
    avatars = rng.random() < 0.4
    inline = rng.random() < 0.3  # details as one running line 'Huur maart · NL12INGB...'
    show_iban = rng.random() < 0.85
    iban_spaced = not inline and rng.random() < 0.5
    iban_prefix = rng.choice(["", "", "IBAN "])
    type_line = rng.random() < 0.35
    kind_word = rng.randint(0, 1)
    card_pay = rng.random() < 0.4
    pas = _digits(rng, 4)
    separators = rng.choice(["lines", "lines", "none"])
    band = rng.random() < 0.5  # grouped: date heading on a tinted band
    card_style = rng.choice(["grid", "rows"])
    address = rng.random() < 0.45
    bank = _bank_label(acc, rng)
    accent: RGB = rng.choice(
        [(0.12, 0.62, 0.55), (0.0, 0.33, 0.75), (0.1, 0.1, 0.2), (0.42, 0.2, 0.7), (0.0, 0.5, 0.8)]
    )
    tint: RGB = rng.choice([(0.96, 0.96, 0.97), (0.94, 0.97, 0.97), (0.95, 0.95, 1.0)])
    dark: RGB = (0.12, 0.12, 0.15)
    grey: RGB = rng.choice([GREY, (0.45, 0.47, 0.5), (0.5, 0.5, 0.5)])
    L = rng.choice([14.0, 16.0, 18.0, 20.0])
    R = 210.0 - L
    pstyle = rng.choice(["bunq", "long", "dash"])
    title = rng.choice(
        ["Rekeningafschrift", "Rekeningoverzicht", "Transactieoverzicht", "Afschrift"]
    )
    sort = (
        "Spaarrekening"
        if _savings(st)
        else rng.choice(["Betaalrekening", "Hoofdrekening", "Betaalrekening"])
    )
    open_lbl, close_lbl = rng.choice(
        [
            ("Beginsaldo", "Eindsaldo"),
            (
                f"Saldo op {_app_date(st.period_start, pstyle)}",
                f"Saldo op {_app_date(st.period_end, pstyle)}",
            ),
            ("Startsaldo", "Eindsaldo"),
        ]
    )
    uit_lbl, in_lbl = rng.choice(
        [("Uitgaven", "Inkomsten"), ("Uitgaand", "Inkomend"), ("Afgeschreven", "Bijgeschreven")]
    )

    def money(v: Decimal, signed: bool = True) -> str:
        return _eur(v, astyle, plus and signed)

    s2 = size - rng.choice([1.0, 1.5])  # the grey detail lines
    after = _balances_after(st)
    out_total = sum((-t.amount for t in st.transactions if t.amount < 0), Decimal("0"))
    in_total = sum((t.amount for t in st.transactions if t.amount >= 0), Decimal("0"))

    # columns, right to left
    amt_font = bold if amt_bold else font
    amt_w = max(c.width(money(t.amount), amt_font, size) for t in st.transactions) + 1
    amt_w = max(amt_w, c.width("Bedrag", font, size - 1))
    if balance_col:
        bal_w = max(c.width(money(v, False), font, size - 1) for v in after)
        bal_w = max(bal_w, c.width("Saldo", font, size - 1))
        x_bal, x_amt = R, R - bal_w - 6
    else:
        x_bal, x_amt = R, R
    x_date = L
    date_w = 0.0
    if not grouped:
        date_w = max(
            c.width(_app_date(date(2026, m, 28), dstyle), font, size) for m in range(1, 13)
        )
        date_w = max(date_w, c.width("Datum", font, size - 1)) + 5
    x_desc = L + date_w
    av = 0.0
    if avatars:
        av = _line_pitch(bold, size) + _line_pitch(font, s2) - 1.0
    x_text = x_desc + (av + 2.5 if avatars else 0.0)
    text_w = x_amt - amt_w - 4 - x_text

    def iban_txt(iban: str) -> str:
        return iban_prefix + (_iban_sp(iban) if iban_spaced else iban)

    pas_txt = rng.choice([f"Betaalpas •••• {pas}", f"Pas {pas}", f"Debitcard *{pas}"])

    def card_line() -> str:
        return rng.choice([pas_txt, pas_txt, "Apple Pay", "Google Pay"])

    built: list[tuple[str, list[tuple[str, bool]]]] = []  # name, (detail, optional)
    for t in st.transactions:
        kind = _kind(t)
        dets: list[tuple[str, bool]] = []
        if type_line:
            dets.append((_APP_KIND[kind][kind_word], True))
        if t.description != t.counterparty_name:
            dets.append((t.description, False))
        if t.counterparty_iban and show_iban:
            dets.append((iban_txt(t.counterparty_iban), False))
        if card_pay and kind == "pin":
            dets.append((card_line(), True))
        built.append((t.counterparty_name, dets))

    def lay_out(level: int) -> list[tuple[list[str], list[str]]]:
        out = []
        for name, dets in built:
            keep = [s for s, optional in dets if not optional or level < 2]
            names = _wrap(name, bold, size, text_w)
            if inline:
                lines = DocCanvas.wrap(" · ".join(keep), font, s2, text_w)
            else:
                lines = [ln for s in keep for ln in DocCanvas.wrap(s, font, s2, text_w)]
            out.append((names, lines))
        return out

    # row geometry (offsets from the row's top)
    a1, d1, p1 = _asc(bold, size), _dsc(bold, size), _line_pitch(bold, size)
    a2, d2, p2 = _asc(font, s2), _dsc(font, s2), _line_pitch(font, s2)
    hsize = size + rng.choice([0.0, 0.5, 1.0])
    ha, hd = _asc(bold, hsize), _dsc(bold, hsize)
    heading_h = ha + hd + (4.0 if band else 3.0)

    def geometry(i: int) -> tuple[list[float], list[float], float]:
        """Baselines of the name lines and of the detail lines, and the row's height."""
        names, dets = rows[i]
        top = pad + a1
        nb = [top + k * p1 for k in range(len(names))]
        db: list[float] = []
        if dets:
            first = nb[-1] + d1 + 0.5 + a2
            db = [first + k * p2 for k in range(len(dets))]
        bottom = (db[-1] + d2) if db else (nb[-1] + d1)
        return nb, db, max(bottom, pad + av) + pad

    def starts_group(i: int, first: bool) -> bool:
        if not grouped:
            return False
        prev = st.transactions[i - 1].booking_date if i else None
        return first or prev != st.transactions[i].booking_date

    def height(i: int, first: bool) -> float:
        return geometry(i)[2] + (heading_h if starts_group(i, first) else 0.0)

    # --- page 1 header
    logo_seed = rng.randint(0, 999)
    c.logo(L, 12, 9, random.Random(logo_seed), color=accent)
    bsize = _fit(bank, bold, rng.choice([16.0, 18.0]), 95)
    _put(c, L + 12, 19.5, bank, font=bold, size=bsize, field="bank_name", value=acc.bank_name)
    c.text(R, 17.5, title, font=bold, size=12.5, align="right", color=dark)
    made = st.period_end + timedelta(days=rng.randint(1, 6))
    made_txt = rng.choice(
        [
            f"Aangemaakt op {_app_date(made, 'long')}",
            f"Gegenereerd op {date_nl(made, 'dash')}",
            f"Datum: {_app_date(made, 'bunq')}",
        ]
    )
    c.text(R, 22.5, made_txt, font=font, size=7.5, align="right", color=grey)

    y = 34.0
    if address:
        _put(c, L, y, acc.holder, font=bold, size=10, field="account_holder", value=acc.holder)
        c.text(L, y + 4.8, f"{st.address.street} {st.address.house_number}", font=font, size=9.5)
        c.text(L, y + 9.6, f"{st.address.postcode_printed} {st.address.city}", font=font, size=9.5)
        y += 17.0

    holder_lbl = rng.choice(["Rekeninghouder", "Naam", "Ten name van"])
    iban_lbl = rng.choice(["IBAN", "Rekeningnummer"])
    period_lbl = rng.choice(["Periode", "Overzichtsperiode"])
    iban_shown = rng.choice([acc.iban_printed, acc.iban])
    period: list[Seg] = [
        (_app_date(st.period_start, pstyle), "statement_period_start", st.period_start.isoformat()),
        (rng.choice(["-", "t/m", "tot en met"]), None, None),
        (_app_date(st.period_end, pstyle), "statement_period_end", st.period_end.isoformat()),
    ]
    idents: list[tuple[str, list[Seg]]] = [
        (holder_lbl, [(acc.holder, "account_holder", acc.holder)]),
        (iban_lbl, [(iban_shown, "iban", acc.iban)]),
        (period_lbl, period),
    ]
    if _savings(st) or rng.random() < 0.5:
        idents.insert(
            2, (rng.choice(["Rekening", "Soort rekening", "Product"]), [(sort, None, None)])
        )
    moneys: list[tuple[str, Decimal, str | None, bool]] = [
        (open_lbl, st.opening_balance, "opening_balance", False),
        (close_lbl, st.closing_balance, "closing_balance", False),
    ]
    totals_in_card = rng.random() < 0.5
    if totals_in_card:
        moneys.insert(1, (uit_lbl, -out_total, None, True))
        moneys.insert(2, (in_lbl, in_total, None, True))

    lab_size = 7.0
    if card_style == "grid":
        # labels above values: identity cells on the first row, money cells on the second
        avail = R - L - 8
        texts = [" ".join(s[0] for s in segs) for _, segs in idents]
        vs = 9.5
        while vs > 6.5 and sum(c.width(t, bold, vs) + 5 for t in texts) > avail:
            vs -= 0.25
        widths = [
            max(c.width(t, bold, vs), c.width(lab, font, lab_size))
            for t, (lab, _) in zip(texts, idents, strict=True)
        ]
        spare = max(0.0, (avail - sum(widths)) / max(1, len(widths) - 1))
        ch = 12.0
        c.rect(L, y, R - L, 2 * ch + 5, stroke=0, fill=tint)
        x = L + 4
        for (label, segs), w in zip(idents, widths, strict=True):
            c.text(x, y + 6, label, font=font, size=lab_size, color=grey)
            _segments(c, x, y + 11, segs, font=bold, size=vs, color=dark)
            x += w + spare
        y2 = y + ch + 1
        c.line(L + 4, y2, R - 4, y2, width=0.3, color=(0.8, 0.8, 0.82))
        cw = avail / len(moneys)
        for k, (label, v, name, signed) in enumerate(moneys):
            x = L + 4 + k * cw
            ls = _fit(label, font, lab_size, cw - 3)
            c.text(x, y2 + 5.5, label, font=font, size=ls, color=grey)
            txt = money(v, signed)
            ms = _fit(txt, bold, 11.0, cw - 3)
            _put(
                c,
                x,
                y2 + 11.5,
                txt,
                font=bold,
                size=ms,
                color=dark,
                field=name,
                value=money_norm(v),
            )
        y += 2 * ch + 5
    else:
        # label: value on the left, the balances big on the right
        n = max(len(idents), len(moneys))
        ch = n * 5.2 + 6
        c.rect(L, y, R - L, ch, stroke=0.5 if rng.random() < 0.5 else 0, color=accent, fill=tint)
        split = L + (R - L) * 0.6
        lw = max(c.width(lab, font, 8) for lab, _ in idents) + 4
        for k, (label, segs) in enumerate(idents):
            yy = y + 6.5 + k * 5.2
            c.text(L + 4, yy, label, font=font, size=8, color=grey)
            txt = " ".join(s[0] for s in segs)
            vs = _fit(txt, bold, 9.0, split - 4 - (L + 4 + lw))
            _segments(c, L + 4 + lw, yy, segs, font=bold, size=vs, color=dark)
        mlw = max(c.width(lab, font, 8) for lab, _, _, _ in moneys) + 3
        for k, (label, v, name, signed) in enumerate(moneys):
            yy = y + 6.5 + k * 5.2
            c.text(
                split,
                yy,
                label,
                font=font,
                size=_fit(label, font, 8, R - 4 - split - 28),
                color=grey,
            )
            txt = money(v, signed)
            vs = _fit(txt, bold, 9.5, R - 4 - split - mlw)
            _put(
                c,
                R - 4,
                yy,
                txt,
                font=bold,
                size=vs,
                align="right",
                color=dark,
                field=name,
                value=money_norm(v),
            )
        y += ch

    # --- the bookings
    section = rng.choice(["Transacties", "Bij- en afschrijvingen", "Mutaties", "Betalingen"])
    c.text(L, y + 10, section, font=bold, size=11.5, color=dark)
    desc_hdr = rng.choice(
        ["Omschrijving", "Omschrijving", "Beschrijving", "Tegenpartij / omschrijving"]
    )
    hs = size - 1
    hp = _line_pitch(font, hs)
    col_header = (
        not grouped or hstyle not in ("weekday", "Weekday", "weekday_year") or rng.random() < 0.5
    )

    def table_header(y: float) -> float:
        if not col_header:
            return y + 1.0
        base = y + _asc(font, hs) + 0.5
        if not grouped:
            c.text(x_date, base, "Datum", font=font, size=hs, color=grey)
        c.text(x_desc, base, desc_hdr, font=font, size=hs, color=grey)
        c.text(x_amt, base, "Bedrag", font=font, size=hs, color=grey, align="right")
        if balance_col:
            c.text(x_bal, base, "Saldo", font=font, size=hs, color=grey, align="right")
        c.line(L, y + hp + 1.2, R, y + hp + 1.2, width=0.4, color=(0.75, 0.75, 0.78))
        return y + hp + 1.6

    first_y = table_header(y + 14)
    bottom, next_y = 272.0, 34.0 + (hp + 1.6 if col_header else 1.0)
    tail_total = rng.random() < 0.5
    tail_h = (3 * (p1 + 1) + 6) if tail_total else 2 * p1 + 4
    pad = rng.choice([1.6, 2.0, 2.4])
    level = 0
    while True:
        rows = lay_out(min(level, 2))
        pages = _plan(len(st.transactions), height, bottom - first_y, bottom - next_y, tail_h)
        if len(pages) <= 3 or level >= 5:
            break
        level += 1
        pad = max(0.8, pad - 0.4)
        if level >= 3:
            p2 = _line_pitch(font, s2) - 0.2

    def heading(d: date, y: float) -> float:
        if band:
            c.rect(L, y + 1.0, R - L, ha + hd + 2.2, stroke=0, fill=tint)
            base = y + 2.1 + ha
        else:
            base = y + 1.5 + ha
        c.text(
            L + (2 if band else 0),
            base,
            _app_date(d, hstyle),
            font=bold,
            size=hsize,
            color=accent if not band else dark,
        )
        if not band:
            c.line(L, base + hd + 0.6, R, base + hd + 0.6, width=0.3, color=(0.8, 0.8, 0.82))
        return y + heading_h

    def row(i: int, y: float, first: bool) -> float:
        t = st.transactions[i]
        if starts_group(i, first):
            y = heading(t.booking_date, y)
        names, dets = rows[i]
        nb, db, h = geometry(i)
        r = _Row(c)
        if not grouped:
            r.text(
                x_date,
                y + nb[0],
                _app_date(t.booking_date, dstyle),
                font=font,
                size=size,
                color=dark,
            )
        if avatars:
            col = _seeded(t.counterparty_name).choice(_AVATAR)
            c.logo(x_desc, y + pad, av, random.Random(_CIRCLE), color=col)
        for k, ln in enumerate(names):
            r.text(x_text, y + nb[k], ln, font=bold, size=size, color=dark)
        for k, ln in enumerate(dets):
            r.text(x_text, y + db[k], ln, font=font, size=s2, color=grey)
        colr = _GREEN if green and t.amount >= 0 else dark
        r.text(
            x_amt, y + nb[0], money(t.amount), font=amt_font, size=size, align="right", color=colr
        )
        if balance_col:
            r.text(
                x_bal,
                y + nb[0],
                money(after[i], False),
                font=font,
                size=size - 1,
                align="right",
                color=grey,
            )
        # the ' · ' between inline details is a separator, not text of the description
        printed = " ".join([*names, *dets]).replace(" · ", " ")
        r.record(t, printed, bool(t.counterparty_iban) and show_iban)
        y += h
        if separators == "lines" and not (
            grouped
            and (
                i + 1 >= len(st.transactions)
                or st.transactions[i + 1].booking_date != t.booking_date
            )
        ):
            c.line(x_text, y, R, y, width=0.2, color=(0.85, 0.85, 0.87))
        return y

    footer_note = rng.choice(
        [
            "Dit overzicht is automatisch gegenereerd en daarom niet ondertekend.",
            f"{bank} · Vragen? Kijk in de app of neem contact op via de chat.",
            "Uw tegoed valt onder het Nederlandse depositogarantiestelsel.",
        ]
    )
    page_fmt = rng.choice(["Pagina {p} van {n}", "{p} / {n}", "Pagina {p}/{n}"])

    def footer(p: int, n: int, _y: float) -> None:
        c.line(L, 280, R, 280, width=0.3, color=(0.8, 0.8, 0.82))
        c.text(L, 284.5, footer_note, font=font, size=6.5, color=grey)
        c.text(
            R, 284.5, page_fmt.format(p=p + 1, n=n), font=font, size=7, align="right", color=grey
        )

    def next_page(p: int, n: int, _carried: Decimal) -> float:
        c.logo(L, 12, 6, random.Random(logo_seed), color=accent)
        c.text(L + 8.5, 17, bank, font=bold, size=10, color=dark)
        c.text(R, 17, f"{title} · {acc.iban_printed}", font=font, size=8, align="right", color=grey)
        per = f"{_app_date(st.period_start, pstyle)} - {_app_date(st.period_end, pstyle)}"
        c.text(R, 21.5, per, font=font, size=7.5, align="right", color=grey)
        return table_header(30.0)

    def tail(y: float) -> None:
        c.line(L, y + 1, R, y + 1, width=0.5, color=accent)
        base = y + 1.5 + p1
        if tail_total:
            c.text(x_desc, base, f"Totaal {uit_lbl.lower()}", font=font, size=size, color=grey)
            c.text(x_amt, base, money(-out_total), font=font, size=size, align="right", color=dark)
            base += p1 + 1
            c.text(x_desc, base, f"Totaal {in_lbl.lower()}", font=font, size=size, color=grey)
            c.text(x_amt, base, money(in_total), font=font, size=size, align="right", color=dark)
            base += p1 + 1.5
        c.text(x_desc, base, close_lbl, font=bold, size=size, color=dark)
        c.text(
            x_amt,
            base,
            money(st.closing_balance, False),
            font=bold,
            size=size,
            align="right",
            color=dark,
        )

    _run(c, st, pages, first_y, row=row, next_page=next_page, footer=footer, carry=None, tail=tail)


# --- 2. traditional ruled 'rekeningafschrift': Boekdatum | Valutadatum | ... | Debet | Credit ----

_DC_FONTS: list[tuple[str, str]] = [
    ("Times-Roman", "Times-Bold"),
    ("LiberationSerif", "LiberationSerif-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("LiberationSans", "LiberationSans-Bold"),
    ("DejaVuSansCondensed", "DejaVuSans-Bold"),
    ("LiberationSansNarrow", "LiberationSans-Bold"),
    ("FreeSerif", "FreeSerif-Bold"),
]
_DC_KIND = {
    "pin": "Betaalautomaat",
    "ideal": "iDEAL",
    "incasso": "Incasso",
    "overboeking": "Overschrijving",
    "bijschrijving": "Overschrijving",
    "salaris": "Overschrijving",
    "rente": "Rente",
    "storting": "Storting",
}


def _dc_date(d: date, style: str) -> str:
    """dash `03-03-2026`, ddmm `03-03`, short `3 mrt 2026`, compact `03-03-26`, dot `03.03.2026`."""
    return d.strftime("%d-%m") if style == "ddmm" else date_nl(d, style)


@layout("bank_statement", "debet_credit")
def debet_credit(c: DocCanvas, st: Statement, rng: random.Random) -> None:
    """Ruled table 'Boekdatum | Valutadatum | Omschrijving | Debet | Credit [| Saldo]' (or
    'Bedrag | D/C'), Saldo vorig afschrift / Nieuw saldo rows, Transport at page breaks and
    'Blad 1 van 2' in the footer."""
    acc = st.account
    font, bold = rng.choice(_DC_FONTS)
    size = rng.choice([7.5, 8.0, 8.5])
    dstyle = rng.choice(["dash", "dash", "ddmm", "short", "compact", "dot"])
    bd_hdr = rng.choice(["Boekdatum", "Boekdatum", "Datum"])
    vd_hdr = rng.choice(["Valutadatum", "Rentedatum", "Valuta"])
    amt_mode = rng.choice(["cols", "cols", "indicator"])
    col_words = rng.choice([("Debet", "Credit"), ("Af", "Bij"), ("Bedrag af", "Bedrag bij")])
    ind_words, ind_hdr = rng.choice([(("D", "C"), "D/C"), (("Af", "Bij"), "Af/Bij")])
    saldo_col = rng.random() < 0.5
    sstyle = rng.choice(["plain", "trailing"])
    desc_mode = rng.choice(["name_iban", "iban_name", "flow"])
    kind_first = rng.random() < 0.3
    upper = rng.random() < 0.3
    iban_spaced = desc_mode == "name_iban" and rng.random() < 0.5
    grid = rng.choice(["full", "cols", "zebra"])
    transport_mode = "totals" if amt_mode == "cols" and rng.random() < 0.5 else "saldo"
    info_style = rng.choice(["list", "boxes"])
    tail_totals = rng.random() < 0.75
    bank = _bank_label(acc, rng)
    accent: RGB = rng.choice(
        [(0.0, 0.3, 0.25), (0.1, 0.25, 0.55), (0.0, 0.55, 0.45), (0.45, 0.1, 0.25), (0.2, 0.2, 0.2)]
    )
    head_fill: RGB = rng.choice([(0.88, 0.88, 0.88), (0.85, 0.9, 0.9), (0.9, 0.9, 0.95)])
    L = rng.choice([12.0, 15.0, 18.0, 20.0])
    R = 210.0 - L
    sort = (
        "Spaarrekening"
        if _savings(st)
        else rng.choice(["Betaalrekening", "Betaalrekening", "Privérekening"])
    )
    title = rng.choice(["Rekeningafschrift", "Afschrift", "Rekeningafschrift"])
    if _savings(st) and rng.random() < 0.5:
        title = "Afschrift Spaarrekening"
    open_lbl = rng.choice(
        [
            "Saldo vorig afschrift",
            f"Saldo per {_dc_date(st.period_start - timedelta(days=1), 'dash')}",
            "Beginsaldo",
            "Vorig saldo",
        ]
    )
    close_lbl = rng.choice(
        [
            "Nieuw saldo",
            "Saldo nieuw afschrift",
            f"Saldo per {_dc_date(st.period_end, 'dash')}",
            "Eindsaldo",
        ]
    )
    carry_lbls = rng.choice(
        [
            ("Transport", "Transport"),
            ("Transport naar blad {n}", "Transport van blad {p}"),
            ("Saldo transport", "Saldo transport"),
        ]
    )
    lp = _line_pitch(font, size) + rng.choice([0.2, 0.5, 0.8])
    padv = rng.choice([1.0, 1.3, 1.6])
    a1 = _asc(font, size)
    top_off = padv + (lp - a1 - _dsc(font, size)) / 2 + a1  # baseline of a row's first line

    after = _balances_after(st)
    debet_total = sum((-t.amount for t in st.transactions if t.amount < 0), Decimal("0"))
    credit_total = sum((t.amount for t in st.transactions if t.amount >= 0), Decimal("0"))
    balances = [st.opening_balance, st.closing_balance, *after]

    # --- columns
    def dw(text: str, f: str = font) -> float:
        return c.width(text, f, size)

    date_w = max(dw(_dc_date(date(2026, m, 28), dstyle)) for m in range(1, 13))
    bd_w = max(date_w, dw(bd_hdr, bold)) + 3
    vd_w = max(date_w, dw(vd_hdr, bold)) + 3
    x_bd, x_vd = L + 1.5, L + bd_w + 1.5
    desc_left = L + bd_w + vd_w
    x_desc = desc_left + 1.5
    amounts = [*(t.amount for t in st.transactions), debet_total, credit_total]
    if not saldo_col:
        amounts += balances
    amt_w = max(dw(amount_nl(v), bold) for v in amounts) + 3
    edge = R
    seps = [L + bd_w, desc_left]
    x_sal = x_db = x_cr = x_amt = x_ind = 0.0
    if saldo_col:
        sal_w = max(max(dw(money_nl(v, sstyle), bold) for v in balances), dw("Saldo", bold)) + 3
        x_sal = edge - 1.5
        edge -= sal_w
        seps.append(edge)
    if amt_mode == "cols":
        w = max(amt_w, max(dw(s, bold) for s in col_words) + 3)
        x_cr = edge - 1.5
        edge -= w
        seps.append(edge)
        x_db = edge - 1.5
        edge -= w
    else:
        ind_w = max(max(dw(s, bold) for s in ind_words), dw(ind_hdr, bold)) + 3
        x_ind = edge - ind_w + 1.5
        edge -= ind_w
        seps.append(edge)
        x_amt = edge - 1.5
        edge -= max(amt_w, dw("Bedrag", bold) + 3)
    seps.append(edge)
    desc_w = edge - 1.5 - x_desc
    desc_hdr = rng.choice(["Omschrijving", "Omschrijving", "Naam / Omschrijving"])

    def dc_lines(t: Transaction) -> list[str]:
        name = t.counterparty_name.upper() if upper else t.counterparty_name
        first = name
        word = _DC_KIND[_kind(t)]
        if kind_first and word.lower() != t.counterparty_name.lower():
            first = f"{word.upper() if upper else word} {name}"
        desc = t.description if t.description != t.counterparty_name else ""
        iban = t.counterparty_iban or ""
        if desc_mode == "name_iban":
            out = _wrap(first, font, size, desc_w)
            if iban:
                out.append(_iban_sp(iban) if iban_spaced else iban)
        elif desc_mode == "iban_name":
            out = _wrap(f"{iban} {first}".strip(), font, size, desc_w)
        else:
            out = _wrap(" ".join(p for p in (first, iban, desc) if p), font, size, desc_w)
            desc = ""
        if desc:
            out += _wrap(desc, font, size, desc_w)
        return out

    lines = [dc_lines(t) for t in st.transactions]
    value_dates = [_value_date(t, rng) for t in st.transactions]
    row1 = 2 * padv + lp  # a one-line row (balances, Transport, totals)

    def height(i: int, _first: bool) -> float:
        return 2 * padv + len(lines[i]) * lp

    # --- page 1 header
    logo = rng.random() < 0.7
    logo_seed = rng.randint(0, 999)
    bx = L
    if logo:
        c.logo(L, 12, 10, random.Random(logo_seed), color=accent)
        bx = L + 13
    bsize = _fit(bank, bold, rng.choice([13.0, 14.0, 15.0]), 95)
    _put(c, bx, 20, bank, font=bold, size=bsize, field="bank_name", value=acc.bank_name)
    c.text(R, 19.5, title, font=bold, size=rng.choice([12.0, 13.0, 14.0]), align="right")
    asize = rng.choice([9.0, 9.5, 10.0])
    ax = L + rng.choice([0.0, 5.0])
    _put(c, ax, 44, acc.holder, font=font, size=asize, field="account_holder", value=acc.holder)
    c.text(ax, 48.6, f"{st.address.street} {st.address.house_number}", font=font, size=asize)
    c.text(ax, 53.2, f"{st.address.postcode_printed} {st.address.city}", font=font, size=asize)

    hdate = rng.choice(["dash", "long", "dot"])
    iban_shown = rng.choice([acc.iban, acc.iban_printed])
    period: list[Seg] = [
        (date_nl(st.period_start, hdate), "statement_period_start", st.period_start.isoformat()),
        (rng.choice(["t/m", "-", "tot en met"]), None, None),
        (date_nl(st.period_end, hdate), "statement_period_end", st.period_end.isoformat()),
    ]
    info: list[tuple[str, list[Seg]]] = [
        (rng.choice(["Rekeningnummer", "IBAN", "Rekening"]), [(iban_shown, "iban", acc.iban)]),
        ("Soort rekening", [(sort, None, None)]),
        (
            rng.choice(["Afschriftnummer", "Afschrift", "Volgnummer"]),
            [(str(st.number), None, None)],
        ),
        ("Periode", period),
    ]
    if rng.random() < 0.6:
        afdate = date_nl(st.period_end + timedelta(days=1), "dash")
        info.append(("Datum afschrift", [(afdate, None, None)]))
    if rng.random() < 0.3:
        info.append(("Valuta", [("EUR", None, None)]))
    if info_style == "list":
        isz = 8.0
        label_w = max(c.width(lab, font, isz) for lab, _ in info) + 4
        value_w = max(c.width(" ".join(s[0] for s in segs), font, isz) for _, segs in info)
        lx = min(118.0, R - value_w - label_w)
        for k, (label, segs) in enumerate(info):
            c.text(lx, 40 + k * 4.4, label, font=font, size=isz, color=GREY)
            _segments(c, lx + label_w, 40 + k * 4.4, segs, font=font, size=isz)
        table_top = max(72.0, 40 + len(info) * 4.4 + 8)
    else:
        # a row of ruled cells, the label small above the value
        cells = info[:4] if len(info) > 4 else info
        isz = 8.5
        texts = [" ".join(s[0] for s in segs) for _, segs in cells]
        avail = R - L
        while isz > 6.5 and sum(c.width(t, font, isz) + 6 for t in texts) > avail:
            isz -= 0.25
        natural = [
            max(c.width(t, font, isz), c.width(lab, font, 6.5)) + 6
            for t, (lab, _) in zip(texts, cells, strict=True)
        ]
        spare = (avail - sum(natural)) / len(natural)
        y0, x = 64.0, L
        for (label, segs), w in zip(cells, natural, strict=True):
            w += spare
            c.rect(x, y0, w, 10.5, stroke=0.5, color=accent)
            c.text(x + 2, y0 + 3.4, label, font=font, size=6.5, color=GREY)
            _segments(c, x + 2, y0 + 8.4, segs, font=font, size=isz)
            x += w
        table_top = y0 + 18

    # --- the table
    hh = _line_pitch(bold, size) + 2.4
    top = [table_top]

    def table_header(y: float) -> float:
        top[0] = y
        c.rect(L, y, R - L, hh, stroke=0, fill=head_fill)
        base = y + hh - 1.2 - _dsc(bold, size)
        c.text(x_bd, base, bd_hdr, font=bold, size=size)
        c.text(x_vd, base, vd_hdr, font=bold, size=size)
        c.text(x_desc, base, desc_hdr, font=bold, size=size)
        if amt_mode == "cols":
            c.text(x_db, base, col_words[0], font=bold, size=size, align="right")
            c.text(x_cr, base, col_words[1], font=bold, size=size, align="right")
        else:
            c.text(x_amt, base, "Bedrag", font=bold, size=size, align="right")
            c.text(x_ind, base, ind_hdr, font=bold, size=size)
        if saldo_col:
            c.text(x_sal, base, "Saldo", font=bold, size=size, align="right")
        c.line(L, y + hh, R, y + hh, width=0.6)
        return y + hh

    def close_table(y: float) -> None:
        c.rect(L, top[0], R - L, y - top[0], stroke=0.6)
        for x in seps:
            c.line(x, top[0], x, y, width=0.35)

    def amount_cell(
        base: float, v: Decimal, f: str, name: str | None = None, r: _Row | None = None
    ) -> None:
        """An unsigned amount in the Debet/Credit column, or an amount plus its D/C word."""
        draw = r.text if r is not None else c.text
        if amt_mode == "cols":
            x = x_db if v < 0 else x_cr
            box = draw(x, base, amount_nl(v), font=f, size=size, align="right")
            if name and name not in c.fields:
                c.mark(name, money_norm(v), box, amount_nl(v))
            return
        b1 = draw(x_amt, base, amount_nl(v), font=f, size=size, align="right")
        word = ind_words[0] if v < 0 else ind_words[1]
        b2 = draw(x_ind, base, word, font=f, size=size)
        if name and name not in c.fields:
            c.mark(name, money_norm(v), b1, amount_nl(v))
            c.mark(name, money_norm(v), b2, word)

    def balance_row(
        y: float, label: str, v: Decimal, f: str = font, name: str | None = None
    ) -> float:
        base = y + top_off
        c.text(x_desc, base, label, font=f, size=size)
        if saldo_col:
            txt = money_nl(v, sstyle)
            _put(
                c,
                x_sal,
                base,
                txt,
                font=f,
                size=size,
                align="right",
                field=name,
                value=money_norm(v),
            )
        else:
            amount_cell(base, v, f, name)
        return y + row1

    def rule(y: float) -> None:
        if grid == "full":
            c.line(L, y, R, y, width=0.25, color=(0.55, 0.55, 0.55))

    def transport_row(y: float, label: str, p: int) -> float:
        """'Transport' with the balance so far, or the column totals of pages 0..p."""
        idx = [i for page in pages[: p + 1] for i in page]
        bal = after[idx[-1]] if idx else st.opening_balance
        if transport_mode == "saldo":
            y = balance_row(y, label, bal)
        else:
            base = y + top_off
            c.text(x_desc, base, label, font=font, size=size)
            db = sum(
                (-st.transactions[i].amount for i in idx if st.transactions[i].amount < 0),
                Decimal("0"),
            )
            cr = sum(
                (st.transactions[i].amount for i in idx if st.transactions[i].amount >= 0),
                Decimal("0"),
            )
            c.text(x_db, base, amount_nl(db), font=font, size=size, align="right")
            c.text(x_cr, base, amount_nl(cr), font=font, size=size, align="right")
            if saldo_col:
                c.text(x_sal, base, money_nl(bal, sstyle), font=font, size=size, align="right")
            y += row1
        rule(y)
        return y

    y = table_header(table_top)
    y = balance_row(y, open_lbl, st.opening_balance, f=bold, name="opening_balance")
    rule(y)
    first_y = y
    bottom = 272.0
    next_top = 34.0
    next_first = next_top + hh + row1
    n_tail = 1 + (0 if not tail_totals else (1 if amt_mode == "cols" else 2))
    tail_h = n_tail * row1 + 1
    pages = _plan(
        len(st.transactions),
        height,
        bottom - first_y - row1,
        bottom - next_first - row1,
        max(0.0, tail_h - row1),
    )
    zebra = [0]

    def row(i: int, y: float, _first: bool) -> float:
        t = st.transactions[i]
        h = height(i, False)
        if grid == "zebra" and zebra[0] % 2:
            c.rect(L, y, R - L, h, stroke=0, fill=(0.95, 0.95, 0.95))
        zebra[0] += 1
        r = _Row(c)
        base = y + top_off
        r.text(x_bd, base, _dc_date(t.booking_date, dstyle), font=font, size=size)
        r.text(x_vd, base, _dc_date(value_dates[i], dstyle), font=font, size=size)
        for k, ln in enumerate(lines[i]):
            r.text(x_desc, base + k * lp, ln, font=font, size=size)
        amount_cell(base, t.amount, font, r=r)
        if saldo_col:
            r.text(x_sal, base, money_nl(after[i], sstyle), font=font, size=size, align="right")
        r.record(t, " ".join(lines[i]), bool(t.counterparty_iban))
        y += h
        rule(y)
        return y

    foot_note = rng.choice(
        [
            f"{bank} - Controleer dit afschrift. Onjuistheden graag binnen 30 dagen melden.",
            f"{bank} - {title} {st.number} - {MONTHS_NL[st.period_end.month - 1]} {st.period_end.year}",
            "Bewaar dit afschrift bij uw administratie.",
        ]
    )
    blad_center = rng.random() < 0.3

    def footer(p: int, n: int, _y: float) -> None:
        c.line(L, 281, R, 281, width=0.4, color=accent)
        blad = f"Blad {p + 1} van {n}"
        if blad_center:
            c.text(105, 289, blad, font=font, size=8, align="center")
            c.text(L, 285, foot_note, font=font, size=6.5, color=GREY)
        else:
            c.text(L, 286, foot_note, font=font, size=6.5, color=GREY)
            c.text(R, 286, blad, font=font, size=8, align="right")

    def next_page(p: int, n: int, _carried: Decimal) -> float:
        if logo:
            c.logo(L, 12, 7, random.Random(logo_seed), color=accent)
        c.text(L + (10 if logo else 0), 18, bank, font=bold, size=11)
        c.text(R, 18, f"{title} {st.number}", font=bold, size=10, align="right")
        c.text(L, 25, f"Rekeningnummer {acc.iban_printed}", font=font, size=8)
        c.text(R, 25, acc.holder, font=font, size=8, align="right")
        y = table_header(next_top)
        return transport_row(y, carry_lbls[1].format(p=p, n=p + 1), p - 1)

    def carry(p: int, _n: int, y: float, _carried: Decimal) -> None:
        y = transport_row(y, carry_lbls[0].format(n=p + 2, p=p + 1), p)
        close_table(y)

    def tail(y: float) -> None:
        c.line(L, y, R, y, width=0.6)
        if tail_totals:
            base = y + top_off
            if amt_mode == "cols":
                c.text(x_desc, base, "Totaal", font=font, size=size)
                c.text(x_db, base, amount_nl(debet_total), font=font, size=size, align="right")
                c.text(x_cr, base, amount_nl(credit_total), font=font, size=size, align="right")
                y += row1
            else:
                words = ("debet", "credit") if ind_words[0] == "D" else ("af", "bij")
                for k, v in enumerate((debet_total, credit_total)):
                    c.text(x_desc, base, f"Totaal {words[k]}", font=font, size=size)
                    c.text(x_amt, base, amount_nl(v), font=font, size=size, align="right")
                    c.text(x_ind, base, ind_words[k], font=font, size=size)
                    base += row1
                    y += row1
            c.line(L, y, R, y, width=0.4)
        y = balance_row(y, close_lbl, st.closing_balance, f=bold, name="closing_balance")
        close_table(y)

    _run(c, st, pages, first_y, row=row, next_page=next_page, footer=footer, carry=carry, tail=tail)
