"""application_form layouts: the municipal bijstand application (aanvraag Participatiewet).

Every form is filled in by computer: the values are typed inside boxes next to or below their
labels (sometimes one digit per little box), and drawn on a small form engine (`Form`) that
breaks to a new page instead of running past the bottom margin. Each layout is rendered twice,
first on a scratch canvas to count its pages, so the footers can say "Pagina 1 van 3".
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from synth.canvas import Box, DocCanvas, union
from synth.fmt import date_nl, money_nl, money_norm
from synth.layouts.base import Pager, layout
from synth.people import CITIES, Application, Person

PT = 25.4 / 72  # millimetres per typographic point
Color = tuple[float, float, float]
BLACK: Color = (0.0, 0.0, 0.0)
WHITE: Color = (1.0, 1.0, 1.0)
GREY: Color = (0.4, 0.4, 0.4)

NATIONALITY_NL = {
    "NLD": "Nederlandse",
    "TUR": "Turkse",
    "MAR": "Marokkaanse",
    "DEU": "Duitse",
    "POL": "Poolse",
    "SYR": "Syrische",
}

# --- texts

DECLARATION = (
    "Ik verklaar dat ik dit formulier naar waarheid heb ingevuld en dat ik geen inlichtingen heb "
    "verzwegen. Ik weet dat ik wijzigingen in mijn situatie die van invloed kunnen zijn op mijn "
    "recht op bijstand direct moet doorgeven aan de gemeente. Ik weet dat de gemeente de gegevens "
    "die ik verstrek mag controleren bij andere instanties, zoals UWV, de Belastingdienst en de "
    "Sociale Verzekeringsbank. Als ik onjuiste of onvolledige gegevens verstrek, kan de gemeente "
    "de bijstand terugvorderen en een boete opleggen."
)
DECLARATION_SHORT = (
    "Ik verklaar dat ik dit formulier volledig en naar waarheid heb ingevuld. Ik ben ervan op de "
    "hoogte dat het verzwijgen van inkomsten of vermogen kan leiden tot terugvordering van de "
    "uitkering, een boete en aangifte bij de politie."
)
AVG_TEXT = (
    "Privacy. De gemeente gebruikt uw persoonsgegevens alleen om uw aanvraag te beoordelen en uw "
    "uitkering te betalen. Wij houden ons daarbij aan de Algemene verordening gegevensbescherming "
    "(AVG) en de Participatiewet. Wij vragen niet meer gegevens dan nodig zijn en bewaren uw "
    "gegevens niet langer dan de wet voorschrijft. U heeft het recht uw gegevens in te zien en "
    "onjuiste gegevens te laten verbeteren. Meer informatie vindt u in de privacyverklaring van "
    "de gemeente."
)
AVG_SHORT = (
    "Wij verwerken uw gegevens volgens de Algemene verordening gegevensbescherming (AVG). Uw "
    "gegevens worden uitsluitend gebruikt voor de uitvoering van de Participatiewet en worden "
    "alleen gedeeld met instanties die daar een wettelijke taak in hebben."
)
INTRO = (
    "Met dit formulier vraagt u bijstand aan voor de kosten van levensonderhoud. Vul het formulier "
    "volledig in. Heeft u een partner, dan vult u ook de gegevens van uw partner in. Stuur de "
    "gevraagde bewijsstukken mee, zoals uw bankafschriften van de afgelopen drie maanden en "
    "loonstroken. Een onvolledige aanvraag kunnen wij niet in behandeling nemen."
)
PARTNER_NOTE = (
    "U heeft een partner als u getrouwd bent, een geregistreerd partnerschap heeft of samenwoont "
    "en een gezamenlijke huishouding voert. De bijstand wordt dan voor u samen vastgesteld."
)
INCOME_NOTE = (
    "Vul het totaal in van alle netto inkomsten van u en uw partner samen, zoals loon, een "
    "uitkering, alimentatie of inkomsten uit een eigen bedrijf. Vermeld bij vermogen het totaal "
    "van uw spaargeld en de saldi van al uw bankrekeningen op de dag van de aanvraag."
)
CHECKLIST = [
    "Kopie van een geldig identiteitsbewijs van u en uw partner",
    "Bankafschriften van alle rekeningen over de laatste drie maanden",
    "Loonstroken of specificaties van uitkeringen van de laatste drie maanden",
    "Huurcontract of hypotheekoverzicht",
    "Bewijs van inschrijving bij het UWV als werkzoekende",
]


# --- small formatting helpers


wrap = DocCanvas.wrap


def phone_printed(e164: str, style: str) -> str:
    """'+31612345678' as '06-12345678' (dash), '06 1234 5678' (spaced), '0612345678'
    (compact), '+31612345678' (e164) or '+31 6 12345678' (anything else)."""
    national = "0" + e164[3:]
    if style == "dash":
        return f"{national[:2]}-{national[2:]}"
    if style == "spaced":
        return f"{national[:2]} {national[2:6]} {national[6:]}"
    if style == "compact":
        return national
    if style == "e164":
        return e164
    return f"+31 {e164[3]} {e164[4:]}"


def gemeente(app: Application) -> str:
    return f"Gemeente {app.address.city}"


def postbus(app: Application) -> str:
    """A fictional return address of the municipality's social services department."""
    prefix = dict(CITIES).get(app.address.city, "10")
    n = 1000 + app.seed % 8000
    return f"Postbus {n}, {prefix}00 {'AB' if app.seed % 2 else 'GA'} {app.address.city}"


def money_part_text(value: Decimal, style: str) -> str:
    if style == "eur":
        return f"EUR {money_nl(value)}"
    return money_nl(value, style)


# --- the form engine


@dataclass(slots=True)
class Piece:
    """One typed value (or part of one) and the CONTRACT field it is the evidence of."""

    text: str
    field: str | None = None
    value: Any = None


@dataclass(slots=True)
class Part:
    """One box of a form cell. `comb` is a template like '##-##-####' (one digit per '#')."""

    pieces: list[Piece] = field(default_factory=list)
    frac: float = 1.0
    comb: str | None = None
    align: str = "left"
    prefix: str = ""
    yesno: tuple[str, bool | None] | None = None  # checkbox name stem, answer (None: blank)
    spacer: bool = False


@dataclass(slots=True)
class Cell:
    label: str
    parts: list[Part]
    span: float = 1.0
    label_w: float | None = None


@dataclass(slots=True)
class Look:
    font: str = "Helvetica"
    bold: str = "Helvetica-Bold"
    size: float = 9.5
    label_font: str | None = None
    label_size: float = 9.0
    label_color: Color = BLACK
    label_pos: str = "left"  # left / above / inside
    label_w: float = 55.0
    left: float = 20.0
    right: float = 190.0
    top: float = 25.0  # where content starts on continuation pages
    bottom: float = 276.0
    box: str = "rect"  # rect / shade / shade_rect / underline / none
    box_h: float = 7.0
    box_color: Color = BLACK
    stroke: float = 0.5
    shade: Color = (0.93, 0.93, 0.93)
    dash: tuple[float, ...] | None = None
    row_gap: float = 2.5
    col_gap: float = 6.0
    comb_w: float = 5.0
    comb_sep: float = 2.5
    check_size: float = 4.0
    check_style: str = "cross"
    heading: str = "bar"  # bar / rule / plain / inverse / band / square
    head_fmt: str = "{n}. {t}"
    head_size: float = 11.0
    head_h: float = 7.5
    head_gap: float = 3.5
    head_fill: Color = (0.85, 0.85, 0.85)
    head_color: Color = BLACK
    accent: Color = (0.1, 0.3, 0.6)
    para_size: float = 8.0
    para_font: str | None = None
    para_lead: float = 1.3


Hook = Callable[["Form"], float]


