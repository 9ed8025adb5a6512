"""Two more application_form layouts (dev: used for tuning), modelled on real Dutch documents.

- `gemeente_paper`: a municipality's (or a regional sociale dienst's) official paper form for
  "Aanvraag bijstand / levensonderhoud", filled in by hand: numbered sections and questions,
  answers in boxes, on lines or in ruled cells with the caption in their corner, comb squares,
  Ja/Nee boxes in several arrangements, applicant and partner side by side in two columns or in
  sections of their own, and a signing part that varies the way real forms do (a Plaats / Datum
  / Handtekening table, a line with its caption under it, a framed box with the caption inside,
  a box right of its label; the pen stroke inside, across the edge or beside it).
- `digid_summary`: the summary of an application made online with DigiD, printed to PDF from
  the browser and signed by hand (or not): label/value lists as two-column tables with light
  rules, shaded label cells, definition lists or 'Label: value' lines, BRP-style address rows
  (Huisnummer, Huisletter, Huisnummertoevoeging), Ja/Nee printed as words, amounts as
  '€ 1.234,56', and the municipality, a Zaaknummer / Kenmerk and 'Pagina 1 van 3' on every page.

Both are drawn twice, first on a scratch canvas to count the pages. Every printed value of a
CONTRACT field is marked as its evidence where it is printed (handwriting word by word with
`hand`, typed text with `DocCanvas.text(field=...)`); `signature_present` marks the applicant's
signing place, which is also the document's signature box.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Generic, Protocol, TypeVar

from synth.canvas import Box, DocCanvas, union
from synth.fmt import date_nl, money_norm
from synth.layouts.application_form import (
    AVG_SHORT,
    CHECKLIST,
    PARTNER_NOTE,
    phone_printed,
    postbus,
)
from synth.layouts.application_form_more import (
    BASE14,
    BLACK,
    GREY,
    PORTAL_FONTS,
    PT,
    SANS_FONTS,
    WHITE,
    Color,
    Pen,
    Sheet,
    Token,
    _date_tokens,
    _pen,
    euro_text,
    hand,
    hand_tick,
    paragraph,
    region_name,
    slug,
    split_house_number,
    two_pass,
    typed,
)
from synth.layouts.base import layout
from synth.layouts.id_document import NATIONALITY_NL
from synth.people import CITIES, Application, Person, make_postcode

wrap = DocCanvas.wrap

# streets a town hall or a Werkplein stands on (fictional, no house is meant)
CIVIC_STREETS = [
    "Stadhuisplein",
    "Raadhuisplein",
    "Stationsplein",
    "Markt",
    "Koningsplein",
    "Werkpleinlaan",
    "Stadskantoorweg",
]
SIGN_NOTE = (
    "Let op: zonder handtekening kunnen wij uw aanvraag niet in behandeling nemen. Heeft u een "
    "partner? Dan zet ook uw partner een handtekening op dit formulier."
)


def town_hall(app: Application, rng: random.Random) -> tuple[str, str]:
    """A fictional visiting address of the municipality: ('Stadhuisplein 4', '3011 AB Rotterdam'),
    never the applicant's postcode."""
    prefix = dict(CITIES).get(app.address.city, "10")
    pc = make_postcode(rng, prefix)
    while pc == app.address.postcode:
        pc = make_postcode(rng, prefix)
    return (
        f"{rng.choice(CIVIC_STREETS)} {rng.randint(1, 40)}",
        f"{pc[:4]} {pc[4:]} {app.address.city}",
    )


def para_h(text: str, font: str, size: float, width: float) -> float:
    """The height `paragraph` takes for `text`."""
    return len(wrap(text, font, size, width)) * size * PT * 1.3 + 0.5


def written_money(value: Decimal, style: str, zero: str) -> str:
    """An amount as a citizen writes it: '655,72', '1.355,21', '850,-', '0' / '0,-'."""
    if value == 0:
        return {"plain": "0,00", "dash_whole": "0,-", "zero": "0"}[zero]
    return euro_text(value, style)


def written_house_number(hn: str, spaced: bool) -> str:
    """'12a' written as '12a' or '12 a'; '12-2' and '12 hs' as they are."""
    number, extra = split_house_number(hn)
    if spaced and len(extra) == 1 and extra.isalpha():
        return f"{number} {extra}"
    return hn


def pen_strike(c: DocCanvas, rng: random.Random, box: Box, pen: Pen) -> None:
    """A citizen striking an unused part through: one or two wavering diagonal pen strokes."""
    x0, y0, x1, y1 = box
    w = rng.uniform(0.7, 1.1)
    c.line(
        x0 + rng.uniform(0, 4),
        y1 - rng.uniform(0, 2),
        x1 - rng.uniform(0, 4),
        y0 + rng.uniform(0, 2),
        width=w,
        color=pen.color,
    )
    if rng.random() < 0.4:
        c.line(
            x0 + rng.uniform(0, 4),
            y0 + rng.uniform(0, 2),
            x1 - rng.uniform(0, 4),
            y1 - rng.uniform(0, 2),
            width=w,
            color=pen.color,
        )


def scribble_at(
    c: DocCanvas,
    rng: random.Random,
    place: Box,
    how: str,
    pen: Pen,
    *,
    x_max: float = 200.0,
    line: bool = False,
) -> Box:
    """Sign a place (x0, y0, x1, y1): inside it ('in'), across its top or bottom edge ('edge';
    a place above a `line` only across its bottom, the line) or running out beside it
    ('beside'); returns the box the pen stroke was drawn in."""
    x0, y0, x1, y1 = place
    w, h = x1 - x0, y1 - y0
    if how == "edge":
        if not line and rng.random() < 0.5:  # over the frame's top edge
            box = (x0 + w * 0.08, y0 - h * 0.4, x0 + w * 0.85, y0 + h * 0.55)
        else:  # down through the bottom edge
            box = (x0 + w * 0.1, y0 + h * 0.45, x0 + w * 0.9, y1 + h * 0.35)
    elif how == "beside":
        sx = x0 + w * rng.uniform(0.45, 0.6)
        box = (sx, y0 + h * 0.05, min(x_max, sx + w * rng.uniform(0.7, 0.85)), y1 - h * 0.1)
    else:
        box = (x0 + 2, y0 + 2, x1 - 2, y1 - 2)
    c.scribble(box[0], box[1], box[2] - box[0], box[3] - box[1], rng, color=pen.color)
    return box


def sign_applicant(
    c: DocCanvas,
    app: Application,
    rng: random.Random,
    place: Box,
    how: str,
    pen: Pen,
    *,
    x_max: float = 200.0,
    line: bool = False,
) -> None:
    """The applicant's signature: the pen stroke when signed, and the truth of it (the signing
    place, widened by a stroke that runs out of it)."""
    box = place
    if app.signed:
        box = union(place, scribble_at(c, rng, place, how, pen, x_max=x_max, line=line))
    c.signature_box = (c.page_index + 1, box)
    c.mark("signature_present", app.signed, box, None)


# --- layout: gemeente_paper ----------------------------------------------------------------------


@dataclass(slots=True)
class Slot:
    """Room for one handwritten answer: a box, a line, a ruled cell or comb squares."""

    caption: str = ""
    tokens: list[Token] = field(default_factory=list)
    frac: float = 1.0
    comb: str | None = None  # '#########', '##-##-####', '#### ##': one character per square
    prefix: str = ""  # printed before the room, e.g. '€'
    spacer: bool = False
    na: bool = False  # the partner's room on a form without partner


@dataclass(slots=True)
class YN:
    name: str  # checkbox name stem
    answer: bool | None
    fld: str | None = None
    jump_on: bool | None = None  # the answer that skips ahead
    jump_to: str = ""
    text_yes: str = "Ja"
    text_no: str = "Nee"


@dataclass(slots=True)
class GQ:
    """One numbered question: its label, rows of answer rooms, or Ja/Nee boxes."""

    label: str
    rows: list[list[Slot]] = field(default_factory=list)
    yesno: YN | None = None
    note: str = ""
    number: str = ""
    na: bool = False


@dataclass(slots=True)
class PTable:
    """Applicant and partner side by side: (label, applicant room, partner room) per row."""

    rows: list[tuple[str, Slot, Slot]]
    numbers: list[str] = field(default_factory=list)
    partner: bool = True


@dataclass(slots=True)
class GNote:
    text: str


@dataclass(slots=True)
class GStyle:
    font: str
    bold: str
    size: float
    left: float
    right: float
    numbering: str  # dotted (1.3) / flat (7) / vraag (Vraag 7)
    mode: str  # left: label column, rooms right / above: label over the rooms / grid: ruled cells
    q_w: float
    answer: str  # box / line (modes left and above)
    rule: str  # solid / dotted / dashed
    fill: Color | None  # tinted answer boxes
    box_h: float
    yesno: str  # inline / after / stacked / nee_first
    check: str  # cross / check
    box: float
    heading: str  # bar / rule / badge / caps
    accent: Color
    pen: Pen
    no_partner: str  # empty / nvt / strike
    num_w: float = 9.0


class FormStyle(Protocol):
    size: float
    left: float
    right: float


S = TypeVar("S", bound=FormStyle)


class FormDrawing(Generic[S]):
    """The drawing of a paper form in style `st` on a sheet."""

    def __init__(self, sh: Sheet, st: S) -> None:
        self.sh, self.st, self.c, self.rng = sh, st, sh.c, sh.rng

    # -- geometry -----------------------------------------------------------------------------
    @property
    def lh(self) -> float:
        return self.st.size * PT * 1.3

    @property
    def width(self) -> float:
        return self.st.right - self.st.left


