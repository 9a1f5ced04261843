"""The loan editor as a new user meets it (issue 16 points 1, 7, 8, 9): the lender's-own-schedule mode,
when field messages appear and that nothing moves when they do, the credit-card form, the rate's unit,
the methods and hints offered per kind, the kind a new loan opens with, and its size on a small screen."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QFocusEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from shell_support import TODAY

from app.ui.loans.loan_editor import LoanEditor


def open_editor(qtbot, controller, loan=None) -> LoanEditor:
    editor = LoanEditor(controller, loan)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def leave(widget: QWidget) -> None:
    """The user moves on from ``widget`` (Tab or a click elsewhere): it loses the keyboard focus."""
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))


def choose(combo, key: str) -> None:
    index = combo.findData(key)
    assert index >= 0, f"{key} is not offered"
    combo.setCurrentIndex(index)


def shown_messages(editor: LoanEditor) -> dict[str, str]:
    return {field: editor.field_error(field) for field in editor.grid.fields() if editor.field_error(field)}


# ---- issue 16.1: my lender's own schedule ---------------------------------------------------------------


def fill_custom_loan(editor: LoanEditor, qtbot) -> None:
    choose(editor.kind, "unsecured_consumer")
    choose(editor.method, "custom")
    editor.lender.setText("平安普惠")
    editor.money_edits["principal"].setText("1000")
    editor.start_date.setDate(date(2026, 6, 1))


def test_add_a_row_gives_an_empty_row_to_fill_in(qtbot, controller):
    editor = open_editor(qtbot, controller)
    fill_custom_loan(editor, qtbot)
    # A real click: clicked(bool) used to reach add_row as the row's values (TypeError).
    qtbot.mouseClick(editor.custom.add_button, Qt.MouseButton.LeftButton)
    assert editor.custom.table.rowCount() == 1
    assert [editor.custom.table.item(0, column).text() for column in range(3)] == ["", "", "0.00"]


def test_a_filled_in_row_clears_the_empty_schedule_message_and_saves(qtbot, controller):
    editor = open_editor(qtbot, controller)
    fill_custom_loan(editor, qtbot)
    editor.save_button.click()  # nothing typed in the schedule yet: Save says what is missing
    assert editor.field_error("custom_installments") == "Enter at least one instalment."
    assert editor.isVisible()

    qtbot.mouseClick(editor.custom.add_button, Qt.MouseButton.LeftButton)
    table = editor.custom.table
    table.item(0, 0).setText("2026-07-01")  # what a committed cell edit does
    table.item(0, 1).setText("1000")
    table.item(0, 2).setText("12.50")
    qtbot.wait(20)
    assert editor.field_error("custom_installments") == ""
    editor.save_button.click()
    assert editor.result() == QDialog.DialogCode.Accepted
    assert [(row.due_date, row.principal) for row in editor.result_loan.custom_installments] == [
        (date(2026, 7, 1), Decimal("1000.00"))
    ]


def test_an_instalment_due_before_the_date_borrowed_is_refused(qtbot, controller):
    editor = open_editor(qtbot, controller)
    fill_custom_loan(editor, qtbot)
    editor.custom.add_row(("2025-07-01", "1000", "0"))  # a year off: before 2026-06-01
    qtbot.wait(20)
    editor.save_button.click()
    assert editor.isVisible() and editor.result_loan is None
    assert editor.field_error("custom_installments") == (
        "item 1 › Due date: must be after the date borrowed (2026-06-01)"
    )
    editor.custom.table.item(0, 0).setText("2026-07-01")
    qtbot.wait(20)
    assert editor.field_error("custom_installments") == ""


def test_a_stored_loan_with_an_early_instalment_still_reads(controller):
    # The check applies to what is typed; a loan saved before it existed must not read as damage.
    from app.core.models import Loan

    loan = Loan(
        lender="Old",
        kind="unsecured_consumer",
        method="custom",
        principal="100.00",
        start_date=date(2026, 6, 1),
        due_day=1,
        custom_installments=[{"due_date": "2026-05-01", "principal": "100.00"}],
    )
    controller.add_loan(loan)
    assert controller.database.run(lambda store: store.loan(loan.id)).custom_installments[0].due_date == date(2026, 5, 1)


# ---- issue 16.7: messages when a field is left or on Save; nothing moves ------------------------------


def test_a_new_form_shows_no_message_before_anything_is_typed(qtbot, controller):
    editor = open_editor(qtbot, controller)
    qtbot.wait(20)
    assert not editor.save_button.isHidden() and editor.save_button.isEnabled()
    assert shown_messages(editor) == {}
    assert not editor.general_error.isVisible()


def test_a_field_shows_its_message_once_left_and_clears_as_it_is_corrected(qtbot, controller):
    editor = open_editor(qtbot, controller)
    editor.money_edits["principal"].setText("abc")
    qtbot.wait(20)
    assert editor.field_error("principal") == ""  # still typing
    leave(editor.money_edits["principal"])
    assert "number" in editor.field_error("principal")
    assert editor.field_error("lender") == ""  # never visited: nothing said about it yet
    editor.money_edits["principal"].setText("5000")
    qtbot.wait(20)
    assert editor.field_error("principal") == ""


def test_save_shows_every_problem_and_moves_to_the_first(qtbot, controller):
    editor = open_editor(qtbot, controller)
    editor.activateWindow()
    qtbot.waitActive(editor)
    editor.save_button.click()
    assert editor.isVisible()
    messages = shown_messages(editor)
    assert messages == {"lender": "must not be empty", "principal": "is required"}
    assert editor.save_hint.text() == "Correct the fields marked in red first"
    qtbot.waitUntil(editor.lender.hasFocus, timeout=1000)  # the first field at fault, in the form's order


def test_fields_stay_where_they_are_as_messages_come_and_go(qtbot, controller):
    editor = open_editor(qtbot, controller)
    qtbot.wait(20)

    def places() -> dict[str, int]:
        return {
            field: editor.grid.field_widget(field).mapTo(editor.form_widget, QPoint(0, 0)).y()
            for field in editor.grid.fields()
            if editor.grid.is_shown(field)
        }

    before = places()
    editor.save_button.click()  # every required field now says what is missing
    qtbot.wait(20)
    assert len(shown_messages(editor)) == 2
    assert places() == before
    editor.lender.setText("招商银行")
    editor.money_edits["principal"].setText("5000")
    editor.rate.edit.setText("12")
    qtbot.wait(20)
    assert shown_messages(editor) == {}
    assert places() == before


# ---- issue 16.9: the credit-card form, rates, kinds -----------------------------------------------------


def test_the_card_form_tabs_in_statement_order_with_one_statement_day(qtbot, controller):
    editor = open_editor(qtbot, controller)
    editor.activateWindow()
    qtbot.waitActive(editor)
    choose(editor.kind, "credit_card")
    qtbot.wait(20)
    order = []
    editor.statement_day.setFocus(Qt.FocusReason.OtherFocusReason)
    for _ in range(11):
        widget = QApplication.focusWidget()
        order.append(widget.objectName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert order == [
        "statement_day",
        "due_day",
        "credit_limit",
        "principal",  # the latest statement's balance, its minimum, what is paid of it
        "card_statement_minimum",
        "statementPaidChoice",
        "min_payment_percent",
        "min_payment_floor",
        "rateValue",  # the rate's number, then its unit
        "rateUnit",
        "card_late_fee_percent",
    ]
    shown = [field for field in editor.grid.fields() if editor.grid.is_shown(field)]
    labels = [editor.grid._labels[field].text() for field in shown]
    texts = [text.replace("&", "") for text in labels]
    assert [text for text in texts if "tatement d" in text] == ["Statement day of the month:"]
    assert not editor.start_date.isVisible()


def test_a_card_statement_date_is_the_latest_statement_day(qtbot, controller):
    editor = open_editor(qtbot, controller)
    choose(editor.kind, "credit_card")
    editor.lender.setText("招商银行")
    editor.statement_day.setValue(20)  # today is 2026-06-15: the last statement was on 20 May
    editor.due_day.setValue(8)
    editor.money_edits["principal"].setText("3000")
    editor.rate.edit.setText("18.25")
    choose(editor.rate.unit, "annual")  # the card came with the usual daily rate
    editor.save_button.click()
    assert editor.result_loan is not None
    assert editor.result_loan.start_date == date(2026, 5, 20)
    assert editor.result_loan.statement_day == 20
    assert editor.result_loan.lender_type == "bank"


def test_a_card_entered_with_its_minimum_paid_is_not_overdue(qtbot, controller):
    editor = open_editor(qtbot, controller)
    choose(editor.kind, "credit_card")
    editor.lender.setText("招商银行")
    editor.statement_day.setValue(20)  # statement 2026-05-20, due 2026-06-08: past on 2026-06-15
    editor.due_day.setValue(8)
    editor.money_edits["principal"].setText("5000")  # the usual 0.05 % a day left as it came
    choose(editor.statement_paid.choice, "minimum")
    editor.save_button.click()
    loan = editor.result_loan
    assert loan.card_statement_paid == Decimal("500.00")  # 10 % of 5,000 (above the 100 floor)
    controller.add_loan(loan)
    assert controller.summary(loan.id).position.days_past_due == 0

    unpaid = open_editor(qtbot, controller, loan)
    assert unpaid.statement_paid.key() == "minimum"  # as entered
    choose(unpaid.statement_paid.choice, "none")
    unpaid.save_button.click()
    controller.update_loan(unpaid.result_loan)
    assert controller.summary(loan.id).position.days_past_due == 7  # since 8 June


def test_a_daily_rate_is_taken_as_its_yearly_equivalent(qtbot, controller):
    editor = open_editor(qtbot, controller)
    choose(editor.kind, "credit_card")
    editor.lender.setText("招商银行")
    editor.statement_day.setValue(1)
    editor.money_edits["principal"].setText("3000")
    editor.rate.edit.setText("0.05")  # 日息万分之五
    choose(editor.rate.unit, "daily")
    qtbot.wait(20)
    assert editor.rate.yearly.text() == "= 18.25 % a year"
    editor.save_button.click()
    assert editor.result_loan.annual_rate == Decimal("18.25")


def test_each_kind_offers_its_own_repayment_methods_and_name_hint(qtbot, controller):
    editor = open_editor(qtbot, controller)
    choose(editor.kind, "mortgage")
    offered = [editor.method.itemData(index) for index in range(editor.method.count())]
    assert "credit_card" not in offered and "equal_principal" in offered
    assert "Flat in Pudong" in editor.name.placeholderText()
    choose(editor.kind, "credit_card")
    offered = [editor.method.itemData(index) for index in range(editor.method.count())]
    assert offered[0] == "credit_card" and "equal_principal" not in offered
    assert "CMB card" in editor.name.placeholderText()
    choose(editor.kind, "small_online")
    assert "CMB card" not in editor.name.placeholderText()


def test_a_new_loan_opens_as_a_consumer_loan_then_as_the_kind_added_last(qtbot, controller):
    from app.core.models import Loan

    editor = open_editor(qtbot, controller)
    assert editor.kind.currentData() == "unsecured_consumer"
    assert editor.method.currentData() == "equal_installment"
    controller.add_loan(
        Loan(
            lender="Ping An",
            kind="car",
            method="equal_installment",
            principal="90000.00",
            annual_rate="4.5",
            term_months=36,
            start_date=TODAY.date(),
            due_day=20,
        )
    )
    again = open_editor(qtbot, controller)
    assert again.kind.currentData() == "car" and again.term_months.value() == 36


# ---- issue 16.8: the dialog fits the screen ----------------------------------------------------------


def test_the_editor_fits_the_screen_and_its_form_scrolls(qtbot, controller):
    editor = open_editor(qtbot, controller)
    choose(editor.kind, "mortgage")
    qtbot.wait(20)
    area = QGuiApplication.primaryScreen().availableGeometry()  # 800x800 on the offscreen platform
    assert editor.frameGeometry().width() <= area.width()
    assert editor.frameGeometry().height() <= area.height()
    for button in (editor.save_button, editor.cancel_button):
        corner = button.mapTo(editor, QPoint(button.width(), button.height()))
        assert editor.rect().contains(corner - QPoint(1, 1)), button.text()
    editor.resize(editor.width(), 420)  # a screen shorter still: the form scrolls, the buttons stay
    qtbot.wait(20)
    assert editor.form_scroll.verticalScrollBar().maximum() > 0
    bottom_left = editor.save_button.mapTo(editor, QPoint(0, editor.save_button.height() - 1))
    assert editor.rect().contains(bottom_left)


# ---- what the form does not ask is kept; the kind of lender ---------------------------------------


def test_an_edit_keeps_the_terms_the_form_does_not_ask_and_the_paid_instalments(qtbot, controller):
    from app.core.models import Loan

    loan = Loan(
        lender="中国建设银行",
        kind="mortgage",
        method="equal_installment",
        principal="1000000.00",
        annual_rate="3.95",
        term_months=360,
        start_date=date(2024, 3, 20),
        due_day=20,
        paid_installments=26,
        installment_paid_on={3: date(2024, 6, 25)},  # that one was paid late
        rate_changes=[{"effective": date(2025, 1, 1), "annual_rate": "3.60"}],
        penalty_rate="5.4",
        upfront_fee="500.00",
    )
    controller.add_loan(loan)
    editor = open_editor(qtbot, controller, loan)
    assert editor.partway.count.value() == 26  # as stored, not "all due so far"
    editor.name.setText("Home")
    editor.save_button.click()
    saved = editor.result_loan
    assert saved.name == "Home"
    assert saved.paid_installments == 26 and saved.installment_paid_on == {3: date(2024, 6, 25)}
    assert [change.annual_rate for change in saved.rate_changes] == [Decimal("3.60")]
    assert (saved.penalty_rate, saved.upfront_fee) == (Decimal("5.4"), Decimal("500.00"))


def test_the_kind_of_lender_is_asked_for_loans_and_a_card_is_a_banks(qtbot, controller):
    editor = open_editor(qtbot, controller)
    choose(editor.kind, "small_online")
    choose(editor.lender_type, "consumer_finance")
    editor.lender.setText("马上消费金融")
    editor.money_edits["principal"].setText("8000")
    editor.rate.edit.setText("0.04")
    choose(editor.rate.unit, "daily")  # 借呗-style 日利率 0.04 %
    editor.save_button.click()
    assert editor.result_loan.lender_type == "consumer_finance"
    assert editor.result_loan.annual_rate == Decimal("14.6")
    card = open_editor(qtbot, controller)
    choose(card.kind, "credit_card")
    assert not card.lender_type.isVisible()


def test_a_card_starts_at_the_usual_daily_rate_which_leaves_with_the_card(qtbot, controller):
    editor = open_editor(qtbot, controller)
    choose(editor.kind, "credit_card")
    assert (editor.rate.edit.text(), editor.rate.unit.currentData()) == ("0.05", "daily")
    choose(editor.kind, "mortgage")  # a mortgage must not keep a card's 18.25 % a year
    assert (editor.rate.edit.text(), editor.rate.unit.currentData()) == ("", "annual")
    editor.rate.edit.setText("3.95")
    choose(editor.kind, "car")
    assert editor.rate.edit.text() == "3.95"  # the user's own figure stays


def test_an_open_editor_follows_a_language_switch(qtbot, controller):
    editor = open_editor(qtbot, controller)
    choose(editor.kind, "mortgage")
    editor.start_date.setDate(date(2024, 3, 20))
    editor.lender.setText("中国建设银行")
    editor.money_edits["principal"].setText("1000000")
    editor.rate.edit.setText("3.95")
    qtbot.wait(20)
    controller.set_language("zh_CN", save=False)
    qtbot.wait(20)
    assert editor.rate.unit.currentText() == "%（年利率）"
    assert editor.lender_type.itemText(editor.lender_type.findData("bank")) == "银行"
    assert editor.partway.count_note.text() == "期（至今到期共 26 期）"
    assert editor.name.placeholderText() == "例如“浦东的房子”；可不填"


def test_a_card_needs_its_statement_day(qtbot, controller):
    editor = open_editor(qtbot, controller)
    choose(editor.kind, "credit_card")
    editor.lender.setText("招商银行")
    editor.money_edits["principal"].setText("3000")
    assert editor.statement_day.value() == 0  # no guess: the day dates the statement
    editor.save_button.click()
    assert editor.result_loan is None
    assert editor.field_error("statement_day") == "Enter the day of the month your statement is printed on (账单日)."
    editor.statement_day.setValue(5)
    qtbot.wait(20)
    editor.save_button.click()
    assert editor.result_loan.start_date == date(2026, 6, 5)
