"""The payslip layouts of `synth.layouts.payslip_extra`: `payslip.small_business` and
`payslip.ledger_columns` reach all their variants, keep year-to-date figures apart from the
period's, print the period in forms the slip's own period supports, and never overprint."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

import pytest

from synth.canvas import PAGE_H_MM, PAGE_W_MM, RenderedDocument
from synth.fmt import date_nl
from synth.layouts import layouts_for
from synth.layouts.base import Layout
from synth.layouts.payslip_extra import _BUREAUS, _OFFICES
from synth.people import MONTHS_NL, Payslip
from tests.helpers import doc_lines
from tests.test_synth_payslip import _payslip, _render

BY_NAME = {lay.name: lay for lay in layouts_for("payslip")}
SMALL = BY_NAME["payslip.small_business"]
LEDGER = BY_NAME["payslip.ledger_columns"]
# households with a monthly job and (9, 10, 21, 24) with a four-weekly one
APP_SEEDS = (1, 2, 3, 5, 9, 10, 21, 24)
AMOUNT_RE = re.compile(r"^(?:€ )?(?:-/- )?-?(\d{1,3}(?:\.\d{3})*|\d+),(\d{2})-?$")
CUM_WORDS = ("cumul", "cum.", "dit jaar", "t/m per")


SLIPS = [_payslip(s, k) for s in APP_SEEDS for k in range(3)]


def _docs(lay: Layout, n: int = 60) -> list[tuple[Payslip, RenderedDocument]]:
    out = []
    for seed in range(n):
        p = SLIPS[seed % len(SLIPS)]
        out.append((p, _render(lay, p, 5000 + seed)))
    return out


def _lines(doc: RenderedDocument) -> list[tuple[str, tuple[float, float, float, float]]]:
    return doc_lines(doc)


def _amount(text: str) -> Decimal | None:
    m = AMOUNT_RE.match(text)
    if not m:
        return None
    return Decimal(f"{m.group(1).replace('.', '')}.{m.group(2)}")


def _period_index(p: Payslip) -> int:
    assert p.period_start is not None
    return p.period_number if p.period_number is not None else p.period_start.month


@pytest.fixture(scope="module")
def small_docs() -> list[tuple[Payslip, RenderedDocument]]:
    return _docs(SMALL, 80)


@pytest.fixture(scope="module")
def ledger_docs() -> list[tuple[Payslip, RenderedDocument]]:
    return _docs(LEDGER, 80)


def test_registered_as_dev_layouts() -> None:
    dev = {lay.name for lay in layouts_for("payslip", "dev")}
    assert {"payslip.small_business", "payslip.ledger_columns"} <= dev
    assert not SMALL.holdout and not LEDGER.holdout


# --- both layouts ------------------------------------------------------------------------------


@pytest.mark.parametrize("lay", [SMALL, LEDGER], ids=lambda lay: lay.name)
def test_many_seeds_mark_the_slip_and_never_overprint(lay: Layout) -> None:
    """Over many seeds and a long name: the money fields are the slip's own, the period and
    IBAN are always marked, and no two printed lines overlap or leave the page."""
    long_name = replace(
        SLIPS[0].person,
        first_names="Johanna Hanneke Saskia",
        prefix="van den",
        surname_core="Heuvel-Çelik",
    )
    for seed in range(48):
        p = SLIPS[seed % len(SLIPS)]
        if seed % 3 == 0:
            p = replace(p, person=long_name)
        doc = _render(lay, p, seed)
        f = doc.fields
        assert len(doc.pages) == 1
        assert f["gross_pay"].value == f"{p.gross_pay:.2f}"
        assert f["wage_tax"].value == f"{p.wage_tax:.2f}"
        assert f["net_pay"].value == f"{p.net_pay:.2f}"
        assert f["employee_iban"].value == p.account.iban  # the payout account is always shown
        assert "pay_period_start" in f and "pay_period_end" in f
        boxes = [box for _, box in _lines(doc)]
        for x0, y0, x1, y1 in boxes:
            assert 0 <= x0 <= x1 <= PAGE_W_MM - 3 and 0 <= y0 <= y1 <= PAGE_H_MM - 5
        for a in range(len(boxes)):
            for b in range(a + 1, len(boxes)):
                w = min(boxes[a][2], boxes[b][2]) - max(boxes[a][0], boxes[b][0])
                h = min(boxes[a][3], boxes[b][3]) - max(boxes[a][1], boxes[b][1])
                assert w <= 0.05 or h <= 0.05, (seed, _lines(doc)[a][0], _lines(doc)[b][0])


@pytest.mark.parametrize("lay", [SMALL, LEDGER], ids=lambda lay: lay.name)
def test_period_forms_follow_the_slips_own_period(lay: Layout) -> None:
    """A monthly slip never prints a period number, a four-weekly one never a month; a dated
    four-weekly period prints exactly its own start and end dates."""
    dated_four = undated_four = 0
    for p, doc in _docs(lay):
        mark = doc.fields["pay_period_start"]
        text = mark.text or ""
        assert p.period_start is not None and p.period_end is not None
        if p.period_number is None:
            assert "periode" not in text.lower() and "4 weken" not in text
            assert mark.value == p.period_start.isoformat()
            continue
        assert not any(month in text.lower() for month in MONTHS_NL)
        if mark.value is None:
            undated_four += 1
            assert f"periode {p.period_number}" in text.lower()
        else:
            dated_four += 1
            assert mark.value == p.period_start.isoformat()
            assert doc.fields["pay_period_end"].value == p.period_end.isoformat()
            assert any(
                date_nl(p.period_start, s) in text and date_nl(p.period_end, s) in text
                for s in ("dash", "dot", "compact")
            ), text
    assert dated_four and undated_four


@pytest.mark.parametrize("lay", [SMALL, LEDGER], ids=lambda lay: lay.name)
def test_hours_sometimes_marked_and_distinct_from_leave_balances(lay: Layout) -> None:
    marked = set()
    for p, doc in _docs(lay):
        marked.add("hours_worked" in doc.fields)
        leave = [
            i
            for i, (t, _) in enumerate(_lines(doc))
            if t in ("Saldo verlofuren", "Verlof saldo (uren)")
        ]
        for i in leave:  # the balance is the next line on the same baseline, never the hours
            text, box = _lines(doc)[i + 1]
            assert abs(box[3] - _lines(doc)[i][1][3]) < 0.01
            assert _amount(text) != p.hours_worked
    assert marked == {True, False}


# --- payslip.small_business ----------------------------------------------------------------------


def _small_variants(doc: RenderedDocument) -> dict[str, str]:
    lines = _lines(doc)
    texts = [t for t, _ in lines]
    f = doc.fields
    employer = f["employer_name"].text or ""
    if any(t.startswith(name) for name, _ in _OFFICES for t in texts):
        head = "office"
    elif any(employer in t and "·" in t for t in texts):
        head = "smallline"
    else:
        head = "letterhead"
    cols = "betaling" if any(t in ("Inhouding", "Inhoudingen") for t in texts) else "bedrag"
    mark = f["employee_iban"].box
    assert mark is not None
    iban_line = next(
        t for t, b in lines if b[0] <= mark[0] + 0.01 and mark[2] <= b[2] + 0.01 and b[3] == mark[3]
    )
    iban = "block" if iban_line == f["employee_iban"].text else "payout"
    return {"head": head, "cols": cols, "iban": iban}


def test_small_business_reaches_every_variant(
    small_docs: list[tuple[Payslip, RenderedDocument]],
) -> None:
    seen: dict[str, set[str]] = {"head": set(), "cols": set(), "iban": set(), "period": set()}
    for _p, doc in small_docs:
        for k, v in _small_variants(doc).items():
            seen[k].add(v)
        text = doc.fields["pay_period_start"].text or ""
        if re.fullmatch(r"[a-z]+ \d{4}", text):
            seen["period"].add("month")
        elif re.fullmatch(r"\d{2}-\d{4}", text):
            seen["period"].add("mm-yyyy")
        elif re.fullmatch(r"Periode \d+ \(4 weken\) .+ t/m .+", text):
            seen["period"].add("four-weekly dates")
        elif " t/m " in text:
            seen["period"].add("tijdvak dates")
        else:
            seen["period"].add("other")
    assert seen["head"] == {"office", "smallline", "letterhead"}
    assert seen["cols"] == {"betaling", "bedrag"}
    assert seen["iban"] == {"block", "payout"}
    assert {"month", "mm-yyyy", "four-weekly dates", "tijdvak dates"} <= seen["period"]


def test_small_business_table_adds_up(small_docs: list[tuple[Payslip, RenderedDocument]]) -> None:
    """The gross, wage tax and net are printed with their labels; wording varies with rng."""
    gross_words, tax_words = set(), set()
    for p, doc in small_docs:
        lines = _lines(doc)
        texts = [t for t, _ in lines]
        for name, words in (("gross_pay", gross_words), ("wage_tax", tax_words)):
            box = doc.fields[name].box
            assert box is not None
            same_row = sorted(
                (b[0], t) for t, b in lines if abs(b[3] - box[3]) < 0.3 and b[2] < box[0]
            )
            words.add(same_row[0][1])
        assert "Omschrijving" in texts
        assert doc.fields["employer_name"].text == p.job.employer.name
    assert {"Bruto loon", "Brutoloon", "Totaal bruto", "Loon in geld"} <= gross_words
    assert {"Loonheffing", "Loonbelasting/premie vvz", "Loonheffing tabel"} <= tax_words


def test_small_business_year_totals_are_not_the_period(
    small_docs: list[tuple[Payslip, RenderedDocument]],
) -> None:
    found = 0
    for p, doc in small_docs:
        lines = _lines(doc)
        heads = [b for t, b in lines if t in ("Totaal dit jaar", "Cumulatief t/m deze periode")]
        if not heads or _period_index(p) == 1:
            continue
        found += 1
        row = [_amount(t) for t, b in lines if abs(b[3] - heads[0][3]) < 0.3]
        values = [v for v in row if v is not None]
        assert len(values) == 3
        assert values[0] > p.gross_pay and values[1] > p.wage_tax and values[2] > p.net_pay
        assert heads[0][1] > doc.fields["net_pay"].box[3]
    assert found


# --- payslip.ledger_columns ----------------------------------------------------------------------

CUM_TITLES = {"Cumulatief t/m deze periode", "Totaal dit jaar", "Cumulatieven t/m periode"}
AMOUNT_HEADS = {"Periode", "Deze periode", "Bedrag"}


def _ledger_mode(p: Payslip, doc: RenderedDocument) -> str:
    lines = _lines(doc)
    titles = CUM_TITLES | {f"Cumulatief {p.period_label.split()[-1]}"}
    inh = [b for t, b in lines if t in ("Inhoudingen", "Inhoudingen en premies")]
    assert len(inh) == 1
    cum = [
        b
        for t, b in lines
        if t in titles
        and not any(u in AMOUNT_HEADS and abs(v[3] - b[3]) < 0.3 for u, v in lines)
        and b[1]
        < next(v[1] for u, v in lines if u in ("Grondslagen", "Fiscale gegevens", "Loongegevens"))
    ]
    if not cum:
        return "cols3"
    return "row4" if abs(cum[0][3] - inh[0][3]) < 0.3 else "grid"


def test_ledger_reaches_every_arrangement(
    ledger_docs: list[tuple[Payslip, RenderedDocument]],
) -> None:
    modes = {_ledger_mode(p, doc) for p, doc in ledger_docs}
    assert modes == {"row4", "grid", "cols3"}
    metas = [t for _, doc in ledger_docs for t, _ in _lines(doc)[:3]]
    assert any(any(b in t for b in _BUREAUS) for t in metas)


def test_ledger_prints_key_facts_and_bases(
    ledger_docs: list[tuple[Payslip, RenderedDocument]],
) -> None:
    for _p, doc in ledger_docs:
        texts = [t for t, _ in _lines(doc)]
        assert "Werkgever" in texts
        assert {"Werknemer", "Naam werknemer", "Medewerker"} & set(texts)
        assert {"Periode", "Loonperiode", "Tijdvak"} & set(texts)
        assert {"Afdeling", "Kostenplaats"} & set(texts)
        assert {"Tabelloon", "Loon tabel"} & set(texts)
        assert {"Loon SV"} <= set(texts)
        assert any("tarief" in t.lower() for t in texts)
        # the net pay is at the bottom right, below the blocks and the bases
        net = doc.fields["net_pay"].box
        assert net is not None and net[2] > 150
        assert doc.fields["gross_pay"].box[3] < net[1]


def test_ledger_cumulatives_are_printed_apart_from_period_amounts(
    ledger_docs: list[tuple[Payslip, RenderedDocument]],
) -> None:
    """Year-to-date totals are printed under a cumulative heading; the marked gross, tax and net
    are the period's, and the cumulative gross (in the expected range) is never marked."""
    checked = 0
    for p, doc in ledger_docs:
        lines = _lines(doc)
        texts = [t.lower() for t, _ in lines]
        assert any(any(w in t for w in CUM_WORDS) for t in texts)
        k = _period_index(p)
        if k == 1:
            continue
        checked += 1
        marked = {doc.fields[n].text for n in ("gross_pay", "wage_tax", "net_pay")}
        lo, hi = (
            p.gross_pay * (1 + (k - 1) * Decimal("0.95")),
            p.gross_pay * (1 + (k - 1) * Decimal("1.05")),
        )
        cum_gross = [t for t, _ in lines if (v := _amount(t)) is not None and lo <= v <= hi]
        assert cum_gross, "cumulative gross not printed"
        assert not set(cum_gross) & marked
        for name in ("gross_pay", "wage_tax", "net_pay"):
            box = doc.fields[name].box
            assert box is not None
            # nothing printed in a cumulative column is marked: the mark is not right-aligned
            # under a cumulative heading
            heads = [
                b for t, b in lines if any(w in t.lower() for w in CUM_WORDS) and b[3] < box[1]
            ]
            assert not any(abs(h[2] - box[2]) < 0.2 and box[1] - h[3] < 25 for h in heads), name
    assert checked > 20
