"""Problems with what the user entered, shown in the palette's error colour."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.ui.shell.style import error_text_colour


def in_error_colour(label: QLabel) -> None:
    """``label`` in the palette's error colour (read when shown: the theme may have changed)."""
    colour = error_text_colour(label.palette()).name()
    label.setStyleSheet(f"QLabel {{ color: {colour}; }}")


class ProblemLabel(QLabel):
    """Why what was entered cannot be used, in the error colour, shown only while there is a problem;
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
        self._about.setProperty("invalid", bool(text))
        self._about.setAccessibleDescription(text)

    def problem(self) -> str:
        """The problem shown now ("" when there is none)."""
        return self.text() if not self.isHidden() else ""
