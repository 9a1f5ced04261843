"""The main window: navigation (Overview, Loans, a loan's page), menus with standard shortcuts, and the
flows that span pages (new, edit, delete a loan; import and export; settings; the sample set).

The window paints before the data file is open: it starts with a light "opening" page and builds the
real pages when there is data to show, so nothing heavy is imported before the first paint (firstPainted
tells the application when that paint happened). The data to show is either the overview the data file
kept from its last reading (show_saved_screen(), while the file is still opening) or today's reading
(data_ready()). What needs the open file (the menus' actions, a loan's page, the editor) waits for
data_ready(); a row opened before then opens once the file is.

Closing: closeRequested is emitted whenever the user closes the window. A close policy installed with
set_close_policy() may keep the app running (the reminders' tray hides the window instead); without one
closing quits. File › Quit (Ctrl+Q) always quits.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.core.errors import RepayRadarError
from app.core.faults import record_fault
from app.core.i18n import N_
from app.ui.documents.save_folder import suggested_path
from app.ui.shell.i18n import ntr, tr
from app.ui.shell import window_geometry
from app.ui.shell.workers import run_with_progress
from app.ui.widgets.retranslating import Retranslating

# The pages (the overview, the list of loans, a loan's page) and the dialogs are imported when they are
# first built or opened: the first window shows only the "opening your data" page. Qt's own dialogs (file,
# message box) are named through QtWidgets where they open: PySide builds a class's Python type, with
# all its enums, when it is first named, and the first window needs none of them.
if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from app.core.exchange import ExchangeSummary
    from app.ui.shell.controller import Controller
    from app.ui.overview.dashboard import Dashboard
    from app.ui.shell.first_run import EmptyState, SampleBanner
    from app.ui.loans.loan_detail import LoanDetailPage
    from app.ui.loans.loans_page import LoansPage

OVERVIEW, LOANS = 0, 1
_STANDARD_KEY = "standard:"  # a shortcut named by QKeySequence.StandardKey (bind_shortcuts)
_STATUS_MESSAGE_MS = 8000


class MainWindow(Retranslating, QMainWindow):
    """Signals: firstPainted() (the window, opening the data), dataPainted() (the page showing the
    data, once), closeRequested(), quitRequested()."""

    firstPainted = Signal()
    dataPainted = Signal()
    closeRequested = Signal()
    quitRequested = Signal()

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.controller = controller
        self._close_policy: Callable[[], bool] | None = None
        self._quitting = False
        self._painted = False
        self._data_page: QWidget | None = None  # watched for its first paint (dataPainted)
        self._painted_data = False  # the data page is watched or was painted
        self.data_painted = False  # dataPainted was emitted
        self._until_open: list[Callable[[], None]] = []  # asked for before the data file was open
        self.dashboard: Dashboard | None = None
        # The pages the overview does not show are built when first shown: the list of loans, the welcome
        # page (only without loans) and a loan's own page (the heaviest; many sessions only look at the
        # overview or sit in the tray).
        self._loans_page: LoansPage | None = None
        self._loan_page: LoanDetailPage | None = None
        self._previous_page: QWidget | None = None
        self._empty_state: EmptyState | None = None
        self._sample_banner: SampleBanner | None = None  # only while sample loans exist

        self.nav = QTabBar(self)
        self.texts.bind(self.nav.setAccessibleName, N_("Pages"))
        self.nav.setObjectName("navigation")
        self.nav.setDocumentMode(True)
        self.nav.setExpanding(False)
        self.nav.setDrawBase(False)
        for _ in (OVERVIEW, LOANS):
            self.nav.addTab("")
        self.nav.currentChanged.connect(self._nav_changed)
        # A loan's page keeps the tab it was opened from current, so a click on that tab changes nothing
        # and currentChanged stays silent: the click itself must lead there.
        self.nav.tabBarClicked.connect(self._nav_clicked)
        self.nav.setEnabled(False)

        self.stack = QStackedWidget(self)
        self.loading_page = QWidget(self)
        self.loading_page.setObjectName("loadingPage")
        self.loading_label = QLabel(self.loading_page)
        self.texts.bind(self.loading_label.setText, N_("Opening your data…"))
        self.loading_label.installEventFilter(self)
        # Centred by stretches, not by an alignment flag (see the imports).
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.loading_label)
        row.addStretch(1)
        loading = QVBoxLayout(self.loading_page)
        loading.addStretch(1)
        loading.addLayout(row)
        loading.addStretch(1)
        self.stack.addWidget(self.loading_page)

        central = QWidget(self)
        self._layout = QVBoxLayout(central)
        self._layout.addWidget(self.nav)
        self._layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_menus()
        self._set_data_actions_enabled(False)
        self._retranslate()
        # The user's last size and position if it fits the screens there are now, else sized to the screen.
        window_geometry.place(self)

    # ---- start-up ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.loading_label and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            # Run from the event loop after this paint has been flushed to the screen.
            QTimer.singleShot(0, self.firstPainted.emit)
        elif watched is self._data_page and event.type() == QEvent.Type.Paint:
            self._data_page.removeEventFilter(self)
            self._data_page = None
            QTimer.singleShot(0, self._data_was_painted)
        return super().eventFilter(watched, event)

    def _data_was_painted(self) -> None:
        self.data_painted = True
        self.bind_shortcuts()
        self.dataPainted.emit()

    def show_saved_screen(self) -> None:
        """Show the overview the data file kept (the controller holds it) while the file is opening."""
        self._build_pages()
        assert self.dashboard is not None
        self.dashboard.refresh()
        self.dashboard.loans_model.refresh()
        self.show_overview()
        self._watch_data_paint()

    def data_ready(self) -> None:
        """The data file is open: build the pages and show the overview (or the welcome page)."""
        self.bind_shortcuts()
        if self._build_pages():
            assert self.dashboard is not None
            self.dashboard.refresh()
        else:
            # Built before the data was read: the controller's loansChanged has refreshed them.
            self._loans_changed()
        if self._loans_page is not None:
            self._loans_page.model.refresh()
        self.nav.setEnabled(True)
        self._set_data_actions_enabled(True)
        self._update_sample_banner()
        if self.stack.currentWidget() is self.loading_page:
            self.show_overview()
        self._watch_data_paint()
        waiting, self._until_open = self._until_open, []
        for work in waiting:
            work()

    def _when_open(self, work: Callable[[], None]) -> None:
        """Run ``work`` now, or once the data file is open (a click on the kept overview)."""
        if self.controller.is_open:
            work()
        elif work not in self._until_open:
            self._until_open.append(work)

    def prepare_pages(self) -> None:
        """Build the overview (still empty and hidden) while the data it shows is being read."""
        self._build_pages()

    def _build_pages(self) -> bool:
        """Build the overview, once; True when it was built now. It shows nothing until refreshed (the
        controller's loansChanged refreshes it from then on)."""
        if self.dashboard is not None:
            return False
        from app.ui.overview.dashboard import Dashboard

        self.dashboard = Dashboard(self.controller, self)
        self.dashboard.loanActivated.connect(self.open_loan)
        self.stack.addWidget(self.dashboard)
        self.controller.loansChanged.connect(self._loans_changed)
        self.controller.sampleDataChanged.connect(self._update_sample_banner)
        return True

    def _watch_data_paint(self) -> None:
        """Watch the page showing the data for its first paint (dataPainted), once."""
        if self._data_page is None and not self._painted_data:
            self._painted_data = True
            page = self.current_page()
            # A scroll area (the overview) is never painted itself: its content widget is.
            content = page.widget() if isinstance(page, QtWidgets.QScrollArea) else None
            self._data_page = content or page
            self._data_page.installEventFilter(self)

    # ---- navigation -------------------------------------------------------------------------------

    def show_overview(self) -> None:
        if self.dashboard is None:
            return
        self._show_page(self.dashboard if self.controller.has_loans() else self.empty_state, OVERVIEW)

    def show_loans(self) -> None:
        if self.loans_page is not None:
            self._show_page(self.loans_page, LOANS)

    @property
    def loans_page(self) -> LoansPage | None:
        """The list of every loan, built on first use; None until the data is open."""
        if self._loans_page is None and self.dashboard is not None:
            from app.ui.loans.loans_page import LoansPage

            page = LoansPage(self.controller, self)
            page.openRequested.connect(self.open_loan)
            page.newRequested.connect(self.new_loan)
            page.editRequested.connect(self.edit_loan)
            page.deleteRequested.connect(self.delete_loan)
            self.stack.addWidget(page)
            self._loans_page = page
        return self._loans_page

    @property
    def sample_banner(self) -> SampleBanner | None:
        """The banner above the pages while the sample loans exist, built on first use (most people never
        load them); None until the data is open."""
        if self._sample_banner is None and self.dashboard is not None:
            from app.ui.shell.first_run import SampleBanner

            banner = SampleBanner(self)
            banner.removeRequested.connect(self.remove_sample)
            banner.hide()
            self._layout.insertWidget(1, banner)
            self._sample_banner = banner
        return self._sample_banner

    @property
    def empty_state(self) -> EmptyState | None:
        """The welcome page shown while there are no loans, built on first use; None until the data is open."""
        if self._empty_state is None and self.dashboard is not None:
            from app.ui.shell.first_run import EmptyState

            page = EmptyState(self)
            page.addLoanRequested.connect(self.new_loan)
            page.sampleRequested.connect(self.load_sample)
            self.stack.addWidget(page)
            self._empty_state = page
        return self._empty_state

    @property
    def loan_page(self) -> LoanDetailPage | None:
        """The loan's own page, built on first use; None until the data is open."""
        if self._loan_page is None and self.dashboard is not None:
            from app.ui.loans.loan_detail import LoanDetailPage

            page = LoanDetailPage(self.controller, self)
            page.backRequested.connect(self.go_back)
            page.editRequested.connect(self.edit_loan)
            page.deleteRequested.connect(self.delete_loan)
            self.stack.addWidget(page)
            self._loan_page = page
        return self._loan_page

    def open_loan(self, loan_id: str, tab: int | None = None) -> None:
        if not self.controller.is_open:
            self._when_open(lambda: self.open_loan(loan_id, tab))
            return
        page = self.loan_page
        if page is None:
            return
        current = self.stack.currentWidget()
        if current is not page:
            self._previous_page = current
        page.show_loan(loan_id, tab)
        self._show_page(page, None)

    def go_back(self) -> None:
        if self._loan_page is None or self.stack.currentWidget() is not self._loan_page:
            return
        if self._previous_page is not None and self._previous_page is self._loans_page:
            self.show_loans()
        else:
            self.show_overview()

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def focus_filter(self) -> None:
        if self.loans_page is None:
            return
        self.show_loans()
        self.loans_page.focus_filter()

    def _show_page(self, page: QWidget, nav_row: int | None) -> None:
        self.stack.setCurrentWidget(page)
        self.nav.blockSignals(True)
        if nav_row is None:
            # A loan's page belongs to the list it was opened from.
            nav_row = LOANS if self._previous_page is not None and self._previous_page is self._loans_page else OVERVIEW
        self.nav.setCurrentIndex(nav_row)
        self.nav.blockSignals(False)
        self.back_action.setEnabled(page is not None and page is self._loan_page)
        self._retranslate_title()

    def _nav_changed(self, row: int) -> None:
        if row == OVERVIEW:
            self.show_overview()
        elif row == LOANS:
            self.show_loans()

    def _nav_clicked(self, row: int) -> None:
        if row == self.nav.currentIndex():
            self._nav_changed(row)

    def _loans_changed(self) -> None:
        # The welcome page gives way to the overview once there is a loan, and comes back when none is left.
        if self.stack.currentWidget() in (self._empty_state, self.dashboard):
            self.show_overview()

    # ---- loans --------------------------------------------------------------------------------------

    def new_loan(self) -> None:
        if not self.controller.is_open:
            self._when_open(self.new_loan)
            return
        from app.ui.loans.loan_detail import ASSESSMENT_TAB
        from app.ui.loans.loan_editor import LoanEditor

        editor = LoanEditor(self.controller, parent=self)
        if editor.exec() == QtWidgets.QDialog.DialogCode.Accepted and editor.result_loan is not None:
            self.controller.add_loan(editor.result_loan)
            # What someone worried about a loan came for: what the lender is likely to do, and why.
            self.open_loan(editor.result_loan.id, ASSESSMENT_TAB)

    def edit_loan(self, loan_id: str) -> None:
        from app.ui.loans.loan_editor import LoanEditor

        editor = LoanEditor(self.controller, self.controller.loan(loan_id), parent=self)
        if editor.exec() == QtWidgets.QDialog.DialogCode.Accepted and editor.result_loan is not None:
            self.controller.update_loan(editor.result_loan)

    def delete_loan(self, loan_id: str) -> None:
        loan = self.controller.loan(loan_id)
        answer = QtWidgets.QMessageBox.question(
            self,
            tr("Delete loan"),
            tr("Delete “{loan}” with all its payments and contact log? This cannot be undone.",
               loan=loan.display_name),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
            QtWidgets.QMessageBox.StandardButton.No,
        )
        if answer == QtWidgets.QMessageBox.StandardButton.Yes:
            self.controller.delete_loan(loan_id)
            self.statusBar().showMessage(
                tr("Deleted “{loan}”.", loan=loan.display_name), _STATUS_MESSAGE_MS
            )

    # ---- sample set ---------------------------------------------------------------------------------

    def load_sample(self) -> None:
        if not self.controller.is_open:
            self._when_open(self.load_sample)
            return
        self.controller.load_sample_data()
        self.show_overview()
        self.statusBar().showMessage(tr("Sample set opened: four made-up loans."), _STATUS_MESSAGE_MS)

    def remove_sample(self) -> None:
        count = self.controller.remove_sample_data()
        self.show_overview()
        self.statusBar().showMessage(
            ntr("Removed the sample loans ({n}).", "Removed the sample loans ({n}).", count), _STATUS_MESSAGE_MS
        )

    def _update_sample_banner(self, *_args: object) -> None:
        if self.dashboard is None:
            return
        has_sample = self.controller.is_open and self.controller.has_sample_data()
        if has_sample or self._sample_banner is not None:
            banner = self.sample_banner
            assert banner is not None
            banner.setVisible(has_sample)
        self.remove_sample_action.setEnabled(has_sample)
        self.load_sample_action.setEnabled(self.controller.is_open and not has_sample)

    # ---- import and export (in the background, with progress) ------------------------------------------

    def import_backup(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, tr("Import a backup"), "", tr("RepayRadar backup (*.json)")
        )
        if path:
            self._run(
                tr("Importing {file}…", file=Path(path).name),
                lambda: self.controller.import_backup_work(Path(path)),
                replaced=True,
            )

    def export_backup(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, tr("Export a backup"), suggested_path("repayradar-backup.json"),
            tr("RepayRadar backup (*.json)"),
        )
        if path:
            self._run(
                tr("Exporting to {file}…", file=Path(path).name),
                lambda: self.controller.export_backup_work(Path(path)),
            )

    def export_ics(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, tr("Export due dates"), suggested_path("repayradar-dues.ics"), tr("Calendar (*.ics)")
        )
        if path:
            self._run(
                tr("Exporting to {file}…", file=Path(path).name),
                lambda: self.controller.export_ics_work(Path(path)),
            )

    def _run(self, label: str, work: Callable[[], ExchangeSummary], *, replaced: bool = False) -> None:
        from app.ui.shell.error_dialog import show_error

        def done(summary: ExchangeSummary) -> None:
            if replaced:
                self.controller.data_replaced()
                self.show_overview()
            self.statusBar().showMessage(summary.text(self.controller.lang), _STATUS_MESSAGE_MS * 2)

        def failed(error: BaseException) -> None:
            show_error(self, error, self.controller.lang, log_path=self._log_unexpected(error))

        self._task = run_with_progress(self, label, work, done, failed)

    def _log_unexpected(self, error: BaseException) -> Path | None:
        if isinstance(error, RepayRadarError):
            return None
        return record_fault(error, data_dir=self.controller.data_dir)

    # ---- settings -----------------------------------------------------------------------------------

    def open_settings(self) -> None:
        if not self.controller.is_open:
            return
        from app.ui.shell.settings_dialog import SettingsDialog

        SettingsDialog(self.controller, self).exec()

    def show_about(self) -> None:
        QtWidgets.QMessageBox.about(
            self,
            tr("About RepayRadar"),
            tr(
                "RepayRadar {version}\n\nRepayment reminders and an explainable estimate of what a lender "
                "does when a payment is late. Everything stays on this computer.\n\nThe estimate draws "
                "on published rules and common practice; it is not legal advice.",
                version=__version__,
            ),
        )

    # ---- closing ------------------------------------------------------------------------------------

    def set_close_policy(self, policy: Callable[[], bool] | None) -> None:
        """``policy()`` returns True to keep running hidden (e.g. in the tray) when the window is closed."""
        self._close_policy = policy

    def quit_app(self) -> None:
        self._quitting = True
        self.quitRequested.emit()
        self.close()
        QApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        window_geometry.remember(self)
        if not self._quitting:
            self.closeRequested.emit()
            if self._close_policy is not None and self._close_policy():
                event.ignore()
                self.hide()
                return
        event.accept()

    # ---- actions and menus ----------------------------------------------------------------------------

    def _action(self, name: str, slot: Callable[[], object], shortcut: str | None = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            self._shortcuts.append((action, shortcut))
        self.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    def bind_shortcuts(self) -> None:
        """Give the actions their keys, once the data is on screen (or ready, if that comes first): the
        first shortcut makes Qt set up its keyboard map and PySide its key enums, which would otherwise
        hold back the data's first paint. Nothing can be pressed in a window not yet painted."""
        keys = QtGui.QKeySequence
        for action, shortcut in self._shortcuts:
            standard = shortcut.removeprefix(_STANDARD_KEY)
            action.setShortcut(keys(keys.StandardKey[standard]) if standard != shortcut else keys(shortcut))
        self._shortcuts = []

    def _build_actions(self) -> None:
        # Shortcuts as text ("Ctrl+Q", or "standard:New" for the platform's own key), made QKeySequences
        # in bind_shortcuts(): QKeySequence's Python type is built when first named, with its enums.
        self._shortcuts: list[tuple[QAction, str]] = []
        self.new_action = self._action("newLoanAction", self.new_loan, _STANDARD_KEY + "New")
        self.import_action = self._action("importAction", self.import_backup)
        self.export_action = self._action("exportAction", self.export_backup)
        self.export_ics_action = self._action("exportIcsAction", self.export_ics)
        self.settings_action = self._action("settingsAction", self.open_settings, "Ctrl+,")
        self.quit_action = self._action("quitAction", self.quit_app, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.overview_action = self._action("overviewAction", self.show_overview, "Ctrl+1")
        self.loans_action = self._action("loansAction", self.show_loans, "Ctrl+2")
        self.find_action = self._action("findAction", self.focus_filter, _STANDARD_KEY + "Find")
        self.back_action = self._action("backAction", self.go_back, _STANDARD_KEY + "Back")
        self.back_action.setEnabled(False)
        self.load_sample_action = self._action("loadSampleAction", self.load_sample)
        self.remove_sample_action = self._action("removeSampleAction", self.remove_sample)
        self.about_action = self._action("aboutAction", self.show_about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (
            self.new_action,
            None,
            self.import_action,
            self.export_action,
            self.export_ics_action,
            None,
            self.settings_action,
            None,
            self.quit_action,
        ):
            self.file_menu.addSeparator() if action is None else self.file_menu.addAction(action)
        self.go_menu = bar.addMenu("")
        for action in (self.overview_action, self.loans_action, self.find_action, self.back_action):
            self.go_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        for action in (self.load_sample_action, self.remove_sample_action, None, self.about_action):
            self.help_menu.addSeparator() if action is None else self.help_menu.addAction(action)

    def _set_data_actions_enabled(self, enabled: bool) -> None:
        for action in (
            self.new_action,
            self.import_action,
            self.export_action,
            self.export_ics_action,
            self.settings_action,
            self.overview_action,
            self.loans_action,
            self.find_action,
            self.load_sample_action,
            self.remove_sample_action,
        ):
            action.setEnabled(enabled)

    # ---- language -----------------------------------------------------------------------------------

    def _retranslate_title(self) -> None:
        title = tr("RepayRadar")
        if (
            self._loan_page is not None
            and self.stack.currentWidget() is self._loan_page
            and self._loan_page.loan_id
        ):
            loan = self.controller.find_summary(self._loan_page.loan_id)
            if loan is not None:
                # Translators: the window title while a loan is open.
                title = tr("{loan} — {app}", loan=loan.loan.display_name, app=title)
        self.setWindowTitle(title)

    def _retranslate(self) -> None:
        self._retranslate_title()
        self.nav.setTabText(OVERVIEW, tr("Overview"))
        self.nav.setTabText(LOANS, tr("Loans"))
        self.nav.setTabToolTip(OVERVIEW, tr("What is overdue and what falls due soon (Ctrl+1)"))
        self.nav.setTabToolTip(LOANS, tr("Every loan, sortable and filterable (Ctrl+2)"))
        self.file_menu.setTitle(tr("&File"))
        self.go_menu.setTitle(tr("&Go"))
        self.help_menu.setTitle(tr("&Help"))
        self.new_action.setText(tr("&New loan…"))
        self.import_action.setText(tr("&Import a backup…"))
        self.export_action.setText(tr("&Export a backup…"))
        self.export_ics_action.setText(tr("Export due dates to a &calendar (.ics)…"))
        self.settings_action.setText(tr("&Settings…"))
        self.quit_action.setText(tr("&Quit"))
        self.overview_action.setText(tr("&Overview"))
        self.loans_action.setText(tr("&Loans"))
        self.find_action.setText(tr("&Filter loans…"))
        self.back_action.setText(tr("&Back"))
        self.load_sample_action.setText(tr("Open the &sample set"))
        self.remove_sample_action.setText(tr("&Remove the sample data"))
        self.about_action.setText(tr("&About RepayRadar"))
