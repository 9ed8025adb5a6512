"""Synthetic bank exports (CSV, MT940, CAMT.053) of our fictional people, with exact truth.

`render_export(fmt, statements)` writes the statements (one account or several; a list of
consecutive months per account) in the layout the bank itself uses, deterministically, and
returns the file bytes plus the truth per account: what a correct reader must give, 100 %.

Layouts follow the banks' published descriptions and real downloads:
- ING: "Datum","Naam / Omschrijving","Rekening","Tegenrekening","Code","Af Bij","Bedrag (EUR)",
  "Mutatiesoort","Mededelingen","Saldo na mutatie","Tag"; yyyymmdd; unsigned 1234,56 + Af/Bij;
  newest first; comma (or semicolon) separated, every field quoted.
- Rabobank: "IBAN/BBAN","Munt","BIC","Volgnr","Datum","Rentedatum","Bedrag","Saldo na trn",... 26
  columns; ISO dates; signed +1234,56; oldest first; Windows-1252 (header "initiërende").
- ABN AMRO TXT*.TAB: account, currency, transaction date, start balance, end balance, value date,
  amount, description; no header; 1234,56; /TRTP/.../IBAN/.../NAME/.../REMI/... descriptions.
- de Volksbank (SNS, ASN Bank, RegioBank): 19 columns, no header, comma; dd-mm-yyyy; amounts with
  a decimal point; balance before the booking; counterparty names in lower case; texts in '...'.
- Triodos: date, account, amount 1.234,56, Debet/Credit, name, counterparty, code, description,
  balance; no header; ISO-8859-15.
- Knab: "KNAB EXPORT" line, header, semicolons, every field quoted, trailing ';'; C/D + amount.
- bunq: "Date";"Interest Date";"Amount";"Account";"Counterparty";"Name";"Description"; ISO dates;
  amounts with a decimal point (and ',' for thousands).
- MT940 (ING flavour): header lines, :20:, :25: IBAN+currency, :28C:, :60F:, :61: with entry date,
  :86: structured /TRTP/IBAN/BIC/NAME/REMI/ wrapped at 65 characters, :62F:, :64:, '-'; SWIFT
  character set (diacritics dropped).
- CAMT.053.001.02 XML: Stmt per statement with FrToDt, Acct (IBAN, owner name, BIC), OPBD/CLBD
  balances and entries with related parties and unstructured remittance information.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

from extraction.exports import ascii_fold, join_description
from synth.people import BANKS, BankAccount, Statement, Transaction, make_iban

DEFAULT_ENCODING = {
    "ing_csv": "utf-8",
    "rabobank_csv": "cp1252",
    "abnamro_tab": "cp1252",
    "volksbank_csv": "cp1252",
    "triodos_csv": "iso8859_15",
    "knab_csv": "utf-8",
    "bunq_csv": "utf-8",
    "mt940": "ascii",
    "camt053": "utf-8",
}
FILENAMES = {
    "ing_csv": "NL_Af_Bij.csv",
    "rabobank_csv": "CSV_A_20260401_120000.csv",
    "abnamro_tab": "TXT260401120000.TAB",
    "volksbank_csv": "transacties.csv",
    "triodos_csv": "download.csv",
    "knab_csv": "Knab_transactieoverzicht.csv",
    "bunq_csv": "bunq-statement.csv",
    "mt940": "mt940.sta",
    "camt053": "camt053.xml",
}
BIC = {code: bic for _, code, bic in BANKS}
RABO_HEADER = ["IBAN/BBAN", "Munt", "BIC", "Volgnr", "Datum", "Rentedatum", "Bedrag", "Saldo na trn",
               "Tegenrekening IBAN/BBAN", "Naam tegenpartij", "Naam uiteindelijke partij",
               "Naam initiërende partij", "BIC tegenpartij", "Code", "Batch ID", "Transactiereferentie",
               "Machtigingskenmerk", "Incassant ID", "Betalingskenmerk", "Omschrijving-1",
               "Omschrijving-2", "Omschrijving-3", "Reden retour", "Oorspr bedrag", "Oorspr munt",
               "Koers"]  # fmt: skip
ING_HEADER = ["Datum", "Naam / Omschrijving", "Rekening", "Tegenrekening", "Code", "Af Bij",
              "Bedrag (EUR)", "Mutatiesoort", "Mededelingen", "Saldo na mutatie", "Tag"]  # fmt: skip
KNAB_HEADER = ["Rekeningnummer", "Transactiedatum", "Valutacode", "CreditDebet", "Bedrag",
               "Tegenrekeningnummer", "Tegenrekeninghouder", "Valutadatum", "Betaalwijze",
               "Omschrijving", "Type betaling", "Machtigingsnummer", "Incassant ID", "Adres",
               "Referentie", "Boekdatum"]  # fmt: skip


def _c(v: Decimal, *, thousands: str = "", dec: str = ",", sign: str = "-") -> str:
    """Amount text: `sign` '-' (minus only), '+-' (always a sign) or '' (no sign)."""
    q = abs(v).quantize(Decimal("0.01"))
    whole, frac = f"{q:.2f}".split(".")
    if thousands:
        whole = f"{int(whole):,}".replace(",", thousands)
    s = "-" if v < 0 and sign else ("+" if sign == "+-" else "")
    return f"{s}{whole}{dec}{frac}"


def _csv(
    rows: list[list[str]], delim: str = ",", quote_all: bool = False, trailing: bool = False
) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n",
                   quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)  # fmt: skip
    for r in rows:
        w.writerow([*r, ""] if trailing else r)
    return buf.getvalue()


def _accounts(statements: Sequence[Statement]) -> list[list[Statement]]:
    groups: dict[str, list[Statement]] = {}
    for st in statements:
        groups.setdefault(st.account.iban, []).append(st)
    return list(groups.values())


def _valid_iban(iban: str | None) -> str | None:
    """Exports carry the counterparty account as printed; a reader keeps only valid IBANs."""
    if not iban:
        return None
    try:
        return str(IBAN(iban).compact)
    except SchwiftyException:
        return None


def _t(d: Transaction, name: str, rem: str) -> dict[str, Any]:
    return {
        "date": d.booking_date.isoformat(),
        "description": join_description(name, rem),
        "amount": f"{d.amount:.2f}",
        "counterparty_iban": _valid_iban(d.counterparty_iban),
    }


def rebank(statements: Sequence[Statement], bank_name: str) -> list[Statement]:
    """The same statements on an account at `bank_name` (deterministic IBAN), e.g. to render a
    bank's own export format for a household that banks elsewhere."""
    bank = next(b for b in BANKS if b[0] == bank_name)
    out = []
    for st in statements:
        a = st.account
        if a.bank_name == bank_name:
            out.append(st)
            continue
        iban = make_iban(random.Random(a.iban), bank[1])
        acct = BankAccount(bank[0], bank[1], bank[2], iban, a.holder, a.kind)
        out.append(replace(st, account=acct))
    return out


