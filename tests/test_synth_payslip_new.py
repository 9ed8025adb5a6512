"""The payslip layouts of `synth.layouts.payslip_new`: `payslip.header_table` and
`payslip.spreadsheet` mark every CONTRACT field they print on exactly its words in the PDF's text
layer (read back and normalised to the truth value), follow the CONTRACT for undated four-weekly
periods, print tables that add up to the net pay, never overprint, reach all their variants and
go through `write_document`."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import mm

import synth.layouts.payslip_new  # noqa: F401  (registers the layouts)
from extraction.schema import FIELDS as CONTRACT_FIELDS
from synth.canvas import PAGE_H_MM, PAGE_W_MM, RenderedDocument
from synth.fmt import MONTHS_SHORT
from synth.generate import DocumentSpec, write_document
from synth.layouts import layouts_for
from synth.layouts.base import Layout
from synth.layouts.payslip_new import TOTAL_LABELS
from synth.people import MONTHS_NL, Payslip, month_bounds
from tests.helpers import doc_lines, variants_seen
from tests.test_synth_payslip import _payslip, _render
from tests.test_synth_payslip_post import _row
from tests.test_synth_payslip_provider import _amount, _assert_apart, _line_of

BY_NAME = {lay.name: lay for lay in layouts_for("payslip")}
TABLE = BY_NAME["payslip.header_table"]
SHEET = BY_NAME["payslip.spreadsheet"]
BOTH = [TABLE, SHEET]
FIELDS = CONTRACT_FIELDS["payslip"]
# households with a monthly job and (9, 10, 21, 24) with a four-weekly one
APP_SEEDS = (1, 2, 3, 5, 9, 10, 21, 24)
SLIPS = [_payslip(s, k) for s in APP_SEEDS for k in range(3)]
SALUTES = ("Dhr.", "Mw.", "De heer", "Mevrouw")

Box = tuple[float, float, float, float]
Line = tuple[str, Box]
Docs = dict[str, list[tuple[Payslip, RenderedDocument]]]


def _long_named(p: Payslip) -> Payslip:
    person = replace(
        p.person,
        first_names="Johanna Hanneke Saskia",
        prefix="van den",
        surname_core="Heuvel-Çelik",
    )
    return replace(p, person=person)


@pytest.fixture(scope="module")
def docs() -> Docs:
    out: Docs = {}
    for lay in BOTH:
        out[lay.name] = []
        for s in range(96):
            p = SLIPS[s % len(SLIPS)]
            if s % 5 == 0:
                p = _long_named(p)
            out[lay.name].append((p, _render(lay, p, 5000 + s)))
    return out


def _text_layer(doc: RenderedDocument, box: Box) -> str:
    """The words the PDF's own text layer holds inside a mark's box."""
    pdf = pdfium.PdfDocument(doc.pdf)
    try:
        page = pdf[0]
        x0, y0, x1, y1 = box
        text = page.get_textpage().get_text_bounded(
            x0 * mm, (PAGE_H_MM - y1) * mm, x1 * mm, (PAGE_H_MM - y0) * mm
        )
    finally:
        pdf.close()
    return " ".join(text.split())


# --- reading a printed period back ---------------------------------------------------------------

_MONTH = "|".join(MONTHS_NL)
_SHORT = "|".join(MONTHS_SHORT)


def _dmy(text: str) -> date:
    d, m, y = (int(v) for v in text.split("-"))
    return date(y, m, d)


def _d_mon_y(text: str) -> date:
    d, mon, y = text.split()
    return date(int(y), MONTHS_SHORT.index(mon) + 1, int(d))


def _read_period(text: str) -> tuple[date, date] | None:
    """The dates a printed period states or implies; None for an undated four-weekly period."""
    if re.fullmatch(
        r"(4-weken periode \d+/\d{4}|periode \d+ van 13|4-wekenperiode \d+, \d{4})", text
    ):
        return None
    if m := re.fullmatch(rf"({_SHORT}) (\d{{4}})", text):
        return month_bounds(int(m[2]), MONTHS_SHORT.index(m[1]) + 1)
    if m := re.fullmatch(rf"({_SHORT})-(\d{{2}})", text):
        return month_bounds(2000 + int(m[2]), MONTHS_SHORT.index(m[1]) + 1)
    if m := re.fullmatch(rf"({_MONTH}) (\d{{4}})", text):
        return month_bounds(int(m[2]), MONTHS_NL.index(m[1]) + 1)
    if m := re.fullmatch(rf"1 t/m (\d+) ({_MONTH}) (\d{{4}})", text):
        year, month = int(m[3]), MONTHS_NL.index(m[2]) + 1
        return date(year, month, 1), date(year, month, int(m[1]))
    d = r"\d{1,2}-\d{1,2}-\d{4}"
    if m := re.fullmatch(rf"({d}) t/m ({d})", text):
        return _dmy(m[1]), _dmy(m[2])
    dm = rf"\d{{1,2}} (?:{_SHORT}) \d{{4}}"
    if m := re.fullmatch(rf"periode \d+: ({dm}) t/m ({dm})", text):
        return _d_mon_y(m[1]), _d_mon_y(m[2])
    raise AssertionError(f"unknown period form {text!r}")


def _read_back(name: str, text: str, p: Payslip) -> object:
    """A marked text normalised the way the CONTRACT writes the field's value."""
    if name in ("gross_pay", "wage_tax", "net_pay", "hours_worked"):
        value = _amount(text)
        assert value is not None, (name, text)
        if name == "wage_tax":  # a deduction may be printed signed: the tax is its size
            value = abs(value)
        assert value >= 0, (name, text)
        return f"{value:.2f}"
    if name == "employee_bsn":
        assert re.fullmatch(r"\d{9}|\d{3}\.\d{3}\.\d{3}", text), text
        return re.sub(r"\D", "", text)
    if name == "employee_iban":
        return text.replace(" ", "")
    if name in ("pay_period_start", "pay_period_end"):
        if re.fullmatch(r"\d{1,2}-\d{1,2}-\d{4}", text):  # a cell with just one date
            return _dmy(text).isoformat()
        dates = _read_period(text)
        if dates is None:
            assert p.period_number is not None and f"periode {p.period_number}" in text.lower()
            return None
        return dates[0 if name == "pay_period_start" else 1].isoformat()
    return text  # names are their printed words


