"""Recording a payment (any amount: partial payments go to the oldest unpaid instalment first), and the
list of payments made on a loan."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pydantic import ValidationError

from app.core.i18n import N_
from app.core.models import REWORKABLE, Loan, Payment, PrepaymentMode
from app.ui.loans.dialog_parts import save_cancel_buttons
from app.ui.loans.loan_form_inputs import typed_text
from app.ui.loans.money_table import RIGHT_ALIGNED, MoneyRecordsModel
from app.ui.shell.i18n import tr
from app.ui.widgets import formatting
from app.ui.widgets.form_fields import FieldGrid, errors_by_field
from app.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from app.ui.shell.controller import Controller

_Index = QModelIndex | QPersistentModelIndex


def offers_prepayment(loan: Loan) -> bool:
    """Only rate-driven schedules are re-worked after a prepayment (models.REWORKABLE); on other loans
    the core applies a prepayment as an ordinary payment, so the choice is not offered."""
    return loan.method in REWORKABLE


class PaymentDialog(Retranslating, QDialog):
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
        self.texts.bind(self.prepayment.setText, N_("P&repay principal (提前还款)"))
        self.prepayment.setObjectName("isPrepayment")
        self.shorten_term = QRadioButton(self.prepayment_box)
        self.texts.bind(self.shorten_term.setText, N_("S&horten the term (缩短期限)"))
        self.shorten_term.setObjectName(PrepaymentMode.shorten_term)
        self.reduce_installment = QRadioButton(self.prepayment_box)
        self.texts.bind(self.reduce_installment.setText, N_("&Lower the instalment (减少月供)"))
        self.reduce_installment.setObjectName(PrepaymentMode.reduce_installment)
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
        self.texts.bind(self.fee.setPlaceholderText, N_("0.00 if your lender charges none"))
        self.fee.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.grid = FieldGrid()
        self.grid.add("amount", self.amount, parent=self)
        self.grid.add("paid_on", self.paid_on, parent=self)
        self.grid.add("prepayment", self.prepayment_box, parent=self)
        self.grid.add("prepayment_fee", self.fee, parent=self)
        self.grid.add("note", self.note, parent=self)
        self.buttons, self.save_button = save_cancel_buttons(self, "savePayment", self._save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.grid)
        layout.addWidget(self.buttons)

        if payment is None:
            summary = controller.summary(loan.id)
            # Late, what makes the loan current today: a late payment pays the penalty first, so the
            # overdue instalments alone would leave part of them overdue.
            suggested = summary.position.amount_to_become_current if summary.is_overdue else summary.next_due_amount
            self.amount.setText(formatting.plain_amount(suggested) if suggested else "")
            day = controller.today()
        else:
            self.amount.setText(formatting.plain_amount(payment.amount))
            self.note.setText(payment.note)
            day = payment.paid_on
            if payment.prepayment is not None:
                self.prepayment.setChecked(True)
                chosen = self.reduce_installment if str(payment.prepayment) == PrepaymentMode.reduce_installment else self.shorten_term
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
        text = typed_text(self.amount.text())
        if text:
            data["amount"] = text
        if self.is_prepayment():
            data["prepayment"] = PrepaymentMode.reduce_installment if self.reduce_installment.isChecked() else PrepaymentMode.shorten_term
            fee = typed_text(self.fee.text())
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
            text = tr(
                "Prepayment on {loan}: the amount is principal paid ahead of the schedule. The schedule is "
                "worked out again from the day paid, as your lender does.",
                loan=self._loan.display_name,
            )
        else:
            text = tr(
                "Payment on {loan}. Any amount is fine: a partial payment goes to the oldest unpaid "
                "instalment first.",
                loan=self._loan.display_name,
            )
        self.intro.setText(text)

    def _retranslate(self) -> None:
        self.setWindowTitle(
            tr("Record a payment") if self._original is None else tr("Edit payment")
        )
        self._retranslate_intro()
        self.grid.set_label("amount", tr("&Amount ({currency}):", currency=self._loan.currency))
        self.grid.set_label("paid_on", tr("&Paid on:"))
        self.grid.set_label("prepayment", tr("Prepayment:"))
        self.prepayment_hint.setText(
            tr(
                "Shorten the term: the instalment stays, the last ones go. Lower the instalment: the end date "
                "stays, each instalment is smaller."
            )
        )
        self.grid.set_label(
            "prepayment_fee", tr("Prepayment &fee ({currency}):", currency=self._loan.currency)
        )
        self.grid.set_label("note", tr("&Note:"))
        self.save_button.setText(tr("&Save"))


class PaymentsModel(MoneyRecordsModel):
    def payment_at(self, row: int) -> Payment:
        return self._rows[row]

    def headers(self) -> list[str]:
        return [tr("Paid on"), tr("Amount"), tr("Kind"), tr("Note")]

    def kind_text(self, payment: Payment) -> str:
        """Ordinary payment, or a prepayment with what the bank did with it (and its fee)."""
        if payment.prepayment is None:
            return tr("Payment")
        if str(payment.prepayment) == PrepaymentMode.reduce_installment:
            text = tr("Prepayment, instalment lowered")
        else:
            text = tr("Prepayment, term shortened")
        if payment.prepayment_fee:
            text = tr("{kind} (fee {fee})", kind=text, fee=self._money(payment.prepayment_fee))
        return text

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        payment = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return [
                formatting.day(payment.paid_on),
                self._money(payment.amount),
                self.kind_text(payment),
                payment.note,
            ][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return RIGHT_ALIGNED
        return None
