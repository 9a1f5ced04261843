"""Compound inputs of the loan form, and reading what is typed in it: a lender's own schedule typed row
by row, a rate typed per year or per day, and numbers typed with the thousands separators people use."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.card_statements import daily_to_annual_rate
from app.ui.shell.i18n import tr
from app.ui.widgets import formatting


def date_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def typed_text(text: str) -> str:
    """A typed number without the thousands separators people type (1,000,000 or 1，000，000)."""
    return text.strip().replace(",", "").replace("，", "")


def typed_number(text: str) -> Decimal | None:
    """A typed number (thousands separators allowed); None when it is none."""
    try:
        value = Decimal(typed_text(text))
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
            [tr("Due date (YYYY-MM-DD)"), tr("Principal"), tr("Interest or fee")]
        )
        self.add_button.setText(tr("Add a row"))
        self.remove_button.setText(tr("Remove the row"))
        self.table.setAccessibleName(tr("Instalments from your lender's schedule"))

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
        self.unit.setItemText(0, tr("% a year"))
        self.unit.setItemText(1, tr("% a day"))
        # Room for the longer unit in this language (the combo's own hint is taken before translation).
        metrics = self.unit.fontMetrics()
        texts = [self.unit.itemText(index) for index in range(self.unit.count())]
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        self.unit.setMinimumWidth(widest + 2 * metrics.height() + 8)
        self.unit.setAccessibleName(tr("Rate quoted per"))
        self._update_yearly()

    def is_daily(self) -> bool:
        return self.unit.currentData() == "daily"

    def set_daily(self, daily: bool) -> None:
        self.unit.setCurrentIndex(1 if daily else 0)

    def value_text(self) -> str:
        """The yearly rate for the model: a daily one times 365; text that is no number as typed (the
        model then says so)."""
        text = typed_text(self.edit.text())
        if not self.is_daily() or not text:
            return text
        daily = typed_number(text)
        return text if daily is None else format(daily_to_annual_rate(daily), "f")

    def _update_yearly(self) -> None:
        daily = typed_number(self.edit.text()) if self.is_daily() else None
        self.yearly.setVisible(daily is not None)
        if daily is not None:
            yearly = formatting.rate(daily_to_annual_rate(daily))
            self.yearly.setText(tr("= {rate} % a year", rate=yearly))
