"""The extra bank_statement layouts: app_export (signed euros) and debet_credit (ruled table)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from synth.canvas import RenderedDocument, TruthLine
from synth.layouts import layouts_for
from tests.test_synth_bank_statement import (
    _check_truth,
    _long_statement,
    _no_overlap,
    _render,
    _statement,
)

_BY_NAME = {lay.name: lay for lay in layouts_for("bank_statement", "dev")}
APP = _BY_NAME["bank_statement.app_export"]
DC = _BY_NAME["bank_statement.debet_credit"]
SEEDS = range(24)

_EUR = re.compile(r"^([+-]?) ?€ ?([+-]?)(\d{1,3}(?:\.\d{3})*,\d{2})$")
_PLAIN = re.compile(r"^(-?)(\d{1,3}(?:\.\d{3})*,\d{2})(-?)$")
_PAGE_NO = re.compile(r"^(?:Pagina |Blad )?(\d) ?(?:van|/) ?(\d)$")


def _num(body: str) -> Decimal:
    return Decimal(body.replace(".", "").replace(",", "."))


def _eur(text: str) -> Decimal:
    """'-€ 12,50', '+ € 1.250,00', '€ -12,50', '-€12,50' -> signed Decimal."""
    m = _EUR.match(text)
    assert m, text
    value = _num(m.group(3))
    return -value if "-" in (m.group(1), m.group(2)) else value


def _plain(text: str) -> Decimal:
    """'1.234,56', '-1.234,56' or '1.234,56-' -> signed Decimal."""
    m = _PLAIN.match(text)
    assert m, text
    value = _num(m.group(2))
    return -value if m.group(1) or m.group(3) else value


def _text(line: TruthLine) -> str:
    return " ".join(w.text for w in line.words)


def _box(line: TruthLine) -> tuple[float, float, float, float]:
    ws = line.words
    return (ws[0].box[0], min(w.box[1] for w in ws), ws[-1].box[2], max(w.box[3] for w in ws))


def _row_lines(doc: RenderedDocument, r: dict) -> list[TruthLine]:
    """The truth lines of a transaction row: those inside its bbox on its page."""
    x0, y0, x1, y1 = r["bbox"]
    out = []
    for line in doc.pages[r["page"] - 1].lines:
        b = _box(line)
        if b[0] >= x0 - 0.01 and b[2] <= x1 + 0.01 and b[1] >= y0 - 0.01 and b[3] <= y1 + 0.01:
            out.append(line)
    return out


def _page_texts(doc: RenderedDocument, p: int) -> list[str]:
    return [_text(line) for line in doc.pages[p].lines]


def _all_words(doc: RenderedDocument) -> set[str]:
    return {w.text for page in doc.pages for line in page.lines for w in line.words}


# --- app_export ---------------------------------------------------------------------------------


def _app_amounts(doc: RenderedDocument, r: dict) -> list[tuple[float, str]]:
    """(x1, text) of the euro amounts printed in a row, left to right: amount, then balance."""
    found = [(_box(ln)[2], _text(ln)) for ln in _row_lines(doc, r) if _EUR.match(_text(ln))]
    return sorted(found)


@pytest.mark.parametrize("seed", SEEDS)
def test_app_export_signed_euros_parse_back(seed: int) -> None:
    st = _statement(seed)
    doc = _render(APP, st, seed)
    _check_truth(doc, st)
    running = st.opening_balance
    for r, t in zip(doc.transactions, st.transactions, strict=True):
        amounts = _app_amounts(doc, r)
        assert 1 <= len(amounts) <= 2, amounts
        text = amounts[0][1]
        assert "€" in text and _eur(text) == t.amount == Decimal(r["amount"]), (r, text)
        if t.amount < 0:
            assert "-" in text
        running += t.amount
        if len(amounts) == 2:  # the running balance column
            assert _eur(amounts[1][1]) == running
    # the balances in the summary card are printed as signed euros too
    for name, v in (
        ("opening_balance", st.opening_balance),
        ("closing_balance", st.closing_balance),
    ):
        mark = doc.fields[name]
        assert mark.page == 1 and mark.text is not None and _eur(mark.text) == v


@pytest.mark.parametrize("seed", SEEDS)
def test_app_export_counterparty_then_details(seed: int) -> None:
    """The description starts with the counterparty; the counterparty IBAN, when recorded, is
    printed (spaced or not) among the row's grey detail lines."""
    st = _statement(seed)
    doc = _render(APP, st, seed)
    for r, t in zip(doc.transactions, st.transactions, strict=True):
        assert r["description"].startswith(t.counterparty_name)
        if t.description != t.counterparty_name:
            assert t.description in r["description"]
        if r["counterparty_iban"]:
            assert r["counterparty_iban"] in r["description"].replace(" ", "")


