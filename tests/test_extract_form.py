"""The application_form extractor on generated dev-layout forms and on small hand-made layouts."""

from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

from extraction.application_form import extract_form, parse_bsn, parse_form_date, parse_iban
from extraction.base import Context
from extraction.pipeline import RENDER_DPI, extract_layout
from extraction.schema import FIELDS
from ocr import read_layout, render_page
from ocr.pipeline import OcrOptions, prepare
from ocr.types import Layout, Page, Source, Word, reline
from synth.canvas import DocCanvas
from synth.generate import plan, render_spec, write_document
from synth.layouts import layouts_for
from synth.people import make_application

F = FIELDS["application_form"]
DEV = {lay.name: lay for lay in layouts_for("application_form", "dev")}


def _digital(pdf: bytes, name: str = "form.pdf", *, images: bool = True) -> Context:
    lay = read_layout(pdf, name)
    # as the service renders a text-layer page for its ticks and signatures
    return Context(lay, (lambda n: render_page(pdf, name, n, dpi=RENDER_DPI)) if images else None)


def _values(ctx: Context) -> dict[str, Any]:
    ex = extract_form(ctx)
    assert set(ex.fields) == set(F)
    return {k: (None if c is None else c.value) for k, c in ex.fields.items()}


def _truth(truth: dict[str, Any]) -> dict[str, Any]:
    return {k: truth["fields"][k]["value"] for k in F}


# --- generated digital forms: every field exact, on every dev layout --------------------------


@pytest.mark.parametrize("seed", [3, 21])
def test_digital_dev_forms_all_fields_exact(seed: int) -> None:
    specs = plan(seed, len(DEV), types=["application_form"], layouts="dev", difficulties=["clean"])
    assert {s.layout.name for s in specs} == set(DEV)  # one form of each dev layout
    for spec in specs:
        doc, truth = render_spec(spec)
        got = _values(_digital(doc.pdf))
        want = _truth(truth)
        diff = {k: (got[k], want[k]) for k in F if got[k] != want[k]}
        assert not diff, f"{spec.layout.name}: {diff}"


def _render(layout_name: str, app_seed: int) -> bytes:
    c = DocCanvas(title="t")
    DEV[layout_name].render(c, make_application(app_seed), random.Random(app_seed * 5 + 1))
    return c.finish().pdf


def _seed(pred: Any) -> int:
    return next(s for s in range(3000) if pred(make_application(s)))


@pytest.mark.parametrize("layout_name", sorted(DEV))
def test_unsigned_and_undated_forms(layout_name: str) -> None:
    unsigned = _seed(lambda a: not a.signed)
    got = _values(_digital(_render(layout_name, unsigned)))
    assert got["signature_present"] is False
    undated = _seed(lambda a: a.signed and a.signature_date is None)
    ex = extract_form(_digital(_render(layout_name, undated)))
    assert ex.fields["signature_present"] is not None
    assert ex.fields["signature_present"].value is True
    assert ex.fields["signature_date"] is None  # no date next to the signature: missing


def test_partner_and_prefix_are_scoped_to_the_partner() -> None:
    seed = _seed(lambda a: a.partner is not None and a.partner.prefix and a.applicant.prefix)
    app = make_application(seed)
    assert app.partner is not None
    for name in DEV:
        got = _values(_digital(_render(name, seed)))
        assert got["has_partner"] is True, name
        assert got["applicant_surname"] == app.applicant.surname, name
        assert got["partner_surname"] == app.partner.surname, name
        assert got["partner_bsn"] == app.partner.bsn, name
        assert got["applicant_bsn"] == app.applicant.bsn, name


def test_without_page_image_ink_fields_are_not_guessed() -> None:
    spec = next(  # a form with Ja/Nee boxes (a printed web form answers in words)
        s
        for s in plan(5, 12, types=["application_form"], layouts="dev", difficulties=["clean"])
        if s.layout.name == "application_form.serif_comb"
    )
    doc, truth = render_spec(spec)
    ex = extract_form(_digital(doc.pdf, images=False))
    for name in ("has_partner", "signature_present"):
        c = ex.fields[name]
        assert c is not None and c.value is None and c.valid is None
        assert c.problems == ["no page image"]
    assert ex.fields["applicant_bsn"] is not None
    assert ex.fields["applicant_bsn"].value == truth["fields"]["applicant_bsn"]["value"]
    # partner fields are only dropped when the boxes say "Nee"; unknown keeps what is printed
    if truth["fields"]["has_partner"]["value"]:
        assert ex.fields["partner_bsn"] is not None
        assert ex.fields["partner_bsn"].value == truth["fields"]["partner_bsn"]["value"]


# --- a scan: OCR, comb boxes re-read with a whitelist, ink measured in the prepared image ---


def _scan_context(path: Path) -> Context:
    data = path.read_bytes()
    layout = read_layout(data, path.name)
    opts = OcrOptions()

    def page_image(n: int) -> np.ndarray:
        gray = render_page(data, path.name, n, dpi=opts.pdf_dpi)
        img, stub = prepare(gray, opts.pdf_dpi, opts)
        if (stub.rotation - layout.pages[n - 1].rotation) % 360 == 180:  # flipped after reading
            img = np.ascontiguousarray(np.rot90(img, 2))
        return img

    return Context(layout, page_image)


def test_scanned_comb_form(tmp_path: Path) -> None:
    spec = next(
        s
        for s in plan(5, 40, types=["application_form"], layouts="dev", difficulties=["scan"])
        if s.layout.name == "application_form.serif_comb"
    )
    line = write_document(dataclasses.replace(spec, fmt="scan-pdf"), tmp_path)
    truth = json.loads((tmp_path / line["truth"]).read_text())
    got = _values(_scan_context(tmp_path / line["files"][0]))
    want = _truth(truth)
    for name in ("applicant_bsn", "applicant_date_of_birth", "has_partner", "signature_present"):
        assert got[name] == want[name], name
    right = sum(got[k] == want[k] for k in F)
    assert right >= len(F) - 2, {k: (got[k], want[k]) for k in F if got[k] != want[k]}


# --- hand-made layouts -------------------------------------------------------------------------


