"""Payslip (loonstrook) fields from a page layout."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from extraction.amounts import (
    AmountHit,
    amount_below,
    amounts_on_line,
    header_row,
    period_amounts,
)
from extraction.base import Candidate, Context, Extraction, knowledge, label_words, labels
from extraction.layout_query import (
    PHRASE_GAP,
    DocView,
    Line,
    Span,
    by_identity,
    fold,
    run_end,
    union,
)
from extraction.normalize import (
    MONTHS,
    find_iban,
    money,
    month_range,
    normalize_bsn,
    normalize_name,
    parse_date,
    parse_hours,
    parse_month,
)
from extraction.result import FAIL, PASS, SKIPPED
from ocr.types import BBox, Word

T = "payslip"
_IBAN = re.compile(r"\bN[L1I]\s?[\dO]{2}\s?[A-Z0-9]{4}\s?(?:[\dOIlSB]\s?){10}(?![\dA-Za-z])")
# a 9-digit number, not the start of a loonheffingennummer (RSIN + 'L01')
_BSN = re.compile(r"(?<![\d.])(\d{4}\.?\d{2}\.?\d{3}|\d{3} \d{3} \d{3}|\d{9})(?![\d.]|\s?L\d{2})")
# labels of the employer's own numbers, which pass the same 11-test as a BSN
_EMPLOYER_NUMBER = re.compile(
    r"(loonheffingen?\s*nummer|lh[- ]?nummer|rsin|kvk|fiscaal\s*nummer|btw|"
    r"handelsregister|werkgeversnummer)\W*$",
    re.IGNORECASE,
)
_DATE = r"\d{4}-\d{2}-\d{2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}"
_NUMERIC_DATE = re.compile(r"\d{1,2}[-./]\d{1,2}[-./]\d{4}")
_RANGE = re.compile(rf"({_DATE})\s*(?:t/m|tot en met|-|–|tot)\s*({_DATE})", re.IGNORECASE)
# '1 t/m 31 maart 2026': two days of one month
_DAY_RANGE = re.compile(
    r"(?<![\d-])(\d{1,2})\s*(?:t/m|tot en met|-|–)\s*(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})\b",
    re.IGNORECASE,
)
_MONTH_SHORT_YEAR = re.compile(r"(?<![\w-])([A-Za-z]{3,9})\.?-(\d{2})(?![\w-])")
_MONTH = re.compile(r"(?<!\d)(?<!\d\s)\b([A-Za-z]{3,9})\.?(?:\s+|\s?-\s?)(\d{4})\b")  # 'maart-2026'
# 'Periode 202603', as payroll systems key a month
_YEAR_MONTH = re.compile(r"^(20\d{2})(0[1-9]|1[0-2])$")
_NUMERIC_MONTH = re.compile(r"(?<![\d-])(?:(\d{1,2})[-/](\d{4})|(\d{4})-(\d{2}))(?![\d-])")
_MONTH_NUMBER = re.compile(r"\bmaand\s+(\d{1,2})\s+(\d{4})\b", re.IGNORECASE)
_FOUR_WEEKLY = re.compile(
    r"\bperiode\s*:?\s*(1[0-3]|0?[1-9])\b(?![-/.,]\d)", re.IGNORECASE
)  # 'periode 3' (1-13), not 'periode 86,60' (hours) nor 'periode 03-2026'
_FOUR_WEEKS = re.compile(r"\b4[\s-]?(?:wkn|wk|weken|wekelijks)\b|\bvierweke", re.IGNORECASE)
_COMPANY = re.compile(
    r"\b(B\.?V\.?|N\.?V\.?|V\.?O\.?F\.?|Stichting|Holding|Groep|& Co)\b", re.IGNORECASE
)
_LEGAL_FORM = re.compile(r"B\.V\.?|N\.V\.?|V\.O\.F\.?|BV|NV")
# before 'BV' four digits make it a postcode ('1363 BV Almere'), not a legal form
_POSTCODE_DIGITS = re.compile(r"[1-9]\d{3}")
_POSTCODE = re.compile(r"\b[1-9]\d{3}\s?[A-Z]{2}\b")
TITLE_WORDS = {"loonstrook", "salarisstrook", "salarisspecificatie", "loonspecificatie", "strook",
               "specificatie", "salarisstrookje", "loonstrookje"}  # fmt: skip


def value_spans(view: DocView, label: Span, max_gap: float = 0.3) -> list[Span]:
    """Where a label's value may be: right of it on its line, else under it (labels above
    values). Text that is itself a label (the next card's caption) is not a value."""
    known = label_words(T)
    out = []
    heading = fold(label.text).strip(":") in _HEADINGS
    right = view.right_of(label, max_gap=max_gap, stop={w.split()[0] for w in known if len(w) > 3})
    if (
        right is not None
        and not heading  # beside a section heading stands the next block's heading
        and not _column_header(view, label)  # beside a column's header stands the next one's
        and fold(right.text) not in known
        and fold(right.words[0].text) not in known
    ):
        out.append(right)
    below = view.below(label, clip=True)
    # a row under the label that starts with its own label ('Medewerker  J. de Vries' under a
    # 'Medewerker' heading) is that label's to read
    first = fold(below.words[0].text).strip(":.") if below is not None else ""
    if (
        below is not None
        and fold(below.text) not in known
        and not (len(first) > 3 and first in _vocabulary_words() and len(below.words) > 1)
    ):
        out.append(below)
    return out


_HEADINGS = {fold(h) for h in labels(T, "section_headings")}


def _adjacent(view: DocView, line: Line, step: int) -> Line | None:
    """The line just above (`step` -1) or below (+1) `line` on its page, if it stands within
    three of `line`'s heights (the next row of a table, a header's padding between)."""
    k = view.position(line) + step
    if not 0 <= k < len(view.lines):
        return None
    other = view.lines[k]
    gap = other.bbox[1] - line.bbox[3] if step > 0 else line.bbox[1] - other.bbox[3]
    return other if other.page == line.page and gap <= 3 * (line.bbox[3] - line.bbox[1]) else None


def _in_table_body(view: DocView, label: Span) -> bool:
    """Whether a label's words stand in a row of values under a row of column headers
    ('Pedagogisch medewerker' under 'Functie', a job title, not the employee's label)."""
    line = label.line
    above = _adjacent(view, line, -1)
    if (
        above is None
        or not any(ch.isdigit() for ch in line.text)
        or any(ch.isdigit() for ch in above.text)
        or _colon(above)
        or _colon(line)
    ):
        return False
    headers = _segments(above)
    cell = next((c for c in _segments(line) if label.words[0] in c), list(label.words))
    x0, x1 = cell[0].bbox[0], cell[-1].bbox[2]  # the value's cell, wider than its header
    return len(headers) >= 3 and any(
        c[0].bbox[0] < x1
        and x0 < c[-1].bbox[2]
        and fold(" ".join(w.text for w in c)) != fold(label.text)
        for c in headers
    )


def _column_header(view: DocView, label: Span) -> bool:
    """Whether a label heads a column of a table ('Rekening (IBAN)   Ten name van   Bedrag'
    over 'NL53 SNSB ...   B.H. de Groot   € 1.365,08'): a row of three cells or more without a
    figure, over a row with figures whose cells stand under the headers and whose first cell
    is a value, not the next label (a grid of labels and values, 'Naam  J. Bos' over
    'BSN  123456782', is no table)."""
    line = label.line
    cells = _segments(line)
    if len(cells) < 3 or any(ch.isdigit() for ch in line.text) or _colon(line):
        return False  # 'Werknemer:  E.M. Visser   Loonheffingskorting:  Ja': labels and values
    below = _adjacent(view, line, 1)
    if below is None:
        return False
    values = _segments(below)

    def beneath(c: list[Word]) -> list[list[Word]]:
        return [v for v in values if v[0].bbox[0] < c[-1].bbox[2] and c[0].bbox[0] < v[-1].bbox[2]]

    own = next((c for c in cells if label.words[0] in c), None)
    mine = beneath(own) if own is not None else []
    nxt = next((c for c in cells if own is not None and c[0].bbox[0] > own[-1].bbox[2]), None)
    return (
        # beside a header the next header, not a value ('Naam  Peters, P.Y.W.' over
        # 'Arbeidsduur  32 uur'): no comma, no initials
        (nxt is None or _header_cell(nxt))
        and len(values) >= 2
        and sum(1 for c in cells if beneath(c)) >= 2
        and any(ch.isdigit() for ch in below.text)
        # a row of values holds no labels ('Vestigingsadres  Molenweg 273  BSN/Sofinummer
        # 174 328 412' under 'Werkgever  Zorggroep Het Anker  Naam  H.E. Schouten': a grid)
        and not any(_labelish(v) for v in values)
        # under the label its value, not the next label ('Naam  Öztürk, H.J.' over
        # 'BSN/Sofinummer  864207232': a grid of labels and values)
        and bool(mine)
        and not _labelish(mine[0])
        and not _colon(below)
    )


_INITIALS_WORD = re.compile(r"(?:[A-Z]\.)+")


def _header_cell(cell: list[Word]) -> bool:
    """A table column's header: a few words, no comma, no initials ('Ten name van', 'Bedrag',
    'Pers.nr.'), unlike a name ('Peters, P.Y.W.')."""
    return len(cell) <= 4 and not any(
        "," in w.text or _INITIALS_WORD.fullmatch(w.text) for w in cell
    )


def _labelish(cell: list[Word]) -> bool:
    """A cell that opens with a label's word ('Geboortedatum', 'BSN/Sofinummer')."""
    first = fold(cell[0].text).strip(":.")
    return (
        first in _vocabulary_words()
        or first in _JOB_LABELS
        or first in _NOT_EMPLOYER
        or first.endswith(_LABEL_ENDS)
    )


def _colon(line: Line) -> bool:
    """Whether a line holds a label with its colon ('Geboortedatum:'): labels and values side
    by side, not a table's row of headers or of values."""
    return any(w.text.endswith(":") for w in line.words)


@functools.cache
def _vocabulary_words() -> frozenset[str]:
    return frozenset(w for phrase in label_words(T) for w in phrase.split())


def _label_value(view: DocView, name: str, parse: Callable[[str], Any], *, validate: bool = False,
                 max_gap: float = 0.3, numeric: bool = False,
                 not_label: Callable[[DocView, Span], bool] | None = None,
                 staff_number: bool = False) -> Candidate | None:  # fmt: skip
    """The first value right of or below a label for `name` that parses; if none parses but a
    label was found, the unreadable value (status review, not missing). `not_label` rules out
    hits that only look like the field's label; `staff_number`: a number alone right of the
    label is the staff number printed before the value, which follows it."""
    unreadable: Candidate | None = None
    for label in view.find_labels(labels(T, name)):
        if not_label is not None and not_label(view, label):
            continue
        for span in value_spans(view, label, max_gap):
            if (numeric and _PERCENTAGE.match(span.text)) or (
                staff_number and _STAFF_NUMBER_ONLY.match(span.text)
            ):
                # 'Uren normaal 100%  160,00': the percentage (the pay rate) belongs to the
                # label; 'Werknemer  10234  A. de Vries': the staff number goes before the name
                span = view.right_of(span, max_gap=max_gap) or span
            cand = Candidate.from_span(span, parse, label=label, validate=validate)
            if cand.value is None and numeric and fold(span.words[0].text) not in _COUNTED:
                cand = _after_leader(span, parse, label, validate) or cand
            if cand.value is None and numeric and span.end - span.start > 1:
                # a value in a row of values under a row of labels ('536200002  Zelfstandig
                # werkend kok' under 'BSN  Functie'): its first word
                head = Span(span.page, span.line, span.start, span.start + 1)
                first = Candidate.from_span(head, parse, label=label, validate=validate)
                cand = first if first.value is not None else cand
            if cand.value is not None:
                return cand
            unreadable = unreadable or cand
    return unreadable


# 'Uren week 10': the number after these words counts weeks or periods; it is no value
_COUNTED = {"week", "wk", "weeknr", "periode", "per", "maand", "dag", "dagen"}
_STAFF_NUMBER_ONLY = re.compile(r"^\(?\d{3,9}\)?$")
_PERCENTAGE = re.compile(r"^\d{1,3}(?:[,.]\d{1,2})?\s?%$")


def _after_leader(
    span: Span, parse: Callable[[str], Any], label: Span, validate: bool
) -> Candidate | None:
    """A number after junk that dotted leaders became ('UREN Serene s 103,92'): the shortest
    run of words at the end of the span that parses, marked as such (it costs confidence)."""
    for start in range(span.end - 1, span.start, -1):
        tail = Span(span.page, span.line, start, span.end)
        if not any(ch.isdigit() for ch in tail.words[0].text):
            break
        cand = Candidate.from_span(tail, parse, label=label, validate=validate)
        if cand.value is not None:
            cand.ocr_conf = min(
                cand.ocr_conf, Span(span.page, span.line, span.start, start).confidence
            )
            cand.problems.append(f"text before the value skipped: {span.text!r}")
            return cand
    return None


@dataclass(frozen=True, slots=True)
class _Money:
    """A labelled amount with the label and the amount span it was read from."""

    candidate: Candidate
    label: Span
    amount: Span


def _year_to_date(line: Line, before: float) -> bool:
    """Whether the words of `line` left of `before` name a year-to-date row ('Cumulatieven')."""
    return _year_to_date_text(" ".join(w.text for w in line.words if w.bbox[0] < before))


def _under_year_to_date(view: DocView, line: Line, x0: float) -> bool:
    """Whether the block a word at `x0` stands in is headed by a year-to-date heading
    ('Cumulatieven t/m periode' over one of several side-by-side blocks): looking up the
    column, past the block's own rows (runs with amounts), to the first heading."""
    idx = view.lines.index(line)
    for above in reversed(view.lines[max(0, idx - MAX_BLOCK_ROWS) : idx]):
        if above.page != line.page or line.bbox[1] - above.bbox[3] > 0.15:
            break
        starts = [i for i, w in enumerate(above.words) if abs(w.bbox[0] - x0) < BLOCK_ALIGN]
        if not starts:
            if (
                above.words[0].bbox[0] < x0
                and run_end(above.words, 0) == len(above.words)
                and _year_to_date_text(above.text)
            ):
                return True  # a heading over the whole block ('Cumulatief t/m deze periode')
            continue
        run = Span(above.page, above, starts[0], run_end(above.words, starts[0]))
        if _year_to_date_text(run.text):
            return True
        if not any(ch.isdigit() for w in above.words[starts[0] :] for ch in w.text):
            return False  # another heading (no figures right of it): this block's
    return False


MAX_BLOCK_ROWS = 12
BLOCK_ALIGN = 0.03  # a block's rows start at its heading's left edge, within this


def _year_to_date_text(text: str) -> bool:
    norm = _norm(text)
    return any(_find(norm, p) >= 0 for p in _words("year_to_date"))


def _money_hit(view: DocView, name: str, *, absolute: bool = False) -> _Money | None:
    """The first labelled amount (see `_money_hits`)."""
    return next(_money_hits(view, name, absolute=absolute), None)


def _money_hits(view: DocView, name: str, *, absolute: bool = False) -> Iterator[_Money]:
    """Labelled amounts, best label first, with the label and the amount each was read from;
    not one from a row of year-to-date figures (a column heading over 'Cumulatieven ...')."""
    for label in view.find_labels(labels(T, name)):
        if _year_to_date(label.line, label.bbox[0]) or _under_year_to_date(
            view, label.line, label.bbox[0]
        ):
            continue
        hits = period_amounts(view, label.line, label.end)
        hit = hits[0] if hits else amount_below(view, label)
        if hit is None or _year_to_date(hit.span.line, hit.span.bbox[0]):
            continue
        value = abs(hit.value) if absolute else hit.value
        cand = Candidate(money(value), hit.span.text, hit.span.page, hit.span.bbox, label.score,
                         hit.span.confidence, None)  # fmt: skip
        yield _Money(cand, label, hit.span)


def _first_run(line: Line, start: int = 0) -> Span:
    """The words of a line up to the first wide gap (the name, not a title printed far right)."""
    return Span(line.page, line, start, run_end(line.words, start))


def _logo_skip(line: Line) -> int:
    """Index of the first real word: a short token set apart on the left is a logo read as text."""
    w = line.words
    if len(w) > 1 and len(w[0].text) <= 2 and w[1].bbox[0] - w[0].bbox[2] > 0.025:
        return 1
    # a lone letter or mark before a capitalised name ('A Callcenter Bereikbaar B.V.'): the logo
    if len(w) > 2 and len(w[0].text) == 1 and w[1].text[:1].isupper() and w[1].text != "&":
        return 1
    return 0


# words of pay lines: 'Werkgeversheffing Zvw' under a 'Werkgever' heading is no employer
_PAY_LINE = re.compile(
    r"heffing|premie|pensioen|\bzvw\b|vakantiegeld|reservering|toeslag|\buren\b|\bsalaris\b|"
    r"\bbruto\b|\bnetto\b|inhouding|\bloon\b|\d,\d{2}\b"
)


# words that name a field or a column, never an employer
_NOT_EMPLOYER = {"omschrijving", "werknemer", "werkgever", "medewerker", "loonheffingennummer",
                 "organisatie-eenheid", "afdeling", "kostenplaats", "naam", "periode", "functie",
                 "personeelsnummer", "adres", "datum"}  # fmt: skip


def _employer_name(text: str) -> str:
    # 'Logistiek Centrum Noord B.V. · Rembrandtlaan 64, ...': the name before the separator
    text = re.split(r"\s[·|•]\s", text, maxsplit=1)[0]
    words = text.split()
    colon = next((i for i, w in enumerate(words) if i and w.endswith(":")), None)
    if colon is not None:  # 'Bakkerij de Gouden Korst B.V.  Tabel LH......: Wit': the next label
        ends = [i for i, w in enumerate(words[:colon]) if _LEGAL_FORM.fullmatch(w.strip(",."))]
        if not ends:
            raise ValueError(f"another label inside the value: {text!r}")
        text = " ".join(words[: ends[-1] + 1])
    words = {fold(w).strip(":.") for w in text.split()}
    if _PAY_LINE.search(fold(text)) or words & _NOT_EMPLOYER:
        raise ValueError(f"a pay line or a label, not an employer: {text!r}")
    return normalize_name(text)


def _employer(view: DocView, employee: Candidate | None) -> Candidate | None:
    labelled = _label_value(
        view,
        "employer_name",
        _employer_name,
        not_label=lambda v, h: (
            _names_parent(h) or _qualifier(v, h) or _in_sentence(h) or _in_table_body(v, h)
        ),
    )
    if labelled is not None and labelled.value is not None:
        if any(p.ocr for p in view.pages):
            full = _with_legal_form(view, labelled)
            if full is not labelled:  # 'Callcenter Bereikbaar' beside '... Bereikbaar B.V.' in
                # the footer: OCR may have dropped the legal form, or the label printed none
                full.label_score, full.doubt = labelled.label_score, True
                full.problems.append("the legal form printed elsewhere, not by the label")
                return full
        return labelled
    named = _name_in_block(view, "employer_name")  # 'Werkgever' over 'Naam: Van Rijn B.V.'
    if named is not None:
        return named
    registered = _registered_name(view)  # 'Zorggroep Het Anker is ingeschreven bij de KvK'
    if registered is not None:
        return registered
    top = _employer_on_top(view, employee)  # else the company name printed at the top
    if top is not None:
        return _with_legal_form(view, top)
    return _employer_in_footer(view) or labelled  # else in the footer


def _qualifier(view: DocView, label: Span) -> bool:
    """'Premie WW (werkgever)': a word in brackets qualifies what stands before it."""
    return label.text.startswith("(")


def _in_sentence(label: Span) -> bool:
    """A label word inside a sentence ('... kunt u doorgeven aan uw werkgever.') is prose."""
    words = label.line.words
    a, b = label.start, label.end
    while a > 0 and words[a].bbox[0] - words[a - 1].bbox[2] < PHRASE_GAP:
        a -= 1
    while b < len(words) and words[b].bbox[0] - words[b - 1].bbox[2] < PHRASE_GAP:
        b += 1
    return _sentence([w.text for w in words[a:b]])


def _sentence(run: list[str]) -> bool:
    """Words of running text: a full stop after four or more words, or six or more words mostly
    in lower case."""
    if sum(t.endswith(":") for t in run) >= 2:
        return False  # a row of 'Label: value' pairs
    if len(run) >= 4 and run[-1].endswith(".") and sum(ch.isalpha() for ch in run[-1]) > 2:
        return True
    return len(run) >= 6 and sum(t.isalpha() and t.islower() for t in run) >= 0.6 * len(run)


def _block_heading(view: DocView, line: Line, x0: float) -> str | None:
    """The heading right over a row starting at `x0` ('Werkgever' over 'Naam: ...'): the
    nearest line above with words there, if it is a lone run of words, no figures, no colon."""
    idx = view.lines.index(line)
    for above in reversed(view.lines[max(0, idx - MAX_BLOCK_ROWS) : idx]):
        if above.page != line.page or line.bbox[1] - above.bbox[3] > HEADING_REACH:
            return None
        starts = [i for i, w in enumerate(above.words) if abs(w.bbox[0] - x0) < BLOCK_ALIGN]
        if not starts:
            continue
        end = run_end(above.words, starts[0])
        run = Span(above.page, above, starts[0], end)
        beside = above.words[end] if end < len(above.words) else None
        if (
            ":" not in run.text
            and not any(ch.isdigit() for ch in run.text)
            and len(run.words) <= 3
            # a heading stands alone in its block: what follows is another block's heading
            and (beside is None or beside.bbox[0] - run.bbox[2] > HEADING_APART)
        ):
            return fold(run.text)
        return None  # a row of the block's own: the heading is not right over this row
    return None


HEADING_APART = 0.2  # a word this far right of a heading is in another block
HEADING_REACH = 0.03  # a block's heading stands at most this far (page heights) over its row


def _name_in_block(view: DocView, name: str) -> Candidate | None:
    """A 'Naam' row in the block under a heading for `name` ('Werkgever' / 'Naam: ...')."""
    heads = {fold(h) for h in labels(T, name)}
    for label in view.find_labels(["naam"]):
        if _block_heading(view, label.line, label.bbox[0]) not in heads:
            continue
        span = view.right_of(label, max_gap=0.3)
        if span is not None:
            cand = Candidate.from_span(span, _employer_name, label=label)
            if cand.value is not None:
                return cand
    return None


def _names_parent(label: Span) -> bool:
    """'Een organisatie van Vitaal Retail Groep N.V.': a sentence about the parent company."""
    return bool(_PARENT.search(fold(label.line.text)))


def _with_legal_form(view: DocView, name: Candidate) -> Candidate:
    """A letterhead name without its legal form ('Horeca Groep Centrum') whose full name is
    printed elsewhere, as in the footer ('Horeca Groep Centrum B.V. · Loonheffingennummer'):
    the full name."""
    if not name.value or _LEGAL_FORM.search(str(name.value)):
        return name
    want = fold(str(name.value)).split()
    for line in view.lines:
        words = [fold(w.text) for w in line.words]
        for i in range(len(words) - len(want)):
            end = i + len(want)
            if words[i:end] == want and _LEGAL_FORM.fullmatch(line.words[end].text.strip(",.·")):
                span = Span(line.page, line, i, end + 1)
                text = span.text.strip(" ,·")
                return Candidate(
                    text, text, span.page, span.bbox, TOP_COMPANY_SCORE, span.confidence, None
                )
    return name


_REGISTERED = re.compile(
    r"^(?P<name>\D+?)\s+(?:is\s+)?ingeschreven\s+(?:bij|in)\s+(?:de\s+|het\s+)?"
    r"(?:kvk|k\.v\.k\.|kamer\s+van\s+koophandel|handelsregister)",
    re.IGNORECASE,
)
REGISTERED_SCORE = 0.5  # label quality of an employer named by its registration at the KvK


def _registered_name(view: DocView) -> Candidate | None:
    """The company a sentence says is registered with the Chamber of Commerce ('Zorggroep Het
    Anker is ingeschreven bij de KvK onder nummer ...'), as a line opens with it or after a
    separator."""
    for line in view.lines:
        starts = [0] + [i + 1 for i, w in enumerate(line.words) if w.text in _SEPARATORS]
        for start in starts:
            text = " ".join(w.text for w in line.words[start:])
            m = _REGISTERED.match(text)
            if m is None or not 1 <= len(m["name"].split()) <= 8:
                continue
            n = len(m["name"].split())
            span = Span(line.page, line, start, start + n)
            try:
                value = _employer_name(span.text)
            except ValueError:
                continue
            return Candidate(value, span.text, span.page, span.bbox, REGISTERED_SCORE,
                             span.confidence, None)  # fmt: skip
    return None


FOOTER_TOP = 0.85  # a footer line starts this far down the page
FOOTER_COMPANY_SCORE = 0.3  # label quality of an employer found only in the footer


def _employer_in_footer(view: DocView) -> Candidate | None:
    """A letter whose letterhead is a logo ('HGC') names the employer in its footer: a name
    with a legal form opening a footer line, before the first separator ('Horeca Groep Centrum
    B.V. · Julianalaan 193 · ...')."""
    first = view.pages[0].number if view.pages else 1
    for line in view.lines:
        if line.page != first or line.bbox[1] < FOOTER_TOP or _PARENT.search(fold(line.text)):
            continue
        cut = next((i for i, w in enumerate(line.words) if w.text in _SEPARATORS), None)
        words = line.words[:cut]
        if len(words) < 2 or not _LEGAL_FORM.fullmatch(words[-1].text.strip(",.")):
            continue
        if {fold(w.text).strip(":.") for w in words} & _NOT_EMPLOYER:
            continue
        span = Span(line.page, line, 0, len(words))
        return Candidate(_as_printed(span.text), span.text, span.page, span.bbox,
                         FOOTER_COMPANY_SCORE, span.confidence, None)  # fmt: skip
    return None


_PARENT = re.compile(r"\b(?:onderdeel|organisatie|dochter|lid|bedrijf|deel) van\b|\bpart of\b")
# label quality of an employer found without a label but with a legal form or company word
# ('… B.V.', 'Stichting …'): on the dev layouts' scans such names are right 93 % of the time,
# a plain first line of the letterhead 76 %
TOP_COMPANY_SCORE = 0.5
_SEPARATORS = {"·", "|", "•", "◦", "–", "—"}


def _employer_on_top(view: DocView, employee: Candidate | None) -> Candidate | None:
    # else the company name printed at the top: a line with a legal form, or the first line
    first_page = [ln for ln in view.lines if ln.page == (view.pages[0].number if view.pages else 1)]
    # 'Een organisatie van ... N.V.', 'onderdeel van ...': the parent, not the employer
    top = [ln for ln in first_page if ln.bbox[1] < 0.2 and not _PARENT.search(fold(ln.text))]
    for line in top:
        ends = [
            i
            for i, w in enumerate(line.words)
            if _LEGAL_FORM.fullmatch(w.text.strip(",."))
            and not (i and _POSTCODE_DIGITS.fullmatch(line.words[i - 1].text))  # '1363 BV'
        ]
        if ends or _COMPANY.search(_POSTCODE.sub(" ", line.text)):
            first = _logo_skip(line)
            if first < len(line.words) - 1 and line.words[first].text.endswith(":"):
                first += 1  # 'Naam: Transportbedrijf Van Rijn B.V.'

            span = (
                Span(line.page, line, first, ends[-1] + 1)
                if ends and ends[-1] >= first
                else _first_run(line, first)
            )
            return Candidate(
                _as_printed(span.text),
                span.text,
                span.page,
                span.bbox,
                TOP_COMPANY_SCORE,
                span.confidence,
                None,
            )
    for line in top:
        if _title_words([fold(w.text) for w in line.words[:2]]) or _in_window(view, line):
            continue  # 'Mevrouw E. van Leeuwen' in the envelope window: a person
        # a letterhead line 'Thuiszorg Samen · Lindenlaan 127 · 4874 KA Breda': its first part
        cut = next((i for i, w in enumerate(line.words) if w.text in _SEPARATORS), None)
        if cut is not None and cut >= 2:
            line = Line(line.page, line.index, line.words[:cut])
        words = [w for w in line.words if fold(w.text) not in TITLE_WORDS and len(w.text) > 1]
        # digits in the name itself mean an address or a number, not a name ('Loonlijn 365'
        # printed far right is a second item of the line)
        if len(words) >= 2 and not any(
            ch.isdigit() for ch in _first_run(line, _logo_skip(line)).text
        ):
            if employee is not None and employee.text and employee.text in line.text:
                continue
            if {fold(w.text).strip(":.") for w in line.words} & _NOT_EMPLOYER:
                continue  # a row of labels or column headings
            skip = _logo_skip(line)
            idx = [i for i, w in enumerate(line.words) if w in words and i >= skip]
            if not idx:
                continue
            span = _first_run(line, idx[0])
            if span.text.endswith(":") and len(span.words) == 1:
                continue  # 'Bedrijf:': a label, its value after it
            folded = fold(span.text).strip(":.")
            if folded in label_words(T) or folded.endswith(_LABEL_ENDS):
                continue  # 'BSN/Sofinummer   856 757 846', 'Betaaldatum': a label, not a name
            if _CONFIDENTIAL.search(folded):
                continue  # 'Persoonlijk en vertrouwelijk' over the envelope window
            return Candidate(
                _as_printed(span.text), span.text, span.page, span.bbox, 0.0, span.confidence, None
            )
    return None


_LABEL_ENDS = ("datum", "nummer", "nr")
_CONFIDENTIAL = re.compile(r"\b(?:vertrouwelijk|persoonlijk|confidential)\b")


def _as_printed(text: str) -> str:
    """A company name found without a label, with the marks OCR glues to its ends removed."""
    try:
        return normalize_name(text)
    except ValueError:  # digits in it ('Bureau 24 B.V.'): only the ends cleaned
        return text.strip(" ,")


def _period(view: DocView) -> tuple[Candidate | None, Candidate | None]:
    for label in view.find_labels(labels(T, "period")):
        if _in_sentence(label):
            continue  # '... staan de bedragen van de maand in HR Selfservice.'
        spans = [
            sp
            for sp in (view.right_of(label, max_gap=0.35), view.below(label))
            if sp is not None and not _sentence([w.text for w in sp.words])
        ]
        for span in spans:
            got = _period_from(span, label)
            if got is not None:
                return got
    return _month_and_year(view) or _start_and_end(view) or _period_unlabelled(view) or (None, None)


_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_START_LABEL = re.compile(r"(?:^|\b)(?:periode\s+)?(?:van|vanaf|begindatum|ingangsdatum)$")
_END_LABEL = re.compile(r"(?:^|\b)(?:periode\s+)?(?:t/m|tot\s+en\s+met|tm|einddatum)$")


def _start_and_end(view: DocView) -> tuple[Candidate, Candidate] | None:
    """'Van: 1-12-2025' and 'Periode t/m: 31-12-2025' in two cells: the period, when the two
    dates are a week to 45 days apart, in that order."""
    found: dict[str, Span] = {}
    for line in view.lines:
        for i, w in enumerate(line.words[:-1]):
            if not w.text.endswith(":") or not _NUMERIC_DATE.fullmatch(line.words[i + 1].text):
                continue
            start = max(0, i - 2)  # the label: up to three words ending in the colon
            label = " ".join(fold(x.text).strip(":") for x in line.words[start : i + 1])
            for kind, pattern in (("start", _START_LABEL), ("end", _END_LABEL)):
                if pattern.search(label) and kind not in found:
                    found[kind] = Span(line.page, line, i + 1, i + 2, UNLABELLED_PERIOD_SCORE)
    if len(found) < 2:
        return None
    a, b = found["start"], found["end"]
    try:
        start, end = parse_date(a.text), parse_date(b.text)
    except ValueError:
        return None
    if not MIN_PERIOD_DAYS <= (end - start).days <= 45:
        return None
    common = {"page": a.page, "bbox": a.bbox if a.page != b.page else union([a.bbox, b.bbox]),
              "ocr_conf": min(a.confidence, b.confidence), "label_score": 1.0}  # fmt: skip
    return _period_pair((start, end), f"{a.text} t/m {b.text}", common)


def _month_and_year(view: DocView) -> tuple[Candidate, Candidate] | None:
    """'Maand: maart' and 'Jaar: 2026' in two boxes."""
    for label in view.find_labels(labels(T, "month")):
        span = view.right_of(label, max_gap=0.2) or view.below(label)
        month = fold(span.words[0].text).strip(".:") if span else ""
        if span is None or month not in MONTHS:
            continue
        for ylabel in view.find_labels(labels(T, "year")):
            yspan = view.right_of(ylabel, max_gap=0.2) or view.below(ylabel)
            if yspan is None or not _YEAR.match(yspan.words[0].text):
                continue
            bbox = span.bbox if span.page != yspan.page else union([span.bbox, yspan.bbox])
            common = {"page": span.page, "bbox": bbox, "label_score": min(label.score, ylabel.score),
                      "ocr_conf": min(span.confidence, yspan.confidence)}  # fmt: skip
            bounds = parse_month(f"{month} {yspan.words[0].text}")
            return _period_pair(bounds, f"{span.text} {yspan.text}", common)
    return None


UNLABELLED_PERIOD_SCORE = 0.5  # label quality of a period found without a period label


def _period_unlabelled(view: DocView) -> tuple[Candidate, Candidate] | None:
    """No period label: the month or date range in the title ('Salarisstrook maart 2026'), else
    the first date range of at most 45 days on the first page (payslips print no other)."""
    first = view.pages[0].number if view.pages else 1
    lines = [ln for ln in view.lines if ln.page == first]
    for line in lines:
        if line.bbox[1] < 0.35 and {fold(w.text).strip(":") for w in line.words} & TITLE_WORDS:
            span = Span(line.page, line, 0, len(line.words), UNLABELLED_PERIOD_SCORE)
            got = _period_from(span, span)
            if got is not None:
                return got
    for line in lines:  # a month set apart in the letterhead: 'Vondelstraat 166     Januari 2026'
        if line.bbox[1] > 0.35:
            break
        for seg in _segments(line):
            text = " ".join(w.text for w in seg)
            m = _MONTH.fullmatch(text)
            if (
                (m and m[1].lower() in MONTHS)
                or _MONTH_NUMBER.fullmatch(text)
                or _NUMERIC_MONTH.fullmatch(text)  # '02-2026' set apart
            ):
                span = Span(line.page, line, line.words.index(seg[0]),
                            line.words.index(seg[-1]) + 1, UNLABELLED_PERIOD_SCORE)  # fmt: skip
                got = _period_from(span, span)
                if got is not None:
                    return got
    for line in lines:
        if _RANGE.search(line.text) or _DAY_RANGE.search(line.text):
            span = Span(line.page, line, 0, len(line.words), UNLABELLED_PERIOD_SCORE)
            got = _period_from(span, span)
            if got is not None and got[0].valid:
                return got
    return _bare_range(lines)


MIN_PERIOD_DAYS = 6  # two dates a week or more apart, the first earlier: a period, not two events


def _bare_range(lines: list[Line]) -> tuple[Candidate, Candidate] | None:
    """Two dates side by side at the top, their dash set apart or lost ('01-11-2025  30-11-2025'
    with the '-' on a line of its own): the period, when they span one to 45 days."""
    for line in lines:
        if line.bbox[1] > 0.35:
            break
        words = line.words
        for a, b in itertools.pairwise(words):
            if not (_NUMERIC_DATE.fullmatch(a.text) and _NUMERIC_DATE.fullmatch(b.text)):
                continue
            try:
                start, end = parse_date(a.text), parse_date(b.text)
            except ValueError:
                continue
            if MIN_PERIOD_DAYS <= (end - start).days <= 45:
                k = words.index(a)
                span = Span(line.page, line, k, k + 2, UNLABELLED_PERIOD_SCORE)
                common = {"page": span.page, "bbox": span.bbox, "ocr_conf": span.confidence,
                          "label_score": UNLABELLED_PERIOD_SCORE}  # fmt: skip
                return _period_pair((start, end), span.text, common)
    return None


def _period_from(span: Span, label: Span) -> tuple[Candidate, Candidate] | None:
    text = span.text
    common = {
        "page": span.page,
        "bbox": span.bbox,
        "label_score": label.score,
        "ocr_conf": span.confidence,
    }
    if m := _RANGE.search(text):
        try:
            a, b = parse_date(m[1]), parse_date(m[2])
        except ValueError as e:
            bad = Candidate(None, text, valid=False, problems=[str(e)], **common)
            return bad, Candidate(None, text, valid=False, problems=[str(e)], **common)
        ok = a <= b and (b - a).days <= 45
        problems = [] if ok else [f"implausible period {a} - {b}"]
        return (Candidate(a.isoformat(), text, valid=ok, problems=list(problems), **common),
                Candidate(b.isoformat(), text, valid=ok, problems=list(problems), **common))  # fmt: skip
    if (m := _DAY_RANGE.search(text)) and m[3].lower() in MONTHS:
        try:
            a, b = (date(int(m[4]), MONTHS[m[3].lower()], int(m[k])) for k in (1, 2))
        except ValueError as e:
            bad = Candidate(None, text, valid=False, problems=[str(e)], **common)
            return bad, Candidate(None, text, valid=False, problems=[str(e)], **common)
        if a < b:
            pair = _period_pair((a, b), text, common)
            if (a, b) != month_range(
                a.year, a.month
            ):  # part of a month: joined or left, or misread
                for c in pair:
                    c.doubt = True
                    c.problems.append("a period of part of a month")
            return pair
    m = _MONTH_NUMBER.search(text)  # 'Periode: maand 7 2026', 'Tijdvak: maand 3 2026'
    if m and 1 <= int(m[1]) <= 12:
        return _period_pair(month_range(int(m[2]), int(m[1])), text, common)
    if _FOUR_WEEKLY.search(f"{label.text} {text}") or any(
        _FOUR_WEEKS.search(t) for t in (label.line.text, text)
    ):
        # 'periode 3', 'Per. 06/2026 (4 wkn)': dates may follow on the next line, else no
        # calendar dates ('06/2026' is the sixth four-week period, not June)
        return None
    for m in _MONTH.finditer(text):
        if m[1].lower() in MONTHS:
            return _period_pair(parse_month(f"{m[1]} {m[2]}"), text, common)
    if (m := _MONTH_SHORT_YEAR.search(text)) and m[1].lower() in MONTHS:  # 'dec-25' (Excel)
        return _period_pair(month_range(2000 + int(m[2]), MONTHS[m[1].lower()]), text, common)
    if m := _NUMERIC_MONTH.search(text):  # '03-2026', '3/2026', '2026-03'
        month, year = (int(m[1]), int(m[2])) if m[1] else (int(m[4]), int(m[3]))
        if 1 <= month <= 12 and 2000 <= year <= 2100:
            return _period_pair(month_range(year, month), text, common)
    if m := _YEAR_MONTH.match(text.strip()):
        return _period_pair(month_range(int(m[1]), int(m[2])), text, common)
    return None


def _period_pair(
    bounds: tuple[date, date], text: str, common: dict[str, Any]
) -> tuple[Candidate, Candidate]:
    """Start and end candidates of a pay period (a calendar month, or two printed dates)."""
    return (Candidate(bounds[0].isoformat(), text, valid=True, **common),
            Candidate(bounds[1].isoformat(), text, valid=True, **common))  # fmt: skip


def _segments(line: Line) -> list[list[Word]]:
    """A line's runs of words, cut at wide gaps."""
    out: list[list[Word]] = []
    k = 0
    while k < len(line.words):
        e = run_end(line.words, k)
        out.append(list(line.words[k:e]))
        k = e
    return out


def _four_weekly_without_dates(view: DocView) -> tuple[Candidate, Candidate] | None:
    """'periode 3' printed, no dates anywhere near: CONTRACT says null with status review."""
    for label in view.find_labels(labels(T, "period")):
        # on the label's line, or the value under a column's header ('Tijdvak' over
        # '4-weken periode 12/2025')
        texts = [label.line.text, *(v.text for v in value_spans(view, label))]
        if m := next(
            (m for t in texts if (m := _FOUR_WEEKLY.search(t) or _FOUR_WEEKS.search(t))), None
        ):
            span = view.right_of(label) or label
            why = ["four-weekly period without printed dates: not converted to a calendar"]
            common = {
                "page": span.page,
                "bbox": span.bbox,
                "label_score": label.score,
                "ocr_conf": span.confidence,
            }
            return (Candidate(None, m[0], valid=None, problems=list(why), **common),
                    Candidate(None, m[0], valid=None, problems=list(why), **common))  # fmt: skip
    return None


_HOURS = re.compile(
    r"(?<![\d,.])(\d{1,3}(?:[,.]\d{1,2})?)\s*(?:uur|uren)\b(?!\s*(?:per|p/?w|/))", re.I
)
_NOT_WORKED = {"arbeidsduur", "contracturen", "contract", "week", "weekuren", "deeltijd", "parttime",
               "fulltime", "roosteruren", "normuren", "verlof", "vakantie", "saldo", "ziekte", "toeslag", "onregelmatig"}  # fmt: skip


_QUANTITY = re.compile(r"^\d{1,4}(?:[,.]\d{1,2})?$")  # '51,96', '160': not '18,2286' nor '100%'
QUANTITY_HEADERS = {"aantal", "eenheden", "uren", "aantal/eenheden", "hoeveelheid", "eenheid",
                    "aantal/grondslag", "uren/dagen"}  # fmt: skip
_HOURLY = re.compile(r"\b(?:uur|uren|uurloon)\b")


_CONTRACT_HOURS = {"per", "p/w", "pw", "p.w.", "contract"}


_STAFF_NUMBER = re.compile(r"^\d{3,9}\s*[-–/|:]?\s+(?=\D)|\s+(?:[-–/|]\s*)?\(?\d{3,9}\)?$")


def _labelled_employee(view: DocView, max_gap: float = 0.3) -> Candidate | None:
    """The name right of or under an employee label (not one that names someone else)."""
    return _label_value(
        view,
        "employee_name",
        _person_name,
        max_gap=max_gap,
        not_label=lambda v, h: _names_someone_else(v, h) or _in_sentence(h) or _in_table_body(v, h),
        staff_number=True,
    )


def _set_far_right(view: DocView) -> Candidate | None:
    """'Werknemer                      J. Bos': a row of label and value whose value is set
    right, far from its label (a short name right-aligned in its column); taken only when it
    ends its line."""
    far = _labelled_employee(view, max_gap=FAR_RIGHT_GAP)
    if far is None or far.value is None or far.bbox is None:
        return None
    x1, cy = far.bbox[2], (far.bbox[1] + far.bbox[3]) / 2
    for line in view.lines:
        if (
            line.page == far.page
            and line.bbox[1] <= cy <= line.bbox[3]
            and any(w.bbox[0] > x1 + 0.005 for w in line.words)
        ):
            return None  # more follows on the row: another column's, not this label's
    return far


FAR_RIGHT_GAP = 0.6  # page widths between a label and a value set right


def _person_name(text: str) -> str:
    """A name, not the next label ('Personeelsnummer') nor a logo's letters ('DL'); a staff
    number printed with it ('10234  A. de Vries', 'A. de Vries (10234)') is not part of it."""
    text = _STAFF_NUMBER.sub("", text.strip())
    first = fold(text.split()[0]).strip(":.") if text.split() else ""
    if (
        (len(first) > 3 and first in _vocabulary_words())
        or first in _JOB_LABELS
        or first in _NOT_EMPLOYER
        or first in {"en", "of", "en/of", "&"}  # 'Naam en adres werknemer': the label goes on
        or first.endswith(("nummer", "nr", "datum"))
    ):
        raise ValueError(f"a label, not a name: {text!r}")
    if len(text.split()) == 1 and text.isupper() and len(text) <= 4:
        raise ValueError(f"letters of a logo, not a name: {text!r}")
    return normalize_name(text)


def _names_someone_else(view: DocView, label: Span) -> bool:
    """Whether a name label is the head of a longer label for another name ('Naam werkgever',
    'Naam contactpersoon:'): a word it runs on into, up to a colon, names someone else."""
    words = label.line.words
    before = fold(words[label.start - 1].text).strip(":.") if label.start else ""
    if before in _JOB_LABELS:
        return True  # 'Functie  Medewerker kwekerij': a job title
    heading = _block_heading(view, label.line, label.bbox[0])
    if heading is not None and heading in _OTHER_NAMES_PHRASES:
        return True  # 'Naam:' in the block under 'Werkgever'
    if words[label.end - 1].text.endswith(":"):
        return False
    for prev, w in itertools.pairwise(words[label.end - 1 : label.end + 3]):
        if w.bbox[0] - prev.bbox[2] > PHRASE_GAP:
            break
        if fold(w.text).strip(":.") in _OTHER_NAMES:
            return True
        if w.text.endswith(":"):
            break
    return False


_JOB_LABELS = {
    "functie",
    "functienaam",
    "beroep",
    "afdeling",
    "dienstverband",
    "functieomschrijving",
}
_OTHER_NAMES_PHRASES = {fold(p) for p in [*labels(T, "employer_name"), *labels(T, "other_name")]}
_OTHER_NAMES = {fold(w) for p in [*labels(T, "employer_name"), *labels(T, "other_name")]
                for w in p.split()}  # fmt: skip


def _not_hours_label(view: DocView, label: Span) -> bool:
    """An 'Uren' that is no label of the hours worked: a heading of the wage-components table
    (what stands under it is the table), 'Uren per week' (contract hours), or a word of a pay
    line ('Toeslag onregelmatige uren  38,91')."""
    return (
        _header_columns(label.line) is not None
        or _contract_after(label.line, label.end - 1)
        or view.inside_phrase(label)
    )


def _hours_in_table(view: DocView, *, by_column: bool = False) -> Candidate | None:
    """Hours as the quantity of a components-table row ('Gewerkte uren  51,96  18,2286
    947,16', 'Uurloon  103,92  14,50  1.506,84'): the number under the table's quantity
    column ('Aantal', 'Eenheden', 'Uren') on a row that is about hours. `by_column` (when no
    label named the hours): under a column headed 'Uren' itself ('Uren per week' is contract
    hours) the row need not say so ('Salaris  160,00  15,00  2.400,00'): the first row with
    hours there (more than one, two decimals) and an amount right of them."""
    for line in view.lines:
        desc = _norm(" ".join(w.text for w in line.words if not any(ch.isdigit() for ch in w.text)))
        if any(n in desc for n in _NOT_WORKED) or (not by_column and not _HOURLY.search(desc)):
            continue
        if by_column and not any(_TABLE_HOURS.match(w.text) for w in line.words):
            continue
        header = header_row(view, line)
        if header is None:
            continue
        cols = [
            w
            for i, w in enumerate(header.words)
            if fold(w.text).strip(".:") in QUANTITY_HEADERS
            and not (
                by_column and (fold(w.text).strip(".:") != "uren" or _contract_after(header, i))
            )
        ]
        if len(cols) != 1:
            continue
        col = cols[0].bbox
        for i, w in enumerate(line.words):
            cx = (w.bbox[0] + w.bbox[2]) / 2
            if not (_QUANTITY.match(w.text) and col[0] - 0.04 <= cx <= col[2] + 0.04):
                continue
            if by_column and not (_TABLE_HOURS.match(w.text) and amounts_on_line(line, i + 1)):
                continue
            try:
                value = parse_hours(w.text)
            except ValueError:
                continue
            if by_column and Decimal(value) <= 1:
                continue  # 'Salaris  1,00': one month's salary, not hours
            span = Span(line.page, line, i, i + 1)
            return Candidate(value, w.text, line.page, span.bbox, 0.8, span.confidence, None)
    return None


_TABLE_HOURS = re.compile(r"^\d{1,3}[,.]\d{2}$")


def _contract_after(line: Line, i: int) -> bool:
    """Whether the word after `line.words[i]` makes it contract hours ('Uren per week')."""
    after = [fold(w.text) for w in line.words[i + 1 : i + 2]]
    return bool(after) and after[0] in _CONTRACT_HOURS


def _hours_unlabelled(view: DocView) -> Candidate | None:
    """No hours label: '103,92 uur' printed once (not contract hours, 'per week', leave)."""
    found = []
    for span, m in view.search(_HOURS):
        before = {fold(w.text).strip(":") for w in span.line.words[: span.start + 1]}
        if before & _NOT_WORKED:
            continue
        try:
            found.append(Candidate(parse_hours(m[1]), m[0], span.page, span.bbox, 0.0,
                                   span.confidence, None, ["hours found without a label"]))  # fmt: skip
        except ValueError:
            continue
    if len({c.value for c in found}) == 1:
        return found[0]
    return None


def _bsn(view: DocView) -> Candidate | None:
    # a labelled value, or the unreadable value of a found label (review, not missing)
    cand = _label_value(view, "employee_bsn", normalize_bsn, validate=True, numeric=True)
    if cand is not None and cand.value is None and cand.bbox is not None:
        # the label's value unreadable where expected: one number on the label's own line that
        # passes the 11-test (a rotated photo reads a line's words out of order)
        on_line = [
            (span, m)
            for span, m in view.search(_BSN)
            if span.page == cand.page and abs(span.bbox[1] - cand.bbox[1]) < 0.005
        ]
        if len(on_line) == 1:
            span, m = on_line[0]
            try:
                return Candidate(normalize_bsn(m[1]), m[0], span.page, span.bbox,
                                 0.5 * cand.label_score, span.confidence, True,
                                 ["BSN beside its label, out of order"])  # fmt: skip
            except ValueError:
                pass
    if cand is not None:
        return cand
    found: list[Candidate] = []
    for span, m in view.search(_BSN):  # an unlabelled 9-digit number that passes the 11-test
        if _EMPLOYER_NUMBER.search(span.line.text[: m.start(1)]):
            continue  # the employer's loonheffingennummer, RSIN or KvK number
        try:
            value = normalize_bsn(m[1])
        except ValueError:
            continue
        found.append(Candidate(value, m[0], span.page, span.bbox, 0.0, span.confidence, True))
    if len({c.value for c in found}) > 1:  # two numbers pass the 11-test: which one is it?
        found[0].doubt = True
        found[0].problems.append("more than one unlabelled number passes the 11-test")
    return found[0] if found else None


def _iban_candidate(span: Span, label: Span | None) -> Candidate | None:
    found = find_iban(span.text)
    if found is not None:
        return Candidate(
            found[0],
            found[1],
            span.page,
            span.bbox,
            label.score if label else 0.0,
            span.confidence,
            True,
        )
    m = _IBAN.search(span.text.upper())
    if m:  # looks like an IBAN but fails mod-97: unreadable, a person must look
        return Candidate(None, m[0], span.page, span.bbox, label.score if label else 0.0, span.confidence, False,
                         [f"IBAN {m[0]!r} fails the mod-97 check"])  # fmt: skip
    return None


def _iban(view: DocView) -> Candidate | None:
    for label in view.find_labels(labels(T, "employee_iban")):
        span = view.right_of(label, max_gap=0.35) or view.below(label)
        cand = _iban_candidate(span, label) if span else None
        if cand is not None:
            return cand
    for span, _ in view.search(_IBAN):
        cand = _iban_candidate(span, None)
        if cand is not None:
            return cand
    return None


def _agree(a: Candidate | None, values: list[Any]) -> None:
    if a is not None and a.value is not None and values:
        a.agreement = 1.0 if a.value in values else 0.0


_POSTCODE_LINE = re.compile(r"\b[1-9]\d{3}\s?[A-Z]{2}\b")
_STREET_LINE = re.compile(r"^[A-Za-zÀ-ÿ' .-]{3,}\s\d{1,5}\s?[a-zA-Z]?(?:[-\s]\w{1,4})?$")


def _addressee(view: DocView, employer: Candidate | None) -> Candidate | None:
    """The name in an address block (name, street + number, postcode + city), as payslips
    sent by post print it without a label; the employer's own address block is skipped."""
    for i, line in enumerate(view.lines[:-2]):
        street, place = view.lines[i + 1], view.lines[i + 2]
        if line.bbox[1] > 0.5 or street.page != line.page or place.page != line.page:
            continue
        if not (_STREET_LINE.match(street.text) and _POSTCODE_LINE.search(place.text)):
            continue
        if employer is not None and employer.text and employer.text in line.text:
            continue
        if any(ch.isdigit() for ch in line.text) or _COMPANY.search(line.text):
            continue
        try:
            name = _person_name(line.text)  # not a letterhead's logo letters ('DL')
        except ValueError:
            continue
        span = Span(line.page, line, 0, len(line.words))
        return Candidate(name, line.text, line.page, span.bbox, 0.0, span.confidence, None)
    return None


# how a letter or a slip addresses a person ('De heer', 'Mevr.', 'T.a.v.')
_TITLE_OPENERS = {"dhr.", "dhr", "mevr.", "mevr", "mw.", "mw", "de heer", "mevrouw", "heer",
                  "t.a.v.", "t.a.v"}  # fmt: skip


def _title_words(words: list[str]) -> int:
    """How many of the folded `words` open with a personal title (0, 1 or 2)."""
    if len(words) > 1 and f"{words[0]} {words[1]}" in _TITLE_OPENERS:
        return 2
    return 1 if words and words[0] in _TITLE_OPENERS else 0


TITLED_NAME_SCORE = 0.5  # label quality of a name found after 'Dhr.' / 'Mevr.' without a label


def _in_window(view: DocView, line: Line) -> bool:
    """Whether `line` opens the address block in an envelope window (left, below the
    letterhead): a name over a street line and a postcode line."""
    if line.bbox[0] > WINDOW_MAX_X or line.bbox[1] < WINDOW_MIN_Y:
        return False
    i = view.lines.index(line)
    nxt = view.lines[i + 1 : i + 3]
    return (
        len(nxt) == 2
        and bool(_STREET_LINE.match(nxt[0].text))
        and bool(_POSTCODE_LINE.search(nxt[1].text))
    )


WINDOW_MIN_Y = 0.12  # an envelope window's address starts this far down (page heights) ...
WINDOW_MAX_X = 0.35  # ... on the left


_SURNAME_INITIALS = re.compile(r"[^\W\d][\w'’ -]*, (?:[A-Z]\.){1,5}(?: [a-z'’]+){0,3}")


def _titled_name(view: DocView) -> Candidate | None:
    """'Mevr. S.I. Dijkstra   BSN/Sofinr: ...' opening a line at the top of the first page: the
    title says whose name it is (up to the next 'Label:' or a wide gap). Without a title, a
    surname with initials ('DE GRAAF, J.A.') opening a line of labelled personal data."""
    first = view.pages[0].number if view.pages else 1
    for line in view.lines:
        if line.page != first or line.bbox[1] > 0.4:
            continue
        words = [fold(w.text) for w in line.words]
        n = _title_words(words)
        if len(words) <= n:
            continue
        end = run_end(line.words, n)
        end = next((k for k in range(n, end) if line.words[k].text.endswith(":")), end)
        span = Span(line.page, line, 0, end)
        if not n and not (
            # no title, but 'DE GRAAF, J.A.   BSN/Sofinr: ...': a surname and initials opening
            # a line of labelled personal data
            _SURNAME_INITIALS.fullmatch(span.text)
            and any(w.text.endswith(":") for w in line.words[end:])
        ):
            continue
        try:
            name = normalize_name(span.text)
        except ValueError:
            continue
        return Candidate(name, span.text, span.page, span.bbox, TITLED_NAME_SCORE,
                         span.confidence, None)  # fmt: skip
    return None


# --- wage components: the way from gross to net, for the check payslip.net_reconciles ---------
#
# Every payroll package (Nmbrs, Loket, AFAS, Visma, Exact, an uitzendbureau's own) prints the
# lines between the gross and the net figure as a table: a description, sometimes a quantity,
# rate or percentage, and the amount in a payment column ("Betaling", "Bij", "Uitbetaling") or a
# deduction column ("Inhouding", "Af"), or in one signed column ("Bedrag", with "-", "-/-" or a
# trailing minus for deductions); cumulative, quantity, rate and tax-basis columns are ignored.
# Only when the layout gives no sign do words decide ("Pensioenpremie" is taken off, a
# "Reiskostenvergoeding" is added); the word lists are data (labels.yaml `payslip_components`).

RECONCILE_TOLERANCE = Decimal("0.01")  # the most the sum may differ from the net pay (rounding)
MIN_AMOUNT_CONFIDENCE = 0.6  # an OCR'd amount read less surely than this may be misread
MAX_TABLE_LINES = 40  # a gross..net range longer than this is not one table
MAX_GUESSES = 3  # lines of unknown sign the check tries both ways
HEADER_SEARCH_LINES = 8  # how far above the gross line a table header may be
PAYOUT_SEARCH_LINES = 12  # how far below the net wage a payout line may be
_AMOUNTISH = re.compile(r"^[-−+€]*\d[\dOoIlSB.,]*,[\dOoIlSB]{2}-?$")  # looks like an amount


@dataclass(frozen=True, slots=True)
class WageLine:
    """One wage-component line: what it says and what it does to the net pay."""

    description: str
    amount: Decimal  # the effect on net pay: deductions negative, additions positive
    basis: str  # what decided the sign: "column", "sign", "keyword" or "guess"
    page: int
    bbox: BBox

    @property
    def kind(self) -> str:
        return "deduction" if self.amount < 0 else "addition"


@dataclass(slots=True)
class WageComponents:
    """What `read_components` found between the gross and the net figure of a payslip."""

    lines: list[WageLine] = field(default_factory=list)  # gross..net, the wage tax line left out
    after_net: list[WageLine] = field(default_factory=list)  # netto lines before the payout line
    payout: Decimal | None = None  # "Uit te betalen" printed after such netto lines
    elsewhere: list[WageLine] = field(default_factory=list)  # component-like lines off the table
    complete: bool = False  # one gross-to-net table whose every line was read and classified
    unreadable: list[str] = field(default_factory=list)  # Dutch: component amounts not readable
    doubts: list[str] = field(default_factory=list)  # Dutch: why the reading may be incomplete


@dataclass(frozen=True, slots=True)
class _Column:
    kind: str  # description, addition, deduction, signed or skip
    x0: float
    x1: float


@dataclass(slots=True)
class _Row:
    index: int  # in view.lines
    line: Line
    description: str
    hits: list[AmountHit]
    bad: list[str]  # words that look like an amount but do not parse
    stray: bool = False  # an amount right of the table, outside any cell of its own
    columns: list[_Column] = field(default_factory=list)


def _norm(text: str) -> str:
    """Folded, punctuation as spaces: 'SV-loon' -> 'sv loon', 'Res. vak.geld' -> 'res vak geld'."""
    return " ".join(re.sub(r"[^0-9a-z%]+", " ", fold(text)).split())


def _components_kb() -> dict[str, Any]:
    return knowledge()["payslip_components"]


@functools.cache
def _words(kind: str) -> tuple[str, ...]:
    return tuple(sorted({_norm(w) for w in _components_kb()[kind]}, key=len, reverse=True))


@functools.cache
def _column_words() -> tuple[tuple[str, int, str], ...]:
    """(normalised header phrase, its number of words, column kind), longest first."""
    out = [(_norm(w), len(str(w).split()), kind)
           for kind, ws in _components_kb()["columns"].items() for w in ws]  # fmt: skip
    return tuple(sorted(out, key=lambda p: (-p[1], -len(p[0]))))


@functools.cache
def _column_words_by_first() -> dict[str, list[tuple[str, int, str]]]:
    """`_column_words` by each phrase's first word, in the same order."""
    out: dict[str, list[tuple[str, int, str]]] = {}
    for item in _column_words():
        if item[0]:
            out.setdefault(item[0].split()[0], []).append(item)
    return out


@functools.cache
def _field_label_norms(name: str) -> frozenset[str]:
    return frozenset(_norm(s) for s in labels(T, name))


@functools.cache
def _heading_words() -> frozenset[str]:
    """Words of a section heading inside the table ('Inhoudingen', 'Netto vergoedingen')."""
    kb = _components_kb()
    words = [*kb["columns"]["addition"], *kb["columns"]["deduction"], *kb["deduction_markers"],
             *kb["addition_markers"], "netto", "bruto", "en", "overige", "looncomponenten"]  # fmt: skip
    return frozenset(t for w in words for t in _norm(w).split())


def _find(text: str, phrase: str) -> int:
    """Where `phrase` occurs in normalised `text` (-1: nowhere); short phrases as whole words."""
    if len(phrase.replace(" ", "")) >= 4:
        return text.find(phrase)
    m = re.search(rf"(?<![0-9a-z]){re.escape(phrase)}(?![0-9a-z])", text)
    return m.start() if m else -1


def _has(text: str, kind: str) -> bool:
    return any(_find(text, w) >= 0 for w in _words(kind))


def _word_kind(desc: str) -> str | None:
    """'deduction' or 'addition' from the words of a description, None when they do not say."""
    marks = [(pos, kind) for kind in ("deduction", "addition")
             for w in _words(f"{kind}_markers") if (pos := _find(desc, w)) >= 0]  # fmt: skip
    if marks:
        return min(marks)[1]
    longest = {kind: max((len(w) for w in _words(kind) if _find(desc, w) >= 0), default=0)
               for kind in ("deduction", "addition")}  # fmt: skip
    if longest["deduction"] != longest["addition"]:
        return max(longest, key=lambda k: longest[k])
    return None


def _informative(desc: str) -> bool:
    """A base, tax credit, reservation or employer's share: printed, never paid."""
    markers = _has(desc, "deduction_markers") or _has(desc, "addition_markers")
    return _has(desc, "informative") and not markers


def _subtotal(desc: str) -> bool:
    words = desc.split()
    first = words[0] if words else ""
    return (
        first in _words("subtotal")
        # 'Inhoudingen totaal', 'Betalingen totaal': a column's total, its word last
        or (len(words) == 2 and words[1] in _words("subtotal"))
        or desc in _words("payout")
        or desc in _field_label_norms("gross_pay")
        or desc in _field_label_norms("net_pay")
    )


def _tax_labelled(desc: str) -> bool:
    return any(desc == s or desc.startswith(s + " ") for s in _field_label_norms("wage_tax"))


_AMOUNT_HEADINGS = {"bedrag", "bedragen", "totaal", "totaalbedrag", "bedrag totaal"}


def _table_columns(view: DocView, index: int) -> list[_Column] | None:
    """`_header_columns` of line `index`, its columns under a year-to-date group heading on
    the line above ('Periode   t/m deze periode' over 'Betaling Inhouding Betaling Inhouding')
    skipped: those amounts are this year's totals, not this period's."""
    cols = _header_columns(view.lines[index])
    above = _adjacent(view, view.lines[index], -1) if cols is not None else None
    if above is None:
        return cols
    groups = [seg for seg in _segments(above) if _year_to_date_text(" ".join(w.text for w in seg))]
    if not groups:
        return cols
    x0 = min(g[0].bbox[0] for g in groups) - 0.01  # the year's columns: from its heading right
    return [replace(c, kind="skip") if c.x0 >= x0 and c.kind != "description" else c for c in cols]


def _header_columns(line: Line) -> list[_Column] | None:
    """The columns of a wage-component table header ('Omschrijving  Aantal  Inhouding  Betaling
    Cumulatief'), or None when the line is no such header."""
    cols = _line_columns(line)
    return None if cols is None else list(cols)


@by_identity(256)  # asked of the same lines again and again
def _line_columns(line: Line) -> tuple[_Column, ...] | None:
    if any(ch.isdigit() for ch in line.text):
        return None
    toks = [_norm(w.text) for w in line.words]
    cols: list[_Column] = []
    phrases: list[str] = []
    i = 0
    by_first = _column_words_by_first()
    while i < len(toks):
        # a phrase can only match where its first word is (an empty token: any phrase)
        asked = by_first.get(toks[i].split()[0], ()) if toks[i] else _column_words()
        for phrase, n, kind in asked:
            if i + n <= len(toks) and " ".join(t for t in toks[i : i + n] if t) == phrase:
                cols.append(_Column(kind, line.words[i].bbox[0], line.words[i + n - 1].bbox[2]))
                phrases.append(phrase)
                i += n
                break
        else:
            i += 1
    kinds = {c.kind for c in cols}
    if {"addition", "deduction"} & kinds and "signed" in kinds:
        # 'Aantal  Waarde  Betaling  Inhouding': with payment and deduction columns, a 'Waarde'
        # column holds a rate or percentage, not the amount
        cols = [replace(c, kind="skip") if c.kind == "signed" else c for c in cols]
        kinds = {c.kind for c in cols}
    # 'Aantal  Waarde  Totaal', 'Bedrag  Grondslagen  Periode': with a column named for the
    # amount, a 'Waarde' or 'Periode' column holds something else
    primary = [
        c
        for c, p in zip(cols, phrases, strict=True)
        if c.kind == "signed" and p in _AMOUNT_HEADINGS
    ]
    if primary:
        cols = [
            replace(c, kind="skip") if c.kind == "signed" and c not in primary else c for c in cols
        ]
    if kinds & {"addition", "deduction", "signed"} and (
        "description" in kinds or {"addition", "deduction"} <= kinds
    ):
        return tuple(cols)
    return None


def _column_of(bbox: BBox, columns: list[_Column], tol: float = 0.02) -> _Column | None:
    """The column an amount stands in: the most horizontal overlap; header columns come first."""
    best, best_overlap = None, 0.0
    for c in columns:
        overlap = min(bbox[2], c.x1 + tol) - max(bbox[0], c.x0 - tol)
        if overlap > best_overlap:
            best, best_overlap = c, overlap
    return best


def _row(
    view: DocView, index: int, right: float = 1.0, columns: list[_Column] | None = None
) -> _Row:
    """A line as description + amounts, up to `right` (where a second table starts). Text in
    an amount column that is no amount ('B0,8l' for '80,81') is kept as unreadable."""
    line = view.lines[index]
    words = line.words
    n_main = sum(1 for w in words if w.bbox[0] < right - 0.005)
    hits = [h for h in amounts_on_line(line) if h.span.start < n_main]
    if hits:  # a second cell ('Heffingskorting 180,00' beside the row) is not part of the row
        n_main = next((i for i in range(hits[0].span.end, n_main) if _cell_start(line, i)), n_main)
        hits = [h for h in hits if h.span.start < n_main]
    covered = {i for h in hits for i in range(h.span.start, h.span.end)}
    values = [c for c in columns or [] if c.kind in {"addition", "deduction", "signed"}]

    def in_value_column(w: Word) -> bool:
        mid = (w.bbox[0] + w.bbox[2]) / 2
        return any(c.x0 - 0.02 <= mid <= c.x1 + 0.02 for c in values)

    first = min([h.span.start for h in hits] + [n_main])
    first = min([i for i in range(1, first) if in_value_column(words[i])] + [first])
    desc = [w.text for w in words[:first]]
    while desc and not re.search(r"[A-Za-zÀ-ÿ]", desc[0]):  # a code, a stray mark
        desc.pop(0)
    bad = [w.text for i, w in enumerate(words[:n_main]) if i not in covered
           and (_AMOUNTISH.match(w.text) or (i >= first and in_value_column(w)
                                             and re.search(r"[0-9A-Za-z]", w.text)))]  # fmt: skip
    rest = amounts_on_line(line, n_main) if n_main < len(words) else []
    stray = bool(rest) and rest[0].span.start == n_main
    return _Row(index, line, " ".join(desc), hits, bad, stray)


_UNITS = {"uur", "uren", "dag", "dagen", "week", "weken", "maand", "mnd", "stuks", "km", "pct"}


def _cell_start(line: Line, i: int) -> bool:
    """Word `i` starts a description with an amount of its own: a cell of another table."""
    text = line.words[i].text
    return (
        len(re.findall(r"[A-Za-zÀ-ÿ]", text)) >= 3
        and fold(text) not in _UNITS
        and bool(amounts_on_line(line, i))
    )


def _amount_only(row: _Row) -> bool:
    """A line of nothing but amounts (a value printed under its description)."""
    if not row.hits or row.description:
        return False
    covered = {i for h in row.hits for i in range(h.span.start, h.span.end)}
    return all(
        i in covered or w.text in {"€", "EUR", "-", "+"} for i, w in enumerate(row.line.words)
    )


def _rows(view: DocView, indexes: list[int], right: float, columns: list[_Column],
          anchors: list[_Column]) -> list[_Row]:  # fmt: skip
    """The rows of a range of lines: header rows switch the columns, a description with its
    amount on the next line becomes one row."""
    out: list[_Row] = []
    k = 0
    while k < len(indexes):
        header = _table_columns(view, indexes[k])
        if header is not None:
            columns = header
            k += 1
            continue
        row = _row(view, indexes[k], right, columns + anchors)
        row.columns = columns + anchors
        k += 1
        if not row.hits and not row.bad and row.description and k < len(indexes) \
                and indexes[k] == row.index + 1:  # fmt: skip
            below = _row(view, indexes[k], right, columns + anchors)
            if _amount_only(below):
                row.hits, row.bad = below.hits, below.bad
                k += 1
        out.append(row)
    return out


def _explicit_plus(hit: AmountHit) -> bool:
    t = hit.span.text.strip().lower()
    return t.startswith("+") or t.endswith((" bij", " cr"))


class _Reader:
    """Reads the wage-component lines of one payslip (see `read_components`)."""

    def __init__(self, view: DocView, gross: _Money, tax: _Money | None, net: _Money) -> None:
        self.view = view
        self.gross, self.tax, self.net = gross, tax, net
        self.g = abs(Decimal(gross.candidate.value))
        self.n = abs(Decimal(net.candidate.value))
        self.t = abs(Decimal(tax.candidate.value)) if tax and tax.candidate.value else None
        self.out = WageComponents()

    def index(self, span: Span) -> int:
        return self.view.lines.index(span.line)

    def right_edge(self, money: _Money) -> float:
        """Where a second table starts on an anchor's line: a description with its own amount
        right of the anchor amount ('Bruto loon 1.805,73' beside 'Salaris bruto 1.805,73')."""
        line, end = money.amount.line, money.amount.end
        for i in range(end, len(line.words)):
            if re.search(r"[A-Za-zÀ-ÿ]{2}", line.words[i].text):
                return line.words[i].bbox[0] if _cell_start(line, i) else 1.0
        return 1.0

    def read(self) -> WageComponents:
        v, out = self.view, self.out
        g_end = max(self.index(self.gross.label), self.index(self.gross.amount))
        n_start = min(self.index(self.net.label), self.index(self.net.amount))
        n_end = max(self.index(self.net.label), self.index(self.net.amount))
        used = {self.index(self.gross.label), self.index(self.gross.amount), n_start, n_end}
        same_page = v.lines[g_end].page == v.lines[n_start].page
        table = same_page and g_end < n_start and n_start - g_end <= MAX_TABLE_LINES
        if table:
            indexes = list(range(g_end + 1, n_start))
            used |= set(indexes)
            right = min(self.right_edge(self.gross), self.right_edge(self.net))
            header = self.header_above(min(self.index(self.gross.label), g_end))
            anchors, tax_rows = self.anchors_and_tax(indexes, right, header)
            rows = _rows(v, indexes, right, header, anchors)
            out.lines = self.classify(rows, tax_rows)
            if not tax_rows and self.t is not None:
                out.doubts.append("de loonheffing staat niet tussen bruto en netto")
            payout = self.payout_line(n_end, right)
            if payout is not None:
                p_index, p_hit = payout
                after = list(range(n_end + 1, p_index))
                used |= {*after, p_index}
                out.after_net = self.classify(_rows(v, after, right, header, anchors), set())
                out.payout = abs(p_hit.value)
            out.complete = not out.doubts and not out.unreadable
        else:
            out.doubts.append("bruto en netto staan niet boven elkaar in één tabel")
        if self.tax is not None:
            used |= {self.index(self.tax.label), self.index(self.tax.amount)}
        out.elsewhere = self.elsewhere(used)
        return out

    def header_above(self, index: int) -> list[_Column]:
        page = self.view.lines[index].page
        for k in range(index - 1, max(-1, index - 1 - HEADER_SEARCH_LINES), -1):
            line = self.view.lines[k]
            if line.page != page:
                break
            cols = _table_columns(self.view, k)
            if cols is not None:
                return cols
        return []

    def anchors_and_tax(self, indexes: list[int], right: float,
                        header: list[_Column]) -> tuple[list[_Column], set[int]]:  # fmt: skip
        """Columns known from where the gross and the wage tax amounts stand, and the lines of
        the range that hold the wage tax (excluded: the check subtracts wage_tax itself)."""
        tax_rows: set[int] = set()
        tax_box: BBox | None = None
        if self.tax is not None and self.index(self.tax.amount) in indexes:
            tax_rows.add(self.index(self.tax.amount))
            tax_rows.add(self.index(self.tax.label))
            tax_box = self.tax.amount.bbox
        elif self.t is not None:  # wage tax read elsewhere: the table's line(s) of that amount
            taxed = [(k, row.hits) for k in indexes
                     if (row := _row(self.view, k, right)).hits
                     and _tax_labelled(_norm(row.description))]  # fmt: skip
            one = [(k, h) for k, hits in taxed for h in hits if abs(h.value) == self.t]
            if one:
                tax_rows.add(one[0][0])
                tax_box = one[0][1].span.bbox
            elif taxed and sum(abs(hits[0].value) for _, hits in taxed) == self.t:
                tax_rows |= {k for k, _ in taxed}
                tax_box = taxed[0][1][0].span.bbox
        g_box = self.gross.amount.bbox
        if header and _column_of(g_box, header) is not None:
            return [], tax_rows  # the header says what the columns are
        if tax_box is not None and _column_of(tax_box, [_Column("x", g_box[0], g_box[2])]):
            return [_Column("signed", g_box[0], g_box[2])], tax_rows  # one column, signs decide
        anchors = [_Column("addition", g_box[0], g_box[2])]
        if tax_box is not None:
            anchors.append(_Column("deduction", tax_box[0], tax_box[2]))
        return anchors, tax_rows

    def classify(self, rows: list[_Row], tax_rows: set[int]) -> list[WageLine]:
        out = self.out
        signed_cols = self.negative_columns(rows, tax_rows)
        lines: list[WageLine] = []
        added = self.g
        taken = self.t or Decimal(0)
        for row in rows:
            if row.stray:
                out.doubts.append(f"bedrag buiten de kolommen: '{row.line.text}'")
            desc = _norm(row.description)
            if row.index in tax_rows:
                continue
            if not row.hits and not row.bad:
                if _word_kind(desc) and not set(desc.split()) <= _heading_words():
                    out.doubts.append(f"geen bedrag gelezen bij '{row.description}'")
                continue
            if not re.search(r"[a-z]", desc):  # amounts without a description: a totals row?
                if not any(abs(h.value) in {self.g, self.n, added, taken} for h in row.hits):
                    out.doubts.append(f"bedrag zonder omschrijving: '{row.line.text}'")
                continue
            if _subtotal(desc) or _informative(desc):
                continue
            if row.bad:
                out.unreadable.append(f"'{row.description}' ({row.bad[0]})")
                continue
            values: list[tuple[AmountHit, _Column | None]] = []
            unplaced: list[AmountHit] = []
            for h in row.hits:
                col = _column_of(h.span.bbox, row.columns)
                if col is None:
                    unplaced.append(h)
                elif col.kind in {"addition", "deduction", "signed"}:
                    values.append((h, col))
            if not values and len(unplaced) > 1:
                out.doubts.append(f"meerdere bedragen zonder kolom bij '{row.description}'")
                continue
            values = values or [(h, None) for h in unplaced]
            for h, col in values:
                if h.span.confidence < MIN_AMOUNT_CONFIDENCE:
                    out.unreadable.append(f"'{row.description}' ({h.span.text}, onzeker gelezen)")
                    continue
                if abs(h.value) in {self.g, self.n}:
                    continue  # the gross or net figure repeated: a subtotal
                amount, basis = self.signed(h, col, desc, col in signed_cols)
                if basis == "guess":
                    out.doubts.append(f"onbekend of '{row.description}' erbij of eraf gaat")
                if amount >= 0:
                    added += amount
                else:
                    taken -= amount
                lines.append(WageLine(row.description, amount, basis, row.line.page, h.span.bbox))
        return lines

    def negative_columns(self, rows: list[_Row], tax_rows: set[int]) -> set[_Column | None]:
        """Signed columns that mark deductions with a minus ('148,41-'): there an unsigned
        amount adds. Not a column whose wage tax is printed without one."""
        out: set[_Column | None] = set()
        plain: set[_Column | None] = set()
        for row in rows:
            for h in row.hits:
                col = _column_of(h.span.bbox, row.columns)
                if col is None or col.kind == "signed":
                    if h.value < 0:
                        out.add(col)
                    elif row.index in tax_rows:
                        plain.add(col)
        return out - plain

    @staticmethod
    def signed(
        h: AmountHit, col: _Column | None, desc: str, minus_marks: bool
    ) -> tuple[Decimal, str]:
        if col is not None and col.kind == "deduction":
            return -abs(h.value), "column"
        if col is not None and col.kind == "addition":
            return h.value, "column"
        if h.value < 0 or _explicit_plus(h):
            return h.value, "sign"
        kind = _word_kind(desc)
        if minus_marks:  # unsigned where deductions carry a minus: an addition, unless the
            return h.value, "guess" if kind == "deduction" else "sign"  # words disagree
        if kind is not None:
            return (-h.value if kind == "deduction" else h.value), "keyword"
        return -h.value, "guess"

    def payout_line(self, n_end: int, right: float) -> tuple[int, AmountHit] | None:
        """The 'Uit te betalen' line after netto lines that follow the net wage, if any."""
        v = self.view
        for k in range(n_end + 1, min(len(v.lines), n_end + 1 + PAYOUT_SEARCH_LINES)):
            if v.lines[k].page != v.lines[n_end].page:
                break
            row = _row(v, k, right)
            line = v.lines[k]
            if (
                _norm(row.description) in _words("payout")
                and row.hits
                and not _under_year_to_date(v, line, line.words[0].bbox[0])
            ):  # not 'Uitbetaald' in a block of year totals
                return k, row.hits[0]
        return None

    def elsewhere(self, used: set[int]) -> list[WageLine]:
        """Lines off the gross..net table that name a wage component and an amount (a
        'Specificatie' block beside summary cards): a second reading, never a reason to fail."""
        v = self.view
        rows = _rows(v, [k for k in range(len(v.lines)) if k not in used], 1.0, [], [])
        found: list[tuple[_Row, AmountHit, str]] = []
        for row in rows:
            desc = _norm(row.description)
            if not row.hits or row.bad or not desc or _subtotal(desc) or _informative(desc):
                continue
            kind = _word_kind(desc)
            hit = row.hits[0]
            known = {self.g, self.n, self.t}
            if (
                kind is None
                or abs(hit.value) in known
                or hit.span.confidence < MIN_AMOUNT_CONFIDENCE
            ):
                continue
            found.append((row, hit, kind))
        out = []
        for row, h, kind in found:
            if h.value < 0 or _explicit_plus(h):
                amount, basis = h.value, "sign"
            else:
                amount, basis = (-h.value if kind == "deduction" else h.value), "keyword"
            out.append(WageLine(row.description, amount, basis, row.line.page, h.span.bbox))
        return out


def read_components(view: DocView, gross: _Money | None, tax: _Money | None,
                    net: _Money | None) -> WageComponents | None:  # fmt: skip
    """The wage-component lines between the gross and the net figure (and netto lines up to
    'Uit te betalen'), each with its effect on net pay; None without gross or net."""
    if gross is None or net is None or gross.candidate.value is None or net.candidate.value is None:
        return None
    return _Reader(view, gross, tax, net).read()


@dataclass(frozen=True, slots=True)
class Reconciliation:
    status: str  # pass, fail or skipped (the check statuses)
    message: str  # Dutch, for reviewers
    exact: bool = False  # adds up to the cent, without the tolerance


def _dec(value: Any) -> Decimal | None:
    return None if value is None else abs(Decimal(str(value)))


def _variants(lines: list[WageLine]) -> list[list[WageLine]]:
    """The lines as read, then with the signs of guessed lines turned (at most MAX_GUESSES)."""
    guessed = [i for i, ln in enumerate(lines) if ln.basis == "guess"][:MAX_GUESSES]
    out = []
    for mask in range(2 ** len(guessed)):
        flip = {guessed[b] for b in range(len(guessed)) if mask >> b & 1}
        out.append(
            [replace(ln, amount=-ln.amount) if i in flip else ln for i, ln in enumerate(lines)]
        )
    return out


def _sums(lines: list[WageLine]) -> tuple[Decimal, Decimal]:
    ded = sum((-ln.amount for ln in lines if ln.amount < 0), Decimal("0"))
    add = sum((ln.amount for ln in lines if ln.amount >= 0), Decimal("0"))
    return ded, add


def reconcile(gross: Any, tax: Any, net: Any, comps: WageComponents | None,
              tolerance: Decimal = RECONCILE_TOLERANCE) -> Reconciliation:  # fmt: skip
    """gross - wage tax - other deductions + additions = net pay (and net + netto lines = the
    payout). Fails only when every line of one gross-to-net table was read and classified and
    no single line read differently would make it add up; otherwise passes or is skipped."""
    g, t, n = _dec(gross), _dec(tax), _dec(net)
    absent = [name for name, val in (("brutoloon", g), ("nettoloon", n)) if val is None]
    if g is None or n is None:
        return Reconciliation(SKIPPED, f"Niet gecontroleerd: {' en '.join(absent)} ontbreekt of is onleesbaar.")  # fmt: skip
    if comps is None:
        return Reconciliation(SKIPPED, "Niet gecontroleerd: de looncomponenten zijn niet gelezen.")
    if comps.unreadable:
        return Reconciliation(SKIPPED, "Niet gecontroleerd: bedrag onleesbaar bij "
                              f"{', '.join(comps.unreadable[:3])}.")  # fmt: skip
    tax_v = t if t is not None else Decimal("0")

    def diffs(lines: list[WageLine]) -> tuple[Decimal, Decimal]:
        net_diff = g - tax_v + sum((ln.amount for ln in lines), Decimal("0")) - n
        paid = n + sum((ln.amount for ln in comps.after_net), Decimal("0"))
        return net_diff, (paid - comps.payout if comps.payout is not None else Decimal("0"))

    def ok(lines: list[WageLine]) -> bool:
        a, b = diffs(lines)
        return abs(a) <= tolerance and abs(b) <= tolerance

    def sentence(lines: list[WageLine]) -> str:
        ded, add = _sums(lines)
        text = (f"Bruto {g:.2f} - loonheffing {tax_v:.2f} - inhoudingen {ded:.2f} + "
                f"vergoedingen {add:.2f} = {g - tax_v - ded + add:.2f}")  # fmt: skip
        return text

    readings = [comps.lines] + ([comps.lines + comps.elsewhere] if comps.elsewhere else [])
    for reading in readings:
        for lines in _variants(reading):
            if ok(lines):
                a, b = diffs(lines)
                msg = f"{sentence(lines)}, gelijk aan het nettoloon {n:.2f}"
                if comps.payout is not None:
                    ded, add = _sums(comps.after_net)
                    msg += (f"; netto {n:.2f} - {ded:.2f} + {add:.2f} = uit te betalen "
                            f"{comps.payout:.2f}")  # fmt: skip
                if t is None:
                    msg += " (geen loonheffing gelezen)"
                return Reconciliation(PASS, msg + ".", exact=a == 0 and b == 0)
    lines = comps.lines
    net_diff = diffs(lines)[0]
    if abs(net_diff) <= tolerance:  # gross to net adds up, the netto lines to the payout do not
        ded, add = _sums(comps.after_net)
        return Reconciliation(SKIPPED, "Niet gecontroleerd: de nettoregels tellen niet op tot het "
                              f"uit te betalen bedrag (netto {n:.2f} - {ded:.2f} + {add:.2f} = "
                              f"{n - ded + add:.2f}, uit te betalen {comps.payout:.2f}).")  # fmt: skip
    figures = f"{sentence(lines)}, maar het nettoloon is {n:.2f} (verschil {abs(net_diff):.2f})"
    why = list(comps.doubts)
    if t is None:
        why.append("de loonheffing ontbreekt of is onleesbaar")
    if comps.elsewhere:
        why.append("er staan ook looncomponenten buiten de tabel")
    if not why and comps.complete:
        for i, line in enumerate(lines):
            rest = lines[:i] + lines[i + 1 :]
            if ok(rest) or ok([*rest[:i], replace(line, amount=-line.amount), *rest[i:]]):
                why.append(f"de regel '{line.description}' is mogelijk anders bedoeld")
                break
    if not why and comps.complete:
        return Reconciliation(FAIL, f"{figures}.")
    return Reconciliation(SKIPPED, f"Niet gecontroleerd: {'; '.join(why[:3])} ({figures}).")


def extract_payslip(ctx: Context, view: DocView | None = None) -> Extraction:
    view = view or ctx.view()
    employee = _labelled_employee(view)
    if employee is None or employee.value is None:
        employee = _set_far_right(view) or employee
    start, end = _period(view)
    if start is None:
        start, end = _four_weekly_without_dates(view) or (None, None)
    employer = _employer(view, employee)
    if employee is None or employee.value is None:  # none, or its label's value unreadable
        employee = _addressee(view, employer) or _titled_name(view) or employee
    tax = _money_hit(view, "wage_tax", absolute=True)
    net = _money_hit(view, "net_pay", absolute=True)
    gross = _reconciling_gross(view, tax, net)
    payout = _payout_after(view, net) if net else None
    fields: dict[str, Candidate | None] = {
        "employer_name": employer,
        "employee_name": employee,
        "employee_bsn": _bsn(view),
        "pay_period_start": start,
        "pay_period_end": end,
        "gross_pay": gross.candidate if gross else None,
        "wage_tax": tax.candidate if tax else None,
        "net_pay": net.candidate if net else None,  # the net wage, for the checks below
        "employee_iban": _iban(view),
        "hours_worked": _hours_in_table(view)
        or _label_value(
            view, "hours_worked", parse_hours, max_gap=0.4, numeric=True, not_label=_not_hours_label
        )
        or _hours_in_table(view, by_column=True)
        or _hours_unlabelled(view),
    }
    components = read_components(view, gross, tax, net)
    _cross_check(fields, components)
    if payout is not None and net is not None:  # net pay is what is paid out (GLOSSARY)
        wage = net.candidate
        payout.agreement = wage.agreement if components and components.payout is not None else 0.5
        if wage.valid is False:
            payout.valid, payout.problems = False, [*payout.problems, *wage.problems]
        fields["net_pay"] = payout
    facts = {"wage_components": components, "net_wage": net.candidate.value if net else None}
    return Extraction(fields, facts=facts)


def _reconciling_gross(view: DocView, tax: _Money | None, net: _Money | None) -> _Money | None:
    """The gross pay: of the labelled amounts ('Maandloon 2.098,45' ... 'Loon in geld
    2.167,82') the largest that adds up with the wage lines to the net, else the first; without
    a gross label, the sum of the pay lines (`_gross_unlabelled`)."""
    grosses: list[_Money] = []
    for g in _money_hits(view, "gross_pay"):
        if all(g.candidate.value != o.candidate.value for o in grosses):
            grosses.append(g)
        if len(grosses) == MAX_GROSS_TRIED:
            break
    if not grosses:
        return _gross_unlabelled(view, tax, net) or _gross_from_deductions(view, tax, net)
    if len(grosses) > 1 and net is not None:
        tax_v = tax.candidate.value if tax else None

        def exact(g: _Money) -> bool:
            comps = read_components(view, g, tax, net)
            r = reconcile(g.candidate.value, tax_v, net.candidate.value, comps)
            return r.status == PASS and r.exact

        adds_up = [g for g in grosses if exact(g)]
        if adds_up:  # 'Maandloon' + 'Toeslag' = 'Loon in geld': the gross includes supplements
            return max(adds_up, key=lambda g: Decimal(g.candidate.value or 0))
    return grosses[0]


MAX_GROSS_TRIED = 4
_WAGE_LINE = re.compile(
    r"^(?:\d{3,5} )?(?:salaris|maandsalaris|periodesalaris|basissalaris|basisloon|loon|uurloon|maandloon|"
    r"weekloon|periodeloon|normale uren|uren normaal|gewerkte uren|uren gewerkt)\b"
)
UNLABELLED_GROSS_SCORE = 0.5  # label quality of a gross pay found without a gross label


def _gross_from_deductions(view: DocView, tax: _Money | None, net: _Money | None) -> _Money | None:
    """No gross label and no components table read: the amount on a wage line ('Uurloon',
    'Periodesalaris') that equals the net pay plus the printed total of the deductions
    ('Uurloon 34,64  509,23' beside 'Totaal inhoudingen 54,46' and 'Nettoloon 454,77'), or plus
    the wage tax when that is the only deduction; the sum is its agreement."""
    total = _money_hit(view, "total_deductions", absolute=True)
    if net is None or net.candidate.value is None:
        return None
    taken = [m for m in (total, tax) if m is not None and m.candidate.value is not None]
    wants = {Decimal(net.candidate.value) + Decimal(m.candidate.value) for m in taken}
    own = [net.amount.bbox, *(m.amount.bbox for m in taken)]  # the figures summed
    for line in view.lines:
        if not _WAGE_LINE.match(fold(line.text)):
            continue
        for hit in period_amounts(view, line, 0):
            if hit.value not in wants or hit.span.bbox in own:
                continue
            if _year_to_date(line, hit.span.bbox[0]):
                continue
            desc = _norm(" ".join(w.text for w in line.words if w.bbox[2] <= hit.span.bbox[0]))
            wage = desc.split()[0] if desc else ""
            if any(p != wage and _find(desc, p) >= 0 for p in _words("informative")):
                continue  # 'Loon LH': the taxable wage (gross less pre-tax premiums), printed
            want = hit.value
            cand = Candidate(money(want), hit.span.text, hit.span.page, hit.span.bbox,
                             UNLABELLED_GROSS_SCORE, hit.span.confidence, None,
                             agreement=1.0)  # fmt: skip
            return _Money(cand, Span(line.page, line, 0, 1), hit.span)
    return None


def _gross_unlabelled(view: DocView, tax: _Money | None, net: _Money | None) -> _Money | None:
    """No gross label: the payments above the wage tax in the components table. One wage line
    ('Maandsalaris', 'Basisloon', '1000 Salaris') is the gross (a 'Totaal' may include untaxed
    allowances); else a plain 'Totaal' line's first amount. The reconciliation check then says
    whether it adds up."""
    anchor = tax or net
    if anchor is None:
        return None
    header = header_row(view, anchor.label.line)
    if header is None:
        return None
    top, bottom = view.lines.index(header), view.lines.index(anchor.label.line)
    end = view.lines.index(net.label.line) if net is not None else bottom
    wage: list[tuple[Line, AmountHit]] = []
    total: tuple[Line, AmountHit] | None = None
    for k in range(top + 1, max(bottom, end)):
        line = view.lines[k]
        if line.page != header.page:
            break
        hits = period_amounts(view, line, 0)
        if not hits:
            continue
        desc = _norm(" ".join(w.text for w in line.words[: hits[0].span.start]))
        if desc == "totaal" and total is None:
            total = (line, hits[0])
        floor = Decimal(net.candidate.value) if net and net.candidate.value else Decimal(0)
        big = [h for h in hits if h.value >= floor]  # not a quantity ('1,00') nor a rate
        if k < bottom and _WAGE_LINE.match(desc) and big:
            wage.append((line, big[0]))
    if len(wage) == 1:
        return _unlabelled_money(*wage[0])
    return _unlabelled_money(*total) if total is not None else None


def _unlabelled_money(line: Line, hit: AmountHit) -> _Money:
    label = Span(line.page, line, 0, max(1, hit.span.start), UNLABELLED_GROSS_SCORE)
    cand = Candidate(money(hit.value), hit.span.text, hit.span.page, hit.span.bbox,
                     UNLABELLED_GROSS_SCORE, hit.span.confidence, None,
                     ["gross pay found without a gross label"])  # fmt: skip
    return _Money(cand, label, hit.span)


def _payout_after(view: DocView, net: _Money) -> Candidate | None:
    """The amount paid out when netto lines (an untaxed allowance, a deduction after tax)
    follow the net wage: 'Uit te betalen', 'Te betalen op rekening NL..', 'Uitbetaald op ..'.
    None when there is no such line or it repeats the net wage."""
    start = max(view.lines.index(net.label.line), view.lines.index(net.amount.line))
    page = view.lines[start].page
    phrases = _words("payout")
    for line in view.lines[start + 1 : start + 1 + PAYOUT_SEARCH_LINES]:
        if line.page != page:
            break
        # the phrase opens the line or one of its side-by-side blocks ('Fiscale gegevens  Netto
        # te betalen € 890,04')
        starts = [line.words.index(seg[0]) for seg in _segments(line)]
        at = next(
            (
                i
                for i in starts
                if _opens_with(
                    _no_specks(_norm(Span(line.page, line, i, len(line.words)).text)), phrases
                )
            ),
            None,
        )
        if at is None or _under_year_to_date(view, line, line.words[at].bbox[0]):
            continue  # no payout, or 'Uitbetaald' in a block of year totals
        hits = period_amounts(view, line, at)
        if not hits:
            rest = Span(line.page, line, at, len(line.words))
            figures = _IBAN_LIKE.sub("", _DATE_LIKE.sub("", rest.text))
            between = view.lines[start + 1 : view.lines.index(line)]
            allowances = any(period_amounts(view, ln, 0) for ln in between)
            if allowances and sum(ch.isdigit() for ch in figures) >= 3:  # not a date nor IBAN
                # 'Te betalen ___€93821': an amount paid out, garbled; the net wage above it
                # is not what is paid when allowances follow it
                return Candidate(None, rest.text, rest.page, rest.bbox, 1.0, rest.confidence,
                                 False, ["the amount paid out unreadable"])  # fmt: skip
            continue
        hit = hits[0]
        value = abs(hit.value)
        if net.candidate.value is None or value == Decimal(net.candidate.value) or value <= 0:
            return None
        return Candidate(money(value), hit.span.text, hit.span.page, hit.span.bbox, 1.0,
                         hit.span.confidence, None)  # fmt: skip
    return None


# 'Te betalen op rekening NL94 ASNB 6630 6885 13', 'Uitbetaald op 28-01-2026': no amount
_IBAN_LIKE = re.compile(r"\b[A-Z]{2}\s?\d{2}\s?[A-Z]{4}[\s\d]*")
_DATE_LIKE = re.compile(r"\d{1,2}[-./ ]\d{1,2}[-./ ]\d{2,4}|\d{1,2}\s+[a-z]{3,9}\s+\d{4}")


def _no_specks(text: str) -> str:
    """Normalised text without the lone digits OCR makes of specks inside a phrase ('Uit 5 te
    betalen'), among its first words."""
    words = text.split()
    head = [w for w in words[:5] if not (len(w) == 1 and w.isdigit())]
    return " ".join(head + words[5:])


def _opens_with(text: str, phrases: list[str]) -> bool:
    return any(text == w or text.startswith(w + " ") for w in phrases)


def _cross_check(fields: dict[str, Candidate | None], components: WageComponents | None) -> None:
    """Amounts that add up support each other (agreement 1); amounts that cannot be right do not.
    Gross, wage tax and net that reconcile to the cent with the wage-component lines are all
    three read right: that is the strongest agreement there is."""
    gross, tax, net = fields["gross_pay"], fields["wage_tax"], fields["net_pay"]
    if gross and net and gross.value and net.value:
        g, n = Decimal(gross.value), Decimal(net.value)
        if n > g * Decimal("1.2") or n <= 0:
            gross.agreement = net.agreement = 0.0
        elif tax and tax.value and Decimal(tax.value) <= g:
            for c in (gross, tax, net):
                c.agreement = max(c.agreement, 0.75)
        if gross.agreement > 0:
            r = reconcile(gross.value, tax.value if tax else None, net.value, components)
            if r.status == PASS and r.exact:
                for c in (gross, tax, net):
                    if c is not None and c.value is not None:
                        c.agreement = 1.0
            elif r.status == FAIL:  # all lines read and they do not add up: one of them is wrong,
                for c in (gross, tax, net):  # and which one only a person can tell
                    if c is not None and c.value is not None:
                        c.agreement = 0.0
                        c.valid = False
                        c.problems.append("gross, wage tax, deductions and net do not add up")
        if tax and tax.value and Decimal(tax.value) >= g:  # a base line read as the tax
            tax.agreement = 0.0
    start = fields["pay_period_start"]
    if start and start.value:
        d = date.fromisoformat(start.value)
        if not date(2000, 1, 1) <= d <= date(2100, 1, 1):
            start.valid = False
            start.problems.append("period outside plausible years")
