"""The one place where an exception becomes something the user reads: never a traceback.

install_exception_hook() replaces sys.excepthook (PySide6 calls it for exceptions escaping slots and
event handlers): the error is logged with app.core.faults.record_fault, and a dialog says what went
wrong in the user's language, that nothing was lost if that is so, and where the details were written.
Errors the core raised on purpose (RepayRadarError) are shown by their own sentence, not as "unexpected".
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
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


def unexpected_text(error: BaseException, log_path: Path | None) -> str:
    detail = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    if log_path is not None:
        return QCoreApplication.translate(
            "ErrorDialog",
            "Something unexpected went wrong ({detail}). What you saved before is safe. "
            "The details were written to {log}; please send that file with a bug report.",
        ).format(detail=detail, log=log_path)
    return QCoreApplication.translate(
        "ErrorDialog",
        "Something unexpected went wrong ({detail}). What you saved before is safe.",
    ).format(detail=detail)


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


class ExceptionHook:
    """sys.excepthook for the GUI: log, then show a readable dialog (at most one at a time)."""

    def __init__(
        self,
        language: Callable[[], Lang],
        data_dir: Callable[[], Path | None],
        parent: Callable[[], QWidget | None] = lambda: None,
    ) -> None:
        self._language = language
        self._data_dir = data_dir
        self._parent = parent
        self._in_hook = False
        self.last_dialog: ErrorDialog | None = None
        self._previous = sys.excepthook

    def __call__(
        self, kind: type[BaseException], error: BaseException, traceback: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        if error.__traceback__ is None and traceback is not None:
            error = error.with_traceback(traceback)
        from app.core.faults import record_fault

        log_path = (
            None if isinstance(error, RepayRadarError) else record_fault(error, data_dir=self._data_dir())
        )
        if QApplication.instance() is None or self._in_hook:
            # No window to show it in, or an error while showing one: one plain line, never a traceback.
            print(unexpected_text(error, log_path), file=sys.stderr)
            return
        self._in_hook = True
        try:
            open_dialog = self.last_dialog
            if open_dialog is not None and open_dialog.isVisible():
                # One dialog collects errors that follow each other (a failing repaint repeats).
                text = (
                    error.text(self._language())
                    if isinstance(error, RepayRadarError)
                    else unexpected_text(error, log_path)
                )
                if text not in open_dialog.text():
                    open_dialog.add_message(text)
                return
            self.last_dialog = show_error(self._parent(), error, self._language(), log_path=log_path)
        except Exception:  # noqa: BLE001 - the dialog itself failed; fall back to one line
            print(unexpected_text(error, log_path), file=sys.stderr)
        finally:
            self._in_hook = False

    def install(self) -> ExceptionHook:
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous
