"""Per-document checks with stable dotted codes (documented in the README)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from extraction.payslip import reconcile
from extraction.result import (
    FAIL,
    MISSING,
    PASS,
    SKIPPED,
    CheckResult,
    FieldResult,
    TransactionResult,
)

Fields = dict[str, FieldResult]
Facts = Mapping[str, Any]  # what the extractor read besides the fields (Extraction.facts)
REQUIRED: dict[str, tuple[str, ...]] = {
    "payslip": ("employer_name", "employee_name", "gross_pay", "net_pay", "pay_period_start", "pay_period_end"),
    "bank_statement": ("iban", "statement_period_start", "statement_period_end"),
    "application_form": (
        "applicant_bsn", "applicant_first_names", "applicant_surname", "applicant_date_of_birth",
        "street", "house_number", "postcode", "city", "iban", "has_partner", "signature_present",
    ),
    "id_document": ("surname", "date_of_birth", "document_number", "expiry_date"),
}  # fmt: skip


def _v(fields: Fields, name: str) -> object:
    f = fields.get(name)
    return None if f is None else f.value


def _skip(code: str, *missing: str) -> CheckResult:
    return CheckResult(
        code, SKIPPED, f"Niet gecontroleerd: {', '.join(missing)} ontbreekt of is onleesbaar."
    )


def required_present(doc_type: str, fields: Fields) -> CheckResult:
    code = f"{doc_type}.required_fields"
    absent = [
        n
        for n in REQUIRED.get(doc_type, ())
        if fields.get(n) is None or fields[n].status == MISSING
    ]
    if absent:
        return CheckResult(code, FAIL, f"Verplichte gegevens ontbreken: {', '.join(absent)}.")
    return CheckResult(code, PASS, "Alle verplichte gegevens staan op het document.")


def valid_identifier(code: str, fields: Fields, name: str, what: str) -> CheckResult:
    """Fails when the document prints the identifier but it fails its validator."""
    f = fields.get(name)
    if f is None or f.status == MISSING:
        return _skip(code, name)
    if f.value is None or any("fails" in p or "invalid" in p for p in f.problems):
        return CheckResult(
            code, FAIL, f"{what} '{f.text}' is ongeldig: {'; '.join(f.problems) or 'onleesbaar'}."
        )
    return CheckResult(code, PASS, f"{what} {f.value} is geldig.")


def payslip_checks(fields: Fields, _tx: list[TransactionResult], facts: Facts) -> list[CheckResult]:
    out = [required_present("payslip", fields)]
    gross, net, tax = _v(fields, "gross_pay"), _v(fields, "net_pay"), _v(fields, "wage_tax")
    code = "payslip.net_not_above_gross"
    if gross is None or net is None:
        out.append(
            _skip(code, *[n for n, v in (("gross_pay", gross), ("net_pay", net)) if v is None])
        )
    elif Decimal(str(net)) > Decimal(str(gross)):
        out.append(CheckResult(code, FAIL, f"Nettoloon {net} is hoger dan brutoloon {gross}."))
    else:
        out.append(CheckResult(code, PASS, f"Nettoloon {net} is niet hoger dan brutoloon {gross}."))
    code = "payslip.wage_tax_below_gross"
    if gross is None or tax is None:
        out.append(
            _skip(code, *[n for n, v in (("gross_pay", gross), ("wage_tax", tax)) if v is None])
        )
    elif Decimal(str(tax)) >= Decimal(str(gross)):
        out.append(
            CheckResult(code, FAIL, f"Loonheffing {tax} is niet lager dan brutoloon {gross}.")
        )
    else:
        out.append(CheckResult(code, PASS, f"Loonheffing {tax} is lager dan brutoloon {gross}."))
    code = "payslip.period_plausible"
    start, end = _v(fields, "pay_period_start"), _v(fields, "pay_period_end")
    if start is None or end is None:
        out.append(_skip(code, "pay_period_start/pay_period_end"))
    else:
        days = (date.fromisoformat(str(end)) - date.fromisoformat(str(start))).days + 1
        ok = 27 <= days <= 31
        out.append(CheckResult(code, PASS if ok else FAIL,
                               f"Loonperiode {start} t/m {end} is {days} dagen."))  # fmt: skip
    # gross - wage tax - other deductions + additions = net, over the wage-component lines read
    # (over the net wage: the payout after netto lines is reconciled from it)
    r = reconcile(gross, tax, facts.get("net_wage", net), facts.get("wage_components"))
    out.append(CheckResult("payslip.net_reconciles", r.status, r.message))
    return out


def statement_checks(
    fields: Fields, tx: list[TransactionResult], _facts: Facts
) -> list[CheckResult]:
    out = [
        required_present("bank_statement", fields),
        valid_identifier("bank_statement.iban_valid", fields, "iban", "IBAN"),
    ]
    code = "bank_statement.balance_adds_up"
    opening, closing = _v(fields, "opening_balance"), _v(fields, "closing_balance")
    if opening is None or closing is None or any(t.amount is None for t in tx):
        out.append(_skip(code, "opening_balance/closing_balance of een bedrag"))
    else:
        total = sum((Decimal(t.amount) for t in tx if t.amount is not None), Decimal("0"))
        expect = Decimal(str(opening)) + total
        ok = expect == Decimal(str(closing))
        msg = (f"Beginsaldo {opening} + mutaties {total:.2f} = {expect:.2f}"
               f"{'' if ok else ', maar het eindsaldo is'} {'' if ok else closing}").strip()  # fmt: skip
        out.append(CheckResult(code, PASS if ok else FAIL, msg + "."))
    code = "bank_statement.dates_in_period"
    start, end = _v(fields, "statement_period_start"), _v(fields, "statement_period_end")
    if start is None or end is None:
        out.append(_skip(code, "statement_period_start/statement_period_end"))
    else:
        outside = [t.date for t in tx if t.date and not (str(start) <= t.date <= str(end))]
        ok = not outside
        out.append(CheckResult(code, PASS if ok else FAIL,
                               "Alle boekingen vallen in de periode." if ok
                               else f"Boekingen buiten de periode {start} t/m {end}: {', '.join(outside[:5])}."))  # fmt: skip
    return out


def form_checks(fields: Fields, _tx: list[TransactionResult], _facts: Facts) -> list[CheckResult]:
    out = [
        required_present("application_form", fields),
        valid_identifier("application_form.bsn_valid", fields, "applicant_bsn", "BSN"),
        valid_identifier("application_form.iban_valid", fields, "iban", "IBAN"),
    ]
    code = "application_form.partner_fields"
    has_partner = _v(fields, "has_partner")
    partner = ["partner_bsn", "partner_first_names", "partner_surname", "partner_date_of_birth"]
    if has_partner is None:
        out.append(_skip(code, "has_partner"))
    else:
        filled = [n for n in partner if fields.get(n) is not None and fields[n].status != MISSING]
        if has_partner and len(filled) < len(partner):
            missing = sorted(set(partner) - set(filled))
            out.append(
                CheckResult(
                    code, FAIL, f"Partner aangekruist, maar ontbreekt: {', '.join(missing)}."
                )
            )
        elif not has_partner and filled:
            out.append(
                CheckResult(
                    code, FAIL, f"Geen partner aangekruist, maar ingevuld: {', '.join(filled)}."
                )
            )
        else:
            out.append(
                CheckResult(
                    code, PASS, "Partnergegevens passen bij het antwoord op de partnervraag."
                )
            )
    code = "application_form.signed_and_dated"
    signed, when = _v(fields, "signature_present"), _v(fields, "signature_date")
    if signed is None:
        out.append(_skip(code, "signature_present"))
    elif not signed:
        out.append(CheckResult(code, FAIL, "Het formulier is niet ondertekend."))
    elif when is None:
        out.append(CheckResult(code, FAIL, "Het formulier is ondertekend maar niet gedateerd."))
    else:
        out.append(CheckResult(code, PASS, f"Ondertekend op {when}."))
    return out


def id_checks(fields: Fields, _tx: list[TransactionResult], facts: Facts) -> list[CheckResult]:
    out = [required_present("id_document", fields)]
    code = "id_document.mrz_check_digits"
    valid = _v(fields, "mrz_valid")
    # a KopieID copy blacked out the BSN: its check digit and the total one cannot be checked
    masked = (
        " Het BSN is afgeschermd (KopieID-kopie) en niet gecontroleerd."
        if facts.get("masked_copy")
        else ""
    )
    if valid is None:
        out.append(_skip(code, "mrz_valid"))
    else:
        out.append(CheckResult(code, PASS if valid else FAIL,
                               ("De controlecijfers van de MRZ kloppen." if valid
                                else "Een controlecijfer van de MRZ klopt niet.") + masked))  # fmt: skip
    code = "id_document.expiry_present"
    expiry = _v(fields, "expiry_date")
    out.append(CheckResult(code, PASS, f"Geldig tot {expiry}.") if expiry
               else CheckResult(code, FAIL, "De vervaldatum is niet gevonden."))  # fmt: skip
    return out


CHECKS: dict[str, Callable[[Fields, list[TransactionResult], Facts], list[CheckResult]]] = {
    "payslip": payslip_checks,
    "bank_statement": statement_checks,
    "application_form": form_checks,
    "id_document": id_checks,
}


def run_checks(
    doc_type: str, fields: Fields, tx: list[TransactionResult], facts: Facts | None = None
) -> list[CheckResult]:
    fn = CHECKS.get(doc_type)
    return fn(fields, tx, facts or {}) if fn else []
