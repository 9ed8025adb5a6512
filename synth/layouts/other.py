"""other layouts."""

from __future__ import annotations
