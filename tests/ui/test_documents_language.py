"""The assessment tab, the contact log and its conduct check, the documents buttons, and the letter,
contact and complaint dialogs already open all change language with the app (English -> Chinese ->
English) without a restart: their words come from the gettext catalogue of the UI's language."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt

from app.ui.conduct.conduct_complaint_dialog import ComplaintDialog
from app.ui.conduct.contact_log import ContactDialog
from app.ui.documents.letter_dialog import LetterDialog
from app.ui.loans.loan_detail import ASSESSMENT_TAB

CHINESE = re.compile(r"[\u4e00-\u9fff]")


def switch(controller, lang: str) -> None:
    controller.set_language(lang, save=False)
    QCoreApplication.processEvents()  # LanguageChange is posted to every widget
    QCoreApplication.processEvents()


def test_open_screens_and_dialogs_follow_a_language_switch_and_back(qtbot, window, controller):
    window.load_sample()
    window.open_loan("sample-card")
    page = window.loan_page
    page.tabs.setCurrentIndex(ASSESSMENT_TAB)
    tab = page.assessment_tab
    contact = ContactDialog(controller, controller.loan("sample-card"))
    letter = LetterDialog(controller, "sample-card")
    complaint = ComplaintDialog(controller, "sample-card")
    for dialog in (contact, letter, complaint):
        qtbot.addWidget(dialog)
        dialog.show()

    def texts() -> dict[str, str]:
        return {
            "letter button": page.documents.letter_button.text(),
            "report menu": " | ".join(action.text() for action in page.documents.report_menu.actions()),
            "conduct title": page.conduct_panel.title.text(),
            "contact column": page.contacts_model.headerData(0, Qt.Orientation.Horizontal),
            "stage": tab.view._stage.text(),
            "timeline": tab.view.timeline.accessibleName(),
            "scale note": tab.view.timeline.scale_note(),
            "questionnaire": tab.form._intro.text(),
            "what-if reset": tab.plan_panel.reset_button.text(),
            "contact dialog": contact.windowTitle(),
            "letter dialog": letter.windowTitle(),
            "owed": letter.owed.text(),
            "plan": letter.plan_summary.text(),
            "complaint dialog": complaint.windowTitle(),
            "complaint hint": complaint.hint.text(),
        }

    english = texts()
    assert english["letter button"] == "Draft a le&tter…"
    assert english["report menu"] == "Report in English… | Report in 中文（简体）…"
    assert english["letter dialog"] == "Letters to China Merchants Bank"
    assert english["stage"].startswith("Stage: ") and english["stage"].endswith("days overdue)")
    assert english["scale note"] == "Days 0–90 are drawn 3 times wider than the rest (the mark on the axis)."
    assert not any(CHINESE.search(text) for name, text in english.items() if name != "report menu")

    switch(controller, "zh_CN")
    chinese = texts()
    assert {name for name, text in chinese.items() if not CHINESE.search(text)} == set()
    assert chinese["report menu"] == "中文（简体） 报告… | English 报告…"  # the app's language first
    assert chinese["letter dialog"] == "致 China Merchants Bank 的文书"  # the lender as the user typed it
    assert chinese["stage"].startswith("所处阶段：") and "已逾期" in chinese["stage"]

    switch(controller, "en")
    assert texts() == english
