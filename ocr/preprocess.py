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
TARGET_TEXT_HEIGHT = 24.0  # typical lower-case letter height (px) Tesseract reads best at ~300 DPI


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
    horiz = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(8, w // 25), 1)))
    vert = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(8, h // 25))))
    ink = cv2.subtract(ink, cv2.bitwise_or(horiz, vert))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    cw, ch, area = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_AREA]
    big = max(h, w) * 0.04
    keep = (ch >= 2) & (cw >= 1) & (area >= 3) & (ch <= big) & (cw <= big * 1.5)
    keep[0] = False
    # dense rectangles (photos, filled boxes) are not letters
    keep &= area < 0.85 * cw * ch + 20
    return np.where(keep[labels], 255, 0).astype(np.uint8)


def _letter_height(mask: np.ndarray) -> float:
    """60th percentile height of letter-like components of a levelled text mask (0 if too few)."""
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
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
    """> 0 when the text is upright: ascenders and capitals outweigh descenders in each line."""
    profile = mask.sum(axis=1).astype(np.float64) / 255
    if profile.max() <= 0:
        return 0.0, 0
    thr = max(1.0, 0.04 * float(np.percentile(profile[profile > 0], 90)))
    on = profile > thr
    above = below = 0.0
    lines = 0
    i, n = 0, len(profile)
    while i < n:
        if not on[i]:
            i += 1
            continue
        j = i
        while j < n and on[j]:
            j += 1
        band = profile[i:j]
        if 5 <= band.size <= 80:
            core = np.nonzero(band >= 0.5 * band.max())[0]
            top, bot = core[0], core[-1]
            a, b = band[:top].sum(), band[bot + 1 :].sum()
            if a + b > 0:
                above += a
                below += b
                lines += 1
        i = j
    total = above + below
    return ((above - below) / total if total else 0.0), lines


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
        return Orientation(0, 0.0, False, None)
    if ys.size > 150_000:
        pick = np.random.default_rng(0).choice(ys.size, 150_000, replace=False)
        ys, xs = ys[pick], xs[pick]
    bins = int(max(mask.shape) * 1.2) + 2
    score_h, ang_h = _best_angle(ys.astype(np.float64), xs.astype(np.float64), bins, max_skew)
    score_v, ang_v = _best_angle(xs.astype(np.float64), ys.astype(np.float64), bins, max_skew)
    vertical = score_v > score_h * 1.15
    if vertical:
        # text runs top-bottom: turn a quarter clockwise, then decide up or down
        work = np.ascontiguousarray(np.rot90(mask, k=-1))
        skew = -ang_v
        base = 90
    else:
        work = mask
        skew = ang_h
        base = 0
    # `skew` is the clockwise turn that levels the lines (cv2 angles count counter-clockwise)
    level = _rotate_small(work, -skew) if abs(skew) > 0.05 else work
    ud, lines = _up_down_score(level)
    rotation = base if ud >= 0 else (base + 180) % 360
    return Orientation(rotation, round(skew, 2), abs(ud) > 0.08 and lines >= 3, (_letter_height(level) / f) or None)


def apply_rotation(gray: np.ndarray, rotation: int, skew: float, *, fill: int = 255) -> np.ndarray:
    """Rotate clockwise by `rotation` (quarter turns) and then by `skew` degrees."""
    if rotation % 360:
        gray = np.ascontiguousarray(np.rot90(gray, k=-(rotation // 90)))
    if abs(skew) >= 0.15:
        h, w = gray.shape[:2]
        m = cv2.getRotationMatrix2D((w / 2, h / 2), -skew, 1.0)
        gray = cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                              borderValue=fill)  # fmt: skip
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
    return np.array([pts[np.argmin(s)], pts[np.argmin(d)], pts[np.argmax(s)], pts[np.argmax(d)]], np.float32)


def warp_page(gray: np.ndarray, corners: np.ndarray) -> np.ndarray:
    tl, tr, br, bl = corners
    w = int(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    h = int(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    dst = np.float32([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]])
    m = cv2.getPerspectiveTransform(corners, dst)
    return cv2.warpPerspective(gray, m, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)


def background_range(gray: np.ndarray) -> float:
    """How uneven the paper's brightness is (grey levels between its darker and lighter parts)."""
    small, _ = _small(gray, 300)
    bg = cv2.dilate(small, np.ones((7, 7), np.uint8))
    return float(np.percentile(bg, 95) - np.percentile(bg, 5))


def flatten_illumination(gray: np.ndarray) -> np.ndarray:
    """Divide out shadows and uneven lighting: the page's background estimated by a closing."""
    small, f = _small(gray, 600)
    k = max(9, int(min(small.shape) / 30) | 1)
    bg = cv2.morphologyEx(small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
    bg = cv2.GaussianBlur(bg, (0, 0), k / 2)
    bg = cv2.resize(bg, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)
    out = cv2.divide(gray, np.maximum(bg, 1), scale=255)
    return out


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