# --- both layouts --------------------------------------------------------------------------------


def test_registered_as_dev_layouts() -> None:
    dev = {lay.name for lay in layouts_for("payslip", "dev")}
    assert {TABLE.name, SHEET.name} <= dev
    assert not TABLE.holdout and not SHEET.holdout


@pytest.mark.parametrize("lay", BOTH, ids=lambda lay: lay.name)
def test_every_field_is_marked_and_reads_back_from_the_text_layer(lay: Layout, docs: Docs) -> None:
    """Every field the slip prints is marked with the slip's own value; the PDF's text layer
    holds exactly the marked words in the mark's box, and they normalise to the value."""
    for p, doc in docs[lay.name]:
        f = doc.fields
        person = p.person
        assert len(doc.pages) == 1
        printed = set(FIELDS) - {"hours_worked"}
        assert printed <= set(f)
        if "hours_worked" in f:
            printed.add("hours_worked")
        else:  # only contract hours printed: the field is not marked (its truth is null)
            assert lay is SHEET
        for name in printed:
            mark = f[name]
            assert mark.box is not None and mark.page == 1 and mark.text, name
            x0, y0, x1, y1 = mark.box
            assert 0 <= x0 < x1 <= PAGE_W_MM and 0 <= y0 < y1 <= PAGE_H_MM, name
            assert _text_layer(doc, mark.box) == mark.text, name
            assert _read_back(name, mark.text, p) == mark.value, (name, mark.text, mark.value)
        assert f["employer_name"].value in (p.job.employer.name, p.job.employer.name.upper())
        assert f["employee_name"].value in (
            person.short_name,
            person.short_name.upper(),
            person.full_name,
            person.formal_name,
            f"{person.surname}, {person.initials}",
        )
        assert f["employee_bsn"].value == person.bsn
        assert f["employee_iban"].value == p.account.iban
        assert f["gross_pay"].value == f"{p.gross_pay:.2f}"
        assert f["wage_tax"].value == f"{p.wage_tax:.2f}"
        assert f["net_pay"].value == f"{p.net_pay:.2f}"
        if "hours_worked" in printed:
            assert f["hours_worked"].value == f"{p.hours_worked:.2f}"


@pytest.mark.parametrize("lay", BOTH, ids=lambda lay: lay.name)
def test_period_truth_follows_the_contract(lay: Layout, docs: Docs) -> None:
    """A dated period is the slip's own; an undated four-weekly one ('periode 4 van 13') is
    null; a monthly slip never prints a period number, a four-weekly one never a month name
    of its own (its dates may carry short ones)."""
    for p, doc in docs[lay.name]:
        start, end = doc.fields["pay_period_start"], doc.fields["pay_period_end"]
        assert p.period_start is not None and p.period_end is not None
        if p.period_number is None:
            assert "periode" not in (start.text or "").lower()
            assert start.value == p.period_start.isoformat()
            assert end.value == p.period_end.isoformat()
            continue
        assert not any(re.search(rf"\b{m}\b", start.text or "") for m in MONTHS_NL if m != "mei")
        if start.value is None:
            assert end.value is None and end.text == start.text
        else:
            assert start.value == p.period_start.isoformat()
            assert end.value == p.period_end.isoformat()


@pytest.mark.parametrize("lay", BOTH, ids=lambda lay: lay.name)
def test_nothing_overprints(lay: Layout, docs: Docs) -> None:
    """Printed lines stay on the page, apart from each other and from the footer."""
    for _, doc in docs[lay.name]:
        _assert_apart(doc_lines(doc))


@pytest.mark.parametrize("lay", BOTH, ids=lambda lay: lay.name)
def test_deterministic(lay: Layout) -> None:
    p = SLIPS[13]
    a, b = _render(lay, p, 42), _render(lay, p, 42)
    assert a.pdf == b.pdf and a.fields == b.fields and a.pages == b.pages


def _label(lines: list[Line], box: Box) -> Line:
    return _row(lines, box)[0]


def test_header_table_adds_up_to_the_net_pay(docs: Docs) -> None:
    """Bij minus Af over the rows other than (sub)totals is the net pay; the gross and the wage
    tax are marked in the period's columns, never in a cumulative one."""
    for p, doc in docs[TABLE.name]:
        lines = doc_lines(doc)
        head = next(b for t, b in lines if t in ("Omschrijving", "Looncomponent"))
        on_head = [(t, b) for t, b in lines if abs(b[3] - head[3]) < 0.3]
        pay = min((b for t, b in on_head if t in ("Bij", "Betaling")), key=lambda b: b[0])
        ded = min((b for t, b in on_head if t in ("Af", "Inhouding")), key=lambda b: b[0])
        net = doc.fields["net_pay"].box
        assert net is not None and abs(net[2] - pay[2]) < 0.3
        for name, col in (("gross_pay", pay), ("wage_tax", ded)):
            box = doc.fields[name].box
            assert box is not None and abs(box[2] - col[2]) < 0.3 and head[3] < box[1] < net[3]
        total, counted = Decimal(0), 0
        for t, b in lines:
            if not head[3] + 0.3 < b[3] < net[1] or (value := _amount(t)) is None:
                continue
            if _label(lines, b)[0] in TOTAL_LABELS:
                continue
            if abs(b[2] - pay[2]) < 0.3:
                total, counted = total + value, counted + 1
            elif abs(b[2] - ded[2]) < 0.3:
                total, counted = total - value, counted + 1
        assert counted >= 2 and total == p.net_pay, (total, p.net_pay)


