"""Whatever a loan form holds, the Loan model accepts it or words every problem; an accepted loan is
stored and read back unchanged, and gets a schedule and a position without a crash.

The editor hands Loan.model_validate a dict of what the user typed; a backup import hands it a JSON
object. Both are fuzzed here as dicts: a valid loan with random fields replaced by anything a form
or a hand-edited file can hold (text with spaces, full-width digits, commas, exponents, NaN, huge
and negative numbers, impossible dates, wrong types, unknown fields), and wholly random dicts.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from fuzz_profile import explain_refusal, fuzz_settings
from hypothesis import event, given
from hypothesis import strategies as st
from pydantic import ValidationError

from app.core.models import Behaviour, Loan, LoanKind, RepaymentMethod
from app.core.schedule import build_schedule, implied_apr, position

BASES = [
    {
        "lender": "招商银行",
        "kind": "credit_card",
        "method": "credit_card",
        "principal": "18234.56",
        "annual_rate": "18.25",
        "start_date": "2026-03-10",
        "due_day": 28,
        "grace_days": 3,
    },
    {
        "lender": "工商银行",
        "name": "房贷",
        "kind": "mortgage",
        "method": "equal_installment",
        "principal": "850000.00",
        "annual_rate": "3.95",
        "term_months": 360,
        "start_date": "2024-05-20",
        "due_day": 20,
        "secured": True,
        "collateral": "住房",
    },
    {
        "lender": "Hometown Credit Union",
        "kind": "car",
        "method": "equal_principal",
        "principal": "120000",
        "annual_rate": "4.35",
        "term_months": 36,
        "start_date": "2025-01-31",
        "due_day": 31,
    },
    {
        "lender": "蚂蚁借呗",
        "kind": "small_online",
        "method": "flat_fee",
        "principal": "6000.00",
        "monthly_fee_rate": "0.6",
        "term_months": 12,
        "start_date": "2026-01-15",
        "due_day": 15,
    },
    {
        "lender": "微粒贷",
        "kind": "unsecured_consumer",
        "method": "interest_only",
        "principal": "30000",
        "annual_rate": "12",
        "term_months": 6,
        "start_date": "2026-02-28",
        "due_day": 1,
    },
    {
        "lender": "某小贷",
        "kind": "business",
        "method": "bullet",
        "principal": "50000.10",
        "annual_rate": "0",
        "term_months": 1,
        "start_date": "2026-06-01",
        "due_day": 5,
    },
    {
        "lender": "网商银行",
        "kind": "small_online",
        "method": "custom",
        "principal": "3000.00",
        "start_date": "2026-01-01",
        "due_day": 10,
        "custom_installments": [
            {"due_date": "2026-02-10", "principal": "1000.00", "interest": "12.34"},
            {"due_date": "2026-03-10", "principal": "2000.00"},
        ],
    },
]
FIELDS = [*Loan.model_fields, "unknown_field", "Principal", ""]

numberish_text = st.one_of(
    st.from_regex(r"[-+]?\d{0,16}(\.\d{0,4})?([eE][-+]?\d{1,5})?", fullmatch=True),
    st.sampled_from(
        [
            "NaN",
            "-nan",
            "Infinity",
            "-Infinity",
            "1,000.00",
            "１２３",
            "12 ",
            " 0.005",
            "1e12",
            "999999999999.99",
            "1000000000000",
            "-0",
            "0.00",
            "4.35%",
            "١٢٣",
            "1_000",
        ]
    ),
)
date_text = st.one_of(
    st.dates().map(date.isoformat),
    st.sampled_from(
        [
            "2026-02-30",
            "2026-13-01",
            "2026/01/05",
            "20260105",
            "0000-01-01",
            "9999-12-31",
            "2026-1-5",
            "yesterday",
            "2026-01-05T10:00:00",
            "2026-01-05T10:00:00+08:00",
        ]
    ),
)
scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(),
    st.decimals(),
    st.text(max_size=30),
    numberish_text,
    date_text,
    st.dates(),
)
custom_row = st.dictionaries(
    st.sampled_from(["due_date", "principal", "interest", "extra"]),
    st.one_of(scalar, date_text, numberish_text),
    max_size=4,
)
anything = st.one_of(
    scalar,
    st.lists(custom_row, max_size=4),
    st.dictionaries(st.sampled_from([*Behaviour.model_fields, "x"]), scalar, max_size=4),
)


def field_value(field: str) -> st.SearchStrategy:
    """Values a user could put in ``field``, plausible ones more often than not."""
    specific = {
        "kind": st.sampled_from([kind.value for kind in LoanKind]),
        "method": st.sampled_from([method.value for method in RepaymentMethod]),
        "principal": numberish_text,
        "credit_limit": numberish_text,
        "annual_rate": numberish_text,
        "monthly_fee_rate": numberish_text,
        "min_payment_percent": numberish_text,
        "min_payment_floor": numberish_text,
        "term_months": st.integers(min_value=-5, max_value=600),
        "due_day": st.integers(min_value=-1, max_value=40),
        "statement_day": st.integers(min_value=-1, max_value=40),
        "grace_days": st.integers(min_value=-1, max_value=70),
        "start_date": date_text,
        "custom_installments": st.lists(custom_row, max_size=6),
        "currency": st.sampled_from(["CNY", "USD", "cny", "RMB", "¥", "", "CN"]),
    }
    if field in BOUNDARY:
        # Twice the boundary values, so that accepted loans at the edges are common, not rare.
        return st.one_of(BOUNDARY[field], BOUNDARY[field], specific.get(field, anything), anything)
    if field in specific:
        return st.one_of(specific[field], anything)
    return anything


# Values at the edge of what the model accepts: an accepted loan there must still have a schedule.
BOUNDARY = {
    "principal": st.sampled_from(["0.01", "1", "999999999999.99", "123456789.12"]),
    "annual_rate": st.sampled_from(["0", "0.000001", "100", "99.999999", "36"]),
    "monthly_fee_rate": st.sampled_from(["0", "100", "0.000001", "2.5"]),
    "term_months": st.sampled_from([1, 2, 480, 479]),
    "due_day": st.sampled_from([1, 28, 29, 30, 31]),
    "statement_day": st.sampled_from([None, 1, 31]),
    "grace_days": st.sampled_from([0, 60]),
    "min_payment_percent": st.sampled_from(["0", "100", "0.000001"]),
    "min_payment_floor": st.sampled_from(["0", "999999999999.99"]),
    "credit_limit": st.sampled_from([None, "0", "999999999999.99"]),
    # Loans take dates from 1950 to 2200: both ends, and just past them.
    "start_date": st.one_of(
        st.dates(min_value=date(1950, 1, 1), max_value=date(2200, 12, 31)),
        st.sampled_from(["1950-01-01", "2200-12-31", "1949-12-31", "2201-01-01", "0001-01-01", "9999-12-31"]),
    ),
}


@st.composite
def loan_forms(draw) -> dict:
    mode = draw(st.integers(min_value=0, max_value=9))
    if mode == 0:
        return draw(st.dictionaries(st.sampled_from(FIELDS), anything, max_size=12))
    form = dict(draw(st.sampled_from(BASES)))
    if mode <= 3:
        # Only values at the edges of what is allowed: mostly accepted, so schedules get fuzzed too.
        for field in draw(st.lists(st.sampled_from(sorted(BOUNDARY)), min_size=1, max_size=6, unique=True)):
            form[field] = draw(BOUNDARY[field])
        return form
    for field in draw(st.lists(st.sampled_from(FIELDS), min_size=1, max_size=5, unique=True)):
        if draw(st.integers(min_value=0, max_value=5)) == 0:
            form.pop(field, None)
        else:
            form[field] = draw(field_value(field))
    return form


@fuzz_settings("loan_form")
@given(form=loan_forms(), as_of=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
def test_any_loan_form_is_accepted_whole_or_refused_in_words(form, as_of):
    try:
        loan = Loan.model_validate(form)
    except ValidationError as error:
        explain_refusal(error)
        event("refused")
        return
    event(f"accepted: {loan.method.value}")
    # Accepted: what is stored must come back identical, and every view of the loan must work.
    assert Loan.model_validate_json(loan.model_dump_json()) == loan
    schedule = build_schedule(loan)
    assert schedule, "an accepted loan has at least one instalment"
    # The principals add up to the amount borrowed, except that a bank's remaining principal
    # (Loan.opening_principal, issue 13) stands for whatever was repaid outside the schedule.
    repaid_outside = Decimal("0")
    if loan.opening_principal is not None:
        as_scheduled = build_schedule(loan.model_copy(update={"opening_principal": None}))
        repaid_outside = as_scheduled[loan.paid_installments - 1].balance_after - loan.opening_principal
    assert sum((row.principal for row in schedule), Decimal("0")) + repaid_outside == loan.principal
    implied_apr(loan)
    place = position(loan, [], as_of)
    assert place.outstanding_total >= 0


def test_a_loan_starting_near_the_end_of_the_calendar_is_refused_or_gets_a_schedule():
    """Found by this fuzz: Loan took any start date, so a backup holding a loan that starts on
    9999-12-31 imported, and then every view of it failed (build_schedule: "year 10000 is out of
    range"; `python -m app list` ended in "something unexpected went wrong"). Either the model refuses
    such a date, in words, or the schedule is built; checked for the three ways due dates are computed."""
    failures = []
    for method in ("equal_installment", "bullet", "credit_card"):
        form = {
            "lender": "招商银行",
            "kind": "credit_card",
            "method": method,
            "principal": "1000.00",
            "annual_rate": "5",
            "term_months": 12,
            "start_date": "9999-12-31",
            "due_day": 28,
        }
        try:
            loan = Loan.model_validate(form)
        except ValidationError as error:
            explain_refusal(error)
            continue
        try:
            build_schedule(loan)
        except Exception as error:  # noqa: BLE001 - collected, so that every method is reported
            failures.append(f"{method}: {type(error).__name__}: {error}")
    assert not failures, "accepted, then no schedule:\n" + "\n".join(failures)
