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

The socket file lives where only the user can reach it: $XDG_RUNTIME_DIR on Linux, else a folder of
the user's own (mode 0700) in the temp folder. Once it sat in the shared /tmp under a name anyone could
work out, and another local user listening there made every launch exit at once with no window. The
running copy also greets each caller with GREETING; whatever answers without it is not RepayRadar, and
the launch carries on instead of handing over to it.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import stat
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QLockFile, QObject, Signal, qWarning
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from app import APP_NAME
from app.core.data_paths import default_data_dir

_CONNECT_TIMEOUT_MS = 1000
_LOCK_TIMEOUT_MS = 5000
_GREETING_POLL_MS = 10
_MAX_SOCKET_PATH = 104
GREETING = f"{APP_NAME} single-instance 1\n".encode()


def server_name(data_dir: Path | None, user: str | None = None) -> str:
    """The local server's name for this user and data folder (short: Unix socket paths are limited)."""
    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    try:
        folder = folder.expanduser().resolve()
    except OSError:
        folder = folder.expanduser().absolute()
    user = user or getpass.getuser()
    digest = hashlib.sha256(f"{user}\0{os.path.normcase(str(folder))}".encode()).hexdigest()[:20]
    return f"{APP_NAME}-{digest}"


def private_socket_dirs() -> list[Path]:
    """Folders only this user can enter, for the socket file, best first (POSIX).

    Linux: $XDG_RUNTIME_DIR (the session's own, mode 0700). macOS: the per-user temp folder. Then, and
    elsewhere: ``<temp>/RepayRadar-<uid>``, made 0700 and checked to be the user's (another user may
    have made it first, to squat in it).
    """
    found: list[Path] = []
    if sys.platform.startswith("linux"):
        runtime = os.environ.get("XDG_RUNTIME_DIR")
        if runtime and _is_private_dir(Path(runtime)):
            found.append(Path(runtime))
    temp = Path(QDir.tempPath())
    if sys.platform == "darwin" and _is_private_dir(temp):
        found.append(temp)
    folder = temp / f"{APP_NAME}-{os.geteuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError:
        return found
    if _is_private_dir(folder):
        found.append(folder)
    return found


def private_socket_dir() -> Path | None:
    """The best of private_socket_dirs(), or None when there is none."""
    folders = private_socket_dirs()
    return folders[0] if folders else None


def _is_private_dir(folder: Path) -> bool:
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode) and info.st_uid == os.geteuid() and not info.st_mode & 0o077
    )


def server_address(name: str) -> str | None:
    """Where the server named ``name`` listens: a path in the private folder on POSIX, the pipe name on
    Windows; None when no private folder could be had (the app then runs without the guard)."""
    if os.name == "nt":
        return name
    for folder in private_socket_dirs():
        address = str(folder / name)
        # A socket's path must fit in sockaddr_un (104 bytes on macOS, 108 on Linux).
        if len(os.fsencode(address)) < _MAX_SOCKET_PATH:
            return address
    return None


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
            # The greeting tells the caller it reached RepayRadar; disconnecting sends it first.
            socket.write(GREETING)
            socket.disconnectFromServer()
            socket.disconnected.connect(socket.deleteLater)
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


def _ask_running_copy(address: str) -> bool:
    """True when a running copy answered on ``address`` with GREETING and was asked to show itself.

    Something that accepts the connection but does not greet is not RepayRadar: False, so this launch
    takes over the address instead of leaving without a window.
    """
    socket = QLocalSocket()
    socket.connectToServer(address)
    if not socket.waitForConnected(_CONNECT_TIMEOUT_MS):
        return False
    received = b""
    deadline = time.monotonic() + _CONNECT_TIMEOUT_MS / 1000
    while len(received) < len(GREETING) and time.monotonic() < deadline:
        # Events are processed meanwhile so that a copy in this same process (tests, a second claim)
        # can accept and greet; in another process this is a plain wait.
        QCoreApplication.processEvents()
        if socket.waitForReadyRead(_GREETING_POLL_MS):
            received += bytes(socket.readAll().data())
        elif socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            received += bytes(socket.readAll().data())
            break
    socket.abort()
    if received[: len(GREETING)] != GREETING:
        qWarning(f"RepayRadar: {address} answered without RepayRadar's greeting; taking it over")
        return False
    return True


def claim(data_dir: Path | None, *, name: str | None = None) -> SingleInstance | None:
    """Become the running copy for ``data_dir``, or hand over to the one already running (None).

    Should the server not start at all (say the temp folder is not writable), the app still runs, only
    without this protection: a warning is logged and the returned instance is not listening.
    """
    name = name or server_name(data_dir)
    address = server_address(name)
    server = QLocalServer()
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    if address is None:
        qWarning(f"RepayRadar: no single-instance guard (no private folder for {name})")
        return SingleInstance(server)
    lock_folder = os.path.dirname(address) if os.name != "nt" else QDir.tempPath()
    lock = QLockFile(os.path.join(lock_folder, f"{name}.lock"))
    locked = lock.tryLock(_LOCK_TIMEOUT_MS)
    try:
        if _ask_running_copy(address):
            return None
        if not server.listen(address):
            # Nobody (or nothing of RepayRadar's) answered, so whatever holds the name is left over
            # from a crash, or a stranger: the folder is the user's own, so it can be removed.
            QLocalServer.removeServer(address)
            if not server.listen(address):
                qWarning(f"RepayRadar: no single-instance guard ({address}: {server.errorString()})")
        return SingleInstance(server)
    finally:
        if locked:
            lock.unlock()
