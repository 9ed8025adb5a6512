"""Two more application_form layouts (dev: used for tuning), with conventions the other dev
layouts do not use.

- `vragenlijst`: a question-by-question paper form ("Vraag 3.2 Wat is uw
  burgerservicenummer?"), answered by hand or typed into the fields of a fillable PDF before
  printing, in boxes under the question or right of it. Yes/no questions are tick boxes, a
  'Ja / Nee*' to strike through ('*doorhalen wat niet van toepassing is'), a 'Ja  Nee' to circle,
  or a typed choice field; savings are asked in several wordings, sometimes as 'Nee / Ja,
  namelijk € ...'. The signing part is a table with a column per person, labels left of dotted
  lines, or boxes above their captions, sometimes alone at the top of a last page.
- `portaal_overzicht`: the browser printout of the 'Overzicht van uw aanvraag' page of a
  municipal portal: label/value rows with the value right-aligned, dot leaders to a value
  column, or two label-above-value pairs per row; Ja/Nee as words, the house number with or
  without its toevoeging, savings under varied labels (and 'Heeft u spaargeld? Nee' without an
  amount), and a place to sign by hand after printing: a box, a line, a caption, or nothing.

Both are drawn twice, first on a scratch canvas to count the pages. The variants of a document
are drawn first from the layout's rng (`vragenlijst_choices` / `overzicht_choices`), so tests can
replay them. Every printed value of a CONTRACT field is marked where it is printed; a savings
amount that is not printed (only 'Nee' answered) is not marked (truth null: the document does
not contain the amount).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from synth.canvas import Box, DocCanvas, union
from synth.fmt import amount_nl, date_nl, money_norm
from synth.layouts.application_form import phone_printed
from synth.layouts.application_form_extra import (
    FormDrawing,
    para_h,
    scribble_at,
    sign_applicant,
    town_hall,
    written_house_number,
    written_money,
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
from synth.people import Application, Person

wrap = DocCanvas.wrap

LIGHT: Color = (0.75, 0.75, 0.75)

# the four ways the vragenlijst asks for the total on bank and savings accounts as an amount
SAVINGS_AMOUNT_QUESTIONS = [
    "Hoeveel geld staat er in totaal op uw bank- en spaarrekeningen?",
    "Totaal saldo van al uw rekeningen",
    "Spaargeld en andere bezittingen",
    "Vermogen (bank- en spaartegoeden)",
]
# ... and as a question answered 'Nee' or 'Ja, namelijk € ...'
SAVINGS_NAMELIJK_QUESTIONS = [
    "Heeft u (of uw partner) geld op een bank- of spaarrekening?",
    "Spaargeld en andere bezittingen",
    "Vermogen (bank- en spaartegoeden)",
    "Heeft u spaargeld of geld op andere rekeningen?",
]
# the labels a portal prints the declared savings under
SAVINGS_LABELS = [
    "Saldo betaal- en spaarrekeningen",
    "Totaal spaargeld",
    "Bank- en spaartegoeden",
    "Geld op al uw rekeningen",
]
DECLARATIONS = [
    "Ik verklaar dat ik dit formulier volledig en naar waarheid heb ingevuld. Ik weet dat ik "
    "wijzigingen in mijn situatie direct aan de gemeente moet doorgeven. Ik weet dat de gemeente "
    "mijn gegevens mag controleren en dat bijstand die ik ten onrechte ontvang, wordt "
    "teruggevorderd.",
    "Ondergetekende verklaart dat alle vragen volledig en naar waarheid zijn beantwoord en dat "
    "hij of zij geen inkomsten of bezittingen heeft verzwegen. Onjuiste of onvolledige informatie "
    "kan leiden tot terugvordering van de bijstand en een boete.",
]


def _partner_pen_for(app: Application, rng: random.Random) -> tuple[Pen, bool]:
    """The partner's pen and whether the partner signs (only with a partner)."""
    pen = _pen(rng)
    signs = app.partner is not None and rng.random() < (0.85 if app.signed else 0.4)
    return pen, signs


def pen_through(c: DocCanvas, rng: random.Random, box: Box, pen: Pen) -> None:
    """A word struck through by hand: one or two wavering strokes across its middle."""
    x0, y0, x1, y1 = box
    mid = y0 + (y1 - y0) * 0.45  # about half the x-height above the baseline
    w = rng.uniform(0.7, 1.1)
    c.line(
        x0 - rng.uniform(0.5, 1.5),
        mid + rng.uniform(-0.5, 0.5),
        x1 + rng.uniform(0.5, 1.5),
        mid + rng.uniform(-0.5, 0.5),
        width=w,
        color=pen.color,
    )
    if rng.random() < 0.35:
        c.line(
            x0 - rng.uniform(0, 1),
            mid + rng.uniform(0.4, 1.0),
            x1 + rng.uniform(0, 1),
            mid - rng.uniform(0.4, 1.0),
            width=w,
            color=pen.color,
        )


def pen_circle(c: DocCanvas, rng: random.Random, box: Box, pen: Pen) -> None:
    """A word circled by hand: a wobbly ellipse that overshoots where it closes."""
    x0, y0, x1, y1 = box
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2 + 0.2
    rx, ry = (x1 - x0) / 2 + rng.uniform(1.6, 2.6), (y1 - y0) / 2 + rng.uniform(1.0, 1.6)
    start = rng.uniform(0, 2 * math.pi)
    sweep = 2 * math.pi * rng.uniform(1.05, 1.18)
    n = 30
    w = rng.uniform(0.7, 1.0)
    prev: tuple[float, float] | None = None
    for k in range(n + 1):
        a = start + sweep * k / n
        grow = 1 + 0.08 * k / n  # the pen does not come back to exactly where it started
        p = (cx + rx * grow * math.cos(a), cy + ry * grow * math.sin(a))
        if prev is not None:
            c.line(prev[0], prev[1], p[0], p[1], width=w, color=pen.color)
        prev = p


# --- layout: vragenlijst -------------------------------------------------------------------------


@dataclass(slots=True)
class Cell:
    """One answer box: its caption above it, the answer written or typed in it."""

    caption: str = ""
    tokens: list[Token] = field(default_factory=list)
    frac: float = 1.0
    prefix: str = ""  # printed before the box, e.g. '€'
    spacer: bool = False  # empty room on the row, no box


@dataclass(slots=True)
class YesNo:
    name: str  # checkbox name stem
    answer: bool
    fld: str | None = None  # the CONTRACT field the answer is the evidence of
    jump_on: bool | None = None  # the answer that skips the rest of the section
    jump_to: str = ""


@dataclass(slots=True)
class Namelijk:
    """'[ ] Nee  /  [ ] Ja, namelijk € [.....]': an amount only after Ja."""

    name: str
    answer: bool
    tokens: list[Token]


@dataclass(slots=True)
class VQ:
    text: str
    rows: list[list[Cell]] = field(default_factory=list)
    yesno: YesNo | None = None
    namelijk: Namelijk | None = None
    note: str = ""
    number: str = ""


@dataclass(slots=True)
class VStyle:
    font: str
    bold: str
    size: float
    left: float
    right: float
    fill: str  # hand: written with a pen / typed: filled in on the computer, then printed
    answer_pos: str  # below: boxes under the question / right: a question column, boxes right
    q_w: float
    numbering: str  # vraag ('Vraag 3.2') / letter ('3b') / chip ('3.2' on a grey chip)
    yesno: str  # boxes / strike / circle (hand) / dropdown (typed)
    heading: str  # leftbar / tab / boxed
    accent: Color
    box_h: float
    box_fill: Color | None
    check: str  # cross / check (hand ticks)
    box: float  # tick box size
    pen: Pen
    type_font: str
    type_size: float
    num_w: float = 12.0


@dataclass(slots=True)
class VChoices:
    """What one vragenlijst document looks like: its style and its variants."""

    st: VStyle
    partner_pen: Pen
    partner_signs: bool
    sender: str
    dept: str
    title: str
    subtitle: str
    code: str
    stamp_box: bool
    address: str  # separate (Huisnummer | Toevoeging) / combined
    spaced_letter: bool
    surname_split: bool
    bsn_style: str  # plain / dotted ('1234.56.782') / spaced ('123 456 782')
    nat_q: bool
    hand_dates: str
    money_style: str
    zero_style: str
    pc_spaced: bool
    iban_spaced: bool
    phone_style: str
    start_first: bool
    savings_kind: str  # amount / namelijk
    savings_q: str
    huurtoeslag_q: bool
    sig_kind: str  # table / dotted / box_above
    sig_alone: bool  # the signing part alone at the top of the last page
    sig_heading: str
    sig_how: str
    sig_place: bool
    declaration: str
    footer_pos: str  # right / center


