"""Adding, editing and deleting a loan the way a user does it: through the main window's dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from shell_support import TODAY, answer_message_box, when_modal

from app.ui.loans.loan_detail import ASSESSMENT_TAB
from app.ui.loans.loan_editor import LoanEditor
from app.ui.loans.loans_model import NAME, STATUS
from app.ui.shell.main_window import OVERVIEW, MainWindow


def fill_mortgage(editor: LoanEditor, qtbot, principal: str = "500000") -> None:
    editor.kind.setCurrentIndex(editor.kind.findData("mortgage"))
    editor.lender.setText("建设银行")  # typed through an input method: arrives as whole text
    qtbot.keyClicks(editor.name, "Flat in Pudong")
    editor.money_edits["principal"].setText(principal)
    editor.money_edits["annual_rate"].setText("3.85")


def test_adding_a_loan_through_the_dialog_shows_it_in_the_list_and_on_its_page(qtbot, window):
    seen: dict[str, object] = {}

    def use_editor(editor: LoanEditor) -> None:
        fill_mortgage(editor, qtbot, principal="abc")
        qtbot.wait(20)
        editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen["still open after Save with a bad amount"] = editor.isVisible()
        seen["message beside the amount"] = editor.field_error("principal")
        seen["message visible"] = editor.findChild(type(editor.general_error), "error_principal").isVisible()
        editor.money_edits["principal"].setText("500000")
        qtbot.wait(20)
        seen["message once corrected"] = editor.field_error("principal")
        seen["preview rows"] = editor.preview_model.rowCount()
        editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    ran = when_modal(LoanEditor, use_editor)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert ran == ["done"]
    assert seen["still open after Save with a bad amount"] is True
    assert "number" in seen["message beside the amount"]
    assert seen["message visible"] is True
    assert seen["message once corrected"] == ""
    assert seen["preview rows"] == 360  # a mortgage defaults to 30 years
    # The new loan's own page is open at its assessment (what a worried user came for), and the list has it.
    assert window.current_page() is window.loan_page
    assert window.loan_page.tabs.currentIndex() == ASSESSMENT_TAB
    assert window.loan_page.title.text() == "Flat in Pudong"
    assert "建设银行" in window.loan_page.subtitle.text()
    window.show_loans()
    assert window.loans_page.visible_loan_names() == ["Flat in Pudong"]


def test_an_empty_lender_blocks_save_with_the_reason_under_the_field(qtbot, controller):
    editor = LoanEditor(controller)
    qtbot.addWidget(editor)
    editor.show()
    editor.money_edits["principal"].setText("1000")
    editor.money_edits["annual_rate"].setText("18")
    qtbot.keyClicks(editor.lender, "x")
    editor.lender.clear()
    qtbot.wait(20)
    editor.save_button.click()
    assert editor.isVisible() and editor.result_loan is None
    assert editor.field_error("lender") == "must not be empty"
    editor.lender.insert("招商银行")
    qtbot.wait(20)
    assert editor.field_error("lender") == ""
    editor.save_button.click()
    assert editor.result_loan is not None and editor.result_loan.lender == "招商银行"


def test_choosing_a_kind_fills_in_what_is_usual_for_it(qtbot, controller):
    editor = LoanEditor(controller)
    qtbot.addWidget(editor)
    editor.show()
    editor.kind.setCurrentIndex(editor.kind.findData("car"))
    assert editor.method.currentData() == "equal_installment"
    assert editor.term_months.value() == 36 and editor.secured.isChecked()
    assert editor.grace_days.value() == 0
    editor.kind.setCurrentIndex(editor.kind.findData("credit_card"))
    assert editor.method.currentData() == "credit_card"
    assert editor.grace_days.value() == 3
    # A card shows the card's own fields, not a term.
    assert editor.money_edits["min_payment_percent"].isVisible()
    assert not editor.term_months.isVisible()


def test_a_flat_fee_loan_shows_its_real_yearly_rate(qtbot, controller):
    editor = LoanEditor(controller)
    qtbot.addWidget(editor)
    editor.show()
    editor.kind.setCurrentIndex(editor.kind.findData("small_online"))
    editor.method.setCurrentIndex(editor.method.findData("flat_fee"))
    qtbot.keyClicks(editor.lender, "QuickLoan")
    editor.money_edits["principal"].setText("12000")
    editor.money_edits["monthly_fee_rate"].setText("0.6")
    editor.term_months.setValue(12)
    qtbot.wait(20)
    assert editor.apr_label.isVisible()
    assert "13.03 %" in editor.apr_label.text()  # not the 7.2 % the fee suggests
    assert "7.2 %" in editor.apr_label.text()


def test_editing_a_loan_changes_what_the_list_shows(qtbot, window, controller):
    from app.core.models import Loan

    loan = Loan(
        lender="招商银行",
        name="Card",
        kind="credit_card",
        method="credit_card",
        principal="3000.00",
        annual_rate="18.25",
        start_date=TODAY.date(),
        due_day=5,
    )
    controller.add_loan(loan)
    window.show_loans()
    window.loans_page.select_loan(loan.id)

    def rename(editor: LoanEditor) -> None:
        assert editor.lender.text() == "招商银行"
        editor.name.setText("CMB gold card")
        editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    ran = when_modal(LoanEditor, rename)
    window.loans_page.edit_button.click()
    assert ran == ["done"]
    assert window.loans_page.visible_loan_names() == ["CMB gold card"]
    assert controller.loan(loan.id).behaviour == loan.behaviour  # the questionnaire answers are kept


def test_deleting_a_loan_asks_first_then_removes_it(qtbot, window, controller):
    from app.core.models import Loan

    keep = Loan(
        lender="Bank A",
        name="Keep me",
        kind="car",
        method="equal_installment",
        principal="90000.00",
        annual_rate="4.5",
        term_months=36,
        start_date=TODAY.date(),
        due_day=20,
    )
    drop = Loan(
        lender="Bank B",
        name="Delete me",
        kind="small_online",
        method="equal_installment",
        principal="5000.00",
        annual_rate="12",
        term_months=12,
        start_date=TODAY.date(),
        due_day=8,
    )
    controller.add_loan(keep)
    controller.add_loan(drop)
    window.show_loans()

    window.loans_page.select_loan(drop.id)
    window.loans_page.table.setFocus()
    asked = answer_message_box(QMessageBox.StandardButton.No)
    qtbot.keyClick(window.loans_page.table, Qt.Key.Key_Delete)
    assert asked and "Delete me" in asked[0]
    assert sorted(window.loans_page.visible_loan_names()) == ["Delete me", "Keep me"]

    window.loans_page.select_loan(drop.id)
    answer_message_box(QMessageBox.StandardButton.Yes)
    window.loans_page.delete_button.click()
    assert window.loans_page.visible_loan_names() == ["Keep me"]
    assert "Delete me" in window.statusBar().currentMessage()


def test_ctrl_f_filters_the_loans_list(qtbot, window, controller):
    from app.core.models import Loan

    for lender, name in (("招商银行", "招行信用卡"), ("Ping An", "Car loan"), ("建设银行", "房贷")):
        controller.add_loan(
            Loan(
                lender=lender,
                name=name,
                kind="unsecured_consumer",
                method="equal_installment",
                principal="1000.00",
                annual_rate="5",
                start_date=TODAY.date(),
                due_day=10,
            )
        )
    window.show_overview()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.loans_page
    assert window.loans_page.filter_edit.hasFocus()
    window.loans_page.filter_edit.insert("银行")
    assert sorted(window.loans_page.visible_loan_names()) == ["房贷", "招行信用卡"]
    assert window.loans_page.count_label.text() == "2 of 3 loans shown"
    # Sorting by a column re-orders what is shown.
    window.loans_page.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    assert window.loans_page.visible_loan_names() == ["招行信用卡", "房贷"]
    assert window.loans_page.proxy.index(0, STATUS).data().startswith("Due in")


def test_one_day_overdue_is_said_as_one_day(qtbot, window, controller):
    """Due 2026-06-14, nothing paid, seen on 2026-06-15: "1 day", never "1 days"."""
    from datetime import date

    from app.core.models import Loan
    from app.ui.loans.loan_detail import ASSESSMENT_TAB, SCHEDULE_TAB

    loan = Loan(lender="Bank", kind="unsecured_consumer", method="equal_principal", principal="3000.00",
                annual_rate="0", term_months=3, start_date=date(2026, 5, 20), due_day=14)
    controller.add_loan(loan)
    window.open_loan(loan.id, tab=SCHEDULE_TAB)
    model = window.loan_page.schedule_model
    statuses = [model.status_text(state) for state in controller.full_position(loan.id).states]
    assert statuses[0].endswith("(1 day)"), statuses
    window.open_loan(loan.id, tab=ASSESSMENT_TAB)
    stage = window.loan_page.assessment_tab.view._stage.text()
    assert stage.endswith("(1 day overdue)"), stage


def test_clicking_overview_while_a_loan_is_open_goes_back_to_the_overview(qtbot, window, controller):
    from app.core.models import Loan

    loan = Loan(
        lender="Bank A",
        kind="car",
        method="equal_installment",
        principal="90000.00",
        annual_rate="4.5",
        term_months=36,
        start_date=TODAY.date(),
        due_day=20,
    )
    controller.add_loan(loan)
    window.show_overview()
    window.open_loan(loan.id)  # opened from the overview: its tab stays the current one
    assert window.current_page() is window.loan_page
    assert window.nav.currentIndex() == OVERVIEW
    qtbot.mouseClick(window.nav, Qt.MouseButton.LeftButton, pos=window.nav.tabRect(OVERVIEW).center())
    assert window.current_page() is window.dashboard


def shown_window(qtbot, controller) -> MainWindow:
    """A 1280x800 main window over the controller's data, its overview shown."""
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.data_ready()
    return window


