"""Helpers for the main-window tests: the fixed day they run on, and a way to act on a modal dialog
the code under test opens with exec(). The fixtures are in conftest.py beside this file."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

REPO = Path(__file__).resolve().parents[2]
CHINA = timezone(timedelta(hours=8))
TODAY = datetime(2026, 6, 15, 10, 0, tzinfo=CHINA)


def when_modal(kind: type[QWidget], act: Callable[[QWidget], None], *, timeout_ms: int = 5000) -> list[str]:
    """Run ``act`` on the next modal dialog of type ``kind`` as soon as exec() shows it.

    Returns a list that receives "done" once it ran (assert on it: a dialog that never opened is a failure).
    """
    ran: list[str] = []
    waited = [0]

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            ran.append("done")
            act(dialog)
            return
        waited[0] += 10
        if waited[0] < timeout_ms:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)
    return ran


def answer_message_box(button: QMessageBox.StandardButton) -> list[str]:
    """Click ``button`` on the next QMessageBox (a confirmation the user would answer)."""
    texts: list[str] = []

    def click(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.button(button).click()

    when_modal(QMessageBox, click)
    return texts


def run_app_probe(code: str, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` (a script that starts a GuiSession) in a process of its own, in English, with
    ``home`` as its home and config folders: a session quits its application, which would end the event
    loops of the tests after it in this one. Fails the test if the process did not end with status 0."""
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
             "LANG": "en_US.UTF-8"},
    )
    assert result.returncode == 0, result.stderr
    return result