class GForm(FormDrawing[GStyle]):
    def label_lines(self, q: GQ) -> list[str]:
        st = self.st
        if st.mode == "left":
            return wrap(q.label, st.font, st.size, st.q_w)
        return wrap(q.label, st.font, st.size, self.width - st.num_w)

    def note_lines(self, q: GQ) -> list[str]:
        st = self.st
        width = st.q_w if st.mode == "left" else self.width - st.num_w
        return wrap(q.note, st.font, st.size - 1.5, width) if q.note else []

    def has_caps(self, row: list[Slot]) -> bool:
        return any(s.caption for s in row)

    def cap_h(self) -> float:
        return 3.2

    def grid_band(self, lines: int) -> float:
        return 1.2 + lines * 2.9

    def row_h(self, row: list[Slot]) -> float:
        st = self.st
        if st.mode == "grid":
            return self.grid_band(1) + st.box_h + 0.8
        return st.box_h + (self.cap_h() if self.has_caps(row) else 0.0) + 2.2

    def yn_h(self, yn: YN) -> float:
        return (2 if self.st.yesno == "stacked" else 1) * (self.st.box + 3.0) + 1.0

    def height(self, q: GQ) -> float:
        st = self.st
        if st.mode == "grid":
            return self.grid_height(q)
        text_h = len(self.label_lines(q)) * self.lh + len(self.note_lines(q)) * self.lh * 0.85
        rooms = sum(self.row_h(r) for r in q.rows) + (self.yn_h(q.yesno) if q.yesno else 0.0)
        if st.mode == "left":
            return max(text_h, rooms) + 2.5
        return text_h + 1.0 + rooms + 2.0

    # -- headings and text --------------------------------------------------------------------
    def section(self, n: int, title: str) -> None:
        st, c, sh = self.st, self.c, self.sh
        sh.need(36)
        sh.y += 2.5
        y, x0, w = sh.y, st.left, self.width
        size = st.size + 2
        if st.heading == "bar":
            c.rect(x0, y, w, 7, stroke=0, fill=st.accent)
            c.text(x0 + 2, y + 4.9, f"{n}  {title}", font=st.bold, size=size, color=WHITE)
        elif st.heading == "rule":
            c.text(x0, y + 5, f"{n}  {title}", font=st.bold, size=size, color=st.accent)
            c.line(x0, y + 7, x0 + w, y + 7, width=0.8, color=st.accent)
        elif st.heading == "caps":
            c.text(x0, y + 5, f"{n}. {title.upper()}", font=st.bold, size=size - 1)
            c.line(x0, y + 6.8, x0 + w, y + 6.8, width=0.3)
        else:  # badge: the number in a filled square, a light band behind the title
            c.rect(x0, y, w, 7, stroke=0, fill=(0.92, 0.92, 0.92))
            c.rect(x0, y, 7, 7, stroke=0, fill=st.accent)
            c.text(x0 + 3.5, y + 4.9, str(n), font=st.bold, size=size, align="center", color=WHITE)
            c.text(x0 + 10, y + 4.9, title, font=st.bold, size=size)
        sh.y += 10.5

    def intro(
        self, text: str, *, size: float | None = None, color: Color = BLACK, keep: bool = False
    ) -> None:
        """A paragraph across the page; `keep`: all its lines on one page."""
        st = self.st
        if keep:
            self.sh.need(para_h(text, st.font, size or st.size - 0.5, self.width))
        paragraph(
            self.sh,
            st.left,
            self.width,
            text,
            font=st.font,
            size=size or st.size - 0.5,
            color=color,
        )
        self.sh.y += 2.5

    # -- answer rooms -------------------------------------------------------------------------
    def write(self, tokens: list[Token], x: float, base: float, max_w: float) -> Box | None:
        return hand(self.c, self.rng, self.st.pen, x, base, tokens, max_w)

    def na_mark(self, x: float, base: float, w: float) -> None:
        """No partner: 'n.v.t.' written in the room (the style decides whether at all)."""
        if self.st.no_partner == "nvt":
            self.write([("n.v.t.", None, None)], x + self.rng.uniform(1, 4), base, w - 5)

    def room(self, s: Slot, x: float, y: float, w: float, h: float, *, framed: bool) -> None:
        """The room (x, y, w, h) and its writing. `framed` False: a grid cell, no own frame."""
        st, c = self.st, self.c
        if s.spacer:
            return
        if s.prefix:
            b = c.text(x, y + h - 2.0, s.prefix, font=st.font, size=st.size)
            x, w = b[2] + 1.5, w - (b[2] + 1.5 - x)
        if s.comb is not None:
            self.comb(s, x, y, w, h)
            return
        line = framed and st.answer == "line"
        if framed and not line:
            c.rect(x, y, w, h, stroke=0.5, fill=st.fill)
        elif line:
            dash = {"dotted": (0.4, 1.2), "dashed": (2.0, 1.2)}.get(st.rule)
            c.line(x, y + h, x + w, y + h, width=0.5 if st.rule == "solid" else 0.6, dash=dash)
        base = y + h - (1.3 if line else 1.9)
        hx = x + self.rng.uniform(1.0, 3.0)
        if s.tokens:
            self.write(s.tokens, hx, base, x + w - hx - 1.5)
        elif s.na:
            self.na_mark(x, base, w)

    def comb(self, s: Slot, x: float, y: float, w: float, h: float) -> None:
        """Comb squares, one handwritten character in each."""
        st, c = self.st, self.c
        assert s.comb is not None
        n = s.comb.count("#")
        seps = len(s.comb) - n
        cw = min(5.0, (w - seps * 2.0) / n)
        sep = 2.0
        text, fld, val = s.tokens[0] if s.tokens else ("", None, None)
        chars = list(text)
        if chars and len(chars) != n:
            raise ValueError(f"{text!r} does not fit comb {s.comb!r}")
        cx, k = x, 0
        size = min(st.pen.size, cw / PT * 0.95)
        for ch in s.comb:
            if ch != "#":
                if ch != " ":
                    c.text(
                        cx + sep / 2, y + h - 2.2, ch, font=st.font, size=st.size, align="center"
                    )
                cx += sep
                continue
            c.rect(cx, y, cw, h, stroke=0.5, fill=st.fill)
            if k < len(chars):
                b = c.text(
                    cx + cw / 2 + self.rng.uniform(-0.4, 0.4),
                    y + h - 1.8 + self.rng.uniform(-0.3, 0.2),
                    chars[k],
                    font=st.pen.font,
                    size=size * self.rng.uniform(0.95, 1.03),
                    align="center",
                    color=st.pen.color,
                )
                if fld is not None:
                    c.mark(fld, val, b, chars[k])
            k += 1
            cx += cw
        if not chars and s.na:
            self.na_mark(cx + 1, y + h - 1.9, 30)

    def rooms_row(self, row: list[Slot], x0: float, x1: float, y: float) -> None:
        """A row of rooms between x0 and x1 with its top at y (captions under or above)."""
        st, c = self.st, self.c
        gap = 4.0
        total = sum(s.frac for s in row)
        avail = x1 - x0 - gap * (len(row) - 1)
        top = y + (self.cap_h() if st.mode == "above" and self.has_caps(row) else 0.0)
        x = x0
        for s in row:
            w = avail * s.frac / total
            if not s.spacer:
                if s.caption and st.mode == "above":
                    c.text(x, top - 0.9, s.caption, font=st.font, size=6.8, color=GREY)
                self.room(s, x, top, w, st.box_h, framed=True)
                if s.caption and st.mode == "left":
                    c.text(x, top + st.box_h + 2.7, s.caption, font=st.font, size=6.5, color=GREY)
            x += w + gap

    # -- Ja/Nee boxes -------------------------------------------------------------------------
    def yesno(self, yn: YN, x: float, y: float) -> float:
        """The Ja/Nee boxes with their top near y; returns the y below them."""
        st, c = self.st, self.c
        s = st.box
        opts = [(yn.text_yes, True), (yn.text_no, False)]
        if st.yesno == "nee_first":
            opts.reverse()
        region: Box | None = None
        cy, cx = y + 1.2, x
        for k, (label, val) in enumerate(opts):
            if st.yesno == "stacked" and k:
                cy += s + 3.0
                cx = x
            if st.yesno == "after":
                t = c.text(cx, cy + s - 0.5, label, font=st.font, size=st.size)
                bx = t[2] + 1.5
            else:
                bx = cx
            b = c.checkbox(bx, cy, False, size=s)
            c.checkboxes[f"{yn.name}_{'ja' if val else 'nee'}"] = yn.answer is val
            if yn.answer is val:
                hand_tick(c, self.rng, bx, cy, s, st.pen, st.check)
            if st.yesno != "after":
                t = c.text(bx + s + 1.5, cy + s - 0.5, label, font=st.font, size=st.size)
            region = union(union(region, b), t)
            end = max(t[2], b[2])
            if yn.jump_on is val and yn.jump_to:
                note = f"{'→' if st.font not in BASE14 else '>'} ga verder met vraag {yn.jump_to}"
                end = c.text(
                    end + 2.5, cy + s - 0.5, note, font=st.font, size=st.size - 1.5, color=GREY
                )[2]
            cx = end + 8
        if yn.fld is not None and yn.answer is not None and region is not None:
            c.mark(yn.fld, yn.answer, region, "Ja" if yn.answer else "Nee")
        return cy + s + 1.8

    def yn_fits(self, yn: YN, x: float) -> bool:
        st = self.st
        need = 2 * (st.box + 1.5 + 8) + DocCanvas.width("Ja Nee", st.font, st.size)
        if yn.jump_to:
            need += 3 + DocCanvas.width(
                f"> ga verder met vraag {yn.jump_to}", st.font, st.size - 1.5
            )
        return x + need <= st.right

    # -- questions ----------------------------------------------------------------------------
    def question(self, q: GQ) -> None:
        st = self.st
        if st.mode == "grid":
            self.grid_question(q)
            return
        if q.yesno is not None and st.yesno != "stacked":
            ax = st.left + st.num_w + (st.q_w + 4 if st.mode == "left" else 0)
            if not self.yn_fits(q.yesno, ax):
                q.yesno.jump_to = ""
        sh, c = self.sh, self.c
        sh.need(self.height(q))
        y0 = sh.y
        qx = st.left + st.num_w
        first_base = y0 + (
            st.box_h / 2 + st.size * PT * 0.35 if st.mode == "left" else self.lh * 0.78
        )
        c.text(st.left, first_base, q.number, font=st.bold, size=st.size)
        y = first_base
        for line in self.label_lines(q):
            c.text(qx, y, line, font=st.font, size=st.size)
            y += self.lh
        y -= self.lh * 0.78
        for line in self.note_lines(q):
            c.text(qx, y + self.lh * 0.7, line, font=st.font, size=st.size - 1.5, color=GREY)
            y += self.lh * 0.85
        if st.mode == "left":
            ax, ay = qx + st.q_w + 4, y0
        else:
            ax, ay = qx, y + 1.0
        if q.yesno is not None:
            ay = self.yesno(
                q.yesno, ax, ay + (st.box_h - st.box) / 2 - 1.2 if st.mode == "left" else ay
            )
        for row in q.rows:
            self.rooms_row(row, ax, st.right, ay)
            ay += self.row_h(row)
        sh.y = max(y, ay) + 2.5

    def struck(self, qs: list[GQ]) -> None:
        """The partner's questions on a form without partner, struck through in one go."""
        st, sh = self.st, self.sh
        sh.need(sum(self.height(q) for q in qs))
        top, page = sh.y, sh.page
        for q in qs:
            self.question(q)
        assert sh.page == page
        x0 = st.left + st.num_w + (st.q_w + 4 if st.mode == "left" else 0)
        if st.mode == "grid":
            x0 = st.left + 25
        pen_strike(self.c, self.rng, (x0, top + 3, st.right - 4, sh.y - 3), st.pen)

    def grid_caption(self, q: GQ, k: int, s: Slot) -> str:
        if k == 0:
            return f"{q.number} {s.caption or q.label}" if s.caption else f"{q.number} {q.label}"
        return s.caption

    def grid_height(self, q: GQ) -> float:
        st = self.st
        h = 0.0
        if q.yesno is not None or not q.rows:
            lines = wrap(f"{q.number} {q.label}", st.font, 7.0, self.width - 3)
            h += self.grid_band(len(lines)) + self.yn_h(q.yesno) if q.yesno else 0.0
        for row in q.rows:
            h += self.grid_row_h(q, row)
        return h + 0.1

    def grid_row_h(self, q: GQ, row: list[Slot]) -> float:
        st = self.st
        n = 1
        total = sum(s.frac for s in row)
        for k, s in enumerate(row):
            w = self.width * s.frac / total
            n = max(n, len(wrap(self.grid_caption(q, k, s), st.font, 7.0, w - 2.4)))
        return self.grid_band(n) + st.box_h + 0.8

    def grid_question(self, q: GQ) -> None:
        """Ruled cells across the page, each caption in its cell's top-left corner."""
        st, c, sh = self.st, self.c, self.sh
        sh.need(self.grid_height(q))
        x0 = st.left
        if q.yesno is not None:
            lines = wrap(f"{q.number} {q.label}", st.font, 7.0, self.width - 3)
            h = self.grid_band(len(lines)) + self.yn_h(q.yesno)
            c.rect(x0, sh.y, self.width, h, stroke=0.5)
            for i, line in enumerate(lines):
                c.text(x0 + 1.2, sh.y + 3.0 + i * 2.9, line, font=st.font, size=7.0)
            self.yesno(q.yesno, x0 + 3, sh.y + self.grid_band(len(lines)) - 0.6)
            sh.y += h
        for row in q.rows:
            h = self.grid_row_h(q, row)
            total = sum(s.frac for s in row)
            x = x0
            for k, s in enumerate(row):
                w = self.width * s.frac / total
                if s.spacer:  # the row stops short of the right margin
                    x += w
                    continue
                cap = wrap(self.grid_caption(q, k, s), st.font, 7.0, w - 2.4)
                c.rect(x, sh.y, w, h, stroke=0.5, fill=None)
                for i, line in enumerate(cap):
                    c.text(x + 1.2, sh.y + 3.0 + i * 2.9, line, font=st.font, size=7.0)
                band = self.grid_band(len(cap))
                top = sh.y + band + (h - band - st.box_h - 0.8)
                self.room(s, x + 1.2, top, w - 2.4, st.box_h, framed=False)
                x += w
            sh.y += h
        sh.y += 0.1

    def ptable(self, t: PTable) -> None:
        """Aanvrager | Partner columns, the partner column empty, 'n.v.t.' or struck through
        without a partner."""
        st, c, sh = self.st, self.c, self.sh
        lw = min(62.0, self.width * 0.36)
        cw = (self.width - lw) / 2
        row_h = st.box_h + 2.4
        head_h = 7.0
        sh.need(head_h + row_h * len(t.rows) + 3)
        x0, y = st.left, sh.y
        fill = (0.9, 0.9, 0.9) if st.heading != "bar" else (0.86, 0.88, 0.92)
        c.rect(x0 + lw, y, 2 * cw, head_h, stroke=0, fill=fill)
        for i, title in enumerate(("Aanvrager", "Partner")):
            c.text(x0 + lw + i * cw + 2, y + 4.8, title, font=st.bold, size=st.size)
        y += head_h
        size = st.size - 0.5
        for (label, a, p), num in zip(t.rows, t.numbers, strict=True):
            text = f"{num} {label}" if num else label
            while DocCanvas.width(text, st.font, size) > lw - 3 and size > 6.5:
                size -= 0.25
            c.text(x0 + 1.5, y + row_h / 2 + size * PT * 0.35, text, font=st.font, size=size)
            for i, s in enumerate((a, p)):
                cx = x0 + lw + i * cw
                if s.comb is not None:
                    self.comb(s, cx + 1.5, y + 1.2, cw - 3, row_h - 2.4)
                else:
                    self.room(s, cx + 0.5, y + 1.2, cw - 1, row_h - 2.4, framed=False)
            y += row_h
        top = sh.y
        for r in range(len(t.rows) + 2):
            yy = top if r == 0 else top + head_h + row_h * (r - 1)
            c.line(x0 + (lw if r == 0 else 0), yy, st.right, yy, width=0.4)
        for xv in (x0, x0 + lw, x0 + lw + cw, st.right):
            c.line(xv, top if xv != x0 else top + head_h, xv, y, width=0.4)
        if not t.partner and st.no_partner == "strike":
            pen_strike(
                c, self.rng, (x0 + lw + cw + 3, top + head_h + 2, st.right - 3, y - 2), st.pen
            )
        elif not t.partner and st.no_partner == "nvt":
            self.write(
                [("n.v.t.", None, None)],
                x0 + lw + cw + cw * 0.35,
                top + head_h + row_h * len(t.rows) / 2 + 1.5,
                cw * 0.6,
            )
        sh.y = y + 3.5


