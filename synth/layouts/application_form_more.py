"""More application_form layouts (dev: used for tuning), modelled on real Dutch documents.

`paper_lines` is the paper form a citizen fills in by hand at the counter or at home (numbered
questions, answers written on dotted or solid lines, tick boxes, signatures above a line);
`web_print` is the printed summary of an application made in a municipal web portal (a
question column and a typed answer column, Ja/Nee in words, a box to sign in).

Both are drawn twice, first on a scratch canvas to count the pages for "Pagina 1 van 3".
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from synth.canvas import Box, DocCanvas, TruthLine, TruthWord, union
from synth.fmt import amount_nl, date_nl, money_nl, money_norm
from synth.layouts.application_form import phone_printed
from synth.layouts.base import Pager, layout
from synth.layouts.id_document import NATIONALITY_NL
from synth.people import Application, Person

PT = 25.4 / 72  # millimetres per typographic point
Color = tuple[float, float, float]
BLACK: Color = (0.0, 0.0, 0.0)
WHITE: Color = (1.0, 1.0, 1.0)
GREY: Color = (0.42, 0.42, 0.42)
Token = tuple[str, str | None, Any]  # text, CONTRACT field (or None), normalised value

BASE14 = {"Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Courier"}
# (regular, bold) sans-serif fonts forms are set in; a portal's also in a condensed one
SANS_FONTS = [
    ("Helvetica", "Helvetica-Bold"),
    ("LiberationSans", "LiberationSans-Bold"),
    ("DejaVuSans", "DejaVuSans-Bold"),
    ("FreeSans", "FreeSans-Bold"),
]
PORTAL_FONTS = [*SANS_FONTS, ("DejaVuSansCondensed", "DejaVuSans-Bold")]


wrap = DocCanvas.wrap


# --- shared helpers ----------------------------------------------------------------------------


def split_house_number(hn: str) -> tuple[str, str]:
    """'12a' -> ('12', 'a'), '12-2' -> ('12', '2'), '12 hs' -> ('12', 'hs'), '7' -> ('7', '')."""
    digits = len(hn) - len(hn.lstrip("0123456789"))
    return hn[:digits], hn[digits:].strip(" -")


def euro_text(value: Decimal, style: str) -> str:
    """An amount as a portal or a hand prints it: '€ 1.234,56', '1234,56', '€ 850', '850,-'."""
    whole = value == value.to_integral_value()
    if style == "euro_whole" and whole:
        return f"€ {amount_nl(value).split(',')[0]}"
    if style == "dash_whole" and whole:
        return f"{amount_nl(value, thousands=False).split(',')[0]},-"
    if style in ("nothousands", "dash_whole"):
        return money_nl(value, "nothousands")
    if style == "plain":
        return money_nl(value)
    return money_nl(value, "euro")


def region_name(app: Application, kind: str) -> str:
    city = app.address.city
    return {
        "werkplein": f"Werkplein {city}",
        "sociale_dienst": f"Sociale Dienst {city} e.o.",
        "isd": f"Intergemeentelijke Sociale Dienst regio {city}",
    }.get(kind, f"Gemeente {city}")


def slug(city: str) -> str:
    return "".join(ch for ch in city.lower() if ch.isalnum())


def _full_width(sh: Sheet, st: Any, text: str, size: float | None, color: Color) -> None:
    """A paragraph across the page's text width, a little smaller than the body text."""
    paragraph(
        sh, st.left, st.right - st.left, text, font=st.font, size=size or st.size - 0.5, color=color
    )


class Sheet(Pager):
    """A cursor down the pages of a document that breaks to a new page at the bottom margin."""

    def __init__(
        self,
        c: DocCanvas,
        rng: random.Random,
        total: int,
        bottom: float,
        header: Callable[[Sheet], float],
        footer: Callable[[Sheet], None],
    ) -> None:
        self.c, self.rng, self.total, self._bottom = c, rng, total, bottom
        self.header, self.footer = header, footer
        self.page = 1
        self.y = header(self)

    @property
    def bottom(self) -> float:
        return self._bottom


def two_pass(
    c: DocCanvas, rng: random.Random, draw: Callable[[DocCanvas, random.Random, int], int]
) -> None:
    """Draw once on a scratch canvas to count the pages, then for real with that total."""
    probe_rng = random.Random()
    probe_rng.setstate(rng.getstate())
    pages = draw(DocCanvas("probe"), probe_rng, 0)
    if draw(c, rng, pages) != pages:  # pragma: no cover - drawing must not depend on the total
        raise RuntimeError("page count changed between passes")


def paragraph(
    sh: Sheet,
    x: float,
    width: float,
    text: str,
    *,
    font: str,
    size: float,
    color: Color = BLACK,
    lead: float = 1.3,
) -> None:
    lh = size * PT * lead
    for line in wrap(text, font, size, width):
        sh.need(lh)
        sh.c.text(x, sh.y + lh * 0.78, line, font=font, size=size, color=color)
        sh.y += lh


def words_span(words: list[Token], font: str, size: float) -> float:
    """The width of the words' texts set one space apart."""
    return sum(DocCanvas.width(t[0], font, size) for t in words) + DocCanvas.width(
        " ", font, size
    ) * (len(words) - 1)


def typed(
    c: DocCanvas,
    tokens: list[Token],
    x: float,
    base: float,
    font: str,
    size: float,
    avail: float,
    *,
    right: bool = False,
) -> Box | None:
    """Type the tokens one space apart from `x` (ending at `x` when `right`), the size stepped
    down by half points (not below 6) until they fit in `avail`; each token is marked as the
    evidence of its field."""
    words = [t for t in tokens if t[0]]
    while words and words_span(words, font, size) > avail and size > 6:
        size -= 0.5
    if right:
        x -= words_span(words, font, size)
    space = DocCanvas.width(" ", font, size)
    box: Box | None = None
    for text, fld, val in words:
        b = c.text(x, base, text, font=font, size=size, field=fld, value=val)
        box = union(box, b)
        x = b[2] + space
    return box


# --- handwriting --------------------------------------------------------------------------------


@dataclass(slots=True)
class Pen:
    """How one person writes: a font standing in for the hand, its size, the ink, the wobble."""

    font: str
    size: float
    color: Color
    wobble: float


def hand(
    c: DocCanvas,
    rng: random.Random,
    pen: Pen,
    x: float,
    base: float,
    tokens: list[Token],
    max_w: float | None = None,
) -> Box | None:
    """Write the tokens word by word with a wandering baseline and uneven spacing; one truth
    line for the whole answer, each token's words marked as the evidence of its field."""
    words = [(w, f, v) for text, f, v in tokens for w in text.split()]
    if not words:
        return None
    size = pen.size * rng.uniform(0.94, 1.04)

    def span(s: float) -> float:
        body = sum(DocCanvas.width(w, pen.font, s * 1.03) for w, _, _ in words)
        return body + DocCanvas.width(" ", pen.font, s) * 1.6 * (len(words) - 1)

    while max_w is not None and span(size) > max_w and size > 7:
        size -= 0.5
    space = DocCanvas.width(" ", pen.font, size)
    slope = rng.uniform(-0.12, 0.12)
    cursor = x
    line: list[TruthWord] = []
    box: Box | None = None
    for i, (w, f, v) in enumerate(words):
        y = base + slope * i + rng.uniform(-pen.wobble, pen.wobble)
        b = c.text(
            cursor,
            y,
            w,
            font=pen.font,
            size=size * rng.uniform(0.97, 1.03),
            color=pen.color,
            truth=False,
        )
        line.append(TruthWord(w, b))
        if f is not None:
            c.mark(f, v, b, w)
        box = union(box, b)
        cursor = b[2] + space * rng.uniform(1.0, 1.6)
    c.pages[-1].lines.append(TruthLine(line))
    return box


