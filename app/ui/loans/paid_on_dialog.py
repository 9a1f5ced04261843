"""The history of an instalment counted as paid when the loan was entered part-way: "this one was paid
late, on D", or back to "paid on its due date". The core counts it from the loan's installment_paid_on;
this dialog only collects the day and lets the core's validation judge the loan (nothing saved on error).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pydantic import ValidationError

from app.core.i18n import N_
from app.core.models import Loan
from app.ui.loans.dialog_parts import save_cancel_buttons
from app.ui.shell.i18n import tr
from app.ui.widgets import formatting
from app.ui.widgets.form_fields import errors_by_field
from app.ui.widgets.problem_label import ProblemLabel
from app.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from app.core.models import Installment
    from app.ui.shell.controller import Controller


def counted_paid_at_entry(loan: Loan, number: int) -> bool:
    """Whether instalment ``number`` is one of those the user said were paid before entering the loan."""
    return 1 <= number <= loan.paid_installments


class PaidOnDialog(Retranslating, QDialog):
    """On Accepted, ``result_loan`` is the loan with instalment ``installment.number``'s day paid set."""

    def __init__(
        self, controller: Controller, loan: Loan, installment: Installment, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.texts.bind(self.setWindowTitle, N_("When was it paid?"))
        self.setObjectName("paidOnDialog")
        self._controller = controller
        self._loan = loan
        self._installment = installment
        self.result_loan: Loan | None = None

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.on_time = QRadioButton(self)
        self.texts.bind(self.on_time.setText, N_("Paid on its &due date"))
        self.on_time.setObjectName("paidOnTime")
        self.late = QRadioButton(self)
        self.texts.bind(self.late.setText, N_("Paid &late, on:"))
        self.late.setObjectName("paidLate")
        group = QButtonGroup(self)
        group.addButton(self.on_time)
        group.addButton(self.late)
        self.paid_on = QDateEdit(self)
        self.texts.bind(self.paid_on.setAccessibleName, N_("Day it was paid"))
        self.paid_on.setObjectName("latePaidOn")
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setDisplayFormat("yyyy-MM-dd")
        recorded = loan.installment_paid_on.get(installment.number)
        shown = recorded or installment.due_date
        self.paid_on.setDate(QDate(shown.year, shown.month, shown.day))
        (self.late if recorded else self.on_time).setChecked(True)
        self.problem = ProblemLabel("paidOnProblem", self.paid_on, self)
        self.buttons, self.save_button = save_cancel_buttons(self, "savePaidOn", self._save)

        late_row = QHBoxLayout()
        late_row.addWidget(self.late)
        late_row.addWidget(self.paid_on)
        late_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.on_time)
        layout.addLayout(late_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        group.buttonToggled.connect(self._validate)
        self.paid_on.dateChanged.connect(self._validate)
        self._retranslate()
        self._validate()

    def _chosen_day(self) -> date | None:
        if not self.late.isChecked():
            return None
        picked = self.paid_on.date()
        return date(picked.year(), picked.month(), picked.day())

    def _validate(self) -> None:
        self.paid_on.setEnabled(self.late.isChecked())
        days = dict(self._loan.installment_paid_on)
        day = self._chosen_day()
        if day is None:
            days.pop(self._installment.number, None)
        else:
            days[self._installment.number] = day
        data = self._loan.model_dump()
        data["installment_paid_on"] = days
        try:
            self.result_loan = Loan.model_validate(data)
        except ValidationError as error:
            self.result_loan = None
            self.problem.show_problem("\n".join(errors_by_field(error, self._controller.lang).values()))
        else:
            self.problem.show_problem("")
        self.save_button.setEnabled(self.result_loan is not None)

    def _save(self) -> None:
        if self.result_loan is not None:
            self.accept()

    def _retranslate(self) -> None:
        self.intro.setText(
            tr(
                "Instalment {number} was due on {day}. You counted it as paid when you entered the loan; say "
                "here if it was paid late.",
                number=self._installment.number,
                day=formatting.day(self._installment.due_date),
            )
        )
        self.save_button.setText(tr("&Save"))
