"""Bank exports (CSV, MT940, CAMT.053) read exactly, without OCR.

Formats are recognised by content, never by file name or extension:

| format          | bank(s)                     | shape                                                       |
|-----------------|-----------------------------|-------------------------------------------------------------|
| `ing_csv`       | ING                         | header "Datum","Naam / Omschrijving",... (or English), `,`/`;` |
| `rabobank_csv`  | Rabobank                    | header "IBAN/BBAN","Munt","BIC","Volgnr",...                |
| `abnamro_tab`   | ABN AMRO                    | TXT*.TAB: tab separated, no header, 8 columns               |
| `volksbank_csv` | SNS, ASN Bank, RegioBank    | no header, comma, 19 columns (de Volksbank layout)          |
| `triodos_csv`   | Triodos Bank                | no header, comma, 8 or 9 columns, "Debet"/"Credit"          |
| `knab_csv`      | Knab                        | "KNAB EXPORT" line, header, semicolons                      |
| `bunq_csv`      | bunq                        | header "Date","Interest Date","Amount","Account",...        |
| `mt940`         | any                         | SWIFT MT940 (`:20:`, `:25:`, `:60F:`, `:61:`, `:86:`, `:62F:`) |
| `camt053`       | any                         | ISO 20022 camt.053 XML (BkToCstmrStmt)                      |

A well-formed export is read 100 % exactly; a malformed one raises `ExportError` with a one-line
message naming the file, the line and the reason. XML is parsed with defusedxml: a DTD (and with
it any entity expansion or external entity) is refused.

Conventions shared by all formats (and by `synth.exports`, which renders the truth):
- transactions are returned oldest first (files listing newest first are reversed);
- a transaction's `description` is the counterparty name and the remittance text joined by one
  space (only one of them when the other is empty or contained in it);
- the statement period is the range the export states (CAMT `FrToDt`), else the first and last
  booking date; for MT940 the end is the closing balance date `:62F:`;
- balances are given only when the export contains them (MT940/CAMT; CSVs with a running
  balance per row: ING, Rabobank, ABN AMRO, de Volksbank, Triodos); otherwise `None` (missing).
"""

from __future__ import annotations

import contextlib
import csv
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any
from xml.etree.ElementTree import Element, TreeBuilder

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

from extraction.base import knowledge
from extraction.result import (
    ACCEPTED,
    FAIL,
    MISSING,
    PASS,
    CheckResult,
    DocumentResult,
    FieldResult,
    TransactionResult,
)
from ocr.errors import OcrError

FORMATS = (
    "ing_csv",
    "rabobank_csv",
    "abnamro_tab",
    "volksbank_csv",
    "triodos_csv",
    "knab_csv",
    "bunq_csv",
    "mt940",
    "camt053",
)
FORMAT_BANK = {
    "ing_csv": "ING",
    "rabobank_csv": "Rabobank",
    "abnamro_tab": "ABN AMRO",
    "triodos_csv": "Triodos Bank",
    "knab_csv": "Knab",
    "bunq_csv": "bunq",
}
MEDIA_TYPES = {
    "abnamro_tab": "text/tab-separated-values",
    "mt940": "text/plain",
    "camt053": "application/xml",
}
MAX_BYTES = 50_000_000
CENT = Decimal("0.01")


class ExportError(OcrError):
    """A file recognised as a bank export that is malformed (one-line reason)."""

    code = "input.bad_export"


class _Bad(Exception):
    """Internal: a reason, with an optional line, turned into ExportError with the file name."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


@dataclass(slots=True)
class ExportStatement:
    """One account's statement as the export states it (values in CONTRACT formats)."""

    format: str
    bank_name: str | None
    account_holder: str | None
    iban: str | None
    statement_period_start: str | None
    statement_period_end: str | None
    opening_balance: str | None
    closing_balance: str | None
    transactions: list[TransactionResult]
    lines: dict[str, int | None] = field(default_factory=dict)  # field -> 1-based line
    texts: dict[str, str | None] = field(default_factory=dict)  # field -> raw text
    problems: list[str] = field(default_factory=list)  # broken chain, sums that do not add up
    line_range: tuple[int, int] = (1, 1)
    statements: int = 1  # how many statements of the file were merged into this one

    def fields(self) -> dict[str, str | None]:
        return {
            "bank_name": self.bank_name,
            "account_holder": self.account_holder,
            "iban": self.iban,
            "statement_period_start": self.statement_period_start,
            "statement_period_end": self.statement_period_end,
            "opening_balance": self.opening_balance,
            "closing_balance": self.closing_balance,
        }


# --- small exact parsers ------------------------------------------------------------------------


def join_description(name: str | None, remittance: str | None) -> str:
    """Counterparty name and remittance text as one description (the shared convention)."""
    n = " ".join((name or "").split())
    r = " ".join((remittance or "").split())
    if not n or r.casefold().find(n.casefold()) >= 0:
        return r or n
    if not r or n.casefold().find(r.casefold()) >= 0:
        return n
    return f"{n} {r}"


def _money(v: Decimal) -> str:
    return f"{v.quantize(CENT):.2f}"


_AMT_COMMA = re.compile(r"^([+-]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$")
_AMT_POINT = re.compile(r"^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$")


def _amount(text: str, decimal: str, line: int | None, what: str = "amount") -> Decimal:
    """Strict amount: `decimal` is ',' (Dutch), '.' or 'auto' (decided by the last separator)."""
    t = text.strip().replace("\u2212", "-")
    if decimal == "auto":
        decimal = "," if re.search(r",\d{1,2}$", t) else "."
    m = (_AMT_COMMA if decimal == "," else _AMT_POINT).match(t)
    if not m:
        raise _Bad(f"{what} {text!r} is not a number", line)
    whole = re.sub(r"[.,]", "", m.group(2))
    value = Decimal(f"{whole}.{(m.group(3) or '0').ljust(2, '0')}")
    return -value if m.group(1) == "-" else value