def hand_tick(
    c: DocCanvas, rng: random.Random, x: float, y: float, s: float, pen: Pen, kind: str
) -> None:
    """A cross or a check mark put in a box by hand: ink coloured, a little off centre."""
    j = rng.uniform
    w = rng.uniform(0.9, 1.3)
    if kind == "cross":
        c.line(
            x + j(-0.3, 0.8),
            y + j(-0.3, 0.8),
            x + s + j(-0.8, 0.6),
            y + s + j(-0.8, 0.6),
            width=w,
            color=pen.color,
        )
        c.line(
            x + j(-0.3, 0.8),
            y + s + j(-0.8, 0.4),
            x + s + j(-0.8, 0.6),
            y + j(-0.3, 0.8),
            width=w,
            color=pen.color,
        )
    else:
        mx, my = x + s * 0.4 + j(-0.3, 0.3), y + s - 0.5 + j(-0.2, 0.4)
        c.line(x + j(0.2, 0.8), y + s * 0.5 + j(-0.4, 0.4), mx, my, width=w, color=pen.color)
        c.line(mx, my, x + s + j(0.3, 1.5), y + j(-1.8, -0.3), width=w, color=pen.color)


# --- layout: paper_lines ------------------------------------------------------------------------


@dataclass(slots=True)
class Ans:
    """One written answer on a line: its printed caption, the words written, its share of the row."""

    caption: str = ""
    tokens: list[Token] = field(default_factory=list)
    frac: float = 1.0
    prefix: str = ""
    comb: int = 0  # one character per little square (the BSN), 0: a line
    spacer: bool = False  # empty room on the row, no line drawn


@dataclass(slots=True)
class YesNo:
    name: str  # checkbox name stem
    answer: bool | None
    fld: str | None = None  # the CONTRACT field the ticked box is the evidence of
    jump_on: bool | None = None  # which answer skips the rest of the section
    jump_to: str = ""


@dataclass(slots=True)
class Quest:
    text: str
    rows: list[list[Ans]] = field(default_factory=list)
    yesno: YesNo | None = None
    note: str = ""
    number: str = ""


@dataclass(slots=True)
class PaperStyle:
    font: str
    bold: str
    size: float
    left: float
    right: float
    numbering: str  # dotted (1.3) / flat (7) / vraag (Vraag 7)
    mode: str  # below: the lines under the question; beside: a question column, lines right
    q_w: float
    rule: str  # dotted / solid / grey
    caption: str  # under: small captions under the lines; left: captions before the lines
    check: str  # cross / check
    box: float
    yesno: str  # inline / stacked
    heading: str  # bar / rule / caps / badge
    accent: Color
    pitch: float
    arrow: str
    pen: Pen
    num_w: float = 9.0


