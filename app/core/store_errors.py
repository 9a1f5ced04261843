"""What can go wrong with the data file, each error able to say so in the user's language.

Kept apart from store.py so the lock, the backup and the file helpers can raise them without importing
the store itself. app.core.store re-exports every class here.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from app.core.errors import RepayRadarError
from app.core.i18n import Lang, message

if TYPE_CHECKING:
    from app.core.backups import BackupInfo


class StoreError(RepayRadarError):
    """Base of the store's errors."""


LockHolder = Literal["window", "command", "unknown"]


class StoreLocked(StoreError):
    """Another RepayRadar process holds the data folder (the GUI focuses that window instead).

    ``holder`` is what the lock file says holds it: a window, a command-line run, or unknown (a lock
    taken by an older version, which wrote nothing into the file).
    """

    def __init__(self, data_dir: Path, holder: LockHolder = "unknown") -> None:
        self.data_dir = data_dir
        self.holder = holder
        super().__init__(f"store.locked.{holder}", data_dir=data_dir)


# Why a data file was set aside: SQLite's integrity check failed (or it is no database at all), it is
# empty though backups show it held data, it is another program's database, or its tables are not the
# ones its version number promises.
DamageKind = Literal["integrity", "empty", "foreign", "schema"]


class StoreCorrupt(StoreError):
    """The data file failed SQLite's integrity check or is not a database; it was moved aside, untouched.

    ``backups`` holds the backups that passed their own integrity check, newest first.
    """

    def __init__(
        self,
        path: Path,
        moved_to: Path,
        backups: Sequence[BackupInfo],
        damage: DamageKind = "integrity",
    ) -> None:
        self.path = path
        self.moved_to = moved_to
        self.backups = list(backups)
        self.damage = damage
        if self.backups:
            newest = self.backups[0]
            super().__init__(
                "store.corrupt_with_backup",
                path=path,
                moved_to=moved_to,
                backup=newest.path,
                created=newest.created.astimezone().strftime("%Y-%m-%d %H:%M"),
            )
        else:
            super().__init__("store.corrupt_no_backup", path=path, moved_to=moved_to)

    def text(self, lang: Lang) -> str:
        why = message(f"store.damage.{self.damage}", lang)
        return message(self.key, lang, why=why, **self.params)


class StoreTooNew(StoreError):
    """The file was written by a newer RepayRadar; opening it here could lose what that version added."""

    key = "store.too_new"

    def __init__(self, path: Path, found: int, known: int) -> None:
        self.path = path
        self.found = found
        self.known = known
        super().__init__(path=path, found=found, known=known)


UnwritableReason = Literal["disk_full", "read_only", "other"]

_DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}


class StoreUnwritable(StoreError):
    """The data folder cannot be written: read-only, no permission, or the disk is full."""

    def __init__(self, path: Path, detail: str, reason: UnwritableReason = "other") -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"store.unwritable.{reason}", path=path, detail=detail)

    @classmethod
    def from_os_error(cls, path: Path, error: OSError) -> StoreUnwritable:
        reason: UnwritableReason = "other"
        if error.errno in _DISK_FULL_ERRNOS:
            reason = "disk_full"
        elif error.errno in _READ_ONLY_ERRNOS:
            reason = "read_only"
        detail = error.strerror or str(error)
        if error.filename:
            detail = f"{detail} ({error.filename})"
        return cls(path, detail, reason)

    @classmethod
    def from_sqlite_error(cls, path: Path, error: sqlite3.Error) -> StoreUnwritable:
        name = getattr(error, "sqlite_errorname", "")
        reason: UnwritableReason = "other"
        if name == "SQLITE_FULL" or (name.startswith("SQLITE_IOERR") and _little_space_left(path)):
            reason = "disk_full"
        elif name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")):
            reason = "read_only"
        return cls(path, str(error), reason)


# On a nearly full file system SQLite often fails a write with a plain "disk I/O error" (SQLITE_IOERR:
# the WAL, a journal or a backup copy could not grow) rather than SQLITE_FULL. An I/O error with less
# free than 1 MiB, or less than the database file itself (a checkpoint or a copy may need that much
# again), is taken as a full disk, so the user is told to free space rather than to check the folder.
_FEW_FREE_BYTES = 1 << 20


