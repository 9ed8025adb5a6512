"""Label search and value geometry on hand-made lines."""

from __future__ import annotations

from extraction.layout_query import DocView
from ocr.types import Layout, Page, Source, Word


def _view(tokens: list[tuple[str, float]]) -> DocView:
    words, x = [], 0.1
    for text, conf in tokens:
        words.append(Word(text, (x, 0.1, x + 0.012 * len(text), 0.112), conf, 0))
        x += 0.012 * len(text) + 0.01
    page = Page(1, 595, 842, 0, True, tuple(words))
    return DocView(Layout(Source("x.png", "0", "image/png", 1), (page,)))


def _value(tokens: list[tuple[str, float]]) -> str | None:
    view = _view(tokens)
    label = view.find_labels(["naam"])[0]
    span = view.right_of(label)
    return None if span is None else span.text


def test_junk_read_from_dotted_leaders_is_skipped_before_a_value() -> None:
    assert (
        _value([("Naam", 0.9), ("„see", 0.0), ("eet", 0.4), ("BOUZID,", 0.9), ("S.", 0.9)])
        == "BOUZID, S."
    )


def test_poorly_read_parts_of_real_values_are_kept() -> None:
    # a name prefix, an upper-case initial and digits are never dropped, however poorly read
    assert _value([("Naam", 0.9), ("van", 0.3), ("Dijk", 0.9)]) == "van Dijk"
    assert _value([("Naam", 0.9), ("J.", 0.2), ("Jansen", 0.9)]) == "J. Jansen"
    assert _value([("Naam", 0.9), ("1", 0.1), ("234,56", 0.9)]) == "1 234,56"
    assert _value([("Naam", 0.9), ("eet", 0.1)]) == "eet"  # never an empty value


def test_multi_word_labels_match_word_by_word() -> None:
    view = _view([("Tussenvoegsel", 1.0), ("ter", 1.0)])
    assert view.find_labels(["tussenvoegsel partner"]) == []
    assert len(view.find_labels(["tussenvoegsel"])) == 1


def test_short_labels_and_labels_after_a_colon() -> None:
    from tests.helpers import rows_layout

    view = DocView(rows_layout([
        [(0.07, "Tabel LH: Wit")],
        [(0.07, "LH: 150,00")],
        [(0.07, "Functie: Medewerker kwekerij")],
        [(0.07, "Medewerker: J. Jansen")],
    ]))  # fmt: skip
    assert [(s.line.index, s.text) for s in view.find_labels(["lh"])] == [(1, "LH:")]
    assert [(s.line.index, s.text) for s in view.find_labels(["medewerker"])] == [
        (3, "Medewerker:")
    ]


def test_a_value_below_a_row_of_labels_ends_at_the_next_label() -> None:
    from tests.helpers import rows_layout

    view = DocView(rows_layout([
        [(0.07, "Werkgever"), (0.32, "Werknemer")],
        [(0.07, "Gemeentelijke Schoonmaakdienst"), (0.32, "Jeroen de Vries")],
    ]))  # fmt: skip
    employer = view.find_labels(["werkgever"])[0]
    assert view.below(employer).text == "Gemeentelijke Schoonmaakdienst Jeroen de Vries"
    assert view.below(employer, clip=True).text == "Gemeentelijke Schoonmaakdienst"
    employee = view.find_labels(["werknemer"])[0]
    assert view.below(employee, clip=True).text == "Jeroen de Vries"


def test_a_fuzzy_match_that_is_another_label_printed_right_is_not_taken() -> None:
    # 'werknemer' is 89 % like 'werkgever', but it is a label of its own, not an OCR error
    view = _view([("Gegevens", 1.0), ("werknemer", 1.0)])
    assert view.find_labels(["gegevens werkgever"]) == []
    assert view.find_labels(["gegevens werknemer"])[0].score == 1.0
    # an OCR error of the label is still found
    assert _view([("Gegevens", 0.7), ("werkgevcr", 0.7)]).find_labels(["gegevens werkgever"])


def test_label_hits_per_synonym_match_one_synonym_at_a_time() -> None:
    from tests.helpers import rows_layout

    view = DocView(rows_layout([
        [(0.07, "Naam werknemer: J. Jansen")],
        [(0.07, "Naarn werkgever: Bakkerij Bos"), (0.6, "BSN 123456782")],
        [(0.07, "Geboortedatum 01-02-1990"), (0.6, "Naam: P. de Vries")],
    ]))  # fmt: skip
    synonyms = ["naam werknemer", "naam", "bsn", "geboortedatum", "werkgever", "loonheffing"]
    together = view.label_hits(synonyms)
    assert len(together) == len(synonyms)
    for syn, hits in zip(synonyms, together, strict=True):
        alone = view.find_labels([syn])
        key = [(h.line.index, h.start, h.end, h.score) for h in alone]
        assert sorted(key) == sorted((h.line.index, h.start, h.end, h.score) for h in hits), syn
    assert together[-1] == []  # nowhere printed
    assert [h.text for h in view.find_labels(["naam werknemer"])] == ["Naam werknemer:"]
