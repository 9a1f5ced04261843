"""The letter dialog: choices on the left redraft the letter or call script at once; the draft is the
borrower's to edit, never overwritten without asking; it copies and saves as text."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from shell_support import answer_message_box, when_modal

from app.ui.documents.letter_dialog import LetterDialog

REPLACE_QUESTION = (
    "You have edited the draft. Draft it again from your choices and lose those edits? "
    "Choose No to keep your text as it is."
)


@pytest.fixture
def sample(controller):
    controller.load_sample_data()
    return controller


def open_dialog(qtbot, controller, loan_id: str) -> LetterDialog:
    dialog = LetterDialog(controller, loan_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(combo, key: str) -> None:
    combo.setCurrentIndex(combo.findData(key))


def test_the_loan_pages_button_opens_a_letter_for_that_loan(qtbot, window, controller):
    window.load_sample()
    window.open_loan("sample-card")
    seen: dict[str, object] = {}

    def look(dialog: LetterDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["text"] = dialog.draft_text()
        seen["summary"] = dialog.plan_summary.text()
        dialog.reject()

    ran = when_modal(LetterDialog, look)
    window.loan_page.documents.letter_button.click()
    assert ran == ["done"]
    assert seen["title"] == "Letters to China Merchants Bank"
    text = seen["text"]
    # Everything the card owes today, over 12 months from its own due day: the 17,500.00 left of the
    # 5-1 statement, the 6-1 statement's interest (287.50) and late fee (90.00), and 14 days' interest
    # since (124.51). Until cards rolled forward the letter offered the bare 17,500.00.
    assert "Request for a personalised instalment plan (个性化分期)" in text
    assert "statement balance ¥17,877.50, due on 2026-06-21" in text
    assert "I propose to repay the ¥18,002.01 in 12 monthly instalments of ¥1,500.16" in text
    assert "from 2026-06-21 to 2027-05-21" in text
    assert seen["summary"] == "The plan: 12 × ¥1,500.16 from 2026-06-21 to 2027-05-21; ¥18,002.01 in all."


def test_each_choice_redrafts_at_once(qtbot, sample):
    dialog = open_dialog(qtbot, sample, "sample-online")
    assert "Request to repay in instalments" in dialog.draft_text()

    dialog.borrower_name.setText("Wang Xiaoming")
    dialog.hardship.setPlainText("I lost my job in March.")
    assert "From: Wang Xiaoming" in dialog.draft_text()
    assert "What has happened\nI lost my job in March." in dialog.draft_text()

    dialog.months.setValue(6)
    assert "in 6 monthly instalments of ¥774.00" in dialog.draft_text()  # 4,644.00 / 6

    choose(dialog.lang, "zh_CN")
    assert dialog.draft_text().startswith("协商分期还款申请")
    assert "我申请将 ¥4,644.00 分 6 期按月偿还，每期 ¥774.00" in dialog.draft_text()

    choose(dialog.document, "call_script")
    assert dialog.draft_text().startswith("电话沟通提纲")

    choose(dialog.plan_kind, "extension")
    assert dialog.grid._labels["months"].text() == "Extend by (mon&ths):"
    assert "延长 6 个月，由 2026年12月6日 延至 2027年6月6日" in dialog.draft_text()

    choose(dialog.plan_kind, "reduced")
    assert dialog.grid.is_shown("monthly_amount") and not dialog.grid.is_shown("months")
    dialog.monthly_amount.setText("1,000")
    assert "每月还款 ¥1,000.00（目前每期应还 ¥548.00）" in dialog.draft_text()
    assert dialog.plan_summary.text().startswith("The plan: 5 × ¥1,000.00")


def test_a_wrong_choice_is_explained_beside_it_in_the_apps_language(qtbot, sample):
    dialog = open_dialog(qtbot, sample, "sample-online")
    before = dialog.draft_text()
    choose(dialog.plan_kind, "reduced")
    assert dialog.grid.error("monthly_amount") == "Enter the amount you can pay each month."
    assert not dialog.copy_button.isEnabled() and not dialog.save_button.isEnabled()

    dialog.monthly_amount.setText("5OO")  # letters O, not zeros
    assert dialog.grid.error("monthly_amount") == "must be a number, such as 1234.56"
    dialog.monthly_amount.setText("50")
    assert dialog.grid.error("monthly_amount") == (
        "At ¥50.00 a month it would take 93 months; a negotiated plan runs at most 60 months (5 years), "
        "so propose at least ¥77.40 a month."
    )
    assert dialog.draft_text() == before  # nothing changed while the choices were wrong
    assert dialog.plan_summary.text() == ""

    dialog.start.setDate(QDate(2026, 6, 1))
    dialog.monthly_amount.setText("500")
    assert dialog.grid.error("start") == "The first payment cannot be before today (2026-06-15)."
    dialog.start.setDate(QDate(2026, 7, 6))
    assert dialog.grid.error("start") == ""
    assert dialog.save_button.isEnabled()
    assert "pay a reduced ¥500.00 a month instead of ¥548.00" in dialog.draft_text()


def test_the_users_edits_are_never_replaced_without_asking(qtbot, sample, monkeypatch):
    dialog = open_dialog(qtbot, sample, "sample-online")
    dialog.preview.appendPlainText("P.S. I can send my termination letter.")
    assert dialog.has_user_edits()

    texts = answer_message_box(QMessageBox.StandardButton.No)
    dialog.months.setValue(24)  # asks first; No keeps the edits
    assert texts == [REPLACE_QUESTION]
    assert dialog.draft_text().endswith("P.S. I can send my termination letter.")
    assert "in 12 monthly instalments" in dialog.draft_text()
    assert dialog.kept_banner.isVisible()

    asked: list[str] = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.months.setValue(18)  # kept edits: the choices no longer rewrite the text, and do not ask again
    dialog.borrower_name.setText("Wang")
    assert asked == []
    assert dialog.draft_text().endswith("P.S. I can send my termination letter.")
    assert dialog.plan_summary.text().startswith("The plan: 18 × ")  # the plan still follows

    dialog.redraft_button.click()  # asked again, and Yes replaces
    assert len(asked) == 1
    assert "in 18 monthly instalments" in dialog.draft_text()
    assert "From: Wang" in dialog.draft_text()
    assert "P.S." not in dialog.draft_text()
    assert not dialog.kept_banner.isVisible()


def test_the_draft_is_copied_and_saved_as_it_stands(qtbot, sample, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot, sample, "sample-card")
    dialog.preview.appendPlainText("Signed by hand.")
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.draft_text()

    target = tmp_path / "letter.txt"
    suggested: list[str] = []
    monkeypatch.setattr(dialog, "ask_save_path", lambda name: suggested.append(name) or str(target))
    dialog.save_button.click()
    assert target.read_text(encoding="utf-8") == dialog.draft_text()
    assert suggested == ["Sample-·-Credit-card-letter-2026-06-15.txt"]
    assert dialog.status.text() == f"Saved to {target}"


def test_a_draft_that_cannot_be_written_says_so_and_leaves_no_file(qtbot, sample, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot, sample, "sample-card")
    target = tmp_path / "missing folder" / "letter.txt"
    monkeypatch.setattr(dialog, "ask_save_path", lambda name: str(target))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: warned.append(text))
    dialog.save_button.click()
    assert warned == [f"Cannot write {target}: its folder does not exist. Nothing was written."]
    assert not target.parent.exists()


def test_in_a_chinese_ui_the_letter_may_still_be_written_in_english(qtbot, sample):
    sample.set_language("zh_CN")
    dialog = open_dialog(qtbot, sample, "sample-online")
    assert dialog.windowTitle() == "致 QuickLoan (fictional) 的文书"
    assert dialog.lang.currentData() == "zh_CN"
    assert dialog.draft_text().startswith("协商分期还款申请")
    assert dialog.grid._labels["hardship"].text() == "困难情况(&H)："

    choose(dialog.lang, "en")
    assert dialog.draft_text().startswith("Request to repay in instalments")
    choose(dialog.plan_kind, "reduced")
    dialog.monthly_amount.setText("0")
    assert dialog.grid.error("monthly_amount") == "必须大于 0"


def test_a_loan_with_nothing_owed_explains_that_no_plan_is_needed(qtbot, controller):
    from app.core.models import Loan, Payment

    loan = Loan(lender="Bank", kind="unsecured_consumer", method="equal_principal", principal="1200.00",
                annual_rate="0", term_months=3, start_date=date(2026, 1, 5), due_day=5)
    controller.add_loan(loan)
    controller.add_payment(Payment(loan_id=loan.id, paid_on=date(2026, 2, 1), amount=Decimal("1200.00")))
    dialog = open_dialog(qtbot, controller, loan.id)
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == "Nothing is owed on this loan, so there is no plan to propose."
    assert dialog.draft_text() == ""
    assert not dialog.copy_button.isEnabled()


def test_the_dialog_proposes_less_a_month_than_the_contract_and_warns_when_a_choice_asks_more(qtbot, controller):
    """¥50,000 over 24 months at 6.5% (2,227.31 a month), nothing paid, three instalments overdue on the
    controller's day (2026-06-15): the draft opens with 23 payments below that, not 12 of about 4,200."""
    from app.core.models import Loan

    loan = Loan(lender="Bank", kind="unsecured_consumer", method="equal_installment", principal="50000.00",
                annual_rate="6.5", term_months=24, start_date=date(2026, 3, 20), due_day=10)
    controller.add_loan(loan)
    dialog = open_dialog(qtbot, controller, loan.id)
    assert dialog.plan_kind.currentData() == "instalments" and dialog.months.value() == 23
    regular = dialog._last_draft.plan.regular_amount
    assert regular < Decimal("2227.31")
    assert f"in 23 monthly instalments of ¥{regular:,}" in dialog.draft_text()
    assert "more a month" not in dialog.plan_summary.text()
    dialog.months.setValue(12)
    assert dialog.plan_summary.text().endswith(
        "This asks more a month than your contract's ¥2,227.31: a lender agrees to a plan that lowers the "
        "monthly payment. Choose more payments or a longer term."
    )


