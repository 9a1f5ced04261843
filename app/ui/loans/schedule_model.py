"""Repayment schedules as table models: the loan page's schedule (each instalment with what is paid and
its status, coloured) and the editor's preview (the bare instalments while terms are typed)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.ui.widgets import formatting, labels
from app.ui.shell.style import status_text_colour, status_tint
from app.ui.widgets.tables import RecordsModel

if TYPE_CHECKING:
    from app.core.models import Installment
    from app.core.schedule import InstallmentState
    from app.ui.shell.controller import Controller

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
STATUS_KEY_ROLE = Qt.ItemDataRole.UserRole + 5


class _MoneyTable(RecordsModel):
    def __init__(self, controller: Controller, parent: Any = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._currency = "CNY"

    def _money(self, amount: Any) -> str:
        return formatting.money(amount, self._currency, self._controller.settings().currency_display)


class PreviewModel(_MoneyTable):
    """Instalments derived from terms being typed: no payments yet, so no status."""

    def set_rows(self, rows: list[Installment], currency: str = "CNY") -> None:  # type: ignore[override]
        self._currency = currency
        super().set_rows(rows)

    def headers(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("Due date"),
            self.tr("Amount"),
            self.tr("Principal"),
            self.tr("Interest / fee"),
            self.tr("Balance after"),
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return [
                str(row.number),
                formatting.day(row.due_date),
                self._money(row.amount),
                self._money(row.principal),
                self._money(row.interest),
                self._money(row.balance_after),
            ][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != 1:
            return _RIGHT
        return None


class ScheduleModel(_MoneyTable):
    """A stored loan's instalments today: amount (principal and interest apart, so a prepayment or a
    rate change shows in them), minimum, paid, still owed, status (coloured)."""

    NUMBER, DUE, AMOUNT, PRINCIPAL, INTEREST, MINIMUM, PAID, OUTSTANDING, STATUS = range(9)

    def set_states(self, states: list[InstallmentState], currency: str) -> None:
        self._currency = currency
        self.set_rows(states)

    def state_at(self, row: int) -> InstallmentState:
        return self._rows[row]

    def headers(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("Due date"),
            self.tr("Amount"),
            self.tr("Principal"),
            self.tr("Interest / fee"),
            self.tr("Minimum"),
            self.tr("Paid"),
            self.tr("Still owed"),
            self.tr("Status"),
        ]

    def status_text(self, state: InstallmentState) -> str:
        text = labels.instalment_statuses().get(str(state.status), str(state.status))
        if state.days_overdue:
            if state.days_overdue == 1:
                return self.tr("{status} (1 day)").format(status=text)
            return formatting.fill(self.tr("%1 (%2 days)"), text, str(state.days_overdue))
        if state.settled_on is not None and str(state.status) == "paid":
            return formatting.fill(self.tr("%1 on %2"), text, formatting.day(state.settled_on))
        return text

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        state = self._rows[index.row()]
        row, column, status = state.installment, index.column(), str(state.status)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return [
                str(row.number),
                formatting.day(row.due_date),
                self._money(row.amount),
                self._money(row.principal),
                self._money(row.interest),
                self._money(row.minimum),
                self._money(state.paid),
                self._money(state.outstanding),
                self.status_text(state),
            ][column]
        if role == STATUS_KEY_ROLE:
            return status
        if role == Qt.ItemDataRole.BackgroundRole:
            return status_tint(status)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            from PySide6.QtWidgets import QApplication

            return status_text_colour(status, QApplication.palette())
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (self.DUE, self.STATUS):
            return _RIGHT
        return None
