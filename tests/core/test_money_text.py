"""How amounts read on every screen, letter and report: one function, the currency's own decimals."""

from decimal import Decimal

import pytest

from app.core.money_text import minor_units, money_text


@pytest.mark.parametrize(
    ("amount", "currency", "display", "expected"),
    [
        ("18000", "CNY", "symbol", "¥18,000.00"),
        ("1234.5", "USD", "code", "USD 1,234.50"),
        ("-5", "CNY", "symbol", "-¥5.00"),
        # ISO 4217: the yen and the won have no minor unit, so no ".00" a bank would never print
        ("1234", "JPY", "symbol", "JP¥1,234"),
        ("1234.50", "JPY", "symbol", "JP¥1,235"),
        ("980000", "KRW", "code", "KRW 980,000"),
        ("12.345", "CNY", "symbol", "¥12.35"),
        # a tiny negative that rounds to nothing is zero, not "-¥0.00"
        ("-0.001", "CNY", "symbol", "¥0.00"),
        ("99", "XYZ", "symbol", "XYZ 99.00"),
    ],
)
def test_amounts_are_written_with_the_currencys_own_decimals(amount, currency, display, expected):
    assert money_text(Decimal(amount), currency, display) == expected


def test_minor_units_follow_iso_4217():
    assert [minor_units(code) for code in ("CNY", "USD", "EUR", "HKD", "JPY", "KRW")] == [2, 2, 2, 2, 0, 0]