def letter_dialog_words(dialog: LetterDialog) -> dict[str, str]:
    words = {
        "title": dialog.windowTitle(),
        "owed": dialog.owed.text(),
        "plan": dialog.plan_summary.text(),
        "preview title": dialog.preview_title.text(),
        "hint": dialog.edited_hint.text(),
        "kept": dialog.kept_note.text(),
        "redraft": dialog.redraft_button.text(),
        "copy": dialog.copy_button.text(),
        "save": dialog.save_button.text(),
        "account placeholder": dialog.account_ref.placeholderText(),
        "hardship placeholder": dialog.hardship.placeholderText(),
    }
    words |= {f"label {field}": label.text() for field, label in dialog.grid._labels.items()}
    for combo in (dialog.document, dialog.plan_kind):
        words |= {f"{combo.itemData(index)}": combo.itemText(index) for index in range(combo.count())}
    return words


def test_a_language_switch_rewords_the_open_dialog_and_leaves_the_draft_alone(qtbot, sample):
    dialog = open_dialog(qtbot, sample, "sample-online")
    english = letter_dialog_words(dialog)
    draft = dialog.draft_text()
    assert english["copy"] == "C&opy" and english["label hardship"] == "What &happened:"

    sample.set_language("zh_CN", save=False)
    QApplication.processEvents()  # Qt tells each widget of the switch through its event queue
    chinese = letter_dialog_words(dialog)
    # Every word on the dialog changed, fixed texts and worded ones alike (the lender's name stays).
    assert [key for key in english if chinese[key] == english[key]] == []
    assert chinese["title"] == "致 QuickLoan (fictional) 的文书"
    assert chinese["label hardship"] == "困难情况(&H)："
    # The draft is a document in the language chosen for it when it was drafted, not the app's words.
    assert dialog.draft_text() == draft and dialog.lang.currentData() == "en"

    sample.set_language("en", save=False)
    QApplication.processEvents()
    assert letter_dialog_words(dialog) == english
    assert dialog.draft_text() == draft
