"""What is due and the overview's totals: app.core.due's answer over today's loan summaries (the tray
asks the same), and the overview's first screen, worked out and kept for the next start
(app/core/first_screen.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from app import __version__
from app.core.due import LIST_DAYS, DueBoard, due_board
from app.core.first_screen import FirstScreen
from app.core.models import Settings
from app.core.overview import LoanSummary, first_screen
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
