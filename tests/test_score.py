"""Confidence and status of a field from its candidate's signals."""

from __future__ import annotations

from extraction.base import Candidate
from extraction.pipeline import signals
from extraction.result import ACCEPTED, MISSING, REVIEW
from extraction.score import Signals, field_result, raw_score
from ocr.types import Layout, Page, Source, Word


def _cand(**kw: object) -> Candidate:
    base = {"value": "1234.56", "text": "1.234,56", "page": 1, "bbox": (0.1, 0.1, 0.2, 0.11),
            "label_score": 1.0, "ocr_conf": 0.95, "valid": None, "agreement": 0.5}  # fmt: skip
    return Candidate(**(base | kw))  # type: ignore[arg-type]


def test_every_signal_moves_the_score_the_right_way() -> None:
    s = Signals(False, 0.9)
    z = raw_score(_cand(), s)
    assert raw_score(_cand(label_score=0.5), s) < z
    assert raw_score(_cand(ocr_conf=0.6), s) < z
    assert raw_score(_cand(valid=False), s) < z < raw_score(_cand(valid=True), s)
    assert raw_score(_cand(agreement=0.0), s) < z < raw_score(_cand(agreement=1.0), s)
    assert raw_score(_cand(), Signals(True, 1.0)) > z
    assert raw_score(_cand(), Signals(False, 0.9, coverage=0.25)) < z


def test_coverage_is_the_share_of_required_fields_read() -> None:
    page = Page(1, 595, 842, 0, True, (Word("x", (0, 0, 0.1, 0.1), 0.9),))
    lay = Layout(Source("x.png", "0", "image/png", 1), (page,))
    found = {"gross_pay": _cand(), "net_pay": _cand(value=None), "employer_name": _cand()}
    s = signals(lay, None, "payslip", found)  # 2 of the 6 required payslip fields read
    assert abs(s.coverage - 2 / 6) < 1e-9 and not s.text_layer and abs(s.page_quality - 0.9) < 1e-9
    assert signals(lay).coverage == 1.0


def test_statuses() -> None:
    s = Signals(True, 1.0)
    assert field_result("payslip", "net_pay", None, s).status == MISSING
    assert field_result("payslip", "net_pay", _cand(value=None), s).status == REVIEW
    assert field_result("payslip", "net_pay", _cand(valid=False), s).status == REVIEW
    good = field_result("payslip", "net_pay", _cand(valid=True, agreement=1.0), s)
    assert good.status == ACCEPTED and 0.8 < good.confidence <= 1.0
    scan = Signals(False, 0.85)  # on a scan, a value another place contradicts is not surer
    doubted = field_result("payslip", "net_pay", _cand(valid=True, agreement=0.0), scan)
    plain = field_result("payslip", "net_pay", _cand(valid=True), scan)
    assert doubted.confidence <= plain.confidence


def test_ocr_names_that_may_have_lost_diacritics_are_doubted() -> None:
    from extraction.pipeline import doubt_lost_diacritics

    found = {"surname": _cand(value="Celik"), "given_names": _cand(value="RENEE"),
             "account_holder": _cand(value="S. Çelik"), "employee_name": _cand(value="J. Jansen"),
             "iban": _cand(value="NL91ABNA0417164300")}  # fmt: skip
    doubt_lost_diacritics(found)
    assert found["surname"].agreement == 0.0 and found["given_names"].agreement == 0.0
    assert found["account_holder"].agreement == 0.5  # read with its diacritics
    assert found["employee_name"].agreement == 0.5 and found["iban"].agreement == 0.5


def test_isotonic_table_pools_a_long_run_of_right_values() -> None:
    import numpy as np

    from benchmarks.bench_extract import isotonic

    z = np.arange(100, dtype=float)
    right = np.array([False] * 5 + [True] * 95)
    table = isotonic(z, right)
    assert table["y"][-1] > 0.99  # 95 right in a row: one block, barely shrunk
    assert table["y"][0] < 0.2
    assert table["y"] == sorted(table["y"])


def test_benchmark_compares_person_names_as_the_contract_does() -> None:
    from benchmarks.bench_extract import same_value

    # CONTRACT: names are compared case-, diacritic- and transliteration-insensitively
    assert same_value("id_document", "surname", "MUELLER", "Müller")
    assert same_value("id_document", "given_names", "RENEE", "Renée")
    assert same_value("id_document", "surname", "VAN DER BERG", "van der Berg")
    assert not same_value("id_document", "surname", "MULDER", "Müller")
    assert same_value("payslip", "employee_name", "E. Bos", "E. BOS")
    assert same_value("application_form", "partner_surname", "Celik", "Çelik")
    assert not same_value("payslip", "employee_name", "S. Miller", "S. Müller")
    assert not same_value("payslip", "employee_name", "Bos", "E. Bos")
    # every other field exactly (company names too)
    assert not same_value("payslip", "employer_name", "SUPERMARKT DE BUURT", "Supermarkt De Buurt")
    assert not same_value("id_document", "document_number", "spdk12345", "SPDK12345")


