"""The CONTRACT's document result: fields with value, calibrated confidence, status and evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ACCEPTED, REVIEW, MISSING, VERIFIED = "accepted", "review", "missing", "verified"
PASS, FAIL, SKIPPED, OVERRIDDEN = "pass", "fail", "skipped", "overridden"

BBox = tuple[float, float, float, float]


def _round_box(bbox: BBox | None) -> list[float] | None:
    return None if bbox is None else [round(v, 4) for v in bbox]


@dataclass(slots=True)
class FieldResult:
    """One extracted field. `value` is normalised per the CONTRACT; `text` is what was read."""

    value: Any = None
    confidence: float = 0.0
    status: str = MISSING
    page: int | None = None
    bbox: BBox | None = None
    text: str | None = None
    line: int | None = None  # 1-based line in the file, for exports without pages
    problems: list[str] = field(default_factory=list)  # why it is not accepted (validator, ...)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "value": self.value,
            "confidence": round(float(self.confidence), 4),
            "status": self.status,
            "page": self.page,
            "bbox": _round_box(self.bbox),
            "text": self.text,
        }
        if self.line is not None:
            d["line"] = self.line
        if self.problems:
            d["problems"] = list(self.problems)
        return d


@dataclass(slots=True)
class TransactionResult:
    date: str | None  # ISO booking date
    description: str
    amount: str | None  # CONTRACT money: "-725.00"
    counterparty_iban: str | None = None
    confidence: float = 1.0
    page: int | None = None
    bbox: BBox | None = None
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "date": self.date,
            "description": self.description,
            "amount": self.amount,
            "counterparty_iban": self.counterparty_iban,
            "confidence": round(float(self.confidence), 4),
            "page": self.page,
        }
        if self.bbox is not None:
            d["bbox"] = _round_box(self.bbox)
        if self.line is not None:
            d["line"] = self.line
        return d


@dataclass(slots=True)
class CheckResult:
    code: str  # stable dotted code, documented in the README
    status: str  # pass, fail, skipped, overridden
    message: str  # for reviewers (Dutch)
    documents: list[str] = field(default_factory=list)  # application-level checks only

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"code": self.code, "status": self.status, "message": self.message}
        if self.documents:
            d["documents"] = list(self.documents)
        return d


@dataclass(slots=True)
class DocumentResult:
    source: dict[str, Any]  # filename, sha256, media_type, pages (+ part, page_range)
    document_type: str
    type_confidence: float
    fields: dict[str, FieldResult]
    transactions: list[TransactionResult] = field(default_factory=list)
    checks: list[CheckResult] = field(default_factory=list)
    needs_review: bool = False
    review_reasons: list[str] = field(default_factory=list)

    def finalize(self) -> DocumentResult:
        """Set `needs_review` and `review_reasons` (most blocking first) from fields and checks."""
        reasons: list[str] = []
        if self.document_type == "other":
            reasons.append("document_type.other")
        reasons += [f"check.{c.code}" for c in self.checks if c.status == FAIL]
        reasons += [f"field.{name}" for name, f in self.fields.items() if f.status == REVIEW]
        self.review_reasons = reasons
        self.needs_review = bool(reasons)
        return self

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": "scanstraat.document/v1",
            "source": dict(self.source),
            "document_type": self.document_type,
            "type_confidence": round(float(self.type_confidence), 4),
            "fields": {name: f.to_dict() for name, f in self.fields.items()},
            "transactions": [t.to_dict() for t in self.transactions],
            "checks": [c.to_dict() for c in self.checks],
            "needs_review": self.needs_review,
            "review_reasons": list(self.review_reasons),
        }
