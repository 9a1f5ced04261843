"""The loan page's documents: "Draft a letter…" (the letter and call-script dialog) and "Save report as
PDF" (the printable assessment, in either language whatever the app's own).

The report's content is worked out and its PDF laid out and written on the data file's worker
(app/ui/shell/database.py); the UI thread only draws the timeline picture (a widget) and shows the
result. It takes about 150 ms for a typical loan, well under the time a busy dialog would need to
appear, so a wait cursor says enough; the button waits with it so a second click cannot race the first.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.core.errors import RepayRadarError
from app.core.i18n import N_, text
from app.ui.documents.save_folder import file_name, suggested_path
from app.ui.shell.i18n import ntr, tr
from app.ui.widgets.a11y import plain
from app.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from app.ui.shell.controller import Controller

_STATUS_MESSAGE_MS = 10_000
# Each language named in itself: the borrower may print for a reader who does not share theirs.
_REPORT_LANGUAGES = {"zh_CN": "中文（简体）", "en": "English"}


class LoanDocuments(Retranslating, QWidget):
    """Two buttons for the loan shown (set_loan). Signals: reportSaved(path, pages, milliseconds)."""

    reportSaved = Signal(str, int, int)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.loan_id: str | None = None
        self.letter_button = QPushButton(self)
        self.texts.bind(self.letter_button.setText, N_("Draft a le&tter…"))
        self.texts.bind(
            self.letter_button.setToolTip,
            N_(
                "A letter asking the lender for instalments or an extension, or a script for calling them"
            ),
        )
        self.letter_button.setObjectName("draftLetter")
        self.letter_button.clicked.connect(self.open_letters)
        self.report_button = QPushButton(self)
        self.texts.bind(self.report_button.setText, N_("Sa&ve report as PDF"))
        self.texts.bind(self.report_button.setToolTip, N_("The assessment of this loan as a printable PDF"))
        self.report_button.setObjectName("saveReport")
        self.report_menu = QMenu(self.report_button)
        self.report_actions: dict[str, QAction] = {}
        for lang in _REPORT_LANGUAGES:
            # Owned by this widget, not the menu: reordering clears the menu, which deletes what it owns.
            action = QAction(self)
            action.setObjectName(f"saveReport_{lang}")
            action.triggered.connect(lambda _checked=False, lang=lang: self.save_report(lang))
            self.report_actions[lang] = action
        self.report_button.setMenu(self.report_menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.letter_button)
        layout.addWidget(self.report_button)
        controller.languageChanged.connect(self._order_languages)
        self._order_languages()
        self._retranslate()

    def set_loan(self, loan_id: str | None) -> None:
        self.loan_id = loan_id

    def open_letters(self) -> None:
        if self.loan_id is None:
            return
        # A page boundary: the letter dialog (and the letter drafting it brings) loads when first opened.
        from app.ui.documents.letter_dialog import LetterDialog

        dialog = LetterDialog(self._controller, self.loan_id, parent=self.window())
        dialog.exec()
        dialog.deleteLater()

    def save_report(self, lang: str) -> None:
        if self.loan_id is None:
            return
        loan = self._controller.loan(self.loan_id)
        path = self.ask_report_path(self._suggested_file_name(loan.display_name, lang))
        if not path:
            return
        # A page boundary: the PDF machinery (and the rule engine behind the report) loads only when a
        # report is asked for, never at start-up.
        from app.ui.documents.report import prepare_report

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.report_button.setEnabled(False)
        started = time.perf_counter()
        try:
            content = self._controller.report_content(self.loan_id, lang)  # type: ignore[arg-type]
            prepared = prepare_report(content)
            job = self._controller.write_report(prepared, Path(path))
        except BaseException as error:  # noqa: BLE001 - shown (or reported) as a failed write is
            self._report_failed(error)
            return
        job.finished.connect(lambda pages: self._report_written(path, pages, started))
        job.failed.connect(self._report_failed)

    def _report_done(self) -> None:
        QGuiApplication.restoreOverrideCursor()
        self.report_button.setEnabled(True)

    def _report_failed(self, error: BaseException) -> None:
        self._report_done()
        if not isinstance(error, RepayRadarError):
            raise error  # a defect: the application's error hook reports it
        # The file could not be written (ExportFailed says why).
        QMessageBox.warning(self, tr("Report not saved"), error.text(self._controller.lang))

    def _report_written(self, path: str, pages: int, started: float) -> None:
        self._report_done()
        elapsed = round((time.perf_counter() - started) * 1000)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                ntr("Report saved to {path} ({n} page).", "Report saved to {path} ({n} pages).", pages, path=path),
                _STATUS_MESSAGE_MS,
            )
        self.reportSaved.emit(path, pages, elapsed)

    def ask_report_path(self, suggested: str) -> str:
        """Where to save the PDF (empty if the user cancelled); tests replace this with a fixed answer."""
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save report as PDF"), suggested_path(suggested), tr("PDF (*.pdf)")
        )
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path

    def _suggested_file_name(self, loan_name: str, lang: str) -> str:
        today = self._controller.today().isoformat()
        # In the report's language, which may not be the screen's.
        # Translators: a suggested file name; {loan} is the loan's name, {date} today's date.
        name = text(lang, "{loan} report {date}", loan=loan_name, date=today)  # type: ignore[arg-type]
        return file_name(name, ".pdf")

    def _order_languages(self) -> None:
        # The app's own language first: the report most people want is one click away.
        self.report_menu.clear()
        current = self._controller.lang
        for lang in sorted(self.report_actions, key=lambda lang: lang != current):
            self.report_menu.addAction(self.report_actions[lang])

    def _retranslate(self) -> None:
        for lang, action in self.report_actions.items():
            action.setText(tr("Report in {language}…", language=_REPORT_LANGUAGES[lang]))
        for button in (self.letter_button, self.report_button):
            button.setAccessibleName(plain(button.text()))
