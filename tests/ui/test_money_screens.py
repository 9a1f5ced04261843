"""Issue 13 as a user sees it: every screen shows the money the core works out (owed today, future interest
apart, to be current today, the card's minimum, the real APR), prepayments and rate changes entered
through the dialogs re-work the schedule, and an instalment counted paid at entry can be marked late.

Each figure on screen is compared with the core's own for the same loan (worked out here, not read
from the window), and where a textbook formula gives the figure independently it is checked too.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from reminder_support import RecordingNotifier
from shell_support import TODAY, when_modal

from app.core.models import Loan, RateChange
from app.core.money_how import explain_position, if_paid_on
from app.core.partway import installments_due_before
from app.core.rate_check import rate_check, rate_check_text
from app.core.schedule import position
from app.ui.widgets import formatting
from app.ui.overview.dashboard import OverdueModel
from app.ui.loans.loan_detail import ASSESSMENT_TAB
from app.ui.loans.loans_model import AMOUNT, FUTURE_INTEREST, OUTSTANDING
from app.ui.loans.money_figures import FigureBox
from app.ui.loans.paid_on_dialog import PaidOnDialog
from app.ui.loans.payment_dialog import PaymentDialog
from app.ui.loans.rate_changes_dialog import RateChangesDialog
from app.ui.loans.schedule_model import ScheduleModel
from app.ui.reminders.tray import ReminderServices

DAY = TODAY.date()  # 2026-06-15


def money(amount: Decimal) -> str:
    return formatting.money(amount, "CNY", "symbol")


def core_position(controller, loan_id: str, day: date = DAY):
    loan = controller.loan(loan_id)
    return loan, position(loan, controller.payments(loan_id), day)


def mortgage(controller, **changes) -> Loan:
    """The issue's mortgage: 1,000,000 over 30 years at 3.95 %, borrowed 2024-03-20 and paid on time,
    entered part-way with every instalment due before today counted as paid."""
    loan = Loan(
        id="home",
        lender="建设银行",
        name="Mortgage",
        kind="mortgage",
        method="equal_installment",
        principal="1000000.00",
        annual_rate="3.95",
        term_months=360,
        start_date=date(2024, 3, 20),
        due_day=20,
        secured=True,
    )
    loan = loan.model_copy(update={"paid_installments": installments_due_before(loan, DAY), **changes})
    controller.add_loan(loan)
    return loan


def late_consumer_loan(controller) -> Loan:
    """A 12 % consumer loan whose 2026-05-01 instalment is unpaid: 45 days late on 2026-06-15."""
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
    )
    loan = loan.model_copy(update={"paid_installments": 4})  # January to April paid
    controller.add_loan(loan)
    return loan


def card(controller) -> Loan:
    loan = Loan(
        id="cmb",
        lender="招商银行",
        name="招行信用卡",
        kind="credit_card",
        method="credit_card",
        principal="18000.00",
        annual_rate="18.25",
        start_date=date(2026, 6, 5),
        due_day=25,
        grace_days=3,
    )
    controller.add_loan(loan)
    return loan


def schedule_cell(window, row: int, column: int) -> str:
    return window.loan_page.schedule_model.index(row, column).data()


def row_of_number(window, number: int) -> int:
    model = window.loan_page.schedule_model
    for row in range(model.rowCount()):
        if model.state_at(row).installment.number == number:
            return row
    raise AssertionError(f"no instalment {number} on screen")


# ------------------------------------------------------------------------------- the loan page


def test_a_part_way_mortgage_shows_what_is_owed_today_and_future_interest_apart(window, controller):
    loan = mortgage(controller)
    window.open_loan(loan.id)
    page = window.loan_page
    loan, where = core_position(controller, loan.id)
    hows = explain_position(loan, where, "en")
    shown = page.figures.texts()

    assert where.days_past_due == 0 and "overdue" not in page.status.text()
    assert "to_be_current" not in shown  # nothing to catch up on
    assert shown["outstanding"] == money(where.outstanding)
    assert shown["outstanding_principal"] == money(where.outstanding_principal)
    assert shown["interest_accrued"] == money(where.interest_accrued)
    assert shown["future_interest"] == money(where.future_interest)
    assert page.figures.hows()["outstanding"] == hows["outstanding"]
    assert page.figures.hows()["future_interest"] == hows["future_interest"]
    # Owed today is principal plus interest so far, nowhere near principal plus 28 years of interest.
    assert where.outstanding < Decimal("1000000") < where.outstanding_total
    # The textbook remaining balance after 26 instalments of the annuity: B = P(1+r)^k - A((1+r)^k - 1)/r.
    rate = Decimal("3.95") / 1200
    growth = (1 + rate) ** 360
    payment = Decimal("1000000") * rate * growth / (growth - 1)
    paid = (1 + rate) ** 26
    textbook = Decimal("1000000") * paid - payment * (paid - 1) / rate
    assert abs(where.outstanding_principal - textbook) < Decimal("1.00")
    # The overview's row says the same.
    window.show_overview()
    model = window.dashboard.loans_model
    row = model.row_of(loan.id)
    assert model.index(row, OUTSTANDING).data() == money(where.outstanding)
    assert model.index(row, FUTURE_INTEREST).data() == money(where.future_interest)
    assert model.index(row, OUTSTANDING).data(Qt.ItemDataRole.ToolTipRole) == hows["outstanding"]


def test_a_late_loan_shows_to_be_current_with_penalty_on_the_page_and_the_overview(window, controller):
    loan = late_consumer_loan(controller)
    loan, where = core_position(controller, loan.id)
    hows = explain_position(loan, where, "en")
    assert where.days_past_due == 45 and where.penalty_interest > 0
    assert where.amount_to_become_current == where.overdue_amount + where.penalty_interest + where.fees

    window.show_overview()
    board = window.dashboard
    assert board.overdue_card.figure.text() == money(where.amount_to_become_current)
    assert board.overdue_card.caption.text() == "To be current today"
    # The card's tooltip is worked out when the pointer rests on it (it explains every overdue loan).
    assert board.overdue_card.toolTip() == ""
    spot = QPoint(5, 5)
    QApplication.sendEvent(
        board.overdue_card, QHelpEvent(QEvent.Type.ToolTip, spot, board.overdue_card.mapToGlobal(spot))
    )
    assert hows["amount_to_become_current"] in board.overdue_card.toolTip()
    assert money(where.amount_to_become_current) in board.overdue_card.accessibleDescription()
    cell = board.overdue_model.index(0, OverdueModel.TO_BE_CURRENT)
    assert cell.data() == money(where.amount_to_become_current)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == hows["amount_to_become_current"]
    assert board.overdue_model.index(0, OverdueModel.OVERDUE).data() == money(where.overdue_amount)
    row = board.loans_model.row_of(loan.id)
    assert board.loans_model.index(row, AMOUNT).data() == money(where.amount_to_become_current)

    window.open_loan(loan.id)
    figures = window.loan_page.figures
    assert figures.texts()["to_be_current"] == money(where.amount_to_become_current)
    # Another loan's page shows none of this one's figures (no box left behind under the new ones).
    window.open_loan(mortgage(controller).id)
    shown = [box.key for box in figures.findChildren(FigureBox) if box.isVisible()]
    assert "penalty_interest" not in shown and "to_be_current" not in shown
    window.open_loan(loan.id)
    assert figures.texts()["penalty_interest"] == money(where.penalty_interest)
    assert figures.hows()["penalty_interest"] == hows["penalty_interest"]
    assert figures.hows()["to_be_current"] == hows["amount_to_become_current"]


def test_a_flat_fee_loan_above_24_percent_shows_its_real_apr_and_the_courts_line(window, controller):
    loan = Loan(
        id="online",
        lender="某消费金融",
        kind="small_online",
        method="flat_fee",
        principal="10000.00",
        monthly_fee_rate="1.5",  # "only 1.5 % a month": 18 % quoted, about 32 % real
        term_months=12,
        start_date=date(2026, 3, 10),
        due_day=10,
        paid_installments=3,
    )
    controller.add_loan(loan)
    window.open_loan(loan.id)
    page = window.loan_page
    check = rate_check(controller.loan(loan.id), controller.payments(loan.id))
    assert check.apr > Decimal("24")
    assert page.figures.texts()["apr"] == f"{check.apr} %"
    assert page.rate_note.isVisible()
    assert page.rate_note.text().startswith(rate_check_text(check, "en"))
    assert "illegal" not in page.rate_note.text().replace("does not make the loan illegal", "")


def test_a_mortgage_at_its_contract_rate_shows_no_rate_note(window, controller):
    loan = mortgage(controller)
    window.open_loan(loan.id)
    assert window.loan_page.figures.texts()["apr"].endswith(" %")
    assert not window.loan_page.rate_note.isVisible()


# ------------------------------------------------------------------------------------ prepayment


def prepay(window, qtbot, amount: str, mode: str, fee: str = "") -> dict[str, object]:
    seen: dict[str, object] = {}

    def fill(dialog: PaymentDialog) -> None:
        dialog.amount.setText(amount)
        seen["fee shown before ticking"] = dialog.fee.isVisible()
        dialog.prepayment.setChecked(True)
        getattr(dialog, mode).setChecked(True)
        seen["fee shown after ticking"] = dialog.fee.isVisible()
        dialog.fee.setText(fee)
        seen["save enabled"] = dialog.save_button.isEnabled()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    ran = when_modal(PaymentDialog, fill)
    window.loan_page.pay_button.click()
    assert ran == ["done"]
    return seen


def test_a_prepayment_that_shortens_the_term_reworks_the_schedule_on_screen(window, controller, qtbot):
    loan = mortgage(controller)
    window.open_loan(loan.id)
    model = window.loan_page.schedule_model
    before_rows = model.rowCount()
    regular = model.state_at(row_of_number(window, 30)).installment.amount
    principal_before = core_position(controller, loan.id)[1].outstanding_principal
    seen = prepay(window, qtbot, "200000", "shorten_term", fee="500")

    assert seen == {"fee shown before ticking": False, "fee shown after ticking": True, "save enabled": True}
    [payment] = controller.payments(loan.id)
    assert (str(payment.prepayment), payment.amount, payment.prepayment_fee) == (
        "shorten_term", Decimal("200000.00"), Decimal("500.00"))
    loan, where = core_position(controller, loan.id)
    # The next instalment is still due next month (not in 2031), the instalment stays, the term ends sooner.
    assert where.next_due.installment.due_date == date(2026, 6, 20)
    assert model.rowCount() < before_rows
    assert model.rowCount() == len(where.states)
    assert model.state_at(row_of_number(window, 30)).installment.amount == regular
    last = model.state_at(model.rowCount() - 1).installment
    assert last.due_date < date(2054, 3, 20)
    for row, state in enumerate(where.states):
        assert model.index(row, ScheduleModel.AMOUNT).data() == money(state.installment.amount)
    assert window.loan_page.figures.texts()["outstanding_principal"] == money(where.outstanding_principal)
    assert where.outstanding_principal == principal_before - Decimal("200000")
    payments = window.loan_page.payments_model
    assert payments.index(0, 2).data() == "Prepayment, term shortened (fee ¥500.00)"


def test_a_prepayment_that_lowers_the_instalment_keeps_the_end_date(window, controller, qtbot):
    loan = mortgage(controller)
    window.open_loan(loan.id)
    model = window.loan_page.schedule_model
    before_rows = model.rowCount()
    regular = model.state_at(row_of_number(window, 30)).installment.amount
    prepay(window, qtbot, "200000", "reduce_installment")

    loan, where = core_position(controller, loan.id)
    assert model.rowCount() == before_rows == len(where.states)
    lowered = model.state_at(row_of_number(window, 30)).installment.amount
    assert lowered < regular
    assert lowered == where.states[29].installment.amount
    # Textbook: the balance after instalment 27 re-amortised over the 333 months left at 3.95 %.
    balance = where.states[26].installment.balance_after
    rate = Decimal("3.95") / 1200
    annuity = balance * rate / (1 - (1 + rate) ** -333)
    assert abs(lowered - annuity) <= Decimal("0.01")


def test_a_card_offers_no_prepayment_choice(window, controller, qtbot):
    loan = card(controller)
    window.open_loan(loan.id)
    seen = {}

    def look(dialog: PaymentDialog) -> None:
        seen["offered"] = dialog.prepayment.isVisible()
        dialog.reject()

    ran = when_modal(PaymentDialog, look)
    window.loan_page.pay_button.click()
    assert ran == ["done"] and seen == {"offered": False}


# ---------------------------------------------------------------------------------- rate changes


def test_a_rate_change_entered_on_the_loan_page_changes_the_next_instalments(window, controller, qtbot):
    loan = mortgage(controller)
    window.open_loan(loan.id)
    page = window.loan_page
    assert page.rate_changes_button.isVisible()
    before = page.schedule_model.state_at(row_of_number(window, 28)).installment.amount
    seen = {}

    def change(dialog: RateChangesDialog) -> None:
        dialog.effective_from.setDate(QDate(2026, 6, 1))
        dialog.rate.setText("abc")
        dialog.add_button.click()
        seen["bad rate"] = dialog.problem.text()
        dialog.rate.setText("3.45")
        dialog.add_button.click()
        seen["listed"] = [dialog.model.index(0, column).data() for column in range(2)]
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    ran = when_modal(RateChangesDialog, change)
    page.rate_changes_button.click()

    assert ran == ["done"]
    assert seen["bad rate"] == "Type the new annual rate as a number, for example 3.45."
    assert seen["listed"] == ["2026-06-01", "3.45 %"]
    saved = controller.loan(loan.id)
    assert [(change.effective, change.annual_rate) for change in saved.rate_changes] == [
        (date(2026, 6, 1), Decimal("3.45"))]
    loan, where = core_position(controller, loan.id)
    after = page.schedule_model.state_at(row_of_number(window, 28)).installment.amount
    assert after < before
    assert page.schedule_model.index(row_of_number(window, 28), ScheduleModel.AMOUNT).data() == money(
        where.states[27].installment.amount)
    # Textbook: the balance after instalment 27 re-amortised at 3.45 % over the 333 months left.
    balance = where.states[26].installment.balance_after
    rate = Decimal("3.45") / 1200
    assert abs(after - balance * rate / (1 - (1 + rate) ** -333)) <= Decimal("0.01")


def test_a_rate_change_can_be_removed_again(window, controller, qtbot):
    loan = mortgage(controller, rate_changes=[RateChange(effective=date(2026, 6, 1), annual_rate=Decimal("3.45"))])
    window.open_loan(loan.id)

    def remove(dialog: RateChangesDialog) -> None:
        dialog.table.selectRow(0)
        dialog.remove_button.click()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    ran = when_modal(RateChangesDialog, remove)
    window.loan_page.rate_changes_button.click()
    assert ran == ["done"]
    assert controller.loan(loan.id).rate_changes == []


# ------------------------------------------------------------------------ per-instalment history


def test_an_instalment_counted_paid_at_entry_can_be_marked_paid_late(window, controller, qtbot):
    loan = mortgage(controller)
    window.open_loan(loan.id)
    page = window.loan_page
    row = row_of_number(window, 3)
    assert schedule_cell(window, row, ScheduleModel.STATUS) == "Paid on 2024-06-20"
    page.schedule_table.setCurrentIndex(page.schedule_model.index(row, 0))
    assert page.paid_on_button.isEnabled()

    def late(dialog: PaidOnDialog) -> None:
        dialog.late.setChecked(True)
        dialog.paid_on.setDate(QDate(2024, 7, 2))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    ran = when_modal(PaidOnDialog, late)
    page.paid_on_button.click()
    assert ran == ["done"]
    assert controller.loan(loan.id).installment_paid_on == {3: date(2024, 7, 2)}
    assert schedule_cell(window, row_of_number(window, 3), ScheduleModel.STATUS) == "Paid on 2024-07-02"
    _, where = core_position(controller, loan.id)
    assert where.cumulative_overdue == 1 and where.days_past_due == 0  # late history, not late now
    # A future instalment was not counted paid at entry: nothing to say about it.
    page.schedule_table.setCurrentIndex(page.schedule_model.index(row_of_number(window, 40), 0))
    assert not page.paid_on_button.isEnabled()


# ----------------------------------------------------------------------------- the card's minimum


def test_the_card_minimum_appears_in_the_overview_the_header_and_the_tray(window, controller):
    loan = card(controller)
    summary = controller.summary(loan.id)
    minimum = summary.card_minimum_due
    assert minimum == Decimal("1800.00")  # 10 % of 18,000, above the 100 floor
    window.show_overview()
    board = window.dashboard
    row = board.loans_model.row_of(loan.id)
    assert board.loans_model.index(row, AMOUNT).data() == "¥18,000.00 (minimum ¥1,800.00)"
    assert not board.loans_table.isColumnHidden(AMOUNT)
    assert board.upcoming_model.index(0, 3).data() == "¥18,000.00 (minimum ¥1,800.00)"
    window.open_loan(loan.id)
    assert window.loan_page.figures.texts()["card_minimum"] == money(minimum)
    hows = explain_position(controller.loan(loan.id), controller.full_position(loan.id), "en")
    assert window.loan_page.figures.hows()["card_minimum"] == hows["minimum"]

    services = ReminderServices(window, controller, tray_available=True, notifier=RecordingNotifier())
    try:
        services.tray.rebuild_menu()
        items = [action.text() for action in services.tray.menu.actions() if action.objectName() == "trayDue"]
        assert items == ["招行信用卡 · due in 10 days · ¥18,000.00 (minimum ¥1,800.00)"]
    finally:
        services.stop()
        QApplication.setQuitOnLastWindowClosed(True)


# ------------------------------------------------------------------------------------------ tray


def test_the_tray_menu_shows_what_makes_a_late_loan_current_today(window, controller):
    loan = late_consumer_loan(controller)
    _, where = core_position(controller, loan.id)
    services = ReminderServices(window, controller, tray_available=True, notifier=RecordingNotifier())
    try:
        services.tray.rebuild_menu()
        items = [action.text() for action in services.tray.menu.actions() if action.objectName() == "trayDue"]
        # One line for the late loan (its two overdue instalments are one debt), then the coming one.
        assert items[0] == f"Consumer loan · 45 days overdue · {money(where.amount_to_become_current)} to be current today"
        assert sum("overdue" in item for item in items) == 1
        assert f"To be current today: {money(where.amount_to_become_current)}" in services.tray.icon.toolTip()
    finally:
        services.stop()
        QApplication.setQuitOnLastWindowClosed(True)


# --------------------------------------------------------------------------------------- what-if


def test_the_what_if_shows_to_be_current_today_and_on_the_plans_day(window, controller, qtbot):
    loan = late_consumer_loan(controller)
    window.open_loan(loan.id, ASSESSMENT_TAB)
    panel = window.loan_page.assessment_tab.plan_panel
    day = DAY + timedelta(days=10)
    panel.date.setDate(QDate(day.year, day.month, day.day))
    panel.flush()
    _, now = core_position(controller, loan.id)
    later = if_paid_on(controller.loan(loan.id), controller.payments(loan.id), day)
    assert later.amount_to_become_current > now.amount_to_become_current  # penalty runs on
    assert panel.to_be_current.isVisible()
    assert panel.to_be_current.text() == (
        f"To be current: {money(now.amount_to_become_current)} today, "
        f"{money(later.amount_to_become_current)} if you pay on {day.isoformat()}"
    )
    hows = explain_position(controller.loan(loan.id), later, "en")
    assert panel.to_be_current.toolTip() == hows["amount_to_become_current"]


# -------------------------------------------------------------------------------------- Chinese


@pytest.mark.parametrize("lang", ["zh_CN"])
def test_the_figures_and_their_explanations_speak_chinese(window, controller, lang):
    loan = late_consumer_loan(controller)
    controller.set_language(lang)
    window.open_loan(loan.id)
    figures = window.loan_page.figures
    loan, where = core_position(controller, loan.id)
    hows = explain_position(loan, where, lang)
    assert figures.box("to_be_current").caption.text() == "今天恢复正常需还"
    assert figures.box("future_interest").caption.text() == "未来利息（尚未产生）"
    assert figures.hows()["penalty_interest"] == hows["penalty_interest"]


def test_a_long_schedule_opens_at_the_first_instalment_still_owed(window, controller, qtbot):
    loan = mortgage(controller)
    window.open_loan(loan.id)
    table = window.loan_page.schedule_table
    qtbot.waitUntil(lambda: table.rowAt(0) > 0)
    assert table.model().state_at(table.rowAt(0)).installment.number == 27  # 26 were paid before entry


def test_a_rate_typed_and_saved_with_enter_is_kept_and_a_bad_one_blocks_saving(window, controller, qtbot):
    loan = mortgage(controller)
    dialog = RateChangesDialog(controller, controller.loan(loan.id), parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.effective_from.setDate(QDate(2026, 7, 1))
    dialog.rate.setText("200")  # beyond any rate a loan may carry: the core's own check says so
    qtbot.keyClick(dialog.rate, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.problem.isVisible() and dialog.problem.text()
    dialog.rate.setText("3.3")
    qtbot.keyClick(dialog.rate, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [(change.effective, change.annual_rate) for change in dialog.result_loan.rate_changes] == [
        (date(2026, 7, 1), Decimal("3.3"))]


# ------------------------------------------------------------------------------- placeholders


def test_a_loan_named_like_a_placeholder_reads_as_typed_in_the_tray_and_on_its_page(window, controller):
    """Every translated template is filled in one pass (str.format_map by name): a loan or lender whose name
    holds "%1" or "%3" is shown as typed, never with an amount or a date pasted into it, which the old
    chained .replace("%1", ...).replace("%2", ...).replace("%3", ...) did."""
    name, lender = "Card %3 (joint) %1", "%2 Bank"
    loan = mortgage(controller, name=name, lender=lender)
    services = ReminderServices(window, controller, tray_available=True, notifier=RecordingNotifier())
    try:
        services.tray.rebuild_menu()
        items = [action.text() for action in services.tray.menu.actions() if action.objectName() == "trayDue"]
        assert items and items[0].startswith(f"{name} · ")
        assert f"Next due: {name}, " in services.tray.icon.toolTip()
    finally:
        services.stop()
        QApplication.setQuitOnLastWindowClosed(True)
    window.open_loan(loan.id)
    assert window.loan_page.title.text() == name
    assert lender in window.loan_page.subtitle.text()
