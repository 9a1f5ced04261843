"""Switching language while the app runs rewords everything the user can see at that moment from the new
catalogue: the main window and its overview, the tray's tooltip and menu, and dialogs left open (settings,
snooze, an error). English -> Chinese -> English gives back exactly the English texts."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication
from reminder_support import RecordingNotifier, loan_due
from shell_support import TODAY

from app import APP_NAME
from app.core.errors import RepayRadarError
from app.ui.reminders.notifier import WindowNotifier
from app.ui.reminders.tray import ReminderServices, SnoozeUntilDialog
from app.ui.shell.error_dialog import show_error
from app.ui.shell.settings_dialog import SettingsDialog

CJK = re.compile(r"[\u4e00-\u9fff]")
TOMORROW = TODAY.date() + timedelta(days=1)
FIVE_DAYS_AGO = TODAY.date() - timedelta(days=5)


@pytest.fixture
def running(window, controller):
    """The app as a user has it: two loans (one overdue), the tray, and three dialogs left open."""
    controller.add_loan(loan_due("card", "招行信用卡", TOMORROW))
    controller.add_loan(loan_due("car", "车贷", FIVE_DAYS_AGO, amount="3000.00"))
    window.show_overview()
    services = ReminderServices(window, controller, tray_available=True, notifier=RecordingNotifier())
    settings = SettingsDialog(controller, window)
    settings.show()
    snooze = SnoozeUntilDialog(controller.clock.now(), window)
    snooze.show()
    # One error of the core's own and one unexpected, collected in one dialog as the error hook does.
    error = show_error(window, RepayRadarError("error.unexpected", detail="the disk is full"), controller.lang)
    error.add_error(ValueError("disk full"), Path("/tmp/repayradar/error.log"))
    yield window, services, settings, snooze, error
    for dialog in (settings, snooze, error):
        dialog.close()
    services.stop()
    QApplication.setQuitOnLastWindowClosed(True)


def seen(window, services, settings, snooze, error) -> dict[str, str]:
    tray = services.tray
    tray.rebuild_menu()
    menu = {action.objectName(): action.text() for action in tray.menu.actions() if action.objectName()}
    board = window.dashboard
    return {
        "window title": window.windowTitle(),
        "file menu": window.file_menu.title(),
        "overview heading": board.heading.text(),
        "today": board.today_label.text(),
        "overdue card": board.overdue_card.detail.text(),
        "overdue card for a screen reader": board.overdue_card.accessibleName(),
        "upcoming card": board.upcoming_card.detail.text(),
        "overdue header": board.overdue_model.headerData(1, Qt.Orientation.Horizontal),
        "tray tooltip": tray.icon.toolTip(),
        "tray open": menu["trayOpen"],
        "tray due": menu["trayDue"],
        "tray quit": menu["trayQuit"],
        "snooze menu": tray.snooze_menu.title(),
        "settings title": settings.windowTitle(),
        "settings currency": settings.currency_display.itemText(0),
        "settings system language": settings.language.itemText(0),
        "snooze title": snooze.windowTitle(),
        "error title": error.windowTitle(),
        "error text": error.text(),
    }


def test_switching_language_rewords_the_whole_running_app_and_back(running, controller):
    before = seen(*running)
    assert before["tray due"] == "招行信用卡 · due tomorrow · ¥1,200.00"
    assert before["upcoming card"] == "1 instalment"
    assert before["overdue card"].startswith("1 loan behind on payments: ¥3,000.00 overdue")
    assert "Overdue: 1 instalment" in before["tray tooltip"]
    assert "Something unexpected went wrong (ValueError: disk full)" in before["error text"]
    assert not any(CJK.search(text) for key, text in before.items() if "tray" not in key)

    controller.set_language("zh_CN", save=False)
    QApplication.processEvents()
    chinese = seen(*running)

    assert chinese["tray due"] == "招行信用卡 · 明天到期 · ¥1,200.00"
    assert chinese["upcoming card"] == "1 期"
    assert chinese["overdue card"].startswith("1 笔贷款未按时还款：逾期 ¥3,000.00")
    assert chinese["overdue card for a screen reader"].startswith("今天恢复正常需还：")
    assert "逾期：1 期" in chinese["tray tooltip"]
    assert chinese["today"] == "今天：2026-06-15"
    assert chinese["settings title"] == "设置"
    assert "发生了意外错误（ValueError: disk full）" in chinese["error text"]
    # Every text changed, and each now reads Chinese: nothing was left in English.
    unchanged = {key for key in before if chinese[key] == before[key]}
    assert unchanged == set()
    assert all(CJK.search(text) for text in chinese.values()), chinese

    controller.set_language("en", save=False)
    QApplication.processEvents()
    assert seen(*running) == before


def test_the_no_tray_notice_left_open_follows_the_language(window, controller):
    remembered = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, "reminders")
    remembered.remove("tray/no_tray_notice_shown")
    services = ReminderServices(window, controller, tray_available=False, notifier=RecordingNotifier())
    try:
        notice = services.no_tray_notice
        assert notice is not None and notice.isVisible()
        english = (notice.windowTitle(), notice.text())
        assert english[0] == "No system tray"
        controller.set_language("zh_CN", save=False)
        QApplication.processEvents()
        assert CJK.search(notice.windowTitle()) and CJK.search(notice.text())
        controller.set_language("en", save=False)
        QApplication.processEvents()
        assert (notice.windowTitle(), notice.text()) == english
    finally:
        services.stop()
        QApplication.setQuitOnLastWindowClosed(True)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_loan_named_with_placeholders_reads_as_typed_in_the_tray_window_and_overview(window, controller, lang):
    name = "%1 %2 %3 {0} {name}"
    controller.add_loan(loan_due("odd", name, FIVE_DAYS_AGO, TOMORROW, amount="3000.00"))
    controller.set_language(lang, save=False)
    QApplication.processEvents()
    services = ReminderServices(window, controller, tray_available=True, notifier=RecordingNotifier())
    try:
        services.tray.rebuild_menu()
        dues = [action.text() for action in services.tray.menu.actions() if action.objectName() == "trayDue"]
        assert dues and all(text.startswith(f"{name} · ") for text in dues)
        assert name in services.tray.icon.toolTip()
        window.show_overview()
        card = window.dashboard.overdue_card
        assert card.accessibleDescription().startswith(name)
        # The card's tooltip is worked out when it is first about to show.
        QApplication.sendEvent(card, QHelpEvent(QEvent.Type.ToolTip, QPoint(2, 2), card.mapToGlobal(QPoint(2, 2))))
        assert card.toolTip().startswith(name)
        window.open_loan("odd")
        assert window.windowTitle().startswith(f"{name} — ")
    finally:
        services.stop()
        QApplication.setQuitOnLastWindowClosed(True)
        controller.set_language("en", save=False)


def test_a_reminder_left_open_in_the_window_gets_its_buttons_in_the_new_language(window, controller):
    notifier = WindowNotifier(window)
    notifier.notify("招行信用卡: due tomorrow", "¥1,200.00 to pay by 2026-06-16.", "card")
    box = notifier.box
    buttons = (box.open_button, box.snooze_button)
    assert [button.text() for button in buttons] == ["Open", "Snooze 1 hour"]
    try:
        controller.set_language("zh_CN", save=False)
        QApplication.processEvents()
        assert all(CJK.search(button.text()) for button in buttons)
        assert box.text() == "¥1,200.00 to pay by 2026-06-16."  # what was said then, as it was said
    finally:
        controller.set_language("en", save=False)
        QApplication.processEvents()
        notifier.close()
    assert [button.text() for button in buttons] == ["Open", "Snooze 1 hour"]