def _layout(rows: list[tuple[float, list[tuple[float, str]]]], *, ocr: bool = False) -> Layout:
    """Words at (x, y) as fractions of an A4 page; each word 0.0075 wide per character (`ocr`:
    as read from a scan)."""
    words = []
    for y, items in rows:
        for x, text in items:
            x1 = x + 0.0075 * len(text)
            words.append(Word(text, (x, y, x1, y + 0.011), 0.95))
    page = Page(1, 595, 842, 0, ocr, reline(words))
    return Layout(Source("hand.pdf", "0" * 64, "application/pdf", 1), (page,))


def _row(x: float, text: str, gap: float = 0.0065) -> list[tuple[float, str]]:
    """One run of words at normal spacing from x."""
    out = []
    for word in text.split():
        out.append((x, word))
        x += 0.0075 * len(word) + gap
    return out


def test_label_left_combined_labels_and_comb_digits() -> None:
    lay = _layout(
        [
            (0.10, _row(0.1, "1. Persoonlijke gegevens")),
            (0.13, _row(0.1, "BSN") + _row(0.4, "1 1 1 2 2 2 3 3 3", gap=0.02)),
            (0.16, _row(0.1, "Voornamen") + _row(0.4, "Jan Willem")),
            (0.19, _row(0.1, "Tussenvoegsel") + _row(0.4, "van der")),
            (0.22, _row(0.1, "Achternaam") + _row(0.4, "Berg")),
            (0.25, _row(0.1, "Straat en huisnummer") + _row(0.4, "Lange Nieuwstraat 12a")),
            (0.28, _row(0.1, "Postcode en woonplaats") + _row(0.4, "1011 AB Amsterdam")),
            (0.31, _row(0.1, "Geboortedatum") + _row(0.4, "0 1 0 2 1 9 8 0", gap=0.02)),
            (0.34, _row(0.1, "Huur per maand") + _row(0.4, "€ 725,00")),
            (0.37, _row(0.1, "Aantal kinderen") + _row(0.4, "geen")),
            (0.40, _row(0.1, "Telefoonnummer") + _row(0.4, "06-12345678")),
        ]
    )
    got = _values(Context(lay))
    assert got["applicant_bsn"] == "111222333"
    assert got["applicant_first_names"] == "Jan Willem"
    assert got["applicant_surname"] == "van der Berg"
    assert (got["street"], got["house_number"]) == ("Lange Nieuwstraat", "12a")
    assert (got["postcode"], got["city"]) == ("1011AB", "Amsterdam")
    assert got["applicant_date_of_birth"] == "1980-02-01"
    assert got["housing_costs"] == "725.00"
    assert got["children_count"] == 0
    assert got["phone"] == "+31612345678"
    assert got["email"] is None and got["iban"] is None  # not on this form: missing


def test_prefix_rows_in_applicant_and_partner_sections_a_hint_above() -> None:
    # a hint line that fuzzily names a label ('Geboortedatums als ...') and a partner heading
    # that is also the has-partner label's word must not shift applicant values to the partner
    lay = _layout(
        [
            (0.06, _row(0.5, "Geboortedatums als dd mm jjjj")),
            (0.10, _row(0.1, "1 Persoonlijke gegevens aanvrager")),
            (0.13, _row(0.1, "Voornamen") + _row(0.3, "Bart Mohamed")),
            (
                0.16,
                _row(0.1, "Tussenvoegsel")
                + _row(0.3, "ter")
                + _row(0.5, "Achternaam")
                + _row(0.7, "Horst"),
            ),
            (0.19, _row(0.1, "Geboortedatum") + _row(0.3, "1 3 1 0 1 9 7 9", gap=0.02)),
            (0.24, _row(0.1, "2 Partner")),
            (0.27, _row(0.1, "Heeft u een partner?") + _row(0.4, "Ja") + _row(0.5, "Nee")),
            (0.30, _row(0.1, "Voornamen") + _row(0.3, "Noor Ingrid")),
            (
                0.33,
                _row(0.1, "Tussenvoegsel")
                + _row(0.3, "van")
                + _row(0.5, "Achternaam")
                + _row(0.7, "Leeuwen"),
            ),
            (0.36, _row(0.1, "Geboortedatum") + _row(0.3, "0 8 0 9 1 9 7 5", gap=0.02)),
            (0.42, _row(0.1, "3 Woonsituatie")),
            (0.45, _row(0.1, "Aantal kinderen") + _row(0.3, "2")),
        ]
    )
    got = _values(Context(lay))
    assert (got["applicant_surname"], got["partner_surname"]) == ("ter Horst", "van Leeuwen")
    assert got["applicant_date_of_birth"] == "1979-10-13"
    assert got["partner_date_of_birth"] == "1975-09-08"
    assert got["partner_first_names"] == "Noor Ingrid"


def test_labels_above_in_columns_and_partner_section() -> None:
    lay = _layout(
        [
            (0.10, _row(0.1, "1. Gegevens aanvrager")),
            (0.13, _row(0.1, "Burgerservicenummer") + _row(0.5, "Geboortedatum")),
            (0.15, _row(0.1, "111222333") + _row(0.5, "12-03-1990")),
            (0.20, _row(0.1, "2. Gegevens partner")),
            (0.23, _row(0.1, "Burgerservicenummer") + _row(0.5, "Geboortedatum")),
            (0.25, _row(0.1, "123456782") + _row(0.5, "31-12-1988")),
            (0.30, _row(0.1, "3. Inkomsten")),
            (0.33, _row(0.1, "IBAN") + _row(0.5, "Ingangsdatum")),
            (0.35, _row(0.1, "NL91 ABNA 0417 1643 00") + _row(0.5, "1 april 2026")),
        ]
    )
    got = _values(Context(lay))
    assert (got["applicant_bsn"], got["applicant_date_of_birth"]) == ("111222333", "1990-03-12")
    assert (got["partner_bsn"], got["partner_date_of_birth"]) == ("123456782", "1988-12-31")
    assert got["iban"] == "NL91ABNA0417164300"
    assert got["requested_start_date"] == "2026-04-01"


