"""An unexpected error shows a readable dialog and is logged; the user never sees a traceback."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from app.core.faults import LOG_NAME
from app.ui.shell.error_dialog import ErrorDialog
from app.ui.shell.error_hook import ExceptionHook


def visible_error_dialogs() -> list[ErrorDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_button_handler_shows_the_error_dialog(qtbot, window, controller):
    hook = ExceptionHook(lambda: controller.lang, lambda: controller.data_dir, lambda: window).install()
    try:
        button = QPushButton("Break", window)

        def broken() -> None:
            raise ZeroDivisionError("division by zero")

        button.clicked.connect(broken)
        button.click()
        qtbot.waitUntil(lambda: bool(visible_error_dialogs()))
    finally:
        hook.uninstall()

    dialog = visible_error_dialogs()[0]
    text = dialog.text()
    assert text.startswith("Something unexpected went wrong (ZeroDivisionError: division by zero)")
    assert "What you saved before is safe" in text
    assert "Traceback" not in text and 'File "' not in text
    log = controller.data_dir / LOG_NAME
    assert str(log) in text
    assert "ZeroDivisionError" in log.read_text(encoding="utf-8")  # the details go to the log, not the screen
    assert dialog.findChild(QPushButton, "openLogFolder") is not None
    dialog.close()


@pytest.mark.qt_no_exception_capture
def test_a_known_problem_is_shown_in_its_own_words_in_the_users_language(qtbot, window, controller):
    from app.core.store import LoanNotFound

    controller.set_language("zh_CN")
    hook = ExceptionHook(lambda: controller.lang, lambda: controller.data_dir, lambda: window).install()
    try:
        window.edit_loan("no-such-loan")  # raises LoanNotFound, as a stale list row would
    except LoanNotFound as error:
        hook(type(error), error, error.__traceback__)
    finally:
        hook.uninstall()
    dialog = visible_error_dialogs()[0]
    assert "no-such-loan" in dialog.text()
    assert "发生了意外错误" not in dialog.text()  # not "unexpected": the store said what is wrong
    assert not (controller.data_dir / LOG_NAME).exists()
    dialog.close()
