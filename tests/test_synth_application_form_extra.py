"""The application_form layouts of `synth.layouts.application_form_extra`:
`application_form.gemeente_paper` (a municipality's paper form filled in by hand) and
`application_form.digid_summary` (the printed DigiD portal summary, signed by hand).

Over many households and seeds: every CONTRACT field is marked where it is printed and reads
back to its value, the PDF's text layer holds what was printed, nothing overprints, every variant
is reached (the variants are replayed from the layout's rng with `paper_choices` /
`summary_choices`) and shows on the page the way it should, and the documents go through the
generator's clean and scan paths.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

import synth.layouts.application_form_extra as extra
from synth.canvas import Box, DocCanvas, RenderedDocument
from synth.generate import DocumentSpec, write_document
from synth.layouts import layouts_for
from synth.layouts.application_form_more import split_house_number
from synth.layouts.base import Layout
from synth.people import Application, make_application
from tests.helpers import doc_lines, variants_seen
from tests.test_synth_application_form import _expected, _words, check_marks

BY_NAME = {lay.name: lay for lay in layouts_for("application_form")}
PAPER = BY_NAME["application_form.gemeente_paper"]
SUMMARY = BY_NAME["application_form.digid_summary"]
N_DOCS = 90

Doc = tuple[Application, Any, RenderedDocument]  # household, replayed choices, document


def _rng(seed: int) -> random.Random:
    return random.Random(seed * 31 + 7)


def _render_replayed(
    lay: Layout, seed: int, choose: Callable[[Application, random.Random], Any]
) -> Doc:
    """A household's document and its variants, replayed from the layout's rng with `choose`."""
    app = make_application(seed)
    choices = choose(app, _rng(seed))
    c = DocCanvas(title=f"test-{lay.name}-{seed}")
    lay.render(c, app, _rng(seed))
    return app, choices, c.finish()


def _render(lay: Layout, seed: int) -> Doc:
    choose = extra.paper_choices if lay is PAPER else extra.summary_choices
    return _render_replayed(lay, seed, choose)


@pytest.fixture(scope="module")
def paper_docs() -> list[Doc]:
    return [_render(PAPER, seed) for seed in range(N_DOCS)]


@pytest.fixture(scope="module")
def summary_docs() -> list[Doc]:
    return [_render(SUMMARY, seed) for seed in range(N_DOCS)]


@pytest.fixture(params=["paper", "summary"])
def docs(request: pytest.FixtureRequest) -> list[Doc]:
    return request.getfixturevalue(f"{request.param}_docs")


def _all_lines(doc: RenderedDocument) -> list[tuple[int, str, Box]]:
    return [(p, t, b) for p in range(1, len(doc.pages) + 1) for t, b in doc_lines(doc, p)]


def _find(doc: RenderedDocument, text: str, page: int | None = None) -> list[Box]:
    return [b for p, t, b in _all_lines(doc) if t == text and page in (None, p)]


_check_marks = check_marks


def _check_nothing_overprints(docs: list[Doc]) -> None:
    for _, _, doc in docs:
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


def _check_text_layer(docs: list[Doc]) -> None:
    """What the truth says is printed is in the PDF's text layer, on the marked page."""
    for _app, _, doc in docs:
        pdf = pdfium.PdfDocument(doc.pdf)
        try:
            texts = ["".join(page.get_textpage().get_text_range().split()) for page in pdf]
        finally:
            pdf.close()
        assert len(texts) == len(doc.pages)
        for name, mark in doc.fields.items():
            if mark.text is None:
                continue
            assert mark.page is not None
            for word in mark.text.split():
                assert word in texts[mark.page - 1], (name, word)
        for i, text in enumerate(texts, start=1):
            assert f"Pagina{i}van{len(texts)}" in text


def _check_signature_and_pages(app: Application, doc: RenderedDocument) -> None:
    """The signature's truth is the household's and is the document's signature box, a date is
    written near it; every page names the municipality and its 'Pagina i van n'."""
    sig = doc.fields["signature_present"]
    assert sig.value is app.signed
    assert doc.signature_box is not None and (sig.page, sig.box) == doc.signature_box
    if app.signature_date is not None:  # the date is written near the signature
        mark = doc.fields["signature_date"]
        assert mark.page == sig.page and mark.box is not None and sig.box is not None
        assert abs(mark.box[1] - sig.box[1]) < 45, (mark.box, sig.box)
    n = len(doc.pages)
    texts = [t for _, t, _ in _all_lines(doc)]
    assert any(f"Gemeente {app.address.city}" in t for t in texts)
    for i in range(1, n + 1):
        assert any(f"Pagina {i} van {n}" in t for t, _ in doc_lines(doc, i)), (i, n)


