"""The tray, the overview and the reminders say the same thing about what is due (app/core/due.py
decides it once). Each test is a case where they used to disagree, checked on what the user sees: the
tray's icon, tooltip and menu, the overview's tables and figures, and the notification."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication
from reminder_support import RecordingNotifier, loan_due
from shell_support import TODAY

from app.core.models import Loan, LoanKind, Payment, RepaymentMethod
from app.ui.loans.loans_model import AMOUNT, NEXT_DUE, STATUS
from app.ui.reminders.tray import ReminderServices

DAY = TODAY.date()  # 2026-06-15


@pytest.fixture
def notifier():
    return RecordingNotifier()


@pytest.fixture
def services(window, controller, notifier):
    made = []

    def start() -> ReminderServices:
        made.append(ReminderServices(window, controller, tray_available=True, notifier=notifier))
        return made[-1]

    yield start
    for service in made:
        service.stop()
    QApplication.setQuitOnLastWindowClosed(True)


def card(loan_id: str = "cmb", start: date = date(2026, 5, 5)) -> Loan:
    # Statements on the 5th, due on the 23rd, three days' grace; 10,000.00 spent, minimum 1,000.00.
    return Loan(
        id=loan_id, lender="招商银行", name="招行信用卡", kind=LoanKind.credit_card, method=RepaymentMethod.credit_card,
        principal=Decimal("10000.00"), annual_rate=Decimal("18.25"), start_date=start, statement_day=5, due_day=23,
        grace_days=3,
    )


def tray_dues(service: ReminderServices) -> list[str]:
    service.tray.rebuild_menu()
    return [action.text() for action in service.tray.menu.actions() if action.objectName() == "trayDue"]


def upcoming_rows(window) -> list[list[str]]:
    model = window.dashboard.upcoming_model
    return [[model.index(row, column).data() for column in (1, 3, 4)] for row in range(model.rowCount())]


def test_an_instalment_past_due_within_grace_is_due_everywhere_and_overdue_nowhere(window, controller, services,
                                                                                  notifier):
    # Due June 13 with three days' grace; today is June 15. Before, the notification said "2 days
    # overdue", the tray "was due 2 days ago", and the overview listed it nowhere.
    controller.add_loan(loan_due("car", "车贷", DAY - timedelta(days=2), amount="3000.00").model_copy(
        update={"grace_days": 3}))
    service = services()
    [shown] = notifier.shown
    assert shown.title == "车贷: was due 2 days ago"
    assert "¥3,000.00 was due on 2026-06-13 and is still unpaid." in shown.body
    assert service.tray.level == "soon"
    assert "Next due: 车贷, ¥3,000.00 on 2026-06-13" in service.tray.icon.toolTip()
    assert tray_dues(service) == ["车贷 · was due 2 days ago · ¥3,000.00"]
    board = window.dashboard
    assert board.overdue_empty.isVisibleTo(window) and board.overdue_card.figure.text() == "—"
    assert upcoming_rows(window) == [["车贷", "¥3,000.00", "today"]]
    assert board.upcoming_card.figure.text() == "¥3,000.00"
    row = board.loans_model.row_of("car")
    assert board.loans_model.index(row, STATUS).data() == "Due, within the grace period"
    # The list of loans names the same instalment as next due (it named none: the next was after today).
    assert [board.loans_model.index(row, column).data() for column in (NEXT_DUE, AMOUNT)] == [
        "2026-06-13", "¥3,000.00"]


def test_a_card_shortfall_within_the_tolerance_is_not_reminded_after_grace(window, controller, services, notifier):
    # The May statement's minimum was 1,000.00 and 995.00 was paid: 5 yuan short is within the card
    # pact's tolerance, so the card is not overdue. Before, the tray kept listing "was due 23 days ago
    # · ¥5.00" with a "due soon" icon, and the reminders said "23 days overdue", every week.
    controller.add_loan(card())
    controller.add_payment(Payment(loan_id="cmb", paid_on=date(2026, 5, 20), amount=Decimal("995.00")))
    service = services()
    assert notifier.shown == []  # the June statement is due in 8 days, past the 7-day lead
    assert service.tray.level == "ok"
    [listed] = tray_dues(service)
    assert listed.startswith("招行信用卡 · due in 8 days · ")
    assert "Next due: 招行信用卡, " in service.tray.icon.toolTip() and "on 2026-06-23" in service.tray.icon.toolTip()
    assert window.dashboard.overdue_empty.isVisibleTo(window)
    assert [row[2] for row in upcoming_rows(window)] == ["8"]
    # The overview's list of all loans said "Due, within the grace period" (grace ended on May 26).
    loans = window.dashboard.loans_model
    assert loans.index(loans.row_of("cmb"), STATUS).data() == "Due in 8 days"


def test_with_a_lead_day_past_thirty_days_the_tooltip_names_what_the_icon_and_reminder_mean(
    window, controller, services, notifier
):
    # Before, the icon said "due soon" and a reminder came, while the tooltip said "Nothing due in the
    # next 30 days".
    controller.save_settings(controller.settings().model_copy(update={"reminder_lead_days": [45]}))
    controller.add_loan(loan_due("car", "车贷", DAY + timedelta(days=40)))
    service = services()
    assert [shown.title for shown in notifier.shown] == ["车贷: due in 40 days"]
    assert service.tray.level == "soon"
    assert "Next due: 车贷, ¥1,200.00 on 2026-07-25" in service.tray.icon.toolTip()
    assert "Nothing due" not in service.tray.icon.toolTip()
    assert tray_dues(service) == ["车贷 · due in 40 days · ¥1,200.00"]
    assert window.dashboard.upcoming_empty.isVisibleTo(window)  # the overview's list keeps its 30 days


def test_a_card_with_two_missed_statements_has_one_figure_in_the_tray_and_the_overview(
    window, controller, services, notifier
):
    # The April and May statements both missed: the tooltip counts them as instalments (its words say
    # so), the overview, the menu and the reminders as one loan, with the same figure.
    controller.add_loan(card(start=date(2026, 4, 5)))
    service = services()
    where = controller.summary("cmb").position
    assert where.overdue_installments == 2
    lines = service.tray.icon.toolTip().splitlines()
    assert lines[1] == "Overdue: 2 instalments"
    to_be_current = f"¥{where.amount_to_become_current:,.2f}"
    assert lines[2] == f"To be current today: {to_be_current}"
    assert window.dashboard.overdue_card.figure.text() == to_be_current
    assert window.dashboard.overdue_card.detail.text().startswith("1 loan behind on payments")
    assert [text for text in tray_dues(service) if "overdue" in text] == [
        f"招行信用卡 · 53 days overdue · {to_be_current} to be current today"
    ]
    assert [shown.title for shown in notifier.shown] == ["招行信用卡: 53 days overdue"]
