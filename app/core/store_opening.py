"""Opening the data file, step by step; this is where data is won or lost.

Lock first (the caller), then: refuse a data file that is a link or someone else's, make it 0600,
refuse a file from a newer version before touching it, run the full integrity check, set a damaged
file aside instead of writing over it (corrupt, emptied, another program's, or missing tables), switch
to WAL with synchronous=FULL, copy the good file to a backup, and only then migrate it forward.

Reading never waits on the backup: when the routine copy cannot be written (a full disk, a read-only
backups folder), the file opens anyway and the caller is told why (``Opened.backup_skipped``); a copy
before a migration still has to succeed. ``open_database_read_only`` reads a folder RepayRadar cannot
write at all.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from app.core.backups import (
    ROUTINE_REASON,
    BackupInfo,
    backup_dir,
    good_backups,
    list_backups,
    write_backup,
)
from app.core.clock import Clock
from app.core.data_paths import DB_NAME
from app.core.fileio import create_private_file, fsync_dir
from app.core.migrations import CURRENT_VERSION, apply_migrations, schema_version
from app.core.models import ContactEvent, Loan, Payment, Settings
from app.core.private_paths import check_data_file, tighten
from app.core.schema_check import integrity_ok, is_foreign, schema_damaged
from app.core.store_errors import (
    DamageKind,
    StoreCorrupt,
    StoreDamaged,
    StoreTooNew,
    StoreUnwritable,
    is_corruption_error,
    is_undecodable_error,
    is_unwritable_error,
)

SIDE_FILE_SUFFIXES = ("-wal", "-shm")
_UTC_TEXT_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"

# The tables whose ``data`` column holds one model as JSON.
RECORD_MODELS: dict[str, type[BaseModel]] = {
    "loans": Loan,
    "payments": Payment,
    "contacts": ContactEvent,
    "settings": Settings,
}

Record = TypeVar("Record", bound=BaseModel)


def utc_text(instant: datetime) -> str:
    """One fixed-width UTC form, so that text order is time order in SQL."""
    return instant.astimezone(timezone.utc).strftime(_UTC_TEXT_FORMAT)


def parse_utc_text(text: str) -> datetime:
    """An instant stored by ``utc_text``; ValueError or TypeError when the stored text is not one."""
    return datetime.strptime(text, _UTC_TEXT_FORMAT).replace(tzinfo=timezone.utc)


def delivery_row_readable(key: object, loan_id: object, delivered_at: object, snoozed: object) -> bool:
    """A reminder_deliveries row as the store writes it: texts, and instants in ``utc_text`` form."""
    try:
        parse_utc_text(delivered_at)  # type: ignore[arg-type]
        if snoozed is not None:
            parse_utc_text(snoozed)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return isinstance(key, str) and isinstance(loan_id, str)


@dataclass
class Opened:
    """An open, checked connection, and why the routine backup of this start was not made (if it wasn't).

    ``records_intact``: whether every stored record decoded (True), one did not (False: the first read
    of it raises StoreDamaged), or they were not decoded (None: nothing stored yet, or a file in an
    older layout, which was migrated).
    """

    connection: sqlite3.Connection
    backup_skipped: StoreUnwritable | None = None
    records_intact: bool | None = None


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


def open_database(data_dir: Path, clock: Clock) -> Opened:
    """An autocommit connection to the checked, current-schema file in ``data_dir``.

    Raises StoreNotPrivate, StoreCorrupt (file set aside), StoreTooNew or StoreUnwritable.
    """
    path = data_dir / DB_NAME
    for file in (path, *(Path(f"{path}{suffix}") for suffix in SIDE_FILE_SUFFIXES)):
        check_data_file(file)
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise StoreUnwritable(path, "no permission to read and write the file", "read_only")
    was_empty = _empty_file(path)
    try:
        create_private_file(path)
        # A file copied in from elsewhere (a USB stick, an archive) may be 0644.
        tighten(path)
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except OSError as error:
        raise StoreUnwritable.from_os_error(path, error) from error
    except sqlite3.Error as error:
        raise StoreUnwritable.from_sqlite_error(path, error) from error
    opened = Opened(connection)
    try:
        if was_empty and list_backups(backup_dir(data_dir)):
            # Emptied (": > file", a failed sync): SQLite would take it for a new store and the app
            # would start empty without a word while the backups hold the user's data.
            raise _Damaged("empty")
        opened.backup_skipped, opened.records_intact = _check_and_prepare(connection, path, data_dir, clock)
    except _Damaged as damaged:
        connection.close()
        _set_aside_and_raise(path, data_dir, clock, damaged.kind)
    except BaseException:
        connection.close()
        raise
    return opened


def open_database_read_only(data_dir: Path) -> sqlite3.Connection:
    """A read-only connection to a current, intact data file in a folder RepayRadar cannot write.

    Nothing can be set aside, backed up or migrated here; a file that would need any of that raises.
    """
    path = data_dir / DB_NAME
    for file in (path, *(Path(f"{path}{suffix}") for suffix in SIDE_FILE_SUFFIXES)):
        check_data_file(file)
    if not path.is_file() or _empty_file(path):
        raise StoreUnwritable(path, "the data file does not exist and cannot be created", "read_only")
    # Without a -wal file (or with an empty one) everything is in the main file, and "immutable" lets
    # SQLite read it without the -shm file it could not create in a read-only folder or on a full disk.
    wal = Path(f"{path}-wal")
    immutable = "&immutable=1" if not wal.exists() or wal.stat().st_size == 0 else ""
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro{immutable}", uri=True, isolation_level=None,
            check_same_thread=False,
        )
        version = schema_version(connection)
        if version > CURRENT_VERSION:
            connection.close()
            raise StoreTooNew(path, version, CURRENT_VERSION)
        healthy = (
            integrity_ok(connection)
            and version == CURRENT_VERSION
            and not schema_damaged(connection, version)
        )
    except sqlite3.Error as error:
        raise StoreUnwritable.from_sqlite_error(path, error) from error
    if not healthy:
        connection.close()
        raise StoreUnwritable(path, "the file needs a check or an update, which needs a writable folder", "read_only")
    return connection


class _Damaged(Exception):
    """Internal signal: the file failed its checks and must be set aside."""

    def __init__(self, kind: DamageKind = "integrity") -> None:
        super().__init__(kind)
        self.kind: DamageKind = kind


def _empty_file(path: Path) -> bool:
    """The data file exists with no bytes, and no journal holds its content either."""
    try:
        if path.stat().st_size:
            return False
    except FileNotFoundError:
        return False
    wal = Path(f"{path}-wal")
    return not wal.exists() or wal.stat().st_size == 0


def _check_and_prepare(
    connection: sqlite3.Connection, path: Path, data_dir: Path, clock: Clock
) -> tuple[StoreUnwritable | None, bool | None]:
    """Check, back up and migrate; returns (why no routine backup was made, Opened.records_intact)."""
    skipped: StoreUnwritable | None = None
    intact: bool | None = None
    try:
        version = schema_version(connection)
        if version > CURRENT_VERSION:
            # Checked before anything else touches the file: a newer app's data stays as it was.
            raise StoreTooNew(path, version, CURRENT_VERSION)
        # integrity_check reads every page and index; quick_check would miss index/table mismatches.
        if not integrity_ok(connection):
            raise _Damaged()
        if is_foreign(connection, version):
            raise _Damaged("foreign")
        if schema_damaged(connection, version):
            raise _Damaged("schema")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA busy_timeout = 5000")
        for suffix in SIDE_FILE_SUFFIXES:
            side_file = Path(f"{path}{suffix}")
            check_data_file(side_file)
            if side_file.exists():
                tighten(side_file)
        # A copy of a file with an unreadable record would become the newest "good" backup (it passes
        # the integrity check) and restore-backup would lead straight back to the damage. The file
        # itself stays in place: the first read raises StoreDamaged, which names the way out.
        holds_data = version > 0 and _holds_user_data(connection)
        if holds_data and version == CURRENT_VERSION:
            intact = records_readable(connection, path)
        if holds_data and intact is not False:
            if version == CURRENT_VERSION:
                try:
                    backup_database(connection, data_dir, ROUTINE_REASON, clock)
                except StoreUnwritable as error:
                    # Reading must not depend on a copy: the user may be trying to export to another
                    # disk precisely because this one is full. The caller says why no copy was made.
                    skipped = error
            else:
                backup_database(connection, data_dir, f"before-migration-v{version}", clock)
        apply_migrations(connection)
    except sqlite3.Error as error:
        if is_corruption_error(error):
            raise _Damaged() from error
        if is_unwritable_error(error):
            raise StoreUnwritable.from_sqlite_error(path, error) from error
        raise
    except OSError as error:
        raise StoreUnwritable.from_os_error(path, error) from error
    return skipped, intact


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
        # The reminder history is read at every GUI start: a damaged row there is as fatal as one in a
        # record table, and must not be copied into backups either.
        rows = connection.execute(
            "SELECT key, loan_id, delivered_at, snoozed_until FROM reminder_deliveries"
        )
        if not all(delivery_row_readable(*row) for row in rows):
            return False
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


def _set_aside_and_raise(path: Path, data_dir: Path, clock: Clock, kind: DamageKind) -> None:
    """Rename the damaged file (and its WAL companions) out of the way, then raise StoreCorrupt."""
    stamp = clock.now().astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    moved_to = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while moved_to.exists():
        counter += 1
        moved_to = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    try:
        os.replace(path, moved_to)
        for suffix in SIDE_FILE_SUFFIXES:
            companion = Path(f"{path}{suffix}")
            if companion.exists():
                os.replace(companion, Path(f"{moved_to}{suffix}"))
        fsync_dir(data_dir)
    except OSError as error:
        raise StoreUnwritable.from_os_error(path, error) from error
    raise StoreCorrupt(path, moved_to, good_backups(backup_dir(data_dir)), kind)