def test_app_export_variants_reached() -> None:
    grouped, styles, plus, balance_col, savings_words = set(), set(), set(), set(), set()
    for seed in SEEDS:
        st = _statement(seed)
        doc = _render(APP, st, seed)
        r0 = doc.transactions[0]
        first = min(_row_lines(doc, r0), key=lambda ln: _box(ln)[0])
        grouped.add(not re.match(r"\d", _text(first)))
        for r in doc.transactions:
            amounts = _app_amounts(doc, r)
            balance_col.add(len(amounts) == 2)
            text = amounts[0][1]
            if text.startswith("-€ "):
                styles.add("pre")
            elif text.startswith("- € "):
                styles.add("spaced")
            elif text.startswith("€ -"):
                styles.add("post")
            elif text.startswith("-€"):
                styles.add("tight")
            if Decimal(r["amount"]) > 0:
                plus.add("+" in text)
    for seed in range(6):
        st = _statement(seed, savings=True)
        doc = _render(APP, st, seed)
        _check_truth(doc, st)
        savings_words.add("Spaarrekening" in _all_words(doc))
    assert grouped == {True, False}
    assert styles == {"pre", "spaced", "post", "tight"}
    assert plus == {True, False}
    assert balance_col == {True, False}
    assert savings_words == {True}


def test_app_export_grouped_headings_name_the_day() -> None:
    """Grouped exports print each booking day once, as a heading above its bookings."""
    seen = 0
    for seed in SEEDS:
        st = _statement(seed)
        doc = _render(APP, st, seed)
        first = min(_row_lines(doc, doc.transactions[0]), key=lambda ln: _box(ln)[0])
        if re.match(r"\d", _text(first)):
            continue  # a date per row
        seen += 1
        days = {t.booking_date.day for t in st.transactions}
        texts = [t for p in range(len(doc.pages)) for t in _page_texts(doc, p)]
        for d in days:
            assert any(re.search(rf"(^|\D){d}\s\w", t) for t in texts), d
    assert seen


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_app_export_multi_page_numbers(seed: int) -> None:
    st = _long_statement(seed)
    doc = _render(APP, st, seed)
    n = len(doc.pages)
    assert 2 <= n <= 3
    _check_truth(doc, st)
    _no_overlap(doc)
    for p in range(n):
        nums = [m.groups() for t in _page_texts(doc, p) if (m := _PAGE_NO.match(t))]
        assert nums == [(str(p + 1), str(n))], (p, nums)


# --- debet_credit -------------------------------------------------------------------------------

_DEBIT = {"Debet", "Af", "Bedrag af"}
_CREDIT = {"Credit", "Bij", "Bedrag bij"}


def _header(doc: RenderedDocument, p: int) -> dict[str, float]:
    """Right edges (left edge for the D/C column) of the table header cells on page p."""
    lines = doc.pages[p].lines
    desc = next(ln for ln in lines if _text(ln) in ("Omschrijving", "Naam / Omschrijving"))
    base = desc.words[0].box[3]
    out = {}
    for ln in lines:
        if abs(ln.words[0].box[3] - base) > 0.05:
            continue
        t = _text(ln)
        if t in _DEBIT:
            out["debet"] = _box(ln)[2]
        elif t in _CREDIT:
            out["credit"] = _box(ln)[2]
        elif t == "Bedrag":
            out["amount"] = _box(ln)[2]
        elif t in ("D/C", "Af/Bij"):
            out["indicator"] = _box(ln)[0]
        elif t == "Saldo":
            out["saldo"] = _box(ln)[2]
    return out


