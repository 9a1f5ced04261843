"""Loans: their summaries today, one loan's whole position and how its figures were computed, and
adding, changing and deleting a loan (each write one transaction)."""

from __future__ import annotations

from datetime import date

from app.core.i18n import Lang
from app.core.letters import LetterFacts, letter_facts
from app.core.models import Behaviour, Loan
from app.core.money_how import explain_position, if_paid_on
from app.core.overview import LoanSummary, loan_summaries
from app.core.rate_check import RateCheck, rate_check, rate_check_text, rate_sources_text
from app.core.schedule import LoanPosition, position
from app.core.store import LoanNotFound, Store

__all__ = ["LoanNotFound"]


def summaries(store: Store, today: date) -> list[LoanSummary]:
    """Every loan's summary today, most urgent first (app.core.overview's order)."""
    return loan_summaries(store.loans(), store.payments(), today, near_today=True)


def newest_kind(store: Store) -> str | None:
    """The kind of the loan added last (the editor offers it first); None without loans."""
    loans = store.loans()
    return str(loans[-1].kind) if loans else None


def stored_ids(store: Store) -> set[str]:
    """The ids of the loans in the data file itself (not any cache)."""
    return {loan.id for loan in store.loans()}


def add(store: Store, loan: Loan) -> None:
    with store.transaction():
        store.add_loan(loan)


def update(store: Store, loan: Loan) -> None:
    with store.transaction():
        store.update_loan(loan)


def delete(store: Store, loan_id: str) -> None:
    with store.transaction():
        store.delete_loan(loan_id)


def save_behaviour(store: Store, loan_id: str, behaviour: Behaviour) -> bool:
    """Keep the borrower's answers; False when they were already those (nothing written)."""
    loan = store.loan(loan_id)
    if loan.behaviour == behaviour:
        return False
    update(store, loan.model_copy(update={"behaviour": behaviour}))
    return True


def full_position(store: Store, loan: Loan, today: date) -> LoanPosition:
    """The loan's position today with its whole schedule (summaries keep only what is near today)."""
    return position(loan, store.payments(loan.id), today)


def explain(loan: Loan, where: LoanPosition, lang: Lang, display: str) -> dict[str, str]:
    """How each figure of ``where`` was computed, in ``lang`` (app/core/money_how.py)."""
    return explain_position(loan, where, lang, display=display)


def paid_on(store: Store, loan: Loan, day: date, lang: Lang, display: str) -> tuple[LoanPosition, dict[str, str]]:
    """"If I pay on date D": the position on ``day`` with the payments made so far, and how its figures
    were computed (nothing is saved)."""
    where = if_paid_on(loan, store.payments(loan.id), day)
    return where, explain(loan, where, lang, display)


def rate(store: Store, loan: Loan, lang: Lang) -> tuple[RateCheck, str, list[str]]:
    """The loan's real APR and its band, with the band's wording and its sources in ``lang``."""
    check = rate_check(loan, store.payments(loan.id))
    return check, rate_check_text(check, lang), rate_sources_text(check, lang)


def letter(loan: Loan, where: LoanPosition) -> LetterFacts:
    """What a letter to the lender says about the loan today (app/core/letters.py)."""
    return letter_facts(loan, where)
