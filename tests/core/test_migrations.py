"""Upgrading: a data file from any earlier version opens with every record intact, at the current version."""

from __future__ import annotations

import sqlite3
from datetime import timezone
from pathlib import Path

import pytest
from store_samples import fixed_clock, sample_dataset, sample_settings

from app.core import migrations
from app.core.migrations import CURRENT_VERSION, MIGRATIONS, apply_migrations, schema_version
from app.core.store import DB_NAME, Store


def _tables(connection: sqlite3.Connection) -> set[str]:
    return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _write_v1_records(connection: sqlite3.Connection, loans, payments, contacts, settings) -> None:
    """Rows as the version-1 schema stores them (written with plain SQL, as that version would)."""
    connection.execute("BEGIN")
    for loan in loans:
        connection.execute(
            "INSERT INTO loans (id, archived, data) VALUES (?, ?, ?)",
            (loan.id, int(loan.archived), loan.model_dump_json()),
        )
    for payment in payments:
        connection.execute(
            "INSERT INTO payments (id, loan_id, paid_on, data) VALUES (?, ?, ?, ?)",
            (payment.id, payment.loan_id, payment.paid_on.isoformat(), payment.model_dump_json()),
        )
    for event in contacts:
        connection.execute(
            "INSERT INTO contacts (id, loan_id, at_utc, data) VALUES (?, ?, ?, ?)",
            (
                event.id,
                event.loan_id,
                event.at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                event.model_dump_json(),
            ),
        )
    connection.execute(
        "INSERT INTO settings (key, data) VALUES ('settings', ?)", (settings.model_dump_json(),)
    )
    connection.execute("COMMIT")


def test_a_new_data_file_gets_the_current_schema(data_dir):
    with Store.open(data_dir, clock=fixed_clock()) as store:
        assert store.loans() == []
    raw = sqlite3.connect(data_dir / DB_NAME)
    assert schema_version(raw) == CURRENT_VERSION
    assert {"loans", "payments", "contacts", "settings", "reminder_deliveries"} <= _tables(raw)
    raw.close()


@pytest.mark.parametrize("old_version", range(1, CURRENT_VERSION))
def test_a_data_file_from_an_earlier_version_opens_with_everything_intact(data_dir, old_version):
    loans, payments, contacts = sample_dataset(12)
    raw = sqlite3.connect(data_dir / DB_NAME, isolation_level=None)
    assert apply_migrations(raw, target=old_version) == old_version
    _write_v1_records(raw, loans, payments, contacts, sample_settings())
    raw.close()

    with Store.open(data_dir, clock=fixed_clock()) as store:
        assert store.loans() == loans
        assert sorted(store.payments(), key=lambda p: p.id) == sorted(payments, key=lambda p: p.id)
        assert sorted(store.contacts(), key=lambda c: c.id) == sorted(contacts, key=lambda c: c.id)
        assert store.settings() == sample_settings()
        backups = store.backups()
    raw = sqlite3.connect(data_dir / DB_NAME)
    assert schema_version(raw) == CURRENT_VERSION
    raw.close()
    # The file as it was before the upgrade is kept, still at the old version.
    assert [info.reason for info in backups] == [f"before-migration-v{old_version}"]
    copy = sqlite3.connect(f"{backups[0].path.as_uri()}?mode=ro", uri=True)
    assert schema_version(copy) == old_version
    copy.close()


def test_every_migration_step_from_zero_reaches_the_same_schema_as_a_fresh_file(tmp_path):
    stepwise = sqlite3.connect(tmp_path / "stepwise.sqlite3", isolation_level=None)
    for target in range(1, CURRENT_VERSION + 1):
        assert apply_migrations(stepwise, target=target) == target
    fresh = sqlite3.connect(tmp_path / "fresh.sqlite3", isolation_level=None)
    apply_migrations(fresh)

    def schema(connection: sqlite3.Connection) -> list[tuple]:
        return connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()

    assert schema(stepwise) == schema(fresh)
    stepwise.close()
    fresh.close()


def test_a_failing_migration_leaves_the_file_at_the_old_version(tmp_path, monkeypatch):
    path = tmp_path / "file.sqlite3"
    raw = sqlite3.connect(path, isolation_level=None)
    apply_migrations(raw, target=CURRENT_VERSION)
    broken = ("CREATE TABLE half_done (id TEXT)", "THIS IS NOT SQL")
    monkeypatch.setattr(migrations, "MIGRATIONS", (*MIGRATIONS, broken))
    monkeypatch.setattr(migrations, "CURRENT_VERSION", CURRENT_VERSION + 1)
    with pytest.raises(sqlite3.OperationalError):
        apply_migrations(raw, target=CURRENT_VERSION + 1)
    assert schema_version(raw) == CURRENT_VERSION
    assert "half_done" not in _tables(raw)
    raw.close()


def test_an_empty_file_left_by_a_crash_before_the_first_migration_is_a_new_store(data_dir):
    (data_dir / DB_NAME).write_bytes(b"")
    with Store.open(data_dir, clock=fixed_clock()) as store:
        assert store.loans() == []
    assert Path(data_dir / DB_NAME).stat().st_size > 0
