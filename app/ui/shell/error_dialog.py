"""The dialog that tells the user what went wrong: a readable sentence, never a traceback.

show_error() is the one place where an exception becomes what the user reads. Errors the core raised
on purpose (RepayRadarError) are shown by their own sentence in the user's language; anything else is
"unexpected", with where the details were logged (app.core.faults.record_fault) and a button to open
that folder. app/ui/shell/error_hook.py routes uncaught exceptions here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import RepayRadarError
from app.core.i18n import Lang
from app.ui.shell.error_hook import unexpected_text


class ErrorDialog(QDialog):
    """A readable message, optionally the log's location with a button to open its folder."""

    def __init__(self, message: str, *, log_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("RepayRadar: something went wrong"))
        self.log_path = log_path

        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        self.message_label = QLabel(message, self)
        self.message_label.setObjectName("errorMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setMinimumWidth(420)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setAccessibleName(self.tr("Error message"))

        row = QHBoxLayout()
        row.addWidget(icon, 0)
        row.addWidget(self.message_label, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        if log_path is not None:
            open_folder = QPushButton(self.tr("Open the log's folder"), self)
            open_folder.setObjectName("openLogFolder")
            open_folder.setAccessibleName(self.tr("Open the folder that holds the error log"))
            open_folder.clicked.connect(self._open_log_folder)
            buttons.addButton(open_folder, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.message_label.text()

    def add_message(self, message: str) -> None:
        self.message_label.setText(f"{self.message_label.text()}\n\n{message}")

    def _open_log_folder(self) -> None:
        assert self.log_path is not None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))


def show_error(
    parent: QWidget | None, error: BaseException, lang: Lang, *, log_path: Path | None = None
) -> ErrorDialog:
    """Show ``error`` without blocking (window-modal); returns the dialog (tests read its text)."""
    if isinstance(error, RepayRadarError):
        text = error.text(lang)
    else:
        text = unexpected_text(error, log_path)
    dialog = ErrorDialog(
        text, log_path=log_path if not isinstance(error, RepayRadarError) else None, parent=parent
    )
    dialog.setModal(True)
    dialog.open()
    return dialog
