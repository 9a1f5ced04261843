"""Recording a payment (any amount: partial payments go to the oldest unpaid instalment first), and the
list of payments made on a loan."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.ui import formatting
from app.ui.form_fields import FieldGrid, errors_by_field
from app.ui.tables import RecordsModel

if TYPE_CHECKING:
    from app.core.models import Loan, Payment
    from app.ui.controller import Controller

_Index = QModelIndex | QPersistentModelIndex


class PaymentDialog(QDialog):
    """New payment for ``loan`` (``payment`` None) or edit one. On Accepted, ``result_payment`` holds it."""

    def __init__(
        self,
        controller: Controller,
        loan: Loan,
        payment: Payment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self._controller = controller
        self._loan = loan
        self._original = payment
        self.result_payment: Payment | None = None

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.amount = QLineEdit(self)
        self.amount.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.paid_on = QDateEdit(self)
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setDisplayFormat("yyyy-MM-dd")
        self.note = QLineEdit(self)
        self.grid = FieldGrid()
        self.grid.add("amount", self.amount, parent=self)
        self.grid.add("paid_on", self.paid_on, parent=self)
        self.grid.add("note", self.note, parent=self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("savePayment")
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.grid)
        layout.addWidget(self.buttons)

        if payment is None:
            summary = controller.summary(loan.id)
            suggested = summary.position.overdue_amount if summary.is_overdue else summary.next_due_amount
            self.amount.setText(formatting.plain_amount(suggested) if suggested else "")
            day = controller.today()
        else:
            self.amount.setText(formatting.plain_amount(payment.amount))
            self.note.setText(payment.note)
            day = payment.paid_on
        self.paid_on.setDate(QDate(day.year, day.month, day.day))
        self.amount.textChanged.connect(self._validate)
        self.paid_on.dateChanged.connect(self._validate)
        self.note.textChanged.connect(self._validate)
        self._retranslate()
        self._validate()
        self.amount.selectAll()

    def _values(self) -> dict[str, Any]:
        value = self.paid_on.date()
        data: dict[str, Any] = {
            "loan_id": self._loan.id,
            "paid_on": date(value.year(), value.month(), value.day()),
            "note": self.note.text(),
        }
        if self._original is not None:
            data["id"] = self._original.id
        text = self.amount.text().strip().replace(",", "").replace("，", "")
        if text:
            data["amount"] = text
        return data

    def _validate(self) -> None:
        from pydantic import ValidationError

        from app.core.models import Payment

        try:
            payment = Payment.model_validate(self._values())
        except ValidationError as error:
            self.result_payment = None
            self.grid.set_errors(errors_by_field(error, self._controller.lang))
        else:
            self.result_payment = payment
            self.grid.set_errors({})
        self.save_button.setEnabled(self.result_payment is not None)

    def field_error(self, field: str) -> str:
        return self.grid.error(field)

    def _save(self) -> None:
        if self.result_payment is not None:
            self.accept()

    def _retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Record a payment") if self._original is None else self.tr("Edit payment")
        )
        self.intro.setText(
            self.tr(
                "Payment on %1. Any amount is fine: a partial payment goes to the oldest unpaid "
                "instalment first."
            ).replace("%1", self._loan.display_name)
        )
        self.grid.set_label("amount", self.tr("&Amount (%1):").replace("%1", self._loan.currency))
        self.grid.set_label("paid_on", self.tr("&Paid on:"))
        self.grid.set_label("note", self.tr("&Note:"))
        self.save_button.setText(self.tr("&Save"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class PaymentsModel(RecordsModel):
    def __init__(self, controller: Controller, parent: Any = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._currency = "CNY"

    def set_payments(self, payments: list[Payment], currency: str) -> None:
        self._currency = currency
        self.set_rows(payments)

    def payment_at(self, row: int) -> Payment:
        return self._rows[row]

    def headers(self) -> list[str]:
        return [self.tr("Paid on"), self.tr("Amount"), self.tr("Note")]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        payment = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            display = self._controller.settings().currency_display
            return [
                formatting.day(payment.paid_on),
                formatting.money(payment.amount, self._currency, display),
                payment.note,
            ][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
