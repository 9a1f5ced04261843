"""Automatic backups: made on every open and before risky changes, rotated, restorable atomically."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from store_samples import fixed_clock, sample_dataset, sample_loan, sample_settings

from app.core.backups import KEEP, list_backups
from app.core.fileio import TEMP_PREFIX
from app.core.migrations import apply_migrations
from app.core.store import BackupUnusable, NoGoodBackup, ReminderDelivery, Store


def _loan_ids(path: Path) -> list[str]:
    copy = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in copy.execute("SELECT id FROM loans ORDER BY rowid")]
    finally:
        copy.close()


def test_a_manual_backup_holds_the_committed_data_and_is_listed_first(data_dir):
    with Store.open(data_dir, clock=fixed_clock()) as store:
        store.add_loan(sample_loan(0))
        info = store.backup_now("Before I edit: 手动")
        assert store.backups()[0] == info
        assert info.reason == "before-i-edit"
        assert info.size_bytes == info.path.stat().st_size > 0
        assert info.created.utcoffset() == timedelta(0)
        assert _loan_ids(info.path) == ["loan00000"]
        # A backup is one self-contained file: no WAL or journal beside it.
        assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]


def test_backups_sort_newest_first_even_when_the_clock_stands_still(data_dir):
    with Store.open(data_dir, clock=fixed_clock()) as store:
        store.add_loan(sample_loan(0))
        made = [store.backup_now(f"step {number}") for number in range(4)]
        assert [info.reason for info in store.backups()] == ["step-3", "step-2", "step-1", "step-0"]
        assert len({info.path for info in made}) == 4


def test_routine_backups_rotate_but_the_copy_before_an_import_survives(data_dir):
    clock = fixed_clock()
    with Store.open(data_dir, clock=clock) as store:
        store.add_loan(sample_loan(0))
        store.backup_now("before-import")
    for _ in range(KEEP + 3):
        clock.advance(timedelta(minutes=5))
        Store.open(data_dir, clock=clock).close()
    with Store.open(data_dir, clock=clock) as store:
        reasons = [info.reason for info in store.backups()]
    assert reasons.count("open") == KEEP
    assert "before-import" in reasons
    assert len(list((data_dir / "backups").iterdir())) == KEEP + 1


def test_restoring_brings_back_the_old_data_and_keeps_a_copy_of_the_replaced_data(data_dir):
    with Store.open(data_dir, clock=fixed_clock()) as store:
        store.add_loan(sample_loan(0))
        old = store.backup_now("manual")
        store.add_loan(sample_loan(1))
        store.save_settings(sample_settings())
        before = store.restore_backup(old.path)
        assert [loan.id for loan in store.loans()] == ["loan00000"]
        assert before is not None and before.reason == "before-restore"
        assert _loan_ids(before.path) == ["loan00000", "loan00001"]
        # The restored file is the live file: writing goes on normally and survives reopening.
        store.add_loan(sample_loan(2))
    with Store.open(data_dir, clock=fixed_clock()) as store:
        assert [loan.id for loan in store.loans()] == ["loan00000", "loan00002"]


def test_a_file_that_is_not_a_good_backup_is_refused_and_nothing_changes(data_dir, tmp_path):
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"\x00junk" * 500)
    foreign = tmp_path / "other-app.sqlite3"
    other = sqlite3.connect(foreign)
    other.execute("CREATE TABLE notes (body TEXT)")
    other.commit()
    other.close()
    with Store.open(data_dir, clock=fixed_clock()) as store:
        store.add_loan(sample_loan(0))
        for path, problem in (
            (garbage, "damaged"),
            (foreign, "not_repayradar"),
            (tmp_path / "missing.sqlite3", "missing"),
        ):
            with pytest.raises(BackupUnusable) as caught:
                store.restore_backup(path)
            assert caught.value.problem == problem
            assert str(path) in caught.value.text("zh_CN")
            assert "Nothing was changed" in caught.value.text("en")
        assert [loan.id for loan in store.loans()] == ["loan00000"]
        assert store.backups() == []


def test_restoring_a_backup_from_an_older_schema_upgrades_it(data_dir, tmp_path):
    old_file = tmp_path / "v1.sqlite3"
    raw = sqlite3.connect(old_file, isolation_level=None)
    apply_migrations(raw, target=1)
    loan = sample_loan(0)
    raw.execute("INSERT INTO loans (id, archived, data) VALUES (?, 0, ?)", (loan.id, loan.model_dump_json()))
    raw.close()
    with Store.open(data_dir, clock=fixed_clock()) as store:
        store.restore_backup(old_file)
        assert store.loans() == [loan]
        # The reminder table came with the upgrade.
        store.record_delivery(ReminderDelivery(f"{loan.id}:1:lead0", loan.id, fixed_clock().now()))
        assert len(store.deliveries()) == 1


def test_a_half_written_backup_from_a_crash_is_ignored_and_cleaned_up(data_dir):
    with Store.open(data_dir, clock=fixed_clock()) as store:
        store.add_loan(sample_loan(0))
        first = store.backup_now("manual")
        leftover = first.path.parent / f"{TEMP_PREFIX}abc-repayradar-x.sqlite3"
        leftover.write_bytes(b"partial")
        assert list_backups(first.path.parent) == [first]
        store.backup_now("manual")
        assert not leftover.exists()


def test_the_newest_good_backup_skips_damaged_ones(data_dir):
    loans, payments, contacts = sample_dataset(3)
    with Store.open(data_dir, clock=fixed_clock()) as store:
        with pytest.raises(NoGoodBackup):
            store.newest_good_backup()
        store.merge(loans, payments, contacts)
        good = store.backup_now("manual")
        damaged = store.backup_now("manual")
        damaged.path.write_bytes(b"broken" * 100)
        assert store.newest_good_backup() == good
        assert store.good_backups() == [good]


def test_a_backup_holding_a_damaged_record_is_not_offered_as_a_way_back(data_dir):
    # SQLite's integrity check passes a record whose text is damaged; restoring such a copy (the one
    # taken just before a restore over damaged data, say) would bring the damage back.
    loans, payments, contacts = sample_dataset(3)
    with Store.open(data_dir, clock=fixed_clock()) as store:
        store.merge(loans, payments, contacts)
        good = store.backup_now("manual")
        damaged = store.backup_now("manual")
        copy = sqlite3.connect(damaged.path)
        with copy:
            copy.execute("UPDATE payments SET data = ? WHERE rowid = 1", ('{"amount": "not money"}',))
        copy.close()
        assert store.newest_good_backup() == good
        assert store.good_backups() == [good]
        with pytest.raises(BackupUnusable):
            store.restore_backup(damaged.path)
        assert [loan.id for loan in store.loans()] == [loan.id for loan in loans]
