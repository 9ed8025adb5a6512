"""The payslip layouts of `synth.layouts.payslip_post`: `payslip.envelope_letter` and
`payslip.code_table` reach all their variants, print and mark every field the slip carries (and
not the invented home address or the titles), print tables that add up to the net pay, keep
year-to-date figures unmarked and never overprint."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

import pytest

import synth.layouts.payslip_post  # noqa: F401  (registers the layouts)
from extraction.schema import FIELDS as CONTRACT_FIELDS
from synth.canvas import RenderedDocument
from synth.fmt import date_nl
from synth.layouts import layouts_for
from synth.layouts.base import Layout
from synth.layouts.payslip_provider import _TOTAL_LABELS
from synth.people import MONTHS_NL, Payslip
from tests.helpers import doc_lines, variants_seen
from tests.test_synth_payslip import _payslip, _render
from tests.test_synth_payslip_provider import (  # the same helpers for the same checks
    AMOUNT_RE,
    CUM_WORDS,
    LH_RE,
    _assert_printed_apart,
    _eleven_test,
    _period_index,
)

BY_NAME = {lay.name: lay for lay in layouts_for("payslip")}
LETTER = BY_NAME["payslip.envelope_letter"]
CODES = BY_NAME["payslip.code_table"]
BOTH = [LETTER, CODES]
# households with a monthly job and (9, 10, 21, 24) with a four-weekly one
APP_SEEDS = (1, 2, 3, 5, 9, 10, 21, 24)
TITLES = ("De heer", "Mevrouw", "Dhr.", "Mevr.", "T.a.v.", "de heer", "mevrouw")
FIELDS = CONTRACT_FIELDS["payslip"]

SLIPS = [_payslip(s, k) for s in APP_SEEDS for k in range(3)]

Box = tuple[float, float, float, float]
Line = tuple[str, Box]


@pytest.fixture(scope="module")
def docs() -> dict[str, list[tuple[Payslip, RenderedDocument]]]:
    out = {}
    for lay in BOTH:
        out[lay.name] = [
            (SLIPS[s % len(SLIPS)], _render(lay, SLIPS[s % len(SLIPS)], 9000 + s))
            for s in range(100)
        ]
    return out


def _amount(text: str) -> Decimal | None:
    m = AMOUNT_RE.match(text)
    if not m:
        return None
    value = Decimal(f"{m.group(4).replace('.', '')}.{m.group(5)}")
    return -value if m.group(2) or m.group(3) or m.group(6) else value


def _line_of(lines: list[Line], box: Box) -> str:
    return next(
        t for t, b in lines if b[0] <= box[0] + 0.01 and box[2] <= b[2] + 0.01 and b[3] == box[3]
    )


def _row(lines: list[Line], box: Box) -> list[Line]:
    """The lines on the same baseline as `box`, left to right."""
    return sorted((u for u in lines if abs(u[1][3] - box[3]) < 0.3), key=lambda u: u[1][0])


def _table_head(lines: list[Line]) -> Box:
    return next(b for t, b in lines if t == "Omschrijving")


def test_registered_as_dev_layouts() -> None:
    dev = {lay.name for lay in layouts_for("payslip", "dev")}
    assert {"payslip.envelope_letter", "payslip.code_table"} <= dev
    assert not LETTER.holdout and not CODES.holdout


# --- both layouts ------------------------------------------------------------------------------


@pytest.mark.parametrize("lay", BOTH, ids=lambda lay: lay.name)
def test_every_field_is_marked_and_nothing_overprints(lay: Layout) -> None:
    long_name = replace(
        SLIPS[0].person,
        first_names="Johanna Hanneke Saskia",
        prefix="van den",
        surname_core="Heuvel-Çelik",
    )
    for seed in range(60):
        p = SLIPS[seed % len(SLIPS)]
        if seed % 3 == 0:
            p = replace(p, person=long_name)
        doc = _render(lay, p, seed)
        f = doc.fields
        assert len(doc.pages) == 1
        assert set(FIELDS) == set(f)
        assert all(f[n].box is not None and f[n].page == 1 for n in FIELDS)
        assert f["employer_name"].value in (p.job.employer.name, p.job.employer.name.upper())
        assert f["employer_name"].text == f["employer_name"].value
        name = f["employee_name"]
        person = p.person
        assert name.text == name.value
        assert name.value in (
            person.short_name,
            person.full_name,
            person.formal_name,
            person.formal_name.upper(),
            f"{person.surname}, {person.initials}",
            f"{person.surname.upper()}, {person.initials}",
        )
        assert not str(name.text).startswith(TITLES)
        assert f["employee_bsn"].value == person.bsn
        assert re.sub(r"\D", "", f["employee_bsn"].text or "") == person.bsn
        assert f["gross_pay"].value == f"{p.gross_pay:.2f}"
        assert f["wage_tax"].value == f"{p.wage_tax:.2f}"
        assert f["net_pay"].value == f"{p.net_pay:.2f}"
        assert f["hours_worked"].value == f"{p.hours_worked:.2f}"
        assert _amount(f["hours_worked"].text or "") == p.hours_worked
        for n in ("gross_pay", "wage_tax", "net_pay"):
            assert abs(_amount((f[n].text or "").replace("€ ", "")) or 0) == Decimal(
                str(f[n].value)
            )
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
    period is exactly the slip's own; an undated four-weekly period is null."""
    forms = set()
    for p, doc in docs[lay.name]:
        mark, end = doc.fields["pay_period_start"], doc.fields["pay_period_end"]
        text = mark.text or ""
        assert p.period_start is not None and p.period_end is not None
        assert end.text == text and end.box == mark.box
        if p.period_number is None:
            assert "periode" not in text.lower() and "per." not in text.lower()
            assert mark.value == p.period_start.isoformat()
            assert end.value == p.period_end.isoformat()
            m = p.period_start.month
            if re.fullmatch(rf"{m:02d}/\d{{4}}", text):
                forms.add("mm/yyyy")
            elif re.fullmatch(rf"\d{{4}}-{m:02d}", text):
                forms.add("yyyy-mm")
            elif re.fullmatch(rf"{m:02d}-\d{{4}}", text):
                forms.add("mm-yyyy")
            elif re.fullmatch(r"[A-Za-z]+ \d{4}", text):
                assert text.lower().split()[0] == MONTHS_NL[m - 1]
                forms.add("month")
            else:
                assert " t/m " in text, text
                forms.add("dates")
            continue
        assert not any(month in text.lower() for month in MONTHS_NL)
        if mark.value is None:
            forms.add("four undated")
            assert end.value is None
            assert str(p.period_number) in text and " t/m " not in text
        else:
            forms.add("four dated")
            assert mark.value == p.period_start.isoformat()
            assert end.value == p.period_end.isoformat()
            assert any(
                date_nl(p.period_start, s) in text and date_nl(p.period_end, s) in text
                for s in ("dash", "dot")
            ), text
    if lay is CODES:
        assert forms == {"mm/yyyy", "yyyy-mm", "dates", "four dated", "four undated"}
    else:
        assert forms == {"mm-yyyy", "month", "dates", "four dated", "four undated"}


