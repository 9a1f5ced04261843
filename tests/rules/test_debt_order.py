"""Several debts at once (issue 15): which to pay first with the money there is, with the reasons for
each place, and the money given out in that order."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.core.models import Behaviour, Loan
from app.rules.debt_order import Debt, pay_first, yearly_cost_percent

TODAY = date(2026, 6, 15)


def _card(name: str, balance: str, statement: date, **behaviour) -> Loan:
    return Loan(
        id=name, lender=name, kind="credit_card", method="credit_card", principal=Decimal(balance),
        annual_rate=Decimal("18.25"), start_date=statement, due_day=statement.day, statement_day=statement.day,
        behaviour=Behaviour(**behaviour),
    )


def _loan(name: str, kind: str, principal: str, start: date, rate: str = "6", months: int = 24) -> Loan:
    return Loan(
        id=name, lender=name, kind=kind, method="equal_installment", principal=Decimal(principal),
        annual_rate=Decimal(rate), term_months=months, start_date=start, due_day=start.day,
    )


def test_a_loan_about_to_be_called_and_a_card_near_the_crime_line_come_before_a_fresh_small_debt(pack):
    # Mortgage: instalments due 10 Apr and 10 May unpaid (two missed), the third falls due 10 Jun.
    mortgage = _loan("home", "mortgage", "600000.00", date(2026, 1, 10), rate="4", months=240)
    big_card = _card("card-big", "80000.00", date(2026, 1, 20), evading=True)
    small = _loan("phone", "unsecured_consumer", "1200.00", date(2026, 5, 5), months=12)
    order = pay_first(
        [Debt(small), Debt(big_card), Debt(mortgage)], Decimal("5000.00"), TODAY, pack, "en"
    )
    ranks = [place.loan_id for place in order.places]
    # The small loan is 10 days late with about 100 overdue: cheap to keep off the record, paid first;
    # then the card near the crime line before the mortgage.
    assert ranks == ["phone", "card-big", "home"]
    assert "quick_cure" in {reason.key for reason in order.places[0].reasons}
    keys = {place.loan_id: {reason.key for reason in place.reasons} for place in order.places}
    assert "card_crime" in keys["card-big"]
    assert keys["home"] & {"acceleration_soon", "acceleration_reached"}
    assert "collateral" in keys["home"]
    # Every place says why, in words, and names the rule behind each reason.
    for place in order.places:
        assert place.reasons and all(reason.text and reason.rule for reason in place.reasons)
    # The money goes out in order and never beyond what is overdue.
    assert sum(place.pay for place in order.places) + order.left_over == order.budget
    assert all(place.pay <= place.overdue for place in order.places)
    paid_in_order = [place.pay for place in order.places]
    first_short = next((i for i, place in enumerate(order.places) if place.pay < place.overdue), None)
    if first_short is not None:
        assert all(pay == 0 for pay in paid_in_order[first_short + 1 :])
        assert order.shortfall > 0 and "stays unpaid" in order.summary


def test_enough_money_covers_every_overdue_amount_and_says_what_to_do_with_the_rest(pack):
    small = _loan("phone", "unsecured_consumer", "1200.00", date(2026, 5, 5), months=12)
    order = pay_first([Debt(small)], Decimal("100000.00"), TODAY, pack, "zh_CN")
    (place,) = order.places
    assert place.pay == place.overdue and order.shortfall == 0
    assert "还剩" in order.summary


def test_a_debt_not_yet_reported_is_worth_paying_before_one_already_reported(pack):
    fresh = _loan("fresh", "unsecured_consumer", "24000.00", date(2026, 5, 5))  # due 5 Jun: 10 days late
    old = _loan("old", "unsecured_consumer", "24000.00", date(2026, 2, 5))  # unpaid since 5 Mar
    order = pay_first([Debt(old), Debt(fresh)], Decimal("500.00"), TODAY, pack, "en")
    fresh_place = next(place for place in order.places if place.loan_id == "fresh")
    assert "not_reported_yet" in {reason.key for reason in fresh_place.reasons}


def test_cost_of_being_late_follows_the_terms():
    assert yearly_cost_percent(_card("c", "1000.00", date(2026, 1, 20))) == Decimal("18.25")
    assert yearly_cost_percent(_loan("l", "car", "50000.00", date(2026, 1, 5), rate="8")) == Decimal("12.00")


def test_the_what_if_takes_i_have_this_much_this_month(pack):
    """'I have ¥X this month': each loan's plan pays its share of X in the several-debts order."""
    from app.rules.whatif import compare, plan_scenarios, read_budget_plan

    card = _card("card", "30000.00", date(2026, 3, 20))
    phone = _loan("phone", "unsecured_consumer", "1200.00", date(2026, 5, 5), months=12)
    debts = [Debt(card), Debt(phone)]
    # The phone loan's first instalment (103.28 = 97.28 principal + 6.00 interest, due 06-05) is 10 days
    # late: its share is what makes it current, the penalty a late payment pays first included (9 % a
    # year, 0.025 % a day): 97.28 x 10 x 0.00025 = 0.24 罚息, 6.00 x 10 x 0.00025 = 0.015 -> 0.02 复利.
    phone_plan = read_budget_plan("¥2,000", "phone", debts, TODAY, TODAY, pack)
    assert phone_plan.payment is not None and phone_plan.payment.amount == Decimal("103.54")
    card_plan = read_budget_plan("2000", "card", debts, TODAY, TODAY, pack)
    assert card_plan.payment.amount == Decimal("2000.00") - Decimal("103.54")
    comparison = compare(plan_scenarios(phone, [], [], TODAY, phone_plan), phone_plan, TODAY, pack, "en")
    assert comparison.days_after == 0 < comparison.days_before
    # Money that does not reach a loan plans nothing for it.
    assert read_budget_plan("50", "card", debts, TODAY, TODAY, pack).payment is None