class PaperForm:
    def __init__(self, sh: Sheet, st: PaperStyle, app: Application) -> None:
        self.sh, self.st, self.app = sh, st, app
        self.c, self.rng = sh.c, sh.rng

    # -- geometry helpers ---------------------------------------------------------------------
    @property
    def qlh(self) -> float:
        return self.st.size * PT * 1.3

    def q_lines(self, q: Quest) -> list[str]:
        st = self.st
        width = st.q_w if st.mode == "beside" else st.right - st.left - st.num_w
        return wrap(q.text, st.font, st.size, width)

    def note_lines(self, q: Quest) -> list[str]:
        st = self.st
        width = st.q_w if st.mode == "beside" else st.right - st.left - st.num_w
        return wrap(q.note, st.font, st.size - 1.5, width) if q.note else []

    def rule_line(self, x0: float, x1: float, y: float) -> None:
        st = self.st
        if st.rule == "dotted":
            self.c.line(x0, y, x1, y, width=0.6, dash=(0.4, 1.2))
        elif st.rule == "grey":
            self.c.line(x0, y, x1, y, width=0.4, color=(0.55, 0.55, 0.55))
        else:
            self.c.line(x0, y, x1, y, width=0.35)

    def row_h(self, row: list[Ans]) -> float:
        under = self.st.caption == "under" and any(a.caption for a in row)
        return self.st.pitch + (2.6 if under else 0.0)

    # -- sections -----------------------------------------------------------------------------
    def section(self, n: int, title: str) -> None:
        st, c, sh = self.st, self.c, self.sh
        sh.need(32)
        sh.y += 2.5
        y, x0, w = sh.y, st.left, st.right - st.left
        size = st.size + 2
        if st.heading == "bar":
            c.rect(x0, y, w, 7, stroke=0, fill=st.accent)
            c.text(x0 + 2, y + 4.9, f"{n}  {title}", font=st.bold, size=size, color=WHITE)
        elif st.heading == "rule":
            c.text(x0, y + 5, f"{n}. {title}", font=st.bold, size=size)
            c.line(x0, y + 7, x0 + w, y + 7, width=0.9, color=st.accent)
        elif st.heading == "caps":
            c.text(x0, y + 5, f"DEEL {n}  {title.upper()}", font=st.bold, size=size - 1)
            c.line(x0, y + 6.8, x0 + w, y + 6.8, width=0.3)
        else:  # badge: the number in a filled square
            c.rect(x0, y, 7, 7, stroke=0, fill=st.accent)
            c.text(x0 + 3.5, y + 4.9, str(n), font=st.bold, size=size, align="center", color=WHITE)
            c.text(x0 + 10, y + 4.9, title, font=st.bold, size=size, color=st.accent)
        sh.y += 11

    def intro(self, text: str, size: float | None = None, color: Color = BLACK) -> None:
        _full_width(self.sh, self.st, text, size, color)
        self.sh.y += 2.5

    # -- one question -------------------------------------------------------------------------
    def answer_x(self) -> float:
        st = self.st
        return st.left + st.num_w + (st.q_w + 4 if st.mode == "beside" else 0)

    def rows(self, q: Quest) -> list[list[Ans]]:
        """The answer rows, a row split into one row per part where its writing would not fit."""
        st = self.st
        out: list[list[Ans]] = []
        for row in q.rows:
            if len(row) < 2 or self.fits(row, st.right - self.answer_x()):
                out.append(row)
            else:
                out.extend([[a] for a in row if not a.spacer])
        return out

    def fits(self, row: list[Ans], width: float) -> bool:
        st = self.st
        avail = width - 4.0 * (len(row) - 1)
        total = sum(a.frac for a in row)
        for a in row:
            need = sum(DocCanvas.width(t[0], st.pen.font, st.pen.size * 1.04) for t in a.tokens)
            need += 2 * DocCanvas.width(" ", st.pen.font, st.pen.size) + 5
            if a.caption and st.caption == "left":
                need += DocCanvas.width(a.caption, st.font, st.size - 1) + 1.5
            if avail * a.frac / total < need:
                return False
        return True

    def height(self, q: Quest) -> float:
        st = self.st
        text_h = (len(self.q_lines(q)) + len(self.note_lines(q)) * 0.85) * self.qlh
        rows_h = sum(self.row_h(r) for r in self.rows(q))
        yn_h = 0.0
        if q.yesno is not None:
            yn_h = 6.5 * (2 if self.stacked(q.yesno) else 1)
        if st.mode == "beside":
            return max(text_h, rows_h + yn_h + 1.5) + 3.5
        return text_h + rows_h + yn_h + 3.5

    def question(self, q: Quest) -> None:
        st, c, sh = self.st, self.c, self.sh
        sh.need(self.height(q))
        y0 = sh.y
        qx = st.left + st.num_w
        c.text(st.left, y0 + self.qlh * 0.78, q.number, font=st.bold, size=st.size)
        y = y0
        for line in self.q_lines(q):
            c.text(qx, y + self.qlh * 0.78, line, font=st.font, size=st.size)
            y += self.qlh
        for line in self.note_lines(q):
            c.text(qx, y + self.qlh * 0.7, line, font=st.font, size=st.size - 1.5, color=GREY)
            y += self.qlh * 0.85
        if st.mode == "beside":  # the first answer line level with the question's first line
            ax = qx + st.q_w + 4
            ay = y0 + self.qlh * 0.78 + 1.8 - st.pitch
            if q.yesno is not None:
                ay = self.yesno(q.yesno, ax, y0 - 0.8) + (1.0 if q.rows else 0.0)
        else:
            ax, ay = qx, y
            if q.yesno is not None:
                ay = self.yesno(q.yesno, ax, ay)
        for row in self.rows(q):
            ay += st.pitch
            self.answer_row(row, ax, st.right, ay)
            ay += self.row_h(row) - st.pitch
        sh.y = max(y, ay) + 3.5

    def stacked(self, yn: YesNo) -> bool:
        """Ja and Nee one under the other: the style's choice, or when a skip note would not fit."""
        st = self.st
        if st.yesno == "stacked":
            return True
        x = st.left + st.num_w + (st.q_w + 4 if st.mode == "beside" else 0)
        need = 2 * (st.box + 1.5 + 9) + DocCanvas.width("Ja Nee", st.font, st.size)
        if yn.jump_to:
            need += 2.5 + DocCanvas.width(
                f"{st.arrow} ga door naar vraag {yn.jump_to}", st.font, st.size - 1
            )
        return x + need > st.right

    def yesno(self, yn: YesNo, x: float, y: float) -> float:
        """The Ja/Nee boxes; returns the y below them."""
        st, c = self.st, self.c
        s = st.box
        stacked = self.stacked(yn)
        opts = [("Ja", True), ("Nee", False)]
        region: Box | None = None
        cy = y + 1.8
        cx = x
        for k, (label, val) in enumerate(opts):
            if stacked and k:
                cy += 6.5
                cx = x
            b = c.checkbox(cx, cy, False, size=s)
            c.checkboxes[f"{yn.name}_{label.lower()}"] = yn.answer is val
            if yn.answer is val:
                hand_tick(c, self.rng, cx, cy, s, st.pen, st.check)
            t = c.text(cx + s + 1.5, cy + s - 0.5, label, font=st.font, size=st.size)
            region = union(union(region, b), t)
            end = t[2]
            if yn.jump_on is val and yn.jump_to:
                note = f"{st.arrow} ga door naar vraag {yn.jump_to}"
                end = c.text(
                    t[2] + 2.5, cy + s - 0.5, note, font=st.font, size=st.size - 1, color=GREY
                )[2]
            cx = end + 9
        if yn.fld is not None and yn.answer is not None and region is not None:
            c.mark(yn.fld, yn.answer, region, "Ja" if yn.answer else "Nee")
        return cy + s + 0.5

    def answer_row(self, row: list[Ans], x0: float, x1: float, y: float) -> None:
        st, c = self.st, self.c
        gap = 4.0
        total = sum(a.frac for a in row)
        avail = x1 - x0 - gap * (len(row) - 1)
        x = x0
        for a in row:
            w = avail * a.frac / total
            lx, rx = x, x + w
            if a.spacer:
                x = rx + gap
                continue
            if a.caption and st.caption == "left":
                lx = c.text(lx, y - 1, a.caption, font=st.font, size=st.size - 1)[2] + 1.5
            if a.prefix:
                lx = c.text(lx, y - 1, a.prefix, font=st.font, size=st.size)[2] + 1.2
            if a.comb:
                self.comb(a, lx, y)
            else:
                self.rule_line(lx, rx, y)
                if a.tokens:
                    hx = lx + self.rng.uniform(0.8, 3.5)
                    hand(
                        c,
                        self.rng,
                        st.pen,
                        hx,
                        y - self.rng.uniform(0.9, 1.5),
                        a.tokens,
                        rx - hx - 1,
                    )
            if a.caption and st.caption == "under":
                c.text(lx, y + 2.9, a.caption, font=st.font, size=6.5, color=GREY)
            x = rx + gap

    def comb(self, a: Ans, x: float, y: float) -> None:
        """Little squares resting on the line, one handwritten digit in each."""
        st, c = self.st, self.c
        cw, ch = 5.2, 6.5
        text, fld, val = a.tokens[0] if a.tokens else ("", None, None)
        chars = list(text)
        for i in range(a.comb):
            c.rect(x + i * cw, y - ch, cw, ch, stroke=0.5)
            if i < len(chars):
                b = c.text(
                    x + i * cw + cw / 2 + self.rng.uniform(-0.5, 0.5),
                    y - 1.2 + self.rng.uniform(-0.4, 0.3),
                    chars[i],
                    font=st.pen.font,
                    size=st.pen.size * self.rng.uniform(0.95, 1.05),
                    align="center",
                    color=st.pen.color,
                )
                if fld is not None:
                    c.mark(fld, val, b, chars[i])


def _pen(rng: random.Random) -> Pen:
    font = rng.choice(["Times-Italic", "Helvetica-Oblique", "Times-Italic", "LiberationSansNarrow"])
    ink = rng.choice([(0.05, 0.12, 0.5), (0.0, 0.2, 0.6), (0.1, 0.1, 0.15), (0.12, 0.12, 0.35)])
    size = {"Times-Italic": 12.5, "Helvetica-Oblique": 11.0, "LiberationSansNarrow": 12.0}[font]
    return Pen(font, size * rng.uniform(0.95, 1.08), ink, rng.uniform(0.15, 0.45))


def _date_tokens(d: date, fld: str, style: str) -> list[Token]:
    return [(date_nl(d, style), fld, d.isoformat())]


