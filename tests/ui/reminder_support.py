"""Helpers for the reminders' GUI tests: loans with chosen due dates and a notifier that records."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from app.core.models import CustomInstallment, Loan, LoanKind, RepaymentMethod
from app.ui.reminders.notifier import OPEN, SNOOZE, Notifier


def loan_due(loan_id: str, name: str, *dues: date, amount: str = "1200.00") -> Loan:
    """A loan whose instalments of ``amount`` fall due on exactly ``dues``."""
    rows = [CustomInstallment(due_date=day, principal=Decimal(amount)) for day in dues]
    return Loan(
        id=loan_id, lender="招商银行", name=name, kind=LoanKind.unsecured_consumer, method=RepaymentMethod.custom,
        principal=Decimal(amount) * len(dues), start_date=dues[0] - timedelta(days=40), due_day=dues[0].day,
        custom_installments=rows,
    )


@dataclass
class Shown:
    title: str
    body: str
    loan_id: str
    actions: tuple[str, ...]


class RecordingNotifier(Notifier):
    """Keeps every notification instead of showing it; tests emit activated/snoozed as a click would."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[Shown] = []

    def notify(self, title: str, body: str, loan_id: str, actions: Sequence[str] = (OPEN, SNOOZE)) -> None:
        self.shown.append(Shown(title, body, loan_id, tuple(actions)))
