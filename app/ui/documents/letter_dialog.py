"""Draft a letter to the lender (a 个性化分期 / 展期 request) or a script for calling them.

The choices sit on the left, the draft on the right; every change of a choice drafts again at once
(app/core/letters.py does the drafting: this dialog only collects choices and shows the result). The
draft is the borrower's to edit. Once they have, a changed choice first asks before replacing their
edits; if they keep them, the choices stop rewriting the text until they ask for a new draft.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pydantic import ValidationError

from app.core.exchange import ExportFailed
from app.core.i18n import N_
from app.core.letters import (
    LetterChoices,
    LetterDraft,
    LetterFacts,
    PlanProblem,
    asks_more_than_contract,
    default_plan,
    default_plan_start,
    draft,
)
from app.ui.documents.save_folder import file_name, suggested_path
from app.ui.shell.i18n import tr
from app.ui.shell.window_geometry import ScrollingPart, fit_dialog
from app.ui.widgets import formatting
from app.ui.widgets.form_fields import FieldGrid, errors_by_field
from app.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from app.ui.shell.controller import Controller

_DOCUMENTS = ("negotiation_letter", "call_script")
_PLAN_KINDS = ("instalments", "extension", "reduced")
# Each language named in itself, so the borrower finds theirs whatever language the app speaks.
_LETTER_LANGUAGES = (("zh_CN", "中文（简体）"), ("en", "English"))


class LetterDialog(Retranslating, QDialog):
    """Letters and call scripts for one loan. ``draft_text()`` is what the preview holds now."""

    def __init__(self, controller: Controller, loan_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterDialog")
        self._controller = controller
        self._facts: LetterFacts = controller.letter_facts(loan_id)
        self._generated = ""  # the last draft put in the preview; anything else there is the user's edit
        self._kept_edits = False  # the user chose to keep their edits: choices no longer rewrite the text
        self._last_draft: LetterDraft | None = None
        self._valid = False

        self.document = QComboBox(self)
        for key in _DOCUMENTS:
            self.document.addItem("", key)
        self.lang = QComboBox(self)
        for key, name in _LETTER_LANGUAGES:
            self.lang.addItem(name, key)
        self.lang.setCurrentIndex(self.lang.findData(controller.lang))
        self.borrower_name = QLineEdit(self)
        self.borrower_phone = QLineEdit(self)
        self.account_ref = QLineEdit(self)
        card = str(self._facts.kind) == "credit_card"
        self.texts.bind(
            self.account_ref.setPlaceholderText, N_("e.g. 1234") if card else N_("as printed on the contract")
        )
        self.hardship = QPlainTextEdit(self)
        self.hardship.setTabChangesFocus(True)
        self.texts.bind(
            self.hardship.setPlaceholderText, N_("What made paying impossible, since when, and what you can pay now.")
        )
        self.hardship.setFixedHeight(self.fontMetrics().lineSpacing() * 6)
        self.plan_kind = QComboBox(self)
        for key in _PLAN_KINDS:
            self.plan_kind.addItem("", key)
        self.months = QSpinBox(self)
        self.months.setRange(1, 60)
        self.months.setValue(12)
        self.monthly_amount = QLineEdit(self)
        self.monthly_amount.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.start = QDateEdit(self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        first = default_plan_start(self._facts)
        self.start.setDate(QDate(first.year, first.month, first.day))
        # Less a month than the contract, over the remaining term or longer: the relief a letter asks for.
        kind, months = default_plan(self._facts)
        self.plan_kind.setCurrentIndex(self.plan_kind.findData(kind.value))
        self.months.setValue(months)

        self.grid = FieldGrid()
        for field, widget in (
            ("document", self.document),
            ("lang", self.lang),
            ("borrower_name", self.borrower_name),
            ("borrower_phone", self.borrower_phone),
            ("account_ref", self.account_ref),
            ("hardship", self.hardship),
            ("plan_kind", self.plan_kind),
            ("months", self.months),
            ("monthly_amount", self.monthly_amount),
            ("start", self.start),
        ):
            self.grid.add(field, widget, parent=self)
        self.owed = QLabel(self)
        self.owed.setObjectName("owedNow")
        self.owed.setWordWrap(True)
        self.plan_summary = QLabel(self)
        self.plan_summary.setObjectName("planSummary")
        self.plan_summary.setWordWrap(True)
        self.plan_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = QLabel(self)  # a problem that belongs to no single field (nothing owed)
        self.problem.setObjectName("letterProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(self.grid)
        left_layout.addWidget(self.owed)
        left_layout.addWidget(self.plan_summary)
        left_layout.addWidget(self.problem)
        left_layout.addStretch(1)

        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("letterPreview")
        self.preview.textChanged.connect(self._preview_edited)
        self.kept_banner = QFrame(self)
        self.kept_banner.setObjectName("keptEditsBanner")
        self.kept_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.kept_note = QLabel(self.kept_banner)
        self.kept_note.setWordWrap(True)
        self.texts.bind(
            self.kept_note.setText, N_("Your edits are kept. Changing a choice no longer rewrites the text.")
        )
        self.redraft_button = QPushButton(self.kept_banner)
        self.texts.bind(self.redraft_button.setText, N_("&Redraft from my choices"))
        self.redraft_button.setObjectName("redraft")
        self.redraft_button.clicked.connect(self.redraft)
        banner_layout = QHBoxLayout(self.kept_banner)
        banner_layout.addWidget(self.kept_note, 1)
        banner_layout.addWidget(self.redraft_button)
        self.kept_banner.hide()
        self.preview_title = QLabel(self)
        self.texts.bind(self.preview_title.setText, N_("The draft (yours to edit):"))
        self.edited_hint = QLabel(self)
        self.edited_hint.setObjectName("previewHint")
        self.edited_hint.setWordWrap(True)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.preview_title)
        right_layout.addWidget(self.kept_banner)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.edited_hint)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        # The choices scroll on a screen too short for them all (1024x768, or 1920x1080 at 150%).
        splitter.addWidget(ScrollingPart(left, self))
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyLetter")
        self.texts.bind(self.copy_button.setText, N_("C&opy"))
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveLetter")
        self.texts.bind(self.save_button.setText, N_("&Save as text…"))
        self.save_button.clicked.connect(self.save_as_text)
        self.status = QLabel(self)
        self.status.setObjectName("letterStatus")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        fit_dialog(self, QSize(1180, 720))

        self._retranslate()
        for signal in (
            self.document.currentIndexChanged,
            self.lang.currentIndexChanged,
            self.borrower_name.textChanged,
            self.borrower_phone.textChanged,
            self.account_ref.textChanged,
            self.hardship.textChanged,
            self.plan_kind.currentIndexChanged,
            self.months.valueChanged,
            self.monthly_amount.textChanged,
            self.start.dateChanged,
        ):
            signal.connect(self._choices_changed)
        self._choices_changed()

    # ---- public -----------------------------------------------------------------------------------

    def draft_text(self) -> str:
        return self.preview.toPlainText()

    def has_user_edits(self) -> bool:
        return self.preview.toPlainText() != self._generated

    def redraft(self) -> None:
        """Draft again from the choices, asking first if that would replace the user's edits."""
        self._kept_edits = False
        self._choices_changed()

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.draft_text())
        self.status.setText(tr("Copied. Paste it into an e-mail, a message or a document."))

    def save_as_text(self) -> None:
        path = self.ask_save_path(self._suggested_file_name())
        if not path:
            return
        try:
            self._controller.save_text(Path(path), self.draft_text())
        except OSError as error:
            problem = ExportFailed(Path(path), error)  # "Cannot write …: …. Nothing was written."
            QMessageBox.warning(self, tr("Draft not saved"), problem.text(self._controller.lang))
            return
        self.status.setText(tr("Saved to {path}", path=path))

    def ask_save_path(self, suggested: str) -> str:
        """Where to save (empty if the user cancelled); tests replace this with a fixed answer."""
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save the draft"), suggested_path(suggested), tr("Text (*.txt)")
        )
        return path

    # ---- drafting ---------------------------------------------------------------------------------

    def _choices(self) -> dict[str, Any]:
        value = self.start.date()
        data: dict[str, Any] = {
            "document": self.document.currentData(),
            "lang": self.lang.currentData(),
            "borrower_name": self.borrower_name.text(),
            "borrower_phone": self.borrower_phone.text(),
            "account_ref": self.account_ref.text(),
            "hardship": self.hardship.toPlainText(),
            "plan_kind": self.plan_kind.currentData(),
            "months": self.months.value(),
            "start": date(value.year(), value.month(), value.day()),
        }
        amount = self.monthly_amount.text().strip().replace(",", "").replace("，", "")
        if amount and self.plan_kind.currentData() == "reduced":
            data["monthly_amount"] = amount
        return data

    def _choices_changed(self) -> None:
        self._update_plan_fields()
        lang = self._controller.lang
        try:
            choices = LetterChoices.model_validate(self._choices())
            result = draft(self._facts, choices)
        except ValidationError as error:
            self._show_problems(errors_by_field(error, lang))
            return
        except PlanProblem as problem:
            self._show_problems({problem.field or "": problem.text(lang)})
            return
        self._show_problems({})
        self._last_draft = result
        self._describe_plan()
        edited = self.has_user_edits() and bool(self._generated)
        if edited and (self._kept_edits or not self._confirm_replacing_edits()):
            self._keep_edits()
            return
        self._set_draft(result.text)

    def _set_draft(self, text: str) -> None:
        self._kept_edits = False
        self.kept_banner.hide()
        self._generated = text
        self.preview.setPlainText(text)
        self.status.clear()
        self._update_hint()
        self._update_buttons()

    def _keep_edits(self) -> None:
        self._kept_edits = True
        self.kept_banner.show()
        self._update_hint()

    def _confirm_replacing_edits(self) -> bool:
        answer = QMessageBox.question(
            self,
            tr("Replace your edits?"),
            tr(
                "You have edited the draft. Draft it again from your choices and lose those edits? "
                "Choose No to keep your text as it is."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_problems(self, problems: dict[str, str]) -> None:
        elsewhere = self.grid.set_errors(problems)
        general = "\n".join(elsewhere)
        self.problem.setText(general)
        self.problem.setVisible(bool(general))
        self._valid = not problems
        if not self._valid:
            self.plan_summary.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        # While a choice is wrong the preview no longer matches the choices, unless the text is the user's own.
        usable = bool(self.draft_text()) and (self._valid or self.has_user_edits())
        self.copy_button.setEnabled(usable)
        self.save_button.setEnabled(usable)

    def _preview_edited(self) -> None:
        self._update_hint()
        self._update_buttons()

    def _update_hint(self) -> None:
        if self._kept_edits:
            self.edited_hint.setText("")
        elif self.has_user_edits():
            self.edited_hint.setText(tr("You have edited the draft; changing a choice asks before redrafting."))
        else:
            self.edited_hint.setText(tr("Edit the text freely before you copy or save it."))

    def _update_plan_fields(self) -> None:
        kind = self.plan_kind.currentData()
        self.grid.set_visible("months", kind != "reduced")
        self.grid.set_visible("monthly_amount", kind == "reduced")
        self._label_plan_fields()

    def _describe_plan(self) -> None:
        result = self._last_draft
        if result is None:
            return
        plan = result.plan
        display = self._controller.settings().currency_display

        def money(amount: Any) -> str:
            return formatting.money(amount, self._facts.currency, display)

        summary = tr(
            "The plan: {count} × {amount} from {first} to {last}; {total} in all.",
            count=plan.count,
            amount=money(plan.regular_amount),
            first=formatting.day(plan.first_date),
            last=formatting.day(plan.last_date),
            total=money(plan.total),
        )
        if asks_more_than_contract(self._facts, plan) and self._facts.current_payment is not None:
            more = tr(
                "This asks more a month than your contract's {contract}: a lender agrees to a plan that "
                "lowers the monthly payment. Choose more payments or a longer term.",
                contract=money(self._facts.current_payment),
            )
            summary = f"{summary}\n{more}"
        self.plan_summary.setText(summary)

    def _suggested_file_name(self) -> str:
        if self.document.currentData() == "negotiation_letter":
            # Translators: a suggested file name; {loan} is the loan's name, {date} today's date.
            name = tr("{loan} letter {date}", loan=self._facts.loan_name, date=self._facts.as_of.isoformat())
        else:
            name = tr("{loan} call script {date}", loan=self._facts.loan_name, date=self._facts.as_of.isoformat())
        return file_name(name, ".txt")

    # ---- words ------------------------------------------------------------------------------------

    def _label_plan_fields(self) -> None:
        kind = self.plan_kind.currentData()
        months = tr("Extend by (mon&ths):") if kind == "extension" else tr("Number of pa&yments:")
        self.grid.set_label("months", months)

    def _retranslate(self) -> None:
        self.setWindowTitle(tr("Letters to {lender}", lender=self._facts.lender))
        self.document.setItemText(0, tr("Letter asking for a repayment plan"))
        self.document.setItemText(1, tr("Script for calling the lender"))
        self.plan_kind.setItemText(0, tr("Instalments over a number of months"))
        self.plan_kind.setItemText(1, tr("Extension of the repayment term"))
        self.plan_kind.setItemText(2, tr("A smaller payment each month"))
        self.grid.set_label("document", tr("&Draft:"))
        self.grid.set_label("lang", tr("&Language of the draft:"))
        self.grid.set_label("borrower_name", tr("Your &name:"))
        self.grid.set_label("borrower_phone", tr("Your &phone:"))
        card = str(self._facts.kind) == "credit_card"
        self.grid.set_label(
            "account_ref", tr("&Card's last digits:") if card else tr("&Contract number:")
        )
        self.grid.set_label("hardship", tr("What &happened:"))
        self.grid.set_label("plan_kind", tr("Pl&an:"))
        self.grid.set_label("monthly_amount", tr("&Each month ({currency}):", currency=self._facts.currency))
        self.grid.set_label("start", tr("&First payment on:"))
        self._label_plan_fields()
        display = self._controller.settings().currency_display
        self.owed.setText(
            tr(
                "You owe {amount} today: what is already due, and the principal not yet due.",
                amount=formatting.money(self._facts.owed_now, self._facts.currency, display),
            )
        )
        self._describe_plan()
        self._update_hint()
