"""Starting the app: the window is painted before the heavy modules load, and a data file that cannot be
opened is explained with a way out (quit, or restore the newest good backup)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from shell_support import REPO, run_app_probe, when_modal

from app.core.clock import SystemClock
from app.core.models import Loan
from app.core.store import Store
from app.ui.shell.application import EXIT_NO_DATA, GuiSession, create_application

HEAVY = ("pydantic", "app.core.models", "app.core.schedule", "app.core.store")
RULES = "app.rules.engine"

FIRST_PAINT_PROBE = f"""
import os, sys, tempfile
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {str(REPO)!r})
from pathlib import Path
from PySide6.QtCore import QTimer
from app.ui.shell.application import GuiSession, create_application

app = create_application()
session = GuiSession(app, Path(tempfile.mkdtemp()))
heavy = {HEAVY!r}
def painted():
    print("at first paint:", sorted(name for name in heavy + ({RULES!r},) if name in sys.modules))
def opened():
    print("once open:", sorted(name for name in heavy if name in sys.modules))
    print("rules once open:", {RULES!r} in sys.modules)
    print("page:", session.window.current_page().objectName())
    app.quit()
session.window.firstPainted.connect(painted)
session.controller.storeOpened.connect(lambda: QTimer.singleShot(0, opened))
sys.exit(session.run())
"""


def card(name: str) -> Loan:
    return Loan(
        lender="招商银行",
        name=name,
        kind="credit_card",
        method="credit_card",
        principal="5000.00",
        annual_rate="18.25",
        start_date=date(2026, 6, 1),
        due_day=20,
    )


def save_card_with_backup(data_dir: Path) -> None:
    """A data folder holding one card, "Saved card", and a manual backup of it."""
    with Store.open(data_dir, clock=SystemClock()) as store:
        store.add_loan(card("Saved card"))
        store.backup_now("manual")


def test_the_window_is_painted_before_models_schedules_and_rules_are_imported(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "LANG": "en_US.UTF-8",
        },
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "at first paint: []" in lines
    # Only after that, on the worker thread that opened the data file:
    assert f"once open: {sorted(HEAVY)}" in lines
    # Nothing on the welcome page needs an estimate, so the rule engine is not loaded at all.
    assert "rules once open: False" in lines
    assert "page: emptyState" in lines


def test_a_data_folder_open_elsewhere_is_explained_and_quitting_says_so(qtbot, data_dir):
    other = Store.open(data_dir, clock=SystemClock(), holder="window")  # another RepayRadar window
    try:
        app = create_application()
        session = GuiSession(app, data_dir)
        qtbot.addWidget(session.window)
        shown: list[str] = []

        def quit_from_dialog(box: QMessageBox) -> None:
            shown.append(box.text())
            shown.extend(button.text() for button in box.buttons())
            next(button for button in box.buttons() if "Quit" in button.text()).click()

        when_modal(QMessageBox, quit_from_dialog, timeout_ms=20000)
        status = session.run()
    finally:
        other.close()
    assert status == EXIT_NO_DATA
    assert "already open in another RepayRadar window" in shown[0]
    assert "&Try again" in shown and "&Quit" in shown


def test_a_damaged_data_file_offers_the_newest_good_backup_and_restores_it(qtbot, data_dir):
    save_card_with_backup(data_dir)
    database = data_dir / "repayradar.sqlite3"
    database.write_bytes(b"this is not a database" * 200)

    app = create_application()
    session = GuiSession(app, data_dir)
    qtbot.addWidget(session.window)
    shown: list[str] = []

    def restore(box: QMessageBox) -> None:
        shown.append(box.text())
        next(button for button in box.buttons() if "Restore" in button.text()).click()

    when_modal(QMessageBox, restore, timeout_ms=20000)
    session.controller.loansChanged.connect(lambda: session.controller.has_loans() and session.app.quit())
    session.run()
    assert "damaged" in shown[0]
    assert [summary.loan.name for summary in session.controller.summaries()] == ["Saved card"]
    assert any(
        path.name.startswith("repayradar.sqlite3") and path != database for path in Path(data_dir).iterdir()
    )


def test_a_damaged_record_offers_the_newest_good_backup_and_restores_over_it(qtbot, data_dir):
    save_card_with_backup(data_dir)
    # A record's text damaged in a way SQLite's integrity check cannot see.
    with sqlite3.connect(data_dir / "repayradar.sqlite3") as connection:
        connection.execute("UPDATE loans SET data = CAST(X'7B226964FF' AS TEXT)")

    app = create_application()
    session = GuiSession(app, data_dir)
    qtbot.addWidget(session.window)
    shown: list[str] = []

    def restore(box: QMessageBox) -> None:
        shown.append(box.text())
        next(button for button in box.buttons() if "Restore" in button.text()).click()

    when_modal(QMessageBox, restore, timeout_ms=20000)
    names: list[str] = []

    def opened() -> None:  # read while open: run() closes the data file when it returns
        names.extend(summary.loan.name for summary in session.controller.summaries())
        session.app.quit()

    session.controller.storeOpened.connect(opened)
    session.run()
    assert "damaged" in shown[0]
    assert names == ["Saved card"]


def test_a_second_launch_hands_over_to_the_running_copy_without_opening_the_data(qtbot, data_dir):
    app = create_application()
    asked: list[str] = []
    session = GuiSession(app, data_dir, claim=lambda: asked.append("claim") or None)
    qtbot.addWidget(session.window)
    status = session.run()
    assert status == 0 and asked == ["claim"]
    assert not session.controller.is_open
    assert not (data_dir / "repayradar.sqlite3").exists()
    assert not session.window.isVisible()


SERVICES_PROBE = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {str(REPO)!r})
from pathlib import Path
from PySide6.QtCore import QTimer
from app.ui.shell.application import GuiSession, create_application

app = create_application()
session = GuiSession(app, Path(sys.argv[1]))
def painted():
    print("painted:", session.window.current_page().objectName(), "services:", session.services is not None)
    QTimer.singleShot(0, app.quit)
session.window.dataPainted.connect(painted)
QTimer.singleShot(60_000, app.quit)
session.run()
print("after:", session.services is not None, [s.loan.name for s in session.controller.summaries()])
"""


