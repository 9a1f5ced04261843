"""The assessment tab as a borrower sees it: risk badge, stage, field-visit sentence, warnings, ranked
remedies, the timeline and the "why" panel that follows what they click, in English and Chinese."""

from __future__ import annotations

import html
import json

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea

from app.rules.engine import assess
from app.rules.pack import load_pack
from app.rules.scenario import parse_scenario
from app.ui.assessment import AssessmentView
from app.ui.shell.i18n import Translations
from app.ui.shell.style import RISK_COLOURS


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
def install_chinese(tmp_path):
    """Switches the UI to Chinese (its gettext catalogue) when called, as the settings do; back after."""
    translations = Translations()

    def install() -> None:
        translations.apply("zh_CN")
        # apply() posts LanguageChange to every widget; deliver it now.
        QCoreApplication.processEvents()

    yield install
    translations.apply("en")
    QCoreApplication.processEvents()


@pytest.fixture
def view(qtbot):
    widget = AssessmentView()
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _visible_label(view, name: str) -> QLabel:
    labels = [label for label in view.findChildren(QLabel, name) if label.isVisible()]
    assert len(labels) == 1, name
    return labels[0]


def test_overdue_card_shows_risk_stage_and_the_marker_at_today(view):
    card = real_assessment("credit_card", 25)
    view.set_assessment(card, 25)
    badge = view.risk_badge.text()
    assert card.risk.label in badge and str(card.risk.score) in badge
    assert card.stage.label in _visible_label(view, "stage").text()
    assert card.stage.classification.label in _visible_label(view, "grading").text()
    timeline = view.timeline
    assert timeline.isVisible()
    assert timeline.marker_x() == pytest.approx(timeline.day_to_x(25))
    assert set(timeline.actions()) == {str(entry.action) for entry in card.timeline}


def test_field_visit_answer_is_one_plain_sentence(view):
    card = real_assessment("credit_card", 25)
    view.set_assessment(card, 25)
    visit = card.field_visit
    text = view.field_visit_label.text()
    assert text.startswith("Field visit: ")
    assert visit.likelihood_text in text
    assert str(visit.typical_day) in text
    assert "for now" in text, "at day 25 visits are still ahead"
    late = real_assessment("small_online", 70)
    assert late.field_visit.earliest_day <= 70, "small online lenders visit early"
    view.set_assessment(late, 70)
    sentence = view.field_visit_label.text()
    assert f"{late.field_visit.likelihood_text} now" in sentence and "for now" not in sentence


def test_clicking_a_band_narrows_the_why_panel_to_its_rules(qtbot, view):
    card = real_assessment("credit_card", 25)
    view.set_assessment(card, 25)
    panel = view.explanations_panel
    assert set(panel.visible_rules()) == {item.rule for item in card.explanations}
    visit = next(entry for entry in card.timeline if entry.action == "field_visit")
    timeline = view.timeline
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=timeline.band_rect("field_visit").center().toPoint())
    assert set(panel.visible_rules()) == set(visit.rules)
    assert len(panel.visible_rules()) < len(card.explanations)
    filter_text = _visible_label(view, "explanationsFilter").text()
    assert visit.label in filter_text
    shown = [label.text() for label in view.findChildren(QLabel, "explanation") if label.isVisible()]
    explanations = {item.rule: item for item in card.explanations}
    assert any(html.escape(explanations[visit.rules[0]].text) in text for text in shown)
    show_all = view.findChild(QPushButton, "showAllExplanations")
    qtbot.mouseClick(show_all, Qt.MouseButton.LeftButton)
    assert len(panel.visible_rules()) == len(card.explanations)


def test_warnings_and_remedies_appear_in_priority_order(view):
    late = real_assessment("small_online", 70, evading=True)
    view.set_assessment(late, 70)
    assert late.warnings and len(late.remedies) >= 2
    warnings = view.warning_texts()
    assert [text.split("\n")[0] for text in warnings] == [warning.title for warning in late.warnings]
    ranked = sorted(late.remedies, key=lambda remedy: remedy.priority)
    shown = view.remedy_texts()
    assert [text.split("\n")[1] for text in shown] == [remedy.why for remedy in ranked]
    assert shown[0].startswith(f"1. {ranked[0].title}")
    labels = [label for label in view.findChildren(QLabel, "remedy") if label.isVisible()]
    tops = [label.mapTo(view, label.rect().topLeft()).y() for label in labels]
    assert tops == sorted(tops)
    box = view.findChild(QLabel, "warningsTitle").parentWidget()
    assert box.isVisible()


def test_a_remedy_why_link_lists_its_rules(view):
    late = real_assessment("small_online", 70)
    view.set_assessment(late, 70)
    first = min(late.remedies, key=lambda remedy: remedy.priority)
    label = next(label for label in view.findChildren(QLabel, "remedy") if label.isVisible())
    label.linkActivated.emit("why")
    assert set(view.explanations_panel.visible_rules()) == set(first.rules)


def test_no_warning_box_when_there_is_no_warning(view):
    card = real_assessment("credit_card", 45)  # past the monthly report: the 5-year warning shows
    view.set_assessment(card, 45)
    box = view.findChild(QLabel, "warningsTitle").parentWidget()
    assert box.isVisible()
    view.set_assessment(card.model_copy(update={"warnings": []}), 45)
    assert not box.isVisible()
    assert view.warning_texts() == []


def test_risk_badge_colour_follows_the_level(view):
    colours = {}
    for assessment, days in (
        (real_assessment("credit_card", 3), 3),
        (real_assessment("small_online", 70, evading=True, reachable=False), 70),
    ):
        view.set_assessment(assessment, days)
        QCoreApplication.processEvents()
        image = view.risk_badge.grab().toImage()
        colours[assessment.risk.level] = image.pixelColor(6, image.height() // 2).name()
    assert set(colours) == {"low", "severe"}
    assert colours["low"] == RISK_COLOURS["low"] and colours["severe"] == RISK_COLOURS["severe"]


def test_fits_1280_by_800_without_sideways_scrolling(view):
    late = real_assessment("small_online", 70, evading=True)
    view.set_assessment(late, 70)
    QCoreApplication.processEvents()
    scroll = view.findChild(QScrollArea, "assessmentScroll")
    assert not scroll.horizontalScrollBar().isVisible()
    assert view.timeline.width() >= view.timeline.minimumSizeHint().width()
    for label in scroll.widget().findChildren(QLabel):
        if label.isVisible() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()) - 1, label.text()[:40]


def test_switching_to_chinese_changes_the_static_texts(view, install_chinese):
    view.set_assessment(real_assessment("credit_card", 25), 25)
    assert _visible_label(view, "timelineTitle").text() == "What the lender is likely to do, by days overdue"
    install_chinese()
    assert _visible_label(view, "timelineTitle").text() == "银行接下来可能做什么（按逾期天数）"
    assert view.findChild(QPushButton, "whyRisk").text() == "为什么是这个风险？"
    assert view.timeline.accessibleName() == "催收时间线"
    # The owner then asks the engine again in Chinese (the module's documented contract).
    card = real_assessment("credit_card", 25, lang="zh_CN")
    view.set_assessment(card, 25)
    sentence = view.field_visit_label.text()
    assert sentence.startswith("上门外访：目前") and card.field_visit.likelihood_text in sentence
    assert view.risk_badge.text().startswith("风险：")
    assert "法律意见" in _visible_label(view, "disclaimer").text()
