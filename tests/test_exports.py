"""Bank exports (CSV, MT940, CAMT.053): recognised by content, read 100 % exactly, errors in one line."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

import pytest

from extraction.exports import (
    FORMATS,
    ExportError,
    export_to_results,
    is_export,
    read_export,
)
from synth.exports import rebank, render_export
from synth.people import Statement, make_application, make_statements

BANK_OF = {
    "ing_csv": "ING",
    "rabobank_csv": "Rabobank",
    "abnamro_tab": "ABN AMRO",
    "volksbank_csv": "ASN Bank",
    "triodos_csv": "Triodos Bank",
    "knab_csv": "Knab",
    "bunq_csv": "bunq",
}
SEEDS = (3, 11, 42)


def _statements(seed: int, fmt: str, savings: bool = True) -> list[Statement]:
    app = make_application(seed)
    sts = make_statements(app, app.account)
    if savings and app.savings_account:
        sts += make_statements(app, app.savings_account)
    bank = BANK_OF.get(fmt)
    return rebank(sts, bank) if bank else sts


def _as_truth(statements) -> list[dict]:
    keys = ("date", "description", "amount", "counterparty_iban")
    return [
        {
            **st.fields(),
            "format": st.format,
            "transactions": [{k: getattr(t, k) for k in keys} for t in st.transactions],
        }
        for st in statements
    ]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_exact(fmt: str, seed: int) -> None:
    sts = _statements(seed, fmt)
    data, truth = render_export(fmt, sts)
    assert is_export(data) == fmt
    got = read_export(data, "export.bin")
    assert _as_truth(got) == truth  # every field, every transaction, exactly
    assert all(st.problems == [] for st in got)
    for st in got:
        lines = [t.line for t in st.transactions]
        assert lines and all(n and n >= 1 for n in lines) and len(set(lines)) == len(lines)
        assert st.lines["iban"] is not None


def test_truth_is_not_trivial() -> None:
    """The generated truth has balances, periods, IBANs and months of transactions to compare."""
    sts = _statements(3, "mt940", savings=False)
    _, truth = render_export("mt940", sts)
    (t,) = truth
    assert len(t["transactions"]) > 20
    assert t["opening_balance"] == f"{sts[0].opening_balance:.2f}"
    assert t["closing_balance"] == f"{sts[-1].closing_balance:.2f}"
    assert t["statement_period_end"] == sts[-1].period_end.isoformat()
    assert any(x["counterparty_iban"] for x in t["transactions"])


@pytest.mark.parametrize("fmt", ["ing_csv", "knab_csv", "bunq_csv"])
def test_balances_missing_or_derived(fmt: str) -> None:
    data, _ = render_export(fmt, _statements(11, fmt, savings=False))
    (st,) = read_export(data, "x.csv")
    if fmt == "ing_csv":  # 'Saldo na mutatie' gives opening = first saldo - first amount
        assert st.opening_balance is not None and st.closing_balance is not None
        total = sum(Decimal(t.amount) for t in st.transactions)
        assert Decimal(st.opening_balance) + total == Decimal(st.closing_balance)
    else:
        assert st.opening_balance is None and st.closing_balance is None


def test_multi_statement_mt940_merges_and_checks_chain() -> None:
    sts = _statements(42, "mt940", savings=False)
    assert len(sts) == 3
    data, _ = render_export("mt940", sts)
    (st,) = read_export(data, "mt940.sta")
    assert st.statements == 3
    assert st.opening_balance == f"{sts[0].opening_balance:.2f}"
    assert st.closing_balance == f"{sts[2].closing_balance:.2f}"
    assert st.problems == []
    # break the chain: statement 2 opens one euro higher than statement 1 closed
    bad = [sts[0], replace(sts[1], opening_balance=sts[1].opening_balance + 1), sts[2]]
    data, _ = render_export("mt940", bad)
    (st,) = read_export(data, "mt940.sta")
    assert any("opens at" in p for p in st.problems)
    (res,) = export_to_results(data, "mt940.sta", "0" * 64)
    assert res.checks[0].status == "fail" and res.needs_review


def test_multi_statement_camt_merges() -> None:
    sts = _statements(3, "camt053", savings=False)
    data, _ = render_export("camt053", sts)
    (st,) = read_export(data, "statement.xml")
    assert st.statements == len(sts) and st.account_holder == sts[0].account.holder
    assert st.statement_period_start == sts[0].period_start.isoformat()
    assert st.statement_period_end == sts[-1].period_end.isoformat()


@pytest.mark.parametrize("fmt", FORMATS)
def test_multi_account_file(fmt: str) -> None:
    a = _statements(5, fmt, savings=False)
    b = _statements(6, fmt, savings=False)
    data, truth = render_export(fmt, [*a, *b])
    got = read_export(data, "two.csv")
    assert len(got) == 2 and [g.iban for g in got] == [a[0].account.iban, b[0].account.iban]
    assert _as_truth(got) == truth
    results = export_to_results(data, "two.csv", "ab" * 32)
    assert [r.source["part"] for r in results] == [1, 2]
    json.dumps([r.to_dict() for r in results])


def test_results_follow_contract() -> None:
    data, truth = render_export("knab_csv", _statements(3, "knab_csv", savings=False))
    (res,) = export_to_results(data, "afschrift.pdf", "cd" * 32)  # extension is irrelevant
    d = res.to_dict()
    assert d["document_type"] == "bank_statement" and d["type_confidence"] == 1.0
    f = d["fields"]
    assert f["iban"]["value"] == truth[0]["iban"] and f["iban"]["status"] == "accepted"
    assert f["iban"]["line"] == 3 and f["iban"]["page"] is None and f["iban"]["bbox"] is None
    assert f["bank_name"]["value"] == "Knab"
    for name in ("opening_balance", "closing_balance", "account_holder"):
        assert f[name] == {**f[name], "value": None, "status": "missing", "confidence": 1.0}
    assert len(d["transactions"]) == len(truth[0]["transactions"])
    assert all(t["line"] >= 3 and t["page"] is None for t in d["transactions"])
    assert not res.needs_review


# --- recognition by content -------------------------------------------------------------------


def test_not_an_export() -> None:
    plain = b"naam,leeftijd,woonplaats\nJan,42,Utrecht\nPiet,37,Zwolle\n"
    assert is_export(plain) is None
    assert is_export(b"%PDF-1.7\n...") is None
    assert is_export(b'<?xml version="1.0"?><html><body>hoi</body></html>') is None
    assert is_export(b"") is None
    with pytest.raises(ExportError, match=r"^lijst\.csv: not a recognised bank export"):
        read_export(plain, "lijst.csv")


def test_recognised_regardless_of_name() -> None:
    for fmt in FORMATS:
        data, truth = render_export(fmt, _statements(11, fmt, savings=False))
        assert is_export(data) == fmt
        assert read_export(data, "foto.jpg")[0].iban == truth[0]["iban"]


# --- encodings and dialects -------------------------------------------------------------------


def _with_diacritics(sts: list[Statement]) -> list[Statement]:
    first = sts[0]
    t0 = replace(
        first.transactions[0], counterparty_name="Café Zoë Müller", description="Teruggave ƒ Ç"
    )
    return [replace(first, transactions=(t0, *first.transactions[1:])), *sts[1:]]


@pytest.mark.parametrize(
    ("fmt", "encoding", "bom"),
    [("rabobank_csv", "cp1252", False), ("rabobank_csv", "utf-8", True), ("ing_csv", "utf-8", False),
     ("ing_csv", "cp1252", False), ("triodos_csv", "iso8859_15", False), ("knab_csv", "utf-8", True),
     ("camt053", "utf-8", False)],
)  # fmt: skip
def test_encodings(fmt: str, encoding: str, bom: bool) -> None:
    sts = _with_diacritics(_statements(3, fmt, savings=False))
    if fmt == "triodos_csv":  # 'ƒ' is not in ISO-8859-15
        t0 = replace(sts[0].transactions[0], description="Teruggave Ç")
        sts = [replace(sts[0], transactions=(t0, *sts[0].transactions[1:])), *sts[1:]]
    data, truth = render_export(fmt, sts, encoding=encoding, bom=bom)
    got = read_export(data, "x")
    assert _as_truth(got) == truth
    assert "Café Zoë Müller" in got[0].transactions[0].description


def test_mt940_drops_diacritics_as_swift_does() -> None:
    sts = _with_diacritics(_statements(3, "mt940", savings=False))
    data, truth = render_export("mt940", sts)
    (st,) = read_export(data, "x.sta")
    assert st.transactions[0].description.startswith("Cafe Zoe Muller")
    assert _as_truth([st]) == truth


@pytest.mark.parametrize("delim", [";", ","])
def test_csv_delimiters(delim: str) -> None:
    for fmt in ("ing_csv", "bunq_csv", "rabobank_csv"):
        data, truth = render_export(fmt, _statements(42, fmt, savings=False), delimiter=delim)
        assert _as_truth(read_export(data, "x.csv")) == truth


# --- malformed exports: one-line errors --------------------------------------------------------


def _one_line(err: pytest.ExceptionInfo[ExportError]) -> str:
    msg = str(err.value)
    assert "\n" not in msg and err.value.code == "input.bad_export"
    return msg


def test_truncated_mt940() -> None:
    data, _ = render_export("mt940", _statements(3, "mt940", savings=False))
    cut = data[: data.rindex(b":62F:")]
    assert is_export(cut) == "mt940"
    with pytest.raises(ExportError) as err:
        read_export(cut, "ing.sta")
    msg = _one_line(err)
    assert msg.startswith("ing.sta: ") and ":62F:" in msg


def test_bad_amount_names_line() -> None:
    data, _ = render_export("ing_csv", _statements(3, "ing_csv", savings=False))
    lines = data.decode().split("\r\n")
    cells = lines[6].split('","')
    cells[6] = "12,3x"
    lines[6] = '","'.join(cells)
    with pytest.raises(ExportError) as err:
        read_export("\r\n".join(lines).encode(), "NL_Af_Bij.csv")
    assert _one_line(err) == "NL_Af_Bij.csv: line 7: amount '12,3x' is not a number"


def test_bad_date_and_bad_balance_line() -> None:
    data, _ = render_export("abnamro_tab", _statements(3, "abnamro_tab", savings=False))
    lines = data.decode("cp1252").split("\r\n")
    cols = lines[1].split("\t")
    cols[4] = "1,00"  # end balance that does not follow from start balance + amount
    lines[1] = "\t".join(cols)
    with pytest.raises(ExportError) as err:
        read_export("\r\n".join(lines).encode(), "TXT.TAB")
    assert "line 2: start balance" in _one_line(err)
    data, _ = render_export("volksbank_csv", _statements(3, "volksbank_csv", savings=False))
    bad = b"31-02-2026" + data[10:]
    with pytest.raises(ExportError) as err:
        read_export(bad, "asn.csv")
    assert "line 1: date '31-02-2026' is not a valid date" in _one_line(err)


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>
<Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id><Ownr><Nm>&lol3;</Nm></Ownr></Acct></Stmt>
</BkToCstmrStmt></Document>"""
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>
<Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id><Ownr><Nm>&xxe;</Nm></Ownr></Acct></Stmt>
</BkToCstmrStmt></Document>"""


@pytest.mark.parametrize("xml", [BOMB, XXE])
def test_xml_entities_refused(xml: bytes) -> None:
    assert is_export(xml) == "camt053"
    with pytest.raises(ExportError) as err:
        read_export(xml, "camt.xml")
    assert "refused" in _one_line(err)


def test_truncated_xml() -> None:
    data, _ = render_export("camt053", _statements(3, "camt053", savings=False))
    with pytest.raises(ExportError) as err:
        read_export(data[: len(data) // 2], "camt.xml")
    assert "malformed XML" in _one_line(err)


def test_exports_through_the_pipeline_get_the_statement_checks() -> None:
    from extraction.pipeline import extract_bytes
    from synth.people import make_application, make_statements

    app = make_application(3)
    data, _ = render_export("mt940", make_statements(app, app.account))
    (result,) = extract_bytes(data, "afschrift.sta")
    codes = {c.code: c.status for c in result.checks}
    assert codes["bank_statement.balance_adds_up"] == "pass"
    assert codes["bank_statement.export_consistent"] == "pass"
    assert result.fields["iban"].page is None and result.fields["iban"].line is not None
    assert result.needs_review is False
