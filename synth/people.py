"""Fictional Dutch people, households and their money: the single source every document is rendered from.

Everything here is synthetic. BSNs pass the 11-test and IBANs pass mod-97, but names, addresses
and numbers are drawn at random from small lists and never describe a real person.
"""

from __future__ import annotations

import calendar
import random
import zlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")

FIRST_NAMES_F = [
    "Anna",
    "Emma",
    "Sophie",
    "Julia",
    "Fatima",
    "Lotte",
    "Sanne",
    "Eva",
    "Noor",
    "Ayse",
    "Maria",
    "Johanna",
    "Elif",
    "Fleur",
    "Lieke",
    "Yasmin",
    "Iris",
    "Mirjam",
    "Petra",
    "Zeynep",
    "Hanneke",
    "Ingrid",
    "Saskia",
    "Gerda",
    "Chantal",
    "Naima",
    "Esther",
    "Renée",
    "Ilse",
    "Marieke",
]
FIRST_NAMES_M = [
    "Jan",
    "Pieter",
    "Mohamed",
    "Daan",
    "Sem",
    "Lucas",
    "Thijs",
    "Kees",
    "Hendrik",
    "Mustafa",
    "Ahmed",
    "Bram",
    "Ruben",
    "Joost",
    "Willem",
    "Gerrit",
    "Yusuf",
    "Erik",
    "Marco",
    "Dennis",
    "Sander",
    "Tom",
    "Johannes",
    "Cornelis",
    "Bart",
    "Rachid",
    "Stefan",
    "Jeroen",
    "Koen",
    "Frank",
]
SURNAMES = [
    ("", "Jansen"),
    ("de", "Vries"),
    ("van den", "Berg"),
    ("van", "Dijk"),
    ("", "Bakker"),
    ("", "Visser"),
    ("", "Smit"),
    ("", "Meijer"),
    ("de", "Boer"),
    ("", "Mulder"),
    ("de", "Groot"),
    ("", "Bos"),
    ("", "Vos"),
    ("", "Peters"),
    ("", "Hendriks"),
    ("van", "Leeuwen"),
    ("", "Dekker"),
    ("", "Brouwer"),
    ("de", "Wit"),
    ("", "Dijkstra"),
    ("", "Smits"),
    ("de", "Graaf"),
    ("van der", "Meer"),
    ("van der", "Linden"),
    ("", "Kok"),
    ("", "Jacobs"),
    ("de", "Haan"),
    ("", "Vermeulen"),
    ("van den", "Heuvel"),
    ("van der", "Veen"),
    ("", "Yilmaz"),
    ("", "El Amrani"),
    ("", "Kaya"),
    ("", "Öztürk"),
    ("", "Bouzid"),
    ("", "Müller"),
    ("ter", "Horst"),
    ("", "Çelik"),
    ("van 't", "Hof"),
    ("", "Schouten"),
]
STREETS = [
    "Kerkstraat",
    "Schoolstraat",
    "Molenweg",
    "Dorpsstraat",
    "Stationsweg",
    "Julianalaan",
    "Beatrixstraat",
    "Wilhelminastraat",
    "Parallelweg",
    "Eikenlaan",
    "Lindenlaan",
    "Nieuwstraat",
    "Marktplein",
    "Prins Hendrikkade",
    "Vondelstraat",
    "Rembrandtlaan",
    "Tulpstraat",
    "Havenweg",
    "Industrieweg",
    "Burgemeester de Vlugtlaan",
    "Oranjestraat",
    "Spoorlaan",
    "Van Goghstraat",
]
CITIES = [
    ("Amsterdam", "10"),
    ("Rotterdam", "30"),
    ("Utrecht", "35"),
    ("Groningen", "97"),
    ("Eindhoven", "56"),
    ("Tilburg", "50"),
    ("Almere", "13"),
    ("Breda", "48"),
    ("Nijmegen", "65"),
    ("Zwolle", "80"),
    ("Leeuwarden", "89"),
    ("Maastricht", "62"),
    ("Den Haag", "25"),
    ("Haarlem", "20"),
    ("Enschede", "75"),
    ("Apeldoorn", "73"),
    ("Amersfoort", "38"),
    ("Deventer", "74"),
    ("Heerlen", "64"),
    ("Lelystad", "82"),
]
EMPLOYERS = [
    "Bakkerij de Gouden Korst B.V.",
    "Schoonmaakbedrijf Glans B.V.",
    "Zorggroep Het Anker",
    "Transportbedrijf Van Rijn B.V.",
    "Supermarkt De Buurt",
    "Horeca Groep Centrum B.V.",
    "Uitzendbureau FlexWerk B.V.",
    "Thuiszorg Samen",
    "Logistiek Centrum Noord B.V.",
    "Installatiebedrijf Warmte & Co",
    "Kinderopvang Zonnetje",
    "Drukkerij Letterzetter B.V.",
    "Tuincentrum De Hof",
    "Gemeentelijke Schoonmaakdienst",
    "Callcenter Bereikbaar B.V.",
]

