"""The collection timeline: geometry a borrower reads (where today is, when each step starts and ends),
hover details, selection by mouse and keyboard, the what-if outline, fonts and dark palettes."""

from __future__ import annotations

import html
import json

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from app.rules.engine import assess
from app.rules.pack import load_pack
from app.rules.scenario import parse_scenario
from app.ui.assessment.timeline_widget import AXIS_END_DAY, TimelineWidget


def real_assessment(kind: str, days_past_due: int, lang: str = "en", **behaviour):
    scenario = {
        "as_of": "2026-12-01",
        "loan": {"type": kind, "overdue_amount": "3200.00", "outstanding": "18000.00", "secured": False},
        "days_past_due": days_past_due,
        "behaviour": {"reachable": True, "communicating": False, **behaviour},
        "history": {"overdue_episodes_24m": 0},
    }
    return assess(parse_scenario(json.dumps(scenario)), load_pack(), lang)


@pytest.fixture
def card_25():
    return real_assessment("credit_card", 25)


@pytest.fixture
def timeline(qtbot, card_25):
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.resize(900, widget.sizeHint().height())
    widget.set_timeline(card_25.timeline, 25, explanations=card_25.explanations)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _entry(assessment, action):
    return next(entry for entry in assessment.timeline if entry.action == action)


def test_marker_stands_at_the_days_past_due_and_is_painted_there(timeline):
    assert timeline.marker_x() == pytest.approx(timeline.day_to_x(25))
    assert timeline.day_to_x(0) < timeline.marker_x() < timeline.day_to_x(30)

    image = timeline.grab().toImage()
    highlight = timeline.palette().color(QPalette.ColorRole.Highlight)
    first_row = timeline.row_rect(timeline.actions()[0])
    pixel = image.pixelColor(round(timeline.marker_x()), round(first_row.center().y()))
    assert abs(pixel.red() - highlight.red()) + abs(pixel.blue() - highlight.blue()) < 60


def test_marker_moves_with_the_days_and_stops_at_the_axis_end(timeline, card_25):
    timeline.set_timeline(card_25.timeline, 70)
    assert timeline.day_to_x(60) < timeline.marker_x() < timeline.day_to_x(90)
    timeline.set_timeline(card_25.timeline, 500)
    assert timeline.marker_x() == pytest.approx(timeline.day_to_x(AXIS_END_DAY))


def test_first_ninety_days_get_half_the_axis(timeline):
    left, middle, right = timeline.day_to_x(0), timeline.day_to_x(90), timeline.day_to_x(365)
    assert middle - left == pytest.approx((right - left) / 2)
    # The ticks at 30-day steps early and 90-day steps later are spaced nearly evenly.
    early = timeline.day_to_x(30) - left
    late = timeline.day_to_x(270) - timeline.day_to_x(180)
    assert early == pytest.approx(late, rel=0.15)


def test_bands_are_ordered_by_start_and_span_their_days(timeline, card_25):
    entries = card_25.timeline
    assert len(entries) >= 4
    rows = timeline.actions()
    assert rows == [str(entry.action) for entry in sorted(entries, key=lambda entry: entry.from_day)]
    tops = [timeline.band_rect(action).top() for action in rows]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    for entry in entries:
        band = timeline.band_rect(str(entry.action))
        assert band.left() == pytest.approx(timeline.day_to_x(entry.from_day))
        end_day = AXIS_END_DAY if entry.to_day is None else entry.to_day
        if end_day > entry.from_day:
            assert band.right() == pytest.approx(timeline.day_to_x(end_day))
        else:
            assert band.width() > 0


def test_open_ended_band_runs_to_the_end_of_the_axis(timeline, card_25):
    open_ended = [entry for entry in card_25.timeline if entry.to_day is None]
    assert open_ended, "a 25-day-late card has steps with no end (a lawsuit can come at any later time)"
    band = timeline.band_rect(str(open_ended[0].action))
    assert band.right() == pytest.approx(timeline.day_to_x(AXIS_END_DAY))


