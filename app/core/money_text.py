"""Amounts as RepayRadar writes them, on screen and on paper.

The one place amounts are worded: the screens (app/ui/widgets/formatting.money), the what-if sentences, the
letters and the report all call it. The currency's symbol, thousands grouped, and as many decimals as
the currency has minor units in ISO 4217 (¥18,000.00; JP¥1,234; USD 1,234.00 where no symbol is
known). Chinese and English write amounts alike, so the language does not change the form.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

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


# ISO 4217 minor units of the currencies above that do not have two (the yen and the won have none).
# Every other currency the app offers has two.
MINOR_UNITS = {"JPY": 0, "KRW": 0}


def minor_units(currency: str) -> int:
    """How many decimals ``currency`` is written with (ISO 4217's minor unit)."""
    return MINOR_UNITS.get(currency, 2)


def money_text(amount: Decimal, currency: str = "CNY", display: str = "symbol") -> str:
    """``amount`` as printed: "¥18,000.00", "-¥5.00", "JP¥1,234", or "USD 1,234.00" with display="code"."""
    places = minor_units(currency)
    rounded = amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{places}f}"
    if text.lstrip("-").strip("0.,") == "":  # "-0.00" after rounding is printed as zero
        text = text.lstrip("-")
    sign = ""
    if text.startswith("-"):
        sign, text = "-", text[1:]
    symbol = CURRENCY_SYMBOLS.get(currency) if display == "symbol" else None
    if symbol:
        return f"{sign}{symbol}{text}"
    return f"{sign}{currency} {text}"
