"""总览 / Overview: what needs doing now. Overdue loans first, then what falls due in the next 30 days,
this month's total, and every loan with its risk badge. A row opens the loan (Enter or double-click).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import N_
from app.ui.shell.i18n import ntr, tr
from app.ui.widgets import formatting
from app.ui.widgets.badges import RISK_LEVEL_ROLE, RiskBadgeDelegate
from app.ui.loans.loans_model import AMOUNT as LOANS_AMOUNT
from app.ui.loans.loans_model import ANSWERED_ROLES
from app.ui.loans.loans_model import FUTURE_INTEREST as LOANS_FUTURE_INTEREST
from app.ui.loans.loans_model import LOAN_ID_ROLE, LoansTableModel
from app.ui.loans.loans_model import NAME as LOANS_NAME
from app.ui.loans.loans_model import NEXT_DUE as LOANS_NEXT_DUE
from app.ui.loans.loans_model import OUTSTANDING as LOANS_OUTSTANDING
from app.ui.loans.loans_model import RISK as LOANS_RISK
from app.ui.loans.loans_model import STATUS as LOANS_STATUS
from app.ui.overview.pay_first_panel import PayFirstPanel
from app.ui.shell.style import status_text_colour, status_tint
from app.ui.widgets.retranslating import Retranslating
from app.ui.widgets.tables import DataTable, RecordsModel

if TYPE_CHECKING:
    from app.core.due_items import DueItem
    from app.core.first_screen import FirstScreen, LoanRow
    from app.ui.shell.controller import Controller

_Index = QModelIndex | QPersistentModelIndex


def _totals_text(totals: dict[str, Any], display: str) -> str:
    if not totals:
        return "—"
    return " + ".join(formatting.money(amount, currency, display) for currency, amount in totals.items())


class _RowsModel(RecordsModel):
    """A small read-only table of loan summaries, for the overview's lists."""

    def __init__(self, controller: Controller, parent: Any = None) -> None:
        super().__init__(parent)
        self._controller = controller

    def _risk(self, loan_id: str) -> tuple[str, str, int]:
        return self._controller.risk(loan_id)

    def _money(self, amount: Any, currency: str) -> str:
        return formatting.money(amount, currency, self._controller.currency_display())

    def _how(self, loan_id: str, figure: str) -> str | None:
        """How the core computed one of the loan's figures (asked only when a tooltip is shown)."""
        return self._controller.money_hows(loan_id).get(figure) or None


class OverdueModel(_RowsModel):
    """Rows: the LoanRow (app/core/first_screen.py) of each overdue loan, longest overdue first."""

    LOAN, DAYS, OVERDUE, TO_BE_CURRENT, OUTSTANDING, RISK = range(6)
    # The LoanPosition figure each money column shows, whose "how" text is its tooltip.
    _FIGURES = {TO_BE_CURRENT: "amount_to_become_current", OUTSTANDING: "outstanding"}

    def headers(self) -> list[str]:
        return [
            tr("Loan"),
            tr("Days overdue"),
            tr("Overdue amount"),
            tr("To be current today"),
            tr("Outstanding"),
            tr("Risk"),
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == LOAN_ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.RISK:  # asked each time: the estimates arrive after the rows
                return self._risk(row.id)[1]
            return self.texts_of(index.row(), self._texts_of)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in self._FIGURES:
            return self._how(row.id, self._FIGURES[column])
        if role == RISK_LEVEL_ROLE and column == self.RISK:
            return self._risk(row.id)[0]
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.DAYS, self.OVERDUE, self.TO_BE_CURRENT):
            return status_text_colour("overdue", QApplication.palette())
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.DAYS, self.OVERDUE, self.TO_BE_CURRENT, self.OUTSTANDING
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _texts_of(self, row: LoanRow) -> list[str]:
        return [
            row.name,
            str(row.days_past_due),
            self._money(row.overdue_amount, row.currency),
            self._money(row.amount_to_become_current, row.currency),
            self._money(row.outstanding, row.currency),
        ]


