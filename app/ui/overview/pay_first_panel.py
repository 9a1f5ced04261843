"""The overview's answer to "which do I pay first with the money I have?": an optional amount ("I have
¥X this month"), then the overdue debts in the order app/rules/debt_order.py gives, each with its share of
the money and the reasons for its place (the first in the row, all of them with their sources in the
tooltip). The panel only shows what the controller works out; its owner calls refresh().
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6 import QtWidgets
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import N_
from app.ui.shell.i18n import tr
from app.ui.widgets import formatting
from app.ui.loans.loans_model import LOAN_ID_ROLE
from app.ui.widgets.problem_label import ProblemLabel
from app.ui.widgets.retranslating import Retranslating
from app.ui.widgets.tables import DataTable, RecordsModel
from app.ui.shell.workers import BackgroundTask

# QStyle and QStyleOptionViewItem are looked up where a row is measured (app/ui/widgets/badges.py says
# why): the panel is built with the overview, its rows come after the data is on screen.
if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QStyleOptionViewItem

    from app.ui.shell.controller import Controller
    from app.ui.shell.database import Job

_Index = QModelIndex | QPersistentModelIndex

RANK, LOAN, OVERDUE, PAY, WHY = range(5)
# Long enough to gather a burst of keystrokes, short enough to feel live.
DEBOUNCE_MS = 300
# Amounts are in yuan: the several-debts order leaves other currencies out (app/rules/pay_first_view.py).
CURRENCY = "CNY"


class PayFirstModel(RecordsModel):
    """Rows: the Places of a PayOrder, first to pay first. Without a budget the share column is empty."""

    def __init__(self, controller: Controller, parent: Any = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.with_budget = False

    def headers(self) -> list[str]:
        return [
            tr("Order"),
            tr("Loan"),
            tr("To be current today"),  # a late payment pays the penalty first: the instalments alone do not cure
            tr("Pay this month"),
            tr("Why this place"),
        ]

    def _money(self, amount: Any) -> str:
        return formatting.money(amount, CURRENCY, self._controller.settings().currency_display)

    def reasons_text(self, place: Any) -> str:
        """Every reason for the place, one a line, each with where it comes from."""
        lines = []
        for reason in place.reasons:
            source = self._controller.rule_source(reason.rule)
            lines.append(
                tr("• {reason} ({source})", reason=reason.text, source=source)
                if source
                else f"• {reason.text}"
            )
        return "\n".join(lines)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Never None: "" or a valid value (PySide6 leaks references to returned Nones).
        if not index.isValid():
            return ""
        place, column = self._rows[index.row()], index.column()
        if role == LOAN_ID_ROLE:
            return place.loan_id
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                str(place.rank),
                place.name,
                self._money(place.overdue),
                self._money(place.pay) if self.with_budget else "",
                place.reasons[0].text if place.reasons else "",
            ][column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == WHY:
                return self.reasons_text(place)
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole and column in (LOAN, WHY):
            return self.reasons_text(place)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            across = Qt.AlignmentFlag.AlignRight if column in (RANK, OVERDUE, PAY) else Qt.AlignmentFlag.AlignLeft
            return int(across | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            return QFont()  # nothing set: the view's own font
        return ""


class _TextCellDelegate(QStyledItemDelegate):
    """Draws a cell's text only. The model answers every role, with "" where it has nothing to say (never
    None), and Qt would read that "" as a check box, an icon and an empty size hint."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        super().initStyleOption(option, index)
        features = QtWidgets.QStyleOptionViewItem.ViewItemFeature
        option.features &= ~(features.HasCheckIndicator | features.HasDecoration)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        shown = QtWidgets.QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        widget = shown.widget
        style = widget.style() if widget is not None else QApplication.style()
        return style.sizeFromContents(QtWidgets.QStyle.ContentsType.CT_ItemViewItem, shown, QSize(), widget)


