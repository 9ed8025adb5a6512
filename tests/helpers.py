"""Shared test helpers: hand-made page layouts (runs of words placed like a digital PDF's), the
command line run as a subprocess, and reading the truth of synthetic documents."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ocr.types import Layout, Page, Source, Word

if TYPE_CHECKING:
    from synth.canvas import Box, RenderedDocument


def rows_layout(rows: list[list[tuple[float, str]]], filename: str = "test.pdf") -> Layout:
    """Lines of (x, text) runs, one line every 0.02 of the page from y = 0.05; the words of a
    run are placed one after another."""
    words = []
    for n, row in enumerate(rows):
        y = 0.05 + n * 0.02
        for x, text in row:
            for part in text.split(" "):
                width = 0.0075 * len(part)
                words.append(Word(part, (x, y, x + width, y + 0.009), 1.0, n))
                x += width + 0.006
    page = Page(1, 595, 842, 0, False, tuple(words))
    return Layout(Source(filename, "0" * 64, "application/pdf", 1), (page,))


def right_aligned(x_right: float, text: str) -> tuple[float, str]:
    """A run that ends at `x_right` (amounts are printed right-aligned)."""
    return (x_right - 0.0075 * len(text.replace(" ", "")) - 0.006 * text.count(" "), text)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`scanstraat ARGS...` in a fresh interpreter, output captured."""
    return subprocess.run(
        [sys.executable, "-m", "intake.cli", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def doc_lines(doc: RenderedDocument, page: int = 1) -> list[tuple[str, Box]]:
    """The truth lines of a rendered document's page: each line's text and the box around its
    words."""
    out = []
    for line in doc.pages[page - 1].lines:
        box = (
            min(w.box[0] for w in line.words),
            min(w.box[1] for w in line.words),
            max(w.box[2] for w in line.words),
            max(w.box[3] for w in line.words),
        )
        out.append((" ".join(w.text for w in line.words), box))
    return out


def variants_seen(variants: Iterable[dict[str, Any]]) -> dict[str, set[Any]]:
    """Every value each variant key took over the documents."""
    seen: dict[str, set[Any]] = {}
    for found in variants:
        for key, value in found.items():
            seen.setdefault(key, set()).add(value)
    return seen
