"""Bank statement (bankafschrift) extraction from PDFs and scans: header fields and the table.

Header fields come from labels (`labels.yaml` `fields.bank_statement`), with pattern fallbacks
(an address window for the holder, the IBAN's bank code for the bank). The transaction table is
read from the word geometry: a header row's words give the columns (date, value date,
description, counterparty, Af/Bij, signed amount, C/D indicator, running balance), each printed
row starts at a line with a booking date and/or an amount, and the lines below it that carry no
date and no amount are its wrapped description. Statements without a header row (app exports
with rows grouped under "dinsdag 3 maart 2026" headings) are read with the same rules, without
columns. Summary lines (Beginsaldo, Transport, Totaal, Blad 2 van 3) are never transactions.

The document is checked once: opening balance + sum of the amounts must equal the closing
balance; when it does not, both balances get agreement 0.0 (the check itself is done elsewhere).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import cv2
import numpy as np
from rapidfuzz import fuzz, process

from extraction.base import Candidate, Context, Extraction, knowledge, labels
from extraction.layout_query import LOWER_STARTS, DocView, Line, fold, run_end, union
from extraction.normalize import (
    MONTHS,
    money,
    normalize_iban,
    normalize_name,
    parse_amount,
    parse_month,
)
from extraction.result import TransactionResult
from ocr.types import BBox, Word

DOC = "bank_statement"
AMOUNT_KINDS = ("debit", "credit", "amount", "balance")
TEXT_KINDS = ("description", "name", "counterparty", "other")

_NUM_AMOUNT = re.compile(r"^[-+−–]?€?[-+−–]?(?:\d{1,3}(?:\.\d{3})+|\d+),\d{2}-?$")
_PREFIX = {"€", "eur", "-", "+", "-/-", "−", "–", "+/-", "-€", "+€", "−€", "–€"}
_INDICATORS = {
    "af": "-", "bij": "+", "d": "-", "c": "+", "db": "-", "cr": "+", "debet": "-", "credit": "+",
    "deb": "-", "cred": "+",
}  # fmt: skip
_DATE_NUM = re.compile(r"^(\d{1,2})[-./](\d{1,2})(?:[-./](\d{4}|\d{2}))?$")
_DATE_COLON = re.compile(r"^\d{1,2}[-./:]\d{1,2}[-./:]\d{4}$")  # OCR's ':' for '.': '11.02:2026'
_DATE_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_YEAR = re.compile(r"^(19|20)\d{2}$")
# NL IBAN as printed or as OCR reads it: letters and digits may be confused (O/0, I/1, S/5, B/8)
_IBAN_LOOSE = re.compile(
    r"(?<![A-Za-z0-9])([NM][LI1])\s?([0-9OoIlSB]{2,3})\s?([A-Z0-9]{4})\s?((?:[0-9OoIlSB]\s?){10})"
    r"(?![0-9A-Za-z])"
)
_TO_DIGIT = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "S": "5", "B": "8"})
_TO_LETTER = str.maketrans({"0": "O", "1": "I", "5": "S", "8": "B"})


# --- small helpers ------------------------------------------------------------------------------


def _box(words: Iterable[Word]) -> BBox:
    return union(w.bbox for w in words)


def _conf(words: Iterable[Word]) -> float:
    return min((w.confidence for w in words), default=1.0)


def _text(words: Iterable[Word]) -> str:
    return " ".join(w.text for w in words)


def _height(words: Sequence[Word]) -> float:
    hs = sorted(w.bbox[3] - w.bbox[1] for w in words)
    return hs[len(hs) // 2] if hs else 0.01


def _cand(
    value: object,
    words: Sequence[Word],
    page: int,
    *,
    label_score: float,
    valid: bool | None = None,
    problems: list[str] | None = None,
    text: str | None = None,
) -> Candidate:
    return Candidate(
        value,
        text if text is not None else _text(words),
        page,
        _box(words) if words else None,
        label_score,
        _conf(words),
        valid,
        problems or [],
    )


def _table_knowledge() -> dict:
    return knowledge()["statement_table"]


# --- IBANs --------------------------------------------------------------------------------------


def repair_iban(raw: str) -> tuple[str | None, bool]:
    """A Dutch IBAN from OCR'd text: fix letter/digit confusions by position, validate mod-97.

    Returns (iban, repaired): `repaired` is True when characters had to be changed or dropped.
    One superfluous character among the check digits is dropped only when exactly one choice
    passes mod-97. Returns (None, False) when nothing valid can be made of it.
    """
    m = _IBAN_LOOSE.search(raw)
    if not m:
        return None, False
    check = m[2].translate(_TO_DIGIT)
    bank = m[3].upper().translate(_TO_LETTER)
    acct = re.sub(r"\s", "", m[4]).translate(_TO_DIGIT)
    exact = re.sub(r"\s", "", m[0]).upper()
    options = [check] if len(check) == 2 else sorted({check[:i] + check[i + 1 :] for i in range(3)})
    found = set()
    for ck in options:
        cand = f"NL{ck}{bank}{acct}"
        try:
            found.add(normalize_iban(cand))
        except ValueError:
            continue
    if len(found) != 1:
        return None, False
    iban = found.pop()
    return iban, iban != exact


# a line that opens with a date ('01-06-2026', '1jun2026', '3 jun'): a booking, not the header
_DATED_ROW = re.compile(r"^\d{1,2}(?:[-./]\d{1,2}|\s?[a-z]{3})", re.IGNORECASE)


def _iban_in_words(words: Sequence[Word]) -> tuple[str | None, list[Word], str]:
    """The first IBAN printed in a run of words: (value, its words, status).

    status: "ok" (valid as printed), "repaired" (OCR confusions fixed, then valid) or "invalid"
    (printed in IBAN form but failing mod-97: returned as printed, compacted, for review).
    """
    text, offsets, pos = "", [], 0
    for w in words:
        offsets.append((pos, pos + len(w.text)))
        text += w.text + " "
        pos += len(w.text) + 1
    for m in _IBAN_LOOSE.finditer(text):
        used = [
            w for w, (a, b) in zip(words, offsets, strict=True) if a < m.end() and b > m.start()
        ]
        iban, repaired = repair_iban(m[0])
        if iban:
            return iban, used, "repaired" if repaired else "ok"
        compact = re.sub(r"\s", "", m[0])
        if re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", compact):
            return compact, used, "invalid"
    return None, [], "ok"


# --- amounts and dates in a line ----------------------------------------------------------------


@dataclass(slots=True)
class _Amount:
    value: Decimal | None
    words: list[Word]
    sign_marked: bool  # a sign or an Af/Bij/Credit/Debet word is printed with it

    @property
    def x0(self) -> float:
        return self.words[0].bbox[0]

    @property
    def x1(self) -> float:
        return max(w.bbox[2] for w in self.words)


def _is_number(text: str) -> bool:
    return bool(_NUM_AMOUNT.match(text.replace("\u2212", "-")))


_MINUS_READ = re.compile(r"^[„‚~—–_=]+(?=€)")  # a minus before '€' as OCR reads it: '„€19,93'
_SPECK_READ = re.compile(r"^[‘’“”'\"`]+(?=\d)")  # a speck glued to a figure: '“905,69'


def _as_meant(w: Word) -> Word:
    """A figure as printed, where OCR read its minus as '„' or glued a speck to it."""
    text = _SPECK_READ.sub("", _MINUS_READ.sub("-", w.text))
    return w if text == w.text else replace(w, text=text)


def _amounts(words: Sequence[Word]) -> tuple[list[_Amount], set[int]]:
    """Amount groups in a line (with a € or sign before and an Af/Bij/Credit/Debet after)."""
    out: list[_Amount] = []
    used: set[int] = set()
    words = [_as_meant(w) for w in words]
    for i, w in enumerate(words):
        if i in used or not _is_number(w.text):
            continue
        idx = [i]
        j = i - 1
        while j >= 0 and j not in used and fold(words[j].text) in _PREFIX | {""}:
            if words[idx[0]].bbox[0] - words[j].bbox[2] > 0.03:
                break
            if (
                words[j].text.strip() in {"-", "+", "-/-", "−", "–", "+/-"}
                or "€" in words[j].text
                or fold(words[j].text) == "eur"
            ):
                idx.insert(0, j)
            else:
                break
            j -= 1
        k = i + 1
        if k < len(words) and words[k].bbox[0] - w.bbox[2] < 0.03:
            t = words[k].text.strip(".:").lower()
            # a trailing '-' ('12,50-'), unless it opens the next amount ('- € 3.305,90')
            opens = k + 1 < len(words) and (
                "€" in words[k + 1].text or _is_number(words[k + 1].text)
            )
            if t in _INDICATORS or (t == "-" and not opens):
                idx.append(k)
        parts = []
        marked = False
        for n in idx:
            t = words[n].text.strip()
            low = t.lower().strip(".:")
            if low in _INDICATORS:
                parts.append("-" if _INDICATORS[low] == "-" else "")
                marked = True
            else:
                parts.append(t)
                if n != i and (t in {"-", "+", "-/-", "−", "–"} or (t != "" and t[0] in "-+−–")):
                    marked = True
        num = words[i].text.replace("−", "-").replace("–", "-")
        if num.startswith(("-", "+")) or num.endswith("-"):
            marked = True
        try:
            value = parse_amount(" ".join(p for p in parts if p))
        except ValueError:
            value = None
        used.update(idx)
        out.append(_Amount(value, [words[n] for n in idx], marked))
    return out, used


def _month(token: str) -> int | None:
    return MONTHS.get(fold(token).rstrip("."))


@dataclass(slots=True)
class _Date:
    day: int
    month: int
    year: int | None
    words: list[Word]

    def resolve(self, ref: tuple[date, date] | None) -> date | None:
        """The date; a printed date without year takes the year from the statement period."""
        years: list[int]
        if self.year is not None:
            years = [self.year]
        elif ref is not None:
            years = sorted({ref[1].year, ref[0].year, ref[1].year - 1}, reverse=True)
        else:
            return None
        for y in years:
            try:
                d = date(y, self.month, self.day)
            except ValueError:
                continue
            if self.year is not None or ref is None:
                return d
            if ref[0] - timedelta(days=40) <= d <= ref[1] + timedelta(days=40):
                return d
        return None


def _dates(words: Sequence[Word], skip: set[int] | None = None) -> tuple[list[_Date], set[int]]:
    """Date groups: `31-03-2026`, `31.03.26`, `2026-03-31`, `31-03`, `31 mrt`, `31 maart 2026`."""
    out: list[_Date] = []
    used: set[int] = set()
    skip = skip or set()
    i = 0
    while i < len(words):
        if i in skip:
            i += 1
            continue
        t = words[i].text.strip(",;").rstrip(".:")  # '15.07.2026.': a speck after the date
        if _DATE_COLON.match(t):
            t = t.replace(":", ".")
        if m := _DATE_ISO.match(t):
            out.append(_Date(int(m[3]), int(m[2]), int(m[1]), [words[i]]))
            used.add(i)
        elif (m := _DATE_NUM.match(t)) and 1 <= int(m[2]) <= 12 and 1 <= int(m[1]) <= 31:
            y = None if m[3] is None else int(m[3]) + (2000 if len(m[3]) == 2 else 0)
            out.append(_Date(int(m[1]), int(m[2]), y, [words[i]]))
            used.add(i)
        elif (
            t.rstrip(".").isdigit()
            and 1 <= int(t.rstrip(".")) <= 31
            and i + 1 < len(words)
            and _month(words[i + 1].text) is not None
            and words[i + 1].bbox[0] - words[i].bbox[2] < 0.03
        ):
            mo = _month(words[i + 1].text)
            assert mo is not None
            idx = [i, i + 1]
            y = None
            if (
                i + 2 < len(words)
                and _YEAR.match(words[i + 2].text.strip(",;"))
                and words[i + 2].bbox[0] - words[i + 1].bbox[2] < 0.03
            ):
                y = int(words[i + 2].text.strip(",;"))
                idx.append(i + 2)
            out.append(_Date(int(t.rstrip(".")), mo, y, [words[n] for n in idx]))
            used.update(idx)
            i = idx[-1]
        i += 1
    return out, used


# --- table columns ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Col:
    kind: str
    x0: float
    x1: float


@functools.cache
def _header_synonyms() -> list[tuple[list[str], str]]:
    """Column header synonyms (folded, split), longest first."""
    cols_k: dict[str, list[str]] = _table_knowledge()["columns"]
    return sorted(
        ((fold(s).split(), kind) for kind, ss in cols_k.items() for s in ss),
        key=lambda p: -len(p[0]),
    )


@functools.cache
def _header_targets() -> dict[int, tuple[dict[str, str], list[str], list[str]]]:
    """Per phrase length in words: exact phrase -> column kind, and the phrases long enough
    (6+ characters) to be matched fuzzily, with their kinds."""
    out: dict[int, tuple[dict[str, str], list[str], list[str]]] = {}
    for toks, kind in _header_synonyms():
        exact, targets, kinds = out.setdefault(len(toks), ({}, [], []))
        target = " ".join(toks)
        exact.setdefault(target, kind)
        if len(target) >= 6:
            targets.append(target)
            kinds.append(kind)
    return out


@functools.cache
def _glued_targets() -> tuple[list[str], list[str]]:
    """Header phrases of several words written as one ('bedragaf'), with their kinds."""
    pairs = [("".join(toks), kind) for toks, kind in _header_synonyms() if len(toks) > 1]
    return [p for p, _ in pairs], [k for _, k in pairs]


def _split_glued(w: Word) -> list[Word]:
    """A header word that OCR glued to its neighbour through a rule ('Bedragaf_Bedrag'), split
    (boxes shared out by characters); rule and dash specks at its ends dropped."""
    text = w.text.strip("_—–-|")
    parts = [p for p in re.split(r"[_—|]+", text) if p]
    if len(parts) <= 1:
        return [
            w if text == w.text or not text else Word(text, w.bbox, w.confidence, w.line, w.block)
        ]
    x0, y0, x1, y1 = w.bbox
    per = (x1 - x0) / max(1, sum(len(p) for p in parts))
    out, x = [], x0
    for p in parts:
        out.append(Word(p, (x, y0, x + per * len(p), y1), w.confidence, w.line, w.block))
        x += per * (len(p) + 1)
    return out


def _match_header(line: Line) -> list[_Col] | None:
    """The columns when `line` is a transaction table header, else None."""
    words = [part for w in line.words for part in _split_glued(w) if fold(part.text)]
    if len(words) < 3 or sum(any(ch.isdigit() for ch in w.text) for w in words) > 1:
        return None  # a header is words; dated rows and amounts are not headers
    by_len = _header_targets()
    folded = [fold(w.text) for w in words]
    glued = _glued_targets()
    cols: list[_Col] = []
    spans: list[int] = []  # where each matched phrase ends
    i = matched = 0
    while i < len(words):
        hit = None
        for n in sorted(by_len, reverse=True):  # longest header phrase first
            if i + n > len(words):
                continue
            if n > 1 and words[i + n - 1].bbox[0] - words[i].bbox[2] >= 0.08:
                continue  # the words of one header phrase stand close together
            exact, targets, kinds = by_len[n]
            cand = " ".join(folded[i : i + n])
            if cand in exact:
                hit = (n, exact[cand])
                break
            best = process.extractOne(cand, targets, scorer=fuzz.ratio, score_cutoff=88)
            if (
                best is not None
                and (
                    n == 1
                    or all(  # every word of a phrase matches ('Tegenrekening Af' is no 'IBAN')
                        fuzz.ratio(a, b) >= 75
                        for a, b in zip(folded[i : i + n], best[0].split(), strict=False)
                    )
                )
            ):
                hit = (n, kinds[best[2]])
                break
        if hit is None and len(folded[i]) >= 7:  # 'Bedragaf': OCR lost the space
            best = process.extractOne(folded[i], glued[0], scorer=fuzz.ratio, score_cutoff=88)
            hit = None if best is None else (1, glued[1][best[2]])
        if hit is None:
            hit = _af_or_bij_misread(folded, i)
        if hit is None:
            i += 1
            continue
        n, kind = hit
        b = _box(words[i : i + n])
        if (
            cols
            and spans
            and all(w.text in ("/", "&", "+") for w in words[spans[-1] : i])
            and (i > spans[-1] and {kind, cols[-1].kind} <= set(TEXT_KINDS))
        ):  # 'Tegenpartij / omschrijving', 'Naam / Omschrijving': one column
            prev = cols.pop()
            kind = "description" if "description" in (kind, prev.kind) else prev.kind
            b = (prev.x0, b[1], b[2], b[3])
            matched += i - spans[-1]
        cols.append(_Col(kind, b[0], b[2]))
        spans.append(i + n)
        matched += n
        i += n
    kinds = {c.kind for c in cols}
    if not words or matched / len(words) < 0.6 or len(cols) < 3:
        return None
    if "date" not in kinds and "value_date" not in kinds:
        return None
    if not kinds & {"debit", "credit", "amount"}:
        return None
    cols = _af_bij_indicator(cols)
    if "date" not in kinds:
        for c in cols:
            if c.kind == "value_date":
                c.kind = "date"
                break
    return sorted(cols, key=lambda c: c.x0)


def _repeated_header(new: list[_Col], before: list[_Col] | None) -> list[_Col]:
    """A page's header that repeats the one before with a column OCR lost ('Datum  Omschrijving
    Af' for '... Af  Bij'): every column it has stands where the earlier one had it, so the
    earlier, complete header holds."""
    if not before or len(new) >= len(before):
        return new
    same = all(any(b.kind == c.kind and abs(b.x0 - c.x0) < REPEAT_TOL for b in before) for c in new)
    return before if same else new


REPEAT_TOL = 0.03  # a repeated header's columns stand within this of the first one's (page widths)


def _af_or_bij_misread(folded: list[str], i: int) -> tuple[int, str] | None:
    """'At  Bij' or 'Af  8ij': a short word OCR misread right before 'Bij' or right after 'Af'
    is the other of the pair (two letters are too short to match fuzzily on their own)."""
    word = folded[i].strip(".:")
    nxt = folded[i + 1].strip(".:") if i + 1 < len(folded) else ""
    prev = folded[i - 1].strip(".:") if i > 0 else ""
    if len(word) == 2 and word[0] == "a" and nxt == "bij":
        return (1, "debit")
    if len(word) == 3 and word[0] in "b8" and word[2] in "jl" and prev == "af":
        return (1, "credit")
    return None


def _af_bij_indicator(cols: list[_Col]) -> list[_Col]:
    """ING's 'Code  Af Bij  Bedrag (EUR)': 'Af' and 'Bij' side by side next to an amount column
    are one column holding the word Af or Bij, not two amount columns."""
    if not any(c.kind == "amount" for c in cols):
        return cols
    for a, b in itertools.pairwise(cols):
        if {a.kind, b.kind} == {"debit", "credit"} and b.x0 - a.x1 < AF_BIJ_GAP:
            merged = _Col("indicator", a.x0, b.x1)
            return [merged if c is a else c for c in cols if c is not b]
    return cols


AF_BIJ_GAP = 0.02  # 'Af Bij' as one heading: its words a space apart, not a column apart


def _nearest(cols: Sequence[_Col], x0: float, x1: float, *, right: bool) -> _Col | None:
    """The column whose header overlaps [x0, x1] most, else the nearest by the aligned edge."""
    if not cols:
        return None

    def dist(c: _Col) -> float:
        overlap = min(x1, c.x1) - max(x0, c.x0)
        if overlap > 0:
            return -overlap
        return min(abs(x1 - c.x1), abs(x0 - c.x0)) if right else abs(x0 - c.x0)

    return min(cols, key=dist)


def _text_col(cols: Sequence[_Col], x0: float) -> _Col | None:
    """The column a left-aligned text word starts in: the rightmost column starting left of it."""
    left = [c for c in cols if c.x0 <= x0 + 0.01]
    return max(left, key=lambda c: c.x0) if left else None


# --- rows ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Row:
    page: int
    date: date | None
    date_words: list[Word]
    date_from_heading: bool
    amount: Decimal | None
    amount_words: list[Word]
    sign_known: bool
    balance: Decimal | None = None
    desc: list[Word] = field(default_factory=list)
    other: list[Word] = field(default_factory=list)  # name / counterparty columns
    words: list[Word] = field(default_factory=list)
    bottom: float = 0.0
    height: float = 0.01
    problems: list[str] = field(default_factory=list)
    cols: list[_Col] | None = None  # the table's columns, for re-reading a cell
    first: list[Word] = field(default_factory=list)  # the words of the row's first line
    signed: bool = False  # a sign, Af/Bij or C/D marker (or its column) came with the amount


def _within(day: date, period: tuple[date, date]) -> bool:
    return period[0] <= day <= period[1]


def _starts_with_any(text: str, phrases: tuple[str, ...]) -> bool:
    t = fold(text).lstrip("‘’'\"`„“”.,:;_-~ ")  # specks OCR puts before the first word
    return bool(_phrase_start(phrases).match(t))


@functools.cache
def _phrase_start(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for 'the text is one of the phrases or starts with one and a space'."""
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})(?: |$)")