def _check_unsigned_and_partner_signs(docs: list[Doc]) -> None:
    unsigned = [doc for app, _, doc in docs if not app.signed]
    assert unsigned, "no unsigned form among the households"
    for doc in unsigned:
        assert doc.fields["signature_present"].value is False
        assert "signature_date" not in doc.fields
    for app, choices, _ in docs:
        assert not (choices.partner_signs and app.partner is None)
    assert any(ch.partner_signs for _, ch, _ in docs)


def _check_deterministic(render: Callable[[Layout, int], Doc], lays: list[Layout]) -> None:
    for lay in lays:
        _, _, first = render(lay, 5)
        _, _, second = render(lay, 5)
        assert first.pdf == second.pdf
        assert {k: (v.value, v.page, v.box) for k, v in first.fields.items()} == {
            k: (v.value, v.page, v.box) for k, v in second.fields.items()
        }


def _check_generated(lay: Layout, tmp_path: Path, scan: str, *, unprinted_savings: bool) -> None:
    """Through the generator: a digital PDF and a degraded scan (`scan`), each with complete
    truth; with `unprinted_savings` the savings may be null where nothing was saved."""
    for difficulty, fmt in (("clean", "pdf"), ("scan", scan)):
        spec = DocumentSpec(f"t-{difficulty}", 4242, 17, "application_form", lay, difficulty, fmt)
        line = write_document(spec, tmp_path)
        truth = json.loads((tmp_path / line["truth"]).read_text())
        app = make_application(truth["application_seed"])
        assert truth["layout"] == lay.name and truth["holdout"] is False
        for name, value in _expected(app).items():
            if (
                unprinted_savings
                and name == "declared_savings"
                and truth["fields"][name]["value"] is None
            ):
                assert app.declared_savings == 0  # only 'Nee' answered
                continue
            assert truth["fields"][name]["value"] == value, name
            assert truth["fields"][name]["bbox"] is not None, name
        assert truth["signature"] is not None
        assert len(line["files"]) == (len(truth["pages"]) if fmt in ("png", "jpeg") else 1)
        for name in line["files"]:
            assert (tmp_path / name).stat().st_size > 10_000
        kinds = {p["degradation"]["kind"] for p in truth["pages"]}
        assert kinds == ({"digital"} if fmt == "pdf" else {"scan"})


def test_registered_as_dev_layouts() -> None:
    dev = {lay.name for lay in layouts_for("application_form", "dev")}
    assert {PAPER.name, SUMMARY.name} <= dev
    assert not PAPER.holdout and not SUMMARY.holdout


# --- both layouts ------------------------------------------------------------------------------


def test_every_field_is_marked_where_it_is_printed(docs: list[Doc]) -> None:
    """All fields the household carries are printed and marked; each mark reads back to its
    value and its words lie inside its box on its page; partner fields only with a partner."""
    for app, _, doc in docs:
        assert 2 <= len(doc.pages) <= 4
        _check_marks(doc, _expected(app))


def test_nothing_overprints_or_leaves_the_page(docs: list[Doc]) -> None:
    _check_nothing_overprints(docs)


def test_pdf_text_layer_holds_the_printed_values(docs: list[Doc]) -> None:
    _check_text_layer(docs[:30])


def test_checkboxes_signature_and_page_furniture(docs: list[Doc]) -> None:
    for app, ch, doc in docs:
        has = app.partner is not None
        if isinstance(ch, extra.PaperChoices):  # ticked boxes on paper
            assert doc.checkboxes["has_partner_ja"] is has
            assert doc.checkboxes["has_partner_nee"] is (not has)
        else:  # Ja/Nee printed as words by the portal
            assert doc.checkboxes == {}
        assert doc.fields["has_partner"].text == ("Ja" if has else "Nee")
        _check_signature_and_pages(app, doc)


