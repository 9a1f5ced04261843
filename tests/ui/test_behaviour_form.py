"""The behaviour questionnaire: shows and returns the borrower's answers, reports only real edits, and
says which answers were prefilled from the contact log."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QSpinBox

from app.core.models import Behaviour
from app.ui.assessment import BehaviourForm
from app.ui.shell.i18n import Translations


@pytest.fixture
def form(qtbot):
    widget = BehaviourForm()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_round_trips_every_answer(form):
    answers = Behaviour(
        reachable=False,
        communicating=True,
        hardship_reported=True,
        negotiating=True,
        evading=True,
        false_info=True,
        broken_promises=3,
        overdue_episodes_24m=2,
    )
    form.set_behaviour(answers)
    assert form.behaviour() == answers
    assert form.findChild(QCheckBox, "reachable").isChecked() is False
    assert form.findChild(QSpinBox, "broken_promises").value() == 3
    form.set_behaviour(Behaviour())
    assert form.behaviour() == Behaviour()


def test_setting_answers_does_not_count_as_an_edit(qtbot, form):
    with qtbot.assertNotEmitted(form.changed):
        form.set_behaviour(Behaviour(communicating=True, broken_promises=4))
        form.set_hints({"communicating": "prefilled from your contact log"})


def test_a_click_is_an_edit_and_changes_the_answer(qtbot, form):
    form.set_behaviour(Behaviour())
    box = form.findChild(QCheckBox, "negotiating")
    with qtbot.waitSignal(form.changed):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert form.behaviour().negotiating is True
    assert form.behaviour().model_copy(update={"negotiating": False}) == Behaviour()


def test_typing_a_count_is_an_edit(qtbot, form):
    spin = form.findChild(QSpinBox, "overdue_episodes_24m")
    spin.setFocus()
    with qtbot.waitSignal(form.changed):
        qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert form.behaviour().overdue_episodes_24m == 1


def test_counts_stay_within_what_a_behaviour_accepts(form):
    spin = form.findChild(QSpinBox, "broken_promises")
    spin.setValue(10_000)
    assert Behaviour.model_validate(form.behaviour().model_dump()).broken_promises == 100


def test_hints_show_beside_the_prefilled_answers_only(form):
    form.set_hints({"communicating": "Prefilled from your contact log", "broken_promises": "2 in the log"})
    assert form.hint("communicating") == "Prefilled from your contact log"
    assert form.hint("broken_promises") == "2 in the log"
    assert form.hint("reachable") == ""
    form.set_hints({})
    assert form.hint("communicating") == ""
    with pytest.raises(ValueError, match="mood"):
        form.set_hints({"mood": "happy"})


def test_questions_are_in_chinese_after_switching(tmp_path, form):
    translations = Translations()
    box = form.findChild(QCheckBox, "reachable")
    assert box.text() == "I answer the lender's calls"
    translations.apply("zh_CN")
    try:
        QCoreApplication.processEvents()
        assert box.text() == "我能接通银行的电话"
    finally:
        translations.apply("en")
        QCoreApplication.processEvents()
    assert box.text() == "I answer the lender's calls"
