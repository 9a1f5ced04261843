"""The what-if panel in the assessment tab: the borrower ticks "I pay", types an amount, picks a day or a
stance, and sees the timeline draw the plan beside today and the differences listed; Reset takes it back;
bad input is told and changes nothing; the language switch reaches the panel and its sentences."""

from __future__ import annotations

import time
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from app.ui.assessment.whatif_panel import RULES_ROLE
from app.ui.loans.loan_detail import ASSESSMENT_TAB

SUGGESTED_DAY = date(2026, 6, 18)  # three days after the tests' fixed day


@pytest.fixture
def tab(qtbot, window):
    window.resize(1280, 800)
    window.load_sample()
    window.open_loan("sample-online", tab=ASSESSMENT_TAB)
    return window.loan_page.assessment_tab


def settled(qtbot, tab, condition) -> None:
    """Wait for the panel's short pause after an edit and the recomputation it triggers."""
    qtbot.waitUntil(condition, timeout=2000)
    QApplication.processEvents()


def test_the_panel_opens_with_a_suggestion_and_no_plan_drawn(tab):
    panel = tab.plan_panel
    assert panel.isVisible()
    assert panel.amount.text() == "1672.06"  # what it takes to be current on the suggested day:
    # the ¥1,644.00 overdue and the penalty interest run up on it by then
    assert panel.date.date().toPython() == SUGGESTED_DAY
    assert not (panel.pay_check.isChecked() or panel.call_check.isChecked() or panel.unreachable_check.isChecked())
    assert not tab.view.timeline.has_comparison()
    assert panel.sentences() == []


def test_paying_the_suggestion_draws_the_plan_and_says_the_visit_becomes_unlikely(qtbot, tab):
    timeline = tab.view.timeline
    before = timeline.grab().toImage()

    tab.plan_panel.pay_check.click()
    settled(qtbot, tab, timeline.has_comparison)

    sentences = tab.plan_panel.sentences()
    assert sentences[0] == (
        "If you pay ¥1,672.06 by 2026-06-18, the chance of a field visit by then goes from possible to unlikely."
    )
    assert sentences[1].startswith("On 2026-06-18 nothing would be overdue any more")
    # The plan puts the borrower back at day 0 on its day; its marker and lane are drawn.
    assert timeline.comparison_day() == 0
    assert "field_visit" in timeline.comparison_actions()
    assert timeline.legend_texts() == ["Today", "With your plan"]
    after = timeline.grab().toImage()
    lane = timeline.comparison_rect("field_visit").toRect()
    assert not lane.isEmpty()
    text = timeline.palette().color(timeline.foregroundRole())
    outline = [after.pixelColor(lane.left() + dx, lane.top()) for dx in range(2, 40)]
    assert any(abs(pixel.lightness() - text.lightness()) < 90 for pixel in outline)
    # The whole drawing changed (rows split in two lanes, a second marker), not a detail of it.
    assert before != after
    x = round(timeline.comparison_marker_x())
    column = [after.pixelColor(x, y).lightness() for y in range(int(lane.top()), int(lane.bottom()))]
    assert min(column) < 120  # the dashed "with your plan" line at day 0


def test_typing_an_amount_ticks_the_payment_and_recomputes(qtbot, tab):
    panel, timeline = tab.plan_panel, tab.view.timeline
    panel.amount.selectAll()
    # The oldest instalment (548.00, due 04-06) and its penalty on 2026-06-18, 73 days late, which a late
    # payment pays first: 0.04 % a day, 500 x 73 x 0.0004 = 14.60 罚息 + 48 x 73 x 0.0004 = 1.40 复利.
    qtbot.keyClicks(panel.amount, "564")
    settled(qtbot, tab, timeline.has_comparison)

    assert panel.pay_check.isChecked()
    assert "If you pay ¥564.00 by 2026-06-18" in panel.sentences()[0]
    # One instalment cleared: the count starts again from the next one, a month younger.
    assert 0 < timeline.comparison_day() < 73

    panel.date.setDate(QDate(2026, 6, 15))
    settled(qtbot, tab, lambda: "by 2026-06-15" in panel.sentences()[0])
    assert timeline.comparison_day() == 40


def test_reset_clears_the_plan_and_restores_the_suggestion(qtbot, tab):
    panel, timeline = tab.plan_panel, tab.view.timeline
    panel.amount.setText("100")
    panel.pay_check.click()
    panel.call_check.click()
    settled(qtbot, tab, timeline.has_comparison)

    panel.reset_button.click()
    QApplication.processEvents()

    assert not timeline.has_comparison() and timeline.comparison_day() is None
    assert timeline.legend_texts() == []
    assert panel.sentences() == [] and panel.problem() == ""
    assert panel.amount.text() == "1672.06" and not panel.pay_check.isChecked()
    assert not panel.call_check.isChecked()