class UpcomingModel(_RowsModel):
    """Rows: app.core.due.DueItem for each instalment in grace, due today or in the next 30 days, soonest
    first."""

    today: date = date.min

    def headers(self) -> list[str]:
        return [
            tr("Due date"),
            tr("Loan"),
            tr("Instalment"),
            tr("To pay"),
            tr("Days left"),
            tr("Risk"),
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == LOAN_ID_ROLE:
            return item.loan_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 5:  # asked each time: the estimates arrive after the rows
                return self._risk(item.loan_id)[1]
            return self.texts_of(index.row(), self._texts_of)[column]
        if role == RISK_LEVEL_ROLE and column == 5:
            return self._risk(item.loan_id)[0]
        if role == Qt.ItemDataRole.BackgroundRole and item.days_left(self.today) <= 3:
            return status_tint("due")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


    def _texts_of(self, item: DueItem) -> list[str]:
        days = item.days_left(self.today)
        return [
            formatting.day(item.due_date),
            item.loan_name,
            str(item.number),
            self._to_pay(item),
            tr("today") if days == 0 else str(days),
        ]

    def _to_pay(self, item: DueItem) -> str:
        """What is left of the instalment, and for a card statement its minimum beside it."""
        text = self._money(item.outstanding, item.currency)
        if item.minimum is not None:
            text = tr("{amount} (minimum {minimum})", amount=text, minimum=self._money(item.minimum, item.currency))
        return text


class _SummaryCard(QFrame):
    """A figure with a caption, e.g. "Overdue now / ¥3,744.00 / 2 loans"."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._tooltip_source: Callable[[], str] | None = None
        self.caption = QLabel(self)
        self.figure = QLabel(self)
        self.figure.setObjectName(f"{name}Figure")
        font = self.figure.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.figure.setFont(font)
        self.figure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.figure)
        layout.addWidget(self.detail)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, caption: str, figure: str, detail: str) -> None:
        self.caption.setText(caption)
        self.figure.setText(figure)
        self.detail.setText(detail)
        # Translators: what a screen reader says for an overview card,
        # e.g. "Due this month: ¥1,200.00. 2 instalments".
        self.setAccessibleName(tr("{caption}: {figure}. {detail}", caption=caption, figure=figure,
                                  detail=detail))

    def set_tooltip_source(self, source: Callable[[], str] | None) -> None:
        """The card's tooltip, worked out when it is first about to show (it may explain many loans'
        figures, each from the loan's whole schedule); None: no tooltip."""
        self._tooltip_source = source
        self.setToolTip("")

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self._tooltip_source is not None:
            source, self._tooltip_source = self._tooltip_source, None
            self.setToolTip(source())
        return super().event(event)


def _section_title(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


class Dashboard(Retranslating, QScrollArea):
    """Signals: loanActivated(str loan id)."""

    loanActivated = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._controller = controller
        self._screen: FirstScreen | None = None

        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        self.heading = _section_title(page, "overviewHeading")
        self.texts.bind(self.heading.setText, N_("Overview"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.today_label = QLabel(page)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.today_label)
        layout.addLayout(top)

        cards = QGridLayout()
        self.overdue_card = _SummaryCard("overdueCard", page)
        self.upcoming_card = _SummaryCard("upcomingCard", page)
        self.month_card = _SummaryCard("monthCard", page)
        for column, card in enumerate((self.overdue_card, self.upcoming_card, self.month_card)):
            cards.addWidget(card, 0, column)
        layout.addLayout(cards)

        self.overdue_title = _section_title(page, "overdueTitle")
        self.texts.bind(self.overdue_title.setText, N_("Overdue"))
        self.overdue_empty = QLabel(page)
        self.texts.bind(self.overdue_empty.setText, N_("Nothing is overdue."))
        self.overdue_empty.setObjectName("nothingOverdue")
        self.overdue_model = OverdueModel(controller, self)
        self.overdue_table = self._table(page, self.overdue_model, "overdueTable", risk_column=OverdueModel.RISK)
        self.texts.bind(self.overdue_table.setAccessibleName, N_("Overdue loans"))
        layout.addWidget(self.overdue_title)
        layout.addWidget(self.overdue_empty)
        layout.addWidget(self.overdue_table)
        self.pay_first_panel = PayFirstPanel(controller, page)
        self.pay_first_panel.table.activated.connect(self._activated)
        layout.addWidget(self.pay_first_panel)

        self.upcoming_title = _section_title(page, "upcomingTitle")
        self.texts.bind(self.upcoming_title.setText, N_("Due in the next 30 days"))
        self.upcoming_empty = QLabel(page)
        self.texts.bind(self.upcoming_empty.setText, N_("Nothing falls due in the next 30 days."))
        self.upcoming_empty.setObjectName("nothingUpcoming")
        self.upcoming_model = UpcomingModel(controller, self)
        self.upcoming_table = self._table(page, self.upcoming_model, "upcomingTable", risk_column=5)
        self.texts.bind(self.upcoming_table.setAccessibleName, N_("Instalments due in the next 30 days"))
        layout.addWidget(self.upcoming_title)
        layout.addWidget(self.upcoming_empty)
        layout.addWidget(self.upcoming_table)

        self.loans_title = _section_title(page, "allLoansTitle")
        self.texts.bind(self.loans_title.setText, N_("All loans"))
        self.loans_model = LoansTableModel(controller, self)
        self.loans_table = self._table(page, self.loans_model, "allLoansTable", risk_column=LOANS_RISK)
        self.texts.bind(self.loans_table.setAccessibleName, N_("All loans with their risk"))
        for column in range(self.loans_model.columnCount()):
            shown = column in (
                LOANS_NAME,
                LOANS_STATUS,
                LOANS_NEXT_DUE,
                LOANS_AMOUNT,
                LOANS_OUTSTANDING,
                LOANS_FUTURE_INTEREST,
                LOANS_RISK,
            )
            self.loans_table.setColumnHidden(column, not shown)
        layout.addWidget(self.loans_title)
        layout.addWidget(self.loans_table)
        layout.addStretch(1)
        self.setWidget(page)

        controller.loansChanged.connect(self.refresh)
        controller.settingsChanged.connect(self.refresh)
        controller.languageChanged.connect(self._language_changed)
        controller.risksChanged.connect(self._risks_arrived)
        self._retranslate()

    def _table(
        self, parent: QWidget, model: QAbstractTableModel, name: str, *, risk_column: int
    ) -> DataTable:
        table = DataTable(parent, fit_rows=True)
        table.setObjectName(name)
        table.setModel(model)
        table.setItemDelegateForColumn(risk_column, RiskBadgeDelegate(table))
        table.activated.connect(self._activated)
        return table

    def _activated(self, index: QModelIndex) -> None:
        loan_id = index.data(LOAN_ID_ROLE)
        if loan_id:
            self.loanActivated.emit(loan_id)

    def refresh(self) -> None:
        screen = self._controller.first_screen()
        if screen is None:
            return
        self._screen = screen
        overdue, upcoming = screen.overdue_rows, list(screen.coming)  # in grace, today, within 30 days
        self.overdue_model.set_rows(overdue)
        self.upcoming_model.today = screen.as_of
        self.upcoming_model.set_rows(upcoming)
        for table in (self.overdue_table, self.upcoming_table, self.loans_table):
            table.fit_columns()
        self.overdue_table.setVisible(bool(overdue))
        self.overdue_empty.setVisible(not overdue)
        self.upcoming_table.setVisible(bool(upcoming))
        self.upcoming_empty.setVisible(not upcoming)
        self.pay_first_panel.refresh()
        self._fill_cards()

    def _fill_cards(self) -> None:
        screen = self._screen
        self.today_label.setText(tr("Today: {date}", date=formatting.day(self._controller.today())))
        if screen is None:
            return
        display = self._controller.currency_display()
        overdue = screen.overdue_rows
        overdue_count = len(overdue)
        if overdue_count:
            detail = ntr("{n} loan behind on payments: {amount} overdue, plus penalty interest and fees",
                         "{n} loans behind on payments: {amount} overdue, plus penalty interest and fees",
                         overdue_count, amount=_totals_text(screen.overdue_totals, display))
        else:
            detail = tr("Nothing overdue")
        self.overdue_card.set_values(
            tr("To be current today"), _totals_text(screen.current_totals, display), detail
        )
        # The how-texts explain each loan's figure from its whole schedule: worked out only when the
        # tooltip is about to show.
        self.overdue_card.set_tooltip_source(lambda: "\n".join(
            tr("{loan}: {how}", loan=row.name,
               how=self._controller.money_hows(row.id).get("amount_to_become_current", ""))
            for row in overdue
        ))
        self.overdue_card.setAccessibleDescription("\n".join(
            tr("{loan}: {how}", loan=row.name,
               how=formatting.money(row.amount_to_become_current, row.currency, display))
            for row in overdue
        ))
        self.upcoming_card.set_values(
            tr("Due in the next 30 days"),
            _totals_text(screen.coming_totals, display),
            ntr("{n} instalment", "{n} instalments", len(screen.coming)),
        )
        self.month_card.set_values(
            tr("Due this month"),
            _totals_text(screen.month_totals, display),
            tr("Still to pay on what falls due in {month} (paid amounts left out)",
               month=screen.as_of.strftime("%Y-%m")),
        )
        style = "QLabel { color: %s; }"
        colour = status_text_colour("overdue", self.palette())
        self.overdue_card.figure.setStyleSheet(style % colour.name() if overdue_count and colour else "")

    def _retranslate(self) -> None:
        self._fill_cards()

    def _risks_arrived(self) -> None:
        """The risk column is filled in after the rows (app/ui/shell/controller.py, risk()): its badges are
        wider than the empty cells they were measured as."""
        for model in (self.overdue_model, self.upcoming_model):
            model.retranslate()
        for table in (self.overdue_table, self.upcoming_table, self.loans_table):
            table.fit_columns()

    def _language_changed(self) -> None:
        for model in (self.overdue_model, self.upcoming_model):
            model.retranslate()
        self.refresh()
