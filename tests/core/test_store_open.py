"""Opening the data file: one writer at a time, damaged files set aside (never overwritten), files
from a newer version refused untouched, and unwritable folders reported in words."""

from __future__ import annotations

import ctypes
import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from store_samples import fixed_clock, sample_dataset, sample_settings

import app
from app.core.backups import backup_problem
from app.core.migrations import CURRENT_VERSION
from app.core.store import DB_NAME, Store, StoreCorrupt, StoreLocked, StoreTooNew, StoreUnwritable

REPO_ROOT = Path(app.__file__).resolve().parents[1]

# Opens the store in another process and holds it until its standard input closes.
HOLDER = """
import sys
from pathlib import Path
from app.core.clock import SystemClock
from app.core.errors import RepayRadarError
from app.core.store import Store
try:
    store = Store.open(Path(sys.argv[1]), clock=SystemClock())
except RepayRadarError as error:
    print(type(error).__name__, getattr(error, "reason", ""))
    print(error.text("en"))
    sys.exit(2)
print("open", flush=True)
sys.stdin.read()
store.close()
"""


def _python(script: str, *args: str, **options) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **options,
    )


def _fill(data_dir: Path, loans: int = 5) -> None:
    loan_list, payments, contacts = sample_dataset(loans)
    with Store.open(data_dir, clock=fixed_clock()) as store:
        store.merge(loan_list, payments, contacts, sample_settings())


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_second_process_is_told_the_store_is_already_open(data_dir):
    with Store.open(data_dir, clock=fixed_clock(), holder="window"):
        other = _python(HOLDER, str(data_dir))
        out, err = other.communicate(timeout=60)
    assert other.returncode == 2
    assert out.startswith("StoreLocked")
    assert "already open in another RepayRadar window" in out
    assert "Traceback" not in err


def test_the_same_process_cannot_open_the_folder_twice(data_dir):
    with Store.open(data_dir, clock=fixed_clock(), holder="command"):
        with pytest.raises(StoreLocked) as caught:
            Store.open(data_dir, clock=fixed_clock())
    # Held by a command-line run: not described as "another window" (issue 14, point 11).
    assert "正被一个正在运行的还款雷达命令" in caught.value.text("zh_CN")
    assert "window" not in caught.value.text("en")
    Store.open(data_dir, clock=fixed_clock()).close()


def test_a_crashed_holder_leaves_no_stale_lock(data_dir):
    holder = _python(HOLDER, str(data_dir))
    assert holder.stdout.readline().strip() == "open"
    with pytest.raises(StoreLocked):
        Store.open(data_dir, clock=fixed_clock())
    holder.kill()  # SIGKILL; TerminateProcess on Windows: no clean-up runs either way
    holder.wait(timeout=30)
    holder.stdin.close()
    holder.stdout.close()
    holder.stderr.close()
    with Store.open(data_dir, clock=fixed_clock()) as store:
        assert store.loans() == []


def test_a_file_that_is_not_a_database_is_moved_aside_untouched(data_dir):
    _fill(data_dir)
    Store.open(data_dir, clock=fixed_clock()).close()  # makes a routine backup of the good data
    live = data_dir / DB_NAME
    live.write_bytes(b"these are not the bytes of an SQLite database\n" * 100)
    original = _digest(live)
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir, clock=fixed_clock())
    error = caught.value
    assert _digest(error.moved_to) == original
    assert error.moved_to.name.startswith(f"{DB_NAME}.corrupt-")
    assert not live.exists()
    assert error.backups and error.backups[0].reason == "open"
    for lang in ("en", "zh_CN"):
        assert str(error.backups[0].path) in error.text(lang)
        assert str(error.moved_to) in error.text(lang)
    assert "restore-backup" in error.text("en")
    # The folder is usable again straight away, and the offered backup brings the data back.
    with Store.open(data_dir, clock=fixed_clock()) as store:
        assert store.loans() == []
        store.restore_backup(error.backups[0].path)
        assert len(store.loans()) == 5


def test_a_truncated_file_is_detected_and_set_aside(data_dir):
    _fill(data_dir, loans=60)
    live = data_dir / DB_NAME
    size = live.stat().st_size
    with live.open("r+b") as handle:
        handle.truncate(size // 2)
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir, clock=fixed_clock())
    assert caught.value.moved_to.stat().st_size == size // 2
    # No backup existed yet (the first open of a new folder has nothing to copy): the message says so.
    assert caught.value.backups == []
    assert "no good backup" in caught.value.text("en")


def test_damage_only_the_full_integrity_check_finds_is_caught(data_dir):
    _fill(data_dir, loans=20)
    live = data_dir / DB_NAME
    raw = sqlite3.connect(live, isolation_level=None)
    # Point the index at other columns than it was built from: the table pages are fine, so
    # quick_check passes, but every index entry disagrees with its row.
    raw.execute("PRAGMA writable_schema = ON")
    raw.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX payments_by_loan ON payments(paid_on, loan_id)' "
        "WHERE name = 'payments_by_loan'"
    )
    raw.close()
    check = sqlite3.connect(live)
    assert check.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    check.close()
    with pytest.raises(StoreCorrupt):
        Store.open(data_dir, clock=fixed_clock())