def test_calling_and_staying_unreachable_exclude_each_other(qtbot, tab):
    panel, timeline = tab.plan_panel, tab.view.timeline
    panel.call_check.click()
    settled(qtbot, tab, timeline.has_comparison)
    assert panel.sentences()[0].startswith("If you call the lender now and ask for instalments, the chance of a field visit")
    called = tab.view.comparison()
    # Calling moves the visit later but leaves the borrower where they stand today: no second marker.
    assert timeline.comparison_day() is None
    assert timeline.comparison_rect("field_visit").left() > timeline.band_rect("field_visit").left()

    panel.unreachable_check.click()
    settled(qtbot, tab, lambda: tab.view.comparison() is not called)
    assert not panel.call_check.isChecked() and panel.unreachable_check.isChecked()
    assert panel.sentences()[0] == "If you stay unreachable, the chance of a field visit now stays possible."


def test_bad_input_is_told_and_changes_nothing(qtbot, tab):
    panel, timeline = tab.plan_panel, tab.view.timeline
    panel.pay_check.click()
    settled(qtbot, tab, timeline.has_comparison)
    drawn, said = tab.view.comparison(), panel.sentences()

    panel.amount.selectAll()
    qtbot.keyClicks(panel.amount, "12abc")
    settled(qtbot, tab, lambda: panel.problem() != "")
    assert panel.problem() == "“12abc” is not an amount: enter a number such as 1644.00."
    assert panel.problem_label.isVisible()
    assert tab.view.comparison() is drawn and panel.sentences() == said

    panel.amount.setText("99999")
    panel.amount.textEdited.emit("99999")
    settled(qtbot, tab, lambda: "more than everything owed" in panel.problem())
    assert "(¥4,691.26)" in panel.problem()  # what settles the loan on the plan's day
    assert tab.view.comparison() is drawn

    panel.amount.setText("1644")
    panel.amount.textEdited.emit("1644")
    settled(qtbot, tab, lambda: panel.problem() == "")
    assert not panel.problem_label.isVisible()


def test_the_day_picker_offers_today_to_a_year_ahead(tab):
    picker = tab.plan_panel.date
    assert picker.minimumDate().toPython() == date(2026, 6, 15)
    assert picker.maximumDate().toPython() == date(2027, 6, 15)


def test_a_difference_clicked_shows_the_rules_behind_it(qtbot, tab):
    panel = tab.plan_panel
    panel.call_check.click()
    settled(qtbot, tab, tab.view.timeline.has_comparison)
    listing = panel.sentence_list
    index = panel.model.index(0, 0)
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualRect(index).center())

    shown = tab.view.explanations_panel.visible_rules()
    assert set(shown) == set(panel.model.item(0).data(RULES_ROLE))
    # A rule only the plan brings in (talking to the lender) is explained too, though today's estimate
    # for this unreachable borrower does not cite it.
    assert "seed.communicating" in shown and "seed.small_online_early" in shown
    assert "seed.communicating" not in {item.rule for item in tab.view.assessment().explanations}


def test_switching_to_chinese_retranslates_the_panel_and_its_sentences(qtbot, tab, controller):
    panel = tab.plan_panel
    panel.pay_check.click()
    settled(qtbot, tab, tab.view.timeline.has_comparison)
    english = (panel.pay_check.text(), panel.reset_button.text(), panel.sentences()[0])

    controller.set_language("zh_CN")
    QApplication.processEvents()

    assert (panel.pay_check.text(), panel.reset_button.text()) == ("我还款(&P)", "重置(&R)")
    assert panel.call_check.text() == "我现在就致电贷款方，申请分期还款(&C)"
    assert panel.sentences()[0] == "如果你在 2026-06-18 前还 ¥1,672.06，届时上门外访的可能性将从“有可能”变为“不太可能”。"
    assert tab.view.timeline.legend_texts() == ["今天", "按你的计划"]
    assert panel.pay_check.isChecked()  # the plan survives the switch
    assert english[2].startswith("If you pay")


def test_a_recomputation_takes_well_under_a_tenth_of_a_second(qtbot, tab, controller):
    panel = tab.plan_panel
    panel.pay_check.setChecked(True)
    panel.call_check.setChecked(True)
    timings = []
    for amount in ("100", "548", "1096", "1644", "2000"):
        panel.amount.setText(amount)
        started = time.perf_counter()
        tab._plan_changed()
        timings.append(time.perf_counter() - started)
    timings.sort()
    assert timings[len(timings) // 2] < 0.1, timings


def test_a_plan_pending_when_its_loan_is_deleted_is_dropped(qtbot, tab, controller):
    panel = tab.plan_panel
    panel.pay_check.setChecked(True)  # the pause before recomputing starts
    controller.delete_loan("sample-online")
    panel.flush()  # the pause ends with the loan gone: nothing to compare, and no error
    assert tab.view.comparison() is None


def test_another_loan_starts_from_its_own_suggestion(qtbot, window, tab):
    tab.plan_panel.pay_check.click()
    settled(qtbot, tab, tab.view.timeline.has_comparison)
    window.open_loan("sample-card", tab=ASSESSMENT_TAB)
    QApplication.processEvents()
    assert not tab.plan_panel.pay_check.isChecked()
    assert tab.plan_panel.amount.text() == "1390.00"  # the unpaid minimum, ¥1,300.00, and its late fee
    assert not tab.view.timeline.has_comparison()