def _amount_box(row: list[Line], text: str) -> Box:
    return next(b for t, b in row if t == text)


def _code_table_sum(p: Payslip, lines: list[Line]) -> tuple[Decimal, int]:
    """Payments minus deductions plus allowances over the rows with a code (4xxx / 5xxx are
    deductions), read from the period amount columns."""
    amount_cols = [b for t, b in lines if t in ("Bedrag", "Betaling", "Inhouding")]
    pay = next((b for t, b in lines if t == "Betaling"), None)
    ded = next((b for t, b in lines if t == "Inhouding"), None)
    total, counted = Decimal(0), 0
    for t, b in lines:
        if not re.fullmatch(r"\d{4}", t):
            continue
        row = _row(lines, b)
        # side-by-side tables: a row ends where the next table's Code column begins
        stop = min((cb[0] for ct, cb in lines if ct == "Code" and cb[0] > b[0] + 1), default=999)
        row = [(u, ub) for u, ub in row if b[0] <= ub[0] < stop]
        found = [
            (u, v)
            for u, ub in row
            if (v := _amount(u)) is not None
            and (any(abs(ub[2] - a[2]) < 2.5 for a in amount_cols) or t == "7010")
        ]
        if t == "7010":
            found = found[-1:]
        if t == "1010":
            assert not found  # the hours row carries no amount
            continue
        assert len(found) == 1, (t, row)
        value = found[0][1]
        deduction = t.startswith(("4", "5"))
        if pay is not None and ded is not None and t != "7010":  # split columns
            col = ded if deduction else pay
            assert abs(_amount_box(row, found[0][0])[2] - col[2]) < 0.3, (t, row)
        assert value >= 0 or deduction
        total += -abs(value) if deduction else value
        counted += 1
    return total, counted


