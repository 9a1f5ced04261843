"""The overview kept in the data file for the next start (app/core/first_screen.py): it comes back
exactly as it was worked out, and only while it still holds (the same day, the same app, the same data).
A kept overview that no longer holds would show a borrower yesterday's figures, or figures from before a
payment: every way the data can change must make it unusable."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from store_samples import fixed_clock, sample_contacts, sample_dataset, sample_loan, sample_payments

from app import __version__
from app.core import first_screen
from app.core.data_paths import DB_NAME
from app.core.exchange import export_backup, import_backup
from app.core.first_screen import FirstScreen, read_saved
from app.core.models import Payment, Settings
from app.core.overview import first_screen as work_out_first_screen
from app.core.overview import loan_summaries
from app.core.store import ReminderDelivery, Store

TODAY = date(2026, 1, 15)
REPO = Path(__file__).resolve().parents[2]


def worked_out(store: Store, today: date = TODAY) -> FirstScreen:
    """What the app works out and keeps at a reading (app/ui/operations: first_reading, screen)."""
    revision = store.revision()
    summaries = loan_summaries(store.loans(), store.payments(), today, near_today=True)
    return work_out_first_screen(summaries, today, store.settings(), revision)


@pytest.fixture
def filled(data_dir: Path) -> Path:
    """A data folder with twelve loans of every kind (overdue ones, cards, paid ones), their payments and
    contacts, and an overview kept for TODAY."""
    loans, payments, contacts = sample_dataset(12)
    with Store.open(data_dir, clock=fixed_clock()) as store:
        store.merge(loans, payments, contacts)
        assert store.keep_first_screen(worked_out(store), __version__)
    return data_dir


def kept(data_dir: Path, today: date = TODAY, version: str = __version__) -> FirstScreen | None:
    return read_saved(data_dir / DB_NAME, today, version)


def test_the_kept_overview_comes_back_exactly_as_it_was_worked_out(filled):
    with Store.open(filled, clock=fixed_clock()) as store:
        expected = worked_out(store)
    found = kept(filled)
    assert found == expected
    # What the overview shows of it: overdue loans, what is due soon, totals per currency.
    assert found.overdue_rows and found.coming and found.month_totals
    assert {row.kind for row in found.rows} >= {"credit_card", "mortgage"}
    assert all(isinstance(row.outstanding, Decimal) for row in found.rows)


def test_it_is_not_used_on_another_day_or_by_another_version(filled):
    assert kept(filled) is not None
    assert kept(filled, TODAY + timedelta(days=1)) is None  # overdue days and penalty interest move daily
    assert kept(filled, TODAY - timedelta(days=1)) is None  # a clock set back
    assert kept(filled, version=__version__ + ".1") is None  # another app may work figures out otherwise


WRITES = {
    "a new payment": lambda store: store.add_payment(
        Payment(loan_id="loan00003", paid_on=TODAY, amount=Decimal("100.00"))
    ),
    "a changed loan": lambda store: store.update_loan(store.loan("loan00004").model_copy(update={"name": "X"})),
    "a deleted loan": lambda store: store.delete_loan("loan00005"),
    "a new loan": lambda store: store.add_loan(sample_loan(40)),
    "a deleted payment": lambda store: store.delete_payment(store.payments("loan00001")[0].id),
    "a new contact": lambda store: store.add_contact(
        sample_contacts(store.loan("loan00002"), 1)[0].model_copy(update={"id": "another-contact"})
    ),
    "changed settings": lambda store: store.save_settings(Settings(currency_display="code")),
    "a merged import": lambda store: store.merge(
        [sample_loan(41)], sample_payments(sample_loan(41), 2), []
    ),
}


@pytest.mark.parametrize("change", sorted(WRITES))
def test_any_change_to_what_the_overview_shows_makes_it_unusable(filled, change):
    with Store.open(filled, clock=fixed_clock()) as store:
        before = store.revision()
        WRITES[change](store)
        assert store.revision() != before
    assert kept(filled) is None


def test_a_change_undone_by_a_failed_transaction_leaves_it_usable(filled):
    with Store.open(filled, clock=fixed_clock()) as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.add_payment(Payment(loan_id="loan00003", paid_on=TODAY, amount=Decimal("1.00")))
            raise RuntimeError("the user's action failed half-way")
    assert kept(filled) is not None


def test_reminders_shown_do_not_count_as_a_change(filled):
    # The reminder log does not change any figure of the overview: a start after a reminder still uses it.
    with Store.open(filled, clock=fixed_clock()) as store:
        store.record_delivery(
            ReminderDelivery(key="loan00001:3:lead3", loan_id="loan00001",
                             delivered_at=datetime(2026, 1, 15, 1, 0, tzinfo=timezone.utc))
        )
    assert kept(filled) is not None


def test_the_cli_and_an_import_change_the_revision_too(filled, tmp_path):
    backup = tmp_path / "backup.json"
    with Store.open(filled, clock=fixed_clock()) as store:
        export_backup(store, backup)
    with Store.open(filled, clock=fixed_clock()) as store:
        import_backup(store, backup)  # the same records again: a replace is still a change
    assert kept(filled) is None


def test_it_is_kept_only_for_the_data_it_was_worked_out_from(filled):
    with Store.open(filled, clock=fixed_clock()) as store:
        stale = worked_out(store)
        store.add_payment(Payment(loan_id="loan00003", paid_on=TODAY, amount=Decimal("100.00")))
        # Worked out before the payment, offered after it: refused, so it can never pass for today's.
        assert not store.keep_first_screen(stale, __version__)
        fresh = worked_out(store)
        assert store.keep_first_screen(fresh, __version__)
        assert not store.keep_first_screen(fresh, __version__)  # already kept: nothing written again
    assert kept(filled) == fresh


def test_a_restored_backup_brings_back_only_an_overview_of_its_own_data(filled):
    with Store.open(filled, clock=fixed_clock()) as store:
        backup = store.backup_now("manual").path
        store.add_payment(Payment(loan_id="loan00003", paid_on=TODAY, amount=Decimal("100.00")))
        store.keep_first_screen(worked_out(store), __version__)
        store.restore_backup(backup)
        restored = worked_out(store)
    # The backup was taken with the overview of its own data: that one holds again, the newer one not.
    found = kept(filled)
    assert found == restored


def test_a_file_that_is_missing_older_or_damaged_is_simply_not_used(filled, tmp_path):
    assert kept(tmp_path / "nowhere") is None
    older = tmp_path / "older"
    older.mkdir()
    connection = sqlite3.connect(older / DB_NAME)
    connection.execute("PRAGMA user_version = 2")
    connection.close()
    assert kept(older) is None
    garbage = tmp_path / "garbage"
    garbage.mkdir()
    (garbage / DB_NAME).write_bytes(b"not a database at all" * 100)
    assert kept(garbage) is None


@pytest.mark.parametrize(
    "damage",
    [
        "not json",
        '{"format": 99}',
        f'{{"format": {first_screen.FORMAT}, "as_of": "2026-01-15"}}',  # the right layout, its parts missing
    ],
)
def test_a_kept_overview_that_cannot_be_read_is_not_used(filled, damage):
    connection = sqlite3.connect(filled / DB_NAME)
    with connection:
        connection.execute("UPDATE first_screen SET data = ?", (damage,))
    connection.close()
    assert kept(filled) is None


def test_an_amount_that_is_not_a_number_is_not_shown(filled):
    screen = kept(filled)
    assert screen is not None
    text = re.sub(r'"outstanding":"[0-9.]+"', '"outstanding":"NaN"', first_screen.encode(screen), count=1)
    assert '"outstanding":"NaN"' in text
    with pytest.raises(ValueError, match="not an amount"):
        first_screen.decode(text)


def test_a_loan_row_keeps_what_the_lists_show(filled):
    screen = kept(filled)
    with Store.open(filled, clock=fixed_clock()) as store:
        summaries = loan_summaries(store.loans(), store.payments(), TODAY, near_today=True)
    by_id = {row.id: row for row in screen.rows}
    for summary in summaries:
        row = by_id[summary.loan.id]
        assert row.name == summary.loan.display_name
        assert row.is_overdue == summary.is_overdue
        assert row.outstanding == summary.position.outstanding
        assert row.next_due_date == summary.next_due_date
        assert row.amount_due == (
            summary.position.amount_to_become_current if summary.is_overdue else summary.next_due_amount
        )
    assert [row.id for row in screen.rows] == [summary.loan.id for summary in summaries]


def test_reading_it_loads_neither_pydantic_nor_the_models(filled):
    probe = (
        "import sys\n"
        f"sys.path.insert(0, {str(REPO)!r})\n"
        "from datetime import date\n"
        "from pathlib import Path\n"
        "from app.ui.operations import load_saved_screen\n"
        f"screen = load_saved_screen().read(Path({str(filled)!r}), date(2026, 1, 15))\n"
        "print(len(screen.rows), sorted(m for m in ('pydantic', 'app.core.models', 'app.core.schedule',"
        " 'app.core.store') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["12", "[]"]


def test_a_kept_overview_that_cannot_be_read_is_replaced_at_the_next_reading(filled):
    connection = sqlite3.connect(filled / DB_NAME)
    with connection:
        connection.execute("UPDATE first_screen SET data = 'not json'")
    connection.close()
    with Store.open(filled, clock=fixed_clock()) as store:
        assert store.keep_first_screen(worked_out(store), __version__)
    assert kept(filled) is not None


# ---------------------------------------------------------------------- the coming days, kept at quit


def test_each_coming_days_overview_is_the_one_worked_out_on_that_day(filled):
    # Kept at quit for the first start of each of the coming days: it must be exactly what a reading on
    # that day works out, not today's figures moved on (overdue days, penalty interest and a card's new
    # statement all follow the day; TODAY + 1..6 crosses due dates of these twelve loans).
    from app.ui.operations.overview import DAYS_AHEAD, keep_ahead

    with Store.open(filled, clock=fixed_clock()) as store:
        assert keep_ahead(store, TODAY) == DAYS_AHEAD
        assert keep_ahead(store, TODAY) == 0  # kept already: nothing worked out or written again
    for ahead in range(1, DAYS_AHEAD + 1):
        day = TODAY + timedelta(days=ahead)
        found = kept(filled, day)
        with Store.open(filled, clock=fixed_clock(2026, 1, day.day)) as store:
            on_the_day = worked_out(store, day)
        assert found == on_the_day, day
    assert kept(filled, TODAY + timedelta(days=DAYS_AHEAD + 1)) is None  # a week at most
    assert kept(filled) is not None  # today's stays


def test_the_coming_days_figures_differ_from_todays(filled):
    # The shortcut would be worthless, and wrong, if it showed the same figures every day.
    from app.ui.operations.overview import keep_ahead

    with Store.open(filled, clock=fixed_clock()) as store:
        keep_ahead(store, TODAY)
    today, next_week = kept(filled), kept(filled, TODAY + timedelta(days=6))
    assert next_week.as_of == TODAY + timedelta(days=6)
    overdue_days = {row.id: row.days_past_due for row in today.rows if row.is_overdue}
    assert overdue_days
    assert all(
        row.days_past_due == overdue_days[row.id] + 6 for row in next_week.rows if row.id in overdue_days
        and row.is_overdue
    )


@pytest.mark.parametrize("change", sorted(WRITES))
def test_any_change_makes_every_coming_days_overview_unusable(filled, change):
    from app.ui.operations.overview import keep_ahead

    with Store.open(filled, clock=fixed_clock()) as store:
        keep_ahead(store, TODAY)
        WRITES[change](store)
    assert all(kept(filled, TODAY + timedelta(days=ahead)) is None for ahead in range(7))


def test_keeping_drops_the_days_gone_by_and_the_overviews_of_other_data(filled):
    from app.ui.operations.overview import keep_ahead

    with Store.open(filled, clock=fixed_clock()) as store:
        keep_ahead(store, TODAY)
        store.add_payment(Payment(loan_id="loan00003", paid_on=TODAY, amount=Decimal("100.00")))
        later = TODAY + timedelta(days=3)
        assert store.keep_first_screen(worked_out(store, later), __version__)
        assert store.kept_first_screen_days(__version__) == {later}
    connection = sqlite3.connect(filled / DB_NAME)
    try:
        assert connection.execute("SELECT count(*) FROM first_screen").fetchone() == (1,)
    finally:
        connection.close()


def test_a_folder_opened_read_only_keeps_no_coming_days(filled):
    from app.ui.operations.overview import keep_ahead

    with Store.open(filled, clock=fixed_clock()) as store:
        store.read_only = True  # as Store.open leaves a folder it may not write in
        assert keep_ahead(store, TODAY) == 0
    assert kept(filled, TODAY + timedelta(days=1)) is None


def test_screens_of_different_data_are_not_kept_together(filled):
    with Store.open(filled, clock=fixed_clock()) as store:
        first = worked_out(store)
        store.add_payment(Payment(loan_id="loan00003", paid_on=TODAY, amount=Decimal("100.00")))
        second = worked_out(store, TODAY + timedelta(days=1))
        with pytest.raises(ValueError):
            store.keep_first_screens([first, second], __version__, today=TODAY)
