"""The loan dialog: every term of a loan or card, checked as it is typed, with the schedule it gives.

Each field shows its own problem under it in the user's language (pydantic + app.core.validation);
Save stays disabled until the loan is valid. Choosing a kind fills in what is usual for it (a card:
card-statement method and 3 days' grace; a mortgage: 30 years, secured). The right-hand side previews
the schedule build_schedule() derives and, for flat-fee loans, the real yearly rate (implied_apr).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import formatting, labels
from app.ui.form_fields import FieldGrid, errors_by_field
from app.ui.schedule_model import PreviewModel
from app.ui.tables import DataTable

if TYPE_CHECKING:
    from app.core.models import Loan
    from app.ui.controller import Controller

# What is usual for each kind of loan: repayment method, term in months, secured.
KIND_DEFAULTS: dict[str, tuple[str, int, bool]] = {
    "credit_card": ("credit_card", 1, False),
    "unsecured_consumer": ("equal_installment", 12, False),
    "small_online": ("equal_installment", 12, False),
    "mortgage": ("equal_installment", 360, True),
    "car": ("equal_installment", 36, True),
    "business": ("interest_only", 12, False),
}
_CURRENCIES = ("CNY", "HKD", "USD", "EUR", "GBP", "JPY", "TWD", "MOP", "SGD")
_MONEY_FIELDS = ("principal", "credit_limit", "min_payment_floor")
_RATE_FIELDS = ("annual_rate", "monthly_fee_rate", "min_payment_percent")


def _date_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


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
        self.add_button.clicked.connect(self.add_row)
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
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column, text in enumerate(values):
            self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(False)
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
        self._loading = True

        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(0)
        self._validate_timer.timeout.connect(self._validate)

        form_widget = QWidget(self)
        self.grid = FieldGrid(form_widget)
        self._build_fields(form_widget)
        self.general_error = QLabel(form_widget)
        self.general_error.setObjectName("generalError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.grid.add_wide(self.general_error)
        form_scroll = QScrollArea(self)
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(form_widget)

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

        splitter = QSplitter(self)
        splitter.addWidget(form_scroll)
        splitter.addWidget(self.preview_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # Room for the preview's six columns at 1280x800; proportions, scaled to the dialog's width.
        splitter.setSizes([500, 520])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveLoan")
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(1040, 700)

        self._fill(loan)
        self._retranslate()
        self._loading = False
        self._update_visibility()
        self._validate()

    # ---- building ---------------------------------------------------------------------------------

    def _build_fields(self, parent: QWidget) -> None:
        changed = self._schedule_validation
        self.kind = QComboBox(parent)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.method = QComboBox(parent)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.lender = QLineEdit(parent)
        self.name = QLineEdit(parent)
        self.money_edits: dict[str, QLineEdit] = {}
        for field in (*_MONEY_FIELDS, *_RATE_FIELDS):
            edit = QLineEdit(parent)
            edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
            self.money_edits[field] = edit
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

        order: list[tuple[str, QWidget]] = [
            ("kind", self.kind),
            ("method", self.method),
            ("lender", self.lender),
            ("name", self.name),
            ("principal", self.money_edits["principal"]),
            ("credit_limit", self.money_edits["credit_limit"]),
            ("annual_rate", self.money_edits["annual_rate"]),
            ("monthly_fee_rate", self.money_edits["monthly_fee_rate"]),
            ("term_months", self.term_months),
            ("start_date", self.start_date),
            ("due_day", self.due_day),
            ("statement_day", self.statement_day),
            ("min_payment_percent", self.money_edits["min_payment_percent"]),
            ("min_payment_floor", self.money_edits["min_payment_floor"]),
            ("custom_installments", self.custom),
            ("grace_days", self.grace_days),
            ("secured", self.secured),
            ("collateral", self.collateral),
            ("currency", self.currency),
            ("notes", self.notes),
            ("archived", self.archived),
        ]
        for field, widget in order:
            self.grid.add(field, widget, parent=parent)
        for edit in (self.lender, self.name, self.collateral, *self.money_edits.values()):
            edit.textChanged.connect(changed)
        for spin in (self.term_months, self.due_day, self.statement_day, self.grace_days):
            spin.valueChanged.connect(changed)
        self.start_date.dateChanged.connect(changed)
        self.currency.currentTextChanged.connect(changed)
        self.notes.textChanged.connect(changed)
        for box in (self.secured, self.archived):
            box.toggled.connect(changed)
        self.setTabOrder(self.kind, self.method)

    def _fill(self, loan: Loan | None) -> None:
        from app.core.models import LoanKind, default_grace_days

        for key in labels.loan_kinds():
            self.kind.addItem("", key)
        for key in labels.repayment_methods():
            self.method.addItem("", key)
        today = self._controller.today()
        if loan is None:
            kind = LoanKind.credit_card
            method, term, secured = KIND_DEFAULTS[kind]
            self._select(self.kind, kind)
            self._select(self.method, method)
            self.term_months.setValue(term)
            self.secured.setChecked(secured)
            self.grace_days.setValue(default_grace_days(kind))
            self.start_date.setDate(_qdate(today))
            self.due_day.setValue(min(today.day, 28))
            self.money_edits["min_payment_percent"].setText("10")
            self.money_edits["min_payment_floor"].setText("100.00")
            self.currency.setCurrentText("CNY")
            self.archived.setVisible(False)
            return
        self._select(self.kind, str(loan.kind))
        self._select(self.method, str(loan.method))
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

    @staticmethod
    def _select(combo: QComboBox, key: str) -> None:
        index = combo.findData(key)
        if index >= 0:
            combo.setCurrentIndex(index)

    # ---- reacting -----------------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        if self._loading:
            return
        from app.core.models import LoanKind, default_grace_days

        kind = self.kind.currentData()
        method, term, secured = KIND_DEFAULTS[kind]
        self._loading = True
        self._select(self.method, method)
        self.term_months.setValue(term)
        self.secured.setChecked(secured)
        self.grace_days.setValue(default_grace_days(LoanKind(kind)))
        self._loading = False
        self._update_visibility()
        self._retranslate_field_labels()
        self._schedule_validation()

    def _method_changed(self) -> None:
        if self._loading:
            return
        self._update_visibility()
        self._retranslate_field_labels()
        self._schedule_validation()

    def _update_visibility(self) -> None:
        kind, method = self.kind.currentData(), self.method.currentData()
        card_statement = method == "credit_card"
        shown = {
            "credit_limit": kind == "credit_card",
            "annual_rate": method not in ("flat_fee", "custom"),
            "monthly_fee_rate": method == "flat_fee",
            "term_months": method not in ("credit_card", "custom"),
            "statement_day": card_statement,
            "min_payment_percent": card_statement,
            "min_payment_floor": card_statement,
            "custom_installments": method == "custom",
            "collateral": self.secured.isChecked(),
            "archived": self._original is not None,
        }
        for field, visible in shown.items():
            self.grid.set_visible(field, visible)
        self._schedule_validation()

    def _schedule_validation(self, *_args: object) -> None:
        if not self._loading:
            self._validate_timer.start()

    # ---- validation ---------------------------------------------------------------------------------

    def raw_values(self) -> dict[str, Any]:
        """What the form holds, as pydantic input: fields hidden for this kind/method are left out."""
        data: dict[str, Any] = {}
        if self._original is not None:
            data.update(id=self._original.id, behaviour=self._original.behaviour.model_dump())
        data.update(
            kind=self.kind.currentData(),
            method=self.method.currentData(),
            lender=self.lender.text(),
            name=self.name.text(),
            start_date=_date_of(self.start_date),
            due_day=self.due_day.value(),
            grace_days=self.grace_days.value(),
            secured=self.secured.isChecked(),
            currency=self.currency.currentText().strip().upper(),
            notes=self.notes.toPlainText(),
            archived=self.archived.isChecked() if self._original is not None else False,
        )
        for field in (*_MONEY_FIELDS, *_RATE_FIELDS):
            if not self.grid.is_shown(field):
                continue
            text = self.money_edits[field].text().strip().replace(",", "").replace("，", "")
            if text:
                data[field] = text
            elif field == "principal":
                continue  # left out: pydantic then says it is required, not "not a number"
            elif field in ("min_payment_percent", "min_payment_floor"):
                continue  # the model's defaults apply
            else:
                data[field] = None
        if self.grid.is_shown("term_months"):
            data["term_months"] = self.term_months.value()
        if self.grid.is_shown("statement_day") and self.statement_day.value():
            data["statement_day"] = self.statement_day.value()
        if self.grid.is_shown("custom_installments"):
            data["custom_installments"] = self.custom.rows()
        if self.grid.is_shown("collateral"):
            data["collateral"] = self.collateral.text()
        return data

    def _validate(self) -> None:
        from pydantic import ValidationError

        from app.core.models import Loan

        try:
            loan = Loan.model_validate(self.raw_values())
        except ValidationError as error:
            self._valid_loan = None
            left = self.grid.set_errors(errors_by_field(error, self._controller.lang))
        else:
            self._valid_loan = loan
            left = self.grid.set_errors({})
        self.general_error.setText("\n".join(left))
        self.general_error.setVisible(bool(left))
        self.save_button.setEnabled(self._valid_loan is not None)
        self.save_button.setToolTip(
            "" if self._valid_loan else self.tr("Correct the fields marked in red first")
        )
        self._update_preview()

    def _update_preview(self) -> None:
        from app.core.schedule import build_schedule, implied_apr

        loan = self._valid_loan
        if loan is None:
            self.preview_model.set_rows([], "CNY")
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
            (
                self.tr("1 instalment, due %2. Interest and fees %3; %4 to repay in all.")
                if len(rows) == 1
                else self.tr("%1 instalments, the first due %2. Interest and fees %3; %4 to repay in all.")
            )
            .replace("%1", str(len(rows)))
            .replace("%2", formatting.day(rows[0].due_date))
            .replace("%3", formatting.money(interest, loan.currency, display))
            .replace("%4", formatting.money(total, loan.currency, display))
        )
        apr = implied_apr(loan) if loan.method == "flat_fee" else None
        if apr is None:
            self.apr_label.hide()
            return
        quoted = (loan.monthly_fee_rate or 0) * 12
        self.apr_label.setText(
            self.tr(
                "Real yearly cost (APR): %1 %. A fee of %2 % a month looks like %3 % a year, but it is "
                "charged on the whole amount borrowed even as you repay it."
            )
            .replace("%1", f"{apr:.2f}")
            .replace("%2", formatting.rate(loan.monthly_fee_rate))
            .replace("%3", formatting.rate(quoted))
        )
        self.apr_label.show()

    def field_error(self, field: str) -> str:
        return self.grid.error(field)

    def _save(self) -> None:
        self._validate()
        if self._valid_loan is None:
            return
        self.result_loan = self._valid_loan
        self.accept()

    # ---- language ----------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("New loan") if self._original is None else self.tr("Edit loan"))
        for index, text in enumerate(labels.loan_kinds().values()):
            self.kind.setItemText(index, text)
        for index, text in enumerate(labels.repayment_methods().values()):
            self.method.setItemText(index, text)
        self.name.setPlaceholderText(self.tr("What you call it, e.g. “CMB card”; the lender's name if empty"))
        self.lender.setPlaceholderText(self.tr("Bank or platform, e.g. China Merchants Bank"))
        self.collateral.setPlaceholderText(self.tr("e.g. the flat at …, the car"))
        self.statement_day.setSpecialValueText(self.tr("—"))
        self.secured.setText(self.tr("Backed by collateral (house, car…)"))
        self.archived.setText(self.tr("Archived (paid off or closed; hidden from the lists)"))
        self.preview_box.setTitle(self.tr("Schedule preview"))
        self.preview_table.setAccessibleName(self.tr("Schedule preview"))
        self.save_button.setText(self.tr("&Save"))
        self.custom.retranslate()
        self._retranslate_field_labels()

    def _retranslate_field_labels(self) -> None:
        card = self.method.currentData() == "credit_card"
        texts = {
            "kind": self.tr("&Kind:"),
            "method": self.tr("&Repayment:"),
            "lender": self.tr("&Lender:"),
            "name": self.tr("&Name:"),
            "principal": self.tr("Statement &balance:") if card else self.tr("Amount &borrowed:"),
            "credit_limit": self.tr("Credit &limit:"),
            "annual_rate": self.tr("Annual &interest rate (%):"),
            "monthly_fee_rate": self.tr("Monthly &fee rate (%):"),
            "term_months": self.tr("&Term (months):"),
            "start_date": self.tr("S&tatement date:") if card else self.tr("Date borrowe&d:"),
            "due_day": self.tr("D&ue day of the month:"),
            "statement_day": self.tr("Statement &day:"),
            "min_payment_percent": self.tr("Minimum payment (%):"),
            "min_payment_floor": self.tr("Minimum payment at least:"),
            "custom_installments": self.tr("Instalments:"),
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
        self.grace_days.setToolTip(
            self.tr("Days after the due date before a payment counts as late; card issuers commonly allow 3.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if not self._loading:
                self._validate()
        super().changeEvent(event)