def _is_noise(w: Word) -> bool:
    """Table rules and specks that OCR reads as characters."""
    return all(ch in "|¦_=~—·•'\"`.,:;!" for ch in w.text)


class _TableReader:
    def __init__(self, view: DocView, period: tuple[date, date] | None) -> None:
        self.view = view
        self.period = period
        k = _table_knowledge()
        self.skip = tuple(fold(s) for s in k["skip_rows"])
        self.weekdays = {fold(s) for s in k["weekdays"]}
        self.rows: list[_Row] = []
        self.used_lines: set[tuple[int, int]] = set()
        self.header_lines: set[tuple[int, int]] = set()
        self.first_header: tuple[int, float] | None = None  # page, y of the first table header
        self.cols_at: dict[tuple[int, int], list[_Col]] = {}  # table lines: their columns
        self.yearless = False  # a date without a year was read: the rows depend on the period

    def read(self) -> list[_Row]:
        by_page: dict[int, list[Line]] = {}
        for line in self.view.lines:
            by_page.setdefault(line.page, []).append(line)
        headers = {
            (ln.page, ln.index): cols
            for ln in self.view.lines
            if (cols := _match_header(ln)) is not None
        }
        any_header = bool(headers)
        cols: list[_Col] | None = None
        for page in sorted(by_page):
            lines = by_page[page]
            page_headers = [ln for ln in lines if (ln.page, ln.index) in headers]
            start = 0
            if page_headers:
                start = lines.index(page_headers[0])
            elif any_header and cols is None:
                continue  # the table has not begun yet
            heading: tuple[date, list[Word]] | None = None
            current: _Row | None = None
            for line in lines[start:]:
                key = (line.page, line.index)
                if key in headers:
                    cols = _repeated_header(headers[key], cols)
                    self.header_lines.add(key)
                    if self.first_header is None:
                        self.first_header = (line.page, line.bbox[1])
                    current = None
                    continue
                words = [w for w in line.words if not _is_noise(w)]
                if not words:
                    continue
                if cols is not None:
                    self.cols_at[key] = cols
                res = self._line(words, cols, heading, current, page)
                if res == "skip":
                    current = None
                elif isinstance(res, tuple):
                    heading = res
                    current = None
                    self.used_lines.add(key)
                elif isinstance(res, _Row):
                    if res is not current:
                        self.rows.append(res)
                    current = res
                    self.used_lines.add(key)
                else:
                    current = None
        return self.rows

    def _line(
        self,
        words: list[Word],
        cols: list[_Col] | None,
        heading: tuple[date, list[Word]] | None,
        current: _Row | None,
        page: int,
    ) -> _Row | tuple[date, list[Word]] | str | None:
        amounts, a_used = _amounts(words)
        dates, d_used = _dates(words, a_used)
        rest = [w for i, w in enumerate(words) if i not in a_used and i not in d_used]
        text_words = [w for w in rest if fold(w.text) not in _INDICATORS or cols is None]
        if cols is not None:
            # indicator words in a C/D column or next to an amount are not text
            amount_x0 = min(
                (c.x0 for c in cols if c.kind in (*AMOUNT_KINDS, "indicator")), default=1.0
            )
            text_words = [
                w
                for w in rest
                if not (fold(w.text) in _INDICATORS and w.bbox[0] >= amount_x0 - 0.05)
            ]
        alpha = [w for w in text_words if any(ch.isalpha() for ch in w.text)]
        lead = _text(w for w in words if words.index(w) not in d_used)
        if _starts_with_any(lead, self.skip) or _starts_with_any(_text(alpha), self.skip):
            return "skip"

        # a date heading: one date (perhaps after a weekday), nothing else
        if not amounts and len(dates) == 1:
            others = [w for w in rest if fold(w.text) not in self.weekdays]
            if not others and (cols is None or dates[0].words[0].bbox[0] < self._date_limit(cols)):
                self.yearless |= dates[0].year is None
                d = dates[0].resolve(self.period)
                # a heading prints a month name or a year ('3 maart', '03-03-2026')
                if d is not None and (dates[0].year is not None or len(dates[0].words) > 1):
                    return (d, dates[0].words)

        # which date is the booking date, which amount the transaction amount
        booking: _Date | None = None
        tx: _Amount | None = None
        bal: _Amount | None = None
        indicator: str | None = None
        marked = False  # a value date or a C/D marker in its column: a row, however garbled
        if cols is not None:
            date_cols = [c for c in cols if c.kind in ("date", "value_date")]
            for d in dates:
                c = _nearest(date_cols, d.words[0].bbox[0], d.words[-1].bbox[2], right=False)
                if c is None or d.words[0].bbox[0] >= self._date_limit(cols):
                    continue
                if c.kind == "date":
                    booking = booking or d
                else:
                    marked = True
            ind_cols = [c for c in cols if c.kind == "indicator"]
            marked = marked or any(
                fold(w.text) in _INDICATORS
                and _nearest(cols, w.bbox[0], w.bbox[2], right=True) in ind_cols
                for w in rest
            )
            amount_cols = [c for c in cols if c.kind in AMOUNT_KINDS]
            for a in amounts:
                c = _nearest(amount_cols, a.x0, a.x1, right=True)
                if c is None or a.x1 < min(cc.x0 for cc in amount_cols) - 0.08:
                    continue  # a number inside the description
                if c.kind == "balance":
                    bal = bal or a
                elif tx is None:
                    tx = a
                    if a.value is not None and c.kind in ("debit", "credit"):
                        v = abs(a.value)
                        tx = _Amount(-v if c.kind == "debit" else v, a.words, True)
            for w in rest:
                low = fold(w.text)
                in_col = _nearest(cols, w.bbox[0], w.bbox[2], right=False) in ind_cols
                if low in _INDICATORS and tx is not None and (w.bbox[0] > tx.x0 or in_col):
                    indicator = _INDICATORS[low]
                elif in_col and tx is not None and indicator is None and len(low) <= 3:
                    # OCR's Af and Bij in their own column: 'Al', 'At', 'Bil', '8ij'
                    indicator = {"a": "-", "b": "+", "8": "+"}.get(low[:1])
        else:
            right = [a for a in amounts if a.x1 > 0.5]
            tx = right[0] if right else None
            bal = right[1] if len(right) > 1 else None
            # without columns a booking date opens the line ('Periode 1 nov 2025 - ...' is not
            # a row)
            left = [d for d in dates if d.words[0].bbox[0] < 0.35 and d.words[0] is words[0]]
            booking = left[0] if left else None
        if tx is not None and indicator is not None and tx.value is not None and not tx.sign_marked:
            v = abs(tx.value)
            tx = _Amount(-v if indicator == "-" else v, tx.words, True)

        desc_words, other_words = self._split_text(text_words, cols)
        starts = tx is not None or (
            (booking is not None or marked) and cols is not None and bool(alpha)
        )
        # without a table header, a row has a date of its own or under a date heading (an
        # amount alone is a summary line: 'Ten name van ...   Startsaldo € 872,85')
        dated = booking is not None or heading is not None
        if starts and (dated or (cols is not None and (tx is not None or marked))) and alpha:
            when: date | None = None
            dwords: list[Word] = []
            from_heading = False
            problems: list[str] = []
            if booking is not None:
                self.yearless |= booking.year is None
                when = booking.resolve(self.period)
                dwords = booking.words
                if when is None:
                    problems.append(f"unreadable date {_text(booking.words)!r}")
            elif heading is not None:
                when, dwords, from_heading = heading[0], [], True
            else:
                problems.append("no booking date")
            amount = tx.value if tx is not None else None
            if tx is None:
                problems.append("no amount")
            elif tx.value is None:
                problems.append(f"unreadable amount {_text(tx.words)!r}")
            row = _Row(
                page,
                when,
                dwords,
                from_heading,
                amount,
                tx.words if tx is not None else [],
                # with a C/D column, a row whose marker was not read has no known sign
                tx is not None
                and (
                    tx.sign_marked
                    or (cols is not None and not any(c.kind == "indicator" for c in cols))
                ),
                bal.value if bal is not None else None,
                desc_words,
                other_words,
                list(words),
                max(w.bbox[3] for w in words),
                _height(words),
                problems,
                cols,
                list(words),
                tx is not None and tx.sign_marked,
            )
            return row
        # a continuation line: close under the current row, no amount, no date where a row's
        # date stands ('Datum/Tijd: 01.05.2026 13:45' in the description is detail)
        limit = self._date_limit(cols) if cols is not None else 0.35
        if (
            current is not None
            and not amounts
            and not any(d.words[0].bbox[0] < limit for d in dates)
        ):
            top = min(w.bbox[1] for w in words)
            if top - current.bottom < 1.3 * current.height:
                if dates:  # a detail's date and time are text here
                    desc_words, other_words = self._split_text(
                        [w for i, w in enumerate(words) if i not in a_used], cols
                    )
                current.desc += desc_words
                current.other += other_words
                current.words += words
                current.bottom = max(w.bbox[3] for w in words)
                return current
        return None

    @staticmethod
    def _date_limit(cols: list[_Col]) -> float:
        """Dates right of this x are inside the description, not in a date column."""
        text = [c.x0 for c in cols if c.kind in ("description", "name", "counterparty")]
        return min(text) if text else 0.5

    @staticmethod
    def _split_text(words: list[Word], cols: list[_Col] | None) -> tuple[list[Word], list[Word]]:
        """(description words, other text words: counterparty name/account, codes)."""
        if cols is None:
            return words, []
        text_cols = [c for c in cols if c.kind in TEXT_KINDS or c.kind in ("date", "value_date")]
        has_desc = any(c.kind == "description" for c in cols)
        desc: list[Word] = []
        other: list[Word] = []
        for w in words:
            c = _text_col(text_cols, w.bbox[0])
            kind = c.kind if c is not None else "description"
            if (
                kind == "description"
                or (not has_desc and kind == "name")
                or (kind in ("date", "value_date") and not has_desc)
            ):
                desc.append(w)
            elif kind in ("date", "value_date"):
                desc.append(w)  # text spilling left of the description column
            else:
                other.append(w)
        return desc, other


