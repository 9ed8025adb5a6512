"""Bank statement extraction (PDFs and scans): header fields, table rows, the balance check."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest

import ocr
from extraction.bank_statement import extract_statement, repair_iban
from extraction.base import Context
from extraction.schema import FIELDS as SCHEMA_FIELDS
from ocr.pipeline import read_layout_with_images
from ocr.types import Layout
from synth.generate import plan, render_spec, write_document
from tests.helpers import right_aligned, rows_layout

FIELDS = SCHEMA_FIELDS["bank_statement"]


def _row_key(r: dict) -> tuple:
    return (r["date"], r["amount"], r["counterparty_iban"])


# --- generated statements (dev layouts only) ----------------------------------------------------

DEV_SPECS = plan(1, 8, types=["bank_statement"], layouts="dev", difficulties=["clean"])


@pytest.mark.parametrize("spec", DEV_SPECS, ids=lambda s: f"{s.layout.name}-{s.id}")
def test_digital_dev_statement_exact(spec) -> None:
    doc, truth = render_spec(spec)
    ex = extract_statement(Context(ocr.read_layout(doc.pdf, "afschrift.pdf")))
    for name in FIELDS:
        c = ex.fields[name]
        assert c is not None and c.value == truth["fields"][name]["value"], name
    got = [_row_key(t.to_dict()) for t in ex.transactions]
    assert got == [_row_key(t) for t in truth["transactions"]]
    assert [t.description for t in ex.transactions] == [
        t["description"] for t in truth["transactions"]
    ]
    # evidence: every row on the right page, its box around the truth's box
    for t, want in zip(ex.transactions, truth["transactions"], strict=True):
        assert t.page == want["page"]
        assert t.bbox is not None
        assert abs(t.bbox[1] - want["bbox"][1]) < 0.01
    assert "balance_mismatch" not in ex.notes
    assert ex.fields["opening_balance"].agreement == 1.0
    assert ex.fields["closing_balance"].agreement == 1.0


def test_multi_page_statement_skips_transport_and_repeated_headers() -> None:
    specs = plan(5, 40, types=["bank_statement"], layouts="dev", difficulties=["clean"])
    for spec in specs:
        doc, truth = render_spec(spec)
        if len(truth["pages"]) >= 2:
            break
    else:
        pytest.skip("no multi-page statement in this plan")
    ex = extract_statement(Context(ocr.read_layout(doc.pdf, "afschrift.pdf")))
    assert [_row_key(t.to_dict()) for t in ex.transactions] == [
        _row_key(t) for t in truth["transactions"]
    ]
    assert {t.page for t in ex.transactions} == {t["page"] for t in truth["transactions"]}
    assert [t.description for t in ex.transactions] == [
        t["description"] for t in truth["transactions"]
    ]


def test_scanned_statement(tmp_path: Path) -> None:
    spec = next(  # a multi-line-detail statement, scanned (tiff)
        s
        for s in plan(2, 80, types=["bank_statement"], layouts="dev", difficulties=["scan"])
        if s.layout.name == "bank_statement.wrapped_details" and s.fmt == "tiff"
    )
    line = write_document(spec, tmp_path)
    truth = __import__("json").loads((tmp_path / line["truth"]).read_text())
    pages, images = [], {}
    for f in line["files"]:
        lay, imgs = read_layout_with_images((tmp_path / f).read_bytes(), f)
        for p in lay.pages:
            if p.number in imgs:
                images[len(pages) + 1] = imgs[p.number]
            pages.append(dataclasses.replace(p, number=len(pages) + 1))
    layout = Layout(lay.source, tuple(pages))
    ex = extract_statement(Context(layout, page_image=images.get))
    right = sum(ex.fields[n] is not None and ex.fields[n].value == truth["fields"][n]["value"]
                for n in FIELDS)  # fmt: skip
    assert right >= 6
    want = [_row_key(t) for t in truth["transactions"]]
    got = [_row_key(t.to_dict()) for t in ex.transactions]
    hits = sum(1 for g in got if g in want)
    assert hits >= 0.85 * len(want)
    assert len(got) <= len(want) + 1


# --- hand-made layouts --------------------------------------------------------------------------


_layout = rows_layout
_amount_right = right_aligned


HEADER = [
    [(0.07, "Knab"), (0.7, "Rekeningafschrift")],
    [(0.07, "Rekeninghouder:"), (0.25, "J. Jansen en/of M. de Vries")],
    [(0.07, "IBAN:"), (0.25, "NL91 ABNA 0417 1643 00")],
    [(0.07, "Periode:"), (0.25, "1 maart 2026 t/m 31 maart 2026")],
    [(0.07, "Beginsaldo"), _amount_right(0.92, "€ 1.000,00")],
]


def test_signed_column_with_trailing_minus_and_running_balance() -> None:
    rows = [
        *HEADER,
        [(0.07, "Boekdatum"), (0.16, "Valutadatum"), (0.27, "Omschrijving"),
         _amount_right(0.75, "Bedrag"), _amount_right(0.92, "Saldo na boeking")],
        [(0.07, "02-03-2026"), (0.16, "01-03-2026"), (0.27, "Huur maart"),
         _amount_right(0.75, "725,00-"), _amount_right(0.92, "275,00")],
        [(0.27, "NL44RABO0123456789 Woonstichting")],
        [(0.07, "05-03-2026"), (0.16, "05-03-2026"), (0.27, "Toeslag"),
         _amount_right(0.75, "1.234,56"), _amount_right(0.92, "1.509,56")],
        [(0.27, "Transport"), _amount_right(0.92, "1.509,56")],
        [(0.27, "Blad 1 van 1")],
        [(0.07, "Eindsaldo"), _amount_right(0.92, "€ 1.509,56")],
    ]  # fmt: skip
    ex = extract_statement(Context(_layout(rows)))
    f = {k: (v.value if v else None) for k, v in ex.fields.items()}
    assert f == {
        "bank_name": "Knab",  # as printed; the IBAN's bank code (ABNA) disagrees
        "account_holder": "J. Jansen en/of M. de Vries",
        "iban": "NL91ABNA0417164300",
        "statement_period_start": "2026-03-01",
        "statement_period_end": "2026-03-31",
        "opening_balance": "1000.00",
        "closing_balance": "1509.56",
    }
    assert ex.fields["bank_name"].agreement == 0.0
    got = [(t.date, t.amount, t.counterparty_iban, t.description) for t in ex.transactions]
    assert got == [
        (
            "2026-03-02",
            "-725.00",
            "NL44RABO0123456789",
            "Huur maart NL44RABO0123456789 Woonstichting",
        ),
        ("2026-03-05", "1234.56", None, "Toeslag"),
    ]
    assert ex.fields["opening_balance"].agreement == 1.0


def test_bij_af_columns_dates_without_year_and_mismatch() -> None:
    rows = [
        *HEADER,
        [(0.07, "Datum"), (0.16, "Omschrijving"), (0.5, "Tegenrekening"),
         _amount_right(0.78, "Af"), _amount_right(0.92, "Bij")],
        [(0.07, "31 mrt"), (0.16, "Boodschappen"), _amount_right(0.78, "12,50")],
        [(0.07, "2 mrt"), (0.16, "Salaris"), (0.5, "NL91 ABNA 0417 1643 00"),
         _amount_right(0.92, "100,00")],
        [(0.16, "Totaal mutaties"), _amount_right(0.78, "12,50"), _amount_right(0.92, "100,00")],
        [(0.07, "Eindsaldo"), _amount_right(0.92, "€ 9.999,99")],
    ]  # fmt: skip
    ex = extract_statement(Context(_layout(rows)))
    got = [(t.date, t.amount, t.counterparty_iban, t.description) for t in ex.transactions]
    assert got == [
        ("2026-03-31", "-12.50", None, "Boodschappen"),
        ("2026-03-02", "100.00", "NL91ABNA0417164300", "Salaris"),
    ]
    # 1000.00 - 12.50 + 100.00 != 9999.99: values kept as read, balances flagged
    assert ex.fields["closing_balance"].value == "9999.99"
    assert ex.fields["opening_balance"].agreement == 0.0
    assert ex.fields["closing_balance"].agreement == 0.0
    assert "balance_mismatch" in ex.notes


def test_credit_debet_indicator_and_date_headings_without_table_header() -> None:
    rows = [
        [(0.07, "bunq"), (0.7, "Afschrift 3")],
        [(0.07, "Rekeninghouder"), (0.5, "IBAN")],
        [(0.07, "A. Yilmaz"), (0.5, "NL91 ABNA 0417 1643 00")],
        [(0.07, "Periode"), (0.25, "01.03.2026 - 31.03.2026")],
        [(0.07, "Vorig saldo : 50,00 Credit")],
        [(0.07, "dinsdag 3 maart 2026")],
        [(0.08, "Albert Heijn"), _amount_right(0.9, "20,00 Debet")],
        [(0.08, "Boodschappen")],
        [(0.08, "Gemeente Utrecht"), _amount_right(0.9, "70,00 Credit")],
        [(0.07, "woensdag 4 maart 2026")],
        [(0.08, "Kruidvat"), _amount_right(0.9, "-/- 5,00")],
        [(0.07, "Nieuw saldo : 95,00 Credit")],
    ]  # fmt: skip
    ex = extract_statement(Context(_layout(rows)))
    assert ex.fields["bank_name"].value == "bunq"
    assert ex.fields["account_holder"].value == "A. Yilmaz"
    assert ex.fields["opening_balance"].value == "50.00"
    assert ex.fields["closing_balance"].value == "95.00"
    got = [(t.date, t.amount, t.description) for t in ex.transactions]
    assert got == [
        ("2026-03-03", "-20.00", "Albert Heijn Boodschappen"),
        ("2026-03-03", "70.00", "Gemeente Utrecht"),
        ("2026-03-04", "-5.00", "Kruidvat"),
    ]
    assert "balance_mismatch" not in ex.notes


def test_bank_from_iban_when_no_name_is_printed() -> None:
    rows = [
        [(0.07, "Rekeningafschrift")],
        [(0.07, "Ten name van:"), (0.25, "Dhr. P. de Boer")],
        [(0.07, "Rekeningnummer:"), (0.25, "NL44 RABO 0123 4567 89")],
    ]
    ex = extract_statement(Context(_layout(rows)))
    assert ex.fields["account_holder"].value == "P. de Boer"
    assert ex.fields["bank_name"].value == "Rabobank"
    assert ex.fields["bank_name"].label_score == 0.0
    assert ex.fields["statement_period_start"] is None
    assert ex.transactions == []


def test_iban_repair_of_ocr_confusions() -> None:
    assert repair_iban("NL44 RAB0 O123 4567 89") == ("NL44RABO0123456789", True)
    assert repair_iban("NL044 RABO 0123 4567 89") == ("NL44RABO0123456789", True)
    assert repair_iban("NL44RABO0123456789") == ("NL44RABO0123456789", False)
    assert repair_iban("NL45 RABO 0123 4567 89") == (None, False)  # mod-97 fails: no guess


def _rows(*amounts: tuple[str, bool]) -> list:
    from extraction.bank_statement import _Row

    return [_Row(1, None, [], False, Decimal(a), [], known) for a, known in amounts]


def test_lost_debit_markers_are_signed_by_the_balances() -> None:
    from extraction.bank_statement import _signs_from_balances

    # 100 - 20 (marker lost) + 50 - 7.50 (marker lost) = 122.50
    rows = _rows(("20.00", False), ("50.00", True), ("7.50", False))
    _signs_from_balances(rows, "100.00", "122.50")
    assert [r.amount for r in rows] == [Decimal("-20.00"), Decimal("50.00"), Decimal("-7.50")]
    assert all(r.sign_known for r in rows) and "sign from the balances" in rows[0].problems


def test_ambiguous_or_impossible_signs_stay_unsure() -> None:
    from extraction.bank_statement import _signs_from_balances

    rows = _rows(("10.00", False), ("10.00", False))  # +10 -10 or -10 +10: both give 100
    _signs_from_balances(rows, "100.00", "100.00")
    assert not any(r.sign_known for r in rows) and rows[0].amount == Decimal("10.00")
    rows = _rows(("10.00", False))
    _signs_from_balances(rows, "100.00", "150.00")  # no sign makes it add up
    assert not rows[0].sign_known


def test_saldo_per_twice_holder_in_address_block_and_year_from_the_header() -> None:
    # the period line unreadable (OCR 'Periode i 01-2026 t/m ...'): dates without a year take
    # it from the header's dates; 'Saldo per' first and last are opening and closing balance
    layout = _layout([
        [(0.08, "ING Bank N.V. Afschrift")],
        [(0.56, "IBAN"), (0.67, "NL91ABNA0417164300")],
        [(0.11, "H. Smits"), (0.56, "Soort rekening Betaalrekening")],
        [(0.56, "Afschriftnummer 3")],
        [(0.11, "Dorpsstraat 12")],
        [(0.56, "Periode i 01-2026 t/m 31-01-2026")],
        [(0.11, "7534 MD Enschede")],
        [(0.08, "Datum"), (0.2, "Omschrijving"), (0.75, "Af"), (0.88, "Bij")],
        [(0.08, "Saldo per 01-01-2026"), right_aligned(0.97, "100,00")],
        [(0.08, "03-01"), (0.2, "Albert Heijn 1234"), right_aligned(0.80, "25,00")],
        [(0.08, "25-01"), (0.2, "Salaris januari"), right_aligned(0.97, "1.000,00")],
        [(0.08, "Saldo per 31-01-2026"), right_aligned(0.97, "1.075,00")],
    ])  # fmt: skip
    ex = extract_statement(Context(layout))
    assert ex.fields["account_holder"].value == "H. Smits"
    assert ex.fields["opening_balance"].value == "100.00"
    assert ex.fields["closing_balance"].value == "1075.00"
    assert [(t.date, t.amount) for t in ex.transactions] == [
        ("2026-01-03", "-25.00"),
        ("2026-01-25", "1000.00"),
    ]


# --- header matching, balances and app-style statements -----------------------------------------


def _header_kinds(row: list[tuple[float, str]]) -> list[str] | None:
    from extraction.bank_statement import _match_header
    from extraction.layout_query import DocView

    cols = _match_header(DocView(_layout([row])).lines[0])
    return None if cols is None else [c.kind for c in cols]


def test_header_words_glued_through_a_rule_are_split() -> None:
    # OCR read 'Bedrag af | Bedrag bij' as '—sBedragaf_Bedrag bij'
    row = [(0.07, "Datum"), (0.16, "Omschrijving"), (0.62, "—sBedragaf_Bedrag bij")]
    assert _header_kinds(row) == ["date", "description", "debit", "credit"]
    ex = extract_statement(Context(_layout([
        *HEADER,
        row,
        [(0.07, "03-03-2026"), (0.16, "Albert Heijn"), _amount_right(0.70, "12,50")],
        [(0.07, "05-03-2026"), (0.16, "Salaris"), _amount_right(0.80, "100,00")],
        [(0.07, "Eindsaldo"), _amount_right(0.92, "€ 1.087,50")],
    ])))  # fmt: skip
    assert [(t.date, t.amount, t.description) for t in ex.transactions] == [
        ("2026-03-03", "-12.50", "Albert Heijn"),
        ("2026-03-05", "100.00", "Salaris"),
    ]
    assert "balance_mismatch" not in ex.notes


def test_a_fuzzy_header_phrase_matches_word_by_word() -> None:
    # 'tegenrekening af' is 88 % like 'tegenrekening iban', but 'af' is no 'iban': the Af
    # column stays a column of its own
    row = [(0.07, "Datum"), (0.16, "Omschrijving"), (0.5, "Tegenrekening Af Bij")]
    assert _header_kinds(row) == ["date", "description", "counterparty", "debit", "credit"]


def test_tegenpartij_slash_omschrijving_is_one_description_column() -> None:
    ex = extract_statement(Context(_layout([
        *HEADER,
        [(0.07, "Datum"), (0.16, "Tegenpartij / omschrijving"), _amount_right(0.92, "Bedrag")],
        [(0.07, "03-03-2026"), (0.16, "Albert Heijn"), (0.3, "Boodschappen"),
         _amount_right(0.92, "-12,50")],
        [(0.07, "05-03-2026"), (0.16, "Werkgever BV"), (0.3, "Salaris maart"),
         _amount_right(0.92, "100,00")],
        [(0.07, "Eindsaldo"), _amount_right(0.92, "€ 1.087,50")],
    ])))  # fmt: skip
    assert [(t.amount, t.description) for t in ex.transactions] == [
        ("-12.50", "Albert Heijn Boodschappen"),
        ("100.00", "Werkgever BV Salaris maart"),
    ]


_TOP = [
    [(0.07, "Knab"), (0.7, "Rekeningafschrift")],
    [(0.07, "Rekeninghouder:"), (0.25, "J. Jansen")],
    [(0.07, "IBAN:"), (0.25, "NL91 ABNA 0417 1643 00")],
]
_ONE_ROW = [
    [(0.07, "Datum"), (0.16, "Omschrijving"), _amount_right(0.92, "Bedrag")],
    [(0.07, "03-03-2026"), (0.16, "Albert Heijn"), _amount_right(0.92, "-50,00")],
]


def _balances(rows: list) -> tuple[str | None, str | None]:
    f = extract_statement(Context(_layout(rows))).fields
    return tuple(f[n].value if f[n] else None for n in ("opening_balance", "closing_balance"))


def test_saldo_op_two_dates_opening_and_closing_by_their_dates() -> None:
    start = [(0.07, "Saldo op 1 maart 2026"), _amount_right(0.92, "€ 100,00")]
    end = [(0.07, "Saldo op 31 maart 2026"), _amount_right(0.92, "€ 50,00")]
    assert _balances([*_TOP, start, *_ONE_ROW, end]) == ("100.00", "50.00")
    # the closing balance printed first: the dates decide, not the order
    assert _balances([*_TOP, end, start, *_ONE_ROW]) == ("100.00", "50.00")


def test_saldo_op_labels_above_their_values() -> None:
    rows = [
        *_TOP,
        [(0.07, "Saldo op 31 maart 2026"), (0.5, "Saldo op 1 maart 2026")],
        [(0.07, "€ 50,00"), (0.5, "€ 100,00")],
        *_ONE_ROW,
    ]
    assert _balances(rows) == ("100.00", "50.00")


def test_a_balance_in_the_af_column_is_negative() -> None:
    rows = [
        *_TOP,
        [(0.07, "Datum"), (0.16, "Omschrijving"), _amount_right(0.78, "Af"),
         _amount_right(0.92, "Bij")],
        [(0.16, "Vorig saldo"), _amount_right(0.78, "250,00")],
        [(0.07, "03-03-2026"), (0.16, "Salaris"), _amount_right(0.92, "300,00")],
        [(0.16, "Nieuw saldo"), _amount_right(0.92, "50,00")],
    ]  # fmt: skip
    ex = extract_statement(Context(_layout(rows)))
    assert _balances(rows) == ("-250.00", "50.00")
    assert [(t.date, t.amount) for t in ex.transactions] == [("2026-03-03", "300.00")]
    assert "balance_mismatch" not in ex.notes


def test_a_balance_under_the_only_af_column_keeps_its_sign() -> None:
    rows = [
        *_TOP,
        [(0.07, "Datum"), (0.16, "Omschrijving"), _amount_right(0.78, "Af")],
        [(0.16, "Vorig saldo"), _amount_right(0.78, "250,00")],
        [(0.07, "03-03-2026"), (0.16, "Boodschappen"), _amount_right(0.78, "50,00")],
        [(0.16, "Nieuw saldo"), _amount_right(0.78, "200,00")],
    ]
    assert _balances(rows) == ("250.00", "200.00")


def test_headerless_app_statement_with_day_headings() -> None:
    ex = extract_statement(Context(_layout([
        [(0.07, "bunq"), (0.7, "Rekeningoverzicht")],
        [(0.07, "Ten name van J. Jansen"), _amount_right(0.92, "Startsaldo € 872,85")],
        [(0.07, "IBAN NL91 ABNA 0417 1643 00")],
        [(0.07, "Periode 1 maart 2026 - 31 maart 2026"), _amount_right(0.92, "Inkomend + € 95,00")],
        [(0.07, "Dinsdag 3 maart")],
        [(0.08, "Albert Heijn"), _amount_right(0.92, "-€ 12,50")],
        [(0.08, "Gemeente Utrecht"), _amount_right(0.92, "+ € 95,00")],
        [(0.07, "Woensdag 4 maart")],
        [(0.08, "Werkgever BV"), _amount_right(0.92, "+ € 456,91 - € 3.305,90")],
    ])))  # fmt: skip
    f = ex.fields
    assert f["opening_balance"].value == "872.85"
    assert (f["statement_period_start"].value, f["statement_period_end"].value) == (
        "2026-03-01",
        "2026-03-31",
    )
    assert [(t.date, t.amount, t.description) for t in ex.transactions] == [
        ("2026-03-03", "-12.50", "Albert Heijn"),
        ("2026-03-03", "95.00", "Gemeente Utrecht"),
        ("2026-03-04", "456.91", "Werkgever BV"),  # then the running balance, not its minus
    ]


def test_a_minus_that_opens_the_next_amount_is_not_a_trailing_minus() -> None:
    from extraction.bank_statement import _amounts
    from extraction.layout_query import DocView

    def read(text: str) -> list[tuple[Decimal | None, bool]]:
        line = DocView(_layout([[(0.5, text)]])).lines[0]
        return [(a.value, a.sign_marked) for a in _amounts(line.words)[0]]

    assert read("456,91 - € 3.305,90") == [
        (Decimal("456.91"), False),
        (Decimal("-3305.90"), True),
    ]
    assert read("456,91 - 3.305,90") == [(Decimal("456.91"), False), (Decimal("-3305.90"), True)]
    assert read("12,50-") == [(Decimal("-12.50"), True)]
    assert read("12,50 -") == [(Decimal("-12.50"), True)]


def test_ing_af_bij_column_beside_an_unsigned_amount_column() -> None:
    # ING's download: 'Code  Af Bij  Bedrag (EUR)': the word Af or Bij in its own column signs
    # the unsigned amount; 'Af' and 'Bij' are not two amount columns here
    for heading in ("Af Bij", "Af/Bij", "Af-Bij"):
        rows = [
            [(0.07, "ING"), (0.7, "Af- en bijschrijvingen")],
            [(0.07, "Naam:"), (0.25, "J. Jansen")],
            [(0.07, "IBAN:"), (0.25, "NL91 ABNA 0417 1643 00")],
            [(0.07, "Periode:"), (0.25, "01-01-2026 t/m 31-03-2026")],
            [(0.07, "Datum"), (0.16, "Naam / Omschrijving"), (0.45, "Tegenrekening"),
             (0.62, "Code"), (0.68, heading), _amount_right(0.85, "Bedrag (EUR)"),
             (0.87, "Mutatiesoort")],
            [(0.07, "02-01-2026"), (0.16, "Woonstichting Thuis"), (0.45, "NL44RABO0123456789"),
             (0.62, "GT"), (0.68, "Af"), _amount_right(0.85, "725,00"), (0.87, "Online bankieren")],
            [(0.07, "05-01-2026"), (0.16, "Werkgever BV"), (0.45, "NL44RABO0123456789"),
             (0.62, "OV"), (0.68, "Bij"), _amount_right(0.85, "1.234,56"), (0.87, "Overschrijving")],
        ]  # fmt: skip
        ex = extract_statement(Context(_layout(rows)))
        assert [(t.date, t.amount) for t in ex.transactions] == [
            ("2026-01-02", "-725.00"),
            ("2026-01-05", "1234.56"),
        ], heading


def test_carry_over_and_daily_balance_lines_are_no_rows() -> None:
    rows = [
        *HEADER,
        [(0.07, "Datum"), (0.27, "Omschrijving"), _amount_right(0.75, "Bedrag af"),
         _amount_right(0.92, "Bedrag bij")],
        [(0.07, "02-03-2026"), (0.27, "Huur maart"), _amount_right(0.75, "725,00")],
        [(0.27, "Saldo einde dag 02-03-2026"), _amount_right(0.92, "275,00")],
        [(0.27, "Dagsaldo"), _amount_right(0.92, "275,00")],
        [(0.27, "Saldo naar volgende pagina"), _amount_right(0.92, "275,00")],
        [(0.27, "Saldo van vorige pagina"), _amount_right(0.92, "275,00")],
        [(0.07, "05-03-2026"), (0.27, "Toeslag"), _amount_right(0.92, "1.234,56")],
        [(0.27, "Saldo na boeking"), _amount_right(0.92, "1.509,56")],
        [(0.07, "Eindsaldo"), _amount_right(0.92, "€ 1.509,56")],
    ]  # fmt: skip
    ex = extract_statement(Context(_layout(rows)))
    got = [(t.date, t.amount) for t in ex.transactions]
    assert got == [("2026-03-02", "-725.00"), ("2026-03-05", "1234.56")]


def test_a_dated_line_without_amount_after_the_period_is_no_booking() -> None:
    rows = [
        *HEADER,
        [(0.07, "Datum"), (0.27, "Omschrijving"), _amount_right(0.75, "Af"),
         _amount_right(0.92, "Bij")],
        [(0.07, "02-03-2026"), (0.27, "Huur maart"), _amount_right(0.75, "725,00")],
        [(0.07, "05-03-2026"), (0.27, "Toeslag"), _amount_right(0.92, "1.234,56")],
        [(0.07, "01-04-2026"), (0.27, "Volgend afschrift")],
        [(0.07, "Eindsaldo"), _amount_right(0.92, "€ 1.509,56")],
    ]  # fmt: skip
    ex = extract_statement(Context(_layout(rows)))
    got = [(t.date, t.amount) for t in ex.transactions]
    assert got == [("2026-03-02", "-725.00"), ("2026-03-05", "1234.56")]
    assert ex.fields["closing_balance"].agreement == 1.0  # the balances add up again


def test_a_scanned_amount_that_lost_its_comma_is_read_when_the_balances_confirm_it() -> None:
    rows = [
        *HEADER,
        [(0.07, "Datum"), (0.27, "Omschrijving"), _amount_right(0.8, "Bedrag"), (0.85, "Af/Bij")],
        [(0.07, "02-03-2026"), (0.27, "Huur maart"), _amount_right(0.8, "72500"), (0.85, "Af")],
        [(0.07, "05-03-2026"), (0.27, "Toeslag"), _amount_right(0.8, "1.234,56"), (0.85, "Bij")],
        [(0.07, "Eindsaldo"), _amount_right(0.92, "€ 1.509,56")],
    ]  # fmt: skip
    layout = _layout(rows)
    scanned = dataclasses.replace(layout, pages=(dataclasses.replace(layout.pages[0], ocr=True),))
    got = [(t.date, t.amount) for t in extract_statement(Context(scanned)).transactions]
    assert got == [("2026-03-02", "-725.00"), ("2026-03-05", "1234.56")]
    # the balances do not confirm '72500' as 725,00 (they make it 72,50): the row stays unread
    rows[-1] = [(0.07, "Eindsaldo"), _amount_right(0.92, "€ 2.162,06")]
    layout = _layout(rows)
    scanned = dataclasses.replace(layout, pages=(dataclasses.replace(layout.pages[0], ocr=True),))
    got = [(t.date, t.amount) for t in extract_statement(Context(scanned)).transactions]
    assert got == [("2026-03-02", None), ("2026-03-05", "1234.56")]


def test_the_running_balance_signs_a_row_whose_af_heading_was_lost() -> None:
    rows = [
        *HEADER,  # Beginsaldo 1.000,00
        [(0.07, "Datum"), (0.27, "Omschrijving"), _amount_right(0.88, "Bij"),
         _amount_right(0.95, "Saldo")],  # 'Af' (at 0.80) lost to OCR
        [(0.07, "02-03-2026"), (0.27, "Huur maart"), _amount_right(0.80, "725,00"),
         _amount_right(0.95, "275,00")],
        [(0.07, "05-03-2026"), (0.27, "Toeslag"), _amount_right(0.88, "1.234,56"),
         _amount_right(0.95, "1.509,56")],
        [(0.07, "Eindsaldo"), _amount_right(0.95, "€ 1.509,56")],
    ]  # fmt: skip
    got = [(t.date, t.amount) for t in extract_statement(Context(_layout(rows))).transactions]
    assert got == [("2026-03-02", "-725.00"), ("2026-03-05", "1234.56")]
    # balances that lost their own minus break the chain: no row is flipped after them
    rows = [
        *HEADER[:4],
        [(0.07, "Beginsaldo"), _amount_right(0.92, "€ -100,00")],
        [(0.07, "Datum"), (0.27, "Omschrijving"), _amount_right(0.8, "Bedrag"),
         _amount_right(0.95, "Saldo")],
        [(0.07, "02-03-2026"), (0.27, "Boodschappen"), _amount_right(0.8, "-50,00"),
         _amount_right(0.95, "150,00")],  # -150,00
        [(0.07, "05-03-2026"), (0.27, "Apotheek"), _amount_right(0.8, "-20,00"),
         _amount_right(0.95, "170,00")],  # -170,00
    ]  # fmt: skip
    got = [(t.date, t.amount) for t in extract_statement(Context(_layout(rows))).transactions]
    assert got == [("2026-03-02", "-50.00"), ("2026-03-05", "-20.00")]


def test_af_misread_in_a_repeated_header_still_heads_the_debit_column() -> None:
    rows = [
        *HEADER,
        [(0.07, "Datum"), (0.2, "Omschrijving"), _amount_right(0.75, "At"),
         _amount_right(0.92, "Bij")],
        [(0.07, "02-03-2026"), (0.2, "Huur maart"), _amount_right(0.75, "725,00")],
        [(0.07, "05-03-2026"), (0.2, "Toeslag"), _amount_right(0.92, "1.234,56")],
        [(0.07, "Eindsaldo"), _amount_right(0.92, "€ 1.509,56")],
    ]  # fmt: skip
    ex = extract_statement(Context(_layout(rows)))
    assert [(t.date, t.amount) for t in ex.transactions] == [
        ("2026-03-02", "-725.00"),
        ("2026-03-05", "1234.56"),
    ]


def test_a_repeated_header_missing_a_column_keeps_the_first_pages_columns() -> None:
    rows = [
        *HEADER,
        [(0.07, "Datum"), (0.2, "Omschrijving"), _amount_right(0.75, "Af"),
         _amount_right(0.92, "Bij")],
        [(0.07, "02-03-2026"), (0.2, "Huur maart"), _amount_right(0.75, "725,00")],
        [(0.07, "Datum"), (0.2, "Omschrijving"), _amount_right(0.75, "Af")],  # 'Bij' lost
        [(0.07, "05-03-2026"), (0.2, "Toeslag"), _amount_right(0.92, "1.234,56")],
        [(0.07, "Eindsaldo"), _amount_right(0.92, "€ 1.509,56")],
    ]  # fmt: skip
    ex = extract_statement(Context(_layout(rows)))
    assert [(t.date, t.amount) for t in ex.transactions] == [
        ("2026-03-02", "-725.00"),
        ("2026-03-05", "1234.56"),
    ]