def test_hover_tooltip_names_the_step_its_likelihood_and_the_rule_explanations(timeline, card_25):
    entry = _entry(card_25, "phone_call")
    point = timeline.band_rect("phone_call").center().toPoint()
    QApplication.sendEvent(timeline, QHelpEvent(QEvent.Type.ToolTip, point, timeline.mapToGlobal(point)))
    text = QToolTip.text()
    QToolTip.hideText()
    explanations = {item.rule: item for item in card_25.explanations}
    assert entry.label in text
    assert entry.likelihood_text in text
    first_rule = explanations[entry.rules[0]]
    assert html.escape(first_rule.text) in text
    assert html.escape(first_rule.source) in text


def test_click_selects_the_row_and_emits_its_action(qtbot, timeline):
    point = timeline.band_rect("field_visit").center().toPoint()
    with qtbot.waitSignal(timeline.actionSelected) as signal:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == ["field_visit"]
    assert timeline.selected_action() == "field_visit"


def test_arrow_keys_move_the_selection_and_escape_clears_it(qtbot, timeline):
    rows = timeline.actions()
    timeline.setFocus()
    with qtbot.waitSignal(timeline.actionSelected) as first:
        qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert first.args == [rows[0]]
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.selected_action() == rows[1]
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.selected_action() == rows[0]
    with qtbot.waitSignal(timeline.actionSelected) as cleared:
        qtbot.keyClick(timeline, Qt.Key.Key_Escape)
    assert cleared.args == [""]


def test_accessible_name_and_description_speak_the_timeline(timeline, card_25):
    assert timeline.accessibleName() == "Collection timeline"
    description = timeline.accessibleDescription()
    assert "day 25" in description
    for entry in card_25.timeline:
        assert entry.label in description


def test_comparison_is_drawn_as_outlines_at_its_own_days(qtbot, timeline, card_25):
    evading = real_assessment("credit_card", 25, evading=True, reachable=False)
    timeline.set_comparison(evading.timeline)
    visit = _entry(evading, "field_visit")
    ghost = timeline.comparison_rect("field_visit")
    assert ghost.left() == pytest.approx(timeline.day_to_x(visit.from_day))
    # Evading brings the visit forward: the outline starts before the band.
    assert ghost.left() < timeline.band_rect("field_visit").left()
    image = timeline.grab().toImage()
    text = timeline.palette().color(QPalette.ColorRole.WindowText)
    y = round(ghost.center().y())
    outline_pixels = [image.pixelColor(round(ghost.left()) + dx, y) for dx in (-1, 0, 1)]
    assert any(abs(pixel.lightness() - text.lightness()) < 90 for pixel in outline_pixels)
    tooltip = timeline.tooltip_text("field_visit")
    assert f"What if: From day {visit.from_day} on" in tooltip and visit.likelihood_text in tooltip
    timeline.set_comparison(None)
    assert timeline.comparison_rect("field_visit").isEmpty()
    assert "What if" not in timeline.tooltip_text("field_visit")


def test_an_action_only_the_comparison_has_gets_its_own_row(timeline, card_25):
    extra = [entry for entry in card_25.timeline if entry.action == "lawsuit"]
    without_lawsuit = [entry for entry in card_25.timeline if entry.action != "lawsuit"]
    timeline.set_timeline(without_lawsuit, 25)
    assert "lawsuit" not in timeline.actions()
    timeline.set_comparison(extra)
    assert timeline.actions()[-1] == "lawsuit"
    assert timeline.band_rect("lawsuit").isEmpty()
    assert not timeline.comparison_rect("lawsuit").isEmpty()


