"""Several debts at once: "which do I pay first with the money I have?" as a pure function.

Each loan is assessed the way the app assesses it alone (schedule.position -> scenario_for_loan ->
engine.assess); the order then weighs, from that assessment and the loan's terms:

- legal exposure: a card near the line of malicious overdraft (a crime, avoidable by repaying), a loan
  about to be called in whole (acceleration) or already called, a lawsuit in view;
- the credit record: a payment still within grace, or overdue but not yet in a monthly report, can be
  kept off the record by paying now;
- collection risk: the engine's risk score;
- cost: what being late costs a year (a card's overdraft interest; a loan's penalty interest, the
  contract rate plus half under PBoC Yinfa [2003] No. 251);
- collateral: a home or car at stake.

The points are our judgement (listed in WEIGHTS, each with the rule it rests on); every place carries
its reasons in words. The money is then given out in that order, each debt what makes it current (its
overdue instalments with the penalty and fees on them: a late payment pays the penalty first, so the
instalments alone do not stop the day count), until it runs out. The what-if can take a debt's share as "I pay ¥X".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.core.i18n import Lang, message
from app.core.models import ContactEvent, Loan, LoanKind, Payment
from app.core.money_text import money_text
from app.core.schedule import position
from app.rules.engine import assess
from app.rules.pack import RulePack
from app.rules.scenario import scenario_for_loan

# A card's overdraft interest when the agreement is not known: 0.05 % a day (most banks' rate).
CARD_YEARLY_PERCENT = Decimal("18.25")
# Penalty interest on an overdue loan: the contract rate plus 30-50 % (Yinfa [2003] No. 251): the top.
PENALTY_MARKUP = Decimal("1.5")
# Days from the first unpaid due date within which a late payment is usually not yet reported.
NOT_YET_REPORTED_DAYS = 30
# "Small" against the month's money: at most this share of it clears the debt's overdue amount.
QUICK_CURE_SHARE = Decimal("0.1")
# An acceleration this close (days) is worth preventing first.
ACCELERATION_SOON_DAYS = 31

# (points, rule the reason rests on): our judgement of how much each consideration weighs.
WEIGHTS: dict[str, tuple[int, str]] = {
    "card_crime": (40, "law.malicious_overdraft"),
    "acceleration_soon": (30, "practice.acceleration_clause"),
    "acceleration_reached": (20, "practice.acceleration_clause"),
    "grace": (30, "practice.grace"),
    # A late payment not yet reported that a small part of the money clears in full: cheap to keep off
    # the record, so it goes first.
    "quick_cure": (45, "practice.credit_report_monthly"),
    "not_reported_yet": (20, "practice.credit_report_monthly"),
    "lawsuit": (15, "practice.loan_lawsuit"),
    "collateral": (10, "law.secured_enforcement"),
}


@dataclass(frozen=True, slots=True)
class Debt:
    """One loan as the app stores it."""

    loan: Loan
    payments: Sequence[Payment] = ()
    contacts: Sequence[ContactEvent] = ()


@dataclass(frozen=True, slots=True)
class Reason:
    key: str
    text: str
    rule: str


@dataclass(frozen=True, slots=True)
class Place:
    rank: int  # 1 is paid first
    loan_id: str
    name: str
    score: int
    overdue: Decimal  # what makes it current: the overdue instalments with their penalty and fees
    pay: Decimal  # this month's share of the money
    reasons: tuple[Reason, ...]


@dataclass(frozen=True, slots=True)
class PayOrder:
    places: tuple[Place, ...]
    budget: Decimal
    left_over: Decimal  # money beyond every overdue amount
    shortfall: Decimal  # overdue amounts the money does not reach
    summary: str


def yearly_cost_percent(loan: Loan) -> Decimal:
    """What being late costs a year, in percent of what is late (our reading of the usual terms)."""
    if loan.kind is LoanKind.credit_card:
        return CARD_YEARLY_PERCENT
    if loan.annual_rate is not None:
        return (loan.annual_rate * PENALTY_MARKUP).quantize(Decimal("0.01"))
    if loan.monthly_fee_rate is not None:
        return (loan.monthly_fee_rate * 12 * PENALTY_MARKUP).quantize(Decimal("0.01"))
    return Decimal("0")


def _reason(key: str, lang: Lang, **params: object) -> Reason:
    rule = WEIGHTS[key][1] if key in WEIGHTS else "judgement.numbers"
    return Reason(key, message(f"debt_order.reason.{key}", lang, **params), rule)


def _weigh(
    debt: Debt, budget: Decimal, today: date, pack: RulePack, lang: Lang
) -> tuple[int, Decimal, list[Reason]]:
    loan = debt.loan
    where = position(loan, debt.payments, today)
    scenario = scenario_for_loan(loan, where, debt.contacts, today, debt.payments)
    assessment = assess(scenario, pack, lang)
    warnings = {warning.id for warning in assessment.warnings}
    consequences = {item.id for item in assessment.consequences}
    days = scenario.days_past_due
    owing = where.overdue_amount > 0
    # What stops the day count: a late payment pays the penalty first (schedule.position).
    to_be_current = where.amount_to_become_current
    found: list[tuple[int, Reason]] = []

    def add(key: str, **params: object) -> None:
        found.append((WEIGHTS[key][0], _reason(key, lang, **params)))

    if owing:
        if warnings & {"malicious_overdraft", "malicious_overdraft_if_principal"}:
            add("card_crime")
        call = next((e for e in assessment.timeline if e.action.value == "loan_acceleration"), None)
        if warnings & {"acceleration_reached", "acceleration_reached_unsecured"}:
            add("acceleration_reached")
        elif call is not None and call.from_day - days <= ACCELERATION_SOON_DAYS:
            add("acceleration_soon", day=call.from_day)
        if days == 0:
            add("grace")
        elif days <= NOT_YET_REPORTED_DAYS:
            add("not_reported_yet", days=days)
        if days <= NOT_YET_REPORTED_DAYS and to_be_current <= budget * QUICK_CURE_SHARE:
            add("quick_cure", amount=money_text(to_be_current, loan.currency))
        if "payment_order" in consequences:
            add("lawsuit")
        if loan.kind in (LoanKind.mortgage, LoanKind.car) or loan.secured:
            add("collateral")
    score = sum(points for points, _ in found)
    risk = assessment.risk.score // 5
    score += risk
    reasons = [reason for _, reason in sorted(found, key=lambda item: -item[0])]
    reasons.append(_reason("risk", lang, label=assessment.risk.label, score=assessment.risk.score))
    cost = yearly_cost_percent(loan)
    if owing and cost:
        score += int(cost // 2)
        reasons.append(_reason("cost", lang, percent=f"{cost:.2f}".rstrip("0").rstrip(".")))
    return score, to_be_current, reasons


def pay_first(debts: Iterable[Debt], budget: Decimal, today: date, pack: RulePack, lang: Lang) -> PayOrder:
    """The order to pay ``debts`` in with ``budget`` this month, each place with its share and reasons.

    Ties go to the smaller overdue amount (a debt fully cured stops its own clock), then the name."""
    weighed = []
    for debt in debts:
        score, overdue, reasons = _weigh(debt, budget, today, pack, lang)
        weighed.append((debt, score, overdue, reasons))
    weighed.sort(key=lambda item: (-item[1], item[2], item[0].loan.display_name))
    left = budget
    places = []
    for rank, (debt, score, overdue, reasons) in enumerate(weighed, start=1):
        share = min(overdue, left)
        left -= share
        places.append(
            Place(rank, debt.loan.id, debt.loan.display_name, score, overdue, share, tuple(reasons))
        )
    shortfall = sum((place.overdue - place.pay for place in places), Decimal("0"))
    currency = weighed[0][0].loan.currency if weighed else "CNY"
    if shortfall > 0:
        summary = message("debt_order.summary.short", lang, budget=money_text(budget, currency),
                          shortfall=money_text(shortfall, currency))
    else:
        summary = message("debt_order.summary.enough", lang, budget=money_text(budget, currency),
                          left=money_text(left, currency))
    return PayOrder(tuple(places), budget, left, shortfall, summary)


def share_of(order: PayOrder, loan_id: str) -> Decimal:
    """This loan's share of the month's money in ``order`` (0 when the money does not reach it)."""
    return next((place.pay for place in order.places if place.loan_id == loan_id), Decimal("0"))
