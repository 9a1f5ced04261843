"""What is due and the overview's totals: app.core.due's answer over today's loan summaries (the tray
asks the same), and the overview's first screen, worked out and kept for the next start
(app/core/first_screen.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from app import __version__
from app.core.due import LIST_DAYS, DueBoard, due_board
from app.core.first_screen import FirstScreen
from app.core.models import Settings
from app.core.overview import LoanSummary, first_screen, screens_ahead
from app.core.store import Store


def board(summaries: list[LoanSummary], today: date, settings: Settings, days: int | None) -> DueBoard:
    pairs = [(summary.loan, summary.position) for summary in summaries]
    return due_board(pairs, today, settings, days=LIST_DAYS if days is None else days)


def screen(store: Store, summaries: Sequence[LoanSummary], today: date) -> FirstScreen:
    """The overview on ``today`` from ``summaries``, which the caller read from the data as it is now
    (it drops them on every change), tagged with the data's revision."""
    return first_screen(summaries, today, store.settings(), store.revision())


def keep(store: Store, kept: FirstScreen) -> bool:
    """Save ``kept`` for the next start, if the data has not changed since it was worked out."""
    return store.keep_first_screen(kept, __version__)


# The days after today whose overview is kept: with today's, a week.
DAYS_AHEAD = 6


def keep_next_day_ahead(store: Store, today: date, days: int = DAYS_AHEAD) -> bool:
    """Work out and save the overview of the first of the ``days`` days after ``today`` not kept yet
    for the data as it is now, so the first start on that day shows it at once; False when there was
    none left to keep (or nothing can be kept: a folder opened read-only)."""
    if store.read_only:
        return False
    kept = store.kept_first_screen_days(__version__)
    coming = (today + timedelta(days=ahead) for ahead in range(1, days + 1))
    day = next((day for day in coming if day not in kept), None)
    if day is None:
        return False
    (screen,) = screens_ahead(store.loans(), store.payments(), store.settings(), store.revision(), [day])
    return store.keep_first_screens([screen], __version__, today=today) > 0


def keep_ahead(store: Store, today: date, days: int = DAYS_AHEAD) -> int:
    """keep_next_day_ahead() until every one of the ``days`` days is kept; how many were written."""
    written = 0
    while keep_next_day_ahead(store, today, days):
        written += 1
    return written
