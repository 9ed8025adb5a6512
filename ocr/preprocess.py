"""OpenCV page preparation before Tesseract: page crop for photos, orientation, deskew, scale.

Every step works on a small copy of the page (about 150 DPI) and is cheap next to Tesseract
itself; each is switchable so the benchmark can measure what it adds (see README, "OCR").
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

ANALYSIS_LONG_SIDE = 1600  # pixels of the analysis copy's longer side (A4 at ~140 DPI)
TARGET_TEXT_HEIGHT = 20.0  # letter height (px) that upscaling aims for (~250 DPI for 10 pt text)
REFERENCE_HEIGHT_300DPI = 24.0  # typical letter height (px) of 10 pt text at 300 DPI
UPDOWN_MARGIN = 0.03  # below this the up/down decision is settled by reading a strip both ways  # typical lower-case letter height (px) Tesseract reads best at ~300 DPI


@dataclass(frozen=True, slots=True)
class Orientation:
    rotation: int  # clockwise quarter-turn correction, degrees
    skew: float  # further clockwise correction in degrees (applied after the rotation)
    confident: bool  # False when the up/down decision was a close call
    text_height: float | None = None  # median letter height in full-resolution pixels


def _small(gray: np.ndarray, long_side: int = ANALYSIS_LONG_SIDE) -> tuple[np.ndarray, float]:
    f = min(1.0, long_side / max(gray.shape[:2]))
    if f >= 1.0:
        return gray, 1.0
    return cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA), f


def text_mask(small: np.ndarray) -> np.ndarray:
    """Ink of letters only: Otsu on the small copy, ruled lines, specks and big blobs removed."""
    blur = cv2.GaussianBlur(small, (3, 3), 0)
    _, ink = cv2.threshold(blur, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    h, w = ink.shape
    horiz = cv2.morphologyEx(
        ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(8, w // 25), 1))
    )
    vert = cv2.morphologyEx(
        ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(8, h // 25)))
    )
    ink = cv2.subtract(ink, cv2.bitwise_or(horiz, vert))
    _n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    cw, ch, area = (
        stats[:, cv2.CC_STAT_WIDTH],
        stats[:, cv2.CC_STAT_HEIGHT],
        stats[:, cv2.CC_STAT_AREA],
    )
    big = max(h, w) * 0.04
    keep = (ch >= 2) & (cw >= 1) & (area >= 3) & (ch <= big) & (cw <= big * 1.5)
    keep[0] = False
    # dense rectangles (photos, filled boxes) are not letters
    keep &= area < 0.85 * cw * ch + 20
    return np.where(keep[labels], 255, 0).astype(np.uint8)


def _letter_height(mask: np.ndarray) -> float:
    """60th percentile height of letter-like components of a levelled text mask (0 if too few)."""
    _n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    hs = stats[1:, cv2.CC_STAT_HEIGHT].astype(np.float64)
    ws = stats[1:, cv2.CC_STAT_WIDTH].astype(np.float64)
    hs = hs[(hs >= 3) & (ws <= hs * 3)]
    if hs.size < 20:
        return 0.0
    return float(np.percentile(hs, 60))


def _profile_score(a: np.ndarray, b: np.ndarray, angle_deg: float, bins: int) -> float:
    """How line-like the ink is when projected along direction `angle` onto axis a."""
    t = math.tan(math.radians(angle_deg))
    r = np.round(a + b * t).astype(np.int64)
    r -= r.min()
    hist = np.bincount(r, minlength=bins).astype(np.float64)
    return float(np.sum(hist * hist)) / (a.size * a.size)


def _best_angle(a: np.ndarray, b: np.ndarray, bins: int, span: float) -> tuple[float, float]:
    best = (-1.0, 0.0)
    for ang in np.arange(-span, span + 1e-9, 0.5):
        s = _profile_score(a, b, float(ang), bins)
        if s > best[0]:
            best = (s, float(ang))
    centre = best[1]
    for ang in np.arange(centre - 0.4, centre + 0.41, 0.1):
        s = _profile_score(a, b, float(ang), bins)
        if s > best[0]:
            best = (s, float(ang))
    return best


def _up_down_score(mask: np.ndarray) -> tuple[float, int]:
    """> 0 when the text is upright. In Latin script the bottoms of letters line up on the
    baseline while their tops split between x-height and ascender height (capitals, digits,
    b d f h k l t); upside down it is the other way round. Counted per text line."""
    n, _labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    if n < 12:
        return 0.0, 0
    top = stats[1:, cv2.CC_STAT_TOP]
    height = stats[1:, cv2.CC_STAT_HEIGHT]
    width = stats[1:, cv2.CC_STAT_WIDTH]
    bottom = top + height
    med = float(np.median(height[height >= 3])) if np.any(height >= 3) else 0.0
    if med < 3:
        return 0.0, 0
    letters = (height >= 0.5 * med) & (height <= 2.2 * med) & (width <= 3 * med)
    profile = (mask > 0).sum(axis=1)
    on = profile > 0
    band = np.cumsum(np.concatenate([[0], (on[1:] & ~on[:-1]).astype(np.int64)]))  # band id per row
    centre = np.clip((top + bottom) // 2, 0, mask.shape[0] - 1)
    line_of = np.where(on[centre], band[centre], -1)
    b_al = t_al = 0
    lines = 0
    tol = max(1.0, 0.12 * med)
    for line in np.unique(line_of[letters]):
        if line < 0:
            continue
        sel = letters & (line_of == line)
        if sel.sum() < 5:
            continue
        bots, tops = bottom[sel], top[sel]
        b_al += int(np.sum(np.abs(bots - np.median(bots)) <= tol))
        t_al += int(np.sum(np.abs(tops - np.median(tops)) <= tol))
        lines += 1
    total = b_al + t_al
    return ((b_al - t_al) / total if total else 0.0), lines


def _text_is_vertical(mask: np.ndarray) -> tuple[bool, float]:
    """Whether text runs top-bottom: a letter's nearest neighbour is the next letter of its word,
    so the directions to nearest neighbours show the writing direction, even on sparse pages."""
    n, _, stats, cents = cv2.connectedComponentsWithStats(mask, connectivity=8)
    if n < 12:
        return False, 0.0
    h, w = stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_WIDTH]
    size = np.maximum(h, w)
    med = np.median(size)
    pts = cents[1:][(size >= 0.4 * med) & (size <= 2.5 * med)].astype(np.float32)
    if len(pts) < 10:
        return False, 0.0
    # nearest other letter of each letter (brute force in C++: a few ms for thousands of letters)
    matches = cv2.BFMatcher(cv2.NORM_L2).knnMatch(pts, pts, k=2)
    other = np.array(
        [m[1].trainIdx if m[0].trainIdx == m[0].queryIdx else m[0].trainIdx for m in matches]
    )
    nn = pts[other] - pts
    horizontal = np.sum(np.abs(nn[:, 0]) > np.abs(nn[:, 1]))
    frac = horizontal / len(pts)
    return bool(frac < 0.5), float(abs(frac - 0.5) * 2)


def _rotate_small(mask: np.ndarray, angle: float) -> np.ndarray:
    h, w = mask.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(mask, m, (w, h), flags=cv2.INTER_NEAREST)


def detect_orientation(gray: np.ndarray, *, max_skew: float = 5.0) -> Orientation:
    """Quarter-turn rotation and small skew that make the page's text upright and level.

    Works from the geometry of the ink alone, so it copes with sparse pages where Tesseract's
    OSD gives up ("too few characters"), at a few tens of milliseconds a page.
    """
    small, f = _small(gray)
    mask = text_mask(small)
    ys, xs = np.nonzero(mask)
    if ys.size < 200:
        return Orientation(0, 0.0, True, None)  # (nearly) blank: nothing to turn
    if ys.size > 150_000:
        pick = np.random.default_rng(0).choice(ys.size, 150_000, replace=False)
        ys, xs = ys[pick], xs[pick]
    bins = int(max(mask.shape) * 1.2) + 2
    vertical, _ = _text_is_vertical(mask)
    if vertical:
        _, ang_v = _best_angle(xs.astype(np.float64), ys.astype(np.float64), bins, max_skew)
        # text runs top-bottom: turn a quarter clockwise, then decide up or down
        work = np.ascontiguousarray(np.rot90(mask, k=-1))
        skew = -ang_v
        base = 90
    else:
        _, ang_h = _best_angle(ys.astype(np.float64), xs.astype(np.float64), bins, max_skew)
        work = mask
        skew = ang_h
        base = 0
    # `skew` is the clockwise turn that levels the lines (cv2 angles count counter-clockwise)
    level = _rotate_small(work, -skew) if abs(skew) > 0.05 else work
    ud, lines = _up_down_score(level)
    rotation = base if ud >= 0 else (base + 180) % 360
    return Orientation(
        rotation,
        round(skew, 2),
        abs(ud) >= UPDOWN_MARGIN and lines >= 3,
        (_letter_height(level) / f) or None,
    )


def apply_rotation(gray: np.ndarray, rotation: int, skew: float, *, fill: int = 255) -> np.ndarray:
    """Rotate clockwise by `rotation` (quarter turns) and then by `skew` degrees."""
    if rotation % 360:
        gray = np.ascontiguousarray(np.rot90(gray, k=-(rotation // 90)))
    if abs(skew) >= 0.15:
        h, w = gray.shape[:2]
        m = cv2.getRotationMatrix2D((w / 2, h / 2), -skew, 1.0)
        gray = cv2.warpAffine(
            gray,
            m,
            (w, h),
            flags=cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_CONSTANT,
            borderValue=fill,
        )
    return gray


def find_page(gray: np.ndarray) -> np.ndarray | None:
    """Corners (tl, tr, br, bl) of a sheet of paper photographed on a darker background, or None."""
    small, f = _small(gray, 900)
    edges = cv2.Canny(cv2.GaussianBlur(small, (5, 5), 0), 30, 90)
    edges = cv2.dilate(edges, np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(edges, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    hull = cv2.convexHull(max(contours, key=cv2.contourArea))
    area = cv2.contourArea(hull)
    total = small.shape[0] * small.shape[1]
    if not 0.2 * total < area < 0.93 * total:
        return None
    quad = hull
    for eps in (0.02, 0.03, 0.045, 0.06):  # a shadowed corner needs a coarser fit
        quad = cv2.approxPolyDP(hull, eps * cv2.arcLength(hull, True), True)
        if len(quad) == 4:
            break
    if len(quad) != 4:
        return None
    inside = np.zeros_like(small)
    cv2.fillConvexPoly(inside, quad.reshape(-1, 2), 255)
    if small[inside > 0].mean() - small[inside == 0].mean() < 40:
        return None  # no dark surround: a scan whose page fills the image
    pts = quad.reshape(4, 2).astype(np.float32) / f
    s, d = pts.sum(axis=1), np.diff(pts, axis=1).ravel()
    return np.array(
        [pts[np.argmin(s)], pts[np.argmin(d)], pts[np.argmax(s)], pts[np.argmax(d)]], np.float32
    )


def warp_page(gray: np.ndarray, corners: np.ndarray) -> np.ndarray:
    tl, tr, br, bl = corners
    w = int(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    h = int(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    dst = np.float32([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]])
    m = cv2.getPerspectiveTransform(corners, dst)
    return cv2.warpPerspective(
        gray, m, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE
    )


def illumination(gray: np.ndarray) -> tuple[np.ndarray, float]:
    """A smooth model of the paper's brightness (quadratic surface on a coarse grid) and how
    uneven it is in grey levels. Cells darker than the surface (filled bands, photos, dense
    text) are dropped from the fit, so dark page content is not taken for a shadow."""
    small, _ = _small(gray, 400)
    paper = cv2.dilate(small, np.ones((9, 9), np.uint8))
    gh, gw = 34, 24
    grid = cv2.resize(paper, (gw, gh), interpolation=cv2.INTER_AREA).astype(np.float64)
    yy, xx = np.mgrid[0:gh, 0:gw]
    x, y = (xx.ravel() / (gw - 1)) - 0.5, (yy.ravel() / (gh - 1)) - 0.5
    design = np.column_stack([np.ones_like(x), x, y, x * x, x * y, y * y])
    v = grid.ravel()
    keep = v > np.percentile(v, 20)
    coef = np.zeros(6)
    for _ in range(4):
        coef, *_ = np.linalg.lstsq(design[keep], v[keep], rcond=None)
        resid = v - design @ coef
        keep = resid > -12
    surface = (design @ coef).reshape(gh, gw)
    return surface.astype(np.float32), float(surface.max() - surface.min())


def flatten_illumination(gray: np.ndarray, surface: np.ndarray | None = None) -> np.ndarray:
    """Divide out shadows and uneven lighting using the smooth paper model of `illumination`."""
    if surface is None:
        surface, _ = illumination(gray)
    full = cv2.resize(surface, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)
    target = float(surface.max())
    return (
        cv2.divide(gray.astype(np.float32), np.maximum(full, 1.0), scale=target)
        .clip(0, 255)
        .astype(np.uint8)
    )


def scale(gray: np.ndarray, factor: float) -> np.ndarray:
    if abs(factor - 1.0) < 0.05:
        return gray
    interp = cv2.INTER_CUBIC if factor > 1 else cv2.INTER_AREA
    return cv2.resize(gray, None, fx=factor, fy=factor, interpolation=interp)


def denoise(gray: np.ndarray) -> np.ndarray:
    return cv2.medianBlur(gray, 3)


def binarize(gray: np.ndarray) -> np.ndarray:
    _, out = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return out


def densest_strip(gray: np.ndarray, letter_height: float | None) -> np.ndarray:
    """The full-width band of the page with the most ink, a few text lines high."""
    small, f = _small(gray, 800)
    _, ink = cv2.threshold(small, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    rows = ink.sum(axis=1).astype(np.float64)
    band = max(8, int((letter_height or 20) * 8 * f), int(small.shape[0] * 0.05))
    band = min(band, small.shape[0])
    sums = np.convolve(rows, np.ones(band), mode="valid")
    y0 = int(np.argmax(sums))
    cols = np.nonzero(ink[y0 : y0 + band].sum(axis=0))[0]
    x0, x1 = (int(cols[0]), int(cols[-1]) + 1) if cols.size else (0, small.shape[1])
    pad = int(4 / f)
    return gray[
        max(0, int(y0 / f) - pad) : int((y0 + band) / f) + pad,
        max(0, int(x0 / f) - pad) : int(x1 / f) + pad,
    ]


def whiten(gray: np.ndarray) -> np.ndarray:
    """Lift the light background (paper grain, scanner noise, light table shading) to white and
    stretch the remaining tones, keeping the grey edges of letters that Tesseract uses."""
    small, _ = _small(gray, 800)
    otsu, _ = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    white = otsu + 0.55 * (255 - otsu)
    lut = np.clip(np.arange(256, dtype=np.float32) * 255.0 / max(white, 1.0), 0, 255).astype(
        np.uint8
    )
    return cv2.LUT(gray, lut)


def remove_rules(gray: np.ndarray, letter_height: float | None) -> np.ndarray:
    """Paint ruled lines (table rules, form box borders) white: Tesseract reads them as '|', '_'
    or as noise words, and they split the words they touch."""
    lh = letter_height or 20.0
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    horiz = cv2.morphologyEx(
        ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (int(max(30, lh * 4)), 1))
    )
    vert = cv2.morphologyEx(
        ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, int(max(30, lh * 2.2))))
    )
    rules = cv2.dilate(cv2.bitwise_or(horiz, vert), np.ones((3, 3), np.uint8))
    out = gray.copy()
    out[rules > 0] = 255
    return out


def unread_regions(
    gray: np.ndarray, read: list[tuple[int, int, int, int]], letter_height: float
) -> list[tuple[int, int, int, int]]:
    """Lines of letter-like ink that no read word covers: text Tesseract's page segmentation
    skipped (a value on a dotted line, a lone entry beside a box). `read` holds the boxes
    (x, y, w, h) of everything the engine returned; the result holds (x0, y0, x1, y1) boxes.
    Ruled lines, dots and specks are no letters by their size; all of it is vectorised, as it
    runs on every page."""
    f = 0.5 if letter_height >= 20 else 1.0  # letters stay >= 10 px: analyse at half size
    if f < 1.0:
        gray = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
    lh = max(6.0, letter_height * f)
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    pad = int(lh * 0.3)
    for x, y, w, h in read:
        x, y, w, h = int(x * f), int(y * f), int(w * f) + 1, int(h * f) + 1
        ink[max(0, y - pad) : y + h + pad, max(0, x - pad) : x + w + pad] = 0
    _n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    cw, ch = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
    area = stats[:, cv2.CC_STAT_AREA]
    letters = (ch >= 0.45 * lh) & (ch <= 1.8 * lh) & (cw <= 2.5 * lh) & (area >= 0.1 * lh * lh)
    letters &= area < 0.8 * cw * ch  # filled blocks are not letters
    letters[0] = False
    if not letters.any():
        return []
    marks = np.where(letters[labels], 255, 0).astype(np.uint8)
    joined = cv2.dilate(marks, cv2.getStructuringElement(cv2.MORPH_RECT, (int(lh * 1.2), 1)))
    m, joined_labels, jstats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    out = []
    for j in range(1, m):
        x, y, w, h = (int(v) for v in jstats[j, :4])
        if w < 2 * lh or h > 2.2 * lh:
            continue
        inside = labels[y : y + h, x : x + w][joined_labels[y : y + h, x : x + w] == j]
        members = int(np.count_nonzero(letters[np.unique(inside)]))
        if members >= 3:
            out.append((int(x / f), int(y / f), int((x + w) / f), int((y + h) / f)))
    return out
