"""Bytes in, page layout out: PDF text layers, rendering, OpenCV preparation and Tesseract.

Pure library: no database, no network, no global settings. See `read_layout`.
"""

from ocr.errors import (
    CorruptFileError,
    EmptyFileError,
    EncryptedFileError,
    OcrEngineError,
    OcrEngineMissingError,
    OcrError,
    OcrTimeoutError,
    TooManyPagesError,
    TooManyPixelsError,
    UnsupportedFileError,
)
from ocr.pdf import LazyPageImage
from ocr.pipeline import (
    OcrOptions,
    ocr_image,
    ocr_region,
    ocr_regions,
    read_crops,
    read_layout,
    read_layout_with_images,
    render_page,
    text_page_image,
)
from ocr.tesseract import EngineConfig
from ocr.types import Layout, Page, Source, Word

__all__ = [
    "CorruptFileError",
    "EmptyFileError",
    "EncryptedFileError",
    "EngineConfig",
    "Layout",
    "LazyPageImage",
    "OcrEngineError",
    "OcrEngineMissingError",
    "OcrError",
    "OcrOptions",
    "OcrTimeoutError",
    "Page",
    "Source",
    "TooManyPagesError",
    "TooManyPixelsError",
    "UnsupportedFileError",
    "Word",
    "ocr_image",
    "ocr_region",
    "ocr_regions",
    "read_crops",
    "read_layout",
    "read_layout_with_images",
    "render_page",
    "text_page_image",
]
