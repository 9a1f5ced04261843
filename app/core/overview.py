"""Every loan at a glance: where each stands today, in the order a worried borrower reads them.

The dashboard, the loans list and `python -m app list` all show these summaries, so they agree. What of
them is due, and the overview's totals, are decided in app.core.due (for the tray and reminders too).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from app.core.due import LIST_DAYS, Standing, due_board, in_grace, standing
from app.core.first_screen import FirstScreen, LoanRow
from app.core.models import Loan, Payment, Settings
from app.core.schedule import InstallmentState, LoanPosition, position

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class LoanSummary:
    loan: Loan
    position: LoanPosition

    @property
    def is_overdue(self) -> bool:
        return self.position.overdue_installments > 0

    @property
    def next_due_state(self) -> InstallmentState | None:
        """The instalment to pay next: one past its due date but within grace (app.core.due), else the
        first unpaid one due on or after today. So the loans list, the loan page and the CLI name the
        same instalment as the tray's "next due" and the overview's list."""
        where = self.position
        for state in where.states:
            if state.installment.due_date >= where.as_of:
                break
            if standing(state, where.as_of, self.loan.grace_days) is Standing.in_grace:
                return state
        return where.next_due

    @property
    def next_due_date(self) -> date | None:
        state = self.next_due_state
        return state.installment.due_date if state else None

    @property
    def next_due_amount(self) -> Decimal | None:
        """What is still to pay on the next instalment (what is left of it after earlier payments)."""
        state = self.next_due_state
        return state.outstanding if state else None

    @property
    def next_due_minimum(self) -> Decimal | None:
        """What keeps the next instalment from being overdue: a card's minimum less what is paid."""
        state = self.next_due_state
        return max(state.installment.minimum - state.paid, ZERO) if state else None

    @property
    def card_minimum_due(self) -> Decimal | None:
        """A card's minimum payment still to pay: the latest statement's minimum less what was paid
        since it was printed (it includes older shortfalls, so it is overdue once that statement's due
        date and grace have passed). None for other loans and for a card with no statement owing."""
        card = self.position.card
        if card is None or not card.statements or not card.statements[-1].minimum_left:
            return None
        return card.statements[-1].minimum_left

    @property
    def card_minimum_due_date(self) -> date | None:
        """The due date of the statement card_minimum_due belongs to."""
        card = self.position.card
        return card.statements[-1].due_date if self.card_minimum_due is not None and card else None

    def as_json(self) -> dict[str, Any]:
        """Plain JSON values (amounts and dates as strings, so nothing loses a cent on the way)."""
        loan, where = self.loan, self.position
        return {
            "id": loan.id,
            "name": loan.display_name,
            "lender": loan.lender,
            "kind": str(loan.kind),
            "method": str(loan.method),
            "currency": loan.currency,
            "principal": str(loan.principal),
            "archived": loan.archived,
            "as_of": where.as_of.isoformat(),
            "days_past_due": where.days_past_due,
            "first_unpaid_due_date": _iso(where.first_unpaid_due_date),
            "overdue_amount": str(where.overdue_amount),
            "overdue_installments": where.overdue_installments,
            "consecutive_overdue": where.consecutive_overdue,
            "cumulative_overdue": where.cumulative_overdue,
            "outstanding_total": str(where.outstanding_total),
            "outstanding_principal": str(where.outstanding_principal),
            "next_due_date": _iso(self.next_due_date),
            "next_due_amount": _text(self.next_due_amount),
            "next_due_minimum": _text(self.next_due_minimum),
            "next_due_number": self.next_due_state.installment.number if self.next_due_state else None,
            "paid_total": str(where.paid_total),
            "credit": str(where.credit),
            # Credit cards only (None otherwise): the minimum still to pay and its statement's due date.
            "card_minimum_due": _text(self.card_minimum_due),
            "card_minimum_due_date": _iso(self.card_minimum_due_date),
            # Issue 13's figures (docs/money.md): outstanding is what is owed today, never future interest.
            "outstanding": str(where.outstanding),
            "interest_due": str(where.interest_due),
            "interest_accrued": str(where.interest_accrued),
            "future_interest": str(where.future_interest),
            "penalty_interest": str(where.penalty_interest),
            "compound_interest": str(where.compound_interest),
            "fees": str(where.fees),
            "amount_to_become_current": str(where.amount_to_become_current),
            "payoff_amount": str(where.payoff_amount),
            "paid_installments": where.paid_installments,
        }