@pytest.mark.parametrize("lay", BOTH, ids=lambda lay: lay.name)
def test_table_adds_up_to_the_net_pay(
    lay: Layout, docs: dict[str, list[tuple[Payslip, RenderedDocument]]]
) -> None:
    """The table's rows other than (sub)totals add up to the net pay; gross and wage tax are
    marked on table rows, the gross on a bruto line."""
    for p, doc in docs[lay.name]:
        lines = doc_lines(doc)
        head = _table_head(lines)
        net = doc.fields["net_pay"].box
        assert net is not None
        for name in ("gross_pay", "wage_tax"):
            box = doc.fields[name].box
            assert box is not None and head[3] < box[1] < net[3]
        gross = doc.fields["gross_pay"].box
        assert gross is not None
        if lay is CODES:
            total, counted = _code_table_sum(p, lines)
            assert counted >= 2 and total == p.net_pay
            assert _row(lines, gross)[0][0].lower() == "totaal bruto"
            continue
        on_head = {t: b for t, b in lines if abs(b[3] - head[3]) < 0.3}
        pay = next((b for t, b in on_head.items() if t in ("Betalingen", "Betaling")), None)
        ded = next((b for t, b in on_head.items() if t in ("Inhoudingen", "Inhouding")), None)
        amt = next((b for t, b in on_head.items() if t in ("Bedrag", "Deze periode")), None)
        total, counted = Decimal(0), 0
        for t, b in lines:
            if not head[3] + 0.3 < b[3] <= net[3] + 0.3 or (value := _amount(t)) is None:
                continue
            label = min(_row(lines, b), key=lambda u: u[1][0])
            if label[0] in _TOTAL_LABELS:
                continue
            if pay and ded:
                if abs(b[2] - pay[2]) < 0.3:
                    total, counted = total + value, counted + 1
                elif abs(b[2] - ded[2]) < 0.3:
                    total, counted = total - value, counted + 1
            elif amt and abs(b[2] - amt[2]) < 2.5:
                total, counted = total + value, counted + 1
        assert counted >= 2 and total == p.net_pay, (total, p.net_pay)


@pytest.mark.parametrize("lay", BOTH, ids=lambda lay: lay.name)
def test_year_to_date_figures_are_never_marked(
    lay: Layout, docs: dict[str, list[tuple[Payslip, RenderedDocument]]]
) -> None:
    """Where year-to-date totals are printed, the cumulative gross (in its expected range) is
    printed and never marked, and no marked amount stands under a cumulative heading."""
    checked = 0
    for p, doc in docs[lay.name]:
        lines = doc_lines(doc)
        heads = [b for t, b in lines if any(w in t.lower() for w in CUM_WORDS)]
        k = _period_index(p)
        if not heads or k == 1:
            continue
        checked += 1
        marked = {doc.fields[n].text for n in ("gross_pay", "wage_tax", "net_pay")}
        lo = p.gross_pay * (1 + (k - 1) * Decimal("0.95"))
        hi = p.gross_pay * (1 + (k - 1) * Decimal("1.05"))
        cum_gross = [t for t, _ in lines if (v := _amount(t)) is not None and lo <= abs(v) <= hi]
        assert cum_gross, "cumulative gross not printed"
        assert not set(cum_gross) & marked
        for name in ("gross_pay", "wage_tax", "net_pay", "hours_worked"):
            box = doc.fields[name].box
            assert box is not None
            assert not any(abs(h[2] - box[2]) < 0.2 and 0 < box[1] - h[3] < 60 for h in heads), name
    assert checked > 30


@pytest.mark.parametrize("lay", BOTH, ids=lambda lay: lay.name)
def test_identifiers_and_distractors(
    lay: Layout, docs: dict[str, list[tuple[Payslip, RenderedDocument]]]
) -> None:
    """The loonheffingennummer's RSIN passes the 11-test and is not the BSN; other nine-digit
    numbers are not the BSN; leave balances are never the hours; the IBAN is printed once as
    the employee's (another IBAN is the employer's)."""
    for p, doc in docs[lay.name]:
        lines = doc_lines(doc)
        texts = [t for t, _ in lines]
        found = [m for t in texts for m in LH_RE.finditer(t)]
        if lay is CODES:
            assert found
        for m in found:
            rsin = m.group(4) or "".join(m.group(i) for i in (1, 2, 3))
            assert _eleven_test(rsin) and rsin != p.person.bsn
        bsn_box = doc.fields["employee_bsn"].box
        for t, b in lines:
            on_bsn = bsn_box is not None and abs(b[3] - bsn_box[3]) < 0.01
            if not on_bsn and re.search(r"\b\d{9}\b", t) and "L" not in t:
                assert p.person.bsn not in t
            if "verlof" in t.lower():
                row = _row(lines, b)
                assert all(_amount(u) != p.hours_worked for u, _ in row)
        compact = [t.replace(" ", "") for t in texts]
        assert sum(p.account.iban in t for t in compact) == 1