@pytest.fixture
def sample_window(qtbot, controller) -> MainWindow:
    """A 1280x800 main window over the sample set, its overview shown."""
    controller.load_sample_data()
    return shown_window(qtbot, controller)


def cut_short(table) -> list[tuple]:
    """The cells of ``table`` narrower than the width Qt's own item delegate asks for their text (the
    last column stretches to the table's edge): (table, text, width, width needed) each."""
    model, header = table.model(), table.horizontalHeader()
    return [
        (table.objectName(), model.index(row, column).data(), table.columnWidth(column), needed)
        for column in range(model.columnCount() - 1)
        if not header.isSectionHidden(column)
        for row in range(model.rowCount())
        if table.columnWidth(column) < (needed := table.sizeHintForIndex(model.index(row, column)).width())
    ]


def test_the_loans_list_opened_for_the_first_time_fits_its_columns_to_the_names(qtbot, sample_window):
    # The list is built when first opened, with its rows already loaded: its columns must still fit
    # them (they were left at their default width, cutting every name and status to "Sample · Cre…").
    window = sample_window
    window.show_loans()
    table = window.loans_page.table
    qtbot.waitUntil(lambda: table.isVisible())
    table.viewport().repaint()  # what the user sees: the columns are fitted before the first paint
    metrics = table.fontMetrics()
    for column in (NAME, STATUS):
        widest = max(
            metrics.horizontalAdvance(str(table.model().index(row, column).data()))
            for row in range(table.model().rowCount())
        )
        assert table.columnWidth(column) >= widest