def _truth(group: list[Statement], fmt: str, txns: list[dict[str, Any]], *, balances: bool,
           holder: bool = False, stated_period: bool = False) -> dict[str, Any]:  # fmt: skip
    first, last = group[0], group[-1]
    acct = first.account
    dates = [t["date"] for t in txns]
    if stated_period:
        start, end = first.period_start.isoformat(), last.period_end.isoformat()
    elif fmt == "mt940":
        start = dates[0] if dates else first.period_start.isoformat()
        end = last.period_end.isoformat()
    else:
        start, end = (dates[0], dates[-1]) if dates else (None, None)
    has_bal = balances and (fmt in ("mt940", "camt053") or bool(txns))
    return {
        "format": fmt,
        "bank_name": acct.bank_name,
        "account_holder": acct.holder if holder else None,
        "iban": acct.iban,
        "statement_period_start": start,
        "statement_period_end": end,
        "opening_balance": f"{first.opening_balance:.2f}" if has_bal else None,
        "closing_balance": f"{last.closing_balance:.2f}" if has_bal else None,
        "transactions": txns,
    }


def _all(group: list[Statement]) -> list[Transaction]:
    return [t for st in group for t in st.transactions]


def _running(group: list[Statement]) -> list[tuple[Transaction, Decimal, Decimal]]:
    """(transaction, balance before, balance after), oldest first."""
    out = []
    bal = group[0].opening_balance
    for t in _all(group):
        out.append((t, bal, bal + t.amount))
        bal += t.amount
    return out


