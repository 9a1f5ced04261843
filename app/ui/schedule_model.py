"""Repayment schedules as table models: the loan page's schedule (each instalment with what is paid and
its status, coloured) and the editor's preview (the bare instalments while terms are typed)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.ui import formatting, labels
from app.ui.style import status_text_colour, status_tint

if TYPE_CHECKING:
    from app.core.models import Installment
    from app.core.schedule import InstallmentState
    from app.ui.controller import Controller

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
STATUS_KEY_ROLE = Qt.ItemDataRole.UserRole + 5


class _MoneyTable(QAbstractTableModel):
    def __init__(self, controller: Controller, parent: Any = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._currency = "CNY"

    def _money(self, amount: Any) -> str:
        return formatting.money(amount, self._currency, self._controller.settings().currency_display)

    def headers(self) -> list[str]:
        raise NotImplementedError

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))


class PreviewModel(_MoneyTable):
    """Instalments derived from terms being typed: no payments yet, so no status."""

    def __init__(self, controller: Controller, parent: Any = None) -> None:
        super().__init__(controller, parent)
        self._rows: list[Installment] = []

    def set_rows(self, rows: list[Installment], currency: str) -> None:
        self.beginResetModel()
        self._rows, self._currency = rows, currency
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

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
    """A stored loan's instalments today: amount, minimum, paid, still owed, status (coloured)."""

    NUMBER, DUE, AMOUNT, MINIMUM, PAID, OUTSTANDING, STATUS = range(7)

    def __init__(self, controller: Controller, parent: Any = None) -> None:
        super().__init__(controller, parent)
        self._states: list[InstallmentState] = []

    def set_states(self, states: list[InstallmentState], currency: str) -> None:
        self.beginResetModel()
        self._states, self._currency = list(states), currency
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._states)

    def state_at(self, row: int) -> InstallmentState:
        return self._states[row]

    def headers(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("Due date"),
            self.tr("Amount"),
            self.tr("Minimum"),
            self.tr("Paid"),
            self.tr("Still owed"),
            self.tr("Status"),
        ]

    def status_text(self, state: InstallmentState) -> str:
        text = labels.instalment_statuses().get(str(state.status), str(state.status))
        if state.days_overdue:
            return self.tr("%1 (%2 days)").replace("%1", text).replace("%2", str(state.days_overdue))
        if state.settled_on is not None and str(state.status) == "paid":
            return self.tr("%1 on %2").replace("%1", text).replace("%2", formatting.day(state.settled_on))
        return text

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        state = self._states[index.row()]
        row, column, status = state.installment, index.column(), str(state.status)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return [
                str(row.number),
                formatting.day(row.due_date),
                self._money(row.amount),
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