def test_no_text_in_the_overviews_tables_is_cut_short(qtbot, controller, sample_window):
    # Every cell gets at least the width Qt's own item delegate asks for its text (the pay-first and
    # due-soon tables once cut "Sample · Online loan" to "Sample · Online lo…").
    window = sample_window
    panel = window.dashboard.pay_first_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0 and panel.is_settled(), timeout=10000)
    qtbot.waitUntil(lambda: not controller.risks_pending(), timeout=10000)
    tables = [window.dashboard.overdue_table, window.dashboard.upcoming_table, window.dashboard.loans_table,
              panel.table]
    cut = []
    for table in tables:
        # As the user sees each table: scrolled into sight (a table out of sight is fitted when it
        # comes into it) and painted.
        window.dashboard.ensureWidgetVisible(table)
        table.viewport().repaint()
        cut += cut_short(table)
    assert cut == []


def test_an_overview_table_out_of_sight_is_fitted_before_it_is_painted_in_sight(qtbot, controller):
    # Sixty overdue loans push the overview's list of every loan below the fold. Its columns are fitted
    # when it comes into sight, before it is painted there: no name, status or figure is cut short.
    from datetime import date

    from app.core.models import Loan

    for index in range(60):
        controller.add_loan(
            Loan(
                name=f"消费贷 {index} · consumer loan with a longer name",
                lender=f"Lender {index}",
                kind="unsecured_consumer",
                method="equal_installment",
                principal=f"{12000 + 137 * index}.00",
                annual_rate="9.5",
                term_months=24,
                start_date=date(2025, 1 + index % 12, 1 + index % 28),
                due_day=1 + index % 28,
            )
        )
    window = shown_window(qtbot, controller)
    table = window.dashboard.loans_table
    overdue = window.dashboard.overdue_table
    qtbot.waitUntil(lambda: table.isVisible() and overdue.height() > 1000)  # laid out
    assert table.visibleRegion().isEmpty()  # below the long list of overdue loans
    window.dashboard.ensureWidgetVisible(table)
    qtbot.waitUntil(lambda: not table.visibleRegion().isEmpty())
    table.viewport().repaint()
    assert cut_short(table) == []
