"""bank_statement layouts."""

from __future__ import annotations
