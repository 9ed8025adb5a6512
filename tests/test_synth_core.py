"""The generator's foundations: valid identifiers, determinism, truth that matches the PDF."""

from __future__ import annotations

import itertools
import json
import random
from decimal import Decimal
from pathlib import Path

import pytest
from schwifty import IBAN
from stdnum.nl import bsn, postcode

from extraction.schema import DOCUMENT_TYPES, FIELDS
from ocr import read_layout
from synth.generate import generate, plan, render_spec
from synth.layouts import REGISTRY, layouts_for
from synth.people import make_application, make_bsn, make_iban, make_statements


def test_identifiers_pass_their_checks() -> None:
    rng = random.Random(1)
    for _ in range(200):
        assert bsn.is_valid(make_bsn(rng))
        assert IBAN(make_iban(rng, "INGB")).bank_code == "INGB"
    for seed in range(30):
        app = make_application(seed)
        assert bsn.is_valid(app.applicant.bsn)
        IBAN(app.account.iban)  # raises when invalid
        assert postcode.is_valid(app.address.postcode)
        assert app.phone.startswith("+316") and len(app.phone) == 12


def test_statements_chain_and_add_up() -> None:
    for seed in range(10):
        app = make_application(seed)
        statements = make_statements(app, app.account)
        assert len(statements) == 3
        for a, b in itertools.pairwise(statements):
            assert a.closing_balance == b.opening_balance
        for s in statements:
            total = sum((t.amount for t in s.transactions), Decimal("0"))
            assert s.opening_balance + total == s.closing_balance
            assert all(s.period_start <= t.booking_date <= s.period_end for t in s.transactions)


def test_every_type_has_six_layouts_two_held_out() -> None:
    for doc_type in DOCUMENT_TYPES:
        assert len(REGISTRY[doc_type]) >= 6, doc_type
        assert len(layouts_for(doc_type, "holdout")) >= 2
        assert len(layouts_for(doc_type, "dev")) >= 4


def test_plan_and_render_are_deterministic() -> None:
    a = plan(3, 10)
    assert a == plan(3, 10)
    assert [s.doc_type for s in a[:5]] == list(DOCUMENT_TYPES)
    doc1, truth1 = render_spec(a[0])
    doc2, truth2 = render_spec(a[0])
    assert doc1.pdf == doc2.pdf and truth1 == truth2


@pytest.mark.parametrize("doc_type", DOCUMENT_TYPES)
def test_truth_words_match_the_pdf_text_layer(doc_type: str) -> None:
    """What the generator says it printed is what a PDF reader finds, at the same place."""
    for spec in plan(21, 10, types=[doc_type])[:3]:
        doc, truth = render_spec(spec)
        layout = read_layout(doc.pdf, f"{spec.id}.pdf")
        assert len(layout.pages) == len(truth["pages"])
        for page, tpage in zip(layout.pages, truth["pages"], strict=True):
            words = [w for line in tpage["lines"] for w in line["words"] if "█" not in w["text"]]
            found = {w.text for w in page.words}
            missing = [w["text"] for w in words if w["text"] not in found]
            assert len(missing) <= max(2, len(words) // 50), f"{spec.layout.name}: {missing[:10]}"
            by_text: dict[str, list[tuple[float, ...]]] = {}
            for w in page.words:
                by_text.setdefault(w.text, []).append(w.bbox)
            for w in words[:40]:
                boxes = by_text.get(w["text"], [])
                if boxes:  # the truth box lies close to one of the PDF's boxes for that word
                    assert (
                        min(abs(b[0] - w["bbox"][0]) + abs(b[1] - w["bbox"][1]) for b in boxes)
                        < 0.02
                    )


def test_field_truth_has_every_contract_field() -> None:
    for spec in plan(8, 10):
        _, truth = render_spec(spec)
        assert set(truth["fields"]) == set(FIELDS[spec.doc_type])


def test_generate_writes_files_and_degradation_metadata(tmp_path: Path) -> None:
    lines = list(
        generate(
            tmp_path,
            seed=2,
            count=6,
            types=["payslip", "other"],
            difficulties=["scan", "hard"],
            formats=["png", "jpeg", "tiff", "scan-pdf", "photo"],
        )
    )
    assert len(lines) == 6
    for line in lines:
        truth = json.loads((tmp_path / line["truth"]).read_text())
        for f in line["files"]:
            assert (tmp_path / f).stat().st_size > 1000
        for page in truth["pages"]:
            deg = page["degradation"]
            assert deg["kind"] in {"scan", "photo"}
            assert deg["expected_rotation"] in {0, 90, 180, 270}


def test_written_files_are_byte_identical_for_the_same_seed(tmp_path: Path) -> None:
    kwargs = {"seed": 12, "count": 5, "types": ["payslip"], "difficulties": ["scan", "hard"]}
    a = list(generate(tmp_path / "a", **kwargs))
    b = list(generate(tmp_path / "b", **kwargs))
    assert a == b
    for line in a:
        for name in [*line["files"], line["truth"]]:
            assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), (
                name
            )


def test_plan_puts_every_layout_at_every_difficulty() -> None:
    # a layout seen at one difficulty only would confound the two in calibration
    for which, count in (("dev", 300), ("holdout", 300)):
        pairs = {(s.layout.name, s.difficulty) for s in plan(52_000, count, layouts=which)}
        names = {name for name, _ in pairs}
        assert len(pairs) == 3 * len(names), which