def _ref(t: Transaction, i: int) -> str:
    return f"{t.booking_date:%y%m%d}{i:06d}"


# --- per format -----------------------------------------------------------------------------


def _ing(groups: list[list[Statement]], delim: str) -> tuple[str, list[dict[str, Any]]]:
    rows: list[list[str]] = [ING_HEADER]
    truth = []
    for g in groups:
        acct = g[0].account
        body, txns = [], []
        for i, (t, _, after) in enumerate(_running(g)):
            vd = f"{t.booking_date:%d-%m-%Y}"
            if t.counterparty_iban:
                code, kind = ("IC", "Incasso") if t.amount < 0 else ("OV", "Overschrijving")
                note = f"Naam: {t.counterparty_name} Omschrijving: {t.description} IBAN: {t.counterparty_iban} Valutadatum: {vd}"
                rem = t.description
            else:
                code, kind = "BA", "Betaalautomaat"
                rem = f"Pasvolgnr: 001 {vd} {10 + i % 12:02d}:{i * 7 % 60:02d} Transactie: {i:06X} Term: T{i:04d}"
                note = f"{rem} Valutadatum: {vd}"
            body.append([f"{t.booking_date:%Y%m%d}", t.counterparty_name, acct.iban, t.counterparty_iban or "",
                         code, "Af" if t.amount < 0 else "Bij", _c(t.amount, sign=""), kind, note,
                         _c(after), ""])  # fmt: skip
            txns.append(_t(t, t.counterparty_name, rem))
        rows += list(reversed(body))  # ING lists newest first
        truth.append(_truth(g, "ing_csv", txns, balances=True))
    return _csv(rows, delim, quote_all=True), truth


def _rabobank(groups: list[list[Statement]], delim: str) -> tuple[str, list[dict[str, Any]]]:
    rows: list[list[str]] = [RABO_HEADER]
    truth = []
    seq = 0
    for g in groups:
        acct = g[0].account
        txns = []
        for t, _, after in _running(g):
            seq += 1
            d = t.booking_date.isoformat()
            cp_bic = BIC.get(t.counterparty_iban[4:8], "") if t.counterparty_iban else ""
            code = ("ei" if t.amount < 0 else "cb") if t.counterparty_iban else "bc"
            rows.append([acct.iban, "EUR", acct.bic, f"{seq:018d}", d, d, _c(t.amount, sign="+-"),
                         _c(after, sign="+-"), t.counterparty_iban or "", t.counterparty_name, "", "",
                         cp_bic, code, "", "", "", "", "", t.description, "", "", "", "", "", ""])  # fmt: skip
            txns.append(_t(t, t.counterparty_name, t.description))
        truth.append(_truth(g, "rabobank_csv", txns, balances=True))
    return _csv(rows, delim, quote_all=True), truth


