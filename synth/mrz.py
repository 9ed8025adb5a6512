"""ICAO 9303 machine-readable zones: TD3 (passports, 2 x 44) and TD1 (cards, 3 x 30).

Check digits use weights 7-3-1 over the character values `0-9` = 0-9, `A-Z` = 10-35 and
`<` = 0, modulo 10. Names are transliterated with the ICAO 9303 Part 3 recommendations
(Ä -> AE, Ö -> OE, Ü -> UE, ß -> SS, other accents dropped), spaces and hyphens become `<`,
apostrophes are omitted, and the surname comes first with its prefix: `VAN<DER<BERG<<JAN`.

Dutch conventions: the BSN is the personal number, in TD3 line 2 positions 29-42 with its
own check digit at 43; on TD1 cards it fills line 1 positions 16-24 (the optional data after
the document number check digit) and its check digit sits at position 30, as on the Dutch
specimen `I<NLDSPECI20212999999990<<<<<8`.
"""

from __future__ import annotations

import unicodedata
from datetime import date

FILLER = "<"

# ICAO 9303 Part 3, section 6 (transliteration of multinational Latin characters); the
# recommended forms, not the alternatives.
_TRANSLIT = {
    "Ä": "AE",
    "Å": "AA",
    "Æ": "AE",
    "Ö": "OE",
    "Ø": "OE",
    "Ü": "UE",
    "ß": "SS",
    "Œ": "OE",
    "Þ": "TH",
    "Ð": "D",
    "Đ": "D",
    "Ł": "L",
    "Ĳ": "IJ",
    "Ŋ": "N",
    "Ħ": "H",
    "Ŧ": "T",
    "ı": "I",
    "ẞ": "SS",
}

# ISO 3166-1 alpha-3 -> the code an MRZ carries, where they differ (Germany is 'D').
_MRZ_STATE = {"DEU": "D"}


def char_value(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if "A" <= ch <= "Z":
        return ord(ch) - ord("A") + 10
    if ch == FILLER:
        return 0
    raise ValueError(f"not an MRZ character: {ch!r}")


def check_digit(s: str) -> str:
    """The ICAO 9303 check digit of `s` (weights 7, 3, 1 repeating; modulo 10)."""
    weights = (7, 3, 1)
    return str(sum(char_value(ch) * weights[i % 3] for i, ch in enumerate(s)) % 10)


def transliterate(text: str) -> str:
    """Upper-case MRZ characters for a name: diacritics folded, separators turned into `<`."""
    out: list[str] = []
    for ch in text.upper():
        if ch in _TRANSLIT:
            out.append(_TRANSLIT[ch])
            continue
        if ch in " -,.":
            out.append(FILLER)
            continue
        if ch in "'’`":  # apostrophes are omitted
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append("".join(c for c in base if "A" <= c <= "Z" or c.isdigit()))
    name = "".join(out)
    while FILLER * 2 in name:
        name = name.replace(FILLER * 2, FILLER)
    return name.strip(FILLER)


def name_field(surname: str, given_names: str, width: int) -> str:
    """`PRIMARY<<SECONDARY` padded or truncated to `width`.

    Too long a name is cut at `width` (secondary identifiers lose their last characters first);
    a truncated field ends in a letter where possible, which signals the truncation.
    """
    primary, secondary = transliterate(surname), transliterate(given_names)
    full = primary + (FILLER * 2 + secondary if secondary else "")
    if len(full) <= width:
        return full.ljust(width, FILLER)
    cut = full[:width]
    if cut.endswith(FILLER):
        cut = cut.rstrip(FILLER)
    return cut.ljust(width, FILLER)


def state_code(alpha3: str) -> str:
    """The 3-character MRZ code of a state or nationality (`DEU` -> `D<<`)."""
    return _MRZ_STATE.get(alpha3, alpha3).ljust(3, FILLER)


def mrz_date(d: date) -> str:
    return d.strftime("%y%m%d")


def _sex(sex: str) -> str:
    return sex if sex in ("M", "F") else FILLER


def _field(value: str, width: int) -> str:
    value = value.upper().replace(" ", FILLER)
    if len(value) > width:
        raise ValueError(f"{value!r} longer than {width}")
    return value.ljust(width, FILLER)


def td3(
    *,
    issuing_state: str,
    surname: str,
    given_names: str,
    document_number: str,
    nationality: str,
    date_of_birth: date,
    sex: str,
    expiry_date: date,
    personal_number: str = "",
    document_code: str = "P<",
) -> list[str]:
    """The two 44-character lines of a passport's MRZ (states as ISO alpha-3)."""
    line1 = (
        _field(document_code, 2) + state_code(issuing_state) + name_field(surname, given_names, 39)
    )
    number = _field(document_number, 9)
    personal = _field(personal_number, 14)
    # an unused personal number has a filler check digit (ICAO 9303 Part 4, 4.2.2.2)
    personal_cd = check_digit(personal) if personal_number else FILLER
    dob, exp = mrz_date(date_of_birth), mrz_date(expiry_date)
    line2 = (
        number
        + check_digit(number)
        + state_code(nationality)
        + dob
        + check_digit(dob)
        + _sex(sex)
        + exp
        + check_digit(exp)
        + personal
        + personal_cd
    )
    composite = line2[0:10] + line2[13:20] + line2[21:43]
    line2 += check_digit(composite)
    assert len(line1) == 44 and len(line2) == 44
    return [line1, line2]


def td1(
    *,
    issuing_state: str,
    surname: str,
    given_names: str,
    document_number: str,
    nationality: str,
    date_of_birth: date,
    sex: str,
    expiry_date: date,
    personal_number: str = "",
    optional_data: str = "",
    document_code: str = "I<",
) -> list[str]:
    """The three 30-character lines of an ID card's or residence permit's MRZ.

    `personal_number` (the BSN on Dutch cards) goes into line 1 positions 16-24 with its check
    digit at position 30; otherwise `optional_data` fills positions 16-30 as given.
    """
    number = _field(document_number, 9)
    if personal_number:
        padded = _field(personal_number, 14)
        optional1 = padded + check_digit(padded)
    else:
        optional1 = _field(optional_data, 15)
    line1 = (
        _field(document_code, 2)
        + state_code(issuing_state)
        + number
        + check_digit(number)
        + optional1
    )
    dob, exp = mrz_date(date_of_birth), mrz_date(expiry_date)
    line2 = (
        dob
        + check_digit(dob)
        + _sex(sex)
        + exp
        + check_digit(exp)
        + state_code(nationality)
        + FILLER * 11
    )
    composite = line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]
    line2 += check_digit(composite)
    line3 = name_field(surname, given_names, 30)
    assert len(line1) == len(line2) == len(line3) == 30
    return [line1, line2, line3]


# positions (0-based, end exclusive) of the personal number inside the MRZ, for masking
TD3_PERSONAL_NUMBER = (1, 28, 42)  # line index, start, end
TD1_PERSONAL_NUMBER = (0, 15, 29)
