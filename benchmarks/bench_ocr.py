"""`make bench-ocr`: accuracy and speed of our OCR against raw Tesseract on the same images.

Pages come from the generator's *holdout* layouts (never used for tuning), rendered as scans at
the fixed noise levels of `synth.degrade.LEVELS`, as forced quarter-turn rotations, as phone
photos, and as digital PDFs. Both engines run with OMP_THREAD_LIMIT=1. CER/WER are computed on
text in reading order, where both sides (truth and each engine's words) are put in the same
geometric line order (`ocr.types.reline`), so the comparison measures recognition and
preprocessing rather than block-segmentation order.

Prints a table and, last, one JSON line with every figure. Options: --docs N, --seed S, --quick.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from PIL import Image
from rapidfuzz.distance import Levenshtein

from ocr import OcrOptions, read_layout
from ocr.pipeline import PageTask, run_tasks
from ocr.tesseract import parse_tsv
from ocr.types import Word, reline
from synth import degrade
from synth.generate import plan, rasterize, render_spec

OUT = Path("var/bench/ocr")
TYPES = ["payslip", "bank_statement", "application_form", "id_document", "other"]


@dataclass
class BenchPage:
    name: str  # file name under OUT
    group: str  # scan, hard, rotated, photo
    truth: str  # reading-order text
    layout: str
    dpi: int | None


def text_of(words: list[Word] | tuple[Word, ...]) -> str:
    lines: dict[int, list[str]] = {}
    for w in reline(words):
        lines.setdefault(w.line, []).append(w.text)
    return "\n".join(" ".join(ws) for _, ws in sorted(lines.items()))


def truth_text(page: dict[str, Any]) -> str:
    words = [
        Word(w["text"], tuple(w["bbox"]), 1.0) for line in page["lines"] for w in line["words"]
    ]
    return text_of(words)


def cer(truth: str, hyp: str) -> float:
    t, h = " ".join(truth.split()), " ".join(hyp.split())
    return Levenshtein.distance(t, h) / max(1, len(t))


def wer(truth: str, hyp: str) -> float:
    t, h = truth.split(), hyp.split()
    return Levenshtein.distance(t, h) / max(1, len(t))


def bow(truth: str, hyp: str) -> float:
    """Order-free word error: share of truth words not found in the hypothesis (as a multiset)."""
    t, h = Counter(truth.split()), Counter(hyp.split())
    return 1 - sum((t & h).values()) / max(1, sum(t.values()))


def scores(truth: str, hyp: str) -> dict[str, float]:
    return {"cer": cer(truth, hyp), "wer": wer(truth, hyp), "bow": bow(truth, hyp)}


def build_corpus(
    seed: int, docs: int, layouts: str
) -> tuple[list[BenchPage], list[tuple[str, str]]]:
    """Write the bench images and digital PDFs (cached by seed and size)."""
    marker = OUT / f"corpus-{layouts}-{seed}-{docs}.json"
    if marker.exists():
        data = json.loads(marker.read_text())
        return [BenchPage(**p) for p in data["pages"]], [tuple(x) for x in data["digital"]]
    (OUT / layouts).mkdir(parents=True, exist_ok=True)
    pages: list[BenchPage] = []
    digital: list[tuple[str, str]] = []
    specs = plan(seed, docs, types=TYPES, layouts=layouts, difficulties=["clean"])
    rng = random.Random(seed)
    for k, spec in enumerate(specs):
        doc, truth = render_spec(spec)
        pdf_name = f"{layouts}/{spec.id}.pdf"
        (OUT / pdf_name).write_bytes(doc.pdf)
        digital.append((pdf_name, "\f".join(truth_text(p) for p in truth["pages"])))
        for i, (img, tp) in enumerate(zip(rasterize(doc.pdf), truth["pages"], strict=True)):
            text = truth_text(tp)
            if len(text) < 40:
                continue
            stem = f"{layouts}/{spec.id}-p{i + 1}"
            variants = [
                ("scan", "scan", 0),
                ("hard", "hard", 0),
                ("rotated", "scan", 1 + (k + i) % 3),
            ]
            for group, level, turns in variants:
                out, meta = degrade.scan(img, rng, level, allow_quarter_turn=False)
                if turns:
                    out = np.ascontiguousarray(np.rot90(out, k=-turns))
                name = f"{stem}-{group}.png" if group != "hard" else f"{stem}-{group}.jpg"
                pil = Image.fromarray(cv2.cvtColor(out, cv2.COLOR_BGR2GRAY))
                if name.endswith(".png"):
                    pil.save(OUT / name, dpi=(meta["dpi"], meta["dpi"]))
                else:
                    pil.save(
                        OUT / name, quality=meta["jpeg_quality"], dpi=(meta["dpi"], meta["dpi"])
                    )
                pages.append(BenchPage(name, group, text, spec.layout.name, meta["dpi"]))
            if (k + i) % 2 == 0:
                out, _ = degrade.photo(img, rng)
                name = f"{stem}-photo.jpg"
                Image.fromarray(cv2.cvtColor(out, cv2.COLOR_BGR2RGB)).save(OUT / name, quality=88)
                pages.append(BenchPage(name, "photo", text, spec.layout.name, None))
    marker.write_text(json.dumps({"pages": [p.__dict__ for p in pages], "digital": digital}))
    return pages, digital


def raw_tesseract(path: Path) -> tuple[str, float]:
    """`tesseract IMAGE - -l nld+eng`: its words in its own reading order (TSV = the text output)."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    t0 = time.perf_counter()
    proc = subprocess.run(
        ["tesseract", str(path), "-", "-l", "nld+eng", "tsv"],
        capture_output=True,
        env=env,
        check=True,
        timeout=300,
    )
    dt = time.perf_counter() - t0
    lines: dict[tuple[int, int, int], list[str]] = {}
    for t in parse_tsv(proc.stdout.decode()):
        lines.setdefault((t.block, t.par, t.line), []).append(t.text)
    return "\n".join(" ".join(ws) for ws in lines.values()), dt


