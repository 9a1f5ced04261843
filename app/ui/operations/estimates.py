"""The rule engine's estimates: one loan's, every loan's (the risk column), "what if", the what-if
panel's plans and which overdue debt to pay first. Reads happen on the data file's thread; the results
are in the language asked for."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from app.core.i18n import Lang, message
from app.core.models import Behaviour, Loan
from app.core.money_text import money_text
from app.core.overview import LoanSummary
from app.core.schedule import LoanPosition
from app.core.store import Store
from app.rules.assessment import Assessment
from app.rules.debt_order import Debt, PayOrder
from app.rules.engine import assess, assess_loans
from app.rules.pack import load_pack
from app.rules.pay_first_view import order_for, overdue_debts, read_budget, source_of
from app.rules.scenario import scenario_for_loan
from app.rules.whatif import (
    PaymentSuggestion,
    PlanOutcome,
    PlanProblem,
    Stance,
    evaluate_plan,
    parse_amount,
    read_budget_plan,
    suggest_payment,
)


def assessment(store: Store, summary: LoanSummary, today: date, lang: Lang, behaviour: Behaviour | None = None) -> Assessment:
    """The estimate for the loan today; with ``behaviour``, as if the borrower's answers were those."""
    loan = summary.loan if behaviour is None else summary.loan.model_copy(update={"behaviour": behaviour})
    scenario = scenario_for_loan(
        loan, summary.position, store.contacts(loan.id), today, store.payments(loan.id)
    )
    return assess(scenario, load_pack(), lang)


def every_loan(
    store: Store, positions: Sequence[tuple[Loan, LoanPosition]], today: date, lang: Lang
) -> dict[str, Assessment]:
    """Every loan's estimate, by loan id, from one read of all payments and contacts."""
    return assess_loans(positions, store.payments(), store.contacts(), today, load_pack(), lang)


def payment_suggestion(store: Store, loan: Loan, today: date) -> PaymentSuggestion:
    """What the what-if panel's payment starts with, and the days a plan may use."""
    return suggest_payment(loan, store.payments(loan.id), today)


def overdue(store: Store, overdue_loans: Sequence[Loan], today: date) -> list[Debt]:
    """Every loan with something overdue today, with its payments and contact log (the several-debts
    order weighs them together)."""
    return overdue_debts(list(overdue_loans), store.payments(), store.contacts(), today, known_overdue=True)


def plan_outcome(
    store: Store,
    loan: Loan,
    overdue_loans: Sequence[Loan],
    plan: tuple[str | None, date | None, str | None],
    budget: tuple[str, date] | None,
    today: date,
    lang: Lang,
    display: str,
) -> PlanOutcome:
    """What a what-if plan (amount as typed, day, stance) would change in the loan's estimate; with
    ``budget`` ("I have ¥X this month" as typed, the day) the loan's share of X in the several-debts
    order instead. A plan that cannot happen comes back as a problem."""
    amount_text, on, stance = plan
    if budget is not None:
        text, on = budget
        debts = overdue(store, overdue_loans, today)
        try:
            chosen = read_budget_plan(text, loan.id, debts, today, on, load_pack())
        except PlanProblem as problem:
            return PlanOutcome(None, "budget", problem.text(lang))
        if all(debt.loan.id != loan.id for debt in debts):
            return PlanOutcome(None, "budget", message("whatif.budget_nothing_overdue", lang))
        if chosen.payment is None:
            shown = money_text(parse_amount(text), "CNY", display)
            return PlanOutcome(None, "budget", message("whatif.budget_not_reaching", lang, budget=shown))
        amount_text = str(chosen.payment.amount)
    return evaluate_plan(
        loan,
        store.payments(loan.id),
        store.contacts(loan.id),
        today,
        (amount_text, on, Stance(stance) if stance else None),
        load_pack(),
        lang,
        currency_display=display,
    )


def pay_first_job(
    store: Store, overdue_loans: Sequence[Loan], budget_text: str | None, today: date, lang: Lang, display: str
) -> tuple[Callable[[], PayOrder] | None, str]:
    """The records for the pay-first order, read now, and the pure work that orders them (it assesses
    every overdue loan, so it belongs on a worker thread); a bad amount gives (None, what is wrong)."""
    try:
        budget = read_budget(budget_text)
    except PlanProblem as problem:
        return None, problem.text(lang)
    debts, pack = overdue(store, overdue_loans, today), load_pack()
    return (lambda: order_for(debts, budget, today, pack, lang, display)), ""


def rule_source(rule_id: str, lang: Lang) -> str:
    """Where a rule comes from, in words (never the rule's id)."""
    return source_of(rule_id, load_pack(), lang)