def test_garbled_initials_are_doubted_on_scans() -> None:
    from extraction.pipeline import _garbled_initials, doubt_ocr_reading

    assert _garbled_initials("EI. Vos") and _garbled_initials("LL Hendriks en/of W. de Groot")
    assert not _garbled_initials("E.I. Vos") and not _garbled_initials("Th. de Vries")
    assert not _garbled_initials("J.S. VAN LEEUWEN") and not _garbled_initials("Kok, J.")
    assert _garbled_initials("Graaf, . de")  # the initial read as a lone full stop
    assert _garbled_initials("Jansen en/of C.K. Smits")  # 'I.' lost before 'Jansen'
    assert _garbled_initials("j, Smits")  # 'J.' read in lower case with a comma
    assert not _garbled_initials("de Haan, C.E.") and not _garbled_initials("'t Hart, A.")
    c = Candidate("EI. Vos", "EI. Vos", 1, None, 1.0, 0.95, None)
    doubt_ocr_reading({"account_holder": c})
    assert c.doubt
    # initials after the surname, broken the same ways; 'Jl.' is OCR's 'J.I.', 'Th.' is a name
    for garbled in ("Jacobs, .Z.H.", "EL AMRANI, I.F", "Kaya, Jl.", "Jansen, YJ."):
        assert _garbled_initials(garbled), garbled
    for fine in ("Jansen, Y.J.", "Bakker, J. de", "Vries, Jan de", "Smit, Th."):
        assert not _garbled_initials(fine), fine


def test_names_and_places_read_in_lower_case_are_doubted_on_scans() -> None:
    from extraction.pipeline import doubt_ocr_reading

    found = {
        "applicant_first_names": Candidate("sanne", "sanne", 1, None, 1.0, 0.9, None),
        "applicant_surname": Candidate("van Dijk", "van Dijk", 1, None, 1.0, 0.9, None),
        "partner_surname": Candidate("pipe", "pipe", 1, None, 1.0, 0.9, None),
        "city": Candidate("Den Haag", "Den Haag", 1, None, 1.0, 0.9, None),
    }
    doubt_ocr_reading(found)
    assert {k for k, c in found.items() if c.doubt} == {"applicant_first_names", "partner_surname"}


def test_email_addresses_with_a_capital_or_a_leading_mark_are_doubted_on_scans() -> None:
    from extraction.pipeline import _email_misread

    assert _email_misread("Johannes.boer25@voorbeeld.nl") and _email_misread("_erik47@post.nl")
    assert not _email_misread("naima.mulder59@voorbeeld.nl")  # accents are rarely in addresses


def test_company_names_unlike_printed_ones_are_doubted_on_scans() -> None:
    from extraction.pipeline import _garbled_organisation, doubt_ocr_reading

    for garbled in ("installatiebedrijf Warmte & Co", "Horeca Groep Centrum B. V.",
                    "Drukkerij Letterzetter B.V", "Uitzendbureau FlexWerk BV.",
                    "GEMEENTELIJKE nnee", "Med rk", "Uw", "“Supermarkt De Buurt"):  # fmt: skip
        assert _garbled_organisation(garbled), garbled
    for fine in ("Bakkerij de Gouden Korst B.V.", "Installatiebedrijf Warmte & Co",
                 "THUISZORG SAMEN", "Albert Heijn BV", "DSW Zorgverzekeraar U.A.",
                 "Gemeente 's-Hertogenbosch", "Stichting Zorg (Noord)"):  # fmt: skip
        assert not _garbled_organisation(fine), fine
    c = Candidate("Med rk", "Med rk", 1, None, 1.0, 0.9, None)
    doubt_ocr_reading({"employer_name": c})
    assert c.doubt and c.agreement == 0.0


def test_the_partners_fields_share_the_applicants_cut() -> None:
    """A cut from the partner's few values alone would be loose; read the same way, the partner's
    date of birth takes the cut of the applicant's and the partner's together."""
    from benchmarks.bench_extract import calibrate_rows

    rows = []
    for k in range(300):
        lay = f"application_form.l{k % 6}"
        z = 1.0 + (k % 50) / 10  # raw scores 1.0 .. 5.9
        rows.append(("application_form", "applicant_date_of_birth", z, z > 3.0 or k % 7 != 0,
                     lay, True))  # fmt: skip
        if k % 5 == 0:  # the partner's: fewer, and all right by chance
            rows.append(("application_form", "partner_date_of_birth", z, True, lay, True))
    cuts = calibrate_rows(rows, 0.995)["thresholds"]
    assert (
        cuts["application_form.partner_date_of_birth"]
        == cuts["application_form.applicant_date_of_birth"]
    )
    assert cuts["application_form.partner_date_of_birth"] > 0.9