def _abnamro(groups: list[list[Statement]], _: str) -> tuple[str, list[dict[str, Any]]]:
    lines = []
    truth = []
    for g in groups:
        acct = g[0].account
        if acct.bank_code != "ABNA":
            raise ValueError(
                f"an ABN AMRO TAB export holds ABN AMRO accounts only, not {acct.iban}"
            )
        number = acct.iban[8:]
        number = number[1:] if number.startswith("0") else number
        txns = []
        for i, (t, before, after) in enumerate(_running(g)):
            d = f"{t.booking_date:%Y%m%d}"
            if t.counterparty_iban:
                bic = BIC.get(t.counterparty_iban[4:8], "NOTPROVIDED")
                desc = (f"/TRTP/SEPA OVERBOEKING/IBAN/{t.counterparty_iban}/BIC/{bic}/NAME/"
                        f"{t.counterparty_name}/REMI/{t.description}/EREF/NOTPROVIDED")  # fmt: skip
                txns.append(_t(t, t.counterparty_name, t.description))
            else:
                desc = (f"BEA, Betaalpas                   {t.counterparty_name},PAS{i % 900 + 100:03d}"
                        f"                  NR:{i:06X}, {t.booking_date:%d.%m.%y}/{10 + i % 12}:{i * 7 % 60:02d}")  # fmt: skip
                txns.append(_t(t, "", desc))
            lines.append(
                "\t".join([number, "EUR", d, _c(before), _c(after), d, _c(t.amount), desc])
            )
        truth.append(_truth(g, "abnamro_tab", txns, balances=True))
    return "".join(ln + "\r\n" for ln in lines), truth


def _volksbank(groups: list[list[Statement]], _: str) -> tuple[str, list[dict[str, Any]]]:
    rows = []
    truth = []
    for g in groups:
        acct = g[0].account
        txns = []
        for i, (t, before, _after) in enumerate(_running(g)):
            d8 = f"{t.booking_date:%d%m%Y}"
            name = t.counterparty_name.lower()
            glob = ("INC" if t.amount < 0 else "OVB") if t.counterparty_iban else "BEA"
            rows.append([f"{t.booking_date:%d-%m-%Y}", acct.iban, t.counterparty_iban or "", name, "", "", "",
                         "EUR", _c(before, dec="."), "EUR", _c(t.amount, dec="."), d8, d8,
                         "8810" if glob != "BEA" else "2070", glob, f"{90000000 + i}", "''",
                         f"'{t.description}'", f"{g[0].number}"])  # fmt: skip
            txns.append(_t(t, name, t.description))
        truth.append(_truth(g, "volksbank_csv", txns, balances=True))
    return _csv(rows, ","), truth


def _triodos(groups: list[list[Statement]], _: str) -> tuple[str, list[dict[str, Any]]]:
    rows = []
    truth = []
    for g in groups:
        acct = g[0].account
        txns = []
        for t, _, after in _running(g):
            code = ("IC" if t.amount < 0 else "OV") if t.counterparty_iban else "BA"
            rows.append([f"{t.booking_date:%d-%m-%Y}", acct.iban, _c(t.amount, thousands=".", sign=""),
                         "Debet" if t.amount < 0 else "Credit", t.counterparty_name,
                         t.counterparty_iban or "", code, t.description, _c(after, thousands=".")])  # fmt: skip
            txns.append(_t(t, t.counterparty_name, t.description))
        truth.append(_truth(g, "triodos_csv", txns, balances=True))
    return _csv(rows, ","), truth


def _knab(groups: list[list[Statement]], _: str) -> tuple[str, list[dict[str, Any]]]:
    out = "KNAB EXPORT" + ";" * 16 + "\r\n" + ";".join(KNAB_HEADER) + ";\r\n"
    rows = []
    truth = []
    for g in groups:
        acct = g[0].account
        txns = []
        for i, t in enumerate(_all(g)):
            d = f"{t.booking_date:%d-%m-%Y}"
            way = (
                ("Incasso" if t.amount < 0 else "Ontvangst")
                if t.counterparty_iban
                else "Betaalautomaat"
            )
            rows.append([acct.iban, d, "EUR", "D" if t.amount < 0 else "C", _c(t.amount, sign=""),
                         t.counterparty_iban or "", t.counterparty_name, d, way, t.description, way,
                         "", "", "", f"K{i:015d}", d])  # fmt: skip
            txns.append(_t(t, t.counterparty_name, t.description))
        truth.append(_truth(g, "knab_csv", txns, balances=False))
    return out + _csv(rows, ";", quote_all=True, trailing=True), truth


