"""The application_form layouts: pages, CONTRACT field marks, checkboxes, signature, determinism."""

from __future__ import annotations

import random
import re
from datetime import date
from typing import Any

import pytest

from synth.canvas import DocCanvas, RenderedDocument
from synth.fmt import money_norm
from synth.layouts import layouts_for
from synth.layouts.base import Layout
from synth.people import MONTHS_NL, Application, make_application

LAYOUTS = layouts_for("application_form")
PARTNER_FIELDS = {"partner_bsn", "partner_first_names", "partner_surname", "partner_date_of_birth"}


def _find_seed(pred: Any) -> int:
    for seed in range(2000):
        if pred(make_application(seed)):
            return seed
    raise AssertionError("no seed found")


SEEDS = {
    "partner": _find_seed(
        lambda a: a.partner is not None and a.partner.prefix and a.signature_date
    ),
    "single": _find_seed(
        lambda a: a.partner is None and a.applicant.prefix and a.children_count > 0
    ),
    "unsigned": _find_seed(lambda a: not a.signed),
    "undated": _find_seed(lambda a: a.signed and a.signature_date is None),
    "single_plain": _find_seed(lambda a: a.partner is None and not a.applicant.prefix),
}


def _render(lay: Layout, seed: int) -> tuple[Application, RenderedDocument]:
    app = make_application(seed)
    c = DocCanvas(title=f"test-{seed}")
    lay.render(c, app, random.Random(seed * 17 + 3))
    return app, c.finish()


def _expected(app: Application) -> dict[str, Any]:
    a, p = app.applicant, app.partner
    exp: dict[str, Any] = {
        "applicant_bsn": a.bsn,
        "applicant_first_names": a.first_names,
        "applicant_surname": a.surname,
        "applicant_date_of_birth": a.date_of_birth.isoformat(),
        "street": app.address.street,
        "house_number": app.address.house_number,
        "postcode": app.address.postcode,
        "city": app.address.city,
        "phone": app.phone,
        "email": app.email,
        "iban": app.account.iban,
        "has_partner": p is not None,
        "children_count": app.children_count,
        "housing_costs": money_norm(app.housing_costs),
        "declared_monthly_income": money_norm(app.declared_monthly_income),
        "declared_savings": money_norm(app.declared_savings),
        "requested_start_date": app.requested_start_date.isoformat(),
        "signature_present": app.signed,
    }
    if p is not None:
        exp |= {
            "partner_bsn": p.bsn,
            "partner_first_names": p.first_names,
            "partner_surname": p.surname,
            "partner_date_of_birth": p.date_of_birth.isoformat(),
        }
    if app.signature_date is not None:
        exp["signature_date"] = app.signature_date.isoformat()
    return exp


def _parse_date(text: str) -> str:
    words = text.lower().split()
    if len(words) == 3 and words[1] in MONTHS_NL:
        return date(int(words[2]), MONTHS_NL.index(words[1]) + 1, int(words[0])).isoformat()
    digits = re.sub(r"\D", "", text)
    assert len(digits) == 8, text
    return date(int(digits[4:]), int(digits[2:4]), int(digits[:2])).isoformat()


def _normalise(name: str, text: str) -> Any:
    """Read the printed evidence back the way an extractor would."""
    if name.endswith("_bsn"):
        return re.sub(r"\D", "", text)
    if name.endswith("date_of_birth") or name in {"requested_start_date", "signature_date"}:
        return _parse_date(text)
    if name in {"housing_costs", "declared_monthly_income", "declared_savings"}:
        body = text.replace("€", "").replace("EUR", "").replace(" ", "").replace(".", "")
        return body.replace(",", ".")
    if name in {"postcode", "iban"}:
        return text.replace(" ", "")
    if name == "phone":
        compact = text.replace(" ", "").replace("-", "")
        return compact if compact.startswith("+31") else "+31" + compact[1:]
    if name == "children_count":
        return int(text)
    if name == "has_partner":
        return {"Ja": True, "Nee": False}[text]
    return " ".join(text.split())


def _words(doc: RenderedDocument, page: int) -> list[tuple[str, tuple[float, float, float, float]]]:
    return [(w.text, w.box) for line in doc.pages[page - 1].lines for w in line.words]


