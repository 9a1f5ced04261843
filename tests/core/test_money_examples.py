"""Issue 13's worked examples: the app's figures against independent ones written here.

Independent figures come from the textbook formulas, worked in floats beside each test:
- annuity payment      A = P r / (1 - (1 + r) ** -n), r = annual / 12
- remaining balance    B_k = P (1 + r) ** k - A ((1 + r) ** k - 1) / r   (after k payments of A)
- months to repay B    n = log(A / (A - B r)) / log(1 + r), rounded up
and, where said, from figures Chinese banks' published mortgage calculators print. The app rounds
each month's interest to the cent, so balances after many months may differ from the closed form
by a few cents; each test says how close it must be.
"""

from __future__ import annotations

import math
from datetime import date
from decimal import Decimal

import pytest
from debt_samples import consumer_loan

from app.core.models import Loan, LoanKind, Payment, PrepaymentMode, RateChange, RepaymentMethod
from app.core.money_how import explain_position, if_paid_on
from app.core.partway import installments_due_before, partway_from_balance
from app.core.schedule import build_schedule, position

CENT = Decimal("0.01")
TODAY = date(2026, 12, 7)


def annuity(principal: float, annual_percent: float, months: int) -> float:
    r = annual_percent / 1200
    return principal * r / (1 - (1 + r) ** -months)


def balance_after(principal: float, annual_percent: float, payment: float, k: int) -> float:
    r = annual_percent / 1200
    return principal * (1 + r) ** k - payment * ((1 + r) ** k - 1) / r


def to_cent(value: float) -> Decimal:
    return Decimal(repr(value)).quantize(CENT)


def mortgage(**terms) -> Loan:
    values = {
        "id": "home",
        "lender": "中国建设银行",
        "kind": LoanKind.mortgage,
        "method": RepaymentMethod.equal_installment,
        "principal": Decimal("1000000.00"),
        "annual_rate": Decimal("3.95"),
        "term_months": 360,
        "start_date": date(2024, 3, 20),
        "due_day": 20,
    }
    values.update(terms)
    return Loan(**values)


# ------------------------------------------------------------------------------- part-way entry


def test_the_issue_mortgage_entered_part_way_is_current_with_the_textbook_remaining_principal():
    # Issue 13: 1,000,000, 30 years 等额本息 at 3.95 %, borrowed 2024-03-20, paid on time, entered
    # on 2026-12-07. Instalments due 2024-04-20 .. 2026-11-20: 32 of them.
    # Independent: A = 4745.372 -> 4745.37 (the figure Chinese banks' calculators print for
    # 100万 30年 3.95%); B_32 with A = 4745.37: 951,028.056 -> 951,028.06.
    loan = mortgage()
    assert installments_due_before(loan, TODAY) == 32
    payment = to_cent(annuity(1e6, 3.95, 360))
    assert payment == Decimal("4745.37")
    expected_balance = to_cent(balance_after(1e6, 3.95, 4745.37, 32))
    assert expected_balance == Decimal("951028.06")

    entered = loan.model_copy(update={"paid_installments": installments_due_before(loan, TODAY)})
    where = position(entered, [], TODAY)
    assert where.days_past_due == 0 and where.overdue_amount == 0 and where.overdue_installments == 0
    assert where.cumulative_overdue == 0 and where.consecutive_overdue == 0
    assert where.amount_to_become_current == 0 and where.penalty_interest == 0
    assert where.outstanding_principal == expected_balance
    # Interest since 2026-11-20 (17 of the period's 30 days) on the balance: 951,028.06 * 0.0395 / 12
    # = 3130.47 for the month; 3130.47 * 17 / 30 = 1773.93.
    assert where.interest_accrued == Decimal("1773.93")
    assert where.outstanding == expected_balance + Decimal("1773.93")
    # What the issue saw as "outstanding ¥1,708,334.90" is principal plus every future interest payment.
    assert where.outstanding_total == where.outstanding + where.future_interest
    assert where.next_due.installment.due_date == date(2026, 12, 20)
    assert where.next_due.installment.amount == Decimal("4745.37")


