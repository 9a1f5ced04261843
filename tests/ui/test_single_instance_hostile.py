"""Issue 14, point 10: another local user must not be able to stop RepayRadar from starting.

The socket sat at /tmp/RepayRadar-<hash>, a name anyone could compute; a stranger listening there made
every launch "hand over" to it and exit 0 with no window. Now the socket lives in a folder only the
user can enter, and whatever answers without RepayRadar's greeting is treated as foreign.
"""

from __future__ import annotations

import os
import socket
import stat
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from app.ui.shell.single_instance import claim, private_socket_dir, server_address, server_name

pytestmark = [
    pytest.mark.hostile,
    pytest.mark.skipif(os.name != "posix", reason="Unix socket files"),
]


class _Squatter:
    """A listener that accepts every connection and says nothing, as a hostile user's would."""

    def __init__(self, path: str) -> None:
        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(path)
        self.server.listen(8)
        self.accepted = 0
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.server.accept()
            except OSError:
                return
            self.accepted += 1
            self._held = connection  # keep it open and silent

    def close(self) -> None:
        self.server.close()


def test_the_socket_lives_in_a_folder_only_the_user_can_enter(data_dir):
    address = server_address(server_name(data_dir))
    assert address is not None
    folder = Path(address).parent
    info = os.lstat(folder)
    assert info.st_uid == os.geteuid()
    assert stat.S_IMODE(info.st_mode) & 0o077 == 0
    assert folder != Path(QDir.tempPath())


def test_a_squatter_on_the_old_shared_name_changes_nothing(qtbot, data_dir):
    old_address = os.path.join(QDir.tempPath(), server_name(data_dir))
    if os.path.exists(old_address):
        os.unlink(old_address)
    squatter = _Squatter(old_address)
    try:
        instance = claim(data_dir)
        assert instance is not None and instance.server.isListening()
        instance.close()
    finally:
        squatter.close()
        os.unlink(old_address)


def test_a_silent_listener_at_the_address_is_foreign_and_the_app_starts_anyway(qtbot, data_dir):
    address = server_address(server_name(data_dir))
    squatter = _Squatter(address)
    try:
        instance = claim(data_dir)
        assert squatter.accepted >= 1, "the launch should have knocked first"
        assert instance is not None, "a listener without RepayRadar's greeting must not stop the launch"
        assert instance.server.isListening()
        # The next launch meets the real copy, which greets it.
        assert claim(data_dir) is None
        instance.close()
    finally:
        squatter.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_RUNTIME_DIR is Linux's")
def test_a_runtime_folder_others_can_enter_is_not_used(tmp_path, monkeypatch):
    shared = tmp_path / "runtime"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    folder = private_socket_dir()
    assert folder is not None and folder != shared
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(private))
    assert private_socket_dir() == private


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_RUNTIME_DIR is Linux's")
def test_a_runtime_folder_too_deep_for_a_socket_path_gives_way_to_the_private_temp_folder(
    qtbot, tmp_path, monkeypatch, data_dir
):
    deep = tmp_path / ("r" * 60) / "runtime"
    deep.mkdir(parents=True, mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(deep))
    address = server_address(server_name(data_dir))
    assert address is not None and not address.startswith(str(deep))
    instance = claim(data_dir)
    assert instance is not None and instance.server.isListening()
    instance.close()
