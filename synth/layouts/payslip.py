"""Payslip (loonstrook) layouts."""

from __future__ import annotations

import random
from decimal import Decimal

from synth.canvas import DocCanvas
from synth.fmt import date_nl, money_nl, money_norm
from synth.layouts.base import layout
from synth.people import Payslip, money


def _period_fields(
    c: DocCanvas, p: Payslip, box: tuple[float, float, float, float], text: str
) -> None:
    """Mark the pay period as evidenced by `box`; a bare 'periode N' yields no dates (CONTRACT)."""
    if p.period_start is None or p.period_end is None:
        c.mark("pay_period_start", None, box, text)
        c.mark("pay_period_end", None, box, text)
    else:
        c.mark("pay_period_start", p.period_start.isoformat(), box, text)
        c.mark("pay_period_end", p.period_end.isoformat(), box, text)


@layout("payslip", "classic")
def classic(c: DocCanvas, p: Payslip, rng: random.Random) -> None:
    """Label-left/value-right, two header blocks, a bordered table of lines; Helvetica."""
    font, bold = "Helvetica", "Helvetica-Bold"
    c.logo(20, 18, 12, rng, color=(0.1, 0.3, 0.6))
    c.text(
        36,
        26,
        p.job.employer.name,
        font=bold,
        size=13,
        field="employer_name",
        value=p.job.employer.name,
    )
    e = p.job.employer.address
    c.text(
        36, 32, f"{e.street} {e.house_number}, {e.postcode_printed} {e.city}", font=font, size=8.5
    )
    c.text(190, 26, "LOONSTROOK", font=bold, size=14, align="right")

    y = 52
    c.rect(18, y - 6, 174, 36, stroke=0.4)
    left = [
        ("Naam werknemer", p.person.short_name, "employee_name", p.person.short_name),
        ("Personeelsnummer", p.job.employee_number, None, None),
        ("BSN", p.person.bsn, "employee_bsn", p.person.bsn),
        ("IBAN", p.account.iban_printed, "employee_iban", p.account.iban),
    ]
    for i, (label, val, fname, norm) in enumerate(left):
        c.text(22, y + i * 7.5, label, font=font, size=9)
        c.text(60, y + i * 7.5, val, font=font, size=9, field=fname, value=norm)
    if p.period_number is not None and rng.random() < 0.5:
        # four-weekly period with printed dates
        dates = f"{date_nl(p.period_start, 'dash')} t/m {date_nl(p.period_end, 'dash')}"
        c.text(112, y, "Periode", font=font, size=9)
        c.text(140, y, f"{p.period_number} ({p.period_label.split()[-1]})", font=font, size=9)
        box = c.text(112, y + 7.5, dates, font=font, size=9)
        _period_fields(c, p, box, dates)
    elif p.period_number is not None:
        c.text(112, y, "Periode", font=font, size=9)
        box = c.text(140, y, p.period_label, font=font, size=9)
        c.mark("pay_period_start", None, box, p.period_label)
        c.mark("pay_period_end", None, box, p.period_label)
    else:
        c.text(112, y, "Periode", font=font, size=9)
        box = c.text(140, y, p.period_label, font=font, size=9)
        _period_fields(c, p, box, p.period_label)
    c.text(112, y + 15, "Uren", font=font, size=9)
    c.text(
        140,
        y + 15,
        money_nl(p.hours_worked),
        font=font,
        size=9,
        field="hours_worked",
        value=money_norm(p.hours_worked),
    )
    c.text(112, y + 22.5, "Uitbetaald op", font=font, size=9)
    c.text(140, y + 22.5, date_nl(p.payment_date, "dash"), font=font, size=9)

    y = 100
    c.rect(18, y - 6, 174, 8, stroke=0, fill=(0.88, 0.9, 0.95))
    c.text(22, y, "Omschrijving", font=bold, size=9)
    c.text(150, y, "Inhouding", font=bold, size=9, align="right")
    c.text(188, y, "Betaling", font=bold, size=9, align="right")
    y += 9
    c.text(22, y, "Brutoloon", font=font, size=9)
    c.text(
        188,
        y,
        money_nl(p.gross_pay),
        font=font,
        size=9,
        align="right",
        field="gross_pay",
        value=money_norm(p.gross_pay),
    )
    for line in p.other_lines:
        y += 7
        c.text(22, y, line.label, font=font, size=9)
        col = 150 if line.amount < 0 else 188
        c.text(col, y, money_nl(abs(line.amount)), font=font, size=9, align="right")
    y += 7
    c.text(22, y, "Loonheffing", font=font, size=9)
    c.text(
        150,
        y,
        money_nl(p.wage_tax),
        font=font,
        size=9,
        align="right",
        field="wage_tax",
        value=money_norm(p.wage_tax),
    )
    y += 4
    c.line(18, y, 192, y, width=0.6)
    y += 7
    c.text(22, y, "Netto uit te betalen", font=bold, size=10)
    c.text(
        188,
        y,
        money_nl(p.net_pay, "euro"),
        font=bold,
        size=10,
        align="right",
        field="net_pay",
        value=money_norm(p.net_pay),
    )
    c.text(22, 280, f"Loonheffingennummer {p.job.employer.tax_number}", font=font, size=7.5)


