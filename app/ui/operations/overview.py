"""What is due and the overview's totals: app.core.due's answer over today's loan summaries (the tray
asks the same)."""

from __future__ import annotations

from datetime import date

from app.core.due import LIST_DAYS, DueBoard, due_board
from app.core.models import Settings
from app.core.overview import LoanSummary


def board(summaries: list[LoanSummary], today: date, settings: Settings, days: int | None) -> DueBoard:
    pairs = [(summary.loan, summary.position) for summary in summaries]
    return due_board(pairs, today, settings, days=LIST_DAYS if days is None else days)
