"""The `scanstraat` command line: output shapes and one-line errors with exit code 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run_cli

FIX = Path(__file__).parent / "fixtures"


def test_ocr_text_and_json() -> None:
    proc = run_cli("ocr", str(FIX / "payslip_digital.pdf"))
    assert proc.returncode == 0, proc.stderr
    assert "page 1: text layer" in proc.stdout and "LOONSTROOK" in proc.stdout
    proc = run_cli("ocr", "--json", str(FIX / "payslip_rot90.jpg"))
    assert proc.returncode == 0, proc.stderr
    layout = json.loads(proc.stdout)
    assert layout["schema"] == "scanstraat.layout/v1"
    assert layout["pages"][0]["rotation"] == 270 and layout["pages"][0]["ocr"] is True


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.pdf", b"", "empty"),
        ("notes.pdf", b"just some text, named .pdf", "not a supported document"),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj <<", "damaged"),
        ("scan.png", b"\x89PNG\r\n\x1a\nbroken", "damaged"),
    ],
)
def test_bad_files_give_one_line_and_exit_2(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    proc = run_cli("ocr", str(path))
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and name in proc.stderr and reason in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    ("fixture", "reason"),
    [("password_user.pdf", "password"), ("bomb.png", "pixel limit")],
)
def test_refused_fixtures(fixture: str, reason: str) -> None:
    proc = run_cli("ocr", str(FIX / fixture))
    assert proc.returncode == 2 and reason in proc.stderr and proc.stderr.count("\n") == 1


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert run_cli("ocr", str(tmp_path / "nope.pdf")).returncode == 2
    assert run_cli("ocr", str(tmp_path)).returncode == 2


def test_synth_writes_documents_with_truth(tmp_path: Path) -> None:
    proc = run_cli(
        "synth",
        "--out",
        str(tmp_path),
        "--seed",
        "5",
        "--count",
        "2",
        "--types",
        "payslip",
        "--difficulty",
        "clean",
        "--quiet",
    )
    assert proc.returncode == 0, proc.stderr
    manifest = [json.loads(line) for line in (tmp_path / "manifest.jsonl").read_text().splitlines()]
    assert len(manifest) == 2
    for line in manifest:
        truth = json.loads((tmp_path / line["truth"]).read_text())
        assert truth["document_type"] == "payslip" and (tmp_path / line["files"][0]).exists()
    assert run_cli("synth", "--out", str(tmp_path), "--types", "cv").returncode == 2
