"""End to end on a real (virtual) desktop: the running app's reminder reaches the notification daemon
over D-Bus, carrying the loan's name and the Open/Snooze actions; clicking it opens that loan. Also the
notifier's own round trip (Notify, then the daemon's ActionInvoked) against dunst.

Needs an X server (xvfb-run in CI), dbus-daemon, dbus-send, dbus-monitor and dunst; x11-utils' xwininfo
for reading the window title.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_session import desktop_session, missing_tools, wait_until

from app.core.clock import SystemClock
from app.core.models import CustomInstallment, Loan, LoanKind, RepaymentMethod, Settings
from app.core.store import Store

REPO = Path(__file__).resolve().parents[2]
TOOLS = ("dunst", "dunstctl", "dbus-daemon", "dbus-send", "dbus-monitor")

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="needs an X server (DISPLAY unset)"),
    pytest.mark.skipif(bool(missing_tools(*TOOLS)), reason=f"needs {', '.join(missing_tools(*TOOLS))}"),
]


def _reminder_minute() -> datetime:
    """A whole minute at least 20 s away: the app is running before it and the reminder comes due then."""
    now = datetime.now().astimezone()
    minute = now.replace(second=0, microsecond=0) + timedelta(minutes=1)
    if (minute - now).total_seconds() < 20:
        minute += timedelta(minutes=1)
    return minute


def _prepare_data(data_dir: Path, loan_name: str, at: datetime) -> None:
    due = at.date()
    loan = Loan(
        id="e2eloan", lender="招商银行", name=loan_name, kind=LoanKind.unsecured_consumer,
        method=RepaymentMethod.custom, principal=Decimal("1234.56"), start_date=due - timedelta(days=40),
        due_day=due.day, custom_installments=[CustomInstallment(due_date=due, principal=Decimal("1234.56"))],
    )
    with Store.open(data_dir, clock=SystemClock()) as store:
        store.add_loan(loan)
        store.save_settings(Settings(
            language="en", reminder_lead_days=[0], reminder_time=at.time(), quiet_hours_start=None,
            quiet_hours_end=None, tray_hint_shown=True,
        ))


def _window_names(env: dict[str, str]) -> str:
    tree = subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True, timeout=10)
    return tree.stdout


def test_a_reminder_that_comes_due_while_running_reaches_the_daemon_and_opens_the_loan(tmp_path):
    loan_name = "E2E 车贷 reminder"
    at = _reminder_minute()
    data_dir = tmp_path / "data"
    _prepare_data(data_dir, loan_name, at)
    with desktop_session(tmp_path) as session:
        session.start_notification_daemon()
        monitor = session.monitor_notifications()
        app = session.start("app", [sys.executable, "-m", "app", "--data-dir", str(data_dir)], cwd=REPO)
        assert wait_until(lambda: "RepayRadar" in _window_names(session.env), timeout=60), app.text()
        # Running, but nothing is due before the reminder time.
        assert loan_name not in monitor.text()
        waited = (at - datetime.now().astimezone()).total_seconds() + 45
        assert wait_until(lambda: loan_name in monitor.text(), timeout=waited), (monitor.text(), app.text())
        assert datetime.now().astimezone() >= at
        call = monitor.text()[monitor.text().index("member=Notify"):]
        assert f'string "{loan_name}: due today"' in call
        assert 'string "default"' in call and 'string "snooze"' in call
        assert "1,234.56" in call
        # Clicking the notification (dunst's default action) brings up that loan's page.
        subprocess.run(["dunstctl", "action", "0"], env=session.env, check=True, timeout=10)
        if not missing_tools("xwininfo"):
            title = f"{loan_name} — RepayRadar"
            shown = wait_until(lambda: title in _window_names(session.env), timeout=20)
            assert shown, _window_names(session.env)
        assert app.process.poll() is None, app.text()


_NOTIFIER_ROUND_TRIP = r"""
import os, subprocess, sys
from PySide6.QtCore import QTimer
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from app.ui.reminders.notifier_dbus import DBusNotifier
notifier = DBusNotifier.on_session_bus()
assert notifier is not None, "no notifier on the bus"
events = []
notifier.activated.connect(lambda loan: events.append(("activated", loan)))
notifier.notify("信用卡: due tomorrow", "¥1,200.00 to pay by 2026-06-16 & <b>no markup</b>", "card")
QTimer.singleShot(700, lambda: subprocess.run(["dunstctl", "action", "0"], check=True))
QTimer.singleShot(2500, app.quit)
app.exec()
print("events", events, "caps", "actions" in notifier.capabilities, flush=True)
"""


def test_the_notifier_posts_with_typed_arguments_and_hears_the_click(tmp_path):
    with desktop_session(tmp_path) as session:
        session.start_notification_daemon()
        monitor = session.monitor_notifications()
        env = dict(session.env, QT_QPA_PLATFORM="offscreen")
        result = subprocess.run([sys.executable, "-c", _NOTIFIER_ROUND_TRIP], env=env, cwd=REPO,
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        assert "events [('activated', 'card')] caps True" in result.stdout
        assert wait_until(lambda: "信用卡: due tomorrow" in monitor.text(), timeout=10)
        call = monitor.text()[monitor.text().index("member=Notify"):]
        assert "uint32 0" in call  # replaces_id, typed as the spec wants
        assert "&amp; &lt;b&gt;no markup&lt;/b&gt;" in call  # dunst renders markup: the body is escaped
