"""The statement a card is entered from: the latest one printed on or before today."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.card_entry import latest_statement_date


@pytest.mark.parametrize(
    ("statement_day", "today", "expected"),
    [
        (20, date(2026, 6, 15), date(2026, 5, 20)),  # not yet printed this month
        (20, date(2026, 6, 20), date(2026, 6, 20)),  # printed today
        (5, date(2026, 6, 15), date(2026, 6, 5)),
        (20, date(2026, 1, 10), date(2025, 12, 20)),  # into the year before
        (31, date(2026, 3, 15), date(2026, 2, 28)),  # a short month: its last day
        (31, date(2024, 3, 15), date(2024, 2, 29)),  # leap year
        (31, date(2026, 2, 28), date(2026, 2, 28)),  # the 31st falls on the 28th: printed today
        (30, date(2026, 4, 30), date(2026, 4, 30)),
    ],
)
def test_the_latest_statement(statement_day, today, expected):
    assert latest_statement_date(statement_day, today) == expected


@given(st.integers(1, 31), st.dates(date(1990, 1, 1), date(2100, 12, 31)))
def test_it_is_on_or_before_today_and_within_a_month(statement_day, today):
    found = latest_statement_date(statement_day, today)
    assert found <= today
    assert (today - found).days < 31
    assert found.day == statement_day or found.day < statement_day  # clamped only to a month's end


def test_a_day_outside_the_month_is_refused():
    with pytest.raises(ValueError):
        latest_statement_date(0, date(2026, 6, 15))
