"""Importing this package registers every layout."""

from synth.layouts import application_form, bank_statement, id_document, other, payslip  # noqa: F401
from synth.layouts.base import REGISTRY, Layout, layouts_for

__all__ = ["REGISTRY", "Layout", "layouts_for"]