def test_the_bank_apps_remaining_principal_and_next_due_date_give_the_same_loan():
    loan = mortgage()
    entry = partway_from_balance(loan, Decimal("951028.06"), date(2026, 12, 20))
    assert entry.paid_installments == 32 and entry.opening_principal is None
    # A bank balance lower than scheduled (an earlier prepayment the app never saw): kept as the opening
    # principal and re-amortised over the 328 months left. Independent: annuity(900000, 3.95 %, 328).
    entry = partway_from_balance(loan, Decimal("900000.00"), date(2026, 12, 20))
    assert entry.paid_installments == 32 and entry.opening_principal == Decimal("900000.00")
    entered = loan.model_copy(
        update={"paid_installments": entry.paid_installments, "opening_principal": entry.opening_principal}
    )
    where = position(entered, [], TODAY)
    assert where.outstanding_principal == Decimal("900000.00") and where.days_past_due == 0
    assert where.next_due.installment.amount == to_cent(annuity(900000, 3.95, 328))
    assert build_schedule(entered)[-1].due_date == date(2054, 3, 20)


def test_a_date_that_is_not_a_due_date_is_refused_with_a_message():
    from app.core.errors import FieldProblem

    with pytest.raises(FieldProblem) as caught:
        partway_from_balance(mortgage(), Decimal("951028.06"), date(2026, 12, 21))
    assert caught.value.key == "partway.next_due_not_in_schedule"
    # Next due on the first due date but less than the amount borrowed left: the terms are wrong.
    with pytest.raises(FieldProblem) as caught:
        partway_from_balance(mortgage(), Decimal("900000.00"), date(2024, 4, 20))
    assert caught.value.key == "loan.opening_principal_needs_paid"


def test_one_instalment_paid_late_in_the_entered_history_counts_as_late_history_only():
    # Instalment 5 (due 2024-08-20) was paid on 2024-09-02: one late instalment in the history, nothing
    # overdue now.
    loan = mortgage(paid_installments=32, installment_paid_on={5: date(2024, 9, 2)})
    where = position(loan, [], TODAY)
    assert where.days_past_due == 0 and where.cumulative_overdue == 1
    assert where.states[4].settled_on == date(2024, 9, 2)
    assert where.states[5].settled_on == date(2024, 9, 20)


# ---------------------------------------------------------------------------------- prepayment


def _prepaid(mode: PrepaymentMode) -> tuple[Loan, list[Payment]]:
    """1,000,000 at 3.95 % over 30 years, 24 instalments paid, then 200,000 prepaid on 2026-03-20 (the
    24th instalment's due date, after it), as in issue 13."""
    loan = mortgage(paid_installments=24)
    return loan, [
        Payment(loan_id=loan.id, paid_on=date(2026, 3, 20), amount=Decimal("200000.00"), prepayment=mode)
    ]


def test_prepayment_reduce_installment_keeps_the_term_with_a_lower_instalment():
    # Independent: B_24 = 963,757.99 (closed form with A = 4745.37); less 200,000 = 763,757.99;
    # annuity(763,757.99, 3.95 %, 336) = 3760.608 -> 3760.61 a month, still ending 2054-03-20.
    loan, payments = _prepaid(PrepaymentMode.reduce_installment)
    b24 = balance_after(1e6, 3.95, 4745.37, 24)
    expected = to_cent(annuity(b24 - 200000, 3.95, 336))
    assert expected == Decimal("3760.61")
    rows = build_schedule(loan, payments)
    assert rows[24].due_date == date(2026, 4, 20)  # the next instalment is still due next month
    assert abs(rows[24].amount - expected) <= CENT
    assert len(rows) == 360 and rows[-1].due_date == date(2054, 3, 20)
    where = position(loan, payments, date(2026, 4, 1))
    assert abs(where.outstanding_principal - to_cent(b24 - 200000)) <= Decimal("0.05")
    assert where.days_past_due == 0 and where.credit == 0


