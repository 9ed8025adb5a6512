"""id_document layouts."""

from __future__ import annotations
