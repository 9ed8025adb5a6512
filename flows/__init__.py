"""Prefect flows that orchestrate `ocr` and `extraction` for the intake service."""
