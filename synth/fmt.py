"""How Dutch documents print amounts and dates, in the variants seen on real paper."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from synth.people import MONTHS_NL

MONTHS_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def amount_nl(value: Decimal, *, thousands: bool = True) -> str:
    """`1234.5` -> `1.234,50` (no sign)."""
    q = abs(value).quantize(Decimal("0.01"))
    whole, frac = f"{q:.2f}".split(".")
    if thousands:
        whole = f"{int(whole):,}".replace(",", ".")
    return f"{whole},{frac}"


def money_nl(value: Decimal, style: str = "plain") -> str:
    """A signed amount as printed. Styles:

    plain `1.234,56` / `-1.234,56`; euro `€ 1.234,56` / `€ -1.234,56`; trailing `1.234,56-`;
    afbij `1.234,56 Af` / `1.234,56 Bij`; minus_slash `-/- 12,50`; nothousands `1234,56`.
    """
    neg = value < 0
    body = amount_nl(value, thousands=style != "nothousands")
    if style == "euro":
        return f"€ -{body}" if neg else f"€ {body}"
    if style == "trailing":
        return f"{body}-" if neg else body
    if style == "afbij":
        return f"{body} {'Af' if neg else 'Bij'}"
    if style == "minus_slash":
        return f"-/- {body}" if neg else body
    return f"-{body}" if neg else body


def date_nl(d: date, style: str = "dash") -> str:
    """dash `31-03-2026`, dot `31.03.2026`, slash `31/03/2026`, long `31 maart 2026`,
    short `31 mrt 2026`, iso `2026-03-31`, compact `31-03-26`."""
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "long":
        return f"{d.day} {MONTHS_NL[d.month - 1]} {d.year}"
    if style == "short":
        return f"{d.day} {MONTHS_SHORT[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "compact":
        return d.strftime("%d-%m-%y")
    return d.strftime("%d-%m-%Y")


def money_norm(value: Decimal | None) -> str | None:
    """The CONTRACT's money format: dot, two decimals, '-' for negative."""
    return None if value is None else f"{value.quantize(Decimal('0.01')):.2f}"
