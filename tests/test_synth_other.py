"""Layouts of type `other`: they render on one or two pages, carry real text, mark no fields and
are deterministic."""

from __future__ import annotations

import random
import re
from decimal import Decimal

import pytest

from synth.canvas import PAGE_H_MM, PAGE_W_MM, Box, DocCanvas, RenderedDocument
from synth.fmt import amount_nl, date_nl
from synth.generate import Letter, plan, render_spec
from synth.layouts import layouts_for
from synth.layouts.base import Layout
from synth.people import make_application

LAYOUTS = layouts_for("other")
KINDS = ("huurcontract", "brief", "energie", "zorgverzekering")
APP_SEEDS = (1, 2, 9, 14, 33)


def _render(lay: Layout, letter: Letter, seed: int) -> RenderedDocument:
    c = DocCanvas(title=f"test-{lay.name}")
    lay.render(c, letter, random.Random(seed))
    return c.finish()


def _line_box(words: list) -> Box:
    return (
        min(w.box[0] for w in words),
        min(w.box[1] for w in words),
        max(w.box[2] for w in words),
        max(w.box[3] for w in words),
    )


def _overlap(a: Box, b: Box) -> float:
    """Intersection area as a fraction of the smaller box."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return w * h / smaller if smaller > 0 else 0.0


def test_seven_layouts_last_three_holdout() -> None:
    assert len(LAYOUTS) == 7
    assert [lay.holdout for lay in LAYOUTS] == [False] * 4 + [True] * 3
    assert len({lay.name for lay in LAYOUTS}) == 7
    assert LAYOUTS[-1].name == "other.beschikking"


@pytest.mark.parametrize("lay", LAYOUTS, ids=lambda lay: lay.name)
def test_layout_renders_text_without_fields(lay: Layout) -> None:
    page_counts = set()
    for i, app_seed in enumerate(APP_SEEDS):
        app = make_application(app_seed)
        for kind in KINDS:
            doc = _render(lay, Letter(app, kind), seed=100 * i + len(kind))
            assert doc.pdf.startswith(b"%PDF")
            assert 1 <= len(doc.pages) <= 2, len(doc.pages)
            page_counts.add(len(doc.pages))
            words = [w for page in doc.pages for line in page.lines for w in line.words]
            assert len(words) >= 20, len(words)
            assert doc.fields == {}
            assert doc.checkboxes == {}
            assert doc.transactions == []
            assert doc.signature_box is None
            for page in doc.pages:
                assert page.lines, "empty page"
                boxes = [_line_box(line.words) for line in page.lines]
                for x0, y0, x1, y1 in boxes:
                    # inside the page and above the bottom margin: nothing overflows
                    assert 0 <= x0 <= x1 <= PAGE_W_MM and 0 <= y0 <= y1 <= PAGE_H_MM - 5
                for a in range(len(boxes)):
                    for b in range(a + 1, len(boxes)):
                        assert _overlap(boxes[a], boxes[b]) < 0.3, (
                            page.lines[a].words[0].text,
                            page.lines[b].words[0].text,
                        )
    assert page_counts <= {1, 2}


def test_truth_of_other_has_no_fields() -> None:
    for spec in plan(5, 12, types=["other"], difficulties=["clean"]):
        _, truth = render_spec(spec)
        assert truth["document_type"] == "other"
        assert truth["fields"] == {}
        words = sum(len(line["words"]) for page in truth["pages"] for line in page["lines"])
        assert words >= 20


def test_letters_name_the_applicant() -> None:
    """Realistic and hard to classify: most other-documents mention the applicant."""
    app = make_application(2)
    mentions = 0
    for lay in LAYOUTS:
        for kind in KINDS:
            doc = _render(lay, Letter(app, kind), 3)
            text = " ".join(
                " ".join(w.text for w in line.words) for pg in doc.pages for line in pg.lines
            )
            mentions += app.applicant.surname_core in text
    assert mentions >= len(LAYOUTS) * len(KINDS) * 0.6


@pytest.mark.parametrize("lay", LAYOUTS, ids=lambda lay: lay.name)
def test_deterministic(lay: Layout) -> None:
    letter = Letter(make_application(9), "energie")
    a, b = _render(lay, letter, 7), _render(lay, letter, 7)
    assert a.pdf == b.pdf
    assert a.pages == b.pages
    c = _render(lay, Letter(make_application(10), "energie"), 7)
    assert c.pdf != a.pdf


# --- other.beschikking (holdout): a decision letter that names everything but is a letter -------

BESCHIKKING = next(lay for lay in LAYOUTS if lay.name == "other.beschikking")
_EURO = re.compile(r"^€ \d{1,3}(\.\d{3})*,\d{2}$")


def _euro_value(text: str) -> Decimal:
    return Decimal(text.removeprefix("€ ").replace(".", "").replace(",", "."))


def _texts(doc: RenderedDocument) -> list[tuple[int, float, float, str]]:
    """(page, y, x, text) of every truth line, in reading order."""
    return [
        (p, line.words[0].box[3], line.words[0].box[0], " ".join(w.text for w in line.words))
        for p, page in enumerate(doc.pages)
        for line in page.lines
    ]


def test_beschikking_names_application_bsn_iban_and_adds_up() -> None:
    outcomes = set()
    for app_seed in range(1, 25):
        app = make_application(app_seed)
        doc = _render(BESCHIKKING, Letter(app, "brief"), app_seed)
        assert doc.fields == {} and doc.transactions == [] and doc.signature_box is None
        lines = _texts(doc)
        text = " ".join(t for *_, t in lines)
        for phrase in (
            "BESCHIKKING",
            "Ons kenmerk",
            "Datum",
            "Onderwerp",
            "Besluit op uw aanvraag bijstand",
            "aanvraag ingediend",
            f"burgerservicenummer (BSN) {app.applicant.bsn}",
            f"rekening {app.account.iban_printed}",
            f"met ingang van {date_nl(app.requested_start_date, 'long')}",
            "Berekening",
            "per maand",
            "Met vriendelijke groet,",
            "Bezwaar maken",
            "binnen zes weken",
            app.applicant.surname_core,
        ):
            assert phrase in text, (app_seed, phrase)
        # the 'Berekening' table: the amounts printed right of its rows add up
        head = next(i for i, line in enumerate(lines) if line[3] == "Berekening")
        end = next(
            i for i, line in enumerate(lines) if i > head and line[3] in ("Betaling", "Voorschot")
        )
        table = [line for line in lines[head + 1 : end] if _EURO.match(line[3])]
        labels = [line[3] for line in lines[head + 1 : end] if not _EURO.match(line[3])]
        amounts = [_euro_value(line[3]) for line in table]
        assert all(line[2] > 120 for line in table)  # right-aligned amount column
        assert 3 <= len(amounts) <= 4
        assert labels[0].startswith("Bijstandsnorm")
        if labels[-1] == "Te betalen bijstand per maand":
            outcomes.add("toekenning")
            assert amounts[0] - sum(amounts[1:-1]) == amounts[-1] > 0
            assert f"Uw uitkering bedraagt € {amount_nl(amounts[-1])} per maand" in text
        else:
            outcomes.add("afwijzing")
            assert labels[-1] == "Inkomen boven de bijstandsnorm"
            assert amounts[1] - amounts[0] == amounts[-1]
            assert "wijzen uw aanvraag" in text
    assert outcomes == {"toekenning", "afwijzing"}