def _date(text: str, fmt: str, line: int | None, what: str = "date") -> date:
    t = text.strip()
    pats = {
        "ymd": r"^(\d{4})(\d{2})(\d{2})$",
        "iso": r"^(\d{4})-(\d{2})-(\d{2})$",
        "dmy": r"^(\d{2})-(\d{2})-(\d{4})$",
        "dmy8": r"^(\d{2})(\d{2})(\d{4})$",
        "yymmdd": r"^(\d{2})(\d{2})(\d{2})$",
    }
    m = re.match(pats[fmt], t)
    try:
        if not m:
            raise ValueError
        a, b, c = (int(g) for g in m.groups())
        if fmt in ("dmy", "dmy8"):
            return date(c, b, a)
        if fmt == "yymmdd":
            return date(2000 + a if a < 80 else 1900 + a, b, c)
        return date(a, b, c)
    except ValueError:
        raise _Bad(f"{what} {text!r} is not a valid date", line) from None


def _iban(text: str, line: int | None) -> str | None:
    """A counterparty's IBAN, or None when the export gives none or an invalid one."""
    try:
        return _account_iban(text, line)
    except _Bad:
        return None


def _account_iban(text: str, line: int | None) -> str:
    """The account's own IBAN, which the export must give validly."""
    t = re.sub(r"\s", "", text or "").upper()
    if not t:
        raise _Bad("account number is empty", line)
    try:
        return str(IBAN(t).compact)
    except SchwiftyException:
        raise _Bad(f"account {text!r} is not a valid IBAN", line) from None


def _nl_iban(bank_code: str, account: str) -> str:
    bban = bank_code + account.zfill(10)
    numeric = "".join(str(int(ch, 36)) for ch in bban + "NL00")
    return f"NL{98 - int(numeric) % 97:02d}{bban}"


def _bank_from_iban(iban: str | None) -> str | None:
    if not iban or not iban.startswith("NL"):
        return None
    code = iban[4:8]
    for name, spec in knowledge().get("banks", {}).items():
        if spec.get("code") == code:
            return str(name)
    return None


def _bank_from_bic(bic: str | None) -> str | None:
    if not bic or len(bic) < 6 or bic[4:6] != "NL":
        return None
    return _bank_from_iban(f"NL00{bic[:4]}")


