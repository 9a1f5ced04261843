"""Amounts as RepayRadar writes them, on screen and on paper.

The one place amounts are worded: the screens (app/ui/formatting.money), the what-if sentences, the
letters and the report all call it. The currency's symbol, thousands grouped, always two decimals
(¥18,000.00; USD 1,234.00 where no symbol is known). Chinese and English write amounts alike, so the
language does not change the form.
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
