"""Payslip extraction, document splitting and the `extract` command on generated documents."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from extraction.base import Context
from extraction.payslip import extract_payslip
from extraction.pipeline import extract_bytes
from ocr import read_layout
from ocr.types import Layout, Page, Source, Word
from synth.generate import plan, render_spec

FIX = Path(__file__).parent / "fixtures"


def _payslips(seed: int, n: int) -> list[tuple[bytes, dict]]:
    out = []
    for spec in plan(seed, n, types=["payslip"], layouts="dev", difficulties=["clean"]):
        doc, truth = render_spec(spec)
        out.append((doc.pdf, truth))
    return out


def test_digital_payslips_every_field_exact() -> None:
    wrong = []
    for pdf, truth in _payslips(4, 16):
        ex = extract_payslip(Context(read_layout(pdf, "p.pdf")))
        for name, t in truth["fields"].items():
            got = ex.fields[name].value if ex.fields.get(name) else None
            if got != t["value"]:
                wrong.append((truth["layout"], name, t["value"], got))
    assert not wrong, wrong[:5]


def test_evidence_boxes_cover_the_printed_value() -> None:
    pdf, truth = _payslips(6, 1)[0]
    ex = extract_payslip(Context(read_layout(pdf, "p.pdf")))
    for name in ("net_pay", "employee_bsn", "gross_pay"):
        c, t = ex.fields[name], truth["fields"][name]
        assert c is not None and c.page == t["page"]
        cx, cy = (c.bbox[0] + c.bbox[2]) / 2, (c.bbox[1] + c.bbox[3]) / 2
        assert (
            t["bbox"][0] - 0.01 <= cx <= t["bbox"][2] + 0.01
            and t["bbox"][1] - 0.01 <= cy <= t["bbox"][3] + 0.01
        )


def _merge(pdfs: list[bytes]) -> bytes:
    out = pdfium.PdfDocument.new()
    for data in pdfs:
        src = pdfium.PdfDocument(data)
        out.import_pages(src)
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


def test_a_pdf_of_three_payslips_gives_three_results() -> None:
    slips = _payslips(8, 3)
    results = extract_bytes(_merge([p for p, _ in slips]), "drie-loonstroken.pdf")
    assert [r.document_type for r in results] == ["payslip"] * 3
    assert [r.source["part"] for r in results] == [1, 2, 3]
    assert [r.source["page_range"] for r in results] == [[1, 1], [2, 2], [3, 3]]
    for r, (_, truth) in zip(results, slips, strict=True):
        assert r.fields["net_pay"].value == truth["fields"]["net_pay"]["value"]


def test_result_json_follows_the_contract() -> None:
    r = extract_bytes((FIX / "payslip_digital.pdf").read_bytes(), "loonstrook.pdf")[0]
    d = r.to_dict()
    assert d["schema"] == "scanstraat.document/v1" and d["document_type"] == "payslip"
    assert set(d) >= {
        "source",
        "type_confidence",
        "fields",
        "transactions",
        "checks",
        "needs_review",
        "review_reasons",
    }
    for f in d["fields"].values():
        assert f["status"] in {"accepted", "review", "missing"} and 0 <= f["confidence"] <= 1
        if f["status"] == "missing":
            assert f["value"] is None
    codes = {c["code"] for c in d["checks"]}
    assert {"payslip.net_not_above_gross", "payslip.required_fields"} <= codes
    assert d["needs_review"] == bool(d["review_reasons"])


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "intake.cli", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def test_extract_cli_single_and_jsonl_with_a_bad_file(tmp_path: Path) -> None:
    proc = run("extract", str(FIX / "payslip_digital.pdf"))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["document_type"] == "payslip"
    (tmp_path / "goed.pdf").write_bytes((FIX / "payslip_digital.pdf").read_bytes())
    (tmp_path / "kapot.pdf").write_bytes(b"%PDF-1.4 kapot")
    proc = run("extract", str(tmp_path), "--jsonl", "--workers", "1")
    assert proc.returncode == 2
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(lines) == 2
    errors = [line for line in lines if "error" in line]
    assert len(errors) == 1 and errors[0]["source"]["filename"] == "kapot.pdf"
    assert "kapot.pdf" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("name", ["payslip_scan.jpg"])
def test_scanned_payslip_reads_key_fields(name: str) -> None:
    r = extract_bytes((FIX / name).read_bytes(), name)[0]
    expected = json.loads((FIX / "expected.json").read_text())["payslip_words"]
    assert r.document_type == "payslip"
    assert r.fields["employee_bsn"].value == expected[1]


def _layout(lines: list[str]) -> Layout:
    """A one-page layout with one text line per entry, words 1.5 % apart."""
    words = []
    for i, text in enumerate(lines):
        x = 0.08
        for t in text.split():
            w = 0.012 * len(t)
            words.append(Word(t, (x, 0.05 + i * 0.03, x + w, 0.065 + i * 0.03), 1.0, i))
            x += w + 0.015
    return Layout(
        Source("x.pdf", "0" * 64, "application/pdf", 1),
        (Page(1, 595, 842, 0, False, tuple(words)),),
    )


def test_unlabelled_addressee_and_numeric_month() -> None:
    layout = _layout([
        "Bakkerij de Gouden Korst B.V.",
        "Salarisspecificatie",
        "Mevr. A. de Vries",
        "Dorpsstraat 12a",
        "1234 AB Utrecht",
        "Periode 03-2026",
        "Brutoloon 2.000,00",
        "Loonheffing 150,00",
        "Netto uitbetaling 1.700,00",
    ])  # fmt: skip
    ex = extract_payslip(Context(layout))
    assert ex.fields["employer_name"].value == "Bakkerij de Gouden Korst B.V."
    assert ex.fields["employee_name"].value == "A. de Vries"
    assert ex.fields["employee_name"].label_score == 0.0  # found by position: scored lower
    assert (ex.fields["pay_period_start"].value, ex.fields["pay_period_end"].value) == (
        "2026-03-01",
        "2026-03-31",
    )
    assert ex.fields["net_pay"].value == "1700.00" and ex.fields["wage_tax"].value == "150.00"
