"""The contact log and the assessment tab: what the borrower logs and answers reaches the estimate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QMessageBox
from shell_support import answer_message_box, when_modal

from app.ui.conduct.contact_log import ContactDialog
from app.ui.loans.loan_detail import ASSESSMENT_TAB, CONTACTS_TAB


def test_logging_a_broken_promise_shows_in_the_log_and_beside_the_questionnaire(qtbot, window, controller):
    window.load_sample()
    window.open_loan("sample-card", tab=CONTACTS_TAB)
    before = window.loan_page.contacts_model.rowCount()

    def log_call(dialog: ContactDialog) -> None:
        dialog.channel.setCurrentIndex(dialog.channel.findData("call"))
        dialog.counterparty.setCurrentIndex(dialog.counterparty.findData("collector"))
        dialog.who.setText("Mr Zhao, agency")
        dialog.summary.setPlainText("Asked me to pay by Friday; I said I could pay 500.")
        dialog.promised.setChecked(True)
        dialog.promised_amount.setText("5OO")  # letters O, not zeros
        seen["bad amount blocks save"] = not dialog.save_button.isEnabled()
        seen["message"] = dialog.grid.error("promised_amount")
        dialog.promised_amount.setText("500")
        dialog.promise_kept.setCurrentIndex(dialog.promise_kept.findData("broken"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    seen: dict[str, object] = {}
    ran = when_modal(ContactDialog, log_call)
    window.loan_page.contact_button.click()

    assert ran == ["done"]
    assert seen == {"bad amount blocks save": True, "message": "must be a number, such as 1234.56"}
    model = window.loan_page.contacts_model
    assert model.rowCount() == before + 1
    newest = [model.index(0, column).data() for column in range(model.columnCount())]
    assert newest[1:5] == ["Phone call", "They contacted me", "Collection agency", "Mr Zhao, agency"]
    assert newest[5].endswith("(Broken)") and "¥500.00" in newest[5]

    window.loan_page.tabs.setCurrentIndex(ASSESSMENT_TAB)
    tab = window.loan_page.assessment_tab
    assert tab.form.hint("broken_promises") == "Your log: 1 broken promise"


def test_an_answer_changed_in_the_questionnaire_is_saved_and_moves_the_estimate(qtbot, window, controller):
    window.load_sample()
    window.open_loan("sample-card", tab=ASSESSMENT_TAB)
    tab = window.loan_page.assessment_tab
    score_before = tab.view.assessment().risk.score
    evading = tab.form.findChild(QCheckBox, "evading")
    assert not evading.isChecked()

    evading.click()

    assert controller.loan("sample-card").behaviour.evading is True
    assert tab.view.assessment().risk.score > score_before
    assert tab.form.findChild(QCheckBox, "evading").isChecked()


def test_a_logged_contact_can_be_corrected_and_deleted(qtbot, window, controller):
    window.load_sample()
    window.open_loan("sample-online", tab=CONTACTS_TAB)
    model = window.loan_page.contacts_model
    before = model.rowCount()
    table = window.loan_page.contacts_table
    table.setFocus()
    table.selectRow(0)

    def correct(dialog: ContactDialog) -> None:
        assert dialog.windowTitle() == "Edit contact"
        dialog.who.setText("Ms Sun, agency")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    ran = when_modal(ContactDialog, correct)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter edits the selected entry
    assert ran == ["done"]
    assert model.index(0, 4).data() == "Ms Sun, agency"
    assert model.rowCount() == before

    window.activateWindow()  # as after any dialog: the window and the table have the focus again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    table.setFocus()
    table.selectRow(0)
    asked = answer_message_box(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert asked and "Delete the contact" in asked[0]
    assert model.rowCount() == before - 1
    assert "Ms Sun, agency" not in [model.index(row, 4).data() for row in range(model.rowCount())]
