"""Quitting while the data file is still opening on its worker thread: the app ends quietly and the data
file is closed, as it is when the user quits later."""

from __future__ import annotations

import subprocess
from pathlib import Path

from shell_support import REPO, run_app_probe

# The first reading is held back for a second, so the quit asked for at the first paint comes while the
# data file is still opening on the DatabaseWorker's thread.
QUIT_WHILE_OPENING_PROBE = f"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {str(REPO)!r})
from pathlib import Path
from PySide6.QtCore import QTimer
from app.ui.shell.application import GuiSession, create_application
from app.ui.operations import opening

reading = opening.first_reading
def slow_first_reading(store, today):
    time.sleep(1.0)
    return reading(store, today)
opening.first_reading = slow_first_reading

app = create_application()
session = GuiSession(app, Path(sys.argv[1]))
session.window.firstPainted.connect(lambda: QTimer.singleShot(0, app.quit))
QTimer.singleShot(60_000, app.quit)
print("status:", session.run())
"""


def quit_while_opening(tmp_path: Path, data_dir: Path) -> subprocess.CompletedProcess[str]:
    # Its own process: the session quits its application, which would end the event loops of the tests
    # after it in this one, and what matters is printed while Python shuts down.
    result = run_app_probe(QUIT_WHILE_OPENING_PROBE, tmp_path, str(data_dir))
    assert "status: 0" in result.stdout.splitlines()
    return result


def test_quitting_while_the_data_file_opens_prints_nothing(tmp_path, data_dir):
    result = quit_while_opening(tmp_path, data_dir)
    # The worker's answer arrives after the Job's Qt object is gone; it has nobody left to tell.
    assert "Traceback" not in result.stderr and "Error" not in result.stderr, result.stderr


def test_quitting_while_the_data_file_opens_still_closes_it(tmp_path, data_dir):
    quit_while_opening(tmp_path, data_dir)
    # A closed SQLite file in WAL mode leaves no -wal or -shm beside it; one left open by the worker
    # (opened after the quit had closed "nothing") keeps both, and its last writes sit outside the file.
    assert sorted(path.name for path in data_dir.iterdir()) == ["repayradar.lock", "repayradar.sqlite3"]