def test_registry_has_six_layouts_last_two_holdout() -> None:
    assert len(LAYOUTS) == 6
    assert [lay.holdout for lay in LAYOUTS] == [False, False, False, False, True, True]
    assert len({lay.name for lay in LAYOUTS}) == 6
    assert all(lay.name.startswith("application_form.") for lay in LAYOUTS)


@pytest.mark.parametrize("case", sorted(SEEDS))
@pytest.mark.parametrize("lay", LAYOUTS, ids=lambda lay: lay.name)
def test_layout_marks_every_field_iff_printed(lay: Layout, case: str) -> None:
    app, doc = _render(lay, SEEDS[case])
    assert 2 <= len(doc.pages) <= 4

    expected = _expected(app)
    assert set(doc.fields) == set(expected), set(doc.fields) ^ set(expected)
    if app.partner is None:
        assert not PARTNER_FIELDS & set(doc.fields)
    for name, value in expected.items():
        mark = doc.fields[name]
        assert mark.value == value, (name, mark.value, value)
        assert mark.page is not None and mark.box is not None, name
        x0, y0, x1, y1 = mark.box
        assert 0 <= x0 < x1 <= 210 and 0 <= y0 < y1 <= 297, (name, mark.box)
        if name == "signature_present":
            continue
        assert mark.text, name
        assert _normalise(name, mark.text) == value, (name, mark.text, value)
        # the marked words are really printed inside the marked box on that page
        inside = [
            t
            for t, b in _words(doc, mark.page)
            if b[0] >= x0 - 0.01 and b[2] <= x1 + 0.01 and b[1] >= y0 - 0.01 and b[3] <= y1 + 0.01
        ]
        if name != "has_partner":
            for word in mark.text.split():
                assert word in inside, (name, word, inside)


@pytest.mark.parametrize("lay", LAYOUTS, ids=lambda lay: lay.name)
def test_checkboxes_signature_and_page_furniture(lay: Layout) -> None:
    for case in ("partner", "single", "unsigned"):
        app, doc = _render(lay, SEEDS[case])
        has = app.partner is not None
        assert doc.checkboxes["has_partner_ja"] is has
        assert doc.checkboxes["has_partner_nee"] is (not has)
        assert doc.signature_box is not None
        sig = doc.fields["signature_present"]
        assert sig.value is app.signed
        assert (sig.page, sig.box) == doc.signature_box
        n = len(doc.pages)
        texts = [" ".join(w.text for w in line.words) for page in doc.pages for line in page.lines]
        assert any(f"Gemeente {app.address.city}" in t for t in texts)
        for i in range(1, n + 1):
            assert any(f"Pagina {i} van {n}" in t for t in texts), (i, n)


@pytest.mark.parametrize("lay", LAYOUTS, ids=lambda lay: lay.name)
def test_no_text_overflows_or_overlaps(lay: Layout) -> None:
    for case in ("partner", "single_plain"):
        _, doc = _render(lay, SEEDS[case])
        for page in range(1, len(doc.pages) + 1):
            boxes = sorted((b, t) for t, b in _words(doc, page))
            for b, t in boxes:
                assert min(b[0], b[1]) >= 0 and b[2] <= 210 and b[3] <= 292, (page, t, b)
            for i, (a, ta) in enumerate(boxes):
                for b, tb in boxes[i + 1 :]:
                    if b[0] >= a[2]:
                        break
                    w = min(a[2], b[2]) - max(a[0], b[0])
                    h = min(a[3], b[3]) - max(a[1], b[1])
                    assert w <= 0.2 or h <= 0.2, (page, ta, a, tb, b)


@pytest.mark.parametrize("lay", LAYOUTS, ids=lambda lay: lay.name)
def test_deterministic(lay: Layout) -> None:
    _, first = _render(lay, SEEDS["partner"])
    _, second = _render(lay, SEEDS["partner"])
    assert first.pdf == second.pdf
    assert {k: (v.value, v.page, v.box) for k, v in first.fields.items()} == {
        k: (v.value, v.page, v.box) for k, v in second.fields.items()
    }


def test_variation_across_seeds() -> None:
    """Within a layout the rng varies the printing (labels, amount or date styles, titles)."""
    lay = LAYOUTS[0]
    app = make_application(SEEDS["partner"])
    texts = set()
    for k in range(8):
        c = DocCanvas()
        lay.render(c, app, random.Random(k))
        doc = c.finish()
        texts.add(tuple(" ".join(w.text for w in ln.words) for ln in doc.pages[0].lines))
    assert len(texts) > 1