def _bunq(groups: list[list[Statement]], delim: str) -> tuple[str, list[dict[str, Any]]]:
    header = ["Date", "Interest Date", "Amount", "Account", "Counterparty", "Name", "Description"]
    rows: list[list[str]] = []
    truth = []
    for g in groups:
        acct = g[0].account
        body, txns = [], []
        for t in _all(g):
            d = t.booking_date.isoformat()
            body.append([d, d, _c(t.amount, thousands=",", dec="."), acct.iban, t.counterparty_iban or "",
                         t.counterparty_name, t.description])  # fmt: skip
            txns.append(_t(t, t.counterparty_name, t.description))
        rows += list(reversed(body))
        truth.append(_truth(g, "bunq_csv", txns, balances=False))
    return _csv([header, *rows], delim, quote_all=True), truth


def _wrap65(text: str) -> list[str]:
    return [text[i : i + 65] for i in range(0, len(text), 65)] or [""]


def _mt940(groups: list[list[Statement]], _: str) -> tuple[str, list[dict[str, Any]]]:
    out = ["0000 01INGBNL2AXXXX00001", "0000 01INGBNL2AXXXX00001", "940 00"]
    truth = []
    for g in groups:
        acct = g[0].account
        txns = []
        for st in g:
            ob, cb = st.opening_balance, st.closing_balance
            out += [f":20:P{st.period_end:%y%m%d}{st.number:09d}", f":25:{acct.iban}EUR",
                    f":28C:{st.number:05d}",
                    f":60F:{'D' if ob < 0 else 'C'}{st.period_start:%y%m%d}EUR{_c(ob, sign='')}"]  # fmt: skip
            for i, t in enumerate(st.transactions):
                dc = "D" if t.amount < 0 else "C"
                kind = "N071" if t.counterparty_iban else "N005"
                out.append(
                    f":61:{t.booking_date:%y%m%d%m%d}{dc}{_c(t.amount, sign='')}{kind}NONREF//{_ref(t, i)}"
                )
                name, rem = ascii_fold(t.counterparty_name), ascii_fold(t.description)
                if t.counterparty_iban:
                    bic = BIC.get(t.counterparty_iban[4:8], "NOTPROVIDED")
                    info = (f"/TRTP/SEPA OVERBOEKING/IBAN/{t.counterparty_iban}/BIC/{bic}/NAME/{name}"
                            f"/REMI/USTD//{rem}//EREF/NOTPROVIDED")  # fmt: skip
                else:
                    info = f"/TRTP/BETAALAUTOMAAT/NAME/{name}/REMI/USTD//{rem}/"
                chunks = _wrap65(info)
                out.append(f":86:{chunks[0]}")
                out += chunks[1:]
                txns.append(_t(t, name, rem))
            out += [f":62F:{'D' if cb < 0 else 'C'}{st.period_end:%y%m%d}EUR{_c(cb, sign='')}",
                    f":64:{'D' if cb < 0 else 'C'}{st.period_end:%y%m%d}EUR{_c(cb, sign='')}", "-"]  # fmt: skip
        truth.append(_truth(g, "mt940", txns, balances=True))
    return "".join(ln + "\r\n" for ln in out), truth