# --- header fields ------------------------------------------------------------------------------


def _all_label_words() -> set[str]:
    out = set()
    for syns in knowledge()["fields"][DOC].values():
        out.update(fold(s) for s in syns)
    return out


def _value_right(line: Line, after: int, *, max_gap: float = 0.3) -> list[Word]:
    """Words right of index `after` on the line, up to a wide gap (past ':' separators)."""
    words = list(line.words[after:])
    while words and fold(words[0].text) in {"", ":", "-"}:
        words.pop(0)
    if not words:
        return []
    prev_x = line.words[after - 1].bbox[2] if after > 0 else 0.0
    if words[0].bbox[0] - prev_x > max_gap:
        return []
    out = [words[0]]
    for w in words[1:]:
        gap = w.bbox[0] - out[-1].bbox[2]
        if gap > max(0.03, 3.5 * (out[-1].bbox[3] - out[-1].bbox[1])):
            break
        out.append(w)
    return out


def _value_below(view: DocView, line: Line, x0: float, x1: float, *, lines: int = 2) -> list[Word]:
    idx = view.lines.index(line)
    for nxt in view.lines[idx + 1 : idx + 1 + lines]:
        if nxt.page != line.page or nxt.bbox[1] - line.bbox[3] > 0.05:
            return []
        sel = [w for w in nxt.words if w.bbox[2] > x0 - 0.01 and w.bbox[0] < x1 + 0.2]
        if sel:
            start = nxt.words.index(sel[0])
            return list(nxt.words[start : run_end(nxt.words, start)])
    return []


