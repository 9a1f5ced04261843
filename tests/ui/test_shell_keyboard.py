"""Keyboard and screen-reader access: standard shortcuts, and a name for every control."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.ui.conduct.contact_log import ContactDialog
from app.ui.loans.loan_detail import ASSESSMENT_TAB
from app.ui.loans.loan_editor import LoanEditor
from app.ui.loans.payment_dialog import PaymentDialog
from app.ui.shell.settings_dialog import SettingsDialog

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit)


def _inside_qt_internals(widget: QWidget) -> bool:
    """Parts Qt builds inside its own controls: a combo's pop-up list, a date edit's calendar, a line
    edit's clear button. The outer control carries the name."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QLineEdit, QAbstractSpinBox, QCalendarWidget)):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls a screen reader could only call "button" or "edit": no accessible name and no text."""
    missing = []
    for control in root.findChildren(QWidget):
        if not isinstance(control, CONTROLS) or control.objectName().startswith("qt_"):
            continue
        if isinstance(control, QHeaderView) or _inside_qt_internals(control):
            continue
        text = control.text() if isinstance(control, QAbstractButton) else ""
        if not (control.accessibleName() or text.strip()):
            missing.append(f"{type(control).__name__}#{control.objectName()}")
    return missing


def test_standard_shortcuts_are_bound(window):
    assert window.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert window.find_action.shortcut().toString() == "Ctrl+F"


def test_every_control_of_the_pages_and_dialogs_has_a_name(qtbot, window, controller):
    window.load_sample()
    window.open_loan("sample-online", tab=ASSESSMENT_TAB)
    dialogs = [
        LoanEditor(controller, controller.loan("sample-online"), parent=window),
        PaymentDialog(controller, controller.loan("sample-online"), parent=window),
        ContactDialog(controller, controller.loan("sample-online"), parent=window),
        SettingsDialog(controller, parent=window),
    ]
    pages = [window.dashboard, window.loans_page, window.loan_page, window.sample_banner]
    missing = {type(root).__name__: unnamed_controls(root) for root in pages + dialogs}
    assert {page: names for page, names in missing.items() if names} == {}


def test_enter_on_a_list_row_opens_the_loan_and_alt_left_goes_back(qtbot, window, controller):
    window.load_sample()
    window.show_loans()
    table = window.loans_page.table
    table.setFocus()
    window.loans_page.select_loan("sample-car")
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.current_page() is window.loan_page
    assert window.loan_page.title.text() == "Sample · Car loan"
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() is window.loans_page


def test_closing_follows_the_close_policy_but_quit_always_quits(qtbot, window, monkeypatch):
    quits: list[str] = []

    class FakeApplication:
        @staticmethod
        def quit() -> None:
            quits.append("quit")

    monkeypatch.setattr("app.ui.shell.main_window.QApplication", FakeApplication)
    window.set_close_policy(lambda: True)  # what the tray does: keep running hidden
    with qtbot.waitSignal(window.closeRequested):
        window.close()
    assert not window.isVisible() and quits == []

    window.show()
    with qtbot.waitSignal(window.quitRequested):
        window.quit_action.trigger()
    assert not window.isVisible() and quits == ["quit"]


def test_the_current_row_of_a_focused_table_has_a_clear_outline(qtbot, window):
    """A keyboard user sees which row Enter would open: a solid outline in the text colour around the
    whole current row while the table has the focus, none when it does not."""
    from PySide6.QtGui import QPalette

    window.load_sample()
    window.show_loans()
    table = window.loans_page.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(1, 0))
    qtbot.waitUntil(table.hasFocus)
    outline = table.focus_outline()
    assert not outline.isEmpty()
    assert outline.width() >= table.viewport().width() - 4  # the whole row, not one cell
    image = table.viewport().grab().toImage()
    text = table.palette().color(QPalette.ColorRole.Text)
    edge = [image.pixelColor(x, round(outline.top())) for x in range(5, int(outline.right()) - 5, 7)]
    close = [pixel for pixel in edge if abs(pixel.lightness() - text.lightness()) < 40]
    assert len(close) >= 0.9 * len(edge)
    window.nav.setFocus()
    qtbot.waitUntil(lambda: not table.hasFocus())
    assert table.focus_outline().isEmpty()
