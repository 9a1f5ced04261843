"""Credit cards: statements rolling forward, revolving interest, late fees, minimums, days past due.

Every expected figure is worked out in the test from the contract terms, independently of the code:
daily rate = 18.25 % / 365 = 0.05 % (日息万分之五); a day bears interest on the balance before that
day's payment (the posting day and the payment day both count, as in the banks' published example).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.card_statements import (
    DEFAULT_CARD_ANNUAL_RATE,
    DEFAULT_LATE_FEE_PERCENT,
    annual_to_daily_rate,
    card_explanations,
    card_position,
    daily_to_annual_rate,
)
from app.core.models import Loan, LoanKind, Payment, RepaymentMethod
from app.core.money_how import EXPLAINED, explain_position, if_paid_on
from app.core.schedule import InstallmentStatus, position

D = Decimal
RATE = D("0.0005")  # 0.05 % a day


def cents(value: Decimal) -> Decimal:
    return value.quantize(D("0.01"), ROUND_HALF_UP)


def card(**terms) -> Loan:
    values = {
        "id": "card",
        "lender": "招商银行",
        "kind": LoanKind.credit_card,
        "method": RepaymentMethod.credit_card,
        "principal": D("10000.00"),
        "annual_rate": D("18.25"),
        "start_date": date(2026, 1, 5),
        "statement_day": 5,
        "due_day": 23,
        "grace_days": 3,
    }
    values.update(terms)
    return Loan(**values)


def pay(on: date, amount: str) -> Payment:
    return Payment(loan_id="card", paid_on=on, amount=D(amount))


# ----------------------------------------------------------------------- a bank's published example


def test_the_banks_textbook_example_of_revolving_interest():
    # The example Chinese card issuers publish to explain 循环利息 (招商银行's card pages and most
    # banks' FAQs reproduce it): statement day the 5th, due the 23rd; 10,000 spent on 4-30; the 5-5
    # statement asks 10,000 (minimum 1,000); the holder pays 1,000 on 5-23. The 6-5 statement charges
    # 10,000 x 0.05 % x 24 days (4-30 .. 5-23) + 9,000 x 0.05 % x 13 days (5-24 .. 6-5) = 120 + 58.5 = 178.50.
    loan = card(start_date=date(2026, 5, 5), card_posting_date=date(2026, 4, 30), grace_days=0)
    where = card_position(loan, [pay(date(2026, 5, 23), "1000.00")], date(2026, 6, 5))
    expected = D(10000) * RATE * 24 + D(9000) * RATE * 13
    assert expected == D("178.50")
    first, second = where.statements
    assert first.minimum == D("1000.00") and first.interest_free is False and first.missed_minimum is False
    assert second.statement_date == date(2026, 6, 5) and second.due_date == date(2026, 6, 23)
    assert second.interest == expected
    assert second.balance == D("9000.00") + expected
    # Minimum: 10 % of the 9,000 carried + the new interest in full.
    assert second.minimum == D("900.00") + expected
    assert where.days_past_due == 0 and where.amount_to_become_current == 0


def test_paying_the_whole_statement_by_the_due_date_costs_no_interest():
    loan = card(start_date=date(2026, 5, 5), card_posting_date=date(2026, 4, 30), grace_days=0)
    where = card_position(loan, [pay(date(2026, 5, 23), "10000.00")], date(2026, 7, 1))
    assert where.statements[0].interest_free is True
    assert where.interest_charged == 0 and where.full_balance == 0 and where.next_statement_date is None


def test_paying_only_the_minimum_loses_the_interest_free_period_on_the_whole_balance():
    loan = card(card_posting_date=date(2026, 1, 5))
    minimum_only = card_position(loan, [pay(date(2026, 1, 20), "1000.00")], date(2026, 2, 5))
    # 10,000 x 0.05 % x 16 days (1-5 .. 1-20) + 9,000 x 0.05 % x 16 days (1-21 .. 2-5)
    expected = D(10000) * RATE * 16 + D(9000) * RATE * 16
    assert minimum_only.statements[1].interest == expected == D("152.00")
    assert minimum_only.days_past_due == 0 and minimum_only.fees == 0  # the minimum keeps it current
    short_by_20 = card_position(loan, [pay(date(2026, 1, 20), "9980.00")], date(2026, 2, 5))
    # Even 9,980 of 10,000 loses it: 10,000 x 0.05 % x 16 + 20 x 0.05 % x 16
    assert short_by_20.statements[1].interest == cents(D(10000) * RATE * 16 + D(20) * RATE * 16) == D("80.16")


def test_a_shortfall_of_up_to_ten_yuan_keeps_the_interest_free_period():
    loan = card()
    where = card_position(loan, [pay(date(2026, 1, 20), "9990.00")], date(2026, 2, 5))
    assert where.statements[0].interest_free is True and where.statements[1].interest == 0
    assert where.statements[1].balance == D("10.00")


def test_grace_days_count_for_the_interest_free_period():
    loan = card()  # due 1-23, three days' grace: paid in full on 1-26 is in time
    assert card_position(loan, [pay(date(2026, 1, 26), "10000.00")], date(2026, 3, 1)).interest_charged == 0
    late = card_position(loan, [pay(date(2026, 1, 27), "10000.00")], date(2026, 2, 5))
    # From the statement date (no posting date entered): 1-5 .. 1-27 = 23 days on 10,000; the minimum
    # was missed too: 5 % of 1,000.
    assert late.interest_charged == D(10000) * RATE * 23 == D("115.00")
    assert late.fees_charged == D("50.00")


# ------------------------------------------------------------------------ four statements unpaid


def test_a_card_unpaid_for_four_statements():
    loan = card(card_posting_date=date(2025, 12, 31))
    where = position(loan, [], date(2026, 4, 30))
    c = where.card
    assert [s.statement_date for s in c.statements] == [
        date(2026, 1, 5), date(2026, 2, 5), date(2026, 3, 5), date(2026, 4, 5)
    ]
    assert [s.due_date for s in c.statements] == [
        date(2026, 1, 23), date(2026, 2, 23), date(2026, 3, 23), date(2026, 4, 23)
    ]
    # Statement 1: 10,000, minimum 10 % = 1,000; unpaid at 1-26 (due + 3 days' grace): fee 5 % = 50.00.
    m1, f1 = D("1000.00"), D("50.00")
    # Statement 2 (2-5): interest 12-31 .. 2-5 = 37 days on 10,000.
    i2 = cents(D(10000) * RATE * 37)
    assert i2 == D("185.00")
    n2 = D(10000) + i2 + f1
    m2 = m1 + i2 + f1 + cents(D("0.10") * (n2 - i2 - f1))  # last unpaid minimum + interest + fees + 10 %
    assert (n2, m2) == (D("10235.00"), D("2235.00"))
    f2 = cents(m2 * D("0.05"))
    # Statement 3 (3-5): 2-6 .. 3-5 = 28 days on 10,185 (interest bears interest, the fee does not).
    i3 = cents((D(10000) + i2) * RATE * 28)
    n3 = n2 + i3 + f2
    m3 = m2 + i3 + f2 + cents(D("0.10") * (n3 - i3 - f2))
    assert (i3, f2, n3, m3) == (D("142.59"), D("111.75"), D("10489.34"), D("3512.84"))
    f3 = cents(m3 * D("0.05"))
    # Statement 4 (4-5): 3-6 .. 4-5 = 31 days on 10,327.59.
    i4 = cents((D(10000) + i2 + i3) * RATE * 31)
    n4 = n3 + i4 + f3
    m4 = m3 + i4 + f3 + cents(D("0.10") * (n4 - i4 - f3))
    assert (i4, f3, n4, m4) == (D("160.08"), D("175.64"), D("10825.06"), D("4897.49"))
    f4 = cents(m4 * D("0.05"))  # at 4-26
    accrued = cents((D(10000) + i2 + i3 + i4) * RATE * 25)  # 4-6 .. 4-30
    assert (f4, accrued) == (D("244.87"), D("131.10"))

    assert [s.balance for s in c.statements] == [D("10000.00"), n2, n3, n4]
    assert [s.minimum for s in c.statements] == [m1, m2, m3, m4]
    assert [s.interest for s in c.statements] == [0, i2, i3, i4]
    assert [s.late_fee for s in c.statements] == [0, f1, f2, f3]
    assert c.interest_accrued == accrued and c.fees_unposted == f4
    assert c.full_balance == n4 + accrued + f4 == D("11201.03")
    assert where.outstanding_total == D("11201.03")
    assert where.days_past_due == (date(2026, 4, 30) - date(2026, 1, 23)).days == 97
    assert where.overdue_amount == m4  # includes the three earlier shortfalls
    assert c.amount_to_become_current == m4 + f4 == D("5142.36")
    assert where.overdue_installments == 4 and where.consecutive_overdue == 4 and where.cumulative_overdue == 4
    assert c.interest_charged == i2 + i3 + i4 + accrued and c.fees_charged == f1 + f2 + f3 + f4
    # What the reminders read: the older statements are owed only their unpaid minimums.
    assert [s.outstanding for s in where.states] == [m1, m2, m3, n4]


def test_after_the_minimum_is_paid_the_next_statements_minimum_matters_again():
    loan = card()
    paid_min = [pay(date(2026, 1, 20), "1000.00")]
    where = position(loan, paid_min, date(2026, 2, 26))  # statement 2 due 2-23 + 3 days: still in time
    assert where.days_past_due == 0 and where.overdue_amount == 0
    where = position(loan, paid_min, date(2026, 2, 27))
    # Statement 2 (2-5): interest 10,000 x 16 days + 9,000 x 16 days = 152.00; balance 9,152.00;
    # minimum 900.00 + 152.00 = 1,052.00, unpaid: overdue from its due date 2-23.
    assert where.card.statements[1].minimum == D("1052.00")
    assert where.days_past_due == 4 and where.overdue_amount == D("1052.00")
    assert [state.status for state in where.states] == [InstallmentStatus.paid, InstallmentStatus.overdue]


def test_a_year_unpaid_rolls_thirteen_statements_and_counts_days_from_the_first():
    loan = card()
    where = position(loan, [], date(2027, 1, 30))
    c = where.card
    assert len(c.statements) == 13 and c.statements[-1].statement_date == date(2027, 1, 5)
    assert where.days_past_due == (date(2027, 1, 30) - date(2026, 1, 23)).days == 372
    # The overdue amount is the latest minimum (all shortfalls), not the first statement's 1,000.
    assert where.overdue_amount == c.statements[-1].minimum > D("10000.00")
    # Paying it makes the card current; the full balance is still owed and keeps bearing interest.
    cured = position(loan, [pay(date(2027, 1, 30), str(c.amount_to_become_current))], date(2027, 1, 30))
    assert cured.days_past_due == 0 and cured.overdue_amount == 0
    assert cured.outstanding_total == where.outstanding_total - c.amount_to_become_current
    later = position(loan, [pay(date(2027, 1, 30), str(c.amount_to_become_current))], date(2027, 3, 1))
    # The 2-5 statement's new minimum went unpaid past 2-23 + 3 days: overdue again, from 2-23.
    assert later.days_past_due == (date(2027, 3, 1) - date(2027, 2, 23)).days == 6
    assert later.card.overdue_statements == (14,)


def test_a_payment_goes_to_the_oldest_shortfall_first():
    loan = card()
    where = position(loan, [pay(date(2026, 3, 10), "1000.00")], date(2026, 3, 10))
    # Statements 1 and 2 were overdue; 1,000 meets statement 1's minimum: days now count from 2-23.
    assert where.states[0].status is InstallmentStatus.paid
    assert where.days_past_due == (date(2026, 3, 10) - date(2026, 2, 23)).days == 15


# ------------------------------------------------------------------------------------- late fee


@pytest.mark.parametrize(("percent", "fee"), [("5", "50.00"), ("0", "0.00"), ("10", "100.00")])
def test_the_late_fee_is_the_cards_percentage_of_the_unpaid_minimum(percent, fee):
    assert DEFAULT_LATE_FEE_PERCENT == 5
    loan = card(card_late_fee_percent=D(percent))
    where = card_position(loan, [], date(2026, 1, 27))
    assert where.fees == D(fee) and where.fees_unposted == D(fee)
    assert where.amount_to_become_current == D("1000.00") + D(fee)
    # A partly paid minimum: 5 % of what is left.
    partly = card_position(card(card_late_fee_percent=D(percent)), [pay(date(2026, 1, 20), "400.00")],
                           date(2026, 1, 27))
    assert partly.fees == cents(D(600) * D(percent) / 100)


def test_the_late_fee_bears_no_interest():
    loan = card()
    # Pay the purchases in full late (1-27), leaving only the 50.00 fee and the interest 1-5 .. 1-27.
    where = card_position(loan, [pay(date(2026, 1, 27), "10000.00")], date(2026, 4, 1))
    interest = D(10000) * RATE * 23
    assert where.statements[1].balance == interest + D("50.00")
    # The 115.00 interest bears interest from 2-6; the fee never does: 2-6 .. 4-1 = 55 days on 115.00,
    # with the 2-6 .. 3-5 part (28 days) printed on 3-5 and bearing interest after.
    i3 = cents(interest * RATE * 28)
    i_after = cents((interest + i3) * RATE * 27)  # 3-6 .. 4-1
    assert where.statements[2].interest == i3 and where.interest_accrued == i_after


# ----------------------------------------------------------------------------- calendar edges


def test_a_statement_day_of_31_falls_on_the_last_day_of_february():
    loan = card(start_date=date(2026, 1, 31), statement_day=31, due_day=20)
    where = card_position(loan, [], date(2026, 4, 30))
    assert [s.statement_date for s in where.statements] == [
        date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)
    ]
    assert [s.due_date for s in where.statements] == [
        date(2026, 2, 20), date(2026, 3, 20), date(2026, 4, 20), date(2026, 5, 20)
    ]
    # 1-31 .. 2-28 = 29 days on 10,000.
    assert where.statements[1].interest == D(10000) * RATE * 29 == D("145.00")


def test_a_statement_day_later_in_the_month_than_the_entered_statement_comes_that_month():
    # The bank moved the statement day from the 5th to the 20th: the next statement is 1-20, not 2-20.
    where = card_position(card(statement_day=20), [], date(2026, 3, 1))
    assert [s.statement_date for s in where.statements] == [date(2026, 1, 5), date(2026, 1, 20), date(2026, 2, 20)]


def test_a_leap_february_has_its_29th_day_of_interest_and_statement():
    loan = card(start_date=date(2028, 1, 31), statement_day=31, due_day=20)
    where = card_position(loan, [], date(2028, 3, 31))
    assert [s.statement_date for s in where.statements] == [date(2028, 1, 31), date(2028, 2, 29), date(2028, 3, 31)]
    # 1-31 .. 2-29 = 30 days on 10,000.
    assert where.statements[1].interest == D(10000) * RATE * 30 == D("150.00")


# ------------------------------------------------------------------------ entered part-way


def test_a_statement_entered_as_minimum_paid_is_current_and_bears_interest():
    loan = card(card_statement_paid=D("1000.00"))
    where = position(loan, [], date(2026, 2, 10))
    assert where.days_past_due == 0 and where.card.fees == 0
    # Counted as paid on the statement date: 10,000 for 1 day (1-5), then 9,000 for 31 days (1-6 .. 2-5).
    assert where.card.statements[1].interest == D(10000) * RATE + D(9000) * RATE * 31 == D("144.50")


def test_a_statement_entered_as_paid_in_full_owes_nothing():
    loan = card(card_statement_paid=D("10000.00"))
    where = position(loan, [], date(2026, 6, 1))
    assert where.outstanding_total == 0 and where.days_past_due == 0 and where.next_due is None
    assert where.states[0].status is InstallmentStatus.paid


def test_the_minimum_printed_on_the_statement_replaces_the_rule():
    loan = card(card_statement_minimum=D("350.00"))
    assert position(loan, [], date(2026, 1, 27)).overdue_amount == D("350.00")
    assert position(loan, [pay(date(2026, 1, 20), "350.00")], date(2026, 1, 27)).days_past_due == 0


def test_payments_before_the_entered_statement_are_already_in_its_balance():
    loan = card()
    where = card_position(loan, [pay(date(2026, 1, 3), "500.00")], date(2026, 1, 27))
    assert where.overdue_amount == D("1000.00") and where.paid_total == 0


def test_the_card_fields_are_checked_against_the_statement():
    with pytest.raises(ValueError, match="minimum"):
        card(card_statement_minimum=D("10000.01"))
    with pytest.raises(ValueError, match="paid"):
        card(card_statement_paid=D("20000.00"))
    with pytest.raises(ValueError, match="posting"):
        card(card_posting_date=date(2026, 1, 6))


# ------------------------------------------------------------------------------- rates, texts


def test_a_daily_rate_converts_to_the_annual_rate_the_card_keeps():
    assert daily_to_annual_rate(D("0.05")) == D("18.25") == DEFAULT_CARD_ANNUAL_RATE
    assert daily_to_annual_rate(D("0.035")) == D("12.775")
    assert annual_to_daily_rate(D("18.25")) == D("0.05")
    assert daily_to_annual_rate(annual_to_daily_rate(D("14.6"))) == D("14.6")
    assert str(annual_to_daily_rate(D("3650"))) == "10"  # no exponent in what the editor shows
    assert card(annual_rate=daily_to_annual_rate(D("0.04"))).annual_rate == D("14.6")


def test_paying_on_a_later_day_costs_that_many_more_days_of_interest():
    loan = card()
    today = card_position(loan, [], date(2026, 2, 10))
    on_20th = card_position(loan, [], date(2026, 2, 20))
    # The 2-5 statement printed 1-5 .. 2-5 = 32 days on 10,000 = 160.00; from 2-6 the 10,160.00 bears
    # interest (the 50.00 late fee does not): 5 days by 2-10, 15 days by 2-20.
    assert today.statements[1].interest == D(10000) * RATE * 32 == D("160.00")
    assert today.interest_accrued == cents(D("10160.00") * RATE * 5) == D("25.40")
    assert on_20th.interest_accrued == cents(D("10160.00") * RATE * 15) == D("76.20")
    assert on_20th.full_balance - today.full_balance == D("50.80")
    assert on_20th.amount_to_become_current == today.amount_to_become_current  # no new fee before 2-26
    assert position(loan, [], date(2026, 2, 10)).accrual_since == date(2026, 2, 6)
    assert position(loan, [], date(2026, 1, 30)).accrual_since == date(2026, 1, 5)  # lost at 1-26
    assert position(loan, [], date(2026, 1, 20)).accrual_since is None  # still interest-free


def test_the_amount_to_become_current_on_a_later_day_keeps_the_fees_a_new_statement_printed():
    loan = card(card_posting_date=date(2025, 12, 31))
    on_4_30 = if_paid_on(loan, [], date(2026, 4, 30))
    # On 5-10 the 5-5 statement has printed the 244.87 fee (and new interest) but is not due until
    # 5-23: to be current still takes statement 4's unpaid minimum plus that fee, as on 4-30.
    on_5_10 = if_paid_on(loan, [], date(2026, 5, 10))
    assert on_4_30.amount_to_become_current == on_5_10.amount_to_become_current == D("5142.36")
    # From 5-27 the 5-5 statement is overdue too: its minimum includes everything before it.
    on_5_27 = if_paid_on(loan, [], date(2026, 5, 27))
    assert on_5_27.card.overdue_statements == (1, 2, 3, 4, 5)
    assert on_5_27.amount_to_become_current == on_5_27.card.statements[-1].minimum + on_5_27.card.fees_unposted
    cured = if_paid_on(loan, [pay(date(2026, 5, 27), str(on_5_27.amount_to_become_current))], date(2026, 5, 27))
    assert cured.days_past_due == 0 and cured.amount_to_become_current == 0


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_card_figure_says_how_it_was_computed(lang):
    loan = card()
    where = card_position(loan, [], date(2026, 4, 30))
    lines = card_explanations(loan, where, lang)
    assert set(EXPLAINED) | {"minimum", "payoff_amount"} == set(lines)
    assert explain_position(loan, position(loan, [], date(2026, 4, 30)), lang) == lines
    assert f"¥{where.full_balance:,.2f}" in lines["outstanding"]
    assert f"¥{where.statements[-1].minimum:,.2f}" in lines["minimum"]
    assert f"¥{where.amount_to_become_current:,.2f}" in lines["amount_to_become_current"]
    assert ("0.05%" in lines["interest_accrued"]) and ("18.25%" in lines["interest_accrued"])
    assert "5%" in lines["fees"] and "10%" in lines["minimum"] and "E+" not in "".join(lines.values())


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_charges_above_what_courts_support_are_pointed_out(lang):
    loan = card()
    # Four months unpaid: interest 1-5 .. 2-5 (32 days) 160.00 and on, fees 5 % of growing minimums.
    young = card_position(loan, [], date(2026, 2, 10))
    # 24 % a year of 10,000 over 37 days (1-5 .. 2-10) = 243.29; charged 160.00 + 25.40 + 50.00 = 235.40.
    assert young.court_supported_charges == cents(D(10000) * D("0.24") * 37 / 365) == D("243.29")
    assert young.interest_charged + young.fees_charged == D("235.40")
    assert "24%" not in card_explanations(loan, young, lang)["fees"]
    old = card_position(loan, [], date(2027, 1, 5))
    assert old.interest_charged + old.fees_charged > old.court_supported_charges
    assert "24%" in card_explanations(loan, old, lang)["fees"]


def test_a_card_left_unpaid_for_generations_stops_growing_at_the_apps_money_ceiling():
    # 100 % a year and a 100 % late fee until 2200: the contract arithmetic would pass any number
    # Decimal can round; the walk adds no more once a trillion is owed (models.Money's own bound).
    loan = card(annual_rate=D("100"), card_late_fee_percent=D("100"))
    where = position(loan, [], date(2200, 12, 31))
    assert D("1e12") <= where.outstanding < D("2e12")
    assert where.days_past_due == (date(2200, 12, 31) - date(2026, 1, 23)).days


# ----------------------------------------------------------------------------------- properties

PROPERTY_SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
money = st.integers(min_value=1, max_value=5_000_000).map(lambda value: Decimal(value) / 100)


@st.composite
def cards_with_payments(draw):
    statement = draw(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)))
    loan = Loan(
        id="card", lender="测试银行", kind=LoanKind.credit_card, method=RepaymentMethod.credit_card,
        principal=draw(money), annual_rate=Decimal(draw(st.integers(0, 3650))) / 100, start_date=statement,
        statement_day=draw(st.integers(1, 31)), due_day=draw(st.integers(1, 31)),
        grace_days=draw(st.integers(0, 5)), min_payment_percent=Decimal(draw(st.integers(0, 100))),
        min_payment_floor=Decimal(draw(st.integers(0, 200))),
        card_late_fee_percent=Decimal(draw(st.integers(0, 10))),
    )
    payments = [
        pay(statement + timedelta(days=offset), str(amount))
        for offset, amount in draw(st.lists(st.tuples(st.integers(0, 500), money), max_size=6))
    ]
    as_of = statement + timedelta(days=draw(st.integers(0, 600)))
    return loan, payments, as_of


@PROPERTY_SETTINGS
@given(cards_with_payments(), st.integers(0, 500), money)
def test_paying_more_never_raises_what_is_owed(case, offset, extra):
    loan, payments, as_of = case
    before = card_position(loan, payments, as_of)
    after = card_position(loan, [*payments, pay(loan.start_date + timedelta(days=offset), str(extra))], as_of)
    assert after.full_balance <= before.full_balance
    assert after.amount_to_become_current <= before.amount_to_become_current
    assert after.days_past_due <= before.days_past_due
    assert after.interest_charged <= before.interest_charged and after.fees_charged <= before.fees_charged


@PROPERTY_SETTINGS
@given(cards_with_payments())
def test_every_cent_is_accounted_for(case):
    loan, payments, as_of = case
    where = card_position(loan, payments, as_of)
    counted = sum((p.amount for p in payments if p.paid_on <= as_of), Decimal(0))
    assert where.paid_total == counted
    # What was owed plus what was charged = what was paid (less credit) + what is owed now.
    assert loan.principal + where.interest_charged + where.fees_charged == counted - where.credit + where.full_balance
    assert where.full_balance == where.principal + where.interest_posted + where.interest_accrued + where.fees
    assert min(where.principal, where.interest_posted, where.interest_accrued, where.fees, where.credit) >= 0
    assert where.overdue_amount <= where.full_balance
    assert (where.days_past_due > 0) == bool(where.overdue_statements)
    loan_view = position(loan, payments, as_of)
    assert loan_view.outstanding_total == where.full_balance and loan_view.overdue_amount == where.overdue_amount
    for state in loan_view.states:
        assert (state.status is InstallmentStatus.paid) == (state.outstanding == 0)
        assert (state.days_overdue > 0) == (state.status is InstallmentStatus.overdue)


@PROPERTY_SETTINGS
@given(cards_with_payments())
def test_no_interest_when_each_statement_is_paid_in_full_by_its_due_date(case):
    loan, _, as_of = case
    # Pay each statement's whole balance on its due date, as the walk reveals the statements.
    payments: list[Payment] = []
    for _ in range(30):
        where = card_position(loan, payments, as_of)
        unpaid = [s for s in where.statements if s.due_date <= as_of and s.balance_left > 0]
        if not unpaid:
            break
        statement = unpaid[0]
        payments.append(pay(statement.due_date, str(statement.balance_left)))
    where = card_position(loan, payments, as_of)
    assert where.interest_charged == 0 and where.fees_charged == 0 and where.days_past_due == 0