# --- shared helpers for the layouts below ----------------------------------------------------

Rgb = tuple[float, float, float]


def _employee_name(p: Payslip, style: str) -> str:
    """The employee's name as a payroll system prints it: short, full or formal ('Jansen, J.P.')."""
    if style == "full":
        return p.person.full_name
    if style == "formal":
        return p.person.formal_name
    return p.person.short_name


def _title(p: Payslip) -> str:
    return "Dhr." if p.person.sex == "M" else "Mevr."


def _period_text(
    p: Payslip,
    rng: random.Random,
    monthly: tuple[str, ...] = ("month", "dash", "long"),
    date_style: str = "dash",
) -> tuple[str, bool]:
    """The pay period as printed, and whether the print states (or implies) calendar dates.

    Monthly: `maart 2026`, `01-03-2026 t/m 31-03-2026` or `1 maart 2026 - 31 maart 2026`.
    Four-weekly: `periode 3 2026` (no dates: truth null) or `periode 3: <start> t/m <end>`.
    """
    assert p.period_start is not None and p.period_end is not None
    start, end = p.period_start, p.period_end
    if p.period_number is not None:
        year = p.period_label.split()[-1]
        if rng.random() < 0.5:
            return f"periode {p.period_number} {year}", False
        sep = " - " if date_style == "long" else " t/m "
        dates = f"{date_nl(start, date_style)}{sep}{date_nl(end, date_style)}"
        return f"periode {p.period_number}: {dates}", True
    style = rng.choice(monthly)
    if style == "month":
        return p.period_label, True
    if style == "long":
        return f"{date_nl(start, 'long')} - {date_nl(end, 'long')}", True
    return f"{date_nl(start, style)} t/m {date_nl(end, style)}", True


def _mark_period(
    c: DocCanvas, p: Payslip, box: tuple[float, float, float, float], text: str, dated: bool
) -> None:
    if dated:
        _period_fields(c, p, box, text)
    else:
        c.mark("pay_period_start", None, box, text)
        c.mark("pay_period_end", None, box, text)


def _period_index(p: Payslip) -> int:
    """How many pay periods of the year are done, for cumulative columns."""
    if p.period_number is not None:
        return p.period_number
    assert p.period_start is not None
    return p.period_start.month


def _cumulative(value: Decimal, p: Payslip, rng: random.Random) -> Decimal:
    """Year-to-date total: this period plus earlier periods that differed a little."""
    earlier = value * (_period_index(p) - 1) * Decimal(str(round(rng.uniform(0.96, 1.04), 4)))
    return money(value + earlier)


def _extras(p: Payslip) -> dict[str, Decimal]:
    """Informative payroll figures that are neither gross nor net (bases, reservations)."""
    pension = sum((ln.amount for ln in p.other_lines if ln.amount < 0), Decimal("0"))
    fiscal = p.gross_pay + pension
    return {
        "fiscaal": money(fiscal),
        "sv": money(p.gross_pay + pension * Decimal("0.5")),
        "vakantiegeld": money(p.gross_pay * Decimal("0.08")),
        "heffingskorting": money(min(fiscal * Decimal("0.09"), Decimal("292.67"))),
        "pension": pension,
    }


def _grey(v: float) -> Rgb:
    return (v, v, v)


# --- payslip.strook: an old payroll printer's dense monospace strip --------------------------