@dataclass(slots=True)
class PaperChoices:
    """What one gemeente_paper document looks like: its style and its variants."""

    fonts: tuple[str, str]
    mode: str
    serif: bool
    st: GStyle
    partner_pen: Pen
    sender: str
    dept: str
    title: str
    subtitle: str
    year: int
    code: str
    visit: tuple[str, str]
    office_box: bool
    bsn_header: bool
    zoz: bool
    persons: str
    address: str
    pc_comb: bool
    bsn_comb: bool
    dob_kind: str
    iban_comb: bool
    surname_split: bool
    spaced_letter: bool
    phrasing: str
    hand_dates: str
    money_style: str
    zero_style: str
    pc_spaced: bool
    iban_spaced: bool
    phone_style: str
    start_first: bool
    checklist: bool
    nat_row: bool
    sig_kind: str
    sig_how: str
    sig_dash: tuple[float, float] | None
    sig_place: bool
    partner: Person | None
    partner_signs: bool
    zoz_text: str


def paper_choices(app: Application, rng: random.Random) -> PaperChoices:
    """The variants of one document, drawn first from the layout's rng (so they can be replayed)."""
    fonts = rng.choice(
        [
            *SANS_FONTS,
            ("LiberationSerif", "LiberationSerif-Bold"),
            ("DejaVuSansCondensed", "DejaVuSans-Bold"),
        ]
    )
    mode = rng.choice(["left", "above", "grid"])
    serif = "Serif" in fonts[0]
    st = GStyle(
        font=fonts[0],
        bold=fonts[1],
        size=rng.choice([8.5, 9.0, 9.5]) + (0.5 if serif else 0.0),
        left=rng.choice([17.0, 19.0, 21.0]),
        right=rng.choice([189.0, 191.0, 193.0]),
        numbering=rng.choice(["dotted", "dotted", "flat", "vraag"]),
        mode=mode,
        q_w=rng.uniform(52, 66),
        answer=rng.choice(["box", "box", "line"]),
        rule=rng.choice(["solid", "dotted", "dashed"]),
        fill=rng.choice([None, None, (0.93, 0.95, 1.0), (1.0, 0.98, 0.88)]),
        box_h=rng.uniform(7.5, 8.8),
        yesno=rng.choice(["inline", "after", "stacked", "nee_first"]),
        check=rng.choice(["cross", "cross", "check"]),
        box=rng.choice([3.5, 4.0, 4.5]),
        heading=rng.choice(["bar", "rule", "badge", "caps"]),
        accent=rng.choice(
            [
                (0.0, 0.33, 0.55),
                (0.6, 0.1, 0.15),
                (0.05, 0.42, 0.3),
                (0.2, 0.2, 0.2),
                (0.45, 0.2, 0.5),
            ]
        ),
        pen=_pen(rng),
        no_partner=rng.choice(["empty", "nvt", "strike"]),
    )
    partner_pen = _pen(rng)
    sender = rng.choice(["gemeente", "gemeente", "gemeente", "werkplein", "sociale_dienst", "isd"])
    dept = rng.choice(
        [
            "Afdeling Werk en Inkomen",
            "Team Inkomensondersteuning",
            "Sociale Zaken",
            "Cluster Werk & Inkomen",
        ]
    )
    title = rng.choice(
        [
            "Aanvraag bijstand",
            "Aanvraag levensonderhoud",
            "Aanvraagformulier bijstand levensonderhoud",
            "Aanvraag algemene bijstand (Participatiewet)",
        ]
    )
    subtitle = rng.choice(
        [
            "Participatiewet – voor inwoners van 18 jaar tot de AOW-leeftijd",
            "Lees eerst de toelichting voordat u dit formulier invult",
            "Invullen met een zwarte of blauwe pen, in blokletters",
        ]
    )
    year = app.application_date.year
    code = rng.choice(
        [
            f"WI {rng.randint(10, 99)}-{year % 100:02d}",
            f"Formulier PW-{rng.randint(1, 9):02d} versie {rng.randint(1, 6)}.{rng.randint(0, 9)}",
            f"SZ/{rng.randint(100, 999)}/{year}",
        ]
    )
    visit = town_hall(app, rng)
    office_box = rng.random() < 0.55
    bsn_header = rng.random() < 0.35
    zoz = rng.random() < 0.5
    persons = rng.choice(["columns", "sections"])
    address = rng.choice(["separate", "combined", "oneline"])
    pc_comb = rng.random() < 0.35 and mode != "grid"
    bsn_comb = rng.random() < 0.4
    dob_kind = rng.choice(["text", "text", "comb", "split"])
    iban_comb = rng.random() < 0.25 and mode != "left"
    surname_split = rng.random() < 0.45
    spaced_letter = rng.random() < 0.35
    phrasing = "label" if mode == "grid" else rng.choice(["label", "question"])
    hand_dates = rng.choice(["dash", "dash", "slash", "dot", "long"])
    money_style = rng.choice(["plain", "nothousands", "dash_whole"])
    zero_style = rng.choice(["plain", "dash_whole", "zero"])
    pc_spaced = rng.random() < 0.6
    iban_spaced = rng.random() < 0.55
    phone_style = rng.choice(["dash", "spaced", "compact"])
    start_first = rng.random() < 0.35
    checklist = rng.random() < 0.5
    nat_row = rng.random() < 0.5
    sig_kind = rng.choice(["table4", "table_rows", "line", "frame", "beside_label"])
    sig_how = rng.choices(["in", "edge", "beside"], weights=[5, 3, 2])[0]
    sig_dash = rng.choice([None, (2.0, 1.2), (0.4, 1.2)])
    sig_place = rng.random() < 0.6
    partner = app.partner
    partner_signs = partner is not None and rng.random() < (0.88 if app.signed else 0.5)

    return PaperChoices(
        fonts=fonts,
        mode=mode,
        serif=serif,
        st=st,
        partner_pen=partner_pen,
        sender=sender,
        dept=dept,
        title=title,
        subtitle=subtitle,
        year=year,
        code=code,
        visit=visit,
        office_box=office_box,
        bsn_header=bsn_header,
        zoz=zoz,
        persons=persons,
        address=address,
        pc_comb=pc_comb,
        bsn_comb=bsn_comb,
        dob_kind=dob_kind,
        iban_comb=iban_comb,
        surname_split=surname_split,
        spaced_letter=spaced_letter,
        phrasing=phrasing,
        hand_dates=hand_dates,
        money_style=money_style,
        zero_style=zero_style,
        pc_spaced=pc_spaced,
        iban_spaced=iban_spaced,
        phone_style=phone_style,
        start_first=start_first,
        checklist=checklist,
        nat_row=nat_row,
        sig_kind=sig_kind,
        sig_how=sig_how,
        sig_dash=sig_dash,
        sig_place=sig_place,
        partner=partner,
        partner_signs=partner_signs,
        zoz_text=rng.choice(["z.o.z.", "Zie ommezijde", "Lees verder op de volgende pagina"]),
    )


