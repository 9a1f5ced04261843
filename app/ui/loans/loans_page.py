"""贷款 / Loans: every loan in a sortable table with a filter box (Ctrl+F) and the actions on a loan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import N_
from app.ui.loans.loans_model import LOAN_ID_ROLE, NAME, RISK, LoansFilterProxy, LoansTableModel
from app.ui.shell.i18n import ntr
from app.ui.widgets.a11y import plain
from app.ui.widgets.badges import RiskBadgeDelegate
from app.ui.widgets.retranslating import Retranslating
from app.ui.widgets.tables import DataTable

if TYPE_CHECKING:
    from app.ui.shell.controller import Controller


class LoansPage(Retranslating, QWidget):
    """Signals: openRequested(str), newRequested(), editRequested(str), deleteRequested(str)."""

    openRequested = Signal(str)
    newRequested = Signal()
    editRequested = Signal(str)
    deleteRequested = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loansPage")
        self._controller = controller
        self.model = LoansTableModel(controller, self)
        self.proxy = LoansFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.heading = QLabel(self)
        self.texts.bind(self.heading.setText, N_("Loans"))
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.heading.setFont(font)

        self.filter_label = QLabel(self)
        self.texts.bind(self.filter_label.setText, N_("&Filter:"))
        self.filter_edit = QLineEdit(self)
        self.texts.bind(self.filter_edit.setPlaceholderText, N_("Name, lender, kind… (Ctrl+F)"))
        self.texts.bind(self.filter_edit.setAccessibleName, N_("Filter loans"))
        self.filter_edit.setObjectName("loanFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_label.setBuddy(self.filter_edit)
        self.show_archived = QCheckBox(self)
        self.texts.bind(self.show_archived.setText, N_("Show &archived"))
        self.show_archived.setObjectName("showArchived")
        self.show_archived.toggled.connect(self.proxy.set_show_archived)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("loanCount")

        self.table = DataTable(self)
        self.texts.bind(self.table.setAccessibleName, N_("Loans"))
        self.table.setObjectName("loansTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the controller's urgency order
        self.table.setItemDelegateForColumn(RISK, RiskBadgeDelegate(self.table))
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        delete_action = QAction(self.table)
        delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self._delete)
        self.table.addAction(delete_action)

        self.new_button = QPushButton(self)
        self.texts.bind(self.new_button.setText, N_("&New loan…"))
        self.texts.bind(self.new_button.setToolTip, N_("Add a loan or a card (Ctrl+N)"))
        self.new_button.setObjectName("newLoan")
        self.new_button.clicked.connect(self.newRequested)
        self.open_button = QPushButton(self)
        self.texts.bind(self.open_button.setText, N_("&Open"))
        self.open_button.setObjectName("openLoan")
        self.open_button.clicked.connect(lambda: self._emit_for_current(self.openRequested))
        self.edit_button = QPushButton(self)
        self.texts.bind(self.edit_button.setText, N_("&Edit…"))
        self.edit_button.setObjectName("editLoan")
        self.edit_button.clicked.connect(lambda: self._emit_for_current(self.editRequested))
        self.delete_button = QPushButton(self)
        self.texts.bind(self.delete_button.setText, N_("&Delete…"))
        self.delete_button.setObjectName("deleteLoan")
        self.delete_button.clicked.connect(self._delete)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.filter_label)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.show_archived)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.model.modelReset.connect(self._after_reset)
        # The risk badges arrive after the rows (app/ui/shell/controller.py, risk()) and need wider cells.
        controller.risksChanged.connect(self.table.fit_columns)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        # The page is built when first opened, with its rows already in the model (no reset to wait
        # for): the columns fit them when the table is first shown.
        self.table.fit_columns()
        self._retranslate()
        self._selection_changed()

    # ---- public ---------------------------------------------------------------------------------

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def current_loan_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return index.data(LOAN_ID_ROLE)

    def select_loan(self, loan_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(LOAN_ID_ROLE) == loan_id:
                self.table.selectRow(row)
                self.table.setCurrentIndex(index)
                return

    def visible_loan_names(self) -> list[str]:
        return [self.proxy.index(row, NAME).data() for row in range(self.proxy.rowCount())]

    # ---- internals ------------------------------------------------------------------------------

    def _emit_for_current(self, signal: Signal) -> None:
        loan_id = self.current_loan_id()
        if loan_id:
            signal.emit(loan_id)

    def _delete(self) -> None:
        self._emit_for_current(self.deleteRequested)

    def _activated(self, index: QModelIndex) -> None:
        loan_id = index.data(LOAN_ID_ROLE)
        if loan_id:
            self.openRequested.emit(loan_id)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _after_reset(self) -> None:
        self.table.fit_columns()
        self._update_count()
        self._selection_changed()

    def _selection_changed(self, *_args: QItemSelection) -> None:
        chosen = self.current_loan_id() is not None
        for button in (self.open_button, self.edit_button, self.delete_button):
            button.setEnabled(chosen)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(ntr("{n} loan", "{n} loans", total))
        else:
            self.count_label.setText(
                ntr("{shown} of {n} loan shown", "{shown} of {n} loans shown", total, shown=shown)
            )

    def _retranslate(self) -> None:
        for button in (self.new_button, self.open_button, self.edit_button, self.delete_button):
            button.setAccessibleName(plain(button.text()))
        self._update_count()
