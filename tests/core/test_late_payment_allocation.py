"""A late payment pays the penalty first (《民法典》第五百六十一条: costs, then interest, then principal;
penalty and compound interest count as interest; bank loan contracts state 罚息/复利 -> 利息 -> 本金).

Before this rule the app put a late payment straight on the instalment, so a borrower 20 days late who
paid exactly the instalment was shown "paid, current", while the lender's system still had a few yuan of
it unpaid, overdue, and bearing penalty. Every figure below is worked by hand in the comments.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from debt_samples import consumer_loan

from app.core.models import CustomInstallment, Loan, LoanKind, Payment, RepaymentMethod
from app.core.money_how import explain_position, if_paid_on
from app.core.schedule import InstallmentStatus, build_schedule, position

CENT = Decimal("0.01")


def three_thousand_a_month(**terms) -> Loan:
    """The lender's own schedule, typed in: three instalments of 2,800 principal + 200 interest, and a
    contract penalty rate of 18 % a year, 0.05 % a day (daily = yearly / 360)."""
    values = {
        "id": "phone",
        "lender": "某消费金融",
        "kind": LoanKind.unsecured_consumer,
        "method": RepaymentMethod.custom,
        "principal": Decimal("8400.00"),
        "annual_rate": Decimal("12"),
        "penalty_rate": Decimal("18"),
        "term_months": 3,
        "start_date": date(2026, 10, 1),
        "due_day": 1,
        "custom_installments": [
            CustomInstallment(due_date=due, principal=Decimal("2800.00"), interest=Decimal("200.00"))
            for due in (date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1))
        ],
    }
    values.update(terms)
    return Loan(**values)


def test_paying_exactly_the_instalment_20_days_late_leaves_part_of_it_overdue():
    # Instalment 1 (3,000.00 = 2,800.00 principal + 200.00 interest) is due 2026-11-01; 3,000.00 is paid
    # on 2026-11-21, 20 days late. By hand, to that day:
    #   罚息 on the overdue principal: 2,800.00 x 20 x 0.0005 = 28.00
    #   复利 on the overdue interest:    200.00 x 20 x 0.0005 =  2.00
    # so 30.00 of the payment is penalty and 2,970.00 reaches the instalment (its 200.00 interest, then
    # 2,770.00 of principal): 30.00 of principal stays unpaid and the loan stays 20 days overdue.
    loan = three_thousand_a_month()
    paid = [Payment(loan_id=loan.id, paid_on=date(2026, 11, 21), amount=Decimal("3000.00"))]
    where = position(loan, paid, date(2026, 11, 21))
    first = where.states[0]
    assert first.status is InstallmentStatus.overdue
    assert first.paid == Decimal("2970.00") and first.penalty_paid == Decimal("30.00")
    assert first.outstanding == Decimal("30.00") and first.settled_on is None
    assert where.days_past_due == 20 and where.overdue_installments == 1
    assert where.overdue_amount == Decimal("30.00")
    assert where.penalty_interest == 0  # the penalty to this day is paid, and not charged again
    assert where.amount_to_become_current == Decimal("30.00")
    assert where.outstanding_principal == Decimal("5630.00")  # 8,400.00 - 2,770.00
    assert where.paid_total == Decimal("3000.00")
    assert [(t.paid_on, t.amount, t.penalty, t.compound) for t in where.penalty_taken] == [
        (date(2026, 11, 21), Decimal("3000.00"), Decimal("30.00"), Decimal("2.00"))
    ]
    # Nine days on (2026-11-30, 29 days late) penalty runs on the 30.00 left, all principal:
    #   30.00 x 9 x 0.0005 = 0.135 -> 0.14 (half up); nothing of the 28.00 + 2.00 is charged again.
    later = position(loan, paid, date(2026, 11, 30))
    assert later.days_past_due == 29
    assert later.penalty_interest == Decimal("0.14") and later.compound_interest == 0
    assert later.states[0].penalty_owed == Decimal("0.14")
    assert later.amount_to_become_current == Decimal("30.14")
    # Paying those 30.14 that day makes the loan current: 0.14 penalty, then the 30.00.
    cured = position(loan, [*paid, Payment(loan_id=loan.id, paid_on=date(2026, 11, 30), amount=Decimal("30.14"))],
                     date(2026, 11, 30))
    assert cured.days_past_due == 0 and cured.overdue_amount == 0 and cured.penalty_interest == 0
    assert cured.states[0].status is InstallmentStatus.paid and cured.states[0].settled_on == date(2026, 11, 30)
    assert cured.states[0].penalty_paid == Decimal("30.14") and cured.credit == 0


def test_a_payment_on_the_due_date_or_within_grace_is_unchanged():
    loan = three_thousand_a_month(grace_days=3)
    for day in (date(2026, 10, 20), date(2026, 11, 1), date(2026, 11, 4)):  # early, on the day, in grace
        paid = [Payment(loan_id=loan.id, paid_on=day, amount=Decimal("3000.00"))]
        where = position(loan, paid, date(2026, 11, 10))
        assert where.states[0].status is InstallmentStatus.paid and where.states[0].penalty_paid == 0
        assert where.days_past_due == 0 and where.penalty_taken == ()
    # One day past grace (4 days late) the penalty counts from the due date: (2,800 + 200) x 4 x 0.0005
    # = 6.00, so 6.00 of the instalment is left.
    paid = [Payment(loan_id=loan.id, paid_on=date(2026, 11, 5), amount=Decimal("3000.00"))]
    where = position(loan, paid, date(2026, 11, 5))
    assert where.overdue_amount == Decimal("6.00") and where.days_past_due == 4


def test_paying_two_overdue_instalments_late_pays_each_ones_penalty_before_it():
    # 100,000 at 6 % over 12 months; penalty 9 % a year (6 % + 50 %), 0.025 % a day. Instalment 1 (due
    # 2026-02-10) is 8,106.64 principal + 500.00 interest, instalment 2 (due 2026-03-10) 8,147.17 +
    # 459.47; both 8,606.64. Nothing paid until 17,213.28 (both instalments) on 2026-03-27. By hand:
    #   instalment 1, 45 days: 罚息 8,106.64 x 45 x 0.00025 = 91.1997 -> 91.20
    #                           复利    500.00 x 45 x 0.00025 =  5.625  ->  5.63   (96.83 in all)
    #   17,213.28 - 96.83 - 8,606.64 = 8,509.81 left for instalment 2, 17 days:
    #                           罚息 8,147.17 x 17 x 0.00025 = 34.6255 -> 34.63
    #                           复利   459.47 x 17 x 0.00025 =  1.9527 ->  1.95   (36.58 in all)
    #   8,509.81 - 36.58 = 8,473.23 reaches instalment 2: 8,606.64 - 8,473.23 = 133.41 stays unpaid.
    loan = consumer_loan()
    paid = [Payment(loan_id=loan.id, paid_on=date(2026, 3, 27), amount=Decimal("17213.28"))]
    where = position(loan, paid, date(2026, 3, 27))
    first, second = where.states[0], where.states[1]
    assert first.status is InstallmentStatus.paid and first.penalty_paid == Decimal("96.83")
    assert second.status is InstallmentStatus.overdue and second.penalty_paid == Decimal("36.58")
    assert second.paid == Decimal("8473.23") and second.outstanding == Decimal("133.41")
    assert where.days_past_due == 17 and where.overdue_amount == Decimal("133.41")
    assert where.consecutive_overdue == 1 and where.cumulative_overdue == 2
    assert where.penalty_interest == 0 and where.amount_to_become_current == Decimal("133.41")
    assert where.penalty_taken[0].penalty == Decimal("133.41") and where.penalty_taken[0].compound == Decimal("7.58")
    # On 2026-04-09 (instalment 3 is due 04-10): 133.41 of principal x 13 days x 0.00025 = 0.4336 -> 0.43.
    later = if_paid_on(loan, paid, date(2026, 4, 9))
    assert later.days_past_due == 30 and later.penalty_interest == Decimal("0.43")
    assert later.amount_to_become_current == Decimal("133.84")


def test_a_partial_late_payment_that_does_not_cover_the_penalty_leaves_the_rest_owed():
    # Instalment 1 of the 3,000 loan, 20 days late: 30.00 penalty (see above). A payment of 20.00 that day
    # pays 20.00 of the 28.00 罚息 and nothing else; 8.00 罚息 + 2.00 复利 stay owed, the instalment
    # is untouched. Ten days on (30 days late) the whole 3,000 has borne penalty for those ten days too:
    #   2,800 x 10 x 0.0005 = 14.00 罚息, 200 x 10 x 0.0005 = 1.00 复利: owed 22.00 罚息 + 3.00 复利.
    loan = three_thousand_a_month()
    paid = [Payment(loan_id=loan.id, paid_on=date(2026, 11, 21), amount=Decimal("20.00"))]
    where = position(loan, paid, date(2026, 11, 21))
    assert where.states[0].paid == 0 and where.states[0].penalty_paid == Decimal("20.00")
    assert where.penalty_interest == Decimal("10.00") and where.compound_interest == Decimal("2.00")
    later = position(loan, paid, date(2026, 12, 1))
    assert later.penalty_interest == Decimal("25.00") and later.compound_interest == Decimal("3.00")
    assert later.overdue_amount == Decimal("3000.00")  # instalment 2 is due today, not yet overdue


def test_month_end_and_leap_day_due_dates():
    # 等额本金 12,000 at 12 % over 12 months, lent 2023-12-31, due on day 31: instalment 1 due 2024-01-31
    # (1,000 + 120 interest), instalment 2 due 2024-02-29 (1,000 + 110), instalment 3 2024-03-31
    # (1,000 + 100). Penalty 18 % a year, 0.05 % a day.
    loan = Loan(
        id="leap", lender="银行", kind=LoanKind.unsecured_consumer, method=RepaymentMethod.equal_principal,
        principal=Decimal("12000.00"), annual_rate=Decimal("12"), term_months=12,
        start_date=date(2023, 12, 31), due_day=31,
    )
    rows = build_schedule(loan)
    assert [row.due_date for row in rows[:3]] == [date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31)]
    assert [row.amount for row in rows[:3]] == [Decimal("1120.00"), Decimal("1110.00"), Decimal("1100.00")]
    # 1,120.00 paid on the leap day, 29 days after 31 January:
    #   罚息 1,000 x 29 x 0.0005 = 14.50; 复利 120 x 29 x 0.0005 = 1.74; 16.24 to penalty, so 16.24 of
    #   instalment 1's principal stays overdue. Instalment 2 is due that very day: due, not overdue.
    first = Payment(loan_id=loan.id, paid_on=date(2024, 2, 29), amount=Decimal("1120.00"))
    where = position(loan, [first], date(2024, 2, 29))
    assert where.days_past_due == 29 and where.overdue_amount == Decimal("16.24")
    assert where.states[1].status is InstallmentStatus.due
    # 1,110.00 paid on 2024-03-31 (31 days after the leap day) reaches instalment 1 first:
    #   16.24 x 31 x 0.0005 = 0.2517 -> 0.25 penalty, then its 16.24; 1,093.51 left for instalment 2,
    #   31 days late: 罚息 1,000 x 31 x 0.0005 = 15.50, 复利 110 x 31 x 0.0005 = 1.705 -> 1.71;
    #   1,093.51 - 17.21 = 1,076.30 reaches it, so 1,110.00 - 1,076.30 = 33.70 of it stays overdue.
    second = Payment(loan_id=loan.id, paid_on=date(2024, 3, 31), amount=Decimal("1110.00"))
    where = position(loan, [first, second], date(2024, 3, 31))
    assert where.states[0].status is InstallmentStatus.paid and where.states[0].settled_on == date(2024, 3, 31)
    assert where.states[0].penalty_paid == Decimal("16.49")
    assert where.states[1].penalty_paid == Decimal("17.21") and where.states[1].outstanding == Decimal("33.70")
    assert where.days_past_due == 31 and where.overdue_amount == Decimal("33.70")


def test_the_how_text_says_the_late_payment_went_to_penalty_first():
    loan = three_thousand_a_month()
    paid = [Payment(loan_id=loan.id, paid_on=date(2026, 11, 21), amount=Decimal("3000.00"))]
    where = position(loan, paid, date(2026, 11, 30))
    english = explain_position(loan, where, "en")
    chinese = explain_position(loan, where, "zh_CN")
    said = "¥3,000.00 paid on 2026-11-21: ¥30.00 to penalty interest, ¥2,970.00 to the instalments"
    assert said in english["penalty_interest"] and said in english["amount_to_become_current"]
    assert "¥30.00" in chinese["penalty_interest"] and "罚息" in chinese["penalty_interest"]
    assert "¥2,970.00" in chinese["amount_to_become_current"]
    # A payment on time says nothing of the kind.
    on_time = [Payment(loan_id=loan.id, paid_on=date(2026, 11, 1), amount=Decimal("3000.00"))]
    calm = explain_position(loan, position(loan, on_time, date(2026, 11, 30)), "en")
    assert "to penalty interest" not in calm["penalty_interest"] + calm["amount_to_become_current"]


# --------------------------------------------------------------------------------- property

PROPERTY_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
money = st.integers(1, 5_000_000).map(lambda value: Decimal(value) * CENT)


@st.composite
def late_situations(draw):
    method = draw(st.sampled_from([
        RepaymentMethod.equal_installment, RepaymentMethod.equal_principal, RepaymentMethod.interest_only,
        RepaymentMethod.flat_fee, RepaymentMethod.bullet,
    ]))
    loan = Loan(
        id="loan", lender="测试银行", kind=LoanKind.unsecured_consumer, method=method,
        principal=draw(st.integers(100_00, 2_000_000_00).map(lambda value: Decimal(value) * CENT)),
        annual_rate=draw(st.integers(0, 3600).map(lambda value: Decimal(value) / 100)),
        monthly_fee_rate=draw(st.integers(0, 300).map(lambda value: Decimal(value) / 100)),
        penalty_rate=draw(st.none() | st.integers(0, 5400).map(lambda value: Decimal(value) / 100)),
        compound_interest=draw(st.booleans()),
        term_months=draw(st.integers(1, 36)),
        start_date=draw(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))),
        due_day=draw(st.integers(1, 31)),
        grace_days=draw(st.integers(0, 5)),
        late_fee_per_installment=draw(st.sampled_from([Decimal("0.00"), Decimal("30.00")])),
    )
    rows = build_schedule(loan)
    span = (rows[-1].due_date - loan.start_date).days + 120
    as_of = loan.start_date + timedelta(days=draw(st.integers(0, span)))
    # Partial payments on random days up to as_of, late ones among them.
    days = draw(st.lists(st.integers(0, (as_of - loan.start_date).days), max_size=5))
    payments = [
        Payment(loan_id=loan.id, paid_on=loan.start_date + timedelta(days=offset), amount=draw(money))
        for offset in days
    ]
    return loan, payments, as_of


@PROPERTY_SETTINGS
@given(late_situations())
def test_paying_the_amount_shown_to_become_current_makes_the_loan_current_that_day(situation):
    loan, payments, as_of = situation
    where = if_paid_on(loan, payments, as_of)
    if not where.amount_to_become_current:
        assert where.overdue_amount == 0 and where.penalty_interest == 0
        return
    paying = Payment(loan_id=loan.id, paid_on=as_of, amount=where.amount_to_become_current)
    after = position(loan, [*payments, paying], as_of)
    assert after.overdue_amount == 0 and after.penalty_interest == 0
    assert after.days_past_due == 0 and after.overdue_installments == 0
    # Paying the whole payoff figure that day leaves nothing overdue either.
    paying_off = Payment(loan_id=loan.id, paid_on=as_of, amount=where.payoff_amount)
    settled = position(loan, [*payments, paying_off], as_of)
    assert settled.overdue_amount == 0 and settled.penalty_interest == 0 and settled.days_past_due == 0
    # Not a cent too much is asked for: one cent less (when no late fee, which payments do not reach,
    # is in the amount) leaves the loan overdue.
    if not where.fees:
        short = Payment(loan_id=loan.id, paid_on=as_of, amount=where.amount_to_become_current - CENT)
        assert position(loan, [*payments, short], as_of).overdue_amount > 0