def test_unsigned_forms_and_partner_signatures(docs: list[Doc]) -> None:
    _check_unsigned_and_partner_signs(docs)


def test_deterministic() -> None:
    _check_deterministic(_render, [PAPER, SUMMARY])


@pytest.mark.parametrize("lay", [PAPER, SUMMARY], ids=lambda lay: lay.name)
def test_generator_writes_clean_and_scanned_documents(lay: Layout, tmp_path: Path) -> None:
    """Through the generator: a digital PDF and a degraded scan, each with complete truth."""
    _check_generated(lay, tmp_path, "png" if lay is PAPER else "scan-pdf", unprinted_savings=False)


# --- application_form.gemeente_paper -----------------------------------------------------------


def test_paper_reaches_every_variant(paper_docs: list[Doc]) -> None:
    seen = variants_seen(
        {
            "mode": ch.st.mode,
            "answer": ch.st.answer,
            "rule": ch.st.rule,
            "yesno": ch.st.yesno,
            "numbering": ch.st.numbering,
            "heading": ch.st.heading,
            "no_partner": ch.st.no_partner,
            "persons": ch.persons,
            "address": ch.address,
            "dob_kind": ch.dob_kind,
            "sig_kind": ch.sig_kind,
            "sig_how": ch.sig_how,
            "sender": ch.sender,
            "bsn_comb": ch.bsn_comb,
            "iban_comb": ch.iban_comb,
            "pc_comb": ch.pc_comb,
            "surname_split": ch.surname_split,
        }
        for _, ch, _ in paper_docs
    )
    assert seen["mode"] == {"left", "above", "grid"}
    assert seen["answer"] == {"box", "line"}
    assert seen["rule"] == {"solid", "dotted", "dashed"}
    assert seen["yesno"] == {"inline", "after", "stacked", "nee_first"}
    assert seen["numbering"] == {"dotted", "flat", "vraag"}
    assert seen["heading"] == {"bar", "rule", "badge", "caps"}
    assert seen["no_partner"] == {"empty", "nvt", "strike"}
    assert seen["persons"] == {"columns", "sections"}
    assert seen["address"] == {"separate", "combined", "oneline"}
    assert seen["dob_kind"] == {"text", "comb", "split"}
    assert seen["sig_kind"] == {"table4", "table_rows", "line", "frame", "beside_label"}
    assert seen["sig_how"] == {"in", "edge", "beside"}
    assert seen["sender"] == {"gemeente", "werkplein", "sociale_dienst", "isd"}
    for flag in ("bsn_comb", "iban_comb", "pc_comb", "surname_split"):
        assert seen[flag] == {True, False}, flag


def test_paper_numbers_sections_and_questions(paper_docs: list[Doc]) -> None:
    """Numbered questions ('2.3', '7.', 'Vraag 7') and numbered sections, the signing last."""
    styles = set()
    for _, ch, doc in paper_docs:
        texts = [t for _, t, _ in _all_lines(doc)]
        pattern = {"vraag": r"Vraag \d+", "dotted": r"\d\.\d+", "flat": r"\d+\."}[ch.st.numbering]
        numbers = [
            m.group(0) for t in texts if (m := re.match(pattern + r"(?= |$)", t)) is not None
        ]
        assert len(numbers) >= 12, numbers
        styles.add(ch.st.numbering)
        # the last section is the signing, numbered after all others
        if ch.st.heading == "badge":
            sign = [i for i, t in enumerate(texts) if t == "Ondertekening"]
            assert len(sign) == 1 and re.fullmatch(r"\d", texts[sign[0] - 1])
            last = int(texts[sign[0] - 1])
        else:
            heads = [re.fullmatch(r"(\d)\.? {1,2}(Ondertekening|ONDERTEKENING)", t) for t in texts]
            found = [m for m in heads if m is not None]
            assert len(found) == 1, texts
            last = int(found[0].group(1))
        assert last >= 5
    assert styles == {"vraag", "dotted", "flat"}


def _yes_no_words(doc: RenderedDocument) -> tuple[Box, Box, Box]:
    mark = doc.fields["has_partner"]
    assert mark.box is not None and mark.page is not None
    x0, y0, x1, y1 = mark.box
    words = {
        t: b
        for t, b in _words(doc, mark.page)
        if t in ("Ja", "Nee")
        and b[0] >= x0 - 0.01
        and b[2] <= x1 + 0.01
        and b[1] >= y0 - 0.01
        and b[3] <= y1 + 0.01
    }
    return words["Ja"], words["Nee"], mark.box


