"""Importing this package registers every layout (each `*_more` / `*_extra` module after its type's own)."""

from synth.layouts import (  # noqa: F401
    application_form,
    application_form_extra,
    application_form_more,
    application_form_new,
    bank_statement,
    bank_statement_bigbank,
    bank_statement_extra,
    bank_statement_more,
    id_document,
    other,
    payslip,
    payslip_extra,
    payslip_more,
    payslip_new,
    payslip_post,
    payslip_provider,
)
from synth.layouts.base import REGISTRY, Layout, layouts_for

__all__ = ["REGISTRY", "Layout", "layouts_for"]