def test_applicant_partner_table_and_invalid_bsn_goes_to_review() -> None:
    lay = _layout(
        [
            (0.10, [(0.3, "Aanvrager"), (0.6, "Partner")]),
            (0.13, [*_row(0.1, "BSN"), (0.3, "111222333"), (0.6, "123456789")]),
            (0.16, _row(0.1, "Voornamen") + _row(0.3, "Anna") + _row(0.6, "Piet Jan")),
            (0.19, _row(0.1, "Achternaam") + _row(0.3, "de Vries") + _row(0.6, "Jansen")),
        ]
    )
    ex = extract_form(Context(lay))
    f = ex.fields
    assert f["applicant_bsn"] is not None and f["applicant_bsn"].value == "111222333"
    assert f["applicant_bsn"].valid is True
    bad = f["partner_bsn"]
    assert bad is not None and bad.value is None and bad.valid is False  # fails the 11-test
    assert bad.text == "123456789" and bad.problems
    assert f["partner_first_names"] is not None and f["partner_first_names"].value == "Piet Jan"
    assert f["applicant_surname"] is not None and f["applicant_surname"].value == "de Vries"
    assert f["has_partner"] is None  # no partner question on this form


def _checkbox_page(ticked: str | None) -> tuple[Layout, np.ndarray]:
    """A question with Ja/Nee checkboxes drawn in a page image (A4 at 100 DPI)."""
    h, w = 1170, 827
    img = np.full((h, w), 250, np.uint8)
    words = [*_row(0.1, "Heeft u een partner?")]
    rows = [(0.2, words), (0.2, [(0.5, "Ja"), (0.6, "Nee")])]
    lay = _layout(rows)
    for x_word, name in ((0.5, "ja"), (0.6, "nee")):
        x1 = int(x_word * w) - 6
        x0 = x1 - 16
        y0 = int(0.2 * h) + 6 - 8
        cv2.rectangle(img, (x0, y0), (x0 + 16, y0 + 16), 0, 1)
        if ticked == name:
            cv2.line(img, (x0 + 3, y0 + 3), (x0 + 13, y0 + 13), 20, 2)
            cv2.line(img, (x0 + 3, y0 + 13), (x0 + 13, y0 + 3), 20, 2)
    return lay, img


@pytest.mark.parametrize(("ticked", "value"), [("ja", True), ("nee", False), (None, None)])
def test_checkbox_ink(ticked: str | None, value: bool | None) -> None:
    lay, img = _checkbox_page(ticked)
    c = extract_form(Context(lay, lambda n: img)).fields["has_partner"]
    assert c is not None
    assert c.value is value
    if value is None:
        assert c.valid is False and "no box ticked" in c.problems
    else:
        assert c.valid is True and not c.problems


def test_marks_before_a_street_are_dropped() -> None:
    from extraction.application_form import parse_street

    assert parse_street("_ Burgemeester de Vlugtlaan") == "Burgemeester de Vlugtlaan"
    assert parse_street("'s-Gravendijkwal") == "'s-Gravendijkwal"
    assert parse_street("1e Jan Steenstraat") == "1e Jan Steenstraat"


def test_parsers() -> None:
    assert parse_form_date("1 6 0 4 2 0 2 6") == "2026-04-16"
    assert parse_form_date("0 2 - 0 4 - 2 0 2 6") == "2026-04-02"
    assert parse_form_date("23 juli 1994") == "1994-07-23"
    with pytest.raises(ValueError):
        parse_form_date("31-02-2026")
    assert parse_bsn("1 1 1 2 2 2 3 3 3") == "111222333"
    with pytest.raises(ValueError):
        parse_bsn("11122233")  # 8 digits: a box was not read
    assert parse_iban("NLO9 KNAB 8720 3184 64") == "NL09KNAB8720318464"  # OCR 'O' for '0'
    with pytest.raises(ValueError):
        parse_iban("NL09 KNAB 8720 3184 65")  # mod-97 fails


@pytest.mark.parametrize("ticked", [0, 1])
def test_partner_squares_read_when_the_answer_words_are_garbled(ticked: int) -> None:
    # OCR glued the squares to the answers ('Elia', 'WNee'): the two squares right of the
    # question are found on the image, the first being 'Ja' by the forms' convention
    lay = _layout(
        [
            (0.10, _row(0.1, "2. Partner")),
            (
                0.13,
                _row(0.1, "Heeft u een partner met wie u samenwoont?")
                + _row(0.56, "Elia")
                + _row(0.66, "WNee"),
            ),
            (0.16, _row(0.1, "Voornamen partner")),
        ],
        ocr=True,
    )
    img = np.full((842 * 2, 595 * 2), 255, np.uint8)
    h = 842 * 2
    y0, y1 = int(0.13 * h) - 2, int(0.141 * h) + 2
    for k, x in enumerate((0.54, 0.64)):
        x0 = int(x * 595 * 2)
        cv2.rectangle(img, (x0, y0), (x0 + (y1 - y0), y1), 0, 2)
        if k == ticked:
            cv2.line(img, (x0 + 4, y0 + 4), (x0 + (y1 - y0) - 4, y1 - 4), 0, 3)
            cv2.line(img, (x0 + 4, y1 - 4), (x0 + (y1 - y0) - 4, y0 + 4), 0, 3)
    got = extract_form(Context(lay, lambda n: img)).fields["has_partner"]
    assert got is not None and got.value is (ticked == 0) and got.valid is True


def test_a_label_word_at_the_end_of_another_phrase_is_no_label() -> None:
    # 'Inkomen' ends the department's name in the footer: 'Pagina 3 van 3' is no income
    lay = _layout(
        [
            (0.10, _row(0.1, "4.1 Wat is uw inkomen per maand?") + _row(0.6, "€ 1.250,00")),
            (
                0.95,
                _row(0.1, "Gemeente Groningen - Werk en Inkomen") + _row(0.45, "Pagina 3 van 3"),
            ),
        ]
    )
    cands = extract_form(Context(lay)).fields
    assert cands["declared_monthly_income"] is not None
    assert cands["declared_monthly_income"].value == "1250.00"
    lay = _layout(
        [(0.95, _row(0.1, "Gemeente Groningen - Werk en Inkomen") + _row(0.45, "Pagina 3"))]
    )
    assert extract_form(Context(lay)).fields["declared_monthly_income"] is None


def test_an_age_bound_in_the_label_is_no_children_count() -> None:
    lay = _layout(
        [
            (0.10, _row(0.1, "Aantal inwonende kinderen jonger dan") + _row(0.42, "18 jaar")),
            (0.13, _row(0.1, "2")),
        ]
    )
    f = extract_form(Context(lay)).fields["children_count"]
    assert f is not None and f.value == 2


