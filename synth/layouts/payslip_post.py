"""Payslip layouts as employers send them by post or print them from an older payroll system
(dev: used for tuning), modelled on real Dutch documents.

- `payslip.envelope_letter`: a payslip folded into a window envelope. The employer's letterhead
  at the top right or left (the full name, or a logo-like abbreviation with the full name in small
  print or only in the footer; address, phone, KvK, loonheffingennummer), a return address line
  and the employee's name and (invented) home address in the window position, a reference block
  (date, kenmerk, contact), the title ('Salarisspecificatie', 'Loonstrook', 'Specificatie van uw
  salaris over maart 2026', 'Uw salarisstrook'), employee data in label/value columns, the wage
  table, the payout sentence with the IBAN, year totals and a short message.
- `payslip.code_table`: the dense specification of an older payroll system: a narrow header band
  with the employer, Afdeling, Kostenplaats, Werknemersnr and the period ('Periode 03/2026',
  'Tijdvak 2026-03', 'Per. 04 (23-03-2026 t/m 19-04-2026)'), the employee ('Naam: de heer J. van
  Dam', 'Dhr. J. van Dam', 'VAN DAM, J.'), Code / Omschrijving / Uren/dagen / Tarief / Bedrag tables
  for payments and deductions (side by side, or stacked with Betaling / Inhouding columns or one
  signed column), optionally with a 'Cum.' or 'T/m per.' column, subtotals, Fiscaal loon / SV-loon
  / Netto / Uit te betalen, and small print.

The payslip data carries no home address; the envelope's address is invented from the BSN (the
same for a person on every slip) and marked as no field. Every CONTRACT field the data carries is
printed and marked exactly once; titles (De heer, Mevr., T.a.v.) are printed but not marked.
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
from synth.layouts.payslip_extra import _kvk, _leave_hours, _pension_label, _split, _travel_label
from synth.layouts.payslip_more import (
    _DEPARTMENTS,
    _cumulatives,
    _fit,
    _function,
    _hourly_rate,
    _Item,
    _mark_item,
    _parts,
    _pension_pct,
    _rate_text,
    _year,
)
from synth.layouts.payslip_provider import (
    _FINALS,
    _KV,
    _allowance_rows,
    _bsn_kv,
    _bsn_printed,
    _contact,
    _draw_table,
    _employee_name_kv,
    _kv_block,
    _lh_number,
    _mini,
    _other_nine,
    _period_form,
    _phone,
    _rsin,
    _St,
    _style,
    _TRow,
    _wage_rows,
)
from synth.people import BANKS, CITIES, MONTHS_NL, STREETS, Payslip, make_iban, make_postcode

Rgb = tuple[float, float, float]

_AREA_CODES = ["010", "020", "023", "030", "033", "038", "040", "050", "053", "070", "073", "076"]
_TITLES = ["Salarisspecificatie", "Loonstrook", "Uw salarisstrook", "Specificatie van uw salaris"]
_MESSAGES = [
    "In mei ontvangt u het opgebouwde vakantiegeld.",
    "Per 1 januari zijn de tabellen voor de loonheffing gewijzigd.",
    "Wijzigingen in uw adres of rekeningnummer kunt u doorgeven aan de salarisadministratie.",
    "Bewaar deze specificatie; u heeft haar nodig voor uw aangifte inkomstenbelasting.",
    "De jaaropgaaf over het vorige jaar is in februari verstuurd.",
]


def _h(key: str) -> random.Random:
    """A generator seeded by `key`: the same invented facts for an employer or person every time."""
    return random.Random(zlib.crc32(key.encode()))


def _home(p: Payslip) -> tuple[str, str]:
    """An invented home address (street line, postcode line) that is the same on every slip of
    the person; the payslip data carries none."""
    r = _h("home:" + p.person.bsn)
    street = r.choice(STREETS)
    number = str(r.randint(1, 180)) + (r.choice(["", "", "", "a", "b", "-2", " hs"]))
    city, prefix = r.choice(CITIES)
    pc = make_postcode(r, prefix)
    town = city.upper() if r.random() < 0.5 else city
    return f"{street} {number}", f"{pc[:4]} {pc[4:]}  {town}"


def _abbrev(legal: str) -> str:
    """'Bakkerij de Gouden Korst B.V.' -> 'BGK': the capitals of a logo."""
    words = [w for w in legal.replace("&", " ").split() if w not in ("B.V.", "N.V.")]
    return "".join(w[0] for w in words if w[0].isupper())[:4]


def _employer_phone(legal: str) -> str:
    return _phone(legal, _h("area:" + legal).choice(_AREA_CODES))


def _employer_iban(p: Payslip) -> str:
    """The employer's own account (a distractor), never the employee's."""
    r = _h("bank:" + p.job.employer.name)
    while True:
        iban = make_iban(r, r.choice(BANKS)[1])
        if iban != p.account.iban:
            return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def _surname_cap(p: Payslip) -> str:
    s = p.person.surname
    return s[0].upper() + s[1:]


# --- payslip.envelope_letter -------------------------------------------------------------------


def _window_name(p: Payslip, style: str) -> tuple[str, str]:
    """(lead printed before the name or '', name as printed)."""
    male = p.person.sex == "M"
    if style == "title_long":
        return ("De heer" if male else "Mevrouw"), p.person.short_name
    if style == "title_short":
        return ("Dhr." if male else "Mevr."), p.person.short_name
    if style == "tav":
        return "T.a.v.", p.person.short_name
    if style == "full":
        return "", p.person.full_name
    return "", p.person.short_name


@layout("payslip", "envelope_letter")
def envelope_letter(c: DocCanvas, p: Payslip, rng: random.Random) -> None:
    """Letterhead, return address and the window with the employee's name and address, reference
    block, title, employee data, wage table, payout sentence, year totals, message, footer."""
    st = _style(rng)
    font, bold, size, lh = st.font, st.bold, st.size, st.lh
    grey = _grey(0.35)
    left = rng.uniform(20, 25)
    right = 210 - rng.uniform(16, 20)
    width = right - left
    legal = p.job.employer.name
    e = p.job.employer.address
    rsin = _rsin(p)
    lh_no = _lh_number(p, rsin, rng.choice(["plain", "dots", "space"]))
    cumulative = _cumulatives(p, rng)
    ex = _extras(p)
    k = _period_index(p)
    paid = date_nl(p.payment_date, rng.choice(["dash", "long"]))

    # letterhead -----------------------------------------------------------------------------------
    side = rng.choice(["right", "left"])
    emp_mode = rng.choice(["letterhead", "letterhead_footer", "logo_small", "logo_footer"])
    hx = right if side == "right" else left
    align = "right" if side == "right" else "left"
    y = 14.0
    if emp_mode.startswith("logo"):
        abbr = _abbrev(legal)
        asz = rng.choice([18.0, 20.0, 22.0])
        aw = c.width(abbr, bold, asz)
        lx = hx - aw - 14 if side == "right" else hx
        c.logo(lx, 8, 11, rng, color=st.accent)
        c.text(lx + 14, 17, abbr, font=bold, size=asz, color=st.accent)
        y = 24.0
        if emp_mode == "logo_small":
            c.text(
                hx, y, legal, font=font, size=7.5, align=align, field="employer_name", value=legal
            )
            y += 3.6
    else:
        nsz = _fit(legal, bold, rng.choice([12.0, 13.0, 14.0]), width * 0.5)
        c.text(
            hx,
            y,
            legal,
            font=bold,
            size=nsz,
            align=align,
            color=st.ink,
            field="employer_name",
            value=legal,
        )
        y += 5.5
    head_lines = [f"{e.street} {e.house_number}", f"{e.postcode_printed}  {e.city}"]
    tel = _employer_phone(legal)
    head_lines.append(rng.choice([f"T {tel}", f"Tel. {tel}", f"Telefoon {tel}"]))
    ids = rng.random()
    if ids < 0.5:
        head_lines.append(f"KvK {_kvk(legal)}")
        head_lines.append(f"Loonheffingennr. {lh_no}")
    elif ids < 0.8:
        head_lines.append(f"KvK {_kvk(legal)} · LH-nr. {lh_no}")
    else:
        head_lines.append(f"KvK {_kvk(legal)}")
    for line in head_lines:
        c.text(hx, y, line, font=font, size=7.5, align=align, color=grey)
        y += 3.5
    head_bottom = y

    # window: return address, the employee's name and invented home address -------------------------
    wx = rng.uniform(22, 27)
    wy = max(rng.uniform(46, 55), head_bottom + 9)
    if rng.random() < 0.6:
        ret = f"Retouradres: Postbus {_h('pb:' + legal).randint(10, 9999)}, "
        pb = make_postcode(_h("pbpc:" + legal), e.postcode[:2])
        ret += f"{pb[:4]} {pb[4:]} {e.city}"
        box = c.text(wx, wy - 5, ret, font=font, size=6.5, color=grey)
        c.line(wx, box[3] + 0.4, box[2], box[3] + 0.4, width=0.25, color=grey)
    name_in = rng.choice(["window", "window", "both"])
    wy2 = wy
    if rng.random() < 0.35:
        conf = rng.choice(["Persoonlijk en vertrouwelijk", "Vertrouwelijk", "PERSOONLIJK"])
        c.text(wx, wy2, conf, font=bold, size=8)
        wy2 += 4.5
    wstyle = rng.choice(["title_long", "title_long", "title_short", "tav", "plain", "full"])
    lead, wname = _window_name(p, wstyle)
    wsz = 10.0
    boxes = _parts(c, wx, wy2, [lead, wname], font=font, size=wsz)
    if name_in == "window":
        c.mark("employee_name", wname, boxes[1], wname)
    street_line, town_line = _home(p)
    c.text(wx, wy2 + 4.6, street_line, font=font, size=wsz)
    c.text(wx, wy2 + 9.2, town_line, font=font, size=wsz)
    window_bottom = wy2 + 9.2

    # reference block --------------------------------------------------------------------------------
    letter_date = date_nl(p.payment_date - timedelta(days=rng.randint(2, 6)), "long")
    ref_place = rng.choice(["right", "below", "dateline"])
    kenmerk = f"SAL/{_year(p)}-{k:02d}/{rng.randint(1000, 99999)}"
    contact = _contact(p, rng)
    refs = [("Datum", letter_date), ("Ons kenmerk", kenmerk)]
    if rng.random() < 0.6:
        refs.append(("Contactpersoon", contact))
    if rng.random() < 0.5:
        refs.append(("Telefoon", tel))
    if ref_place == "right":
        rx = 122.0
        ry = max(wy, head_bottom + 5)
        for label, value in refs:
            c.text(rx, ry, label, font=font, size=7.5, color=grey)
            vs = _fit(value, font, 8.5, right - rx - 28)
            c.text(rx + 28, ry, value, font=font, size=vs)
            ry += 4.2
        y = max(window_bottom, ry) + 12
    elif ref_place == "below":
        ry = window_bottom + 11
        colw = width / len(refs)
        for i, (label, value) in enumerate(refs):
            x = left + i * colw
            c.text(x, ry, label, font=font, size=6.5, color=grey)
            c.text(x, ry + 4, value, font=font, size=_fit(value, font, 8.5, colw - 3))
        y = ry + 14
    else:
        text = f"{e.city}, {letter_date}"
        c.text(right, window_bottom + 11, text, font=font, size=9, align="right")
        y = window_bottom + 22

    # title ------------------------------------------------------------------------------------------
    title = rng.choice(_TITLES)
    label, pvalue, dated = _period_form(p, rng)
    period_in_title = title == "Specificatie van uw salaris"
    if period_in_title:
        assert p.period_start is not None and p.period_end is not None
        if p.period_number is None:
            pvalue, dated = f"{MONTHS_NL[p.period_start.month - 1]} {_year(p)}", True
        elif rng.random() < 0.5:
            pvalue, dated = f"periode {p.period_number} {_year(p)}", False
        else:
            d1, d2 = date_nl(p.period_start), date_nl(p.period_end)
            pvalue, dated = f"periode {p.period_number} ({d1} t/m {d2})", True
        tparts = [f"{title} over", pvalue]
        tsz = _fit(" ".join(tparts), bold, 13, width)
        boxes = _parts(c, left, y, tparts, font=bold, size=tsz, color=st.ink)
        _mark_period(c, p, boxes[1], pvalue, dated)
    else:
        c.text(left, y, title, font=bold, size=rng.choice([13.0, 14.0, 15.0]), color=st.ink)
    y += 7
    if rng.random() < 0.5:
        male = p.person.sex == "M"
        c.text(
            left,
            y,
            f"Geachte {'heer' if male else 'mevrouw'} {_surname_cap(p)},",
            font=font,
            size=size,
        )
        y += lh + 1
        intro = rng.choice(
            [
                "Hierbij ontvangt u de specificatie van uw salaris. Controleer de gegevens en "
                "meld onjuistheden bij de salarisadministratie.",
                "Hieronder vindt u de berekening van uw salaris en het bedrag dat wij aan u "
                "overmaken.",
            ]
        )
        for line in c.wrap(intro, font, size, width):
            c.text(left, y, line, font=font, size=size)
            y += lh
        y += 3

    # rows first (they decide where the hours are printed) ------------------------------------------
    hours_mode = rng.choice(["rate", "row", "block"])
    rows, hours_mode, net_wage = _wage_rows(p, rng, hours_mode, st, cumulative)
    rows += _allowance_rows(p, rng, net_wage, cumulative)
    rows.append(
        _TRow(
            rng.choice(_FINALS), p.net_pay, field="net_pay", kind="total", cum=cumulative(p.net_pay)
        )
    )
    iban_place = rng.choice(["block", "payout", "payout"])
    printed_iban = p.account.iban_printed if rng.random() < 0.75 else p.account.iban

    # employee data ----------------------------------------------------------------------------------
    items: list[_KV] = [
        _KV(
            rng.choice(["Personeelsnummer", "Pers.nr.", "Werknemersnummer"]), p.job.employee_number
        ),
        _bsn_kv(p, rng),
    ]
    if name_in == "both":
        items.insert(0, _employee_name_kv(p, rng, rng.choice(["Naam", "Werknemer"])))
    if not period_in_title:
        items.append(_KV(label, pvalue, "period"))
    optional = [
        _KV("Functie", _function(p, rng)),
        _KV("Afdeling", rng.choice(_DEPARTMENTS)),
        _KV(
            rng.choice(["Datum in dienst", "In dienst sinds"]),
            date_nl(p.payment_date - timedelta(days=rng.randint(150, 5000))),
        ),
        _KV(rng.choice(["Geboortedatum", "Geb.datum"]), date_nl(p.person.date_of_birth)),
        _KV(rng.choice(["Betaaldatum", "Datum betaling"]), paid),
        _KV("Loonheffingskorting", rng.choice(["Ja", "ja"])),
    ]
    items += rng.sample(optional, rng.randint(2, 4))
    if hours_mode not in ("rate", "row"):
        items.append(
            _KV(
                rng.choice(["Gewerkte uren", "Uren", "Uren deze periode"]),
                amount_nl(p.hours_worked),
                "hours_worked",
                money_norm(p.hours_worked),
            )
        )
    if iban_place == "block":
        items.append(
            _KV(
                rng.choice(["IBAN", "Rekeningnummer", "Bankrekening"]),
                printed_iban,
                "employee_iban",
                p.account.iban,
            )
        )
    y = _kv_block(
        c,
        p,
        items,
        left,
        y - lh,
        width,
        st,
        heading=rng.choice([None, "Gegevens werknemer", "Uw gegevens"]),
        framed=rng.random() < 0.5,
        cols=2,
        dated=dated,
        colon=rng.choice([":", ""]),
    )
    y += lh + 4

    # wage table -------------------------------------------------------------------------------------
    tstyle = rng.choice(["split", "signed"])
    ytd = rng.choice(["column", "block", "block"])
    heads = {
        "desc": "Omschrijving",
        "qty": rng.choice(["Aantal", "Uren", "Eenheden"]),
        "rate": "Tarief",
        "pay": rng.choice(["Betalingen", "Betaling"]),
        "ded": rng.choice(["Inhoudingen", "Inhouding"]),
        "amt": rng.choice(["Bedrag", "Deze periode"]),
        "cum": rng.choice(["Cumulatief", "Cum. t/m per.", "Totaal dit jaar"]),
    }
    if tstyle == "split":
        cols = {"qty": left + width * 0.5, "rate": left + width * 0.63}
        if ytd == "column":
            cols |= {"pay": left + width * 0.76, "ded": left + width * 0.88, "cum": right - 1}
        else:
            cols |= {"pay": left + width * 0.83, "ded": right - 1}
    elif ytd == "column":
        cols = {"qty": left + width * 0.5, "rate": left + width * 0.63}
        cols |= {"amt": left + width * 0.8, "cum": right - 1}
    else:
        cols = {"qty": left + width * 0.6, "rate": left + width * 0.74, "amt": right - 1}
    y = _draw_table(
        c,
        p,
        rows,
        x0=left,
        x1=right,
        y=y,
        st=st,
        split=tstyle == "split",
        cols=cols,
        heads=heads,
        fill=rng.choice([st.light, None]),
        codes=rng.random() < 0.4,
        euro_total=rng.random() < 0.5,
        double=rng.random() < 0.5,
    )
    y += 2

    # payout sentence --------------------------------------------------------------------------------
    if iban_place == "payout":
        lead = rng.choice(
            [
                f"Het nettobedrag wordt op {paid} overgemaakt op rekening",
                f"Wij maken € {amount_nl(p.net_pay)} over naar rekening",
                "Uitbetaald op rekening",
            ]
        )
        parts = [lead, printed_iban]
        psz = _fit(" ".join(parts), font, size, width)
        boxes = _parts(c, left, y, parts, font=font, size=psz)
        c.mark("employee_iban", p.account.iban, boxes[1], printed_iban)
    else:
        c.text(left, y, f"Betaaldatum {paid}", font=font, size=size)
    y += lh + 5

    # year totals and message ------------------------------------------------------------------------
    half = (width - 8) / 2
    y_left = y_right = y
    if ytd == "block":
        year_rows = [
            (rng.choice(["Brutoloon", "Bruto loon"]), p.gross_pay),
            ("Loonheffing", p.wage_tax),
            (rng.choice(["Fiscaal loon", "Loon LH"]), ex["fiscaal"]),
            (rng.choice(["Netto", "Uitbetaald"]), p.net_pay),
        ]
        ytitle = rng.choice(
            [f"Jaartotalen {_year(p)}", f"Cumulatief t/m periode {k}", f"Totaal dit jaar ({k})"]
        )
        mrows = [(lab, [amount_nl(cumulative(v), thousands=st.thousands)]) for lab, v in year_rows]
        y_left = _mini(c, left, y, half, st, ytitle, [], mrows)
    else:
        res = [
            ("Vakantiegeld deze periode", [amount_nl(ex["vakantiegeld"])]),
            ("Saldo verlofuren", [amount_nl(_leave_hours(p, rng))]),
        ]
        y_left = _mini(c, left, y, half, st, "Reserveringen", [], res)
    msg = rng.choice(_MESSAGES)
    if rng.random() < 0.5:
        msg = f"Vragen over uw salaris? Neem contact op met {contact}, telefoon {tel}."
    mx = left + half + 8
    c.text(
        mx,
        y,
        rng.choice(["Mededeling", "Bericht", "Mededelingen"]),
        font=bold,
        size=size,
        color=st.ink,
    )
    yy = y + lh + 0.6
    for line in c.wrap(msg, font, size - 0.5, half):
        c.text(mx, yy, line, font=font, size=size - 0.5)
        yy += lh - 0.3
    y_right = yy
    y = max(y_left, y_right) + 4
    if y < 250 and rng.random() < 0.4:
        closing = rng.choice(["Met vriendelijke groet,", "Hoogachtend,"])
        c.text(left, y, closing, font=font, size=size)
        c.text(
            left,
            y + lh + 0.5,
            rng.choice(["Salarisadministratie", "Afdeling P&O", "Afdeling HR"]),
            font=font,
            size=size,
        )

    # footer -----------------------------------------------------------------------------------------
    c.line(left, 277.5, right, 277.5, width=0.3, color=_grey(0.6))
    if emp_mode in ("letterhead_footer", "logo_footer"):
        tail = f"· {e.street} {e.house_number} · {e.postcode_printed} {e.city} · KvK {_kvk(legal)}"
        fsz = _fit(f"{legal} {tail}", font, 7, width)
        boxes = _parts(c, left, 281.5, [legal, tail], font=font, size=fsz, color=grey)
        if emp_mode == "logo_footer":
            c.mark("employer_name", legal, boxes[0], legal)
    else:
        text = f"IBAN {_employer_iban(p)} · KvK {_kvk(legal)}"
        c.text(left, 281.5, text, font=font, size=7, color=grey)
    c.text(right, 285.5, "Pagina 1 van 1", font=font, size=6.5, align="right", color=grey)


# --- payslip.code_table ------------------------------------------------------------------------

_CT_FONTS = [
    ("Courier", "Courier-Bold", 7.5),
    ("LiberationMono", "Courier-Bold", 7.5),
    ("DejaVuSansCondensed", "DejaVuSans-Bold", 7.5),
    ("LiberationSansNarrow", "LiberationSans-Bold", 8.0),
    ("Helvetica", "Helvetica-Bold", 7.5),
]
_SOFTWARE_STAMPS = ["PRS/400 v4.2", "SALARIS-2000 rel. 7", "LoonSys 3.1", "PAYMASTER 5.0"]


@dataclass(slots=True)
class _Cell:
    label: str  # printed before the value ('' for none); ':' added when `colon`
    value: str
    kind: str | None = None
    norm: object = None
    prefix: str = ""  # before the value, not part of it (de heer, Dhr.)


def _ct_period(p: Payslip, rng: random.Random) -> tuple[str, str, bool]:
    """(label, value, dated): 'Periode 03/2026', 'Tijdvak 2026-03', 'Per. 04 (d1 t/m d2)' or
    'Per. 04/2026'; a monthly slip never prints a period number, a four-weekly one never a
    month."""
    assert p.period_start is not None and p.period_end is not None
    year = _year(p)
    if p.period_number is not None:
        n = p.period_number
        if rng.random() < 0.6:
            ds = rng.choice(["dash", "dash", "dot"])
            d1, d2 = date_nl(p.period_start, ds), date_nl(p.period_end, ds)
            return rng.choice(["Per.", "Periode"]), f"{n:02d} ({d1} t/m {d2})", True
        return rng.choice(["Per.", "Periode"]), f"{n:02d}/{year} (4 wkn)", False
    m = p.period_start.month
    v = rng.randrange(3)
    if v == 0:
        return "Periode", f"{m:02d}/{year}", True
    if v == 1:
        return "Tijdvak", f"{year}-{m:02d}", True
    ds = rng.choice(["dash", "dot"])
    return "Tijdvak", f"{date_nl(p.period_start, ds)} t/m {date_nl(p.period_end, ds)}", True


def _ct_name(p: Payslip, rng: random.Random) -> _Cell:
    person = p.person
    male = person.sex == "M"
    v = rng.choice(["naam_title", "title", "upper", "formal"])
    if v == "naam_title":
        return _Cell(
            "Naam",
            person.short_name,
            "employee_name",
            person.short_name,
            "de heer" if male else "mevrouw",
        )
    if v == "title":
        return _Cell(
            "", person.short_name, "employee_name", person.short_name, "Dhr." if male else "Mevr."
        )
    if v == "upper":
        name = person.formal_name.upper().replace(person.initials.upper(), person.initials)
        return _Cell(rng.choice(["", "Werknemer"]), name, "employee_name", name)
    return _Cell(
        rng.choice(["Naam", "Werknemer"]), person.formal_name, "employee_name", person.formal_name
    )


def _flow(
    c: DocCanvas,
    cells: list[_Cell],
    font: str,
    size: float,
    width: float,
    colon: bool,
    gap: float,
) -> list[list[tuple[_Cell, list[str], float]]]:
    """Place cells left to right in rows no wider than `width`: (cell, parts, x offset)."""
    rows: list[list[tuple[_Cell, list[str], float]]] = [[]]
    x = 0.0
    for cell in cells:
        label = f"{cell.label}:" if cell.label and colon else cell.label
        parts = [label, cell.prefix, cell.value]
        w = c.width(" ".join(t for t in parts if t), font, size)
        if rows[-1] and x + w > width:
            rows.append([])
            x = 0.0
        rows[-1].append((cell, parts, x))
        x += w + gap
    return rows


def _draw_flow(
    c: DocCanvas,
    p: Payslip,
    rows: list[list[tuple[_Cell, list[str], float]]],
    x0: float,
    y: float,
    lh: float,
    font: str,
    size: float,
    dated: bool,
) -> float:
    for row in rows:
        for cell, parts, dx in row:
            boxes = _parts(c, x0 + dx, y, parts, font=font, size=size)
            _mark_item(c, p, _Item(cell.label, cell.value, cell.kind, cell.norm), boxes[2], dated)
        y += lh
    return y


@layout("payslip", "code_table")
def code_table(c: DocCanvas, p: Payslip, rng: random.Random) -> None:
    """Narrow header band, employee facts in flowing cells, payments and deductions in code
    tables (side by side or stacked; split or signed; with or without a year-to-date column),
    fiscal wage bases, Netto / Uit te betalen with the IBAN, small print."""
    font, bold, size = rng.choice(_CT_FONTS)
    mono = "Mono" in font or font == "Courier"
    lh = size * 0.45 + rng.uniform(0.9, 1.2)
    accent = rng.choice([(0.0, 0.0, 0.0), (0.1, 0.2, 0.45), (0.2, 0.3, 0.25)])
    st = _St(
        font=font,
        bold=bold,
        size=size,
        lh=lh,
        ink=accent,
        accent=accent,
        light=rng.choice([_grey(0.9), (0.9, 0.93, 0.97), (0.92, 0.95, 0.9)]),
        label_c=(0, 0, 0),
        neg=rng.choice(["minus", "trailing", "minus_slash"]),
        thousands=rng.random() < 0.6,
    )
    grey = _grey(0.35)
    left = rng.uniform(10, 15)
    right = 210 - rng.uniform(10, 15)
    width = right - left
    legal = p.job.employer.name
    shown_legal = legal.upper() if mono and rng.random() < 0.5 else legal
    gross, tax, hours = p.gross_pay, p.wage_tax, p.hours_worked
    ex = _extras(p)
    cumulative = _cumulatives(p, rng)
    k = _period_index(p)
    cum_mode = rng.choice(["none", "cum", "tm"])
    cum_head = {"cum": "Cum.", "tm": f"T/m per. {k:02d}"}.get(cum_mode, "")
    with_cum = cum_mode != "none"
    hours_mode = rng.choice(["rate", "row", "header"])
    split, split_label = _split(p, rng, 0.3)
    base = gross - split
    rate = _hourly_rate(base, hours)
    if hours_mode == "rate" and rate is None:
        hours_mode = "row"
    iban_place = rng.choice(["header", "payout", "payout"])
    printed_iban = p.account.iban_printed if rng.random() < 0.4 else p.account.iban

    # header band ------------------------------------------------------------------------------------
    top = rng.uniform(9, 14)
    band_h = lh + 3.2
    c.rect(left, top, width, band_h, stroke=0, fill=st.light)
    y = top + band_h - 1.6
    nsz = _fit(shown_legal, bold, size + 2, width * 0.55)
    c.text(
        left + 1.5,
        y,
        shown_legal,
        font=bold,
        size=nsz,
        color=accent,
        field="employer_name",
        value=shown_legal,
    )
    title = rng.choice(
        ["SALARISSPECIFICATIE", "Salarisspecificatie", "LOONSTROOK", "Specificatie salaris"]
    )
    c.text(right - 1.5, y, title, font=bold, size=size + 1, align="right", color=accent)

    plabel, pvalue, dated = _ct_period(p, rng)
    cells = [
        _Cell("Afdeling", rng.choice(_DEPARTMENTS)),
        _Cell("Kostenplaats", f"{rng.randint(1, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}0"),
        _Cell(rng.choice(["Werknemersnr", "Werkn.nr", "Pers.nr"]), p.job.employee_number),
        _Cell(plabel, pvalue, "period"),
    ]
    if rng.random() < 0.5:
        cells.append(_Cell("Blad", "1"))
    name = _ct_name(p, rng)
    bsn_label = rng.choice(["BSN", "BSN/Sofinr", "Sofi-nr"])
    people = [
        name,
        _Cell(
            bsn_label,
            _bsn_printed(p.person.bsn, rng.choice(["plain", "plain", "dots"])),
            "employee_bsn",
            p.person.bsn,
        ),
        _Cell(rng.choice(["Geb.dat", "Geboortedatum"]), date_nl(p.person.date_of_birth)),
        _Cell(
            rng.choice(["In dienst", "Dat.in dienst"]),
            date_nl(p.payment_date - timedelta(days=rng.randint(150, 6000))),
        ),
        _Cell("Functie", _function(p, rng)),
        _Cell(
            rng.choice(["Tabel", "Tab."]),
            rng.choice(["wit", "W"]) + ("/4wk" if p.period_number else "/mnd"),
        ),
        _Cell("LH-korting", rng.choice(["J", "Ja"])),
    ]
    if rng.random() < 0.4:
        people.append(
            _Cell(rng.choice(["Pensioenfonds rel.nr", "Rel.nr. pensioen"]), _other_nine(p, rng))
        )
    if hours_mode == "header":
        people.append(
            _Cell(
                rng.choice(["Uren", "Gew. uren", "Uren periode"]),
                amount_nl(hours),
                "hours_worked",
                money_norm(hours),
            )
        )
    if iban_place == "header":
        people.append(
            _Cell(
                rng.choice(["IBAN", "Bankrek.", "Rekening"]),
                printed_iban,
                "employee_iban",
                p.account.iban,
            )
        )
    colon = rng.random() < 0.7
    gap = rng.uniform(5, 8)
    y += lh + 1.6
    frame_top = top + band_h
    rows = _flow(c, cells, font, size, width - 3, colon, gap)
    y = _draw_flow(c, p, rows, left + 1.5, y, lh, font, size, dated)
    c.line(left, y - lh + 1.4, right, y - lh + 1.4, width=0.25, color=grey)
    y += 1.2
    rows = _flow(c, people, font, size, width - 3, colon, gap)
    y = _draw_flow(c, p, rows, left + 1.5, y, lh, font, size, dated)
    c.rect(left, frame_top, width, y - lh + 1.6 - frame_top, stroke=0.4, color=grey)
    y += 4

    # table rows ---------------------------------------------------------------------------------------
    def cum(v: Decimal) -> Decimal | None:
        return cumulative(v) if with_cum else None

    days = Decimal(rng.choice([20, 21, 22, 23]))
    caps = rng.random() < 0.5
    pay_rows: list[_TRow] = []
    if hours_mode == "rate":
        assert rate is not None
        pay_rows.append(
            _TRow(
                rng.choice(["Uurloon", "Uren normaal", "Loon uren 100%"]),
                base,
                qty=amount_nl(hours),
                rate=_rate_text(rate),
                code="1000",
                qty_field="hours_worked",
                cum=cum(base),
            )
        )
    else:
        with_days = rng.random() < 0.6
        sal = rng.choice(["Salaris", "Periodesalaris" if p.period_number else "Maandsalaris"])
        pay_rows.append(
            _TRow(sal, base, qty=amount_nl(days) if with_days else "", code="1000", cum=cum(base))
        )
        if hours_mode == "row":
            pay_rows.append(
                _TRow(
                    rng.choice(["Gewerkte uren", "Uren gewerkt"]),
                    qty=amount_nl(hours),
                    code="1010",
                    qty_field="hours_worked",
                )
            )
    if split:
        pay_rows.append(_TRow(split_label, split, code="1100", cum=cum(split)))
    pay_rows.append(
        _TRow(
            "TOTAAL BRUTO" if caps else "Totaal bruto",
            gross,
            field="gross_pay",
            kind="subtotal",
            cum=cum(gross),
        )
    )
    minus = [ln for ln in p.other_lines if ln.amount < 0]
    ded_rows: list[_TRow] = []
    for ln in minus:
        pension = ln.label == "Pensioenpremie"
        pct = _pension_pct(p, ln.amount) if pension else None
        ded_rows.append(
            _TRow(
                _pension_label(p, rng) if pension else ln.label,
                -ln.amount,
                qty=amount_nl(gross, thousands=st.thousands) if pct else "",
                rate=pct or "",
                code="4010",
                cum=cum(-ln.amount),
            )
        )
    ded_rows.append(
        _TRow(
            rng.choice(["Loonheffing", "Loonheffing tabel", "Loonbel./prem.vvz"]),
            tax,
            code="5100",
            field="wage_tax",
            cum=cum(tax),
        )
    )
    deductions = tax - sum((ln.amount for ln in minus), Decimal(0))
    ded_rows.append(
        _TRow(
            "TOTAAL INHOUDINGEN" if caps else "Totaal inhoudingen",
            deductions,
            kind="subtotal",
            cum=cum(deductions),
        )
    )

    # tables -----------------------------------------------------------------------------------------
    arrangement = rng.choice(["side", "stacked_split", "stacked_signed"])
    heads = {
        "desc": "Omschrijving",
        "qty": rng.choice(["Uren/dagen", "Uren/dgn", "Aantal"]),
        "rate": "Tarief",
        "amt": "Bedrag",
        "pay": "Betaling",
        "ded": "Inhouding",
        "cum": cum_head,
    }
    fill = rng.choice([st.light, None])
    if arrangement == "side":
        gap = 5.0
        tw = (width - gap) / 2
        ybot = y
        for i, (trows, ttitle) in enumerate(
            [
                (pay_rows, rng.choice(["BETALINGEN", "Betalingen"])),
                (ded_rows, rng.choice(["INHOUDINGEN", "Inhoudingen"])),
            ]
        ):
            x0 = left + i * (tw + gap)
            x1 = x0 + tw
            c.text(x0, y, ttitle, font=bold, size=size, color=accent)
            if with_cum:
                cols = {
                    "qty": x0 + tw * 0.5,
                    "rate": x0 + tw * 0.64,
                    "amt": x0 + tw * 0.82,
                    "cum": x1 - 1,
                }
            else:
                cols = {"qty": x0 + tw * 0.58, "rate": x0 + tw * 0.76, "amt": x1 - 1}
            yb = _draw_table(
                c,
                p,
                trows,
                x0=x0,
                x1=x1,
                y=y + lh + 2.5,
                st=st,
                split=False,
                cols=cols,
                heads=heads,
                fill=fill,
                codes=True,
                euro_total=False,
                double=False,
            )
            ybot = max(ybot, yb)
        y = ybot
    else:
        signed = arrangement == "stacked_signed"
        for r in ded_rows:  # a split or signed table takes deductions as negative amounts
            r.amount = -r.amount if r.amount is not None else None
            r.cum = -r.cum if r.cum is not None else None
        if signed and with_cum:
            cols = {"qty": left + width * 0.5, "rate": left + width * 0.62}
            cols |= {"amt": left + width * 0.8, "cum": right - 1.5}
        elif signed:
            cols = {"qty": left + width * 0.58, "rate": left + width * 0.72, "amt": right - 1.5}
        else:
            cols = {"qty": left + width * 0.46, "rate": left + width * 0.58}
            if with_cum:
                cols |= {"pay": left + width * 0.7, "ded": left + width * 0.83, "cum": right - 1.5}
            else:
                cols |= {"pay": left + width * 0.8, "ded": right - 1.5}
        y = _draw_table(
            c,
            p,
            pay_rows + ded_rows,
            x0=left,
            x1=right,
            y=y,
            st=st,
            split=not signed,
            cols=cols,
            heads=heads,
            fill=fill,
            codes=True,
            euro_total=False,
            double=False,
        )
    c.line(left, y - lh + 2.0, right, y - lh + 2.0, width=0.5, color=grey)
    y += 5

    # wage bases and payout --------------------------------------------------------------------------
    net_wage = gross - deductions
    plus = [ln for ln in p.other_lines if ln.amount > 0]
    half = (width - 8) / 2
    bx = left
    bases: list[tuple[str, Decimal]] = [
        (rng.choice(["Fiscaal loon", "Fiscaal loon (LH)"]), ex["fiscaal"]),
        (rng.choice(["SV-loon", "Loon SV"]), ex["sv"]),
    ]
    if rng.random() < 0.5:
        bases.append(("Loon Zvw", ex["sv"]))
    if rng.random() < 0.5:
        bases.append(("Verr. heffingskorting", ex["heffingskorting"]))
    heads_b = ["Periode", cum_head] if with_cum else []
    brows = [
        (
            lab,
            [amount_nl(v, thousands=st.thousands)]
            + ([amount_nl(cumulative(v), thousands=st.thousands)] if with_cum else []),
        )
        for lab, v in bases
    ]
    brows.append(
        (
            rng.choice(["Res. vak.geld", "Vak.geld opgeb."]),
            [amount_nl(cumulative(ex["vakantiegeld"]), thousands=st.thousands)],
        )
    )
    brows.append(
        (rng.choice(["Verlof saldo (uren)", "Saldo verlofuren"]), [amount_nl(_leave_hours(p, rng))])
    )
    y_left = _mini(
        c,
        bx,
        y,
        half,
        st,
        rng.choice(["Grondslagen", "FISCALE GEGEVENS"]),
        heads_b,
        brows,
        col_w=19.0,
    )

    nx = left + half + 8
    nw = right - nx
    xr = right - 4.0  # not under the table's cumulative column
    yy = y
    c.text(nx, yy, rng.choice(["Netto", "Nettoloon"]), font=font, size=size)
    c.text(xr, yy, _amt(net_wage, st), font=font, size=size, align="right")
    yy += lh
    for ln in plus:
        c.text(nx, yy, "7010", font=font, size=size)
        lab = _travel_label(rng)
        c.text(
            nx + c.width("0000", font, size) + 3,
            yy,
            lab,
            font=font,
            size=_fit(lab, font, size, nw - 30),
        )
        c.text(xr, yy, _amt(ln.amount, st), font=font, size=size, align="right")
        yy += lh
    yy += 1.2
    c.line(xr - 24, yy - size * 0.3528 - 1.3, xr, yy - size * 0.3528 - 1.3, width=0.4)
    final = rng.choice(["Uit te betalen", "UIT TE BETALEN", "Netto uit te betalen"])
    c.text(nx, yy, final, font=bold, size=size + 0.5)
    c.text(
        xr,
        yy,
        _amt(p.net_pay, st),
        font=bold,
        size=size + 0.5,
        align="right",
        field="net_pay",
        value=money_norm(p.net_pay),
    )
    yy += lh + 0.6
    paid = date_nl(p.payment_date, "dash")
    if iban_place == "payout":
        parts = [rng.choice(["Overgemaakt op", "Bankrek.", "Naar rekening"]), printed_iban]
        if rng.random() < 0.5:
            parts.append(f"d.d. {paid}")
        psz = _fit(" ".join(parts), font, size, nw)
        boxes = _parts(c, nx, yy, parts, font=font, size=psz)
        c.mark("employee_iban", p.account.iban, boxes[1], printed_iban)
    else:
        c.text(nx, yy, f"Betaaldatum {paid}", font=font, size=size)
    yy += lh
    c.rect(nx - 2, y - size * 0.3528 - 2, nw + 2, yy - y + 1, stroke=0.4, color=grey)
    y = max(y_left, yy) + 5

    # small print --------------------------------------------------------------------------------------
    lh_no = _lh_number(p, _rsin(p), rng.choice(["plain", "space", "dots"]))
    run = p.payment_date - timedelta(days=rng.randint(3, 9))
    notes = [
        f"Loonheffingennummer {lh_no} · KvK {_kvk(legal)}",
        f"Verwerkt {date_nl(run)} {rng.randint(6, 18):02d}:{rng.randint(0, 59):02d} · "
        f"{rng.choice(_SOFTWARE_STAMPS)} · run {rng.randint(100, 999)}",
    ]
    if rng.random() < 0.6:
        notes.append(rng.choice(_MESSAGES))
    ny = max(y, 262.0) if rng.random() < 0.5 else y
    ny = min(ny, 272.0 - (len(notes) - 1) * 3.2)
    for note in notes:
        c.text(
            left, ny, note, font=font, size=_fit(note, font, 6.0, width, min_size=4.5), color=grey
        )
        ny += 3.2


def _amt(value: Decimal, st: _St) -> str:
    return amount_nl(value, thousands=st.thousands)
