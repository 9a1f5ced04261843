"""What is due: the one rule the overview, the tray and the reminders all ask. Pure: loans, their
positions on ``today`` and the user's reminder settings are handed in.

An instalment (or card statement) still owed stands in exactly one of these places today:

- overdue: past its due date and the loan's grace days with less than the minimum paid (the position
  says so: the lender counts it late);
- in grace: past its due date but within the grace days, with less than the minimum paid: still owed,
  not late yet, so it is listed with what is due and never called overdue;
- due today, or due soon (from tomorrow through a horizon);
- nothing to act on now: paid, or past its due date with the minimum met (a card's balance carried
  into the next statement, or a shortfall within the card pact's tolerance once grace has passed).

Two horizons, both from here: the lists (the overview's "next 30 days", the tray's menu and tooltip)
look LIST_DAYS ahead, or further when a reminder lead day is longer, so the tray never says "nothing
due" beside an icon and a reminder that say "due soon"; the tray icon's "soon" and the reminders look as
far ahead as the longest lead day (Settings.reminder_lead_days).

Amounts stay in each loan's currency; every total maps a currency to its sum and never adds one
currency to another.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal

from app.core.due_items import ZERO, AttentionLevel, DueBoard, DueItem, Standing
from app.core.models import Loan, Settings
from app.core.schedule import InstallmentState, InstallmentStatus, LoanPosition

# The overview's "due in the next 30 days" and the tray menu look this many days ahead.
LIST_DAYS = 30


def standing(state: InstallmentState, today: date, grace_days: int) -> Standing | None:
    """Where one instalment stands on ``today`` (``state`` is from a position as of ``today``); None
    when there is nothing to act on now. The only place this is decided."""
    if state.outstanding <= 0:
        return None
    if state.status is InstallmentStatus.overdue:
        return Standing.overdue
    due = state.installment.due_date
    if due > today:
        return Standing.due_soon
    if due == today:
        return Standing.due_today
    if (today - due).days <= grace_days and state.paid < state.installment.minimum:
        return Standing.in_grace
    return None


def reminder_days(settings: Settings) -> int:
    """How far ahead reminders (and the tray icon's "soon") look: the longest lead day."""
    return max(settings.reminder_lead_days, default=0)


def list_days(settings: Settings) -> int:
    """How far ahead the tray lists dues: LIST_DAYS, or the longest lead day when that is longer."""
    return max(LIST_DAYS, reminder_days(settings))


def _sort_key(item: DueItem) -> tuple[bool, date, str, int]:
    # Overdue first, the oldest (longest overdue) first; then by due date; the name keeps it stable.
    return (not item.overdue, item.due_date, item.loan_name, item.number)


def loan_due_items(loan: Loan, where: LoanPosition, today: date, days: int) -> list[DueItem]:
    """One loan's instalments that are overdue, in grace, due today or due within ``days`` days after
    ``today``, in schedule order (archived or not: the caller decides)."""
    last = today + timedelta(days=days)
    found = []
    first_unpaid = True
    for state in where.states:
        if state.outstanding <= 0:
            continue
        placed = standing(state, today, loan.grace_days)
        if placed is not None and state.installment.due_date <= last:
            overdue = placed is Standing.overdue
            found.append(DueItem(
                loan_id=loan.id,
                loan_name=loan.display_name,
                currency=loan.currency,
                number=state.installment.number,
                due_date=state.installment.due_date,
                standing=placed,
                outstanding=state.outstanding,
                minimum_left=max(state.installment.minimum - state.paid, ZERO),
                payable=first_unpaid,
                to_be_current=where.amount_to_become_current if overdue else None,
                penalty_owed=state.penalty_owed,
            ))
        first_unpaid = False
    return found


def in_grace(loan: Loan, where: LoanPosition, today: date) -> bool:
    """True when something of the loan is past its due date but within grace (and nothing overdue)."""
    placed = {item.standing for item in loan_due_items(loan, where, today, 0)}
    return Standing.in_grace in placed and Standing.overdue not in placed


def due_items(positions: Iterable[tuple[Loan, LoanPosition]], today: date, days: int) -> list[DueItem]:
    """Every instalment of loans not archived that is overdue, in grace, due today or due within
    ``days`` days after ``today``, most pressing first."""
    found = [
        item
        for loan, where in positions
        if not loan.archived
        for item in loan_due_items(loan, where, today, days)
    ]
    found.sort(key=_sort_key)
    return found


def _overdue_order(pair: tuple[Loan, LoanPosition]) -> tuple[int, date, str, str]:
    """The overview's order: the longest overdue first, then by the next due date and the name."""
    loan, where = pair
    next_due = where.next_due.installment.due_date if where.next_due else date.max
    return (-where.days_past_due, next_due, loan.display_name, loan.id)


def _add(totals: dict[str, Decimal], currency: str, amount: Decimal) -> None:
    totals[currency] = totals.get(currency, ZERO) + amount


def due_board(
    positions: Iterable[tuple[Loan, LoanPosition]], today: date, settings: Settings, *, days: int = LIST_DAYS
) -> DueBoard:
    """The one answer to "what is due" on ``today`` for the overview, the tray and the reminders'
    attention level. Archived loans are left out."""
    pairs = [(loan, where) for loan, where in positions if not loan.archived]
    scan_days = max(days, reminder_days(settings))
    every = due_items(pairs, today, scan_days)
    last = today + timedelta(days=days)
    items = tuple(item for item in every if item.due_date <= last or item.overdue)
    overdue_totals: dict[str, Decimal] = {}
    current_totals: dict[str, Decimal] = {}
    overdue_positions = sorted(
        ((loan, where) for loan, where in pairs if where.overdue_installments),
        key=_overdue_order,
    )
    for loan, where in overdue_positions:
        _add(overdue_totals, loan.currency, where.overdue_amount)
        _add(current_totals, loan.currency, where.amount_to_become_current)
    coming_totals: dict[str, Decimal] = {}
    for item in items:
        if not item.overdue:
            _add(coming_totals, item.currency, item.outstanding)
    return DueBoard(
        today=today,
        days=days,
        overdue_loans=tuple(loan.id for loan, _ in overdue_positions),
        items=items,
        level=_level(every, today, settings),
        overdue_totals=overdue_totals,
        current_totals=current_totals,
        coming_totals=coming_totals,
        month_totals=month_totals(pairs, today.year, today.month),
    )


def _level(items: Iterable[DueItem], today: date, settings: Settings) -> AttentionLevel:
    """"overdue" when anything is overdue; "soon" when something is in grace or falls due from today
    through the longest lead day; else "ok"."""
    last = today + timedelta(days=reminder_days(settings))
    level: AttentionLevel = "ok"
    for item in items:
        if item.overdue:
            return "overdue"
        if item.due_date <= last:
            level = "soon"
    return level


def month_totals(positions: Iterable[tuple[Loan, LoanPosition]], year: int, month: int) -> dict[str, Decimal]:
    """Per currency, what is still to pay on the instalments falling due in that calendar month, over
    all loans not archived (本月还需还款): what was paid towards them is left out, so a month whose dues
    are all paid totals 0. For a card: what is left of the statement balance due that month (or, for an
    older statement whose balance rolled into a newer one, of its minimum). Every currency with a loan
    not archived has an entry, 0 included; currencies come in alphabetical order."""
    totals: dict[str, Decimal] = {}
    for loan, where in sorted(
        ((loan, where) for loan, where in positions if not loan.archived), key=lambda pair: pair[0].currency
    ):
        totals.setdefault(loan.currency, ZERO)
        for state in where.states:
            day = state.installment.due_date
            if day.year == year and day.month == month:
                _add(totals, loan.currency, state.outstanding)
    return totals