def test_a_schema_damaged_into_bytes_that_are_not_text_is_set_aside_not_a_fault(data_dir):
    # Random damage that lands in the schema makes SQLite's own message quote bytes that are not UTF-8;
    # Python's sqlite3 then raises UnicodeDecodeError, which reached the user as an unexpected fault.
    _fill(data_dir)
    Store.open(data_dir, clock=fixed_clock()).close()  # makes a routine backup of the good data
    raw = sqlite3.connect(data_dir / DB_NAME, isolation_level=None)
    raw.execute("PRAGMA writable_schema = ON")
    raw.execute("UPDATE sqlite_master SET name = CAST(X'a2a2' AS TEXT) WHERE name = 'loans_insert_revises'")
    raw.close()
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir, clock=fixed_clock())
    assert caught.value.backups and "damaged" in caught.value.text("en")
    assert backup_problem(caught.value.moved_to) == "damaged"


def test_a_file_from_a_newer_version_is_refused_and_left_as_it_was(data_dir):
    _fill(data_dir)
    live = data_dir / DB_NAME
    raw = sqlite3.connect(live, isolation_level=None)
    raw.execute(f"PRAGMA user_version = {CURRENT_VERSION + 5}")
    raw.execute("PRAGMA journal_mode = DELETE")
    raw.close()
    before = _digest(live)
    backups_before = sorted((data_dir / "backups").glob("*")) if (data_dir / "backups").exists() else []
    with pytest.raises(StoreTooNew) as caught:
        Store.open(data_dir, clock=fixed_clock())
    assert _digest(live) == before
    assert not (data_dir / f"{DB_NAME}-wal").exists()
    current = sorted((data_dir / "backups").glob("*")) if (data_dir / "backups").exists() else []
    assert current == backups_before
    assert f"data version {CURRENT_VERSION + 5}" in caught.value.text("en")
    assert "更新版本" in caught.value.text("zh_CN")
    # The lock was released: the folder is not left "open in another window".
    with pytest.raises(StoreTooNew):
        Store.open(data_dir, clock=fixed_clock())


def test_a_data_folder_that_cannot_be_created_is_reported(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreUnwritable) as caught:
        Store.open(blocker / "RepayRadar", clock=fixed_clock())
    assert str(blocker / "RepayRadar") in caught.value.text("en")
    assert "Nothing was changed" in caught.value.text("en")


def _drop_root_file_override() -> None:
    """In the child before exec: give up root's right to ignore file permissions.

    Dropping CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from the bounding set means the exec'd
    process really is refused by a read-only folder, as an ordinary user would be.
    """
    libc = ctypes.CDLL(None, use_errno=True)
    pr_capbset_drop = 24
    for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(pr_capbset_drop, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


@pytest.mark.skipif(sys.platform != "linux", reason="read-only folder semantics checked on Linux")
@pytest.mark.parametrize("existing", [True, False], ids=["existing-store", "new-store"])
def test_a_read_only_data_folder_is_reported_in_words_not_a_traceback(tmp_path, existing):
    parent = tmp_path / "readonly"
    parent.mkdir()
    data_dir = parent / "RepayRadar"
    if existing:
        _fill(data_dir)
        before = _digest(data_dir / DB_NAME)
        data_dir.chmod(0o555)
    parent.chmod(0o555)
    try:
        preexec = _drop_root_file_override if os.geteuid() == 0 else None
        process = _python(HOLDER, str(data_dir), preexec_fn=preexec)
        out, err = process.communicate(timeout=60)
    finally:
        parent.chmod(0o755)
        if existing:
            data_dir.chmod(0o700)
    assert process.returncode == 2, (out, err)
    assert out.splitlines()[0] == "StoreUnwritable read_only"
    assert "read-only" in out
    assert "Traceback" not in err
    if existing:
        assert _digest(data_dir / DB_NAME) == before


def test_reopening_makes_a_routine_backup_only_when_there_is_data(data_dir):
    Store.open(data_dir, clock=fixed_clock()).close()
    Store.open(data_dir, clock=fixed_clock()).close()
    assert not (data_dir / "backups").exists() or not list((data_dir / "backups").iterdir())
    _fill(data_dir, loans=2)
    with Store.open(data_dir, clock=fixed_clock()) as store:
        assert [info.reason for info in store.backups()] == ["open"]
        copy = sqlite3.connect(f"{store.backups()[0].path.as_uri()}?mode=ro", uri=True)
        assert copy.execute("SELECT count(*) FROM loans").fetchone()[0] == 2
        copy.close()


@pytest.mark.parametrize("table", ["loans", "payments", "contacts", "settings"])
def test_opening_says_whether_every_record_decoded_and_skips_the_backup_of_a_damaged_one(data_dir, table):
    # The GUI's start trusts this instead of decoding every record a second time.
    Store.open(data_dir, clock=fixed_clock()).close()
    with Store.open(data_dir, clock=fixed_clock()) as store:
        assert store.records_intact is None  # nothing stored yet: nothing to decode
    _fill(data_dir, loans=3)
    with Store.open(data_dir, clock=fixed_clock()) as store:
        assert store.records_intact is True
        backups_before = len(store.backups())
    with sqlite3.connect(data_dir / DB_NAME) as connection:  # damage SQLite's integrity check cannot see
        connection.execute(f"UPDATE {table} SET data = '{{\"id\": 1}}' WHERE rowid = (SELECT min(rowid) FROM {table})")
    connection.close()
    with Store.open(data_dir, clock=fixed_clock()) as store:
        assert store.records_intact is False
        assert len(store.backups()) == backups_before  # a damaged file never becomes the newest backup
