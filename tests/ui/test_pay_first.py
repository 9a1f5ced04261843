"""Several overdue debts on the overview: "Which do I pay first?" lists them in the order of
app/rules/debt_order.py with the month's money split between them, and the what-if takes "I have ¥X this
month" as its plan."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shell_support import TODAY

from app.core.models import Behaviour, Loan
from app.rules.debt_order import Debt, pay_first
from app.rules.pack import load_pack
from app.ui.loans.loan_detail import ASSESSMENT_TAB
from app.ui.overview.pay_first_panel import LOAN, OVERDUE, PAY, WHY
from app.ui.shell.style import error_text_colour


def card() -> Loan:
    """¥80,000 card unpaid since January by a holder who avoids the bank: near the malicious-overdraft line."""
    return Loan(
        id="card", lender="招商银行", name="Credit card", kind="credit_card", method="credit_card",
        principal=Decimal("80000.00"), annual_rate=Decimal("18.25"), start_date=date(2026, 1, 20),
        due_day=20, statement_day=20, behaviour=Behaviour(evading=True),
    )


def phone() -> Loan:
    """A ¥1,200 online instalment loan whose first instalment fell due on 5 June: ten days late."""
    return Loan(
        id="phone", lender="花呗", name="Phone instalments", kind="unsecured_consumer",
        method="equal_installment", principal=Decimal("1200.00"), annual_rate=Decimal("6"), term_months=12,
        start_date=date(2026, 5, 5), due_day=5,
    )


def home() -> Loan:
    """A mortgage with nothing overdue."""
    return Loan(
        id="home", lender="建设银行", name="Flat", kind="mortgage", method="equal_installment",
        principal=Decimal("500000.00"), annual_rate=Decimal("3.85"), term_months=240,
        start_date=date(2026, 6, 1), due_day=1,
    )


@pytest.fixture
def panel(qtbot, window, controller):
    window.resize(1366, 768)
    for loan in (phone(), card(), home()):
        controller.add_loan(loan)
    window.show_overview()
    panel = window.dashboard.pay_first_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2 and panel.is_settled(), timeout=5000)
    return panel


def shown(panel, column: int) -> list[str]:
    return [panel.model.index(row, column).data() for row in range(panel.model.rowCount())]


def type_budget(qtbot, panel, text: str) -> None:
    panel.budget.selectAll()
    if text:
        qtbot.keyClicks(panel.budget, text)
    else:
        qtbot.keyClick(panel.budget, Qt.Key.Key_Backspace)
    panel.flush()
    qtbot.waitUntil(panel.is_settled, timeout=3000)
    QApplication.processEvents()


def test_the_overview_orders_the_overdue_debts_and_splits_the_money(qtbot, panel):
    assert panel.isVisible()
    # Without an amount: the order alone, the card near the crime line first; no share column.
    assert shown(panel, LOAN) == ["Credit card", "Phone instalments"]
    assert panel.table.isColumnHidden(PAY)
    assert "overdue in all" in panel.summary_label.text()

    type_budget(qtbot, panel, "2000")
    expected = pay_first([Debt(phone()), Debt(card())], Decimal("2000"), TODAY.date(), load_pack(), "en")
    # The small loan clears before it is reported: first; the card gets the rest. Its instalment is ¥103.28
    # (97.28 principal + 6.00 interest), ten days late: paid now, 97.28 x 10 x 0.00025 = 0.24 罚息 and
    # 6.00 x 10 x 0.00025 = 0.02 复利 come first, so ¥103.54 makes it current.
    assert shown(panel, LOAN) == [place.name for place in expected.places] == ["Phone instalments", "Credit card"]
    assert not panel.table.isColumnHidden(PAY)
    assert shown(panel, PAY) == ["¥103.54", "¥1,896.46"]
    assert shown(panel, OVERDUE)[0] == "¥103.54"
    assert panel.model.headerData(OVERDUE, Qt.Orientation.Horizontal) == "To be current today"
    assert panel.summary_label.text() == expected.summary
    # The reasons: the first in the row, all of them with their sources (never a rule id) in the tooltip.
    assert shown(panel, WHY)[0].startswith("Only ¥103.54 clears what is late here")
    card_reasons = panel.model.index(1, WHY).data(3)  # ToolTipRole
    assert "malicious overdraft" in card_reasons and "interpretation on card crimes" in card_reasons
    assert "law." not in card_reasons and "judgement." not in card_reasons
    # Every name is shown whole (the cells are sized to their text, not to an empty size hint).
    metrics = panel.table.fontMetrics()
    assert panel.table.columnWidth(LOAN) >= metrics.horizontalAdvance("Phone instalments")
    assert panel.table.columnWidth(PAY) >= metrics.horizontalAdvance("¥1,896.46")
    # The model never hands Qt a None.
    roles = range(0, 16)
    assert all(panel.model.index(r, c).data(role) is not None for r in range(2) for c in range(5) for role in roles)


def test_a_bad_amount_is_told_and_keeps_the_last_order(qtbot, panel):
    type_budget(qtbot, panel, "2000")
    before = shown(panel, PAY)
    type_budget(qtbot, panel, "abc")
    assert panel.problem() == "“abc” is not an amount: enter a number such as 1644.00."
    # In the error colour, and a screen reader hears it on the amount field itself.
    assert error_text_colour(panel.palette()).name() in panel.problem_label.styleSheet()
    assert panel.budget.accessibleDescription() == panel.problem()
    assert shown(panel, PAY) == before
    type_budget(qtbot, panel, "")
    assert panel.problem() == "" and panel.table.isColumnHidden(PAY)
    assert panel.budget.accessibleDescription() == ""


def test_the_panel_speaks_chinese(qtbot, panel, controller):
    controller.set_language("zh_CN")
    QApplication.processEvents()
    type_budget(qtbot, panel, "2000")
    assert panel.title.text() == "先还哪一笔？"
    assert panel.summary_label.text().startswith("本月有 ¥2,000.00")
    assert shown(panel, WHY)[0].startswith("这笔只要 ¥103.54")
    assert panel.model.headerData(PAY, Qt.Orientation.Horizontal) == "本月还"


def card_share(budget: str) -> str:
    """The card's share of ``budget`` in pay_first's order, as the what-if sentence prints it."""
    order = pay_first([Debt(phone()), Debt(card())], Decimal(budget), TODAY.date(), load_pack(), "en")
    share = next(place.pay for place in order.places if place.loan_id == "card")
    return f"¥{share:,.2f}"


def test_the_what_if_takes_i_have_this_much_this_month(qtbot, panel, window):
    window.open_loan("card", tab=ASSESSMENT_TAB)
    tab = window.loan_page.assessment_tab
    plan, timeline = tab.plan_panel, tab.view.timeline
    qtbot.keyClicks(plan.budget, "2000")
    qtbot.waitUntil(timeline.has_comparison, timeout=3000)
    assert plan.budget_check.isChecked() and not plan.pay_check.isChecked()
    # The card's share of ¥2,000 after the small loan's ¥103.54 (penalty first) is what the plan pays.
    assert card_share("2000") == "¥1,896.46"
    assert plan.sentences()[0].startswith("If you pay ¥1,896.46 by 2026-06-18")
    assert timeline.comparison_day() > 0  # part paid: still overdue on the plan's day
    budget_plan = tab.view.comparison()

    plan.budget.selectAll()
    qtbot.keyClicks(plan.budget, "1000000")
    qtbot.waitUntil(lambda: tab.view.comparison() is not budget_plan, timeout=3000)
    # Enough to clear the card's whole overdue amount: the plan bars change (day 0 on the plan's day).
    assert plan.sentences()[0].startswith(f"If you pay {card_share('1000000')} by 2026-06-18")
    assert timeline.comparison_day() == 0


def test_the_what_if_says_when_the_money_does_not_reach_the_loan(qtbot, panel, window):
    # ¥100 is not enough to clear the small loan cheaply: the card near the crime line takes it all.
    window.open_loan("phone", tab=ASSESSMENT_TAB)
    plan = window.loan_page.assessment_tab.plan_panel
    qtbot.keyClicks(plan.budget, "100")
    qtbot.waitUntil(lambda: plan.problem() != "", timeout=3000)
    assert plan.problem() == (
        "With ¥100.00 this month, the debts that come first take it all: nothing reaches this loan."
    )
