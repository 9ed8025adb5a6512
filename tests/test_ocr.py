"""OCR core on the committed fixtures, with the real Tesseract."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest

from ocr import (
    CorruptFileError,
    EmptyFileError,
    EncryptedFileError,
    OcrOptions,
    TooManyPagesError,
    TooManyPixelsError,
    UnsupportedFileError,
    ocr_region,
    read_layout,
    render_page,
)
from ocr.pipeline import prepare
from ocr.sniff import sniff
from ocr.types import Layout

FIX = Path(__file__).parent / "fixtures"
EXPECTED = json.loads((FIX / "expected.json").read_text())["payslip_words"]


def _read(name: str, **opts: object) -> Layout:
    return read_layout((FIX / name).read_bytes(), name, OcrOptions(**opts))  # type: ignore[arg-type]


def _assert_payslip_words(layout: Layout) -> None:
    words = {w.text for p in layout.pages for w in p.words}
    for expected in EXPECTED:
        assert expected in words, f"{expected!r} not read; got {sorted(words)[:40]}"


@pytest.mark.parametrize(
    ("name", "rotation"),
    [
        ("payslip_scan.jpg", 0),
        ("payslip_rot90.jpg", 270),
        ("payslip_rot180.jpg", 180),
        ("payslip_rot270.jpg", 90),
        ("payslip_exif6.jpg", 0),
        ("payslip_fax_110dpi.png", 0),
        ("payslip_photo.heic", 0),
    ],
)
def test_scans_are_read_upright(name: str, rotation: int) -> None:
    layout = _read(name)
    page = layout.pages[0]
    assert page.ocr is True
    assert page.rotation == rotation
    _assert_payslip_words(layout)
    assert all(0 <= v <= 1 for w in page.words for v in w.bbox)
    assert all(0 <= w.confidence <= 1 for w in page.words)


def test_photo_is_cropped_to_the_page() -> None:
    page = _read("payslip_photo.heic").pages[0]
    assert "crop" in page.steps
    # the first line (employer name) starts near the top of the cropped page, not of the photo
    first = min(page.words, key=lambda w: w.bbox[1])
    assert first.bbox[1] < 0.12


def test_fax_is_upscaled() -> None:
    page = _read("payslip_fax_110dpi.png").pages[0]
    assert any(s.startswith("upscale") for s in page.steps)


def test_digital_pdf_uses_text_layer_with_boxes() -> None:
    layout = _read("payslip_digital.pdf")
    page = layout.pages[0]
    assert page.ocr is False and page.steps == ("text-layer",)
    assert (page.width, page.height) == (595, 842)
    _assert_payslip_words(layout)
    bsn = next(w for w in page.words if w.text == EXPECTED[1])
    x0, y0, x1, y1 = bsn.bbox
    assert 0 < x0 < x1 < 1 and 0 < y0 < y1 < 0.5
    # words on one printed line share a line number, and lines are numbered top to bottom
    lines = [w.line for w in page.words]
    assert lines == sorted(lines)


def test_a_hyphen_ending_a_line_does_not_join_two_lines() -> None:
    """PDFium reports 'bank-' at a line's end followed by 'en' on the next as one hyphenated word
    ('bank\ufffeen'), its box spanning both lines: the hyphen stays and the words stay apart."""
    from synth.canvas import DocCanvas

    c = DocCanvas(title="t")
    c.text(20, 40, "5.4 Hoeveel geld heeft u op al uw bank-", size=9)
    c.text(28, 44, "en spaarrekeningen samen?", size=9)
    words = read_layout(c.finish().pdf, "form.pdf").pages[0].words
    assert [w.text for w in words] == ["5.4", "Hoeveel", "geld", "heeft", "u", "op", "al", "uw",
                                       "bank-", "en", "spaarrekeningen", "samen?"]  # fmt: skip
    bank, en = words[8], words[9]
    assert bank.line != en.line and bank.bbox[3] < en.bbox[3]


@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_text_layer_of_a_rotated_pdf_page_is_given_upright(rotate: int) -> None:
    data = (FIX / "payslip_digital.pdf").read_bytes()
    upright = read_layout(data, "p.pdf").pages[0]
    doc = pdfium.PdfDocument(data)
    doc[0].set_rotation(rotate)
    buf = io.BytesIO()
    doc.save(buf)
    page = read_layout(buf.getvalue(), "rotated.pdf").pages[0]
    assert page.ocr is False and page.rotation == (360 - rotate) % 360
    assert page.text == upright.text
    assert page.words[0].bbox == pytest.approx(upright.words[0].bbox, abs=1e-6)


@pytest.mark.parametrize(
    "name", ["payslip_scanned.pdf", "payslip_ocr_layer.pdf", "password_owner_only.pdf"]
)
def test_pdfs_without_usable_text_layer_are_ocred(name: str) -> None:
    layout = _read(name)
    assert layout.pages[0].ocr is True
    _assert_payslip_words(layout)
    assert "Wrong" not in {w.text for w in layout.pages[0].words}  # the invisible layer is ignored


def test_garbage_text_layer_is_not_trusted() -> None:
    page = _read("garbage_font.pdf").pages[0]
    assert page.ocr is True


def test_force_ocr_on_digital_pdf() -> None:
    layout = _read("payslip_digital.pdf", force_ocr=True)
    assert layout.pages[0].ocr is True
    assert layout.pages[0].dpi == pytest.approx(300)
    _assert_payslip_words(layout)


def test_multipage_tiff_in_parallel_workers() -> None:
    layout = _read("payslip_two_pages.tiff", workers=2)
    assert [p.number for p in layout.pages] == [1, 2]
    assert layout.source.pages == 2 and layout.source.media_type == "image/tiff"
    assert "Brutoloon" in layout.pages[1].text or "Loonheffing" in layout.pages[1].text


def test_layout_json_roundtrip_and_contract_shape() -> None:
    layout = _read("payslip_scan.jpg")
    d = layout.to_dict()
    assert d["schema"] == "scanstraat.layout/v1"
    assert set(d["source"]) == {"filename", "sha256", "media_type", "pages"}
    page = d["pages"][0]
    for key in ("number", "width", "height", "rotation", "ocr", "words"):
        assert key in page
    assert set(page["words"][0]) >= {"text", "bbox", "confidence"}
    assert Layout.from_dict(json.loads(json.dumps(d))).to_dict() == d


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyFileError),
        (b"Datum;Naam;Bedrag\n2026-03-01;Huur;-725,00\n", UnsupportedFileError),
        (b"%PDF-1.4\n this is not really a pdf", CorruptFileError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDRtruncated", CorruptFileError),
    ],
)
def test_bad_inputs_raise_typed_errors(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        read_layout(data, "upload.bin")
    assert "upload.bin" in str(info.value)
    assert "\n" not in str(info.value)


def test_user_password_pdf_is_refused() -> None:
    with pytest.raises(EncryptedFileError, match="password"):
        _read("password_user.pdf")


def test_pixel_and_page_caps() -> None:
    with pytest.raises(TooManyPixelsError):
        _read("bomb.png")
    with pytest.raises(TooManyPixelsError):
        _read("payslip_scan.jpg", max_pixels=100_000)
    with pytest.raises(TooManyPagesError):
        _read("payslip_two_pages.tiff", max_pages=1)


def test_sniff_ignores_names() -> None:
    assert sniff((FIX / "payslip_scan.jpg").read_bytes()) == "image/jpeg"
    assert sniff((FIX / "payslip_photo.heic").read_bytes()) == "image/heic"
    assert sniff((FIX / "payslip_two_pages.tiff").read_bytes()) == "image/tiff"
    assert sniff(b"hello") is None


def test_render_page_and_ocr_region_with_whitelist() -> None:
    data = (FIX / "payslip_digital.pdf").read_bytes()
    layout = read_layout(data, "p.pdf")
    bsn = next(w for w in layout.pages[0].words if w.text == EXPECTED[1])
    image = render_page(data, "p.pdf", 1, dpi=300)
    assert abs(image.shape[0] - 3508) <= 1 and abs(image.shape[1] - 2480) <= 1
    words = ocr_region(image, bsn.bbox, whitelist="0123456789", psm=7)
    assert "".join(w.text for w in words) == EXPECTED[1]
    # boxes come back in page coordinates, overlapping the word they were read from
    assert abs(words[0].bbox[0] - bsn.bbox[0]) < 0.02 and abs(words[0].bbox[1] - bsn.bbox[1]) < 0.02


def test_several_one_line_crops_read_in_one_engine_call() -> None:
    from ocr import read_crops

    data = (FIX / "payslip_digital.pdf").read_bytes()
    layout = read_layout(data, "p.pdf")
    image = render_page(data, "p.pdf", 1, dpi=300)
    h, w = image.shape[:2]
    digits = [wd for wd in layout.pages[0].words if wd.text.replace(",", "").isdigit()][:3]
    crops = [
        image[int(b[1] * h) - 6 : int(b[3] * h) + 6, int(b[0] * w) - 6 : int(b[2] * w) + 6]
        for b in (wd.bbox for wd in digits)
    ]
    read = read_crops([*crops, image[:0, :0]], whitelist="0123456789,", one_line=True)
    assert ["".join(t.text for t in words) for words in read] == [
        *(wd.text for wd in digits),
        "",
    ]


def test_prepare_is_identity_on_clean_upright_page() -> None:
    data = (FIX / "payslip_digital.pdf").read_bytes()
    image = render_page(data, "p.pdf", 1, dpi=300)
    out, stub = prepare(image, 300, OcrOptions())
    assert stub.rotation == 0 and abs(stub.skew) < 0.15
    assert out.shape == image.shape and np.array_equal(out, image)


def _text_page() -> np.ndarray:
    """Three lines of 30 px text on white, the last over a dotted rule, plus specks."""
    import cv2

    img = np.full((360, 1000), 255, np.uint8)
    for y, text in (
        (80, "Voornamen Bart Mohamed"),
        (170, "Achternaam Horst"),
        (260, "Linden 1980"),
    ):
        cv2.putText(img, text, (60, y), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 0, 3, cv2.LINE_AA)
    for x in range(60, 700, 9):
        img[272:275, x : x + 3] = 0  # the dotted answer line under the last line
    for x, y in ((900, 40), (950, 320), (500, 330)):
        img[y : y + 2, x : x + 2] = 0  # specks
    return img


def test_unread_regions_find_lines_no_word_covers() -> None:
    from ocr.preprocess import unread_regions

    img = _text_page()
    read = [(55, 45, 520, 45), (55, 135, 380, 45)]  # the engine read the first two lines
    regions = unread_regions(img, read, 28.0)
    assert len(regions) == 1
    x0, y0, x1, y1 = regions[0]
    assert 40 <= x0 <= 70 and 225 <= y0 <= 245 and 260 <= x1 <= 310 and 255 <= y1 <= 275
    assert unread_regions(img, [*read, (55, 225, 320, 45)], 28.0) == []  # all read: nothing


def test_skipped_line_is_recovered_by_a_second_read() -> None:
    from ocr import pipeline, tesseract

    img = _text_page()
    raw = [w for w in tesseract.run(img, OcrOptions().engine, dpi=300) if w.top < 200]
    assert raw and not any("Linden" in w.text for w in raw)
    got = pipeline._recover_unread(img, raw, OcrOptions(), 300)
    assert [w.text for w in got] == ["Linden", "1980"]
    assert all(230 <= w.top <= 260 and w.block > max(r.block for r in raw) for w in got)


def test_several_regions_in_one_engine_call() -> None:
    from ocr import ocr_regions

    img = _text_page()
    h, w = img.shape
    boxes = [
        (50 / w, 230 / h, 300 / w, 265 / h),
        (50 / w, 45 / h, 600 / w, 90 / h),
        (0.99, 0.99, 1.0, 1.0),
    ]
    got = ocr_regions(img, boxes, dpi=300)
    assert [w.text for w in got[0]] == ["Linden", "1980"]
    assert [w.text for w in got[1]] == ["Voornamen", "Bart", "Mohamed"]
    assert got[2] == []  # a region too small to read
    assert all(0.12 < w.bbox[1] < 0.2 for w in got[1])  # boxes are fractions of the whole page


def test_reline_keeps_a_name_together_when_a_column_beside_it_sits_a_little_higher() -> None:
    from ocr.types import Word, reline

    # 'den Berg' joined the taller date line of the next column first; 'van', whose box
    # starts lower (no ascenders), belongs with the word right after it, not on a line alone
    words = [
        Word("17", (0.542, 0.0891, 0.554, 0.095), 1.0),
        Word("NOV", (0.559, 0.0890, 0.584, 0.0951), 1.0),
        Word("den", (0.2303, 0.0918, 0.2505, 0.098), 1.0),
        Word("Berg", (0.2554, 0.0921, 0.2814, 0.0998), 1.0),
        Word("van", (0.2056, 0.0934, 0.2257, 0.098), 1.0),
    ]
    lines: dict[int, list[str]] = {}
    for w in reline(words):
        lines.setdefault(w.line, []).append(w.text)
    assert ["van", "den", "Berg", "17", "NOV"] in lines.values()


@pytest.mark.parametrize("dpi", [72, 100, 150])
def test_lazy_page_image_slices_match_the_whole_page_rendered(dpi: int) -> None:
    from ocr import LazyPageImage, text_page_image
    from ocr.pdf import open_pdf, render

    data = (FIX / "payslip_digital.pdf").read_bytes()
    with open_pdf(data, "p.pdf") as doc:
        whole = render(doc[0], dpi, 10**9, "p.pdf", 1).astype(int)
    lazy = text_page_image(data, "p.pdf", 1, dpi)
    assert isinstance(lazy, LazyPageImage)
    assert lazy.shape == whole.shape and lazy.ndim == 2
    h, w = whole.shape
    boxes = [(0, 10, 0, w), (63, 65, 5, 50), (100, h, 0, w // 2), (h - 3, h + 9, 0, w)]
    first = [lazy[y0:y1, x0:x1] for y0, y1, x0, x1 in boxes]
    for (y0, y1, x0, x1), got in zip(boxes, first, strict=True):
        assert got.shape == whole[y0:y1, x0:x1].shape
        assert np.abs(got - whole[y0:y1, x0:x1]).max() <= 1, (y0, y1, x0, x1)  # glyph edges
    # the same pixels whatever was looked at before
    again = text_page_image(data, "p.pdf", 1, dpi)
    for (y0, y1, x0, x1), got in reversed(list(zip(boxes, first, strict=True))):
        assert np.array_equal(again[y0:y1, x0:x1], got)
    assert lazy[40:30, :].shape == whole[40:30, :].shape  # empty, shaped as numpy shapes it
    assert np.abs(np.asarray(lazy).astype(int) - whole).max() <= 1
    turned = text_page_image(data, "p.pdf", 1, dpi, rotation=90)  # turned pages: all at once
    assert isinstance(turned, np.ndarray) and turned.shape == (w, h)
