"""Payslip (loonstrook) layouts."""

from __future__ import annotations

import random

from synth.canvas import DocCanvas
from synth.fmt import date_nl, money_nl, money_norm
from synth.layouts.base import layout
from synth.people import Payslip


def _period_fields(c: DocCanvas, p: Payslip, box: tuple[float, float, float, float], text: str) -> None:
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
    c.text(36, 26, p.job.employer.name, font=bold, size=13, field="employer_name", value=p.job.employer.name)
    e = p.job.employer.address
    c.text(36, 32, f"{e.street} {e.house_number}, {e.postcode_printed} {e.city}", font=font, size=8.5)
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
    c.text(140, y + 15, money_nl(p.hours_worked), font=font, size=9,
           field="hours_worked", value=money_norm(p.hours_worked))  # fmt: skip
    c.text(112, y + 22.5, "Uitbetaald op", font=font, size=9)
    c.text(140, y + 22.5, date_nl(p.payment_date, "dash"), font=font, size=9)

    y = 100
    c.rect(18, y - 6, 174, 8, stroke=0, fill=(0.88, 0.9, 0.95))
    c.text(22, y, "Omschrijving", font=bold, size=9)
    c.text(150, y, "Inhouding", font=bold, size=9, align="right")
    c.text(188, y, "Betaling", font=bold, size=9, align="right")
    y += 9
    c.text(22, y, "Brutoloon", font=font, size=9)
    c.text(188, y, money_nl(p.gross_pay), font=font, size=9, align="right",
           field="gross_pay", value=money_norm(p.gross_pay))  # fmt: skip
    for line in p.other_lines:
        y += 7
        c.text(22, y, line.label, font=font, size=9)
        col = 150 if line.amount < 0 else 188
        c.text(col, y, money_nl(abs(line.amount)), font=font, size=9, align="right")
    y += 7
    c.text(22, y, "Loonheffing", font=font, size=9)
    c.text(150, y, money_nl(p.wage_tax), font=font, size=9, align="right",
           field="wage_tax", value=money_norm(p.wage_tax))  # fmt: skip
    y += 4
    c.line(18, y, 192, y, width=0.6)
    y += 7
    c.text(22, y, "Netto uit te betalen", font=bold, size=10)
    c.text(188, y, money_nl(p.net_pay, "euro"), font=bold, size=10, align="right",
           field="net_pay", value=money_norm(p.net_pay))  # fmt: skip
    c.text(22, 280, f"Loonheffingennummer {p.job.employer.tax_number}", font=font, size=7.5)
