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
    """Number lines geometrically: a word joins the line it overlaps most vertically (at least
    half of the smaller height), lines are ordered top to bottom by their median centre and
    words left to right. Pages are deskewed before this; font-metric boxes (text layers) and
    ink boxes (OCR) give the same lines."""
    if not words:
        return tuple(words)
    order = sorted(range(len(words)), key=lambda i: (words[i].bbox[1], words[i].bbox[0]))
    lines: list[list[int]] = []
    spans: list[tuple[float, float]] = []  # current vertical extent (median-ish) per line
    for i in order:
        x0, top, x1, bottom = words[i].bbox
        h = max(bottom - top, 1e-6)
        best, best_ratio = -1, 0.0
        for k in range(len(lines) - 1, max(-1, len(lines) - 8), -1):  # recent lines only
            a, b = spans[k]
            overlap = min(b, bottom) - max(a, top)
            ratio = overlap / min(h, max(b - a, 1e-6))
            # the word right before or after one of the line's words ('R.' 'Kaya', 'van'
            # 'den Berg') belongs to its line even when the line's extent has drifted
            if ratio >= 0.3 and any(
                (0 <= x0 - words[j].bbox[2] < 1.5 * h or 0 <= words[j].bbox[0] - x1 < 1.5 * h)
                and min(words[j].bbox[3], bottom) - max(words[j].bbox[1], top) >= 0.6 * h
                for j in lines[k]
            ):
                ratio += 1.0
            if ratio > best_ratio:
                best, best_ratio = k, ratio
        if best >= 0 and best_ratio >= 0.5:
            lines[best].append(i)
            tops = sorted(words[j].bbox[1] for j in lines[best])
            bots = sorted(words[j].bbox[3] for j in lines[best])
            spans[best] = (tops[len(tops) // 2], bots[len(bots) // 2])
        else:
            lines.append([i])
            spans.append((top, bottom))
    centre = [
        sorted((words[j].bbox[1] + words[j].bbox[3]) / 2 for j in ln)[len(ln) // 2] for ln in lines
    ]
    out = []
    for n, k in enumerate(sorted(range(len(lines)), key=lambda k: centre[k])):
        for i in sorted(lines[k], key=lambda i: words[i].bbox[0]):
            w = words[i]
            out.append(Word(w.text, w.bbox, w.confidence, n, w.block))
    return tuple(out)
