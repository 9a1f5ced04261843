"""The complaint draft: the harassment check's breaches as a letter to the lender (or, if the lender does not
resolve it, to the financial regulator's hotline), ready to edit, copy or save as a text file.

The controller composes the draft (app/rules/conduct_complaint.py); this dialog chooses whom it is for,
its language and the borrower's name, shows it for editing and keeps the edits from being thrown away
by a change of those choices without asking.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.conduct import conduct_labels
from app.ui.documents.save_folder import file_name, save_folder
from app.ui.shell.i18n import tr
from app.ui.shell.window_geometry import fit_dialog
from app.ui.widgets import labels
from app.ui.widgets.a11y import plain
from app.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from app.ui.shell.controller import Controller


class ComplaintDialog(Retranslating, QDialog):
    def __init__(self, controller: Controller, loan_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintDialog")
        self._controller = controller
        self._loan_id = loan_id
        self._choice = ("", "", "")  # (recipient, language, name) the shown draft was made for

        self.recipient = QComboBox(self)
        self.recipient.setObjectName("complaintRecipient")
        for key in conduct_labels.recipients(hotline=""):
            self.recipient.addItem("", key)
        self.language = QComboBox(self)
        self.language.setObjectName("complaintLanguage")
        for key in ("zh_CN", "en"):
            self.language.addItem(labels.languages()[key], key)
        # A letter to a Chinese bank reads best in Chinese, but the borrower chooses; start with the UI's.
        self.language.setCurrentIndex(self.language.findData(controller.lang))
        self.name = QLineEdit(self)
        self.name.setObjectName("complaintName")
        self.hint = QLabel(self)
        self.hint.setObjectName("complaintHint")
        self.hint.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("complaintText")
        self.status = QLabel(self)
        self.status.setObjectName("complaintStatus")

        self.form = QFormLayout()
        for field in (self.recipient, self.language, self.name):
            label = QLabel(self)
            label.setBuddy(field)
            self.form.addRow(label, field)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyComplaint")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveComplaint")
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self._ask_and_save)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        fit_dialog(self, QSize(860, 680))

        self.recipient.currentIndexChanged.connect(self._choice_changed)
        self.language.currentIndexChanged.connect(self._choice_changed)
        self.name.editingFinished.connect(self._choice_changed)
        self._retranslate()
        self._make_draft()

    # ---- the draft ------------------------------------------------------------------------------

    def draft(self) -> str:
        return self.text.toPlainText()

    def _wanted(self) -> tuple[str, str, str]:
        return (self.recipient.currentData(), self.language.currentData(), self.name.text().strip())

    def _make_draft(self) -> None:
        recipient, lang, name = self._choice = self._wanted()
        self.text.setPlainText(
            self._controller.complaint_draft(self._loan_id, recipient, lang, name)  # type: ignore[arg-type]
        )
        self.text.document().setModified(False)
        self.status.clear()

    def _choice_changed(self) -> None:
        if self._wanted() == self._choice:
            return
        if self.text.document().isModified():
            answer = QMessageBox.question(
                self,
                tr("Replace your edits?"),
                tr("You have edited the draft. Make a new draft for these choices and lose your edits?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self._restore_choice()
                return
        self._make_draft()

    def _restore_choice(self) -> None:
        recipient, lang, name = self._choice
        for combo, value in ((self.recipient, recipient), (self.language, lang)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)
        self.name.setText(name)

    # ---- copy and save --------------------------------------------------------------------------

    def copy(self) -> None:
        QApplication.clipboard().setText(self.draft())
        self.status.setText(tr("Copied. Paste it into an e-mail, a message or a document."))

    def suggested_path(self) -> Path:
        loan = self._controller.loan(self._loan_id)
        stem = file_name(loan.display_name) or "loan"
        name = f"complaint-{stem}-{self._controller.today().isoformat()}.txt"
        # The user's Documents folder, where the letter and the report are offered too.
        return save_folder() / name

    def _ask_and_save(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Save the complaint"), str(self.suggested_path()), tr("Text files (*.txt)")
        )
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, path: Path) -> bool:
        """Write the draft to ``path`` (atomically); tell the user how it went."""
        if not path.suffix:
            path = path.with_suffix(".txt")
        try:
            self._controller.save_text(path, self.draft())
        except OSError as error:
            QMessageBox.warning(
                self,
                tr("Not saved"),
                tr("The complaint could not be saved to {path}: {reason}", path=str(path),
                   reason=error.strerror or str(error)),
            )
            return False
        self.status.setText(tr("Saved to {path}", path=str(path)))
        return True

    # ---- words ----------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setWindowTitle(tr("Complaint about collection conduct"))
        hotline = self._controller.complaint_hotline()
        for index, text in enumerate(conduct_labels.recipients(hotline).values()):
            self.recipient.setItemText(index, text)
        self.form.labelForField(self.recipient).setText(tr("&To:"))
        self.form.labelForField(self.language).setText(tr("&Language:"))
        self.form.labelForField(self.name).setText(tr("Your &name:"))
        for field in (self.recipient, self.language, self.name):
            field.setAccessibleName(plain(self.form.labelForField(field).text()).rstrip(":："))
        self.name.setPlaceholderText(tr("Optional: left empty, the draft keeps a gap for it"))
        self.hint.setText(
            tr(
                "Send it to the lender first and keep a copy. Fill in the parts in brackets, check the "
                "facts against your own record, and check the rules the conduct check marks “source to "
                "be verified” before you rely on them. If the lender does not resolve it, send the "
                "regulator's version."
            )
        )
        self.text.setAccessibleName(tr("Complaint draft"))
        self.copy_button.setText(tr("&Copy"))
        self.save_button.setText(tr("&Save as text…"))