def test_signature_and_start_dates_far_apart_disagree() -> None:
    def fields(signed: str) -> dict[str, Any]:
        lay = _layout(
            [
                (0.10, _row(0.1, "Gewenste ingangsdatum") + _row(0.4, "1 februari 2026")),
                (0.13, _row(0.1, "Datum ondertekening") + _row(0.4, signed)),
            ]
        )
        return extract_form(Context(lay)).fields

    near, far = fields("14 januari 2026"), fields("14 januari 2016")
    assert near["signature_date"].agreement > 0.5 and near["requested_start_date"].agreement > 0.5
    assert far["signature_date"].agreement == 0.0 == far["requested_start_date"].agreement


# --- signatures wherever forms put them: above a captioned line, on a line, in the open -----


def _signature_form(style: str, signed: bool) -> bytes:
    """A one-page form whose signature place is drawn in `style`."""
    rng = random.Random(7)
    c = DocCanvas(title="t")
    c.text(20, 20, "Aanvraag bijstand (Participatiewet)", size=14)
    c.text(20, 40, "Burgerservicenummer", size=10)
    c.text(80, 40, "123456782", size=10)
    c.text(20, 200, "Ondertekening", size=12)
    c.text(20, 210, "Ik verklaar dit formulier naar waarheid te hebben ingevuld.", size=9)
    if style == "caption_under_line":  # signed above a line, the caption under it
        c.line(20, 250, 95, 250)
        c.text(20, 255, "Handtekening aanvrager", size=9)
        c.line(110, 250, 185, 250)
        c.text(110, 255, "Datum", size=9)
        if signed:
            c.scribble(25, 232, 60, 16, rng)
    elif style == "table_row":  # 'Handtekening aanvrager | [          ]', sign in the next cell
        c.rect(20, 225, 50, 25)
        c.rect(70, 225, 110, 25)
        c.text(22, 239, "Handtekening aanvrager", size=9)
        if signed:
            c.scribble(80, 229, 70, 18, rng)
    elif style == "label_then_line":  # 'Handtekening: ________' with the signature on the line
        c.text(20, 240, "Handtekening:", size=10)
        c.line(50, 241, 130, 241)
        if signed:
            c.scribble(55, 227, 60, 15, rng)
    elif style == "table_header":  # 'Plaats | Datum | Handtekening' over the cells to fill in
        for x, w, head in ((20, 50, "Plaats"), (70, 50, "Datum"), (120, 70, "Handtekening")):
            c.rect(x, 225, w, 8)
            c.rect(x, 233, w, 25)
            c.text(x + 2, 230, head, size=9)
        c.text(22, 246, "Utrecht", size=10)
        if signed:
            c.scribble(125, 237, 55, 16, rng)
    elif style == "box_far_right":  # 'Handtekening' left, the box on the far right of its row
        c.text(20, 240, "Handtekening", size=10)
        c.rect(110, 228, 80, 25)
        if signed:
            c.scribble(115, 232, 60, 16, rng)
    else:  # open space under the label, no box or line
        c.text(20, 235, "Handtekening", size=10)
        if signed:
            c.scribble(22, 240, 60, 16, rng)
    return c.finish().pdf


@pytest.mark.parametrize(
    "style",
    ["caption_under_line", "label_then_line", "open_space", "table_row", "table_header",
     "box_far_right"],
)  # fmt: skip
def test_signature_found_where_the_form_puts_it(style: str) -> None:
    for signed in (True, False):
        ex = extract_form(_digital(_signature_form(style, signed)))
        sig = ex.fields["signature_present"]
        assert sig is not None and sig.value is signed, (style, signed, sig)
        if style != "open_space":  # a printed place to sign, measured: sure either way
            assert sig.ocr_conf == 1.0 and not sig.doubt, (style, signed, sig)
    # an unsigned form with no printed place to sign is not sure of the absence
    if style == "open_space":
        assert sig is not None and sig.ocr_conf <= 0.5


def _partner_question(style: str, answer: bool) -> bytes:
    c = DocCanvas(title="t")
    c.text(20, 20, "Aanvraag bijstand (Participatiewet)", size=14)
    q = "Heeft u een partner met wie u een gezamenlijke huishouding voert?"
    if style == "typed":  # a printed web form: the answer in words in the answer column
        c.text(20, 60, q, size=9)
        c.text(135, 60, "Ja" if answer else "Nee, ik woon alleen", size=9)
    else:  # the options stacked, boxes in one column
        c.text(20, 60, q, size=9)
        c.checkbox(24, 65, answer)
        c.text(30, 68, "Ja", size=9)
        c.checkbox(24, 72, not answer)
        c.text(30, 75, "Nee", size=9)
    return c.finish().pdf


@pytest.mark.parametrize("style", ["typed", "stacked"])
def test_partner_answered_in_words_or_stacked_boxes(style: str) -> None:
    for answer in (True, False):
        ex = extract_form(_digital(_partner_question(style, answer)))
        got = ex.fields["has_partner"]
        assert got is not None and got.value is answer and got.valid, (style, answer, got)


def test_house_number_addition_in_its_own_box() -> None:
    from tests.helpers import rows_layout

    for number, addition, want in (("12", "a", "12a"), ("7", "2", "7-2"), ("31", "hs", "31 hs")):
        lay = rows_layout(
            [
                [(0.1, "Aanvraag bijstand")],
                [(0.1, "Straat"), (0.35, "Dorpsstraat")],
                [(0.1, "Huisnummer"), (0.35, number), (0.5, "Toevoeging"), (0.65, addition)],
                [(0.1, "Postcode"), (0.35, "1234 AB")],
                [
                    (0.1, "Hoeveel geld staat er op uw bank- en spaarrekeningen?"),
                    (0.6, "€ 1.250,00"),
                ],
            ]
        )
        got = _values(Context(lay, None))
        assert got["house_number"] == want
        assert got["street"] == "Dorpsstraat"
        assert got["declared_savings"] == "1250.00"


def test_help_text_and_wrapped_questions_are_not_values() -> None:
    from tests.helpers import rows_layout

    lay = rows_layout(
        [
            [(0.1, "Aanvraag bijstand")],
            [(0.1, "2.2 Wat zijn uw voornamen?")],
            [(0.13, "Schrijf alle voornamen voluit")],  # its full stop lost to OCR
            [(0.13, "Marieke Eva")],
            [(0.1, "5.1 Hoeveel geld staat er op al uw bank- en"), (0.6, "€ 1.250,00")],
            [(0.13, "spaarrekeningen samen?")],
            [(0.1, "5.2 Zo ja, hoeveel zijn uw inkomsten netto per maand"), (0.6, "850,-")],
            [(0.1, "Ja Nee » ga door naar vraag 20")],
        ]
    )
    got = _values(Context(lay, None))
    assert got["applicant_first_names"] == "Marieke Eva"
    assert got["declared_savings"] == "1250.00"
    assert got["declared_monthly_income"] == "850.00"