def test_paper_yes_no_arrangements(paper_docs: list[Doc]) -> None:
    for app, ch, doc in paper_docs:
        ja, nee, region = _yes_no_words(doc)
        assert doc.checkboxes["has_partner_ja"] is (app.partner is not None)
        if ch.st.yesno == "stacked":
            assert ja[1] < nee[1] and abs(ja[0] - nee[0]) < 0.01
        elif ch.st.yesno == "nee_first":
            assert nee[2] < ja[0] and abs(nee[3] - ja[3]) < 0.01
        else:
            assert ja[2] < nee[0] and abs(nee[3] - ja[3]) < 0.01
        label_first = abs(min(ja[0], nee[0]) - region[0]) < 0.01
        assert label_first is (ch.st.yesno == "after")


def test_paper_address_variants(paper_docs: list[Doc]) -> None:
    kinds = set()
    for app, ch, doc in paper_docs:
        hn = app.address.house_number
        number, extra_part = split_house_number(hn)
        text = doc.fields["house_number"].text
        texts = [t for _, t, _ in _all_lines(doc)]
        street = doc.fields["street"].text
        if ch.address == "separate":
            assert "Toevoeging" in texts or any(t.endswith(" Toevoeging") for t in texts)
            assert text == " ".join(x for x in (number, extra_part) if x)
        elif ch.address == "combined":
            assert any(t.endswith("Huisnummer + toevoeging") for t in texts)
        else:  # one line: the street and the house number written in one go
            assert any(t == f"{street} {text}" for t in texts), (street, text)
        if ch.address != "separate":
            assert text in (hn, f"{number} {extra_part}")
            kinds.add("spaced" if text != hn else "as data")
        else:
            kinds.add("split")
    assert kinds == {"split", "as data", "spaced"}


def test_paper_applicant_and_partner_layouts(paper_docs: list[Doc]) -> None:
    partner_blank = set()
    for app, ch, doc in paper_docs:
        texts = [t for _, t, _ in _all_lines(doc)]
        if ch.persons == "columns":
            # the column heads: the first 'Aanvrager' and 'Partner' of the form
            heads: dict[str, Box] = {}
            for _, t, b in _all_lines(doc):
                if t in ("Aanvrager", "Partner"):
                    heads.setdefault(t, b)
            assert heads["Aanvrager"][3] == heads["Partner"][3]
            if app.partner is not None:  # the two BSNs side by side, same row
                a, p = doc.fields["applicant_bsn"].box, doc.fields["partner_bsn"].box
                assert a is not None and p is not None
                assert p[0] > a[2] and abs(a[3] - p[3]) < 2.5
        else:
            assert any("gegevens partner" in t.lower() for t in texts)
        if app.partner is None:
            nvt = texts.count("n.v.t.")
            partner_blank.add(ch.st.no_partner)
            if ch.st.no_partner == "nvt":
                assert nvt >= 1
            else:
                assert nvt == 0
    assert partner_blank == {"empty", "nvt", "strike"}


def test_paper_comb_squares_hold_one_character_each(paper_docs: list[Doc]) -> None:
    for app, ch, doc in paper_docs:
        bsn = doc.fields["applicant_bsn"].text
        assert bsn == (" ".join(app.applicant.bsn) if ch.bsn_comb else app.applicant.bsn)
        iban = doc.fields["iban"].text
        if ch.iban_comb:
            assert iban == " ".join(app.account.iban)
        pc = doc.fields["postcode"].text
        if ch.pc_comb:
            assert pc == " ".join(app.address.postcode)


def _caption(doc: RenderedDocument, page: int, text: str) -> Box:
    found = _find(doc, text, page)
    assert len(found) == 1, (text, found)
    return found[0]


