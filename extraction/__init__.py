"""Classification, field extraction, validation and assessment: pure functions over `ocr` layouts."""