_NAME_LINKS = {"en/of", "en", "of", "e/o", "&"}


def _name_like(text: str) -> bool:
    """Words of a person's name are capitalised, name prefixes ('van', 'de', 'ter') and
    'en/of' aside: 'Soort rekening' is the next label, not the holder."""
    for w in text.split():
        f = fold(w).strip(".,")
        if len(f) >= 3 and w[:1].islower() and f not in LOWER_STARTS and f not in _NAME_LINKS:
            return False
    return True


class _Header:
    def __init__(
        self,
        view: DocView,
        table_top: tuple[int, float] | None,
        used: set,
        reread: Callable[[int, BBox, str], str | None] | None = None,
        cols_at: dict[tuple[int, int], list[_Col]] | None = None,
    ) -> None:
        self.reread = reread  # re-OCR a region of a scanned page with a character whitelist
        self.cols_at = cols_at or {}  # a balance line inside the table: its Af/Bij columns
        self.view = view
        self.table_top = table_top
        self.used = used
        self.label_words = _all_label_words()
        self.as_of: dict[int, date] = {}  # balance candidate -> the date printed with it

    def in_header(self, line: Line) -> bool:
        """Above the first table header (or the whole first page when no table was found)."""
        if self.table_top is None:
            return line.page == self.view.pages[0].number if self.view.pages else False
        page, y = self.table_top
        return line.page < page or (line.page == page and line.bbox[3] <= y + 0.002)

    def labelled(
        self, name: str, *, header_only: bool = True
    ) -> list[tuple[Line, int, float, float]]:
        """(line, word index after the label, label score, label x0) for each label of a field."""
        out = []
        for span in self.view.find_labels(labels(DOC, name)):
            if header_only and not self.in_header(span.line):
                continue
            if (span.line.page, span.line.index) in self.used:
                continue
            out.append((span.line, span.end, span.score, span.bbox[0]))
        out.sort(key=lambda t: (t[0].page, t[0].bbox[1], round(t[3], 2), -t[2]))
        return out

    def _iban_cand(self, words: list[Word], page: int, score: float) -> Candidate | None:
        iban, used, status = _iban_in_words(words)
        if iban is None:
            return None
        if status == "invalid":
            return _cand(iban, used, page, label_score=score, valid=False,
                         problems=[f"IBAN {iban} fails the mod-97 check"])  # fmt: skip
        c = _cand(iban, used, page, label_score=score, valid=True)
        if status == "repaired":
            c.ocr_conf = min(c.ocr_conf, 0.5)
        return c

    # IBAN
    def iban(self) -> Candidate | None:
        for line, end, score, x0 in self.labelled("iban"):
            lab = line.words[end - 1]
            right = _value_right(line, end, max_gap=0.4)
            below = _value_below(self.view, line, x0, lab.bbox[2])
            for words in (right, below):
                if words and (c := self._iban_cand(words, line.page, score)) is not None:
                    return c
        for line in self.view.lines:  # no label: the first IBAN printed in the header
            if _DATED_ROW.match(line.text):
                continue  # a booking's counterparty ('1 jun 2026  Woonstichting  NL13RABO...')
            if self.in_header(line) and (c := self._iban_cand(list(line.words), line.page, 0.0)):
                return c
        return None

    # account holder
    def holder(self) -> Candidate | None:
        for line, end, score, x0 in self.labelled("account_holder"):
            right = _value_right(line, end, max_gap=0.3)
            if right and fold(_text(right)) in self.label_words:
                right = []
            lab = line.words[end - 1]
            for words in (right, _value_below(self.view, line, x0, lab.bbox[2])):
                if not words or fold(_text(words)) in self.label_words:
                    continue
                text = _text(words)
                if re.search(r"\d", text) or not _name_like(text):
                    continue
                try:
                    return _cand(normalize_name(text), words, line.page, label_score=score)
                except ValueError:
                    continue
        return self._address_window()

    def _address_window(self) -> Candidate | None:
        """The name above 'street number' above 'postcode city' (no label)."""
        lines = [ln for ln in self.view.lines if self.in_header(ln)]
        for k, line in enumerate(lines):
            for i, w in enumerate(line.words):
                nxt = line.words[i + 1].text if i + 1 < len(line.words) else ""
                joined = f"{w.text} {nxt}"
                if not re.match(
                    r"^[1-9]\d{3}\s?[A-Z]{2}\b", joined if len(w.text) == 4 else w.text
                ):
                    continue
                x = w.bbox[0]
                # the lines above in this column (a second column's lines may lie between)
                above = [
                    ln for ln in reversed(lines[max(0, k - 8) : k])
                    if ln.page == line.page and any(abs(s.bbox[0] - x) < 0.02 for s in ln.words)
                ][:2]  # fmt: skip
                if len(above) < 2:
                    continue
                street, name = above
                sw = [s for s in street.words if abs(s.bbox[0] - x) < 0.02]
                if not sw or not re.search(
                    r"\d", _text(_value_right(street, street.words.index(sw[0]) + 1) + sw)
                ):
                    continue  # no 'street number' line between name and postcode
                nw = [n for n in name.words if abs(n.bbox[0] - x) < 0.02]
                if not nw:
                    continue
                start = name.words.index(nw[0])
                words = list(name.words[start : run_end(name.words, start)])
                text = _text(words)
                if re.search(r"\d", text):
                    continue
                try:
                    return _cand(normalize_name(text), words, name.page, label_score=0.0)
                except ValueError:
                    continue
        return None

    # period
    def period(self) -> tuple[Candidate | None, Candidate | None]:
        for line, end, score, x0 in self.labelled("period"):
            right = list(line.words[end:])
            lab = line.words[end - 1]
            below = _value_below(self.view, line, x0, lab.bbox[2])
            for words in (right, below):
                got = self._two_dates(words, line.page if words is right else None, score)
                if got is not None:
                    return got
            if right and self.reread is not None and self._ocr(line.page):
                got = self._reread_period(line, right, score)
                if got is not None:
                    return got
        for line in self.view.lines:  # no label: 'd t/m d' in the header
            if self.in_header(line) and re.search(r"\bt/m\b|\btot en met\b", line.text):
                got = self._two_dates(list(line.words), line.page, 0.0)
                if got is not None:
                    return got
        return None, None

    def _ocr(self, page: int) -> bool:
        return any(p.number == page and p.ocr for p in self.view.pages)

    def _reread_period(
        self, line: Line, right: list[Word], score: float
    ) -> tuple[Candidate, Candidate] | None:
        """Re-OCR a garbled numeric period ('01.02.2026 - 28.02.2026') with a digit whitelist."""
        assert self.reread is not None
        box = _box(right)
        for grow in (0.0, 0.004):  # Tesseract is sensitive to the crop: a second, larger try
            b = (box[0] - grow, box[1] - grow, box[2] + grow, box[3] + grow)
            text = self.reread(line.page, b, "0123456789.-/ ")
            found = re.findall(r"\d{2}[-./]\d{2}[-./]\d{4}", text or "")
            if len(found) == 2:
                break
        else:
            return None
        words = [Word(t, box, _conf(right), line.index) for t in found]
        got = self._two_dates(words, line.page, score)
        if got is not None:
            for c in got:
                c.bbox, c.ocr_conf = box, min(c.ocr_conf, 0.6)
                c.problems.append("period re-read")
        return got

    def _two_dates(
        self, words: list[Word], page: int | None, score: float
    ) -> tuple[Candidate, Candidate] | None:
        if not words:
            return None
        page = page or self.view.lines[0].page
        for ln in self.view.lines:
            if words[0] in ln.words:
                page = ln.page
                break
        ds, _ = _dates(words)
        if len(ds) >= 2:
            a, b = ds[0], ds[1]
            if b.year is None:
                return None
            end = b.resolve(None)
            if end is None:
                return None
            if a.year is None:
                y = b.year - (1 if (a.month, a.day) > (b.month, b.day) else 0)
                a = _Date(a.day, a.month, y, a.words)
            start = a.resolve(None)
            if start is None:
                return None
            return (
                _cand(start.isoformat(), a.words, page, label_score=score, valid=True),
                _cand(end.isoformat(), b.words, page, label_score=score, valid=True),
            )
        # 'maart 2026' -> the whole month
        for i, w in enumerate(words[:-1]):
            mo = _month(w.text)
            if mo and _YEAR.match(words[i + 1].text):
                y = int(words[i + 1].text)
                nxt = date(y + mo // 12, mo % 12 + 1, 1)
                ws = words[i : i + 2]
                return (
                    _cand(date(y, mo, 1).isoformat(), ws, page, label_score=score, valid=True),
                    _cand(
                        (nxt - timedelta(days=1)).isoformat(),
                        ws,
                        page,
                        label_score=score,
                        valid=True,
                    ),
                )
        return None

    # balances
    def balance(self, name: str, rival: str) -> list[Candidate]:
        """Every printed occurrence of the balance, first first. A label that is a better match
        for the `rival` balance ('saldo begin' vs 'saldo einde', fuzzy) is not this one's."""
        out: list[Candidate] = []
        rivals = self.labelled(rival, header_only=False)
        for line, end, score, x0 in self.labelled(name, header_only=False):
            if any(r[0] is line and abs(r[3] - x0) < 0.01 and r[2] > score for r in rivals):
                continue
            words = list(line.words[end:])
            amounts, _ = _amounts(words)
            lab = line.words[end - 1]
            # 'Saldo op 1 september 2026': the date the balance is of, when printed with it
            on = _dates(words[:4])[0]
            as_of = on[0].resolve(None) if on and on[0].words[0] is words[0] else None
            if amounts:
                a = amounts[0]
            else:
                below = _value_below(self.view, line, x0, lab.bbox[2], lines=1)
                b_amounts, _ = _amounts(below)
                if b_amounts:
                    a = b_amounts[0]
                else:  # a garbled figure right of the label ('1336, CG'): unreadable
                    skip = {id(w) for d in on for w in d.words}
                    digits = [
                        w for w in words if id(w) not in skip and any(ch.isdigit() for ch in w.text)
                    ]
                    if not digits or not self._ocr(line.page):
                        continue
                    tail = words[words.index(digits[-1]) :]
                    a = _Amount(None, [*digits, *tail[1:2]], False)
            page = line.page
            cols = self.cols_at.get((line.page, line.index))
            sides = {c.kind for c in cols or []} >= {"debit", "credit"}
            if a.value is not None and not a.sign_marked and cols and amounts and sides:
                # 'Vorig saldo' printed in the Af (Debet) column of the table: a negative balance
                side = _nearest([c for c in cols if c.kind in AMOUNT_KINDS], a.x0, a.x1, right=True)
                if side is not None and side.kind == "debit":
                    a = _Amount(-abs(a.value), a.words, True)
            if a.value is None:
                out.append(_cand(None, a.words, page, label_score=score, valid=False,
                                 problems=[f"unreadable amount {_text(a.words)!r}"]))  # fmt: skip
            else:
                out.append(_cand(money(a.value), a.words, page, label_score=score, valid=True))
            if as_of is not None:
                self.as_of[id(out[-1])] = as_of
        return out

    def balances(self, period: tuple[date, date] | None) -> tuple[list[Candidate], list[Candidate]]:
        """Opening and closing balance candidates. 'Saldo per/op <date>' is the opening balance
        on the earliest date printed so and the closing balance on the latest (or on the period's
        end); without dates, the first and last of several different 'saldo per' amounts."""
        openings = self.balance("opening_balance", "closing_balance")
        closings = self.balance("closing_balance", "opening_balance")
        dated = [c for c in openings if id(c) in self.as_of]
        days = sorted({self.as_of[id(c)] for c in dated})
        last = days[-1] if len(days) >= 2 else None
        if len(days) == 1 and period is not None and days[0] == period[1] != period[0]:
            last = days[0]
        if last is not None:
            closings = [c for c in dated if self.as_of[id(c)] == last] + closings
            openings = [c for c in openings if self.as_of.get(id(c)) != last]
        elif not closings and len(openings) >= 2 and openings[-1].value != openings[0].value:
            closings = [openings.pop()]  # 'Saldo per' ... 'Saldo per': first and last
        return openings, closings

    # bank
    def bank(self, iban: str | None) -> Candidate | None:
        banks: dict[str, dict] = knowledge()["banks"]
        by_code = {b["code"]: name for name, b in banks.items()}
        code_bank = by_code.get(iban[4:8]) if iban else None
        aliases = _bank_aliases()
        lines = [ln for ln in self.view.lines if (ln.page, ln.index) not in self.used]
        # where each alias of more than four letters is (nearly) printed: all lines at once
        near: dict[tuple[int, int], list[int]] = {}  # (alias, line) -> word positions
        for n in {len(toks) for toks, _, _ in aliases}:
            long = [a for a, (toks, _, _) in enumerate(aliases) if len(toks) == n
                    and len(" ".join(toks)) > 4]  # fmt: skip
            grams: list[str] = []
            where: list[tuple[int, int]] = []
            for li, line in enumerate(lines):
                runs = line.runs(n)
                grams += runs
                where += [(li, i) for i in range(len(runs))]
            if long and grams:
                scores = process.cdist([" ".join(aliases[a][0]) for a in long], grams,
                                       scorer=fuzz.ratio, score_cutoff=90, dtype=np.float64)  # fmt: skip
                for r, c in zip(*np.nonzero(scores), strict=True):
                    li, i = where[c]
                    near.setdefault((long[r], li), []).append(i)
        hits: list[tuple[str, list[Word], int, float]] = []
        for li, line in enumerate(lines):
            raw = [w.text.strip(".,:;") for w in line.words]
            taken: set[int] = set()
            for a, (toks, printed, name) in enumerate(aliases):
                n = len(toks)
                target = " ".join(toks)
                if len(target) > 4:
                    places = near.get((a, li), [])  # found by the fuzzy search above
                else:  # a short alias only as printed, or in any case if printed lower case
                    first = printed.split()[0]
                    lower = printed.lower() == printed
                    places = [
                        i
                        for i in range(len(line.words) - n + 1)
                        if (raw[i] == first or (lower and line.folded[i] == toks[0]))
                        and (
                            " ".join(raw[i : i + n]) == printed
                            or (lower and " ".join(line.folded[i : i + n]) == target)
                        )
                    ]
                for i in places:
                    if any(j in taken for j in range(i, i + n)):
                        continue
                    taken.update(range(i, i + n))
                    hits.append((name, list(line.words[i : i + n]), line.page, line.bbox[1]))
        if hits:
            hits.sort(key=lambda h: (h[2], h[3]))
            pick = hits[0]
            if code_bank is not None:
                agree = [h for h in hits if h[0] == code_bank]
                if agree:
                    pick = agree[0]
            c = _cand(pick[0], pick[1], pick[2], label_score=1.0)
            if code_bank is not None:
                c.agreement = 1.0 if pick[0] == code_bank else 0.0
            return c
        if code_bank is not None and iban:
            return Candidate(code_bank, iban, None, None, 0.0, 1.0, None, [])
        return None


@functools.cache
def _bank_aliases() -> list[tuple[list[str], str, str]]:
    """Every bank's aliases (folded words, as printed, bank), longest first."""
    banks: dict[str, dict] = knowledge()["banks"]
    return sorted(
        ((fold(a).split(), a, name) for name, b in banks.items() for a in b["aliases"]),
        key=lambda t: -len(" ".join(t[0])),
    )


# --- the extractor ------------------------------------------------------------------------------


def _agree(cands: list[Candidate]) -> Candidate | None:
    """The first occurrence, with agreement from the others (1 agree, 0 one disagrees)."""
    if not cands:
        return None
    first = cands[0]
    others = [c.value for c in cands[1:] if c.value is not None]
    if others:
        first.agreement = 0.0 if any(v != first.value for v in others) else 1.0
    return first


def _reread(ctx: Context, page: int, box: BBox, whitelist: str) -> str | None:
    from ocr import OcrError, ocr_region  # local: only scans need Tesseract here

    try:
        image = ctx.page_image(page) if ctx.page_image is not None else None
        if image is None:
            return None
        x0, y0, x1, y1 = box  # a little room around the ink reads better than a tight box
        padded = (
            max(0.0, x0 - 0.006),
            max(0.0, y0 - 0.004),
            min(1.0, x1 + 0.01),
            min(1.0, y1 + 0.004),
        )
        words = ocr_region(image, padded, whitelist=whitelist, psm=7)
    except (OcrError, OSError, ValueError, KeyError, IndexError):  # the row stays as read
        return None
    return " ".join(w.text for w in words) or None


_CELL_AMOUNT = re.compile(
    r"^(AF|BIJ|CR|DB|C|D)?([-+]?)(\d{1,3}(?:\.?\d{3})*,\d{2})(-?)(C|D|CR|DB|AF|BIJ)?$"
)  # an Af/Bij or C/D marker before (ING: 'Af  725,00') or after ('800,17 D') the amount
_CELL_CHARS = "0123456789.,-+CDABIJFR"


def _read_bolder(
    ctx: Context, page: int, boxes: list[BBox], whitelist: str
) -> list[tuple[list[Word], list[Word]]] | None:
    """Cells of a scanned page read again, in one engine call, twice each with bolder strokes:
    thin type (Courier) that Tesseract misreads as printed ('800717.' for '800,17 D') reads
    right with its strokes thickened, at full size (3 px) and at half size (2 px). Word boxes
    are page fractions; None when the page image cannot be had or read (cells stay as read)."""
    from ocr import OcrError  # local: only scans need Tesseract here

    if not boxes:
        return []
    try:
        image = ctx.page_image(page) if ctx.page_image is not None else None
        if image is None:
            return None
        return _bolder_readings(image, boxes, whitelist)
    except (OcrError, OSError, ValueError, KeyError, IndexError):
        return None


def _bolder_readings(
    image: np.ndarray, boxes: list[BBox], whitelist: str
) -> list[tuple[list[Word], list[Word]]]:
    from ocr import read_crops

    h, w = image.shape[:2]
    crops, frames = [], []
    for box in boxes:
        x0, y0 = max(0, int(box[0] * w)), max(0, int(box[1] * h))
        x1, y1 = min(w, int(box[2] * w) + 1), min(h, int(box[3] * h) + 1)
        crop = np.ascontiguousarray(image[y0:y1, x0:x1])
        if crop.shape[0] < 4 or crop.shape[1] < 4:
            crops += [crop[:0, :0], crop[:0, :0]]
        else:
            half = cv2.resize(crop, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
            crops += [
                cv2.erode(crop, np.ones((3, 3), np.uint8)),
                cv2.erode(half, np.ones((2, 2), np.uint8)),
            ]
        frames += [(x0, y0, 1.0), (x0, y0, 2.0)]
    read = read_crops(crops, whitelist=whitelist, dpi=None)
    words = [
        [Word(t.text, ((x0 + t.left * k) / w, (y0 + t.top * k) / h, (x0 + (t.left + t.width) * k) / w,
                       (y0 + (t.top + t.height) * k) / h), t.conf / 100.0, t.line, t.block)
         for t in ts]
        for (x0, y0, k), ts in zip(frames, read, strict=True)
    ]  # fmt: skip
    return [(words[2 * n], words[2 * n + 1]) for n in range(len(boxes))]


def _one_reading(got: list[Any], own: Any) -> Any:
    """The value of two re-readings: both the same, or one (the other unreadable) where the row's
    own reading does not contradict it; else None."""
    found = {v for v in got if v is not None}
    if len(found) != 1:
        return None  # nothing read, or the two disagree
    value = found.pop()
    if own is not None and own != value and None in got:
        return None  # one re-reading against the row's own reading
    return value


def _first_line_extent(row: _Row) -> tuple[float, float]:
    """Top and bottom of a row's first line (a tall speck or rule read as a word left out)."""
    top = min(w.bbox[1] for w in row.first)
    bottom = max(w.bbox[3] for w in row.first if w.bbox[3] - w.bbox[1] < 2.5 * row.height)
    return top, bottom


def _amount_cell(row: _Row) -> tuple[list[_Col], list[Word], float, float] | None:
    """The amount columns of a row's table and the words of its first line from a little left
    of them up to the balance column, with that span's left and right edge."""
    if row.cols is None or not row.first:
        return None
    amount_cols = [c for c in row.cols if c.kind in ("debit", "credit", "amount")]
    if not amount_cols:
        return None
    lo = min(c.x0 for c in amount_cols) - 0.1
    stop = min([c.x0 - 0.004 for c in row.cols if c.kind == "balance" and c.x0 > lo] + [1.0])
    return amount_cols, [w for w in row.first if lo <= w.bbox[0] < stop], lo, stop


def _cell_box(row: _Row) -> tuple[BBox, _Col] | None:
    """The amount cell of a row's first line, through its C/D (Af/Bij) cell when there is one."""
    found = _amount_cell(row)
    if found is None or row.cols is None:
        return None
    amount_cols, cell, lo, stop = found
    ind = [c for c in row.cols if c.kind == "indicator"]
    y0, y1 = _first_line_extent(row)
    if cell:
        x0, _, x1, _ = _box(cell)
    else:  # nothing read there: the width of the amount columns
        x0, x1 = lo + 0.04, max(c.x1 for c in amount_cols) + 0.01
    if ind:
        x1 = max(x1, max(c.x1 for c in ind) + 0.02)
    x1 = min(x1, stop)
    col = _nearest(amount_cols, x0, x1, right=True)
    if col is None or x1 - x0 < 0.01:
        return None
    return (max(0.0, x0 - 0.006), y0, min(1.0, x1 + 0.008), y1), col


def _signed(value: Decimal, col: _Col | None, marker: str | None) -> Decimal | None:
    """An amount signed by its Af/Bij (debit/credit) column, else by its C/D or Af/Bij marker
    (folded); None when neither says which way it went."""
    if col is not None and col.kind in ("debit", "credit"):
        return -value if col.kind == "debit" else value
    if marker is not None:
        return -value if _INDICATORS[marker] == "-" else value
    return None


def _cell_amount(text: str, col: _Col | None, has_indicator: bool) -> Decimal | None:
    """A signed amount from a re-read cell ('800,17D', '-12,50', '1.862,10 C'), or None."""
    m = _CELL_AMOUNT.match(text.replace(" ", "").upper())
    if m is None or (m[1] and m[5]):
        return None
    value = parse_amount(m[3])
    marker = m[1] or m[5]
    signed = _signed(value, col, marker.lower() if marker else None)
    if signed is not None:
        return signed
    if m[2] == "-" or m[4] == "-":
        return -value
    return None if has_indicator else value  # a C/D column whose marker was not read: unsure


def _reread_balances(ctx: Context, view: DocView, cands: list[Candidate]) -> None:
    """Balances OCR garbled on a scan ('Nieuw saldo 1336, CG') read again with bolder strokes
    (`_read_bolder`), taken when both readings agree."""
    ocr_pages = {p.number for p in view.pages if p.ocr}
    todo = [c for c in cands if c.value is None and c.bbox is not None and c.page in ocr_pages]
    for c in todo:
        assert c.bbox is not None and c.page is not None
        x0, y0, x1, y1 = c.bbox
        box = (max(0.0, x0 - 0.006), y0 - 0.002, min(1.0, x1 + 0.03), y1 + 0.002)
        pairs = _read_bolder(ctx, c.page, [box], _CELL_CHARS)
        if pairs is None:
            return
        got = [_cell_amount(_text(ws), None, False) for ws in pairs[0]]
        value = _one_reading(got, None)
        if value is not None:
            c.value = money(value)
            c.valid = True
            c.ocr_conf = min(c.ocr_conf, 0.6)
            c.problems = [p for p in c.problems if "unreadable" not in p] + ["balance re-read"]


def _date_box(row: _Row) -> BBox | None:
    """The booking-date cell of a row's first line: from the date column to the next column."""
    if row.cols is None or not row.first or row.date_from_heading:
        return None
    date_col = next((c for c in row.cols if c.kind == "date"), None)
    if date_col is None:
        return None
    right = [c.x0 for c in row.cols if c.x0 > date_col.x1 + 0.005]
    x1 = min(right) - 0.004 if right else date_col.x1 + 0.08
    x0 = min([date_col.x0 - 0.01] + [w.bbox[0] - 0.004 for w in row.first if w.bbox[0] < x1])
    y0, y1 = _first_line_extent(row)
    return (max(0.0, x0), y0, x1, y1) if x1 - x0 > 0.02 else None


_DATE_CHARS = "0123456789.-/ abcdefgijklmnoprstuvzABCDEFGIJKLMNOPRSTUVZ"


def _reread_cells(
    ctx: Context, rows: list[_Row], page: int, period: tuple[date, date] | None
) -> None:
    """Re-OCR the cells of scanned rows whose amount, C/D marker or booking date was not read
    (`_read_bolder`, one engine call per page and kind of cell) and take what reads twice."""
    on_page = [r for r in rows if r.page == page]
    amounts = [
        (r, got)
        for r in on_page
        if (r.amount is None or not r.sign_known) and (got := _cell_box(r)) is not None
    ]
    dates = [(r, got) for r in on_page if r.date is None and (got := _date_box(r)) is not None]
    read_a = _read_bolder(ctx, page, [box for _, (box, _) in amounts], _CELL_CHARS)
    read_d = _read_bolder(ctx, page, [box for _, box in dates], _DATE_CHARS)
    if read_a is None or read_d is None:
        return  # the page image could not be had or read: the rows stay as read
    for (row, (box, col)), pair in zip(amounts, read_a, strict=True):
        has_ind = any(c.kind == "indicator" for c in row.cols or [])
        got = [_cell_amount(_text(ws), col, has_ind) for ws in pair]
        own = abs(row.amount) if row.amount is not None else None
        value = _one_reading([None if v is None else abs(v) for v in got], own)
        if value is None:
            continue
        row.amount = next(v for v in got if v is not None and abs(v) == value)
        row.sign_known = True
        row.amount_words = [w for w in row.first if w.bbox[0] >= box[0] - 0.01] or row.amount_words
        row.problems = [p for p in row.problems if "amount" not in p]
        row.problems.append("amount re-read")
    for (row, box), pair in zip(dates, read_d, strict=True):
        got_d: list[date | None] = []
        for ws in pair:
            found = _dates(ws)[0]
            got_d.append(found[0].resolve(period) if found else None)
        when = _one_reading(got_d, None)
        if when is None:
            continue
        row.date = when
        row.date_words = [w for w in row.first if w.bbox[2] <= box[2] + 0.01] or row.date_words
        row.problems = [p for p in row.problems if "date" not in p]
        row.problems.append("date re-read")


_DIGITS_ONLY = re.compile(r"\d{3,7}")


def _commas_from_balances(
    rows: list[_Row], ocr_pages: set[int], opening: str | None, closing: str | None
) -> None:
    """Scanned rows whose amount OCR read without its decimal comma ('111370' for '1.113,70'):
    the figure is taken as cents when then, with the signs the balances decide, opening plus
    the transactions makes the closing balance; otherwise the rows stay unread."""
    if opening is None or closing is None:
        return
    tried: list[tuple[_Row, list[str]]] = []
    for r in rows:
        found = _amount_cell(r) if r.amount is None and r.page in ocr_pages else None
        if found is None:
            continue
        amount_cols, cell, _, _ = found
        figures = [w for w in cell if _DIGITS_ONLY.fullmatch(w.text)]
        if len(figures) != 1:
            continue
        col = _nearest(amount_cols, figures[0].bbox[0], figures[0].bbox[2], right=True)
        marks = [t for w in cell if (t := fold(w.text).strip(".:")) in _INDICATORS]
        value = Decimal(figures[0].text) / 100
        signed = _signed(value, col, marks[0] if len(marks) == 1 else None)
        known = signed is not None
        value = value if signed is None else signed
        tried.append((r, list(r.problems)))
        r.amount, r.sign_known, r.amount_words = value, known, figures
        r.problems = [p for p in r.problems if "amount" not in p] + ["decimal comma lost"]
    if not tried:
        return
    _signs_from_balances(rows, opening, closing)
    complete = all(r.amount is not None and r.sign_known for r in rows)
    total = sum((r.amount for r in rows if r.amount is not None), Decimal(0))
    if complete and Decimal(opening) + total == Decimal(closing):
        return
    for r, problems in tried:  # the balances do not confirm the reading: unread, as before
        r.amount, r.sign_known, r.amount_words, r.problems = None, False, [], problems


def _sign_from_running_balance(row: _Row, prev: Decimal | None, chained: bool) -> bool:
    """A row with a running balance ('Saldo' column) whose amount, added to the balance before
    it, misses its own but, subtracted, makes it: the Af column's heading (or the row's marker)
    was lost, the balance says which way it went. Only while the balances have added up from
    the opening balance on (a balance whose own minus OCR lost would flip every row after it).
    Returns whether the chain still adds up after this row."""
    if row.amount is None or prev is None:
        return False
    if row.balance is None:  # no balance printed on this row: the chain goes on through it
        return chained
    if prev + row.amount == row.balance:
        return True
    if chained and row.amount != 0 and prev - row.amount == row.balance:
        row.amount = -row.amount
        row.sign_known = True
        row.problems.append("sign from the running balance")
        return True
    return False


MAX_UNSIGNED = 14  # rows whose sign is searched for (2^14 combinations at most)


_MONTH_YEAR = re.compile(r"\b([A-Za-z]{3,9})\s+(\d{4})\b")


def _signs_from_balances(rows: list[_Row], opening: str | None, closing: str | None) -> None:
    """Rows whose Af/Bij or C/D marker OCR lost: the one assignment of signs that makes
    opening + transactions = closing, when there is exactly one; otherwise they stay unsure."""
    if opening is None or closing is None or any(r.amount is None for r in rows):
        return
    unsure = [r for r in rows if not r.sign_known]
    if not unsure or len(unsure) > MAX_UNSIGNED:
        return
    known = sum((r.amount for r in rows if r.sign_known), Decimal(0))  # type: ignore[misc]
    target = Decimal(closing) - Decimal(opening) - known
    sizes = [abs(r.amount) for r in unsure]  # type: ignore[arg-type]
    found: list[tuple[bool, ...]] = []
    for negative in itertools.product((False, True), repeat=len(unsure)):
        if (
            sum((-a if n else a for a, n in zip(sizes, negative, strict=True)), Decimal(0))
            == target
        ):
            found.append(negative)
            if len(found) > 1:
                return  # ambiguous: leave them for a person
    if not found:
        return
    for row, size, negative in zip(unsure, sizes, found[0], strict=True):
        row.amount = -size if negative else size
        row.sign_known = True
        row.problems.append("sign from the balances")


def _reference_period(view: DocView, header: _Header) -> tuple[date, date] | None:
    """The range of the full dates (or the month) printed above the table, for resolving
    booking dates without a year when the period itself was not read; never reported."""
    found: list[date] = []
    for line in view.lines:
        if not header.in_header(line):
            continue
        for d in _dates(line.words)[0]:
            if d.year is not None and (got := d.resolve(None)) is not None:
                found.append(got)
        for m in _MONTH_YEAR.finditer(line.text):
            if m[1].lower() in MONTHS:
                found.extend(parse_month(f"{m[1]} {m[2]}"))
    if not found:
        return None
    return min(found), max(found)


def extract_statement(ctx: Context) -> Extraction:
    """Header fields and transaction rows of a bank statement (PDF text layer or OCR)."""
    view = ctx.view()
    notes: list[str] = []

    # a first pass finds the table (so header fields are looked for above it), a second pass
    # resolves dates without a year against the statement period
    probe = _TableReader(view, None)
    probe.read()
    reread = None
    if ctx.page_image is not None:

        def reread(page: int, box: BBox, whitelist: str) -> str | None:
            return _reread(ctx, page, box, whitelist)

    header = _Header(view, probe.first_header, probe.used_lines | probe.header_lines, reread)
    start, end = header.period()
    period = None
    if start is not None and end is not None and start.value and end.value:
        period = (date.fromisoformat(start.value), date.fromisoformat(end.value))
    # the period unreadable: dates without a year take it from other dates in the header (with
    # every date printed with its year, the first pass's rows are the rows)
    reader = probe
    if probe.yearless:
        reader = _TableReader(view, period or _reference_period(view, header))
        reader.read()
    rows = reader.rows
    header = _Header(
        view, reader.first_header, reader.used_lines | reader.header_lines, cols_at=reader.cols_at
    )

    iban = header.iban()
    if iban is not None and iban.value:  # the account number repeated (page headers, footers)
        seen = []
        for line in view.lines:
            if (line.page, line.index) in reader.used_lines:
                continue
            got, used, _ = _iban_in_words(line.words)
            if got and _box(used) != iban.bbox:
                seen.append(got)
        if seen and iban.value in seen:
            iban.agreement = 1.0
    holder = header.holder()
    bank = header.bank(iban.value if iban is not None else None)

    openings, closings = header.balances(period)
    _reread_balances(ctx, view, [*openings, *closings])
    opening, closing = _agree(openings), _agree(closings)

    ocr_pages = {p.number for p in view.pages if p.ocr}
    if period is not None:
        # a dated line in the table without any amount, dated outside the statement's period
        # ('Volgend afschrift 01-04-2026'): a note, no booking (a booking always has an amount)
        rows = [r for r in rows if r.amount_words or r.date is None or _within(r.date, period)]
    for page in sorted(ocr_pages):
        _reread_cells(ctx, rows, page, reader.period)

    if any(r.signed and r.amount is not None and r.amount > 0 for r in rows):
        # credits printed with '+' (or 'Bij'): an amount with no sign at all lost it to OCR
        for r in rows:
            if not r.signed and r.amount is not None and r.page in ocr_pages:
                r.sign_known = False
    if opening is not None and closing is not None:
        _commas_from_balances(rows, ocr_pages, opening.value, closing.value)
        _signs_from_balances(rows, opening.value, closing.value)

    transactions: list[TransactionResult] = []
    prev_balance: Decimal | None = None
    if opening is not None and opening.value is not None:
        prev_balance = Decimal(opening.value)
    chained = prev_balance is not None  # the running balance so far agrees with the opening
    for row in rows:
        chained = _sign_from_running_balance(row, prev_balance, chained)
        cp, _, status = _iban_in_words(row.other) if row.other else (None, [], "ok")
        if cp is None:
            cp, _, status = _iban_in_words(row.desc)
        conf = (
            _conf(row.date_words + row.amount_words)
            if (row.date_words or row.amount_words)
            else 0.5
        )
        if row.date is None or row.amount is None:
            conf *= 0.3
        if "amount re-read" in row.problems:
            conf *= 0.8
        if status != "ok":
            conf *= 0.8 if status == "repaired" else 0.5
        if not row.sign_known:
            conf *= 0.7
        if (
            row.balance is not None
            and row.amount is not None
            and prev_balance is not None
            and prev_balance + row.amount != row.balance
        ):
            conf *= 0.5  # the running balance disagrees
        if row.balance is not None:
            prev_balance = row.balance
        elif prev_balance is not None and row.amount is not None:
            prev_balance += row.amount
        transactions.append(
            TransactionResult(
                row.date.isoformat() if row.date else None,
                " ".join(_text(row.desc).split()),
                money(row.amount) if row.amount is not None else None,
                cp,
                round(conf, 4),
                row.page,
                _box(row.words),
            )
        )

    # the document's sanity check: opening + mutations == closing
    if opening is not None and closing is not None and opening.value and closing.value:
        total = sum((Decimal(t.amount) for t in transactions if t.amount), Decimal("0"))
        complete = all(t.amount is not None for t in transactions)
        ok = complete and Decimal(opening.value) + total == Decimal(closing.value)
        for c in (opening, closing):
            c.agreement = 1.0 if ok and c.agreement != 0.0 else (0.0 if not ok else c.agreement)
        if not ok:
            notes.append("balance_mismatch")

    if period is not None and rows:
        outside = [r for r in rows if r.date and not _within(r.date, period)]
        for c in (start, end):
            assert c is not None
            c.agreement = 0.0 if outside else 1.0
    fields: dict[str, Candidate | None] = {
        "bank_name": bank,
        "account_holder": holder,
        "iban": iban,
        "statement_period_start": start,
        "statement_period_end": end,
        "opening_balance": opening,
        "closing_balance": closing,
    }
    return Extraction(fields, transactions, notes)