def test_paper_signature_sections(paper_docs: list[Doc]) -> None:
    """Each signing arrangement looks as it should; the geometry is checked where the stroke
    stays in its place (or the applicant did not sign)."""
    checked: set[str] = set()
    for app, ch, doc in paper_docs:
        assert doc.signature_box is not None
        page, box = doc.signature_box
        plain = ch.sig_how == "in" or not app.signed
        kind = ch.sig_kind
        if kind == "table4":
            heads = [
                _caption(doc, page, t)
                for t in ("Plaats", "Datum", "Handtekening aanvrager", "Handtekening partner")
            ]
            assert len({round(h[3], 3) for h in heads}) == 1
            assert abs(box[0] - (heads[2][0] - 1.5)) < 0.01
            if plain:  # the cell under its head
                assert box[1] > heads[2][3]
        elif kind == "table_rows":
            head = _caption(doc, page, "Handtekening")
            row = _caption(doc, page, "Aanvrager")
            assert abs(box[0] - (head[0] - 1.5)) < 0.01
            if plain:
                assert box[1] < row[1] and row[3] < box[3]
            assert _caption(doc, page, "Partner")[1] > row[3]
        elif kind == "line":
            cap = _caption(doc, page, "Handtekening aanvrager")
            assert abs(cap[0] - box[0]) < 0.01
            if plain:
                assert box[3] < cap[1]  # the caption under the line
            _caption(doc, page, "Handtekening partner")
        elif kind == "frame":
            cap = _caption(doc, page, "Handtekening aanvrager")
            if plain:  # the caption inside the frame's top-left corner, above the place
                assert 0 < cap[0] - box[0] < 2 and 0 <= box[1] - cap[3] < 1.0
        else:  # beside_label
            cap = _caption(doc, page, "Handtekening aanvrager")
            if plain:
                assert cap[2] < box[0] and box[1] <= cap[1] <= box[3]
        if plain:
            checked.add(kind)
        texts = [t for _, t, _ in _all_lines(doc)]
        assert "Ondertekening" in " ".join(texts) or "ONDERTEKENING" in " ".join(texts)
        assert any(t.startswith("Ik verklaar dat ik dit formulier volledig") for t in texts)
    assert checked == {"table4", "table_rows", "line", "frame", "beside_label"}


# --- application_form.digid_summary -------------------------------------------------------------


def test_summary_reaches_every_variant(summary_docs: list[Doc]) -> None:
    seen = variants_seen(
        {
            "present": ch.st.present,
            "heading": ch.st.heading,
            "labels": ch.labels,
            "house": ch.house,
            "surname_rows": ch.surname_rows,
            "partner_kind": (ch.partner_kind if app.partner else "none"),
            "sig_kind": ch.sig_kind,
            "sig_how": ch.sig_how,
            "browser": ch.browser,
            "banner": ch.banner,
            "zaak_label": ch.zaak_label,
            "footer_kind": ch.footer_kind,
        }
        for app, ch, _ in summary_docs
    )
    assert seen["present"] == {"table", "shaded", "dl", "inline"}
    assert seen["heading"] == {"plain", "rule", "bar", "caps"}
    assert seen["labels"] == {"brp", "plain"}
    assert seen["house"] == {"brp", "split", "single", "street_line"}
    assert seen["surname_rows"] == {"split", "full"}
    assert seen["partner_kind"] == {"section", "oneline", "columns", "none"}
    assert seen["sig_kind"] == {"lines", "boxes", "free", "table"}
    assert seen["sig_how"] == {"in", "edge", "beside"}
    assert seen["zaak_label"] == {"Zaaknummer", "Kenmerk", "Referentie"}
    assert seen["footer_kind"] == {"address", "zaak", "both"}
    for flag in ("browser", "banner"):
        assert seen[flag] == {True, False}, flag


def _label_of(doc: RenderedDocument, mark: str, labels: set[str]) -> Box:
    """The box of the label printed for a marked value: same baseline (table, shaded, inline)
    or right above it (definition list)."""
    box = doc.fields[mark].box
    page = doc.fields[mark].page
    assert box is not None and page is not None
    for t, b in doc_lines(doc, page):
        if t.rstrip(":") in labels and (abs(b[3] - box[3]) < 0.01 or 0 < box[1] - b[3] < 3):
            return b
    raise AssertionError((mark, labels))


