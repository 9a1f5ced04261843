"""Showing a reminder to the user, behind one small interface, whatever the desktop offers.

    notifier.notify(title, body, loan_id, actions)   # actions: a subset of (OPEN, SNOOZE)
    notifier.activated(loan_id)    the user clicked it (or its Open button): show that loan ("" = overview)
    notifier.snoozed(loan_id)      the user chose Snooze on it

Which one is used (create_notifier):
- Linux and other D-Bus desktops: org.freedesktop.Notifications directly (notifier_dbus.py), with Open and
  Snooze buttons. Qt's own tray balloon reaches the desktop's notifications only when the tray goes over
  StatusNotifierItem, and never carries buttons.
- Windows and macOS: QSystemTrayIcon.showMessage. On Windows that is a toast attributed to the tray icon
  (Shell_NotifyIcon needs no AppUserModelID); on macOS Qt still posts through NSUserNotificationCenter
  (deprecated, QTBUG-108134) but it is delivered. Clicking it opens the loan; Snooze is in the tray menu.
- No tray and no notification service: a small non-modal box on the main window, with Open and Snooze.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon, QWidget

from app.ui.shell.i18n import tr
from app.ui.widgets.retranslating import Retranslating

OPEN = "open"
SNOOZE = "snooze"


class Notifier(QObject):
    """The interface every notifier implements; see the module's docstring."""

    activated = Signal(str)
    snoozed = Signal(str)

    def notify(self, title: str, body: str, loan_id: str, actions: Sequence[str] = (OPEN, SNOOZE)) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Withdraw whatever this notifier still shows (the app is quitting)."""


class TrayNotifier(Notifier):
    """The tray icon's own message (a toast on Windows, Notification Center on macOS)."""

    def __init__(self, tray: QSystemTrayIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tray = tray
        self._loan_id = ""
        # The platform tells which message was clicked only as "the last one": remember its loan.
        tray.messageClicked.connect(lambda: self.activated.emit(self._loan_id))

    def notify(self, title: str, body: str, loan_id: str, actions: Sequence[str] = (OPEN, SNOOZE)) -> None:
        self._loan_id = loan_id
        self._tray.showMessage(title, body, self._tray.icon(), 15_000)


class ReminderBox(Retranslating, QMessageBox):
    """A reminder shown in the main window, with Open and Snooze buttons. The reminder itself says what
    was true when it was shown; its buttons follow a language switch."""

    def __init__(self, title: str, body: str, actions: Sequence[str], parent: QWidget) -> None:
        super().__init__(QMessageBox.Icon.Information, title, body, QMessageBox.StandardButton.NoButton, parent)
        self.setObjectName("reminderBox")
        # Qt refuses a button without a title, so each is added with its words (set again on a switch).
        self.open_button = (
            self.addButton(tr("Open"), QMessageBox.ButtonRole.AcceptRole) if OPEN in actions else None
        )
        self.snooze_button = (
            self.addButton(tr("Snooze 1 hour"), QMessageBox.ButtonRole.ActionRole) if SNOOZE in actions else None
        )
        self.addButton(QMessageBox.StandardButton.Close)

    def _retranslate(self) -> None:
        if self.open_button is not None:
            self.open_button.setText(tr("Open"))
        if self.snooze_button is not None:
            self.snooze_button.setText(tr("Snooze 1 hour"))


class WindowNotifier(Notifier):
    """Without a tray or a notification service the main window is where reminders are seen."""

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self.box: ReminderBox | None = None

    def notify(self, title: str, body: str, loan_id: str, actions: Sequence[str] = (OPEN, SNOOZE)) -> None:
        if self.box is not None:
            self.box.close()
        box = ReminderBox(title, body, actions, self._window)

        def answered() -> None:
            clicked = box.clickedButton()
            if box.open_button is not None and clicked is box.open_button:
                self.activated.emit(loan_id)
            elif box.snooze_button is not None and clicked is box.snooze_button:
                self.snoozed.emit(loan_id)

        box.finished.connect(answered)
        box.setModal(False)
        box.show()
        self.box = box

    def close(self) -> None:
        if self.box is not None:
            self.box.close()


def create_notifier(
    tray: QSystemTrayIcon | None,
    window: QWidget,
    *,
    platform: str | None = None,
    parent: QObject | None = None,
) -> Notifier:
    """The best notifier this desktop offers (see the module's docstring)."""
    platform = platform or sys.platform
    local: Notifier = TrayNotifier(tray, parent) if tray is not None else WindowNotifier(window, parent)
    if platform not in ("win32", "darwin"):
        # Only where there is a session bus: QtDBus is not part of the Windows and macOS bundles.
        from app.ui.reminders.notifier_dbus import DBusNotifier

        notifier = DBusNotifier.on_session_bus(parent=parent)
        if notifier is not None:
            # Should the daemon go away later, the reminder still shows, and its clicks still count.
            notifier.fallback = local
            local.activated.connect(notifier.activated)
            local.snoozed.connect(notifier.snoozed)
            return notifier
    return local