def _little_space_left(path: Path) -> bool:
    folder = path if path.is_dir() else path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        free = shutil.disk_usage(folder).free
        size = path.stat().st_size if path.is_file() else 0
    except OSError:
        return False
    return free < max(_FEW_FREE_BYTES, size)


class StoreDamaged(StoreError):
    """SQLite reported damage while the file was in use; the next start checks and sets it aside."""

    key = "store.damaged_in_use"

    def __init__(self, path: Path, detail: str, *, in_record: bool = False) -> None:
        self.path = path
        self.in_record = in_record
        if in_record:
            # Damage SQLite cannot see (a record's text is not UTF-8 or not a valid record): the start
            # does not catch it either, so the message points at the backups instead of a restart.
            super().__init__("store.record_damaged", path=path, detail=detail, folder=path.parent / "backups")
        else:
            super().__init__(path=path, detail=detail)


PrivacyProblem = Literal["file_link", "file_foreign", "folder_link", "folder_foreign", "folder_shared"]


class StoreNotPrivate(StoreError):
    """The data folder or a file in it could be reached or swapped by someone else; nothing was opened.

    A data file that is a symbolic link would have RepayRadar write into whatever file it points at; a
    file or folder owned by another user, or a folder others can write to, lets that user swap or
    delete the data.
    """

    def __init__(self, path: Path, problem: PrivacyProblem) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"store.not_private.{problem}", path=path)


class StoreJournalVanished(StoreError):
    """The data file's -wal journal was deleted by another program while RepayRadar had it open.

    Raised after the journal's committed content was copied into the data file and a new journal was
    started, so nothing was lost: the user is told, because something outside the app is deleting files
    in the data folder.
    """

    key = "store.journal_vanished"

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(path=path, journal=f"{path}-wal")


def is_unwritable_error(error: sqlite3.Error) -> bool:
    name = getattr(error, "sqlite_errorname", "")
    return name.startswith(
        ("SQLITE_FULL", "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_IOERR", "SQLITE_AUTH")
    )


def is_corruption_error(error: sqlite3.Error) -> bool:
    name = getattr(error, "sqlite_errorname", "")
    return name == "SQLITE_NOTADB" or name.startswith("SQLITE_CORRUPT")


def is_undecodable_error(error: sqlite3.Error) -> bool:
    """A stored text that is not UTF-8: damage inside a record, which SQLite's integrity check passes."""
    # Raised by Python's sqlite3 module while fetching, so it carries no SQLite error code to test.
    return isinstance(error, sqlite3.OperationalError) and str(error).startswith("Could not decode to UTF-8")


class RecordNotFound(StoreError):
    """A record the caller named by id is not in the store."""

    def __init__(self, record_id: str) -> None:
        self.record_id = record_id
        super().__init__(record_id=record_id)


class LoanNotFound(RecordNotFound):
    key = "store.loan_not_found"


class PaymentNotFound(RecordNotFound):
    key = "store.payment_not_found"


class ContactNotFound(RecordNotFound):
    key = "store.contact_not_found"


class DeliveryNotFound(RecordNotFound):
    key = "store.delivery_not_found"


class RecordExists(StoreError):
    """add_* was given an id that is already stored (update_* changes an existing record)."""

    def __init__(self, kind: Literal["loan", "payment", "contact"], record_id: str) -> None:
        self.kind = kind
        self.record_id = record_id
        super().__init__(f"store.{kind}_exists", record_id=record_id)


BackupProblem = Literal["missing", "damaged", "not_repayradar", "too_new"]


class BackupUnusable(StoreError):
    """A file offered for restoring is not a backup RepayRadar can use; nothing was changed."""

    key = "store.backup_unusable"

    def __init__(self, path: Path, problem: BackupProblem) -> None:
        self.path = path
        self.problem = problem
        super().__init__(path=path)

    def text(self, lang: Lang) -> str:
        reason = message(f"store.backup_problem.{self.problem}", lang)
        return message(self.key, lang, path=self.path, reason=reason)


class NoGoodBackup(StoreError):
    key = "store.no_good_backup"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        super().__init__(folder=folder)

