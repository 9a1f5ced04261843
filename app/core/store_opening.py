"""Opening the data file, step by step; this is where data is won or lost.

Lock first (the caller), then: refuse a file from a newer version before touching it, run the full
integrity check, set a damaged file aside instead of writing over it, switch to WAL with
synchronous=FULL, copy the good file to a backup, and only then migrate it forward.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import timezone
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from app.core.backups import ROUTINE_REASON, BackupInfo, backup_dir, good_backups, write_backup
from app.core.clock import Clock
from app.core.fileio import create_private_file, fsync_dir, make_private
from app.core.migrations import CURRENT_VERSION, apply_migrations, schema_version
from app.core.models import ContactEvent, Loan, Payment, Settings
from app.core.store_errors import (
    StoreCorrupt,
    StoreDamaged,
    StoreTooNew,
    StoreUnwritable,
    is_corruption_error,
    is_undecodable_error,
    is_unwritable_error,
)

DB_NAME = "repayradar.sqlite3"

# The tables whose ``data`` column holds one model as JSON.
RECORD_MODELS: dict[str, type[BaseModel]] = {
    "loans": Loan,
    "payments": Payment,
    "contacts": ContactEvent,
    "settings": Settings,
}

Record = TypeVar("Record", bound=BaseModel)


def decode_record(model: type[Record], data: str, path: Path, table: str) -> Record:
    """One stored record as its model; every read of a record goes through here.

    A record that no longer parses was damaged on disk (the app only stores what validated), so it is
    StoreDamaged with the way back to a backup, never a validation message about the user's input.
    """
    try:
        return model.model_validate_json(data)
    except ValidationError as error:
        raise StoreDamaged(path, f"a record in {table} is not valid", in_record=True) from error


def backup_database(
    connection: sqlite3.Connection, data_dir: Path, reason: str, clock: Clock
) -> BackupInfo:
    """Copy the committed database into ``<data dir>/backups``; folder problems become StoreUnwritable."""
    try:
        return write_backup(connection, backup_dir(data_dir), reason, clock.now())
    except OSError as error:
        raise StoreUnwritable.from_os_error(backup_dir(data_dir), error) from error
    except sqlite3.Error as error:
        if is_unwritable_error(error):
            raise StoreUnwritable.from_sqlite_error(backup_dir(data_dir), error) from error
        raise


def open_database(data_dir: Path, clock: Clock) -> sqlite3.Connection:
    """An autocommit connection to the checked, backed-up, current-schema file in ``data_dir``.

    Raises StoreCorrupt (file set aside), StoreTooNew or StoreUnwritable.
    """
    path = data_dir / DB_NAME
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise StoreUnwritable(path, "no permission to read and write the file", "read_only")
    try:
        create_private_file(path)
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except OSError as error:
        raise StoreUnwritable.from_os_error(path, error) from error
    except sqlite3.Error as error:
        raise StoreUnwritable.from_sqlite_error(path, error) from error
    try:
        _check_and_prepare(connection, path, data_dir, clock)
    except _Damaged:
        connection.close()
        _set_aside_and_raise(path, data_dir, clock)
    except BaseException:
        connection.close()
        raise
    return connection


class _Damaged(Exception):
    """Internal signal: the file failed its checks and must be set aside."""


def _check_and_prepare(
    connection: sqlite3.Connection, path: Path, data_dir: Path, clock: Clock
) -> None:
    try:
        version = schema_version(connection)
        if version > CURRENT_VERSION:
            # Checked before anything else touches the file: a newer app's data stays as it was.
            raise StoreTooNew(path, version, CURRENT_VERSION)
        # integrity_check reads every page and index; quick_check would miss index/table mismatches.
        problems = connection.execute("PRAGMA integrity_check").fetchall()
        if problems != [("ok",)]:
            raise _Damaged()
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA busy_timeout = 5000")
        for side_file in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            if side_file.exists():
                make_private(side_file)
        # A copy of a file with an unreadable record would become the newest "good" backup (it passes
        # the integrity check) and restore-backup would lead straight back to the damage. The file
        # itself stays in place: the first read raises StoreDamaged, which names the way out.
        if version > 0 and _holds_user_data(connection) and records_readable(connection, path):
            reason = ROUTINE_REASON if version == CURRENT_VERSION else f"before-migration-v{version}"
            backup_database(connection, data_dir, reason, clock)
        apply_migrations(connection)
    except sqlite3.Error as error:
        if is_corruption_error(error):
            raise _Damaged() from error
        if is_unwritable_error(error):
            raise StoreUnwritable.from_sqlite_error(path, error) from error
        raise
    except OSError as error:
        raise StoreUnwritable.from_os_error(path, error) from error


def records_readable(connection: sqlite3.Connection, path: Path) -> bool:
    """Decode every stored record: damage inside a record's text passes SQLite's integrity check.

    Only for the current layout; an older file's records are in the form its version wrote.
    """
    if schema_version(connection) != CURRENT_VERSION:
        return True
    try:
        for table, model in RECORD_MODELS.items():
            for (data,) in connection.execute(f"SELECT data FROM {table}"):
                decode_record(model, data, path, table)
    except StoreDamaged:
        return False
    except sqlite3.Error as error:
        if is_undecodable_error(error):
            return False
        raise
    return True


def _holds_user_data(connection: sqlite3.Connection) -> bool:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return any(
        connection.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]
        for table in ("loans", "settings")
        if table in tables
    )


def _set_aside_and_raise(path: Path, data_dir: Path, clock: Clock) -> None:
    """Rename the damaged file (and its WAL companions) out of the way, then raise StoreCorrupt."""
    stamp = clock.now().astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    moved_to = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while moved_to.exists():
        counter += 1
        moved_to = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    try:
        os.replace(path, moved_to)
        for suffix in ("-wal", "-shm"):
            companion = Path(f"{path}{suffix}")
            if companion.exists():
                os.replace(companion, Path(f"{moved_to}{suffix}"))
        fsync_dir(data_dir)
    except OSError as error:
        raise StoreUnwritable.from_os_error(path, error) from error
    raise StoreCorrupt(path, moved_to, good_backups(backup_dir(data_dir)))
