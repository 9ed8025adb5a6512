"""The CONTRACT's document types and field names (shared/CONTRACT.md, v1)."""

from __future__ import annotations

DOCUMENT_TYPES = ("application_form", "bank_statement", "payslip", "id_document", "other")

FIELDS: dict[str, tuple[str, ...]] = {
    "application_form": (
        "applicant_bsn",
        "applicant_first_names",
        "applicant_surname",
        "applicant_date_of_birth",
        "street",
        "house_number",
        "postcode",
        "city",
        "phone",
        "email",
        "iban",
        "has_partner",
        "partner_bsn",
        "partner_first_names",
        "partner_surname",
        "partner_date_of_birth",
        "children_count",
        "housing_costs",
        "declared_monthly_income",
        "declared_savings",
        "requested_start_date",
        "signature_present",
        "signature_date",
    ),
    "bank_statement": (
        "bank_name",
        "account_holder",
        "iban",
        "statement_period_start",
        "statement_period_end",
        "opening_balance",
        "closing_balance",
    ),
    "payslip": (
        "employer_name",
        "employee_name",
        "employee_bsn",
        "pay_period_start",
        "pay_period_end",
        "gross_pay",
        "wage_tax",
        "net_pay",
        "employee_iban",
        "hours_worked",
    ),
    "id_document": (
        "id_kind",
        "surname",
        "given_names",
        "date_of_birth",
        "sex",
        "nationality",
        "document_number",
        "expiry_date",
        "personal_number",
        "mrz_valid",
    ),
    "other": (),
}

BANK_NAMES = (
    "ING",
    "Rabobank",
    "ABN AMRO",
    "SNS",
    "ASN Bank",
    "RegioBank",
    "Triodos Bank",
    "bunq",
    "Knab",
)