class Form(Pager):
    """A cursor over the pages of a form: rows of labelled boxes, headings, paragraphs."""

    def __init__(
        self,
        c: DocCanvas,
        rng: random.Random,
        look: Look,
        app: Application,
        total: int,
        header: Hook,
        footer: Callable[[Form], None],
    ) -> None:
        self.c, self.rng, self.look, self.app, self.total = c, rng, look, app, total
        self.header, self.footer = header, footer
        self.page = 1
        self.y = header(self)

    # -- pages --------------------------------------------------------------------------------
    @property
    def width(self) -> float:
        return self.look.right - self.look.left

    @property
    def bottom(self) -> float:
        return self.look.bottom

    def space(self, h: float) -> None:
        self.y += h

    # -- headings and text --------------------------------------------------------------------
    def section(self, n: int, title: str) -> None:
        lk, c = self.look, self.c
        self.need(lk.head_h + 24)
        y, x0, w = self.y, lk.left, self.width
        text = lk.head_fmt.format(n=n, t=title, T=title.upper())
        base = y + lk.head_h / 2 + lk.head_size * PT * 0.35
        if lk.heading == "bar":
            c.rect(x0, y, w, lk.head_h, stroke=0, fill=lk.head_fill)
            c.text(x0 + 2, base, text, font=lk.bold, size=lk.head_size, color=lk.head_color)
        elif lk.heading == "inverse":
            c.rect(x0, y, w, lk.head_h, stroke=0, fill=lk.accent)
            c.text(x0 + 2, base, text, font=lk.bold, size=lk.head_size, color=WHITE)
        elif lk.heading == "rule":
            c.text(x0, base, text, font=lk.bold, size=lk.head_size, color=lk.head_color)
            c.line(x0, y + lk.head_h, x0 + w, y + lk.head_h, width=0.8, color=lk.accent)
        elif lk.heading in ("band", "square"):
            if lk.heading == "band":
                c.rect(x0, y, w, lk.head_h, stroke=0, fill=lk.head_fill)
            c.rect(x0, y, lk.head_h, lk.head_h, stroke=0, fill=lk.accent)
            c.text(
                x0 + lk.head_h / 2,
                base,
                str(n),
                font=lk.bold,
                size=lk.head_size,
                align="center",
                color=WHITE,
            )
            c.text(
                x0 + lk.head_h + 3, base, text, font=lk.bold, size=lk.head_size, color=lk.head_color
            )
        else:  # plain
            c.text(x0, base, text, font=lk.bold, size=lk.head_size, color=lk.head_color)
        self.y += lk.head_h + lk.head_gap

    def para(
        self,
        text: str,
        *,
        size: float | None = None,
        font: str | None = None,
        color: Color = BLACK,
        framed: bool = False,
        fill: Color | None = None,
        indent: float = 0.0,
        gap: float = 3.0,
    ) -> None:
        lk = self.look
        size = size or lk.para_size
        font = font or lk.para_font or lk.font
        pad = 3.0 if framed or fill else 0.0
        lines = wrap(text, font, size, self.width - indent - 2 * pad)
        lh = size * PT * lk.para_lead
        if framed or fill:
            h = len(lines) * lh + 2 * pad
            self.need(h)
            self.c.rect(
                lk.left + indent,
                self.y,
                self.width - indent,
                h,
                stroke=0.4 if framed else 0,
                fill=fill,
                color=lk.accent,
            )
            self.y += pad
        for line in lines:
            self.need(lh)
            self.c.text(
                lk.left + indent + pad, self.y + lh * 0.78, line, font=font, size=size, color=color
            )
            self.y += lh
        self.y += pad + gap

    # -- rows of labelled boxes ---------------------------------------------------------------
    def _label_lines(self, cell: Cell, w: float) -> list[str]:
        lk = self.look
        font = lk.label_font or lk.font
        avail = (cell.label_w or lk.label_w) - 2.5 if lk.label_pos == "left" else w - 2
        return wrap(cell.label, font, lk.label_size, avail) if cell.label else []

    def _lab_lh(self) -> float:
        return self.look.label_size * PT * 1.22

    def _cell_height(self, cell: Cell, w: float) -> float:
        lk = self.look
        n = len(self._label_lines(cell, w))
        if lk.label_pos == "above":
            return n * self._lab_lh() + 1.0 + lk.box_h
        if lk.label_pos == "left":
            return max(lk.box_h, n * self._lab_lh() + 1.0)
        return lk.box_h

    def row(self, cells: list[Cell]) -> None:
        lk = self.look
        widths = [cell.span * (self.width + lk.col_gap) - lk.col_gap for cell in cells]
        h = max(self._cell_height(cell, w) for cell, w in zip(cells, widths, strict=True))
        self.need(h)
        x = lk.left
        for cell, w in zip(cells, widths, strict=True):
            self._draw_cell(cell, x, self.y, w, h)
            x += w + lk.col_gap
        self.y += h + lk.row_gap

    def _draw_cell(self, cell: Cell, x: float, y: float, w: float, h: float) -> None:
        lk, c = self.look, self.c
        font = lk.label_font or lk.font
        lines = self._label_lines(cell, w)
        lh = self._lab_lh()
        if lk.label_pos == "above":
            for i, line in enumerate(lines):
                c.text(
                    x,
                    y + lh * (i + 1) - 0.9,
                    line,
                    font=font,
                    size=lk.label_size,
                    color=lk.label_color,
                )
            top = y + len(lines) * lh + 1.0
            self._draw_parts(cell.parts, x, top, w, lk.box_h, lk.box)
        elif lk.label_pos == "left":
            lw = cell.label_w or lk.label_w
            if len(lines) <= 1:
                base = y + lk.box_h / 2 + lk.label_size * PT * 0.35
                if lines:
                    c.text(x, base, lines[0], font=font, size=lk.label_size, color=lk.label_color)
            else:
                for i, line in enumerate(lines):
                    c.text(
                        x,
                        y + lh * (i + 1) - 0.6,
                        line,
                        font=font,
                        size=lk.label_size,
                        color=lk.label_color,
                    )
            self._draw_parts(cell.parts, x + lw, y, w - lw, lk.box_h, lk.box)
        else:  # inside: a ruled cell with a small label in its top-left corner
            c.rect(x, y, w, h, stroke=lk.stroke, color=lk.box_color)
            band = lk.label_size * PT + 1.6
            if lines:
                c.text(
                    x + 1.2,
                    y + lk.label_size * PT + 0.7,
                    lines[0],
                    font=font,
                    size=lk.label_size,
                    color=lk.label_color,
                )
            self._draw_parts(
                cell.parts, x + 1.5, y + band, w - 3, h - band - 0.8, "none", ruled=True
            )

    def _draw_parts(
        self,
        parts: list[Part],
        x: float,
        y: float,
        w: float,
        h: float,
        box: str,
        *,
        ruled: bool = False,
    ) -> None:
        gap = 2.5
        total = sum(p.frac for p in parts)
        avail = w - gap * (len(parts) - 1)
        cx = x
        for i, part in enumerate(parts):
            pw = avail * part.frac / total
            if ruled and i > 0:
                self.c.line(cx - gap / 2, y - 0.5, cx - gap / 2, y + h, width=0.3, color=GREY)
            self._draw_part(part, cx, y, pw, h, box)
            cx += pw + gap

    def _draw_part(self, part: Part, x: float, y: float, w: float, h: float, box: str) -> None:
        lk, c = self.look, self.c
        if part.spacer:
            return
        if part.prefix:
            c.text(x, y + h / 2 + lk.size * PT * 0.35, part.prefix, font=lk.font, size=lk.size)
            shift = DocCanvas.width(part.prefix, lk.font, lk.size) + 1.5
            x, w = x + shift, w - shift
        if part.yesno is not None:
            self._yesno(part, x, y, h)
            return
        if part.comb is not None:
            self._comb(part, x, y, h)
            return
        if box == "rect":
            c.rect(x, y, w, h, stroke=lk.stroke, color=lk.box_color)
        elif box == "shade":
            c.rect(x, y, w, h, stroke=0, fill=lk.shade)
        elif box == "shade_rect":
            c.rect(x, y, w, h, stroke=lk.stroke, fill=lk.shade, color=lk.box_color)
        elif box == "underline":
            c.line(x, y + h, x + w, y + h, width=0.4, color=lk.box_color, dash=lk.dash)
        pieces = [p for p in part.pieces if p.text]
        if not pieces:
            return
        size = lk.size
        space = DocCanvas.width(" ", lk.font, size)
        full = sum(DocCanvas.width(p.text, lk.font, size) for p in pieces) + space * (
            len(pieces) - 1
        )
        pad = 1.5 if box != "none" else 0.5
        while full > w - 2 * pad and size > 6:
            size -= 0.5
            space = DocCanvas.width(" ", lk.font, size)
            full = sum(DocCanvas.width(p.text, lk.font, size) for p in pieces) + space * (
                len(pieces) - 1
            )
        base = y + h - 1.3 if box == "underline" else y + h / 2 + size * PT * 0.36
        cx = x + w - pad - full if part.align == "right" else x + pad
        for p in pieces:
            bx = c.text(cx, base, p.text, font=lk.font, size=size, field=p.field, value=p.value)
            cx = bx[2] + space

    def _comb(self, part: Part, x: float, y: float, h: float) -> None:
        lk, c = self.look, self.c
        assert part.comb is not None
        piece = part.pieces[0] if part.pieces else Piece("")
        digits = list(piece.text)
        if digits and len(digits) != part.comb.count("#"):
            raise ValueError(f"{piece.text!r} does not fit comb {part.comb!r}")
        size = min(lk.size, lk.comb_w / PT * 0.9)
        base = y + h / 2 + size * PT * 0.36
        cx = x
        k = 0
        for ch in part.comb:
            if ch == "#":
                c.rect(
                    cx,
                    y,
                    lk.comb_w,
                    h,
                    stroke=lk.stroke,
                    color=lk.box_color,
                    fill=lk.shade if lk.box in ("shade", "shade_rect") else None,
                )
                if digits:
                    c.text(
                        cx + lk.comb_w / 2,
                        base,
                        digits[k],
                        font=lk.font,
                        size=size,
                        align="center",
                        field=piece.field,
                        value=piece.value,
                    )
                k += 1
                cx += lk.comb_w
            else:
                if ch != " ":
                    c.text(cx + lk.comb_sep / 2, base, ch, font=lk.font, size=size, align="center")
                cx += lk.comb_sep

    def _yesno(self, part: Part, x: float, y: float, h: float) -> None:
        lk, c = self.look, self.c
        assert part.yesno is not None
        name, answer = part.yesno
        s = lk.check_size
        cy = y + (h - s) / 2
        base = cy + s - 0.5
        b1 = c.checkbox(x, cy, answer is True, size=s, name=f"{name}_ja", style=lk.check_style)
        t1 = c.text(x + s + 1.5, base, "Ja", font=lk.font, size=lk.size)
        x2 = t1[2] + 9
        b2 = c.checkbox(x2, cy, answer is False, size=s, name=f"{name}_nee", style=lk.check_style)
        t2 = c.text(x2 + s + 1.5, base, "Nee", font=lk.font, size=lk.size)
        if answer is not None and part.pieces and part.pieces[0].field:
            region: Box = union(union(union(b1, t1), b2), t2)
            c.mark(part.pieces[0].field, answer, region, "Ja" if answer else "Nee")

    # -- tables -------------------------------------------------------------------------------
    def table(
        self,
        headers: list[str],
        fracs: list[float],
        rows: list[tuple[str, list[Part]]],
        *,
        row_h: float = 8.0,
        head_fill: Color = (0.85, 0.85, 0.85),
    ) -> None:
        """A ruled grid: a header row, then per row a label column and one box per column."""
        lk, c = self.look, self.c
        h = row_h * (len(rows) + 1)
        self.need(h)
        total = sum(fracs)
        xs = [lk.left]
        for f in fracs:
            xs.append(xs[-1] + self.width * f / total)
        y = self.y
        c.rect(lk.left, y, self.width, row_h, stroke=0, fill=head_fill)
        for i, head in enumerate(headers):
            c.text(
                xs[i] + 1.5,
                y + row_h / 2 + lk.label_size * PT * 0.36,
                head,
                font=lk.bold,
                size=lk.label_size,
            )
        for r, (label, parts) in enumerate(rows):
            ry = y + row_h * (r + 1)
            c.text(
                xs[0] + 1.5,
                ry + row_h / 2 + lk.label_size * PT * 0.36,
                label,
                font=lk.label_font or lk.font,
                size=lk.label_size,
                color=lk.label_color,
            )
            for j, part in enumerate(parts):
                self._draw_part(
                    part, xs[j + 1] + 1.5, ry + 0.8, xs[j + 2] - xs[j + 1] - 3, row_h - 1.6, "none"
                )
        for r in range(len(rows) + 2):
            c.line(lk.left, y + row_h * r, lk.right, y + row_h * r, width=0.4)
        for xv in xs:
            c.line(xv, y, xv, y + h, width=0.4)
        self.y += h + lk.row_gap + 1

    # -- signature ----------------------------------------------------------------------------
    def signature(
        self,
        *,
        date_label: str,
        sig_label: str,
        date_style: str,
        comb: str | None = None,
        sig_w: float = 85.0,
        sig_h: float = 24.0,
        side: bool = True,
        frame: bool = True,
        date_w: float | None = None,
    ) -> None:
        """The date box and the signature box; the date is typed only when the form is dated."""
        lk, c, app = self.look, self.c, self.app
        sd = app.signature_date
        if comb is not None:
            digits = "".join(ch for ch in date_nl(sd, "dash") if ch.isdigit()) if sd else ""
            part = Part(
                [Piece(digits, "signature_date", sd.isoformat() if sd else None)], comb=comb
            )
        else:
            part = Part(
                [Piece(date_nl(sd, date_style), "signature_date", sd.isoformat())] if sd else []
            )
        lab = self._lab_lh()
        if side:
            dw = date_w or self.width - sig_w - lk.col_gap
            date_cell = Cell(
                date_label, [part], span=dw / self.width, label_w=min(lk.label_w, dw * 0.35)
            )
            hd = self._cell_height(date_cell, dw)
            self.need(max(hd, lab + 1 + sig_h))
            self._draw_cell(date_cell, lk.left, self.y, dw, hd)
            sx = lk.right - sig_w
            c.text(
                sx,
                self.y + lab - 0.9,
                sig_label,
                font=lk.label_font or lk.font,
                size=lk.label_size,
                color=lk.label_color,
            )
            sy = self.y + lab + 0.5
            self.y += max(hd, lab + 1 + sig_h) + lk.row_gap
        else:
            self.row([Cell(date_label, [part], span=min(1.0, (date_w or 70) / self.width))])
            self.need(lab + 1 + sig_h)
            sx = lk.left + (lk.label_w if lk.label_pos == "left" else 0)
            c.text(
                lk.left,
                self.y + lab - 0.9,
                sig_label,
                font=lk.label_font or lk.font,
                size=lk.label_size,
                color=lk.label_color,
            )
            sy = self.y + (0 if lk.label_pos == "left" else lab + 0.5)
            self.y = sy + sig_h + lk.row_gap
        c.signature_area(sx, sy, sig_w, sig_h, app.signed, self.rng, frame=frame)
        if not frame:
            c.line(sx, sy + sig_h, sx + sig_w, sy + sig_h, width=0.5, dash=(1, 1.5))
        c.mark("signature_present", app.signed, (sx, sy, sx + sig_w, sy + sig_h), None)


