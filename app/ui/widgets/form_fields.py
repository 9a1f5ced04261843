"""A form whose every field can show its own validation message right under it.

Dialogs build their record with pydantic on every edit; app.core.validation.field_errors says which
field is wrong and why, in the user's language, and FieldGrid puts each message beside its field.

A grid built with ``reserve_error_space`` keeps one line under each shown field for its message, so
fields never move as messages come and go (a click aimed at the next field must land on it), and
set_errors() may be told which fields' messages to show yet (the loan editor shows a field's message
once the field has been left, or all of them on Save).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from app.core.i18n import context_text
from app.core.validation import field_errors, field_label
from app.ui.widgets.a11y import plain
from app.ui.widgets.problem_label import in_error_colour


class FieldGrid(QGridLayout):
    def __init__(self, parent: QWidget | None = None, *, reserve_error_space: bool = False) -> None:
        super().__init__(parent)
        self.setColumnStretch(1, 1)
        self.setVerticalSpacing(0 if reserve_error_space else 4)
        self._reserve = reserve_error_space
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self._buddies: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._wide: list[QWidget] = []
        self._rows = 0

    def add(self, field: str, widget: QWidget, *, parent: QWidget, buddy: QWidget | None = None) -> QLabel:
        """Add ``widget`` for ``field`` with an empty label (set its text in retranslate) and a message
        line under it. ``buddy``: the part of a composite ``widget`` the label names and focuses."""
        label = QLabel(parent)
        label.setBuddy(buddy or widget)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        error = QLabel(parent)
        error.setObjectName(f"error_{field}")
        error.setWordWrap(True)
        error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if self._reserve:
            # One line of room whether or not there is a message: the fields below never move.
            error.setMinimumHeight(error.fontMetrics().lineSpacing() + 2)
            error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        else:
            error.hide()
        widget.setObjectName(field)
        self.addWidget(label, self._rows, 0)
        self.addWidget(widget, self._rows, 1)
        self.addWidget(error, self._rows + 1, 1)
        self._rows += 2
        self._labels[field], self._widgets[field], self._errors[field] = label, widget, error
        self._buddies[field] = buddy or widget
        return label

    def add_wide(self, widget: QWidget) -> None:
        """A widget across both columns (a hint, a group of check boxes)."""
        self.addWidget(widget, self._rows, 0, 1, 2)
        self._rows += 1
        self._wide.append(widget)

    def arrange(self, order: Sequence[str]) -> None:
        """Put the fields in ``order`` (the others after them, in the order they were added), wide
        widgets last: what is shown then reads, and tabs, in the order that suits the record."""
        fields = [*order, *(field for field in self._widgets if field not in order)]
        for row, field in enumerate(fields):
            for widget in (self._labels[field], self._widgets[field], self._errors[field]):
                self.removeWidget(widget)
            self.addWidget(self._labels[field], 2 * row, 0)
            self.addWidget(self._widgets[field], 2 * row, 1)
            self.addWidget(self._errors[field], 2 * row + 1, 1)
        for offset, widget in enumerate(self._wide):
            self.removeWidget(widget)
            self.addWidget(widget, 2 * len(fields) + offset, 0, 1, 2)

    def align_label_top(self, field: str) -> None:
        """For a tall field (a table, a group of choices): its label beside its first line."""
        self._labels[field].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self._labels[field].setContentsMargins(0, 4, 0, 0)

    def set_label(self, field: str, text: str) -> None:
        self._labels[field].setText(text)
        self._buddies[field].setAccessibleName(plain(text).rstrip(":："))

    def set_visible(self, field: str, visible: bool) -> None:
        self._labels[field].setVisible(visible)
        self._widgets[field].setVisible(visible)
        self._errors[field].setVisible(visible and (self._reserve or bool(self._errors[field].text())))

    def is_shown(self, field: str) -> bool:
        return not self._widgets[field].isHidden()

    def fields(self) -> Iterable[str]:
        return self._widgets.keys()

    def set_errors(self, errors: Mapping[str, str], reveal: Callable[[str], bool] | None = None) -> list[str]:
        """Show each message under its field (only the fields ``reveal`` accepts, when given); return
        the messages that belong to no shown field."""
        left = []
        for field, label in self._errors.items():
            text = errors.get(field, "") if reveal is None or reveal(field) else ""
            if text:
                # Picked when shown, so a switch between light and dark while the app runs is followed.
                in_error_colour(label)
            label.setText(text)
            label.setVisible((bool(text) or self._reserve) and self.is_shown(field))
            self._buddies[field].setProperty("invalid", bool(text))
            self._buddies[field].setAccessibleDescription(text)
        for field, text in errors.items():
            if field not in self._errors or not self.is_shown(field):
                left.append(text)
        return left

    def error(self, field: str) -> str:
        label = self._errors[field]
        return label.text() if not label.isHidden() else ""

    def field_widget(self, field: str) -> QWidget:
        return self._widgets[field]

    def focus_target(self, field: str) -> QWidget:
        return self._buddies[field]


def errors_by_field(error: object, lang: str) -> dict[str, str]:
    """pydantic's ValidationError as {top-level field: message(s)}; nested places are named in front
    ("Item 3 › Due date: …") and several messages for one field are joined line by line."""
    grouped: dict[str, list[str]] = {}
    for problem in field_errors(error, lang):  # type: ignore[arg-type]
        top, _, rest = problem.field.partition(".")
        text = problem.message
        if rest:
            # Translators: a nested field's problem, "Item 3 › Due date: must be a date"; Chinese uses "：".
            text = context_text(lang, "field problem", "{field}: {problem}",  # type: ignore[arg-type]
                                field=field_label(rest, lang), problem=text)  # type: ignore[arg-type]
        grouped.setdefault(top, [])
        if text not in grouped[top]:
            grouped[top].append(text)
    return {field: "\n".join(texts) for field, texts in grouped.items()}
