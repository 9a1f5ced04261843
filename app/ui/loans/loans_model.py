"""The loans list as a table model, and the proxy that sorts and filters it (Ctrl+F).

Rows are the LoanRow values of app/core/first_screen.py as the controller hands them over (worked out
from today's summaries, or the ones the data file kept while it is opening), most urgent first; the
view may re-sort by any column (SORT_ROLE gives a raw value: dates, Decimals, day counts).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QApplication

from app.ui.shell.i18n import ntr, tr
from app.ui.shell.style import RISK_ORDER, status_text_colour
from app.ui.widgets import formatting, labels
from app.ui.widgets.badges import RISK_LEVEL_ROLE
from app.ui.widgets.tables import RowTexts

if TYPE_CHECKING:
    from app.core.first_screen import LoanRow
    from app.ui.shell.controller import Controller

LOAN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3

NAME, LENDER, KIND, STATUS, NEXT_DUE, AMOUNT, OUTSTANDING, FUTURE_INTEREST, RISK = range(9)
_Role = Qt.ItemDataRole
# The roles these tables answer. A view asks each cell for a dozen roles while it measures and paints;
# the others are turned away at once.
ANSWERED_ROLES = frozenset({
    _Role.DisplayRole, _Role.AccessibleTextRole, _Role.ToolTipRole, _Role.ForegroundRole,
    _Role.BackgroundRole, _Role.TextAlignmentRole, LOAN_ID_ROLE, SORT_ROLE, STATUS_ROLE, RISK_LEVEL_ROLE,
})
_MONEY_COLUMNS = (AMOUNT, OUTSTANDING, FUTURE_INTEREST)
_Index = QModelIndex | QPersistentModelIndex


def status_of(row: LoanRow, today: date) -> tuple[str, str]:
    """(status key for colouring, sentence) of a loan today: "3 days overdue", "Due in 5 days"..."""
    if row.is_overdue:
        return "overdue", ntr("{n} day overdue", "{n} days overdue", row.days_past_due)
    if row.in_grace:
        return "due", tr("Due, within the grace period")
    due = row.next_due_date
    if due is None:
        if row.outstanding_total > 0:
            return "upcoming", tr("Nothing due yet")
        return "paid", tr("Paid off")
    days = (due - today).days
    if days == 0:
        return "due", tr("Due today")
    if days == 1:
        return "upcoming", tr("Due tomorrow")
    return "upcoming", ntr("Due in {n} day", "Due in {n} days", days)


def amount_due_text(row: LoanRow, display: str) -> str:
    """The "to pay now" cell: the amount, and for a card the minimum beside the balance."""
    text = formatting.money(row.amount_due, row.currency, display)
    minimum = row.card_minimum_due
    if minimum is not None and not row.is_overdue and minimum != row.amount_due:
        text = tr("{amount} (minimum {minimum})", amount=text,
                  minimum=formatting.money(minimum, row.currency, display))
    return text


def amount_due_how(row: LoanRow, hows: dict[str, str]) -> str:
    """The tooltip of the "to pay now" figure: how the core worked it out."""
    if row.is_overdue:
        return hows.get("amount_to_become_current", "")
    if row.card_minimum_due is not None:
        return hows.get("minimum", "")
    return ""


class LoansTableModel(QAbstractTableModel):
    def __init__(self, controller: Controller, parent: Any = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._rows: list[LoanRow] = []
        self._texts = RowTexts()
        self._today = controller.today()
        controller.loansChanged.connect(self.refresh)
        controller.languageChanged.connect(self._language_changed)
        controller.settingsChanged.connect(self._redisplay)
        controller.risksChanged.connect(self._redisplay)
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self._controller.rows()
        self._texts.clear()
        self._today = self._controller.today()
        self.endResetModel()

    def row_at(self, row: int) -> LoanRow:
        return self._rows[row]

    def row_of(self, loan_id: str) -> int:
        for index, row in enumerate(self._rows):
            if row.id == loan_id:
                return index
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 9

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            tr("Loan"),
            tr("Lender"),
            tr("Kind"),
            tr("Status"),
            tr("Next due"),
            tr("To pay now"),
            tr("Outstanding"),
            tr("Future interest"),
            tr("Risk"),
        ][section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == LOAN_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), column)
        if role == SORT_ROLE:
            return self._sort_key(index.row(), column)
        if role == STATUS_ROLE:
            return status_of(row, self._today)[0]
        if role == RISK_LEVEL_ROLE and column == RISK:
            return self._risk(row.id)[0]
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return status_text_colour(status_of(row, self._today)[0], QApplication.palette())
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in _MONEY_COLUMNS:
            return self._how(row, column) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == RISK:
            level, label, score = self._risk(row.id)
            if not level:
                return None  # still being worked out
            return tr(
                "Risk {level} (score {score} of 100), from the rule pack's estimate", level=label, score=score
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(index.row(), column)
        return None

    def _display(self, number: int, column: int) -> str:
        """The text of row ``number``'s cell in ``column``, worded once (RowTexts); the risk is asked each
        time (the estimates arrive after the rows)."""
        row = self._rows[number]
        if column == RISK:
            return self._risk(row.id)[1]
        return self._texts.of(number, lambda: [self._cell_text(row, cell) for cell in range(RISK)])[column]

    def _cell_text(self, row: LoanRow, column: int) -> str:
        display = self._controller.currency_display()
        if column == NAME:
            return tr("{name} (archived)", name=row.name) if row.archived else row.name
        if column == LENDER:
            return row.lender
        if column == KIND:
            return labels.loan_kinds().get(row.kind, row.kind)
        if column == STATUS:
            return status_of(row, self._today)[1]
        if column == NEXT_DUE:
            return formatting.day(row.next_due_date)
        if column == AMOUNT:
            return amount_due_text(row, display)
        if column == OUTSTANDING:
            return formatting.money(row.outstanding, row.currency, display)
        if column == FUTURE_INTEREST:
            return formatting.money(row.future_interest, row.currency, display)
        return ""

    def _sort_key(self, number: int, column: int) -> Any:
        row = self._rows[number]
        if column == STATUS:
            # Most overdue first when ascending, then by how soon the next instalment is due.
            days = (row.next_due_date - self._today).days if row.next_due_date else 10**6
            return -row.days_past_due * 10**7 + days if row.is_overdue else days
        if column == NEXT_DUE:
            return row.next_due_date.toordinal() if row.next_due_date else 10**7
        if column == AMOUNT:
            return float(row.amount_due or 0)
        if column == OUTSTANDING:
            return float(row.outstanding)
        if column == FUTURE_INTEREST:
            return float(row.future_interest)
        if column == RISK:
            level, _, score = self._risk(row.id)
            return RISK_ORDER.get(level, -1) * 1000 + score
        return self._display(number, column).casefold()

    def _risk(self, loan_id: str) -> tuple[str, str, int]:
        return self._controller.risk(loan_id)

    def _how(self, row: LoanRow, column: int) -> str:
        """How the core computed the cell's figure (asked only when a tooltip is shown)."""
        hows = self._controller.money_hows(row.id)
        if column == AMOUNT:
            return amount_due_how(row, hows)
        if column == OUTSTANDING:
            return hows.get("outstanding", "")
        return hows.get("future_interest", "")

    def _language_changed(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self._redisplay()

    def _redisplay(self) -> None:
        self._texts.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))


class LoansFilterProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE; keeps rows whose text contains the filter (any column, any case);
    hides archived loans unless asked."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._show_archived = False
        self._needle = ""

    def set_text(self, text: str) -> None:
        self._change_filter(lambda: setattr(self, "_needle", text.strip().casefold()))

    def set_show_archived(self, show: bool) -> None:
        self._change_filter(lambda: setattr(self, "_show_archived", show))

    def _change_filter(self, change: Callable[[], None]) -> None:
        # Qt 6.9 brought begin/endFilterChange and deprecated invalidateRowsFilter; 6.6 has only the latter.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, LoansTableModel)
        row = model.row_at(source_row)
        if row.archived and not self._show_archived:
            return False
        if not self._needle:
            return True
        texts = [model.data(model.index(source_row, column)) or "" for column in range(model.columnCount())]
        texts += [row.notes, row.collateral]
        return any(self._needle in text.casefold() for text in texts)
