"""Private, crash-safe file writing: everything RepayRadar writes is readable by the user alone.

A reader (or a crash) must see either the old file or the complete new one, never half of it, so
files are written to a temporary sibling, flushed to disk, then renamed over the target.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
# Windows' C runtime opens descriptors in text mode unless told otherwise: os.write would turn every
# "\n" into "\r\n", corrupting PDFs and doubling the CR of a calendar's CRLF lines. 0 elsewhere.
BINARY = getattr(os, "O_BINARY", 0)
TEMP_PREFIX = ".repayradar-tmp-"


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and missing parents) readable by the user alone.

    A folder that already exists keeps its mode: the user may have pointed --data-dir at a folder of
    their own, whose permissions are theirs to choose.
    """
    if path.is_dir():
        return
    path.mkdir(parents=True, mode=PRIVATE_DIR_MODE)
    # mkdir's mode is filtered by the umask; chmod states the intent exactly.
    if os.name == "posix":
        os.chmod(path, PRIVATE_DIR_MODE)


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600 unless it exists.

    SQLite gives the -wal and -shm files it creates beside a database the database file's mode.
    """
    with contextlib.suppress(FileExistsError):
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | BINARY, PRIVATE_FILE_MODE)
        os.close(descriptor)


def make_private(path: Path) -> None:
    """Set mode 0600 on an existing file (no-op where POSIX modes do not exist)."""
    if os.name == "posix":
        os.chmod(path, PRIVATE_FILE_MODE)


def temp_path_beside(target: Path, suffix: str = "") -> Path:
    """A fresh name in the target's folder, so that the final rename stays on one file system."""
    return target.with_name(f"{TEMP_PREFIX}{secrets.token_hex(6)}-{target.name}{suffix}")


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX only; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """Replace ``target`` with ``data`` atomically and durably; the file ends up mode 0600.

    On failure the target is untouched and the temporary file is removed; the OSError propagates.
    """
    temp = temp_path_beside(target)
    descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | BINARY, PRIVATE_FILE_MODE)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(descriptor, view)
                view = view[written:]
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    fsync_dir(target.parent)


def atomic_write_text(target: Path, text: str, *, encoding: str = "utf-8") -> None:
    atomic_write_bytes(target, text.encode(encoding))
