"""The what-if panel: "I pay X on date D", "I call the lender now and ask for instalments", "I stay
unreachable", and what each would change.

The panel only collects what the user enters and shows what it is told: its owner (the assessment tab)
hears planChanged, asks the controller for the comparison (app/rules/whatif.py decides everything) and
hands back the outcome with show_outcome(). Outcomes are read by attribute only, like assessments.

It opens with a sensible payment filled in (what will be overdue in a few days) but nothing ticked, so
the estimate shows no plan until the user acts. Edits are gathered for a moment before planChanged, so
typing "1644" asks once, not four times.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import N_
from app.ui.shell.i18n import tr
from app.ui.widgets.a11y import plain
from app.ui.widgets.problem_label import in_error_colour
from app.ui.widgets.retranslating import Retranslating

CALL_FOR_INSTALMENTS = "call_for_instalments"
STAY_UNREACHABLE = "stay_unreachable"
# Long enough to gather a burst of keystrokes, short enough to feel live.
DEBOUNCE_MS = 150
RULES_ROLE = Qt.ItemDataRole.UserRole + 1
PANEL_STYLE = (
    "QFrame#whatIfPanel { border: 1px solid palette(mid); border-radius: 4px; }"
    " QFrame#whatIfPanel QLabel, QFrame#whatIfPanel QCheckBox { border: none; }"
)


class _WrappedRows(QStyledItemDelegate):
    """Each row as tall as its text wrapped at the list's width. The style's own measure could count a
    line too few for Chinese text at some widths, and the row's last line was then cut off with "…"."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        style = view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        width = max(view.viewport().width() - 2 * view.spacing() - 2 * margin, 1)
        text = str(index.data() or "")
        needed = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(hint.width(), max(hint.height(), needed.height() + 2))