@layout("payslip", "strook")
def strook(c: DocCanvas, p: Payslip, rng: random.Random) -> None:
    """Courier on (sometimes green-barred) continuous paper, two dense columns, code numbers,
    trailing minus for deductions, cumulative column, perforation line; IBAN without spaces."""
    font, bold, size = "Courier", "Courier-Bold", 8.0
    cw = c.width("0", font, size)  # one monospace character in mm
    lh = 3.7
    style = rng.choice(["plain", "nothousands"])
    upper = rng.random() < 0.5
    x0, x1 = 14.0, 100.0
    top = 12.0
    bottom = top + 86
    if rng.random() < 0.6:  # green-bar continuous paper
        band = top + 4
        while band < bottom - 2:
            c.rect(11, band, 188, lh * 2, stroke=0, fill=(0.87, 0.95, 0.87))
            band += lh * 4
    c.rect(11, top, 188, bottom - top, stroke=0.3, color=_grey(0.55))
    for y_hole in range(int(top) + 4, int(bottom), 9):  # tractor-feed holes
        c.rect(4, y_hole, 3, 3, stroke=0.3, color=_grey(0.6))
        c.rect(203, y_hole, 3, 3, stroke=0.3, color=_grey(0.6))

    def up(s: str) -> str:
        return s.upper() if upper else s

    y = top + 7
    employer = up(p.job.employer.name)
    c.text(x0, y, employer, font=bold, size=9.5, field="employer_name", value=employer)
    c.text(
        196,
        y,
        rng.choice(["SALARISSTROOK", "LOONSTROOK", "LOONSPECIFICATIE"]),
        font=bold,
        size=9.5,
        align="right",
    )
    y += lh
    e = p.job.employer.address
    c.text(
        x0,
        y,
        up(f"{e.street} {e.house_number}  {e.postcode_printed}  {e.city}"),
        font=font,
        size=size,
    )
    y += lh * 1.6

    def kv(
        x: float, yy: float, label: str, val: str, fname: str | None = None, norm: object = None
    ) -> tuple[float, float, float, float]:
        c.text(x, yy, f"{label:.<15}:", font=font, size=size)
        return c.text(x + 17 * cw, yy, val, font=font, size=size, field=fname, value=norm)

    name = up(_employee_name(p, rng.choice(["formal", "formal", "short"])))
    kv(x0, y, up(rng.choice(["Werknemer", "Naam"])), name, "employee_name", name)
    kv(x0, y + lh, up("Pers.nr"), p.job.employee_number)
    kv(
        x0,
        y + 2 * lh,
        up(rng.choice(["BSN", "Sofi/BSN-nr"])),
        p.person.bsn,
        "employee_bsn",
        p.person.bsn,
    )
    kv(x0, y + 3 * lh, up("Geb.datum"), date_nl(p.person.date_of_birth, "dash"))
    kv(x0, y + 4 * lh, up("IBAN"), p.account.iban, "employee_iban", p.account.iban)
    period, dated = _period_text(p, rng, monthly=("dash", "month"))
    period = up(period)
    box = kv(x1, y, up("Tijdvak"), period)
    _mark_period(c, p, box, period, dated)
    kv(x1, y + lh, up("Betaaldatum"), date_nl(p.payment_date, "dash"))
    kv(
        x1,
        y + 2 * lh,
        up("Uren"),
        money_nl(p.hours_worked, "nothousands"),
        "hours_worked",
        money_norm(p.hours_worked),
    )
    kv(x1, y + 3 * lh, up("Tabel"), up("wit " + ("4-weken" if p.period_number else "maand")))
    kv(x1, y + 4 * lh, up("Loonh.korting"), up(rng.choice(["ja", "J"])))

    y += 5 * lh + 3
    c.line(x0, y - 2.5, 196, y - 2.5, width=0.3, dash=(1, 1))
    c.text(x0, y + 1, up("Code Omschrijving"), font=bold, size=size)
    c.text(x1 - 6, y + 1, up("Bedrag"), font=bold, size=size, align="right")
    c.text(x1, y + 1, up("Grondslagen"), font=bold, size=size)
    c.text(x1 + 62, y + 1, up("Periode"), font=bold, size=size, align="right")
    c.text(196, y + 1, up("Cumulatief"), font=bold, size=size, align="right")
    y += lh + 2
    rows_top = y

    def amount(value: Decimal) -> str:
        return money_nl(value, "trailing") if value < 0 else money_nl(value, style) + " "

    right = x1 - 6
    c.text(
        x0,
        y,
        up(f"1000 {rng.choice(['Bruto loon', 'Brutoloon', 'Salaris bruto'])}"),
        font=font,
        size=size,
    )
    c.text(
        right,
        y,
        amount(p.gross_pay).rstrip(),
        font=font,
        size=size,
        align="right",
        field="gross_pay",
        value=money_norm(p.gross_pay),
    )
    codes = {"Pensioenpremie": "3100", "Reiskostenvergoeding": "4010"}
    for ln in p.other_lines:
        y += lh
        c.text(x0, y, up(f"{codes.get(ln.label, '4900')} {ln.label}"), font=font, size=size)
        c.text(
            right - (0 if ln.amount < 0 else cw),
            y,
            amount(ln.amount).rstrip(),
            font=font,
            size=size,
            align="right",
        )
    y += lh
    c.text(
        x0, y, up(f"5000 {rng.choice(['Loonheffing', 'Loonheffing tabel'])}"), font=font, size=size
    )
    c.text(
        right,
        y,
        money_nl(-p.wage_tax, "trailing"),
        font=font,
        size=size,
        align="right",
        field="wage_tax",
        value=money_norm(p.wage_tax),
    )
    y += lh
    c.text(right, y - 1, "-" * 12, font=font, size=size, align="right", truth=False)
    y += lh
    c.text(
        x0,
        y,
        up(f"9000 {rng.choice(['Netto loon', 'Nettoloon', 'Uit te betalen'])}"),
        font=bold,
        size=size,
    )
    c.text(
        right - cw,
        y,
        money_nl(p.net_pay, style),
        font=bold,
        size=size,
        align="right",
        field="net_pay",
        value=money_norm(p.net_pay),
    )

    ex = _extras(p)
    yr = rows_top
    cum_rows = [
        ("Bruto loon", p.gross_pay),
        ("SV-loon", ex["sv"]),
        ("Fiscaal loon", ex["fiscaal"]),
        ("Loonheffing", p.wage_tax),
        ("Heffingskorting", ex["heffingskorting"]),
        ("Res. vak.geld 8%", ex["vakantiegeld"]),
        ("Netto loon", p.net_pay),
    ]
    for label, value in cum_rows:
        c.text(x1, yr, up(label), font=font, size=size)
        c.text(x1 + 62, yr, money_nl(value, style), font=font, size=size, align="right")
        c.text(
            196,
            yr,
            money_nl(_cumulative(value, p, rng), style),
            font=font,
            size=size,
            align="right",
        )
        yr += lh
    y = max(y, yr) + lh * 1.5
    c.line(x0, y - 2.5, 196, y - 2.5, width=0.3, dash=(1, 1))
    c.text(x0, y + 1, up(f"Loonheffingennummer {p.job.employer.tax_number}"), font=font, size=7)
    c.text(
        x0,
        y + 1 + lh,
        up("Bewaar deze strook, u heeft hem nodig voor uw aangifte."),
        font=font,
        size=7,
    )
    c.line(8, bottom + 6, 202, bottom + 6, width=0.4, dash=(3, 2), color=_grey(0.4))
    c.text(
        105,
        bottom + 10,
        up("hier afscheuren"),
        font=font,
        size=6.5,
        align="center",
        color=_grey(0.4),
    )


