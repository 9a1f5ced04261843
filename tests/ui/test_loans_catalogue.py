"""The loans screens (list, loan page, editor, payment dialog) read the gettext catalogue: they switch
language while open, count with real plural forms, and show what the user typed verbatim, however
much it looks like a placeholder."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication
from shell_support import TODAY

from app.core.models import Loan
from app.ui.loans.loan_editor import LoanEditor
from app.ui.loans.loans_model import NAME, STATUS
from app.ui.loans.payment_dialog import PaymentDialog
from app.ui.loans.schedule_model import ScheduleModel

DAY = TODAY.date()  # 2026-06-15
HOSTILE = "%1 %2 {0} {name}"


def consumer_loan(controller, **changes) -> Loan:
    """24,000 at 12 % over 24 months from 2025-12-01, January to April paid: the 2026-05-01 instalment
    is 45 days late on 2026-06-15."""
    loan = Loan(
        id="late",
        lender="招商银行",
        name="Consumer loan",
        kind="unsecured_consumer",
        method="equal_installment",
        principal="24000.00",
        annual_rate="12",
        term_months=24,
        start_date=date(2025, 12, 1),
        due_day=1,
        paid_installments=4,
    ).model_copy(update=changes)
    controller.add_loan(loan)
    return loan


def one_day_late(controller) -> Loan:
    """First instalment due 2026-06-14, no grace days: one day late on 2026-06-15."""
    loan = Loan(
        id="oneday",
        lender="工商银行",
        name="One day",
        kind="unsecured_consumer",
        method="equal_installment",
        principal="1200.00",
        annual_rate="6",
        term_months=12,
        start_date=date(2026, 5, 14),
        due_day=14,
        grace_days=0,
    )
    controller.add_loan(loan)
    return loan


def switch(controller, lang: str) -> None:
    controller.set_language(lang)
    QApplication.processEvents()


def test_loan_screens_switch_to_chinese_and_back_while_open(qtbot, window, controller):
    loan = consumer_loan(controller)
    window.open_loan(loan.id)
    page = window.loan_page
    editor = LoanEditor(controller, loan, parent=window)
    payment = PaymentDialog(controller, loan, parent=window)
    for dialog in (editor, payment):
        qtbot.addWidget(dialog)
        dialog.show()
    english = {
        "status": page.status.text(),
        "editor": editor.windowTitle(),
        "payment": payment.windowTitle(),
        "count": window.loans_page.count_label.text(),
    }
    assert english["status"].startswith("45 days overdue · ")
    assert english["editor"] == "Edit loan"
    assert english["payment"] == "Record a payment"
    assert english["count"] == "1 loan"
    assert editor.preview_summary.text().startswith("24 instalments, the first due 2026-01-01. ")
    assert " The first 4 are counted as paid on time (to 2026-04-01)." in editor.preview_summary.text()

    switch(controller, "zh_CN")
    assert page.status.text().startswith("逾期 45 天 · 逾期金额 ")
    assert editor.windowTitle() == "编辑贷款"
    assert payment.windowTitle() == "记一笔还款"
    assert window.loans_page.count_label.text() == "共 1 笔"
    assert payment.intro.text().startswith("为“Consumer loan”记一笔还款。")
    # Chinese sentences follow each other with nothing between them (no language branch in the code).
    assert "合计应还 " in editor.preview_summary.text()
    assert "。其中前 4 期计为已按时还清（至 2026-04-01）。" in editor.preview_summary.text()

    switch(controller, "en")
    assert page.status.text() == english["status"]
    assert editor.windowTitle() == english["editor"]
    assert payment.windowTitle() == english["payment"]
    assert window.loans_page.count_label.text() == english["count"]


def test_counts_take_the_plural_form_of_their_number(qtbot, window, controller):
    one_day_late(controller)
    page = window.loans_page
    assert page.count_label.text() == "1 loan"
    assert page.proxy.index(0, STATUS).data() == "1 day overdue"
    consumer_loan(controller)
    assert page.count_label.text() == "2 loans"
    statuses = {page.proxy.index(row, STATUS).data() for row in range(page.proxy.rowCount())}
    assert statuses == {"1 day overdue", "45 days overdue"}
    page.filter_edit.setText("One day")
    assert page.count_label.text() == "1 of 2 loans shown"

    model = ScheduleModel(controller)
    states = controller.full_position("oneday").states
    model.set_records(list(states), "CNY")
    assert model.status_text(states[0]).endswith("(1 day)")
    switch(controller, "zh_CN")
    assert model.status_text(states[0]).endswith("（1 天）")
    assert page.count_label.text() == "显示 1 笔，共 2 笔"


def test_one_instalment_counted_as_paid_reads_in_the_singular(qtbot, controller):
    loan = consumer_loan(controller, paid_installments=1)
    editor = LoanEditor(controller, loan)
    qtbot.addWidget(editor)
    assert "The first is counted as paid on time (2026-01-01)." in editor.preview_summary.text()


def test_what_the_user_typed_is_shown_verbatim_on_every_loans_screen(qtbot, window, controller):
    loan = consumer_loan(controller, name=HOSTILE, lender="{lender} %3")
    consumer_loan(controller, id="old", name="Old %1 {name}", archived=True)
    page = window.loans_page
    page.show_archived.setChecked(True)
    names = {page.proxy.index(row, NAME).data() for row in range(page.proxy.rowCount())}
    assert names == {HOSTILE, "Old %1 {name} (archived)"}

    window.open_loan(loan.id)
    assert window.loan_page.title.text() == HOSTILE
    assert window.loan_page.subtitle.text().startswith("{lender} %3 · ")
    payment = PaymentDialog(controller, loan, parent=window)
    qtbot.addWidget(payment)
    assert f"Payment on {HOSTILE}. " in payment.intro.text()
    editor = LoanEditor(controller, loan, parent=window)
    qtbot.addWidget(editor)
    assert editor.name.text() == HOSTILE
    switch(controller, "zh_CN")
    assert f"为“{HOSTILE}”记一笔还款。" in payment.intro.text()
    assert window.loan_page.subtitle.text().startswith("{lender} %3 · ")
