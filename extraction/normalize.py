"""Dutch values as printed to the CONTRACT's normalised formats, with validators.

Every parser raises `ValueError` with a short reason when the text is not a valid value; it never
guesses. Validators come from python-stdnum (BSN, postcode) and schwifty (IBAN).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation

from schwifty import IBAN
from schwifty.exceptions import SchwiftyException
from stdnum.exceptions import ValidationError
from stdnum.nl import bsn as stdnum_bsn
from stdnum.nl import postcode as stdnum_postcode

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "mar": 3, "maa": 3,
    "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12, "january": 1, "february": 2,
    "march": 3, "june": 6, "july": 7, "august": 8, "october": 10,
}  # fmt: skip
TITLES = {
    "dhr", "dhr.", "mevr", "mevr.", "mw", "mw.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "de heer",
    "mevrouw", "heer", "dr", "dr.", "ir", "ir.", "drs", "drs.", "ing", "ing.", "prof", "prof.",
}  # fmt: skip
CENT = Decimal("0.01")

_AMOUNT = re.compile(
    r"^(?P<pre>[-+−–]|-/-)?\s*(?:€|EUR|eur)?\s*(?P<pre2>[-+−–])?\s*"
    r"(?P<num>\d{1,3}(?:[.\s]\d{3})+|\d+)(?:,(?P<dec>\d{2}))?\s*(?P<post>[-+−–]|af|bij|cr|db|d|c)?$",
    re.IGNORECASE,
)


def parse_amount(text: str) -> Decimal:
    """`€ 1.234,56`, `1234,56-`, `-/- 12,50`, `12,50 Af`, `+ € 1,00` -> Decimal (signed).

    Only the Dutch notation (dot for thousands, comma for decimals) is accepted; an amount with
    a decimal point (`1,234.56`) is ambiguous on a Dutch document and refused.
    """
    t = " ".join(text.replace("\u00a0", " ").split())
    m = _AMOUNT.match(t)
    if not m or (m.group("dec") is None and "," in t):
        raise ValueError(f"not an amount: {text!r}")
    whole = re.sub(r"[.\s]", "", m.group("num"))
    try:
        value = Decimal(f"{whole}.{m.group('dec') or '00'}")
    except InvalidOperation as e:
        raise ValueError(f"not an amount: {text!r}") from e
    signs = [m.group("pre"), m.group("pre2"), m.group("post")]
    negative = any(s and s.lower() in {"-", "−", "–", "-/-", "af", "db", "d"} for s in signs)
    return -value if negative else value


def money(value: Decimal) -> str:
    """The CONTRACT's money string: two decimals, '-' for negative."""
    return f"{value.quantize(CENT):.2f}"


