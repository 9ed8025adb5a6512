"""ID documents: ICAO 9303 MRZ construction and the id_document layouts' truth."""

from __future__ import annotations

import random
import re
from datetime import date

import pytest

from synth import mrz
from synth.canvas import DocCanvas, RenderedDocument
from synth.generate import plan, render_spec
from synth.layouts import layouts_for
from synth.layouts.base import Layout
from synth.layouts.id_document import MASK_CHAR, bsn_printed, print_date
from synth.people import IdCard, IdDocument, Person

# -- the MRZ ------------------------------------------------------------------------------------


def test_check_digit_examples() -> None:
    assert mrz.check_digit("L898902C3") == "6"
    assert mrz.check_digit("740812") == "2"
    assert mrz.check_digit("120415") == "9"
    assert mrz.check_digit("ZE184226B<<<<<") == "1"
    assert mrz.check_digit("D23145890") == "7"
    assert mrz.check_digit("<<<<<<") == "0"
    with pytest.raises(ValueError):
        mrz.check_digit("abc")


def test_icao_td3_specimen() -> None:
    lines = mrz.td3(
        issuing_state="UTO",
        surname="Eriksson",
        given_names="Anna Maria",
        document_number="L898902C3",
        nationality="UTO",
        date_of_birth=date(1974, 8, 12),
        sex="F",
        expiry_date=date(2012, 4, 15),
        personal_number="ZE184226B",
    )
    assert lines == [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ]


def test_icao_td1_specimen() -> None:
    lines = mrz.td1(
        issuing_state="UTO",
        surname="Eriksson",
        given_names="Anna Maria",
        document_number="D23145890",
        nationality="UTO",
        date_of_birth=date(1974, 8, 12),
        sex="F",
        expiry_date=date(2012, 4, 15),
    )
    assert lines == [
        "I<UTOD231458907<<<<<<<<<<<<<<<",
        "7408122F1204159UTO<<<<<<<<<<<6",
        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
    ]


def test_dutch_specimens_bsn_placement() -> None:
    """The Dutch specimen documents (Willeke Liselotte de Bruijn, BSN 999999990)."""
    common = dict(
        issuing_state="NLD",
        surname="de Bruijn",
        given_names="Willeke Liselotte",
        nationality="NLD",
        date_of_birth=date(1965, 3, 10),
        sex="F",
        personal_number="999999990",
    )
    passport = mrz.td3(document_number="SPECI2014", expiry_date=date(2024, 1, 15), **common)  # type: ignore[arg-type]
    assert passport == [
        "P<NLDDE<BRUIJN<<WILLEKE<LISELOTTE<<<<<<<<<<<",
        "SPECI20142NLD6503101F2401151999999990<<<<<82",
    ]
    card = mrz.td1(document_number="SPECI2021", expiry_date=date(2031, 8, 2), **common)  # type: ignore[arg-type]
    assert card == [
        "I<NLDSPECI20212999999990<<<<<8",
        "6503101F3108022NLD<<<<<<<<<<<8",
        "DE<BRUIJN<<WILLEKE<LISELOTTE<<",
    ]


def test_transliteration_and_names() -> None:
    assert mrz.transliterate("van 't Hof") == "VAN<T<HOF"
    assert mrz.transliterate("Öztürk") == "OEZTUERK"
    assert mrz.transliterate("Müller-Lüdenscheidt") == "MUELLER<LUEDENSCHEIDT"
    assert mrz.transliterate("Çelik") == "CELIK"
    assert mrz.transliterate("Renée Straße") == "RENEE<STRASSE"
    assert mrz.transliterate("El Amrani") == "EL<AMRANI"
    assert mrz.name_field("van der Berg", "Jan Pieter", 30) == "VAN<DER<BERG<<JAN<PIETER<<<<<<"
    long = mrz.name_field("van den Heuvel", "Johannes Cornelis Hendrik", 30)
    assert len(long) == 30 and long.startswith("VAN<DEN<HEUVEL<<JOHANNES<CORN")
    assert long[-1].isalpha()  # a truncated name field ends in a letter
    assert mrz.state_code("DEU") == "D<<" and mrz.state_code("NLD") == "NLD"


def test_german_mrz_uses_d() -> None:
    lines = mrz.td3(
        issuing_state="DEU",
        surname="Müller",
        given_names="Anna",
        document_number="C01X00T47",
        nationality="DEU",
        date_of_birth=date(1983, 8, 12),
        sex="F",
        expiry_date=date(2031, 10, 31),
    )
    assert lines[0].startswith("P<D<<MUELLER<<ANNA<")
    assert lines[1][10:13] == "D<<"
    assert lines[1][42] == "<"  # no personal number: filler check digit


