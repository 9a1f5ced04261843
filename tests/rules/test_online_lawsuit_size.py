"""How likely an online lender is to sue, by the size of the debt (practice.online_lawsuit_size).

Reports of online-lending practice say a suit over less than about 5,000 yuan seldom repays its cost,
suits become more common above 5,000 yuan and much more above 10,000, above all for borrowers who cannot
be reached or refuse to pay. The review's case: the sample set's online loan (about 4,658 yuan owed,
70 days overdue, evading and unreachable, one broken promise) read "lawsuit very likely".
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.core.schedule import position
from app.rules.scenario import Scenario, scenario_for_loan
from app.ui.shell.sample_data import load_sample_set

BEHAVIOURS: dict[str, dict] = {
    "neutral": {},
    "communicating": {"communicating": True},
    "evading": {"evading": True, "reachable": False},
    "false_info": {"false_info": True},
}


def _online(owed: str, days: int, behaviour: str) -> Scenario:
    """A 12-instalment online loan owed ``owed`` in all, ``days`` overdue, to the usual lender (a platform)."""
    total = Decimal(owed)
    overdue = min(total, (total / 12).quantize(Decimal("0.01")) * (days // 30 + 1))
    return Scenario.model_validate(
        {
            "as_of": "2026-12-01",
            "days_past_due": days,
            "loan": {"type": "small_online", "overdue_amount": str(overdue), "outstanding": str(total)},
            "behaviour": BEHAVIOURS[behaviour],
        }
    )


def _lawsuit(assessment):
    return next(entry for entry in assessment.timeline if entry.action.value == "lawsuit")


# (owed, days, behaviour, lawsuit word if the debt stays unpaid, the word the old pack gave)
CASES = [
    # Changed: under 5,000 yuan a suit seldom repays its cost; 5,000-10,000 is only sometimes sued.
    ("3000", 45, "neutral", "possible", "likely"),
    ("4658", 70, "evading", "possible", "very_likely"),
    ("4999", 181, "false_info", "possible", "very_likely"),
    ("5000", 91, "neutral", "possible", "likely"),
    ("5000", 31, "communicating", "possible", "likely"),
    ("5000", 61, "evading", "likely", "very_likely"),
    ("5000", 181, "false_info", "likely", "very_likely"),
    ("9999", 365, "evading", "likely", "very_likely"),
    # Unchanged: small sums stay at most possible, and from 10,000 yuan suits are likely, very likely
    # for a borrower who evades and cannot be reached.
    ("50", 181, "evading", "unlikely", "unlikely"),
    ("2000", 91, "neutral", "possible", "possible"),
    ("10000", 91, "neutral", "likely", "likely"),
    ("20000", 181, "evading", "very_likely", "very_likely"),
    ("100000", 365, "false_info", "very_likely", "very_likely"),
]


@pytest.mark.parametrize(
    ("owed", "days", "behaviour", "expected", "old"),
    CASES,
    ids=[f"{owed}-{days}d-{behaviour}" for owed, days, behaviour, _, _ in CASES],
)
def test_an_online_lenders_suit_follows_the_size_of_the_debt(assess_cn, owed, days, behaviour, expected, old):
    suit = _lawsuit(assess_cn(_online(owed, days, behaviour), "en"))
    assert suit.likelihood_word.value == expected, (
        f"{owed} yuan, {days} days, {behaviour}: {suit.likelihood} (the old pack said {old})"
    )
    assert "practice.online_lawsuit_size" in suit.rules


def test_the_sample_online_loan_is_not_very_likely_to_be_sued(assess_cn):
    """The review's case, through the app's own path: the sample set loaded today, its online loan's
    scenario built from its schedule, payments and contact log."""
    today = date(2026, 12, 7)
    sample = load_sample_set("en", today)
    loan = next(item for item in sample.loans if item.id == "sample-online")
    payments = [payment for payment in sample.payments if payment.loan_id == loan.id]
    contacts = [event for event in sample.contacts if event.loan_id == loan.id]
    scenario = scenario_for_loan(loan, position(loan, payments, today), contacts, today, payments)
    assert scenario.days_past_due == 70 and Decimal("4000") < scenario.loan.outstanding < Decimal("5000")
    assessment = assess_cn(scenario, "en")
    suit = _lawsuit(assessment)
    assert suit.likelihood_word.value == "possible" and suit.likelihood_text == "possible"
    # The source is explained with the estimate, in both languages.
    explained = {item.rule: item for item in assessment.explanations}
    assert "5,000 yuan" in explained["practice.online_lawsuit_size"].text
    chinese = {item.rule: item for item in assess_cn(scenario, "zh_CN").explanations}
    assert "5000元" in chinese["practice.online_lawsuit_size"].text


def test_a_platform_sues_a_larger_debt_no_less_readily(assess_cn):
    """The bands rise with the amount: across the thresholds the likelihood never falls."""
    for behaviour in BEHAVIOURS:
        chances = [
            _lawsuit(assess_cn(_online(owed, 181, behaviour), "en")).likelihood
            for owed in ("499", "500", "4999", "5000", "9999", "10000", "50000")
        ]
        assert chances == sorted(chances), behaviour