BANKS = [
    # canonical name, bank code, BIC
    ("ING", "INGB", "INGBNL2A"),
    ("Rabobank", "RABO", "RABONL2U"),
    ("ABN AMRO", "ABNA", "ABNANL2A"),
    ("SNS", "SNSB", "SNSBNL2A"),
    ("ASN Bank", "ASNB", "ASNBNL21"),
    ("RegioBank", "RBRB", "RBRBNL21"),
    ("Triodos Bank", "TRIO", "TRIONL2U"),
    ("bunq", "BUNQ", "BUNQNL2A"),
    ("Knab", "KNAB", "KNABNL2H"),
]

MONTHS_NL = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def _stable(text: str) -> int:
    """A hash that is the same in every process (str.__hash__ is salted per process)."""
    return zlib.crc32(text.encode())


def money(value: float | Decimal) -> Decimal:
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def make_bsn(rng: random.Random) -> str:
    """A random 9-digit number that passes the BSN 11-test."""
    while True:
        digits = [rng.randint(0, 9) for _ in range(8)]
        if digits[0] == 0 and digits[1] == 0:
            continue
        total = sum(w * d for w, d in zip(range(9, 1, -1), digits, strict=True))
        check = total % 11
        if check < 10:
            return "".join(map(str, digits)) + str(check)


def make_iban(rng: random.Random, bank_code: str) -> str:
    """A Dutch IBAN with valid mod-97 check digits (the account digits themselves are random)."""
    account = f"{rng.randint(0, 9_999_999_999):010d}"
    bban = bank_code + account
    numeric = "".join(str(int(ch, 36)) for ch in bban + "NL00")
    check = 98 - int(numeric) % 97
    return f"NL{check:02d}{bban}"


def make_postcode(rng: random.Random, prefix: str) -> str:
    while True:
        letters = "".join(rng.choice("ABCDEGHJKLMNPRTVWXZ") for _ in range(2))
        if letters not in {"SA", "SD", "SS"}:
            return f"{prefix}{rng.randint(10, 99)}{letters}"


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def months_before(day: date, n: int) -> list[tuple[int, int]]:
    """The n calendar months before the month of `day`, oldest first."""
    out = []
    y, m = day.year, day.month
    for _ in range(n):
        m -= 1
        if m == 0:
            y, m = y - 1, 12
        out.append((y, m))
    return list(reversed(out))


@dataclass(frozen=True, slots=True)
class Address:
    street: str
    house_number: str
    postcode: str
    city: str

    @property
    def postcode_printed(self) -> str:
        return f"{self.postcode[:4]} {self.postcode[4:]}"