@layout("application_form", "gemeente_paper")
def gemeente_paper(c: DocCanvas, app: Application, rng: random.Random) -> None:
    """A municipality's paper application form filled in by hand with numbered sections and
    questions; the signing part varies (table, captioned line, framed box, box beside its label)."""
    ch = paper_choices(app, rng)
    st = ch.st
    partner_pen = ch.partner_pen
    sender = ch.sender
    dept = ch.dept
    title = ch.title
    subtitle = ch.subtitle
    code = ch.code
    visit = ch.visit
    office_box = ch.office_box
    bsn_header = ch.bsn_header
    zoz = ch.zoz
    persons = ch.persons
    address = ch.address
    pc_comb = ch.pc_comb
    bsn_comb = ch.bsn_comb
    dob_kind = ch.dob_kind
    iban_comb = ch.iban_comb
    surname_split = ch.surname_split
    spaced_letter = ch.spaced_letter
    phrasing = ch.phrasing
    hand_dates = ch.hand_dates
    money_style = ch.money_style
    zero_style = ch.zero_style
    pc_spaced = ch.pc_spaced
    iban_spaced = ch.iban_spaced
    phone_style = ch.phone_style
    start_first = ch.start_first
    checklist = ch.checklist
    nat_row = ch.nat_row
    sig_kind = ch.sig_kind
    sig_how = ch.sig_how
    sig_dash = ch.sig_dash
    sig_place = ch.sig_place
    partner = ch.partner
    partner_signs = ch.partner_signs
    zoz_text = ch.zoz_text

    def lab(label: str, question: str) -> str:
        return question if phrasing == "question" else label

    def money_slot(value: Decimal, fld: str) -> list[Slot]:
        tok = [(written_money(value, money_style, zero_style), fld, money_norm(value))]
        return [Slot("", tok, 0.42, prefix="€"), Slot(frac=0.58, spacer=True)]

    def dob_slots(p: Person | None, role: str, *, table: bool = False) -> list[Slot]:
        fld = f"{role}_date_of_birth"
        if dob_kind == "comb" or (table and dob_kind == "split"):
            toks = (
                [(p.date_of_birth.strftime("%d%m%Y"), fld, p.date_of_birth.isoformat())]
                if p
                else []
            )
            return [
                Slot("", toks, 0.7, comb="##-##-####", na=p is None),
                Slot(frac=0.3, spacer=True),
            ]
        if dob_kind == "split":
            if p is None:
                parts: list[list[Token]] = [[], [], []]
            else:
                d, iso = p.date_of_birth, p.date_of_birth.isoformat()
                parts = [
                    [(f"{d.day:02d}", fld, iso)],
                    [(f"{d.month:02d}", fld, iso)],
                    [(str(d.year), fld, iso)],
                ]
            return [
                Slot("dag", parts[0], 0.16, na=p is None),
                Slot("maand", parts[1], 0.16),
                Slot("jaar", parts[2], 0.24),
                Slot(frac=0.44, spacer=True),
            ]
        toks = _date_tokens(p.date_of_birth, fld, hand_dates) if p else []
        return [Slot("", toks, 0.5, na=p is None), Slot(frac=0.5, spacer=True)]

    def bsn_slots(p: Person | None, role: str) -> list[Slot]:
        toks: list[Token] = [(p.bsn, f"{role}_bsn", p.bsn)] if p else []
        if bsn_comb:
            return [
                Slot("", toks, 0.75, comb="#########", na=p is None),
                Slot(frac=0.25, spacer=True),
            ]
        return [Slot("", toks, 0.5, na=p is None), Slot(frac=0.5, spacer=True)]

    def name_tokens(p: Person | None, role: str) -> tuple[list[Token], list[Token], list[Token]]:
        if p is None:
            return [], [], []
        fld = f"{role}_surname"
        pre: list[Token] = [(p.prefix, fld, p.surname)] if p.prefix else []
        return pre, [(p.surname_core, fld, p.surname)], [(p.surname, fld, p.surname)]

    def person_questions(p: Person | None, role: str) -> list[GQ]:
        mine = role == "applicant"
        who = "uw" if mine else "de"
        of = "" if mine else " van uw partner"
        suffix = "" if mine else " partner"
        pre, core, full = name_tokens(p, role)
        first: list[Token] = [(p.first_names, f"{role}_first_names", p.first_names)] if p else []
        qs = [
            GQ(
                lab(
                    rng.choice(["Burgerservicenummer", "Burgerservicenummer (BSN)"]) + suffix,
                    f"Wat is {'uw' if mine else 'het'} burgerservicenummer{of}?",
                ),
                [bsn_slots(p, role)],
                note="Het BSN staat op het paspoort of de identiteitskaart."
                if mine and rng.random() < 0.4
                else "",
            )
        ]
        if surname_split:
            qs.append(
                GQ(
                    lab("Naam" + suffix, f"Wat is {who} naam{of}?"),
                    [
                        [
                            Slot(
                                rng.choice(["Tussenvoegsel(s)", "Voorvoegsel"]),
                                pre,
                                0.3,
                                na=p is None,
                            ),
                            Slot("Achternaam", core, 0.7),
                        ]
                    ],
                )
            )
        else:
            qs.append(
                GQ(
                    lab(
                        rng.choice(["Achternaam", "Geslachtsnaam"]) + suffix,
                        f"Wat is {who} achternaam{of}?",
                    ),
                    [[Slot("", full, na=p is None)]],
                )
            )
        qs.append(
            GQ(
                lab(
                    rng.choice(["Voornamen (voluit)", "Alle voornamen"]) + suffix,
                    f"Wat zijn {who} voornamen{of} (voluit)?",
                ),
                [[Slot("", first, na=p is None)]],
            )
        )
        qs.append(
            GQ(
                lab("Geboortedatum" + suffix, f"Wat is {who} geboortedatum{of}?"),
                [dob_slots(p, role)],
            )
        )
        if nat_row:
            nat: list[Token] = (
                [(NATIONALITY_NL.get(p.nationality, p.nationality), None, None)] if p else []
            )
            qs.append(
                GQ(
                    lab("Nationaliteit" + suffix, f"Wat is {who} nationaliteit{of}?"),
                    [[Slot("", nat, 0.55, na=p is None), Slot(frac=0.45, spacer=True)]],
                )
            )
        if not mine:
            for k, q in enumerate(qs):
                q.na = p is None
                for row in q.rows:  # 'n.v.t.' is written once, in the first question
                    for s in row:
                        s.na = s.na and k == 0
        return qs

    def table_rows(a: Person, p: Person | None) -> list[tuple[str, Slot, Slot]]:
        rows: list[tuple[str, Slot, Slot]] = []

        def bsn(x: Person | None, role: str) -> Slot:
            toks: list[Token] = [(x.bsn, f"{role}_bsn", x.bsn)] if x else []
            return Slot("", toks, comb="#########" if bsn_comb else None, na=x is None)

        rows.append(
            (rng.choice(["Burgerservicenummer", "BSN"]), bsn(a, "applicant"), bsn(p, "partner"))
        )
        apre, acore, afull = name_tokens(a, "applicant")
        ppre, pcore, pfull = name_tokens(p, "partner")
        if surname_split:
            rows.append(
                (rng.choice(["Tussenvoegsel(s)", "Voorvoegsel"]), Slot("", apre), Slot("", ppre))
            )
            rows.append(("Achternaam", Slot("", acore), Slot("", pcore)))
        else:
            rows.append(
                (rng.choice(["Achternaam", "Geslachtsnaam"]), Slot("", afull), Slot("", pfull))
            )

        def first(x: Person | None, role: str) -> Slot:
            return Slot("", [(x.first_names, f"{role}_first_names", x.first_names)] if x else [])

        rows.append(
            (
                rng.choice(["Voornamen (voluit)", "Voornamen"]),
                first(a, "applicant"),
                first(p, "partner"),
            )
        )
        rows.append(
            (
                "Geboortedatum",
                dob_slots(a, "applicant", table=True)[0],
                dob_slots(p, "partner", table=True)[0],
            )
        )
        if nat_row:

            def nat(x: Person | None) -> Slot:
                return Slot(
                    "",
                    [(NATIONALITY_NL.get(x.nationality, x.nationality), None, None)] if x else [],
                )

            rows.append(("Nationaliteit", nat(a), nat(p)))
        for _, s1, s2 in rows:
            s1.frac = s2.frac = 1.0
            s2.na = False  # the partner column as a whole is left empty or struck through
        return rows

    def address_questions() -> list[GQ]:
        ad = app.address
        hn = ad.house_number
        street: Token = (ad.street, "street", ad.street)
        qs: list[GQ] = []
        if address == "separate":
            number, extra = split_house_number(hn)
            qs.append(
                GQ(
                    lab("Adres", "Wat is uw adres?"),
                    [
                        [
                            Slot("Straat", [street], 0.6),
                            Slot("Huisnummer", [(number, "house_number", hn)], 0.2),
                            Slot("Toevoeging", [(extra, "house_number", hn)] if extra else [], 0.2),
                        ]
                    ],
                )
            )
        elif address == "combined":
            qs.append(
                GQ(
                    lab("Adres", "Wat is uw adres?"),
                    [
                        [
                            Slot("Straat", [street], 0.7),
                            Slot(
                                "Huisnummer + toevoeging",
                                [(written_house_number(hn, spaced_letter), "house_number", hn)],
                                0.3,
                            ),
                        ]
                    ],
                )
            )
        else:
            qs.append(
                GQ(
                    lab("Straat en huisnummer", "Wat is uw adres (straat en huisnummer)?"),
                    [
                        [
                            Slot(
                                "",
                                [
                                    street,
                                    (written_house_number(hn, spaced_letter), "house_number", hn),
                                ],
                            )
                        ]
                    ],
                )
            )
        pc_tok: Token = (
            ad.postcode if pc_comb else (ad.postcode_printed if pc_spaced else ad.postcode),
            "postcode",
            ad.postcode,
        )
        qs.append(
            GQ(
                lab("Postcode en woonplaats", "Wat zijn uw postcode en woonplaats?"),
                [
                    [
                        Slot("Postcode", [pc_tok], 0.3, comb="#### ##" if pc_comb else None),
                        Slot("Woonplaats", [(ad.city, "city", ad.city)], 0.7),
                    ]
                ],
            )
        )
        qs.append(
            GQ(
                lab("Telefoonnummer", "Op welk telefoonnummer bent u bereikbaar?"),
                [
                    [
                        Slot(
                            "", [(phone_printed(app.phone, phone_style), "phone", app.phone)], 0.55
                        ),
                        Slot(frac=0.45, spacer=True),
                    ]
                ],
            )
        )
        qs.append(
            GQ(
                lab("E-mailadres", "Wat is uw e-mailadres?"),
                [[Slot("", [(app.email, "email", app.email)])]],
            )
        )
        return qs

    def partner_question() -> GQ:
        return GQ(
            rng.choice(
                [
                    "Heeft u een partner?",
                    "Bent u getrouwd, heeft u een geregistreerd partnerschap of woont u samen?",
                    "Woont u samen met een partner (ook als u niet getrouwd bent)?",
                ]
            ),
            yesno=YN(
                "has_partner",
                partner is not None,
                "has_partner",
                jump_on=False if persons == "sections" else None,
            ),
            note=rng.choice(["", "Zo ja, vul dan ook de gegevens van uw partner in."]),
        )

    def build() -> list[tuple[str, list[Any]]]:
        a = app.applicant
        sections: list[tuple[str, list[Any]]] = []
        start = GQ(
            lab("Gewenste ingangsdatum", "Vanaf welke datum vraagt u bijstand aan?"),
            [
                [
                    Slot(
                        "",
                        _date_tokens(app.requested_start_date, "requested_start_date", hand_dates),
                        0.5,
                    ),
                    Slot(frac=0.5, spacer=True),
                ]
            ],
            note="U krijgt bijstand vanaf de datum waarop u zich heeft gemeld."
            if rng.random() < 0.4
            else "",
        )
        if start_first:
            sections.append((rng.choice(["Uw aanvraag", "Aanvraag"]), [start]))
        if persons == "columns":
            items: list[Any] = [partner_question()]
            if rng.random() < 0.5:
                items.append(GNote("Vul de kolom Partner alleen in als u een partner heeft."))
            items.append(PTable(table_rows(a, partner), partner=partner is not None))
            sections.append(
                (rng.choice(["Persoonsgegevens", "Gegevens aanvrager en partner"]), items)
            )
            sections.append((rng.choice(["Adres en contact", "Woonadres"]), address_questions()))
        else:
            sections.append(
                (
                    rng.choice(["Persoonsgegevens", "Gegevens aanvrager", "Uw gegevens"]),
                    person_questions(a, "applicant") + address_questions(),
                )
            )
            sections.append(
                ("Gegevens partner", [partner_question(), *person_questions(partner, "partner")])
            )
        kids = app.children_count
        housing: list[Any] = [
            GQ(
                lab("Woonsituatie", "Hoe woont u?"),
                [
                    [
                        Slot(
                            "",
                            [(rng.choice(["huurwoning", "huur", "kamer", "huurhuis"]), None, None)],
                            0.5,
                        ),
                        Slot(frac=0.5, spacer=True),
                    ]
                ],
            ),
            GQ(
                lab(
                    "Aantal kinderen jonger dan 18 jaar",
                    "Hoeveel kinderen jonger dan 18 jaar wonen bij u?",
                ),
                [
                    [
                        Slot("", [(str(kids), "children_count", kids)], 0.2),
                        Slot(frac=0.8, spacer=True),
                    ]
                ],
            ),
            GQ(
                lab(
                    "Huur of hypotheek per maand",
                    "Hoeveel betaalt u per maand aan huur of hypotheek?",
                ),
                [money_slot(app.housing_costs, "housing_costs")],
            ),
        ]
        if rng.random() < 0.5:
            housing.append(
                GQ("Ontvangt u huurtoeslag?", yesno=YN("huurtoeslag", rng.random() < 0.5))
            )
        sections.append((rng.choice(["Woonsituatie", "Wonen"]), housing))
        has_income = app.declared_monthly_income > 0
        income: list[Any] = [
            GQ(
                "Heeft u of uw partner inkomsten (loon, uitkering, alimentatie)?",
                yesno=YN("has_income", has_income),
            )
        ]
        if app.jobs and rng.random() < 0.6:
            income.append(
                GQ(
                    lab("Naam werkgever", "Bij welke werkgever werkt u of uw partner?"),
                    [
                        [
                            Slot(
                                "",
                                [
                                    (
                                        ", ".join(j.employer.name for j in app.jobs.values()),
                                        None,
                                        None,
                                    )
                                ],
                            )
                        ]
                    ],
                )
            )
        income.append(
            GQ(
                lab(
                    "Netto inkomsten per maand (samen)",
                    "Hoeveel zijn uw netto inkomsten per maand, samen met uw partner?",
                ),
                [money_slot(app.declared_monthly_income, "declared_monthly_income")],
            )
        )
        income.append(
            GQ(
                lab(
                    "Totaal saldo bank- en spaarrekeningen",
                    "Hoeveel geld heeft u op al uw bank- en spaarrekeningen samen?",
                ),
                [money_slot(app.declared_savings, "declared_savings")],
                note="Tel ook het geld van uw partner mee." if rng.random() < 0.5 else "",
            )
        )
        if rng.random() < 0.5:
            income.append(
                GQ("Heeft u een auto, motor of caravan?", yesno=YN("vehicle", rng.random() < 0.25))
            )
        sections.append((rng.choice(["Inkomsten en vermogen", "Inkomen en vermogen"]), income))
        acc = app.account
        iban_tok: Token = (
            acc.iban if iban_comb else (acc.iban_printed if iban_spaced else acc.iban),
            "iban",
            acc.iban,
        )
        pay: list[Any] = [
            GQ(
                lab(
                    "IBAN (rekeningnummer)",
                    "Op welk rekeningnummer (IBAN) wilt u de bijstand ontvangen?",
                ),
                [
                    [
                        Slot(
                            "",
                            [iban_tok],
                            1.0 if iban_comb else 0.75,
                            comb="#### #### #### #### ##" if iban_comb else None,
                        )
                    ]
                    + ([] if iban_comb else [Slot(frac=0.25, spacer=True)])
                ],
            ),
            GQ(
                lab("Op naam van", "Op wiens naam staat deze rekening?"),
                [[Slot("", [(acc.holder, None, None)])]],
            ),
        ]
        if not start_first:
            pay.append(start)
        sections.append((rng.choice(["Betaling", "Uitbetaling en ingangsdatum"]), pay))
        return sections

    def number(sections: list[tuple[str, list[Any]]]) -> None:
        n = 0
        firsts: list[str] = []
        for si, (_, items) in enumerate(sections, start=1):
            qi = 0
            firsts.append(f"{si}.1" if st.numbering == "dotted" else str(n + 1))
            for it in items:
                if isinstance(it, GNote):
                    continue
                count = len(it.rows) if isinstance(it, PTable) else 1
                nums = []
                for _ in range(count):
                    qi += 1
                    n += 1
                    nums.append(
                        {"dotted": f"{si}.{qi}", "flat": f"{n}", "vraag": f"Vraag {n}"}[
                            st.numbering
                        ]
                    )
                if isinstance(it, PTable):
                    it.numbers = nums if st.numbering != "vraag" else [""] * count
                else:
                    it.number = nums[0] + ("." if st.numbering == "flat" else "")
        firsts.append("")
        for si, (_, items) in enumerate(sections):
            for it in items:
                if isinstance(it, GQ) and it.yesno is not None and it.yesno.jump_on is not None:
                    it.yesno.jump_to = firsts[si + 1]

    def header(sh: Sheet) -> float:
        cv = sh.c
        x0, x1 = st.left, st.right
        if sh.page == 1:
            cv.logo(x0, 11, 11, sh.rng, color=st.accent)
            info = [
                postbus(app).split(", ")[0],
                postbus(app).split(", ")[1],
                f"Bezoekadres {visit[0]}",
                visit[1],
                f"www.{slug(app.address.city)}.nl",
            ]
            info_w = max(DocCanvas.width(t, st.font, 7) for t in info)
            for i, t in enumerate(info):
                cv.text(x1, 13 + i * 3.2, t, font=st.font, size=7, align="right", color=GREY)
            room = x1 - info_w - 4 - (x0 + 14)
            if sender == "gemeente":
                name, sub = f"Gemeente {app.address.city}", dept
            else:
                name, sub = (
                    region_name(app, sender),
                    f"namens het college van Gemeente {app.address.city}",
                )
            size = 14.0
            while DocCanvas.width(name, st.bold, size) > room:
                size -= 0.5
            cv.text(x0 + 14, 17.0, name, font=st.bold, size=size)
            cv.text(x0 + 14, 22.0, sub, font=st.font, size=8)
            y = 36.5
            size = 16.0
            limit = x1 - x0 - (62 if office_box else 0)
            while DocCanvas.width(title, st.bold, size) > limit:
                size -= 0.5
            cv.text(x0, y, title, font=st.bold, size=size)
            sub_size = 8.5
            while DocCanvas.width(subtitle, st.font, sub_size) > limit:
                sub_size -= 0.25
            cv.text(x0, y + 5.5, subtitle, font=st.font, size=sub_size, color=GREY)
            y += 9.5
            if office_box:
                cv.rect(x1 - 58, 30, 58, 15.5, stroke=0.4, color=GREY)
                cv.text(x1 - 56.5, 33, "Voor de gemeente", font=st.bold, size=6.5, color=GREY)
                cv.text(x1 - 56.5, 37.3, "Zaaknummer:", font=st.font, size=6.5, color=GREY)
                cv.text(x1 - 56.5, 41.3, "Datum ontvangst:", font=st.font, size=6.5, color=GREY)
                cv.text(x1 - 20, 41.3, "Paraaf:", font=st.font, size=6.5, color=GREY)
                y = max(y, 48.5)
            cv.line(x0, y, x1, y, width=0.8, color=st.accent)
            return y + 5
        cv.text(
            x0, 14, f"Gemeente {app.address.city} – {title}", font=st.font, size=7.5, color=GREY
        )
        if bsn_header:
            cv.text(x1 - 46, 14, "BSN aanvrager:", font=st.font, size=7.5, align="right")
            cv.rect(x1 - 44, 8.8, 44, 7, stroke=0.4)
            hand(cv, sh.rng, st.pen, x1 - 42.5, 14.3, [(app.applicant.bsn, None, None)], 40)
        cv.line(x0, 17.5, x1, 17.5, width=0.3, color=GREY)
        return 24

    def footer(sh: Sheet) -> None:
        cv = sh.c
        cv.text(
            (st.left + st.right) / 2,
            287,
            f"Pagina {sh.page} van {sh.total}",
            font=st.font,
            size=8,
            align="center",
        )
        cv.text(st.left, 287, code, font=st.font, size=6.5, color=GREY)
        if zoz and sh.page < sh.total:
            cv.text(st.right, 287, zoz_text, font=st.bold, size=8, align="right")

    # -- the signing part ---------------------------------------------------------------------
    def signatures(f: GForm, sh: Sheet) -> None:
        cv, r = sh.c, sh.rng
        sd = app.signature_date
        dated: list[Token] = _date_tokens(sd, "signature_date", hand_dates) if sd else []
        place_written = sig_place and (sd is not None or r.random() < 0.3)
        place: list[Token] = [(app.address.city, None, None)] if place_written else []
        x0, x1 = st.left, st.right
        lsize = st.size - 0.5
        pen = st.pen

        def partner_sign(box: Box) -> None:
            if partner_signs:
                scribble_at(cv, r, box, r.choice(["in", "in", "edge"]), partner_pen)
            elif partner is None and st.no_partner == "strike":
                pen_strike(cv, r, box, pen)
            elif partner is None and st.no_partner == "nvt":
                bx0, by0, bx1, by1 = box
                hand(
                    cv,
                    r,
                    pen,
                    bx0 + 3,
                    (by0 + by1) / 2 + 1.5,
                    [("n.v.t.", None, None)],
                    bx1 - bx0 - 6,
                )

        if sig_kind == "table4":
            head = ["Plaats", "Datum", "Handtekening aanvrager", "Handtekening partner"]
            fr = [0.22, 0.2, 0.29, 0.29]
            row_h = r.uniform(18, 24)
            sh.need(7 + row_h + 4)
            y = sh.y
            xs = [x0]
            for v in fr:
                xs.append(xs[-1] + f.width * v)
            cv.rect(x0, y, f.width, 7, stroke=0, fill=(0.9, 0.9, 0.9))
            for i, t in enumerate(head):
                cv.text(xs[i] + 1.5, y + 4.8, t, font=st.bold, size=lsize - 0.5)
            by = y + 7
            for yy in (y, by, by + row_h):
                cv.line(x0, yy, x1, yy, width=0.5)
            for xv in xs:
                cv.line(xv, y, xv, by + row_h, width=0.5)
            base = by + row_h * 0.6
            if place:
                hand(cv, r, pen, xs[0] + 2, base, place, xs[1] - xs[0] - 4)
            if dated:
                hand(cv, r, pen, xs[1] + 2, base, dated, xs[2] - xs[1] - 4)
            sign_applicant(
                cv,
                app,
                r,
                (xs[2], by, xs[3], by + row_h),
                sig_how if sig_how != "beside" else "edge",
                pen,
            )
            partner_sign((xs[3], by, xs[4], by + row_h))
            sh.y = by + row_h + 4
        elif sig_kind == "table_rows":
            head = ["", "Plaats", "Datum", "Handtekening"]
            fr = [0.16, 0.22, 0.22, 0.4]
            row_h = r.uniform(15, 19)
            sh.need(7 + 2 * row_h + 4)
            y = sh.y
            xs = [x0]
            for v in fr:
                xs.append(xs[-1] + f.width * v)
            cv.rect(xs[1], y, x1 - xs[1], 7, stroke=0, fill=(0.9, 0.9, 0.9))
            for i, t in enumerate(head):
                if t:
                    cv.text(xs[i] + 1.5, y + 4.8, t, font=st.bold, size=lsize)
            for k, who in enumerate(("Aanvrager", "Partner")):
                ry = y + 7 + k * row_h
                cv.text(x0 + 1.5, ry + row_h / 2 + 1, who, font=st.font, size=lsize)
                base = ry + row_h * 0.62
                if k == 0:
                    if place:
                        hand(cv, r, pen, xs[1] + 2, base, place, xs[2] - xs[1] - 4)
                    if dated:
                        hand(cv, r, pen, xs[2] + 2, base, dated, xs[3] - xs[2] - 4)
                    sign_applicant(
                        cv,
                        app,
                        r,
                        (xs[3], ry, xs[4], ry + row_h),
                        sig_how if sig_how != "beside" else "edge",
                        pen,
                    )
                else:
                    if partner_signs and dated and r.random() < 0.5:
                        hand(
                            cv,
                            r,
                            partner_pen,
                            xs[2] + 2,
                            base,
                            [(t, None, None) for t, _, _ in dated],
                            xs[3] - xs[2] - 4,
                        )
                    partner_sign((xs[3], ry, xs[4], ry + row_h))
            bottom = y + 7 + 2 * row_h
            for yy in (y, y + 7, y + 7 + row_h, bottom):
                cv.line(x0 if yy != y else xs[1], yy, x1, yy, width=0.5)
            for xv in xs:
                cv.line(xv, y if xv != x0 else y + 7, xv, bottom, width=0.5)
            sh.y = bottom + 4
        elif sig_kind == "line":
            # place and date on lines, then the signature lines with their captions under them
            sig_h = r.uniform(15, 20)
            sig_w = r.uniform(66, 76)
            sh.need(16 + sig_h + 10)
            y = sh.y + 8
            cap = 6.8
            if sig_place:
                cv.line(x0, y, x0 + 55, y, width=0.5, dash=sig_dash)
                cv.text(x0, y + 3.2, "Plaats", font=st.font, size=cap, color=GREY)
                if place:
                    hand(cv, r, pen, x0 + 2, y - 1.3, place, 50)
                dx = x0 + 62
            else:
                dx = x0
            cv.line(dx, y, dx + 50, y, width=0.5, dash=sig_dash)
            cv.text(dx, y + 3.2, "Datum", font=st.font, size=cap, color=GREY)
            if dated:
                hand(cv, r, pen, dx + 2, y - 1.3, dated, 46)
            y += 6
            ly = y + sig_h
            cv.line(x0, ly, x0 + sig_w, ly, width=0.6, dash=sig_dash)
            cv.text(x0, ly + 3.6, "Handtekening aanvrager", font=st.font, size=lsize)
            px = x1 - sig_w
            cv.line(px, ly, x1, ly, width=0.6, dash=sig_dash)
            cv.text(px, ly + 3.6, "Handtekening partner", font=st.font, size=lsize)
            sign_applicant(
                cv, app, r, (x0, y, x0 + sig_w, ly), sig_how, pen, x_max=px - 3, line=True
            )
            partner_sign((px, y, x1, ly))
            sh.y = ly + 8
        elif sig_kind == "frame":
            # framed boxes with the caption in their top-left corner
            sig_h = r.uniform(20, 26)
            two_rows = r.random() < 0.5
            sh.need((12 if two_rows else 0) + sig_h + 6)
            y = sh.y
            cap = 6.8

            def framed(x: float, yy: float, w: float, h: float, caption: str) -> None:
                cv.rect(x, yy, w, h, stroke=0.6)
                cv.text(x + 1.2, yy + 2.9, caption, font=st.font, size=cap, color=GREY)

            if two_rows:
                framed(x0, y, 80, 11, "Plaats")
                if place:
                    hand(cv, r, pen, x0 + 3, y + 9.3, place, 74)
                framed(x0 + 84, y, 60, 11, "Datum")
                if dated:
                    hand(cv, r, pen, x0 + 87, y + 9.3, dated, 54)
                y += 14
                w = (f.width - 4) / 2
                boxes = [(x0, w), (x0 + w + 4, w)]
            else:
                dw = 40.0
                framed(x0, y, dw, sig_h, "Datum")
                if dated:
                    hand(cv, r, pen, x0 + 2, y + sig_h * 0.65, dated, dw - 4)
                w = (f.width - dw - 8) / 2
                boxes = [(x0 + dw + 4, w), (x0 + dw + 8 + w, w)]
            for (bx, bw), caption in zip(
                boxes, ("Handtekening aanvrager", "Handtekening partner"), strict=True
            ):
                framed(bx, y, bw, sig_h, caption)
            (ax, aw), (px, pw) = boxes
            sign_applicant(
                cv,
                app,
                r,
                (ax, y + 3.5, ax + aw, y + sig_h),
                "edge" if sig_how == "beside" else sig_how,
                pen,
            )
            partner_sign((px, y + 3.5, px + pw, y + sig_h))
            sh.y = y + sig_h + 5
        else:  # beside_label: label in the left column, the box to its right
            sig_h = r.uniform(16, 22)
            lw = min(58.0, st.q_w)
            bw = min(90.0, f.width - lw - 4)
            rows = 2 + (1 if sig_place else 0)
            sh.need(rows * 10 + 2 * (sig_h + 4) + 4)
            y = sh.y
            labels = (["Plaats"] if sig_place else []) + ["Datum"]
            for t in labels:
                cv.text(x0, y + 5.6, t, font=st.font, size=st.size)
                if st.answer == "line":
                    cv.line(x0 + lw, y + 8, x0 + lw + 60, y + 8, width=0.5, dash=sig_dash)
                else:
                    cv.rect(x0 + lw, y, 60, 8, stroke=0.5, fill=st.fill)
                toks = place if t == "Plaats" else dated
                if toks:
                    hand(cv, r, pen, x0 + lw + 2, y + 6.3, toks, 55)
                y += 10.5
            for k, t in enumerate(("Handtekening aanvrager", "Handtekening partner")):
                cv.text(x0, y + 5.6, t, font=st.font, size=st.size)
                box = (x0 + lw, y, x0 + lw + bw, y + sig_h)
                cv.rect(box[0], box[1], bw, sig_h, stroke=0.6, fill=st.fill)
                if k == 0:
                    sign_applicant(cv, app, r, box, sig_how, pen)
                else:
                    partner_sign(box)
                y += sig_h + 4
            sh.y = y

    def draw(cv: DocCanvas, r: random.Random, total: int) -> int:
        sh = Sheet(cv, r, total, 275, header, footer)
        f = GForm(sh, st)
        st.num_w = max(
            8.0,
            DocCanvas.width("Vraag 88" if st.numbering == "vraag" else "8.88", st.bold, st.size)
            + 2.5,
        )
        f.intro(
            "Met dit formulier vraagt u bijstand aan voor de kosten van levensonderhoud. Schrijf "
            "duidelijk en zet een kruisje in het juiste vakje. Heeft u een partner, dan vult u ook de "
            "gegevens van uw partner in en zet uw partner ook een handtekening op dit formulier."
        )
        for si, (name, items) in enumerate(sections, start=1):
            f.section(si, name)
            struck = [it for it in items if isinstance(it, GQ) and it.na]
            for it in items:
                if isinstance(it, GNote):
                    f.intro(it.text, size=st.size - 1, color=GREY)
                elif isinstance(it, PTable):
                    f.ptable(it)
                elif it.na and st.no_partner == "strike":
                    if it is struck[0]:
                        f.struck(struck)
                else:
                    f.question(it)
        n = len(sections)
        if checklist:
            n += 1
            f.section(n, "Bewijsstukken")
            f.intro("Stuur een kopie mee van:", size=st.size - 0.5)
            for item in CHECKLIST:
                sh.need(6.5)
                b = cv.checkbox(st.left + st.num_w, sh.y, False, size=st.box)
                if r.random() < 0.7:
                    hand_tick(cv, r, b[0], b[1], st.box, st.pen, st.check)
                cv.text(b[2] + 2.5, sh.y + st.box - 0.5, item, font=st.font, size=st.size - 0.5)
                sh.y += st.box + 2.5
            sh.y += 2
        # the declaration stays on the page of the signatures
        sh.need(32 + {"table4": 40, "table_rows": 52, "line": 48, "frame": 46}.get(sig_kind, 88))
        f.section(n + 1, "Ondertekening")
        f.intro(
            "Ik verklaar dat ik dit formulier volledig en naar waarheid heb ingevuld. Ik weet dat "
            "ik wijzigingen direct aan de gemeente moet doorgeven en dat de gemeente mijn gegevens "
            "mag controleren. Als ik onjuiste gegevens geef, kan de gemeente de bijstand terugvorderen "
            "en een boete opleggen.",
            size=st.size - 0.5,
        )
        if r.random() < 0.5:
            f.intro(SIGN_NOTE, size=st.size - 1, color=GREY)
        signatures(f, sh)
        if r.random() < 0.5:
            sh.y += 2
            f.intro(AVG_SHORT, size=st.size - 1.5, color=GREY, keep=True)
        sh.close()
        return sh.page

    sections = build()
    number(sections)
    two_pass(c, rng, draw)


