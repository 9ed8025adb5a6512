"""Render applications into document files plus truth, deterministically from a seed.

`generate(out, seed=.., count=..)` writes, per document, its file(s) and `<id>.truth.json`, and a
`manifest.jsonl` with one line per document. Document k is drawn from application `seed + k //
len(types)`, so one household yields a consistent set (form, ID, statements, payslips).
"""

from __future__ import annotations

import io
import json
import random
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

from extraction.schema import DOCUMENT_TYPES, FIELDS
from synth import degrade
from synth.canvas import PAGE_H_MM, PAGE_W_MM, DocCanvas, RenderedDocument
from synth.layouts import layouts_for
from synth.layouts.base import Layout
from synth.people import (
    Application,
    IdCard,
    Letter,
    make_application,
    make_payslip,
    make_statements,
)

DIFFICULTIES = ("clean", "scan", "hard")
FIXED_DATE = time.gmtime(1_767_225_600)  # 2026-01-01, written into scan-PDFs
# which file formats each difficulty is rendered to (drawn per document)
FORMATS: dict[str, tuple[str, ...]] = {
    "clean": ("pdf",),
    "scan": ("png", "jpeg", "tiff", "scan-pdf"),
    "hard": ("jpeg", "png", "tiff", "scan-pdf", "photo"),
}


@dataclass(frozen=True, slots=True)
class DocumentSpec:
    id: str
    seed: int
    app_seed: int
    doc_type: str
    layout: Layout
    difficulty: str
    fmt: str


def document_data(app: Application, doc_type: str, rng: random.Random) -> Any:
    """The data one document of `doc_type` shows, taken from the application."""
    if doc_type == "payslip":
        role = rng.choice(sorted(app.jobs)) if app.jobs else None
        if role is None:
            raise LookupError("no job")
        y, m = rng.choice(app.statement_months)
        return make_payslip(
            app, role, y, m, random.Random(app.seed * 1000 + y * 12 + m + len(role))
        )
    if doc_type == "bank_statement":
        account = app.account
        if app.savings_account and rng.random() < 0.2:
            account = app.savings_account
        return rng.choice(make_statements(app, account))
    if doc_type == "id_document":
        role = "partner" if app.partner and rng.random() < 0.3 else "applicant"
        person = app.applicant if role == "applicant" else app.partner
        assert person is not None
        return IdCard(person, app.id_documents[role], role, masked=rng.random() < 0.15)
    if doc_type == "application_form":
        return app
    return Letter(app, rng.choice(["huurcontract", "brief", "energie", "zorgverzekering"]))


