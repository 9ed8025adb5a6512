"""Geometry over a page layout: lines, labels (fuzzy, OCR-tolerant) and the values next to them.

Extractors ask "where is the label 'Brutoloon' and what is printed right of it or below it",
not regexes over flat text, so a new layout is mostly a change of label synonyms in data.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from ocr.types import BBox, Layout, Page, Word

K = TypeVar("K")
V = TypeVar("V")


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case, no diacritics, no punctuation at the ends: for matching labels."""
    t = unicodedata.normalize("NFKD", text.lower())
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    return t.strip(" .:;,*()[]")


def _words_match(words: Sequence[str], target: str) -> bool:
    """Each word of a multi-word label must itself be close: 'Tussenvoegsel ter' is not
    'tussenvoegsel partner', although the strings as a whole are 87 % alike."""
    for got, want in zip(words, target.split(), strict=True):
        if any(ch.isdigit() for ch in got) and not any(ch.isdigit() for ch in want):
            return False  # a value ('Huisnummer 7 Toevoeging' is no 'huisnummer + toevoeging')
        if len(want) <= 4:
            if Levenshtein.distance(got, want) > 1:
                return False
        elif fuzz.ratio(got, want) < 75:
            return False
    return True


@functools.cache
def _vocabulary() -> frozenset[str]:
    """Every word of every label synonym (extraction/labels.yaml), folded: a fuzzy label match
    made only of such words is a different label printed correctly, not an OCR error."""
    from extraction.base import knowledge

    return frozenset(
        w
        for fields in knowledge()["fields"].values()
        for syns in fields.values()
        for syn in syns
        for w in fold(syn).split()
    )


def _other_label_word(cand: str, target: str) -> bool:
    """Whether a fuzzy match differs from its label in a word that is itself a label word,
    printed correctly ('gegevens werknemer' for 'gegevens werkgever')."""
    got, want = cand.split(), target.split()
    if len(got) != len(want):
        return False
    return any(
        g != w and len(g) >= 5 and g in _vocabulary() for g, w in zip(got, want, strict=True)
    )


def _height(a: Word, b: Word) -> float:
    return min(a.bbox[3] - a.bbox[1], b.bbox[3] - b.bbox[1])


GAP_HEIGHTS = 4.0  # nor further apart than this many times their letters' height (small captions)
LABEL_GAP = 0.05  # a label's words are not further apart than this (fraction of page width)
PHRASE_GAP = 0.02  # words closer than this (page widths) belong to one phrase
VALUE_GAP = 0.15  # a value stands at most this far right of its label's colon
NOISE_CONF = 0.45  # an OCR word below this confidence may be a dotted leader, shading, specks
LOWER_STARTS = {"van", "de", "der", "den", "ter", "te", "ten", "het", "'t", "in", "op", "von",
                 "zu", "la", "le", "el", "al", "da", "di", "du", "dos", "del", "bin", "ben"}  # fmt: skip


def trim_noise(words: Sequence[Word], start: int, end: int) -> tuple[int, int]:
    """Skip poorly read junk at the start of a value ('„see eet BOUZID, S.' after
    'Naam.......'): words without digits that start neither upper case nor as a name prefix.
    Only at the start, and never a digit: dropping part of a real value must not make another
    plausible one."""
    while end - start > 1:
        w = words[start]
        t = w.text.lstrip("„\"'“(")
        junk = (
            w.confidence < NOISE_CONF
            and not any(ch.isdigit() for ch in w.text)
            and not (t[:1].isupper() or fold(t) in LOWER_STARTS)
        )
        if not junk:
            break
        start += 1
    return start, end


def run_end(words: Sequence[Word], start: int, max_gap: float = 0.03) -> int:
    """Index after the run of words from `start` whose gaps stay within `max_gap` (a value, a
    name: not what is printed further along the line)."""
    end = start + 1
    while end < len(words) and words[end].bbox[0] - words[end - 1].bbox[2] <= max_gap:
        end += 1
    return end


def union(boxes: Iterable[BBox]) -> BBox:
    x0, y0, x1, y1 = zip(*boxes, strict=True)
    return (min(x0), min(y0), max(x1), max(y1))


