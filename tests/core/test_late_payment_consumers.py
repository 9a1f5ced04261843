"""A late payment that paid the penalty first, as everything that reads the position says it: the risk
estimate's inputs, the reminders, the letter's facts, the list's JSON (the CLI's) and the report. They all
read schedule.position, so they must all still call the loan overdue where the lender does."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from test_late_payment_allocation import three_thousand_a_month

from app.core.letters import letter_facts
from app.core.models import Payment, Settings
from app.core.overview import loan_summaries
from app.core.reminders import current_reminders
from app.core.schedule import position
from app.rules.engine import assess
from app.rules.pack import load_pack
from app.rules.report_content import report_for_loan
from app.rules.scenario import scenario_for_loan

# Instalment 1 (3,000.00) due 2026-11-01 was paid in full amount on 2026-11-21, 20 days late: 30.00 of
# it went to penalty first (tests/core/test_late_payment_allocation.py works the figures by hand), so
# 30.00 of the instalment is still unpaid and overdue on 2026-11-21.
AS_OF = date(2026, 11, 21)


def late_case():
    loan = three_thousand_a_month()
    payments = [Payment(loan_id=loan.id, paid_on=AS_OF, amount=Decimal("3000.00"))]
    return loan, payments


def test_the_risk_estimate_still_sees_the_loan_20_days_overdue():
    loan, payments = late_case()
    where = position(loan, payments, AS_OF)
    scenario = scenario_for_loan(loan, where, [], AS_OF, payments)
    assert scenario.days_past_due == 20
    assert scenario.loan.overdue_amount == Decimal("30.00")
    # The days overdue still weigh in the risk (the small amount at stake caps the score itself).
    days_points = {factor.rule: factor.points for factor in assess(scenario, load_pack(), "en").risk.factors}
    assert days_points["judgement.risk_days"] > 0


def test_the_reminders_keep_the_overdue_nudge_for_what_is_left():
    loan, payments = late_case()
    now = datetime(2026, 11, 21, 2, 0, tzinfo=UTC)
    reminders = current_reminders([loan], payments, Settings(reminder_lead_days=[3, 0]), now)
    overdue = [reminder for reminder in reminders if reminder.installment_number == 1]
    assert overdue and overdue[0].overdue and overdue[0].outstanding == Decimal("30.00")


def test_the_letter_the_list_json_and_the_report_say_the_same():
    loan, payments = late_case()
    where = position(loan, payments, AS_OF)
    facts = letter_facts(loan, where)
    assert facts.days_past_due == 20 and facts.overdue_amount == Decimal("30.00")
    assert facts.overdue_since == date(2026, 11, 1)
    [summary] = loan_summaries([loan], payments, AS_OF)
    row = summary.as_json()
    assert row["days_past_due"] == 20 and row["overdue_amount"] == "30.00"
    assert row["penalty_interest"] == "0.00" and row["amount_to_become_current"] == "30.00"
    report = report_for_loan(loan, payments, [], AS_OF, "en")
    shown = {fact.label: fact.value for fact in report.facts}
    assert shown["To be current today"] == "¥30.00"
    assert shown["Overdue"] == "¥30.00 since 2026-11-01, day 20"