def test_prepayment_shorten_term_keeps_the_instalment_and_ends_earlier():
    # Independent: with A = 4745.37 and B = 763,757.99, n = log(A / (A - B r)) / log(1 + r) = 229.61,
    # so 230 more instalments (the last smaller): 24 + 230 = 254 in all, the last due 2045-05-20.
    loan, payments = _prepaid(PrepaymentMode.shorten_term)
    r = 3.95 / 1200
    b = balance_after(1e6, 3.95, 4745.37, 24) - 200000
    months_left = math.ceil(math.log(4745.37 / (4745.37 - b * r)) / math.log(1 + r))
    assert months_left == 230
    rows = build_schedule(loan, payments)
    assert len(rows) == 24 + months_left
    assert rows[-1].due_date == date(2045, 5, 20)
    assert {row.amount for row in rows[24:-1]} == {Decimal("4745.37")}
    assert rows[-1].amount < Decimal("4745.37")


def test_prepayment_between_due_dates_charges_the_prepaid_principals_interest_to_that_day():
    # 200,000 prepaid on 2026-04-05, 16 days into the period 2026-03-20 .. 2026-04-20: the prepaid
    # principal bears 200,000 * 3.95 % / 360 * 16 = 351.11 (by hand), charged with instalment 25;
    # the rest of that instalment's interest is a month on the reduced balance.
    loan = mortgage(paid_installments=24)
    on_due = build_schedule(loan, _prepaid(PrepaymentMode.reduce_installment)[1])
    later = build_schedule(
        loan,
        [Payment(loan_id=loan.id, paid_on=date(2026, 4, 5), amount=Decimal("200000.00"),
                 prepayment=PrepaymentMode.reduce_installment)],
    )
    assert later[24].interest - on_due[24].interest == Decimal("351.11")
    assert later[24].principal == on_due[24].principal


def test_the_issue_prepayment_no_longer_skips_42_instalments():
    # The issue: 200,000 extra after 24 months was taken as the next 42 instalments, nothing due until
    # 2031 and 1,394,446 still owed. As a prepayment the next instalment is due next month.
    loan, payments = _prepaid(PrepaymentMode.shorten_term)
    where = position(loan, payments, date(2026, 4, 1))
    assert where.next_due.installment.due_date == date(2026, 4, 20)
    assert where.outstanding < Decimal("770000")


# --------------------------------------------------------------------------------- rate change


def test_an_lpr_repricing_reworks_the_instalment_from_the_next_period():
    # 1,000,000 over 30 years at 4.9 % (banks' calculators print 5307.27 for 100万 30年 4.9%),
    # borrowed 2020-06-15, due the 15th; repriced to 4.65 % (LPR + margin) effective 2021-01-01.
    # The period running on that day (2020-12-15 .. 2021-01-15) keeps 4.9 %; from the period beginning
    # 2021-01-15 the instalment is re-worked: independent annuity(B_7, 4.65 %, 353).
    loan = mortgage(
        annual_rate=Decimal("4.9"), start_date=date(2020, 6, 15), due_day=15,
        rate_changes=[RateChange(effective=date(2021, 1, 1), annual_rate=Decimal("4.65"))],
    )
    assert to_cent(annuity(1e6, 4.9, 360)) == Decimal("5307.27")
    b7 = balance_after(1e6, 4.9, 5307.27, 7)
    rows = build_schedule(loan)
    assert rows[6].due_date == date(2021, 1, 15) and rows[6].amount == Decimal("5307.27")
    assert abs(rows[6].balance_after - to_cent(b7)) <= Decimal("0.02")
    expected = to_cent(annuity(b7, 4.65, 353))
    assert abs(rows[7].amount - expected) <= CENT
    # Its interest is the new rate on the balance: B_7 * 4.65 % / 12.
    assert abs(rows[7].interest - to_cent(b7 * 0.0465 / 12)) <= CENT
    assert rows[-1].due_date == date(2050, 6, 15) and rows[-1].balance_after == 0


def test_equal_principal_first_instalment_matches_the_bank_calculator():
    # 100万 30年 4.9% 等额本金: calculators print a first payment of 6861.11 falling by 11.34 a month.
    # Independent: 1,000,000 / 360 = 2777.78 principal + 1,000,000 * 0.049 / 12 = 4083.33 interest.
    rows = build_schedule(
        mortgage(method=RepaymentMethod.equal_principal, annual_rate=Decimal("4.9"),
                 start_date=date(2024, 3, 20))
    )
    assert rows[0].amount == Decimal("6861.11")
    assert rows[0].amount - rows[1].amount == Decimal("11.34")