# --- payslip.envelope_letter ----------------------------------------------------------------------


def _letter_variants(p: Payslip, doc: RenderedDocument) -> dict[str, str]:
    lines = doc_lines(doc)
    texts = [t for t, _ in lines]
    f = doc.fields
    legal = p.job.employer.name
    kvk = next(b for t, b in lines if t.startswith("KvK") and b[3] < 45)
    side = "right" if kvk[2] > 150 else "left"
    emp = f["employer_name"].box
    assert emp is not None
    if emp[1] > 277:
        employer = "logo_footer"
    elif emp[3] - emp[1] < 3.0:
        employer = "logo_small"
    elif any(t.startswith(legal) and b[1] > 277 for t, b in lines):
        employer = "letterhead_footer"
    else:
        employer = "letterhead"
    window = next(
        t
        for t, b in lines
        if 45 <= b[3] <= 80 and b[0] < 30 and (p.person.surname in t or "heer" in t)
    )
    if window.startswith(("De heer", "Mevrouw")):
        wname = "title_long"
    elif window.startswith(("Dhr.", "Mevr.")):
        wname = "title_short"
    elif window.startswith("T.a.v."):
        wname = "tav"
    else:
        wname = "plain"
    name_box = f["employee_name"].box
    assert name_box is not None
    marked_name = "window" if name_box[3] < 85 else "block"
    kenmerk = next((b for t, b in lines if t == "Ons kenmerk"), None)
    ref = "dateline" if kenmerk is None else "right" if kenmerk[0] > 100 else "below"
    title = next(
        t
        for t in texts
        if t in ("Salarisspecificatie", "Loonstrook", "Uw salarisstrook")
        or t.startswith("Specificatie van uw salaris over")
    )
    head = _table_head(lines)
    on_head = [t for t, b in lines if abs(b[3] - head[3]) < 0.3]
    table = "split" if {"Betalingen", "Betaling"} & set(on_head) else "signed"
    ytd = "column" if any(any(w in t.lower() for w in CUM_WORDS) for t in on_head) else "block"
    iban_box = f["employee_iban"].box
    assert iban_box is not None
    iban = "block" if _line_of(lines, iban_box) == f["employee_iban"].text else "payout"
    hours_box = f["hours_worked"].box
    assert hours_box is not None
    hours = "table" if hours_box[1] > head[3] else "block"
    return {
        "side": side,
        "employer": employer,
        "window": wname,
        "marked_name": marked_name,
        "ref": ref,
        "title": title.split(" over ")[0],
        "table": table,
        "ytd": ytd,
        "iban": iban,
        "hours": hours,
    }


def test_envelope_letter_reaches_every_variant(
    docs: dict[str, list[tuple[Payslip, RenderedDocument]]],
) -> None:
    seen = variants_seen(_letter_variants(p, doc) for p, doc in docs[LETTER.name])
    assert seen == {
        "side": {"right", "left"},
        "employer": {"letterhead", "letterhead_footer", "logo_small", "logo_footer"},
        "window": {"title_long", "title_short", "tav", "plain"},
        "marked_name": {"window", "block"},
        "ref": {"right", "below", "dateline"},
        "title": {
            "Salarisspecificatie",
            "Loonstrook",
            "Uw salarisstrook",
            "Specificatie van uw salaris",
        },
        "table": {"split", "signed"},
        "ytd": {"column", "block"},
        "iban": {"block", "payout"},
        "hours": {"table", "block"},
    }


