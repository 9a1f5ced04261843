"""The contact log: a dated record of every call, message, letter, visit or agreement with the lender or
its collectors, and the promises made in them. It is evidence for the borrower (what was said, by whom,
when), the rule engine counts its broken promises and recent contact, and the harassment check
(app/rules/conduct.py, run by the controller) marks the entries that break a collection rule.

The dialog asks the harassment check's questions (whom they reached, whether a call got through, how many
calls, whether a visit was announced, what the collector did) only where the rule pack's checks can use
the answer: which ones is the controller's answer for the channel, direction and party chosen."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from pydantic import ValidationError

from app.core.i18n import N_, join_clauses
from app.core.models import MAX_CALL_ATTEMPTS, ContactEvent, Loan
from app.ui.conduct import conduct_labels
from app.ui.shell.i18n import current_language, tr
from app.ui.shell.style import status_tint
from app.ui.shell.window_geometry import fit_dialog
from app.ui.widgets import formatting, labels
from app.ui.widgets.form_fields import FieldGrid, errors_by_field
from app.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from app.rules.conduct import Breach
    from app.ui.shell.controller import Controller

_Index = QModelIndex | QPersistentModelIndex


def promise_text(event: ContactEvent, currency: str, display: str) -> str:
    if event.promised_amount is None and event.promised_date is None:
        return ""
    outcome = labels.promise_outcomes()[
        "" if event.promise_kept is None else ("kept" if event.promise_kept else "broken")
    ]
    amount = formatting.money(event.promised_amount, currency, display) if event.promised_amount else ""
    when = formatting.day(event.promised_date)
    promise = " ".join(part for part in (amount, when) if part)
    # Translators: a promise to pay in the contact log, "¥500.00 2026-03-05 (kept)".
    return tr("{promise} ({outcome})", promise=promise, outcome=outcome)


class ContactsModel(QAbstractTableModel):
    """Newest first."""

    def __init__(self, controller: Controller, parent: Any = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._events: list[ContactEvent] = []
        self._currency = "CNY"
        # entry id -> the breaches it is part of (the harassment check's result, worked out by the controller)
        self._breaches: dict[str, list[Breach]] = {}

    def set_events(
        self, events: list[ContactEvent], currency: str, breaches: list[Breach] | None = None
    ) -> None:
        self.beginResetModel()
        self._events, self._currency = list(events), currency
        self._breaches = {}
        for breach in breaches or ():
            for event_id in breach.event_ids:
                self._breaches.setdefault(event_id, []).append(breach)
        self.endResetModel()

    def row_of(self, event_id: str) -> int:
        """The row of an entry, or -1."""
        return next((row for row, event in enumerate(self._events) if event.id == event_id), -1)

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
                tr("When"),
                tr("How"),
                tr("Who started it"),
                tr("With"),
                tr("Person"),
                tr("Promise to pay"),
                tr("What was said"),
            ][section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event = self._events[index.row()]
        breaches = self._breaches.get(event.id, [])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            display = self._controller.settings().currency_display
            summary = " ".join(event.summary.split())
            text = [
                formatting.instant(event.at),
                labels.contact_channels().get(str(event.channel), str(event.channel)),
                labels.contact_directions().get(str(event.direction), str(event.direction)),
                self._with_text(event),
                event.who,
                promise_text(event, self._currency, display),
                summary,
            ][index.column()]
            if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == 0 and breaches:
                return tr("{text}, breaks a collection rule", text=text)
            return text
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and breaches:
            return _warning_icon()
        if role == Qt.ItemDataRole.BackgroundRole and breaches:
            return status_tint("overdue")
        if role == Qt.ItemDataRole.ToolTipRole:
            # The summary column keeps its full text, with the breaches under it.
            parts = [event.summary] if index.column() == 6 and event.summary else []
            if breaches:
                parts.append(self._breach_tooltip(breaches))
            return "\n\n".join(parts) or None
        return None

    def _with_text(self, event: ContactEvent) -> str:
        party = labels.counterparties().get(str(event.counterparty), str(event.counterparty))
        if str(event.contacted) == "borrower":
            return party
        reached = conduct_labels.contacted_parties().get(str(event.contacted), str(event.contacted))
        return tr("{party} → {reached}", party=party, reached=reached)

    def _breach_tooltip(self, breaches: list[Breach]) -> str:
        lines = [tr("Breaks a collection rule:")]
        for breach in breaches:
            sources = join_clauses(current_language(), [rule.source for rule in breach.rules
                                                        if rule.basis != "judgement"])
            if sources:
                # Translators: one breach in a list, with the laws or rules it rests on.
                lines.append(tr("• {title} ({sources})", title=breach.title, sources=sources))
            else:
                lines.append(tr("• {title}", title=breach.title))
        return "\n".join(lines)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        if self._events:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._events) - 1, 6))


def _warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class ContactDialog(Retranslating, QDialog):
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
        self.contacted = QComboBox(self)
        self.texts.bind(
            self.contacted.setToolTip,
            N_(
                "Collectors may contact your family, employer or friends only when they cannot reach you."
            ),
        )
        self.answered = QComboBox(self)
        self.announced = QComboBox(self)
        self.attempts = QSpinBox(self)
        self.texts.bind(
            self.attempts.setToolTip,
            N_(
                "A phone that lists several missed calls from one number can be logged as one entry."
            ),
        )
        self.attempts.setRange(1, MAX_CALL_ATTEMPTS)
        self.who = QLineEdit(self)
        self.texts.bind(self.who.setPlaceholderText, N_("Name, staff number or phone number"))
        self.summary = QPlainTextEdit(self)
        self.texts.bind(
            self.summary.setPlaceholderText,
            N_(
                "What they said or asked, threats or unusual behaviour, what you agreed"
            ),
        )
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(self.summary.fontMetrics().lineSpacing() * 7)
        # What the collector did: one box per flag; the pack's checks decide which are shown.
        self.conduct_box = QGroupBox(self)
        self.texts.bind(self.conduct_box.setTitle, N_("What they did (tick everything that happened)"))
        self.conduct_box.setObjectName("conductBox")
        self.conduct_flags: dict[str, QCheckBox] = {}
        flag_grid = QGridLayout(self.conduct_box)
        for position, key in enumerate(conduct_labels.conduct_flags()):
            box = QCheckBox(self.conduct_box)
            box.setObjectName(f"conduct_{key}")
            flag_grid.addWidget(box, position // 2, position % 2)
            self.conduct_flags[key] = box
        self.promised = QCheckBox(self)
        self.texts.bind(self.promised.setText, N_("A &promise to pay was made"))
        self.promised_amount = QLineEdit(self)
        self.promised_date = QDateEdit(self)
        self.promised_date.setCalendarPopup(True)
        self.promised_date.setDisplayFormat("yyyy-MM-dd")
        self.promise_kept = QComboBox(self)
        for combo, choices in self._choice_lists():
            for key in choices:
                combo.addItem("", key)

        self.grid = FieldGrid()
        for field, widget in (
            ("at", self.at),
            ("channel", self.channel),
            ("direction", self.direction),
            ("counterparty", self.counterparty),
            ("contacted", self.contacted),
            ("answered", self.answered),
            ("attempts", self.attempts),
            ("announced", self.announced),
            ("who", self.who),
            ("summary", self.summary),
        ):
            self.grid.add(field, widget, parent=self)
        self.grid.add_wide(self.conduct_box)
        self.grid.add_wide(self.promised)
        for field, widget in (
            ("promised_amount", self.promised_amount),
            ("promised_date", self.promised_date),
            ("promise_kept", self.promise_kept),
        ):
            self.grid.add(field, widget, parent=self)

        # Room left over goes below the last field, not between the check boxes.
        self.grid.setRowStretch(self.grid.rowCount(), 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.texts.bind(self.save_button.setText, N_("&Save"))
        self.save_button.setObjectName("saveContact")
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        # The form grows with the questions a collector's visit asks; on a small screen it scrolls.
        form = QWidget(self)
        form.setLayout(self.grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        fit_dialog(self, QSize(760, 660))

        self._fill(event)
        for signal in (
            self.at.dateTimeChanged,
            self.channel.currentIndexChanged,
            self.direction.currentIndexChanged,
            self.counterparty.currentIndexChanged,
            self.contacted.currentIndexChanged,
            self.answered.currentIndexChanged,
            self.attempts.valueChanged,
            self.announced.currentIndexChanged,
            self.who.textChanged,
            self.summary.textChanged,
            self.promised.toggled,
            self.promised_amount.textChanged,
            self.promised_date.dateChanged,
            self.promise_kept.currentIndexChanged,
            *(box.toggled for box in self.conduct_flags.values()),
        ):
            signal.connect(self._validate)
        for combo in (self.channel, self.direction, self.counterparty, self.contacted):
            combo.currentIndexChanged.connect(self._show_questions)
        self.promised.toggled.connect(self._show_promise)
        self._retranslate()
        self._show_questions()
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
        self.contacted.setCurrentIndex(self.contacted.findData(str(event.contacted)))
        answered = "" if event.answered is None else ("answered" if event.answered else "missed")
        self.answered.setCurrentIndex(self.answered.findData(answered))
        self.attempts.setValue(event.attempts)
        announced = "" if event.announced is None else ("announced" if event.announced else "unannounced")
        self.announced.setCurrentIndex(self.announced.findData(announced))
        for key, box in self.conduct_flags.items():
            box.setChecked(key in {str(flag) for flag in event.conduct})
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

    def _questions(self):  # noqa: ANN202 - app.rules.conduct.EntryQuestions, imported lazily
        return self._controller.contact_questions(
            self.channel.currentData() or "other",
            self.direction.currentData() or "incoming",
            self.counterparty.currentData() or "lender",
            self.contacted.currentData() or "borrower",
        )

    def _show_questions(self) -> None:
        """Ask only what the pack's collection rules can judge for this kind of contact."""
        questions = self._questions()
        self.grid.set_visible("contacted", questions.contacted)
        self.grid.set_visible("answered", questions.answered)
        self.grid.set_visible("attempts", questions.attempts)
        self.grid.set_visible("announced", questions.announced)
        shown = {str(flag) for flag in questions.flags}
        for key, box in self.conduct_flags.items():
            box.setVisible(key in shown)
        self.conduct_box.setVisible(bool(shown))
        self._validate()

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
        # Answers to questions not shown are left at their defaults: a visit's "announced" must not
        # linger on an entry changed to a letter, nor a flag on the borrower's own call.
        if self.grid.is_shown("contacted"):
            data["contacted"] = self.contacted.currentData()
        if self.grid.is_shown("answered") and self.answered.currentData():
            data["answered"] = self.answered.currentData() == "answered"
        if self.grid.is_shown("attempts"):
            data["attempts"] = self.attempts.value()
        if self.grid.is_shown("announced") and self.announced.currentData():
            data["announced"] = self.announced.currentData() == "announced"
        if not self.conduct_box.isHidden():
            data["conduct"] = [
                key for key, box in self.conduct_flags.items() if not box.isHidden() and box.isChecked()
            ]
        if self.promised.isChecked():
            amount = self.promised_amount.text().strip().replace(",", "")
            data["promised_amount"] = amount or None
            value = self.promised_date.date()
            data["promised_date"] = date(value.year(), value.month(), value.day())
            outcome = self.promise_kept.currentData()
            data["promise_kept"] = None if not outcome else outcome == "kept"
        return data

    def _validate(self) -> None:
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

    def _choice_lists(self) -> list[tuple[QComboBox, dict[str, str]]]:
        """Each choice box with its choices (key -> words in the UI's language), in the boxes' order."""
        return [
            (self.channel, labels.contact_channels()),
            (self.direction, labels.contact_directions()),
            (self.counterparty, labels.counterparties()),
            (self.contacted, conduct_labels.contacted_parties()),
            (self.answered, conduct_labels.call_outcomes()),
            (self.announced, conduct_labels.visit_notices()),
            (self.promise_kept, labels.promise_outcomes()),
        ]

    def _retranslate(self) -> None:
        self.setWindowTitle(tr("Log a contact") if self._original is None else tr("Edit contact"))
        for combo, texts in self._choice_lists():
            for index, text in enumerate(texts.values()):
                combo.setItemText(index, text)
        self.grid.set_label("at", tr("&When:"))
        self.grid.set_label("channel", tr("&How:"))
        self.grid.set_label("direction", tr("Who &started it:"))
        self.grid.set_label("counterparty", tr("&With:"))
        self.grid.set_label("contacted", tr("Whom they &reached:"))
        self.grid.set_label("answered", tr("Did the call get &through:"))
        self.grid.set_label("attempts", tr("&Number of calls:"))
        self.grid.set_label("announced", tr("Was the visit a&nnounced:"))
        self.grid.set_label("who", tr("&Person:"))
        self.grid.set_label("summary", tr("What was &said:"))
        self.grid.set_label("promised_amount", tr("Promised &amount:"))
        self.grid.set_label("promised_date", tr("Promised &by:"))
        self.grid.set_label("promise_kept", tr("&Outcome:"))
        for key, text in conduct_labels.conduct_flags().items():
            self.conduct_flags[key].setText(text)
        self.promised.setAccessibleName(self.promised.text().replace("&", ""))