# --- payslip.zebra: a modern HR-portal export with zebra rows --------------------------------


@layout("payslip", "zebra")
def zebra(c: DocCanvas, p: Payslip, rng: random.Random) -> None:
    """Coloured header band, borderless label/value grid, a zebra-striped table with amount
    columns in euro style, a reservations table; Liberation Sans."""
    font, bold = "LiberationSans", "LiberationSans-Bold"
    accent: Rgb = rng.choice(
        [(0.12, 0.45, 0.42), (0.35, 0.2, 0.55), (0.1, 0.32, 0.6), (0.7, 0.25, 0.2)]
    )
    light: Rgb = (0.94, 0.95, 0.97) if rng.random() < 0.5 else (0.95, 0.95, 0.95)
    style = rng.choice(["euro", "euro", "plain"])
    white: Rgb = (1, 1, 1)
    c.rect(0, 0, 210, 30, stroke=0, fill=accent)
    c.text(
        16,
        15,
        p.job.employer.name,
        font=bold,
        size=15,
        color=white,
        field="employer_name",
        value=p.job.employer.name,
    )
    e = p.job.employer.address
    c.text(
        16,
        22,
        f"{e.street} {e.house_number} · {e.postcode_printed} {e.city}",
        font=font,
        size=8.5,
        color=white,
    )
    c.text(
        194,
        15,
        rng.choice(["Salarisspecificatie", "Loonstrook"]),
        font=bold,
        size=12,
        color=white,
        align="right",
    )

    name = _employee_name(p, rng.choice(["full", "short"]))
    period, dated = _period_text(p, rng, monthly=("month", "long"), date_style="dash")
    grid_left = [
        (rng.choice(["Medewerker", "Werknemer"]), name, "employee_name", name),
        ("Personeelsnummer", p.job.employee_number, None, None),
        ("BSN", p.person.bsn, "employee_bsn", p.person.bsn),
        ("IBAN", p.account.iban_printed, "employee_iban", p.account.iban),
    ]
    y = 44
    for i, (label, val, fname, norm) in enumerate(grid_left):
        c.text(16, y + i * 6.5, label, font=font, size=8.5, color=_grey(0.4))
        vsize = 9.5 if len(val) < 30 else 8.0
        c.text(48, y + i * 6.5, val, font=font, size=vsize, field=fname, value=norm)
    c.text(112, y, "Loonperiode", font=font, size=8.5, color=_grey(0.4))
    box = c.text(142, y, period, font=font, size=9.5 if len(period) < 28 else 8.5)
    _mark_period(c, p, box, period, dated)
    c.text(112, y + 6.5, "Betaaldatum", font=font, size=8.5, color=_grey(0.4))
    c.text(142, y + 6.5, date_nl(p.payment_date, rng.choice(["long", "dash"])), font=font, size=9.5)
    c.text(
        112, y + 13, rng.choice(["Uren", "Gewerkte uren"]), font=font, size=8.5, color=_grey(0.4)
    )
    c.text(
        142,
        y + 13,
        money_nl(p.hours_worked),
        font=font,
        size=9.5,
        field="hours_worked",
        value=money_norm(p.hours_worked),
    )
    c.text(112, y + 19.5, "Parttimefactor", font=font, size=8.5, color=_grey(0.4))
    c.text(142, y + 19.5, f"{p.job.hours_per_week / 40:.4f}".replace(".", ","), font=font, size=9.5)

    cols = (16, 120, 150, 194)  # Omschrijving | Percentage | Inhouding | Betaling (right edges)
    y = 80
    c.rect(12, y - 5.5, 186, 8, stroke=0, fill=accent)
    c.text(cols[0], y, "Omschrijving", font=bold, size=9, color=white)
    c.text(cols[1], y, "%", font=bold, size=9, color=white, align="right")
    c.text(cols[2] + 8, y, "Inhouding", font=bold, size=9, color=white, align="right")
    c.text(cols[3], y, "Betaling", font=bold, size=9, color=white, align="right")
    rows: list[tuple[str, str, Decimal, str | None]] = [
        (rng.choice(["Bruto salaris", "Brutoloon", "Salaris bruto"]), "", p.gross_pay, "gross_pay"),
    ]
    for ln in p.other_lines:
        pct = "4,50" if ln.label == "Pensioenpremie" else ""
        rows.append((ln.label, pct, ln.amount, None))
    rows.append(("Loonheffing", "", -p.wage_tax, "wage_tax"))
    for i, (label, pct, amount, fname) in enumerate(rows):
        y += 7.5
        if i % 2 == 0:
            c.rect(12, y - 5, 186, 7.5, stroke=0, fill=light)
        c.text(cols[0], y, label, font=font, size=9)
        c.text(cols[1], y, pct, font=font, size=9, align="right")
        norm = money_norm(abs(amount)) if fname else None
        if amount < 0:
            c.text(
                cols[2] + 8,
                y,
                money_nl(abs(amount), style),
                font=font,
                size=9,
                align="right",
                field=fname,
                value=norm,
            )
        else:
            c.text(
                cols[3],
                y,
                money_nl(amount, style),
                font=font,
                size=9,
                align="right",
                field=fname,
                value=norm,
            )
    y += 8.5
    c.line(12, y - 5, 198, y - 5, width=0.8, color=accent)
    c.text(cols[0], y, rng.choice(["Netto uitbetaling", "Nettoloon", "Netto"]), font=bold, size=10)
    c.text(
        cols[3],
        y,
        money_nl(p.net_pay, style),
        font=bold,
        size=10,
        align="right",
        field="net_pay",
        value=money_norm(p.net_pay),
    )

    ex = _extras(p)
    y += 16
    c.text(16, y, "Reserveringen en fiscale gegevens", font=bold, size=10, color=accent)
    info = [
        ("Reservering vakantiegeld (8%)", money_nl(ex["vakantiegeld"], style)),
        ("Fiscaal loon", money_nl(ex["fiscaal"], style)),
        ("SV-loon", money_nl(ex["sv"], style)),
        ("Loonheffingskorting toegepast", "Ja"),
        ("Verrekende heffingskorting", money_nl(ex["heffingskorting"], style)),
    ]
    c.text(194, y, "Cumulatief", font=bold, size=8.5, align="right", color=_grey(0.4))
    c.text(150, y, "Deze periode", font=bold, size=8.5, align="right", color=_grey(0.4))
    for i, (label, val) in enumerate(info):
        y += 7
        if i % 2 == 0:
            c.rect(12, y - 5, 186, 7, stroke=0, fill=light)
        c.text(16, y, label, font=font, size=8.5)
        c.text(150, y, val, font=font, size=8.5, align="right")
        if val != "Ja":
            key = ["vakantiegeld", "fiscaal", "sv", "", "heffingskorting"][i]
            c.text(
                194,
                y,
                money_nl(_cumulative(ex[key], p, rng), style),
                font=font,
                size=8.5,
                align="right",
                color=_grey(0.35),
            )
    c.line(12, 278, 198, 278, width=0.3, color=_grey(0.6))
    c.text(
        16,
        283,
        f"Loonheffingennummer {p.job.employer.tax_number} · Vragen? Neem contact op met "
        "de salarisadministratie.",
        font=font,
        size=7,
        color=_grey(0.4),
    )