def _camt(groups: list[list[Statement]], _: str) -> tuple[str, list[dict[str, Any]]]:
    e = escape
    first_day: date = min(st.period_end for g in groups for st in g)
    x = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
         "  <BkToCstmrStmt>", "    <GrpHdr>", f"      <MsgId>CAMT053{first_day:%Y%m%d}</MsgId>",
         f"      <CreDtTm>{first_day:%Y-%m-%d}T08:00:00</CreDtTm>", "    </GrpHdr>"]  # fmt: skip
    truth = []
    for g in groups:
        acct = g[0].account
        txns = []
        for st in g:

            def bal(code: str, v: Decimal, d: date) -> list[str]:
                return ["      <Bal>", f"        <Tp><CdOrPrtry><Cd>{code}</Cd></CdOrPrtry></Tp>",
                        f'        <Amt Ccy="EUR">{abs(v):.2f}</Amt>',
                        f"        <CdtDbtInd>{'DBIT' if v < 0 else 'CRDT'}</CdtDbtInd>",
                        f"        <Dt><Dt>{d.isoformat()}</Dt></Dt>", "      </Bal>"]  # fmt: skip

            x += ["    <Stmt>", f"      <Id>{acct.iban}-{st.number}</Id>",
                  f"      <ElctrncSeqNb>{st.number}</ElctrncSeqNb>",
                  f"      <CreDtTm>{st.period_end:%Y-%m-%d}T23:59:00</CreDtTm>",
                  "      <FrToDt>", f"        <FrDtTm>{st.period_start:%Y-%m-%d}T00:00:00</FrDtTm>",
                  f"        <ToDtTm>{st.period_end:%Y-%m-%d}T23:59:59</ToDtTm>", "      </FrToDt>",
                  "      <Acct>", f"        <Id><IBAN>{acct.iban}</IBAN></Id>", "        <Ccy>EUR</Ccy>",
                  f"        <Ownr><Nm>{e(acct.holder)}</Nm></Ownr>",
                  f"        <Svcr><FinInstnId><BIC>{acct.bic}</BIC></FinInstnId></Svcr>", "      </Acct>"]  # fmt: skip
            x += bal("OPBD", st.opening_balance, st.period_start)
            x += bal("CLBD", st.closing_balance, st.period_end)
            for i, t in enumerate(st.transactions):
                debit = t.amount < 0
                side = "Cdtr" if debit else "Dbtr"
                x += ["      <Ntry>", f"        <NtryRef>{_ref(t, i)}</NtryRef>",
                      f'        <Amt Ccy="EUR">{abs(t.amount):.2f}</Amt>',
                      f"        <CdtDbtInd>{'DBIT' if debit else 'CRDT'}</CdtDbtInd>",
                      "        <Sts>BOOK</Sts>", f"        <BookgDt><Dt>{t.booking_date.isoformat()}</Dt></BookgDt>",
                      f"        <ValDt><Dt>{t.booking_date.isoformat()}</Dt></ValDt>",
                      "        <NtryDtls><TxDtls>", "          <RltdPties>",
                      f"            <{side}><Nm>{e(t.counterparty_name)}</Nm></{side}>"]  # fmt: skip
                if t.counterparty_iban:
                    x.append(
                        f"            <{side}Acct><Id><IBAN>{t.counterparty_iban}</IBAN></Id></{side}Acct>"
                    )
                x += ["          </RltdPties>", f"          <RmtInf><Ustrd>{e(t.description)}</Ustrd></RmtInf>",
                      "        </TxDtls></NtryDtls>", "      </Ntry>"]  # fmt: skip
                txns.append(_t(t, t.counterparty_name, t.description))
            x.append("    </Stmt>")
        truth.append(_truth(g, "camt053", txns, balances=True, holder=True, stated_period=True))
    x += ["  </BkToCstmrStmt>", "</Document>"]
    return "\n".join(x) + "\n", truth


_RENDER = {
    "ing_csv": _ing,
    "rabobank_csv": _rabobank,
    "abnamro_tab": _abnamro,
    "volksbank_csv": _volksbank,
    "triodos_csv": _triodos,
    "knab_csv": _knab,
    "bunq_csv": _bunq,
    "mt940": _mt940,
    "camt053": _camt,
}


def render_export(
    fmt: str,
    statements: Statement | Sequence[Statement],
    *,
    encoding: str | None = None,
    bom: bool = False,
    delimiter: str | None = None,
) -> tuple[bytes, list[dict[str, Any]]]:
    """The export file and, per account (in order of first appearance), its truth."""
    if isinstance(statements, Statement):
        statements = [statements]
    groups = _accounts(statements)
    delim = delimiter or {"bunq_csv": ";", "ing_csv": ","}.get(fmt, ",")
    text, truth = _RENDER[fmt](groups, delim)
    enc = encoding or DEFAULT_ENCODING[fmt]
    data = text.encode(enc)
    if bom:
        data = b"\xef\xbb\xbf" + data
    return data, truth