def test_envelope_window_address_is_consistent_and_unmarked(
    docs: dict[str, list[tuple[Payslip, RenderedDocument]]],
) -> None:
    """The window (45-60 mm from the top, on the left) holds the name and a home address with a
    valid postcode; the address is the same on every slip of the person and is marked as no
    field; the employer's name is printed once or twice, its logo abbreviation aside."""
    homes: dict[str, set[tuple[str, str]]] = {}
    for p, doc in docs[LETTER.name]:
        lines = doc_lines(doc)
        name_i = next(
            i
            for i, (t, b) in enumerate(lines)
            if 45 <= b[3] <= 80 and b[0] < 30 and (p.person.surname in t or "heer" in t)
        )
        _, b0 = lines[name_i]
        assert 45 <= b0[3] <= 66 and b0[0] < 30
        (street, bs), (town, bt) = lines[name_i + 1], lines[name_i + 2]
        assert abs(bs[0] - b0[0]) < 0.01 and abs(bt[0] - b0[0]) < 0.01
        assert re.fullmatch(r"[1-9]\d{3} [A-Z]{2} \S.*", town), town
        assert re.search(r"\d", street)
        homes.setdefault(p.person.bsn, set()).add((street, town))
        for fm in doc.fields.values():
            assert fm.box is not None
            for b in (bs, bt):
                w = min(fm.box[2], b[2]) - max(fm.box[0], b[0])
                h = min(fm.box[3], b[3]) - max(fm.box[1], b[1])
                assert w <= 0 or h <= 0
        legal = p.job.employer.name
        assert 1 <= sum(legal in t for t, _ in lines) <= 2
    assert all(len(v) == 1 for v in homes.values())


# --- payslip.code_table ----------------------------------------------------------------------------


def _code_variants(p: Payslip, doc: RenderedDocument) -> dict[str, str]:
    lines = doc_lines(doc)
    texts = set(t for t, _ in lines)
    f = doc.fields
    head = _table_head(lines)
    if {"Betalingen", "BETALINGEN"} & texts:
        arrangement = "side"
    elif "Betaling" in texts:
        arrangement = "stacked_split"
    else:
        arrangement = "stacked_signed"
    if "Cum." in texts:
        cum = "cum"
    elif any(t.startswith("T/m per. ") for t in texts):
        cum = "tm"
    else:
        cum = "none"
    name_box = f["employee_name"].box
    assert name_box is not None
    line = _line_of(lines, name_box)
    if "de heer" in line or "mevrouw" in line:
        name = "naam_title"
    elif "Dhr." in line or "Mevr." in line:
        name = "title"
    elif str(f["employee_name"].value).isupper() or ", " not in str(f["employee_name"].value):
        name = "upper"
    else:
        name = "formal"
    if str(f["employee_name"].value) == p.person.formal_name and name == "upper":
        name = "formal"
    hours_box = f["hours_worked"].box
    assert hours_box is not None
    if hours_box[1] < head[1]:
        hours = "header"
    else:
        hours = "row" if _row(lines, hours_box)[0][0] == "1010" else "rate"
    iban_box = f["employee_iban"].box
    assert iban_box is not None
    iban = "header" if iban_box[1] < head[1] else "payout"
    return {"arrangement": arrangement, "cum": cum, "name": name, "hours": hours, "iban": iban}


def test_code_table_reaches_every_variant(
    docs: dict[str, list[tuple[Payslip, RenderedDocument]]],
) -> None:
    seen = variants_seen(_code_variants(p, doc) for p, doc in docs[CODES.name])
    assert seen == {
        "arrangement": {"side", "stacked_split", "stacked_signed"},
        "cum": {"cum", "tm", "none"},
        "name": {"naam_title", "title", "upper", "formal"},
        "hours": {"header", "row", "rate"},
        "iban": {"header", "payout"},
    }


def test_code_table_header_band_and_summary(
    docs: dict[str, list[tuple[Payslip, RenderedDocument]]],
) -> None:
    """The header names Afdeling, Kostenplaats and the employee number; the employer is marked
    in the band; the summary prints Fiscaal loon, SV-loon, Netto and the marked payout; small
    print closes the page."""
    for p, doc in docs[CODES.name]:
        lines = doc_lines(doc)
        texts = [t for t, _ in lines]
        joined = " ".join(texts)
        assert "Afdeling" in joined and "Kostenplaats" in joined
        assert p.job.employee_number in joined
        emp = doc.fields["employer_name"].box
        assert emp is not None and emp[3] < 25
        assert any(t.startswith("Fiscaal loon") for t in texts)
        assert any(t in ("SV-loon", "Loon SV") for t in texts)
        assert any(t in ("Netto", "Nettoloon") for t in texts)
        net = doc.fields["net_pay"].box
        assert net is not None
        label = max((u for u in _row(lines, net) if u[1][2] < net[0]), key=lambda u: u[1][2])
        assert label[0] in (
            "Uit te betalen",
            "UIT TE BETALEN",
            "Netto uit te betalen",
        )
        assert any(t.startswith("Verwerkt ") for t in texts)
        assert "Uit te betalen" in _TOTAL_LABELS