def test_implausible_children_and_income_are_doubted() -> None:
    from extraction.application_form import _plausible
    from extraction.base import Candidate

    odd = {
        "children_count": Candidate(18, "18"),
        "declared_monthly_income": Candidate("5.00", "5,00"),
    }
    _plausible(odd)
    assert odd["children_count"].doubt and odd["declared_monthly_income"].doubt
    assert "18 children" in odd["children_count"].problems[0]
    usual = {
        "children_count": Candidate(2, "2"),
        "declared_monthly_income": Candidate("1384.43", "1.384,43"),
    }
    _plausible(usual)
    assert not usual["children_count"].doubt and not usual["declared_monthly_income"].doubt
    assert usual["children_count"].problems == usual["declared_monthly_income"].problems == []


def test_partner_inside_another_question_does_not_ask_for_a_partner() -> None:
    from extraction.application_form import Sheet, _Images, find_hits, find_structure, has_partner
    from extraction.base import Context
    from extraction.layout_query import DocView
    from tests.helpers import rows_layout

    # 'Heeft u (of uw partner) inkomsten uit werk?' is an income question: its 'partner' is no
    # has_partner question, so its Ja/Nee boxes say nothing about a partner
    line = [(0.1, "Heeft u (of uw partner) inkomsten uit werk?"), (0.6, "Ja"), (0.7, "Nee")]
    view = DocView(rows_layout([line]))
    sheet = Sheet(view)
    hits = [h for h in find_hits(sheet, ("has_partner",)) if h.key == "has_partner"]
    assert hits and all(len(h.words) == 1 for h in hits)
    assert has_partner(sheet, hits, find_structure(sheet), _Images(Context(view.layout))) is None


def test_surnames_prefixes_and_house_letters() -> None:
    from extraction.application_form import parse_house_number, parse_prefix, parse_surname

    assert parse_surname("van 't Hof") == "van 't Hof"
    for only_a_prefix in ("de", "de de", "van der"):
        with pytest.raises(ValueError):
            parse_surname(only_a_prefix)
    assert parse_prefix("van der") == "van der"
    with pytest.raises(ValueError):
        parse_prefix("Dennis")  # the next row's first name, read under a 'Voorvoegsel' caption
    assert parse_house_number("30 b") == "30b"
    assert parse_house_number("12 hs") == "12 hs"


def test_a_numbered_row_with_answers_in_columns_is_no_heading() -> None:
    from extraction.application_form import is_heading
    from extraction.layout_query import Line

    def line(*runs: tuple[float, str]) -> Line:
        words = []
        for x, text in runs:
            for part in text.split():
                words.append(Word(part, (x, 0.4, x + 0.01 * len(part), 0.41), 1.0, 0))
                x += 0.01 * len(part) + 0.005
        return Line(1, 0, tuple(words))

    assert is_heading(line((0.08, "1"), (0.12, "Gegevens aanvrager")))
    assert not is_heading(line((0.1, "1.3 Achternaam"), (0.39, "van 't Hof"), (0.65, "van 't Hof")))


def test_pen_strokes_beside_an_empty_signature_box_are_found() -> None:
    from extraction.application_form import _stray_strokes

    img = np.full((1400, 1000), 255, np.uint8)
    label = (0.1, 0.5, 0.22, 0.51)
    cv2.rectangle(img, (260, 680), (600, 760), 0, 2)  # the empty box right of the label
    assert _stray_strokes(img, label, []) is None
    xs = np.arange(650, 900)
    ys = (760 + 25 * np.sin(xs / 9.0)).astype(np.int32)
    cv2.polylines(img, [np.stack([xs, ys], axis=1)], False, 0, 2)  # signed beside the box
    found = _stray_strokes(img, label, [])
    assert found is not None and found[0] >= 640 and found[2] <= 910


def test_a_birth_year_after_the_signature_is_doubted() -> None:
    from extraction.application_form import _plausible
    from extraction.base import Candidate

    born = Candidate("2072-11-06", "06112072", 1, None, 1.0, 0.9, True)
    fine = Candidate("1972-11-06", "06111972", 1, None, 1.0, 0.9, True)
    signed = Candidate("2026-03-01", "01-03-2026", 1, None, 1.0, 0.9, True)
    _plausible(
        {"applicant_date_of_birth": born, "partner_date_of_birth": fine, "signature_date": signed}
    )
    assert born.doubt and not fine.doubt


def _paper_form(*, ticked: str, stacked: bool) -> bytes:
    """A municipality's paper form: 'Ja [ ]  Nee [✓]' (boxes after their words, the tick drawn
    out over the box's edge) or the options stacked with room between them; a signing table
    whose date is written low in the cell under its heading."""
    c = DocCanvas(title="t")
    c.text(20, 20, "Aanvraagformulier bijstand levensonderhoud", size=14)
    c.text(20, 40, "1.1 Bent u getrouwd of woont u samen?", size=9)
    if stacked:
        for k, word in enumerate(("Ja", "Nee")):
            c.checkbox(22, 44 + 8 * k, ticked == word, size=5, style="check")
            c.text(29, 48 + 8 * k, word, size=10)
    else:
        for x, word in ((22, "Ja"), (40, "Nee")):
            c.text(x, 48, word, size=10)
            c.checkbox(x + 2.5 * len(word) + 1.5, 44.5, ticked == word, size=5, style="check")
    c.text(20, 70, "1.2 Achternaam partner", size=9)
    c.text(80, 70, "n.v.t.", size=10)
    c.text(20, 200, "Plaats", size=9)
    c.text(60, 200, "Datum", size=9)
    c.text(100, 200, "Handtekening aanvrager", size=9)
    c.text(20, 212, "Utrecht", size=10)
    c.text(60, 212, "12-03-2026", size=10)
    return c.finish().pdf


