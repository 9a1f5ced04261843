"""sys.excepthook for the GUI: nothing uncaught reaches the user as a traceback.

PySide6 calls sys.excepthook for exceptions escaping slots and event handlers. The hook logs the error
(app.core.faults.record_fault) and shows it with app/ui/shell/error_dialog.py in the user's language; several
errors in a row go into the one dialog already open. This module is imported at start-up, before the
first paint, so it loads the dialog (and its widgets) only when an error actually happens.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.core.errors import RepayRadarError
from app.core.faults import record_fault
from app.core.i18n import Lang
from app.ui.shell.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.ui.shell.error_dialog import ErrorDialog


def unexpected_text(error: BaseException, log_path: Path | None) -> str:
    detail = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    if log_path is not None:
        return tr("Something unexpected went wrong ({detail}). What you saved before is safe. "
                  "The details were written to {log}; please send that file with a bug report.",
                  detail=detail, log=log_path)
    return tr("Something unexpected went wrong ({detail}). What you saved before is safe.", detail=detail)


def error_text(error: BaseException, lang: Lang, log_path: Path | None) -> str:
    """What the user reads for ``error``: the core's own sentence for a RepayRadarError, otherwise the
    "unexpected" one (with where its details were logged)."""
    return error.text(lang) if isinstance(error, RepayRadarError) else unexpected_text(error, log_path)


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
        log_path = (
            None if isinstance(error, RepayRadarError) else record_fault(error, data_dir=self._data_dir())
        )
        if QCoreApplication.instance() is None or self._in_hook:
            # No window to show it in, or an error while showing one: one plain line, never a traceback.
            print(unexpected_text(error, log_path), file=sys.stderr)
            return
        self._in_hook = True
        try:
            open_dialog = self.last_dialog
            if open_dialog is not None and open_dialog.isVisible():
                # One dialog collects errors that follow each other (a failing repaint repeats).
                open_dialog.add_error(error, log_path)
                return
            # The dialog is loaded when the first error comes (error_dialog.py imports this module).
            from app.ui.shell.error_dialog import show_error

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
