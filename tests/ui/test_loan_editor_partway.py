"""Issue 13's first test, through the main window as a new user would do it: a 1,000,000-yuan, 30-year
等额本息 mortgage at 3.95 % borrowed on 2024-03-20 and paid on time ever since, entered on 2026-12-07
(32 instalments later). Before part-way entry the app said "961 days overdue", "The bank can now call
the whole loan"; now the editor counts the 32 instalments due so far as paid on time."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from shell_support import CHINA, when_modal

from app.core.clock import FixedClock
from app.ui.shell.controller import Controller
from app.ui.shell.i18n import Translations
from app.ui.loans.loan_detail import ASSESSMENT_TAB
from app.ui.loans.loan_editor import LoanEditor
from app.ui.shell.main_window import MainWindow

DECEMBER_7 = datetime(2026, 12, 7, 10, 0, tzinfo=CHINA)


def textbook_balance(principal: Decimal, annual_percent: Decimal, months: int, paid: int) -> Decimal:
    """Remaining principal of an annuity after ``paid`` instalments, from the closed formulas (floats):
    A = P r / (1 - (1+r)^-n); B_k = P (1+r)^k - A ((1+r)^k - 1) / r."""
    rate = float(annual_percent) / 100 / 12
    instalment = float(principal) * rate / (1 - (1 + rate) ** -months)
    grown = (1 + rate) ** paid
    return Decimal(str(round(float(principal) * grown - instalment * (grown - 1) / rate, 2)))


@pytest.fixture
def december(qtbot, data_dir, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")
    translations = Translations()
    controller = Controller(FixedClock(DECEMBER_7), translations=translations)
    controller.open_store(data_dir)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.data_ready()
    yield controller, window
    controller.close()
    translations.apply("en")


def test_a_mortgage_entered_32_months_in_is_current_with_no_acceleration_warning(qtbot, december):
    controller, window = december
    seen: dict[str, object] = {}

    def enter_the_mortgage(editor: LoanEditor) -> None:
        editor.kind.setCurrentIndex(editor.kind.findData("mortgage"))  # 30 years, 等额本息 by default
        editor.lender.insert("中国建设银行")  # typed through an input method: arrives as whole text
        qtbot.keyClicks(editor.name, "Home")
        qtbot.keyClicks(editor.money_edits["principal"], "1,000,000")
        qtbot.keyClicks(editor.rate.edit, "3.95")
        editor.start_date.setDate(QDate(2024, 3, 20))
        editor.due_day.setValue(20)
        qtbot.wait(20)
        # The part-way question, answered by its default: every instalment due so far, paid on time.
        seen["paid by default"] = editor.partway.count.value()
        seen["note"] = editor.partway.count_note.text()
        seen["messages"] = [text for text in map(editor.field_error, editor.grid.fields()) if text]
        editor.save_button.click()

    ran = when_modal(LoanEditor, enter_the_mortgage)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert ran == ["done"]
    assert seen["paid by default"] == 32  # 2024-04-20 ... 2026-11-20
    assert seen["note"] == "instalments, of the 32 due so far"
    assert seen["messages"] == []

    [loan] = controller.database.run(lambda store: store.loans())
    assert (loan.term_months, loan.method, loan.paid_installments) == (360, "equal_installment", 32)
    summary = controller.summary(loan.id)
    assert summary.position.days_past_due == 0 and not summary.is_overdue
    # The remaining principal is the textbook annuity's after 32 instalments (rounding each instalment to
    # the fen moves it by a few fen), not principal plus 30 years' interest.
    expected = textbook_balance(Decimal("1000000"), Decimal("3.95"), 360, 32)
    assert abs(summary.position.outstanding_principal - expected) < Decimal("1")  # 951,028.06 vs 951,027.98

    # The loan's page opened at its assessment: not overdue, and no word of calling the loan in.
    page = window.loan_page
    assert window.current_page() is page and page.tabs.currentIndex() == ASSESSMENT_TAB
    assert "overdue" not in page.status.text().lower()
    assert "next" in page.status.text() and "2026-12-20" in page.status.text()
    warnings = " ".join(page.assessment_tab.view.warning_texts()).lower()
    assert "accelerat" not in warnings and "call the whole loan" not in warnings
    assert page.assessment_tab.view.assessment().days_past_due == 0


def test_the_bank_apps_remaining_principal_and_next_due_date_give_the_same_loan(qtbot, december):
    controller, _window = december
    editor = LoanEditor(controller)
    qtbot.addWidget(editor)
    editor.show()
    editor.kind.setCurrentIndex(editor.kind.findData("mortgage"))
    editor.lender.setText("中国建设银行")
    editor.money_edits["principal"].setText("1000000")
    editor.rate.edit.setText("3.95")
    editor.start_date.setDate(QDate(2024, 3, 20))
    editor.due_day.setValue(20)
    qtbot.wait(20)
    scheduled = controller_balance_after(editor, 32)
    editor.partway.by_balance.setChecked(True)
    editor.partway.remaining.setText(str(scheduled))
    editor.partway.next_due.setDate(QDate(2026, 12, 20))
    qtbot.wait(20)
    editor.save_button.click()
    assert editor.result_loan is not None
    assert editor.result_loan.paid_installments == 32
    assert editor.result_loan.opening_principal is None  # the bank's figure is the schedule's own

    # A next due date that is not one of the loan's says so under the section, and nothing is saved.
    again = LoanEditor(controller)
    qtbot.addWidget(again)
    again.show()
    again.kind.setCurrentIndex(again.kind.findData("mortgage"))
    again.lender.setText("中国建设银行")
    again.money_edits["principal"].setText("1000000")
    again.rate.edit.setText("3.95")
    again.start_date.setDate(QDate(2024, 3, 20))
    again.due_day.setValue(20)
    again.partway.by_balance.setChecked(True)
    again.partway.remaining.setText("951000")
    again.partway.next_due.setDate(QDate(2026, 12, 21))
    qtbot.wait(20)
    again.save_button.click()
    assert again.result_loan is None
    assert "2026-12-21" in again.field_error("paid_installments")


def controller_balance_after(editor: LoanEditor, paid: int) -> Decimal:
    from app.core.schedule import build_schedule

    rows = build_schedule(editor._valid_loan)
    assert rows[paid].due_date == date(2026, 12, 20)
    return rows[paid - 1].balance_after


def test_the_paid_count_follows_the_terms_until_the_user_sets_it(qtbot, december):
    controller, _window = december
    editor = LoanEditor(controller)
    qtbot.addWidget(editor)
    editor.show()
    editor.kind.setCurrentIndex(editor.kind.findData("car"))  # 36 months
    editor.lender.setText("平安银行")
    editor.money_edits["principal"].setText("90000")
    editor.rate.edit.setText("4.5")
    editor.start_date.setDate(QDate(2026, 3, 20))
    editor.due_day.setValue(20)
    qtbot.wait(20)
    assert editor.grid.is_shown("paid_installments")
    assert editor.partway.count.value() == 8  # April to November 2026
    editor.term_months.setValue(6)  # a shorter loan: all 6 are behind
    qtbot.wait(20)
    assert editor.partway.count.value() == 6
    editor.term_months.setValue(36)
    qtbot.wait(20)
    assert editor.partway.count.value() == 8  # still the default, not a number the user chose
    editor.partway.count.setValue(5)  # "I missed the last three"
    editor.start_date.setDate(QDate(2026, 2, 20))
    qtbot.wait(20)
    assert editor.partway.count.value() == 5
    editor.save_button.click()
    assert editor.result_loan.paid_installments == 5