# --- payslip.kaarten: labels above values, in boxes ------------------------------------------


@layout("payslip", "kaarten")
def kaarten(c: DocCanvas, p: Payslip, rng: random.Random) -> None:
    """Small grey labels above their values in outlined cards, three summary tiles; no hours
    printed; FreeSans."""
    font, bold = "FreeSans", "FreeSans-Bold"
    style = rng.choice(["plain", "nothousands", "euro"])
    label_c = _grey(0.45)
    c.text(18, 22, rng.choice(["Werkgever", "Uw werkgever"]), font=font, size=7.5, color=label_c)
    c.text(
        18,
        29,
        p.job.employer.name,
        font=bold,
        size=14,
        field="employer_name",
        value=p.job.employer.name,
    )
    e = p.job.employer.address
    c.text(18, 34.5, f"{e.street} {e.house_number}", font=font, size=8.5)
    c.text(18, 38.5, f"{e.postcode_printed}  {e.city}", font=font, size=8.5)
    c.text(192, 29, rng.choice(["Loonstrook", "Salarisstrook"]), font=bold, size=18, align="right")

    def card(
        x: float,
        y: float,
        w: float,
        label: str,
        val: str,
        fname: str | None = None,
        norm: object = None,
        vsize: float = 10,
    ) -> tuple[float, float, float, float]:
        c.rect(x, y, w, 14, stroke=0.4, color=_grey(0.6))
        c.text(x + 3, y + 4.5, label, font=font, size=7, color=label_c)
        return c.text(x + 3, y + 10.5, val, font=font, size=vsize, field=fname, value=norm)

    name = _employee_name(p, rng.choice(["short", "full"]))
    shown = f"{_title(p)} {name}" if rng.random() < 0.4 else name
    y = 50
    card(
        18,
        y,
        62,
        rng.choice(["Naam", "Werknemer"]),
        shown,
        "employee_name",
        name,
        vsize=10 if len(shown) < 26 else 8.5,
    )
    card(82, y, 30, "BSN", p.person.bsn, "employee_bsn", p.person.bsn)
    card(114, y, 24, "Personeelsnr.", p.job.employee_number)
    card(
        140,
        y,
        52,
        "IBAN",
        p.account.iban_printed if rng.random() < 0.6 else p.account.iban,
        "employee_iban",
        p.account.iban,
        vsize=9,
    )
    y += 17
    period, dated = _period_text(p, rng, monthly=("month", "dash"))
    box = card(
        18,
        y,
        62,
        rng.choice(["Periode", "Loonperiode"]),
        period,
        vsize=10 if len(period) < 24 else 7.5,
    )
    _mark_period(c, p, box, period, dated)
    card(82, y, 30, "Betaaldatum", date_nl(p.payment_date, "dash"))
    card(114, y, 24, "Tabel", "wit")
    card(140, y, 52, "Loonheffingskorting", rng.choice(["Ja", "Toegepast"]))

    y += 24
    tiles = [
        (rng.choice(["Brutoloon", "Bruto loon"]), p.gross_pay, "gross_pay", (0.93, 0.95, 0.98)),
        (
            rng.choice(["Ingehouden loonheffing", "Loonheffing"]),
            p.wage_tax,
            "wage_tax",
            (0.98, 0.94, 0.93),
        ),
        (
            rng.choice(["Te betalen", "Uit te betalen", "Netto uitbetaling"]),
            p.net_pay,
            "net_pay",
            (0.92, 0.97, 0.93),
        ),
    ]
    for i, (label, value, fname, fill) in enumerate(tiles):
        x = 18 + i * 58
        c.rect(x, y, 56, 24, stroke=0, fill=fill)
        c.text(x + 4, y + 7, label, font=font, size=8, color=label_c)
        c.text(
            x + 4,
            y + 17,
            money_nl(value, style),
            font=bold,
            size=15,
            field=fname,
            value=money_norm(value),
        )

    ex = _extras(p)
    y += 36
    c.text(18, y, "Specificatie", font=bold, size=11)
    y += 3
    c.line(18, y, 192, y, width=0.6)
    details: list[tuple[str, str]] = [
        (ln.label, money_nl(ln.amount, style)) for ln in p.other_lines
    ]
    details += [
        ("Loon voor de loonheffing", money_nl(ex["fiscaal"], style)),
        ("Loon SV", money_nl(ex["sv"], style)),
        ("Toegepaste heffingskorting", money_nl(ex["heffingskorting"], style)),
        ("Reservering vakantiegeld", money_nl(ex["vakantiegeld"], style)),
    ]
    for label, val in details:
        y += 8.5
        c.text(20, y - 3, label, font=font, size=7, color=label_c)
        c.text(20, y + 1, val, font=font, size=9.5)
        c.line(18, y + 3, 192, y + 3, width=0.2, color=_grey(0.75))
    c.text(
        18,
        280,
        f"{p.job.employer.name} · loonheffingennummer {p.job.employer.tax_number}",
        font=font,
        size=7,
        color=label_c,
    )