def vragenlijst_choices(app: Application, rng: random.Random) -> VChoices:
    """The variants of one document, drawn first from the layout's rng (so they can be replayed)."""
    fonts = rng.choice(
        [*SANS_FONTS, ("LiberationSerif", "LiberationSerif-Bold"), ("FreeSerif", "FreeSerif-Bold")]
    )
    serif = "Serif" in fonts[0]
    fill = rng.choice(["hand", "hand", "typed"])
    answer_pos = rng.choice(["below", "below", "right"])
    numbering = rng.choice(["vraag", "vraag", "letter", "chip"])
    yesno = rng.choice(["boxes", "strike", "circle"] if fill == "hand" else ["boxes", "dropdown"])
    st = VStyle(
        font=fonts[0],
        bold=fonts[1],
        size=rng.choice([8.5, 9.0, 9.5]) + (0.5 if serif else 0.0),
        left=rng.choice([18.0, 20.0, 22.0]),
        right=rng.choice([189.0, 191.0, 193.0]),
        fill=fill,
        answer_pos=answer_pos,
        q_w=rng.uniform(62, 74),
        numbering=numbering,
        yesno=yesno,
        heading=rng.choice(["leftbar", "tab", "boxed"]),
        accent=rng.choice(
            [(0.0, 0.35, 0.6), (0.55, 0.12, 0.15), (0.1, 0.4, 0.3), (0.25, 0.25, 0.25)]
        ),
        box_h=rng.uniform(8.0, 9.2),
        box_fill=(0.87, 0.91, 1.0)
        if fill == "typed" and rng.random() < 0.7
        else rng.choice([None, None, (1.0, 0.98, 0.9)]),
        check=rng.choice(["cross", "cross", "check"]),
        box=rng.choice([3.5, 4.0]),
        pen=_pen(rng),
        type_font=rng.choice(["Helvetica", "Courier", "LiberationSans"]),
        type_size=rng.choice([9.0, 9.5, 10.0]),
    )
    partner_pen, partner_signs = _partner_pen_for(app, rng)
    sender = rng.choice(["gemeente", "gemeente", "werkplein", "sociale_dienst", "isd"])
    dept = rng.choice(["Team Werk en Inkomen", "Afdeling Sociale Zaken", "Klantcontactcentrum"])
    title = rng.choice(
        [
            "Aanvraagformulier bijstand",
            "Vragenlijst aanvraag bijstand",
            "Aanvraag uitkering levensonderhoud",
            "Aanvraag bijstand Participatiewet",
        ]
    )
    subtitle = rng.choice(
        [
            "Beantwoord alle vragen. Kruis het juiste antwoord aan of vul het antwoord in het vak in.",
            "Voor inwoners van 18 jaar tot de AOW-leeftijd die niet genoeg inkomen hebben",
            "Stuur dit formulier met de gevraagde bewijsstukken terug binnen 5 werkdagen",
        ]
    )
    year = app.application_date.year
    code = rng.choice(
        [
            f"Formulier B{rng.randint(10, 99)} ({year})",
            f"PW-aanvraag v{rng.randint(2, 9)}.{rng.randint(0, 9)}",
            f"WI/F/{rng.randint(100, 999)}",
        ]
    )
    sig_alone = rng.random() < 0.35
    return VChoices(
        st=st,
        partner_pen=partner_pen,
        partner_signs=partner_signs,
        sender=sender,
        dept=dept,
        title=title,
        subtitle=subtitle,
        code=code,
        stamp_box=rng.random() < 0.5,
        address=rng.choice(["separate", "combined"]),
        spaced_letter=rng.random() < 0.4,
        surname_split=rng.random() < 0.45,
        bsn_style=rng.choice(["plain", "plain", "dotted", "spaced"]),
        nat_q=rng.random() < 0.4,
        hand_dates=rng.choice(["dash", "dash", "slash", "dot", "long"])
        if fill == "hand"
        else rng.choice(["dash", "dash", "long"]),
        money_style=rng.choice(["plain", "nothousands", "dash_whole"]),
        zero_style=rng.choice(["plain", "dash_whole", "zero"]),
        pc_spaced=rng.random() < 0.6,
        iban_spaced=rng.random() < 0.55,
        phone_style=rng.choice(["dash", "spaced", "compact"]),
        start_first=rng.random() < 0.4,
        savings_kind=rng.choice(["amount", "namelijk"]),
        savings_q=rng.choice(SAVINGS_AMOUNT_QUESTIONS),
        huurtoeslag_q=rng.random() < 0.5,
        sig_kind=rng.choice(["table", "dotted", "box_above"]),
        sig_alone=sig_alone,
        sig_heading=rng.choice(["Ondertekening", "Verklaring en handtekening"]),
        sig_how=rng.choices(["in", "edge"], weights=[3, 1])[0],
        sig_place=rng.random() < 0.6,
        declaration=rng.choice(DECLARATIONS),
        footer_pos=rng.choice(["right", "center"]),
    )