# -- the layouts --------------------------------------------------------------------------------


def _person(
    nat: str, sex: str = "F", prefix: str = "van der", core: str = "Berg", first: str = "Anna Maria"
) -> Person:
    return Person(first, prefix, core, sex, date(1974, 3, 12), "111222333", nat, "Utrecht")


def _doc(kind: str, number: str = "NX4RT21K7") -> IdDocument:
    return IdDocument(kind, number, date(2021, 6, 2), date(2031, 6, 1), "Burgemeester van Zwolle")


CARDS = [
    _person("NLD", "F"),
    _person("NLD", "M", "", "Öztürk", "Mustafa"),
    _person("NLD", "M", "van den", "Heuvel", "Johannes Cornelis Hendrik"),
]
DOCS: list[tuple[Person, str]] = [
    (CARDS[0], "passport"),
    (CARDS[1], "identity_card"),
    (CARDS[2], "identity_card"),
    (CARDS[2], "passport"),
    (_person("TUR", "F", "", "Çelik", "Zeynep"), "residence_permit"),
    (_person("SYR", "M", "", "El Amrani", "Ahmed"), "residence_permit"),
    (_person("DEU", "F", "", "Müller", "Renée"), "passport"),
    (_person("POL", "M", "", "Kaya", "Stefan"), "residence_permit"),
    (_person("MAR", "F", "", "Bouzid", "Naima"), "passport"),
    (_person("TUR", "M", "", "Yilmaz", "Yusuf"), "passport"),
]
ID_LAYOUTS = layouts_for("id_document")
MRZ_LINE = re.compile(rf"^[A-Z0-9<{MASK_CHAR}]+$")


def _render(lay: Layout, card: IdCard, seed: int = 7) -> RenderedDocument:
    c = DocCanvas()
    lay.render(c, card, random.Random(seed))
    return c.finish()


def _lines(doc: RenderedDocument) -> list[str]:
    return [" ".join(w.text for w in line.words) for page in doc.pages for line in page.lines]


def _ok(s: str, digit: str) -> bool | None:
    """Whether `digit` checks `s`; None when a masked character hides part of it."""
    if MASK_CHAR in s or MASK_CHAR in digit:
        return None
    return mrz.check_digit(s) == digit


def _verify_mrz(lines: list[str]) -> dict[str, bool | None]:
    if len(lines) == 2:
        a, b = lines
        assert len(a) == len(b) == 44 and a[0] == "P"
        return {
            "number": _ok(b[0:9], b[9]),
            "birth": _ok(b[13:19], b[19]),
            "expiry": _ok(b[21:27], b[27]),
            "personal": None if b[28:43] == "<" * 15 else _ok(b[28:42], b[42]),
            "composite": _ok(b[0:10] + b[13:20] + b[21:43], b[43]),
        }
    a, b, c = lines
    assert len(a) == len(b) == len(c) == 30 and a[0] == "I"
    out = {
        "number": _ok(a[5:14], a[14]),
        "birth": _ok(b[0:6], b[6]),
        "expiry": _ok(b[8:14], b[14]),
        "composite": _ok(a[5:30] + b[0:7] + b[8:15] + b[18:29], b[29]),
    }
    if a[15:29].strip("<"):
        out["personal"] = _ok(a[15:29], a[29])
    return out


def test_six_layouts_last_two_holdout() -> None:
    assert len(ID_LAYOUTS) == 6
    assert [lay.holdout for lay in ID_LAYOUTS] == [False] * 4 + [True] * 2
    assert len({lay.name for lay in ID_LAYOUTS}) == 6


