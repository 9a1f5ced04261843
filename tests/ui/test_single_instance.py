"""One running copy per user and data folder: a second launch brings the first forward and exits; a
crashed copy's leftover socket does not block the next start. Tested with real processes."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer
from PySide6.QtWidgets import QWidget

from app.core.store import default_data_dir
from app.ui.shell.single_instance import claim, server_address, server_name

PROBE = Path(__file__).with_name("single_instance_probe.py")


class Probe:
    """A probe process whose output lines can be awaited."""

    def __init__(self, data_dir: Path) -> None:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        self.process = subprocess.Popen(
            [sys.executable, str(PROBE), str(data_dir)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, env=env,
        )
        self._selector = selectors.DefaultSelector()
        self._selector.register(self.process.stdout, selectors.EVENT_READ)

    def next_line(self, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._selector.select(timeout=0.1):
                line = self.process.stdout.readline()
                if line:
                    return line.strip()
                break
        raise AssertionError(f"no output from the probe (exit {self.process.poll()}): {self._stderr()}")

    def finish(self, timeout: float = 30.0) -> int:
        return self.process.wait(timeout=timeout)

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.process.poll() is None:
            self.process.send_signal(sig)
            self.process.wait(timeout=30)
        self.process.stdout.close()
        self.process.stderr.close()

    def _stderr(self) -> str:
        if self.process.poll() is None:
            return "(still running)"
        return self.process.stderr.read()


@pytest.fixture
def probes():
    started: list[Probe] = []

    def start(data_dir: Path) -> Probe:
        started.append(Probe(data_dir))
        return started[-1]

    yield start
    for probe in started:
        probe.stop(signal.SIGKILL)


def test_a_second_launch_brings_the_running_window_forward_and_exits(probes, data_dir):
    first = probes(data_dir)
    assert first.next_line() == "running"
    second = probes(data_dir)
    assert second.next_line() == "handed-over"
    assert second.finish() == 0
    assert first.next_line() == "activated visible=True"
    third = probes(data_dir)
    assert third.next_line() == "handed-over"
    assert first.next_line() == "activated visible=True"


def test_another_data_folder_runs_its_own_copy(probes, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = probes(tmp_path / "a")
    assert first.next_line() == "running"
    other = probes(tmp_path / "b")
    assert other.next_line() == "running"


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave nothing behind on Windows")
def test_a_crashed_copy_leaves_a_socket_file_that_the_next_start_recovers(probes, data_dir):
    crashed = probes(data_dir)
    assert crashed.next_line() == "running"
    crashed.stop(signal.SIGKILL)  # no chance to clean up, as in a crash or a power cut
    socket_file = Path(server_address(server_name(data_dir)))
    assert socket_file.exists(), "the killed process should have left its socket file"
    restarted = probes(data_dir)
    assert restarted.next_line() == "running"
    after = probes(data_dir)
    assert after.next_line() == "handed-over"
    assert restarted.next_line() == "activated visible=True"


def test_in_one_process_a_second_claim_signals_the_first(qtbot, data_dir):
    instance = claim(data_dir)
    assert instance is not None
    try:
        window = QWidget()
        qtbot.addWidget(window)
        instance.attach(window)
        with qtbot.waitSignal(instance.activationRequested, timeout=15000):
            assert claim(data_dir) is None
        assert window.isVisible()
    finally:
        instance.close()


def test_a_request_before_the_window_exists_shows_it_once_attached(qtbot, data_dir):
    instance = claim(data_dir)
    try:
        with qtbot.waitSignal(instance.activationRequested, timeout=15000):
            assert claim(data_dir) is None
        window = QWidget()
        qtbot.addWidget(window)
        instance.attach(window)
        assert window.isVisible()
    finally:
        instance.close()


def test_the_name_depends_on_user_and_folder_only():
    folder = Path("/home/li/RepayRadar data")
    assert server_name(folder, "li") == server_name(Path("/home/li/RepayRadar data/"), "li")
    assert server_name(folder, "li") == server_name(Path("/home/li/x/../RepayRadar data"), "li")
    assert server_name(folder, "li") != server_name(folder, "wang")
    assert server_name(folder, "li") != server_name(Path("/home/li/other"), "li")
    assert len(server_name(folder, "li")) < 40  # Unix socket paths are limited to about 100 bytes
    assert server_name(None, "li") == server_name(default_data_dir(), "li")


def test_the_default_folder_is_claimed_under_the_same_name_as_the_stores_folder():
    assert server_name(None) == server_name(default_data_dir())


def test_when_the_server_cannot_start_the_app_still_runs(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QLocalServer, "listen", lambda self, name: False)
    instance = claim(tmp_path)
    assert instance is not None
    assert not instance.server.isListening()