@dataclass(frozen=True, slots=True)
class Person:
    first_names: str
    prefix: str
    surname_core: str
    sex: str
    date_of_birth: date
    bsn: str
    nationality: str = "NLD"
    birthplace: str = "Amsterdam"

    @property
    def surname(self) -> str:
        return f"{self.prefix} {self.surname_core}".strip()

    @property
    def initials(self) -> str:
        return "".join(p[0] + "." for p in self.first_names.split())

    @property
    def full_name(self) -> str:
        return f"{self.first_names} {self.surname}"

    @property
    def short_name(self) -> str:
        return f"{self.initials} {self.surname}"

    @property
    def formal_name(self) -> str:
        """'Jansen, J.P.' / 'Berg, J. van den' as banks and payroll systems print it."""
        tail = f" {self.prefix}" if self.prefix else ""
        return f"{self.surname_core}, {self.initials}{tail}"


@dataclass(frozen=True, slots=True)
class BankAccount:
    bank_name: str
    bank_code: str
    bic: str
    iban: str
    holder: str  # as the bank prints it, joint holders included
    kind: str = "betaalrekening"  # or "spaarrekening"

    @property
    def iban_printed(self) -> str:
        return " ".join(self.iban[i : i + 4] for i in range(0, len(self.iban), 4))


@dataclass(frozen=True, slots=True)
class Employer:
    name: str
    address: Address
    tax_number: str  # loonheffingennummer, e.g. 123456789L01


@dataclass(frozen=True, slots=True)
class Job:
    employer: Employer
    gross_monthly: Decimal
    hours_per_week: Decimal
    four_weekly: bool
    employee_number: str


@dataclass(frozen=True, slots=True)
class IdDocument:
    kind: str  # passport, identity_card, residence_permit
    document_number: str
    issue_date: date
    expiry_date: date
    authority: str


@dataclass(frozen=True, slots=True)
class Transaction:
    booking_date: date
    description: str
    amount: Decimal  # signed, negative is a debit
    counterparty_name: str
    counterparty_iban: str | None


@dataclass(slots=True)
class Application:
    seed: int
    applicant: Person
    partner: Person | None
    children_count: int
    address: Address
    phone: str  # E.164
    email: str
    account: BankAccount
    savings_account: BankAccount | None
    jobs: dict[str, Job]  # "applicant"/"partner" -> job
    housing_costs: Decimal
    declared_monthly_income: Decimal
    declared_savings: Decimal
    application_date: date
    requested_start_date: date
    signed: bool
    signature_date: date | None
    id_documents: dict[str, IdDocument]  # "applicant"/"partner"
    opening_balances: dict[str, Decimal] = field(default_factory=dict)  # iban -> balance

    @property
    def statement_months(self) -> list[tuple[int, int]]:
        return months_before(self.application_date, 3)


def _person(
    rng: random.Random,
    *,
    sex: str | None = None,
    surname: tuple[str, str] | None = None,
    age_range: tuple[int, int] = (19, 66),
    today: date,
) -> Person:
    sex = sex or rng.choice("MF")
    pool = FIRST_NAMES_M if sex == "M" else FIRST_NAMES_F
    n_names = rng.choices([1, 2, 3], weights=[5, 4, 1])[0]
    first = " ".join(rng.sample(pool, n_names))
    prefix, core = surname or rng.choice(SURNAMES)
    age_days = rng.randint(age_range[0] * 365 + 10, age_range[1] * 365)
    nationality = rng.choices(
        ["NLD", "NLD", "NLD", "TUR", "MAR", "DEU", "POL", "SYR"],
        weights=[10, 10, 10, 2, 2, 1, 1, 1],
    )[0]
    return Person(
        first_names=first,
        prefix=prefix,
        surname_core=core,
        sex=sex,
        date_of_birth=today - timedelta(days=age_days),
        bsn=make_bsn(rng),
        nationality=nationality,
        birthplace=rng.choice(CITIES)[0],
    )


def _doc_number(rng: random.Random) -> str:
    alphabet = "ABCDEFGHIJKLMNPRSTUVWXYZ"  # Dutch document numbers avoid the letter O
    return (
        "".join(rng.choice(alphabet) for _ in range(2))
        + "".join(rng.choice(alphabet + "0123456789") for _ in range(6))
        + str(rng.randint(0, 9))
    )