# ------------------------------------------------------------------------------------ penalty


def test_penalty_interest_on_a_consumer_loan_45_days_late():
    # 100,000 at 6 % over 12 months (A = 8606.64 by the float formula). Instalment 1 (due 2026-02-10)
    # is 45 days late on 2026-03-27, instalment 2 (due 2026-03-10) 17 days. Penalty rate 6 % + 50 % =
    # 9 % a year, 0.025 % a day (PBOC 银发〔2003〕251号; daily = yearly / 360).
    # By hand: instalment 1 = 8106.64 principal + 500.00 interest; balance 91,893.36; instalment 2
    # interest 459.47, principal 8147.17.
    #   罚息 (overdue principal): (8106.64 * 45 + 8147.17 * 17) * 0.00025 = 125.83
    #   复利 (overdue interest):  (500.00 * 45 + 459.47 * 17) * 0.00025 = 7.58
    loan = consumer_loan()
    where = position(loan, [], date(2026, 3, 27))
    assert where.days_past_due == 45
    assert where.overdue_amount == Decimal("17213.28")
    assert where.penalty_rate == Decimal("9")
    assert where.compound_interest == Decimal("7.58")
    assert where.penalty_interest == Decimal("133.41")
    assert where.amount_to_become_current == Decimal("17346.69")
    # Without compound interest only the 罚息 remains; with a contract rate of 12 % it doubles (by hand
    # 503,300.69 * 12 % / 360 = 167.77).
    assert position(loan.model_copy(update={"compound_interest": False}), [], date(2026, 3, 27)).penalty_interest == (
        Decimal("125.83")
    )
    contract = loan.model_copy(update={"penalty_rate": Decimal("12"), "compound_interest": False})
    assert position(contract, [], date(2026, 3, 27)).penalty_interest == Decimal("167.77")


def test_a_partial_late_payment_lowers_the_penalty_from_its_day():
    # 4000 paid on 2026-03-01 (19 days late) on instalment 1 first pays the penalty accrued to that day
    # (Civil Code art. 561): 罚息 8106.64 * 19 * 0.00025 = 38.5065 -> 38.51, 复利 500 * 19 * 0.00025 =
    # 2.375 -> 2.38, 40.89 in all. The other 3959.11 covers its 500 interest and 3459.11 principal; from
    # then on its overdue principal is 8106.64 - 3459.11 = 4647.53. By hand on 2026-03-05 (4 days on):
    #   罚息 = 4647.53 * 4 * 0.00025 = 4.6475 -> 4.65; 复利 = 0 (its interest is paid)
    loan = consumer_loan()
    payments = [Payment(loan_id=loan.id, paid_on=date(2026, 3, 1), amount=Decimal("4000.00"))]
    where = position(loan, payments, date(2026, 3, 5))
    assert where.compound_interest == Decimal("0.00")
    assert where.penalty_interest == Decimal("4.65")
    assert where.overdue_amount == Decimal("4647.53")
    assert where.amount_to_become_current == Decimal("4652.18")


def test_late_fee_and_what_to_pay_on_a_later_day():
    loan = consumer_loan(late_fee_per_installment=Decimal("50.00"))
    today = position(loan, [], date(2026, 3, 27))
    assert today.fees == Decimal("100.00")
    assert today.amount_to_become_current == Decimal("17213.28") + today.penalty_interest + Decimal("100.00")
    # Paying on 2026-04-09 instead: still two instalments (the third is due 04-10), 13 more days each.
    # 罚息 (8106.64 * 58 + 8147.17 * 30) * 0.00025 = 178.65; 复利 (500 * 58 + 459.47 * 30) * 0.00025 = 10.70.
    later = if_paid_on(loan, [], date(2026, 4, 9))
    assert later.penalty_interest == Decimal("189.35")
    assert later.amount_to_become_current == Decimal("17213.28") + Decimal("189.35") + Decimal("100.00")