class VForm(FormDrawing[VStyle]):
    """The drawing of a vragenlijst: sections, questions, answer boxes, yes/no answers."""

    # -- geometry -----------------------------------------------------------------------------
    @property
    def qx(self) -> float:
        return self.st.left + self.st.num_w

    @property
    def ax(self) -> float:
        """Where the answers start."""
        return self.qx + (self.st.q_w + 4 if self.st.answer_pos == "right" else 0.0)

    def text_w(self) -> float:
        return self.st.q_w if self.st.answer_pos == "right" else self.st.right - self.qx

    def q_lines(self, q: VQ) -> list[str]:
        return wrap(q.text, self.st.font, self.st.size, self.text_w())

    def note_lines(self, q: VQ) -> list[str]:
        return wrap(q.note, self.st.font, self.st.size - 1.5, self.text_w()) if q.note else []

    @staticmethod
    def has_caps(row: list[Cell]) -> bool:
        return any(x.caption for x in row)

    def row_h(self, row: list[Cell]) -> float:
        return (3.4 if self.has_caps(row) else 0.0) + self.st.box_h + 2.2

    def need_w(self, cell: Cell) -> float:
        """The width a cell needs for its answer (and its caption and prefix)."""
        st = self.st
        font, size = (
            (st.pen.font, st.pen.size * 1.04) if st.fill == "hand" else (st.type_font, st.type_size)
        )
        text = " ".join(t[0] for t in cell.tokens)
        need = DocCanvas.width(text, font, size) * (1.12 if st.fill == "hand" else 1.0) + 6
        if cell.prefix:
            need += DocCanvas.width(cell.prefix, st.font, st.size) + 1.5
        return max(need, DocCanvas.width(cell.caption, st.font, 6.8) + 1)

    def rows(self, q: VQ) -> list[list[Cell]]:
        """The rows of boxes; a row whose answers would not fit is split, one box a row."""
        out: list[list[Cell]] = []
        avail = self.st.right - self.ax
        for row in q.rows:
            total = sum(c.frac for c in row)
            room = avail - 4.0 * (len(row) - 1)
            if len(row) < 2 or all(room * x.frac / total >= self.need_w(x) for x in row):
                out.append(row)
            else:
                out.extend(
                    [[Cell(x.caption, x.tokens, 1.0, x.prefix)] for x in row if not x.spacer]
                )
        return out

    def yn_h(self, q: VQ) -> float:
        st = self.st
        if q.namelijk is not None:
            return st.box + 2.5 + st.box_h + 1.5
        if q.yesno is None:
            return 0.0
        if st.yesno == "strike":
            return self.lh + self.lh * 0.85 + 1.5
        if st.yesno == "circle":
            return self.lh + 3.0
        if st.yesno == "dropdown":
            return st.box_h + 2.0
        return st.box + 3.0

    def height(self, q: VQ) -> float:
        text_h = len(self.q_lines(q)) * self.lh + len(self.note_lines(q)) * self.lh * 0.85
        answers = self.yn_h(q) + sum(self.row_h(r) for r in self.rows(q))
        if self.st.answer_pos == "right":
            return max(text_h, answers) + 3.0
        return text_h + 1.0 + answers + 2.5

    # -- text -----------------------------------------------------------------------------------
    def section(self, n: int, title: str) -> None:
        st, c, sh = self.st, self.c, self.sh
        sh.need(36)
        sh.y += 3
        y, x0, w = sh.y, st.left, self.width
        size = st.size + 2.5
        if st.heading == "leftbar":
            c.rect(x0, y, 1.8, 7, stroke=0, fill=st.accent)
            c.text(x0 + 4, y + 5.2, f"{n}. {title}", font=st.bold, size=size)
        elif st.heading == "tab":
            label = f"Deel {n}"
            tw = DocCanvas.width(label, st.bold, size - 1) + 5
            c.rect(x0, y, tw, 7, stroke=0, fill=st.accent)
            c.text(x0 + 2.5, y + 5.0, label, font=st.bold, size=size - 1, color=WHITE)
            c.text(x0 + tw + 3, y + 5.0, title, font=st.bold, size=size - 0.5, color=st.accent)
            c.line(x0, y + 7, x0 + w, y + 7, width=0.8, color=st.accent)
        else:  # boxed: the heading in an outlined band
            c.rect(x0, y, w, 7.5, stroke=0.6, fill=(0.95, 0.95, 0.95))
            c.text(x0 + 2.5, y + 5.3, f"{n}  {title.upper()}", font=st.bold, size=size - 1.5)
        sh.y += 11

    def intro(self, text: str, *, size: float | None = None, color: Color = BLACK) -> None:
        st = self.st
        s = size or st.size - 0.5
        self.sh.need(para_h(text, st.font, s, self.width))
        paragraph(self.sh, st.left, self.width, text, font=st.font, size=s, color=color)
        self.sh.y += 2.0

    # -- answers --------------------------------------------------------------------------------
    def write(self, tokens: list[Token], x: float, base: float, max_w: float) -> Box | None:
        """The answer written by hand, or typed in the form's field font."""
        st, c = self.st, self.c
        if st.fill == "hand":
            return hand(c, self.rng, st.pen, x, base, tokens, max_w)
        return typed(c, tokens, x, base, st.type_font, st.type_size, max_w)

    def field_box(self, x: float, y: float, w: float, h: float, tokens: list[Token]) -> None:
        st, c = self.st, self.c
        c.rect(x, y, w, h, stroke=0.5, fill=st.box_fill)
        if tokens:
            hx = x + (self.rng.uniform(1.2, 3.0) if st.fill == "hand" else 1.5)
            base = y + h - (2.1 if st.fill == "hand" else h * 0.34)
            self.write(tokens, hx, base, x + w - hx - 1.2)

    def row(self, row: list[Cell], x0: float, x1: float, y: float) -> None:
        """A row of boxes with its top at y, captions above the boxes."""
        st, c = self.st, self.c
        gap = 4.0
        total = sum(cell.frac for cell in row)
        avail = x1 - x0 - gap * (len(row) - 1)
        top = y + (3.4 if self.has_caps(row) else 0.0)
        x = x0
        for cell in row:
            w = avail * cell.frac / total
            if not cell.spacer:
                bx, bw = x, w
                if cell.caption:
                    c.text(x, top - 1.0, cell.caption, font=st.font, size=6.8, color=GREY)
                if cell.prefix:
                    p = c.text(x, top + st.box_h - 2.4, cell.prefix, font=st.font, size=st.size)
                    bx, bw = p[2] + 1.5, w - (p[2] + 1.5 - x)
                self.field_box(bx, top, bw, st.box_h, cell.tokens)
            x += w + gap

    def tick(self, x: float, y: float, name: str, ticked: bool) -> Box:
        """A tick box, ticked by hand or by the PDF viewer's cross."""
        st, c = self.st, self.c
        if st.fill == "typed":
            b = c.checkbox(x, y, ticked, size=st.box, style="cross")
        else:
            b = c.checkbox(x, y, False, size=st.box)
            if ticked:
                hand_tick(c, self.rng, x, y, st.box, st.pen, st.check)
        c.checkboxes[name] = ticked
        return b

    def yesno(self, yn: YesNo, x: float, y: float) -> float:
        """The yes/no answer in the style's way; returns the y below it."""
        st, c = self.st, self.c
        region: Box | None = None
        arrow = "→" if st.font not in BASE14 else ">"
        jump = f"{arrow} zo nee, ga verder met vraag {yn.jump_to}" if yn.jump_to else ""
        if st.yesno == "boxes":
            s = st.box
            cy, cx = y + 1.0, x
            for label, val in (("Ja", True), ("Nee", False)):
                b = self.tick(cx, cy, f"{yn.name}_{label.lower()}", yn.answer is val)
                t = c.text(b[2] + 1.5, cy + s - 0.5, label, font=st.font, size=st.size)
                region = union(union(region, b), t)
                cx = t[2] + 8
            if jump and cx + DocCanvas.width(jump, st.font, st.size - 1.5) < st.right:
                c.text(cx, cy + s - 0.5, jump, font=st.font, size=st.size - 1.5, color=GREY)
            bottom = cy + s + 2.0
        elif st.yesno == "strike":
            base = y + self.lh * 0.8
            ja = c.text(x, base, "Ja", font=st.font, size=st.size)
            sl = c.text(ja[2] + 1.5, base, "/", font=st.font, size=st.size)
            nee = c.text(sl[2] + 1.5, base, "Nee*", font=st.font, size=st.size)
            pen_through(c, self.rng, nee if yn.answer else ja, st.pen)
            region = union(ja, nee)
            end = nee[2] + 6
            if jump and end + DocCanvas.width(jump, st.font, st.size - 1.5) < st.right:
                c.text(end, base, jump, font=st.font, size=st.size - 1.5, color=GREY)
            c.text(
                x,
                base + self.lh * 0.85,
                "* doorhalen wat niet van toepassing is",
                font=st.font,
                size=st.size - 1.5,
                color=GREY,
            )
            bottom = y + self.lh + self.lh * 0.85 + 1.5
        elif st.yesno == "circle":
            base = y + self.lh * 0.8 + 1.5
            ja = c.text(x + 2.5, base, "Ja", font=st.font, size=st.size)
            nee = c.text(ja[2] + 9, base, "Nee", font=st.font, size=st.size)
            pen_circle(c, self.rng, ja if yn.answer else nee, st.pen)
            region = union(ja, nee)
            note = "(omcirkel uw antwoord)" + (f"  {jump}" if jump else "")
            if nee[2] + 8 + DocCanvas.width(note, st.font, st.size - 1.5) < st.right:
                c.text(nee[2] + 8, base, note, font=st.font, size=st.size - 1.5, color=GREY)
            bottom = y + self.lh + 3.0
        else:  # dropdown: a choice field of the fillable PDF, printed with its value
            w = 24.0
            c.rect(x, y, w, st.box_h, stroke=0.5, fill=st.box_fill)
            tri = x + w - 4.5
            c.line(tri, y + 3.2, tri + 2.6, y + 3.2, width=0.5, color=GREY)
            c.line(tri, y + 3.2, tri + 1.3, y + 4.8, width=0.5, color=GREY)
            c.line(tri + 2.6, y + 3.2, tri + 1.3, y + 4.8, width=0.5, color=GREY)
            region = c.text(
                x + 1.5,
                y + st.box_h * 0.66,
                "Ja" if yn.answer else "Nee",
                font=st.type_font,
                size=st.type_size,
            )
            if jump and x + w + 4 + DocCanvas.width(jump, st.font, st.size - 1.5) < st.right:
                c.text(
                    x + w + 4,
                    y + st.box_h * 0.66,
                    jump,
                    font=st.font,
                    size=st.size - 1.5,
                    color=GREY,
                )
            bottom = y + st.box_h + 2.0
        if yn.fld is not None and region is not None:
            c.mark(yn.fld, yn.answer, region, "Ja" if yn.answer else "Nee")
        return bottom

    def namelijk(self, nm: Namelijk, x: float, y: float) -> float:
        """'[ ] Nee' over '[ ] Ja, namelijk € [....]'; returns the y below."""
        st, c = self.st, self.c
        s = st.box
        b = self.tick(x, y + 0.8, f"{nm.name}_nee", not nm.answer)
        c.text(b[2] + 1.5, y + 0.8 + s - 0.5, "Nee", font=st.font, size=st.size)
        y2 = y + s + 2.5
        by = y2 + (st.box_h - s) / 2
        b = self.tick(x, by, f"{nm.name}_ja", nm.answer)
        t = c.text(b[2] + 1.5, by + s - 0.5, "Ja, namelijk €", font=st.font, size=st.size)
        w = min(55.0, st.right - t[2] - 3)
        self.field_box(t[2] + 2, y2, w, st.box_h, nm.tokens if nm.answer else [])
        return y2 + st.box_h + 1.5

    def question(self, q: VQ) -> None:
        st, c, sh = self.st, self.c, self.sh
        sh.need(self.height(q))
        y0 = sh.y
        base = y0 + self.lh * 0.78
        if st.numbering == "chip":
            w = DocCanvas.width(q.number, st.bold, st.size) + 2.4
            c.rect(st.left, base - st.size * PT * 0.9, w, st.size * PT * 1.25, stroke=0, fill=LIGHT)
            c.text(st.left + 1.2, base, q.number, font=st.bold, size=st.size)
        else:
            c.text(st.left, base, q.number, font=st.bold, size=st.size)
        y = y0
        for line in self.q_lines(q):
            c.text(self.qx, y + self.lh * 0.78, line, font=st.font, size=st.size)
            y += self.lh
        for line in self.note_lines(q):
            c.text(self.qx, y + self.lh * 0.7, line, font=st.font, size=st.size - 1.5, color=GREY)
            y += self.lh * 0.85
        ay = y0 - 1.0 if st.answer_pos == "right" else y + 1.0
        if q.yesno is not None:
            ay = self.yesno(q.yesno, self.ax, ay)
        if q.namelijk is not None:
            ay = self.namelijk(q.namelijk, self.ax, ay)
        for row in self.rows(q):
            self.row(row, self.ax, st.right, ay)
            ay += self.row_h(row)
        sh.y = max(y, ay) + (3.0 if st.answer_pos == "right" else 2.5)


