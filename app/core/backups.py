"""Automatic, rotating copies of the database in ``<data dir>/backups/``.

Copies are made with SQLite's online backup API (a consistent snapshot even while the file is open)
into a temporary file that is switched to a self-contained rollback journal, flushed and only then
renamed to its final name, so a half-written copy never looks like a backup.

Names carry the instant (UTC) and the reason: ``repayradar-20260115T013012.123456Z-before-import.sqlite3``.
Two groups rotate separately so that routine copies made at every start cannot push out the copy
taken before an import, a migration or a restore: the newest KEEP of each group stay. Whatever the
rotation, the newest of the backups that hold the most records is kept: ten starts after the data was
lost (an emptied file, a bad import) must not rotate away the only copy that still holds it.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from app.core.fileio import (
    PRIVATE_FILE_MODE,
    TEMP_PREFIX,
    ensure_private_dir,
    fsync_dir,
    temp_path_beside,
)
from app.core.migrations import CURRENT_VERSION
from app.core.private_paths import refuse_link
from app.core.schema_check import integrity_ok

BACKUP_DIR_NAME = "backups"
KEEP = 10
ROUTINE_REASON = "open"

_STAMP_FORMAT = "%Y%m%dT%H%M%S.%fZ"
_NAME = re.compile(r"^repayradar-(?P<stamp>\d{8}T\d{6}\.\d{6}Z)-(?P<reason>[a-z0-9][a-z0-9-]*)\.sqlite3$")
_REASON_CLEAN = re.compile(r"[^a-z0-9]+")
_CLOCK_SLACK = timedelta(days=1)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # timezone-aware, UTC
    reason: str
    size_bytes: int


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR_NAME


def clean_reason(reason: str) -> str:
    """A reason as it can appear in a file name: lower-case words joined by '-'."""
    cleaned = _REASON_CLEAN.sub("-", reason.lower()).strip("-")
    return cleaned[:40].rstrip("-") or "manual"


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in ``folder``, newest first. Files that do not follow the naming scheme are ignored."""
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match is None or not entry.is_file():
            continue
        created = datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=timezone.utc)
        found.append(BackupInfo(entry, created, match["reason"], entry.stat().st_size))
    found.sort(key=lambda info: (info.created, info.path.name), reverse=True)
    return found


def write_backup(
    connection: sqlite3.Connection, folder: Path, reason: str, now: datetime
) -> BackupInfo:
    """Snapshot the database behind ``connection`` into ``folder``; rotate old copies; return the new one.

    Any other exception than OSError/sqlite3.Error is a bug; those two mean the folder is unusable.
    A ``folder`` that is a symbolic link raises StoreNotPrivate: the copy would land wherever it points.
    """
    refuse_link(folder)
    ensure_private_dir(folder)
    _remove_leftover_temp_files(folder)
    reason = clean_reason(reason)
    created = _unique_instant(folder, now)
    final = folder / f"repayradar-{created.strftime(_STAMP_FORMAT)}-{reason}.sqlite3"
    temp = temp_path_beside(final)
    descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    os.close(descriptor)
    try:
        target = sqlite3.connect(temp, isolation_level=None)
        try:
            connection.backup(target)
            # The copy inherits WAL mode from the live file; a single self-contained file is what
            # a backup should be, and it lets the copy be opened read-only later.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        _fsync_file(temp)
        os.replace(temp, final)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    fsync_dir(folder)
    rotate(folder)
    return BackupInfo(final, created, reason, final.stat().st_size)


def rotate(folder: Path, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` routine backups and the newest ``keep`` others.

    The newest backup among those holding the most records is never deleted.
    """
    removed: list[Path] = []
    backups = list_backups(folder)
    routine = [info for info in backups if info.reason == ROUTINE_REASON]
    others = [info for info in backups if info.reason != ROUTINE_REASON]
    doomed = [info for group in (routine, others) for info in group[keep:]]
    if not doomed:
        return removed
    fullest = richest_backup(backups)
    for info in doomed:
        if fullest is not None and info.path == fullest.path:
            continue
        with contextlib.suppress(FileNotFoundError):
            info.path.unlink()
        removed.append(info.path)
    return removed


def richest_backup(backups: list[BackupInfo]) -> BackupInfo | None:
    """The newest of the backups (given newest first) that hold the most loans, payments and contacts."""
    best: BackupInfo | None = None
    best_count = 0
    for info in backups:
        count = record_count(info.path)
        if count > best_count:
            best, best_count = info, count
    return best


def record_count(path: Path) -> int:
    """Loans, payments and contacts in a backup; 0 when it cannot be read as a RepayRadar file."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error:
        return 0
    try:
        return sum(
            int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("loans", "payments", "contacts")
        )
    except sqlite3.Error:
        return 0
    finally:
        connection.close()


def backup_problem(path: Path) -> str | None:
    """Why ``path`` cannot be restored ("missing", "damaged", "not_repayradar", "too_new"), or None."""
    if not path.is_file():
        return "missing"
    try:
        # Read-only: checking a backup must never change it.
        uri = f"{path.resolve().as_uri()}?mode=ro"
        connection = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error:
        return "damaged"
    try:
        if not integrity_ok(connection):
            return "damaged"
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        tables = {
            row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if version > CURRENT_VERSION:
            return "too_new"
        if version < 1 or not {"loans", "payments", "contacts", "settings"} <= tables:
            return "not_repayradar"
        # A damaged record passes SQLite's integrity check; a backup holding one (the copy taken just
        # before a restore over damaged data, say) must not be offered as a way back.
        from app.core.store_opening import records_readable  # store_opening imports this module

        if not records_readable(connection, path):
            return "damaged"
    except sqlite3.Error:
        return "damaged"
    finally:
        connection.close()
    return None


def good_backups(folder: Path) -> list[BackupInfo]:
    """Backups that pass SQLite's integrity check, whose records all read, and that this version can
    read, newest first."""
    return [info for info in list_backups(folder) if backup_problem(info.path) is None]


def _unique_instant(folder: Path, now: datetime) -> datetime:
    """``now`` in UTC, nudged past the newest existing backup so names always sort by age.

    A clock that stands still (tests) or steps back (a time-zone or NTP correction) would otherwise
    produce equal or out-of-order names.
    """
    created = now.astimezone(timezone.utc)
    # A backup stamped more than a day ahead was named by a clock that was wrong then (or is now):
    # following it would name every later copy after that instant too.
    existing = [info for info in list_backups(folder) if info.created <= created + _CLOCK_SLACK]
    if existing and created <= existing[0].created:
        created = existing[0].created + timedelta(microseconds=1)
    return created


def _remove_leftover_temp_files(folder: Path) -> None:
    # The data folder is locked by the caller, so a temporary file here is from a copy that crashed.
    for entry in folder.glob(f"{TEMP_PREFIX}*"):
        with contextlib.suppress(OSError):
            entry.unlink()


def _fsync_file(path: Path) -> None:
    # Windows flushes (FlushFileBuffers) only through a handle that may write: a read-only one is
    # refused with "Permission denied", which made every backup, and so opening the data, fail there.
    descriptor = os.open(path, os.O_RDONLY if os.name == "posix" else os.O_RDWR)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
