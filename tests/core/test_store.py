"""The store keeps what the user enters, exactly, and each user action is all-or-nothing."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from store_samples import (
    BEIJING,
    fixed_clock,
    sample_contacts,
    sample_dataset,
    sample_loan,
    sample_payments,
    sample_settings,
)

from app.core.models import Payment, Settings
from app.core.store import (
    DB_NAME,
    ContactNotFound,
    DeliveryNotFound,
    LoanNotFound,
    PaymentNotFound,
    RecordExists,
    ReminderDelivery,
    Store,
    StoreUnwritable,
)


@pytest.fixture
def store(data_dir):
    with Store.open(data_dir, clock=fixed_clock()) as opened:
        yield opened


def test_everything_entered_comes_back_identical_after_reopening(data_dir):
    loans, payments, contacts = sample_dataset(10)
    with Store.open(data_dir, clock=fixed_clock()) as store:
        for loan in loans:
            store.add_loan(loan)
        for payment in payments:
            store.add_payment(payment)
        for event in contacts:
            store.add_contact(event)
        store.save_settings(sample_settings())
    with Store.open(data_dir, clock=fixed_clock()) as store:
        assert store.loans() == loans
        assert sorted(store.payments(), key=lambda p: p.id) == sorted(payments, key=lambda p: p.id)
        assert sorted(store.contacts(), key=lambda c: c.id) == sorted(contacts, key=lambda c: c.id)
        assert store.settings() == sample_settings()
        assert store.loan("loan00003").custom_installments == loans[3].custom_installments
        assert store.loan("loan00000").principal == Decimal("850000.00")


def test_archived_loans_are_hidden_only_when_asked(store):
    active, archived = sample_loan(0), sample_loan(1, loan_id="old")
    archived.archived = True
    store.add_loan(active)
    store.add_loan(archived)
    assert [loan.id for loan in store.loans()] == [active.id, "old"]
    assert [loan.id for loan in store.loans(include_archived=False)] == [active.id]


def test_updating_a_loan_replaces_it_and_an_unknown_id_is_named(store):
    loan = sample_loan(2)
    store.add_loan(loan)
    loan.name = "新名字"
    store.update_loan(loan)
    assert store.loan(loan.id).name == "新名字"
    ghost = sample_loan(3, loan_id="no-such-loan")
    with pytest.raises(LoanNotFound) as caught:
        store.update_loan(ghost)
    assert "no-such-loan" in caught.value.text("en")
    assert "no-such-loan" in caught.value.text("zh_CN")
    with pytest.raises(LoanNotFound, match="no-such-loan"):
        store.loan("no-such-loan")


def test_adding_the_same_id_twice_is_refused(store):
    loan = sample_loan(0)
    store.add_loan(loan)
    with pytest.raises(RecordExists, match=loan.id):
        store.add_loan(loan)
    payment = sample_payments(loan, 1)[0]
    store.add_payment(payment)
    with pytest.raises(RecordExists):
        store.add_payment(payment)


def test_deleting_a_loan_deletes_its_payments_contacts_and_reminder_history(store):
    keep, gone = sample_loan(0), sample_loan(1)
    for loan in (keep, gone):
        store.add_loan(loan)
        for payment in sample_payments(loan, 3):
            store.add_payment(payment)
        for event in sample_contacts(loan, 2):
            store.add_contact(event)
        store.record_delivery(ReminderDelivery(f"{loan.id}:1:lead7", loan.id, datetime.now(timezone.utc)))
    store.delete_loan(gone.id)
    assert [loan.id for loan in store.loans()] == [keep.id]
    assert {p.loan_id for p in store.payments()} == {keep.id}
    assert {c.loan_id for c in store.contacts()} == {keep.id}
    assert [d.loan_id for d in store.deliveries()] == [keep.id]
    with pytest.raises(LoanNotFound):
        store.delete_loan(gone.id)


def test_a_payment_for_a_loan_that_does_not_exist_is_refused_and_not_stored(store):
    payment = Payment(loan_id="missing", paid_on=fixed_clock().today(), amount=Decimal("10.00"))
    with pytest.raises(LoanNotFound, match="missing"):
        store.add_payment(payment)
    assert store.payments() == []


def test_payments_are_listed_per_loan_in_date_order(store):
    first, second = sample_loan(0), sample_loan(1)
    store.add_loan(first)
    store.add_loan(second)
    late, early = sample_payments(first, 2)[::-1]
    store.add_payment(late)
    store.add_payment(early)
    store.add_payment(sample_payments(second, 1)[0])
    assert store.payments(first.id) == [early, late]
    assert len(store.payments()) == 3


def test_contacts_are_ordered_by_the_real_instant_across_time_zones(store):
    loan = sample_loan(0)
    store.add_loan(loan)
    events = sample_contacts(loan, 2)
    # 09:00 in Beijing is 01:00 UTC: earlier than 05:00 UTC on the same calendar day.
    events[0].at = datetime(2026, 3, 1, 5, 0, tzinfo=timezone.utc)
    events[1].at = datetime(2026, 3, 1, 9, 0, tzinfo=BEIJING)
    for event in events:
        store.add_contact(event)
    assert [c.id for c in store.contacts(loan.id)] == [events[1].id, events[0].id]
    assert store.contacts(loan.id)[1].at.utcoffset() == timedelta(0)
    assert store.contacts(loan.id)[0].at.utcoffset() == timedelta(hours=8)


def test_updating_and_deleting_payments_and_contacts(store):
    loan = sample_loan(0)
    store.add_loan(loan)
    payment = sample_payments(loan, 1)[0]
    event = sample_contacts(loan, 1)[0]
    store.add_payment(payment)
    store.add_contact(event)
    payment.amount = Decimal("99.99")
    store.update_payment(payment)
    event.summary = "同意延期"
    store.update_contact(event)
    assert store.payments()[0].amount == Decimal("99.99")
    assert store.contacts()[0].summary == "同意延期"
    store.delete_payment(payment.id)
    store.delete_contact(event.id)
    assert store.payments() == [] and store.contacts() == []
    with pytest.raises(PaymentNotFound):
        store.update_payment(payment)
    with pytest.raises(ContactNotFound):
        store.delete_contact(event.id)


def test_settings_default_until_saved(store):
    assert store.settings() == Settings()
    store.save_settings(sample_settings())
    store.save_settings(sample_settings().model_copy(update={"autostart": True}))
    assert store.settings().autostart is True
    assert store.settings().reminder_lead_days == [5, 1, 0]


def test_a_failure_inside_a_transaction_undoes_every_step(store):
    loan = sample_loan(0)
    with pytest.raises(LoanNotFound), store.transaction():
        store.add_loan(loan)
        store.add_payment(sample_payments(loan, 1)[0])
        store.add_payment(Payment(loan_id="missing", paid_on=loan.start_date, amount=Decimal("1.00")))
    assert store.loans() == [] and store.payments() == []


def test_nested_transactions_roll_back_only_the_inner_part(store):
    first, second = sample_loan(0), sample_loan(1)
    with store.transaction():
        store.add_loan(first)
        with pytest.raises(RuntimeError), store.transaction():
            store.add_loan(second)
            raise RuntimeError("the user cancelled the second step")
        store.add_payment(sample_payments(first, 1)[0])
    assert [loan.id for loan in store.loans()] == [first.id]
    assert len(store.payments()) == 1


def test_other_processes_see_nothing_of_an_unfinished_transaction(store):
    store.add_loan(sample_loan(0))
    with store.transaction():
        store.add_loan(sample_loan(1))
        # A reader through another connection sees the last committed state only.
        reader = sqlite3.connect(store.path)
        assert reader.execute("SELECT count(*) FROM loans").fetchone()[0] == 1
        reader.close()
    reader = sqlite3.connect(store.path)
    assert reader.execute("SELECT count(*) FROM loans").fetchone()[0] == 2
    reader.close()


def test_reminder_deliveries_are_recorded_filtered_and_snoozed(store):
    loan = sample_loan(0)
    store.add_loan(loan)
    monday = datetime(2026, 1, 12, 9, 0, tzinfo=BEIJING)
    store.record_delivery(ReminderDelivery(f"{loan.id}:1:lead7", loan.id, monday))
    store.record_delivery(ReminderDelivery(f"{loan.id}:1:lead3", loan.id, monday + timedelta(days=4)))
    assert [d.key for d in store.deliveries(since=monday + timedelta(days=1))] == [f"{loan.id}:1:lead3"]
    assert store.deliveries()[0].delivered_at == monday
    store.set_snooze(f"{loan.id}:1:lead3", monday + timedelta(days=5))
    assert store.deliveries()[1].snoozed_until == monday + timedelta(days=5)
    store.set_snooze(f"{loan.id}:1:lead3", None)
    assert store.deliveries()[1].snoozed_until is None
    with pytest.raises(DeliveryNotFound):
        store.set_snooze("nothing:1:lead0", None)
    with pytest.raises(ValueError):
        ReminderDelivery("k", loan.id, datetime(2026, 1, 1, 9, 0))


def test_merge_adds_new_records_replaces_same_ids_and_counts_both(store):
    loans, payments, contacts = sample_dataset(4, 2, 1)
    store.add_loan(loans[0])
    changed = loans[0].model_copy(update={"notes": "imported"})
    counts = store.merge([changed, *loans[1:]], payments, contacts, sample_settings())
    assert (counts.loans_added, counts.loans_updated) == (3, 1)
    assert (counts.payments_added, counts.contacts_added) == (8, 4)
    assert store.loan(loans[0].id).notes == "imported"
    assert store.settings() == sample_settings()
    orphan = Payment(loan_id="elsewhere", paid_on=loans[0].start_date, amount=Decimal("5.00"))
    with pytest.raises(LoanNotFound):
        store.merge([], [orphan], [])
    assert len(store.payments()) == 8


def test_the_file_is_in_wal_mode_with_full_sync_and_foreign_keys(store):
    store.add_loan(sample_loan(0))
    reader = sqlite3.connect(store.path)
    assert reader.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    reader.close()
    # synchronous and foreign_keys are per connection: ask the store's own.
    connection = store._connection
    assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_data_files_and_folders_are_private_to_the_user(tmp_path):
    data_dir = tmp_path / "new" / "RepayRadar"
    with Store.open(data_dir, clock=fixed_clock()) as store:
        store.add_loan(sample_loan(0))
        store.backup_now("manual")
        files = [data_dir / DB_NAME, data_dir / f"{DB_NAME}-wal", data_dir / f"{DB_NAME}-shm"]
        files += [data_dir / "repayradar.lock", store.backups()[0].path]
        for path in files:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        for folder in (data_dir, data_dir / "backups"):
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_a_full_disk_is_reported_clearly_and_loses_nothing(store):
    loans, _, _ = sample_dataset(3)
    store.add_loan(loans[0])
    # SQLite reports a page limit exactly as it reports a full disk (SQLITE_FULL).
    pages = store._connection.execute("PRAGMA page_count").fetchone()[0]
    store._connection.execute(f"PRAGMA max_page_count = {pages}")
    big = loans[1].model_copy(update={"notes": "x" * 5000})
    with pytest.raises(StoreUnwritable) as caught:
        with store.transaction():
            for number in range(40):
                store.add_loan(big.model_copy(update={"id": f"big{number}"}))
    assert caught.value.reason == "disk_full"
    assert "disk is full" in caught.value.text("en")
    assert "磁盘已满" in caught.value.text("zh_CN")
    assert [loan.id for loan in store.loans()] == [loans[0].id]
    store._connection.execute("PRAGMA max_page_count = 1073741823")
    store.add_loan(loans[2])
    assert len(store.loans()) == 2