def test_summary_label_value_presentations(summary_docs: list[Doc]) -> None:
    for app, ch, doc in summary_docs:
        if ch.partner_kind == "columns" and app.partner is not None:
            a, p = doc.fields["applicant_bsn"].box, doc.fields["partner_bsn"].box
            assert a is not None and p is not None and abs(a[3] - p[3]) < 0.01 and p[0] > a[2]
            continue
        value = doc.fields["applicant_first_names"].box
        assert value is not None
        label = _label_of(doc, "applicant_first_names", {"Voornamen"})
        if ch.st.present == "dl":
            assert label[3] < value[1] and abs(label[0] - value[0]) < 0.01
        else:
            assert abs(label[3] - value[3]) < 0.01 and label[2] < value[0]
        colon = any(t == "Voornamen:" for _, t, _ in _all_lines(doc))
        assert colon is (ch.st.present == "inline")


def test_summary_ja_nee_in_words_and_amounts_in_euros(summary_docs: list[Doc]) -> None:
    for app, ch, doc in summary_docs:
        assert doc.checkboxes == {}
        mark = doc.fields["has_partner"]
        assert mark.text == ("Ja" if app.partner else "Nee")
        for name in ("housing_costs", "declared_monthly_income", "declared_savings"):
            text = doc.fields[name].text or ""
            if ch.money_style == "euro":
                assert re.fullmatch(r"€ \d{1,3}(\.\d{3})*,\d{2}", text), text
            else:
                assert re.fullmatch(r"\d{1,3}(\.\d{3})*,\d{2}", text), text


def test_summary_address_rows(summary_docs: list[Doc]) -> None:
    for app, ch, doc in summary_docs:
        hn = app.address.house_number
        number, extra_part = split_house_number(hn)
        text = doc.fields["house_number"].text
        texts = [t.rstrip(":") for _, t, _ in _all_lines(doc)]
        if ch.house == "brp":
            assert "Huisnummer" in texts
            if extra_part.isalpha() and len(extra_part) == 1:
                assert "Huisletter" in texts
            elif extra_part:
                assert "Huisnummertoevoeging" in texts
            assert text == " ".join(x for x in (number, extra_part) if x)
        elif ch.house == "split":
            assert "Toevoeging" in texts or not extra_part
            assert text == " ".join(x for x in (number, extra_part) if x)
        elif ch.house == "street_line":
            street, hn_box = doc.fields["street"].box, doc.fields["house_number"].box
            assert street is not None and hn_box is not None and abs(street[3] - hn_box[3]) < 0.01
            assert "Adres" in texts
        else:
            assert text == hn


def test_summary_partner_data(summary_docs: list[Doc]) -> None:
    for app, ch, doc in summary_docs:
        p = app.partner
        texts = [t.rstrip(":") for _, t, _ in _all_lines(doc)]
        if p is None:
            assert not any(k.startswith("partner_") for k in doc.fields)
            continue
        if ch.partner_kind == "oneline":
            first, sur = doc.fields["partner_first_names"].box, doc.fields["partner_surname"].box
            assert first is not None and sur is not None
            assert abs(first[3] - sur[3]) < 0.01 and sur[0] > first[2]
            assert "Naam partner" in texts
        elif ch.partner_kind == "section":
            assert any(
                t in ("Uw partner", "Gegevens partner", "Leefsituatie") for t in texts
            ) or any(t in ("UW PARTNER", "GEGEVENS PARTNER", "LEEFSITUATIE") for t in texts)


def test_summary_header_footer_and_signing(summary_docs: list[Doc]) -> None:
    kinds = set()
    for app, ch, doc in summary_docs:
        n = len(doc.pages)
        for i in range(1, n + 1):
            page_text = " ".join(t for t, _ in doc_lines(doc, i))
            assert ch.zaak in page_text
            assert f"Pagina {i} van {n}" in page_text
        all_text = " ".join(t for _, t, _ in _all_lines(doc))
        assert ch.submitted in all_text
        assert "DigiD" in all_text
        captions = {
            t
            for _, t, _ in _all_lines(doc)
            if t in ("Handtekening", "Handtekening aanvrager", "Handtekening partner")
        }
        if ch.sig_kind == "free":
            assert captions == set()
        else:
            assert captions
        if ch.sig_kind in ("lines", "boxes") and app.partner is not None:
            assert "Handtekening partner" in captions
        kinds.add(ch.sig_kind)
        # the declaration and the signing are never on page 1
        assert doc.fields["signature_present"].page != 1
    assert kinds == {"lines", "boxes", "free", "table"}
