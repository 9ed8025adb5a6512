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
TEXT_ANSWER_LAYOUTS = {
    "application_form.portaal_print",
    "application_form.web_print",
    "application_form.digid_summary",
    "application_form.portaal_overzicht",
}
# tick boxes in some of the layout's styles only (others strike, circle or type the answer)
SOMETIMES_BOXES = {"application_form.vragenlijst"}
HOLDOUT = {
    "application_form.questions",
    "application_form.sidebar",
    "application_form.portaal_print",
}
# questions a form may leave unanswered (the field is then unmarked and nothing of it printed):
# contact details skipped on paper, an income amount left out after 'Nee'
MAY_BE_BLANK = {
    "application_form.paper_lines": {"email", "phone", "declared_monthly_income"},
    "application_form.web_print": {"declared_monthly_income"},
    # savings: no amount after 'Nee' to 'Heeft u spaargeld?'
    "application_form.vragenlijst": {"declared_savings"},
    "application_form.portaal_overzicht": {"declared_savings"},
}
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
        if body.endswith(",-"):  # '850,-': whole euros
            body = body[:-2]
        if "," not in body:  # '€ 850', '0'
            body += ",00"
        return body.replace(",", ".")
    if name == "house_number":  # '12 a' / '12 2' / '12 hs': number and toevoeging printed apart
        number, _, suffix = " ".join(text.split()).partition(" ")
        if len(suffix) == 1 and suffix.isalpha():
            return number + suffix
        return f"{number}-{suffix}" if suffix.isdigit() else " ".join(text.split())
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


def _assert_left_blank(app: Application, doc: RenderedDocument, name: str) -> None:
    """An unmarked field must be unanswered on the form, not printed and forgotten."""
    if name == "declared_monthly_income":  # only skipped after 'Nee, geen inkomsten'
        assert app.declared_monthly_income == 0
        return
    if name == "declared_savings":  # only skipped after 'Nee' (no savings)
        assert app.declared_savings == 0
        return
    raw = {"email": app.email, "phone": app.phone[3:]}[name]
    for page in range(1, len(doc.pages) + 1):
        printed = "".join(t for t, _ in _words(doc, page)).replace("-", "")
        assert raw not in printed, (name, page)


def _words(doc: RenderedDocument, page: int) -> list[tuple[str, tuple[float, float, float, float]]]:
    return [(w.text, w.box) for line in doc.pages[page - 1].lines for w in line.words]


def test_registry_has_thirteen_layouts_three_holdout() -> None:
    assert len(LAYOUTS) == 13
    assert len({lay.name for lay in LAYOUTS}) == 13
    assert {lay.name for lay in LAYOUTS if lay.holdout} == HOLDOUT
    assert {lay.name for lay in layouts_for("application_form", "dev")} == {
        "application_form.classic",
        "application_form.serif_comb",
        "application_form.modern",
        "application_form.grid",
        "application_form.paper_lines",
        "application_form.web_print",
        "application_form.gemeente_paper",
        "application_form.digid_summary",
        "application_form.vragenlijst",
        "application_form.portaal_overzicht",
    }
    assert all(lay.name.startswith("application_form.") for lay in LAYOUTS)


@pytest.mark.parametrize("case", sorted(SEEDS))
@pytest.mark.parametrize("lay", LAYOUTS, ids=lambda lay: lay.name)
def test_layout_marks_every_field_iff_printed(lay: Layout, case: str) -> None:
    app, doc = _render(lay, SEEDS[case])
    assert 2 <= len(doc.pages) <= 4

    expected = _expected(app)
    for name in MAY_BE_BLANK.get(lay.name, set()) - set(doc.fields):
        _assert_left_blank(app, doc, name)
        del expected[name]
    if app.partner is None:
        assert not PARTNER_FIELDS & set(doc.fields)
    check_marks(doc, expected)


