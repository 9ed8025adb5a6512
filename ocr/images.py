"""Image input: PNG, JPEG (EXIF orientation honoured), TIFF (multi-page), HEIC, WebP, BMP, GIF.

Pixel and page caps are checked from the headers, before any pixels are decoded, so a
decompression bomb is refused cheaply.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from ocr.errors import CorruptFileError, TooManyPagesError, TooManyPixelsError


@dataclass(frozen=True, slots=True)
class PageImage:
    image: np.ndarray  # grayscale uint8
    dpi: float | None  # from the file's metadata, when present and plausible


def _dpi(im: Image.Image) -> float | None:
    dpi = im.info.get("dpi")
    if not dpi:
        return None
    try:
        value = float(dpi[0])
    except (TypeError, ValueError, IndexError):
        return None
    return value if 50 <= value <= 1200 and abs(value - 72) > 0.5 else None  # 72 means "unknown"


def _open(data: bytes, media_type: str, filename: str) -> Image.Image:
    if media_type == "image/heic":
        import pillow_heif

        try:
            heif = pillow_heif.open_heif(io.BytesIO(data))
            return heif.to_pillow()
        except (ValueError, RuntimeError) as e:
            raise CorruptFileError(f"{filename}: the HEIC photo cannot be read ({e})") from e
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # our own cap applies
            return Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as e:
        raise TooManyPixelsError(
            f"{filename}: the image is far larger than the pixel limit ({e})"
        ) from e
    except (UnidentifiedImageError, OSError) as e:
        raise CorruptFileError(f"{filename}: the image is damaged or not an image ({e})") from e


def load_images(
    data: bytes, media_type: str, filename: str, *, max_pages: int, max_pixels: int
) -> list[PageImage]:
    """Decode every page of an image file to grayscale, upright per its EXIF orientation."""
    im = _open(data, media_type, filename)
    n = getattr(im, "n_frames", 1)
    if n > max_pages:
        raise TooManyPagesError(f"{filename}: {n} pages is more than the limit of {max_pages}")
    pages = []
    if n == 1 and media_type in {"image/png", "image/jpeg"}:
        w, h = im.size
        if w * h > max_pixels:
            raise TooManyPixelsError(
                f"{filename}: an image of {w}x{h} pixels is larger than the limit of {max_pixels / 1e6:.0f} megapixels"
            )
        # OpenCV decodes faster than Pillow and applies the EXIF orientation itself
        gray = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_GRAYSCALE)
        if gray is None:
            raise CorruptFileError(f"{filename}: the image is damaged or truncated")
        return [PageImage(gray, _dpi(im))]
    try:
        for frame in ImageSequence.Iterator(im):
            w, h = frame.size
            if w * h > max_pixels:
                raise TooManyPixelsError(
                    f"{filename}: an image of {w}x{h} pixels is larger than the limit of "
                    f"{max_pixels / 1e6:.0f} megapixels"
                )
            dpi = _dpi(frame)
            upright = ImageOps.exif_transpose(frame) if media_type == "image/jpeg" else frame
            gray = upright.convert("L")
            pages.append(PageImage(np.asarray(gray).copy(), dpi))
    except (OSError, SyntaxError, ValueError) as e:
        raise CorruptFileError(f"{filename}: the image is damaged or truncated ({e})") from e
    if not pages:
        raise CorruptFileError(f"{filename}: the image has no pages")
    return pages
