"""One running copy per user and data folder: a second launch brings the running window forward and exits.

    instance = single_instance.claim(data_dir)   # before the data file is opened
    if instance is None:
        return 0                                 # the running copy was asked to show itself
    ...
    instance.attach(window)                      # later requests show this window

The running copy listens on a QLocalServer (a named pipe on Windows, a socket file elsewhere) whose name
is derived from the user and the data folder, so two users, or one user with two data folders, never
meet. A crash leaves the socket file behind on Unix; when nobody answers on it, it is removed
(QLocalServer.removeServer) and the new copy takes over. A lock file around the check-then-listen step
keeps two copies started at the same moment from both deciding they are first.
"""

from __future__ import annotations

import getpass
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, Signal, qWarning
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from app import APP_NAME

_CONNECT_TIMEOUT_MS = 1000
_LOCK_TIMEOUT_MS = 5000


def _default_data_dir() -> Path:
    # The same folder as app.core.store.default_data_dir(), without importing the store (and pydantic)
    # before the first paint.
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def server_name(data_dir: Path | None, user: str | None = None) -> str:
    """The local server's name for this user and data folder (short: Unix socket paths are limited)."""
    folder = Path(data_dir) if data_dir is not None else _default_data_dir()
    try:
        folder = folder.expanduser().resolve()
    except OSError:
        folder = folder.expanduser().absolute()
    user = user or getpass.getuser()
    digest = hashlib.sha256(f"{user}\0{os.path.normcase(str(folder))}".encode()).hexdigest()[:20]
    return f"{APP_NAME}-{digest}"


class SingleInstance(QObject):
    """The running copy's listener. activationRequested() fires when another launch asks to be shown."""

    activationRequested = Signal()

    def __init__(self, server: QLocalServer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = server
        server.setParent(self)
        server.newConnection.connect(self._accept)
        self._window: QWidget | None = None
        self._pending = False

    @property
    def name(self) -> str:
        return self.server.serverName()

    def attach(self, window: QWidget) -> None:
        """Bring ``window`` forward on each request (and now, if one came before it existed)."""
        self._window = window
        self.activationRequested.connect(self._show_window)
        if self._pending:
            self._pending = False
            self._show_window()

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        # A connection is the request: only this user can reach the server (UserAccessOption), and the
        # launch that connected has nothing else to say. Reading a message would mean keeping each
        # socket alive until its bytes arrive, for no gain.
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.abort()
            socket.deleteLater()
            if self._window is None:
                self._pending = True
            self.activationRequested.emit()

    def _show_window(self) -> None:
        window = self._window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()


def _ask_running_copy(name: str) -> bool:
    """True when a running copy answered on ``name`` and was asked to show itself."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(_CONNECT_TIMEOUT_MS):
        return False
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(_CONNECT_TIMEOUT_MS)
    return True


def claim(data_dir: Path | None, *, name: str | None = None) -> SingleInstance | None:
    """Become the running copy for ``data_dir``, or hand over to the one already running (None).

    Should the server not start at all (say the temp folder is not writable), the app still runs, only
    without this protection: a warning is logged and the returned instance is not listening.
    """
    name = name or server_name(data_dir)
    lock = QLockFile(os.path.join(QDir.tempPath(), f"{name}.lock"))
    locked = lock.tryLock(_LOCK_TIMEOUT_MS)
    try:
        if _ask_running_copy(name):
            return None
        server = QLocalServer()
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            # Nobody answered, so whatever holds the name is left over from a crash.
            QLocalServer.removeServer(name)
            if not server.listen(name):
                qWarning(f"RepayRadar: no single-instance guard ({name}: {server.errorString()})")
        return SingleInstance(server)
    finally:
        if locked:
            lock.unlock()
