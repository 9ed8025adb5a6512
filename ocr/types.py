"""The page layout: words with normalised boxes and confidences (CONTRACT "Page layout")."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

BBox = tuple[float, float, float, float]  # x0, y0, x1, y1 as fractions of the page, origin top left


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    bbox: BBox
    confidence: float
    line: int = 0  # index of the text line on its page, in reading order
    block: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "bbox": [round(v, 5) for v in self.bbox],
            "confidence": round(self.confidence, 3),
            "line": self.line,
            "block": self.block,
        }


@dataclass(frozen=True, slots=True)
class Page:
    number: int  # 1-based
    width: int  # pixels of the image the words were read from (PDF points for text-layer pages)
    height: int
    rotation: int  # clockwise quarter-turn correction applied, degrees
    ocr: bool  # words came from OCR (True) or the PDF text layer (False)
    words: tuple[Word, ...]
    skew: float = 0.0  # degrees of deskew applied after the rotation
    dpi: float | None = None  # resolution the words were read at (None for text-layer pages)
    steps: tuple[str, ...] = ()  # preprocessing steps applied, for diagnostics

    @property
    def text(self) -> str:
        """The page's text, one line per text line, in reading order."""
        lines: dict[int, list[str]] = {}
        for w in self.words:
            lines.setdefault(w.line, []).append(w.text)
        return "\n".join(" ".join(ws) for _, ws in sorted(lines.items()))

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "width": self.width,
            "height": self.height,
            "rotation": self.rotation,
            "ocr": self.ocr,
            "skew": round(self.skew, 2),
            "dpi": None if self.dpi is None else round(self.dpi),
            "steps": list(self.steps),
            "words": [w.to_dict() for w in self.words],
        }


@dataclass(frozen=True, slots=True)
class Source:
    filename: str
    sha256: str
    media_type: str
    pages: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "filename": self.filename,
            "sha256": self.sha256,
            "media_type": self.media_type,
            "pages": self.pages,
        }


@dataclass(frozen=True, slots=True)
class Layout:
    source: Source
    pages: tuple[Page, ...] = field(default_factory=tuple)

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.pages)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": "scanstraat.layout/v1",
            "source": self.source.to_dict(),
            "pages": [p.to_dict() for p in self.pages],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Layout:
        src = d["source"]
        pages = tuple(
            Page(
                number=p["number"],
                width=p["width"],
                height=p["height"],
                rotation=p["rotation"],
                ocr=p["ocr"],
                skew=p.get("skew", 0.0),
                dpi=p.get("dpi"),
                steps=tuple(p.get("steps", ())),
                words=tuple(
                    Word(
                        w["text"],
                        tuple(w["bbox"]),
                        w["confidence"],
                        w.get("line", 0),
                        w.get("block", 0),
                    )
                    for w in p["words"]
                ),
            )
            for p in d["pages"]
        )
        return cls(Source(src["filename"], src["sha256"], src["media_type"], src["pages"]), pages)


def reline(words: list[Word] | tuple[Word, ...]) -> tuple[Word, ...]:
    """Number lines geometrically: words whose vertical centres fall in one band form a line,
    lines top to bottom and words left to right (pages are deskewed before this)."""
    if not words:
        return tuple(words)
    order = sorted(
        range(len(words)),
        key=lambda i: ((words[i].bbox[1] + words[i].bbox[3]) / 2, words[i].bbox[0]),
    )
    lines: list[list[int]] = []
    for i in order:
        w = words[i]
        cy = (w.bbox[1] + w.bbox[3]) / 2
        if lines:
            ref = words[lines[-1][0]]
            h = ref.bbox[3] - ref.bbox[1]
            if abs(cy - (ref.bbox[1] + ref.bbox[3]) / 2) < max(h, w.bbox[3] - w.bbox[1]) * 0.5:
                lines[-1].append(i)
                continue
        lines.append([i])
    out = []
    for n, idx in enumerate(lines):
        for i in sorted(idx, key=lambda i: words[i].bbox[0]):
            w = words[i]
            out.append(Word(w.text, w.bbox, w.confidence, n, w.block))
    return tuple(out)