# --- payslip.specificatie (holdout): a serif letter-style salary specification ---------------


@layout("payslip", "specificatie", holdout=True)
def specificatie(c: DocCanvas, p: Payslip, rng: random.Random) -> None:
    """Centred letterhead, title before the name, borderless two-column amounts with dotted
    leaders and '-/-' deductions, fiscal section; no IBAN printed; Liberation Serif / Times."""
    font, bold = rng.choice(
        [("LiberationSerif", "LiberationSerif-Bold"), ("Times-Roman", "Times-Bold")]
    )
    style = rng.choice(["plain", "nothousands"])
    c.text(
        105,
        22,
        p.job.employer.name,
        font=bold,
        size=16,
        align="center",
        field="employer_name",
        value=p.job.employer.name,
    )
    e = p.job.employer.address
    c.text(
        105,
        28,
        f"{e.street} {e.house_number} – {e.postcode_printed} {e.city}",
        font=font,
        size=9,
        align="center",
    )
    c.line(25, 32, 185, 32, width=0.8)
    c.line(25, 33.2, 185, 33.2, width=0.3)

    c.text(25, 46, "Persoonlijk en vertrouwelijk", font=font, size=9, color=_grey(0.3))
    name = _employee_name(p, rng.choice(["short", "formal"]))
    shown = f"{_title(p)} {name}" if rng.random() < 0.7 else name
    c.text(25, 53, shown, font=font, size=11, field="employee_name", value=name)
    c.text(25, 59, f"Personeelsnummer {p.job.employee_number}", font=font, size=9.5)
    c.text(25, 64.5, "Burgerservicenummer", font=font, size=9.5)
    c.text(62, 64.5, p.person.bsn, font=font, size=9.5, field="employee_bsn", value=p.person.bsn)

    period, dated = _period_text(p, rng, monthly=("month", "long"), date_style="long")
    c.text(185, 46, "Salarisspecificatie", font=bold, size=13, align="right")
    box = c.text(185, 53, period, font=font, size=10.5, align="right")
    _mark_period(c, p, box, period, dated)
    c.text(
        185,
        59,
        f"Datum betaling {date_nl(p.payment_date, 'long')}",
        font=font,
        size=9.5,
        align="right",
    )
    hours_box = c.text(
        185,
        64.5,
        money_nl(p.hours_worked),
        font=font,
        size=9.5,
        align="right",
        field="hours_worked",
        value=money_norm(p.hours_worked),
    )
    c.text(hours_box[0] - 1.5, 64.5, "Gewerkte uren", font=font, size=9.5, align="right")

    col_d, col_p = 148.0, 185.0  # right edges: Inhoudingen | Uitbetalingen
    y = 82
    c.text(25, y, "Omschrijving", font=bold, size=10)
    c.text(col_d, y, "Inhoudingen", font=bold, size=10, align="right")
    c.text(col_p, y, "Uitbetalingen", font=bold, size=10, align="right")
    c.line(25, y + 2, 185, y + 2, width=0.4)

    def leader(yy: float, label: str, lab_font: str = font) -> None:
        c.text(25, yy, label, font=lab_font, size=10)
        start = 27 + c.width(label, lab_font, 10)
        c.line(start, yy, 118, yy, width=0.3, dash=(0.5, 1.5), color=_grey(0.5))

    y += 9
    leader(y, rng.choice(["Salaris bruto", "Bruto salaris"]))
    c.text(
        col_p,
        y,
        money_nl(p.gross_pay, style),
        font=font,
        size=10,
        align="right",
        field="gross_pay",
        value=money_norm(p.gross_pay),
    )
    for ln in p.other_lines:
        y += 6.5
        leader(y, ln.label)
        if ln.amount < 0:
            c.text(col_d, y, money_nl(ln.amount, "minus_slash"), font=font, size=10, align="right")
        else:
            c.text(col_p, y, money_nl(ln.amount, style), font=font, size=10, align="right")
    y += 6.5
    leader(y, rng.choice(["Loonbelasting/premie volksverz.", "Ingehouden loonheffing"]))
    c.text(
        col_d,
        y,
        money_nl(-p.wage_tax, "minus_slash"),
        font=font,
        size=10,
        align="right",
        field="wage_tax",
        value=money_norm(p.wage_tax),
    )
    y += 4
    c.line(122, y, 185, y, width=0.4)
    y += 7
    leader(y, rng.choice(["Te betalen", "Netto te betalen"]), bold)
    c.text(
        col_p,
        y,
        money_nl(p.net_pay, style),
        font=bold,
        size=10.5,
        align="right",
        field="net_pay",
        value=money_norm(p.net_pay),
    )
    c.line(158, y + 1.5, 185, y + 1.5, width=0.4)
    c.line(158, y + 2.5, 185, y + 2.5, width=0.4)

    ex = _extras(p)
    y += 18
    c.text(25, y, "Fiscale en sociale gegevens", font=bold, size=10.5)
    c.text(col_d, y, "Periode", font=bold, size=9.5, align="right")
    c.text(col_p, y, "Cumulatief", font=bold, size=9.5, align="right")
    c.line(25, y + 2, 185, y + 2, width=0.3)
    for label, key in (
        ("Loon voor de loonheffing (fiscaal loon)", "fiscaal"),
        ("SV-loon", "sv"),
        ("Heffingskorting", "heffingskorting"),
        ("Reservering vakantiegeld 8%", "vakantiegeld"),
    ):
        y += 6.5
        c.text(25, y, label, font=font, size=9.5)
        c.text(col_d, y, money_nl(ex[key], style), font=font, size=9.5, align="right")
        c.text(
            col_p,
            y,
            money_nl(_cumulative(ex[key], p, rng), style),
            font=font,
            size=9.5,
            align="right",
        )
    y += 14
    c.text(
        25,
        y,
        "Het nettobedrag wordt overgemaakt op het bij ons bekende rekeningnummer.",
        font=font,
        size=9.5,
    )
    c.text(
        25,
        y + 5.5,
        f"Loonheffingennummer werkgever: {p.job.employer.tax_number}",
        font=font,
        size=9.5,
    )


