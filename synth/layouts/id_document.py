"""id_document layouts: a citizen's copy of a passport data page or an ID card (front and back).

Each layout places the document face(s) on an A4 page at real size or enlarged, the way a
copier, a scanning app or a municipal desk produces them. The faces themselves (passport data
page 125 x 88 mm, TD1 card 85.6 x 54 mm) are drawn by shared helpers in a per-layout `Style`
(fonts, label languages, date style, upper-case names, row order, photo side, colours).

Truth: the visual zone marks `surname`, `given_names`, `date_of_birth`, `sex`, `nationality`,
`document_number`, `expiry_date` and, on Dutch-issued documents, `personal_number` (the BSN);
the title marks `id_kind` and the union of the MRZ lines marks `mrz_valid`. A masked (KopieID)
copy blacks out the photo and the BSN, in the visual zone and in the MRZ, where the MRZ's
truth text holds `█` for each hidden character; `personal_number` is then not marked.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from synth import mrz
from synth.canvas import Box, DocCanvas, union
from synth.fmt import date_nl
from synth.layouts.base import layout
from synth.people import CITIES, IdCard

MASK_CHAR = "█"  # truth text of an MRZ character hidden under a black bar

PASSPORT_W, PASSPORT_H = 125.0, 88.0
CARD_W, CARD_H = 85.6, 54.0

_MONTHS_NL = ["JAN", "FEB", "MAA", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"]
_MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
_MONTHS_FR = [
    "JAN",
    "FÉV",
    "MARS",
    "AVR",
    "MAI",
    "JUIN",
    "JUIL",
    "AOÛT",
    "SEPT",
    "OCT",
    "NOV",
    "DÉC",
]

# visual-zone labels per language (a layout joins the document's languages with " / ")
LABELS: dict[str, dict[str, str]] = {
    "type": {"nl": "Soort", "en": "Type", "fr": "Type", "de": "Typ", "pl": "Typ", "tr": "Tipi"},
    "code": {
        "nl": "Code",
        "en": "Code",
        "fr": "Code",
        "de": "Kode",
        "pl": "Kod",
        "tr": "Ülke kodu",
    },
    "document_number": {
        "nl": "Documentnummer",
        "en": "Document no.",
        "fr": "N° du document",
        "de": "Pass-Nr.",
        "pl": "Nr paszportu",
        "tr": "Pasaport No",
    },
    "surname": {
        "nl": "Naam",
        "en": "Surname",
        "fr": "Nom",
        "de": "Name",
        "pl": "Nazwisko",
        "tr": "Soyadı",
    },
    "given_names": {
        "nl": "Voornamen",
        "en": "Given names",
        "fr": "Prénoms",
        "de": "Vornamen",
        "pl": "Imiona",
        "tr": "Adı",
    },
    "nationality": {
        "nl": "Nationaliteit",
        "en": "Nationality",
        "fr": "Nationalité",
        "de": "Staatsangehörigkeit",
        "pl": "Obywatelstwo",
        "tr": "Uyruğu",
    },
    "date_of_birth": {
        "nl": "Geboortedatum",
        "en": "Date of birth",
        "fr": "Date de naissance",
        "de": "Geburtstag",
        "pl": "Data urodzenia",
        "tr": "Doğum tarihi",
    },
    "sex": {
        "nl": "Geslacht",
        "en": "Sex",
        "fr": "Sexe",
        "de": "Geschlecht",
        "pl": "Płeć",
        "tr": "Cinsiyeti",
    },
    "birthplace": {
        "nl": "Geboorteplaats",
        "en": "Place of birth",
        "fr": "Lieu de naissance",
        "de": "Geburtsort",
        "pl": "Miejsce urodzenia",
        "tr": "Doğum yeri",
    },
    "issue_date": {
        "nl": "Datum van afgifte",
        "en": "Date of issue",
        "fr": "Date de délivrance",
        "de": "Ausstellungsdatum",
        "pl": "Data wydania",
        "tr": "Veriliş tarihi",
    },
    "expiry_date": {
        "nl": "Geldig tot",
        "en": "Date of expiry",
        "fr": "Date d'expiration",
        "de": "Gültig bis",
        "pl": "Data ważności",
        "tr": "Geçerlilik tarihi",
    },
    "authority": {
        "nl": "Instantie",
        "en": "Authority",
        "fr": "Autorité",
        "de": "Behörde",
        "pl": "Organ wydający",
        "tr": "Veren makam",
    },
    "personal_number": {"nl": "Persoonsnummer", "en": "Personal no.", "fr": "N° personnel"},
    "permit_type": {
        "nl": "Soort verblijfsvergunning",
        "en": "Type of permit",
        "fr": "Type de titre",
    },
    "remarks": {"nl": "Opmerkingen", "en": "Remarks", "fr": "Observations"},
    "signature": {
        "nl": "Handtekening houder",
        "en": "Holder's signature",
        "fr": "Signature du titulaire",
    },
}

# how the Netherlands prints a nationality (adjective, as on Dutch documents)
NATIONALITY_NL = {
    "NLD": "Nederlandse",
    "TUR": "Turkse",
    "MAR": "Marokkaanse",
    "DEU": "Duitse",
    "POL": "Poolse",
    "SYR": "Syrische",
}


@dataclass(frozen=True, slots=True)
class Country:
    """How a foreign state prints its passport data page (invented, simplified designs)."""

    header: str
    title: str
    nationality: str  # as printed in the visual zone
    langs: tuple[str, ...]
    date_style: str
    female: str
    male: str
    authority: str


COUNTRIES = {
    "TUR": Country(
        "TÜRKİYE CUMHURİYETİ / REPUBLIC OF TÜRKİYE",
        "PASAPORT / PASSPORT",
        "T.C.",
        ("tr", "en"),
        "dotted",
        "K/F",
        "E/M",
        "T.C. LAHEY BÜYÜKELÇİLİĞİ",
    ),
    "MAR": Country(
        "ROYAUME DU MAROC / KINGDOM OF MOROCCO",
        "PASSEPORT / PASSPORT",
        "MAROCAINE",
        ("fr", "en"),
        "fr_en",
        "F",
        "M",
        "CONSULAT GÉNÉRAL AMSTERDAM",
    ),
    "DEU": Country(
        "BUNDESREPUBLIK DEUTSCHLAND / FEDERAL REPUBLIC OF GERMANY",
        "REISEPASS / PASSPORT / PASSEPORT",
        "DEUTSCH",
        ("de", "en", "fr"),
        "dotted",
        "F",
        "M",
        "BOTSCHAFT DEN HAAG",
    ),
    "POL": Country(
        "RZECZPOSPOLITA POLSKA / REPUBLIC OF POLAND",
        "PASZPORT / PASSPORT",
        "POLSKIE",
        ("pl", "en", "fr"),
        "dotted",
        "K/F",
        "M/M",
        "KONSUL RP W HADZE",
    ),
    "SYR": Country(
        "SYRIAN ARAB REPUBLIC",
        "PASSPORT / PASSEPORT",
        "SYRIAN",
        ("en", "fr"),
        "slash",
        "F",
        "M",
        "EMBASSY BRUSSELS",
    ),
}

KIND_TITLE_NL = {
    "passport": "PASPOORT / PASSPORT / PASSEPORT",
    "identity_card": "IDENTITEITSKAART / IDENTITY CARD / CARTE D'IDENTITÉ",
    "residence_permit": "VERBLIJFSDOCUMENT",
}


@dataclass(frozen=True, slots=True)
class Style:
    font: str = "LiberationSans"
    bold: str = "LiberationSans-Bold"
    mrz_font: str = "Courier"
    mrz_size: float = 12.0  # pt at real size (Courier 12 pt = the ICAO pitch of 2.54 mm)
    label_size: float = 4.6
    value_size: float = 7.2
    date_style: str = "maa_mar"  # maa_mar, spaced, dotted, slash, en
    upper: bool = False
    langs: tuple[str, ...] = ("nl", "en", "fr")
    numbered: bool = False
    variant: int = 0  # row order / photo side
    grey: bool = False  # a black-and-white copy
    guilloche: bool = True
    label_color: tuple[float, float, float] = (0.25, 0.25, 0.35)


def print_date(d: date, style: str) -> str:
    """`12 MAA/MAR 1974`, `12 03 1974`, `12.03.1974`, `12/03/1974` or `12 MAR 1974`."""
    if style == "maa_mar":
        nl, en = _MONTHS_NL[d.month - 1], _MONTHS_EN[d.month - 1]
        month = nl if nl == en else f"{nl}/{en}"
        return f"{d.day:02d} {month} {d.year}"
    if style == "fr_en":
        fr, en = _MONTHS_FR[d.month - 1], _MONTHS_EN[d.month - 1]
        month = fr if fr == en else f"{fr}/{en}"
        return f"{d.day:02d} {month} {d.year}"
    if style == "spaced":
        return d.strftime("%d %m %Y")
    if style == "dotted":
        return d.strftime("%d.%m.%Y")
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "en":
        return f"{d.day:02d} {_MONTHS_EN[d.month - 1]} {d.year}"
    raise ValueError(style)


def bsn_printed(bsn: str) -> str:
    """The BSN as Dutch documents print it: `9999.99.999`."""
    return f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"


# -- the document's content ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cell:
    key: str  # label key
    text: str  # as printed
    field: str | None = None
    value: object = None
    masked: bool = False  # a black bar instead of the text


@dataclass(slots=True)
class Content:
    """What one document shows, already formatted for a style."""

    card: IdCard
    dutch: bool  # issued by the Netherlands (carries the BSN)
    langs: tuple[str, ...]
    header: str
    title: str
    cells: dict[str, Cell]
    mrz: list[str]
    masked_mrz: tuple[int, int, int] | None  # line, start, end of the hidden BSN digits
    subtitle: str = ""


def content(card: IdCard, st: Style, rng: random.Random) -> Content:
    p, doc = card.person, card.document
    dutch = doc.kind != "passport" or p.nationality == "NLD"
    issuing = "NLD" if dutch else p.nationality
    country = None if dutch else COUNTRIES[p.nationality]
    upper = st.upper or not dutch
    surname = p.surname.upper() if upper else p.surname
    given = p.first_names.upper() if upper else p.first_names
    date_style = st.date_style if country is None else country.date_style
    if country is None:
        sex = "V/F" if p.sex == "F" else "M/M"
        nationality = NATIONALITY_NL[p.nationality]
    else:
        sex = country.female if p.sex == "F" else country.male
        nationality = country.nationality

    def dt(d: date) -> str:
        return print_date(d, date_style)

    bsn_text = bsn_printed(p.bsn) if doc.kind != "residence_permit" or st.variant == 0 else p.bsn
    authority = doc.authority if country is None else country.authority
    if doc.kind == "residence_permit":
        authority = rng.choice(["IND", "De Staatssecretaris van Justitie en Veiligheid"])
    cells = {
        "surname": Cell("surname", surname, "surname", " ".join(surname.split())),
        "given_names": Cell("given_names", given, "given_names", " ".join(given.split())),
        "date_of_birth": Cell(
            "date_of_birth", dt(p.date_of_birth), "date_of_birth", p.date_of_birth.isoformat()
        ),
        "sex": Cell("sex", sex, "sex", p.sex),
        "nationality": Cell("nationality", nationality, "nationality", p.nationality),
        "document_number": Cell(
            "document_number", doc.document_number, "document_number", doc.document_number
        ),
        "expiry_date": Cell(
            "expiry_date", dt(doc.expiry_date), "expiry_date", doc.expiry_date.isoformat()
        ),
        "issue_date": Cell("issue_date", dt(doc.issue_date)),
        "birthplace": Cell("birthplace", p.birthplace.upper() if upper else p.birthplace),
        "authority": Cell("authority", authority.upper() if upper else authority),
        "type": Cell("type", "P"),
        "code": Cell("code", mrz.state_code(issuing).rstrip("<")),
    }
    if dutch:
        cells["personal_number"] = Cell(
            "personal_number",
            bsn_text,
            None if card.masked else "personal_number",
            None if card.masked else p.bsn,
            masked=card.masked,
        )
    subtitle = ""
    if doc.kind == "residence_permit":
        if p.nationality in ("DEU", "POL"):
            permit = "Duurzaam verblijf burger van de Unie"
        elif p.nationality == "SYR" and rng.random() < 0.5:
            permit = "Verblijfsvergunning asiel bepaalde tijd"
        else:
            permit = "Verblijfsvergunning regulier bepaalde tijd"
        cells["permit_type"] = Cell("permit_type", permit)
        cells["remarks"] = Cell(
            "remarks",
            rng.choice(["Arbeid vrij toegestaan. TWV niet vereist.", "Arbeid is vrij toegestaan."]),
        )
        subtitle = permit
    kw: dict[str, Any] = dict(
        issuing_state=issuing,
        surname=p.surname,
        given_names=p.first_names,
        document_number=doc.document_number,
        nationality=p.nationality,
        date_of_birth=p.date_of_birth,
        sex=p.sex,
        expiry_date=doc.expiry_date,
        personal_number=p.bsn if dutch else "",
    )
    masked_mrz = None
    if doc.kind == "passport":
        lines = mrz.td3(**kw)
        if dutch and card.masked:
            line, start, _ = mrz.TD3_PERSONAL_NUMBER
            masked_mrz = (line, start, start + len(p.bsn))
    else:
        code = "I<" if doc.kind == "identity_card" else "IR"
        lines = mrz.td1(document_code=code, **kw)
        if card.masked:
            line, start, _ = mrz.TD1_PERSONAL_NUMBER
            masked_mrz = (line, start, start + len(p.bsn))
    if country is None:
        header = "KONINKRIJK DER NEDERLANDEN"
        if "en" in st.langs:
            header += " / KINGDOM OF THE NETHERLANDS"
        if "fr" in st.langs and doc.kind == "passport":
            header += " / ROYAUME DES PAYS-BAS"
        title = KIND_TITLE_NL[doc.kind]
        if doc.kind == "identity_card" and "fr" not in st.langs:
            title = "IDENTITEITSKAART / IDENTITY CARD"
        langs = st.langs
    else:
        header, title, langs = country.header, country.title, country.langs
    return Content(card, dutch, langs, header, title, cells, lines, masked_mrz, subtitle)


# -- drawing in a scaled frame --------------------------------------------------------------


@dataclass(slots=True)
class Frame:
    """Document coordinates (mm on the real document) mapped onto the page at scale `s`."""

    c: DocCanvas
    x: float
    y: float
    s: float

    def text(
        self,
        u: float,
        v: float,
        text: str,
        *,
        font: str,
        size: float,
        max_w: float | None = None,
        align: str = "left",
        color: tuple[float, float, float] = (0, 0, 0),
        field: str | None = None,
        value: object = None,
    ) -> Box:
        pt = size * self.s
        if max_w is not None:
            while pt > 2.5 * self.s and self.c.width(text, font, pt) > max_w * self.s:
                pt *= 0.94
        return self.c.text(
            self.x + u * self.s,
            self.y + v * self.s,
            text,
            font=font,
            size=pt,
            align=align,
            color=color,
            field=field,
            value=value,
        )

    def width(self, text: str, font: str, size: float) -> float:
        """Width in document mm."""
        return self.c.width(text, font, size * self.s) / self.s

    def rect(
        self,
        u: float,
        v: float,
        w: float,
        h: float,
        *,
        stroke: float = 0.0,
        fill: tuple[float, float, float] | None = None,
        color: tuple[float, float, float] = (0, 0, 0),
    ) -> None:
        self.c.rect(
            self.x + u * self.s,
            self.y + v * self.s,
            w * self.s,
            h * self.s,
            stroke=stroke,
            fill=fill,
            color=color,
        )

    def line(
        self,
        u0: float,
        v0: float,
        u1: float,
        v1: float,
        *,
        width: float = 0.3,
        color: tuple[float, float, float] = (0, 0, 0),
    ) -> None:
        s = self.s
        self.c.line(
            self.x + u0 * s,
            self.y + v0 * s,
            self.x + u1 * s,
            self.y + v1 * s,
            width=width,
            color=color,
        )

    def photo(
        self, u: float, v: float, w: float, h: float, rng: random.Random, masked: bool
    ) -> None:
        s = self.s
        if masked:
            self.rect(u, v, w, h, fill=(0, 0, 0))
        else:
            self.c.photo_placeholder(self.x + u * s, self.y + v * s, w * s, h * s, rng)

    def box(self, w: float, h: float) -> Box:
        return (self.x, self.y, self.x + w * self.s, self.y + h * self.s)


def _tint(st: Style, kind: str) -> tuple[float, float, float]:
    if st.grey:
        return (0.86, 0.86, 0.86)
    return {
        "passport": (0.97, 0.93, 0.94),
        "identity_card": (0.91, 0.94, 0.98),
        "residence_permit": (0.93, 0.96, 0.90),
    }[kind]


def _label(ct: Content, key: str, st: Style, number: int | None) -> str:
    names = LABELS[key]
    text = " / ".join(names[lang] for lang in ct.langs if lang in names)
    if not text:
        text = names["en"]
    if st.numbered and number is not None:
        text = f"{number}. {text}"
    return text


# relative cell widths in a row (others 1.0)
_WEIGHT = {"type": 0.45, "code": 0.55, "document_number": 1.3, "sex": 0.7, "nationality": 1.3}


def _grid(
    f: Frame,
    ct: Content,
    st: Style,
    rows: list[list[str]],
    u0: float,
    v0: float,
    width: float,
    row_h: float,
    *,
    numbers: dict[str, int] | None = None,
) -> float:
    """Label-above-value rows of cells; returns the baseline of the last value."""
    gap = st.label_size * 0.353 + 1.6  # label baseline -> value baseline, mm
    v = v0
    last = v0
    for row in rows:
        keys = [k for k in row if k in ct.cells]
        if not keys:
            continue
        total = sum(_WEIGHT.get(k, 1.0) for k in keys)
        starts = [
            u0 + width * sum(_WEIGHT.get(k, 1.0) for k in keys[:i]) / total
            for i in range(len(keys))
        ]
        for key, u in zip(keys, starts, strict=True):
            cell = ct.cells[key]
            cw = width * _WEIGHT.get(key, 1.0) / total
            label = _label(ct, cell.key, st, (numbers or {}).get(key))
            f.text(
                u, v, label, font=st.font, size=st.label_size, max_w=cw - 1.5, color=st.label_color
            )
            if cell.masked:
                w = f.width(cell.text, st.bold, st.value_size)
                f.rect(
                    u - 0.3,
                    v + gap - st.value_size * 0.3,
                    w + 0.6,
                    st.value_size * 0.42,
                    fill=(0, 0, 0),
                )
                continue
            f.text(
                u,
                v + gap,
                cell.text,
                font=st.bold,
                size=st.value_size,
                max_w=cw - 1.5,
                field=cell.field,
                value=cell.value,
            )
        last = v + gap
        v += row_h
    return last


def _guilloche(f: Frame, w: float, h: float, rng: random.Random, st: Style) -> None:
    if not st.guilloche:
        return
    shade = (0.8, 0.8, 0.8) if st.grey else (0.82, 0.86, 0.93)
    off = rng.uniform(0, 8)
    for i in range(7):
        x0 = off + i * w / 7
        f.line(x0, 0.6, min(w - 0.6, x0 + h * 0.6), h - 0.6, width=0.15, color=shade)


def _mrz(f: Frame, ct: Content, st: Style, baselines: list[float], face_w: float) -> Box:
    """Draw the MRZ lines (one text call each), black out hidden characters; returns the union."""
    font = st.mrz_font
    if ct.masked_mrz and font.startswith("Courier"):
        font = "FreeMono"  # a TrueType mono with a full-block glyph of the same width
    size = st.mrz_size
    while f.width(ct.mrz[0], font, size) > face_w - 3:
        size *= 0.96
    u0 = (face_w - f.width(ct.mrz[0], font, size)) / 2
    box: Box | None = None
    shown_lines = []
    for i, (line, v) in enumerate(zip(ct.mrz, baselines, strict=True)):
        shown = line
        if ct.masked_mrz and ct.masked_mrz[0] == i:
            _, a, b = ct.masked_mrz
            shown = line[:a] + MASK_CHAR * (b - a) + line[b:]
        shown_lines.append(shown)
        lb = f.text(u0, v, shown, font=font, size=size)
        box = union(box, lb)
        if ct.masked_mrz and ct.masked_mrz[0] == i:
            _, a, b = ct.masked_mrz
            ua = u0 + f.width(line[:a], font, size)
            ub = u0 + f.width(line[:b], font, size)
            f.rect(ua - 0.3, v - size * 0.33, ub - ua + 0.6, size * 0.42, fill=(0, 0, 0))
    assert box is not None
    f.c.mark("mrz_valid", True, box, " ".join(shown_lines))
    return box


# -- faces ----------------------------------------------------------------------------------


def passport_page(f: Frame, ct: Content, st: Style, rng: random.Random) -> None:
    """The data page of a passport (125 x 88 mm)."""
    w, h = PASSPORT_W, PASSPORT_H
    f.rect(0, 0, w, h, stroke=0.4, fill=_tint(st, "passport"), color=(0.5, 0.5, 0.5))
    _guilloche(f, w, h, rng, st)
    f.text(4, 5.5, ct.header, font=st.bold, size=5.2, max_w=w - 8, color=(0.2, 0.2, 0.3))
    f.text(
        4, 10.5, ct.title, font=st.bold, size=7.6, max_w=w - 40, field="id_kind", value="passport"
    )
    photo_left = st.variant == 0
    pu = 4 if photo_left else w - 34
    f.photo(pu, 14, 30, 39, rng, ct.card.masked)
    u0 = 38 if photo_left else 4
    if st.variant == 0:
        rows = [
            ["type", "code", "document_number"],
            ["surname"],
            ["given_names"],
            ["nationality"],
            ["date_of_birth", "sex"],
            ["birthplace", "personal_number"],
            ["issue_date", "expiry_date"],
            ["authority"],
        ]
        numbers = {
            "surname": 1,
            "given_names": 2,
            "nationality": 3,
            "date_of_birth": 4,
            "sex": 5,
            "birthplace": 6,
            "issue_date": 7,
            "expiry_date": 8,
            "authority": 9,
        }
    else:
        f.text(w - 4, 10.5, f"P  {ct.cells['code'].text}", font=st.bold, size=6.5, align="right")
        rows = [
            ["document_number"],
            ["surname"],
            ["given_names"],
            ["date_of_birth", "birthplace"],
            ["sex", "nationality"],
            ["issue_date", "expiry_date"],
            ["authority", "personal_number"],
        ]
        numbers = {
            "surname": 1,
            "given_names": 2,
            "date_of_birth": 3,
            "birthplace": 4,
            "sex": 5,
            "nationality": 6,
            "issue_date": 7,
            "expiry_date": 8,
            "authority": 9,
        }
    _grid(f, ct, st, rows, u0, 15.5, 83, 6.5, numbers=numbers)
    f.rect(0, 70, w, 0.3, fill=(0.7, 0.7, 0.7))
    _mrz(f, ct, st, [77.6, 84.4], w)


def card_front(f: Frame, ct: Content, st: Style, rng: random.Random) -> None:
    """The front of a TD1 card (85.6 x 54 mm): identity card or residence permit."""
    w, h = CARD_W, CARD_H
    kind = ct.card.document.kind
    f.rect(0, 0, w, h, stroke=0.4, fill=_tint(st, kind), color=(0.5, 0.5, 0.5))
    _guilloche(f, w, h, rng, st)
    f.text(3, 3.8, ct.header, font=st.bold, size=3.8, max_w=w - 6, color=(0.2, 0.2, 0.3))
    f.text(3, 8, ct.title, font=st.bold, size=6.2, max_w=w - 6, field="id_kind", value=kind)
    top = 11.5
    if ct.subtitle:
        f.text(3, 11.2, ct.subtitle, font=st.font, size=4.6, max_w=w - 6)
        top = 14
    photo_left = st.variant == 0
    f.photo(3 if photo_left else w - 25, top, 22, 28, rng, ct.card.masked)
    u0 = 28 if photo_left else 3
    if kind == "residence_permit":
        rows = [
            ["surname"],
            ["given_names"],
            ["sex", "nationality"],
            ["date_of_birth", "document_number"],
            ["expiry_date"],
        ]
    else:
        rows = [
            ["surname"],
            ["given_names"],
            ["sex", "nationality"],
            ["date_of_birth", "birthplace"],
            ["document_number", "expiry_date"],
        ]
    numbers = {
        k: i + 1
        for i, k in enumerate(
            [
                "surname",
                "given_names",
                "sex",
                "nationality",
                "date_of_birth",
                "birthplace",
                "document_number",
                "expiry_date",
            ]
        )
    }
    row_h = 6.0 if ct.subtitle else 6.3
    last = _grid(f, ct, st, rows, u0, top + 1.4, 55, row_h, numbers=numbers)
    sig_v = last + 3.2
    su = 28 if photo_left else 3
    f.text(
        su,
        sig_v,
        _label(ct, "signature", st, None),
        font=st.font,
        size=3.6,
        max_w=24,
        color=st.label_color,
    )
    if sig_v + 7.5 < h:
        s = f.s
        f.c.scribble(
            f.x + (su + 25) * s, f.y + (sig_v - 2.5) * s, 26 * s, min(7.0, h - sig_v) * s, rng
        )


def card_back(f: Frame, ct: Content, st: Style, rng: random.Random) -> None:
    """The back of a TD1 card with the BSN, the issue data and the three-line MRZ."""
    w, h = CARD_W, CARD_H
    kind = ct.card.document.kind
    f.rect(0, 0, w, h, stroke=0.4, fill=_tint(st, kind), color=(0.5, 0.5, 0.5))
    _guilloche(f, w, h, rng, st)
    if kind == "residence_permit":
        rows = [["personal_number", "issue_date"], ["authority"], ["permit_type"], ["remarks"]]
    else:
        rows = [["personal_number"], ["issue_date"], ["authority"]]
    numbers = {"personal_number": 9, "issue_date": 10, "authority": 11}
    _grid(f, ct, st, rows, 4, 5.5, 78, 6.4, numbers=numbers)
    f.rect(0, 35.5, w, 0.3, fill=(0.7, 0.7, 0.7))
    _mrz(f, ct, st, [41.4, 46.8, 52.2], w)


# -- placing the document on the page --------------------------------------------------------


def _document(
    c: DocCanvas,
    card: IdCard,
    st: Style,
    rng: random.Random,
    *,
    s_card: float,
    s_pass: float,
    front: tuple[float, float] | None = None,
    back: tuple[float, float] | None = None,
    page: tuple[float, float] | None = None,
    captions: tuple[str, str, str] | None = None,
) -> float:
    """Draw the document; positions are top-left corners in page mm (None = centred).

    Returns the lowest y on the page that the document reaches."""
    ct = content(card, st, rng)
    cap_font, cap_size = st.font, 9.0
    if card.document.kind == "passport":
        w, h = PASSPORT_W * s_pass, PASSPORT_H * s_pass
        x, y = page or ((210 - w) / 2, 25)
        if captions:
            c.text(x, y - 3, captions[2], font=cap_font, size=cap_size)
        passport_page(Frame(c, x, y, s_pass), ct, st, rng)
        return y + h
    w, h = CARD_W * s_card, CARD_H * s_card
    fx, fy = front or ((210 - w) / 2, 25)
    bx, by = back or ((210 - w) / 2, fy + h + 12)
    if captions:
        c.text(fx, fy - 3, captions[0], font=cap_font, size=cap_size)
        c.text(bx, by - 3, captions[1], font=cap_font, size=cap_size)
    card_front(Frame(c, fx, fy, s_card), ct, st, rng)
    card_back(Frame(c, bx, by, s_card), ct, st, rng)
    return max(fy, by) + h


def _kopie(
    c: DocCanvas,
    card: IdCard,
    rng: random.Random,
    x: float,
    y: float,
    *,
    size: float = 8.0,
    font: str = "Helvetica",
) -> None:
    """The marks of a KopieID copy: watermark and the 'Kopie voor' line."""
    if not card.masked:
        return
    c.watermark("KOPIE", color=(0.8, 0.8, 0.8))
    city = rng.choice(CITIES)[0]
    day = max(
        date(2026, 1, 5) + timedelta(days=rng.randint(0, 300)),
        card.document.issue_date + timedelta(days=1),
    )
    c.text(
        x,
        y,
        f"Kopie voor: Gemeente {city}, {date_nl(day, 'dash')}",
        font=font,
        size=size,
        color=(0.25, 0.25, 0.25),
    )


# -- the layouts ----------------------------------------------------------------------------


@layout("id_document", "copier_realsize")
def copier_realsize(c: DocCanvas, card: IdCard, rng: random.Random) -> None:
    """A plain photocopy at real size: card front and back side by side in the top-left corner
    (passport page alone); trilingual labels, dates `12 MAA/MAR 1974`, Courier MRZ."""
    st = Style(mrz_font=rng.choice(["Courier", "FreeMono"]), date_style="maa_mar")
    x0, y0 = rng.uniform(10, 16), rng.uniform(12, 20)
    bottom = _document(
        c,
        card,
        st,
        rng,
        s_card=1.0,
        s_pass=1.0,
        front=(x0, y0),
        back=(x0 + CARD_W + rng.uniform(5, 12), y0 + rng.uniform(-2, 2)),
        page=(x0 + rng.uniform(0, 20), y0),
    )
    _kopie(c, card, rng, x0, bottom + 8)


@layout("id_document", "enlarged_stacked")
def enlarged_stacked(c: DocCanvas, card: IdCard, rng: random.Random) -> None:
    """Enlarged copy, front above back, centred; NL/EN labels, upper-case names, photo on the
    right, dates `12 03 1974`, DejaVu fonts and a DejaVu Sans Mono MRZ."""
    st = Style(
        font="DejaVuSans",
        bold="DejaVuSans-Bold",
        mrz_font="DejaVuSansMono",
        mrz_size=11.5,
        label_size=4.2,
        value_size=6.8,
        date_style="spaced",
        upper=True,
        langs=("nl", "en"),
        variant=1,
    )
    s_card = rng.uniform(1.55, 1.75)
    bottom = _document(c, card, st, rng, s_card=s_card, s_pass=rng.uniform(1.3, 1.4))
    _kopie(c, card, rng, 20, bottom + 8, font="DejaVuSans")


@layout("id_document", "scanapp_shadow")
def scanapp_shadow(c: DocCanvas, card: IdCard, rng: random.Random) -> None:
    """A phone scanning app's PDF: the document with a drop shadow at 1.3x, numbered trilingual
    labels, FreeSans, a Liberation Mono MRZ and the app's footer."""
    st = Style(
        font="FreeSans",
        bold="FreeSans-Bold",
        mrz_font="LiberationMono",
        mrz_size=12,
        label_size=4.4,
        value_size=7.0,
        date_style=rng.choice(["maa_mar", "dotted"]),
        upper=rng.random() < 0.5,
        numbered=True,
        guilloche=False,
        label_color=(0.15, 0.2, 0.45),
    )
    s = 1.3
    x, y = 22.0, 22.0
    if card.document.kind == "passport":
        c.rect(x + 2.5, y + 2.5, PASSPORT_W * s, PASSPORT_H * s, stroke=0, fill=(0.75, 0.75, 0.75))
        bottom = _document(c, card, st, rng, s_card=s, s_pass=s, page=(x, y))
    else:
        by = y + CARD_H * s + 14
        for yy in (y, by):
            c.rect(x + 2.5, yy + 2.5, CARD_W * s, CARD_H * s, stroke=0, fill=(0.75, 0.75, 0.75))
        bottom = _document(c, card, st, rng, s_card=s, s_pass=s, front=(x, y), back=(x, by))
    _kopie(c, card, rng, x, bottom + 10, font="FreeSans")
    stamp = date(2026, 1, 5) + timedelta(days=rng.randint(0, 300))
    c.text(
        105,
        287,
        f"Gescand met PocketScan · {date_nl(stamp, 'dash')} · pagina 1 van 1",
        font="FreeSans",
        size=7,
        align="center",
        color=(0.45, 0.45, 0.45),
    )


