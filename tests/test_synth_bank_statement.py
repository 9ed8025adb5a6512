"""Bank statement layouts: truth rows add up, pages break, output is deterministic."""

from __future__ import annotations

import dataclasses
import random
import re
from datetime import timedelta
from decimal import Decimal

import pytest

from synth.canvas import PAGE_H_MM, PAGE_W_MM, DocCanvas, RenderedDocument
from synth.layouts import layouts_for
from synth.layouts.base import Layout
from synth.people import (
    BANKS,
    Statement,
    Transaction,
    make_application,
    make_iban,
    make_statements,
    money,
)

LAYOUTS = layouts_for("bank_statement")
IDS = [lay.name for lay in LAYOUTS]
CANONICAL = {b[0] for b in BANKS}
SEEDS = [3, 11, 42]


def _statement(seed: int, savings: bool = False) -> Statement:
    for s in range(seed, seed + 500):
        app = make_application(s)
        account = app.savings_account if savings else app.account
        if account is not None:
            return make_statements(app, account)[seed % 3]
    raise AssertionError("no household with such an account")


def _long_statement(seed: int, n: int = 40) -> Statement:
    """A statement with `n` rows, long descriptions and counterparty IBANs: the worst case."""
    base = _statement(seed)
    rng = random.Random(seed)
    texts = [
        "Kinderbijslag/kindgebonden budget derde kwartaal",
        "Factuur internet en telefonie klantnummer 12345678",
        "Boodschappen Albert Heijn 1234",
        "Huur",
        "Termijnbedrag energie en gas, voorschot maand",
    ]
    names = [
        "Zilveren Kruis Zorgverzekeringen",
        "Woonstichting Thuis",
        "Installatiebedrijf Warmte & Co",
    ]
    start = base.period_start
    txns = []
    for i in range(n):
        amount = money(rng.uniform(-900, 1200))
        iban = make_iban(rng, "INGB") if i % 4 else None
        day = start + timedelta(days=min(i * 30 // n, 27))
        txns.append(Transaction(day, rng.choice(texts), amount, rng.choice(names), iban))
    closing = base.opening_balance + sum((t.amount for t in txns), Decimal("0"))
    return dataclasses.replace(base, transactions=tuple(txns), closing_balance=closing)


def _render(lay: Layout, st: Statement, seed: int) -> RenderedDocument:
    c = DocCanvas(title="t")
    lay.render(c, st, random.Random(seed))
    return c.finish()


def _check_truth(doc: RenderedDocument, st: Statement) -> None:
    fields = doc.fields
    assert fields["iban"].value == st.account.iban
    assert fields["bank_name"].value == st.account.bank_name in CANONICAL
    assert fields["account_holder"].value == st.account.holder
    assert fields["statement_period_start"].value == st.period_start.isoformat()
    assert fields["statement_period_end"].value == st.period_end.isoformat()
    opening = Decimal(fields["opening_balance"].value)
    closing = Decimal(fields["closing_balance"].value)
    assert opening == st.opening_balance and closing == st.closing_balance
    for name, mark in fields.items():
        assert mark.page is not None and mark.box is not None, name
        assert mark.text, name
    rows = doc.transactions
    assert len(rows) == len(st.transactions)
    assert opening + sum((Decimal(r["amount"]) for r in rows), Decimal("0")) == closing
    for r, t in zip(rows, st.transactions, strict=True):
        assert r["date"] == t.booking_date.isoformat()
        assert r["description"] and r["description"] == " ".join(r["description"].split())
        assert r["counterparty_iban"] in (None, t.counterparty_iban)
        assert 1 <= r["page"] <= len(doc.pages)
        x0, y0, x1, y1 = r["bbox"]
        assert 0 <= x0 < x1 <= PAGE_W_MM and 0 <= y0 < y1 <= PAGE_H_MM
        # the row's box holds the words of its description on its page
        words = [
            w
            for line in doc.pages[r["page"] - 1].lines
            for w in line.words
            if w.box[0] >= x0 - 0.01
            and w.box[2] <= x1 + 0.01
            and w.box[1] >= y0 - 0.01
            and w.box[3] <= y1 + 0.01
        ]
        printed = " ".join(w.text for w in words)
        assert all(part in printed for part in r["description"].split()), (r, printed)
    for page in doc.pages:
        for line in page.lines:
            for w in line.words:
                assert w.box[0] >= 3 and w.box[2] <= PAGE_W_MM - 3, w
                assert w.box[1] >= 3 and w.box[3] <= PAGE_H_MM - 4, w


def _no_overlap(doc: RenderedDocument) -> None:
    """Text lines on one page never overlap (a sign of overflow or colliding columns)."""
    for p, page in enumerate(doc.pages):
        boxes = [w.box for line in page.lines for w in line.words]
        boxes.sort()
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                if b[0] >= a[2] - 0.05:
                    break
                inter_x = min(a[2], b[2]) - max(a[0], b[0])
                inter_y = min(a[3], b[3]) - max(a[1], b[1])
                assert inter_x <= 0.05 or inter_y <= 0.3, (p + 1, a, b)


def test_registry() -> None:
    assert len(LAYOUTS) == 13
    assert len(set(IDS)) == 13
    assert {lay.name for lay in LAYOUTS if lay.holdout} == {
        "bank_statement.dense_saldo",
        "bank_statement.app_grouped",
        "bank_statement.kwartaal_pdf",
    }
    dev = {lay.name for lay in layouts_for("bank_statement", "dev")}
    assert {
        "bank_statement.wrapped_details",
        "bank_statement.compact_table",
        "bank_statement.app_export",
        "bank_statement.debet_credit",
    } <= dev
    assert len(dev) == 10


@pytest.mark.parametrize("lay", LAYOUTS, ids=IDS)
@pytest.mark.parametrize("seed", SEEDS)
def test_renders_with_consistent_truth(lay: Layout, seed: int) -> None:
    st = _statement(seed)
    doc = _render(lay, st, seed)
    assert doc.pdf.startswith(b"%PDF")
    assert 1 <= len(doc.pages) <= 3
    _check_truth(doc, st)
    _no_overlap(doc)


@pytest.mark.parametrize("lay", LAYOUTS, ids=IDS)
def test_savings_account(lay: Layout) -> None:
    st = _statement(5, savings=True)
    doc = _render(lay, st, 5)
    _check_truth(doc, st)
    words = {w.text for page in doc.pages for line in page.lines for w in line.words}
    assert "Spaarrekening" in words or "spaarrekening" in words


@pytest.mark.parametrize("lay", LAYOUTS, ids=IDS)
@pytest.mark.parametrize("seed", [1, 2])
def test_long_statement_spans_pages(lay: Layout, seed: int) -> None:
    st = _long_statement(seed)
    doc = _render(lay, st, seed)
    assert 2 <= len(doc.pages) <= 3
    _check_truth(doc, st)
    _no_overlap(doc)
    pages = [r["page"] for r in doc.transactions]
    assert pages == sorted(pages) and pages[-1] > 1
    # the closing balance is printed on the last page or on the first
    assert doc.fields["closing_balance"].page in (1, len(doc.pages))
    # continuation pages repeat the table header: a word of page 1's header row recurs
    first_words = {w.text for line in doc.pages[0].lines for w in line.words}
    for page in doc.pages[1:]:
        words = {w.text for line in page.lines for w in line.words}
        assert words & first_words & {"Omschrijving", "Datum", "Boekdatum", "Bedrag"} or any(
            d in words
            for d in (
                "maandag",
                "dinsdag",
                "woensdag",
                "donderdag",
                "vrijdag",
                "zaterdag",
                "zondag",
            )
        )


@pytest.mark.parametrize("lay", LAYOUTS, ids=IDS)
def test_few_rows_fit_one_page(lay: Layout) -> None:
    st = _long_statement(4, n=5)
    doc = _render(lay, st, 4)
    assert len(doc.pages) == 1
    _check_truth(doc, st)


@pytest.mark.parametrize("lay", LAYOUTS, ids=IDS)
def test_deterministic(lay: Layout) -> None:
    st = _statement(7)
    a, b = _render(lay, st, 7), _render(lay, st, 7)
    assert a.pdf == b.pdf
    assert a.transactions == b.transactions
    assert {k: (v.value, v.box) for k, v in a.fields.items()} == {
        k: (v.value, v.box) for k, v in b.fields.items()
    }


def test_layouts_differ_in_wording() -> None:
    st = _statement(9)
    seen = set()
    for lay in LAYOUTS:
        doc = _render(lay, st, 9)
        words = tuple(sorted({w.text for line in doc.pages[0].lines for w in line.words}))
        seen.add(words)
    assert len(seen) == len(LAYOUTS)


# --- bank_statement.kwartaal_pdf (holdout): the internet-banking PDF download ---------------------

KWARTAAL = next(lay for lay in LAYOUTS if lay.name == "bank_statement.kwartaal_pdf")
_AMOUNT = re.compile(r"^[+-]?€?\s?-?\d{1,3}(\.\d{3})*,\d{2}$")


def _parse(text: str) -> Decimal:
    body = text.replace("€", "").replace(" ", "").replace(".", "").replace(",", ".")
    return Decimal(body)


def _line_texts(doc: RenderedDocument, page: int) -> list[str]:
    return [" ".join(w.text for w in line.words) for line in doc.pages[page].lines]


def _value_right_of(doc: RenderedDocument, page: int, label: str) -> Decimal:
    """The amount printed on the same baseline to the right of the line that starts with label."""
    lines = doc.pages[page].lines
    head = next(ln for ln in lines if " ".join(w.text for w in ln.words).startswith(label))
    y, x = head.words[0].box[3], head.words[-1].box[2]
    cands = [
        ln
        for ln in lines
        if abs(ln.words[0].box[3] - y) < 0.2
        and ln.words[0].box[0] > x
        and _AMOUNT.match(" ".join(w.text for w in ln.words))
    ]
    assert len(cands) == 1, (label, cands)
    return _parse(" ".join(w.text for w in cands[0].words))


@pytest.mark.parametrize("seed", [1, 2, 6, 8])
def test_kwartaal_pdf_balances_add_up_across_pages(seed: int) -> None:
    st = _long_statement(seed)
    doc = _render(KWARTAAL, st, seed)
    n = len(doc.pages)
    assert n >= 2
    _check_truth(doc, st)
    # the summary block on page 1: opening + credits - debits == closing, as printed
    texts = _line_texts(doc, 0)
    open_label = next(t for t in texts if t.startswith(("Beginsaldo", "Saldo op")))
    close_label = [t for t in texts if t.startswith(("Eindsaldo", "Saldo op"))][-1]
    opening = _value_right_of(doc, 0, open_label)
    closing = _value_right_of(doc, 0, close_label)
    bij = _value_right_of(doc, 0, "Totaal bijgeschreven")
    af = _value_right_of(doc, 0, "Totaal afgeschreven")
    assert (opening, closing) == (st.opening_balance, st.closing_balance)
    assert opening + bij - af == closing
    # every row's printed amount, signed by its Af/Bij marker or its +/- sign, adds up over the
    # pages from the opening to the closing balance
    running = opening
    per_page = [0] * n
    for r in doc.transactions:
        page = doc.pages[r["page"] - 1]
        per_page[r["page"] - 1] += 1
        x0, y0, x1, _ = r["bbox"]
        first = [
            w
            for line in page.lines
            for w in line.words
            if x0 - 0.01 <= w.box[0] and w.box[2] <= x1 + 0.01 and abs(w.box[1] - y0) < 0.5
        ]
        amount = next(w.text for w in reversed(first) if _AMOUNT.match(w.text))
        value = _parse(amount)
        if "Af" in {w.text for w in first}:
            value = -value
        assert value == Decimal(r["amount"]), (r, amount)
        running += value
    assert running == closing
    assert all(per_page), per_page  # no page without rows
    # the closing balance is printed again under the last row
    assert _value_right_of(doc, n - 1, close_label) == closing
    # each page: "Pagina p van n" and the repeated table header
    for p in range(n):
        texts = _line_texts(doc, p)
        assert f"Pagina {p + 1} van {n}" in texts
        assert "Naam / Omschrijving" in texts and "Bedrag (EUR)" in texts


def test_kwartaal_pdf_detail_lines() -> None:
    """Rows print 'Naam: .. Omschrijving: .. IBAN: ..' details; both amount styles occur."""
    styles = set()
    for seed in [*SEEDS, 5, 6, 7, 8]:
        st = _statement(seed)
        doc = _render(KWARTAAL, st, seed)
        _check_truth(doc, st)
        _no_overlap(doc)
        words = {w.text for page in doc.pages for line in page.lines for w in line.words}
        styles.add("Af/Bij" in words)
        for r, t in zip(doc.transactions, st.transactions, strict=True):
            assert r["description"].startswith(t.counterparty_name)
            if t.counterparty_iban:
                assert r["counterparty_iban"] == t.counterparty_iban
                assert f"IBAN: {t.counterparty_iban}" in r["description"]
                assert f"Omschrijving: {t.description}" in r["description"]
            elif t.description != t.counterparty_name:
                assert f"Omschrijving: {t.description}" in r["description"]
    assert styles == {True, False}
