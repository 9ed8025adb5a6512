"""Any input file to a `Layout`: the orchestration of sniffing, text layers, rendering and OCR.

Pages that need OCR are independent tasks; with `workers > 1` they run in worker processes
(each Tesseract single-threaded), with a hard per-page timeout in the engine wrapper.
"""

from __future__ import annotations

import hashlib
import multiprocessing
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from typing import TypeVar

import numpy as np

from ocr import preprocess, tesseract
from ocr.errors import EmptyFileError, OcrEngineError, TooManyPagesError, UnsupportedFileError
from ocr.images import load_images
from ocr.pdf import LazyPageImage, open_pdf, read_text_layer, render
from ocr.sniff import describe, sniff
from ocr.tesseract import EngineConfig, TessWord
from ocr.types import Layout, Page, Source, Word, reline


@dataclass(frozen=True, slots=True)
class OcrOptions:
    """Everything that steers reading a file. Frozen and picklable; no global settings."""

    engine: EngineConfig = field(default_factory=EngineConfig)
    pdf_dpi: int = 300  # image-only PDF pages are rendered at this resolution
    max_pages: int = 200
    max_pixels: int = 100_000_000  # per page
    workers: int = 1
    force_ocr: bool = False  # OCR PDF pages even when their text layer is usable
    # preprocessing steps, each measured by `make bench-ocr` (see README)
    crop_page: bool = True  # find and straighten a photographed sheet
    orientation: bool = True  # quarter turns
    deskew: bool = True
    upscale: bool = True  # small text (faxes, 100-150 DPI scans) scaled up
    flatten: str = "auto"  # divide out uneven lighting: "auto" (when measured), "on", "off"
    flatten_threshold: float = 25.0  # paper brightness range (grey levels) that triggers "auto"
    whiten: bool = False  # lift light background and shading to white
    remove_rules: bool = False  # paint table rules and box borders white
    denoise: bool = False  # median filter; measured not to help on our scans
    binarize: bool = False  # Otsu; measured to lower Tesseract's accuracy
    recover: bool = True  # read lines of ink that Tesseract's page segmentation skipped


T = TypeVar("T")
IMAGE_TYPES = {
    "image/png",
    "image/jpeg",
    "image/tiff",
    "image/heic",
    "image/webp",
    "image/bmp",
    "image/gif",
}
MIN_LETTER_HEIGHT = 12.0  # below this (px; ~150 DPI for 10 pt) text is scaled up for Tesseract
MIN_PLAUSIBLE_HEIGHT = 6.0  # smaller "letters" are specks on a nearly empty page
MAX_UPSCALE = 2.5


@dataclass(frozen=True, slots=True)
class PageTask:
    number: int
    options: OcrOptions
    image: np.ndarray | None = None  # grayscale page image, or
    pdf: bytes | None = None  # a PDF page to render in the worker
    dpi: float | None = None  # known resolution of `image`
    filename: str = ""


def _quality(words: list[TessWord]) -> float:
    """Mean confidence of word-like tokens; low means garbage (upside down, noise)."""
    confs = [w.conf for w in words if sum(ch.isalnum() for ch in w.text) >= 3]
    if len(confs) < 3:
        return 0.0
    return float(np.mean(confs))


