"""Issue 14's hostile cases against the data folder, kept as a suite (`pytest -m hostile`).

Each test is one break the hostile run found (points 2-6, 8, 9, 11 and 12), reproduced the way the
user or another program would cause it, with what the user must see instead. Most run the CLI's main()
in this process, which is what `python -m app ...` calls.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sqlite3
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from fault_support import plain_loan

from app import cli
from app.core import clock as clock_module
from app.core.backups import KEEP, backup_dir, list_backups
from app.core.clock import FixedClock
from app.core.faults import LOG_NAME, record_fault
from app.core.locking import LOCK_NAME
from app.core.store import (
    DB_NAME,
    ReminderDelivery,
    Store,
    StoreCorrupt,
    StoreDamaged,
    StoreJournalVanished,
    StoreNotPrivate,
)

pytestmark = [
    pytest.mark.hostile,
    pytest.mark.skipif(os.name != "posix", reason="POSIX links, owners and modes"),
]

BEIJING = timezone(timedelta(hours=8))
LANGS = ("en", "zh_CN")


def _clock(day: int = 1) -> FixedClock:
    return FixedClock(datetime(2026, 3, day, 9, 0, tzinfo=BEIJING))


def _cli(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        code = cli.main([str(arg) for arg in argv], stdout=out)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def three_loans(data_dir) -> Path:
    """A folder holding three loans, opened twice so that a routine backup holds them."""
    with Store.open(data_dir, clock=_clock(1)) as store:
        for n in range(3):
            store.add_loan(plain_loan(f"orig{n}", index=n))
    Store.open(data_dir, clock=_clock(2)).close()
    assert list_backups(backup_dir(data_dir))
    return data_dir


def _list(data_dir: Path, lang: str = "en") -> tuple[int, list, str]:
    code, out, err = _cli("--data-dir", data_dir, "--lang", lang, "list", "--json")
    return code, (json.loads(out) if code == 0 else []), err


# ------------------------------------------------------------------------------ point 2: empty file


@pytest.mark.parametrize("lang", LANGS)
def test_an_emptied_data_file_is_set_aside_and_the_backup_offered_not_taken_for_a_new_store(three_loans, lang):
    (three_loans / DB_NAME).write_bytes(b"")
    code, loans, err = _list(three_loans, lang)
    assert code == 2 and loans == []
    assert {"en": "it is empty", "zh_CN": "文件是空的"}[lang] in err
    assert "restore-backup" in err
    assert list(three_loans.glob(f"{DB_NAME}.corrupt-*"))
    code, _, err = _cli("--data-dir", three_loans, "restore-backup")
    assert code == 0, err
    assert [loan["id"] for loan in _list(three_loans)[1]] == ["orig0", "orig1", "orig2"]


def test_the_fullest_backup_survives_any_number_of_starts_after_the_data_was_lost(three_loans):
    """The hostile run: empty the file, import one loan, start ten times: the 3-loan copy was gone."""
    (three_loans / DB_NAME).write_bytes(b"")
    with pytest.raises(StoreCorrupt):
        Store.open(three_loans, clock=_clock(3))
    with Store.open(three_loans, clock=_clock(3)) as store:
        store.add_loan(plain_loan("after", index=7))
    for day in range(4, 4 + 2 * KEEP):
        Store.open(three_loans, clock=_clock(day)).close()
    counts = []
    for info in list_backups(backup_dir(three_loans)):
        with contextlib.closing(sqlite3.connect(info.path)) as connection:
            counts.append(connection.execute("SELECT count(*) FROM loans").fetchone()[0])
    assert 3 in counts, counts


def test_a_new_folder_with_a_zero_byte_file_and_no_backups_is_simply_new(data_dir):
    (data_dir / DB_NAME).write_bytes(b"")  # a crash right after the file was created
    with Store.open(data_dir, clock=_clock()) as store:
        assert store.loans() == []


# ------------------------------------------------------------------- point 3: links, owners, folders


def test_a_data_file_that_links_to_another_database_is_refused_and_that_file_untouched(data_dir, tmp_path):
    other = tmp_path / "other.sqlite3"
    with contextlib.closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
        connection.execute("INSERT INTO notes VALUES ('mine')")
        connection.commit()
    before = other.read_bytes()
    (data_dir / DB_NAME).symlink_to(other)
    for lang in LANGS:
        code, _, err = _list(data_dir, lang)
        assert code == 2
        assert {"en": "symbolic link", "zh_CN": "符号链接"}[lang] in err
    assert other.read_bytes() == before
    assert not Path(f"{other}-wal").exists()


@pytest.mark.parametrize("mode", [0o777, 0o1777, 0o757])
def test_a_data_folder_others_can_write_to_is_refused(data_dir, mode):
    Store.open(data_dir, clock=_clock()).close()
    data_dir.chmod(mode)
    try:
        for lang in LANGS:
            code, _, err = _list(data_dir, lang)
            assert code == 2
            assert {"en": "Other users can write", "zh_CN": "其他用户可以写入"}[lang] in err
            assert "chmod 700" in err
    finally:
        data_dir.chmod(0o700)


def test_a_data_folder_owned_by_another_user_is_refused(data_dir):
    if os.geteuid() != 0:
        pytest.skip("giving a folder to another user needs root")
    data_dir.chmod(0o755)
    os.chown(data_dir, 65534, 65534)
    try:
        with pytest.raises(StoreNotPrivate) as caught:
            Store.open(data_dir, clock=_clock())
        assert "belongs to another user" in caught.value.text("en")
        assert "属于另一个用户" in caught.value.text("zh_CN")
    finally:
        os.chown(data_dir, 0, 0)


def test_a_data_file_owned_by_another_user_is_refused(data_dir):
    if os.geteuid() != 0:
        pytest.skip("giving a file to another user needs root")
    Store.open(data_dir, clock=_clock()).close()
    os.chown(data_dir / DB_NAME, 65534, 65534)
    with pytest.raises(StoreNotPrivate) as caught:
        Store.open(data_dir, clock=_clock())
    assert caught.value.problem == "file_foreign"


# ------------------------------------------------------------ point 4: foreign and schema-damaged


def _drop_loans_table(data_dir: Path) -> None:
    with contextlib.closing(sqlite3.connect(data_dir / DB_NAME)) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("DROP TABLE loans")
        connection.commit()


def test_a_file_missing_its_loans_table_is_set_aside_and_restore_backup_brings_the_loans_back(three_loans):
    _drop_loans_table(three_loans)
    code, _, err = _list(three_loans)
    assert code == 2
    assert "tables RepayRadar needs are missing" in err
    assert "no such table" not in err
    code, _, err = _cli("--data-dir", three_loans, "restore-backup")
    assert code == 0, err
    assert len(_list(three_loans)[1]) == 3


def test_restore_backup_with_a_path_works_on_a_schema_damaged_file(three_loans):
    newest = list_backups(backup_dir(three_loans))[0].path
    _drop_loans_table(three_loans)
    code, _, err = _cli("--data-dir", three_loans, "restore-backup", newest)
    assert code == 0, err
    assert len(_list(three_loans)[1]) == 3


def test_another_programs_database_is_set_aside_as_foreign(data_dir):
    with contextlib.closing(sqlite3.connect(data_dir / DB_NAME)) as connection:
        connection.execute("CREATE TABLE photos (path TEXT)")
        connection.commit()
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir, clock=_clock())
    assert caught.value.damage == "foreign"
    assert "another program's database" in caught.value.text("en")
    moved = caught.value.moved_to
    with contextlib.closing(sqlite3.connect(moved)) as connection:
        assert connection.execute("SELECT name FROM sqlite_master").fetchall() == [("photos",)]


# ---------------------------------------------------------------- point 5: the reminder history


def test_a_damaged_reminder_row_is_reported_as_damage_and_kept_out_of_backups(three_loans):
    with Store.open(three_loans, clock=_clock(3)) as store:
        store.record_delivery(ReminderDelivery("orig0:1:lead3", "orig0", _clock(3).now()))
    with contextlib.closing(sqlite3.connect(three_loans / DB_NAME)) as connection:
        connection.execute("UPDATE reminder_deliveries SET delivered_at = 'garbage'")
        connection.commit()
    backups_before = {info.path for info in list_backups(backup_dir(three_loans))}
    with Store.open(three_loans, clock=_clock(4)) as store:
        with pytest.raises(StoreDamaged) as caught:
            store.deliveries()
    assert caught.value.in_record
    assert "restore-backup" in caught.value.text("en")
    # No routine backup of the damaged file: the newest good backup stays the way back.
    assert {info.path for info in list_backups(backup_dir(three_loans))} == backups_before
    code, _, err = _cli("--data-dir", three_loans, "restore-backup")
    assert code == 0, err
    with Store.open(three_loans, clock=_clock(5)) as store:
        assert store.deliveries() == []
        assert len(store.loans()) == 3


# --------------------------------------------------------------------------- point 6: a lost WAL


def test_a_deleted_wal_is_noticed_at_the_next_save_and_every_save_survives_a_crash(data_dir, tmp_path):
    store = Store.open(data_dir, clock=_clock())
    store.add_loan(plain_loan("before", index=1))
    os.unlink(f"{data_dir / DB_NAME}-wal")
    with pytest.raises(StoreJournalVanished) as caught:
        store.add_loan(plain_loan("during", index=2))
    assert "nothing was lost" in caught.value.text("en")
    assert "没有丢失任何数据" in caught.value.text("zh_CN")
    store.add_loan(plain_loan("after", index=3))
    assert Path(f"{data_dir / DB_NAME}-wal").exists()
    # A crash now: copy the files as they are on disk, without closing the store.
    crashed = tmp_path / "crashed"
    crashed.mkdir(mode=0o700)
    for name in (DB_NAME, f"{DB_NAME}-wal"):
        if (data_dir / name).exists():
            (crashed / name).write_bytes((data_dir / name).read_bytes())
    store.close()
    with Store.open(crashed, clock=_clock()) as reopened:
        assert {loan.id for loan in reopened.loans()} == {"before", "during", "after"}


# ------------------------------------------------------------------------ point 8: a 0644 file


def test_a_data_file_copied_in_as_0644_is_made_private_on_open(data_dir):
    Store.open(data_dir, clock=_clock()).close()
    (data_dir / DB_NAME).chmod(0o644)
    Store.open(data_dir, clock=_clock()).close()
    assert stat.S_IMODE((data_dir / DB_NAME).stat().st_mode) == 0o600


# ---------------------------------------------------------------- point 9: links inside the folder


def test_a_linked_backups_folder_receives_nothing(three_loans, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    backups = backup_dir(three_loans)
    for entry in backups.iterdir():
        entry.unlink()
    backups.rmdir()
    backups.symlink_to(elsewhere)
    for lang in LANGS:
        code, _, err = _cli("--data-dir", three_loans, "--lang", lang, "list")
        assert code == 2
        assert {"en": "is a symbolic link", "zh_CN": "是一个符号链接"}[lang] in err
    assert list(elsewhere.iterdir()) == []


def test_a_linked_error_log_is_not_appended_to(data_dir, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n", encoding="utf-8")
    (data_dir / LOG_NAME).symlink_to(notes)
    assert record_fault(RuntimeError("boom"), data_dir=data_dir) is None
    assert notes.read_text(encoding="utf-8") == "my notes\n"


def test_a_linked_lock_file_is_refused_and_its_target_untouched(data_dir, tmp_path):
    target = tmp_path / "target.txt"
    target.write_text("keep\n", encoding="utf-8")
    (data_dir / LOCK_NAME).symlink_to(target)
    with pytest.raises(StoreNotPrivate):
        Store.open(data_dir, clock=_clock())
    assert target.read_text(encoding="utf-8") == "keep\n"


# ------------------------------------------------------------------- point 11: full disk, the lock


def test_reading_does_not_wait_on_the_backup_and_says_why_none_was_made(three_loans):
    # A plain file where the backups folder should be: no backup can be written, whoever runs this.
    backups = backup_dir(three_loans)
    for entry in backups.iterdir():
        entry.unlink()
    backups.rmdir()
    backups.write_bytes(b"")
    for lang, words in (("en", "could not make its usual backup"), ("zh_CN", "无法进行例行备份")):
        code, out, err = _cli("--data-dir", three_loans, "--lang", lang, "list", "--json")
        assert code == 0, err
        assert len(json.loads(out)) == 3
        assert words in err


def test_a_command_holding_the_lock_is_not_called_a_window(three_loans):
    with Store.open(three_loans, clock=_clock(), holder="command"):
        code, _, err = _list(three_loans)
    assert code == 2
    assert "RepayRadar command" in err
    assert "window" not in err


# --------------------------------------------------------------------------- point 12: the clock


@pytest.mark.parametrize("year", [2262, 2263, 9999])
@pytest.mark.parametrize("command", ["list", "report"])
def test_a_clock_at_or_after_2262_is_explained_and_names_no_backup(three_loans, tmp_path, monkeypatch, year, command):
    far = datetime(year, 5, 1, 12, 0, tzinfo=timezone.utc)
    monkeypatch.setattr(clock_module, "_wall_clock", lambda: far)
    before = {info.path for info in list_backups(backup_dir(three_loans))}
    extra = ["orig0", tmp_path / "r.pdf"] if command == "report" else []
    for lang in LANGS:
        code, _, err = _cli("--data-dir", three_loans, "--lang", lang, command, *extra)
        assert code == 2, err
        assert {"en": "The computer's clock says", "zh_CN": "电脑时钟显示为"}[lang] in err
        assert "Traceback" not in err
    assert {info.path for info in list_backups(backup_dir(three_loans))} == before


def test_a_backup_named_by_a_wrong_clock_does_not_drag_later_names_after_it(three_loans):
    folder = backup_dir(three_loans)
    newest = list_backups(folder)[0]
    far = folder / "repayradar-22620411T000000.000000Z-open.sqlite3"
    far.write_bytes(newest.path.read_bytes())
    Store.open(three_loans, clock=_clock(20)).close()
    names = [info.path.name for info in list_backups(folder)]
    assert any(name.startswith("repayradar-20260320") for name in names), names
