"""id_document: passports, Dutch identity cards and residence permits, read from their MRZ.

The machine-readable zone is the primary source: its check digits make OCR errors visible and
correctable. The visual zone (the printed labels and values) is read for agreement and for the
names as printed.

How the fields are decided:

- The MRZ is located in the layout as 2 lines of 44 (TD3) or 3 lines of 30 (TD1) MRZ-like
  characters. On OCR pages with a page image (`Context.page_image`), the MRZ region is read
  again with an `A-Z0-9<` whitelist (block and per line); of all readings (layout, block, line;
  with OCR's dropped or extra fillers fixed), the one whose check digits pass best is used.
- `surname`, `given_names`: the visual-zone value as printed (`van den Heuvel`, `ÖZTÜRK`) when it
  equals the MRZ name fold-insensitively (`extraction.normalize.fold_name`; a truncated MRZ name
  may be a prefix), with agreement 1.0. Otherwise the MRZ name with `<` turned into spaces
  (`VAN DEN HEUVEL`), agreement 0.0 when a visual-zone name was found that differs, 0.5 when none
  was found.
- `date_of_birth`, `expiry_date`, `document_number`, `personal_number`: from the MRZ; `valid` is
  the MRZ check digit's verdict (and the BSN 11-test). Agreement 1.0 when the visual zone prints
  the same value. A birth date's century comes from the printed date where it matches, else the
  latest century that does not place the birth after `today`; expiry dates are 20xx.
- `sex` (`<` in the MRZ = `X`), `nationality` (ISO alpha-3; MRZ `D<<` = `DEU`; `XXA`, `XXB`,
  `XXC`, `XXX` kept), `id_kind` (title keywords, else the MRZ document code: `P` passport, `I`/`A`/
  `C` identity card, a code with `R` residence permit).
- When the MRZ's birth date, expiry date or sex is unreadable or fails its check digit (a
  watermark across the MRZ), the value printed under its visual-zone label is given instead,
  with valid=False and a problem, so it goes to review.
- `mrz_valid`: True when every applicable check digit passes, False (valid=False, review) when
  one fails, None with a problem when no MRZ was found.

KopieID copies (the citizen blacked out the BSN and the photo; "Kopie voor: ..." line; in text
layers masked MRZ characters are `█`): the copy is reported with the note `masked_copy`;
`personal_number` is then not found (status `missing` with the problem "masked by KopieID": the
copy does not contain it, and the BSN comes from DigiD or the form; not an invalid MRZ, and no
reason by itself for review). On a masked Dutch MRZ the BSN's own check digit and
the composite check digit (which covers the BSN) cannot be verified and are not applied;
the document number, birth date and expiry date check digits still are.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

import numpy as np
import pycountry
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from extraction import mrz as mrzlib
from extraction.base import Candidate, Context, Extraction, labels
from extraction.layout_query import DocView, Line, Span, fold, union
from extraction.mrz import MASK, Mrz, mrz_check_digit
from extraction.normalize import fold_name, normalize_bsn, normalize_name, parse_date
from ocr.errors import OcrError
from ocr.types import BBox, Word

__all__ = ["extract_id", "mrz_check_digit"]

DOC_TYPE = "id_document"
WHITELIST = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
ICAO_CODES = {"XXA", "XXB", "XXC", "XXX", "UNO", "UNA", "UNK", "EUE", "XOM", "XPO", "XDC", "XES"}

KIND_WORDS = {
    "passport": ("paspoort", "passport", "passeport", "reisepass", "pasaport", "paszport",
                 "pasaporte", "passaporto"),
    "residence_permit": ("verblijfsdocument", "verblijfsvergunning", "residence permit",
                         "titre de sejour", "aufenthaltstitel", "aufenthaltserlaubnis",
                         "residence document", "verblijfskaart"),
    "identity_card": ("identiteitskaart", "identity card", "carte d'identite", "personalausweis",
                      "dowod osobisty", "kimlik karti", "nationale identiteitskaart"),
}  # fmt: skip
NATIONALITY_WORDS = {
    "nederlandse": "NLD", "nederlands": "NLD", "dutch": "NLD", "netherlands": "NLD",
    "duitse": "DEU", "deutsch": "DEU", "german": "DEU", "turkse": "TUR", "t.c.": "TUR",
    "turkish": "TUR", "marokkaanse": "MAR", "marocaine": "MAR", "moroccan": "MAR",
    "poolse": "POL", "polskie": "POL", "polish": "POL", "syrische": "SYR", "syrian": "SYR",
    "belgische": "BEL", "stateloos": "XXA", "stateless": "XXA",
}  # fmt: skip
_BSN_PRINTED = re.compile(r"(?<![\d.])(\d{4}\.\d{2}\.\d{3}|\d{9})(?![\d.])")
_DATE_PRINTED = re.compile(
    r"(?<!\d)(\d{1,2})[ ./-]+(\d{1,2}|[A-ZÉÛa-zéû]{3,4}\.?(?:/[A-Za-z]{3})?)[ ./-]+(\d{4})(?!\d)"
)
_FR_MONTHS = {"fev": 2, "fév": 2, "mars": 3, "avr": 4, "mai": 5, "juin": 6, "juil": 7,
              "aout": 8, "août": 8, "sept": 9, "dec": 12, "déc": 12}  # fmt: skip


# -- locating the MRZ ----------------------------------------------------------------------


@dataclass(slots=True)
class Slot:
    """One MRZ line's place on the page and the texts read there."""

    page: int
    bbox: BBox
    readings: list[tuple[str, float]]  # (cleaned text, weakest confidence)


