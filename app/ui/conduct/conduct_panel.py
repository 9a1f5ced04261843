"""The contact log's "Conduct check" section: each breach of the collection rules the log shows, with the
entry, the rule and its source, and the way to a complaint.

The breaches arrive worked out (the controller runs app/rules/conduct.py) and already worded in the
UI's language; this panel only lists them, explains the one selected and asks for a complaint draft.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.ui.shell.i18n import ntr, tr
from app.ui.widgets import labels
from app.ui.widgets.a11y import plain
from app.ui.widgets.tables import DataTable, RecordsModel
from app.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from app.core.models import ContactEvent
    from app.rules.conduct import Breach, CitedRule


class BreachesModel(RecordsModel):
    """One row per breach, oldest first: when, which rule, which entry, the rule's source."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._events: dict[str, ContactEvent] = {}

    def set_breaches(self, breaches: list[Breach], events: list[ContactEvent]) -> None:
        self._events = {event.id: event for event in events}
        self.set_rows(breaches)

    def headers(self) -> list[str]:
        return [tr("When"), tr("Rule broken"), tr("Entry"), tr("Source")]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        breach: Breach = self.row_at(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return [
                breach.at.strftime("%Y-%m-%d %H:%M"),
                breach.title,
                self._entry_text(breach),
                rule_sources(breach.rules),
            ][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return breach.explanation
        return None

    def _entry_text(self, breach: Breach) -> str:
        event = self._events.get(breach.event_ids[0])
        if event is None:
            return ""
        if breach.count:
            return ntr("{n} unanswered call that day", "{n} unanswered calls that day", breach.count)
        parts = [
            labels.contact_channels().get(str(event.channel), str(event.channel)),
            labels.counterparties().get(str(event.counterparty), str(event.counterparty)),
        ]
        if event.who:
            parts.append(event.who)
        return " · ".join(parts)


def rule_sources(rules: tuple[CitedRule, ...]) -> str:
    """The sources a breach rests on, strongest first: law and published practice before judgement."""
    order = {"law": 0, "practice": 1, "seed": 2, "judgement": 3}
    ranked = sorted(rules, key=lambda rule: order.get(rule.basis, 4))
    return " · ".join(rule.source for rule in ranked)


class ConductPanel(Retranslating, QWidget):
    """Signals: entryChosen(str) when a breach is selected (its first entry's id); draftRequested()."""

    entryChosen = Signal(str)
    draftRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conductPanel")
        self._breaches: list[Breach] = []
        self._refreshing = False  # a selection made by set_breaches is no user's choice of entry

        self.title = QLabel(self)
        self.title.setObjectName("conductTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel(self)
        self.status.setObjectName("conductStatus")
        self.status.setWordWrap(True)
        self.draft_button = QPushButton(self)
        self.draft_button.setObjectName("draftComplaint")
        self.draft_button.clicked.connect(self.draftRequested)

        self.model = BreachesModel(self)
        self.table = DataTable(self)
        self.table.setObjectName("breachesTable")
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # A click shows the entry even when the breach was selected already (after a refresh).
        self.table.clicked.connect(lambda index: self._choose(index.row()))
        self.table.activated.connect(lambda index: self._choose(index.row()))

        self.details = QLabel(self)
        self.details.setObjectName("breachDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        details_scroll = QScrollArea(self)
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        details_scroll.setWidget(self.details)
        details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        details_scroll.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 28)

        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.status, 1)
        heading.addWidget(self.draft_button, 0, Qt.AlignmentFlag.AlignTop)
        # The list beside the explanation of the breach picked in it: both stay readable at 1280 wide.
        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.addWidget(self.table)
        self.body.addWidget(details_scroll)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 2)
        self.body.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(self.body, 1)
        self._retranslate()
        self._update()

    def set_breaches(self, breaches: list[Breach], events: list[ContactEvent]) -> None:
        chosen = self.selected_breach()
        self._breaches = list(breaches)
        self.model.set_breaches(self._breaches, events)
        self.table.fit_columns()
        # Keep the same breach selected across a refresh (an edit elsewhere in the log).
        row = next(
            (
                position
                for position, breach in enumerate(self._breaches)
                if chosen and (breach.check_id, breach.event_ids) == (chosen.check_id, chosen.event_ids)
            ),
            0,
        )
        if self._breaches:
            self._refreshing = True
            try:
                self.table.selectRow(row)
            finally:
                self._refreshing = False
        self._update()

    def selected_breach(self) -> Breach | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_details()
        indexes = selected.indexes()
        if indexes and not self._refreshing:
            self._choose(indexes[0].row())

    def _choose(self, row: int) -> None:
        if 0 <= row < len(self._breaches):
            self.entryChosen.emit(self._breaches[row].event_ids[0])

    def _update(self) -> None:
        count = len(self._breaches)
        self.draft_button.setEnabled(count > 0)
        self.body.setVisible(count > 0)
        if count:
            entries = len({event_id for breach in self._breaches for event_id in breach.event_ids})
            self.status.setText(
                tr("Rules broken: {rules} · entries involved: {entries} · pick one to see why", rules=count,
                   entries=entries)
            )
        else:
            self.status.setText(
                tr(
                    "No logged contact breaks the collection rules. Log each call, visit and message from "
                    "the lender or collectors with its time: every entry is checked."
                )
            )
        self._show_details()

    def _show_details(self) -> None:
        breach = self.selected_breach()
        if breach is None:
            self.details.setText("")
            return
        parts = [f"<b>{html.escape(breach.title)}</b>", html.escape(breach.explanation)]
        for rule in breach.rules:
            meta = f"{rule.basis_label} · {rule.source}"
            if rule.verify:
                meta += " · " + tr("source to be verified")
            parts.append(f"{html.escape(rule.text)}<br><small><i>{html.escape(meta)}</i></small>")
        self.details.setText("<br><br>".join(parts))

    def _retranslate(self) -> None:
        self.title.setText(tr("Conduct check"))
        self.draft_button.setText(tr("Draft a &complaint…"))
        self.draft_button.setAccessibleName(plain(self.draft_button.text()))
        self.draft_button.setToolTip(
            tr(
                "A complaint to the lender, or to the financial regulator, with these entries as evidence"
            )
        )
        self.table.setAccessibleName(tr("Breaches of the collection rules"))
        self.model.retranslate()
        self._update()