def test_spreadsheet_adds_up_to_the_net_pay(docs: Docs) -> None:
    """The amount column's rows other than (sub)totals add up to the net pay: signed, or listed
    positive and indented under 'Inhoudingen:'."""
    for p, doc in docs[SHEET.name]:
        lines = doc_lines(doc)
        head = next(b for t, b in lines if t == "Omschrijving")
        amt = next(b for t, b in lines if t in ("Bedrag", "Deze periode") and b[3] == head[3])
        net = doc.fields["net_pay"].box
        assert net is not None and abs(net[2] - amt[2]) < 0.3
        total, counted = Decimal(0), 0
        for t, b in lines:
            if not head[3] + 0.3 < b[3] < net[1] or abs(b[2] - amt[2]) > 0.3:
                continue
            value = _amount(t)
            assert value is not None, t
            label, lbox = _label(lines, b)
            if label in TOTAL_LABELS:
                continue
            indented = lbox[0] > head[0] + 2
            total += -value if indented else value
            counted += 1
        assert counted >= 2 and total == p.net_pay, (total, p.net_pay)


# --- variants -------------------------------------------------------------------------------------


def _period_form(text: str) -> str:
    forms = {
        "4w_slash": r"4-weken periode \d+/\d{4}",
        "van13": r"periode \d+ van 13",
        "4w_comma": r"4-wekenperiode \d+, \d{4}",
        "short_dates": r"periode \d+: .+ t/m .+",
        "short_month": rf"({_SHORT}) \d{{4}}",
        "excel_month": rf"({_SHORT})-\d{{2}}",
        "month": rf"({_MONTH}) \d{{4}}",
        "day_range": r"1 t/m \d+ .+",
        "date_range": r"\d+-\d+-\d{4} t/m \d+-\d+-\d{4}",
        "date_cell": r"\d+-\d+-\d{4}",
    }
    return next(k for k, rx in forms.items() if re.fullmatch(rx, text))


def _table_variants(p: Payslip, doc: RenderedDocument) -> dict[str, str]:
    lines = doc_lines(doc)
    texts = [t for t, _ in lines]
    f = doc.fields
    name_box, emp_box = f["employee_name"].box, f["employer_name"].box
    assert name_box is not None and emp_box is not None
    name_line = _line_of(lines, name_box)
    salute = next((s for s in SALUTES if name_line.startswith(s + " ")), None)
    emp_line = _line_of(lines, emp_box)
    if emp_box[1] > 277:
        employer = "footer"
        assert "KvK" in emp_line
    elif "Postbus" in emp_line:
        employer = "sender"
    elif emp_box[3] < 25:
        employer = "wordmark"
    else:
        employer = "table"
    start = f["pay_period_start"]
    assert start.box is not None and start.text
    head = next(b for t, b in lines if t in ("Omschrijving", "Looncomponent"))
    on_head = [t for t, b in lines if abs(b[3] - head[3]) < 0.3]
    hours = f["hours_worked"].box
    assert hours is not None
    if hours[1] > head[3]:
        hours_place = "uren" if "Uren t/m deze periode" in texts else "table"
    else:
        hours_place = "run"
    grouped = any(
        t in ("Deze periode", "Periode") and 0 < head[1] - b[3] < 8 and b[0] > 90 for t, b in lines
    )
    return {
        "name": "window" if salute else "table",
        "salute": salute or "-",
        "employer": employer,
        "period": _period_form(start.text),
        "period_place": "table" if _line_of(lines, start.box) == start.text else "title",
        "words": "bij_af" if "Bij" in on_head else "betaling",
        "cum": "cum" if on_head.count("Bij") + on_head.count("Betaling") == 2 else "period",
        "grouped": str(grouped),
        "hours": hours_place,
        "iban": "instruction" if "Betaalinstructie" in texts else "employee",
    }


def test_header_table_reaches_every_variant(docs: Docs) -> None:
    seen = variants_seen(_table_variants(p, doc) for p, doc in docs[TABLE.name])
    assert seen == {
        "name": {"window", "table"},
        "salute": {*SALUTES, "-"},
        "employer": {"wordmark", "footer", "table", "sender"},
        "period": {"4w_slash", "van13", "short_dates", "short_month", "month", "day_range"},
        "period_place": {"table", "title"},
        "words": {"bij_af", "betaling"},
        "cum": {"cum", "period"},
        "grouped": {"True", "False"},
        "hours": {"table", "run", "uren"},
        "iban": {"instruction", "employee"},
    }