def _dc_row(doc: RenderedDocument, r: dict) -> tuple[Decimal, Decimal | None]:
    """The signed amount of a row as printed (by its column or its D/C word) and its balance."""
    cols = _header(doc, r["page"] - 1)
    amount, saldo, sign = None, None, None
    for ln in _row_lines(doc, r):
        t, b = _text(ln), _box(ln)
        if "indicator" in cols and abs(b[0] - cols["indicator"]) < 0.01:
            sign = -1 if t in ("D", "Af") else 1
        if not _PLAIN.match(t):
            continue
        if "saldo" in cols and abs(b[2] - cols["saldo"]) < 0.01:
            saldo = _plain(t)
        elif "debet" in cols and abs(b[2] - cols["debet"]) < 0.01:
            amount = -_plain(t)
        elif ("credit" in cols and abs(b[2] - cols["credit"]) < 0.01) or (
            "amount" in cols and abs(b[2] - cols["amount"]) < 0.01
        ):
            amount = _plain(t)
    assert amount is not None, r
    if "indicator" in cols:
        assert sign is not None and amount >= 0
        amount *= sign
    return amount, saldo


@pytest.mark.parametrize("seed", SEEDS)
def test_debet_credit_columns_add_up(seed: int) -> None:
    st = _statement(seed)
    doc = _render(DC, st, seed)
    _check_truth(doc, st)
    running = st.opening_balance
    for r, t in zip(doc.transactions, st.transactions, strict=True):
        amount, saldo = _dc_row(doc, r)
        assert amount == t.amount == Decimal(r["amount"]), r
        running += amount
        if saldo is not None:
            assert saldo == running
    assert running == st.closing_balance
    texts = _page_texts(doc, 0)
    assert "Boekdatum" in texts or "Datum" in texts
    assert {"Valutadatum", "Rentedatum", "Valuta"} & set(texts)


def test_debet_credit_variants_reached() -> None:
    modes, saldo, dates, iban_in_desc = set(), set(), set(), set()
    for seed in SEEDS:
        st = _statement(seed)
        doc = _render(DC, st, seed)
        cols = _header(doc, 0)
        modes.add("indicator" in cols)
        saldo.add("saldo" in cols)
        texts = set(_page_texts(doc, 0))
        dates.update(texts & {"Valutadatum", "Rentedatum", "Valuta"})
        for r in doc.transactions:
            if r["counterparty_iban"]:
                iban_in_desc.add(r["counterparty_iban"] in r["description"].replace(" ", ""))
    assert modes == {True, False} and saldo == {True, False}
    assert dates == {"Valutadatum", "Rentedatum", "Valuta"}
    assert iban_in_desc == {True}


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_debet_credit_multi_page_blad_and_transport(seed: int) -> None:
    st = _long_statement(seed)
    doc = _render(DC, st, seed)
    n = len(doc.pages)
    assert 2 <= n <= 3
    _check_truth(doc, st)
    _no_overlap(doc)
    running = st.opening_balance
    for r in doc.transactions:
        amount, saldo = _dc_row(doc, r)
        running += amount
        assert amount == Decimal(r["amount"])
        if saldo is not None:
            assert saldo == running
    assert running == st.closing_balance
    for p in range(n):
        texts = _page_texts(doc, p)
        assert f"Blad {p + 1} van {n}" in texts
        transport = [t for t in texts if "transport" in t.lower()]
        # carried over at the foot of every page but the last, brought forward at the top of
        # every page but the first
        assert len(transport) == (p < n - 1) + (p > 0), (p, transport)
    # the opening balance is on page 1 and the closing balance on the last page
    assert doc.fields["opening_balance"].page == 1
    assert doc.fields["closing_balance"].page == n


def test_debet_credit_savings_and_balances() -> None:
    for seed in range(6):
        st = _statement(seed, savings=True)
        doc = _render(DC, st, seed)
        _check_truth(doc, st)
        _no_overlap(doc)
        assert "Spaarrekening" in _all_words(doc)
        for name, v in (
            ("opening_balance", st.opening_balance),
            ("closing_balance", st.closing_balance),
        ):
            text = doc.fields[name].text
            assert text is not None
            parts = text.split()
            value = _plain(parts[0])
            if len(parts) == 2:  # amount plus its D/C word
                value = -value if parts[1] in ("D", "Af") else value
            assert value == v, (name, text)
