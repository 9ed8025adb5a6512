"""From candidates to fields with calibrated confidence and a status.

A candidate's signals (label match, OCR confidence, validator, agreement, text layer or OCR)
give a raw score; `calibration.json` maps raw scores to measured probabilities of being exactly
right (isotonic regression on generated documents, `make bench-extract`) and holds the
per-field `accepted` thresholds chosen for a precision target on held-out layouts.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extraction.base import Candidate
from extraction.result import ACCEPTED, MISSING, REVIEW, FieldResult

CALIBRATION_FILE = Path(__file__).parent / "calibration.json"
DEFAULT_THRESHOLD = 0.97


@dataclass(frozen=True, slots=True)
class Signals:
    """Page-level facts that bear on every field of a document."""

    text_layer: bool  # words came from a PDF text layer (exact) rather than OCR
    page_quality: float  # mean OCR word confidence of the document's pages (1.0 for text layers)
    # share of the type's required fields that were read: a document whose fields mostly could
    # not be found was read badly (a sideways photo, a torn scan), so what was found is doubtful
    coverage: float = 1.0


def raw_score(c: Candidate, s: Signals) -> float:
    """A monotone combination of the signals: higher means more likely right (uncalibrated)."""
    z = -1.0
    z += 2.0 * c.label_score
    z += 5.0 * (min(1.0, c.ocr_conf) - 0.6)
    z += {True: 1.5, None: 0.0, False: -5.0}[c.valid]
    z += 3.0 * (c.agreement - 0.5)
    z += 3.0 if s.text_layer else 2.0 * (s.page_quality - 0.8)
    z += 4.0 * (s.coverage - 1.0)
    return z


@functools.cache
def calibration() -> dict[str, Any]:
    if CALIBRATION_FILE.exists():
        return json.loads(CALIBRATION_FILE.read_text())
    return {}


def probability(doc_type: str, z: float) -> float:
    """Calibrated probability for a raw score: the isotonic table of the type, else a logistic."""
    table = calibration().get("isotonic", {}).get(doc_type) or calibration().get(
        "isotonic", {}
    ).get("all")
    if not table:
        return 1 / (1 + math.exp(-z))
    xs, ys = table["x"], table["y"]
    i = bisect.bisect_right(xs, z) - 1
    if i < 0:
        return ys[0]
    if i >= len(xs) - 1:
        return ys[-1]
    t = (z - xs[i]) / (xs[i + 1] - xs[i]) if xs[i + 1] > xs[i] else 0.0
    return ys[i] + t * (ys[i + 1] - ys[i])


def threshold(doc_type: str, name: str) -> float:
    th = calibration().get("thresholds", {})
    return float(th.get(f"{doc_type}.{name}", th.get(doc_type, DEFAULT_THRESHOLD)))


def missing_confidence(doc_type: str, s: Signals) -> float:
    """Probability that a field not found is truly absent (measured, per reading mode)."""
    table = calibration().get("missing", {})
    key = "text_layer" if s.text_layer else "ocr"
    if key in table:
        return float(table[key])
    return 0.97 if s.text_layer else max(0.5, min(0.9, s.page_quality))


def field_result(doc_type: str, name: str, c: Candidate | None, s: Signals) -> FieldResult:
    if c is None:
        return FieldResult(None, missing_confidence(doc_type, s), MISSING)
    z = raw_score(c, s)
    p = probability(doc_type, z) if c.value is not None else 0.0
    status = ACCEPTED
    problems = list(c.problems)
    if c.value is None:
        status = REVIEW
        problems = problems or ["value could not be read"]
    elif c.valid is False or c.doubt:
        status = REVIEW
    elif p < threshold(doc_type, name):
        status = REVIEW
        problems.append(
            f"confidence {p:.2f} below the fast-lane threshold {threshold(doc_type, name):.2f}"
        )
    return FieldResult(c.value, p, status, c.page, c.bbox, c.text, c.line, problems)