@layout("id_document", "bijlage_captions")
def bijlage_captions(c: DocCanvas, card: IdCard, rng: random.Random) -> None:
    """An attachment sheet of the application: a header, captions 'Voorzijde'/'Achterzijde'
    above the enlarged faces, dates `12.03.1974`, photo right, condensed font."""
    st = Style(
        font="DejaVuSansCondensed",
        bold="DejaVuSans-Bold",
        mrz_font="Courier",
        mrz_size=11.5,
        label_size=4.5,
        value_size=6.9,
        date_style="dotted",
        variant=1,
        guilloche=rng.random() < 0.5,
    )
    c.text(
        20,
        20,
        "Bijlage bij de aanvraag algemene bijstand (Participatiewet)",
        font="DejaVuSans-Bold",
        size=11,
    )
    c.text(
        20,
        26.5,
        "Kopie van een geldig identiteitsbewijs"
        + ("" if card.document.kind == "passport" else " (voor- en achterzijde)"),
        font="DejaVuSansCondensed",
        size=9,
    )
    c.line(20, 29.5, 190, 29.5, width=0.6)
    if card.document.kind == "passport":
        s = rng.uniform(1.25, 1.4)
        bottom = _document(
            c,
            card,
            st,
            rng,
            s_card=s,
            s_pass=s,
            page=((210 - PASSPORT_W * s) / 2, 42),
            captions=("", "", "Paspoort – pagina met persoonsgegevens"),
        )
    else:
        s = 1.5
        x = (210 - CARD_W * s) / 2
        bottom = _document(
            c,
            card,
            st,
            rng,
            s_card=s,
            s_pass=s,
            front=(x, 42),
            back=(x, 42 + CARD_H * s + 14),
            captions=("Voorzijde", "Achterzijde", ""),
        )
    _kopie(c, card, rng, 20, bottom + 9, font="DejaVuSansCondensed")
    c.text(
        20,
        282,
        "Bewaar deze kopie niet langer dan nodig (AVG).",
        font="DejaVuSansCondensed",
        size=7,
        color=(0.4, 0.4, 0.4),
    )