# --- text decoding and CSV rows with line numbers ---------------------------------------------


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (latin-1 for its gaps)."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as e:
            raise _Bad(f"not valid UTF-8 after the byte order mark ({e.reason})") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise _Bad(f"not valid UTF-16 ({e.reason})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


_NEWLINE = re.compile(r"\r\n|\n|\r")


def _split_lines(text: str) -> list[str]:
    return _NEWLINE.split(text)


def _csv_rows(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """Non-empty CSV records with the 1-based line each starts on (quoted newlines allowed)."""
    lines = [ln + "\n" for ln in _split_lines(text)]
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    out: list[tuple[int, list[str]]] = []
    prev = 0
    try:
        for row in reader:
            start = prev + 1
            prev = reader.line_num
            if any(c.strip() for c in row):
                out.append((start, row))
    except csv.Error as e:
        raise _Bad(f"broken CSV quoting ({e})", prev + 1) from None
    return out


def _first_line(text: str) -> str:
    for ln in _split_lines(text):
        if ln.strip():
            return ln
    return ""


def _norm_header(cell: str) -> str:
    return " ".join(cell.strip().strip('"').split()).casefold()


# --- recognition ------------------------------------------------------------------------------

ING_NL = [
    "datum",
    "naam / omschrijving",
    "rekening",
    "tegenrekening",
    "code",
    "af bij",
    "bedrag (eur)",
    "mutatiesoort",
    "mededelingen",
]
ING_EN = [
    "date",
    "name / description",
    "account",
    "counterparty",
    "code",
    "debit/credit",
    "amount (eur)",
    "transaction type",
    "notifications",
]
RABO_KEYS = ["iban/bban", "munt", "bic", "volgnr", "datum", "rentedatum", "bedrag", "saldo na trn"]
BUNQ_KEYS = ["date", "interest date", "amount", "account", "counterparty", "name", "description"]
KNAB_KEYS = ["rekeningnummer", "transactiedatum", "valutacode", "creditdebet", "bedrag"]

_IBAN_LIKE = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$")
_MT940_TAGS = (
    re.compile(r"^:20:", re.M),
    re.compile(r"^:25:", re.M),
    re.compile(r"^:6[02][FM]:", re.M),
)


def _split_header(line: str) -> tuple[str, list[str]] | None:
    counts = {d: line.count(d) for d in (",", ";", "\t")}
    delim = max(counts, key=lambda d: counts[d])
    if counts[delim] == 0:
        return None
    cells = next(csv.reader([line], delimiter=delim))
    return delim, [_norm_header(c) for c in cells]


def _detect(text: str) -> tuple[str, str] | None:
    """(format, delimiter) of a decoded export, or None."""
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith("<"):
        return (
            ("camt053", "")
            if re.search(r"camt\.053|<(?:\w+:)?BkToCstmrStmt\b", head[:4000])
            else None
        )
    if all(p.search(text) for p in _MT940_TAGS):
        return "mt940", ""
    first = _first_line(text).lstrip("\ufeff")
    if first.upper().startswith(("KNAB EXPORT", '"KNAB EXPORT')):
        return "knab_csv", ";"
    split = _split_header(first)
    if split:
        delim, cells = split
        if cells[: len(ING_NL)] == ING_NL or cells[: len(ING_EN)] == ING_EN:
            return "ing_csv", delim
        if cells[: len(RABO_KEYS)] == RABO_KEYS:
            return "rabobank_csv", delim
        if cells[: len(BUNQ_KEYS)] == BUNQ_KEYS:
            return "bunq_csv", delim
        if cells[: len(KNAB_KEYS)] == KNAB_KEYS:
            return "knab_csv", delim
    # headerless formats: judge the first record
    if "\t" in first:
        cols = first.split("\t")
        if (
            len(cols) >= 8
            and re.fullmatch(r"\d{7,10}|[A-Z]{2}\d{2}[A-Z0-9]{8,30}", cols[0].strip())
            and re.fullmatch(r"[A-Z]{3}", cols[1].strip())
            and re.fullmatch(r"\d{8}", cols[2].strip())
        ):
            return "abnamro_tab", "\t"
    try:
        cols = next(csv.reader([first]))
    except (csv.Error, StopIteration):
        return None
    cols = [c.strip() for c in cols]
    if (
        len(cols) >= 19
        and re.fullmatch(r"\d{2}-\d{2}-\d{4}", cols[0])
        and _IBAN_LIKE.match(cols[1])
        and re.fullmatch(r"[A-Z]{3}", cols[7])
    ):
        return "volksbank_csv", ","
    if (
        8 <= len(cols) <= 10
        and re.fullmatch(r"\d{2}-\d{2}-\d{4}", cols[0])
        and _IBAN_LIKE.match(cols[1])
        and cols[3] in ("Debet", "Credit")
    ):
        return "triodos_csv", ","
    return None


def is_export(data: bytes) -> str | None:
    """The export format of `data` (see FORMATS), recognised by content; None when it is not one."""
    if not data or len(data) > MAX_BYTES:
        return None
    head = data[:4096]
    if head.startswith(
        (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"PK\x03\x04", b"II*\x00", b"MM\x00*")
    ):
        return None
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    try:
        text = _decode(data)
    except _Bad:
        return None
    found = _detect(text)
    return found[0] if found else None


# --- per-account accumulation and the shared finish -------------------------------------------


@dataclass(slots=True)
class _Row:
    line: int
    booked: date
    amount: Decimal
    name: str
    remittance: str
    cp_iban: str | None
    before: Decimal | None = None  # balance before this booking, when the export states it
    after: Decimal | None = None  # balance after this booking


@dataclass(slots=True)
class _Account:
    iban: str
    iban_line: int
    rows: list[_Row] = field(default_factory=list)


def _chronological(rows: list[_Row], problems: list[str]) -> list[_Row]:
    """Rows oldest first, using the running balance when there is one, else the dates."""
    has_bal = all(r.before is not None and r.after is not None for r in rows) and rows

    def chains(seq: list[_Row]) -> int | None:  # first line where the chain breaks, or None
        for a, b in itertools.pairwise(seq):
            if a.after != b.before:
                return b.line
        return None

    def dated(seq: list[_Row]) -> bool:
        return all(a.booked <= b.booked for a, b in itertools.pairwise(seq))

    backwards = list(reversed(rows))
    if has_bal:
        if chains(rows) is None and dated(rows):
            return rows
        if chains(backwards) is None and dated(backwards):
            return backwards
        forward = rows[0].booked <= rows[-1].booked
        seq = rows if forward else backwards
        broken = chains(seq)
        if broken is not None:
            problems.append(f"running balance does not follow from the amounts at line {broken}")
        return sorted(seq, key=lambda r: r.booked)
    if len(rows) > 1 and rows[0].booked > rows[-1].booked:
        rows = backwards
    return sorted(rows, key=lambda r: r.booked)


def _finish_csv(
    fmt: str, accounts: list[_Account], raw_text: dict[int, str]
) -> list[ExportStatement]:
    out = []
    for acc in accounts:
        problems: list[str] = []
        rows = _chronological(acc.rows, problems)
        st = _statement(fmt, acc.iban, acc.iban_line, rows, problems)
        if rows and rows[0].before is not None and rows[-1].after is not None:
            st.opening_balance = _money(rows[0].before)
            st.closing_balance = _money(rows[-1].after)
            st.lines["opening_balance"] = rows[0].line
            st.lines["closing_balance"] = rows[-1].line
            total = sum((r.amount for r in rows), Decimal(0))
            if rows[0].before + total != rows[-1].after and not problems:
                problems.append("transactions do not add up to the closing balance")
        st.texts = {k: raw_text.get(v) for k, v in st.lines.items() if v}
        out.append(st)
    return out


def _statement(
    fmt: str, iban: str | None, iban_line: int | None, rows: list[_Row], problems: list[str]
) -> ExportStatement:
    bank = _bank_from_iban(iban) or FORMAT_BANK.get(fmt)
    txns = [
        TransactionResult(
            date=r.booked.isoformat(),
            description=join_description(r.name, r.remittance),
            amount=_money(r.amount),
            counterparty_iban=r.cp_iban,
            confidence=1.0,
            line=r.line,
        )
        for r in rows
    ]
    lines = [r.line for r in rows] or [iban_line or 1]
    first = min(rows, key=lambda r: (r.booked, r.line)) if rows else None
    last = max(rows, key=lambda r: (r.booked, -r.line)) if rows else None
    return ExportStatement(
        format=fmt,
        bank_name=bank,
        account_holder=None,
        iban=iban,
        statement_period_start=first.booked.isoformat() if first else None,
        statement_period_end=last.booked.isoformat() if last else None,
        opening_balance=None,
        closing_balance=None,
        transactions=txns,
        lines={
            "bank_name": iban_line if bank else None,
            "iban": iban_line,
            "statement_period_start": first.line if first else None,
            "statement_period_end": last.line if last else None,
        },
        problems=problems,
        line_range=(min([*lines, iban_line or lines[0]]), max(lines)),
    )


@dataclass(slots=True)
class _Book:
    """A CSV export's rows by account, with each line's raw text, until they become statements."""

    fmt: str
    accounts: dict[str, _Account] = field(default_factory=dict)
    raw: dict[int, str] = field(default_factory=dict)

    def add(self, iban: str, row: _Row, raw: str) -> None:
        if iban not in self.accounts:
            self.accounts[iban] = _Account(iban, row.line)
        self.accounts[iban].rows.append(row)
        self.raw[row.line] = raw

    def finish(self) -> list[ExportStatement]:
        return _finish_csv(self.fmt, list(self.accounts.values()), self.raw)


def _col(row: list[str], i: int | None) -> str:
    return row[i].strip() if i is not None and i < len(row) else ""


def _need(row: list[str], n: int, line: int) -> None:
    if len(row) < n:
        raise _Bad(f"{len(row)} columns, expected at least {n}", line)


# --- CSV formats --------------------------------------------------------------------------------


def _header_index(
    cells: list[str], names: dict[str, list[str]], line: int
) -> dict[str, int | None]:
    norm = [_norm_header(c) for c in cells]
    idx: dict[str, int | None] = {}
    for key, options in names.items():
        idx[key] = next((norm.index(o) for o in options if o in norm), None)
    return idx


def _parse_ing(text: str, delim: str) -> list[ExportStatement]:
    rows = _csv_rows(text, delim)
    (hline, header), body = rows[0], rows[1:]
    ix = _header_index(
        header,
        {
            "date": ["datum", "date"],
            "name": ["naam / omschrijving", "name / description"],
            "acct": ["rekening", "account"],
            "cp": ["tegenrekening", "counterparty"],
            "afbij": ["af bij", "debit/credit"],
            "amount": ["bedrag (eur)", "amount (eur)"],
            "note": ["mededelingen", "notifications"],
            "saldo": ["saldo na mutatie", "resulting balance"],
        },
        hline,
    )
    book = _Book("ing_csv")
    for line, row in body:
        _need(row, 9, line)
        iban = _account_iban(_col(row, ix["acct"]), line)
        booked = _date(_col(row, ix["date"]), "ymd", line)
        amount = _amount(_col(row, ix["amount"]), ",", line)
        sign = _col(row, ix["afbij"]).casefold()
        if sign in ("af", "debit"):
            amount = -amount
        elif sign not in ("bij", "credit"):
            raise _Bad(f"'Af Bij' is {_col(row, ix['afbij'])!r}, expected Af or Bij", line)
        after = None
        if ix["saldo"] is not None and _col(row, ix["saldo"]):
            after = _amount(_col(row, ix["saldo"]), ",", line, "balance")
        r = _Row(
            line,
            booked,
            amount,
            _col(row, ix["name"]),
            _ing_remittance(_col(row, ix["note"])),
            _iban(_col(row, ix["cp"]), line),
            None if after is None else after - amount,
            after,
        )
        book.add(iban, r, delim.join(row))
    return book.finish()


_ING_KEYS = r"(?:Naam|Omschrijving|IBAN|Kenmerk|Machtiging ID|Incassant ID|Datum/Tijd|Valutadatum|Pasvolgnr|Transactie|Term|Cashback|Name|Description|Reference|Value date)"


def _ing_remittance(note: str) -> str:
    """The 'Omschrijving:' part of ING's Mededelingen, else the text without its value date."""
    m = re.search(rf"(?:^|\s)(?:Omschrijving|Description): (.*?)(?=\s{_ING_KEYS}: |$)", note)
    if m:
        return m.group(1).strip()
    return re.sub(r"\s*(?:Valutadatum|Value date): \d{2}-\d{2}-\d{4}\s*$", "", note).strip()


def _parse_rabobank(text: str, delim: str) -> list[ExportStatement]:
    rows = _csv_rows(text, delim)
    (hline, header), body = rows[0], rows[1:]
    ix = _header_index(
        header,
        {
            "acct": ["iban/bban"],
            "date": ["datum"],
            "amount": ["bedrag"],
            "saldo": ["saldo na trn"],
            "cp": ["tegenrekening iban/bban"],
            "name": ["naam tegenpartij"],
            "o1": ["omschrijving-1"],
            "o2": ["omschrijving-2"],
            "o3": ["omschrijving-3"],
        },
        hline,
    )
    book = _Book("rabobank_csv")
    for line, row in body:
        _need(row, 10, line)
        iban = _account_iban(_col(row, ix["acct"]), line)
        booked = _date(_col(row, ix["date"]), "iso", line)
        amount = _amount(_col(row, ix["amount"]), ",", line)
        after = (
            _amount(_col(row, ix["saldo"]), ",", line, "balance")
            if _col(row, ix["saldo"])
            else None
        )
        rem = " ".join(_col(row, ix[k]) for k in ("o1", "o2", "o3"))
        r = _Row(
            line,
            booked,
            amount,
            _col(row, ix["name"]),
            rem,
            _iban(_col(row, ix["cp"]), line),
            None if after is None else after - amount,
            after,
        )
        book.add(iban, r, delim.join(row))
    return book.finish()


def _parse_abnamro(text: str, _: str) -> list[ExportStatement]:
    book = _Book("abnamro_tab")
    for line, ln in enumerate(_split_lines(text), 1):
        if not ln.strip():
            continue
        row = ln.split("\t")
        _need(row, 8, line)
        acct = row[0].strip()
        if re.fullmatch(r"\d{7,10}", acct):
            iban = _nl_iban("ABNA", acct)
        else:
            iban = _account_iban(acct, line)
        if not re.fullmatch(r"[A-Z]{3}", row[1].strip()):
            raise _Bad(f"currency {row[1]!r} is not a currency code", line)
        booked = _date(row[2], "ymd", line)
        before = _amount(row[3], ",", line, "start balance")
        after = _amount(row[4], ",", line, "end balance")
        _date(row[5], "ymd", line, "value date")
        amount = _amount(row[6], ",", line)
        if before + amount != after:
            raise _Bad(
                f"start balance {row[3]} plus amount {row[6]} is not end balance {row[4]}", line
            )
        name, rem, cp = _abn_description("\t".join(row[7:]))
        book.add(iban, _Row(line, booked, amount, name, rem, cp, before, after), ln)
    if not book.accounts:
        raise _Bad("no transactions")
    return book.finish()


_ABN_SEPA_KEYS = (
    "IBAN",
    "BIC",
    "Naam",
    "Omschrijving",
    "Kenmerk",
    "Machtiging",
    "Incassant",
    "Adres",
)


def _abn_description(desc: str) -> tuple[str, str, str | None]:
    """(name, remittance, counterparty IBAN) from ABN AMRO's description column."""
    d = desc.strip()
    if d.startswith("/"):
        tags = _slash_tags(d, _MT940_KEYS)
        name = tags.get("NAME", "")
        return name, _remi(tags.get("REMI", "")), _iban(tags.get("IBAN", ""), None)
    if re.match(r"SEPA ", d):
        parts = re.split(r"\s*\b(" + "|".join(_ABN_SEPA_KEYS) + r"):\s*", d)
        vals: dict[str, str] = {}
        for k, v in zip(parts[1::2], parts[2::2], strict=False):
            vals.setdefault(k, v.strip())
        return vals.get("Naam", ""), vals.get("Omschrijving", ""), _iban(vals.get("IBAN", ""), None)
    return "", " ".join(d.split()), None


def _parse_volksbank(text: str, _: str) -> list[ExportStatement]:
    book = _Book("volksbank_csv")
    for line, row in _csv_rows(text, ","):
        _need(row, 19, line)
        iban = _account_iban(row[1], line)
        booked = _date(row[0], "dmy", line)
        before = _amount(row[8], ".", line, "balance")
        amount = _amount(row[10], ".", line)
        if row[11].strip():
            _date(row[11], "dmy8", line, "journal date")
        rem = row[17].strip()
        if len(rem) >= 2 and rem[0] == rem[-1] == "'":
            rem = rem[1:-1]
        r = _Row(
            line, booked, amount, row[3].strip(), rem, _iban(row[2], line), before, before + amount
        )
        book.add(iban, r, ",".join(row))
    return book.finish()


def _parse_triodos(text: str, _: str) -> list[ExportStatement]:
    book = _Book("triodos_csv")
    for line, row in _csv_rows(text, ","):
        _need(row, 8, line)
        iban = _account_iban(row[1], line)
        booked = _date(row[0], "dmy", line)
        amount = _amount(row[2], ",", line)
        if amount < 0:
            raise _Bad(f"amount {row[2]!r} has a sign; Debet/Credit gives the direction", line)
        kind = row[3].strip()
        if kind == "Debet":
            amount = -amount
        elif kind != "Credit":
            raise _Bad(f"{kind!r} is neither Debet nor Credit", line)
        after = _amount(row[8], ",", line, "balance") if len(row) > 8 and row[8].strip() else None
        r = _Row(
            line,
            booked,
            amount,
            row[4].strip(),
            row[7].strip(),
            _iban(row[5], line),
            None if after is None else after - amount,
            after,
        )
        book.add(iban, r, ",".join(row))
    return book.finish()


def _parse_knab(text: str, delim: str) -> list[ExportStatement]:
    rows = _csv_rows(text, ";")
    if rows and _norm_header(rows[0][1][0]).startswith("knab export"):
        rows = rows[1:]
    if not rows:
        raise _Bad("no header line after 'KNAB EXPORT'")
    (hline, header), body = rows[0], rows[1:]
    ix = _header_index(
        header,
        {
            "acct": ["rekeningnummer"],
            "tdate": ["transactiedatum"],
            "cd": ["creditdebet"],
            "amount": ["bedrag"],
            "cp": ["tegenrekeningnummer"],
            "name": ["tegenrekeninghouder"],
            "desc": ["omschrijving"],
            "bdate": ["boekdatum"],
        },
        hline,
    )
    if ix["acct"] is None or ix["amount"] is None or ix["cd"] is None:
        raise _Bad("header lacks Rekeningnummer, CreditDebet or Bedrag", hline)
    book = _Book("knab_csv")
    for line, row in body:
        _need(row, 10, line)
        iban = _account_iban(_col(row, ix["acct"]), line)
        when = _col(row, ix["bdate"]) or _col(row, ix["tdate"])
        booked = _date(when, "dmy", line)
        amount = _amount(_col(row, ix["amount"]), ",", line)
        cd = _col(row, ix["cd"]).upper()
        if cd == "D":
            amount = -amount
        elif cd != "C":
            raise _Bad(f"CreditDebet is {cd!r}, expected C or D", line)
        r = _Row(
            line,
            booked,
            amount,
            _col(row, ix["name"]),
            _col(row, ix["desc"]),
            _iban(_col(row, ix["cp"]), line),
        )
        book.add(iban, r, ";".join(row))
    return book.finish()


def _parse_bunq(text: str, delim: str) -> list[ExportStatement]:
    rows = _csv_rows(text, delim)
    body = rows[1:]
    book = _Book("bunq_csv")
    for line, row in body:
        _need(row, 7, line)
        iban = _account_iban(row[3], line)
        booked = _date(row[0], "iso", line)
        amount = _amount(row[2], "auto", line)
        r = _Row(line, booked, amount, row[5].strip(), row[6].strip(), _iban(row[4], line))
        book.add(iban, r, delim.join(row))
    return book.finish()


# --- MT940 --------------------------------------------------------------------------------------

_MT940_KEYS = (
    "TRTP",
    "IBAN",
    "BIC",
    "NAME",
    "REMI",
    "EREF",
    "MARF",
    "CSID",
    "CNTP",
    "ORDP",
    "BENM",
    "ULTC",
    "ULTD",
    "ULTB",
    "PURP",
    "RTRN",
    "ADDR",
    "ISDT",
    "SVCL",
    "CDTRREF",
    "CDTRREFTP",
    "ATOMIC",
    "ID",
    "PREF",
    "BUSP",
    "CHGS",
)
_TAG = re.compile(r"^:(\d{2}[A-Z]?):(.*)$")
_BAL = re.compile(r"^([CD])(\d{6})([A-Z]{3})(\d{1,15},\d{0,2})$")
_SL = re.compile(r"^(\d{6})(\d{4})?(RC|RD|C|D)([A-Z])?(\d{1,15},\d{0,2})(.*)$")


def _slash_tags(text: str, keys: tuple[str, ...]) -> dict[str, str]:
    """'/KEY/value/KEY2/value2' -> {KEY: value}; only known keys delimit, so values may hold '/'."""
    pat = re.compile(r"/(" + "|".join(sorted(keys, key=len, reverse=True)) + r")/")
    found = list(pat.finditer(text))
    out: dict[str, str] = {}
    for i, m in enumerate(found):
        if i and m.start() < found[i - 1].end():
            continue
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        val = text[m.end() : end]
        out.setdefault(m.group(1), val[:-1] if val.endswith("/") else val)
    return out


def _remi(val: str) -> str:
    if val.startswith("USTD//"):
        val = val[6:]
    elif val.startswith("STRD/"):
        val = val.split("/", 2)[-1]
    return val.rstrip("/")


def _mt940_86(text: str) -> tuple[str, str, str | None]:
    """(name, remittance, counterparty IBAN) from a :86: field."""
    if text.startswith("/") and re.match(r"/(" + "|".join(_MT940_KEYS) + r")/", text):
        tags = _slash_tags(text, _MT940_KEYS)
        name = tags.get("NAME", "")
        cp = _iban(tags.get("IBAN", ""), None)
        if "CNTP" in tags:  # ING: /CNTP/account/bic/name/city/
            parts = tags["CNTP"].split("/")
            cp = cp or _iban(parts[0], None)
            name = name or (parts[2] if len(parts) > 2 else "")
        return name, _remi(tags.get("REMI", "")), cp
    return "", " ".join(text.split()), None


def _infer_booking(value: date, mmdd: str | None, line: int) -> date:
    if not mmdd:
        return value
    m, d = int(mmdd[:2]), int(mmdd[2:])
    options = []
    for y in (value.year - 1, value.year, value.year + 1):
        with contextlib.suppress(ValueError):
            options.append(date(y, m, d))
    if not options:
        raise _Bad(f"entry date {mmdd!r} is not a valid date", line)
    return min(options, key=lambda x: abs((x - value).days))


@dataclass(slots=True)
class _Mt940Stmt:
    line: int
    iban: str | None = None
    iban_line: int | None = None
    bic: str | None = None
    opening: tuple[Decimal, date, int, str] | None = None
    closing: tuple[Decimal, date, int, str] | None = None
    rows: list[_Row] = field(default_factory=list)
    holder: str | None = None
    holder_line: int | None = None
    period: tuple[date, date, int, int] | None = None


def _mt940_account(text: str, line: int) -> tuple[str, str | None]:
    t = text.strip().replace(" ", "")
    bic = None
    if "/" in t:  # BIC/account (ABN AMRO, some others)
        bic, t = t.split("/", 1)
    m = re.match(r"^([A-Z]{2}\d{2}[A-Z0-9]{10,30}?)(?:[A-Z]{3})?$", t)
    if m and _iban(m.group(1), None):
        return _iban(m.group(1), None) or "", bic
    if re.fullmatch(r"\d{7,10}(?:[A-Z]{3})?", t):
        code = (bic or "ABNA")[:4]
        return _nl_iban(code, re.match(r"\d+", t).group(0)), bic  # type: ignore[union-attr]
    raise _Bad(f":25: account {text.strip()!r} is not an IBAN or account number", line)


def _parse_mt940(text: str, _: str) -> list[ExportStatement]:
    # 1. tag lines with their continuation lines
    fields: list[tuple[str, str, int, list[str]]] = []  # tag, first value, line, continuation lines
    started = False
    for n, ln in enumerate(_split_lines(text), 1):
        s = ln.rstrip()
        m = _TAG.match(s)
        if m:
            if m.group(1) == "20":
                started = True
            if started:  # the value as written: a wrapped :86: may end a line with a space
                fields.append((m.group(1), _TAG.match(ln).group(2), n, []))  # type: ignore[union-attr]
            continue
        if not started or not s or s in ("-", "-}") or s.startswith(("{", "-}")):
            continue
        fields[-1][3].append(ln)
    if not fields:
        raise _Bad("no :20: statement found")
    # 2. split into statements at :20: (and at a second :25:)
    stmts: list[_Mt940Stmt] = []
    last61: _Row | None = None
    for tag, value, line, cont in fields:
        if tag == "20" or (tag == "25" and stmts and stmts[-1].iban is not None):
            stmts.append(_Mt940Stmt(line))
            last61 = None
        st = stmts[-1]
        if tag == "25":
            st.iban, st.bic = _mt940_account(value, line)
            st.iban_line = line
        elif tag in ("60F", "60M", "62F", "62M"):
            b = _BAL.match(value.strip())
            if not b:
                raise _Bad(f":{tag}: balance {value.strip()!r} is malformed", line)
            amt = _amount(b.group(4), ",", line, "balance")
            bal = (
                -amt if b.group(1) == "D" else amt,
                _date(b.group(2), "yymmdd", line),
                line,
                value,
            )
            if tag.startswith("60"):
                if st.opening is None:
                    st.opening = bal
            else:
                st.closing = bal
        elif tag == "61":
            if st.opening is None:
                raise _Bad(":61: before the opening balance :60F:", line)
            sl = _SL.match(value.strip())
            if not sl:
                raise _Bad(f":61: statement line {value.strip()!r} is malformed", line)
            valued = _date(sl.group(1), "yymmdd", line, "value date")
            booked = _infer_booking(valued, sl.group(2), line)
            amt = _amount(sl.group(5), ",", line)
            if sl.group(3) in ("D", "RC"):
                amt = -amt
            extra = " ".join([sl.group(6), *cont])
            ib = re.search(r"\b([A-Z]{2}\d{2}[A-Z0-9]{10,30})\b", extra)
            last61 = _Row(line, booked, amt, "", "", _iban(ib.group(1), None) if ib else None)
            st.rows.append(last61)
        elif tag == "86" and last61 is not None:
            joined = value + "".join(cont) if value.startswith("/") else " ".join([value, *cont])
            name, rem, cp = _mt940_86(joined)
            last61.name, last61.remittance = name, rem
            last61.cp_iban = cp or last61.cp_iban
            last61 = None
        elif tag == "86":
            pass  # statement-level information
    for i, st in enumerate(stmts, 1):
        where = f"statement {i} (line {st.line})"
        if st.iban is None:
            raise _Bad(f"{where} has no account :25:", st.line)
        if st.opening is None:
            raise _Bad(f"{where} has no opening balance :60F:", st.line)
        if st.closing is None:
            raise _Bad(f"{where} has no closing balance :62F: (file truncated?)", st.line)
    return _merge("mt940", stmts)


def _merge(fmt: str, stmts: list[_Mt940Stmt]) -> list[ExportStatement]:
    """One ExportStatement per account; consecutive statements merge, the chain is checked."""
    groups: dict[str, list[_Mt940Stmt]] = {}
    for st in stmts:
        assert st.iban
        groups.setdefault(st.iban, []).append(st)
    out = []
    for iban, group in groups.items():
        problems: list[str] = []
        for a, b in itertools.pairwise(group):
            assert a.closing and b.opening
            if a.closing[0] != b.opening[0]:
                problems.append(
                    f"statement at line {b.line} opens at {_money(b.opening[0])} but the "
                    f"previous one closed at {_money(a.closing[0])}"
                )
        for st in group:
            assert st.opening and st.closing
            total = sum((r.amount for r in st.rows), Decimal(0))
            if st.opening[0] + total != st.closing[0]:
                problems.append(
                    f"statement at line {st.line}: opening {_money(st.opening[0])} plus "
                    f"transactions {_money(total)} is not closing {_money(st.closing[0])}"
                )
        rows = [r for st in group for r in st.rows]
        first, last = group[0], group[-1]
        assert first.opening and last.closing
        res = _statement(fmt, iban, first.iban_line, rows, problems)
        res.bank_name = _bank_from_iban(iban) or _bank_from_bic(first.bic)
        res.lines["bank_name"] = first.iban_line if res.bank_name else None
        res.opening_balance = _money(first.opening[0])
        res.closing_balance = _money(last.closing[0])
        res.lines["opening_balance"] = first.opening[2]
        res.lines["closing_balance"] = last.closing[2]
        res.texts = {"opening_balance": first.opening[3], "closing_balance": last.closing[3]}
        if first.holder:
            res.account_holder = first.holder
            res.lines["account_holder"] = first.holder_line
        if first.period and last.period:
            res.statement_period_start = first.period[0].isoformat()
            res.statement_period_end = last.period[1].isoformat()
            res.lines["statement_period_start"] = first.period[2]
            res.lines["statement_period_end"] = last.period[3]
        elif fmt == "mt940":
            res.statement_period_end = last.closing[1].isoformat()
            res.lines["statement_period_end"] = last.closing[2]
            if not rows:
                res.statement_period_start = first.opening[1].isoformat()
                res.lines["statement_period_start"] = first.opening[2]
        elif not rows:
            res.statement_period_start = first.opening[1].isoformat()
            res.statement_period_end = last.closing[1].isoformat()
            res.lines["statement_period_start"] = first.opening[2]
            res.lines["statement_period_end"] = last.closing[2]
        res.line_range = (
            group[0].line,
            max([group[-1].closing[2] if group[-1].closing else 0, *[r.line for r in rows]]),
        )
        res.statements = len(group)
        out.append(res)
    return out


# --- CAMT.053 -----------------------------------------------------------------------------------


class _LineTreeBuilder(TreeBuilder):
    """A TreeBuilder that records each element's start line (as attribute-free side table)."""

    def __init__(self) -> None:
        super().__init__()
        self.parser: Any = None
        self.lines: dict[int, int] = {}

    def start(self, tag: Any, attrs: Any) -> Element:
        el = super().start(tag, attrs)
        self.lines[id(el)] = self.parser.parser.CurrentLineNumber if self.parser else 0
        return el


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _kids(el: Element, name: str) -> list[Element]:
    return [c for c in el if _local(c.tag) == name]


def _kid(el: Element | None, *path: str) -> Element | None:
    for name in path:
        if el is None:
            return None
        el = next((c for c in el if _local(c.tag) == name), None)
    return el


def _first(*els: Element | None) -> Element | None:
    """The first element that exists (an Element without children is falsy: never use `or`)."""
    return next((e for e in els if e is not None), None)


def _txt(el: Element | None, *path: str) -> str:
    e = _kid(el, *path) if path else el
    return (e.text or "").strip() if e is not None else ""


def _parse_camt(data: bytes) -> list[ExportStatement]:
    builder = _LineTreeBuilder()
    parser = DefusedXMLParser(
        target=builder, forbid_dtd=True, forbid_entities=True, forbid_external=True
    )
    builder.parser = parser
    try:
        parser.feed(data)
        root = parser.close()
    except DefusedXmlException as e:
        raise _Bad(f"XML with a DTD or entities is refused ({type(e).__name__})") from None
    except Exception as e:  # ParseError and expat errors
        raise _Bad(f"malformed XML ({e})") from None
    ln = builder.lines

    def line(el: Element | None) -> int:
        return ln.get(id(el), 1) if el is not None else 1

    body = _kid(root, "BkToCstmrStmt")
    if body is None:
        raise _Bad("no BkToCstmrStmt element (not a camt.053 statement)", line(root))
    stmts: list[_Mt940Stmt] = []
    for s in _kids(body, "Stmt"):
        st = _Mt940Stmt(line(s))
        acct = _kid(s, "Acct")
        iban_el = _kid(acct, "Id", "IBAN")
        if iban_el is not None:
            st.iban = _account_iban(_txt(iban_el), line(iban_el))
            st.iban_line = line(iban_el)
        else:
            raise _Bad("statement has no account IBAN (Acct/Id/IBAN)", line(s))
        holder = _kid(acct, "Ownr", "Nm")
        if holder is not None and _txt(holder):
            st.holder, st.holder_line = " ".join(_txt(holder).split()), line(holder)
        st.bic = (
            _txt(acct, "Svcr", "FinInstnId", "BIC")
            or _txt(acct, "Svcr", "FinInstnId", "BICFI")
            or None
        )
        ft = _kid(s, "FrToDt")
        if ft is not None:
            fr, to = _kid(ft, "FrDtTm"), _kid(ft, "ToDtTm")
            if fr is not None and to is not None:
                st.period = (
                    _camt_date(_txt(fr), line(fr)),
                    _camt_date(_txt(to), line(to)),
                    line(fr),
                    line(to),
                )
        for bal in _kids(s, "Bal"):
            code = _txt(bal, "Tp", "CdOrPrtry", "Cd")
            amt_el = _kid(bal, "Amt")
            if amt_el is None:
                raise _Bad("balance without Amt", line(bal))
            value = _camt_amount(_txt(amt_el), _txt(bal, "CdtDbtInd"), line(amt_el))
            dt_el = _first(_kid(bal, "Dt", "Dt"), _kid(bal, "Dt", "DtTm"))
            when = _camt_date(_txt(dt_el), line(dt_el)) if dt_el is not None else date.min
            entry = (value, when, line(amt_el), _txt(amt_el))
            if code == "OPBD" or (code == "PRCD" and st.opening is None):
                st.opening = entry
            elif code == "CLBD":
                st.closing = entry
        for n in _kids(s, "Ntry"):
            st.rows.append(_camt_entry(n, line))
        if st.opening is None or st.closing is None:
            raise _Bad("statement lacks an opening (OPBD/PRCD) or closing (CLBD) balance", line(s))
        stmts.append(st)
    if not stmts:
        raise _Bad("no Stmt in BkToCstmrStmt", line(body))
    return _merge("camt053", stmts)


def _camt_amount(text: str, ind: str, line: int) -> Decimal:
    if not re.fullmatch(r"\d{1,18}(?:\.\d{1,5})?", text):
        raise _Bad(f"amount {text!r} is not a number", line)
    value = Decimal(text)
    if ind == "DBIT":
        return -value
    if ind != "CRDT":
        raise _Bad(f"CdtDbtInd {ind!r} is neither CRDT nor DBIT", line)
    return value


def _camt_date(text: str, line: int) -> date:
    return _date(text[:10], "iso", line)


def _camt_entry(n: Element, line: Callable[[Element | None], int]) -> _Row:
    amt_el = _kid(n, "Amt")
    if amt_el is None:
        raise _Bad("entry (Ntry) without Amt", line(n))
    amount = _camt_amount(_txt(amt_el), _txt(n, "CdtDbtInd"), line(amt_el))
    bd = _first(_kid(n, "BookgDt", "Dt"), _kid(n, "BookgDt", "DtTm"))
    if bd is None:
        raise _Bad("entry (Ntry) without booking date", line(n))
    booked = _camt_date(_txt(bd), line(bd))
    tx = _kid(n, "NtryDtls", "TxDtls")
    side = "Cdtr" if amount < 0 else "Dbtr"
    parties = _kid(tx, "RltdPties")
    name = _txt(parties, side, "Nm") or _txt(parties, side, "Pty", "Nm")
    cp = _iban(_txt(parties, side + "Acct", "Id", "IBAN"), None)
    rmt = _kid(tx, "RmtInf")
    rem = " ".join(_txt(u) for u in _kids(rmt, "Ustrd")) if rmt is not None else ""
    if not rem and rmt is not None:
        rem = _txt(rmt, "Strd", "CdtrRefInf", "Ref")
    if not rem:
        rem = _txt(tx, "AddtlTxInf") or _txt(n, "AddtlNtryInf")
    return _Row(line(n), booked, amount, name, rem, cp)


# --- entry points -------------------------------------------------------------------------------

_PARSERS: dict[str, Callable[[str, str], list[ExportStatement]]] = {
    "ing_csv": _parse_ing,
    "rabobank_csv": _parse_rabobank,
    "abnamro_tab": _parse_abnamro,
    "volksbank_csv": _parse_volksbank,
    "triodos_csv": _parse_triodos,
    "knab_csv": _parse_knab,
    "bunq_csv": _parse_bunq,
    "mt940": _parse_mt940,
}


def read_export(data: bytes, filename: str) -> list[ExportStatement]:
    """All account statements in a bank export, exactly; ExportError when it is malformed."""

    def fail(reason: str, line: int | None = None) -> ExportError:
        where = f"line {line}: " if line else ""
        return ExportError(f"{filename}: {where}{reason}")

    if len(data) > MAX_BYTES:
        raise fail(f"export is larger than {MAX_BYTES // 1_000_000} MB")
    try:
        text = _decode(data)
        found = _detect(text)
        if found is None:
            raise _Bad("not a recognised bank export (CSV, MT940 or CAMT.053)")
        fmt, delim = found
        out = _parse_camt(data) if fmt == "camt053" else _PARSERS[fmt](text, delim)
        if not out:
            raise _Bad("export holds no account statement")
        return out
    except _Bad as e:
        raise fail(e.reason, e.line) from None


def export_to_results(data: bytes, filename: str, sha256: str) -> list[DocumentResult]:
    """CONTRACT document results for an export: one bank_statement per account (exact values)."""
    statements = read_export(data, filename)
    many = len(statements) > 1
    results = []
    for part, st in enumerate(statements, 1):
        source: dict[str, Any] = {
            "filename": filename,
            "sha256": sha256,
            "media_type": MEDIA_TYPES.get(st.format, "text/csv"),
            "pages": None,
            "export_format": st.format,
        }
        if many:
            source.update(part=part, page_range=None, line_range=list(st.line_range))
        fields: dict[str, FieldResult] = {}
        for name, value in st.fields().items():
            if value is None:
                fields[name] = FieldResult(None, 1.0, MISSING)
            else:
                fields[name] = FieldResult(
                    value,
                    1.0,
                    ACCEPTED,
                    None,
                    None,
                    st.texts.get(name) or value,
                    st.lines.get(name),
                )
        check = CheckResult(
            "bank_statement.export_consistent",
            FAIL if st.problems else PASS,
            "; ".join(st.problems)
            if st.problems
            else "Saldi en transacties in de export sluiten op elkaar aan.",
        )
        results.append(
            DocumentResult(
                source, "bank_statement", 1.0, fields, list(st.transactions), [check]
            ).finalize()
        )
    return results


def ascii_fold(text: str) -> str:
    """What MT940 (SWIFT character set) makes of a text: diacritics dropped (used by synth)."""
    t = unicodedata.normalize("NFKD", text)
    return (
        "".join(ch for ch in t if not unicodedata.combining(ch)).encode("ascii", "replace").decode()
    )


__all__ = [
    "FORMATS",
    "ExportError",
    "ExportStatement",
    "ascii_fold",
    "export_to_results",
    "is_export",
    "join_description",
    "read_export",
]