def render_form(
    c: DocCanvas,
    app: Application,
    rng: random.Random,
    look: Look,
    header: Hook,
    footer: Callable[[Form], None],
    body: Callable[[Form], None],
) -> None:
    """Render `body` once on a scratch canvas to count the pages, then for real."""
    probe_rng = random.Random()
    probe_rng.setstate(rng.getstate())
    probe = Form(DocCanvas("probe"), probe_rng, look, app, 0, header, footer)
    body(probe)
    probe.close()
    form = Form(c, rng, look, app, probe.page, header, footer)
    body(form)
    form.close()
    if form.page != probe.page:  # pragma: no cover - the body must not depend on the total
        raise RuntimeError("page count changed between passes")


# --- parts for the application's values


def p_text(text: str, fld: str | None = None, value: Any = None, **kw: Any) -> Part:
    return Part(
        [Piece(text, fld, value if value is not None else text)] if fld else [Piece(text)], **kw
    )


def p_opt(person: Person | None, attr: str, fld: str, **kw: Any) -> Part:
    """A person's attribute, or an empty box when there is no such person (no partner)."""
    if person is None:
        return Part([], **kw)
    val = getattr(person, attr)
    return Part([Piece(val, fld, val)], **kw)


def p_bsn(person: Person | None, fld: str, comb: bool = False, **kw: Any) -> Part:
    if person is None:
        return Part([], comb="#########" if comb else None, **kw)
    return Part([Piece(person.bsn, fld, person.bsn)], comb="#########" if comb else None, **kw)


def p_date(
    d: date | None, fld: str, style: str = "dash", comb: str | None = None, **kw: Any
) -> Part:
    """A date as text in `style`, or in comb boxes (template '##-##-####' / '## ## ####')."""
    if d is None:
        return Part([], comb=comb, **kw)
    if comb is not None:
        return Part([Piece(d.strftime("%d%m%Y"), fld, d.isoformat())], comb=comb, **kw)
    return Part([Piece(date_nl(d, style), fld, d.isoformat())], **kw)


def p_money(value: Decimal, fld: str, style: str, **kw: Any) -> Part:
    kw.setdefault("align", "right")
    return Part([Piece(money_part_text(value, style), fld, money_norm(value))], **kw)


def p_surname_split(person: Person | None, fld: str) -> tuple[Part, Part]:
    """Tussenvoegsel and achternaam in two boxes, both the evidence of one surname field."""
    if person is None:
        return Part([]), Part([])
    prefix = Part([Piece(person.prefix, fld, person.surname)] if person.prefix else [])
    return prefix, Part([Piece(person.surname_core, fld, person.surname)])


def p_postcode(app: Application, spaced: bool, **kw: Any) -> Part:
    pc = app.address.postcode
    return Part([Piece(app.address.postcode_printed if spaced else pc, "postcode", pc)], **kw)


def p_phone(app: Application, style: str, **kw: Any) -> Part:
    return Part([Piece(phone_printed(app.phone, style), "phone", app.phone)], **kw)


def p_iban(app: Application, spaced: bool, **kw: Any) -> Part:
    acc = app.account
    return Part([Piece(acc.iban_printed if spaced else acc.iban, "iban", acc.iban)], **kw)


def p_partner_yesno(app: Application) -> Part:
    return Part([Piece("", "has_partner")], yesno=("has_partner", app.partner is not None))


def p_children(app: Application, **kw: Any) -> Part:
    return Part([Piece(str(app.children_count), "children_count", app.children_count)], **kw)


def running_title(app: Application, rng: random.Random) -> str:
    return rng.choice(["Aanvraagformulier bijstand levensonderhoud", "Aanvraag Participatiewet"])


# --- layout 1: classic, label left, one column


@layout("application_form", "classic")
def classic(c: DocCanvas, app: Application, rng: random.Random) -> None:
    """Helvetica, labels left of ruled boxes in one column, grey numbered section bars."""
    title = running_title(app, rng)
    accent = rng.choice([(0.1, 0.3, 0.6), (0.6, 0.1, 0.15), (0.05, 0.45, 0.3)])
    money_style = rng.choice(["plain", "euro"])
    date_style = rng.choice(["dash", "dash", "slash"])
    code = f"WI-{rng.randint(10, 99)}/{app.application_date.year}"
    look = Look(accent=accent, head_fill=(0.86, 0.87, 0.9), label_w=62, top=26)

    def header(f: Form) -> float:
        if f.page == 1:
            f.c.logo(20, 14, 13, f.rng, color=accent)
            f.c.text(37, 20, gemeente(app), font="Helvetica-Bold", size=14)
            f.c.text(37, 25.5, "Afdeling Werk en Inkomen", size=9)
            f.c.text(190, 20, postbus(app), size=7.5, align="right", color=GREY)
            f.c.text(20, 41, title, font="Helvetica-Bold", size=15)
            f.c.text(
                20, 47, "Algemene bijstand op grond van de Participatiewet", size=9.5, color=GREY
            )
            f.c.line(20, 50.5, 190, 50.5, width=0.8, color=accent)
            return 56
        f.c.text(20, 15, f"{gemeente(app)} - {title}", size=7.5, color=GREY)
        f.c.line(20, 17, 190, 17, width=0.4, color=GREY)
        return look.top

    def footer(f: Form) -> None:
        f.c.text(105, 287, f"Pagina {f.page} van {f.total}", size=8, align="center")
        f.c.text(20, 287, code, size=7, color=GREY)

    def body(f: Form) -> None:
        a, p = app.applicant, app.partner
        f.para(INTRO, size=8.5)
        f.section(1, "Persoonlijke gegevens")
        f.row(
            [
                Cell(
                    rng_choice(f, ["Burgerservicenummer (BSN)", "BSN"]),
                    [p_bsn(a, "applicant_bsn", frac=0.5), Part(spacer=True, frac=0.5)],
                )
            ]
        )
        f.row(
            [
                Cell(
                    rng_choice(f, ["Voornamen (voluit)", "Voornamen"]),
                    [p_opt(a, "first_names", "applicant_first_names")],
                )
            ]
        )
        f.row(
            [
                Cell(
                    rng_choice(f, ["Achternaam", "Geslachtsnaam"]),
                    [p_opt(a, "surname", "applicant_surname")],
                )
            ]
        )
        f.row(
            [
                Cell(
                    "Geboortedatum",
                    [
                        p_date(a.date_of_birth, "applicant_date_of_birth", date_style, frac=0.5),
                        Part(spacer=True, frac=0.5),
                    ],
                )
            ]
        )
        f.row(
            [
                Cell(
                    "Nationaliteit",
                    [
                        p_text(NATIONALITY_NL.get(a.nationality, a.nationality), frac=0.5),
                        Part(spacer=True, frac=0.5),
                    ],
                )
            ]
        )
        f.row([Cell("Straat", [p_text(app.address.street, "street")])])
        f.row(
            [
                Cell(
                    "Huisnummer en toevoeging",
                    [
                        p_text(app.address.house_number, "house_number", frac=0.3),
                        Part(spacer=True, frac=0.7),
                    ],
                )
            ]
        )
        f.row(
            [
                Cell(
                    "Postcode en woonplaats",
                    [p_postcode(app, True, frac=0.3), p_text(app.address.city, "city", frac=0.7)],
                )
            ]
        )
        f.row(
            [
                Cell(
                    "Telefoonnummer",
                    [
                        p_phone(app, rng_choice(f, ["dash", "spaced", "intl"]), frac=0.5),
                        Part(spacer=True, frac=0.5),
                    ],
                )
            ]
        )
        f.row([Cell("E-mailadres", [p_text(app.email, "email")])])
        f.section(2, "Partner")
        f.para(PARTNER_NOTE)
        f.row([Cell("Heeft u een partner?", [p_partner_yesno(app)])])
        f.row(
            [
                Cell(
                    "Burgerservicenummer partner",
                    [p_bsn(p, "partner_bsn", frac=0.5), Part(spacer=True, frac=0.5)],
                )
            ]
        )
        f.row([Cell("Voornamen partner", [p_opt(p, "first_names", "partner_first_names")])])
        f.row([Cell("Achternaam partner", [p_opt(p, "surname", "partner_surname")])])
        f.row(
            [
                Cell(
                    "Geboortedatum partner",
                    [
                        p_date(
                            p.date_of_birth if p else None,
                            "partner_date_of_birth",
                            date_style,
                            frac=0.5,
                        ),
                        Part(spacer=True, frac=0.5),
                    ],
                )
            ]
        )
        f.section(3, "Woonsituatie")
        f.row(
            [
                Cell(
                    "Aantal kinderen jonger dan 18 jaar in uw huishouden",
                    [p_children(app, frac=0.2), Part(spacer=True, frac=0.8)],
                )
            ]
        )
        f.row(
            [
                Cell(
                    rng_choice(
                        f, ["Woonlasten per maand", "Huur per maand (inclusief servicekosten)"]
                    ),
                    [
                        p_money(app.housing_costs, "housing_costs", money_style, frac=0.4),
                        Part(spacer=True, frac=0.6),
                    ],
                )
            ]
        )
        f.section(4, "Inkomsten en vermogen")
        f.para(INCOME_NOTE)
        f.row(
            [
                Cell(
                    "Netto inkomsten per maand",
                    [
                        p_money(
                            app.declared_monthly_income,
                            "declared_monthly_income",
                            money_style,
                            frac=0.4,
                        ),
                        Part(spacer=True, frac=0.6),
                    ],
                )
            ]
        )
        f.row(
            [
                Cell(
                    rng_choice(f, ["Spaargeld en banksaldi", "Vermogen (totaal)"]),
                    [
                        p_money(app.declared_savings, "declared_savings", money_style, frac=0.4),
                        Part(spacer=True, frac=0.6),
                    ],
                )
            ]
        )
        f.row(
            [
                Cell(
                    "IBAN voor de betaling van de bijstand",
                    [p_iban(app, True, frac=0.7), Part(spacer=True, frac=0.3)],
                )
            ]
        )
        f.row(
            [
                Cell(
                    "Gewenste ingangsdatum",
                    [
                        p_date(
                            app.requested_start_date, "requested_start_date", date_style, frac=0.5
                        ),
                        Part(spacer=True, frac=0.5),
                    ],
                )
            ]
        )
        f.para(AVG_TEXT, size=7.5, color=GREY)
        f.section(5, "Ondertekening")
        f.para(DECLARATION)
        f.signature(
            date_label="Datum", sig_label="Handtekening aanvrager", date_style=date_style, sig_w=90
        )

    render_form(c, app, rng, look, header, footer, body)