class WordRun:
    """Text, box and weakest OCR confidence of some words (the subclass says which)."""

    __slots__ = ()
    words: Sequence[Word]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def bbox(self) -> BBox:
        return union(w.bbox for w in self.words)

    @property
    def confidence(self) -> float:
        """The weakest word's OCR confidence (1.0 for text layers)."""
        return min((w.confidence for w in self.words), default=0.0)


@dataclass(frozen=True, slots=True)
class Line(WordRun):
    page: int
    index: int
    words: tuple[Word, ...]
    # a line's box and text are asked for thousands of times per page: computed once
    _box: BBox = field(init=False, repr=False, compare=False)
    _text: str = field(init=False, repr=False, compare=False)
    # its words folded for label matching, joined by spaces, and where each starts and ends there
    folded: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _joined: str = field(init=False, repr=False, compare=False)
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _ends: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        folded = tuple(fold(w.text) for w in self.words)
        starts, ends, at = [], [], 0
        for f in folded:
            starts.append(at)
            ends.append(at + len(f))
            at += len(f) + 1
        for name, value in (("_box", union(w.bbox for w in self.words)),
                            ("_text", " ".join(w.text for w in self.words)),
                            ("folded", folded), ("_joined", " ".join(folded)),
                            ("_starts", tuple(starts)), ("_ends", tuple(ends))):  # fmt: skip
            object.__setattr__(self, name, value)

    def runs(self, n: int) -> list[str]:
        """The folded text of every run of `n` words (`" ".join` of `folded[i : i + n]`)."""
        s = self._joined
        return [s[a:b] for a, b in zip(self._starts, self._ends[n - 1 :], strict=False)]

    @property
    def bbox(self) -> BBox:
        return self._box

    @property
    def text(self) -> str:
        return self._text


@dataclass(frozen=True, slots=True)
class Span(WordRun):
    """A run of words on one line: a label hit or a value."""

    page: int
    line: Line
    start: int  # word index in the line
    end: int  # exclusive
    score: float = 1.0  # label match quality in [0, 1]

    @property
    def words(self) -> tuple[Word, ...]:  # type: ignore[override]
        return self.line.words[self.start : self.end]


def by_identity(kept: int) -> Callable[[Callable[[K], V]], Callable[[K], V]]:
    """Cache a function of one object by that object's identity, for the last `kept` objects
    (kept alive, so an id is not reused while cached): for pages and lines, which are looked at
    again and again (split, classified, extracted) and too large to hash by value."""

    def wrap(fn: Callable[[K], V]) -> Callable[[K], V]:
        cache: dict[int, tuple[K, V]] = {}

        @functools.wraps(fn)
        def cached(obj: K) -> V:
            hit = cache.get(id(obj))
            if hit is not None and hit[0] is obj:
                return hit[1]
            value = fn(obj)
            if len(cache) >= kept:
                del cache[next(iter(cache))]  # the oldest
            cache[id(obj)] = (obj, value)
            return value

        return cached

    return wrap


@by_identity(64)
def lines_of(page: Page) -> list[Line]:
    groups: dict[int, list[Word]] = {}
    for w in page.words:
        groups.setdefault(w.line, []).append(w)
    return [
        Line(page.number, i, tuple(sorted(ws, key=lambda w: w.bbox[0])))
        for i, (_, ws) in enumerate(sorted(groups.items()))
    ]


def best_first(hits: Iterable[Span]) -> list[Span]:
    """Label hits best first, without those overlapping a better one (a synonym inside a longer
    synonym)."""
    out: list[Span] = []
    for h in sorted(hits, key=lambda s: (-s.score, s.page, s.line.index, s.start)):
        if not any(o.line is h.line and o.start < h.end and h.start < o.end for o in out):
            out.append(h)
    return out


_Grams = tuple[list[str], list[tuple[int, int]]]