def _id_document(rng: random.Random, person: Person, today: date) -> IdDocument:
    if person.nationality != "NLD":
        kind = rng.choice(["residence_permit", "passport"])
    else:
        kind = rng.choice(["passport", "identity_card"])
    issued = today - timedelta(days=rng.randint(30, 9 * 365))
    years = 5 if kind == "residence_permit" else 10
    expiry = date(issued.year + years, issued.month, min(issued.day, 28)) - timedelta(days=1)
    if expiry <= today:
        expiry = today + timedelta(days=rng.randint(60, 2000))
    return IdDocument(
        kind, _doc_number(rng), issued, expiry, f"Burgemeester van {rng.choice(CITIES)[0]}"
    )


def make_application(seed: int, application_date: date | None = None) -> Application:
    """Generate one fictional household applying for bijstand, deterministically from `seed`."""
    rng = random.Random(seed)
    if application_date is None:
        application_date = date(2026, 1, 5) + timedelta(days=rng.randint(0, 300))
    applicant = _person(rng, today=application_date)
    partner = None
    if rng.random() < 0.35:
        other_sex = "F" if applicant.sex == "M" else "M"
        partner = _person(rng, sex=other_sex, today=application_date)
    children = rng.choices([0, 1, 2, 3, 4], weights=[5, 3, 3, 1, 1])[0]
    city, pc_prefix = rng.choice(CITIES)
    address = Address(
        street=rng.choice(STREETS),
        house_number=str(rng.randint(1, 240)) + rng.choice(["", "", "", "a", "b", "-2", " hs"]),
        postcode=make_postcode(rng, pc_prefix),
        city=city,
    )
    bank = rng.choice(BANKS)
    holder = applicant.short_name
    if partner and rng.random() < 0.4:
        holder = f"{applicant.short_name} en/of {partner.short_name}"
    account = BankAccount(bank[0], bank[1], bank[2], make_iban(rng, bank[1]), holder)
    savings = None
    if rng.random() < 0.3:
        sbank = bank if rng.random() < 0.7 else rng.choice(BANKS)
        savings = BankAccount(
            sbank[0],
            sbank[1],
            sbank[2],
            make_iban(rng, sbank[1]),
            applicant.short_name,
            kind="spaarrekening",
        )

    jobs: dict[str, Job] = {}
    for role, person in (("applicant", applicant), ("partner", partner)):
        if person is None or rng.random() < 0.45:
            continue
        ename = rng.choice(EMPLOYERS)
        ecity, epc = rng.choice(CITIES)
        employer = Employer(
            name=ename,
            address=Address(
                rng.choice(STREETS), str(rng.randint(1, 300)), make_postcode(rng, epc), ecity
            ),
            tax_number=f"{rng.randint(100_000_000, 999_999_999)}L{rng.randint(1, 3):02d}",
        )
        hours = Decimal(rng.choice([8, 12, 16, 20, 24, 28, 32]))
        gross = money(Decimal(rng.uniform(13.5, 19.0)) * hours * Decimal("4.33"))
        jobs[role] = Job(employer, gross, hours, rng.random() < 0.25, str(rng.randint(1000, 99999)))

    income = sum((_net_estimate(j.gross_monthly) for j in jobs.values()), Decimal("0"))
    sig_date = application_date - timedelta(days=rng.randint(0, 6))
    signed = rng.random() < 0.9
    app = Application(
        seed=seed,
        applicant=applicant,
        partner=partner,
        children_count=children,
        address=address,
        phone="+316" + f"{rng.randint(10_000_000, 99_999_999)}",
        email=f"{applicant.first_names.split()[0].lower()}.{applicant.surname_core.lower().replace(' ', '')}"
        f"{rng.randint(1, 99)}@{rng.choice(['voorbeeld.nl', 'mail.example', 'post.example'])}",
        account=account,
        savings_account=savings,
        jobs=jobs,
        housing_costs=money(rng.uniform(450, 1150)),
        declared_monthly_income=money(income),
        declared_savings=money(rng.choice([0, 0, rng.uniform(50, 4000)])),
        application_date=application_date,
        requested_start_date=application_date + timedelta(days=rng.randint(0, 20)),
        signed=signed,
        signature_date=sig_date if signed and rng.random() < 0.95 else None,
        id_documents={"applicant": _id_document(rng, applicant, application_date)},
    )
    if partner:
        app.id_documents["partner"] = _id_document(rng, partner, application_date)
    app.opening_balances[account.iban] = money(rng.uniform(-150, 1400))
    if savings:
        app.opening_balances[savings.iban] = money(rng.uniform(20, 3500))
    return app