def ours(path: Path, options: OcrOptions) -> tuple[str, float, dict[str, Any]]:
    t0 = time.perf_counter()
    layout = read_layout(path.read_bytes(), path.name, options)
    dt = time.perf_counter() - t0
    page = layout.pages[0]
    return text_of(page.words), dt, {"rotation": page.rotation, "steps": list(page.steps)}


def measure_page(args: tuple[BenchPage, dict[str, OcrOptions], bool, int]) -> dict[str, Any]:
    """One page: raw Tesseract and our OCR (order alternated), plus any ablation variants."""
    page, variants, with_raw, idx = args
    path = OUT / page.name
    out: dict[str, Any] = {"name": page.name, "group": page.group, "layout": page.layout}
    runs = ["raw", "ours"] if idx % 2 == 0 else ["ours", "raw"]
    for which in runs:
        if which == "raw" and with_raw:
            text, dt = raw_tesseract(path)
            out["raw"] = {**scores(page.truth, text), "s": dt}
        elif which == "ours":
            text, dt, info = ours(path, variants["ours"])
            out["ours"] = {**scores(page.truth, text), "s": dt, **info}
    for name, opts in variants.items():
        if name != "ours":
            text, dt, info = ours(path, opts)
            out[name] = {**scores(page.truth, text), "s": dt, **info}
    return out


ABLATIONS: dict[str, dict[str, Any]] = {
    "no_deskew": {"deskew": False},
    "no_flatten": {"flatten": "off"},
    "flatten_always": {"flatten": "on"},
    "no_upscale": {"upscale": False},
    "denoise": {"denoise": True},
    "whiten": {"whiten": True},
    "derule": {"remove_rules": True},
    "whiten_derule": {"whiten": True, "remove_rules": True},
    "binarize": {"binarize": True},
    "no_crop": {"crop_page": False},
    "no_recover": {"recover": False},
}
ABLATION_GROUPS = {  # where each step can matter
    "no_deskew": {"scan", "hard"},
    "no_flatten": {"hard", "photo"},
    "flatten_always": {"scan", "hard"},
    "no_upscale": {"hard", "photo"},
    "denoise": {"scan", "hard"},
    "whiten": {"scan", "hard", "photo"},
    "derule": {"scan", "hard", "photo"},
    "whiten_derule": {"scan", "hard", "photo"},
    "binarize": {"scan", "hard"},
    "no_crop": {"photo"},
    "no_recover": {"scan", "hard", "rotated", "photo"},
}


def throughput(pages: list[BenchPage], workers: int, options: OcrOptions) -> float:
    """Pages per minute through a warm pool of `workers` processes."""
    tasks = []
    for p in pages:
        img = np.asarray(Image.open(OUT / p.name).convert("L"))
        tasks.append(
            PageTask(len(tasks) + 1, replace(options, workers=workers), image=img, dpi=p.dpi)
        )
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        list(pool.map(abs, range(workers * 4)))  # start the workers before timing
        run_tasks(tasks[:workers], options, pool)  # and load their imports
        t0 = time.perf_counter()
        run_tasks(tasks, options, pool)
        dt = time.perf_counter() - t0
    return len(tasks) / dt * 60


