"""ICAO 9303 machine-readable zones as read by OCR: cleaning, parsing and check digits.

Two formats are read: TD3 (passports, 2 lines of 44) and TD1 (ID cards and residence permits,
3 lines of 30). Check digits use weights 7-3-1 over `0-9` = 0-9, `A-Z` = 10-35, `<` = 0.

OCR of an MRZ confuses the filler `<` with `K`, `c`, `x`, `«`, and `O`/`0`, `I`/`1`, `B`/`8`,
`S`/`5`, `Z`/`2` and `G`/`6`. Fields that can only hold digits (dates, check digits, the BSN)
take the digit reading of a letter; the document number (letters and digits) is corrected only
when a substitution makes its check digit pass.

Dutch conventions: the BSN is the personal number; on TD3 in line 2 positions 29-42 with its
check digit at 43, on TD1 in line 1 positions 16-24 with its check digit at 30 (specimen
`I<NLDSPECI20212999999990<<<<<8`). A KopieID copy blacks out those BSN digits; such positions
are `MASK` here and the checks that cover them (the personal number's and the composite) are
not applied, see `Mrz.checks`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date

FILLER = "<"
MASK = "#"  # a character hidden under a black bar (text layers show it as '█')
UNKNOWN = "?"  # a character OCR gave as something that is no MRZ character

TD3_LEN, TD1_LEN = 44, 30

_TO_DIGIT = str.maketrans({"O": "0", "Q": "0", "D": "0", "U": "0", "I": "1", "L": "1", "Z": "2",
                           "S": "5", "B": "8", "G": "6", "A": "4", "T": "7"})  # fmt: skip
_TO_LETTER = str.maketrans({"0": "O", "1": "I", "2": "Z", "5": "S", "8": "B", "6": "G", "4": "A",
                            "7": "T"})  # fmt: skip
# pairs a document number's characters are swapped between when its check digit fails
_AMBIGUOUS = {"O": "0", "0": "O", "I": "1", "1": "I", "B": "8", "8": "B", "S": "5", "5": "S",
              "Z": "2", "2": "Z", "G": "6", "6": "G", "D": "0", "Q": "0"}  # fmt: skip

# ICAO codes for states whose MRZ code is not the ISO alpha-3 code
_STATE_ISO = {"D": "DEU", "GBD": "GBR", "GBN": "GBR", "GBO": "GBR", "GBP": "GBR", "GBS": "GBR",
              "UNO": "UNO", "UNA": "UNA", "UNK": "UNK", "EUE": "EUE"}  # fmt: skip


def char_value(ch: str) -> int:
    if "0" <= ch <= "9":
        return ord(ch) - ord("0")
    if "A" <= ch <= "Z":
        return ord(ch) - ord("A") + 10
    if ch == FILLER:
        return 0
    raise ValueError(f"not an MRZ character: {ch!r}")


def mrz_check_digit(s: str) -> str:
    """The ICAO 9303 check digit of `s` as a character '0'-'9' (weights 7, 3, 1; modulo 10).

    Raises ValueError when `s` holds a character that is not `A-Z`, `0-9` or `<`.
    """
    return str(sum(char_value(ch) * (7, 3, 1)[i % 3] for i, ch in enumerate(s)) % 10)


def check(value: str, digit: str) -> bool | None:
    """Does `digit` check `value`? None when either holds a masked character."""
    if MASK in value or MASK in digit:
        return None
    digit = digit.translate(_TO_DIGIT)
    try:
        return mrz_check_digit(value) == digit
    except ValueError:
        return False


def clean(text: str) -> str:
    """OCR text of one MRZ line to MRZ characters (spaces dropped; unknown characters `?`)."""
    t = text.replace(" ", "").replace("«", "<<").replace("»", "<<").replace("‹", "<")
    out = []
    for ch in t:
        if ch == "█" or ch == "■":
            out.append(MASK)
        elif ("A" <= ch <= "Z") or ("0" <= ch <= "9") or ch == FILLER:
            out.append(ch)
        elif ch in "ckxe(){}[]|≤":
            out.append(FILLER)
        elif ch.isascii() and ch.isalpha():
            out.append(ch.upper())
        else:
            out.append(UNKNOWN)
    return "".join(out)


def mrz_like(text: str) -> bool:
    """Could this (a word or a run of words) be (part of) an MRZ line?"""
    t = clean(text)
    if len(t) < 12:
        return False
    good = sum(ch not in (UNKNOWN,) for ch in t)
    return good / len(t) >= 0.85 and (t.count(FILLER) >= 2 or MASK in t or len(t) >= 26)


def iso_state(code: str) -> str:
    """An MRZ state/nationality code to ISO 3166-1 alpha-3 (`D<<` -> `DEU`); ICAO's own codes
    (XXA stateless, XXB refugee, XXC, XXX) are kept."""
    c = code.strip(FILLER).translate(_TO_LETTER)
    return _STATE_ISO.get(c, c)


def _digits(s: str) -> str:
    return s.translate(_TO_DIGIT)


def _letters(s: str) -> str:
    return s.translate(_TO_LETTER)


def dutch_number(value: str) -> str:
    """A Dutch document number (passport, ID card, residence permit: two letters, six letters
    or digits, a digit) never uses the letter O: an O read after the first two positions is a
    zero, and the last character is a digit."""
    if len(value) != 9 or UNKNOWN in value or MASK in value:
        return value
    return value[:2] + value[2:8].replace("O", "0") + value[8].translate(_TO_DIGIT)


def correct_number(value: str, digit: str) -> tuple[str, bool]:
    """A document number whose check digit fails, corrected by the one O/0, I/1, B/8, S/5, Z/2
    or G/6 swap that makes it pass (none when no swap or several do). Returns (value, passed).
    One swap only: with more, some wrong combination passes the 1-in-10 check by chance."""
    if check(value, digit):
        return value, True
    if UNKNOWN in value or MASK in value:
        return value, False
    found = []
    for i, ch in enumerate(value):
        if ch in _AMBIGUOUS:
            cand = value[:i] + _AMBIGUOUS[ch] + value[i + 1 :]
            if check(cand, digit):
                found.append(cand)
    if len(found) == 1:
        return found[0], True
    return value, False


def parse_yymmdd(s: str) -> tuple[int, int, int] | None:
    d = _digits(s)
    if not d.isdigit() or len(d) != 6:
        return None
    y, m, dd = int(d[:2]), int(d[2:4]), int(d[4:])
    try:
        date(2000 + y, m, dd)
    except ValueError:
        try:
            date(1900 + y, m, dd)  # 29 February of 1900 + y only
        except ValueError:
            return None
    return y, m, dd


def birth_date(yymmdd: str, today: date, hint_years: tuple[int, ...] = ()) -> date | None:
    """The century of a birth date: a printed date's year when one matches, else the latest
    century that does not put the birth in the future."""
    p = parse_yymmdd(yymmdd)
    if p is None:
        return None
    y, m, d = p
    for year in hint_years:
        if year % 100 == y:
            try:
                return date(year, m, d)
            except ValueError:
                pass
    for century in (2000, 1900):
        try:
            out = date(century + y, m, d)
        except ValueError:
            continue
        if out <= today:
            return out
    return None


def expiry_date(yymmdd: str) -> date | None:
    """Expiry dates are in this century."""
    p = parse_yymmdd(yymmdd)
    if p is None:
        return None
    try:
        return date(2000 + p[0], p[1], p[2])
    except ValueError:
        return None


@dataclass(slots=True)
class Mrz:
    """A parsed MRZ. `checks` maps a check name to True (passed), False (failed) or None (not
    applied: the field is masked, or empty with a filler check digit)."""

    format: str  # TD1 or TD3
    lines: list[str]
    document_code: str
    issuing_state: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    birth: str  # YYMMDD
    sex: str  # M, F, X ('<' in the MRZ) or '?' when unreadable
    expiry: str  # YYMMDD
    personal_number: str  # '' when empty; contains MASK when masked
    checks: dict[str, bool | None] = field(default_factory=dict)
    names_truncated: bool = False
    corrections: int = 0  # characters of the document number changed to make its check pass

    @property
    def masked(self) -> bool:
        return any(MASK in line for line in self.lines)

    @property
    def valid(self) -> bool:
        """All applicable check digits pass."""
        return all(v is not False for v in self.checks.values())

    def score(self) -> float:
        """For choosing between readings: passed checks count, failures cost, a readable
        structure (sex, nationality, dates) helps break ties."""
        s = sum(1.0 for v in self.checks.values() if v) - sum(
            1.5 for v in self.checks.values() if v is False
        )
        s += 0.3 * (self.sex in "MFX") + 0.3 * bool(re.fullmatch(r"[A-Z]{1,3}", self.nationality))
        s += 0.2 * (parse_yymmdd(self.birth) is not None) + 0.2 * (
            parse_yymmdd(self.expiry) is not None
        )
        s += 0.2 * bool(re.fullmatch(r"[A-Z]+( [A-Z]+)*", self.surname))
        s += 0.3 * bool(re.fullmatch(r"[A-Z]{3}", self.issuing_state))
        s += 0.3 * (self.document_code[:1] in "PIACV")
        s -= 0.1 * sum(line.count(UNKNOWN) for line in self.lines) + 0.6 * self.corrections
        tokens = (self.surname + " " + self.given_names).split()
        s -= 0.2 * sum(len(t) == 1 for t in tokens)  # '<' read as S, K, C between fillers
        return s


def names(field_: str) -> tuple[str, str, bool]:
    """`VAN<DER<BERG<<JAN<PIETER<<<<` -> ('VAN DER BERG', 'JAN PIETER', truncated)."""
    truncated = not field_.endswith(FILLER)
    # real names never hold three fillers in a row: all after the first '<<<' is filler that
    # OCR read as letters (K, C, X ...)
    cut = field_.find(FILLER * 3)
    body = field_ if cut < 0 else field_[:cut]
    body = _letters(body).replace(UNKNOWN, "").replace(MASK, "")
    primary, _, secondary = body.partition(FILLER * 2)

    def spaced(s: str) -> str:
        return " ".join(s.replace(FILLER, " ").split())

    return spaced(primary), spaced(secondary), truncated


def _sex(ch: str) -> str:
    ch = {"H": "M", "N": "M", "E": "F", "P": "F"}.get(ch, ch)
    if ch in ("M", "F"):
        return ch
    if ch == FILLER or ch == "X":
        return "X"
    return UNKNOWN


def fillerish(s: str) -> str:
    """A run that should be filler, read by OCR as `S`, `K`, `C`, ... between `<`: all filler."""
    if s and all(ch in "<SKCXELH" for ch in s) and s.count(FILLER) * 2 >= len(s):
        return FILLER * len(s)
    return s


def _personal(value: str, digit: str, *, bsn: bool) -> tuple[str, bool | None]:
    """A personal-number field and its check: None when masked, or empty with a filler/0 digit.
    A BSN is 9 digits followed by fillers, so its letters are read as digits and what follows
    as filler; another state's personal number is corrected like a document number."""
    if MASK in value[:9] or MASK in digit:
        return value.rstrip(FILLER), None
    if value.strip(FILLER) == "" and digit in (FILLER, "0"):
        return "", None
    if bsn:
        v = _digits(value[:9])
        return v, check(v.ljust(len(value), FILLER), digit)
    fixed, ok = correct_number(value, digit)
    return fixed.rstrip(FILLER), ok


