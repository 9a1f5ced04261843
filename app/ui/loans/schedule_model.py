"""Repayment schedules as table models: the loan page's schedule (each instalment with what is paid and
its status, coloured) and the editor's preview (the bare instalments while terms are typed)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication

from app.ui.loans.money_table import RIGHT_ALIGNED, MoneyRecordsModel
from app.ui.shell.i18n import ntr, tr
from app.ui.shell.style import status_text_colour, status_tint
from app.ui.widgets import formatting, labels

if TYPE_CHECKING:
    from app.core.models import Installment
    from app.core.schedule import InstallmentState

_Index = QModelIndex | QPersistentModelIndex
STATUS_KEY_ROLE = Qt.ItemDataRole.UserRole + 5


class _InstalmentsModel(MoneyRecordsModel):
    """Instalments, each row starting with its number, due date and amounts."""

    @staticmethod
    def _instalment_headers() -> list[str]:
        """The columns every schedule starts with: an instalment's number, due date and amounts."""
        return [tr("No."), tr("Due date"), tr("Amount"), tr("Principal"), tr("Interest / fee")]

    def _instalment_cells(self, row: Installment) -> list[str]:
        return [
            str(row.number),
            formatting.day(row.due_date),
            self._money(row.amount),
            self._money(row.principal),
            self._money(row.interest),
        ]


class PreviewModel(_InstalmentsModel):
    """Instalments derived from terms being typed: no payments yet, so no status."""

    def headers(self) -> list[str]:
        return [*self._instalment_headers(), tr("Balance after")]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return [*self._instalment_cells(row), self._money(row.balance_after)][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != 1:
            return RIGHT_ALIGNED
        return None


class ScheduleModel(_InstalmentsModel):
    """A stored loan's instalments today: amount (principal and interest apart, so a prepayment or a
    rate change shows in them), minimum, paid, still owed, status (coloured)."""

    NUMBER, DUE, AMOUNT, PRINCIPAL, INTEREST, MINIMUM, PAID, OUTSTANDING, STATUS = range(9)

    def state_at(self, row: int) -> InstallmentState:
        return self._rows[row]

    def headers(self) -> list[str]:
        return [*self._instalment_headers(), tr("Minimum"), tr("Paid"), tr("Still owed"), tr("Status")]

    def status_text(self, state: InstallmentState) -> str:
        text = labels.instalment_statuses().get(str(state.status), str(state.status))
        if state.days_overdue:
            return ntr("{status} ({n} day)", "{status} ({n} days)", state.days_overdue, status=text)
        if state.settled_on is not None and str(state.status) == "paid":
            return tr("{status} on {day}", status=text, day=formatting.day(state.settled_on))
        return text

    def _penalty_note(self, state: InstallmentState, column: int) -> str | None:
        """Why "Paid" is less than what was paid late, and what "Still owed" leaves out: a late payment
        pays the penalty interest on the instalment first (the core's rule, docs/money.md)."""
        if column == self.PAID and state.penalty_paid:
            return tr("Late payments also paid {penalty} of penalty interest on this instalment, before it.",
                      penalty=self._money(state.penalty_paid))
        if column == self.OUTSTANDING and state.penalty_owed:
            return tr("Plus {penalty} of penalty interest owed on it today, which a payment pays first.",
                      penalty=self._money(state.penalty_owed))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        state = self._rows[index.row()]
        row, column, status = state.installment, index.column(), str(state.status)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return [
                *self._instalment_cells(row),
                self._money(row.minimum),
                self._money(state.paid),
                self._money(state.outstanding),
                self.status_text(state),
            ][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._penalty_note(state, column)
        if role == STATUS_KEY_ROLE:
            return status
        if role == Qt.ItemDataRole.BackgroundRole:
            return status_tint(status)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return status_text_colour(status, QApplication.palette())
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (self.DUE, self.STATUS):
            return RIGHT_ALIGNED
        return None
