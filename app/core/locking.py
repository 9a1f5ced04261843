"""One writer per data folder: an operating-system lock on ``<data dir>/repayradar.lock``.

The lock lives as long as the open file descriptor, and the kernel drops it when the process ends,
however it ends, so a crash never leaves a stale lock behind and nothing has to guess whether a
recorded process id is still alive.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.core.fileio import PRIVATE_FILE_MODE
from app.core.store_errors import StoreLocked, StoreUnwritable

LOCK_NAME = "repayradar.lock"

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
    def acquire(cls, data_dir: Path) -> DataDirLock:
        path = data_dir / LOCK_NAME
        try:
            descriptor = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
        except OSError as error:
            raise StoreUnwritable.from_os_error(data_dir, error) from error
        if not _try_lock(descriptor):
            os.close(descriptor)
            raise StoreLocked(data_dir)
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