def plan(
    seed: int,
    count: int,
    *,
    types: Sequence[str] = DOCUMENT_TYPES,
    layouts: str = "all",
    difficulties: Sequence[str] = DIFFICULTIES,
    formats: Sequence[str] | None = None,
) -> list[DocumentSpec]:
    """Decide, deterministically, which documents to make."""
    rng = random.Random(seed)
    specs = []
    for k in range(count):
        doc_type = types[k % len(types)]
        choices = layouts_for(doc_type, layouts)
        if not choices:
            raise ValueError(f"no {layouts} layouts for {doc_type}")
        j = k // len(types)  # the document's number within its type
        which = (j + seed) % len(choices)
        lay = choices[which]
        # every layout in turn at every difficulty (a layout seen only at one difficulty would
        # confound the two in calibration)
        difficulty = difficulties[(j // len(choices) + which + seed) % len(difficulties)]
        allowed = [f for f in FORMATS[difficulty] if formats is None or f in formats]
        if not allowed:
            allowed = [
                f for f in formats or () if f in {"png", "jpeg", "tiff", "scan-pdf", "photo", "pdf"}
            ]
        fmt = rng.choice(allowed)
        specs.append(
            DocumentSpec(
                f"s{seed}-{k:05d}-{doc_type}",
                seed * 100_003 + k,
                seed * 1009 + k // len(types),
                doc_type,
                lay,
                difficulty,
                fmt,
            )
        )
    return specs


def _norm_box(box: tuple[float, float, float, float] | None) -> list[float] | None:
    if box is None:
        return None
    return [
        round(box[0] / PAGE_W_MM, 5),
        round(box[1] / PAGE_H_MM, 5),
        round(box[2] / PAGE_W_MM, 5),
        round(box[3] / PAGE_H_MM, 5),
    ]


def render_spec(spec: DocumentSpec) -> tuple[RenderedDocument, dict[str, Any]]:
    """Draw the document of `spec`; returns the PDF with its truth (not yet degraded)."""
    app_seed = spec.app_seed
    for _ in range(200):
        app = make_application(app_seed)
        rng = random.Random(spec.seed)
        try:
            data = document_data(app, spec.doc_type, rng)
            break
        except LookupError:  # e.g. nobody in this household earns wages: take the next household
            app_seed += 7919
    else:
        raise RuntimeError("no application found for this document")
    c = DocCanvas(title=spec.id)
    spec.layout.render(c, data, rng)
    doc = c.finish()
    fields = {}
    for name in FIELDS[spec.doc_type]:
        mark = doc.fields.get(name)
        if mark is None:
            fields[name] = {"value": None, "page": None, "bbox": None, "text": None}
        else:
            fields[name] = {
                "value": mark.value,
                "page": mark.page,
                "bbox": _norm_box(mark.box),
                "text": mark.text,
            }
    truth: dict[str, Any] = {
        "schema": "scanstraat.truth/v1",
        "id": spec.id,
        "document_type": spec.doc_type,
        "layout": spec.layout.name,
        "holdout": spec.layout.holdout,
        "difficulty": spec.difficulty,
        "format": spec.fmt,
        "application_seed": app_seed,
        "fields": fields,
        "transactions": [{**t, "bbox": _norm_box(t.get("bbox"))} for t in doc.transactions],
        "checkboxes": doc.checkboxes,
        "signature": None
        if doc.signature_box is None
        else {
            "page": doc.signature_box[0],
            "bbox": _norm_box(doc.signature_box[1]),
        },
        "pages": [
            {
                "number": i + 1,
                "lines": [
                    {
                        "text": " ".join(w.text for w in line.words),
                        "words": [{"text": w.text, "bbox": _norm_box(w.box)} for w in line.words],
                    }
                    for line in page.lines
                ],
            }
            for i, page in enumerate(doc.pages)
        ],
    }
    if isinstance(data, IdCard):
        truth["masked_copy"] = data.masked
    return doc, truth


def rasterize(pdf: bytes, dpi: int = degrade.RENDER_DPI) -> list[np.ndarray]:
    pdf_doc = pdfium.PdfDocument(pdf)
    try:
        return [page.render(scale=dpi / 72).to_numpy()[..., :3].copy() for page in pdf_doc]
    finally:
        pdf_doc.close()


def _save_pages(
    images: list[np.ndarray], metas: list[dict[str, Any]], fmt: str, stem: Path, rng: random.Random
) -> list[str]:
    """Write degraded page images in `fmt`; returns the file names."""
    pil = [
        Image.fromarray(img[..., ::-1]) if img.ndim == 3 else Image.fromarray(img) for img in images
    ]
    # cv2 arrays are BGR; rasterize() gives BGR too (pdfium's default), so flip to RGB for PIL
    dpis = [m.get("dpi", 300) for m in metas]
    if fmt == "tiff":
        name = f"{stem.name}.tiff"
        pil[0].save(
            stem.with_name(name),
            save_all=True,
            append_images=pil[1:],
            compression="tiff_lzw",
            dpi=(dpis[0], dpis[0]),
        )
        return [name]
    if fmt == "scan-pdf":
        name = f"{stem.name}.pdf"
        buf = io.BytesIO()
        pil[0].save(
            buf,
            format="PDF",
            save_all=True,
            append_images=pil[1:],
            resolution=float(dpis[0]),
            quality=85,
            # fixed dates: the same seed gives the same bytes
            creationDate=FIXED_DATE,
            modDate=FIXED_DATE,
            producer="Scanstraat synth",
        )
        stem.with_name(name).write_bytes(buf.getvalue())
        return [name]
    names = []
    for i, (im, meta) in enumerate(zip(pil, metas, strict=True)):
        suffix = "" if len(pil) == 1 else f"-p{i + 1}"
        kwargs: dict[str, Any] = {}
        if meta.get("dpi_in_file", True) and meta.get("kind") != "photo":
            kwargs["dpi"] = (meta["dpi"], meta["dpi"])
        if fmt == "png":
            name = f"{stem.name}{suffix}.png"
            im.save(stem.with_name(name), **kwargs)
        else:
            name = f"{stem.name}{suffix}.jpg"
            if fmt == "photo" and rng.random() < 0.3:
                # the camera stored the pixels sideways and says so in EXIF (Orientation 6)
                exif = Image.Exif()
                exif[0x0112] = 6
                im.transpose(Image.Transpose.ROTATE_90).save(
                    stem.with_name(name), quality=90, exif=exif
                )
                meta["exif_orientation"] = 6
            else:
                im.save(stem.with_name(name), quality=92, **kwargs)
        names.append(name)
    return names


def write_document(spec: DocumentSpec, out: Path) -> dict[str, Any]:
    """Render, degrade and write one document; returns its manifest line."""
    doc, truth = render_spec(spec)
    stem = out / spec.id
    rng = random.Random(spec.seed ^ 0x5EED)
    if spec.fmt == "pdf":
        stem.with_suffix(".pdf").write_bytes(doc.pdf)
        files = [f"{spec.id}.pdf"]
        for page in truth["pages"]:
            page["degradation"] = {"kind": "digital", "expected_rotation": 0}
    else:
        images, metas = [], []
        for page_img in rasterize(doc.pdf):
            if spec.fmt == "photo":
                img, meta = degrade.photo(page_img, rng)
            else:
                img, meta = degrade.scan(
                    page_img, rng, spec.difficulty if spec.difficulty != "clean" else "scan"
                )
            images.append(img)
            metas.append(meta)
        files = _save_pages(images, metas, spec.fmt, stem, rng)
        for page, meta in zip(truth["pages"], metas, strict=True):
            page["degradation"] = meta
    truth["files"] = files
    (out / f"{spec.id}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1))
    keys = ("id", "document_type", "layout", "holdout", "difficulty", "format", "files")
    return {
        **{k: truth[k] for k in keys},
        "pages": len(truth["pages"]),
        "truth": f"{spec.id}.truth.json",
    }


def generate(out: Path, *, seed: int, count: int, **plan_kwargs: Any) -> Iterator[dict[str, Any]]:
    """Write `count` documents into `out` and their manifest; yields each manifest line."""
    out.mkdir(parents=True, exist_ok=True)
    specs = plan(seed, count, **plan_kwargs)
    with (out / "manifest.jsonl").open("w") as manifest:
        for spec in specs:
            line = write_document(spec, out)
            manifest.write(json.dumps(line) + "\n")
            yield line
