"""Issue 13 end to end in the core: what the rule engine, the reminders and the rate check read for the
loans of the worked examples (the GUI reads the same functions)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from pydantic import ValidationError

from app.core.models import Loan, LoanKind, Payment, RateChange, RepaymentMethod, Settings
from app.core.partway import installments_due_before
from app.core.rate_check import RateBand, rate_check, rate_check_text
from app.core.reminders import current_reminders
from app.core.schedule import implied_apr, position
from app.core.validation import describe_validation_error
from app.rules.engine import assess
from app.rules.pack import load_pack
from app.rules.scenario import scenario_for_loan

TODAY = date(2026, 12, 7)


def issue_mortgage(**terms) -> Loan:
    values = {
        "id": "home", "lender": "中国建设银行", "kind": LoanKind.mortgage,
        "method": RepaymentMethod.equal_installment, "principal": Decimal("1000000.00"),
        "annual_rate": Decimal("3.95"), "term_months": 360, "start_date": date(2024, 3, 20), "due_day": 20,
        "secured": True,
    }
    values.update(terms)
    return Loan(**values)


def test_the_part_way_mortgage_is_assessed_as_current_without_acceleration():
    # The issue: saved without the paid instalments the app said 961 days overdue, "The bank can now call
    # the whole loan". Entered with its 32 paid instalments, the engine sees a loan that is not late.
    loan = issue_mortgage(paid_installments=installments_due_before(issue_mortgage(), TODAY))
    where = position(loan, [], TODAY)
    scenario = scenario_for_loan(loan, where, [], TODAY)
    assert scenario.days_past_due == 0
    assert scenario.loan.consecutive_overdue == 0 and scenario.loan.cumulative_overdue == 0
    # What the engine reads as outstanding is what is owed today, not principal plus 30 years' interest.
    assert scenario.loan.outstanding == where.outstanding < Decimal("960000")
    assessment = assess(scenario, load_pack(), "en")
    texts = " ".join(warning.text for warning in assessment.warnings).lower()
    assert "call the whole loan" not in texts and "accelerat" not in texts
    unsaved = position(issue_mortgage(), [], TODAY)  # what the issue saw, for contrast
    assert unsaved.days_past_due == 961 and unsaved.overdue_amount == Decimal("151851.84")
    contrast = assess(scenario_for_loan(issue_mortgage(), unsaved, [], TODAY), load_pack(), "en")
    assert "acceleration" in " ".join(warning.text for warning in contrast.warnings)


def test_no_reminders_for_instalments_entered_as_paid():
    loan = issue_mortgage(paid_installments=32)
    now = datetime(2026, 12, 7, 1, 0, tzinfo=UTC)
    reminders = current_reminders([loan], [], Settings(reminder_lead_days=[30, 7, 0]), now)
    assert [reminder.installment_number for reminder in reminders] == [33]
    assert len(current_reminders([issue_mortgage()], [], Settings(), now)) >= 32  # the issue's 32 reminders


# ----------------------------------------------------------------------------------- rate check


def irr_apr(received: float, payments: list[float]) -> float:
    """Independent APR: 12 x the monthly IRR by bisection in floats (month k = k-th payment)."""
    low, high = 0.0, 1.0
    for _ in range(200):
        mid = (low + high) / 2
        value = sum(amount / (1 + mid) ** (k + 1) for k, amount in enumerate(payments)) - received
        low, high = (mid, high) if value > 0 else (low, mid)
    return 12 * low * 100


def flat_fee_loan(**terms) -> Loan:
    values = {
        "id": "online", "lender": "某消费金融", "kind": LoanKind.small_online, "method": RepaymentMethod.flat_fee,
        "principal": Decimal("12000.00"), "monthly_fee_rate": Decimal("1.5"), "term_months": 12,
        "start_date": date(2026, 1, 10), "due_day": 10,
    }
    values.update(terms)
    return Loan(**values)


def test_a_flat_fee_loan_with_an_upfront_fee_is_flagged_above_36_percent():
    # 12,000 over 12 months: 1,000 principal + 180 fee (1.5 % of 12,000) a month; 600 kept when lent.
    # Independent IRR on 11,400 received against twelve 1,180 payments.
    loan = flat_fee_loan(upfront_fee=Decimal("600.00"))
    expected = irr_apr(11400, [1180.0] * 12)
    check = rate_check(loan)
    assert abs(float(check.apr) - expected) < 0.01
    assert check.apr > 36 and check.band is RateBand.above_36 and check.quoted == Decimal("18.0")
    english, chinese = rate_check_text(check, "en"), rate_check_text(check, "zh_CN")
    assert "24%" in english and "36%" in english and "illegal" in english  # "does not make the loan illegal"
    assert "does not" in english and "verify" not in english  # cited, not left for the user to check
    assert "法释〔2015〕18号" in english and "整治办函〔2017〕141号" in chinese
    assert "24%" in chinese and "并不" in chinese
    assert "a fee of 1.5% a month" in english and "月费率 1.5%" in chinese
    # Without the upfront fee: independent IRR on 12,000.
    plain = rate_check(flat_fee_loan())
    assert abs(float(plain.apr) - irr_apr(12000, [1180.0] * 12)) < 0.01
    assert plain.band is RateBand.above_24


def test_an_ordinary_mortgage_is_within_the_bands_and_a_prepayment_fee_counts():
    loan = issue_mortgage()
    check = rate_check(loan)
    assert check.band is RateBand.within and check.apr == Decimal("3.95")
    small = Loan(
        id="small", lender="银行", kind=LoanKind.unsecured_consumer, method=RepaymentMethod.equal_installment,
        principal=Decimal("12000.00"), annual_rate=Decimal("6"), term_months=12, start_date=date(2026, 1, 10),
        due_day=10,
    )
    from app.core.models import PrepaymentMode

    fee = Payment(loan_id="small", paid_on=date(2026, 4, 10), amount=Decimal("5000.00"),
                  prepayment=PrepaymentMode.reduce_installment, prepayment_fee=Decimal("200.00"))
    assert implied_apr(small) == Decimal("6.00")
    assert implied_apr(small, [fee]) > Decimal("6.50")


# ------------------------------------------------------------------------------ bad input, said


@pytest.mark.parametrize(
    ("terms", "english"),
    [
        ({"method": RepaymentMethod.bullet, "rate_changes": [RateChange(effective=date(2025, 1, 1),
                                                                        annual_rate=Decimal("3"))]},
         "Rate changes and a remaining principal from the bank work only"),
        ({"rate_changes": [RateChange(effective=date(2025, 1, 1), annual_rate=Decimal("3")),
                           RateChange(effective=date(2025, 1, 1), annual_rate=Decimal("3.1"))]},
         "same day"),
        ({"paid_installments": 3, "installment_paid_on": {5: date(2024, 9, 2)}}, "only the first 3"),
        ({"opening_principal": Decimal("2000000.00")}, "cannot be more than the amount borrowed"),
        ({"paid_installments": 361}, "the loan has only 360"),
    ],
)
def test_impossible_part_way_facts_are_refused_with_a_readable_message(terms, english):
    with pytest.raises(ValidationError) as caught:
        issue_mortgage(**terms)
    assert english in describe_validation_error(caught.value, "en")
    assert describe_validation_error(caught.value, "zh_CN")


def test_a_prepayment_fee_without_a_prepayment_is_refused():
    with pytest.raises(ValidationError) as caught:
        Payment(loan_id="home", paid_on=TODAY, amount=Decimal("10.00"), prepayment_fee=Decimal("1.00"))
    assert "提前还款" in describe_validation_error(caught.value, "zh_CN")
