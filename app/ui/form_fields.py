"""A form whose every field can show its own validation message right under it.

Dialogs build their record with pydantic on every edit; app.core.validation.field_errors says which
field is wrong and why, in the user's language, and FieldGrid puts each message beside its field.
The Save button stays disabled while any message is shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from app.ui.a11y import plain
from app.ui.style import error_text_colour


class FieldGrid(QGridLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnStretch(1, 1)
        self.setVerticalSpacing(4)
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._rows = 0

    def add(self, field: str, widget: QWidget, *, parent: QWidget) -> QLabel:
        """Add ``widget`` for ``field`` with an empty label (set its text in retranslate) and a hidden
        message line under it."""
        label = QLabel(parent)
        label.setBuddy(widget)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        error = QLabel(parent)
        error.setObjectName(f"error_{field}")
        error.setWordWrap(True)
        error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        error.hide()
        widget.setObjectName(field)
        self.addWidget(label, self._rows, 0)
        self.addWidget(widget, self._rows, 1)
        self.addWidget(error, self._rows + 1, 1)
        self._rows += 2
        self._labels[field], self._widgets[field], self._errors[field] = label, widget, error
        return label

    def add_wide(self, widget: QWidget) -> None:
        """A widget across both columns (a hint, a group of check boxes)."""
        self.addWidget(widget, self._rows, 0, 1, 2)
        self._rows += 1

    def set_label(self, field: str, text: str) -> None:
        self._labels[field].setText(text)
        self._widgets[field].setAccessibleName(plain(text).rstrip(":："))

    def set_visible(self, field: str, visible: bool) -> None:
        self._labels[field].setVisible(visible)
        self._widgets[field].setVisible(visible)
        if not visible:
            self._errors[field].hide()

    def is_shown(self, field: str) -> bool:
        return not self._widgets[field].isHidden()

    def fields(self) -> Iterable[str]:
        return self._widgets.keys()

    def set_errors(self, errors: Mapping[str, str]) -> list[str]:
        """Show each message under its field; return the messages that belong to no shown field."""
        left = []
        for field, label in self._errors.items():
            text = errors.get(field, "")
            if text:
                # Picked when shown, so a switch between light and dark while the app runs is followed.
                colour = error_text_colour(label.palette()).name()
                label.setStyleSheet(f"QLabel {{ color: {colour}; }}")
            label.setText(text)
            label.setVisible(bool(text) and self.is_shown(field))
            self._widgets[field].setProperty("invalid", bool(text))
            self._widgets[field].setAccessibleDescription(text)
        for field, text in errors.items():
            if field not in self._errors or not self.is_shown(field):
                left.append(text)
        return left

    def error(self, field: str) -> str:
        label = self._errors[field]
        return label.text() if not label.isHidden() else ""


def errors_by_field(error: object, lang: str) -> dict[str, str]:
    """pydantic's ValidationError as {top-level field: message(s)}; nested places are named in front
    ("Item 3 › Due date: …") and several messages for one field are joined line by line."""
    from app.core.validation import field_errors, field_label

    grouped: dict[str, list[str]] = {}
    for problem in field_errors(error, lang):  # type: ignore[arg-type]
        top, _, rest = problem.field.partition(".")
        text = problem.message
        if rest:
            separator = "：" if lang == "zh_CN" else ": "
            text = f"{field_label(rest, lang)}{separator}{text}"  # type: ignore[arg-type]
        grouped.setdefault(top, [])
        if text not in grouped[top]:
            grouped[top].append(text)
    return {field: "\n".join(texts) for field, texts in grouped.items()}