class DocView:
    """All lines of a layout (or of a range of its pages), with label and value lookups."""

    def __init__(self, layout: Layout, pages: Sequence[int] | None = None) -> None:
        self.layout = layout
        wanted = set(pages) if pages is not None else None
        self.pages = [p for p in layout.pages if wanted is None or p.number in wanted]
        self.lines: list[Line] = [line for p in self.pages for line in lines_of(p)]
        self._folded = [line.folded for line in self.lines]
        self._grams: dict[int, _Grams] = {}
        self._at: dict[int, dict[str, list[int]]] = {}
        self._position: dict[int, int] | None = None

    def position(self, line: Line) -> int:
        """Where `line` stands in `lines` (asked per label: a dictionary, not a search)."""
        if self._position is None:
            self._position = {id(ln): k for k, ln in enumerate(self.lines)}
        return self._position[id(line)]

    def _ngrams(self, n: int) -> _Grams:
        """The folded text of every run of `n` words and its (line, word) position (cached:
        labels are looked up by the hundred)."""
        if n not in self._grams:
            grams: list[str] = []
            where: list[tuple[int, int]] = []
            for k, line in enumerate(self.lines):
                runs = line.runs(n)
                grams += runs
                where += [(k, i) for i in range(len(runs))]
            self._grams[n] = (grams, where)
        return self._grams[n]

    def _where_gram(self, n: int) -> dict[str, list[int]]:
        """Each run of `n` words' text -> its indices in `_ngrams(n)` (for exact lookups)."""
        if n not in self._at:
            at: dict[str, list[int]] = {}
            for j, g in enumerate(self._ngrams(n)[0]):
                at.setdefault(g, []).append(j)
            self._at[n] = at
        return self._at[n]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    def find_labels(self, synonyms: Sequence[str], *, min_score: float = 0.86) -> list[Span]:
        """Every place where one of `synonyms` is printed (fuzzy, for OCR errors), best first."""
        return best_first(
            h for each in self.label_hits(synonyms, min_score=min_score) for h in each
        )

    def label_hits(self, synonyms: Sequence[str], *, min_score: float = 0.86) -> list[list[Span]]:
        """Where each of `synonyms` is printed (fuzzy, for OCR errors), per synonym; all
        synonyms of one word count compared with the page's runs of words in one go."""
        targets = [fold(syn) for syn in synonyms]
        sizes = [len(t.split()) for t in targets]
        found: dict[int, list[tuple[int, float]]] = {}  # synonym -> (run, fuzzy ratio)
        for n in set(sizes):
            rows = [k for k, t in enumerate(targets) if sizes[k] == n and len(t) > 3]
            grams = self._ngrams(n)[0]
            if rows and grams:
                matrix = process.cdist([targets[k] for k in rows], grams, scorer=fuzz.ratio,
                                       score_cutoff=min_score * 100, dtype=np.float64)  # fmt: skip
                r, c = np.nonzero(matrix)
                for row, j, ratio in zip(
                    r.tolist(), c.tolist(), matrix[r, c].tolist(), strict=True
                ):
                    found.setdefault(rows[row], []).append((j, ratio))
        out: list[list[Span]] = []
        for k, target in enumerate(targets):
            n = sizes[k]
            if len(target) <= 3:  # short labels only exactly, and not inside a phrase
                where = self._ngrams(n)[1]
                at = [
                    j
                    for j in self._where_gram(n).get(target, ())
                    if not self._inside_phrase(*where[j])
                ]
                found[k] = [(j, 100.0) for j in at]
            out.append(
                [span for j, ratio in found.get(k, ()) if (span := self._hit(target, n, j, ratio))]
            )
        return out

    def _hit(self, target: str, n: int, j: int, ratio: float) -> Span | None:
        """The run of words `j` (of `n` words) as a label hit for `target`, if it is one."""
        grams, where = self._ngrams(n)
        cand = grams[j]
        k, i = where[j]
        if not cand:
            return None
        ws = self.lines[k].words[i : i + n]
        if any(
            b.bbox[0] - a.bbox[2] > min(LABEL_GAP, GAP_HEIGHTS * _height(a, b))
            for a, b in itertools.pairwise(ws)
        ):
            return None  # two columns' words ('Uw gegevens   Werkgever'), not one label
        if self._after_colon(k, i):
            return None
        score = 1.0 if cand == target else ratio / 100
        if score < 1.0 and n > 1 and not _words_match(self._folded[k][i : i + n], target):
            return None
        if score < 1.0 and _other_label_word(cand, target):
            return None  # another label printed right ('werknemer'), not 'werkgever' misread
        line = self.lines[k]
        return Span(line.page, line, i, i + n, score)

    def _inside_phrase(self, k: int, i: int) -> bool:
        """Whether word `i` of line `k` follows a word of the same phrase ('Tabel LH', 'Loon SV':
        an abbreviation there is part of another label)."""
        if i == 0:
            return False
        prev, word = self.lines[k].words[i - 1], self.lines[k].words[i]
        return word.bbox[0] - prev.bbox[2] < PHRASE_GAP and prev.text[-1:].isalpha()

    def inside_phrase(self, span: Span) -> bool:
        """Whether a label hit continues a phrase ('onregelmatige uren', 'Uren periode')."""
        return self._inside_phrase(self.lines.index(span.line), span.start)

    def _after_colon(self, k: int, i: int) -> bool:
        """Whether word `i` of line `k` stands right after a label's colon ('Functie: Medewerker
        kwekerij'): it is that label's value, not a label."""
        if i == 0:
            return False
        prev, word = self.lines[k].words[i - 1], self.lines[k].words[i]
        return (
            prev.text.endswith(":")
            and sum(ch.isalpha() for ch in prev.text) >= 4  # a label, not OCR junk ('ete:')
            and prev.confidence >= 0.8
            and not any(w.text.endswith(":") for w in self.lines[k].words[i : i + 3])
            and word.bbox[0] - prev.bbox[2] < VALUE_GAP
        )

    def right_of(
        self, label: Span, *, max_gap: float = 0.25, stop: set[str] | None = None
    ) -> Span | None:
        """The words right of a label on its line, up to a wide gap or another known label."""
        words = label.line.words
        start = label.end
        while start < len(words) and fold(words[start].text) in {"", ":", "-", "€"}:
            start += 1
        if start >= len(words):
            return None
        if words[start].bbox[0] - label.bbox[2] > max_gap:
            return None
        end = start + 1
        while end < len(words):
            gap = words[end].bbox[0] - words[end - 1].bbox[2]
            height = words[end - 1].bbox[3] - words[end - 1].bbox[1]
            if gap > max(0.03, 3.5 * height) or (stop and fold(words[end].text) in stop):
                break
            end += 1
        start, end = trim_noise(words, start, end)
        return Span(label.page, label.line, start, end)

    def below(
        self, label: Span, *, max_lines: int = 2, max_dy: float = 0.05, clip: bool = False
    ) -> Span | None:
        """The words under a label (label above value), overlapping it horizontally. With
        `clip`, the value ends where the next label of a row of labels begins ('Werkgever
        Werknemer' over 'Gemeentelijke Schoonmaakdienst  Jeroen de Vries')."""
        x0, _, x1, y1 = label.bbox
        nxt = label.line.words[label.end] if clip and label.end < len(label.line.words) else None
        idx = self.lines.index(label.line)
        for line in self.lines[idx + 1 : idx + 1 + max_lines]:
            if line.page != label.page or line.bbox[1] - y1 > max_dy:
                return None
            sel = [
                i
                for i, w in enumerate(line.words)
                if w.bbox[2] > x0 - 0.01 and w.bbox[0] < x1 + 0.25
            ]
            if sel:
                end = run_end(line.words, sel[0])
                if nxt is not None:
                    while end - 1 > sel[0] and line.words[end - 1].bbox[0] >= nxt.bbox[0] - 0.005:
                        end -= 1
                return Span(line.page, line, sel[0], end)
        return None

    def search(self, pattern: re.Pattern[str]) -> list[tuple[Span, re.Match[str]]]:
        """Regex over each line's text; returns the spans of words that the match covers."""
        out = []
        for line in self.lines:
            text = line.text
            offsets = []
            pos = 0
            for w in line.words:
                offsets.append((pos, pos + len(w.text)))
                pos += len(w.text) + 1
            for m in pattern.finditer(text):
                idx = [i for i, (a, b) in enumerate(offsets) if a < m.end() and b > m.start()]
                if idx:
                    out.append((Span(line.page, line, idx[0], idx[-1] + 1), m))
        return out
