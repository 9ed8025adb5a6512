"""The application_form layouts of `synth.layouts.application_form_new`:
`application_form.vragenlijst` (a question-by-question paper form, written or typed) and
`application_form.portaal_overzicht` (the printed 'Overzicht van uw aanvraag' of a portal).

Over many households and seeds: every CONTRACT field is marked where it is printed and reads
back to its value (a savings amount that is not printed, only 'Nee' answered, is unmarked), the
PDF's text layer holds what was printed, nothing overprints, every variant is reached (replayed
from the layout's rng with `vragenlijst_choices` / `overzicht_choices`) and shows on the page the
way it should, and the documents go through the generator's clean and scan paths.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import synth.layouts.application_form_new as new
from synth.canvas import Box, RenderedDocument
from synth.layouts import layouts_for
from synth.layouts.application_form_more import split_house_number
from synth.layouts.base import Layout
from synth.people import Application
from tests.helpers import doc_lines, variants_seen
from tests.test_synth_application_form import _expected
from tests.test_synth_application_form_extra import (  # the same checks for the same truths
    Doc,
    _all_lines,
    _check_deterministic,
    _check_generated,
    _check_marks,
    _check_nothing_overprints,
    _check_signature_and_pages,
    _check_text_layer,
    _check_unsigned_and_partner_signs,
    _find,
    _render_replayed,
)

BY_NAME = {lay.name: lay for lay in layouts_for("application_form")}
VRAGEN = BY_NAME["application_form.vragenlijst"]
OVERZICHT = BY_NAME["application_form.portaal_overzicht"]
N_DOCS = 80


def _render(lay: Layout, seed: int) -> Doc:
    choose = new.vragenlijst_choices if lay is VRAGEN else new.overzicht_choices
    return _render_replayed(lay, seed, choose)


@pytest.fixture(scope="module")
def vragen_docs() -> list[Doc]:
    return [_render(VRAGEN, seed) for seed in range(N_DOCS)]


@pytest.fixture(scope="module")
def overzicht_docs() -> list[Doc]:
    return [_render(OVERZICHT, seed) for seed in range(N_DOCS)]


@pytest.fixture(params=["vragen", "overzicht"])
def docs(request: pytest.FixtureRequest) -> list[Doc]:
    return request.getfixturevalue(f"{request.param}_docs")


def _savings_unprinted(app: Application, ch: Any) -> bool:
    """Only 'Nee' answered to a savings question: no amount printed, the field unmarked."""
    if app.declared_savings != 0:
        return False
    if isinstance(ch, new.VChoices):
        return ch.savings_kind == "namelijk"
    return ch.savings_kind == "question" and not ch.zero_row


def _one(doc: RenderedDocument, text: str, page: int) -> Box:
    found = _find(doc, text, page)
    assert len(found) == 1, (text, found)
    return found[0]


QUESTION_NUMBER = {"vraag": r"Vraag \d\.\d", "letter": r"\d[a-j]", "chip": r"\d\.\d"}


def _question_numbers(texts: list[str], numbering: str) -> list[str]:
    return [t for t in texts if re.fullmatch(QUESTION_NUMBER[numbering], t)]


def test_registered_as_dev_layouts() -> None:
    dev = {lay.name for lay in layouts_for("application_form", "dev")}
    assert {VRAGEN.name, OVERZICHT.name} <= dev
    assert not VRAGEN.holdout and not OVERZICHT.holdout


# --- both layouts ------------------------------------------------------------------------------


def test_every_field_is_marked_where_it_is_printed(docs: list[Doc]) -> None:
    """All fields the household carries are printed and marked; each mark reads back to its
    value and its words lie inside its box on its page; partner fields only with a partner."""
    blank = 0
    for app, ch, doc in docs:
        assert 2 <= len(doc.pages) <= 4
        expected = _expected(app)
        if _savings_unprinted(app, ch):
            del expected["declared_savings"]
            blank += 1
        _check_marks(doc, expected)
    assert blank, "no form with the savings amount left out"


def test_nothing_overprints_or_leaves_the_page(docs: list[Doc]) -> None:
    _check_nothing_overprints(docs)


def test_pdf_text_layer_holds_the_printed_values(docs: list[Doc]) -> None:
    _check_text_layer(docs[:25])


def test_signature_truth_and_page_furniture(docs: list[Doc]) -> None:
    for app, _, doc in docs:
        _check_signature_and_pages(app, doc)
        if app.signature_date is None:
            assert "signature_date" not in doc.fields


def test_unsigned_forms_and_partner_signatures(docs: list[Doc]) -> None:
    _check_unsigned_and_partner_signs(docs)


def test_deterministic() -> None:
    _check_deterministic(_render, [VRAGEN, OVERZICHT])


@pytest.mark.parametrize("lay", [VRAGEN, OVERZICHT], ids=lambda lay: lay.name)
def test_generator_writes_clean_and_scanned_documents(lay: Layout, tmp_path: Path) -> None:
    """Through the generator: a digital PDF and a degraded scan, each with complete truth."""
    scan = "scan-pdf" if lay is VRAGEN else "jpeg"  # (png is slow to write for 4 pages)
    _check_generated(lay, tmp_path, scan, unprinted_savings=True)


# --- application_form.vragenlijst ---------------------------------------------------------------


def test_vragenlijst_reaches_every_variant(vragen_docs: list[Doc]) -> None:
    seen = variants_seen(
        {
            "fill": ch.st.fill,
            "answer_pos": ch.st.answer_pos,
            "numbering": ch.st.numbering,
            "yesno": (ch.st.fill, ch.st.yesno),
            "heading": ch.st.heading,
            "address": ch.address,
            "bsn_style": ch.bsn_style,
            "savings": (ch.savings_kind, app.declared_savings > 0),
            "savings_q": ch.savings_q if ch.savings_kind == "amount" else None,
            "sig_kind": ch.sig_kind,
            "sig_alone": ch.sig_alone,
            "sig_heading": ch.sig_heading,
            "sig_how": ch.sig_how,
            "sig_place": ch.sig_place,
            "surname_split": ch.surname_split,
            "signed": (ch.sig_kind, app.signed),
        }
        for app, ch, _ in vragen_docs
    )
    assert seen["fill"] == {"hand", "typed"}
    assert seen["answer_pos"] == {"below", "right"}
    assert seen["numbering"] == {"vraag", "letter", "chip"}
    assert seen["yesno"] == {
        ("hand", "boxes"),
        ("hand", "strike"),
        ("hand", "circle"),
        ("typed", "boxes"),
        ("typed", "dropdown"),
    }
    assert seen["heading"] == {"leftbar", "tab", "boxed"}
    assert seen["address"] == {"separate", "combined"}
    assert seen["bsn_style"] == {"plain", "dotted", "spaced"}
    assert seen["savings"] == {(k, v) for k in ("amount", "namelijk") for v in (True, False)}
    assert seen["savings_q"] - {None} == set(new.SAVINGS_AMOUNT_QUESTIONS)
    assert seen["sig_kind"] == {"table", "dotted", "box_above"}
    assert seen["sig_heading"] == {"Ondertekening", "Verklaring en handtekening"}
    assert seen["sig_how"] == {"in", "edge"}
    assert seen["signed"] == {
        (k, s) for k in ("table", "dotted", "box_above") for s in (True, False)
    }
    for flag in ("sig_alone", "sig_place", "surname_split"):
        assert seen[flag] == {True, False}, flag


def test_vragenlijst_numbers_its_questions(vragen_docs: list[Doc]) -> None:
    """'Vraag 3.2', '3b' or '3.2' before every question, the BSN question among them."""
    for _, ch, doc in vragen_docs:
        texts = [t for _, t, _ in _all_lines(doc)]
        numbers = _question_numbers(texts, ch.st.numbering)
        assert len(numbers) >= 15, numbers
        assert len(set(numbers)) == len(numbers)
        assert any("burgerservicenummer" in t for t in texts)


def test_vragenlijst_answers_below_or_right_of_the_question(vragen_docs: list[Doc]) -> None:
    for _, ch, doc in vragen_docs:
        mark = doc.fields["applicant_bsn"]
        assert mark.box is not None and mark.page is not None
        q = [
            b for t, b in doc_lines(doc, mark.page) if t.startswith("Wat is uw burgerservicenummer")
        ]
        assert len(q) == 1
        if ch.st.answer_pos == "below":
            assert mark.box[1] > q[0][3] and mark.box[0] >= q[0][0] - 0.01
        else:
            assert mark.box[0] > q[0][2] and mark.box[1] < q[0][3] + 8
        bsn = mark.value
        printed = {
            "plain": bsn,
            "dotted": f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}",
            "spaced": f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
        }
        assert mark.text == printed[ch.bsn_style]


def test_vragenlijst_yes_no_conventions(vragen_docs: list[Doc]) -> None:
    for app, ch, doc in vragen_docs:
        has = app.partner is not None
        mark = doc.fields["has_partner"]
        assert mark.text == ("Ja" if has else "Nee")
        texts = [t for _, t, _ in _all_lines(doc)]
        if ch.st.yesno == "boxes":
            assert doc.checkboxes["has_partner_ja"] is has
            assert doc.checkboxes["has_partner_nee"] is (not has)
        else:
            assert "has_partner_ja" not in doc.checkboxes
        if ch.st.yesno == "strike":
            assert "Nee*" in texts and "* doorhalen wat niet van toepassing is" in texts
        if ch.st.yesno == "circle":
            assert any(t.startswith("(omcirkel uw antwoord)") for t in texts)
        if ch.st.yesno == "dropdown":  # the choice field shows the answer alone
            assert mark.box is not None and mark.page is not None
            assert ("Ja" if has else "Nee") in [t for t, _ in doc_lines(doc, mark.page)]


def test_vragenlijst_savings_questions(vragen_docs: list[Doc]) -> None:
    for app, ch, doc in vragen_docs:
        texts = [t for _, t, _ in _all_lines(doc)]
        saved = app.declared_savings > 0
        if ch.savings_kind == "namelijk":
            assert doc.checkboxes["has_savings_ja"] is saved
            assert doc.checkboxes["has_savings_nee"] is (not saved)
            assert "Ja, namelijk €" in texts
            assert ("declared_savings" in doc.fields) is saved
        else:
            assert "has_savings_ja" not in doc.checkboxes
            assert any(ch.savings_q.startswith(t) for t in texts if len(t) > 12), ch.savings_q
            assert doc.fields["declared_savings"].value == f"{app.declared_savings:.2f}"


def test_vragenlijst_house_number(vragen_docs: list[Doc]) -> None:
    kinds = set()
    for app, ch, doc in vragen_docs:
        hn = app.address.house_number
        number, extra = split_house_number(hn)
        text = doc.fields["house_number"].text
        texts = [t for _, t, _ in _all_lines(doc)]
        if ch.address == "separate":
            assert "Huisnummer" in texts and "Toevoeging" in texts
            assert text == " ".join(x for x in (number, extra) if x)
        else:
            assert "Huisnummer en toevoeging" in texts
            assert text in (hn, f"{number} {extra}")
        kinds.add((ch.address, bool(extra)))
    assert kinds == {(k, e) for k in ("separate", "combined") for e in (True, False)}


def test_vragenlijst_signing_part(vragen_docs: list[Doc]) -> None:
    """Each signing arrangement looks as it should; the geometry is checked where the stroke
    stays in its place (or the applicant did not sign)."""
    checked = set()
    for app, ch, doc in vragen_docs:
        assert doc.signature_box is not None
        page, box = doc.signature_box
        n = len(doc.pages)
        assert page == n  # the signing part ends the form
        lines = doc_lines(doc, page)
        texts = [t for t, _ in lines]
        heads = [t for t in texts if ch.sig_heading.upper() in t.upper()]
        assert len(heads) == 1, texts
        assert any(t.startswith(("Ik verklaar", "Ondergetekende verklaart")) for t in texts)
        plain = ch.sig_how == "in" or not app.signed
        partner_caps = [t for t in texts if t == "Handtekening partner"]
        if ch.sig_kind == "table":
            aanvrager = _one(doc, "Aanvrager", page)
            row = _one(doc, "Handtekening", page)
            assert ("Partner" in texts) is (app.partner is not None)
            assert abs(box[0] - (aanvrager[0] - 2)) < 0.01  # the column under its head
            if plain:
                assert box[1] > aanvrager[3] and row[2] < box[0] and box[1] < row[1] < box[3]
        elif ch.sig_kind == "dotted":
            cap = _one(doc, "Handtekening aanvrager", page)
            assert cap[2] < box[0]  # the label left of the line
            if plain:
                assert box[1] < cap[3] <= box[3] + 1.5
            assert len(partner_caps) == (1 if app.partner else 0)
        else:
            cap = _one(doc, "Handtekening aanvrager", page)
            assert abs(cap[0] - box[0]) < 0.01
            if plain:
                assert box[3] < cap[1]  # the caption under the box
            assert len(partner_caps) == (1 if app.partner else 0)
        if plain:
            checked.add(ch.sig_kind)
        if ch.sig_alone:  # the signing part alone on the last page, right under its header
            assert not _question_numbers(texts, ch.st.numbering), texts
            head = next(b for t, b in lines if t == heads[0] or t.endswith(heads[0]))
            assert head[1] < 32
    assert checked == {"table", "dotted", "box_above"}


# --- application_form.portaal_overzicht ---------------------------------------------------------


def test_overzicht_reaches_every_variant(overzicht_docs: list[Doc]) -> None:
    seen = variants_seen(
        {
            "present": ch.st.present,
            "heading": ch.st.heading,
            "house": ch.house,
            "names": ch.names,
            "savings_kind": ch.savings_kind,
            "savings_label": ch.savings_label,
            "zero": (ch.savings_kind, ch.zero_row)
            if app.declared_savings == 0 and ch.savings_kind == "question"
            else None,
            "money_style": ch.money_style,
            "sig_kind": ch.sig_kind,
            "sig_how": ch.sig_how,
            "signed": (ch.sig_kind, app.signed),
            "browser": ch.browser,
            "stepper": ch.stepper,
            "edit_links": ch.st.edit_links,
        }
        for app, ch, _ in overzicht_docs
    )
    assert seen["present"] == {"right", "leader", "grid2"}
    assert seen["heading"] == {"band", "underline", "link"}
    assert seen["house"] == {"separate", "combined", "address_line"}
    assert seen["names"] == {"split", "full"}
    assert seen["savings_kind"] == {"amount", "question"}
    assert seen["savings_label"] == set(new.SAVINGS_LABELS)
    assert seen["zero"] - {None} == {("question", True), ("question", False)}
    assert seen["money_style"] == {"euro", "eur", "euro_nothousands"}
    assert seen["sig_kind"] == {"box", "line", "caption", "none"}
    assert seen["sig_how"] == {"in", "edge"}
    kinds = ("box", "line", "caption", "none")
    assert seen["signed"] == {(k, s) for k in kinds for s in (True, False)}
    for flag in ("browser", "stepper", "edit_links"):
        assert seen[flag] == {True, False}, flag


def _label_box(doc: RenderedDocument, fld: str, label: str) -> Box:
    """The label printed for a marked value: on its baseline, or right above it (grid2)."""
    mark = doc.fields[fld]
    assert mark.box is not None and mark.page is not None
    for t, b in doc_lines(doc, mark.page):
        if t == label and (abs(b[3] - mark.box[3]) < 0.01 or 0 < mark.box[1] - b[3] < 3):
            return b
    raise AssertionError((fld, label))


def test_overzicht_label_value_presentations(overzicht_docs: list[Doc]) -> None:
    for _, ch, doc in overzicht_docs:
        st = ch.st
        value = doc.fields["applicant_bsn"].box
        assert value is not None
        label = _label_box(doc, "applicant_bsn", "Burgerservicenummer")
        if st.present == "right":  # the value right-aligned at the right edge
            assert abs(value[2] - (st.right - 1)) < 0.01 and abs(label[3] - value[3]) < 0.01
        elif st.present == "leader":  # the value at the value column, on the label's line
            assert abs(value[0] - (st.left + st.lw)) < 0.01 and abs(label[3] - value[3]) < 0.01
        else:  # the label above its value
            assert abs(label[0] - value[0]) < 0.01 and label[3] < value[1]


def test_overzicht_ja_nee_words_and_amounts(overzicht_docs: list[Doc]) -> None:
    for app, ch, doc in overzicht_docs:
        assert doc.checkboxes == {}
        assert doc.fields["has_partner"].text == ("Ja" if app.partner else "Nee")
        pattern = {
            "euro": r"€ \d{1,3}(\.\d{3})*,\d{2}",
            "eur": r"EUR \d{1,3}(\.\d{3})*,\d{2}",
            "euro_nothousands": r"€ \d+,\d{2}",
        }[ch.money_style]
        for name in ("housing_costs", "declared_monthly_income", "declared_savings"):
            mark = doc.fields.get(name)
            if mark is not None:
                assert re.fullmatch(pattern, mark.text or ""), mark.text


def test_overzicht_savings_rows(overzicht_docs: list[Doc]) -> None:
    for app, ch, doc in overzicht_docs:
        texts = [t for _, t, _ in _all_lines(doc)]
        saved = app.declared_savings > 0
        if ch.savings_kind == "question":
            ask = _find(doc, "Heeft u spaargeld?")
            assert len(ask) == 1
        if _savings_unprinted(app, ch):
            assert "declared_savings" not in doc.fields
            assert ch.savings_label not in texts
            continue
        label = _label_box(doc, "declared_savings", ch.savings_label)
        assert label is not None
        if not saved:
            assert (doc.fields["declared_savings"].text or "").endswith(" 0,00")


def test_overzicht_house_number_rows(overzicht_docs: list[Doc]) -> None:
    for app, ch, doc in overzicht_docs:
        hn = app.address.house_number
        number, extra = split_house_number(hn)
        text = doc.fields["house_number"].text
        if ch.house == "separate":
            assert _find(doc, "Huisnummer") and _find(doc, "Toevoeging")
            assert text == " ".join(x for x in (number, extra) if x)
        elif ch.house == "combined":
            _label_box(doc, "house_number", "Huisnummer en toevoeging")
            assert text in (hn, f"{number} {extra}")
        else:
            street, hn_box = doc.fields["street"].box, doc.fields["house_number"].box
            assert street is not None and hn_box is not None
            assert abs(street[3] - hn_box[3]) < 0.01 and hn_box[0] > street[2]
            _label_box(doc, "street", "Adres")


def test_overzicht_header_footer_and_signing(overzicht_docs: list[Doc]) -> None:
    for app, ch, doc in overzicht_docs:
        n = len(doc.pages)
        for i in range(1, n + 1):
            page_text = [t for t, _ in doc_lines(doc, i)]
            if ch.browser:
                assert ch.url in page_text
        first = [t for t, _ in doc_lines(doc, 1)]
        assert ch.title in first and ch.ref in first
        sig = doc.fields["signature_present"]
        assert sig.page != 1 and sig.page == n and sig.box is not None
        page = n
        caps = {
            t
            for t, _ in doc_lines(doc, page)
            if t.rstrip(":") in ("Handtekening", "Handtekening aanvrager", "Handtekening partner")
        }
        plain = ch.sig_how == "in" or not app.signed
        if ch.sig_kind == "none":
            assert caps == set()
        elif ch.sig_kind == "caption":
            cap = _one(doc, "Handtekening aanvrager:" if app.partner else "Handtekening:", page)
            assert cap[3] < sig.box[1]
        else:
            cap = _one(doc, "Handtekening aanvrager", page)
            assert abs(cap[0] - sig.box[0]) < 0.01
            if ch.sig_kind == "box" and plain:  # the caption over the box
                assert cap[3] < sig.box[1]
            elif plain:  # the caption under the line
                assert sig.box[3] < cap[1]
            assert ("Handtekening partner" in caps) is (app.partner is not None)