def test_past_steps_are_drawn_muted(qtbot, card_25):
    late = real_assessment("credit_card", 200)
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.resize(900, widget.sizeHint().height())
    widget.set_timeline(late.timeline, 200)
    past = [entry for entry in late.timeline if entry.status == "past"]
    live = [entry for entry in late.timeline if entry.status != "past"]
    assert past and live
    image = widget.grab().toImage()

    def band_colour(entry) -> QColor:
        band = widget.band_rect(str(entry.action))
        return image.pixelColor(round(band.left() + 3), round(band.center().y()))

    assert all(band_colour(entry).hsvSaturationF() < 0.1 for entry in past)
    assert any(band_colour(entry).hsvSaturationF() > 0.3 for entry in live)


def test_rows_grow_with_the_font(qtbot, card_25):
    small, large = TimelineWidget(), TimelineWidget()
    for widget, size in ((small, 9), (large, 18)):
        qtbot.addWidget(widget)
        font = QFont(widget.font())
        font.setPointSize(size)
        widget.setFont(font)
        widget.set_timeline(card_25.timeline, 25)
    assert large.sizeHint().height() > small.sizeHint().height() * 1.6
    assert large.sizeHint().width() > small.sizeHint().width()


def test_dark_palette_paints_light_text_on_the_dark_window(qtbot, card_25):
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    palette = QPalette(widget.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)
    widget.resize(900, widget.sizeHint().height())
    widget.set_timeline(card_25.timeline, 25)
    image = widget.grab().toImage()
    label_row = widget.row_rect(widget.actions()[1])
    strip = [
        image.pixelColor(x, round(label_row.center().y())).lightness()
        for x in range(4, round(widget.day_to_x(0)) - 4)
    ]
    assert min(strip) < 60, "the window stays dark"
    assert max(strip) > 180, "the row label is drawn in the palette's light text"


def test_the_axis_says_its_scale_changes_at_day_90(timeline):
    """0, 30, 60, 90, 180, 270 and 365 stand almost evenly spaced: the axis says that days 0-90 are drawn
    wider (3 times: half the width for 90 days, half for 275) and marks the break on the axis line."""
    left, right = timeline.day_to_x(0), timeline.day_to_x(AXIS_END_DAY)
    assert timeline.scale_break_x() == pytest.approx((left + right) / 2)
    day_before = timeline.day_to_x(30) - timeline.day_to_x(0)
    day_after = timeline.day_to_x(180) - timeline.day_to_x(90)
    assert day_before / 30 == pytest.approx(3.06 * day_after / 90, rel=0.01)
    assert timeline.scale_note() == "Days 0–90 are drawn 3 times wider than the rest (the mark on the axis)."
    assert timeline.scale_note() in timeline.accessibleDescription()
    # The break mark is drawn across the axis line, just off the day-90 grid line.
    image = timeline.grab().toImage()
    axis_y = round(timeline.row_rect(timeline.actions()[-1]).bottom())
    x = round(timeline.scale_break_x())
    text = timeline.palette().color(QPalette.ColorRole.WindowText)
    inked = [
        image.pixelColor(x + dx, axis_y + dy)
        for dx in range(-6, 7)
        for dy in range(-6, 7)
        if abs(image.pixelColor(x + dx, axis_y + dy).lightness() - text.lightness()) < 90
    ]
    assert len(inked) > 12


def test_the_plan_label_and_legend_stay_off_the_row_labels(qtbot, card_25):
    """A plan that puts the borrower at day 0 on a narrow timeline: its label stays over the plot (it
    used to sit over the row labels), and the legend has a line of its own under the caption."""
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.set_timeline(card_25.timeline, 25, explanations=card_25.explanations)
    widget.set_comparison(real_assessment("credit_card", 0).timeline, 0, "2026-12-10")
    widget.resize(620, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    plot_left = widget.day_to_x(0)
    for rect in widget.marker_label_rects():
        assert rect.left() >= plot_left - 0.5
        assert rect.right() <= widget.width() + 0.5
    legend = widget.legend_rect()
    assert legend.left() >= plot_left - 0.5
    assert legend.bottom() <= widget.height()
    caption_bottom = widget.row_rect(widget.actions()[-1]).bottom() + widget.fontMetrics().height() * 3.4
    assert legend.top() >= caption_bottom