_DATE_NUM = re.compile(r"^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{2}|\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DATE_WORD = re.compile(r"^(\d{1,2})\.?\s+([A-Za-z]+)\.?(?:/[A-Za-z]+)?\.?\s+(\d{4})$")


def _make_date(y: int, m: int, d: int, text: str) -> date:
    if y < 100:
        y += 2000 if y < 70 else 1900
    try:
        return date(y, m, d)
    except ValueError as e:
        raise ValueError(f"not a date: {text!r}") from e


def parse_date(text: str) -> date:
    """`31-03-2026`, `31.03.2026`, `31/03/26`, `31 maart 2026`, `12 MAA/MAR 1974`, `2026-03-31`."""
    t = " ".join(text.strip().rstrip(",;").split())
    if m := _DATE_ISO.match(t):
        return _make_date(int(m[1]), int(m[2]), int(m[3]), text)
    if m := _DATE_NUM.match(t):
        return _make_date(int(m[3]), int(m[2]), int(m[1]), text)
    if m := _DATE_WORD.match(t):
        month = MONTHS.get(m[2].lower())
        if month is None:
            raise ValueError(f"unknown month in {text!r}")
        return _make_date(int(m[3]), month, int(m[1]), text)
    raise ValueError(f"not a date: {text!r}")


def parse_month(text: str) -> tuple[date, date]:
    """`maart 2026` / `mrt 2026` -> the first and last day of that month."""
    t = " ".join(text.lower().split())
    m = re.match(r"^([a-z]+)\.?\s+(\d{4})$", t)
    if not m or m[1] not in MONTHS:
        raise ValueError(f"not a month: {text!r}")
    return month_range(int(m[2]), MONTHS[m[1]])


def month_range(year: int, month: int) -> tuple[date, date]:
    """The first and last day of a calendar month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


_INITIALS = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Zl]\.")


# voorvoegsels (the BRP's list, abridged): what a 'Tussenvoegsel' box may hold
NAME_PREFIXES = {"van", "de", "der", "den", "het", "'t", "’t", "ter", "ten", "te", "in", "op", "la",
                 "le", "di", "da", "du", "von", "vd", "v.d.", "uit", "aan", "bij", "onder", "over",
                 "'s", "d'", "l'", "des", "del", "della", "dos", "das", "do", "zu", "vom", "am",
                 "thoe", "toe", "tot", "voor", "af", "al", "y"}  # fmt: skip


def _initials(token: str) -> str:
    """In a run of initials OCR reads a capital I as a small l ('S.l.', 'L.G.l.'): initials are
    capitals, so an 'l.' among them is 'I.'. Lower-case abbreviations ('v.d.') stay."""
    if _INITIALS.fullmatch(token) and any(ch.isupper() for ch in token):
        return token.replace("l.", "I.")
    return token


def normalize_name(text: str) -> str:
    """White space collapsed, titles (Dhr., Mevr., Mr., ...) dropped, prefixes kept as printed."""
    words = text.split()
    if words and words[-1].endswith(":") and sum(ch.isalpha() for ch in words[-1]) >= 3:
        raise ValueError(f"a label, not a name: {text!r}")  # 'Adres:' under a name label
    while words:
        two = " ".join(words[:2]).lower()
        if two in TITLES:
            words = words[2:]
        elif words[0].lower() in TITLES:
            words = words[1:]
        else:
            break
    # quotes, dashes and rules OCR glues to the ends ('„BOS -'); an apostrophe may open a
    # prefix ('t Hart) and a full stop close an initial (J.)
    name = " ".join(words).strip(' ,;:|_-–—"„“”«»+*•·>~=').lstrip(".").rstrip("'’")
    name = re.sub(r"^[^\w'’(]+", "", name)  # any other mark before the first letter ('‚ Jansen')
    name = " ".join(_initials(t) for t in name.replace("..", ".").split())
    last = name.rsplit(" ", 1)[-1]
    if last.endswith(".") and len(last) > 3 and "." not in last[:-1]:
        name = name[:-1]  # a full stop OCR read after a surname ('DE GRAAF.'), not an initial
    if not name or not any(ch.isalpha() for ch in name) or sum(ch.isdigit() for ch in name) > 1:
        raise ValueError(f"not a name: {text!r}")  # 'Werknemersnummer 61116' is no name
    return name


def fold_name(text: str) -> str:
    """For comparisons: case-, diacritic- and transliteration-insensitive (Müller = MUELLER)."""
    t = text.upper().replace("Ä", "AE").replace("Ö", "OE").replace("Ü", "UE").replace("ß", "SS")
    t = unicodedata.normalize("NFKD", t)
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    t = re.sub(r"[^A-Z ]", " ", t.replace("<", " "))
    return " ".join(t.split())


def normalize_iban(text: str) -> str:
    compact = re.sub(r"[\s.-]", "", text).upper()
    try:
        return str(IBAN(compact).compact)
    except SchwiftyException as e:
        raise ValueError(f"invalid IBAN {text!r}: {e}") from e


def normalize_bsn(text: str) -> str:
    digits = re.sub(r"[\s.-]", "", text)
    if not digits.isdigit() or len(digits) not in (8, 9):
        raise ValueError(f"not a BSN: {text!r}")
    digits = digits.zfill(9)
    try:
        return str(stdnum_bsn.validate(digits))
    except ValidationError as e:
        raise ValueError(f"BSN {digits} fails the 11-test") from e


def normalize_postcode(text: str) -> str:
    try:
        return str(stdnum_postcode.validate(text.strip())).replace(" ", "")
    except ValidationError as e:
        raise ValueError(f"not a Dutch postcode: {text!r}") from e


def normalize_phone(text: str) -> str:
    """Dutch numbers to E.164: `06-12345678`, `06 1234 5678`, `+31 6 12345678`, `020-1234567`."""
    t = re.sub(r"[\s().-]", "", text)
    if t.startswith("00"):
        t = "+" + t[2:]
    if t.startswith("+31"):
        rest = t[3:].lstrip("0")
    elif t.startswith("0") and not t.startswith("+"):
        rest = t[1:]
    else:
        raise ValueError(f"not a Dutch phone number: {text!r}")
    if not rest.isdigit() or len(rest) != 9:
        raise ValueError(f"not a Dutch phone number: {text!r}")
    return "+31" + rest


def parse_int(text: str) -> int:
    t = text.strip()
    if not t.isdigit():
        raise ValueError(f"not a whole number: {text!r}")
    return int(t)


MAX_PERIOD_HOURS = 400  # 13 hours a day for a whole month: more is an amount, not hours


def parse_hours(text: str) -> str:
    """Hours as a decimal string with 2 decimals: `121,24` -> `121.24`, `38` -> `38.00`."""
    t = text.strip().replace(" ", "")
    m = re.match(r"^(\d{1,4})(?:[,.](\d{1,2}))?$", t)
    if not m:
        raise ValueError(f"not a number of hours: {text!r}")
    frac = m[2] or "0"
    value = Decimal(m[1] + "." + frac)
    if value > MAX_PERIOD_HOURS:
        raise ValueError(f"not a number of hours worked in one pay period: {text!r}")
    return f"{value:.2f}"


_IBAN_LOOSE = re.compile(
    r"\bN[L1I]\s?[\dOoIlSB]{2}\s?[A-Z0-9]{4}\s?(?:[\dOoIlSB]\s?){10}(?![\dA-Za-z])"
)
_TO_DIGIT = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "S": "5", "B": "8"})
_TO_LETTER = str.maketrans({"0": "O", "1": "I", "5": "S", "8": "B", "2": "Z"})


def find_iban(text: str) -> tuple[str, str] | None:
    """The first Dutch IBAN in `text`, repairing typical OCR confusions (O/0, I/1, S/5, B/8) only
    where the mod-97 check then passes; returns (normalised IBAN, matched text)."""
    for m in _IBAN_LOOSE.finditer(text):
        raw = re.sub(r"\s", "", m[0])
        for candidate in (raw, "NL" + raw[2:4].translate(_TO_DIGIT) + raw[4:8].translate(_TO_LETTER)
                          + raw[8:].translate(_TO_DIGIT)):  # fmt: skip
            try:
                return normalize_iban(candidate), m[0]
            except ValueError:
                continue
    return None