@pytest.mark.parametrize("stacked", [False, True])
@pytest.mark.parametrize("ticked", ["Ja", "Nee"])
def test_paper_form_boxes_not_applicable_and_signing_table(ticked: str, stacked: bool) -> None:
    ex = extract_form(_digital(_paper_form(ticked=ticked, stacked=stacked)))
    got = ex.fields["has_partner"]
    assert got is not None and got.value is (ticked == "Ja") and got.valid, got
    if ticked == "Ja":  # 'n.v.t.' (niet van toepassing) is no surname: the field is empty
        assert ex.fields["partner_surname"] is not None
        assert ex.fields["partner_surname"].value is None
    date = ex.fields["signature_date"]
    assert date is not None and date.value == "2026-03-12" and date.label_score > 0


def test_label_ends_on_the_next_line_and_comb_iban() -> None:
    from tests.helpers import rows_layout

    lay = rows_layout(
        [
            [(0.1, "Aanvraag bijstand")],
            [(0.1, "3.2 Aantal kinderen jonger dan")],
            [(0.1, "18 jaar")],
            [(0.1, "2")],
            [(0.1, "4.4 Totaal saldo bank- en"), (0.6, "€ 310,00")],
            [(0.13, "spaarrekeningen")],
            [(0.1, "5.1 IBAN (rekeningnummer)")],
            [(0.1, "N L 2 5 R B R B 0 3 5 1 2 6 7 2 3 5")],
        ]
    )
    got = _values(Context(lay, None))
    assert got["children_count"] == 2  # not the '18' of the label's own end
    assert got["declared_savings"] == "310.00"
    assert got["iban"] == "NL25RBRB0351267235"  # 18 comb boxes, one character each


def test_an_empty_numbered_row_does_not_end_the_applicant_partner_table() -> None:
    from tests.helpers import rows_layout

    lay = rows_layout(
        [
            [(0.1, "2. GEGEVENS AANVRAGER EN PARTNER")],
            [(0.39, "Aanvrager"), (0.65, "Partner")],
            [(0.1, "2.2 BSN"), (0.39, "760587000"), (0.65, "789547247")],
            [(0.1, "2.3 Tussenvoegsel(s)")],
            [(0.1, "2.4 Achternaam"), (0.39, "Müller"), (0.65, "Mulder")],
            [(0.1, "2.5 Voornamen"), (0.39, "Kees Rachid"), (0.65, "Esther")],
        ]
    )
    got = _values(Context(lay, None))
    assert (got["applicant_surname"], got["partner_surname"]) == ("Müller", "Mulder")
    assert (got["applicant_first_names"], got["partner_first_names"]) == ("Kees Rachid", "Esther")


@pytest.mark.parametrize(
    ("printed", "surname", "first_names"),
    [
        ("Tom Pieter Schouten", "Schouten", "Tom Pieter"),
        ("Yasmin Johanna de Groot", "de Groot", "Yasmin Johanna"),
        ("Groot, Yasmin Johanna de", "de Groot", "Yasmin Johanna"),
        ("T.P. Schouten", "T.P. Schouten", None),  # initials are no first names
    ],
)
def test_a_full_name_under_one_label_is_split_for_review(
    printed: str, surname: str, first_names: str | None
) -> None:
    from tests.helpers import rows_layout

    lay = rows_layout([[(0.1, "Aanvraag bijstand")], [(0.1, "Naam:"), (0.3, printed)]])
    ex = extract_form(Context(lay, None))
    sur, given = ex.fields["applicant_surname"], ex.fields["applicant_first_names"]
    assert sur is not None and sur.value == surname and sur.doubt  # a person confirms the split
    assert (given.value if given else None) == first_names
    assert given is None or given.doubt


def test_house_number_addition_under_a_two_word_label_and_a_one_line_address() -> None:
    from tests.helpers import rows_layout

    lay = rows_layout(
        [
            [(0.1, "Aanvraag bijstand")],
            [(0.1, "Straat:"), (0.35, "Marktplein")],
            [(0.1, "Huisnummer:"), (0.35, "172")],
            [(0.1, "Huisnummer toevoeging:"), (0.35, "a")],  # the addition alone
        ]
    )
    assert _values(Context(lay, None))["house_number"] == "172a"
    lay = rows_layout(
        [
            [(0.1, "Aanvraag bijstand")],
            [(0.1, "Adres:"), (0.3, "Van Goghlaan 12-2, 1011 AB Amsterdam")],
        ]
    )
    got = _values(Context(lay, None))
    assert [got[k] for k in ("street", "house_number", "postcode", "city")] == [
        "Van Goghlaan", "12-2", "1011AB", "Amsterdam"
    ]  # fmt: skip


def _comb(x: float, text: str, pitch: float = 0.025) -> list[tuple[float, str]]:
    """Letters in comb boxes, one per box; a space leaves a box empty."""
    return [(x + i * pitch, ch) for i, ch in enumerate(text) if ch != " "]


def _names(rows: list[tuple[float, list[tuple[float, str]]]]) -> dict[str, tuple[Any, str]]:
    head = [
        (0.05, _row(0.1, "Aanvraag bijstand Participatiewet")),
        (0.10, _row(0.1, "1. Persoonlijke gegevens")),
        (0.13, _row(0.1, "Burgerservicenummer") + _row(0.4, "111222333")),
    ]
    fields = extract_layout(_layout(head + rows))[0].fields
    return {
        k: (fields[k].value, fields[k].status)
        for k in ("applicant_first_names", "applicant_surname", "partner_surname", "city")
    }


def test_names_asked_in_other_ways() -> None:
    # 'Uw voornamen' on a line of its own is a label, not a section title like 'Uw inkomsten'
    got = _names([
        (0.16, _row(0.1, "Uw voornamen")), (0.175, _row(0.1, "Jan Willem")),
        (0.20, _row(0.1, "Uw achternaam")), (0.215, _row(0.1, "Berg")),
    ])  # fmt: skip
    assert got["applicant_first_names"] == ("Jan Willem", "accepted")
    assert got["applicant_surname"] == ("Berg", "accepted")
    # a question over the labels that take its answer is no label of the applicant's surname
    # (which made 'Achternaam' the second surname label: the partner's)
    got = _names([
        (0.16, _row(0.1, "1.2 Wat is uw naam?")),
        (0.18, _row(0.12, "Voornamen") + _row(0.4, "Jan Willem")),
        (0.20, _row(0.12, "Achternaam") + _row(0.4, "Berg")),
    ])  # fmt: skip
    assert got["applicant_surname"] == ("Berg", "accepted")
    assert got["partner_surname"] == (None, "missing")
    # surname first, then first names, under one label: split, and a person looks
    got = _names([(0.16, _row(0.1, "Achternaam en voornamen") + _row(0.4, "Berg, Jan Willem"))])
    assert got["applicant_surname"] == ("Berg", "review")
    assert got["applicant_first_names"] == ("Jan Willem", "review")
    got = _names([(0.16, _row(0.1, "Geboortenaam") + _row(0.4, "Berg"))])
    assert got["applicant_surname"] == ("Berg", "accepted")


