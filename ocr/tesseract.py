"""The one wrapper around the Tesseract engine: a subprocess with a required timeout.

Images go in as an uncompressed TIFF in a private temp folder (Tesseract reads stdin byte by byte,
which measured ~25 % slower); words come back as TSV on stdout. OMP_THREAD_LIMIT=1: Tesseract's own threads make it ~2.5x slower on two cores, so
parallelism comes from processing pages in separate worker processes instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass

import cv2
import numpy as np

from ocr.errors import OcrEngineError, OcrEngineMissingError, OcrTimeoutError


@dataclass(frozen=True, slots=True)
class EngineConfig:
    """How to call Tesseract. Frozen and picklable so worker processes get their own copy."""

    command: str = "tesseract"
    languages: str = "nld+eng"
    timeout: float = 120.0  # seconds per call: a hard per-page limit
    oem: int = 1  # LSTM only
    invert: bool = False  # Tesseract's retry of low-confidence lines as white-on-black text


@dataclass(frozen=True, slots=True)
class TessWord:
    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float  # 0..100
    block: int
    par: int
    line: int


_TMP_DIR = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None


def _write_image(image: np.ndarray, directory: str) -> str:
    """An uncompressed TIFF in memory-backed temp space: Tesseract reads a file much faster than
    a pipe, and skipping compression saves the PNG encoder's time."""
    path = os.path.join(directory, "page.tif")
    if not cv2.imwrite(path, image, [cv2.IMWRITE_TIFF_COMPRESSION, 1]):
        raise OcrEngineError("could not write the page image for the OCR engine")
    return path


def run(
    image: np.ndarray,
    cfg: EngineConfig,
    *,
    psm: int = 3,
    dpi: int | None = None,
    whitelist: str | None = None,
    extra: tuple[str, ...] = (),
) -> list[TessWord]:
    """OCR a grayscale or BGR image; returns the recognised words in Tesseract's reading order."""
    exe = shutil.which(cfg.command)
    if exe is None:
        raise OcrEngineMissingError(
            f"the OCR engine '{cfg.command}' is not installed; install tesseract-ocr "
            "(make deps does this) or set the engine command"
        )
    with tempfile.TemporaryDirectory(prefix="scanstraat-ocr-", dir=_TMP_DIR) as tmp:
        return _run(
            exe, _write_image(image, tmp), cfg, psm=psm, dpi=dpi, whitelist=whitelist, extra=extra
        )


def _run(
    exe: str,
    path: str,
    cfg: EngineConfig,
    *,
    psm: int,
    dpi: int | None,
    whitelist: str | None,
    extra: tuple[str, ...],
) -> list[TessWord]:
    args = [exe, path, "stdout", "-l", cfg.languages, "--oem", str(cfg.oem), "--psm", str(psm)]
    if dpi:
        args += ["--dpi", str(int(dpi))]
    if not cfg.invert:
        args += ["-c", "tessedit_do_invert=0"]
    if whitelist is not None:
        args += ["-c", f"tessedit_char_whitelist={whitelist}"]
    for item in extra:
        args += ["-c", item]
    args.append("tsv")
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        proc = subprocess.run(args, capture_output=True, timeout=cfg.timeout, env=env, check=False)
    except subprocess.TimeoutExpired as e:
        raise OcrTimeoutError(f"the OCR engine took longer than {cfg.timeout:g} s on a page") from e
    except OSError as e:
        raise OcrEngineError(f"the OCR engine could not be started: {e}") from e
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = err[-1] if err else f"exit code {proc.returncode}"
        raise OcrEngineError(f"the OCR engine failed: {reason}")
    return parse_tsv(proc.stdout.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> list[TessWord]:
    lines = tsv.splitlines()
    if not lines or not lines[0].startswith("level"):
        raise OcrEngineError("the OCR engine gave no TSV output")
    words = []
    for row in lines[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip()
        if not text:
            continue
        words.append(
            TessWord(
                text,
                int(cols[6]),
                int(cols[7]),
                int(cols[8]),
                int(cols[9]),
                max(0.0, float(cols[10])),
                int(cols[2]),
                int(cols[3]),
                int(cols[4]),
            )
        )
    return words


def version(cfg: EngineConfig) -> str:
    exe = shutil.which(cfg.command)
    if exe is None:
        raise OcrEngineMissingError(f"the OCR engine '{cfg.command}' is not installed")
    out = subprocess.run([exe, "--version"], capture_output=True, timeout=30, check=False)
    return (out.stdout or out.stderr).decode().splitlines()[0]
