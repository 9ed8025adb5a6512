"""The payslip layouts of `synth.layouts.payslip_provider`: `payslip.payroll_software` and
`payslip.corporate_portal` reach all their variants, print and mark every field the slip carries
(the employer, not the bureau or the software), keep year-to-date figures apart from the
period's, print tables that add up to the net pay and never overprint."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

import pytest

import synth.layouts.payslip_provider  # noqa: F401  (registers the layouts)
from extraction.schema import FIELDS as CONTRACT_FIELDS
from synth.canvas import PAGE_H_MM, PAGE_W_MM, RenderedDocument
from synth.fmt import date_nl
from synth.layouts import layouts_for
from synth.layouts.base import Layout
from synth.layouts.payslip_provider import (
    _PAYROLL_BUREAUS,
    _PORTALS,
    _SOFTWARE,
    _TOTAL_LABELS,
)
from synth.people import MONTHS_NL, Payslip
from tests.helpers import doc_lines, variants_seen
from tests.test_synth_payslip import _payslip, _render

BY_NAME = {lay.name: lay for lay in layouts_for("payslip")}
SOFTWARE = BY_NAME["payslip.payroll_software"]
PORTAL = BY_NAME["payslip.corporate_portal"]
BOTH = [SOFTWARE, PORTAL]
# households with a monthly job and (9, 10, 21, 24) with a four-weekly one
APP_SEEDS = (1, 2, 3, 5, 9, 10, 21, 24)
AMOUNT_RE = re.compile(r"^(€ )?(-/- )?(-)?(\d{1,3}(?:\.\d{3})*|\d+),(\d{2})(-)?$")
CUM_WORDS = ("cumul", "cum.", "dit jaar", "t/m per", "jaartotal")
LH_RE = re.compile(r"(\d{4})\.(\d{2})\.(\d{3})\.L\d{2}|(\d{9}) ?L\d{2}")
FIELDS = CONTRACT_FIELDS["payslip"]

SLIPS = [_payslip(s, k) for s in APP_SEEDS for k in range(3)]

Line = tuple[str, tuple[float, float, float, float]]


def _docs(lay: Layout, n: int) -> list[tuple[Payslip, RenderedDocument]]:
    return [
        (SLIPS[s % len(SLIPS)], _render(lay, SLIPS[s % len(SLIPS)], 7000 + s)) for s in range(n)
    ]


@pytest.fixture(scope="module")
def docs() -> dict[str, list[tuple[Payslip, RenderedDocument]]]:
    return {lay.name: _docs(lay, 90) for lay in BOTH}


def _amount(text: str) -> Decimal | None:
    """A printed amount with its sign ('-', '-/-' or a trailing '-'), else None."""
    m = AMOUNT_RE.match(text)
    if not m:
        return None
    value = Decimal(f"{m.group(4).replace('.', '')}.{m.group(5)}")
    return -value if m.group(2) or m.group(3) or m.group(6) else value


def _eleven_test(number: str) -> bool:
    total = sum(w * int(d) for w, d in zip(range(9, 1, -1), number[:8], strict=True))
    return number != "000000000" and (total - int(number[8])) % 11 == 0


def _period_index(p: Payslip) -> int:
    assert p.period_start is not None
    return p.period_number if p.period_number is not None else p.period_start.month


def _assert_printed_apart(doc: RenderedDocument, f: dict, seed: int) -> None:
    """Every marked field is printed on a line; lines stay on the page, apart from the footer
    and from each other."""
    lines = doc_lines(doc)
    texts = [t for t, _ in lines]
    for name in FIELDS:
        assert any(f[name].text in t for t in texts), name
    _assert_apart(lines, seed)


def _assert_apart(lines: list[Line], seed: int | None = None) -> None:
    """Printed lines stay on the page, apart from the footer and from each other."""
    for t, (x0, y0, x1, y1) in lines:
        assert 0 <= x0 <= x1 <= PAGE_W_MM - 3 and 0 <= y0 <= y1 <= PAGE_H_MM - 5, t
        assert y1 < 275 or y0 > 277, (seed, t)  # the footer stays apart from the content
    for a in range(len(lines)):
        for b in range(a + 1, len(lines)):
            (ta, ba), (tb, bb) = lines[a], lines[b]
            w = min(ba[2], bb[2]) - max(ba[0], bb[0])
            h = min(ba[3], bb[3]) - max(ba[1], bb[1])
            assert w <= 0.05 or h <= 0.05, (seed, ta, tb)


def _line_of(lines: list[Line], box: tuple[float, float, float, float]) -> str:
    """The printed line a mark's box lies in."""
    return next(
        t for t, b in lines if b[0] <= box[0] + 0.01 and box[2] <= b[2] + 0.01 and b[3] == box[3]
    )


