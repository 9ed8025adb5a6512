"""Finding amounts on a line, column-aware: the 'Betaling' column, not '%' or 'Cumulatief'."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from decimal import Decimal

from extraction.layout_query import DocView, Line, Span, fold
from extraction.normalize import parse_amount

# header words of columns whose numbers are not the period's amount
SKIP_COLUMNS = (
    "cumulatief", "cumulatieven", "cum.", "cum", "t/m periode", "tot.", "totaal jaar", "jaar", "ytd",
    "%", "perc", "percentage", "tarief", "aantal", "eenheden", "uren", "factor", "saldo",
)  # fmt: skip
_AMOUNT_TOKEN = re.compile(
    r"^(?:[-+−–]|-/-)?€?-?\d{1,3}(?:\.\d{3})*,\d{2}-?$|^(?:[-+−–]|-/-)?€?-?\d+,\d{2}-?$"
)


@dataclass(frozen=True, slots=True)
class AmountHit:
    span: Span
    value: Decimal


def amounts_on_line(line: Line, start: int = 0) -> list[AmountHit]:
    """Amounts printed on a line from word `start`, with '€', '-/-', 'Af'/'Bij' and trailing '-'."""
    words = line.words
    out: list[AmountHit] = []
    i = start
    while i < len(words):
        t = words[i].text
        if _AMOUNT_TOKEN.match(t.replace("EUR", "")):
            s, e = i, i + 1
            if s > start and words[s - 1].text in {"€", "EUR", "-/-", "-", "+", "€-", "-€"}:
                s -= 1
                if s > start and words[s - 1].text in {"-", "+", "-/-"}:
                    s -= 1
            if e < len(words) and fold(words[e].text) in {"af", "bij", "-", "cr", "db", "d", "c"}:
                e += 1
            span = Span(line.page, line, s, e)
            try:
                out.append(AmountHit(span, parse_amount(span.text)))
            except ValueError:
                with contextlib.suppress(ValueError):
                    out.append(AmountHit(Span(line.page, line, i, i + 1), parse_amount(t)))
            i = e
        else:
            i += 1
    return out


HEADER_WORDS = {
    "omschrijving", "betaling", "betalingen", "inhouding", "inhoudingen", "bedrag", "uitbetaling",
    "cumulatief", "cumulatieven", "aantal", "tarief", "code", "looncomponent", "vergoeding",
}  # fmt: skip


def header_row(view: DocView, line: Line) -> Line | None:
    """The nearest table header row above `line` on its page (3+ words, one a header word)."""
    idx = view.lines.index(line)
    for above in reversed(view.lines[max(0, idx - 30) : idx]):
        if above.page != line.page:
            return None
        folded = {fold(w.text) for w in above.words}
        if len(above.words) >= 3 and folded & HEADER_WORDS:
            return above
    return None


def skipped_columns(view: DocView, line: Line) -> list[tuple[float, float]]:
    """x-ranges of the columns above `line` whose header says they hold no period amount."""
    header = header_row(view, line)
    if header is None:
        return []
    ranges = []
    for w in header.words:
        f = fold(w.text)
        if f in SKIP_COLUMNS or f.startswith("cumul"):
            ranges.append((w.bbox[0] - 0.03, w.bbox[2] + 0.03))
    return ranges


def period_amounts(view: DocView, line: Line, start: int) -> list[AmountHit]:
    """Amounts right of a label that are not in a '%', 'Cumulatief', 'Aantal' or 'Saldo' column."""
    hits = amounts_on_line(line, start)
    cols = skipped_columns(view, line)
    keep = []
    for h in hits:
        cx = (h.span.bbox[0] + h.span.bbox[2]) / 2
        if any(a <= cx <= b for a, b in cols):
            continue
        keep.append(h)
    return keep


def amount_below(
    view: DocView, label: Span, *, max_lines: int = 2, max_dy: float = 0.05
) -> AmountHit | None:
    """An amount printed under a label (labels above values), overlapping it horizontally."""
    x0, _, x1, y1 = label.bbox
    idx = view.lines.index(label.line)
    for line in view.lines[idx + 1 : idx + 1 + max_lines]:
        if line.page != label.page or line.bbox[1] - y1 > max_dy:
            return None
        for hit in amounts_on_line(line):
            hx0, _, hx1, _ = hit.span.bbox
            if hx1 > x0 - 0.01 and hx0 < x1 + 0.05:
                return hit
    return None