def check_marks(doc: RenderedDocument, expected: dict[str, Any]) -> None:
    """Exactly the expected fields are marked; each mark reads back to its value and its words
    are really printed inside its box on its page."""
    assert set(doc.fields) == set(expected), set(doc.fields) ^ set(expected)
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
        if name == "has_partner":
            continue
        inside = [
            t
            for t, b in _words(doc, mark.page)
            if b[0] >= x0 - 0.01 and b[2] <= x1 + 0.01 and b[1] >= y0 - 0.01 and b[3] <= y1 + 0.01
        ]
        for word in mark.text.split():
            assert word in inside, (name, word, inside)


@pytest.mark.parametrize("lay", LAYOUTS, ids=lambda lay: lay.name)
def test_checkboxes_signature_and_page_furniture(lay: Layout) -> None:
    for case in ("partner", "single", "unsigned"):
        app, doc = _render(lay, SEEDS[case])
        has = app.partner is not None
        if lay.name in TEXT_ANSWER_LAYOUTS:  # Ja/Nee printed as words, no checkboxes at all
            assert doc.checkboxes == {}
            assert doc.fields["has_partner"].text == ("Ja" if has else "Nee")
        elif lay.name in SOMETIMES_BOXES and not doc.checkboxes:
            assert doc.fields["has_partner"].value is has
        else:
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


PORTAAL = next(lay for lay in LAYOUTS if lay.name == "application_form.portaal_print")


def _lines(doc: RenderedDocument, page: int) -> list[str]:
    return [" ".join(w.text for w in line.words) for line in doc.pages[page - 1].lines]


def _rows(doc: RenderedDocument, label: str) -> list[str]:
    """The answers printed right of `label` (its first line, when wrapped) on one baseline."""
    out = []
    for page in doc.pages:
        texts = [(" ".join(w.text for w in ln.words), ln.words) for ln in page.lines]
        for text, words in texts:
            if text != label and not (len(text) > 15 and label.startswith(text + " ")):
                continue
            top, right = words[0].box[1], words[-1].box[2]
            answer = [
                t for t, ws in texts if abs(ws[0].box[1] - top) < 0.8 and ws[0].box[0] > right + 1
            ]
            out.append(" ".join(answer))
    return out


@pytest.mark.parametrize("suffix", ["", "a", "-2", " hs"])
def test_portaal_print_house_number_and_toevoeging_rows(suffix: str) -> None:
    """Huisnummer and Huisnummer toevoeging are separate rows; house_number covers both."""
    seed = _find_seed(
        lambda a: a.address.house_number.lstrip("0123456789") == suffix and a.partner is None
    )
    app, doc = _render(PORTAAL, seed)
    hn = app.address.house_number
    number = hn[: len(hn) - len(suffix)]
    mark = doc.fields["house_number"]
    assert mark.value == hn
    assert mark.text == " ".join([number, suffix.strip(" -")]).strip()
    assert _rows(doc, "Huisnummer") == [number]
    assert _rows(doc, "Huisnummer toevoeging") == [suffix.strip(" -")]
    assert _normalise("house_number", mark.text) == hn


def test_portaal_print_rows_answers_and_last_page() -> None:
    app, doc = _render(PORTAAL, SEEDS["partner"])
    p = app.partner
    assert p is not None and p.prefix
    n = len(doc.pages)
    assert doc.checkboxes == {}  # Ja/Nee answered in words
    mark = doc.fields["has_partner"]
    assert (mark.value, mark.text) == (True, "Ja")
    assert _rows(doc, "Heeft u een fiscale partner of woont u samen?") == ["Ja"]
    # Tussenvoegsel and Achternaam in rows of their own, one surname field across both
    assert _rows(doc, "Tussenvoegsel") == [app.applicant.prefix, p.prefix]
    assert _rows(doc, "Achternaam") == [app.applicant.surname_core, p.surname_core]
    assert doc.fields["partner_surname"].text == p.surname
    # dates as dd-mm-jjjj
    assert doc.fields["partner_date_of_birth"].text == p.date_of_birth.strftime("%d-%m-%Y")
    assert _rows(doc, "Gewenste ingangsdatum") == [app.requested_start_date.strftime("%d-%m-%Y")]
    # the last page holds only the declaration and signing, signature box and date on it
    last = _lines(doc, n)
    assert any("Verklaring en ondertekening" in t for t in last)
    assert not any("Verklaring en ondertekening" in t for t in _lines(doc, n - 1))
    assert doc.fields["signature_present"].page == n
    assert app.signature_date is not None
    assert doc.fields["signature_date"].page == n
    date_text = app.signature_date.strftime("%d-%m-%Y")
    assert doc.fields["signature_date"].text == date_text
    assert _rows(doc, "Plaats en datum") == [f"{app.address.city}, {date_text}"]