def rng_choice(f: Form, options: list[str]) -> str:
    return f.rng.choice(options)


# --- layout 2: serif, labels above, two columns, comb boxes


@layout("application_form", "serif_comb")
def serif_comb(c: DocCanvas, app: Application, rng: random.Random) -> None:
    """Liberation Serif, labels above boxes in two columns, BSN and dates in comb boxes,
    a separate Tussenvoegsel box, '€' printed before the amount boxes, 'Deel n' headings."""
    title = "Aanvraag Participatiewet"
    comb_date = rng.choice(["##-##-####", "## ## ####"])
    phone_style = rng.choice(["intl", "dash"])
    look = Look(
        font="LiberationSerif",
        bold="LiberationSerif-Bold",
        size=10.5,
        label_font="Times-Italic",
        label_size=9,
        label_pos="above",
        box_h=7.5,
        comb_w=5.5,
        comb_sep=3.0,
        stroke=0.4,
        box_color=(0.3, 0.3, 0.3),
        heading="rule",
        head_fmt="Deel {n} \u2013 {t}",
        head_size=12.5,
        head_h=7,
        head_gap=4,
        accent=(0.2, 0.2, 0.2),
        para_size=8.8,
        left=22,
        right=188,
        top=24,
        bottom=274,
        row_gap=3,
    )

    def header(f: Form) -> float:
        if f.page == 1:
            f.c.text(
                105, 18, gemeente(app).upper(), font="LiberationSerif-Bold", size=11, align="center"
            )
            f.c.line(22, 22, 188, 22, width=1.2)
            f.c.line(22, 23.2, 188, 23.2, width=0.4)
            f.c.text(105, 35, title, font="LiberationSerif-Bold", size=19, align="center")
            f.c.text(
                105,
                41.5,
                "Algemene bijstand voor de kosten van levensonderhoud",
                font="Times-Italic",
                size=10.5,
                align="center",
            )
            return 50
        f.c.text(188, 15, f"{title} \u2014 vervolg", font="Times-Italic", size=8.5, align="right")
        return look.top

    def footer(f: Form) -> None:
        f.c.line(22, 281, 188, 281, width=0.4)
        f.c.text(
            22, 285.5, f"{gemeente(app)} \u00b7 Werk en Inkomen", font="LiberationSerif", size=8
        )
        f.c.text(
            188,
            285.5,
            f"Pagina {f.page} van {f.total}",
            font="LiberationSerif",
            size=8,
            align="right",
        )

    def person_rows(f: Form, person: Person | None, role: str) -> None:
        f.row(
            [
                Cell("Burgerservicenummer", [p_bsn(person, f"{role}_bsn", comb=True)], span=0.5),
                Cell(
                    "Geboortedatum",
                    [
                        p_date(
                            person.date_of_birth if person else None,
                            f"{role}_date_of_birth",
                            comb=comb_date,
                        )
                    ],
                    span=0.5,
                ),
            ]
        )
        f.row([Cell("Voornamen (voluit)", [p_opt(person, "first_names", f"{role}_first_names")])])
        prefix, core = p_surname_split(person, f"{role}_surname")
        f.row([Cell("Tussenvoegsel", [prefix], span=0.3), Cell("Achternaam", [core], span=0.7)])

    def body(f: Form) -> None:
        f.para(AVG_TEXT, framed=True, size=8.3)
        f.section(1, "Gegevens van de aanvrager")
        person_rows(f, app.applicant, "applicant")
        f.row(
            [
                Cell("Straat", [p_text(app.address.street, "street")], span=0.72),
                Cell("Huisnummer", [p_text(app.address.house_number, "house_number")], span=0.28),
            ]
        )
        f.row(
            [
                Cell("Postcode", [p_postcode(app, rng_choice(f, ["y", "n"]) == "y")], span=0.28),
                Cell("Woonplaats", [p_text(app.address.city, "city")], span=0.72),
            ]
        )
        f.row(
            [
                Cell("Telefoonnummer", [p_phone(app, phone_style)], span=0.4),
                Cell("E-mailadres", [p_text(app.email, "email")], span=0.6),
            ]
        )
        f.section(2, "Gegevens van de partner")
        f.para(PARTNER_NOTE, size=8.5)
        f.row(
            [
                Cell(
                    "Bent u gehuwd, heeft u een geregistreerd partner of woont u samen?",
                    [p_partner_yesno(app)],
                )
            ]
        )
        f.para(
            "Zo ja, vul hieronder de gegevens van uw partner in. Zo nee, ga verder met deel 3.",
            font="Times-Italic",
            size=8.5,
        )
        person_rows(f, app.partner, "partner")
        f.section(3, "Huishouden en woonkosten")
        f.row(
            [
                Cell("Aantal kinderen tot 18 jaar", [p_children(app)], span=0.35),
                Cell(
                    rng_choice(f, ["Huur of hypotheek per maand", "Woonlasten per maand"]),
                    [p_money(app.housing_costs, "housing_costs", "plain", prefix="\u20ac")],
                    span=0.65,
                ),
            ]
        )
        f.section(4, "Inkomsten, vermogen en betaling")
        f.para(INCOME_NOTE, size=8.5)
        f.row(
            [
                Cell(
                    "Inkomsten per maand (netto)",
                    [
                        p_money(
                            app.declared_monthly_income,
                            "declared_monthly_income",
                            "plain",
                            prefix="\u20ac",
                        )
                    ],
                    span=0.5,
                ),
                Cell(
                    "Vermogen (spaargeld, banksaldi)",
                    [p_money(app.declared_savings, "declared_savings", "plain", prefix="\u20ac")],
                    span=0.5,
                ),
            ]
        )
        f.row(
            [
                Cell("Rekeningnummer (IBAN)", [p_iban(app, True)], span=0.6),
                Cell(
                    "Ingangsdatum bijstand",
                    [p_date(app.requested_start_date, "requested_start_date", comb=comb_date)],
                    span=0.4,
                ),
            ]
        )
        if f.rng.random() < 0.5:  # the declaration on a page of its own
            f.page_break()
        f.section(5, "Verklaring en ondertekening")
        f.para(DECLARATION, size=9.5)
        f.para(
            "Ik geef de gemeente toestemming om mijn gegevens te controleren bij het "
            "Inlichtingenbureau en andere instanties die daarvoor een wettelijke grondslag hebben. "
            + AVG_SHORT,
            size=9.5,
        )
        f.space(3)
        f.signature(
            date_label="Datum van ondertekening",
            sig_label="Handtekening van de aanvrager",
            date_style="dash",
            comb=comb_date,
            side=False,
            sig_w=95,
            sig_h=28,
            date_w=80,
        )

    render_form(c, app, rng, look, header, footer, body)


# --- layout 3: modern sans, shaded boxes, combined address lines