@dataclass(slots=True)
class Site:
    page: int
    fmt: str  # TD1 or TD3
    slots: list[Slot]

    @property
    def bbox(self) -> BBox:
        return union(s.bbox for s in self.slots)


def _word_ok(text: str) -> bool:
    t = text.replace("«", "<").replace("█", "<")
    if not t:
        return False
    good = sum((ch.isupper() and ch.isascii()) or ch.isdigit() or ch in "<ckx(){}[]|" for ch in t)
    return good / len(t) >= 0.8


def _height(words: Iterable[Word]) -> float:
    hs = sorted(w.bbox[3] - w.bbox[1] for w in words)
    return hs[len(hs) // 2] if hs else 0.01


def _runs(line: Line, aspect: float) -> list[list[Word]]:
    """Runs of MRZ-like words on a line, split where the gap is wider than two characters."""
    runs: list[list[Word]] = []
    cur: list[Word] = []
    for w in line.words:
        ok = _word_ok(w.text)
        if ok and cur:
            prev = cur[-1]
            gap = (w.bbox[0] - prev.bbox[2]) * aspect
            h = _height(cur)
            disjoint = w.bbox[1] > prev.bbox[3] or w.bbox[3] < prev.bbox[1]
            other_line = disjoint or w.bbox[3] - w.bbox[1] > 2.5 * h
            if gap > 1.5 * h or other_line:  # a merged line or a watermark
                runs.append(cur)
                cur = []
        if ok:
            cur.append(w)
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    out = []
    for run in runs:
        t = mrzlib.clean("".join(w.text for w in run))
        digits = sum(ch.isdigit() for ch in t)
        if len(t) >= 18 and (t.count("<") >= 2 or MASK in t or (digits >= 6 and len(t) >= 26)):
            out.append(run)
    return out


def _find_sites(view: DocView) -> list[Site]:
    pages = {p.number: p for p in view.pages}
    found: list[tuple[Line, list[Word]]] = []
    for line in view.lines:
        page = pages[line.page]
        aspect = page.width / max(page.height, 1)
        for run in _runs(line, aspect):
            found.append((line, run))
    found.sort(key=lambda lr: (lr[0].page, lr[1][0].bbox[1], lr[1][0].bbox[0]))
    # group vertically adjacent runs with a similar left edge
    groups: list[list[tuple[Line, list[Word]]]] = []
    for line, run in found:
        box = union(w.bbox for w in run)
        if groups:
            pl, pr = groups[-1][-1]
            pbox = union(w.bbox for w in pr)
            h = max(_height(run), _height(pr))
            if (
                pl.page == line.page
                and 0 < box[1] - pbox[1] < 4.5 * h
                and abs(box[0] - pbox[0]) < 0.06
            ):
                groups[-1].append((line, run))
                continue
        groups.append([(line, run)])
    sites = []
    for g in groups:
        fmt = _guess_format([mrzlib.clean("".join(w.text for w in run)) for _, run in g])
        want = 2 if fmt == "TD3" else 3
        slots = [
            Slot(line.page, union(w.bbox for w in run), [(mrzlib.clean("".join(w.text for w in run)), min(w.confidence for w in run))])
            for line, run in g
        ]  # fmt: skip
        if len(slots) > want:  # keep the lines closest to the expected length at the bottom
            slots = slots[-want:]
        if len(slots) < want:
            slots = _complete(view, slots, want)
        if slots and len(slots) == want:
            # the MRZ is monospaced and its lines start at one x: the width follows from the
            # character pitch of the lines read (lines OCR cut short or garbled are widened)
            n = 44 if fmt == "TD3" else 30
            x0 = min(box.bbox[0] for box, _ in runs_of(g))
            pitches = sorted(
                (box.bbox[2] - box.bbox[0]) / len(text)
                for box, text in runs_of(g)
                if len(text) >= 12
            )
            x1 = max(s.bbox[2] for s in slots)
            full = [box.bbox[2] for box, text in runs_of(g) if len(text) >= n - 3]
            if not full and pitches:
                x1 = max(x1, x0 + (n + 0.3) * pitches[len(pitches) // 2])
            for s in slots:
                s.bbox = (x0, s.bbox[1], x1, s.bbox[3])
            sites.append(Site(slots[0].page, fmt, slots))
    return sites


def runs_of(group: list[tuple[Line, list[Word]]]) -> list[tuple[Slot, str]]:
    """(a slot-like box holder, cleaned text) of each run in a group."""
    out = []
    for line, run in group:
        text = mrzlib.clean("".join(w.text for w in run))
        out.append((Slot(line.page, union(w.bbox for w in run), []), text))
    return out


def _guess_format(texts: list[str]) -> str:
    """TD3 (passport) or TD1 (card) from the first line's document code, else the lengths."""
    first = texts[0]
    if re.match(r"P[A-Z<][A-Z<]{3}", first):
        return "TD3"
    if re.match(r"[IAC][A-Z<][A-Z<]{3}", first) and len(first) <= 36:
        return "TD1"
    if re.match(r"\d{7}[MFX<]\d{7}", first):
        return "TD1"
    med = sorted(len(t) for t in texts)[len(texts) // 2]
    return "TD3" if abs(med - 44) < abs(med - 30) else "TD1"


def _complete(view: DocView, slots: list[Slot], want: int) -> list[Slot]:
    """Add MRZ lines the layout garbled (under a KopieID bar or a watermark) or lost: from the
    layout lines next to the ones found, else as empty slots at the MRZ's line pitch (about
    twice the letter height) for the re-read from the page image to fill."""
    x0 = min(s.bbox[0] for s in slots)
    x1 = max(s.bbox[2] for s in slots)
    h = min(s.bbox[3] - s.bbox[1] for s in slots)
    pitch = 2.05 * h
    page = slots[0].page
    filled: list[Slot] = [slots[0]]
    for s in slots[1:]:  # a line missing between two found ones
        prev = filled[-1]
        k = round((s.bbox[1] - prev.bbox[1]) / pitch)
        for j in range(1, k):
            y = prev.bbox[1] + j * (s.bbox[1] - prev.bbox[1]) / k
            filled.append(Slot(page, (x0, y, x1, y + h), []))
        filled.append(s)
    slots = filled[:want]
    lines = [ln for ln in view.lines if ln.page == page]
    first = slots[0].readings[0][0] if slots[0].readings else ""
    order = (1, -1) if re.match(r"[PIAC][A-Z<]", first) else (-1, 1)
    for direction in order:
        while len(slots) < want:
            ref = slots[-1] if direction == 1 else slots[0]
            best = None
            for ln in lines:
                words = [w for w in ln.words if w.bbox[2] > x0 and w.bbox[0] < x1]
                if not words:
                    continue
                box = union(w.bbox for w in words)
                dy = (box[1] - ref.bbox[1]) * direction
                if 0.8 * h < dy < 3 * h and (best is None or dy < best[0]):
                    best = (dy, words, box)
            if best is None:
                y = ref.bbox[1] + direction * pitch
                if not 0 <= y <= 1 - h:
                    break
                slot = Slot(page, (x0, y, x1, y + h), [])
            else:
                _, words, box = best
                text = mrzlib.clean("".join(w.text for w in words))
                slot = Slot(
                    page, (x0, box[1], x1, box[3]), [(text, min(w.confidence for w in words))]
                )
            if direction == 1:
                slots.append(slot)
            else:
                slots.insert(0, slot)
    return slots


def _reread(site: Site, image: np.ndarray, masked: bool) -> None:
    """Read the MRZ region again with a whitelist: each line on its own and the zone as a
    block, all in one engine call. On a KopieID copy the masked line's part left of the black
    bar is read on its own too (the MRZ is monospaced, so character positions follow from the
    line's width)."""
    from ocr import ocr_regions  # late: the OCR engine is only needed for scans

    boxes: list[BBox] = [slot.bbox for slot in site.slots] + [site.bbox]
    if masked:
        i, keep, n = (1, 28, 44) if site.fmt == "TD3" else (0, 15, 30)
        box = _sub_bbox(site.slots[i].bbox, n, 0, keep)
        boxes.append((box[0], box[1], box[2] - 0.3 * (box[2] - box[0]) / keep, box[3]))
    read = ocr_regions(image, boxes, whitelist=WHITELIST, pad=0.006)
    if masked:
        words = read[-1]
        prefix = "".join(w.text for w in words)
        for fixed in [] if not words else mrzlib.fit(prefix, keep, max_shift=1)[:1]:
            site.slots[i].readings.append(
                (fixed + MASK * (n - keep), min(w.confidence for w in words))
            )
    for slot, words in zip(site.slots, read, strict=False):
        if words:
            slot.readings.append(("".join(w.text for w in words), min(w.confidence for w in words)))
    by_line: dict[tuple[int, int], list[Word]] = {}
    for w in read[len(site.slots)]:
        by_line.setdefault((w.block, w.line), []).append(w)
    rows = [ws for _, ws in sorted(by_line.items(), key=lambda kv: kv[1][0].bbox[1])]
    rows = [ws for ws in rows if len("".join(w.text for w in ws)) >= 15]
    if len(rows) == len(site.slots):
        for slot, ws in zip(site.slots, rows, strict=True):
            slot.readings.append(("".join(w.text for w in ws), min(w.confidence for w in ws)))


def _apply_mask(fmt: str, lines: list[str]) -> list[str]:
    """A KopieID copy hides the BSN digits: mark those positions masked, keeping the readable
    fields before the bar (left-anchored) and the filler and check digits after it."""
    out = list(lines)
    if fmt == "TD3":
        line = out[1]
        if len(line) >= 30:
            out[1] = (
                (line[:28] + MASK * 9 + line[-7:])
                if len(line) >= 35
                else line[:28] + MASK * 9 + "<<<<<<<"
            )
    else:
        line = out[0]
        if len(line) >= 20:
            out[0] = line[:15] + MASK * 9 + (line[-6:] if len(line) >= 26 else "<<<<<<")
    return out


@dataclass(slots=True)
class Reading:
    mrz: Mrz
    site: Site
    confs: list[float]


def _sure(reading: Reading | None) -> bool:
    """A reading of the page that needs no second one: every check digit present and passing,
    the composite one included (so not on masked copies), and a name line whose fillers were
    read as fillers: '<<' between the names, '<' at the end and no one-letter names
    ('CHANTALS<SIRIS<S<S' is 'S' for '<', which no check digit covers)."""
    if reading is None:
        return False
    m = reading.mrz
    checks = m.checks
    name = m.lines[-1] if m.format == "TD1" else m.lines[0][5:]
    return (
        bool(checks)
        and all(v is not False for v in checks.values())
        and checks.get("composite") is not None
        and bool(re.fullmatch(r"[A-Z]{2,}(?:<[A-Z]{2,})*<<[A-Z]{2,}(?:<[A-Z]{2,})*<+", name))
    )


def _best_reading(site: Site, masked: bool) -> Reading | None:
    import itertools

    best: Reading | None = None
    best_score = -1e9
    options = [slot.readings for slot in site.slots]
    for combo in itertools.product(*options):
        lines = [t for t, _ in combo]
        variants = [lines]
        state = mrzlib.iso_state(lines[0][2:5]) if len(lines[0]) >= 5 else ""
        if masked and (state == "NLD" or site.fmt == "TD1"):
            variants.append(_apply_mask(site.fmt, lines))
        for ls in variants:
            m = mrzlib.parse_lines(ls)
            if m is None:
                continue
            s = m.score() + 0.05 * min(c for _, c in combo)
            if s > best_score:
                best, best_score = Reading(m, site, [c for _, c in combo]), s
    return best


# -- the visual zone ------------------------------------------------------------------------


def _masked_copy(view: DocView) -> bool:
    if any("█" in w.text for line in view.lines for w in line.words):
        return True
    return bool(view.find_labels(["kopie voor", "kopieid", "kopie id"], min_score=0.9))


def _groups(line: Line, aspect: float) -> list[list[Word]]:
    """The line's words in value groups: a gap wider than a letter height separates values."""
    out: list[list[Word]] = []
    for w in line.words:
        if out:
            prev = out[-1][-1]
            h = max(prev.bbox[3] - prev.bbox[1], w.bbox[3] - w.bbox[1])
            if (w.bbox[0] - prev.bbox[2]) * aspect <= 1.2 * h:
                out[-1].append(w)
                continue
        out.append([w])
    return out


def _below_values(view: DocView, hit: Span) -> list[list[Word]]:
    """Values printed under a label (label-above-value layouts), aligned with the label's cell."""
    page = next(p for p in view.pages if p.number == hit.page)
    aspect = page.width / max(page.height, 1)
    words = hit.line.words
    h = _height(hit.words)
    start = hit.start
    while start > 0 and (words[start].bbox[0] - words[start - 1].bbox[2]) * aspect < 0.6 * h:
        start -= 1
    cell_x0 = words[start].bbox[0]
    idx = view.lines.index(hit.line)
    out = []
    for line in view.lines[idx + 1 : idx + 4]:
        if line.page != hit.page or line.bbox[1] - hit.bbox[3] > 4 * h:
            break
        for g in _groups(line, aspect):
            if cell_x0 - 2.5 * h / aspect <= g[0].bbox[0] <= hit.bbox[0] + h / aspect:
                out.append(g)
    return out


def _vz_name(
    view: DocView, synonyms: list[str], exclude: list[Span]
) -> list[tuple[Span, list[Word]]]:
    hits = [
        h for h in view.find_labels(synonyms)
        if not any(e.line is h.line and e.start < h.end and h.start < e.end for e in exclude)
    ]  # fmt: skip
    out = []
    for hit in hits:
        for g in _below_values(view, hit):
            text = " ".join(w.text for w in g)
            if any(ch.isalpha() for ch in text) and not any(ch.isdigit() for ch in text):
                out.append((hit, g))
    return out


def _printed_dates_in(text: str) -> list[tuple[date, str]]:
    out = []
    for m in _DATE_PRINTED.finditer(text):
        d = _date_of(m)
        if d is not None:
            out.append((d, m.group(0)))
    return out


def _date_of(m: re.Match[str]) -> date | None:
    try:
        return parse_date(m.group(0))
    except ValueError:
        month = _FR_MONTHS.get(m.group(2).lower().split("/")[0].rstrip("."))
        if month is None:
            return None
        try:
            return date(int(m.group(3)), month, int(m.group(1)))
        except ValueError:
            return None


def _printed_dates(view: DocView) -> list[tuple[date, Span]]:
    out = []
    for span, m in view.search(_DATE_PRINTED):
        text = m.group(0)
        try:
            d = parse_date(text)
        except ValueError:
            month = _FR_MONTHS.get(m.group(2).lower().split("/")[0].rstrip("."))
            if month is None:
                continue
            try:
                d = date(int(m.group(3)), month, int(m.group(1)))
            except ValueError:
                continue
        out.append((d, span))
    return out


# -- the extractor --------------------------------------------------------------------------


def _sub_bbox(box: BBox, n: int, a: int, b: int) -> BBox:
    w = box[2] - box[0]
    return (box[0] + w * a / n, box[1], box[0] + w * b / n, box[3])


def _kind(view: DocView) -> tuple[str, Span] | None:
    best = None
    for kind, words in KIND_WORDS.items():
        for hit in view.find_labels(list(words), min_score=0.88):
            key = (hit.line.index if hit.page == 1 else 10_000 + hit.line.index, -hit.score)
            if best is None or key < best[0]:
                best = (key, kind, hit)
    return (best[1], best[2]) if best else None


def _kind_from_code(code: str) -> str | None:
    c = code.upper()
    if c[:1] == "P":
        return "passport"
    if "R" in c[:2]:
        return "residence_permit"
    if c[:1] in "IAC":
        return "identity_card"
    return None


def _no_o(text: str) -> str:
    return text.replace("O", "0")


def extract_id(ctx: Context, *, today: date | None = None) -> Extraction:
    """Fields of a passport, ID card or residence permit (see the module docstring)."""
    today = today or date.today()
    view = ctx.view()
    masked = _masked_copy(view)
    pages = {p.number: p for p in view.pages}
    sites = _find_sites(view)
    readings = []
    for site in sites:
        page = pages[site.page]
        r = _best_reading(site, masked)
        if ctx.page_image is not None and page.ocr and not _sure(r):
            with contextlib.suppress(OcrError):  # a failed re-read leaves the layout's reading
                _reread(site, ctx.page_image(site.page), masked)
            r = _best_reading(site, masked)
        if r is not None:
            readings.append(r)
    reading = max(readings, key=lambda r: r.mrz.score(), default=None)
    notes = ["masked_copy"] if masked else []
    fields: dict[str, Candidate | None] = {}
    kind_hit = _kind(view)
    dates = _printed_dates(view)

    if reading is None:
        fields = _without_mrz(view, kind_hit, masked)
        return Extraction(fields, notes=notes, facts={"masked_copy": masked})

    m = reading.mrz
    site = reading.site
    n = 44 if m.format == "TD3" else 30
    slot_of = {"TD3": {"number": 1, "birth": 1, "sex": 1, "expiry": 1, "nat": 1, "personal": 1,
                       "names": 0, "code": 0},
               "TD1": {"number": 0, "birth": 1, "sex": 1, "expiry": 1, "nat": 1, "personal": 0,
                       "names": 2, "code": 0}}[m.format]  # fmt: skip
    pos = {"TD3": {"number": (0, 9), "birth": (13, 19), "sex": (20, 21), "expiry": (21, 27),
                   "nat": (10, 13), "personal": (28, 42), "names": (5, 44), "code": (0, 2)},
           "TD1": {"number": (5, 14), "birth": (0, 6), "sex": (7, 8), "expiry": (8, 14),
                   "nat": (15, 18), "personal": (15, 24), "names": (0, 30), "code": (0, 2)}}[m.format]  # fmt: skip

    def mrz_cand(key: str, value: object, valid: bool | None, problems: list[str] | None = None,
                 agreement: float = 0.5) -> Candidate:  # fmt: skip
        i = slot_of[key]
        a, b = pos[key]
        slot = site.slots[i]
        text = m.lines[i][a:b]
        return Candidate(value, text, site.page, _sub_bbox(slot.bbox, n, a, b), 0.0,
                         reading.confs[i], valid, problems or [], None, agreement)  # fmt: skip

    # id_kind
    code_kind = _kind_from_code(m.document_code)
    if kind_hit is not None:
        kind, hit = kind_hit
        agree = 0.5 if code_kind is None else (1.0 if code_kind == kind else 0.0)
        fields["id_kind"] = Candidate(kind, hit.text, hit.page, hit.bbox, hit.score, hit.confidence,
                                      None, [], None, agree)  # fmt: skip
    elif code_kind is not None:
        fields["id_kind"] = mrz_cand("code", code_kind, None)
    else:
        fields["id_kind"] = None

    # names
    given_hits = _vz_name(view, labels(DOC_TYPE, "given_names"), [])
    given_spans = view.find_labels(labels(DOC_TYPE, "given_names"))
    surname_hits = _vz_name(view, labels(DOC_TYPE, "surname"), given_spans)
    options = _name_options(site, m)
    # a visual zone with name labels whose names went unread: the MRZ's spelling lacks the
    # diacritics the printed name may have ('RENEE' for 'Renée'), so it is less sure
    zone = bool(given_spans) or bool(view.find_labels(labels(DOC_TYPE, "surname")))
    fields["surname"] = _name_cand([o[0] for o in options], surname_hits, m.names_truncated, lambda v, a: mrz_cand("names", v, None, agreement=a), zone)  # fmt: skip
    fields["given_names"] = _name_cand([o[1] for o in options], given_hits, True, lambda v, a: mrz_cand("names", v, None, agreement=a), zone)  # fmt: skip

    # dates
    printed_years = tuple(d.year for d, _ in dates)
    dob = mrzlib.birth_date(m.birth, today, printed_years)
    ok = m.checks.get("date_of_birth")
    vz_dob = None if ok and dob else _vz_date(view, "date_of_birth")
    if (
        vz_dob is not None
    ):  # the MRZ's birth date is unreadable or fails: the printed one, for review
        vz_dob.valid, vz_dob.problems = (
            False,
            ["MRZ birth date unreadable or its check digit fails"],
        )
        fields["date_of_birth"] = vz_dob
    elif dob is None:
        fields["date_of_birth"] = mrz_cand("birth", None, False, ["MRZ birth date unreadable"])
    else:
        agree = 1.0 if any(d == dob for d, _ in dates) else 0.5
        probs = [] if ok else ["MRZ birth date check digit fails"]
        fields["date_of_birth"] = mrz_cand("birth", dob.isoformat(), ok, probs, agree)
    exp = mrzlib.expiry_date(m.expiry)
    ok = m.checks.get("expiry_date")
    vz_exp = None if ok and exp else _vz_date(view, "expiry_date")
    if vz_exp is not None:
        vz_exp.valid, vz_exp.problems = (
            False,
            ["MRZ expiry date unreadable or its check digit fails"],
        )
        fields["expiry_date"] = vz_exp
    elif exp is None:
        fields["expiry_date"] = mrz_cand("expiry", None, False, ["MRZ expiry date unreadable"])
    else:
        agree = 1.0 if any(d == exp for d, _ in dates) else 0.5
        probs = [] if ok else ["MRZ expiry date check digit fails"]
        fields["expiry_date"] = mrz_cand("expiry", exp.isoformat(), ok, probs, agree)

    # sex, nationality
    if m.sex in ("M", "F", "X"):
        fields["sex"] = mrz_cand("sex", m.sex, None)
    else:
        fields["sex"] = _vz_sex(view) or mrz_cand("sex", None, False, ["MRZ sex unreadable"])
    nat = m.nationality
    if re.fullmatch(r"[A-Z]{3}", nat):
        printed = {NATIONALITY_WORDS.get(fold(w.text)) or NATIONALITY_WORDS[w.text.lower()] for ln in view.lines for w in ln.words
                   if fold(w.text) in NATIONALITY_WORDS or w.text.lower() in NATIONALITY_WORDS}  # fmt: skip
        agree = 0.5 if not printed else (1.0 if nat in printed else 0.0)
        known = nat in ICAO_CODES or pycountry.countries.get(alpha_3=nat) is not None
        fields["nationality"] = mrz_cand(
            "nat", nat, known, [] if known else [f"{nat} is no ISO 3166 or ICAO code"], agree
        )
    else:
        fields["nationality"] = mrz_cand(
            "nat", None, False, [f"MRZ nationality unreadable: {nat!r}"]
        )

    # document number
    ok = m.checks.get("document_number")
    number = m.document_number
    if re.fullmatch(r"[A-Z0-9]{5,}", number):
        vz = {w.text.strip() for ln in view.lines for w in ln.words}
        # the check digit cannot see S/8, O/4, G/6, D/3 ... swaps (their values differ by a
        # multiple of 10): a printed number that differs in a character or two disagrees
        same = {_no_o(t) for t in vz}  # the letter O is not used in document numbers
        printed = _no_o(number) in same
        near = not printed and any(
            abs(len(t) - len(number)) <= 1 and Levenshtein.distance(t, _no_o(number)) <= 2
            for t in same
        )
        agree = 1.0 if printed else 0.5
        probs = [] if ok else ["MRZ document number check digit fails"]
        if near:  # a misread the check digit cannot see, on one side or the other: a person looks
            ok, agree = False, 0.0
            probs.append("the printed document number differs from the MRZ's")
        fields["document_number"] = mrz_cand("number", number, ok, probs, agree)
    else:
        fields["document_number"] = mrz_cand("number", None, False, ["MRZ document number unreadable"])  # fmt: skip

    # personal number (the BSN on Dutch documents)
    dutch = m.issuing_state == "NLD"
    printed_bsns = []
    for span, mm in view.search(_BSN_PRINTED):
        try:
            printed_bsns.append((normalize_bsn(mm.group(1)), span, mm.group(1)))
        except ValueError:
            continue
    if dutch and (masked and (MASK in m.personal_number or not m.personal_number)):
        fields["personal_number"] = None  # blacked out: the copy does not contain it
    elif m.personal_number:
        pn = m.personal_number
        ok = m.checks.get("personal_number")
        probs = [] if ok is not False else ["MRZ personal number check digit fails"]
        value: str | None = pn
        if dutch:
            try:
                value = normalize_bsn(pn)
            except ValueError as e:
                value, ok = None, False
                probs.append(str(e))
        agree = 0.5
        if value and printed_bsns:
            agree = 1.0 if any(b == value for b, _, _ in printed_bsns) else 0.0
        fields["personal_number"] = mrz_cand("personal", value, ok, probs, agree)
    elif dutch and printed_bsns:
        bsn, span, text = printed_bsns[0]
        fields["personal_number"] = Candidate(bsn, text, span.page, span.bbox, 0.0, span.confidence, True)  # fmt: skip
    else:
        fields["personal_number"] = None

    # the MRZ as a whole
    failed = [k for k, v in m.checks.items() if v is False]
    skipped = [
        k for k, v in m.checks.items() if v is None and k in ("personal_number", "composite")
    ]
    probs = [f"MRZ check digit fails: {', '.join(failed)}"] if failed else []
    if masked and skipped and MASK in "".join(m.lines):
        probs.append(f"not checked (masked): {', '.join(skipped)}")
    fields["mrz_valid"] = Candidate(
        not failed, " ".join(m.lines), site.page, site.bbox, 0.0, min(reading.confs),
        not failed, probs if failed else [], None, 0.5,
    )  # fmt: skip
    return Extraction(fields, notes=notes, facts={"masked_copy": masked})


def _name_options(site: Site, m: Mrz) -> list[tuple[str, str]]:
    """The names of the chosen reading first, then those of the other readings of the name line."""
    out = [(m.surname, m.given_names)]
    i, a, n = (0, 5, 44) if m.format == "TD3" else (2, 0, 30)
    for text, _ in site.slots[i].readings:
        for fitted in (mrzlib.fit(text, n) or [text.ljust(n, "<")[:n]])[:1]:
            sur, given, _ = mrzlib.names(fitted[a:])
            if (sur, given) not in out:
                out.append((sur, given))
    return out


def _spaced_like(value: str, folded_target: str) -> str:
    """`value` with its words split where the folded MRZ name splits them ('deVries' and
    'DE VRIES' give 'de Vries'); diacritics kept (one letter may fold to two: Ü to UE)."""
    cuts, k = set(), 0
    for part in folded_target.split()[:-1]:
        k += len(part)
        cuts.add(k)
    out, k = [], 0
    for ch in value.replace(" ", ""):
        if k in cuts and out:
            out.append(" ")
            cuts.discard(k)
        out.append(ch)
        k += len(fold_name(ch).replace(" ", ""))  # an apostrophe folds to nothing
    return "".join(out)


def _name_cand(options: list[str], hits: list[tuple[Span, list[Word]]], truncated: bool,
               from_mrz: Callable[[str | None, float], Candidate], zone: bool = False) -> Candidate | None:  # fmt: skip
    """The visual-zone name when a reading of the MRZ name equals it fold-insensitively
    (agreement 1.0) or nearly (agreement 0.5: OCR changed a letter on one side); else the MRZ's
    name (agreement 0.0 when the visual zone shows a different name or has name labels but no
    readable name, 0.5 when the document has no visual zone)."""
    targets = [fold_name(o) for o in options if o]
    near: tuple[float, Candidate] | None = None
    for hit, words in hits:
        text = " ".join(w.text for w in words)
        try:
            value = normalize_name(text)
        except ValueError:
            continue
        folded = fold_name(value)
        cand = Candidate(value, text, hit.page, union(w.bbox for w in words), hit.score,
                         min(w.confidence for w in words), None, [], None, 1.0)  # fmt: skip
        if any(
            folded == t or (truncated and len(t) >= 8 and folded.startswith(t)) for t in targets
        ):
            return cand
        spaced = next((t for t in targets if t.replace(" ", "") == folded.replace(" ", "")), None)
        if spaced is not None:  # 'deVries': OCR lost a space the MRZ keeps ('DE<VRIES')
            cand.value = _spaced_like(value, spaced)
            return cand
        score = max((fuzz.ratio(folded, t) / 100 for t in targets), default=0.0)
        if score >= 0.8 and (near is None or score > near[0]):
            cand.agreement = 0.5
            near = (score, cand)
    if near is not None:
        return near[1]
    if not options or not options[0]:
        return None if not hits else from_mrz(None, 0.0)
    cand = from_mrz(options[0], 0.0 if hits or zone else 0.5)
    if hits or zone:  # the name is printed, but not readably: it may differ in case or accents
        cand.doubt = True
        cand.problems.append("the printed name was not read; the MRZ's spelling is given")
    return cand


def _vz_sex(view: DocView) -> Candidate | None:
    """The printed sex (`V/F`, `M/M`, `K/F`, `E/M`, `F`, `X`) for review when the MRZ's is lost."""
    for hit in view.find_labels(labels(DOC_TYPE, "sex")):
        for g in _below_values(view, hit):
            text = " ".join(w.text for w in g).upper()
            code = {"V/F": "F", "K/F": "F", "F": "F", "V": "F", "M/M": "M", "E/M": "M", "M": "M",
                    "X": "X"}.get(text.split()[0] if text.split() else "")  # fmt: skip
            if code:
                return Candidate(code, text, hit.page, union(w.bbox for w in g), hit.score,
                                 min(w.confidence for w in g), False, ["MRZ sex unreadable; printed value"])  # fmt: skip
    return None


def _vz_date(view: DocView, name: str) -> Candidate | None:
    """A date printed under its label in the visual zone."""
    for hit in view.find_labels(labels(DOC_TYPE, name)):
        for g in _below_values(view, hit):
            text = " ".join(w.text for w in g)
            for d, _ in _printed_dates_in(text):
                return Candidate(d.isoformat(), text, hit.page, union(w.bbox for w in g),
                                 hit.score, min(w.confidence for w in g))  # fmt: skip
    return None


def _without_mrz(view: DocView, kind_hit: tuple[str, Span] | None, masked: bool) -> dict[str, Candidate | None]:  # fmt: skip
    """No MRZ found: what the visual zone shows, every MRZ field for review."""
    fields: dict[str, Candidate | None] = {}
    if kind_hit:
        kind, hit = kind_hit
        fields["id_kind"] = Candidate(kind, hit.text, hit.page, hit.bbox, hit.score, hit.confidence)
    else:
        fields["id_kind"] = None
    given = view.find_labels(labels(DOC_TYPE, "given_names"))
    for name, hits in (
        ("surname", _vz_name(view, labels(DOC_TYPE, "surname"), given)),
        ("given_names", _vz_name(view, labels(DOC_TYPE, "given_names"), [])),
    ):
        if hits:
            hit, words = hits[0]
            text = " ".join(w.text for w in words)
            try:
                fields[name] = Candidate(normalize_name(text), text, hit.page, union(w.bbox for w in words),
                                         hit.score, min(w.confidence for w in words))  # fmt: skip
            except ValueError:
                fields[name] = Candidate(None, text, hit.page, hit.bbox, hit.score, 0.0, False, ["unreadable"])  # fmt: skip
        else:
            fields[name] = None
    problem = ["no machine-readable zone found"]
    for name in ("date_of_birth", "sex", "nationality", "document_number", "expiry_date"):
        fields[name] = Candidate(None, None, None, None, 0.0, 0.0, False, list(problem))
    fields["personal_number"] = None
    fields["mrz_valid"] = Candidate(None, None, None, None, 0.0, 0.0, False, list(problem))
    return fields
