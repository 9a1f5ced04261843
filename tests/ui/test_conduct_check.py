"""The harassment check in the loan page's contact log: a 23:30 call logged through the dialog is flagged
with its rule in the log and in the conduct check, the dialog asks only what the rules can use, and the
complaint drafted from the breaches names the entry and the rule; in English and in Chinese."""

from __future__ import annotations

import os
import stat
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QMessageBox
from shell_support import TODAY, when_modal

from app.core.models import ContactEvent
from app.ui.conduct.conduct_complaint_dialog import ComplaintDialog
from app.ui.conduct.contact_log import ContactDialog
from app.ui.loans.loan_detail import CONTACTS_TAB

SHANGHAI = timezone(timedelta(hours=8))


@pytest.fixture(autouse=True)
def in_shanghai():
    """The machine's zone is Shanghai's: the log is entered and shown in local time, and the sample set's
    contacts are daytime calls there."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def _log_call(window, hour: int, minute: int, **choices) -> None:
    """Log an incoming call from the collection agency through the dialog, on 2026-06-12 at hour:minute."""

    def fill(dialog: ContactDialog) -> None:
        dialog.at.setDateTime(QDateTime(QDate(2026, 6, 12), QTime(hour, minute)))
        dialog.channel.setCurrentIndex(dialog.channel.findData("call"))
        dialog.counterparty.setCurrentIndex(dialog.counterparty.findData("collector"))
        dialog.who.setText(choices.get("who", "Mr Li"))
        for key in choices.get("flags", ()):
            dialog.conduct_flags[key].setChecked(True)
        assert dialog.save_button.isEnabled()
        dialog.save_button.click()

    ran = when_modal(ContactDialog, fill)
    window.loan_page.contact_button.click()
    assert ran == ["done"]


def _row_of_time(model, when: str) -> int:
    return next(row for row in range(model.rowCount()) if model.index(row, 0).data() == when)


def _add(controller, hour: int, minute: int = 0, day: int = 12, **fields) -> ContactEvent:
    event = ContactEvent(
        loan_id="sample-card",
        at=datetime(2026, 6, day, hour, minute, tzinfo=SHANGHAI),
        channel="call",
        direction="incoming",
        counterparty="collector",
        **fields,
    )
    controller.add_contact(event)
    return event


def test_a_2330_call_logged_through_the_dialog_is_flagged_with_its_rule(qtbot, window, controller):
    window.load_sample()
    window.open_loan("sample-card", tab=CONTACTS_TAB)
    page = window.loan_page
    assert page.conduct_panel.model.rowCount() == 0
    assert not page.conduct_panel.draft_button.isEnabled()
    assert "No logged contact breaks the collection rules" in page.conduct_panel.status.text()

    _log_call(window, 23, 30, who="Mr Li, night caller")
    _log_call(window, 21, 30, who="Mr Li, evening caller")

    model = page.contacts_model
    late, evening = _row_of_time(model, "2026-06-12 23:30"), _row_of_time(model, "2026-06-12 21:30")
    tooltip = model.index(late, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert "Contact at night (22:00–08:00)" in tooltip and "China Banking Association, Guideline on Collecting Personal Consumer Loans" in tooltip
    assert model.index(late, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(late, 0).data(Qt.ItemDataRole.AccessibleTextRole).endswith("breaks a collection rule")
    assert model.index(evening, 0).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(evening, 4).data(Qt.ItemDataRole.ToolTipRole) is None
    assert "Contact at night" in model.index(late, 6).data(Qt.ItemDataRole.ToolTipRole)

    panel = page.conduct_panel
    assert panel.model.rowCount() == 1
    row = [panel.model.index(0, column).data() for column in range(panel.model.columnCount())]
    assert row[:2] == ["2026-06-12 23:30", "Contact at night (22:00–08:00)"]
    assert "Mr Li, night caller" in row[2]
    assert row[3].startswith("China Banking Association, Guideline on Collecting Personal Consumer Loans")
    assert "no collection may take place between 22:00 and 08:00" in panel.details.text()
    assert "source to be verified" not in panel.details.text()  # issue 15: no internal notes for users
    assert panel.draft_button.isEnabled()

    # Clicking the breach shows its entry in the log.
    page.contacts_table.setCurrentIndex(model.index(evening, 0))
    cell = panel.table.visualRect(panel.model.index(0, 1)).center()
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert page.contacts_table.currentIndex().row() == late


def test_the_dialog_asks_only_what_the_collection_rules_can_use(qtbot, window, controller):
    window.load_sample()
    dialog = ContactDialog(controller, controller.loan("sample-card"))
    qtbot.addWidget(dialog)
    dialog.direction.setCurrentIndex(dialog.direction.findData("incoming"))
    dialog.channel.setCurrentIndex(dialog.channel.findData("call"))
    dialog.counterparty.setCurrentIndex(dialog.counterparty.findData("collector"))
    shown = lambda: {
        field for field in ("contacted", "answered", "attempts", "announced") if dialog.grid.is_shown(field)
    }  # noqa: E731
    flags = lambda: {key for key, box in dialog.conduct_flags.items() if not box.isHidden()}  # noqa: E731
    assert shown() == {"contacted", "answered", "attempts"}
    assert {"threats", "insults", "impersonating_authorities"} <= flags()
    assert "disclosed_debt" not in flags() and "no_identification" not in flags()

    dialog.contacted.setCurrentIndex(dialog.contacted.findData("employer"))
    assert {"disclosed_debt", "pressing_third_party"} <= flags()

    dialog.channel.setCurrentIndex(dialog.channel.findData("visit"))
    assert shown() == {"contacted", "announced"} and "no_identification" in flags()

    # Seven missed calls in one entry, with a threat.
    dialog.channel.setCurrentIndex(dialog.channel.findData("call"))
    dialog.contacted.setCurrentIndex(dialog.contacted.findData("borrower"))
    dialog.answered.setCurrentIndex(dialog.answered.findData("missed"))
    dialog.attempts.setValue(7)
    dialog.conduct_flags["threats"].setChecked(True)
    event = dialog.result_event
    assert (event.answered, event.attempts, [str(flag) for flag in event.conduct]) == (False, 7, ["threats"])

    # The borrower's own call: no conduct questions, and nothing ticked earlier is kept.
    dialog.direction.setCurrentIndex(dialog.direction.findData("outgoing"))
    assert shown() == set() and dialog.conduct_box.isHidden()
    event = dialog.result_event
    assert (event.conduct, event.answered, event.attempts, str(event.contacted)) == ([], None, 1, "borrower")


def test_editing_an_entry_keeps_its_conduct_answers(qtbot, window, controller):
    window.load_sample()
    logged = _add(controller, 10, contacted="family", conduct=["disclosed_debt", "insults"], answered=True)
    dialog = ContactDialog(controller, controller.loan("sample-card"), logged)
    qtbot.addWidget(dialog)
    assert dialog.contacted.currentData() == "family" and dialog.answered.currentData() == "answered"
    assert dialog.conduct_flags["disclosed_debt"].isChecked() and dialog.conduct_flags["insults"].isChecked()
    assert dialog.result_event == logged


def test_the_complaint_draft_names_the_entry_and_the_rule_and_saves_as_text(
    qtbot, window, controller, tmp_path
):
    window.load_sample()
    _add(controller, 23, 30, who="Mr Li", summary="Pay by Friday or we visit your office.", answered=True)
    window.open_loan("sample-card", tab=CONTACTS_TAB)
    model = window.loan_page.contacts_model
    said = model.index(_row_of_time(model, "2026-06-12 23:30"), 6).data(Qt.ItemDataRole.ToolTipRole)
    assert said.startswith("Pay by Friday or we visit your office.\n\nBreaks a collection rule:")
    seen: dict[str, object] = {}

    def use(dialog: ComplaintDialog) -> None:
        seen["lender"] = dialog.draft()
        dialog.recipient.setCurrentIndex(dialog.recipient.findData("regulator"))
        seen["regulator"] = dialog.draft()
        seen["recipient label"] = dialog.recipient.currentText()
        dialog.copy_button.click()
        seen["clipboard"] = QApplication.clipboard().text()
        dialog.text.appendPlainText("Signed in person.")
        # Changing the letter's language would throw the edit away: the user is asked, and says no.
        asked = when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.No).click())
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
        seen["asked"] = asked
        seen["kept"] = dialog.draft().endswith("Signed in person.") and dialog.language.currentData() == "en"
        target = tmp_path / "complaint"
        seen["saved"] = dialog.save_to(target)
        seen["file"] = (tmp_path / "complaint.txt").read_text(encoding="utf-8")
        seen["mode"] = stat.S_IMODE((tmp_path / "complaint.txt").stat().st_mode)
        seen["status"] = dialog.status.text()
        seen["draft"] = dialog.draft()
        dialog.reject()

    ran = when_modal(ComplaintDialog, use)
    window.loan_page.conduct_panel.draft_button.click()
    assert ran == ["done"]
    lender = seen["lender"]
    assert "1. 2026-06-12 23:30: phone call from the collection agency (Mr Li), to me." in lender
    assert "What happened: Pay by Friday or we visit your office." in lender
    assert "This breaks: Contact at night (22:00–08:00) [1]." in lender
    assert "[1] China Banking Association, Guideline on Collecting Personal Consumer Loans" in lender
    assert f"Date: {TODAY.date().isoformat()}" in lender
    assert seen["regulator"].startswith("To: National Financial Regulatory Administration")
    assert "12378" in seen["recipient label"]
    assert seen["clipboard"] == seen["regulator"]
    assert seen["asked"] == ["done"] and seen["kept"] is True
    assert seen["saved"] is True and seen["file"] == seen["draft"] and seen["mode"] == 0o600
    assert seen["status"].startswith("Saved to") and "complaint.txt" in seen["status"]


def test_a_complaint_that_cannot_be_saved_says_so_and_writes_nothing(qtbot, window, controller, tmp_path):
    window.load_sample()
    _add(controller, 23, 30)
    dialog = ComplaintDialog(controller, "sample-card")
    qtbot.addWidget(dialog)
    texts: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        texts.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    ran = when_modal(QMessageBox, read_and_close)
    target = tmp_path / "missing-folder" / "complaint.txt"
    assert dialog.save_to(target) is False
    assert ran == ["done"] and str(target) in texts[0]
    assert not target.parent.exists()


def test_the_conduct_check_and_the_draft_follow_the_language(qtbot, window, controller):
    window.load_sample()
    _add(controller, 23, 30, contacted="borrower")
    _add(controller, 10, 5, day=13, contacted="employer", conduct=["disclosed_debt"])
    window.open_loan("sample-card", tab=CONTACTS_TAB)
    controller.set_language("zh_CN")
    QApplication.processEvents()
    page = window.loan_page
    panel = page.conduct_panel
    assert panel.title.text() == "催收行为检查"
    titles = [panel.model.index(row, 1).data() for row in range(panel.model.rowCount())]
    assert titles == ["夜间催收（22:00至次日08:00）", "向第三人透露欠款"]
    assert panel.model.headerData(1, Qt.Orientation.Horizontal) == "违反的规定"
    assert panel.draft_button.text() == "起草投诉信(&C)…"
    model = page.contacts_model
    row = _row_of_time(model, "2026-06-13 10:05")
    assert model.index(row, 3).data() == "催收机构 → 我的单位或同事"
    assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("违反催收规定：")

    dialog = ComplaintDialog(controller, "sample-card")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "催收行为投诉" and dialog.language.currentData() == "zh_CN"
    assert dialog.draft().startswith(
        "致：China Merchants Bank 客户投诉部门"
    )  # the sample set was loaded in English
    assert "违反：夜间催收（22:00至次日08:00）[1]。" in dialog.draft()

    controller.set_language("en")
    QApplication.processEvents()
    assert panel.title.text() == "Conduct check"
    assert panel.model.index(1, 1).data() == "Debt disclosed to a third party"
    assert dialog.windowTitle() == "Complaint about collection conduct"


def test_the_complaint_saves_as_text_in_the_documents_folder_like_the_letter(
    qtbot, window, controller, tmp_path, monkeypatch
):
    from PySide6.QtCore import QStandardPaths

    from app.ui.documents.letter_dialog import LetterDialog

    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "Documents").mkdir()

    window.load_sample()
    _add(controller, 23, 30)
    dialog = ComplaintDialog(controller, "sample-card")
    qtbot.addWidget(dialog)
    letter = LetterDialog(controller, "sample-card")
    qtbot.addWidget(letter)
    assert dialog.save_button.text() == letter.save_button.text() == "&Save as text…"
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    assert dialog.suggested_path().parent == documents == tmp_path / "Documents"
