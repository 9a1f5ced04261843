"""The loans list as a table model, and the proxy that sorts and filters it (Ctrl+F).

Rows are app.core.overview's LoanSummary objects as the controller hands them over, most urgent first;
the view may re-sort by any column (SORT_ROLE gives a raw value: dates, Decimals, day counts).
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

if TYPE_CHECKING:
    from app.core.overview import LoanSummary
    from app.ui.shell.controller import Controller

LOAN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3

NAME, LENDER, KIND, STATUS, NEXT_DUE, AMOUNT, OUTSTANDING, FUTURE_INTEREST, RISK = range(9)
_MONEY_COLUMNS = (AMOUNT, OUTSTANDING, FUTURE_INTEREST)
_Index = QModelIndex | QPersistentModelIndex


def status_of(summary: LoanSummary, today: date) -> tuple[str, str]:
    """(status key for colouring, sentence) of a loan today: "3 days overdue", "Due in 5 days"..."""
    where = summary.position
    if summary.is_overdue:
        return "overdue", ntr("{n} day overdue", "{n} days overdue", where.days_past_due)
    # Past due within grace is app.core.due's call (as for the overview and the tray): a card short of
    # its minimum by no more than the pact's tolerance is not "within grace" once grace has passed.
    from app.core.due import in_grace  # the models are not loaded before the first paint

    if in_grace(summary.loan, where, today):
        return "due", tr("Due, within the grace period")
    due = summary.next_due_date
    if due is None:
        if where.outstanding_total > 0:
            return "upcoming", tr("Nothing due yet")
        return "paid", tr("Paid off")
    days = (due - today).days
    if days == 0:
        return "due", tr("Due today")
    if days == 1:
        return "upcoming", tr("Due tomorrow")
    return "upcoming", ntr("Due in {n} day", "Due in {n} days", days)


def amount_due_of(summary: LoanSummary) -> Any:
    """What to pay now: when late, what makes the loan current today (overdue amount, penalty interest
    and fees, as the core works it out); else what is left of the next instalment."""
    if summary.is_overdue:
        return summary.position.amount_to_become_current
    return summary.next_due_amount


def card_minimum_of(summary: LoanSummary) -> Any:
    """A card's minimum payment still to pay (the core's LoanSummary.card_minimum_due); None for other
    loans and for a card with no statement owing."""
    return summary.card_minimum_due


def amount_due_text(summary: LoanSummary, display: str) -> str:
    """The "to pay now" cell: the amount, and for a card the minimum beside the balance."""
    currency = summary.loan.currency
    text = formatting.money(amount_due_of(summary), currency, display)
    minimum = card_minimum_of(summary)
    if minimum is not None and not summary.is_overdue and minimum != amount_due_of(summary):
        text = tr("{amount} (minimum {minimum})", amount=text,
                  minimum=formatting.money(minimum, currency, display))
    return text


def amount_due_how(summary: LoanSummary, hows: dict[str, str]) -> str:
    """The tooltip of the "to pay now" figure: how the core worked it out."""
    if summary.is_overdue:
        return hows.get("amount_to_become_current", "")
    if card_minimum_of(summary) is not None:
        return hows.get("minimum", "")
    return ""


class LoansTableModel(QAbstractTableModel):
    def __init__(self, controller: Controller, parent: Any = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._rows: list[LoanSummary] = []
        self._today = controller.today()
        controller.loansChanged.connect(self.refresh)
        controller.languageChanged.connect(self._language_changed)
        controller.settingsChanged.connect(self._redisplay)
        controller.risksChanged.connect(self._redisplay)
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self._controller.summaries() if self._controller.is_open else []
        self._today = self._controller.today()
        self.endResetModel()

    def summary_at(self, row: int) -> LoanSummary:
        return self._rows[row]

    def row_of(self, loan_id: str) -> int:
        for row, summary in enumerate(self._rows):
            if summary.loan.id == loan_id:
                return row
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
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        loan = summary.loan
        column = index.column()
        if role == LOAN_ID_ROLE:
            return loan.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == SORT_ROLE:
            return self._sort_key(summary, column)
        if role == STATUS_ROLE:
            return status_of(summary, self._today)[0]
        if role == RISK_LEVEL_ROLE and column == RISK:
            return self._risk(loan.id)[0]
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return status_text_colour(status_of(summary, self._today)[0], QApplication.palette())
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in _MONEY_COLUMNS:
            return self._how(summary, column) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == RISK:
            level, label, score = self._risk(loan.id)
            if not level:
                return None  # still being worked out
            return tr(
                "Risk {level} (score {score} of 100), from the rule pack's estimate", level=label, score=score
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(summary, column)
        return None

    def _display(self, summary: LoanSummary, column: int) -> str:
        loan = summary.loan
        display = self._controller.settings().currency_display
        if column == NAME:
            name = loan.display_name
            return tr("{name} (archived)", name=name) if loan.archived else name
        if column == LENDER:
            return loan.lender
        if column == KIND:
            return labels.loan_kinds().get(str(loan.kind), str(loan.kind))
        if column == STATUS:
            return status_of(summary, self._today)[1]
        if column == NEXT_DUE:
            return formatting.day(summary.next_due_date)
        if column == AMOUNT:
            return amount_due_text(summary, display)
        if column == OUTSTANDING:
            return formatting.money(summary.position.outstanding, loan.currency, display)
        if column == FUTURE_INTEREST:
            return formatting.money(summary.position.future_interest, loan.currency, display)
        if column == RISK:
            return self._risk(loan.id)[1]
        return ""

    def _sort_key(self, summary: LoanSummary, column: int) -> Any:
        if column == STATUS:
            where = summary.position
            # Most overdue first when ascending, then by how soon the next instalment is due.
            days = (summary.next_due_date - self._today).days if summary.next_due_date else 10**6
            return -where.days_past_due * 10**7 + days if summary.is_overdue else days
        if column == NEXT_DUE:
            return summary.next_due_date.toordinal() if summary.next_due_date else 10**7
        if column == AMOUNT:
            return float(amount_due_of(summary) or 0)
        if column == OUTSTANDING:
            return float(summary.position.outstanding)
        if column == FUTURE_INTEREST:
            return float(summary.position.future_interest)
        if column == RISK:
            level, _, score = self._risk(summary.loan.id)
            return RISK_ORDER.get(level, -1) * 1000 + score
        return self._display(summary, column).casefold()

    def _risk(self, loan_id: str) -> tuple[str, str, int]:
        return self._controller.risk(loan_id)

    def _how(self, summary: LoanSummary, column: int) -> str:
        """How the core computed the cell's figure (asked only when a tooltip is shown)."""
        hows = self._controller.money_hows(summary.loan.id)
        if column == AMOUNT:
            return amount_due_how(summary, hows)
        if column == OUTSTANDING:
            return hows.get("outstanding", "")
        return hows.get("future_interest", "")

    def _language_changed(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self._redisplay()

    def _redisplay(self) -> None:
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
        summary = model.summary_at(source_row)
        if summary.loan.archived and not self._show_archived:
            return False
        if not self._needle:
            return True
        texts = [model.data(model.index(source_row, column)) or "" for column in range(model.columnCount())]
        texts += [summary.loan.notes, summary.loan.collateral]
        return any(self._needle in text.casefold() for text in texts)
