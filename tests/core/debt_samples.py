"""Two overdue debts relative to any day: a large credit card unpaid for about five months by a holder
who avoids the bank (malicious-overdraft exposure), and a small online consumer loan a few days late.
And the consumer loan of the worked penalty examples (100,000 at 6 % over 12 months)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from app.core.models import Behaviour, Loan, LoanKind, RepaymentMethod


def _day_in_month_before(today: date, months: int, day: int) -> date:
    month_index = today.year * 12 + today.month - 1 - months
    return date(month_index // 12, month_index % 12 + 1, day)


def overdue_card(today: date) -> Loan:
    statement = _day_in_month_before(today, 5, 20)
    return Loan(
        id="card", lender="招商银行", name="信用卡", kind="credit_card", method="credit_card",
        principal=Decimal("80000.00"), annual_rate=Decimal("18.25"), start_date=statement,
        due_day=statement.day, statement_day=statement.day, behaviour=Behaviour(evading=True),
    )


def small_online_loan(today: date) -> Loan:
    # Borrowed so that the first instalment fell due 5 to 12 days ago (never on a 29th-31st).
    start = today - timedelta(days=40)
    if start.day > 28:
        start = start.replace(day=28)
    return Loan(
        id="phone", lender="花呗", name="手机分期", kind="unsecured_consumer", method="equal_installment",
        principal=Decimal("1200.00"), annual_rate=Decimal("6"), term_months=12, start_date=start,
        due_day=start.day,
    )


def consumer_loan(**terms) -> Loan:
    """100,000 at 6 % over 12 months from 2026-01-10, due on the 10th (instalments of 8,606.64); ``terms``
    replace any of these."""
    values = {
        "id": "consumer",
        "lender": "招商银行",
        "kind": LoanKind.unsecured_consumer,
        "method": RepaymentMethod.equal_installment,
        "principal": Decimal("100000.00"),
        "annual_rate": Decimal("6"),
        "term_months": 12,
        "start_date": date(2026, 1, 10),
        "due_day": 10,
    }
    values.update(terms)
    return Loan(**values)
