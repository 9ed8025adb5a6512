"""The `scanstraat` command line. Errors become one line on stderr and exit code 2, here only."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from ocr import OcrError, OcrOptions, read_layout
from ocr.types import Layout

EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 1


class CliError(Exception):
    """A bad invocation or input file: printed as one line, exit code 2."""


def _read_file(path: str) -> bytes:
    p = Path(path)
    if not p.exists():
        raise CliError(f"{path}: no such file")
    if p.is_dir():
        raise CliError(f"{path}: is a directory, not a file")
    try:
        return p.read_bytes()
    except OSError as e:
        raise CliError(f"{path}: cannot be read ({e.strerror})") from e


def _print_layout_text(layout: Layout) -> None:
    src = layout.source
    print(f"# {src.filename}  {src.media_type}  {src.pages} page(s)  sha256 {src.sha256[:12]}…")
    for page in layout.pages:
        confs = [w.confidence for w in page.words]
        mean = sum(confs) / len(confs) if confs else 0.0
        how = "OCR" if page.ocr else "text layer"
        extra = f", rotated {page.rotation}°" if page.rotation else ""
        extra += f", deskewed {page.skew:+.1f}°" if abs(page.skew) >= 0.15 else ""
        print(
            f"\n--- page {page.number}: {how}{extra}, {len(page.words)} words, mean confidence {mean:.2f} ---"
        )
        print(page.text)


def cmd_ocr(args: argparse.Namespace) -> int:
    data = _read_file(args.file)
    options = OcrOptions(workers=args.workers, force_ocr=args.force_ocr)
    layout = read_layout(data, Path(args.file).name, options)
    if args.json:
        json.dump(layout.to_dict(), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        _print_layout_text(layout)
    return 0


def _extract_file(path: str) -> tuple[str, list[dict] | None, str | None]:
    """One file's document results as dicts, or its one-line error (runs in worker processes)."""
    from extraction.pipeline import extract_bytes

    try:
        data = _read_file(path)
        results = extract_bytes(data, Path(path).name, OcrOptions(workers=1))
        return path, [r.to_dict() for r in results], None
    except (CliError, OcrError) as e:
        return path, None, str(e)


def _expand(paths: Sequence[str]) -> list[str]:
    out: list[str] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out += sorted(str(f) for f in path.rglob("*") if f.is_file() and not f.name.endswith(".truth.json")
                          and f.name != "manifest.jsonl")  # fmt: skip
        else:
            out.append(p)
    return out


def cmd_extract(args: argparse.Namespace) -> int:
    files = _expand(args.files)
    if not args.jsonl:
        if len(files) != 1:
            raise CliError("extract: give one file, or use --jsonl for several files or folders")
        _, results, error = _extract_file(files[0])
        if error:
            raise CliError(error)
        assert results is not None
        for r in results:
            print(json.dumps(r, ensure_ascii=False, indent=None if len(results) > 1 else 2))
        return 0
    failed = 0
    done = 0
    progress = sys.stderr.isatty() or args.progress

    def emit(path: str, results: list[dict] | None, error: str | None) -> None:
        nonlocal failed, done
        done += 1
        if error:
            failed += 1
            print(f"scanstraat: error: {error}", file=sys.stderr)
            print(
                json.dumps(
                    {"source": {"filename": Path(path).name}, "error": error}, ensure_ascii=False
                )
            )
        for r in results or []:
            print(json.dumps(r, ensure_ascii=False))
        sys.stdout.flush()
        if progress:
            width = 30
            filled = int(width * done / max(1, len(files)))
            print(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{len(files)} files, {failed} failed",
                  end="\n" if done == len(files) else "", file=sys.stderr)  # fmt: skip

    if args.workers <= 1 or len(files) <= 1:
        for f in files:
            emit(*_extract_file(f))
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=args.workers, mp_context=ctx) as pool:
            for item in pool.map(_extract_file, files):
                emit(*item)
    return EXIT_BAD_INPUT if failed else 0


