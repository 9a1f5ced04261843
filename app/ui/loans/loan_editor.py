"""The loan dialog: every term of a loan or card, checked as it is typed, with the schedule it gives.

The loan is validated on every edit (pydantic + app.core.validation; the preview follows), but a
field's problem is shown under it only once the field has been left, or on Save (a message before
anything is typed only alarms); each field keeps a line for its message, so nothing moves. Choosing a
kind offers the repayment methods its lenders use and fills in what is usual (a card: card statement
and 3 days' grace; a mortgage: 30 years, secured), and puts the fields in the order the paperwork
gives them (a card's statement, then its limit and balance). The right-hand side previews the
schedule build_schedule() derives and, for flat-fee loans, the real yearly rate (implied_apr).

The dialog is sized to the screen's available area and its form scrolls, so a 1024x700 screen shows
all of it, Save and Cancel included.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QObject, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.card_entry import latest_statement_date
from app.core.card_statements import card_minimum_payment, daily_to_annual_rate
from app.ui.widgets import formatting, labels
from app.ui.widgets.form_fields import FieldGrid, errors_by_field
from app.ui.loans.schedule_model import PreviewModel
from app.ui.shell.style import error_text_colour
from app.ui.widgets.tables import DataTable

if TYPE_CHECKING:
    from app.core.i18n import Lang
    from app.core.models import Loan
    from app.ui.shell.controller import Controller

# What is usual for each kind of loan: repayment method, term in months, secured.
KIND_DEFAULTS: dict[str, tuple[str, int, bool]] = {
    "credit_card": ("credit_card", 1, False),
    "unsecured_consumer": ("equal_installment", 12, False),
    "small_online": ("equal_installment", 12, False),
    "mortgage": ("equal_installment", 360, True),
    "car": ("equal_installment", 36, True),
    "business": ("interest_only", 12, False),
}
# The repayment methods lenders use for each kind, most usual first. A card's own instalment plan
# (账单分期) is principal/n plus a monthly fee on the amount: the flat-fee method.
KIND_METHODS: dict[str, tuple[str, ...]] = {
    "credit_card": ("credit_card", "flat_fee", "custom"),
    "unsecured_consumer": (
        "equal_installment", "equal_principal", "flat_fee", "interest_only", "bullet", "custom",
    ),
    "small_online": ("equal_installment", "equal_principal", "flat_fee", "interest_only", "bullet", "custom"),
    "mortgage": ("equal_installment", "equal_principal", "custom"),
    "car": ("equal_installment", "equal_principal", "flat_fee", "custom"),
    "business": ("interest_only", "equal_installment", "equal_principal", "bullet", "custom"),
}
# A new loan opens as the kind of the loan added last (someone entering their cards enters several in
# a row); the first one as a consumer loan, whose fields (amount, rate, term, date) fit most loans.
FIRST_KIND = "unsecured_consumer"
# The order the paperwork gives the terms in: a card's statement shows the statement day, due day,
# limit, balance and minimum; a loan contract the amount, rate, term and dates. Fields not listed
# for a layout are hidden in it or follow.
CARD_ORDER = (
    "kind", "method", "lender", "name", "statement_day", "due_day", "credit_limit", "principal",
    "card_statement_minimum", "card_statement_paid", "min_payment_percent", "min_payment_floor",
    "annual_rate", "card_late_fee_percent", "grace_days", "currency", "notes", "archived",
)
LOAN_ORDER = (
    "kind", "method", "lender", "lender_type", "name", "principal", "annual_rate", "monthly_fee_rate",
    "term_months", "start_date", "due_day", "custom_installments", "paid_installments", "grace_days",
    "secured", "collateral", "currency", "notes", "archived",
)
# Where a loan entered part-way stands (app.core.partway); their problems are shown under that section.
PARTWAY_FIELDS = ("paid_installments", "opening_principal", "installment_paid_on", "next_due_date")
# Room the dialog leaves around itself on the screen's available area (the window frame, a margin).
_SCREEN_MARGIN = (24, 64)
_PREFERRED_SIZE = (1040, 760)
_CURRENCIES = ("CNY", "HKD", "USD", "EUR", "GBP", "JPY", "TWD", "MOP", "SGD")
_MONEY_FIELDS = ("principal", "credit_limit", "min_payment_floor", "card_statement_minimum")
_RATE_FIELDS = ("annual_rate", "monthly_fee_rate", "min_payment_percent", "card_late_fee_percent")
# What has been paid towards the card statement the user enters (card_statement_paid).
STATEMENT_PAID = ("none", "minimum", "full", "part")


def _date_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _number(text: str) -> Decimal | None:
    """A typed number with the thousands separators people type (1,000,000 or 1，000，000)."""
    try:
        value = Decimal(text.strip().replace(",", "").replace("，", ""))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None



class CustomScheduleEditor(QWidget):
    """The lender's own schedule typed row by row: due date, principal, interest (or fee)."""

    def __init__(self, on_change: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("customSchedule")
        self.table.verticalHeader().setVisible(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(lambda _item: on_change())
        self.add_button = QPushButton(self)
        # clicked(bool) would hand its "checked" flag to add_row as the row's values.
        self.add_button.clicked.connect(lambda _checked=False: self.add_row())
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self._remove_row)
        self._on_change = on_change
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.setMinimumHeight(160)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Due date (YYYY-MM-DD)"), self.tr("Principal"), self.tr("Interest or fee")]
        )
        self.add_button.setText(self.tr("Add a row"))
        self.remove_button.setText(self.tr("Remove the row"))
        self.table.setAccessibleName(self.tr("Instalments from your lender's schedule"))

    def add_row(self, values: tuple[str, str, str] = ("", "", "0.00")) -> None:
        row = self.table.rowCount()
        # Scoped, so that nothing can leave the table's signals off (edits would then go unseen).
        with QSignalBlocker(self.table):
            self.table.insertRow(row)
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._on_change()

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._on_change()

    def rows(self) -> list[dict[str, str]]:
        result = []
        for row in range(self.table.rowCount()):
            cells = [
                (self.table.item(row, column) or QTableWidgetItem("")).text().strip() for column in range(3)
            ]
            result.append({"due_date": cells[0], "principal": cells[1], "interest": cells[2] or "0"})
        return result


class RateInput(QWidget):
    """A rate typed as a yearly or a daily percentage (a unit chooser beside it), read as yearly:
    Chinese cards and online loans quote a daily rate (日息万分之五 = 0.05 % a day); a loan keeps a
    yearly one (app.core.card_statements.daily_to_annual_rate: x 365)."""

    def __init__(self, on_change: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("rateValue")
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.unit = QComboBox(self)
        self.unit.setObjectName("rateUnit")
        self.unit.addItem("", "annual")
        self.unit.addItem("", "daily")
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.yearly = QLabel(self)
        self.yearly.setObjectName("rateAsYearly")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.unit)
        layout.addWidget(self.yearly)
        self.edit.textChanged.connect(self._update_yearly)
        self.unit.currentIndexChanged.connect(self._update_yearly)
        self.edit.textChanged.connect(on_change)
        self.unit.currentIndexChanged.connect(on_change)
        self.setFocusProxy(self.edit)

    def retranslate(self) -> None:
        self.unit.setItemText(0, self.tr("% a year"))
        self.unit.setItemText(1, self.tr("% a day"))
        # Room for the longer unit in this language (the combo's own hint is taken before translation).
        metrics = self.unit.fontMetrics()
        texts = [self.unit.itemText(index) for index in range(self.unit.count())]
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        self.unit.setMinimumWidth(widest + 2 * metrics.height() + 8)
        self.unit.setAccessibleName(self.tr("Rate quoted per"))
        self._update_yearly()

    def is_daily(self) -> bool:
        return self.unit.currentData() == "daily"

    def set_daily(self, daily: bool) -> None:
        self.unit.setCurrentIndex(1 if daily else 0)

    def value_text(self) -> str:
        """The yearly rate for the model: a daily one times 365; text that is no number as typed (the
        model then says so)."""
        text = self.edit.text().strip().replace(",", "").replace("，", "")
        if not self.is_daily() or not text:
            return text
        daily = _number(text)
        return text if daily is None else format(daily_to_annual_rate(daily), "f")

    def _update_yearly(self) -> None:
        daily = _number(self.edit.text()) if self.is_daily() else None
        self.yearly.setVisible(daily is not None)
        if daily is not None:
            yearly = formatting.rate(daily_to_annual_rate(daily))
            self.yearly.setText(self.tr("= {rate} % a year").format(rate=yearly))


class StatementPaidInput(QWidget):
    """What has been paid towards the card statement entered: nothing, its minimum, all, or an amount."""

    def __init__(self, on_change: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = QComboBox(self)
        self.choice.setObjectName("statementPaidChoice")
        for key in STATEMENT_PAID:
            self.choice.addItem("", key)
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("statementPaidAmount")
        self.amount.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice, 1)
        layout.addWidget(self.amount, 1)
        self.choice.currentIndexChanged.connect(self._update)
        self.choice.currentIndexChanged.connect(on_change)
        self.amount.textChanged.connect(on_change)
        self.setFocusProxy(self.choice)
        self._update()

    def retranslate(self) -> None:
        texts = {
            "none": self.tr("Not paid yet"),
            "minimum": self.tr("The minimum is paid"),
            "full": self.tr("Paid in full"),
            "part": self.tr("Part of it:"),
        }
        for index in range(self.choice.count()):
            self.choice.setItemText(index, texts[self.choice.itemData(index)])
        self.amount.setPlaceholderText(self.tr("amount paid"))
        self.amount.setAccessibleName(self.tr("Amount already paid towards the statement"))

    def key(self) -> str:
        return str(self.choice.currentData())

    def set_paid(self, paid: Decimal, minimum: Decimal, balance: Decimal) -> None:
        if not paid:
            key = "none"
        elif paid == balance:
            key = "full"
        elif paid == minimum:
            key = "minimum"
        else:
            key = "part"
            self.amount.setText(formatting.plain_amount(paid))
        self.choice.setCurrentIndex(self.choice.findData(key))

    def _update(self) -> None:
        self.amount.setVisible(self.key() == "part")