@layout("application_form", "modern")
def modern(c: DocCanvas, app: Application, rng: random.Random) -> None:
    """DejaVu Sans, a coloured header band, grey labels above shaded boxes, numbered squares,
    'Straat en huisnummer' and 'Postcode en woonplaats' each typed in one box."""
    title = running_title(app, rng)
    accent = rng.choice([(0.0, 0.45, 0.5), (0.35, 0.2, 0.55), (0.8, 0.35, 0.0)])
    date_style = rng.choice(["long", "slash"])
    look = Look(
        font="DejaVuSans",
        bold="DejaVuSans-Bold",
        size=9.5,
        label_size=8,
        label_color=(0.35, 0.35, 0.4),
        label_pos="above",
        box="shade",
        box_h=8,
        shade=(0.93, 0.94, 0.96),
        heading="square",
        head_fmt="{t}",
        head_size=11.5,
        head_h=7.5,
        head_gap=4,
        accent=accent,
        head_color=accent,
        check_style="check",
        check_size=4.5,
        para_size=7.8,
        left=18,
        right=192,
        top=22,
        bottom=277,
        row_gap=3.2,
        col_gap=5,
    )

    def header(f: Form) -> float:
        if f.page == 1:
            f.c.rect(0, 0, 210, 34, stroke=0, fill=accent)
            f.c.text(18, 14, gemeente(app), font="DejaVuSans-Bold", size=12, color=WHITE)
            f.c.text(18, 26, title, font="DejaVuSans-Bold", size=16, color=WHITE)
            f.c.text(
                192,
                14,
                "Werk, Inkomen en Zorg",
                font="DejaVuSans",
                size=8,
                align="right",
                color=WHITE,
            )
            return 44
        f.c.rect(0, 0, 210, 10, stroke=0, fill=accent)
        return look.top

    def footer(f: Form) -> None:
        f.c.text(18, 287, f"Pagina {f.page} van {f.total}", font="DejaVuSans", size=7.5, color=GREY)
        f.c.text(
            192,
            287,
            f"{title} \u00b7 {gemeente(app)}",
            font="DejaVuSans",
            size=7.5,
            align="right",
            color=GREY,
        )

    def body(f: Form) -> None:
        a, p = app.applicant, app.partner
        f.para(
            "Zo vult u dit formulier in: lees eerst de toelichting bij elke stap. Heeft u vragen? "
            "Bel ons op werkdagen tussen 9.00 en 12.00 uur. " + INTRO,
            fill=(0.95, 0.95, 0.95),
            size=8,
        )
        f.section(1, "Persoonlijke gegevens")
        f.row(
            [
                Cell("Voornamen", [p_opt(a, "first_names", "applicant_first_names")], span=0.5),
                Cell("Achternaam", [p_opt(a, "surname", "applicant_surname")], span=0.5),
            ]
        )
        f.row(
            [
                Cell("BSN", [p_bsn(a, "applicant_bsn")], span=0.5),
                Cell(
                    "Geboortedatum",
                    [p_date(a.date_of_birth, "applicant_date_of_birth", date_style)],
                    span=0.5,
                ),
            ]
        )
        f.row(
            [
                Cell(
                    "Straat en huisnummer",
                    [
                        Part(
                            [
                                Piece(app.address.street, "street", app.address.street),
                                Piece(
                                    app.address.house_number,
                                    "house_number",
                                    app.address.house_number,
                                ),
                            ]
                        )
                    ],
                )
            ]
        )
        spaced = rng_choice(f, ["y", "n"]) == "y"
        pc = app.address.postcode
        f.row(
            [
                Cell(
                    "Postcode en woonplaats",
                    [
                        Part(
                            [
                                Piece(
                                    app.address.postcode_printed if spaced else pc, "postcode", pc
                                ),
                                Piece(app.address.city, "city", app.address.city),
                            ]
                        )
                    ],
                )
            ]
        )
        f.row(
            [
                Cell("Telefoonnummer", [p_phone(app, "spaced")], span=0.4),
                Cell("E-mailadres", [p_text(app.email, "email")], span=0.6),
            ]
        )
        f.section(2, "Partner")
        f.row(
            [
                Cell(
                    "Heeft u een partner met wie u samenwoont of getrouwd bent?",
                    [p_partner_yesno(app)],
                )
            ]
        )
        f.row(
            [
                Cell(
                    "Voornamen partner", [p_opt(p, "first_names", "partner_first_names")], span=0.5
                ),
                Cell("Achternaam partner", [p_opt(p, "surname", "partner_surname")], span=0.5),
            ]
        )
        f.row(
            [
                Cell("BSN partner", [p_bsn(p, "partner_bsn")], span=0.5),
                Cell(
                    "Geboortedatum partner",
                    [p_date(p.date_of_birth if p else None, "partner_date_of_birth", date_style)],
                    span=0.5,
                ),
            ]
        )
        f.section(3, "Woonsituatie")
        f.row(
            [
                Cell("Hoeveel kinderen wonen bij u?", [p_children(app)], span=0.4),
                Cell(
                    rng_choice(f, ["Hypotheeklasten of huur per maand", "Woonlasten per maand"]),
                    [p_money(app.housing_costs, "housing_costs", "euro", align="left")],
                    span=0.6,
                ),
            ]
        )
        f.section(4, "Inkomsten en vermogen")
        f.row(
            [
                Cell(
                    "Inkomsten per maand",
                    [
                        p_money(
                            app.declared_monthly_income,
                            "declared_monthly_income",
                            "euro",
                            align="left",
                        )
                    ],
                    span=0.5,
                ),
                Cell(
                    "Banksaldi en spaargeld",
                    [p_money(app.declared_savings, "declared_savings", "euro", align="left")],
                    span=0.5,
                ),
            ]
        )
        f.row(
            [
                Cell(
                    "Op welk rekeningnummer (IBAN) wilt u de bijstand ontvangen?",
                    [p_iban(app, False)],
                    span=0.6,
                ),
                Cell(
                    "Vanaf welke datum vraagt u bijstand aan?",
                    [p_date(app.requested_start_date, "requested_start_date", date_style)],
                    span=0.4,
                ),
            ]
        )
        f.para(INCOME_NOTE, color=GREY)
        f.section(5, "Ondertekening")
        f.para(AVG_TEXT, size=8.2)
        f.para(DECLARATION, size=8.2)
        f.signature(
            date_label="Datum",
            sig_label="Uw handtekening",
            date_style=date_style,
            sig_w=100,
            sig_h=26,
        )

    render_form(c, app, rng, look, header, footer, body)


# --- layout 4: a ruled grid with labels inside the cells


@layout("application_form", "grid")
def grid(c: DocCanvas, app: Application, rng: random.Random) -> None:
    """Liberation Sans, a dense tax-form grid: tiny labels inside ruled cells, an applicant/partner
    table, black section bars, amounts without thousands separators, a checklist page."""
    title = running_title(app, rng)
    date_style = rng.choice(["dot", "dash"])
    money_style = rng.choice(["nothousands", "plain"])
    look = Look(
        font="LiberationSans",
        bold="LiberationSans-Bold",
        size=9.5,
        label_size=6.5,
        label_color=(0.25, 0.25, 0.25),
        label_pos="inside",
        box_h=10.5,
        stroke=0.5,
        row_gap=0,
        col_gap=0,
        heading="inverse",
        head_fmt="{n}   {T}",
        head_size=9.5,
        head_h=6,
        head_gap=2.5,
        accent=(0.1, 0.1, 0.1),
        para_size=7.5,
        left=15,
        right=195,
        top=20,
        bottom=278,
    )

    def header(f: Form) -> float:
        if f.page == 1:
            f.c.logo(15, 11, 9, f.rng, color=(0.2, 0.2, 0.2))
            f.c.text(27, 18, gemeente(app), font="LiberationSans-Bold", size=15)
            f.c.rect(118, 10, 77, 15, stroke=0.8)
            f.c.text(156.5, 16.5, title, font="LiberationSans-Bold", size=9, align="center")
            f.c.text(
                156.5,
                21.5,
                f"Formulier PW-{1 + app.seed % 3}",
                font="LiberationSans",
                size=8,
                align="center",
            )
            f.c.text(
                15, 31, "In te vullen door de gemeente:", font="LiberationSans", size=7, color=GREY
            )
            f.c.rect(58, 27.5, 40, 5, stroke=0.4)
            f.c.text(100, 31, "zaaknummer", font="LiberationSans", size=7, color=GREY)
            return 38
        f.c.text(15, 14, f"{gemeente(app)} | {title}", font="LiberationSans", size=7.5)
        return look.top

    def footer(f: Form) -> None:
        f.c.text(
            195,
            288,
            f"Pagina {f.page} van {f.total}",
            font="LiberationSans-Bold",
            size=8,
            align="right",
        )

    def body(f: Form) -> None:
        a, p = app.applicant, app.partner
        f.section(1, "Gegevens aanvrager en partner")
        f.row(
            [
                Cell(
                    "Heeft u een partner (gehuwd, geregistreerd of samenwonend)?",
                    [p_partner_yesno(app)],
                )
            ]
        )
        f.space(1.5)
        rows = [
            ("Burgerservicenummer", [p_bsn(a, "applicant_bsn"), p_bsn(p, "partner_bsn")]),
            (
                "Voorna(a)m(en)",
                [
                    p_opt(a, "first_names", "applicant_first_names"),
                    p_opt(p, "first_names", "partner_first_names"),
                ],
            ),
            (
                "Geslachtsnaam",
                [p_opt(a, "surname", "applicant_surname"), p_opt(p, "surname", "partner_surname")],
            ),
            (
                "Geboortedatum",
                [
                    p_date(a.date_of_birth, "applicant_date_of_birth", date_style),
                    p_date(p.date_of_birth if p else None, "partner_date_of_birth", date_style),
                ],
            ),
            (
                "Nationaliteit",
                [
                    p_text(NATIONALITY_NL.get(a.nationality, a.nationality)),
                    p_text(NATIONALITY_NL.get(p.nationality, p.nationality) if p else ""),
                ],
            ),
        ]
        f.table(
            ["", "Aanvrager", "Partner"],
            [0.26, 0.37, 0.37],
            rows,
            row_h=7.5,
            head_fill=(0.85, 0.85, 0.85),
        )
        f.space(1.5)
        f.row(
            [
                Cell("Straatnaam", [p_text(app.address.street, "street")], span=0.75),
                Cell(
                    "Huisnummer + toevoeging",
                    [p_text(app.address.house_number, "house_number")],
                    span=0.25,
                ),
            ]
        )
        f.row(
            [
                Cell("Postcode", [p_postcode(app, rng_choice(f, ["y", "n"]) == "y")], span=0.25),
                Cell("Woonplaats", [p_text(app.address.city, "city")], span=0.75),
            ]
        )
        f.row(
            [
                Cell(
                    "Telefoonnummer",
                    [p_phone(app, rng_choice(f, ["dash", "spaced", "intl"]))],
                    span=0.4,
                ),
                Cell("E-mailadres", [p_text(app.email, "email")], span=0.6),
            ]
        )
        f.space(3)
        f.section(2, "Huishouden en wonen")
        f.row(
            [
                Cell("Aantal inwonende kinderen jonger dan 18 jaar", [p_children(app)], span=0.5),
                Cell(
                    "Woonkosten per maand (huur of hypotheek) in euro",
                    [p_money(app.housing_costs, "housing_costs", money_style)],
                    span=0.5,
                ),
            ]
        )
        f.space(3)
        f.section(3, "Inkomen en vermogen")
        f.row(
            [
                Cell(
                    "Totaal netto inkomsten per maand in euro",
                    [p_money(app.declared_monthly_income, "declared_monthly_income", money_style)],
                    span=0.5,
                ),
                Cell(
                    "Totaal vermogen (banksaldi, spaargeld) in euro",
                    [p_money(app.declared_savings, "declared_savings", money_style)],
                    span=0.5,
                ),
            ]
        )
        f.row(
            [
                Cell(
                    "Rekeningnummer (IBAN) voor de uitbetaling",
                    [p_iban(app, rng_choice(f, ["y", "n"]) == "y")],
                    span=0.6,
                ),
                Cell(
                    "Gewenste ingangsdatum",
                    [p_date(app.requested_start_date, "requested_start_date", date_style)],
                    span=0.4,
                ),
            ]
        )
        f.space(3)
        f.para(INCOME_NOTE)
        f.page_break()
        f.section(4, "Mee te sturen bewijsstukken")
        for item in CHECKLIST:
            f.need(7)
            f.c.checkbox(f.look.left + 1, f.y, False, size=3.5)
            f.c.text(f.look.left + 7, f.y + 3, item, font="LiberationSans", size=8.5)
            f.y += 6.5
        f.space(3)
        f.section(5, "Ondertekening")
        f.para(DECLARATION_SHORT, size=8)
        f.para(AVG_SHORT, size=7.5, color=GREY)
        y0 = f.y
        f.row(
            [Cell("Datum", [p_date(app.signature_date, "signature_date", date_style)], span=0.35)]
        )
        f.c.rect(f.look.left + 0.35 * f.width, y0, 0.65 * f.width, 30, stroke=0.5)
        f.c.text(
            f.look.left + 0.35 * f.width + 1.2,
            y0 + 3,
            "Handtekening aanvrager",
            font="LiberationSans",
            size=6.5,
            color=(0.25, 0.25, 0.25),
        )
        sx, sy, sw, sh = f.look.left + 0.35 * f.width + 2, y0 + 5, 0.65 * f.width - 4, 23
        f.c.signature_area(sx, sy, sw, sh, app.signed, f.rng, frame=False)
        f.c.mark("signature_present", app.signed, (sx, sy, sx + sw, sy + sh), None)
        f.y = y0 + 33

    render_form(c, app, rng, look, header, footer, body)


