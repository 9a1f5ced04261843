"""Schedules against figures worked out by hand or with an independent float formula.

Where a figure comes from is said beside it. The annuity payment is checked with the textbook formula
P * r / (1 - (1 + r) ** -n) in floats, rounded to the cent; simple interest by hand.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError, replace
from datetime import date
from decimal import Decimal

import pytest

from app.core.models import CustomInstallment, Loan, LoanKind, RepaymentMethod
from app.core.schedule import build_schedule, implied_apr, statement_due_date


def make_loan(method: RepaymentMethod, principal: str, **terms) -> Loan:
    values = {
        "lender": "招商银行",
        "kind": LoanKind.unsecured_consumer,
        "method": method,
        "principal": Decimal(principal),
        # Lent on the due day: the first period is a whole month, so the textbook figures hold (a first
        # period of other length is tested on its own, test_first_period_interest_counts_actual_days).
        "start_date": date(2026, 1, 10),
        "due_day": 10,
    }
    if method is RepaymentMethod.flat_fee:
        values["monthly_fee_rate"] = Decimal("0.6")
    elif method is not RepaymentMethod.custom:
        values["annual_rate"] = Decimal("4.9")
    if method is RepaymentMethod.credit_card:
        values["kind"] = LoanKind.credit_card
    values.update(terms)
    return Loan(**values)


def amounts(rows, field):
    return [getattr(row, field) for row in rows]


def test_equal_installment_100k_at_4_9_percent_over_a_year():
    # Float check: 100000 * (0.049/12) / (1 - (1 + 0.049/12) ** -12) = 8556.1662 -> 8556.17.
    # (8,556.96, sometimes quoted for this loan, does not satisfy the formula.)
    rows = build_schedule(make_loan(RepaymentMethod.equal_installment, "100000.00", term_months=12))
    assert len(rows) == 12
    assert amounts(rows[:11], "amount") == [Decimal("8556.17")] * 11
    # First month's interest by hand: 100000 * 0.049 / 12 = 408.333... -> 408.33.
    assert rows[0].interest == Decimal("408.33") and rows[0].principal == Decimal("8147.84")
    assert rows[0].balance_after == Decimal("91852.16")
    # The last instalment takes whatever principal is left, so the payment differs by a few cents.
    assert rows[-1].principal == Decimal("8521.32") and rows[-1].amount == Decimal("8556.12")
    assert sum(amounts(rows, "principal")) == Decimal("100000.00")
    assert rows[-1].balance_after == 0
    assert all(row.minimum == row.amount for row in rows)


def test_a_thirty_year_mortgage_has_the_payment_a_bank_calculator_shows():
    # Float check: 1,000,000 at 4.1 % over 360 months -> 4831.9837 -> 4831.98 (also what Chinese
    # bank calculators print for 100万 30年 4.1%). First interest: 1,000,000 * 0.041 / 12 = 3416.67.
    loan = make_loan(RepaymentMethod.equal_installment, "1000000.00", term_months=360, annual_rate=Decimal("4.1"))
    rows = build_schedule(loan)
    assert len(rows) == 360 and rows[0].amount == Decimal("4831.98")
    assert rows[0].interest == Decimal("3416.67")
    assert sum(amounts(rows, "principal")) == Decimal("1000000.00")
    # The payment was rounded down by 0.37 cent; 359 months of that, grown by interest, are the extra
    # 2.62 of the last instalment. Float check in integer cents: amortise 359 months at 483198 with
    # interest int(balance * r + 0.5), leaving 481814 principal and 1646 interest.
    assert (rows[-1].principal, rows[-1].interest, rows[-1].amount) == (
        Decimal("4818.14"), Decimal("16.46"), Decimal("4834.60"),
    )
    assert rows[-1].due_date == date(2056, 1, 10)


def test_an_interest_free_equal_installment_loan_splits_the_principal():
    # By hand: 1000 / 3 = 333.33, the last takes the remaining cent.
    rows = build_schedule(
        make_loan(RepaymentMethod.equal_installment, "1000.00", term_months=3, annual_rate=Decimal("0"))
    )
    assert amounts(rows, "amount") == [Decimal("333.33"), Decimal("333.33"), Decimal("333.34")]
    assert amounts(rows, "interest") == [Decimal("0.00")] * 3


def test_equal_principal_interest_falls_by_the_same_step():
    # By hand: 120,000 at 6 % over 12 months repays 10,000 a month; interest is 0.5 % of the balance:
    # 600, 550, ..., 50; total 3,900.
    rows = build_schedule(
        make_loan(RepaymentMethod.equal_principal, "120000.00", term_months=12, annual_rate=Decimal("6"))
    )
    assert amounts(rows, "principal") == [Decimal("10000.00")] * 12
    assert amounts(rows, "interest") == [Decimal(600 - 50 * k).quantize(Decimal("0.01")) for k in range(12)]
    assert rows[0].amount == Decimal("10600.00") and rows[-1].amount == Decimal("10050.00")
    assert sum(amounts(rows, "interest")) == Decimal("3900.00")


def test_equal_principal_last_instalment_absorbs_the_rounding():
    # By hand: 100,000 / 12 = 8333.33 for 11 months, 8333.37 in the last.
    rows = build_schedule(make_loan(RepaymentMethod.equal_principal, "100000.00", term_months=12))
    assert amounts(rows[:11], "principal") == [Decimal("8333.33")] * 11
    assert rows[-1].principal == Decimal("8333.37")


def test_interest_only_pays_the_principal_with_the_last_instalment():
    # By hand: 50,000 * 7.2 % / 12 = 300.00 a month.
    rows = build_schedule(
        make_loan(RepaymentMethod.interest_only, "50000.00", term_months=6, annual_rate=Decimal("7.2"))
    )
    assert amounts(rows[:5], "amount") == [Decimal("300.00")] * 5
    assert amounts(rows[:5], "balance_after") == [Decimal("50000.00")] * 5
    assert rows[-1].amount == Decimal("50300.00") and rows[-1].balance_after == 0


def test_bullet_pays_simple_interest_for_the_term_on_the_maturity_date():
    # By hand: 10,000 * 6 % * 6 / 12 = 300.00, due on the 10th six months after January.
    rows = build_schedule(make_loan(RepaymentMethod.bullet, "10000.00", term_months=6, annual_rate=Decimal("6")))
    assert len(rows) == 1
    assert rows[0].due_date == date(2026, 7, 10)
    assert (rows[0].principal, rows[0].interest, rows[0].amount) == (
        Decimal("10000.00"), Decimal("300.00"), Decimal("10300.00"),
    )


def test_flat_fee_charges_the_fee_on_the_original_principal_every_month():
    # By hand: 12,000 / 12 = 1,000 principal + 0.6 % of 12,000 = 72 fee, 1,072 every month.
    rows = build_schedule(make_loan(RepaymentMethod.flat_fee, "12000.00", term_months=12))
    assert amounts(rows, "amount") == [Decimal("1072.00")] * 12
    assert amounts(rows, "interest") == [Decimal("72.00")] * 12


def test_flat_fee_at_0_6_percent_a_month_really_costs_about_13_percent_a_year():
    # Float check: bisection on sum(1072 / (1 + i) ** k, k = 1..12) = 12000 gives i = 1.0862 % a
    # month, 13.034 % a year (x 12); the quoted fee suggests 7.2 %.
    assert implied_apr(make_loan(RepaymentMethod.flat_fee, "12000.00", term_months=12)) == Decimal("13.03")
    # With rounding in the principal (833.33 x 11 + 833.37, fee 60) the float IRR is 13.034 % too.
    assert implied_apr(make_loan(RepaymentMethod.flat_fee, "10000.00", term_months=12)) == Decimal("13.03")


def test_implied_apr_of_an_amortising_loan_is_its_quoted_rate():
    loan = make_loan(RepaymentMethod.equal_installment, "100000.00", term_months=12)
    assert implied_apr(loan) == Decimal("4.90")
    assert implied_apr(loan.model_copy(update={"method": RepaymentMethod.equal_principal})) == Decimal("4.90")
    zero = make_loan(RepaymentMethod.equal_installment, "1000.00", term_months=3, annual_rate=Decimal("0"))
    assert implied_apr(zero) == Decimal("0.00")


def test_implied_apr_of_a_bullet_loan_reflects_paying_late_and_at_once():
    # Float check: 6 % simple over 12 months = 1.06 after a year; 12 * (1.06 ** (1/12) - 1) = 5.841 %.
    loan = make_loan(RepaymentMethod.bullet, "10000.00", term_months=12, annual_rate=Decimal("6"))
    assert implied_apr(loan) == Decimal("5.84")


def test_a_card_statement_has_no_implied_apr():
    assert implied_apr(make_loan(RepaymentMethod.credit_card, "8000.00", due_day=25)) is None


@pytest.mark.parametrize(
    ("balance", "minimum"),
    [
        ("8000.00", "800.00"),  # 10 % of the balance
        ("500.00", "100.00"),  # 10 % would be 50: the floor of 100 applies
        ("80.00", "80.00"),  # the floor is more than the balance: the balance itself
        ("1234.56", "123.46"),  # 123.456 rounds half up
    ],
)
def test_a_card_statement_minimum_payment(balance, minimum):
    rows = build_schedule(make_loan(RepaymentMethod.credit_card, balance, due_day=25))
    assert len(rows) == 1
    assert rows[0].amount == Decimal(balance) and rows[0].minimum == Decimal(minimum)
    assert rows[0].interest == 0 and rows[0].balance_after == 0


@pytest.mark.parametrize(
    ("statement", "due_day", "due"),
    [
        (date(2026, 1, 5), 25, date(2026, 1, 25)),  # later the same month
        (date(2026, 1, 25), 25, date(2026, 2, 25)),  # strictly after: not the statement day itself
        (date(2026, 2, 10), 31, date(2026, 2, 28)),  # the 31st clamps to February's end
        (date(2026, 2, 28), 31, date(2026, 3, 31)),  # Feb 28 is the clamped day: next month
        (date(2027, 12, 20), 5, date(2028, 1, 5)),  # into the next year
    ],
)
def test_a_card_statement_is_due_on_the_first_due_day_after_the_statement(statement, due_day, due):
    assert statement_due_date(statement, due_day) == due
    loan = make_loan(RepaymentMethod.credit_card, "3000.00", start_date=statement, due_day=due_day)
    assert build_schedule(loan)[0].due_date == due


def test_due_day_31_clamps_to_the_end_of_each_month():
    rows = build_schedule(make_loan(RepaymentMethod.equal_installment, "6000.00", term_months=6, due_day=31))
    assert amounts(rows, "due_date") == [
        date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30),
        date(2026, 5, 31), date(2026, 6, 30), date(2026, 7, 31),
    ]


@pytest.mark.parametrize(
    ("due_day", "leap_february", "common_february"),
    [(29, date(2028, 2, 29), date(2027, 2, 28)), (30, date(2028, 2, 29), date(2027, 2, 28)),
     (31, date(2028, 2, 29), date(2027, 2, 28)), (28, date(2028, 2, 28), date(2027, 2, 28))],
)
def test_february_due_dates_in_leap_and_common_years(due_day, leap_february, common_february):
    leap = make_loan(RepaymentMethod.equal_principal, "2000.00", term_months=3,
                     start_date=date(2027, 12, 20), due_day=due_day)
    common = make_loan(RepaymentMethod.equal_principal, "2000.00", term_months=3,
                       start_date=date(2026, 12, 20), due_day=due_day)
    assert build_schedule(leap)[1].due_date == leap_february
    assert build_schedule(common)[1].due_date == common_february
    # The month after February is back on the due day itself.
    assert build_schedule(leap)[2].due_date == date(2028, 3, due_day)


def test_a_loan_started_on_the_31st_is_first_due_the_next_month():
    loan = make_loan(RepaymentMethod.equal_installment, "1200.00", term_months=2,
                     start_date=date(2026, 1, 31), due_day=5)
    assert amounts(build_schedule(loan), "due_date") == [date(2026, 2, 5), date(2026, 3, 5)]


def test_custom_instalments_are_sorted_by_date_and_keep_their_figures():
    typed = [
        CustomInstallment(due_date=date(2026, 5, 1), principal=Decimal("400.00"), interest=Decimal("3.00")),
        CustomInstallment(due_date=date(2026, 3, 1), principal=Decimal("100.00"), interest=Decimal("9.50")),
        CustomInstallment(due_date=date(2026, 4, 1), principal=Decimal("500.00")),
    ]
    rows = build_schedule(make_loan(RepaymentMethod.custom, "1000.00", custom_installments=typed))
    assert amounts(rows, "number") == [1, 2, 3]
    assert amounts(rows, "due_date") == [date(2026, 3, 1), date(2026, 4, 1), date(2026, 5, 1)]
    assert amounts(rows, "amount") == [Decimal("109.50"), Decimal("500.00"), Decimal("403.00")]
    assert amounts(rows, "balance_after") == [Decimal("900.00"), Decimal("400.00"), Decimal("0.00")]


def test_a_tiny_loan_over_many_months_never_repays_more_than_it_owes():
    # 1.00 over 480 months at 1 %: the payment rounds up to a cent a month, which would repay the
    # principal 4.8 times over if the balance did not cap each instalment's principal.
    loan = make_loan(RepaymentMethod.equal_installment, "1.00", term_months=480, annual_rate=Decimal("1"))
    rows = build_schedule(loan)
    assert sum(amounts(rows, "principal")) == Decimal("1.00")
    assert all(row.principal >= 0 and row.amount >= 0 and row.balance_after >= 0 for row in rows)


def test_built_instalments_are_frozen_values():
    rows = build_schedule(make_loan(RepaymentMethod.equal_installment, "100000.00", term_months=12))
    again = build_schedule(make_loan(RepaymentMethod.equal_installment, "100000.00", term_months=12))
    assert rows == again and hash(rows[0]) == hash(again[0])
    assert replace(rows[0], number=9).number == 9
    with pytest.raises(FrozenInstanceError):  # a schedule shown on screen cannot be changed under it
        rows[0].number = 2  # type: ignore[misc]