def prepare(gray: np.ndarray, dpi: float | None, options: OcrOptions) -> tuple[np.ndarray, Page]:
    """Geometric and photometric preparation; returns the image Tesseract reads and a page stub."""
    steps: list[str] = []
    if options.crop_page:
        corners = preprocess.find_page(gray)
        if corners is not None:
            gray = preprocess.warp_page(gray, corners)
            steps.append("crop")
            dpi = None  # a photo's resolution is whatever the camera gave the page
    orient = (
        preprocess.detect_orientation(gray)
        if options.orientation
        else preprocess.Orientation(0, 0, True)
    )
    skew = orient.skew if options.deskew else 0.0
    gray = preprocess.apply_rotation(gray, orient.rotation, skew)
    if orient.rotation:
        steps.append(f"rotate{orient.rotation}")
    if abs(skew) >= 0.15:
        steps.append("deskew")
    if options.flatten != "off":
        surface, unevenness = preprocess.illumination(gray)
        if options.flatten == "on" or unevenness > options.flatten_threshold:
            gray = preprocess.flatten_illumination(gray, surface)
            steps.append("flatten")
    if options.denoise:
        gray = preprocess.denoise(gray)
        steps.append("denoise")
    if options.remove_rules:
        gray = preprocess.remove_rules(gray, orient.text_height)
        steps.append("derule")
    if options.whiten:
        gray = preprocess.whiten(gray)
        steps.append("whiten")
    factor = 1.0
    height = orient.text_height
    if options.upscale and height and MIN_PLAUSIBLE_HEIGHT <= height < MIN_LETTER_HEIGHT:
        factor = min(MAX_UPSCALE, preprocess.TARGET_TEXT_HEIGHT / height)
        gray = preprocess.scale(gray, factor)
        steps.append(f"upscale{factor:.2f}")
    if options.binarize:
        gray = preprocess.binarize(gray)
        steps.append("binarize")
    if dpi is None and height:
        dpi = 300.0 * height / preprocess.REFERENCE_HEIGHT_300DPI  # estimated from the letter size
    eff_dpi = dpi * factor if dpi else None
    stub = Page(
        0, gray.shape[1], gray.shape[0], orient.rotation, True, (), skew, eff_dpi, tuple(steps)
    )
    return gray, replace(
        stub, words=(), steps=tuple(steps) + (() if orient.confident else ("unsure-up",))
    )


def _clean(t: TessWord) -> str | None:
    """Drop what ruled lines, box borders, shading and specks turn into; measured on the dev
    layouts (make bench-ocr --layouts dev): scan CER 1.68 % -> 1.17 %, hard 7.9 % -> 7.2 %."""
    if t.conf < 30 and not any(ch.isalnum() for ch in t.text):
        return None  # ruled lines and specks read as '|', '_' or '—'
    text = t.text.strip("|[]{}")  # box borders glued to a word
    if not text:
        return None
    if t.conf < 40 and len(text) <= 2 and not any(ch.isdigit() for ch in text):
        return None  # texture in shaded areas read as 'a', 'ee', ':'
    return text


def _words(raw: list[TessWord], w: int, h: int) -> tuple[Word, ...]:
    out = []
    for t in raw:
        text = _clean(t)
        if text is None:
            continue
        # a '|' inside a token is a box border between comb-box characters: split there, giving
        # each part its share of the box by character position
        pos = 0
        n = len(text)
        for part in text.split("|"):
            if part:
                x0 = t.left + t.width * pos / n
                x1 = t.left + t.width * (pos + len(part)) / n
                out.append(
                    Word(
                        part,
                        (x0 / w, t.top / h, x1 / w, (t.top + t.height) / h),
                        t.conf / 100.0,
                        0,
                        t.block,
                    )
                )
            pos += len(part) + 1
    return reline(out)