@layout("application_form", "vragenlijst")
def vragenlijst(c: DocCanvas, app: Application, rng: random.Random) -> None:
    """A question-by-question paper form, answered by hand or typed, answers in boxes under or
    right of the question; yes/no ticked, struck through or circled; signed in a table, on
    dotted lines or in boxes above their captions."""
    ch = vragenlijst_choices(app, rng)
    st = ch.st
    a, p = app.applicant, app.partner
    tops: dict[int, float] = {}

    def money(value: Decimal, fld: str) -> list[Token]:
        text = written_money(value, ch.money_style, ch.zero_style)
        if st.fill == "typed":
            text = amount_nl(value)
        return [(text, fld, money_norm(value))]

    def bsn_text(bsn: str) -> str:
        if ch.bsn_style == "dotted":
            return f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"
        if ch.bsn_style == "spaced":
            return f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}"
        return bsn

    def person(x: Person | None, role: str) -> list[VQ]:
        mine = role == "applicant"
        who = "uw" if mine else "de"
        of = "" if mine else " van uw partner"
        qs: list[VQ] = []

        bsn: list[Token] = []
        dob: list[Token] = []
        first: list[Token] = []
        sur: list[Token] = []
        pre: list[Token] = []
        core: list[Token] = []
        if x is not None:  # without a partner the partner's boxes stay empty
            bsn = [(bsn_text(x.bsn), f"{role}_bsn", x.bsn)]
            dob = _date_tokens(x.date_of_birth, f"{role}_date_of_birth", ch.hand_dates)
            first = [(x.first_names, f"{role}_first_names", x.first_names)]
            sur = [(x.surname, f"{role}_surname", x.surname)]
            pre = [(x.prefix, f"{role}_surname", x.surname)] if x.prefix else []
            core = [(x.surname_core, f"{role}_surname", x.surname)]
        qs.append(
            VQ(
                f"Wat is {'uw' if mine else 'het'} burgerservicenummer (BSN){of}?",
                [[Cell("", bsn, 0.5), Cell(frac=0.5, spacer=True)]],
                note="U vindt uw BSN op uw paspoort, identiteitskaart of rijbewijs."
                if mine
                else "",
            )
        )
        if ch.surname_split:
            qs.append(
                VQ(
                    f"Wat is {who} achternaam{of}?",
                    [[Cell("Tussenvoegsel", pre, 0.3), Cell("Achternaam", core, 0.7)]],
                )
            )
        else:
            qs.append(VQ(f"Wat is {who} achternaam{of}?", [[Cell("", sur)]]))
        qs.append(
            VQ(
                f"Wat zijn {who} voornamen{of}?",
                [[Cell("", first)]],
                note="Schrijf al uw voornamen voluit." if mine and st.fill == "hand" else "",
            )
        )
        qs.append(
            VQ(
                f"Wat is {who} geboortedatum{of}? (dd-mm-jjjj)",
                [[Cell("", dob, 0.45), Cell(frac=0.55, spacer=True)]],
            )
        )
        if ch.nat_q:
            nat: list[Token] = (
                [(NATIONALITY_NL.get(x.nationality, x.nationality), None, None)] if x else []
            )
            qs.append(
                VQ(
                    f"Welke nationaliteit heeft {'u' if mine else 'uw partner'}?",
                    [[Cell("", nat, 0.55), Cell(frac=0.45, spacer=True)]],
                )
            )
        return qs

    def address() -> list[VQ]:
        ad = app.address
        hn = ad.house_number
        street: Token = (ad.street, "street", ad.street)
        if ch.address == "separate":
            number, extra = split_house_number(hn)
            row = [
                Cell("Straat", [street], 0.6),
                Cell("Huisnummer", [(number, "house_number", hn)], 0.2),
                Cell("Toevoeging", [(extra, "house_number", hn)] if extra else [], 0.2),
            ]
        else:
            row = [
                Cell("Straat", [street], 0.68),
                Cell(
                    "Huisnummer en toevoeging",
                    [(written_house_number(hn, ch.spaced_letter), "house_number", hn)],
                    0.32,
                ),
            ]
        pc = ad.postcode_printed if ch.pc_spaced else ad.postcode
        return [
            VQ("Op welk adres woont u?", [row]),
            VQ(
                "Wat zijn uw postcode en woonplaats?",
                [
                    [
                        Cell("Postcode", [(pc, "postcode", ad.postcode)], 0.3),
                        Cell("Woonplaats", [(ad.city, "city", ad.city)], 0.7),
                    ]
                ],
            ),
            VQ(
                "Op welk telefoonnummer kunnen wij u bereiken?",
                [
                    [
                        Cell("", [(phone_printed(app.phone, ch.phone_style), "phone", app.phone)]),
                        Cell(frac=0.6 if st.answer_pos == "below" else 0.2, spacer=True),
                    ]
                ],
            ),
            VQ("Wat is uw e-mailadres?", [[Cell("", [(app.email, "email", app.email)])]]),
        ]

    def build() -> list[tuple[str, list[VQ]]]:
        start = VQ(
            "Vanaf welke datum vraagt u bijstand aan? (dd-mm-jjjj)",
            [
                [
                    Cell(
                        "",
                        _date_tokens(
                            app.requested_start_date, "requested_start_date", ch.hand_dates
                        ),
                        0.45,
                    ),
                    Cell(frac=0.55, spacer=True),
                ]
            ],
            note="U kunt bijstand krijgen vanaf de dag dat u zich bij ons heeft gemeld."
            if rng.random() < 0.5
            else "",
        )
        sections: list[tuple[str, list[VQ]]] = []
        if ch.start_first:
            sections.append(("Uw aanvraag", [start]))
        sections.append(("Uw persoonsgegevens", person(a, "applicant") + address()))
        partner_q = VQ(
            rng.choice(
                [
                    "Heeft u een partner?",
                    "Bent u getrouwd, heeft u een geregistreerd partner of woont u samen?",
                    "Woont u samen met een partner, ook als u niet getrouwd bent?",
                ]
            ),
            yesno=YesNo("has_partner", p is not None, "has_partner", jump_on=False),
        )
        sections.append(("Uw partner", [partner_q, *person(p, "partner")]))
        kids = app.children_count
        housing = [
            VQ(
                "Hoeveel kinderen jonger dan 18 jaar wonen bij u thuis?",
                [
                    [
                        Cell("", [(str(kids), "children_count", kids)], 0.2),
                        Cell(frac=0.8, spacer=True),
                    ]
                ],
            ),
            VQ(
                rng.choice(
                    [
                        "Hoeveel betaalt u per maand aan huur of hypotheek?",
                        "Wat zijn uw woonkosten per maand (kale huur of hypotheeklasten)?",
                    ]
                ),
                [
                    [
                        Cell("", money(app.housing_costs, "housing_costs"), 0.4, prefix="€"),
                        Cell(frac=0.6, spacer=True),
                    ]
                ],
            ),
        ]
        if ch.huurtoeslag_q:
            housing.append(
                VQ("Krijgt u huurtoeslag?", yesno=YesNo("huurtoeslag", rng.random() < 0.5))
            )
        sections.append(("Uw woonsituatie", housing))
        income = [
            VQ(
                "Heeft u (of uw partner) inkomsten uit werk, een uitkering of alimentatie?",
                yesno=YesNo("has_income", app.declared_monthly_income > 0),
            ),
            VQ(
                rng.choice(
                    [
                        "Hoeveel zijn uw netto inkomsten per maand, alles bij elkaar?",
                        "Totaal netto inkomen per maand (samen met uw partner)",
                    ]
                ),
                [
                    [
                        Cell(
                            "",
                            money(app.declared_monthly_income, "declared_monthly_income"),
                            0.4,
                            prefix="€",
                        ),
                        Cell(frac=0.6, spacer=True),
                    ]
                ],
                note="Vul 0 in als u geen inkomsten heeft." if rng.random() < 0.4 else "",
            ),
        ]
        sections.append(("Uw inkomsten", income))
        saved = app.declared_savings
        if ch.savings_kind == "namelijk":
            wealth = [
                VQ(
                    rng.choice(SAVINGS_NAMELIJK_QUESTIONS),
                    namelijk=Namelijk(
                        "has_savings", saved > 0, money(saved, "declared_savings") if saved else []
                    ),
                    note="Tel het saldo van al uw rekeningen op, ook die van uw partner.",
                )
            ]
        else:
            wealth = [
                VQ(
                    ch.savings_q,
                    [
                        [
                            Cell("", money(saved, "declared_savings"), 0.4, prefix="€"),
                            Cell(frac=0.6, spacer=True),
                        ]
                    ],
                    note="Tel het geld op al uw rekeningen bij elkaar op, ook als het weinig is.",
                )
            ]
        acc = app.account
        wealth.append(
            VQ(
                "Op welk rekeningnummer (IBAN) wilt u de bijstand ontvangen?",
                [
                    [
                        Cell(
                            "IBAN",
                            [(acc.iban_printed if ch.iban_spaced else acc.iban, "iban", acc.iban)],
                        )
                    ],
                    [Cell("Op naam van", [(acc.holder, None, None)])],
                ],
            )
        )
        sections.append(("Uw geld en bankrekening", wealth))
        if not ch.start_first:
            sections.append(("Uw aanvraag", [start]))
        return sections

    def number(sections: list[tuple[str, list[VQ]]]) -> None:
        firsts: list[str] = []
        for si, (_, qs) in enumerate(sections, start=1):
            for qi, q in enumerate(qs, start=1):
                q.number = {
                    "vraag": f"Vraag {si}.{qi}",
                    "letter": f"{si}{chr(ord('a') + qi - 1)}",
                    "chip": f"{si}.{qi}",
                }[st.numbering]
            firsts.append(qs[0].number.removeprefix("Vraag "))
        firsts.append("")
        for si, (_, qs) in enumerate(sections):
            for q in qs:
                if q.yesno is not None and q.yesno.jump_on is not None and firsts[si + 1]:
                    q.yesno.jump_to = firsts[si + 1]

    def header(sh: Sheet) -> float:
        cv = sh.c
        x0, x1 = st.left, st.right
        if sh.page == 1:
            cv.logo(x0, 11, 10, sh.rng, color=st.accent)
            if ch.sender == "gemeente":
                name, sub = f"Gemeente {app.address.city}", ch.dept
            else:
                name = region_name(app, ch.sender)
                sub = f"namens het college van Gemeente {app.address.city}"
            size = 13.5
            room = x1 - x0 - 14 - (45 if ch.stamp_box else 0)
            while DocCanvas.width(name, st.bold, size) > room:
                size -= 0.5
            cv.text(x0 + 13, 16, name, font=st.bold, size=size)
            cv.text(x0 + 13, 21, sub, font=st.font, size=8)
            if ch.stamp_box:
                cv.rect(x1 - 42, 9, 42, 20, stroke=0.4, color=GREY)
                cv.text(x1 - 40.5, 12.2, "Ontvangststempel", font=st.font, size=6.5, color=GREY)
            y = 38.0
            size = 17.0
            while DocCanvas.width(ch.title, st.bold, size) > x1 - x0:
                size -= 0.5
            cv.text(x0, y, ch.title, font=st.bold, size=size, color=st.accent)
            sub_size = 8.5
            while DocCanvas.width(ch.subtitle, st.font, sub_size) > x1 - x0:
                sub_size -= 0.25
            cv.text(x0, y + 5.5, ch.subtitle, font=st.font, size=sub_size, color=GREY)
            y += 8.5
            tops[sh.page] = y + 3
            return y + 3
        cv.text(x0, 13, f"{ch.title} – Gemeente {app.address.city}", font=st.font, size=7.5)
        cv.text(x1, 13, ch.code, font=st.font, size=7.5, align="right", color=GREY)
        cv.line(x0, 15.5, x1, 15.5, width=0.4, color=st.accent)
        tops[sh.page] = 21.0
        return 21.0

    def footer(sh: Sheet) -> None:
        cv = sh.c
        text = f"Pagina {sh.page} van {sh.total}"
        if ch.footer_pos == "center":
            cv.text((st.left + st.right) / 2, 288, text, font=st.font, size=8, align="center")
            cv.text(st.left, 288, ch.code, font=st.font, size=6.5, color=GREY)
        else:
            cv.line(st.left, 284, st.right, 284, width=0.3, color=GREY)
            cv.text(st.right, 288, text, font=st.bold, size=8, align="right")
            cv.text(st.left, 288, ch.code, font=st.font, size=6.5, color=GREY)

    # -- the signing part ---------------------------------------------------------------------
    def signing(f: VForm, sh: Sheet) -> None:
        cv, r = sh.c, sh.rng
        sd = app.signature_date
        dated: list[Token] = _date_tokens(sd, "signature_date", ch.hand_dates) if sd else []
        placed = ch.sig_place and (sd is not None or r.random() < 0.3)
        place: list[Token] = [(app.address.city, None, None)] if placed else []
        x0, x1 = st.left, st.right
        pen = st.pen
        partner_dated: list[Token] = [(t, None, None) for t, _, _ in dated]

        def partner_sign(box: Box) -> None:
            if ch.partner_signs:
                scribble_at(cv, r, box, "in", ch.partner_pen)

        if ch.sig_kind == "table":  # a column per person, rows Plaats / Datum / Handtekening
            lw = 34.0
            people = ["Aanvrager"] + (["Partner"] if p is not None else [])
            cw = min(78.0, (f.width - lw) / len(people))
            sig_h = r.uniform(20, 26)
            heights = [10.0, 10.0, sig_h]
            sh.need(7 + sum(heights) + 4)
            y = sh.y + 1
            right = x0 + lw + cw * len(people)
            cv.rect(x0 + lw, y, cw * len(people), 7, stroke=0, fill=(0.9, 0.9, 0.9))
            for i, who in enumerate(people):
                cv.text(x0 + lw + i * cw + 2, y + 4.9, who, font=st.bold, size=st.size)
            ry = y + 7
            for label, h in zip(("Plaats", "Datum", "Handtekening"), heights, strict=True):
                cv.text(x0 + 1.5, ry + min(h, 10) * 0.65, label, font=st.font, size=st.size)
                for i in range(len(people)):
                    cx = x0 + lw + i * cw
                    base = ry + h * 0.68
                    if label == "Plaats" and place and i == 0:
                        f.write(place, cx + 2, base, cw - 4)
                    elif label == "Plaats" and place and ch.partner_signs:
                        hand(cv, r, ch.partner_pen, cx + 2, base, place, cw - 4)
                    elif label == "Datum" and i == 0 and dated:
                        f.write(dated, cx + 2, base, cw - 4)
                    elif label == "Datum" and i == 1 and ch.partner_signs and partner_dated:
                        hand(cv, r, ch.partner_pen, cx + 2, base, partner_dated, cw - 4)
                    elif label == "Handtekening":
                        box = (cx, ry, cx + cw, ry + h)
                        if i == 0:
                            sign_applicant(cv, app, r, box, ch.sig_how, pen)
                        else:
                            partner_sign(box)
                ry += h
            for yy in (y, y + 7, y + 17, y + 27, ry):
                cv.line(x0 if yy != y else x0 + lw, yy, right, yy, width=0.5)
            for k in range(len(people) + 2):
                xv = x0 if k == 0 else x0 + lw + (k - 1) * cw
                cv.line(xv, y if k else y + 7, xv, ry, width=0.5)
            sh.y = ry + 5
        elif ch.sig_kind == "dotted":  # labels left of dotted lines, no boxes
            sig_h = r.uniform(12, 15)
            labels = ["Handtekening aanvrager"] + (["Handtekening partner"] if p else [])
            lw = max(DocCanvas.width(t, st.font, st.size) for t in labels) + 4
            sh.need(12 + len(labels) * (sig_h + 4) + 4)
            y = sh.y + 8
            dash = (0.4, 1.3)
            lx = x0 + lw
            if ch.sig_place:
                cv.text(x0, y, "Plaats", font=st.font, size=st.size)
                cv.line(lx, y + 0.8, lx + 50, y + 0.8, width=0.6, dash=dash)
                if place:
                    f.write(place, lx + 2, y - 0.6, 46)
                dl = cv.text(lx + 56, y, "Datum", font=st.font, size=st.size)
                cv.line(dl[2] + 3, y + 0.8, x1, y + 0.8, width=0.6, dash=dash)
                if dated:
                    f.write(dated, dl[2] + 5, y - 0.6, x1 - dl[2] - 8)
            else:
                cv.text(x0, y, "Datum", font=st.font, size=st.size)
                cv.line(lx, y + 0.8, lx + 60, y + 0.8, width=0.6, dash=dash)
                if dated:
                    f.write(dated, lx + 2, y - 0.6, 56)
            y += 4
            for k, label in enumerate(labels):
                ly = y + sig_h
                cv.text(x0, ly, label, font=st.font, size=st.size)
                cv.line(lx, ly + 0.8, min(x1, lx + 95), ly + 0.8, width=0.6, dash=dash)
                box = (lx, y, lx + 80, ly + 0.8)
                if k == 0:
                    sign_applicant(cv, app, r, box, ch.sig_how, pen, line=True)
                else:
                    partner_sign(box)
                y = ly + 4
            sh.y = y + 3
        else:  # box_above: boxes with their captions under them
            sig_h = r.uniform(20, 27)
            sh.need(16 + sig_h + 10)
            y = sh.y + 1
            pw = 62.0 if ch.sig_place else 0.0
            if ch.sig_place:
                cv.rect(x0, y, pw, 9, stroke=0.5, fill=st.box_fill)
                cv.text(x0, y + 12, "Plaats", font=st.font, size=7, color=GREY)
                if place:
                    f.write(place, x0 + 2, y + 6.8, pw - 4)
            dx = x0 + (pw + 5 if ch.sig_place else 0.0)
            cv.rect(dx, y, 45, 9, stroke=0.5, fill=st.box_fill)
            cv.text(dx, y + 12, "Datum", font=st.font, size=7, color=GREY)
            if dated:
                f.write(dated, dx + 2, y + 6.8, 41)
            y += 16
            n = 2 if p is not None else 1
            w = min(85.0, (f.width - 6 * (n - 1)) / n)
            for k in range(n):
                bx = x0 + k * (w + 6)
                cv.rect(bx, y, w, sig_h, stroke=0.6)
                cv.text(
                    bx,
                    y + sig_h + 3.6,
                    "Handtekening partner" if k else "Handtekening aanvrager",
                    font=st.font,
                    size=st.size - 0.5,
                )
                box = (bx, y, bx + w, y + sig_h)
                if k == 0:
                    sign_applicant(cv, app, r, box, ch.sig_how, pen)
                else:
                    partner_sign(box)
            sh.y = y + sig_h + 8

    def draw(cv: DocCanvas, r: random.Random, total: int) -> int:
        sh = Sheet(cv, r, total, 276, header, footer)
        f = VForm(sh, st)
        widest = {"vraag": "Vraag 8.8", "letter": "8h", "chip": "8.8"}[st.numbering]
        st.num_w = DocCanvas.width(widest, st.bold, st.size) + 4.5
        f.intro(
            "Lees de vragen goed en beantwoord ze allemaal. "
            + (
                "Schrijf duidelijk, in blokletters, met een zwarte of blauwe pen. "
                if st.fill == "hand"
                else "U kunt dit formulier op de computer invullen en daarna printen. "
            )
            + "Heeft u een partner? Dan vult u ook de vragen over uw partner in."
        )
        for si, (name, qs) in enumerate(sections, start=1):
            f.section(si, name)
            for q in qs:
                f.question(q)
        n = len(sections) + 1
        # the heading, the declaration and the signing part (its tallest) on one page
        partner_note = "Uw partner moet dit formulier ook ondertekenen."
        sig_need = 16 + {"table": 58, "dotted": 35 + (19 if p else 0), "box_above": 53}[ch.sig_kind]
        if p is not None:
            sig_need += para_h(partner_note, st.font, st.size - 0.5, f.width) + 2
        if ch.sig_alone and sh.y > tops[sh.page] + 0.01:
            sh.page_break()
        sh.need(sig_need + para_h(ch.declaration, st.font, st.size - 0.5, f.width))
        f.section(n, ch.sig_heading)
        f.intro(ch.declaration)
        if p is not None:
            f.intro(partner_note, color=GREY)
        signing(f, sh)
        sh.close()
        return sh.page

    sections = build()
    number(sections)
    two_pass(c, rng, draw)