def test_every_figure_says_how_it_was_computed_in_both_languages():
    loan = consumer_loan()
    where = position(loan, [], date(2026, 3, 27))
    english = explain_position(loan, where, "en")
    chinese = explain_position(loan, where, "zh_CN")
    assert "9%" in english["penalty_interest"] and "251" in english["penalty_interest"]
    assert "¥133.41" in english["penalty_interest"] and "¥7.58" in chinese["penalty_interest"]
    assert "罚息" in chinese["penalty_interest"]
    assert "¥17,346.69" in english["amount_to_become_current"]
    current = position(loan, [], date(2026, 2, 1))
    assert "current" in explain_position(loan, current, "en")["amount_to_become_current"]
    home = mortgage(paid_installments=32)
    accrued = explain_position(home, position(home, [], TODAY), "en")["interest_accrued"]
    assert "17 of its 30 days" in accrued and "¥1,773.93" in accrued and "2026-11-20" in accrued
    first = consumer_loan(start_date=date(2026, 1, 3))
    accrued = explain_position(first, position(first, [], date(2026, 1, 20)), "zh_CN")["interest_accrued"]
    assert "零头 7 天" in accrued and "360" in accrued


# ------------------------------------------------------------------------------- first period


def test_first_period_interest_counts_actual_days():
    # Lent 2026-01-15, first due 2026-02-10: 26 days, no whole month. 100,000 at 4.9 %:
    # 100,000 * 0.049 / 360 * 26 = 353.89 (a full month would be 408.33). The principal stays the
    # regular 8147.84, so the rest of the schedule is the textbook one.
    loan = consumer_loan(annual_rate=Decimal("4.9"), start_date=date(2026, 1, 15))
    first = build_schedule(loan)[0]
    assert first.interest == Decimal("353.89") and first.principal == Decimal("8147.84")
    # Lent 2026-01-03, due the 10th: one whole month to 2026-02-03 plus 7 days:
    # 408.33 + 100,000 * 0.049 / 360 * 7 = 408.333 + 95.278 = 503.61.
    first = build_schedule(consumer_loan(annual_rate=Decimal("4.9"), start_date=date(2026, 1, 3)))[0]
    assert first.interest == Decimal("503.61")


def test_a_prepayment_on_a_loan_without_a_rate_to_rework_is_an_ordinary_payment():
    # A 等本等息 loan has no annual rate to re-amortise with: the money pays the next instalments, as
    # before issue 13, and nothing is lost or counted twice.
    loan = consumer_loan(method=RepaymentMethod.flat_fee, annual_rate=None, monthly_fee_rate=Decimal("0.6"))
    rows = build_schedule(loan)
    prepaid = Payment(loan_id=loan.id, paid_on=date(2026, 1, 20), amount=rows[0].amount + rows[1].amount,
                      prepayment=PrepaymentMode.shorten_term)
    assert build_schedule(loan, [prepaid]) == rows
    where = position(loan, [prepaid], date(2026, 3, 15))
    assert [state.status.value for state in where.states[:3]] == ["paid", "paid", "upcoming"]
    assert where.paid_total == prepaid.amount and where.credit == 0


def test_a_prepayment_larger_than_the_balance_settles_the_loan_and_the_rest_is_credit():
    # 100,000 at 6 %, first instalment paid on 2026-02-10, then 95,000 prepaid on the 2026-02-10 due date:
    # the balance after instalment 1 is 91,893.36 (by hand above), so 3,106.64 is credit.
    loan = consumer_loan(paid_installments=1)
    prepaid = Payment(loan_id=loan.id, paid_on=date(2026, 2, 10), amount=Decimal("95000.00"),
                      prepayment=PrepaymentMode.reduce_installment, prepayment_fee=Decimal("100.00"))
    where = position(loan, [prepaid], date(2026, 3, 1))
    assert len(build_schedule(loan, [prepaid])) == 1
    assert where.outstanding_principal == 0 and where.outstanding == 0 and where.next_due is None
    assert where.credit == Decimal("3106.64")
    assert where.paid_total == Decimal("8606.64") + Decimal("95000.00") + Decimal("100.00")