class SentenceList(QListView):
    """The differences, one wrapped sentence per row, as tall as its rows (the page scrolls, not it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_WrappedRows(self))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSpacing(2)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def fit_height(self) -> None:
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        self.doItemsLayout()
        # The rows' wrapped heights are known only to the view's own layout (sizeHintForRow measures one
        # line), so the last row's bottom edge gives the height.
        bottom = 0
        if rows:
            bottom = self.visualRect(model.index(rows - 1, 0)).bottom() + self.verticalOffset() + self.spacing()
        self.setFixedHeight(bottom + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Wrapped rows grow taller as the list narrows.
        if event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self.fit_height)


class WhatIfPanel(Retranslating, QFrame):
    """Signals: planChanged(): the plan the controls describe changed (read it with request());
    sentenceChosen(list, str): the user picked a difference; the rules behind it and its text."""

    planChanged = Signal()
    sentenceChosen = Signal(list, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whatIfPanel")
        self.setStyleSheet(PANEL_STYLE)
        self._loading = False
        self._suggested_amount = ""
        self._suggested_on: date | None = None
        self._can_pay = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.planChanged)

        self._title = QLabel(self)
        self.texts.bind(self._title.setText, N_("What if you act?"))
        font = self._title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self._title.setFont(font)
        self.reset_button = QPushButton(self)
        self.texts.bind(self.reset_button.setText, N_("&Reset"))
        self.texts.bind(self.reset_button.setAccessibleName, N_("Reset the plan"))
        self.reset_button.setObjectName("resetPlan")
        self.reset_button.clicked.connect(self.reset)

        self.pay_check = QCheckBox(self)
        self.texts.bind(self.pay_check.setText, N_("I &pay"))
        self.pay_check.setObjectName("planPay")
        self.amount = QLineEdit(self)
        self.texts.bind(self.amount.setAccessibleName, N_("Amount I pay"))
        self.amount.setObjectName("planAmount")
        self.amount.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.amount.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 16)
        # Never narrower than an amount of ten digits and its cents: squeezed by a narrow window (1024
        # pixels) or a Chinese row it showed ".34" of ¥4,707.34.
        self.amount.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000000000.00") + 16)
        self._currency = QLabel(self)
        self._on_label = QLabel(self)
        self.texts.bind(self._on_label.setText, N_("by"))
        self.date = QDateEdit(self)
        self.texts.bind(self.date.setAccessibleName, N_("Day I pay by"))
        self.date.setObjectName("planDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self._on_label.setBuddy(self.date)
        # "I have ¥X this month": this loan's share of X in the several-debts order is the payment.
        self.budget_check = QCheckBox(self)
        self.texts.bind(self.budget_check.setText, N_("I &have"))
        self.budget_check.setObjectName("planBudget")
        self.budget = QLineEdit(self)
        self.texts.bind(self.budget.setAccessibleName, N_("Money I have this month"))
        self.budget.setObjectName("planBudgetAmount")
        self.budget.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.budget.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 16)
        self._budget_currency = QLabel(self)
        self._budget_month = QLabel(self)
        self.texts.bind(
            self._budget_month.setText, N_("this month (this loan gets its share in the pay-first order)")
        )
        self._budget_month.setWordWrap(True)
        self.call_check = QCheckBox(self)
        self.texts.bind(self.call_check.setText, N_("I &call the lender now and ask for instalments"))
        self.call_check.setObjectName("planCall")
        self.unreachable_check = QCheckBox(self)
        self.texts.bind(self.unreachable_check.setText, N_("I stay &unreachable (no answer to calls or messages)"))
        self.unreachable_check.setObjectName("planUnreachable")
        # What it takes to be current today and on the plan's day (the core's figures, with how each was
        # worked out as the tooltip): the owner fills it with show_to_be_current().
        self.to_be_current = QLabel(self)
        self.to_be_current.setObjectName("planToBeCurrent")
        self.to_be_current.setWordWrap(True)
        self.to_be_current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.to_be_current.hide()
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("planProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()

        self._placeholder = QLabel(self)
        self._placeholder.setObjectName("planPlaceholder")
        self._placeholder.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.sentence_list = SentenceList(self)
        self.sentence_list.setObjectName("planSentences")
        self.sentence_list.setModel(self.model)
        self.sentence_list.clicked.connect(self._sentence_clicked)
        self.sentence_list.activated.connect(self._sentence_clicked)

        payment_row = QHBoxLayout()
        payment_row.setContentsMargins(0, 0, 0, 0)
        payment_row.addWidget(self.pay_check)
        payment_row.addWidget(self._currency)
        payment_row.addWidget(self.amount)
        payment_row.addWidget(self._on_label)
        payment_row.addWidget(self.date)
        payment_row.addStretch(1)
        budget_row = QHBoxLayout()
        budget_row.setContentsMargins(0, 0, 0, 0)
        budget_row.addWidget(self.budget_check)
        budget_row.addWidget(self._budget_currency)
        budget_row.addWidget(self.budget)
        budget_row.addWidget(self._budget_month, 1)
        controls = QVBoxLayout()
        controls.addLayout(payment_row)
        controls.addLayout(budget_row)
        controls.addWidget(self.to_be_current)
        controls.addWidget(self.call_check)
        controls.addWidget(self.unreachable_check)
        controls.addWidget(self.problem_label)
        controls.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignLeft)
        controls.addStretch(1)
        # The differences sit beside the controls, not under them, so that the panel and the timeline it
        # draws on fit on one screen together.
        changes = QVBoxLayout()
        changes.addWidget(self._placeholder)
        changes.addWidget(self.sentence_list)
        changes.addStretch(1)
        body = QGridLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(controls, 0, 0)
        body.addLayout(changes, 0, 1)
        body.setColumnStretch(0, 2)
        body.setColumnStretch(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addLayout(body)

        self.pay_check.toggled.connect(lambda on: self._payment_toggled(self.pay_check, on))
        self.budget_check.toggled.connect(lambda on: self._payment_toggled(self.budget_check, on))
        self.budget.textEdited.connect(self._budget_edited)
        self.amount.textEdited.connect(self._payment_edited)
        self.date.dateChanged.connect(self._payment_edited)
        self.call_check.toggled.connect(lambda on: self._stance_toggled(self.call_check, on))
        self.unreachable_check.toggled.connect(lambda on: self._stance_toggled(self.unreachable_check, on))
        self._retranslate()
        self._show_sentences([])

    # ---- public API -------------------------------------------------------------------------------

    def set_suggestion(
        self, amount_text: str, on: date, earliest: date, latest: date, currency: str, *, can_pay: bool = True
    ) -> None:
        """Start over with this payment filled in and nothing ticked; does not emit planChanged."""
        self._suggested_amount, self._suggested_on, self._can_pay = amount_text, on, can_pay
        self._loading = True
        try:
            self.date.setDateRange(QDate(earliest), QDate(latest))
            self._currency.setText(currency)
            self._budget_currency.setText(currency)
            self._restore()
        finally:
            self._loading = False
        self._timer.stop()

    def is_active(self) -> bool:
        """Whether any action is ticked (otherwise there is no plan to show)."""
        return self.pay_check.isChecked() or self.budget_check.isChecked() or self.stance() is not None

    def is_touched(self) -> bool:
        """Whether the user changed anything since the last suggestion or reset."""
        return self.is_active() or self.amount.text() != self._suggested_amount

    def stance(self) -> str | None:
        if self.call_check.isChecked():
            return CALL_FOR_INSTALMENTS
        if self.unreachable_check.isChecked():
            return STAY_UNREACHABLE
        return None

    def request(self) -> tuple[str | None, date | None, str | None]:
        """(amount as typed, or None when no payment is ticked; its day; the stance) for the controller."""
        if not self.pay_check.isChecked():
            return None, None, self.stance()
        return self.amount.text(), self.date.date().toPython(), self.stance()

    def budget_request(self) -> tuple[str, date] | None:
        """("I have ¥X this month" as typed, the day it is paid by) when that box is ticked, else None."""
        if not self.budget_check.isChecked():
            return None
        return self.budget.text(), self.date.date().toPython()

    def show_outcome(self, outcome: Any | None) -> None:
        """Show what the plan changes; a problem is shown beside its control and leaves the last
        differences as they were (nothing was worked out for the bad input)."""
        problem = "" if outcome is None else str(getattr(outcome, "problem", "") or "")
        if problem:
            self._show_problem(str(getattr(outcome, "problem_field", "") or ""), problem)
            return
        self._show_problem("", "")
        comparison = None if outcome is None else outcome.comparison
        self._show_sentences([] if comparison is None else list(comparison.sentences))

    def show_to_be_current(self, text: str, how: str) -> None:
        """The amount to be current today and on the plan's day, worded by the owner ("" hides it)."""
        self.to_be_current.setText(text)
        self.to_be_current.setToolTip(how)
        self.to_be_current.setAccessibleDescription(how)
        self.to_be_current.setVisible(bool(text))

    def plan_day(self) -> date:
        """The day in the payment row, ticked or not (the day "to be current" is worked out for)."""
        return self.date.date().toPython()

    def flush(self) -> None:
        """Tell the owner now of a change still waiting out the pause (a script, a test, a screenshot)."""
        if self._timer.isActive():
            self._timer.stop()
            self.planChanged.emit()

    def sentences(self) -> list[str]:
        """The differences as shown, top to bottom."""
        return [self.model.item(row).text().removeprefix("• ") for row in range(self.model.rowCount())]

    def problem(self) -> str:
        return self.problem_label.text() if not self.problem_label.isHidden() else ""

    def reset(self) -> None:
        """Back to the suggestion with nothing ticked; the owner is told at once (no wait)."""
        self._loading = True
        try:
            self._restore()
        finally:
            self._loading = False
        self._timer.stop()
        self.planChanged.emit()

    # ---- internals --------------------------------------------------------------------------------

    def _restore(self) -> None:
        self.amount.setText(self._suggested_amount)
        if self._suggested_on is not None:
            self.date.setDate(QDate(self._suggested_on))
        self.sentence_list.setAccessibleName(tr("What your plan changes"))
        self.budget.clear()
        for box in (self.pay_check, self.budget_check, self.call_check, self.unreachable_check):
            box.setChecked(False)
        for widget in (self.pay_check, self.amount, self.date, self._on_label, self._currency):
            widget.setEnabled(self._can_pay)
        self._show_problem("", "")
        self._show_sentences([])

    def _changed(self) -> None:
        if not self._loading:
            self._timer.start()

    def _payment_edited(self) -> None:
        # Typing an amount or picking a day means "I pay": tick it rather than make the user do it too.
        if not self._loading and not self.pay_check.isChecked():
            self.pay_check.setChecked(True)  # its toggled signal schedules the update
            return
        self._changed()

    def _payment_toggled(self, box: QCheckBox, on: bool) -> None:
        # "I pay X" and "I have X this month" both set the payment: they exclude each other.
        other = self.budget_check if box is self.pay_check else self.pay_check
        if on and other.isChecked():
            other.blockSignals(True)
            other.setChecked(False)
            other.blockSignals(False)
        self._changed()

    def _budget_edited(self) -> None:
        if not self._loading and not self.budget_check.isChecked():
            self.budget_check.setChecked(True)  # its toggled signal schedules the update
            return
        self._changed()

    def _stance_toggled(self, box: QCheckBox, on: bool) -> None:
        # Calling the lender and staying unreachable exclude each other.
        other = self.unreachable_check if box is self.call_check else self.call_check
        if on and other.isChecked():
            other.blockSignals(True)
            other.setChecked(False)
            other.blockSignals(False)
        self._changed()

    def _show_problem(self, field: str, text: str) -> None:
        in_error_colour(self.problem_label)
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))
        self.amount.setProperty("invalid", field == "amount")
        self.date.setProperty("invalid", field == "date")
        self.budget.setProperty("invalid", field == "budget")
        target = {"amount": self.amount, "date": self.date, "budget": self.budget}.get(field)
        for widget in (self.amount, self.date, self.budget):
            widget.setAccessibleDescription(text if widget is target else "")

    def _show_sentences(self, sentences: Sequence[Any]) -> None:
        self.model.clear()
        for sentence in sentences:
            item = QStandardItem("• " + str(sentence.text))
            item.setData(list(sentence.rules), RULES_ROLE)
            item.setToolTip(str(sentence.text))
            item.setEditable(False)
            self.model.appendRow(item)
        shown = self.model.rowCount() > 0
        self.sentence_list.setVisible(shown)
        self._placeholder.setVisible(not shown)
        if shown:
            self.sentence_list.fit_height()

    def _sentence_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            rules = index.data(RULES_ROLE) or []
            if rules:
                self.sentenceChosen.emit(list(rules), self.sentences()[index.row()])

    # ---- language ---------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self._placeholder.setText(
            tr(
                "Tick what you would do: the timeline below then outlines your plan (dashed) beside "
                "today's estimate, and what changes is listed here. Click a line to see the rules behind "
                "it. Nothing is saved."
            )
        )
        self.sentence_list.setAccessibleName(tr("What your plan changes"))
        for box in (self.pay_check, self.budget_check, self.call_check, self.unreachable_check):
            box.setAccessibleName(plain(box.text()))
        if self.model.rowCount():
            self.sentence_list.fit_height()