# --- layout: portaal_overzicht -------------------------------------------------------------------


@dataclass(slots=True)
class OStyle:
    font: str
    bold: str
    size: float
    left: float
    right: float
    present: str  # right: value right-aligned / leader: dots to a value column / grid2: two pairs
    lw: float  # the value column (leader)
    heading: str  # band / underline / link
    accent: Color
    label_color: Color
    pad: float
    edit_links: bool


@dataclass(slots=True)
class OChoices:
    """What one portaal_overzicht document looks like: its style and its variants."""

    st: OStyle
    pen: Pen
    partner_pen: Pen
    partner_signs: bool
    browser: bool
    stepper: bool
    title: str
    portal: str
    ref_label: str
    ref: str
    clock: str
    url: str
    names: str  # split / full
    house: str  # separate / combined / address_line
    spaced_letter: bool
    money_style: str  # euro / eur / euro_nothousands
    date_style: str
    hand_dates: str
    phone_style: str
    pc_spaced: bool
    iban_spaced: bool
    show_gender: bool
    show_nat: bool
    savings_label: str
    savings_kind: str  # amount / question ('Heeft u spaargeld?' first)
    zero_row: bool  # 'question' with nothing saved: still a '€ 0,00' row (else no amount at all)
    bijlagen: bool
    sig_kind: str  # box / line / caption / none
    sig_how: str
    start_first: bool


