"""Scan and phone-photo simulation on rendered page images (RGB uint8 arrays at 300 DPI).

Each function returns the degraded image and a dict describing exactly what was done, which is
stored with the truth so a benchmark can split results by cause (rotation, skew, lighting, ...).
"""

from __future__ import annotations

import random
from typing import Any

import cv2
import numpy as np

RENDER_DPI = 300

# Fixed noise parameters per difficulty (the benchmark depends on these staying put).
LEVELS: dict[str, dict[str, Any]] = {
    "scan": {
        "dpi": (200, 300),
        "skew": 1.5,
        "blur": (0.0, 0.6),
        "noise": (2.0, 6.0),
        "jpeg": (75, 92),
        "lighting": (0.92, 1.0),
        "stamp": 0.1,
        "quarter_turn": 0.15,
        "no_dpi": 0.1,
        "specks": 0.0,
    },
    "hard": {
        "dpi": (150, 300),
        "skew": 3.0,
        "blur": (0.4, 1.0),
        "noise": (5.0, 11.0),
        "jpeg": (55, 80),
        "lighting": (0.72, 0.95),
        "stamp": 0.35,
        "quarter_turn": 0.25,
        "no_dpi": 0.3,
        "specks": 0.0006,
    },
}

STAMP_TEXTS = ["ONTVANGEN", "KOPIE", "GEZIEN", "INGEKOMEN", "BEHANDELD"]


def _stamp(img: np.ndarray, rng: random.Random) -> str:
    h, w = img.shape[:2]
    text = rng.choice(STAMP_TEXTS)
    color = rng.choice([(200, 30, 30), (30, 60, 190), (120, 30, 150)])
    layer = np.zeros_like(img)
    scale = w / 900
    (tw, th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_DUPLEX, scale, 3)
    # stamps land in the top or bottom margin, where they overlap little of the text
    x = rng.randint(int(w * 0.45), max(int(w * 0.45) + 1, w - tw - int(w * 0.06)))
    y = rng.choice(
        [rng.randint(int(h * 0.03), int(h * 0.07)), rng.randint(int(h * 0.93), int(h * 0.97))]
    )
    pad = int(th * 0.6)
    cv2.rectangle(
        layer, (x - pad, y - th - pad), (x + tw + pad, y + pad), color, max(2, int(scale * 3))
    )
    cv2.putText(
        layer, text, (x, y), cv2.FONT_HERSHEY_DUPLEX, scale, color, max(2, int(scale * 2.5))
    )
    angle = rng.uniform(-12, 12)
    m = cv2.getRotationMatrix2D((x + tw / 2, y - th / 2), angle, 1.0)
    layer = cv2.warpAffine(layer, m, (w, h))
    mask = layer.any(axis=2)
    alpha = rng.uniform(0.55, 0.8)
    img[mask] = (img[mask] * (1 - alpha) + layer[mask] * alpha).astype(np.uint8)
    return text


def _lighting(img: np.ndarray, lo: float, rng: random.Random) -> np.ndarray:
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(-0.3, 1.3) * w, rng.uniform(-0.3, 1.3) * h
    d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2)
    d /= d.max()
    gain = 1.0 - (1.0 - lo) * d
    return np.clip(img.astype(np.float32) * gain[..., None], 0, 255).astype(np.uint8)


def _rotate(img: np.ndarray, angle: float, border: tuple[int, int, int]) -> np.ndarray:
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)


def _jpeg(img: np.ndarray, quality: int) -> np.ndarray:
    ok, enc = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return cv2.imdecode(enc, cv2.IMREAD_UNCHANGED)