def test_the_tray_and_reminders_start_once_the_overview_is_painted_with_the_loans(tmp_path, data_dir):
    # Run in its own process: the GUI session quits its application, which would end the event loops
    # of the tests after it in this one.
    with Store.open(data_dir, clock=SystemClock()) as store:
        store.add_loan(card("Card"))
    result = run_app_probe(SERVICES_PROBE, tmp_path, str(data_dir))
    lines = result.stdout.splitlines()
    # The overview was painted before the reminder services existed, and they started right after.
    assert "painted: overviewPage services: False" in lines
    assert "after: True ['Card']" in lines


RISKS_PROBE = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {str(REPO)!r})
from pathlib import Path
from PySide6.QtCore import QTimer
from app.ui.shell.application import GuiSession, create_application
from app.ui.loans.loans_model import RISK

app = create_application()
session = GuiSession(app, Path(sys.argv[1]))
def risk_cell():
    model = session.window.dashboard.loans_model
    return model.index(model.row_of(model.row_at(0).id), RISK).data() or ""
def painted():
    model = session.window.dashboard.loans_model
    print("painted:", model.row_at(0).name, "risk:", repr(risk_cell()), "rules:", {RULES!r} in sys.modules)
def risks():
    print("risks:", repr(risk_cell()))
    QTimer.singleShot(0, app.quit)
# Looked at before the session's own slot, which lets the held-back work start.
session.window.dataPainted.disconnect(session.controller.data_shown)
session.window.dataPainted.connect(painted)
session.window.dataPainted.connect(session.controller.data_shown)
session.controller.risksChanged.connect(risks)
QTimer.singleShot(60_000, app.quit)
session.run()
"""


def test_the_loans_are_painted_before_the_rule_engine_loads_and_their_risk_follows(tmp_path, data_dir):
    with Store.open(data_dir, clock=SystemClock()) as store:
        store.add_loan(card("Card"))
    result = run_app_probe(RISKS_PROBE, tmp_path, str(data_dir))
    lines = result.stdout.splitlines()
    # The row is on screen with its risk cell empty, before the rule engine is even imported; the
    # estimate fills it in from the worker thread right after.
    assert "painted: Card risk: '' rules: False" in lines
    risk = next(line for line in lines if line.startswith("risks:"))
    assert risk.removeprefix("risks: ").strip("'") in {"Low", "Medium", "High", "Severe"}


QUIT_EARLY_PROBE = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {str(REPO)!r})
from pathlib import Path
from PySide6.QtCore import QTimer
from app.ui.shell.application import GuiSession, create_application

app = create_application()
session = GuiSession(app, Path(sys.argv[1]))
# Quit the moment the loans are painted: the estimates have just started on the thread pool.
session.window.dataPainted.connect(lambda: QTimer.singleShot(0, app.quit))
QTimer.singleShot(60_000, app.quit)
print("status:", session.run())
"""


def test_quitting_while_the_estimates_are_worked_out_ends_cleanly(tmp_path, data_dir):
    with Store.open(data_dir, clock=SystemClock()) as store:
        for number in range(30):
            store.add_loan(card(f"Card {number}"))
    # No crash at exit and nothing reported on the way out (a worker emitting into a deleted object).
    result = run_app_probe(QUIT_EARLY_PROBE, tmp_path, str(data_dir))
    assert "status: 0" in result.stdout.splitlines()
    assert "Traceback" not in result.stderr and "Error" not in result.stderr
    with Store.open(data_dir, clock=SystemClock()) as store:  # the data file was closed properly
        assert len(store.loans()) == 30
