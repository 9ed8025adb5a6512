"""Fault injection: a Tesseract that is missing, crashes, hangs or prints nonsense."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ocr import (
    EngineConfig,
    OcrEngineError,
    OcrEngineMissingError,
    OcrOptions,
    OcrTimeoutError,
    read_layout,
)

FIX = Path(__file__).parent / "fixtures"
SCAN = (FIX / "payslip_scan.jpg").read_bytes()


def _fake_engine(tmp_path: Path, body: str) -> str:
    exe = tmp_path / "fake-tesseract"
    exe.write_text(f"#!/bin/sh\n{body}\n")
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)
    return str(exe)


def _options(command: str, timeout: float = 30) -> OcrOptions:
    return OcrOptions(engine=EngineConfig(command=command, timeout=timeout))


def test_engine_missing(tmp_path: Path) -> None:
    with pytest.raises(OcrEngineMissingError, match="not installed"):
        read_layout(SCAN, "scan.jpg", _options(str(tmp_path / "no-such-tesseract")))


def test_engine_crash(tmp_path: Path) -> None:
    cmd = _fake_engine(
        tmp_path, "cat >/dev/null; echo 'Segmentation fault (core dumped)' >&2; exit 139"
    )
    with pytest.raises(OcrEngineError, match="Segmentation fault"):
        read_layout(SCAN, "scan.jpg", _options(cmd))


def test_engine_timeout_is_hard(tmp_path: Path) -> None:
    cmd = _fake_engine(tmp_path, "cat >/dev/null; sleep 30")
    with pytest.raises(OcrTimeoutError, match="longer than 1 s"):
        read_layout(SCAN, "scan.jpg", _options(cmd, timeout=1))


def test_engine_garbage_output(tmp_path: Path) -> None:
    cmd = _fake_engine(tmp_path, "cat >/dev/null; echo 'not a tsv'")
    with pytest.raises(OcrEngineError, match="no TSV"):
        read_layout(SCAN, "scan.jpg", _options(cmd))


def test_text_layer_pdf_needs_no_engine(tmp_path: Path) -> None:
    data = (FIX / "payslip_digital.pdf").read_bytes()
    layout = read_layout(data, "p.pdf", _options(str(tmp_path / "no-such-tesseract")))
    assert layout.pages[0].words


def test_cli_engine_crash_is_one_line(tmp_path: Path) -> None:
    """The default engine command is found on PATH; here PATH holds only a crashing one."""
    (tmp_path / "tesseract").symlink_to(_fake_engine(tmp_path, "exit 3"))
    code = f"import sys; from intake import cli; sys.exit(cli.main(['ocr', {str(FIX / 'payslip_scan.jpg')!r}]))"
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PATH": str(tmp_path)},
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert "OCR engine failed" in proc.stderr