def scan(
    img: np.ndarray, rng: random.Random, level: str, *, allow_quarter_turn: bool = True
) -> tuple[np.ndarray, dict[str, Any]]:
    """Simulate a flatbed or sheet-feed scan of a 300-DPI page render."""
    p = LEVELS[level]
    meta: dict[str, Any] = {"kind": "scan", "level": level}
    out = img.copy()
    if rng.random() < p["stamp"]:
        meta["stamp"] = _stamp(out, rng)
    lo = rng.uniform(*p["lighting"])
    if lo < 0.995:
        out = _lighting(out, lo, rng)
    meta["lighting_min"] = round(lo, 3)
    skew = rng.uniform(-p["skew"], p["skew"])
    paper = (int(rng.uniform(235, 255)),) * 3
    out = _rotate(out, skew, paper)
    meta["skew_deg"] = round(skew, 3)
    dpi = rng.choice(range(p["dpi"][0], p["dpi"][1] + 1, 50))
    if dpi != RENDER_DPI:
        f = dpi / RENDER_DPI
        out = cv2.resize(out, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
    meta["dpi"] = dpi
    sigma = rng.uniform(*p["blur"])
    if sigma > 0.05:
        out = cv2.GaussianBlur(out, (0, 0), sigma)
    meta["blur_sigma"] = round(sigma, 3)
    noise = rng.uniform(*p["noise"])
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    out = np.clip(
        out.astype(np.float32) + nrng.normal(0, noise, out.shape[:2])[..., None], 0, 255
    ).astype(np.uint8)
    if p["specks"]:
        mask = nrng.random(out.shape[:2]) < p["specks"]
        out[mask] = 20
    meta["noise_sigma"] = round(noise, 2)
    q = rng.randint(*p["jpeg"])
    out = _jpeg(out, q)
    meta["jpeg_quality"] = q
    turns = 0
    if allow_quarter_turn and rng.random() < p["quarter_turn"]:
        turns = rng.choice([1, 2, 3])
        out = np.ascontiguousarray(np.rot90(out, k=-turns))  # clockwise
    meta["quarter_turns_cw"] = turns
    meta["expected_rotation"] = (360 - 90 * turns) % 360
    meta["dpi_in_file"] = rng.random() >= p["no_dpi"]
    return out, meta


def photo(img: np.ndarray, rng: random.Random) -> tuple[np.ndarray, dict[str, Any]]:
    """Simulate a phone photo of a page lying on a table: perspective, shadow, JPEG."""
    h, w = img.shape[:2]
    fw, fh = 3024, 4032
    bg_color = np.array(
        [rng.randint(60, 140), rng.randint(50, 120), rng.randint(30, 100)], np.float32
    )
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    frame = np.clip(bg_color + nrng.normal(0, 12, (fh, fw, 1)), 0, 255).astype(np.uint8)
    scale = rng.uniform(0.78, 0.9) * min(fw / w, fh / h)
    pw, ph = w * scale, h * scale
    ox, oy = (fw - pw) / 2, (fh - ph) / 2
    j = 0.05 * pw
    dst = np.float32(
        [
            [ox + rng.uniform(-j, j), oy + rng.uniform(-j, j)],
            [ox + pw + rng.uniform(-j, j), oy + rng.uniform(-j, j)],
            [ox + pw + rng.uniform(-j, j), oy + ph + rng.uniform(-j, j)],
            [ox + rng.uniform(-j, j), oy + ph + rng.uniform(-j, j)],
        ]
    )
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(img, m, (fw, fh), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), m, (fw, fh))
    frame[mask > 0] = warped[mask > 0]
    # a soft shadow across one side (the phone and the hand above the page)
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    proj = (xx * np.cos(ang) + yy * np.sin(ang)) / (fw + fh)
    proj = (proj - proj.min()) / (proj.max() - proj.min())
    depth = rng.uniform(0.2, 0.45)
    gain = 1.0 - depth * np.clip((proj - 0.55) * 3, 0, 1)
    frame = np.clip(frame.astype(np.float32) * gain[..., None], 0, 255).astype(np.uint8)
    frame = cv2.GaussianBlur(frame, (0, 0), rng.uniform(0.6, 1.2))
    q = rng.randint(72, 90)
    frame = _jpeg(frame, q)
    return frame, {
        "kind": "photo",
        "corners": dst.round(1).tolist(),
        "shadow_depth": round(depth, 3),
        "jpeg_quality": q,
        "expected_rotation": 0,
        "quarter_turns_cw": 0,
    }
