"""One exception hierarchy for everything that can go wrong turning bytes into a layout.

Each error has a stable `code` and a message that tells the user the remedy. The CLI and the
HTTP API convert these to exit code 2 / HTTP 4xx (or 5xx for engine faults) in one place each.
"""

from __future__ import annotations


class OcrError(Exception):
    """Base class. `code` is stable; `str(err)` is a one-line reason for people."""

    code = "ocr.error"
    user_error = True  # the input is at fault (4xx); False: our side is at fault (5xx)

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))


class UnsupportedFileError(OcrError):
    code = "input.unsupported_type"


class EmptyFileError(OcrError):
    code = "input.empty"


class CorruptFileError(OcrError):
    code = "input.corrupt"


class EncryptedFileError(OcrError):
    code = "input.password_protected"


class TooManyPagesError(OcrError):
    code = "input.too_many_pages"


class TooManyPixelsError(OcrError):
    code = "input.too_many_pixels"


class OcrEngineError(OcrError):
    """Tesseract is missing, crashed or gave unusable output."""

    code = "engine.failed"
    user_error = False


class OcrEngineMissingError(OcrEngineError):
    code = "engine.missing"


class OcrTimeoutError(OcrEngineError):
    code = "engine.timeout"