@layout("application_form", "paper_lines")
def paper_lines(c: DocCanvas, app: Application, rng: random.Random) -> None:
    """A paper form filled in by hand: numbered questions, answers on dotted or solid lines,
    Ja/Nee tick boxes with skip instructions, signatures written above a captioned line."""
    fonts = rng.choice(
        [*SANS_FONTS, ("LiberationSerif", "LiberationSerif-Bold"), ("Times-Roman", "Times-Bold")]
    )
    mode = rng.choice(["below", "beside"])
    st = PaperStyle(
        font=fonts[0],
        bold=fonts[1],
        size=rng.choice([8.5, 9.0, 9.5])
        + (0.5 if "Times" in fonts[0] or "Serif" in fonts[0] else 0),
        left=rng.choice([18.0, 20.0, 22.0]),
        right=rng.choice([188.0, 190.0, 192.0]),
        numbering=rng.choice(["dotted", "dotted", "flat", "vraag"]),
        mode=mode,
        q_w=rng.uniform(68, 84),
        rule=rng.choice(["dotted", "solid", "grey"]),
        caption=rng.choice(["under", "left"]),
        check=rng.choice(["cross", "cross", "check"]),
        box=rng.choice([3.5, 4.0, 4.5]),
        yesno=rng.choice(["inline", "inline", "stacked"]),
        heading=rng.choice(["bar", "rule", "caps", "badge"]),
        accent=rng.choice(
            [(0.15, 0.15, 0.15), (0.1, 0.3, 0.55), (0.55, 0.1, 0.2), (0.0, 0.4, 0.35)]
        ),
        pitch=rng.uniform(8.5, 10.0),
        arrow="→" if fonts[0] not in BASE14 else "»",
        pen=_pen(rng),
    )
    sender = rng.choice(["gemeente", "gemeente", "werkplein", "sociale_dienst", "isd"])
    dept = rng.choice(
        ["Afdeling Werk en Inkomen", "Team Inkomen", "Sociaal Domein", "Publiekszaken"]
    )
    title = rng.choice(
        [
            "Aanvraagformulier bijstand",
            "Aanvraag algemene bijstand",
            "Aanvraag levensonderhoud Participatiewet",
            "Aanvraag bijstandsuitkering",
        ]
    )
    code = f"{rng.choice(['WI', 'SD', 'PW', 'BB'])} {rng.randint(100, 999)} ({app.application_date.year}-{rng.randint(1, 12):02d})"
    subtitle = rng.choice(
        [
            "Algemene bijstand voor inwoners van 18 jaar tot de AOW-leeftijd",
            "Bijstand voor de kosten van levensonderhoud (Participatiewet)",
            "Lees de toelichting voordat u dit formulier invult",
        ]
    )
    intake_box = rng.random() < 0.6
    nat_q = rng.random() < 0.5
    surname_split = rng.random() < 0.45 and st.mode == "below"
    date_split = rng.random() < 0.4 and not (mode == "beside" and st.caption == "left")
    bsn_comb = rng.random() < 0.4
    bsn_first = rng.random() < 0.5
    income_kind_q = rng.random() < 0.6
    savings_acc_q = rng.random() < 0.5
    aanvraag_first = rng.random() < 0.4
    zoz = rng.random() < 0.6
    hand_dates = rng.choice(["dash", "dash", "slash", "dot", "long"])
    sig_place = rng.random() < 0.55
    date_after_sigs = rng.random() < 0.4
    email_blank = rng.random() < 0.15
    phone_blank = rng.random() < 0.05
    income_blank = app.declared_monthly_income == 0 and rng.random() < 0.6
    zero_style = rng.choice(["plain", "dash_whole", "zero"])
    money_style = rng.choice(["plain", "nothousands", "dash_whole"])
    pc_spaced = rng.random() < 0.6
    iban_spaced = rng.random() < 0.6
    phone_style = rng.choice(["dash", "spaced", "compact"])

    def hand_money(value: Decimal, fld: str) -> list[Token]:
        if value == 0:
            text = {"plain": "0,00", "dash_whole": "0,-", "zero": "0"}[zero_style]
        else:
            text = euro_text(value, money_style)
        return [(text, fld, money_norm(value))]

    def person_questions(p: Person | None, role: str) -> list[Quest]:
        who = "uw" if role == "applicant" else "de"
        suffix = "" if role == "applicant" else " van uw partner"
        qs: list[Quest] = []
        dob: list[list[Ans]]
        if p is None:
            tok_bsn: list[Token] = []
            first: list[Token] = []
            sur: list[Token] = []
            pre: list[Token] = []
            core: list[Token] = []
        else:
            tok_bsn = [(p.bsn, f"{role}_bsn", p.bsn)]
            first = [(p.first_names, f"{role}_first_names", p.first_names)]
            sur = [(p.surname, f"{role}_surname", p.surname)]
            pre = [(p.prefix, f"{role}_surname", p.surname)] if p.prefix else []
            core = [(p.surname_core, f"{role}_surname", p.surname)]
        if surname_split:
            name_q = Quest(
                f"Wat is {who} achternaam{suffix}?",
                [[Ans("tussenvoegsel", pre, 0.3), Ans("achternaam", core, 0.7)]],
            )
        else:
            name_q = Quest(f"Wat is {who} achternaam{suffix}?", [[Ans("", sur)]])
        first_q = Quest(
            f"Wat zijn {who} voornamen{suffix}?",
            [[Ans("", first)]],
            note="Schrijf alle voornamen voluit." if role == "applicant" else "",
        )
        bsn_q = Quest(
            f"Wat is {'uw' if role == 'applicant' else 'het'} burgerservicenummer{suffix}?",
            [
                [Ans("", tok_bsn, 0.55 if not bsn_comb else 1.0, comb=9 if bsn_comb else 0)]
                + ([Ans(frac=0.45, spacer=True)] if not bsn_comb else [])
            ],
            note="Het BSN staat op uw paspoort of identiteitskaart." if role == "applicant" else "",
        )
        if p is None:
            dob = (
                [
                    [
                        Ans("dag", [], 0.2),
                        Ans("maand", [], 0.2),
                        Ans("jaar", [], 0.3),
                        Ans(frac=0.3, spacer=True),
                    ]
                ]
                if date_split
                else [[Ans("", [], 0.5), Ans(frac=0.5, spacer=True)]]
            )
        elif date_split:
            d = p.date_of_birth
            fld, iso = f"{role}_date_of_birth", d.isoformat()
            dob = [
                [
                    Ans("dag", [(f"{d.day:02d}", fld, iso)], 0.2),
                    Ans("maand", [(f"{d.month:02d}", fld, iso)], 0.2),
                    Ans("jaar", [(str(d.year), fld, iso)], 0.3),
                    Ans(frac=0.3, spacer=True),
                ]
            ]
        else:
            dob = [
                [
                    Ans(
                        "", _date_tokens(p.date_of_birth, f"{role}_date_of_birth", hand_dates), 0.5
                    ),
                    Ans(frac=0.5, spacer=True),
                ]
            ]
        dob_q = Quest(f"Wat is {who} geboortedatum{suffix}?", dob)
        order = [bsn_q, name_q, first_q, dob_q] if bsn_first else [name_q, first_q, dob_q, bsn_q]
        qs.extend(order)
        if nat_q:
            nat = [(NATIONALITY_NL.get(p.nationality, p.nationality), None, None)] if p else []
            qs.append(
                Quest(
                    f"Wat is {who} nationaliteit{suffix}?",
                    [[Ans("", nat, 0.6), Ans(frac=0.4, spacer=True)]],
                )
            )
        return qs

    def build() -> list[tuple[str, list[Quest]]]:
        a, p = app.applicant, app.partner
        hn = app.address.house_number
        pc = app.address.postcode
        sections: list[tuple[str, list[Quest]]] = []
        personal = person_questions(a, "applicant")
        personal.append(
            Quest(
                "Wat is uw adres?",
                [
                    [
                        Ans("straat", [(app.address.street, "street", app.address.street)], 0.72),
                        Ans("huisnummer", [(hn, "house_number", hn)], 0.28),
                    ],
                    [
                        Ans(
                            "postcode",
                            [(app.address.postcode_printed if pc_spaced else pc, "postcode", pc)],
                            0.3,
                        ),
                        Ans("woonplaats", [(app.address.city, "city", app.address.city)], 0.7),
                    ],
                ],
            )
        )
        phone: list[Token] = (
            [] if phone_blank else [(phone_printed(app.phone, phone_style), "phone", app.phone)]
        )
        email: list[Token] = [] if email_blank else [(app.email, "email", app.email)]
        if rng.random() < 0.5:
            personal.append(
                Quest(
                    "Op welk telefoonnummer bent u overdag bereikbaar?",
                    [[Ans("", phone, 0.6), Ans(frac=0.4, spacer=True)]],
                )
            )
            personal.append(Quest("Wat is uw e-mailadres?", [[Ans("", email)]]))
        else:
            personal.append(
                Quest(
                    "Hoe kunnen wij u bereiken?",
                    [[Ans("telefoon", phone)], [Ans("e-mail", email)]],
                )
            )
        aanvraag = [
            Quest(
                "Vanaf welke datum vraagt u bijstand aan?",
                [
                    [
                        Ans(
                            "",
                            _date_tokens(
                                app.requested_start_date, "requested_start_date", hand_dates
                            ),
                            0.5,
                        ),
                        Ans(frac=0.5, spacer=True),
                    ]
                ],
                note="U krijgt bijstand vanaf de dag dat u zich heeft gemeld, niet eerder."
                if rng.random() < 0.5
                else "",
            ),
        ]
        iban = app.account.iban_printed if iban_spaced else app.account.iban
        bank = Quest(
            "Op welk rekeningnummer (IBAN) wilt u de bijstand ontvangen?",
            [
                [Ans("IBAN", [(iban, "iban", app.account.iban)])],
                [Ans("op naam van", [(app.account.holder, None, None)])],
            ],
        )
        if aanvraag_first:
            sections.append(("Uw aanvraag", aanvraag))
        sections.append(("Uw persoonlijke gegevens", personal))
        partner_qs = [
            Quest(
                "Heeft u een partner met wie u een gezamenlijke huishouding voert?",
                yesno=YesNo("has_partner", p is not None, "has_partner", jump_on=False),
                note="Ook als u niet getrouwd bent maar wel samenwoont, heeft u een partner.",
            )
        ]
        partner_qs += person_questions(p, "partner")
        sections.append(("Uw partner", partner_qs))
        kids = app.children_count
        sections.append(
            (
                "Uw woonsituatie",
                [
                    Quest(
                        "Hoeveel kinderen jonger dan 18 jaar wonen bij u?",
                        [
                            [
                                Ans("aantal", [(str(kids), "children_count", kids)], 0.3),
                                Ans(frac=0.7, spacer=True),
                            ]
                        ],
                    ),
                    Quest(
                        rng.choice(
                            [
                                "Wat zijn uw woonkosten per maand (huur of hypotheek)?",
                                "Hoeveel huur of hypotheek betaalt u per maand?",
                            ]
                        ),
                        [
                            [
                                Ans(
                                    "",
                                    hand_money(app.housing_costs, "housing_costs"),
                                    0.45,
                                    prefix="€",
                                ),
                                Ans(frac=0.55, spacer=True),
                            ]
                        ],
                        note="Huur zonder servicekosten, of de rente en aflossing van uw hypotheek."
                        if rng.random() < 0.4
                        else "",
                    ),
                ],
            )
        )
        has_income = app.declared_monthly_income > 0
        income_qs = [
            Quest(
                "Heeft u (of uw partner) inkomsten uit werk, een uitkering of iets anders?",
                yesno=YesNo("has_income", has_income, None, jump_on=False),
            )
        ]
        if income_kind_q:
            kinds = ", ".join(f"loon {j.employer.name}" for j in app.jobs.values())
            income_qs.append(
                Quest(
                    "Wat voor inkomsten zijn dit en van wie krijgt u ze?",
                    [[Ans("", [(kinds, None, None)] if kinds else [])]],
                )
            )
        amount: list[Token] = (
            []
            if income_blank
            else hand_money(app.declared_monthly_income, "declared_monthly_income")
        )
        income_qs.append(
            Quest(
                "Zo ja, hoeveel zijn uw inkomsten netto per maand (alles bij elkaar)?",
                [[Ans("", amount, 0.45, prefix="€"), Ans(frac=0.55, spacer=True)]],
            )
        )
        sections.append(("Uw inkomsten", income_qs))
        wealth: list[Quest] = []
        if savings_acc_q:
            wealth.append(
                Quest(
                    "Heeft u een spaarrekening?",
                    yesno=YesNo("has_savings_account", app.savings_account is not None),
                )
            )
        wealth.append(
            Quest(
                "Hoeveel geld staat er op al uw bank- en spaarrekeningen samen?",
                [
                    [
                        Ans(
                            "",
                            hand_money(app.declared_savings, "declared_savings"),
                            0.45,
                            prefix="€",
                        ),
                        Ans(frac=0.55, spacer=True),
                    ]
                ],
                note="Tel ook het geld van uw partner mee. Kijk naar het saldo op de dag van uw aanvraag.",
            )
        )
        wealth.append(bank)
        sections.append(("Uw vermogen en bankrekening", wealth))
        if not aanvraag_first:
            sections.append(("Uw aanvraag", aanvraag))
        return sections

    def number(sections: list[tuple[str, list[Quest]]]) -> None:
        n = 0
        for si, (_, qs) in enumerate(sections, start=1):
            for qi, q in enumerate(qs, start=1):
                n += 1
                q.number = {"dotted": f"{si}.{qi}", "flat": f"{n}.", "vraag": f"Vraag {n}"}[
                    st.numbering
                ]
        # a 'Nee' that skips the rest of its section points at the next section's first question
        n = 0
        firsts: list[str] = []
        for si, (_, qs) in enumerate(sections, start=1):
            firsts.append(f"{si}.1" if st.numbering == "dotted" else str(n + 1))
            n += len(qs)
        firsts.append("")
        for si, (_, qs) in enumerate(sections):
            for q in qs:
                if q.yesno is not None and q.yesno.jump_on is not None and rng.random() < 0.75:
                    q.yesno.jump_to = firsts[si + 1]

    def header(sh: Sheet) -> float:
        c = sh.c
        x0, x1 = st.left, st.right
        if sh.page == 1:
            c.logo(x0, 12, 11, sh.rng, color=st.accent)
            if sender == "gemeente":
                c.text(x0 + 14, 17.5, f"Gemeente {app.address.city}", font=st.bold, size=14)
                c.text(x0 + 14, 22.5, dept, font=st.font, size=8.5)
            else:
                name = region_name(app, sender)
                size = 12.5
                room = x1 - 4 - DocCanvas.width(code, st.font, 7.5) - (x0 + 14)
                while DocCanvas.width(name, st.bold, size) > room:
                    size -= 0.5
                c.text(x0 + 14, 17.5, name, font=st.bold, size=size)
                c.text(
                    x0 + 14,
                    22.5,
                    f"namens het college van Gemeente {app.address.city}",
                    font=st.font,
                    size=8,
                )
            c.text(x1, 16, code, font=st.font, size=7.5, align="right", color=GREY)
            y = 34.0
            size = 16.0
            while intake_box and DocCanvas.width(title, st.bold, size) > x1 - 62 - x0:
                size -= 0.5
            c.text(x0, y, title, font=st.bold, size=size)
            y += 5.5
            c.text(
                x0,
                y,
                subtitle,
                font=st.font,
                size=8.5,
                color=GREY,
            )
            y += 4
            if intake_box:
                c.rect(x1 - 58, 28, 58, 14, stroke=0.4, color=GREY)
                c.text(
                    x1 - 56.5,
                    31,
                    "In te vullen door de gemeente",
                    font=st.font,
                    size=6.5,
                    color=GREY,
                )
                c.text(x1 - 56.5, 36, "Ontvangen op:", font=st.font, size=6.5, color=GREY)
                c.text(x1 - 56.5, 40.2, "Dossiernummer:", font=st.font, size=6.5, color=GREY)
                y = max(y, 44)
            c.line(x0, y, x1, y, width=0.8, color=st.accent)
            return y + 5
        c.text(x0, 14, f"{title} – Gemeente {app.address.city}", font=st.font, size=7.5, color=GREY)
        c.line(x0, 16, x1, 16, width=0.3, color=GREY)
        return 23

    def footer(sh: Sheet) -> None:
        c = sh.c
        c.text(
            (st.left + st.right) / 2,
            287,
            f"Pagina {sh.page} van {sh.total}",
            font=st.font,
            size=8,
            align="center",
        )
        c.text(st.left, 287, code, font=st.font, size=6.5, color=GREY)
        if zoz and sh.page < sh.total:
            c.text(st.right, 287, "z.o.z.", font=st.bold, size=8, align="right")

    def signatures(f: PaperForm, sh: Sheet) -> None:
        c, rng = sh.c, sh.rng
        sd = app.signature_date
        dated: list[Token] = _date_tokens(sd, "signature_date", hand_dates) if sd else []
        sig_h = rng.uniform(15, 20)
        sig_w = rng.uniform(68, 78)
        place = sig_place

        def date_line() -> None:
            label = "Plaats en datum" if place else "Datum"
            sh.need(14)
            y = sh.y + 9
            w = 95 if place else 60
            f.answer_row([Ans(label, [])], st.left, st.left + w, y)
            if place and (sd or rng.random() < 0.3):
                lx = st.left + (
                    DocCanvas.width(label, st.font, st.size - 1) + 1.5
                    if st.caption == "left"
                    else 0
                )
                hx = lx + rng.uniform(1, 3)
                b = hand(c, rng, st.pen, hx, y - 1.2, [(f"{app.address.city},", None, None)])
                assert b is not None
                if dated:
                    hand(c, rng, st.pen, b[2] + 2.5, y - 1.2, dated)
            elif dated:
                lx = st.left + (
                    DocCanvas.width(label, st.font, st.size - 1) + 1.5
                    if st.caption == "left"
                    else 0
                )
                hand(c, rng, st.pen, lx + rng.uniform(1, 4), y - 1.2, dated)
            sh.y = y + (6 if st.caption == "under" else 4)

        def sig_lines() -> None:
            sh.need(sig_h + 10)
            y = sh.y + 2
            x = st.left
            c.signature_area(x, y, sig_w, sig_h, app.signed, rng, frame=False)
            c.mark("signature_present", app.signed, (x, y, x + sig_w, y + sig_h), None)
            c.line(x, y + sig_h, x + sig_w, y + sig_h, width=0.5)
            c.text(x, y + sig_h + 3.8, "Handtekening aanvrager", font=st.font, size=st.size - 1)
            if app.partner is not None:
                px = st.right - sig_w
                if app.signed:
                    c.scribble(px + 2, y + 2, sig_w - 4, sig_h - 4, rng, color=st.pen.color)
                c.line(px, y + sig_h, px + sig_w, y + sig_h, width=0.5)
                c.text(px, y + sig_h + 3.8, "Handtekening partner", font=st.font, size=st.size - 1)
            sh.y = y + sig_h + 8

        if date_after_sigs:
            sig_lines()
            date_line()
        else:
            date_line()
            sig_lines()

    def draw(cv: DocCanvas, r: random.Random, total: int) -> int:
        sh = Sheet(cv, r, total, 276, header, footer)
        form = PaperForm(sh, st, app)
        st.num_w = max(
            9.0,
            DocCanvas.width("Vraag 88" if st.numbering == "vraag" else "8.88", st.bold, st.size)
            + 3,
        )
        form.intro(
            "Lees eerst de toelichting. Schrijf duidelijk met een blauwe of zwarte pen en zet een "
            "kruisje in het vakje van uw antwoord. Beantwoord alle vragen, ook als u denkt dat een "
            "vraag niet op u van toepassing is. Stuur kopieën van de gevraagde bewijsstukken mee."
        )
        for si, (name, qs) in enumerate(sections, start=1):
            form.section(si, name)
            for q in qs:
                form.question(q)
        form.section(len(sections) + 1, "Ondertekening")
        form.intro(
            "Ik verklaar dat ik dit formulier volledig en naar waarheid heb ingevuld. Ik weet dat "
            "ik veranderingen in mijn situatie direct moet doorgeven. Ik weet dat de gemeente mijn "
            "gegevens kan controleren bij andere instanties en dat te veel ontvangen bijstand wordt "
            "teruggevorderd.",
            size=st.size - 0.5,
        )
        if app.partner is not None:
            form.intro(
                "Heeft u een partner? Dan moet uw partner dit formulier ook ondertekenen.",
                color=GREY,
            )
        signatures(form, sh)
        sh.close()
        return sh.page

    sections = build()
    number(sections)
    two_pass(c, rng, draw)


