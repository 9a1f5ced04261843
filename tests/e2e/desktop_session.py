"""A private desktop session for the end-to-end reminder tests: a D-Bus session bus of its own (so a
developer's real notification daemon is never touched), dunst as the notification daemon on it,
dbus-monitor recording the Notify calls, and trayer as an XEmbed system tray on the X display.

Everything runs on the X server in $DISPLAY (xvfb-run in CI) and is stopped by the fixture that started it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

NOTIFICATIONS = "org.freedesktop.Notifications"


def missing_tools(*tools: str) -> list[str]:
    return [tool for tool in tools if shutil.which(tool) is None]


def wait_until(condition: Callable[[], bool], timeout: float, interval: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return condition()


class Background:
    """A helper process, its output in a file, stopped (then killed) at the end."""

    def __init__(
        self, arguments: Sequence[str], log: Path, env: dict[str, str], cwd: Path | None = None
    ) -> None:
        self.log = log
        self._log_file = log.open("w", encoding="utf-8")
        self.process = subprocess.Popen(
            list(arguments), stdout=self._log_file, stderr=subprocess.STDOUT, env=env, cwd=cwd,
            stdin=subprocess.DEVNULL,
        )

    def text(self) -> str:
        self._log_file.flush()
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self._log_file.close()


class DesktopSession:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.env = dict(os.environ)
        self.env.pop("QT_QPA_PLATFORM", None)  # the tests' offscreen default: these processes use X
        self._helpers: list[Background] = []

    def start_bus(self) -> None:
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True, stdin=subprocess.DEVNULL,
        )
        address = bus.stdout.readline().strip()
        if not address:
            bus.kill()
            raise RuntimeError("dbus-daemon printed no address")
        self._bus = bus
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address

    def start(self, name: str, arguments: Sequence[str], cwd: Path | None = None) -> Background:
        helper = Background(arguments, self.folder / f"{name}.log", self.env, cwd)
        self._helpers.append(helper)
        return helper

    def has_owner(self, bus_name: str) -> bool:
        result = subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
             "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", f"string:{bus_name}"],
            env=self.env, capture_output=True, text=True, timeout=10,
        )
        return "boolean true" in result.stdout

    def start_notification_daemon(self) -> Background:
        dunst = self.start("dunst", ["dunst"])
        if not wait_until(lambda: self.has_owner(NOTIFICATIONS), timeout=20):
            raise RuntimeError(f"dunst did not take {NOTIFICATIONS}: {dunst.text()}")
        return dunst

    def monitor_notifications(self) -> Background:
        monitor = self.start(
            "dbus-monitor",
            ["dbus-monitor", "--session", f"type='method_call',interface='{NOTIFICATIONS}',member='Notify'"],
        )
        # dbus-monitor announces itself with a NameAcquired signal once its match rule is in place.
        if not wait_until(lambda: "NameAcquired" in monitor.text() or "signal" in monitor.text(), timeout=10):
            time.sleep(1)
        return monitor

    def stop(self) -> None:
        for helper in reversed(self._helpers):
            helper.stop()
        bus = getattr(self, "_bus", None)
        if bus is not None:
            bus.terminate()
            bus.wait(timeout=10)
            bus.stdout.close()


@contextmanager
def desktop_session(folder: Path) -> Iterator[DesktopSession]:
    session = DesktopSession(folder)
    try:
        session.start_bus()
        yield session
    finally:
        session.stop()
