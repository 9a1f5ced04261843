"""How amounts, rates and dates read on screen (plain Python, no pydantic: imported before first paint).

Amounts keep their two decimals and group thousands (¥18,000.00); the user chooses a symbol or the ISO
code (Settings.currency_display). Dates are ISO (2026-03-05) in both languages: unambiguous for
borrowers reading Chinese and English statements side by side.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from app.core.money_text import CURRENCY_SYMBOLS, money_text  # noqa: F401 - the widgets read the symbols here

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    """A translated template's %1, %2, ... replaced by ``values`` in one pass, so that a value which
    itself contains "%2" (a loan named so, a note) is never substituted again."""

    def value_of(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 0 < number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value_of, template)


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