def loan_row(summary: LoanSummary) -> LoanRow:
    """The loan as the overview and the list of loans show it on the summary's day."""
    loan, where = summary.loan, summary.position
    return LoanRow(
        id=loan.id,
        name=loan.display_name,
        lender=loan.lender,
        kind=str(loan.kind),
        currency=loan.currency,
        archived=loan.archived,
        notes=loan.notes,
        collateral=loan.collateral,
        is_overdue=summary.is_overdue,
        # Past due within grace is app.core.due's call (as for the tray): a card short of its minimum by
        # no more than the pact's tolerance is not "within grace" once grace has passed.
        in_grace=not summary.is_overdue and in_grace(loan, where, where.as_of),
        days_past_due=where.days_past_due,
        overdue_amount=where.overdue_amount,
        amount_to_become_current=where.amount_to_become_current,
        outstanding=where.outstanding,
        outstanding_total=where.outstanding_total,
        future_interest=where.future_interest,
        next_due_date=summary.next_due_date,
        next_due_amount=summary.next_due_amount,
        card_minimum_due=summary.card_minimum_due,
    )


def first_screen(
    summaries: Sequence[LoanSummary], today: date, settings: Settings, revision: str
) -> FirstScreen:
    """What the overview shows on ``today`` (app/core/first_screen.py), from every loan's summary in
    loan_summaries' order and the settings, worked out from the data at ``revision``."""
    pairs = ((summary.loan, summary.position) for summary in summaries)
    board = due_board(pairs, today, settings, days=LIST_DAYS)
    rows = [loan_row(summary) for summary in summaries]
    return FirstScreen.of(today, revision, rows, board, settings.currency_display)


def screens_ahead(
    loans: Iterable[Loan], payments: Iterable[Payment], settings: Settings, revision: str, days: Iterable[date]
) -> list[FirstScreen]:
    """The overview on each of ``days`` as it will be then if the data (at ``revision``) does not
    change meanwhile: each worked out for its own day, exactly as a reading on that day works it out
    (interest, penalty and what falls due all follow the day)."""
    loans, payments = list(loans), list(payments)
    return [
        first_screen(loan_summaries(loans, payments, day, near_today=True), day, settings, revision)
        for day in days
    ]


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _text(amount: Decimal | None) -> str | None:
    return None if amount is None else str(amount)


def loan_summaries(
    loans: Iterable[Loan], payments: Iterable[Payment], today: date, *, near_today: bool = False
) -> list[LoanSummary]:
    """Each loan's summary on ``today`` (payments may be every loan's; each loan takes its own).

    Overdue loans come first, the longest overdue first, because they need action; then the rest by
    their next due date; loans with nothing more to pay last. The name breaks ties so the order is
    the same every time.

    With ``near_today`` each position keeps only the instalments near today (see states_near_today):
    what the app holds for its overview, tray and reminders all day long.
    """
    by_loan: dict[str, list[Payment]] = defaultdict(list)
    for payment in payments:
        by_loan[payment.loan_id].append(payment)
    summaries = []
    for loan in loans:
        where = position(loan, by_loan.get(loan.id, ()), today)
        if near_today:
            where = replace(where, states=states_near_today(where.states, today))
        summaries.append(LoanSummary(loan, where))
    return sorted(summaries, key=_urgency)


# Reminders start at most 60 days before a due date (Settings.reminder_lead_days); the upcoming list
# looks 30 days ahead. Two days more cover a month-end rounding of either.
NEAR_DAYS = 62


def states_near_today(states: Sequence[InstallmentState], today: date) -> tuple[InstallmentState, ...]:
    """The instalments the overview, the tray and the reminders look at: those still owed and due by
    ``today`` + NEAR_DAYS (overdue ones included), and every one due this calendar month (paid ones
    too: the loan page lists them), in schedule order.

    A 30-year mortgage has 360 instalments; a few hundred loans kept whole cost tens of MB for rows
    nobody looks at until a loan's own page is opened, which works out its full schedule again.
    """
    last = today + timedelta(days=NEAR_DAYS)
    return tuple(
        state
        for state in states
        if (state.outstanding > 0 and state.installment.due_date <= last)
        or (state.installment.due_date.year == today.year and state.installment.due_date.month == today.month)
    )


def _urgency(summary: LoanSummary) -> tuple[int, int, date, str, str]:
    where = summary.position
    return (
        0 if summary.is_overdue else 1,
        -where.days_past_due,
        summary.next_due_date or date.max,
        summary.loan.display_name,
        summary.loan.id,
    )