def overzicht_choices(app: Application, rng: random.Random) -> OChoices:
    """The variants of one document, drawn first from the layout's rng (so they can be replayed)."""
    fonts = rng.choice(PORTAL_FONTS)
    present = rng.choice(["right", "leader", "grid2"])
    st = OStyle(
        font=fonts[0],
        bold=fonts[1],
        size=rng.choice([8.5, 9.0, 9.5]),
        left=rng.choice([15.0, 17.0, 20.0]),
        right=rng.choice([190.0, 193.0, 195.0]),
        present=present,
        lw=rng.uniform(78, 92),
        heading=rng.choice(["band", "underline", "link"]),
        accent=rng.choice([(0.0, 0.32, 0.6), (0.7, 0.12, 0.2), (0.0, 0.45, 0.4), (0.35, 0.2, 0.5)]),
        label_color=rng.choice([BLACK, (0.35, 0.35, 0.35)]),
        pad=rng.uniform(1.3, 2.2),
        edit_links=rng.random() < 0.6,
    )
    pen = _pen(rng)
    partner_pen, partner_signs = _partner_pen_for(app, rng)
    portal = rng.choice(["Mijn{c}", "Inwonersportaal {c}", "Mijn Loket {c}", "{c} Digitaal"])
    portal = portal.format(c=app.address.city.replace(" ", ""))
    title = rng.choice(
        [
            "Overzicht van uw aanvraag",
            "Overzicht van uw aanvraag bijstand",
            "Controleer uw aanvraag: overzicht",
        ]
    )
    year = app.application_date.year
    ref_label = rng.choice(["Aanvraagnummer", "Dossiernummer", "Ons kenmerk"])
    ref = rng.choice(
        [
            f"{year}-{rng.randint(100000, 999999)}",
            f"AB{rng.randint(1000000, 9999999)}",
            f"PW.{year % 100:02d}.{rng.randint(1000, 9999)}",
        ]
    )
    host = rng.choice(["mijn", "loket", "portaal", "inwoners"])
    path = rng.choice(
        [
            "aanvragen/bijstand/overzicht",
            "formulieren/levensonderhoud/stap-6-overzicht",
            f"zaken/{ref}/overzicht",
        ]
    )
    return OChoices(
        st=st,
        pen=pen,
        partner_pen=partner_pen,
        partner_signs=partner_signs,
        browser=rng.random() < 0.8,
        stepper=rng.random() < 0.5,
        title=title,
        portal=portal,
        ref_label=ref_label,
        ref=ref,
        clock=f"{rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}",
        url=f"https://{host}.{slug(app.address.city)}.nl/{path}",
        names=rng.choice(["split", "full"]),
        house=rng.choice(["separate", "combined", "address_line"]),
        spaced_letter=rng.random() < 0.5,
        money_style=rng.choice(["euro", "euro", "eur", "euro_nothousands"]),
        date_style=rng.choice(["dash", "dash", "long", "slash"]),
        hand_dates=rng.choice(["dash", "dash", "slash", "dot"]),
        phone_style=rng.choice(["compact", "intl", "e164", "dash"]),
        pc_spaced=rng.random() < 0.6,
        iban_spaced=rng.random() < 0.5,
        show_gender=rng.random() < 0.5,
        show_nat=rng.random() < 0.4,
        savings_label=rng.choice(SAVINGS_LABELS),
        savings_kind=rng.choice(["amount", "question"]),
        zero_row=rng.random() < 0.5,
        bijlagen=rng.random() < 0.6,
        sig_kind=rng.choice(["box", "line", "caption", "none"]),
        sig_how=rng.choices(["in", "edge"], weights=[3, 1])[0],
        start_first=rng.random() < 0.5,
    )


def portal_money(value: Decimal, style: str) -> str:
    """'€ 1.234,56', 'EUR 1.234,56' or '€ 1234,56' (zero: '€ 0,00')."""
    if style == "eur":
        return f"EUR {amount_nl(value)}"
    if style == "euro_nothousands":
        return f"€ {amount_nl(value, thousands=False)}"
    return euro_text(value, "euro")


Item = tuple[str, list[Token]]  # a label and its value


