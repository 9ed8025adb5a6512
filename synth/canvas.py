"""A reportlab canvas that remembers every word it draws, with its box: the truth of a document.

Layouts draw in millimetres from the top-left corner of an A4 page (the way one measures a
printed form). Each `text` call becomes one truth line whose words get exact boxes from the
font metrics, and may be tagged as the evidence of a CONTRACT field.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

PAGE_W_MM = A4[0] / mm
PAGE_H_MM = A4[1] / mm

_TTF_DIRS = [Path("/usr/share/fonts/truetype")]
_TTF_FONTS = {
    "DejaVuSans": "dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansMono": "dejavu/DejaVuSansMono.ttf",
    "DejaVuSansCondensed": "dejavu/DejaVuSansCondensed.ttf",
    "LiberationSans": "liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "liberation/LiberationSans-Bold.ttf",
    "LiberationSerif": "liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "liberation/LiberationSerif-Bold.ttf",
    "LiberationMono": "liberation/LiberationMono-Regular.ttf",
    "LiberationSansNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "FreeSans": "freefont/FreeSans.ttf",
    "FreeSans-Bold": "freefont/FreeSansBold.ttf",
    "FreeSerif": "freefont/FreeSerif.ttf",
    "FreeSerif-Bold": "freefont/FreeSerifBold.ttf",
    "FreeMono": "freefont/FreeMono.ttf",
}
_BASE14 = {
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Courier",
    "Courier-Bold",
}


class FontMissingError(RuntimeError):
    """A layout asked for a font this machine lacks (run `make deps` to install the font packages)."""


def ensure_font(name: str) -> str:
    if name in _BASE14 or name in pdfmetrics.getRegisteredFontNames():
        return name
    rel = _TTF_FONTS.get(name)
    if rel is None:
        raise FontMissingError(f"unknown font {name!r}")
    for base in _TTF_DIRS:
        path = base / rel
        if path.exists():
            pdfmetrics.registerFont(TTFont(name, str(path)))
            return name
    raise FontMissingError(
        f"font file for {name!r} not found ({rel}); install fonts-dejavu-core, "
        "fonts-liberation and fonts-freefont-ttf"
    )


Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in mm from the top-left


@dataclass(slots=True)
class TruthWord:
    text: str
    box: Box


@dataclass(slots=True)
class TruthLine:
    words: list[TruthWord]


@dataclass(slots=True)
class FieldMark:
    value: Any
    page: int | None
    box: Box | None
    text: str | None = None


@dataclass(slots=True)
class PageTruth:
    lines: list[TruthLine] = field(default_factory=list)


@dataclass(slots=True)
class RenderedDocument:
    pdf: bytes
    pages: list[PageTruth]
    fields: dict[str, FieldMark]
    transactions: list[dict[str, Any]]
    checkboxes: dict[str, bool]
    signature_box: tuple[int, Box] | None


def union(a: Box | None, b: Box) -> Box:
    if a is None:
        return b
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


class DocCanvas:
    """Draw a document page by page; `finish()` returns the PDF and its truth."""

    def __init__(self, title: str = "document") -> None:
        self._buf = io.BytesIO()
        self._c = Canvas(self._buf, pagesize=A4, pageCompression=1, invariant=1)
        self._c.setTitle(title)
        self._c.setAuthor("Scanstraat synthetic document generator")
        self.pages: list[PageTruth] = [PageTruth()]
        self.fields: dict[str, FieldMark] = {}
        self.transactions: list[dict[str, Any]] = []
        self.checkboxes: dict[str, bool] = {}
        self.signature_box: tuple[int, Box] | None = None

    # -- geometry -------------------------------------------------------------------------
    @property
    def page_index(self) -> int:
        return len(self.pages) - 1

    def _y(self, y_mm: float) -> float:
        return (PAGE_H_MM - y_mm) * mm

    @staticmethod
    def width(text: str, font: str, size: float) -> float:
        """Width of `text` in mm."""
        return pdfmetrics.stringWidth(text, ensure_font(font), size) / mm

    @staticmethod
    def wrap(text: str, font: str, size: float, width: float) -> list[str]:
        """Greedy word wrap of `text` into lines no wider than `width` mm in the given font."""
        lines: list[str] = []
        cur = ""
        for word in text.split():
            cand = f"{cur} {word}" if cur else word
            if cur and DocCanvas.width(cand, font, size) > width:
                lines.append(cur)
                cur = word
            else:
                cur = cand
        if cur:
            lines.append(cur)
        return lines

    # -- drawing --------------------------------------------------------------------------
    def text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        font: str = "Helvetica",
        size: float = 10,
        align: str = "left",
        color: tuple[float, float, float] = (0, 0, 0),
        field: str | None = None,
        value: Any = None,
        truth: bool = True,
    ) -> Box:
        """Draw one line of text with its baseline at y mm; returns its box in mm.

        `field` marks the words as the evidence of that CONTRACT field, with normalised `value`
        (several calls with the same field extend its box, e.g. a date printed in boxes).
        """
        font = ensure_font(font)
        text = " ".join(text.split())
        if not text:
            return (x, y, x, y)
        w = self.width(text, font, size)
        if align == "right":
            x -= w
        elif align == "center":
            x -= w / 2
        self._c.setFillColorRGB(*color)
        self._c.setFont(font, size)
        self._c.drawString(x * mm, self._y(y), text)
        ascent, descent = pdfmetrics.getAscentDescent(font, size)
        top = y - ascent * 0.85 / mm
        bottom = y - descent / mm
        words: list[TruthWord] = []
        cursor = x
        space = self.width(" ", font, size)
        for part in text.split(" "):
            pw = self.width(part, font, size)
            words.append(TruthWord(part, (cursor, top, cursor + pw, bottom)))
            cursor += pw + space
        box = (x, top, x + w, bottom)
        if truth:
            self.pages[-1].lines.append(TruthLine(words))
        if field is not None:
            self.mark(field, value, box, text)
        return box

    def mark(self, name: str, value: Any, box: Box | None, text: str | None = None) -> None:
        """Record the truth of field `name`; a second mark on the same page widens the box."""
        prev = self.fields.get(name)
        if prev is not None and prev.page == self.page_index + 1 and box is not None:
            prev.box = union(prev.box, box)
            prev.text = f"{prev.text} {text}" if prev.text and text else (text or prev.text)
            return
        self.fields[name] = FieldMark(value, self.page_index + 1 if box else None, box, text)

    def absent(self, name: str) -> None:
        """The document does not contain field `name` (truth value null, status missing)."""
        self.fields[name] = FieldMark(None, None, None, None)

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        stroke: float = 0.5,
        fill: tuple[float, float, float] | None = None,
        color: tuple[float, float, float] = (0, 0, 0),
    ) -> None:
        self._c.setLineWidth(stroke)
        self._c.setStrokeColorRGB(*color)
        if fill is not None:
            self._c.setFillColorRGB(*fill)
        self._c.rect(
            x * mm,
            self._y(y + h),
            w * mm,
            h * mm,
            stroke=1 if stroke else 0,
            fill=1 if fill is not None else 0,
        )
        self._c.setFillColorRGB(0, 0, 0)

    def line(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        *,
        width: float = 0.5,
        color: tuple[float, float, float] = (0, 0, 0),
        dash: tuple[float, ...] | None = None,
    ) -> None:
        self._c.setLineWidth(width)
        self._c.setStrokeColorRGB(*color)
        self._c.setDash(*(dash or ()))
        self._c.line(x0 * mm, self._y(y0), x1 * mm, self._y(y1))
        self._c.setDash()

    def checkbox(
        self,
        x: float,
        y: float,
        checked: bool,
        *,
        size: float = 4.0,
        name: str | None = None,
        style: str = "cross",
    ) -> Box:
        """A square box with its top-left at (x, y); ticked with a cross or a check mark."""
        self.rect(x, y, size, size, stroke=0.7)
        if checked:
            self._c.setLineWidth(1.2)
            if style == "cross":
                self._c.line(
                    (x + 0.7) * mm, self._y(y + 0.7), (x + size - 0.7) * mm, self._y(y + size - 0.7)
                )
                self._c.line(
                    (x + 0.7) * mm, self._y(y + size - 0.7), (x + size - 0.7) * mm, self._y(y + 0.7)
                )
            else:
                p = self._c.beginPath()
                p.moveTo((x + 0.6) * mm, self._y(y + size * 0.55))
                p.lineTo((x + size * 0.4) * mm, self._y(y + size - 0.6))
                p.lineTo((x + size + 0.6) * mm, self._y(y - 0.8))
                self._c.drawPath(p, stroke=1, fill=0)
        box = (x, y, x + size, y + size)
        if name:
            self.checkboxes[name] = checked
        return box

    def scribble(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        rng: random.Random,
        color: tuple[float, float, float] = (0.05, 0.1, 0.45),
    ) -> None:
        """A handwritten-looking signature inside the box (x, y, w, h)."""
        self._c.setStrokeColorRGB(*color)
        self._c.setLineWidth(rng.uniform(0.8, 1.4))
        p = self._c.beginPath()
        cx, cy = x + w * 0.1, y + h * 0.6
        p.moveTo(cx * mm, self._y(cy))
        n = rng.randint(5, 9)
        for i in range(n):
            nx = x + w * (0.1 + 0.8 * (i + 1) / n)
            ny = y + h * rng.uniform(0.25, 0.8)
            p.curveTo(
                (cx + rng.uniform(0, w / n)) * mm,
                self._y(y + h * rng.uniform(0.05, 0.95)),
                (nx - rng.uniform(0, w / n)) * mm,
                self._y(y + h * rng.uniform(0.05, 0.95)),
                nx * mm,
                self._y(ny),
            )
            cx, cy = nx, ny
        self._c.drawPath(p, stroke=1, fill=0)
        self._c.setStrokeColorRGB(0, 0, 0)

    def signature_area(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        signed: bool,
        rng: random.Random,
        *,
        frame: bool = True,
    ) -> None:
        if frame:
            self.rect(x, y, w, h, stroke=0.6)
        if signed:
            self.scribble(x + 2, y + 2, w - 4, h - 4, rng)
        self.signature_box = (self.page_index + 1, (x, y, x + w, y + h))

    def photo_placeholder(self, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
        """A grey portrait silhouette, as on the data page of an ID document."""
        shade = rng.uniform(0.72, 0.85)
        self.rect(x, y, w, h, stroke=0, fill=(shade, shade, shade + 0.03))
        self._c.setFillColorRGB(shade - 0.35, shade - 0.35, shade - 0.3)
        self._c.circle((x + w / 2) * mm, self._y(y + h * 0.38), w * 0.22 * mm, stroke=0, fill=1)
        self._c.ellipse(
            (x + w * 0.12) * mm,
            self._y(y + h),
            (x + w * 0.88) * mm,
            self._y(y + h * 0.62),
            stroke=0,
            fill=1,
        )
        self._c.setFillColorRGB(0, 0, 0)

    def watermark(
        self,
        text: str,
        *,
        size: float = 60,
        angle: float = 35,
        color: tuple[float, float, float] = (0.85, 0.85, 0.85),
    ) -> None:
        """Large diagonal text that is not part of the document's reading text (e.g. KOPIE)."""
        self._c.saveState()
        self._c.setFillColorRGB(*color)
        self._c.setFont("Helvetica-Bold", size)
        self._c.translate(A4[0] / 2, A4[1] / 2)
        self._c.rotate(angle)
        self._c.drawCentredString(0, 0, text)
        self._c.restoreState()

    def logo(
        self,
        x: float,
        y: float,
        size: float,
        rng: random.Random,
        color: tuple[float, float, float] = (1.0, 0.4, 0.0),
    ) -> None:
        """A simple geometric mark standing in for a bank's or employer's logo."""
        self._c.setFillColorRGB(*color)
        kind = rng.randint(0, 2)
        if kind == 0:
            self._c.circle(
                (x + size / 2) * mm, self._y(y + size / 2), size / 2 * mm, stroke=0, fill=1
            )
        elif kind == 1:
            self._c.rect(x * mm, self._y(y + size), size * mm, size * mm, stroke=0, fill=1)
        else:
            p = self._c.beginPath()
            p.moveTo(x * mm, self._y(y + size))
            p.lineTo((x + size / 2) * mm, self._y(y))
            p.lineTo((x + size) * mm, self._y(y + size))
            p.close()
            self._c.drawPath(p, stroke=0, fill=1)
        self._c.setFillColorRGB(0, 0, 0)

    def new_page(self) -> None:
        self._c.showPage()
        self.pages.append(PageTruth())

    def finish(self) -> RenderedDocument:
        self._c.showPage()
        self._c.save()
        return RenderedDocument(
            self._buf.getvalue(),
            self.pages,
            self.fields,
            self.transactions,
            self.checkboxes,
            self.signature_box,
        )
