"""Settings: language (applied at once, no restart), reminders (lead days, time, quiet hours), how
amounts are shown, where the data lives, and the automatic backups with restore."""

from __future__ import annotations

import re
from datetime import time
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import RepayRadarError
from app.core.faults import record_fault
from app.core.models import Settings
from app.ui.shell.error_dialog import show_error
from app.ui.shell.i18n import tr
from app.ui.shell.workers import run_with_progress
from app.ui.widgets import formatting, labels
from app.ui.widgets.a11y import plain
from app.ui.widgets.form_fields import FieldGrid, errors_by_field
from app.ui.widgets.retranslating import Retranslating
from app.ui.widgets.tables import DataTable, RecordsModel
from app.ui.shell.window_geometry import ScrollingPart, fit_dialog

if TYPE_CHECKING:
    from app.core.backups import BackupInfo
    from app.ui.shell.controller import Controller

_Index = QModelIndex | QPersistentModelIndex
_SPLIT = re.compile(r"[\s,，、;；]+")


def _qtime(value: time | None, fallback: time) -> QTime:
    value = value or fallback
    return QTime(value.hour, value.minute)


def _time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


def reason_text(reason: str) -> str:
    known = labels.backup_reasons()
    if reason in known:
        return known[reason]
    for key, text in known.items():
        if reason.startswith(key):
            return text
    return reason


class BackupsModel(RecordsModel):
    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.set_rows(backups)

    def backup_at(self, row: int) -> BackupInfo:
        return self._rows[row]

    def headers(self) -> list[str]:
        return [tr("Made"), tr("Why"), tr("Size")]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        info = self._rows[index.row()]
        kilobytes = max(1, round(info.size_bytes / 1024))
        size = tr("{size} KB", size=f"{kilobytes:,}")
        return [formatting.instant(info.created), reason_text(info.reason), size][index.column()]