class Overview:
    """The label/value rows of the overview page."""

    def __init__(self, sh: Sheet, st: OStyle) -> None:
        self.sh, self.st, self.c = sh, st, sh.c
        self.pending: Item | None = None  # grid2: the left half of a row not yet drawn

    @property
    def lh(self) -> float:
        return self.st.size * PT * 1.35

    @property
    def width(self) -> float:
        return self.st.right - self.st.left

    def heading(self, title: str, *, edit: bool = True) -> None:
        """A section heading, with a 'Wijzigen' link where the portal lets one go back to it."""
        self.flush()
        st, c, sh = self.st, self.c, self.sh
        sh.need(28)
        sh.y += 4
        y = sh.y
        size = st.size + 2.5
        link = "Wijzigen"
        if st.heading == "band":
            c.rect(st.left, y, self.width, 8, stroke=0, fill=(0.92, 0.94, 0.97))
            c.text(st.left + 2.5, y + 5.6, title, font=st.bold, size=size - 0.5)
            link_base = y + 5.6
            sh.y += 11
        elif st.heading == "underline":
            c.text(st.left, y + 5, title, font=st.bold, size=size, color=st.accent)
            c.line(st.left, y + 7.3, st.right, y + 7.3, width=0.8, color=st.accent)
            link_base = y + 5
            sh.y += 10.5
        else:  # link: the title alone, a coloured link beside it
            c.text(st.left, y + 5, title, font=st.bold, size=size + 0.5)
            link_base = y + 5
            sh.y += 9
        if st.edit_links and edit:
            b = c.text(
                st.right - 2,
                link_base,
                link,
                font=st.font,
                size=st.size - 0.5,
                align="right",
                color=st.accent,
            )
            c.line(b[0], b[3] - 0.2, b[2], b[3] - 0.2, width=0.3, color=st.accent)

    def values(
        self, tokens: list[Token], x: float, base: float, avail: float, *, right: bool
    ) -> Box | None:
        return typed(self.c, tokens, x, base, self.st.font, self.st.size, avail + 0.01, right=right)

    def value_w(self, tokens: list[Token]) -> float:
        words = [t[0] for t in tokens if t[0]]
        return DocCanvas.width(" ".join(words), self.st.font, self.st.size)

    # -- one row per item ---------------------------------------------------------------------
    def _right_lines(self, item: Item) -> tuple[list[str], float]:
        label, tokens = item
        vw = min(self.value_w(tokens), self.width * 0.55)
        return wrap(label, self.st.font, self.st.size, self.width - vw - 10), vw

    def item_h(self, item: Item) -> float:
        st = self.st
        if st.present == "right":
            lines, _ = self._right_lines(item)
        elif st.present == "leader":
            lines = wrap(item[0], st.font, st.size, st.lw - 8)
        else:
            return self.pair_h(item, None)
        return max(1, len(lines)) * self.lh + 2 * st.pad

    def item(self, item: Item) -> None:
        st, c, sh = self.st, self.c, self.sh
        label, tokens = item
        h = self.item_h(item)
        sh.need(h)
        y = sh.y
        if st.present == "right":
            lines, vw = self._right_lines(item)
            for i, line in enumerate(lines):
                c.text(
                    st.left + 1,
                    y + st.pad + self.lh * (i + 0.78),
                    line,
                    font=st.font,
                    size=st.size,
                    color=st.label_color,
                )
            self.values(tokens, st.right - 1, y + st.pad + self.lh * 0.78, vw, right=True)
            c.line(st.left, y + h, st.right, y + h, width=0.25, color=LIGHT)
        else:  # leader: the label, dots up to the value column, the value
            lines = wrap(label, st.font, st.size, st.lw - 8)
            for i, line in enumerate(lines):
                c.text(
                    st.left,
                    y + st.pad + self.lh * (i + 0.78),
                    line,
                    font=st.font,
                    size=st.size,
                    color=st.label_color,
                )
            last = y + st.pad + self.lh * (len(lines) - 1 + 0.78)
            end = st.left + DocCanvas.width(lines[-1], st.font, st.size) + 1.5
            vx = st.left + st.lw
            if vx - 2 > end + 2:
                c.line(end, last, vx - 2, last, width=0.6, color=GREY, dash=(0.3, 1.1))
            self.values(tokens, vx, last, st.right - vx - 1, right=False)
        sh.y += h

    # -- grid2: two label-above-value pairs a row ---------------------------------------------
    def cell_h(self, item: Item, w: float) -> float:
        lines = wrap(item[0], self.st.font, self.st.size - 1, w - 2)
        return len(lines) * self.lh * 0.9 + self.lh

    def pair_h(self, a: Item, b: Item | None) -> float:
        w = (self.width - 6) / 2
        h = max(self.cell_h(a, w), self.cell_h(b, w) if b else 0.0)
        return h + 2 * self.st.pad

    def pair(self, a: Item, b: Item | None) -> None:
        st, c, sh = self.st, self.c, self.sh
        h = self.pair_h(a, b)
        sh.need(h)
        y = sh.y
        w = (self.width - 6) / 2
        for k, it in enumerate((a, b)):
            if it is None:
                continue
            x = st.left + k * (w + 6)
            lines = wrap(it[0], st.font, st.size - 1, w - 2)
            for i, line in enumerate(lines):
                c.text(
                    x,
                    y + st.pad + self.lh * 0.9 * (i + 0.75),
                    line,
                    font=st.font,
                    size=st.size - 1,
                    color=GREY,
                )
            base = y + st.pad + self.lh * 0.9 * len(lines) + self.lh * 0.78
            self.values(it[1], x, base, w - 2, right=False)
        c.line(st.left, y + h, st.right, y + h, width=0.25, color=LIGHT)
        sh.y += h

    def flush(self) -> None:
        if self.pending is not None:
            pending, self.pending = self.pending, None
            self.pair(pending, None)

    # -- the API ------------------------------------------------------------------------------
    def row(self, label: str, tokens: list[Token]) -> None:
        if self.st.present != "grid2":
            self.item((label, tokens))
        elif self.pending is None:
            self.pending = (label, tokens)
        else:
            pending, self.pending = self.pending, None
            self.pair(pending, (label, tokens))

    def group(self, items: list[Item]) -> None:
        """Rows that must stay on one page (one field printed over several rows)."""
        if self.st.present == "grid2":
            self.flush()
            assert len(items) <= 2
            self.pair(items[0], items[1] if len(items) > 1 else None)
            return
        self.sh.need(sum(self.item_h(it) for it in items) + 0.5)
        for it in items:
            self.item(it)

    def sub(self, title: str) -> None:
        """A subheading inside a section."""
        self.flush()
        st, sh = self.st, self.sh
        sh.need(16)
        sh.y += 2.5
        self.c.text(st.left, sh.y + 3.5, title, font=st.bold, size=st.size + 0.5)
        sh.y += 5.5

    def text(self, text: str, *, size: float | None = None, color: Color = BLACK) -> None:
        self.flush()
        st = self.st
        s = size or st.size - 0.5
        self.sh.need(para_h(text, st.font, s, self.width))
        paragraph(self.sh, st.left, self.width, text, font=st.font, size=s, color=color)
        self.sh.y += 1.5


