"""application_form layouts."""

from __future__ import annotations
