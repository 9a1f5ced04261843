"""Entering a loan part-way: how many instalments are behind the borrower already.

Nearly every loan a person owns started before they install the app. The loan editor asks either
"instalments already paid" (default: all due before today, paid on time; installments_due_before) or
the remaining principal and the next due date the bank's app shows (partway_from_balance), and stores
the answer in Loan.paid_installments (and Loan.opening_principal when the bank's balance differs from
the schedule's). Those instalments count as paid on their due dates: no payment records, no late
history, no reminders.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.core.errors import FieldProblem
from app.core.models import REWORKABLE, Loan, RepaymentMethod
from app.core.schedule import build_schedule

# The bank's figure and the schedule's may differ by rounding over many instalments; within this
# the schedule's own balance is kept (no opening principal).
BALANCE_TOLERANCE = Decimal("1.00")


def installments_due_before(loan: Loan, today: date) -> int:
    """How many of the loan's instalments fell due before ``today``: the editor's default for
    "instalments already paid" (all of them, on time). Today's own instalment is not counted: the
    borrower may still pay it today, and the reminder for it must still come."""
    if loan.method is RepaymentMethod.credit_card:
        return 0  # a card statement is entered as it stands (h13-cards)
    return sum(1 for row in build_schedule(loan.model_copy(update={"opening_principal": None})) if row.due_date < today)


@dataclass(frozen=True, slots=True)
class PartwayEntry:
    """What the bank's "remaining principal, next due date" means for the loan as entered."""

    paid_installments: int  # instalments due before the next due date: counted as paid
    opening_principal: Decimal | None  # the bank's balance when the schedule's differs; None otherwise
    scheduled_principal: Decimal  # what the schedule says remains after those instalments


def partway_from_balance(loan: Loan, remaining_principal: Decimal, next_due_date: date) -> PartwayEntry:
    """The loan state equivalent to the bank's "remaining principal R, next instalment due on D".

    Instalments due before D count as paid. If R differs from the schedule's balance after them by
    more than BALANCE_TOLERANCE (earlier prepayments or rate changes the app does not know), R becomes
    the opening principal and the rest of the loan is re-worked from it over the same end date.

    Raises FieldProblem (a message in the user's language) when D is not one of the schedule's due
    dates or R is more than was borrowed; only rate-driven loans can take an opening principal.
    """
    if remaining_principal < 0 or remaining_principal > loan.principal:
        raise FieldProblem("opening_principal", "loan.opening_principal_too_big", principal=loan.principal)
    plain = loan.model_copy(update={"paid_installments": 0, "installment_paid_on": {}, "opening_principal": None})
    rows = build_schedule(plain)
    numbers = [row.number for row in rows if row.due_date == next_due_date]
    if not numbers:
        raise FieldProblem(
            "next_due_date",
            "partway.next_due_not_in_schedule",
            day=next_due_date.isoformat(),
            first=rows[0].due_date.isoformat(),
            last=rows[-1].due_date.isoformat(),
        )
    paid = numbers[0] - 1
    scheduled = rows[paid - 1].balance_after if paid else loan.principal
    if abs(scheduled - remaining_principal) <= BALANCE_TOLERANCE:
        return PartwayEntry(paid, None, scheduled)
    if not paid or remaining_principal <= 0:
        # Before the first instalment the balance is the amount borrowed; nothing left means nothing
        # comes next. Either way the entry contradicts the loan's own terms.
        raise FieldProblem("opening_principal", "loan.opening_principal_needs_paid")
    if loan.method not in REWORKABLE:
        raise FieldProblem("opening_principal", "loan.rework_needs_rate_method")
    return PartwayEntry(paid, remaining_principal.quantize(Decimal("0.01")), scheduled)
