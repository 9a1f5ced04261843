"""`repayradar list` as a table a person reads in a terminal, in the user's language.

One row per loan, in the overview's order (overdue first): what is overdue, what makes the loan
current today, the remaining principal, interest accrued so far, penalty interest and the next
payment. Future interest is not a column: it is not owed (docs/money.md).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from decimal import Decimal

from app.core.i18n import Lang, message
from app.core.overview import LoanSummary

COLUMNS = (
    "name", "days_past_due", "overdue_amount", "amount_to_become_current", "outstanding_principal",
    "interest_accrued", "penalty_interest", "next_due",
)
NUMERIC = frozenset(COLUMNS[1:-1])
MAX_NAME_WIDTH = 24


def _width(text: str) -> int:
    """Terminal columns: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _clip(text: str, width: int) -> str:
    if _width(text) <= width:
        return text
    kept = ""
    for char in text:
        if _width(kept + char) > width - 1:
            break
        kept += char
    return kept + "…"


def _amount(value: Decimal) -> str:
    return f"{value:,.2f}"


def _cells(summary: LoanSummary, lang: Lang) -> dict[str, str]:
    where, loan = summary.position, summary.loan
    next_due = message("cli.list.none", lang)
    if summary.next_due_date is not None and summary.next_due_amount is not None:
        next_due = message(
            "cli.list.next_due_value", lang, date=summary.next_due_date.isoformat(),
            amount=_amount(summary.next_due_amount),
        )
    name = _clip(loan.display_name, MAX_NAME_WIDTH)
    if loan.currency != "CNY":
        name = f"{name} ({loan.currency})"
    return {
        "name": name,
        "days_past_due": str(where.days_past_due),
        "overdue_amount": _amount(where.overdue_amount),
        "amount_to_become_current": _amount(where.amount_to_become_current),
        "outstanding_principal": _amount(where.outstanding_principal),
        "interest_accrued": _amount(where.interest_accrued),
        "penalty_interest": _amount(where.penalty_interest),
        "next_due": next_due,
    }


def loan_table(summaries: Sequence[LoanSummary], lang: Lang) -> str:
    """The table as text (no trailing newline); a sentence instead when there are no loans."""
    if not summaries:
        return message("cli.list.empty", lang)
    header = {column: message(f"cli.list.column.{column}", lang) for column in COLUMNS}
    rows = [header, *(_cells(summary, lang) for summary in summaries)]
    widths = {column: max(_width(row[column]) for row in rows) for column in COLUMNS}

    def line(row: dict[str, str]) -> str:
        cells = []
        for column in COLUMNS:
            pad = " " * (widths[column] - _width(row[column]))
            cells.append(pad + row[column] if column in NUMERIC else row[column] + pad)
        return "  ".join(cells).rstrip()

    rule = "  ".join("-" * widths[column] for column in COLUMNS)
    lines = [line(header), rule, *(line(row) for row in rows[1:])]
    if any(summary.loan.currency != "CNY" for summary in summaries):
        lines.append(message("cli.list.currency_note", lang))
    return "\n".join(lines)