def _upside_down_by_reading(img: np.ndarray, options: OcrOptions, dpi: int | None) -> bool:
    """Settle a close up/down call by reading the densest strip both ways in one engine call."""
    strip = preprocess.densest_strip(img, None)
    gap = np.full((max(20, strip.shape[0] // 2), strip.shape[1]), 255, np.uint8)
    stacked = np.vstack([strip, gap, np.ascontiguousarray(np.rot90(strip, 2))])
    words = tesseract.run(stacked, options.engine, psm=6, dpi=dpi)
    split = strip.shape[0] + gap.shape[0] / 2
    upright = [w for w in words if w.top + w.height / 2 < split]
    flipped = [w for w in words if w.top + w.height / 2 >= split]
    return _quality(flipped) > _quality(upright) + 5


def ocr_image(gray: np.ndarray, dpi: float | None, options: OcrOptions, number: int = 1) -> Page:
    """OCR one page image (grayscale) into a `Page`."""
    return ocr_image_kept(gray, dpi, options, number)[0]


def ocr_image_kept(
    gray: np.ndarray, dpi: float | None, options: OcrOptions, number: int = 1
) -> tuple[Page, np.ndarray]:
    """OCR one page image; also returns the prepared image, in the frame of the word boxes."""
    img, stub = prepare(gray, dpi, options)
    dpi_hint = int(stub.dpi) if stub.dpi and 70 <= stub.dpi <= 1200 else None
    page = replace(stub, number=number)
    if (
        options.orientation
        and "unsure-up" in stub.steps
        and _upside_down_by_reading(img, options, dpi_hint)
    ):
        img = np.ascontiguousarray(np.rot90(img, 2))
        page = replace(
            page, rotation=(page.rotation + 180) % 360, steps=(*page.steps, "flip-by-reading")
        )
    raw = tesseract.run(img, options.engine, dpi=dpi_hint)
    if options.orientation and _quality(raw) < 55:
        # a poor read: the other way up may read better
        flipped = np.ascontiguousarray(np.rot90(img, 2))
        raw2 = tesseract.run(flipped, options.engine, dpi=dpi_hint)
        if _quality(raw2) > _quality(raw) + 5:
            raw = raw2
            img = flipped
            page = replace(
                page, rotation=(page.rotation + 180) % 360, steps=(*page.steps, "flip-retry")
            )
    recovered = _recover_unread(img, raw, options, dpi_hint) if options.recover else []
    if recovered:
        raw = raw + recovered
        page = replace(page, steps=(*page.steps, "recover"))
    return replace(page, words=_words(raw, img.shape[1], img.shape[0])), img


RECOVER_MIN_CONF = 60.0  # a recovered word must read well: the region may be a logo or scribble


def _recover_unread(
    img: np.ndarray, raw: list[TessWord], options: OcrOptions, dpi: int | None
) -> list[TessWord]:
    """Read the lines of ink that Tesseract's page segmentation skipped, all in one engine call
    (the regions stacked with white gaps, read as one block). Recovered words get a block of
    their own after the page's blocks."""
    heights = sorted(t.height for t in raw if t.conf >= 80 and len(t.text) >= 3)
    if len(heights) < 5:
        return []
    lh = 0.75 * heights[len(heights) // 2]
    boxes = [(t.left, t.top, t.width, t.height) for t in raw]
    regions = preprocess.unread_regions(img, boxes, lh)
    if not regions:
        return []
    pad, gap = int(lh * 0.5), int(lh * 2)
    h, w = img.shape
    width = max(min(w, x1 + pad) - max(0, x0 - pad) for x0, _, x1, _ in regions)
    strips, offsets, y = [], [], 0
    for x0, y0, x1, y1 in regions:
        ax, ay = max(0, x0 - pad), max(0, y0 - pad)
        crop = img[ay : min(h, y1 + pad), ax : min(w, x1 + pad)]
        canvas = np.full((crop.shape[0] + gap, width), 255, np.uint8)
        canvas[: crop.shape[0], : crop.shape[1]] = crop
        strips.append(canvas)
        offsets.append((y, y + crop.shape[0], ax, ay - y))
        y += canvas.shape[0]
    stacked = np.vstack(strips)
    found, block = [], 1 + max((t.block for t in raw), default=0)
    for t in tesseract.run(stacked, options.engine, psm=6, dpi=dpi):
        if t.conf < RECOVER_MIN_CONF or not any(ch.isalnum() for ch in t.text):
            continue
        mid = t.top + t.height / 2
        for top, bottom, dx, dy in offsets:
            if top <= mid < bottom:
                found.append(replace(t, left=t.left + dx, top=t.top + dy, block=block))
                break
    return found


def _run_task(task: PageTask) -> Page:
    return _run_task_kept(task)[0]


def _run_task_kept(task: PageTask) -> tuple[Page, np.ndarray]:
    if task.pdf is not None:
        with open_pdf(task.pdf, task.filename) as doc:
            gray = render(
                doc[task.number - 1],
                task.options.pdf_dpi,
                task.options.max_pixels,
                task.filename,
                task.number,
            )
        return ocr_image_kept(gray, task.options.pdf_dpi, task.options, task.number)
    assert task.image is not None
    return ocr_image_kept(task.image, task.dpi, task.options, task.number)


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


def read_layout(
    data: bytes,
    filename: str,
    options: OcrOptions | None = None,
    *,
    executor: Executor | None = None,
) -> Layout:
    """Read any supported file into a `Layout`. Raises an `OcrError` with a one-line reason."""
    return _read(data, filename, options, executor, keep_images=False)[0]


def read_layout_with_images(
    data: bytes,
    filename: str,
    options: OcrOptions | None = None,
    *,
    executor: Executor | None = None,
) -> tuple[Layout, dict[int, np.ndarray]]:
    """Like `read_layout`, plus each OCRed page's prepared image (in the frame of its word
    boxes), for extraction to measure ink or re-read a region. Text-layer pages have no image
    here: render them with `render_page` (their frame is the page itself)."""
    return _read(data, filename, options, executor, keep_images=True)


def _read(
    data: bytes,
    filename: str,
    options: OcrOptions | None,
    executor: Executor | None,
    *,
    keep_images: bool,
) -> tuple[Layout, dict[int, np.ndarray]]:
    options = options or OcrOptions()
    if not data:
        raise EmptyFileError(f"{filename}: the file is empty")
    media_type = sniff(data)
    if media_type is None:
        raise UnsupportedFileError(
            f"{filename}: {describe(data)} is not a supported document; upload a PDF or a scan/photo "
            "(PNG, JPEG, TIFF, HEIC)"
        )
    sha = hashlib.sha256(data).hexdigest()
    pages: dict[int, Page] = {}
    tasks: list[PageTask] = []
    if media_type == "application/pdf":
        with open_pdf(data, filename) as doc:
            n = len(doc)
            if n == 0:
                raise EmptyFileError(f"{filename}: the PDF has no pages")
            if n > options.max_pages:
                raise TooManyPagesError(
                    f"{filename}: {n} pages is more than the limit of {options.max_pages}"
                )
            for i in range(n):
                page = doc[i]
                layer = read_text_layer(page)
                if layer.usable and not options.force_ocr:
                    pages[i + 1] = Page(
                        i + 1,
                        round(layer.width),
                        round(layer.height),
                        layer.rotation,
                        False,
                        layer.words,
                        steps=("text-layer",),
                    )
                else:
                    w, h = page.get_size()
                    if (w * options.pdf_dpi / 72) * (h * options.pdf_dpi / 72) > options.max_pixels:
                        render(page, options.pdf_dpi, options.max_pixels, filename, i + 1)  # raises
                    tasks.append(PageTask(i + 1, options, pdf=data, filename=filename))
    else:
        decoded = load_images(
            data, media_type, filename, max_pages=options.max_pages, max_pixels=options.max_pixels
        )
        n = len(decoded)
        tasks = [
            PageTask(i + 1, options, image=im.image, dpi=im.dpi, filename=filename)
            for i, im in enumerate(decoded)
        ]
    images: dict[int, np.ndarray] = {}
    if keep_images:
        for page, img in run_tasks_kept(tasks, options, executor):
            pages[page.number] = page
            images[page.number] = img
    else:
        for page in run_tasks(tasks, options, executor):
            pages[page.number] = page
    source = Source(filename, sha, media_type, n)
    return Layout(source, tuple(pages[k] for k in sorted(pages))), images


def run_tasks(
    tasks: list[PageTask], options: OcrOptions, executor: Executor | None = None
) -> list[Page]:
    """OCR pages, in parallel when there are several and workers (or an executor) allow it."""
    return _map(_run_task, tasks, options, executor)


def run_tasks_kept(
    tasks: list[PageTask], options: OcrOptions, executor: Executor | None = None
) -> list[tuple[Page, np.ndarray]]:
    """`run_tasks`, also returning each page's prepared image."""
    return _map(_run_task_kept, tasks, options, executor)


def _map(
    fn: Callable[[PageTask], T],
    tasks: list[PageTask],
    options: OcrOptions,
    executor: Executor | None,
) -> list[T]:
    if not tasks:
        return []
    if executor is None and (options.workers <= 1 or len(tasks) == 1):
        return [fn(t) for t in tasks]
    own = executor is None
    pool = executor or _pool(min(options.workers, len(tasks)))
    try:
        futures = [pool.submit(fn, t) for t in tasks]
        limit = options.engine.timeout * 3 + 60  # the engine's own timeout fires first
        return [f.result(timeout=limit) for f in futures]
    except TimeoutError as e:
        raise OcrEngineError("a page took too long to process") from e
    finally:
        if own:
            pool.shutdown(cancel_futures=True)


def render_page(
    data: bytes, filename: str, number: int, dpi: int = 300, max_pixels: int = 100_000_000
) -> np.ndarray:
    """A page as a grayscale image at `dpi` (PDF pages, text layer or not) or as stored (images)."""
    media_type = sniff(data)
    if media_type == "application/pdf":
        with open_pdf(data, filename) as doc:
            return render(doc[number - 1], dpi, max_pixels, filename, number)
    if media_type in IMAGE_TYPES:
        return load_images(data, media_type, filename, max_pages=10_000, max_pixels=max_pixels)[
            number - 1
        ].image
    raise UnsupportedFileError(f"{filename}: not a PDF or image")


def text_page_image(
    data: bytes, filename: str, number: int, dpi: int, rotation: int = 0
) -> np.ndarray | LazyPageImage:
    """A text-layer page as displayed, turned upright by `rotation` (the reader's clockwise
    correction), for looking at its ink (ticks, signatures): an upright PDF page is rendered
    only where it is looked at (`LazyPageImage`)."""
    if rotation % 360 == 0 and sniff(data) == "application/pdf":
        return LazyPageImage(data, filename, number, dpi, 100_000_000)
    img = render_page(data, filename, number, dpi=dpi)
    turns = rotation // 90
    return np.ascontiguousarray(np.rot90(img, k=-turns)) if turns else img


def ocr_region(
    gray: np.ndarray,
    bbox: tuple[float, float, float, float],
    engine: EngineConfig | None = None,
    *,
    whitelist: str | None = None,
    psm: int = 7,
    dpi: int | None = 300,
    pad: float = 0.004,
) -> list[Word]:
    """OCR one region of a page image (box as page fractions), e.g. an MRZ line or an amount.

    `psm` 7 reads a single line, 6 a block; `whitelist` limits the characters (MRZ: A-Z0-9<).
    Returned word boxes are fractions of the whole page.
    """
    engine = engine or EngineConfig()
    h, w = gray.shape[:2]
    x0, y0 = max(0, int((bbox[0] - pad) * w)), max(0, int((bbox[1] - pad) * h))
    x1, y1 = min(w, int((bbox[2] + pad) * w) + 1), min(h, int((bbox[3] + pad) * h) + 1)
    if x1 - x0 < 2 or y1 - y0 < 2:
        return []
    crop = np.ascontiguousarray(gray[y0:y1, x0:x1])
    raw = tesseract.run(crop, engine, psm=psm, dpi=dpi, whitelist=whitelist)
    return [_page_word(t, x0, y0, w, h) for t in raw]


def _page_word(t: TessWord, x0: int, y0: int, w: int, h: int) -> Word:
    """A word read in a crop whose top left is (x0, y0), boxed in fractions of the w x h page."""
    box = (
        (x0 + t.left) / w,
        (y0 + t.top) / h,
        (x0 + t.left + t.width) / w,
        (y0 + t.top + t.height) / h,
    )
    return Word(t.text, box, t.conf / 100.0, t.line, t.block)


def read_crops(
    crops: list[np.ndarray],
    engine: EngineConfig | None = None,
    *,
    whitelist: str | None = None,
    dpi: int | None = 300,
    one_line: bool = False,
) -> list[list[TessWord]]:
    """OCR several small images in one engine call (an engine start costs about as much as
    reading a few lines): stacked with white gaps and read as one block; each crop gets its
    words back, in its own pixel frame. `one_line`: the crops are single lines of text (comb
    boxes emptied of their rules), put side by side and read as one line."""
    out: list[list[TessWord]] = [[] for _ in crops]
    present = [c for c in crops if c.shape[0] >= 2 and c.shape[1] >= 2]
    if not present:
        return out
    if one_line:  # side by side, a wide white gap before each
        height = max(c.shape[0] for c in present)
        gap = 2 * height
        canvas = np.full((height, sum(c.shape[1] + gap for c in present) + gap // 2), 255, np.uint8)
    else:  # one under the other, a white gap after each
        gap = max(20, int(np.median([c.shape[0] for c in present])))
        width = max(c.shape[1] for c in present)
        canvas = np.full((sum(c.shape[0] + gap for c in present), width), 255, np.uint8)
    places: list[tuple[int, int, int, int] | None] = []  # x, y, width, height in the canvas
    pos = gap // 2 if one_line else 0
    for crop in crops:
        h, w = crop.shape[:2]
        if h < 2 or w < 2:
            places.append(None)
            continue
        x, y = (pos, (canvas.shape[0] - h) // 2) if one_line else (0, pos)
        canvas[y : y + h, x : x + w] = crop
        places.append((x, y, w, h))
        pos += (w if one_line else h) + gap
    engine = engine or EngineConfig()
    for t in tesseract.run(canvas, engine, psm=7 if one_line else 6, dpi=dpi, whitelist=whitelist):
        mid = t.left + t.width / 2 if one_line else t.top + t.height / 2
        for k, place in enumerate(places):
            if place is None:
                continue
            x, y, w, h = place
            if (x <= mid < x + w) if one_line else (y <= mid < y + h):
                out[k].append(replace(t, left=t.left - x, top=t.top - y))
                break
    return out


def ocr_regions(
    gray: np.ndarray,
    bboxes: list[tuple[float, float, float, float]],
    engine: EngineConfig | None = None,
    *,
    whitelist: str | None = None,
    dpi: int | None = 300,
    pad: float = 0.004,
) -> list[list[Word]]:
    """OCR several regions of a page image in one engine call (see `read_crops`); each region
    gets its words back, with boxes as fractions of the whole page."""
    h, w = gray.shape[:2]
    origins, crops = [], []
    for bbox in bboxes:
        x0, y0 = max(0, int((bbox[0] - pad) * w)), max(0, int((bbox[1] - pad) * h))
        x1, y1 = min(w, int((bbox[2] + pad) * w) + 1), min(h, int((bbox[3] + pad) * h) + 1)
        origins.append((x0, y0))
        crops.append(gray[y0:y1, x0:x1] if x1 - x0 >= 2 and y1 - y0 >= 2 else gray[:0, :0])
    read = read_crops(crops, engine, whitelist=whitelist, dpi=dpi)
    return [
        [_page_word(t, x0, y0, w, h) for t in words]
        for (x0, y0), words in zip(origins, read, strict=True)
    ]
