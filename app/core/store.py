"""The user's data in one SQLite file: reading, writing one transaction per user action, backups.

Opening (locking, integrity check, setting damaged files aside, migrations) is in store_opening.py.
The file runs in WAL mode with synchronous=FULL: a committed change survives a crash or a power cut,
an uncommitted one vanishes whole.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Generic, Literal

from app.core import first_screen
from app.core.backups import BackupInfo, backup_dir, backup_problem, good_backups, list_backups
from app.core.clock import Clock
from app.core.data_paths import DB_NAME, default_data_dir
from app.core.fileio import ensure_private_dir
from app.core.first_screen import FirstScreen
from app.core.locking import DataDirLock
from app.core.private_paths import check_data_folder
from app.core.migrations import apply_migrations
from app.core.models import ContactEvent, Loan, Payment, Settings
from app.core.store_errors import (
    BackupUnusable,
    ContactNotFound,
    DeliveryNotFound,
    LoanNotFound,
    NoGoodBackup,
    PaymentNotFound,
    RecordExists,
    RecordNotFound,
    StoreCorrupt,
    StoreDamaged,
    LockHolder,
    StoreError,
    StoreJournalVanished,
    StoreLocked,
    StoreNotPrivate,
    StoreTooNew,
    StoreUnwritable,
    is_corruption_error,
    is_undecodable_error,
    is_unwritable_error,
)
from app.core.store_opening import (
    Record,
    backup_database,
    decode_record,
    delivery_row_readable,
    open_database,
    open_database_read_only,
    parse_utc_text,
    utc_text,
)

__all__ = [
    "DB_NAME",
    "BackupInfo",
    "BackupUnusable",
    "ContactNotFound",
    "DeliveryNotFound",
    "LoanNotFound",
    "MergeCounts",
    "NoGoodBackup",
    "PaymentNotFound",
    "RecordExists",
    "RecordNotFound",
    "ReminderDelivery",
    "Store",
    "StoreCorrupt",
    "StoreDamaged",
    "StoreError",
    "StoreJournalVanished",
    "StoreLocked",
    "StoreNotPrivate",
    "StoreTooNew",
    "StoreUnwritable",
    "default_data_dir",
]

_SETTINGS_KEY = "settings"


@dataclass(frozen=True, slots=True)
class ReminderDelivery:
    """A reminder the user was shown; ``key`` is e.g. "<loan_id>:<instalment no>:lead7"."""

    key: str
    loan_id: str
    delivered_at: datetime
    snoozed_until: datetime | None = None

    def __post_init__(self) -> None:
        for instant in (self.delivered_at, self.snoozed_until):
            if instant is not None and instant.utcoffset() is None:
                raise ValueError("reminder delivery instants must be timezone-aware")


@dataclass(frozen=True, slots=True)
class MergeCounts:
    """How many records a merge added and how many it replaced (same id), per kind."""

    loans_added: int = 0
    loans_updated: int = 0
    payments_added: int = 0
    payments_updated: int = 0
    contacts_added: int = 0
    contacts_updated: int = 0
    settings_replaced: bool = False


class Store:
    """An open data folder. Use ``Store.open`` (and ``close`` or a ``with`` block), not the constructor."""

    def __init__(
        self,
        data_dir: Path,
        connection: sqlite3.Connection,
        folder_lock: DataDirLock | None,
        clock: Clock,
        *,
        backup_skipped: StoreUnwritable | None = None,
        records_intact: bool | None = None,
        read_only: bool = False,
    ) -> None:
        self.data_dir = data_dir
        self.path = data_dir / DB_NAME
        self.clock = clock
        # Why this start made no routine backup (a full disk, a read-only backups folder), or None.
        self.backup_skipped = backup_skipped
        # Whether opening decoded every stored record: True, False (one is damaged: reading it raises
        # StoreDamaged) or None (not checked: nothing stored yet, a migrated file, a read-only folder).
        self.records_intact = records_intact
        # Opened in a folder RepayRadar cannot write: reading works, every change raises StoreUnwritable.
        self.read_only = read_only
        self._connection: sqlite3.Connection | None = connection
        self._folder_lock = folder_lock
        self._journal = self._journal_identity()
        # The GUI may run a long import on a worker thread; one RLock serialises use of the connection
        # and lets a transaction's own thread re-enter it.
        self._lock = threading.RLock()
        self._depth = 0

    # ----------------------------------------------------------------------------------- opening

    @classmethod
    def open(
        cls, data_dir: Path, *, clock: Clock, holder: LockHolder = "unknown", reading: bool = False
    ) -> Store:
        """Open (creating if needed) the store in ``data_dir``.

        ``holder`` says who holds the folder ("window", "command") for the message a second start
        shows. ``reading``: the caller only reads, so a folder RepayRadar cannot write is opened read-only
        instead of refused.

        Raises StoreLocked, StoreNotPrivate, StoreCorrupt (file set aside), StoreTooNew,
        StoreUnwritable.
        """
        data_dir = Path(data_dir).expanduser()
        try:
            ensure_private_dir(data_dir)
        except OSError as error:
            raise StoreUnwritable.from_os_error(data_dir, error) from error
        check_data_folder(data_dir)
        try:
            folder_lock: DataDirLock | None = DataDirLock.acquire(data_dir, holder)
        except StoreUnwritable as error:
            if not reading:
                raise
            return cls._open_read_only(data_dir, clock, error)
        try:
            opened = open_database(data_dir, clock)
        except StoreUnwritable as error:
            folder_lock.release()
            if not reading:
                raise
            return cls._open_read_only(data_dir, clock, error)
        except BaseException:
            folder_lock.release()
            raise
        return cls(
            data_dir,
            opened.connection,
            folder_lock,
            clock,
            backup_skipped=opened.backup_skipped,
            records_intact=opened.records_intact,
        )

    @classmethod
    def _open_read_only(cls, data_dir: Path, clock: Clock, why: StoreUnwritable) -> Store:
        """Read-only, after the normal open failed with ``why``; raises ``why`` if this fails too."""
        folder_lock = DataDirLock.acquire_for_reading(data_dir)
        try:
            connection = open_database_read_only(data_dir)
        except StoreUnwritable:
            if folder_lock is not None:
                folder_lock.release()
            raise why from None
        except BaseException:
            if folder_lock is not None:
                folder_lock.release()
            raise
        return cls(data_dir, connection, folder_lock, clock, backup_skipped=why, read_only=True)

    def close(self) -> None:
        with self._lock:
            if self._connection is None:
                return
            connection, self._connection = self._connection, None
            try:
                # Closing the last connection checkpoints the WAL into the main file and deletes it.
                connection.close()
            finally:
                if self._folder_lock is not None:
                    self._folder_lock.release()

    @property
    def closed(self) -> bool:
        return self._connection is None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # ------------------------------------------------------------------------------ transactions

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all; nested blocks become savepoints."""
        with self._lock:
            connection = self._open_connection()
            level = self._depth
            with self._sqlite_errors():
                connection.execute("BEGIN IMMEDIATE" if level == 0 else f"SAVEPOINT level{level}")
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                self._undo(level)
                raise
            self._depth -= 1
            try:
                with self._sqlite_errors():
                    connection.execute("COMMIT" if level == 0 else f"RELEASE level{level}")
            except BaseException:
                self._undo(level)
                raise
            if level == 0:
                self._check_journal()

    # ----------------------------------------------------------------------------- the WAL journal

    def _journal_identity(self) -> tuple[int, int] | None:
        """(device, inode) of the -wal file SQLite is using now; None when there is none (read-only)."""
        try:
            info = os.stat(f"{self.path}-wal")
        except OSError:
            return None
        return (info.st_dev, info.st_ino)

    def _check_journal(self) -> None:
        """Raise StoreJournalVanished, after saving what it held, when the -wal file was deleted.

        SQLite keeps writing commits into the deleted journal, where a crash would lose them all. A
        checkpoint still reads the deleted file through SQLite's open handle, so it copies every commit
        into the data file; leaving WAL mode and entering it again starts a journal SQLite can find.
        """
        if self._journal is None or self._journal_identity() == self._journal:
            return
        connection = self._open_connection()
        with self._sqlite_errors():
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute("PRAGMA journal_mode = DELETE")
            connection.execute("PRAGMA journal_mode = WAL")
            # A read creates the new -wal file now rather than at the next change.
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        self._journal = self._journal_identity()
        raise StoreJournalVanished(self.path)

    def _undo(self, level: int) -> None:
        connection = self._open_connection()
        with contextlib.suppress(sqlite3.Error):
            if level == 0:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
            else:
                connection.execute(f"ROLLBACK TO level{level}")
                connection.execute(f"RELEASE level{level}")

    @contextlib.contextmanager
    def _sqlite_errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as error:
            if is_unwritable_error(error):
                raise StoreUnwritable.from_sqlite_error(self.path, error) from error
            if is_corruption_error(error):
                raise StoreDamaged(self.path, str(error)) from error
            if is_undecodable_error(error):
                raise StoreDamaged(self.path, str(error), in_record=True) from error
            raise

    def _open_connection(self) -> sqlite3.Connection:
        if self._connection is None:
            raise RuntimeError("the store is closed")
        return self._connection

    def _rows(self, sql: str, parameters: Sequence[object] = ()) -> list[tuple]:
        with self._lock, self._sqlite_errors():
            return self._open_connection().execute(sql, parameters).fetchall()

    def _records(
        self, model: type[Record], table: str, sql: str, parameters: Sequence[object] = ()
    ) -> list[Record]:
        """The ``data`` column of each row ``sql`` selects, as ``model``; damage becomes StoreDamaged."""
        return [decode_record(model, data, self.path, table) for (data,) in self._rows(sql, parameters)]

    def _write(self, sql: str, parameters: Sequence[object] = ()) -> int:
        """Run one statement inside the current transaction; return the number of rows changed."""
        with self._sqlite_errors():
            return self._open_connection().execute(sql, parameters).rowcount

    def _exists(self, table: str, record_id: str) -> bool:
        return bool(self._rows(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)))

    def has_data(self) -> bool:
        """True when the user has entered anything (a loan or changed settings)."""
        row = self._rows(
            "SELECT EXISTS (SELECT 1 FROM loans) OR EXISTS (SELECT 1 FROM settings)"
        )[0]
        return bool(row[0])

    # ------------------------------------------------------------------------------------- loans

    def loans(self, include_archived: bool = True) -> list[Loan]:
        where = "" if include_archived else " WHERE archived = 0"
        return self._records(Loan, "loans", f"SELECT data FROM loans{where} ORDER BY rowid")

    def loan(self, loan_id: str) -> Loan:
        loans = self._records(Loan, "loans", "SELECT data FROM loans WHERE id = ?", (loan_id,))
        if not loans:
            raise LoanNotFound(loan_id)
        return loans[0]

    def add_loan(self, loan: Loan) -> None:
        with self.transaction():
            if self._exists("loans", loan.id):
                raise RecordExists("loan", loan.id)
            self._write(
                "INSERT INTO loans (id, archived, data) VALUES (?, ?, ?)",
                (loan.id, int(loan.archived), loan.model_dump_json()),
            )

    def update_loan(self, loan: Loan) -> None:
        with self.transaction():
            changed = self._write(
                "UPDATE loans SET archived = ?, data = ? WHERE id = ?",
                (int(loan.archived), loan.model_dump_json(), loan.id),
            )
            if not changed:
                raise LoanNotFound(loan.id)

    def delete_loan(self, loan_id: str) -> None:
        """Delete the loan with its payments, contact log and reminder history."""
        with self.transaction():
            if not self._write("DELETE FROM loans WHERE id = ?", (loan_id,)):
                raise LoanNotFound(loan_id)

    # ---------------------------------------------------------------------------------- payments

    def payments(self, loan_id: str | None = None) -> list[Payment]:
        return self._loan_records(_PAYMENTS, loan_id)

    def add_payment(self, payment: Payment) -> None:
        self._add_loan_record(_PAYMENTS, payment)

    def update_payment(self, payment: Payment) -> None:
        self._update_loan_record(_PAYMENTS, payment)

    def delete_payment(self, payment_id: str) -> None:
        self._delete_loan_record(_PAYMENTS, payment_id)

    # ------------------------------------------------------------------------------- contact log

    def contacts(self, loan_id: str | None = None) -> list[ContactEvent]:
        return self._loan_records(_CONTACTS, loan_id)

    def add_contact(self, event: ContactEvent) -> None:
        self._add_loan_record(_CONTACTS, event)

    def update_contact(self, event: ContactEvent) -> None:
        self._update_loan_record(_CONTACTS, event)

    def delete_contact(self, contact_id: str) -> None:
        self._delete_loan_record(_CONTACTS, contact_id)

    # ------------------------------------------------------- records of a loan (payments, contacts)

    def _loan_records(self, kind: _LoanRecords[Record], loan_id: str | None) -> list[Record]:
        """All records of ``kind``, or those of one loan, in the order they happened."""
        where, parameters = ("", ()) if loan_id is None else (" WHERE loan_id = ?", (loan_id,))
        sql = f"SELECT data FROM {kind.table}{where} ORDER BY {kind.when}, rowid"
        return self._records(kind.model, kind.table, sql, parameters)

    def _add_loan_record(self, kind: _LoanRecords[Record], record: Record) -> None:
        with self.transaction():
            self._require_loan(record.loan_id)
            if self._exists(kind.table, record.id):
                raise RecordExists(kind.kind, record.id)
            self._write(
                f"INSERT INTO {kind.table} (id, loan_id, {kind.when}, data) VALUES (?, ?, ?, ?)", kind.row(record)
            )

    def _update_loan_record(self, kind: _LoanRecords[Record], record: Record) -> None:
        with self.transaction():
            self._require_loan(record.loan_id)
            changed = self._write(
                f"UPDATE {kind.table} SET loan_id = ?, {kind.when} = ?, data = ? WHERE id = ?",
                (*kind.row(record)[1:], record.id),
            )
            if not changed:
                raise kind.not_found(record.id)

    def _delete_loan_record(self, kind: _LoanRecords[Record], record_id: str) -> None:
        with self.transaction():
            if not self._write(f"DELETE FROM {kind.table} WHERE id = ?", (record_id,)):
                raise kind.not_found(record_id)

    def _require_loan(self, loan_id: str) -> None:
        if not self._exists("loans", loan_id):
            raise LoanNotFound(loan_id)

    # ---------------------------------------------------------------------------------- settings

    def settings(self) -> Settings:
        stored = self._records(
            Settings, "settings", "SELECT data FROM settings WHERE key = ?", (_SETTINGS_KEY,)
        )
        return stored[0] if stored else Settings()

    def save_settings(self, settings: Settings) -> None:
        with self.transaction():
            self._write(
                "INSERT INTO settings (key, data) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET data = excluded.data",
                (_SETTINGS_KEY, settings.model_dump_json()),
            )

    # ---------------------------------------------------------------------- the saved first screen

    def revision(self) -> str:
        """The data's revision: a token every change to loans, payments, contacts or settings renews."""
        return str(self._rows(first_screen.REVISION_SQL)[0][0])

    def keep_first_screen(self, screen: FirstScreen, app_version: str) -> bool:
        """Save ``screen`` for the next start (app/core/first_screen.py) when it was worked out from the
        data as it is now and is not saved already; True when it was written. A folder opened read-only
        keeps nothing (the screen is only a shortcut; the next start works it out again)."""
        return self.keep_first_screens([screen], app_version, today=screen.as_of) > 0

    def keep_first_screens(self, screens: Sequence[FirstScreen], app_version: str, *, today: date) -> int:
        """Save ``screens`` (one day's overview each, all worked out from the same data) for the starts
        on their days, in one transaction, when that data is the data as it is now; how many were written
        (a day saved already with the same figures is not written again). Screens of other data, of
        another version or of days before ``today`` are dropped then."""
        if self.read_only or not screens:
            return 0
        revision = screens[0].revision
        if any(screen.revision != revision for screen in screens):
            raise ValueError("screens worked out from different data cannot be kept together")
        written = 0
        with self.transaction():
            if self.revision() != revision:
                return 0
            self._write(first_screen.FORGET_SQL, (revision, app_version, today.isoformat()))
            for screen in screens:
                key = (revision, screen.as_of.isoformat(), app_version)
                data = first_screen.encode(screen)
                if self._rows(first_screen.SAVED_SQL, key) != [(data,)]:
                    self._write(first_screen.SAVE_SQL, (*key, data))
                    written += 1
        return written

    def kept_first_screen_days(self, app_version: str) -> set[date]:
        """The days whose overview is kept for the data as it is now and ``app_version``."""
        rows = self._rows(first_screen.SAVED_DAYS_SQL, (self.revision(), app_version))
        return {date.fromisoformat(as_of) for (as_of,) in rows}

    # ------------------------------------------------------------------------------------- merge

    def merge(
        self,
        loans: Iterable[Loan],
        payments: Iterable[Payment],
        contacts: Iterable[ContactEvent],
        settings: Settings | None = None,
    ) -> MergeCounts:
        """Add or replace records by id, all in one transaction (an import); other records stay.

        Every payment and contact must belong to a loan that is stored or merged here.
        """
        loans, payments, contacts = list(loans), list(payments), list(contacts)
        with self.transaction():
            known_loans = {row[0] for row in self._rows("SELECT id FROM loans")}
            known_payments = {row[0] for row in self._rows("SELECT id FROM payments")}
            known_contacts = {row[0] for row in self._rows("SELECT id FROM contacts")}
            all_loans = known_loans | {loan.id for loan in loans}
            for record in (*payments, *contacts):
                if record.loan_id not in all_loans:
                    raise LoanNotFound(record.loan_id)
            connection = self._open_connection()
            with self._sqlite_errors():
                connection.executemany(
                    "INSERT INTO loans (id, archived, data) VALUES (?, ?, ?) ON CONFLICT(id) "
                    "DO UPDATE SET archived = excluded.archived, data = excluded.data",
                    [(loan.id, int(loan.archived), loan.model_dump_json()) for loan in loans],
                )
                connection.executemany(
                    "INSERT INTO payments (id, loan_id, paid_on, data) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET loan_id = excluded.loan_id, "
                    "paid_on = excluded.paid_on, data = excluded.data",
                    [_payment_row(payment) for payment in payments],
                )
                connection.executemany(
                    "INSERT INTO contacts (id, loan_id, at_utc, data) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET loan_id = excluded.loan_id, "
                    "at_utc = excluded.at_utc, data = excluded.data",
                    [_contact_row(event) for event in contacts],
                )
            if settings is not None:
                self.save_settings(settings)

        def added(records: Sequence[Loan | Payment | ContactEvent], known: set[str]) -> int:
            return len({record.id for record in records} - known)

        return MergeCounts(
            loans_added=added(loans, known_loans),
            loans_updated=len({loan.id for loan in loans} & known_loans),
            payments_added=added(payments, known_payments),
            payments_updated=len({payment.id for payment in payments} & known_payments),
            contacts_added=added(contacts, known_contacts),
            contacts_updated=len({event.id for event in contacts} & known_contacts),
            settings_replaced=settings is not None,
        )

    # -------------------------------------------------------------------------- reminder history

    def deliveries(self, since: datetime | None = None) -> list[ReminderDelivery]:
        if since is None:
            rows = self._rows(
                "SELECT key, loan_id, delivered_at, snoozed_until FROM reminder_deliveries "
                "ORDER BY delivered_at, key"
            )
        else:
            if since.utcoffset() is None:
                raise ValueError("since must be timezone-aware")
            rows = self._rows(
                "SELECT key, loan_id, delivered_at, snoozed_until FROM reminder_deliveries "
                "WHERE delivered_at >= ? ORDER BY delivered_at, key",
                (utc_text(since),),
            )
        if not all(delivery_row_readable(*row) for row in rows):
            raise StoreDamaged(self.path, "a row in reminder_deliveries is not valid", in_record=True)
        return [
            ReminderDelivery(
                key,
                loan_id,
                parse_utc_text(delivered_at),
                parse_utc_text(snoozed_until) if snoozed_until else None,
            )
            for key, loan_id, delivered_at, snoozed_until in rows
        ]

    def record_delivery(self, delivery: ReminderDelivery) -> None:
        """Record (or re-record, same key) that a reminder was shown."""
        with self.transaction():
            self._require_loan(delivery.loan_id)
            snoozed = utc_text(delivery.snoozed_until) if delivery.snoozed_until else None
            self._write(
                "INSERT INTO reminder_deliveries (key, loan_id, delivered_at, snoozed_until) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET loan_id = excluded.loan_id, "
                "delivered_at = excluded.delivered_at, snoozed_until = excluded.snoozed_until",
                (delivery.key, delivery.loan_id, utc_text(delivery.delivered_at), snoozed),
            )

    def set_snooze(self, key: str, until: datetime | None) -> None:
        if until is not None and until.utcoffset() is None:
            raise ValueError("until must be timezone-aware")
        with self.transaction():
            changed = self._write(
                "UPDATE reminder_deliveries SET snoozed_until = ? WHERE key = ?",
                (utc_text(until) if until else None, key),
            )
            if not changed:
                raise DeliveryNotFound(key)

    # ----------------------------------------------------------------------------------- backups

    def backups(self) -> list[BackupInfo]:
        """The backups in ``<data dir>/backups``, newest first."""
        return list_backups(backup_dir(self.data_dir))

    def good_backups(self) -> list[BackupInfo]:
        """The backups that pass SQLite's integrity check, newest first (reads each one: slow-ish)."""
        return good_backups(backup_dir(self.data_dir))

    def backup_now(self, reason: str) -> BackupInfo:
        """Copy the database as it is committed now into the backups folder."""
        with self._lock:
            if self._depth:
                raise RuntimeError("a backup inside a transaction would copy uncommitted changes")
            return backup_database(self._open_connection(), self.data_dir, reason, self.clock)

    def backup_if_data(self, reason: str) -> BackupInfo | None:
        """Back up before a risky change, unless there is nothing yet worth keeping.

        Copies of an empty file would only push real copies out of the rotation.
        """
        with self._lock:
            return self.backup_now(reason) if self.has_data() else None

    def restore_backup(self, backup_path: Path) -> BackupInfo | None:
        """Replace the live data with a backup's, atomically; the data as it was is backed up first.

        Returns the backup of the replaced data (None when the store held nothing). Raises
        BackupUnusable, leaving everything as it was, when the file is not a good backup.
        """
        backup_path = Path(backup_path)
        problem = backup_problem(backup_path)
        if problem is not None:
            raise BackupUnusable(backup_path, problem)  # type: ignore[arg-type]
        with self._lock:
            if self._depth:
                raise RuntimeError("restoring inside a transaction would mix two databases")
            connection = self._open_connection()
            before = self.backup_if_data("before-restore")
            source = sqlite3.connect(
                f"{backup_path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
            )
            try:
                # The backup API writes the whole copy in one transaction on the live file.
                with self._sqlite_errors():
                    source.backup(connection)
            finally:
                source.close()
            with self._sqlite_errors():
                apply_migrations(connection)
            return before

    def newest_good_backup(self) -> BackupInfo:
        for info in self.backups():
            if backup_problem(info.path) is None:
                return info
        raise NoGoodBackup(backup_dir(self.data_dir))


def _payment_row(payment: Payment) -> tuple[str, str, str, str]:
    return (payment.id, payment.loan_id, payment.paid_on.isoformat(), payment.model_dump_json())


def _contact_row(event: ContactEvent) -> tuple[str, str, str, str]:
    return (event.id, event.loan_id, utc_text(event.at), event.model_dump_json())


@dataclass(frozen=True, slots=True)
class _LoanRecords(Generic[Record]):
    """A table of records that each belong to a loan: what tells the payments and the contact log apart
    (the SQL around them is the same)."""

    table: str
    kind: Literal["payment", "contact"]  # as RecordExists names it
    model: type[Record]
    when: str  # the column they are listed in order of
    row: Callable[[Record], tuple[str, str, str, str]]  # id, loan_id, when, data
    not_found: type[RecordNotFound]


_PAYMENTS = _LoanRecords("payments", "payment", Payment, "paid_on", _payment_row, PaymentNotFound)
_CONTACTS = _LoanRecords("contacts", "contact", ContactEvent, "at_utc", _contact_row, ContactNotFound)
