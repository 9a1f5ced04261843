"""What the loans dialogs share: Save and Cancel below the form, and problems shown in the error colour."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from app.ui.shell.style import error_text_colour

_SAVE = QDialogButtonBox.StandardButton.Save
_CANCEL = QDialogButtonBox.StandardButton.Cancel


def save_cancel_buttons(
    dialog: QDialog, save_name: str, on_save: Callable[[], None]
) -> tuple[QDialogButtonBox, QPushButton]:
    """Save (named ``save_name``, calling ``on_save``, which accepts when what was entered is valid) and
    Cancel (rejecting) for ``dialog``; the box and its Save button."""
    buttons = QDialogButtonBox(_SAVE | _CANCEL, dialog)
    save = buttons.button(_SAVE)
    save.setObjectName(save_name)
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons, save


def in_error_colour(label: QLabel) -> None:
    """``label`` in the palette's error colour (read when shown: the theme may have changed)."""
    colour = error_text_colour(label.palette()).name()
    label.setStyleSheet(f"QLabel {{ color: {colour}; }}")


class ProblemLabel(QLabel):
    """Why what was entered cannot be saved, in the error colour, shown only while there is a problem;
    the field it is about carries it as its accessible description, so a screen reader says it there."""

    def __init__(self, name: str, about: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.hide()
        self._about = about

    def show_problem(self, text: str) -> None:
        in_error_colour(self)
        self.setText(text)
        self.setVisible(bool(text))
        self._about.setAccessibleDescription(text)
