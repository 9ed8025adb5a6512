"""Dutch values as printed -> CONTRACT formats; invalid values are refused, never guessed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extraction.normalize import (
    find_iban,
    fold_name,
    normalize_bsn,
    normalize_iban,
    normalize_name,
    normalize_phone,
    normalize_postcode,
    parse_amount,
    parse_date,
    parse_hours,
    parse_month,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("€ 1.234,56", "1234.56"),
        ("1.234,56-", "-1234.56"),
        ("-/- 12,50", "-12.50"),
        ("12,50 Af", "-12.50"),
        ("12,50 Bij", "12.50"),
        ("€ -258,66", "-258.66"),
        ("+ € 1,00", "1.00"),
        ("- € 1,00", "-1.00"),
        ("1234,56", "1234.56"),
        ("EUR 2.000,00", "2000.00"),
        ("0,00", "0.00"),
    ],
)
def test_amounts(text: str, value: str) -> None:
    assert parse_amount(text) == Decimal(value)


@pytest.mark.parametrize("text", ["1,234.56", "12,3", "abc", "1.23,45", ""])
def test_bad_amounts(text: str) -> None:
    with pytest.raises(ValueError):
        parse_amount(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("31-03-2026", date(2026, 3, 31)),
        ("31.03.2026", date(2026, 3, 31)),
        ("31/03/26", date(2026, 3, 31)),
        ("1 maart 2026", date(2026, 3, 1)),
        ("31 mrt 2026", date(2026, 3, 31)),
        ("12 MAA/MAR 1974", date(1974, 3, 12)),
        ("2026-03-31", date(2026, 3, 31)),
    ],
)
def test_dates(text: str, value: date) -> None:
    assert parse_date(text) == value


@pytest.mark.parametrize("text", ["31-02-2026", "32 maart 2026", "maart 2026", "12 foo 2026"])
def test_bad_dates(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_months_and_hours() -> None:
    assert parse_month("februari 2028") == (date(2028, 2, 1), date(2028, 2, 29))
    assert parse_month("mrt 2026") == (date(2026, 3, 1), date(2026, 3, 31))
    assert parse_hours("121,24") == "121.24" and parse_hours("38") == "38.00"
    with pytest.raises(ValueError):
        parse_hours("veel")


def test_identifiers() -> None:
    assert normalize_bsn("1112.22.333") == "111222333"
    assert normalize_bsn("12345678 2".replace(" ", "")) == "123456782"
    with pytest.raises(ValueError, match="11-test"):
        normalize_bsn("111222334")
    assert normalize_iban("nl91 abna 0417 1643 00") == "NL91ABNA0417164300"
    with pytest.raises(ValueError):
        normalize_iban("NL91ABNA0417164301")
    assert normalize_postcode("1011 ab") == "1011AB"
    for bad in ("0123 AB", "1011 SA", "101 AB"):
        with pytest.raises(ValueError):
            normalize_postcode(bad)
    assert normalize_phone("06-12345678") == "+31612345678"
    assert normalize_phone("+31 6 1234 5678") == "+31612345678"
    assert normalize_phone("020-1234567") == "+31201234567"
    with pytest.raises(ValueError):
        normalize_phone("12345")


def test_iban_ocr_repair_only_when_the_checksum_agrees() -> None:
    assert find_iban("IBAN NL91 A8NA 0417 1643 OO") == (
        "NL91ABNA0417164300",
        "NL91 A8NA 0417 1643 OO",
    )
    assert find_iban("NL91ABNA0417164301") is None


def test_names() -> None:
    assert normalize_name("Dhr.  J.P.   van der Berg") == "J.P. van der Berg"
    assert normalize_name("Mevrouw A. de Vries") == "A. de Vries"
    assert fold_name("Müller") == fold_name("MUELLER")
    assert fold_name("VAN<DER<BERG") == fold_name("van der Berg")
    with pytest.raises(ValueError):
        normalize_name("Dhr. 123")


def test_names_lose_punctuation_glued_to_their_ends() -> None:
    assert normalize_name("„BOS -") == "BOS"
    assert normalize_name("—Kaya,") == "Kaya"
    assert normalize_name("'t Hart") == "'t Hart"
    assert normalize_name("J. de Vries") == "J. de Vries"


def test_a_small_l_among_initials_is_a_capital_i() -> None:
    assert normalize_name("S.l. Hendriks") == "S.I. Hendriks"
    assert normalize_name("Heuvel, L.G.l. van den") == "Heuvel, L.G.I. van den"
    assert normalize_name("J. v.d. Berg") == "J. v.d. Berg"  # lower-case abbreviations stay
