"""Rate changes of a floating-rate loan (LPR repricing): the list of "new annual rate from date D", with
a way to add and remove them. The core re-works the schedule from them; this dialog only collects them
and lets the core's own validation judge the result (a message in the user's language, nothing saved).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pydantic import ValidationError

from app.core.i18n import N_
from app.core.models import Loan, RateChange
from app.ui.loans.dialog_parts import save_cancel_buttons
from app.ui.shell.i18n import tr
from app.ui.widgets import formatting
from app.ui.widgets.form_fields import errors_by_field
from app.ui.widgets.problem_label import ProblemLabel
from app.ui.widgets.retranslating import Retranslating
from app.ui.widgets.tables import DataTable, RecordsModel

if TYPE_CHECKING:
    from app.ui.shell.controller import Controller

_Index = QModelIndex | QPersistentModelIndex


class RateChangesModel(RecordsModel):
    """Rows: the loan's RateChange records, earliest first."""

    def headers(self) -> list[str]:
        return [tr("From"), tr("New annual rate")]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        change = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            rate = tr("{rate} %", rate=formatting.rate(change.annual_rate))
            return [formatting.day(change.effective), rate][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RateChangesDialog(Retranslating, QDialog):
    """On Accepted, ``result_loan`` is the loan with the rate changes as the user left them."""

    def __init__(self, controller: Controller, loan: Loan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts.bind(self.setWindowTitle, N_("Rate changes"))
        self.setObjectName("rateChangesDialog")
        self._controller = controller
        self._loan = loan
        self._changes: list[RateChange] = sorted(loan.rate_changes, key=lambda change: change.effective)
        self.result_loan: Loan | None = loan

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.current = QLabel(self)
        self.current.setObjectName("contractRate")
        self.model = RateChangesModel(self)
        self.table = DataTable(self)
        self.texts.bind(self.table.setAccessibleName, N_("Rate changes"))
        self.table.setObjectName("rateChangesTable")
        self.table.setModel(self.model)
        self.remove_button = QPushButton(self)
        self.texts.bind(self.remove_button.setText, N_("Re&move selected"))
        self.remove_button.setObjectName("removeRateChange")
        self.remove_button.clicked.connect(self.remove_selected)

        self.from_label = QLabel(self)
        self.texts.bind(self.from_label.setText, N_("&From:"))
        self.effective_from = QDateEdit(self)
        self.texts.bind(self.effective_from.setAccessibleName, N_("From"))
        self.effective_from.setObjectName("rateFrom")
        self.effective_from.setCalendarPopup(True)
        self.effective_from.setDisplayFormat("yyyy-MM-dd")
        today = controller.today()
        self.effective_from.setDate(QDate(today.year, today.month, today.day))
        self.from_label.setBuddy(self.effective_from)
        self.rate_label = QLabel(self)
        self.texts.bind(self.rate_label.setText, N_("New annual &rate (%):"))
        self.rate = QLineEdit(self)
        self.texts.bind(self.rate.setAccessibleName, N_("New annual rate"))
        self.rate.setObjectName("newRate")
        self.rate.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.rate.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 12)
        self.rate_label.setBuddy(self.rate)
        self.add_button = QPushButton(self)
        self.texts.bind(self.add_button.setText, N_("&Add"))
        self.add_button.setObjectName("addRateChange")
        self.add_button.clicked.connect(self.add_change)
        self.problem = ProblemLabel("rateProblem", self.rate, self)
        self.buttons, self.save_button = save_cancel_buttons(self, "saveRateChanges", self._save)

        entry = QHBoxLayout()
        entry.addWidget(self.from_label)
        entry.addWidget(self.effective_from)
        entry.addWidget(self.rate_label)
        entry.addWidget(self.rate)
        entry.addWidget(self.add_button)
        entry.addStretch(1)
        below_table = QHBoxLayout()
        below_table.addWidget(self.remove_button)
        below_table.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.current)
        layout.addWidget(self.table, 1)
        layout.addLayout(below_table)
        layout.addLayout(entry)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self._retranslate()
        self._show_changes()

    # ---- public ---------------------------------------------------------------------------------

    def changes(self) -> list[RateChange]:
        return list(self._changes)

    def add_change(self) -> bool:
        """Add the typed rate from the chosen day (replacing one already recorded for that day); False
        with the reason shown when it cannot be."""
        picked = self.effective_from.date()
        day = date(picked.year(), picked.month(), picked.day())
        typed = self.rate.text().strip().rstrip("%％").strip()
        try:
            rate = Decimal(typed)
        except InvalidOperation:
            self.problem.show_problem(tr("Type the new annual rate as a number, for example 3.45."))
            return False
        kept = [change for change in self._changes if change.effective != day]
        try:
            added = RateChange(effective=day, annual_rate=rate)
        except ValidationError as error:
            self.problem.show_problem(self._message(error))
            return False
        candidate = sorted([*kept, added], key=lambda change: change.effective)
        if not self._judge(candidate):
            return False
        self.rate.clear()
        return True

    def remove_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        candidate = [change for row, change in enumerate(self._changes) if row != index.row()]
        self._judge(candidate)

    # ---- internals ------------------------------------------------------------------------------

    def _judge(self, candidate: list[RateChange]) -> bool:
        """Keep ``candidate`` if the loan with it is valid by the core's rules; else say why."""
        data = self._loan.model_dump()
        data["rate_changes"] = [change.model_dump() for change in candidate]
        try:
            loan = Loan.model_validate(data)
        except ValidationError as error:
            self.problem.show_problem(self._message(error))
            return False
        self._changes = candidate
        self.result_loan = loan
        self.problem.show_problem("")
        self._show_changes()
        return True

    def _message(self, error: object) -> str:
        return "\n".join(errors_by_field(error, self._controller.lang).values())

    def _show_changes(self) -> None:
        self.model.set_rows(self._changes)
        self.table.resizeColumnsToContents()
        self.remove_button.setEnabled(bool(self._changes))

    def _save(self) -> None:
        # A rate typed but not added yet (Enter pressed in the field) is what the user means to save.
        if self.rate.text().strip() and not self.add_change():
            return
        if self.result_loan is not None:
            self.accept()

    def _retranslate(self) -> None:
        self.intro.setText(
            tr(
                "A floating-rate loan, such as a mortgage tied to the LPR, is re-priced from a date. Record "
                "each new annual rate with the day it applies from; the schedule is worked out again from "
                "the next instalment."
            )
        )
        rate = formatting.rate(self._loan.annual_rate)
        self.current.setText(tr("Contract rate: {rate} % a year", rate=rate or "—"))
        self.save_button.setText(tr("&Save"))
        self.model.retranslate()