class SettingsDialog(Retranslating, QDialog):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._controller = controller
        settings = controller.settings()
        self.result_settings: Settings | None = settings

        self.general_box = QGroupBox(self)
        self.language = QComboBox(self)
        for key, text in labels.languages().items():
            self.language.addItem(text, key)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.currency_display = QComboBox(self)
        for key, text in labels.currency_displays().items():
            self.currency_display.addItem(text, key)
        self.currency_display.setCurrentIndex(
            max(0, self.currency_display.findData(settings.currency_display))
        )
        general = FieldGrid(self.general_box)
        general.add("language", self.language, parent=self.general_box)
        general.add("currency_display", self.currency_display, parent=self.general_box)
        self.general_grid = general

        self.reminders_box = QGroupBox(self)
        self.lead_days = QLineEdit(", ".join(str(day) for day in settings.reminder_lead_days), self)
        self.reminder_time = QTimeEdit(_qtime(settings.reminder_time, time(9, 0)), self)
        self.reminder_time.setDisplayFormat("HH:mm")
        self.quiet = QCheckBox(self)
        self.quiet.setChecked(settings.quiet_hours_start is not None and settings.quiet_hours_end is not None)
        self.quiet_start = QTimeEdit(_qtime(settings.quiet_hours_start, time(22, 0)), self)
        self.quiet_end = QTimeEdit(_qtime(settings.quiet_hours_end, time(8, 0)), self)
        for edit in (self.quiet_start, self.quiet_end):
            edit.setDisplayFormat("HH:mm")
        reminders = FieldGrid(self.reminders_box)
        reminders.add("reminder_lead_days", self.lead_days, parent=self.reminders_box)
        reminders.add("reminder_time", self.reminder_time, parent=self.reminders_box)
        reminders.add_wide(self.quiet)
        reminders.add("quiet_hours_start", self.quiet_start, parent=self.reminders_box)
        reminders.add("quiet_hours_end", self.quiet_end, parent=self.reminders_box)
        # Saved in Settings.autostart; the reminders' service writes or removes the login entry.
        self.autostart = QCheckBox(self)
        self.autostart.setObjectName("autostart")
        self.autostart.setChecked(settings.autostart)
        reminders.add_wide(self.autostart)
        self.reminders_grid = reminders

        self.data_box = QGroupBox(self)
        self.data_folder_caption = QLabel(self.data_box)
        self.data_folder = QLabel(str(controller.data_dir or ""), self.data_box)
        self.data_folder.setObjectName("dataFolder")
        self.data_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_folder.setWordWrap(True)
        self.open_folder_button = QPushButton(self.data_box)
        self.open_folder_button.setObjectName("openDataFolder")
        self.open_folder_button.clicked.connect(self._open_folder)
        self.backups_caption = QLabel(self.data_box)
        self.backups_model = BackupsModel(self)
        self.backups_table = DataTable(self.data_box)
        self.backups_table.setObjectName("backupsTable")
        self.backups_table.setModel(self.backups_model)
        self.backups_table.setMinimumHeight(150)
        self.backups_table.selectionModel().selectionChanged.connect(self._backup_selected)
        self.backup_now_button = QPushButton(self.data_box)
        self.backup_now_button.setObjectName("backupNow")
        self.backup_now_button.clicked.connect(self._backup_now)
        self.restore_button = QPushButton(self.data_box)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self._restore)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_folder_caption)
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(self.open_folder_button)
        backup_buttons = QHBoxLayout()
        backup_buttons.addWidget(self.backup_now_button)
        backup_buttons.addWidget(self.restore_button)
        backup_buttons.addStretch(1)
        data_layout = QVBoxLayout(self.data_box)
        data_layout.addLayout(folder_row)
        data_layout.addWidget(self.backups_caption)
        data_layout.addWidget(self.backups_table, 1)
        data_layout.addLayout(backup_buttons)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        # The groups scroll when the screen is too short for them; the buttons stay in view below.
        body = QWidget(self)
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(self.general_box)
        left.addWidget(self.reminders_box)
        left.addStretch(1)
        columns.addLayout(left, 2)
        columns.addWidget(self.data_box, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(ScrollingPart(body, self), 1)
        layout.addWidget(self.buttons)

        for signal in (
            self.lead_days.textChanged,
            self.reminder_time.timeChanged,
            self.quiet.toggled,
            self.quiet_start.timeChanged,
            self.quiet_end.timeChanged,
            self.currency_display.currentIndexChanged,
        ):
            signal.connect(self._validate)
        self.quiet.toggled.connect(self._show_quiet)
        self._retranslate()
        self._show_quiet()
        self._refresh_backups()
        fit_dialog(self, QSize(980, 560))

    # ---- values ---------------------------------------------------------------------------------

    def _values(self) -> dict[str, Any]:
        settings = self._controller.settings()
        data = settings.model_dump()
        words = [word for word in _SPLIT.split(self.lead_days.text().strip()) if word]
        data["reminder_lead_days"] = [int(word) if word.isdigit() else word for word in words]
        data["reminder_time"] = _time(self.reminder_time)
        quiet = self.quiet.isChecked()
        data["quiet_hours_start"] = _time(self.quiet_start) if quiet else None
        data["quiet_hours_end"] = _time(self.quiet_end) if quiet else None
        data["currency_display"] = self.currency_display.currentData()
        data["autostart"] = self.autostart.isChecked()
        data["language"] = self._controller.settings().language
        return data

    def _validate(self) -> None:
        try:
            self.result_settings = Settings.model_validate(self._values())
            errors: dict[str, str] = {}
        except ValidationError as error:
            self.result_settings = None
            errors = errors_by_field(error, self._controller.lang)
        self.reminders_grid.set_errors(errors)
        self.general_grid.set_errors(errors)
        self.ok_button.setEnabled(self.result_settings is not None)

    def _show_quiet(self) -> None:
        for field in ("quiet_hours_start", "quiet_hours_end"):
            self.reminders_grid.set_visible(field, self.quiet.isChecked())

    def _language_chosen(self) -> None:
        # Applied and saved at once, so the user sees the dialog itself change language.
        self._controller.set_language(self.language.currentData())

    def _save(self) -> None:
        self._validate()
        if self.result_settings is None:
            return
        self._controller.save_settings(self.result_settings)
        self.accept()

    # ---- data folder and backups -------------------------------------------------------------------------

    def _open_folder(self) -> None:
        folder = self._controller.data_dir
        if folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _refresh_backups(self) -> None:
        self.backups_model.set_backups(self._controller.backups())
        self.backups_table.resizeColumnsToContents()
        self._backup_selected()

    def _backup_selected(self, *_args: object) -> None:
        self.restore_button.setEnabled(self.backups_table.selectionModel().hasSelection())

    def _backup_now(self) -> None:
        self._run(tr("Making a backup…"), self._controller.backup_now, replaced=False)

    def _restore(self) -> None:
        index = self.backups_table.currentIndex()
        if not index.isValid():
            return
        info = self.backups_model.backup_at(index.row())
        answer = QMessageBox.question(
            self,
            tr("Restore backup"),
            tr(
                "Replace all your data with the backup made {made}? Your data as it is now is backed up first, "
                "so this can be undone by restoring that copy.",
                made=formatting.instant(info.created),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(
                tr("Restoring the backup…"),
                lambda: self._controller.restore_backup_work(info.path),
                replaced=True,
            )

    def _run(self, label: str, work: Any, *, replaced: bool) -> None:
        def done(_result: object) -> None:
            if replaced:
                self._controller.data_replaced()
            self._refresh_backups()

        def failed(error: BaseException) -> None:
            log = (
                None
                if isinstance(error, RepayRadarError)
                else record_fault(error, data_dir=self._controller.data_dir)
            )
            show_error(self, error, self._controller.lang, log_path=log)

        self._task = run_with_progress(self, label, work, done, failed)

    # ---- language -----------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setWindowTitle(tr("Settings"))
        self.language.setItemText(0, labels.languages()["system"])
        for index, text in enumerate(labels.currency_displays().values()):
            self.currency_display.setItemText(index, text)
        self.general_box.setTitle(tr("General"))
        self.general_grid.set_label("language", tr("&Language:"))
        self.general_grid.set_label("currency_display", tr("&Amounts shown with:"))
        self.reminders_box.setTitle(tr("Reminders"))
        self.reminders_grid.set_label("reminder_lead_days", tr("Remind me &days before:"))
        self.lead_days.setToolTip(
            tr("Days before each due date, separated by commas; 0 is the due date itself.")
        )
        self.lead_days.setPlaceholderText(tr("e.g. 7, 3, 1, 0"))
        self.reminders_grid.set_label("reminder_time", tr("At &time:"))
        self.quiet.setText(tr("&Quiet hours (no pop-ups)"))
        self.quiet.setAccessibleName(plain(self.quiet.text()))
        self.reminders_grid.set_label("quiet_hours_start", tr("Quiet &from:"))
        self.reminders_grid.set_label("quiet_hours_end", tr("Quiet &until:"))
        self.autostart.setText(tr("&Start RepayRadar when I log in, so reminders arrive"))
        self.autostart.setAccessibleName(plain(self.autostart.text()))
        self.data_box.setTitle(tr("Your data"))
        self.data_folder_caption.setText(tr("Data folder:"))
        self.open_folder_button.setText(tr("&Open folder"))
        self.backups_caption.setText(tr("Automatic backups (newest first):"))
        self.backups_table.setAccessibleName(tr("Backups"))
        self.backup_now_button.setText(tr("&Back up now"))
        self.restore_button.setText(tr("&Restore selected…"))
        for button in (self.open_folder_button, self.backup_now_button, self.restore_button):
            button.setAccessibleName(plain(button.text()))
        self.backups_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self.backups_model.rowCount():
            self._refresh_backups()
        self._validate()  # the fields' messages are worded in the language too