# --- layout 5 (holdout): questions, label left, underlined answers


@layout("application_form", "questions", holdout=True)
def questions(c: DocCanvas, app: Application, rng: random.Random) -> None:
    """Times, numbered questions ('1.1 Wat is uw burgerservicenummer?') left of dotted answer lines,
    dates written out, amounts as 'EUR 1.234,56', a letter-like introduction."""
    title = running_title(app, rng)
    date_style = rng.choice(["long", "long", "dot"])
    money_style = rng.choice(["eur", "euro"])
    look = Look(
        font="Times-Roman",
        bold="Times-Bold",
        size=11,
        label_size=10.5,
        label_pos="left",
        label_w=88,
        box="underline",
        dash=(1, 1.2),
        box_h=7,
        heading="plain",
        head_fmt="Onderdeel {n}: {t}",
        head_size=13,
        head_h=8,
        head_gap=2.5,
        para_size=9.5,
        para_lead=1.25,
        check_style="cross",
        left=25,
        right=185,
        top=28,
        bottom=272,
        row_gap=2.2,
    )

    def header(f: Form) -> float:
        f.c.text(25, 20, gemeente(app), font="Times-Bold", size=15 if f.page == 1 else 11)
        f.c.text(185, 20, title, font="Times-Italic", size=10, align="right")
        f.c.line(25, 22.5, 185, 22.5, width=0.6)
        if f.page == 1:
            f.c.text(25, 27, postbus(app), font="Times-Roman", size=8.5, color=GREY)
            return 36
        return look.top

    def footer(f: Form) -> None:
        f.c.text(
            105, 284, f"Pagina {f.page} van {f.total}", font="Times-Italic", size=9, align="center"
        )

    def q(n: str, text: str, parts: list[Part]) -> Cell:
        return Cell(f"{n}  {text}", parts)

    def body(f: Form) -> None:
        a, p = app.applicant, app.partner
        f.para("Geachte heer, mevrouw,", size=10.5, gap=1.5)
        f.para(
            "U vraagt een uitkering aan op grond van de Participatiewet. Beantwoord alle vragen en "
            "onderteken het formulier op de laatste pagina. " + INTRO,
            size=10,
        )
        f.section(1, "Over uzelf")
        f.row([q("1.1", "Wat is uw burgerservicenummer?", [p_bsn(a, "applicant_bsn")])])
        f.row(
            [q("1.2", "Wat zijn uw voornamen?", [p_opt(a, "first_names", "applicant_first_names")])]
        )
        f.row([q("1.3", "Wat is uw achternaam?", [p_opt(a, "surname", "applicant_surname")])])
        f.row(
            [
                q(
                    "1.4",
                    "Wat is uw geboortedatum?",
                    [p_date(a.date_of_birth, "applicant_date_of_birth", date_style)],
                )
            ]
        )
        f.row(
            [
                q(
                    "1.5",
                    "Wat is uw adres (straat en huisnummer)?",
                    [
                        Part(
                            [
                                Piece(app.address.street, "street", app.address.street),
                                Piece(
                                    app.address.house_number,
                                    "house_number",
                                    app.address.house_number,
                                ),
                            ]
                        )
                    ],
                )
            ]
        )
        f.row(
            [
                q(
                    "1.6",
                    "Postcode en woonplaats",
                    [
                        p_postcode(app, rng_choice(f, ["y", "n"]) == "y", frac=0.35),
                        p_text(app.address.city, "city", frac=0.65),
                    ],
                )
            ]
        )
        f.row(
            [
                q(
                    "1.7",
                    "Op welk telefoonnummer bent u bereikbaar?",
                    [p_phone(app, rng_choice(f, ["intl", "dash", "spaced"]))],
                )
            ]
        )
        f.row([q("1.8", "Wat is uw e-mailadres?", [p_text(app.email, "email")])])
        f.section(2, "Uw partner")
        f.row([q("2.1", "Heeft u een partner?", [p_partner_yesno(app)])])
        f.para(
            "Heeft u geen partner? Ga dan verder met vraag 3.1.",
            font="Times-Italic",
            size=9.5,
            gap=1.5,
        )
        f.row([q("2.2", "Burgerservicenummer van uw partner", [p_bsn(p, "partner_bsn")])])
        f.row(
            [q("2.3", "Voornamen van uw partner", [p_opt(p, "first_names", "partner_first_names")])]
        )
        f.row([q("2.4", "Achternaam van uw partner", [p_opt(p, "surname", "partner_surname")])])
        f.row(
            [
                q(
                    "2.5",
                    "Geboortedatum van uw partner",
                    [p_date(p.date_of_birth if p else None, "partner_date_of_birth", date_style)],
                )
            ]
        )
        f.section(3, "Uw huishouden en uw woning")
        f.row([q("3.1", "Hoeveel kinderen jonger dan 18 jaar wonen bij u?", [p_children(app)])])
        f.row(
            [
                q(
                    "3.2",
                    rng_choice(
                        f,
                        ["Hoeveel huur betaalt u per maand?", "Wat zijn uw woonlasten per maand?"],
                    ),
                    [p_money(app.housing_costs, "housing_costs", money_style, align="left")],
                )
            ]
        )
        f.section(4, "Uw inkomsten en uw vermogen")
        f.para(INCOME_NOTE, size=9.5)
        f.row(
            [
                q(
                    "4.1",
                    "Wat zijn uw inkomsten per maand (netto)?",
                    [
                        p_money(
                            app.declared_monthly_income,
                            "declared_monthly_income",
                            money_style,
                            align="left",
                        )
                    ],
                )
            ]
        )
        f.row(
            [
                q(
                    "4.2",
                    "Hoeveel spaargeld en banksaldo heeft u in totaal?",
                    [p_money(app.declared_savings, "declared_savings", money_style, align="left")],
                )
            ]
        )
        f.row(
            [q("4.3", "Op welk rekeningnummer wilt u de bijstand ontvangen?", [p_iban(app, False)])]
        )
        f.row(
            [
                q(
                    "4.4",
                    "Vanaf welke datum vraagt u bijstand aan?",
                    [p_date(app.requested_start_date, "requested_start_date", date_style)],
                )
            ]
        )
        f.page_break()
        f.section(5, "Verklaring en ondertekening")
        for i, text in enumerate(
            [
                DECLARATION,
                AVG_TEXT,
                "Ik weet dat de gemeente mij kan uitnodigen voor een "
                "gesprek en om aanvullende stukken kan vragen. Als ik niet meewerk, kan de "
                "gemeente mijn aanvraag buiten behandeling stellen.",
            ],
            start=1,
        ):
            f.para(f"{i}. {text}", size=10, indent=3)
        f.space(4)
        f.signature(
            date_label="Datum",
            sig_label="Handtekening",
            date_style=date_style,
            side=False,
            frame=False,
            sig_w=70,
            sig_h=22,
            date_w=150,
        )

    render_form(c, app, rng, look, header, footer, body)


# --- layout 6 (holdout): a coloured sidebar, two columns with labels left


