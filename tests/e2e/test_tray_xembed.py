"""On an X desktop whose tray is the classic XEmbed kind (trayer, as in many lightweight desktops), Qt
finds the tray and the running app's icon is embedded in the panel. A private session bus without a
StatusNotifierWatcher keeps Qt on the XEmbed path.

Needs an X server (xvfb-run in CI), trayer, dbus-daemon, dbus-send and x11-utils' xwininfo.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_session import desktop_session, missing_tools, wait_until

REPO = Path(__file__).resolve().parents[2]
TOOLS = ("trayer", "dbus-daemon", "dbus-send", "xwininfo")

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="needs an X server (DISPLAY unset)"),
    pytest.mark.skipif(bool(missing_tools(*TOOLS)), reason=f"needs {', '.join(missing_tools(*TOOLS))}"),
]

_AVAILABLE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QSystemTrayIcon\n"
    "app = QApplication(sys.argv[:1])\n"
    "print(QSystemTrayIcon.isSystemTrayAvailable())\n"
)


def _tray_available(env: dict[str, str]) -> str:
    result = subprocess.run([sys.executable, "-c", _AVAILABLE], env=dict(env, QT_QPA_PLATFORM="xcb"),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def _panel_tree(env: dict[str, str]) -> str:
    root = subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True, timeout=10)
    panel = re.search(r'^\s*(0x[0-9a-f]+) "panel"', root.stdout, re.MULTILINE)
    if panel is None:
        return ""
    tree = subprocess.run(
        ["xwininfo", "-tree", "-id", panel.group(1)], env=env, capture_output=True, text=True, timeout=10
    )
    return tree.stdout


def _start_trayer(session) -> None:
    trayer = session.start("trayer", ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
                                      "--height", "24", "--SetDockType", "true"])
    appeared = wait_until(lambda: bool(_panel_tree(session.env)), timeout=30)
    assert appeared, f"trayer's panel did not appear (exit {trayer.process.poll()}): {trayer.text()}"


def test_qt_sees_the_xembed_tray_only_when_there_is_one(tmp_path):
    with desktop_session(tmp_path) as session:
        assert _tray_available(session.env) == "False"
        _start_trayer(session)
        assert wait_until(lambda: _tray_available(session.env) == "True", timeout=20)


def test_the_running_apps_tray_icon_is_embedded_in_the_panel(tmp_path):
    with desktop_session(tmp_path) as session:
        _start_trayer(session)
        command = [sys.executable, "-m", "app", "--data-dir", str(tmp_path / "data")]
        app = session.start("app", command, cwd=REPO)
        embedded = re.compile(r'0x[0-9a-f]+ "RepayRadar": \([^)]*\)\s+(\d+)x(\d+)')
        assert wait_until(lambda: embedded.search(_panel_tree(session.env)) is not None, timeout=60), (
            _panel_tree(session.env), app.text())
        width, height = map(int, embedded.search(_panel_tree(session.env)).groups())
        assert 8 <= width <= 64 and 8 <= height <= 64  # an icon-sized window inside the panel
        assert app.process.poll() is None, app.text()


def _top_level_titles(env: dict[str, str]) -> list[str]:
    root = subprocess.run(["xwininfo", "-root", "-children"], env=env, capture_output=True, text=True, timeout=10)
    return re.findall(r'^\s*0x[0-9a-f]+ "([^"]*)"', root.stdout, re.MULTILINE)


def test_started_at_login_the_app_goes_to_the_tray_without_opening_its_window(tmp_path):
    # What the login entry runs (app/core/autostart.py adds --background): the reminders work from the
    # tray, and no window pops up in the user's face at login.
    with desktop_session(tmp_path) as session:
        _start_trayer(session)
        command = [sys.executable, "-m", "app", "--data-dir", str(tmp_path / "data"), "--background"]
        app = session.start("app", command, cwd=REPO)
        embedded = re.compile(r'0x[0-9a-f]+ "RepayRadar": \([^)]*\)\s+(\d+)x(\d+)')
        assert wait_until(lambda: embedded.search(_panel_tree(session.env)) is not None, timeout=60), (
            _panel_tree(session.env), app.text())
        viewable = subprocess.run(["xwininfo", "-root", "-tree"], env=session.env, capture_output=True,
                                  text=True, timeout=10).stdout
        main_windows = [line for line in viewable.splitlines() if '"RepayRadar' in line and "1280x" in line]
        for line in main_windows:  # Qt may create the window unmapped; it must not be on screen
            window_id = line.split()[0]
            state = subprocess.run(["xwininfo", "-id", window_id], env=session.env, capture_output=True,
                                   text=True, timeout=10).stdout
            assert "IsViewable" not in state, state
        assert app.process.poll() is None, app.text()