@layout("id_document", "toner_grey", holdout=True)
def toner_grey(c: DocCanvas, card: IdCard, rng: random.Random) -> None:
    """A dark black-and-white photocopy at real size: grey page, faces one below the other with
    a gap, serif fonts, upper-case names, dates `12 MAR 1974`, bold Courier MRZ."""
    c.rect(0, 0, 210, 297, stroke=0, fill=(0.93, 0.93, 0.93))
    st = Style(
        font="LiberationSerif",
        bold="LiberationSerif-Bold",
        mrz_font="Courier-Bold",
        label_size=4.8,
        value_size=7.4,
        date_style="en",
        upper=True,
        langs=("nl", "en"),
        variant=1,
        grey=True,
        label_color=(0.1, 0.1, 0.1),
    )
    x = rng.uniform(18, 30)
    y = rng.uniform(25, 40)
    bottom = _document(
        c,
        card,
        st,
        rng,
        s_card=1.0,
        s_pass=1.0,
        front=(x, y),
        back=(x + rng.uniform(-4, 25), y + CARD_H + rng.uniform(18, 40)),
        page=(x, y),
    )
    _kopie(c, card, rng, x, bottom + 8, font="LiberationSerif")


@layout("id_document", "desk_certified", holdout=True)
def desk_certified(c: DocCanvas, card: IdCard, rng: random.Random) -> None:
    """A copy made at the municipal desk: enlarged twice (passport 1.44x), numbered trilingual
    labels, serif fonts, dates `12 03 1974`, and a stamp 'origineel gezien' with an initial."""
    st = Style(
        font="DejaVuSerif",
        bold="DejaVuSerif-Bold",
        mrz_font="LiberationMono",
        mrz_size=11,
        label_size=4.2,
        value_size=6.6,
        date_style="spaced",
        numbered=True,
        label_color=(0.3, 0.2, 0.2),
    )
    if card.document.kind == "passport":
        bottom = _document(c, card, st, rng, s_card=1.44, s_pass=1.44, page=(15, 16))
    else:
        x = (210 - CARD_W * 2) / 2
        bottom = _document(
            c, card, st, rng, s_card=2.0, s_pass=2.0, front=(x, 14), back=(x, 14 + CARD_H * 2 + 6)
        )
    _kopie(c, card, rng, 20, bottom + 6, size=7.5, font="DejaVuSerif")
    y = max(bottom + 14, 250.0)
    c.rect(120, y - 5, 72, 26, stroke=1.0, color=(0.1, 0.2, 0.6))
    c.text(124, y + 1, "ORIGINEEL GEZIEN", font="DejaVuSerif-Bold", size=9, color=(0.1, 0.2, 0.6))
    seen = date(2026, 1, 5) + timedelta(days=rng.randint(0, 300))
    c.text(
        124,
        y + 7,
        f"Datum: {date_nl(seen, 'dash')}",
        font="DejaVuSerif",
        size=8,
        color=(0.1, 0.2, 0.6),
    )
    c.text(
        124, y + 13, "Afdeling Werk en Inkomen", font="DejaVuSerif", size=8, color=(0.1, 0.2, 0.6)
    )
    c.text(124, y + 18.5, "Paraaf:", font="DejaVuSerif", size=8, color=(0.1, 0.2, 0.6))
    c.scribble(145, y + 13, 40, 7, rng)
