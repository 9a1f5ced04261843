"""Where a loan that started before today stands, in the loan form: the number of instalments already
paid (on time; all those due so far unless changed), or the remaining principal and next due date the
bank's app shows, turned into the loan's paid instalments by app.core.partway."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pydantic import ValidationError

from app.core.errors import FieldProblem
from app.core.i18n import Lang, message
from app.core.models import MAX_INSTALLMENTS, NEW_ENTRY, Loan
from app.core.partway import installments_due_before, partway_from_balance
from app.core.schedule import build_schedule
from app.ui.loans.loan_form_inputs import date_of, qdate, typed_number
from app.ui.shell.i18n import tr
from app.ui.widgets import formatting
from app.ui.widgets.form_fields import errors_by_field

# The loan's fields this section sets; their problems are shown under it.
PARTWAY_FIELDS = ("paid_installments", "opening_principal", "installment_paid_on", "next_due_date")


class PartwayInput(QWidget):
    """How far along a loan that started before today is, in whichever form the user has it: the
    number of instalments already paid (on time; all those due so far unless changed), or the
    remaining principal and next due date the bank's app shows (app.core.partway)."""

    def __init__(self, on_change: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by_count = QRadioButton(self)
        self.by_count.setObjectName("paidByCount")
        self.by_balance = QRadioButton(self)
        self.by_balance.setObjectName("paidByBalance")
        self.by_count.setChecked(True)
        self.count = QSpinBox(self)
        self.count.setObjectName("paidCount")
        self.count.setRange(0, 480)
        self.count_note = QLabel(self)
        self.count_note.setObjectName("paidCountNote")
        self.count_note.setWordWrap(True)
        self.remaining = QLineEdit(self)
        self.remaining.setObjectName("remainingPrincipal")
        self.remaining.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.next_due = QDateEdit(self)
        self.next_due.setObjectName("nextDueDate")
        self.next_due.setCalendarPopup(True)
        self.next_due.setDisplayFormat("yyyy-MM-dd")
        self.remaining_label = QLabel(self)
        self.remaining_label.setBuddy(self.remaining)
        self.next_due_label = QLabel(self)
        self.next_due_label.setBuddy(self.next_due)
        self.hint = QLabel(self)
        self.hint.setObjectName("partwayHint")
        self.hint.setWordWrap(True)
        # The default follows what is due until the user sets a number of their own.
        self.count_is_users = False
        self.due_before = 0

        count_row = QHBoxLayout()
        count_row.addWidget(self.by_count)
        count_row.addWidget(self.count)
        count_row.addWidget(self.count_note, 1)  # "of the 32 due so far": the number reads as a phrase
        balance_grid = QGridLayout()
        balance_grid.setContentsMargins(24, 0, 0, 0)
        balance_grid.addWidget(self.remaining_label, 0, 0)
        balance_grid.addWidget(self.remaining, 0, 1)
        balance_grid.addWidget(self.next_due_label, 1, 0)
        balance_grid.addWidget(self.next_due, 1, 1)
        balance_grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(count_row)
        layout.addWidget(self.by_balance)
        layout.addLayout(balance_grid)
        layout.addWidget(self.hint)

        self.by_count.toggled.connect(self._update_enabled)
        self.by_count.toggled.connect(on_change)
        self.count.valueChanged.connect(self._count_edited)
        self.count.valueChanged.connect(on_change)
        self.remaining.textChanged.connect(on_change)
        self.next_due.dateChanged.connect(on_change)
        self.setFocusProxy(self.by_count)
        self._update_enabled()

    def retranslate(self) -> None:
        self.by_count.setAccessibleName(tr("Instalments already paid"))
        self.by_balance.setText(tr("As your bank's app shows it:"))
        self.remaining_label.setText(tr("Remaining principal:"))
        self.next_due_label.setText(tr("Next due date:"))
        self.count.setAccessibleName(tr("Instalments already paid"))
        self.remaining.setAccessibleName(tr("Remaining principal"))
        self.next_due.setAccessibleName(tr("Next due date"))
        self.hint.setText(
            tr(
                "Those paid before you began recording payments here: they count as paid on time, on "
                "their due dates, with no late history, no reminders and no payment records."
            )
        )
        self.set_due_before(self.due_before)

    def set_due_before(self, due: int) -> None:
        """``due`` instalments fell due before today (on the terms as they now stand)."""
        self.due_before = due
        if not self.count_is_users:
            with QSignalBlocker(self.count):
                self.count.setValue(due)
        # "[32] instalments, of the 32 due so far": English needs no other form for 1 ("of the 1 due").
        self.count_note.setText(tr("instalments, of the {due} due so far", due=due))

    def set_instalments(self, count: int) -> None:
        """The loan has ``count`` instalments: no more can be paid (a shorter term clamps the number
        without making it the user's own)."""
        with QSignalBlocker(self.count):
            self.count.setMaximum(max(count, 0))

    def uses_balance(self) -> bool:
        return self.by_balance.isChecked()

    def _count_edited(self) -> None:
        self.count_is_users = True

    def _update_enabled(self) -> None:
        counting = self.by_count.isChecked()
        self.count.setEnabled(counting)
        for widget in (self.remaining, self.next_due, self.remaining_label, self.next_due_label):
            widget.setEnabled(not counting)

    def wanted(self) -> bool:
        """Whether to ask how far along the loan is: some instalment fell due before today (as the
        terms last read), or the user has already said."""
        return self.due_before > 0 or self.count.value() > 0 or self.uses_balance()

    def show_loan(self, loan: Loan, today: date) -> None:
        """What a stored ``loan`` says: its paid instalments, or the balance it was entered with."""
        self.count_is_users = True  # an edit keeps what is stored (0 for loans entered before)
        self.set_instalments(MAX_INSTALLMENTS)
        self.count.setValue(loan.paid_installments)
        self.next_due.setDate(qdate(today))
        if loan.opening_principal is None or loan.method == "credit_card":
            return
        self.by_balance.setChecked(True)
        self.remaining.setText(formatting.plain_amount(loan.opening_principal))
        rows = build_schedule(loan.model_copy(update={"opening_principal": None, "installment_paid_on": {}}))
        if loan.paid_installments < len(rows):
            self.next_due.setDate(qdate(rows[loan.paid_installments].due_date))

    def follow_terms(self, loan: Loan, today: date) -> None:
        """The terms as they now stand: how many instalments there are and how many fell due before today."""
        self.set_instalments(len(build_schedule(loan)))  # first: the default may need the room
        self.set_due_before(installments_due_before(loan, today))

    def applied_to(
        self, loan: Loan, kept_paid_on: dict[int, date], lang: Lang
    ) -> tuple[Loan | None, dict[str, str]]:
        """``loan`` (as if nothing were paid yet) with the instalments this section says are paid, and
        the problems by field (the section's own under paid_installments); None when it does not fit."""
        update: dict[str, Any] = {}
        if self.uses_balance():
            typed = self.remaining.text()
            remaining = typed_number(typed)
            if remaining is None:
                key = "validation.number" if typed.strip() else "validation.missing"
                return None, {"paid_installments": message(key, lang)}
            try:
                entry = partway_from_balance(loan, remaining, date_of(self.next_due))
            except FieldProblem as problem:
                return None, {"paid_installments": message(problem.key, lang, **problem.params)}
            update["paid_installments"] = entry.paid_installments
            update["opening_principal"] = entry.opening_principal
        else:
            update["paid_installments"] = self.count.value()
        update["installment_paid_on"] = {
            number: day for number, day in kept_paid_on.items() if number <= update["paid_installments"]
        }
        try:
            return Loan.model_validate({**loan.model_dump(), **update}, context=NEW_ENTRY), {}
        except ValidationError as error:
            found = errors_by_field(error, lang)
            problems = {field: text for field, text in found.items() if field not in PARTWAY_FIELDS}
            section = [found[field] for field in PARTWAY_FIELDS if field in found]
            problems["paid_installments"] = "\n".join(section)
            return None, problems