# --- layout: digid_summary -----------------------------------------------------------------------


@dataclass(slots=True)
class DStyle:
    font: str
    bold: str
    size: float
    left: float
    right: float
    present: str  # table / shaded / dl / inline
    lw: float  # label column (table, shaded) or tab stop (inline)
    heading: str  # plain / rule / bar / caps
    accent: Color
    value_font: str
    label_color: Color
    pad: float


class Summary:
    """The label/value list of a printed portal summary."""

    def __init__(self, sh: Sheet, st: DStyle) -> None:
        self.sh, self.st, self.c = sh, st, sh.c

    @property
    def lh(self) -> float:
        return self.st.size * PT * 1.35

    def heading(self, title: str) -> None:
        st, c, sh = self.st, self.c, self.sh
        sh.need(26)
        sh.y += 3.5
        y, w = sh.y, st.right - st.left
        size = st.size + 2.5
        if st.heading == "bar":
            c.rect(st.left, y, w, 7.5, stroke=0, fill=(0.91, 0.93, 0.96))
            c.text(st.left + 2, y + 5.3, title, font=st.bold, size=size - 0.5, color=st.accent)
            sh.y += 10
        elif st.heading == "rule":
            c.text(st.left, y + 5, title, font=st.bold, size=size)
            c.line(st.left, y + 7, st.right, y + 7, width=0.6, color=st.accent)
            sh.y += 10
        elif st.heading == "caps":
            c.text(st.left, y + 5, title.upper(), font=st.bold, size=size - 2.5, color=st.accent)
            sh.y += 8
        else:  # plain
            c.text(st.left, y + 5, title, font=st.bold, size=size, color=st.accent)
            sh.y += 8.5
        if st.present == "table":
            c.line(st.left, sh.y, st.right, sh.y, width=0.25, color=(0.75, 0.75, 0.75))

    def _values(self, tokens: list[Token], x: float, base: float, avail: float) -> Box | None:
        return typed(self.c, tokens, x, base, self.st.value_font, self.st.size, avail)

    def row_height(self, label: str, tokens: list[Token]) -> float:
        st = self.st
        if st.present == "dl":
            return self.lh * 0.9 + self.lh + 2 * st.pad
        if st.present == "inline":
            return self._inline_lines(label, tokens)[1] * self.lh + 2 * st.pad
        lines = wrap(label, st.font, st.size, st.lw - 3)
        return len(lines) * self.lh + 2 * st.pad

    def _inline_lines(self, label: str, tokens: list[Token]) -> tuple[list[str], int]:
        st = self.st
        lines = wrap(label, st.bold, st.size, st.right - st.left)
        end = st.left + DocCanvas.width(lines[-1], st.bold, st.size)
        x = max(end + 2.5, st.left + st.lw)
        need = sum(DocCanvas.width(t[0], st.value_font, st.size) + 1.5 for t in tokens if t[0])
        return lines, len(lines) + (1 if x + need > st.right else 0)

    def row(self, label: str, tokens: list[Token]) -> None:
        st, c, sh = self.st, self.c, self.sh
        h = self.row_height(label, tokens)
        sh.need(h)
        y = sh.y
        if st.present == "dl":
            c.text(
                st.left,
                y + st.pad + self.lh * 0.7,
                label,
                font=st.font,
                size=st.size - 1,
                color=st.label_color,
            )
            self._values(
                tokens, st.left, y + st.pad + self.lh * 0.9 + self.lh * 0.78, st.right - st.left
            )
        elif st.present == "inline":
            lines, n = self._inline_lines(label, tokens)
            for i, line in enumerate(lines):
                c.text(
                    st.left,
                    y + st.pad + self.lh * (i + 0.78),
                    line + (":" if i == len(lines) - 1 and not line.endswith("?") else ""),
                    font=st.bold,
                    size=st.size,
                    color=st.label_color,
                )
            end = st.left + DocCanvas.width(lines[-1] + ":", st.bold, st.size)
            x = max(end + 2.5, st.left + st.lw)
            row = len(lines) - 1
            if n > len(lines):
                x, row = st.left + st.lw, len(lines)
            self._values(tokens, x, y + st.pad + self.lh * (row + 0.78), st.right - x)
        else:
            lines = wrap(label, st.font, st.size, st.lw - 3)
            if st.present == "shaded":
                c.rect(st.left, y + 0.3, st.lw, h - 0.6, stroke=0, fill=(0.93, 0.93, 0.93))
                c.rect(
                    st.left,
                    y + 0.3,
                    st.right - st.left,
                    h - 0.6,
                    stroke=0.25,
                    color=(0.8, 0.8, 0.8),
                )
            for i, line in enumerate(lines):
                c.text(
                    st.left + 1.5,
                    y + st.pad + self.lh * (i + 0.78),
                    line,
                    font=st.font,
                    size=st.size,
                    color=st.label_color,
                )
            x = st.left + st.lw + 3
            self._values(tokens, x, y + st.pad + self.lh * 0.78, st.right - x - 1)
            if st.present == "table":
                c.line(st.left, y + h, st.right, y + h, width=0.25, color=(0.75, 0.75, 0.75))
        sh.y += h

    def rows(self, items: list[tuple[str, list[Token]]]) -> None:
        """Rows that must stay on one page (one field printed over several rows)."""
        self.sh.need(sum(self.row_height(lbl, t) for lbl, t in items) + 0.5)
        for lbl, t in items:
            self.row(lbl, t)

    def text(
        self, text: str, *, size: float | None = None, color: Color = BLACK, keep: bool = False
    ) -> None:
        """A paragraph across the page; `keep`: all its lines on one page."""
        st = self.st
        if keep:
            self.sh.need(para_h(text, st.font, size or st.size - 0.5, st.right - st.left))
        paragraph(
            self.sh,
            st.left,
            st.right - st.left,
            text,
            font=st.font,
            size=size or st.size - 0.5,
            color=color,
        )

    def columns(self, rows: list[tuple[str, list[Token], list[Token]]]) -> None:
        """A Gegevens | Aanvrager | Partner table with light rules."""
        st, c, sh = self.st, self.c, self.sh
        lw = min(st.lw, 55.0)
        cw = (st.right - st.left - lw) / 2
        h = self.lh + 2 * st.pad
        sh.need(h * (len(rows) + 1) + 1)
        y = sh.y
        for i, t in enumerate(("Gegevens", "Aanvrager", "Partner")):
            x = st.left + (0 if i == 0 else lw + (i - 1) * cw) + 1.5
            c.text(x, y + st.pad + self.lh * 0.78, t, font=st.bold, size=st.size)
        c.line(st.left, y + h, st.right, y + h, width=0.6, color=st.accent)
        y += h
        for label, a, p in rows:
            size = st.size
            while DocCanvas.width(label, st.font, size) > lw - 3 and size > 6.5:
                size -= 0.25
            c.text(
                st.left + 1.5,
                y + st.pad + self.lh * 0.78,
                label,
                font=st.font,
                size=size,
                color=st.label_color,
            )
            for i, toks in enumerate((a, p)):
                x = st.left + lw + i * cw + 1.5
                self._values(toks, x, y + st.pad + self.lh * 0.78, cw - 4)
            c.line(st.left, y + h, st.right, y + h, width=0.25, color=(0.75, 0.75, 0.75))
            y += h
        sh.y = y


