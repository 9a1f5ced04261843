"""Starting the GUI: QApplication, translations, the error hook, the main window, then the data.

The window is shown first with a light "opening your data" page. Once it is painted, the data file's
worker thread (app/ui/shell/database.py) looks in the file, without opening it, for the overview kept
at its last reading (app/core/first_screen.py), while this thread builds the overview's widgets. When
that still holds today (the same day, app and data), the overview is filled from it and painted at
once, without loading the models. Then (or at once, when nothing was kept) this copy claims the folder
(one running copy per folder) and the data file is opened on the worker, with the first import of what
reading it needs (pydantic models, schedules); every loan's position today is worked out there and the
overview is built, or rebuilt, from that. Only after the overview's paint do the rule engine's
estimates (app/ui/shell/controller.py, risk()), the pay-first order and the reminders start. Problems
with the data file (locked, damaged, from a newer version, not writable) are explained with a way out.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from app import APP_ID, APP_NAME
from app.core.errors import RepayRadarError
from app.core.faults import record_fault
from app.startup_gc import resume_collection
from app.ui.shell.controller import Controller
from app.ui.shell.error_hook import ExceptionHook
from app.ui.shell.i18n import tr
from app.ui.shell.icons import app_icon
from app.ui.shell.main_window import MainWindow
from app.ui.shell.workers import run_with_progress

if TYPE_CHECKING:
    from app.core.first_screen import FirstScreen
    from app.ui.operations.opening import FirstReading
    from app.ui.shell.database import Job
    from app.ui.reminders.tray import ReminderServices
    from app.ui.shell.single_instance import SingleInstance

EXIT_NO_DATA = 1
_SERVICES_AT_THE_LATEST_MS = 3000
# The data file is opened once the kept overview is painted, or after this long if the window is not
# painted (minimised, covered): a window nobody sees must not hold the data back.
_OPEN_AT_THE_LATEST_MS = 1000
# What waits for the data's paint (_started) runs at the latest this long after the start, when the data
# is not on screen by then (a minimised window, a slow disk).
_STARTED_AT_THE_LATEST_MS = 1000


class GuiSession:
    """One run of the GUI: owns the controller, the main window and the start-up sequence."""

    def __init__(
        self,
        app: QApplication,
        data_dir: Path | None,
        *,
        claim: Callable[[], SingleInstance | None] | None = None,
        background: bool = False,
    ) -> None:
        self.app = app
        self.data_dir = data_dir
        # Started at login: the tray only, the window when the user asks for it. Without a system tray
        # there would be nothing to show at all, so the window opens as usual.
        self.background = background and _tray_available()
        self._claim = claim
        self._app_icon_set = False
        self.instance: SingleInstance | None = None
        self.controller = Controller()
        self.controller.set_data_dir(data_dir)
        self.controller.apply_remembered_language()
        self.window = MainWindow(self.controller)
        self.hook = ExceptionHook(
            language=lambda: self.controller.lang,
            data_dir=lambda: self.controller.data_dir,
            parent=lambda: self.window,
        ).install()
        # The rule engine's estimates and the pay-first order follow the data onto the screen.
        self.controller.hold_until_data_shown()
        self.window.dataPainted.connect(self.controller.data_shown)
        # Once the event loop is back from the slots of that paint: the data is already drawn.
        self.window.dataPainted.connect(lambda: QTimer.singleShot(0, self._started))
        app.aboutToQuit.connect(self.controller.close)
        self.services: ReminderServices | None = None
        self._task: Job | None = None
        self._store_asked = False
        self._kept: Job | None = None
        self.window.firstPainted.connect(self._first_painted)

    def _first_painted(self) -> None:
        if self._store_asked:  # started in the tray: the data file was opened without a window
            return
        # The worker looks for the kept overview while this thread loads the pages that show it.
        self._kept = self.controller.read_saved_screen(self.data_dir)
        self._kept.finished.connect(self._show_kept)
        self._kept.failed.connect(self._kept_failed)
        self.window.prepare_pages()

    def _kept_failed(self, error: BaseException) -> None:
        # Reading the kept overview answers None for every problem of the file; anything else is a
        # defect, logged, and the start goes on the usual way (opening the file explains real problems).
        record_fault(error, data_dir=self.controller.data_dir)
        self._show_kept(None)

    def _show_kept(self, screen: FirstScreen | None) -> None:
        if screen is None:
            self.open_data()
            return
        self.controller.show_saved_screen(screen)
        self.window.dataPainted.connect(self._open_data_once)
        QTimer.singleShot(_OPEN_AT_THE_LATEST_MS, self._open_data_once)
        self.window.show_saved_screen()

    def _open_data_once(self) -> None:
        if not self._store_asked:
            self.open_data()

    def open_data(self) -> None:
        """Claim the data folder for this copy, then open the data file with today's reading."""
        self._store_asked = True
        if self._claim is not None and not self._claim_instance():
            return
        self._open_store()

    def _open_store(self) -> None:
        # On the data file's own worker thread (app/ui/shell/database.py), with the first reading.
        self._task = self.controller.open_data(self.data_dir)
        self._task.finished.connect(self._opened)
        self._task.failed.connect(self._open_failed)

    def _claim_instance(self) -> bool:
        """One running copy per user and data folder (app/ui/shell/single_instance.py): False when another
        copy was asked to show its window instead, and this one is leaving.

        Checked just after the first paint (and the kept overview's) rather than before it: the check
        needs QtNetwork, which the first window does not, while a second launch (which then shows its
        window for a moment) is rare next to every launch.
        """
        claim, self._claim = self._claim, None
        assert claim is not None
        self.instance = claim()
        if self.instance is None:
            self.window.hide()
            self.app.exit(0)
            return False
        self.instance.attach(self.window)
        return True

    def _opened(self, opened: FirstReading) -> None:
        self.controller.data_opened(opened)
        if self.background:
            self.window.data_ready()  # the pages are ready for when the window is opened from the tray
            self._start_services()
            return
        # The tray and the first reminder check wait until the data is painted: the user is looking at
        # the window now, and a reminder shown a moment later loses nothing. A window that is not
        # painted (minimised, covered on some platforms) must not hold the reminders back for long.
        if self.window.data_painted:  # the kept overview is on screen already
            QTimer.singleShot(0, self._start_services)
        else:
            self.window.dataPainted.connect(self._start_services)
            QTimer.singleShot(_SERVICES_AT_THE_LATEST_MS, self._start_services)
        self.window.data_ready()

    def _started(self) -> None:
        """The start is over: the data is on screen, or it is taking long (a minimised window, a slow
        disk). The app's icon, and Python's cycle collector back on (app/startup_gc.py)."""
        self.show_app_icon()
        resume_collection()

    def show_app_icon(self) -> None:
        """The app's icon on its windows and dialogs (title bar, task bar), set once.

        Set once the data is on screen (or a dialog is about to open, or at the latest a moment after the
        start), not before the first paint: naming QIcon builds its Python type with all its enums and the
        SVG icon plugin is loaded, while the first paint does not draw the icon. Where the icon shows
        before that (the task bar on X11), it shows the generic one for that moment; Windows and macOS
        take the installed program's own icon.
        """
        if self._app_icon_set:
            return
        self._app_icon_set = True
        self.app.setWindowIcon(app_icon())

    def _open_failed(self, error: BaseException) -> None:
        self.show_app_icon()
        # The dialogs that explain a data file that cannot be opened, loaded when one is needed.
        from app.core.store_errors import StoreCorrupt, StoreDamaged
        from app.ui.shell.store_problems import Choice, ask_what_to_do

        if not isinstance(error, RepayRadarError):
            from app.ui.shell.error_dialog import show_error

            dialog = show_error(
                self.window,
                error,
                self.controller.lang,
                log_path=record_fault(error, data_dir=self.controller.data_dir),
            )
            dialog.finished.connect(lambda _result: self.app.exit(EXIT_NO_DATA))
            return
        choice = ask_what_to_do(self.window, error, self.controller.lang)
        if choice is Choice.QUIT:
            self.app.exit(EXIT_NO_DATA)
        elif choice is Choice.RESTORE_NEWEST and isinstance(error, StoreDamaged) and error.in_record:
            # A damaged record: the file is still in place; restore over it, then open.
            self._task = self.controller.open_data(self.data_dir, restore_newest=True)
            self._task.finished.connect(self._opened)
            self._task.failed.connect(self._open_failed)
        elif choice is Choice.RESTORE_NEWEST and isinstance(error, StoreCorrupt):
            # The store set the damaged file aside; open a fresh one, then copy the backup into it.
            newest = error.backups[0].path
            self._task = self.controller.open_data(self.data_dir)
            self._task.finished.connect(lambda opened: self._restore_into(opened, newest))
            self._task.failed.connect(self._open_failed)
        else:  # RETRY or START_EMPTY: open again (a damaged file is no longer in the way)
            self._open_store()

    def _restore_into(self, opened: FirstReading, backup: Path) -> None:
        self._opened(opened)

        def failed(error: BaseException) -> None:
            from app.ui.shell.error_dialog import show_error

            show_error(self.window, error, self.controller.lang)

        run_with_progress(
            self.window,
            tr("Restoring the backup…"),
            lambda: self.controller.restore_backup_work(backup),
            lambda _before: self.controller.data_replaced(),
            failed,
        )

    def _start_services(self) -> None:
        """The reminders: tray icon, notifications, close-to-tray (app/ui/reminders/tray.py); started once."""
        if self.services is not None or not self.controller.is_open:
            return
        from app.ui.reminders import tray

        self.show_app_icon()
        self.services = tray.start(self.window, self.controller)

    def run(self) -> int:
        if self.background:
            QTimer.singleShot(0, self.open_data)  # no window, so no first paint to wait for
        else:
            self.window.show()
        QTimer.singleShot(_STARTED_AT_THE_LATEST_MS, self._started)
        try:
            return self.app.exec()
        finally:
            # Work still running on the thread pool (the estimates, the pay-first order, an export) reads
            # the data file: let it end before the file closes and Python shuts down under it.
            QThreadPool.globalInstance().waitForDone()
            self.hook.uninstall()
            self.controller.close()
            if self.instance is not None:
                self.instance.close()


def create_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)  # the icon comes later: GuiSession.show_app_icon
    return app


def _tray_available() -> bool:
    from PySide6.QtWidgets import QSystemTrayIcon

    return QSystemTrayIcon.isSystemTrayAvailable()


def run_gui(data_dir: Path | None = None, *, background: bool = False) -> int:
    """Run the desktop app until the user quits; returns the process exit status. ``background``
    starts it in the system tray with the window closed."""

    def claim() -> SingleInstance | None:
        from app.ui.shell import single_instance

        return single_instance.claim(data_dir)

    return GuiSession(create_application(), data_dir, claim=claim, background=background).run()