def parse_td3(l1: str, l2: str) -> Mrz:
    if len(l1) != TD3_LEN or len(l2) != TD3_LEN:
        raise ValueError("TD3 lines must be 44 characters")
    surname, given, trunc = names(l1[5:44])
    raw_number = dutch_number(l2[0:9]) if iso_state(l1[2:5]) == "NLD" else l2[0:9]
    number, num_ok = correct_number(raw_number, l2[9])
    birth, birth_cd = _digits(l2[13:19]), l2[19]
    expiry, exp_cd = _digits(l2[21:27]), l2[27]
    if iso_state(l1[2:5]) == "NLD":
        l2 = l2[:37] + fillerish(l2[37:42]) + l2[42:]
    personal, personal_ok = _personal(l2[28:42], l2[42], bsn=iso_state(l1[2:5]) == "NLD")
    fixed2 = (number + _digits(l2[9]) + l2[10:13] + birth + _digits(birth_cd) + l2[20] + expiry
              + _digits(exp_cd) + personal.ljust(14, FILLER) + l2[42:44])  # fmt: skip
    composite = fixed2[0:10] + fixed2[13:20] + fixed2[21:43]
    comp_ok = check(composite, l2[43]) if len(fixed2) == TD3_LEN else False
    corrections = int(number != raw_number)
    # the composite weighs the number as its own check digit does, so it cannot confirm a
    # correction; a failing composite does make one doubtful
    if corrections and comp_ok is False:
        number, num_ok, corrections = raw_number, False, 0
    checks = {
        "document_number": num_ok,
        "date_of_birth": check(birth, birth_cd),
        "expiry_date": check(expiry, exp_cd),
        "personal_number": personal_ok,
        "composite": comp_ok,
    }
    return Mrz("TD3", [l1, l2], l1[0:2], iso_state(l1[2:5]), surname, given, number.rstrip(FILLER),
               iso_state(l2[10:13]), birth, _sex(l2[20]), expiry, personal, checks, trunc,
               corrections)  # fmt: skip


