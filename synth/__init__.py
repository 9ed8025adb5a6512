"""Synthetic Dutch documents with ground truth: the project's test-data engine."""