@layout("application_form", "sidebar", holdout=True)
def sidebar(c: DocCanvas, app: Application, rng: random.Random) -> None:
    """FreeSans with a coloured sidebar on every page, two columns of label-left cells, BSN and
    dates in spaced comb boxes, a separate Tussenvoegsel box, banded section headings."""
    title = running_title(app, rng)
    accent = rng.choice([(0.75, 0.1, 0.3), (0.1, 0.35, 0.65), (0.2, 0.5, 0.2)])
    money_style = rng.choice(["euro", "plain"])
    comb_date = "## ## ####"
    look = Look(
        font="FreeSans",
        bold="FreeSans-Bold",
        size=9.5,
        label_size=8.5,
        label_pos="left",
        label_w=31,
        box="shade_rect",
        shade=(0.97, 0.97, 0.94),
        box_h=7,
        stroke=0.35,
        box_color=(0.45, 0.45, 0.45),
        comb_w=4.8,
        comb_sep=2.0,
        heading="band",
        head_fmt="{t}",
        head_h=7,
        head_size=10.5,
        head_fill=(0.92, 0.92, 0.92),
        accent=accent,
        para_size=8,
        left=24,
        right=194,
        top=24,
        bottom=277,
        row_gap=2.6,
        col_gap=6,
    )

    def header(f: Form) -> float:
        f.c.rect(0, 0, 12, 297, stroke=0, fill=accent)
        f.c.text(
            24,
            15,
            f"{gemeente(app)}  |  {title}",
            font="FreeSans-Bold" if f.page == 1 else "FreeSans",
            size=13 if f.page == 1 else 8.5,
        )
        if f.page == 1:
            f.c.text(24, 21, "Dienst Sociale Zaken", font="FreeSans", size=9, color=GREY)
            f.c.text(
                194,
                21,
                "Geboortedatums als dd mm jjjj",
                font="FreeSans",
                size=7.5,
                align="right",
                color=GREY,
            )
            return 30
        return look.top

    def footer(f: Form) -> None:
        f.c.text(24, 286, f"Pagina {f.page} van {f.total}", font="FreeSans", size=8)
        f.c.line(24, 282, 194, 282, width=0.3, color=accent)

    def person_rows(f: Form, person: Person | None, role: str) -> None:
        prefix, core = p_surname_split(person, f"{role}_surname")
        f.row(
            [
                Cell(
                    "Voornamen",
                    [p_opt(person, "first_names", f"{role}_first_names")],
                    span=1.0,
                    label_w=31,
                )
            ]
        )
        f.row(
            [
                Cell("Tussenvoegsel", [prefix], span=0.4),
                Cell("Achternaam", [core], span=0.6, label_w=24),
            ]
        )
        f.row(
            [
                Cell("BSN", [p_bsn(person, f"{role}_bsn", comb=True)], span=0.5),
                Cell(
                    "Geboortedatum",
                    [
                        p_date(
                            person.date_of_birth if person else None,
                            f"{role}_date_of_birth",
                            comb=comb_date,
                        )
                    ],
                    span=0.5,
                    label_w=26,
                ),
            ]
        )

    def body(f: Form) -> None:
        f.para(INTRO, size=8.5)
        f.section(1, "Persoonlijke gegevens aanvrager")
        person_rows(f, app.applicant, "applicant")
        f.row(
            [
                Cell("Straat", [p_text(app.address.street, "street")], span=0.65),
                Cell(
                    "Huisnr.",
                    [p_text(app.address.house_number, "house_number")],
                    span=0.35,
                    label_w=16,
                ),
            ]
        )
        f.row(
            [
                Cell("Postcode", [p_postcode(app, True)], span=0.4),
                Cell("Woonplaats", [p_text(app.address.city, "city")], span=0.6, label_w=24),
            ]
        )
        f.row(
            [
                Cell("Telefoon", [p_phone(app, "dash")], span=0.4),
                Cell("E-mailadres", [p_text(app.email, "email")], span=0.6, label_w=24),
            ]
        )
        f.section(2, "Partner")
        f.row([Cell("Heeft u een partner?", [p_partner_yesno(app)], span=0.5, label_w=40)])
        person_rows(f, app.partner, "partner")
        f.para(PARTNER_NOTE, color=GREY)
        f.section(3, "Woonsituatie")
        f.row(
            [
                Cell("Aantal kinderen", [p_children(app)], span=0.4),
                Cell(
                    rng_choice(f, ["Huur per maand", "Hypotheeklasten p/m", "Woonlasten p/m"]),
                    [p_money(app.housing_costs, "housing_costs", money_style)],
                    span=0.6,
                    label_w=36,
                ),
            ]
        )
        f.section(4, "Inkomsten en vermogen")
        f.row(
            [
                Cell(
                    "Inkomsten p/m",
                    [p_money(app.declared_monthly_income, "declared_monthly_income", money_style)],
                    span=0.5,
                ),
                Cell(
                    "Vermogen",
                    [p_money(app.declared_savings, "declared_savings", money_style)],
                    span=0.5,
                    label_w=24,
                ),
            ]
        )
        f.row(
            [
                Cell("IBAN", [p_iban(app, True)], span=0.6),
                Cell(
                    "Ingangsdatum",
                    [p_date(app.requested_start_date, "requested_start_date", "dash")],
                    span=0.4,
                    label_w=24,
                ),
            ]
        )
        f.para(INCOME_NOTE, color=GREY)
        f.para(AVG_TEXT, framed=True, size=7.8)
        f.section(5, "Ondertekening")
        f.para(DECLARATION, size=8.5)
        f.signature(
            date_label="Datum",
            sig_label="Handtekening",
            date_style="dash",
            comb=comb_date,
            sig_w=82,
            sig_h=24,
            date_w=82,
        )

    render_form(c, app, rng, look, header, footer, body)


# --- layout 7 (holdout): the printed summary of a web-portal application (e-form system)

PORTAL_FONT = "DejaVuSansCondensed"
PORTAL_BOLD = "DejaVuSans-Bold"
PORTAL_INTRO = (
    "Hieronder ziet u de antwoorden die u in het digitale formulier heeft gegeven. U heeft het "
    "formulier ingevuld zonder DigiD. Controleer uw gegevens, onderteken de laatste pagina en "
    "stuur deze samenvatting met de gevraagde bewijsstukken binnen vijf werkdagen naar"
)
PORTAL_SEND = (
    "Zonder handtekening kunnen wij uw aanvraag niet in behandeling nemen. Bewaar een kopie van "
    "deze samenvatting voor uw eigen administratie."
)


@dataclass(slots=True)
class PortalRow:
    """One 'label | answer' row of the summary table; the answer is one or more typed pieces."""

    label: str
    pieces: list[Piece]
    strong: bool = False  # a sub-heading row spanning both columns


