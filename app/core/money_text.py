"""Amounts as words on paper: what letters, call scripts and printed reports write for an amount.

The same form the screens show (app/ui/formatting.money, which a test holds this to): the currency's
symbol, thousands grouped, always two decimals (¥18,000.00; USD 1,234.00 where no symbol is known).
Chinese and English letters write amounts alike, so the language does not change the form; the core
cannot import the UI's module, hence this copy for the core and the rule module.
"""

from __future__ import annotations

from decimal import Decimal

CURRENCY_SYMBOLS = {
    "CNY": "¥",
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "JP¥",
    "HKD": "HK$",
    "TWD": "NT$",
    "MOP": "MOP$",
    "SGD": "S$",
    "AUD": "A$",
    "CAD": "C$",
    "KRW": "₩",
}


def money_text(amount: Decimal, currency: str = "CNY", display: str = "symbol") -> str:
    """``amount`` as printed: "¥18,000.00", "-¥5.00", or "USD 1,234.00" with display="code"."""
    text = f"{amount:,.2f}"
    sign = ""
    if text.startswith("-"):
        sign, text = "-", text[1:]
    symbol = CURRENCY_SYMBOLS.get(currency) if display == "symbol" else None
    if symbol:
        return f"{sign}{symbol}{text}"
    return f"{sign}{currency} {text}"