def _table_head(lines: list[Line]) -> tuple[float, float, float, float]:
    return next(b for t, b in lines if t in ("Omschrijving", "Looncomponent", "Component"))


def test_registered_as_dev_layouts() -> None:
    dev = {lay.name for lay in layouts_for("payslip", "dev")}
    assert {"payslip.payroll_software", "payslip.corporate_portal"} <= dev
    assert not SOFTWARE.holdout and not PORTAL.holdout


# --- both layouts ------------------------------------------------------------------------------


@pytest.mark.parametrize("lay", BOTH, ids=lambda lay: lay.name)
def test_every_field_is_marked_and_nothing_overprints(lay: Layout) -> None:
    """Over many seeds and a long name: every field the slip carries is printed and marked with
    the slip's own value, and no two printed lines overlap, leave the page or reach the footer."""
    long_name = replace(
        SLIPS[0].person,
        first_names="Johanna Hanneke Saskia",
        prefix="van den",
        surname_core="Heuvel-Çelik",
    )
    for seed in range(40):
        p = SLIPS[seed % len(SLIPS)]
        if seed % 3 == 0:
            p = replace(p, person=long_name)
        doc = _render(lay, p, seed)
        f = doc.fields
        assert len(doc.pages) == 1
        assert set(FIELDS) <= set(f)
        assert all(f[n].box is not None and f[n].page == 1 for n in FIELDS)
        assert f["employer_name"].value in (p.job.employer.name, p.job.employer.name.upper())
        assert f["employee_bsn"].value == p.person.bsn
        assert re.sub(r"\D", "", f["employee_bsn"].text or "") == p.person.bsn
        assert f["gross_pay"].value == f"{p.gross_pay:.2f}"
        assert f["wage_tax"].value == f"{p.wage_tax:.2f}"
        assert f["net_pay"].value == f"{p.net_pay:.2f}"
        assert f["hours_worked"].value == f"{p.hours_worked:.2f}"
        assert f["employee_iban"].value == p.account.iban
        assert (f["employee_iban"].text or "").replace(" ", "") == p.account.iban
        _assert_printed_apart(doc, f, seed)


@pytest.mark.parametrize("lay", BOTH, ids=lambda lay: lay.name)
def test_deterministic(lay: Layout) -> None:
    p = SLIPS[5]
    a, b = _render(lay, p, 42), _render(lay, p, 42)
    assert a.pdf == b.pdf and a.fields == b.fields and a.pages == b.pages