@dataclass(slots=True)
class SummaryChoices:
    """What one digid_summary document looks like: its style and its variants."""

    fonts: tuple[str, str]
    present: str
    left: float
    st: DStyle
    pen: Pen
    partner_pen: Pen
    labels: str
    house: str
    surname_rows: str
    partner_kind: str
    money_style: str
    date_style: str
    hand_dates: str
    phone_style: str
    pc_spaced: bool
    iban_spaced: bool
    browser: bool
    banner: bool
    show_nat: bool
    show_login: bool
    brp_note: bool
    bijlagen: bool
    no_partner_row: bool
    sig_kind: str
    sig_how: str
    partner_signs: bool
    portal: str
    title: str
    year: int
    zaak_label: str
    zaak: str
    submitted_at: date
    clock: str
    submitted: str
    url: str
    visit: tuple[str, str]
    footer_kind: str
    show_status: bool
    show_empty: bool  # empty Huisletter / Huisnummertoevoeging rows are printed
    partner_q: str
    housing_kind: str


def summary_choices(app: Application, rng: random.Random) -> SummaryChoices:
    """The variants of one document, drawn first from the layout's rng (so they can be replayed)."""
    fonts = rng.choice(PORTAL_FONTS)
    present = rng.choice(["table", "shaded", "dl", "inline"])
    left = rng.choice([14.0, 16.0, 19.0])
    st = DStyle(
        font=fonts[0],
        bold=fonts[1],
        size=rng.choice([8.5, 9.0, 9.5]),
        left=left,
        right=rng.choice([192.0, 194.0, 196.0]),
        present=present,
        lw=rng.uniform(62, 80) if present != "inline" else rng.uniform(48, 62),
        heading=rng.choice(["plain", "rule", "bar", "caps"]),
        accent=rng.choice(
            [
                (0.0, 0.3, 0.55),
                (0.75, 0.1, 0.1),
                (0.1, 0.45, 0.3),
                (0.15, 0.15, 0.15),
                (0.0, 0.45, 0.6),
            ]
        ),
        value_font=fonts[1] if rng.random() < 0.3 and present != "inline" else fonts[0],
        label_color=rng.choice([BLACK, (0.3, 0.3, 0.3), (0.35, 0.35, 0.4)]),
        pad=rng.uniform(1.2, 2.2),
    )
    pen = _pen(rng)
    partner_pen = _pen(rng)
    labels = rng.choice(["brp", "plain"])
    house = (
        rng.choice(["brp", "split", "single", "street_line"])
        if labels == "plain"
        else rng.choice(["brp", "brp", "split"])
    )
    surname_rows = rng.choice(["split", "full"])
    partner_kind = rng.choice(["section", "section", "oneline", "columns"])
    money_style = rng.choice(["euro", "euro", "euro", "plain"])
    date_style = rng.choice(["dash", "dash", "long"])
    hand_dates = rng.choice(["dash", "dash", "slash", "dot"])
    phone_style = rng.choice(["compact", "dash", "e164"])
    pc_spaced = rng.random() < 0.7
    iban_spaced = rng.random() < 0.5
    browser = rng.random() < 0.7
    banner = rng.random() < 0.5
    show_nat = rng.random() < 0.5
    show_login = rng.random() < 0.6
    brp_note = rng.random() < 0.6
    bijlagen = rng.random() < 0.65
    no_partner_row = rng.random() < 0.5
    sig_kind = rng.choice(["lines", "boxes", "free", "table"])
    sig_how = rng.choices(["in", "edge", "beside"], weights=[5, 3, 2])[0]
    partner_signs = app.partner is not None and rng.random() < (0.85 if app.signed else 0.5)
    portal = rng.choice(
        ["Mijn {c}", "Digitaal loket {c}", "MijnGemeente {c}", "e-Loket {c}"]
    ).format(c=app.address.city)
    title = rng.choice(
        [
            "Samenvatting van uw aanvraag",
            "Samenvatting aanvraag bijstand",
            "Uw aanvraag levensonderhoud – samenvatting",
            "Aanvraag bijstand (Participatiewet): samenvatting",
        ]
    )
    year = app.application_date.year
    zaak_label = rng.choice(["Zaaknummer", "Kenmerk", "Referentie"])
    zaak = rng.choice(
        [
            f"Z-{year}-{rng.randint(1, 999999):06d}",
            f"Z{year % 100:02d}.{rng.randint(10000, 99999)}",
            f"PW/{year}/{rng.randint(1000, 99999)}",
        ]
    )
    submitted_at = app.application_date
    clock = f"{rng.randint(7, 23):02d}:{rng.randint(0, 59):02d}"
    submitted = (
        f"{date_nl(submitted_at, 'dash')} om {clock}"
        if rng.random() < 0.5
        else f"{date_nl(submitted_at, 'long')}, {clock} uur"
    )
    url = f"https://{rng.choice(['mijn', 'loket', 'formulieren', 'digitaal'])}.{slug(app.address.city)}.nl/{rng.choice(['aanvraag/bijstand/samenvatting', 'zaken/' + zaak.replace('/', '-'), 'formulier/levensonderhoud/overzicht'])}"
    visit = town_hall(app, rng)
    footer_kind = rng.choice(["address", "zaak", "both"])
    show_status = rng.random() < 0.4
    show_empty = rng.random() < 0.5
    partner_q = rng.choice(
        [
            "Heeft u een partner?",
            "Bent u getrouwd of heeft u een geregistreerd partnerschap, of woont u samen?",
            "Woont u samen met een partner?",
        ]
    )
    housing_kind = rng.choice(["Huurwoning", "Huurwoning", "Kamer", "Koopwoning"])
    return SummaryChoices(
        fonts=fonts,
        present=present,
        left=left,
        st=st,
        pen=pen,
        partner_pen=partner_pen,
        labels=labels,
        house=house,
        surname_rows=surname_rows,
        partner_kind=partner_kind,
        money_style=money_style,
        date_style=date_style,
        hand_dates=hand_dates,
        phone_style=phone_style,
        pc_spaced=pc_spaced,
        iban_spaced=iban_spaced,
        browser=browser,
        banner=banner,
        show_nat=show_nat,
        show_login=show_login,
        brp_note=brp_note,
        bijlagen=bijlagen,
        no_partner_row=no_partner_row,
        sig_kind=sig_kind,
        sig_how=sig_how,
        partner_signs=partner_signs,
        portal=portal,
        title=title,
        year=year,
        zaak_label=zaak_label,
        zaak=zaak,
        submitted_at=submitted_at,
        clock=clock,
        submitted=submitted,
        url=url,
        visit=visit,
        footer_kind=footer_kind,
        show_status=show_status,
        show_empty=show_empty,
        partner_q=partner_q,
        housing_kind=housing_kind,
    )


