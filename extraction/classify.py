"""Document type from a page layout: weighted keywords (extraction/labels.yaml) plus structure."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from extraction.base import knowledge
from extraction.layout_query import DocView, by_identity, fold, lines_of
from ocr.types import Page, Word

_MRZ_LINE = re.compile(r"^[A-Z0-9<]{28,46}$")
# a transaction row starts with a date: dd-mm, dd-mm-yy(yy) or "3 mrt"; a numbered question
# ("3.2 Wat zijn uw woonlasten? € 634,83") is not one
_ROW = re.compile(
    r"^(?:\d{2}[-./]\d{2}(?:[-./]\d{2,4})?|\d{1,2}[-./ ]\d{1,2}[-./ ]\d{2,4}"
    r"|\d{1,2} (?:jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*\.?)\b[^?]*\d,\d{2}",
    re.IGNORECASE,
)
_DAY_HEADING = re.compile(
    r"^(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag),? \d{1,2} "
    r"(?:jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?(?: \d{4})?$"
)
# numbering and question openers in front of a label: "1.3", "b)", "Wat is uw", "Heeft u"
_LEAD = re.compile(
    r"^(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s+|[a-z][.)]\s+)?"
    r"(?:(?:wat|welke|wie|hoe|hoeveel|op welk|vanaf welke|sinds wanneer)\s+(?:is|zijn|was|heeft|hebt|bent)?\s*(?:uw|de|het|u)?\s*)?"
)
OTHER_BASELINE = 4.0  # a document must score above this to be one of the four contract types
TEMPERATURE = 2.5
TITLE_BONUS = 2.0  # a payslip's name standing as a title line ('Loonstrook', 'Uw salarisstrook')
TITLE_BONUS_TYPES = ("payslip",)  # (a letter's subject 'Uw aanvraag bijstand' names no form)
FORM_LABEL_WEIGHT = 0.3  # per form label starting a line, beyond three
FORM_LABELS_MAX = 3.0


@functools.cache
def _folded_labels(doc_type: str) -> tuple[frozenset[str], ...]:
    return tuple(
        frozenset(fold(x) for x in syns) for syns in knowledge()["fields"][doc_type].values()
    )


# a document that mentions another ('een kopie van uw paspoort', 'stuur uw loonstroken mee')
# is not that document: a keyword right after one of these words does not count
_REFERENCE = {"uw", "een", "geldig", "geldige", "kopie", "kopieen", "kopieën"}
DOCUMENT_NAME_WEIGHT = 2.5  # keywords this heavy name a document ('paspoort', 'loonstrook')


def _names_itself(text: str, word: str, name: bool) -> bool:
    """Whether `word` occurs in `text` (a long word also inside a longer one: 'bijstand' in
    'bijstandsuitkering'); a document's name (`name`) not as a reference to another one."""
    start = 0
    while (i := text.find(word, start)) >= 0:
        start = i + 1
        whole = text[i - 1 : i] == " " and text[i + len(word) : i + len(word) + 1] == " "
        if not whole and len(word) <= 6:
            continue
        before = text[:i].rstrip().rsplit(" ", 1)[-1]
        if not name or before not in _REFERENCE:
            return True
    return False


def _prose_line(words: Sequence[Word]) -> bool:
    """A line of running text: nine words or more, most of them plain lower-case words (a dense
    row of labels and values, 'Afdeling: Algemeen  Kostenplaats: 9670  Pers.nr: 8218 ...', is
    not)."""
    plain = sum(w.text.rstrip(".,;").isalpha() and w.text[:1].islower() for w in words)
    return len(words) >= 9 and plain >= 0.5 * len(words)


@dataclass(frozen=True, slots=True)
class _PageFeatures:
    """What classification reads off one page's lines (a multi-page document's features are
    its pages' together: each page is looked at once, when it is classified alone)."""

    texts: tuple[str, ...]  # each line folded
    titles: tuple[str, ...]  # short lines (five words or fewer) folded
    mrz: int  # lines like a machine-readable zone
    rows: int  # lines like a transaction row or an app's date heading
    heads: frozenset[str]  # every leading run of words of every line, numbering removed
    prose: int  # lines of running text
    lines: int