def _sheet_variants(p: Payslip, doc: RenderedDocument) -> dict[str, str]:
    lines = doc_lines(doc)
    texts = [t for t, _ in lines]
    f = doc.fields
    emp_box, name_box = f["employer_name"].box, f["employee_name"].box
    assert emp_box is not None and name_box is not None
    employer = "title" if emp_box[3] < 35 else "footer" if emp_box[1] > 277 else "cell"
    nr = p.job.employee_number
    name_line = _line_of(lines, name_box)
    if name_line.startswith(f"{nr} - "):
        name = "number_before"
    elif name_line.endswith(f" ({nr})"):
        name = "number_after"
    else:
        name = "label"
    label = _row(lines, name_box)[0][0]
    start, end = f["pay_period_start"], f["pay_period_end"]
    assert start.text and start.box and end.box
    period = _period_form(start.text)
    if period == "date_cell":
        assert start.box != end.box and end.text and _period_form(end.text) == "date_cell"
        period = "cells_four" if p.period_number is not None else "cells_month"
    head = next(b for t, b in lines if t == "Omschrijving")
    hours = f.get("hours_worked")
    if hours is None or hours.box is None:
        hours_place = "none"
    else:
        hours_place = "column" if hours.box[1] > head[3] else "cell"
    iban_box = f["employee_iban"].box
    assert iban_box is not None
    return {
        "employer": employer,
        "name": name,
        "name_label": label,
        "period": period,
        "hours": hours_place,
        "iban": "cell" if iban_box[3] < head[1] else "payout",
        "neg": "positive" if "Inhoudingen:" in texts else "minus",
        "euro": "cell" if "€" in texts else "none",
        "cum": "cum" if {"t/m deze periode", "Cumulatief"} & set(texts) else "period",
    }


def test_spreadsheet_reaches_every_variant(docs: Docs) -> None:
    seen = variants_seen(_sheet_variants(p, doc) for p, doc in docs[SHEET.name])
    assert seen == {
        "employer": {"title", "footer", "cell"},
        "name": {"label", "number_before", "number_after"},
        "name_label": {"Werknemer:", "Naam medewerker:", "Ontvanger:", "T.a.v.", "Medewerker:"},
        "period": {
            "excel_month",
            "month",
            "date_range",
            "cells_month",
            "cells_four",
            "4w_comma",
        },
        "hours": {"none", "column", "cell"},
        "iban": {"cell", "payout"},
        "neg": {"positive", "minus"},
        "euro": {"cell", "none"},
        "cum": {"cum", "period"},
    }


def test_spreadsheet_without_hours_prints_only_contract_hours(docs: Docs) -> None:
    """Where the hours worked are not printed, the slip shows contract hours and a part-time
    percentage, and the truth says the field is missing."""
    checked = 0
    for p, doc in docs[SHEET.name]:
        if "hours_worked" in doc.fields:
            continue
        checked += 1
        texts = [t for t, _ in doc_lines(doc)]
        assert "Parttimepercentage:" in texts
        assert not any(_amount(t) == p.hours_worked for t in texts)
    assert checked >= 10


# --- through the generator ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lay", "difficulty", "fmt"),
    [(TABLE, "clean", "pdf"), (SHEET, "scan", "png")],
    ids=["header_table-clean", "spreadsheet-scan"],
)
def test_write_document(lay: Layout, difficulty: str, fmt: str, tmp_path: Path) -> None:
    spec = DocumentSpec(
        f"t-{lay.name.replace('.', '-')}", 1234, 21, "payslip", lay, difficulty, fmt
    )
    line = write_document(spec, tmp_path)
    assert line["layout"] == lay.name and line["difficulty"] == difficulty
    assert all((tmp_path / name).stat().st_size > 10_000 for name in line["files"])
    truth = json.loads((tmp_path / line["truth"]).read_text())
    assert truth["holdout"] is False and set(truth["fields"]) == set(FIELDS)
    for name in FIELDS:
        field = truth["fields"][name]
        if field["bbox"] is None:
            assert name == "hours_worked" and field["value"] is None
            continue
        assert field["page"] == 1 and all(0 <= v <= 1 for v in field["bbox"])
    assert truth["fields"]["employer_name"]["value"]
    kind = truth["pages"][0]["degradation"]["kind"]
    assert (kind == "digital") == (fmt == "pdf")