@layout("application_form", "portaal_overzicht")
def portaal_overzicht(c: DocCanvas, app: Application, rng: random.Random) -> None:
    """The printed 'Overzicht van uw aanvraag' page of a municipal portal: label/value rows in
    sections, Ja/Nee in words, and a place to sign by hand after printing (or none)."""
    ch = overzicht_choices(app, rng)
    st = ch.st
    a, p = app.applicant, app.partner
    yes, no = "Ja", "Nee"
    city = app.address.city
    visit = town_hall(app, rng)

    def money(value: Decimal, fld: str) -> list[Token]:
        return [(portal_money(value, ch.money_style), fld, money_norm(value))]

    def day(d: date, fld: str) -> list[Token]:
        return [(date_nl(d, ch.date_style), fld, d.isoformat())]

    def header(sh: Sheet) -> float:
        cv = sh.c
        y = 9.0
        if ch.browser:
            cv.text(
                6,
                6,
                f"{date_nl(app.application_date, 'dash')} {ch.clock}",
                font="Helvetica",
                size=6.5,
            )
            cv.text(105, 6, f"{ch.title} | {ch.portal}", font="Helvetica", size=6.5, align="center")
            y = 12.0
        if sh.page > 1:
            cv.text(st.left, y + 3, f"{ch.portal} – {ch.title}", font=st.font, size=7.5, color=GREY)
            cv.line(st.left, y + 5, st.right, y + 5, width=0.3, color=LIGHT)
            return y + 10
        cv.rect(st.left, y, st.right - st.left, 13, stroke=0, fill=st.accent)
        cv.text(st.left + 4, y + 8.6, f"Gemeente {city}", font=st.bold, size=13, color=WHITE)
        cv.text(
            st.right - 4, y + 8.3, ch.portal, font=st.font, size=8.5, align="right", color=WHITE
        )
        y += 20
        if ch.stepper:
            steps = ["Uw gegevens", "Uw situatie", "Inkomen en vermogen", "Overzicht", "Versturen"]
            w = (st.right - st.left) / len(steps)
            for i, name in enumerate(steps):
                x = st.left + i * w
                done = i < 3
                now = i == 3
                shade = st.accent if now else ((0.55, 0.7, 0.55) if done else LIGHT)
                cv.rect(x, y - 3, w - 1.5, 1.6, stroke=0, fill=shade)
                cv.text(
                    x,
                    y + 1.8,
                    f"{i + 1}. {name}",
                    font=st.bold if now else st.font,
                    size=6.8,
                    color=BLACK if now else GREY,
                )
            y += 9
        cv.text(st.left, y + 2, ch.title, font=st.bold, size=15)
        y += 8.5
        meta = [(ch.ref_label, ch.ref), ("Datum aanvraag", date_nl(app.application_date, "long"))]
        for label, val in meta:
            cv.text(st.left, y, f"{label}:", font=st.font, size=st.size - 0.5, color=GREY)
            cv.text(st.left + 34, y, val, font=st.font, size=st.size - 0.5)
            y += 4.6
        return y + 1

    def footer(sh: Sheet) -> None:
        cv = sh.c
        page = f"Pagina {sh.page} van {sh.total}"
        if ch.browser:
            cv.text(6, 291, ch.url, font="Helvetica", size=6.5)
            cv.text(204, 291, page, font="Helvetica", size=6.5, align="right")
        else:
            cv.line(st.left, 283, st.right, 283, width=0.3, color=LIGHT)
            cv.text(
                st.left,
                287,
                f"Gemeente {city} · {visit[0]}, {visit[1]}",
                font=st.font,
                size=6.8,
                color=GREY,
            )
            cv.text(st.right, 287, page, font=st.font, size=7.5, align="right")

    def person_rows(o: Overview, x: Person, role: str, suffix: str) -> None:
        o.row(f"Burgerservicenummer{suffix}", [(x.bsn, f"{role}_bsn", x.bsn)])
        fld = f"{role}_surname"
        if ch.names == "split":
            o.row(f"Voornamen{suffix}", [(x.first_names, f"{role}_first_names", x.first_names)])
            items: list[Item] = [(f"Achternaam{suffix}", [(x.surname_core, fld, x.surname)])]
            if x.prefix:
                items.insert(0, (f"Tussenvoegsel{suffix}", [(x.prefix, fld, x.surname)]))
            o.group(items)
        else:
            o.row(
                f"Naam{suffix}",
                [
                    (x.first_names, f"{role}_first_names", x.first_names),
                    (x.surname, fld, x.surname),
                ],
            )
        o.row(f"Geboortedatum{suffix}", day(x.date_of_birth, f"{role}_date_of_birth"))
        if ch.show_gender:
            o.row(f"Geslacht{suffix}", [("Man" if x.sex == "M" else "Vrouw", None, None)])
        if ch.show_nat:
            o.row(
                f"Nationaliteit{suffix}",
                [(NATIONALITY_NL.get(x.nationality, x.nationality), None, None)],
            )

    def address_rows(o: Overview) -> None:
        ad = app.address
        hn = ad.house_number
        if ch.house == "address_line":
            o.row(
                "Adres",
                [
                    (ad.street, "street", ad.street),
                    (written_house_number(hn, ch.spaced_letter), "house_number", hn),
                ],
            )
        else:
            o.row("Straat", [(ad.street, "street", ad.street)])
            if ch.house == "separate":
                number, extra = split_house_number(hn)
                o.group(
                    [
                        ("Huisnummer", [(number, "house_number", hn)]),
                        ("Toevoeging", [(extra, "house_number", hn)] if extra else []),
                    ]
                )
            else:
                o.row(
                    "Huisnummer en toevoeging",
                    [(written_house_number(hn, ch.spaced_letter), "house_number", hn)],
                )
        pc = ad.postcode_printed if ch.pc_spaced else ad.postcode
        o.row("Postcode", [(pc, "postcode", ad.postcode)])
        o.row("Woonplaats", [(ad.city, "city", ad.city)])

    def signing(o: Overview, sh: Sheet) -> None:
        cv, r = sh.c, sh.rng
        sd = app.signature_date
        dated: list[Token] = _date_tokens(sd, "signature_date", ch.hand_dates) if sd else []
        x0, x1 = st.left, st.right
        pen = ch.pen

        def partner_sign(box: Box) -> None:
            if ch.partner_signs:
                scribble_at(cv, r, box, "in", ch.partner_pen)

        if ch.sig_kind == "box":  # a date line, then captions over framed boxes
            sig_h = r.uniform(22, 28)
            sh.need(14 + 6 + sig_h + 5)
            y = sh.y + 8
            lab = cv.text(x0, y, "Datum:", font=st.bold, size=st.size)
            cv.line(lab[2] + 2, y + 0.8, lab[2] + 50, y + 0.8, width=0.4)
            if dated:
                hand(cv, r, pen, lab[2] + 4, y - 0.6, dated, 44)
            y += 6
            n = 2 if p is not None else 1
            w = min(82.0, (x1 - x0 - 8 * (n - 1)) / n)
            for k in range(n):
                bx = x0 + k * (w + 8)
                cap = "Handtekening partner" if k else "Handtekening aanvrager"
                cv.text(bx, y + 3, cap, font=st.bold, size=st.size)
                box = (bx, y + 5, bx + w, y + 5 + sig_h)
                cv.rect(bx, y + 5, w, sig_h, stroke=0.6)
                if k == 0:
                    sign_applicant(cv, app, r, box, ch.sig_how, pen)
                else:
                    partner_sign(box)
            sh.y = y + 5 + sig_h + 5
        elif ch.sig_kind == "line":  # lines with their captions under them
            sig_h = r.uniform(12, 16)
            sh.need(16 + sig_h + 10)
            y = sh.y + 9
            cv.line(x0, y, x0 + 70, y, width=0.5)
            cv.text(x0, y + 3.4, "Plaats en datum", font=st.font, size=7.5, color=GREY)
            if dated:
                toks: list[Token] = [(f"{city},", None, None), *dated]
                hand(cv, r, pen, x0 + 2, y - 1.2, toks, 66)
            y += 7
            ly = y + sig_h
            n = 2 if p is not None else 1
            w = 75.0
            for k in range(n):
                lx = x0 if k == 0 else x1 - w
                cv.line(lx, ly, lx + w, ly, width=0.5)
                cap = "Handtekening partner" if k else "Handtekening aanvrager"
                cv.text(lx, ly + 3.4, cap, font=st.font, size=7.5, color=GREY)
                box = (lx, y, lx + w, ly)
                if k == 0:
                    sign_applicant(cv, app, r, box, ch.sig_how, pen, line=True)
                else:
                    partner_sign(box)
            sh.y = ly + 8
        elif ch.sig_kind == "caption":  # only the words: nothing drawn to sign in
            sig_h = r.uniform(18, 24)
            sh.need(12 + sig_h + 6)
            y = sh.y + 7
            lab = cv.text(x0, y, "Datum:", font=st.bold, size=st.size)
            if dated:
                hand(cv, r, pen, lab[2] + 4, y - 0.4, dated, 50)
            y += 7
            cap = cv.text(
                x0,
                y,
                "Handtekening aanvrager:" if p is not None else "Handtekening:",
                font=st.bold,
                size=st.size,
            )
            box = (x0, cap[3] + 1, x0 + 80, cap[3] + 1 + sig_h)
            sign_applicant(cv, app, r, box, "in", pen)
            if p is not None:
                cv.text(x0 + 95, y, "Handtekening partner:", font=st.bold, size=st.size)
                partner_sign((x0 + 95, cap[3] + 1, x0 + 175, cap[3] + 1 + sig_h))
            sh.y = box[3] + 4
        else:  # none: the printout ends; the citizen dates and signs in the blank space
            sig_h = r.uniform(16, 22)
            sh.need(10 + sig_h + 6)
            y = sh.y + 6
            if dated:
                toks = ([(f"{city},", None, None)] if r.random() < 0.5 else []) + dated
                hand(cv, r, pen, x0 + 2, y + 4, toks, 90)
                y += 6
            w = r.uniform(55, 70)
            sign_applicant(cv, app, r, (x0, y, x0 + w, y + sig_h), "in", pen)
            partner_sign((x0 + w + 20, y, x0 + 2 * w + 20, y + sig_h))
            sh.y = y + sig_h + 4

    def draw(cv: DocCanvas, r: random.Random, total: int) -> int:
        sh = Sheet(cv, r, total, 278 if ch.browser else 276, header, footer)
        o = Overview(sh, st)
        o.text(
            "Controleer uw gegevens. Klopt er iets niet? Pas het dan aan voordat u de aanvraag "
            "verstuurt. Print dit overzicht, zet uw handtekening en lever het samen met de "
            "bewijsstukken in.",
            color=GREY,
        )

        def start() -> None:
            o.heading(r.choice(["Uw aanvraag", "Aanvraag"]))
            o.row("Soort aanvraag", [("Algemene bijstand", None, None)])
            o.row(
                r.choice(["Ingangsdatum", "Gewenste ingangsdatum", "Bijstand vanaf"]),
                day(app.requested_start_date, "requested_start_date"),
            )

        if ch.start_first:
            start()
        o.heading(r.choice(["Persoonlijke gegevens", "Uw gegevens"]))
        person_rows(o, a, "applicant", "")
        o.heading(r.choice(["Adres en contactgegevens", "Woonadres en contact"]))
        address_rows(o)
        o.row("Telefoonnummer", [(phone_printed(app.phone, ch.phone_style), "phone", app.phone)])
        o.row("E-mailadres", [(app.email, "email", app.email)])
        o.heading(r.choice(["Partner", "Uw partner", "Leefsituatie"]))
        o.row(
            r.choice(["Heeft u een partner?", "Woont u samen of bent u getrouwd?"]),
            [(yes if p else no, "has_partner", p is not None)],
        )
        if p is not None:
            suffix = r.choice(["", " partner"])
            if not suffix:
                o.sub("Gegevens van uw partner")
            person_rows(o, p, "partner", suffix)
        o.heading(r.choice(["Wonen", "Woonsituatie"]))
        o.row("Soort woning", [(r.choice(["Huurwoning", "Huurwoning", "Kamer"]), None, None)])
        o.row(
            r.choice(
                ["Kale huur per maand", "Woonkosten per maand", "Huur of hypotheek per maand"]
            ),
            money(app.housing_costs, "housing_costs"),
        )
        kids = app.children_count
        o.row(
            r.choice(["Aantal kinderen onder 18 jaar", "Inwonende kinderen jonger dan 18"]),
            [(str(kids), "children_count", kids)],
        )
        o.heading(r.choice(["Inkomen", "Inkomsten"]))
        o.row(
            "Heeft u inkomsten?",
            [(yes if app.declared_monthly_income > 0 else no, None, None)],
        )
        for job in app.jobs.values():
            o.row("Werkgever", [(job.employer.name, None, None)])
        o.row(
            r.choice(["Netto inkomen per maand", "Totaal netto inkomsten per maand"]),
            money(app.declared_monthly_income, "declared_monthly_income"),
        )
        o.heading(r.choice(["Vermogen", "Geld en bezittingen"]))
        saved = app.declared_savings
        if ch.savings_kind == "question":
            o.row("Heeft u spaargeld?", [(yes if saved > 0 else no, None, None)])
            if saved > 0 or ch.zero_row:
                o.row(ch.savings_label, money(saved, "declared_savings"))
        else:
            o.row(ch.savings_label, money(saved, "declared_savings"))
        o.row("Heeft u een auto, motor of boot?", [(no if r.random() < 0.8 else yes, None, None)])
        o.heading(r.choice(["Betaalgegevens", "Uitbetaling"]))
        acc = app.account
        o.row("IBAN", [(acc.iban_printed if ch.iban_spaced else acc.iban, "iban", acc.iban)])
        o.row("Tenaamstelling", [(acc.holder, None, None)])
        if not ch.start_first:
            start()
        if ch.bijlagen:
            o.heading("Bijlagen")
            files = ["kopie-identiteitsbewijs.pdf", "bankafschriften.pdf"]
            if app.jobs:
                files.append("loonstroken.pdf")
            for i, name in enumerate(files, start=1):
                o.row(f"Bijlage {i}", [(name, None, None)])
        o.flush()
        if sh.page == 1:  # the overview runs on; the signing never shares page 1
            sh.page_break()
        sh.need(48 + {"box": 42, "line": 38, "caption": 40}.get(ch.sig_kind, 34))
        o.heading(
            r.choice(["Verklaring", "Ondertekening", "Verklaring en handtekening"]), edit=False
        )
        o.text(r.choice(DECLARATIONS), size=st.size - 0.5)
        o.row("Ik ga akkoord met deze verklaring", [(yes, None, None)])
        o.flush()
        if ch.sig_kind != "none":
            o.text(
                "Onderteken dit overzicht na het printen."
                + (" Ook uw partner moet tekenen." if p is not None else ""),
                color=GREY,
            )
        signing(o, sh)
        sh.close()
        return sh.page

    two_pass(c, rng, draw)