# --- layout: web_print --------------------------------------------------------------------------


@dataclass(slots=True)
class WebStyle:
    font: str
    bold: str
    size: float
    left: float
    right: float
    q_w: float
    a_x: float
    q_color: Color
    a_font: str
    sep: str  # lines / zebra / none
    heading: str  # bar / rule / caps / stap
    accent: Color
    pad: float
    colon: bool = False  # 'Voornamen:' rather than 'Voornamen'


class WebPage:
    def __init__(self, sh: Sheet, st: WebStyle) -> None:
        self.sh, self.st, self.c = sh, st, sh.c
        self.zebra = 0
        self.step = 0

    def heading(self, title: str) -> None:
        st, c, sh = self.st, self.c, self.sh
        sh.need(28)
        sh.y += 4
        y, w = sh.y, st.right - st.left
        self.step += 1
        self.zebra = 0
        size = st.size + 2.5
        if st.heading == "bar":
            c.rect(st.left, y, w, 8, stroke=0, fill=(0.9, 0.92, 0.95))
            c.text(st.left + 2, y + 5.6, title, font=st.bold, size=size, color=st.accent)
            sh.y += 11
        elif st.heading == "rule":
            c.text(st.left, y + 5, title, font=st.bold, size=size + 1)
            c.line(st.left, y + 7.3, st.right, y + 7.3, width=0.8, color=st.accent)
            sh.y += 10.5
        elif st.heading == "caps":
            c.text(st.left, y + 5, title.upper(), font=st.bold, size=size - 1.5, color=st.accent)
            sh.y += 8.5
        else:  # stap
            c.text(
                st.left,
                y + 5,
                f"Stap {self.step}: {title}",
                font=st.bold,
                size=size,
                color=st.accent,
            )
            c.line(st.left, y + 7.3, st.right, y + 7.3, width=0.3, color=GREY)
            sh.y += 10.5

    def row(self, question: str, tokens: list[Token]) -> Box | None:
        """The question wrapped in its column, the typed answer right of its first line."""
        st, c, sh = self.st, self.c, self.sh
        if st.colon and not question.endswith(("?", ")")):
            question += ":"
        lines = wrap(question, st.font, st.size, st.q_w)
        lh = st.size * PT * 1.35
        h = len(lines) * lh + 2 * st.pad
        sh.need(h)
        y = sh.y
        if st.sep == "zebra" and self.zebra % 2 == 0:
            c.rect(st.left, y, st.right - st.left, h, stroke=0, fill=(0.95, 0.95, 0.95))
        self.zebra += 1
        for i, line in enumerate(lines):
            c.text(
                st.left + 1,
                y + st.pad + lh * (i + 0.78),
                line,
                font=st.font,
                size=st.size,
                color=st.q_color,
            )
        base = y + st.pad + lh * 0.78
        box = typed(c, tokens, st.a_x, base, st.a_font, st.size, st.right - st.a_x - 1)
        if st.sep == "lines":
            c.line(st.left, y + h, st.right, y + h, width=0.25, color=(0.7, 0.7, 0.7))
        sh.y += h
        return box

    def text(self, text: str, *, size: float | None = None, color: Color = BLACK) -> None:
        _full_width(self.sh, self.st, text, size, color)


