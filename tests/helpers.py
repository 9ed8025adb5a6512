"""Shared test helpers: hand-made page layouts (runs of words placed like a digital PDF's) and
the command line run as a subprocess."""

from __future__ import annotations

import subprocess
import sys

from ocr.types import Layout, Page, Source, Word


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
