"""Payslip (loonstrook) layouts."""

from __future__ import annotations

import random
from datetime import timedelta
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


# --- payslip.loonstrook_bureau (holdout): an SME payroll package's A4 loonstrook -------------


@layout("payslip", "loonstrook_bureau", holdout=True)
def loonstrook_bureau(c: DocCanvas, p: Payslip, rng: random.Random) -> None:
    """What the payroll software of an accountancy office prints for an SME: employer block
    with loonheffingennummer, grey section bars, a dense employee grid, 'Periode: 04 - 2026'
    with printed dates, a borderless components table with signed amounts and subtotals (either
    with 'Tabel | BT' fiscal columns or with a 'Cumulatief' column), then cumulatives, leave
    balances, employer charges and a notice box; small DejaVu Sans or Liberation Sans Narrow."""
    font, bold, fs = rng.choice(
        [
            ("DejaVuSans", "DejaVuSans-Bold", 7.4),
            ("LiberationSansNarrow", "LiberationSans-Bold", 8.4),
        ]
    )
    bs = 7.4 if font == "DejaVuSans" else 7.8  # the bold face is wider than the narrow one
    style = rng.choice(["plain", "plain", "nothousands"])
    label_c = _grey(0.3)
    bar: Rgb = rng.choice([_grey(0.86), (0.85, 0.89, 0.93), (0.88, 0.91, 0.87)])
    colon = rng.choice(["", ":"])
    lh = 4.4
    left, right = 14.0, 196.0

    def fit(text: str, f: str, size: float, max_w: float) -> float:
        while size > 5.5 and c.width(text, f, size) > max_w:
            size -= 0.2
        return size

    def section(y: float, title: str, x0: float = left, x1: float = right) -> None:
        c.rect(x0, y - 3.6, x1 - x0, 5.0, stroke=0, fill=bar)
        c.text(x0 + 1.5, y, title, font=bold, size=bs)

    def amount(value: Decimal) -> str:
        return money_nl(value, style)

    earlier = (_period_index(p) - 1) * Decimal(str(round(rng.uniform(0.97, 1.03), 4)))

    def cum(value: Decimal) -> Decimal:
        """Year to date, with one factor for the whole slip so the cumulatives agree."""
        return money(value + value * earlier)

    # -- employer header and period panel -------------------------------------------------
    employer = p.job.employer
    c.text(
        left,
        18,
        employer.name,
        font=bold,
        size=fit(employer.name, bold, 11.5, 104),
        field="employer_name",
        value=employer.name,
    )
    e = employer.address
    c.text(left, 23.5, f"{e.street} {e.house_number}", font=font, size=fs)
    c.text(left, 23.5 + lh * 0.85, f"{e.postcode_printed}  {e.city.upper()}", font=font, size=fs)
    c.text(
        left,
        23.5 + lh * 1.7 + 1,
        f"Loonheffingennummer{colon} {employer.tax_number}",
        font=font,
        size=fs,
    )
    c.text(
        right,
        18,
        rng.choice(["Loonstrook", "Salarisstrook", "Loonspecificatie"]),
        font=bold,
        size=13,
        align="right",
    )

    assert p.period_start is not None and p.period_end is not None
    year = p.period_start.year if p.period_number is None else int(p.period_label.split()[-1])
    dates = f"{date_nl(p.period_start, 'dash')} t/m {date_nl(p.period_end, 'dash')}"
    # rows of the period panel: (label, value, bold, dated); dated None = not period evidence
    panel: list[tuple[str, str, bool, bool | None]] = []
    head: str | None = None  # a bare 'Periode 4 - 2026' under the title (four-weekly, no dates)
    if p.period_number is None and rng.random() < 0.4:
        panel.append(("Verloningsperiode", p.period_label, True, True))
        panel.append(("Loontijdvak", "Maand", False, None))
    elif p.period_number is not None and rng.random() < 0.5:
        head = f"Periode {p.period_number} - {year}"
        panel.append(("Loontijdvak", "4 weken", False, None))
    else:
        num = p.period_number if p.period_number is not None else p.period_start.month
        panel.append(("Periode", f"{num:02d} - {year}", True, None))
        panel.append((rng.choice(["Van t/m", "Datum"]), dates, False, True))
    panel.append(("Datum uitbetaling", date_nl(p.payment_date, "dash"), False, None))
    label_w = max(c.width(f"{lab}{colon}", font, fs) for lab, *_ in panel)
    value_w = max(
        c.width(val, bold, bs + 0.6) if b else c.width(val, font, fs) for _, val, b, _ in panel
    )
    px_v = right - value_w
    px_l = px_v - label_w - 4
    py = 24.0
    if head is not None:
        box = c.text(right, py, head, font=bold, size=bs + 0.6, align="right")
        _mark_period(c, p, box, head, False)
        py += lh
    for i, (label, val, is_bold, dated) in enumerate(panel):
        yy = py + i * lh
        c.text(px_l, yy, f"{label}{colon}", font=font, size=fs, color=label_c)
        box = c.text(
            px_v, yy, val, font=bold if is_bold else font, size=bs + 0.6 if is_bold else fs
        )
        if dated is not None:
            _mark_period(c, p, box, val, dated)

    # -- employee grid ---------------------------------------------------------------------
    y = 44.0
    section(y, rng.choice(["Gegevens werknemer", "Werknemergegevens", "Medewerker"]))
    name = _employee_name(p, rng.choice(["formal", "short", "full"]))
    shown = f"{_title(p)} {name}" if rng.random() < 0.3 else name
    iban = p.account.iban_printed if rng.random() < 0.5 else p.account.iban
    rows_l: list[tuple[str, str, str | None, object]] = [
        ("Naam", shown, "employee_name", name),
        (rng.choice(["Personeelsnr.", "Personeelsnummer"]), p.job.employee_number, None, None),
        (
            rng.choice(["BSN/Sofinummer", "BSN/Sofi-nr.", "Sofinummer"]),
            p.person.bsn,
            "employee_bsn",
            p.person.bsn,
        ),
        ("Geboortedatum", date_nl(p.person.date_of_birth, "dash"), None, None),
        (
            rng.choice(["IBAN", "Rekeningnummer", "Bankrekening"]),
            iban,
            "employee_iban",
            p.account.iban,
        ),
    ]
    lx, vx, rx, rvx = left + 2, 48.0, 114.0, 152.0
    yy = y + 6.5
    for i, (label, val, fname, norm) in enumerate(rows_l):
        c.text(lx, yy + i * lh, f"{label}{colon}", font=font, size=fs, color=label_c)
        size = fit(val, font, fs, rx - vx - 4)
        c.text(vx, yy + i * lh, val, font=font, size=size, field=fname, value=norm)
    ptf = p.job.hours_per_week / Decimal(38) * 100
    tabel = "Wit, 4 weken" if p.period_number is not None else "Wit, maand"
    rows_r = [
        (rng.choice(["Uren per week", "Contracturen p/w"]), money_nl(p.job.hours_per_week)),
        ("Deeltijdpercentage", f"{money_nl(money(ptf))}%"),
        ("Loonheffingskorting", "Ja" if rng.random() < 0.9 else "Nee"),
        (rng.choice(["Tabel", "Tabelsoort"]), tabel),
        ("Bijz. tarief", rng.choice(["36,97%", "37,48%", "42,35%", "49,50%"])),
    ]
    for i, (label, val) in enumerate(rows_r):
        c.text(rx, yy + i * lh, f"{label}{colon}", font=font, size=fs, color=label_c)
        c.text(rvx, yy + i * lh, val, font=font, size=fs)

    # -- wage components ---------------------------------------------------------------------
    fiscal_cols = rng.random() < 0.5
    if fiscal_cols:  # Omschrijving | Aantal | Tarief | Tabel | BT | Bedrag (right edges)
        heads = [("Aantal", 98.0), ("Tarief", 118.0), ("Tabel", 142.0), ("BT", 160.0)]
    else:  # Omschrijving | Aantal | Tarief | Bedrag | Cumulatief
        heads = [("Aantal", 104.0), ("Tarief", 126.0), ("Cumulatief", right - 2)]
    col_amt = right - 2 if fiscal_cols else 158.0
    col: dict[str, float] = dict(heads)
    y = yy + 5 * lh + 7
    c.rect(left, y - 3.6, right - left, 5.0, stroke=0, fill=bar)
    c.text(left + 1.5, y, "Omschrijving", font=bold, size=bs)
    for head, x in heads:
        c.text(x, y, head, font=bold, size=bs, align="right")
    c.text(col_amt, y, "Bedrag", font=bold, size=bs, align="right")
    y += 1.4
    c.line(left, y, right, y, width=0.5)

    def row(
        label: str,
        value: Decimal | None,
        *,
        f: str = font,
        cells: dict[str, str] | None = None,
        fname: str | None = None,
        with_cum: bool = True,
    ) -> float:
        nonlocal y
        y += lh + 0.4
        c.text(left + 1.5, y, label, font=f, size=bs if f == bold else fs)
        for key, text in (cells or {}).items():
            c.text(col[key], y, text, font=font, size=fs, align="right")
        if value is not None:
            c.text(
                col_amt,
                y,
                amount(value),
                font=f,
                size=bs if f == bold else fs,
                align="right",
                field=fname,
                value=None if fname is None else money_norm(abs(value)),
            )
            if with_cum and not fiscal_cols:
                c.text(
                    col["Cumulatief"],
                    y,
                    amount(cum(value)),
                    font=font,
                    size=fs,
                    align="right",
                    color=label_c,
                )
        return y

    def rule(x0: float, width: float = 0.3) -> None:
        c.line(x0, y + 1.6, right, y + 1.6, width=width)

    hours_mode = rng.choice(["salaris", "info", "none"])
    salaris: dict[str, str] = {}
    if fiscal_cols:
        salaris["Tabel"] = amount(p.gross_pay)
    if hours_mode == "salaris" and p.hours_worked:
        rate = money(p.gross_pay / p.hours_worked)
        salaris["Tarief"] = money_nl(rate, "nothousands")
    row(
        rng.choice(
            [
                "Salaris",
                "Salaris periode",
                "Maandsalaris" if p.period_number is None else "Salaris 4 weken",
            ]
        ),
        p.gross_pay,
        cells=salaris,
    )
    if hours_mode != "none":
        hours_text = money_nl(p.hours_worked)
        if hours_mode == "info":
            row(rng.choice(["Gewerkte uren", "Uren gewerkt"]), None)
        c.text(
            col["Aantal"],
            y,
            hours_text,
            font=font,
            size=fs,
            align="right",
            field="hours_worked",
            value=money_norm(p.hours_worked),
        )
    rule(col_amt - 26)
    row(
        rng.choice(["Bruto loon", "Brutoloon", "Totaal bruto"]),
        p.gross_pay,
        f=bold,
        fname="gross_pay",
    )
    deductions = [ln for ln in p.other_lines if ln.amount < 0]
    additions = [ln for ln in p.other_lines if ln.amount >= 0]
    for ln in deductions:
        cells = {"Tarief": "4,50%"} if ln.label == "Pensioenpremie" else {}
        if fiscal_cols:
            cells["Tabel"] = amount(ln.amount)
        row(ln.label, ln.amount, cells=cells)
    row(
        rng.choice(["Loonheffing (tabel)", "Loonheffing", "Loonheffing tabel"]),
        -p.wage_tax,
        fname="wage_tax",
    )
    if additions:
        rule(col_amt - 26)
        subtotal = p.gross_pay - p.wage_tax + sum((ln.amount for ln in deductions), Decimal(0))
        row("Netto loon", money(subtotal), f=bold)
        for ln in additions:
            row(ln.label, ln.amount, cells={"Aantal": "1,00"} if rng.random() < 0.5 else None)
    rule(left, 0.6)
    y += 0.8
    final = ["Uit te betalen", "Te betalen", "Netto uitbetaling"]
    if not additions:
        final.append("Netto loon")
    row(rng.choice(final), p.net_pay, f=bold, fname="net_pay", with_cum=False)
    c.line(col_amt - 24, y + 1.6, col_amt, y + 1.6, width=0.4)
    c.line(col_amt - 24, y + 2.4, col_amt, y + 2.4, width=0.4)

    # -- cumulatives / leave balances / employer charges --------------------------------------
    ex = _extras(p)
    idx = _period_index(p)
    y += 13
    mid = 104.0
    if fiscal_cols:
        section(y, f"Cumulatieven t/m periode {idx:02d}", left, mid - 3)
        basis = [
            ("Loon voor de loonheffing", cum(ex["fiscaal"])),
            ("Ingehouden loonheffing", cum(p.wage_tax)),
            ("SV-loon", cum(ex["sv"])),
            ("Verrekende heffingskorting", cum(ex["heffingskorting"])),
        ]
    else:
        section(y, "Grondslagen deze periode", left, mid - 3)
        basis = [
            ("Loon voor de loonheffing", ex["fiscaal"]),
            ("Premieloon werknemersverz.", ex["sv"]),
            ("Loon Zvw", ex["fiscaal"]),
            ("Verrekende heffingskorting", ex["heffingskorting"]),
        ]
    yb = y + 1.5
    for label, val in basis:
        yb += lh
        c.text(left + 1.5, yb, label, font=font, size=fs)
        c.text(mid - 5, yb, amount(val), font=font, size=fs, align="right")

    section(y, rng.choice(["Verlof en reserveringen", "Saldi"]), mid + 3, right)
    yv = y + 1.5 + lh
    for head, x in (("Opbouw", 150.0), ("Opname", 172.0), ("Saldo", right - 1.5)):
        c.text(x, yv, head, font=bold, size=bs - 0.4, align="right", color=label_c)
    per_period = p.job.hours_per_week * 4 / (13 if p.period_number is not None else 12)
    built = money(per_period)
    taken = money(Decimal(rng.choice([0, 0, 4, 8, 16])) * p.job.hours_per_week / 40)
    saldo = money(built * idx + Decimal(rng.randint(0, 60)) - taken * rng.randint(1, 3))
    balances = [
        ("Vakantie-uren", money_nl(built), money_nl(taken), money_nl(max(saldo, built))),
        (
            "Vakantiegeld 8%",
            amount(ex["vakantiegeld"]),
            amount(Decimal(0)),
            amount(cum(ex["vakantiegeld"])),
        ),
    ]
    for label, b_, t_, s_ in balances:
        yv += lh
        c.text(mid + 4.5, yv, label, font=font, size=fs)
        c.text(150, yv, b_, font=font, size=fs, align="right")
        c.text(172, yv, t_, font=font, size=fs, align="right")
        c.text(right - 1.5, yv, s_, font=font, size=fs, align="right")

    y = max(yb, yv) + 10
    section(y, "Werkgeverslasten (ter informatie)")
    charges = [("Premie WGA werkgever", money(p.gross_pay * Decimal("0.0052")))]
    if ex["pension"]:
        charges.append(("Pensioenpremie werkgever", money(-ex["pension"] * Decimal("1.5"))))
    charges += [
        ("Premie Awf", money(p.gross_pay * Decimal("0.0264"))),
        ("Werkgeversheffing Zvw", money(ex["fiscaal"] * Decimal("0.0651"))),
    ]
    yc = y + 1.5
    for i, (label, val) in enumerate(charges):
        x = left + 1.5 if i % 2 == 0 else mid + 4.5
        x_amt = mid - 5 if i % 2 == 0 else right - 1.5
        if i % 2 == 0:
            yc += lh
        c.text(x, yc, label, font=font, size=fs)
        c.text(x_amt, yc, amount(val), font=font, size=fs, align="right")

    y = yc + 10
    notice = rng.choice(
        [
            f"Het netto loon wordt op {date_nl(p.payment_date, 'long')} overgemaakt op uw "
            "rekening. Controleer deze loonstrook; meld onjuistheden binnen 14 dagen bij de "
            "salarisadministratie.",
            "Het vakantiegeld wordt met het salaris van mei uitbetaald. Bewaar uw loonstroken "
            "en jaaropgaaf; u heeft ze nodig voor uw belastingaangifte.",
            "Wijzigingen in uw adres of bankrekeningnummer kunt u doorgeven via het "
            "werknemersportaal of aan de salarisadministratie.",
        ]
    )
    lines = c.wrap(notice, font, fs, right - left - 6)
    c.rect(left, y - 4, right - left, 6.5 + lh * len(lines), stroke=0.4, color=_grey(0.55))
    c.text(left + 3, y + 0.5, "Mededelingen", font=bold, size=bs)
    for i, text in enumerate(lines):
        c.text(left + 3, y + 0.5 + lh * (i + 1), text, font=font, size=fs)

    printed = date_nl(p.payment_date - timedelta(days=rng.randint(2, 6)), "dash")
    c.line(left, 281, right, 281, width=0.3, color=_grey(0.6))
    c.text(
        left,
        285,
        f"{employer.name} · Afdrukdatum {printed}",
        font=font,
        size=fs - 0.8,
        color=label_c,
    )
    c.text(right, 285, "Pagina 1 van 1", font=font, size=fs - 0.8, align="right", color=label_c)