def test_names_in_comb_boxes() -> None:
    got = _names([
        (0.16, _row(0.1, "Voornamen") + _comb(0.4, "JAN WILLEM")),
        (0.19, _row(0.1, "Achternaam") + _comb(0.4, "VAN DER BERG")),
        (0.22, _row(0.1, "Woonplaats") + _comb(0.4, "AMSTERDAM")),
    ])  # fmt: skip
    assert got["applicant_first_names"][0] == "JAN WILLEM"  # was 'J', accepted
    assert got["applicant_surname"][0] == "VAN DER BERG"
    assert got["city"][0] == "AMSTERDAM"


@pytest.mark.parametrize(
    "label", ["Naam en handtekening", "Plaats, datum en handtekening", "Handtekening voor akkoord"]
)
def test_signature_labels_that_name_more_than_the_signature(label: str) -> None:
    for signed in (True, False):
        rng = random.Random(7)
        c = DocCanvas(title="t")
        c.text(20, 20, "Aanvraag bijstand (Participatiewet)", size=14)
        c.text(20, 200, "Ondertekening", size=12)
        c.text(20, 240, label, size=10)
        c.line(75, 241, 150, 241)
        if signed:
            c.scribble(80, 227, 60, 15, rng)
        sig = extract_form(_digital(c.finish().pdf)).fields["signature_present"]
        assert sig is not None and sig.value is signed, (label, signed)


def test_an_abbreviated_house_number_label_ending_in_a_full_stop() -> None:
    # 'Huisnr. + toev.' is all label, not the end of a sentence
    rows = [
        (0.05, _row(0.1, "Aanvraag bijstand Participatiewet")),
        (0.16, _row(0.1, "Straat") + _row(0.4, "Dorpsstraat")),
        (0.19, _row(0.1, "Huisnr. + toev.") + _row(0.4, "12") + _row(0.5, "hs")),
    ]
    fields = extract_layout(_layout(rows))[0].fields
    assert (fields["street"].value, fields["house_number"].value) == ("Dorpsstraat", "12 hs")


@pytest.mark.parametrize(
    ("address", "agrees", "doubted"),
    [
        ("mirjam.dijkstra17@post.example", True, False),
        ("m.dijkstra@post.example", False, False),  # initials: no evidence either way
        ("dijkstral7@post.example", False, True),  # '1' read as 'l' after the name
        ("nirjam.dijkstra17@post.example", False, True),  # the first name one letter off
        ("info@dijkstra-advies.example", False, False),
    ],
)
def test_an_email_address_checked_against_the_names(
    address: str, agrees: bool, doubted: bool
) -> None:
    from extraction.application_form import _email_and_name
    from extraction.base import Candidate

    email = Candidate(address, address)
    names = {
        "applicant_first_names": Candidate("Mirjam Sophie"),
        "applicant_surname": Candidate("van Dijkstra"),
    }
    _email_and_name(email, names)
    assert (email.agreement == 1.0, email.doubt) == (agrees, doubted)


@pytest.mark.parametrize(
    ("label", "answer"),
    [
        ("Heeft u spaargeld?", "Ja, € 1.250,00"),
        ("Geld op bankrekeningen", "€ 1.250,00"),
        ("Tegoed op bank- en spaarrekeningen", "Ja € 1.250,00"),
        ("Hoogte spaargeld", "€ 1.250,00"),  # a qualifier before the label
        ("Saldo bankrekeningen", "€ 1.250,00"),
    ],
)
def test_savings_answered_yes_with_the_amount(label: str, answer: str) -> None:
    from tests.helpers import rows_layout

    lay = rows_layout([
        [(0.07, "Aanvraag bijstand levensonderhoud")],
        [(0.07, "Burgerservicenummer"), (0.5, "111222333")],
        [(0.07, label), (0.5, answer)],
    ])  # fmt: skip
    assert _values(Context(lay, None))["declared_savings"] == "1250.00"


def test_ja_nee_with_the_answer_that_does_not_apply_struck_through() -> None:
    from extraction.application_form import _struck

    img = np.full((40, 120), 255, np.uint8)
    for x in (20, 30, 40, 50, 60):  # 'letters' with gaps between them, from y 10 to 20
        img[10:20, x : x + 6] = 0
    word = (20 / 120, 10 / 40, 66 / 120, 20 / 40)  # page fractions
    assert not _struck(img, word)
    img[15, 16:71] = 40  # a pen stroke through the middle, overshooting both ends
    assert _struck(img, word)


def test_an_amount_under_its_question_after_ja_namelijk() -> None:
    from tests.helpers import rows_layout

    lay = rows_layout([
        [(0.1, "Aanvraag bijstand")],
        [(0.1, "Vraag 6.1 Heeft u spaargeld of geld op andere rekeningen?")],
        [(0.14, "Tel het saldo van al uw rekeningen op, ook die van uw partner.")],
        [(0.16, "Nee")],
        [(0.16, "Ja, namelijk € 2.822,37")],
        [(0.1, "Vraag 6.2 Heeft u een auto?")],
    ])  # fmt: skip
    assert _values(Context(lay, None))["declared_savings"] == "2822.37"


def test_a_question_wrapping_around_its_answer_and_currency_sign() -> None:
    from ocr.types import Layout, Page, Word
    from tests.helpers import rows_layout

    lay = rows_layout([
        [(0.1, "Aanvraag bijstand")],
        [(0.1, "3.2 Hoeveel betaalt u per maand aan huur of"), (0.55, "1.110,71")],
        [(0.1, "hypotheek?")],
    ])  # fmt: skip
    page = lay.pages[0]
    euro = Word("€", (0.52, 0.073, 0.53, 0.08), 1.0, 99)  # the box's '€' read as a line of its own
    words = sorted([*page.words, euro], key=lambda w: w.line if w.line != 99 else 1.5)
    lines = {id(w): (2 if w is euro else w.line if w.line < 2 else w.line + 1) for w in words}
    renum = tuple(Word(w.text, w.bbox, w.confidence, lines[id(w)]) for w in words)
    lay = Layout(lay.source, (Page(1, 595, 842, 0, False, renum),))
    assert _values(Context(lay, None))["housing_costs"] == "1110.71"


