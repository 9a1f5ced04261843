"""The "why" panel: each rule behind an assessment, in words, with its source.

The panel lists every explanation of the assessment and can narrow itself to the rules behind one
thing the user picked (a timeline row, a remedy, the risk level), with a way back to the full list.
Rule texts arrive already translated by the engine; only the panel's own words go through tr().
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.shell.i18n import tr
from app.ui.widgets.retranslating import Retranslating


class ExplanationsPanel(Retranslating, QWidget):
    """One label per rule; show_rules() filters, show_all() undoes the filter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: dict[str, QLabel] = {}
        self._filter: list[str] | None = None
        self._about = ""

        self._title = QLabel(self)
        self._title.setObjectName("sectionTitle")
        self._title.setWordWrap(True)
        title_font = self._title.font()
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._filter_label = QLabel(self)
        self._filter_label.setObjectName("explanationsFilter")
        self._filter_label.setWordWrap(True)
        self._show_all = QPushButton(self)
        self._show_all.setObjectName("showAllExplanations")
        self._show_all.clicked.connect(self.show_all)
        self._empty = QLabel(self)
        self._empty.setWordWrap(True)

        filter_row = QHBoxLayout()
        filter_row.setContentsMargins(0, 0, 0, 0)
        filter_row.addWidget(self._filter_label, 1)
        filter_row.addWidget(self._show_all, 0, Qt.AlignmentFlag.AlignTop)

        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        # Room between rules: each is a small paragraph with its source under it.
        self._list.setSpacing(self.fontMetrics().height())
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addLayout(filter_row)
        layout.addWidget(self._empty)
        layout.addLayout(self._list)
        layout.addStretch(1)
        self._retranslate()
        self._apply_filter()

    def set_explanations(self, explanations: Iterable[Any]) -> None:
        """Replace the listed rules; the filter is cleared."""
        for label in self._items.values():
            self._list.removeWidget(label)
            label.setParent(None)
            label.deleteLater()
        self._items = {}
        for explanation in explanations:
            label = QLabel(self)
            label.setObjectName("explanation")
            label.setProperty("rule", explanation.rule)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setFrameShape(QFrame.Shape.NoFrame)
            label.setText(_explanation_html(explanation, tr("source to be verified")))
            self._items[explanation.rule] = label
            self._list.addWidget(label)
            label.show()
        self._filter = None
        self._about = ""
        self._apply_filter()

    def show_rules(self, rules: Iterable[str], about: str) -> None:
        """Show only ``rules`` (in the panel's order); ``about`` names what they explain."""
        self._filter = list(rules)
        self._about = about
        self._apply_filter()

    def show_all(self) -> None:
        self._filter = None
        self._about = ""
        self._apply_filter()

    def visible_rules(self) -> list[str]:
        """The rules currently listed, top to bottom."""
        return [rule for rule, label in self._items.items() if not label.isHidden()]

    def is_filtered(self) -> bool:
        return self._filter is not None

    def _apply_filter(self) -> None:
        wanted = None if self._filter is None else set(self._filter)
        for rule, label in self._items.items():
            label.setHidden(wanted is not None and rule not in wanted)
        filtered = self._filter is not None
        self._filter_label.setVisible(filtered)
        self._show_all.setVisible(filtered)
        self._empty.setVisible(not self.visible_rules())
        self._retranslate_filter()

    def _retranslate(self) -> None:
        self._title.setText(tr("Why: the rules behind this estimate"))
        self._show_all.setText(tr("Show all rules"))
        self._retranslate_filter()

    def _retranslate_filter(self) -> None:
        self._filter_label.setText(tr("Showing the rules behind: {step}", step=self._about))
        self._empty.setText(
            tr("No rule is listed for this.") if self._items else tr("No assessment yet.")
        )


def _explanation_html(explanation: Any, verify_note: str) -> str:
    text = html.escape(str(explanation.text))
    source = str(explanation.source)
    basis = str(getattr(explanation, "basis_text", "") or "")
    # "Source article · Source article, paragraph 2" says the same thing twice.
    meta = source if not basis or source.casefold().startswith(basis.casefold()) else f"{basis} · {source}"
    meta = html.escape(meta)
    if getattr(explanation, "verify", False):
        meta += f" · {html.escape(verify_note)}"
    return f"{text}<br><small><i>{meta}</i></small>"