def parse_td1(l1: str, l2: str, l3: str) -> Mrz:
    if not len(l1) == len(l2) == len(l3) == TD1_LEN:
        raise ValueError("TD1 lines must be 30 characters")
    state = iso_state(l1[2:5])
    optional1 = l1[15:30]
    if l1[14] == FILLER and optional1.strip(FILLER):  # a long number continues in the optional data
        rest = optional1.split(FILLER)[0]
        number, num_ok = correct_number(l1[5:14] + rest[:-1], rest[-1:] or FILLER)
        personal, personal_ok = "", None
    else:
        number, num_ok = correct_number(
            dutch_number(l1[5:14]) if state == "NLD" else l1[5:14], l1[14]
        )
        personal, personal_ok = "", None
        if state == "NLD":  # the BSN in positions 16-24, its check digit at 30
            l1 = l1[:24] + fillerish(l1[24:29]) + l1[29:]
            personal, personal_ok = _personal(l1[15:29], l1[29], bsn=True)
    l2 = l2[:18] + fillerish(l2[18:29]) + l2[29:]
    birth, birth_cd = _digits(l2[0:6]), l2[6]
    expiry, exp_cd = _digits(l2[8:14]), l2[14]
    fixed1 = l1[:5] + number.ljust(9, FILLER)[:9] + l1[14:]
    if state == "NLD" and personal and MASK not in personal:
        fixed1 = fixed1[:15] + personal.ljust(14, FILLER) + fixed1[29]
    composite = fixed1[5:30] + birth + _digits(birth_cd) + expiry + _digits(exp_cd) + l2[18:29]
    comp_ok = check(composite, l2[29])
    raw_number = dutch_number(l1[5:14]) if state == "NLD" else l1[5:14]
    corrections = int(not number.startswith(raw_number.rstrip(FILLER)))
    if corrections and comp_ok is False:
        number, num_ok, corrections = raw_number, False, 0
    checks = {
        "document_number": num_ok,
        "date_of_birth": check(birth, birth_cd),
        "expiry_date": check(expiry, exp_cd),
        "personal_number": personal_ok,
        "composite": comp_ok,
    }
    surname, given, trunc = names(l3)
    return Mrz("TD1", [l1, l2, l3], l1[0:2], state, surname, given, number.rstrip(FILLER),
               iso_state(l2[15:18]), birth, _sex(l2[7]), expiry, personal, checks, trunc,
               corrections)  # fmt: skip


