"""Where a loan stands on a day: payments applied oldest first, statuses, days past due, overdue counts.

Most cases use an interest-free loan of 1,200 over 12 months (100.00 due on the 10th of each month
from 2026-02-10), so every figure can be checked by eye.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.core.models import Loan, LoanKind, Payment, RepaymentMethod
from app.core.schedule import CARD_SHORTFALL_TOLERANCE, InstallmentStatus, position

S = InstallmentStatus


def simple_loan(**terms) -> Loan:
    values = {
        "id": "loan-1",
        "lender": "微粒贷",
        "kind": LoanKind.small_online,
        "method": RepaymentMethod.equal_installment,
        "principal": Decimal("1200.00"),
        "annual_rate": Decimal("0"),
        "term_months": 12,
        "start_date": date(2026, 1, 20),
        "due_day": 10,
    }
    values.update(terms)
    return Loan(**values)


def card_statement(balance: str = "5000.00", **terms) -> Loan:
    # Minimum 10 % = 500.00; statement on 2026-03-05, due 2026-03-25, three days' grace (容时).
    values = {
        "id": "card-1",
        "lender": "招商银行",
        "kind": LoanKind.credit_card,
        "method": RepaymentMethod.credit_card,
        "principal": Decimal(balance),
        "annual_rate": Decimal("18.25"),
        "start_date": date(2026, 3, 5),
        "due_day": 25,
        "grace_days": 3,
    }
    values.update(terms)
    return Loan(**values)


def paid(loan: Loan, on: date, amount: str) -> Payment:
    return Payment(loan_id=loan.id, paid_on=on, amount=Decimal(amount))


def statuses(where) -> list[InstallmentStatus]:
    return [state.status for state in where.states]


def test_before_the_first_due_date_everything_is_upcoming():
    loan = simple_loan()
    where = position(loan, [], date(2026, 2, 1))
    assert statuses(where) == [S.upcoming] * 12
    assert where.days_past_due == 0 and where.overdue_amount == 0 and where.overdue_installments == 0
    assert where.first_unpaid_due_date == date(2026, 2, 10)
    assert where.next_due is where.states[0]
    assert where.outstanding_total == Decimal("1200.00") == where.outstanding_principal
    assert where.paid_total == 0 and where.credit == 0


def test_on_the_due_date_it_is_due_not_overdue():
    where = position(simple_loan(), [], date(2026, 2, 10))
    assert where.states[0].status is S.due and where.days_past_due == 0
    assert where.next_due is where.states[0]  # still payable today


def test_the_day_after_the_due_date_without_grace_is_day_one():
    where = position(simple_loan(), [], date(2026, 2, 11))
    first = where.states[0]
    assert first.status is S.overdue and first.days_overdue == 1
    assert where.days_past_due == 1 and where.overdue_amount == Decimal("100.00")
    assert where.next_due is where.states[1]


@pytest.mark.parametrize(
    ("as_of", "days_past_due", "status"),
    [
        (date(2026, 2, 10), 0, S.due),
        (date(2026, 2, 13), 0, S.due),  # the last day of grace: due + 3
        (date(2026, 2, 14), 4, S.overdue),  # after grace the count is from the due date itself
        (date(2026, 2, 20), 10, S.overdue),
    ],
)
def test_grace_days_keep_days_past_due_at_zero_then_count_from_the_due_date(as_of, days_past_due, status):
    where = position(simple_loan(grace_days=3), [], as_of)
    assert where.days_past_due == days_past_due and where.states[0].status is status
    assert where.overdue_installments == (1 if status is S.overdue else 0)


def test_a_payment_goes_to_the_oldest_unpaid_instalment_first():
    loan = simple_loan()
    # Three instalments missed, then 150 paid: the first is settled, the second half paid.
    where = position(loan, [paid(loan, date(2026, 4, 20), "150.00")], date(2026, 4, 25))
    assert statuses(where)[:4] == [S.paid, S.overdue, S.overdue, S.upcoming]
    assert [state.paid for state in where.states[:3]] == [Decimal("100.00"), Decimal("50.00"), Decimal("0.00")]
    assert where.states[0].settled_on == date(2026, 4, 20) and where.states[1].settled_on is None
    # Days count from the first instalment still unpaid: March 10.
    assert where.first_unpaid_due_date == date(2026, 3, 10)
    assert where.days_past_due == (date(2026, 4, 25) - date(2026, 3, 10)).days == 46
    assert where.overdue_amount == Decimal("150.00") and where.overdue_installments == 2
    assert where.consecutive_overdue == 2
    assert where.cumulative_overdue == 3  # the first was settled, but 69 days late


def test_a_partial_payment_before_the_due_date_is_partly_paid():
    loan = simple_loan()
    where = position(loan, [paid(loan, date(2026, 2, 1), "60.00")], date(2026, 2, 5))
    first = where.states[0]
    assert first.status is S.partly_paid and first.paid == Decimal("60.00") and first.outstanding == Decimal("40.00")
    assert where.next_due is first


def test_a_partial_payment_that_is_still_short_after_the_due_date_is_overdue():
    loan = simple_loan()
    where = position(loan, [paid(loan, date(2026, 2, 10), "60.00")], date(2026, 2, 15))
    assert where.states[0].status is S.overdue
    assert where.overdue_amount == Decimal("40.00") and where.days_past_due == 5


def test_early_payments_settle_future_instalments_in_order():
    loan = simple_loan()
    where = position(loan, [paid(loan, date(2026, 1, 25), "250.00")], date(2026, 2, 1))
    assert statuses(where)[:4] == [S.paid, S.paid, S.partly_paid, S.upcoming]
    assert where.states[1].settled_on == date(2026, 1, 25)
    assert where.next_due is where.states[2] and where.next_due.outstanding == Decimal("50.00")
    assert where.first_unpaid_due_date == date(2026, 4, 10)
    assert where.outstanding_total == Decimal("950.00")


def test_over_payment_becomes_credit():
    loan = simple_loan()
    where = position(loan, [paid(loan, date(2026, 1, 25), "1000.00"), paid(loan, date(2026, 3, 1), "500.00")],
                     date(2026, 3, 2))
    assert statuses(where) == [S.paid] * 12
    assert where.credit == Decimal("300.00") and where.paid_total == Decimal("1500.00")
    assert where.outstanding_total == 0 and where.outstanding_principal == 0
    assert where.first_unpaid_due_date is None and where.next_due is None and where.days_past_due == 0


def test_payments_after_the_day_and_other_loans_payments_do_not_count():
    loan = simple_loan()
    payments = [
        paid(loan, date(2026, 2, 12), "100.00"),  # after as_of
        Payment(loan_id="someone-else", paid_on=date(2026, 2, 1), amount=Decimal("100.00")),
    ]
    where = position(loan, payments, date(2026, 2, 11))
    assert where.paid_total == 0 and where.states[0].status is S.overdue
    assert position(loan, payments, date(2026, 2, 12)).states[0].status is S.paid


def test_payments_apply_in_date_order_whatever_order_they_are_given_in():
    loan = simple_loan()
    payments = [paid(loan, date(2026, 3, 10), "100.00"), paid(loan, date(2026, 2, 10), "100.00")]
    where = position(loan, payments, date(2026, 3, 11))
    assert [state.settled_on for state in where.states[:2]] == [date(2026, 2, 10), date(2026, 3, 10)]
    assert where.cumulative_overdue == 0


def test_three_in_a_row_and_six_in_total_are_counted_as_a_mortgage_contract_does():
    loan = simple_loan(kind=LoanKind.mortgage)
    payments = [
        paid(loan, date(2026, 5, 5), "300.00"),  # February to April caught up late
        paid(loan, date(2026, 5, 10), "100.00"),  # May on time
        paid(loan, date(2026, 6, 10), "100.00"),  # June on time
    ]
    where = position(loan, payments, date(2026, 8, 20))  # July and August missed
    assert statuses(where)[:8] == [S.paid] * 5 + [S.overdue, S.overdue, S.upcoming]
    assert where.consecutive_overdue == 2
    assert where.cumulative_overdue == 5
    assert where.days_past_due == (date(2026, 8, 20) - date(2026, 7, 10)).days == 41


def test_consecutive_overdue_is_zero_when_the_latest_instalment_past_due_is_paid():
    loan = simple_loan()
    # 200 paid late on March 20 covers February and March; nothing is overdue any more.
    where = position(loan, [paid(loan, date(2026, 3, 20), "200.00")], date(2026, 3, 25))
    assert where.consecutive_overdue == 0 and where.overdue_installments == 0
    assert where.cumulative_overdue == 2  # both had gone past their due date unpaid


def test_paying_on_the_last_day_of_grace_is_not_overdue_ever():
    loan = simple_loan(grace_days=3)
    where = position(loan, [paid(loan, date(2026, 2, 13), "100.00")], date(2026, 3, 1))
    assert where.cumulative_overdue == 0 and where.states[0].status is S.paid


def test_payments_cover_interest_before_principal():
    # 12,000 at 6 % over 12 months, lent 2026-01-20, first due 2026-02-10: the first period is 21 days,
    # so its interest is 12,000 * 0.06 / 360 * 21 = 42.00 (actual days), and its principal the regular
    # 972.80 (payment 1032.80, float check 1032.797, less a full month's 60.00 interest).
    loan = simple_loan(principal=Decimal("12000.00"), annual_rate=Decimal("6"))
    assert position(loan, [paid(loan, date(2026, 2, 1), "40.00")], date(2026, 2, 2)).outstanding_principal == (
        Decimal("12000.00")
    )
    where = position(loan, [paid(loan, date(2026, 2, 1), "100.00")], date(2026, 2, 2))
    assert where.outstanding_principal == Decimal("11942.00")
    assert where.states[0].outstanding == Decimal("914.80")


def test_a_card_statement_unpaid_after_grace_is_overdue_by_its_minimum():
    loan = card_statement()
    assert position(loan, [], date(2026, 3, 28)).days_past_due == 0  # due 25th + 3 days' grace
    where = position(loan, [], date(2026, 3, 29))
    assert where.states[0].status is S.overdue and where.days_past_due == 4
    assert where.overdue_amount == Decimal("500.00")  # the minimum, not the whole balance
    # Owed today: the balance, revolving interest from the statement date (no posting date entered)
    # through today, 5,000 x 0.05 % x 25 days (3-5 .. 3-29) = 62.50, and the 5 % late fee on the unpaid
    # minimum, 25.00. Until this branch a card owed its bare balance however late it was.
    assert where.outstanding_total == Decimal("5000.00") + Decimal("62.50") + Decimal("25.00")


def test_paying_the_card_minimum_keeps_the_statement_out_of_overdue():
    loan = card_statement()
    where = position(loan, [paid(loan, date(2026, 3, 20), "500.00")], date(2026, 4, 20))
    # The 4-5 statement carries the unpaid 4,500 on: the first statement, its minimum met, owes nothing.
    assert [state.status for state in where.states] == [S.paid, S.upcoming]
    assert where.states[1].installment.amount == Decimal("4576.00") and where.next_due is where.states[1]
    assert where.days_past_due == 0 and where.overdue_amount == 0 and where.cumulative_overdue == 0
    # Only the minimum was paid, so the interest-free period is lost (it was kept until this branch):
    # 5,000 x 0.05 % x 16 days (3-5 .. 3-20) + 4,500 x 0.05 % x 16 days (3-21 .. 4-5) = 76.00 on the 4-5
    # statement, then 4,576 x 0.05 % x 15 days (4-6 .. 4-20) = 34.32 accrued since.
    assert where.outstanding_total == Decimal("4500.00") + Decimal("76.00") + Decimal("34.32")


@pytest.mark.parametrize(
    ("payment", "overdue"),
    [("490.00", False), ("489.99", True), ("495.50", False)],
)
def test_a_card_shortfall_of_up_to_ten_yuan_is_tolerated(payment, overdue):
    assert CARD_SHORTFALL_TOLERANCE == Decimal("10.00")
    loan = card_statement()
    where = position(loan, [paid(loan, date(2026, 3, 25), payment)], date(2026, 4, 10))
    assert (where.states[0].status is S.overdue) is overdue
    assert where.overdue_amount == (Decimal("500.00") - Decimal(payment) if overdue else 0)


def test_a_card_minimum_paid_late_counts_once_in_the_overdue_history():
    loan = card_statement()
    where = position(loan, [paid(loan, date(2026, 4, 2), "500.00")], date(2026, 4, 10))
    assert where.days_past_due == 0 and where.cumulative_overdue == 1 and where.consecutive_overdue == 0


def test_a_card_balance_within_the_tolerance_is_never_overdue():
    loan = card_statement("8.00")  # the minimum is the whole 8.00, short by at most 8
    where = position(loan, [], date(2026, 6, 1))
    assert where.states[0].status is S.due and where.days_past_due == 0 and where.cumulative_overdue == 0


def test_a_settled_loan_stays_settled_on_any_later_day():
    loan = simple_loan()
    payments = [paid(loan, date(2026, 1, 30) + timedelta(days=30 * k), "100.00") for k in range(12)]
    for as_of in (date(2027, 1, 1), date(2030, 6, 1)):
        where = position(loan, payments, as_of)
        assert statuses(where) == [S.paid] * 12 and where.credit == 0 and where.days_past_due == 0
