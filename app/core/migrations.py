"""The database schema, as a list of forward migrations; ``PRAGMA user_version`` says how many ran.

Each model is kept whole as JSON text (pydantic writes and validates it), beside the few columns the
store searches or sorts on. A new field on a model therefore needs no migration; a new table or index
does. Migrations only ever move forward: a database newer than this list is refused, not "fixed".

Each migration runs in its own transaction together with the user_version bump, so a crash leaves the
database at the old version or the new one, never in between. Statements run one at a time because
sqlite3's executescript() commits any open transaction first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

Migration = Sequence[str]

_V1_LOANS_PAYMENTS_CONTACTS_SETTINGS: Migration = (
    """
    CREATE TABLE loans (
        id       TEXT PRIMARY KEY,
        archived INTEGER NOT NULL DEFAULT 0,
        data     TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE payments (
        id      TEXT PRIMARY KEY,
        loan_id TEXT NOT NULL REFERENCES loans(id) ON DELETE CASCADE,
        paid_on TEXT NOT NULL,
        data    TEXT NOT NULL
    )
    """,
    "CREATE INDEX payments_by_loan ON payments(loan_id, paid_on)",
    """
    CREATE TABLE contacts (
        id      TEXT PRIMARY KEY,
        loan_id TEXT NOT NULL REFERENCES loans(id) ON DELETE CASCADE,
        at_utc  TEXT NOT NULL,
        data    TEXT NOT NULL
    )
    """,
    "CREATE INDEX contacts_by_loan ON contacts(loan_id, at_utc)",
    """
    CREATE TABLE settings (
        key  TEXT PRIMARY KEY,
        data TEXT NOT NULL
    )
    """,
)

# What the reminder scheduler has already shown, so a restart neither repeats nor loses a reminder.
_V2_REMINDER_DELIVERIES: Migration = (
    """
    CREATE TABLE reminder_deliveries (
        key           TEXT PRIMARY KEY,
        loan_id       TEXT NOT NULL REFERENCES loans(id) ON DELETE CASCADE,
        delivered_at  TEXT NOT NULL,
        snoozed_until TEXT
    )
    """,
    "CREATE INDEX reminder_deliveries_by_time ON reminder_deliveries(delivered_at)",
    "CREATE INDEX reminder_deliveries_by_loan ON reminder_deliveries(loan_id)",
)

# The overview's first screen, saved for the next start (app/core/first_screen.py), and the data's
# revision it is checked against: a random token that every change to the records that the overview shows
# renews in the same transaction, from whichever program makes it (the app, the CLI, an import, a restore
# that migrates an older backup), so a screen saved from older data is never taken for today's.
_REVISED_TABLES = ("loans", "payments", "contacts", "settings")
_V3_FIRST_SCREEN: Migration = (
    "CREATE TABLE revision (id INTEGER PRIMARY KEY CHECK (id = 1), token TEXT NOT NULL)",
    "INSERT INTO revision (id, token) VALUES (1, lower(hex(randomblob(16))))",
    *(
        f"""
        CREATE TRIGGER {table}_{change.lower()}_revises AFTER {change} ON {table}
        BEGIN UPDATE revision SET token = lower(hex(randomblob(16))); END
        """
        for table in _REVISED_TABLES
        for change in ("INSERT", "UPDATE", "DELETE")
    ),
    """
    CREATE TABLE first_screen (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        revision    TEXT NOT NULL,
        as_of       TEXT NOT NULL,
        app_version TEXT NOT NULL,
        data        TEXT NOT NULL
    )
    """,
)

# The first screens of the coming days too (one row per day): the first start of a day then finds its
# overview worked out already, as long as the data has not changed since.
_V4_FIRST_SCREENS_AHEAD: Migration = (
    "DROP TABLE first_screen",
    """
    CREATE TABLE first_screen (
        as_of       TEXT PRIMARY KEY,
        revision    TEXT NOT NULL,
        app_version TEXT NOT NULL,
        data        TEXT NOT NULL
    )
    """,
)

MIGRATIONS: tuple[Migration, ...] = (
    _V1_LOANS_PAYMENTS_CONTACTS_SETTINGS,
    _V2_REMINDER_DELIVERIES,
    _V3_FIRST_SCREEN,
    _V4_FIRST_SCREENS_AHEAD,
)
CURRENT_VERSION = len(MIGRATIONS)


def schema_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def pending_migrations(connection: sqlite3.Connection, target: int = CURRENT_VERSION) -> range:
    return range(schema_version(connection), target)


def apply_migrations(connection: sqlite3.Connection, *, target: int = CURRENT_VERSION) -> int:
    """Bring the database (an autocommit connection) up to ``target``; return the version reached.

    The caller checks beforehand that the database is not newer than CURRENT_VERSION.
    """
    if not 0 <= target <= CURRENT_VERSION:
        raise ValueError(f"no schema version {target}")
    for index in pending_migrations(connection, target):
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[index]:
                connection.execute(statement)
            # user_version lives in the file header, which is written in the same transaction.
            connection.execute(f"PRAGMA user_version = {index + 1}")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
    return schema_version(connection)
