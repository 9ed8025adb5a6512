"""The big-bank bank_statement layouts: afbij_details (ING / ABN AMRO) and rabo_print."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

import synth.layouts.bank_statement_bigbank  # noqa: F401  (registers the layouts)
from synth.canvas import RenderedDocument
from synth.layouts import layouts_for
from synth.layouts.base import Layout
from synth.people import Statement
from tests.test_synth_bank_statement import (
    _check_truth,
    _long_statement,
    _no_overlap,
    _render,
    _statement,
)
from tests.test_synth_bank_statement_extra import _box, _page_texts, _row_lines, _text

_BY_NAME = {lay.name: lay for lay in layouts_for("bank_statement", "dev")}
AFBIJ = _BY_NAME["bank_statement.afbij_details"]
RABO = _BY_NAME["bank_statement.rabo_print"]
BOTH = [AFBIJ, RABO]
IDS = ["afbij_details", "rabo_print"]
SEEDS = range(30)
LONG_SEEDS = range(1, 9)

_AMOUNT = re.compile(r"^(?:€ )?(-?)(\d{1,3}(?:\.\d{3})*,\d{2})(-?)$")
_PAGE_NO = re.compile(r"^(?:Pagina |Blad )?(\d) ?(?:van|/) ?(\d)$")


def _num(text: str) -> Decimal:
    """'1.234,56', '-1.234,56', '1.234,56-', '€ -12,50' -> signed Decimal."""
    m = _AMOUNT.match(text)
    assert m, text
    value = Decimal(m.group(2).replace(".", "").replace(",", "."))
    return -value if m.group(1) or m.group(3) else value


def _all_texts(doc: RenderedDocument) -> list[str]:
    return [t for p in range(len(doc.pages)) for t in _page_texts(doc, p)]


_DESC_HDR = ("Omschrijving", "Naam / Omschrijving", "Naam tegenpartij")
_AF, _BIJ = ("Af", "Bedrag af"), ("Bij", "Bedrag bij")
_ONE = ("Bedrag", "Bedrag (EUR)", "Bedrag in EUR")


def _columns(doc: RenderedDocument, p: int) -> dict[str, float]:
    """Right edges of the amount headers on page p (left edge of the Af/Bij word column)."""
    lines = doc.pages[p].lines
    desc = next(ln for ln in lines if _text(ln) in _DESC_HDR)
    base = desc.words[0].box[3]
    out: dict[str, float] = {}
    for ln in lines:
        if abs(ln.words[0].box[3] - base) > 0.05:
            continue
        t = _text(ln)
        if t in _AF:
            out["af"] = _box(ln)[2]
        elif t in _BIJ:
            out["bij"] = _box(ln)[2]
        elif t in _ONE:
            out["amount"] = _box(ln)[2]
        elif t == "Af/Bij":
            out["word"] = _box(ln)[0]
    return out


def _printed_amount(doc: RenderedDocument, r: dict) -> Decimal:
    """A row's signed amount read back from the print: by its column, its Af/Bij word or its
    sign (a leading or trailing '-')."""
    cols = _columns(doc, r["page"] - 1)
    amount, sign = None, None
    for ln in _row_lines(doc, r):
        t, b = _text(ln), _box(ln)
        if "word" in cols and abs(b[0] - cols["word"]) < 0.01:
            sign = -1 if t == "Af" else 1
        if not _AMOUNT.match(t):
            continue
        if "af" in cols and abs(b[2] - cols["af"]) < 0.01:
            assert amount is None
            amount = -_num(t)
        elif any(k in cols and abs(b[2] - cols[k]) < 0.01 for k in ("bij", "amount")):
            assert amount is None
            amount = _num(t)
    assert amount is not None, r
    if "word" in cols:
        assert sign is not None and amount >= 0
        amount *= sign
    return amount


def _check_all(doc: RenderedDocument, st: Statement) -> None:
    """Truth complete and consistent: every transaction once, in date order, amounts and IBANs
    as printed, balances chain."""
    _check_truth(doc, st)
    _no_overlap(doc)
    assert 1 <= len(doc.pages) <= 3
    rows = doc.transactions
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    running = st.opening_balance
    for r, t in zip(rows, st.transactions, strict=True):
        assert Decimal(r["amount"]) == t.amount == _printed_amount(doc, r), r
        # the counterparty IBAN is printed (with or without spaces) wherever the data has one
        assert r["counterparty_iban"] == t.counterparty_iban
        if t.counterparty_iban:
            printed = " ".join(_text(ln) for ln in _row_lines(doc, r)).replace(" ", "")
            assert t.counterparty_iban in printed
        running += t.amount
    assert running == st.closing_balance
    pages = [r["page"] for r in rows]
    assert pages == sorted(pages)


@pytest.mark.parametrize("lay", BOTH, ids=IDS)
@pytest.mark.parametrize("seed", SEEDS)
def test_truth_complete(lay: Layout, seed: int) -> None:
    st = _statement(seed)
    _check_all(_render(lay, st, seed), st)


@pytest.mark.parametrize("lay", BOTH, ids=IDS)
@pytest.mark.parametrize("seed", LONG_SEEDS)
def test_multi_page(lay: Layout, seed: int) -> None:
    st = _long_statement(seed)
    doc = _render(lay, st, seed)
    _check_all(doc, st)
    n = len(doc.pages)
    assert 2 <= n <= 3
    for p in range(n):
        texts = _page_texts(doc, p)
        nums = [m.groups() for t in texts if (m := _PAGE_NO.match(t))]
        assert nums == [(str(p + 1), str(n))], (p, nums)
        assert _columns(doc, p), p  # the column headings repeat on every page
        assert any(r["page"] == p + 1 for r in doc.transactions)
    assert doc.fields["opening_balance"].page == 1
    assert doc.fields["closing_balance"].page in (1, n)


@pytest.mark.parametrize("lay", BOTH, ids=IDS)
def test_savings_and_short(lay: Layout) -> None:
    for seed in range(6):
        st = _statement(seed, savings=True)
        doc = _render(lay, st, seed)
        _check_all(doc, st)
        assert any("Spaarrekening" in t for t in _all_texts(doc))
        st = _long_statement(seed, n=5)
        doc = _render(lay, st, seed)
        _check_all(doc, st)
        assert len(doc.pages) == 1


@pytest.mark.parametrize("lay", BOTH, ids=IDS)
def test_deterministic(lay: Layout) -> None:
    st = _statement(7)
    a, b = _render(lay, st, 7), _render(lay, st, 7)
    assert a.pdf == b.pdf and a.transactions == b.transactions


# --- afbij_details ------------------------------------------------------------------------------


def test_afbij_details_variants_reached() -> None:
    seen: set[str] = set()
    for seed in SEEDS:
        st = _statement(seed)
        doc = _render(AFBIJ, st, seed)
        cols = _columns(doc, 0)
        seen.add("word" if "word" in cols else "cols")
        texts = _all_texts(doc)
        joined = " ".join(texts)
        if {"Valutadatum", "Rentedatum"} & set(_page_texts(doc, 0)):
            seen.add("value_col")
        if "Totaal af" in texts and "Totaal bij" in texts:
            seen.add("box4")
        if "Pasvolgnr:" in joined or "Pasvolgnr: " in joined:
            seen.add("ing")
        if "BEA, " in joined or "SEPA " in joined:
            seen.add("abn")
        if "/TRTP/" in joined:
            seen.add("slash")
        if "Apple Pay" in joined or "Google Pay" in joined:
            seen.add("wallet")
        if "Datum/Tijd:" in joined:
            seen.add("datumtijd")
        if any(t.startswith("Valutadatum:") for t in texts):
            seen.add("valutadatum_line")
        if any(t == "Naam:" for t in texts):
            seen.add("tabbed")
        if any(re.match(r"^(Vorig|Nieuw) saldo$", t) for t in texts):
            seen.add("vorig_nieuw")
    for seed in range(1, 17):
        doc = _render(AFBIJ, _long_statement(seed), seed)
        texts = _all_texts(doc)
        if "Saldo van vorige pagina" in texts or "Transport" in texts:
            seen.add("carry")
        if any(t.startswith("Totaal deze pagina") for t in texts):
            seen.add("page_totals")
        if not any("vorige pagina" in t or t == "Transport" for t in texts):
            seen.add("no_carry")
    assert seen == {
        "word",
        "cols",
        "value_col",
        "box4",
        "ing",
        "abn",
        "slash",
        "wallet",
        "datumtijd",
        "valutadatum_line",
        "tabbed",
        "vorig_nieuw",
        "carry",
        "page_totals",
        "no_carry",
    }, seen


def test_afbij_details_rows_span_lines() -> None:
    """A booking is a first line plus detail lines: 2-7 printed lines per row."""
    counts = set()
    for seed in range(12):
        st = _statement(seed)
        doc = _render(AFBIJ, st, seed)
        for r in doc.transactions:
            lines = _row_lines(doc, r)
            baselines = {round(ln.words[0].box[3], 1) for ln in lines}
            counts.add(len(baselines))
            assert 2 <= len(baselines) <= 8, (seed, r)
    assert max(counts) >= 4


@pytest.mark.parametrize("seed", LONG_SEEDS)
def test_afbij_details_carry_lines(seed: int) -> None:
    """Carried over at the foot of each page but the last and brought forward at the top of each
    page but the first, or not at all."""
    doc = _render(AFBIJ, _long_statement(seed), seed)
    n = len(doc.pages)
    counts = []
    for p in range(n):
        texts = _page_texts(doc, p)
        counts.append(
            sum(
                t in ("Transport", "Saldo van vorige pagina", "Saldo naar volgende pagina")
                for t in texts
            )
        )
    expected = [(p < n - 1) + (p > 0) for p in range(n)]
    assert counts in (expected, [0] * n), counts


# --- rabo_print ---------------------------------------------------------------------------------

_CODES = {"ba", "bc", "bg", "id", "ei", "cb", "ov", "db"}
_DAILY = ("Saldo einde dag", "Saldo na boeking", "Dagsaldo")


def _daily_balances(doc: RenderedDocument) -> list[Decimal]:
    out = []
    for p in range(len(doc.pages)):
        lines = doc.pages[p].lines
        for k, ln in enumerate(lines):
            if _text(ln).startswith(_DAILY):
                base = ln.words[0].box[3]
                amt = next(
                    o
                    for o in lines[k + 1 :]
                    if abs(o.words[0].box[3] - base) < 0.05 and _AMOUNT.match(_text(o))
                )
                out.append(_num(_text(amt)))
    return out


def test_rabo_print_variants_reached() -> None:
    seen: set[str] = set()
    codes: set[str] = set()
    for seed in SEEDS:
        st = _statement(seed)
        doc = _render(RABO, st, seed)
        texts = _all_texts(doc)
        joined = " ".join(texts)
        cols = _columns(doc, 0)
        seen.add("cols" if "af" in cols else "one")
        if "Mededelingen" in texts:
            seen.add("mededelingen")
        if "Omschrijving" in texts:
            seen.add("omschrijving")
        if "Code" in texts:
            seen.add("codes")
        for r in doc.transactions:
            for ln in _row_lines(doc, r):
                if _text(ln) in _CODES:
                    codes.add(_text(ln))
                if re.match(r"^\d.*,\d\d-$", _text(ln)):
                    seen.add("trailing")
                if re.match(r"^-\d", _text(ln)):
                    seen.add("leading")
                if re.match(r"^NL\d\d [A-Z]{4} ", _text(ln)):
                    seen.add("iban_spaced")
                if re.match(r"^NL\d\d[A-Z]{4}\d{10}$", _text(ln)):
                    seen.add("iban_plain")
        for label in _DAILY:
            if any(t.startswith(label) for t in texts):
                seen.add(label)
        if re.search(r"Termijn \d+ van 12|Factuur \d{4}-\d{4}|p/m korting", joined):
            seen.add("noisy")
        if re.search(r"Transacties van 1 t/m \d\d \w+ \d{4}", joined):
            seen.add("rabo_period")
        if "Beginsaldo op " in joined and "Eindsaldo op " in joined:
            seen.add("begin_eind")
    assert seen == {
        "cols",
        "one",
        "mededelingen",
        "omschrijving",
        "codes",
        "trailing",
        "leading",
        "iban_spaced",
        "iban_plain",
        *_DAILY,
        "noisy",
        "rabo_period",
        "begin_eind",
    }, seen
    assert {"ba", "id", "ei", "bg", "cb"} <= codes


@pytest.mark.parametrize("seed", [*SEEDS[:12], *(100 + s for s in LONG_SEEDS)])
def test_rabo_print_daily_balances_chain(seed: int) -> None:
    """A daily balance line, where printed, follows the last booking of each day and equals the
    running balance; it belongs to no transaction."""
    st = _statement(seed) if seed < 100 else _long_statement(seed - 100)
    doc = _render(RABO, st, seed)
    daily = _daily_balances(doc)
    if not daily:
        return
    running, ends = st.opening_balance, []
    txns = st.transactions
    for i, t in enumerate(txns):
        running += t.amount
        if i == len(txns) - 1 or txns[i + 1].booking_date != t.booking_date:
            ends.append(running)
    assert daily == ends
    for r in doc.transactions:
        assert not any(_text(ln).startswith(_DAILY) for ln in _row_lines(doc, r))


def test_rabo_print_period_marks() -> None:
    """'Transacties van 1 t/m 31 maart 2026': the start is read from '1' plus the month."""
    found = 0
    for seed in SEEDS:
        st = _statement(seed)
        doc = _render(RABO, st, seed)
        start = doc.fields["statement_period_start"]
        end = doc.fields["statement_period_end"]
        assert start.page == end.page == 1
        if start.text and re.match(r"^\d{1,2} \w+ \d{4}$", start.text):
            found += 1
            assert start.text.startswith(f"{st.period_start.day} ")
            assert end.text == f"{st.period_end.day} {start.text.split(' ', 1)[1]}"
    assert found