@pytest.mark.parametrize("lay", ID_LAYOUTS, ids=lambda lay: lay.name)
@pytest.mark.parametrize("masked", [False, True])
def test_layout_truth(lay: Layout, masked: bool) -> None:
    for person, kind in DOCS:
        card = IdCard(person, _doc(kind), "applicant", masked)
        doc = _render(lay, card)
        f = {name: m.value for name, m in doc.fields.items()}
        text = _lines(doc)
        dutch = kind != "passport" or person.nationality == "NLD"

        # the MRZ, recovered from the truth text
        zone = [t for t in text if MRZ_LINE.match(t) and len(t) in (30, 44)]
        assert len(zone) == (2 if kind == "passport" else 3), (lay.name, zone)
        checks = _verify_mrz(zone)
        assert all(v is not False for v in checks.values()), (lay.name, zone, checks)
        hidden = masked and dutch
        assert (MASK_CHAR in "".join(zone)) == hidden
        assert sum(ch == MASK_CHAR for ch in "".join(zone)) == (9 if hidden else 0)
        # everything not masked verifies
        assert checks["number"] and checks["birth"] and checks["expiry"]
        if not hidden:
            assert checks["composite"]
        if dutch and not masked:
            assert checks["personal"] and "111222333" in "".join(zone)
        assert f["mrz_valid"] is True
        mrz_mark = doc.fields["mrz_valid"]
        assert mrz_mark.box is not None and mrz_mark.text == " ".join(zone)
        expected_code = {"passport": "P<", "identity_card": "I<", "residence_permit": "IR"}[kind]
        assert zone[0].startswith(
            expected_code + mrz.state_code("NLD" if dutch else person.nationality)
        )

        # visual zone truth equals the data
        assert f["id_kind"] == kind
        assert f["surname"] in (person.surname, person.surname.upper())
        assert f["given_names"] in (person.first_names, person.first_names.upper())
        assert f["date_of_birth"] == "1974-03-12"
        assert f["sex"] == person.sex
        assert f["nationality"] == person.nationality
        assert f["document_number"] == "NX4RT21K7"
        assert f["expiry_date"] == "2031-06-01"
        for name in ("surname", "given_names", "document_number"):
            assert doc.fields[name].text == f[name]  # the value is exactly what is printed
        assert doc.fields["date_of_birth"].text in {
            print_date(date(1974, 3, 12), s)
            for s in ("maa_mar", "fr_en", "spaced", "dotted", "slash", "en")
        }
        for name, mark in doc.fields.items():
            assert mark.page == 1 and mark.box is not None, name
            x0, y0, x1, y1 = mark.box
            assert 0 <= x0 < x1 <= 210 and 0 <= y0 < y1 <= 297, (name, mark.box)

        # the BSN: marked iff printed and not masked; a masked copy shows it nowhere
        assert ("personal_number" in doc.fields) == (dutch and not masked)
        if "personal_number" in doc.fields:
            assert f["personal_number"] == "111222333"
            assert doc.fields["personal_number"].text in (bsn_printed("111222333"), "111222333")
        joined = " ".join(text)
        if masked:
            assert "111222333" not in joined and bsn_printed("111222333") not in joined
            assert any(t.startswith("Kopie voor: Gemeente ") for t in text)
        else:
            assert not any(t.startswith("Kopie voor") for t in text)


@pytest.mark.parametrize("lay", ID_LAYOUTS, ids=lambda lay: lay.name)
def test_layout_fits_page_and_no_overlapping_words(lay: Layout) -> None:
    for (person, kind), masked in zip(DOCS, [False, True] * 5, strict=True):
        doc = _render(lay, IdCard(person, _doc(kind), "partner", masked), seed=3)
        assert len(doc.pages) == 1
        boxes = [w.box for line in doc.pages[0].lines for w in line.words]
        for x0, y0, x1, y1 in boxes:
            assert x0 >= 5 and x1 <= 205 and y0 >= 5 and y1 <= 292, (
                lay.name,
                kind,
                (x0, y0, x1, y1),
            )
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                ix = min(a[2], b[2]) - max(a[0], b[0])
                iy = min(a[3], b[3]) - max(a[1], b[1])
                if ix > 0 and iy > 0:
                    small = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
                    assert ix * iy < 0.15 * small, (lay.name, kind, a, b)


def test_generated_documents_and_determinism() -> None:
    specs = plan(11, 18, types=["id_document"], difficulties=["clean"])
    assert {s.layout.name for s in specs} == {lay.name for lay in ID_LAYOUTS}
    for spec in specs:
        doc, truth = render_spec(spec)
        again, truth2 = render_spec(spec)
        assert doc.pdf == again.pdf and truth == truth2
        fields = truth["fields"]
        zone = [
            line["text"]
            for page in truth["pages"]
            for line in page["lines"]
            if MRZ_LINE.match(line["text"]) and len(line["text"]) in (30, 44)
        ]
        assert len(zone) in (2, 3)
        assert all(v is not False for v in _verify_mrz(zone).values())
        assert fields["mrz_valid"]["value"] is True
        assert fields["id_kind"]["value"] in ("passport", "identity_card", "residence_permit")
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", fields["expiry_date"]["value"])
        if truth["masked_copy"]:
            assert fields["personal_number"]["value"] is None
        if fields["personal_number"]["value"] is not None:
            assert not truth["masked_copy"]
            assert fields["personal_number"]["value"] in "".join(zone)
