"""The contact log: a dated record of every call, message, letter, visit or agreement with the lender or
its collectors, and the promises made in them. It is evidence for the borrower (what was said, by whom,
when), and the rule engine counts its broken promises and recent contact."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui import formatting, labels
from app.ui.form_fields import FieldGrid, errors_by_field

if TYPE_CHECKING:
    from app.core.models import ContactEvent, Loan
    from app.ui.controller import Controller

_Index = QModelIndex | QPersistentModelIndex


def promise_text(event: ContactEvent, currency: str, display: str) -> str:
    if event.promised_amount is None and event.promised_date is None:
        return ""
    outcome = labels.promise_outcomes()[
        "" if event.promise_kept is None else ("kept" if event.promise_kept else "broken")
    ]
    amount = formatting.money(event.promised_amount, currency, display) if event.promised_amount else ""
    when = formatting.day(event.promised_date)
    return " ".join(part for part in (amount, when, f"({outcome})") if part)


class ContactsModel(QAbstractTableModel):
    """Newest first."""

    def __init__(self, controller: Controller, parent: Any = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._events: list[ContactEvent] = []
        self._currency = "CNY"

    def set_events(self, events: list[ContactEvent], currency: str) -> None:
        self.beginResetModel()
        self._events, self._currency = list(events), currency
        self.endResetModel()

    def event_at(self, row: int) -> ContactEvent:
        return self._events[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("When"),
                self.tr("How"),
                self.tr("Who started it"),
                self.tr("With"),
                self.tr("Person"),
                self.tr("Promise to pay"),
                self.tr("What was said"),
            ][section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event = self._events[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            display = self._controller.settings().currency_display
            summary = " ".join(event.summary.split())
            return [
                formatting.instant(event.at),
                labels.contact_channels().get(str(event.channel), str(event.channel)),
                labels.contact_directions().get(str(event.direction), str(event.direction)),
                labels.counterparties().get(str(event.counterparty), str(event.counterparty)),
                event.who,
                promise_text(event, self._currency, display),
                summary,
            ][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 6:
            return event.summary
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        if self._events:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._events) - 1, 6))


class ContactDialog(QDialog):
    """Log a contact (``event`` None) or edit one. On Accepted, ``result_event`` holds it."""

    def __init__(
        self,
        controller: Controller,
        loan: Loan,
        event: ContactEvent | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self._controller = controller
        self._loan = loan
        self._original = event
        self.result_event: ContactEvent | None = None

        self.at = QDateTimeEdit(self)
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.channel = QComboBox(self)
        self.direction = QComboBox(self)
        self.counterparty = QComboBox(self)
        for combo, keys in (
            (self.channel, labels.contact_channels()),
            (self.direction, labels.contact_directions()),
            (self.counterparty, labels.counterparties()),
        ):
            for key in keys:
                combo.addItem("", key)
        self.who = QLineEdit(self)
        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.promised = QCheckBox(self)
        self.promised_amount = QLineEdit(self)
        self.promised_date = QDateEdit(self)
        self.promised_date.setCalendarPopup(True)
        self.promised_date.setDisplayFormat("yyyy-MM-dd")
        self.promise_kept = QComboBox(self)
        for key in labels.promise_outcomes():
            self.promise_kept.addItem("", key)

        self.grid = FieldGrid()
        for field, widget in (
            ("at", self.at),
            ("channel", self.channel),
            ("direction", self.direction),
            ("counterparty", self.counterparty),
            ("who", self.who),
            ("summary", self.summary),
        ):
            self.grid.add(field, widget, parent=self)
        self.grid.add_wide(self.promised)
        for field, widget in (
            ("promised_amount", self.promised_amount),
            ("promised_date", self.promised_date),
            ("promise_kept", self.promise_kept),
        ):
            self.grid.add(field, widget, parent=self)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveContact")
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.buttons)
        self.resize(560, 480)

        self._fill(event)
        for signal in (
            self.at.dateTimeChanged,
            self.channel.currentIndexChanged,
            self.direction.currentIndexChanged,
            self.counterparty.currentIndexChanged,
            self.who.textChanged,
            self.summary.textChanged,
            self.promised.toggled,
            self.promised_amount.textChanged,
            self.promised_date.dateChanged,
            self.promise_kept.currentIndexChanged,
        ):
            signal.connect(self._validate)
        self.promised.toggled.connect(self._show_promise)
        self._retranslate()
        self._show_promise()
        self._validate()

    def _fill(self, event: ContactEvent | None) -> None:
        if event is None:
            now = self._controller.clock.now().astimezone()
            self.at.setDateTime(QDateTime.fromSecsSinceEpoch(int(now.timestamp())))
            self.direction.setCurrentIndex(self.direction.findData("incoming"))
            self.promised_date.setDate(QDate(now.year, now.month, now.day))
            return
        local = event.at.astimezone()
        self.at.setDateTime(QDateTime.fromSecsSinceEpoch(int(local.timestamp())))
        self.channel.setCurrentIndex(self.channel.findData(str(event.channel)))
        self.direction.setCurrentIndex(self.direction.findData(str(event.direction)))
        self.counterparty.setCurrentIndex(self.counterparty.findData(str(event.counterparty)))
        self.who.setText(event.who)
        self.summary.setPlainText(event.summary)
        has_promise = event.promised_amount is not None or event.promised_date is not None
        self.promised.setChecked(has_promise)
        if event.promised_amount is not None:
            self.promised_amount.setText(formatting.plain_amount(event.promised_amount))
        promised_day = event.promised_date or local.date()
        self.promised_date.setDate(QDate(promised_day.year, promised_day.month, promised_day.day))
        outcome = "" if event.promise_kept is None else ("kept" if event.promise_kept else "broken")
        self.promise_kept.setCurrentIndex(self.promise_kept.findData(outcome))

    def _show_promise(self) -> None:
        for field in ("promised_amount", "promised_date", "promise_kept"):
            self.grid.set_visible(field, self.promised.isChecked())

    def _values(self) -> dict[str, Any]:
        stamp = self.at.dateTime().toSecsSinceEpoch()
        data: dict[str, Any] = {
            "loan_id": self._loan.id,
            "at": datetime.fromtimestamp(stamp).astimezone(),
            "channel": self.channel.currentData(),
            "direction": self.direction.currentData(),
            "counterparty": self.counterparty.currentData(),
            "who": self.who.text().strip(),
            "summary": self.summary.toPlainText().strip(),
        }
        if self._original is not None:
            data["id"] = self._original.id
        if self.promised.isChecked():
            amount = self.promised_amount.text().strip().replace(",", "")
            data["promised_amount"] = amount or None
            value = self.promised_date.date()
            data["promised_date"] = date(value.year(), value.month(), value.day())
            outcome = self.promise_kept.currentData()
            data["promise_kept"] = None if not outcome else outcome == "kept"
        return data

    def _validate(self) -> None:
        from pydantic import ValidationError

        from app.core.models import ContactEvent

        try:
            event = ContactEvent.model_validate(self._values())
        except ValidationError as error:
            self.result_event = None
            self.grid.set_errors(errors_by_field(error, self._controller.lang))
        else:
            self.result_event = event
            self.grid.set_errors({})
        self.save_button.setEnabled(self.result_event is not None)

    def _save(self) -> None:
        if self.result_event is not None:
            self.accept()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log a contact") if self._original is None else self.tr("Edit contact"))
        for combo, texts in (
            (self.channel, labels.contact_channels()),
            (self.direction, labels.contact_directions()),
            (self.counterparty, labels.counterparties()),
            (self.promise_kept, labels.promise_outcomes()),
        ):
            for index, text in enumerate(texts.values()):
                combo.setItemText(index, text)
        self.grid.set_label("at", self.tr("&When:"))
        self.grid.set_label("channel", self.tr("&How:"))
        self.grid.set_label("direction", self.tr("Who &started it:"))
        self.grid.set_label("counterparty", self.tr("&With:"))
        self.grid.set_label("who", self.tr("&Person:"))
        self.grid.set_label("summary", self.tr("What was &said:"))
        self.grid.set_label("promised_amount", self.tr("Promised &amount:"))
        self.grid.set_label("promised_date", self.tr("Promised &by:"))
        self.grid.set_label("promise_kept", self.tr("&Outcome:"))
        self.who.setPlaceholderText(self.tr("Name, staff number or phone number"))
        self.summary.setPlaceholderText(
            self.tr("What they said or asked, threats or unusual behaviour, what you agreed")
        )
        self.promised.setText(self.tr("A &promise to pay was made"))
        self.promised.setAccessibleName(self.promised.text().replace("&", ""))
        self.save_button.setText(self.tr("&Save"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
