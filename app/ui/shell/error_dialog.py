"""The dialog that tells the user what went wrong: a readable sentence, never a traceback.

show_error() is the one place where an exception becomes what the user reads. Errors the core raised
on purpose (RepayRadarError) are shown by their own sentence in the user's language; anything else is
"unexpected", with where the details were logged (app.core.faults.record_fault) and a button to open
that folder. app/ui/shell/error_hook.py routes uncaught exceptions here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
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
from app.ui.shell.error_hook import error_text
from app.ui.shell.i18n import current_language, tr


class ErrorDialog(QDialog):
    """A readable message for each error shown, optionally the log's location with a button to open its
    folder. The dialog keeps the errors, not their sentences, so a language switch while it is open
    words them again in the new language."""

    def __init__(
        self, error: BaseException, lang: Lang, *, log_path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self._lang = lang
        self._errors: list[tuple[BaseException, Path | None]] = [(error, log_path)]
        self.log_path = log_path

        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        self.message_label = QLabel(self)
        self.message_label.setObjectName("errorMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setMinimumWidth(420)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        row = QHBoxLayout()
        row.addWidget(icon, 0)
        row.addWidget(self.message_label, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.open_folder: QPushButton | None = None
        if log_path is not None:
            self.open_folder = QPushButton(self)
            self.open_folder.setObjectName("openLogFolder")
            self.open_folder.clicked.connect(self._open_log_folder)
            buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self._retranslate()

    def text(self) -> str:
        return self.message_label.text()

    def add_error(self, error: BaseException, log_path: Path | None = None) -> None:
        """Show ``error`` below the ones already shown, unless it reads the same as one of them."""
        if error_text(error, self._lang, log_path) not in self.text():
            self._errors.append((error, log_path))
            self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(tr("RepayRadar: something went wrong"))
        self.message_label.setAccessibleName(tr("Error message"))
        self.message_label.setText("\n\n".join(error_text(error, self._lang, log) for error, log in self._errors))
        if self.open_folder is not None:
            self.open_folder.setText(tr("Open the log's folder"))
            self.open_folder.setAccessibleName(tr("Open the folder that holds the error log"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._lang = current_language()
            self._retranslate()
        super().changeEvent(event)

    def _open_log_folder(self) -> None:
        assert self.log_path is not None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))


def show_error(
    parent: QWidget | None, error: BaseException, lang: Lang, *, log_path: Path | None = None
) -> ErrorDialog:
    """Show ``error`` in ``lang`` (then in whatever language the UI switches to) without blocking
    (window-modal); returns the dialog (tests read its text). ``log_path`` (where an unexpected error's
    details were logged) is not shown for an error the core raised on purpose."""
    log_path = None if isinstance(error, RepayRadarError) else log_path
    dialog = ErrorDialog(error, lang, log_path=log_path, parent=parent)
    dialog.setModal(True)
    dialog.open()
    return dialog
