"""Payslip (loonstrook) fields from a page layout."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from extraction.amounts import amount_below, period_amounts
from extraction.base import Candidate, Context, Extraction, label_words, labels
from extraction.layout_query import DocView, Line, Span, fold
from extraction.normalize import (
    MONTHS,
    find_iban,
    money,
    normalize_bsn,
    normalize_name,
    parse_date,
    parse_hours,
    parse_month,
)

T = "payslip"
_IBAN = re.compile(r"\bN[L1I]\s?[\dO]{2}\s?[A-Z0-9]{4}\s?(?:[\dOIlSB]\s?){10}(?![\dA-Za-z])")
_BSN = re.compile(r"(?<![\d.])(\d{4}\.?\d{2}\.?\d{3}|\d{9})(?![\d.])")
_DATE = r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}"
_RANGE = re.compile(rf"({_DATE})\s*(?:t/m|tot en met|-|–|tot)\s*({_DATE})", re.IGNORECASE)
_MONTH = re.compile(r"(?<!\d)(?<!\d\s)\b([A-Za-z]{3,9})\.?\s+(\d{4})\b")
_NUMERIC_MONTH = re.compile(r"(?<![\d-])(?:(\d{1,2})[-/](\d{4})|(\d{4})-(\d{2}))(?![\d-])")
_FOUR_WEEKLY = re.compile(r"\bperiode\s*:?\s*(\d{1,2})\b(?![-/.]\d)", re.IGNORECASE)
_COMPANY = re.compile(
    r"\b(B\.?V\.?|N\.?V\.?|V\.?O\.?F\.?|Stichting|Holding|Groep|& Co)\b", re.IGNORECASE
)
_LEGAL_FORM = re.compile(r"B\.V\.?|N\.V\.?|V\.O\.F\.?|BV|NV")
TITLE_WORDS = {"loonstrook", "salarisstrook", "salarisspecificatie", "loonspecificatie", "strook"}


def value_spans(view: DocView, label: Span, max_gap: float = 0.3) -> list[Span]:
    """Where a label's value may be: right of it on its line, else under it (labels above
    values). Text that is itself a label (the next card's caption) is not a value."""
    known = label_words(T)
    out = []
    right = view.right_of(label, max_gap=max_gap, stop={w.split()[0] for w in known if len(w) > 3})
    if (
        right is not None
        and fold(right.text) not in known
        and fold(right.words[0].text) not in known
    ):
        out.append(right)
    below = view.below(label)
    if below is not None and fold(below.text) not in known:
        out.append(below)
    return out


def _label_value(view: DocView, name: str, parse: Callable[[str], Any], *, validate: bool = False,
                 max_gap: float = 0.3) -> Candidate | None:  # fmt: skip
    """The first value right of or below a label for `name` that parses; if none parses but a
    label was found, the unreadable value (status review, not missing)."""
    unreadable: Candidate | None = None
    for label in view.find_labels(labels(T, name)):
        for span in value_spans(view, label, max_gap):
            cand = Candidate.from_span(span, parse, label=label, validate=validate)
            if cand.value is not None:
                return cand
            unreadable = unreadable or cand
    return unreadable


def _money_field(view: DocView, name: str, *, absolute: bool = False) -> Candidate | None:
    for label in view.find_labels(labels(T, name)):
        hits = period_amounts(view, label.line, label.end)
        hit = hits[0] if hits else amount_below(view, label)
        if hit is None:
            continue
        value = abs(hit.value) if absolute else hit.value
        return Candidate(money(value), hit.span.text, hit.span.page, hit.span.bbox, label.score,
                         hit.span.confidence, None)  # fmt: skip
    return None


def _first_run(line: Line, start: int = 0) -> Span:
    """The words of a line up to the first wide gap (the name, not a title printed far right)."""
    end = start + 1
    while end < len(line.words) and line.words[end].bbox[0] - line.words[end - 1].bbox[2] < 0.03:
        end += 1
    return Span(line.page, line, start, end)


def _logo_skip(line: Line) -> int:
    """Index of the first real word: a short token set apart on the left is a logo read as text."""
    w = line.words
    if len(w) > 1 and len(w[0].text) <= 2 and w[1].bbox[0] - w[0].bbox[2] > 0.025:
        return 1
    return 0


def _employer(view: DocView, employee: Candidate | None) -> Candidate | None:
    labelled = _label_value(view, "employer_name", normalize_name)
    if labelled is not None:
        return labelled
    # else the company name printed at the top: a line with a legal form, or the first line
    first_page = [ln for ln in view.lines if ln.page == (view.pages[0].number if view.pages else 1)]
    top = [ln for ln in first_page if ln.bbox[1] < 0.2]
    for line in top:
        ends = [i for i, w in enumerate(line.words) if _LEGAL_FORM.fullmatch(w.text.strip(",."))]
        if ends or _COMPANY.search(line.text):
            first = _logo_skip(line)
            span = (
                Span(line.page, line, first, ends[-1] + 1)
                if ends and ends[-1] >= first
                else _first_run(line, first)
            )
            return Candidate(
                span.text.strip(" ,"), span.text, span.page, span.bbox, 0.0, span.confidence, None
            )
    for line in top:
        words = [w for w in line.words if fold(w.text) not in TITLE_WORDS and len(w.text) > 1]
        if len(words) >= 2 and not any(ch.isdigit() for ch in line.text):
            if employee is not None and employee.text and employee.text in line.text:
                continue
            skip = _logo_skip(line)
            idx = [i for i, w in enumerate(line.words) if w in words and i >= skip]
            if not idx:
                continue
            span = _first_run(line, idx[0])
            return Candidate(span.text, span.text, span.page, span.bbox, 0.0, span.confidence, None)
    return None


def _period(view: DocView) -> tuple[Candidate | None, Candidate | None]:
    for label in view.find_labels(labels(T, "period")):
        spans = [
            sp for sp in (view.right_of(label, max_gap=0.35), view.below(label)) if sp is not None
        ]
        for span in spans:
            got = _period_from(span, label)
            if got is not None:
                return got
    return None, None


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
    if _FOUR_WEEKLY.search(f"{label.text} {text}"):
        return None  # 'periode 3': dates may follow on the next line, else no calendar dates
    for m in _MONTH.finditer(text):
        if m[1].lower() in MONTHS:
            start, end = parse_month(f"{m[1]} {m[2]}")
            return (Candidate(start.isoformat(), text, valid=True, **common),
                    Candidate(end.isoformat(), text, valid=True, **common))  # fmt: skip
    if m := _NUMERIC_MONTH.search(text):  # '03-2026', '3/2026', '2026-03'
        month, year = (int(m[1]), int(m[2])) if m[1] else (int(m[4]), int(m[3]))
        if 1 <= month <= 12 and 2000 <= year <= 2100:
            start, end = parse_month(
                f"{list(MONTHS)[[v for v in MONTHS.values()].index(month)]} {year}"
            )
            return (Candidate(start.isoformat(), text, valid=True, **common),
                    Candidate(end.isoformat(), text, valid=True, **common))  # fmt: skip
    return None


def _four_weekly_without_dates(view: DocView) -> tuple[Candidate, Candidate] | None:
    """'periode 3' printed, no dates anywhere near: CONTRACT says null with status review."""
    for label in view.find_labels(labels(T, "period")):
        text = label.line.text
        if m := _FOUR_WEEKLY.search(text):
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


def _bsn(view: DocView) -> Candidate | None:
    # a labelled value, or the unreadable value of a found label (review, not missing)
    cand = _label_value(view, "employee_bsn", normalize_bsn, validate=True)
    if cand is not None:
        return cand
    for span, m in view.search(_BSN):  # an unlabelled 9-digit number that passes the 11-test
        try:
            value = normalize_bsn(m[1])
        except ValueError:
            continue
        return Candidate(value, m[0], span.page, span.bbox, 0.0, span.confidence, True)
    return None


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
            name = normalize_name(line.text)
        except ValueError:
            continue
        span = Span(line.page, line, 0, len(line.words))
        return Candidate(name, line.text, line.page, span.bbox, 0.0, span.confidence, None)
    return None


def extract_payslip(ctx: Context, view: DocView | None = None) -> Extraction:
    view = view or ctx.view()
    employee = _label_value(view, "employee_name", normalize_name)
    start, end = _period(view)
    if start is None:
        start, end = _four_weekly_without_dates(view) or (None, None)
    employer = _employer(view, employee)
    if employee is None:
        employee = _addressee(view, employer)
    fields: dict[str, Candidate | None] = {
        "employer_name": employer,
        "employee_name": employee,
        "employee_bsn": _bsn(view),
        "pay_period_start": start,
        "pay_period_end": end,
        "gross_pay": _money_field(view, "gross_pay"),
        "wage_tax": _money_field(view, "wage_tax", absolute=True),
        "net_pay": _money_field(view, "net_pay", absolute=True),
        "employee_iban": _iban(view),
        "hours_worked": _label_value(view, "hours_worked", parse_hours, max_gap=0.3),
    }
    _cross_check(fields)
    return Extraction(fields)


def _cross_check(fields: dict[str, Candidate | None]) -> None:
    """Amounts that add up support each other (agreement 1); amounts that cannot be right do not."""
    gross, tax, net = fields["gross_pay"], fields["wage_tax"], fields["net_pay"]
    if gross and net and gross.value and net.value:
        g, n = Decimal(gross.value), Decimal(net.value)
        if n > g * Decimal("1.2") or n <= 0:
            gross.agreement = net.agreement = 0.0
        elif tax and tax.value and Decimal(tax.value) <= g:
            for c in (gross, tax, net):
                c.agreement = max(c.agreement, 0.75)
    start = fields["pay_period_start"]
    if start and start.value:
        d = date.fromisoformat(start.value)
        if not date(2000, 1, 1) <= d <= date(2100, 1, 1):
            start.valid = False
            start.problems.append("period outside plausible years")
