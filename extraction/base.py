"""What type extractors produce (candidates with evidence) and what they may use (the context).

An extractor looks at a `DocView` and returns, per CONTRACT field, a `Candidate` (a value with
its evidence and the signals confidence is computed from) or `None` when the document does not
show the field at all. It never invents a value: a label whose value cannot be read gives a
candidate with `value=None` and a problem, which becomes status `review`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from extraction.layout_query import DocView, Span
from ocr import LazyPageImage
from ocr.types import BBox, Layout


@dataclass(slots=True)
class Candidate:
    value: Any  # normalised per the CONTRACT, or None when unreadable
    text: str | None = None  # the raw text it was read from
    page: int | None = None
    bbox: BBox | None = None
    label_score: float = 0.0  # how well the label matched (1 exact, 0 found without a label)
    ocr_conf: float = 1.0  # weakest OCR word confidence of the value (1.0 for text layers)
    valid: bool | None = None  # validator result: True passed, False failed, None no validator
    problems: list[str] = field(default_factory=list)
    line: int | None = None  # 1-based line in the file (exports)
    agreement: float = 0.5  # 1 when another place in the document agrees, 0 when one disagrees
    doubt: bool = False  # a known way this reading goes wrong applies: a person must look

    @classmethod
    def from_span(cls, span: Span, parse: Callable[[str], Any], *, label: Span | None = None,
                  validate: bool = False) -> Candidate:  # fmt: skip
        """Parse the text of `span`; a parse error gives an unreadable candidate, not an exception."""
        text = span.text
        try:
            value = parse(text)
            problems: list[str] = []
            ok: bool | None = True if validate else None
        except ValueError as e:
            value, problems, ok = None, [str(e)], False
        return cls(
            value,
            text,
            span.page,
            span.bbox,
            label.score if label else 0.0,
            span.confidence,
            ok,
            problems,
        )


@dataclass(slots=True)
class Extraction:
    """An extractor's output for one document."""

    fields: dict[str, Candidate | None]
    transactions: list[Any] = field(default_factory=list)  # TransactionResult
    notes: list[str] = field(default_factory=list)  # e.g. "masked_copy"
    # what an extractor read besides the fields, for the checks (e.g. a payslip's
    # "wage_components"); never part of the document result
    facts: dict[str, Any] = field(default_factory=dict)


# a page's grayscale image: an array, or a text-layer page rendered where it is sliced (use
# `.shape` and `image[y0:y1, x0:x1]`; `np.asarray` renders all of it)
PageImage = np.ndarray | LazyPageImage


@dataclass(slots=True)
class Context:
    """What an extractor may use besides the layout: page images in the layout's frame."""

    layout: Layout
    page_image: Callable[[int], PageImage] | None = None  # grayscale, same frame as word boxes

    def view(self, pages: list[int] | None = None) -> DocView:
        return DocView(self.layout, pages)


@functools.cache
def knowledge() -> dict[str, Any]:
    """Label synonyms, type keywords and bank names (extraction/labels.yaml), loaded once."""
    return yaml.safe_load((Path(__file__).parent / "labels.yaml").read_text(encoding="utf-8"))


def labels(doc_type: str, name: str) -> list[str]:
    """Synonyms for a field's label, longest first (so 'netto uit te betalen' beats 'netto')."""
    syns = knowledge()["fields"][doc_type].get(name, [])
    return sorted(syns, key=lambda s: (-len(s.split()), -len(s)))


@functools.cache
def label_words(doc_type: str) -> frozenset[str]:
    """Every label synonym of a type, folded: a value that reads like a label is not a value."""
    from extraction.layout_query import fold

    return frozenset(fold(s) for syns in knowledge()["fields"][doc_type].values() for s in syns)
