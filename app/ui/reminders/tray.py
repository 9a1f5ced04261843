"""The reminders' presence on the desktop: the tray icon and its menu, closing to the tray, and start().

    services = tray.start(window, controller)     # app/ui/shell/application.py calls this once the data is open

The icon shows the most pressing state (nothing due / due soon / overdue) and its tooltip the next due
date. The menu: open the window, the next few dues (click opens that loan), mark one as paid (after a
confirmation, a payment of what is left of it, dated today), snooze all, start at login, settings, quit.
Closing the window keeps the app in the tray (a one-time hint says so); Quit is the way out. Where the
desktop has no tray, the user is told once and the window stays the way to see reminders: closing it
quits as usual.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QMessageBox,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.core.autostart import LaunchCommand, autostart_entry, launch_command, sync_autostart
from app.core.due import AttentionLevel, DueBoard, DueItem, list_days
from app.core.i18n import N_
from app.core.models import Payment
from app.core.reminders import SnoozeChoice
from app.core.store import default_data_dir
from app.ui.shell.i18n import ntr, tr
from app.ui.shell.icons import tray_icon
from app.ui.reminders.notifier import Notifier, create_notifier
from app.ui.reminders.reminder_scheduler import ReminderScheduler
from app.ui.reminders.reminder_text import hidden_to_tray_text, when_text
from app.ui.widgets.formatting import money
from app.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from app.ui.shell.controller import Controller
    from app.ui.shell.main_window import MainWindow

# The menu lists this many dues; the window has the rest. What is due, and how far ahead the menu
# looks, is app.core.due's answer (the overview and the reminders ask it too).
MENU_DUES = 5
_NO_TRAY_NOTICE_KEY = "tray/no_tray_notice_shown"


class SnoozeUntilDialog(Retranslating, QDialog):
    """Asks for the instant to snooze until."""

    def __init__(self, earliest: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts.bind(self.setWindowTitle, N_("Snooze reminders"))
        self.setObjectName("snoozeUntilDialog")
        self.label = label = QLabel(self)
        self.texts.bind(self.label.setText, N_("Remind me again at:"))
        # The edit shows wall time in the app clock's zone; chosen() puts that zone back.
        self._zone = earliest.tzinfo
        wall = earliest.replace(tzinfo=None, second=0, microsecond=0)
        self.edit = QDateTimeEdit(QDateTime(wall + timedelta(hours=2)), self)
        self.edit.setMinimumDateTime(QDateTime(wall))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        label.setBuddy(self.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    def chosen(self) -> datetime:
        return self.edit.dateTime().toPython().replace(tzinfo=self._zone)


class ReminderTray(QObject):
    """The tray icon and its menu. It only shows; the scheduler decides and the controller records."""

    def __init__(
        self, window: MainWindow, controller: Controller, scheduler: ReminderScheduler, icon: QSystemTrayIcon
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.scheduler = scheduler
        self.level: AttentionLevel = "ok"
        self.icon = icon
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        # Submenus live as long as the tray: QMenu.clear() deletes the actions a menu owns, but not the
        # submenus added to it, so rebuilding them each time would pile them up.
        self.paid_menu = QMenu(self.menu)
        self.paid_menu.setObjectName("trayMarkPaid")
        self.snooze_menu = QMenu(self.menu)
        self.snooze_menu.setObjectName("traySnooze")
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._icon_activated)
        self.menu.aboutToShow.connect(self.rebuild_menu)
        scheduler.changed.connect(self.refresh)
        controller.languageChanged.connect(lambda _lang: self.refresh())
        self.refresh()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    # ----------------------------------------------------------------------------------- showing

    def board(self) -> DueBoard:
        """What is due today, as far ahead as the menu looks (app.core.due decides)."""
        return self.controller.due_board(list_days(self.controller.settings()))

    def refresh(self) -> None:
        board = self.board()
        self.level = board.level
        self.icon.setIcon(tray_icon(self.level))
        self.icon.setToolTip(self.tooltip(board))
        if not self.menu.isVisible():
            self.rebuild_menu()

    def tooltip(self, board: DueBoard) -> str:
        display = self.controller.settings().currency_display
        lines = [APP_NAME]
        # The tooltip counts overdue instalments (its words say so); the figure is per loan.
        overdue = board.overdue
        if overdue:
            lines.append(ntr("Overdue: {n} instalment", "Overdue: {n} instalments", len(board.overdue)))
            amounts = " + ".join(
                money(amount, currency, display) for currency, amount in board.current_totals.items()
            )
            lines.append(tr("To be current today: {amount}", amount=amounts))
        due = board.next_coming
        if due is not None:
            lines.append(tr("Next due: {loan}, {amount} on {date}", loan=due.loan_name,
                            amount=money(due.outstanding, due.currency, display), date=due.due_date.isoformat()))
        elif not overdue:
            lines.append(ntr("Nothing due in the next {n} day", "Nothing due in the next {n} days", board.days))
        return "\n".join(lines)

    def _menu_label(self, due: DueItem, today: date, display: str) -> str:
        """A due as the menu lists it: an overdue loan with what makes it current today, a coming
        instalment with what is left of it (and a card's minimum)."""
        when = when_text(due.due_date, today, overdue=due.overdue)
        if due.overdue and due.to_be_current is not None:
            return tr("{loan} · {when} · {amount} to be current today", loan=due.loan_name, when=when,
                      amount=money(due.to_be_current, due.currency, display))
        if due.minimum is not None:
            return tr("{loan} · {when} · {amount} (minimum {minimum})", loan=due.loan_name, when=when,
                      amount=money(due.outstanding, due.currency, display),
                      minimum=money(due.minimum, due.currency, display))
        return self._due_label(due, today, display)

    def _due_label(self, due: DueItem, today: date, display: str) -> str:
        return tr("{loan} · {when} · {amount}", loan=due.loan_name,
                  when=when_text(due.due_date, today, overdue=due.overdue),
                  amount=money(due.outstanding, due.currency, display))

    def rebuild_menu(self) -> None:
        menu = self.menu
        menu.clear()
        today = self.controller.today()
        display = self.controller.settings().currency_display
        self._add(menu, tr("Open RepayRadar"), "trayOpen", self.open_window)
        menu.addSeparator()
        board = self.board()
        listed = board.items[:MENU_DUES] if self.controller.is_open else ()
        if not listed:
            nothing = menu.addAction(tr("Nothing due soon"))
            nothing.setEnabled(False)
        # An overdue loan is listed once: its oldest overdue instalment stands for it, with the loan's
        # own to-be-current figure; coming instalments each on their own.
        per_loan = board.overdue_per_loan()
        for due in (due for due in listed if not due.overdue or due in per_loan):
            action = self._add(menu, self._menu_label(due, today, display), "trayDue",
                               lambda _checked=False, loan_id=due.loan_id: self.open_loan(loan_id))
            action.setData(due.loan_id)
        paid_menu = self.paid_menu
        paid_menu.clear()
        paid_menu.setTitle(tr("Mark as paid"))
        menu.addMenu(paid_menu)
        for due in (due for due in listed if due.payable):
            action = self._add(paid_menu, self._due_label(due, today, display), "trayMarkPaidItem",
                               lambda _checked=False, chosen=due: self.mark_paid(chosen))
            action.setData(due.loan_id)
        paid_menu.setEnabled(not paid_menu.isEmpty())
        menu.addSeparator()
        snooze_menu = self.snooze_menu
        snooze_menu.clear()
        snooze_menu.setTitle(tr("Snooze all reminders"))
        menu.addMenu(snooze_menu)
        self._add(snooze_menu, tr("For 1 hour"), "traySnoozeHour",
                  lambda: self.snooze_all(self.scheduler.snooze_until(SnoozeChoice.hour)))
        self._add(snooze_menu, tr("Until tomorrow"), "traySnoozeTomorrow",
                  lambda: self.snooze_all(self.scheduler.snooze_until(SnoozeChoice.tomorrow)))
        self._add(snooze_menu, tr("Until…"), "traySnoozeUntil", self.ask_snooze_until)
        snooze_menu.setEnabled(bool(self.scheduler.current()))
        menu.addSeparator()
        autostart = self._add(menu, tr("Start at login"), "trayAutostart", self._toggle_autostart)
        autostart.setCheckable(True)
        autostart.setChecked(self.controller.settings().autostart)
        autostart.setEnabled(self.controller.is_open)
        self._add(menu, tr("Settings…"), "traySettings", self.open_settings)
        menu.addSeparator()
        self._add(menu, tr("Quit RepayRadar"), "trayQuit", self.window.quit_app)

    def _add(self, menu: QMenu, text: str, name: str, slot) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    # ----------------------------------------------------------------------------------- actions

    def _icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_window()

    def open_window(self) -> None:
        window = self.window
        window.show()
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()

    def open_loan(self, loan_id: str) -> None:
        self.open_window()
        if loan_id:
            self.window.open_loan(loan_id)
        else:
            self.window.show_overview()

    def open_settings(self) -> None:
        self.open_window()
        self.window.open_settings()

    def _dialog_parent(self) -> QWidget | None:
        return self.window if self.window.isVisible() else None

    def mark_paid(self, due: DueItem) -> bool:
        """Record a payment of what is left of ``due`` today, once the user confirms. Overdue, that
        includes the penalty interest owed on it: a late payment pays the penalty first, so what is left
        of the instalment alone would not settle it."""
        display = self.controller.settings().currency_display
        amount, penalty = due.to_settle, due.penalty_owed
        if penalty:
            question = tr("Record a payment of {amount} today for {loan} (instalment {number}, due {date}: "
                          "{left} left of it and {penalty} penalty interest, which a late payment pays first)?",
                          amount=money(amount, due.currency, display), loan=due.loan_name, number=due.number,
                          date=due.due_date.isoformat(), left=money(due.outstanding, due.currency, display),
                          penalty=money(penalty, due.currency, display))
        else:
            question = tr("Record a payment of {amount} today for {loan} (instalment {number}, due {date})?",
                          amount=money(amount, due.currency, display), loan=due.loan_name,
                          number=due.number, date=due.due_date.isoformat())
        answer = QMessageBox.question(
            self._dialog_parent(), tr("Mark as paid"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.controller.add_payment(
            Payment(loan_id=due.loan_id, paid_on=self.controller.today(), amount=amount,
                    note=tr("Marked as paid from the tray"))
        )
        return True

    def snooze_all(self, until: datetime) -> None:
        self.scheduler.snooze_all(until)

    def ask_snooze_until(self) -> None:
        dialog = SnoozeUntilDialog(self.controller.clock.now(), self._dialog_parent())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.snooze_all(dialog.chosen())

    def _toggle_autostart(self, checked: bool) -> None:
        settings = self.controller.settings()
        if settings.autostart != checked:
            self.controller.save_settings(settings.model_copy(update={"autostart": checked}))


class ReminderServices(QObject):
    """Everything the reminders add to a running GUI, wired together; built by start()."""

    def __init__(
        self,
        window: MainWindow,
        controller: Controller,
        *,
        tray_available: bool | None = None,
        notifier: Notifier | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        available = QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        icon = QSystemTrayIcon(tray_icon("ok"), self) if available else None
        self.notifier = notifier or create_notifier(icon, window, parent=self)
        self.scheduler = ReminderScheduler(controller, self.notifier, parent=self)
        self.tray: ReminderTray | None = None
        if icon is not None:
            self.tray = ReminderTray(window, controller, self.scheduler, icon)
            self.tray.show()
            window.set_close_policy(self._keep_running_in_tray)
            # A dialog closed while the window is hidden must not end the app.
            QApplication.setQuitOnLastWindowClosed(False)
        self.notifier.activated.connect(self.open_loan)
        self._autostart_wanted: bool | None = None
        self.no_tray_notice: QMessageBox | None = None
        controller.languageChanged.connect(lambda _lang: self._retranslate_notice())
        controller.settingsChanged.connect(self.sync_autostart)
        self.sync_autostart()
        QApplication.instance().aboutToQuit.connect(self.stop)
        self.scheduler.start()
        if icon is None:
            self._say_no_tray_once()

    def open_loan(self, loan_id: str) -> None:
        if self.tray is not None:
            self.tray.open_loan(loan_id)
            return
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        if loan_id:
            self.window.open_loan(loan_id)

    def _keep_running_in_tray(self) -> bool:
        if self.tray is None or not self.tray.icon.isVisible():
            return False
        settings = self.controller.settings()
        if not settings.tray_hint_shown and self.controller.is_open:
            title, body = hidden_to_tray_text()
            self.notifier.notify(title, body, "", ())
            self.controller.save_settings(settings.model_copy(update={"tray_hint_shown": True}))
        return True

    def sync_autostart(self) -> None:
        """Keep the login entry as Settings.autostart says: written when turned on (and again at each
        start, so it follows a moved installation), removed when turned off."""
        wanted = self.controller.settings().autostart
        if not self.controller.is_open:
            return
        data_dir = self.controller.data_dir
        command = launch_command(data_dir=data_dir if data_dir and data_dir != default_data_dir() else None)
        if wanted is False and self._autostart_wanted is None and _entry_runs(command):
            # The Windows installer's "start at login" box wrote the entry: the setting says so too,
            # so the tray menu and the settings show it ticked (and unticking removes it).
            self._autostart_wanted = True
            self.controller.save_settings(self.controller.settings().model_copy(update={"autostart": True}))
            return
        if wanted is False and self._autostart_wanted in (None, False):
            self._autostart_wanted = wanted
            return  # nothing was turned off in this run: leave another folder's entry alone
        self._autostart_wanted = wanted
        try:
            sync_autostart(autostart_entry(), wanted, command)
        except OSError as error:
            QMessageBox.warning(
                self.window if self.window.isVisible() else None,
                tr("Start at login"),
                tr("The login entry could not be changed: {error}", error=error),
            )

    def _say_no_tray_once(self) -> None:
        remembered = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, "reminders")
        if remembered.value(_NO_TRAY_NOTICE_KEY, False, type=bool):
            return
        remembered.setValue(_NO_TRAY_NOTICE_KEY, True)
        box = QMessageBox(QMessageBox.Icon.Information, "", "", QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("noTrayNotice")
        box.setModal(False)
        self.no_tray_notice = box
        self._retranslate_notice()
        box.show()

    def _retranslate_notice(self) -> None:
        box = self.no_tray_notice
        if box is None:
            return
        box.setWindowTitle(tr("No system tray"))
        box.setText(tr("This desktop has no system tray, so RepayRadar cannot keep running in the background. "
                       "Reminders are shown while this window is open; closing it quits the app."))

    def stop(self) -> None:
        self.scheduler.stop()
        if self.tray is not None:
            self.tray.hide()
        if self.no_tray_notice is not None:
            self.no_tray_notice.close()


def _entry_runs(command: LaunchCommand) -> bool:
    try:
        return autostart_entry().runs(command)
    except OSError:
        return False


def start(window: MainWindow, controller: Controller) -> ReminderServices:
    """Start the reminders for a GUI whose data file is open (app/ui/shell/application.py calls this)."""
    return ReminderServices(window, controller)