def test_portaal_print_single_applicant_has_no_partner_rows() -> None:
    app, doc = _render(PORTAAL, SEEDS["single"])
    assert _rows(doc, "Heeft u een fiscale partner of woont u samen?") == ["Nee"]
    assert doc.fields["has_partner"].value is False
    assert _rows(doc, "Burgerservicenummer (BSN)") == [app.applicant.bsn]
    assert _rows(doc, "Tussenvoegsel") == [app.applicant.prefix]
    assert doc.fields["applicant_surname"].text == app.applicant.surname


def test_portaal_print_undated_form_leaves_place_and_date_empty() -> None:
    _, doc = _render(PORTAAL, SEEDS["undated"])
    assert "signature_date" not in doc.fields
    assert doc.fields["signature_present"].value is True
    assert _rows(doc, "Plaats en datum") == [""]


NEW_DEV = ["application_form.paper_lines", "application_form.web_print"]


@pytest.mark.parametrize("name", NEW_DEV)
def test_new_dev_layouts_are_families(name: str) -> None:
    """The rng varies wording, order, fonts and columns, not only the values."""
    lay = next(lay for lay in LAYOUTS if lay.name == name)
    app = make_application(SEEDS["partner"])
    texts, xs = set(), set()
    for k in range(10):
        c = DocCanvas()
        lay.render(c, app, random.Random(k))
        doc = c.finish()
        texts.add(tuple(_lines(doc, 1)))
        xs.add(round(doc.fields["applicant_bsn"].box[0], 1))
    assert len(texts) >= 8
    assert len(xs) >= 3  # the answer column moves


@pytest.mark.parametrize("case", ["partner", "single", "unsigned"])
def test_paper_lines_signs_above_a_captioned_line(case: str) -> None:
    lay = next(lay for lay in LAYOUTS if lay.name == "application_form.paper_lines")
    app, doc = _render(lay, SEEDS[case])
    page, box = doc.signature_box or (0, (0, 0, 0, 0))
    caption = [
        ln.words[0].box
        for ln in doc.pages[page - 1].lines
        if " ".join(w.text for w in ln.words) == "Handtekening aanvrager"
    ]
    assert len(caption) == 1 and caption[0][1] > box[3]  # the caption under the line
    partner = [t for t in _lines(doc, page) if t == "Handtekening partner"]
    assert len(partner) == (1 if app.partner else 0)
    assert doc.checkboxes["has_partner_ja"] is (app.partner is not None)


def test_web_print_partner_block_only_with_a_partner() -> None:
    lay = next(lay for lay in LAYOUTS if lay.name == "application_form.web_print")
    for case in ("partner", "single"):
        app, doc = _render(lay, SEEDS[case])
        texts = [t for page in range(1, len(doc.pages) + 1) for t in _lines(doc, page)]
        bsns = [
            t for t in texts if t in {app.applicant.bsn, app.partner.bsn if app.partner else ""}
        ]
        assert len(bsns) == (2 if app.partner else 1)
        assert doc.fields["has_partner"].text == ("Ja" if app.partner else "Nee")
        assert any(t.startswith("Datum") for t in texts)
        assert any(t.startswith("Handtekening") for t in texts)