@layout("application_form", "portaal_print", holdout=True)
def portaal_print(c: DocCanvas, app: Application, rng: random.Random) -> None:
    """The PDF summary a municipal e-form portal produces ('Samenvatting van uw aanvraag'):
    DejaVu Sans Condensed, unnumbered coloured section headings, every answer one row of a
    two-column 'label | answer' table (ruled or zebra-striped), Ja/Nee answered in words,
    Tussenvoegsel and Huisnummer toevoeging in rows of their own, dates as dd-mm-jjjj, the
    declaration and a signature box on a last page of their own."""
    title = rng.choice(
        ["Samenvatting van uw aanvraag levensonderhoud", "Aanvraag bijstand (Participatiewet)"]
    )
    subtitle = (
        "Aanvraag bijstand (Participatiewet)"
        if title.startswith("Samenvatting")
        else "Samenvatting van uw aanvraag levensonderhoud"
    )
    accent = rng.choice([(0.0, 0.33, 0.55), (0.55, 0.0, 0.3), (0.0, 0.42, 0.35), (0.2, 0.2, 0.2)])
    zebra = rng.random() < 0.5
    lab_w = rng.choice([64.0, 70.0, 76.0])
    money_style = rng.choice(["euro", "euro", "eur"])
    phone_compact = rng.random() < 0.6
    pc_spaced = rng.random() < 0.5
    iban_spaced = rng.random() < 0.35
    kinderen = rng.choice(["Aantal inwonende kinderen", "Aantal inwonende kinderen (tot 18 jaar)"])
    voornamen = rng.choice(["Voornaam/voornamen", "Voorna(a)m(en)"])
    year = app.application_date.year
    ref = f"BIJ-{year}-{rng.randint(1, 99999):06d}"
    # the summary is made before it is printed and signed
    made_on = (app.signature_date or app.application_date) - timedelta(days=rng.randint(0, 2))
    made = f"{date_nl(made_on)} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}"
    slug = app.address.city.lower().replace(" ", "")
    url = f"https://loket.{slug}.example/formulieren/aanvraag-levensonderhoud"
    size, lab_size = 9.0, 8.6
    lh = size * PT * 1.3
    pad = 1.7
    look = Look(
        font=PORTAL_FONT,
        bold=PORTAL_BOLD,
        size=size,
        label_size=lab_size,
        para_size=8.6,
        para_lead=1.35,
        accent=accent,
        left=18,
        right=192,
        top=25,
        bottom=276,
    )
    ans_x = look.left + lab_w + 2.0
    ans_w = look.right - ans_x - 2.0
    zebra_n = [0]

    def header(f: Form) -> float:
        if f.page == 1:
            f.c.logo(18, 11, 11, f.rng, color=accent)
            f.c.text(32, 16.5, gemeente(app), font=PORTAL_BOLD, size=13)
            f.c.text(32, 21.5, "Digitaal loket", font=PORTAL_FONT, size=8.5, color=GREY)
            f.c.text(192, 15, f"Kenmerk: {ref}", font=PORTAL_FONT, size=7.5, align="right")
            f.c.text(192, 19, f"Aangemaakt op: {made}", font=PORTAL_FONT, size=7.5, align="right")
            f.c.text(18, 35, title, font=PORTAL_BOLD, size=15, color=accent)
            f.c.text(18, 41, subtitle, font=PORTAL_FONT, size=9.5, color=GREY)
            f.c.line(18, 44, 192, 44, width=0.3, color=(0.7, 0.7, 0.7))
            return 50
        f.c.text(18, 13, f"{gemeente(app)} \u00b7 {title}", font=PORTAL_FONT, size=7.5, color=GREY)
        f.c.text(192, 13, f"Kenmerk: {ref}", font=PORTAL_FONT, size=7.5, align="right", color=GREY)
        f.c.line(18, 15, 192, 15, width=0.3, color=(0.7, 0.7, 0.7))
        return look.top

    def footer(f: Form) -> None:
        f.c.line(18, 280, 192, 280, width=0.3, color=(0.7, 0.7, 0.7))
        f.c.text(18, 284.5, url, font=PORTAL_FONT, size=7, color=GREY)
        f.c.text(
            192, 284.5, f"Pagina {f.page} van {f.total}", font=PORTAL_FONT, size=7.5, align="right"
        )

    # -- the summary table --------------------------------------------------------------------
    def label_lines(r: PortalRow) -> list[str]:
        if r.strong:
            return [r.label]
        return wrap(r.label, PORTAL_FONT, lab_size, lab_w - 3.5)

    def height(r: PortalRow) -> float:
        return len(label_lines(r)) * lh + 2 * pad

    def draw(f: Form, r: PortalRow) -> None:
        h = height(r)
        x0, x1, y = look.left, look.right, f.y
        if r.strong:
            f.c.text(x0 + 1.5, y + pad + lh * 0.78, r.label, font=PORTAL_BOLD, size=lab_size)
            f.c.line(x0, y + h, x1, y + h, width=0.5, color=(0.55, 0.55, 0.55))
            zebra_n[0] = 0
            f.y += h
            return
        if zebra and zebra_n[0] % 2 == 0:
            f.c.rect(x0, y, x1 - x0, h, stroke=0, fill=(0.945, 0.95, 0.955))
        zebra_n[0] += 1
        for i, line in enumerate(label_lines(r)):
            f.c.text(
                x0 + 1.5,
                y + pad + lh * (i + 0.78),
                line,
                font=PORTAL_FONT,
                size=lab_size,
                color=(0.25, 0.25, 0.25),
            )
        pieces = [p for p in r.pieces if p.text]
        asize = size
        space = DocCanvas.width(" ", PORTAL_FONT, asize)
        full = sum(DocCanvas.width(p.text, PORTAL_FONT, asize) for p in pieces)
        while pieces and full + space * (len(pieces) - 1) > ans_w and asize > 6:
            asize -= 0.5
            space = DocCanvas.width(" ", PORTAL_FONT, asize)
            full = sum(DocCanvas.width(p.text, PORTAL_FONT, asize) for p in pieces)
        cx = ans_x
        for p in pieces:
            bx = f.c.text(
                cx,
                y + pad + lh * 0.78,
                p.text,
                font=PORTAL_FONT,
                size=asize,
                field=p.field,
                value=p.value,
            )
            cx = bx[2] + space
        if not zebra:
            f.c.line(x0, y + h, x1, y + h, width=0.25, color=(0.75, 0.75, 0.75))
        f.y += h

    def rows(f: Form, items: list[PortalRow]) -> None:
        """Rows that must stay on one page (a value split over two rows is one field's evidence)."""
        f.need(sum(height(r) for r in items))
        for r in items:
            draw(f, r)

    def heading(f: Form, text: str, first: list[PortalRow]) -> None:
        f.need(11 + sum(height(r) for r in first))
        f.c.text(look.left, f.y + 5.5, text, font=PORTAL_BOLD, size=11.5, color=accent)
        f.y += 8
        f.c.line(look.left, f.y, look.right, f.y, width=0.6, color=accent)
        zebra_n[0] = 0
        for r in first:
            draw(f, r)

    def end_table(f: Form) -> None:
        f.y += 6

    # -- the answers --------------------------------------------------------------------------
    def t(text: str, fld: str | None = None, value: Any = None) -> list[Piece]:
        return [Piece(text, fld, value if value is not None else text)] if fld else [Piece(text)]

    def date_piece(d: date, fld: str) -> list[Piece]:
        return [Piece(date_nl(d, "dash"), fld, d.isoformat())]

    def money_piece(value: Decimal, fld: str) -> list[Piece]:
        return [Piece(money_part_text(value, money_style), fld, money_norm(value))]

    def person_rows(f: Form, person: Person, role: str) -> None:
        fld = f"{role}_surname"
        prefix = [Piece(person.prefix, fld, person.surname)] if person.prefix else []
        rows(f, [PortalRow("Burgerservicenummer (BSN)", t(person.bsn, f"{role}_bsn"))])
        rows(f, [PortalRow(voornamen, t(person.first_names, f"{role}_first_names"))])
        rows(
            f,
            [
                PortalRow("Tussenvoegsel", prefix),
                PortalRow("Achternaam", [Piece(person.surname_core, fld, person.surname)]),
            ],
        )
        rows(
            f,
            [PortalRow("Geboortedatum", date_piece(person.date_of_birth, f"{role}_date_of_birth"))],
        )
        rows(f, [PortalRow("Geslacht", t("Man" if person.sex == "M" else "Vrouw"))])
        rows(
            f,
            [
                PortalRow(
                    "Nationaliteit",
                    t(NATIONALITY_NL.get(person.nationality, person.nationality)),
                )
            ],
        )

    def body(f: Form) -> None:
        a, p, addr = app.applicant, app.partner, app.address
        zebra_n[0] = 0
        f.para(f"{PORTAL_INTRO} {postbus(app)}.", framed=True, size=8.6)
        f.space(2)
        heading(
            f,
            "Uw aanvraag",
            [PortalRow("Soort aanvraag", t("Algemene bijstand voor levensonderhoud"))],
        )
        rows(
            f,
            [
                PortalRow(
                    "Gewenste ingangsdatum",
                    date_piece(app.requested_start_date, "requested_start_date"),
                )
            ],
        )
        end_table(f)

        heading(f, "Uw gegevens", [])
        person_rows(f, a, "applicant")
        # '12a' / '12-2' / '12 hs': the number and its toevoeging in two rows ('12' | 'a')
        hn = addr.house_number
        head = hn[: len(hn) - len(hn.lstrip("0123456789"))] or hn
        suffix = hn[len(head) :].strip(" -")
        rows(
            f,
            [
                PortalRow("Adres", [], strong=True),
                PortalRow("Straatnaam", t(addr.street, "street")),
            ],
        )
        rows(
            f,
            [
                PortalRow("Huisnummer", [Piece(head, "house_number", hn)]),
                PortalRow(
                    "Huisnummer toevoeging",
                    [Piece(suffix, "house_number", hn)] if suffix else [],
                ),
            ],
        )
        pc = addr.postcode
        rows(
            f,
            [PortalRow("Postcode", t(addr.postcode_printed if pc_spaced else pc, "postcode", pc))],
        )
        rows(f, [PortalRow("Plaats", t(addr.city, "city"))])
        national = "0" + app.phone[3:]
        phone = national if phone_compact else phone_printed(app.phone, "dash")
        rows(
            f,
            [
                PortalRow("Contactgegevens", [], strong=True),
                PortalRow("Telefoonnummer", t(phone, "phone", app.phone)),
            ],
        )
        rows(f, [PortalRow("E-mailadres", t(app.email, "email"))])
        acc = app.account
        rows(
            f,
            [
                PortalRow("Bankgegevens", [], strong=True),
                PortalRow(
                    "IBAN rekeningnummer",
                    t(acc.iban_printed if iban_spaced else acc.iban, "iban", acc.iban),
                ),
            ],
        )
        rows(f, [PortalRow("Naam rekeninghouder", t(acc.holder))])
        end_table(f)

        answer = "Ja" if p is not None else "Nee"
        heading(
            f,
            "Gegevens partner",
            [
                PortalRow(
                    "Heeft u een fiscale partner of woont u samen?",
                    [Piece(answer, "has_partner", p is not None)],
                )
            ],
        )
        if p is not None:
            person_rows(f, p, "partner")
        end_table(f)

        heading(
            f,
            "Woonsituatie",
            [PortalRow("Soort woning", t(f.rng.choice(["Huurwoning", "Koopwoning"])))],
        )
        rows(
            f,
            [PortalRow(kinderen, t(str(app.children_count), "children_count", app.children_count))],
        )
        rows(
            f,
            [
                PortalRow(
                    "Huur of hypotheek per maand", money_piece(app.housing_costs, "housing_costs")
                )
            ],
        )
        end_table(f)

        earns = app.declared_monthly_income > 0
        heading(
            f,
            "Inkomsten en vermogen",
            [PortalRow("Heeft u of uw partner inkomsten?", t("Ja" if earns else "Nee"))],
        )
        rows(
            f,
            [
                PortalRow(
                    "Inkomsten per maand",
                    money_piece(app.declared_monthly_income, "declared_monthly_income"),
                )
            ],
        )
        rows(
            f,
            [
                PortalRow(
                    "Spaargeld/banktegoeden", money_piece(app.declared_savings, "declared_savings")
                )
            ],
        )
        end_table(f)

        f.page_break()
        sd = app.signature_date
        heading(f, "Verklaring en ondertekening", [])
        f.space(3)
        f.para(DECLARATION, size=9)
        f.para(AVG_SHORT, size=8.2, color=GREY)
        rows(
            f,
            [PortalRow("Ik verklaar dat ik dit formulier naar waarheid heb ingevuld", t("Ja"))],
        )
        rows(f, [PortalRow("Naam aanvrager", t(a.full_name))])
        place_date = (
            [Piece(f"{addr.city},"), Piece(date_nl(sd, "dash"), "signature_date", sd.isoformat())]
            if sd
            else []
        )
        rows(f, [PortalRow("Plaats en datum", place_date)])
        sig_h = 26.0
        f.need(sig_h + 2 * pad)
        y0 = f.y
        f.c.text(
            look.left + 1.5,
            y0 + pad + lh * 0.78,
            "Handtekening aanvrager",
            font=PORTAL_FONT,
            size=lab_size,
            color=(0.25, 0.25, 0.25),
        )
        sx, sy, sw = ans_x, y0 + pad, min(90.0, ans_w)
        f.c.signature_area(sx, sy, sw, sig_h, app.signed, f.rng, frame=True)
        f.c.mark("signature_present", app.signed, (sx, sy, sx + sw, sy + sig_h), None)
        f.y = sy + sig_h + pad
        f.c.line(look.left, f.y, look.right, f.y, width=0.25, color=(0.75, 0.75, 0.75))
        f.space(6)
        f.para(PORTAL_SEND, size=8.2, color=GREY)

    render_form(c, app, rng, look, header, footer, body)