class PartwayInput(QWidget):
    """How far along a loan that started before today is, in whichever form the user has it: the
    number of instalments already paid (on time; all those due so far unless changed), or the
    remaining principal and next due date the bank's app shows (app.core.partway)."""

    def __init__(self, on_change: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by_count = QRadioButton(self)
        self.by_count.setObjectName("paidByCount")
        self.by_balance = QRadioButton(self)
        self.by_balance.setObjectName("paidByBalance")
        self.by_count.setChecked(True)
        self.count = QSpinBox(self)
        self.count.setObjectName("paidCount")
        self.count.setRange(0, 480)
        self.count_note = QLabel(self)
        self.count_note.setObjectName("paidCountNote")
        self.count_note.setWordWrap(True)
        self.remaining = QLineEdit(self)
        self.remaining.setObjectName("remainingPrincipal")
        self.remaining.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.next_due = QDateEdit(self)
        self.next_due.setObjectName("nextDueDate")
        self.next_due.setCalendarPopup(True)
        self.next_due.setDisplayFormat("yyyy-MM-dd")
        self.remaining_label = QLabel(self)
        self.remaining_label.setBuddy(self.remaining)
        self.next_due_label = QLabel(self)
        self.next_due_label.setBuddy(self.next_due)
        self.hint = QLabel(self)
        self.hint.setObjectName("partwayHint")
        self.hint.setWordWrap(True)
        # The default follows what is due until the user sets a number of their own.
        self.count_is_users = False
        self.due_before = 0

        count_row = QHBoxLayout()
        count_row.addWidget(self.by_count)
        count_row.addWidget(self.count)
        count_row.addWidget(self.count_note, 1)  # "of the 32 due so far": the number reads as a phrase
        balance_grid = QGridLayout()
        balance_grid.setContentsMargins(24, 0, 0, 0)
        balance_grid.addWidget(self.remaining_label, 0, 0)
        balance_grid.addWidget(self.remaining, 0, 1)
        balance_grid.addWidget(self.next_due_label, 1, 0)
        balance_grid.addWidget(self.next_due, 1, 1)
        balance_grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(count_row)
        layout.addWidget(self.by_balance)
        layout.addLayout(balance_grid)
        layout.addWidget(self.hint)

        self.by_count.toggled.connect(self._update_enabled)
        self.by_count.toggled.connect(on_change)
        self.count.valueChanged.connect(self._count_edited)
        self.count.valueChanged.connect(on_change)
        self.remaining.textChanged.connect(on_change)
        self.next_due.dateChanged.connect(on_change)
        self.setFocusProxy(self.by_count)
        self._update_enabled()

    def retranslate(self) -> None:
        self.by_count.setAccessibleName(self.tr("Instalments already paid"))
        self.by_balance.setText(self.tr("As your bank's app shows it:"))
        self.remaining_label.setText(self.tr("Remaining principal:"))
        self.next_due_label.setText(self.tr("Next due date:"))
        self.count.setAccessibleName(self.tr("Instalments already paid"))
        self.remaining.setAccessibleName(self.tr("Remaining principal"))
        self.next_due.setAccessibleName(self.tr("Next due date"))
        self.hint.setText(
            self.tr(
                "Those paid before you began recording payments here: they count as paid on time, on "
                "their due dates, with no late history, no reminders and no payment records."
            )
        )
        self.set_due_before(self.due_before)

    def set_due_before(self, due: int) -> None:
        """``due`` instalments fell due before today (on the terms as they now stand)."""
        self.due_before = due
        if not self.count_is_users:
            with QSignalBlocker(self.count):
                self.count.setValue(due)
        if due == 1:
            self.count_note.setText(self.tr("instalments, of the 1 due so far"))
        else:
            self.count_note.setText(self.tr("instalments, of the {due} due so far").format(due=due))

    def set_instalments(self, count: int) -> None:
        """The loan has ``count`` instalments: no more can be paid (a shorter term clamps the number
        without making it the user's own)."""
        with QSignalBlocker(self.count):
            self.count.setMaximum(max(count, 0))

    def uses_balance(self) -> bool:
        return self.by_balance.isChecked()

    def _count_edited(self) -> None:
        self.count_is_users = True

    def _update_enabled(self) -> None:
        counting = self.by_count.isChecked()
        self.count.setEnabled(counting)
        for widget in (self.remaining, self.next_due, self.remaining_label, self.next_due_label):
            widget.setEnabled(not counting)


class LoanEditor(QDialog):
    """New loan (``loan`` None) or edit one. After exec() == Accepted, ``result_loan`` holds it."""

    def __init__(
        self, controller: Controller, loan: Loan | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loanEditor")
        self._controller = controller
        self._original = loan
        self.result_loan: Loan | None = None
        self._valid_loan: Loan | None = None
        self._errors: dict[str, str] = {}
        self._loading = True
        # Fields whose problems are shown: those the user has left, or all of them after Save.
        self._left: set[str] = set()
        self._reveal_all = False
        self._focus_fields: dict[QObject, str] = {}

        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(0)
        self._validate_timer.timeout.connect(self._validate)

        self.form_widget = QWidget(self)
        self.form_widget.setObjectName("loanForm")
        form_layout = QVBoxLayout(self.form_widget)
        self.grid = FieldGrid(reserve_error_space=True)
        form_layout.addLayout(self.grid)
        form_layout.addStretch(1)  # fields stay packed at the top whatever the height
        self._build_fields(self.form_widget)
        self.general_error = QLabel(self.form_widget)
        self.general_error.setObjectName("generalError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.grid.add_wide(self.general_error)
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setObjectName("loanFormScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setWidget(self.form_widget)

        self.preview_box = QGroupBox(self)
        self.preview_model = PreviewModel(controller, self)
        self.preview_table = DataTable(self.preview_box)
        self.preview_table.setObjectName("schedulePreview")
        self.preview_table.setModel(self.preview_model)
        self.preview_summary = QLabel(self.preview_box)
        self.preview_summary.setObjectName("previewSummary")
        self.preview_summary.setWordWrap(True)
        self.apr_label = QLabel(self.preview_box)
        self.apr_label.setObjectName("impliedApr")
        self.apr_label.setWordWrap(True)
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addWidget(self.preview_summary)
        preview_layout.addWidget(self.apr_label)
        preview_layout.addWidget(self.preview_table, 1)

        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.form_scroll)
        self.splitter.addWidget(self.preview_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveLoan")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        # Said beside the buttons when Save found something to correct (Save itself stays enabled: it
        # is how the user asks what is still missing).
        self.save_hint = QLabel(self)
        self.save_hint.setObjectName("saveHint")
        self.save_hint.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_hint, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        self._fit_to_screen()

        self._fill(loan)
        self._retranslate()
        self._loading = False
        self._update_visibility()
        self._validate()

    # ---- size ---------------------------------------------------------------------------------------

    def _available_area(self) -> Any:
        parent = self.parentWidget()
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def _fit_to_screen(self) -> None:
        """As large as the form wants, no larger than the screen's available area less the frame."""
        area = self._available_area()
        width = min(_PREFERRED_SIZE[0], area.width() - _SCREEN_MARGIN[0])
        height = min(_PREFERRED_SIZE[1], area.height() - _SCREEN_MARGIN[1])
        self.setMaximumSize(area.width(), area.height())
        self.resize(width, height)
        # Half and half; the form a little wider on a narrow screen, where its labels need the room.
        form = width // 2 if width >= 1000 else width * 11 // 20
        self.splitter.setSizes([form, width - form])

    def _give_form_room(self) -> None:
        """The form as wide as its widest row needs, if the preview keeps two fifths of the width: a
        form cut off at the right would hide the end of its fields behind a scroll bar."""
        scroll = self.form_scroll
        needed = (
            self.form_widget.minimumSizeHint().width()
            + scroll.verticalScrollBar().sizeHint().width()
            + 2 * scroll.frameWidth()
        )
        form, preview = self.splitter.sizes()
        total = form + preview
        if form < needed <= total * 3 // 5:
            self.splitter.setSizes([needed, total - needed])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._give_form_room()
        # Centred over a parent that may itself reach past the screen: keep the whole frame on it.
        area = self._available_area()
        frame = self.frameGeometry()
        left = min(max(frame.left(), area.left()), area.right() - frame.width() + 1)
        top = min(max(frame.top(), area.top()), area.bottom() - frame.height() + 1)
        if (left, top) != (frame.left(), frame.top()):
            self.move(max(left, area.left()), max(top, area.top()))

    # ---- building ---------------------------------------------------------------------------------

    def _build_fields(self, parent: QWidget) -> None:
        changed = self._schedule_validation
        self.kind = QComboBox(parent)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.method = QComboBox(parent)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.lender = QLineEdit(parent)
        self.lender_type = QComboBox(parent)
        self.lender_type.currentIndexChanged.connect(changed)
        self.name = QLineEdit(parent)
        self.money_edits: dict[str, QLineEdit] = {}
        for field in (*_MONEY_FIELDS, *_RATE_FIELDS):
            if field == "annual_rate":
                continue
            edit = QLineEdit(parent)
            edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
            self.money_edits[field] = edit
        self.rate = RateInput(changed, parent)
        self.money_edits["annual_rate"] = self.rate.edit
        self.statement_paid = StatementPaidInput(changed, parent)
        self.partway = PartwayInput(changed, parent)
        self.term_months = QSpinBox(parent)
        self.term_months.setRange(1, 480)
        self.start_date = QDateEdit(parent)
        self.start_date.setCalendarPopup(True)
        self.start_date.setDisplayFormat("yyyy-MM-dd")
        self.due_day = QSpinBox(parent)
        self.due_day.setRange(1, 31)
        self.statement_day = QSpinBox(parent)
        self.statement_day.setRange(0, 31)
        self.grace_days = QSpinBox(parent)
        self.grace_days.setRange(0, 60)
        self.custom = CustomScheduleEditor(changed, parent)
        self.custom.table.itemChanged.connect(lambda _item: self._field_left("custom_installments"))
        self.secured = QCheckBox(parent)
        self.secured.toggled.connect(self._update_visibility)
        self.collateral = QLineEdit(parent)
        self.currency = QComboBox(parent)
        self.currency.setEditable(True)
        self.currency.addItems(_CURRENCIES)
        self.notes = QPlainTextEdit(parent)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.archived = QCheckBox(parent)

        def one(field: str, widget: QWidget) -> tuple[str, QWidget, tuple[QWidget, ...]]:
            return field, widget, (widget,)

        money = self.money_edits
        custom_parts = (self.custom.table, self.custom.add_button, self.custom.remove_button)
        paid_parts = (self.statement_paid.choice, self.statement_paid.amount)
        partway = self.partway
        partway_parts = (
            partway.by_count, partway.count, partway.by_balance, partway.remaining, partway.next_due
        )
        # field, its widget, the parts of it that take the keyboard focus in turn
        fields: list[tuple[str, QWidget, tuple[QWidget, ...]]] = [
            one("kind", self.kind),
            one("method", self.method),
            one("lender", self.lender),
            one("lender_type", self.lender_type),
            one("name", self.name),
            one("principal", money["principal"]),
            one("credit_limit", money["credit_limit"]),
            ("annual_rate", self.rate, (self.rate.edit, self.rate.unit)),
            one("monthly_fee_rate", money["monthly_fee_rate"]),
            one("term_months", self.term_months),
            one("start_date", self.start_date),
            one("due_day", self.due_day),
            one("statement_day", self.statement_day),
            one("min_payment_percent", money["min_payment_percent"]),
            one("min_payment_floor", money["min_payment_floor"]),
            one("card_statement_minimum", money["card_statement_minimum"]),
            ("card_statement_paid", self.statement_paid, paid_parts),
            one("card_late_fee_percent", money["card_late_fee_percent"]),
            ("custom_installments", self.custom, custom_parts),
            ("paid_installments", self.partway, partway_parts),
            one("grace_days", self.grace_days),
            one("secured", self.secured),
            one("collateral", self.collateral),
            one("currency", self.currency),
            one("notes", self.notes),
            one("archived", self.archived),
        ]
        self._focus_chain: dict[str, tuple[QWidget, ...]] = {}
        for field, widget, focusable in fields:
            self.grid.add(field, widget, parent=parent, buddy=focusable[0])
            if field in ("paid_installments", "custom_installments", "notes"):
                self.grid.align_label_top(field)
            self._focus_chain[field] = focusable
            for part in focusable:
                if part is not self.custom.table:  # its cells commit (itemChanged) as they are left
                    self._focus_fields[part] = field
                    part.installEventFilter(self)
        for edit in (self.lender, self.name, self.collateral, *self.money_edits.values()):
            if edit is not self.rate.edit:
                edit.textChanged.connect(changed)
        for spin in (self.term_months, self.due_day, self.statement_day, self.grace_days):
            spin.valueChanged.connect(changed)
        self.start_date.dateChanged.connect(changed)
        self.currency.currentTextChanged.connect(changed)
        self.notes.textChanged.connect(changed)
        for box in (self.secured, self.archived):
            box.toggled.connect(changed)

    def _fill(self, loan: Loan | None) -> None:
        for key in labels.loan_kinds():
            self.kind.addItem("", key)
        self.lender_type.addItem("", None)
        for key in _lender_types(self._controller.lang):
            self.lender_type.addItem("", key)
        today = self._controller.today()
        if loan is None:
            kind = self._first_kind()
            self._select(self.kind, kind)
            self._apply_kind_defaults(kind)
            self.start_date.setDate(_qdate(today))
            self.due_day.setValue(min(today.day, 28))
            self.money_edits["min_payment_percent"].setText("10")
            self.money_edits["min_payment_floor"].setText("100.00")
            self.money_edits["card_late_fee_percent"].setText("5")
            self.partway.next_due.setDate(_qdate(today))
            self.currency.setCurrentText("CNY")
            self.archived.setVisible(False)
            return
        self._select(self.kind, str(loan.kind))
        self._offer_methods(str(loan.kind), str(loan.method))
        if loan.lender_type is not None:
            self._select(self.lender_type, str(loan.lender_type))
        self.lender.setText(loan.lender)
        self.name.setText(loan.name)
        for field in _MONEY_FIELDS:
            self.money_edits[field].setText(formatting.plain_amount(getattr(loan, field)))
        for field in _RATE_FIELDS:
            self.money_edits[field].setText(formatting.rate(getattr(loan, field)))
        self.term_months.setValue(loan.term_months)
        self.start_date.setDate(_qdate(loan.start_date))
        self.due_day.setValue(loan.due_day)
        self.statement_day.setValue(loan.statement_day or 0)
        self.grace_days.setValue(loan.grace_days)
        self._fill_partway(loan)
        if loan.method == "credit_card":
            self.statement_day.setValue(loan.statement_day or loan.start_date.day)
            minimum = self._statement_minimum(loan)
            self.statement_paid.set_paid(loan.card_statement_paid, minimum, loan.principal)
        for row in loan.custom_installments:
            self.custom.add_row(
                (
                    row.due_date.isoformat(),
                    formatting.plain_amount(row.principal),
                    formatting.plain_amount(row.interest),
                )
            )
        self.secured.setChecked(loan.secured)
        self.collateral.setText(loan.collateral)
        self.currency.setCurrentText(loan.currency)
        self.notes.setPlainText(loan.notes)
        self.archived.setChecked(loan.archived)

    def _fill_partway(self, loan: Loan) -> None:
        from app.core.models import MAX_INSTALLMENTS
        from app.core.schedule import build_schedule

        partway = self.partway
        partway.count_is_users = True  # an edit keeps what is stored (0 for loans entered before)
        partway.set_instalments(MAX_INSTALLMENTS)
        partway.count.setValue(loan.paid_installments)
        partway.next_due.setDate(_qdate(self._controller.today()))
        if loan.opening_principal is None or loan.method == "credit_card":
            return
        partway.by_balance.setChecked(True)
        partway.remaining.setText(formatting.plain_amount(loan.opening_principal))
        rows = build_schedule(loan.model_copy(update={"opening_principal": None, "installment_paid_on": {}}))
        if loan.paid_installments < len(rows):
            partway.next_due.setDate(_qdate(rows[loan.paid_installments].due_date))

    def _first_kind(self) -> str:
        """The kind of the loan added last; a consumer loan when there is none (see FIRST_KIND)."""
        return self._controller.newest_loan_kind() or FIRST_KIND

    def _offer_methods(self, kind: str, chosen: str) -> None:
        """The methods lenders use for ``kind`` (and ``chosen``, an edited loan's own, if it is not one)."""
        keys = list(KIND_METHODS[kind])
        if chosen not in keys:
            keys.append(chosen)
        names = labels.repayment_methods()
        with QSignalBlocker(self.method):
            self.method.clear()
            for key in keys:
                self.method.addItem(names[key], key)
            self._select(self.method, chosen)

    @staticmethod
    def _select(combo: QComboBox, key: str) -> None:
        index = combo.findData(key)
        if index >= 0:
            combo.setCurrentIndex(index)

    # ---- reacting -----------------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        if self._loading:
            return
        self._loading = True
        self._apply_kind_defaults(self.kind.currentData())
        self._loading = False
        self._update_visibility()
        self._retranslate_field_labels()
        self._schedule_validation()

    def _apply_kind_defaults(self, kind: str) -> None:
        """What is usual for ``kind``: its method, term, security, grace days and, for a card, the
        rate most banks charge (日息万分之五), which leaves again with the card if the user kept it."""
        from app.core.card_statements import DEFAULT_CARD_ANNUAL_RATE, annual_to_daily_rate
        from app.core.models import LoanKind, default_grace_days

        method, term, secured = KIND_DEFAULTS[kind]
        self._offer_methods(kind, method)
        self.term_months.setValue(term)
        self.secured.setChecked(secured)
        self.grace_days.setValue(default_grace_days(LoanKind(kind)))
        card_rate = formatting.rate(annual_to_daily_rate(DEFAULT_CARD_ANNUAL_RATE))
        rate_is_cards = self.rate.is_daily() and self.rate.edit.text() == card_rate
        if kind == "credit_card" and not self.rate.edit.text().strip():
            self.rate.edit.setText(card_rate)
            self.rate.set_daily(True)
        elif kind != "credit_card" and rate_is_cards:
            self.rate.edit.clear()
            self.rate.set_daily(False)

    def _method_changed(self) -> None:
        if self._loading:
            return
        self._update_visibility()
        self._retranslate_field_labels()
        self._schedule_validation()

    def _is_card_statement(self) -> bool:
        return self.method.currentData() == "credit_card"

    def _update_visibility(self) -> None:
        kind, method = self.kind.currentData(), self.method.currentData()
        card_statement = method == "credit_card"
        shown = {
            "lender_type": kind != "credit_card",  # cards are issued by banks
            "credit_limit": kind == "credit_card",
            "annual_rate": method not in ("flat_fee", "custom"),
            "monthly_fee_rate": method == "flat_fee",
            "term_months": method not in ("credit_card", "custom"),
            # A card's statement date is its statement day's latest date: one field, not two.
            "start_date": not card_statement,
            "statement_day": card_statement,
            "min_payment_percent": card_statement,
            "min_payment_floor": card_statement,
            "card_statement_minimum": card_statement,
            "card_statement_paid": card_statement,
            "card_late_fee_percent": card_statement,
            "custom_installments": method == "custom",
            "paid_installments": not card_statement and self._partway_wanted(),
            "collateral": self.secured.isChecked(),
            "archived": self._original is not None,
        }
        for field, visible in shown.items():
            self.grid.set_visible(field, visible)
        self._arrange()
        self._schedule_validation()

    def _partway_wanted(self) -> bool:
        """Whether to ask how far along the loan is: some instalment fell due before today (as the
        terms last read), or the user has already said."""
        partway = self.partway
        return partway.due_before > 0 or partway.count.value() > 0 or partway.uses_balance()

    def _arrange(self) -> None:
        order = CARD_ORDER if self._is_card_statement() else LOAN_ORDER
        self.grid.arrange(order)
        chain = [part for field in order for part in self._focus_chain[field]]
        chain += [part for field, parts in self._focus_chain.items() if field not in order for part in parts]
        chain += [self.preview_table, self.save_button, self.cancel_button, chain[0]]  # and round again
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self._order = [*order, *(field for field in self._focus_chain if field not in order)]

    def _schedule_validation(self, *_args: object) -> None:
        if not self._loading:
            self._validate_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self._focus_fields:
            reason = event.reason() if isinstance(event, QFocusEvent) else None
            # A calendar or list popping up, or another window, is not the user leaving the field.
            if reason not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
                self._field_left(self._focus_fields[watched])
        return super().eventFilter(watched, event)

    def _field_left(self, field: str) -> None:
        if self._loading or field in self._left:
            return
        self._left.add(field)
        self._validate_timer.stop()
        self._validate()

    # ---- validation ---------------------------------------------------------------------------------

    def raw_values(self) -> dict[str, Any]:
        """What the form holds, as pydantic input: fields hidden for this kind/method are left out."""
        data: dict[str, Any] = {}
        if self._original is not None:
            # What the form does not ask (the id, the questionnaire's answers, rate changes, penalty
            # terms...) stays as it was; what it asks is all set below.
            asked = {*self.grid.fields(), "start_date", "lender_type", *PARTWAY_FIELDS}
            data.update(self._original.model_dump(exclude=asked))
        kind = self.kind.currentData()
        data.update(
            kind=kind,
            method=self.method.currentData(),
            lender=self.lender.text(),
            name=self.name.text(),
            start_date=self._start_date(),
            due_day=self.due_day.value(),
            grace_days=self.grace_days.value(),
            secured=self.secured.isChecked(),
            currency=self.currency.currentText().strip().upper(),
            notes=self.notes.toPlainText(),
            archived=self.archived.isChecked() if self._original is not None else False,
        )
        if kind == "credit_card":
            data["lender_type"] = "bank"
        elif self.lender_type.currentData() is not None:
            data["lender_type"] = self.lender_type.currentData()
        for field in (*_MONEY_FIELDS, *_RATE_FIELDS):
            if not self.grid.is_shown(field):
                continue
            if field == "annual_rate":
                text = self.rate.value_text()
            else:
                text = self.money_edits[field].text().strip().replace(",", "").replace("，", "")
            if text:
                data[field] = text
            elif field == "principal":
                continue  # left out: pydantic then says it is required, not "not a number"
            elif field in ("min_payment_percent", "min_payment_floor", "card_late_fee_percent"):
                continue  # the model's defaults apply
            else:
                data[field] = None  # (a card statement's minimum: worked out from the percentage and floor)
        if self.grid.is_shown("term_months"):
            data["term_months"] = self.term_months.value()
        if self.grid.is_shown("statement_day") and self.statement_day.value():
            data["statement_day"] = self.statement_day.value()
        if self.grid.is_shown("custom_installments"):
            data["custom_installments"] = self.custom.rows()
        if self.grid.is_shown("card_statement_paid"):
            paid = self._statement_paid(data)
            if paid is not None:
                data["card_statement_paid"] = paid
        if self.grid.is_shown("collateral"):
            data["collateral"] = self.collateral.text()
        return data

    def _statement_paid(self, data: dict[str, Any]) -> str | None:
        """card_statement_paid from the choice: the minimum and the balance as the form gives them, or
        the amount typed (as typed: the model says when it is no amount). None: no figure to take yet."""
        key = self.statement_paid.key()
        if key == "none":
            return "0.00"
        if key == "part":
            return self.statement_paid.amount.text().strip().replace(",", "").replace("，", "")
        balance = _number(str(data.get("principal", "")))
        if balance is None or balance <= 0:
            return None  # the balance's own message says what is wrong
        if key == "full":
            return str(balance)
        minimum = _number(str(data.get("card_statement_minimum") or ""))
        if minimum is None:
            percent = _number(str(data.get("min_payment_percent", "10"))) or Decimal("10")
            floor = _number(str(data.get("min_payment_floor", "100"))) or Decimal("100")
            minimum = card_minimum_payment(balance, percent, floor)
        return str(minimum)

    @staticmethod
    def _statement_minimum(loan: Loan) -> Decimal:
        if loan.card_statement_minimum is not None:
            return loan.card_statement_minimum
        return card_minimum_payment(loan.principal, loan.min_payment_percent, loan.min_payment_floor)

    def _start_date(self) -> date:
        if not self._is_card_statement():
            return _date_of(self.start_date)
        day = self.statement_day.value()
        original = self._original
        if original is not None and original.method == "credit_card":
            kept = original.statement_day or original.start_date.day
            if day in (0, kept):
                return original.start_date  # an edit that leaves the statement day keeps its statement
        return latest_statement_date(day or self._controller.today().day, self._controller.today())

    def _validate(self) -> None:
        from pydantic import ValidationError

        from app.core.models import NEW_ENTRY, Loan

        try:
            loan: Loan | None = Loan.model_validate(self.raw_values(), context=NEW_ENTRY)
        except ValidationError as error:
            loan = None
            self._errors = errors_by_field(error, self._controller.lang)
        else:
            self._errors = {}
        if loan is not None and not self._is_card_statement():
            # The terms are complete: where the loan stands today can be worked out from them.
            loan = self._with_partway(loan)
        self._valid_loan = loan
        self._show_errors()
        self._update_preview()

    def _with_partway(self, loan: Loan) -> Loan | None:
        """``loan`` (as if nothing were paid yet) with the instalments the part-way section says are
        paid; None with the section's message in self._errors when it does not fit the loan."""
        from pydantic import ValidationError

        from app.core.errors import FieldProblem
        from app.core.i18n import message
        from app.core.models import NEW_ENTRY, Loan
        from app.core.partway import installments_due_before, partway_from_balance
        from app.core.schedule import build_schedule

        lang = self._controller.lang
        self.partway.set_instalments(len(build_schedule(loan)))  # first: the default may need the room
        self.partway.set_due_before(installments_due_before(loan, self._controller.today()))
        wanted = self._partway_wanted()
        if wanted != self.grid.is_shown("paid_installments"):
            self.grid.set_visible("paid_installments", wanted)
        if not wanted:
            return loan
        update: dict[str, Any] = {}
        if self.partway.uses_balance():
            typed = self.partway.remaining.text()
            remaining = _number(typed)
            if remaining is None:
                key = "validation.number" if typed.strip() else "validation.missing"
                self._errors["paid_installments"] = message(key, lang)
                return None
            try:
                entry = partway_from_balance(loan, remaining, _date_of(self.partway.next_due))
            except FieldProblem as problem:
                self._errors["paid_installments"] = message(problem.key, lang, **problem.params)
                return None
            update["paid_installments"] = entry.paid_installments
            update["opening_principal"] = entry.opening_principal
        else:
            update["paid_installments"] = self.partway.count.value()
        kept = self._original.installment_paid_on if self._original is not None else {}
        update["installment_paid_on"] = {
            number: day for number, day in kept.items() if number <= update["paid_installments"]
        }
        try:
            return Loan.model_validate({**loan.model_dump(), **update}, context=NEW_ENTRY)
        except ValidationError as error:
            found = errors_by_field(error, lang)
            section = [found[field] for field in PARTWAY_FIELDS if field in found]
            self._errors["paid_installments"] = "\n".join(section)
            for field, text in found.items():
                if field not in PARTWAY_FIELDS:
                    self._errors[field] = text
            return None

    def _revealed(self, field: str) -> bool:
        return self._reveal_all or field in self._left

    def _show_errors(self) -> None:
        left = self.grid.set_errors(self._errors, self._revealed)
        left = left if self._reveal_all else []
        self.general_error.setText("\n".join(left))
        self.general_error.setVisible(bool(left))
        if left:
            colour = error_text_colour(self.general_error.palette()).name()
            self.general_error.setStyleSheet(f"QLabel {{ color: {colour}; }}")
        blocked = self._reveal_all and self._valid_loan is None
        self.save_hint.setText(self.tr("Correct the fields marked in red first") if blocked else "")
        if blocked:
            colour = error_text_colour(self.save_hint.palette()).name()
            self.save_hint.setStyleSheet(f"QLabel {{ color: {colour}; }}")

    def _update_preview(self) -> None:
        from app.core.schedule import build_schedule, implied_apr

        loan = self._valid_loan
        if loan is None:
            self.preview_model.set_rows([], "CNY")
            self.preview_table.resizeColumnsToContents()  # headers only: no scroll bar under an empty table
            self.preview_summary.setText(self.tr("The schedule appears here once the terms are complete."))
            self.apr_label.hide()
            return
        rows = build_schedule(loan)
        self.preview_model.set_rows(rows, loan.currency)
        self.preview_table.resizeColumnsToContents()
        display = self._controller.settings().currency_display
        interest = sum((row.interest for row in rows), start=rows[0].interest * 0)
        total = sum((row.amount for row in rows), start=rows[0].amount * 0)
        self.preview_summary.setText(
            formatting.fill(
                self.tr("1 instalment, due %2. Interest and fees %3; %4 to repay in all.")
                if len(rows) == 1
                else self.tr("%1 instalments, the first due %2. Interest and fees %3; %4 to repay in all."),
                str(len(rows)),
                formatting.day(rows[0].due_date),
                formatting.money(interest, loan.currency, display),
                formatting.money(total, loan.currency, display),
            )
        )
        if loan.paid_installments and loan.method != "credit_card":
            last_paid = rows[min(loan.paid_installments, len(rows)) - 1].due_date
            separator = "" if self._controller.lang == "zh_CN" else " "
            self.preview_summary.setText(
                self.preview_summary.text()
                + separator
                + self.tr("The first {count} are counted as paid on time (to {day}).").format(
                    count=loan.paid_installments, day=formatting.day(last_paid)
                )
            )
        apr = implied_apr(loan) if loan.method == "flat_fee" else None
        if apr is None:
            self.apr_label.hide()
            return
        quoted = (loan.monthly_fee_rate or 0) * 12
        self.apr_label.setText(
            formatting.fill(self.tr(
                "Real yearly cost (APR): %1 %. A fee of %2 % a month looks like %3 % a year, but it is "
                "charged on the whole amount borrowed even as you repay it."
            ), f"{apr:.2f}", formatting.rate(loan.monthly_fee_rate), formatting.rate(quoted))
        )
        self.apr_label.show()

    def field_error(self, field: str) -> str:
        """The message shown under ``field`` (empty while it has none or it is not shown yet)."""
        return self.grid.error(field)

    def _save(self) -> None:
        self._validate_timer.stop()
        self._validate()
        if self._valid_loan is None:
            self._reveal_all = True
            self._show_errors()
            self._focus_first_problem()
            return
        self.result_loan = self._valid_loan
        self.accept()

    def _focus_first_problem(self) -> None:
        for field in self._order:
            if field in self._errors and self.grid.is_shown(field):
                target = self.grid.focus_target(field)
                self.form_scroll.ensureWidgetVisible(self.grid.field_widget(field))
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # ---- language ----------------------------------------------------------------------------------

    def _name_hints(self) -> dict[str, str]:
        return {
            "credit_card": self.tr("e.g. “CMB card”; optional"),
            "unsecured_consumer": self.tr("e.g. “Renovation loan”; optional"),
            "small_online": self.tr("e.g. “Jiebei”; optional"),
            "mortgage": self.tr("e.g. “Flat in Pudong”; optional"),
            "car": self.tr("e.g. “Car loan”; optional"),
            "business": self.tr("e.g. “Shop loan”; optional"),
        }

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("New loan") if self._original is None else self.tr("Edit loan"))
        for index, text in enumerate(labels.loan_kinds().values()):
            self.kind.setItemText(index, text)
        names = labels.repayment_methods()
        for index in range(self.method.count()):
            self.method.setItemText(index, names[self.method.itemData(index)])
        lender_types = _lender_types(self._controller.lang)
        self.lender_type.setItemText(0, self.tr("Not said"))
        for index in range(1, self.lender_type.count()):
            self.lender_type.setItemText(index, lender_types[self.lender_type.itemData(index)])
        self.lender.setPlaceholderText(self.tr("Bank or platform, e.g. China Merchants Bank"))
        self.collateral.setPlaceholderText(self.tr("e.g. the flat at …, the car"))
        self.statement_day.setSpecialValueText(self.tr("—"))
        self.secured.setText(self.tr("Backed by collateral (house, car…)"))
        self.archived.setText(self.tr("Archived (paid off or closed; hidden from the lists)"))
        self.preview_box.setTitle(self.tr("Schedule preview"))
        self.preview_table.setAccessibleName(self.tr("Schedule preview"))
        self.save_button.setText(self.tr("&Save"))
        self.custom.retranslate()
        self.rate.retranslate()
        self.statement_paid.retranslate()
        self.partway.retranslate()
        self.money_edits["card_statement_minimum"].setPlaceholderText(self.tr("As printed, or leave empty"))
        self.money_edits["card_statement_minimum"].setToolTip(
            self.tr("Left empty, it is worked out from the minimum payment's percentage and floor below.")
        )
        self._retranslate_field_labels()

    def _retranslate_field_labels(self) -> None:
        card = self._is_card_statement()
        self.name.setPlaceholderText(self._name_hints()[self.kind.currentData()])
        texts = {
            "kind": self.tr("&Kind:"),
            "method": self.tr("&Repayment:"),
            "lender": self.tr("&Lender:"),
            "lender_type": self.tr("Kind of l&ender:"),
            "name": self.tr("&Name:"),
            "principal": self.tr("Latest statement's &balance:") if card else self.tr("Amount &borrowed:"),
            "credit_limit": self.tr("Credit &limit:"),
            "annual_rate": self.tr("&Interest rate:"),
            "monthly_fee_rate": self.tr("Monthly &fee rate (%):"),
            "term_months": self.tr("&Term (months):"),
            "start_date": self.tr("Date borrowe&d:"),
            "due_day": self.tr("D&ue day of the month:"),
            "statement_day": self.tr("Statement &day of the month:"),
            "min_payment_percent": self.tr("Minimum payment (%):"),
            "min_payment_floor": self.tr("Minimum payment at least:"),
            "card_statement_minimum": self.tr("Its &minimum payment:"),
            "card_statement_paid": self.tr("Already &paid towards it:"),
            "card_late_fee_percent": self.tr("Late &fee (%):"),
            "custom_installments": self.tr("Instalments:"),
            "paid_installments": self.tr("Already &paid:"),
            "grace_days": self.tr("&Grace days:"),
            "secured": "",
            "collateral": self.tr("C&ollateral:"),
            "currency": self.tr("C&urrency:"),
            "notes": self.tr("N&otes:"),
            "archived": "",
        }
        for field, text in texts.items():
            self.grid.set_label(field, text)
        self.secured.setAccessibleName(self.secured.text())
        self.archived.setAccessibleName(self.archived.text())
        self.money_edits["card_late_fee_percent"].setToolTip(
            self.tr(
                "违约金: a percentage of the minimum payment still unpaid after the due date and grace "
                "days; 5 % is the usual contract term."
            )
        )
        self.name.setToolTip(self.tr("What you call it; the lender's name is used if you leave it empty."))
        self.grace_days.setToolTip(
            self.tr("Days after the due date before a payment counts as late; card issuers commonly allow 3.")
        )
        self.rate.setToolTip(
            self.tr(
                "As your contract or app quotes it: a yearly rate, or a daily one "
                "(日息万分之五 is 0.05 % a day)."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if not self._loading:
                self._validate()
        super().changeEvent(event)


def _lender_types(lang: Lang) -> dict[str, str]:
    """The kinds of lender (app.core.models.LenderType) in ``lang``, worded where the CLI finds them."""
    from app.core.i18n import message
    from app.core.models import LenderType

    return {str(kind): message(f"lender_type.{kind}", lang) for kind in LenderType}