# --- payslip.uitzend (holdout): a fully ruled agency slip ------------------------------------


@layout("payslip", "uitzend", holdout=True)
def uitzend(c: DocCanvas, p: Payslip, rng: random.Random) -> None:
    """Every cell boxed: a header grid (label | value), a line table with code, hours, rate,
    amount and a 'Cumulatief' column; hours live in the table; DejaVu Sans Condensed."""
    font, bold = "DejaVuSansCondensed", "DejaVuSans-Bold"
    style = rng.choice(["plain", "euro", "nothousands"])
    grid: Rgb = _grey(0.35)
    c.logo(
        15, 12, 10, rng, color=rng.choice([(0.85, 0.1, 0.3), (0.95, 0.55, 0.0), (0.1, 0.5, 0.3)])
    )
    c.text(
        28,
        20,
        p.job.employer.name,
        font=bold,
        size=12,
        field="employer_name",
        value=p.job.employer.name,
    )
    e = p.job.employer.address
    c.text(
        28,
        25,
        f"{e.street} {e.house_number}, {e.postcode_printed} {e.city} · "
        f"Lhnr {p.job.employer.tax_number}",
        font=font,
        size=7.5,
    )
    c.text(
        195, 20, rng.choice(["Loonstrook", "Loonspecificatie"]), font=bold, size=11, align="right"
    )

    period, dated = _period_text(p, rng, monthly=("dash", "month"), date_style="dash")
    name = _employee_name(p, rng.choice(["full", "formal"]))
    iban = p.account.iban if rng.random() < 0.5 else p.account.iban_printed
    cells = [
        ("Naam", name, "employee_name", name, rng.choice(["Tijdvak", "Periode"]), period, "period"),
        (
            "BSN",
            p.person.bsn,
            "employee_bsn",
            p.person.bsn,
            "Betaaldatum",
            date_nl(p.payment_date, "dash"),
            None,
        ),
        (
            "IBAN",
            iban,
            "employee_iban",
            p.account.iban,
            "Pers.nr.",
            p.job.employee_number,
            None,
        ),
    ]
    y = 34
    h = 7.0
    for la, va, fa, na, lb, vb, fb in cells:
        for x, w in ((15, 24), (39, 62), (101, 26), (127, 68)):
            c.rect(x, y, w, h, stroke=0.4, color=grid)
        c.rect(15, y, 24, h, stroke=0.4, color=grid, fill=_grey(0.92))
        c.rect(101, y, 26, h, stroke=0.4, color=grid, fill=_grey(0.92))
        c.text(17, y + 4.8, la, font=bold, size=8)
        c.text(41, y + 4.8, va, font=font, size=8.5 if len(va) < 34 else 7.5, field=fa, value=na)
        c.text(103, y + 4.8, lb, font=bold, size=8)
        box = c.text(129, y + 4.8, vb, font=font, size=8.5 if len(vb) < 36 else 7)
        if fb == "period":
            _mark_period(c, p, box, vb, dated)
        y += h

    y += 8
    cols = [
        (15, 14, "Code"),
        (29, 66, "Omschrijving"),
        (95, 20, "Aantal"),
        (115, 20, "Tarief"),
        (135, 30, "Bedrag"),
        (165, 30, "Cumulatief"),
    ]

    def row(
        vals: list[str],
        yy: float,
        *,
        head: bool = False,
        fields: dict[int, tuple[str, str]] | None = None,
        fill: Rgb | None = None,
    ) -> None:
        for i, (x, w, _) in enumerate(cols):
            c.rect(x, yy, w, h, stroke=0.4, color=grid, fill=fill)
            if not vals[i]:
                continue
            fname, norm = (fields or {}).get(i, (None, None))
            f = bold if head else font
            if i >= 2:
                c.text(
                    x + w - 1.5,
                    yy + 4.8,
                    vals[i],
                    font=f,
                    size=8,
                    align="right",
                    field=fname,
                    value=norm,
                )
            else:
                c.text(x + 1.5, yy + 4.8, vals[i], font=f, size=8, field=fname, value=norm)

    row([lab for _, _, lab in cols], y, head=True, fill=_grey(0.85))
    rate = money(p.gross_pay / p.hours_worked) if p.hours_worked else Decimal("0")
    y += h
    row(
        [
            "1001",
            rng.choice(["Bruto loon", "Uurloon (bruto loon)"]),
            money_nl(p.hours_worked),
            money_nl(rate, "nothousands"),
            money_nl(p.gross_pay, style),
            money_nl(_cumulative(p.gross_pay, p, rng), style),
        ],
        y,
        fields={
            2: ("hours_worked", money_norm(p.hours_worked)),
            4: ("gross_pay", money_norm(p.gross_pay)),
        },
    )
    for ln in p.other_lines:
        y += h
        row(
            [
                "3200" if ln.amount < 0 else "4100",
                ln.label,
                "",
                "",
                money_nl(ln.amount, style),
                money_nl(_cumulative(ln.amount, p, rng), style),
            ],
            y,
        )
    y += h
    row(
        [
            "5000",
            rng.choice(["Ingehouden loonheffing", "Loonheffing"]),
            "",
            "",
            money_nl(-p.wage_tax, style),
            money_nl(_cumulative(-p.wage_tax, p, rng), style),
        ],
        y,
        fields={4: ("wage_tax", money_norm(p.wage_tax))},
    )
    ex = _extras(p)
    y += h
    row(
        [
            "7100",
            "Reservering vakantiegeld",
            "8,00%",
            "",
            money_nl(ex["vakantiegeld"], style),
            money_nl(_cumulative(ex["vakantiegeld"], p, rng), style),
        ],
        y,
        fill=(0.97, 0.97, 0.9),
    )
    y += h
    row(
        [
            "",
            rng.choice(["Uit te betalen", "Netto uitbetaling"]),
            "",
            "",
            money_nl(p.net_pay, style),
            "",
        ],
        y,
        head=True,
        fields={4: ("net_pay", money_norm(p.net_pay))},
        fill=_grey(0.92),
    )

    y += h + 10
    c.text(
        15,
        y,
        f"Fiscaal loon {money_nl(ex['fiscaal'], style)} · SV-loon {money_nl(ex['sv'], style)} · "
        f"Loonheffingskorting: ja",
        font=font,
        size=7.5,
    )
    c.text(
        15,
        y + 4.5,
        "De reservering vakantiegeld wordt in mei uitbetaald. Controleer uw loonstrook "
        "en meld fouten binnen 14 dagen.",
        font=font,
        size=7.5,
    )
