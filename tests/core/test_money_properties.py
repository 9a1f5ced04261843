"""Issue 13's properties over random loans: part-way entry, prepayments, penalty interest."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.core.amortization import rework
from app.core.models import Loan, LoanKind, Payment, PrepaymentMode, RateChange, RepaymentMethod
from app.core.schedule import build_schedule, due_dates, position

CENT = Decimal("0.01")
PROPERTY_SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

INSTALMENT_METHODS = (
    RepaymentMethod.equal_installment,
    RepaymentMethod.equal_principal,
    RepaymentMethod.interest_only,
    RepaymentMethod.flat_fee,
    RepaymentMethod.bullet,
)
REWORKABLE = INSTALMENT_METHODS[:3]


@st.composite
def loans(draw, methods=INSTALMENT_METHODS) -> Loan:
    method = draw(st.sampled_from(methods))
    return Loan(
        id="loan",
        lender="测试银行",
        kind=LoanKind.unsecured_consumer,
        method=method,
        principal=draw(st.integers(100_00, 5_000_000_00).map(lambda value: Decimal(value) * CENT)),
        annual_rate=draw(st.integers(0, 3600).map(lambda value: Decimal(value) / 100)),
        monthly_fee_rate=draw(st.integers(0, 300).map(lambda value: Decimal(value) / 100)),
        term_months=draw(st.integers(1, 120)),
        start_date=draw(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))),
        due_day=draw(st.integers(1, 31)),
        grace_days=draw(st.integers(0, 5)),
        late_fee_per_installment=draw(st.sampled_from([Decimal("0.00"), Decimal("30.00")])),
    )


STATE_FIELDS = ("installment", "paid", "outstanding", "status", "days_overdue", "settled_on")
POSITION_FIELDS = (
    "days_past_due", "first_unpaid_due_date", "overdue_amount", "overdue_installments", "consecutive_overdue",
    "cumulative_overdue", "outstanding_total", "outstanding_principal", "credit", "paid_total", "interest_due",
    "interest_accrued", "future_interest", "outstanding", "penalty_interest", "compound_interest", "fees",
    "amount_to_become_current", "payoff_amount",
)


@PROPERTY_SETTINGS
@given(loan=loans(), data=st.data())
def test_a_loan_entered_part_way_is_the_same_as_one_with_on_time_payments(loan, data):
    rows = build_schedule(loan)
    paid = data.draw(st.integers(0, len(rows)))
    first_open = rows[paid].due_date if paid < len(rows) else rows[-1].due_date
    as_of = data.draw(st.dates(min_value=rows[paid - 1].due_date if paid else loan.start_date,
                               max_value=first_open + timedelta(days=400)))
    # The same later payments in both: one on a random day after the paid instalments.
    later = [
        Payment(id="later", loan_id=loan.id, paid_on=as_of, amount=data.draw(st.integers(1, 10**7)) * CENT)
    ] if data.draw(st.booleans()) else []
    recorded = [
        Payment(id=f"p{row.number}", loan_id=loan.id, paid_on=row.due_date, amount=row.amount)
        for row in rows[:paid]
        if row.amount > 0
    ]
    entered = position(loan.model_copy(update={"paid_installments": paid}), later, as_of)
    with_records = position(loan, recorded + later, as_of)
    for field in POSITION_FIELDS:
        assert getattr(entered, field) == getattr(with_records, field), field
    assert entered.next_due == with_records.next_due
    for mine, theirs in zip(entered.states[paid:], with_records.states[paid:], strict=True):
        for field in STATE_FIELDS:
            assert getattr(mine, field) == getattr(theirs, field), field


@PROPERTY_SETTINGS
@given(loan=loans(REWORKABLE), data=st.data())
def test_a_prepayment_never_increases_what_is_still_owed(loan, data):
    rows = build_schedule(loan)
    paid_on = data.draw(st.dates(min_value=loan.start_date, max_value=rows[-1].due_date - timedelta(days=1)))
    paid_before = sum(1 for row in rows if row.due_date <= paid_on)
    loan = loan.model_copy(update={"paid_installments": paid_before})
    prepayment = Payment(
        loan_id=loan.id, paid_on=paid_on, amount=data.draw(st.integers(1, 10**8)) * CENT,
        prepayment=data.draw(st.sampled_from(list(PrepaymentMode))),
    )
    as_of = data.draw(st.dates(min_value=paid_on, max_value=rows[-1].due_date + timedelta(days=60)))
    before = position(loan, [], as_of)
    after = position(loan, [prepayment], as_of)
    assert after.outstanding_principal <= before.outstanding_principal
    assert after.outstanding_total <= before.outstanding_total
    assert after.payoff_amount <= before.payoff_amount
    assert sum(row.amount for row in build_schedule(loan, [prepayment])) <= sum(row.amount for row in rows)


@PROPERTY_SETTINGS
@given(loan=loans(), data=st.data())
def test_penalty_and_fees_are_zero_when_nothing_is_overdue(loan, data):
    rows = build_schedule(loan)
    as_of = data.draw(st.dates(min_value=loan.start_date, max_value=rows[-1].due_date + timedelta(days=400)))
    # Every instalment due by as_of paid on time (some by records, the first ones declared paid).
    due = [row for row in rows if row.due_date <= as_of]
    declared = data.draw(st.integers(0, len(due)))
    payments = [
        Payment(loan_id=loan.id, paid_on=row.due_date - timedelta(days=data.draw(st.integers(0, 3))),
                amount=row.amount)
        for row in due[declared:]
        if row.amount > 0
    ]
    where = position(loan.model_copy(update={"paid_installments": declared}), payments, as_of)
    assert where.overdue_installments == 0
    assert where.penalty_interest == 0 and where.compound_interest == 0 and where.fees == 0
    assert where.amount_to_become_current == 0


@PROPERTY_SETTINGS
@given(loan=loans(REWORKABLE))
def test_reworking_without_any_change_gives_the_plain_schedule(loan):
    # A rate "change" to the same rate on the start date takes the re-working path; nothing may move.
    same = loan.model_copy(update={"rate_changes": [RateChange(effective=loan.start_date, annual_rate=loan.annual_rate)]})
    assert build_schedule(same) == build_schedule(loan)
    dates = due_dates(loan.start_date, loan.due_day, loan.term_months)
    assert rework(loan, [], dates).rows == build_schedule(loan)


@PROPERTY_SETTINGS
@given(loan=loans(REWORKABLE), data=st.data())
def test_a_reworked_schedule_repays_exactly_the_principal(loan, data):
    rows = build_schedule(loan)
    assume(len(rows) > 1)
    changes = [
        RateChange(effective=rows[index].due_date, annual_rate=Decimal(data.draw(st.integers(0, 3600))) / 100)
        for index in sorted(set(data.draw(st.lists(st.integers(0, len(rows) - 1), max_size=3))))
    ]
    prepayments = [
        Payment(loan_id=loan.id, paid_on=rows[index].due_date, amount=data.draw(st.integers(1, 10**7)) * CENT,
                prepayment=data.draw(st.sampled_from(list(PrepaymentMode))))
        for index in data.draw(st.lists(st.integers(0, len(rows) - 2), max_size=3))
    ]
    changed = loan.model_copy(update={"rate_changes": changes})
    prepayments.sort(key=lambda payment: payment.paid_on)
    worked = rework(changed, prepayments, due_dates(loan.start_date, loan.due_day, loan.term_months))
    assert worked.rows == build_schedule(changed, prepayments)
    # Every cent of principal is repaid once: by an instalment or by a prepayment.
    assert sum(row.principal for row in worked.rows) + sum(worked.applied.values()) == loan.principal
    assert all(row.principal >= 0 and row.interest >= 0 for row in worked.rows)
    assert len(worked.rows) <= loan.term_months
