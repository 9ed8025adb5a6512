"""A file (or a layout) to CONTRACT document results: split, classify, extract, score, check.

Pure: bytes or a layout in, results out. Bank exports (CSV, MT940, CAMT.053) are read exactly,
without OCR; everything else goes through `ocr` first.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import re
from collections.abc import Callable
from statistics import mean

from rapidfuzz.distance import Levenshtein

from extraction.base import Candidate, Context, Extraction, PageImage, knowledge
from extraction.checks import REQUIRED, run_checks
from extraction.classify import classify
from extraction.layout_query import DocView
from extraction.normalize import NAME_PREFIXES, fold_name
from extraction.result import MISSING, DocumentResult
from extraction.schema import FIELDS
from extraction.score import Signals, field_result
from ocr import OcrOptions, read_layout_with_images, text_page_image
from ocr.types import Layout

# type -> (module, function); imported on first use
EXTRACTORS: dict[str, tuple[str, str]] = {
    "payslip": ("extraction.payslip", "extract_payslip"),
    "bank_statement": ("extraction.bank_statement", "extract_statement"),
    "application_form": ("extraction.application_form", "extract_form"),
    "id_document": ("extraction.id_document", "extract_id"),
}
# pages of these types each hold a whole document (a PDF of three payslips is three payslips)
ONE_PAGE_TYPES = {"payslip", "id_document"}


def extractor(doc_type: str) -> Callable[[Context], Extraction]:
    module, name = EXTRACTORS[doc_type]
    return getattr(importlib.import_module(module), name)


def split_documents(layout: Layout) -> list[tuple[list[int], str, float]]:
    """Group pages into documents. A page starts a new document when it is clearly (p >= 0.9)
    of another type than the document so far, or is a payslip or ID page (each stands alone:
    a PDF of three payslips is three payslips). Pages that look like nothing in particular, or
    only weakly like something else (a form's page of legal text, a statement's last page),
    continue the current document."""
    parts: list[tuple[list[int], str, float]] = []
    for page in layout.pages:
        doc_type, p = classify(DocView(layout, [page.number]))
        if parts:
            current = parts[-1][1]
            same = doc_type == current and doc_type not in ONE_PAGE_TYPES
            weak = doc_type == "other" or (p < 0.9 and current not in ONE_PAGE_TYPES)
            if same or (weak and current != "other"):
                parts[-1][0].append(page.number)
                continue
        parts.append(([page.number], doc_type, p))
    return parts


def signals(
    layout: Layout,
    pages: list[int] | None = None,
    doc_type: str | None = None,
    found: dict[str, Candidate | None] | None = None,
) -> Signals:
    """Reading mode and OCR quality of a document's pages (all pages when `pages` is None) and,
    given the extractor's candidates, the share of the type's required fields it read."""
    sel = [p for p in layout.pages if pages is None or p.number in pages]
    text_layer = all(not p.ocr for p in sel)
    confs = [w.confidence for p in sel if p.ocr for w in p.words]
    coverage = 1.0
    required = REQUIRED.get(doc_type or "", ())
    if found is not None and required:
        read = sum(1 for n in required if (c := found.get(n)) is not None and c.value is not None)
        coverage = read / len(required)
    return Signals(text_layer, mean(confs) if confs else 1.0, coverage)


NAME_FIELDS = ("name", "names", "surname", "holder")


@functools.cache
def _diacritic_names() -> frozenset[str]:
    return frozenset(knowledge()["diacritic_names"])


def _doubt(c: Candidate, why: str) -> None:
    """A known way this reading goes wrong applies: a person must look, whatever its score."""
    c.agreement, c.doubt = 0.0, True
    c.problems.append(why)


def doubt_lost_diacritics(found: dict[str, Candidate | None]) -> None:
    """An OCR'd name without diacritics that is often written with them ('Celik', 'RENEE') may
    have lost them on the way: it goes to a person (`doubt`), whatever the other signals say."""
    lexicon = _diacritic_names()
    for name, c in found.items():
        if c is None or not isinstance(c.value, str) or not name.endswith(NAME_FIELDS):
            continue
        if c.value.isascii() and any(
            _near_lexicon(w, lexicon) for w in fold_name(c.value).lower().split()
        ):
            _doubt(c, "a name often written with diacritics, read without them")


# letters and digits OCR confuses inside an e-mail address, where no dictionary helps
_EMAIL_CONFUSABLE = re.compile(r"\dl|l\d|ii|rn|\dO|O\d|\dI|I\d")


def doubt_ocr_reading(found: dict[str, Candidate | None]) -> None:
    """On a scan: readings that OCR is known to garble (`_SCAN_DOUBTS`, the first that applies
    to a field) and names that may have lost diacritics go to a person."""
    doubt_lost_diacritics(found)
    for name, c in found.items():
        if c is None or not isinstance(c.value, str):
            continue
        why = next((w for names, test, w in _SCAN_DOUBTS if name in names and test(c.value)), None)
        if why is not None:
            _doubt(c, why)


# 'J.', 'J.M.J.', 'Th.', 'Chr.'; no 'i' or 'l' after a capital: 'Jl.' is OCR's 'J.I.'
_INITIALS = re.compile(r"^(?:[A-Z](?:[a-hj-km-z]{1,2})?\.)+$")
# words printed in lower case inside a Dutch company name
_ORG_SMALL_WORDS = {"de", "het", "van", "der", "den", "en", "voor", "op", "in", "te", "ter",
                    "ten", "aan", "bij", "'t", "’t", "&", "co", "of", "la", "le", "du"}  # fmt: skip
_LEGAL_FORMS = {"B.V.", "BV", "N.V.", "NV", "V.O.F.", "VOF", "C.V.", "CV", "U.A.", "UA"}
_LEGAL_FORM_SPELLING = re.compile(r"(?:B\.?V|N\.?V|C\.?V|U\.?A|V\.?O\.?F)\.?")
_ORG_CHARS = re.compile(r"[^\w\s.,&'’/()+-]")


def _lower_start(value: str) -> bool:
    """A name, place or street that opens in lower case where it is written with a capital
    ('sanne', 'pipe'); a surname prefix ('van Dijk', "'t Hart") may open one."""
    first = value.split()[0] if value.split() else ""
    return first[:1].islower() and first.lower() not in NAME_PREFIXES


def _garbled_organisation(name: str) -> bool:
    """A company name as OCR may have garbled it: opening in lower case or with a mark, odd
    characters, a legal form misspelt ('B.V', 'BV.', 'B. V.'), a stray lower-case word after
    capitals ('GEMEENTELIJKE nnee', 'Med rk'), or a single short word ('Uw')."""
    words = name.split()
    if not words or not name[0].isalnum() or name[0].islower() or _ORG_CHARS.search(name):
        return True
    if len(words) == 1 and len(name) <= 3:
        return True
    if re.search(r"\b[BN]\. [VW]\.", name):
        return True
    for w in words:
        if w not in _LEGAL_FORMS and _LEGAL_FORM_SPELLING.fullmatch(w):
            return True
        if w.isalpha() and w.islower() and w not in _ORG_SMALL_WORDS:
            return True
    return False


def _garbled_initials(name: str) -> bool:
    """Initials OCR broke: a dotted token that is no run of initials ('EI.', 'J.M'), or a run of
    capitals without dots opening a name written in mixed case ('LL Hendriks')."""
    for part in name.split(" en/of "):
        words = part.split()
        if not words:
            continue
        if any(not any(ch.isalnum() for ch in w) for w in words):
            return True  # an initial read as a lone full stop ('Graaf, . de')
        if len(words) == 1 and " en/of " in name:
            return True  # one holder of two without initials ('Jansen en/of C.K. Smits')
        first = words[0]
        if "." in first and not _INITIALS.match(first):
            return True
        if len(first.rstrip(".,")) == 1 and first[:1].islower() and first[:1].isalpha():
            return True  # 'j, Smits': an initial read in lower case, its full stop a comma
        # 'Jacobs, .Z.H.', 'EL AMRANI, I.F': initials after the surname, broken the same way
        comma = next((i for i, w in enumerate(words[:-1]) if w.endswith(",")), None)
        if comma is not None:
            after = words[comma + 1]
            if "." in after and not _INITIALS.match(after):
                return True
        mixed = any(w[:1].isupper() and w[1:].islower() for w in words[1:])
        if mixed and 2 <= len(first) <= 3 and first.isalpha() and first.isupper():
            return True
    return False


def _email_misread(address: str) -> bool:
    """An e-mail address as OCR may have garbled it: a capital ('Johannes.boer25', 'Tuben.') or
    a mark before it ('_erik'). (Names that lost their accents are no sign here: addresses are
    mostly written without accents, 'naima.mulder59'.)"""
    return not address[:1].isalnum() or any(ch.isupper() for ch in address)


_PERSON_FORM_FIELDS = ("applicant_first_names", "partner_first_names", "applicant_surname",
                      "partner_surname", "city", "street")  # fmt: skip
_INITIALLED = ("employee_name", "account_holder")  # printed with initials or first names
# (fields, test on the value read, why it goes to a person)
_SCAN_DOUBTS: tuple[tuple[tuple[str, ...], Callable[[str], bool], str], ...] = (
    (_INITIALLED, lambda v: len(v.split()) == 1, "a name of one word: initials may have been lost"),
    (_INITIALLED, _garbled_initials, "initials misread ('EI.' for 'E.I.', 'LL' for 'I.I.')"),
    (_PERSON_FORM_FIELDS, _lower_start, "a name read starting in lower case: letters may be misread"),
    (("employer_name",), _garbled_organisation, "a company name unlike one as printed: letters may be misread"),
    (("email",), lambda v: bool(_EMAIL_CONFUSABLE.search(v)), "letters OCR confuses with digits in the address"),
    (("email",), _email_misread, "an address unlike one as written: a capital or a mark"),
)  # fmt: skip


def _near_lexicon(word: str, lexicon: frozenset[str]) -> bool:
    """In the lexicon, or one letter off (OCR reads 'Ç' as 'G', 'ü' as 'ii': 'Gelik',
    'Oztiirk')."""
    if word in lexicon:
        return True
    w = word.replace("ii", "u")
    return len(w) >= 4 and any(Levenshtein.distance(w, name) <= 1 for name in lexicon)


def extract_layout(
    layout: Layout, page_image: Callable[[int], PageImage] | None = None
) -> list[DocumentResult]:
    """Every document in a layout, as CONTRACT document results."""
    parts = split_documents(layout) if layout.pages else [([], "other", 1.0)]
    results = []
    for k, (pages, page_type, page_conf) in enumerate(parts, 1):
        # a one-page document was classified as that page already
        doc_type, type_conf = (
            (page_type, page_conf) if len(pages) == 1 else classify(DocView(layout, pages))
        )
        extraction = Extraction({})
        if doc_type in EXTRACTORS:
            sub = Layout(layout.source, tuple(p for p in layout.pages if p.number in pages))
            extraction = extractor(doc_type)(Context(sub, page_image))
        sig = signals(layout, pages, doc_type, extraction.fields)
        if not sig.text_layer:
            doubt_ocr_reading(extraction.fields)
        fields = {
            name: field_result(doc_type, name, extraction.fields.get(name), sig)
            for name in FIELDS[doc_type]
        }
        source = layout.source.to_dict()
        if len(parts) > 1:
            source |= {"part": k, "page_range": [pages[0], pages[-1]]}
        result = DocumentResult(
            source=source,
            document_type=doc_type,
            type_confidence=type_conf,
            fields=fields,
            transactions=list(extraction.transactions),
            checks=run_checks(doc_type, fields, list(extraction.transactions), extraction.facts),
        )
        pn = fields.get("personal_number")
        if "masked_copy" in extraction.notes and pn is not None and pn.status == MISSING:
            pn.problems.append("masked by KopieID")  # blacked out: the BSN comes from DigiD
        result.finalize()
        results.append(result)
    return results


def extract_bytes(
    data: bytes, filename: str, options: OcrOptions | None = None
) -> list[DocumentResult]:
    """Read a file and return one result per document in it. Raises `OcrError` for bad files."""
    return read_and_extract(data, filename, options)[1]


# text-layer pages are rendered for their ink (ticks, signatures) at this resolution: on all
# dev forms the same values as at 100 dpi, in 8 % less time
RENDER_DPI = 72


def read_and_extract(
    data: bytes, filename: str, options: OcrOptions | None = None
) -> tuple[Layout | None, list[DocumentResult]]:
    """`extract_bytes`, also returning the layout it read (None for bank exports, which have
    no pages), so a caller that shows both reads the file once."""
    exports = importlib.import_module("extraction.exports")
    if exports.is_export(data):
        results = exports.export_to_results(data, filename, hashlib.sha256(data).hexdigest())
        for r in results:  # the same document checks as for statements read from paper
            r.checks = run_checks(r.document_type, r.fields, r.transactions) + r.checks
            r.finalize()
        return None, results
    layout, images = read_layout_with_images(data, filename, options)
    rendered: dict[int, PageImage] = {}

    def page_image(n: int) -> PageImage:
        if n in images:
            return images[n]
        if n not in rendered:  # a text-layer page: the page as displayed, turned upright
            rendered[n] = text_page_image(
                data, filename, n, RENDER_DPI, layout.pages[n - 1].rotation
            )
        return rendered[n]

    return layout, extract_layout(layout, page_image)
