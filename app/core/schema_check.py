"""Does a data file hold the tables its version number promises, or is it another program's database?

SQLite's integrity check passes a file whose ``loans`` table was dropped, or another program's database:
both are whole, valid SQLite files. Opening checks the layout against the one the migrations build, so
such a file is set aside like a corrupt one instead of failing on every read ("no such table").
"""

from __future__ import annotations

import functools
import sqlite3

from app.core.migrations import apply_migrations

Layout = dict[str, frozenset[str]]


def table_layout(connection: sqlite3.Connection) -> Layout:
    """Each of the file's own tables with its column names (SQLite's internal tables left out)."""
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: frozenset(row[1] for row in connection.execute(f'PRAGMA table_info("{name}")'))
        for name in names
    }


@functools.cache
def expected_layout(version: int) -> Layout:
    """The tables and columns that the migrations up to ``version`` create."""
    connection = sqlite3.connect(":memory:", isolation_level=None)
    try:
        apply_migrations(connection, target=version)
        return table_layout(connection)
    finally:
        connection.close()


def integrity_ok(connection: sqlite3.Connection) -> bool:
    """SQLite's integrity check of every page and index passes.

    A damaged file's report, and SQLite's own error message about it ("malformed database schema
    (...)"), quote what was found there, which need not be UTF-8: Python's sqlite3 then raises
    UnicodeDecodeError instead of an sqlite3 error. That is damage too, not an unexplained fault."""
    factory = connection.text_factory
    connection.text_factory = bytes
    try:
        return connection.execute("PRAGMA integrity_check").fetchall() == [(b"ok",)]
    except UnicodeDecodeError:
        return False
    finally:
        connection.text_factory = factory


def is_foreign(connection: sqlite3.Connection, version: int) -> bool:
    """Version 0 (nothing of RepayRadar's yet) but tables in it: some other program's database."""
    return version == 0 and bool(table_layout(connection))


def schema_damaged(connection: sqlite3.Connection, version: int) -> bool:
    """A table or column that ``version`` promises is missing (tables of its own may be added)."""
    if version == 0:
        return False
    found = table_layout(connection)
    return any(
        table not in found or not columns <= found[table]
        for table, columns in expected_layout(version).items()
    )
