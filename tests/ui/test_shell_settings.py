"""Settings, backups and imports: saved as entered, and slow work kept off the window's thread."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from shell_support import answer_message_box

from app.ui.shell.settings_dialog import SettingsDialog


def a_loan(name: str):
    from app.core.models import Loan

    return Loan(
        lender="招商银行",
        name=name,
        kind="credit_card",
        method="credit_card",
        principal="2000.00",
        annual_rate="18.25",
        start_date=date(2026, 5, 1),
        due_day=21,
        grace_days=3,
    )


def test_reminder_days_are_checked_as_typed_and_saved_with_the_other_settings(qtbot, window, controller):
    controller.add_loan(a_loan("Card"))
    dialog = SettingsDialog(controller, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.lead_days.setText("7, 3, soon")
    assert not dialog.ok_button.isEnabled()
    assert dialog.reminders_grid.error("reminder_lead_days") != ""
    dialog.lead_days.setText("14，3, 0")  # a Chinese comma is fine too
    dialog.currency_display.setCurrentIndex(dialog.currency_display.findData("code"))
    dialog.quiet.setChecked(False)
    assert dialog.ok_button.isEnabled()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    saved = controller.settings()
    assert saved.reminder_lead_days == [14, 3, 0]
    assert saved.quiet_hours_start is None and saved.quiet_hours_end is None
    assert (
        window.dashboard.overdue_model.index(0, 2).data() == "CNY 200.00"
    )  # amounts now shown with the code


def test_restoring_a_backup_runs_in_the_background_and_brings_the_data_back(
    qtbot, window, controller, monkeypatch
):
    controller.add_loan(a_loan("Before"))
    controller.backup_now()
    controller.delete_loan(controller.summaries()[0].loan.id)
    controller.add_loan(a_loan("After"))

    threads: list[bool] = []
    real_restore = controller.restore_backup_work
    monkeypatch.setattr(
        controller,
        "restore_backup_work",
        lambda path: (
            threads.append(threading.current_thread() is threading.main_thread()) or real_restore(path)
        ),
    )
    dialog = SettingsDialog(controller, window)
    qtbot.addWidget(dialog)
    dialog.show()
    manual = next(
        row
        for row in range(dialog.backups_model.rowCount())
        if dialog.backups_model.backup_at(row).reason == "manual"
    )
    dialog.backups_table.selectRow(manual)
    asked = answer_message_box(QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: [s.loan.name for s in controller.summaries()] == ["Before"], timeout=10000)

    assert asked and "Replace all your data" in asked[0]
    assert threads == [False]  # the restore ran on a worker thread
    window.show_loans()
    assert window.loans_page.visible_loan_names() == ["Before"]
    assert any(
        dialog.backups_model.backup_at(row).reason == "before-restore"
        for row in range(dialog.backups_model.rowCount())
    )


def test_importing_a_backup_from_the_file_menu_adds_its_loans(
    qtbot, window, controller, tmp_path, monkeypatch
):
    from app.core.exchange import export_backup
    from app.core.store import Store

    source = tmp_path / "elsewhere"
    with Store.open(source, clock=controller.clock) as other:
        other.add_loan(a_loan("From the other computer"))
        export_backup(other, tmp_path / "backup.json")
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        lambda *args, **kwargs: (str(tmp_path / "backup.json"), ""),
    )
    window.import_action.trigger()
    qtbot.waitUntil(lambda: controller.has_loans(), timeout=10000)
    qtbot.waitUntil(lambda: "backup.json" in window.statusBar().currentMessage(), timeout=5000)
    window.show_loans()
    assert window.loans_page.visible_loan_names() == ["From the other computer"]