@pytest.mark.parametrize("lay", BOTH, ids=lambda lay: lay.name)
def test_period_forms_follow_the_slips_own_period(
    lay: Layout, docs: dict[str, list[tuple[Payslip, RenderedDocument]]]
) -> None:
    """A monthly slip never prints a period number, a four-weekly one never a month; a dated
    four-weekly period prints exactly its own start and end dates; the contract's forms occur."""
    dated_four = undated_four = 0
    forms = set()
    for p, doc in docs[lay.name]:
        mark = doc.fields["pay_period_start"]
        text = mark.text or ""
        assert p.period_start is not None and p.period_end is not None
        assert doc.fields["pay_period_end"].text == text
        if p.period_number is None:
            assert "periode" not in text.lower()
            assert mark.value == p.period_start.isoformat()
            assert doc.fields["pay_period_end"].value == p.period_end.isoformat()
            if re.fullmatch(r"\d{2}-\d{4}", text):
                forms.add("mm-yyyy")
            elif re.fullmatch(r"[A-Za-z]+ \d{4}", text):
                forms.add("month")
            elif " t/m " in text:
                forms.add("dates")
            continue
        assert not any(month in text.lower() for month in MONTHS_NL)
        if mark.value is None:
            undated_four += 1
            assert f"periode {p.period_number}" in text.lower()
            assert doc.fields["pay_period_end"].value is None
        else:
            dated_four += 1
            assert mark.value == p.period_start.isoformat()
            assert doc.fields["pay_period_end"].value == p.period_end.isoformat()
            assert any(
                date_nl(p.period_start, s) in text and date_nl(p.period_end, s) in text
                for s in ("dash", "dot")
            ), text
            if re.fullmatch(rf"(Periode )?{p.period_number} \(.+ t/m .+\)", text):
                forms.add("four-weekly with dates")
    assert dated_four and undated_four
    assert forms == {"mm-yyyy", "month", "dates", "four-weekly with dates"}


@pytest.mark.parametrize("lay", BOTH, ids=lambda lay: lay.name)
def test_table_adds_up_to_the_net_pay(
    lay: Layout, docs: dict[str, list[tuple[Payslip, RenderedDocument]]]
) -> None:
    """The table's rows other than (sub)totals, payments minus deductions (or signed amounts),
    add up to the net pay; gross and wage tax are marked on table rows."""
    styles = set()
    for p, doc in docs[lay.name]:
        lines = doc_lines(doc)
        head = _table_head(lines)
        on_head = {t: b for t, b in lines if abs(b[3] - head[3]) < 0.3}
        net = doc.fields["net_pay"].box
        assert net is not None
        pay = next((b for t, b in on_head.items() if t in ("Betalingen", "Betaling")), None)
        ded = next((b for t, b in on_head.items() if t in ("Inhoudingen", "Inhouding")), None)
        amt = next(
            (b for t, b in on_head.items() if t in ("Bedrag", "Deze periode", "Periode")), None
        )
        styles.add("split" if pay else "signed")
        last = net[1] - 0.5 if lay is PORTAL else net[3] + 0.3  # the portal's net is in a box
        total, counted = Decimal(0), 0
        for t, b in lines:
            if not head[3] + 0.3 < b[3] <= last or (value := _amount(t)) is None:
                continue
            label = min((u for u in lines if abs(u[1][3] - b[3]) < 0.3), key=lambda u: u[1][0])
            if label[0] in _TOTAL_LABELS:
                continue
            if pay and ded:
                if abs(b[2] - pay[2]) < 0.3:
                    total, counted = total + value, counted + 1
                elif abs(b[2] - ded[2]) < 0.3:
                    total, counted = total - value, counted + 1
            elif amt and abs(b[2] - amt[2]) < 2.5:
                total, counted = total + value, counted + 1
        assert counted >= 2 and total == p.net_pay, (lay.name, total, p.net_pay)
        for name in ("gross_pay", "wage_tax"):
            box = doc.fields[name].box
            assert box is not None and head[3] < box[1] < net[3]
    assert styles == ({"split", "signed"} if lay is SOFTWARE else {"split"})