def cmd_synth(args: argparse.Namespace) -> int:
    from extraction.schema import DOCUMENT_TYPES
    from synth.generate import DIFFICULTIES, generate

    types = args.types.split(",") if args.types else list(DOCUMENT_TYPES)
    for t in types:
        if t not in DOCUMENT_TYPES:
            raise CliError(
                f"--types: unknown document type {t!r} (one of {', '.join(DOCUMENT_TYPES)})"
            )
    difficulties = args.difficulty.split(",") if args.difficulty else list(DIFFICULTIES)
    for d in difficulties:
        if d not in DIFFICULTIES:
            raise CliError(
                f"--difficulty: unknown difficulty {d!r} (one of {', '.join(DIFFICULTIES)})"
            )
    formats = args.formats.split(",") if args.formats else None
    start = time.monotonic()
    n = 0
    for line in generate(
        Path(args.out),
        seed=args.seed,
        count=args.count,
        types=types,
        layouts=args.layouts,
        difficulties=difficulties,
        formats=formats,
    ):
        n += 1
        if not args.quiet:
            print(
                f"{line['id']}  {line['layout']:<32} {line['difficulty']:<5} {line['format']:<8} "
                f"{', '.join(line['files'])}"
            )
    print(
        f"wrote {n} documents with truth to {args.out} in {time.monotonic() - start:.1f} s",
        file=sys.stderr,
    )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Generate a few sample documents and print how Scanstraat reads and extracts them."""
    from extraction.pipeline import read_and_extract
    from synth.generate import generate

    out = Path(args.out)
    lines = list(generate(out, seed=args.seed, count=args.count, difficulties=["clean", "scan"]))
    for line in lines:
        path = out / line["files"][0]
        data = path.read_bytes()
        print(
            f"\n===== {path.name}: a {line['document_type']} ({line['layout']}, {line['difficulty']}) ====="
        )
        layout, results = read_and_extract(data, path.name)
        if layout is not None:
            _print_layout_text(layout)
        for result in results:
            print(f"\n--> read as {result.document_type} (p={result.type_confidence:.2f}), "
                  f"{'needs review: ' + ', '.join(result.review_reasons) if result.needs_review else 'fast lane'}")  # fmt: skip
            for name, f in result.fields.items():
                print(f"    {name:<26} {f.status:<9} {f.confidence:5.2f}  {f.value!r}")
            if result.transactions:
                print(f"    ({len(result.transactions)} transactions)")
    print(f"\nSample documents and their truth are in {out}/", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scanstraat", description="Document intake for bijstand applications."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser(
        "ocr", help="print the page layout (words, boxes, confidences) of a PDF or scan"
    )
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="print the CONTRACT's layout JSON")
    p.add_argument(
        "--workers", type=int, default=min(2, os.cpu_count() or 1), help="pages OCRed in parallel"
    )
    p.add_argument(
        "--force-ocr", action="store_true", help="OCR PDF pages even if they have a text layer"
    )
    p.set_defaults(func=cmd_ocr)

    p = sub.add_parser(
        "extract", help="classify documents and extract their fields (CONTRACT JSON)"
    )
    p.add_argument("files", nargs="+", help="files or folders")
    p.add_argument(
        "--jsonl", action="store_true", help="one JSON line per document, for many files"
    )
    p.add_argument(
        "--workers", type=int, default=min(2, os.cpu_count() or 1), help="files in parallel"
    )
    p.add_argument(
        "--progress", action="store_true", help="show the progress bar even when not a terminal"
    )
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("synth", help="generate synthetic Dutch documents with ground truth")
    p.add_argument("--out", required=True, help="output folder")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--count", type=int, default=10, help="number of documents")
    p.add_argument("--types", help="comma-separated document types (default: all)")
    p.add_argument(
        "--layouts",
        choices=["all", "dev", "holdout"],
        default="all",
        help="dev: layouts used for tuning; holdout: layouts never tuned on",
    )
    p.add_argument("--difficulty", help="comma-separated: clean,scan,hard (default: all)")
    p.add_argument(
        "--formats",
        help="comma-separated: pdf,png,jpeg,tiff,scan-pdf,photo (default: by difficulty)",
    )
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=cmd_synth)

    p = sub.add_parser("demo", help="generate sample documents and print how they are read")
    p.add_argument("--out", default="var/samples")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--count", type=int, default=5)
    p.set_defaults(func=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except (CliError, OcrError) as e:
        print(f"scanstraat: error: {e}", file=sys.stderr)
        if isinstance(e, OcrError) and not e.user_error:
            return EXIT_INTERNAL
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("scanstraat: interrupted", file=sys.stderr)
        return 130
    except Exception as e:  # never a traceback for users; SCANSTRAAT_DEBUG=1 shows it
        if os.environ.get("SCANSTRAAT_DEBUG"):
            raise
        print(
            f"scanstraat: internal error: {type(e).__name__}: {e}".splitlines()[0], file=sys.stderr
        )
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
