"""PDF input: open (password rules), per-page text-layer words, and page rendering (pypdfium2).

pypdfium2 gives characters with boxes in a few milliseconds a page; pdfplumber is much slower
and is kept for table geometry in extraction.
"""

from __future__ import annotations

import itertools
import math
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ocr.errors import CorruptFileError, EncryptedFileError, TooManyPixelsError
from ocr.types import Word, reline


def _open(data: bytes, filename: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise EncryptedFileError(
                f"{filename}: the PDF is protected with a password; upload it without the password"
            ) from e
        raise CorruptFileError(f"{filename}: the PDF is damaged or not a PDF ({e})") from e


@contextmanager
def open_pdf(data: bytes, filename: str) -> Iterator[pdfium.PdfDocument]:
    """Open a PDF from bytes; an owner-password-only PDF opens, a user password is refused."""
    doc = _open(data, filename)
    try:
        yield doc
    finally:
        doc.close()


@dataclass(frozen=True, slots=True)
class TextLayer:
    words: tuple[Word, ...]
    usable: bool
    reason: str  # why the layer is (not) used, for diagnostics
    width: float  # page size in points, in the upright frame of the words
    height: float
    rotation: int  # clockwise correction from the displayed page to that frame


_GOOD_CATEGORIES = {
    "Lu",
    "Ll",
    "Lt",
    "Nd",
    "Po",
    "Pd",
    "Ps",
    "Pe",
    "Sc",
    "Sm",
    "Zs",
    "Pi",
    "Pf",
    "So",
    "Lm",
}


def _transform(rotation: int) -> Callable[[float, float], tuple[float, float]]:
    def f(u: float, v: float) -> tuple[float, float]:
        if rotation == 90:
            return 1 - v, u
        if rotation == 180:
            return 1 - u, 1 - v
        if rotation == 270:
            return v, 1 - u
        return u, v

    return f


def _upright_turns(chars: list[tuple[str, float, float, float, float] | None]) -> int:
    """Quarter turns (clockwise) of the unrotated page that make its text run left to right:
    0 for ordinary pages, else 1-3 for text drawn sideways or upside down (scanned-and-rotated
    documents, landscape tables)."""
    votes = [0.0, 0.0, 0.0, 0.0]
    for a, b in itertools.pairwise(chars):
        if a is None or b is None:
            continue
        dx = (b[1] + b[3]) / 2 - (a[1] + a[3]) / 2
        dy = (b[2] + b[4]) / 2 - (a[2] + a[4]) / 2
        if abs(dx) + abs(dy) > 0.05:
            continue  # a jump to another line or column, not the next letter
        # the advance (dx, dy) after k clockwise quarter turns: (dx,dy) -> (-dy,dx) per turn
        for k, (ax, _) in enumerate(((dx, dy), (-dy, dx), (-dx, -dy), (dy, -dx))):
            votes[k] += ax
    return max(range(4), key=lambda k: votes[k])


def read_text_layer(page: pdfium.PdfPage) -> TextLayer:
    """Words with boxes from the page's text layer, and whether that layer can be trusted.

    Boxes are given in the frame in which the text reads upright, left to right; `rotation` is
    the clockwise correction from the page as displayed (its /Rotate) to that frame."""
    display_rotation = page.get_rotation() % 360
    left, bottom, right, top = page.get_cropbox()
    w0, h0 = (right - left) or 1.0, (top - bottom) or 1.0
    textpage = page.get_textpage()
    chars: list[tuple[str, float, float, float, float] | None] = []
    bad = good = 0
    try:
        n = textpage.count_chars()
        text = textpage.get_text_range(0, n) if n else ""
        same_len = len(text) == n
        for i in range(n):
            ch = text[i] if same_len else pdfium_c.FPDFText_GetUnicode(textpage.raw, i)
            if isinstance(ch, int):
                ch = chr(ch)
            hyphen_at_break = ch == "\ufffe"  # PDFium's mark for a hyphen ending a line
            if hyphen_at_break:
                ch = "-"
            if ch.isspace() or ch == "\x00":
                chars.append(None)
                continue
            if unicodedata.category(ch) in _GOOD_CATEGORIES or ch in "€%&@+=/\\#*'\"`~^<>|_":
                good += 1
            else:
                bad += 1
            x0, y0, x1, y1 = textpage.get_charbox(i)
            chars.append((ch, (x0 - left) / w0, (top - y1) / h0, (x1 - left) / w0, (top - y0) / h0))
            if hyphen_at_break:  # the word goes on on the next line: not one word with it
                chars.append(None)
    finally:
        textpage.close()
    turns = _upright_turns(chars)
    tf = _transform(90 * turns)
    words: list[Word] = []
    cur: list[str] = []
    box: list[float] | None = None

    def flush() -> None:
        nonlocal cur, box
        if cur and box is not None:
            words.append(Word("".join(cur), (box[0], box[1], box[2], box[3]), 1.0))
        cur, box = [], None

    for c in chars:
        if c is None:
            flush()
            continue
        (ua, va), (ub, vb) = tf(c[1], c[2]), tf(c[3], c[4])
        u0, v0, u1, v1 = min(ua, ub), min(va, vb), max(ua, ub), max(va, vb)
        if box is not None and (u0 - box[2] > 0.012 or abs(v0 - box[1]) > 0.02):
            flush()  # a wide gap or a jump in height: a new word (tables without spaces)
        box = (
            [u0, v0, u1, v1]
            if box is None
            else [min(box[0], u0), min(box[1], v0), max(box[2], u1), max(box[3], v1)]
        )
        cur.append(c[0])
    flush()
    usable, reason = _verdict(page, words, good, bad)
    width, height = (h0, w0) if turns % 2 else (w0, h0)
    correction = (90 * turns - display_rotation) % 360
    return TextLayer(reline(words), usable, reason, width, height, correction)


def _verdict(page: pdfium.PdfPage, words: list[Word], good: int, bad: int) -> tuple[bool, str]:
    chars = good + bad
    if chars < 8:
        return False, "no text layer"
    if bad / chars > 0.1:
        return False, "text layer has unmapped glyphs"
    invisible = visible = 0
    image_area = 0.0
    pw, ph = page.get_size()
    for obj in page.get_objects(
        filter=[pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=4
    ):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
            mode = pdfium_c.FPDFTextObj_GetTextRenderMode(obj.raw)
            if mode == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE:
                invisible += 1
            else:
                visible += 1
        else:
            x0, y0, x1, y1 = obj.get_bounds()
            image_area += max(0.0, x1 - x0) * max(0.0, y1 - y0)
    if invisible > visible:
        return False, "text layer is an invisible OCR layer"
    alpha = [w.text for w in words if sum(c.isalpha() for c in w.text) >= 3]
    if len(alpha) >= 10:
        vowels = sum(any(c in "aeiouyAEIOUYéëèáàäöüïí" for c in t) for t in alpha) / len(alpha)
        if vowels < 0.7:
            return False, "text layer looks like garbage (font without a usable character map)"
    if image_area > 0.6 * pw * ph and chars < 200:
        return False, "page is mostly an image with little text"
    return True, "text layer"


def _check_pixels(
    page: pdfium.PdfPage, dpi: float, max_pixels: int, filename: str, number: int
) -> None:
    w, h = page.get_size()
    pixels = (w * dpi / 72) * (h * dpi / 72)
    if pixels > max_pixels:
        raise TooManyPixelsError(
            f"{filename}: page {number} would be {pixels / 1e6:.0f} megapixels at {dpi:g} DPI "
            f"(limit {max_pixels / 1e6:.0f}); the page is too large"
        )


def _gray(bitmap: pdfium.PdfBitmap) -> np.ndarray:
    arr = bitmap.to_numpy()
    return np.ascontiguousarray(arr[..., 0] if arr.ndim == 3 else arr)


def render(
    page: pdfium.PdfPage, dpi: float, max_pixels: int, filename: str, number: int
) -> np.ndarray:
    """Render a page to a grayscale image at `dpi` (also for text-layer pages)."""
    _check_pixels(page, dpi, max_pixels, filename, number)
    return _gray(page.render(scale=dpi / 72, grayscale=True))


class LazyPageImage:
    """A page's grayscale image at `dpi`, rendered in horizontal bands as parts of it are sliced
    out (`image[y0:y1, x0:x1]`): extraction looks at a few regions of a text-layer page (tick
    boxes, a signature box), and rendering the whole page took a fifth of a form's extraction
    time. Each band is rendered on its own with the whole page's transform, cropped by whole
    pixels, so a slice does not depend on what was sliced before; it is within one grey level
    of the whole page rendered at once (anti-aliased glyph edges). `np.asarray` gives the whole
    page."""

    BAND = 128  # pixel rows rendered together

    def __init__(
        self, data: bytes, filename: str, number: int, dpi: float, max_pixels: int
    ) -> None:
        self._doc = _open(data, filename)  # kept open while the page is looked at
        self._page = self._doc[number - 1]
        _check_pixels(self._page, dpi, max_pixels, filename, number)
        self._scale = dpi / 72
        w, h = self._page.get_size()
        self.shape = (math.ceil(h * self._scale), math.ceil(w * self._scale))
        self.ndim = 2
        self.dtype = np.dtype(np.uint8)
        self._bands: dict[int, np.ndarray] = {}

    def __getitem__(self, key: Any) -> np.ndarray:
        rows, cols = key if isinstance(key, tuple) and len(key) == 2 else (key, slice(None))
        if not (isinstance(rows, slice) and isinstance(cols, slice) and rows.step in (None, 1)):
            return np.asarray(self)[key]
        y0, y1, _ = rows.indices(self.shape[0])
        if y1 <= y0:
            return np.asarray(self)[key]  # an empty slice, shaped as numpy shapes it
        b0, b1 = y0 // self.BAND, (y1 - 1) // self.BAND
        self._render(b0, b1)
        strip = np.vstack([self._bands[b] for b in range(b0, b1 + 1)])
        return strip[y0 - b0 * self.BAND : y1 - b0 * self.BAND, cols]

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        self._render(0, (self.shape[0] - 1) // self.BAND)
        whole = np.vstack([self._bands[b] for b in sorted(self._bands)])
        return whole if dtype is None else whole.astype(dtype)

    def _render(self, b0: int, b1: int) -> None:
        """Render the bands b0..b1 not rendered yet, each on its own."""
        for b in range(b0, b1 + 1):
            if b in self._bands:
                continue
            top = b * self.BAND
            bottom = min(self.shape[0], top + self.BAND)
            # pypdfium2 rounds a crop up to whole pixels: half a pixel less lands on the pixel
            crop_top = (top - 0.5) / self._scale if top else 0.0
            crop_bottom = (
                (self.shape[0] - bottom - 0.5) / self._scale if bottom < self.shape[0] else 0.0
            )
            self._bands[b] = _gray(self._page.render(scale=self._scale, grayscale=True,
                                                     crop=(0, crop_bottom, 0, crop_top)))  # fmt: skip