def _net_estimate(gross: Decimal) -> Decimal:
    return money(gross * Decimal("0.86"))


# --- payslips --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PayslipLine:
    label: str
    amount: Decimal  # signed: deductions negative


@dataclass(frozen=True, slots=True)
class Payslip:
    person: Person
    job: Job
    account: BankAccount
    period_start: date | None
    period_end: date | None
    period_label: str  # "maart 2026" or "periode 3 2026"
    period_number: int | None  # four-weekly period number
    gross_pay: Decimal
    wage_tax: Decimal
    other_lines: tuple[PayslipLine, ...]
    net_pay: Decimal
    hours_worked: Decimal
    payment_date: date


def four_weekly_period(year: int, number: int) -> tuple[date, date]:
    start = date(year, 1, 1) + timedelta(days=28 * (number - 1))
    return start, start + timedelta(days=27)


def make_payslip(app: Application, role: str, year: int, month: int, rng: random.Random) -> Payslip:
    job = app.jobs[role]
    person = app.applicant if role == "applicant" else app.partner
    assert person is not None
    if job.four_weekly:
        first, _ = month_bounds(year, month)
        number = max(1, min(13, (first - date(year, 1, 1)).days // 28 + 1))
        start, end = four_weekly_period(year, number)
        label = f"periode {number} {year}"
        gross = money(job.gross_monthly * 12 / 13)
    else:
        number = None
        start, end = month_bounds(year, month)
        label = f"{MONTHS_NL[month - 1]} {year}"
        gross = money(job.gross_monthly * Decimal(str(rng.uniform(0.93, 1.07))))
    pension = money(-gross * Decimal("0.045")) if rng.random() < 0.7 else None
    taxable = gross + (pension or 0)
    wage_tax = money(taxable * Decimal(str(rng.uniform(0.05, 0.16))))
    lines: list[PayslipLine] = []
    if pension is not None:
        lines.append(PayslipLine("Pensioenpremie", pension))
    if rng.random() < 0.3:
        lines.append(PayslipLine("Reiskostenvergoeding", money(rng.uniform(15, 90))))
    net = gross - wage_tax + sum((line.amount for line in lines), Decimal("0"))
    hours = money(job.hours_per_week * (Decimal(4) if job.four_weekly else Decimal("4.33")))
    return Payslip(
        person=person,
        job=job,
        account=app.account,
        period_start=start,
        period_end=end,
        period_label=label,
        period_number=number,
        gross_pay=gross,
        wage_tax=wage_tax,
        other_lines=tuple(lines),
        net_pay=money(net),
        hours_worked=hours,
        payment_date=end - timedelta(days=rng.randint(0, 4)),
    )


# --- bank statements -------------------------------------------------------------------------

_SHOPS = [
    ("Albert Heijn 1234", "Boodschappen"),
    ("Jumbo Supermarkt", "Boodschappen"),
    ("Lidl Nederland", "Boodschappen"),
    ("Kruidvat", "Drogisterij"),
    ("NS Reizigers", "OV-chipkaart"),
    ("Action", "Winkel"),
    ("HEMA", "Winkel"),
    ("Bol.com", "Bestelling"),
    ("Etos", "Drogisterij"),
]
_FIXED = [
    ("Vattenfall Klantenservice", "Termijnbedrag energie", (60, 160)),
    ("Zilveren Kruis Zorgverzekeringen", "Premie zorgverzekering", (120, 160)),
    ("KPN B.V.", "Factuur internet en telefonie", (35, 65)),
    ("Waterbedrijf", "Voorschot water", (15, 30)),
]


def make_statement_transactions(
    app: Application, account: BankAccount, start: date, end: date, rng: random.Random
) -> list[Transaction]:
    """Bookings on `account` between start and end, in date order, signed amounts."""
    out: list[Transaction] = []
    landlord_iban = make_iban(random.Random(app.seed * 7 + 1), "RABO")
    day = start
    while day <= end:
        if account.kind == "spaarrekening":
            if day.day == 1:
                out.append(Transaction(day, "Rente", money(rng.uniform(0.01, 2.5)), "Rente", None))
            day += timedelta(days=1)
            continue
        if day.day == 1:
            out.append(
                Transaction(
                    day,
                    f"Huur {MONTHS_NL[day.month - 1]}",
                    -app.housing_costs,
                    "Woonstichting Thuis",
                    landlord_iban,
                )
            )
        if day.day == 24 and app.children_count:
            out.append(
                Transaction(
                    day,
                    "Kinderbijslag/kindgebonden budget",
                    money(95 * app.children_count),
                    "Sociale Verzekeringsbank",
                    "NL97INGB0000007004",
                )
            )
        for name, desc, (lo, hi) in _FIXED:
            if day.day == 3 + len(name) % 20:
                cp_iban = make_iban(random.Random(_stable(name) % 10_000 + app.seed), "INGB")
                out.append(Transaction(day, desc, -money(rng.uniform(lo, hi)), name, cp_iban))
        if rng.random() < 0.35:
            shop, desc = rng.choice(_SHOPS)
            out.append(Transaction(day, f"{desc} {shop}", -money(rng.uniform(2.5, 85)), shop, None))
        day += timedelta(days=1)
    for role, job in app.jobs.items():
        if account.iban != app.account.iban:
            break
        y, m = start.year, start.month
        while date(y, m, 1) <= end:
            slip = make_payslip(
                app, role, y, m, random.Random(app.seed * 1000 + y * 12 + m + len(role))
            )
            if start <= slip.payment_date <= end:
                out.append(
                    Transaction(
                        slip.payment_date,
                        f"Salaris {slip.period_label}",
                        slip.net_pay,
                        job.employer.name,
                        make_iban(random.Random(_stable(job.employer.name) % 10_000), "ABNA"),
                    )
                )
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    out.sort(key=lambda t: t.booking_date)
    return out


@dataclass(frozen=True, slots=True)
class Statement:
    account: BankAccount
    owner: Person
    address: Address
    number: int
    period_start: date
    period_end: date
    opening_balance: Decimal
    closing_balance: Decimal
    transactions: tuple[Transaction, ...]


def make_statements(app: Application, account: BankAccount) -> list[Statement]:
    """One statement per month of the application's statement months, balances chained."""
    balance = app.opening_balances[account.iban]
    out = []
    for i, (y, m) in enumerate(app.statement_months):
        start, end = month_bounds(y, m)
        rng = random.Random(app.seed * 31 + y * 12 + m)
        txns = make_statement_transactions(app, account, start, end, rng)
        closing = balance + sum((t.amount for t in txns), Decimal("0"))
        out.append(
            Statement(
                account,
                app.applicant,
                app.address,
                10 + i + m,
                start,
                end,
                balance,
                closing,
                tuple(txns),
            )
        )
        balance = closing
    return out


# --- what ID documents and letters show ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class IdCard:
    person: Person
    document: IdDocument
    role: str
    masked: bool  # a KopieID copy: BSN and photo blacked out, "KOPIE" watermark


@dataclass(frozen=True, slots=True)
class Letter:
    app: Application
    kind: str
