"""One writer per data folder: an operating-system lock on ``<data dir>/repayradar.lock``.

The lock lives as long as the open file descriptor, and the kernel drops it when the process ends,
however it ends, so a crash never leaves a stale lock behind and nothing has to guess whether a
recorded process id is still alive. The holder writes what it is ("window" or "command") into the
file, only so that a second start can say which RepayRadar holds the folder.

The lock file is opened without following links: a link planted in its place would have the app
create or truncate the file it points at.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.core.fileio import PRIVATE_FILE_MODE
from app.core.private_paths import check_data_file
from app.core.store_errors import LockHolder, StoreLocked, StoreUnwritable

LOCK_NAME = "repayradar.lock"
_HOLDERS: tuple[LockHolder, ...] = ("window", "command")
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)

if os.name == "nt":
    import msvcrt

    def _try_lock(descriptor: int) -> bool:
        try:
            # One byte at offset 0; Windows allows locking past the end of the file.
            os.lseek(descriptor, 0, os.SEEK_SET)
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)


class DataDirLock:
    """An exclusive, non-blocking lock on a data folder, held until ``release()``.

    flock locks belong to the open file description, so a second ``acquire`` of the same folder fails
    even within one process: exactly one Store per folder, in any process.
    """

    def __init__(self, data_dir: Path, descriptor: int) -> None:
        self.data_dir = data_dir
        self._descriptor: int | None = descriptor

    @classmethod
    def acquire(cls, data_dir: Path, holder: LockHolder = "unknown") -> DataDirLock:
        path = data_dir / LOCK_NAME
        check_data_file(path)
        try:
            descriptor = os.open(path, os.O_RDWR | os.O_CREAT | _NOFOLLOW, PRIVATE_FILE_MODE)
        except OSError as error:
            raise StoreUnwritable.from_os_error(data_dir, error) from error
        if not _try_lock(descriptor):
            found = _read_holder(descriptor)
            os.close(descriptor)
            raise StoreLocked(data_dir, found)
        _write_holder(descriptor, holder)
        return cls(data_dir, descriptor)

    @classmethod
    def acquire_for_reading(cls, data_dir: Path) -> DataDirLock | None:
        """The lock in a folder RepayRadar cannot write: held if the lock file exists, else none.

        Nobody can write to such a folder through RepayRadar either, so reading without a lock is safe.
        """
        path = data_dir / LOCK_NAME
        check_data_file(path)
        try:
            descriptor = os.open(path, os.O_RDONLY | _NOFOLLOW)
        except OSError:
            return None
        if not _try_lock(descriptor):
            found = _read_holder(descriptor)
            os.close(descriptor)
            raise StoreLocked(data_dir, found)
        return cls(data_dir, descriptor)

    @property
    def held(self) -> bool:
        return self._descriptor is not None

    def release(self) -> None:
        if self._descriptor is None:
            return
        descriptor, self._descriptor = self._descriptor, None
        try:
            _unlock(descriptor)
        finally:
            os.close(descriptor)


def _write_holder(descriptor: int, holder: LockHolder) -> None:
    try:
        os.ftruncate(descriptor, 0)
        os.lseek(descriptor, 0, os.SEEK_SET)
        os.write(descriptor, f"{holder} {os.getpid()}\n".encode())
    except OSError:
        pass  # only a label for the message a second start shows


def _read_holder(descriptor: int) -> LockHolder:
    try:
        os.lseek(descriptor, 0, os.SEEK_SET)
        text = os.read(descriptor, 64).decode("ascii", "replace")
    except OSError:
        return "unknown"
    word = text.split(" ", 1)[0].strip()
    return word if word in _HOLDERS else "unknown"  # type: ignore[return-value]
