"""A card statement in the loan form: what has been paid towards it (nothing, its minimum, all, or an
amount), its minimum as printed or worked out, and the statement date its statement day gives."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from app.core.card_entry import latest_statement_date
from app.core.card_statements import card_minimum_payment
from app.core.models import Loan
from app.ui.loans.loan_form_inputs import typed_number, typed_text
from app.ui.shell.i18n import tr
from app.ui.widgets import formatting

# What has been paid towards the card statement the user enters (card_statement_paid).
STATEMENT_PAID = ("none", "minimum", "full", "part")


def statement_minimum(loan: Loan) -> Decimal:
    """The statement's minimum payment: as printed, else from the card's percentage and floor."""
    if loan.card_statement_minimum is not None:
        return loan.card_statement_minimum
    return card_minimum_payment(loan.principal, loan.min_payment_percent, loan.min_payment_floor)


def statement_date(day: int, original: Loan | None, today: date) -> date:
    """The latest statement date of statement day ``day`` (0: not said, today's day); an edit that
    leaves a card's statement day as it was keeps its statement."""
    if original is not None and original.method == "credit_card":
        kept = original.statement_day or original.start_date.day
        if day in (0, kept):
            return original.start_date
    return latest_statement_date(day or today.day, today)


class StatementPaidInput(QWidget):
    """What has been paid towards the card statement entered: nothing, its minimum, all, or an amount."""

    def __init__(self, on_change: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = QComboBox(self)
        self.choice.setObjectName("statementPaidChoice")
        for key in STATEMENT_PAID:
            self.choice.addItem("", key)
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("statementPaidAmount")
        self.amount.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice, 1)
        layout.addWidget(self.amount, 1)
        self.choice.currentIndexChanged.connect(self._update)
        self.choice.currentIndexChanged.connect(on_change)
        self.amount.textChanged.connect(on_change)
        self.setFocusProxy(self.choice)
        self._update()

    def retranslate(self) -> None:
        texts = {
            "none": tr("Not paid yet"),
            "minimum": tr("The minimum is paid"),
            "full": tr("Paid in full"),
            "part": tr("Part of it:"),
        }
        for index in range(self.choice.count()):
            self.choice.setItemText(index, texts[self.choice.itemData(index)])
        self.amount.setPlaceholderText(tr("amount paid"))
        self.amount.setAccessibleName(tr("Amount already paid towards the statement"))

    def key(self) -> str:
        return str(self.choice.currentData())

    def set_paid(self, paid: Decimal, minimum: Decimal, balance: Decimal) -> None:
        if not paid:
            key = "none"
        elif paid == balance:
            key = "full"
        elif paid == minimum:
            key = "minimum"
        else:
            key = "part"
            self.amount.setText(formatting.plain_amount(paid))
        self.choice.setCurrentIndex(self.choice.findData(key))

    def _update(self) -> None:
        self.amount.setVisible(self.key() == "part")

    def paid_value(self, data: dict[str, Any]) -> str | None:
        """card_statement_paid from the choice: the minimum and the balance as the form ``data`` gives
        them, or the amount typed (as typed: the model says when it is no amount). None: no figure to
        take yet."""
        key = self.key()
        if key == "none":
            return "0.00"
        if key == "part":
            return typed_text(self.amount.text())
        balance = typed_number(str(data.get("principal", "")))
        if balance is None or balance <= 0:
            return None  # the balance's own message says what is wrong
        if key == "full":
            return str(balance)
        minimum = typed_number(str(data.get("card_statement_minimum") or ""))
        if minimum is None:
            percent = typed_number(str(data.get("min_payment_percent", "10"))) or Decimal("10")
            floor = typed_number(str(data.get("min_payment_floor", "100"))) or Decimal("100")
            minimum = card_minimum_payment(balance, percent, floor)
        return str(minimum)
