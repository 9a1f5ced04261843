"""Recording a payment: the schedule's status, the loan's page and the overview all change with it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from shell_support import TODAY, when_modal

from app.ui.loans.loan_detail import PAYMENTS_TAB
from app.ui.loans.payment_dialog import PaymentDialog
from app.ui.loans.schedule_model import STATUS_KEY_ROLE, ScheduleModel


def late_loan(controller):
    from app.core.models import Loan

    # Instalments of 1,000.00 due on the 5th: the one of 2026-06-05 is 10 days late on 2026-06-15.
    loan = Loan(
        lender="招商银行",
        name="Consumer loan",
        kind="unsecured_consumer",
        method="equal_principal",
        principal="6000.00",
        annual_rate="0",
        term_months=6,
        start_date=date(2026, 5, 20),
        due_day=5,
    )
    controller.add_loan(loan)
    return loan


def pay_on_the_loans_page(window, amount: str | None = None) -> str:
    """Record a payment from the open loan's page: ``amount`` typed over what the dialog suggests (kept
    when None), then Save. Returns what the dialog suggested."""
    suggested = []

    def pay(dialog: PaymentDialog) -> None:
        suggested.append(dialog.amount.text())
        if amount is not None:
            dialog.amount.setText(amount)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    ran = when_modal(PaymentDialog, pay)
    window.loan_page.pay_button.click()
    assert ran == ["done"]
    return suggested[0]


def schedule_statuses(window) -> list[str]:
    model = window.loan_page.schedule_model
    return [model.index(row, ScheduleModel.STATUS).data() for row in range(model.rowCount())]


def test_recording_a_payment_settles_the_instalment_and_clears_the_overview(qtbot, window, controller):
    loan = late_loan(controller)
    window.show_overview()
    assert window.dashboard.overdue_model.rowCount() == 1
    assert window.dashboard.overdue_card.figure.text() == "¥1,000.00"
    window.open_loan(loan.id)
    assert schedule_statuses(window)[0] == "Overdue (10 days)"
    assert window.loan_page.status.text().startswith("10 days overdue")

    seen = {}

    def pay(dialog: PaymentDialog) -> None:
        seen["suggested"] = dialog.amount.text()
        dialog.amount.setText("0")
        seen["zero allowed"] = dialog.save_button.isEnabled()
        seen["zero message"] = dialog.field_error("amount")
        dialog.amount.setText("1000.00")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    ran = when_modal(PaymentDialog, pay)
    window.loan_page.pay_button.click()

    assert ran == ["done"]
    assert seen["suggested"] == "1000.00"  # what is overdue is offered first
    assert seen["zero allowed"] is False and seen["zero message"] == "must be more than 0"
    assert schedule_statuses(window)[0] == f"Paid on {TODAY.date().isoformat()}"
    assert window.loan_page.schedule_model.index(0, 0).data(STATUS_KEY_ROLE) == "paid"
    assert window.loan_page.status.text().startswith("Due in 20 days")
    window.loan_page.tabs.setCurrentIndex(PAYMENTS_TAB)
    assert window.loan_page.payments_model.index(0, 1).data() == "¥1,000.00"
    window.show_overview()
    assert window.dashboard.overdue_model.rowCount() == 0
    assert window.dashboard.overdue_empty.isVisible()
    assert window.dashboard.overdue_card.figure.text() == "—"


def test_a_partial_payment_leaves_the_instalment_overdue_with_less_owed(qtbot, window, controller):
    loan = late_loan(controller)
    window.open_loan(loan.id)
    pay_on_the_loans_page(window, "400")
    model = window.loan_page.schedule_model
    assert model.index(0, ScheduleModel.PAID).data() == "¥400.00"
    assert model.index(0, ScheduleModel.OUTSTANDING).data() == "¥600.00"
    assert schedule_statuses(window)[0] == "Overdue (10 days)"
    window.show_overview()
    assert window.dashboard.overdue_model.index(0, 2).data() == "¥600.00"


def late_loan_with_interest(controller):
    from app.core.models import Loan

    # 6,000.00 at 12 % a year over 6 months, 等额本金, lent 2026-05-20, due on the 5th. Instalment 1, due
    # 2026-06-05, is 1,000.00 principal + 16 days' interest 6,000 x 12 % / 360 x 16 = 32.00: 1,032.00,
    # ten days late on 2026-06-15. Penalty 12 % x 1.5 = 18 % a year, 0.05 % a day, paid first when
    # paying late: 罚息 1,000 x 10 x 0.0005 = 5.00, 复利 32 x 10 x 0.0005 = 0.16; 1,037.16 in all.
    loan = Loan(
        lender="招商银行", name="Loan with interest", kind="unsecured_consumer", method="equal_principal",
        principal="6000.00", annual_rate="12", term_months=6, start_date=date(2026, 5, 20), due_day=5,
    )
    controller.add_loan(loan)
    return loan


def test_the_dialog_offers_what_makes_a_late_loan_current_and_paying_it_does(qtbot, window, controller):
    loan = late_loan_with_interest(controller)
    window.open_loan(loan.id)
    # Offered: the instalment and the penalty to today, not 1,032.00 alone.
    assert pay_on_the_loans_page(window) == "1037.16"
    assert schedule_statuses(window)[0] == f"Paid on {TODAY.date().isoformat()}"
    assert window.loan_page.status.text().startswith("Due in 20 days")
    assert "to_be_current" not in window.loan_page.figures.texts()


def test_paying_only_the_instalment_late_leaves_the_penalty_part_overdue_and_says_why(qtbot, window, controller):
    loan = late_loan_with_interest(controller)
    window.open_loan(loan.id)
    pay_on_the_loans_page(window, "1032.00")
    # 5.16 of the 1,032.00 paid the penalty first: 1,026.84 reached the instalment, 5.16 of it is unpaid.
    model = window.loan_page.schedule_model
    assert model.index(0, ScheduleModel.PAID).data() == "¥1,026.84"
    assert model.index(0, ScheduleModel.OUTSTANDING).data() == "¥5.16"
    assert model.index(0, ScheduleModel.PAID).data(Qt.ItemDataRole.ToolTipRole) == (
        "Late payments also paid ¥5.16 of penalty interest on this instalment, before it."
    )
    assert schedule_statuses(window)[0] == "Overdue (10 days)"
    assert window.loan_page.status.text().startswith("10 days overdue")
    figures = window.loan_page.figures
    assert figures.texts()["to_be_current"] == "¥5.16"
    assert "¥1,032.00 paid on 2026-06-15: ¥5.16 to penalty interest, ¥1,026.84 to the instalments" in (
        figures.hows()["to_be_current"]
    )
    window.show_overview()
    assert window.dashboard.overdue_model.rowCount() == 1
