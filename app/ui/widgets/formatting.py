"""How amounts, rates and dates read on screen (plain Python, no pydantic: imported before first paint).

Amounts keep their two decimals and group thousands (¥18,000.00); the user chooses a symbol or the ISO
code (Settings.currency_display). Dates are ISO (2026-03-05) in both languages: unambiguous for
borrowers reading Chinese and English statements side by side.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from app.core.money_text import CURRENCY_SYMBOLS, money_text  # noqa: F401 - the widgets read the symbols here

def money(amount: Decimal | None, currency: str = "CNY", display: str = "symbol") -> str:
    """An amount as every screen, letter and report shows it (app/core/money_text.py); "" for None."""
    return "" if amount is None else money_text(amount, currency, display)


def plain_amount(amount: Decimal | None) -> str:
    """What an amount field is filled with for editing: no grouping, two decimals."""
    return "" if amount is None else f"{amount:.2f}"


def rate(value: Decimal | None) -> str:
    """A rate as the user typed it, without trailing zeros: 4.35, 0.6, 10."""
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return text


def day(value: date | None) -> str:
    return value.isoformat() if value else ""


def instant(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""