def digital_speed(digital: list[tuple[str, str]]) -> dict[str, float]:
    """Seconds per digital PDF page via the text layer vs via OCR of the same page rendered."""
    text_s, ocr_s, n_pages = 0.0, 0.0, 0
    cers = []
    for name, truth in digital:
        data = (OUT / name).read_bytes()
        t0 = time.perf_counter()
        layout = read_layout(data, name)
        text_s += time.perf_counter() - t0
        n_pages += len(layout.pages)
        for page, tp in zip(layout.pages, truth.split("\f"), strict=True):
            cers.append(cer(tp, text_of(page.words)))
    sample = digital[: max(3, len(digital) // 4)]
    sample_pages = 0
    for name, _ in sample:
        data = (OUT / name).read_bytes()
        t0 = time.perf_counter()
        layout = read_layout(data, name, OcrOptions(force_ocr=True))
        ocr_s += time.perf_counter() - t0
        sample_pages += len(layout.pages)
    per_text, per_ocr = text_s / n_pages, ocr_s / sample_pages
    return {
        "pages": n_pages,
        "text_layer_s_per_page": per_text,
        "ocr_s_per_page": per_ocr,
        "speedup": per_ocr / per_text,
        "cer": statistics.mean(cers),
    }


def summarise(
    rows: list[dict[str, Any]], key: str, groups: set[str] | None = None
) -> dict[str, float]:
    sel = [r for r in rows if key in r and (groups is None or r["group"] in groups)]
    if not sel:
        return {}
    chars = [r[key]["cer"] for r in sel]
    return {
        "pages": len(sel),
        "cer": statistics.mean(chars),
        "wer": statistics.mean(r[key]["wer"] for r in sel),
        "bow": statistics.mean(r[key]["bow"] for r in sel),
        "s_per_page": statistics.mean(r[key]["s"] for r in sel),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=9001)
    ap.add_argument(
        "--docs", type=int, default=20, help="holdout documents (each gives several pages)"
    )
    ap.add_argument("--quick", action="store_true", help="small run, no ablations (a smoke test)")
    ap.add_argument(
        "--layouts",
        choices=["holdout", "dev"],
        default="holdout",
        help="holdout (the reported figures) or dev (for tuning; never tune on holdout)",
    )
    ap.add_argument(
        "--ablations", help="comma-separated subset of the ablations to run ('none' for none)"
    )
    ap.add_argument(
        "--speed-only",
        action="store_true",
        help="only the timing parts (speed, throughput, digital, memory) on the cached corpus: "
        "for a quiet machine after an accuracy run",
    )
    args = ap.parse_args()
    docs = 5 if args.quick else args.docs
    t_start = time.perf_counter()
    pages, digital = build_corpus(args.seed, docs, args.layouts)
    print(
        f"corpus: {len(pages)} image pages, {len(digital)} digital PDFs from {args.layouts} layouts ({OUT})",
        file=sys.stderr,
    )
    base = OcrOptions()
    wanted = set(ABLATIONS) if not args.ablations else set(args.ablations.split(","))
    jobs = []
    for i, p in enumerate(pages):
        variants = {"ours": base}
        if not args.quick:
            for name, change in ABLATIONS.items():
                if p.group in ABLATION_GROUPS[name] and name in wanted:
                    variants[name] = replace(base, **change)
        jobs.append((p, variants, True, i))
    if args.speed_only:
        jobs = []
    rows = []
    with ProcessPoolExecutor(max_workers=2, mp_context=get_context("spawn")) as pool:
        for n, row in enumerate(pool.map(measure_page, jobs), 1):
            rows.append(row)
            if n % 10 == 0:
                print(f"  {n}/{len(jobs)} pages", file=sys.stderr)

    groups = ["scan", "hard", "rotated", "photo"]
    result: dict[str, Any] = {
        "seed": args.seed,
        "docs": docs,
        "layouts": args.layouts,
        "groups": {},
    }
    print("\nAccuracy per page group (OMP_THREAD_LIMIT=1; times here are from 2 pages at a time)")
    print(
        f"{'group':<9}{'pages':>6}{'CER ours':>10}{'CER raw':>9}{'WER ours':>10}{'WER raw':>9}"
        f"{'BoW ours':>10}{'BoW raw':>9}{'s ours':>8}{'s raw':>7}{'ratio':>7}"
    )
    for g in groups:
        o, r = summarise(rows, "ours", {g}), summarise(rows, "raw", {g})
        if not o:
            continue
        ratio = o["s_per_page"] / r["s_per_page"]
        result["groups"][g] = {"ours": o, "raw": r, "time_ratio": ratio}
        print(
            f"{g:<9}{o['pages']:>6}{o['cer']:>10.2%}{r['cer']:>9.2%}{o['wer']:>10.2%}{r['wer']:>9.2%}"
            f"{o['bow']:>10.2%}{r['bow']:>9.2%}{o['s_per_page']:>8.2f}{r['s_per_page']:>7.2f}{ratio:>7.2f}"
        )

    # Speed: a separate sequential pass, one page at a time in this process (no other work
    # competing for the cores), raw and ours alternating in order.
    speed = {}
    limit = 8 if args.quick else 24
    for label, grp in (("upright", {"scan", "hard"}), ("rotated", {"rotated"})):
        sel = [p for p in pages if p.group in grp][: limit if label == "upright" else limit // 2]
        so = sr = 0.0
        for i, p in enumerate(sel):
            if i % 2:
                so += ours(OUT / p.name, base)[1]
                sr += raw_tesseract(OUT / p.name)[1]
            else:
                sr += raw_tesseract(OUT / p.name)[1]
                so += ours(OUT / p.name, base)[1]
        speed[label] = {
            "pages": len(sel),
            "ours_s": so / len(sel),
            "raw_s": sr / len(sel),
            "ratio": so / sr,
        }
    rotated = [r for r in rows if r["group"] == "rotated"]
    rot_ok = sum(1 for r in rotated if r["ours"]["rotation"] != 0) / max(1, len(rotated))
    result["speed"] = speed
    result["rotation_detected"] = rot_ok
    print("\nSeconds per scanned page, ours / raw Tesseract (sequential pass, one page at a time):")
    for label, sp in speed.items():
        print(
            f"  {label:<8} {sp['pages']:>3} pages  ours {sp['ours_s']:.2f} s  raw {sp['raw_s']:.2f} s  "
            f"ratio {sp['ratio']:.2f}"
        )
    if rotated:
        print(f"  rotated pages whose rotation was corrected: {rot_ok:.0%}")

    if not args.quick and not args.speed_only:
        print(
            "\nPreprocessing ablations (CER and s/page of the full pipeline with one step changed)"
        )
        abl = {}
        for name, grp in ABLATION_GROUPS.items():
            a, o = (
                summarise(rows, name, grp),
                summarise([r for r in rows if name in r], "ours", grp),
            )
            if a:
                abl[name] = {
                    "groups": sorted(grp),
                    "pages": a["pages"],
                    "cer": a["cer"],
                    "cer_base": o["cer"],
                    "s_per_page": a["s_per_page"],
                    "s_base": o["s_per_page"],
                }
                print(
                    f"  {name:<15} on {'+'.join(sorted(grp)):<11} {a['pages']:>3} pages  CER {a['cer']:.2%} "
                    f"(kept pipeline {o['cer']:.2%})  s/page {a['s_per_page']:.2f} ({o['s_per_page']:.2f})"
                )
        result["ablations"] = abl

    tp_pages = [p for p in pages if p.group == "scan"][: 16 if args.quick else 30]
    ppm1 = throughput(tp_pages, 1, base)
    ppm2 = throughput(tp_pages, 2, base)
    result["throughput"] = {
        "pages": len(tp_pages),
        "ppm_1": ppm1,
        "ppm_2": ppm2,
        "scaling": ppm2 / ppm1,
    }
    print(
        f"\nThroughput on {len(tp_pages)} scanned pages: 1 worker {ppm1:.1f} pages/min, "
        f"2 workers {ppm2:.1f} pages/min ({ppm2 / ppm1:.2f}x)"
    )

    dig = digital_speed(digital)
    result["digital"] = dig
    print(
        f"Digital PDF pages: text layer {dig['text_layer_s_per_page'] * 1000:.1f} ms/page, OCR path on the "
        f"same page {dig['ocr_s_per_page']:.2f} s/page ({dig['speedup']:.0f}x faster), CER {dig['cer']:.2%} "
        f"over {dig['pages']} pages"
    )

    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result["peak_rss_mb"] = {"bench_process": self_kb / 1024, "largest_child": child_kb / 1024}
    print(
        f"Peak RSS: bench process {self_kb / 1024:.0f} MB, largest worker/Tesseract process {child_kb / 1024:.0f} MB"
    )
    result["wall_s"] = time.perf_counter() - t_start
    name = "results-speed.json" if args.speed_only else "results.json"
    (OUT / name).write_text(json.dumps({"summary": result, "pages": rows}, indent=1))
    print(json.dumps(result, separators=(",", ":")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
