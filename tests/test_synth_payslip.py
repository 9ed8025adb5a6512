"""Payslip layouts: every layout renders, marks the CONTRACT fields it prints correctly, and is
deterministic."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from decimal import Decimal

import pytest

from synth.canvas import PAGE_H_MM, PAGE_W_MM, DocCanvas, RenderedDocument
from synth.fmt import money_norm
from synth.generate import document_data
from synth.layouts import layouts_for
from synth.layouts.base import Layout
from synth.people import Payslip, make_application

LAYOUTS = layouts_for("payslip")
REQUIRED = ("employer_name", "employee_name", "employee_bsn", "gross_pay", "wage_tax", "net_pay")
MONEY = ("gross_pay", "wage_tax", "net_pay")
MONEY_RE = re.compile(r"^-?\d+\.\d{2}$")
# households with a monthly job and (9, 10, 21, 24) with a four-weekly one
APP_SEEDS = (1, 2, 3, 5, 9, 10, 21, 24)


def _payslip(app_seed: int, k: int) -> Payslip:
    for offset in range(0, 200 * 7919, 7919):
        app = make_application(app_seed + offset)
        if app.jobs:
            return document_data(app, "payslip", random.Random(app_seed * 31 + k))
    raise AssertionError("no household with a job")


def _render(lay: Layout, p: Payslip, seed: int) -> RenderedDocument:
    c = DocCanvas(title=f"test-{lay.name}")
    lay.render(c, p, random.Random(seed))
    return c.finish()


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


def _printed_lines(doc: RenderedDocument, page: int) -> list[str]:
    return [" ".join(w.text for w in line.words) for line in doc.pages[page - 1].lines]


HOLDOUT = {"payslip.specificatie", "payslip.uitzend", "payslip.loonstrook_bureau"}


def test_fourteen_dev_layouts_three_holdout() -> None:
    assert len(LAYOUTS) == 17
    assert len({lay.name for lay in LAYOUTS}) == 17
    assert {lay.name for lay in LAYOUTS if lay.holdout} == HOLDOUT
    assert {lay.name for lay in layouts_for("payslip", "dev")} >= {
        "payslip.online_package",
        "payslip.government_cao",
        "payslip.small_business",
        "payslip.ledger_columns",
        "payslip.header_table",
        "payslip.spreadsheet",
    }
    assert len(layouts_for("payslip", "dev")) == 14


def test_four_weekly_households_are_covered() -> None:
    slips = [_payslip(s, 0) for s in APP_SEEDS]
    assert any(p.period_number is not None for p in slips)
    assert any(p.period_number is None for p in slips)


@pytest.mark.parametrize("lay", LAYOUTS, ids=lambda lay: lay.name)
def test_layout_marks_fields(lay: Layout) -> None:
    undated = 0
    for i, app_seed in enumerate(APP_SEEDS):
        for k in range(2):
            p = _payslip(app_seed, k)
            doc = _render(lay, p, seed=1000 * i + k)
            assert doc.pdf.startswith(b"%PDF")
            assert len(doc.pages) == 1
            f = doc.fields
            for name in REQUIRED:
                assert name in f, f"{lay.name}: {name} not marked"
                assert f[name].box is not None and f[name].page == 1, name
                x0, y0, x1, y1 = f[name].box
                assert 0 <= x0 < x1 <= PAGE_W_MM and 0 <= y0 < y1 <= PAGE_H_MM, name
            # marked money parses, is the slip's own figure, and net does not exceed gross
            for name in MONEY:
                assert MONEY_RE.match(f[name].value), (name, f[name].value)
            gross, tax, net = (Decimal(f[n].value) for n in MONEY)
            assert gross == p.gross_pay and tax == p.wage_tax and net == p.net_pay
            allowances = sum((ln.amount for ln in p.other_lines if ln.amount > 0), Decimal(0))
            assert net <= gross + allowances
            if not allowances:
                assert net <= gross
            assert f["employee_bsn"].value == p.person.bsn
            assert f["employer_name"].value == p.job.employer.name.upper() or (
                f["employer_name"].value == p.job.employer.name
            )
            assert f["employee_name"].value in {
                p.person.short_name,
                p.person.full_name,
                p.person.formal_name,
                p.person.formal_name.upper(),
                p.person.short_name.upper(),
                f"{p.person.surname}, {p.person.initials}",  # 'de Vries, J.M.'
            }
            assert not f["employee_name"].value.startswith(("Dhr", "Mevr"))
            # the printed text of every marked field carries its value
            for name, mark in f.items():
                if mark.box is None:
                    continue
                assert mark.text, name
                if mark.value is None:
                    continue
                if name in (*MONEY, "employee_bsn", "hours_worked"):
                    assert _digits(mark.value) in _digits(mark.text), (name, mark.value, mark.text)
                elif name == "employee_iban":
                    assert mark.text.replace(" ", "") == mark.value == p.account.iban
                elif name in ("employer_name", "employee_name"):
                    assert mark.value in mark.text
                # the marked words are really on the page
                assert any(mark.text in line for line in _printed_lines(doc, mark.page)), name
            if "hours_worked" in f:
                assert f["hours_worked"].value == money_norm(p.hours_worked)
            start, end = f.get("pay_period_start"), f.get("pay_period_end")
            assert start is not None and end is not None
            if start.value is None:
                undated += 1
                assert end.value is None and p.period_number is not None
                # 'periode 6', or the number with a four-week marker: 'Per. 06/2026 (4 wkn)'
                assert f"periode {p.period_number}" in start.text.lower() or (
                    f"{p.period_number:02d}/" in start.text and "4 wk" in start.text
                )
            else:
                assert start.value == p.period_start.isoformat()
                assert end.value == p.period_end.isoformat()
    assert undated < len(APP_SEEDS) * 2


def test_hours_and_iban_each_absent_in_some_layout() -> None:
    p = _payslip(1, 0)
    marked = [set(_render(lay, p, 7).fields) for lay in LAYOUTS]
    assert any("hours_worked" not in m for m in marked)
    assert any("employee_iban" not in m for m in marked)
    assert sum("hours_worked" in m for m in marked) >= 4
    assert sum("employee_iban" in m for m in marked) >= 4


@pytest.mark.parametrize("lay", LAYOUTS, ids=lambda lay: lay.name)
def test_deterministic(lay: Layout) -> None:
    p = _payslip(21, 1)
    a, b = _render(lay, p, 42), _render(lay, p, 42)
    assert a.pdf == b.pdf
    assert a.fields == b.fields
    assert a.pages == b.pages
    other = _render(lay, _payslip(2, 1), 42)
    assert other.pdf != a.pdf


def _line_box(words: list) -> tuple[float, float, float, float]:
    return (
        min(w.box[0] for w in words),
        min(w.box[1] for w in words),
        max(w.box[2] for w in words),
        max(w.box[3] for w in words),
    )


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return w * h / smaller if smaller > 0 else 0.0


@pytest.mark.parametrize("lay", LAYOUTS, ids=lambda lay: lay.name)
def test_no_overflow_or_overprint_with_long_names(lay: Layout) -> None:
    for app_seed in (9, 3):  # a four-weekly and a monthly slip
        p = _payslip(app_seed, 0)
        person = replace(
            p.person,
            first_names="Johanna Hanneke Saskia",
            prefix="van den",
            surname_core="Heuvel-Çelik",
        )
        p = replace(p, person=person)
        for seed in range(6):
            doc = _render(lay, p, seed)
            boxes = [_line_box(line.words) for line in doc.pages[0].lines]
            for x0, y0, x1, y1 in boxes:
                assert 0 <= x0 <= x1 <= PAGE_W_MM - 3 and 0 <= y0 <= y1 <= PAGE_H_MM - 5
            for a in range(len(boxes)):
                for b in range(a + 1, len(boxes)):
                    assert _overlap(boxes[a], boxes[b]) < 0.05, (
                        " ".join(w.text for w in doc.pages[0].lines[a].words),
                        " ".join(w.text for w in doc.pages[0].lines[b].words),
                    )


def test_loonstrook_bureau_covers_its_period_and_hours_variants() -> None:
    """The holdout bureau slip prints the period three ways and hours only sometimes; every
    variant marks its evidence where it is printed."""
    lay = next(lay for lay in LAYOUTS if lay.name == "payslip.loonstrook_bureau")
    seen: set[str] = set()
    hours = set()
    for i, app_seed in enumerate(APP_SEEDS):
        for k in range(4):
            p = _payslip(app_seed, k)
            doc = _render(lay, p, seed=77 * i + k)
            start = doc.fields["pay_period_start"]
            assert start.text is not None
            if start.value is None:
                assert start.text == f"Periode {p.period_number} - {p.period_label.split()[-1]}"
                seen.add("bare")
            elif " t/m " in start.text:
                seen.add("dates")
            else:
                assert start.text == p.period_label and p.period_number is None
                seen.add("month")
            hours.add("hours_worked" in doc.fields)
            # gross is marked on the 'Bruto loon' subtotal row, not on the 'Salaris' line
            gross = doc.fields["gross_pay"].box
            assert gross is not None
            labels = [
                _line_box(line.words)
                for line in doc.pages[0].lines
                if " ".join(w.text for w in line.words)
                in ("Bruto loon", "Brutoloon", "Totaal bruto")
            ]
            assert len(labels) == 1 and abs(labels[0][3] - gross[3]) < 0.5
    assert seen == {"bare", "dates", "month"}
    assert hours == {True, False}
