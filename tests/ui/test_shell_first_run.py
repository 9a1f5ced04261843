"""A new user's first minutes: the welcome page, the sample set opened and removed in one click each."""

from __future__ import annotations

from datetime import date

from app.ui.loans.loans_model import NAME, STATUS
from app.ui.shell.sample_data import load_sample_set


def test_without_loans_the_window_invites_to_add_one_or_open_the_sample(window):
    assert window.current_page() is window.empty_state
    assert window.empty_state.add_button.text() == "&Add a loan"
    assert window.empty_state.sample_button.isVisible()
    assert not window.sample_banner.isVisible()


def test_the_sample_set_opens_in_one_click_and_is_removed_in_one_click(qtbot, window, controller):
    window.empty_state.sample_button.click()

    assert window.current_page() is window.dashboard
    assert window.sample_banner.isVisible()
    assert controller.settings().sample_data_loaded
    window.show_loans()
    rows = {
        window.loans_page.proxy.index(row, NAME).data(): window.loans_page.proxy.index(row, STATUS).data()
        for row in range(window.loans_page.proxy.rowCount())
    }
    # Clearly marked, and in the situations the sample promises, whatever day it is opened.
    assert rows == {
        "Sample · Online loan": "70 days overdue",
        "Sample · Credit card": "25 days overdue",
        "Sample · Car loan": "Due in 5 days",
        "Sample · Mortgage": "Due in 10 days",
    }

    window.sample_banner.remove_button.click()

    assert window.loans_page.visible_loan_names() == []
    window.show_overview()
    assert window.current_page() is window.empty_state
    assert not window.sample_banner.isVisible()
    assert not controller.settings().sample_data_loaded
    assert "4" in window.statusBar().currentMessage()


def test_removing_the_sample_keeps_the_users_own_loans(qtbot, window, controller):
    from app.core.models import Loan

    window.load_sample()
    own = Loan(
        lender="工商银行",
        name="My car",
        kind="car",
        method="equal_installment",
        principal="80000.00",
        annual_rate="4",
        term_months=24,
        start_date=date(2026, 6, 1),
        due_day=1,
    )
    controller.add_loan(own)
    window.remove_sample()
    window.show_loans()
    assert window.loans_page.visible_loan_names() == ["My car"]
    assert window.current_page() is window.loans_page


def test_the_chinese_sample_is_marked_and_lands_on_any_day_as_described():
    for today in (date(2026, 1, 31), date(2027, 2, 28), date(2028, 2, 29)):
        sample = load_sample_set("zh_CN", today)
        assert all(loan.display_name.startswith("示例") for loan in sample.loans)
        from app.core.overview import loan_summaries

        days = {
            s.loan.id: s.position.days_past_due for s in loan_summaries(sample.loans, sample.payments, today)
        }
        assert days == {"sample-card": 25, "sample-online": 70, "sample-mortgage": 0, "sample-car": 0}
        evading = {loan.id for loan in sample.loans if loan.behaviour.evading}
        assert evading == {"sample-online"}
