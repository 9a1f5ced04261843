"""Entering a credit card as its bank's app shows it today: the app asks for the statement day (账单日)
and takes the latest statement printed on or before today as the one the user reads the balance,
minimum and paid status from (app/core/card_statements.py rolls statements forward from it)."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta


def latest_statement_date(statement_day: int, today: date) -> date:
    """The last statement date on or before ``today`` for a card printed on ``statement_day`` of each
    month; in a month shorter than that day, on its last day (a statement day of 31 falls on 30 April,
    28 February, or 29 in a leap year)."""
    if not 1 <= statement_day <= 31:
        raise ValueError(f"a statement day is 1 to 31, not {statement_day}")
    # relativedelta(day=...) stops at a short month's last day, as card_statements.py's dates do.
    this_month = today + relativedelta(day=statement_day)
    return this_month if this_month <= today else today + relativedelta(months=-1, day=statement_day)