@layout("application_form", "web_print")
def web_print(c: DocCanvas, app: Application, rng: random.Random) -> None:
    """The printed summary of a web-portal application: section headings, a question column and
    an answer column, Ja/Nee typed as words, a partner block only when there is a partner, and a
    framed box at the end to sign in."""
    fonts = rng.choice(PORTAL_FONTS)
    left = rng.choice([15.0, 18.0, 20.0])
    q_w = rng.uniform(72, 95)
    st = WebStyle(
        font=fonts[0],
        bold=fonts[1],
        size=rng.choice([8.5, 9.0, 9.5, 10.0]),
        left=left,
        right=rng.choice([190.0, 192.0, 195.0]),
        q_w=q_w,
        a_x=left + q_w + rng.uniform(4, 10),
        q_color=rng.choice([BLACK, (0.3, 0.3, 0.3), (0.25, 0.3, 0.4)]),
        a_font=fonts[1] if rng.random() < 0.35 else fonts[0],
        sep=rng.choice(["lines", "lines", "zebra", "none"]),
        heading=rng.choice(["bar", "rule", "caps", "stap"]),
        accent=rng.choice(
            [(0.0, 0.3, 0.55), (0.7, 0.1, 0.1), (0.1, 0.45, 0.3), (0.15, 0.15, 0.15)]
        ),
        pad=rng.uniform(1.3, 2.4),
        colon=rng.random() < 0.35,
    )
    money_style = rng.choice(["euro", "euro", "nothousands", "euro_whole"])
    date_style = rng.choice(["dash", "dash", "long"])
    phone_style = rng.choice(["compact", "dash", "e164"])
    split_name = rng.random() < 0.5
    split_house = rng.random() < 0.5
    iban_spaced = rng.random() < 0.5
    pc_spaced = rng.random() < 0.7
    address_in_wonen = rng.random() < 0.4
    start_first = rng.random() < 0.4
    wealth_first = rng.random() < 0.3
    show_gender = rng.random() < 0.5
    show_nat = rng.random() < 0.5
    browser_head = rng.random() < 0.5
    bijlagen = rng.random() < 0.6
    partner_sig = rng.random() < 0.5
    omit_zero_income = rng.random() < 0.5
    show_status = rng.random() < 0.5
    portal = rng.choice(["Mijn {c}", "Digitaal loket {c}", "Werkplein {c} online", "e-Loket {c}"])
    portal = portal.format(c=app.address.city)
    title = rng.choice(
        [
            "Samenvatting van uw aanvraag bijstand",
            "Aanvraag bijstand levensonderhoud",
            "Overzicht aanvraag Participatiewet",
            "Uw aanvraag bijstandsuitkering",
        ]
    )
    ref = f"{rng.choice(['Z', 'BIJ', 'PW', 'AV'])}-{app.application_date.year}-{rng.randint(10000, 999999):06d}"
    submitted = (
        f"{date_nl(app.application_date, 'dash')} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}"
    )
    url = f"https://{rng.choice(['www', 'loket', 'formulieren'])}.{slug(app.address.city)}.nl/{rng.choice(['bijstand-aanvragen', 'formulier/aanvraag-levensonderhoud', 'e-formulieren/pw-aanvraag'])}"
    partner_q = rng.choice(
        [
            "Bent u getrouwd, heeft u een geregistreerd partnerschap of woont u samen?",
            "Heeft u een partner met wie u een gezamenlijke huishouding voert?",
            "Woont u samen met een partner of bent u getrouwd?",
        ]
    )
    housing = rng.choice(["huur", "huur", "koop", "kamer"])
    yes_no = ("Ja", "Nee")

    def money(value: Decimal, fld: str) -> list[Token]:
        return [(euro_text(value, money_style), fld, money_norm(value))]

    def header(sh: Sheet) -> float:
        cv = sh.c
        y = 10.0
        if browser_head:
            cv.text(st.left, 8, submitted, font="Helvetica", size=6.5, color=GREY)
            cv.text(
                st.right,
                8,
                f"{title} | {portal}",
                font="Helvetica",
                size=6.5,
                align="right",
                color=GREY,
            )
            y = 13
        if sh.page == 1:
            cv.rect(st.left, y, st.right - st.left, 16, stroke=0, fill=st.accent)
            cv.text(
                st.left + 4,
                y + 7,
                f"Gemeente {app.address.city}",
                font=st.bold,
                size=13,
                color=WHITE,
            )
            cv.text(st.left + 4, y + 12.5, portal, font=st.font, size=8, color=WHITE)
            y += 25
            cv.text(st.left, y, title, font=st.bold, size=15)
            y += 7
            meta = [("Referentienummer", ref), ("Ingediend op", submitted)]
            if show_status:
                meta.append(("Status", "Ontvangen"))
            for label, val in meta:
                cv.text(st.left, y, f"{label}:", font=st.font, size=st.size - 0.5, color=GREY)
                cv.text(st.left + 38, y, val, font=st.font, size=st.size - 0.5)
                y += 4.8
            return y + 2
        cv.text(
            st.left,
            y + 4,
            f"Gemeente {app.address.city} – {title}",
            font=st.font,
            size=7.5,
            color=GREY,
        )
        cv.line(st.left, y + 6, st.right, y + 6, width=0.3, color=GREY)
        return y + 10

    def footer(sh: Sheet) -> None:
        cv = sh.c
        cv.line(st.left, 283, st.right, 283, width=0.3, color=GREY)
        cv.text(st.left, 287, url, font="Helvetica", size=6.5, color=GREY)
        cv.text(
            st.right, 287, f"Pagina {sh.page} van {sh.total}", font=st.font, size=7.5, align="right"
        )

    def person_rows(w: WebPage, p: Person, role: str) -> None:
        w.row(
            "Burgerservicenummer (BSN)" if role == "applicant" else "BSN",
            [(p.bsn, f"{role}_bsn", p.bsn)],
        )
        w.row("Voornamen", [(p.first_names, f"{role}_first_names", p.first_names)])
        if split_name:
            w.sh.need(2 * (st.size * PT * 1.35 + 2 * st.pad) + 1)  # one surname, one page
            w.row("Tussenvoegsel", [(p.prefix, f"{role}_surname", p.surname)] if p.prefix else [])
            w.row("Achternaam", [(p.surname_core, f"{role}_surname", p.surname)])
        else:
            w.row("Achternaam", [(p.surname, f"{role}_surname", p.surname)])
        d = p.date_of_birth
        w.row("Geboortedatum", [(date_nl(d, date_style), f"{role}_date_of_birth", d.isoformat())])
        if show_gender:
            w.row("Geslacht", [("Man" if p.sex == "M" else "Vrouw", None, None)])
        if show_nat:
            w.row("Nationaliteit", [(NATIONALITY_NL.get(p.nationality, p.nationality), None, None)])

    def address_rows(w: WebPage) -> None:
        ad = app.address
        w.row("Straat", [(ad.street, "street", ad.street)])
        if split_house:
            number, extra = split_house_number(ad.house_number)
            w.sh.need(2 * (st.size * PT * 1.35 + 2 * st.pad) + 1)
            w.row("Huisnummer", [(number, "house_number", ad.house_number)])
            w.row("Toevoeging", [(extra, "house_number", ad.house_number)] if extra else [])
        else:
            w.row("Huisnummer", [(ad.house_number, "house_number", ad.house_number)])
        w.row(
            "Postcode",
            [(ad.postcode_printed if pc_spaced else ad.postcode, "postcode", ad.postcode)],
        )
        w.row("Woonplaats", [(ad.city, "city", ad.city)])

    def draw(cv: DocCanvas, r: random.Random, total: int) -> int:
        sh = Sheet(cv, r, total, 278, header, footer)
        w = WebPage(sh, st)
        a, p = app.applicant, app.partner
        w.text(
            "Hieronder ziet u de gegevens die u heeft ingevuld. Print dit overzicht, controleer het "
            "en onderteken het. Stuur het ondertekende overzicht binnen 5 werkdagen naar ons op, of "
            "lever het in bij de balie.",
            color=GREY,
        )

        def start() -> None:
            w.heading("Uw aanvraag")
            w.row("Wat vraagt u aan?", [("Algemene bijstand (levensonderhoud)", None, None)])
            d = app.requested_start_date
            w.row(
                r.choice(["Vanaf welke datum wilt u bijstand ontvangen?", "Gewenste ingangsdatum"]),
                [(date_nl(d, date_style), "requested_start_date", d.isoformat())],
            )

        if start_first:
            start()
        w.heading("Uw gegevens")
        person_rows(w, a, "applicant")
        if not address_in_wonen:
            address_rows(w)
        w.row("Telefoonnummer", [(phone_printed(app.phone, phone_style), "phone", app.phone)])
        w.row("E-mailadres", [(app.email, "email", app.email)])
        w.heading("Uw partner")
        w.row(partner_q, [(yes_no[0] if p else yes_no[1], "has_partner", p is not None)])
        if p is not None:
            if r.random() < 0.5:
                w.heading("Gegevens partner")
            person_rows(w, p, "partner")
        w.heading("Uw woonsituatie")
        if address_in_wonen:
            address_rows(w)
        kind = {"huur": "Huurwoning", "koop": "Koopwoning", "kamer": "Kamer (onderhuur)"}[housing]
        w.row("In wat voor woning woont u?", [(kind, None, None)])
        housing_q = {
            "huur": "Hoeveel huur betaalt u per maand? Bedrag zonder servicekosten en huurtoeslag",
            "koop": "Wat zijn uw woonkosten per maand (hypotheekrente en aflossing)?",
            "kamer": "Hoeveel betaalt u per maand voor uw kamer?",
        }[housing]
        w.row(housing_q, money(app.housing_costs, "housing_costs"))
        kids = app.children_count
        w.row(
            r.choice(
                [
                    "Hoeveel kinderen jonger dan 18 jaar wonen bij u?",
                    "Aantal inwonende kinderen tot 18 jaar",
                ]
            ),
            [(str(kids), "children_count", kids)],
        )

        def income() -> None:
            w.heading("Uw inkomsten")
            has = app.declared_monthly_income > 0
            w.row(
                "Heeft u of uw partner inkomsten uit werk, een uitkering, alimentatie of andere inkomsten?",
                [(yes_no[0] if has else yes_no[1], None, None)],
            )
            for job in app.jobs.values():
                w.row("Naam werkgever", [(job.employer.name, None, None)])
            if has or not omit_zero_income:
                w.row(
                    "Hoeveel zijn uw inkomsten netto per maand, alles bij elkaar opgeteld?",
                    money(app.declared_monthly_income, "declared_monthly_income"),
                )

        def wealth() -> None:
            w.heading("Uw vermogen")
            w.row(
                "Heeft u naast uw betaalrekening een spaarrekening?",
                [(yes_no[0] if app.savings_account else yes_no[1], None, None)],
            )
            w.row(
                "Hoeveel geld staat er op al uw bank- en spaarrekeningen samen?",
                money(app.declared_savings, "declared_savings"),
            )
            acc = app.account
            w.row(
                "Op welk rekeningnummer wilt u de bijstand ontvangen? (IBAN)",
                [(acc.iban_printed if iban_spaced else acc.iban, "iban", acc.iban)],
            )
            w.row("Ten name van", [(acc.holder, None, None)])

        if wealth_first:
            wealth()
            income()
        else:
            income()
            wealth()
        if not start_first:
            start()
        if bijlagen:
            w.heading("Bijlagen")
            files = ["identiteitsbewijs.jpg", "bankafschriften.pdf"]
            if app.jobs:
                files.append("loonstroken.pdf")
            files.append(r.choice(["huurcontract.pdf", "woonlasten.pdf", "scan0001.pdf"]))
            for i, name in enumerate(files, start=1):
                w.row(f"Bijlage {i}", [(name, None, None)])
        decl_h = 11 + 4 * st.size * PT * 1.3 + 10 + 12 + 42
        if sh.page == 1:  # a one-page summary still signs on a page of its own
            sh.page_break()
        sh.need(decl_h)
        w.heading("Ondertekening")
        w.text(
            "Ik verklaar dat ik alle vragen volledig en naar waarheid heb beantwoord. Ik weet dat ik "
            "veranderingen direct aan de gemeente moet doorgeven. Als ik te veel bijstand krijg "
            "omdat mijn gegevens niet kloppen, moet ik dit terugbetalen en kan ik een boete krijgen.",
        )
        sh.y += 2
        w.row("Ik ga akkoord met deze verklaring", [("Ja", None, None)])
        sig_h = r.uniform(22, 30)
        sig_w = r.uniform(75, 95)
        sh.need(sig_h + 22)
        sh.y += 5
        sd = app.signature_date
        lab = cv.text(st.left, sh.y, "Datum:", font=st.bold, size=st.size)
        if sd is not None:
            cv.text(
                lab[2] + 2.5,
                sh.y,
                date_nl(sd, date_style),
                font=st.font,
                size=st.size,
                field="signature_date",
                value=sd.isoformat(),
            )
        else:
            cv.line(lab[2] + 2.5, sh.y + 0.8, lab[2] + 45, sh.y + 0.8, width=0.4, dash=(0.4, 1.2))
        sh.y += 5
        x = st.left
        cv.text(
            x,
            sh.y + 3,
            "Handtekening" if p is None or not partner_sig else "Handtekening aanvrager",
            font=st.bold,
            size=st.size,
        )
        if p is not None and partner_sig:
            cv.text(st.right - sig_w, sh.y + 3, "Handtekening partner", font=st.bold, size=st.size)
        top = sh.y + 5
        cv.rect(x, top, sig_w, sig_h, stroke=0.6)
        cv.signature_area(x + 1.5, top + 1.5, sig_w - 3, sig_h - 3, app.signed, r, frame=False)
        cv.mark("signature_present", app.signed, (x, top, x + sig_w, top + sig_h), None)
        cv.signature_box = (sh.page, (x, top, x + sig_w, top + sig_h))
        if p is not None and partner_sig:
            px = st.right - sig_w
            cv.rect(px, top, sig_w, sig_h, stroke=0.6)
            if app.signed:
                cv.scribble(px + 2, top + 2, sig_w - 4, sig_h - 4, r)
        sh.y = top + sig_h + 4
        sh.close()
        return sh.page

    two_pass(c, rng, draw)
