"""Finding amounts on a line, column-aware: the 'Betaling' column, not '%' or 'Cumulatief'."""

from __future__ import annotations

import contextlib
import itertools
import re
from dataclasses import dataclass
from decimal import Decimal

from extraction.layout_query import PHRASE_GAP, DocView, Line, Span, fold
from extraction.normalize import parse_amount

# header words of columns whose numbers are not the period's amount
SKIP_COLUMNS = (
    "cumulatief", "cumulatieven", "cum.", "cum", "t/m periode", "tot.", "totaal jaar", "jaar", "ytd",
    "%", "perc", "percentage", "tarief", "aantal", "eenheden", "uren", "factor", "saldo",
    "grondslag", "aantal/grondslag", "grondslag/aantal", "basis", "eenheid", "eenheid/tarief",
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
    "grondslag", "aantal/grondslag", "eenheden", "waarde", "periode", "uren",
    "af", "bij", "cum.", "vergoedingen",
}  # fmt: skip


def header_row(view: DocView, line: Line) -> Line | None:
    """The nearest table header row above `line` on its page (3+ words, two header words)."""
    idx = view.lines.index(line)
    below = line
    for above in reversed(view.lines[max(0, idx - 30) : idx]):
        if above.page != line.page:
            return None
        if below.bbox[1] - above.bbox[3] > TABLE_BREAK:
            return None  # white space ends a table: a block under it has columns of its own
        below = above
        folded = {fold(w.text) for w in above.words}
        if len(above.words) >= 3 and len(folded & HEADER_WORDS) >= 2:
            return above  # (one heading word alone is a section title: 'Inhoudingen en premies')
        if _other_heading_row(above):
            return None  # the column headings of another table ('Fiscale gegevens  Tabelloon')
    return None


TABLE_BREAK = 0.022  # a vertical gap (page heights) wider than this is not between two table rows


def _other_heading_row(line: Line) -> bool:
    """A row of column headings: no figures, spread over the page in three or more parts."""
    if any(ch.isdigit() for ch in line.text):
        return False
    gaps = sum(b.bbox[0] - a.bbox[2] > 0.04 for a, b in itertools.pairwise(line.words))
    return gaps >= 2


def skipped_columns(header: Line) -> list[tuple[float, float]]:
    """x-ranges of a table header's columns that hold no period amount."""
    ranges = []
    for w in header.words:
        f = fold(w.text)
        if f in SKIP_COLUMNS or f.startswith("cumul"):
            ranges.append((w.bbox[0] - 0.03, w.bbox[2] + 0.03))
    return ranges


_YTD_TAIL = {
    "t/m",
    "tm",
    "tot",
    "en",
    "met",
    "deze",
    "periode",
    "per.",
    "per",
    "heden",
    "dit",
    "jaar",
}


def header_words(header: Line) -> list[tuple[float, float, bool]]:
    """A table header's words as (x0, x1, skip), skip when the column holds no period amount
    ('Cumulatief', 'Grondslag', all of 'Totaal dit jaar' and 'Cum. t/m per.')."""
    words = [fold(w.text) for w in header.words]
    # a year-to-date heading runs on over its close words: 'Cumulatieven t/m periode', 'Cum.
    # t/m per.', 'Totaal dit jaar' (a column gap is wider than the space between words)
    ytd: set[int] = set()
    for k, w in enumerate(words):
        if not (w.startswith("cumul") or w in {"t/m", "ytd", "cum", "cum."}):
            continue
        ytd.add(k)
        j = k + 1
        while (
            j < len(words)
            and words[j] in _YTD_TAIL
            and header.words[j].bbox[0] - header.words[j - 1].bbox[2] < PHRASE_GAP
        ):
            ytd.add(j)
            j += 1
    out = []
    for k, w in enumerate(header.words):
        around = " ".join(words[max(0, k - 2) : k + 3])
        skip = (
            words[k] in SKIP_COLUMNS
            or k in ytd
            or (words[k] in {"totaal", "dit", "jaar", "t/m", "per.", "per"}
                and ("dit jaar" in around or "t/m" in around or "cum" in around))
        )  # fmt: skip
        out.append((w.bbox[0], w.bbox[2], skip))
    return out


def _owner(
    phrases: list[tuple[float, float, bool]], x0: float, x1: float
) -> tuple[float, float, bool]:
    """The heading an amount at [x0, x1] stands under: the one it overlaps most; else the
    nearest one starting left of it (side-by-side blocks head their rows from the left:
    'Inhoudingen en premies ... -118,15' is not under the next block's 'Cumulatieven'); else
    the nearest."""
    cx = (x0 + x1) / 2
    over = [p for p in phrases if min(x1, p[1]) - max(x0, p[0]) > 0]
    if over:
        return max(over, key=lambda p: min(x1, p[1]) - max(x0, p[0]))
    left = [p for p in phrases if p[0] <= x0]
    pool = left or phrases
    return min(
        pool, key=lambda p: max(0.0, p[0] - x1, x0 - p[1]) + 0.001 * abs((p[0] + p[1]) / 2 - cx)
    )


def period_amounts(view: DocView, line: Line, start: int) -> list[AmountHit]:
    """Amounts right of a label that are not in a '%', 'Cumulatief', 'Aantal', 'Grondslag' or
    'Saldo' column: each amount belongs to the heading it overlaps, else the nearest one."""
    hits = amounts_on_line(line, start)
    header = header_row(view, line) if hits else None  # (looked up once: a hot path)
    cols = skipped_columns(header) if header is not None else []
    phrases = header_words(header) if header is not None else []
    keep = []
    for h in hits:
        x0, _, x1, _ = h.span.bbox
        cx = (x0 + x1) / 2
        if phrases:
            if _owner(phrases, x0, x1)[2]:
                continue
        elif any(a <= cx <= b for a, b in cols):
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
