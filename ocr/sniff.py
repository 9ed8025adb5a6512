"""Recognise a file's real type from its first bytes, never from its name."""

from __future__ import annotations

_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"heim", b"heis", b"hevm", b"hevs", b"mif1", b"msf1"}


def sniff(data: bytes) -> str | None:
    """The media type of `data`, or None when it is not a document type we read."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "application/pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "image/tiff"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "image/heic"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"BM"):
        return "image/bmp"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    return None


def describe(data: bytes) -> str:
    """A short human description of an unsupported file, for the error message."""
    head = data[:512].lstrip()
    if head.startswith(b"PK\x03\x04"):
        return "a ZIP or Office file"
    if head.startswith(b"<?xml") or head.startswith(b"<"):
        return "an XML or HTML file"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return "an unknown binary file"
    return "a text file"