def fit(line: str, width: int, *, anchor_right: bool = False, max_shift: int = 3) -> list[str]:
    """Readings of `line` at exactly `width` characters: OCR drops or adds fillers, so runs of
    `<` are grown or shrunk (and a short line padded, a long one cut) to get the length right."""
    n = len(line)
    if n == width:
        return [line]
    if abs(n - width) > max_shift * 4:
        return []
    out: list[str] = []
    runs = [(m.start(), m.end()) for m in re.finditer(r"<+", line)]
    d = width - n
    if d > 0:
        out.append(FILLER * d + line if anchor_right else line + FILLER * d)
        if line[1:2] != FILLER:  # 'I<NLD...' read as 'INLD...': the code's filler lost
            out.append(line[:1] + FILLER * d + line[1:])
        for _, b in reversed(runs):
            out.append(line[:b] + FILLER * d + line[b:])
    else:
        if line.endswith(FILLER * -d) or not anchor_right:
            out.append(line[:width])
        for a, b in reversed(runs):
            if b - a >= -d:
                out.append(line[: b + d] + line[b:])
        out.append(line[-width:])
    seen: list[str] = []
    for cand in out:
        if len(cand) == width and cand not in seen:
            seen.append(cand)
    return seen


def parse_lines(lines: list[str]) -> Mrz | None:
    """The best parse of 2 (TD3) or 3 (TD1) cleaned lines, trying length fixes."""
    if len(lines) == 2:
        width, parser = TD3_LEN, parse_td3
    elif len(lines) == 3:
        width, parser = TD1_LEN, parse_td1
    else:
        return None
    options = [fit(line, width, anchor_right=False) for line in lines]
    if not all(options):
        return None
    best: Mrz | None = None
    best_score = -1e9
    for combo in itertools.islice(itertools.product(*options), 200):
        try:
            m = parser(*combo)
        except ValueError:
            continue
        # a reading that needed no length fix is more trustworthy
        score = m.score() - 0.1 * sum(c != line for c, line in zip(combo, lines, strict=True))
        if score > best_score:
            best, best_score = m, score
    return best