@by_identity(64)
def _features(page: Page) -> _PageFeatures:
    lines = lines_of(page)
    texts = tuple(fold(line.text) for line in lines)
    heads: set[str] = set()
    for line in lines:
        words = _LEAD.sub(
            "", " ".join(fold(w.text.replace("?", "")) for w in line.words[:8]), count=1
        ).split()
        heads.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
    compact = [line.text.replace(" ", "") for line in lines]
    return _PageFeatures(
        texts=texts,
        titles=tuple(t for t, line in zip(texts, lines, strict=True) if len(line.words) <= 5),
        mrz=sum(1 for t in compact if _MRZ_LINE.match(t) and t.count("<") >= 3),
        # app statements group bookings under date headings ('Dinsdag 1 september')
        rows=sum(1 for line in lines if _ROW.match(line.text))
        + sum(1 for t in texts if _DAY_HEADING.match(t)),
        heads=frozenset(heads),
        prose=sum(_prose_line(line.words) for line in lines),
        lines=len(lines),
    )


def type_scores(view: DocView) -> dict[str, float]:
    pages = [_features(p) for p in view.pages]
    text = " " + " ".join(t for f in pages for t in f.texts) + " "
    # a short line is a title: 'Uw salarisstrook' names this document, not another one
    titles = " " + " | ".join(t for f in pages for t in f.titles) + " "
    scores: dict[str, float] = {}
    for doc_type, words in knowledge()["classification"].items():
        s = 0.0
        for word, weight in words.items():
            folded = fold(word)
            name = float(weight) >= DOCUMENT_NAME_WEIGHT
            titled = name and f" {folded} " in titles
            if _names_itself(text, folded, name) or titled:
                s += float(weight)
            if titled and doc_type in TITLE_BONUS_TYPES:
                s += TITLE_BONUS  # 'Loonstrook' as a title: a payslip even when sent as a letter
        scores[doc_type] = s
    if sum(f.mrz for f in pages) >= 2:
        scores["id_document"] += 6.0
    rows = sum(f.rows for f in pages)
    if rows >= 4:
        scores["bank_statement"] += min(6.0, rows * 0.5)
    # Structure gates: a letter *about* an application or a bank account mentions the words in
    # running text, but a form has field labels on short lines, a statement has transaction rows
    # or balance lines, a payslip has pay lines. Without that structure the keywords count little.
    heads = frozenset().union(*(f.heads for f in pages))

    @functools.cache
    def labelled_lines(doc_type: str) -> int:
        """How many of the type's fields have a label starting some line."""
        return sum(1 for syns in _folded_labels(doc_type) if syns & heads)

    # a page of form fields names no document ('Samenvatting van uw aanvraag', page 1 of a
    # portal printout), a payslip sent as a letter reads like one ('Ons kenmerk', 'Geachte
    # heer'): many of the type's labels starting lines say what it is
    for labelled_type in ("application_form", "payslip"):
        n = labelled_lines(labelled_type)
        scores[labelled_type] += min(FORM_LABELS_MAX, FORM_LABEL_WEIGHT * max(0, n - 3))
    prose = sum(f.prose for f in pages) / max(1, sum(f.lines for f in pages))
    if prose >= 0.3:  # reads like a letter: demand the structure of a form, statement or payslip
        if labelled_lines("application_form") < 6:
            scores["application_form"] *= 0.35
        if rows < 3 and labelled_lines("bank_statement") < 2:
            scores["bank_statement"] *= 0.35
        if labelled_lines("payslip") < 2:
            scores["payslip"] *= 0.35
    scores["other"] += OTHER_BASELINE  # the letter markers plus the bar every type must pass
    return scores


def classify(view: DocView) -> tuple[str, float]:
    """The most likely type and its probability (softmax of the scores; calibrated later)."""
    scores = type_scores(view)
    top = max(scores.values())
    exp = {k: math.exp((v - top) / TEMPERATURE) for k, v in scores.items()}
    total = sum(exp.values())
    best = max(exp, key=lambda k: exp[k])
    return best, exp[best] / total