@layout("application_form", "digid_summary")
def digid_summary(c: DocCanvas, app: Application, rng: random.Random) -> None:
    """The browser printout of an application made with DigiD in the municipal portal, signed by
    hand at the bottom (or not)."""
    ch = summary_choices(app, rng)
    st = ch.st
    pen = ch.pen
    partner_pen = ch.partner_pen
    labels = ch.labels
    house = ch.house
    surname_rows = ch.surname_rows
    partner_kind = ch.partner_kind
    money_style = ch.money_style
    date_style = ch.date_style
    hand_dates = ch.hand_dates
    phone_style = ch.phone_style
    pc_spaced = ch.pc_spaced
    iban_spaced = ch.iban_spaced
    browser = ch.browser
    banner = ch.banner
    show_nat = ch.show_nat
    show_login = ch.show_login
    brp_note = ch.brp_note
    bijlagen = ch.bijlagen
    no_partner_row = ch.no_partner_row
    sig_kind = ch.sig_kind
    sig_how = ch.sig_how
    partner_signs = ch.partner_signs
    portal = ch.portal
    title = ch.title
    zaak_label = ch.zaak_label
    zaak = ch.zaak
    submitted_at = ch.submitted_at
    clock = ch.clock
    submitted = ch.submitted
    url = ch.url
    visit = ch.visit
    footer_kind = ch.footer_kind
    show_status = ch.show_status
    show_empty = ch.show_empty
    partner_q = ch.partner_q
    housing_kind = ch.housing_kind
    yes, no = "Ja", "Nee"
    a, p = app.applicant, app.partner

    def money(value: Decimal, fld: str) -> list[Token]:
        return [(euro_text(value, money_style), fld, money_norm(value))]

    def header(sh: Sheet) -> float:
        cv = sh.c
        y = 9.0
        if browser:
            cv.text(5, 6, f"{date_nl(submitted_at, 'compact')} {clock}", font="Helvetica", size=6.5)
            cv.text(105, 6, f"{title} – {portal}", font="Helvetica", size=6.5, align="center")
            y = 12.0
        if sh.page == 1:
            name = f"Gemeente {app.address.city}"
            if banner:
                cv.rect(st.left, y, st.right - st.left, 15, stroke=0, fill=st.accent)
                cv.text(st.left + 4, y + 6.8, name, font=st.bold, size=13, color=WHITE)
                cv.text(st.left + 4, y + 11.8, portal, font=st.font, size=8, color=WHITE)
                cv.text(
                    st.right - 3,
                    y + 6.8,
                    "Ingelogd met DigiD",
                    font=st.font,
                    size=7.5,
                    align="right",
                    color=WHITE,
                )
                y += 24
            else:
                cv.logo(st.left, y, 10, sh.rng, color=st.accent)
                cv.text(st.left + 13, y + 5, name, font=st.bold, size=13)
                cv.text(st.left + 13, y + 9.5, portal, font=st.font, size=8, color=GREY)
                for i, t in enumerate(
                    [*postbus(app).split(", "), f"Bezoekadres {visit[0]}, {visit[1]}"]
                ):
                    cv.text(
                        st.right,
                        y + 2.5 + i * 3.3,
                        t,
                        font=st.font,
                        size=7,
                        align="right",
                        color=GREY,
                    )
                cv.line(st.left, y + 14, st.right, y + 14, width=0.4, color=GREY)
                y += 23
            cv.text(st.left, y, title, font=st.bold, size=15)
            y += 7
            meta = [(zaak_label, zaak), ("Ingediend op", submitted)]
            if show_status:
                meta.append(("Status", "Ontvangen"))
            if show_login:
                meta.append(("Ingelogd als", f"{a.short_name} (DigiD)"))
            for label, val in meta:
                cv.text(st.left, y, f"{label}:", font=st.font, size=st.size - 0.5, color=GREY)
                cv.text(st.left + 32, y, val, font=st.font, size=st.size - 0.5)
                y += 4.6
            return y + 2
        cv.text(
            st.left,
            y + 3.5,
            f"Gemeente {app.address.city} – {title}",
            font=st.font,
            size=7.5,
            color=GREY,
        )
        cv.text(
            st.right,
            y + 3.5,
            f"{zaak_label} {zaak}",
            font=st.font,
            size=7.5,
            align="right",
            color=GREY,
        )
        cv.line(st.left, y + 5.5, st.right, y + 5.5, width=0.3, color=GREY)
        return y + 10

    def footer(sh: Sheet) -> None:
        cv = sh.c
        cv.line(st.left, 280, st.right, 280, width=0.3, color=GREY)
        parts = []
        if footer_kind in ("address", "both"):
            parts.append(f"Gemeente {app.address.city} · {postbus(app)}")
        if footer_kind in ("zaak", "both"):
            parts.append(f"{zaak_label} {zaak}")
        cv.text(st.left, 284, " · ".join(parts), font=st.font, size=6.8, color=GREY)
        cv.text(
            st.right, 284, f"Pagina {sh.page} van {sh.total}", font=st.font, size=7.5, align="right"
        )
        if browser:
            cv.text(5, 291, url, font="Helvetica", size=6.2)
            cv.text(205, 291, f"{sh.page}/{sh.total}", font="Helvetica", size=6.2, align="right")

    def name_rows(s: Summary, x: Person, role: str, suffix: str = "") -> None:
        s.row(
            ("Burgerservicenummer" if labels == "brp" else "BSN") + suffix,
            [(x.bsn, f"{role}_bsn", x.bsn)],
        )
        s.row("Voornamen" + suffix, [(x.first_names, f"{role}_first_names", x.first_names)])
        fld = f"{role}_surname"
        if surname_rows == "split":
            s.rows(
                [
                    (
                        ("Voorvoegsel" if labels == "brp" else "Tussenvoegsel") + suffix,
                        [(x.prefix, fld, x.surname)] if x.prefix else [],
                    ),
                    (
                        ("Geslachtsnaam" if labels == "brp" else "Achternaam") + suffix,
                        [(x.surname_core, fld, x.surname)],
                    ),
                ]
            )
        else:
            s.row(
                ("Geslachtsnaam" if labels == "brp" else "Achternaam") + suffix,
                [(x.surname, fld, x.surname)],
            )
        d = x.date_of_birth
        s.row(
            "Geboortedatum" + suffix,
            [(date_nl(d, date_style), f"{role}_date_of_birth", d.isoformat())],
        )
        if show_nat:
            s.row(
                "Nationaliteit" + suffix,
                [(NATIONALITY_NL.get(x.nationality, x.nationality), None, None)],
            )

    def address_rows(s: Summary) -> None:
        ad = app.address
        hn = ad.house_number
        number, extra = split_house_number(hn)
        letter = extra if len(extra) == 1 and extra.isalpha() else ""
        toev = "" if letter else extra
        pc: Token = (ad.postcode_printed if pc_spaced else ad.postcode, "postcode", ad.postcode)
        if house == "street_line":
            s.row("Adres", [(ad.street, "street", ad.street), (hn, "house_number", hn)])
            s.row("Postcode en woonplaats", [pc, (ad.city, "city", ad.city)])
            return
        s.row("Straatnaam" if labels == "brp" else "Straat", [(ad.street, "street", ad.street)])
        if house == "brp":
            items = [("Huisnummer", [(number, "house_number", hn)])]
            if letter or show_empty:
                items.append(("Huisletter", [(letter, "house_number", hn)] if letter else []))
            if toev or show_empty:
                items.append(("Huisnummertoevoeging", [(toev, "house_number", hn)] if toev else []))
            s.rows(items)
        elif house == "split":
            s.rows(
                [
                    ("Huisnummer", [(number, "house_number", hn)]),
                    ("Toevoeging", [(extra, "house_number", hn)] if extra else []),
                ]
            )
        else:
            s.row("Huisnummer", [(hn, "house_number", hn)])
        s.row("Postcode", [pc])
        s.row("Woonplaats", [(ad.city, "city", ad.city)])

    def signing(s: Summary, sh: Sheet) -> None:
        cv, r = sh.c, sh.rng
        sd = app.signature_date
        dated: list[Token] = _date_tokens(sd, "signature_date", hand_dates) if sd else []
        x0, x1 = st.left, st.right
        partner = app.partner

        def partner_sign(box: Box) -> None:
            if partner_signs:
                scribble_at(cv, r, box, "in", partner_pen)

        if sig_kind == "lines":
            sig_h = r.uniform(16, 22)
            sh.need(12 + sig_h + 10)
            y = sh.y + 8
            lab = cv.text(x0, y, "Datum:", font=st.bold, size=st.size)
            cv.line(lab[2] + 2, y + 0.8, lab[2] + 50, y + 0.8, width=0.4, dash=(0.4, 1.2))
            if dated:
                hand(cv, r, pen, lab[2] + 4, y - 0.5, dated, 44)
            y += 4
            ly = y + sig_h
            w = 75.0
            cv.line(x0, ly, x0 + w, ly, width=0.4, dash=(0.4, 1.2))
            cv.text(
                x0,
                ly + 4,
                "Handtekening aanvrager" if partner else "Handtekening",
                font=st.bold,
                size=st.size,
            )
            if partner:
                cv.line(x1 - w, ly, x1, ly, width=0.4, dash=(0.4, 1.2))
                cv.text(x1 - w, ly + 4, "Handtekening partner", font=st.bold, size=st.size)
                partner_sign((x1 - w, y, x1, ly))
            x_max = x1 - w - 3 if partner else x1
            sign_applicant(cv, app, r, (x0, y, x0 + w, ly), sig_how, pen, x_max=x_max, line=True)
            sh.y = ly + 8
        elif sig_kind == "boxes":
            sig_h = r.uniform(20, 28)
            sh.need(sig_h + 8)
            y = sh.y + 3
            dw = 42.0
            cv.rect(x0, y, dw, sig_h, stroke=0.5)
            cv.text(x0 + 1.5, y + 3.2, "Datum", font=st.font, size=7, color=GREY)
            if dated:
                hand(cv, r, pen, x0 + 2.5, y + sig_h * 0.68, dated, dw - 5)
            n = 2 if partner else 1
            w = min(80.0, (x1 - x0 - dw - 4 * n) / n)
            for k in range(n):
                bx = x0 + dw + 4 + k * (w + 4)
                cv.rect(bx, y, w, sig_h, stroke=0.5)
                cap = (
                    "Handtekening partner"
                    if k
                    else ("Handtekening aanvrager" if partner else "Handtekening")
                )
                cv.text(bx + 1.5, y + 3.2, cap, font=st.font, size=7, color=GREY)
                if k:
                    partner_sign((bx, y + 4, bx + w, y + sig_h))
                else:
                    sign_applicant(
                        cv,
                        app,
                        r,
                        (bx, y + 4, bx + w, y + sig_h),
                        "edge" if sig_how == "beside" else sig_how,
                        pen,
                    )
            sh.y = y + sig_h + 5
        elif sig_kind == "table":
            row_h = r.uniform(15, 20)
            rows = 2 if partner else 1
            sh.need(7 + rows * row_h + 5)
            y = sh.y + 2
            xs = [x0, x0 + 30, x0 + 70, x0 + 105, x1]
            for i, t in enumerate(("", "Plaats", "Datum", "Handtekening")):
                if t:
                    cv.text(xs[i] + 1.5, y + 4.8, t, font=st.bold, size=st.size)
            cv.line(x0, y + 7, x1, y + 7, width=0.6, color=st.accent)
            for k in range(rows):
                ry = y + 7 + k * row_h
                cv.text(
                    x0 + 1.5,
                    ry + row_h / 2 + 1,
                    "Partner" if k else "Aanvrager",
                    font=st.font,
                    size=st.size,
                )
                base = ry + row_h * 0.62
                if k == 0:
                    if dated or r.random() < 0.3:
                        hand(
                            cv,
                            r,
                            pen,
                            xs[1] + 2,
                            base,
                            [(app.address.city, None, None)],
                            xs[2] - xs[1] - 4,
                        )
                    if dated:
                        hand(cv, r, pen, xs[2] + 2, base, dated, xs[3] - xs[2] - 4)
                    sign_applicant(
                        cv, app, r, (xs[3], ry, xs[4] - 20, ry + row_h), sig_how, pen, x_max=x1
                    )
                else:
                    partner_sign((xs[3], ry, xs[4] - 20, ry + row_h))
                cv.line(x0, ry + row_h, x1, ry + row_h, width=0.25, color=(0.6, 0.6, 0.6))
            sh.y = y + 7 + rows * row_h + 4
        else:  # free: nothing printed to sign on; signed (and dated) in the blank space by hand
            sig_h = r.uniform(16, 22)
            sh.need(sig_h + 14)
            y = sh.y + 4
            w = r.uniform(55, 70)
            if dated:
                toks: list[Token] = (
                    [(f"{app.address.city},", None, None)] if r.random() < 0.5 else []
                ) + dated
                hand(cv, r, pen, x0 + 2, y + 5, toks, 90)
                y += 7
            sign_applicant(cv, app, r, (x0, y, x0 + w, y + sig_h), "in", pen)
            if partner_signs:
                scribble_at(cv, r, (x0 + w + 20, y, x0 + 2 * w + 20, y + sig_h), "in", partner_pen)
            sh.y = y + sig_h + 4

    def draw(cv: DocCanvas, r: random.Random, total: int) -> int:
        sh = Sheet(cv, r, total, 274, header, footer)
        s = Summary(sh, st)
        s.text(
            "U heeft uw aanvraag ingediend via DigiD. Hieronder vindt u een samenvatting van de "
            "gegevens die u heeft ingevuld. Print deze samenvatting, controleer de gegevens en zet "
            "onderaan uw handtekening. Heeft u een partner? Dan moet ook uw partner tekenen.",
            color=GREY,
        )
        s.heading(r.choice(["Uw gegevens", "Gegevens aanvrager", "Persoonsgegevens"]))
        if brp_note:
            s.text(
                "Deze gegevens komen uit de Basisregistratie Personen (BRP).",
                size=st.size - 1.5,
                color=GREY,
            )
            sh.y += 1
        if partner_kind == "columns" and p is not None:
            s.row(partner_q, [(yes, "has_partner", True)])
            sh.y += 2
            fa, fp = "applicant", "partner"
            rows: list[tuple[str, list[Token], list[Token]]] = [
                (
                    "Burgerservicenummer",
                    [(a.bsn, f"{fa}_bsn", a.bsn)],
                    [(p.bsn, f"{fp}_bsn", p.bsn)],
                ),
                (
                    "Voornamen",
                    [(a.first_names, f"{fa}_first_names", a.first_names)],
                    [(p.first_names, f"{fp}_first_names", p.first_names)],
                ),
            ]
            if surname_rows == "split":
                rows.append(
                    (
                        "Voorvoegsel" if labels == "brp" else "Tussenvoegsel",
                        [(a.prefix, f"{fa}_surname", a.surname)] if a.prefix else [],
                        [(p.prefix, f"{fp}_surname", p.surname)] if p.prefix else [],
                    )
                )
                rows.append(
                    (
                        "Geslachtsnaam" if labels == "brp" else "Achternaam",
                        [(a.surname_core, f"{fa}_surname", a.surname)],
                        [(p.surname_core, f"{fp}_surname", p.surname)],
                    )
                )
            else:
                rows.append(
                    (
                        "Achternaam",
                        [(a.surname, f"{fa}_surname", a.surname)],
                        [(p.surname, f"{fp}_surname", p.surname)],
                    )
                )
            rows.append(
                (
                    "Geboortedatum",
                    [
                        (
                            date_nl(a.date_of_birth, date_style),
                            f"{fa}_date_of_birth",
                            a.date_of_birth.isoformat(),
                        )
                    ],
                    [
                        (
                            date_nl(p.date_of_birth, date_style),
                            f"{fp}_date_of_birth",
                            p.date_of_birth.isoformat(),
                        )
                    ],
                )
            )
            s.columns(rows)
        else:
            name_rows(s, a, "applicant")
        s.heading(r.choice(["Adres", "Woonadres", "Uw adres"]))
        address_rows(s)
        s.heading(r.choice(["Contactgegevens", "Hoe kunnen wij u bereiken?"]))
        s.row("Telefoonnummer", [(phone_printed(app.phone, phone_style), "phone", app.phone)])
        s.row("E-mailadres", [(app.email, "email", app.email)])
        if not (partner_kind == "columns" and p is not None):
            s.heading(r.choice(["Uw partner", "Gegevens partner", "Leefsituatie"]))
            s.row(partner_q, [(yes if p else no, "has_partner", p is not None)])
            if p is None:
                if no_partner_row:
                    s.row("Gegevens partner", [("Niet van toepassing", None, None)])
            elif partner_kind == "oneline":
                s.row(
                    "Naam partner",
                    [
                        (p.first_names, "partner_first_names", p.first_names),
                        (p.surname, "partner_surname", p.surname),
                    ],
                )
                s.row("BSN partner", [(p.bsn, "partner_bsn", p.bsn)])
                s.row(
                    "Geboortedatum partner",
                    [
                        (
                            date_nl(p.date_of_birth, date_style),
                            "partner_date_of_birth",
                            p.date_of_birth.isoformat(),
                        )
                    ],
                )
            else:
                name_rows(s, p, "partner", r.choice(["", " partner"]))
        s.heading(r.choice(["Woonsituatie", "Uw woonsituatie"]))
        s.row("Woonsituatie", [(housing_kind, None, None)])
        s.row(
            r.choice(
                [
                    "Huur of hypotheek per maand",
                    "Woonkosten per maand",
                    "Hoeveel huur betaalt u per maand?",
                ]
            ),
            money(app.housing_costs, "housing_costs"),
        )
        s.row("Ontvangt u huurtoeslag?", [(r.choice([yes, no]), None, None)])
        kids = app.children_count
        s.row(
            r.choice(
                [
                    "Aantal kinderen jonger dan 18 jaar",
                    "Hoeveel kinderen jonger dan 18 jaar wonen bij u?",
                ]
            ),
            [(str(kids), "children_count", kids)],
        )
        s.heading(r.choice(["Inkomsten", "Inkomen"]))
        has = app.declared_monthly_income > 0
        s.row("Heeft u of uw partner inkomsten?", [(yes if has else no, None, None)])
        for job in app.jobs.values():
            s.row("Werkgever", [(job.employer.name, None, None)])
        s.row(
            r.choice(["Netto inkomsten per maand (totaal)", "Totaal netto inkomen per maand"]),
            money(app.declared_monthly_income, "declared_monthly_income"),
        )
        s.heading(r.choice(["Vermogen", "Bezittingen"]))
        s.row("Heeft u een spaarrekening?", [(yes if app.savings_account else no, None, None)])
        s.row(
            r.choice(["Totaal saldo van al uw rekeningen", "Spaargeld en banksaldi (totaal)"]),
            money(app.declared_savings, "declared_savings"),
        )
        s.row("Heeft u een auto, motor of boot?", [(no if r.random() < 0.8 else yes, None, None)])
        s.heading(r.choice(["Betaalgegevens", "Uitbetaling"]))
        acc = app.account
        s.row("IBAN", [(acc.iban_printed if iban_spaced else acc.iban, "iban", acc.iban)])
        s.row("Tenaamstelling", [(acc.holder, None, None)])
        d = app.requested_start_date
        s.row(
            r.choice(
                [
                    "Gewenste ingangsdatum",
                    "Ingangsdatum bijstand",
                    "Vanaf welke datum vraagt u bijstand aan?",
                ]
            ),
            [(date_nl(d, date_style), "requested_start_date", d.isoformat())],
        )
        if bijlagen:
            s.heading(r.choice(["Bijlagen", "Geüploade documenten"]))
            files = ["Identiteitsbewijs", "Bankafschriften (3 maanden)"]
            if app.jobs:
                files.append("Loonstroken")
            files.append(r.choice(["Huurcontract", "Overzicht woonlasten"]))
            for i, name in enumerate(files, start=1):
                s.row(
                    f"Bijlage {i}",
                    [(f"{name} – geüpload {date_nl(submitted_at, 'dash')}", None, None)],
                )
        if sh.page == 1:  # the declaration and signing never share page 1 with the data
            sh.page_break()
        sh.need(50 + {"lines": 46, "boxes": 38, "table": 54}.get(sig_kind, 45))
        s.heading(r.choice(["Verklaring", "Verklaring en ondertekening", "Ondertekening"]))
        sh.y += 1.5
        s.text(
            "Ik verklaar dat ik alle vragen volledig en naar waarheid heb beantwoord. Ik weet dat ik "
            "veranderingen in mijn situatie direct moet doorgeven. Ik weet dat de gemeente mijn "
            "gegevens mag controleren en dat te veel ontvangen bijstand wordt teruggevorderd."
        )
        sh.y += 1.5
        s.row("Akkoord met verklaring", [(yes, None, None)])
        sh.y += 1
        s.text(
            r.choice(
                [
                    "Zet hieronder uw handtekening. Heeft u een partner, dan zet ook uw partner een handtekening.",
                    "Deze samenvatting is pas geldig met uw handtekening en die van uw eventuele partner.",
                    "Onderteken deze samenvatting en lever hem binnen 5 werkdagen in bij het Werkplein.",
                ]
            ),
            color=GREY,
        )
        signing(s, sh)
        if r.random() < 0.5:
            sh.y += 2
            s.text(
                AVG_SHORT if r.random() < 0.5 else PARTNER_NOTE,
                size=st.size - 1.5,
                color=GREY,
                keep=True,
            )
        sh.close()
        return sh.page

    two_pass(c, rng, draw)