class PayFirstPanel(Retranslating, QFrame):
    """"Which do I pay first?" on the overview; hidden while nothing is overdue."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("payFirstPanel")
        self._controller = controller
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._ask)
        self._asked = 0
        self._pending: Job | BackgroundTask | None = None  # the records' reading, then the ordering

        self.title = QLabel(self)
        self.texts.bind(self.title.setText, N_("Which do I pay first?"))
        self.title.setObjectName("payFirstTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self._have_label = QLabel(self)
        self.texts.bind(self._have_label.setText, N_("I &have"))
        self.budget = QLineEdit(self)
        self.texts.bind(self.budget.setPlaceholderText, N_("e.g. 2000"))
        self.texts.bind(self.budget.setAccessibleName, N_("Money I have this month"))
        self.budget.setObjectName("payFirstBudget")
        self.budget.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.budget.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 16)
        self.budget.setClearButtonEnabled(True)
        self._have_label.setBuddy(self.budget)
        self._currency = QLabel(formatting.CURRENCY_SYMBOLS.get(CURRENCY, CURRENCY), self)
        self._month_label = QLabel(self)
        self.texts.bind(self._month_label.setText, N_("this month (optional: without it, the order alone)"))
        self.problem_label = ProblemLabel("payFirstProblem", self.budget, self)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("payFirstSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = PayFirstModel(controller, self)
        self.table = DataTable(self, fit_rows=True)
        self.texts.bind(self.table.setAccessibleName, N_("Overdue debts in the order to pay them"))
        self.table.setObjectName("payFirstTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(_TextCellDelegate(self.table))
        self.table.horizontalHeader().setStretchLastSection(True)

        money_row = QHBoxLayout()
        money_row.setContentsMargins(0, 0, 0, 0)
        money_row.addWidget(self._have_label)
        money_row.addWidget(self._currency)
        money_row.addWidget(self.budget)
        money_row.addWidget(self._month_label)
        money_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(money_row)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table)

        self.hide()  # until the first order arrives (none while nothing is overdue)
        self.budget.textEdited.connect(lambda _text: self._timer.start())
        self.budget.returnPressed.connect(self._ask)
        self._retranslate()

    def refresh(self) -> None:
        """Ask for the order again in a moment, and at start-up once the overview it sits in is on
        screen: working it out loads the rule engine and assesses every overdue loan."""
        self._controller.when_data_shown(self._timer.start)

    def _ask(self) -> None:
        """Ask for the order with the amount as typed; it is worked out on a worker thread (it assesses
        every overdue loan) and shown when it arrives, unless a newer request was made meanwhile."""
        self._timer.stop()
        if not self._controller.is_open:
            return
        with_budget = bool(self.budget.text().strip())
        self._asked += 1
        asked = self._asked
        job = self._controller.pay_first_job(self.budget.text())
        job.finished.connect(lambda answer: self._records_read(answer, with_budget, asked))
        job.failed.connect(self._failed)
        self._pending = job

    def _records_read(self, answer: tuple[Callable[[], Any] | None, str], with_budget: bool, asked: int) -> None:
        if asked != self._asked:
            return  # an older request than the one now wanted
        work, problem = answer
        self.problem_label.show_problem(problem)
        if work is None:
            return  # a bad amount leaves the last order as it was; the message says what to fix
        task = BackgroundTask(work, self)
        task.finished.connect(lambda order: self._show_order(order, with_budget, asked))
        task.failed.connect(self._failed)
        self._pending = task.start()

    def is_settled(self) -> bool:
        """Whether the last order asked for is shown (a test, a screenshot)."""
        return not self._timer.isActive() and (self._pending is None or self._pending.done)

    def _show_order(self, order: Any, with_budget: bool, asked: int) -> None:
        if asked != self._asked:
            return  # an older answer than the one now wanted
        self.model.with_budget = with_budget
        self.table.setColumnHidden(PAY, not with_budget)
        self.model.set_rows(list(order.places))
        self.summary_label.setText(order.summary)
        self.table.fit_columns()
        self.setVisible(bool(order.places))

    def _failed(self, error: object) -> None:
        # A fault in the order is a defect: the application's error hook reports it (app/ui/shell/error_hook.py).
        raise error  # type: ignore[misc]

    def flush(self) -> None:
        """Ask now for what is still waiting out the pause after typing (a test, a screenshot)."""
        if self._timer.isActive():
            self._ask()

    def problem(self) -> str:
        return self.problem_label.problem()

    def _retranslate(self) -> None:
        self.model.retranslate()