def test_a_date_over_its_caption_in_a_padded_box_and_another_date_label() -> None:
    from ocr.types import Layout, Page, Word

    words = [
        Word("Aanvraag", (0.1, 0.05, 0.2, 0.06), 1.0, 0),
        Word("bijstand", (0.21, 0.05, 0.3, 0.06), 1.0, 0),
        Word("Datum", (0.1, 0.08, 0.15, 0.088), 1.0, 1),
        Word("aanvraag:", (0.16, 0.08, 0.24, 0.088), 1.0, 1),
        Word("8", (0.3, 0.08, 0.31, 0.088), 1.0, 1),
        Word("september", (0.32, 0.08, 0.4, 0.088), 1.0, 1),
        Word("2026", (0.41, 0.08, 0.45, 0.088), 1.0, 1),
        Word("Handtekening", (0.1, 0.8, 0.2, 0.81), 1.0, 5),
        Word("Amersfoort", (0.11, 0.7, 0.2, 0.708), 1.0, 3),
        Word("06-07-2026", (0.43, 0.7, 0.52, 0.708), 1.0, 3),
        Word("Plaats", (0.1, 0.72, 0.13, 0.7255), 1.0, 4),  # small captions under the boxes,
        Word("Datum", (0.42, 0.72, 0.45, 0.7255), 1.0, 4),  # the boxes' padding between
    ]
    lay = Layout(Source("f.pdf", "0" * 64, "application/pdf", 1),
                 (Page(1, 595, 842, 0, False, tuple(words)),))  # fmt: skip
    assert _values(Context(lay, None))["signature_date"] == "2026-07-06"  # not the submission's


def test_a_value_set_right_and_a_name_partly_outside_the_band() -> None:
    from ocr.types import Layout, Page, Word

    words = [
        Word("Overzicht", (0.1, 0.05, 0.2, 0.06), 1.0, 0),
        Word("aanvraag", (0.21, 0.05, 0.3, 0.06), 1.0, 0),
        Word("bijstand", (0.31, 0.05, 0.4, 0.06), 1.0, 0),
        Word("Burgerservicenummer", (0.08, 0.1, 0.25, 0.108), 1.0, 1),
        Word("051170838", (0.84, 0.1, 0.92, 0.108), 1.0, 1),  # set right, far from its label
        Word("Wat", (0.14, 0.2914, 0.168, 0.2988), 1.0, 2),
        Word("is", (0.173, 0.2914, 0.182, 0.2988), 1.0, 2),
        Word("uw", (0.187, 0.2914, 0.205, 0.2988), 1.0, 2),
        Word("achternaam?", (0.209, 0.2914, 0.2914, 0.2988), 1.0, 2),
        Word("de", (0.5153, 0.2973, 0.5343, 0.3077), 1.0, 3),  # written a little lower
        Word("Haan", (0.5426, 0.2971, 0.5901, 0.3071), 1.0, 3),
    ]
    lay = Layout(Source("f.pdf", "0" * 64, "application/pdf", 1),
                 (Page(1, 595, 842, 0, False, tuple(words)),))  # fmt: skip
    got = _values(Context(lay, None))
    assert got["applicant_bsn"] == "051170838"
    assert got["applicant_surname"] == "de Haan"  # not 'Haan': 'de' just outside the band


def test_a_prefix_box_belongs_to_the_surname_beside_it() -> None:
    from tests.helpers import rows_layout

    lay = rows_layout([
        [(0.1, "Overzicht van uw aanvraag bijstand")],
        [(0.1, "Achternaam")],
        [(0.1, "Bouzid")],
        [(0.1, "Voornamen")],
        [(0.1, "Kees")],
        [(0.1, "Tussenvoegsel"), (0.5, "Achternaam")],
        [(0.1, "van den"), (0.5, "Heuvel")],
        [(0.1, "Voornamen")],
        [(0.1, "Jan")],
    ])  # fmt: skip
    got = _values(Context(lay, None))
    assert (got["applicant_surname"], got["partner_surname"]) == ("Bouzid", "van den Heuvel")


def test_ja_nee_with_the_answer_circled() -> None:
    import cv2

    from extraction.application_form import _strike_answer

    img = np.full((60, 200), 255, np.uint8)
    for x0 in (30, 110):  # 'Ja' and 'Nee': letters with gaps, from y 25 to 35
        for x in range(x0, x0 + 30, 8):
            img[25:35, x : x + 5] = 0
    ja, nee = (30 / 200, 25 / 60, 60 / 200, 35 / 60), (110 / 200, 25 / 60, 140 / 200, 35 / 60)
    assert _strike_answer(img, 1, 1.0, ja, nee) is None  # neither marked: no answer read
    cv2.ellipse(img, (125, 30), (24, 11), 0, 0, 360, 30, 1)  # 'Nee' circled by hand
    got = _strike_answer(img, 1, 1.0, ja, nee)
    assert got is not None and got.value is False


def test_a_house_number_with_addition_under_its_caption_and_lettered_question_numbers() -> None:
    from tests.helpers import rows_layout

    lay = rows_layout([
        [(0.1, "Aanvraag bijstand")],
        [(0.5, "Huisnummer en toevoeging")],
        [(0.51, "47 hs")],  # no heading: an addition is no title's word
        [(0.08, "3b"), (0.135, "Hoeveel betaalt u per maand aan huur of")],
        [(0.135, "hypotheek?")],
        [(0.47, "€ 801,87")],
        [(0.08, "6a"), (0.135, "Vermogen (bank- en spaartegoeden)"), (0.52, "Nee")],
        [(0.135, "Tel het saldo van al uw rekeningen op."), (0.52, "Ja, namelijk € 2982,26")],
    ])  # fmt: skip
    got = _values(Context(lay, None))
    assert got["house_number"] == "47 hs"
    assert got["declared_savings"] == "2982.26"  # the options right of the question