@pytest.mark.parametrize("lay", BOTH, ids=lambda lay: lay.name)
def test_year_to_date_figures_are_not_the_periods(
    lay: Layout, docs: dict[str, list[tuple[Payslip, RenderedDocument]]]
) -> None:
    """Year-to-date totals are printed under a cumulative heading; the marked gross, tax and net
    are the period's, and the cumulative gross (in the expected range) is never marked."""
    checked = 0
    for p, doc in docs[lay.name]:
        lines = doc_lines(doc)
        texts = [t.lower() for t, _ in lines]
        if not any(any(w in t for w in CUM_WORDS) for t in texts):
            assert lay is SOFTWARE
            continue
        k = _period_index(p)
        if k == 1:
            continue
        checked += 1
        marked = {doc.fields[n].text for n in ("gross_pay", "wage_tax", "net_pay")}
        lo = p.gross_pay * (1 + (k - 1) * Decimal("0.95"))
        hi = p.gross_pay * (1 + (k - 1) * Decimal("1.05"))
        cum_gross = [t for t, _ in lines if (v := _amount(t)) is not None and lo <= abs(v) <= hi]
        assert cum_gross, "cumulative gross not printed"
        assert not set(cum_gross) & marked
        heads = [b for t, b in lines if any(w in t.lower() for w in CUM_WORDS)]
        for name in ("gross_pay", "wage_tax", "net_pay", "hours_worked"):
            box = doc.fields[name].box
            assert box is not None
            assert not any(abs(h[2] - box[2]) < 0.2 and 0 < box[1] - h[3] < 60 for h in heads), name
    assert checked > 20


@pytest.mark.parametrize("lay", BOTH, ids=lambda lay: lay.name)
def test_identifiers_and_distractors(
    lay: Layout, docs: dict[str, list[tuple[Payslip, RenderedDocument]]]
) -> None:
    """The loonheffingennummer is printed with an RSIN that passes the 11-test and is not the
    BSN; the BSN is printed plain, with dots or with spaces; leave balances are never the hours."""
    bsn_forms = set()
    for p, doc in docs[lay.name]:
        lines = doc_lines(doc)
        found = [m for t, _ in lines for m in LH_RE.finditer(t)]
        assert found
        for m in found:
            rsin = m.group(4) or "".join(m.group(i) for i in (1, 2, 3))
            assert _eleven_test(rsin) and rsin != p.person.bsn
        assert _eleven_test(p.person.bsn)
        text = doc.fields["employee_bsn"].text or ""
        bsn_forms.add("dots" if "." in text else "spaces" if " " in text else "plain")
        for i, (t, b) in enumerate(lines):
            if "verlof" in t.lower() and i + 1 < len(lines):
                nt, nb = lines[i + 1]
                assert abs(nb[3] - b[3]) < 0.01 and _amount(nt) != p.hours_worked
    assert bsn_forms == {"plain", "dots", "spaces"}


# --- payslip.payroll_software ----------------------------------------------------------------------


def _software_variants(p: Payslip, doc: RenderedDocument) -> dict[str, str]:
    lines = doc_lines(doc)
    texts = [t for t, _ in lines]
    f = doc.fields
    first = texts[0]
    if any(first == name for name, _ in _SOFTWARE):
        head = "software"
    elif any(first == b[0] for b in _PAYROLL_BUREAUS):
        head = "bureau"
    else:
        assert first == p.job.employer.name
        head = "employer"
    emp_box = f["employer_name"].box
    assert emp_box is not None
    emp_line = _line_of(lines, emp_box)
    if head == "employer":
        employer = "letterhead"
    else:
        employer = "line" if emp_line != f["employer_name"].text else "block"
    table = "split" if {"Betalingen", "Betaling"} & set(texts) else "signed"
    head_box = _table_head(lines)
    on_head = [t.lower() for t, b in lines if abs(b[3] - head_box[3]) < 0.3]
    if any(any(w in t for w in CUM_WORDS) for t in on_head):
        ytd = "column"
    elif any(t.lower().startswith(("cumulatie", "jaartotalen")) for t in texts):
        ytd = "block"
    else:
        ytd = "none"
    iban_box = f["employee_iban"].box
    assert iban_box is not None
    iban = "block" if _line_of(lines, iban_box) == f["employee_iban"].text else "payout"
    period_box = f["pay_period_start"].box
    assert period_box is not None
    period = "block" if _line_of(lines, period_box) == f["pay_period_start"].text else "band"
    hours_box = f["hours_worked"].box
    assert hours_box is not None
    hours = "table" if hours_box[1] > head_box[3] else "block"
    return {
        "head": head,
        "employer": employer,
        "table": table,
        "ytd": ytd,
        "iban": iban,
        "period": period,
        "hours": hours,
    }


