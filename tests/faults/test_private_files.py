"""Everything RepayRadar writes is the user's financial data: files 0600, folders 0700, whatever the
umask. tests/core/test_store.py checks the store's own files under the default umask; this runs the
whole set of writers (store, backups, the CLI's exports, a file set aside as damaged, the fault log)
under umask 000, where any file created without an explicit mode would come out world-readable.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from fault_support import cli_env, seeded_backup

from app.core.store import DB_NAME

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")

# Runs under umask 000: opens a new store, writes, and reports modes while the WAL files exist; then
# runs the CLI's writing commands and records a fault, as the app does on an unexpected error.
WRITER = """
import io, json, os, sys
from pathlib import Path
from app import cli
from app.core.clock import SystemClock
from app.core.exchange import import_backup
from app.core.faults import record_fault
from app.core.store import DB_NAME, Store

data_dir, out, backup = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
modes = {}
with Store.open(data_dir, clock=SystemClock()) as store:
    import_backup(store, backup)
    store.backup_now("manual")
    for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", "repayradar.lock"):
        modes[name] = oct(os.stat(data_dir / name).st_mode & 0o777)
for command in (["export", str(out / "backup.json")], ["export-ics", str(out / "dues.ics")],
                ["export-csv", "loan0001", str(out / "schedule.csv")]):
    assert cli.main(["--data-dir", str(data_dir), *command], stdout=io.StringIO()) == 0, command
record_fault(RuntimeError("a fault for the log"), data_dir=data_dir)
print(json.dumps(modes))
"""


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_file_and_folder_is_private_even_under_an_open_umask(tmp_path):
    data_dir = tmp_path / "home" / "RepayRadar"
    exports = tmp_path / "exports"
    exports.mkdir()
    backup = seeded_backup(tmp_path / "seed.json", 4)
    result = subprocess.run(
        [sys.executable, "-c", WRITER, str(data_dir), str(exports), str(backup)],
        env=cli_env(),
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=lambda: os.umask(0),
    )
    assert result.returncode == 0, result.stderr
    while_open = json.loads(result.stdout.splitlines()[-1])
    assert while_open == {name: "0o600" for name in while_open}, while_open

    # A damaged file is set aside by the next start, which must not widen its mode either.
    (data_dir / DB_NAME).write_bytes(b"not a database" * 500)
    (data_dir / DB_NAME).chmod(0o600)
    damaged = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "list"],
        env=cli_env(),
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=lambda: os.umask(0),
    )
    assert damaged.returncode == 2, damaged.stderr

    folders = [data_dir, data_dir / "backups"]
    files = [
        *data_dir.glob(f"{DB_NAME}*"),
        data_dir / "repayradar.lock",
        data_dir / "repayradar-errors.log",
        *(data_dir / "backups").iterdir(),
        *exports.iterdir(),
    ]
    assert len(list(data_dir.glob(f"{DB_NAME}.corrupt-*"))) == 1
    assert len(list((data_dir / "backups").iterdir())) >= 2
    assert sorted(path.name for path in exports.iterdir()) == ["backup.json", "dues.ics", "schedule.csv"]
    wrong = {str(path): oct(_mode(path)) for path in files if _mode(path) != 0o600}
    wrong.update({str(path): oct(_mode(path)) for path in folders if _mode(path) != 0o700})
    assert not wrong, wrong
