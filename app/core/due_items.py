"""What is due, as plain values: where an instalment stands, the items still owed and the board of
them with its totals. app.core.due works them out; they are also read back from the data file's saved
first screen (app/core/first_screen.py) before the models and schedules are loaded, so this module
imports neither. The records are NamedTuples (immutable, compared by value) rather than dataclasses:
defining them takes a fraction of the time, and they are defined before the overview's first paint.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Literal, NamedTuple

ZERO = Decimal("0.00")

AttentionLevel = Literal["ok", "soon", "overdue"]


class Standing(StrEnum):
    overdue = "overdue"
    in_grace = "in_grace"
    due_today = "due_today"
    due_soon = "due_soon"  # due after today (how far ahead counts is the caller's horizon)


class DueItem(NamedTuple):
    """One instalment still owed that needs the user now or soon, in its loan's currency."""

    loan_id: str
    loan_name: str
    currency: str
    number: int
    due_date: date
    standing: Standing
    outstanding: Decimal  # what is left to settle it
    minimum_left: Decimal  # what is left to pay for it not to be (or stay) overdue
    payable: bool  # the oldest unpaid instalment of its loan: a payment now settles this one
    # For an overdue one: what makes the whole loan current today (the overdue amount, penalty interest
    # and fees, as the position works it out). None otherwise.
    to_be_current: Decimal | None
    # Penalty interest owed on it today (overdue ones): a payment today pays it before the instalment.
    penalty_owed: Decimal = ZERO

    @property
    def overdue(self) -> bool:
        return self.standing is Standing.overdue

    @property
    def minimum(self) -> Decimal | None:
        """The minimum still to pay when it is less than what is left (a card statement), else None."""
        return self.minimum_left if ZERO < self.minimum_left < self.outstanding else None

    @property
    def to_settle(self) -> Decimal:
        """What a payment today must be to settle it: what is left of it and the penalty owed on it."""
        return self.outstanding + self.penalty_owed

    def days_left(self, today: date) -> int:
        """Days until the due date; 0 once it has come (in grace it is to pay now)."""
        return max((self.due_date - today).days, 0)


class DueBoard(NamedTuple):
    """What is due on ``today``, and the totals the overview and the tray show (currency -> amount)."""

    today: date
    days: int  # how far ahead ``coming`` looks
    overdue_loans: tuple[str, ...]  # ids of the loans with something overdue, longest overdue first
    items: tuple[DueItem, ...]  # overdue ones, then the coming ones (in grace, today, within ``days``)
    level: AttentionLevel  # the tray icon
    overdue_totals: Mapping[str, Decimal]  # what is overdue (the overdue amount) over the overdue loans
    current_totals: Mapping[str, Decimal]  # what makes every overdue loan current today
    coming_totals: Mapping[str, Decimal]  # what is left of the coming ones
    month_totals: Mapping[str, Decimal]  # what is left of everything falling due this calendar month

    @property
    def overdue(self) -> tuple[DueItem, ...]:
        return tuple(item for item in self.items if item.overdue)

    @property
    def coming(self) -> tuple[DueItem, ...]:
        return tuple(item for item in self.items if not item.overdue)

    @property
    def next_coming(self) -> DueItem | None:
        return next((item for item in self.items if not item.overdue), None)

    def overdue_per_loan(self) -> tuple[DueItem, ...]:
        """The overdue items with each loan once (its oldest overdue instalment stands for it, with the
        loan's own to-be-current figure)."""
        seen: set[str] = set()
        kept = []
        for item in self.overdue:
            if item.loan_id not in seen:
                seen.add(item.loan_id)
                kept.append(item)
        return tuple(kept)
