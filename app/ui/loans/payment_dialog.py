"""Recording a payment (any amount: partial payments go to the oldest unpaid instalment first), and the
list of payments made on a loan."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets import formatting
from app.ui.widgets.form_fields import FieldGrid, errors_by_field
from app.ui.widgets.tables import RecordsModel

if TYPE_CHECKING:
    from app.core.models import Loan, Payment
    from app.ui.shell.controller import Controller

_Index = QModelIndex | QPersistentModelIndex
SHORTEN_TERM = "shorten_term"
REDUCE_INSTALLMENT = "reduce_installment"


def offers_prepayment(loan: Loan) -> bool:
    """Only rate-driven schedules are re-worked after a prepayment (models.REWORKABLE); on other loans
    the core applies a prepayment as an ordinary payment, so the choice is not offered."""
    from app.core.models import REWORKABLE

    return loan.method in REWORKABLE


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
        # 提前还款: the amount is principal paid ahead; the bank then shortens the term or lowers the
        # instalment, as the borrower chose with it. The core re-works the schedule from the payment's date.
        self.prepayment_box = QWidget(self)
        self.prepayment = QCheckBox(self.prepayment_box)
        self.prepayment.setObjectName("isPrepayment")
        self.shorten_term = QRadioButton(self.prepayment_box)
        self.shorten_term.setObjectName(SHORTEN_TERM)
        self.reduce_installment = QRadioButton(self.prepayment_box)
        self.reduce_installment.setObjectName(REDUCE_INSTALLMENT)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.shorten_term)
        self.mode_group.addButton(self.reduce_installment)
        self.shorten_term.setChecked(True)
        self.prepayment_hint = QLabel(self.prepayment_box)
        self.prepayment_hint.setObjectName("prepaymentHint")
        self.prepayment_hint.setWordWrap(True)
        modes = QHBoxLayout()
        modes.setContentsMargins(24, 0, 0, 0)
        modes.addWidget(self.shorten_term)
        modes.addWidget(self.reduce_installment)
        modes.addStretch(1)
        box_layout = QVBoxLayout(self.prepayment_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.prepayment)
        box_layout.addLayout(modes)
        box_layout.addWidget(self.prepayment_hint)
        self.fee = QLineEdit(self)
        self.fee.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.grid = FieldGrid()
        self.grid.add("amount", self.amount, parent=self)
        self.grid.add("paid_on", self.paid_on, parent=self)
        self.grid.add("prepayment", self.prepayment_box, parent=self)
        self.grid.add("prepayment_fee", self.fee, parent=self)
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
            if payment.prepayment is not None:
                self.prepayment.setChecked(True)
                chosen = self.reduce_installment if str(payment.prepayment) == REDUCE_INSTALLMENT else self.shorten_term
                chosen.setChecked(True)
                if payment.prepayment_fee:
                    self.fee.setText(formatting.plain_amount(payment.prepayment_fee))
        self.paid_on.setDate(QDate(day.year, day.month, day.day))
        offered = offers_prepayment(loan)
        self.grid.set_visible("prepayment", offered)
        self.amount.textChanged.connect(self._validate)
        self.paid_on.dateChanged.connect(self._validate)
        self.note.textChanged.connect(self._validate)
        self.fee.textChanged.connect(self._validate)
        self.prepayment.toggled.connect(self._prepayment_toggled)
        self.mode_group.buttonToggled.connect(self._validate)
        self._prepayment_toggled()
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
        text = _typed_amount(self.amount.text())
        if text:
            data["amount"] = text
        if self.is_prepayment():
            data["prepayment"] = REDUCE_INSTALLMENT if self.reduce_installment.isChecked() else SHORTEN_TERM
            fee = _typed_amount(self.fee.text())
            if fee:
                data["prepayment_fee"] = fee
        return data

    def is_prepayment(self) -> bool:
        return self.grid.is_shown("prepayment") and self.prepayment.isChecked()

    def _prepayment_toggled(self) -> None:
        on = self.is_prepayment()
        for widget in (self.shorten_term, self.reduce_installment, self.prepayment_hint):
            widget.setVisible(on)
        self.grid.set_visible("prepayment_fee", on)
        self._retranslate_intro()
        self._validate()

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

    def _retranslate_intro(self) -> None:
        if self.is_prepayment():
            text = self.tr(
                "Prepayment on %1: the amount is principal paid ahead of the schedule. The schedule is worked "
                "out again from the day paid, as your lender does."
            )
        else:
            text = self.tr(
                "Payment on %1. Any amount is fine: a partial payment goes to the oldest unpaid "
                "instalment first."
            )
        self.intro.setText(formatting.fill(text, self._loan.display_name))

    def _retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Record a payment") if self._original is None else self.tr("Edit payment")
        )
        self._retranslate_intro()
        self.grid.set_label("amount", formatting.fill(self.tr("&Amount (%1):"), self._loan.currency))
        self.grid.set_label("paid_on", self.tr("&Paid on:"))
        self.grid.set_label("prepayment", self.tr("Prepayment:"))
        self.prepayment.setText(self.tr("P&repay principal (提前还款)"))
        self.shorten_term.setText(self.tr("S&horten the term (缩短期限)"))
        self.reduce_installment.setText(self.tr("&Lower the instalment (减少月供)"))
        self.prepayment_hint.setText(
            self.tr(
                "Shorten the term: the instalment stays, the last ones go. Lower the instalment: the end date "
                "stays, each instalment is smaller."
            )
        )
        self.grid.set_label("prepayment_fee", formatting.fill(
            self.tr("Prepayment &fee (%1):"),
            self._loan.currency,
        ))
        self.fee.setPlaceholderText(self.tr("0.00 if your lender charges none"))
        self.grid.set_label("note", self.tr("&Note:"))
        self.save_button.setText(self.tr("&Save"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def _typed_amount(text: str) -> str:
    return text.strip().replace(",", "").replace("，", "")


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
        return [self.tr("Paid on"), self.tr("Amount"), self.tr("Kind"), self.tr("Note")]

    def kind_text(self, payment: Payment) -> str:
        """Ordinary payment, or a prepayment with what the bank did with it (and its fee)."""
        if payment.prepayment is None:
            return self.tr("Payment")
        if str(payment.prepayment) == REDUCE_INSTALLMENT:
            text = self.tr("Prepayment, instalment lowered")
        else:
            text = self.tr("Prepayment, term shortened")
        if payment.prepayment_fee:
            display = self._controller.settings().currency_display
            fee = formatting.money(payment.prepayment_fee, self._currency, display)
            text = formatting.fill(self.tr("%1 (fee %2)"), text, fee)
        return text

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        payment = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            display = self._controller.settings().currency_display
            return [
                formatting.day(payment.paid_on),
                formatting.money(payment.amount, self._currency, display),
                self.kind_text(payment),
                payment.note,
            ][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
