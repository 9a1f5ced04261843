"""Pull the plug during an import, again and again: the data file must always open, pass SQLite's
integrity check and hold either all of the import or none of it.

A separate process imports a large backup (300 loans with payments and contact logs) and is killed
with SIGKILL at a random moment between opening the store and finishing; the test then opens the
store itself, as the next start of RepayRadar would.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_samples import fixed_clock, sample_dataset, sample_loan, sample_payments, sample_settings

import app
from app.core.backups import backup_problem
from app.core.exchange import export_backup
from app.core.store import DB_NAME, Store

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]

REPO_ROOT = Path(app.__file__).resolve().parents[1]
KILLS_WANTED = 50
MAX_RUNS = 120  # a bound in case the machine is so slow that imports finish before the kill

IMPORTER = """
import sys
from pathlib import Path
from app.core.clock import SystemClock
from app.core.exchange import import_backup
from app.core.store import Store
print("start", flush=True)
store = Store.open(Path(sys.argv[1]), clock=SystemClock())
import_backup(store, Path(sys.argv[2]))
store.close()
print("done", flush=True)
"""


def _counts(data_dir: Path) -> tuple[int, int, int]:
    with Store.open(data_dir, clock=fixed_clock()) as store:
        counts = (len(store.loans()), len(store.payments()), len(store.contacts()))
        for info in store.backups():
            assert backup_problem(info.path) is None, info
    raw = sqlite3.connect(data_dir / DB_NAME)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        raw.close()
    return counts


def _start(data_dir: Path, backup: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(data_dir), str(backup)],
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_an_import_killed_at_any_moment_leaves_all_or_nothing(tmp_path):
    loans, payments, contacts = sample_dataset(300, payments_per_loan=10, contacts_per_loan=3)
    backup = tmp_path / "big-backup.json"
    with Store.open(tmp_path / "source", clock=fixed_clock()) as source:
        source.merge(loans, payments, contacts, sample_settings())
        export_backup(source, backup)

    # The user's data before the import: a few loans of their own, which must survive in any case.
    template = tmp_path / "template"
    with Store.open(template, clock=fixed_clock()) as store:
        for index in range(3):
            own = sample_loan(index, loan_id=f"own-{index}")
            store.add_loan(own)
            for payment in sample_payments(own, 2):
                store.add_payment(payment)
    before = (3, 6, 0)
    after = (303, 6 + len(payments), len(contacts))

    # How long open + import takes here, to spread the kills over exactly that window: the median of
    # three runs, so that one slow start (a cold disk cache) does not put most kills after the commit.
    windows = []
    for attempt in range(3):
        calibration = tmp_path / f"calibration{attempt}"
        shutil.copytree(template, calibration)
        process = _start(calibration, backup)
        assert process.stdout.readline().strip() == "start"
        began = time.perf_counter()
        out, err = process.communicate(timeout=120)
        windows.append(time.perf_counter() - began)
        assert process.returncode == 0 and out.strip() == "done", err
        assert _counts(calibration) == after
        shutil.rmtree(calibration)
    window = sorted(windows)[1]

    rng = random.Random(20260115)
    # Outcomes of the killed runs; runs that finished before the kill are counted apart.
    outcomes = {"none": 0, "all": 0}
    finished_first = 0
    kills = runs = 0
    started = time.perf_counter()
    while kills < KILLS_WANTED and runs < MAX_RUNS:
        runs += 1
        data_dir = tmp_path / f"run{runs:03d}"
        shutil.copytree(template, data_dir)
        process = _start(data_dir, backup)
        assert process.stdout.readline().strip() == "start"
        time.sleep(rng.uniform(0, window * 1.1))
        killed = process.poll() is None
        if killed:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.communicate(timeout=60)
        if process.returncode not in (0, -signal.SIGKILL):
            pytest.fail(f"the importer failed on its own (exit {process.returncode})")

        counts = _counts(data_dir)
        assert counts in (before, after), f"run {runs}: partial import {counts}"
        if killed:
            outcomes["none" if counts == before else "all"] += 1
        else:
            finished_first += 1
        shutil.rmtree(data_dir)

    elapsed = time.perf_counter() - started
    print(
        f"\ncrash-import: {kills} SIGKILLs in {runs} runs, {elapsed:.1f} s "
        f"(import window {window * 1000:.0f} ms); killed runs: {outcomes}; "
        f"finished before the kill: {finished_first}"
    )
    assert kills >= KILLS_WANTED
    # Kills landed on both sides of the commit, or the test proved little about atomicity.
    assert outcomes["none"] > 0 and outcomes["all"] > 0
