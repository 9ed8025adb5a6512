"""The application_form extractor: the municipal bijstand application (aanvraag Participatiewet).

Forms are read by layout, not by template: every label synonym (extraction/labels.yaml) is found
on the page, and its value is looked for right of it (label left of the box) or under it (label
above the box), in the label's column. A label line is cut into columns at wide gaps, so
"Burgerservicenummer   Geboortedatum" over two comb boxes gives two values. Which person a
label is about follows from the label itself ("BSN partner"), from the section it stands in
("2. Gegevens partner") or from the column of a table with the headers "Aanvrager" / "Partner".

Checkboxes and the signature are measured from ink in the page image (OpenCV), never guessed
from text: the squares next to "Ja"/"Nee" are found as contours and the dark-pixel fraction
inside each is compared; the signature is measured in the box at the label "Handtekening" (or
above the line it captions, on the line right of it, or the space around it) after masking
printed words and the box's own border and rules.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

import cv2
import numpy as np
from rapidfuzz.distance import Levenshtein

from extraction import normalize as nz
from extraction.base import Candidate, Context, Extraction, labels
from extraction.layout_query import DocView, Line, WordRun, best_first, fold, union
from extraction.normalize import NAME_PREFIXES
from extraction.schema import FIELDS
from ocr.errors import OcrError
from ocr.types import BBox, Word

DOC = "application_form"
ROLES = ("applicant", "partner")
PERSON = ("bsn", "first_names", "surname", "prefix", "date_of_birth")
# the fields one label gives directly (not a person's, not ticked or signed)
SIMPLE = tuple(
    f
    for f in FIELDS[DOC]
    if not f.startswith(ROLES) and f not in ("has_partner", "signature_present", "signature_date")
)
COMBINED = ("street_and_house_number", "postcode_and_city")
LABEL_KEYS = (  # in order of precedence when two fields share a synonym
    *COMBINED,
    *(f"{r}_{p}" for r in reversed(ROLES) for p in PERSON),
    *SIMPLE,
    "house_number_suffix",
    "signature_date",
)
PARTNER_WORDS = {"partner", "echtgenoot", "echtgenote", "echtgeno(o)t(e", "partners"}
APPLICANT_WORDS = {"aanvrager", "uzelf"}

# tuning constants (fractions of the page unless said otherwise), measured on dev forms
SEG_GAP = 0.8  # a gap wider than this many text heights starts a new column/segment
BAND = 0.7  # a word is on the label's band when its centre is within this many label heights
MAX_RIGHT = 0.55  # the value starts at most this far right of its label
MAX_BELOW = 0.035  # the value's top is at most this far under its label
MAX_LABEL_WORDS = 12  # a longer run of words is a paragraph, not a label
CHECK_MIN = 0.06  # ink fraction inside a ticked box (empty boxes measure ~0.00-0.02)
TYPED_MIN_CONF = 0.8  # an answer word read less surely may be a box glued to 'Ja'/'Nee'
CAPTION_CELL = 2.5  # a frame less than this many label heights tall only holds its caption
SIGN_MIN = 0.004  # ink fraction of a signed signature box (empty boxes ~0.000-0.001)

_HEADING = re.compile(
    r"^(?:(?:deel|onderdeel|stap|vraag|hoofdstuk|rubriek|blok|sectie)\s+)?\d{1,2}(?:\.\d{1,2})*[.):]?"
    r"\s+(?:[–—-]\s+)?[^\W\d_]",
    re.IGNORECASE,
)
_FOOTER = re.compile(r"\bpagina\s+\d+\s*(?:van|/)\s*\d+\b|^\s*\d+\s*/\s*\d+\s*$", re.IGNORECASE)
_EMAIL = re.compile(r"^[\w.+'-]+@[\w-]+(?:\.[\w-]+)+$")
_HOUSE_NUMBER = re.compile(r"^\d{1,5}(?:\s?[-/]?\s?[A-Za-z0-9]{1,4})?$")
_CITY = re.compile(r"^['\w][\w' .()-]*$")


# --- parsers: text as printed -> CONTRACT value; ValueError when it is not one --------------


def _compact_comb(text: str) -> str:
    """Comb boxes print one character per box ('1 2 3 4 ...'): join single characters."""
    toks = text.split()
    if len(toks) >= 4 and all(len(t) == 1 for t in toks):
        return "".join(toks)
    return text


def parse_bsn(text: str) -> str:
    t = re.sub(r"[\s.-]", "", text)
    if len(t) != 9 or not t.isdigit():
        raise ValueError(f"not a 9-digit BSN: {text!r}")
    return nz.normalize_bsn(t)


_DATE_PARTS = re.compile(r"(?i)dag:?\s*(\d{1,2})\s+maand:?\s*(\d{1,2})\s+jaar:?\s*(\d{4})")


def parse_form_date(text: str) -> str:
    """A date as typed or in comb boxes: '20-10-2004', '23 juli 1994', '1 6 0 4 2 0 2 6', or in
    three captioned parts: 'dag 17 maand 12 jaar 2004'."""
    t = " ".join(text.split())
    parts = _DATE_PARTS.fullmatch(t)
    if parts:
        t = f"{parts[1]}-{parts[2]}-{parts[3]}"
    try:
        return nz.parse_date(t).isoformat()
    except ValueError:
        pass
    c = _compact_comb(t).replace(" ", "")
    if re.fullmatch(r"\d{8}", c):
        c = f"{c[:2]}-{c[2:4]}-{c[4:]}"
    return nz.parse_date(c).isoformat()


def parse_name(text: str) -> str:
    name = nz.normalize_name(text)
    if any(ch.isdigit() or ch in "@€" for ch in name) or len(name.split()) > 8:
        raise ValueError(f"not a name: {text!r}")
    return name


def parse_surname(text: str) -> str:
    """A surname: a name with at least one word that is not a prefix ('de de' is not one)."""
    name = parse_name(text)
    if all(w.lower() in NAME_PREFIXES for w in name.split()):
        raise ValueError(f"only a surname prefix, no surname: {text!r}")
    return name


def parse_prefix(text: str) -> str:
    t = " ".join(text.split())
    if not t or len(t.split()) > 3 or not re.fullmatch(r"[A-Za-z'’. ]+", t):
        raise ValueError(f"not a surname prefix: {text!r}")
    if not all(w.lower() in NAME_PREFIXES for w in t.split()):
        raise ValueError(f"not a surname prefix: {text!r}")  # 'Dennis' from the next row
    return t


_STARTS_POSTCODE = re.compile(r"^[1-9]\d{3}\s?[A-Za-z]{2}\b")


def parse_street(text: str) -> str:
    # marks OCR glues in front ('_ Burgemeester de Vlugtlaan'); a street may open with a digit
    # ('1e Jan Steenstraat') or an apostrophe ("'s-Gravendijkwal")
    t = re.sub(r"^(?:[^\w'’]|_)+", "", " ".join(text.split())).strip(" ,")
    if not t or not any(ch.isalpha() for ch in t) or "@" in t or _STARTS_POSTCODE.match(t):
        raise ValueError(f"not a street: {text!r}")
    return t


def parse_house_number(text: str) -> str:
    t = " ".join(text.split())
    if not _HOUSE_NUMBER.fullmatch(t):
        raise ValueError(f"not a house number: {text!r}")
    return re.sub(r"^(\d+) ([A-Za-z])$", r"\1\2", t)  # '30 b' is house letter b: '30b'


_SUFFIX = re.compile(r"^[-/]?[A-Za-z0-9]{1,4}$")


def parse_suffix(text: str) -> str:
    """A house-number addition in its own box ('Toevoeging'): 'a', '2', 'hs', 'bis'."""
    t = "".join(text.split())
    if not _SUFFIX.fullmatch(t):
        raise ValueError(f"not a house-number addition: {text!r}")
    return t


def parse_city(text: str) -> str:
    t = " ".join(text.split()).strip(" ,")
    if not t or not _CITY.fullmatch(t) or any(ch.isdigit() for ch in t):
        raise ValueError(f"not a place name: {text!r}")
    return t


def parse_email(text: str) -> str:
    t = re.sub(r"\s+", "", text).strip(".,;")  # OCR splits 'a.b @voorbeeld.nl'
    if not _EMAIL.fullmatch(t):
        raise ValueError(f"not an e-mail address: {text!r}")
    return t


_DIGIT_LOOKALIKES = str.maketrans(
    {"O": "0", "o": "0", "D": "0", "I": "1", "l": "1", "|": "1", "S": "5", "B": "8"}
)


def parse_iban(text: str) -> str:
    """An IBAN; on a Dutch one, OCR look-alikes in the digit positions ('NLO9') are mapped back,
    and mod-97 decides."""
    try:
        return nz.normalize_iban(text)
    except ValueError:
        t = re.sub(r"[\s.-]", "", text).upper()
        if len(t) != 18 or not t.startswith("NL"):
            raise
        fixed = (
            "NL" + t[2:4].translate(_DIGIT_LOOKALIKES) + t[4:8] + t[8:].translate(_DIGIT_LOOKALIKES)
        )
        return nz.normalize_iban(fixed)


def parse_children(text: str) -> int:
    t = text.strip().lower()
    if t in {"geen", "nee", "-"}:
        return 0
    return nz.parse_int(t)


_WHOLE_EUROS = re.compile(r"^(.*\d),[-–]{1,2}$")  # '850,-': whole euros, as people write them


_YES_AMOUNT = re.compile(r"^ja\b[\s,:;.–—-]*(?=\S)", re.IGNORECASE)  # 'Ja, € 1.250,00'


def parse_money(text: str) -> str:
    """An amount as written; after 'Ja' too ('Heeft u spaargeld?  Ja, € 1.250,00')."""
    t = _YES_AMOUNT.sub("", text.strip())
    if m := _WHOLE_EUROS.match(t):
        t = m[1] + ",00"
    return nz.money(nz.parse_amount(t))


@dataclass(frozen=True, slots=True)
class Kind:
    parse: Callable[[str], Any]
    pattern: bool  # the value is a pattern that may be searched for inside other words
    validated: bool  # parsing is a validator (BSN 11-test, mod-97, real date, ...)


KINDS: dict[str, Kind] = {
    "bsn": Kind(parse_bsn, True, True),
    "date_of_birth": Kind(parse_form_date, True, True),
    "first_names": Kind(parse_name, False, False),
    "surname": Kind(parse_surname, False, False),
    "prefix": Kind(parse_prefix, False, False),
    "street": Kind(parse_street, False, False),
    "house_number": Kind(parse_house_number, True, True),
    "house_number_suffix": Kind(parse_suffix, False, False),
    "postcode": Kind(nz.normalize_postcode, True, True),
    "city": Kind(parse_city, False, False),
    "phone": Kind(nz.normalize_phone, True, True),
    "email": Kind(parse_email, True, True),
    "iban": Kind(parse_iban, True, True),
    "children_count": Kind(parse_children, True, True),
    "housing_costs": Kind(parse_money, True, True),
    "declared_monthly_income": Kind(parse_money, True, True),
    "declared_savings": Kind(parse_money, True, True),
    "requested_start_date": Kind(parse_form_date, True, True),
    "signature_date": Kind(parse_form_date, True, True),
}


def kind_of(key: str) -> Kind:
    for r in ROLES:
        if key.startswith(r + "_"):
            return KINDS[key[len(r) + 1 :]]
    return KINDS[key]


# --- geometry -----------------------------------------------------------------------------


@dataclass(slots=True)
class Val(WordRun):
    """Some words of one page that make up a value."""

    page: int
    words: list[Word]
    area: tuple[float, float] | None = None  # the x-range the value may fill (its column)

    @property
    def text(self) -> str:
        """The words as written; letters in comb boxes ('J a n   W i l l e m', one per box)
        joined, with a space where a box was left empty."""
        ws = self.words
        if len(ws) < 2 or not all(_comb_char(w) for w in ws):
            return " ".join(w.text for w in ws)
        if len(ws) == 2 and not (ws[0].text.isdigit() and ws[1].text.isdigit()):
            return " ".join(w.text for w in ws)
        gaps = [b.bbox[0] - a.bbox[2] for a, b in itertools.pairwise(ws)]
        step = sorted(gaps)[len(gaps) // 2]
        out = ws[0].text
        for gap, w in zip(gaps, ws[1:], strict=True):
            out += (" " if gap > COMB_SPACE * step + 0.002 else "") + w.text
        return out


COMB_SPACE = 1.6  # a gap this much wider than the usual one between comb letters is an empty box
COMB_GAP = 3.5  # letter heights: single characters closer than this are one comb-box value


def _comb_char(w: Word) -> bool:
    return len(w.text) == 1 and w.text.isalnum()


@dataclass(slots=True)
class Hit(WordRun):
    """A label found on the page, with the run of words (segment) it stands in."""

    key: str
    page: int
    line: Line
    start: int
    end: int
    score: float
    seg: list[Word] = field(default_factory=list)
    role: str | None = None

    @property
    def words(self) -> tuple[Word, ...]:  # type: ignore[override]
        return self.line.words[self.start : self.end]

    @property
    def pos(self) -> tuple[int, float]:
        return self.page, self.bbox[1]


def _cy(b: BBox) -> float:
    return (b[1] + b[3]) / 2


class Sheet:
    """The words of a document with the geometry the extractor asks about."""

    def __init__(self, view: DocView) -> None:
        self.view = view
        self.aspect: dict[int, float] = {
            p.number: (p.width / p.height) if p.height else 0.707 for p in view.pages
        }
        self.words: dict[int, list[Word]] = {p.number: list(p.words) for p in view.pages}
        # each page's words by the height of their centre, for `band`: (centres, positions in
        # `words`, the tallest word's height)
        self._by_cy: dict[int, tuple[list[float], list[int], float]] = {}
        for page, ws in self.words.items():
            order = sorted(range(len(ws)), key=lambda i: _cy(ws[i].bbox))
            tallest = max((w.bbox[3] - w.bbox[1] for w in ws), default=0.0)
            self._by_cy[page] = ([_cy(ws[i].bbox) for i in order], order, tallest)
        self.lines: dict[int, list[Line]] = {}
        for line in view.lines:
            self.lines.setdefault(line.page, []).append(line)
        self._line_segments: dict[int, list[list[Word]]] = {}
        self._text_height: dict[int, float] = {}
        self.label_ids: set[int] = set()
        self.ocr_pages = {p.number for p in view.pages if p.ocr}
        # re-read a value's region of the page image (comb boxes on scans); set by the extractor
        self.reread: Callable[[Val, Kind], Val | None] | None = None
        self.image: Callable[[int], np.ndarray | None] = lambda page: None  # the page image

    def is_gap(self, page: int, a: Word, b: Word) -> bool:
        """Whether the space between `a` and `b` (left to right) separates two columns."""
        h = max(a.bbox[3] - a.bbox[1], b.bbox[3] - b.bbox[1])
        return (b.bbox[0] - a.bbox[2]) * self.aspect[page] > SEG_GAP * h

    def segments(self, page: int, words: Sequence[Word]) -> list[list[Word]]:
        out: list[list[Word]] = []
        for w in sorted(words, key=lambda w: w.bbox[0]):
            if out and (not self.is_gap(page, out[-1][-1], w) or self._comb(page, out[-1][-1], w)):
                out[-1].append(w)
            else:
                out.append([w])
        return out

    def _comb(self, page: int, a: Word, b: Word) -> bool:
        """Two letters of a word written in comb boxes, one per box (or an empty box apart)."""
        h = max(a.bbox[3] - a.bbox[1], b.bbox[3] - b.bbox[1])
        return (
            _comb_char(a)
            and _comb_char(b)
            and (b.bbox[0] - a.bbox[2]) * self.aspect[page] <= COMB_GAP * h
        )

    def segment_of(self, line: Line, start: int) -> tuple[list[Word], list[list[Word]]]:
        segs = self._line_segments.get(id(line))
        if segs is None:  # asked for again and again: once per line (the view keeps its lines)
            segs = self._line_segments[id(line)] = self.segments(line.page, line.words)
        target = line.words[start]
        for seg in segs:
            if any(w is target for w in seg):
                return seg, segs
        return [target], segs

    def is_label(self, w: Word) -> bool:
        return id(w) in self.label_ids

    def text_height(self, page: int) -> float:
        """The page's usual (median) word height."""
        if page not in self._text_height:
            heights = sorted(w.bbox[3] - w.bbox[1] for w in self.words[page])
            self._text_height[page] = heights[len(heights) // 2] if heights else 0.0
        return self._text_height[page]

    def whole_runs(self, page: int, words: list[Word], x_from: float) -> list[Word]:
        """`words` with the words written right against them ('de Haan' in a box set a little
        lower than its question: 'de' falls just outside the question's band, 'Haan' inside;
        'van Leeuwen' with 'van' written smaller), from `x_from` on: level with a word (their
        heights overlap by half) and no column gap apart."""
        taken = {id(w) for w in words}
        out, todo = list(words), list(words)
        while todo:
            w = todo.pop()
            for o in self.band(page, w.bbox, x_from - 0.002):
                if id(o) in taken:
                    continue
                overlap = min(w.bbox[3], o.bbox[3]) - max(w.bbox[1], o.bbox[1])
                a, b = sorted((w, o), key=lambda x: x.bbox[0])
                if overlap >= 0.5 * min(_height(w), _height(o)) and not self.is_gap(page, a, b):
                    taken.add(id(o))
                    out.append(o)
                    todo.append(o)
        return out

    def band(self, page: int, ref: BBox, x_from: float, x_to: float = 1.01) -> list[Word]:
        """The words of `page` level with `ref` (centres within BAND heights of either), from
        `x_from` to `x_to`, in reading order."""
        h = ref[3] - ref[1]
        cy = _cy(ref)
        cys, order, tallest = self._by_cy[page]
        reach = BAND * max(h, tallest) + 1e-9
        near = order[bisect.bisect_left(cys, cy - reach) : bisect.bisect_right(cys, cy + reach)]
        ws = self.words[page]
        return [
            w
            for w in (ws[i] for i in sorted(near))
            if abs(_cy(w.bbox) - cy) <= BAND * max(h, w.bbox[3] - w.bbox[1])
            and w.bbox[0] >= x_from - 0.002
            and (w.bbox[0] + w.bbox[2]) / 2 < x_to
        ]


# --- finding labels -------------------------------------------------------------------------


def _syns(key: str) -> list[str]:
    return labels(DOC, key)


@functools.cache
def _folded_syns(key: str) -> tuple[str, ...]:
    """A key's synonyms folded, once (they are compared with folded text on hot paths)."""
    return tuple(fold(x) for x in _syns(key))


def find_hits(sheet: Sheet, keys: Iterable[str]) -> list[Hit]:
    """Every label of `keys`, overlaps resolved across fields (longer labels win)."""
    asked = [(prio, key, syn) for prio, key in enumerate(keys) for syn in _syns(key)]
    raw: list[tuple[int, float, int, Hit]] = [
        (sp.end - sp.start, sp.score, -prio, Hit(key, sp.page, sp.line, sp.start, sp.end, sp.score))
        for (prio, key, _), spans in zip(
            asked, sheet.view.label_hits([syn for *_, syn in asked]), strict=True
        )
        for sp in best_first(spans)
    ]
    for *_, h in raw:
        h.seg, _ = sheet.segment_of(h.line, h.start)
    # where hits overlap, a label-like one wins over one inside other words, then the longer
    raw.sort(key=lambda t: (not label_like(t[3]), -t[0], -t[1], -t[2]))
    kept: list[Hit] = []
    for _, _, _, h in raw:
        if any(k.line is h.line and k.start < h.end and h.start < k.end for k in kept):
            continue
        kept.append(h)
    return kept


def _numbering(text: str) -> bool:
    """A question's number or its word: '19', '3.2', 'Vraag', 'Stap'."""
    return bool(_LEAD_WORD.match(text)) or fold(text).strip(".:") in _QUESTION_WORDS


_QUESTION_WORDS = {"vraag", "stap"}  # 'Vraag 19', 'Stap 3' number a question


def wrapped_question_hits(sheet: Sheet, keys: Iterable[str]) -> list[Hit]:
    """Labels inside a question that wraps onto a second line, its answer right of the first
    ('Hoeveel geld staat er op al uw bank- en   € 0' / 'spaarrekeningen samen?'): a hit on the
    first line's run of words, found in the text of both."""
    out: list[Hit] = []
    syns = {key: _folded_syns(key) for key in keys}
    for page, lines in sheet.lines.items():
        for i, first in enumerate(lines):
            segs1 = sheet.segments(page, first.words)
            seg1 = segs1[0]
            if len(segs1) >= 2 and all(_numbering(w.text) for w in seg1):
                seg1 = seg1 + segs1[1]  # the question's number set apart: '21.   Hoeveel ...'
            # the question's next line: lines wholly right of its words (the answer's '€' sign
            # read as a line of its own) come between
            second = next(
                (ln for ln in lines[i + 1 : i + 4] if ln.words[0].bbox[0] < seg1[-1].bbox[2]), None
            )
            if second is None:
                continue
            seg2 = sheet.segments(page, second.words)[0]
            h = first.bbox[3] - first.bbox[1]
            # the second line starts under the first's text, or under its number ('Vraag 19')
            asked = next((w for w in seg1 if not _numbering(w.text)), seg1[0])
            if (
                seg1[-1].text.endswith(("?", ":"))
                # the question's end, or the label's last words ('bank- en' / 'spaarrekeningen')
                or not (seg2[-1].text.endswith("?") or seg2[0].text[:1].islower())
                or second.bbox[1] - first.bbox[3] > 1.5 * h
                or not any(
                    -0.01 <= seg2[0].bbox[0] - x <= 0.06 for x in (seg1[0].bbox[0], asked.bbox[0])
                )
                or len(seg1) + len(seg2) > 2 * MAX_LABEL_WORDS
            ):
                continue
            text = " " + " ".join(fold(w.text).strip("?,:;") for w in [*seg1, *seg2]) + " "
            for key, targets in syns.items():
                if any(len(t) > 3 and f" {t} " in text for t in targets):
                    n = len(seg1)
                    out.append(Hit(key, page, first, first.words.index(seg1[0]),
                                   first.words.index(seg1[0]) + n, 0.9, list(seg1)))  # fmt: skip
    return out


# words that may stand before a label in its run: numbering, question openers, qualifiers
_LEAD_WORD = re.compile(r"^(?:\(?\d{1,2}(?:\.\d{1,2})*[a-z]?[.):]?|[a-z][.)]|[-–—•*])$")  # '3b' too
_LEAD_WORDS = {
    "wat", "welke", "welk", "wie", "hoe", "hoeveel", "wanneer", "vanaf", "sinds", "op", "is",
    "zijn", "was", "heeft", "hebt", "bent", "u", "uw", "de", "het", "een", "totaal", "totale",
    "netto", "bruto", "gezamenlijk", "gezamenlijke", "eigen", "huidige", "vraag", "stap",
    "zo", "ja", "nee", "indien", "als", "alle", "volledige", "officiële", "officiele",
    "hoogte", "opgegeven", "saldo",  # 'Hoogte spaargeld', 'Opgegeven vermogen', 'Saldo spaargeld'
}  # fmt: skip


# what no section is called: 'Uw voornamen' is the label of one value, 'Uw inkomsten' may head many
_NEVER_TITLES = ("first_names", "surname", "bsn", "date_of_birth", "phone", "email")


def label_like(h: Hit) -> bool:
    """Labels stand in short runs of words and start them ('4.1 Wat is uw inkomen' counts,
    numbering and question words aside) or end a question; a hit inside running text or at the
    end of another phrase ('Werk en Inkomen' in a footer) is not a label."""
    if len(h.seg) > MAX_LABEL_WORDS:
        return False
    end = h.seg[-1].text
    whole = h.seg[0] is h.words[0] and h.seg[-1] is h.words[-1]  # 'Huisnr. + toev.' is all label
    sentence = sum(ch.isalpha() for ch in end) > 3 or len(h.seg) >= 5  # '... stukken in.'
    if len(h.seg) >= 3 and end.endswith(".") and sentence and not whole:
        return False  # the end of a sentence ('... uw handtekening op dit formulier.')
    lead = [fold(w.text) for w in h.line.words[: h.start]]
    if "uw" in lead and (
        is_heading(h.line)
        or (
            len(h.line.words) <= 4
            and lead[0] == "uw"
            and h.seg == list(h.line.words)
            and not h.key.endswith(_NEVER_TITLES)  # 'Uw voornamen' asks for one value
        )
    ):
        return False  # a section title ('4 Uw inkomsten', 'Uw vermogen'), not a field's label
    first, last = h.line.words[h.start], h.line.words[h.end - 1]
    before = h.seg[: next((i for i, w in enumerate(h.seg) if w is first), 0)]
    asked = [i for i, w in enumerate(before) if w.text.endswith("?")]
    if asked:  # a caption after the question: '1.6 Wat is uw adres? straat Molenweg'
        before = before[asked[-1] + 1 :]
    if all(_LEAD_WORD.match(w.text) or fold(w.text).strip("?,:;") in _LEAD_WORDS for w in before):
        return True
    # or what a question asks about, at its end: 'Hoeveel geld staat er op uw spaarrekeningen?'
    end = next((i for i, w in enumerate(h.seg) if w is last), -1)
    return h.seg[-1].text.endswith("?") and 0 <= len(h.seg) - 1 - end <= 1


def _qualified_role(h: Hit) -> str | None:
    folded = {fold(w.text) for w in h.seg}
    if folded & PARTNER_WORDS or "van uw partner" in " ".join(fold(w.text) for w in h.seg):
        return "partner"
    if folded & APPLICANT_WORDS:
        return "applicant"
    return None


def _continued_role(sheet: Sheet, h: Hit) -> str | None:
    """A question wrapped onto the next line ('3.4 Wat zijn de voornamen van uw' / 'partner
    (voluit)?'): the role its continuation names."""
    if not h.seg or h.seg[-1].text.endswith("?"):
        return None
    x0, y1 = h.seg[0].bbox[0], h.line.bbox[3]
    height = h.line.bbox[3] - h.line.bbox[1]
    for ln in sheet.lines[h.page]:
        first = ln.words[0]
        if 0 <= ln.bbox[1] - y1 <= height and x0 - 0.01 <= first.bbox[0] <= h.seg[-1].bbox[2]:
            if not first.text[:1].islower():
                return None
            said = {fold(w.text).strip("?.,:;()") for w in ln.words}
            return "partner" if said & PARTNER_WORDS else None
    return None


# --- structure: sections and applicant/partner tables -------------------------------------


def is_heading(line: Line) -> bool:
    text = line.text.strip()
    m = _HEADING.match(text)
    words = line.words[1:] if line.words and line.words[0].text[:1].isdigit() else line.words
    apart = any(b.bbox[0] - a.bbox[2] > HEADING_GAP for a, b in itertools.pairwise(words))
    return (
        m is not None
        and len(line.words) <= 9
        and "?" not in text
        and not any(ch.isdigit() for ch in text[m.end() :])  # not '27 mei 2026'
        and not apart  # a label and its answers in columns ('1.3 Achternaam   Hof   Hof')
        # a title has a word to it, not just a house number's addition ('47 hs', '12 a')
        and any(sum(ch.isalpha() for ch in w.text) >= 3 for w in words)
    )


HEADING_GAP = 0.06  # a heading's words (after its number) stand closer together than this


@dataclass(slots=True)
class Structure:
    partner_region: tuple[tuple[int, float], tuple[int, float]] | None  # (page, y) from .. to
    tables: list[
        tuple[int, float, float, float, float]
    ]  # page, y_top, y_bottom, x_applicant, x_partner


def find_structure(sheet: Sheet) -> Structure:
    lines = [ln for p in sorted(sheet.lines) for ln in sheet.lines[p]]
    headings = [ln for ln in lines if is_heading(ln)]
    partner_syns = set(_folded_syns("partner_section"))
    start: tuple[int, float] | None = None
    end: tuple[int, float] | None = None
    for ln in lines:
        folded = [fold(w.text) for w in ln.words]
        text = " ".join(folded)
        if start is None:
            short = len(ln.words) <= 5 and len(sheet.segments(ln.page, ln.words)) == 1
            mentions = any(w in PARTNER_WORDS for w in folded) or any(
                text.endswith(s) for s in partner_syns
            )
            if (
                mentions
                and (is_heading(ln) or short)
                and "?" not in ln.text
                and not set(folded) & APPLICANT_WORDS
                and (is_heading(ln) or not any(sheet.is_label(w) for w in ln.words))
            ):
                start = (ln.page, ln.bbox[1])
        elif end is None and ln in headings and (ln.page, ln.bbox[1]) > start:
            if set(folded) & PARTNER_WORDS and not set(folded) & APPLICANT_WORDS:
                continue  # 'Stap 3: Uw partner' then 'Stap 4: Gegevens partner': one section
            end = (ln.page, ln.bbox[1])
    region = (start, end or (10**6, 0.0)) if start else None
    tables = []
    app_syns = set(_folded_syns("applicant_column"))
    par_syns = set(_folded_syns("partner_column"))
    for ln in lines:
        if len(ln.words) > 6:
            continue
        segs = sheet.segments(ln.page, ln.words)
        xa = next((s[0].bbox[0] for s in segs if fold(s[0].text) in app_syns), None)
        xp = next((s[0].bbox[0] for s in segs if fold(s[0].text) in par_syns), None)
        if xa is not None and xp is not None and xa < xp:
            # a row's own number ('2.3 Tussenvoegsel(s)', left empty) does not end the table
            nxt = [
                h
                for h in headings
                if h.page == ln.page and h.bbox[1] > ln.bbox[3] and not _SUB_NUMBER.match(h.text)
            ]
            bottom = min([h.bbox[1] for h in nxt], default=1.0)
            tables.append((ln.page, ln.bbox[3], min(bottom, ln.bbox[3] + 0.3), xa, xp))
    return Structure(region, tables)


_SUB_NUMBER = re.compile(r"\d{1,2}\.\d{1,2}\.?\s")


def _in_region(pos: tuple[int, float], region: Any) -> bool:
    return region is not None and region[0] <= pos < region[1]


# --- values next to labels -----------------------------------------------------------------


def _skip_qualifiers(words: list[Word]) -> list[Word]:
    """Drop '(voluit)', '(BSN)', 'partner' and a ':' that follow a label before its value."""
    i = 0
    while i < len(words):
        t = words[i].text
        if t.startswith("("):
            j = i
            while j < len(words) and not words[j].text.endswith(")"):
                j += 1
            i = j + 1
            continue
        if fold(t) in {"", "partner", "aanvrager", ":"} | PARTNER_WORDS:
            i += 1
            continue
        # an age bound belongs to the label: 'kinderen jonger dan 18 jaar', 'tot 18 jaar'
        if fold(t) in {"jonger", "tot", "onder", "t/m", "beneden"}:
            ahead = [fold(w.text) for w in words[i + 1 : i + 4]]
            if "jaar" in ahead:
                i += 2 + ahead.index("jaar")
                continue
        if t.isdigit() and i + 1 < len(words) and fold(words[i + 1].text) == "jaar":
            i += 2  # '... jonger dan | 18 jaar': the label's age bound split off by a gap
            continue
        break
    return words[i:]


def right_values(sheet: Sheet, h: Hit, *, all_segments: bool) -> list[Val]:
    """The words right of a label: after its own run of words, until another label."""
    label_end = h.line.words[h.end - 1]
    colon = label_end.text.endswith(":") or (
        h.end < len(h.line.words) and h.line.words[h.end].text == ":"
    )
    # a small printed caption with the answer written right after it ('straat Molenweg')
    nxt = h.line.words[h.end] if h.end < len(h.line.words) else None
    caption = nxt is not None and _height(nxt) >= CAPTION_RATIO * _height(label_end)
    x_from = label_end.bbox[2] if colon or caption else max(w.bbox[2] for w in h.seg)
    words = [w for w in sheet.whole_runs(h.page, sheet.band(h.page, h.bbox, x_from), x_from)
             if w not in h.words]  # fmt: skip
    words = _skip_qualifiers(sorted(words, key=lambda w: w.bbox[0]))
    if not words or (words[0].bbox[0] - x_from > MAX_RIGHT and not _set_right(sheet, h, words)):
        return []
    out: list[Word] = []
    stop = 1.0
    for seg in sheet.segments(h.page, words):
        yes = fold(seg[0].text) in _folded_syns("answer_yes")
        if len(seg) > 1 and yes and not any(map(sheet.is_label, seg[1:])):
            seg = seg[1:]  # 'Ja, € 1.250,00': the answer 'Ja', then what it is about
        if any(sheet.is_label(w) for w in seg):
            stop = seg[0].bbox[0] - 0.005
            break
        out.extend(seg)
        if not all_segments and not _is_currency(seg):
            stop = min(1.0, seg[-1].bbox[2] + 0.05)
            break
    return [Val(h.page, out, (out[0].bbox[0] - 0.01, stop))] if out else []


RIGHT_EDGE = 0.85  # a value set right ends beyond this (page widths)


def _set_right(sheet: Sheet, h: Hit, words: list[Word]) -> bool:
    """'Burgerservicenummer ..................... 051170838': a row of a portal's printout
    with its value set right, far from the label; taken when the value is the one thing on the
    row after the label and ends at the right margin."""
    segs = sheet.segments(h.page, words)
    return len(segs) == 1 and segs[0][-1].bbox[2] >= RIGHT_EDGE


CAPTION_RATIO = 1.3  # an answer written this much taller than the label is not label text
# an answer over a small caption (at most SMALL_CAPTION of the page's usual text height) stands
# at most this many caption heights above it (a box's padding between: 'Amersfoort' in a box,
# 'Plaats' printed small under the box); over a caption of ordinary size, 1.5
ABOVE_REACH = 2.5
SMALL_CAPTION = 0.8


def _height(w: Word) -> float:
    return w.bbox[3] - w.bbox[1]


def _is_currency(seg: list[Word]) -> bool:
    return all(fold(w.text) in {"€", "eur", "euro"} for w in seg)


def below_values(sheet: Sheet, h: Hit, *, lines: int = 2) -> list[Val]:
    """The words under a label in its column (labels above boxes; comb boxes; table cells)."""
    seg, segs = sheet.segment_of(h.line, h.start)
    x0 = seg[0].bbox[0] - 0.012
    nxt = [s[0].bbox[0] for s in segs if s[0].bbox[0] > seg[-1].bbox[2]]
    x1 = min(nxt) - 0.003 if nxt else 1.01
    y1 = h.line.bbox[3]
    out: list[Val] = []
    for line in sheet.lines[h.page]:
        if line.bbox[1] <= y1 - 0.002 or line is h.line:
            continue
        if line.bbox[1] - y1 > MAX_BELOW or len(out) >= lines:
            break
        ws = [w for w in line.words if x0 <= (w.bbox[0] + w.bbox[2]) / 2 < x1]
        if not ws:
            continue
        text = " ".join(w.text for w in ws)
        if not out and _label_goes_on(h, seg, text):
            y1 = line.bbox[3]
            continue  # the label's own end ('... jonger dan' / '18 jaar')
        if "?" in text or _FOOTER.search(line.text) or is_heading(line) or _numbered(line):
            break  # the next question
        y1 = line.bbox[3]
        if _prose(text):
            continue  # help text between the question and its answer
        if any(sheet.is_label(w) for w in ws):
            break
        out.append(Val(h.page, ws, (x0, min(x1, 1.0))))
    return out


def _label_goes_on(h: Hit, seg: list[Word], text: str) -> bool:
    """The line under a label is the rest of it ('Aantal kinderen jonger' / 'dan 18 jaar'): with
    it, the label's words make a longer synonym of the same field."""
    if not (text[:1].islower() or text[:1].isdigit()):
        return False
    label = " ".join(fold(w.text).strip(":?") for w in seg if not _numbering(w.text))
    joined = f" {label} {fold(text).strip(':?')} "
    return any(
        len(t.split()) > len(h.words) and f" {t} " in joined and f" {t} " not in f" {label} "
        for t in _folded_syns(h.key)
    )


_QUESTION_NUMBER = re.compile(r"^(?:\d{1,2}\.\d{1,2}\.?|\d{1,2}\.)$")


def _numbered(line: Line) -> bool:
    """A line that opens with a question's number ('3.2', '12.', 'Vraag 7'): the next question."""
    first = line.words[0].text
    return bool(_QUESTION_NUMBER.match(first)) or fold(first).strip(".:") in _QUESTION_WORDS


def table_values(sheet: Sheet, h: Hit, structure: Structure) -> dict[str, Val] | None:
    """Per role, the words in the applicant and the partner column of a table row."""
    for page, top, bottom, xa, xp in structure.tables:
        if h.page == page and top <= h.bbox[1] < bottom and h.bbox[2] < xa:
            x_from = max(w.bbox[2] for w in h.seg)
            band = sheet.band(h.page, h.bbox, x_from)
            # handwriting wanders off the label's band but stays on its line
            band += [w for w in h.line.words if w.bbox[0] >= x_from - 0.002 and w not in band]
            a = [w for w in band if w.bbox[0] >= xa - 0.01 and w.bbox[0] < xp - 0.01]
            p = [w for w in band if w.bbox[0] >= xp - 0.01]
            return {"applicant": Val(h.page, a), "partner": Val(h.page, p)}
    return None


def best_parse(kind: Kind, val: Val) -> tuple[Any, Val] | None:
    """The value in `val`: all of it, or (pattern fields) its earliest, longest parsable run."""
    words = val.words
    if not kind.pattern:
        try:
            return kind.parse(val.text), val
        except ValueError:
            return None
    n = len(words)
    # an IBAN in comb boxes is 18 one-letter words
    span = 40 if sum(len(w.text) == 1 for w in words) >= 8 else 14
    for i in range(n):
        for j in range(min(n, i + span), i, -1):
            sub = Val(val.page, words[i:j])
            try:
                return kind.parse(sub.text), sub
            except ValueError:
                continue
    return None


_NOT_APPLICABLE = {"nvt", "niet van toepassing", "nvt niet van toepassing"}


def _not_applicable(text: str) -> bool:
    return re.sub(r"[^a-z ]", "", fold(text)).strip() in _NOT_APPLICABLE


_ROUTING = re.compile(r"\bga\s+(?:door|verder)\b|\bnaar\s+vraag\b", re.IGNORECASE)
# a form's instructions open with an imperative: 'Schrijf ...', 'Vul ... in', 'Kruis ... aan'
_INSTRUCTION_VERBS = {"schrijf", "vul", "kruis", "noteer", "vermeld", "gebruik", "zet", "geef",
                      "omcirkel", "lees", "stuur", "voeg", "onderteken", "teken"}  # fmt: skip
_PROSE_WORDS = {"u", "uw", "uzelf", "wij", "ons", "niet", "alle", "ook", "als", "of", "en"}


def _prose(text: str) -> bool:
    """A question or an instruction printed under one ('Schrijf alle voornamen voluit.',
    'Het BSN staat op uw paspoort.'), not a filled-in value."""
    words = text.split()
    if "?" in text or _ROUTING.search(text):
        return True
    if len(words) < 3:
        return False
    if fold(words[0]).strip(".,:;") in _INSTRUCTION_VERBS:
        return True  # 'Schrijf alle voornamen voluit' (its full stop lost to OCR)
    lower = [w for w in words if w.strip(".,;:").isalpha() and w.islower() and len(w) >= 4]
    common = {fold(w.strip(".,;:")) for w in words} & _PROSE_WORDS
    return (text.rstrip().endswith(".") and len(lower) >= 2) or len(common) >= 2


def candidate_for(
    kind: Kind, vals: Sequence[Val], h: Hit, sheet: Sheet | None = None
) -> Candidate | None:
    """The first value that parses; else the first non-empty one as unreadable; else None."""
    # an empty comb still shows its printed '-' separators, an empty amount box its '€';
    # 'n.v.t.' (niet van toepassing) in a partner's column says there is nothing to fill in
    vals = [
        v
        for v in vals
        if any(ch.isalnum() for ch in v.text) and not _prose(v.text) and not _not_applicable(v.text)
    ]

    def parsed(got: tuple[Any, Val], where: Val, problems: list[str]) -> Candidate:
        value, sub = got
        validity = True if kind.validated else None
        return Candidate(value, sub.text, where.page, where.bbox, h.score, sub.confidence,
                         validity, problems)  # fmt: skip

    for v in vals:
        if not v.words:
            continue
        got = best_parse(kind, v)
        if got is not None:
            left = [w for w in v.words if w not in got[1].words]
            if kind.pattern and any(ch.isdigit() for w in left for ch in w.text):
                # part of a longer run of digits ('Ol 3 518 917191 110', '€ 1 690, 79'): a
                # 9-digit run in garbled comb boxes passes the 11-test one time in eleven
                c = parsed(got, got[1], ["read from part of a longer run of digits"])
                c.ocr_conf = min(c.ocr_conf, 0.3)
                c.agreement = 0.0
                return c
            return parsed(got, got[1], [])
    if sheet is not None and sheet.reread is not None and kind.pattern:
        for v in vals:
            if v.words and v.page in sheet.ocr_pages:
                again = sheet.reread(v, kind)
                got = best_parse(kind, again) if again is not None and again.words else None
                if got is not None:  # re-read words have no boxes of their own: the value's
                    return parsed(got, v, ["re-read with a character whitelist"])
    for v in vals:
        if v.words:
            problem = "unreadable value"
            try:
                kind.parse(v.text)
            except ValueError as e:
                problem = str(e)
            return Candidate(None, v.text, v.page, v.bbox, h.score, v.confidence, False, [problem])
    return None


def below_or_right(sheet: Sheet, h: Hit) -> list[Val]:
    return [*right_values(sheet, h, all_segments=False), *below_values(sheet, h)]


def value_candidates(
    sheet: Sheet, h: Hit, kind: Kind, *, all_segments: bool = False
) -> Candidate | None:
    right = right_values(sheet, h, all_segments=all_segments or kind.pattern)
    below = below_values(sheet, h)
    above = above_value(sheet, h)
    if above is not None:  # a caption under the answer line, unless the answer below is closer
        gap_above = h.bbox[1] - above.bbox[3]
        gap_below = below[0].bbox[1] - h.line.bbox[3] if below else 1.0
        if gap_above < CLOSER * gap_below:
            return candidate_for(kind, [*right, above], h, sheet)
    found = candidate_for(kind, [*right, *below], h, sheet)
    if (found is None or found.value is None) and not right and kind.parse is parse_money:
        found = _yes_amount_below(sheet, h, kind) or found
    if (found is None or found.value is None) and not right and h.page in sheet.ocr_pages:
        return _skipped_answer(sheet, h, kind) or found
    return found


YES_AMOUNT_BELOW = 0.09  # 'Ja, namelijk € …' stands at most this far under its question


def _yes_amount_below(sheet: Sheet, h: Hit, kind: Kind) -> Candidate | None:
    """An amount question answered by options under it ('[ ] Nee' / '[x] Ja, namelijk
    € 2.822,37'), a hint between: the amount on the 'Ja' line, up to the next question."""
    yes = set(_folded_syns("answer_yes"))
    for line in sheet.lines[h.page]:
        if line.bbox[1] <= h.line.bbox[3] or line is h.line:
            continue
        if line.bbox[1] - h.line.bbox[3] > YES_AMOUNT_BELOW or _numbered(line):
            break
        # the 'Ja' opening the line or a column of it ('partner.      Ja, namelijk € 2.982,26':
        # the options right of the question, its hint on the left)
        words = [w for w in line.words if w.bbox[0] >= h.line.bbox[0] - 0.02]
        for seg in sheet.segments(h.page, words):
            if fold(seg[0].text).strip(",.:;") not in yes:
                continue
            rest = words[words.index(seg[0]) + 1 :]
            after = [w for w in rest if fold(w.text).strip(",.:;") not in _NAMELY]
            if after:
                return candidate_for(kind, [Val(h.page, after)], h, sheet)
    return None


_NAMELY = {"namelijk", "nl", "te weten", "bedrag", "totaal"}


def _has_glyph(img: np.ndarray | None, box: BBox, text_h: float) -> bool:
    """Whether a region holds a character-sized blob of ink (not specks, not a ruled line)."""
    if img is None:
        return False
    x0, y0, x1, y1 = _px(img, box)
    roi = img[y0:y1, x0:x1]
    if roi.size == 0:
        return False
    th = max(4, int(text_h * img.shape[0]))
    n, _, stats, _ = cv2.connectedComponentsWithStats(_dark(roi).astype(np.uint8), connectivity=8)
    return any(
        0.5 * th <= stats[i, cv2.CC_STAT_HEIGHT] <= 2.5 * th
        and stats[i, cv2.CC_STAT_WIDTH] <= 3 * th
        for i in range(1, n)
    )


def _skipped_answer(sheet: Sheet, h: Hit, kind: Kind) -> Candidate | None:
    """A lone answer OCR skipped ('Aantal kinderen   2': Tesseract drops an isolated digit):
    the space right of the label re-read with the kind's character whitelist, if any ink."""
    if kind.parse not in WHITELISTS or sheet.reread is None:
        return None
    x0 = max(w.bbox[2] for w in h.seg) + 0.01
    after = [w.bbox[0] for w in sheet.band(h.page, h.bbox, x0)]
    x1 = min([*after, x0 + MAX_RIGHT, 0.98]) - 0.005
    if x1 - x0 < 0.02:
        return None
    box = (x0, h.bbox[1] - 0.004, x1, h.bbox[3] + 0.004)
    if not _has_glyph(sheet.image(h.page), box, h.bbox[3] - h.bbox[1]):
        return None  # blank: the question was left open (no engine call for that)
    again = sheet.reread(Val(h.page, [Word("", box, 0.0)], (x0, x1)), kind)
    got = best_parse(kind, again) if again is not None and again.words else None
    if got is None:
        return None
    value, sub = got
    return Candidate(value, sub.text, h.page, box, h.score, min(sub.confidence, 0.7),
                     True if kind.validated else None, ["an answer OCR skipped, re-read"])  # fmt: skip


ABOVE_MIN_CONF = 0.6  # mean OCR confidence of an answer taken from above its caption
CLOSER = 0.8  # the answer above a caption must be this much closer than the one below it


def above_value(sheet: Sheet, h: Hit) -> Val | None:
    """The answer written on the line above a small printed caption ('Wilhelminastraat 128'
    over 'straat   huisnummer'), in the caption's column: taller than the caption, no label."""
    seg, segs = sheet.segment_of(h.line, h.start)
    x0 = seg[0].bbox[0] - 0.012
    nxt = [s[0].bbox[0] for s in segs if s[0].bbox[0] > seg[-1].bbox[2]]
    x1 = min(nxt) - 0.003 if nxt else 1.01
    caption = _height(h.words[0])
    small = caption <= SMALL_CAPTION * sheet.text_height(h.page)  # printed under a box
    reach = (ABOVE_REACH if small else 1.5) * caption
    # the written line right above; a handwritten answer's words may sit on their own line
    lines = [
        ln
        for ln in sheet.lines[h.page]
        if ln.bbox[3] <= h.line.bbox[1] + 0.002 and h.line.bbox[1] - ln.bbox[3] <= reach
    ]
    if not lines:
        return None
    ws = sorted(
        (w for ln in lines for w in ln.words if x0 <= (w.bbox[0] + w.bbox[2]) / 2 < x1),
        key=lambda w: w.bbox[0],
    )
    if not ws or any(sheet.is_label(w) for w in ws):
        return None
    if min(_height(w) for w in ws) < CAPTION_RATIO * max(_height(w) for w in h.words):
        return None
    if sum(w.confidence for w in ws) / len(ws) < ABOVE_MIN_CONF:
        return None  # ruled boxes read as junk (a comb over the label), not a written answer
    return Val(h.page, ws, (x0, min(x1, 1.0)))


# --- combined labels ------------------------------------------------------------------------


def split_street(val: Val) -> tuple[Val, Val] | None:
    ws = val.words
    for k in range(len(ws) - 1, 0, -1):
        if ws[k].text[:1].isdigit():
            tail = " ".join(w.text for w in ws[k:])
            if _HOUSE_NUMBER.fullmatch(tail):
                return Val(val.page, ws[:k]), Val(val.page, ws[k:])
    return None


def split_postcode(val: Val) -> tuple[Val, Val] | None:
    ws = val.words
    for k in (1, 2):
        if len(ws) > k:
            try:
                nz.normalize_postcode(" ".join(w.text for w in ws[:k]))
            except ValueError:
                continue
            return Val(val.page, ws[:k]), Val(val.page, ws[k:])
    return None


def split_address(val: Val) -> tuple[Val, Val] | None:
    """'Marktplein 172 a, 1234 AB Utrecht' on one line: the street part and the postcode part."""
    ws = [replace(w, text=w.text.rstrip(",")) for w in val.words]
    for k in range(1, len(ws)):
        if split_postcode(Val(val.page, ws[k:])) is not None:
            return Val(val.page, ws[:k]), Val(val.page, ws[k:])
    return None


SPLIT_SCORE = 0.9  # label quality of a value split out of a combined answer, relative


def combined_candidates(sheet: Sheet, h: Hit) -> dict[str, Candidate]:
    """Street and house number (or postcode and city, or all four) split out of one answer;
    worth less than a value in a box of its own ('Op welk adres woont u?' over boxes captioned
    'Straat', 'Huisnummer', 'Toevoeging': the captions say where the number ends)."""
    out = _combined_candidates(sheet, h)
    for c in out.values():
        c.label_score *= SPLIT_SCORE
    return out


def _combined_candidates(sheet: Sheet, h: Hit) -> dict[str, Candidate]:
    vals = right_values(sheet, h, all_segments=True) + below_values(sheet, h, lines=1)
    out: dict[str, Candidate] = {}
    for v in vals:
        if not v.words:
            continue
        whole = split_address(v) if h.key == "street_and_house_number" else None
        if whole is not None:  # the full address on one line: four fields
            for names, parts in (
                (("street", "house_number"), split_street(whole[0])),
                (("postcode", "city"), split_postcode(whole[1])),
            ):
                for name, part in zip(names, parts or (), strict=False):
                    c = candidate_for(KINDS[name], [part], h, sheet)
                    if c is not None:
                        out[name] = c
            return out
        if h.key == "street_and_house_number":
            parts = split_street(v)
            names = ("street", "house_number")
        else:
            parts = split_postcode(v)
            names = ("postcode", "city")
        if parts is None:
            for name in names:
                out[name] = Candidate(
                    None, v.text, v.page, v.bbox, h.score, v.confidence, False, ["cannot split"]
                )
            return out
        for name, part in zip(names, parts, strict=True):
            c = candidate_for(KINDS[name], [part], h, sheet)
            if c is not None:
                out[name] = c
        return out
    return out


# --- ink: checkboxes and the signature -------------------------------------------------------


def _px(img: np.ndarray, b: BBox) -> tuple[int, int, int, int]:
    hh, ww = img.shape[:2]
    x0, y0 = max(0, int(b[0] * ww)), max(0, int(b[1] * hh))
    x1, y1 = min(ww, round(b[2] * ww)), min(hh, round(b[3] * hh))
    return x0, y0, x1, y1


def _quantile(region: np.ndarray, q: float) -> float:
    """The q-th percentile of a uint8 image region, from its histogram (np.percentile sorts)."""
    if region.dtype != np.uint8:
        return float(np.percentile(region, q))
    cum = np.cumsum(np.bincount(region.ravel(), minlength=256))
    return float(np.searchsorted(cum, cum[-1] * q / 100.0))


def _dark(region: np.ndarray) -> np.ndarray:
    """Ink mask of a grayscale region: darker than 60 % of the paper's brightness."""
    if region.size == 0:
        return np.zeros(region.shape, bool)
    paper = _quantile(region, 90)
    return region < min(170.0, paper * 0.6)


def _midpoint_dark(region: np.ndarray) -> np.ndarray:
    """Ink mask for thin, light strokes (box borders on a blurred scan): darker than halfway
    between the paper and the darkest ink."""
    if region.size == 0:
        return np.zeros(region.shape, bool)
    paper = _quantile(region, 90)
    darkest = _quantile(region, 0.5)
    if paper - darkest < 40:
        return np.zeros(region.shape, bool)
    return region < (paper + darkest) / 2


def find_checkbox(
    img: np.ndarray, word: BBox, *, right: bool = False
) -> tuple[tuple[int, int, int, int], bool]:
    """The square left (or right) of an answer word ('Ja'/'Nee') in pixels, and whether it was
    seen as one."""
    hh, ww = img.shape[:2]
    x0, y0, x1, y1 = _px(img, word)
    th = max(4, y1 - y0)
    cy = (y0 + y1) // 2
    rx0, ry0 = max(0, x0 - 4 * th), max(0, cy - 2 * th)
    rx1, ry1 = min(ww, x0 + th // 2), min(hh, cy + 2 * th)
    if right:
        rx0, rx1 = max(0, x1 - th // 2), min(ww, x1 + 4 * th)
    roi = img[ry0:ry1, rx0:rx1]
    found = None
    mask = _midpoint_dark(roi).astype(np.uint8) * 255 if roi.size else None
    # a tick drawn across the border makes the square's outline one blob with the tick: then
    # only the straight strokes (the border) are kept, and the square is sought again
    for attempt in [] if mask is None else [mask, _straight_strokes(mask, th)]:
        contours, _ = cv2.findContours(attempt, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
        best = None
        for c in contours:
            bx, by, bw, bh = cv2.boundingRect(c)
            if not (0.6 * th <= bw <= 2.6 * th and 0.6 * th <= bh <= 2.6 * th):
                continue
            if not 0.75 <= bw / bh <= 1.33 or cv2.contourArea(c) < 0.6 * bw * bh:
                continue
            if abs((by + bh / 2) - (cy - ry0)) > 0.8 * th:
                continue
            dist = bx if right else (rx1 - rx0) - (bx + bw)
            if best is None or (dist, -bw) < best[0]:
                best = ((dist, -bw), (rx0 + bx, ry0 + by, rx0 + bx + bw, ry0 + by + bh))
        if best is not None:
            found = best[1]
            break
    if found is None:
        side = int(1.3 * th)
        gap = int(0.5 * th)
        return (x0 - gap - side, cy - side // 2, x0 - gap, cy + side // 2 + 1), False
    return found, True


def _straight_strokes(mask: np.ndarray, th: int) -> np.ndarray:
    """The horizontal and vertical strokes of an ink mask at least half a letter long."""
    n = max(3, th // 2)
    across = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((1, n), np.uint8))
    down = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((n, 1), np.uint8))
    return cv2.bitwise_or(across, down)


def box_ink(img: np.ndarray, box: tuple[int, int, int, int]) -> float:
    x0, y0, x1, y1 = box
    m = max(2, int(0.2 * min(x1 - x0, y1 - y0)))
    inner = img[max(0, y0 + m) : max(0, y1 - m), max(0, x0 + m) : max(0, x1 - m)]
    if inner.size == 0:
        return 0.0
    paper = _quantile(img[max(0, y0 - 10) : y1 + 10, max(0, x0 - 10) : x1 + 10], 90)
    return float((inner < min(170.0, paper * 0.6)).mean())


def _rectangles(img: np.ndarray, area: BBox) -> list[tuple[int, int, int, int]]:
    """Ruled rectangles (boxes, frames) inside `area`, in pixels."""
    ax0, ay0, ax1, ay1 = _px(img, area)
    roi = img[ay0:ay1, ax0:ax1]
    if roi.size == 0:
        return []
    mask = _dark(roi).astype(np.uint8) * 255
    hh, ww = img.shape[:2]
    # keep only long straight strokes: the frames, not text or a signature
    hk = cv2.getStructuringElement(cv2.MORPH_RECT, (max(8, ww // 60), 1))
    vk = cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(8, hh // 120)))
    rules = cv2.morphologyEx(mask, cv2.MORPH_OPEN, hk) | cv2.morphologyEx(mask, cv2.MORPH_OPEN, vk)
    rules = cv2.dilate(rules, np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(rules, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    out = []
    for c in contours:
        bx, by, bw, bh = cv2.boundingRect(c)
        if bw < 0.1 * ww or bh < 0.02 * hh or bh > 0.25 * hh:
            continue
        if cv2.contourArea(c) < 0.8 * bw * bh:
            continue
        out.append((ax0 + bx, ay0 + by, ax0 + bx + bw, ay0 + by + bh))
    return out


def _blank_words(mask: np.ndarray, img: np.ndarray, boxes: list[BBox], origin: tuple[int, int],
                 *, pad_x: int, pad_y: int) -> None:  # fmt: skip
    """Clear printed words (page fractions) from an ink mask cut out of `img` at `origin`."""
    ox, oy = origin
    for b in boxes:
        bx0, by0, bx1, by1 = _px(img, b)
        mask[max(0, by0 - pad_y - oy) : max(0, by1 + pad_y - oy),
             max(0, bx0 - pad_x - ox) : max(0, bx1 + pad_x - ox)] = 0  # fmt: skip


RULE_GREY = 215  # a signing line's ink: darker than this (and than 85 % of the paper)


def _hrules(img: np.ndarray, area: BBox, printed: list[BBox]) -> list[tuple[int, int, int, int]]:
    """Long horizontal rules (a signature line, solid, dashed or dotted) inside `area`, the
    printed words masked first (a line of text is not a rule)."""
    ax0, ay0, ax1, ay1 = _px(img, area)
    roi = img[ay0:ay1, ax0:ax1]
    if roi.size == 0:
        return []
    hh, ww = img.shape[:2]
    # a rule may be printed grey or as fine dots, which a page at screen resolution shows as a
    # light grey line: fainter ink counts than for writing
    mask = (roi < min(RULE_GREY, _quantile(roi, 90) * 0.85)).astype(np.uint8) * 255
    _blank_words(mask, img, printed, (ax0, ay0), pad_x=0, pad_y=1)
    # join the dashes or dots of a broken line, then keep only long horizontal strokes
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((1, max(3, ww // 150)), np.uint8))
    long = cv2.morphologyEx(
        mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(8, ww // 12), 1))
    )
    n, _, stats, _ = cv2.connectedComponentsWithStats(long, connectivity=8)
    out = []
    for i in range(1, n):
        x, y, w, h = (int(v) for v in stats[i, :4])
        if w >= 0.1 * ww and h <= max(3, 0.004 * hh):
            out.append((ax0 + x, ay0 + y, ax0 + x + w, ay0 + y + h))
    return out


def signature_regions(
    img: np.ndarray, label: BBox, printed: list[BBox]
) -> tuple[list[tuple[int, int, int, int]], bool]:
    """Where the signature at a label may be, in pixels, and whether it is a printed place.

    A frame containing the label or under, right of or above it (caption under the box); else a
    signature line: under the label's caption (signed above the line), right of the label
    ('Handtekening: ______') or under the label (signed between the two); else the open space
    under and right of the label, all measured (a signature is where the ink is)."""
    hh, ww = img.shape[:2]
    lx0, ly0, lx1, ly1 = _px(img, label)
    lh = max(4, ly1 - ly0)
    area = (0.0, max(0.0, label[1] - 0.12), 1.0, min(1.0, label[3] + 0.2))
    best = None
    rects = _rectangles(img, area)
    for r in rects:
        x0, y0, x1, y1 = r
        inside = x0 <= lx0 and lx1 <= x1 and y0 <= ly0 and ly1 <= y1 + 2
        if inside and (
            y1 - y0 < CAPTION_CELL * lh
            or (y1 - y0 < HEADER_CELL * lh and any(_cell_under(r, o, lh) for o in rects))
        ):
            continue  # a table's header cell around the caption: one signs in the cell under it
        if inside and any(_holds(r, o) and o[1] >= ly1 - lh for o in rects if o != r):
            continue  # the table around the caption's column: its cell under the caption
        under = ly1 - lh <= y0 <= ly1 + 0.04 * hh and x0 < lx1 and x1 > lx0
        right = (
            x0 >= lx1 - lh
            and (x0 - lx1 <= 0.15 * ww or (x0 - lx1 <= 0.45 * ww and not _between(img, label, r, printed)))
            and y0 <= ly1
            and y1 >= ly0
        )  # fmt: skip
        above = ly0 - 2 * lh <= y1 <= ly0 + lh // 2 and x0 < lx1 and x1 > lx0
        if not (inside or under or right or above):
            continue
        d = 0 if inside else (abs(y0 - ly1) if under else abs(x0 - lx1) if right else abs(ly0 - y1))
        if best is None or d < best[0]:
            best = (d, r)
    if best is not None:
        cell = best[1]
        if best[0] == 0:  # the label in a cell of its own row: one may sign in the next,
            # empty cell ('Handtekening aanvrager | [      ]'), not in the partner's own box
            beside = [
                r
                for r in rects
                if _next_cell(cell, r, lh) and not any(_holds(r, _px(img, b)) for b in printed)
            ]
            return [cell, *beside[:1]], True
        return [cell], True
    tall = int(0.07 * hh)  # how high a signature reaches above its line
    regions, under = [], []
    for x0, y0, x1, _y1 in _hrules(img, area, printed):
        if ly0 - 2 * lh <= y0 <= ly0 + lh // 3 and x0 < lx1 and x1 > lx0:  # caption under line
            regions.append((x0, max(0, y0 - tall), x1, y0 + 2))
        elif x0 >= lx1 - lh and x0 - lx1 <= 0.15 * ww and ly0 - lh <= y0 <= ly1 + 2 * lh:
            regions.append((x0, max(0, y0 - tall), x1, min(hh, y0 + lh)))  # right of label
        elif ly1 <= y0 <= ly1 + int(0.1 * hh) and x0 < lx1 + int(0.3 * ww) and x1 > lx0:
            under.append((x0, ly1 + lh // 3, x1, y0 + 2))  # under the label, signed between
    # a line beside or over the label is its own; one under it, only when there is none (the
    # next signature's line may follow: 'Handtekening aanvrager ....' over 'Handtekening
    # partner ....', the partner's writing between)
    if regions or under:
        return regions or under, True
    return [
        (
            max(0, lx0 - lh),
            ly1 + lh // 3,
            min(ww, lx0 + int(0.45 * ww)),
            min(hh, ly1 + int(0.09 * hh)),
        ),
        (lx1 + lh, max(0, ly0 - 2 * lh), min(ww, lx1 + int(0.4 * ww)), min(hh, ly1 + lh)),
    ], False


HEADER_CELL = 4.0  # label heights: a cell no taller, with one like it under it, heads a column


def _between(
    img: np.ndarray, label: BBox, box: tuple[int, int, int, int], printed: list[BBox]
) -> bool:
    """Whether printed words stand between a label and a box further right on its row."""
    ww = img.shape[1]
    cy = (label[1] + label[3]) / 2
    return any(
        label[2] + 0.005 < b[0] and b[2] * ww < box[0] and b[1] <= cy <= b[3] for b in printed
    )


def _cell_under(cell: tuple[int, int, int, int], other: tuple[int, int, int, int], lh: int) -> bool:
    """`other` is the cell under `cell` in its table column, at least as tall (signed in)."""
    overlap = min(cell[2], other[2]) - max(cell[0], other[0])
    return (
        abs(other[1] - cell[3]) <= lh // 2
        and overlap >= 0.8 * (cell[2] - cell[0])
        and other[3] - other[1] >= cell[3] - cell[1]
    )


def _next_cell(cell: tuple[int, int, int, int], other: tuple[int, int, int, int], lh: int) -> bool:
    """`other` is the cell right of `cell` in the same table row ('Handtekening | [      ]')."""
    overlap = min(cell[3], other[3]) - max(cell[1], other[1])
    return abs(other[0] - cell[2]) <= lh and overlap >= 0.6 * (cell[3] - cell[1])


def _holds(outer: tuple[int, int, int, int], inner: tuple[int, int, int, int]) -> bool:
    return (
        outer[0] <= inner[0] + 2
        and outer[1] <= inner[1] + 2
        and inner[2] <= outer[2] + 2
        and inner[3] <= outer[3] + 2
    )


def _around(img: np.ndarray, label: BBox) -> list[tuple[int, int, int, int]]:
    """The open space above and under a signature label, in its column."""
    hh, ww = img.shape[:2]
    lx0, ly0, _, ly1 = _px(img, label)
    lh = max(4, ly1 - ly0)
    x0, x1 = max(0, lx0 - lh), min(ww, lx0 + int(0.4 * ww))
    return [
        (x0, max(0, ly0 - int(0.08 * hh)), x1, max(0, ly0 - 2)),
        (x0, ly1 + lh // 3, x1, min(hh, ly1 + int(0.09 * hh))),
    ]


def signature_ink(img: np.ndarray, region: tuple[int, int, int, int], printed: list[BBox]) -> float:
    """Ink fraction in a signature region, without its border, rules and printed words."""
    x0, y0, x1, y1 = region
    m = max(3, int(0.012 * img.shape[1]))
    x0, y0, x1, y1 = x0 + m, y0 + m, x1 - m, y1 - m
    if x1 <= x0 or y1 <= y0:
        return 0.0
    mask = _pen_mask(img, (x0, y0, x1, y1), printed)
    return int(mask.sum()) / float(mask.size)


def _pen_mask(
    img: np.ndarray, region: tuple[int, int, int, int], printed: list[BBox]
) -> np.ndarray:
    """Pen ink (1) in a region of the page, in pixels: dark, but not a printed word, a straight
    rule (a dashed signature line, a box edge) or a speck of scanner noise."""
    x0, y0, x1, y1 = region
    mask = _dark(img[y0:y1, x0:x1]).astype(np.uint8)
    hh, ww = img.shape[:2]
    _blank_words(mask, img, printed, (x0, y0), pad_x=2, pad_y=2)
    hk = cv2.getStructuringElement(cv2.MORPH_RECT, (max(8, ww // 40), 1))
    vk = cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(8, hh // 60)))
    rules = cv2.morphologyEx(mask, cv2.MORPH_OPEN, hk) | cv2.morphologyEx(mask, cv2.MORPH_OPEN, vk)
    mask = mask & ~cv2.dilate(rules, np.ones((3, 3), np.uint8))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    keep = np.zeros(n, bool)
    keep[1:] = stats[1:, cv2.CC_STAT_AREA] >= SPECK_AREA
    return keep[labels].astype(np.uint8)


SPECK_AREA = 12  # pixels: smaller blobs of ink are scanner noise


WHITELISTS: dict[Callable[[str], Any], str] = {
    parse_bsn: "0123456789",
    parse_form_date: "0123456789-",
    parse_children: "0123456789",
    parse_house_number: "0123456789abcdefghijklmnopqrstuvwxyz-",
    parse_money: "0123456789.,-",
}


def clean_rules(crop: np.ndarray, text_h: int) -> np.ndarray:
    """Paint box borders (long straight strokes) white, keeping the characters in the boxes."""
    _, mask = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    vk = cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(3, int(0.8 * crop.shape[0]))))
    hk = cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, int(2.5 * text_h)), 1))
    rules = cv2.morphologyEx(mask, cv2.MORPH_OPEN, vk) | cv2.morphologyEx(mask, cv2.MORPH_OPEN, hk)
    out = crop.copy()
    out[cv2.dilate(rules, np.ones((3, 3), np.uint8)) > 0] = 255
    return out


def compact_comb_image(clean: np.ndarray) -> np.ndarray | None:
    """The characters of a cleaned comb-box crop, on their own band and pushed together:
    Tesseract reads '2 0 6 3 4 0 5 4 0' spread over boxes badly, '206340540' well."""
    ink = clean < 150
    rows = ink.any(axis=1)
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(rows):
        if rows[i]:
            j = i
            while j < len(rows) and rows[j]:
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    if not runs:
        return None
    r0, r1 = max(runs, key=lambda r: int(ink[r[0] : r[1]].sum()))
    band = clean[r0:r1]
    cols = ink[r0:r1].any(axis=0)
    gap = max(2, int(0.3 * (r1 - r0)))
    keep, run = [], 0
    for k, v in enumerate(cols):
        run = 0 if v else run + 1
        if v or run <= gap:
            keep.append(k)
    if not keep:
        return None
    pad = max(4, (r1 - r0) // 2)
    return cv2.copyMakeBorder(band[:, keep], pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)


def _reread_crop(images: _Images, val: Val) -> np.ndarray | None:
    """A value's region of the page image, comb boxes and rules removed, for re-reading."""
    img = images(val.page)
    hh, ww = img.shape[:2]
    b = val.bbox
    th = max(3, int((b[3] - b[1]) * hh))
    a0, a1 = val.area or (b[0] - 0.012, b[2] + 0.012)
    x0, x1 = max(0, int(min(a0, b[0] - 0.005) * ww)), min(ww, int(max(a1, b[2] + 0.005) * ww))
    y0, y1 = max(0, int(b[1] * hh) - th // 2), min(hh, int(b[3] * hh) + th // 2)
    if x1 - x0 < 4 or y1 - y0 < 4:
        return None
    return compact_comb_image(clean_rules(np.ascontiguousarray(img[y0:y1, x0:x1]), th))


def _read_again(val: Val, words: list[tuple[str, float]]) -> Val:
    """The words of a re-read (text, confidence), boxed as the value they were read for."""
    return Val(val.page, [Word(t, val.bbox, conf) for t, conf in words if t.strip()])


def _reread_key(val: Val, kind: Kind) -> tuple[Any, ...]:
    return (val.page, val.bbox, val.area, kind.parse)


class Rereads:
    """Values re-read with a character whitelist after removing the comb boxes.

    An engine start costs about as much as reading a few lines, so a form is extracted twice:
    the first pass only notes which values it would re-read (`ask` answers None); they are then
    read together, one engine call per whitelist, and the second pass gets the answers
    (`answer`), side by side in one line. A value only the second pass asks for is read on its
    own, as one line and then as one word. (Reading a value the joint line could not parse on
    its own again rescued 2 of 64 on the dev scans, at two engine calls each.)"""

    def __init__(self, images: _Images) -> None:
        self.images = images
        self.asked: dict[tuple[Any, ...], tuple[Val, Kind]] = {}
        self.answers: dict[tuple[Any, ...], Val | None] = {}

    def ask(self, val: Val, kind: Kind) -> Val | None:
        if kind.parse in WHITELISTS:
            self.asked.setdefault(_reread_key(val, kind), (val, kind))
        return None

    def read_asked(self) -> None:
        from ocr import read_crops

        groups: dict[str, list[tuple[tuple[Any, ...], Val, Kind, np.ndarray]]] = {}
        for key, (val, kind) in self.asked.items():
            crop = _reread_crop(self.images, val)
            if crop is None:
                self.answers[key] = None
                continue
            groups.setdefault(WHITELISTS[kind.parse], []).append((key, val, kind, crop))
        for whitelist, items in groups.items():
            try:
                read = read_crops([crop for *_, crop in items], whitelist=whitelist, one_line=True)
            except OcrError:
                read = [[] for _ in items]
            for (key, val, _, _), words in zip(items, read, strict=True):
                got = _read_again(val, [(t.text, t.conf / 100.0) for t in words])
                self.answers[key] = got if got.words else None

    def answer(self, val: Val, kind: Kind) -> Val | None:
        key = _reread_key(val, kind)
        if key not in self.answers:
            self.answers[key] = self.reread_one(val, kind)
        return self.answers[key]

    def reread_one(self, val: Val, kind: Kind) -> Val | None:
        from ocr import ocr_region

        whitelist = WHITELISTS.get(kind.parse)
        crop = None if whitelist is None else _reread_crop(self.images, val)
        if crop is None:
            return None
        last = None
        for psm in (7, 8):
            try:
                words = ocr_region(
                    crop, (0.0, 0.0, 1.0, 1.0), whitelist=whitelist, psm=psm, pad=0.0
                )
            except OcrError:  # an engine failure is a value we could not read, not a crash
                return last
            got = _read_again(val, [(w.text, w.confidence) for w in words])
            if got.words and best_parse(kind, got) is not None:
                return got
            last = got
        return last


# --- the extractor --------------------------------------------------------------------------


class _Images:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.cache: dict[int, np.ndarray] = {}

    @property
    def available(self) -> bool:
        return self.ctx.page_image is not None

    def __call__(self, page: int) -> np.ndarray:
        if page not in self.cache:
            assert self.ctx.page_image is not None
            img = self.ctx.page_image(page)
            if img.ndim == 3:
                img = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
            self.cache[page] = img
        return self.cache[page]


def _pick(cands: list[Candidate]) -> Candidate | None:
    """The best candidate: parsed before unreadable, better label first; agreement filled in."""
    if not cands:
        return None
    order = sorted(
        range(len(cands)),
        key=lambda i: (cands[i].value is None, cands[i].valid is False, -cands[i].label_score, i),
    )
    best = cands[order[0]]
    others = [c.value for i, c in enumerate(cands) if i != order[0] and c.value is not None]
    if best.value is not None and others:
        best.agreement = 1.0 if all(v == best.value for v in others) else 0.0
    return best


def extract_form(ctx: Context) -> Extraction:
    """All CONTRACT fields of an application form (None where the form does not show one)."""
    view = ctx.view()
    images = _Images(ctx)
    if not images.available:
        return _extract_form(view, images, None)
    rereads = Rereads(images)
    first = _extract_form(view, images, rereads.ask)
    if not rereads.asked:
        return first  # nothing to re-read: the first pass is the answer
    rereads.read_asked()
    return _extract_form(view, images, rereads.answer)


def _extract_form(
    view: DocView, images: _Images, reread: Callable[[Val, Kind], Val | None] | None
) -> Extraction:
    sheet = Sheet(view)
    if images.available:
        sheet.reread = reread
        sheet.image = images
    stop_keys = (*LABEL_KEYS, "signature", "has_partner", "other_labels")
    all_hits = find_hits(sheet, stop_keys)
    for h in all_hits:
        if label_like(h) or h.key == "other_labels":
            sheet.label_ids.update(id(w) for w in h.words)
    for key in ("answer_yes", "answer_no", "applicant_column", "partner_column"):
        for syn in _syns(key):
            for sp in view.find_labels([syn], min_score=1.0):
                if len(sp.line.words) <= 6:
                    sheet.label_ids.update(id(w) for w in sp.words)
    structure = find_structure(sheet)
    hits = [h for h in all_hits if h.key in LABEL_KEYS and label_like(h)]
    hits += wrapped_question_hits(sheet, SIMPLE)

    cands: dict[str, list[Candidate]] = {}

    def add(name: str, c: Candidate | None) -> None:
        if c is not None:
            cands.setdefault(name, []).append(c)

    person_hits: dict[str, list[tuple[Hit, Candidate | None]]] = {}
    for h in hits:
        if h.key in COMBINED:
            for name, c in combined_candidates(sheet, h).items():
                add(name, c)
            continue
        if h.key == "signature_date":
            continue  # read next to the signature, below
        role = next((r for r in ROLES if h.key.startswith(r + "_")), None)
        if role is None:
            found = value_candidates(sheet, h, KINDS[h.key])
            if h.key == "house_number" and found is not None and found.value is None:
                # 'Huisnummer toevoeging: a' (the label of the number and its addition, or of the
                # addition alone): only an addition written there is the addition
                suffix = candidate_for(KINDS["house_number_suffix"], below_or_right(sheet, h), h)
                if suffix is not None and suffix.value is not None:
                    add("house_number_suffix", suffix)
                    continue
            add(h.key, found)
            continue
        base = h.key[len(role) + 1 :]
        kind = KINDS[base]
        table = table_values(sheet, h, structure)
        if table is not None:
            for r in ROLES:
                add(
                    f"{r}_{base}",
                    candidate_for(kind, [table[r]], h, sheet) if table[r].words else None,
                )
            continue
        qualified = (
            _qualified_role(h) or (role if role == "partner" else None) or _continued_role(sheet, h)
        )
        if qualified is None and _in_region(h.pos, structure.partner_region):
            qualified = "partner"
        h.role = qualified
        found = value_candidates(sheet, h, kind)
        if base == "surname" and found is not None and isinstance(found.value, str):
            # 'Naam partner: Yasmin Johanna de Groot', 'Berg, Jan Willem': where does the
            # surname start? (a surname never holds a comma)
            words = found.value.split()
            if "," in found.value or (
                _full_name_label(h) and len(words) > 1 and words[0].lower() not in NAME_PREFIXES
            ):
                found.doubt = True
                found.problems.append(FULL_NAME)
        person_hits.setdefault(base, []).append((h, found))

    # roles: explicit or by section; without sections, the second of a repeated label is the partner's
    # (a prefix last: a 'Tussenvoegsel' box is the surname's beside it, whoever's that is)
    for base, items in sorted(person_hits.items(), key=lambda kv: kv[0] == "prefix"):
        items[:] = [(h, c) for h, c in items if not _umbrella(h, c, items)]
        unknown = [(h, c) for h, c in items if h.role is None]
        if structure.partner_region is None and not any(h.role == "partner" for h, _ in items):
            unknown.sort(key=lambda hc: hc[0].pos)
            surnames = [h for h, _ in person_hits.get("surname", []) if h.role is not None]
            for k, (h, _) in enumerate(unknown):
                beside = _beside(h, surnames) if base == "prefix" else None
                h.role = beside.role if beside is not None else "applicant" if k == 0 else "partner"
        for h, c in items:
            add(f"{h.role or 'applicant'}_{base}", c)

    fields: dict[str, Candidate | None] = {name: _pick(cands.get(name, [])) for name in FIELDS[DOC]}
    count = fields["children_count"]
    if count is not None and (count.text or "").strip() == "-" and count.page in sheet.ocr_pages:
        count.doubt = True  # a dash for 'none', or a speck OCR read as one
        count.problems.append("a lone dash read on a scan")
    for r in ROLES:
        prefix = _pick(cands.get(f"{r}_prefix", [])) or _prefix_beside(
            fields[f"{r}_surname"], cands.get(f"{r}_surname", [])
        )
        fields[f"{r}_surname"] = _with_prefix(fields[f"{r}_surname"], prefix)
        if fields[f"{r}_first_names"] is None:
            fields[f"{r}_surname"], fields[f"{r}_first_names"] = _split_full_name(
                fields[f"{r}_surname"]
            )
    fields["house_number"] = _with_suffix(
        fields["house_number"], _pick(cands.get("house_number_suffix", []))
    )
    fields["has_partner"] = has_partner(sheet, all_hits, structure, images)
    sig_hit, fields["signature_present"] = signature(sheet, all_hits, images)
    if fields["signature_present"] is None:
        sig_hit, fields["signature_present"] = _unlabelled_signature(sheet, images)
    fields["signature_date"] = signature_date(sheet, all_hits, sig_hit)
    _partner_policy(fields)
    _dates_agree(fields.get("signature_date"), fields.get("requested_start_date"))
    _email_and_name(fields.get("email"), fields)
    _plausible(fields)
    return Extraction({name: fields.get(name) for name in FIELDS[DOC]})


# what people declare on a bijstand form: a figure outside these bounds is far more often a
# misread ('5,00' for '1.384,43', '102570' for '1025,70') than the truth, and goes to a person
PLAUSIBLE_MONEY = {
    "declared_monthly_income": (Decimal("20"), Decimal("15000")),
    "housing_costs": (Decimal("50"), Decimal("5000")),
    "declared_savings": (Decimal("0"), Decimal("500000")),
}
MAX_CHILDREN = 12


MAX_AGE = 110  # years: older applicants (or partners) than this are a misread birth year
MIN_AGE = 14  # a partner or applicant younger than this is one too


def _plausible(fields: dict[str, Candidate | None]) -> None:
    """Values that can be read but hardly be true are doubted (always `review`)."""
    kids = fields.get("children_count")
    if kids is not None and isinstance(kids.value, int) and kids.value > MAX_CHILDREN:
        kids.doubt = True
        kids.problems.append(f"{kids.value} children is not plausible: a misread?")
    # a birth date after the form was signed (or the start it asks for), or more than
    # MAX_AGE years before it, is a misread year ('2072' for '1972')
    ref = next((c.value for c in (fields.get("signature_date"), fields.get("requested_start_date"))
                if c is not None and c.value), None)  # fmt: skip
    for name in ("applicant_date_of_birth", "partner_date_of_birth"):
        c = fields.get(name)
        if ref is None or c is None or not c.value:
            continue
        born, when = date.fromisoformat(str(c.value)), date.fromisoformat(str(ref))
        if not when.year - MAX_AGE <= born.year <= when.year - MIN_AGE:
            c.doubt = True
            c.problems.append(f"born {born}, on a form of {when}: a misread year?")
    for name, (low, high) in PLAUSIBLE_MONEY.items():
        c = fields.get(name)
        if c is None or c.value is None:
            continue
        v = Decimal(str(c.value))
        if v != 0 and not low <= v <= high:
            c.doubt = True
            c.problems.append(f"{v} is outside the plausible {low}-{high}: a misread?")


def _umbrella(h: Hit, c: Candidate | None, items: list[tuple[Hit, Candidate | None]]) -> bool:
    """A question over the labels that take its answer ('Wat is uw naam?' over 'Voornamen' and
    'Achternaam'): no value of its own, and a label for the same field right under it."""
    return c is None and any(
        o is not h and o.page == h.page and 0 < o.bbox[1] - h.bbox[1] <= UMBRELLA_GAP
        for o, oc in items
        if oc is not None
    )


UMBRELLA_GAP = 0.06  # page heights: the sub-labels of a question stand right under it


def _full_name_label(h: Hit) -> bool:
    """'Naam', 'Naam partner', 'Volledige naam': a label that may stand before the whole name."""
    words = [fold(w.text).strip(":.()") for w in h.words]
    return "naam" in words or "volledige" in words


def _beside(h: Hit, others: list[Hit]) -> Hit | None:
    """The label of `others` on the same line as `h` (or the line's neighbour), nearest."""
    height = h.bbox[3] - h.bbox[1]
    level = [o for o in others if o.page == h.page and abs(_cy(o.bbox) - _cy(h.bbox)) <= 2 * height]
    return min(level, key=lambda o: abs(o.bbox[0] - h.bbox[0]), default=None)


def _prefix_beside(surname: Candidate | None, cands: list[Candidate]) -> Candidate | None:
    """'Naam [van der] [Linden]' in two boxes: the surname label's other reading, only a prefix,
    on the surname's line and left of it, is its prefix."""
    if surname is None or surname.value is None or surname.bbox is None:
        return None
    for c in cands:
        if c is surname or c.text is None or c.bbox is None or c.page != surname.page:
            continue
        words = c.text.lower().split()
        same_line = abs((c.bbox[1] + c.bbox[3]) - (surname.bbox[1] + surname.bbox[3])) < (
            surname.bbox[3] - surname.bbox[1]
        )
        left = c.bbox[2] <= surname.bbox[0] + 0.005
        if words and all(w in NAME_PREFIXES for w in words) and same_line and left:
            return Candidate(c.text, c.text, c.page, c.bbox, c.label_score, c.ocr_conf, None)
    return None


FULL_NAME = "a full name under a name label: surname uncertain"


def _split_full_name(
    surname: Candidate | None,
) -> tuple[Candidate | None, Candidate | None]:
    """The whole name under one 'Naam' label and no first names asked for elsewhere: first
    names, then the surname from its first prefix word or else its last word ('Yasmin Johanna
    de Groot'); or 'Groot, Yasmin Johanna de'. Both stay doubted: only a person is sure."""
    if surname is None or not isinstance(surname.value, str) or FULL_NAME not in surname.problems:
        return surname, None
    name = surname.value
    if "," in name:
        sur, _, given = (p.strip() for p in name.partition(","))
        words = given.split()
        k = next((i for i, w in enumerate(words) if i and w.lower() in NAME_PREFIXES), len(words))
        sur, given = " ".join([*words[k:], sur]), " ".join(words[:k])
    else:
        words = name.split()
        k = next((i for i, w in enumerate(words) if i and w.lower() in NAME_PREFIXES), None)
        k = len(words) - 1 if k is None else k
        sur, given = " ".join(words[k:]), " ".join(words[:k])
    if not given or not sur or any("." in w for w in given.split()):
        return surname, None  # initials are no first names
    problem = "split from a full name under a name label"
    return (
        replace(surname, value=sur, problems=[*surname.problems, problem]),
        replace(surname, value=given, problems=[*surname.problems, problem]),
    )


def _with_prefix(surname: Candidate | None, prefix: Candidate | None) -> Candidate | None:
    """A separate 'Tussenvoegsel' box: surname = prefix + ' ' + achternaam."""
    if surname is None or prefix is None or prefix.value is None or surname.value is None:
        return surname
    if str(surname.value).lower().startswith(str(prefix.value).lower() + " "):
        return surname
    return _joined(surname, prefix, f"{prefix.value} {surname.value}", prefix_first=True)


def _with_suffix(number: Candidate | None, suffix: Candidate | None) -> Candidate | None:
    """A separate 'Toevoeging' box: '12' + 'a' = '12a', '12' + '2' = '12-2', '12' + 'hs' =
    '12 hs' (as the address is written on one line)."""
    if number is None or suffix is None or number.value is None or suffix.value is None:
        return number
    n, x = str(number.value), str(suffix.value)
    if not n.isdigit():
        return number  # the number box already holds its addition
    if x[0] in "-/" or (len(x) == 1 and x.isalpha()):
        return _joined(number, suffix, n + x)
    return _joined(number, suffix, f"{n}-{x}" if x.isdigit() else f"{n} {x}")


def _joined(
    main: Candidate, extra: Candidate, value: str, *, prefix_first: bool = False
) -> Candidate:
    """One value read from two boxes: the main box's page, validity and agreement, the weaker
    label and OCR confidence of the two, both boxes as evidence when on one page."""
    same_page = extra.page == main.page and extra.bbox and main.bbox
    first, second = (extra, main) if prefix_first else (main, extra)
    return Candidate(
        value,
        f"{first.text} {second.text}",
        main.page,
        union([extra.bbox, main.bbox]) if same_page else main.bbox,  # type: ignore[list-item]
        min(extra.label_score, main.label_score),
        min(extra.ocr_conf, main.ocr_conf),
        main.valid,
        first.problems + second.problems,
        agreement=main.agreement,
    )


# letters OCR reads for the digits that often follow a name in an address ('meijerl' for
# 'meijer1', 'dijkstral7' for 'dijkstra17')
_DIGIT_LETTERS = "liostzbgq"


def _email_and_name(email: Candidate | None, fields: dict[str, Candidate | None]) -> None:
    """An address made of the applicant's names (and digits) agrees with them; one whose name
    part is a name read one letter off ('nirjam' for 'mirjam') or with a letter where a digit
    would follow the name ('meijerl') is doubted: the two were read differently."""
    if email is None or not isinstance(email.value, str) or "@" not in email.value:
        return
    names = {
        w
        for key in ("applicant_first_names", "applicant_surname")
        if (c := fields.get(key)) is not None and isinstance(c.value, str)
        for w in fold(c.value).replace("-", " ").split()
        if len(w) >= 3 and w not in NAME_PREFIXES
    }
    if not names:
        return
    parts = [p for p in re.split(r"[._+-]", fold(email.value.split("@")[0])) if p]
    agree, doubt = bool(parts), False
    for part in parts:
        word = part.rstrip("0123456789")
        if not word or word in names:
            continue
        agree = False
        if any(word.startswith(n) and set(word[len(n) :]) <= set(_DIGIT_LETTERS) for n in names):
            doubt = True  # 'meijerl': the name, then letters where digits stood
        elif len(word) >= 4 and any(Levenshtein.distance(word, n) == 1 for n in names):
            doubt = True  # 'nirjam' beside the first name 'Mirjam'
    if doubt:
        email.doubt = True
        email.problems.append("the name in the address differs from the name on the form")
    elif agree:
        email.agreement = 1.0


SIGNED_NEAR_START_DAYS = 400  # an application is signed close to the start date it asks for


def _dates_agree(signed: Candidate | None, start: Candidate | None) -> None:
    """The signature date and the requested start date support each other when close; far
    apart ('2016' for '2026', a misread digit) one of them is wrong."""
    if signed is None or start is None or not signed.value or not start.value:
        return
    gap = abs((date.fromisoformat(signed.value) - date.fromisoformat(start.value)).days)
    agree = 1.0 if gap <= SIGNED_NEAR_START_DAYS else 0.0
    for c in (signed, start):
        c.agreement = agree if agree == 0.0 else max(c.agreement, 0.75)
        if agree == 0.0:
            c.problems.append("signature date and requested start date are far apart")


def _partner_policy(fields: dict[str, Candidate | None]) -> None:
    """No partner: partner fields are absent. A partner but an empty field: a person must look."""
    hp = fields.get("has_partner")
    names = [f"partner_{p}" for p in PERSON if p != "prefix"]
    if hp is not None and hp.value is False:
        for n in names:
            fields[n] = None
    elif hp is not None and hp.value is True:
        for n in names:
            if fields.get(n) is None:
                fields[n] = Candidate(
                    None, None, hp.page, None, 0.0, 1.0, False, ["partner ticked but field empty"]
                )


# --- has_partner, signature_present, signature_date -----------------------------------------


def _answer(word: Word, answers: set[str]) -> BBox | None:
    """The box of an answer word, also when OCR glued the ticked box to it ('Mja', 'XNee')."""
    f = fold(word.text)
    for a in answers:
        if f == a:
            return word.bbox
        if len(a) >= 3 and len(f) == len(a) and Levenshtein.distance(f, a) == 1 and f[1:] == a[1:]:
            return word.bbox  # the box's edge took the first letter: 'tee', 'Mee' for 'Nee'
        if f.endswith(a) and 0 < len(f) - len(a) <= 2:
            x0, y0, x1, y1 = word.bbox
            return (x1 - (x1 - x0) * len(a) / len(word.text), y0, x1, y1)
    return None


def _alone(sheet: Sheet, page: int, w: Word) -> bool:
    """Whether a word stands alone in its run of words (an answer option, not in a sentence)."""
    band = sorted(sheet.band(page, w.bbox, 0.0), key=lambda o: o.bbox[0])
    return next((len(seg) for seg in sheet.segments(page, band) if w in seg), 0) <= 2


STACK_ALIGN = 2.5  # stacked options' left edges differ by less than this many letter heights
STACK_GAP = 3.5  # ... and one stands under the other by at most this many (boxes taller than text)


def _answer_pairs(sheet: Sheet) -> list[tuple[int, BBox, BBox]]:
    yes = set(_folded_syns("answer_yes"))
    no = set(_folded_syns("answer_no"))
    pairs = []
    for page, words in sheet.words.items():
        for a in words:
            ya = _answer(a, yes)
            if ya is None:
                continue
            for b in sorted(sheet.band(page, a.bbox, a.bbox[2]), key=lambda w: w.bbox[0]):
                nb = _answer(b, no)
                if nb is not None and nb[0] - ya[2] < 0.2:
                    pairs.append((page, ya, nb))
                    break
            else:  # the options stacked: 'Ja' over 'Nee', left-aligned (boxes in one column),
                h = ya[3] - ya[1]  # each word on its own ('Zo ja, vul ...' is no option)
                if not _alone(sheet, page, a):
                    continue
                for b in words:
                    nb = _answer(b, no)
                    if (
                        nb is not None
                        and 0 < nb[1] - ya[3] <= STACK_GAP * h
                        # left-aligned; OCR may read a box into the word ('☐Ja' as 'ja')
                        and abs(nb[0] - ya[0]) < STACK_ALIGN * h
                        and _alone(sheet, page, b)
                    ):
                        pairs.append((page, ya, nb))
                        break
    return pairs


ANSWER_GAP = 0.03  # page widths between a question and its answer in words, at least


def _typed_answer(sheet: Sheet, q: Hit) -> Candidate | None:
    """A question answered in words, no boxes (a printed web form): 'Ja' or 'Nee' (possibly
    followed by an explanation) as the first words right of the question or on the line under
    it."""
    yes = set(_folded_syns("answer_yes"))
    no = set(_folded_syns("answer_no"))
    h = q.bbox[3] - q.bbox[1]
    # the answer starts after the first wide gap that follows the question's words
    band = sorted(sheet.band(q.page, q.bbox, q.bbox[2] + 0.001), key=lambda w: w.bbox[0])
    prev, right = q.words[-1], []
    for k, w in enumerate(band):
        if sheet.is_gap(q.page, prev, w):
            near = w.bbox[0] - prev.bbox[2] < MAX_RIGHT or _set_right(sheet, q, band[k:])
            right = band[k:] if near else []
            break
        prev = w
    if right and fold(right[0].text).strip(",.:;") not in yes | no:
        # the question runs on past a narrow space ('heeft u een   Ja': small letters make a
        # small gap look wide): the answer after the widest gap
        gaps = [b.bbox[0] - a.bbox[2] for a, b in itertools.pairwise([q.words[-1], *band])]
        k = max(range(len(gaps)), key=lambda i: gaps[i])
        if gaps[k] >= ANSWER_GAP and (gaps[k] < MAX_RIGHT or _set_right(sheet, q, band[k:])):
            right = band[k:]
    below = sorted(
        (
            w
            for w in sheet.words[q.page]
            if 0 < w.bbox[1] - q.bbox[3] <= 1.8 * h and q.bbox[0] - 2 * h <= w.bbox[0] < q.bbox[2]
        ),
        key=lambda w: w.bbox[0],
    )
    for run in (right, below):
        if not run:
            continue
        first = fold(run[0].text).strip(",.:;")
        rest = {fold(w.text).strip(",.:;/") for w in run[1:4]}
        if first in yes | no and not (rest & (yes | no)):
            w = run[0]
            return Candidate(first in yes, w.text, q.page, w.bbox, q.score, w.confidence, True)
        if first in yes | no:  # 'Ja / Nee*': both printed, the one that does not apply struck
            return _struck_choice(sheet, q, run[:4], yes, no)
    return None


STRUCK_COVER = 0.95  # a struck word: ink at mid-height in this share of its columns and margins


def _struck(img: np.ndarray, box: BBox) -> bool:
    """Whether a stroke runs through a word (page fractions) from end to end: ink across the
    middle of its letters in nearly all its columns and in a margin either side (struck through
    by hand, the stroke overshoots the word; printed letters leave gaps and margins blank)."""
    x0, y0, x1, y1 = _px(img, box)
    h = max(1, y1 - y0)
    m = max(1, round(0.3 * h))
    band = img[y0 + round(0.2 * h) : y0 + round(0.85 * h), max(0, x0 - m) : x1 + m]
    return band.size > 0 and float(_dark(band).any(axis=0).mean()) >= STRUCK_COVER


def _ring_ink(img: np.ndarray, box: BBox) -> float:
    """The share of dark pixels in a ring around a word (a hand-drawn circle round it), the
    word itself left out."""
    x0, y0, x1, y1 = _px(img, box)
    h = max(1, y1 - y0)
    m = max(2, round(0.8 * h))
    outer = img[max(0, y0 - m) : y1 + m, max(0, x0 - m) : x1 + m]
    if outer.size == 0:
        return 0.0
    dark = _dark(outer)
    iy, ix = y0 - max(0, y0 - m), x0 - max(0, x0 - m)
    dark[max(0, iy - 1) : iy + h + 1, max(0, ix - 1) : ix + (x1 - x0) + 1] = False
    return float(dark.mean())


CIRCLE_INK = 0.03  # a circled word: this share of its ring dark, three times the other's


def _strike_answer(
    img: np.ndarray, page: int, score: float, ja: BBox, nee: BBox
) -> Candidate | None:
    """'Ja / Nee*  (*doorhalen wat niet van toepassing is)': the answer is the word left
    standing when the other one is struck through; 'Ja  Nee  (omcirkel uw antwoord)': the word
    circled. None when neither says it (or both do)."""
    struck_ja, struck_nee = _struck(img, ja), _struck(img, nee)
    if struck_ja != struck_nee:
        kept = nee if struck_ja else ja
        return Candidate(not struck_ja, "Nee" if struck_ja else "Ja", page, kept, score, 1.0,
                         True, ["the other answer struck through"])  # fmt: skip
    if struck_ja:
        return None
    ring_ja, ring_nee = _ring_ink(img, ja), _ring_ink(img, nee)
    for yes, mine, other, box in ((True, ring_ja, ring_nee, ja), (False, ring_nee, ring_ja, nee)):
        if mine >= CIRCLE_INK and mine >= 3 * other:
            return Candidate(yes, "Ja" if yes else "Nee", page, box, score, 1.0, True,
                             ["the answer circled"])  # fmt: skip
    return None


def _struck_choice(
    sheet: Sheet, q: Hit, run: Sequence[Word], yes: set[str], no: set[str]
) -> Candidate | None:
    """Both answers printed after a question, one of them struck through (or neither: no
    answer read)."""
    ja = next((w for w in run if fold(w.text).strip(",.:;/*") in yes), None)
    nee = next((w for w in run if fold(w.text).strip(",.:;/*") in no), None)
    img = sheet.image(q.page)
    if ja is None or nee is None or img is None:
        return None
    return _strike_answer(img, q.page, q.score, ja.bbox, nee.bbox) or Candidate(
        None,
        f"{ja.text} / {nee.text}",
        q.page,
        union([ja.bbox, nee.bbox]),
        q.score,
        1.0,
        None,
        ["Ja/Nee printed, not one of the two struck through"],
    )


def has_partner(
    sheet: Sheet, hits: list[Hit], structure: Structure, images: _Images
) -> Candidate | None:
    # one word inside another question ('Heeft u (of uw partner) inkomsten?') does not ask it
    questions = [
        h
        for h in hits
        if h.key == "has_partner" and (len(h.words) > 1 or not h.seg or h.seg[0] is h.words[0])
    ]
    best: tuple[tuple[float, float], Hit | None, tuple[int, BBox, BBox]] | None = None
    for pair in _answer_pairs(sheet):
        page, a, b = pair
        for q in questions:
            qb = q.bbox
            if q.page != page or qb[1] > a[3]:
                continue
            same_band = abs(_cy(qb) - _cy(a)) < BAND * (qb[3] - qb[1]) and a[0] > qb[0]
            dy = a[1] - qb[3]
            if not (same_band or 0 <= dy <= 0.06):
                continue
            key = (-len(q.words) * q.score, 0.0 if same_band else dy)
            if best is None or key < best[0]:
                best = (key, q, pair)
        if best is None and _in_region((page, a[1]), structure.partner_region):
            best = ((0.0, 1.0), None, pair)
    if best is None:
        asked = sorted((q for q in questions if len(q.words) > 1), key=lambda q: -len(q.words))
        if not asked:
            return None
        for q in asked:  # a question answered in words, no boxes (a printed web form)
            typed = _typed_answer(sheet, q)
            if typed is None or typed.bbox is None or typed.ocr_conf < TYPED_MIN_CONF:
                continue
            if images.available and find_checkbox(images(q.page), typed.bbox)[1]:
                continue  # a box by the word: one of a pair of boxes, the other unreadable
            return typed
        for q in asked if images.available else []:
            # the answer words unreadable ('Elia WNee'): the two squares by the question
            img = images(q.page)
            text_words = [] if q.page in sheet.ocr_pages else [w.bbox for w in sheet.words[q.page]]
            pair = _square_pair(img, q.bbox, text_words)
            if pair is not None:
                hh, ww = img.shape[:2]
                said = [_word_after(sheet, q.page, img, box) for box in pair]
                if said == ["nee", "ja"] or (said[0] == "nee") != (said[1] == "ja"):
                    pair = (pair[1], pair[0])  # 'Nee' printed first ('[x] Nee → ga naar 4')
                    said.reverse()
                words = [_frac(pair[0], ww, hh), _frac(pair[1], ww, hh)]
                cand = _ticked(img, q.page, q.score, words, pair, [])
                if said != ["ja", "nee"]:  # only the convention (Ja first) says which is which
                    cand.doubt = True
                    cand.problems.append("Ja/Nee squares not labelled legibly: order assumed")
                return cand
        q = asked[0]
        return Candidate(
            None, q.line.text, q.page, q.bbox, q.score, 1.0, False, ["no Ja/Nee boxes found"]
        )
    _, q, (page, a, b) = best
    bbox = union([a, b])
    score = q.score if q is not None else 0.5
    if not images.available:
        return Candidate(None, None, page, bbox, score, 1.0, None, ["no page image"])
    img = images(page)
    (box_a, seen_a), (box_b, seen_b) = find_checkbox(img, a), find_checkbox(img, b)
    (after_a, seen_ra), (after_b, seen_rb) = (
        find_checkbox(img, a, right=True),
        find_checkbox(img, b, right=True),
    )
    if (
        seen_ra
        and seen_rb
        and after_a != after_b
        and (not (seen_a and seen_b) or after_a in (box_a, box_b))
    ):
        # the boxes follow their words ('Ja [ ]  Nee [x]'): the square left of 'Nee' is Ja's
        (box_a, seen_a), (box_b, seen_b) = (after_a, True), (after_b, True)
    if not seen_a and not seen_b and (struck := _strike_answer(img, page, score, a, b)):
        return struck  # no boxes: 'Ja / Nee*' with the answer that does not apply struck
    problems = [] if seen_a and seen_b else ["checkbox square not found"]
    return _ticked(img, page, score, [a, b], (box_a, box_b), problems)


def _word_after(
    sheet: Sheet, page: int, img: np.ndarray, box: tuple[int, int, int, int]
) -> str | None:
    """The answer word ('ja' / 'nee') printed right after a square, if any."""
    hh, ww = img.shape[:2]
    x0, y0, x1, y1 = _frac(box, ww, hh)
    side = x1 - x0
    for w in sheet.words[page]:
        cy = (w.bbox[1] + w.bbox[3]) / 2
        if y0 <= cy <= y1 and x1 - 0.2 * side <= w.bbox[0] <= x1 + 2.5 * side:
            word = fold(w.text).strip(",.:;")
            return word if word in ("ja", "nee") else None
    return None


def _square_pair(
    img: np.ndarray, question: BBox, words: Sequence[BBox] = ()
) -> tuple[tuple[int, int, int, int], tuple[int, int, int, int]] | None:
    """Two answer squares side by side right of or under a question, in pixels: by the
    convention of Dutch forms the first is 'Ja', the second 'Nee'."""
    hh, ww = img.shape[:2]
    qx0, qy0, qx1, qy1 = _px(img, question)
    th = max(4, qy1 - qy0)
    rx0, ry0 = max(0, qx0 - th), max(0, qy0 - th // 2)
    rx1, ry1 = ww, min(hh, qy1 + int(0.06 * hh))
    roi = img[ry0:ry1, rx0:rx1]
    if roi.size == 0:
        return None
    mask = _midpoint_dark(roi).astype(np.uint8) * 255
    contours, _ = cv2.findContours(mask, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    squares: list[tuple[int, int, int, int]] = []
    for c in contours:
        bx, by, bw, bh = cv2.boundingRect(c)
        if not (0.6 * th <= bw <= 2.2 * th and 0.75 <= bw / max(1, bh) <= 1.33):
            continue
        if cv2.contourArea(c) < 0.6 * bw * bh:
            continue
        box = (rx0 + bx, ry0 + by, rx0 + bx + bw, ry0 + by + bh)
        if box[0] < qx1 and box[1] < qy1 and box[3] > qy0 and box[2] > qx0:
            continue  # inside the question's own words
        if any(_px(img, b)[0] < box[2] and box[0] < _px(img, b)[2] and _px(img, b)[1] < box[3]
               and box[1] < _px(img, b)[3] for b in words):  # fmt: skip
            continue  # a printed letter ('o', 'e' in bold), not a box
        if any(abs(box[0] - o[0]) < bw // 2 and abs(box[1] - o[1]) < bh // 2 for o in squares):
            continue  # the inner contour of a square already seen
        squares.append(box)
    squares.sort(key=lambda b: (b[1] // th, b[0]))
    rows: dict[int, list[tuple[int, int, int, int]]] = {}
    for b in squares:
        key = next((k for k in rows if abs(k - b[1]) < th), b[1])
        rows.setdefault(key, []).append(b)
    first = min(rows, default=None)
    if first is None or len(rows[first]) != 2:
        return None  # not exactly one row of two squares: not a yes/no question we can read
    a, b = sorted(rows[first])
    return a, b


def _ticked(
    img: np.ndarray,
    page: int,
    score: float,
    words: list[BBox],
    boxes: tuple[tuple[int, int, int, int], tuple[int, int, int, int]],
    problems: list[str],
) -> Candidate:
    """'Ja' (True) or 'Nee' (False) from the ink in the two answer squares."""
    box_a, box_b = boxes
    ink_a, ink_b = box_ink(img, box_a), box_ink(img, box_b)
    hh, ww = img.shape[:2]
    region = union([*words, _frac(box_a, ww, hh), _frac(box_b, ww, hh)])
    text = f"Ja {ink_a:.3f} / Nee {ink_b:.3f}"
    hi, lo = max(ink_a, ink_b), min(ink_a, ink_b)
    if hi < CHECK_MIN:
        return Candidate(None, text, page, region, score, 1.0, False, [*problems, "no box ticked"])
    if lo >= CHECK_MIN and lo > 0.5 * hi:
        return Candidate(
            None, text, page, region, score, 1.0, False, [*problems, "both boxes ticked"]
        )
    clarity = min(1.0, (hi - max(lo, 0.02)) / CHECK_MIN)
    return Candidate(ink_a > ink_b, text, page, region, score, round(clarity, 3), True, problems)


def _frac(box: tuple[int, int, int, int], ww: int, hh: int) -> BBox:
    return (box[0] / ww, box[1] / hh, box[2] / ww, box[3] / hh)


def _partners(h: Hit) -> bool:
    """Whether a signature label is the partner's ('Handtekening partner'), judged from its own
    words and the next (a table header holds both the applicant's and the partner's)."""
    words = h.line.words[h.start : h.end + 1]
    return any("partner" in fold(w.text) for w in words)


_SIGNING_HEADING = re.compile(
    r"^(?:\d{1,2}\.?\s+)?(?:ondertekening|handtekening(?:en)?|verklaring(?: en (?:onder|hand)tekening)?)$"
)
UNLABELLED_SIGN_SCORE = 0.5  # label quality of a signature found under the declaration only
SIGN_SPACE = 0.16  # page heights under the declaration where a signature may stand
SIGN_BOX = 0.3 * 0.06  # a usual signature box, as a share of the page


def _unlabelled_signature(sheet: Sheet, images: _Images) -> tuple[Hit | None, Candidate | None]:
    """A printout with no place to sign printed ('ONDERTEKENING', the declaration, then blank
    paper), signed by hand in the space under the declaration: pen ink there says signed.
    Blank space says nothing (no place to sign, so no unsigned one): (None, None)."""
    if not images.available:
        return None, None
    heads = [ln for page in sorted(sheet.lines) for ln in sheet.lines[page]
             if _SIGNING_HEADING.match(fold(ln.text))]  # fmt: skip
    if not heads:
        return None, None
    head = heads[-1]
    lines = sheet.lines[head.page]
    last = head  # the declaration: the lines under the heading, up to a wide gap
    for ln in lines[lines.index(head) + 1 :]:
        if ln.bbox[1] - last.bbox[3] > 3 * (last.bbox[3] - last.bbox[1]):
            break
        last = ln
    y0, y1 = last.bbox[3] + 0.003, min(0.98, last.bbox[3] + SIGN_SPACE)
    # up to the next text (a note, the footer), a date written above the signature aside
    after = [ln for ln in lines if ln.bbox[1] > y0 and len(ln.words) >= 3]
    if after:
        y1 = min(y1, after[0].bbox[1] - 0.003)
    img = images(head.page)
    hh, ww = img.shape[:2]
    region = (int(0.05 * ww), int(y0 * hh), int(0.95 * ww), int(y1 * hh))
    if region[3] - region[1] < 0.02 * hh:
        return None, None
    printed = [w.bbox for w in sheet.words[head.page]]

    def signed(part: tuple[int, int, int, int]) -> bool:
        # as much pen ink as a signed box of the usual size holds (the space is larger)
        area = (part[2] - part[0]) * (part[3] - part[1])
        return signature_ink(img, part, printed) * area >= SIGN_MIN * SIGN_BOX * ww * hh

    if not signed(region):
        return None, None
    mid = (region[0] + region[2]) // 2
    left, right = (region[0], region[1], mid, region[3]), (mid, region[1], region[2], region[3])
    hit = Hit("signature", head.page, last, 0, len(last.words), UNLABELLED_SIGN_SCORE,
              list(last.words))  # fmt: skip
    box = _frac(region, ww, hh)
    if not signed(left) and signed(right):  # the applicant signs first, on the left
        return hit, Candidate(None, None, head.page, box, UNLABELLED_SIGN_SCORE, 1.0, None,
                              ["one signature, on the right: the partner's or the applicant's?"])  # fmt: skip
    return hit, Candidate(True, None, head.page, box, UNLABELLED_SIGN_SCORE, 1.0, None,
                          ["signed under the declaration: no place to sign printed"])  # fmt: skip


def _dist(a: BBox, b: BBox) -> float:
    """Distance between two boxes' centres (page fractions)."""
    return float(np.hypot(_cy(a) - _cy(b), (a[0] + a[2] - b[0] - b[2]) / 2))


def signature(
    sheet: Sheet, hits: list[Hit], images: _Images
) -> tuple[Hit | None, Candidate | None]:
    sig = [h for h in hits if h.key == "signature" and label_like(h)]
    if not sig:
        return None, None
    # the applicant's signature: the first label-like one after the last page's start, prefer short
    sig.sort(key=lambda h: (_partners(h), -h.page, h.bbox[1]))
    h = sig[0]
    if not images.available:
        return h, Candidate(None, None, h.page, h.bbox, h.score, 1.0, None, ["no page image"])
    img = images(h.page)
    hh, ww = img.shape[:2]
    page = sheet.view.layout.pages[[p.number for p in sheet.view.layout.pages].index(h.page)]
    words = [
        w.bbox
        for w in sheet.words[h.page]
        if not page.ocr or (w.confidence >= 0.6 and sum(ch.isalnum() for ch in w.text) >= 2)
    ]
    regions, framed = signature_regions(img, h.bbox, words)

    def measure(regions: list[tuple[int, int, int, int]]) -> tuple[float, BBox]:
        measured = []
        for region in regions:
            rb = _frac(region, ww, hh)
            printed = [
                b for b in words if b[2] > rb[0] and b[0] < rb[2] and b[3] > rb[1] and b[1] < rb[3]
            ]
            measured.append((signature_ink(img, region, printed), rb))
        return max(measured)

    ink, rb = measure(regions)
    problems = [] if framed else ["no signature box or line found; measured around the label"]
    clarity = min(1.0, abs(ink - SIGN_MIN) / SIGN_MIN)
    if not framed and ink < SIGN_MIN:  # nothing printed says where to sign: absence is unsure
        clarity = min(clarity, 0.5)
    doubt = False
    if ink < SIGN_MIN:  # an empty box: signed beside it, above or under the label after all?
        near, near_box = measure(_around(img, h.bbox))
        # ink nearer another signature's label is that one's ('Handtekening partner' under ours)
        others = [o.bbox for o in sig[1:] if o.page == h.page]
        if near >= SIGN_MIN and not any(
            _dist(near_box, o) < _dist(near_box, h.bbox) for o in others
        ):
            ink, rb, clarity = near, near_box, 0.5
            problems = [*problems, "ink near the label, outside the place to sign"]
        elif stray := _stray_strokes(img, h.bbox, words):
            # "not signed" is only sure when no pen stroke stands anywhere near the place
            doubt = True
            problems = [*problems, "pen strokes near the signature label, outside the place found"]
            rb = _frac(stray, ww, hh)
    return h, Candidate(
        ink >= SIGN_MIN, f"ink {ink:.4f}", h.page, rb, h.score, round(clarity, 3), None, problems,
        doubt=doubt,
    )  # fmt: skip


def _stray_strokes(
    img: np.ndarray, label: BBox, printed: list[BBox]
) -> tuple[int, int, int, int] | None:
    """A cluster of pen strokes (not printed words, rules or specks) across the page's width
    in the band around a signature label, large enough to be a signature, in pixels."""
    hh, ww = img.shape[:2]
    _, ly0, _, ly1 = _px(img, label)
    y0, y1 = max(0, ly0 - int(0.1 * hh)), min(hh, ly1 + int(0.16 * hh))
    if y1 <= y0:
        return None
    mask = _pen_mask(img, (0, y0, ww, y1), printed)
    # strokes of one signature lie close together: join them, then judge each cluster
    gap = max(3, ww // 120)
    joined = cv2.dilate(mask, np.ones((gap, gap), np.uint8))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    for i in range(1, n):
        x, y, w, h = (int(v) for v in stats[i, :4])
        if w < 0.06 * ww or h < 0.012 * hh:
            continue
        ink = int(mask[y : y + h, x : x + w][labels[y : y + h, x : x + w] == i].sum())
        if ink >= SIGN_MIN * (0.25 * ww) * (0.06 * hh):  # what a signed box holds at least
            return x, y0 + y, x + w, y0 + y + h
    return None


SIGNING_CELL = 0.06  # how far under the signing table's headings a date may be written


def _heads(label: BBox, value: BBox) -> bool:
    """A column heading over a value: above it, within a signing cell, overlapping in x."""
    return (
        0 <= value[1] - label[3] <= SIGNING_CELL
        and label[0] - 0.02 <= value[0]
        and value[0] < label[2] + 0.02
    )


_SIGNING_WORDS = {"ondertekening", "handtekening", "en", "plaats", "van", "ondertekend"}


def _other_date(h: Hit) -> bool:
    """'Datum aanvraag: 8 september 2026', 'Datum indiensttreding': a date label the words
    after it qualify as another date than the signing's (up to its colon, in its run)."""
    after = h.seg[h.seg.index(h.words[-1]) + 1 :] if h.words[-1] in h.seg else []
    if h.words[-1].text.endswith(":"):
        return False
    qualifier: list[str] = []
    for w in after:
        qualifier.append(fold(w.text).strip(":"))
        if w.text.endswith(":"):
            return any(q and q not in _SIGNING_WORDS for q in qualifier)
    return False


def signature_date(sheet: Sheet, hits: list[Hit], sig: Hit | None) -> Candidate | None:
    """The date next to the signature; None when the form has no date there."""
    dates = [h for h in hits if h.key == "signature_date" and label_like(h) and not _other_date(h)]
    if sig is not None:
        near = [h for h in dates if h.page == sig.page and abs(h.bbox[1] - sig.bbox[1]) <= 0.12]
        near.sort(key=lambda h: abs(h.bbox[1] - sig.bbox[1]) + 0.2 * abs(h.bbox[0] - sig.bbox[0]))
    else:
        last = max((h.page for h in dates), default=0)
        near = sorted((h for h in dates if h.page == last), key=lambda h: -h.bbox[1])
    for h in near:
        c = value_candidates(sheet, h, KINDS["signature_date"])
        if c is not None and c.value is None and c.text and not any(ch.isdigit() for ch in c.text):
            continue  # 'Plaats en datum: Leeuwarden,': the place written, the date left out
        if c is not None:
            return c
    if sig is None:
        return None
    # the 'Datum' label may be unreadable (OCR 'Ban'): a date on the signature's band or just
    # above; or, in a signing table ('Plaats | Datum | Handtekening'), written low in the tall
    # cell under the headings, where it counts as under its 'Datum' label when it stands there
    kind = KINDS["signature_date"]
    y0, y1 = sig.bbox[1] - 0.05, sig.bbox[3] + SIGNING_CELL
    found: list[tuple[float, Candidate]] = []
    for line in sheet.lines[sig.page]:
        if not (y0 <= _cy(line.bbox) <= y1):
            continue
        for seg in sheet.segments(sig.page, line.words):
            got = best_parse(kind, Val(sig.page, seg))
            if got is not None:
                value, sub = got
                d = abs(_cy(sub.bbox) - _cy(sig.bbox)) + 0.2 * abs(sub.bbox[0] - sig.bbox[0])
                over = [h for h in dates if h.page == sig.page and _heads(h.bbox, sub.bbox)]
                c = Candidate(
                    value,
                    sub.text,
                    sig.page,
                    sub.bbox,
                    max((h.score for h in over), default=0.0),
                    sub.confidence,
                    True,
                    [] if over else ["found without its label"],
                )
                found.append((d, c))
    return min(found, key=lambda t: t[0])[1] if found else None