def test_payroll_software_reaches_every_variant(
    docs: dict[str, list[tuple[Payslip, RenderedDocument]]],
) -> None:
    seen = variants_seen(_software_variants(p, doc) for p, doc in docs[SOFTWARE.name])
    assert seen == {
        "head": {"software", "employer", "bureau"},
        "employer": {"letterhead", "line", "block"},
        "table": {"split", "signed"},
        "ytd": {"column", "block", "none"},
        "iban": {"block", "payout"},
        "period": {"block", "band"},
        "hours": {"table", "block"},
    }


def test_payroll_software_names_its_maker_apart_from_the_employer(
    docs: dict[str, list[tuple[Payslip, RenderedDocument]]],
) -> None:
    """Every slip names the software or the bureau; the marked employer is the slip's own, in a
    labelled block, on a 'Werkgever' line or as the letterhead; other people are named too."""
    makers = [name for name, _ in _SOFTWARE] + [b[0] for b in _PAYROLL_BUREAUS]
    labels = {"Werkgever", "Naam werkgever", "Organisatie", "Naam"}
    contacts = 0
    for p, doc in docs[SOFTWARE.name]:
        lines = doc_lines(doc)
        texts = [t for t, _ in lines]
        assert any(any(m in t for m in makers) for t in texts)
        f = doc.fields["employer_name"]
        assert f.value == p.job.employer.name and f.text == p.job.employer.name
        assert f.box is not None
        if f.box[1] > 25:  # not the letterhead: a label precedes it on its line
            row = [t for t, b in lines if abs(b[3] - f.box[3]) < 0.3 and b[2] <= f.box[0] + 0.01]
            line = _line_of(lines, f.box)
            assert {t.rstrip(":") for t in row} & labels or line.startswith(tuple(labels)), line
        contacts += any(t in ("Contactpersoon", "Contact HR") for t in texts)
    assert contacts


# --- payslip.corporate_portal --------------------------------------------------------------------


def _portal_variants(p: Payslip, doc: RenderedDocument) -> dict[str, str]:
    lines = doc_lines(doc)
    texts = [t for t, _ in lines]
    f = doc.fields
    emp = f["employer_name"].box
    assert emp is not None
    employer = "header" if emp[3] < 30 else "footer" if emp[1] > 276 else "grid"
    head = _table_head(lines)
    period_box = f["pay_period_start"].box
    assert period_box is not None
    pline = next(b for t, b in lines if b[3] == period_box[3] and b[0] <= period_box[0] + 0.01)
    if _line_of(lines, period_box) == f["pay_period_start"].text:
        period = "grid"
    else:
        period = "title" if abs(pline[0] - (head[0] - 1.5)) < 0.05 else "band"
    on_head = [t.lower() for t, b in lines if abs(b[3] - head[3]) < 0.3]
    column = any(any(w in t for w in CUM_WORDS) for t in on_head)
    block = any(
        t.startswith(("Cumulatieven 20", "Jaartotalen", "Cumulatief t/m deze periode"))
        for t in texts
    )
    ytd = "both" if column and block else "column" if column else "block"
    subs = [t for t, b in lines if 21 < b[3] < 28 and b[0] < 100]  # under the employer's name
    sub = "none"
    if any(t.startswith(("onderdeel van", "Een organisatie van")) for t in subs):
        sub = "parent"
    elif subs:
        sub = "unit"
    iban_box = f["employee_iban"].box
    assert iban_box is not None
    iban = "grid" if iban_box[1] < head[1] else "payout"
    hours_box = f["hours_worked"].box
    assert hours_box is not None
    hours = "table" if hours_box[1] > head[3] else "grid"
    notes = "yes" if {"Mededelingen", "Berichten", "Mededelingen HR"} & set(texts) else "no"
    return {
        "employer": employer,
        "period": period,
        "ytd": ytd,
        "sub": sub,
        "iban": iban,
        "hours": hours,
        "notes": notes,
    }


def test_corporate_portal_reaches_every_variant(
    docs: dict[str, list[tuple[Payslip, RenderedDocument]]],
) -> None:
    seen = variants_seen(_portal_variants(p, doc) for p, doc in docs[PORTAL.name])
    assert seen == {
        "employer": {"header", "grid", "footer"},
        "period": {"title", "band", "grid"},
        "ytd": {"column", "block", "both"},
        "sub": {"parent", "unit", "none"},
        "iban": {"grid", "payout"},
        "hours": {"table", "grid"},
        "notes": {"yes", "no"},
    }


def test_corporate_portal_prints_net_box_reservations_and_notices(
    docs: dict[str, list[tuple[Payslip, RenderedDocument]]],
) -> None:
    """The marked net is in the box below the table with the payout line under it; the
    notices name the employer, a date, a person or the portal; the portal stamp is printed."""
    about = 0
    for p, doc in docs[PORTAL.name]:
        lines = doc_lines(doc)
        texts = [t for t, _ in lines]
        net = doc.fields["net_pay"].box
        assert net is not None
        row = [t for t, b in lines if abs(b[3] - net[3]) < 0.3 and b[2] < net[0]]
        assert row and row[0] in _TOTAL_LABELS
        assert any(t.startswith("Afgedrukt op ") for t in texts)
        assert any(any(w in t for w in ("verlof", "Vakantiegeld")) for t in texts)
        brand = p.job.employer.name.removesuffix(" B.V.")
        if "Mededelingen" in texts or "Berichten" in texts or "Mededelingen HR" in texts:
            start = next(
                i
                for i, t in enumerate(texts)
                if t in ("Mededelingen", "Berichten", "Mededelingen HR")
            )
            body = " ".join(texts[start + 1 : start + 8])
            about += bool(
                brand in body
                or re.search(r"\d{2}-\d{2}-\d{4}|\d{1,2} [a-z]+ \d{4}", body)
                or any(portal in body for portal in _PORTALS)
            )
    assert about > 10


def test_corporate_portal_year_to_date_figures_agree(
    docs: dict[str, list[tuple[Payslip, RenderedDocument]]],
) -> None:
    """With both a cumulative column and a year-totals block, the gross row's year-to-date
    figure in the table is the one the block prints: one slip, one set of totals."""
    compared = 0
    for _p, doc in docs[PORTAL.name]:
        lines = doc_lines(doc)
        head = _table_head(lines)
        cum_head = [
            b
            for t, b in lines
            if abs(b[3] - head[3]) < 0.3 and any(w in t.lower() for w in CUM_WORDS)
        ]
        block = next(
            (
                b
                for t, b in lines
                if t.startswith(("Cumulatieven 20", "Jaartotalen", "Cumulatief t/m deze periode"))
            ),
            None,
        )
        if not cum_head or block is None:
            continue
        gross = doc.fields["gross_pay"].box
        assert gross is not None
        in_table = next(
            t for t, b in lines if abs(b[3] - gross[3]) < 0.3 and abs(b[2] - cum_head[0][2]) < 0.3
        )
        below = [t for t, b in lines if b[1] > block[3]]
        assert in_table in below
        compared += 1
    assert compared > 5
